//! knoop's merge driver run by git itself: two clones of one repository, offline edits in
//! each, `git pull`; the result loads, holds both sides, is byte for byte what knoop saves,
//! and a field changed differently on both sides is a conflict kept as valid JSON that
//! `knoop check` lists. Without the driver git's line merge breaks the file; knoop says so on
//! load and what to run, and `git checkout -m` then merges it with the driver.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "support/cli.rs"]
mod cli;
#[path = "support/tmux.rs"]
mod tmux;

use std::path::{Path, PathBuf};
use std::process::Command;

use cli::knoop;
use knoop::workspace::Workspace;

fn git(dir: &Path, args: &[&str]) -> (bool, String) {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .env("GIT_AUTHOR_NAME", "t")
        .env("GIT_AUTHOR_EMAIL", "t@example.org")
        .env("GIT_COMMITTER_NAME", "t")
        .env("GIT_COMMITTER_EMAIL", "t@example.org")
        .output()
        .unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), text)
}

/// A repository holding the demo workspace, and two clones of it: Anna's and Bram's.
fn repos(dir: &Path, driver: bool) -> (PathBuf, PathBuf) {
    let origin = dir.join("origin");
    std::fs::create_dir(&origin).unwrap();
    git(&origin, &["init", "-q", "-b", "main"]);
    knoop()
        .arg("demo")
        .arg(origin.join("w.json"))
        .assert()
        .success();
    git(&origin, &["add", "."]);
    git(&origin, &["commit", "-qm", "start"]);
    git(&origin, &["config", "receive.denyCurrentBranch", "ignore"]);
    let clone = |name: &str| {
        let path = dir.join(name);
        git(dir, &["clone", "-q", origin.to_str().unwrap(), name]);
        git(&path, &["config", "pull.rebase", "false"]);
        if driver {
            knoop()
                .args(["git", "setup", "-w"])
                .arg(path.join("w.json"))
                .assert()
                .success();
        }
        path
    };
    (clone("anna"), clone("bram"))
}

fn load(file: &Path) -> Workspace {
    knoop::store::parse(file, &std::fs::read(file).unwrap())
        .unwrap()
        .0
}

fn save(file: &Path, ws: &Workspace) {
    std::fs::write(file, knoop::store::serialize(ws).unwrap()).unwrap();
}

fn commit_and_push(repo: &Path, msg: &str) {
    git(repo, &["commit", "-qam", msg]);
    let (ok, said) = git(repo, &["push", "-q", "origin", "main"]);
    assert!(ok, "{said}");
}

fn edit(repo: &Path, change: impl FnOnce(&mut Workspace)) {
    let file = repo.join("w.json");
    let mut ws = load(&file);
    change(&mut ws);
    save(&file, &ws);
}

#[test]
fn additions_and_different_fields_merge_cleanly_through_git() {
    let dir = tempfile::tempdir().unwrap();
    let (anna, bram) = repos(dir.path(), true);
    knoop()
        .args(["add", "actor", "Wijkraad Zuid", "--tag", "bewoners", "-w"])
        .arg(anna.join("w.json"))
        .assert()
        .success();
    edit(&anna, |ws| {
        ws.actors[13].position = Some(knoop::workspace::Position::Ring);
    });
    commit_and_push(&anna, "anna");
    knoop()
        .args(["note", "Gebeld met de GGD", "-w"])
        .arg(bram.join("w.json"))
        .assert()
        .success();
    edit(&bram, |ws| {
        ws.actors[13].represents = "Zilveren Kruis Zuid".into();
        ws.actors[0].tags.push("wijk".into());
    });
    git(&bram, &["commit", "-qam", "bram"]);
    let (ok, said) = git(&bram, &["pull", "-q", "--no-edit", "origin", "main"]);
    assert!(ok, "a clean merge: {said}");
    let file = bram.join("w.json");
    let bytes = std::fs::read(&file).unwrap();
    let ws = load(&file);
    assert_eq!(
        knoop::store::serialize(&ws).unwrap(),
        bytes,
        "what knoop would save"
    );
    assert!(ws.actors.iter().any(|a| a.name == "Wijkraad Zuid"));
    assert!(ws.log.iter().any(|e| e.text == "Gebeld met de GGD"));
    let bram_peters = &ws.actors[13];
    assert_eq!(bram_peters.position, Some(knoop::workspace::Position::Ring));
    assert_eq!(bram_peters.represents, "Zilveren Kruis Zuid");
    assert!(ws.conflicts.is_empty());
    knoop().args(["check"]).arg(&file).assert().success();

    // The readable diff: git shows the field, by the actor's name.
    let (_, diff) = git(
        &bram,
        &[
            "log",
            "-p",
            "-1",
            "--first-parent",
            "HEAD~1",
            "--",
            "w.json",
        ],
    );
    assert!(
        diff.contains("+  represents: Zilveren Kruis Zuid"),
        "{diff}"
    );
    // Setting up again changes nothing.
    let again = knoop()
        .args(["git", "setup", "--lang", "en", "-w"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&again.stdout).contains("nothing changed"));
}

#[test]
fn a_field_changed_differently_is_a_valid_conflict_that_check_lists() {
    let dir = tempfile::tempdir().unwrap();
    let (anna, bram) = repos(dir.path(), true);
    edit(&anna, |ws| {
        ws.actors[13].position = Some(knoop::workspace::Position::Ring);
        ws.actors.remove(24);
    });
    commit_and_push(&anna, "anna");
    edit(&bram, |ws| {
        ws.actors[13].position = Some(knoop::workspace::Position::VrijeRuimte);
        ws.actors[24].represents = "Ouders van vijf scholen".into();
    });
    git(&bram, &["commit", "-qam", "bram"]);
    let (ok, said) = git(&bram, &["pull", "--no-edit", "origin", "main"]);
    assert!(!ok && said.contains("CONFLICT"), "{said}");
    let file = bram.join("w.json");
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(!text.contains("<<<<<<<"), "no text markers");
    let ws = load(&file);
    assert_eq!(ws.conflicts.len(), 2, "{:?}", ws.conflicts);
    assert!(
        ws.actors.iter().any(|a| a.name == "Ouderraad VO-scholen"),
        "a record one side deleted and the other changed stays"
    );
    let out = knoop()
        .args(["check", "--lang", "en"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains("actor Bram Peters: position: here \"vrije-ruimte\", there \"ring\""),
        "{said}"
    );
    assert!(
        said.contains("actor Ouderraad VO-scholen: the whole record: here"),
        "{said}"
    );
}

#[test]
fn without_the_driver_git_breaks_the_file_and_knoop_says_what_to_run() {
    let dir = tempfile::tempdir().unwrap();
    let (anna, bram) = repos(dir.path(), false);
    knoop()
        .args(["add", "actor", "Wijkraad Zuid", "-w"])
        .arg(anna.join("w.json"))
        .assert()
        .success();
    commit_and_push(&anna, "anna");
    knoop()
        .args(["add", "actor", "Huurdersvereniging", "-w"])
        .arg(bram.join("w.json"))
        .assert()
        .success();
    git(&bram, &["commit", "-qam", "bram"]);
    let (ok, said) = git(&bram, &["pull", "--no-edit", "origin", "main"]);
    assert!(!ok && said.contains("CONFLICT (content)"), "{said}");
    let file = bram.join("w.json");
    let out = knoop()
        .args(["check", "--lang", "en"])
        .arg(&file)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("git merged it line by line"), "{err}");
    assert!(err.contains("knoop git setup"), "{err}");
    // As the message says: set up, then redo the merge of the file.
    knoop()
        .args(["git", "setup", "-w"])
        .arg(&file)
        .assert()
        .success();
    let (ok, said) = git(&bram, &["checkout", "-m", "--", "w.json"]);
    assert!(ok, "{said}");
    let ws = load(&file);
    assert!(ws.actors.iter().any(|a| a.name == "Wijkraad Zuid"));
    assert!(ws.actors.iter().any(|a| a.name == "Huurdersvereniging"));
    knoop().args(["check"]).arg(&file).assert().success();
}

/// The conflict a real merge left, chosen in the TUI by keys: the Overview says it is there,
/// `C` lists it, `t` takes the other side's value, and the merge can be committed.
#[test]
fn a_conflict_is_chosen_in_the_tui_by_keys() {
    if !tmux::available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let (anna, bram) = repos(dir.path(), true);
    edit(&anna, |ws| {
        ws.actors[13].position = Some(knoop::workspace::Position::Ring);
    });
    commit_and_push(&anna, "anna");
    edit(&bram, |ws| {
        ws.actors[13].position = Some(knoop::workspace::Position::VrijeRuimte);
    });
    git(&bram, &["commit", "-qam", "bram"]);
    let (ok, _) = git(&bram, &["pull", "--no-edit", "origin", "main"]);
    assert!(!ok);
    let file = bram.join("w.json");
    let t = tmux::Tmux::start(
        "conflict",
        80,
        24,
        &[("LANG", "en_GB.UTF-8")],
        &format!("{}; echo EXIT=$?; sleep 30", tmux::knoop_cmd(&[&file])),
    );
    t.wait_for("Conflicts of a merge: 1 field (C to", 10);
    t.keys(&["C"]);
    t.wait_for("here (h): \"vrije-ruimte\"", 10);
    t.wait_for("there (t): \"ring\"", 10);
    t.keys(&["t"]);
    t.wait_for("Every conflict chosen", 10);
    t.wait_for("saved", 10);
    t.keys(&["q"]);
    t.wait_for("EXIT=0", 10);
    let ws = load(&file);
    assert!(ws.conflicts.is_empty());
    assert_eq!(
        ws.actors[13].position,
        Some(knoop::workspace::Position::Ring)
    );
    knoop().args(["check"]).arg(&file).assert().success();
    git(&bram, &["add", "w.json"]);
    let (ok, said) = git(&bram, &["commit", "-qm", "merged"]);
    assert!(ok, "{said}");
}

/// Tags added and removed on different sides, a note edited on both sides in different
/// paragraphs, and a field only a newer knoop knows: all merged, nothing lost.
#[test]
fn tags_notes_and_a_newer_knoops_fields_merge_through_git() {
    let dir = tempfile::tempdir().unwrap();
    let (anna, bram) = repos(dir.path(), true);
    edit(&anna, |ws| {
        ws.actors[0].notes = "Eerste alinea.\n\nTweede alinea.\n\nDerde alinea.\n".into();
    });
    commit_and_push(&anna, "notes");
    let (ok, said) = git(&bram, &["pull", "-q", "origin", "main"]);
    assert!(ok, "{said}");
    let tags_before = load(&bram.join("w.json")).actors[0].tags.clone();
    assert!(!tags_before.is_empty());
    edit(&anna, |ws| {
        ws.actors[0].tags.push("buurt".into());
        ws.actors[0].notes =
            "Eerste alinea, aangevuld.\n\nTweede alinea.\n\nDerde alinea.\n".into();
        ws.extra.insert(
            "sinds_versie_2".into(),
            serde_json::json!({"kleur": "blauw"}),
        );
    });
    commit_and_push(&anna, "anna");
    edit(&bram, |ws| {
        ws.actors[0].tags.remove(0);
        ws.actors[0].notes = "Eerste alinea.\n\nTweede alinea.\n\nDerde alinea, herzien.\n".into();
    });
    git(&bram, &["commit", "-qam", "bram"]);
    let (ok, said) = git(&bram, &["pull", "-q", "--no-edit", "origin", "main"]);
    let check = knoop()
        .arg("check")
        .arg(bram.join("w.json"))
        .output()
        .unwrap();
    assert!(ok, "{said}{}", String::from_utf8_lossy(&check.stdout));
    let ws = load(&bram.join("w.json"));
    let mut expected: Vec<String> = tags_before[1..].to_vec();
    expected.push("buurt".into());
    assert_eq!(
        ws.actors[0].tags, expected,
        "a removal stays removed, an addition added"
    );
    assert_eq!(
        ws.actors[0].notes,
        "Eerste alinea, aangevuld.\n\nTweede alinea.\n\nDerde alinea, herzien.\n"
    );
    assert_eq!(
        ws.extra.get("sinds_versie_2"),
        Some(&serde_json::json!({"kleur": "blauw"}))
    );
    assert!(ws.conflicts.is_empty());
}
