//! The network report in Markdown, in the UI language, for a steering group or a partner: the
//! network, the four building blocks, the actors by position with their roles, the identity
//! card, the agenda as a table, the ambitions with coalition, coalitieleider, investments and
//! next step, the rules of play, open follow-ups, the method's points of attention and next
//! steps for the phase, and the network's brokers and isolates. Pure: the workspace in, text
//! out; names cleaned; contact details, notes and interests left out.

use std::fmt::Write as _;

use jiff::civil::Date;

use crate::analysis::graph::{Analysis, Scope, analyse};
use crate::i18n::{self as t, Lang, fill};
use crate::workspace::text::clean;
use crate::workspace::{Area, Engagement, Id, Position, Vocabulary, Workspace};

/// A Markdown table cell: one line, no pipes.
fn cell(text: &str) -> String {
    clean(text).replace('|', "/")
}

fn term<T: Vocabulary>(lang: Lang, v: Option<T>) -> &'static str {
    v.map_or("-", |x| lang.pick(x.text()))
}

/// The report, as of `today`.
pub fn report(ws: &Workspace, lang: Lang, today: Date) -> String {
    report_with(ws, lang, today, &analyse(ws, &Scope::default()))
}

/// The report with the network's analysis already made (the HTML page's map needs it too).
pub fn report_with(ws: &Workspace, lang: Lang, today: Date, analysis: &Analysis) -> String {
    let mut out = String::new();
    network(&mut out, ws, lang, today);
    actors(&mut out, ws, lang);
    identity(&mut out, ws, lang);
    agenda(&mut out, ws, lang);
    ambitions(&mut out, ws, lang);
    rules(&mut out, ws, lang);
    follow_ups(&mut out, ws, lang);
    attention(&mut out, ws, lang, today);
    lines(&mut out, ws, lang, analysis);
    out
}

/// The network: name, issue, type, phase, form.
fn network(out: &mut String, ws: &Workspace, lang: Lang, today: Date) {
    let pick = |l: t::L| lang.pick(l);
    let title = if ws.network.name.trim().is_empty() {
        pick(t::UNNAMED).to_owned()
    } else {
        clean(&ws.network.name).into_owned()
    };
    let _ = writeln!(out, "# {title} · {} ({today})\n", pick(t::REPORT_TITLE));
    let _ = writeln!(
        out,
        "**{}:** {}  ",
        pick(t::ISSUE),
        clean(&ws.network.issue)
    );
    let _ = writeln!(
        out,
        "**{}:** {}  ",
        pick(t::TYPE),
        term(lang, ws.network.kind)
    );
    let _ = writeln!(
        out,
        "**{}:** {}  ",
        pick(t::PHASE_LABEL),
        term(lang, ws.network.phase)
    );
    let _ = writeln!(
        out,
        "**{}:** {}\n",
        pick(t::FORM),
        term(lang, ws.foundation.form)
    );
}

/// The actors by position, with their roles.
fn actors(out: &mut String, ws: &Workspace, lang: Lang) {
    let pick = |l: t::L| lang.pick(l);
    let _ = writeln!(out, "## {}\n", pick(t::PANE_ACTORS));
    for p in Position::ALL.iter().map(|p| Some(*p)).chain([None]) {
        let here: Vec<_> = ws.actors.iter().filter(|a| a.position == p).collect();
        if here.is_empty() {
            continue;
        }
        let heading = p.map_or(pick(t::REPORT_NO_POSITION), |p| lang.pick(p.text()));
        let _ = writeln!(out, "### {heading} ({})\n", here.len());
        for a in here {
            let mut line = format!("- {}", clean(&a.name));
            if !a.represents.trim().is_empty() {
                let _ = write!(line, " ({})", clean(&a.represents));
            }
            let roles: Vec<&str> = a
                .current_roles()
                .map(|r| lang.pick(r.role.text()))
                .collect();
            if !roles.is_empty() {
                let _ = write!(line, " · {}", roles.join(", "));
            }
            if a.prospective {
                let _ = write!(line, " · {}", pick(t::PROSPECTIVE));
            }
            let _ = writeln!(out, "{line}");
        }
        out.push('\n');
    }
}

/// The identity card, area by area, words with their dots.
fn identity(out: &mut String, ws: &Workspace, lang: Lang) {
    let pick = |l: t::L| lang.pick(l);
    let _ = writeln!(out, "## {}\n", pick(t::PANE_IDENTITY));
    for area in Area::ALL {
        let words: Vec<String> = ws
            .identity
            .area_words(*area)
            .iter()
            .map(|w| format!("{} ({})", clean(&w.text), w.dots))
            .collect();
        let list = if words.is_empty() {
            "-".to_owned()
        } else {
            words.join(", ")
        };
        let _ = writeln!(out, "- **{}:** {list}", lang.pick(area.text()));
    }
    out.push('\n');
}

/// The agenda: per topic how many want to know, think along, take part, decide.
fn agenda(out: &mut String, ws: &Workspace, lang: Lang) {
    let pick = |l: t::L| lang.pick(l);
    let _ = writeln!(out, "## {}\n", pick(t::PANE_AGENDA));
    let levels = [
        Engagement::Weten,
        Engagement::Meedenken,
        Engagement::Meedoen,
        Engagement::Meebepalen,
    ];
    let header: Vec<&str> = levels.iter().map(|l| lang.pick(l.text())).collect();
    let _ = writeln!(
        out,
        "| {} | {} |",
        pick(t::REPORT_TOPIC),
        header.join(" | ")
    );
    let _ = writeln!(out, "| --- |{}", " ---: |".repeat(levels.len()));
    for topic in &ws.topics {
        let counts: Vec<String> = levels
            .iter()
            .map(|l| {
                topic
                    .engagement
                    .values()
                    .filter(|e| *e == l)
                    .count()
                    .to_string()
            })
            .collect();
        let _ = writeln!(out, "| {} | {} |", cell(&topic.title), counts.join(" | "));
    }
    out.push('\n');
}

/// The ambitions: coalition, coalitieleider, investments, next step and meeting.
fn ambitions(out: &mut String, ws: &Workspace, lang: Lang) {
    let by_id = ws.names_by_id();
    let name = |id: Id| clean(by_id.get(&id).copied().unwrap_or("?")).into_owned();
    let pick = |l: t::L| lang.pick(l);
    let _ = writeln!(out, "## {}\n", pick(t::AMBITIONS));
    for a in &ws.ambitions {
        let _ = writeln!(
            out,
            "### {} ({})\n",
            clean(&a.title),
            lang.pick(a.status.text())
        );
        if !a.description.trim().is_empty() {
            let _ = writeln!(out, "{}\n", clean(&a.description));
        }
        let members: Vec<String> = a.coalition.iter().map(|id| name(*id)).collect();
        let _ = writeln!(
            out,
            "- **{}:** {}",
            pick(t::FIELD_COALITION),
            members.join(", ")
        );
        let leader = a.leader.map_or_else(|| pick(t::NOBODY).to_owned(), name);
        let _ = writeln!(out, "- **coalitieleider:** {leader}");
        for i in &a.investments {
            let parts: Vec<String> = [&i.time, &i.money, &i.knowledge]
                .iter()
                .filter(|x| !x.trim().is_empty())
                .map(|x| clean(x).into_owned())
                .collect();
            let _ = writeln!(out, "- {}: {}", name(i.actor), parts.join(" · "));
        }
        if !a.next_step.trim().is_empty() {
            let when = a.next_date.map(|d| format!(" ({d})")).unwrap_or_default();
            let _ = writeln!(
                out,
                "- **{}:** {}{when}",
                pick(t::FIELD_NEXT_STEP),
                clean(&a.next_step)
            );
        }
        if let Some(d) = a.next_meeting {
            let _ = writeln!(out, "- **{}:** {d}", pick(t::FIELD_NEXT_MEETING));
        }
        out.push('\n');
    }
}

/// The rules of play.
fn rules(out: &mut String, ws: &Workspace, lang: Lang) {
    let pick = |l: t::L| lang.pick(l);
    let _ = writeln!(out, "## {}\n", pick(t::RULES));
    for r in &ws.foundation.rules {
        let how = if r.explicit {
            pick(t::REPORT_EXPLICIT)
        } else {
            pick(t::REPORT_TACIT)
        };
        let review = r
            .review_due
            .map(|d| format!(" · {} {d}", pick(t::REPORT_REVIEW)))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "- {} ({}, {how}{review})",
            clean(&r.text),
            lang.pick(r.category.text())
        );
    }
    out.push('\n');
}

/// The follow-ups still open.
fn follow_ups(out: &mut String, ws: &Workspace, lang: Lang) {
    let by_id = ws.names_by_id();
    let name = |id: Id| clean(by_id.get(&id).copied().unwrap_or("?")).into_owned();
    let pick = |l: t::L| lang.pick(l);
    let _ = writeln!(out, "## {}\n", pick(t::MINUTES_STILL_OPEN));
    for e in &ws.log {
        for f in e.open_follow_ups() {
            let owner = f
                .owner
                .map(|o| format!(" ({})", name(o)))
                .unwrap_or_default();
            let due = f
                .due
                .map(|d| {
                    format!(
                        " · {}",
                        fill(pick(t::MINUTES_DUE), &[("d", &d.to_string())])
                    )
                })
                .unwrap_or_default();
            let _ = writeln!(out, "- [ ] {}{owner}{due}", clean(&f.text));
        }
    }
    out.push('\n');
}

/// What the method points out, the phase's next steps and its checklist (a task list), the
/// decision at the end of the cycle and the phases gone through.
fn attention(out: &mut String, ws: &Workspace, lang: Lang, today: Date) {
    let pick = |l: t::L| lang.pick(l);
    let _ = writeln!(out, "## {}\n", pick(t::GAPS));
    for g in crate::analysis::gaps(ws, today) {
        let _ = writeln!(out, "- {}", g.text(lang));
    }
    let next = crate::analysis::next_steps(ws.network.phase);
    let _ = writeln!(out, "\n**{}:** {}\n", pick(t::NEXT_STEPS), pick(next));
    let checklist = crate::analysis::phase::checklist_lines(ws, today, lang);
    if let Some((heading, points)) = checklist.split_first() {
        let _ = writeln!(out, "**{heading}**\n");
        for p in points {
            let _ = writeln!(out, "- {p}");
        }
        out.push('\n');
    }
    // A document names no key: the open question stands as a question.
    for line in crate::analysis::phase::history(ws, lang, None) {
        let _ = writeln!(out, "{line}\n");
    }
}

/// The network's lines: brokers, cut vertices, isolates.
fn lines(out: &mut String, ws: &Workspace, lang: Lang, a: &Analysis) {
    let by_id = ws.names_by_id();
    let name = |id: Id| clean(by_id.get(&id).copied().unwrap_or("?")).into_owned();
    let pick = |l: t::L| lang.pick(l);
    let _ = writeln!(out, "## {}\n", pick(t::NET_HEADING));
    let names = |ids: &[Id]| {
        if ids.is_empty() {
            pick(t::ANALYSIS_NONE).to_owned()
        } else {
            ids.iter()
                .map(|id| name(*id))
                .collect::<Vec<_>>()
                .join(", ")
        }
    };
    let brokers: Vec<Id> = a.roles.brokers.iter().map(|(id, _)| *id).collect();
    let _ = writeln!(
        out,
        "- **{}:** {}",
        pick(t::REPORT_BROKERS),
        names(&brokers)
    );
    let _ = writeln!(
        out,
        "- **{}:** {}",
        pick(t::ANALYSIS_CUT),
        names(&a.articulation_points)
    );
    let _ = writeln!(
        out,
        "- **{}:** {}",
        pick(t::ANALYSIS_ISOLATES),
        names(&a.isolates)
    );
}
