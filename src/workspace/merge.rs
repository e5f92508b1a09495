//! Merging two actors that turn out to be the same: one record survives, and everything the
//! other had (roles, relations, notes, log references, engagement) moves over, as one edit.

use super::{Actor, Change, Edit, Id, Record, Workspace, references};

fn union(into: &mut Vec<String>, from: &[String]) {
    for item in from {
        if !into.contains(item) {
            into.push(item.clone());
        }
    }
}

fn fill(into: &mut String, from: &str) {
    if into.trim().is_empty() {
        from.clone_into(into);
    }
}

/// `into` with what `from` adds: empty fields filled, lists joined, notes appended.
fn merged(into: &Actor, from: &Actor) -> Actor {
    let mut out = into.clone();
    out.roles.extend(from.roles.iter().cloned());
    union(&mut out.tags, &from.tags);
    union(&mut out.brings, &from.brings);
    union(&mut out.gets, &from.gets);
    fill(&mut out.represents, &from.represents);
    fill(&mut out.mandate, &from.mandate);
    fill(&mut out.contact, &from.contact);
    fill(&mut out.characteristics, &from.characteristics);
    fill(&mut out.interests.individual, &from.interests.individual);
    fill(
        &mut out.interests.organisational,
        &from.interests.organisational,
    );
    fill(&mut out.interests.collective, &from.interests.collective);
    if !from.notes.trim().is_empty() {
        if !out.notes.is_empty() {
            out.notes.push_str("\n\n");
        }
        out.notes.push_str(&from.notes);
    }
    out.position = out.position.or(from.position);
    out.capacity = out.capacity.or(from.capacity);
    out.prospective = into.prospective && from.prospective;
    out
}

impl Workspace {
    /// Merges actor `from` into actor `into`; `None` when either is unknown or they are one.
    pub fn merge_actors(&mut self, from: Id, into: Id) -> Option<Edit> {
        if from == into {
            return None;
        }
        let into_at = self.actors.iter().position(|a| a.id == into)?;
        let from_at = self.actors.iter().position(|a| a.id == from)?;
        let mut changes = vec![Change::Replace {
            at: into_at,
            before: Record::Actor(Box::new(self.actors[into_at].clone())),
            after: Record::Actor(Box::new(merged(
                &self.actors[into_at],
                &self.actors[from_at],
            ))),
        }];
        // Decide per relation first, then emit from the back so removals keep indices valid.
        let mut kept: Vec<(Id, Id, String)> = Vec::new();
        let mut plan = Vec::new();
        for (i, r) in self.relations.iter().enumerate() {
            let mut after = r.clone();
            if after.from == from {
                after.from = into;
            }
            if after.to == from {
                after.to = into;
            }
            let key = (after.from, after.to, after.kind.clone());
            let drop = after.from == after.to || kept.contains(&key);
            if !drop {
                kept.push(key);
            }
            plan.push((i, drop, after));
        }
        for (i, drop, after) in plan.into_iter().rev() {
            let before = Record::Relation(Box::new(self.relations[i].clone()));
            if drop {
                changes.push(Change::Remove {
                    at: i,
                    record: before,
                });
            } else if self.relations[i] != after {
                changes.push(Change::Replace {
                    at: i,
                    before,
                    after: Record::Relation(Box::new(after)),
                });
            }
        }
        changes.extend(references::retarget(self, from, Some(into)));
        changes.push(Change::Remove {
            at: from_at,
            record: Record::Actor(Box::new(self.actors[from_at].clone())),
        });
        Some(self.commit(changes))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workspace::{Engagement, LogEntry, Relation, Topic};

    #[test]
    fn everything_moves_over_and_undo_restores_it() {
        let mut ws = Workspace::new("N");
        for n in ["GGD", "G.G.D.", "Gemeente"] {
            ws.add_actor(Actor::new(n));
        }
        let (a, b, c) = (ws.actors[0].id, ws.actors[1].id, ws.actors[2].id);
        ws.actors[1].tags = vec!["zorg".to_owned()];
        ws.actors[1].notes = "dubbel ingevoerd".to_owned();
        ws.relations.push(Relation::new(b, c, "werkt samen"));
        ws.relations.push(Relation::new(a, c, "werkt samen"));
        ws.relations.push(Relation::new(a, b, "kent"));
        let mut note = LogEntry::note("over B", jiff::Timestamp::UNIX_EPOCH);
        note.actors = vec![b, a];
        ws.log.push(note);
        ws.topics.push(Topic {
            id: crate::workspace::new_id(),
            title: "T".to_owned(),
            description: String::new(),
            raised_by: Some(b),
            engagement: [(a, Engagement::Weten), (b, Engagement::Meebepalen)]
                .into_iter()
                .collect(),
            extra: crate::workspace::Extra::new(),
        });
        let before = ws.clone();
        let edit = ws.merge_actors(b, a).unwrap();
        assert_eq!(ws.actors.len(), 2);
        assert_eq!(ws.actors[0].tags, ["zorg"]);
        assert_eq!(ws.actors[0].notes, "dubbel ingevoerd");
        assert_eq!(
            ws.relations.len(),
            1,
            "the duplicate and the self-loop are gone"
        );
        assert_eq!((ws.relations[0].from, ws.relations[0].to), (a, c));
        assert_eq!(ws.log[0].actors, [a]);
        assert_eq!(ws.topics[0].raised_by, Some(a));
        assert_eq!(
            ws.topics[0].engagement.get(&a),
            Some(&Engagement::Meebepalen)
        );
        assert!(ws.dangling_actor_ids().is_empty());
        ws.undo(&edit);
        assert_eq!(ws, before);
        assert!(ws.merge_actors(a, a).is_none());
    }
}
