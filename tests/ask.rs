//! `knoop ask` through every screen of the questionnaire, in Dutch and in English, with wrong
//! values that are asked again, makes the same network as the same answers typed in the TUI's
//! Basis pane (records compared by name: ids and clocks differ between two runs).

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "support/cli.rs"]
mod cli;

use knoop::app::App;
use knoop::i18n::Lang;
use knoop::workspace::{Vocabulary, Workspace};
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

/// The answers, screen by screen, as typed into `knoop ask` (an empty line ends a list and
/// skips a comment). Each holds a wrong value first, which must be asked again.
fn script(lang: Lang) -> String {
    let nl = lang == Lang::Nl;
    let pick = |a: &'static str, b: &'static str| if nl { a } else { b };
    [
        // 1 welcome: name, issue, comment
        "Gezond Zuid",
        "Gezondheidsverschillen verkleinen",
        "",
        // 2 type, comment
        pick("opgave", "task-oriented"),
        "",
        // 3 phase: a wrong value first, then the right one; comment
        pick("zijwaarts", "sideways"),
        pick("verkennen", "explore"),
        "",
        // 4 actors, 5 who is missing
        pick(
            "Gemeente Utrecht (organisatie)",
            "Gemeente Utrecht (organisation)",
        ),
        pick(
            "Bram Peters (persoon, namens achterban)",
            "Bram Peters (person, achterban)",
        ),
        "Anna de Wit",
        "",
        "",
        "Wijkraad Zuid",
        "",
        "",
        // 6 roles: an unknown role is asked again
        pick(
            "Bram Peters: netwerkleider, grenswerker",
            "Bram Peters: network-leader, boundary-spanner",
        ),
        pick("Anna de Wit: koning", "Anna de Wit: king"),
        pick("Anna de Wit: grenswerker", "Anna de Wit: boundary-spanner"),
        "",
        "",
        // 7 positions: an unknown position is asked again
        pick("Bram Peters: kern", "Bram Peters: core"),
        pick("Gemeente Utrecht: middelpunt", "Gemeente Utrecht: centre"),
        "Gemeente Utrecht: ring",
        pick("Anna de Wit: vrije ruimte", "Anna de Wit: free space"),
        "",
        "",
        // 8-10 identity, 11 topics
        "Samen",
        "",
        "",
        "Dichtbij",
        "",
        "",
        "Gezond opgroeien",
        "",
        "",
        "Gezonde school",
        "Schulden",
        "",
        "",
        // 12 engagement
        pick(
            "Gezonde school · Bram Peters: meedoen",
            "Gezonde school · Bram Peters: take-part",
        ),
        pick(
            "Gezonde school · Anna de Wit: meebepalen",
            "Gezonde school · Anna de Wit: co-decide",
        ),
        pick(
            "Schulden · Gemeente Utrecht: weten",
            "Schulden · Gemeente Utrecht: informed",
        ),
        "",
        "",
        // 13 halen en brengen
        pick(
            "Bram Peters: brengt tijd; kennis · haalt netwerk",
            "Bram Peters: brings tijd; kennis · gets netwerk",
        ),
        pick(
            "Gemeente Utrecht: brengt geld",
            "Gemeente Utrecht: brings geld",
        ),
        "",
        "",
        // 14 spelregels
        pick(
            "Besluiten bij consent (afgesproken)",
            "Besluiten bij consent (agreed)",
        ),
        "We bellen elkaar",
        "",
        "",
        // 15 leadership
        pick("strateeg: Bram Peters", "strategist: Bram Peters"),
        pick(
            "verkenner: Anna de Wit, Gemeente Utrecht",
            "explorer: Anna de Wit, Gemeente Utrecht",
        ),
        "",
        "",
        // 16 form: penvoerder; comment
        "3",
        "",
    ]
    .join("\n")
        + "\n"
}

/// A network as people read it: every record by name and term, no ids, no clocks.
fn picture(ws: &Workspace) -> serde_json::Value {
    use serde_json::json;
    let name = |id| ws.actor_name(id).to_owned();
    let term = |v: serde_json::Value| v;
    let mut actors: Vec<serde_json::Value> = ws
        .actors
        .iter()
        .map(|a| {
            let mut roles: Vec<String> = a
                .current_roles()
                .map(|p| format!("{:?} {:?}", p.role, p.from))
                .collect();
            roles.sort();
            json!({"name": a.name, "kind": a.kind, "capacity": a.capacity,
                "prospective": a.prospective, "position": a.position, "roles": roles,
                "brings": a.brings, "gets": a.gets})
        })
        .collect();
    actors.sort_by_key(|a| a["name"].as_str().unwrap_or_default().to_owned());
    let words: Vec<_> = ws
        .identity
        .current_words()
        .map(|w| json!([w.area, w.text]))
        .collect();
    let topics: Vec<_> = ws
        .topics
        .iter()
        .map(|t| {
            let mut e: Vec<(String, String)> = t
                .engagement
                .iter()
                .map(|(a, l)| (name(*a), format!("{l:?}")))
                .collect();
            e.sort();
            json!({"title": t.title, "engagement": e})
        })
        .collect();
    let rules: Vec<_> = ws
        .foundation
        .rules
        .iter()
        .map(|r| json!([r.text, r.explicit, r.category]))
        .collect();
    let mut leadership: Vec<(String, String)> = ws
        .foundation
        .leadership
        .iter()
        .map(|c| (format!("{:?}", c.orientation), name(c.actor)))
        .collect();
    leadership.sort();
    let phases: Vec<_> = ws
        .network
        .phases
        .iter()
        .map(|p| json!([p.phase, p.date]))
        .collect();
    json!({"name": ws.network.name, "issue": ws.network.issue,
        "type": term(json!(ws.network.kind)), "phase": ws.network.phase, "phases": phases,
        "form": ws.foundation.form, "actors": actors, "words": words, "topics": topics,
        "rules": rules, "leadership": leadership})
}

fn key(app: &mut App, code: KeyCode) {
    app.handle_event(&Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

fn keys(app: &mut App, s: &str) {
    for c in s.chars() {
        key(app, KeyCode::Char(c));
    }
}

/// Types `fields` into the open form, Tab between them, and saves it.
fn fill(app: &mut App, fields: &[&str]) {
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            key(app, KeyCode::Tab);
        }
        keys(app, f);
    }
    key(app, KeyCode::Enter);
}

/// A list screen's lines in its editor, closed with Esc.
fn list(app: &mut App, lines: &[&str]) {
    key(app, KeyCode::Enter);
    for (i, l) in lines.iter().enumerate() {
        if i > 0 {
            key(app, KeyCode::Enter);
        }
        keys(app, l);
    }
    key(app, KeyCode::Esc);
    key(app, KeyCode::Char('n'));
}

/// The same answers typed in the Basis pane, as a person does: Enter on a screen, the form or
/// the list editor, `n` to the next; the engagement in the Agenda's grid.
fn by_keyboard(lang: Lang) -> Workspace {
    let today = jiff::Zoned::now().date();
    let mut app = App::new(Workspace::new(""), "w.json".into(), lang, today);
    key(&mut app, KeyCode::Char('2'));
    key(&mut app, KeyCode::Enter);
    fill(
        &mut app,
        &["Gezond Zuid", "Gezondheidsverschillen verkleinen"],
    );
    key(&mut app, KeyCode::Char('n'));
    for _ in 0..2 {
        // Type, then phase: the first choice after "-".
        key(&mut app, KeyCode::Enter);
        key(&mut app, KeyCode::Right);
        key(&mut app, KeyCode::Enter);
        key(&mut app, KeyCode::Char('n'));
    }
    let (org, person) = if lang == Lang::Nl {
        ("organisatie", "persoon, namens achterban")
    } else {
        ("organisation", "person, achterban")
    };
    list(
        &mut app,
        &[
            &format!("Gemeente Utrecht ({org})"),
            &format!("Bram Peters ({person})"),
            "Anna de Wit",
        ],
    );
    list(&mut app, &["Wijkraad Zuid"]);
    key(&mut app, KeyCode::Enter);
    fill(&mut app, &["Bram Peters", "Bram Peters, Anna de Wit"]);
    key(&mut app, KeyCode::Char('n'));
    key(&mut app, KeyCode::Enter);
    fill(
        &mut app,
        &["Bram Peters", "Gemeente Utrecht", "Anna de Wit"],
    );
    key(&mut app, KeyCode::Char('n'));
    list(&mut app, &["Samen"]);
    list(&mut app, &["Dichtbij"]);
    list(&mut app, &["Gezond opgroeien"]);
    list(&mut app, &["Gezonde school", "Schulden"]);
    // Engagement: Enter opens the Agenda's grid; columns are the actors by name (Anna de Wit,
    // Bram Peters, Gemeente Utrecht, Wijkraad Zuid), rows the topics.
    key(&mut app, KeyCode::Enter);
    keys(&mut app, "blm");
    keys(&mut app, "jlw");
    key(&mut app, KeyCode::Char('2'));
    key(&mut app, KeyCode::Char('n'));
    // Halen en brengen: brings and gets per actor, in the order of the file.
    key(&mut app, KeyCode::Enter);
    fill(&mut app, &["geld", "", "tijd; kennis", "netwerk", "", ""]);
    key(&mut app, KeyCode::Char('n'));
    let agreed = if lang == Lang::Nl {
        "afgesproken"
    } else {
        "agreed"
    };
    list(
        &mut app,
        &[
            &format!("Besluiten bij consent ({agreed})"),
            "We bellen elkaar",
        ],
    );
    key(&mut app, KeyCode::Enter);
    fill(
        &mut app,
        &["Bram Peters", "", "Anna de Wit, Gemeente Utrecht", ""],
    );
    key(&mut app, KeyCode::Char('n'));
    // Vorm: the Foundation's form; its choice three to the right of "-".
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Tab);
    for _ in 0..3 {
        key(&mut app, KeyCode::Right);
    }
    key(&mut app, KeyCode::Enter);
    app.ws
}

#[test]
fn ask_through_every_screen_makes_what_the_tui_makes() {
    for lang in [Lang::Nl, Lang::En] {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("ask.json");
        let l = if lang == Lang::Nl { "nl" } else { "en" };
        let out = cli::knoop()
            .args(["ask", "--lang", l, "-w"])
            .arg(&file)
            .write_stdin(script(lang))
            .output()
            .unwrap();
        assert!(out.status.success(), "{out:?}");
        let said = String::from_utf8_lossy(&out.stdout);
        // Every wrong value was said and asked again.
        for wrong in [
            if lang == Lang::Nl {
                "zijwaarts"
            } else {
                "sideways"
            },
            if lang == Lang::Nl { "koning" } else { "king" },
            if lang == Lang::Nl {
                "middelpunt"
            } else {
                "centre"
            },
        ] {
            let again = if lang == Lang::Nl {
                format!("{wrong} ken ik niet")
            } else {
                format!("I do not know {wrong}")
            };
            assert!(said.contains(&again), "{wrong} in {lang:?}:\n{said}");
        }
        let summary = if lang == Lang::Nl {
            "Samenvatting: 16/16 beantwoord"
        } else {
            "Summary: 16/16 answered"
        };
        assert!(said.contains(summary), "{said}");
        let (asked, _) = knoop::store::parse(&file, &std::fs::read(&file).unwrap()).unwrap();
        let typed = by_keyboard(lang);
        assert_eq!(
            serde_json::to_string_pretty(&picture(&asked)).unwrap(),
            serde_json::to_string_pretty(&picture(&typed)).unwrap(),
            "{lang:?}: knoop ask and the TUI made different networks"
        );
        // The picture is not empty: every screen left its mark.
        let p = picture(&asked);
        assert_eq!(p["actors"].as_array().unwrap().len(), 4);
        assert_eq!(p["leadership"].as_array().unwrap().len(), 3);
        assert_eq!(p["form"], "lead-organisation");
        let _ = knoop::workspace::Position::ALL;
    }
}
