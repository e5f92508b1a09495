//! Faults on the real binary: many writers at once, and writers killed with SIGKILL mid-write.
//! Nothing acknowledged may be lost, and the file must always load.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::items_after_statements
)]

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

fn knoop() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_knoop"));
    c.env_remove("KNOOP_WORKSPACE");
    c
}

fn notes(file: &Path) -> Vec<String> {
    let out = knoop()
        .args(["list", "log", "--json", "-w"])
        .arg(file)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let log: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    log.as_array()
        .unwrap()
        .iter()
        .map(|e| e["text"].as_str().unwrap().to_owned())
        .collect()
}

/// The demo network in `dir/w.json`.
fn demo(dir: &Path) -> std::path::PathBuf {
    let file = dir.join("w.json");
    assert!(
        knoop()
            .arg("demo")
            .arg(&file)
            .stdout(Stdio::null())
            .status()
            .unwrap()
            .success()
    );
    file
}

#[test]
fn twelve_concurrent_note_writers_lose_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let file = demo(dir.path());
    let children: Vec<_> = (0..12)
        .map(|i| {
            knoop()
                .args(["note", &format!("gelijktijdig {i}"), "-w"])
                .arg(&file)
                .stdout(Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    for mut c in children {
        assert!(c.wait().unwrap().success());
    }
    let all = notes(&file);
    for i in 0..12 {
        assert!(all.contains(&format!("gelijktijdig {i}")), "note {i} lost");
    }
    assert!(
        knoop()
            .args(["check", "-w"])
            .arg(&file)
            .status()
            .unwrap()
            .success()
    );
}

#[test]
fn kill_9_during_writes_keeps_a_valid_file_and_every_acknowledged_write() {
    let dir = tempfile::tempdir().unwrap();
    let file = demo(dir.path());
    let mut acknowledged = Vec::new();
    for round in 0..40u64 {
        let text = format!("ronde {round}");
        let mut child = knoop()
            .args(["note", &text, "-w"])
            .arg(&file)
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        // Kill at a different moment each round: before, during or after the write.
        std::thread::sleep(Duration::from_micros((round * 997) % 30_000));
        let _ = child.kill();
        let out = child.wait_with_output().unwrap();
        if out.status.success() {
            acknowledged.push(text);
        }
        assert!(
            knoop()
                .args(["check", "-w"])
                .arg(&file)
                .stdout(Stdio::null())
                .status()
                .unwrap()
                .success(),
            "the file does not load after round {round}"
        );
    }
    eprintln!(
        "{} of 40 writes acknowledged, the rest killed",
        acknowledged.len()
    );
    let all = notes(&file);
    for text in &acknowledged {
        assert!(all.contains(text), "{text} was acknowledged but is lost");
    }
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".w.json."))
        .collect();
    // Temp files of killed writers may remain until the next writer sweeps them.
    assert!(leftovers.len() <= 1, "{leftovers:?}");
}

/// A `knoop note` killed mid-append leaves a torn journal line while a TUI holds the file; the
/// next note handed over is acknowledged, so it must arrive, and the journal must empty again.
#[test]
fn a_torn_journal_line_never_swallows_an_acknowledged_note() {
    use knoop::store::{journal, lock};
    let dir = tempfile::tempdir().unwrap();
    let file = demo(dir.path());
    let tui = lock::try_acquire(&file, lock::Holder::Tui).unwrap();
    std::fs::write(journal::journal_path(&file), b"{\"add-log\": {\"id").unwrap();
    let out = knoop()
        .args(["--lang", "en", "note", "after", "-w"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("handed to the open knoop"));
    let contents = journal::read_all(&file);
    assert_eq!(contents.skipped, 1, "the torn line stays a line of its own");
    assert_eq!(contents.entries.len(), 1, "the acknowledged note is whole");
    drop(tui);
    // The next writer (here a note with no TUI open) applies what was handed over and empties
    // the journal.
    assert!(
        knoop()
            .args(["note", "later", "-w"])
            .arg(&file)
            .stdout(Stdio::null())
            .status()
            .unwrap()
            .success()
    );
    let texts = notes(&file);
    assert!(texts.contains(&"after".to_owned()), "{texts:?}");
    assert!(texts.contains(&"later".to_owned()));
    assert!(!journal::has_entries(&file), "the journal is emptied again");
}
