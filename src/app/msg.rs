//! Messages in, effects out: everything that happens to a running knoop arrives as one [`Msg`],
//! [`App::update`] is the only place that changes state, and what must happen outside the app
//! (write a snapshot, empty the journal, quit) comes back as [`Effect`]s for the loop to perform.

use std::sync::Arc;
use std::time::Instant;

use ratatui::crossterm::event::{Event, KeyEvent, KeyEventKind};

use super::keymap;
use super::{Action, App};
use crate::store::journal::Contents;
use crate::store::persist::SaveJob;
use crate::store::saver::SaveReport;
use crate::workspace::Workspace;

/// Something that happened.
#[derive(Debug, Clone)]
pub enum Msg {
    /// A key the keymap bound to an action.
    Action(Action),
    /// A key no binding took: text for the focused field, if any.
    Type(KeyEvent),
    /// Bracketed paste: only ever text, never keys.
    Paste(String),
    /// The terminal has a new size.
    Resize(u16, u16),
    /// A click or the wheel.
    Mouse(ratatui::crossterm::event::MouseEvent),
    /// The writer reports on a save.
    Saved(SaveReport),
    /// Changes handed over by shell commands through the journal, and how many of its lines
    /// were torn or damaged.
    Journal(Contents),
    /// Someone else changed the file on disk.
    FileChanged,
    /// Time passed (the loop's poll ran out): a failed save may be due for its retry.
    Tick,
    /// knoop is about to leave: whatever is not saved yet is handed over now.
    Leave,
    /// A file an export asked for could not be written: where, and the system's reason.
    WriteFailed(String, String),
    /// The file asked for by an import was read (or could not be).
    ImportRead(Box<super::import::ImportRead>),
    /// The analyst measured the graph of this generation.
    Analysed(u64, Arc<crate::analysis::graph::Analysis>),
}

impl From<Action> for Msg {
    fn from(action: Action) -> Self {
        Self::Action(action)
    }
}

/// Something for the loop to do.
#[derive(Debug)]
pub enum Effect {
    /// Hand this snapshot to the writer, which serialises and saves it.
    Save(SaveJob),
    /// Empty the journal of what this snapshot, now on disk, holds (and of the entries taken in
    /// this session, whose records the user may have deleted since).
    TrimJournal(
        Arc<Workspace>,
        std::collections::HashSet<crate::workspace::Id>,
    ),
    /// Write this text to this file (an export), mode 0600.
    Export(std::path::PathBuf, String),
    /// Keep this as what is typed and unsaved (`None`: there is nothing).
    Draft(Option<String>),
    /// Read and parse this file to import, off the UI thread; the rows come back as
    /// [`Msg::ImportRead`].
    ReadImport(std::path::PathBuf),
    /// Measure the graph (and lay out the map) off the UI thread, once the loop is free.
    Analyse,
    /// Leave.
    Quit,
}

impl App {
    /// The message a terminal event means here, by the keymap of what has the keys now.
    pub fn msg_for(&self, event: &Event) -> Option<Msg> {
        match event {
            Event::Key(key) if key.kind != KeyEventKind::Release => {
                let scopes = keymap::scopes(self.ui.pane, self.dialog_scope());
                Some(keymap::action_for(&scopes, *key).map_or(Msg::Type(*key), Msg::Action))
            }
            Event::Paste(text) => Some(Msg::Paste(text.clone())),
            Event::Resize(w, h) => Some(Msg::Resize(*w, *h)),
            Event::Mouse(m) => Some(Msg::Mouse(*m)),
            _ => None,
        }
    }

    /// How soon the loop should send [`Msg::Tick`] without input (`None`: only input or the
    /// once-a-second look wakes it).
    pub fn wake_in(&self) -> Option<std::time::Duration> {
        if !self.autosave {
            return None;
        }
        self.persist.wake_in(self.generation, Instant::now())
    }

    /// Whether a change waits only for a pause in the input to go to the writer.
    pub fn save_waiting(&self) -> bool {
        self.autosave && self.persist.waiting(self.generation, Instant::now())
    }

    /// A terminal event, through [`Self::msg_for`] and [`Self::update`].
    pub fn handle_event(&mut self, event: &Event) -> Vec<Effect> {
        self.msg_for(event)
            .map(|m| self.update(m))
            .unwrap_or_default()
    }

    /// Takes in one message; the only place where the app's state changes. Returns what the loop
    /// must do: a save when the workspace moved on, a journal trim when a save made it safe, quit.
    pub fn update(&mut self, msg: impl Into<Msg>) -> Vec<Effect> {
        let now = Instant::now();
        let mut effects = Vec::new();
        let msg = msg.into();
        // A key may be followed by the next at once; the snapshot waits for a pause.
        let quiet = !matches!(
            msg,
            Msg::Action(_) | Msg::Type(_) | Msg::Paste(_) | Msg::Resize(..) | Msg::Mouse(_)
        );
        match msg {
            Msg::Action(Action::ExportMinutes) => {
                self.ui.message = None;
                if let Some(export) = self.minutes_of_selected() {
                    effects.push(export);
                }
            }
            Msg::Action(action) => {
                self.ui.message = None;
                self.act(action);
            }
            Msg::Type(key) => {
                self.ui.message = None;
                self.type_into_field(&Event::Key(key));
            }
            Msg::Paste(text) => self.paste(&text),
            Msg::Mouse(m) => {
                self.ui.message = None;
                self.mouse(m);
            }
            Msg::Resize(w, h) => {
                self.ui.size = (w, h);
                self.scroll_into_view();
            }
            Msg::Saved(report) => {
                let clock = jiff::Zoned::now().strftime("%H:%M:%S").to_string();
                let after = self
                    .persist
                    .on_report(&report, self.generation, now, &clock);
                if after.trim_journal
                    && let Some(s) = self.persist.saved_snapshot()
                {
                    effects.push(Effect::TrimJournal(
                        Arc::clone(s),
                        self.journal_seen.clone(),
                    ));
                }
            }
            Msg::Journal(contents) => {
                self.apply_journal(&contents.entries);
                self.say_skipped(contents.skipped);
            }
            Msg::FileChanged => self.persist.on_file_changed(),
            Msg::Analysed(generation, analysis) => self.take_analysis(generation, analysis),
            Msg::ImportRead(read) => self.import_read(*read),
            Msg::WriteFailed(path, e) => {
                self.say(crate::i18n::EXPORT_FAILED, &[("path", &path), ("e", &e)]);
            }
            Msg::Tick => {}
            Msg::Leave => {
                if self.autosave
                    && let Some(job) = self.persist.last_save(self.generation, || self.ws.clone())
                {
                    effects.push(Effect::Save(job));
                }
                return effects;
            }
        }
        if self.autosave
            && let Some(job) = self
                .persist
                .due(self.generation, now, quiet, || self.ws.clone())
        {
            effects.push(Effect::Save(job));
        }
        // Only the knoop that writes the file keeps its drafts: a second, read-only one never
        // takes over another's.
        if self.autosave {
            let draft = self.draft_json();
            if draft != self.last_draft {
                self.last_draft.clone_from(&draft);
                effects.push(Effect::Draft(draft));
            }
        }
        if let Some((file, text)) = self.pending_export.take() {
            effects.push(Effect::Export(file, text));
        }
        if let Some(file) = self.import_file.take() {
            effects.push(Effect::ReadImport(file));
        }
        if self.graph_generation != self.analysis_asked {
            self.analysis_asked = self.graph_generation;
            effects.push(Effect::Analyse);
        }
        if self.quit {
            effects.push(Effect::Quit);
        }
        effects
    }

    /// Says that `skipped` lines of the journal were torn or damaged, if any.
    fn say_skipped(&mut self, skipped: usize) {
        if skipped == 0 {
            return;
        }
        let file = crate::store::journal::journal_path(&self.path);
        let name = file.file_name().map(|n| n.to_string_lossy().into_owned());
        let n = crate::i18n::count(
            self.lang,
            skipped,
            crate::i18n::N_BAD_LINE,
            crate::i18n::N_BAD_LINES,
        );
        self.say(
            crate::i18n::JOURNAL_SKIPPED,
            &[("n", &n), ("file", &name.unwrap_or_default())],
        );
    }

    /// Whether the analyst is measuring a graph whose result has not arrived.
    pub fn analysis_pending(&self) -> bool {
        self.analysed < self.analysis_asked
    }

    /// Takes in a measured graph, unless a newer one arrived already.
    fn take_analysis(&mut self, generation: u64, analysis: Arc<crate::analysis::graph::Analysis>) {
        if generation < self.analysed {
            return;
        }
        self.analysed = generation;
        self.views.measures = analysis
            .actors
            .iter()
            .map(|m| (m.id, (m.degree, m.betweenness)))
            .collect();
        self.views.analysis = Some(analysis);
        if matches!(
            self.ui.actors.sort,
            super::register::SortKey::Degree | super::register::SortKey::Betweenness
        ) {
            self.refresh_rows();
        }
    }

    /// Measures the graph on this thread, as the analyst would (for tests and snapshots).
    pub fn analyse_now(&mut self) {
        let input = crate::analysis::graph::MapInput::of(&self.ws);
        let analysis = crate::analysis::graph::analyse_with_map(&input);
        self.analysis_asked = self.graph_generation;
        self.take_analysis(self.graph_generation, Arc::new(analysis));
    }
}
