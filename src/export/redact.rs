//! What an export leaves out, field by field as the network judges them
//! ([`crate::workspace::privacy`]). At every level the private fields (by default: contact
//! details, notes, personal interests, mandates, notes on relations). For the public
//! (`--redact public`) also every natural person (an actor of kind person) who has not given
//! consent: their team fields go too and their name becomes a stable pseudonym (`Persoon 7`),
//! the same in every export made with the same key, which maps record ids to numbers and is
//! kept beside the workspace, never in an export; and the log, whose text names people.
//! Organisations, the map and the counts stay.

use std::collections::BTreeMap;

use crate::i18n::{self as t, Lang, fill};
use crate::workspace::privacy::{PersonalField, Sensitivity};
use crate::workspace::{ActorKind, Consent, Id, Workspace};

/// How much an export may show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// For the network's own team: everything but the private fields.
    Team,
    /// For anyone: no person without consent, no log either.
    Public,
}

/// The key: which pseudonym number each person has.
pub type Pseudonyms = BTreeMap<Id, u32>;

/// The field in words, as a list of what was left out says it.
pub fn field_words(field: PersonalField) -> t::L {
    match field {
        PersonalField::Contact => t::PRIVACY_CONTACT,
        PersonalField::Notes => t::PRIVACY_NOTES,
        PersonalField::InterestIndividual => t::PRIVACY_INTEREST_INDIVIDUAL,
        PersonalField::InterestOrganisational => t::PRIVACY_INTEREST_ORGANISATIONAL,
        PersonalField::InterestCollective => t::PRIVACY_INTEREST_COLLECTIVE,
        PersonalField::Mandate => t::PRIVACY_MANDATE,
        PersonalField::Represents => t::PRIVACY_REPRESENTS,
        PersonalField::Characteristics => t::PRIVACY_CHARACTERISTICS,
        PersonalField::HalenBrengen => t::PRIVACY_HALEN_BRENGEN,
        PersonalField::Tags => t::PRIVACY_TAGS,
        PersonalField::RelationNote => t::PRIVACY_RELATION_NOTES,
    }
}

/// `ws` as it may leave at `level`, numbering new persons in `key`; and what was left out, in
/// `lang`, for the export's first lines.
pub fn redact(
    ws: &Workspace,
    level: Level,
    key: &mut Pseudonyms,
    lang: Lang,
) -> (Workspace, String) {
    let at = |s: Sensitivity| -> Vec<PersonalField> {
        PersonalField::ALL
            .into_iter()
            .filter(|f| ws.settings.sensitivity(*f) == s)
            .collect()
    };
    let (private, team) = (at(Sensitivity::Private), at(Sensitivity::Team));
    let words = |fields: &[PersonalField]| {
        let list: Vec<&str> = fields.iter().map(|f| lang.pick(field_words(*f))).collect();
        list.join(", ")
    };
    let mut out = ws.clone();
    for a in &mut out.actors {
        for f in &private {
            f.clear(a);
        }
    }
    let notes_go = |fields: &[PersonalField]| fields.contains(&PersonalField::RelationNote);
    if notes_go(&private) || (level == Level::Public && notes_go(&team)) {
        for r in &mut out.relations {
            r.note.clear();
        }
    }
    if level == Level::Team {
        let said = fill(lang.pick(t::REDACT_TEAM), &[("fields", &words(&private))]);
        return (out, said);
    }
    let mut hidden = 0;
    for a in &mut out.actors {
        if a.kind == ActorKind::Person && a.consent != Some(Consent::Given) {
            let next = key.values().max().copied().unwrap_or(0) + 1;
            let n = *key.entry(a.id).or_insert(next);
            a.name = fill(lang.pick(t::REDACT_PERSON), &[("n", &n.to_string())]);
            for f in &team {
                f.clear(a);
            }
            hidden += 1;
        }
    }
    out.log.clear();
    out.network.phase_note.clear();
    out.network.kind_note.clear();
    let said = fill(
        lang.pick(t::REDACT_PUBLIC),
        &[
            ("fields", &words(&private)),
            (
                "who",
                &t::count(lang, hidden, t::REDACT_WHO_ONE, t::REDACT_WHO_MANY),
            ),
            ("team", &words(&team)),
        ],
    );
    (out, said)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workspace::Actor;

    #[test]
    fn a_network_judges_a_field_otherwise_and_the_export_follows_and_says_so() {
        let mut ws = Workspace::new("N");
        let mut a = Actor::new("Bram");
        a.tags = vec!["buurtvader".into()];
        a.contact = "06".into();
        a.represents = "Wijkraad".into();
        ws.actors.push(a);
        let mut key = Pseudonyms::new();
        let (out, said) = redact(&ws, Level::Team, &mut key, Lang::En);
        assert_eq!(
            said,
            "Left out (personal data): contact details, notes, personal interests, mandates, notes on relations."
        );
        assert_eq!(
            (out.actors[0].contact.as_str(), out.actors[0].tags.len()),
            ("", 1)
        );
        ws.settings
            .sensitivity
            .insert(PersonalField::Tags, Sensitivity::Private);
        let (out, said) = redact(&ws, Level::Team, &mut key, Lang::Nl);
        assert!(out.actors[0].tags.is_empty());
        assert!(said.ends_with("notities bij relaties, labels."), "{said}");
        let (out, said) = redact(&ws, Level::Public, &mut key, Lang::En);
        assert_eq!(out.actors[0].name, "Person 1");
        assert!(
            out.actors[0].represents.is_empty(),
            "a team field of a person goes"
        );
        assert!(
            said.contains(
                "tags and the log; 1 person without consent appears under a pseudonym, without \
                 organisational interests, collective interests, whom they represent,"
            ),
            "{said}"
        );
    }
}
