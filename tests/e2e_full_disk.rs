//! A full disk, then quit: the status line says NOT SAVED, and quitting keeps the work in a
//! recovery copy elsewhere and says where, instead of throwing it away. Runs on a real tmpfs
//! that is really full (mounting needs root: CI runs as root; elsewhere it is skipped).

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "support/tmux.rs"]
mod tmux;

use std::path::{Path, PathBuf};
use std::process::Command;

use tmux::{Tmux, knoop_cmd, shell_quote};

/// A small tmpfs, unmounted when the test ends, however it ends.
struct Mount(PathBuf);

impl Drop for Mount {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.0).status();
    }
}

fn mount_small(dir: &Path) -> Option<Mount> {
    let ok = Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=256k", "tmpfs"])
        .arg(dir)
        .status()
        .is_ok_and(|s| s.success());
    ok.then(|| Mount(dir.to_owned()))
}

#[test]
fn full_disk_then_quit_keeps_the_work_and_says_where() {
    if !tmux::available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let small = dir.path().join("klein");
    std::fs::create_dir(&small).unwrap();
    let Some(_mount) = mount_small(&small) else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI runs as root and can mount a tmpfs"
        );
        return;
    };
    let file = tmux::demo(&small);
    // Fill what is left of the disk.
    let filler = small.join("vol");
    let mut chunk = vec![b'x'; 4096];
    {
        use std::io::Write;
        let mut f = std::fs::File::create(&filler).unwrap();
        while f.write_all(&chunk).is_ok() {}
        chunk.clear();
    }
    let err = dir.path().join("err.txt");
    let t = Tmux::start(
        "full",
        80,
        24,
        &[
            ("LANG", "en_GB.UTF-8"),
            ("TMPDIR", dir.path().to_str().unwrap()),
        ],
        "bash --norc --noprofile",
    );
    t.text(&format!(
        "{} 2>{}; echo EXIT=$?",
        knoop_cmd(&[&file]),
        shell_quote(&err.to_string_lossy())
    ));
    t.keys(&["Enter"]);
    t.wait_for("Overview", 10);
    t.keys(&["3", "a"]);
    t.wait_for("Add actor", 10);
    t.text("Na de volle schijf");
    t.keys(&["Enter"]);
    t.wait_for("NOT SAVED", 10);
    t.keys(&["q"]);
    t.wait_for("EXIT=1", 10);
    let said = std::fs::read_to_string(&err).unwrap();
    assert!(said.contains("was not saved"), "{said}");
    let named = said.split("your changes are in ").nth(1);
    let copy = PathBuf::from(named.expect("a copy is named").trim());
    assert!(
        copy.starts_with(dir.path()),
        "kept where there is room: {}",
        copy.display()
    );
    let kept = std::fs::read_to_string(&copy).unwrap();
    assert!(kept.contains("Na de volle schijf"));
    assert!(
        !std::fs::read_to_string(&file)
            .unwrap()
            .contains("Na de volle schijf")
    );
}
