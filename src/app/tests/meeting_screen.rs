//! The meeting screen, driven by keys as in a meeting: who is there, decisions and follow-ups
//! one per line, the follow-ups from before ticked off, one log entry at the end.

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

use super::{app_with, press, typ};
use crate::app::{App, Overlay, Pane};
use crate::workspace::{Ambition, FollowUp, LogEntry};

fn ctrl(app: &mut App, c: char) {
    app.handle_event(&Event::Key(KeyEvent::new(
        KeyCode::Char(c),
        KeyModifiers::CONTROL,
    )));
}

/// Six people in a coalition, one earlier follow-up open for it.
fn network() -> App {
    let mut app = app_with(&[
        "Marieke", "Ahmed", "Fatima", "Joost", "Els", "Piet", "Linda",
    ]);
    let mut amb = Ambition::new("Gezonde school");
    amb.coalition = app.ws.actors[..6].iter().map(|a| a.id).collect();
    let mut before = LogEntry::checkin("Vorige keer", jiff::Timestamp::UNIX_EPOCH);
    before.ambition = Some(amb.id);
    before.follow_ups = vec![FollowUp::new("Zaal regelen", None, None)];
    app.ws.ambitions.push(amb);
    app.ws.log.push(before);
    app.refresh_after(&crate::app::Touched::all());
    app
}

/// Counts the keys pressed apart from the words typed.
struct Keys<'a> {
    app: &'a mut App,
    count: usize,
}

impl Keys<'_> {
    fn press(&mut self, code: KeyCode) {
        press(self.app, code);
        self.count += 1;
    }
    fn ctrl(&mut self, c: char) {
        ctrl(self.app, c);
        self.count += 1;
    }
    /// Words cost nothing extra: the keys of the words themselves.
    fn words(&mut self, text: &str) {
        typ(self.app, text);
    }
}

#[test]
fn a_whole_meeting_in_the_words_plus_about_twenty_keys() {
    let mut app = network();
    press(&mut app, KeyCode::Char('8'));
    let mut k = Keys {
        app: &mut app,
        count: 0,
    };
    k.press(KeyCode::Char('v'));
    k.press(KeyCode::Down); // the ambition, not the network as a whole
    k.press(KeyCode::Enter);
    for _ in 0..6 {
        k.press(KeyCode::Char(' ')); // present, and on to the next
    }
    k.press(KeyCode::Tab);
    for decision in ["Pilot start in januari", "Budget vrij", "Ouders betrekken"] {
        k.words(decision);
        k.press(KeyCode::Enter);
    }
    k.press(KeyCode::Tab);
    k.words("Bel de wethouder @ahmed +7");
    k.press(KeyCode::Enter);
    k.words("Stuur het verslag @marieke vrijdag");
    k.press(KeyCode::Tab); // Tab takes the typed line in too
    k.press(KeyCode::Char(' ')); // the follow-up from before is done
    k.ctrl('s');
    let keys = k.count;
    assert_eq!(keys, 18, "keys beyond the words");
    assert_eq!(
        app.ui.overlay.as_ref().map(|_| ()),
        None,
        "{:?}",
        app.ui.message
    );
    assert_eq!(app.ui.pane, Pane::Log);
    let e = app.ws.log.last().unwrap();
    assert_eq!(e.present.len(), 6, "{e:?}");
    assert_eq!(e.ambition, Some(app.ws.ambitions[0].id));
    assert_eq!(
        e.decisions,
        ["Pilot start in januari", "Budget vrij", "Ouders betrekken"]
    );
    assert_eq!(e.follow_ups.len(), 2);
    assert_eq!(e.follow_ups[0].text, "Bel de wethouder");
    assert_eq!(e.follow_ups[0].owner, Some(app.ws.actors[1].id));
    assert_eq!(
        e.follow_ups[0].due,
        Some(jiff::civil::Date::constant(2026, 12, 4))
    );
    assert_eq!(e.follow_ups[1].owner, Some(app.ws.actors[0].id));
    assert!(app.ws.log[0].follow_ups[0].done, "ticked off");
    // Everyone present was in touch today.
    assert!(app.views.last_contact.contains_key(&app.ws.actors[5].id));
    assert!(!app.views.last_contact.contains_key(&app.ws.actors[6].id));
    // One undo takes the whole meeting back.
    press(&mut app, KeyCode::Char('u'));
    assert_eq!(app.ws.log.len(), 1);
    assert!(!app.ws.log[0].follow_ups[0].done);
}

#[test]
fn a_line_not_understood_stays_to_be_corrected_and_lines_are_changed_in_place() {
    let mut app = network();
    press(&mut app, KeyCode::Char('8'));
    press(&mut app, KeyCode::Char('v'));
    press(&mut app, KeyCode::Enter); // the network as a whole
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Tab);
    typ(&mut app, "Bellen @nobody");
    press(&mut app, KeyCode::Enter);
    let m = app.meeting().unwrap();
    assert_eq!(m.input.value(), "Bellen @nobody", "kept to correct");
    assert!(m.follow_ups.is_empty());
    assert_eq!(app.ui.message.as_deref(), Some("No actor named '@nobody'"));
    // Only a who and a when is a follow-up without text.
    press(&mut app, KeyCode::Tab);
    assert_eq!(
        app.meeting().unwrap().part,
        crate::app::meeting::Part::FollowUps
    );
    press(&mut app, KeyCode::BackTab);
    let m = app.meeting().unwrap();
    assert_eq!(
        m.part,
        crate::app::meeting::Part::FollowUps,
        "not understood: stays"
    );
    // Decisions: two lines, the first taken back, changed, and put back at its place.
    for _ in 0..6 {
        press(&mut app, KeyCode::Backspace);
    }
    typ(&mut app, "ahmed");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::BackTab);
    typ(&mut app, "Eerste");
    press(&mut app, KeyCode::Enter);
    typ(&mut app, "Tweede");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Up);
    press(&mut app, KeyCode::Up);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.meeting().unwrap().input.value(), "Eerste");
    typ(&mut app, " besluit");
    press(&mut app, KeyCode::Enter);
    assert_eq!(
        app.meeting().unwrap().decisions,
        ["Eerste besluit", "Tweede"]
    );
    press(&mut app, KeyCode::Up);
    press(&mut app, KeyCode::Delete);
    assert_eq!(app.meeting().unwrap().decisions, ["Eerste besluit"]);
    assert_eq!(app.meeting().unwrap().follow_ups, ["Bellen @ahmed"]);
}

#[test]
fn leaving_asks_when_something_is_in_it_and_an_empty_meeting_is_not_saved() {
    let mut app = network();
    app.autosave = true;
    press(&mut app, KeyCode::Char('8'));
    press(&mut app, KeyCode::Char('v'));
    press(&mut app, KeyCode::Esc);
    assert!(app.ui.overlay.is_none(), "nothing in it: it just closes");
    press(&mut app, KeyCode::Char('v'));
    press(&mut app, KeyCode::Enter);
    ctrl(&mut app, 's');
    assert!(app.meeting().is_some(), "an empty meeting stays open");
    assert_eq!(
        app.ui.message.as_deref(),
        Some("Nothing in this meeting yet: mark who is here or type a decision")
    );
    press(&mut app, KeyCode::Tab);
    typ(&mut app, "Iets besloten");
    press(&mut app, KeyCode::Esc);
    assert!(matches!(app.ui.overlay, Some(Overlay::LeaveMeeting(_))));
    press(&mut app, KeyCode::Esc);
    assert!(app.meeting().is_some(), "Esc goes back to the meeting");
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('d'));
    assert!(app.ui.overlay.is_none());
    assert_eq!(app.ws.log.len(), 1, "thrown away");
    // Quitting in a meeting asks too, and "save" ends it into the log.
    press(&mut app, KeyCode::Char('v'));
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char(' '));
    ctrl(&mut app, 'c');
    assert!(matches!(app.ui.overlay, Some(Overlay::QuitAsk(_))));
    press(&mut app, KeyCode::Char('s'));
    assert!(app.quit);
    assert_eq!(app.ws.log.len(), 2);
    assert_eq!(app.ws.log[1].present.len(), 1);
}

#[test]
fn a_meeting_comes_back_from_its_draft_as_it_stood() {
    let mut app = network();
    press(&mut app, KeyCode::Char('8'));
    press(&mut app, KeyCode::Char('v'));
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char(' '));
    press(&mut app, KeyCode::Tab);
    typ(&mut app, "Pilot akkoord");
    press(&mut app, KeyCode::Enter);
    typ(&mut app, "half getypt");
    let draft = app.draft_json().expect("a meeting with content is a draft");
    let before = app.meeting().cloned().unwrap();
    let mut next = network();
    next.ws = app.ws.clone();
    next.offer_draft(&draft);
    press(&mut next, KeyCode::Char('y'));
    assert_eq!(next.meeting(), Some(&before));
    assert_eq!(next.meeting().unwrap().input.value(), "half getypt");
}

#[test]
fn a_read_only_workspace_holds_no_meeting() {
    let mut app = network();
    app.read_only = Some("test".into());
    press(&mut app, KeyCode::Char('8'));
    press(&mut app, KeyCode::Char('v'));
    assert!(app.meeting().is_none());
}

/// Every part of an entry changes in its form: the date, and each follow-up as one line
/// `what @who when` (a name with spaces as `@First_Last`); an emptied line removes it, the last
/// line adds one, an unknown name refuses the form; all in one undo.
#[test]
fn an_entrys_date_and_follow_ups_change_in_its_form_from_the_entry_view() {
    let mut app = app_with(&["Marieke de Vries", "Ahmed"]);
    let mut e = LogEntry::checkin("Overleg", jiff::Timestamp::UNIX_EPOCH);
    e.follow_ups = vec![
        FollowUp::new("Zaal regelen", None, None),
        FollowUp::new("Weg ermee", None, None),
    ];
    e.follow_ups[0].done = true;
    let kept = e.follow_ups[0].id;
    let edit = app
        .ws
        .push_record(crate::workspace::Record::Log(Box::new(e)));
    app.commit(edit);
    let before = app.ws.log[0].clone();
    press(&mut app, KeyCode::Char('8'));
    press(&mut app, KeyCode::Enter);
    assert!(matches!(app.ui.overlay, Some(Overlay::Entry(..))));
    press(&mut app, KeyCode::Char('e'));
    let Some(Overlay::Form(form)) = &app.ui.overlay else {
        panic!("e in the entry view opens its form");
    };
    assert_eq!(form.text(crate::i18n::FIELD_DATE), "1970-01-01");
    let lines: Vec<String> = form
        .rows(crate::i18n::FIELD_FOLLOW_UP)
        .into_iter()
        .map(|(_, l)| l)
        .collect();
    assert_eq!(lines, ["Zaal regelen", "Weg ermee", ""]);
    // The date, as people say it.
    for _ in 0..10 {
        press(&mut app, KeyCode::Backspace);
    }
    typ(&mut app, "15-1-2027");
    // Down to the follow-ups: note, about, present, decisions, ambition.
    for _ in 0..6 {
        press(&mut app, KeyCode::Tab);
    }
    typ(&mut app, " @Marieke_de_Vries 2027-02-01");
    press(&mut app, KeyCode::Tab);
    for _ in 0.."Weg ermee".len() {
        press(&mut app, KeyCode::Backspace);
    }
    press(&mut app, KeyCode::Tab);
    typ(&mut app, "Nieuw @nobody");
    press(&mut app, KeyCode::Enter);
    assert!(
        matches!(&app.ui.overlay, Some(Overlay::Form(f)) if f.error.as_deref() == Some("No actor by that name")),
        "an unknown name refuses the form: {:?}",
        app.ui.overlay
    );
    for _ in 0.."nobody".len() {
        press(&mut app, KeyCode::Backspace);
    }
    typ(&mut app, "ahmed +7");
    press(&mut app, KeyCode::Enter);
    assert!(app.ui.overlay.is_none(), "{:?}", app.ui.overlay);
    let e = &app.ws.log[0];
    assert_eq!(
        e.at.to_zoned(app.tz.clone()).date(),
        jiff::civil::Date::constant(2027, 1, 15)
    );
    assert_eq!(e.follow_ups.len(), 2, "{:?}", e.follow_ups);
    let first = &e.follow_ups[0];
    assert_eq!(
        (first.id, first.done),
        (kept, true),
        "same follow-up, still done"
    );
    assert_eq!(first.owner, Some(app.ws.actors[0].id));
    assert_eq!(first.due, Some(jiff::civil::Date::constant(2027, 2, 1)));
    assert_eq!(e.follow_ups[1].text, "Nieuw");
    assert_eq!(e.follow_ups[1].owner, Some(app.ws.actors[1].id));
    press(&mut app, KeyCode::Char('u'));
    assert_eq!(app.ws.log[0], before, "one undo");
    // `e` on an open follow-up opens the same form on its line.
    press(&mut app, KeyCode::Char('f'));
    press(&mut app, KeyCode::Char('e'));
    let Some(Overlay::Form(form)) = &app.ui.overlay else {
        panic!("e on a follow-up opens the entry's form");
    };
    assert_eq!(form.fields[form.focus].about, Some(before.follow_ups[1].id));
}
