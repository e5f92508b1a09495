//! Two leaders' offline edits of one workspace, merged three-way record by record, field by
//! field, as git's merge driver (`knoop merge-driver`) does it. Pure: three JSON values in,
//! one workspace and its open conflicts out.
//!
//! - Lists of records (anything with an `id`) are merged by id: both sides' additions kept,
//!   a record deleted on one side and unchanged on the other deleted, deleted on one side and
//!   changed on the other a conflict (the changed record stays).
//! - Objects field by field, unknown fields included; the same change on both sides taken once.
//! - Lists of words (tags, coalition members) as sets: what one side added is added, what one
//!   side removed stays removed.
//! - Text of more than one line (notes) line by line (diffy), where the changes do not overlap.
//! - Anything else both sides changed differently is a conflict: the field holds this side's
//!   value and [`Conflict`] keeps base, ours and theirs, so the file stays a valid workspace.
//!
//! The order of records does not depend on which side is "ours": the base's order, then the
//! records new on either side by id (knoop's ids are ordered by creation time); objects' keys
//! are sorted, as `serde_json` keeps them. What comes out is what knoop itself would save.

use std::collections::{BTreeSet, HashMap, HashSet};

use serde_json::{Map, Value};

use crate::workspace::conflict::Conflict;
use crate::workspace::{Id, Workspace};

/// The merged workspace, and what it could not merge.
#[derive(Debug)]
pub struct Merged {
    /// The workspace, its open conflicts in `conflicts`.
    pub workspace: Workspace,
    /// New conflicts from this merge.
    pub conflicts: usize,
    /// Records that pointed at an actor the other side deleted, dropped (their list and id).
    pub dropped: Vec<(String, String)>,
}

fn id_of(v: &Value) -> Option<&str> {
    v.get("id").and_then(Value::as_str)
}

fn is_records(values: &[Option<&Value>]) -> bool {
    let arrays: Vec<&Vec<Value>> = values
        .iter()
        .flatten()
        .filter_map(|v| v.as_array())
        .collect();
    arrays.iter().any(|a| !a.is_empty())
        && arrays.iter().all(|a| a.iter().all(|x| id_of(x).is_some()))
}

fn is_words(values: &[Option<&Value>]) -> bool {
    values
        .iter()
        .flatten()
        .all(|v| v.as_array().is_some_and(|a| a.iter().all(Value::is_string)))
}

struct Merger {
    conflicts: Vec<Conflict>,
}

impl Merger {
    fn conflict(
        &mut self,
        path: &[String],
        b: Option<&Value>,
        o: Option<&Value>,
        t: Option<&Value>,
    ) -> Option<Value> {
        self.conflicts.push(Conflict {
            path: path.to_vec(),
            base: b.cloned(),
            ours: o.cloned(),
            theirs: t.cloned(),
        });
        // The field keeps a value so the file stays a workspace: this side's, or the side that
        // kept a record the other deleted.
        o.or(t).cloned()
    }

    fn value(
        &mut self,
        path: &[String],
        b: Option<&Value>,
        o: Option<&Value>,
        t: Option<&Value>,
    ) -> Option<Value> {
        if o == t {
            return o.cloned();
        }
        if o == b {
            return t.cloned();
        }
        if t == b {
            return o.cloned();
        }
        // knoop leaves an empty list out of the file: a list emptied on one side is absent
        // there, and still a list to merge.
        let empty = Value::Array(Vec::new());
        if [b, o, t].iter().flatten().all(|v| v.is_array()) && (o.is_none() || t.is_none()) {
            let or_empty = |v: Option<&'_ Value>| Some(v.unwrap_or(&empty).clone());
            let (b, o, t) = (or_empty(b), or_empty(o), or_empty(t));
            return self.value(path, b.as_ref(), o.as_ref(), t.as_ref());
        }
        let all = [b, o, t];
        match (o, t) {
            (Some(Value::Object(_)), Some(Value::Object(_))) if b.is_none_or(Value::is_object) => {
                Some(self.object(path, b, o, t))
            }
            (Some(Value::Array(_)), Some(Value::Array(_))) if is_records(&all) => {
                Some(self.records(path, b, o, t))
            }
            (Some(Value::Array(_)), Some(Value::Array(_))) if is_words(&all) => {
                Some(words(b, o, t))
            }
            (Some(Value::String(os)), Some(Value::String(ts)))
                if os.contains('\n') || ts.contains('\n') =>
            {
                let bs = b.and_then(Value::as_str).unwrap_or_default();
                match diffy::merge(bs, os, ts) {
                    Ok(text) => Some(Value::String(text)),
                    Err(_) => self.conflict(path, b, o, t),
                }
            }
            _ => self.conflict(path, b, o, t),
        }
    }

    fn object(
        &mut self,
        path: &[String],
        b: Option<&Value>,
        o: Option<&Value>,
        t: Option<&Value>,
    ) -> Value {
        let empty = Map::new();
        let (bm, om, tm) = (as_map(b, &empty), as_map(o, &empty), as_map(t, &empty));
        let keys: BTreeSet<&String> = bm.keys().chain(om.keys()).chain(tm.keys()).collect();
        let mut out = Map::new();
        for key in keys {
            let mut here = path.to_vec();
            here.push(key.clone());
            if let Some(v) = self.value(&here, bm.get(key), om.get(key), tm.get(key)) {
                out.insert(key.clone(), v);
            }
        }
        Value::Object(out)
    }

    fn records(
        &mut self,
        path: &[String],
        b: Option<&Value>,
        o: Option<&Value>,
        t: Option<&Value>,
    ) -> Value {
        // Borrowed throughout: at 10,000 actors a copy of a list costs more than the merge.
        let empty: Vec<Value> = Vec::new();
        let (bl, ol, tl) = (as_list(b, &empty), as_list(o, &empty), as_list(t, &empty));
        let (bi, oi, ti) = (by_id(bl), by_id(ol), by_id(tl));
        let mut order: Vec<&str> = bl.iter().filter_map(id_of).collect();
        let known: HashSet<&str> = order.iter().copied().collect();
        let new: BTreeSet<&str> = oi
            .keys()
            .chain(ti.keys())
            .filter(|id| !known.contains(*id))
            .copied()
            .collect();
        order.extend(new);
        let mut out = Vec::with_capacity(order.len());
        let mut here = path.to_vec();
        here.push(String::new());
        for id in order {
            id.clone_into(&mut here[path.len()]);
            let (bv, ov, tv) = (
                bi.get(id).copied(),
                oi.get(id).copied(),
                ti.get(id).copied(),
            );
            if let Some(v) = self.value(&here, bv, ov, tv) {
                out.push(v);
            }
        }
        Value::Array(out)
    }
}

fn as_map<'a>(v: Option<&'a Value>, empty: &'a Map<String, Value>) -> &'a Map<String, Value> {
    v.and_then(Value::as_object).unwrap_or(empty)
}

fn as_list<'a>(v: Option<&'a Value>, empty: &'a Vec<Value>) -> &'a [Value] {
    v.and_then(Value::as_array).unwrap_or(empty)
}

fn by_id(list: &[Value]) -> HashMap<&str, &Value> {
    list.iter()
        .filter_map(|x| id_of(x).map(|id| (id, x)))
        .collect()
}

/// A set of words three-way: the base's that both kept, in the base's order, then what either
/// side added, sorted (so the order does not depend on the side).
fn words(b: Option<&Value>, o: Option<&Value>, t: Option<&Value>) -> Value {
    let set = |v: Option<&Value>| -> Vec<String> {
        v.and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(Value::as_str)
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default()
    };
    let (bs, os, ts) = (set(b), set(o), set(t));
    let mut out: Vec<String> = bs
        .iter()
        .filter(|w| os.contains(w) && ts.contains(w))
        .cloned()
        .collect();
    let added: BTreeSet<&String> = os
        .iter()
        .chain(ts.iter())
        .filter(|w| !bs.contains(w))
        .collect();
    out.extend(added.into_iter().cloned());
    Value::Array(out.into_iter().map(Value::String).collect())
}

/// Merges `ours` and `theirs`, both changed from `base` (`None`: both sides added the file).
///
/// # Errors
/// When the merged value is not a workspace any more (a side that was not one to begin with).
pub fn merge(base: Option<Value>, ours: Value, theirs: Value) -> Result<Merged, String> {
    let mut m = Merger {
        conflicts: Vec::new(),
    };
    // Conflicts still open on either side are not fields to merge: they are a set.
    let (mut b, mut o, mut t) = (base, ours, theirs);
    let take = |v: &mut Value| -> Value {
        v.as_object_mut()
            .and_then(|m| m.remove("conflicts"))
            .unwrap_or(Value::Array(Vec::new()))
    };
    let bc = b.as_mut().map(take);
    let (oc, tc) = (take(&mut o), take(&mut t));
    let merged = m
        .value(&[], b.as_ref(), Some(&o), Some(&t))
        .unwrap_or(Value::Null);
    let mut workspace: Workspace = serde_json::from_value(merged).map_err(|e| e.to_string())?;
    let earlier: Vec<Conflict> = serde_json::from_value(words_of_records(bc.as_ref(), &oc, &tc))
        .map_err(|e| e.to_string())?;
    let conflicts = m.conflicts.len();
    workspace.conflicts = earlier;
    workspace.conflicts.extend(m.conflicts);
    let mut dropped = forget(&mut workspace);
    dropped.extend(drop_dangling(&mut workspace));
    Ok(Merged {
        workspace,
        conflicts,
        dropped,
    })
}

/// Records without ids (open conflicts) as a set, three-way, compared whole.
fn words_of_records(b: Option<&Value>, o: &Value, t: &Value) -> Value {
    let list = |v: Option<&Value>| v.and_then(Value::as_array).cloned().unwrap_or_default();
    let (bl, ol, tl) = (list(b), list(Some(o)), list(Some(t)));
    let mut out: Vec<Value> = bl
        .iter()
        .filter(|x| ol.contains(x) && tl.contains(x))
        .cloned()
        .collect();
    for x in ol.iter().chain(tl.iter()) {
        if !bl.contains(x) && !out.contains(x) {
            out.push(x.clone());
        }
    }
    Value::Array(out)
}

/// A person erased on one side (`knoop forget`) stays erased, even if the other side changed
/// them: the tombstone wins over the edit, and its conflict goes with it.
fn forget(ws: &mut Workspace) -> Vec<(String, String)> {
    let gone: HashSet<String> = ws.forgotten.iter().map(ToString::to_string).collect();
    let mut dropped = Vec::new();
    ws.actors.retain(|a| {
        let keep = !gone.contains(&a.id.to_string());
        if !keep {
            dropped.push(("actors".to_owned(), a.id.to_string()));
        }
        keep
    });
    ws.conflicts
        .retain(|c| c.record().is_none_or(|id| !gone.contains(id)));
    dropped
}

/// Takes out what points at an actor that is gone (one side deleted it, the other related
/// something to it), and says what.
fn drop_dangling(ws: &mut Workspace) -> Vec<(String, String)> {
    let actors: HashSet<Id> = ws.actors.iter().map(|a| a.id).collect();
    let mut dropped = Vec::new();
    ws.relations.retain(|r| {
        let keep = actors.contains(&r.from) && actors.contains(&r.to);
        if !keep {
            dropped.push(("relations".to_owned(), r.id.to_string()));
        }
        keep
    });
    // Every other reference (a coalition place, a note about someone, a follow-up's owner)
    // is cleared as deleting the actor would have cleared it.
    let mut gone = ws.dangling_actor_ids();
    gone.sort_unstable();
    gone.dedup();
    for id in gone {
        let changes = crate::workspace::references::retarget(ws, id, None);
        ws.commit(changes);
        dropped.push(("references".to_owned(), id.to_string()));
    }
    dropped
}

#[cfg(test)]
mod tests;
