//! The command line contract: exit codes, messages that say where and what, and the commands
//! that write through the store.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::items_after_statements
)]

use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;

fn knoop() -> Command {
    let mut c = Command::cargo_bin("knoop").unwrap();
    c.env_remove("KNOOP_WORKSPACE")
        // The machine's own knoop.toml never takes part.
        .env("KNOOP_CONFIG", "/nonexistent/knoop.toml")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "en_GB.UTF-8");
    c
}

fn demo(dir: &Path) -> std::path::PathBuf {
    let file = dir.join("demo.json");
    knoop().arg("demo").arg(&file).assert().success();
    file
}

#[test]
fn help_version_and_usage_errors() {
    knoop()
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("samenwerken in netwerken"));
    knoop()
        .arg("--version")
        .assert()
        .success()
        .stdout(predicate::str::starts_with("knoop "));
    knoop().arg("lijst").arg("x").assert().code(2);
    knoop().args(["list", "dingen"]).assert().code(2);
}

#[test]
fn the_tui_needs_a_terminal() {
    let dir = tempfile::tempdir().unwrap();
    knoop()
        .arg(dir.path().join("w.json"))
        .assert()
        .code(1)
        .stderr(predicate::str::contains("needs a terminal"));
}

#[test]
fn check_reports_file_line_column_and_field() {
    let dir = tempfile::tempdir().unwrap();
    knoop()
        .arg("check")
        .arg("-w")
        .arg(demo(dir.path()))
        .assert()
        .success()
        .stdout(predicate::str::contains("25 actors"));
    let bad = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/invalid/wrong-type.json");
    knoop()
        .arg("check")
        .arg("-w")
        .arg(&bad)
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("wrong-type.json:5:")
                .and(predicate::str::contains("actors[0].position")),
        );
    knoop()
        .arg("check")
        .arg("-w")
        .arg(dir.path().join("nope.json"))
        .assert()
        .code(1)
        .stderr(predicate::str::contains("does not exist"));
}

#[test]
fn demo_never_overwrites_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let file = demo(dir.path());
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        std::fs::metadata(&file).unwrap().permissions().mode() & 0o777,
        0o600
    );
    std::fs::write(&file, b"mine").unwrap();
    knoop()
        .arg("demo")
        .arg(&file)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("exists already"));
    assert_eq!(std::fs::read(&file).unwrap(), b"mine");
    knoop()
        .arg("demo")
        .arg(&file)
        .arg("--force")
        .assert()
        .success();
    assert_eq!(
        std::fs::read(dir.path().join("demo.json.bak")).unwrap(),
        b"mine"
    );
}

#[test]
fn note_add_and_list_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("sub/w.json");
    knoop()
        .args(["note", "Eerste notitie", "-w"])
        .arg(&file)
        .assert()
        .success();
    knoop()
        .args([
            "add",
            "actor",
            "GGD Regio",
            "--kind",
            "organisatie",
            "--position",
            "core",
            "--role",
            "netwerkleider",
            "--tag",
            "zorg",
            "-w",
        ])
        .arg(&file)
        .assert()
        .success();
    knoop()
        .args([
            "add",
            "actor",
            "Bewoners",
            "--position",
            "vrije ruimte",
            "--role",
            "boundary-spanner",
            "-w",
        ])
        .arg(&file)
        .assert()
        .success();
    knoop()
        .args(["add", "relation", "ggd regio", "BEWONERS", "--mutual", "-w"])
        .arg(&file)
        .assert()
        .success();
    knoop()
        .args(["note", "Over de GGD", "--actor", "GGD regio", "-w"])
        .arg(&file)
        .assert()
        .success();
    let out = knoop()
        .args(["list", "actors", "--json", "-w"])
        .arg(&file)
        .output()
        .unwrap();
    let actors: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(actors[0]["name"], "GGD Regio");
    assert_eq!(actors[0]["position"], "kern");
    assert_eq!(actors[0]["roles"][0], "netwerkleider");
    assert_eq!(actors[0]["tags"][0], "zorg");
    assert_eq!(actors[1]["position"], "vrije-ruimte");
    let out = knoop()
        .args(["list", "log", "--json", "-w"])
        .arg(&file)
        .output()
        .unwrap();
    let log: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(log.as_array().unwrap().len(), 2);
    assert_eq!(log[1]["actors"][0], actors[0]["id"]);
    knoop()
        .args(["list", "actors", "-w"])
        .arg(&file)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "GGD Regio\torganisation\tkern (core)",
        ));
}

#[test]
fn bad_names_and_terms_are_clear_errors() {
    let dir = tempfile::tempdir().unwrap();
    let file = demo(dir.path());
    knoop()
        .args(["add", "relation", "Ma", "Piet Jansen", "-w"])
        .arg(&file)
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("no actor named \"Ma\"")
                .and(predicate::str::contains("Marieke de Vries")),
        );
    // A term the method does not know is a usage error that lists the ones it does; Dutch,
    // English and spaced spellings are all taken.
    knoop()
        .args(["add", "actor", "X", "--position", "midden", "-w"])
        .arg(&file)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("kern, ring, vrije-ruimte"));
    knoop()
        .args(["add", "actor", "X", "--kind", "robot", "-w"])
        .arg(&file)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("persoon, organisatie, team"));
    knoop()
        .args([
            "add",
            "actor",
            "Wijkteam",
            "--position",
            "Vrije Ruimte",
            "--kind",
        ])
        .args(["organization", "--role", "boundary-spanner", "-w"])
        .arg(&file)
        .assert()
        .success();
    knoop()
        .args(["list", "actors", "--json", "-w"])
        .arg(&file)
        .assert()
        .stdout(predicate::str::contains("\"vrije-ruimte\""));
    knoop()
        .args(["add", "actor", "bram peters", "-w"])
        .arg(&file)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("exists already"));
    knoop()
        .args(["note", "  ", "-w"])
        .arg(&file)
        .assert()
        .code(1);
    knoop()
        .args(["note", "x", "--read-only", "-w"])
        .arg(&file)
        .assert()
        .code(1);
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, b"{").unwrap();
    knoop()
        .args(["note", "x", "-w"])
        .arg(&bad)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("bad.json:1:"));
    assert_eq!(
        std::fs::read(&bad).unwrap(),
        b"{",
        "a file knoop could not read is never written"
    );
}

#[test]
fn schema_and_completions() {
    let out = knoop().arg("schema").output().unwrap();
    let schema: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(schema["properties"]["actors"].is_object());
    knoop()
        .args(["completions", "bash"])
        .assert()
        .success()
        .stdout(predicate::str::contains("knoop"));
}

#[test]
fn workspace_comes_from_env_then_data_dir() {
    let dir = tempfile::tempdir().unwrap();
    let via_env = dir.path().join("env.json");
    knoop()
        .env("KNOOP_WORKSPACE", &via_env)
        .args(["note", "a"])
        .assert()
        .success();
    assert!(via_env.exists());
    let home = dir.path().join("home");
    knoop()
        .env("HOME", &home)
        .env_remove("XDG_DATA_HOME")
        .args(["note", "b"])
        .assert()
        .success();
    assert!(home.join(".local/share/knoop/workspace.json").exists());
}

#[test]
fn checkin_and_notes_about_an_ambition_from_the_shell() {
    let dir = tempfile::tempdir().unwrap();
    let file = demo(dir.path());
    knoop()
        .args([
            "checkin",
            "--text",
            "Kernoverleg december",
            "--present",
            "Marieke de Vries,ahmed el amrani",
            "--decision",
            "Plan akkoord",
        ])
        .args([
            "--followup",
            "Directies uitnodigen",
            "--owner",
            "Ahmed El Amrani",
            "--due",
            "2026-12-15",
            "-w",
        ])
        .arg(&file)
        .assert()
        .success();
    knoop()
        .args([
            "note",
            "Over de school",
            "--ambition",
            "gezonde school in zuid",
            "-w",
        ])
        .arg(&file)
        .assert()
        .success();
    knoop()
        .args(["note", "x", "--ambition", "onbekend", "-w"])
        .arg(&file)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("Gezonde school in Zuid"));
    knoop()
        .args(["checkin", "--due", "morgenvroeg", "--followup", "x", "-w"])
        .arg(&file)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "'morgenvroeg' is not a date knoop knows",
        ));
    let out = knoop()
        .args(["list", "log", "--json", "-w"])
        .arg(&file)
        .output()
        .unwrap();
    let log: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let all = log.as_array().unwrap();
    let checkin = &all[all.len() - 2];
    assert_eq!(checkin["kind"], "checkin");
    assert_eq!(checkin["present"].as_array().unwrap().len(), 2);
    assert_eq!(checkin["follow_ups"][0]["due"], "2026-12-15");
    assert!(all[all.len() - 1]["ambition"].is_string());
}

/// `knoop ask` walks the screens as plain prompts from piped input, makes records of list
/// answers, saves after every screen, and resumes where it stopped.
#[test]
fn ask_answers_from_a_pipe_and_resumes() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("w.json");
    let input =
        "Gezond Zuid\nGezondheidsverschillen\n\n1\nresultaat telt\n2\n\nGGD\nWijkraad\n\n\n";
    knoop()
        .args(["ask", "--lang", "en", "-w"])
        .arg(&file)
        .write_stdin(input)
        .assert()
        .success()
        .stdout(predicate::str::contains("4/17 · Who takes part?"));
    let out = knoop()
        .args(["list", "actors", "--json", "-w"])
        .arg(&file)
        .output()
        .unwrap();
    let actors: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(actors.as_array().unwrap().len(), 2);
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(
        text.contains("\"type\": \"opgavegericht\"") && text.contains("\"phase\": \"ontwikkelen\""),
        "{text}"
    );
    assert!(
        text.contains("\"type\": \"resultaat telt\""),
        "the comment is kept in the round"
    );
    // Input ended on screen 5: the next run starts there.
    knoop()
        .args(["ask", "--lang", "en", "-w"])
        .arg(&file)
        .write_stdin("Apotheek\n\n")
        .assert()
        .success()
        .stdout(predicate::str::starts_with("\n5/17"));
    let out = knoop()
        .args(["list", "actors", "--json", "-w"])
        .arg(&file)
        .output()
        .unwrap();
    let actors: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(actors[2]["prospective"], true);
}

#[test]
fn a_mistyped_command_is_not_a_new_workspace() {
    let dir = tempfile::tempdir().unwrap();
    knoop()
        .current_dir(dir.path())
        .arg("lijst")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no command \"lijst\""));
    assert!(!dir.path().join("lijst").exists());
}

/// A reader that has already gone (`| head -1` after its line): knoop ends quietly, exit 0, with
/// no panic message. The pipe's read end is closed before knoop starts, so every write fails.
#[test]
fn a_closed_output_pipe_ends_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let file = demo(dir.path());
    let bin = assert_cmd::cargo::cargo_bin("knoop");
    for args in [
        vec!["list", "log", "--json"],
        vec!["list", "actors"],
        vec!["schema"],
        vec!["completions", "bash"],
        vec!["check"],
    ] {
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let out = std::process::Command::new(&bin)
            .args(&args)
            .arg("-w")
            .arg(&file)
            .env_remove("KNOOP_WORKSPACE")
            .stdout(writer)
            .stderr(std::process::Stdio::piped())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert!(stderr.is_empty(), "{args:?}: {stderr}");
    }
}

/// A language knoop does not speak is refused with the ones it does.
#[test]
fn an_unknown_language_is_refused_with_the_accepted_ones() {
    knoop()
        .args(["--lang", "de", "list", "actors"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("nl").and(predicate::str::contains("en")));
}

/// `--lang nl` speaks Dutch in every message, errors included; `--lang en` English.
#[test]
fn every_message_speaks_the_chosen_language() {
    let dir = tempfile::tempdir().unwrap();
    let file = demo(dir.path());
    let nl = |args: &[&str]| {
        let mut c = knoop();
        c.arg("--lang").arg("nl").args(args).arg("-w").arg(&file);
        c
    };
    nl(&["note", "Overleg gepland"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("notitie opgeslagen in"));
    nl(&["note", "  "])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("de notitie is leeg"));
    nl(&["add", "relation", "Ma", "Piet Jansen"])
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("geen actor met de naam \"Ma\"").and(
                predicate::str::contains("bedoel je: ")
                    .and(predicate::str::contains("Marieke de Vries")),
            ),
        );
    nl(&["add", "actor", "bram peters"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("er is al een actor met de naam"));
    nl(&["check"])
        .assert()
        .success()
        .stdout(predicate::str::contains(": in orde (formaatversie 1,"));
    nl(&["checkin", "--followup", "x", "--due", "morgenochtend"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "'morgenochtend' is geen datum die knoop kent",
        ));
    knoop()
        .args(["--lang", "nl", "demo"])
        .arg(&file)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "bestaat al; knoop overschrijft het niet",
        ));
    let bad = dir.path().join("kapot.json");
    std::fs::write(
        &bad,
        "{\n  \"format\": \"knoop-workspace\",\n  \"version\": 1,\n  \"actors\": 7\n}\n",
    )
    .unwrap();
    knoop()
        .args(["--lang", "nl", "check", "-w"])
        .arg(&bad)
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("kapot.json:4:")
                .and(predicate::str::contains("(veld `actors`)"))
                .and(predicate::str::contains("Het bestand is niet veranderd")),
        );
    knoop()
        .args(["--lang", "en", "check", "-w"])
        .arg(&bad)
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("(field `actors`)")
                .and(predicate::str::contains("The file was not changed")),
        );
    knoop()
        .args(["--lang", "nl", "list", "actors", "-w"])
        .arg(dir.path().join("nergens.json"))
        .assert()
        .code(1)
        .stderr(predicate::str::contains("nergens.json bestaat niet"));
}

/// Names from the file reach the terminal cleaned: a crafted actor name cannot set the title or
/// write the clipboard through a "did you mean" list.
#[test]
fn names_from_the_file_are_cleaned_in_messages() {
    let dir = tempfile::tempdir().unwrap();
    let file = demo(dir.path());
    let text = std::fs::read_to_string(&file).unwrap();
    let evil = text.replacen(
        "\"name\": \"Bram Peters\"",
        "\"name\": \"Bram \\u001b]0;pwned\\u0007\\u001b]52;c;ZXZpbA==\\u0007Peters\"",
        1,
    );
    assert_ne!(evil, text);
    std::fs::write(&file, evil).unwrap();
    let out = knoop()
        .args(["note", "x", "--actor", "br", "-w"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("did you mean: Bram"), "{stderr}");
    assert!(
        !stderr.contains('\u{1b}') && !stderr.contains('\u{7}'),
        "{stderr:?}"
    );
    // Taken and said: the name said is cleaned too.
    let out = knoop()
        .args(["note", "x", "--actor", "bram", "-w"])
        .arg(&file)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("taken as Bram"), "{stderr}");
    assert!(
        !stderr.contains('\u{1b}') && !stderr.contains('\u{7}'),
        "{stderr:?}"
    );
    let out = knoop()
        .args(["list", "actors", "-w"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(!out.stdout.contains(&0x1b), "list actors prints no escape");
}

/// A command line knoop cannot take is refused in the user's language, with the accepted values.
#[test]
fn usage_errors_speak_dutch_too() {
    knoop()
        .args(["--lang", "nl", "add", "actor", "X", "--position", "zijlijn"])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("ongeldige waarde 'zijlijn'")
                .and(predicate::str::contains("kern, ring, vrije-ruimte"))
                .and(predicate::str::contains("knoop --help")),
        );
    knoop()
        .env("LANG", "nl_NL.UTF-8")
        .args(["--lang", "de", "list", "actors"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("mogelijk: nl, en"));
    knoop()
        .args(["--lang=nl", "--frobnicate"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("onbekend argument --frobnicate"));
}

/// Escape sequences injected into every text of the file never reach the terminal through any
/// command that prints: lists, check, ask, the "did you mean" lists, errors about titles.
#[test]
fn injected_escapes_never_reach_the_terminal_from_any_command() {
    let dir = tempfile::tempdir().unwrap();
    let file = demo(dir.path());
    let evil = "\\u001b]0;pwned\\u0007\\u001b]52;c;ZXZpbA==\\u0007\\u001b[2J\\u009b";
    // Every string value in the file gets the payload in front (ids, dates and terms excepted).
    let text = std::fs::read_to_string(&file).unwrap();
    let mut value: serde_json::Value = serde_json::from_str(&text).unwrap();
    fn poison(v: &mut serde_json::Value, key: &str, evil: &str) {
        match v {
            serde_json::Value::String(s)
                if [
                    "name",
                    "title",
                    "text",
                    "description",
                    "issue",
                    "notes",
                    "represents",
                    "explanation",
                    "decision_rule",
                    "next_step",
                ]
                .contains(&key) =>
            {
                *s = format!(
                    "{}{s}",
                    serde_json::from_str::<String>(&format!("\"{evil}\"")).unwrap()
                );
            }
            serde_json::Value::Array(items) => {
                let k = if key == "decisions" { "text" } else { key };
                for item in items.iter_mut() {
                    poison(item, k, evil);
                }
            }
            serde_json::Value::Object(map) => {
                for (k, child) in map.iter_mut() {
                    poison(child, k, evil);
                }
            }
            _ => {}
        }
    }
    poison(&mut value, "", evil);
    std::fs::write(&file, serde_json::to_string_pretty(&value).unwrap()).unwrap();
    let runs: Vec<Vec<&str>> = vec![
        vec!["list", "actors"],
        vec!["list", "topics"],
        vec!["list", "ambitions"],
        vec!["list", "log"],
        vec!["list", "identity"],
        vec!["check"],
        vec!["note", "x", "--actor", "bram"],
        vec!["note", "x", "--ambition", "bestaat niet"],
        vec!["add", "relation", "piet", "bram"],
        vec!["ask"],
    ];
    for args in runs {
        let out = knoop()
            .args(&args)
            .arg("-w")
            .arg(&file)
            .write_stdin("")
            .output()
            .unwrap();
        for (name, bytes) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
            assert!(
                !bytes.iter().any(|b| *b == 0x1b || *b == 0x07),
                "{args:?} {name}: {}",
                String::from_utf8_lossy(bytes)
            );
            assert!(
                !String::from_utf8_lossy(bytes).contains('\u{9b}'),
                "{args:?} {name}"
            );
        }
        if args == ["list", "actors"] {
            let shown = String::from_utf8_lossy(&out.stdout);
            assert!(
                shown.contains("]0;pwned"),
                "the payload was there, cleaned: {shown}"
            );
        }
    }
}

/// What was decided can be read back from the shell: `list log` prints who was there, every
/// decision and every follow-up with owner, due date and state; an empty check-in or a
/// follow-up without text is refused.
#[test]
fn the_log_reads_back_decisions_and_follow_ups() {
    let dir = tempfile::tempdir().unwrap();
    let file = demo(dir.path());
    knoop()
        .args([
            "checkin",
            "--text",
            "Kernoverleg",
            "--present",
            "bram peters",
            "--decision",
        ])
        .args([
            "Subsidie aanvragen",
            "--followup",
            "Aanvraag schrijven",
            "--owner",
            "bram peters",
        ])
        .args(["--due", "2027-01-15", "-w"])
        .arg(&file)
        .assert()
        .success();
    knoop()
        .args(["list", "log", "-w"])
        .arg(&file)
        .assert()
        .success()
        .stdout(
            predicate::str::contains("present: Bram Peters")
                .and(predicate::str::contains("decision: Subsidie aanvragen"))
                .and(predicate::str::contains(
                    "follow-up: Aanvraag schrijven · Bram Peters · 2027-01-15 · open",
                )),
        );
    knoop()
        .args(["checkin", "-w"])
        .arg(&file)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("an empty check-in is not saved"));
    knoop()
        .args(["checkin", "--text", "x", "--followup", " ", "-w"])
        .arg(&file)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("A follow-up needs text"));
}

/// The minutes go out: `export minutes --last` holds the meeting just recorded, in the chosen
/// language, ready to paste into an e-mail; `-o` writes a private file.
#[test]
fn the_minutes_of_the_last_meeting_go_out() {
    let dir = tempfile::tempdir().unwrap();
    let file = demo(dir.path());
    knoop()
        .args([
            "checkin",
            "--text",
            "Kernoverleg december",
            "--present",
            "bram peters",
        ])
        .args([
            "--decision",
            "Subsidie aanvragen",
            "--followup",
            "Aanvraag schrijven",
        ])
        .args(["--owner", "bram peters", "--due", "2027-01-15", "-w"])
        .arg(&file)
        .assert()
        .success();
    knoop()
        .args(["--lang", "en", "export", "minutes", "--last", "-w"])
        .arg(&file)
        .assert()
        .success()
        .stdout(
            predicate::str::starts_with("# Minutes: Kernoverleg december (")
                .and(predicate::str::contains("**Present:** Bram Peters"))
                .and(predicate::str::contains(
                    "## Decisions\n\n- Subsidie aanvragen",
                ))
                .and(predicate::str::contains(
                    "- [ ] Aanvraag schrijven (Bram Peters) · by 2027-01-15",
                ))
                .and(predicate::str::contains("## Still open from before")),
        );
    let out = dir.path().join("verslag.md");
    knoop()
        .args(["--lang", "nl", "export", "minutes", "-o"])
        .arg(&out)
        .arg("-w")
        .arg(&file)
        .assert()
        .success()
        .stdout(predicate::str::contains("geschreven naar"));
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(text.starts_with("# Verslag: Kernoverleg december"));
    let mode =
        std::os::unix::fs::PermissionsExt::mode(&std::fs::metadata(&out).unwrap().permissions());
    assert_eq!(mode & 0o777, 0o600, "minutes name real people");
    knoop()
        .args([
            "--lang",
            "en",
            "export",
            "minutes",
            "--entry",
            "0190e0c8-0000-7000-8000-000000000001",
            "-w",
        ])
        .arg(&file)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("no log entry with id"));
}

/// `knoop analyse --json` on the demo network: every actor with the measures networkx gives
/// (pinned against the committed fixture), the groups, bridges, cut vertices and isolates by
/// name; the plain table in either language, sorted by betweenness; `analyze` and a kind or a
/// coalition narrow it; an unknown ambition is an error that lists the titles.
#[test]
fn analyse_prints_the_measures_networkx_gives() {
    let dir = tempfile::tempdir().unwrap();
    let file = demo(dir.path());
    let out = knoop()
        .args(["analyse", "--json", "-w"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success());
    let got: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let fixture: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/networkx/demo.json"),
        )
        .unwrap(),
    )
    .unwrap();
    let want = &fixture["expected"];
    let actors = got["actors"].as_array().unwrap();
    assert_eq!(actors.len(), 25);
    for a in actors {
        let name = a["name"].as_str().unwrap();
        for key in ["betweenness", "closeness", "eigenvector"] {
            let (x, y) = (a[key].as_f64().unwrap(), want[key][name].as_f64().unwrap());
            assert!((x - y).abs() < 1e-9, "{name} {key}: {x} vs {y}");
        }
        assert_eq!(a["degree"], want["degree"][name]);
        assert_eq!(
            a["constraint"].is_null(),
            want["constraint"][name].is_null()
        );
        for key in ["id", "effective_size", "component"] {
            assert!(a.get(key).is_some(), "{key}");
        }
    }
    assert_eq!(got["components"], want["components"]);
    let isolates = got["isolates"].as_array().unwrap();
    assert_eq!(isolates.len(), want["isolates"].as_array().unwrap().len());
    assert!(got["bridges"][0].as_array().is_some_and(|p| p.len() == 2));
    assert!(
        got["articulation_points"]
            .as_array()
            .is_some_and(|p| !p.is_empty())
    );
    knoop()
        .args(["--lang", "en", "analyze", "-w"])
        .arg(&file)
        .assert()
        .success()
        .stdout(
            predicate::str::starts_with("Actor ")
                .and(predicate::str::contains("betw."))
                .and(predicate::str::contains("\nMarieke de Vries "))
                .and(predicate::str::contains(
                    "Isolated (no relations): Apothekers Zuid",
                )),
        );
    let first = String::from_utf8(
        knoop()
            .args(["--lang", "nl", "analyse", "-w"])
            .arg(&file)
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    let top = first.lines().nth(1).unwrap();
    assert!(
        top.starts_with("Fatima Yilmaz "),
        "the broker of the demo network first: {first}"
    );
    assert!(first.contains("Scharnieren (zonder hen valt het netwerk uiteen): "));
    let coalition = knoop()
        .args([
            "analyse",
            "--json",
            "--ambition",
            "gezonde school in zuid",
            "-w",
        ])
        .arg(&file)
        .output()
        .unwrap();
    let got: serde_json::Value = serde_json::from_slice(&coalition.stdout).unwrap();
    assert_eq!(got["actors"].as_array().unwrap().len(), 4);
    let none = knoop()
        .args(["analyse", "--json", "--kind", "bestaat niet", "-w"])
        .arg(&file)
        .output()
        .unwrap();
    let got: serde_json::Value = serde_json::from_slice(&none.stdout).unwrap();
    assert_eq!(got["isolates"].as_array().unwrap().len(), 25);
    knoop()
        .args(["--lang", "en", "analyse", "--ambition", "Nope", "-w"])
        .arg(&file)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("Gezonde school in Zuid"));
}

/// `knoop analyse --chain FROM TO`: the shortest chain of introductions, and a clear error
/// where none joins the two.
#[test]
fn analyse_finds_the_shortest_chain_and_says_when_there_is_none() {
    let dir = tempfile::tempdir().unwrap();
    let file = demo(dir.path());
    knoop()
        .args([
            "--lang",
            "en",
            "analyse",
            "--chain",
            "Bram Peters",
            "Mirjam Vos",
            "-w",
        ])
        .arg(&file)
        .assert()
        .success()
        .stdout(
            predicate::str::starts_with("Bram Peters → Marieke de Vries → ")
                .and(predicate::str::contains("→ Noor Hendriks → Mirjam Vos (")),
        );
    knoop()
        .args([
            "--lang",
            "nl",
            "analyse",
            "--chain",
            "Bram Peters",
            "Apothekers Zuid",
            "-w",
        ])
        .arg(&file)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("Geen keten van relaties"));
}

/// The language follows the locale as POSIX orders it: `LC_ALL`, then `LC_MESSAGES`, then
/// `LANG`; an empty one does not count.
#[test]
fn the_locale_decides_the_language_in_posix_order() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nergens.json");
    let said = |vars: &[(&str, &str)]| {
        let mut c = knoop();
        for (k, v) in vars {
            c.env(k, v);
        }
        let out = c.arg("check").arg(&missing).output().unwrap();
        String::from_utf8_lossy(&out.stderr).into_owned()
    };
    assert!(said(&[("LANG", "nl_NL.UTF-8"), ("LC_ALL", "en_GB.UTF-8")]).contains("does not exist"));
    assert!(
        said(&[("LANG", "en_GB.UTF-8"), ("LC_MESSAGES", "nl_NL.UTF-8")]).contains("bestaat niet")
    );
    assert!(said(&[("LANG", "en_GB.UTF-8"), ("LC_ALL", "")]).contains("does not exist"));
}

/// `knoop check` on a file from a newer knoop says it is whole and that this knoop can only
/// read it.
#[test]
fn check_says_a_newer_file_is_read_only_here() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("w.json");
    knoop().arg("demo").arg(&file).assert().success();
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, text.replacen("\"version\": 1", "\"version\": 9", 1)).unwrap();
    knoop()
        .arg("check")
        .arg(&file)
        .assert()
        .success()
        .stdout(predicate::str::contains("ok (format version 9").and(predicate::str::contains(
            "written by a newer knoop (format version 9; this one knows 1): this knoop can read it, not change it",
        )));
}

/// A file where the agenda and Roles disagree on a coalitieleider (edited by hand, or from
/// before knoop kept them as one) is named by `knoop check`, with what to do; the demo is not.
#[test]
fn check_names_a_coalitieleider_the_agenda_and_roles_disagree_on() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("w.json");
    knoop().arg("demo").arg(&file).assert().success();
    knoop()
        .args(["check", "--lang", "en"])
        .arg(&file)
        .assert()
        .success()
        .stderr(predicate::str::contains("coalitieleider").not());
    let mut ws: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    ws["ambitions"][0]["leader"] = serde_json::Value::Null;
    std::fs::write(&file, serde_json::to_string_pretty(&ws).unwrap()).unwrap();
    knoop()
        .args(["check", "--lang", "en"])
        .arg(&file)
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "Gezonde school in Zuid: the agenda names nobody as coalitieleider, Roles Ahmed El Amrani; choose one with L in the Agenda",
        ));
}

/// `knoop list identity` lists the card as it stands, the latest session's words, per area,
/// most dots first; an earlier session's words are not mixed in.
#[test]
fn list_identity_is_the_card_as_it_stands() {
    let dir = tempfile::tempdir().unwrap();
    let file = demo(dir.path());
    let out = knoop()
        .args(["list", "identity", "-w"])
        .arg(&file)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 9, "{text}");
    assert_eq!(lines[0], "passie (passion)\tKansengelijkheid\t7");
    assert!(
        !text.contains("Sport in de wijk"),
        "a word of the first session"
    );
}

/// `knoop man` prints the manual page and `knoop man DIR` writes one per command, made from
/// the same definitions as `--help`; `man` itself reads them (where it is installed).
#[test]
fn the_manual_pages_come_from_the_command_line_definitions() {
    let page = knoop().arg("man").output().unwrap();
    assert!(page.status.success());
    let roff = String::from_utf8_lossy(&page.stdout);
    assert!(roff.contains(".TH knoop 1"), "{roff}");
    assert!(
        roff.contains("merge\\-driver") && roff.contains("import"),
        "{roff}"
    );
    let dir = tempfile::tempdir().unwrap();
    knoop().arg("man").arg(dir.path()).assert().success();
    let import = dir.path().join("knoop-import.1");
    assert!(
        std::fs::read_to_string(&import)
            .unwrap()
            .contains("\\-\\-dry\\-run")
    );
    let Ok(shown) = std::process::Command::new("man")
        .arg("-l")
        .arg(&import)
        .env("MANWIDTH", "80")
        .output()
    else {
        eprintln!("skipped: man is not here");
        return;
    };
    let text = String::from_utf8_lossy(&shown.stdout);
    assert!(text.contains("knoop-import"), "{text}");
}

/// Names on the command line are found as the TUI's search finds them: the one clear match is
/// taken and said; a fragment that fits several lists them, and nothing is written.
#[test]
fn a_name_is_found_as_the_tui_finds_it() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("w.json");
    knoop().arg("demo").arg(&file).assert().success();
    knoop()
        .args(["note", "Gebeld", "--actor", "ahmd", "-w"])
        .arg(&file)
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "\"ahmd\" taken as Ahmed El Amrani",
        ));
    let before = std::fs::read(&file).unwrap();
    knoop()
        .args(["note", "Gebeld", "--actor", "an", "-w"])
        .arg(&file)
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("did you mean:").and(predicate::str::contains("Sanne Bakker")),
        );
    assert_eq!(std::fs::read(&file).unwrap(), before);
}

/// Your own `knoop.toml`: its language and default workspace are used, `knoop config` shows
/// where it is and a default to start from, and a broken one stops knoop with its line and
/// column before anything happens.
#[test]
fn the_settings_file_is_used_and_a_broken_one_is_said_where() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("knoop.toml");
    let with = |args: &[&str]| {
        let mut c = knoop();
        c.env("KNOOP_CONFIG", &config)
            .env("LANG", "nl_NL.UTF-8")
            .args(args);
        c.output().unwrap()
    };
    let path = with(&["config", "--path"]);
    assert_eq!(
        String::from_utf8_lossy(&path.stdout).trim(),
        config.display().to_string()
    );
    let default = with(&["config", "--default"]);
    std::fs::write(&config, &default.stdout).unwrap();
    assert!(with(&["config"]).status.success());

    let net = dir.path().join("net.json");
    knoop().arg("demo").arg(&net).assert().success();
    std::fs::write(
        &config,
        format!("lang = \"en\"\nworkspace = \"{}\"\n", net.display()),
    )
    .unwrap();
    let listed = with(&["list", "actors"]);
    assert!(String::from_utf8_lossy(&listed.stdout).starts_with("Marieke de Vries\tperson"));

    std::fs::write(&config, "lang = \"en\"\nmouse = maybe\n").unwrap();
    let broken = with(&["list", "actors"]);
    assert_eq!(broken.status.code(), Some(1));
    let err = String::from_utf8_lossy(&broken.stderr);
    assert!(err.contains("knoop.toml:2:9:"), "{err}");
    assert!(
        with(&["config", "--path"]).status.success(),
        "config works with a broken file"
    );
}

/// `knoop ask` on a choice it does not know asks again with the choices, in the chosen
/// language, and takes a word from either language's name (`task` for task-oriented).
#[test]
fn ask_asks_again_on_an_unknown_choice() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("w.json");
    let input = "Gezond Zuid\nGezondheidsverschillen\n\nblauw\ntask\n\n";
    let out = knoop()
        .args(["ask", "--lang", "en", "-w"])
        .arg(&file)
        .write_stdin(input)
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains("I do not know blauw; choose a number or a name: 1 "),
        "{said}"
    );
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains("\"type\": \"opgavegericht\""), "{text}");
}

/// `knoop ask` ends with the summary: what is answered, the next steps, the points of
/// attention.
#[test]
fn ask_ends_with_the_summary() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("w.json");
    let out = knoop()
        .args(["ask", "--lang", "en", "-w"])
        .arg(&file)
        .write_stdin("\n".repeat(200))
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.contains("\nSummary: 0/16 answered\n"), "{said}");
    assert!(
        said.contains("Next steps: ") && said.contains("! Nobody is strateeg"),
        "{said}"
    );
}
