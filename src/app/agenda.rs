//! The actions of the Agenda pane: topics, the topics x actors engagement grid (one key per
//! level), coalition candidates, and ambitions with their coalition, coalitieleider and what
//! each partner invests.

use super::form::{Field, Form, FormKind};
use super::overlay::PickFor;
use super::{Action, App, Overlay};
use crate::i18n::{self as t, Term};
use crate::workspace::{
    Ambition, AmbitionKind, AmbitionStatus, Engagement, Investment, Record, Topic,
};

const KINDS: [AmbitionKind; 4] = [
    AmbitionKind::Project,
    AmbitionKind::Programme,
    AmbitionKind::Event,
    AmbitionKind::JointActivity,
];
const STATUSES: [AmbitionStatus; 5] = [
    AmbitionStatus::Idea,
    AmbitionStatus::Active,
    AmbitionStatus::Paused,
    AmbitionStatus::Done,
    AmbitionStatus::Stopped,
];

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

    fn kind_options(&self) -> Vec<String> {
        KINDS
            .iter()
            .map(|k| self.lang.pick(k.text()).to_owned())
            .collect()
    }

    /// The ambition the agenda's selection is on.
    fn selected_ambition(&self) -> Option<usize> {
        self.ui.agenda.ambitions.row(self.ws.ambitions.len())
    }

    /// Carries out an action of the Agenda pane.
    pub(super) fn agenda_update(&mut self, action: Action) {
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
                    self.ui.overlay = Some(Overlay::Form(self.topic_form(Some(i))));
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
                if let Some(i) = self.selected_topic() {
                    let title = self.ws.topics[i].title.clone();
                    let fields = vec![
                        Field::text(t::FIELD_TITLE, &title),
                        Field::choice(t::FIELD_KIND, self.kind_options(), 0),
                    ];
                    self.ui.overlay = Some(Overlay::Form(Form::new(FormKind::Promote(i), fields)));
                }
            }
            _ => self.ambition_action(action),
        }
    }

    fn ambition_action(&mut self, action: Action) {
        let Some(a) = self.selected_ambition() else {
            self.say(t::NO_AMBITION, &[]);
            return;
        };
        let amb = self.ws.ambitions[a].clone();
        let members: Vec<String> = amb
            .coalition
            .iter()
            .map(|id| crate::workspace::text::clean(self.ws.actor_name(*id)).into_owned())
            .collect();
        let form = match action {
            Action::EditItem => {
                let kind = KINDS.iter().position(|k| *k == amb.kind).unwrap_or(0);
                let status = STATUSES.iter().position(|s| *s == amb.status).unwrap_or(0);
                Form::new(
                    FormKind::Ambition(a),
                    vec![
                        Field::text(t::FIELD_TITLE, &amb.title),
                        Field::choice(t::FIELD_KIND, self.kind_options(), kind),
                        Field::choice(
                            t::COL_STATUS,
                            STATUSES
                                .iter()
                                .map(|s| self.lang.pick(s.text()).to_owned())
                                .collect(),
                            status,
                        ),
                        Field::text(t::FIELD_DESCRIPTION, &amb.description),
                        Field::text(t::FIELD_NEXT_STEP, &amb.next_step),
                        Field::text(
                            t::FIELD_DATE,
                            &amb.next_date.map(|d| d.to_string()).unwrap_or_default(),
                        ),
                    ],
                )
            }
            Action::DeleteItem => {
                if let Some(edit) = self.ws.remove_record(&Record::Ambition(Box::new(amb)), a) {
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
                self.say(t::EMPTY_COALITION, &[]);
                return;
            }
            Action::RemoveMember => Form::new(
                FormKind::RemoveMember(a),
                vec![Field::choice(t::FIELD_MEMBER, members, 0)],
            ),
            Action::ChooseLeader => {
                let index = amb
                    .leader
                    .and_then(|l| amb.coalition.iter().position(|m| *m == l))
                    .unwrap_or(0);
                Form::new(
                    FormKind::Leader(a),
                    vec![Field::choice(t::LEADER_FIELD, members, index)],
                )
            }
            Action::AddInvestment => Form::new(
                FormKind::Investment(a),
                vec![
                    Field::choice(t::FIELD_MEMBER, members, 0),
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
        let mut topic = self.ws.topics[i].clone();
        match level
            .checked_sub(1)
            .and_then(|l| Engagement::ALL.get(usize::from(l)))
        {
            Some(l) => topic.engagement.insert(actor, *l),
            None => topic.engagement.remove(&actor),
        };
        if let Some(edit) = self.ws.replace_record(i, Record::Topic(Box::new(topic))) {
            self.commit(edit);
        }
    }

    fn topic_form(&self, at: Option<usize>) -> Form {
        let topic = at.and_then(|i| self.ws.topics.get(i));
        let raised = topic
            .and_then(|t| t.raised_by)
            .map(|id| self.ws.actor_name(id).to_owned())
            .unwrap_or_default();
        Form::new(
            FormKind::Topic(at),
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

    /// Saves an Agenda form.
    pub(super) fn submit_agenda_form(&mut self, form: &Form) -> Result<(), t::L> {
        match form.kind {
            FormKind::Topic(at) => {
                let title = form.text(0);
                if title.is_empty() {
                    return Err(t::TEXT_EMPTY);
                }
                let raised = form.text(2);
                let raised_by = if raised.is_empty() {
                    None
                } else {
                    Some(self.find_actor(&raised).ok_or(t::UNKNOWN_ACTOR)?)
                };
                let mut topic = at
                    .and_then(|i| self.ws.topics.get(i))
                    .cloned()
                    .unwrap_or_else(|| Topic::new(""));
                topic.title = title;
                topic.description = form.text(1);
                topic.raised_by = raised_by;
                let edit = match at {
                    Some(i) => self.ws.replace_record(i, Record::Topic(Box::new(topic))),
                    None => Some(self.ws.push_record(Record::Topic(Box::new(topic)))),
                };
                if let Some(edit) = edit {
                    self.commit(edit);
                }
            }
            FormKind::Promote(i) => {
                let title = form.text(0);
                if title.is_empty() {
                    return Err(t::TEXT_EMPTY);
                }
                let mut amb = Ambition::from_topic(&self.ws.topics[i], &title);
                amb.kind = KINDS[form.choice(1).min(3)];
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
            }
            FormKind::Ambition(i) => {
                let title = form.text(0);
                if title.is_empty() {
                    return Err(t::TEXT_EMPTY);
                }
                let mut amb = self.ws.ambitions[i].clone();
                amb.title = title;
                amb.kind = KINDS[form.choice(1).min(3)];
                amb.status = STATUSES[form.choice(2).min(4)];
                amb.description = form.text(3);
                amb.next_step = form.text(4);
                amb.next_date = super::foundation::optional_date(&form.text(5))?;
                self.replace_ambition(i, amb);
            }
            FormKind::RemoveMember(i) | FormKind::Leader(i) | FormKind::Investment(i) => {
                let mut amb = self.ws.ambitions[i].clone();
                let Some(member) = amb.coalition.get(form.choice(0)).copied() else {
                    return Ok(());
                };
                match form.kind {
                    FormKind::RemoveMember(_) => {
                        amb.coalition.retain(|m| *m != member);
                        amb.leader = amb.leader.filter(|l| *l != member);
                    }
                    FormKind::Leader(_) => amb.leader = Some(member),
                    _ => amb.investments.push(Investment {
                        actor: member,
                        time: form.text(1),
                        money: form.text(2),
                        knowledge: form.text(3),
                    }),
                }
                self.replace_ambition(i, amb);
            }
            _ => {}
        }
        Ok(())
    }

    fn replace_ambition(&mut self, i: usize, amb: Ambition) {
        if let Some(edit) = self.ws.replace_record(i, Record::Ambition(Box::new(amb))) {
            self.commit(edit);
        }
    }

    /// Adds the picked actor to an ambition's coalition.
    pub(super) fn add_member(
        &mut self,
        ambition: crate::workspace::Id,
        actor: crate::workspace::Id,
    ) {
        if let Some(i) = self.ws.ambitions.iter().position(|a| a.id == ambition) {
            let mut amb = self.ws.ambitions[i].clone();
            if !amb.coalition.contains(&actor) {
                amb.coalition.push(actor);
                self.replace_ambition(i, amb);
            }
        }
    }
}
