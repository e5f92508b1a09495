//! The domain: one network, described by the method's four building blocks (actors, identity,
//! ambitions, foundation), plus the meeting log and the questionnaire rounds.
//!
//! Plain serde types and pure methods. No terminal, no I/O: the store reads and writes these, the
//! app changes them only through [`edit`] so that every change can be undone.

pub mod actor;
pub mod agenda;
pub mod conflict;
pub mod dates;
pub mod edit;
pub mod foundation;
pub mod identity;
pub mod log;
pub mod merge;
pub mod network;
pub mod privacy;
pub mod references;
pub mod resolve;
pub mod roles;
pub mod snapshot;
pub mod text;
pub mod vocab;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use actor::{
    Actor, ActorKind, Capacity, Consent, Interests, Position, Relation, Role, RolePeriod,
};
pub use agenda::{Ambition, AmbitionKind, AmbitionStatus, Engagement, Investment, Topic};
pub use edit::{Change, Edit, Record};
pub use foundation::{Form, Foundation, Orientation, OrientationCover, Rule, RuleCategory};
pub use identity::{Area, IdentityCard, IdentitySession, IdentityWord, Weight};
pub use log::{FollowUp, LogEntry, LogKind};
pub use network::{
    Continuation, CycleDecision, Network, NetworkType, Phase, PhaseChange, Questionnaire, Round,
};
pub use vocab::Vocabulary;

/// The value of the top-level `format` field: how a knoop file says what it is.
pub const FORMAT: &str = "knoop-workspace";
/// The file format version this build writes and fully understands.
pub const VERSION: u32 = 1;

/// A stable record id. Version 7 UUIDs sort by creation time, so new records land last.
pub type Id = uuid::Uuid;

/// Unknown fields of a record, kept so that an older knoop never drops a newer one's data.
pub type Extra = serde_json::Map<String, serde_json::Value>;

/// Makes a new, time-ordered id.
pub fn new_id() -> Id {
    id_at(std::time::SystemTime::now())
}

/// A v7 id for the moment `now`. A clock before 1970 (a machine without a set clock) counts as
/// 1970 rather than panicking; the random part keeps such ids unique.
fn id_at(now: std::time::SystemTime) -> Id {
    // A counter within the millisecond keeps ids made in one moment in the order they were made.
    static CONTEXT: std::sync::Mutex<uuid::ContextV7> =
        std::sync::Mutex::new(uuid::ContextV7::new());
    let since = now
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    uuid::Uuid::new_v7(uuid::Timestamp::from_unix(
        &CONTEXT,
        since.as_secs(),
        since.subsec_nanos(),
    ))
}

/// The whole workspace: everything knoop knows about one network.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Workspace {
    /// Always `knoop-workspace`.
    pub format: String,
    /// The file format version.
    pub version: u32,
    /// The network itself: name, issue, type, phase.
    #[serde(default)]
    pub network: Network,
    /// Actoren: who takes part (and who should).
    #[serde(default)]
    pub actors: Vec<Actor>,
    /// Relations between actors.
    #[serde(default)]
    pub relations: Vec<Relation>,
    /// Identiteit: the identity card.
    #[serde(default)]
    pub identity: IdentityCard,
    /// Ambities: agenda topics with engagement per actor.
    #[serde(default)]
    pub topics: Vec<Topic>,
    /// Ambities carried by a coalition.
    #[serde(default)]
    pub ambitions: Vec<Ambition>,
    /// Fundament: spelregels, leiderschap, vorm.
    #[serde(default)]
    pub foundation: Foundation,
    /// Logboek: check-ins, notes, decisions, follow-ups.
    #[serde(default)]
    pub log: Vec<LogEntry>,
    /// The questionnaire "De basis van je netwerk": its rounds of answers.
    #[serde(default)]
    pub questionnaire: Questionnaire,
    /// How this network wants knoop to judge things, such as when contact counts as lost.
    #[serde(default, skip_serializing_if = "Settings::is_default")]
    pub settings: Settings,
    /// Actors erased with `knoop forget`: their ids only, so that nothing brings them back.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub forgotten: Vec<Id>,
    /// Dated copies of the network, to see how it shifted.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub snapshots: Vec<snapshot::Snapshot>,
    /// Fields two leaders changed differently, left open by a merge until someone chooses.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<conflict::Conflict>,
    /// Fields written by a newer knoop, kept as they were.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Choices a network makes for itself, kept in the file so every leader sees the same.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Settings {
    /// After how many weeks without contact an actor with a role or a coalition place is
    /// shown as lost touch with in the Overview; unset, the user's `knoop.toml` or 8 decides
    /// (see [`Settings::contact_weeks`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_weeks: Option<u16>,
    /// Fields of a person's record this network judges otherwise than knoop's defaults (see
    /// [`privacy`]), e.g. `{"tags": "private"}`.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub sensitivity: std::collections::BTreeMap<privacy::PersonalField, privacy::Sensitivity>,
    /// Fields written by a newer knoop, kept as they were.
    #[serde(flatten)]
    pub extra: Extra,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            contact_weeks: None,
            sensitivity: std::collections::BTreeMap::new(),
            extra: Extra::new(),
        }
    }
}

impl Settings {
    /// The no-contact period in weeks: the network's own, else the user's `knoop.toml`, else 8.
    pub fn contact_weeks(&self) -> u16 {
        self.contact_weeks
            .or(crate::config::get().contact_weeks)
            .unwrap_or(8)
    }

    /// How sensitive `field` is in this network.
    pub fn sensitivity(&self, field: privacy::PersonalField) -> privacy::Sensitivity {
        self.sensitivity
            .get(&field)
            .copied()
            .unwrap_or(field.default_sensitivity())
    }

    fn is_default(&self) -> bool {
        *self == Self::default()
    }
}

impl Default for Workspace {
    fn default() -> Self {
        Self::new("")
    }
}

impl Workspace {
    /// An empty workspace for a network with the given name.
    pub fn new(name: &str) -> Self {
        Self {
            format: FORMAT.to_owned(),
            version: VERSION,
            network: Network {
                name: name.to_owned(),
                ..Network::default()
            },
            actors: Vec::new(),
            relations: Vec::new(),
            identity: IdentityCard::default(),
            topics: Vec::new(),
            ambitions: Vec::new(),
            foundation: Foundation::default(),
            log: Vec::new(),
            questionnaire: Questionnaire::default(),
            settings: Settings::default(),
            forgotten: Vec::new(),
            snapshots: Vec::new(),
            conflicts: Vec::new(),
            extra: Extra::new(),
        }
    }

    /// The actor with this id.
    pub fn actor(&self, id: Id) -> Option<&Actor> {
        self.actors.iter().find(|a| a.id == id)
    }

    /// Every actor's name by id: for output that names many actors, where looking each up in
    /// the list would cost a pass per name.
    pub fn names_by_id(&self) -> std::collections::HashMap<Id, &str> {
        self.actors
            .iter()
            .map(|a| (a.id, a.name.as_str()))
            .collect()
    }

    /// The name of the actor with this id, or `?` for a dangling id.
    pub fn actor_name(&self, id: Id) -> &str {
        self.actor(id).map_or("?", |a| a.name.as_str())
    }

    /// Actors whose name matches `name` case-insensitively, exact matches only.
    pub fn actors_named(&self, name: &str) -> Vec<&Actor> {
        let wanted = name.trim().to_lowercase();
        // Compared letter by letter: lowercasing every name would allocate once per actor.
        self.actors
            .iter()
            .filter(|a| {
                a.name
                    .trim()
                    .chars()
                    .flat_map(char::to_lowercase)
                    .eq(wanted.chars())
            })
            .collect()
    }

    /// The ambition with this id.
    pub fn ambition(&self, id: Id) -> Option<&Ambition> {
        self.ambitions.iter().find(|a| a.id == id)
    }

    /// Adds an actor; returns the edit that undoes it.
    pub fn add_actor(&mut self, actor: Actor) -> Edit {
        let at = self.actors.len();
        self.commit(vec![Change::Insert {
            at,
            record: Record::Actor(Box::new(actor)),
        }])
    }

    /// Renames an actor; `None` when the id is unknown or the name is unchanged.
    pub fn rename_actor(&mut self, id: Id, name: &str) -> Option<Edit> {
        let at = self.actors.iter().position(|a| a.id == id)?;
        let before = self.actors[at].clone();
        if before.name == name {
            return None;
        }
        let mut after = before.clone();
        name.clone_into(&mut after.name);
        Some(self.commit(vec![Change::Replace {
            at,
            before: Record::Actor(Box::new(before)),
            after: Record::Actor(Box::new(after)),
        }]))
    }

    /// What deleting an actor takes along: relations, and references that are cleared.
    pub fn actor_ties(&self, id: Id) -> (usize, usize) {
        let relations = self
            .relations
            .iter()
            .filter(|r| r.from == id || r.to == id)
            .count();
        let roles = self.actor(id).map_or(0, |a| a.roles.len());
        (relations, roles)
    }

    /// Deletes an actor with its relations, and clears every reference to it elsewhere, as one
    /// undoable edit.
    pub fn delete_actor(&mut self, id: Id) -> Option<Edit> {
        let at = self.actors.iter().position(|a| a.id == id)?;
        let mut changes = Vec::new();
        // Relations go first, from the back, so recorded indices stay valid on replay.
        for (i, r) in self.relations.iter().enumerate().rev() {
            if r.from == id || r.to == id {
                changes.push(Change::Remove {
                    at: i,
                    record: Record::Relation(Box::new(r.clone())),
                });
            }
        }
        changes.extend(references::retarget(self, id, None));
        changes.push(Change::Remove {
            at,
            record: Record::Actor(Box::new(self.actors[at].clone())),
        });
        Some(self.commit(changes))
    }

    /// Adds a relation; returns the edit.
    pub fn add_relation(&mut self, relation: Relation) -> Edit {
        let at = self.relations.len();
        self.commit(vec![Change::Insert {
            at,
            record: Record::Relation(Box::new(relation)),
        }])
    }

    /// Deletes a relation by id.
    pub fn delete_relation(&mut self, id: Id) -> Option<Edit> {
        let at = self.relations.iter().position(|r| r.id == id)?;
        let record = Record::Relation(Box::new(self.relations[at].clone()));
        Some(self.commit(vec![Change::Remove { at, record }]))
    }

    /// Applies changes in order and returns them as one edit.
    pub fn commit(&mut self, changes: Vec<Change>) -> Edit {
        for c in &changes {
            edit::apply(self, c);
        }
        Edit { changes }
    }

    /// Reverts an edit that was the last one applied.
    pub fn undo(&mut self, edit: &Edit) {
        for c in edit.changes.iter().rev() {
            edit::apply(self, &c.inverse());
        }
    }

    /// Applies an edit again after it was undone.
    pub fn redo(&mut self, edit: &Edit) {
        for c in &edit.changes {
            edit::apply(self, c);
        }
    }

    /// Ids referenced somewhere that point to no actor; empty in a healthy workspace.
    pub fn dangling_actor_ids(&self) -> Vec<Id> {
        let known: std::collections::HashSet<Id> = self.actors.iter().map(|a| a.id).collect();
        let mut refs: Vec<Id> = Vec::new();
        refs.extend(self.relations.iter().flat_map(|r| [r.from, r.to]));
        refs.extend(self.identity.words.iter().filter_map(|w| w.author));
        refs.extend(self.topics.iter().filter_map(|t| t.raised_by));
        refs.extend(
            self.topics
                .iter()
                .flat_map(|t| t.engagement.keys().copied()),
        );
        for a in &self.ambitions {
            refs.extend(a.coalition.iter().copied());
            refs.extend(a.leader);
            refs.extend(a.investments.iter().map(|i| i.actor));
        }
        refs.extend(self.foundation.leadership.iter().map(|c| c.actor));
        for e in &self.log {
            refs.extend(e.actors.iter().copied());
            refs.extend(e.present.iter().copied());
            refs.extend(e.follow_ups.iter().filter_map(|f| f.owner));
        }
        refs.retain(|id| !known.contains(id));
        refs
    }
}

#[cfg(test)]
pub(crate) mod proptests;

#[cfg(test)]
mod tests {
    use super::*;

    fn ws_with(names: &[&str]) -> Workspace {
        let before_1970 = std::time::UNIX_EPOCH - std::time::Duration::from_secs(3600);
        let (a, b) = (id_at(before_1970), id_at(before_1970));
        assert_ne!(a, b, "unique even when the clock is before 1970");
        assert!(new_id() > a, "ids sort by time");
        let ids: Vec<Id> = (0..200).map(|_| new_id()).collect();
        assert!(
            ids.windows(2).all(|w| w[0] < w[1]),
            "and by order within a moment"
        );
        let mut ws = Workspace::new("Test");
        for n in names {
            ws.add_actor(Actor::new(n));
        }
        ws
    }

    #[test]
    fn add_rename_delete_undo_restore_exact_state() {
        let mut ws = ws_with(&["GGD", "Gemeente"]);
        let (a, b) = (ws.actors[0].id, ws.actors[1].id);
        ws.relations.push(Relation::new(a, b, "werkt samen"));
        ws.foundation.leadership.push(OrientationCover {
            orientation: Orientation::Strateeg,
            actor: a,
            extra: Extra::new(),
        });
        let before = ws.clone();
        let rename = ws.rename_actor(a, "GGD regio").unwrap();
        let delete = ws.delete_actor(a).unwrap();
        assert!(ws.relations.is_empty());
        assert!(ws.foundation.leadership.is_empty());
        assert!(ws.dangling_actor_ids().is_empty());
        ws.undo(&delete);
        ws.undo(&rename);
        assert_eq!(ws, before);
        ws.redo(&rename);
        ws.redo(&delete);
        assert_eq!(ws.actors.len(), 1);
        assert_eq!(ws.actors[0].id, b);
    }

    #[test]
    fn rename_to_same_name_is_no_edit() {
        let mut ws = ws_with(&["GGD"]);
        let id = ws.actors[0].id;
        assert!(ws.rename_actor(id, "GGD").is_none());
    }

    #[test]
    fn names_match_case_insensitively() {
        let ws = ws_with(&["Gemeente Utrecht", "GGD"]);
        assert_eq!(ws.actors_named(" gemeente utrecht ").len(), 1);
        assert!(ws.actors_named("Gemeente").is_empty());
    }
}
