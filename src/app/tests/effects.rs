//! Messages in, effects out: what the loop is asked to do, without a terminal or a disk.

use ratatui::crossterm::event::KeyCode;

use super::{app_with, press, typ};
use crate::app::{Action, Effect, Msg, SaveState};
use crate::store::SaveError;
use crate::store::saver::SaveReport;

fn saves(effects: &[Effect]) -> Vec<u64> {
    effects
        .iter()
        .filter_map(|e| match e {
            Effect::Save(job) => Some(job.generation),
            _ => None,
        })
        .collect()
}

fn report(generation: u64, outcome: Result<(), SaveError>) -> Msg {
    Msg::Saved(SaveReport {
        generation,
        outcome,
        conflict_copy: None,
    })
}

#[test]
fn a_committed_edit_asks_for_a_save_of_a_snapshot_that_holds_it() {
    let mut app = app_with(&["GGD"]);
    app.autosave = true;
    assert!(saves(&app.update(Action::ShowPane(crate::app::Pane::Actors))).is_empty());
    press(&mut app, KeyCode::Char('a'));
    typ(&mut app, "Woonstichting");
    let effects = app.handle_event(&ratatui::crossterm::event::Event::Key(
        ratatui::crossterm::event::KeyEvent::new(
            KeyCode::Enter,
            ratatui::crossterm::event::KeyModifiers::NONE,
        ),
    ));
    assert!(
        saves(&effects).is_empty(),
        "the key is not held up by a snapshot"
    );
    assert_eq!(app.wake_in(), Some(crate::store::persist::QUIET));
    // The loop's poll runs out after the pause: now the snapshot goes to the writer.
    let effects = app.update(Msg::Tick);
    let Some(Effect::Save(job)) = effects.first() else {
        panic!("no save asked for: {effects:?}");
    };
    assert_eq!(job.generation, 1);
    assert!(
        job.snapshot
            .actors
            .iter()
            .any(|a| a.name == "Woonstichting")
    );
    assert_eq!(app.persist.state(), &SaveState::Saving);

    // While the save is under way, further edits wait and go out together.
    app.update(Action::Undo);
    assert!(saves(&app.update(Action::Redo)).is_empty());
    let effects = app.update(report(1, Ok(())));
    assert_eq!(saves(&effects), [3], "the newest state follows at once");
    assert!(
        !effects.iter().any(|e| matches!(e, Effect::TrimJournal(..))),
        "generation 1 is no longer what the app holds"
    );
    let effects = app.update(report(3, Ok(())));
    assert!(matches!(effects.as_slice(), [Effect::TrimJournal(s, _)] if s.actors.len() == 2));
    assert!(matches!(app.persist.state(), SaveState::Saved(t) if !t.is_empty()));
}

#[test]
fn a_failed_save_shows_not_saved_and_is_retried_later_not_at_once() {
    let mut app = app_with(&[]);
    app.autosave = true;
    app.update(Action::ShowPane(crate::app::Pane::Actors));
    press(&mut app, KeyCode::Char('a'));
    typ(&mut app, "GGD");
    press(&mut app, KeyCode::Enter);
    assert_eq!(saves(&app.update(Msg::Tick)), [1]);
    let effects = app.update(report(1, Err(SaveError::Io("No space left".into()))));
    assert!(saves(&effects).is_empty(), "no retry in a tight loop");
    assert_eq!(
        app.persist.state(),
        &SaveState::NotSaved("No space left".into())
    );
    assert!(app.persist.busy(), "the loop keeps waking for the retry");
    assert!(saves(&app.update(Msg::Tick)).is_empty());
    // On the way out the failed state is handed over once more.
    assert_eq!(saves(&app.update(Msg::Leave)), [1]);
}

#[test]
fn file_changed_on_disk_and_quit_are_reported() {
    let mut app = app_with(&[]);
    app.autosave = true;
    app.update(Msg::FileChanged);
    assert_eq!(app.persist.state(), &SaveState::ChangedOnDisk(None));
    let effects = app.update(Action::Quit);
    assert!(matches!(effects.as_slice(), [Effect::Quit]));
}

#[test]
fn without_a_writer_nothing_is_asked_for() {
    let mut app = app_with(&[]);
    app.update(Action::ShowPane(crate::app::Pane::Actors));
    press(&mut app, KeyCode::Char('a'));
    typ(&mut app, "GGD");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.generation, 1);
    assert!(saves(&app.update(Msg::Leave)).is_empty());
}

fn ctrl_c(app: &mut crate::app::App) -> Vec<Effect> {
    app.handle_event(&ratatui::crossterm::event::Event::Key(
        ratatui::crossterm::event::KeyEvent::new(
            KeyCode::Char('c'),
            ratatui::crossterm::event::KeyModifiers::CONTROL,
        ),
    ))
}

#[test]
fn quitting_with_typed_text_asks_save_keep_or_discard() {
    use crate::app::Overlay;
    // Nothing typed: Ctrl-c quits at once.
    let mut app = app_with(&[]);
    app.autosave = true;
    app.update(Action::ShowPane(crate::app::Pane::Log));
    app.update(Action::AddItem);
    assert!(matches!(ctrl_c(&mut app).as_slice(), [Effect::Quit]));
    // Typed: it asks; discard throws the draft away and quits.
    let mut app = app_with(&[]);
    app.autosave = true;
    app.update(Action::ShowPane(crate::app::Pane::Log));
    app.update(Action::AddItem);
    typ(&mut app, "Half");
    assert!(app.last_draft.is_some());
    ctrl_c(&mut app);
    assert!(matches!(app.ui.overlay, Some(Overlay::QuitAsk(_))));
    assert!(!app.quit);
    press(&mut app, KeyCode::Char('d'));
    assert!(app.quit && app.last_draft.is_none());
    // Save: the note is saved, then knoop quits.
    let mut app = app_with(&[]);
    app.autosave = true;
    app.update(Action::ShowPane(crate::app::Pane::Log));
    app.update(Action::AddItem);
    typ(&mut app, "Bewaard");
    ctrl_c(&mut app);
    press(&mut app, KeyCode::Char('s'));
    assert!(app.quit);
    assert_eq!(app.ws.log[0].text, "Bewaard");
    // Keep: quits with the draft kept; Esc goes back to the form.
    let mut app = app_with(&[]);
    app.autosave = true;
    app.update(Action::ShowPane(crate::app::Pane::Log));
    app.update(Action::AddItem);
    typ(&mut app, "Later");
    ctrl_c(&mut app);
    press(&mut app, KeyCode::Esc);
    assert!(
        matches!(app.ui.overlay, Some(Overlay::Form(_))),
        "back to the form"
    );
    ctrl_c(&mut app);
    press(&mut app, KeyCode::Char('k'));
    assert!(app.quit);
    assert!(
        app.last_draft
            .as_deref()
            .is_some_and(|d| d.contains("Later"))
    );
}

#[test]
fn one_key_on_a_log_entry_writes_its_minutes_beside_the_workspace() {
    let mut app = app_with(&["Bram"]);
    app.tz = jiff::tz::TimeZone::UTC;
    let mut e = crate::workspace::LogEntry::checkin("Kernoverleg", jiff::Timestamp::UNIX_EPOCH);
    e.decisions = vec!["Doorgaan".into()];
    app.ws.log.push(e);
    app.refresh_views();
    app.update(Action::ShowPane(crate::app::Pane::Log));
    press(&mut app, KeyCode::Char('m'));
    let Some(Effect::Export(file, text)) = app.update(Action::ExportMinutes).into_iter().next()
    else {
        panic!("no minutes written");
    };
    assert!(
        file.to_string_lossy()
            .ends_with("w.json.minutes-1970-01-01.md"),
        "{file:?}"
    );
    assert!(
        text.starts_with("# Minutes: Kernoverleg (1970-01-01)"),
        "{text}"
    );
    assert!(
        app.ui
            .message
            .as_deref()
            .is_some_and(|m| m.contains("minutes-1970-01-01.md"))
    );
}

#[test]
fn a_file_that_could_not_be_written_is_said() {
    let mut app = super::app_with(&[]);
    app.update(crate::app::msg::Msg::WriteFailed(
        "w.json.minutes-2026-11-30.md".into(),
        "Is a directory".into(),
    ));
    assert_eq!(
        app.ui.message.as_deref(),
        Some(
            "w.json.minutes-2026-11-30.md could not be written: Is a directory. Nothing else changed"
        )
    );
}
