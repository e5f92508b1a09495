//! Importing from the Actors pane (`i`): a file name typed in a form, the file read and parsed
//! off the UI thread (the loop's [`super::Effect::ReadImport`]), then the preview on screen,
//! the same lines `knoop import` prints; `y` takes it in as one undoable edit, `n` leaves
//! everything as it was.

use std::path::PathBuf;

use super::form::{Field, Form, FormKind};
use super::{App, Overlay};
use crate::i18n::{self as t, count, fill};
use crate::import::preview::{self, Mark};
use crate::import::{Incoming, plan};

/// The preview of an import, open on screen.
#[derive(Debug, Clone)]
pub struct ImportView {
    /// The file, as the user typed it.
    pub file: String,
    /// What the file holds; planned again against the workspace when taken in.
    pub incoming: Incoming,
    /// The preview's lines.
    pub lines: Vec<(Mark, String)>,
    /// The first line shown.
    pub top: usize,
}

/// What the loop's reader brings back: the file's rows, or why it could not be read.
pub type ImportRead = Result<(String, Incoming), String>;

/// A typed file name as a path: `~/` is the home folder.
pub(super) fn expand(typed: &str) -> PathBuf {
    match (typed.strip_prefix("~/"), std::env::var_os("HOME")) {
        (Some(rest), Some(home)) => PathBuf::from(home).join(rest),
        _ => PathBuf::from(typed),
    }
}

impl App {
    /// Opens the form that asks which file.
    pub(super) fn open_import(&mut self) {
        self.ui.overlay = Some(Overlay::Form(Form::new(
            FormKind::Import,
            vec![Field::text(t::FIELD_IMPORT_FILE, "")],
        )));
    }

    /// The form's file name: the loop reads it (see [`App::import_file`]).
    pub(super) fn submit_import(&mut self, form: &Form) -> Result<(), t::L> {
        let typed = form.text(t::FIELD_IMPORT_FILE);
        if typed.trim().is_empty() {
            return Err(t::IMPORT_WHICH_FILE);
        }
        let path = expand(typed.trim());
        if !path.is_file() {
            return Err(t::IMPORT_NO_FILE);
        }
        self.import_file = Some(path);
        self.say(t::IMPORT_READING, &[("file", typed.trim())]);
        Ok(())
    }

    /// The file is read: its preview opens, or, in its place, why it could not be read (the
    /// place in the file and what to do take more room than the status line has).
    pub(super) fn import_read(&mut self, read: ImportRead) {
        match read {
            Err(why) => {
                self.ui.message = None;
                self.ui.overlay = Some(Overlay::Import(Box::new(ImportView {
                    file: String::new(),
                    incoming: Incoming::default(),
                    lines: vec![(Mark::Warn, why)],
                    top: 0,
                })));
            }
            Ok((file, incoming)) => {
                self.ui.message = None;
                let planned = plan(&self.ws, incoming.clone());
                let lines = preview::lines(&planned, &self.ws, self.lang, None);
                self.ui.overlay = Some(Overlay::Import(Box::new(ImportView {
                    file,
                    incoming,
                    lines,
                    top: 0,
                })));
            }
        }
    }

    /// `y` on the preview: the import as one undoable edit, planned on the workspace as it is.
    pub(super) fn take_import(&mut self, view: &ImportView) {
        if !self.writable() {
            return;
        }
        let planned = plan(&self.ws, view.incoming.clone());
        if planned.is_empty() {
            self.say(t::IMPORT_NOTHING, &[]);
            return;
        }
        let edit = self.ws.commit(planned.changes(&self.ws));
        self.commit(edit);
        let lang = self.lang;
        let a = count(
            lang,
            planned.actors.len(),
            t::IMPORT_ACTOR,
            t::IMPORT_ACTORS,
        );
        let r = count(
            lang,
            planned.relations.len(),
            t::IMPORT_RELATION,
            t::IMPORT_RELATIONS,
        );
        self.ui.message = Some(fill(self.t(t::IMPORT_TAKEN), &[("a", &a), ("r", &r)]));
    }

    /// Scrolls the preview by `delta` lines, within its length.
    pub(super) fn scroll_import(&mut self, delta: isize) {
        if let Some(Overlay::Import(view)) = &mut self.ui.overlay {
            let last = view.lines.len().saturating_sub(1);
            view.top = view.top.saturating_add_signed(delta).min(last);
        }
    }
}
