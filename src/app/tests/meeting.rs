//! The panes used live in meetings, driven by keys: the identity card and the rules of play.

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

use super::{app_with, press, typ};
use crate::app::{Overlay, Pane};
use crate::workspace::identity::Move;
use crate::workspace::{Area, Weight};

#[test]
fn the_identity_exercise_words_dots_and_live_sorting() {
    let mut app = app_with(&["Marieke"]);
    press(&mut app, KeyCode::Char('5'));
    assert_eq!(app.ui.pane, Pane::Identity);
    press(&mut app, KeyCode::Char('n'));
    press(&mut app, KeyCode::Enter);
    for word in ["Samen", "Gezond"] {
        press(&mut app, KeyCode::Char('a'));
        typ(&mut app, word);
        press(&mut app, KeyCode::Enter);
    }
    let words = app.ws.identity.area_words(Area::Passie);
    assert_eq!(words.len(), 2);
    assert!(
        words
            .iter()
            .all(|w| w.session == Some(app.ws.identity.sessions[0].id))
    );
    // "Gezond" was added last and is selected: two dots move it to the top.
    press(&mut app, KeyCode::Char('+'));
    press(&mut app, KeyCode::Char('+'));
    assert_eq!(app.ws.identity.area_words(Area::Passie)[0].text, "Gezond");
    assert_eq!(app.selected(), Some(0), "the selection follows the word");
    press(&mut app, KeyCode::Char('-'));
    press(&mut app, KeyCode::Char('w'));
    let top = app.ws.identity.area_words(Area::Passie)[0].clone();
    assert_eq!((top.dots, top.weight), (1, Some(Weight::Core)));
    press(&mut app, KeyCode::Char('l'));
    press(&mut app, KeyCode::Char('a'));
    typ(&mut app, "Proeftuin");
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Tab);
    typ(&mut app, "mari");
    press(&mut app, KeyCode::Enter);
    let w = &app.ws.identity.area_words(Area::Positie)[0];
    assert_eq!(
        w.author,
        Some(app.ws.actors[0].id),
        "the author is found by a fuzzy name"
    );
    press(&mut app, KeyCode::Char('c'));
    assert_eq!(
        app.ui.identity.mode,
        crate::app::identity::IdentityMode::Compare
    );
    for _ in 0..8 {
        press(&mut app, KeyCode::Char('u'));
    }
    assert!(app.ws.identity.words.is_empty() && app.ws.identity.sessions.is_empty());
}

/// A second session starts from an empty board; its dots are its own; the first session is a
/// key away, and a word copied from it arrives without dots; compare shows what moved.
#[test]
fn a_new_session_has_its_own_board_and_dots() {
    let mut app = app_with(&[]);
    press(&mut app, KeyCode::Char('5'));
    press(&mut app, KeyCode::Char('n'));
    press(&mut app, KeyCode::Enter);
    for word in ["Samen", "Wijk"] {
        press(&mut app, KeyCode::Char('a'));
        typ(&mut app, word);
        press(&mut app, KeyCode::Enter);
        press(&mut app, KeyCode::Char('+'));
    }
    press(&mut app, KeyCode::Char('n'));
    press(&mut app, KeyCode::Enter);
    let card = &app.ws.identity;
    let (first, second) = (card.sessions[0].id, card.sessions[1].id);
    assert!(card.area_words(Area::Passie).is_empty(), "an empty board");
    assert_eq!(app.row_count(Pane::Identity), 0);
    // `S` names the session shown; one undo takes the name back.
    press(&mut app, KeyCode::Char('S'));
    typ(&mut app, "Evaluatie");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.ws.identity.sessions[1].title, "Evaluatie");
    press(&mut app, KeyCode::Char('u'));
    assert_eq!(app.ws.identity.sessions[1].title, "");
    // Back to the first session, copy "Samen" (selected at the top) to the latest.
    press(&mut app, KeyCode::Char('s'));
    assert_eq!(app.shown_session(), Some(first));
    assert_eq!(app.row_count(Pane::Identity), 2);
    press(&mut app, KeyCode::Char('y'));
    let now = app.ws.identity.area_words(Area::Passie);
    assert_eq!(now.len(), 1);
    assert_eq!((now[0].dots, now[0].session), (0, Some(second)));
    press(&mut app, KeyCode::Char('y'));
    assert_eq!(app.ws.identity.area_words(Area::Passie).len(), 1, "once");
    // The latest again: a dot there leaves the first session's dots as they were.
    press(&mut app, KeyCode::Char('s'));
    assert_eq!(app.shown_session(), Some(second));
    press(&mut app, KeyCode::Char('+'));
    press(&mut app, KeyCode::Char('+'));
    let card = &app.ws.identity;
    let dots = |s| {
        card.session_words(Area::Passie, Some(s))
            .iter()
            .map(|w| (w.text.clone(), w.dots))
            .collect::<Vec<_>>()
    };
    assert_eq!(dots(second), [("Samen".to_owned(), 2)]);
    assert_eq!(
        dots(first),
        [("Samen".to_owned(), 1), ("Wijk".to_owned(), 1)]
    );
    let moves: Vec<_> = card
        .compare(first, second)
        .iter()
        .map(|s| (s.text.clone(), s.kind()))
        .collect();
    assert_eq!(
        moves,
        [
            ("Samen".to_owned(), Move::Rose),
            ("Wijk".to_owned(), Move::Went)
        ]
    );
}

#[test]
fn rules_of_play_with_dates_and_the_decision_rule() {
    let mut app = app_with(&[]);
    press(&mut app, KeyCode::Char('7'));
    press(&mut app, KeyCode::Char('a'));
    typ(&mut app, "Besluiten bij consent");
    for _ in 0..4 {
        press(&mut app, KeyCode::Tab);
    }
    typ(&mut app, "morgenochtend");
    press(&mut app, KeyCode::Enter);
    assert!(
        matches!(&app.ui.overlay, Some(Overlay::Form(f)) if f.error.is_some()),
        "a bad date is refused"
    );
    for _ in 0.."morgenochtend".len() {
        press(&mut app, KeyCode::Backspace);
    }
    typ(&mut app, "2026-01-01");
    press(&mut app, KeyCode::Enter);
    let rule = &app.ws.foundation.rules[0];
    assert_eq!(
        rule.review_due,
        Some(jiff::civil::Date::constant(2026, 1, 1))
    );
    assert_eq!(rule.agreed, Some(app.today));
    assert!(
        crate::analysis::gaps(&app.ws, app.today)
            .iter()
            .any(|g| matches!(g, crate::analysis::Gap::RuleOverdue(_)))
    );
    press(&mut app, KeyCode::Char('b'));
    typ(&mut app, "Consent");
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.ws.foundation.decision_rule, "Consent");
    assert!(app.ws.foundation.form.is_some());
    press(&mut app, KeyCode::Char('d'));
    assert!(app.ws.foundation.rules.is_empty());
    press(&mut app, KeyCode::Char('u'));
    assert_eq!(app.ws.foundation.rules.len(), 1);
}

#[test]
fn a_check_in_with_the_coalition_a_decision_and_a_follow_up() {
    let mut app = app_with(&["Marieke", "Ahmed", "Fatima"]);
    let coalition = vec![app.ws.actors[1].id, app.ws.actors[2].id];
    let mut amb = crate::workspace::Ambition {
        coalition,
        ..crate::workspace::Ambition::new("Gezonde school")
    };
    amb.leader = Some(amb.coalition[0]);
    app.ws.ambitions.push(amb);
    press(&mut app, KeyCode::Char('8'));
    press(&mut app, KeyCode::Char('c'));
    typ(&mut app, "Kernoverleg");
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Right); // the coalition of "Gezonde school", in one key
    press(&mut app, KeyCode::Tab);
    typ(&mut app, "marie");
    press(&mut app, KeyCode::Tab);
    typ(&mut app, "Plan akkoord; Budget vrij");
    press(&mut app, KeyCode::Tab);
    typ(&mut app, "Directies uitnodigen");
    press(&mut app, KeyCode::Tab);
    typ(&mut app, "ahmed");
    press(&mut app, KeyCode::Tab);
    typ(&mut app, "2026-11-01");
    press(&mut app, KeyCode::Enter);
    assert!(app.ui.overlay.is_none(), "{:?}", app.ui.overlay);
    let e = &app.ws.log[0];
    assert_eq!(e.kind, crate::workspace::LogKind::Checkin);
    assert_eq!(e.present.len(), 3);
    assert_eq!(e.decisions, ["Plan akkoord", "Budget vrij"]);
    assert_eq!(e.follow_ups[0].owner, Some(app.ws.actors[1].id));
    assert_eq!(app.open_follow_ups().len(), 1);
    press(&mut app, KeyCode::Char('x')); // focus the follow-ups
    press(&mut app, KeyCode::Char('x')); // done
    assert!(app.open_follow_ups().is_empty());
    assert!(
        app.views.last_contact.contains_key(&app.ws.actors[0].id),
        "last contact derives from the log"
    );
    press(&mut app, KeyCode::Char('u'));
    assert_eq!(app.open_follow_ups().len(), 1);
    // A meeting recorded afterwards keeps its day.
    press(&mut app, KeyCode::Char('f'));
    press(&mut app, KeyCode::Char('c'));
    typ(&mut app, "Terugblik");
    for _ in 0..7 {
        press(&mut app, KeyCode::Tab);
    }
    app.handle_event(&Event::Key(KeyEvent::new(
        KeyCode::Char('u'),
        KeyModifiers::CONTROL,
    )));
    typ(&mut app, "2026-10-01");
    press(&mut app, KeyCode::Enter);
    let e = app.ws.log.last().unwrap();
    assert_eq!(
        e.at.to_zoned(app.tz.clone()).date(),
        jiff::civil::Date::constant(2026, 10, 1)
    );
}

#[test]
fn the_grid_then_a_topic_becomes_an_ambition_with_its_coalition() {
    let mut app = app_with(&["Ahmed", "Bram", "Carla"]);
    app.ws
        .topics
        .push(crate::workspace::Topic::new("Gezonde school"));
    app.ws
        .topics
        .push(crate::workspace::Topic::new("Eenzaamheid"));
    app.refresh_views();
    press(&mut app, KeyCode::Char('6'));
    press(&mut app, KeyCode::Char('v'));
    assert!(app.ui.agenda.in_grid());
    // A row of the grid: Ahmed meebepalen, Bram meedoen, Carla weten.
    press(&mut app, KeyCode::Char('b'));
    press(&mut app, KeyCode::Char('l'));
    press(&mut app, KeyCode::Char('m'));
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Char('w'));
    press(&mut app, KeyCode::Char('x'));
    press(&mut app, KeyCode::Char('d'));
    assert_eq!(app.ws.topics[0].counts(), [0, 1, 1, 1]);
    press(&mut app, KeyCode::Char('f'));
    assert_eq!(app.views.topics, [0], "only coalition candidates");
    press(&mut app, KeyCode::Char('p'));
    press(&mut app, KeyCode::Enter);
    let amb = &app.ws.ambitions[0];
    assert_eq!(
        amb.coalition,
        [app.ws.actors[0].id, app.ws.actors[1].id],
        "pre-filled from the grid"
    );
    press(&mut app, KeyCode::Esc); // back to the list
    assert_eq!(
        app.ui.agenda.focus,
        crate::app::agenda::AgendaFocus::Ambitions
    );
    press(&mut app, KeyCode::Char('L'));
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.ws.ambitions[0].leader, Some(app.ws.actors[1].id));
    press(&mut app, KeyCode::Char('+'));
    typ(&mut app, "carla");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.ws.ambitions[0].coalition.len(), 3);
    press(&mut app, KeyCode::Char('i'));
    press(&mut app, KeyCode::Tab);
    typ(&mut app, "4 uur per week");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.ws.ambitions[0].investments[0].time, "4 uur per week");
    press(&mut app, KeyCode::Char('-'));
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.ws.ambitions[0].coalition.len(), 2);
    assert_eq!(
        app.ws.ambitions[0].leader, None,
        "the leader left the coalition"
    );
    press(&mut app, KeyCode::Char('e'));
    for _ in 0..5 {
        press(&mut app, KeyCode::Tab);
    }
    typ(&mut app, "2026-12-24");
    press(&mut app, KeyCode::Enter);
    assert_eq!(
        app.ws.ambitions[0].next_date,
        Some(jiff::civil::Date::constant(2026, 12, 24))
    );
    for _ in 0..11 {
        press(&mut app, KeyCode::Char('u'));
    }
    assert!(app.ws.ambitions.is_empty() && app.ws.topics[0].engagement.is_empty());
}

#[test]
fn the_questionnaire_navigates_resumes_and_turns_lists_into_records() {
    let mut app = app_with(&["GGD"]);
    press(&mut app, KeyCode::Char('2'));
    press(&mut app, KeyCode::Enter);
    app.handle_event(&Event::Key(KeyEvent::new(
        KeyCode::Char('u'),
        KeyModifiers::CONTROL,
    )));
    typ(&mut app, "Gezond Zuid");
    press(&mut app, KeyCode::Tab);
    typ(&mut app, "Gezondheidsverschillen");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.ws.network.name, "Gezond Zuid");
    press(&mut app, KeyCode::Char('n'));
    press(&mut app, KeyCode::Right);
    assert_eq!(app.ws.questionnaire.screen, "phase");
    let saved = app.generation;
    press(&mut app, KeyCode::Char('p'));
    press(&mut app, KeyCode::Char('n'));
    assert!(app.generation > saved, "where the user is gets saved");
    press(&mut app, KeyCode::Char('n')); // actors: a list, one per line
    press(&mut app, KeyCode::Enter);
    assert!(matches!(app.ui.overlay, Some(Overlay::Notes(..))));
    press(&mut app, KeyCode::End);
    press(&mut app, KeyCode::Enter);
    typ(&mut app, "Gemeente");
    press(&mut app, KeyCode::Enter);
    typ(&mut app, "ggd");
    press(&mut app, KeyCode::Esc);
    let names: Vec<&str> = app.ws.actors.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(
        names,
        ["GGD", "Gemeente"],
        "new names become actors, known ones are not repeated"
    );
    press(&mut app, KeyCode::Char('t'));
    typ(&mut app, "Nog niet compleet");
    press(&mut app, KeyCode::Esc);
    assert_eq!(
        crate::questionnaire::answer(&app.ws, crate::questionnaire::ScreenId::Actors),
        "Nog niet compleet"
    );
    // A new start resumes on the same screen.
    let again = crate::app::App::new(
        app.ws.clone(),
        "w.json".into(),
        crate::i18n::Lang::Nl,
        app.today,
    );
    assert_eq!(crate::questionnaire::current(&again.ws), 3);
    assert_eq!(crate::questionnaire::current(&again.ws), 3);
}

#[test]
fn questionnaire_assignments_edit_the_same_records_in_one_undo_step() {
    let mut app = app_with(&["GGD regio", "Wijkraad"]);
    press(&mut app, KeyCode::Char('2'));
    let go = |app: &mut crate::app::App, id: &str| {
        for _ in 0..17 {
            if app.ws.questionnaire.screen == id {
                return;
            }
            press(app, KeyCode::Char('n'));
        }
        panic!("no screen {id} ahead");
    };
    go(&mut app, "roles");
    press(&mut app, KeyCode::Enter);
    typ(&mut app, "wijkraad");
    press(&mut app, KeyCode::Enter);
    assert!(app.ws.actors[1].has_role(crate::workspace::Role::Netwerkleider));
    go(&mut app, "positions");
    press(&mut app, KeyCode::Enter);
    typ(&mut app, "ggd");
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Tab);
    typ(&mut app, "wijk");
    press(&mut app, KeyCode::Enter);
    let pos: Vec<_> = app.ws.actors.iter().map(|a| a.position).collect();
    assert_eq!(
        pos,
        [
            Some(crate::workspace::Position::Kern),
            Some(crate::workspace::Position::VrijeRuimte)
        ]
    );
    go(&mut app, "halen-brengen");
    press(&mut app, KeyCode::Enter);
    typ(&mut app, "data; kennis");
    press(&mut app, KeyCode::Tab);
    typ(&mut app, "bereik");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.ws.actors[0].brings, ["data", "kennis"]);
    assert_eq!(app.ws.actors[0].gets, ["bereik"]);
    go(&mut app, "leiderschap");
    press(&mut app, KeyCode::Enter);
    typ(&mut app, "ggd, wijk");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.ws.foundation.leadership.len(), 2);
    for _ in 0..4 {
        press(&mut app, KeyCode::Char('u'));
    }
    assert!(
        app.ws
            .actors
            .iter()
            .all(|a| a.position.is_none() && a.roles.is_empty() && a.brings.is_empty())
    );
    assert!(app.ws.foundation.leadership.is_empty());
}

#[test]
fn an_empty_check_in_or_a_follow_up_without_text_is_refused() {
    let mut app = app_with(&["Bram"]);
    press(&mut app, KeyCode::Char('8'));
    press(&mut app, KeyCode::Char('c'));
    press(&mut app, KeyCode::Enter);
    let refused = |app: &crate::app::App| matches!(&app.ui.overlay, Some(Overlay::Form(f)) if f.error.is_some());
    assert!(refused(&app), "an empty check-in is not saved");
    assert!(app.ws.log.is_empty());
    // A due date typed for a follow-up whose text was forgotten.
    for _ in 0..6 {
        press(&mut app, KeyCode::Tab);
    }
    typ(&mut app, "+7");
    press(&mut app, KeyCode::Enter);
    assert!(refused(&app), "a due date without a follow-up is refused");
    assert!(app.ws.log.is_empty());
}

#[test]
fn the_log_is_searched_by_its_words_and_escape_shows_it_all() {
    let mut app = app_with(&["Marieke"]);
    press(&mut app, KeyCode::Char('8'));
    for note in ["Budget besproken", "Schoolplein bekeken", "Budget rond"] {
        press(&mut app, KeyCode::Char('a'));
        typ(&mut app, note);
        press(&mut app, KeyCode::Enter);
    }
    assert_eq!(app.views.log.len(), 3);
    press(&mut app, KeyCode::Char('/'));
    assert!(app.ui.log.searching.is_some());
    typ(&mut app, "BUDGET");
    assert_eq!(app.views.log.len(), 2, "the case of a word does not matter");
    typ(&mut app, " rond");
    let shown: Vec<&str> = app
        .views
        .log
        .iter()
        .map(|i| app.ws.log[*i].text.as_str())
        .collect();
    assert_eq!(shown, ["Budget rond"], "every word must be in the entry");
    press(&mut app, KeyCode::Enter);
    assert!(app.ui.log.searching.is_none(), "Enter keeps the search");
    assert_eq!(app.views.log.len(), 1);
    // The kept search still narrows an entry added afterwards.
    press(&mut app, KeyCode::Char('a'));
    typ(&mut app, "Koffie");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.views.log.len(), 1);
    press(&mut app, KeyCode::Enter);
    assert!(
        matches!(app.ui.overlay, Some(Overlay::Entry(id, _)) if app.ws.log.iter().any(|e| e.id == id && e.text == "Budget rond")),
        "Enter opens the entry found"
    );
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.views.log.len(), 4, "Escape shows the whole log again");
}

#[test]
fn a_log_entry_is_changed_with_e_and_undone_with_u() {
    let mut app = app_with(&["Marieke", "Ahmed"]);
    press(&mut app, KeyCode::Char('8'));
    press(&mut app, KeyCode::Char('c'));
    typ(&mut app, "Kernoverleg");
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Tab);
    typ(&mut app, "marieke");
    press(&mut app, KeyCode::Tab);
    typ(&mut app, "Plan akkoord");
    press(&mut app, KeyCode::Tab);
    typ(&mut app, "Directies uitnodigen");
    press(&mut app, KeyCode::Enter);
    assert!(app.ui.overlay.is_none(), "{:?}", app.ui.overlay);
    let before = app.ws.log[0].clone();
    press(&mut app, KeyCode::Char('e'));
    assert!(
        matches!(&app.ui.overlay, Some(Overlay::Form(f)) if f.text(crate::i18n::FIELD_DECISIONS) == "Plan akkoord"),
        "the form holds what the entry holds"
    );
    press(&mut app, KeyCode::Tab); // past its date
    typ(&mut app, " maart");
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Tab);
    typ(&mut app, ", ahmed");
    press(&mut app, KeyCode::Tab);
    typ(&mut app, "; Budget vrij");
    press(&mut app, KeyCode::Enter);
    assert!(app.ui.overlay.is_none(), "{:?}", app.ui.overlay);
    let e = &app.ws.log[0];
    assert_eq!(e.text, "Kernoverleg maart");
    assert_eq!(e.present, [app.ws.actors[0].id, app.ws.actors[1].id]);
    assert_eq!(e.decisions, ["Plan akkoord", "Budget vrij"]);
    assert_eq!(e.follow_ups, before.follow_ups, "its follow-ups stay");
    assert_eq!((e.id, e.at), (before.id, before.at));
    press(&mut app, KeyCode::Char('u'));
    assert_eq!(
        app.ws.log[0], before,
        "one undo takes the whole change back"
    );
}
