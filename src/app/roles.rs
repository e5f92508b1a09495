//! The actions of the Roles pane: a role starts or ends on a date (history is never
//! overwritten), and leadership orientations are switched on or off per actor.

use super::form::{Field, Form, FormKind};
use super::{Action, App, Overlay};
use crate::i18n as t;
use crate::workspace::Vocabulary;
use crate::workspace::{Id, Orientation, Role};

/// The Roles pane's own state.
#[derive(Debug, Default)]
pub struct RolesPane {
    /// The selected actor (by name).
    pub cursor: super::Cursor,
}

impl App {
    /// Carries out an action of the Roles pane: opens the form for it on the selected actor.
    pub(super) fn roles_update(&mut self, action: Action) {
        if let Some(delta) = self.movement(action) {
            self.move_selection(delta);
            return;
        }
        if !matches!(
            action,
            Action::StartRole | Action::EndRole | Action::ToggleOrientation
        ) || !self.writable()
        {
            return;
        }
        let Some(actor) = self.selected_actor().cloned() else {
            self.say(t::NO_SELECTION, &[]);
            return;
        };
        let today = self.today.to_string();
        let form = match action {
            Action::StartRole => {
                let coalitions = self.ambition_options();
                Form::new(
                    FormKind::StartRole(actor.id),
                    vec![
                        Field::term(t::FIELD_ROLE, Role::Participant, self.lang),
                        Field::record(t::FIELD_COALITION, coalitions, 0),
                        Field::text(t::FIELD_FROM, &today),
                    ],
                )
            }
            Action::EndRole => {
                let current: Vec<String> = actor
                    .current_roles()
                    .map(|p| self.role_label(p.role, p.coalition))
                    .collect();
                if current.is_empty() {
                    self.say(t::NO_CURRENT_ROLE, &[]);
                    return;
                }
                Form::new(
                    FormKind::EndRole(actor.id),
                    vec![
                        Field::choice(t::FIELD_CURRENT_ROLE, current, 0),
                        Field::text(t::FIELD_UNTIL, &today),
                    ],
                )
            }
            _ => {
                let options = Orientation::ALL
                    .iter()
                    .map(|o| {
                        let on = self
                            .ws
                            .foundation
                            .leadership
                            .iter()
                            .any(|c| c.actor == actor.id && c.orientation == *o);
                        format!(
                            "{} {}",
                            if on { "[x]" } else { "[ ]" },
                            self.lang.pick(o.text())
                        )
                    })
                    .collect();
                Form::new(
                    FormKind::Orientation(actor.id),
                    vec![Field::choice(t::FIELD_ORIENTATION, options, 0)],
                )
            }
        };
        self.ui.overlay = Some(Overlay::Form(form));
    }

    /// A role as shown: `coalitieleider (Gezonde school)`.
    pub fn role_label(&self, role: Role, coalition: Option<crate::workspace::Id>) -> String {
        let name = self.lang.pick(role.text());
        match coalition.and_then(|c| self.ws.ambition(c)) {
            Some(a) => format!("{name} ({})", crate::workspace::text::clean(&a.title)),
            None => name.to_owned(),
        }
    }

    /// Saves the form in which a role starts for actor `id`.
    pub(super) fn submit_start_role(&mut self, form: &Form, id: Id) -> Result<(), t::L> {
        let role: Role = form.term(t::FIELD_ROLE);
        let coalition = form
            .record(t::FIELD_COALITION)
            .filter(|id| self.ws.ambition(*id).is_some());
        if role == Role::Coalitieleider && coalition.is_none() {
            return Err(t::NEED_COALITION);
        }
        let from = super::foundation::date(&form.text(t::FIELD_FROM), self.today)?;
        let edit = self
            .ws
            .start_role(id, role, coalition, from)
            .ok_or(t::ROLE_EXISTS)?;
        self.commit(edit);
        let label = self.role_label(role, coalition);
        self.say(t::ROLE_STARTED, &[("role", &label)]);

        Ok(())
    }
    /// Saves the form in which one of actor `id`'s roles ends.
    pub(super) fn submit_end_role(&mut self, form: &Form, id: Id) -> Result<(), t::L> {
        let until = super::foundation::date(&form.text(t::FIELD_UNTIL), self.today)?;
        let index = form.choice(t::FIELD_CURRENT_ROLE);
        let label = self
            .ws
            .actor(id)
            .and_then(|a| a.current_roles().nth(index))
            .map(|p| self.role_label(p.role, p.coalition))
            .unwrap_or_default();
        let edit = self
            .ws
            .end_role(id, index, until)
            .ok_or(t::NO_CURRENT_ROLE)?;
        self.commit(edit);
        self.say(t::ROLE_ENDED, &[("role", &label)]);

        Ok(())
    }
    /// Switches a leadership orientation of actor `id`.
    pub(super) fn submit_orientation(&mut self, form: &Form, id: Id) {
        let o = Orientation::ALL[form.choice(t::FIELD_ORIENTATION).min(3)];
        let edit = self.ws.toggle_orientation(id, o);
        self.commit(edit);
        let on = self
            .ws
            .foundation
            .leadership
            .iter()
            .any(|c| c.actor == id && c.orientation == o);
        let name = self.ws.actor_name(id).to_owned();
        self.say(
            if on {
                t::ORIENTATION_ON
            } else {
                t::ORIENTATION_OFF
            },
            &[("name", &name), ("o", self.lang.pick(o.text()))],
        );
    }
}
