//! The mouse: a click on a tab shows its pane, a click on a row selects it and a second one
//! opens it, the wheel moves three rows; with a dialog open the mouse does nothing.

use ratatui::crossterm::event::{Event, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};

use super::app_with;
use crate::app::{Overlay, Pane};

fn mouse(kind: MouseEventKind, column: u16, row: u16) -> Event {
    Event::Mouse(MouseEvent {
        kind,
        column,
        row,
        modifiers: KeyModifiers::NONE,
    })
}

fn click(app: &mut crate::app::App, x: u16, y: u16) {
    app.handle_event(&mouse(MouseEventKind::Down(MouseButton::Left), x, y));
}

#[test]
fn clicks_and_the_wheel() {
    let names: Vec<String> = (0..30).map(|i| format!("Actor {i:02}")).collect();
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    let mut app = app_with(&names);
    let labels = crate::app::layout::tab_labels(&app, 80);
    let third = labels[..2].iter().map(|l| l.chars().count()).sum::<usize>() + 1;
    click(&mut app, u16::try_from(third).unwrap_or(0), 1);
    assert_eq!(app.ui.pane, Pane::Actors);
    // Row 0 of the table is on line 2 + border + header = 4.
    click(&mut app, 10, 6);
    assert_eq!(app.selected(), Some(2));
    app.handle_event(&mouse(MouseEventKind::ScrollDown, 10, 10));
    assert_eq!(app.selected(), Some(5));
    click(&mut app, 10, 9);
    assert_eq!(
        app.selected(),
        Some(5),
        "the row clicked is the one selected"
    );
    click(&mut app, 10, 9);
    assert!(
        app.ui.actors.detail_id().is_some(),
        "a second click opens it"
    );
    app.ui.overlay = Some(Overlay::Help);
    click(&mut app, 1, 1);
    assert_eq!(app.ui.pane, Pane::Actors, "a dialog keeps to the keyboard");
}
