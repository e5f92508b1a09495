//! Drives the real binary in tmux, as a person would: type keys, read the screen, and wait for
//! what should appear instead of sleeping blindly.

#![allow(dead_code, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

/// The built binary.
pub fn knoop() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_knoop"))
}

/// Whether tmux can run here. Under CI its absence is a failure, never a silent skip.
pub fn available() -> bool {
    let ok = Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        assert!(
            std::env::var_os("CI").is_none(),
            "tmux is required under CI (.ci/run installs it)"
        );
        eprintln!("tmux not found: skipping an end-to-end test (it runs under CI)");
    }
    ok
}

/// A tmux server of our own (its own socket), with one session.
pub struct Tmux {
    socket: String,
    pub session: String,
}

impl Tmux {
    /// Starts `command` (a shell line) in a session of `w`x`h`, with `env` set.
    pub fn start(name: &str, w: u16, h: u16, env: &[(&str, &str)], command: &str) -> Self {
        let socket = format!("knoop-test-{}-{name}", std::process::id());
        let t = Self {
            socket,
            session: name.to_owned(),
        };
        let mut args: Vec<String> =
            vec!["new-session".into(), "-d".into(), "-s".into(), name.into()];
        args.extend(["-x".into(), w.to_string(), "-y".into(), h.to_string()]);
        args.extend(env_args(env));
        args.push(command.to_owned());
        let out = t.tmux(&args.iter().map(String::as_str).collect::<Vec<_>>());
        assert!(
            out.status.success(),
            "tmux new-session: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        t.tmux(&["set-option", "-t", name, "remain-on-exit", "on"]);
        t.tmux(&["set-option", "-s", "escape-time", "0"]);
        t
    }

    /// Starts another session on the same server.
    pub fn add_session(&self, name: &str, env: &[(&str, &str)], command: &str) {
        let mut args: Vec<String> =
            vec!["new-session".into(), "-d".into(), "-s".into(), name.into()];
        args.extend(["-x".into(), "80".into(), "-y".into(), "24".into()]);
        args.extend(env_args(env));
        args.push(command.to_owned());
        let out = self.tmux(&args.iter().map(String::as_str).collect::<Vec<_>>());
        assert!(out.status.success());
        self.tmux(&["set-option", "-t", name, "remain-on-exit", "on"]);
    }

    pub fn tmux(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .args(["-L", &self.socket, "-f", "/dev/null"])
            .args(args)
            .output()
            .expect("tmux runs")
    }

    /// Types keys (tmux key names such as `Enter`, `Escape`, `C-r`).
    pub fn keys(&self, keys: &[&str]) {
        self.keys_to(&self.session, keys);
    }

    pub fn keys_to(&self, session: &str, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", session];
        args.extend_from_slice(keys);
        self.tmux(&args);
    }

    /// Types text literally.
    pub fn text(&self, text: &str) {
        self.tmux(&["send-keys", "-t", &self.session, "-l", text]);
    }

    pub fn screen(&self) -> String {
        self.screen_of(&self.session)
    }

    pub fn screen_of(&self, session: &str) -> String {
        String::from_utf8_lossy(&self.tmux(&["capture-pane", "-p", "-t", session]).stdout)
            .into_owned()
    }

    /// Waits until the screen shows `what`; panics with the screen after `secs`.
    pub fn wait_for(&self, what: &str, secs: u64) -> String {
        self.wait_for_in(&self.session, what, secs)
    }

    pub fn wait_for_in(&self, session: &str, what: &str, secs: u64) -> String {
        let deadline = Instant::now() + Duration::from_secs(secs);
        loop {
            let s = self.screen_of(session);
            if s.contains(what) {
                return s;
            }
            assert!(
                Instant::now() < deadline,
                "waited {secs}s for {what:?}; the screen shows:\n{s}"
            );
            std::thread::sleep(Duration::from_millis(25));
        }
    }

    /// Waits until the screen no longer shows `what`.
    pub fn wait_gone(&self, what: &str, secs: u64) -> String {
        let deadline = Instant::now() + Duration::from_secs(secs);
        loop {
            let s = self.screen();
            if !s.contains(what) {
                return s;
            }
            assert!(
                Instant::now() < deadline,
                "{what:?} still on screen after {secs}s:\n{s}"
            );
            std::thread::sleep(Duration::from_millis(25));
        }
    }

    pub fn display(&self, session: &str, format: &str) -> String {
        String::from_utf8_lossy(
            &self
                .tmux(&["display-message", "-p", "-t", session, format])
                .stdout,
        )
        .trim()
        .to_owned()
    }

    /// The pid of the program running in the session's pane.
    pub fn pane_pid(&self, session: &str) -> u32 {
        self.display(session, "#{pane_pid}").parse().unwrap_or(0)
    }

    pub fn pane_dead(&self, session: &str) -> bool {
        self.display(session, "#{pane_dead}") == "1"
    }

    pub fn kill_session(&self, session: &str) {
        self.tmux(&["kill-session", "-t", session]);
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        self.tmux(&["kill-server"]);
    }
}

/// `-e NAME=VALUE` for each variable, after clearing what of the machine's would take part:
/// the language comes from what the test sets (`LC_ALL` and `LC_MESSAGES` come before
/// `LANG`, and an empty one counts as not set), and the machine's own knoop.toml never takes
/// part.
fn env_args(env: &[(&str, &str)]) -> Vec<String> {
    [
        ("LC_ALL", ""),
        ("LC_MESSAGES", ""),
        ("KNOOP_CONFIG", "/nonexistent/knoop.toml"),
    ]
    .iter()
    .chain(env)
    .flat_map(|(k, v)| ["-e".to_owned(), format!("{k}={v}")])
    .collect()
}

/// A shell command line that runs knoop with `args`, quoted for sh.
pub fn knoop_cmd(args: &[&Path]) -> String {
    let mut cmd = shell_quote(&knoop().display().to_string());
    for a in args {
        cmd.push(' ');
        cmd.push_str(&shell_quote(&a.display().to_string()));
    }
    cmd
}

pub fn shell_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', "'\\''"))
}

/// Whether a process is still alive.
pub fn alive(pid: u32) -> bool {
    Path::new(&format!("/proc/{pid}")).exists()
        && !std::fs::read_to_string(format!("/proc/{pid}/stat")).is_ok_and(|s| s.contains(") Z "))
}

/// Writes the demo network to `dir/demo.json` with the real binary.
pub fn demo(dir: &Path) -> PathBuf {
    let file = dir.join("demo.json");
    let out = Command::new(knoop())
        .arg("demo")
        .arg(&file)
        .output()
        .expect("knoop runs");
    assert!(
        out.status.success(),
        "knoop demo: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    file
}

/// The pid of the knoop running on `file`: the process whose program is knoop (tmux's own
/// processes carry the same command line, and the pane's pid can be the shell's).
pub fn knoop_pid(file: &Path) -> u32 {
    let binary = std::fs::canonicalize(knoop()).unwrap();
    let wanted = file.display().to_string();
    let pid = std::fs::read_dir("/proc")
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().to_str()?.parse::<u32>().ok())
        .find(|pid| {
            std::fs::read_link(format!("/proc/{pid}/exe")).is_ok_and(|exe| exe == binary)
                && std::fs::read(format!("/proc/{pid}/cmdline"))
                    .is_ok_and(|c| String::from_utf8_lossy(&c).contains(&wanted))
        })
        .unwrap_or(0);
    assert!(pid > 0 && alive(pid), "knoop runs on {wanted}");
    pid
}
