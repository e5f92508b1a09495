//! The hand-over from shell commands to an open TUI: an append-only `FILE.journal` of JSON lines.
//!
//! While a TUI holds the lock, `knoop note` and `knoop add` append their change here instead of
//! writing the file. The TUI applies new entries within a second, any later open applies them
//! too, and entries carry the id of the record they add, so applying one twice changes nothing.
//! The journal is emptied only once every entry in it is in a saved workspace.

use std::fs::{File, OpenOptions};
use std::io::{BufRead, BufReader, Write};
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::workspace::{Actor, Change, Edit, LogEntry, Record, Relation, Workspace};

/// One change handed over by a shell command.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Entry {
    /// A log entry (note, check-in, decision).
    AddLog(LogEntry),
    /// A new actor.
    AddActor(Actor),
    /// A new relation.
    AddRelation(Relation),
}

impl Entry {
    /// Whether the workspace already holds what this entry adds.
    pub fn is_applied(&self, ws: &Workspace) -> bool {
        match self {
            Self::AddLog(e) => ws.log.iter().any(|x| x.id == e.id),
            Self::AddActor(a) => ws.actors.iter().any(|x| x.id == a.id),
            Self::AddRelation(r) => ws.relations.iter().any(|x| x.id == r.id),
        }
    }

    /// The change that adds this entry's record at the end of its list.
    pub fn change(&self, ws: &Workspace) -> Change {
        match self {
            Self::AddLog(e) => Change::Insert {
                at: ws.log.len(),
                record: Record::Log(Box::new(e.clone())),
            },
            Self::AddActor(a) => Change::Insert {
                at: ws.actors.len(),
                record: Record::Actor(Box::new(a.clone())),
            },
            Self::AddRelation(r) => Change::Insert {
                at: ws.relations.len(),
                record: Record::Relation(Box::new(r.clone())),
            },
        }
    }
}

/// `FILE.journal` for the workspace at `path`.
pub fn journal_path(path: &Path) -> PathBuf {
    super::sidecar(path, "journal")
}

fn open(path: &Path) -> std::io::Result<File> {
    OpenOptions::new()
        .read(true)
        .append(true)
        .create(true)
        .mode(0o600)
        .open(journal_path(path))
}

/// Appends one entry durably. Appenders and the trimmer exclude each other with a lock on the
/// journal itself, held for the few microseconds of one write.
pub fn append(path: &Path, entry: &Entry) -> std::io::Result<()> {
    let mut line = serde_json::to_vec(entry).map_err(std::io::Error::other)?;
    line.push(b'\n');
    let mut file = open(path)?;
    file.lock()?;
    file.write_all(&line)?;
    file.sync_data()
}

/// Every complete, readable entry; `complete` is false when a line could not be read (a torn
/// write from a crash), in which case the journal is never emptied.
pub fn read(path: &Path) -> (Vec<Entry>, bool) {
    let Ok(file) = File::open(journal_path(path)) else {
        return (Vec::new(), true);
    };
    if file.lock_shared().is_err() {
        return (Vec::new(), false);
    }
    read_from(&file)
}

fn read_from(file: &File) -> (Vec<Entry>, bool) {
    let mut entries = Vec::new();
    let mut complete = true;
    for line in BufReader::new(file).split(b'\n') {
        let Ok(line) = line else {
            complete = false;
            break;
        };
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        match serde_json::from_slice(&line) {
            Ok(e) => entries.push(e),
            Err(_) => complete = false,
        }
    }
    (entries, complete)
}

/// Applies the entries the workspace does not hold yet, as one undoable edit.
pub fn apply(ws: &mut Workspace, entries: &[Entry]) -> Edit {
    let mut edit = Edit::default();
    for entry in entries {
        if !entry.is_applied(ws) {
            let change = entry.change(ws);
            edit.changes.extend(ws.commit(vec![change]).changes);
        }
    }
    edit
}

/// Empties the journal if every entry in it is in `saved`, a workspace that is on disk now.
pub fn trim(path: &Path, saved: &Workspace) -> std::io::Result<bool> {
    let jp = journal_path(path);
    if !jp.exists() {
        return Ok(true);
    }
    let file = open(path)?;
    file.lock()?;
    let (entries, complete) = read_from(&File::open(&jp)?);
    if complete && entries.iter().all(|e| e.is_applied(saved)) {
        file.set_len(0)?;
        file.sync_data()?;
        return Ok(true);
    }
    Ok(false)
}

/// Whether the journal has anything in it (a cheap check for the TUI's once-a-second look).
pub fn has_entries(path: &Path) -> bool {
    std::fs::metadata(journal_path(path)).is_ok_and(|m| m.len() > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_apply_once_and_trim_only_when_saved() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("w.json");
        let note = Entry::AddLog(LogEntry::note("hallo", jiff::Timestamp::UNIX_EPOCH));
        append(&path, &note).unwrap();
        append(&path, &Entry::AddActor(Actor::new("GGD"))).unwrap();
        let mut ws = Workspace::new("N");
        let (entries, complete) = read(&path);
        assert!(complete);
        assert_eq!(apply(&mut ws, &entries).changes.len(), 2);
        assert!(apply(&mut ws, &entries).changes.is_empty());
        assert!(!trim(&path, &Workspace::new("N")).unwrap());
        assert!(has_entries(&path));
        assert!(trim(&path, &ws).unwrap());
        assert!(!has_entries(&path));
    }

    #[test]
    fn a_torn_line_keeps_the_journal() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("w.json");
        append(&path, &Entry::AddActor(Actor::new("GGD"))).unwrap();
        std::fs::OpenOptions::new()
            .append(true)
            .open(journal_path(&path))
            .unwrap()
            .write_all(b"{\"add-log\": {\"id")
            .unwrap();
        let (entries, complete) = read(&path);
        assert_eq!(entries.len(), 1);
        assert!(!complete);
        let mut ws = Workspace::new("N");
        apply(&mut ws, &entries);
        assert!(!trim(&path, &ws).unwrap());
    }
}
