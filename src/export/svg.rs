//! The two pictures of the HTML report as inline SVG, written directly: the ring view (kern,
//! ring and vrije ruimte as three bands, every actor a mark in its band) and the network map
//! (the map pane's layout: relations as lines, actors as dots sized by their relations,
//! names where they fit). Sized by a `viewBox`, so they scale to a phone and to A4 alike.
//! Names are escaped for XML and cleaned of control characters.

use std::fmt::Write as _;

use crate::analysis::graph::Analysis;
use crate::i18n::{self as t, Lang};
use crate::workspace::text::clean;
use crate::workspace::{Actor, ActorKind, Position, Vocabulary, Workspace};

/// More actors than this and the pictures show marks without names (a list has them).
const NAMED: usize = 60;

fn esc(text: &str) -> String {
    quick_xml::escape::escape(clean(text).as_ref()).into_owned()
}

/// A name short enough for a label.
fn label(name: &str) -> String {
    let name = clean(name);
    if name.chars().count() <= 18 {
        esc(&name)
    } else {
        esc(&format!("{}…", name.chars().take(17).collect::<String>()))
    }
}

fn mark(out: &mut String, a: &Actor, x: f64, y: f64, r: f64) {
    // An organisation or team is a square, a person a circle: told apart without colour.
    let _ = match a.kind {
        ActorKind::Person => write!(
            out,
            r#"<circle class="p" cx="{x:.1}" cy="{y:.1}" r="{r:.1}"><title>{}</title></circle>"#,
            esc(&a.name)
        ),
        _ => write!(
            out,
            r#"<rect class="o" x="{:.1}" y="{:.1}" width="{:.1}" height="{:.1}"><title>{}</title></rect>"#,
            x - r,
            y - r,
            2.0 * r,
            2.0 * r,
            esc(&a.name)
        ),
    };
}

/// The ring view: three bands around the centre, the actors of each spread round it.
pub fn rings(ws: &Workspace, lang: Lang) -> String {
    let (centre, band) = (300.0, 90.0);
    let mut out = format!(
        r#"<svg viewBox="0 0 600 600" role="img" aria-label="{}">"#,
        esc(lang.pick(t::REPORT_RINGS))
    );
    for (i, p) in Position::ALL.iter().enumerate().rev() {
        let radius = band * (i as f64 + 1.0) + 20.0;
        let _ = write!(
            out,
            r#"<circle class="band b{i}" cx="{centre}" cy="{centre}" r="{radius:.0}"/><text class="band-name" x="{centre}" y="{:.0}">{}</text>"#,
            centre - radius + 16.0,
            esc(lang.pick(p.text()))
        );
    }
    let named = ws.actors.len() <= NAMED;
    for (i, p) in Position::ALL.iter().enumerate() {
        let here: Vec<&Actor> = ws
            .actors
            .iter()
            .filter(|a| a.position == Some(*p))
            .collect();
        let radius = band * (i as f64 + 0.5) + 20.0 + if i == 0 { 10.0 } else { 0.0 };
        let count = here.len().max(1) as f64;
        for (k, a) in here.iter().enumerate() {
            // Each band starts a little further round, so that names of bands do not line up.
            let angle = std::f64::consts::TAU * (k as f64 + 0.5) / count - 1.2 + 0.4 * i as f64;
            let (x, y) = (centre + radius * angle.cos(), centre + radius * angle.sin());
            mark(&mut out, a, x, y, 5.0);
            if named {
                let _ = write!(
                    out,
                    r#"<text x="{:.1}" y="{:.1}">{}</text>"#,
                    x,
                    y - 8.0,
                    label(&a.name)
                );
            }
        }
    }
    out.push_str("</svg>");
    out
}

/// The network map: the map pane's layout (`analysis`, made with the map), relations as lines.
pub fn map(ws: &Workspace, analysis: &Analysis, lang: Lang) -> String {
    let points = &analysis.positions;
    if points.len() != ws.actors.len() {
        // Too many actors to lay out as a whole: the map pane shows one actor's surroundings.
        let max = crate::analysis::layout::MAX_WHOLE.to_string();
        return format!(
            "<p class=\"note\">{}</p>",
            esc(&crate::i18n::fill(
                lang.pick(t::REPORT_MAP_TOO_BIG),
                &[("n", &max)]
            ))
        );
    }
    let (w, h, margin) = (800.0, 560.0, 40.0);
    let bounds = points.iter().fold(
        (f64::MAX, f64::MIN, f64::MAX, f64::MIN),
        |(x0, x1, y0, y1), (x, y)| (x0.min(*x), x1.max(*x), y0.min(*y), y1.max(*y)),
    );
    let span = |lo: f64, hi: f64| if hi > lo { hi - lo } else { 1.0 };
    let at = |i: usize| {
        let (x, y) = points.get(i).copied().unwrap_or_default();
        (
            margin + (x - bounds.0) / span(bounds.0, bounds.1) * (w - 2.0 * margin),
            margin + (y - bounds.2) / span(bounds.2, bounds.3) * (h - 2.0 * margin),
        )
    };
    let index: std::collections::HashMap<_, _> = ws
        .actors
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id, i))
        .collect();
    let mut out = format!(
        r#"<svg viewBox="0 0 {w} {h}" role="img" aria-label="{}">"#,
        esc(lang.pick(t::REPORT_MAP))
    );
    for r in &ws.relations {
        if let (Some(&a), Some(&b)) = (index.get(&r.from), index.get(&r.to)) {
            let ((x1, y1), (x2, y2)) = (at(a), at(b));
            let _ = write!(
                out,
                r#"<line x1="{x1:.1}" y1="{y1:.1}" x2="{x2:.1}" y2="{y2:.1}"/>"#
            );
        }
    }
    let named = ws.actors.len() <= NAMED;
    for (i, a) in ws.actors.iter().enumerate() {
        let (x, y) = at(i);
        let degree = analysis.actors.get(i).map_or(0, |m| m.degree);
        mark(&mut out, a, x, y, 3.0 + (degree as f64).sqrt() * 1.5);
        if named {
            let _ = write!(
                out,
                r#"<text x="{x:.1}" y="{:.1}">{}</text>"#,
                y - 9.0,
                label(&a.name)
            );
        }
    }
    out.push_str("</svg>");
    out
}
