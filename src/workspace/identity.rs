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

impl Area {
    /// The areas in the order of the card.
    pub const ALL: [Self; 3] = [Self::Passie, Self::Positie, Self::Opgave];
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
}

impl IdentityCard {
    /// The words of one area, most dots first (ties keep their order).
    pub fn area_words(&self, area: Area) -> Vec<&IdentityWord> {
        let mut words: Vec<&IdentityWord> = self.words.iter().filter(|w| w.area == area).collect();
        words.sort_by_key(|w| std::cmp::Reverse(w.dots));
        words
    }
}
