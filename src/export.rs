//! What leaves knoop: the minutes of a meeting in Markdown, in the UI language, ready to paste
//! into an e-mail (here); the register and relations as CSV (`tables`); the network as GraphML
//! (`graphml`). Pure: the workspace in, text out.

use std::fmt::Write as _;

pub mod changes;
pub mod dot;
pub mod gexf;
pub mod graphml;
pub mod html;
pub mod kumu;
pub mod redact;
pub mod report;
pub mod svg;
pub mod tables;
pub mod textconv;

use crate::i18n::{self as t, Lang, fill};
use crate::workspace::text::clean;
use crate::workspace::{Id, LogEntry, LogKind, Workspace};

/// The minutes of the log entry `entry`: who was there, what was decided, who does what by
/// when, and the follow-ups still open from earlier meetings.
pub fn minutes(ws: &Workspace, entry: &LogEntry, lang: Lang, tz: &jiff::tz::TimeZone) -> String {
    let name = |id: &Id| clean(ws.actor_name(*id)).into_owned();
    let day = entry.at.to_zoned(tz.clone()).date();
    let title = entry_title(ws, entry, lang);
    let mut out = format!("# {}: {title} ({day})\n", lang.pick(t::MINUTES_TITLE));
    if let Some(a) = entry.ambition.and_then(|a| ws.ambition(a)) {
        let _ = writeln!(
            out,
            "\n{}: {}",
            lang.pick(t::FIELD_AMBITION),
            clean(&a.title)
        );
    }
    if !entry.present.is_empty() {
        let who: Vec<String> = entry.present.iter().map(name).collect();
        let _ = writeln!(
            out,
            "\n**{}:** {}",
            lang.pick(t::MINUTES_PRESENT),
            who.join(", ")
        );
    }
    // Notes of more than a title line go out whole.
    let notes: Vec<&str> = entry.text.trim().lines().collect();
    if notes.len() > 1 {
        let _ = writeln!(out, "\n## {}\n", lang.pick(t::MEETING_NOTES));
        for line in notes {
            let _ = writeln!(out, "{}\n", clean(line));
        }
    }
    let _ = writeln!(out, "\n## {}\n", lang.pick(t::MINUTES_DECISIONS));
    if entry.decisions.is_empty() {
        let _ = writeln!(out, "{}", lang.pick(t::MINUTES_NONE));
    }
    for d in &entry.decisions {
        let _ = writeln!(out, "- {}", clean(d));
    }
    let follow_up = |f: &crate::workspace::FollowUp| {
        let mut line = format!("- [{}] {}", if f.done { "x" } else { " " }, clean(&f.text));
        if let Some(o) = &f.owner {
            let _ = write!(line, " ({})", name(o));
        }
        if let Some(d) = f.due {
            let _ = write!(
                line,
                " · {}",
                fill(lang.pick(t::MINUTES_DUE), &[("d", &d.to_string())])
            );
        }
        line
    };
    let _ = writeln!(out, "\n## {}\n", lang.pick(t::MINUTES_FOLLOW_UPS));
    if entry.follow_ups.is_empty() {
        let _ = writeln!(out, "{}", lang.pick(t::MINUTES_NONE));
    }
    for f in &entry.follow_ups {
        let _ = writeln!(out, "{}", follow_up(f));
    }
    let earlier: Vec<String> = ws
        .log
        .iter()
        .filter(|e| e.id != entry.id && e.at < entry.at)
        .flat_map(|e| {
            let day = e.at.to_zoned(tz.clone()).date();
            e.follow_ups
                .iter()
                .filter(|f| !f.done)
                .map(move |f| (day, f))
        })
        .map(|(day, f)| {
            format!(
                "{} · {}",
                follow_up(f),
                fill(lang.pick(t::MINUTES_SINCE), &[("d", &day.to_string())])
            )
        })
        .collect();
    if !earlier.is_empty() {
        let _ = writeln!(out, "\n## {}\n", lang.pick(t::MINUTES_STILL_OPEN));
        for line in earlier {
            let _ = writeln!(out, "{line}");
        }
    }
    out
}

/// What an entry is called: the first line of its text, else the meeting about its ambition,
/// else "untitled"; cleaned for output.
pub fn entry_title(ws: &Workspace, entry: &LogEntry, lang: Lang) -> String {
    if let Some(first) = entry.text.lines().map(str::trim).find(|l| !l.is_empty()) {
        return clean(first).into_owned();
    }
    match entry.ambition.and_then(|a| ws.ambition(a)) {
        Some(a) => format!("{} {}", lang.pick(t::MEETING), clean(&a.title)),
        None => lang.pick(t::MINUTES_UNTITLED).to_owned(),
    }
}

/// The entry `--last` means: the newest check-in, else the newest entry.
pub fn last_meeting(ws: &Workspace) -> Option<&LogEntry> {
    ws.log
        .iter()
        .filter(|e| e.kind == LogKind::Checkin)
        .max_by_key(|e| e.at)
        .or_else(|| ws.log.iter().max_by_key(|e| e.at))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workspace::{Actor, FollowUp};

    #[test]
    fn minutes_hold_who_what_and_who_does_what_by_when() {
        let mut ws = Workspace::new("N");
        let (a, b) = (Actor::new("Bram Peters"), Actor::new("Carla\u{1b}[2J"));
        let (ida, idb) = (a.id, b.id);
        ws.actors.extend([a, b]);
        let mut before = LogEntry::checkin(
            "September",
            jiff::Timestamp::from_second(1_790_000_000).unwrap(),
        );
        before
            .follow_ups
            .push(FollowUp::new("Zaal regelen", Some(idb), None));
        let mut e = LogEntry::checkin(
            "Kernoverleg",
            jiff::Timestamp::from_second(1_800_000_000).unwrap(),
        );
        e.present = vec![ida, idb];
        e.decisions = vec!["Subsidie aanvragen".into()];
        e.follow_ups.push(FollowUp::new(
            "Aanvraag schrijven",
            Some(ida),
            Some(jiff::civil::Date::constant(2027, 1, 15)),
        ));
        ws.log = vec![before, e.clone()];
        let tz = jiff::tz::TimeZone::UTC;
        let nl = minutes(&ws, &e, Lang::Nl, &tz);
        assert!(
            nl.starts_with("# Verslag: Kernoverleg (2027-01-15)"),
            "{nl}"
        );
        assert!(nl.contains("**Aanwezig:** Bram Peters, Carla[2J"));
        assert!(nl.contains("## Besluiten\n\n- Subsidie aanvragen"));
        assert!(nl.contains("- [ ] Aanvraag schrijven (Bram Peters) · uiterlijk 2027-01-15"));
        assert!(nl.contains("## Nog open van eerder"));
        assert!(
            nl.contains("- [ ] Zaal regelen (Carla[2J) · sinds 2026-09-21"),
            "{nl}"
        );
        assert!(!nl.contains('\u{1b}'));
        let en = minutes(&ws, &e, Lang::En, &tz);
        assert!(en.starts_with("# Minutes: Kernoverleg"));
        assert!(en.contains("## Decisions") && en.contains("by 2027-01-15"));
        assert_eq!(last_meeting(&ws).map(|x| x.id), Some(e.id));
    }
}
