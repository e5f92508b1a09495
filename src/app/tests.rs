//! `update` fed with key events, as the loop feeds it.

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

mod actors;
mod coalitions;
pub(crate) mod conflicts;
mod effects;
mod forms;
mod import;
mod keys;
mod map;
mod meeting;
mod meeting_screen;
mod mouse;
mod overview;
mod palette;
mod timeline;

use super::{App, Overlay, Pane, SaveState};
use crate::i18n::Lang;
use crate::workspace::{Actor, Workspace};

pub(super) fn app_with(names: &[&str]) -> App {
    let mut ws = Workspace::new("Test");
    for n in names {
        ws.add_actor(Actor::new(n));
    }
    App::new(
        ws,
        "w.json".into(),
        Lang::En,
        jiff::civil::Date::constant(2026, 11, 27),
    )
}

/// The demo network in an English app on a fixed day.
pub(super) fn demo_app() -> App {
    let (ws, _) = crate::store::parse(
        std::path::Path::new("demo.json"),
        crate::cli::write::DEMO.as_bytes(),
    )
    .unwrap_or_else(|e| panic!("the demo loads: {e:?}"));
    App::new(
        ws,
        "demo.json".into(),
        Lang::En,
        jiff::civil::Date::constant(2026, 11, 27),
    )
}

pub(super) fn press(app: &mut App, code: KeyCode) {
    app.handle_event(&Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

pub(super) fn typ(app: &mut App, text: &str) {
    for c in text.chars() {
        press(app, KeyCode::Char(c));
    }
}

pub(super) fn names(app: &App) -> Vec<&str> {
    app.views
        .actors
        .iter()
        .map(|i| app.ws.actors[*i].name.as_str())
        .collect()
}

#[test]
fn add_rename_delete_undo_redo_by_keys() {
    let mut app = app_with(&["GGD"]);
    press(&mut app, KeyCode::Char('3'));
    assert_eq!(app.ui.pane, Pane::Actors);
    press(&mut app, KeyCode::Char('a'));
    typ(&mut app, "Bewonersgroep Zuid");
    press(&mut app, KeyCode::Enter);
    assert_eq!(names(&app), ["Bewonersgroep Zuid", "GGD"]);
    assert_eq!(app.generation, 1);
    assert_eq!(app.selected_actor().unwrap().name, "Bewonersgroep Zuid");

    press(&mut app, KeyCode::Char('e'));
    press(&mut app, KeyCode::Backspace);
    press(&mut app, KeyCode::Backspace);
    press(&mut app, KeyCode::Backspace);
    press(&mut app, KeyCode::Backspace);
    typ(&mut app, "Noord");
    press(&mut app, KeyCode::Enter);
    assert_eq!(names(&app), ["Bewonersgroep Noord", "GGD"]);

    press(&mut app, KeyCode::Char('d'));
    assert!(matches!(app.ui.overlay, Some(Overlay::Confirm(_))));
    press(&mut app, KeyCode::Char('j'));
    assert_eq!(names(&app), ["GGD"]);

    press(&mut app, KeyCode::Char('u'));
    assert_eq!(names(&app), ["Bewonersgroep Noord", "GGD"]);
    press(&mut app, KeyCode::Char('u'));
    press(&mut app, KeyCode::Char('u'));
    assert_eq!(names(&app), ["GGD"]);
    app.handle_event(&Event::Key(KeyEvent::new(
        KeyCode::Char('r'),
        KeyModifiers::CONTROL,
    )));
    assert_eq!(names(&app), ["Bewonersgroep Zuid", "GGD"]);
    assert_eq!(app.generation, 7);
}

#[test]
fn keys_typed_in_a_form_are_text_not_commands() {
    let mut app = app_with(&[]);
    app.update(super::Action::ShowPane(Pane::Actors));
    press(&mut app, KeyCode::Char('a'));
    typ(&mut app, "qu1?");
    assert!(!app.quit);
    assert_eq!(app.ui.pane, Pane::Actors);
    app.handle_event(&Event::Paste("plak\u{1b}[2J tekst\n".to_owned()));
    press(&mut app, KeyCode::Enter);
    assert_eq!(names(&app), ["qu1?plak[2J tekst"]);
}

#[test]
fn escape_asks_before_throwing_typing_away() {
    let mut app = app_with(&[]);
    app.update(super::Action::ShowPane(Pane::Actors));
    press(&mut app, KeyCode::Char('a'));
    press(&mut app, KeyCode::Esc);
    assert!(app.ui.overlay.is_none(), "nothing typed: Esc just closes");
    press(&mut app, KeyCode::Char('a'));
    typ(&mut app, "X");
    press(&mut app, KeyCode::Esc);
    assert!(matches!(&app.ui.overlay, Some(Overlay::Form(f)) if f.confirm_discard));
    press(&mut app, KeyCode::Char('n'));
    assert!(matches!(&app.ui.overlay, Some(Overlay::Form(f)) if !f.confirm_discard));
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('y'));
    assert!(app.ui.overlay.is_none());
    assert!(app.ws.actors.is_empty());
}

#[test]
fn empty_and_duplicate_names_are_refused() {
    let mut app = app_with(&["GGD"]);
    app.update(super::Action::ShowPane(Pane::Actors));
    press(&mut app, KeyCode::Char('a'));
    press(&mut app, KeyCode::Enter);
    assert!(matches!(&app.ui.overlay, Some(Overlay::Form(f)) if f.error.is_some()));
    typ(&mut app, "ggd");
    press(&mut app, KeyCode::Enter);
    assert!(matches!(&app.ui.overlay, Some(Overlay::Form(f)) if f.error.is_some()));
    assert_eq!(app.ws.actors.len(), 1);
}

#[test]
fn read_only_refuses_every_change() {
    let mut app = app_with(&["GGD"]);
    app.set_read_only("test".to_owned());
    app.update(super::Action::ShowPane(Pane::Actors));
    for k in ['a', 'e', 'd', 'u'] {
        press(&mut app, KeyCode::Char(k));
        assert!(app.ui.overlay.is_none(), "{k} opened a dialog");
    }
    assert_eq!(app.generation, 0);
    assert!(matches!(app.persist.state(), SaveState::ReadOnly(_)));
}

#[test]
fn selection_scrolls_only_when_it_leaves_the_window() {
    let names: Vec<String> = (0..100).map(|i| format!("Actor {i:03}")).collect();
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    let mut app = app_with(&refs);
    app.handle_event(&Event::Resize(80, 24));
    app.update(super::Action::ShowPane(Pane::Actors));
    let page = app.page_rows();
    for _ in 0..page {
        press(&mut app, KeyCode::Char('j'));
    }
    assert_eq!(app.offset(Pane::Actors), 1);
    press(&mut app, KeyCode::Char('k'));
    assert_eq!(
        app.offset(Pane::Actors),
        1,
        "moving up inside the window does not scroll"
    );
    press(&mut app, KeyCode::Char('G'));
    assert_eq!(app.selected(), Some(99));
    press(&mut app, KeyCode::Char('g'));
    assert_eq!(app.selected(), Some(0));
    assert_eq!(app.offset(Pane::Actors), 0);
}

#[test]
fn tab_cycles_and_help_opens_and_closes() {
    let mut app = app_with(&[]);
    press(&mut app, KeyCode::BackTab);
    assert_eq!(app.ui.pane, Pane::Map);
    press(&mut app, KeyCode::Tab);
    assert_eq!(app.ui.pane, Pane::Overview);
    press(&mut app, KeyCode::Char('?'));
    assert!(matches!(app.ui.overlay, Some(Overlay::Help)));
    press(&mut app, KeyCode::Char('q'));
    assert!(app.ui.overlay.is_none());
    assert!(!app.quit, "q closes help first");
    press(&mut app, KeyCode::Char('q'));
    assert!(app.quit);
}

mod random_keys {
    use proptest::prelude::*;
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

    use crate::app::{App, Overlay};
    use crate::i18n::Lang;

    /// Any key the keymap binds anywhere (with its modifiers), or a letter to type.
    fn key() -> impl Strategy<Value = KeyEvent> {
        let mut bound: Vec<(KeyCode, KeyModifiers)> = crate::app::keymap::BINDINGS
            .iter()
            .flat_map(|b| b.keys.iter().copied())
            // Ctrl-c quits; the sequence would end there.
            .filter(|(c, m)| !(*c == KeyCode::Char('c') && m.contains(KeyModifiers::CONTROL)))
            .collect();
        bound.sort_by_key(|k| format!("{k:?}"));
        bound.dedup();
        prop_oneof![
            4 => prop::sample::select(bound).prop_map(|(c, m)| KeyEvent::new(c, m)),
            1 => prop::sample::select(vec!['Z', 'ë', '7', ' ', 'Q'])
                .prop_map(|c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)),
            1 => prop::sample::select(vec![KeyCode::Backspace, KeyCode::Enter, KeyCode::Esc])
                .prop_map(|c| KeyEvent::new(c, KeyModifiers::NONE)),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Whatever is typed: no panic, the file stays valid, no id dangles, and undoing
        /// everything gives back exactly the workspace we started with.
        #[test]
        fn random_keys_never_break_the_workspace(
            pane in prop::sample::select(crate::app::Pane::ALL.to_vec()),
            keys in prop::collection::vec(key(), 1..120),
        ) {
            let (ws, _) = crate::store::parse(std::path::Path::new("demo"), crate::cli::write::DEMO.as_bytes()).unwrap();
            let start = ws.clone();
            let mut app = App::new(ws, "demo.json".into(), Lang::Nl, jiff::civil::Date::constant(2026, 11, 27));
            app.update(crate::app::Action::ShowPane(pane));
            let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
            for k in keys {
                app.handle_event(&Event::Key(k));
                terminal.draw(|f| crate::ui::render(&app, f)).unwrap();
            }
            let (back, _) = crate::store::parse(std::path::Path::new("w"), &crate::store::serialize(&app.ws).unwrap()).unwrap();
            prop_assert_eq!(&back, &app.ws);
            prop_assert!(app.ws.dangling_actor_ids().is_empty());
            if matches!(app.ui.overlay, Some(Overlay::Form(_) | Overlay::Confirm(_))) {
                app.ui.overlay = None;
            }
            while !app.undo.is_empty() {
                app.update(crate::app::Action::Undo);
            }
            // Where the questionnaire is open is saved but, by design, not an undoable edit.
            app.ws.questionnaire.screen.clone_from(&start.questionnaire.screen);
            prop_assert_eq!(app.ws, start);
        }
    }
}

#[test]
fn search_filters_the_register_and_escape_clears_it() {
    let mut app = app_with(&["Gemeente Utrecht", "GGD", "Bewoners"]);
    press(&mut app, KeyCode::Char('3'));
    press(&mut app, KeyCode::Char('/'));
    assert!(app.ui.actors.searching.is_some());
    typ(&mut app, "gem");
    assert_eq!(names(&app), ["Gemeente Utrecht"]);
    press(&mut app, KeyCode::Enter);
    assert!(app.ui.actors.searching.is_none());
    assert_eq!(names(&app), ["Gemeente Utrecht"], "Enter keeps the search");
    press(&mut app, KeyCode::Esc);
    assert_eq!(names(&app).len(), 3);
}
