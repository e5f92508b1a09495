//! The map, driven by keys: arrows go to the nearest actor that way, Enter opens it, e and a
//! narrow what is drawn, p pins the layout as one undoable edit.

use ratatui::crossterm::event::KeyCode;

use super::{app_with, press};
use crate::app::{App, Pane};
use crate::workspace::{Ambition, Relation};

/// A ring of six with a tail, measured and laid out as the analyst would.
fn network() -> App {
    let mut app = app_with(&["A", "B", "C", "D", "E", "F", "G"]);
    let id: Vec<_> = app.ws.actors.iter().map(|a| a.id).collect();
    for (a, b) in [
        (0, 1),
        (1, 2),
        (2, 3),
        (3, 4),
        (4, 5),
        (5, 0),
        (0, 6),
        (0, 3),
    ] {
        app.ws.relations.push(Relation::new(id[a], id[b], "kent"));
    }
    let mut amb = Ambition::new("Samen");
    amb.coalition = vec![id[1], id[2]];
    app.ws.ambitions.push(amb);
    app.refresh_after(&crate::app::Touched::all());
    app.analyse_now();
    press(&mut app, KeyCode::Char('9'));
    app
}

fn at(app: &App, id: crate::workspace::Id) -> (f64, f64) {
    app.map_nodes()
        .into_iter()
        .find(|(x, _)| *x == id)
        .map(|(_, p)| p)
        .unwrap()
}

#[test]
fn arrows_go_to_the_nearest_actor_that_way_and_enter_opens_it() {
    let mut app = network();
    assert_eq!(app.ui.pane, Pane::Map);
    assert_eq!(app.map_nodes().len(), 7);
    press(&mut app, KeyCode::Down);
    let first = app.ui.map.selected.expect("the best connected actor first");
    assert_eq!(first, app.ws.actors[0].id, "A has four relations");
    for (key, check) in [
        (
            KeyCode::Right,
            (|a: (f64, f64), b: (f64, f64)| b.0 > a.0) as fn(_, _) -> bool,
        ),
        (KeyCode::Left, |a, b| b.0 < a.0),
        (KeyCode::Up, |a, b| b.1 > a.1),
        (KeyCode::Down, |a, b| b.1 < a.1),
    ] {
        let before = app.ui.map.selected.unwrap();
        press(&mut app, key);
        let after = app.ui.map.selected.unwrap();
        if after != before {
            assert!(check(at(&app, before), at(&app, after)), "{key:?}");
        }
    }
    let chosen = app.ui.map.selected.unwrap();
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.ui.pane, Pane::Actors);
    assert_eq!(app.ui.actors.detail_id(), Some(chosen));
}

#[test]
fn the_neighbourhood_and_the_coalition_narrow_the_map() {
    let mut app = network();
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Char('e'));
    // A and who is one step away: B, D, F, G.
    assert_eq!(app.map_nodes().len(), 5);
    press(&mut app, KeyCode::Char('e'));
    assert_eq!(app.map_nodes().len(), 7, "two steps reach everyone");
    press(&mut app, KeyCode::Char('e'));
    press(&mut app, KeyCode::Char('a'));
    assert_eq!(app.map_nodes().len(), 2, "the coalition of Samen");
    press(&mut app, KeyCode::Char('a'));
    assert_eq!(app.map_nodes().len(), 7);
    press(&mut app, KeyCode::Char('+'));
    assert!((app.ui.map.zoom - 2.0).abs() < 1e-9);
    press(&mut app, KeyCode::Char('l'));
    press(&mut app, KeyCode::Esc);
    assert_eq!((app.ui.map.zoom, app.ui.map.pan), (1.0, (0.0, 0.0)));
}

#[test]
fn pinning_keeps_the_map_in_the_file_and_undo_takes_it_back() {
    let mut app = network();
    let before = app.map_nodes();
    press(&mut app, KeyCode::Char('p'));
    assert!(app.ws.actors.iter().all(|a| a.map.is_some()));
    assert_eq!(app.ws.actors[0].map, Some([before[0].1.0, before[0].1.1]));
    // Laid out again from the pins, the map stays as it was.
    app.analyse_now();
    assert_eq!(app.map_nodes(), before);
    press(&mut app, KeyCode::Char('p'));
    assert!(
        app.ws.actors.iter().all(|a| a.map.is_none()),
        "p again lets go"
    );
    press(&mut app, KeyCode::Char('u'));
    press(&mut app, KeyCode::Char('u'));
    assert!(app.ws.actors.iter().all(|a| a.map.is_none()), "undone");
}
