//! End-to-end for the meeting panes: the identity-card exercise and a check-in, typed into the
//! real binary in tmux at 80x24.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "support/tmux.rs"]
mod tmux;

use tmux::{Tmux, knoop_cmd};

fn saved(file: &std::path::Path, what: &str) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while !std::fs::read_to_string(file)
        .unwrap_or_default()
        .contains(what)
    {
        assert!(
            std::time::Instant::now() < deadline,
            "{what:?} never reached the file"
        );
        std::thread::sleep(std::time::Duration::from_millis(25));
    }
}

#[test]
fn identity_exercise_and_a_check_in() {
    if !tmux::available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let file = tmux::demo(dir.path());
    let t = Tmux::start(
        "meet",
        80,
        24,
        &[("LANG", "nl_NL.UTF-8")],
        &knoop_cmd(&[&file]),
    );
    t.wait_for("Overzicht", 10);

    // The identity card: a word in two keys plus the word, dots move it up the column.
    t.keys(&["5", "a"]);
    t.wait_for("Woord op de identiteitskaart", 10);
    t.text("Nabijheid");
    t.keys(&["Enter"]);
    t.wait_for("passie (4)", 10);
    for _ in 0..8 {
        t.keys(&["+"]);
    }
    let screen = t.wait_for("u maakt 9 stappen ongedaan", 10);
    let row = |w: &str| screen.lines().position(|l| l.contains(w));
    assert!(
        row("Nabijheid ● 8") < row("Kansengelijkheid ● 7"),
        "8 dots put it on top:\n{screen}"
    );
    saved(&file, "\"Nabijheid\"");
    t.keys(&["c"]);
    let screen = t.wait_for(" Nabijheid ● 8", 10);
    assert!(
        row_of(&screen, "Nieuw") < row_of(&screen, " Nabijheid ● 8"),
        "{screen}"
    );
    t.keys(&["c"]);

    // A new session starts from an empty board; the one before is a key away, to copy from.
    t.keys(&["n"]);
    t.wait_for("Nieuwe sessie", 10);
    t.text("Evaluatie");
    t.keys(&["Enter"]);
    t.wait_for("Sessie 3 van 3: Evaluatie", 10);
    t.wait_for("passie (0)", 10);
    t.keys(&["s"]);
    t.wait_for("Sessie 2 van 3", 10);
    t.keys(&["y"]);
    t.wait_for("Overgenomen naar de laatste sessie", 10);
    t.keys(&["s", "s"]);
    t.wait_for("Sessie 3 van 3", 10);
    t.wait_for("passie (1)", 10);

    // A check-in with a decision and a follow-up.
    t.keys(&["8", "c"]);
    t.wait_for("Check-in", 10);
    t.text("Kernoverleg december");
    t.keys(&["Tab", "Right", "Tab"]);
    t.text("piet");
    t.keys(&["Tab"]);
    t.text("Ouders betrekken");
    t.keys(&["Tab"]);
    t.text("Ouderavond plannen");
    t.keys(&["Tab"]);
    t.text("linda");
    t.keys(&["Tab"]);
    t.text("2026-12-20");
    t.keys(&["Enter"]);
    t.wait_for("In het logboek", 10);
    let screen = t.wait_for("Open acties (3)", 10);
    assert!(
        screen.contains("Kernoverleg december · 5 aanwezig · 1 besluit ·"),
        "{screen}"
    );
    saved(&file, "Ouderavond plannen");
    t.keys(&["f", "j", "x"]);
    t.wait_for("Open acties (2)", 10);

    // A row of the grid, then the topic becomes an ambition with its coalition.
    t.keys(&["6", "j", "j", "v"]);
    t.wait_for("Eenzaamheid onder ouderen × Ahmed El Amrani", 10);
    t.keys(&["m", "l", "b", "l", "m"]);
    t.wait_for("Eenzaamheid onder ouderen × Bram Peters: meedoen", 10);
    t.keys(&["p"]);
    t.wait_for("Onderwerp wordt ambitie", 10);
    t.keys(&["Enter"]);
    t.wait_for("Nu een ambitie, met een coalitie van 3", 10);
    t.keys(&["v"]);
    t.wait_for("Ambities", 10);
    let screen = t.wait_for("coalitie (3): ", 10);
    assert!(
        screen.contains("Eenzaamheid onder ouderen  project"),
        "{screen}"
    );
    saved(
        &file,
        "\"title\": \"Eenzaamheid onder ouderen\",\n      \"topic\"",
    );
    t.keys(&["q"]);
}

/// The one-hour meeting on the meeting screen, as a leader runs it: six people present
/// (the coalition of four marked, two more by name), three decisions, two follow-ups with an
/// owner and a date as said (`+7`, `vrijdag`), ended with one key; the log entry opens with all
/// of it and `knoop export minutes --last` sends it out. Counts the keys beyond the words (the
/// README reports the count).
#[test]
fn a_whole_meeting_on_the_meeting_screen() {
    if !tmux::available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let file = tmux::demo(dir.path());
    let t = Tmux::start(
        "meeting",
        80,
        24,
        &[("LANG", "nl_NL.UTF-8")],
        &knoop_cmd(&[&file]),
    );
    t.wait_for("Overzicht", 10);
    let mut keys = 0;
    let mut press = |names: &[&str]| {
        keys += names.len();
        t.keys(names);
    };
    press(&["8", "v"]);
    t.wait_for("Waarover gaat het overleg?", 10);
    // "Gezonde school in Zuid": Linda, Ahmed, Karim and Els, all there; two more by name.
    press(&["Down", "Enter", "Space", "Space", "Space", "Space"]);
    t.text("marieke");
    press(&["Enter"]);
    t.text("fatima");
    press(&["Enter"]);
    t.wait_for("Aanwezig 6/6", 10);
    press(&["Tab"]);
    t.text("Pilot start in januari");
    press(&["Enter"]);
    t.text("Budget 5000 euro vrij");
    press(&["Enter"]);
    t.text("Ouders betrekken via de school");
    press(&["Tab"]);
    t.text("Bel de wethouder @ahmed +7");
    let today = jiff::Zoned::now().date();
    let due = today.checked_add(jiff::Span::new().days(7)).unwrap();
    t.wait_for("→ Bel de wethouder · Ahmed El Amrani ·", 10);
    press(&["Enter"]);
    t.text("Stuur het verslag rond @marieke vrijdag");
    t.wait_for("→ Stuur het verslag rond · Marieke de Vries · vrijdag", 10);
    press(&["Enter", "C-s"]);
    t.wait_for("Overleg in het logboek", 10);
    t.wait_for("Overleg Gezonde school in Zuid · 6 aanwezig · 3 b", 10);
    let keys = keys;
    // 1 pane, 1 screen, 2 to choose, 4 marks, 2 names, 2 Tab, 2 + 2 Enter, 1 to end.
    assert_eq!(keys, 17, "keys beyond the words");
    println!("keys beyond the words for this meeting: {keys}");
    saved(&file, "Stuur het verslag rond");

    // The entry opens whole.
    t.keys(&["Enter"]);
    let screen = t.wait_for("Aanwezig: Linda Smit, Ahmed El Amrani, Karim Bouzid", 10);
    for part in [
        "Overleg Gezonde school in Zuid",
        "- Pilot start in januari",
        "- Ouders betrekken via de school",
        &format!("[ ] Bel de wethouder · Ahmed El Amrani · {due}"),
        "[ ] Stuur het verslag rond · Marieke de Vries ·",
    ] {
        assert!(screen.contains(part), "{part:?} in:\n{screen}");
    }
    t.keys(&["q", "q"]);
    let out = std::process::Command::new(tmux::knoop())
        .args(["--lang", "nl", "export", "minutes", "--last", "-w"])
        .arg(&file)
        .output()
        .unwrap();
    let minutes = String::from_utf8(out.stdout).unwrap();
    for part in [
        "# Verslag: Overleg Gezonde school in Zuid (",
        "**Aanwezig:** Linda Smit, Ahmed El Amrani, Karim Bouzid, Els van Dijk, Marieke de Vries, \
         Fatima Yilmaz",
        "## Besluiten\n\n- Pilot start in januari\n- Budget 5000 euro vrij\n- Ouders betrekken",
        &format!("- [ ] Bel de wethouder (Ahmed El Amrani) · uiterlijk {due}"),
        "- [ ] Stuur het verslag rond (Marieke de Vries) · uiterlijk ",
    ] {
        assert!(minutes.contains(part), "{part:?} in:\n{minutes}");
    }
}

fn row_of(screen: &str, what: &str) -> Option<usize> {
    screen.lines().position(|l| l.contains(what))
}
