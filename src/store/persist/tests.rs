//! The persistence state machine, path by path, without a disk or a terminal.

use super::*;
use crate::store::SaveError;

fn fail(generation: u64, e: &str) -> SaveReport {
    SaveReport {
        generation,
        outcome: Err(SaveError::Io(e.into())),
        conflict_copy: None,
    }
}

fn ok(generation: u64) -> SaveReport {
    SaveReport {
        generation,
        outcome: Ok(()),
        conflict_copy: None,
    }
}

fn ws() -> Workspace {
    Workspace::new("N")
}

#[test]
fn a_change_is_handed_over_once_and_shown_as_saved() {
    let mut p = Persistence::new();
    let now = Instant::now();
    assert!(p.due(0, now, true, ws).is_none(), "nothing changed");
    let job = p.due(1, now, true, ws).unwrap();
    assert_eq!(job.generation, 1);
    assert_eq!(p.state(), &SaveState::Saving);
    assert!(p.due(1, now, true, ws).is_none(), "handed over already");
    assert!(
        p.due(2, now, true, ws).is_none(),
        "waits for the save under way"
    );
    assert!(p.busy());
    let after = p.on_report(&ok(1), 1, now, "10:00:00");
    assert!(after.trim_journal);
    assert_eq!(p.state(), &SaveState::Saved("10:00:00".to_owned()));
    assert!(!p.busy());
    assert_eq!(
        p.saved_snapshot().map(|s| s.network.name.clone()),
        Some("N".into())
    );
}

#[test]
fn an_older_save_reported_after_a_newer_change_trims_nothing() {
    let mut p = Persistence::new();
    let now = Instant::now();
    p.due(1, now, true, ws).unwrap();
    let after = p.on_report(&ok(1), 2, now, "10:00:00");
    assert!(!after.trim_journal, "generation 2 is not on disk yet");
    assert_eq!(p.state(), &SaveState::Saving);
    assert_eq!(p.due(2, now, true, ws).map(|j| j.generation), Some(2));
}

#[test]
fn a_failed_save_is_retried_after_the_pause_with_the_newest_generation() {
    let mut p = Persistence::new();
    let now = Instant::now();
    p.due(1, now, true, ws).unwrap();
    p.on_report(&fail(1, "No space left on device"), 1, now, "");
    assert_eq!(
        p.state(),
        &SaveState::NotSaved("No space left on device".into())
    );
    assert!(p.busy(), "the loop wakes to retry");
    assert!(
        p.due(2, now, true, ws).is_none(),
        "no retry before the pause"
    );
    assert!(p.due(2, now + RETRY_AFTER / 2, true, ws).is_none());
    let job = p.due(2, now + RETRY_AFTER, true, ws).unwrap();
    assert_eq!(job.generation, 2, "the retry carries the newest state");
    assert_eq!(p.state(), &SaveState::Saving);
    assert!(p.on_report(&ok(2), 2, now, "10:00:03").trim_journal);
    assert!(!p.busy());
}

#[test]
fn the_same_generation_is_retried_after_a_failure() {
    let mut p = Persistence::new();
    let now = Instant::now();
    p.due(1, now, true, ws).unwrap();
    p.on_report(&fail(1, "EIO"), 1, now, "");
    assert_eq!(
        p.due(1, now + RETRY_AFTER, true, ws).map(|j| j.generation),
        Some(1)
    );
}

#[test]
fn a_conflict_sends_every_later_save_to_the_copy_and_never_trims() {
    let mut p = Persistence::new();
    let now = Instant::now();
    p.on_file_changed();
    assert_eq!(p.state(), &SaveState::ChangedOnDisk(None));
    p.due(1, now, true, ws).unwrap();
    assert_eq!(
        p.state(),
        &SaveState::ChangedOnDisk(None),
        "saving does not hide it"
    );
    let report = SaveReport {
        generation: 1,
        outcome: Err(SaveError::ChangedOnDisk),
        conflict_copy: Some(PathBuf::from("w.json.conflict-1")),
    };
    let after = p.on_report(&report, 1, now, "10:00:00");
    assert!(!after.trim_journal);
    assert_eq!(p.conflict_copy(), Some(PathBuf::from("w.json.conflict-1")));
    assert!(!p.busy(), "a conflict is not retried against the file");
    p.due(2, now, true, ws).unwrap();
    assert!(matches!(p.state(), SaveState::ChangedOnDisk(Some(_))));
}

#[test]
fn the_last_save_goes_out_even_while_one_is_under_way_or_waiting() {
    let mut p = Persistence::new();
    let now = Instant::now();
    p.due(1, now, true, ws).unwrap();
    assert_eq!(p.last_save(2, ws).map(|j| j.generation), Some(2));
    p.on_report(&fail(2, "EIO"), 2, now, "");
    assert_eq!(p.last_save(2, ws).map(|j| j.generation), Some(2));
    assert!(p.last_save(2, ws).is_none(), "nothing new");
}

#[test]
fn a_change_waits_for_a_pause_in_typing_but_never_longer_than_a_second() {
    let mut p = Persistence::new();
    let now = Instant::now();
    assert_eq!(p.wake_in(0, now), None, "nothing pending: no wake-up");
    assert!(p.due(1, now, false, ws).is_none(), "a key is not held up");
    assert!(
        p.waiting(1, now),
        "the loop hands it over once no input waits"
    );
    assert_eq!(p.wake_in(1, now), Some(QUIET));
    assert!(p.due(2, now + LONGEST_WAIT / 2, false, ws).is_none());
    let job = p.due(2, now + LONGEST_WAIT, false, ws).unwrap();
    assert_eq!(job.generation, 2, "typing without a pause still saves");
    assert!(!p.waiting(3, now), "not while a save is under way");
    assert_eq!(p.wake_in(2, now), Some(Duration::from_millis(20)));
    p.on_report(&ok(2), 3, now, "");
    assert!(p.due(3, now, true, ws).is_some(), "a pause saves at once");
}

#[test]
fn read_only_never_saves() {
    let mut p = Persistence::new();
    p.set_read_only("locked".into());
    assert!(p.due(5, Instant::now(), true, ws).is_none());
    p.on_file_changed();
    assert_eq!(p.state(), &SaveState::ReadOnly("locked".into()));
}
