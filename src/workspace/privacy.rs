//! How sensitive each part of an actor's record is, for what may leave the workspace: public
//! (anyone may see it), team (the network's own team), private (only the file). The defaults
//! follow the AVG/GDPR's idea of personal data: how to reach someone, what they said in
//! confidence, their own interests and mandate are private; what they bring and represent is
//! for the team. A network may set a field otherwise in the file's `settings.sensitivity`.
//! Organisations and teams are not natural persons: at the public level their team fields stay.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Who may see a field.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Sensitivity {
    /// Anyone.
    Public,
    /// The network's own team.
    Team,
    /// Nobody outside the file.
    Private,
}

/// The parts of an actor's record (and a relation's note) that an export may leave out.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum PersonalField {
    /// How to reach them.
    Contact,
    /// Free notes.
    Notes,
    /// Their own interest.
    InterestIndividual,
    /// Their mandate.
    Mandate,
    /// The note on a relation.
    RelationNote,
    /// Their organisation's interest.
    InterestOrganisational,
    /// What they want for the shared cause.
    InterestCollective,
    /// The organisation represented.
    Represents,
    /// Kenmerken.
    Characteristics,
    /// What they bring and come to get.
    HalenBrengen,
    /// Tags.
    Tags,
}

impl PersonalField {
    /// Every field, private ones first.
    pub const ALL: [Self; 11] = [
        Self::Contact,
        Self::Notes,
        Self::InterestIndividual,
        Self::Mandate,
        Self::RelationNote,
        Self::InterestOrganisational,
        Self::InterestCollective,
        Self::Represents,
        Self::Characteristics,
        Self::HalenBrengen,
        Self::Tags,
    ];

    /// Empties this field of `a` (a relation's note is the caller's to clear).
    pub fn clear(self, a: &mut super::Actor) {
        match self {
            Self::Contact => a.contact.clear(),
            Self::Notes => a.notes.clear(),
            Self::InterestIndividual => a.interests.individual.clear(),
            Self::InterestOrganisational => a.interests.organisational.clear(),
            Self::InterestCollective => a.interests.collective.clear(),
            Self::Mandate => a.mandate.clear(),
            Self::Represents => a.represents.clear(),
            Self::Characteristics => a.characteristics.clear(),
            Self::HalenBrengen => {
                a.brings.clear();
                a.gets.clear();
            }
            Self::Tags => a.tags.clear(),
            Self::RelationNote => {}
        }
    }

    /// How sensitive the field is unless the network says otherwise.
    pub const fn default_sensitivity(self) -> Sensitivity {
        match self {
            Self::Contact
            | Self::Notes
            | Self::InterestIndividual
            | Self::Mandate
            | Self::RelationNote => Sensitivity::Private,
            _ => Sensitivity::Team,
        }
    }
}
