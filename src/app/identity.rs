//! The actions of the Identity pane, built for the identity-card exercise in a meeting: a word
//! goes on the card with `a`, the word and `Enter`; `+` and `-` move dots; the column re-sorts
//! by dots as they change.

use super::form::{Field, Form, FormKind};
use super::{Action, App, Overlay, Pane};
use crate::i18n as t;
use crate::workspace::Vocabulary;
use crate::workspace::{Area, IdentitySession, IdentityWord, Record, Weight, new_id};

/// The Identity pane's own state.
#[derive(Debug)]
pub struct IdentityPane {
    /// The card, or the comparison of the last two sessions.
    pub mode: IdentityMode,
    /// The focused column.
    pub area: Area,
    /// The selected word in that column.
    pub cursor: super::Cursor,
    /// The session shown, when not the latest.
    pub session: Option<crate::workspace::Id>,
}

impl Default for IdentityPane {
    fn default() -> Self {
        Self {
            mode: IdentityMode::Card,
            area: Area::Passie,
            cursor: super::Cursor::default(),
            session: None,
        }
    }
}

/// What the Identity pane shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdentityMode {
    /// The card: passie, positie, opgave.
    Card,
    /// What changed between the last two sessions.
    Compare,
}

impl App {
    /// The session the Identity pane shows: the one chosen with `s`, else the latest.
    pub fn shown_session(&self) -> Option<crate::workspace::Id> {
        let card = &self.ws.identity;
        self.ui
            .identity
            .session
            .filter(|s| card.sessions.iter().any(|x| x.id == *s))
            .or_else(|| card.latest())
    }

    /// The selected word of the focused column: its index in `identity.words`.
    fn selected_word(&self) -> Option<usize> {
        let area = self.ui.identity.area;
        let row = self.selected()?;
        let id = self
            .ws
            .identity
            .session_words(area, self.shown_session())
            .get(row)?
            .id;
        self.ws.identity.words.iter().position(|w| w.id == id)
    }

    /// Opens the form for the shown session's title and date.
    fn session_form(&mut self) {
        let Some(s) = self
            .shown_session()
            .and_then(|id| self.ws.identity.sessions.iter().find(|s| s.id == id))
        else {
            let key = super::keymap::key_of(Action::NewSession);
            self.say(t::SESSION_NONE, &[("key", &key)]);
            return;
        };
        let fields = vec![
            Field::text(t::FIELD_TITLE, &s.title),
            Field::text(t::FIELD_DATE, &s.date.to_string()),
        ];
        let kind = FormKind::EditSession(s.id);
        self.ui.overlay = Some(Overlay::Form(Form::new(kind, fields)));
    }

    /// Shows the session before the one shown, or from the first the latest again.
    fn other_session(&mut self) {
        let card = &self.ws.identity;
        let before = self.shown_session().and_then(|s| card.before(s));
        self.ui.identity.session = before;
        self.ui.identity.cursor = super::Cursor::default();
    }

    /// Places the selected word of an earlier session on the latest one, without dots.
    fn copy_word(&mut self, selected: Option<usize>) {
        let card = &self.ws.identity;
        let (shown, latest) = (self.shown_session(), card.latest());
        if shown == latest {
            let key = super::keymap::key_of(Action::OtherSession);
            self.say(t::WORD_NOT_EARLIER, &[("key", &key)]);
            return;
        }
        let Some(i) = selected else { return };
        let old = &card.words[i];
        let same = |w: &&IdentityWord| {
            w.area == old.area && w.text.to_lowercase() == old.text.to_lowercase()
        };
        if card.session_words(old.area, latest).iter().any(same) {
            self.say(t::WORD_ALREADY, &[]);
            return;
        }
        let mut w = IdentityWord::new(old.area, &old.text);
        w.explanation.clone_from(&old.explanation);
        w.author = old.author;
        w.session = latest;
        let edit = self.ws.push_record(Record::Word(Box::new(w)));
        self.commit(edit);
        self.say(t::WORD_COPIED, &[]);
    }

    /// Carries out an action of the Identity pane.
    pub(super) fn identity_update(&mut self, action: Action) {
        if let Some(delta) = self.movement(action) {
            self.move_selection(delta);
            return;
        }
        match action {
            Action::ToggleCompare => {
                self.ui.identity.mode = match self.ui.identity.mode {
                    IdentityMode::Card => IdentityMode::Compare,
                    IdentityMode::Compare => IdentityMode::Card,
                };
                return;
            }
            Action::OtherSession => {
                self.other_session();
                return;
            }
            Action::FocusLeft | Action::FocusRight => {
                let i = Area::ALL
                    .iter()
                    .position(|a| *a == self.ui.identity.area)
                    .unwrap_or(0);
                let i = if action == Action::FocusLeft {
                    i.saturating_sub(1)
                } else {
                    (i + 1).min(Area::ALL.len() - 1)
                };
                self.ui.identity.area = Area::ALL[i];
                self.scroll_into_view();
                return;
            }
            _ => {}
        }
        if !self.writable() {
            return;
        }
        let area = self.ui.identity.area;
        let selected = self.selected_word();
        match action {
            Action::AddItem => self.ui.overlay = Some(Overlay::Form(self.word_form(area, None))),
            Action::EditItem => {
                if let Some(i) = selected {
                    let id = self.ws.identity.words[i].id;
                    self.ui.overlay = Some(Overlay::Form(self.word_form(area, Some(id))));
                }
            }
            Action::DeleteItem => {
                if let Some(i) = selected
                    && let Some(edit) = self.ws.remove_record(
                        &Record::Word(Box::new(IdentityWord::new(Area::Passie, ""))),
                        i,
                    )
                {
                    self.commit(edit);
                    self.say(t::WORD_DELETED, &[]);
                }
            }
            Action::AddDot | Action::TakeDot | Action::CycleWeight => {
                let Some(i) = selected else { return };
                let mut w = self.ws.identity.words[i].clone();
                match action {
                    Action::AddDot => w.dots += 1,
                    Action::TakeDot => w.dots = w.dots.saturating_sub(1),
                    _ => {
                        w.weight = match w.weight {
                            None => Some(Weight::Core),
                            Some(Weight::Core) => Some(Weight::Important),
                            Some(Weight::Important) => Some(Weight::LessImportant),
                            Some(Weight::LessImportant) => None,
                        }
                    }
                }
                let id = w.id;
                if let Some(edit) = self.ws.replace_record(i, Record::Word(Box::new(w))) {
                    self.commit(edit);
                    self.follow_word(id);
                }
            }
            Action::CopyWord => self.copy_word(selected),
            Action::EditSession => self.session_form(),
            Action::NewSession => {
                let fields = vec![
                    Field::text(t::FIELD_TITLE, ""),
                    Field::text(t::FIELD_DATE, &self.today.to_string()),
                ];
                self.ui.overlay = Some(Overlay::Form(Form::new(FormKind::Session, fields)));
            }
            _ => {}
        }
    }

    /// Keeps the selection on a word whose place in the column changed with its dots.
    fn follow_word(&mut self, id: crate::workspace::Id) {
        let area = self.ui.identity.area;
        if let Some(row) = self
            .ws
            .identity
            .session_words(area, self.shown_session())
            .iter()
            .position(|w| w.id == id)
        {
            let (rows, page) = (self.row_count(Pane::Identity), self.page_rows());
            self.ui.identity.cursor.select(row, rows, page);
        }
    }

    fn word_form(&self, area: Area, id: Option<crate::workspace::Id>) -> Form {
        let word = id.and_then(|id| self.ws.identity.words.iter().find(|w| w.id == id));
        let author = word
            .and_then(|w| w.author)
            .map(|a| self.ws.actor_name(a).to_owned())
            .unwrap_or_default();
        Form::new(
            FormKind::Word(area, id),
            vec![
                Field::text(t::FIELD_WORD, word.map_or("", |w| w.text.as_str())),
                Field::text(
                    t::FIELD_EXPLANATION,
                    word.map_or("", |w| w.explanation.as_str()),
                ),
                Field::text(t::FIELD_AUTHOR, &author),
            ],
        )
    }

    /// Saves the word form: a new word in `area`, or this one changed.
    pub(super) fn submit_word(
        &mut self,
        form: &Form,
        area: Area,
        id: Option<crate::workspace::Id>,
    ) -> Result<(), t::L> {
        let text = form.text(t::FIELD_WORD);
        if text.is_empty() {
            return Err(t::TEXT_EMPTY);
        }
        let author_name = form.text(t::FIELD_AUTHOR);
        let author = if author_name.is_empty() {
            None
        } else {
            Some(self.find_actor(&author_name).ok_or(t::UNKNOWN_ACTOR)?)
        };
        let existing = id.and_then(|id| self.ws.identity.words.iter().position(|w| w.id == id));
        let mut w = existing.map_or_else(
            || IdentityWord::new(area, ""),
            |i| self.ws.identity.words[i].clone(),
        );
        w.text = text;
        w.explanation = form.text(t::FIELD_EXPLANATION);
        w.author = author;
        if existing.is_none() {
            w.session = self.shown_session();
        }
        let wid = w.id;
        let edit = match existing {
            Some(i) => self.ws.replace_record(i, Record::Word(Box::new(w))),
            None => Some(self.ws.push_record(Record::Word(Box::new(w)))),
        };
        if let Some(edit) = edit {
            self.commit(edit);
            self.follow_word(wid);
        }

        Ok(())
    }
    /// Starts a new identity-card session, or changes session `id`'s title and date.
    pub(super) fn submit_session(
        &mut self,
        form: &Form,
        id: Option<crate::workspace::Id>,
    ) -> Result<(), t::L> {
        let date = super::foundation::date(&form.text(t::FIELD_DATE), self.today)?;
        if let Some(id) = id {
            let i = self
                .ws
                .identity
                .sessions
                .iter()
                .position(|s| s.id == id)
                .ok_or(t::GONE)?;
            let mut s = self.ws.identity.sessions[i].clone();
            s.title = form.text(t::FIELD_TITLE);
            s.date = date;
            if let Some(edit) = self.ws.replace_record(i, Record::Session(Box::new(s))) {
                self.commit(edit);
            }
            return Ok(());
        }
        let session = IdentitySession {
            id: new_id(),
            date,
            title: form.text(t::FIELD_TITLE),
            extra: crate::workspace::Extra::new(),
        };
        let edit = self.ws.push_record(Record::Session(Box::new(session)));
        self.commit(edit);
        self.ui.identity.session = None;
        self.ui.identity.cursor = super::Cursor::default();
        let key = super::keymap::key_of(Action::OtherSession);
        self.say(t::SESSION_STARTED, &[("key", &key)]);

        Ok(())
    }

    /// Actors whose name (or organisation) matches `text` fuzzily, best first.
    pub(super) fn actors_matching(&self, text: &str) -> super::register::Rows {
        let query = super::register::Query {
            text: text.to_owned(),
            ..Default::default()
        };
        super::register::rows(
            &self.ws,
            &query,
            super::register::SortKey::Name,
            &self.views.last_contact,
            &self.views.measures,
            &self.views.name_keys,
            &self.views.by_name,
        )
    }

    /// An actor by name: exactly (ignoring case), else the best fuzzy match.
    pub(super) fn find_actor(&self, name: &str) -> Option<crate::workspace::Id> {
        if let [one] = self.ws.actors_named(name).as_slice() {
            return Some(one.id);
        }
        self.actors_matching(name)
            .rows
            .first()
            .map(|i| self.ws.actors[*i].id)
    }
}
