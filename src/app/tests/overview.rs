//! The Overview as the leader's to-do: what it lists and how it scrolls.

use ratatui::crossterm::event::KeyCode;

use super::{app_with, press};
use crate::analysis::Todo;
use crate::app::overview::Tone;
use crate::workspace::{FollowUp, LogEntry};

#[test]
fn overdue_follow_ups_head_the_overview_and_it_scrolls_to_its_end_and_no_further() {
    let mut app = app_with(&["Ahmed", "Fatima"]);
    app.ui.size = (80, 24);
    let mut e = LogEntry::checkin("Overleg", jiff::Timestamp::UNIX_EPOCH);
    let owner = app.ws.actors[0].id;
    e.follow_ups = (1..=30)
        .map(|d| {
            let due = jiff::civil::Date::constant(2026, 11, d);
            FollowUp::new(&format!("actie {d}"), Some(owner), Some(due))
        })
        .collect();
    let edit = app
        .ws
        .push_record(crate::workspace::Record::Log(Box::new(e)));
    app.commit(edit);
    assert_eq!(app.views.todo[0], Todo::Overdue(0, 0));
    let rows = app.overview_rows();
    assert_eq!(rows[0], (Tone::Heading, "Follow-ups overdue".to_owned()));
    assert_eq!(
        rows[1],
        (Tone::Warn, "Sun 1 Nov  actie 1 (Ahmed)".to_owned())
    );
    // 26 overdue: the first 12 listed, then how many more; 27 Nov (today) to 30 Nov are due
    // within a week.
    assert_eq!(rows[13], (Tone::Plain, "… and 14 more".to_owned()));
    assert!(rows.contains(&(Tone::Heading, "Follow-ups due within a week".to_owned())));
    let (total, last_top) = crate::app::layout::overview_todo(&app, &app.overview_rows());
    assert!(total > 30, "{total}");
    press(&mut app, KeyCode::Char('1'));
    press(&mut app, KeyCode::Char('j'));
    assert_eq!(app.ui.overview.top, 1);
    press(&mut app, KeyCode::Char('G'));
    assert_eq!(app.ui.overview.top, last_top);
    press(&mut app, KeyCode::Char('j'));
    assert_eq!(app.ui.overview.top, last_top, "no scrolling past the end");
    press(&mut app, KeyCode::Char('k'));
    assert_eq!(app.ui.overview.top, last_top - 1);
}

/// A phase chosen on the Basis pane is dated in the network's history; the Overview lists the
/// phase's checklist ticked from the data; in the last phase it asks the closing question,
/// and `B` records the answer with the network and in the log, all undoable.
#[test]
fn the_phase_guides_and_the_cycle_ends_with_a_decision() {
    use crate::app::form::{Field, Form, FormKind};
    use crate::app::{Action, Overlay};
    use crate::i18n as t;
    use crate::workspace::{Continuation, LogKind, Phase};
    let mut app = app_with(&["Ahmed", "Fatima", "Sanne"]);
    let phase = |p: Phase| {
        Form::new(
            FormKind::Phase,
            vec![
                Field::optional_term(t::PHASE_LABEL, Some(p), crate::i18n::Lang::En),
                Field::text(t::FIELD_SHOWS, ""),
            ],
        )
    };
    app.ui.overlay = Some(Overlay::Form(phase(Phase::Verkennen)));
    app.update(Action::SubmitForm);
    let rows = app.overview_rows();
    let text: Vec<&str> = rows.iter().map(|r| r.1.as_str()).collect();
    assert!(
        text.contains(&"Phase verkennen (explore): what the method asks"),
        "{text:#?}"
    );
    assert!(text.contains(&"[x] actors brought together (at least three)"));
    assert!(text.contains(&"[ ] the shared urgency in words: the issue"));
    assert!(
        text.iter()
            .any(|l| l.starts_with("Phases: verkennen (explore) since 2026-11-27")),
        "{text:#?}"
    );
    app.ui.overlay = Some(Overlay::Form(phase(Phase::BestendigenStoppen)));
    app.update(Action::SubmitForm);
    assert_eq!(app.ws.network.phases.len(), 2);
    let rows = app.overview_rows();
    assert!(rows.iter().any(|r| r.0 == Tone::Warn
        && r.1 == "At the end of the cycle: bestendigen, stoppen or vernieuwen? B records the decision"));
    // B, from the Overview: the form, Stoppen, a reason.
    press(&mut app, KeyCode::Char('B'));
    assert!(matches!(&app.ui.overlay, Some(Overlay::Form(f)) if f.kind == FormKind::Decision));
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Tab);
    super::typ(&mut app, "doel bereikt");
    press(&mut app, KeyCode::Enter);
    let d = app.ws.network.decision.clone().unwrap();
    assert_eq!(
        (d.choice, d.note.as_str()),
        (Continuation::Stoppen, "doel bereikt")
    );
    let logged = app.ws.log.last().unwrap();
    assert_eq!(logged.kind, LogKind::Decision);
    assert_eq!(
        logged.decisions,
        ["Decision at the end of the cycle: stoppen (stop)"]
    );
    let rows = app.overview_rows();
    assert!(
        rows.iter().any(|r| r.1
            == "Decision at the end of the cycle (2026-11-27): stoppen (stop): doel bereikt")
    );
    assert!(
        rows.iter()
            .any(|r| r.1 == "[x] decided: bestendigen, stoppen or vernieuwen")
    );
    app.update(Action::Undo);
    assert!(
        app.ws.network.decision.is_none() && app.ws.log.is_empty(),
        "one undo"
    );
}

/// `j` scrolls a Basis screen longer than the pane down to its last line and no further; `k`
/// back up; the next screen starts at the top.
#[test]
fn a_long_basis_screen_scrolls_to_its_end_and_no_further() {
    let mut app = super::demo_app();
    let _ = app.update(crate::app::Msg::Resize(80, 24));
    press(&mut app, KeyCode::Char('2'));
    for _ in 0..16 {
        press(&mut app, KeyCode::Char('n'));
    }
    let last = crate::app::layout::basis_last_top(&app);
    assert!(last > 5, "the summary is longer than the pane: {last}");
    for _ in 0..last + 10 {
        press(&mut app, KeyCode::Char('j'));
    }
    assert_eq!(app.ui.basis.top, last);
    press(&mut app, KeyCode::Char('k'));
    assert_eq!(app.ui.basis.top, last - 1);
    press(&mut app, KeyCode::Char('p'));
    assert_eq!(app.ui.basis.top, 0);
}
