//! The fuzzy actor picker: type to narrow, arrows to choose, `Enter` to pick. What a pick does
//! (merge, relate, add to a coalition) is named when it opens.

use tui_input::Input;

use super::form::{Field, Form, FormKind};
use super::overlay::{PickFor, Picker};
use super::{App, Confirm, Overlay};
use crate::i18n as t;

impl App {
    /// Moves the picker's highlight.
    pub(super) fn move_pick(&mut self, delta: isize) {
        if let Some(Overlay::Picker(p)) = &mut self.ui.overlay {
            let n = p.hits.len().max(1) as isize;
            p.selected = (p.selected as isize + delta).rem_euclid(n) as usize;
        }
    }

    pub(super) fn open_picker(&mut self, purpose: PickFor) {
        self.ui.overlay = Some(Overlay::Picker(Picker {
            purpose,
            input: Input::default(),
            hits: Vec::new(),
            selected: 0,
        }));
        self.refresh_picker();
    }

    /// Recomputes the picker's hits: every actor but the one it is for, best match first.
    pub(super) fn refresh_picker(&mut self) {
        let Some(Overlay::Picker(p)) = &self.ui.overlay else {
            return;
        };
        let (PickFor::MergeInto(own) | PickFor::RelateFrom(own) | PickFor::CoalitionOf(own)) =
            p.purpose;
        let rows = self.actors_matching(p.input.value());
        let hits = rows
            .rows
            .into_iter()
            .filter(|i| self.ws.actors[*i].id != own)
            .collect();
        if let Some(Overlay::Picker(p)) = &mut self.ui.overlay {
            p.hits = hits;
            p.selected = 0;
        }
    }

    pub(super) fn pick(&mut self) {
        let Some(Overlay::Picker(p)) = &self.ui.overlay else {
            return;
        };
        let Some(target) = p.hits.get(p.selected).map(|i| self.ws.actors[*i].id) else {
            return;
        };
        self.ui.overlay = match p.purpose {
            PickFor::CoalitionOf(ambition) => {
                self.ui.overlay = None;
                self.add_member(ambition, target);
                return;
            }
            PickFor::MergeInto(from) => {
                Some(Overlay::Confirm(Confirm::Merge { from, into: target }))
            }
            PickFor::RelateFrom(from) => {
                let strengths = std::iter::once("-".to_owned())
                    .chain((1..=5).map(|n| n.to_string()))
                    .collect();
                Some(Overlay::Form(Form::new(
                    FormKind::NewRelation { from, to: target },
                    vec![
                        Field::text(t::FIELD_RELATION_KIND, "werkt samen"),
                        Field::toggle(t::FIELD_MUTUAL, true),
                        Field::choice(t::FIELD_STRENGTH, strengths, 0),
                        Field::text(t::FIELD_NOTE, ""),
                    ],
                )))
            }
        };
    }
}
