//! End-to-end for the actors register and roles: the real binary in tmux at 80x24.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "support/tmux.rs"]
mod tmux;

use tmux::{Tmux, knoop_cmd};

fn list_actors(file: &std::path::Path) -> serde_json::Value {
    let out = std::process::Command::new(tmux::knoop())
        .args(["list", "actors", "--json", "-w"])
        .arg(file)
        .output()
        .unwrap();
    serde_json::from_slice(&out.stdout).unwrap()
}

/// Add, search, edit, delete, undo and redo an actor; give them a role and read its history.
#[test]
fn register_and_roles_by_keyboard() {
    if !tmux::available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let file = tmux::demo(dir.path());
    let t = Tmux::start(
        "reg",
        80,
        24,
        &[("LANG", "en_GB.UTF-8")],
        &knoop_cmd(&[&file]),
    );
    t.wait_for("Overview", 10);

    t.keys(&["3", "a"]);
    t.wait_for("Add actor", 10);
    t.text("Wijkraad Zuid");
    t.keys(&["Enter"]);
    t.wait_for("Actors (26)", 10);

    t.keys(&["/"]);
    t.text("wijkr");
    t.wait_for("Actors (1/26)", 10);
    t.keys(&["Enter"]);
    t.wait_gone("words, pos:kern", 10);
    t.keys(&["Enter"]);
    t.wait_for("Relations", 10);
    t.keys(&["e"]);
    t.wait_for("Edit actor", 10);
    t.keys(&["Tab", "Right", "Tab", "Tab"]);
    t.text("Bewoners Zuid");
    t.keys(&["Tab", "Tab", "Right", "Right"]);
    t.keys(&["Enter"]);
    t.wait_for("Saved: Wijkraad Zuid", 10);
    t.wait_for("On behalf of: Bewoners Zuid", 10);
    t.wait_for("Position: ring", 10);

    t.keys(&["d"]);
    t.wait_for("Delete actor 'Wijkraad Zuid'", 10);
    t.keys(&["y"]);
    t.wait_for("Actor deleted: Wijkraad Zuid", 10);
    t.keys(&["Escape"]);
    t.wait_for("Actors (25)", 10);
    t.keys(&["u"]);
    t.wait_for("Actors (26)", 10);
    t.keys(&["u"]);
    t.wait_for("Undone", 10);
    t.keys(&["C-r"]);
    t.wait_for("Redone", 10);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        let actors = list_actors(&file);
        let found = actors
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["name"] == "Wijkraad Zuid")
            .cloned();
        if found.as_ref().is_some_and(|a| a["position"] == "ring") {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the edit did not reach the file: {found:?}"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }

    // Roles: the last actor by name (Zoë de Graaf, no roles yet) becomes participant, then
    // netwerkleider; the history keeps both periods.
    t.keys(&["4", "G"]);
    t.wait_for("No roles yet", 10);
    t.keys(&["r"]);
    t.wait_for("Role starts", 10);
    t.keys(&["Enter"]);
    t.wait_for("Role started: participant", 10);
    t.keys(&["x"]);
    t.wait_for("Role ends", 10);
    t.keys(&["Enter"]);
    t.wait_for("Role ended: participant", 10);
    t.keys(&["r"]);
    t.wait_for("Role starts", 10);
    t.keys(&["Right", "Enter"]);
    let screen = t.wait_for("Role started: netwerkleider", 10);
    assert!(
        screen.contains("– now") && screen.contains("participant"),
        "{screen}"
    );
    t.keys(&["q"]);
}

/// The map in tmux at 80x24: pane 9 draws the network, arrows move from actor to actor, and
/// Enter opens the one selected in its details.
#[test]
fn moving_across_the_map_by_arrows_and_opening_an_actor() {
    if !tmux::available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let file = tmux::demo(dir.path());
    let t = Tmux::start(
        "map",
        80,
        24,
        &[("LANG", "en_GB.UTF-8")],
        &tmux::knoop_cmd(&[&file]),
    );
    t.wait_for("Overview", 10);
    t.keys(&["9"]);
    t.wait_for("Map (25) · everyone", 10);
    t.keys(&["Down"]);
    t.wait_for("▸ Fatima Yilmaz · kern", 10);
    t.keys(&["Right"]);
    let screen = t.wait_gone("▸ Fatima Yilmaz", 10);
    let chosen = screen
        .lines()
        .find_map(|l| l.split("▸ ").nth(1))
        .and_then(|rest| rest.split(" · ").next())
        .expect("an actor is selected")
        .to_owned();
    t.keys(&["Enter"]);
    let screen = t.wait_for(&format!("┌ {chosen} "), 10);
    assert!(screen.contains("Relations"), "{screen}");
    t.keys(&["q"]);
}

/// `i` in the Actors pane: a Kumu sheet typed by name, its preview on screen, `y` takes it in,
/// one `u` takes it out again; what is saved is what the screen said.
#[test]
fn import_from_the_actors_pane_by_keyboard() {
    if !tmux::available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let file = tmux::demo(dir.path());
    let sheet = dir.path().join("kumu.csv");
    std::fs::write(
        &sheet,
        "\u{feff}Label;Type;Tags\nBuurtvader Ali;Person;wijk\nBram Pieters;Person;\n",
    )
    .unwrap();
    let t = Tmux::start(
        "imp",
        80,
        24,
        &[("LANG", "nl_NL.UTF-8")],
        &knoop_cmd(&[&file]),
    );
    t.wait_for("Overzicht", 10);
    t.keys(&["3", "i"]);
    t.wait_for("Importeren uit csv", 10);
    t.text(sheet.to_str().unwrap());
    t.keys(&["Enter"]);
    t.wait_for("2 nieuwe actoren, 0 herkend", 10);
    t.wait_for("kumu.csv:3 · lijkt op Bram", 10);
    t.keys(&["y"]);
    t.wait_for("Geïmporteerd: 2 actoren, 0 relaties", 10);
    t.wait_for("Actoren (27)", 10);
    // The status line says "opgeslagen" also inside "niet opgeslagen": wait for the file.
    let names = || -> Vec<String> {
        list_actors(&file)
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["name"].as_str().unwrap().to_owned())
            .collect()
    };
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while !names().contains(&"Buurtvader Ali".to_owned()) {
        assert!(
            std::time::Instant::now() < deadline,
            "not saved: {:?}",
            names()
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    t.keys(&["u"]);
    t.wait_for("Actoren (25)", 10);
}

/// The mouse in a real terminal (tmux passes the terminal's own SGR mouse reports): a click on
/// a tab shows that pane, a click on a row selects it; with `KNOOP_MOUSE=off` knoop leaves the
/// mouse to the terminal.
#[test]
fn clicks_switch_panes_and_select_rows() {
    if !tmux::available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let file = tmux::demo(dir.path());
    let t = Tmux::start(
        "mouse",
        80,
        24,
        &[("LANG", "en_GB.UTF-8")],
        &knoop_cmd(&[&file]),
    );
    t.wait_for("Overview", 10);
    assert_eq!(
        t.display("mouse", "#{mouse_sgr_flag}"),
        "1",
        "knoop asked for the mouse"
    );
    // Column 25, line 2 (1-based): the third tab.
    t.tmux(&["send-keys", "-t", "mouse", "-l", "\u{1b}[<0;25;2M"]);
    t.wait_for("Actors (25)", 10);
    t.tmux(&["send-keys", "-t", "mouse", "-l", "\u{1b}[<0;10;7M"]);
    t.wait_for("▸Bram Peters", 10);
    t.keys(&["q"]);

    let off = Tmux::start(
        "nomouse",
        80,
        24,
        &[("LANG", "en_GB.UTF-8"), ("KNOOP_MOUSE", "off")],
        &knoop_cmd(&[&file]),
    );
    off.wait_for("Overview", 10);
    assert_eq!(
        off.display(
            "nomouse",
            "#{mouse_sgr_flag}#{mouse_any_flag}#{mouse_button_flag}"
        ),
        "000",
        "the terminal keeps its own selection"
    );
}

/// `knoop.toml` as a person writes it: its language wins over the locale, its key works and
/// is the one the footer shows, its no-contact period and its warning colour are what the
/// Overview uses; a key that would mean two things is refused at start with both names.
#[test]
fn keys_from_the_settings_file() {
    if !tmux::available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let file = tmux::demo(dir.path());
    let config = dir.path().join("knoop.toml");
    std::fs::write(
        &config,
        "lang = \"nl\"\ncontact_weeks = 3\n[colors]\nwarn = \"light-magenta\"\n\
         [keys]\nadd_actor = \"n\"\n",
    )
    .unwrap();
    let t = Tmux::start(
        "keys",
        80,
        24,
        &[
            ("LANG", "en_GB.UTF-8"),
            ("KNOOP_CONFIG", config.to_str().unwrap()),
        ],
        &knoop_cmd(&[&file]),
    );
    t.wait_for("Overzicht", 10);
    t.wait_for("Geen contact in 3 weken", 10);
    let colours =
        String::from_utf8_lossy(&t.tmux(&["capture-pane", "-p", "-e", "-t", "keys"]).stdout)
            .into_owned();
    assert!(
        colours.contains("\u{1b}[38;5;13m"),
        "the warnings in light magenta: {colours:?}"
    );
    t.keys(&["3"]);
    t.wait_for(" n toevoegen ", 10);
    t.keys(&["n"]);
    t.wait_for("Actor toevoegen", 10);
    t.keys(&["Escape"]);
    t.keys(&["q"]);

    std::fs::write(&config, "[keys]\nadd_actor = \"e\"\n").unwrap();
    let out = std::process::Command::new(tmux::knoop())
        .args(["list", "actors", "-w"])
        .arg(&file)
        .env("KNOOP_CONFIG", &config)
        .env("LANG", "en_GB.UTF-8")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("add_actor and rename_actor get the same key"),
        "{err}"
    );
}

/// The palette as a person uses it: `:`, a few letters, `Enter`, and the action runs in its
/// pane; a command with a word (`:goto`) too.
#[test]
fn the_palette_finds_and_runs_an_action() {
    if !tmux::available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let file = tmux::demo(dir.path());
    let t = Tmux::start(
        "palette",
        80,
        24,
        &[("LANG", "en_GB.UTF-8")],
        &knoop_cmd(&[&file]),
    );
    t.wait_for("Overview", 10);
    t.keys(&[":"]);
    t.wait_for("Commands: type what you look for", 10);
    t.text("rings");
    t.wait_for("▸rings", 10);
    t.keys(&["Enter"]);
    t.wait_for("kern (core) (", 10);
    t.keys(&[":"]);
    t.text("goto fatima");
    t.keys(&["Enter"]);
    t.wait_for("Fatima Yilmaz", 10);
    t.wait_for("Relations", 10);
    t.keys(&["q"]);
}
