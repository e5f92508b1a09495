//! `knoop import FILE... [--dry-run] [--format F] [--all]`: actors and relations from
//! spreadsheets and peers' files. It shows what would change first (printed, in the UI
//! language), and with `--dry-run` stops there; otherwise the import goes in as one change,
//! planned again on the file as it is under the lock, so nothing typed meanwhile is lost.

use std::path::{Path, PathBuf};

use super::{ImportFormat, UserError, out};
use crate::i18n::{self as t, Lang, fill};
use crate::import::{self, Format, Incoming, preview};
use crate::store::journal::Entry;
use crate::workspace::Workspace;

/// How many items per section the preview prints without `--all`.
const SHOWN: usize = 30;

/// Every file read into one set of rows; a file knoop cannot read stops it, nothing changed.
fn read_files(
    files: &[PathBuf],
    format: Option<ImportFormat>,
    lang: Lang,
) -> Result<Incoming, UserError> {
    let mut incoming = Incoming::default();
    for file in files {
        let shown = file.display().to_string();
        let bytes = std::fs::read(file).map_err(|e| {
            UserError(fill(
                lang.pick(t::IMPORT_CANNOT_READ),
                &[("path", &shown), ("e", &e.to_string())],
            ))
        })?;
        let format = match format {
            Some(ImportFormat::Csv) => Format::Csv,
            Some(ImportFormat::Kumu) => Format::Kumu,
            Some(ImportFormat::Graphml) => Format::Graphml,
            Some(ImportFormat::Gexf) => Format::Gexf,
            None => Format::guess(&shown, &bytes),
        };
        import::read(&shown, &bytes, format, &mut incoming)
            .map_err(|bad| UserError(preview::bad(&bad, format, lang)))?;
    }
    Ok(incoming)
}

/// The entries that apply `plan`: its actors first, so every relation finds its ends.
fn entries(plan: &import::Plan) -> Vec<Entry> {
    let actors = plan
        .actors
        .iter()
        .map(|(_, a)| Entry::AddActor(Box::new(a.clone())));
    let relations = plan
        .relations
        .iter()
        .map(|(_, r)| Entry::AddRelation(r.clone()));
    actors.chain(relations).collect()
}

/// `knoop import`.
pub fn run(
    path: &Path,
    files: &[PathBuf],
    format: Option<ImportFormat>,
    dry_run: bool,
    all: bool,
    read_only: bool,
    lang: Lang,
) -> Result<(), UserError> {
    let incoming = read_files(files, format, lang)?;
    let ws = if path.exists() {
        super::read::load(path, lang)?
    } else {
        Workspace::new("")
    };
    let plan = import::plan(&ws, incoming.clone());
    let cap = (!all).then_some(SHOWN);
    for (_, line) in preview::lines(&plan, &ws, lang, cap) {
        out::line(&line);
    }
    if dry_run {
        out::line(lang.pick(t::IMPORT_DRY));
        return Ok(());
    }
    if plan.is_empty() {
        return Ok(());
    }
    let mut said = String::new();
    let msg = super::write::hand_in_all(path, read_only, lang, |now| {
        // Planned again on the workspace as it is now, under the lock.
        let plan = import::plan(now, incoming);
        said = preview::summary(&plan, lang);
        Ok(entries(&plan))
    })?;
    out::line(&fill(
        lang.pick(t::IMPORT_DONE),
        &[("what", &said), ("msg", &msg)],
    ));
    Ok(())
}
