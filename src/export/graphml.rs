//! The network as GraphML, for networkx (`read_graphml`), Gephi and yEd: every attribute a
//! declared, typed key; one direction rule for the whole graph (directed: a relation goes from
//! the actor who has it to the other; a mutual one says so in `mutual`). Written with
//! quick-xml, which escapes what XML must; text is cleaned of control characters XML 1.0 does
//! not allow. Contact details, notes, interests and mandates are left out, as in the CSV.

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};

use crate::workspace::text::clean;
use crate::workspace::{Vocabulary, Workspace};

/// The keys: id, what it belongs to, attribute name, type.
const KEYS: [(&str, &str, &str, &str); 9] = [
    ("name", "node", "name", "string"),
    ("kind", "node", "kind", "string"),
    ("position", "node", "position", "string"),
    ("roles", "node", "roles", "string"),
    ("tags", "node", "tags", "string"),
    ("prospective", "node", "prospective", "boolean"),
    ("relation", "edge", "kind", "string"),
    ("strength", "edge", "strength", "int"),
    ("mutual", "edge", "mutual", "boolean"),
];

type Out = Writer<Vec<u8>>;

fn data(w: &mut Out, key: &str, value: &str) -> std::io::Result<()> {
    w.create_element("data")
        .with_attribute(("key", key))
        .write_text_content(BytesText::new(&clean(value)))?;
    Ok(())
}

fn write(ws: &Workspace) -> std::io::Result<Vec<u8>> {
    let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    let mut root = BytesStart::new("graphml");
    root.push_attribute(("xmlns", "http://graphml.graphdrawing.org/xmlns"));
    w.write_event(Event::Start(root))?;
    for (id, on, name, kind) in KEYS {
        w.create_element("key")
            .with_attributes([
                ("id", id),
                ("for", on),
                ("attr.name", name),
                ("attr.type", kind),
            ])
            .write_empty()?;
    }
    let mut graph = BytesStart::new("graph");
    graph.push_attribute(("id", "knoop"));
    graph.push_attribute(("edgedefault", "directed"));
    w.write_event(Event::Start(graph))?;
    for a in &ws.actors {
        let mut node = BytesStart::new("node");
        node.push_attribute(("id", a.id.to_string().as_str()));
        w.write_event(Event::Start(node))?;
        data(&mut w, "name", &a.name)?;
        data(&mut w, "kind", a.kind.words()[0])?;
        if let Some(p) = a.position {
            data(&mut w, "position", p.words()[0])?;
        }
        let roles: Vec<&str> = a.current_roles().map(|p| p.role.words()[0]).collect();
        data(&mut w, "roles", &roles.join(";"))?;
        data(&mut w, "tags", &a.tags.join(";"))?;
        data(
            &mut w,
            "prospective",
            if a.prospective { "true" } else { "false" },
        )?;
        w.write_event(Event::End(BytesEnd::new("node")))?;
    }
    for r in &ws.relations {
        let mut edge = BytesStart::new("edge");
        edge.push_attribute(("id", r.id.to_string().as_str()));
        edge.push_attribute(("source", r.from.to_string().as_str()));
        edge.push_attribute(("target", r.to.to_string().as_str()));
        w.write_event(Event::Start(edge))?;
        data(&mut w, "relation", &r.kind)?;
        if let Some(s) = r.strength {
            data(&mut w, "strength", &s.to_string())?;
        }
        data(&mut w, "mutual", if r.mutual { "true" } else { "false" })?;
        w.write_event(Event::End(BytesEnd::new("edge")))?;
    }
    w.write_event(Event::End(BytesEnd::new("graph")))?;
    w.write_event(Event::End(BytesEnd::new("graphml")))?;
    let mut bytes = w.into_inner();
    bytes.push(b'\n');
    Ok(bytes)
}

/// The workspace's network as GraphML bytes.
pub fn graphml(ws: &Workspace) -> Vec<u8> {
    // Writing to memory does not fail.
    write(ws).unwrap_or_default()
}
