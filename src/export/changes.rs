//! A [`Diff`] in the UI language: as text for the terminal, as Markdown for a steering group.
//! One list of sections, each a title and its lines, so the two say the same.

use std::fmt::Write as _;

use crate::analysis::diff::Diff;
use crate::i18n::{self as t, Lang};
use crate::workspace::Vocabulary;
use crate::workspace::text::clean;

fn term<T: Vocabulary>(lang: Lang, v: Option<T>) -> &'static str {
    v.map_or(lang.pick(t::DIFF_NONE), |x| lang.pick(x.text()))
}

/// The sections that have something in them: title, lines.
pub fn sections(d: &Diff, lang: Lang) -> Vec<(&'static str, Vec<String>)> {
    let c = |s: &str| clean(s).into_owned();
    let mut out = Vec::new();
    let mut add = |title: t::L, lines: Vec<String>| {
        if !lines.is_empty() {
            out.push((lang.pick(title), lines));
        }
    };
    add(
        t::DIFF_PHASE,
        d.phase
            .iter()
            .map(|(a, b)| format!("{} → {}", term(lang, *a), term(lang, *b)))
            .collect(),
    );
    add(t::DIFF_ADDED, d.actors_added.iter().map(|n| c(n)).collect());
    add(
        t::DIFF_REMOVED,
        d.actors_removed.iter().map(|n| c(n)).collect(),
    );
    add(
        t::DIFF_MOVES,
        d.moves
            .iter()
            .map(|m| {
                format!(
                    "{}: {} → {}",
                    c(&m.name),
                    term(lang, m.from),
                    term(lang, m.to)
                )
            })
            .collect(),
    );
    add(
        t::DIFF_ROLES,
        d.roles
            .iter()
            .map(|r| {
                let mut parts: Vec<String> = r
                    .started
                    .iter()
                    .map(|x| format!("+ {}", lang.pick(x.text())))
                    .collect();
                parts.extend(r.ended.iter().map(|x| format!("− {}", lang.pick(x.text()))));
                format!("{}: {}", c(&r.name), parts.join(", "))
            })
            .collect(),
    );
    out.extend(card_and_agenda(d, lang));
    out
}

/// The relations, the identity card, the agenda, the ambitions and the bridges.
fn card_and_agenda(d: &Diff, lang: Lang) -> Vec<(&'static str, Vec<String>)> {
    let c = |s: &str| clean(s).into_owned();
    let mut out = Vec::new();
    let mut add = |title: t::L, lines: Vec<String>| {
        if !lines.is_empty() {
            out.push((lang.pick(title), lines));
        }
    };
    let rel = |v: &[(String, String, String)]| -> Vec<String> {
        v.iter()
            .map(|(a, b, k)| format!("{} → {} ({})", c(a), c(b), c(k)))
            .collect()
    };
    add(t::DIFF_MADE, rel(&d.relations_made));
    add(t::DIFF_BROKEN, rel(&d.relations_broken));
    let word = |v: &[(crate::workspace::Area, String)]| -> Vec<String> {
        v.iter()
            .map(|(a, w)| format!("{}: {}", lang.pick(a.text()), c(w)))
            .collect()
    };
    add(t::DIFF_WORDS_ADDED, word(&d.words_added));
    add(t::DIFF_WORDS_REMOVED, word(&d.words_removed));
    add(
        t::DIFF_DOTS,
        d.dots
            .iter()
            .map(|x| {
                format!(
                    "{}: {} {} → {}",
                    lang.pick(x.area.text()),
                    c(&x.word),
                    x.from,
                    x.to
                )
            })
            .collect(),
    );
    add(
        t::DIFF_ENGAGEMENT,
        d.engagement
            .iter()
            .map(|s| {
                format!(
                    "{}: {}: {} → {}",
                    c(&s.topic),
                    c(&s.name),
                    term(lang, s.from),
                    term(lang, s.to)
                )
            })
            .collect(),
    );
    add(
        t::DIFF_AMBITIONS,
        d.ambitions_started.iter().map(|n| c(n)).collect(),
    );
    add(
        t::DIFF_COALITIONS,
        d.coalitions
            .iter()
            .map(|x| {
                let mut parts: Vec<String> =
                    x.joined.iter().map(|n| format!("+ {}", c(n))).collect();
                parts.extend(x.left.iter().map(|n| format!("− {}", c(n))));
                format!("{}: {}", c(&x.ambition), parts.join(", "))
            })
            .collect(),
    );
    add(
        t::DIFF_BRIDGES,
        d.bridges
            .iter()
            .map(|b| format!("{}: {:.2} → {:.2}", c(&b.name), b.from, b.to))
            .collect(),
    );
    out
}

/// The diff with the given marks: for the title, before a section's title, after it, before
/// each line.
fn render(d: &Diff, title: &str, lang: Lang, marks: [&str; 4]) -> String {
    let [title_mark, head_mark, after_head, item] = marks;
    let mut out = format!("{title_mark}{}\n", clean(title));
    if d.is_empty() {
        let _ = writeln!(out, "{after_head}{}", lang.pick(t::DIFF_NOTHING));
    }
    for (head, lines) in sections(d, lang) {
        let _ = writeln!(out, "\n{head_mark}{head}{after_head}");
        for l in lines {
            let _ = writeln!(out, "{item}{l}");
        }
    }
    out
}

/// The diff as text: a title line, then each section with its lines indented.
pub fn text(d: &Diff, title: &str, lang: Lang) -> String {
    render(d, title, lang, ["", "", "", "  "])
}

/// The diff as Markdown.
pub fn markdown(d: &Diff, title: &str, lang: Lang) -> String {
    render(d, title, lang, ["# ", "## ", "\n", "- "])
}
