//! The analyst: a thread that measures the relation graph, so that no key waits for it (at
//! 10,000 actors betweenness takes seconds). It measures only the newest graph handed over;
//! the loop picks results up as it picks up save reports.

use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex, OnceLock};

use crate::analysis::graph::{Analysis, Scope, analyse};
use crate::workspace::Workspace;

struct Analyst {
    jobs: Sender<(u64, Arc<Workspace>)>,
    results: Mutex<Receiver<(u64, Arc<Analysis>)>>,
}

fn analyst() -> &'static Analyst {
    static ANALYST: OnceLock<Analyst> = OnceLock::new();
    ANALYST.get_or_init(|| {
        let (jobs, inbox) = channel::<(u64, Arc<Workspace>)>();
        let (outbox, results) = channel();
        std::thread::Builder::new()
            .name("knoop-analyst".into())
            .spawn(move || {
                while let Ok(mut job) = inbox.recv() {
                    // Graphs handed over while the last was measured are already stale.
                    while let Ok(newer) = inbox.try_recv() {
                        job = newer;
                    }
                    let (generation, ws) = job;
                    let analysis = analyse(&ws, &Scope::default());
                    if outbox.send((generation, Arc::new(analysis))).is_err() {
                        return;
                    }
                }
            })
            .ok();
        Analyst {
            jobs,
            results: Mutex::new(results),
        }
    })
}

/// Hands the graph of this generation to the analyst.
pub fn submit(generation: u64, ws: Arc<Workspace>) {
    let _ = analyst().jobs.send((generation, ws));
}

/// A measured graph, if one is ready.
pub fn try_result() -> Option<(u64, Arc<Analysis>)> {
    analyst().results.lock().ok()?.try_recv().ok()
}
