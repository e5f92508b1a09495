//! Every key the keymap binds, pressed where it applies, in every pane and every mode: the
//! workspace stays whole (it saves and loads back equal, no id dangles) and undoing everything
//! gives back exactly the workspace we started with.

use std::collections::HashSet;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

use crate::app::keymap::{self, BINDINGS, Scope};
use crate::app::{Action, App, Overlay, Pane};
use crate::i18n::Lang;
use crate::workspace::Workspace;

fn demo() -> Workspace {
    crate::store::parse(
        std::path::Path::new("demo"),
        crate::cli::write::DEMO.as_bytes(),
    )
    .unwrap()
    .0
}

fn key(code: KeyCode, mods: KeyModifiers) -> Event {
    Event::Key(KeyEvent::new(code, mods))
}

/// A key of a context; F24 stands for Ctrl-c.
fn plain(code: KeyCode) -> Event {
    if code == KeyCode::F(24) {
        return key(KeyCode::Char('c'), KeyModifiers::CONTROL);
    }
    key(code, KeyModifiers::NONE)
}

/// Takes one setup step: a key, or (`F(23)`) a file read for an import, which opens its
/// preview as the loop's reader would.
fn step(app: &mut App, code: KeyCode) {
    if code == KeyCode::F(22) {
        // Conflicts a merge left, put in as an edit so that undo takes them out again.
        let mut open = app.ws.conflicts.clone();
        let id = app.ws.actors[0].id.to_string();
        open.push(crate::workspace::conflict::Conflict {
            path: vec!["actors".into(), id, "name".into()],
            base: None,
            ours: Some(serde_json::json!(app.ws.actors[0].name)),
            theirs: Some(serde_json::json!("Andere naam")),
        });
        let change = crate::workspace::Change::Replace {
            at: 0,
            before: crate::workspace::Record::Conflicts(Box::new(app.ws.conflicts.clone())),
            after: crate::workspace::Record::Conflicts(Box::new(open)),
        };
        let edit = app.ws.commit(vec![change]);
        app.commit(edit);
        app.handle_event(&plain(KeyCode::Char('C')));
    } else if code == KeyCode::F(23) {
        let mut rows = crate::import::Incoming::default();
        let sheet = "Label,Type\nNieuw,person\nBram Peters,person\n";
        let _ = crate::import::read(
            "a.csv",
            sheet.as_bytes(),
            crate::import::Format::Csv,
            &mut rows,
        );
        app.update(crate::app::msg::Msg::ImportRead(Box::new(Ok((
            "a.csv".into(),
            rows,
        )))));
    } else {
        app.handle_event(&plain(code));
    }
}

/// A pane and the keys that bring it into one of its modes (or open a dialog on it).
fn contexts() -> Vec<(Pane, Vec<KeyCode>)> {
    use KeyCode::{Char, Down, Enter, Esc, Tab, Up};
    let mut c: Vec<(Pane, Vec<KeyCode>)> = Pane::ALL.iter().map(|p| (*p, vec![])).collect();
    c.extend([
        (Pane::Actors, vec![Enter]),
        (Pane::Actors, vec![Enter, Char('j')]),
        (Pane::Actors, vec![Char('v')]),
        (Pane::Actors, vec![Char('/')]),
        (Pane::Actors, vec![Char('a')]),
        (Pane::Actors, vec![Char('d')]),
        (Pane::Actors, vec![Enter, Char('r')]),
        (Pane::Actors, vec![Enter, Char('n')]),
        (Pane::Actors, vec![Enter, Char('e')]),
        (Pane::Actors, vec![Char('?')]),
        (Pane::Actors, vec![KeyCode::F(23)]),
        (Pane::Actors, vec![KeyCode::F(22)]),
        (Pane::Overview, vec![Char('T')]),
        (Pane::Overview, vec![Char(':')]),
        (Pane::Roles, vec![Char('r')]),
        (Pane::Identity, vec![Char('c')]),
        (Pane::Identity, vec![Char('l')]),
        (Pane::Agenda, vec![Char('v')]),
        (Pane::Agenda, vec![Char('l')]),
        (Pane::Agenda, vec![Char('l'), Char('+')]),
        (Pane::Agenda, vec![Char('l'), Enter]),
        (Pane::Log, vec![Char('f')]),
        (Pane::Log, vec![Char('c')]),
        (Pane::Log, vec![Enter]),
        (Pane::Basis, vec![Char('c')]),
        (Pane::Basis, vec![Char('n'), Enter]),
        (Pane::Foundation, vec![Char('b')]),
        // A form with typed text, then Ctrl-c: the question what to do with it.
        (Pane::Log, vec![Char('a'), Char('X'), KeyCode::F(24)]),
        // The meeting screen: choosing, with lines typed, and the question on leaving.
        (Pane::Log, vec![Char('v')]),
        (
            Pane::Log,
            vec![Char('v'), Down, Enter, Char(' '), Tab, Char('X'), Enter, Up],
        ),
        (Pane::Log, vec![Char('v'), Down, Enter, Char(' '), Esc]),
    ]);
    c
}

fn check_whole_and_undo_exact(mut app: App, start: &Workspace, what: &str) {
    let bytes = crate::store::serialize(&app.ws).unwrap();
    let (back, _) = crate::store::parse(std::path::Path::new("w"), &bytes).unwrap();
    assert_eq!(back, app.ws, "{what}: saves and loads back equal");
    assert!(
        app.ws.dangling_actor_ids().is_empty(),
        "{what}: dangling ids"
    );
    app.ui.overlay = None;
    while !app.undo.is_empty() {
        app.update(Action::Undo);
    }
    // Where the questionnaire is open is saved but, by design, not an undoable edit.
    app.ws
        .questionnaire
        .screen
        .clone_from(&start.questionnaire.screen);
    assert_eq!(&app.ws, start, "{what}: undo gives back the start");
}

#[test]
fn every_bound_key_of_every_pane_keeps_the_workspace_whole_and_undo_exact() {
    let start = demo();
    let mut covered: HashSet<(String, Action)> = HashSet::new();
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    for (pane, setup) in contexts() {
        let mut base = App::new(
            start.clone(),
            "demo.json".into(),
            Lang::Nl,
            jiff::civil::Date::constant(2026, 11, 27),
        );
        // As in a session that writes: quitting with typed text asks first.
        base.autosave = true;
        base.update(Action::ShowPane(pane));
        for code in &setup {
            step(&mut base, *code);
        }
        let scopes = keymap::scopes(pane, base.dialog_scope());
        for binding in BINDINGS.iter().filter(|b| scopes.contains(&b.scope)) {
            for (code, mods) in binding.keys {
                let event = key(*code, *mods);
                let Event::Key(k) = event else { continue };
                if keymap::action_for(&scopes, k) != Some(binding.action) {
                    continue; // a more specific scope has this key here
                }
                covered.insert((format!("{:?}", binding.scope), binding.action));
                let mut app = App::new(
                    start.clone(),
                    "demo.json".into(),
                    Lang::Nl,
                    jiff::civil::Date::constant(2026, 11, 27),
                );
                app.autosave = true;
                app.update(Action::ShowPane(pane));
                for c in &setup {
                    step(&mut app, *c);
                }
                app.handle_event(&event);
                // Follow through whatever opened: type, pick, save, confirm, leave.
                for c in [
                    KeyCode::Char('X'),
                    KeyCode::Down,
                    KeyCode::Enter,
                    KeyCode::Char('y'),
                    KeyCode::Esc,
                    KeyCode::Char('y'),
                ] {
                    app.handle_event(&plain(c));
                    terminal.draw(|f| crate::ui::render(&app, f)).unwrap();
                }
                if matches!(app.ui.overlay, Some(Overlay::Form(_))) {
                    app.ui.overlay = None;
                }
                let what = format!("{pane:?} after {setup:?}: {:?} {:?}", binding.action, code);
                check_whole_and_undo_exact(app, &start, &what);
            }
        }
    }
    let missing: Vec<String> = BINDINGS
        .iter()
        .filter(|b| b.scope != Scope::Always || b.action != Action::Quit)
        .filter(|b| !covered.contains(&(format!("{:?}", b.scope), b.action)))
        .map(|b| format!("{:?} {:?}", b.scope, b.action))
        .collect();
    assert!(missing.is_empty(), "never pressed: {missing:?}");
}
