//! The actors and roles flows, driven by keys as a user types them.

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

use super::{app_with, names, press, typ};
use crate::app::{Overlay, Pane};
use crate::workspace::{Orientation, Role};

fn ctrl(app: &mut crate::app::App, c: char) {
    app.handle_event(&Event::Key(KeyEvent::new(
        KeyCode::Char(c),
        KeyModifiers::CONTROL,
    )));
}

#[test]
fn edit_every_field_then_undo() {
    let mut app = app_with(&["GGD"]);
    press(&mut app, KeyCode::Char('3'));
    press(&mut app, KeyCode::Enter);
    assert!(app.ui.actors.detail_id().is_some());
    let before = app.ws.clone();
    press(&mut app, KeyCode::Char('e'));
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Right); // kind: organisatie
    for _ in 0..4 {
        press(&mut app, KeyCode::Tab);
    }
    press(&mut app, KeyCode::Right); // position: kern
    press(&mut app, KeyCode::Tab);
    typ(&mut app, "zorg, regio");
    press(&mut app, KeyCode::Enter);
    let a = &app.ws.actors[0];
    assert_eq!(a.kind, crate::workspace::ActorKind::Organisation);
    assert_eq!(a.position, Some(crate::workspace::Position::Kern));
    assert_eq!(a.tags, ["zorg", "regio"]);
    press(&mut app, KeyCode::Char('u'));
    assert_eq!(app.ws, before);
}

#[test]
fn notes_editor_keeps_text_on_escape_and_undo_reverts() {
    let mut app = app_with(&["GGD"]);
    press(&mut app, KeyCode::Char('3'));
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('n'));
    assert!(matches!(app.ui.overlay, Some(Overlay::Notes(..))));
    typ(&mut app, "eerste regel q");
    press(&mut app, KeyCode::Enter);
    typ(&mut app, "tweede");
    app.handle_event(&Event::Paste("\ngeplakt\u{1b}[2J".to_owned()));
    press(&mut app, KeyCode::Esc);
    assert!(app.ui.overlay.is_none());
    assert!(!app.quit, "q in the editor is text");
    assert_eq!(app.ws.actors[0].notes, "eerste regel q\ntweede\ngeplakt[2J");
    press(&mut app, KeyCode::Char('u'));
    assert_eq!(app.ws.actors[0].notes, "");
}

#[test]
fn relations_are_added_with_the_picker_and_deleted_from_the_details() {
    let mut app = app_with(&["GGD", "Gemeente Utrecht", "Bewoners"]);
    press(&mut app, KeyCode::Char('3'));
    press(&mut app, KeyCode::Char('G')); // GGD is last by name
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('r'));
    typ(&mut app, "gemu");
    let Some(Overlay::Picker(p)) = &app.ui.overlay else {
        panic!("picker")
    };
    assert_eq!(p.hits.len(), 1);
    press(&mut app, KeyCode::Enter);
    assert!(matches!(app.ui.overlay, Some(Overlay::Form(_))));
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.ws.relations.len(), 1);
    let r = &app.ws.relations[0];
    assert_eq!(
        (app.ws.actor_name(r.from), app.ws.actor_name(r.to)),
        ("GGD", "Gemeente Utrecht")
    );
    assert!(r.mutual);
    press(&mut app, KeyCode::Char('x'));
    assert!(app.ws.relations.is_empty());
    press(&mut app, KeyCode::Char('u'));
    assert_eq!(app.ws.relations.len(), 1);
}

#[test]
fn merge_through_picker_and_confirmation() {
    let mut app = app_with(&["GGD", "G.G.D. regio", "Gemeente"]);
    press(&mut app, KeyCode::Char('3'));
    press(&mut app, KeyCode::Char('m')); // on "G.G.D. regio", first by name
    typ(&mut app, "ggd");
    press(&mut app, KeyCode::Enter);
    assert!(matches!(app.ui.overlay, Some(Overlay::Confirm(_))));
    press(&mut app, KeyCode::Char('j'));
    assert_eq!(names(&app), ["Gemeente", "GGD"]);
    press(&mut app, KeyCode::Char('u'));
    assert_eq!(names(&app).len(), 3);
}

#[test]
fn sort_cycles_and_ring_view_toggles() {
    let mut app = app_with(&["B", "A"]);
    press(&mut app, KeyCode::Char('3'));
    press(&mut app, KeyCode::Char('s'));
    assert_eq!(app.ui.actors.sort, crate::app::register::SortKey::Kind);
    press(&mut app, KeyCode::Char('v'));
    assert!(app.ui.actors.rings());
}

#[test]
fn roles_start_and_end_with_dates_and_history() {
    let mut app = app_with(&["Marieke"]);
    press(&mut app, KeyCode::Char('4'));
    assert_eq!(app.ui.pane, Pane::Roles);
    press(&mut app, KeyCode::Char('r'));
    press(&mut app, KeyCode::Right); // netwerkleider
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Tab);
    ctrl(&mut app, 'u'); // clear the date field
    typ(&mut app, "2026-01-05");
    press(&mut app, KeyCode::Enter);
    assert!(app.ws.actors[0].has_role(Role::Netwerkleider));
    assert_eq!(
        app.ws.actors[0].roles[0].from,
        jiff::civil::Date::constant(2026, 1, 5)
    );
    press(&mut app, KeyCode::Char('x'));
    press(&mut app, KeyCode::Tab);
    ctrl(&mut app, 'u');
    typ(&mut app, "geen datum");
    press(&mut app, KeyCode::Enter);
    assert!(
        matches!(&app.ui.overlay, Some(Overlay::Form(f)) if f.error.is_some()),
        "a bad date is refused"
    );
    ctrl(&mut app, 'u');
    typ(&mut app, "2026-11-01");
    press(&mut app, KeyCode::Enter);
    let roles = &app.ws.actors[0].roles;
    assert_eq!(roles.len(), 1, "the period ended, it was not removed");
    assert_eq!(
        roles[0].until,
        Some(jiff::civil::Date::constant(2026, 11, 1))
    );
    press(&mut app, KeyCode::Char('o'));
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Enter);
    assert!(
        !app.ws
            .foundation
            .uncovered()
            .contains(&Orientation::Ontwikkelaar)
    );
}
