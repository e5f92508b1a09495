//! What an export leaves out. At every level the personal fields: contact details, notes,
//! personal interests, mandates, relation notes. For the public (`--redact public`) also every
//! natural person (an actor of kind person) who has not given consent, replaced by a stable
//! pseudonym (`Persoon 7`): the same in every export made with the same key, which maps record
//! ids to numbers and is kept beside the workspace, never in an export; and the log, whose
//! text names people. Organisations, the map and the counts stay.

use std::collections::BTreeMap;

use crate::i18n::{self as t, Lang, fill};
use crate::workspace::{ActorKind, Consent, Id, Workspace};

/// How much an export may show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// For the network's own team: everything but the personal fields.
    Team,
    /// For anyone: no person without consent, no log either.
    Public,
}

/// The key: which pseudonym number each person has.
pub type Pseudonyms = BTreeMap<Id, u32>;

/// `ws` as it may leave at `level`, numbering new persons in `key`; and what was left out, in
/// `lang`, for the export's first lines.
pub fn redact(
    ws: &Workspace,
    level: Level,
    key: &mut Pseudonyms,
    lang: Lang,
) -> (Workspace, String) {
    let mut out = ws.clone();
    for a in &mut out.actors {
        a.contact.clear();
        a.notes.clear();
        a.interests.individual.clear();
        a.mandate.clear();
    }
    for r in &mut out.relations {
        r.note.clear();
    }
    let mut said = lang.pick(t::REDACT_TEAM).to_owned();
    if level == Level::Public {
        let mut hidden = 0;
        for a in &mut out.actors {
            if a.kind == ActorKind::Person && a.consent != Some(Consent::Given) {
                let next = key.values().max().copied().unwrap_or(0) + 1;
                let n = *key.entry(a.id).or_insert(next);
                a.name = fill(lang.pick(t::REDACT_PERSON), &[("n", &n.to_string())]);
                a.represents.clear();
                a.characteristics.clear();
                a.brings.clear();
                a.gets.clear();
                hidden += 1;
            }
        }
        out.log.clear();
        out.network.phase_note.clear();
        out.network.kind_note.clear();
        said = fill(lang.pick(t::REDACT_PUBLIC), &[("n", &hidden.to_string())]);
    }
    (out, said)
}
