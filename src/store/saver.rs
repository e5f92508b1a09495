//! Saves off the typing path: the app hands a snapshot of the workspace to a writer thread, which
//! serialises and writes only the newest and reports back, so no keystroke waits for either. A
//! signal (SIGHUP when SSH drops, SIGTERM) or a panic writes the newest snapshot too, so a
//! committed edit survives everything but a power cut in the same millisecond.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Condvar, Mutex, PoisonError};
use std::thread;
use std::time::Duration;

use super::persist::SaveJob;
use super::{SaveError, serialize, side_copy, write_atomic};
use crate::workspace::Workspace;

/// What a save came to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SaveReport {
    /// The generation that was written.
    pub generation: u64,
    /// `Ok` when it is in the file; for a file that changed on disk, where the bytes went instead.
    pub outcome: Result<(), SaveError>,
    /// When the file changed on disk: the copy that holds this session's work.
    pub conflict_copy: Option<PathBuf>,
}

struct Disk {
    /// What the file holds as far as knoop knows; `None` before it exists.
    on_disk: Option<Vec<u8>>,
    /// Once the file changed under us, every save goes to this copy instead.
    conflict_copy: Option<PathBuf>,
}

struct Shared {
    path: PathBuf,
    pending: Mutex<Option<SaveJob>>,
    wake: Condvar,
    disk: Mutex<Disk>,
    latest: Mutex<Option<Arc<Workspace>>>,
    /// What is typed and not saved (`None`: nothing), kept in `FILE.draft`.
    draft: Mutex<Option<String>>,
    /// The draft changed since it was last written.
    draft_dirty: std::sync::atomic::AtomicBool,
}

impl Shared {
    /// Writes the newest draft if it changed: `FILE.draft` (0600), or its removal.
    fn write_draft(&self) {
        if !self
            .draft_dirty
            .swap(false, std::sync::atomic::Ordering::SeqCst)
        {
            return;
        }
        let draft = self
            .draft
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone();
        let path = super::draft_path(&self.path);
        match draft {
            Some(text) => {
                let _ = super::write_side_file(&path, text.as_bytes());
            }
            None => {
                let _ = std::fs::remove_file(&path);
            }
        }
    }

    /// Writes whatever is pending. Takes the disk lock before the job, so a signal and the writer
    /// thread can never both think the other one has it.
    fn write_pending(&self) -> Option<SaveReport> {
        let mut disk = self.disk.lock().unwrap_or_else(PoisonError::into_inner);
        let job = self
            .pending
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take()?;
        let mut report = SaveReport {
            generation: job.generation,
            outcome: Ok(()),
            conflict_copy: None,
        };
        let bytes = match serialize(&job.snapshot) {
            Ok(b) => b,
            Err(e) => {
                report.outcome = Err(e);
                return Some(report);
            }
        };
        if disk.conflict_copy.is_none() {
            match write_atomic(&self.path, &bytes, disk.on_disk.as_deref()) {
                Ok(()) => {
                    disk.on_disk = Some(bytes);
                    return Some(report);
                }
                Err(SaveError::ChangedOnDisk) => {
                    disk.conflict_copy = Some(side_copy(&self.path, "conflict"));
                }
                Err(e) => {
                    report.outcome = Err(e);
                    return Some(report);
                }
            }
        }
        let copy = disk.conflict_copy.clone()?;
        let existing = std::fs::read(&copy).ok();
        report.outcome = match write_atomic(&copy, &bytes, existing.as_deref()) {
            Ok(()) => Err(SaveError::ChangedOnDisk),
            Err(e) => Err(e),
        };
        report.conflict_copy = Some(copy);
        Some(report)
    }
}

/// The writer thread and its mailbox.
pub struct Saver {
    shared: Arc<Shared>,
    reports: Receiver<SaveReport>,
}

impl Saver {
    /// Starts the writer for `path`, whose current content is `on_disk` (`None`: not created yet).
    pub fn start(path: &Path, on_disk: Option<Vec<u8>>) -> Self {
        let shared = Arc::new(Shared {
            path: path.to_owned(),
            pending: Mutex::new(None),
            wake: Condvar::new(),
            disk: Mutex::new(Disk {
                on_disk,
                conflict_copy: None,
            }),
            latest: Mutex::new(None),
            draft: Mutex::new(None),
            draft_dirty: std::sync::atomic::AtomicBool::new(false),
        });
        let (tx, reports) = channel();
        let worker = Arc::clone(&shared);
        thread::Builder::new()
            .name("knoop-saver".to_owned())
            .spawn(move || writer_loop(&worker, &tx))
            .ok();
        Self { shared, reports }
    }

    /// Hands over the newest snapshot; an older job not yet written is replaced.
    pub fn submit(&self, job: SaveJob) {
        *self
            .shared
            .latest
            .lock()
            .unwrap_or_else(PoisonError::into_inner) = Some(Arc::clone(&job.snapshot));
        *self
            .shared
            .pending
            .lock()
            .unwrap_or_else(PoisonError::into_inner) = Some(job);
        self.shared.wake.notify_one();
    }

    /// Hands over the newest draft (`None`: nothing typed is unsaved); the writer thread writes
    /// it, or removes the file.
    pub fn set_draft(&self, draft: Option<String>) {
        *self
            .shared
            .draft
            .lock()
            .unwrap_or_else(PoisonError::into_inner) = draft;
        self.shared
            .draft_dirty
            .store(true, std::sync::atomic::Ordering::SeqCst);
        // Taken so the writer cannot check for work between the store and the wake-up.
        let _guard = self
            .shared
            .pending
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        self.shared.wake.notify_one();
    }

    /// Writes the newest draft on this thread, now (on the way out).
    pub fn flush_draft(&self) {
        self.shared.write_draft();
    }

    /// A report, if one arrived.
    pub fn try_report(&self) -> Option<SaveReport> {
        self.reports.try_recv().ok()
    }

    /// Waits up to `timeout` for the next report.
    pub fn wait_report(&self, timeout: Duration) -> Option<SaveReport> {
        self.reports.recv_timeout(timeout).ok()
    }

    /// Writes what is pending on this thread, now; used on quit and by signal handlers.
    pub fn flush(&self) -> Option<SaveReport> {
        self.shared.write_pending()
    }

    /// A handle that signal handlers and the panic hook can use from other threads.
    pub fn emergency_handle(&self) -> EmergencyHandle {
        EmergencyHandle {
            shared: Arc::clone(&self.shared),
        }
    }
}

fn writer_loop(shared: &Shared, tx: &Sender<SaveReport>) {
    loop {
        {
            let mut pending = shared
                .pending
                .lock()
                .unwrap_or_else(PoisonError::into_inner);
            while pending.is_none() && !shared.draft_dirty.load(std::sync::atomic::Ordering::SeqCst)
            {
                pending = shared
                    .wake
                    .wait(pending)
                    .unwrap_or_else(PoisonError::into_inner);
            }
        }
        shared.write_draft();
        if let Some(report) = shared.write_pending()
            && tx.send(report).is_err()
        {
            return;
        }
    }
}

/// Saves from a signal thread or a panic hook.
#[derive(Clone)]
pub struct EmergencyHandle {
    shared: Arc<Shared>,
}

impl EmergencyHandle {
    /// Writes what is pending, waiting at most for a save already under way; if that write
    /// fails, keeps the newest snapshot in a recovery copy. Returns where the work went when it
    /// is not in the file, or `Err` with the reason when it could be kept nowhere.
    pub fn save_now(&self) -> Result<Option<PathBuf>, String> {
        // What was typed and not saved goes to its draft file whatever else happens.
        self.shared
            .draft_dirty
            .store(true, std::sync::atomic::Ordering::SeqCst);
        self.shared.write_draft();
        match self.shared.write_pending() {
            Some(SaveReport {
                outcome: Err(SaveError::ChangedOnDisk),
                conflict_copy: Some(copy),
                ..
            }) => Ok(Some(copy)),
            Some(SaveReport {
                outcome: Err(e), ..
            }) => self
                .write_recovery_copy()
                .map(Some)
                .ok_or_else(|| e.to_string()),
            _ => Ok(None),
        }
    }

    /// Writes the newest draft, now (after a panic).
    pub fn write_draft(&self) {
        self.shared
            .draft_dirty
            .store(true, std::sync::atomic::Ordering::SeqCst);
        self.shared.write_draft();
    }

    /// After a panic: the newest snapshot goes to `FILE.recover-<time>`, never over the file,
    /// since the state that panicked is not to be trusted as the real thing.
    pub fn write_recovery_copy(&self) -> Option<PathBuf> {
        let snapshot = self.shared.latest.try_lock().ok()?.clone()?;
        let bytes = serialize(&snapshot).ok()?;
        super::keep_copy(&self.shared.path, &bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn job(generation: u64, name: &str) -> SaveJob {
        SaveJob {
            generation,
            snapshot: Arc::new(Workspace::new(name)),
        }
    }

    #[test]
    fn newest_snapshot_wins_and_outside_changes_are_not_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("w.json");
        let saver = Saver::start(&path, None);
        saver.submit(job(1, "een"));
        let r = saver.wait_report(Duration::from_secs(5)).unwrap();
        assert_eq!(r.outcome, Ok(()));
        let one = serialize(&Workspace::new("een")).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), one);
        std::fs::write(&path, b"someone else\n").unwrap();
        saver.submit(job(2, "twee"));
        let r = saver.wait_report(Duration::from_secs(5)).unwrap();
        assert_eq!(r.outcome, Err(SaveError::ChangedOnDisk));
        assert_eq!(std::fs::read(&path).unwrap(), b"someone else\n");
        let copy = r.conflict_copy.unwrap();
        let two = serialize(&Workspace::new("twee")).unwrap();
        assert_eq!(std::fs::read(copy).unwrap(), two);
    }
}
