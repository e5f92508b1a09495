//! The timeline (`T`): the snapshots, newest first, and what changed from the selected one to
//! now, the same text `knoop diff` prints. `s` takes a snapshot now; the phase form takes one
//! of the network as it was whenever the phase changes.

use super::form::{Field, Form, FormKind};
use super::{App, Overlay};
use crate::analysis::diff::diff_with;
use crate::export::changes;
use crate::i18n::{self as t, fill};
use crate::workspace::Record;
use crate::workspace::snapshot::Snapshot;

/// Networks larger than this get the timeline's diff without the betweenness changes, which
/// would cost the UI thread a measurable pause (`knoop diff` always has them).
const BRIDGES_UP_TO: usize = 500;

/// The timeline, open.
#[derive(Debug, Clone, Default)]
pub struct TimelineView {
    /// The selected snapshot, 0 the newest.
    pub selected: usize,
    /// What changed from it to now, as lines.
    pub lines: Vec<String>,
    /// The first line of the change shown.
    pub top: usize,
}

impl App {
    /// The snapshots, newest first.
    pub fn timeline(&self) -> Vec<&Snapshot> {
        let mut all: Vec<&Snapshot> = self.ws.snapshots.iter().collect();
        all.sort_by_key(|s| std::cmp::Reverse(s.at));
        all
    }

    fn timeline_lines(&self, selected: usize) -> Vec<String> {
        let Some(s) = self.timeline().get(selected).copied() else {
            return vec![self.t_key(t::TIMELINE_EMPTY, super::Action::TakeSnapshot)];
        };
        let bridges = self.ws.actors.len() <= BRIDGES_UP_TO;
        let d = diff_with(&s.workspace(), &self.ws, bridges);
        let title = fill(
            self.t(t::DIFF_TITLE),
            &[("a", &self.snapshot_label(s)), ("b", self.t(t::DIFF_NOW))],
        );
        changes::text(&d, &title, self.lang)
            .lines()
            .map(str::to_owned)
            .collect()
    }

    /// A snapshot as people call it, in this knoop's time zone.
    pub fn snapshot_label(&self, s: &Snapshot) -> String {
        s.label(&self.tz)
    }

    /// Opens the timeline on the newest snapshot.
    pub(super) fn open_timeline(&mut self) {
        let lines = self.timeline_lines(0);
        self.ui.overlay = Some(Overlay::Timeline(Box::new(TimelineView {
            selected: 0,
            lines,
            top: 0,
        })));
    }

    /// Selects another snapshot (`delta` 1: an older one).
    pub(super) fn move_timeline(&mut self, delta: isize) {
        let last = self.ws.snapshots.len().saturating_sub(1);
        let Some(Overlay::Timeline(view)) = &self.ui.overlay else {
            return;
        };
        let selected = view.selected.saturating_add_signed(delta).min(last);
        let lines = self.timeline_lines(selected);
        self.ui.overlay = Some(Overlay::Timeline(Box::new(TimelineView {
            selected,
            lines,
            top: 0,
        })));
    }

    /// Scrolls the change shown.
    pub(super) fn scroll_timeline(&mut self, delta: isize) {
        if let Some(Overlay::Timeline(view)) = &mut self.ui.overlay {
            let last = view.lines.len().saturating_sub(1);
            view.top = view.top.saturating_add_signed(delta).min(last);
        }
    }

    /// Asks what the snapshot to take marks.
    pub(super) fn ask_snapshot(&mut self) {
        if self.writable() {
            let form = Form::new(
                FormKind::Snapshot,
                vec![Field::text(t::FIELD_SNAPSHOT, &self.today.to_string())],
            );
            self.ui.overlay = Some(Overlay::Form(form));
        }
    }

    /// Takes a snapshot named `name`: one undoable edit.
    pub(super) fn take_snapshot(&mut self, name: &str) {
        let s = Snapshot::of(&self.ws, name, jiff::Timestamp::now());
        let edit = self.ws.push_record(Record::Snapshot(Box::new(s)));
        self.commit(edit);
        self.say(t::SNAPSHOT_KEPT, &[("name", name.trim())]);
    }

    /// The form's name: the snapshot taken, the timeline open on it.
    pub(super) fn submit_snapshot(&mut self, form: &Form) {
        let name = form.text(t::FIELD_SNAPSHOT);
        self.take_snapshot(&name);
        self.open_timeline();
    }
}
