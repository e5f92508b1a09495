//! What comes in: actors and relations from a spreadsheet export (Kumu's, Gephi's or knoop's
//! own CSV), a Kumu blueprint, GraphML or GEXF. [`read`] turns a file's bytes into rows as the
//! file has them, [`plan`] matches them against the workspace (by id, else by name, with a
//! "did you mean" for names that are close, never merged silently) and says what would change;
//! [`Plan::changes`] is the one edit that applies it. Pure: bytes in, records out.
//!
//! An import adds; it never overwrites what the workspace holds. An actor it recognises stays
//! as it is (what the file says differently is listed), so importing knoop's own export changes
//! nothing.

mod kumu;
pub mod plan;
pub mod preview;
mod sheet;
mod xml;

pub use plan::{Plan, plan};

use crate::workspace::{ActorKind, Id, Position};

/// The kinds of file knoop reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// A CSV table (actors or relations), recognised by its header.
    Csv,
    /// A Kumu blueprint (JSON with elements and connections).
    Kumu,
    /// GraphML.
    Graphml,
    /// GEXF.
    Gexf,
}

impl Format {
    /// The format a file name suggests, else the one its first bytes show.
    pub fn guess(name: &str, bytes: &[u8]) -> Self {
        let ext = std::path::Path::new(name)
            .extension()
            .map(|e| e.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        let start = String::from_utf8_lossy(&bytes[..bytes.len().min(512)]).to_lowercase();
        if ext == "graphml" || start.contains("<graphml") {
            Self::Graphml
        } else if ext == "gexf" || start.contains("<gexf") {
            Self::Gexf
        } else if ext == "json" || start.trim_start_matches('\u{feff}').starts_with('{') {
            Self::Kumu
        } else {
            Self::Csv
        }
    }
}

/// An actor as the file has it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct InActor {
    /// Where it is: the file's name and the line (1-based).
    pub at: At,
    /// How the file's relations refer to it (its id in the file, else its label).
    pub key: String,
    /// A knoop id, when the file carries one.
    pub id: Option<Id>,
    /// The name.
    pub name: String,
    /// Person, organisation or team, when the file says.
    pub kind: Option<ActorKind>,
    /// Kern, ring or vrije ruimte, when the file says.
    pub position: Option<Position>,
    /// The organisation represented (Kumu's description).
    pub represents: String,
    /// Tags.
    pub tags: Vec<String>,
    /// Not yet at the table.
    pub prospective: bool,
}

/// A relation as the file has it: its ends as the file names them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct InRelation {
    /// Where it is.
    pub at: At,
    /// A knoop id, when the file carries one.
    pub id: Option<Id>,
    /// From (a key, a knoop id or a name).
    pub from: String,
    /// To.
    pub to: String,
    /// The kind, e.g. "werkt samen".
    pub kind: String,
    /// Both ways.
    pub mutual: bool,
    /// 1 to 5.
    pub strength: Option<u8>,
}

/// A place in an imported file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct At {
    /// The file's name as the user gave it.
    pub file: String,
    /// The line, 1-based; in a JSON file, the place in `part`.
    pub line: usize,
    /// For a JSON file: the list (`elements`, `connections`) whose `line`th item it is.
    pub part: &'static str,
}

impl std::fmt::Display for At {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.part.is_empty() {
            write!(f, "{}:{}", self.file, self.line)
        } else {
            write!(f, "{} {} #{}", self.file, self.part, self.line)
        }
    }
}

/// Why a row is not taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Why {
    /// An actor row without a name.
    NoName,
    /// A relation row without both ends.
    NoEnds,
    /// The same actor as an earlier row of the file.
    Twice(At),
    /// A relation end that is neither in the file nor in the workspace.
    UnknownEnd(String),
    /// A name that more than one actor in the workspace has.
    Ambiguous(String),
    /// A relation from an actor to itself.
    SelfLoop,
    /// An actor that was erased with `knoop forget`.
    Forgotten,
}

/// A row that is not taken, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused {
    /// Where.
    pub at: At,
    /// Why.
    pub why: Why,
}

/// What one or more files hold, before it meets the workspace.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Incoming {
    /// Actor rows.
    pub actors: Vec<InActor>,
    /// Relation rows.
    pub relations: Vec<InRelation>,
    /// Rows already refused while reading.
    pub refused: Vec<Refused>,
}

/// A file knoop cannot read: where and what, as the parser said it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadFile {
    /// The file and line (1-based).
    pub at: At,
    /// The column (1-based; 0 when unknown).
    pub column: usize,
    /// What is wrong.
    pub what: Bad,
}

impl BadFile {
    /// `what` is wrong at `line`:`column` of `file`.
    fn new(file: &str, line: usize, column: usize, what: Bad) -> Self {
        Self {
            at: At {
                file: file.to_owned(),
                line,
                ..At::default()
            },
            column,
            what,
        }
    }
}

/// A relation's kind as the file has it, or the one knoop gives a relation without one.
fn relation_kind(kind: String) -> String {
    if kind.is_empty() {
        "werkt samen".into()
    } else {
        kind
    }
}

/// What is wrong with a file knoop cannot read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Bad {
    /// What the CSV, JSON or XML parser said.
    Parse(String),
    /// A CSV header knoop does not know; the columns it found.
    Header(String),
    /// Not UTF-8.
    NotUtf8,
    /// JSON without elements or connections.
    NotBlueprint,
    /// XML without its root element (`graphml`, `gexf`).
    NotXml(&'static str),
}

/// Reads `bytes` (named `file`) as `format`, adding to `into`.
pub fn read(file: &str, bytes: &[u8], format: Format, into: &mut Incoming) -> Result<(), BadFile> {
    match format {
        Format::Csv => sheet::read(file, bytes, into),
        Format::Kumu => kumu::read(file, bytes, into),
        Format::Graphml => xml::read_graphml(file, bytes, into),
        Format::Gexf => xml::read_gexf(file, bytes, into),
    }
}

/// A file's text without a byte-order mark, or where it stops being UTF-8.
fn text<'a>(file: &str, bytes: &'a [u8]) -> Result<&'a str, BadFile> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|e| {
        let (line, column) = line_column(bytes, e.valid_up_to());
        BadFile::new(file, line, column, Bad::NotUtf8)
    })
}

/// The 1-based line and column of byte `offset`.
fn line_column(bytes: &[u8], offset: usize) -> (usize, usize) {
    let before = &bytes[..offset.min(bytes.len())];
    let line = before.iter().filter(|b| **b == b'\n').count() + 1;
    let start = before
        .iter()
        .rposition(|b| *b == b'\n')
        .map_or(0, |p| p + 1);
    (
        line,
        String::from_utf8_lossy(&before[start..]).chars().count() + 1,
    )
}

/// Splits a tag cell: Kumu writes `a | b`, knoop `a;b`.
fn tags(cell: &str) -> Vec<String> {
    cell.split(['|', ';'])
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Takes a position out of the tags (knoop's Kumu export puts it there).
fn position_from_tags(actor: &mut InActor) {
    if actor.position.is_none()
        && let Some(i) = actor
            .tags
            .iter()
            .position(|t| <Position as crate::workspace::Vocabulary>::parse(t).is_some())
    {
        let tag = actor.tags.remove(i);
        actor.position = <Position as crate::workspace::Vocabulary>::parse(&tag);
    }
}

/// A strength from a weight as spreadsheets write it (`2`, `2.0`, `2,5`), within 1 to 5.
fn strength(cell: &str) -> Option<u8> {
    let w: f64 = cell.trim().replace(',', ".").parse().ok()?;
    // Rounded and kept within the method's scale; a weight of 0 or less is no strength.
    (w.is_finite() && w > 0.0).then(|| w.round().clamp(1.0, 5.0) as u8)
}

/// Whether a direction word means both ways.
fn both_ways(cell: &str) -> bool {
    matches!(
        cell.trim().to_lowercase().as_str(),
        "true" | "mutual" | "undirected" | "wederzijds" | "ja" | "yes" | "1"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weights_become_strengths_and_words_directions() {
        assert_eq!(strength("2"), Some(2));
        assert_eq!(strength("2,6"), Some(3));
        assert_eq!(strength("17"), Some(5));
        assert_eq!(strength("0"), None);
        assert_eq!(strength("veel"), None);
        assert!(both_ways("Undirected") && both_ways("mutual") && !both_ways("directed"));
        assert_eq!(tags("a | b;c"), ["a", "b", "c"]);
        assert_eq!(line_column(b"ab\ncd\xff", 5), (2, 3));
    }
}
