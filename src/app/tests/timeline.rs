//! The timeline: a new phase keeps the network as it was (one undo takes both back), `T`
//! shows what changed since, `s` takes a snapshot by name.

use ratatui::crossterm::event::KeyCode;

use super::{app_with, press, typ};
use crate::app::form::{Field, Form, FormKind};
use crate::app::{Action, Overlay};
use crate::i18n as t;
use crate::workspace::Phase;

#[test]
fn a_new_phase_keeps_a_snapshot_and_the_timeline_shows_what_changed() {
    let mut app = app_with(&["Anna"]);
    app.ws.network.phase = Some(Phase::Verkennen);
    press(&mut app, KeyCode::Char('T'));
    let Some(Overlay::Timeline(view)) = &app.ui.overlay else {
        panic!("the timeline opens")
    };
    assert!(view.lines[0].starts_with("No snapshots yet"));
    press(&mut app, KeyCode::Esc);

    let form = Form::new(
        FormKind::Phase,
        vec![
            Field::optional_term(t::PHASE_LABEL, Some(Phase::Ontwikkelen), app.lang),
            Field::text(t::FIELD_SHOWS, ""),
        ],
    );
    app.ui.overlay = Some(Overlay::Form(form));
    app.update(Action::SubmitForm);
    assert_eq!(app.ws.network.phase, Some(Phase::Ontwikkelen));
    assert_eq!(app.ws.snapshots.len(), 1);
    assert_eq!(app.ws.snapshots[0].name, "end of phase verkennen (explore)");
    assert_eq!(app.ws.snapshots[0].network.phase, Some(Phase::Verkennen));

    app.ws.add_actor(crate::workspace::Actor::new("Bram"));
    press(&mut app, KeyCode::Char('T'));
    let Some(Overlay::Timeline(view)) = &app.ui.overlay else {
        panic!("the timeline opens")
    };
    let text = view.lines.join("\n");
    assert!(
        text.contains("Phase\n  verkennen (explore) → ontwikkelen (develop)"),
        "{text}"
    );
    assert!(text.contains("New actors\n  Bram"), "{text}");

    press(&mut app, KeyCode::Char('s'));
    assert!(matches!(&app.ui.overlay, Some(Overlay::Form(f)) if f.kind == FormKind::Snapshot));
    typ(&mut app, " kick-off");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.ws.snapshots.len(), 2);
    assert!(app.ws.snapshots[1].name.ends_with("kick-off"));
    let Some(Overlay::Timeline(view)) = &app.ui.overlay else {
        panic!("back on the timeline")
    };
    assert!(
        view.lines.iter().any(|l| l.contains("Nothing changed")),
        "{:?}",
        view.lines
    );
    press(&mut app, KeyCode::Char('j'));
    assert!(matches!(&app.ui.overlay, Some(Overlay::Timeline(v)) if v.selected == 1));
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('u'));
    assert_eq!(app.ws.snapshots.len(), 1);
    press(&mut app, KeyCode::Char('u'));
    assert!(
        app.ws.snapshots.is_empty(),
        "one undo takes back the phase and its snapshot"
    );
    assert_eq!(app.ws.network.phase, Some(Phase::Verkennen));
}
