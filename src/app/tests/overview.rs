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
