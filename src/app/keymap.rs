//! The one keymap table. The dispatcher, the footer hints and the `?` help all read it, so what
//! the help says is what the keys do.

use std::fmt::Write as _;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::{Action, Pane};
use crate::i18n::{L, Lang};

/// Where a binding applies, from the most specific to the least.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Anywhere, even inside a dialog.
    Always,
    /// A yes/no confirmation is open.
    Confirm,
    /// A form is open (other keys go to its text field).
    Form,
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
    b(Scope::Confirm, &[ch('y'), ch('j'), code(KeyCode::Enter)], Action::ConfirmYes, true),
    b(Scope::Confirm, &[ch('n'), code(KeyCode::Esc)], Action::ConfirmNo, true),
    b(Scope::Form, &[code(KeyCode::Enter)], Action::SubmitForm, true),
    b(Scope::Form, &[code(KeyCode::Esc)], Action::CancelForm, true),
    b(Scope::Help, &[code(KeyCode::Esc), ch('?'), ch('q')], Action::CloseOverlay, true),
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
    b(Scope::Pane(Pane::Log), &[ch('a')], Action::AddItem, true),
    b(Scope::Pane(Pane::Log), &[ch('c')], Action::CheckIn, true),
    b(Scope::Pane(Pane::Log), &[ch('f')], Action::ToggleFollowUps, true),
    b(Scope::Pane(Pane::Log), &[ch('x'), ch(' ')], Action::ToggleDone, true),
    b(Scope::Pane(Pane::Log), &[ch('d'), code(KeyCode::Delete)], Action::DeleteItem, false),
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
    b(Scope::Global, &[code(KeyCode::Tab)], Action::NextPane, false),
    b(Scope::Global, &[code(KeyCode::BackTab), (KeyCode::BackTab, KeyModifiers::SHIFT),], Action::PrevPane, false),
    b(Scope::Global, &[ch('?')], Action::ToggleHelp, true),
    b(Scope::Global, &[ch('q')], Action::Quit, true),
];

/// The scopes that apply, most specific first, for what is open on screen.
pub fn scopes(pane: Pane, dialog: Option<Scope>) -> Vec<Scope> {
    let mut s = vec![Scope::Always];
    match dialog {
        Some(d @ (Scope::Detail | Scope::Grid)) => s.push(d),
        Some(d) => {
            s.push(d);
            return s;
        }
        None => s.push(Scope::Pane(pane)),
    }
    if pane != Pane::Overview {
        s.push(Scope::List);
    }
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
        BINDINGS
            .iter()
            .filter(|b| b.scope == *scope)
            .find(|b| b.keys.iter().any(|k| *k == pressed || *k == plain))
            .map(|b| b.action)
    })
}

/// How a key is written in the footer and help.
pub fn key_label(key: Key) -> String {
    let (code, mods) = key;
    let base = match code {
        KeyCode::Char(' ') => "Space".to_owned(),
        KeyCode::Char(c) => c.to_string(),
        KeyCode::Enter => "Enter".to_owned(),
        KeyCode::Esc => "Esc".to_owned(),
        KeyCode::Tab => "Tab".to_owned(),
        KeyCode::BackTab => "S-Tab".to_owned(),
        KeyCode::Up => "↑".to_owned(),
        KeyCode::Down => "↓".to_owned(),
        KeyCode::Left => "←".to_owned(),
        KeyCode::Right => "→".to_owned(),
        KeyCode::Home => "Home".to_owned(),
        KeyCode::End => "End".to_owned(),
        KeyCode::PageUp => "PgUp".to_owned(),
        KeyCode::PageDown => "PgDn".to_owned(),
        KeyCode::Delete => "Del".to_owned(),
        other => format!("{other:?}"),
    };
    if mods.contains(KeyModifiers::CONTROL) {
        format!("C-{base}")
    } else {
        base
    }
}

/// All keys of a binding, for the help: `j/↓`.
pub fn keys_label(binding: &Binding) -> String {
    let mut labels: Vec<String> = Vec::new();
    for k in binding.keys {
        let l = key_label(*k);
        if !labels.contains(&l) {
            labels.push(l);
        }
    }
    labels.join("/")
}

/// What an action does, for the footer (short) and the help.
pub fn describe(action: Action, lang: Lang) -> &'static str {
    use crate::i18n as t;
    let l: L = match action {
        Action::ShowPane(p) => pane_title(p),
        Action::Quit => t::ACT_QUIT,
        Action::NextPane => t::ACT_NEXT_PANE,
        Action::PrevPane => t::ACT_PREV_PANE,
        Action::ToggleHelp => t::ACT_TOGGLE_HELP,
        Action::SelectNext => t::ACT_SELECT_NEXT,
        Action::SelectPrev => t::ACT_SELECT_PREV,
        Action::SelectFirst => t::ACT_SELECT_FIRST,
        Action::SelectLast => t::ACT_SELECT_LAST,
        Action::PageDown => t::ACT_PAGE_DOWN,
        Action::PageUp => t::ACT_PAGE_UP,
        Action::FocusLeft => t::ACT_FOCUS_LEFT,
        Action::FocusRight => t::ACT_FOCUS_RIGHT,
        Action::AddActor | Action::AddItem => t::ACT_ADD_ACTOR,
        Action::RenameActor => t::ACT_RENAME_ACTOR,
        Action::DeleteActor | Action::DeleteItem => t::ACT_DELETE_ACTOR,
        Action::Undo => t::ACT_UNDO,
        Action::Redo => t::ACT_REDO,
        Action::SubmitForm => t::ACT_SUBMIT_FORM,
        Action::CancelForm => t::ACT_CANCEL_FORM,
        Action::ConfirmYes => t::ACT_CONFIRM_YES,
        Action::ConfirmNo => t::ACT_CONFIRM_NO,
        Action::CloseOverlay => t::ACT_CLOSE_OVERLAY,
        Action::Search => t::ACT_SEARCH,
        Action::KeepSearch => t::ACT_KEEP_SEARCH,
        Action::ClearSearch => t::ACT_CLEAR_SEARCH,
        Action::CycleSort => t::ACT_CYCLE_SORT,
        Action::ToggleRingView => t::ACT_RING_VIEW,
        Action::OpenDetail => t::ACT_OPEN_DETAIL,
        Action::CloseDetail => t::ACT_CLOSE_DETAIL,
        Action::EditActor | Action::EditItem => t::ACT_EDIT_ACTOR,
        Action::EditNotes => t::ACT_EDIT_NOTES,
        Action::LeaveEditor => t::ACT_LEAVE_EDITOR,
        Action::AddRelation => t::ACT_ADD_RELATION,
        Action::DeleteRelation => t::ACT_DELETE_RELATION,
        Action::MergeActor => t::ACT_MERGE_ACTOR,
        Action::NextField => t::ACT_NEXT_FIELD,
        Action::PrevField => t::ACT_PREV_FIELD,
        Action::PickNext => t::ACT_PICK_NEXT,
        Action::PickPrev => t::ACT_PICK_PREV,
        Action::Pick => t::ACT_PICK,
        Action::StartRole => t::ACT_START_ROLE,
        Action::EndRole => t::ACT_END_ROLE,
        Action::ToggleOrientation => t::ACT_TOGGLE_ORIENTATION,
        Action::EditBasics => t::ACT_EDIT_BASICS,
        Action::AddDot => t::ACT_ADD_DOT,
        Action::TakeDot => t::ACT_TAKE_DOT,
        Action::CycleWeight => t::ACT_CYCLE_WEIGHT,
        Action::NewSession => t::ACT_NEW_SESSION,
        Action::ToggleCompare => t::ACT_COMPARE,
        Action::CheckIn => t::ACT_CHECKIN,
        Action::ToggleFollowUps => t::ACT_FOLLOW_UPS,
        Action::ToggleDone => t::ACT_DONE,
        Action::ToggleGrid => t::ACT_GRID,
        Action::SetEngagement(0) => t::ACT_LEVEL_CLEAR,
        Action::SetEngagement(1) => t::LEVEL_WETEN,
        Action::SetEngagement(2) => t::LEVEL_MEEDENKEN,
        Action::SetEngagement(3) => t::LEVEL_MEEDOEN,
        Action::SetEngagement(_) => t::LEVEL_MEEBEPALEN,
        Action::CycleCandidates => t::ACT_CANDIDATES,
        Action::Promote => t::ACT_PROMOTE,
        Action::AddMember => t::ACT_ADD_MEMBER,
        Action::RemoveMember => t::ACT_REMOVE_MEMBER,
        Action::ChooseLeader => t::ACT_LEADER,
        Action::AddInvestment => t::ACT_INVESTMENT,
        Action::NextScreen => t::ACT_NEXT_SCREEN,
        Action::PrevScreen => t::ACT_PREV_SCREEN,
        Action::EditAnswer => t::ACT_EDIT_ANSWER,
        Action::AnswerNotes => t::ACT_ANSWER_NOTES,
        Action::NewRound => t::ACT_NEW_ROUND,
        Action::CompareRounds => t::ACT_COMPARE_ROUNDS,
    };
    lang.pick(l)
}

/// Where a binding applies, in English words, for the README's key table.
fn scope_name(scope: Scope) -> String {
    match scope {
        Scope::Always => "anywhere, even in a dialog".to_owned(),
        Scope::Confirm => "a yes/no question".to_owned(),
        Scope::Form => "a form".to_owned(),
        Scope::Help => "the help".to_owned(),
        Scope::Picker => "the actor picker".to_owned(),
        Scope::Notes => "the notes editor".to_owned(),
        Scope::Search => "the search field".to_owned(),
        Scope::Detail => "an actor's details".to_owned(),
        Scope::Grid => "the engagement grid".to_owned(),
        Scope::Pane(p) => format!("{} pane", Lang::En.pick(pane_title(p))),
        Scope::List => "every list".to_owned(),
        Scope::Global => "every pane".to_owned(),
    }
}

/// The key table in Markdown, made from [`BINDINGS`]: the README carries exactly this, and a
/// test keeps the two equal.
pub fn markdown() -> String {
    let mut order: Vec<Scope> = vec![Scope::Global, Scope::List];
    order.extend(Pane::ALL.iter().map(|p| Scope::Pane(*p)));
    order.extend([
        Scope::Detail,
        Scope::Grid,
        Scope::Search,
        Scope::Form,
        Scope::Picker,
        Scope::Notes,
        Scope::Confirm,
        Scope::Help,
        Scope::Always,
    ]);
    let mut out = String::from("| where | keys | what it does |\n| --- | --- | --- |\n");
    for scope in order {
        for b in BINDINGS.iter().filter(|b| b.scope == scope) {
            let keys: Vec<String> = keys_label(b).split('/').map(|k| format!("`{k}`")).collect();
            let _ = writeln!(
                out,
                "| {} | {} | {} |",
                scope_name(scope),
                keys.join(" "),
                describe(b.action, Lang::En)
            );
        }
    }
    out
}

/// A pane's tab title.
pub const fn pane_title(pane: Pane) -> L {
    use crate::i18n as t;
    match pane {
        Pane::Overview => t::PANE_OVERVIEW,
        Pane::Basis => t::PANE_BASIS,
        Pane::Actors => t::PANE_ACTORS,
        Pane::Roles => t::PANE_ROLES,
        Pane::Identity => t::PANE_IDENTITY,
        Pane::Agenda => t::PANE_AGENDA,
        Pane::Foundation => t::PANE_FOUNDATION,
        Pane::Log => t::PANE_LOG,
    }
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
