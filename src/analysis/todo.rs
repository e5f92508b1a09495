//! The leader's to-do, as the Overview shows it: follow-ups overdue and due soon, the people the
//! network is losing touch with, and when each coalition meets next.

use std::collections::HashMap;

use jiff::civil::Date;
use jiff::{Timestamp, ToSpan, tz::TimeZone};

use crate::workspace::{Id, Workspace};

/// How far ahead "due soon" looks, in days (today included).
pub const SOON_DAYS: i64 = 7;

/// One thing for the leader to do or know, in the order the Overview lists them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Todo {
    /// A follow-up past its due date: (entry index, follow-up index).
    Overdue(usize, usize),
    /// A follow-up due within [`SOON_DAYS`] days: (entry index, follow-up index).
    DueSoon(usize, usize),
    /// An actor with a role or a place in a coalition, last in the log on this day (`None`:
    /// never), longer ago than the network's `contact_weeks`.
    LostTouch(Id, Option<Date>),
    /// The next meeting of an ambition's coalition, today or later.
    NextMeeting(Id, Date),
}

/// What is on the leader's list `today`. `last` holds when each actor was last in the log.
pub fn todo(
    ws: &Workspace,
    today: Date,
    last: &HashMap<Id, Timestamp>,
    tz: &TimeZone,
) -> Vec<Todo> {
    let soon = today.checked_add(SOON_DAYS.days()).unwrap_or(Date::MAX);
    let mut due: Vec<(Date, Todo)> = Vec::new();
    for (e, entry) in ws.log.iter().enumerate() {
        for (f, fu) in entry.follow_ups.iter().enumerate() {
            match fu.due {
                Some(d) if !fu.done && d < today => due.push((d, Todo::Overdue(e, f))),
                Some(d) if !fu.done && d < soon => due.push((d, Todo::DueSoon(e, f))),
                _ => {}
            }
        }
    }
    due.sort_by_key(|(d, t)| (matches!(t, Todo::DueSoon(..)), *d));
    let mut list: Vec<Todo> = due.into_iter().map(|(_, t)| t).collect();
    let weeks = i64::from(ws.settings.contact_weeks());
    let horizon = today.checked_sub((7 * weeks).days()).unwrap_or(Date::MIN);
    let mut lost: Vec<(Option<Date>, Id)> = ws
        .actors
        .iter()
        .filter(|a| {
            a.current_roles().next().is_some()
                || ws.ambitions.iter().any(|amb| amb.coalition.contains(&a.id))
        })
        .filter_map(|a| {
            let seen = last.get(&a.id).map(|t| t.to_zoned(tz.clone()).date());
            (seen.is_none_or(|d| d < horizon)).then_some((seen, a.id))
        })
        .collect();
    // Never seen first, then the longest ago.
    lost.sort_by_key(|(seen, _)| *seen);
    list.extend(lost.into_iter().map(|(seen, id)| Todo::LostTouch(id, seen)));
    let mut meetings: Vec<(Date, Id)> = ws
        .ambitions
        .iter()
        .filter_map(|a| a.next_meeting.filter(|d| *d >= today).map(|d| (d, a.id)))
        .collect();
    meetings.sort();
    list.extend(meetings.into_iter().map(|(d, id)| Todo::NextMeeting(id, d)));
    list
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workspace::{Actor, Ambition, FollowUp, LogEntry};

    fn day(d: i8) -> Date {
        Date::constant(2026, 12, d)
    }

    fn at(d: Date) -> Timestamp {
        d.at(12, 0, 0, 0)
            .to_zoned(TimeZone::UTC)
            .unwrap()
            .timestamp()
    }

    #[test]
    fn overdue_then_soon_then_lost_touch_then_meetings() {
        let mut ws = Workspace::new("N");
        for n in ["Ahmed", "Fatima", "Joost", "Els"] {
            ws.add_actor(Actor::new(n));
        }
        let ids: Vec<Id> = ws.actors.iter().map(|a| a.id).collect();
        let mut amb = Ambition::new("Gezonde school");
        amb.coalition = vec![ids[0], ids[1], ids[2]];
        amb.next_meeting = Some(day(20));
        let mut past = Ambition::new("Oud");
        past.next_meeting = Some(day(1));
        ws.ambitions = vec![amb.clone(), past];
        let mut old = LogEntry::checkin("Oud overleg", at(Date::constant(2026, 9, 1)));
        old.present = vec![ids[1]];
        let mut recent = LogEntry::checkin("Overleg", at(day(5)));
        recent.present = vec![ids[0]];
        recent.follow_ups = vec![
            FollowUp::new("later", None, Some(day(30))),
            FollowUp::new("soon", None, Some(day(12))),
            FollowUp::new("late", None, Some(day(8))),
            FollowUp::new("done late", None, Some(day(1))),
            FollowUp::new("no date", None, None),
        ];
        recent.follow_ups[3].done = true;
        ws.log = vec![old, recent];
        let last = crate::app::register::last_contacts(&ws);
        let list = todo(&ws, day(10), &last, &TimeZone::UTC);
        assert_eq!(
            list,
            vec![
                Todo::Overdue(1, 2),
                Todo::DueSoon(1, 1),
                // Joost never, Fatima in September; Els has no role and no coalition.
                Todo::LostTouch(ids[2], None),
                Todo::LostTouch(ids[1], Some(Date::constant(2026, 9, 1))),
                Todo::NextMeeting(amb.id, day(20)),
            ]
        );
        ws.settings.contact_weeks = Some(20);
        let list = todo(&ws, day(10), &last, &TimeZone::UTC);
        assert!(!list.contains(&Todo::LostTouch(ids[1], Some(Date::constant(2026, 9, 1)))));
    }
}
