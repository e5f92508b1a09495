//! The questionnaire as a state machine: navigation, resume, list answers, rounds.

use super::*;

#[test]
fn the_asset_parses_with_every_screen_in_both_languages() {
    let q = parse(ASSET).unwrap();
    assert_eq!(q.screens.len(), 17);
    for s in &q.screens {
        for t in [&s.title, &s.question, &s.why] {
            assert!(
                !t.nl.trim().is_empty() && !t.en.trim().is_empty(),
                "{}",
                s.id.as_str()
            );
        }
        assert!(s.prompts.nl.len() >= 2, "{}", s.id.as_str());
        assert_eq!(s.prompts.nl.len(), s.prompts.en.len(), "{}", s.id.as_str());
    }
    assert_eq!(screens().len(), 17);
}

#[test]
fn answers_follow_the_records() {
    let mut ws = Workspace::new("");
    let welcome = &screens()[0];
    assert_eq!(is_answered(&ws, welcome), Some(false));
    ws.network.name = "Gezond Zuid".to_owned();
    assert_eq!(is_answered(&ws, welcome), Some(true));
    assert_eq!(is_answered(&ws, &screens()[16]), None);
}

#[test]
fn list_answers_create_records_once_and_free_text_lands_in_the_round() {
    let mut ws = Workspace::new("N");
    let lines: Vec<String> = ["GGD", " ggd ", "Gemeente", ""]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
    let edit = apply_list(&mut ws, ScreenId::Actors, &lines);
    assert_eq!(list_items(&ws, ScreenId::Actors), ["GGD", "Gemeente"]);
    assert!(
        apply_list(&mut ws, ScreenId::Actors, &lines)
            .changes
            .is_empty(),
        "no duplicates by name"
    );
    assert!(
        apply_list(&mut ws, ScreenId::Missing, &["gemeente".to_owned()])
            .changes
            .is_empty()
    );
    apply_list(&mut ws, ScreenId::Missing, &["Apotheek".to_owned()]);
    assert_eq!(list_items(&ws, ScreenId::Missing), ["Apotheek"]);
    // One source of truth: an edit in the Actors pane is what the questionnaire shows.
    let id = ws.actors[0].id;
    ws.rename_actor(id, "GGD regio");
    assert_eq!(list_items(&ws, ScreenId::Actors), ["GGD regio", "Gemeente"]);
    ws.rename_actor(id, "GGD");
    apply_list(&mut ws, ScreenId::Passie, &["Samen".to_owned()]);
    apply_list(&mut ws, ScreenId::Topics, &["Eenzaamheid".to_owned()]);
    apply_list(&mut ws, ScreenId::Spelregels, &["Consent".to_owned()]);
    assert_eq!(ws.identity.words[0].area, Area::Passie);
    assert_eq!((ws.topics.len(), ws.foundation.rules.len()), (1, 1));
    let before = ws.clone();
    let e = set_answer(
        &mut ws,
        ScreenId::Type,
        "Opgavegericht",
        jiff::Timestamp::UNIX_EPOCH,
    )
    .unwrap();
    assert_eq!(answer(&ws, ScreenId::Type), "Opgavegericht");
    assert_eq!(ws.questionnaire.rounds.len(), 1);
    ws.undo(&e);
    assert_eq!(ws, before);
    let _ = edit;
    ws.questionnaire.screen = "phase".to_owned();
    assert_eq!(current(&ws), 2);
}

#[test]
fn a_new_round_keeps_the_old_one_and_compare_shows_what_changed() {
    let mut ws = Workspace::new("N");
    apply_list(&mut ws, ScreenId::Actors, &["GGD".to_owned()]);
    set_answer(
        &mut ws,
        ScreenId::Actors,
        "eerste ronde",
        jiff::Timestamp::UNIX_EPOCH,
    );
    assert!(
        compare(&ws, ScreenId::Actors).is_none(),
        "one round: nothing to compare"
    );
    let edit = new_round(&mut ws, jiff::Timestamp::UNIX_EPOCH).unwrap();
    assert_eq!(ws.questionnaire.rounds.len(), 2);
    assert_eq!(
        answer(&ws, ScreenId::Actors),
        "",
        "the new round starts empty"
    );
    apply_list(&mut ws, ScreenId::Actors, &["Wijkraad".to_owned()]);
    let (previous, before, now) = compare(&ws, ScreenId::Actors).unwrap();
    assert_eq!(previous.answers["actors"], "eerste ronde");
    assert_eq!(
        (before.as_str(), now.as_str()),
        ("GGD: person", "GGD: person\nWijkraad: person")
    );
    assert_eq!(compare(&ws, ScreenId::Type).map(|c| c.1 == c.2), Some(true));
    let _ = edit;
}

/// A round keeps every answer whole, so every kind of change shows in the compare, and only
/// what changed: a move from vrije ruimte to ring, another strateeg, a new engagement, a
/// changed give and take, a role, a dot, an actor added.
#[test]
fn a_round_compares_every_kind_of_answer() {
    use crate::questionnaire::{LineChange, line_changes};
    use crate::workspace::{
        Actor, Engagement, Orientation, OrientationCover, Position, Role, Topic,
    };
    let mut ws = Workspace::new("N");
    for n in ["Anna", "Bram", "Carla"] {
        ws.actors.push(Actor::new(n));
    }
    let (anna, bram) = (ws.actors[0].id, ws.actors[1].id);
    ws.actors[0].position = Some(Position::VrijeRuimte);
    ws.actors[1].position = Some(Position::Kern);
    ws.foundation.leadership.push(OrientationCover {
        orientation: Orientation::Strateeg,
        actor: anna,
        extra: crate::workspace::Extra::new(),
    });
    ws.topics.push(Topic::new("School"));
    ws.actors[0].brings = vec!["tijd".into()];
    new_round(&mut ws, jiff::Timestamp::UNIX_EPOCH);
    ws.actors[0].position = Some(Position::Ring);
    ws.foundation.leadership[0].actor = bram;
    ws.topics[0].engagement.insert(bram, Engagement::Meedoen);
    ws.actors[0].gets = vec!["netwerk".into()];
    let today = jiff::civil::Date::constant(2026, 11, 30);
    ws.start_role(bram, Role::Netwerkleider, None, today);
    ws.actors.push(Actor::new("Daan"));
    let changes = |id| {
        let (_, before, now) = compare(&ws, id).unwrap();
        line_changes(&before, &now)
    };
    let changed = |k: &str, b: &str, a: &str| LineChange::Changed(k.into(), b.into(), a.into());
    assert_eq!(
        changes(ScreenId::Positions),
        [changed("Anna", "vrije-ruimte", "ring")],
        "Bram stays kern and is not listed"
    );
    assert_eq!(
        changes(ScreenId::Leiderschap),
        [changed("strateeg", "Anna", "Bram")]
    );
    assert_eq!(
        changes(ScreenId::Engagement),
        [LineChange::Added("School · Bram: meedoen".into())]
    );
    assert_eq!(
        changes(ScreenId::HalenBrengen),
        [changed(
            "Anna",
            "brengt tijd · haalt ",
            "brengt tijd · haalt netwerk"
        )]
    );
    assert_eq!(
        changes(ScreenId::Roles),
        [LineChange::Added("Bram: netwerkleider".into())]
    );
    assert_eq!(
        changes(ScreenId::Actors),
        [LineChange::Added("Daan: person".into())]
    );
    assert!(changes(ScreenId::Topics).is_empty(), "unchanged");
}

/// Names with surrounding spaces, tabs, newlines, control or bidi characters come back from the
/// list editor as the same actors, not as new ones.
#[test]
fn a_list_read_back_unchanged_adds_nothing_even_for_odd_names() {
    let mut ws = Workspace::new("N");
    for name in [
        " GGD ",
        "Gemeente\tUtrecht",
        "Wijk\nteam",
        "\u{202E}Bewoners",
        "Zorg\u{1b}[2J",
    ] {
        ws.actors.push(crate::workspace::Actor::new(name));
    }
    let lines = list_items(&ws, ScreenId::Actors);
    assert_eq!(lines.len(), 5);
    assert!(lines.iter().all(|l| !l.contains('\n')));
    let edit = apply_list(&mut ws, ScreenId::Actors, &lines);
    assert!(
        edit.changes.is_empty(),
        "{:?}",
        ws.actors.iter().map(|a| &a.name).collect::<Vec<_>>()
    );
}

#[test]
fn an_actor_line_says_kind_and_capacity_in_brackets() {
    use crate::workspace::{ActorKind, Capacity};
    assert_eq!(
        super::actor_line("Gemeente Utrecht (organisatie)"),
        (
            "Gemeente Utrecht".into(),
            Some(ActorKind::Organisation),
            None
        )
    );
    assert_eq!(
        super::actor_line("Bram Peters (persoon, namens achterban)"),
        (
            "Bram Peters".into(),
            Some(ActorKind::Person),
            Some(Capacity::Achterban)
        )
    );
    assert_eq!(
        super::actor_line("Karin (op persoonlijke titel)").2,
        Some(Capacity::Personal)
    );
    assert_eq!(
        super::actor_line("Karin (persoonlijk)").2,
        Some(Capacity::Personal)
    );
    assert_eq!(
        super::actor_line("Jeugd (12-18)"),
        ("Jeugd (12-18)".into(), None, None),
        "brackets that say neither stay part of the name"
    );
    let mut ws = crate::workspace::Workspace::new("N");
    super::apply_list(
        &mut ws,
        super::ScreenId::Actors,
        &[
            "Gemeente Utrecht (organisatie)".into(),
            "gemeente utrecht".into(),
        ],
    );
    assert_eq!(ws.actors.len(), 1);
    assert_eq!(ws.actors[0].kind, ActorKind::Organisation);
}

#[test]
fn rules_from_the_questionnaire_stay_tacit_unless_agreed() {
    let tacit = super::rule_line("We mailen niet na zessen");
    assert!(!tacit.explicit);
    let agreed = super::rule_line("Besluiten bij meerderheid (afgesproken)");
    assert!(agreed.explicit);
    assert_eq!(agreed.text, "Besluiten bij meerderheid");
}

/// The network's type changes what the topics, engagement and form screens say; without a
/// type, and on other screens, nothing is added.
#[test]
fn the_type_shapes_the_questions_where_it_matters() {
    use crate::questionnaire::type_hint;
    use crate::workspace::NetworkType;
    assert_eq!(type_hint(ScreenId::Topics, None), None);
    assert_eq!(
        type_hint(ScreenId::Actors, Some(NetworkType::Opgavegericht)),
        None
    );
    let hints: Vec<_> = [
        NetworkType::Opgavegericht,
        NetworkType::Interactiegericht,
        NetworkType::Gemengd,
    ]
    .iter()
    .map(|k| type_hint(ScreenId::Vorm, Some(*k)).map(|l| l.en))
    .collect();
    assert!(hints.iter().all(Option::is_some));
    assert!(hints[2].unwrap().contains("themacoalities"));
    assert_ne!(hints[0], hints[1]);
}

/// The identity screens read and write the card as it stands: after a new session the lists
/// start empty, and a word of an earlier session typed again goes on the new one.
#[test]
fn identity_lists_belong_to_the_latest_session() {
    use crate::workspace::{Area, IdentitySession};
    let mut ws = Workspace::new("N");
    apply_list(&mut ws, ScreenId::Passie, &["Samen".to_owned()]);
    assert!(is_answered(&ws, &screens()[7]).unwrap_or(false));
    ws.identity.sessions.push(IdentitySession {
        id: crate::workspace::new_id(),
        date: jiff::civil::Date::constant(2026, 11, 30),
        title: String::new(),
        extra: crate::workspace::Extra::new(),
    });
    // The word from before sessions were kept belongs to the first, which is not the latest.
    ws.identity.sessions.insert(
        0,
        IdentitySession {
            id: crate::workspace::new_id(),
            date: jiff::civil::Date::constant(2026, 1, 1),
            title: String::new(),
            extra: crate::workspace::Extra::new(),
        },
    );
    assert!(list_items(&ws, ScreenId::Passie).is_empty());
    assert_eq!(is_answered(&ws, &screens()[7]), Some(false));
    apply_list(&mut ws, ScreenId::Passie, &["Samen".to_owned()]);
    assert_eq!(ws.identity.area_words(Area::Passie).len(), 1);
    assert_eq!(ws.identity.words.len(), 2);
}
