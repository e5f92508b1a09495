//! Fundament: spelregels (rules of play), leiderschap (leadership orientations) and vorm (form).

use super::Vocabulary;
use jiff::civil::Date;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Extra, Id, new_id};

/// What a rule of play is about.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum RuleCategory {
    /// How decisions are made and when one counts.
    Decisions,
    /// Give-and-take (halen en brengen).
    GiveAndTake,
    /// How conflicts are handled.
    Conflicts,
    /// Joining and leaving.
    JoiningLeaving,
    /// Code of conduct.
    Conduct,
    /// Anything else.
    #[default]
    Other,
}

/// A spelregel.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Rule {
    /// Stable id.
    pub id: Id,
    /// The rule.
    pub text: String,
    /// What it is about.
    #[serde(default)]
    pub category: RuleCategory,
    /// Agreed out loud (true) or grown implicitly (false).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub explicit: bool,
    /// When it was agreed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agreed: Option<Date>,
    /// When to look at it again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_due: Option<Date>,
    /// Fields written by a newer knoop.
    #[serde(flatten)]
    pub extra: Extra,
}

impl Rule {
    /// A new rule with a fresh id.
    pub fn new(text: &str) -> Self {
        Self {
            id: new_id(),
            text: text.to_owned(),
            category: RuleCategory::Other,
            explicit: true,
            agreed: None,
            review_due: None,
            extra: Extra::new(),
        }
    }
}

/// The four orientations of network leadership.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Orientation {
    /// Guards identity and strategic course.
    Strateeg,
    /// Quality of interaction and infrastructure.
    Ontwikkelaar,
    /// Spots new initiatives, builds coalitions.
    Verkenner,
    /// Runs the processes of coalitions and projects.
    Procesmanager,
}

/// One actor covering one orientation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct OrientationCover {
    /// The orientation.
    pub orientation: Orientation,
    /// Who covers it.
    pub actor: Id,
    /// Fields written by a newer knoop, kept as they were.
    #[serde(flatten)]
    pub extra: super::Extra,
}

/// The form (vorm) of the network.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Form {
    /// Informal.
    Informal,
    /// A platform.
    Platform,
    /// A lead organisation (penvoerder).
    LeadOrganisation,
    /// A legal entity.
    LegalEntity,
    /// Anything else.
    Other,
}

/// The foundation block.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Foundation {
    /// How the network decides, in a sentence.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub decision_rule: String,
    /// The form.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub form: Option<Form>,
    /// A note on the form.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub form_note: String,
    /// Spelregels.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rules: Vec<Rule>,
    /// Who covers which leadership orientation.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub leadership: Vec<OrientationCover>,
    /// Fields written by a newer knoop, kept as they were.
    #[serde(flatten)]
    pub extra: super::Extra,
}

impl Foundation {
    /// Orientations nobody covers.
    pub fn uncovered(&self) -> Vec<Orientation> {
        Orientation::ALL
            .iter()
            .copied()
            .filter(|o| !self.leadership.iter().any(|c| c.orientation == *o))
            .collect()
    }
}
