//! The Conflicts view: `C` opens it (or says there is nothing), `t` takes the other side's
//! value, `h` keeps this side's, each one undoable edit; the Overview says they are there.

use ratatui::crossterm::event::KeyCode;
use serde_json::json;

use super::{app_with, press};
use crate::app::{Action, Overlay, Pane};
use crate::workspace::Position;
use crate::workspace::conflict::Conflict;

/// An app whose first actor's position and second actor's name a merge left open.
pub(crate) fn with_conflicts() -> crate::app::App {
    let mut app = app_with(&["Bram Peters", "Carla"]);
    app.ws.actors[0].position = Some(Position::Ring);
    let (a, b) = (
        app.ws.actors[0].id.to_string(),
        app.ws.actors[1].id.to_string(),
    );
    app.ws.conflicts = vec![
        Conflict {
            path: vec!["actors".into(), a, "position".into()],
            base: Some(json!("kern")),
            ours: Some(json!("ring")),
            theirs: Some(json!("vrije-ruimte")),
        },
        Conflict {
            path: vec!["actors".into(), b, "name".into()],
            base: Some(json!("Carla")),
            ours: Some(json!("Carla")),
            theirs: Some(json!("Carla de Wit")),
        },
    ];
    app.refresh_views();
    app
}

#[test]
fn choose_field_by_field_and_undo() {
    let mut app = app_with(&["A"]);
    press(&mut app, KeyCode::Char('C'));
    assert!(app.ui.overlay.is_none());
    assert_eq!(
        app.ui.message.as_deref(),
        Some("There are no conflicts: everything merged")
    );

    let mut app = with_conflicts();
    assert!(app.in_conflict("actors", app.ws.actors[1].id));
    assert!(!app.in_conflict("topics", app.ws.actors[1].id));
    assert!(
        app.overview_rows()[0]
            .1
            .starts_with("Conflicts of a merge: 2 fields"),
        "{:?}",
        app.overview_rows()
    );
    app.update(Action::ShowPane(Pane::Actors));
    press(&mut app, KeyCode::Char('C'));
    assert!(matches!(app.ui.overlay, Some(Overlay::Conflicts(0))));
    press(&mut app, KeyCode::Char('t'));
    assert_eq!(app.ws.actors[0].position, Some(Position::VrijeRuimte));
    assert_eq!(app.ws.conflicts.len(), 1);
    press(&mut app, KeyCode::Char('h'));
    assert_eq!(app.ws.actors[1].name, "Carla");
    assert!(app.ws.conflicts.is_empty() && app.ui.overlay.is_none());
    press(&mut app, KeyCode::Char('u'));
    press(&mut app, KeyCode::Char('u'));
    assert_eq!(app.ws.conflicts.len(), 2, "each choice is one undo");
    assert_eq!(app.ws.actors[0].position, Some(Position::Ring));

    // e: this side kept, and the actor's form open to change it by hand.
    press(&mut app, KeyCode::Char('C'));
    press(&mut app, KeyCode::Char('e'));
    assert_eq!(app.ws.conflicts.len(), 1);
    assert!(
        matches!(&app.ui.overlay, Some(Overlay::Form(f)) if f.kind == crate::app::form::FormKind::EditActor(app.ws.actors[0].id))
    );
}
