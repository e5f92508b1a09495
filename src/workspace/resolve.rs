//! Choosing a side of an open conflict ([`super::conflict`]): the field takes this side's
//! value (it holds it already) or the other side's, and the conflict closes; one undoable
//! edit. The value is set by the conflict's path in the workspace as JSON, so every field
//! of every list resolves the same way, and the edit holds only the records that changed.

use serde_json::Value;

use super::{Change, Edit, Record, Workspace};

/// Which side a conflict takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// This side's value, which the field holds.
    Ours,
    /// The other side's.
    Theirs,
}

/// Sets (or, with `None`, removes) what `path` points at: object fields by name, list items
/// by their `id`. Whether the path led anywhere.
fn set(root: &mut Value, path: &[String], value: Option<Value>) -> bool {
    let Some((last, parents)) = path.split_last() else {
        return false;
    };
    let mut here = root;
    for seg in parents {
        let next = match here {
            Value::Object(map) => map.get_mut(seg),
            Value::Array(items) => items
                .iter_mut()
                .find(|x| x.get("id").and_then(Value::as_str) == Some(seg)),
            _ => None,
        };
        let Some(next) = next else { return false };
        here = next;
    }
    match (here, value) {
        (Value::Object(map), Some(v)) => {
            map.insert(last.clone(), v);
        }
        (Value::Object(map), None) => {
            map.remove(last);
        }
        (Value::Array(items), v) => {
            let at = items
                .iter()
                .position(|x| x.get("id").and_then(Value::as_str) == Some(last));
            match (at, v) {
                (Some(i), Some(v)) => items[i] = v,
                (Some(i), None) => {
                    items.remove(i);
                }
                (None, Some(v)) => items.push(v),
                (None, None) => {}
            }
        }
        _ => return false,
    }
    true
}

macro_rules! list_changes {
    ($changes:ident, $old:expr, $new:expr, $variant:ident) => {{
        let (old, new) = (&$old, &$new);
        if old.len() == new.len() {
            for (at, (a, b)) in old.iter().zip(new.iter()).enumerate() {
                if a != b {
                    $changes.push(Change::Replace {
                        at,
                        before: Record::$variant(Box::new(a.clone())),
                        after: Record::$variant(Box::new(b.clone())),
                    });
                }
            }
        } else if old.len() == new.len() + 1 {
            let at = old
                .iter()
                .zip(new.iter())
                .take_while(|(a, b)| a == b)
                .count();
            $changes.push(Change::Remove {
                at,
                record: Record::$variant(Box::new(old[at].clone())),
            });
        } else if old.len() + 1 == new.len() {
            let at = new.len() - 1;
            $changes.push(Change::Insert {
                at,
                record: Record::$variant(Box::new(new[at].clone())),
            });
        }
    }};
}

/// The changes that turn `old` into `new`, which differ in one record of a list (and in the
/// single parts).
fn changes_between(old: &Workspace, new: &Workspace) -> Vec<Change> {
    let mut changes = Vec::new();
    list_changes!(changes, old.actors, new.actors, Actor);
    list_changes!(changes, old.relations, new.relations, Relation);
    list_changes!(changes, old.identity.words, new.identity.words, Word);
    list_changes!(
        changes,
        old.identity.sessions,
        new.identity.sessions,
        Session
    );
    list_changes!(changes, old.topics, new.topics, Topic);
    list_changes!(changes, old.ambitions, new.ambitions, Ambition);
    list_changes!(changes, old.foundation.rules, new.foundation.rules, Rule);
    list_changes!(changes, old.log, new.log, Log);
    let single = |before: Record, after: Record| Change::Replace {
        at: 0,
        before,
        after,
    };
    if old.network != new.network {
        changes.push(single(
            Record::Network(Box::new(old.network.clone())),
            Record::Network(Box::new(new.network.clone())),
        ));
    }
    if old.questionnaire != new.questionnaire {
        changes.push(single(
            Record::Questionnaire(Box::new(old.questionnaire.clone())),
            Record::Questionnaire(Box::new(new.questionnaire.clone())),
        ));
    }
    changes.push(single(
        Record::Conflicts(Box::new(old.conflicts.clone())),
        Record::Conflicts(Box::new(new.conflicts.clone())),
    ));
    changes
}

impl Workspace {
    /// Closes conflict `index` taking `side`: one edit; `None` when there is no such conflict
    /// or the other side's value no longer fits the field.
    pub fn resolve(&mut self, index: usize, side: Side) -> Option<Edit> {
        let conflict = self.conflicts.get(index)?.clone();
        let mut next = self.clone();
        next.conflicts.remove(index);
        // Set even for this side: where this side deleted a record, the merge kept the other
        // side's, and choosing this side deletes it.
        let value = match side {
            Side::Ours => conflict.ours,
            Side::Theirs => conflict.theirs,
        };
        let mut root = serde_json::to_value(&next).ok()?;
        if !set(&mut root, &conflict.path, value) {
            return None;
        }
        next = serde_json::from_value(root).ok()?;
        let changes = changes_between(self, &next);
        Some(self.commit(changes))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workspace::conflict::Conflict;
    use crate::workspace::{Actor, Position};
    use serde_json::json;

    #[test]
    fn either_side_closes_the_conflict_in_one_undoable_edit() {
        let mut ws = Workspace::new("N");
        let mut a = Actor::new("Bram");
        a.position = Some(Position::Ring);
        let id = a.id.to_string();
        ws.actors.push(a);
        let gone = Actor::new("Ouderraad");
        let gone_id = gone.id.to_string();
        ws.actors.push(gone);
        ws.conflicts = vec![
            Conflict {
                path: vec!["actors".into(), id.clone(), "position".into()],
                base: Some(json!("kern")),
                ours: Some(json!("ring")),
                theirs: Some(json!("vrije-ruimte")),
            },
            Conflict {
                path: vec!["actors".into(), gone_id.clone()],
                base: None,
                ours: Some(json!({"id": gone_id, "name": "Ouderraad"})),
                theirs: None,
            },
        ];
        let before = ws.clone();
        let edit = ws.resolve(0, Side::Theirs).unwrap_or_default();
        assert_eq!(ws.actors[0].position, Some(Position::VrijeRuimte));
        assert_eq!(ws.conflicts.len(), 1);
        let whole = ws.resolve(0, Side::Theirs).unwrap_or_default();
        assert_eq!(ws.actors.len(), 1, "the other side deleted it: it goes");
        assert!(ws.conflicts.is_empty());
        ws.undo(&whole);
        ws.undo(&edit);
        assert_eq!(ws, before);
        let kept = ws.resolve(0, Side::Ours);
        assert!(kept.is_some() && ws.actors[0].position == Some(Position::Ring));
        ws.conflicts[0].ours = None;
        ws.resolve(0, Side::Ours);
        assert_eq!(
            ws.actors.len(),
            1,
            "this side deleted it: choosing this side deletes it"
        );
    }
}
