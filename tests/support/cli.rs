//! The command line as the tests run it: the built binary, in Dutch unless told (`LANG=C`,
//! no `KNOOP_LANG`), and the demo network written to a folder.

use std::path::{Path, PathBuf};

use assert_cmd::Command;

/// The binary, with the language taken from nothing but `--lang`.
pub fn knoop() -> Command {
    let mut c = Command::cargo_bin("knoop").unwrap();
    c.env_remove("KNOOP_LANG")
        // The machine's own knoop.toml never takes part.
        .env("KNOOP_CONFIG", "/nonexistent/knoop.toml")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C");
    c
}

/// The demo network written to `dir/w.json`.
#[allow(dead_code)]
pub fn demo(dir: &Path) -> PathBuf {
    let file = dir.join("w.json");
    knoop().arg("demo").arg(&file).assert().success();
    file
}
