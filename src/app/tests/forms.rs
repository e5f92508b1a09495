//! Forms refer to records by id and read their fields by label: what a form was opened on is what
//! it changes, even when the lists underneath moved while it was open (a shell hand-over, an
//! undo), and every form of the questionnaire opens with fields that can be told apart.

use ratatui::crossterm::event::KeyCode;

use super::{app_with, press, typ};
use crate::app::{Action, Overlay, Pane};
use crate::workspace::{Actor, Record, Topic};

#[test]
fn a_topic_form_changes_the_topic_it_was_opened_on_after_the_list_moved() {
    let mut app = app_with(&["GGD"]);
    for title in ["Armoede", "Eenzaamheid"] {
        let edit = app
            .ws
            .push_record(Record::Topic(Box::new(Topic::new(title))));
        app.commit(edit);
    }
    app.update(Action::ShowPane(Pane::Agenda));
    app.update(Action::SelectNext);
    app.update(Action::EditItem);
    // Meanwhile the first topic goes: "Eenzaamheid" moves from index 1 to 0.
    let edit = app
        .ws
        .remove_record(&Record::Topic(Box::new(Topic::new(""))), 0)
        .unwrap();
    app.commit(edit);
    typ(&mut app, " bij ouderen");
    press(&mut app, KeyCode::Enter);
    assert!(app.ui.overlay.is_none(), "saved");
    let titles: Vec<&str> = app.ws.topics.iter().map(|t| t.title.as_str()).collect();
    assert_eq!(titles, ["Eenzaamheid bij ouderen"]);
}

#[test]
fn a_form_on_a_record_deleted_meanwhile_says_so_and_changes_nothing() {
    let mut app = app_with(&[]);
    let edit = app
        .ws
        .push_record(Record::Topic(Box::new(Topic::new("Armoede"))));
    app.commit(edit);
    app.update(Action::ShowPane(Pane::Agenda));
    app.update(Action::EditItem);
    let edit = app
        .ws
        .remove_record(&Record::Topic(Box::new(Topic::new(""))), 0)
        .unwrap();
    app.commit(edit);
    let before = app.ws.clone();
    press(&mut app, KeyCode::Enter);
    let Some(Overlay::Form(form)) = &app.ui.overlay else {
        panic!("the form stays open with the reason");
    };
    assert!(
        form.error
            .as_deref()
            .is_some_and(|e| e.contains("no longer"))
    );
    assert_eq!(app.ws, before);
}

#[test]
fn halen_en_brengen_rows_belong_to_their_actor_when_one_is_added_meanwhile() {
    let mut app = app_with(&["Bram", "Carla"]);
    app.update(Action::ShowPane(Pane::Basis));
    let screen = crate::questionnaire::screens()
        .iter()
        .position(|s| s.id == crate::questionnaire::ScreenId::HalenBrengen)
        .unwrap();
    for _ in 0..screen {
        app.update(Action::NextScreen);
    }
    app.update(Action::EditAnswer);
    assert!(matches!(app.ui.overlay, Some(Overlay::Form(_))));
    typ(&mut app, "kennis");
    // Meanwhile an actor arrives in front of the others (a merge or undo can put one there).
    let edit = app.ws.commit(vec![crate::workspace::Change::Insert {
        at: 0,
        record: Record::Actor(Box::new(Actor::new("Aaron"))),
    }]);
    app.commit(edit);
    press(&mut app, KeyCode::Enter);
    let brings = |name: &str| app.ws.actors_named(name)[0].brings.clone();
    assert_eq!(brings("Bram"), ["kennis"]);
    assert!(brings("Aaron").is_empty());
    assert!(brings("Carla").is_empty());
}

#[test]
fn every_questionnaire_form_opens_with_fields_told_apart() {
    let mut app = super::demo_app();
    for i in 0..crate::questionnaire::screens().len() {
        app.update(Action::ShowPane(Pane::Basis));
        while crate::questionnaire::current(&app.ws) > i {
            app.update(Action::PrevScreen);
        }
        while crate::questionnaire::current(&app.ws) < i {
            app.update(Action::NextScreen);
        }
        // Form::new asserts that no two fields share a label unless they are about
        // different records.
        app.update(Action::EditAnswer);
        app.ui.overlay = None;
    }
}
