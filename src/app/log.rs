//! The actions of the Log pane: notes and check-ins in a few keys, and follow-ups marked done
//! with one.

use super::form::{Field, Form, FormKind};
use super::{Action, App, Overlay};
use crate::i18n as t;
use crate::workspace::{FollowUp, Id, LogEntry, Record};

/// The Log pane's own state.
#[derive(Debug, Default)]
pub struct LogPane {
    /// Which list has the keys.
    pub focus: LogFocus,
    /// The selected entry (newest first).
    pub entries: super::Cursor,
    /// The selected open follow-up.
    pub follow_ups: super::Cursor,
    /// The search as typed: words every shown entry contains.
    pub query: String,
    /// The search field while the user types in it.
    pub searching: Option<tui_input::Input>,
}

impl LogPane {
    /// Whether a search is being typed or kept.
    pub fn searching(&self) -> bool {
        self.searching.is_some() || !self.query.is_empty()
    }
}

/// Which of the Log pane's lists has the keys.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub enum LogFocus {
    /// The entries.
    #[default]
    Entries,
    /// The open follow-ups.
    FollowUps,
}

/// Open follow-ups across the log, oldest due first: (entry index, follow-up index).
pub fn open_follow_ups(ws: &crate::workspace::Workspace) -> Vec<(usize, usize)> {
    let mut open: Vec<(usize, usize)> = Vec::new();
    for (e, entry) in ws.log.iter().enumerate() {
        for (f, fu) in entry.follow_ups.iter().enumerate() {
            if !fu.done {
                open.push((e, f));
            }
        }
    }
    open.sort_by_key(|(e, f)| {
        ws.log[*e].follow_ups[*f]
            .due
            .unwrap_or(jiff::civil::Date::MAX)
    });
    open
}

impl App {
    /// The minutes of the selected log entry, to be written beside the workspace as
    /// `FILE.minutes-<date>.md`; says where.
    pub(super) fn minutes_of_selected(&mut self) -> Option<super::Effect> {
        let row = self.selected()?;
        let entry = self.ws.log.get(*self.views.log.get(row)?)?;
        let text = crate::export::minutes(&self.ws, entry, self.lang, &self.tz);
        let day = entry.at.to_zoned(self.tz.clone()).date();
        let file = crate::store::sidecar(&self.path, &format!("minutes-{day}.md"));
        let shown = file.display().to_string();
        self.say(t::MINUTES_WRITTEN, &[("path", &shown)]);
        Some(super::Effect::Export(file, text))
    }

    /// Open follow-ups across the log, oldest due first (cached when an edit commits).
    pub fn open_follow_ups(&self) -> &[(usize, usize)] {
        &self.views.open_follow_ups
    }

    /// "-" and every ambition, for a field that may name one.
    pub(super) fn ambition_options(&self) -> Vec<(String, Option<Id>)> {
        std::iter::once(("-".to_owned(), None))
            .chain(self.ws.ambitions.iter().map(|a| {
                (
                    crate::workspace::text::clean(&a.title).into_owned(),
                    Some(a.id),
                )
            }))
            .collect()
    }

    /// Carries out an action of the Log pane.
    pub(super) fn log_update(&mut self, action: Action) {
        if let Some(delta) = self.movement(action) {
            self.move_selection(delta);
            return;
        }
        let focus = self.ui.log.focus;
        if action == Action::ToggleFollowUps {
            self.ui.log.focus = match focus {
                LogFocus::Entries => LogFocus::FollowUps,
                LogFocus::FollowUps => LogFocus::Entries,
            };
            return;
        }
        // Searching and reading change nothing: allowed when nothing may be changed.
        if self.log_search(action) {
            return;
        }
        if action == Action::OpenEntry {
            if let Some(e) = self
                .selected()
                .filter(|_| focus == LogFocus::Entries)
                .and_then(|row| self.views.log.get(row))
                .and_then(|i| self.ws.log.get(*i))
            {
                self.ui.overlay = Some(Overlay::Entry(e.id, 0));
            }
            return;
        }
        if !self.writable() {
            return;
        }
        match action {
            Action::AddItem => {
                let fields = vec![
                    Field::text(t::FIELD_NOTE, ""),
                    Field::text(t::FIELD_ABOUT, ""),
                    Field::record(t::FIELD_AMBITION, self.ambition_options(), 0),
                ];
                self.ui.overlay = Some(Overlay::Form(Form::new(FormKind::Note, fields)));
            }
            Action::StartMeeting => self.start_meeting(),
            Action::CheckIn => {
                let fields = vec![
                    Field::text(t::FIELD_TITLE, ""),
                    Field::record(t::FIELD_COALITION_PRESENT, self.ambition_options(), 0),
                    Field::text(t::FIELD_PRESENT, ""),
                    Field::text(t::FIELD_DECISIONS, ""),
                    Field::text(t::FIELD_FOLLOW_UP, ""),
                    Field::text(t::FIELD_OWNER, ""),
                    Field::text(t::FIELD_DUE, ""),
                    Field::text(t::FIELD_DATE, &self.today.to_string()),
                ];
                self.ui.overlay = Some(Overlay::Form(Form::new(FormKind::Checkin, fields)));
            }
            Action::EditItem if focus == LogFocus::Entries => {
                if let Some(e) = self
                    .selected()
                    .and_then(|row| self.views.log.get(row))
                    .and_then(|i| self.ws.log.get(*i))
                {
                    let form = self.entry_form(e);
                    self.ui.overlay = Some(Overlay::Form(form));
                }
            }
            Action::EditItem => {
                let open = self.open_follow_ups();
                let row = self.ui.log.follow_ups.row(open.len());
                if let Some((e, f)) = row.and_then(|r| open.get(r)).copied() {
                    let id = self.ws.log[e].follow_ups[f].id;
                    self.edit_follow_up(e, id);
                }
            }
            Action::ToggleDone if focus == LogFocus::Entries => {
                self.ui.log.focus = LogFocus::FollowUps;
            }
            Action::ToggleDone => {
                let open = self.open_follow_ups();
                let row = self.ui.log.follow_ups.row(open.len());
                if let Some((e, f)) = row.and_then(|r| open.get(r)).copied() {
                    let mut entry = self.ws.log[e].clone();
                    entry.follow_ups[f].done = !entry.follow_ups[f].done;
                    if let Some(edit) = self.ws.replace_record(e, Record::Log(Box::new(entry))) {
                        self.commit(edit);
                        self.say(t::FOLLOW_UP_DONE, &[]);
                    }
                }
            }
            Action::DeleteItem if focus == LogFocus::Entries => {
                if let Some(row) = self.selected()
                    && let Some(i) = self.views.log.get(row).copied()
                    && let Some(edit) = self.ws.remove_record(
                        &Record::Log(Box::new(LogEntry::note("", jiff::Timestamp::UNIX_EPOCH))),
                        i,
                    )
                {
                    self.commit(edit);
                    self.say(t::ENTRY_DELETED, &[]);
                }
            }
            _ => {}
        }
    }

    /// Who the names typed so far stand for, as the form shows them while typing.
    pub fn preview_names(&self, text: &str) -> String {
        text.split(',')
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .map(|n| {
                self.find_actor(n)
                    .map_or_else(|| format!("{n}?"), |id| self.ws.actor_name(id).to_owned())
            })
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// Names separated by commas, each found fuzzily; an unknown one refuses the form.
    pub(super) fn actors_from_names(&self, text: &str) -> Result<Vec<Id>, t::L> {
        let mut ids = Vec::new();
        for name in text.split(',').map(str::trim).filter(|n| !n.is_empty()) {
            let id = self.find_actor(name).ok_or(t::UNKNOWN_ACTOR)?;
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        Ok(ids)
    }

    /// Saves the note form.
    pub(super) fn submit_note(&mut self, form: &Form) -> Result<(), t::L> {
        let now = jiff::Timestamp::now();
        let ambition = form
            .record(t::FIELD_AMBITION)
            .and_then(|id| self.ws.ambition(id));
        let entry = {
            let text = form.text(t::FIELD_NOTE);
            if text.is_empty() {
                return Err(t::TEXT_EMPTY);
            }
            let mut e = LogEntry::note(&text, now);
            e.actors = self.actors_from_names(&form.text(t::FIELD_ABOUT))?;
            e.ambition = ambition.map(|a| a.id);
            e
        };
        self.add_entry(entry);
        Ok(())
    }

    /// Saves the check-in form: one log entry for a meeting.
    pub(super) fn submit_checkin(&mut self, form: &Form) -> Result<(), t::L> {
        let ambition = form
            .record(t::FIELD_COALITION_PRESENT)
            .and_then(|id| self.ws.ambition(id));
        let entry = {
            // A meeting recorded afterwards keeps its own day; today's is stamped now.
            let day = super::foundation::date(&form.text(t::FIELD_DATE), self.today)?;
            let mut e = LogEntry::checkin(&form.text(t::FIELD_TITLE), self.stamp(day));
            if let Some(a) = ambition {
                e.ambition = Some(a.id);
                e.present.clone_from(&a.coalition);
            }
            for id in self.actors_from_names(&form.text(t::FIELD_PRESENT))? {
                if !e.present.contains(&id) {
                    e.present.push(id);
                }
            }
            e.decisions = super::assign::split(&form.text(t::FIELD_DECISIONS));
            let follow_up = form.text(t::FIELD_FOLLOW_UP);
            // An owner or a due date for no follow-up is a follow-up whose text was forgotten.
            if follow_up.is_empty()
                && !(form.text(t::FIELD_OWNER).is_empty() && form.text(t::FIELD_DUE).is_empty())
            {
                return Err(t::FOLLOW_UP_EMPTY);
            }
            if !follow_up.is_empty() {
                let owner = self
                    .actors_from_names(&form.text(t::FIELD_OWNER))?
                    .first()
                    .copied();
                let due = super::foundation::optional_date(&form.text(t::FIELD_DUE), self.today)?;
                e.follow_ups.push(FollowUp::new(&follow_up, owner, due));
            }
            if e.text.is_empty()
                && e.present.is_empty()
                && e.decisions.is_empty()
                && e.follow_ups.is_empty()
                && e.ambition.is_none()
            {
                return Err(t::CHECKIN_EMPTY);
            }
            e
        };
        self.add_entry(entry);
        Ok(())
    }

    fn add_entry(&mut self, entry: LogEntry) {
        let edit = self.ws.push_record(Record::Log(Box::new(entry)));
        self.commit(edit);
        self.ui.log.entries = super::Cursor::default();
        self.scroll_into_view();
        self.say(t::ENTRY_SAVED, &[]);
    }
}
