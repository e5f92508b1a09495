//! What the keys do on the meeting screen, and ending the meeting: one log entry, the ticked
//! follow-ups done and the next meeting set, as one undoable edit.

use super::meeting::{Meeting, Part, TypedLine, follow_up_line};
use super::{Action, App, Overlay, Pane};
use crate::i18n as t;
use crate::workspace::{Edit, FollowUp, LogEntry, Record};

impl App {
    /// Opens the meeting screen on a new meeting held today.
    pub(super) fn start_meeting(&mut self) {
        self.ui.overlay = Some(Overlay::Meeting(Box::new(Meeting::new(self.today))));
    }

    /// The meeting on screen, if any.
    pub fn meeting(&self) -> Option<&Meeting> {
        match &self.ui.overlay {
            Some(Overlay::Meeting(m)) => Some(m),
            _ => None,
        }
    }

    fn meeting_mut(&mut self) -> Option<&mut Meeting> {
        match &mut self.ui.overlay {
            Some(Overlay::Meeting(m)) => Some(m),
            _ => None,
        }
    }

    /// Carries out an action of the meeting screen or of the question on leaving it.
    pub(super) fn meeting_update(&mut self, action: Action) {
        match action {
            Action::EndMeeting => {
                if let Some(Overlay::LeaveMeeting(m)) = &mut self.ui.overlay {
                    let m = std::mem::replace(m, Box::new(Meeting::new(self.today)));
                    self.ui.overlay = Some(Overlay::Meeting(m));
                }
                self.end_meeting();
            }
            Action::DiscardMeeting => {
                self.ui.overlay = None;
                self.say(t::MEETING_DISCARDED, &[]);
            }
            Action::LeaveMeeting => {
                if let Some(Overlay::Meeting(m)) = self.ui.overlay.take()
                    && m.has_content()
                {
                    self.ui.overlay = Some(Overlay::LeaveMeeting(m));
                }
            }
            Action::NextPart | Action::PrevPart if self.take_line() => {
                {
                    let next = action == Action::NextPart;
                    if let Some(m) = self.meeting_mut() {
                        let parts = m.parts();
                        let at = parts.iter().position(|p| *p == m.part).unwrap_or(0);
                        let n = parts.len();
                        m.part = parts[if next { (at + 1) % n } else { (at + n - 1) % n }];
                        // A typed part starts below its lines, a list on its first row.
                        m.row = if m.part.typed() {
                            m.lines(m.part).len()
                        } else {
                            0
                        };
                        m.editing = None;
                    }
                }
            }
            Action::SelectNext | Action::SelectPrev => {
                let topics = self.ws.ambitions.len() + 1;
                if let Some(m) = self.meeting_mut() {
                    // In a typed part the row below the lines is the new line.
                    let lines = m.lines_mut(m.part).is_some();
                    let last = m.rows(m.part, topics).saturating_sub(usize::from(!lines));
                    m.row = if action == Action::SelectNext {
                        (m.row + 1).min(last)
                    } else {
                        m.row.saturating_sub(1)
                    };
                }
            }
            Action::TickRow => self.tick_row(),
            Action::AddLine => {
                let typed = self
                    .meeting()
                    .is_some_and(|m| !m.input.value().trim().is_empty());
                if typed {
                    self.take_line();
                } else {
                    self.tick_or_take_back();
                }
            }
            Action::RemoveLine => {
                if let Some(m) = self.meeting_mut() {
                    let (part, row) = (m.part, m.row);
                    if let Some(lines) = m.lines_mut(part)
                        && row < lines.len()
                    {
                        lines.remove(row);
                        m.row = row.min(lines.len().saturating_sub(1));
                    }
                }
            }
            _ => {}
        }
    }

    /// Space: marks the selected person present (or not) and goes to the next; ticks an
    /// earlier follow-up; chooses what the meeting is about; in a line being typed, a space.
    fn tick_row(&mut self) {
        let Some(m) = self.meeting_mut() else {
            return;
        };
        let typing = m.part.typed() && (m.part != Part::Present || !m.input.value().is_empty());
        if typing {
            super::form::insert_text(&mut m.input.0, " ");
        } else {
            self.tick_or_take_back();
        }
    }

    /// Enter or Space on an empty line: choose, mark, tick, or take a line back to change it.
    fn tick_or_take_back(&mut self) {
        let ambitions: Vec<_> = self.ws.ambitions.iter().map(|a| a.id).collect();
        let Some(Overlay::Meeting(m)) = &mut self.ui.overlay else {
            return;
        };
        let row = m.row;
        match m.part {
            Part::Topic => {
                let ambition = row.checked_sub(1).and_then(|i| ambitions.get(i)).copied();
                m.choose(&self.ws, ambition);
            }
            Part::Present | Part::Earlier => {
                let list = if m.part == Part::Present {
                    &mut m.people
                } else {
                    &mut m.earlier
                };
                if let Some((_, on)) = list.get_mut(row) {
                    *on = !*on;
                    m.row = (row + 1).min(list.len() - 1);
                }
            }
            Part::Next => {}
            part => {
                let Some(lines) = m.lines_mut(part) else {
                    return;
                };
                if row < lines.len() {
                    let line = lines.remove(row);
                    m.input = TypedLine(tui_input::Input::new(line));
                    m.editing = Some(row);
                }
            }
        }
    }

    /// Takes the typed line into the part that has the keys; `false` (with the reason in the
    /// status line) when it is not understood, and then it stays to be corrected.
    fn take_line(&mut self) -> bool {
        let Some(m) = self.meeting() else {
            return false;
        };
        let line = crate::workspace::text::clean(m.input.value().trim()).into_owned();
        if line.is_empty() {
            return true;
        }
        let (part, today) = (m.part, m.day);
        let mut who = None;
        let mut next = None;
        match part {
            Part::Present => {
                let Some(id) = self.find_actor(&line) else {
                    self.say(t::MEETING_UNKNOWN, &[("name", &line)]);
                    return false;
                };
                who = Some(id);
            }
            Part::FollowUps => match follow_up_line(&line, today, |n| self.find_actor(n)) {
                Ok(f) if f.text.is_empty() => {
                    self.say(t::FOLLOW_UP_EMPTY, &[]);
                    return false;
                }
                Ok(_) => {}
                Err(name) => {
                    self.say(t::MEETING_UNKNOWN, &[("name", &name)]);
                    return false;
                }
            },
            Part::Next => match crate::workspace::dates::parse(&line, today) {
                Ok(d) => next = Some(d),
                Err(e) => {
                    self.ui.message = Some(e.message(self.lang));
                    return false;
                }
            },
            _ => {}
        }
        let Some(m) = self.meeting_mut() else {
            return false;
        };
        m.input = TypedLine::default();
        if let Some(id) = who {
            match m.people.iter_mut().find(|(p, _)| *p == id) {
                Some((_, here)) => *here = true,
                None => m.people.push((id, true)),
            }
        } else if let Some(d) = next {
            m.next = d.to_string();
        } else if let Some(editing) = Some(m.editing.take())
            && let Some(lines) = m.lines_mut(part)
        {
            let at = editing.unwrap_or(lines.len()).min(lines.len());
            lines.insert(at, line);
            m.row = lines.len();
        }
        true
    }

    /// Ends the meeting: one log entry with who was there, the decisions, the follow-ups and
    /// the notes; the ticked follow-ups done; the next meeting set. One undoable edit.
    pub(super) fn end_meeting(&mut self) {
        if !self.take_line() {
            return;
        }
        let Some(m) = self.meeting().cloned() else {
            return;
        };
        let mut entry = LogEntry::checkin(&m.notes.join("\n"), self.stamp(m.day));
        entry.ambition = m.ambition;
        entry.present = m
            .people
            .iter()
            .filter(|(_, h)| *h)
            .map(|(id, _)| *id)
            .collect();
        entry.decisions.clone_from(&m.decisions);
        for line in &m.follow_ups {
            if let Ok(f) = follow_up_line(line, m.day, |n| self.find_actor(n)) {
                entry
                    .follow_ups
                    .push(FollowUp::new(&f.text, f.owner, f.due));
            }
        }
        let ticked: Vec<_> = m
            .earlier
            .iter()
            .filter(|(_, d)| *d)
            .map(|(id, _)| *id)
            .collect();
        let next = crate::workspace::dates::parse(&m.next, m.day).ok();
        if entry.present.is_empty()
            && entry.decisions.is_empty()
            && entry.follow_ups.is_empty()
            && entry.text.is_empty()
            && ticked.is_empty()
            && next.is_none()
        {
            self.say(t::MEETING_EMPTY, &[]);
            return;
        }
        let mut parts: Vec<Option<Edit>> = Vec::new();
        for i in 0..self.ws.log.len() {
            let e = &self.ws.log[i];
            if e.follow_ups.iter().any(|f| ticked.contains(&f.id)) {
                let mut e = e.clone();
                for f in &mut e.follow_ups {
                    f.done |= ticked.contains(&f.id);
                }
                parts.push(self.ws.replace_record(i, Record::Log(Box::new(e))));
            }
        }
        if let Some(i) = m
            .ambition
            .and_then(|id| self.ws.ambitions.iter().position(|a| a.id == id))
            && next.is_some()
        {
            let mut amb = self.ws.ambitions[i].clone();
            amb.next_meeting = next;
            parts.push(self.ws.replace_record(i, Record::Ambition(Box::new(amb))));
        }
        parts.push(Some(self.ws.push_record(Record::Log(Box::new(entry)))));
        self.commit_parts(parts);
        self.ui.overlay = None;
        self.ui.pane = Pane::Log;
        self.ui.log.entries = super::Cursor::default();
        self.scroll_into_view();
        // The counts show in the log row itself; the status line has room for little more.
        self.say(t::MEETING_SAVED, &[]);
    }

    /// When something held on `day` happened: now if that is today, else midday.
    pub(super) fn stamp(&self, day: jiff::civil::Date) -> jiff::Timestamp {
        if day == self.today {
            return jiff::Timestamp::now();
        }
        day.at(12, 0, 0, 0)
            .to_zoned(self.tz.clone())
            .map_or_else(|_| jiff::Timestamp::now(), |z| z.timestamp())
    }
}

impl App {
    /// What the typed line will become, shown under it before Enter: `(understood, text)`.
    pub fn meeting_preview(&self, m: &Meeting) -> (bool, String) {
        let line = m.input.value().trim();
        let hint = |l: t::L| (true, self.t(l).to_owned());
        if line.is_empty() {
            return match m.part {
                Part::Topic => hint(t::MEETING_HINT_TOPIC),
                Part::Present => hint(t::MEETING_HINT_PRESENT),
                Part::Earlier => hint(t::MEETING_HINT_EARLIER),
                Part::FollowUps => hint(t::MEETING_HINT_FOLLOW_UP),
                Part::Next => hint(t::MEETING_HINT_NEXT),
                Part::Decisions | Part::Notes => hint(t::MEETING_HINT_LINES),
            };
        }
        match m.part {
            Part::Present => self.find_actor(line).map_or_else(
                || {
                    (
                        false,
                        crate::i18n::fill(self.t(t::MEETING_UNKNOWN), &[("name", line)]),
                    )
                },
                |id| (true, format!("→ {}", self.ws.actor_name(id))),
            ),
            Part::FollowUps => self.follow_up_preview(line, m.day),
            Part::Next => match crate::workspace::dates::parse(line, m.day) {
                Ok(d) => (
                    true,
                    format!("→ {}", crate::workspace::dates::spoken(d, self.lang)),
                ),
                Err(e) => (false, e.message(self.lang)),
            },
            _ => hint(t::MEETING_HINT_LINES),
        }
    }

    /// What a follow-up line typed on `day` will become: `(understood, text)`.
    pub fn follow_up_preview(&self, line: &str, day: jiff::civil::Date) -> (bool, String) {
        match follow_up_line(line, day, |n| self.find_actor(n)) {
            Ok(f) if f.text.is_empty() => (false, self.t(t::FOLLOW_UP_EMPTY).to_owned()),
            Ok(f) => (
                true,
                format!(
                    "→ {}",
                    self.follow_up_text(&f, crate::workspace::dates::spoken)
                ),
            ),
            Err(name) => (
                false,
                crate::i18n::fill(self.t(t::MEETING_UNKNOWN), &[("name", &name)]),
            ),
        }
    }

    /// A follow-up as understood: `what · who · when`, the date as `day` writes it.
    fn follow_up_text(
        &self,
        f: &super::meeting::FollowUpLine,
        day: fn(jiff::civil::Date, crate::i18n::Lang) -> String,
    ) -> String {
        let mut text = f.text.clone();
        if let Some(o) = f.owner {
            text = format!("{text} · {}", self.ws.actor_name(o));
        }
        if let Some(d) = f.due {
            text = format!("{text} · {}", day(d, self.lang));
        }
        text
    }

    /// A follow-up line of the meeting as the list shows it: what · who · when (short).
    pub fn meeting_follow_up(&self, m: &Meeting, line: &str) -> String {
        follow_up_line(line, m.day, |n| self.find_actor(n)).map_or_else(
            |_| line.to_owned(),
            |f| self.follow_up_text(&f, crate::workspace::dates::short),
        )
    }
}
