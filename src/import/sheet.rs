//! CSV tables as peers write them, recognised by their header (case and spaces do not matter):
//! Kumu's elements (Label, Type, Description, Tags) and connections (From, To, Type,
//! Direction), Gephi's nodes (Id, Label) and edges (Source, Target, Type as the direction,
//! Label as the kind, Weight), and knoop's own `actors.csv` and `relations.csv`. Comma,
//! semicolon (Excel in a Dutch locale) or tab, found from the header line; UTF-8 with or
//! without a byte-order mark. Unknown columns are left alone.

use super::{At, Bad, BadFile, InActor, InRelation, Incoming, Refused, Why};
use crate::workspace::text::clean;
use crate::workspace::{ActorKind, Id, Position, Vocabulary};

/// The delimiter the header line uses most.
fn delimiter(header: &str) -> u8 {
    [b';', b'\t', b',']
        .into_iter()
        .map(|d| (header.matches(char::from(d)).count(), d))
        .filter(|(n, _)| *n > 0)
        .max_by_key(|(n, _)| *n)
        .map_or(b',', |(_, d)| d)
}

/// A cell as knoop keeps it: cleaned, trimmed, and a formula guard (`'=`) that knoop's own
/// export put in front taken off again.
fn value(cell: &str) -> String {
    let cell = clean(cell.trim()).into_owned();
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', ' ']) => rest.to_owned(),
        _ => cell,
    }
}

struct Header(Vec<String>);

impl Header {
    fn col(&self, names: &[&str]) -> Option<usize> {
        names
            .iter()
            .find_map(|n| self.0.iter().position(|h| h == n))
    }
}

fn bad(file: &str, line: usize, what: Bad) -> BadFile {
    BadFile::new(file, line, 0, what)
}

pub(super) fn read(file: &str, bytes: &[u8], into: &mut Incoming) -> Result<(), BadFile> {
    let text = super::text(file, bytes)?;
    let first = text.lines().next().unwrap_or_default();
    let mut reader = ::csv::ReaderBuilder::new()
        .delimiter(delimiter(first))
        .flexible(true)
        .from_reader(text.as_bytes());
    let header = Header(
        reader
            .headers()
            .map_err(|e| bad(file, 1, Bad::Parse(e.to_string())))?
            .iter()
            .map(|h| h.trim().to_lowercase().replace('_', " "))
            .collect(),
    );
    let from = header.col(&["from id", "from", "source", "van"]);
    let to = header.col(&["to id", "to", "target", "naar"]);
    let relations = match (from, to) {
        (Some(_), Some(_)) => true,
        _ if header.col(&["name", "label", "naam", "id"]).is_some() => false,
        _ => {
            return Err(bad(file, 1, Bad::Header(header.0.join(", "))));
        }
    };
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = e
                .position()
                .map_or(0, |p| usize::try_from(p.line()).unwrap_or(0));
            bad(file, line, Bad::Parse(e.to_string()))
        })?;
        let at = At {
            file: file.to_owned(),
            line: record
                .position()
                .map_or(0, |p| usize::try_from(p.line()).unwrap_or(0)),
            ..At::default()
        };
        let cell = |names: &[&str]| {
            header
                .col(names)
                .and_then(|i| record.get(i))
                .map(value)
                .unwrap_or_default()
        };
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        if relations {
            relation(&header, &cell, at, into);
        } else {
            actor(&cell, at, into);
        }
    }
    Ok(())
}

fn id_of(text: &str) -> Option<Id> {
    Id::parse_str(text.trim()).ok()
}

fn actor(cell: &dyn Fn(&[&str]) -> String, at: At, into: &mut Incoming) {
    let file_id = cell(&["knoop id", "id"]);
    let mut name = cell(&["name", "label", "naam"]);
    let id = id_of(&cell(&["knoop id"])).or_else(|| id_of(&file_id));
    if name.is_empty() && id.is_none() {
        // A Gephi node without a label is known by its id.
        name.clone_from(&file_id);
    }
    if name.is_empty() {
        into.refused.push(Refused {
            at,
            why: Why::NoName,
        });
        return;
    }
    let mut tags = super::tags(&cell(&["tags", "labels"]));
    let kind_cell = cell(&["kind", "type", "element type", "soort"]);
    let kind = ActorKind::parse(&kind_cell);
    if kind.is_none() && !kind_cell.is_empty() {
        // A type knoop has no word for (Kumu's "Stakeholder") is kept as a tag.
        tags.push(kind_cell);
    }
    let mut actor = InActor {
        key: if file_id.is_empty() {
            name.clone()
        } else {
            file_id
        },
        id,
        name,
        kind,
        position: Position::parse(&cell(&["position", "positie"])),
        represents: cell(&["represents", "description", "organisation", "organisatie"]),
        tags,
        prospective: cell(&["prospective"]).eq_ignore_ascii_case("true"),
        at,
    };
    super::position_from_tags(&mut actor);
    into.actors.push(actor);
}

fn relation(header: &Header, cell: &dyn Fn(&[&str]) -> String, at: At, into: &mut Incoming) {
    let end = |id: &str, names: &[&str]| {
        let by_id = cell(&[id]);
        if id_of(&by_id).is_some() {
            by_id
        } else {
            cell(names)
        }
    };
    let from = end("from id", &["from", "source", "van"]);
    let to = end("to id", &["to", "target", "naar"]);
    if from.is_empty() || to.is_empty() {
        into.refused.push(Refused {
            at,
            why: Why::NoEnds,
        });
        return;
    }
    // Gephi's edge table uses Type for the direction and Label for the kind.
    let gephi = header.col(&["source"]).is_some();
    let (kind, mutual) = if gephi {
        (cell(&["label", "kind"]), super::both_ways(&cell(&["type"])))
    } else {
        (
            cell(&["kind", "type", "connection type", "soort"]),
            super::both_ways(&cell(&["mutual", "direction", "richting"])),
        )
    };
    into.relations.push(InRelation {
        id: id_of(&cell(&["id", "knoop id"])),
        from,
        to,
        kind: super::relation_kind(kind),
        mutual,
        strength: super::strength(&cell(&["strength", "weight", "sterkte"])),
        at,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_str(s: &str) -> Result<Incoming, BadFile> {
        let mut into = Incoming::default();
        read("t.csv", s.as_bytes(), &mut into).map(|()| into)
    }

    #[test]
    fn kumu_elements_with_bom_and_semicolons() {
        let inc = read_str(
            "\u{feff}Label;Type;Description;Tags;Kleur\nBram;Person;GGD;zorg | kern;rood\n;;;;\nGemeente;Organization;;;\n,;x\n",
        )
        .unwrap_or_default();
        assert_eq!(inc.actors.len(), 3, "{inc:?}");
        let bram = &inc.actors[0];
        assert_eq!(
            (bram.name.as_str(), bram.kind, bram.position, bram.at.line),
            ("Bram", Some(ActorKind::Person), Some(Position::Kern), 2)
        );
        assert_eq!(bram.tags, ["zorg"]);
        assert_eq!(bram.represents, "GGD");
        assert_eq!(inc.actors[1].kind, Some(ActorKind::Organisation));
        assert_eq!(
            inc.actors[2].name, ",",
            "a lone comma is a name in a ; file"
        );
    }

    #[test]
    fn gephi_edges_and_a_header_it_does_not_know() {
        let inc = read_str("Source,Target,Type,Id,Label,Weight\n1,2,Undirected,0,financiert,2.0\n3,,Directed,1,,\n")
            .unwrap_or_default();
        assert_eq!(inc.relations.len(), 1);
        let r = &inc.relations[0];
        assert_eq!(
            (r.from.as_str(), r.to.as_str(), r.kind.as_str(), r.mutual),
            ("1", "2", "financiert", true)
        );
        assert_eq!(r.strength, Some(2));
        assert_eq!(inc.refused[0].why, Why::NoEnds);
        assert_eq!(inc.refused[0].at.line, 3);
        let err = read_str("Kleur,Vorm\nrood,rond\n").err();
        assert_eq!(err.map(|e| e.what), Some(Bad::Header("kleur, vorm".into())));
    }

    #[test]
    fn defused_cells_come_back_as_they_were() {
        assert_eq!(value("'=SUM(A1)"), "=SUM(A1)");
        assert_eq!(value("'t Hooft"), "'t Hooft");
        assert_eq!(value(" a\u{1b}b "), "ab");
    }
}
