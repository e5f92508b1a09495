//! Identiteit: the identity card with words under passie, positie and opgave.

use jiff::civil::Date;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Extra, Id};

/// The three areas of the identity card.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Area {
    /// Passie: the why.
    Passie,
    /// Positie: the context.
    Positie,
    /// Opgave: the shared task.
    Opgave,
}

/// How much a word weighs when the group reads the card together.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Weight {
    /// Kern.
    Core,
    /// Belangrijk.
    Important,
    /// Minder belangrijk.
    LessImportant,
}

/// One identity-card exercise, held on a date.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct IdentitySession {
    /// Stable id.
    pub id: Id,
    /// The day of the exercise.
    pub date: Date,
    /// A title, e.g. "Kick-off".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title: String,
    /// Fields written by a newer knoop, kept as they were.
    #[serde(flatten)]
    pub extra: super::Extra,
}

impl IdentitySession {
    /// How people know the session: its title and day (`Kick-off (2026-03-12)`), or the day;
    /// cleaned for the screen.
    pub fn label(&self) -> String {
        if self.title.is_empty() {
            self.date.to_string()
        } else {
            format!("{} ({})", super::text::shown(&self.title), self.date)
        }
    }
}

/// A word (or short statement) on the card.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct IdentityWord {
    /// Stable id.
    pub id: Id,
    /// Passie, positie or opgave.
    pub area: Area,
    /// The word.
    pub text: String,
    /// Who added it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<Id>,
    /// Why this word, what it means.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub explanation: String,
    /// Dots placed on it.
    #[serde(default)]
    pub dots: u32,
    /// Core, important or less important.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<Weight>,
    /// The session it was added in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session: Option<Id>,
    /// Fields written by a newer knoop.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The identity card: sessions and the words placed in them.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct IdentityCard {
    /// The exercises held, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sessions: Vec<IdentitySession>,
    /// All words on the card.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub words: Vec<IdentityWord>,
    /// Fields written by a newer knoop, kept as they were.
    #[serde(flatten)]
    pub extra: super::Extra,
}

impl IdentityCard {
    /// The card as it stands: one area's words of the latest session, most dots first.
    pub fn area_words(&self, area: Area) -> Vec<&IdentityWord> {
        self.session_words(area, self.latest())
    }

    /// The words of one area placed in `session` (with no sessions held, all of them), most
    /// dots first (ties keep their order).
    pub fn session_words(&self, area: Area, session: Option<Id>) -> Vec<&IdentityWord> {
        let mut words: Vec<&IdentityWord> = self
            .words
            .iter()
            .filter(|w| w.area == area && self.session_of(w) == session)
            .collect();
        words.sort_by_key(|w| std::cmp::Reverse(w.dots));
        words
    }

    /// The words on the card as it stands (the latest session's).
    pub fn current_words(&self) -> impl Iterator<Item = &IdentityWord> {
        let latest = self.latest();
        self.words
            .iter()
            .filter(move |w| self.session_of(w) == latest)
    }

    /// The session a word belongs to: its own, or for a word placed before sessions were kept
    /// (or in one no longer listed), the first.
    pub fn session_of(&self, w: &IdentityWord) -> Option<Id> {
        match w.session {
            Some(s) if self.sessions.iter().any(|x| x.id == s) => Some(s),
            _ => self.sessions.first().map(|s| s.id),
        }
    }

    /// The latest session, where new words and dots go.
    pub fn latest(&self) -> Option<Id> {
        self.sessions.last().map(|s| s.id)
    }

    /// The session held before `id`.
    pub fn before(&self, id: Id) -> Option<Id> {
        let i = self.sessions.iter().position(|s| s.id == id)?;
        i.checked_sub(1).map(|j| self.sessions[j].id)
    }

    /// `id`'s place among the sessions, 1-based, and how many there are.
    pub fn place(&self, id: Option<Id>) -> (usize, usize) {
        let n = self.sessions.len();
        let at = id
            .and_then(|id| self.sessions.iter().position(|s| s.id == id))
            .map_or(n, |i| i + 1);
        (at, n)
    }
}

/// Words of five letters or more in `text`, lowercased: the ones that carry meaning.
fn tokens(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 5)
        .map(str::to_lowercase)
        .collect()
}

/// Whether two words are the same word, give or take an ending (`bewoner`, `bewoners`).
fn alike(a: &str, b: &str) -> bool {
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    a == b || common >= 7
}

impl IdentityCard {
    /// The words on the card as it stands that `actor` placed, or that share a word with what
    /// the actor says of itself (its interests, characteristics, what it brings and gets):
    /// where its own words meet the network's ("sluit aan bij").
    pub fn links(&self, actor: &super::Actor) -> Vec<&IdentityWord> {
        let i = &actor.interests;
        let own: Vec<String> = [
            i.individual.as_str(),
            &i.organisational,
            &i.collective,
            &actor.characteristics,
        ]
        .into_iter()
        .chain(actor.brings.iter().map(String::as_str))
        .chain(actor.gets.iter().map(String::as_str))
        .flat_map(tokens)
        .collect();
        self.current_words()
            .filter(|w| {
                w.author == Some(actor.id)
                    || tokens(&w.text)
                        .iter()
                        .any(|t| own.iter().any(|o| alike(t, o)))
            })
            .collect()
    }
}

/// How a word moved from one session to the next.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Move {
    /// New in the later session.
    Came,
    /// More dots than before.
    Rose,
    /// Fewer dots than before.
    Fell,
    /// Not placed again.
    Went,
    /// As many dots as before.
    Same,
}

/// How one word moved between two sessions of the identity card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shift {
    /// The area.
    pub area: Area,
    /// The word as written (in the newer session if it is there).
    pub text: String,
    /// Dots in the older session, if the word was there.
    pub before: Option<u32>,
    /// Dots in the newer session, if the word is there.
    pub after: Option<u32>,
}

impl Shift {
    /// Whether the word came, went, rose, fell or stayed.
    pub fn kind(&self) -> Move {
        match (self.before, self.after) {
            (None, _) => Move::Came,
            (Some(_), None) => Move::Went,
            (Some(b), Some(a)) if a > b => Move::Rose,
            (Some(b), Some(a)) if a < b => Move::Fell,
            _ => Move::Same,
        }
    }
}

impl IdentityCard {
    /// The latest session and the one before it, if there are two.
    pub fn last_two_sessions(&self) -> Option<(Id, Id)> {
        let n = self.sessions.len();
        (n >= 2).then(|| (self.sessions[n - 2].id, self.sessions[n - 1].id))
    }

    /// Word by word, how the card shifted from session `older` to `newer` (words matched by
    /// their text, ignoring case), per area, most dots in the newer session first.
    pub fn compare(&self, older: Id, newer: Id) -> Vec<Shift> {
        let mut shifts: Vec<Shift> = Vec::new();
        for w in self
            .words
            .iter()
            .filter(|w| self.session_of(w) == Some(newer))
        {
            shifts.push(Shift {
                area: w.area,
                text: w.text.clone(),
                before: None,
                after: Some(w.dots),
            });
        }
        for w in self
            .words
            .iter()
            .filter(|w| self.session_of(w) == Some(older))
        {
            let same =
                |s: &Shift| s.area == w.area && s.text.to_lowercase() == w.text.to_lowercase();
            match shifts.iter_mut().find(|s| same(s)) {
                Some(s) => s.before = Some(w.dots),
                None => shifts.push(Shift {
                    area: w.area,
                    text: w.text.clone(),
                    before: Some(w.dots),
                    after: None,
                }),
            }
        }
        shifts.sort_by(|a, b| {
            a.area
                .cmp(&b.area)
                .then(a.kind().cmp(&b.kind()))
                .then(b.after.cmp(&a.after))
                .then(b.before.cmp(&a.before))
        });
        shifts
    }
}

impl IdentityWord {
    /// A new word in an area, with no dots yet.
    pub fn new(area: Area, text: &str) -> Self {
        Self {
            id: super::new_id(),
            area,
            text: text.to_owned(),
            author: None,
            explanation: String::new(),
            dots: 0,
            weight: None,
            session: None,
            extra: Extra::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn session(day: i8) -> IdentitySession {
        IdentitySession {
            id: super::super::new_id(),
            date: jiff::civil::date(2026, 1, day),
            title: String::new(),
            extra: Extra::new(),
        }
    }

    #[test]
    fn each_session_has_its_own_words_and_dots_and_sessions_compare() {
        let mut card = IdentityCard::default();
        let (first, second) = (session(1), session(2));
        let (s1, s2) = (first.id, second.id);
        card.sessions = vec![first, second];
        for (text, dots, s) in [
            ("Samen", 3, Some(s1)),
            ("Wijk", 1, Some(s1)),
            ("Stil", 4, Some(s1)),
            ("Rust", 2, None),
            ("samen", 5, Some(s2)),
            ("Nieuw", 2, Some(s2)),
            ("Stil", 1, Some(s2)),
            ("Rust", 2, Some(s2)),
        ] {
            let mut w = IdentityWord::new(Area::Passie, text);
            w.dots = dots;
            w.session = s;
            card.words.push(w);
        }
        // The card as it stands is the latest session's; the first keeps its own dots, with
        // the word from before sessions were kept.
        let dots = |ws: Vec<&IdentityWord>| ws.iter().map(|w| w.dots).collect::<Vec<_>>();
        assert_eq!(dots(card.area_words(Area::Passie)), [5, 2, 2, 1]);
        assert_eq!(
            dots(card.session_words(Area::Passie, Some(s1))),
            [4, 3, 2, 1]
        );
        assert_eq!(card.current_words().count(), 4);
        assert_eq!(card.before(s2), Some(s1));
        assert_eq!(card.place(Some(s1)), (1, 2));
        let shifts = card.compare(s1, s2);
        let summary: Vec<_> = shifts.iter().map(|s| (s.text.as_str(), s.kind())).collect();
        let mut actor = super::super::Actor::new("Wijkteam");
        actor.interests.collective = "Stille bewoners bereiken.".into();
        card.words[5].text = "Samen met bewoners".into();
        let links: Vec<_> = card.links(&actor).iter().map(|w| w.text.clone()).collect();
        assert_eq!(
            links,
            ["Samen met bewoners"],
            "bewoners, not stil (too short)"
        );
        card.words[6].author = Some(actor.id);
        assert_eq!(card.links(&actor).len(), 2, "and the word it placed");
        assert_eq!(
            summary,
            [
                ("Nieuw", Move::Came),
                ("samen", Move::Rose),
                ("Stil", Move::Fell),
                ("Wijk", Move::Went),
                ("Rust", Move::Same),
            ]
        );
    }
}
