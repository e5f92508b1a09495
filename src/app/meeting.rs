//! The meeting screen's state: one meeting from start to end. What it is about, who is there,
//! what is decided and who does what by when, typed one line at a time as the meeting goes, and
//! the follow-ups of earlier meetings to tick off. Ending it writes one log entry.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use tui_input::Input;

use crate::i18n::{self as t, L};
use crate::workspace::{Id, Position, Workspace, dates};

/// The parts of the meeting screen, in the order `Tab` goes through them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Part {
    /// What the meeting is about: an ambition, or the network as a whole.
    Topic,
    /// Who is there: the coalition (or the kern), each marked present with one key.
    Present,
    /// Decisions, one per line.
    Decisions,
    /// Follow-ups, one per line: `what @who when`.
    FollowUps,
    /// Open follow-ups of earlier meetings, to tick off.
    Earlier,
    /// Notes, one paragraph per line.
    Notes,
    /// When the coalition meets next (an ambition's meeting only).
    Next,
}

impl Part {
    /// Every part, in `Tab` order.
    pub const ALL: [Self; 7] = [
        Self::Topic,
        Self::Present,
        Self::Decisions,
        Self::FollowUps,
        Self::Earlier,
        Self::Notes,
        Self::Next,
    ];

    /// The part's heading.
    pub const fn title(self) -> L {
        match self {
            Self::Topic => t::MEETING_TOPIC,
            Self::Present => t::MINUTES_PRESENT,
            Self::Decisions => t::MINUTES_DECISIONS,
            Self::FollowUps => t::MINUTES_FOLLOW_UPS,
            Self::Earlier => t::MEETING_EARLIER,
            Self::Notes => t::MEETING_NOTES,
            Self::Next => t::FIELD_NEXT_MEETING,
        }
    }

    /// Whether typed text goes into the line at the bottom.
    pub const fn typed(self) -> bool {
        !matches!(self, Self::Topic | Self::Earlier)
    }
}

/// A meeting in progress; serialised whole as a draft, so nothing typed is lost.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meeting {
    /// The day it is held.
    pub day: Date,
    /// Whether what it is about has been chosen.
    pub chosen: bool,
    /// The ambition it is about; `None`: the network as a whole.
    pub ambition: Option<Id>,
    /// The part that has the keys.
    pub part: Part,
    /// The selected row of that part's list.
    pub row: usize,
    /// The line being changed, taken back out of the part's list, to go back at its place.
    pub editing: Option<usize>,
    /// Who is listed, and whether they are present.
    pub people: Vec<(Id, bool)>,
    /// Decisions, in the order they were taken.
    pub decisions: Vec<String>,
    /// Follow-ups as typed: `what @who when`.
    pub follow_ups: Vec<String>,
    /// Open follow-ups of earlier meetings, and whether each was ticked off.
    pub earlier: Vec<(Id, bool)>,
    /// Notes, one paragraph per line.
    pub notes: Vec<String>,
    /// When the coalition meets next, as typed.
    pub next: String,
    /// The line being typed.
    pub input: TypedLine,
}

/// The line being typed: kept in a draft as its text, equal when the text and cursor are.
#[derive(Debug, Clone, Default)]
pub struct TypedLine(pub Input);

impl PartialEq for TypedLine {
    fn eq(&self, other: &Self) -> bool {
        self.0.value() == other.0.value() && self.0.cursor() == other.0.cursor()
    }
}

impl Eq for TypedLine {}

impl Serialize for TypedLine {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.0.value())
    }
}

impl<'de> Deserialize<'de> for TypedLine {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d).map(|s| Self(Input::new(s)))
    }
}

impl TypedLine {
    /// What was typed.
    pub fn value(&self) -> &str {
        self.0.value()
    }
}

/// A follow-up line understood: what, who and when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FollowUpLine {
    /// What to do.
    pub text: String,
    /// Who does it.
    pub owner: Option<Id>,
    /// By when.
    pub due: Option<Date>,
}

/// Reads `what @who when`: a word starting with `@` names who does it (found as the actor
/// search finds names; `_` stands for a space), a word like `+7`, or the last word when it is a date (`vrijdag`,
/// `15-1`), says by when; the rest is what. `Err` names a `@name` nobody has.
pub fn follow_up_line(
    line: &str,
    today: Date,
    find: impl Fn(&str) -> Option<Id>,
) -> Result<FollowUpLine, String> {
    let words: Vec<&str> = line.split_whitespace().collect();
    let mut owner = None;
    let mut due = None;
    let mut text: Vec<&str> = Vec::new();
    for (i, word) in words.iter().enumerate() {
        if let Some(name) = word.strip_prefix('@').filter(|n| !n.is_empty()) {
            // `@Ahmed_El_Amrani` names someone whose name has spaces.
            let name = name.replace('_', " ");
            owner = Some(find(&name).ok_or_else(|| (*word).to_owned())?);
            continue;
        }
        let last = i + 1 == words.len() && !text.is_empty();
        if due.is_none()
            && (word.starts_with('+') || last)
            && let Ok(d) = dates::parse(word, today)
        {
            due = Some(d);
            continue;
        }
        text.push(word);
    }
    Ok(FollowUpLine {
        text: text.join(" "),
        owner,
        due,
    })
}

impl Meeting {
    /// A meeting held on `day`, starting with the choice of what it is about.
    pub fn new(day: Date) -> Self {
        Self {
            day,
            chosen: false,
            ambition: None,
            part: Part::Topic,
            row: 0,
            editing: None,
            people: Vec::new(),
            decisions: Vec::new(),
            follow_ups: Vec::new(),
            earlier: Vec::new(),
            notes: Vec::new(),
            next: String::new(),
            input: TypedLine::default(),
        }
    }

    /// Whether anything was marked or typed: then leaving asks first.
    pub fn has_content(&self) -> bool {
        self.people.iter().any(|(_, here)| *here)
            || !self.decisions.is_empty()
            || !self.follow_ups.is_empty()
            || !self.notes.is_empty()
            || self.earlier.iter().any(|(_, done)| *done)
            || !self.next.trim().is_empty()
            || !self.input.value().trim().is_empty()
    }

    /// The parts `Tab` visits: "next meeting" only for an ambition's meeting.
    pub fn parts(&self) -> Vec<Part> {
        Part::ALL
            .into_iter()
            .filter(|p| *p != Part::Next || self.ambition.is_some())
            .collect()
    }

    /// Chooses what the meeting is about and lists who belongs there: the ambition's
    /// coalition, or for the network as a whole the kern and everyone with a role. Marks made
    /// before stay for whoever is listed again; the open follow-ups are those of earlier
    /// meetings about the same ambition and those of the people listed (all of them for the
    /// network).
    pub fn choose(&mut self, ws: &Workspace, ambition: Option<Id>) {
        let listed: Vec<Id> = match ambition.and_then(|id| ws.ambitions.iter().find(|a| a.id == id))
        {
            Some(a) => a.coalition.clone(),
            None => ws
                .actors
                .iter()
                .filter(|a| {
                    a.position == Some(Position::Kern) || a.current_roles().next().is_some()
                })
                .map(|a| a.id)
                .collect(),
        };
        let marked = |id: &Id| self.people.iter().any(|(p, here)| p == id && *here);
        let mut people: Vec<(Id, bool)> = listed.iter().map(|id| (*id, marked(id))).collect();
        // Someone added by name stays on the list.
        people.extend(
            self.people
                .iter()
                .filter(|(id, here)| *here && !listed.contains(id))
                .copied(),
        );
        self.people = people;
        let ticked = |id: &Id| self.earlier.iter().any(|(f, done)| f == id && *done);
        let about = |e: &crate::workspace::LogEntry| ambition.is_none() || e.ambition == ambition;
        let theirs = |f: &crate::workspace::FollowUp| f.owner.is_some_and(|o| listed.contains(&o));
        self.earlier = ws
            .log
            .iter()
            .flat_map(|e| e.open_follow_ups().filter(move |f| about(e) || theirs(f)))
            .map(|f| (f.id, ticked(&f.id)))
            .collect();
        self.ambition = ambition;
        self.chosen = true;
        self.part = Part::Present;
        self.row = 0;
    }

    /// The lines of a typed part.
    pub fn lines(&self, part: Part) -> &[String] {
        match part {
            Part::Decisions => &self.decisions,
            Part::FollowUps => &self.follow_ups,
            Part::Notes => &self.notes,
            _ => &[],
        }
    }

    /// The lines of a typed part, to change.
    pub fn lines_mut(&mut self, part: Part) -> Option<&mut Vec<String>> {
        match part {
            Part::Decisions => Some(&mut self.decisions),
            Part::FollowUps => Some(&mut self.follow_ups),
            Part::Notes => Some(&mut self.notes),
            _ => None,
        }
    }

    /// How many rows the list of `part` has (`topics`: the choices of what it is about).
    pub fn rows(&self, part: Part, topics: usize) -> usize {
        match part {
            Part::Topic => topics,
            Part::Present => self.people.len(),
            Part::Earlier => self.earlier.len(),
            Part::Next => 0,
            _ => self.lines(part).len(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TODAY: Date = Date::constant(2026, 11, 30);

    fn find(name: &str) -> Option<Id> {
        (name.eq_ignore_ascii_case("ahmed")).then(Id::nil)
    }

    #[test]
    fn a_follow_up_line_names_who_and_when_in_its_own_words() {
        let line = follow_up_line("Bel de wethouder @Ahmed +7", TODAY, find).unwrap();
        assert_eq!(line.text, "Bel de wethouder");
        assert_eq!(line.owner, Some(Id::nil()));
        assert_eq!(line.due, Some(Date::constant(2026, 12, 7)));
        let line = follow_up_line("@ahmed stuurt het verslag vrijdag", TODAY, find).unwrap();
        assert_eq!(line.text, "stuurt het verslag");
        assert_eq!(line.due, Some(Date::constant(2026, 12, 4)));
        // A date word in the middle is text; a line of only a date word is text too.
        let line = follow_up_line("morgen bellen", TODAY, find).unwrap();
        assert_eq!((line.text.as_str(), line.due), ("morgen bellen", None));
        assert_eq!(follow_up_line("morgen", TODAY, find).unwrap().due, None);
        assert_eq!(
            follow_up_line("Bellen @joost", TODAY, find),
            Err("@joost".to_owned())
        );
    }
}
