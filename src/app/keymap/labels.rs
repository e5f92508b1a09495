//! How the keymap reads to people: key names, what each action does (for the footer and the
//! help), pane titles, and the README's key table.

use std::fmt::Write as _;

use ratatui::crossterm::event::{KeyCode, KeyModifiers};

use super::{BINDINGS, Binding, Key, Scope};
use crate::app::{Action, Pane};
use crate::i18n::{L, Lang};

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

/// The key a sentence on screen names for `action`: its first key as the user's settings
/// have it, so the words follow a key moved in `knoop.toml`.
pub fn key_of(action: Action) -> String {
    super::bindings()
        .iter()
        .find(|b| b.action == action)
        .map_or_else(String::new, |b| key_label(b.keys[0]))
}

/// The hinted keys of one scope on one line, `j/↓ scroll · m minutes`, for a window that
/// names its own keys.
pub fn scope_hints(scope: Scope, lang: Lang) -> String {
    super::bindings()
        .iter()
        .filter(|b| b.scope == scope && b.hint)
        .map(|b| format!("{} {}", keys_label(b), describe(b.action, lang)))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// What an action does, for the footer (short) and the help.
// One arm per action: a table, as long as there are actions.
#[allow(clippy::too_many_lines)]
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
        Action::DecideCycle => t::ACT_DECIDE,
        Action::ToggleCompare => t::ACT_COMPARE,
        Action::OtherSession => t::ACT_OTHER_SESSION,
        Action::EditSession => t::ACT_EDIT_SESSION,
        Action::CopyWord => t::ACT_COPY_WORD,
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
        Action::NextChoice => t::ACT_NEXT_CHOICE,
        Action::QuitSave => t::ACT_QUIT_SAVE,
        Action::ExportMinutes => t::ACT_MINUTES,
        Action::Import => t::ACT_IMPORT,
        Action::OpenConflicts => t::ACT_CONFLICTS,
        Action::OpenTimeline => t::ACT_TIMELINE,
        Action::OpenPalette => t::ACT_PALETTE,
        Action::TakeSnapshot => t::ACT_SNAPSHOT,
        Action::OlderSnapshot => t::ACT_OLDER,
        Action::NewerSnapshot => t::ACT_NEWER,
        Action::KeepOurs => t::ACT_KEEP_OURS,
        Action::TakeTheirs => t::ACT_TAKE_THEIRS,
        Action::EditConflict => t::ACT_EDIT_CONFLICT,
        Action::TakeImport => t::ACT_TAKE_IMPORT,
        Action::OpenEntry => t::ACT_OPEN_ENTRY,
        Action::ScrollDown => t::ACT_SCROLL_DOWN,
        Action::ScrollUp => t::ACT_SCROLL_UP,
        Action::QuitKeep => t::ACT_QUIT_KEEP,
        Action::QuitDiscard => t::ACT_QUIT_DISCARD,
        Action::PrevChoice => t::ACT_PREV_CHOICE,
        Action::StartMeeting => t::ACT_START_MEETING,
        Action::NextPart => t::ACT_NEXT_PART,
        Action::PrevPart => t::ACT_PREV_PART,
        Action::AddLine => t::ACT_ADD_LINE,
        Action::TickRow => t::ACT_TICK_ROW,
        Action::RemoveLine => t::ACT_REMOVE_LINE,
        Action::EndMeeting => t::ACT_END_MEETING,
        Action::LeaveMeeting => t::ACT_LEAVE_MEETING,
        Action::DiscardMeeting => t::ACT_DISCARD_MEETING,
        Action::Nearest(_) => t::ACT_NEAREST,
        Action::Pan(_) => t::ACT_PAN,
        Action::ZoomIn => t::ACT_ZOOM_IN,
        Action::ZoomOut => t::ACT_ZOOM_OUT,
        Action::CycleEgo => t::ACT_CYCLE_EGO,
        Action::CycleAmbition => t::ACT_CYCLE_AMBITION,
        Action::PinMap => t::ACT_PIN_MAP,
    };
    lang.pick(l)
}

/// Where a binding applies, in English words, for the README's key table.
fn scope_name(scope: Scope) -> String {
    match scope {
        Scope::Always => "anywhere, even in a dialog".to_owned(),
        Scope::Confirm => "a yes/no question".to_owned(),
        Scope::QuitAsk => "quitting with typed text".to_owned(),
        Scope::Entry => "a log entry, open".to_owned(),
        Scope::Import => "the import preview".to_owned(),
        Scope::Conflicts => "the conflicts of a merge".to_owned(),
        Scope::Timeline => "the timeline of snapshots".to_owned(),
        Scope::Palette => "the command palette".to_owned(),
        Scope::Meeting => "the meeting screen".to_owned(),
        Scope::LeaveMeeting => "leaving a meeting".to_owned(),
        Scope::Form => "a form".to_owned(),
        Scope::Choice => "a choice in a form".to_owned(),
        Scope::Help => "the help".to_owned(),
        Scope::Picker => "the actor picker".to_owned(),
        Scope::Notes => "the notes editor".to_owned(),
        Scope::Search => "the search field".to_owned(),
        Scope::Detail => "an actor's details".to_owned(),
        Scope::Grid => "the engagement grid".to_owned(),
        Scope::Ambition => "an ambition, open".to_owned(),
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
        Scope::Ambition,
        Scope::Search,
        Scope::Form,
        Scope::Choice,
        Scope::Picker,
        Scope::Notes,
        Scope::Entry,
        Scope::Import,
        Scope::Conflicts,
        Scope::Timeline,
        Scope::Palette,
        Scope::Meeting,
        Scope::LeaveMeeting,
        Scope::Confirm,
        Scope::QuitAsk,
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
        Pane::Map => t::PANE_MAP,
    }
}
