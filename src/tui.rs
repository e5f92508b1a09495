//! The interactive session: open the workspace (lock, load, journal), claim the terminal, run
//! the one event loop, and give everything back on the way out, whatever the way out is.

use std::io::stdout;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use color_eyre::eyre::{Result, WrapErr, eyre};
use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
    Event, KeyCode,
};
use ratatui::crossterm::execute;

use crate::app::{App, Effect, Msg, SaveState};
use crate::i18n::{self as t, Lang, fill};
use crate::store::lock::{self, Holder, Lock, LockError};
use crate::store::saver::{EmergencyHandle, Saver};
use crate::store::{self, journal};
use crate::workspace::Workspace;

mod analyst;
mod reader;
mod signals;

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
    store::ensure_dir(path).map_err(|e| {
        let (folder, e) = (
            path.parent().unwrap_or(path).display().to_string(),
            e.to_string(),
        );
        eyre!(
            "{}",
            fill(
                opts.lang.pick(t::CLI_CANNOT_CREATE),
                &[("path", &folder), ("e", &e)]
            )
        )
    })?;
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
    let created = !path.exists();
    let (ws, on_disk) = if path.exists() {
        let loaded = store::load(path).map_err(|e| eyre!("{}", e.message(opts.lang)))?;
        if store::is_write_protected(path) && reason.is_none() {
            reason = Some(opts.lang.pick(t::RO_PROTECTED).to_owned());
        }
        if loaded.newer && reason.is_none() {
            let v = loaded.workspace.version.to_string();
            reason = Some(fill(opts.lang.pick(t::RO_NEWER), &[("v", &v)]));
        }
        (loaded.workspace, Some(loaded.bytes))
    } else if lock.is_some() {
        let ws = Workspace::new("");
        let bytes = store::serialize(&ws)
            .and_then(|bytes| {
                store::write_atomic(path, &bytes, None)?;
                Ok(bytes)
            })
            .map_err(|e| {
                let (path, e) = (path.display().to_string(), e.to_string());
                eyre!(
                    "{}",
                    fill(
                        opts.lang.pick(t::CLI_CANNOT_CREATE),
                        &[("path", &path), ("e", &e)]
                    )
                )
            })?;
        (ws, Some(bytes))
    } else {
        let path = path.display().to_string();
        return Err(eyre!(
            "{}",
            fill(opts.lang.pick(t::CLI_NOT_EXIST), &[("path", &path)])
        ));
    };
    let mut app = App::new(ws, path.clone(), opts.lang, today);
    app.color = opts.color;
    if created {
        // The first run says where the work is kept.
        let shown = path.display().to_string();
        app.ui.message = Some(fill(opts.lang.pick(t::FIRST_RUN), &[("path", &shown)]));
    }
    // A knoop that will not write gives the lock back, so shell commands write the file
    // themselves instead of handing changes to a TUI that never applies them.
    let lock = lock.filter(|_| reason.is_none());
    let saver = if let Some(r) = reason {
        app.set_read_only(r);
        None
    } else {
        store::sweep_temp_files(path);
        let saver = Saver::start(path, on_disk);
        app.autosave = true;
        // What was typed when knoop last stopped is offered back first; the writer holds it
        // too, so a signal before the question is answered writes it back, never removes it.
        if let Ok(draft) = std::fs::read_to_string(store::draft_path(path)) {
            app.offer_draft(&draft);
            saver.set_draft(app.last_draft.clone());
        }
        let effects = app.update(Msg::Journal(journal::read_all(path)));
        perform(&app, Some(&saver), effects);
        Some(saver)
    };
    Ok(Session {
        app,
        saver,
        _lock: lock,
    })
}

/// Whether knoop takes the mouse: yes, unless `KNOOP_MOUSE` says `off` (or `0`, `no`), or
/// `mouse = false` in `knoop.toml`, for those who want their terminal's own selection.
fn mouse_wanted() -> bool {
    match std::env::var("KNOOP_MOUSE") {
        Ok(v) if !v.is_empty() => !matches!(
            v.trim().to_lowercase().as_str(),
            "off" | "0" | "no" | "uit" | "nee"
        ),
        _ => crate::config::get().mouse.unwrap_or(true),
    }
}

fn restore_terminal() {
    let _ = execute!(stdout(), DisableBracketedPaste, DisableMouseCapture);
    ratatui::restore();
}

/// After a panic: a recovery copy beside the file, and the terminal back in order. Installed
/// before `ratatui::init`, whose own hook restores the terminal first and then calls this one.
fn install_panic_hook(handle: Option<EmergencyHandle>) {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(stdout(), DisableBracketedPaste, DisableMouseCapture);
        if let Some(h) = &handle {
            h.write_draft();
        }
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
    let leaving = signals::watch(handle.clone(), restore_terminal, opts.lang)?;
    install_panic_hook(handle);
    let mut terminal = ratatui::init();
    let _ = execute!(stdout(), EnableBracketedPaste);
    if mouse_wanted() {
        let _ = execute!(stdout(), EnableMouseCapture);
    }
    let result = event_loop(&mut terminal, &mut app, saver.as_ref(), &leaving);
    let unsaved = saver.as_ref().and_then(|saver| leave(&mut app, saver));
    leaving.set_done();
    if leaving.asked() {
        // The signal thread ends the process with the signal's exit code; the terminal is its
        // to restore (or gone, after a hang-up).
        loop {
            std::thread::park();
        }
    }
    restore_terminal();
    if app.last_draft.is_some() && saver.is_some() {
        let draft = store::draft_path(&app.path).display().to_string();
        eprintln!(
            "knoop: {}",
            fill(app.lang.pick(t::DRAFT_KEPT), &[("draft", &draft)])
        );
    }
    // Leaving with work that is not in the file is never silent: where it went, or that it
    // could be kept nowhere.
    match unsaved {
        Some(message) => Err(eyre!("{message}")),
        None => result,
    }
}

thread_local! {
    /// Messages that performing an effect gave rise to, for the loop's next turn.
    static FOLLOW_UPS: std::cell::RefCell<Vec<Msg>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Does what [`App::update`] asked for; returns whether that includes quitting.
fn perform(app: &App, saver: Option<&Saver>, effects: Vec<Effect>) -> bool {
    let mut quit = false;
    for effect in effects {
        match effect {
            Effect::Save(job) => {
                if let Some(s) = saver {
                    s.submit(job);
                }
            }
            Effect::TrimJournal(saved, taken) => {
                let _ = journal::trim(&app.path, &saved, &taken);
            }
            Effect::Export(file, text) => {
                if let Err(e) = store::write_side_file(&file, text.as_bytes()) {
                    // Said on the next turn of the loop: what was asked for is not there.
                    FOLLOW_UPS.with(|f| {
                        f.borrow_mut()
                            .push(Msg::WriteFailed(file.display().to_string(), e.to_string()));
                    });
                }
            }
            Effect::Draft(draft) => {
                if let Some(s) = saver {
                    s.set_draft(draft);
                }
            }
            Effect::Analyse => analyst::ask(),
            Effect::ReadImport(file) => reader::start(file, app.lang),
            Effect::Quit => quit = true,
        }
    }
    quit
}

/// On the way out: hand-overs that arrived since the last look are taken in, and the newest state
/// is written on this thread before the terminal is given back.
fn leave(app: &mut App, saver: &Saver) -> Option<String> {
    if journal::has_entries(&app.path) {
        let effects = app.update(Msg::Journal(journal::read_all(&app.path)));
        perform(app, Some(saver), effects);
    }
    let effects = app.update(Msg::Leave);
    saver.flush_draft();
    perform(app, Some(saver), effects);
    // Whatever was handed over, by this Leave or before it and still under way, is written
    // before knoop ends: the writer thread dies with the process.
    if let Some(report) = saver.flush() {
        let effects = app.update(Msg::Saved(report));
        perform(app, Some(saver), effects);
    }
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while app.persist.in_flight() {
        let left = deadline.saturating_duration_since(std::time::Instant::now());
        let Some(report) = saver.wait_report(left) else {
            break;
        };
        let effects = app.update(Msg::Saved(report));
        perform(app, Some(saver), effects);
    }
    unsaved_message(app)
}

/// What to tell the user when the work is not in the file after leaving: where it is kept.
fn unsaved_message(app: &App) -> Option<String> {
    let file = app.path.display().to_string();
    let lang = app.lang;
    match app.persist.state() {
        SaveState::NotSaved(e) => {
            let kept = store::serialize(&app.ws)
                .ok()
                .and_then(|bytes| store::keep_copy(&app.path, &bytes));
            Some(match kept {
                Some(copy) => {
                    let copy = copy.display().to_string();
                    fill(
                        lang.pick(t::QUIT_NOT_SAVED),
                        &[("file", &file), ("e", e), ("copy", &copy)],
                    )
                }
                None => fill(lang.pick(t::QUIT_LOST), &[("file", &file), ("e", e)]),
            })
        }
        SaveState::ChangedOnDisk(Some(copy)) => {
            Some(fill(lang.pick(t::KEPT_IN), &[("copy", copy)]))
        }
        _ => None,
    }
}

fn file_stamp(path: &Path) -> Option<(SystemTime, u64)> {
    let m = std::fs::metadata(path).ok()?;
    Some((m.modified().ok()?, m.len()))
}

/// The one loop: read an event, turn it into a message, let [`App::update`] change the state,
/// perform the effects it returns, draw.
fn event_loop(
    terminal: &mut DefaultTerminal,
    app: &mut App,
    saver: Option<&Saver>,
    leaving: &signals::Leaving,
) -> Result<()> {
    let size = terminal.size()?;
    let _ = app.update(Msg::Resize(size.width, size.height));
    // The fault tests need a real panic in a real session; nobody sets this by accident.
    let panic_key = std::env::var_os("KNOOP_TEST_PANIC_KEY").is_some();
    let mut stamp = file_stamp(&app.path);
    let mut dirty = true;
    let mut quit = false;
    loop {
        if let Some(saver) = saver {
            while let Some(report) = saver.try_report() {
                if report.outcome.is_ok() {
                    stamp = file_stamp(&app.path);
                }
                let effects = app.update(Msg::Saved(report));
                quit |= perform(app, Some(saver), effects);
                dirty = true;
            }
        }
        while let Some((generation, analysis)) = analyst::try_result() {
            let effects = app.update(Msg::Analysed(generation, analysis));
            quit |= perform(app, saver, effects);
            dirty = true;
        }
        for msg in FOLLOW_UPS.with(|f| std::mem::take(&mut *f.borrow_mut())) {
            let effects = app.update(msg);
            quit |= perform(app, saver, effects);
            dirty = true;
        }
        if let Some(read) = reader::try_result() {
            let effects = app.update(Msg::ImportRead(Box::new(read)));
            quit |= perform(app, saver, effects);
            dirty = true;
        }
        leaving.set_pending(app.generation != app.persist.submitted());
        if quit || leaving.asked() {
            return Ok(());
        }
        if dirty {
            terminal.draw(|f| crate::ui::render(app, f))?;
            dirty = false;
        }
        // The frame is out; if no further input is waiting, the pause has begun and a pending
        // change goes to the writer now, so a signal or a crash a moment later finds it there.
        // Only a burst of input (a held key, a paste) makes it wait for the pause.
        // Likewise the analyst gets its copy of the workspace only now.
        if app.analysis_pending()
            && !event::poll(Duration::ZERO).wrap_err("reading the terminal")?
        {
            analyst::release(|| {
                let input = crate::analysis::graph::MapInput::of(&app.ws);
                (app.graph_generation, input)
            });
        }
        if saver.is_some()
            && app.save_waiting()
            && !event::poll(Duration::ZERO).wrap_err("reading the terminal")?
        {
            let before = app.persist.state().clone();
            let effects = app.update(Msg::Tick);
            quit |= perform(app, saver, effects);
            leaving.set_pending(app.generation != app.persist.submitted());
            dirty |= before != *app.persist.state();
        }
        // Block for input; wake only while a save is under way, or once a second to pick up
        // what shell commands handed over. An idle knoop writes nothing to the terminal.
        let timeout = if app.analysis_pending() || reader::busy() {
            Some(Duration::from_millis(20))
        } else {
            saver.map(|_| {
                if app.persist.busy() {
                    Duration::from_millis(20)
                } else {
                    Duration::from_secs(1)
                }
            })
        };
        let ready = match timeout {
            Some(t) => event::poll(t).wrap_err("reading the terminal")?,
            None => true,
        };
        let msgs = if ready {
            let ev = event::read().wrap_err("reading the terminal")?;
            assert!(
                !(panic_key && matches!(&ev, Event::Key(k) if k.code == KeyCode::F(12))),
                "KNOOP_TEST_PANIC_KEY: F12 pressed"
            );
            app.msg_for(&ev).into_iter().collect()
        } else if saver.is_some() {
            look_around(app, &mut stamp)
        } else {
            Vec::new()
        };
        for msg in msgs {
            // A look around that found nothing new must not draw: an idle knoop writes nothing.
            let quiet = matches!(msg, Msg::Tick | Msg::Journal(_));
            let before = (app.generation, app.persist.state().clone());
            // Until the message is taken in, a signal must wait for this loop: the message may
            // commit an edit (and close its draft) that only this loop can hand over.
            leaving.set_pending(true);
            let effects = app.update(msg);
            quit |= perform(app, saver, effects);
            leaving.set_pending(app.generation != app.persist.submitted());
            dirty |= !quiet || before != (app.generation, app.persist.state().clone());
        }
    }
}

/// The once-a-second look while nothing happens: shell hand-overs, whether someone else changed
/// the file, and the time for a failed save's retry. Not while a save is under way, whose own
/// write would look like someone else's.
fn look_around(app: &App, stamp: &mut Option<(SystemTime, u64)>) -> Vec<Msg> {
    let mut msgs = vec![Msg::Tick];
    if app.persist.in_flight() {
        return msgs;
    }
    if journal::has_entries(&app.path) {
        msgs.push(Msg::Journal(journal::read_all(&app.path)));
    }
    let now = file_stamp(&app.path);
    if now != *stamp {
        *stamp = now;
        msgs.push(Msg::FileChanged);
    }
    msgs
}
