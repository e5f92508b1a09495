//! The application state: the workspace, the UI state around it, and undo/redo.
//!
//! [`App::update`] (in `update.rs`) is the only place that changes either. Keys become
//! [`Action`]s through the [`keymap`] table, which also feeds the footer and the help overlay.

pub mod action;
pub mod actors;
pub mod agenda;
mod ambition;
pub mod assign;
pub mod basis;
mod basis_view;
pub mod conflicts;
pub mod cursor;
mod decision;
pub mod dialogs;
pub mod draft;
pub mod form;
pub mod foundation;
pub mod identity;
pub mod import;
pub mod keymap;
pub mod layout;
pub mod log;
pub mod log_entry;
pub mod log_search;
pub mod map;
pub mod meeting;
pub mod meeting_update;
pub mod mouse;
pub mod msg;
pub mod network_roles;
pub mod overlay;
pub mod overview;
pub mod palette;
pub mod picker;
pub mod register;
pub mod roles;
pub mod timeline;
pub mod update;

#[cfg(test)]
mod tests;

use std::path::PathBuf;

use jiff::civil::Date;

pub use action::{Action, Toward};
pub use cursor::Cursor;
pub use msg::{Effect, Msg};
pub use overlay::{Confirm, Form, Overlay, Picker};

pub use crate::store::persist::SaveState;

use crate::i18n::Lang;
use crate::store::persist::Persistence;
use crate::workspace::{Edit, Workspace};

/// The nine panes, in the order of the keys `1`-`9`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Pane {
    /// Overzicht.
    #[default]
    Overview,
    /// Basis: the questionnaire.
    Basis,
    /// Actoren.
    Actors,
    /// Rollen.
    Roles,
    /// Identiteit.
    Identity,
    /// Agenda.
    Agenda,
    /// Fundament.
    Foundation,
    /// Logboek.
    Log,
    /// Kaart: the network drawn.
    Map,
}

impl Pane {
    /// All panes in tab order.
    pub const ALL: [Self; 9] = [
        Self::Overview,
        Self::Basis,
        Self::Actors,
        Self::Roles,
        Self::Identity,
        Self::Agenda,
        Self::Foundation,
        Self::Log,
        Self::Map,
    ];

    /// Position in the tab order.
    pub fn index(self) -> usize {
        self as usize
    }
}

/// State that lives only while knoop runs: never saved. Each pane owns its own part.
#[derive(Debug, Default)]
pub struct UiState {
    /// The pane shown.
    pub pane: Pane,
    /// A dialog or overlay on top of the pane.
    pub overlay: Option<Overlay>,
    /// A short message in the status line, cleared by the next key.
    pub message: Option<String>,
    /// Terminal size, as last reported.
    pub size: (u16, u16),
    /// Overzicht: where the to-do is scrolled to.
    pub overview: overview::OverviewPane,
    /// Basis: the questionnaire.
    pub basis: basis::BasisPane,
    /// Actoren: the register, search, sort, rings and an actor's details.
    pub actors: actors::ActorsPane,
    /// Rollen.
    pub roles: roles::RolesPane,
    /// Identiteit: the card's columns.
    pub identity: identity::IdentityPane,
    /// Agenda: topics, ambitions and the engagement grid.
    pub agenda: agenda::AgendaPane,
    /// Fundament: the rules.
    pub foundation: foundation::FoundationPane,
    /// Logboek: entries and open follow-ups.
    pub log: log::LogPane,
    /// Kaart: the view on the map and who is selected.
    pub map: map::MapPane,
    /// The help: how far it is scrolled.
    pub help_top: u16,
}

/// Rows derived from the workspace, recomputed after each change rather than on every frame.
#[derive(Debug, Default)]
pub struct Views {
    /// The actors register: indices after search and sort.
    pub actors: Vec<usize>,
    /// Matched letters of each register row's name.
    pub hits: Vec<Vec<u32>>,
    /// Every actor, by name (the roles pane).
    pub by_name: Vec<usize>,
    /// When each actor was last in the log.
    pub last_contact: std::collections::HashMap<crate::workspace::Id, jiff::Timestamp>,
    /// Log indices, newest first.
    pub log_all: Vec<usize>,
    /// The log rows shown: `log_all` narrowed by the Log pane's search.
    pub log: Vec<usize>,
    /// Topic indices shown on the agenda (all, or the coalition candidates).
    pub topics: Vec<usize>,
    /// Open follow-ups across the log, oldest due first: (entry index, follow-up index).
    pub open_follow_ups: Vec<(usize, usize)>,
    /// What the method would point out (the Overview, Roles and the questionnaire summary).
    pub gaps: Vec<crate::analysis::Gap>,
    /// The leader's to-do for today (the Overview).
    pub todo: Vec<crate::analysis::Todo>,
    /// Per questionnaire screen whether it is answered (`None`: nothing to answer).
    pub answered: Vec<Option<bool>>,
    /// Every actor's name in lowercase, in `ws.actors` order: the sort key of both lists.
    pub name_keys: Vec<String>,
    /// The relation graph measured (made off the UI thread; `None` until the first arrives).
    pub analysis: Option<std::sync::Arc<crate::analysis::graph::Analysis>>,
    /// Per actor its degree and betweenness, from `analysis`, for the register.
    pub measures: std::collections::HashMap<crate::workspace::Id, (usize, f64)>,
}

/// Which parts of the workspace an edit touched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Touched {
    /// The actors (names, positions, roles ...).
    pub actors: bool,
    /// The log (last contacts, follow-ups).
    pub log: bool,
    /// The relation graph (actors or relations), which the analysis measures.
    pub graph: bool,
}

impl Touched {
    /// Everything, as after loading.
    pub const fn all() -> Self {
        Self {
            actors: true,
            log: true,
            graph: true,
        }
    }

    /// What `edit` touched.
    pub fn by(edit: &Edit) -> Self {
        use crate::workspace::{Change, Record};
        let mut t = Self {
            actors: false,
            log: false,
            graph: false,
        };
        for c in &edit.changes {
            let (Change::Insert { record, .. }
            | Change::Remove { record, .. }
            | Change::Replace { after: record, .. }) = c;
            match record {
                Record::Actor(_) => {
                    t.actors = true;
                    t.graph = true;
                }
                Record::Relation(_) => t.graph = true,
                Record::Log(_) => t.log = true,
                _ => {}
            }
        }
        t
    }
}

/// `previous` (an order of `0..n` from before a change) with what no longer exists left out and
/// what is new added at the end: the starting point for re-sorting a list that barely changed.
fn order_hint(previous: &[usize], n: usize) -> Vec<usize> {
    let mut seen = vec![false; n];
    let mut order: Vec<usize> = previous
        .iter()
        .copied()
        .filter(|i| *i < n && !std::mem::replace(&mut seen[*i], true))
        .collect();
    order.extend((0..n).filter(|i| !seen[*i]));
    order
}

/// The whole application.
#[derive(Debug)]
pub struct App {
    /// The network being worked on.
    pub ws: Workspace,
    /// Pane, selection, dialogs.
    pub ui: UiState,
    /// Derived rows.
    pub views: Views,
    /// The UI language.
    pub lang: Lang,
    /// Whether colours may be used (`NO_COLOR` unset).
    pub color: bool,
    /// The workspace file.
    pub path: PathBuf,
    /// Why edits are refused, if they are.
    pub read_only: Option<String>,
    /// Where the workspace stands with respect to its file (shown in the status line).
    pub persist: Persistence,
    /// A writer is attached: [`App::update`] hands it snapshots as the workspace moves on.
    pub autosave: bool,
    /// Committed edits, oldest first.
    pub undo: Vec<Edit>,
    /// Undone edits, most recent last.
    pub redo: Vec<Edit>,
    /// Bumped by every change to the workspace; the loop saves when it moves.
    pub generation: u64,
    /// Today, for overdue marks (fixed in tests).
    pub today: Date,
    /// The time zone times are shown in (the system's; UTC in tests).
    pub tz: jiff::tz::TimeZone,
    /// Set when the user asked to quit.
    pub quit: bool,
    /// The draft as last handed to the loop (`None`: nothing typed and unsaved).
    pub last_draft: Option<String>,
    /// Journal entries taken in during this session.
    pub journal_seen: std::collections::HashSet<crate::workspace::Id>,
    /// Bumped when actors or relations change: the analysis is of the graph this old.
    pub graph_generation: u64,
    /// The graph generation last handed to the analyst.
    pub analysis_asked: u64,
    /// The graph generation of the analysis held.
    pub analysed: u64,
    /// A file to import, asked for and not yet handed to the loop to read.
    pub import_file: Option<PathBuf>,
    /// An export asked for from the palette, not yet handed to the loop to write.
    pub pending_export: Option<(PathBuf, String)>,
}

impl App {
    /// An app on `ws`, loaded from `path`.
    pub fn new(ws: Workspace, path: PathBuf, lang: Lang, today: Date) -> Self {
        let mut app = Self {
            ws,
            ui: UiState {
                size: (80, 24),
                ..UiState::default()
            },
            views: Views::default(),
            lang,
            color: true,
            path,
            read_only: None,
            persist: Persistence::new(),
            autosave: false,
            undo: Vec::new(),
            redo: Vec::new(),
            generation: 0,
            today,
            tz: jiff::tz::TimeZone::system(),
            quit: false,
            journal_seen: std::collections::HashSet::new(),
            last_draft: None,
            graph_generation: 0,
            analysis_asked: 0,
            analysed: 0,
            import_file: None,
            pending_export: None,
        };
        app.refresh_views();
        app
    }

    /// Opens knoop read-only, with the reason shown in the status line.
    pub fn set_read_only(&mut self, reason: String) {
        self.persist.set_read_only(reason.clone());
        self.read_only = Some(reason);
    }

    /// Recomputes every derived view.
    pub fn refresh_views(&mut self) {
        self.refresh_after(&Touched::all());
    }

    /// Recomputes the views that depend on what an edit touched; the rest stay as they are.
    pub fn refresh_after(&mut self, touched: &Touched) {
        if touched.graph {
            self.graph_generation += 1;
        }
        if touched.actors {
            self.views.name_keys = self
                .ws
                .actors
                .iter()
                .map(|a| a.name.to_lowercase())
                .collect();
            // Starting from the previous order, a stable sort of a list that changed in a few
            // places costs about one pass rather than a full sort.
            let n = self.ws.actors.len();
            let mut by_name = order_hint(&self.views.by_name, n);
            let keys = &self.views.name_keys;
            by_name.sort_by(|a, b| keys[*a].cmp(&keys[*b]));
            self.views.by_name = by_name;
        }
        if touched.log {
            self.views.last_contact = register::last_contacts(&self.ws);
            self.views.open_follow_ups = log::open_follow_ups(&self.ws);
            let mut log = order_hint(&self.views.log_all, self.ws.log.len());
            log.sort_by(|a, b| self.ws.log[*b].at.cmp(&self.ws.log[*a].at));
            self.views.log_all = log;
            self.refresh_log_rows();
        }
        self.views.gaps = crate::analysis::gaps(&self.ws, self.today);
        self.views.todo =
            crate::analysis::todo(&self.ws, self.today, &self.views.last_contact, &self.tz);
        self.views.answered = crate::questionnaire::screens()
            .iter()
            .map(|s| crate::questionnaire::is_answered(&self.ws, s))
            .collect();
        if touched.actors || touched.log {
            self.refresh_rows();
        } else {
            self.refresh_topics();
        }
    }

    /// Recomputes the rows that depend on search, sort and filters as well as the workspace.
    pub fn refresh_rows(&mut self) {
        let hint = order_hint(&self.views.actors, self.ws.actors.len());
        let rows = register::rows(
            &self.ws,
            &register::Query::parse(&self.ui.actors.query),
            self.ui.actors.sort,
            &self.views.last_contact,
            &self.views.measures,
            &self.views.name_keys,
            &hint,
        );
        self.views.actors = rows.rows;
        self.views.hits = rows.hits;
        self.refresh_topics();
    }

    fn refresh_topics(&mut self) {
        let min = self.ui.agenda.candidates_min;
        self.views.topics = (0..self.ws.topics.len())
            .filter(|i| min == 0 || self.ws.topics[*i].candidates().len() >= min)
            .collect();
    }

    /// How many rows the pane's main list has.
    pub fn row_count(&self, pane: Pane) -> usize {
        match pane {
            Pane::Overview | Pane::Basis | Pane::Map => 0,
            Pane::Actors => self.views.actors.len(),
            Pane::Roles => self.views.by_name.len(),
            Pane::Identity => self
                .ws
                .identity
                .session_words(self.ui.identity.area, self.shown_session())
                .len(),
            Pane::Agenda => self.views.topics.len(),
            Pane::Foundation => self.ws.foundation.rules.len(),
            Pane::Log => self.views.log.len(),
        }
    }

    /// The cursor of a pane's main list (`None` for the panes without one).
    pub fn cursor(&self, pane: Pane) -> Option<&Cursor> {
        match pane {
            Pane::Overview | Pane::Basis | Pane::Map => None,
            Pane::Actors => Some(&self.ui.actors.cursor),
            Pane::Roles => Some(&self.ui.roles.cursor),
            Pane::Identity => Some(&self.ui.identity.cursor),
            Pane::Agenda => Some(&self.ui.agenda.topics),
            Pane::Foundation => Some(&self.ui.foundation.cursor),
            Pane::Log => Some(&self.ui.log.entries),
        }
    }

    /// The first row shown of a pane's main list.
    pub fn offset(&self, pane: Pane) -> usize {
        self.cursor(pane).map_or(0, |c| c.offset)
    }

    /// The selected row of the current pane's main list, clamped to the rows there are.
    pub fn selected(&self) -> Option<usize> {
        let pane = self.ui.pane;
        self.cursor(pane)?.row(self.row_count(pane))
    }

    /// The actor selected in the Actors pane (the one whose details are open, if any), or in
    /// the Roles pane.
    pub fn selected_actor(&self) -> Option<&crate::workspace::Actor> {
        if self.ui.pane == Pane::Roles {
            let row = self.ui.roles.cursor.row(self.views.by_name.len())?;
            return self.ws.actors.get(*self.views.by_name.get(row)?);
        }
        if let Some(id) = self.ui.actors.detail_id() {
            return self.ws.actor(id);
        }
        let row = self.ui.actors.cursor.row(self.views.actors.len())?;
        self.ws.actors.get(*self.views.actors.get(row)?)
    }

    /// Text in the UI language.
    pub fn t(&self, l: crate::i18n::L) -> &'static str {
        self.lang.pick(l)
    }

    /// Text in the UI language that names the key of `action` as `{key}`.
    pub fn t_key(&self, l: crate::i18n::L, action: Action) -> String {
        crate::i18n::fill(self.t(l), &[("key", &keymap::key_of(action))])
    }
}
