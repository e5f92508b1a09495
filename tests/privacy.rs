//! The right to erasure: after `knoop forget`, the name is in none of the files beside the
//! workspace (backup, journal, draft, conflict copy) nor in the workspace, which still loads
//! and keeps a tombstone; it asks first, and refuses while knoop has the file open.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

#[path = "support/cli.rs"]
mod cli;

use cli::knoop;

fn holding(dir: &Path, name: &str) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .filter(|e| {
            std::fs::read(e.path()).is_ok_and(|b| String::from_utf8_lossy(&b).contains(name))
        })
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect()
}

#[test]
fn a_forgotten_person_is_in_no_file_beside_the_workspace() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("w.json");
    knoop().arg("demo").arg(&file).assert().success();
    let id = {
        let (ws, _) = knoop::store::parse(&file, &std::fs::read(&file).unwrap()).unwrap();
        ws.actors
            .iter()
            .find(|a| a.name == "Piet Jansen")
            .unwrap()
            .id
    };
    // A snapshot holds him too.
    knoop()
        .args(["snapshot", "voor", "-w"])
        .arg(&file)
        .assert()
        .success();
    // A backup (a save made one), a conflict copy, a draft and a journal line that name him.
    knoop()
        .args(["add", "actor", "Nieuw", "-w"])
        .arg(&file)
        .assert()
        .success();
    std::fs::copy(&file, dir.path().join("w.json.conflict-20261130-1")).unwrap();
    std::fs::write(
        dir.path().join("w.json.draft"),
        r#"{"form":{"kind":"note","fields":[{"label":"Notitie","value":{"text":"Piet Jansen belt"}}]}}"#,
    )
    .unwrap();
    knoop::store::journal::append(
        &file,
        &knoop::store::journal::Entry::AddLog(knoop::workspace::LogEntry::note(
            "Piet Jansen belt terug",
            jiff::Timestamp::UNIX_EPOCH,
        )),
    )
    .unwrap();
    let before = holding(dir.path(), "Piet Jansen");
    for f in [
        "w.json",
        "w.json.bak",
        "w.json.conflict-20261130-1",
        "w.json.draft",
        "w.json.journal",
    ] {
        assert!(before.contains(&f.to_owned()), "{f} in {before:?}");
    }
    // No: nothing changes.
    knoop()
        .args(["--lang", "en", "forget", "Piet Jansen", "-w"])
        .arg(&file)
        .write_stdin("n\n")
        .assert()
        .code(1)
        .stderr(predicates::str::contains("nothing erased"));
    assert!(holding(dir.path(), "Piet Jansen").contains(&"w.json".to_owned()));
    // Yes: gone everywhere, the workspace whole, a tombstone kept.
    knoop()
        .args(["--lang", "en", "forget", "piet jansen", "-w"])
        .arg(&file)
        .write_stdin("y\n")
        .assert()
        .success()
        .stdout(predicates::str::contains("Piet Jansen is forgotten in"));
    assert_eq!(holding(dir.path(), "Piet Jansen"), Vec::<String>::new());
    knoop().args(["check", "-w"]).arg(&file).assert().success();
    let (ws, _) = knoop::store::parse(&file, &std::fs::read(&file).unwrap()).unwrap();
    assert!(ws.actor(id).is_none());
    assert_eq!(ws.forgotten, [id]);
    assert!(ws.relations.iter().all(|r| r.from != id && r.to != id));
    assert!(ws.dangling_actor_ids().is_empty());
    assert_eq!(ws.snapshots.len(), 1);
    assert!(
        ws.snapshots[0].actors.iter().all(|a| a.id != id),
        "out of the snapshot too"
    );
    assert!(
        ws.snapshots[0]
            .relations
            .iter()
            .all(|r| r.from != id && r.to != id)
    );
}

#[test]
fn forget_waits_for_knoop_to_close_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("w.json");
    knoop().arg("demo").arg(&file).assert().success();
    let _held = knoop::store::lock::acquire_within(
        &file,
        knoop::store::lock::Holder::Tui,
        std::time::Duration::ZERO,
    )
    .unwrap();
    knoop()
        .args(["--lang", "en", "forget", "Piet Jansen", "--yes", "-w"])
        .arg(&file)
        .assert()
        .code(1)
        .stderr(predicates::str::contains("close it first"));
    assert!(
        String::from_utf8(std::fs::read(&file).unwrap())
            .unwrap()
            .contains("Piet Jansen")
    );
}

/// A tombstone holds: an export made before `knoop forget` does not bring the person back
/// through `knoop import`; the row is refused and says why.
#[test]
fn an_import_cannot_bring_a_forgotten_person_back() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("w.json");
    knoop().arg("demo").arg(&file).assert().success();
    let old = dir.path().join("old.json");
    knoop()
        .args(["export", "kumu", "-o"])
        .arg(&old)
        .arg("-w")
        .arg(&file)
        .assert()
        .success();
    knoop()
        .args(["forget", "Piet Jansen", "--yes", "-w"])
        .arg(&file)
        .assert()
        .success();
    let out = knoop()
        .args(["--lang", "en", "import"])
        .arg(&old)
        .arg("-w")
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success());
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains("erased with knoop forget; does not come back"),
        "{said}"
    );
    assert!(!String::from_utf8_lossy(&std::fs::read(&file).unwrap()).contains("Piet Jansen"));
}
