//! The hand-over from shell commands to an open TUI: an append-only `FILE.journal`.
//!
//! While a TUI holds the lock, `knoop note` and `knoop add` append their change here instead of
//! writing the file. The TUI applies new entries within a second, any later open applies them
//! too, and entries carry the id of the record they add, so applying one twice changes nothing.
//!
//! Each record is one line, `k1 <checksum> <json>`, and an append first ends a torn last line
//! (a writer killed mid-append, a full disk), so a torn record can never glue itself to the
//! next one: it is skipped and counted, the rest applied. The journal is emptied once every
//! whole entry in it is in a saved workspace; a torn fragment was never acknowledged to anyone.

use std::fs::{File, OpenOptions};
use std::io::{BufRead, BufReader, Read, Seek, SeekFrom, Write};
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use std::collections::HashSet;

use crate::workspace::{Actor, Change, Edit, Id, LogEntry, Record, Relation, Workspace};

/// One change handed over by a shell command.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Entry {
    /// A log entry (note, check-in, decision).
    AddLog(LogEntry),
    /// A new actor (boxed: an actor is much larger than the other entries).
    AddActor(Box<Actor>),
    /// A new relation.
    AddRelation(Relation),
    /// A snapshot of the network (boxed: it holds a copy of the network).
    AddSnapshot(Box<crate::workspace::snapshot::Snapshot>),
}

impl Entry {
    /// Whether the workspace already holds what this entry adds.
    pub fn is_applied(&self, ws: &Workspace) -> bool {
        match self {
            Self::AddLog(e) => ws.log.iter().any(|x| x.id == e.id),
            Self::AddActor(a) => ws.actors.iter().any(|x| x.id == a.id),
            Self::AddRelation(r) => ws.relations.iter().any(|x| x.id == r.id),
            Self::AddSnapshot(s) => ws.snapshots.iter().any(|x| x.id == s.id),
        }
    }

    /// The id of the record this entry adds.
    pub fn id(&self) -> Id {
        match self {
            Self::AddLog(e) => e.id,
            Self::AddActor(a) => a.id,
            Self::AddRelation(r) => r.id,
            Self::AddSnapshot(s) => s.id,
        }
    }

    /// This entry as it may go into `ws`: `None` for a relation whose end is gone; a note keeps
    /// only the references to actors and ambitions that still exist.
    pub fn checked(&self, ws: &Workspace) -> Option<Self> {
        let exists = |id: &Id| ws.actor(*id).is_some();
        match self {
            Self::AddRelation(r) => (exists(&r.from) && exists(&r.to)).then(|| self.clone()),
            Self::AddLog(e) => {
                let mut e = e.clone();
                e.actors.retain(exists);
                e.present.retain(exists);
                e.ambition = e.ambition.filter(|a| ws.ambition(*a).is_some());
                for f in &mut e.follow_ups {
                    f.owner = f.owner.filter(exists);
                }
                Some(Self::AddLog(e))
            }
            Self::AddActor(_) | Self::AddSnapshot(_) => Some(self.clone()),
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
                record: Record::Actor(a.clone()),
            },
            Self::AddRelation(r) => Change::Insert {
                at: ws.relations.len(),
                record: Record::Relation(Box::new(r.clone())),
            },
            Self::AddSnapshot(s) => Change::Insert {
                at: ws.snapshots.len(),
                record: Record::Snapshot(s.clone()),
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
        // A journal that is a symlink is refused, never followed: it could point anywhere.
        .custom_flags(libc::O_NOFOLLOW)
        .open(journal_path(path))
}

/// FNV-1a: enough to tell a whole record from a torn or damaged one (not a defence against
/// someone forging records, who could write the workspace itself).
fn checksum(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// One record as a line: `k1 <checksum> <json>\n`.
fn record(entry: &Entry) -> std::io::Result<Vec<u8>> {
    let json = serde_json::to_vec(entry).map_err(std::io::Error::other)?;
    let mut line = format!("k1 {:016x} ", checksum(&json)).into_bytes();
    line.extend_from_slice(&json);
    line.push(b'\n');
    Ok(line)
}

/// The entry a line holds, if it is whole: a checksummed record, or a plain JSON line as an
/// older knoop wrote them.
fn parse_line(line: &[u8]) -> Option<Entry> {
    if let Some(rest) = line.strip_prefix(b"k1 ") {
        let (sum, json) = (rest.get(..16)?, rest.get(17..)?);
        let sum = u64::from_str_radix(std::str::from_utf8(sum).ok()?, 16).ok()?;
        return (sum == checksum(json))
            .then(|| serde_json::from_slice(json).ok())
            .flatten();
    }
    serde_json::from_slice(line).ok()
}

fn open_to_read(path: &Path) -> std::io::Result<File> {
    OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NOFOLLOW)
        .open(path)
}

/// Appends one entry durably. Appenders and the trimmer exclude each other with a lock on the
/// journal itself, held for the few microseconds of one write.
pub fn append(path: &Path, entry: &Entry) -> std::io::Result<()> {
    append_all(path, std::slice::from_ref(entry))
}

/// Appends entries durably in one write, so that a TUI reading the journal takes them in
/// together (one undoable edit), as an import's actors and relations belong together.
pub fn append_all(path: &Path, entries: &[Entry]) -> std::io::Result<()> {
    let mut line = Vec::new();
    for entry in entries {
        line.extend(record(entry)?);
    }
    let mut file = open(path)?;
    file.lock()?;
    // A torn last line (no newline) is ended first, so it stays one bad line on its own.
    let len = file.metadata()?.len();
    if len > 0 {
        let mut last = [0u8];
        file.seek(SeekFrom::Start(len - 1))?;
        file.read_exact(&mut last)?;
        if last[0] != b'\n' {
            file.write_all(b"\n")?;
        }
    }
    file.write_all(&line)?;
    file.sync_data()
}

/// What the journal holds: every whole entry, and how many lines were torn or damaged (skipped).
#[derive(Debug, Clone, Default)]
pub struct Contents {
    /// The whole entries, in order.
    pub entries: Vec<Entry>,
    /// Lines that were not whole records.
    pub skipped: usize,
}

/// Every whole entry, and how many lines were skipped; an unreadable journal reads as empty
/// with one skipped line.
pub fn read_all(path: &Path) -> Contents {
    let Ok(file) = open_to_read(&journal_path(path)) else {
        return Contents::default();
    };
    if file.lock_shared().is_err() {
        return Contents {
            entries: Vec::new(),
            skipped: 1,
        };
    }
    read_from(&file)
}

/// Every whole entry; `complete` is false when a line was skipped.
pub fn read(path: &Path) -> (Vec<Entry>, bool) {
    let c = read_all(path);
    (c.entries, c.skipped == 0)
}

fn read_from(file: &File) -> Contents {
    let mut c = Contents::default();
    for line in BufReader::new(file).split(b'\n') {
        let Ok(line) = line else {
            c.skipped += 1;
            break;
        };
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        match parse_line(&line) {
            Some(e) => c.entries.push(e),
            None => c.skipped += 1,
        }
    }
    c
}

/// Applies the entries the workspace does not hold yet, as one undoable edit, checked like any
/// edit: a relation whose end no longer exists is left out, references to what no longer
/// exists are dropped from a note, and entries in `seen` (applied before in this session, even
/// if their record was deleted since) are not applied again.
pub fn apply_unseen(ws: &mut Workspace, entries: &[Entry], seen: &HashSet<Id>) -> Edit {
    let mut edit = Edit::default();
    for entry in entries {
        if seen.contains(&entry.id()) || entry.is_applied(ws) {
            continue;
        }
        let Some(entry) = entry.checked(ws) else {
            continue;
        };
        let change = entry.change(ws);
        edit.changes.extend(ws.commit(vec![change]).changes);
    }
    edit
}

/// [`apply_unseen`] with nothing seen before: for a fresh read of the file.
pub fn apply(ws: &mut Workspace, entries: &[Entry]) -> Edit {
    apply_unseen(ws, entries, &HashSet::new())
}

/// Empties the journal if every whole entry in it is in `saved`, a workspace that is on disk
/// now. Torn lines do not keep it: they were never acknowledged, and cannot be applied.
///
/// An entry also counts as done when it is in `taken` (entries a session took in before it
/// saved `saved`, whose records the user may have deleted since) or when it can no longer go in
/// (a relation to an actor that is gone).
pub fn trim(path: &Path, saved: &Workspace, taken: &HashSet<Id>) -> std::io::Result<bool> {
    let jp = journal_path(path);
    if !jp.exists() {
        return Ok(true);
    }
    let file = open(path)?;
    file.lock()?;
    let contents = read_from(&open_to_read(&jp)?);
    let done =
        |e: &Entry| e.is_applied(saved) || taken.contains(&e.id()) || e.checked(saved).is_none();
    if contents.entries.iter().all(done) {
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
        append(&path, &Entry::AddActor(Box::new(Actor::new("GGD")))).unwrap();
        let mut ws = Workspace::new("N");
        let (entries, complete) = read(&path);
        assert!(complete);
        assert_eq!(apply(&mut ws, &entries).changes.len(), 2);
        assert!(apply(&mut ws, &entries).changes.is_empty());
        assert!(!trim(&path, &Workspace::new("N"), &HashSet::new()).unwrap());
        assert!(has_entries(&path));
        assert!(trim(&path, &ws, &HashSet::new()).unwrap());
        assert!(!has_entries(&path));
    }

    #[test]
    fn a_torn_line_never_swallows_the_next_record_and_never_keeps_the_journal() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("w.json");
        append(&path, &Entry::AddActor(Box::new(Actor::new("GGD")))).unwrap();
        // A writer killed mid-append.
        std::fs::OpenOptions::new()
            .append(true)
            .open(journal_path(&path))
            .unwrap()
            .write_all(b"k1 0123456789abcdef {\"add-log\": {\"id")
            .unwrap();
        let after = Entry::AddLog(LogEntry::note("after", jiff::Timestamp::UNIX_EPOCH));
        append(&path, &after).unwrap();
        let c = read_all(&path);
        assert_eq!(c.entries.len(), 2, "the record after the torn one is whole");
        assert_eq!(c.entries[1], after);
        assert_eq!(c.skipped, 1, "the torn one is skipped and counted");
        let mut ws = Workspace::new("N");
        apply(&mut ws, &c.entries);
        assert!(
            trim(&path, &ws, &HashSet::new()).unwrap(),
            "a torn fragment does not keep the journal"
        );
        assert!(!has_entries(&path));
    }

    #[test]
    fn a_hand_over_is_checked_against_what_exists_now() {
        let mut ws = Workspace::new("N");
        let (a, b) = (Actor::new("A"), Actor::new("B"));
        let (ida, idb) = (a.id, b.id);
        ws.actors.push(a);
        let relation = Entry::AddRelation(Relation::new(ida, idb, "werkt samen"));
        let mut note = LogEntry::note("over A en B", jiff::Timestamp::UNIX_EPOCH);
        note.actors = vec![ida, idb];
        let edit = apply(&mut ws, &[relation, Entry::AddLog(note)]);
        assert!(
            ws.relations.is_empty(),
            "B was deleted meanwhile: no dangling relation"
        );
        assert_eq!(ws.log[0].actors, [ida], "the note keeps only what exists");
        assert_eq!(edit.changes.len(), 1);
        assert!(ws.dangling_actor_ids().is_empty());
    }

    #[test]
    fn an_entry_seen_before_does_not_come_back_after_a_delete() {
        let mut ws = Workspace::new("N");
        let entry = Entry::AddActor(Box::new(Actor::new("Uit de shell")));
        apply(&mut ws, std::slice::from_ref(&entry));
        ws.actors.clear();
        let seen: HashSet<Id> = [entry.id()].into();
        assert!(
            apply_unseen(&mut ws, std::slice::from_ref(&entry), &seen)
                .changes
                .is_empty()
        );
        assert!(ws.actors.is_empty());
        // Saved without it, the journal still empties: the session took the entry in.
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("w.json");
        append(&path, &entry).unwrap();
        assert!(!trim(&path, &ws, &HashSet::new()).unwrap());
        assert!(trim(&path, &ws, &seen).unwrap());
    }

    #[test]
    fn a_damaged_record_is_skipped_and_plain_lines_of_older_journals_still_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("w.json");
        let old = serde_json::to_string(&Entry::AddActor(Box::new(Actor::new("Oud")))).unwrap();
        let mut good = record(&Entry::AddActor(Box::new(Actor::new("Goed")))).unwrap();
        let mut bad = good.clone();
        let at = bad.len() - 5;
        bad[at] ^= 1;
        good.extend_from_slice(&bad);
        std::fs::write(journal_path(&path), [old.as_bytes(), b"\n", &good].concat()).unwrap();
        let c = read_all(&path);
        assert_eq!(c.entries.len(), 2);
        assert_eq!(c.skipped, 1);
    }
}
