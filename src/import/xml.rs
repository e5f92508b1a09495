//! GraphML and GEXF, read with quick-xml: nodes and edges with their XML attributes (id,
//! label, source, target, weight, type) and their data, named through the file's own key
//! (GraphML) or attribute (GEXF) declarations. The graph's default direction counts for every
//! edge that does not say otherwise.

use std::collections::HashMap;

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use super::{At, Bad, BadFile, InActor, InRelation, Incoming, Refused, Why};
use crate::workspace::text::clean;
use crate::workspace::{ActorKind, Id, Position, Vocabulary};

#[derive(Default)]
struct Item {
    at: At,
    edge: bool,
    attrs: HashMap<String, String>,
    data: HashMap<String, String>,
}

impl Item {
    fn get(&self, names: &[&str]) -> String {
        names
            .iter()
            .find_map(|n| self.data.get(*n).or_else(|| self.attrs.get(*n)))
            .map(|v| clean(v.trim()).into_owned())
            .unwrap_or_default()
    }
}

fn attributes(e: &BytesStart<'_>) -> HashMap<String, String> {
    e.attributes()
        .flatten()
        .filter_map(|a| {
            let key = String::from_utf8_lossy(a.key.local_name().as_ref()).to_lowercase();
            a.unescape_value().ok().map(|v| (key, v.into_owned()))
        })
        .collect()
}

/// Takes in a declaration of what the data of nodes and edges are called: GraphML's `key`,
/// GEXF's `attribute` within `attributes`. Whether `tag` was one.
fn declare(
    tag: &[u8],
    a: &HashMap<String, String>,
    names: &mut HashMap<String, String>,
    class: &mut String,
) -> bool {
    let get = |k: &str| a.get(k).cloned().unwrap_or_default();
    match tag {
        b"key" => {
            let of = get("for").to_lowercase();
            names.insert(
                format!("{of}:{}", get("id")),
                get("attr.name").to_lowercase(),
            );
        }
        b"attributes" => *class = get("class").to_lowercase(),
        b"attribute" => {
            names.insert(
                format!("{class}:{}", get("id")),
                get("title").to_lowercase(),
            );
        }
        _ => return false,
    }
    true
}

/// Every node and edge of the file, and whether edges are undirected by default.
fn items(file: &str, text: &str) -> Result<(Vec<Item>, bool), BadFile> {
    let mut reader = Reader::from_str(text);
    let mut names = HashMap::<String, String>::new();
    let (mut list, mut undirected) = (Vec::new(), false);
    let mut open: Option<Item> = None;
    let mut data_key: Option<String> = None;
    // Declarations are per class: a node's attribute 0 and an edge's attribute 0 differ.
    let mut class = String::new();
    let name_of = |names: &HashMap<String, String>, edge: bool, id: String| {
        let of = if edge { "edge" } else { "node" };
        [of, "all", ""]
            .iter()
            .find_map(|c| names.get(&format!("{c}:{id}")).cloned())
            .unwrap_or(id)
    };
    loop {
        let start = usize::try_from(reader.buffer_position()).unwrap_or(0);
        let event = reader.read_event().map_err(|e| {
            let pos = usize::try_from(reader.error_position()).unwrap_or(0);
            let (line, column) = super::line_column(text.as_bytes(), pos);
            BadFile::new(file, line, column, Bad::Parse(e.to_string()))
        })?;
        let (e, empty) = match &event {
            Event::Start(e) => (e, false),
            Event::Empty(e) => (e, true),
            Event::Text(t) => {
                if let (Some(item), Some(key)) = (open.as_mut(), data_key.as_ref()) {
                    let value = t
                        .unescape()
                        .map(std::borrow::Cow::into_owned)
                        .unwrap_or_default();
                    item.data.entry(key.clone()).or_default().push_str(&value);
                }
                continue;
            }
            Event::End(e) => {
                match e.local_name().as_ref() {
                    b"node" | b"edge" => list.extend(open.take()),
                    b"data" => data_key = None,
                    _ => {}
                }
                continue;
            }
            Event::Eof => break,
            _ => continue,
        };
        let a = attributes(e);
        let get = |k: &str| a.get(k).cloned().unwrap_or_default();
        if declare(e.local_name().as_ref(), &a, &mut names, &mut class) {
            continue;
        }
        match e.local_name().as_ref() {
            b"graph" => {
                undirected = [get("edgedefault"), get("defaultedgetype")]
                    .iter()
                    .any(|d| d.eq_ignore_ascii_case("undirected"));
            }
            tag @ (b"node" | b"edge") => {
                let item = Item {
                    at: At {
                        file: file.to_owned(),
                        line: super::line_column(text.as_bytes(), start).0,
                        ..At::default()
                    },
                    edge: tag == b"edge",
                    attrs: a,
                    data: HashMap::new(),
                };
                if empty {
                    list.push(item);
                } else {
                    open = Some(item);
                }
            }
            b"data" if !empty => {
                let edge = open.as_ref().is_some_and(|i| i.edge);
                data_key = Some(name_of(&names, edge, get("key")));
            }
            b"attvalue" => {
                if let Some(item) = open.as_mut() {
                    let key = name_of(&names, item.edge, get("for"));
                    item.data.insert(key, get("value"));
                }
            }
            _ => {}
        }
    }
    Ok((list, undirected))
}

fn read(file: &str, bytes: &[u8], into: &mut Incoming, what: &'static str) -> Result<(), BadFile> {
    let text = super::text(file, bytes)?;
    if !text.to_lowercase().contains(what) {
        return Err(BadFile::new(file, 1, 1, Bad::NotXml(what)));
    }
    let (list, undirected) = items(file, text)?;
    for item in list {
        if item.edge {
            edge(&item, undirected, into);
        } else {
            node(item, into);
        }
    }
    Ok(())
}

fn node(item: Item, into: &mut Incoming) {
    let key = item.get(&["id"]);
    let mut name = item.get(&["name", "label"]);
    let id = Id::parse_str(&key).ok();
    if name.is_empty() && id.is_none() {
        name.clone_from(&key);
    }
    if name.is_empty() {
        into.refused.push(Refused {
            at: item.at,
            why: Why::NoName,
        });
        return;
    }
    let mut tags = super::tags(&item.get(&["tags"]));
    let kind_word = item.get(&["kind", "type"]);
    let kind = ActorKind::parse(&kind_word);
    if kind.is_none() && !kind_word.is_empty() {
        tags.push(kind_word);
    }
    let mut actor = InActor {
        key: if key.is_empty() { name.clone() } else { key },
        id,
        name,
        kind,
        position: Position::parse(&item.get(&["position"])),
        represents: item.get(&["represents", "description"]),
        tags,
        prospective: item.get(&["prospective"]).eq_ignore_ascii_case("true"),
        at: item.at,
    };
    super::position_from_tags(&mut actor);
    into.actors.push(actor);
}

fn edge(item: &Item, undirected: bool, into: &mut Incoming) {
    let (from, to) = (item.get(&["source"]), item.get(&["target"]));
    if from.is_empty() || to.is_empty() {
        into.refused.push(Refused {
            at: item.at.clone(),
            why: Why::NoEnds,
        });
        return;
    }
    let said = |k: &str| item.data.get(k).or_else(|| item.attrs.get(k));
    let mutual = match (said("mutual"), item.attrs.get("type")) {
        (Some(m), _) => super::both_ways(m),
        (None, Some(t)) => super::both_ways(t),
        (None, None) => undirected,
    };
    let kind = item.get(&["kind", "relation", "label"]);
    into.relations.push(InRelation {
        at: item.at.clone(),
        id: Id::parse_str(&item.get(&["id"])).ok(),
        from,
        to,
        kind: super::relation_kind(kind),
        mutual,
        strength: super::strength(&item.get(&["strength", "weight"])),
    });
}

pub(super) fn read_graphml(file: &str, bytes: &[u8], into: &mut Incoming) -> Result<(), BadFile> {
    read(file, bytes, into, "graphml")
}

pub(super) fn read_gexf(file: &str, bytes: &[u8], into: &mut Incoming) -> Result<(), BadFile> {
    read(file, bytes, into, "gexf")
}
