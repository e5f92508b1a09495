//! A Kumu blueprint: `elements` (label, type, description, tags) and `connections` (from, to,
//! type, direction), each field either on the item or in its `attributes`, as Kumu's own
//! JSON export and its import format write them. Connections name their ends by label or by
//! the element's `_id`; knoop's export adds a `knoop id` to both, which brings a map back onto
//! the same records.

use serde_json::Value;

use super::{At, Bad, BadFile, InActor, InRelation, Incoming, Refused, Why};
use crate::workspace::text::clean;
use crate::workspace::{ActorKind, Id, Vocabulary};

fn field(item: &Value, names: &[&str]) -> String {
    let on = |v: &Value| {
        names.iter().find_map(|n| match v.get(n) {
            Some(Value::String(s)) => Some(clean(s.trim()).into_owned()),
            Some(Value::Number(x)) => Some(x.to_string()),
            Some(Value::Bool(b)) => Some(b.to_string()),
            _ => None,
        })
    };
    on(item)
        .or_else(|| item.get("attributes").and_then(on))
        .unwrap_or_default()
}

fn tag_list(item: &Value) -> Vec<String> {
    let list = item
        .get("tags")
        .or_else(|| item.get("attributes").and_then(|a| a.get("tags")));
    match list {
        Some(Value::Array(xs)) => xs
            .iter()
            .filter_map(Value::as_str)
            .map(|t| clean(t.trim()).into_owned())
            .filter(|t| !t.is_empty())
            .collect(),
        Some(Value::String(s)) => super::tags(&clean(s)),
        _ => Vec::new(),
    }
}

pub(super) fn read(file: &str, bytes: &[u8], into: &mut Incoming) -> Result<(), BadFile> {
    let text = super::text(file, bytes)?;
    let root: Value = serde_json::from_str(text).map_err(|e| BadFile {
        at: At {
            file: file.to_owned(),
            line: e.line(),
            ..At::default()
        },
        column: e.column(),
        what: Bad::Parse(e.to_string()),
    })?;
    let list = |name| root.get(name).and_then(Value::as_array);
    if list("elements").is_none() && list("connections").is_none() {
        return Err(BadFile {
            at: At {
                file: file.to_owned(),
                line: 1,
                ..At::default()
            },
            column: 1,
            what: Bad::NotBlueprint,
        });
    }
    let at = |part, i: usize| At {
        file: file.to_owned(),
        line: i + 1,
        part,
    };
    // Kumu's connections may name an element by its `_id`: those become the element's key.
    for (i, e) in list("elements").into_iter().flatten().enumerate() {
        let name = field(e, &["label", "name"]);
        if name.is_empty() {
            into.refused.push(Refused {
                at: at("elements", i),
                why: Why::NoName,
            });
            continue;
        }
        let mut tags = tag_list(e);
        let kind_word = field(e, &["type", "element type"]);
        let kind = ActorKind::parse(&kind_word);
        if kind.is_none() && !kind_word.is_empty() {
            tags.push(kind_word);
        }
        let own = field(e, &["_id"]);
        let mut actor = InActor {
            at: at("elements", i),
            key: if own.is_empty() { name.clone() } else { own },
            id: Id::parse_str(&field(e, &["knoop id"])).ok(),
            name,
            kind,
            position: None,
            represents: field(e, &["description"]),
            tags,
            prospective: false,
        };
        super::position_from_tags(&mut actor);
        into.actors.push(actor);
    }
    for (i, c) in list("connections").into_iter().flatten().enumerate() {
        let (from, to) = (field(c, &["from"]), field(c, &["to"]));
        if from.is_empty() || to.is_empty() {
            into.refused.push(Refused {
                at: at("connections", i),
                why: Why::NoEnds,
            });
            continue;
        }
        let kind = field(c, &["type", "connection type"]);
        into.relations.push(InRelation {
            at: at("connections", i),
            id: Id::parse_str(&field(c, &["knoop id"])).ok(),
            from,
            to,
            kind: if kind.is_empty() {
                "werkt samen".into()
            } else {
                kind
            },
            mutual: super::both_ways(&field(c, &["direction"])),
            strength: super::strength(&field(c, &["strength", "weight"])),
        });
    }
    Ok(())
}
