//! The network as a Kumu blueprint (JSON): elements with label, type, description and tags,
//! connections from one label to another with type and direction, knoop's ids kept in a
//! `knoop id` field on both so that a map can come back from Kumu onto the same records.
//! Kumu joins connections to elements by label; two actors with one name are told apart by
//! their id in the label (`Naam (id)`).

use serde_json::{Value, json};

use crate::workspace::text::clean;
use crate::workspace::{Id, Vocabulary, Workspace};

/// The workspace's network as a Kumu blueprint.
pub fn kumu(ws: &Workspace) -> Value {
    let mut seen = std::collections::HashMap::<String, usize>::new();
    for a in &ws.actors {
        *seen.entry(clean(&a.name).into_owned()).or_default() += 1;
    }
    let names = ws.names_by_id();
    let label = |id: Id| {
        let name = clean(names.get(&id).copied().unwrap_or("?")).into_owned();
        if seen.get(&name).copied().unwrap_or(0) > 1 {
            format!("{name} ({id})")
        } else {
            name
        }
    };
    let elements: Vec<Value> = ws
        .actors
        .iter()
        .map(|a| {
            let mut tags: Vec<String> = a.tags.iter().map(|t| clean(t).into_owned()).collect();
            if let Some(p) = a.position {
                tags.push(p.words()[0].to_owned());
            }
            json!({
                "label": label(a.id),
                "type": a.kind.words()[0],
                "description": clean(&a.represents),
                "tags": tags,
                "knoop id": a.id,
            })
        })
        .collect();
    let connections: Vec<Value> = ws
        .relations
        .iter()
        .map(|r| {
            json!({
                "from": label(r.from),
                "to": label(r.to),
                "type": clean(&r.kind),
                "direction": if r.mutual { "mutual" } else { "directed" },
                "knoop id": r.id,
            })
        })
        .collect();
    json!({ "elements": elements, "connections": connections })
}
