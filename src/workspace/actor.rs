//! Actoren: the participants, their roles over time, their position, and their relations.

use jiff::civil::Date;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Extra, Id, new_id};

/// Whether an actor is one person, an organisation or a team.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ActorKind {
    /// One person.
    #[default]
    Person,
    /// An organisation (gemeente, GGD, corporatie ...).
    Organisation,
    /// A team or working group.
    Team,
}

/// In which capacity an actor takes part.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Capacity {
    /// On a personal title (op persoonlijke titel).
    Personal,
    /// On behalf of an organisation.
    Organisation,
    /// On behalf of a constituency (achterban).
    Achterban,
}

/// Whether a person agreed to be named outside the network's own team (AVG/GDPR).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Consent {
    /// Agreed.
    Given,
    /// Did not agree.
    Refused,
}

/// The three rings around the centre of a network.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Position {
    /// Strategische kern: the driving force.
    Kern,
    /// Complementaire ring: fills gaps with specific knowledge and skills.
    Ring,
    /// Vrije ruimte: involved more loosely.
    VrijeRuimte,
}

/// The three roles of the method.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// Participant, also called grenswerker (boundary spanner).
    Participant,
    /// Netwerkleider: mobilises, connects, keeps interaction flowing.
    Netwerkleider,
    /// Coalitieleider: leads one coalition.
    Coalitieleider,
}

/// One period in which an actor held a role; `until` is empty while it lasts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct RolePeriod {
    /// The role.
    pub role: Role,
    /// For a coalitieleider: the ambition whose coalition they lead.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coalition: Option<Id>,
    /// First day in the role.
    pub from: Date,
    /// Last day in the role, once it ended.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<Date>,
    /// Fields written by a newer knoop, kept as they were.
    #[serde(flatten)]
    pub extra: super::Extra,
}

/// Interests (belangen) at three levels.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Interests {
    /// What the person wants.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub individual: String,
    /// What their organisation wants.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub organisational: String,
    /// What they want for the shared cause.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub collective: String,
    /// Fields written by a newer knoop, kept as they were.
    #[serde(flatten)]
    pub extra: super::Extra,
}

/// A participant of the network, or a prospective one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Actor {
    /// Stable id.
    pub id: Id,
    /// Display name.
    pub name: String,
    /// Person, organisation or team.
    #[serde(default)]
    pub kind: ActorKind,
    /// In which capacity they take part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capacity: Option<Capacity>,
    /// The organisation or achterban represented.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub represents: String,
    /// What they may commit to on behalf of others.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub mandate: String,
    /// Belangen.
    #[serde(default, skip_serializing_if = "Interests::is_empty")]
    pub interests: Interests,
    /// Kenmerken.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub characteristics: String,
    /// Free tags.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// How to reach them.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub contact: String,
    /// Kern, ring or vrije ruimte.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position: Option<Position>,
    /// Roles over time; never overwritten, only ended.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<RolePeriod>,
    /// What they bring (brengen).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub brings: Vec<String>,
    /// What they come to get (halen).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub gets: Vec<String>,
    /// Free notes.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// Not at the table yet: someone who should be.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub prospective: bool,
    /// Whether this person agreed to be named in a public export (none: not asked yet, which
    /// counts as no).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consent: Option<Consent>,
    /// Where the actor is pinned on the map, in the unit square (`[x, y]`; none: laid out).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub map: Option<[f64; 2]>,
    /// Fields written by a newer knoop.
    #[serde(flatten)]
    pub extra: Extra,
}

impl Interests {
    /// Nothing filled in.
    pub fn is_empty(&self) -> bool {
        self.individual.is_empty() && self.organisational.is_empty() && self.collective.is_empty()
    }
}

/// Where an actor stands in halen en brengen: the method warns that who only takes, or only
/// brings, drops out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Balance {
    /// Brings something and gets something back.
    Both,
    /// Gets, brings nothing.
    OnlyTakes,
    /// Brings, gets nothing.
    OnlyBrings,
    /// Nothing written down yet.
    Neither,
}

impl Actor {
    /// Halen en brengen for this actor.
    pub fn balance(&self) -> Balance {
        match (self.brings.is_empty(), self.gets.is_empty()) {
            (false, false) => Balance::Both,
            (true, false) => Balance::OnlyTakes,
            (false, true) => Balance::OnlyBrings,
            (true, true) => Balance::Neither,
        }
    }

    /// A new person with a fresh id and only a name.
    pub fn new(name: &str) -> Self {
        Self {
            id: new_id(),
            name: name.to_owned(),
            kind: ActorKind::Person,
            capacity: None,
            represents: String::new(),
            mandate: String::new(),
            interests: Interests::default(),
            characteristics: String::new(),
            tags: Vec::new(),
            contact: String::new(),
            position: None,
            roles: Vec::new(),
            brings: Vec::new(),
            gets: Vec::new(),
            notes: String::new(),
            prospective: false,
            consent: None,
            map: None,
            extra: Extra::new(),
        }
    }

    /// Roles held today (periods without an end).
    pub fn current_roles(&self) -> impl Iterator<Item = &RolePeriod> {
        self.roles.iter().filter(|p| p.until.is_none())
    }

    /// Whether the actor currently holds `role`.
    pub fn has_role(&self, role: Role) -> bool {
        self.current_roles().any(|p| p.role == role)
    }
}

/// A relation between two actors; `mutual` ones have no direction.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Relation {
    /// Stable id.
    pub id: Id,
    /// From this actor.
    pub from: Id,
    /// To this actor.
    pub to: Id,
    /// User-defined type, e.g. "werkt samen", "financiert".
    pub kind: String,
    /// Both ways.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub mutual: bool,
    /// Optional strength, 1 to 5.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub strength: Option<u8>,
    /// A note on the relation.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// Fields written by a newer knoop.
    #[serde(flatten)]
    pub extra: Extra,
}

impl Relation {
    /// A new directed relation.
    pub fn new(from: Id, to: Id, kind: &str) -> Self {
        Self {
            id: new_id(),
            from,
            to,
            kind: kind.to_owned(),
            mutual: false,
            strength: None,
            note: String::new(),
            extra: Extra::new(),
        }
    }
}
