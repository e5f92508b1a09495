//! An import's plan as lines a person reads before anything changes, in the UI language: the
//! counts, then new actors (with a "looks like" for names close to an existing one), the
//! actors recognised and what the file says differently about them, new relations, and every
//! refused row with its place and reason. The CLI prints these lines; the TUI shows them.

use std::collections::HashMap;

use super::{Bad, BadFile, Format, Plan, Refused, Why};
use crate::i18n::{self as t, Lang, count, fill};
use crate::workspace::text::clean;
use crate::workspace::{Id, Vocabulary, Workspace};

/// What a line is, for the TUI's styling.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// The counts.
    Summary,
    /// A section's title.
    Head,
    /// Something that goes in.
    Add,
    /// Something that stays as it is.
    Same,
    /// Something to look at before saying yes.
    Warn,
}

/// "3 new actors, 2 recognised, ...": the counts in one line.
pub fn summary(plan: &Plan, lang: Lang) -> String {
    let mut parts = vec![
        count(
            lang,
            plan.actors.len(),
            t::IMPORT_ACTOR_NEW,
            t::IMPORT_ACTORS_NEW,
        ),
        format!("{} {}", plan.matched.len(), lang.pick(t::IMPORT_MATCHED)),
        count(
            lang,
            plan.relations.len(),
            t::IMPORT_RELATION_NEW,
            t::IMPORT_RELATIONS_NEW,
        ),
    ];
    if plan.known > 0 {
        parts.push(format!("{} {}", plan.known, lang.pick(t::IMPORT_KNOWN)));
    }
    if !plan.refused.is_empty() {
        parts.push(count(
            lang,
            plan.refused.len(),
            t::IMPORT_ROW_REFUSED,
            t::IMPORT_ROWS_REFUSED,
        ));
    }
    parts.join(", ")
}

/// Why a row is refused, in words.
pub fn why(refused: &Refused, lang: Lang) -> String {
    let say = |l, args: &[(&str, &str)]| fill(lang.pick(l), args);
    let quoted = |s: &str| format!("\"{}\"", clean(s));
    match &refused.why {
        Why::NoName => say(t::IMPORT_WHY_NO_NAME, &[]),
        Why::NoEnds => say(t::IMPORT_WHY_NO_ENDS, &[]),
        Why::Twice(at) => say(t::IMPORT_WHY_TWICE, &[("at", &at.to_string())]),
        Why::UnknownEnd(n) => say(t::IMPORT_WHY_UNKNOWN_END, &[("name", &quoted(n))]),
        Why::Ambiguous(n) => say(t::IMPORT_WHY_AMBIGUOUS, &[("name", &quoted(n))]),
        Why::SelfLoop => say(t::IMPORT_WHY_SELF, &[]),
        Why::Forgotten => say(t::IMPORT_WHY_FORGOTTEN, &[]),
    }
}

/// Why a file cannot be read, where, and what to do.
pub fn bad(b: &BadFile, format: Format, lang: Lang) -> String {
    let word = match format {
        Format::Csv => "CSV",
        Format::Kumu => "Kumu JSON",
        Format::Graphml => "GraphML",
        Format::Gexf => "GEXF",
    };
    let what = match &b.what {
        Bad::Parse(said) => clean(said).into_owned(),
        Bad::Header(found) => fill(lang.pick(t::IMPORT_BAD_HEADER), &[("found", &clean(found))]),
        Bad::NotUtf8 => lang.pick(t::IMPORT_BAD_UTF8).to_owned(),
        Bad::NotBlueprint => lang.pick(t::IMPORT_BAD_BLUEPRINT).to_owned(),
        Bad::NotXml(root) => fill(lang.pick(t::IMPORT_BAD_XML), &[("what", root)]),
    };
    let mut at = clean(&b.at.to_string()).into_owned();
    if b.column > 0 {
        at = format!("{at}:{}", b.column);
    }
    fill(
        lang.pick(t::IMPORT_BAD),
        &[("at", &at), ("format", word), ("what", &what)],
    )
}

fn field(name: &str, lang: Lang) -> &'static str {
    lang.pick(match name {
        "name" => t::FIELD_NAME,
        "kind" => t::FIELD_KIND,
        "position" => t::FIELD_POSITION,
        "represents" => t::FIELD_REPRESENTS,
        _ => t::FIELD_TAGS,
    })
}

/// The actors recognised: those found by name or said differently, each on a line; the rest
/// (found by id, the same in both says nothing new) counted on one.
fn matched(plan: &Plan, name: &dyn Fn(&Id) -> String, lang: Lang) -> Vec<(Mark, String)> {
    let (telling, same): (Vec<_>, Vec<_>) = plan
        .matched
        .iter()
        .partition(|m| m.by_name || !m.differs.is_empty());
    let mut matched: Vec<(Mark, String)> = telling
        .into_iter()
        .map(|m| {
            let by = lang.pick(if m.by_name {
                t::IMPORT_BY_NAME
            } else {
                t::IMPORT_BY_ID
            });
            let mut line = format!("= {} ({by}) · {}", name(&m.actor), m.at);
            if !m.differs.is_empty() {
                let fields: Vec<&str> = m.differs.iter().map(|f| field(f, lang)).collect();
                line.push_str(" · ");
                line.push_str(&fill(
                    lang.pick(t::IMPORT_DIFFERS),
                    &[("fields", &fields.join(", "))],
                ));
            }
            (Mark::Same, line)
        })
        .collect();
    if !same.is_empty() {
        matched.push((
            Mark::Same,
            fill(
                lang.pick(t::IMPORT_SAME_BY_ID),
                &[("n", &same.len().to_string())],
            ),
        ));
    }
    matched
}

/// Every line of the preview; `cap` shows at most that many items per section (refused rows
/// always all: each needs a look).
pub fn lines(plan: &Plan, ws: &Workspace, lang: Lang, cap: Option<usize>) -> Vec<(Mark, String)> {
    let mut names = ws.names_by_id();
    names.extend(plan.actors.iter().map(|(_, a)| (a.id, a.name.as_str())));
    let name = |id: &Id| clean(names.get(id).copied().unwrap_or("?")).into_owned();
    let mut out = vec![(Mark::Summary, summary(plan, lang))];
    let mut section = |head, items: Vec<(Mark, String)>, capped: bool| {
        if items.is_empty() {
            return;
        }
        out.push((Mark::Head, lang.pick(head).to_owned()));
        let shown = if capped {
            cap.unwrap_or(usize::MAX)
        } else {
            usize::MAX
        };
        let more = items.len().saturating_sub(shown);
        out.extend(items.into_iter().take(shown));
        if more > 0 {
            out.push((
                Mark::Same,
                fill(lang.pick(t::IMPORT_MORE), &[("n", &more.to_string())]),
            ));
        }
    };
    let similar: HashMap<usize, Id> = plan.similar.iter().copied().collect();
    let new = plan.actors.iter().enumerate().map(|(i, (at, a))| {
        let mut what = vec![lang.pick(a.kind.text()).to_owned()];
        what.extend(a.position.map(|p| lang.pick(p.text()).to_owned()));
        let line = format!("+ {} ({}) · {at}", clean(&a.name), what.join(", "));
        match similar.get(&i) {
            Some(close) => (
                Mark::Warn,
                format!(
                    "{line} · {}",
                    fill(lang.pick(t::IMPORT_SIMILAR), &[("name", &name(close))])
                ),
            ),
            None => (Mark::Add, line),
        }
    });
    // Names close to an existing one first: they are the ones to look at.
    let mut new: Vec<(Mark, String)> = new.collect();
    new.sort_by_key(|(m, _)| *m != Mark::Warn);
    section(t::IMPORT_HEAD_NEW, new, true);
    section(t::IMPORT_HEAD_MATCHED, matched(plan, &name, lang), true);
    let relations = plan
        .relations
        .iter()
        .map(|(at, r)| {
            let arrow = if r.mutual { "↔" } else { "→" };
            let line = format!(
                "+ {} {arrow} {} ({}) · {at}",
                name(&r.from),
                name(&r.to),
                clean(&r.kind)
            );
            (Mark::Add, line)
        })
        .collect();
    section(t::IMPORT_HEAD_RELATIONS, relations, true);
    let refused = plan
        .refused
        .iter()
        .map(|r| (Mark::Warn, format!("! {}: {}", r.at, why(r, lang))))
        .collect();
    section(t::IMPORT_HEAD_REFUSED, refused, false);
    if plan.is_empty() {
        out.push((Mark::Same, lang.pick(t::IMPORT_NOTHING).to_owned()));
    }
    out
}
