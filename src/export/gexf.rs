//! The network as GEXF 1.3, Gephi's own format: nodes labelled with their names, typed node and
//! edge attributes declared up front, a relation's strength as the edge's weight, every edge
//! directed from the actor who has the relation. Written with quick-xml; the same fields as the
//! GraphML and the CSV (no contact details, notes, interests or mandates).

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, Event};

use crate::workspace::text::clean;
use crate::workspace::{Vocabulary, Workspace};

type Out = Writer<Vec<u8>>;

fn open(w: &mut Out, name: &str, attrs: &[(&str, &str)]) -> std::io::Result<()> {
    let mut e = BytesStart::new(name);
    for a in attrs {
        e.push_attribute(*a);
    }
    w.write_event(Event::Start(e))?;
    Ok(())
}

fn close(w: &mut Out, name: &str) -> std::io::Result<()> {
    w.write_event(Event::End(BytesEnd::new(name)))?;
    Ok(())
}

fn declare(w: &mut Out, class: &str, attrs: &[(&str, &str)]) -> std::io::Result<()> {
    open(w, "attributes", &[("class", class)])?;
    for (id, kind) in attrs {
        w.create_element("attribute")
            .with_attributes([("id", *id), ("title", *id), ("type", *kind)])
            .write_empty()?;
    }
    close(w, "attributes")
}

fn values(w: &mut Out, values: &[(&str, String)]) -> std::io::Result<()> {
    open(w, "attvalues", &[])?;
    for (key, value) in values {
        w.create_element("attvalue")
            .with_attributes([("for", *key), ("value", clean(value).as_ref())])
            .write_empty()?;
    }
    close(w, "attvalues")
}

fn write(ws: &Workspace) -> std::io::Result<Vec<u8>> {
    let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    open(
        &mut w,
        "gexf",
        &[("xmlns", "http://gexf.net/1.3"), ("version", "1.3")],
    )?;
    open(&mut w, "meta", &[])?;
    w.create_element("creator")
        .write_text_content(quick_xml::events::BytesText::new("knoop"))?;
    close(&mut w, "meta")?;
    open(
        &mut w,
        "graph",
        &[("defaultedgetype", "directed"), ("mode", "static")],
    )?;
    declare(
        &mut w,
        "node",
        &[
            ("kind", "string"),
            ("position", "string"),
            ("roles", "string"),
            ("tags", "string"),
            ("prospective", "boolean"),
        ],
    )?;
    declare(&mut w, "edge", &[("kind", "string"), ("mutual", "boolean")])?;
    open(&mut w, "nodes", &[])?;
    for a in &ws.actors {
        let id = a.id.to_string();
        let name = clean(&a.name);
        open(&mut w, "node", &[("id", &id), ("label", &name)])?;
        let roles: Vec<&str> = a.current_roles().map(|p| p.role.words()[0]).collect();
        values(
            &mut w,
            &[
                ("kind", a.kind.words()[0].to_owned()),
                (
                    "position",
                    a.position
                        .map(|p| p.words()[0])
                        .unwrap_or_default()
                        .to_owned(),
                ),
                ("roles", roles.join(";")),
                ("tags", a.tags.join(";")),
                ("prospective", a.prospective.to_string()),
            ],
        )?;
        close(&mut w, "node")?;
    }
    close(&mut w, "nodes")?;
    open(&mut w, "edges", &[])?;
    for r in &ws.relations {
        let (id, from, to) = (r.id.to_string(), r.from.to_string(), r.to.to_string());
        let weight = f64::from(r.strength.unwrap_or(1)).to_string();
        open(
            &mut w,
            "edge",
            &[
                ("id", &id),
                ("source", &from),
                ("target", &to),
                ("weight", &weight),
            ],
        )?;
        values(
            &mut w,
            &[("kind", r.kind.clone()), ("mutual", r.mutual.to_string())],
        )?;
        close(&mut w, "edge")?;
    }
    close(&mut w, "edges")?;
    close(&mut w, "graph")?;
    close(&mut w, "gexf")?;
    let mut bytes = w.into_inner();
    bytes.push(b'\n');
    Ok(bytes)
}

/// The workspace's network as GEXF 1.3 bytes.
pub fn gexf(ws: &Workspace) -> Vec<u8> {
    // Writing to memory does not fail.
    write(ws).unwrap_or_default()
}
