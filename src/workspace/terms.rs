//! The method's terms as users type them: Dutch first, English accepted, case and spacing
//! ignored. Used by the command line and by the search filters.

use super::{ActorKind, Position, Role};

/// Finds `value` in a table of accepted spellings.
pub fn parse<T: Copy>(value: &str, table: &[(&str, T)]) -> Option<T> {
    let v = value.trim().to_lowercase().replace([' ', '_'], "-");
    table.iter().find(|(k, _)| *k == v).map(|(_, t)| *t)
}

/// Position names, Dutch first, English accepted.
pub const POSITIONS: &[(&str, Position)] = &[
    ("kern", Position::Kern),
    ("ring", Position::Ring),
    ("vrije-ruimte", Position::VrijeRuimte),
    ("strategische-kern", Position::Kern),
    ("complementaire-ring", Position::Ring),
    ("core", Position::Kern),
    ("free-space", Position::VrijeRuimte),
];

/// Role names, Dutch first, English accepted.
pub const ROLES: &[(&str, Role)] = &[
    ("participant", Role::Participant),
    ("grenswerker", Role::Participant),
    ("netwerkleider", Role::Netwerkleider),
    ("coalitieleider", Role::Coalitieleider),
    ("boundary-spanner", Role::Participant),
    ("network-leader", Role::Netwerkleider),
    ("coalition-leader", Role::Coalitieleider),
];

/// Actor kinds, Dutch and English.
pub const KINDS: &[(&str, ActorKind)] = &[
    ("persoon", ActorKind::Person),
    ("organisatie", ActorKind::Organisation),
    ("team", ActorKind::Team),
    ("person", ActorKind::Person),
    ("organisation", ActorKind::Organisation),
    ("organization", ActorKind::Organisation),
];
