//! End-to-end for the questionnaire: answer, leave, come back where you were.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "support/tmux.rs"]
mod tmux;

use tmux::{Tmux, knoop_cmd};

#[test]
fn answer_quit_restart_and_resume() {
    if !tmux::available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("w.json");
    let env = [("LANG", "nl_NL.UTF-8")];
    let t = Tmux::start("basis", 80, 24, &env, "bash --norc --noprofile");
    t.text(&format!(
        "{}; {}; echo KLAAR",
        knoop_cmd(&[&file]),
        knoop_cmd(&[&file])
    ));
    t.keys(&["Enter"]);
    t.wait_for("Overzicht", 10);
    t.keys(&["2"]);
    t.wait_for("1/17", 10);
    t.keys(&["Enter"]);
    t.wait_for("Naam van het netwerk", 10);
    t.text("Gezond Zuid");
    t.keys(&["Enter"]);
    t.wait_for("knoop · Gezond Zuid", 10);
    t.keys(&["n", "n", "n"]);
    t.wait_for("4/17", 10);
    t.keys(&["Enter"]);
    t.wait_for("Wie doen er mee?", 10);
    t.text("GGD regio");
    t.keys(&["Enter"]);
    t.text("Wijkraad");
    t.keys(&["Escape"]);
    t.wait_for("2 toegevoegd", 10);
    t.keys(&["q"]);
    // The second knoop in the line starts; its questionnaire resumes on the same screen.
    t.wait_for("Overzicht", 10);
    t.keys(&["2"]);
    t.wait_for("4/17", 10);
    let screen = t.wait_for("GGD regio · Wijkraad", 10);
    assert!(screen.contains("Wie doen er mee?"), "{screen}");
    t.keys(&["q"]);
    t.wait_for("KLAAR", 10);
    let out = std::process::Command::new(tmux::knoop())
        .args(["list", "actors", "--json", "-w"])
        .arg(&file)
        .output()
        .unwrap();
    let actors: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let names: Vec<&str> = actors
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["GGD regio", "Wijkraad"]);
}
