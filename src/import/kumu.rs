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
    let root: Value = serde_json::from_str(text)
        .map_err(|e| BadFile::new(file, e.line(), e.column(), Bad::Parse(e.to_string())))?;
    let list = |name| root.get(name).and_then(Value::as_array);
    if list("elements").is_none() && list("connections").is_none() {
        return Err(BadFile::new(file, 1, 1, Bad::NotBlueprint));
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
            kind: super::relation_kind(kind),
            mutual: super::both_ways(&field(c, &["direction"])),
            strength: super::strength(&field(c, &["strength", "weight"])),
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Kumu's own JSON export: fields in `attributes`, connections by element `_id`.
    #[test]
    fn kumus_own_export_with_attributes_and_ids() {
        let json = r#"{"elements": [
            {"_id": "elem-1", "attributes": {"label": "Anna", "element type": "Person",
             "description": "GGD", "tags": ["zorg", "ring"]}},
            {"_id": "elem-2", "attributes": {"label": "Wijkraad", "element type": "Organization"}},
            {"_id": "elem-3", "attributes": {}}],
          "connections": [
            {"_id": "conn-1", "from": "elem-1", "to": "elem-2", "direction": "mutual",
             "attributes": {"connection type": "overlegt met"}},
            {"_id": "conn-2", "from": "elem-2"}]}"#;
        let mut into = Incoming::default();
        read("k.json", json.as_bytes(), &mut into).unwrap_or_default();
        assert_eq!(into.actors.len(), 2);
        let anna = &into.actors[0];
        assert_eq!(
            (anna.key.as_str(), anna.kind),
            ("elem-1", Some(ActorKind::Person))
        );
        assert_eq!(anna.position, Some(crate::workspace::Position::Ring));
        assert_eq!((anna.represents.as_str(), anna.tags.len()), ("GGD", 1));
        let c = &into.relations[0];
        assert_eq!(
            (c.from.as_str(), c.to.as_str(), c.kind.as_str(), c.mutual),
            ("elem-1", "elem-2", "overlegt met", true)
        );
        let why: Vec<_> = into
            .refused
            .iter()
            .map(|r| (r.at.to_string(), r.why.clone()))
            .collect();
        assert_eq!(
            why,
            [
                ("k.json elements #3".to_owned(), Why::NoName),
                ("k.json connections #2".to_owned(), Why::NoEnds)
            ]
        );
    }
}
