//! knoop: a keyboard-first terminal workbench for organising collaboration networks, after the
//! Dutch method "samenwerken in netwerken".
//!
//! - [`workspace`]: the domain (actors, identity, ambitions, foundation, log) and its
//!   vocabularies; plain data, every change an undoable `Edit`.
//! - [`store`]: finding, locking, loading, validating and atomically saving the workspace file,
//!   the persistence state machine, the writer thread that serialises snapshots, and the journal
//!   through which shell commands hand changes to an open knoop.
//! - [`analysis`]: derived views such as gaps and counts; pure.
//! - [`questionnaire`]: the screens of "De basis van je netwerk" as data.
//! - [`i18n`]: every UI string in Dutch and English.
//! - [`app`]: `App::update(Msg) -> Vec<Effect>`, the only place state changes; the keymap;
//!   each pane's own state and handler; typed forms; the layout authority.
//! - [`ui`]: rendering; borrows the app, never changes it.
//! - [`cli`]: the command line and its non-interactive commands.
//! - [`config`]: the user's own `knoop.toml` (language, default workspace, theme, mouse).
//! - [`export`]: what leaves knoop as text for people (the minutes of a meeting); pure.
//! - [`import`]: what comes in (CSV, Kumu, GraphML, GEXF), matched against the workspace and
//!   shown as a preview before it goes in as one edit; pure.
//! - [`merge`]: two edits of one workspace merged three-way by record and field (git's merge
//!   driver); pure.
//! - [`tui`]: the terminal session and the loop: read, update, perform the effects, draw.

pub mod analysis;
pub mod app;
pub mod cli;
pub mod config;
pub mod export;
pub mod i18n;
pub mod import;
pub mod merge;
pub mod questionnaire;
pub mod store;
pub mod tui;
pub mod ui;
pub mod workspace;
