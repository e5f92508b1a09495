//! The questionnaire's assignment screens: who leads, who sits where, who covers which
//! leadership orientation, what each actor brings and gets. Names are typed and matched
//! fuzzily (the form shows whom they match), and saving one screen is one undoable edit on the
//! same records the Actors and Roles panes show.

use super::App;
use super::form::{Field, Form, FormKind};
use crate::i18n as t;
use crate::questionnaire::{ScreenId, form_screens, list_screens};
use crate::workspace::Vocabulary;
use crate::workspace::text::clean;
use crate::workspace::{Actor, Edit, Id, Orientation, Position, Record, Role};

pub(super) fn split(text: &str) -> Vec<String> {
    text.split(';')
        .map(str::trim)
        .filter(|x| !x.is_empty())
        .map(str::to_owned)
        .collect()
}

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
                let mut fields = vec![self.names_field(self.t(t::NETWORK_LEADERS), leaders)];
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
        let parts = self.assign_positions(&fields);
        self.commit_parts(parts);
        Ok(())
    }

    /// Saves who covers each leadership orientation.
    pub(super) fn submit_assign_leadership(&mut self, form: &Form) -> Result<(), t::L> {
        let labels: Vec<t::L> = Orientation::ALL.iter().map(|o| o.text()).collect();
        let fields = self.named_per_term(form, &labels)?;
        let parts = self.assign_leadership(&fields);
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
        let parts = self.assign_roles(&leaders, &per_ambition);
        self.commit_parts(parts);
        Ok(())
    }

    /// Saves what each actor brings and comes to get.
    pub(super) fn submit_halen_brengen(&mut self, form: &Form) {
        let parts = self.assign_halen_brengen(form);
        self.commit_parts(parts);
    }

    fn assign_positions(&mut self, fields: &[Vec<Id>]) -> Vec<Option<Edit>> {
        let actors = self.ws.actors.clone();
        actors
            .into_iter()
            .map(|a| {
                let position = Position::ALL
                    .iter()
                    .zip(fields)
                    .find(|(_, ids)| ids.contains(&a.id))
                    .map(|(p, _)| *p);
                self.ws.update_actor(Actor { position, ..a })
            })
            .collect()
    }

    fn assign_leadership(&mut self, fields: &[Vec<Id>]) -> Vec<Option<Edit>> {
        let mut edits = Vec::new();
        for (o, ids) in Orientation::ALL.iter().zip(fields) {
            let now: Vec<Id> = self
                .ws
                .foundation
                .leadership
                .iter()
                .filter(|c| c.orientation == *o)
                .map(|c| c.actor)
                .collect();
            let flips: Vec<Id> = now
                .iter()
                .filter(|id| !ids.contains(id))
                .chain(ids.iter().filter(|id| !now.contains(id)))
                .copied()
                .collect();
            for id in flips {
                edits.push(Some(self.ws.toggle_orientation(id, *o)));
            }
        }
        edits
    }

    fn assign_roles(
        &mut self,
        leaders: &[Id],
        per_ambition: &[(Id, Vec<Id>)],
    ) -> Vec<Option<Edit>> {
        let today = self.today;
        let mut edits = Vec::new();
        for a in self.ws.actors.clone() {
            let holds = a
                .current_roles()
                .position(|p| p.role == Role::Netwerkleider);
            match (leaders.contains(&a.id), holds) {
                (true, None) => {
                    edits.push(self.ws.start_role(a.id, Role::Netwerkleider, None, today));
                }
                (false, Some(i)) => edits.push(self.ws.end_role(a.id, i, today)),
                _ => {}
            }
        }
        for (ambition, ids) in per_ambition {
            // An ambition deleted while the form was open is left alone.
            let Some(amb) = self.ws.ambition(*ambition).cloned() else {
                continue;
            };
            let wanted = ids.first().copied();
            if wanted == amb.leader {
                continue;
            }
            if let Some(old) = amb.leader
                && let Some(i) = self
                    .ws
                    .actor(old)
                    .and_then(|a| a.current_roles().position(|p| p.coalition == Some(amb.id)))
            {
                edits.push(self.ws.end_role(old, i, today));
            }
            if let Some(id) = wanted {
                edits.push(
                    self.ws
                        .start_role(id, Role::Coalitieleider, Some(amb.id), today),
                );
            } else if let Some(i) = self.ws.ambitions.iter().position(|x| x.id == amb.id) {
                let mut unled = self.ws.ambitions[i].clone();
                unled.leader = None;
                edits.push(self.ws.replace_record(i, Record::Ambition(Box::new(unled))));
            }
        }
        edits
    }

    fn assign_halen_brengen(&mut self, form: &Form) -> Vec<Option<Edit>> {
        let gets = form.rows(t::FIELD_GETS);
        form.rows(t::FIELD_BRINGS)
            .into_iter()
            .filter_map(|(about, brings)| {
                let id = about?;
                let gets = gets.iter().find(|(a, _)| *a == Some(id))?.1.clone();
                // An actor deleted while the form was open is left alone.
                let a = self.ws.actor(id)?.clone();
                Some(self.ws.update_actor(Actor {
                    brings: split(&brings),
                    gets: split(&gets),
                    ..a
                }))
            })
            .collect()
    }
}
