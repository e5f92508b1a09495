//! The network itself, and the questionnaire rounds kept with it.

use std::collections::BTreeMap;

use jiff::Timestamp;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Extra, Id};

/// Where a network sits on the spectrum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum NetworkType {
    /// Opgavegericht: works on a concrete societal task.
    Opgavegericht,
    /// Interactiegericht: meeting and knowledge exchange come first.
    Interactiegericht,
    /// Both: a broad network with task-oriented themacoalities.
    Gemengd,
}

/// The four phases of a network.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Phase {
    /// Verkennen: explore.
    Verkennen,
    /// Ontwikkelen: develop.
    Ontwikkelen,
    /// Vitaliseren: vitalise.
    Vitaliseren,
    /// Bestendigen of stoppen: consolidate or stop.
    BestendigenStoppen,
}

/// What a network decides at the end of a cycle (the method's last phase).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Continuation {
    /// Bestendigen: it goes on, with less facilitation.
    Bestendigen,
    /// Stoppen: the goal is reached, or no longer reachable.
    Stoppen,
    /// Vernieuwen: it renews around a new theme.
    Vernieuwen,
}

/// The phase the network entered, and on which day.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct PhaseChange {
    /// The phase entered (none: the phase was cleared).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phase: Option<Phase>,
    /// The day.
    pub date: jiff::civil::Date,
    /// Fields written by a newer knoop, kept as they were.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The decision at the end of a cycle: bestendigen, stoppen or vernieuwen, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CycleDecision {
    /// What was decided.
    pub choice: Continuation,
    /// The day.
    pub date: jiff::civil::Date,
    /// Why, in the network's words.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// Fields written by a newer knoop, kept as they were.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Name, issue, type and phase of the network.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Network {
    /// The network's name.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// The societal issue it gathers around.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub issue: String,
    /// Opgavegericht, interactiegericht or mixed.
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<NetworkType>,
    /// Why that type.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub kind_note: String,
    /// The current phase.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phase: Option<Phase>,
    /// What shows the phase.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub phase_note: String,
    /// Every change of phase, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phases: Vec<PhaseChange>,
    /// The decision at the end of the cycle, once taken.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<CycleDecision>,
    /// Fields written by a newer knoop.
    #[serde(flatten)]
    pub extra: Extra,
}

impl Network {
    /// Moves to `phase` on `date`, dated in the history when it is another phase than now.
    pub fn enter(&mut self, phase: Option<Phase>, date: jiff::civil::Date) {
        if phase != self.phase {
            self.phases.push(PhaseChange {
                phase,
                date,
                extra: Extra::new(),
            });
            self.phase = phase;
        }
    }
}

/// One dated round of answers to the questionnaire.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Round {
    /// Stable id.
    pub id: Id,
    /// When the round started.
    pub started: Timestamp,
    /// Free-text answers by screen id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub answers: BTreeMap<String, String>,
    /// The structured answers as they stood when the round closed, by screen id, so a later
    /// round can show what changed.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub snapshot: BTreeMap<String, String>,
    /// Fields written by a newer knoop, kept as they were.
    #[serde(flatten)]
    pub extra: super::Extra,
}

/// The questionnaire's saved state: rounds and where the user was.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Questionnaire {
    /// The screen the user was on, by id.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub screen: String,
    /// Rounds, oldest first; the last one is current.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rounds: Vec<Round>,
    /// Fields written by a newer knoop, kept as they were.
    #[serde(flatten)]
    pub extra: super::Extra,
}
