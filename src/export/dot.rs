//! The network for Graphviz (DOT): one cluster per position (kern, ring, vrije ruimte), the
//! others outside them, every relation an arrow from the actor who has it (both ways when
//! mutual), labelled with its kind. DOT is a few lines of text; no crate writes clusters.

use std::fmt::Write as _;

use crate::i18n::Lang;
use crate::workspace::text::clean;
use crate::workspace::{Position, Vocabulary, Workspace};

/// `text` as a quoted DOT string: control characters gone, quotes and backslashes escaped.
fn quoted(text: &str) -> String {
    let mut out = String::from("\"");
    for c in clean(text).chars() {
        if matches!(c, '"' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('"');
    out
}

/// The workspace's network as DOT, cluster labels in `lang`.
pub fn dot(ws: &Workspace, lang: Lang) -> String {
    let mut out = String::from("digraph knoop {\n");
    let _ = writeln!(out, "  graph [label={}];", quoted(&ws.network.name));
    out.push_str("  node [shape=box, style=rounded];\n");
    for (n, p) in Position::ALL.iter().enumerate() {
        let _ = writeln!(out, "  subgraph cluster_{n} {{");
        let _ = writeln!(out, "    label={};", quoted(lang.pick(p.text())));
        for a in ws.actors.iter().filter(|a| a.position == Some(*p)) {
            let _ = writeln!(out, "    \"{}\" [label={}];", a.id, quoted(&a.name));
        }
        out.push_str("  }\n");
    }
    for a in ws.actors.iter().filter(|a| a.position.is_none()) {
        let _ = writeln!(out, "  \"{}\" [label={}];", a.id, quoted(&a.name));
    }
    for r in &ws.relations {
        let both = if r.mutual { ", dir=both" } else { "" };
        let _ = writeln!(
            out,
            "  \"{}\" -> \"{}\" [label={}{both}];",
            r.from,
            r.to,
            quoted(&r.kind)
        );
    }
    out.push_str("}\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_backslashes_and_escapes_cannot_break_out() {
        assert_eq!(quoted("a \"b\" \\ c\u{1b}[2J"), "\"a \\\"b\\\" \\\\ c[2J\"");
    }
}
