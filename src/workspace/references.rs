//! Every place outside `actors` and `relations` that names an actor, and how to move those
//! references to another actor (a merge) or clear them (a delete), as undoable changes.

use super::{Change, Id, Record, Workspace};

/// `list` with `from` replaced by `to` (or removed when `to` is `None`), without duplicates.
fn remap_list(list: &[Id], from: Id, to: Option<Id>) -> Vec<Id> {
    let mut out: Vec<Id> = Vec::with_capacity(list.len());
    for id in list {
        let id = if *id == from { to } else { Some(*id) };
        if let Some(id) = id
            && !out.contains(&id)
        {
            out.push(id);
        }
    }
    out
}

fn remap(id: Option<Id>, from: Id, to: Option<Id>) -> Option<Id> {
    if id == Some(from) { to } else { id }
}

/// The changes that point every reference to actor `from` at `to`, or clear it for `None`.
pub fn retarget(ws: &Workspace, from: Id, to: Option<Id>) -> Vec<Change> {
    let mut changes = Vec::new();
    let mut replace_if = |at: usize, before: Record, after: Record| {
        if before != after {
            changes.push(Change::Replace { at, before, after });
        }
    };
    for (at, w) in ws.identity.words.iter().enumerate() {
        let mut after = w.clone();
        after.author = remap(after.author, from, to);
        replace_if(
            at,
            Record::Word(Box::new(w.clone())),
            Record::Word(Box::new(after)),
        );
    }
    for (at, t) in ws.topics.iter().enumerate() {
        let mut after = t.clone();
        after.raised_by = remap(after.raised_by, from, to);
        if let Some(level) = after.engagement.remove(&from)
            && let Some(to) = to
        {
            // The merged actor keeps the strongest engagement of the two.
            let kept = after.engagement.get(&to).map_or(level, |l| (*l).max(level));
            after.engagement.insert(to, kept);
        }
        replace_if(
            at,
            Record::Topic(Box::new(t.clone())),
            Record::Topic(Box::new(after)),
        );
    }
    for (at, a) in ws.ambitions.iter().enumerate() {
        let mut after = a.clone();
        after.coalition = remap_list(&after.coalition, from, to);
        after.leader = remap(after.leader, from, to);
        for i in &mut after.investments {
            if i.actor == from
                && let Some(to) = to
            {
                i.actor = to;
            }
        }
        if to.is_none() {
            after.investments.retain(|i| i.actor != from);
        }
        replace_if(
            at,
            Record::Ambition(Box::new(a.clone())),
            Record::Ambition(Box::new(after)),
        );
    }
    for (at, e) in ws.log.iter().enumerate() {
        let mut after = e.clone();
        after.actors = remap_list(&after.actors, from, to);
        after.present = remap_list(&after.present, from, to);
        for f in &mut after.follow_ups {
            f.owner = remap(f.owner, from, to);
        }
        replace_if(
            at,
            Record::Log(Box::new(e.clone())),
            Record::Log(Box::new(after)),
        );
    }
    let mut foundation = ws.foundation.clone();
    foundation.rules.clear();
    let mut after = foundation.clone();
    let mut covers = Vec::new();
    for c in &foundation.leadership {
        let mut c = c.clone();
        if c.actor == from {
            match to {
                Some(to) => c.actor = to,
                None => continue,
            }
        }
        if !covers.contains(&c) {
            covers.push(c);
        }
    }
    after.leadership = covers;
    replace_if(
        0,
        Record::Foundation(Box::new(foundation)),
        Record::Foundation(Box::new(after)),
    );
    changes
}
