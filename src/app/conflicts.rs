//! The Conflicts view (`C`): the fields a merge left open, one per line with both values;
//! `h` keeps this side's value (here), `t` takes the other side's (there), each one undoable
//! edit; it closes when the last is chosen.

use super::{App, Overlay};
use crate::i18n as t;
use crate::workspace::resolve::Side;

impl App {
    /// Whether a merge left a conflict in record `id` of `list` (the file's name of the list):
    /// the lists mark such a record with `≠`.
    pub fn in_conflict(&self, list: &str, id: crate::workspace::Id) -> bool {
        !self.ws.conflicts.is_empty()
            && self.ws.conflicts.iter().any(|c| {
                c.path.first().is_some_and(|l| l == list)
                    && c.record() == Some(id.to_string().as_str())
            })
    }

    /// Opens the view, or says there is nothing to choose.
    pub(super) fn open_conflicts(&mut self) {
        if self.ws.conflicts.is_empty() {
            self.say(t::CONFLICTS_NONE, &[]);
        } else {
            self.ui.overlay = Some(Overlay::Conflicts(0));
        }
    }

    /// Moves the selection in the view.
    pub(super) fn move_conflict(&mut self, delta: isize) {
        let last = self.ws.conflicts.len().saturating_sub(1);
        if let Some(Overlay::Conflicts(at)) = &mut self.ui.overlay {
            *at = at.saturating_add_signed(delta).min(last);
        }
    }

    /// `e`: keeps this side's value and opens the record to change it by hand (an actor's
    /// form; other records are changed in their pane, which the status line names).
    pub(super) fn edit_conflict(&mut self) {
        let Some(Overlay::Conflicts(at)) = self.ui.overlay else {
            return;
        };
        let Some(c) = self.ws.conflicts.get(at).cloned() else {
            return;
        };
        self.choose_conflict(Side::Ours);
        let actor = (c.path.first().map(String::as_str) == Some("actors"))
            .then(|| c.record().and_then(|id| id.parse().ok()))
            .flatten()
            .and_then(|id| self.ws.actor(id).cloned());
        match actor {
            Some(a) => {
                let form = self.edit_actor_form(&a);
                self.ui.overlay = Some(Overlay::Form(form));
            }
            None => self.say(t::CONFLICT_EDIT_THERE, &[]),
        }
    }

    /// Chooses `side` for the selected conflict.
    pub(super) fn choose_conflict(&mut self, side: Side) {
        let Some(Overlay::Conflicts(at)) = self.ui.overlay else {
            return;
        };
        if !self.writable() {
            return;
        }
        match self.ws.resolve(at, side) {
            Some(edit) => {
                self.commit(edit);
                let left = self.ws.conflicts.len();
                if left == 0 {
                    self.ui.overlay = None;
                    self.say(
                        t::CONFLICTS_DONE,
                        &[("key", &super::keymap::key_of(super::Action::Undo))],
                    );
                } else {
                    self.ui.overlay = Some(Overlay::Conflicts(at.min(left - 1)));
                    self.say(
                        t::CONFLICT_CHOSEN,
                        &[
                            ("n", &left.to_string()),
                            ("key", &super::keymap::key_of(super::Action::Undo)),
                        ],
                    );
                }
            }
            None => self.say(t::CONFLICT_UNFIT, &[]),
        }
    }
}
