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
    use std::os::unix::process::ExitStatusExt;
    let dir = tempfile::tempdir().unwrap();
    let file = demo(dir.path());
    // How long one note takes here, so the kills fall before, during and after the write.
    let start = std::time::Instant::now();
    assert!(
        knoop()
            .args(["note", "maat", "-w"])
            .arg(&file)
            .stdout(Stdio::null())
            .status()
            .unwrap()
            .success()
    );
    let full = start.elapsed().as_micros().max(1000) as u64;
    let (mut acknowledged, mut killed) = (Vec::new(), 0);
    let mut round = 0u64;
    while (acknowledged.len() < 8 || killed < 8) && round < 400 {
        let text = format!("ronde {round}");
        let mut child = knoop()
            .args(["note", &text, "-w"])
            .arg(&file)
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_micros((round * 7919) % (2 * full)));
        let _ = child.kill();
        let out = child.wait_with_output().unwrap();
        if out.status.success() {
            acknowledged.push(text);
        } else if out.status.signal() == Some(9) {
            killed += 1;
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
        round += 1;
    }
    eprintln!(
        "{round} rounds: {} writes acknowledged, {killed} killed",
        acknowledged.len()
    );
    // What was measured: a test that killed nothing, or let nothing finish, proves nothing.
    assert!(
        acknowledged.len() >= 8,
        "only {} acknowledged",
        acknowledged.len()
    );
    assert!(killed >= 8, "only {killed} killed");
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
    let out = knoop()
        .args(["--lang", "en", "check", "-w"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("1 damaged line in"),
        "check reports it"
    );
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

/// A workspace reached through a symlink (a synced folder) stays a symlink: the target is
/// updated and the side files sit beside it.
#[test]
fn a_symlinked_workspace_updates_its_target() {
    let dir = tempfile::tempdir().unwrap();
    let target = demo(dir.path());
    let link = dir.path().join("link.json");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    assert!(
        knoop()
            .args(["note", "via de link", "-w"])
            .arg(&link)
            .stdout(Stdio::null())
            .status()
            .unwrap()
            .success()
    );
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink(),
        "still a link"
    );
    assert!(
        std::fs::read_to_string(&target)
            .unwrap()
            .contains("via de link")
    );
    let dangling = dir.path().join("nergens.json");
    std::os::unix::fs::symlink(dir.path().join("weg/w.json"), &dangling).unwrap();
    let out = knoop()
        .args(["--lang", "en", "note", "x", "-w"])
        .arg(&dangling)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("is a link to something that is not there")
    );
    assert!(
        !dir.path().join("weg").exists(),
        "a link to nothing never becomes a new file"
    );
}

/// Side files are never followed through a symlink: a `.lock` or `.journal` pointing at another
/// file is refused, and that file is left as it was.
#[test]
fn symlinked_side_files_are_refused_not_followed() {
    let dir = tempfile::tempdir().unwrap();
    let file = demo(dir.path());
    let victim = dir.path().join("victim.txt");
    std::fs::write(&victim, b"precious").unwrap();
    for side in ["lock", "journal"] {
        let sidecar = knoop::store::sidecar(&file, side);
        std::os::unix::fs::symlink(&victim, &sidecar).unwrap();
        let out = knoop()
            .args(["note", "x", "-w"])
            .arg(&file)
            .output()
            .unwrap();
        if side == "lock" {
            assert_eq!(
                out.status.code(),
                Some(1),
                "{side}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        assert_eq!(std::fs::read(&victim).unwrap(), b"precious", "{side}");
        std::fs::remove_file(&sidecar).unwrap();
    }
}

/// A write-protected (0444) workspace is never replaced: the command says so and the file keeps
/// its content and its mode.
#[test]
fn a_write_protected_workspace_is_not_replaced() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let file = demo(dir.path());
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o444)).unwrap();
    let before = std::fs::read(&file).unwrap();
    let out = knoop()
        .args(["--lang", "en", "note", "x", "-w"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("write-protected"));
    assert_eq!(std::fs::read(&file).unwrap(), before);
    let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o444);
}

/// A FIFO as the workspace is refused at once instead of hanging `check` and `note` (which would
/// hold the lock while waiting).
#[test]
fn a_fifo_is_not_a_workspace() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("w.json");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    for args in [vec!["check"], vec!["note", "x"]] {
        let mut child = knoop()
            .args(["--lang", "en"])
            .args(&args)
            .arg("-w")
            .arg(&fifo)
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let deadline = std::time::Instant::now() + Duration::from_secs(10);
        let status = loop {
            if let Some(s) = child.try_wait().unwrap() {
                break s;
            }
            if std::time::Instant::now() > deadline {
                let _ = child.kill();
                panic!("{args:?} hangs on a FIFO");
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        assert_eq!(status.code(), Some(1), "{args:?}");
        let mut err = String::new();
        std::io::Read::read_to_string(child.stderr.as_mut().unwrap(), &mut err).unwrap();
        assert!(err.contains("not a regular file"), "{err}");
    }
}

/// A clock before 1970 (a machine whose clock was never set) used to panic in id generation.
/// Runs under faketime; outside CI it is skipped when faketime is missing, in CI it must run.
#[test]
fn a_clock_before_1970_does_not_panic() {
    let have = Command::new("faketime").arg("--version").output().is_ok();
    if !have {
        assert!(std::env::var_os("CI").is_none(), "CI installs faketime");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let file = demo(dir.path());
    let out = Command::new("faketime")
        .arg("1969-12-31 23:00:00")
        .arg(env!("CARGO_BIN_EXE_knoop"))
        .args(["note", "voor 1970", "-w"])
        .arg(&file)
        .env_remove("KNOOP_WORKSPACE")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(notes(&file).contains(&"voor 1970".to_owned()));
}

/// What a shell command says is true: a new file is said to be new (a path on a share that is
/// not mounted would otherwise quietly become a workspace with one note), and a change that
/// waits because another shell command holds the file is not said to be handed to a TUI.
#[test]
fn shell_commands_say_what_really_happened() {
    use knoop::store::lock;
    let dir = tempfile::tempdir().unwrap();
    let fresh = dir.path().join("nieuw.json");
    let out = knoop()
        .args(["--lang", "en", "note", "eerste", "-w"])
        .arg(&fresh)
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("a new workspace file (it did not exist)")
    );
    let file = demo(dir.path());
    let held = lock::try_acquire(&file, lock::Holder::Cli).unwrap();
    let out = knoop()
        .args(["--lang", "en", "note", "wacht", "-w"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success());
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(!said.contains("handed to the open knoop"), "{said}");
    assert!(said.contains("the change waits in"), "{said}");
    drop(held);
    assert!(
        knoop()
            .args(["note", "daarna", "-w"])
            .arg(&file)
            .stdout(Stdio::null())
            .status()
            .unwrap()
            .success()
    );
    let texts = notes(&file);
    assert!(texts.contains(&"wacht".to_owned()) && texts.contains(&"daarna".to_owned()));
}
