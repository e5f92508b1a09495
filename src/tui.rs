//! The interactive session: open the workspace (lock, load, journal), claim the terminal, run
//! the one event loop, and give everything back on the way out, whatever the way out is.

use std::io::stdout;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use color_eyre::eyre::{Result, WrapErr, eyre};
use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{
    self, DisableBracketedPaste, EnableBracketedPaste, Event, KeyCode,
};
use ratatui::crossterm::execute;

use crate::app::{App, SaveState};
use crate::i18n::{self as t, Lang, fill};
use crate::store::lock::{self, Holder, Lock, LockError};
use crate::store::saver::{EmergencyHandle, SaveReport, Saver};
use crate::store::{self, journal};
use crate::workspace::Workspace;

/// How the TUI was asked to start.
#[derive(Debug, Clone)]
pub struct Options {
    /// The workspace file.
    pub path: PathBuf,
    /// UI language.
    pub lang: Lang,
    /// `--read-only`.
    pub read_only: bool,
    /// Colours allowed (`NO_COLOR` unset).
    pub color: bool,
}

/// An opened workspace, before the terminal is touched.
pub struct Session {
    /// The app on the loaded workspace.
    pub app: App,
    /// The writer, unless read-only.
    pub saver: Option<Saver>,
    _lock: Option<Lock>,
}

/// Opens the workspace: takes the lock (or explains who has it), loads and validates the file,
/// creates it on first run, applies shell hand-overs. All errors happen here, on a normal screen.
pub fn open(opts: &Options) -> Result<Session> {
    let path = &opts.path;
    store::ensure_dir(path)
        .wrap_err_with(|| format!("cannot create the folder for {}", path.display()))?;
    let today = jiff::Zoned::now().date();
    let mut reason = opts
        .read_only
        .then(|| opts.lang.pick(t::RO_FLAG).to_owned());
    let lock = if reason.is_none() {
        match lock::try_acquire(path, Holder::Tui) {
            Ok(l) => Some(l),
            Err(LockError::Held(who)) => {
                reason = Some(fill(opts.lang.pick(t::RO_LOCKED), &[("who", &who)]));
                None
            }
            Err(LockError::Io(e)) => {
                reason = Some(e);
                None
            }
        }
    } else {
        None
    };
    let (ws, on_disk) = if path.exists() {
        let loaded = store::load(path).map_err(|e| eyre!("{e}"))?;
        if loaded.newer && reason.is_none() {
            let v = loaded.workspace.version.to_string();
            reason = Some(fill(opts.lang.pick(t::RO_NEWER), &[("v", &v)]));
        }
        (loaded.workspace, Some(loaded.bytes))
    } else if lock.is_some() {
        let ws = Workspace::new("");
        let bytes = store::serialize(&ws);
        store::write_atomic(path, &bytes, None)
            .map_err(|e| eyre!("cannot create {}: {e}", path.display()))?;
        (ws, Some(bytes))
    } else {
        return Err(eyre!("{} does not exist", path.display()));
    };
    let mut app = App::new(ws, path.clone(), opts.lang, today);
    app.color = opts.color;
    let saver = if let Some(r) = reason {
        app.set_read_only(r);
        None
    } else {
        store::sweep_temp_files(path);
        let saver = Saver::start(path, on_disk);
        let (entries, _) = journal::read(path);
        app.apply_journal(&entries);
        Some(saver)
    };
    Ok(Session {
        app,
        saver,
        _lock: lock,
    })
}

fn restore_terminal() {
    let _ = execute!(stdout(), DisableBracketedPaste);
    ratatui::restore();
}

/// Saves and leaves on SIGHUP (the SSH connection dropped), SIGTERM, SIGINT and SIGQUIT. This
/// runs on its own thread because after a hang-up crossterm's reader can spin without ever
/// returning to the loop; a second signal ends the process at once.
fn watch_signals(handle: Option<EmergencyHandle>) -> Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
    let sigs = [SIGHUP, SIGTERM, SIGINT, SIGQUIT];
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    for sig in sigs {
        signal_hook::flag::register_conditional_shutdown(sig, 1, std::sync::Arc::clone(&stop))?;
        signal_hook::flag::register(sig, std::sync::Arc::clone(&stop))?;
    }
    let mut signals = signal_hook::iterator::Signals::new(sigs)?;
    std::thread::Builder::new()
        .name("knoop-signals".to_owned())
        .spawn(move || {
            if let Some(sig) = signals.forever().next() {
                if let Some(h) = &handle {
                    h.save_now();
                }
                if sig != SIGHUP {
                    restore_terminal();
                }
                std::process::exit(128 + sig);
            }
        })?;
    Ok(())
}

/// After a panic: a recovery copy beside the file, and the terminal back in order. Installed
/// before `ratatui::init`, whose own hook restores the terminal first and then calls this one.
fn install_panic_hook(handle: Option<EmergencyHandle>) {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(stdout(), DisableBracketedPaste);
        if let Some(copy) = handle
            .as_ref()
            .and_then(EmergencyHandle::write_recovery_copy)
        {
            eprintln!("knoop: your latest changes are saved in {}", copy.display());
        }
        previous(info);
    }));
}

/// Runs the TUI until the user quits.
pub fn run(opts: &Options) -> Result<()> {
    let Session {
        mut app,
        saver,
        _lock,
    } = open(opts)?;
    let handle = saver.as_ref().map(Saver::emergency_handle);
    watch_signals(handle.clone())?;
    install_panic_hook(handle);
    let mut terminal = ratatui::init();
    let _ = execute!(stdout(), EnableBracketedPaste);
    let mut submitted = 0;
    let result = event_loop(&mut terminal, &mut app, saver.as_ref(), &mut submitted);
    if let Some(saver) = &saver {
        // Hand-overs that arrived since the last look are saved now rather than on a later open.
        if journal::has_entries(&app.path) {
            app.apply_journal(&journal::read(&app.path).0);
        }
        save_if_needed(&mut app, saver, &mut submitted);
        if saver
            .flush()
            .is_some_and(|r| r.outcome.is_ok() && r.generation == app.generation)
        {
            let _ = journal::trim(&app.path, &app.ws);
        }
    }
    restore_terminal();
    result
}

fn file_stamp(path: &Path) -> Option<(SystemTime, u64)> {
    let m = std::fs::metadata(path).ok()?;
    Some((m.modified().ok()?, m.len()))
}

fn save_if_needed(app: &mut App, saver: &Saver, submitted: &mut u64) {
    if app.generation != *submitted {
        saver.submit(app.generation, store::serialize(&app.ws));
        *submitted = app.generation;
        app.save = SaveState::Saving;
    }
}

struct LoopState {
    saved: u64,
    in_flight: bool,
    retry_at: Option<std::time::Instant>,
    stamp: Option<(SystemTime, u64)>,
}

fn event_loop(
    terminal: &mut DefaultTerminal,
    app: &mut App,
    saver: Option<&Saver>,
    submitted: &mut u64,
) -> Result<()> {
    let size = terminal.size()?;
    app.ui.size = (size.width, size.height);
    // The fault tests need a real panic in a real session; nobody sets this by accident.
    let panic_key = std::env::var_os("KNOOP_TEST_PANIC_KEY").is_some();
    let mut st = LoopState {
        saved: 0,
        in_flight: false,
        retry_at: None,
        stamp: file_stamp(&app.path),
    };
    let mut dirty = true;
    loop {
        if let Some(saver) = saver {
            if st.retry_at.is_some_and(|t| t <= std::time::Instant::now()) {
                st.retry_at = None;
                *submitted = st.saved;
            }
            if app.generation != *submitted && st.retry_at.is_none() {
                save_if_needed(app, saver, submitted);
                st.in_flight = true;
                dirty = true;
            }
            while let Some(report) = saver.try_report() {
                on_report(app, &mut st, &report);
                dirty = true;
            }
        }
        if dirty {
            terminal.draw(|f| crate::ui::render(app, f))?;
            dirty = false;
        }
        if app.quit {
            return Ok(());
        }
        // Block for input; wake only while a save is under way, or once a second to pick up
        // what shell commands handed over. An idle knoop writes nothing to the terminal.
        let timeout = match (saver, st.in_flight || st.retry_at.is_some()) {
            (None, _) => None,
            (Some(_), true) => Some(Duration::from_millis(20)),
            (Some(_), false) => Some(Duration::from_secs(1)),
        };
        let ready = match timeout {
            Some(t) => event::poll(t).wrap_err("reading the terminal")?,
            None => true,
        };
        if ready {
            let ev = event::read().wrap_err("reading the terminal")?;
            assert!(
                !(panic_key && matches!(&ev, Event::Key(k) if k.code == KeyCode::F(12))),
                "KNOOP_TEST_PANIC_KEY: F12 pressed"
            );
            dirty |= app.handle_event(&ev);
        } else if saver.is_some() && !st.in_flight {
            dirty |= tick(app, &mut st);
        }
    }
}

fn on_report(app: &mut App, st: &mut LoopState, report: &SaveReport) {
    st.in_flight = false;
    match (&report.outcome, &report.conflict_copy) {
        (Ok(()), _) => {
            st.saved = report.generation;
            st.stamp = file_stamp(&app.path);
            if report.generation == app.generation {
                app.save = SaveState::Saved(jiff::Zoned::now().strftime("%H:%M:%S").to_string());
                if journal::has_entries(&app.path) {
                    let _ = journal::trim(&app.path, &app.ws);
                }
            }
        }
        (Err(_), Some(copy)) => {
            st.saved = report.generation;
            app.save = SaveState::ChangedOnDisk(Some(copy.display().to_string()));
        }
        (Err(e), None) => {
            app.save = SaveState::NotSaved(e.to_string());
            st.retry_at = Some(std::time::Instant::now() + Duration::from_secs(3));
        }
    }
}

/// The once-a-second look: shell hand-overs, and whether someone else changed the file.
fn tick(app: &mut App, st: &mut LoopState) -> bool {
    let mut dirty = false;
    if journal::has_entries(&app.path) {
        let before = app.generation;
        let (entries, _) = journal::read(&app.path);
        app.apply_journal(&entries);
        dirty |= app.generation != before;
    }
    let stamp = file_stamp(&app.path);
    if stamp != st.stamp && !matches!(app.save, SaveState::ChangedOnDisk(_)) {
        st.stamp = stamp;
        app.save = SaveState::ChangedOnDisk(None);
        dirty = true;
    }
    dirty
}
