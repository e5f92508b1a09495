//! The actions of the Basis pane: the questionnaire "De basis van je netwerk", one screen at a
//! time. Answers edit the same records the other panes show; where the user was is saved, so
//! the questionnaire resumes there.

use crate::questionnaire::{ScreenId, list_screens};
use ratatui_textarea::{TextArea, WrapMode};

use super::form::{Field, Form, FormKind};
use super::overlay::EditorFor;
use super::{Action, App, Overlay, Pane};
use crate::i18n as t;
use crate::questionnaire::{self as q, screens};
use crate::workspace::{Network, Record};

/// The Basis pane's own state; the screen shown is kept in the workspace, so a later start
/// resumes there.
#[derive(Debug, Default)]
pub struct BasisPane {
    /// The screen, or what changed on it since the previous round.
    pub mode: BasisMode,
    /// The first line shown.
    pub top: usize,
}

/// What the Basis pane shows.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub enum BasisMode {
    /// The questionnaire screen.
    #[default]
    Screen,
    /// What changed on it since the previous round.
    Compare,
}

fn editor(lines: Vec<String>) -> Box<TextArea<'static>> {
    let mut e = TextArea::new(lines);
    e.set_wrap_mode(WrapMode::WordOrGlyph);
    Box::new(e)
}

impl App {
    /// Shows questionnaire screen `i` and remembers it in the workspace, so a later start
    /// resumes there. Where the user is reading is not an edit: it is saved, not undone.
    fn go_to_screen(&mut self, i: usize) {
        let Some(screen) = screens().get(i) else {
            return;
        };
        self.ui.basis.top = 0;
        if self.ws.questionnaire.screen != screen.id.as_str() && self.read_only.is_none() {
            let mut q = self.ws.questionnaire.clone();
            screen.id.as_str().clone_into(&mut q.screen);
            // An edit like any other, saved with the rest, but kept off the undo stack: `u` undoes
            // what the user changed, not where they were reading.
            if self
                .ws
                .replace_record(0, Record::Questionnaire(Box::new(q)))
                .is_some()
            {
                self.generation += 1;
            }
        }
    }

    /// Carries out an action of the Basis pane.
    pub(super) fn basis_update(&mut self, action: Action) {
        let i = q::current(&self.ws);
        match action {
            Action::NextScreen => self.go_to_screen((i + 1).min(screens().len() - 1)),
            Action::PrevScreen => self.go_to_screen(i.saturating_sub(1)),
            Action::ScrollDown => {
                let last = super::layout::basis_last_top(self);
                self.ui.basis.top = (self.ui.basis.top + 1).min(last);
            }
            Action::ScrollUp => self.ui.basis.top = self.ui.basis.top.saturating_sub(1),
            Action::CompareRounds => {
                self.ui.basis.top = 0;
                self.ui.basis.mode = match self.ui.basis.mode {
                    BasisMode::Screen => BasisMode::Compare,
                    BasisMode::Compare => BasisMode::Screen,
                };
            }
            _ if !self.writable() => {}
            Action::AnswerNotes => {
                let id = screens()[i].id;
                let lines = q::answer(&self.ws, id).lines().map(str::to_owned).collect();
                self.ui.overlay = Some(Overlay::Notes(EditorFor::Answer(id), editor(lines)));
            }
            Action::EditAnswer => self.edit_answer(i),
            Action::NewRound => {
                if let Some(edit) = q::new_round(&mut self.ws, jiff::Timestamp::now()) {
                    self.commit(edit);
                    let n = self.ws.questionnaire.rounds.len().to_string();
                    self.say(t::ROUND_STARTED, &[("n", &n)]);
                }
            }
            _ => {}
        }
    }

    fn edit_answer(&mut self, i: usize) {
        let screen = &screens()[i];
        let n = &self.ws.network;
        let form = match screen.id {
            ScreenId::Welcome => Form::new(
                FormKind::Welcome,
                vec![
                    Field::text(t::FIELD_NETWORK_NAME, &n.name),
                    Field::text(t::ISSUE, &n.issue),
                ],
            ),
            ScreenId::Type => Form::new(
                FormKind::NetworkType,
                vec![
                    Field::optional_term(t::TYPE, n.kind, self.lang),
                    Field::text(t::FIELD_WHY, &n.kind_note),
                ],
            ),
            ScreenId::Phase => Form::new(
                FormKind::Phase,
                vec![
                    Field::optional_term(t::PHASE_LABEL, n.phase, self.lang),
                    Field::text(t::FIELD_SHOWS, &n.phase_note),
                ],
            ),
            ScreenId::Vorm => {
                self.foundation_update(Action::EditBasics);
                return;
            }
            ScreenId::Engagement => {
                self.ui.pane = Pane::Agenda;
                self.ui.agenda.focus = super::agenda::AgendaFocus::Grid {
                    back: super::agenda::GridBack::Topics,
                };
                return;
            }
            ScreenId::Roles
            | ScreenId::Positions
            | ScreenId::Leiderschap
            | ScreenId::HalenBrengen => {
                let Some(form) = self.assignment_form(screen.id) else {
                    return;
                };
                form
            }
            ScreenId::Summary => return,
            id @ (list_screens!()) => {
                let lines = q::list_items(&self.ws, id);
                let lines = if lines.is_empty() {
                    vec![String::new()]
                } else {
                    lines
                };
                self.ui.overlay = Some(Overlay::Notes(EditorFor::List(id), editor(lines)));
                return;
            }
        };
        self.ui.overlay = Some(Overlay::Form(form));
    }

    /// Keeps the free-text answer typed in the editor.
    pub(super) fn keep_answer(&mut self, screen: ScreenId, text: &str) {
        if let Some(edit) = q::set_answer(&mut self.ws, screen, text, jiff::Timestamp::now()) {
            self.commit(edit);
            self.say(t::ANSWER_KEPT, &[]);
        }
    }

    /// Turns the lines typed on a list screen into records.
    pub(super) fn keep_list(&mut self, screen: ScreenId, lines: &[String]) {
        let edit = q::apply_list(&mut self.ws, screen, lines);
        let n = edit.changes.len().to_string();
        self.commit(edit);
        self.say(t::RECORDS_ADDED, &[("n", &n)]);
    }

    /// Saves the welcome screen's form: the network's name and issue.
    pub(super) fn submit_welcome(&mut self, form: &Form) {
        self.change_network(|n| {
            n.name = form.text(t::FIELD_NETWORK_NAME);
            n.issue = form.text(t::ISSUE);
        });
    }

    /// Saves the type screen's form.
    pub(super) fn submit_network_type(&mut self, form: &Form) {
        self.change_network(|n| {
            n.kind = form.optional_term(t::TYPE);
            n.kind_note = form.text(t::FIELD_WHY);
        });
    }

    /// Saves the phase screen's form.
    pub(super) fn submit_phase(&mut self, form: &Form) {
        let before = self.ws.network.phase;
        let mut n: Network = self.ws.network.clone();
        n.enter(form.optional_term(t::PHASE_LABEL), self.today);
        n.phase_note = form.text(t::FIELD_SHOWS);
        let Some(old) = before.filter(|old| Some(*old) != n.phase) else {
            self.change_network(|net| *net = n);
            return;
        };
        // The method redoes the analysis each phase: the network as it was at the end of this
        // one is kept, in the same edit as the new phase, so one undo takes back both.
        let name = crate::i18n::fill(
            self.t(t::SNAPSHOT_PHASE),
            &[(
                "phase",
                self.lang.pick(crate::workspace::Vocabulary::text(old)),
            )],
        );
        let snapshot =
            crate::workspace::snapshot::Snapshot::of(&self.ws, &name, jiff::Timestamp::now());
        let changes = vec![
            crate::workspace::Change::Insert {
                at: self.ws.snapshots.len(),
                record: Record::Snapshot(Box::new(snapshot)),
            },
            crate::workspace::Change::Replace {
                at: 0,
                before: Record::Network(Box::new(self.ws.network.clone())),
                after: Record::Network(Box::new(n)),
            },
        ];
        let edit = self.ws.commit(changes);
        self.commit(edit);
        self.say(t::SNAPSHOT_KEPT, &[("name", &name)]);
    }

    fn change_network(&mut self, change: impl FnOnce(&mut Network)) {
        let mut n: Network = self.ws.network.clone();
        change(&mut n);
        if let Some(edit) = self.ws.replace_record(0, Record::Network(Box::new(n))) {
            self.commit(edit);
        }
    }
}
