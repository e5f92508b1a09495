//! The questionnaire's assignment screens: who leads, who sits where, who covers which
//! leadership orientation, what each actor brings and gets. Names are typed and matched
//! fuzzily (the form shows whom they match), and saving one screen is one undoable edit on the
//! same records the Actors and Roles panes show.

use super::App;
use super::form::{Field, Form, FormKind};
use crate::i18n as t;
use crate::questionnaire::assign;
use crate::questionnaire::{ScreenId, form_screens, list_screens};
use crate::workspace::Vocabulary;
use crate::workspace::text::clean;
use crate::workspace::{Edit, Id, Orientation, Position, Role};

pub(super) use crate::questionnaire::assign::items as split;

impl App {
    /// The names of these actors, separated by commas, as a names field holds them.
    pub(super) fn names_of(&self, ids: impl Iterator<Item = Id>) -> String {
        ids.map(|id| self.ws.actor_name(id).to_owned())
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn names_field(&self, caption: &str, ids: impl Iterator<Item = Id>) -> Field {
        Field::text(t::FIELD_NAMES, &self.names_of(ids)).captioned(caption.to_owned())
    }

    /// A field of names under a term's own label (a position, an orientation).
    fn term_field(&self, label: t::L, ids: impl Iterator<Item = Id>) -> Field {
        Field::text(label, &self.names_of(ids))
    }

    /// The form for an assignment screen, if `screen` is one.
    pub(super) fn assignment_form(&self, screen: ScreenId) -> Option<Form> {
        let ws = &self.ws;
        Some(match screen {
            ScreenId::Roles => {
                let leaders = ws
                    .actors
                    .iter()
                    .filter(|a| a.has_role(Role::Netwerkleider))
                    .map(|a| a.id);
                let boundary = ws
                    .actors
                    .iter()
                    .filter(|a| {
                        a.current_roles()
                            .any(|p| p.role == Role::Participant && p.coalition.is_none())
                    })
                    .map(|a| a.id);
                let mut fields = vec![
                    self.names_field(self.t(t::NETWORK_LEADERS), leaders),
                    self.term_field(t::FIELD_GRENSWERKERS, boundary),
                ];
                for amb in &ws.ambitions {
                    let caption = format!("{}: {}", self.t(t::LEADER_FIELD), clean(&amb.title));
                    fields.push(
                        self.names_field(&caption, amb.leader.into_iter())
                            .about(amb.id),
                    );
                }
                Form::new(FormKind::AssignRoles, fields)
            }
            ScreenId::Positions => {
                let fields = Position::ALL
                    .iter()
                    .map(|p| {
                        let ids = ws
                            .actors
                            .iter()
                            .filter(|a| a.position == Some(*p))
                            .map(|a| a.id);
                        self.term_field(p.text(), ids)
                    })
                    .collect();
                Form::new(FormKind::AssignPositions, fields)
            }
            ScreenId::Leiderschap => {
                let fields = Orientation::ALL
                    .iter()
                    .map(|o| {
                        let ids = ws
                            .foundation
                            .leadership
                            .iter()
                            .filter(|c| c.orientation == *o)
                            .map(|c| c.actor);
                        self.term_field(o.text(), ids)
                    })
                    .collect();
                Form::new(FormKind::AssignLeadership, fields)
            }
            ScreenId::HalenBrengen => {
                let mut fields = Vec::new();
                for a in ws.actors.iter().filter(|a| !a.prospective) {
                    let name = clean(&a.name);
                    let brings = format!("{name}: {}", self.t(t::FIELD_BRINGS_SHORT));
                    let gets = format!("{name}: {}", self.t(t::FIELD_GETS_SHORT));
                    let (b, g) = (a.brings.join("; "), a.gets.join("; "));
                    fields.push(
                        Field::text(t::FIELD_BRINGS, &b)
                            .captioned(brings)
                            .about(a.id),
                    );
                    fields.push(Field::text(t::FIELD_GETS, &g).captioned(gets).about(a.id));
                }
                Form::new(FormKind::HalenBrengen, fields)
            }
            form_screens!() | list_screens!() | ScreenId::Engagement | ScreenId::Summary => {
                return None;
            }
        })
    }

    /// The actors named in the fields labelled with each term, in the terms' order.
    fn named_per_term(&self, form: &Form, labels: &[t::L]) -> Result<Vec<Vec<Id>>, t::L> {
        labels
            .iter()
            .map(|l| self.actors_from_names(&form.text(*l)))
            .collect()
    }

    /// Commits the parts of one assignment as one undoable edit.
    pub(super) fn commit_parts(&mut self, parts: Vec<Option<Edit>>) {
        let mut edit = Edit::default();
        for part in parts.into_iter().flatten() {
            edit.changes.extend(part.changes);
        }
        self.commit(edit);
    }

    /// Saves who sits in the kern, the ring and the vrije ruimte.
    pub(super) fn submit_assign_positions(&mut self, form: &Form) -> Result<(), t::L> {
        let labels: Vec<t::L> = Position::ALL.iter().map(|p| p.text()).collect();
        let fields = self.named_per_term(form, &labels)?;
        let parts = crate::questionnaire::assign::positions(&mut self.ws, &fields);
        self.commit_parts(parts);
        Ok(())
    }

    /// Saves who covers each leadership orientation.
    pub(super) fn submit_assign_leadership(&mut self, form: &Form) -> Result<(), t::L> {
        let labels: Vec<t::L> = Orientation::ALL.iter().map(|o| o.text()).collect();
        let fields = self.named_per_term(form, &labels)?;
        let parts = crate::questionnaire::assign::leadership(&mut self.ws, &fields);
        self.commit_parts(parts);
        Ok(())
    }

    /// Saves who is netwerkleider and who leads each coalition.
    pub(super) fn submit_assign_roles(&mut self, form: &Form) -> Result<(), t::L> {
        let mut leaders = Vec::new();
        let mut per_ambition = Vec::new();
        for (about, names) in form.rows(t::FIELD_NAMES) {
            let ids = self.actors_from_names(&names)?;
            match about {
                None => leaders = ids,
                Some(ambition) => per_ambition.push((ambition, ids)),
            }
        }
        let boundary = self.actors_from_names(&form.text(t::FIELD_GRENSWERKERS))?;
        let today = self.today;
        let ws = &mut self.ws;
        let mut parts = assign::network_role(ws, Role::Netwerkleider, &leaders, today);
        parts.extend(assign::network_role(
            ws,
            Role::Participant,
            &boundary,
            today,
        ));
        for (ambition, ids) in per_ambition {
            parts.extend(assign::coalition_leader(
                ws,
                ambition,
                ids.first().copied(),
                today,
            ));
        }
        self.commit_parts(parts);
        Ok(())
    }

    /// Saves what each actor brings and comes to get.
    pub(super) fn submit_halen_brengen(&mut self, form: &Form) {
        let parts = self.assign_halen_brengen(form);
        self.commit_parts(parts);
    }

    fn assign_halen_brengen(&mut self, form: &Form) -> Vec<Option<Edit>> {
        let gets = form.rows(t::FIELD_GETS);
        form.rows(t::FIELD_BRINGS)
            .into_iter()
            .filter_map(|(about, brings)| {
                let id = about?;
                let gets = gets.iter().find(|(a, _)| *a == Some(id))?.1.clone();
                // An actor deleted while the form was open is left alone.
                self.ws.actor(id)?;
                Some(assign::halen_brengen(
                    &mut self.ws,
                    id,
                    Some(split(&brings)),
                    Some(split(&gets)),
                ))
            })
            .collect()
    }
}
