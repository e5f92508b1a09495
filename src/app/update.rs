//! `update`: the only place where the app's state changes. Events become actions through the
//! keymap; actions change the workspace through undoable edits.

use ratatui::crossterm::event::{Event, KeyEventKind};

use super::keymap::{self, Scope};
use super::overlay::FormKind;
use super::{Action, App, Confirm, Overlay, Pane, TextForm};
use crate::i18n::{self as t, fill};
use crate::workspace::{Actor, Edit};

/// Rows of chrome around a pane's list: header, tabs, footer, status, the list's borders and
/// its column header.
const LIST_CHROME: u16 = 7;

impl App {
    /// Handles one terminal event; returns whether anything may look different.
    pub fn handle_event(&mut self, event: &Event) -> bool {
        match event {
            Event::Key(key) if key.kind != KeyEventKind::Release => {
                self.ui.message = None;
                let scopes = keymap::scopes(self.ui.pane, self.dialog_scope());
                match keymap::action_for(&scopes, *key) {
                    Some(action) => self.update(action),
                    None => {
                        if let Some(Overlay::Form(form)) = &mut self.ui.overlay
                            && !form.confirm_discard
                            && let Some(req) =
                                tui_input::backend::crossterm::to_input_request(event)
                        {
                            form.input.handle(req);
                            form.error = None;
                        }
                    }
                }
                true
            }
            Event::Paste(text) => {
                // Pasted text only ever lands in a text field; elsewhere it is not run as keys.
                if let Some(Overlay::Form(form)) = &mut self.ui.overlay {
                    for c in crate::ui::text::clean(text).chars() {
                        form.input.handle(tui_input::InputRequest::InsertChar(c));
                    }
                }
                true
            }
            Event::Resize(w, h) => {
                self.ui.size = (*w, *h);
                self.scroll_into_view();
                true
            }
            _ => false,
        }
    }

    fn dialog_scope(&self) -> Option<Scope> {
        match &self.ui.overlay {
            None => None,
            Some(Overlay::Help) => Some(Scope::Help),
            Some(Overlay::Confirm(_)) => Some(Scope::Confirm),
            Some(Overlay::Form(f)) if f.confirm_discard => Some(Scope::Confirm),
            Some(Overlay::Form(_)) => Some(Scope::Form),
        }
    }

    /// Rows visible in a pane's list at the current terminal size.
    pub fn page_rows(&self) -> usize {
        usize::from(self.ui.size.1.saturating_sub(LIST_CHROME)).max(1)
    }

    /// Carries out one action.
    pub fn update(&mut self, action: Action) {
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
            Action::FocusLeft | Action::FocusRight => {
                let col = self.ui.identity_area;
                self.ui.identity_area = if action == Action::FocusLeft {
                    col.saturating_sub(1)
                } else {
                    (col + 1).min(2)
                };
                self.move_selection(0);
            }
            Action::AddActor => {
                if self.writable() {
                    self.ui.overlay = Some(Overlay::Form(TextForm::new(FormKind::AddActor, "")));
                }
            }
            Action::RenameActor => {
                if self.writable() {
                    match self.selected_actor() {
                        Some(a) => {
                            let form = TextForm::new(FormKind::RenameActor(a.id), &a.name);
                            self.ui.overlay = Some(Overlay::Form(form));
                        }
                        None => self.ui.message = Some(self.t(t::NO_SELECTION).to_owned()),
                    }
                }
            }
            Action::DeleteActor => {
                if self.writable() {
                    match self.selected_actor() {
                        Some(a) => {
                            self.ui.overlay = Some(Overlay::Confirm(Confirm::DeleteActor(a.id)));
                        }
                        None => self.ui.message = Some(self.t(t::NO_SELECTION).to_owned()),
                    }
                }
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
            Action::ConfirmYes => self.confirm_yes(),
            Action::ConfirmNo => match &mut self.ui.overlay {
                Some(Overlay::Form(form)) => form.confirm_discard = false,
                _ => self.ui.overlay = None,
            },
        }
    }

    fn writable(&mut self) -> bool {
        if let Some(reason) = &self.read_only {
            self.ui.message = Some(fill(self.t(t::READ_ONLY), &[("r", reason)]));
            return false;
        }
        true
    }

    fn move_selection(&mut self, delta: isize) {
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
    fn scroll_into_view(&mut self) {
        let index = self.ui.pane.index();
        let page = self.page_rows();
        let row = self.ui.selected[index];
        let offset = &mut self.ui.offset[index];
        if row < *offset {
            *offset = row;
        } else if row >= *offset + page {
            *offset = row + 1 - page;
        }
    }

    fn submit_form(&mut self) {
        let Some(Overlay::Form(form)) = &mut self.ui.overlay else {
            return;
        };
        let name = crate::ui::text::clean(form.input.value()).trim().to_owned();
        let kind = form.kind;
        let duplicate = self
            .ws
            .actors_named(&name)
            .iter()
            .any(|a| FormKind::RenameActor(a.id) != kind);
        let error = if name.is_empty() {
            Some(t::NAME_EMPTY)
        } else if duplicate {
            Some(t::NAME_EXISTS)
        } else {
            None
        };
        if let Some(e) = error {
            form.error = Some(self.lang.pick(e).to_owned());
            return;
        }
        self.ui.overlay = None;
        match kind {
            FormKind::AddActor => {
                let actor = Actor::new(&name);
                let id = actor.id;
                let edit = self.ws.add_actor(actor);
                self.commit(edit);
                self.select_actor(id);
                self.ui.message = Some(fill(self.t(t::ACTOR_ADDED), &[("name", &name)]));
            }
            FormKind::RenameActor(id) => {
                if let Some(edit) = self.ws.rename_actor(id, &name) {
                    self.commit(edit);
                    self.select_actor(id);
                    self.ui.message = Some(fill(self.t(t::ACTOR_RENAMED), &[("name", &name)]));
                }
            }
        }
    }

    fn confirm_yes(&mut self) {
        match self.ui.overlay.take() {
            Some(Overlay::Form(form)) if form.confirm_discard => {}
            Some(Overlay::Confirm(Confirm::DeleteActor(id))) => {
                let name = self.ws.actor_name(id).to_owned();
                if let Some(edit) = self.ws.delete_actor(id) {
                    self.commit(edit);
                    self.move_selection(0);
                    self.ui.message = Some(fill(self.t(t::ACTOR_DELETED), &[("name", &name)]));
                }
            }
            other => self.ui.overlay = other,
        }
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
                self.ui.message = Some(self.t(t::UNDONE).to_owned());
            }
            None => self.ui.message = Some(self.t(t::NOTHING_TO_UNDO).to_owned()),
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
                self.ui.message = Some(self.t(t::REDONE).to_owned());
            }
            None => self.ui.message = Some(self.t(t::NOTHING_TO_REDO).to_owned()),
        }
    }

    fn select_actor(&mut self, id: crate::workspace::Id) {
        if let Some(row) = self
            .views
            .actors
            .iter()
            .position(|i| self.ws.actors[*i].id == id)
        {
            self.ui.pane = Pane::Actors;
            self.ui.selected[Pane::Actors.index()] = row;
            self.scroll_into_view();
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
            self.ui.message = Some(fill(self.t(t::JOURNAL_APPLIED), &[("n", &n.to_string())]));
        }
    }
}
