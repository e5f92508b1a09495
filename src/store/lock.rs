//! One writer at a time: an exclusive lock on the sidecar `FILE.lock`.
//!
//! The lock sits on a separate file because the atomic rename of a save gives the workspace a new
//! inode, which would silently drop a lock held on the old one. The kernel releases the lock when
//! the holder dies, even by `kill -9`, so a stale lock never blocks anyone.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{Read, Seek, Write};
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Who takes the lock: an interactive session, or a shell command doing one read-modify-write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holder {
    /// The TUI, for as long as it is open.
    Tui,
    /// A shell command such as `knoop note`.
    Cli,
}

/// A held lock; dropping it releases the lock.
#[derive(Debug)]
pub struct Lock {
    _file: File,
    path: PathBuf,
}

impl Lock {
    /// The lock file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// Why the lock was not taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LockError {
    /// Someone else holds it; the text says who, as they wrote it.
    Held(String),
    /// The lock file could not be opened.
    Io(String),
}

impl LockError {
    /// Whether an open TUI holds the lock (shell writers then hand over through the journal).
    pub fn held_by_tui(&self) -> bool {
        matches!(self, Self::Held(who) if who.starts_with("knoop tui"))
    }
}

/// `FILE.lock` for the workspace at `path`.
pub fn lock_path(path: &Path) -> PathBuf {
    super::sidecar(path, "lock")
}

/// Takes the lock now or says who holds it.
pub fn try_acquire(path: &Path, holder: Holder) -> Result<Lock, LockError> {
    let lock_path = lock_path(path);
    let mut file = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .mode(0o600)
        // A lock file that is a symlink is refused, never followed: it could point anywhere.
        .custom_flags(libc::O_NOFOLLOW)
        .open(&lock_path)
        .map_err(|e| LockError::Io(format!("{}: {e}", lock_path.display())))?;
    match file.try_lock() {
        Ok(()) => {
            // Best effort: the note only serves to tell others who holds the file.
            let _ = file.set_len(0);
            let _ = file.rewind();
            let _ = file.write_all(describe(holder).as_bytes());
            Ok(Lock {
                _file: file,
                path: lock_path,
            })
        }
        Err(TryLockError::WouldBlock) => {
            let mut who = String::new();
            let _ = file.read_to_string(&mut who);
            let who = who.trim();
            Err(LockError::Held(if who.is_empty() {
                "another knoop".to_owned()
            } else {
                who.to_owned()
            }))
        }
        Err(TryLockError::Error(e)) => Err(LockError::Io(format!("{}: {e}", lock_path.display()))),
    }
}

/// Tries for up to `wait` while another shell command holds the lock; gives up at once when a
/// TUI holds it, since a TUI does not let go.
pub fn acquire_within(path: &Path, holder: Holder, wait: Duration) -> Result<Lock, LockError> {
    let deadline = Instant::now() + wait;
    loop {
        match try_acquire(path, holder) {
            Err(e @ LockError::Held(_)) if !e.held_by_tui() && Instant::now() < deadline => {
                std::thread::sleep(Duration::from_millis(5));
            }
            other => return other,
        }
    }
}

fn describe(holder: Holder) -> String {
    let kind = match holder {
        Holder::Tui => "tui",
        Holder::Cli => "cli",
    };
    let user = std::env::var("USER").unwrap_or_else(|_| "?".to_owned());
    let host = std::fs::read_to_string("/proc/sys/kernel/hostname")
        .map_or_else(|_| "?".to_owned(), |h| h.trim().to_owned());
    let since = jiff::Zoned::now().strftime("%Y-%m-%d %H:%M");
    format!(
        "knoop {kind}: pid {}, user {user} on {host}, since {since}",
        std::process::id()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn second_taker_is_told_who_holds_it() {
        let dir = tempfile::tempdir().unwrap();
        let ws = dir.path().join("w.json");
        let first = try_acquire(&ws, Holder::Tui).unwrap();
        let err = try_acquire(&ws, Holder::Cli).unwrap_err();
        assert!(err.held_by_tui(), "{err:?}");
        assert!(matches!(&err, LockError::Held(w) if w.contains(&std::process::id().to_string())));
        drop(first);
        assert!(try_acquire(&ws, Holder::Cli).is_ok());
    }
}
