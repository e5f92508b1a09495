//! Snapshots and the diff, on the demo network after known edits: every kind of change the
//! issue names comes out, as JSON, as text in both languages and as Markdown.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "support/cli.rs"]
mod cli;

use cli::{demo, knoop};
use knoop::workspace::{Engagement, Phase, Position, Role, RolePeriod, Workspace};

fn load(file: &std::path::Path) -> Workspace {
    knoop::store::parse(file, &std::fs::read(file).unwrap())
        .unwrap()
        .0
}

fn out(file: &std::path::Path, args: &[&str]) -> String {
    let o = knoop().args(args).arg("-w").arg(file).output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8(o.stdout).unwrap()
}

/// Bram moves to the ring and becomes netwerkleider, Piet leaves, the Wijkraad joins with a
/// relation, a topic and a coalition, a word gets dots, an ambition starts, the phase moves on.
/// The first word, the first topic and the first ambition, as the diff names them.
fn known_edits(ws: &mut Workspace) -> (String, String, String) {
    let bram = ws
        .actors
        .iter()
        .position(|a| a.name == "Bram Peters")
        .unwrap();
    ws.actors[bram].position = Some(Position::Ring);
    ws.actors[bram].roles.push(RolePeriod {
        role: Role::Netwerkleider,
        coalition: None,
        from: jiff::civil::Date::constant(2026, 11, 30),
        until: None,
        extra: knoop::workspace::Extra::new(),
    });
    let piet = ws
        .actors
        .iter()
        .position(|a| a.name == "Piet Jansen")
        .unwrap();
    let piet_id = ws.actors[piet].id;
    ws.actors.remove(piet);
    ws.relations
        .retain(|r| r.from != piet_id && r.to != piet_id);
    for t in &mut ws.topics {
        t.engagement.remove(&piet_id);
    }
    for a in &mut ws.ambitions {
        a.coalition.retain(|m| *m != piet_id);
        a.investments.retain(|i| i.actor != piet_id);
    }
    for e in &mut ws.log {
        e.actors.retain(|m| *m != piet_id);
        e.present.retain(|m| *m != piet_id);
    }
    let wijkraad = knoop::workspace::Actor::new("Wijkraad Zuid");
    let wid = wijkraad.id;
    ws.actors.push(wijkraad);
    let ahmed = ws
        .actors
        .iter()
        .find(|a| a.name == "Ahmed El Amrani")
        .unwrap()
        .id;
    ws.relations
        .push(knoop::workspace::Relation::new(wid, ahmed, "overlegt met"));
    // A word on the card as it stands: the latest session's.
    let latest = ws.identity.latest();
    let word = ws
        .identity
        .words
        .iter_mut()
        .find(|w| w.session == latest)
        .unwrap();
    word.dots += 3;
    let first_word = word.text.clone();
    let topic = ws.topics[0].title.clone();
    ws.topics[0].engagement.insert(wid, Engagement::Meedoen);
    ws.ambitions[0].coalition.push(wid);
    let ambition = ws.ambitions[0].title.clone();
    let mut new = knoop::workspace::Ambition::new("Samen sporten");
    new.coalition.push(wid);
    ws.ambitions.push(new);
    ws.network.phase = Some(Phase::Vitaliseren);
    (first_word, topic, ambition)
}

#[test]
fn the_diff_names_every_kind_of_change_since_a_snapshot() {
    let dir = tempfile::tempdir().unwrap();
    let file = demo(dir.path());
    out(&file, &["snapshot", "einde ontwikkelen"]);
    let mut ws = load(&file);
    let (first_word, topic, ambition) = known_edits(&mut ws);
    std::fs::write(&file, knoop::store::serialize(&ws).unwrap()).unwrap();

    let json: serde_json::Value =
        serde_json::from_str(&out(&file, &["diff", "einde", "--json"])).unwrap();
    assert_eq!(
        json["phase"],
        serde_json::json!(["ontwikkelen", "vitaliseren"])
    );
    assert_eq!(json["actors_added"], serde_json::json!(["Wijkraad Zuid"]));
    assert_eq!(json["actors_removed"], serde_json::json!(["Piet Jansen"]));
    assert_eq!(
        json["moves"],
        serde_json::json!([{"name": "Bram Peters", "from": "kern", "to": "ring"}])
    );
    assert_eq!(
        json["roles"][0]["started"],
        serde_json::json!(["netwerkleider"])
    );
    assert_eq!(
        json["relations_made"],
        serde_json::json!([["Wijkraad Zuid", "Ahmed El Amrani", "overlegt met"]])
    );
    assert!(
        !json["relations_broken"].as_array().unwrap().is_empty(),
        "Piet's relations"
    );
    assert_eq!(json["dots"][0]["word"], serde_json::json!(first_word));
    assert_eq!(json["engagement"][0]["topic"], serde_json::json!(topic));
    assert_eq!(
        json["ambitions_started"],
        serde_json::json!(["Samen sporten"])
    );
    assert_eq!(
        json["coalitions"][0]["ambition"],
        serde_json::json!(ambition)
    );
    assert!(!json["bridges"].as_array().unwrap().is_empty());

    let nl = out(&file, &["diff"]);
    assert!(
        nl.starts_with("Wat er veranderde van einde ontwikkelen ("),
        "{nl}"
    );
    assert!(
        nl.contains("Verschoven tussen kern, ring en vrije ruimte\n  Bram Peters: kern → ring\n"),
        "{nl}"
    );
    assert!(nl.contains("Fase\n  ontwikkelen → vitaliseren\n"), "{nl}");
    let en = out(
        &file,
        &["diff", "--lang", "en", "--md", "einde ontwikkelen", "now"],
    );
    assert!(
        en.contains(
            "## Moved between kern, ring and vrije ruimte\n\n- Bram Peters: kern (core) → ring\n"
        ),
        "{en}"
    );
    assert!(
        en.contains("## Roles taken up (+) and laid down (−)\n\n- Bram Peters: + netwerkleider\n"),
        "{en}"
    );
    // A snapshot against itself: nothing.
    let same = out(&file, &["diff", "einde", "einde", "--lang", "en"]);
    assert!(same.contains("Nothing changed."), "{same}");
}
