//! What an import would do to a workspace: actors recognised by knoop id, else by name (case
//! does not matter); new actors, with the existing actor a new name is close to ("did you
//! mean"), never merged silently; relations whose ends are found in the file or the workspace;
//! and every row that cannot go in, with its line and why.

use std::collections::{HashMap, HashSet};

use super::{At, InActor, Incoming, Refused, Why};
use crate::workspace::edit::{Change, Record};
use crate::workspace::{Actor, Id, Relation, Workspace, new_id};

/// An actor of the file that the workspace already has.
#[derive(Debug, Clone, PartialEq)]
pub struct Matched {
    /// Where the file has it.
    pub at: At,
    /// The workspace's actor.
    pub actor: Id,
    /// Recognised by name (else by id).
    pub by_name: bool,
    /// What the file says differently (`name`, `kind`, `position`, `represents`, `tags`); the
    /// workspace's values stay.
    pub differs: Vec<&'static str>,
}

/// The import, ready to apply or to show.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Plan {
    /// New actors, and where the file has them.
    pub actors: Vec<(At, Actor)>,
    /// For a new actor (its index in `actors`): the existing actor whose name is close.
    pub similar: Vec<(usize, Id)>,
    /// Actors the workspace already has.
    pub matched: Vec<Matched>,
    /// New relations.
    pub relations: Vec<(At, Relation)>,
    /// Relations the workspace already has.
    pub known: usize,
    /// Rows that do not go in.
    pub refused: Vec<Refused>,
}

impl Plan {
    /// Whether applying it would change nothing.
    pub fn is_empty(&self) -> bool {
        self.actors.is_empty() && self.relations.is_empty()
    }

    /// The changes that apply it to `ws` (the workspace it was planned on): one edit.
    pub fn changes(&self, ws: &Workspace) -> Vec<Change> {
        let actors = self
            .actors
            .iter()
            .enumerate()
            .map(|(i, (_, a))| Change::Insert {
                at: ws.actors.len() + i,
                record: Record::Actor(Box::new(a.clone())),
            });
        let relations = self
            .relations
            .iter()
            .enumerate()
            .map(|(i, (_, r))| Change::Insert {
                at: ws.relations.len() + i,
                record: Record::Relation(Box::new(r.clone())),
            });
        actors.chain(relations).collect()
    }
}

fn lower(s: &str) -> String {
    s.trim().to_lowercase()
}

/// The existing names a new one may be a typo of, bucketed by first letter so that a large
/// import compares each name with a few others, not with all of them.
struct Near<'w> {
    buckets: HashMap<char, Vec<(String, &'w Actor)>>,
}

impl<'w> Near<'w> {
    fn new(ws: &'w Workspace) -> Self {
        let mut buckets: HashMap<char, Vec<(String, &Actor)>> = HashMap::new();
        for a in &ws.actors {
            let name = lower(&a.name);
            if let Some(c) = name.chars().next() {
                buckets.entry(c).or_default().push((name, a));
            }
        }
        Self { buckets }
    }

    fn closest(&self, name: &str) -> Option<Id> {
        let name = lower(name);
        let len = name.chars().count();
        self.buckets
            .get(&name.chars().next()?)?
            .iter()
            .filter(|(n, _)| n.chars().count().abs_diff(len) <= 3)
            .map(|(n, a)| (strsim::normalized_levenshtein(n, &name), a.id))
            .filter(|(score, _)| *score >= 0.8)
            .max_by(|x, y| x.0.total_cmp(&y.0))
            .map(|(_, id)| id)
    }
}

fn differs(a: &InActor, e: &Actor) -> Vec<&'static str> {
    let mut out = Vec::new();
    if lower(&a.name) != lower(&e.name) {
        out.push("name");
    }
    if a.kind.is_some_and(|k| k != e.kind) {
        out.push("kind");
    }
    if a.position.is_some() && a.position != e.position {
        out.push("position");
    }
    if !a.represents.is_empty() && a.represents != e.represents {
        out.push("represents");
    }
    if a.tags.iter().any(|t| !e.tags.contains(t)) {
        out.push("tags");
    }
    out
}

fn new_actor(a: &InActor) -> Actor {
    let mut actor = Actor::new(&a.name);
    actor.id = a.id.unwrap_or_else(new_id);
    actor.kind = a.kind.unwrap_or_default();
    actor.position = a.position;
    actor.represents.clone_from(&a.represents);
    actor.tags.clone_from(&a.tags);
    actor.prospective = a.prospective;
    actor
}

/// Matches `incoming` against `ws`.
pub fn plan(ws: &Workspace, incoming: Incoming) -> Plan {
    let mut plan = Plan {
        refused: incoming.refused,
        ..Plan::default()
    };
    let by_id: HashSet<Id> = ws.actors.iter().map(|a| a.id).collect();
    let mut by_name: HashMap<String, Vec<Id>> = HashMap::new();
    for a in &ws.actors {
        by_name.entry(lower(&a.name)).or_default().push(a.id);
    }
    let forgotten: HashSet<Id> = ws.forgotten.iter().copied().collect();
    let near = Near::new(ws);
    // How the file's rows and relation ends find an actor: its key, its name, its id.
    let mut keys: HashMap<String, Id> = HashMap::new();
    let mut first: HashMap<String, At> = HashMap::new();
    for a in incoming.actors {
        if a.id.is_some_and(|id| forgotten.contains(&id)) {
            plan.refused.push(Refused {
                at: a.at,
                why: Why::Forgotten,
            });
            continue;
        }
        let same = a.id.map_or_else(|| lower(&a.name), |id| id.to_string());
        if let Some(earlier) = first.get(&same) {
            plan.refused.push(Refused {
                at: a.at,
                why: Why::Twice(earlier.clone()),
            });
            continue;
        }
        first.insert(same, a.at.clone());
        let named = by_name.get(&lower(&a.name)).map_or(&[][..], Vec::as_slice);
        let id = match (a.id.filter(|id| by_id.contains(id)), named) {
            (Some(id), _) | (None, &[id]) => {
                let existing = ws.actor(id).map(|e| differs(&a, e)).unwrap_or_default();
                plan.matched.push(Matched {
                    at: a.at.clone(),
                    actor: id,
                    by_name: a.id.is_none_or(|x| x != id),
                    differs: existing,
                });
                id
            }
            (None, []) => {
                let actor = new_actor(&a);
                if let Some(close) = near.closest(&a.name) {
                    plan.similar.push((plan.actors.len(), close));
                }
                let id = actor.id;
                plan.actors.push((a.at.clone(), actor));
                id
            }
            (None, _) => {
                plan.refused.push(Refused {
                    at: a.at,
                    why: Why::Ambiguous(a.name),
                });
                continue;
            }
        };
        keys.insert(a.key.clone(), id);
        keys.entry(lower(&a.name)).or_insert(id);
        keys.insert(id.to_string(), id);
    }
    relations(ws, incoming.relations, &keys, &by_name, &mut plan);
    plan
}

fn relations(
    ws: &Workspace,
    rows: Vec<super::InRelation>,
    keys: &HashMap<String, Id>,
    by_name: &HashMap<String, Vec<Id>>,
    plan: &mut Plan,
) {
    let known_ids: HashSet<Id> = ws.relations.iter().map(|r| r.id).collect();
    let mut pairs: HashSet<(Id, Id, String)> = ws
        .relations
        .iter()
        .flat_map(|r| {
            let kind = lower(&r.kind);
            let back = r.mutual.then(|| (r.to, r.from, kind.clone()));
            std::iter::once((r.from, r.to, kind)).chain(back)
        })
        .collect();
    let existing: HashSet<Id> = ws.actors.iter().map(|a| a.id).collect();
    for r in rows {
        let end = |s: &str| -> Result<Id, Why> {
            if let Some(id) = keys.get(s).or_else(|| keys.get(&lower(s))) {
                return Ok(*id);
            }
            if let Ok(id) = Id::parse_str(s)
                && existing.contains(&id)
            {
                return Ok(id);
            }
            match by_name.get(&lower(s)).map(Vec::as_slice) {
                Some([id]) => Ok(*id),
                Some([_, _, ..]) => Err(Why::Ambiguous(s.to_owned())),
                _ => Err(Why::UnknownEnd(s.to_owned())),
            }
        };
        let (from, to) = match (end(&r.from), end(&r.to)) {
            (Ok(f), Ok(t)) if f == t => {
                plan.refused.push(Refused {
                    at: r.at,
                    why: Why::SelfLoop,
                });
                continue;
            }
            (Ok(f), Ok(t)) => (f, t),
            (Err(why), _) | (_, Err(why)) => {
                plan.refused.push(Refused { at: r.at, why });
                continue;
            }
        };
        let kind = lower(&r.kind);
        if r.id.is_some_and(|id| known_ids.contains(&id))
            || pairs.contains(&(from, to, kind.clone()))
        {
            plan.known += 1;
            continue;
        }
        if r.mutual {
            pairs.insert((to, from, kind.clone()));
        }
        pairs.insert((from, to, kind));
        let mut relation = Relation::new(from, to, &r.kind);
        relation.id =
            r.id.filter(|id| !known_ids.contains(id))
                .unwrap_or_else(new_id);
        relation.mutual = r.mutual;
        relation.strength = r.strength;
        plan.relations.push((r.at, relation));
    }
}
