//! The store on real files: fixtures, truncation, round trips, unknown fields, newer versions,
//! and the rule that a file knoop could not read is never written.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::items_after_statements
)]

use std::path::{Path, PathBuf};

use knoop::i18n::Lang;
use knoop::store::{self, SaveError};
use knoop::tui;
use knoop::workspace::{Actor, Workspace};
use proptest::prelude::*;

fn fixtures(kind: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(kind),
    )
    .unwrap()
    .map(|e| e.unwrap().path())
    .collect();
    files.sort();
    assert!(!files.is_empty());
    files
}

#[test]
fn valid_fixtures_load() {
    for f in fixtures("valid") {
        let loaded = store::load(&f).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
        let newer = f.ends_with("newer-version.json");
        assert_eq!(loaded.newer, newer, "{}", f.display());
    }
}

#[test]
fn invalid_fixtures_fail_with_file_place_and_advice() {
    for f in fixtures("invalid") {
        let err = store::load(&f)
            .err()
            .unwrap_or_else(|| panic!("{} loaded", f.display()));
        let msg = err.to_string();
        assert!(msg.starts_with(&f.display().to_string()), "{msg}");
        assert!(msg.contains("not changed"), "advice missing: {msg}");
    }
    let e = store::load(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/invalid/wrong-type.json"),
    )
    .unwrap_err();
    assert_eq!(
        (e.field.as_str(), e.line_col.map(|l| l.0)),
        ("actors[0].position", Some(5))
    );
    assert!(e.to_string().contains("wrong-type.json:5:"), "{e}");
    let e = store::load(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/invalid/bad-date.json"),
    )
    .unwrap_err();
    assert_eq!(e.field, "foundation.rules[0].review_due");
}

#[test]
fn truncation_never_loads_as_valid_and_never_panics() {
    let full = knoop::cli::write::DEMO.as_bytes();
    let (whole, _) = store::parse(Path::new("d"), full).unwrap();
    for cut in (0..full.len()).step_by(7).chain(full.len() - 8..full.len()) {
        if let Ok((ws, _)) = store::parse(Path::new("d"), &full[..cut]) {
            // Only cutting trailing whitespace may still give the same workspace.
            assert!(
                full[cut..].iter().all(u8::is_ascii_whitespace),
                "cut at {cut} loaded"
            );
            assert_eq!(ws, whole);
        }
    }
}

#[test]
fn the_demo_asset_is_in_canonical_form() {
    let (ws, _) = store::parse(Path::new("demo"), knoop::cli::write::DEMO.as_bytes()).unwrap();
    let canonical = String::from_utf8(store::serialize(&ws).unwrap()).unwrap();
    if canonical != knoop::cli::write::DEMO {
        // Left for the developer to review and copy over assets/demo.json.
        let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("demo.canonical.json");
        std::fs::write(&out, &canonical).unwrap();
        panic!(
            "assets/demo.json is not in canonical form; see {}",
            out.display()
        );
    }
    assert!(ws.dangling_actor_ids().is_empty());
}

fn open(path: &Path) -> color_eyre::Result<tui::Session> {
    tui::open(&tui::Options {
        path: path.to_owned(),
        lang: Lang::En,
        read_only: false,
        color: true,
    })
}

#[test]
fn unknown_fields_survive_an_edit_and_save() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.json");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid/unknown-fields.json"),
        &path,
    )
    .unwrap();
    let mut session = open(&path).unwrap();
    let edit = session.app.ws.add_actor(Actor::new("Nieuw"));
    session.app.commit(edit);
    let saver = session.saver.as_ref().unwrap();
    let effects = session.app.update(knoop::app::Msg::Tick);
    let Some(knoop::app::Effect::Save(job)) = effects.into_iter().next() else {
        panic!("a committed edit is handed to the writer");
    };
    saver.submit(job);
    let report = saver
        .wait_report(std::time::Duration::from_secs(5))
        .unwrap();
    assert_eq!(report.outcome, Ok(()));
    let text = std::fs::read_to_string(&path).unwrap();
    for kept in [
        "\"sync\"",
        "\"colour\": \"groen\"",
        "\"avatar\": \"ggd.png\"",
        "Nieuw",
    ] {
        assert!(text.contains(kept), "{kept} lost:\n{text}");
    }
    assert!(
        store::backup_path(&path).exists(),
        "the previous version is kept"
    );
}

#[test]
fn a_newer_version_opens_read_only_and_is_not_written() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.json");
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid/newer-version.json");
    std::fs::copy(&src, &path).unwrap();
    let session = open(&path).unwrap();
    assert!(
        session
            .app
            .read_only
            .as_deref()
            .unwrap()
            .contains("newer knoop (version 7)")
    );
    assert!(session.saver.is_none());
    assert_eq!(std::fs::read(&path).unwrap(), std::fs::read(&src).unwrap());
    // A TUI that will not write does not hold the lock: shell commands are not told their
    // change was handed to it.
    assert!(
        knoop::store::lock::try_acquire(&path, knoop::store::lock::Holder::Cli).is_ok(),
        "the lock is free while the read-only TUI is open"
    );
    drop(session);
}

#[test]
fn a_file_that_failed_to_load_is_never_written() {
    for f in fixtures("invalid") {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("w.json");
        std::fs::copy(&f, &path).unwrap();
        assert!(open(&path).is_err(), "{} opened", f.display());
        assert_eq!(std::fs::read(&path).unwrap(), std::fs::read(&f).unwrap());
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert!(
            names.iter().all(|n| n == "w.json" || n == "w.json.lock"),
            "{names:?}"
        );
    }
}

#[test]
fn saves_refuse_to_overwrite_outside_changes_and_sweep_stale_temps() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.json");
    store::write_atomic(&path, b"one\n", None).unwrap();
    assert_eq!(
        store::write_atomic(&path, b"two\n", None),
        Err(SaveError::ChangedOnDisk)
    );
    assert_eq!(
        store::write_atomic(&path, b"two\n", Some(b"other\n")),
        Err(SaveError::ChangedOnDisk)
    );
    store::write_atomic(&path, b"two\n", Some(b"one\n")).unwrap();
    assert_eq!(std::fs::read(store::backup_path(&path)).unwrap(), b"one\n");
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
        0o600
    );
    std::fs::write(dir.path().join(".w.json.Ab3dE9"), b"half").unwrap();
    std::fs::write(dir.path().join(".w.json.keep-me"), b"not ours").unwrap();
    assert_eq!(store::sweep_temp_files(&path), 1);
    assert!(dir.path().join(".w.json.keep-me").exists());
}

fn arb_text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Z ]{0,12}",
        "\\PC{0,8}",
        Just("Zoë 中文 👍 \u{1b}[2J \"quote\" \\ back".to_owned()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Whatever is in a workspace comes back from the file exactly.
    #[test]
    fn save_then_load_is_identity(names in proptest::collection::vec(arb_text(), 0..12), title in arb_text(), note in arb_text()) {
        let mut ws = Workspace::new(&title);
        for n in &names {
            ws.add_actor(Actor::new(n));
        }
        ws.log.push(knoop::workspace::LogEntry::note(&note, jiff::Timestamp::UNIX_EPOCH));
        let (back, newer) = store::parse(Path::new("p"), &store::serialize(&ws).unwrap()).unwrap();
        prop_assert!(!newer);
        prop_assert_eq!(back, ws);
    }
}

/// Fields a newer knoop wrote survive any write, at every level: a marker is added to every
/// object of a workspace that holds every record type the schema has, and a save keeps them all.
#[test]
fn unknown_fields_survive_at_every_level() {
    use serde_json::Value;
    let (mut ws, _) = store::parse(Path::new("demo"), knoop::cli::write::DEMO.as_bytes()).unwrap();
    // Every nested record type present at least once.
    let (a, b) = (ws.actors[0].id, ws.actors[1].id);
    ws.actors[0].roles.push(knoop::workspace::RolePeriod {
        role: knoop::workspace::Role::Participant,
        coalition: None,
        from: jiff::civil::Date::constant(2026, 1, 1),
        until: None,
        extra: knoop::workspace::Extra::new(),
    });
    ws.ambitions[0]
        .investments
        .push(knoop::workspace::Investment {
            actor: a,
            time: "2 uur".into(),
            money: String::new(),
            knowledge: String::new(),
            extra: knoop::workspace::Extra::new(),
        });
    ws.log[0]
        .follow_ups
        .push(knoop::workspace::FollowUp::new("bellen", Some(b), None));
    ws.identity
        .sessions
        .push(knoop::workspace::IdentitySession {
            id: knoop::workspace::new_id(),
            date: jiff::civil::Date::constant(2026, 1, 1),
            title: "Sessie".into(),
            extra: knoop::workspace::Extra::new(),
        });
    knoop::questionnaire::new_round(&mut ws, jiff::Timestamp::UNIX_EPOCH);
    let mut value = serde_json::to_value(&ws).unwrap();
    // Maps keyed by ids or screen ids hold data, not records: a key there is not a field.
    fn mark(v: &mut Value, key: &str, n: &mut usize, paths: &mut Vec<String>, path: &str) {
        match v {
            Value::Object(map) => {
                if !["engagement", "answers", "snapshot"].contains(&key) {
                    *n += 1;
                    paths.push(path.to_owned());
                    map.insert("x-newer-knoop".into(), serde_json::json!({"n": *n}));
                }
                for (k, child) in map.iter_mut() {
                    if k != "x-newer-knoop" {
                        mark(child, k, n, paths, &format!("{path}.{k}"));
                    }
                }
            }
            Value::Array(items) => {
                for child in items {
                    mark(child, key, n, paths, &format!("{path}[]"));
                }
            }
            _ => {}
        }
    }
    let (mut n, mut paths) = (0, Vec::new());
    mark(&mut value, "", &mut n, &mut paths, "");
    paths.sort();
    paths.dedup();
    for expected in [
        "",
        ".network",
        ".actors[]",
        ".actors[].interests",
        ".actors[].roles[]",
        ".relations[]",
        ".identity",
        ".identity.words[]",
        ".identity.sessions[]",
        ".topics[]",
        ".ambitions[]",
        ".ambitions[].investments[]",
        ".foundation",
        ".foundation.rules[]",
        ".foundation.leadership[]",
        ".log[]",
        ".log[].follow_ups[]",
        ".questionnaire",
        ".questionnaire.rounds[]",
    ] {
        assert!(
            paths.contains(&expected.to_owned()),
            "no object at {expected}: {paths:?}"
        );
    }
    let bytes = serde_json::to_vec_pretty(&value).unwrap();
    let (back, _) = store::parse(Path::new("w"), &bytes).unwrap();
    let saved = String::from_utf8(store::serialize(&back).unwrap()).unwrap();
    let kept = saved.matches("\"x-newer-knoop\"").count();
    assert_eq!(kept, n, "every one of the {n} markers survives a save");
}

/// An outside program replaces the file while knoop's save is under way (between writing the new
/// version and putting it in place): its version stays, and knoop's goes to a conflict copy.
#[test]
fn a_save_raced_by_an_outside_replace_keeps_the_outside_version() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.json");
    std::fs::write(&path, b"eerst\n").unwrap();
    let outside = dir.path().join("outside.json");
    std::fs::write(&outside, b"van buiten\n").unwrap();
    let result = store::write_atomic_with(&path, b"van knoop\n", Some(b"eerst\n"), || {
        std::fs::rename(&outside, &path).unwrap();
    });
    assert_eq!(result, Err(store::SaveError::ChangedOnDisk));
    assert_eq!(std::fs::read(&path).unwrap(), b"van buiten\n");
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".w.json."))
        .collect();
    assert!(leftovers.is_empty(), "no temp file left: {leftovers:?}");
}

/// A second knoop on the same file (read-only, the first holds the lock) neither offers nor
/// touches the first one's draft.
#[test]
fn a_second_knoop_does_not_take_over_a_draft() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.json");
    std::fs::write(
        &path,
        store::serialize(&knoop::workspace::Workspace::new("N")).unwrap(),
    )
    .unwrap();
    let first = open(&path).unwrap();
    let draft = store::draft_path(&path);
    std::fs::write(
        &draft,
        br#"{"editor":{"target":{"answer":"welcome"},"lines":["half"]}}"#,
    )
    .unwrap();
    let mut second = open(&path).unwrap();
    assert!(second.app.read_only.is_some());
    assert!(
        second.app.ui.overlay.is_none(),
        "no offer in the read-only knoop"
    );
    let _ = second
        .app
        .update(knoop::app::Action::ShowPane(knoop::app::Pane::Log));
    assert!(
        std::fs::read(&draft).unwrap().starts_with(b"{\"editor\""),
        "left alone"
    );
    drop(second);
    drop(first);
    // The next knoop that writes offers it.
    let third = open(&path).unwrap();
    assert!(matches!(
        third.app.ui.overlay,
        Some(knoop::app::Overlay::Confirm(_))
    ));
}
