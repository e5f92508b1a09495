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
    /// The words of one area, most dots first (ties keep their order).
    pub fn area_words(&self, area: Area) -> Vec<&IdentityWord> {
        let mut words: Vec<&IdentityWord> = self.words.iter().filter(|w| w.area == area).collect();
        words.sort_by_key(|w| std::cmp::Reverse(w.dots));
        words
    }
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
        for w in self.words.iter().filter(|w| w.session == Some(newer)) {
            shifts.push(Shift {
                area: w.area,
                text: w.text.clone(),
                before: None,
                after: Some(w.dots),
            });
        }
        for w in self.words.iter().filter(|w| w.session == Some(older)) {
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

    #[test]
    fn words_sort_by_dots_and_sessions_compare() {
        let mut card = IdentityCard::default();
        let (s1, s2) = (super::super::new_id(), super::super::new_id());
        for (text, dots, s) in [
            ("Samen", 3, s1),
            ("Wijk", 1, s1),
            ("samen", 5, s2),
            ("Nieuw", 2, s2),
        ] {
            let mut w = IdentityWord::new(Area::Passie, text);
            w.dots = dots;
            w.session = Some(s);
            card.words.push(w);
        }
        let order: Vec<u32> = card
            .area_words(Area::Passie)
            .iter()
            .map(|w| w.dots)
            .collect();
        assert_eq!(order, [5, 3, 2, 1]);
        let shifts = card.compare(s1, s2);
        let summary: Vec<_> = shifts
            .iter()
            .map(|s| (s.text.as_str(), s.before, s.after))
            .collect();
        assert_eq!(
            summary,
            [
                ("samen", Some(3), Some(5)),
                ("Nieuw", None, Some(2)),
                ("Wijk", Some(1), None)
            ]
        );
    }
}
