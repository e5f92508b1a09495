//! Nothing typed is lost: a note typed half way survives Ctrl-c, a dropped connection, SIGTERM
//! and kill -9, and the next start offers it back word for word, in the form it came from.
//! The real binary in tmux at 80x24, typed as a person does.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "support/tmux.rs"]
mod tmux;

use std::path::Path;
use std::time::{Duration, Instant};

use tmux::{Tmux, alive, knoop_cmd};

const TYPED: &str = "Half getypt met de wijkraad";

/// Opens knoop on `file` in a fresh session, opens a note and types half of it.
fn type_half_a_note(name: &str, file: &Path) -> Tmux {
    let t = Tmux::start(
        name,
        80,
        24,
        &[("LANG", "en_GB.UTF-8")],
        "bash --norc --noprofile",
    );
    t.text(&format!("{}; echo EXIT=$?", knoop_cmd(&[file])));
    t.keys(&["Enter"]);
    t.wait_for("Overview", 10);
    t.keys(&["8", "a"]);
    t.wait_for("Note", 10);
    t.text(TYPED);
    t.wait_for(TYPED, 10);
    t
}

/// The next start offers the text back; `y` puts it back in the note form, word for word.
fn offered_back(session: &str, file: &Path) {
    let t = Tmux::start(
        session,
        80,
        24,
        &[("LANG", "en_GB.UTF-8")],
        &knoop_cmd(&[file]),
    );
    t.wait_for("Put it back where you were?", 10);
    t.keys(&["y"]);
    let screen = t.wait_for(TYPED, 10);
    assert!(screen.contains("Note"), "back in the note form:\n{screen}");
    // Saved, the draft is done with.
    t.keys(&["Enter"]);
    t.wait_for("In the log", 10);
    let deadline = Instant::now() + Duration::from_secs(5);
    while knoop::store::draft_path(file).exists() {
        assert!(Instant::now() < deadline, "the draft is removed once saved");
        std::thread::sleep(Duration::from_millis(20));
    }
    t.keys(&["q"]);
}

fn wait_gone(pid: u32) {
    let deadline = Instant::now() + Duration::from_secs(5);
    while alive(pid) {
        assert!(Instant::now() < deadline, "knoop did not end");
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn typed_text_survives_ctrl_c_a_hang_up_sigterm_and_kill_9() {
    if !tmux::available() {
        return;
    }
    for how in ["ctrl-c", "hang-up", "sigterm", "kill-9"] {
        let dir = tempfile::tempdir().unwrap();
        let file = tmux::demo(dir.path());
        let t = type_half_a_note(how, &file);
        let pid = tmux::knoop_pid(&file);
        match how {
            "ctrl-c" => {
                // Quitting with typed text asks first; keeping it as a draft is one key.
                t.keys(&["C-c"]);
                t.wait_for("not saved yet", 10);
                t.keys(&["k"]);
                let screen = t.wait_for("EXIT=0", 10);
                assert!(
                    screen.contains("what you were typing is kept in"),
                    "{screen}"
                );
            }
            "hang-up" => t.kill_session(how),
            "sigterm" => {
                assert!(
                    std::process::Command::new("kill")
                        .arg(pid.to_string())
                        .status()
                        .unwrap()
                        .success()
                );
            }
            _ => {
                std::thread::sleep(Duration::from_secs(1));
                assert!(
                    std::process::Command::new("kill")
                        .args(["-9", &pid.to_string()])
                        .status()
                        .unwrap()
                        .success()
                );
            }
        }
        wait_gone(pid);
        drop(t);
        let draft = std::fs::read_to_string(knoop::store::draft_path(&file))
            .unwrap_or_else(|e| panic!("{how}: no draft: {e}"));
        assert!(draft.contains(TYPED), "{how}: {draft}");
        let mode = std::os::unix::fs::PermissionsExt::mode(
            &std::fs::metadata(knoop::store::draft_path(&file))
                .unwrap()
                .permissions(),
        );
        assert_eq!(mode & 0o777, 0o600, "{how}: a draft holds personal data");
        let saved = std::fs::read_to_string(&file).unwrap();
        assert!(
            !saved.contains(TYPED),
            "{how}: a draft is never taken for a saved edit"
        );
        offered_back(&format!("again-{how}"), &file);
    }
}

/// A meeting run half way (who is there, a decision, a line still being typed) survives kill -9
/// once its draft is written, and comes back on the meeting screen as it stood.
#[test]
fn a_meeting_half_way_survives_kill_9() {
    if !tmux::available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let file = tmux::demo(dir.path());
    let t = Tmux::start(
        "meeting-kill",
        80,
        24,
        &[("LANG", "en_GB.UTF-8")],
        &knoop_cmd(&[&file]),
    );
    t.wait_for("Overview", 10);
    t.keys(&["8", "v", "Down", "Enter", "Space", "Space", "Tab"]);
    t.wait_for("Present 2/4", 10);
    t.text("Pilot akkoord");
    t.keys(&["Enter"]);
    t.text(TYPED);
    t.wait_for(TYPED, 10);
    let pid = tmux::knoop_pid(&file);
    let draft = knoop::store::draft_path(&file);
    let deadline = Instant::now() + Duration::from_secs(10);
    while !std::fs::read_to_string(&draft).is_ok_and(|d| d.contains(TYPED)) {
        assert!(Instant::now() < deadline, "the meeting's draft is written");
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(
        std::process::Command::new("kill")
            .args(["-9", &pid.to_string()])
            .status()
            .unwrap()
            .success()
    );
    wait_gone(pid);
    drop(t);
    assert!(
        !std::fs::read_to_string(&file)
            .unwrap()
            .contains("Pilot akkoord")
    );
    let t = Tmux::start(
        "meeting-again",
        80,
        24,
        &[("LANG", "en_GB.UTF-8")],
        &knoop_cmd(&[&file]),
    );
    t.wait_for("Put it back where you were?", 10);
    t.keys(&["y"]);
    let screen = t.wait_for(TYPED, 10);
    for part in ["Present 2/4", "1. Pilot akkoord", "Decisions ›"] {
        assert!(screen.contains(part), "{part:?} in:\n{screen}");
    }
    t.keys(&["C-s"]);
    t.wait_for("Meeting in the log", 10);
    t.keys(&["q"]);
}

/// A second hang-up while the question "put it back?" is on screen keeps the draft: the text
/// is offered again on the next start, not lost because nobody answered.
#[test]
fn a_hang_up_during_the_question_keeps_the_draft() {
    if !tmux::available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let file = tmux::demo(dir.path());
    let t = type_half_a_note("twice", &file);
    let pid = tmux::knoop_pid(&file);
    t.kill_session("twice");
    wait_gone(pid);
    drop(t);
    assert!(knoop::store::draft_path(&file).exists(), "first hang-up");
    let asked = Tmux::start(
        "asked",
        80,
        24,
        &[("LANG", "en_GB.UTF-8")],
        &knoop_cmd(&[&file]),
    );
    asked.wait_for("Put it back where you were?", 10);
    let pid = tmux::knoop_pid(&file);
    asked.kill_session("asked");
    wait_gone(pid);
    drop(asked);
    let draft = std::fs::read_to_string(knoop::store::draft_path(&file))
        .unwrap_or_else(|e| panic!("the draft is gone after a hang-up during the question: {e}"));
    assert!(draft.contains(TYPED), "{draft}");
    offered_back("asked-again", &file);
}
