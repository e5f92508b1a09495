//! The actions of the Agenda pane: topics, the topics x actors engagement grid (one key per
//! level), coalition candidates, and ambitions with their coalition, coalitieleider and what
//! each partner invests.

use super::form::{Field, Form, FormKind};
use super::overlay::PickFor;
use super::{Action, App, Overlay};
use crate::i18n as t;
use crate::workspace::Vocabulary;
use crate::workspace::{Ambition, AmbitionKind, Engagement, Id, Record, Topic};

/// The Agenda pane's own state.
#[derive(Debug, Default)]
pub struct AgendaPane {
    /// Which part has the keys.
    pub focus: AgendaFocus,
    /// The selected topic (a row of the list and of the grid).
    pub topics: super::Cursor,
    /// The selected ambition.
    pub ambitions: super::Cursor,
    /// The grid's selected actor column (actors by name).
    pub columns: super::Cursor,
    /// Show only topics with at least this many meedoen/meebepalen (0: all).
    pub candidates_min: usize,
    /// The ambition open in full, if any.
    pub detail: Option<Id>,
    /// The first line of the open ambition shown.
    pub detail_top: usize,
}

/// Which part of the Agenda pane has the keys.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub enum AgendaFocus {
    /// The topics list.
    #[default]
    Topics,
    /// The ambitions under it.
    Ambitions,
    /// The topics x actors engagement grid; leaving it goes back to `back`.
    Grid {
        /// Topics, or Ambitions (after a topic was promoted in the grid).
        back: GridBack,
    },
}

/// Where leaving the grid goes.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub enum GridBack {
    /// The topics list.
    #[default]
    Topics,
    /// The ambitions.
    Ambitions,
}

impl AgendaPane {
    /// Whether the engagement grid is shown.
    pub fn in_grid(&self) -> bool {
        matches!(self.focus, AgendaFocus::Grid { .. })
    }
}

impl App {
    /// The topic the agenda's selection is on: its index in `ws.topics`.
    pub fn selected_topic(&self) -> Option<usize> {
        let row = self.ui.agenda.topics.row(self.views.topics.len())?;
        self.views.topics.get(row).copied()
    }

    /// The ambition the agenda's selection is on.
    fn selected_ambition(&self) -> Option<usize> {
        self.ui.agenda.ambitions.row(self.ws.ambitions.len())
    }

    /// Carries out an action of the Agenda pane.
    pub(super) fn agenda_update(&mut self, action: Action) {
        if self.ui.agenda.detail.is_some() && self.ambition_detail_update(action) {
            return;
        }
        if let Some(delta) = self.movement(action) {
            self.move_selection(delta);
            return;
        }
        let focus = self.ui.agenda.focus;
        match action {
            Action::ToggleGrid => {
                self.ui.agenda.focus = match focus {
                    AgendaFocus::Grid {
                        back: GridBack::Topics,
                    } => AgendaFocus::Topics,
                    AgendaFocus::Grid {
                        back: GridBack::Ambitions,
                    } => AgendaFocus::Ambitions,
                    AgendaFocus::Topics => AgendaFocus::Grid {
                        back: GridBack::Topics,
                    },
                    AgendaFocus::Ambitions => AgendaFocus::Grid {
                        back: GridBack::Ambitions,
                    },
                };
            }
            Action::FocusLeft | Action::FocusRight if self.ui.agenda.in_grid() => {
                let cols = self.views.by_name.len();
                let visible = super::layout::grid_columns(self);
                let delta = if action == Action::FocusRight { 1 } else { -1 };
                self.ui.agenda.columns.move_by(delta, cols, visible);
            }
            Action::OpenDetail => self.open_detail_here(),
            Action::FocusLeft => self.ui.agenda.focus = AgendaFocus::Topics,
            Action::FocusRight => self.ui.agenda.focus = AgendaFocus::Ambitions,
            Action::CycleCandidates => {
                self.ui.agenda.candidates_min = (self.ui.agenda.candidates_min + 1) % 4;
                self.refresh_rows();
                self.scroll_into_view();
                let n = self.ui.agenda.candidates_min.to_string();
                self.say(
                    if self.ui.agenda.candidates_min == 0 {
                        t::ALL_TOPICS
                    } else {
                        t::CANDIDATES_ONLY
                    },
                    &[("n", &n)],
                );
            }
            _ if !self.writable() => {}
            Action::SetEngagement(level) => self.set_engagement(level),
            Action::AddItem if focus != AgendaFocus::Ambitions => {
                self.ui.overlay = Some(Overlay::Form(self.topic_form(None)));
            }
            Action::EditItem if focus != AgendaFocus::Ambitions => {
                if let Some(i) = self.selected_topic() {
                    let id = self.ws.topics[i].id;
                    self.ui.overlay = Some(Overlay::Form(self.topic_form(Some(id))));
                }
            }
            Action::DeleteItem if focus != AgendaFocus::Ambitions => {
                if let Some(i) = self.selected_topic()
                    && let Some(edit) = self
                        .ws
                        .remove_record(&Record::Topic(Box::new(Topic::new(""))), i)
                {
                    self.commit(edit);
                    self.say(t::TOPIC_DELETED, &[]);
                }
            }
            Action::Promote => {
                let promoted = self.selected_topic().and_then(|i| {
                    let topic = self.ws.topics[i].id;
                    self.ws
                        .ambitions
                        .iter()
                        .position(|a| a.topic == Some(topic))
                });
                if let Some(j) = promoted {
                    // One ambition per topic: the one there is, opened, rather than a second.
                    self.open_ambition(j);
                    let title = self.ws.ambitions[j].title.clone();
                    self.say(t::TOPIC_PROMOTED_ALREADY, &[("title", &title)]);
                } else if let Some(i) = self.selected_topic() {
                    let title = self.ws.topics[i].title.clone();
                    let fields = vec![
                        Field::text(t::FIELD_TITLE, &title),
                        Field::term(t::FIELD_KIND, AmbitionKind::Project, self.lang),
                    ];
                    let id = self.ws.topics[i].id;
                    self.ui.overlay = Some(Overlay::Form(Form::new(FormKind::Promote(id), fields)));
                }
            }
            _ => self.ambition_action(action),
        }
    }

    /// Enter: the selected ambition in full; on a topic, the ambition made of it.
    fn open_detail_here(&mut self) {
        let i = if self.ui.agenda.focus == AgendaFocus::Ambitions {
            self.selected_ambition()
        } else {
            let topic = self.selected_topic().map(|i| self.ws.topics[i].id);
            self.ws
                .ambitions
                .iter()
                .position(|a| a.topic.is_some() && a.topic == topic)
        };
        match i {
            Some(i) => self.open_ambition(i),
            None if self.ui.agenda.focus == AgendaFocus::Ambitions => self.say(
                t::NO_AMBITION,
                &[("key", &super::keymap::key_of(Action::Promote))],
            ),
            None => self.say(
                t::TOPIC_NOT_AMBITION,
                &[("key", &super::keymap::key_of(Action::Promote))],
            ),
        }
    }

    fn ambition_action(&mut self, action: Action) {
        let Some(a) = self.selected_ambition() else {
            self.say(
                t::NO_AMBITION,
                &[("key", &super::keymap::key_of(super::Action::Promote))],
            );
            return;
        };
        let amb = self.ws.ambitions[a].clone();
        let members: Vec<(String, Option<Id>)> = amb
            .coalition
            .iter()
            .map(|id| {
                let name = crate::workspace::text::clean(self.ws.actor_name(*id)).into_owned();
                (name, Some(*id))
            })
            .collect();
        let form = match action {
            Action::EditItem => Form::new(
                FormKind::Ambition(amb.id),
                vec![
                    Field::text(t::FIELD_TITLE, &amb.title),
                    Field::term(t::FIELD_KIND, amb.kind, self.lang),
                    Field::term(t::COL_STATUS, amb.status, self.lang),
                    Field::text(t::FIELD_DESCRIPTION, &amb.description),
                    Field::text(t::FIELD_NEXT_STEP, &amb.next_step),
                    Field::text(
                        t::FIELD_DATE,
                        &amb.next_date.map(|d| d.to_string()).unwrap_or_default(),
                    ),
                    Field::text(
                        t::FIELD_NEXT_MEETING,
                        &amb.next_meeting.map(|d| d.to_string()).unwrap_or_default(),
                    ),
                ],
            ),
            Action::DeleteItem => {
                // Its coalitieleider's role ends with it, so Roles never names a coalition
                // that is gone; one undoable edit.
                let mut edit = self.end_leadership(amb.id).unwrap_or_default();
                if let Some(removed) = self.ws.remove_record(&Record::Ambition(Box::new(amb)), a) {
                    edit.changes.extend(removed.changes);
                    self.commit(edit);
                    self.say(t::AMBITION_DELETED, &[]);
                }
                return;
            }
            Action::AddMember => {
                self.open_picker(PickFor::CoalitionOf(amb.id));
                return;
            }
            _ if members.is_empty() => {
                self.say(
                    t::EMPTY_COALITION,
                    &[("key", &super::keymap::key_of(super::Action::AddMember))],
                );
                return;
            }
            Action::RemoveMember => Form::new(
                FormKind::RemoveMember(amb.id),
                vec![Field::record(t::FIELD_MEMBER, members, 0)],
            ),
            Action::ChooseLeader => {
                let index = amb
                    .leader
                    .and_then(|l| amb.coalition.iter().position(|m| *m == l))
                    .unwrap_or(0);
                Form::new(
                    FormKind::Leader(amb.id),
                    vec![Field::record(t::LEADER_FIELD, members, index)],
                )
            }
            Action::AddInvestment => Form::new(
                FormKind::Investment(amb.id),
                vec![
                    Field::record(t::FIELD_MEMBER, members, 0),
                    Field::text(t::FIELD_TIME, ""),
                    Field::text(t::FIELD_MONEY, ""),
                    Field::text(t::FIELD_KNOWLEDGE, ""),
                ],
            ),
            _ => return,
        };
        self.ui.overlay = Some(Overlay::Form(form));
    }

    fn set_engagement(&mut self, level: u8) {
        let (Some(i), Some(actor)) = (
            self.selected_topic(),
            self.views
                .by_name
                .get(self.ui.agenda.columns.row)
                .map(|a| self.ws.actors[*a].id),
        ) else {
            return;
        };
        let level = level
            .checked_sub(1)
            .and_then(|l| Engagement::ALL.get(usize::from(l)))
            .copied();
        let topic = self.ws.topics[i].id;
        if let Some(edit) =
            crate::questionnaire::assign::engagement(&mut self.ws, topic, actor, level)
        {
            self.commit(edit);
        }
    }

    fn topic_form(&self, id: Option<Id>) -> Form {
        let topic = id.and_then(|id| self.ws.topics.iter().find(|t| t.id == id));
        let raised = topic
            .and_then(|t| t.raised_by)
            .map(|id| self.ws.actor_name(id).to_owned())
            .unwrap_or_default();
        Form::new(
            FormKind::Topic(id),
            vec![
                Field::text(t::COL_TOPIC, topic.map_or("", |t| t.title.as_str())),
                Field::text(
                    t::FIELD_DESCRIPTION,
                    topic.map_or("", |t| t.description.as_str()),
                ),
                Field::text(t::FIELD_RAISED_BY, &raised),
            ],
        )
    }

    fn topic_index(&self, id: Id) -> Result<usize, t::L> {
        self.ws
            .topics
            .iter()
            .position(|t| t.id == id)
            .ok_or(t::GONE)
    }

    fn ambition_index(&self, id: Id) -> Result<usize, t::L> {
        self.ws
            .ambitions
            .iter()
            .position(|a| a.id == id)
            .ok_or(t::GONE)
    }

    /// Saves the topic form: a new topic, or this one changed.
    pub(super) fn submit_topic(&mut self, form: &Form, id: Option<Id>) -> Result<(), t::L> {
        let title = form.text(t::COL_TOPIC);
        if title.is_empty() {
            return Err(t::TEXT_EMPTY);
        }
        let raised = form.text(t::FIELD_RAISED_BY);
        let raised_by = if raised.is_empty() {
            None
        } else {
            Some(self.find_actor(&raised).ok_or(t::UNKNOWN_ACTOR)?)
        };
        let at = id.map(|id| self.topic_index(id)).transpose()?;
        let mut topic = at.map_or_else(|| Topic::new(""), |i| self.ws.topics[i].clone());
        topic.title = title;
        topic.description = form.text(t::FIELD_DESCRIPTION);
        topic.raised_by = raised_by;
        let edit = match at {
            Some(i) => self.ws.replace_record(i, Record::Topic(Box::new(topic))),
            None => Some(self.ws.push_record(Record::Topic(Box::new(topic)))),
        };
        if let Some(edit) = edit {
            self.commit(edit);
        }
        Ok(())
    }

    /// Saves the promote form: this topic becomes an ambition with its coalition from the grid.
    pub(super) fn submit_promote(&mut self, form: &Form, topic: Id) -> Result<(), t::L> {
        let title = form.text(t::FIELD_TITLE);
        if title.is_empty() {
            return Err(t::TEXT_EMPTY);
        }
        let i = self.topic_index(topic)?;
        let mut amb = Ambition::from_topic(&self.ws.topics[i], &title);
        amb.kind = form.term(t::FIELD_KIND);
        let n = amb.coalition.len().to_string();
        let edit = self.ws.push_record(Record::Ambition(Box::new(amb)));
        self.commit(edit);
        self.ui.agenda.focus = if self.ui.agenda.in_grid() {
            AgendaFocus::Grid {
                back: GridBack::Ambitions,
            }
        } else {
            AgendaFocus::Ambitions
        };
        let rows = self.ws.ambitions.len();
        let page = self.page_rows();
        self.ui.agenda.ambitions.select(rows - 1, rows, page);
        self.say(t::PROMOTED, &[("n", &n)]);
        Ok(())
    }

    /// Saves the ambition form.
    pub(super) fn submit_ambition(&mut self, form: &Form, id: Id) -> Result<(), t::L> {
        let title = form.text(t::FIELD_TITLE);
        if title.is_empty() {
            return Err(t::TEXT_EMPTY);
        }
        let i = self.ambition_index(id)?;
        let mut amb = self.ws.ambitions[i].clone();
        amb.title = title;
        amb.kind = form.term(t::FIELD_KIND);
        amb.status = form.term(t::COL_STATUS);
        amb.description = form.text(t::FIELD_DESCRIPTION);
        amb.next_step = form.text(t::FIELD_NEXT_STEP);
        amb.next_date = super::foundation::optional_date(&form.text(t::FIELD_DATE), self.today)?;
        amb.next_meeting =
            super::foundation::optional_date(&form.text(t::FIELD_NEXT_MEETING), self.today)?;
        self.replace_ambition(i, amb);
        Ok(())
    }

    /// Saves a change to one coalition member of an ambition, chosen in `field`.
    pub(super) fn submit_member(
        &mut self,
        form: &Form,
        id: Id,
        field: t::L,
        change: impl FnOnce(&mut Ambition, Id),
    ) -> Result<(), t::L> {
        let i = self.ambition_index(id)?;
        let mut amb = self.ws.ambitions[i].clone();
        let member = form
            .record(field)
            .filter(|m| amb.coalition.contains(m))
            .ok_or(t::GONE)?;
        change(&mut amb, member);
        self.replace_ambition(i, amb);
        Ok(())
    }

    /// Ends today the current coalitieleider role of ambition `id`, whoever holds it.
    pub(super) fn end_leadership(&mut self, id: Id) -> Option<crate::workspace::Edit> {
        let (actor, index) = self.ws.actors.iter().find_map(|a| {
            a.current_roles()
                .position(|p| {
                    p.role == crate::workspace::Role::Coalitieleider && p.coalition == Some(id)
                })
                .map(|i| (a.id, i))
        })?;
        self.ws.end_role(actor, index, self.today)
    }

    /// Takes a member out of an ambition's coalition; the coalitieleider's role ends with it.
    pub(super) fn submit_remove_member(&mut self, form: &Form, id: Id) -> Result<(), t::L> {
        let i = self.ambition_index(id)?;
        let member = form
            .record(t::FIELD_MEMBER)
            .filter(|m| self.ws.ambitions[i].coalition.contains(m))
            .ok_or(t::GONE)?;
        let mut edit = crate::workspace::Edit::default();
        if self.ws.ambitions[i].leader == Some(member)
            && let Some(ended) = self.end_leadership(id)
        {
            edit.changes.extend(ended.changes);
        }
        let mut amb = self.ws.ambitions[i].clone();
        amb.coalition.retain(|m| *m != member);
        amb.leader = amb.leader.filter(|l| *l != member);
        if let Some(changed) = self.ws.replace_record(i, Record::Ambition(Box::new(amb))) {
            edit.changes.extend(changed.changes);
        }
        self.commit(edit);
        Ok(())
    }

    fn replace_ambition(&mut self, i: usize, amb: Ambition) {
        if let Some(edit) = self.ws.replace_record(i, Record::Ambition(Box::new(amb))) {
            self.commit(edit);
        }
    }

    /// The coalitieleider chosen with `L`: the role (dated today) is the one source of truth,
    /// so the ambition names them through it, and a previous leader's role there ends; one
    /// undoable edit.
    pub(super) fn submit_leader(&mut self, form: &Form, id: Id) -> Result<(), t::L> {
        let i = self.ambition_index(id)?;
        let member = form
            .record(t::LEADER_FIELD)
            .filter(|m| self.ws.ambitions[i].coalition.contains(m))
            .ok_or(t::GONE)?;
        let today = self.today;
        let parts =
            crate::questionnaire::assign::coalition_leader(&mut self.ws, id, Some(member), today);
        self.commit_parts(parts);
        Ok(())
    }

    /// Adds the picked actor to an ambition's coalition.
    pub(super) fn add_member(
        &mut self,
        ambition: crate::workspace::Id,
        actor: crate::workspace::Id,
    ) {
        if let Some(i) = self.ws.ambitions.iter().position(|a| a.id == ambition) {
            let mut amb = self.ws.ambitions[i].clone();
            let name = self.ws.actor_name(actor).to_owned();
            if amb.coalition.contains(&actor) {
                self.say(t::MEMBER_ALREADY, &[("name", &name), ("title", &amb.title)]);
            } else {
                amb.coalition.push(actor);
                let title = amb.title.clone();
                self.replace_ambition(i, amb);
                self.say(t::MEMBER_ADDED, &[("name", &name), ("title", &title)]);
            }
        }
    }
}
