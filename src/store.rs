//! The workspace file on disk: where it lives, how it is loaded and validated, and how it is saved
//! without ever losing data (design.md 3.3).
//!
//! - [`load`] never treats an unreadable file as empty, and says where and what is wrong.
//! - [`write_atomic`] replaces the file through a temp file, fsyncs it and the directory, and keeps
//!   the previous version as `FILE.bak`; it refuses to write over a file that changed on disk.
//! - [`lock`] is the one-writer rule; [`journal`] carries changes from shell commands to an open
//!   TUI; [`saver`] runs saves off the typing path and on signals.

pub mod journal;
pub mod lock;
pub mod persist;
pub mod saver;

use std::fmt;
use std::fmt::Write as _;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::i18n::{self as t, Lang, fill};
use crate::workspace::text::clean;
use crate::workspace::{FORMAT, VERSION, Workspace};

/// Where the workspace lives when no file is named: `$KNOOP_WORKSPACE`, else `workspace` in
/// the user's `knoop.toml`, else the platform data directory
/// (`~/.local/share/knoop/workspace.json` on Linux).
pub fn default_path() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("KNOOP_WORKSPACE").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(p));
    }
    if let Some(p) = &crate::config::get().workspace {
        return Some(crate::config::expand(p));
    }
    directories::ProjectDirs::from("nl", "knoop", "knoop")
        .map(|d| d.data_dir().join("workspace.json"))
}

/// A workspace that could not be loaded: what, where, and what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    /// The file.
    pub path: PathBuf,
    /// 1-based line and column, when known.
    pub line_col: Option<(usize, usize)>,
    /// The JSON path of the failing field, e.g. `actors[3].position`.
    pub field: String,
    /// What is wrong.
    pub what: Problem,
}

/// What is wrong with a file that did not load.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// It could not be read at all (the system's reason).
    Unreadable(String),
    /// It is not UTF-8.
    NotUtf8,
    /// It holds nothing.
    Empty,
    /// The JSON is broken or a field holds what it may not (serde's words, which name the
    /// expected value).
    Json(String),
    /// It is some other JSON file (the `format` it has).
    NotWorkspace(String),
    /// `version` is 0.
    VersionZero,
    /// Two records share this id.
    DuplicateId(String),
    /// It is not a regular file (a folder, a FIFO, a device).
    NotAFile,
    /// Git merged it line by line and left its conflict markers in.
    GitMarkers,
}

impl LoadError {
    /// The error in `lang`: the file with line and column, what is wrong, the field, and what
    /// to do.
    pub fn message(&self, lang: Lang) -> String {
        let mut out = self.path.display().to_string();
        if let Some((line, col)) = self.line_col {
            let _ = write!(out, ":{line}:{col}");
        }
        let what = match &self.what {
            Problem::Unreadable(e) => fill(lang.pick(t::LOAD_UNREADABLE), &[("e", e)]),
            Problem::NotUtf8 => lang.pick(t::LOAD_NOT_UTF8).to_owned(),
            Problem::Empty => lang.pick(t::LOAD_EMPTY).to_owned(),
            Problem::Json(e) => fill(lang.pick(t::LOAD_JSON), &[("e", &clean(e))]),
            Problem::NotWorkspace(found) => fill(
                lang.pick(t::LOAD_NOT_WORKSPACE),
                &[
                    ("found", &format!("{:?}", clean(found))),
                    ("expected", &format!("{FORMAT:?}")),
                ],
            ),
            Problem::VersionZero => lang.pick(t::LOAD_VERSION_ZERO).to_owned(),
            Problem::DuplicateId(id) => fill(lang.pick(t::LOAD_DUPLICATE_ID), &[("id", id)]),
            Problem::NotAFile => lang.pick(t::LOAD_NOT_A_FILE).to_owned(),
            Problem::GitMarkers => lang.pick(t::LOAD_GIT_MARKERS).to_owned(),
        };
        let _ = write!(out, ": {what}");
        if !self.field.is_empty() && self.field != "." {
            let _ = write!(
                out,
                " ({} `{}`)",
                lang.pick(t::LOAD_FIELD),
                clean(&self.field)
            );
        }
        let hint = match self.what {
            Problem::Unreadable(_) | Problem::NotAFile => lang.pick(t::LOAD_HINT_PATH).to_owned(),
            Problem::GitMarkers => fill(
                lang.pick(t::LOAD_HINT_GIT),
                &[("file", &self.path.display().to_string())],
            ),
            _ => fill(
                lang.pick(t::LOAD_HINT_FIX),
                &[("file", &self.path.display().to_string())],
            ),
        };
        let _ = write!(out, "\n  {hint}");
        out
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for LoadError {}

/// A loaded workspace, with the exact bytes it came from.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The workspace.
    pub workspace: Workspace,
    /// The file's bytes at load time; a save first checks the file still holds these.
    pub bytes: Vec<u8>,
    /// Written by a newer knoop: open read-only.
    pub newer: bool,
}

/// Reads and validates the file at `path`.
pub fn load(path: &Path) -> Result<Loaded, LoadError> {
    // Only a regular file is read: a FIFO or a device would block or never end.
    if let Ok(m) = fs::metadata(path)
        && !m.is_file()
    {
        return Err(LoadError {
            path: path.to_owned(),
            line_col: None,
            field: String::new(),
            what: Problem::NotAFile,
        });
    }
    let bytes = fs::read(path).map_err(|e| LoadError {
        path: path.to_owned(),
        line_col: None,
        field: String::new(),
        what: Problem::Unreadable(e.to_string()),
    })?;
    let (workspace, newer) = parse(path, &bytes)?;
    Ok(Loaded {
        workspace,
        bytes,
        newer,
    })
}

/// Parses and validates workspace bytes; `newer` is true for a file of a later format version.
pub fn parse(path: &Path, bytes: &[u8]) -> Result<(Workspace, bool), LoadError> {
    let err = |line_col, field: &str, what: Problem| LoadError {
        path: path.to_owned(),
        line_col,
        field: field.to_owned(),
        what,
    };
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let at = line_col_of(bytes, e.valid_up_to());
            return Err(err(Some(at), "", Problem::NotUtf8));
        }
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(err(None, "", Problem::Empty));
    }
    // Git's conflict markers stand at the start of a line; in a JSON file they can be nothing
    // else (every line of knoop's starts with a space, a brace or a bracket).
    if let Some(at) = text
        .lines()
        .position(|l| l.starts_with("<<<<<<< ") || l == "<<<<<<<")
        .filter(|_| text.lines().any(|l| l.starts_with(">>>>>>>")))
    {
        return Err(err(Some((at + 1, 1)), "", Problem::GitMarkers));
    }
    // The plain parse is the fast path; only a file that fails it is parsed again with path
    // tracking, which costs a third more, to say which field is wrong.
    let workspace: Workspace = if let Ok(ws) = serde_json::from_str(text) {
        ws
    } else {
        let mut de = serde_json::Deserializer::from_str(text);
        let ws: Workspace = serde_path_to_error::deserialize(&mut de).map_err(|e| {
            let field = e.path().to_string();
            let inner = e.into_inner();
            let at = (inner.line() > 0).then(|| (inner.line(), inner.column()));
            err(
                at,
                &field,
                Problem::Json(strip_position(&inner.to_string())),
            )
        })?;
        de.end().map_err(|e| {
            err(
                Some((e.line(), e.column())),
                "",
                Problem::Json(strip_position(&e.to_string())),
            )
        })?;
        ws
    };
    if workspace.format != FORMAT {
        return Err(err(
            None,
            "format",
            Problem::NotWorkspace(workspace.format.clone()),
        ));
    }
    if workspace.version == 0 {
        return Err(err(None, "version", Problem::VersionZero));
    }
    validate(&workspace).map_err(|(field, what)| err(None, &field, what))?;
    let newer = workspace.version > VERSION;
    Ok((workspace, newer))
}

/// Checks what serde cannot: ids are unique.
fn validate(ws: &Workspace) -> Result<(), (String, Problem)> {
    /// The first id in `ids` seen before in the same list, with the field it stands in.
    fn unique(
        list: &str,
        ids: impl Iterator<Item = crate::workspace::Id>,
    ) -> Result<(), (String, Problem)> {
        let mut seen = std::collections::HashSet::new();
        for (i, id) in ids.enumerate() {
            if !seen.insert(id) {
                return Err((
                    format!("{list}[{i}].id"),
                    Problem::DuplicateId(id.to_string()),
                ));
            }
        }
        Ok(())
    }
    // Records are found by id (a selection, a delete, a merge): two with one id would let an
    // action on one change the other.
    unique("actors", ws.actors.iter().map(|a| a.id))?;
    unique("relations", ws.relations.iter().map(|r| r.id))?;
    unique("identity.words", ws.identity.words.iter().map(|w| w.id))?;
    unique(
        "identity.sessions",
        ws.identity.sessions.iter().map(|s| s.id),
    )?;
    unique("topics", ws.topics.iter().map(|t| t.id))?;
    unique("ambitions", ws.ambitions.iter().map(|a| a.id))?;
    unique("foundation.rules", ws.foundation.rules.iter().map(|r| r.id))?;
    unique("log", ws.log.iter().map(|e| e.id))?;
    unique(
        "questionnaire.rounds",
        ws.questionnaire.rounds.iter().map(|r| r.id),
    )?;
    for (i, e) in ws.log.iter().enumerate() {
        unique(
            &format!("log[{i}].follow_ups"),
            e.follow_ups.iter().map(|f| f.id),
        )?;
    }
    Ok(())
}

fn strip_position(msg: &str) -> String {
    msg.find(" at line ").map_or(msg, |i| &msg[..i]).to_owned()
}

fn line_col_of(bytes: &[u8], offset: usize) -> (usize, usize) {
    let before = &bytes[..offset.min(bytes.len())];
    let line = before.iter().filter(|b| **b == b'\n').count() + 1;
    let col = before.iter().rev().take_while(|b| **b != b'\n').count() + 1;
    (line, col)
}

/// The file's bytes: pretty JSON in a fixed field order, ending in a newline, so a one-field
/// change is a one-line diff.
pub fn serialize(ws: &Workspace) -> Result<Vec<u8>, SaveError> {
    // Only a bug (a map with non-string keys) makes this fail; then nothing may be written, least
    // of all an empty file.
    let mut out = serde_json::to_vec_pretty(ws)
        .map_err(|e| SaveError::Io(format!("cannot serialise the workspace: {e}")))?;
    out.push(b'\n');
    Ok(out)
}

/// Why a save did not happen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveError {
    /// The file on disk is not what knoop last read or wrote.
    ChangedOnDisk,
    /// The file is write-protected (mode without the owner's write bit): knoop does not
    /// replace what someone protected, even as root.
    WriteProtected,
    /// The write failed (disk full, read-only file system, ...).
    Io(String),
}

impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::ChangedOnDisk => write!(f, "the file changed on disk"),
            Self::WriteProtected => write!(f, "the file is write-protected (chmod u+w to allow)"),
            Self::Io(e) => write!(f, "{e}"),
        }
    }
}

/// Whether the file exists and its owner may not write it.
pub fn is_write_protected(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    fs::metadata(path).is_ok_and(|m| m.permissions().mode() & 0o200 == 0)
}

/// The file a workspace path stands for. A symlink (a workspace in a synced folder) is followed
/// to its target, so a save replaces the target and the side files sit beside it, rather than
/// the link being replaced by a copy; a link to nothing is an error, never a new file.
pub fn resolve(path: &Path) -> Result<PathBuf, String> {
    match fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => {
            fs::canonicalize(path).map_err(|e| format!("{}: {e}", path.display()))
        }
        _ => Ok(path.to_owned()),
    }
}

/// A name for a new copy beside the file (`FILE.conflict-20261129-213000-4711-1`): the time,
/// this process and a count, and a name no file has yet, so two copies made in the same second
/// (or after the clock went back) never overwrite each other.
pub fn side_copy(path: &Path, kind: &str) -> PathBuf {
    static COUNT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let stamp = jiff::Zoned::now().strftime("%Y%m%d-%H%M%S").to_string();
    let pid = std::process::id();
    loop {
        let n = COUNT.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
        let copy = sidecar(path, &format!("{kind}-{stamp}-{pid}-{n}"));
        if fs::symlink_metadata(&copy).is_err() {
            return copy;
        }
    }
}

/// Keeps `bytes` in a new recovery copy: beside the file, or (when that cannot be written, as on
/// a full disk) in the system's temporary folder. `None` when neither could be written.
pub fn keep_copy(path: &Path, bytes: &[u8]) -> Option<PathBuf> {
    let beside = side_copy(path, "recover");
    if write_atomic(&beside, bytes, None).is_ok() {
        return Some(beside);
    }
    let name = beside.file_name()?;
    let elsewhere = std::env::temp_dir().join(name);
    write_atomic(&elsewhere, bytes, None).ok()?;
    Some(elsewhere)
}

/// `FILE.draft`: what was typed and not saved when knoop last stopped.
pub fn draft_path(path: &Path) -> PathBuf {
    sidecar(path, "draft")
}

/// Replaces a side file (a draft) atomically, mode 0600; a symlink in its place is replaced,
/// never followed.
pub fn write_side_file(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::os::unix::fs::OpenOptionsExt;
    let mut opts = atomic_write_file::AtomicWriteFile::options();
    opts.mode(0o600);
    let mut file = opts.open(path)?;
    file.write_all(bytes)?;
    file.commit()
}

/// The backup beside the file: the version before the last save.
pub fn backup_path(path: &Path) -> PathBuf {
    sidecar(path, "bak")
}

/// `FILE.suffix` beside `FILE`.
pub fn sidecar(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_owned();
    name.push(".");
    name.push(suffix);
    path.with_file_name(name)
}

/// Replaces the file with `bytes`, atomically and durably.
///
/// `expected` is what the file must still hold (`None`: it must not exist yet); anything else means
/// someone else changed it and nothing is written. The previous version stays as `FILE.bak`.
pub fn write_atomic(path: &Path, bytes: &[u8], expected: Option<&[u8]>) -> Result<(), SaveError> {
    write_atomic_with(path, bytes, expected, || ())
}

/// [`write_atomic`], with `before_rename` run between writing the new version and putting it in
/// place: the moment an outside program may replace the file. Tests use it to do just that.
#[doc(hidden)]
pub fn write_atomic_with(
    path: &Path,
    bytes: &[u8],
    expected: Option<&[u8]>,
    before_rename: impl FnOnce(),
) -> Result<(), SaveError> {
    if is_write_protected(path) {
        return Err(SaveError::WriteProtected);
    }
    let on_disk = match fs::read(path) {
        Ok(b) => Some(b),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => {
            return Err(SaveError::Io(format!(
                "cannot read the file before saving: {e}"
            )));
        }
    };
    if on_disk.as_deref() != expected {
        return Err(SaveError::ChangedOnDisk);
    }
    let io = |e: std::io::Error| SaveError::Io(e.to_string());
    let mut file = {
        use std::os::unix::fs::OpenOptionsExt;
        let mut opts = atomic_write_file::AtomicWriteFile::options();
        opts.mode(0o600);
        opts.open(path).map_err(io)?
    };
    file.write_all(bytes).map_err(io)?;
    before_rename();
    // Writing took time; whoever changed the file meanwhile keeps their version (dropping the
    // temp file discards ours, which the caller then keeps as a conflict copy).
    let now = match fs::read(path) {
        Ok(b) => Some(b),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(SaveError::Io(e.to_string())),
    };
    if now != on_disk {
        return Err(SaveError::ChangedOnDisk);
    }
    if on_disk.is_some() {
        // A hard link keeps the old inode under the backup name when the rename replaces the file;
        // it costs no copy. Where links are not supported, copy instead.
        let bak = backup_path(path);
        let _ = fs::remove_file(&bak);
        if fs::hard_link(path, &bak).is_err() {
            let _ = fs::copy(path, &bak);
        }
    }
    settle(file.commit(), path, bytes)
}

/// What a failed commit means. The rename may have happened before the error (an EIO from the
/// directory's fsync): then the file holds our bytes and this save is done, not failed, so that
/// nobody retries it as a duplicate or takes it for someone else's change.
fn settle(commit: std::io::Result<()>, path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    match commit {
        Ok(()) => Ok(()),
        Err(_) if fs::read(path).is_ok_and(|b| b == bytes) => Ok(()),
        Err(e) => Err(SaveError::Io(e.to_string())),
    }
}

/// Removes temp files that an interrupted save left behind (`.FILE.XXXXXX`). Only call this while
/// holding the lock: then no other knoop is writing one.
pub fn sweep_temp_files(path: &Path) -> usize {
    let (Some(dir), Some(name)) = (path.parent(), path.file_name()) else {
        return 0;
    };
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let prefix = format!(".{}.", name.to_string_lossy());
    let Ok(entries) = fs::read_dir(dir) else {
        return 0;
    };
    let mut swept = 0;
    for entry in entries.flatten() {
        let n = entry.file_name().to_string_lossy().into_owned();
        let is_temp = n
            .strip_prefix(&prefix)
            .is_some_and(|rest| rest.len() == 6 && rest.chars().all(|c| c.is_ascii_alphanumeric()));
        if is_temp && fs::remove_file(entry.path()).is_ok() {
            swept += 1;
        }
    }
    swept
}

/// Makes sure the directory of `path` exists, private to the user when knoop creates it.
pub fn ensure_dir(path: &Path) -> std::io::Result<()> {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() && !dir.exists() => {
            use std::os::unix::fs::DirBuilderExt;
            fs::DirBuilder::new()
                .recursive(true)
                .mode(0o700)
                .create(dir)
        }
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_name_the_field_and_place() {
        let text = "{\n  \"format\": \"knoop-workspace\",\n  \"version\": 1,\n  \"actors\": [\n    {\"id\": \"0190e0c8-0000-7000-8000-000000000001\", \"name\": \"A\", \"position\": \"middle\"}\n  ]\n}\n";
        let e = parse(Path::new("w.json"), text.as_bytes()).unwrap_err();
        assert_eq!(e.field, "actors[0].position");
        assert_eq!(e.line_col.map(|l| l.0), Some(5));
        assert!(
            matches!(&e.what, Problem::Json(j) if j.contains("middle")),
            "{e}"
        );
        let nl = e.message(Lang::Nl);
        assert!(nl.starts_with("w.json:5:"), "{nl}");
        assert!(nl.contains("veld `actors[0].position`"), "{nl}");
        assert!(nl.contains("Het bestand is niet veranderd"), "{nl}");
    }

    #[test]
    fn newer_version_is_flagged_and_unknown_fields_survive() {
        let text = r#"{"format":"knoop-workspace","version":99,"future":{"x":1},"network":{"name":"N","colour":"red"}}"#;
        let (ws, newer) = parse(Path::new("w.json"), text.as_bytes()).unwrap();
        assert!(newer);
        let out = String::from_utf8(serialize(&ws).unwrap()).unwrap();
        assert!(
            out.contains("\"future\"") && out.contains("\"colour\": \"red\""),
            "{out}"
        );
    }

    #[test]
    fn duplicate_ids_in_any_list_are_refused_with_the_field() {
        let demo = crate::cli::write::DEMO;
        let (ws, _) = parse(Path::new("d"), demo.as_bytes()).unwrap();
        for (list, field) in [
            ("relations", "relations[1].id"),
            ("log", "log[1].id"),
            ("topics", "topics[1].id"),
            ("foundation.rules", "foundation.rules[1].id"),
        ] {
            let mut bad = ws.clone();
            match list {
                "relations" => bad.relations[1].id = bad.relations[0].id,
                "log" => bad.log[1].id = bad.log[0].id,
                "topics" => bad.topics[1].id = bad.topics[0].id,
                _ => bad.foundation.rules[1].id = bad.foundation.rules[0].id,
            }
            let bytes = serialize(&bad).unwrap();
            let e = parse(Path::new("w.json"), &bytes).unwrap_err();
            assert_eq!(e.field, field);
            assert!(matches!(e.what, Problem::DuplicateId(_)), "{e}");
        }
    }

    #[test]
    fn an_error_after_the_rename_is_a_save_that_happened() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("w.json");
        fs::write(&path, b"nieuw\n").unwrap();
        let eio = || Err(std::io::Error::from_raw_os_error(5));
        assert_eq!(
            settle(eio(), &path, b"nieuw\n"),
            Ok(()),
            "renamed, then EIO"
        );
        assert!(matches!(
            settle(eio(), &path, b"anders\n"),
            Err(SaveError::Io(_))
        ));
    }

    #[test]
    fn side_copies_made_in_one_second_have_their_own_names() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("w.json");
        let a = side_copy(&path, "conflict");
        fs::write(&a, b"a").unwrap();
        let b = side_copy(&path, "conflict");
        assert_ne!(a, b);
        assert!(!b.exists());
    }

    #[test]
    fn empty_and_foreign_files_are_errors() {
        assert!(parse(Path::new("w"), b"").is_err());
        assert!(parse(Path::new("w"), b"   \n").is_err());
        let e = parse(Path::new("w"), br#"{"format":"other","version":1}"#).unwrap_err();
        assert_eq!(e.field, "format");
        assert!(
            parse(
                Path::new("w"),
                b"{\"format\":\"knoop-workspace\",\"version\":1} x"
            )
            .is_err()
        );
        assert!(parse(Path::new("w"), b"\xff\xfe").is_err());
    }
}
