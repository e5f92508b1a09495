//! Signals (SIGHUP when SSH drops, SIGTERM, SIGINT, SIGQUIT) on a thread of their own, because
//! after a hang-up crossterm's reader can spin without ever returning to the loop. The signal
//! thread first asks the loop to hand over what it holds and waits a moment for it, so an edit
//! made a breath before the hang-up is saved too; a loop that does not answer (stuck on a dead
//! terminal) is not waited for long. A second signal ends the process at once.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use color_eyre::eyre::Result;

use crate::i18n::{self as t, Lang, fill};
use crate::store::saver::EmergencyHandle;

/// How long the signal thread waits for the loop to hand over a change it holds.
const HAND_OVER_WAIT: Duration = Duration::from_secs(1);

/// What the signal thread and the loop tell each other.
#[derive(Debug, Default)]
pub struct Leaving {
    /// A signal asked knoop to leave.
    asked: AtomicBool,
    /// The loop holds a change not handed to the writer yet (what the writer has, the signal
    /// thread writes itself).
    pending: AtomicBool,
    /// The loop has handed everything over and written it.
    done: AtomicBool,
}

impl Leaving {
    /// Whether a signal asked knoop to leave.
    pub fn asked(&self) -> bool {
        self.asked.load(Ordering::SeqCst)
    }

    /// Tells the signal thread whether the loop holds a change not handed over yet.
    pub fn set_pending(&self, pending: bool) {
        self.pending.store(pending, Ordering::SeqCst);
    }

    /// Tells the signal thread that everything is handed over and written.
    pub fn set_done(&self) {
        self.done.store(true, Ordering::SeqCst);
    }

    fn wait_for_loop(&self) {
        let deadline = Instant::now() + HAND_OVER_WAIT;
        while self.pending.load(Ordering::SeqCst)
            && !self.done.load(Ordering::SeqCst)
            && Instant::now() < deadline
        {
            std::thread::sleep(Duration::from_millis(5));
        }
    }
}

/// Starts the signal thread: on a signal it asks the loop to leave, waits for its hand-over (if
/// it holds anything), writes what the writer has, restores the terminal (unless it is gone)
/// and exits with 128 + the signal's number.
pub fn watch(handle: Option<EmergencyHandle>, restore: fn(), lang: Lang) -> Result<Arc<Leaving>> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
    let sigs = [SIGHUP, SIGTERM, SIGINT, SIGQUIT];
    let stop = Arc::new(AtomicBool::new(false));
    for sig in sigs {
        signal_hook::flag::register_conditional_shutdown(sig, 1, Arc::clone(&stop))?;
        signal_hook::flag::register(sig, Arc::clone(&stop))?;
    }
    let mut signals = signal_hook::iterator::Signals::new(sigs)?;
    let leaving = Arc::new(Leaving::default());
    let shared = Arc::clone(&leaving);
    std::thread::Builder::new()
        .name("knoop-signals".to_owned())
        .spawn(move || {
            if let Some(sig) = signals.forever().next() {
                shared.asked.store(true, Ordering::SeqCst);
                shared.wait_for_loop();
                let kept = handle.as_ref().map(EmergencyHandle::save_now);
                if sig != SIGHUP {
                    restore();
                    // After a hang-up there is no one to read this; otherwise say where the work
                    // went when it is not in the file.
                    match kept {
                        Some(Ok(Some(copy))) => {
                            let copy = copy.display().to_string();
                            eprintln!("knoop: {}", fill(lang.pick(t::KEPT_IN), &[("copy", &copy)]));
                        }
                        Some(Err(e)) => eprintln!("knoop: {e}"),
                        _ => {}
                    }
                }
                std::process::exit(128 + sig);
            }
        })?;
    Ok(leaving)
}
