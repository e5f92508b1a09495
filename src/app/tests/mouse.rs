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

/// A click on a cell of the engagement grid selects its topic and its actor, where the grid
/// draws them (topics 24 columns wide, then 3 columns per actor).
#[test]
fn a_click_selects_a_grid_cell() {
    let mut app = app_with(&["Anna", "Bram", "Carla"]);
    let _ = app.update(crate::app::Msg::Resize(80, 24));
    for title in ["School", "Schulden", "Sport"] {
        app.ws.topics.push(crate::workspace::Topic::new(title));
    }
    app.refresh_views();
    app.update(crate::app::Action::ShowPane(Pane::Agenda));
    app.update(crate::app::Action::ToggleGrid);
    let cells = crate::app::layout::grid_body(&app);
    let x = cells.x + crate::app::layout::GRID_TOPIC_WIDTH + 2 * crate::app::layout::GRID_CELL;
    click(&mut app, x, cells.y + 1);
    assert_eq!(app.selected(), Some(1), "the second topic");
    assert_eq!(app.ui.agenda.columns.row, 2, "the third actor");
    click(&mut app, cells.x + 1, cells.y + 2);
    assert_eq!(
        app.selected(),
        Some(1),
        "a click on a topic's name is no cell"
    );
}
