//! `knoop analyse`: the relation graph measured as networkx does it, as a table sorted by
//! betweenness with the bridges, cut vertices and isolates under it, or as JSON.

use std::fmt::Write as _;
use std::path::Path;

use serde_json::{Value, json};

use super::{UserError, out};
use crate::analysis::graph::{Scope, analyse};
use crate::i18n::{self as t, Lang};
use crate::workspace::text::clean;

/// A number for the JSON: `null` where it is not defined.
fn number(v: Option<f64>) -> Value {
    v.filter(|x| x.is_finite()).map_or(Value::Null, Value::from)
}

/// A number for the table: three decimals, `-` where it is not defined.
fn cell(v: Option<f64>) -> String {
    v.filter(|x| x.is_finite())
        .map_or_else(|| "-".to_owned(), |x| format!("{x:.3}"))
}

/// `knoop analyse --chain FROM TO`: who introduces whom on the shortest way from one actor to
/// another, within the kind or the coalition if given.
pub fn chain(
    path: &Path,
    ends: &[String],
    kind: Option<&str>,
    ambition: Option<&str>,
    lang: Lang,
) -> Result<(), UserError> {
    let ws = super::read::load(path, lang)?;
    let [from, to] = ends else {
        return Ok(());
    };
    let (from, to) = (
        super::write::resolve(&ws, from, lang)?,
        super::write::resolve(&ws, to, lang)?,
    );
    let scope = Scope {
        kind: kind.map(str::to_owned),
        ambition: ambition
            .map(|title| super::write::resolve_ambition(&ws, title, lang))
            .transpose()?,
    };
    let shown = |id: &crate::workspace::Id| clean(ws.actor_name(*id)).into_owned();
    match crate::analysis::graph::Graph::of(&ws, &scope).chain(from, to) {
        Some(chain) => {
            let steps = crate::i18n::count(lang, chain.len() - 1, t::STEP, t::STEPS);
            let names: Vec<String> = chain.iter().map(shown).collect();
            out::line(&crate::i18n::fill(
                lang.pick(t::ANALYSIS_CHAIN),
                &[("chain", &names.join(" → ")), ("n", &steps)],
            ));
            Ok(())
        }
        None => Err(UserError(crate::i18n::fill(
            lang.pick(t::ANALYSIS_NO_CHAIN),
            &[("a", &shown(&from)), ("b", &shown(&to))],
        ))),
    }
}

/// `knoop analyse [--json] [--kind K] [--ambition TITLE]`.
pub fn run(
    path: &Path,
    kind: Option<&str>,
    ambition: Option<&str>,
    as_json: bool,
    lang: Lang,
) -> Result<(), UserError> {
    let ws = super::read::load(path, lang)?;
    let scope = Scope {
        kind: kind.map(str::to_owned),
        ambition: ambition
            .map(|title| super::write::resolve_ambition(&ws, title, lang))
            .transpose()?,
    };
    let a = analyse(&ws, &scope);
    if as_json {
        out::line(&serde_json::to_string_pretty(&as_json_value(&ws, &a)).unwrap_or_default());
    } else {
        out::line(&table(&ws, &a, lang));
    }
    Ok(())
}

/// The analysis as the JSON `--json` promises.
fn as_json_value(ws: &crate::workspace::Workspace, a: &crate::analysis::graph::Analysis) -> Value {
    let name = |id: &crate::workspace::Id| ws.actor_name(*id).to_owned();
    let actors: Vec<Value> = a
        .actors
        .iter()
        .map(|m| {
            json!({
                "id": m.id,
                "name": name(&m.id),
                "degree": m.degree,
                "betweenness": number(Some(m.betweenness)),
                "closeness": number(Some(m.closeness)),
                "eigenvector": number(Some(m.eigenvector)),
                "constraint": number(m.constraint),
                "effective_size": number(m.effective_size),
                "component": m.component,
            })
        })
        .collect();
    json!({
        "actors": actors,
        "components": a.components,
        "bridges": a.bridges.iter().map(|(x, y)| [name(x), name(y)]).collect::<Vec<_>>(),
        "articulation_points": a.articulation_points.iter().map(name).collect::<Vec<_>>(),
        "isolates": a.isolates.iter().map(name).collect::<Vec<_>>(),
    })
}

/// The table sorted by betweenness, then the groups, bridges, cut vertices and isolates.
fn table(
    ws: &crate::workspace::Workspace,
    a: &crate::analysis::graph::Analysis,
    lang: Lang,
) -> String {
    let shown = |id: &crate::workspace::Id| clean(ws.actor_name(*id)).into_owned();
    let mut rows = a.actors.clone();
    rows.sort_by(|x, y| y.betweenness.total_cmp(&x.betweenness));
    let width = rows
        .iter()
        .map(|m| shown(&m.id).chars().count())
        .chain([lang.pick(t::ANALYSIS_ACTOR).chars().count()])
        .max()
        .unwrap_or(0);
    let head: Vec<&str> = lang.pick(t::ANALYSIS_HEADER).split('|').collect();
    let col = |k: usize| head.get(k).copied().unwrap_or_default();
    let mut text = format!(
        "{:<width$}  {:>6}  {:>7}  {:>7}  {:>7}  {:>7}  {:>8}  {:>5}\n",
        lang.pick(t::ANALYSIS_ACTOR),
        col(0),
        col(1),
        col(2),
        col(3),
        col(4),
        col(5),
        col(6),
    );
    for m in &rows {
        let _ = writeln!(
            text,
            "{:<width$}  {:>6}  {:>7}  {:>7}  {:>7}  {:>7}  {:>8}  {:>5}",
            shown(&m.id),
            m.degree,
            cell(Some(m.betweenness)),
            cell(Some(m.closeness)),
            cell(Some(m.eigenvector)),
            cell(m.constraint),
            cell(m.effective_size),
            m.component + 1,
        );
    }
    let list = |ids: Vec<String>| {
        if ids.is_empty() {
            lang.pick(t::ANALYSIS_NONE).to_owned()
        } else {
            ids.join(", ")
        }
    };
    let _ = writeln!(
        text,
        "\n{}: {}",
        lang.pick(t::ANALYSIS_COMPONENTS),
        a.components
    );
    let bridges = a
        .bridges
        .iter()
        .map(|(x, y)| format!("{} – {}", shown(x), shown(y)))
        .collect();
    let _ = writeln!(
        text,
        "{}: {}",
        lang.pick(t::ANALYSIS_BRIDGES),
        list(bridges)
    );
    let cut = a.articulation_points.iter().map(shown).collect();
    let _ = writeln!(text, "{}: {}", lang.pick(t::ANALYSIS_CUT), list(cut));
    let alone = a.isolates.iter().map(shown).collect();
    let _ = write!(text, "{}: {}", lang.pick(t::ANALYSIS_ISOLATES), list(alone));
    text
}
