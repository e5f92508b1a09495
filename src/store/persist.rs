//! Where the open workspace stands with respect to its file, as one small state machine: which
//! generation was handed to the writer, which is on disk, whether the last save failed (and when
//! to try again), whether the file changed under us, and when the journal may be emptied.
//!
//! It does no I/O and reads no clock: the app feeds it changes, save reports and the time, and
//! reads back what to do next. So every path (a failed save then a retry, a conflict, a journal
//! trim) is tested without a terminal or a disk.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use super::saver::SaveReport;
use crate::workspace::Workspace;

/// How long after a failed save the next try is made.
pub const RETRY_AFTER: Duration = Duration::from_secs(3);

/// A change is saved once typing pauses this long, so taking the snapshot never delays a key.
pub const QUIET: Duration = Duration::from_millis(50);

/// However fast the typing, a change waits no longer than this for its save.
pub const LONGEST_WAIT: Duration = Duration::from_secs(1);

/// What the status line says about saving.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveState {
    /// On disk, as of this local time (`hh:mm:ss`); empty when nothing changed since opening.
    Saved(String),
    /// Handed to the writer.
    Saving,
    /// The last save failed; the reason.
    NotSaved(String),
    /// Nothing will be saved; the reason.
    ReadOnly(String),
    /// The file changed under us; this session's work goes to the copy named, once there is one.
    ChangedOnDisk(Option<String>),
}

/// A save for the writer: this generation, from this snapshot.
#[derive(Debug, Clone)]
pub struct SaveJob {
    /// The generation the snapshot is of.
    pub generation: u64,
    /// The workspace as it stands; the writer serialises it.
    pub snapshot: Arc<Workspace>,
}

/// The persistence state machine.
#[derive(Debug)]
pub struct Persistence {
    /// The newest generation handed to the writer.
    submitted: u64,
    /// The newest generation the writer reported on (written to the file or the conflict copy).
    saved: u64,
    /// A save is under way.
    in_flight: bool,
    /// After a failed save: no new save before this moment.
    retry_at: Option<Instant>,
    /// Since when the app holds a change not handed over yet.
    dirty_since: Option<Instant>,
    /// The snapshot last handed over, kept so the journal is trimmed against what is on disk.
    last_job: Option<SaveJob>,
    /// What the status line shows.
    state: SaveState,
}

/// What the app should do after a save report.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct AfterReport {
    /// Empty the journal of what this snapshot (now on disk) holds.
    pub trim_journal: bool,
}

impl Default for Persistence {
    fn default() -> Self {
        Self::new()
    }
}

impl Persistence {
    /// Nothing changed since the file was read.
    pub fn new() -> Self {
        Self {
            submitted: 0,
            saved: 0,
            in_flight: false,
            retry_at: None,
            dirty_since: None,
            last_job: None,
            state: SaveState::Saved(String::new()),
        }
    }

    /// What the status line shows.
    pub fn state(&self) -> &SaveState {
        &self.state
    }

    /// Nothing will ever be saved, for this reason.
    pub fn set_read_only(&mut self, reason: String) {
        self.state = SaveState::ReadOnly(reason);
    }

    /// Whether a save is under way.
    pub fn in_flight(&self) -> bool {
        self.in_flight
    }

    /// Whether a save is under way or due for a retry: the loop then wakes up often.
    pub fn busy(&self) -> bool {
        self.in_flight || self.retry_at.is_some()
    }

    /// The save to hand to the writer now, if `generation` is newer than what was handed over,
    /// no save is under way (changes made meanwhile go out together when it reports), no failed
    /// save is waiting for its retry, and input is `quiet` (or the change has waited
    /// [`LONGEST_WAIT`]). `snapshot` is only called when one is due.
    pub fn due(
        &mut self,
        generation: u64,
        now: Instant,
        quiet: bool,
        snapshot: impl FnOnce() -> Workspace,
    ) -> Option<SaveJob> {
        if generation == self.submitted || matches!(self.state, SaveState::ReadOnly(_)) {
            self.dirty_since = None;
            return None;
        }
        let since = *self.dirty_since.get_or_insert(now);
        if self.in_flight || self.retry_at.is_some_and(|at| now < at) {
            return None;
        }
        if !quiet && now.duration_since(since) < LONGEST_WAIT {
            return None;
        }
        self.last_save(generation, snapshot)
    }

    /// Whether `generation` waits only for a pause in the input: not handed over, no save
    /// under way, no retry pending.
    pub fn waiting(&self, generation: u64, now: Instant) -> bool {
        generation != self.submitted
            && !self.in_flight
            && self.retry_at.is_none_or(|at| now >= at)
            && !matches!(self.state, SaveState::ReadOnly(_))
    }

    /// How soon the loop should look again without input: while a save is under way, when a
    /// retry or a pause in typing makes one due; `None` when nothing is pending.
    pub fn wake_in(&self, generation: u64, now: Instant) -> Option<Duration> {
        if self.in_flight {
            return Some(Duration::from_millis(20));
        }
        if let Some(at) = self.retry_at {
            return Some(at.saturating_duration_since(now));
        }
        (generation != self.submitted && !matches!(self.state, SaveState::ReadOnly(_)))
            .then_some(QUIET)
    }

    /// On the way out: the save to hand over whatever is under way or waiting for a retry.
    pub fn last_save(
        &mut self,
        generation: u64,
        snapshot: impl FnOnce() -> Workspace,
    ) -> Option<SaveJob> {
        if matches!(self.state, SaveState::ReadOnly(_)) || generation == self.submitted {
            return None;
        }
        self.retry_at = None;
        self.dirty_since = None;
        let job = SaveJob {
            generation,
            snapshot: Arc::new(snapshot()),
        };
        self.submitted = generation;
        self.in_flight = true;
        if !matches!(self.state, SaveState::ChangedOnDisk(_)) {
            self.state = SaveState::Saving;
        }
        self.last_job = Some(job.clone());
        Some(job)
    }

    /// Takes in the writer's report on a save; `current` is the app's generation now, `now` the
    /// time it arrived and `clock` the local time to show (`hh:mm:ss`).
    pub fn on_report(
        &mut self,
        report: &SaveReport,
        current: u64,
        now: Instant,
        clock: &str,
    ) -> AfterReport {
        self.in_flight = false;
        let mut after = AfterReport::default();
        match (&report.outcome, &report.conflict_copy) {
            (Ok(()), _) => {
                self.saved = self.saved.max(report.generation);
                if report.generation == current {
                    self.state = SaveState::Saved(clock.to_owned());
                    after.trim_journal = self
                        .last_job
                        .as_ref()
                        .is_some_and(|j| j.generation == report.generation);
                }
            }
            (Err(_), Some(copy)) => {
                self.saved = self.saved.max(report.generation);
                self.state = SaveState::ChangedOnDisk(Some(copy.display().to_string()));
            }
            (Err(e), None) => {
                self.state = SaveState::NotSaved(e.to_string());
                // What failed is handed over again once the retry is due.
                self.submitted = self.saved;
                self.retry_at = Some(now + RETRY_AFTER);
            }
        }
        after
    }

    /// Someone else changed the file since knoop last read or wrote it.
    pub fn on_file_changed(&mut self) {
        if !matches!(
            self.state,
            SaveState::ChangedOnDisk(_) | SaveState::ReadOnly(_)
        ) {
            self.state = SaveState::ChangedOnDisk(None);
        }
    }

    /// The snapshot on disk to trim the journal against, once a report said so.
    pub fn saved_snapshot(&self) -> Option<&Arc<Workspace>> {
        self.last_job
            .as_ref()
            .filter(|j| j.generation == self.saved)
            .map(|j| &j.snapshot)
    }

    /// The newest generation handed to the writer.
    pub fn submitted(&self) -> u64 {
        self.submitted
    }

    /// The newest generation the writer has reported as written.
    pub fn saved(&self) -> u64 {
        self.saved
    }

    /// A conflict copy, once this session's work goes there.
    pub fn conflict_copy(&self) -> Option<PathBuf> {
        match &self.state {
            SaveState::ChangedOnDisk(Some(p)) => Some(PathBuf::from(p)),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests;
