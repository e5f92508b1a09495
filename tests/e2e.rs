//! End-to-end: the real binary in tmux at 80x24, typed at as a person would.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::items_after_statements
)]

#[path = "support/tmux.rs"]
mod tmux;

use std::path::Path;
use std::time::{Duration, Instant};

use tmux::{Tmux, alive, knoop_cmd, knoop_pid};

fn wait_file(path: &Path, what: &str, present: bool) {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let text = std::fs::read_to_string(path).unwrap_or_default();
        if text.contains(what) == present {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "{what:?} present={present} not reached in {}",
            path.display()
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// A newcomer on a fresh HOME: `knoop` creates the workspace, they look around, add an actor,
/// undo and redo it, quit, and get their terminal back as it was.
#[test]
fn a_new_user_starts_adds_undoes_and_quits() {
    if !tmux::available() {
        return;
    }
    let home = tempfile::tempdir().unwrap();
    let home_s = home.path().to_str().unwrap();
    let t = Tmux::start(
        "new",
        80,
        24,
        &[("HOME", home_s), ("LANG", "nl_NL.UTF-8")],
        "bash --norc --noprofile",
    );
    t.text(&format!("{}; echo EXIT=$?", knoop_cmd(&[])));
    t.keys(&["Enter"]);
    t.wait_for("Overzicht", 10);
    let ws = home.path().join(".local/share/knoop/workspace.json");
    assert!(ws.exists(), "the default workspace is created on first run");
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        std::fs::metadata(&ws).unwrap().permissions().mode() & 0o777,
        0o600
    );
    assert_eq!(t.display("new", "#{alternate_on}"), "1");

    t.keys(&["3"]);
    t.wait_for("Nog geen actoren", 10);
    t.keys(&["?"]);
    t.wait_for("Toetsen: Actoren", 10);
    t.keys(&["Escape"]);
    t.wait_gone("Toetsen: Actoren", 10);

    t.keys(&["a"]);
    t.wait_for("Actor toevoegen", 10);
    t.text("GGD Regio Zoë");
    t.keys(&["Enter"]);
    t.wait_for("Actor toegevoegd: GGD Regio Zoë", 10);
    t.wait_for("opgeslagen", 10);
    wait_file(&ws, "GGD Regio Zoë", true);

    t.keys(&["u"]);
    t.wait_for("Ongedaan gemaakt", 10);
    wait_file(&ws, "GGD Regio Zoë", false);
    t.keys(&["C-r"]);
    t.wait_for("Opnieuw gedaan", 10);
    wait_file(&ws, "GGD Regio Zoë", true);

    for pane in ["1", "2", "4", "5", "6", "7", "8", "Tab", "BTab"] {
        t.keys(&[pane]);
    }
    t.wait_for("Logboek (0)", 10);

    t.keys(&["q"]);
    t.wait_for("EXIT=0", 10);
    assert_eq!(
        t.display("new", "#{alternate_on}"),
        "0",
        "alternate screen left"
    );
    // The marker is quoted so that only the command's output, not the typed line, matches.
    t.text(
        "stty -a | grep -o -w -e -icanon -e icanon -e -echo -e echo | tr '\\n' ' '; echo ST''TY",
    );
    t.keys(&["Enter"]);
    let screen = t.wait_for(" STTY", 10);
    assert!(
        screen.contains("icanon echo STTY"),
        "terminal not restored:\n{screen}"
    );
}

/// English, without colour, on the demo network; a bad file is refused on a normal screen with
/// where and what is wrong.
#[test]
fn english_no_color_and_a_bad_file() {
    if !tmux::available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let demo = tmux::demo(dir.path());
    let bad = dir.path().join("bad.json");
    std::fs::write(
        &bad,
        "{\n  \"format\": \"knoop-workspace\",\n  \"version\": 1,\n  \"actors\": [}\n",
    )
    .unwrap();
    let t = Tmux::start(
        "en",
        80,
        24,
        &[("LANG", "en_GB.UTF-8"), ("NO_COLOR", "1")],
        "bash --norc --noprofile",
    );
    t.text(&format!("{}; echo EXIT=$?", knoop_cmd(&[&bad])));
    t.keys(&["Enter"]);
    let screen = t.wait_for("EXIT=1", 10);
    assert!(screen.contains("bad.json:4:"), "{screen}");
    assert!(!dir.path().join("bad.json.bak").exists());

    t.text(&format!("clear; {}; echo DONE=$?", knoop_cmd(&[&demo])));
    t.keys(&["Enter"]);
    t.wait_for("Overview", 10);
    t.keys(&["3"]);
    t.wait_for("Actors (25)", 10);
    t.keys(&["j", "j", "d"]);
    t.wait_for("Delete actor 'Bram Peters'", 10);
    t.keys(&["n"]);
    t.wait_gone("Delete actor", 10);
    t.keys(&["C-c"]);
    t.wait_for("DONE=0", 10);
}

/// A second knoop on the same file (another SSH session) is told who has it and opens
/// read-only; a note from the shell meanwhile reaches the open knoop, and is saved by it.
#[test]
fn second_instance_reads_only_and_shell_notes_reach_the_open_tui() {
    if !tmux::available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("w.json");
    let env = [("LANG", "en_GB.UTF-8")];
    let t = Tmux::start("a", 80, 24, &env, &knoop_cmd(&[&file]));
    t.wait_for("Overview", 10);
    t.add_session("b", &env, &knoop_cmd(&[&file]));
    let b = t.wait_for_in("b", "READ-ONLY: in use by knoop tui: pid", 10);
    assert!(b.contains("Overview"), "{b}");
    t.keys_to("b", &["3", "a"]);
    t.wait_for_in("b", "READ-ONLY", 10);
    assert!(!t.screen_of("b").contains("Add actor"));

    let out = std::process::Command::new(tmux::knoop())
        .args(["--lang", "en", "note", "vanuit de shell", "-w"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("handed to the open knoop"));
    t.keys(&["8"]);
    t.wait_for("vanuit de shell", 10);
    wait_file(&file, "vanuit de shell", true);
    // Twelve at once, while the TUI holds the file: every one arrives.
    let writers: Vec<_> = (0..12)
        .map(|i| {
            std::process::Command::new(tmux::knoop())
                .args(["note", &format!("samen {i}"), "-w"])
                .arg(&file)
                .stdout(std::process::Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    for mut w in writers {
        assert!(w.wait().unwrap().success());
    }
    t.wait_for("Log (13)", 10);
    for i in 0..12 {
        wait_file(&file, &format!("samen {i}\""), true);
    }
    let journal = dir.path().join("w.json.journal");
    let deadline = Instant::now() + Duration::from_secs(10);
    while std::fs::metadata(&journal).map_or(0, |m| m.len()) > 0 {
        assert!(
            Instant::now() < deadline,
            "the journal is emptied once the note is saved"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    t.keys(&["q"]);
}

/// The SSH connection drops (tmux kill-session sends SIGHUP): knoop saves and exits at once,
/// instead of spinning on a dead terminal.
#[test]
fn hangup_exits_promptly_and_keeps_the_last_edit() {
    if !tmux::available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("w.json");
    let t = Tmux::start(
        "hup",
        80,
        24,
        &[("LANG", "en_GB.UTF-8")],
        &knoop_cmd(&[&file]),
    );
    t.wait_for("Overview", 10);
    let pid = knoop_pid(&file);
    t.keys(&["3", "a"]);
    t.wait_for("Add actor", 10);
    t.text("Laatste invoer");
    // On screen, so knoop has read it: what the kernel never delivered no program can keep.
    t.wait_for("Laatste invoer", 10);
    t.keys(&["Enter"]);
    t.kill_session("hup");
    let deadline = Instant::now() + Duration::from_secs(2);
    while alive(pid) {
        assert!(
            Instant::now() < deadline,
            "knoop still running 2s after the hang-up"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    // The hang-up may close the terminal before knoop has read the Enter (the kernel drops
    // what it had not delivered): then the typed name is in the draft, offered back on the next
    // start. Either way it is not lost.
    let in_file = std::fs::read_to_string(&file)
        .unwrap_or_default()
        .contains("Laatste invoer");
    let in_draft = std::fs::read_to_string(knoop::store::draft_path(&file))
        .unwrap_or_default()
        .contains("Laatste invoer");
    assert!(
        in_file || in_draft,
        "the last edit is in the file or the draft"
    );
    let out = std::process::Command::new(tmux::knoop())
        .args(["check", "-w"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success());
}

/// A full disk (a small tmpfs) keeps the old file byte for byte, says NOT SAVED, and saves once
/// there is room again. Needs root for the mount; CI runs as root, so there it always runs.
#[test]
fn full_disk_keeps_the_old_file_and_says_not_saved() {
    if !tmux::available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let mount = std::process::Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=128k", "tmpfs"])
        .arg(dir.path())
        .output();
    if !mount.as_ref().is_ok_and(|o| o.status.success()) {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must be able to mount a tmpfs: {mount:?}"
        );
        eprintln!("cannot mount a tmpfs here (not root?): skipping the full-disk test");
        return;
    }
    struct Unmount<'a>(&'a Path);
    impl Drop for Unmount<'_> {
        fn drop(&mut self) {
            let _ = std::process::Command::new("umount")
                .arg("-l")
                .arg(self.0)
                .status();
        }
    }
    let _unmount = Unmount(dir.path());
    let file = dir.path().join("w.json");
    assert!(
        std::process::Command::new(tmux::knoop())
            .arg("demo")
            .arg(&file)
            .output()
            .unwrap()
            .status
            .success()
    );
    let before = std::fs::read(&file).unwrap();
    let t = Tmux::start(
        "disk",
        80,
        24,
        &[("LANG", "en_GB.UTF-8")],
        &knoop_cmd(&[&file]),
    );
    t.wait_for("Overview", 10);
    // Fill what is left of the disk.
    let filler = dir.path().join("filler");
    {
        use std::io::Write;
        let mut f = std::fs::File::create(&filler).unwrap();
        while f.write_all(&[0u8; 4096]).is_ok() {}
        let _ = f.sync_all();
    }
    t.keys(&["3", "a"]);
    t.wait_for("Add actor", 10);
    t.text("Geen ruimte");
    t.keys(&["Enter"]);
    t.wait_for("NOT SAVED", 10);
    assert_eq!(
        std::fs::read(&file).unwrap(),
        before,
        "the old file is intact"
    );
    std::fs::remove_file(&filler).unwrap();
    t.wait_for("w.json saved", 8);
    wait_file(&file, "Geen ruimte", true);
    t.keys(&["q"]);
}

/// A panic leaves a recovery copy beside the file and a working terminal; SIGTERM saves and
/// exits cleanly too.
#[test]
fn panic_and_sigterm_restore_the_terminal_and_keep_the_work() {
    if !tmux::available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("w.json");
    let t = Tmux::start(
        "crash",
        80,
        24,
        &[("LANG", "en_GB.UTF-8"), ("KNOOP_TEST_PANIC_KEY", "1")],
        "bash --norc --noprofile",
    );
    t.text(&format!(
        "{} 2>/dev/null; echo EXIT=$?",
        knoop_cmd(&[&file])
    ));
    t.keys(&["Enter"]);
    t.wait_for("Overview", 10);
    t.keys(&["3", "a"]);
    t.wait_for("Add actor", 10);
    t.text("Voor de crash");
    t.keys(&["Enter"]);
    t.wait_for("Actor added", 10);
    t.keys(&["F12"]);
    t.wait_for("EXIT=101", 10);
    let copies: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().contains(".recover-"))
        .collect();
    assert_eq!(copies.len(), 1, "one recovery copy");
    assert!(
        std::fs::read_to_string(&copies[0])
            .unwrap()
            .contains("Voor de crash")
    );
    t.text(
        "stty -a | grep -o -w -e -icanon -e icanon -e -echo -e echo | tr '\\n' ' '; echo ST''TY",
    );
    t.keys(&["Enter"]);
    let screen = t.wait_for(" STTY", 10);
    assert!(screen.contains("icanon echo STTY"), "{screen}");

    t.text(&format!("clear; {}; echo TERM=$?", knoop_cmd(&[&file])));
    t.keys(&["Enter"]);
    t.wait_for("1 actors", 10);
    let shell = t.pane_pid("crash");
    let children = std::fs::read_to_string(format!("/proc/{shell}/task/{shell}/children")).unwrap();
    let knoop: i32 = children.split_whitespace().next().unwrap().parse().unwrap();
    assert!(
        std::process::Command::new("kill")
            .args(["-TERM", &knoop.to_string()])
            .status()
            .unwrap()
            .success()
    );
    let screen = t.wait_for("TERM=1", 10);
    assert!(screen.contains("TERM=143"), "{screen}");
    assert_eq!(t.display("crash", "#{alternate_on}"), "0");
}

/// Someone edits the file behind knoop's back: knoop notices, says so, and never writes over it;
/// this session's work goes to a conflict copy.
#[test]
fn an_outside_change_is_never_overwritten() {
    if !tmux::available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("w.json");
    let t = Tmux::start(
        "ext",
        80,
        24,
        &[("LANG", "en_GB.UTF-8")],
        &knoop_cmd(&[&file]),
    );
    t.wait_for("Overview", 10);
    let mut text = std::fs::read_to_string(&file).unwrap();
    text = text.replace(
        "\"version\": 1,",
        "\"version\": 1,\n  \"edited_by\": \"vim\",",
    );
    std::fs::write(&file, &text).unwrap();
    t.wait_for("CHANGED ON DISK", 10);
    t.keys(&["3", "a"]);
    t.wait_for("Add actor", 10);
    t.text("Mijn werk");
    t.keys(&["Enter"]);
    t.wait_for("your work is in", 10);
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        text,
        "the outside edit stands"
    );
    let copy = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.to_string_lossy().contains(".conflict-"))
        .expect("a conflict copy");
    assert!(std::fs::read_to_string(copy).unwrap().contains("Mijn werk"));
    t.keys(&["q"]);
}

/// The terminal goes away but SIGHUP is ignored (nohup, some multiplexers): knoop notices the
/// dead terminal itself, keeps the last edit and exits, instead of spinning with the lock held.
#[test]
fn a_hangup_without_sighup_still_ends_knoop_and_keeps_the_edit() {
    if !tmux::available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("w.json");
    let t = Tmux::start(
        "nohup",
        80,
        24,
        &[("LANG", "en_GB.UTF-8")],
        &format!("bash -c 'trap \"\" HUP; exec {}'", knoop_cmd(&[&file])),
    );
    t.wait_for("Overview", 10);
    let pid = knoop_pid(&file);
    t.keys(&["3", "a"]);
    t.wait_for("Add actor", 10);
    t.text("Zonder ophangsignaal");
    t.keys(&["Enter"]);
    t.wait_for("Actor added", 10);
    t.kill_session("nohup");
    let deadline = Instant::now() + Duration::from_secs(3);
    while alive(pid) {
        assert!(
            Instant::now() < deadline,
            "knoop still running 3s after its terminal went away"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    wait_file(&file, "Zonder ophangsignaal", true);
    // The lock goes with the process; its last threads may take a moment to be torn down.
    let deadline = Instant::now() + Duration::from_secs(3);
    while knoop::store::lock::try_acquire(&file, knoop::store::lock::Holder::Cli).is_err() {
        assert!(
            Instant::now() < deadline,
            "the lock is still held after knoop ended"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// The first run says where the workspace lives.
#[test]
fn the_first_run_says_where_the_workspace_is() {
    if !tmux::available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("w.json");
    let t = Tmux::start(
        "first",
        80,
        24,
        &[("LANG", "en_GB.UTF-8")],
        &knoop_cmd(&[&file]),
    );
    let screen = t.wait_for("New workspace: ", 10);
    assert!(screen.contains("w.json"), "{screen}");
    t.keys(&["q"]);
    // The second run does not say it again.
    let t = Tmux::start(
        "again",
        80,
        24,
        &[("LANG", "en_GB.UTF-8")],
        &knoop_cmd(&[&file]),
    );
    let screen = t.wait_for("Overview", 10);
    assert!(!screen.contains("New workspace"), "{screen}");
    t.keys(&["q"]);
}
