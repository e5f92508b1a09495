//! `knoop forget NAME`: erases a person everywhere (AVG/GDPR, the right to erasure): from the
//! workspace with every reference to them, their name from every text, and from every file
//! beside it (the backup, the journal, a draft, conflict and recovery copies, minutes); it
//! leaves a tombstone, their id only, so nothing brings them back. It asks first, and it is the
//! one change that cannot be undone. It needs the file to itself: with knoop open on it, it
//! says so and changes nothing.

use std::io::BufRead as _;
use std::path::{Path, PathBuf};
use std::time::Duration;

use super::{UserError, out};
use crate::i18n::{self as t, Lang, fill};
use crate::store::lock::{self, Holder, LockError};
use crate::store::{self, journal};
use crate::workspace::text::clean;
use crate::workspace::{Id, Workspace};

/// `name` taken out of a workspace's JSON text (its record gone, its name in any text replaced
/// by `placeholder`), the id kept as a tombstone; `None` when the text is no workspace.
fn scrub_workspace(bytes: &[u8], id: Id, name: &str, placeholder: &str) -> Option<Vec<u8>> {
    let (mut ws, _) = store::parse(Path::new("copy"), bytes).ok()?;
    let _ = ws.delete_actor(id);
    // Each snapshot is a copy of the network: the person goes from every one of them too.
    for s in &mut ws.snapshots {
        let mut copy = s.workspace();
        let _ = copy.delete_actor(id);
        s.actors = copy.actors;
        s.relations = copy.relations;
        s.identity = copy.identity;
        s.topics = copy.topics;
        s.ambitions = copy.ambitions;
    }
    if !ws.forgotten.contains(&id) {
        ws.forgotten.push(id);
    }
    let text = String::from_utf8(store::serialize(&ws).ok()?).ok()?;
    let escaped = serde_json::to_string(name).ok()?;
    let inner = escaped.trim_matches('"');
    let cleaned = text.replace(inner, placeholder);
    store::parse(Path::new("copy"), cleaned.as_bytes()).ok()?;
    Some(cleaned.into_bytes())
}

/// The files beside the workspace: its name followed by a dot and anything.
fn beside(path: &Path) -> Vec<PathBuf> {
    let Some(name) = path
        .file_name()
        .map(|n| format!("{}.", n.to_string_lossy()))
    else {
        return Vec::new();
    };
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with(&name))
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .map(|e| e.path())
        .collect();
    files.sort();
    files
}

/// `knoop forget NAME [--yes]`.
pub fn forget(path: &Path, who: &str, yes: bool, lang: Lang) -> Result<(), UserError> {
    let say = |l: t::L, args: &[(&str, &str)]| fill(lang.pick(l), args);
    let shown = path.display().to_string();
    let _lock = match lock::acquire_within(path, Holder::Cli, Duration::from_secs(5)) {
        Ok(l) => l,
        Err(LockError::Held(holder)) => {
            return Err(UserError(say(t::FORGET_BUSY, &[("who", &clean(&holder))])));
        }
        Err(LockError::Io(e)) => return Err(UserError(say(t::CLI_CANNOT_LOCK, &[("e", &e)]))),
    };
    let loaded = store::load(path).map_err(|e| UserError(e.message(lang)))?;
    let mut ws: Workspace = loaded.workspace;
    let (pending, _) = journal::read(path);
    journal::apply(&mut ws, &pending);
    let id = super::write::resolve(&ws, who, lang)?;
    let name = ws.actor_name(id).to_owned();
    if !yes {
        eprint!("knoop: {} ", say(t::FORGET_ASK, &[("name", &clean(&name))]));
        let mut answer = String::new();
        let _ = std::io::stdin().lock().read_line(&mut answer);
        if !matches!(
            answer.trim().to_lowercase().as_str(),
            "y" | "j" | "yes" | "ja"
        ) {
            return Err(UserError(say(t::FORGET_NOT, &[])));
        }
    }
    let placeholder = lang.pick(t::FORGET_PLACEHOLDER);
    let cannot = |file: &Path, e: &dyn std::fmt::Display| {
        UserError(say(
            t::CLI_CANNOT_WRITE,
            &[("path", &file.display().to_string()), ("e", &e.to_string())],
        ))
    };
    // The workspace first, with what the journal held: then the journal is done with.
    let bytes = store::serialize(&ws).map_err(|e| cannot(path, &e))?;
    let clean_bytes =
        scrub_workspace(&bytes, id, &name, placeholder).ok_or_else(|| cannot(path, &"?"))?;
    store::write_atomic(path, &clean_bytes, Some(&loaded.bytes)).map_err(|e| cannot(path, &e))?;
    let mut touched = Vec::new();
    let escaped = serde_json::to_string(&name).unwrap_or_default();
    let escaped = escaped.trim_matches('"').to_owned();
    for file in beside(path) {
        let Ok(bytes) = std::fs::read(&file) else {
            continue;
        };
        let text = String::from_utf8_lossy(&bytes);
        if !text.contains(&name) && !text.contains(&escaped) {
            continue;
        }
        if file == journal::journal_path(path) {
            // Every entry in it is in the workspace now.
            std::fs::remove_file(&file).map_err(|e| cannot(&file, &e))?;
        } else {
            let scrubbed = scrub_workspace(&bytes, id, &name, placeholder).unwrap_or_else(|| {
                text.replace(&name, placeholder)
                    .replace(&escaped, placeholder)
                    .into_bytes()
            });
            store::write_side_file(&file, &scrubbed).map_err(|e| cannot(&file, &e))?;
        }
        touched.push(file.display().to_string());
    }
    out::line(&say(
        t::FORGET_DONE,
        &[
            ("name", &clean(&name)),
            ("path", &shown),
            ("n", &t::count(lang, touched.len(), t::N_FILE, t::N_FILES)),
        ],
    ));
    for file in touched {
        out::line(&format!("  {file}"));
    }
    Ok(())
}
