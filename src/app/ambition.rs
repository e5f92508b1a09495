//! An ambition in full (Enter on an ambition in the Agenda): what it is about, the topic it
//! grew from, its coalitieleider, its coalition with what each member invests and how engaged
//! they are on the topic, where it stands, its next step and meeting, and what the log says
//! about it. The ambition's keys (`e`, `+`, `-`, `L`, `i`) work here as in the list.

use super::agenda::AgendaFocus;
use super::overview::Tone;
use super::{Action, App};
use crate::i18n::{self as t, fill};
use crate::workspace::Vocabulary;
use crate::workspace::text::shown;

impl App {
    /// The ambition whose details are open: its index.
    pub fn ambition_detail(&self) -> Option<usize> {
        let id = self.ui.agenda.detail?;
        self.ws.ambitions.iter().position(|a| a.id == id)
    }

    /// Opens ambition `i` in full, selected in the list behind it.
    pub(super) fn open_ambition(&mut self, i: usize) {
        self.ui.agenda.focus = AgendaFocus::Ambitions;
        let (rows, page) = (self.ws.ambitions.len(), self.page_rows());
        self.ui.agenda.ambitions.select(i, rows, page);
        self.ui.agenda.detail = self.ws.ambitions.get(i).map(|a| a.id);
        self.ui.agenda.detail_top = 0;
    }

    /// The actions of the open details that are not the ambition's own; `false` for those,
    /// which then act on it as they do in the list.
    pub(super) fn ambition_detail_update(&mut self, action: Action) -> bool {
        let Some(i) = self.ambition_detail() else {
            self.ui.agenda.detail = None;
            return false;
        };
        match action {
            Action::CloseDetail => self.ui.agenda.detail = None,
            Action::ScrollDown => {
                // The first row is the window's title, the rest its text.
                let last = super::layout::last_top(
                    self,
                    self.ambition_rows(i).get(1..).unwrap_or_default(),
                );
                self.ui.agenda.detail_top = (self.ui.agenda.detail_top + 1).min(last);
            }
            Action::ScrollUp => {
                self.ui.agenda.detail_top = self.ui.agenda.detail_top.saturating_sub(1);
            }
            _ => {
                // What follows acts on the ambition shown, whatever the list selected since.
                let (rows, page) = (self.ws.ambitions.len(), self.page_rows());
                self.ui.agenda.ambitions.select(i, rows, page);
                self.ui.agenda.focus = AgendaFocus::Ambitions;
                return false;
            }
        }
        true
    }

    /// The coalition, the leader first: each member with what they invest (time, money,
    /// knowledge) and their engagement on the topic the ambition grew from.
    fn member_rows(
        &self,
        a: &crate::workspace::Ambition,
        topic: Option<&crate::workspace::Topic>,
    ) -> Vec<(Tone, String)> {
        let members = a
            .leader
            .iter()
            .chain(a.coalition.iter().filter(|m| Some(**m) != a.leader));
        members
            .map(|m| {
                let mut parts = Vec::new();
                if let Some(inv) = a.investments.iter().find(|x| x.actor == *m) {
                    for (l, v) in [
                        (t::FIELD_TIME, &inv.time),
                        (t::FIELD_MONEY, &inv.money),
                        (t::FIELD_KNOWLEDGE, &inv.knowledge),
                    ] {
                        if !v.trim().is_empty() {
                            parts.push(format!("{} {}", self.t(l).to_lowercase(), shown(v)));
                        }
                    }
                }
                if let Some(level) = topic.and_then(|t| t.engagement.get(m)) {
                    parts.push(self.lang.pick(level.text()).to_owned());
                }
                let rest = if parts.is_empty() {
                    String::new()
                } else {
                    format!(": {}", parts.join(" · "))
                };
                let name = shown(self.ws.actor_name(*m)).into_owned();
                (Tone::Plain, format!("· {name}{rest}"))
            })
            .collect()
    }

    /// The details of ambition `i`, a row per line, headings included.
    pub fn ambition_rows(&self, i: usize) -> Vec<(Tone, String)> {
        let Some(a) = self.ws.ambitions.get(i) else {
            return Vec::new();
        };
        let name = |id| shown(self.ws.actor_name(id)).into_owned();
        let label = |l, v: String| (Tone::Plain, format!("{}: {v}", self.t(l)));
        let mut rows = vec![
            (Tone::Heading, shown(&a.title).into_owned()),
            (
                Tone::Plain,
                format!(
                    "{} · {}",
                    self.lang.pick(a.kind.text()),
                    self.lang.pick(a.status.text())
                ),
            ),
        ];
        if !a.description.trim().is_empty() {
            rows.push(label(
                t::FIELD_DESCRIPTION,
                shown(&a.description).into_owned(),
            ));
        }
        let topic = a
            .topic
            .and_then(|id| self.ws.topics.iter().find(|t| t.id == id));
        if let Some(topic) = topic {
            rows.push(label(t::FROM_TOPIC, shown(&topic.title).into_owned()));
        }
        match a.leader {
            Some(l) => rows.push(label(t::LEADER_FIELD, name(l))),
            None => rows.push((
                Tone::Warn,
                fill(
                    self.t(t::NO_LEADER_YET),
                    &[("key", &super::keymap::key_of(Action::ChooseLeader))],
                ),
            )),
        }
        let n = a.coalition.len().to_string();
        rows.push((Tone::Plain, String::new()));
        rows.push((
            Tone::Heading,
            format!("{} ({n})", self.t(t::FIELD_COALITION)),
        ));
        if a.coalition.is_empty() {
            let key = super::keymap::key_of(Action::AddMember);
            rows.push((
                Tone::Warn,
                fill(self.t(t::EMPTY_COALITION), &[("key", &key)]),
            ));
        }
        rows.extend(self.member_rows(a, topic));
        rows.push((Tone::Plain, String::new()));
        if !a.next_step.trim().is_empty() {
            let when = a.next_date.map(|d| format!(" ({d})")).unwrap_or_default();
            rows.push(label(
                t::FIELD_NEXT_STEP,
                format!("{}{when}", shown(&a.next_step)),
            ));
        }
        if let Some(d) = a.next_meeting {
            rows.push(label(
                t::FIELD_NEXT_MEETING,
                crate::workspace::dates::short(d, self.lang),
            ));
        }
        let mut entries: Vec<_> = self
            .ws
            .log
            .iter()
            .filter(|e| e.ambition == Some(a.id))
            .collect();
        entries.sort_by_key(|e| std::cmp::Reverse(e.at));
        rows.push((
            Tone::Heading,
            format!("{} ({})", self.t(t::PANE_LOG), entries.len()),
        ));
        for e in entries {
            let day = e.at.to_zoned(self.tz.clone()).date();
            let title = crate::export::entry_title(&self.ws, e, self.lang);
            rows.push((Tone::Plain, format!("{day} {}", shown(&title))));
        }
        rows
    }
}
