//! Commands that change the workspace: `note`, `add`, `demo`.
//!
//! They never fail or lose a write because of the lock: with no TUI open they take the lock for
//! their read-modify-write (waiting briefly for another shell command); with a TUI open they
//! hand the change over through the journal, which the TUI applies within a second.

use super::out;
use std::path::Path;
use std::time::Duration;

use super::{AddActorArgs, AddRelationArgs, CheckinArgs, NoteArgs, UserError};
use crate::store::journal::{self, Entry};
use crate::store::lock::{self, Holder, LockError};
use crate::store::{self, Loaded};
use crate::workspace::{Actor, FollowUp, Id, LogEntry, Relation, RolePeriod, Workspace};

/// The demo network, embedded.
pub const DEMO: &str = include_str!("../../assets/demo.json");

/// Writes the demo network to `file`.
pub fn demo(file: &Path, force: bool) -> Result<(), UserError> {
    let existing = std::fs::read(file).ok();
    if existing.is_some() && !force {
        return Err(UserError(format!(
            "{} exists already; knoop does not overwrite it. Pick another name, or add --force (the old file goes to {}).",
            file.display(),
            store::backup_path(file).display()
        )));
    }
    store::ensure_dir(file).map_err(|e| UserError(format!("{}: {e}", file.display())))?;
    store::write_atomic(file, DEMO.as_bytes(), existing.as_deref())
        .map_err(|e| UserError(format!("cannot write {}: {e}", file.display())))?;
    out::line(&format!(
        "wrote the demo network to {}; open it with: knoop {}",
        file.display(),
        file.display()
    ));
    Ok(())
}

fn load_or_new(path: &Path) -> Result<Option<Loaded>, UserError> {
    if !path.exists() {
        return Ok(None);
    }
    store::load(path)
        .map(Some)
        .map_err(|e| UserError(e.to_string()))
}

/// Builds one journal entry from the current workspace (file plus pending hand-overs), and gets
/// it into the file, directly or through the open TUI.
fn hand_in(
    path: &Path,
    read_only: bool,
    make: impl FnOnce(&Workspace) -> Result<Entry, UserError>,
) -> Result<String, UserError> {
    if read_only {
        return Err(UserError("--read-only: nothing was changed".to_owned()));
    }
    store::ensure_dir(path).map_err(|e| UserError(format!("{}: {e}", path.display())))?;
    match lock::acquire_within(path, Holder::Cli, Duration::from_secs(5)) {
        Ok(_lock) => {
            let loaded = load_or_new(path)?;
            if loaded.as_ref().is_some_and(|l| l.newer) {
                return Err(UserError(format!(
                    "{} was written by a newer knoop; update knoop to change it",
                    path.display()
                )));
            }
            let (mut ws, before) = match loaded {
                Some(l) => (l.workspace, Some(l.bytes)),
                None => (Workspace::new(""), None),
            };
            store::sweep_temp_files(path);
            let (pending, _) = journal::read(path);
            journal::apply(&mut ws, &pending);
            let entry = make(&ws)?;
            journal::apply(&mut ws, std::slice::from_ref(&entry));
            store::serialize(&ws)
                .and_then(|bytes| store::write_atomic(path, &bytes, before.as_deref()))
                .map_err(|e| UserError(format!("{}: not saved: {e}", path.display())))?;
            let _ = journal::trim(path, &ws);
            Ok(format!("saved in {}", path.display()))
        }
        Err(LockError::Held(who)) => {
            let mut ws = load_or_new(path)?.map_or_else(|| Workspace::new(""), |l| l.workspace);
            let (pending, _) = journal::read(path);
            journal::apply(&mut ws, &pending);
            let entry = make(&ws)?;
            journal::append(path, &entry).map_err(|e| {
                UserError(format!("{}: {e}", journal::journal_path(path).display()))
            })?;
            Ok(format!(
                "handed to the open knoop ({who}); it saves it within a second"
            ))
        }
        Err(LockError::Io(e)) => Err(UserError(format!("cannot lock the workspace: {e}"))),
    }
}

/// Finds one actor by name, case-insensitively; an unknown or ambiguous name lists candidates.
pub fn resolve(ws: &Workspace, name: &str) -> Result<Id, UserError> {
    let exact = ws.actors_named(name);
    match exact.as_slice() {
        [one] => Ok(one.id),
        [] => {
            let needle = name.trim().to_lowercase();
            let near: Vec<&str> = ws
                .actors
                .iter()
                .filter(|a| a.name.to_lowercase().contains(&needle))
                .map(|a| a.name.as_str())
                .take(8)
                .collect();
            let hint = if near.is_empty() {
                "`knoop list actors` shows all names".to_owned()
            } else {
                format!("did you mean: {}?", near.join(", "))
            };
            Err(UserError(format!("no actor named {name:?}; {hint}")))
        }
        many => Err(UserError(format!(
            "{} actors are named {name:?} (ids {}); rename one first",
            many.len(),
            many.iter()
                .map(|a| a.id.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        ))),
    }
}

/// `knoop note TEXT [--actor NAME]...`.
pub fn note(path: &Path, args: &NoteArgs, read_only: bool) -> Result<(), UserError> {
    let text = crate::workspace::text::clean(&args.text).trim().to_owned();
    if text.is_empty() {
        return Err(UserError("the note is empty".to_owned()));
    }
    let msg = hand_in(path, read_only, |ws| {
        let mut entry = LogEntry::note(&text, jiff::Timestamp::now());
        for name in &args.actor {
            entry.actors.push(resolve(ws, name)?);
        }
        if let Some(title) = &args.ambition {
            entry.ambition = Some(resolve_ambition(ws, title)?);
        }
        Ok(Entry::AddLog(entry))
    })?;
    out::line(&format!("note {msg}"));
    Ok(())
}

/// Finds one ambition by title, case-insensitively.
fn resolve_ambition(ws: &Workspace, title: &str) -> Result<Id, UserError> {
    let wanted = title.trim().to_lowercase();
    ws.ambitions
        .iter()
        .find(|a| a.title.to_lowercase() == wanted)
        .map(|a| a.id)
        .ok_or_else(|| {
            let all: Vec<&str> = ws.ambitions.iter().map(|a| a.title.as_str()).collect();
            UserError(format!(
                "no ambition titled {title:?}; there are: {}",
                all.join(", ")
            ))
        })
}

/// `knoop checkin [--present NAME,...] [--decision TEXT]... [--followup TEXT --owner NAME --due DATE]`.
pub fn checkin(path: &Path, args: &CheckinArgs, read_only: bool) -> Result<(), UserError> {
    let due = match &args.due {
        Some(d) => Some(
            d.parse::<jiff::civil::Date>()
                .map_err(|_| UserError(format!("--due {d:?}: use yyyy-mm-dd, e.g. 2026-12-01")))?,
        ),
        None => None,
    };
    let clean = |s: &str| crate::workspace::text::clean(s).trim().to_owned();
    let msg = hand_in(path, read_only, |ws| {
        let mut entry = LogEntry::checkin(&clean(&args.text), jiff::Timestamp::now());
        for name in args.present.iter().filter(|n| !n.trim().is_empty()) {
            let id = resolve(ws, name)?;
            if !entry.present.contains(&id) {
                entry.present.push(id);
            }
        }
        entry.decisions = args
            .decision
            .iter()
            .map(|d| clean(d))
            .filter(|d| !d.is_empty())
            .collect();
        if let Some(text) = &args.followup {
            let owner = args.owner.as_deref().map(|o| resolve(ws, o)).transpose()?;
            entry
                .follow_ups
                .push(FollowUp::new(&clean(text), owner, due));
        }
        Ok(Entry::AddLog(entry))
    })?;
    out::line(&format!("check-in {msg}"));
    Ok(())
}

/// `knoop add actor NAME [...]`.
pub fn add_actor(path: &Path, args: &AddActorArgs, read_only: bool) -> Result<(), UserError> {
    let name = crate::workspace::text::clean(&args.name).trim().to_owned();
    if name.is_empty() {
        return Err(UserError("an actor needs a name".to_owned()));
    }
    let mut actor = Actor::new(&name);
    if let Some(k) = args.kind {
        actor.kind = k;
    }
    actor.position = args.position;
    if let Some(role) = args.role {
        actor.roles.push(RolePeriod {
            role,
            coalition: None,
            from: jiff::Zoned::now().date(),
            until: None,
        });
    }
    actor.represents = args.org.clone().unwrap_or_default();
    actor.tags.clone_from(&args.tag);
    actor.prospective = args.prospective;
    let msg = hand_in(path, read_only, |ws| {
        if !ws.actors_named(&name).is_empty() {
            return Err(UserError(format!("an actor named {name:?} exists already")));
        }
        Ok(Entry::AddActor(actor))
    })?;
    out::line(&format!("actor {name:?} {msg}"));
    Ok(())
}

/// `knoop add relation FROM TO [--kind K] [--mutual]`.
pub fn add_relation(path: &Path, args: &AddRelationArgs, read_only: bool) -> Result<(), UserError> {
    let msg = hand_in(path, read_only, |ws| {
        let mut r = Relation::new(resolve(ws, &args.from)?, resolve(ws, &args.to)?, &args.kind);
        r.mutual = args.mutual;
        Ok(Entry::AddRelation(r))
    })?;
    out::line(&format!("relation {msg}"));
    Ok(())
}
