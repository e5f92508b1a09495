//! `knoop snapshot [NAME]` and `knoop diff [A] [B] [--json | --md]`: a dated copy of the
//! network, and what changed between two moments (two snapshots, a snapshot and now, two
//! files), in the UI language.

use std::path::Path;

use super::{UserError, out};
use crate::analysis::diff::diff;
use crate::export::changes;
use crate::i18n::{self as t, Lang, fill};
use crate::store::journal::Entry;
use crate::workspace::Workspace;
use crate::workspace::snapshot::Snapshot;
use crate::workspace::text::clean;

/// `knoop snapshot [NAME]`.
pub fn snapshot(
    path: &Path,
    name: Option<&str>,
    read_only: bool,
    lang: Lang,
) -> Result<(), UserError> {
    let now = jiff::Timestamp::now();
    let mut said = String::new();
    let msg = super::write::hand_in_all(path, read_only, lang, |ws| {
        let name = name.map_or_else(
            || {
                now.to_zoned(jiff::tz::TimeZone::system())
                    .date()
                    .to_string()
            },
            str::to_owned,
        );
        said = clean(&name).into_owned();
        Ok(vec![Entry::AddSnapshot(Box::new(Snapshot::of(
            ws, &name, now,
        )))])
    })?;
    out::line(&fill(
        lang.pick(t::SNAPSHOT_TAKEN),
        &[("name", &said), ("msg", &msg)],
    ));
    Ok(())
}

/// A moment: a file, a snapshot by name (whole, else the one whose name holds it) or id, or
/// `now`/`nu`; with its label.
fn moment(ws: &Workspace, which: &str, lang: Lang) -> Result<(Workspace, String), UserError> {
    let w = which.trim();
    if w.eq_ignore_ascii_case("now") || w.eq_ignore_ascii_case("nu") {
        return Ok((ws.clone(), lang.pick(t::DIFF_NOW).to_owned()));
    }
    let lower = w.to_lowercase();
    let tz = jiff::tz::TimeZone::system();
    let label = |s: &Snapshot| s.label(&tz);
    let exact: Vec<&Snapshot> = ws
        .snapshots
        .iter()
        .filter(|s| s.name.to_lowercase() == lower || s.id.to_string() == lower)
        .collect();
    let near: Vec<&Snapshot> = ws
        .snapshots
        .iter()
        .filter(|s| s.name.to_lowercase().contains(&lower))
        .collect();
    match (exact.as_slice(), near.as_slice()) {
        ([one, ..], _) | ([], [one]) => return Ok((one.workspace(), label(one))),
        ([], [_, _, ..]) => {
            let names: Vec<String> = near.iter().map(|s| label(s)).collect();
            return Err(UserError(fill(
                lang.pick(t::DIFF_WHICH),
                &[("name", &clean(w)), ("names", &names.join(", "))],
            )));
        }
        ([], []) => {}
    }
    let file = Path::new(w);
    if file.is_file() {
        let other = super::read::load(file, lang)?;
        return Ok((other, file.display().to_string()));
    }
    let all: Vec<String> = ws.snapshots.iter().map(label).collect();
    Err(UserError(fill(
        lang.pick(t::DIFF_UNKNOWN),
        &[("name", &clean(w)), ("names", &all.join(", "))],
    )))
}

/// `knoop diff [A] [B]`: A and B default to the last snapshot and now.
pub fn run(
    path: &Path,
    a: Option<&str>,
    b: Option<&str>,
    format: super::DiffFormat,
    lang: Lang,
) -> Result<(), UserError> {
    let ws = super::read::load(path, lang)?;
    let last = ws
        .snapshots
        .iter()
        .max_by_key(|s| s.at)
        .map(|s| s.id.to_string());
    let a = match (a, last) {
        (Some(a), _) => a.to_owned(),
        (None, Some(last)) => last,
        (None, None) => return Err(UserError(lang.pick(t::DIFF_NO_SNAPSHOTS).to_owned())),
    };
    let (from, from_label) = moment(&ws, &a, lang)?;
    let (to, to_label) = moment(&ws, b.unwrap_or("now"), lang)?;
    let d = diff(&from, &to);
    let title = fill(
        lang.pick(t::DIFF_TITLE),
        &[("a", &from_label), ("b", &to_label)],
    );
    match format {
        super::DiffFormat::Json => {
            let mut json = serde_json::to_string_pretty(&d).unwrap_or_default();
            json.push('\n');
            out::bytes_out(json.as_bytes());
        }
        super::DiffFormat::Md => out::bytes_out(changes::markdown(&d, &title, lang).as_bytes()),
        super::DiffFormat::Text => out::bytes_out(changes::text(&d, &title, lang).as_bytes()),
    }
    Ok(())
}
