//! Ambities: the agenda topics, engagement per actor, and the ambitions carried by coalitions.

use std::collections::BTreeMap;

use jiff::civil::Date;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Extra, Id};

/// How much an actor wants to be involved in a topic, from least to most.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Engagement {
    /// Be informed.
    Weten,
    /// Think along.
    Meedenken,
    /// Take part.
    Meedoen,
    /// Co-decide.
    Meebepalen,
}

/// A topic, question or issue on the agenda.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Topic {
    /// Stable id.
    pub id: Id,
    /// Short title.
    pub title: String,
    /// Longer description.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// Who raised it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub raised_by: Option<Id>,
    /// Engagement per actor id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub engagement: BTreeMap<Id, Engagement>,
    /// Fields written by a newer knoop.
    #[serde(flatten)]
    pub extra: Extra,
}

impl Topic {
    /// How many actors chose each level, in the order of [`Engagement::ALL`].
    pub fn counts(&self) -> [usize; 4] {
        let mut counts = [0; 4];
        for level in self.engagement.values() {
            counts[*level as usize] += 1;
        }
        counts
    }
}

/// What kind of joint work an ambition is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum AmbitionKind {
    /// A project with an end.
    #[default]
    Project,
    /// A programme of several projects.
    Programme,
    /// An event.
    Event,
    /// Any other joint activity.
    JointActivity,
}

/// Where an ambition stands.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum AmbitionStatus {
    /// Being explored.
    #[default]
    Idea,
    /// Work under way.
    Active,
    /// Paused.
    Paused,
    /// Finished.
    Done,
    /// Stopped.
    Stopped,
}

/// What one partner invests in an ambition.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Investment {
    /// The partner.
    pub actor: Id,
    /// Time, e.g. "4 uur per week".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub time: String,
    /// Money.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub money: String,
    /// Knowledge.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub knowledge: String,
    /// Fields written by a newer knoop, kept as they were.
    #[serde(flatten)]
    pub extra: super::Extra,
}

/// An ambition: what the network does together, carried by a coalition.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Ambition {
    /// Stable id.
    pub id: Id,
    /// Short title.
    pub title: String,
    /// The topic it grew from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub topic: Option<Id>,
    /// Project, programme, event or joint activity.
    #[serde(default)]
    pub kind: AmbitionKind,
    /// Where it stands.
    #[serde(default)]
    pub status: AmbitionStatus,
    /// What it is about.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// The coalition: actors carrying it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub coalition: Vec<Id>,
    /// The coalitieleider.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub leader: Option<Id>,
    /// What each partner invests.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub investments: Vec<Investment>,
    /// The next step.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub next_step: String,
    /// When the next step is due.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_date: Option<Date>,
    /// When the coalition meets next, if agreed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_meeting: Option<Date>,
    /// Fields written by a newer knoop.
    #[serde(flatten)]
    pub extra: Extra,
}

impl Topic {
    /// A new topic with a fresh id.
    pub fn new(title: &str) -> Self {
        Self {
            id: super::new_id(),
            title: title.to_owned(),
            description: String::new(),
            raised_by: None,
            engagement: BTreeMap::new(),
            extra: Extra::new(),
        }
    }

    /// Actors who want to meedoen or meebepalen: the coalition candidates.
    pub fn candidates(&self) -> Vec<Id> {
        self.engagement
            .iter()
            .filter(|(_, l)| **l >= Engagement::Meedoen)
            .map(|(id, _)| *id)
            .collect()
    }
}

impl Ambition {
    /// A new ambition, an idea for now, with an empty coalition.
    pub fn new(title: &str) -> Self {
        Self {
            id: super::new_id(),
            title: title.to_owned(),
            topic: None,
            kind: AmbitionKind::Project,
            status: AmbitionStatus::Idea,
            description: String::new(),
            coalition: Vec::new(),
            leader: None,
            investments: Vec::new(),
            next_step: String::new(),
            next_date: None,
            next_meeting: None,
            extra: Extra::new(),
        }
    }

    /// A new ambition grown from a topic: its coalition starts as the actors who want to
    /// meedoen or meebepalen on it.
    pub fn from_topic(topic: &Topic, title: &str) -> Self {
        Self {
            topic: Some(topic.id),
            description: topic.description.clone(),
            coalition: topic.candidates(),
            ..Self::new(title)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_and_coalition_candidates_come_from_the_grid() {
        let (a, b, c) = (
            super::super::new_id(),
            super::super::new_id(),
            super::super::new_id(),
        );
        let mut t = Topic::new("Gezonde school");
        t.engagement.insert(a, Engagement::Weten);
        t.engagement.insert(b, Engagement::Meedoen);
        t.engagement.insert(c, Engagement::Meebepalen);
        assert_eq!(t.counts(), [1, 0, 1, 1]);
        let amb = Ambition::from_topic(&t, "School");
        assert_eq!(amb.coalition.len(), 2);
        assert!(!amb.coalition.contains(&a));
        assert_eq!(amb.topic, Some(t.id));
    }
}
