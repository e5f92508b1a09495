//! What an action does, reached only from [`App::update`] (in `msg.rs`): actions change the
//! workspace through undoable edits. The actions of the actors and roles panes live in
//! `actors.rs` and `roles.rs`.

use ratatui::crossterm::event::Event;

use super::keymap::Scope;
use super::{Action, App, Overlay, Pane};
use crate::i18n::{self as t, fill};
use crate::workspace::Edit;

impl App {
    /// What has the keys: a dialog, the search field, the details, or the pane.
    pub fn dialog_scope(&self) -> Option<Scope> {
        match &self.ui.overlay {
            Some(Overlay::Help) => Some(Scope::Help),
            Some(Overlay::Confirm(_)) => Some(Scope::Confirm),
            Some(Overlay::Form(f)) if f.confirm_discard => Some(Scope::Confirm),
            Some(Overlay::Form(_)) => Some(Scope::Form),
            Some(Overlay::Picker(_)) => Some(Scope::Picker),
            Some(Overlay::Notes(..)) => Some(Scope::Notes),
            None if self.ui.searching.is_some() => Some(Scope::Search),
            None if self.ui.pane == Pane::Actors && self.ui.detail.is_some() => Some(Scope::Detail),
            None if self.ui.pane == Pane::Agenda && self.ui.grid => Some(Scope::Grid),
            None => None,
        }
    }

    /// A key no binding took goes to the text field that has the focus, if any.
    pub(super) fn type_into_field(&mut self, event: &Event) {
        match &mut self.ui.overlay {
            Some(Overlay::Form(form)) if !form.confirm_discard => form.input(event),
            Some(Overlay::Picker(p)) => {
                if let Some(req) = tui_input::backend::crossterm::to_input_request(event) {
                    p.input.handle(req);
                    self.refresh_picker();
                }
            }
            Some(Overlay::Notes(_, editor)) => {
                editor.input(event.clone());
            }
            None => {
                if let Some(input) = &mut self.ui.searching
                    && let Some(req) = tui_input::backend::crossterm::to_input_request(event)
                {
                    input.handle(req);
                    self.ui.query = input.value().to_owned();
                    self.refresh_rows();
                    self.ui.selected[Pane::Actors.index()] = 0;
                    self.scroll_into_view();
                }
            }
            _ => {}
        }
    }

    pub(super) fn paste(&mut self, text: &str) {
        let line = crate::workspace::text::clean(text).into_owned();
        match &mut self.ui.overlay {
            Some(Overlay::Form(form)) => form.paste(text),
            Some(Overlay::Notes(_, editor)) => {
                editor.insert_str(crate::workspace::text::clean_multiline(text));
            }
            Some(Overlay::Picker(p)) => {
                for c in line.chars() {
                    p.input.handle(tui_input::InputRequest::InsertChar(c));
                }
                self.refresh_picker();
            }
            None => {
                if let Some(input) = &mut self.ui.searching {
                    for c in line.chars() {
                        input.handle(tui_input::InputRequest::InsertChar(c));
                    }
                    self.ui.query = input.value().to_owned();
                    self.refresh_rows();
                }
            }
            _ => {}
        }
    }

    /// Rows visible in the list that has the keys, from the one layout authority.
    pub fn page_rows(&self) -> usize {
        super::layout::list_rows(self)
    }

    /// Carries out one action.
    pub(super) fn act(&mut self, action: Action) {
        match action {
            Action::Quit => self.quit = true,
            Action::ShowPane(p) => self.ui.pane = p,
            Action::NextPane => self.ui.pane = Pane::ALL[(self.ui.pane.index() + 1) % 8],
            Action::PrevPane => self.ui.pane = Pane::ALL[(self.ui.pane.index() + 7) % 8],
            Action::ToggleHelp => self.ui.overlay = Some(Overlay::Help),
            Action::CloseOverlay => self.ui.overlay = None,
            Action::SelectNext => self.move_selection(1),
            Action::SelectPrev => self.move_selection(-1),
            Action::SelectFirst => self.move_selection(isize::MIN / 2),
            Action::SelectLast => self.move_selection(isize::MAX / 2),
            Action::PageDown => self.move_selection(self.page_rows() as isize),
            Action::PageUp => self.move_selection(-(self.page_rows() as isize)),
            Action::FocusLeft | Action::FocusRight if self.ui.pane == Pane::Agenda => {
                let right = action == Action::FocusRight;
                if self.ui.grid {
                    self.move_grid_col(if right { 1 } else { -1 });
                } else {
                    self.ui.ambitions_focus = right;
                }
            }
            Action::FocusLeft | Action::FocusRight => {
                let col = self.ui.identity_area;
                self.ui.identity_area = if action == Action::FocusLeft {
                    col.saturating_sub(1)
                } else {
                    (col + 1).min(2)
                };
                self.move_selection(0);
            }
            Action::Undo => self.undo_last(),
            Action::Redo => self.redo_last(),
            Action::SubmitForm => self.submit_form(),
            Action::CancelForm => {
                if let Some(Overlay::Form(form)) = &mut self.ui.overlay {
                    if form.changed() {
                        form.confirm_discard = true;
                    } else {
                        self.ui.overlay = None;
                    }
                }
            }
            Action::NextField | Action::PrevField => {
                if let Some(Overlay::Form(form)) = &mut self.ui.overlay {
                    form.move_focus(if action == Action::NextField { 1 } else { -1 });
                }
            }
            Action::ConfirmYes => self.confirm_yes(),
            Action::ConfirmNo => match &mut self.ui.overlay {
                Some(Overlay::Form(form)) => form.confirm_discard = false,
                _ => self.ui.overlay = None,
            },
            Action::StartRole | Action::EndRole | Action::ToggleOrientation => {
                self.roles_action(action);
            }
            Action::AddItem
            | Action::EditItem
            | Action::DeleteItem
            | Action::EditBasics
            | Action::AddDot
            | Action::TakeDot
            | Action::CycleWeight
            | Action::NewSession
            | Action::ToggleCompare
            | Action::CheckIn
            | Action::ToggleFollowUps
            | Action::ToggleDone
            | Action::ToggleGrid
            | Action::SetEngagement(_)
            | Action::CycleCandidates
            | Action::Promote
            | Action::AddMember
            | Action::RemoveMember
            | Action::ChooseLeader
            | Action::AddInvestment
            | Action::NextScreen
            | Action::PrevScreen
            | Action::EditAnswer
            | Action::AnswerNotes
            | Action::NewRound
            | Action::CompareRounds => {
                self.pane_item_action(action);
            }
            _ => self.actors_action(action),
        }
    }

    /// Add, edit and delete mean what the pane holds.
    fn pane_item_action(&mut self, action: Action) {
        match self.ui.pane {
            Pane::Foundation => self.foundation_action(action),
            Pane::Identity => self.identity_action(action),
            Pane::Log => self.log_action(action),
            Pane::Agenda => self.agenda_action(action),
            Pane::Basis => self.basis_action(action),
            _ => {}
        }
    }

    /// Whether changes are allowed; says why not in the status line.
    pub(super) fn writable(&mut self) -> bool {
        if let Some(reason) = &self.read_only {
            self.ui.message = Some(fill(self.t(t::READ_ONLY), &[("r", reason)]));
            return false;
        }
        true
    }

    /// Shows a message in the status line.
    pub(super) fn say(&mut self, text: t::L, args: &[(&str, &str)]) {
        self.ui.message = Some(fill(self.t(text), args));
    }

    pub(super) fn move_selection(&mut self, delta: isize) {
        if self.ui.pane == Pane::Agenda && self.ui.ambitions_focus && !self.ui.grid {
            let rows = self.ws.ambitions.len();
            let next = self.ui.ambition_row.saturating_add_signed(delta);
            self.ui.ambition_row = next.min(rows.saturating_sub(1));
            return;
        }
        if self.ui.pane == Pane::Log && self.ui.follow_ups {
            let rows = self.open_follow_ups().len();
            let next = self.ui.follow_up_row.saturating_add_signed(delta);
            self.ui.follow_up_row = next.min(rows.saturating_sub(1));
            return;
        }
        if self.ui.pane == Pane::Actors && self.ui.detail.is_some() {
            let rows = self.detail_relations().len();
            let next = self.ui.detail_row.saturating_add_signed(delta);
            self.ui.detail_row = next.min(rows.saturating_sub(1));
            return;
        }
        let pane = self.ui.pane.index();
        let rows = self.row_count(self.ui.pane);
        let current = self.ui.selected[pane].min(rows.saturating_sub(1));
        let next = current
            .saturating_add_signed(delta)
            .min(rows.saturating_sub(1));
        self.ui.selected[pane] = next;
        self.scroll_into_view();
    }

    /// Moves the first visible row only as far as needed to keep the selection on screen, so a
    /// one-row move redraws two rows, not the whole list.
    pub(super) fn scroll_into_view(&mut self) {
        let index = self.ui.pane.index();
        let rows = self.row_count(self.ui.pane);
        let row = self.ui.selected[index];
        let (first, _) =
            super::layout::window(rows, Some(row), self.ui.offset[index], self.page_rows());
        self.ui.offset[index] = first;
    }

    /// Records a committed edit: undoable, and saved by the loop because the generation moved.
    pub fn commit(&mut self, edit: Edit) {
        if edit.changes.is_empty() {
            return;
        }
        self.undo.push(edit);
        self.redo.clear();
        self.changed();
    }

    fn changed(&mut self) {
        self.generation += 1;
        self.refresh_views();
        if self.ui.detail.is_some_and(|id| self.ws.actor(id).is_none()) {
            self.ui.detail = None;
        }
        self.move_selection(0);
    }

    fn undo_last(&mut self) {
        if !self.writable() {
            return;
        }
        match self.undo.pop() {
            Some(edit) => {
                self.ws.undo(&edit);
                self.redo.push(edit);
                self.changed();
                self.say(t::UNDONE, &[]);
            }
            None => self.say(t::NOTHING_TO_UNDO, &[]),
        }
    }

    fn redo_last(&mut self) {
        if !self.writable() {
            return;
        }
        match self.redo.pop() {
            Some(edit) => {
                self.ws.redo(&edit);
                self.undo.push(edit);
                self.changed();
                self.say(t::REDONE, &[]);
            }
            None => self.say(t::NOTHING_TO_REDO, &[]),
        }
    }

    /// Applies changes handed over by shell commands, as one undoable edit.
    pub fn apply_journal(&mut self, entries: &[crate::store::journal::Entry]) {
        if self.read_only.is_some() {
            return;
        }
        let edit = crate::store::journal::apply(&mut self.ws, entries);
        let n = edit.changes.len();
        if n > 0 {
            self.commit(edit);
            self.say(t::JOURNAL_APPLIED, &[("n", &n.to_string())]);
        }
    }
}
