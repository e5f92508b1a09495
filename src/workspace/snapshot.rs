//! A dated copy of the network, to see later how it shifted: the actors (without their private
//! fields: see [`super::privacy`]), the relations, the identity card, the agenda with its
//! engagement, the ambitions with their coalitions, and the network's phase. Kept inside the
//! workspace, so it travels (and merges) with it; `knoop snapshot` takes one, the TUI takes one
//! with a key and whenever the phase changes.

use jiff::Timestamp;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::privacy::{PersonalField, Sensitivity};
use super::{Actor, Ambition, Extra, Id, IdentityCard, Network, Relation, Topic, Workspace};

/// One snapshot.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Snapshot {
    /// Stable id.
    pub id: Id,
    /// What it marks, e.g. "einde fase ontwikkelen".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// When it was taken.
    pub at: Timestamp,
    /// The network as it was (name, issue, type, phase).
    pub network: Network,
    /// The actors, without their private fields.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actors: Vec<Actor>,
    /// The relations, without their notes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub relations: Vec<Relation>,
    /// The identity card.
    #[serde(default)]
    pub identity: IdentityCard,
    /// The agenda, with who engages how.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub topics: Vec<Topic>,
    /// The ambitions and their coalitions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ambitions: Vec<Ambition>,
    /// Fields written by a newer knoop, kept as they were.
    #[serde(flatten)]
    pub extra: Extra,
}

impl Snapshot {
    /// The network of `ws` as it is at `at`, named `name`.
    pub fn of(ws: &Workspace, name: &str, at: Timestamp) -> Self {
        // What leaves the team never goes into a snapshot: a snapshot is kept for good.
        let private: Vec<PersonalField> = PersonalField::ALL
            .into_iter()
            .filter(|f| ws.settings.sensitivity(*f) == Sensitivity::Private)
            .collect();
        let actors = ws
            .actors
            .iter()
            .map(|a| {
                let mut a = a.clone();
                for f in &private {
                    f.clear(&mut a);
                }
                a
            })
            .collect();
        let relations = ws
            .relations
            .iter()
            .map(|r| {
                let mut r = r.clone();
                r.note.clear();
                r
            })
            .collect();
        Self {
            id: super::new_id(),
            name: name.trim().to_owned(),
            at,
            network: ws.network.clone(),
            actors,
            relations,
            identity: ws.identity.clone(),
            topics: ws.topics.clone(),
            ambitions: ws.ambitions.clone(),
            extra: Extra::new(),
        }
    }

    /// As people call it: its name and day, or the day alone when that is its name.
    pub fn label(&self, tz: &jiff::tz::TimeZone) -> String {
        let day = self.at.to_zoned(tz.clone()).date().to_string();
        if self.name.is_empty() || self.name == day {
            day
        } else {
            format!("{} ({day})", self.name)
        }
    }

    /// The snapshot as a workspace, to measure and compare it like the live one.
    pub fn workspace(&self) -> Workspace {
        let mut ws = Workspace::new(&self.network.name);
        ws.network = self.network.clone();
        ws.actors.clone_from(&self.actors);
        ws.relations.clone_from(&self.relations);
        ws.identity = self.identity.clone();
        ws.topics.clone_from(&self.topics);
        ws.ambitions.clone_from(&self.ambitions);
        ws
    }
}
