//! Logboek: check-ins, notes, decisions and follow-ups, newest last in the file.

use jiff::Timestamp;
use jiff::civil::Date;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Extra, Id, new_id};

/// What kind of entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum LogKind {
    /// A meeting: who was there, what was decided, what follows.
    Checkin,
    /// A note.
    Note,
    /// A decision.
    Decision,
}

/// Something to do after a meeting.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct FollowUp {
    /// Stable id.
    pub id: Id,
    /// What to do.
    pub text: String,
    /// Who does it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<Id>,
    /// When.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<Date>,
    /// Done.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub done: bool,
    /// Fields written by a newer knoop, kept as they were.
    #[serde(flatten)]
    pub extra: super::Extra,
}

/// One entry in the log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct LogEntry {
    /// Stable id.
    pub id: Id,
    /// When it was written.
    pub at: Timestamp,
    /// Check-in, note or decision.
    pub kind: LogKind,
    /// The text.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub text: String,
    /// Actors it is about.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actors: Vec<Id>,
    /// The ambition it is about.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ambition: Option<Id>,
    /// Who was present (check-ins).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub present: Vec<Id>,
    /// Decisions taken (check-ins).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub decisions: Vec<String>,
    /// Follow-ups agreed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub follow_ups: Vec<FollowUp>,
    /// Fields written by a newer knoop.
    #[serde(flatten)]
    pub extra: Extra,
}

impl FollowUp {
    /// A new open follow-up.
    pub fn new(text: &str, owner: Option<Id>, due: Option<Date>) -> Self {
        Self {
            id: new_id(),
            text: text.to_owned(),
            owner,
            due,
            done: false,
            extra: super::Extra::new(),
        }
    }
}

impl LogEntry {
    /// A check-in (a meeting) held now.
    pub fn checkin(title: &str, at: Timestamp) -> Self {
        Self {
            kind: LogKind::Checkin,
            ..Self::note(title, at)
        }
    }

    /// The follow-ups still open, with their entry.
    pub fn open_follow_ups(&self) -> impl Iterator<Item = &FollowUp> {
        self.follow_ups.iter().filter(|f| !f.done)
    }

    /// A note written now.
    pub fn note(text: &str, at: Timestamp) -> Self {
        Self {
            id: new_id(),
            at,
            kind: LogKind::Note,
            text: text.to_owned(),
            actors: Vec::new(),
            ambition: None,
            present: Vec::new(),
            decisions: Vec::new(),
            follow_ups: Vec::new(),
            extra: Extra::new(),
        }
    }
}
