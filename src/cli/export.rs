//! `knoop export csv`, `graphml` and `gexf`: the register, the relations and the network for a
//! spreadsheet, networkx or Gephi. They read the file and never write it; what they write
//! is mode 0600 (it names real people).

use std::path::Path;

use super::{TableWhat, UserError, out};
use crate::export::tables::{self, Table};
use crate::i18n::{self as t, Lang, fill};

/// Writes `bytes` to `file` (0600) and says where, or to standard output.
fn put(file: Option<&Path>, bytes: &[u8], lang: Lang) -> Result<(), UserError> {
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
    lang: Lang,
) -> Result<(), UserError> {
    let ws = super::read::load(path, lang)?;
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
    lang: Lang,
) -> Result<(), UserError> {
    let ws = super::read::load(path, lang)?;
    let bytes = match format {
        super::ExportWhat::Gexf => crate::export::gexf::gexf(&ws),
        super::ExportWhat::Dot => crate::export::dot::dot(&ws, lang).into_bytes(),
        super::ExportWhat::Md => {
            let today = jiff::Zoned::now().date();
            crate::export::report::report(&ws, lang, today).into_bytes()
        }
        super::ExportWhat::Kumu => {
            let mut text =
                serde_json::to_string_pretty(&crate::export::kumu::kumu(&ws)).unwrap_or_default();
            text.push('\n');
            text.into_bytes()
        }
        _ => crate::export::graphml::graphml(&ws),
    };
    put(output, &bytes, lang)
}
