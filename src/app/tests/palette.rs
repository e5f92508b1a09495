//! The command palette: a few letters find an action of any pane and `Enter` runs it there;
//! the commands with a word run with it.

use ratatui::crossterm::event::KeyCode;

use super::{app_with, press, typ};
use crate::app::msg::Effect;
use crate::app::{Action, Overlay, Pane};
use crate::i18n::Lang;

#[test]
fn letters_find_an_action_of_any_pane_and_enter_runs_it_there() {
    let mut app = app_with(&["Anna", "Carla de Wit"]);
    press(&mut app, KeyCode::Char(':'));
    assert!(matches!(&app.ui.overlay, Some(Overlay::Palette(p)) if p.hits.len() > 40));
    typ(&mut app, "rings");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.ui.pane, Pane::Actors);
    assert!(app.ui.actors.rings(), "the ring view is on");

    press(&mut app, KeyCode::Char(':'));
    typ(&mut app, "goto carla");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.ui.actors.detail_id(), Some(app.ws.actors[1].id));

    app.update(Action::CloseDetail);
    press(&mut app, KeyCode::Char(':'));
    typ(&mut app, "lang nl");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.lang, Lang::Nl);

    press(&mut app, KeyCode::Char(':'));
    typ(&mut app, "export md");
    let effects = app.handle_event(&ratatui::crossterm::event::Event::Key(
        ratatui::crossterm::event::KeyEvent::new(
            KeyCode::Enter,
            ratatui::crossterm::event::KeyModifiers::NONE,
        ),
    ));
    assert!(
        effects.iter().any(|e| matches!(e, Effect::Export(p, text) if p.to_string_lossy().ends_with("w.rapport.md") && text.starts_with("# Test"))),
        "{effects:?}"
    );

    press(&mut app, KeyCode::Char(':'));
    typ(&mut app, "zzzzqqq");
    press(&mut app, KeyCode::Enter);
    assert!(app.ui.overlay.is_none());
    assert!(
        app.ui
            .message
            .as_deref()
            .is_some_and(|m| m.contains("zzzzqqq"))
    );
}
