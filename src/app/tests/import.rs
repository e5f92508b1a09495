//! Importing from the Actors pane: the form asks for a file and hands it to the loop to read;
//! the preview opens with what would change; `y` takes it in as one edit that one `u` undoes;
//! `n` changes nothing; a read-only knoop refuses.

use ratatui::crossterm::event::KeyCode;

use super::{app_with, press, typ};
use crate::app::msg::{Effect, Msg};
use crate::app::{Action, Overlay, Pane};
use crate::import::{Format, Incoming, read};

fn incoming() -> Incoming {
    let mut into = Incoming::default();
    let sheet = "Label;Type\nBram Peters;person\nNieuw;organisation\n";
    let rel = "From;To;Type\nBram Peters;Nieuw;kent\nNieuw;Niemand;kent\n";
    read("a.csv", sheet.as_bytes(), Format::Csv, &mut into).unwrap_or_default();
    read("r.csv", rel.as_bytes(), Format::Csv, &mut into).unwrap_or_default();
    into
}

#[test]
fn the_form_hands_the_file_to_the_loop_and_the_preview_takes_it_in_as_one_edit() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let file = dir.path().join("a.csv");
    std::fs::write(&file, "Label\nX\n").unwrap_or_else(|e| panic!("{e}"));
    let mut app = app_with(&["Bram Peters"]);
    app.update(Action::ShowPane(Pane::Actors));
    press(&mut app, KeyCode::Char('i'));
    assert!(matches!(app.ui.overlay, Some(Overlay::Form(_))));
    typ(&mut app, "/no/such/file.csv");
    press(&mut app, KeyCode::Enter);
    assert!(
        matches!(&app.ui.overlay, Some(Overlay::Form(f)) if f.error.is_some()),
        "a file that is not there is said in the form"
    );
    let Some(Overlay::Form(form)) = &mut app.ui.overlay else {
        unreachable!()
    };
    *form = crate::app::form::Form::new(
        crate::app::form::FormKind::Import,
        vec![crate::app::form::Field::text(
            crate::i18n::FIELD_IMPORT_FILE,
            &file.display().to_string(),
        )],
    );
    let effects = app.update(Action::SubmitForm);
    assert!(
        effects
            .iter()
            .any(|e| matches!(e, Effect::ReadImport(p) if *p == file)),
        "{effects:?}"
    );

    app.update(Msg::ImportRead(Box::new(Ok(("a.csv".into(), incoming())))));
    let Some(Overlay::Import(view)) = &app.ui.overlay else {
        panic!("the preview opens")
    };
    assert_eq!(
        view.lines[0].1,
        "1 new actor, 1 recognised, 1 new relation, 1 row refused"
    );
    press(&mut app, KeyCode::Down);
    assert!(matches!(&app.ui.overlay, Some(Overlay::Import(v)) if v.top == 1));
    press(&mut app, KeyCode::Char('n'));
    assert!(app.ui.overlay.is_none());
    assert_eq!(app.ws.actors.len(), 1, "n changes nothing");

    app.update(Msg::ImportRead(Box::new(Ok(("a.csv".into(), incoming())))));
    press(&mut app, KeyCode::Char('y'));
    assert_eq!((app.ws.actors.len(), app.ws.relations.len()), (2, 1));
    assert_eq!(
        app.ui.message.as_deref(),
        Some("Imported: 1 actor, 1 relation (u: undo)")
    );
    press(&mut app, KeyCode::Char('u'));
    assert_eq!(
        (app.ws.actors.len(), app.ws.relations.len()),
        (1, 0),
        "one u undoes the whole import"
    );
}

#[test]
fn a_file_that_cannot_be_read_is_said_and_a_read_only_knoop_refuses() {
    let mut app = app_with(&[]);
    app.update(Msg::ImportRead(Box::new(Err("x.csv:3: broken".into()))));
    assert!(
        matches!(&app.ui.overlay, Some(Overlay::Import(v)) if v.lines[0].1 == "x.csv:3: broken"),
        "the reason is shown whole where the preview would be"
    );
    press(&mut app, KeyCode::Char('y'));
    assert!(app.ui.overlay.is_none() && app.ws.actors.is_empty());
    app.set_read_only("test".into());
    app.update(Action::ShowPane(Pane::Actors));
    press(&mut app, KeyCode::Char('i'));
    assert!(app.ui.overlay.is_none(), "no form in a read-only knoop");
}
