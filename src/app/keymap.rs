//! The one keymap table. The dispatcher, the footer hints and the `?` help all read it, so what
//! the help says is what the keys do.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::{Action, Pane, Toward};

mod labels;
mod overrides;

pub use labels::{describe, key_label, key_of, keys_label, markdown, pane_title, scope_hints};
pub use overrides::{KeyProblem, action_name, bindings, install};

/// Where a binding applies, from the most specific to the least.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Anywhere, even inside a dialog.
    Always,
    /// A yes/no confirmation is open.
    Confirm,
    /// The question what to do with typed text on quitting.
    QuitAsk,
    /// A log entry is open to read.
    Entry,
    /// The preview of an import.
    Import,
    /// The open conflicts of a merge.
    Conflicts,
    /// The timeline of snapshots.
    Timeline,
    /// The command palette (other keys go to its search).
    Palette,
    /// The meeting screen (other keys go to its typed line).
    Meeting,
    /// The question on leaving a meeting with something in it.
    LeaveMeeting,
    /// A form is open (other keys go to its text field).
    Form,
    /// A form is open and its focused field is a choice or a yes/no (then the form's keys).
    Choice,
    /// The help overlay is open.
    Help,
    /// The fuzzy actor picker is open (other keys go to its search).
    Picker,
    /// The notes editor is open (other keys go to the text).
    Notes,
    /// The search field has the keys (other keys go to it).
    Search,
    /// An actor's details are open.
    Detail,
    /// The agenda's engagement grid has the keys.
    Grid,
    /// An ambition is open in full.
    Ambition,
    /// In one pane.
    Pane(Pane),
    /// In every pane with a list.
    List,
    /// In every pane, when no dialog is open.
    Global,
}

/// A key with its modifiers.
pub type Key = (KeyCode, KeyModifiers);

const fn ch(c: char) -> Key {
    (KeyCode::Char(c), KeyModifiers::NONE)
}
const fn ctrl(c: char) -> Key {
    (KeyCode::Char(c), KeyModifiers::CONTROL)
}
const fn code(c: KeyCode) -> Key {
    (c, KeyModifiers::NONE)
}

/// One row of the table.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    /// Where it applies.
    pub scope: Scope,
    /// The keys, the first one shown in the footer.
    pub keys: &'static [Key],
    /// What they do.
    pub action: Action,
    /// Shown in the footer.
    pub hint: bool,
}

const fn b(scope: Scope, keys: &'static [Key], action: Action, hint: bool) -> Binding {
    Binding {
        scope,
        keys,
        action,
        hint,
    }
}

/// The table, one binding per line.
#[rustfmt::skip]
pub static BINDINGS: &[Binding] = &[
    b(Scope::Always, &[ctrl('c')], Action::Quit, false),
    b(Scope::Entry, &[code(KeyCode::Esc), code(KeyCode::Enter), ch('q')], Action::CloseOverlay, true),
    b(Scope::Entry, &[ch('j'), code(KeyCode::Down)], Action::ScrollDown, true),
    b(Scope::Entry, &[ch('k'), code(KeyCode::Up)], Action::ScrollUp, false),
    b(Scope::Entry, &[ch('m')], Action::ExportMinutes, true),
    b(Scope::Entry, &[ch('e')], Action::EditItem, true),
    b(Scope::Palette, &[code(KeyCode::Enter)], Action::Pick, true),
    b(Scope::Palette, &[code(KeyCode::Down), code(KeyCode::Tab)], Action::PickNext, true),
    b(Scope::Palette, &[code(KeyCode::Up), code(KeyCode::BackTab)], Action::PickPrev, false),
    b(Scope::Palette, &[code(KeyCode::Esc)], Action::CloseOverlay, true),
    b(Scope::Timeline, &[ch('j'), code(KeyCode::Down)], Action::OlderSnapshot, true),
    b(Scope::Timeline, &[ch('k'), code(KeyCode::Up)], Action::NewerSnapshot, false),
    b(Scope::Timeline, &[code(KeyCode::PageDown), ch(' ')], Action::ScrollDown, true),
    b(Scope::Timeline, &[code(KeyCode::PageUp)], Action::ScrollUp, false),
    b(Scope::Timeline, &[ch('s')], Action::TakeSnapshot, true),
    b(Scope::Timeline, &[code(KeyCode::Esc), ch('q')], Action::CloseOverlay, true),
    b(Scope::Conflicts, &[ch('h')], Action::KeepOurs, true),
    b(Scope::Conflicts, &[ch('t')], Action::TakeTheirs, true),
    b(Scope::Conflicts, &[ch('e')], Action::EditConflict, true),
    b(Scope::Conflicts, &[ch('j'), code(KeyCode::Down)], Action::ScrollDown, true),
    b(Scope::Conflicts, &[ch('k'), code(KeyCode::Up)], Action::ScrollUp, false),
    b(Scope::Conflicts, &[code(KeyCode::Esc), ch('q')], Action::CloseOverlay, true),
    b(Scope::Import, &[ch('y'), ch('j'), code(KeyCode::Enter)], Action::TakeImport, true),
    b(Scope::Import, &[ch('n'), code(KeyCode::Esc), ch('q')], Action::CloseOverlay, true),
    b(Scope::Import, &[code(KeyCode::Down)], Action::ScrollDown, true),
    b(Scope::Import, &[code(KeyCode::Up)], Action::ScrollUp, false),
    b(Scope::Meeting, &[ctrl('s')], Action::EndMeeting, true),
    b(Scope::Meeting, &[code(KeyCode::Tab)], Action::NextPart, true),
    b(Scope::Meeting, &[code(KeyCode::BackTab), (KeyCode::BackTab, KeyModifiers::SHIFT)], Action::PrevPart, false),
    b(Scope::Meeting, &[ch(' ')], Action::TickRow, true),
    b(Scope::Meeting, &[code(KeyCode::Enter)], Action::AddLine, true),
    b(Scope::Meeting, &[code(KeyCode::Down)], Action::SelectNext, false),
    b(Scope::Meeting, &[code(KeyCode::Up)], Action::SelectPrev, false),
    b(Scope::Meeting, &[code(KeyCode::Delete)], Action::RemoveLine, false),
    b(Scope::Meeting, &[code(KeyCode::Esc)], Action::LeaveMeeting, true),
    b(Scope::LeaveMeeting, &[ch('s'), ch('o'), code(KeyCode::Enter)], Action::EndMeeting, true),
    b(Scope::LeaveMeeting, &[ch('d'), ch('w')], Action::DiscardMeeting, true),
    b(Scope::LeaveMeeting, &[code(KeyCode::Esc)], Action::ConfirmNo, true),
    b(Scope::QuitAsk, &[ch('s'), ch('o')], Action::QuitSave, true),
    b(Scope::QuitAsk, &[ch('k'), ch('b'), code(KeyCode::Enter)], Action::QuitKeep, true),
    b(Scope::QuitAsk, &[ch('d'), ch('w')], Action::QuitDiscard, true),
    b(Scope::QuitAsk, &[code(KeyCode::Esc)], Action::ConfirmNo, true),
    b(Scope::Confirm, &[ch('y'), ch('j'), code(KeyCode::Enter)], Action::ConfirmYes, true),
    b(Scope::Confirm, &[ch('n'), code(KeyCode::Esc)], Action::ConfirmNo, true),
    b(Scope::Choice, &[code(KeyCode::Right), ch(' '), ch('l')], Action::NextChoice, true),
    b(Scope::Choice, &[code(KeyCode::Left), ch('h')], Action::PrevChoice, false),
    b(Scope::Form, &[code(KeyCode::Enter)], Action::SubmitForm, true),
    b(Scope::Form, &[code(KeyCode::Esc)], Action::CancelForm, true),
    b(Scope::Help, &[code(KeyCode::Esc), ch('?'), ch('q')], Action::CloseOverlay, true),
    b(Scope::Help, &[ch('j'), code(KeyCode::Down)], Action::ScrollDown, true),
    b(Scope::Help, &[ch('k'), code(KeyCode::Up)], Action::ScrollUp, false),
    b(Scope::Pane(Pane::Actors), &[ch('a')], Action::AddActor, true),
    b(Scope::Pane(Pane::Actors), &[ch('e')], Action::RenameActor, true),
    b(Scope::Pane(Pane::Actors), &[ch('d'), code(KeyCode::Delete)], Action::DeleteActor, true),
    b(Scope::Grid, &[ch('w')], Action::SetEngagement(1), true),
    b(Scope::Grid, &[ch('d')], Action::SetEngagement(2), true),
    b(Scope::Grid, &[ch('m')], Action::SetEngagement(3), true),
    b(Scope::Grid, &[ch('b')], Action::SetEngagement(4), true),
    b(Scope::Grid, &[ch('x'), ch(' '), code(KeyCode::Delete)], Action::SetEngagement(0), true),
    b(Scope::Grid, &[ch('h'), code(KeyCode::Left)], Action::FocusLeft, false),
    b(Scope::Grid, &[ch('l'), code(KeyCode::Right)], Action::FocusRight, false),
    b(Scope::Grid, &[ch('v'), code(KeyCode::Esc)], Action::ToggleGrid, true),
    b(Scope::Grid, &[ch('f')], Action::CycleCandidates, true),
    b(Scope::Grid, &[ch('p')], Action::Promote, true),
    b(Scope::Ambition, &[code(KeyCode::Esc), code(KeyCode::Backspace)], Action::CloseDetail, true),
    b(Scope::Ambition, &[ch('e')], Action::EditItem, true),
    b(Scope::Ambition, &[ch('+'), ch('=')], Action::AddMember, true),
    b(Scope::Ambition, &[ch('-')], Action::RemoveMember, true),
    b(Scope::Ambition, &[ch('L')], Action::ChooseLeader, true),
    b(Scope::Ambition, &[ch('i')], Action::AddInvestment, true),
    b(Scope::Ambition, &[ch('j'), code(KeyCode::Down)], Action::ScrollDown, false),
    b(Scope::Ambition, &[ch('k'), code(KeyCode::Up)], Action::ScrollUp, false),
    b(Scope::Pane(Pane::Agenda), &[code(KeyCode::Enter)], Action::OpenDetail, true),
    b(Scope::Pane(Pane::Agenda), &[ch('a')], Action::AddItem, true),
    b(Scope::Pane(Pane::Agenda), &[ch('e')], Action::EditItem, true),
    b(Scope::Pane(Pane::Agenda), &[ch('d'), code(KeyCode::Delete)], Action::DeleteItem, false),
    b(Scope::Pane(Pane::Agenda), &[ch('v')], Action::ToggleGrid, true),
    b(Scope::Pane(Pane::Agenda), &[ch('p')], Action::Promote, true),
    b(Scope::Pane(Pane::Agenda), &[ch('f')], Action::CycleCandidates, true),
    b(Scope::Pane(Pane::Agenda), &[ch('h'), code(KeyCode::Left)], Action::FocusLeft, false),
    b(Scope::Pane(Pane::Agenda), &[ch('l'), code(KeyCode::Right)], Action::FocusRight, false),
    b(Scope::Pane(Pane::Agenda), &[ch('+'), ch('=')], Action::AddMember, false),
    b(Scope::Pane(Pane::Agenda), &[ch('-')], Action::RemoveMember, false),
    b(Scope::Pane(Pane::Agenda), &[ch('L')], Action::ChooseLeader, false),
    b(Scope::Pane(Pane::Agenda), &[ch('i')], Action::AddInvestment, false),
    b(Scope::Pane(Pane::Basis), &[ch('n'), code(KeyCode::Right)], Action::NextScreen, true),
    b(Scope::Pane(Pane::Basis), &[ch('p'), code(KeyCode::Left)], Action::PrevScreen, true),
    b(Scope::Pane(Pane::Basis), &[code(KeyCode::Enter)], Action::EditAnswer, true),
    b(Scope::Pane(Pane::Basis), &[ch('t')], Action::AnswerNotes, true),
    b(Scope::Pane(Pane::Basis), &[ch('c')], Action::CompareRounds, true),
    b(Scope::Pane(Pane::Basis), &[ch('R')], Action::NewRound, false),
    b(Scope::Pane(Pane::Basis), &[ch('j'), code(KeyCode::Down)], Action::ScrollDown, false),
    b(Scope::Pane(Pane::Basis), &[ch('k'), code(KeyCode::Up)], Action::ScrollUp, false),
    b(Scope::Pane(Pane::Log), &[ch('a')], Action::AddItem, true),
    b(Scope::Pane(Pane::Log), &[ch('v')], Action::StartMeeting, true),
    b(Scope::Pane(Pane::Log), &[ch('c')], Action::CheckIn, true),
    b(Scope::Pane(Pane::Log), &[ch('f')], Action::ToggleFollowUps, true),
    b(Scope::Pane(Pane::Log), &[ch('x'), ch(' ')], Action::ToggleDone, true),
    b(Scope::Pane(Pane::Log), &[ch('m')], Action::ExportMinutes, true),
    b(Scope::Pane(Pane::Log), &[code(KeyCode::Enter)], Action::OpenEntry, true),
    b(Scope::Pane(Pane::Log), &[ch('/')], Action::Search, false),
    b(Scope::Pane(Pane::Log), &[ch('e')], Action::EditItem, false),
    b(Scope::Pane(Pane::Log), &[code(KeyCode::Esc)], Action::ClearSearch, false),
    b(Scope::Pane(Pane::Log), &[ch('d'), code(KeyCode::Delete)], Action::DeleteItem, false),
    b(Scope::Pane(Pane::Map), &[code(KeyCode::Left)], Action::Nearest(Toward::Left), false),
    b(Scope::Pane(Pane::Map), &[code(KeyCode::Right)], Action::Nearest(Toward::Right), false),
    b(Scope::Pane(Pane::Map), &[code(KeyCode::Up)], Action::Nearest(Toward::Up), false),
    b(Scope::Pane(Pane::Map), &[code(KeyCode::Down)], Action::Nearest(Toward::Down), true),
    b(Scope::Pane(Pane::Map), &[code(KeyCode::Enter)], Action::OpenDetail, true),
    b(Scope::Pane(Pane::Map), &[ch('+'), ch('=')], Action::ZoomIn, false),
    b(Scope::Pane(Pane::Map), &[ch('-')], Action::ZoomOut, false),
    b(Scope::Pane(Pane::Map), &[ch('h')], Action::Pan(Toward::Left), false),
    b(Scope::Pane(Pane::Map), &[ch('l')], Action::Pan(Toward::Right), false),
    b(Scope::Pane(Pane::Map), &[ch('k')], Action::Pan(Toward::Up), false),
    b(Scope::Pane(Pane::Map), &[ch('j')], Action::Pan(Toward::Down), false),
    b(Scope::Pane(Pane::Map), &[ch('e')], Action::CycleEgo, true),
    b(Scope::Pane(Pane::Map), &[ch('a')], Action::CycleAmbition, true),
    b(Scope::Pane(Pane::Map), &[ch('p')], Action::PinMap, true),
    b(Scope::Pane(Pane::Map), &[code(KeyCode::Esc)], Action::ClearSearch, false),
    b(Scope::Pane(Pane::Identity), &[ch('h'), code(KeyCode::Left)], Action::FocusLeft, true),
    b(Scope::Pane(Pane::Identity), &[ch('l'), code(KeyCode::Right)], Action::FocusRight, true),
    b(Scope::Form, &[code(KeyCode::Tab), code(KeyCode::Down)], Action::NextField, true),
    b(Scope::Form, &[code(KeyCode::BackTab), (KeyCode::BackTab, KeyModifiers::SHIFT), code(KeyCode::Up),], Action::PrevField, false),
    b(Scope::Picker, &[code(KeyCode::Enter)], Action::Pick, true),
    b(Scope::Picker, &[code(KeyCode::Down), code(KeyCode::Tab)], Action::PickNext, true),
    b(Scope::Picker, &[code(KeyCode::Up), code(KeyCode::BackTab)], Action::PickPrev, false),
    b(Scope::Picker, &[code(KeyCode::Esc)], Action::CloseOverlay, true),
    b(Scope::Notes, &[code(KeyCode::Esc)], Action::LeaveEditor, true),
    b(Scope::Search, &[code(KeyCode::Enter)], Action::KeepSearch, true),
    b(Scope::Search, &[code(KeyCode::Esc)], Action::ClearSearch, true),
    b(Scope::Detail, &[code(KeyCode::Esc), code(KeyCode::Backspace)], Action::CloseDetail, true),
    b(Scope::Detail, &[ch('e')], Action::EditActor, true),
    b(Scope::Detail, &[ch('n')], Action::EditNotes, true),
    b(Scope::Detail, &[ch('r')], Action::AddRelation, true),
    b(Scope::Detail, &[ch('x')], Action::DeleteRelation, true),
    b(Scope::Detail, &[ch('m')], Action::MergeActor, true),
    b(Scope::Detail, &[ch('d')], Action::DeleteActor, false),
    b(Scope::Pane(Pane::Actors), &[code(KeyCode::Enter)], Action::OpenDetail, true),
    b(Scope::Pane(Pane::Actors), &[ch('/')], Action::Search, true),
    b(Scope::Pane(Pane::Actors), &[ch('s')], Action::CycleSort, true),
    b(Scope::Pane(Pane::Actors), &[ch('v')], Action::ToggleRingView, true),
    b(Scope::Pane(Pane::Actors), &[ch('m')], Action::MergeActor, false),
    b(Scope::Pane(Pane::Actors), &[code(KeyCode::Esc)], Action::ClearSearch, false),
    b(Scope::Pane(Pane::Actors), &[ch('i')], Action::Import, true),
    b(Scope::Pane(Pane::Foundation), &[ch('a')], Action::AddItem, true),
    b(Scope::Pane(Pane::Foundation), &[ch('e')], Action::EditItem, true),
    b(Scope::Pane(Pane::Foundation), &[ch('d'), code(KeyCode::Delete)], Action::DeleteItem, true),
    b(Scope::Pane(Pane::Foundation), &[ch('b')], Action::EditBasics, true),
    b(Scope::Pane(Pane::Identity), &[ch('a')], Action::AddItem, true),
    b(Scope::Pane(Pane::Identity), &[ch('+'), ch('=')], Action::AddDot, true),
    b(Scope::Pane(Pane::Identity), &[ch('-')], Action::TakeDot, true),
    b(Scope::Pane(Pane::Identity), &[ch('w')], Action::CycleWeight, true),
    b(Scope::Pane(Pane::Identity), &[ch('e')], Action::EditItem, false),
    b(Scope::Pane(Pane::Identity), &[ch('d'), code(KeyCode::Delete)], Action::DeleteItem, false),
    b(Scope::Pane(Pane::Identity), &[ch('n')], Action::NewSession, false),
    b(Scope::Pane(Pane::Identity), &[ch('c')], Action::ToggleCompare, true),
    b(Scope::Pane(Pane::Identity), &[ch('s')], Action::OtherSession, true),
    b(Scope::Pane(Pane::Identity), &[ch('y')], Action::CopyWord, false),
    b(Scope::Pane(Pane::Identity), &[ch('S')], Action::EditSession, false),
    b(Scope::Pane(Pane::Roles), &[ch('r')], Action::StartRole, true),
    b(Scope::Pane(Pane::Roles), &[ch('x')], Action::EndRole, true),
    b(Scope::Pane(Pane::Roles), &[ch('o')], Action::ToggleOrientation, true),
    b(Scope::List, &[ch('j'), code(KeyCode::Down)], Action::SelectNext, false),
    b(Scope::List, &[ch('k'), code(KeyCode::Up)], Action::SelectPrev, false),
    b(Scope::List, &[ch('g'), code(KeyCode::Home)], Action::SelectFirst, false),
    b(Scope::List, &[(KeyCode::Char('G'), KeyModifiers::SHIFT), ch('G'), code(KeyCode::End),], Action::SelectLast, false),
    b(Scope::List, &[code(KeyCode::PageDown), ctrl('d')], Action::PageDown, false),
    b(Scope::List, &[code(KeyCode::PageUp), ctrl('u')], Action::PageUp, false),
    b(Scope::Global, &[ch('u')], Action::Undo, true),
    b(Scope::Global, &[ctrl('r')], Action::Redo, true),
    b(Scope::Global, &[ch('1')], Action::ShowPane(Pane::Overview), false),
    b(Scope::Global, &[ch('2')], Action::ShowPane(Pane::Basis), false),
    b(Scope::Global, &[ch('3')], Action::ShowPane(Pane::Actors), false),
    b(Scope::Global, &[ch('4')], Action::ShowPane(Pane::Roles), false),
    b(Scope::Global, &[ch('5')], Action::ShowPane(Pane::Identity), false),
    b(Scope::Global, &[ch('6')], Action::ShowPane(Pane::Agenda), false),
    b(Scope::Global, &[ch('7')], Action::ShowPane(Pane::Foundation), false),
    b(Scope::Global, &[ch('8')], Action::ShowPane(Pane::Log), false),
    b(Scope::Global, &[ch('9')], Action::ShowPane(Pane::Map), false),
    b(Scope::Global, &[code(KeyCode::Tab)], Action::NextPane, false),
    b(Scope::Global, &[code(KeyCode::BackTab), (KeyCode::BackTab, KeyModifiers::SHIFT),], Action::PrevPane, false),
    b(Scope::Global, &[ch('?')], Action::ToggleHelp, true),
    b(Scope::Global, &[ch('C')], Action::OpenConflicts, false),
    b(Scope::Global, &[ch('T')], Action::OpenTimeline, false),
    b(Scope::Global, &[ch('B')], Action::DecideCycle, false),
    b(Scope::Global, &[ch(':')], Action::OpenPalette, true),
    b(Scope::Global, &[ch('q')], Action::Quit, true),
];

/// The scopes that apply, most specific first, for what is open on screen.
pub fn scopes(pane: Pane, dialog: Option<Scope>) -> Vec<Scope> {
    let mut s = vec![Scope::Always];
    match dialog {
        Some(d @ (Scope::Detail | Scope::Grid | Scope::Ambition)) => s.push(d),
        Some(Scope::Choice) => {
            s.extend([Scope::Choice, Scope::Form]);
            return s;
        }
        Some(d) => {
            s.push(d);
            return s;
        }
        None => s.push(Scope::Pane(pane)),
    }
    s.push(Scope::List);
    s.push(Scope::Global);
    s
}

/// The action for a key in the given scopes; `None` lets a form's text field have the key.
pub fn action_for(scopes: &[Scope], key: KeyEvent) -> Option<Action> {
    let pressed = (key.code, key.modifiers);
    // Terminals report shifted letters with and without SHIFT; compare without it for chars.
    let plain = match key.code {
        KeyCode::Char(_) => (key.code, key.modifiers - KeyModifiers::SHIFT),
        _ => pressed,
    };
    scopes.iter().find_map(|scope| {
        bindings()
            .iter()
            .filter(|b| b.scope == *scope)
            .find(|b| b.keys.iter().any(|k| *k == pressed || *k == plain))
            .map(|b| b.action)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(c: KeyCode, m: KeyModifiers) -> KeyEvent {
        KeyEvent::new(c, m)
    }

    #[test]
    fn dialogs_take_keys_before_panes() {
        let confirm = scopes(Pane::Actors, Some(Scope::Confirm));
        assert_eq!(
            action_for(&confirm, key(KeyCode::Char('j'), KeyModifiers::NONE)),
            Some(Action::ConfirmYes)
        );
        let list = scopes(Pane::Actors, None);
        assert_eq!(
            action_for(&list, key(KeyCode::Char('j'), KeyModifiers::NONE)),
            Some(Action::SelectNext)
        );
        let form = scopes(Pane::Actors, Some(Scope::Form));
        assert_eq!(
            action_for(&form, key(KeyCode::Char('q'), KeyModifiers::NONE)),
            None
        );
        assert_eq!(
            action_for(&form, key(KeyCode::Char('c'), KeyModifiers::CONTROL)),
            Some(Action::Quit)
        );
        assert_eq!(
            action_for(&list, key(KeyCode::Char('G'), KeyModifiers::SHIFT)),
            Some(Action::SelectLast)
        );
    }

    #[test]
    fn no_key_is_bound_twice_in_one_scope() {
        for (i, a) in BINDINGS.iter().enumerate() {
            for b in &BINDINGS[i + 1..] {
                if a.scope == b.scope {
                    assert!(
                        a.keys.iter().all(|k| !b.keys.contains(k)),
                        "{:?} and {:?}",
                        a.action,
                        b.action
                    );
                }
            }
        }
    }
}
