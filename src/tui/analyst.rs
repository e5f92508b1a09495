//! The analyst: a thread that measures the relation graph and lays out the map, so that no key
//! waits for it (at 10,000 actors the measures take a second). The loop hands it the graph only
//! once a frame is out and no input waits, as it does the writer's snapshot, so neither the
//! first frame nor a burst of typing pays for making it; it measures only the newest graph.

use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex, OnceLock};

use crate::analysis::graph::{Analysis, MapInput, analyse_with_map};

struct Analyst {
    jobs: Sender<(u64, MapInput)>,
    results: Mutex<Receiver<(u64, Arc<Analysis>)>>,
    /// A graph asked for and not yet handed over.
    asked: Mutex<bool>,
}

fn analyst() -> &'static Analyst {
    static ANALYST: OnceLock<Analyst> = OnceLock::new();
    ANALYST.get_or_init(|| {
        let (jobs, inbox) = channel::<(u64, MapInput)>();
        let (outbox, results) = channel();
        std::thread::Builder::new()
            .name("knoop-analyst".into())
            .spawn(move || {
                while let Ok(mut job) = inbox.recv() {
                    // Graphs handed over while the last was measured are already stale.
                    while let Ok(newer) = inbox.try_recv() {
                        job = newer;
                    }
                    let (generation, input) = job;
                    let analysis = analyse_with_map(&input);
                    drop(input);
                    if outbox.send((generation, Arc::new(analysis))).is_err() {
                        return;
                    }
                }
            })
            .ok();
        Analyst {
            jobs,
            results: Mutex::new(results),
            asked: Mutex::new(false),
        }
    })
}

/// The graph changed: it is measured once the loop is free ([`release`]).
pub fn ask() {
    if let Ok(mut asked) = analyst().asked.lock() {
        *asked = true;
    }
}

/// Hands the graph over if one was asked for: `snapshot` gives it and its graph generation.
/// Called by the loop after a frame, when no input waits.
pub fn release(snapshot: impl FnOnce() -> (u64, MapInput)) {
    let a = analyst();
    let Ok(mut asked) = a.asked.lock() else {
        return;
    };
    if std::mem::take(&mut *asked) {
        let _ = a.jobs.send(snapshot());
    }
}

/// A measured graph, if one is ready.
pub fn try_result() -> Option<(u64, Arc<Analysis>)> {
    analyst().results.lock().ok()?.try_recv().ok()
}
