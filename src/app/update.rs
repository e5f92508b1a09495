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
            Some(Overlay::QuitAsk(_)) => Some(Scope::QuitAsk),
            Some(Overlay::Entry(..)) => Some(Scope::Entry),
            Some(Overlay::Import(_)) => Some(Scope::Import),
            Some(Overlay::Conflicts(_)) => Some(Scope::Conflicts),
            Some(Overlay::Timeline(_)) => Some(Scope::Timeline),
            Some(Overlay::Palette(_)) => Some(Scope::Palette),
            Some(Overlay::Meeting(_)) => Some(Scope::Meeting),
            Some(Overlay::LeaveMeeting(_)) => Some(Scope::LeaveMeeting),
            Some(Overlay::Confirm(_)) => Some(Scope::Confirm),
            Some(Overlay::Form(f)) if f.confirm_discard => Some(Scope::Confirm),
            Some(Overlay::Form(f)) if f.focused_is_choice() => Some(Scope::Choice),
            Some(Overlay::Form(_)) => Some(Scope::Form),
            Some(Overlay::Picker(_)) => Some(Scope::Picker),
            Some(Overlay::Notes(..)) => Some(Scope::Notes),
            None if self.search_field().is_some() => Some(Scope::Search),
            None if self.ui.pane == Pane::Actors && self.ui.actors.detail_id().is_some() => {
                Some(Scope::Detail)
            }
            None if self.ui.pane == Pane::Agenda && self.ambition_detail().is_some() => {
                Some(Scope::Ambition)
            }
            None if self.ui.pane == Pane::Agenda && self.ui.agenda.in_grid() => Some(Scope::Grid),
            None => None,
        }
    }

    /// The search field being typed in on the pane shown, if any.
    pub fn search_field(&self) -> Option<&tui_input::Input> {
        match self.ui.pane {
            Pane::Actors => self.ui.actors.searching.as_ref(),
            Pane::Log => self.ui.log.searching.as_ref(),
            _ => None,
        }
    }

    fn search_field_mut(&mut self) -> Option<&mut tui_input::Input> {
        match self.ui.pane {
            Pane::Actors => self.ui.actors.searching.as_mut(),
            Pane::Log => self.ui.log.searching.as_mut(),
            _ => None,
        }
    }

    /// Takes the typed search over and narrows the pane's list from its top.
    fn search_changed(&mut self) {
        match self.ui.pane {
            Pane::Actors => {
                if let Some(q) = self
                    .ui
                    .actors
                    .searching
                    .as_ref()
                    .map(|i| i.value().to_owned())
                {
                    self.ui.actors.query = q;
                }
                self.refresh_rows();
                self.ui.actors.cursor = super::Cursor::default();
            }
            Pane::Log => {
                if let Some(q) = self.ui.log.searching.as_ref().map(|i| i.value().to_owned()) {
                    self.ui.log.query = q;
                }
                self.refresh_log_rows();
                self.ui.log.entries = super::Cursor::default();
            }
            _ => {}
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
            Some(Overlay::Palette(p)) => {
                if let Some(req) = tui_input::backend::crossterm::to_input_request(event) {
                    p.input.handle(req);
                    self.refresh_palette();
                }
            }
            Some(Overlay::Notes(_, editor)) => {
                editor.input(event.clone());
            }
            Some(Overlay::Meeting(m)) if m.part.typed() => {
                if let Some(req) = tui_input::backend::crossterm::to_input_request(event) {
                    m.input.0.handle(req);
                }
            }
            None => {
                if let Some(input) = self.search_field_mut()
                    && let Some(req) = tui_input::backend::crossterm::to_input_request(event)
                {
                    input.handle(req);
                    self.search_changed();
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
                super::form::insert_text(&mut p.input, &line);
                self.refresh_picker();
            }
            Some(Overlay::Palette(p)) => {
                super::form::insert_text(&mut p.input, &line);
                self.refresh_palette();
            }
            Some(Overlay::Meeting(m)) if m.part.typed() => {
                super::form::insert_text(&mut m.input.0, &line);
            }
            None => {
                if let Some(input) = self.search_field_mut() {
                    super::form::insert_text(input, &line);
                    self.search_changed();
                }
            }
            _ => {}
        }
    }

    /// Rows visible in the list that has the keys, from the one layout authority.
    pub fn page_rows(&self) -> usize {
        super::layout::list_rows(self)
    }

    /// Carries out one action: what concerns the whole app or an open dialog here, the rest
    /// by the pane shown, in one match.
    pub(super) fn act(&mut self, action: Action) {
        match action {
            // Typed text is never thrown away by a quit without asking.
            Action::Quit
                if self.autosave
                    && self.draft_json().is_some()
                    && !matches!(self.ui.overlay, Some(Overlay::QuitAsk(_))) =>
            {
                if let Some(open) = self.ui.overlay.take() {
                    self.ui.overlay = Some(Overlay::QuitAsk(Box::new(open)));
                }
            }
            Action::Quit => self.quit = true,
            Action::ShowPane(p) => {
                self.ui.pane = p;
                self.refresh_local();
            }
            Action::NextPane => {
                self.ui.pane = Pane::ALL[(self.ui.pane.index() + 1) % Pane::ALL.len()];
                self.refresh_local();
            }
            Action::PrevPane => {
                let n = Pane::ALL.len();
                self.ui.pane = Pane::ALL[(self.ui.pane.index() + n - 1) % n];
                self.refresh_local();
            }
            Action::ToggleHelp => {
                self.ui.help_top = 0;
                self.ui.overlay = Some(Overlay::Help);
            }
            Action::Import if self.writable() => self.open_import(),
            Action::OpenConflicts => self.open_conflicts(),
            Action::OpenTimeline => self.open_timeline(),
            Action::OpenPalette => self.open_palette(),
            Action::TakeSnapshot => self.ask_snapshot(),
            Action::OlderSnapshot => self.move_timeline(1),
            Action::NewerSnapshot => self.move_timeline(-1),
            Action::KeepOurs => self.choose_conflict(crate::workspace::resolve::Side::Ours),
            Action::TakeTheirs => self.choose_conflict(crate::workspace::resolve::Side::Theirs),
            Action::EditConflict => self.edit_conflict(),
            Action::CloseOverlay => self.ui.overlay = None,
            Action::Undo => self.undo_last(),
            Action::Redo => self.redo_last(),
            Action::SubmitForm
            | Action::CancelForm
            | Action::NextField
            | Action::PrevField
            | Action::ConfirmYes
            | Action::ConfirmNo
            | Action::TakeImport
            | Action::QuitSave
            | Action::QuitKeep
            | Action::QuitDiscard
            | Action::NextChoice
            | Action::PrevChoice
            | Action::PickNext
            | Action::PickPrev
            | Action::Pick
            | Action::LeaveEditor => self.dialog_update(action),
            // A window scrolls itself; without one, the pane does (Basis, an open ambition).
            Action::ScrollDown | Action::ScrollUp if self.ui.overlay.is_some() => {
                self.dialog_update(action);
            }
            Action::EndMeeting
            | Action::NextPart
            | Action::PrevPart
            | Action::AddLine
            | Action::TickRow
            | Action::RemoveLine
            | Action::LeaveMeeting
            | Action::DiscardMeeting => self.meeting_update(action),
            Action::EditItem if matches!(self.ui.overlay, Some(Overlay::Entry(..))) => {
                if let Some(Overlay::Entry(id, _)) = self.ui.overlay
                    && self.writable()
                    && let Some(e) = self.ws.log.iter().find(|e| e.id == id)
                {
                    let form = self.entry_form(e);
                    self.ui.overlay = Some(Overlay::Form(form));
                }
            }
            Action::DecideCycle => {
                if self.writable() {
                    self.decision_form();
                }
            }
            Action::SelectNext | Action::SelectPrev if self.meeting().is_some() => {
                self.meeting_update(action);
            }
            _ => match self.ui.pane {
                Pane::Overview => self.overview_update(action),
                Pane::Basis => self.basis_update(action),
                Pane::Actors => self.actors_update(action),
                Pane::Roles => self.roles_update(action),
                Pane::Identity => self.identity_update(action),
                Pane::Agenda => self.agenda_update(action),
                Pane::Foundation => self.foundation_update(action),
                Pane::Log => self.log_update(action),
                Pane::Map => self.map_update(action),
            },
        }
    }

    /// How far a list movement moves the selection; `None` for every other action.
    pub(super) fn movement(&self, action: Action) -> Option<isize> {
        let page = self.page_rows() as isize;
        Some(match action {
            Action::SelectNext => 1,
            Action::SelectPrev => -1,
            Action::SelectFirst => isize::MIN / 2,
            Action::SelectLast => isize::MAX / 2,
            Action::PageDown => page,
            Action::PageUp => -page,
            _ => return None,
        })
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

    /// The list that has the keys: its cursor and how many rows it has.
    pub(super) fn focused_list(&mut self) -> Option<(&mut super::Cursor, usize)> {
        use super::actors::ActorsMode;
        use super::agenda::AgendaFocus;
        use super::log::LogFocus;
        let pane = self.ui.pane;
        let rows = match pane {
            Pane::Actors if self.ui.actors.detail_id().is_some() => self.detail_relations().len(),
            Pane::Agenda if self.ui.agenda.focus == AgendaFocus::Ambitions => {
                self.ws.ambitions.len()
            }
            Pane::Log if self.ui.log.focus == LogFocus::FollowUps => self.open_follow_ups().len(),
            _ => self.row_count(pane),
        };
        let ui = &mut self.ui;
        let cursor = match pane {
            Pane::Overview | Pane::Basis | Pane::Map => return None,
            Pane::Actors => match &mut ui.actors.mode {
                ActorsMode::Detail(d) => &mut d.relations,
                _ => &mut ui.actors.cursor,
            },
            Pane::Roles => &mut ui.roles.cursor,
            Pane::Identity => &mut ui.identity.cursor,
            Pane::Agenda => match ui.agenda.focus {
                AgendaFocus::Ambitions => &mut ui.agenda.ambitions,
                _ => &mut ui.agenda.topics,
            },
            Pane::Foundation => &mut ui.foundation.cursor,
            Pane::Log => match ui.log.focus {
                LogFocus::FollowUps => &mut ui.log.follow_ups,
                LogFocus::Entries => &mut ui.log.entries,
            },
        };
        Some((cursor, rows))
    }

    /// Moves the selection of the list that has the keys.
    pub(super) fn move_selection(&mut self, delta: isize) {
        let page = self.page_rows();
        if let Some((cursor, rows)) = self.focused_list() {
            cursor.move_by(delta, rows, page);
        }
    }

    /// Keeps the selection of the list that has the keys on screen.
    pub(super) fn scroll_into_view(&mut self) {
        let page = self.page_rows();
        if let Some((cursor, rows)) = self.focused_list() {
            cursor.select(cursor.row, rows, page);
        }
    }

    /// Records a committed edit: undoable, and saved by the loop because the generation moved.
    pub fn commit(&mut self, edit: Edit) {
        if edit.changes.is_empty() {
            return;
        }
        let touched = super::Touched::by(&edit);
        self.undo.push(edit);
        self.redo.clear();
        self.changed(touched);
    }

    fn changed(&mut self, touched: super::Touched) {
        self.generation += 1;
        self.refresh_after(&touched);
        if self
            .ui
            .actors
            .detail_id()
            .is_some_and(|id| self.ws.actor(id).is_none())
        {
            self.close_detail();
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
                let touched = super::Touched::by(&edit);
                self.redo.push(edit);
                self.changed(touched);
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
                let touched = super::Touched::by(&edit);
                self.undo.push(edit);
                self.changed(touched);
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
        let edit = crate::store::journal::apply_unseen(&mut self.ws, entries, &self.journal_seen);
        // Once taken in, an entry is not taken in again, even if the user deletes its record
        // before the journal is emptied.
        self.journal_seen
            .extend(entries.iter().map(crate::store::journal::Entry::id));
        let n = edit.changes.len();
        if n > 0 {
            self.commit(edit);
            let n = t::count(self.lang, n, t::N_CHANGE, t::N_CHANGES);
            self.say(t::JOURNAL_APPLIED, &[("n", &n)]);
        }
    }
}
