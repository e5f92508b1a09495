//! `knoop export csv`, `graphml` and `gexf`: the register, the relations and the network for a
//! spreadsheet, networkx or Gephi. They read the file and never write it; what they write
//! is mode 0600 (it names real people).

use std::path::Path;

use super::{RedactWhat, TableWhat, UserError, out};
use crate::export::redact::{Level, Pseudonyms, redact};
use crate::export::tables::{self, Table};
use crate::i18n::{self as t, Lang, fill};
use crate::workspace::Workspace;

/// The workspace as it may leave at `level`, and what was left out. The pseudonym key lives
/// beside the workspace (`FILE.pseudonyms`, 0600), never in an export.
fn prepared(path: &Path, level: RedactWhat, lang: Lang) -> Result<(Workspace, String), UserError> {
    let ws = super::read::load(path, lang)?;
    let level = match level {
        RedactWhat::Team => Level::Team,
        RedactWhat::Public => Level::Public,
    };
    let key_file = crate::store::sidecar(path, "pseudonyms");
    let mut key: Pseudonyms = std::fs::read(&key_file)
        .ok()
        .and_then(|b| serde_json::from_slice(&b).ok())
        .unwrap_or_default();
    let before = key.len();
    let (ws, said) = redact(&ws, level, &mut key, lang);
    if key.len() != before {
        let bytes = serde_json::to_vec_pretty(&key).unwrap_or_default();
        let shown = key_file.display().to_string();
        crate::store::write_side_file(&key_file, &bytes).map_err(|e| {
            UserError(fill(
                lang.pick(t::CLI_CANNOT_WRITE),
                &[("path", &shown), ("e", &e.to_string())],
            ))
        })?;
    }
    Ok((ws, said))
}

/// Writes `bytes` to `file` (0600) and says where, or to standard output.
pub(super) fn put(file: Option<&Path>, bytes: &[u8], lang: Lang) -> Result<(), UserError> {
    let Some(file) = file else {
        out::bytes_out(bytes);
        return Ok(());
    };
    let shown = file.display().to_string();
    crate::store::write_side_file(file, bytes).map_err(|e| {
        UserError(fill(
            lang.pick(t::CLI_CANNOT_WRITE),
            &[("path", &shown), ("e", &e.to_string())],
        ))
    })?;
    out::line(&fill(lang.pick(t::CLI_WROTE), &[("path", &shown)]));
    Ok(())
}

/// `knoop export csv [--table actors|relations] [-o PATH]`.
pub fn csv(
    path: &Path,
    table: Option<TableWhat>,
    output: Option<&Path>,
    level: RedactWhat,
    lang: Lang,
) -> Result<(), UserError> {
    let (ws, said) = prepared(path, level, lang)?;
    // A CSV has no room for a remark before its header: it goes to standard error.
    eprintln!("knoop: {said}");
    match (table, output) {
        (Some(which), file) => {
            let which = match which {
                TableWhat::Actors => Table::Actors,
                TableWhat::Relations => Table::Relations,
            };
            put(file, &tables::csv(&ws, which), lang)
        }
        (None, Some(folder)) => {
            let shown = folder.display().to_string();
            std::fs::create_dir_all(folder).map_err(|e| {
                UserError(fill(
                    lang.pick(t::CLI_CANNOT_WRITE),
                    &[("path", &shown), ("e", &e.to_string())],
                ))
            })?;
            put(
                Some(&folder.join("actors.csv")),
                &tables::csv(&ws, Table::Actors),
                lang,
            )?;
            put(
                Some(&folder.join("relations.csv")),
                &tables::csv(&ws, Table::Relations),
                lang,
            )
        }
        (None, None) => Err(UserError(lang.pick(t::CLI_CSV_WHICH).to_owned())),
    }
}

/// `knoop export graphml|gexf [-o FILE]`.
pub fn graph(
    path: &Path,
    format: super::ExportWhat,
    output: Option<&Path>,
    level: RedactWhat,
    lang: Lang,
) -> Result<(), UserError> {
    let (ws, said) = prepared(path, level, lang)?;
    // What was left out, on the first lines, in each format's own way of saying it.
    let xml_note = |bytes: Vec<u8>| {
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let (decl, rest) = text.split_once('\n').unwrap_or(("", &text));
        format!("{decl}\n<!-- {} -->\n{rest}", said.replace("--", "-")).into_bytes()
    };
    let bytes = match format {
        super::ExportWhat::Gexf => xml_note(crate::export::gexf::gexf(&ws)),
        super::ExportWhat::Dot => {
            format!("// {said}\n{}", crate::export::dot::dot(&ws, lang)).into_bytes()
        }
        super::ExportWhat::Md => {
            let today = jiff::Zoned::now().date();
            let report = crate::export::report::report(&ws, lang, today);
            let (title, rest) = report.split_once('\n').unwrap_or((&report, ""));
            format!("{title}\n\n> {said}\n{rest}").into_bytes()
        }
        super::ExportWhat::Html => {
            let today = jiff::Zoned::now().date();
            crate::export::html::html(&ws, &said, lang, today).into_bytes()
        }
        super::ExportWhat::Kumu => {
            let mut blueprint = crate::export::kumu::kumu(&ws);
            if let Some(map) = blueprint.as_object_mut() {
                // Sorted first among the keys, so it is on the first lines.
                map.insert("_about".into(), said.into());
            }
            let mut text = serde_json::to_string_pretty(&blueprint).unwrap_or_default();
            text.push('\n');
            text.into_bytes()
        }
        _ => xml_note(crate::export::graphml::graphml(&ws)),
    };
    put(output, &bytes, lang)
}
