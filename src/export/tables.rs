//! The register and the relations as CSV (RFC 4180, UTF-8, a header row), written by the `csv`
//! crate, every text cell neutralised against formula injection (OWASP: a cell that starts with
//! `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`), so the file opens safely
//! in Excel and LibreOffice. Terms are the method's words as the command line writes them
//! (`kern`, `persoon`), the same in every language. Contact details, notes, interests and
//! mandates are personal and left out.

use crate::workspace::text::clean;
use crate::workspace::{Vocabulary, Workspace};

/// Which table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Table {
    /// One row per actor.
    Actors,
    /// One row per relation.
    Relations,
}

/// A cell as a spreadsheet may read it safely: control characters gone, a leading formula
/// character defused.
pub fn cell(text: &str) -> String {
    // Tab and carriage return first: cleaning would remove them, and they start formulas too.
    let risky = text.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let text = clean(text);
    if risky || text.starts_with(['=', '+', '-', '@']) {
        format!("'{text}")
    } else {
        text.into_owned()
    }
}

fn word<T: Vocabulary>(v: Option<T>) -> String {
    v.map(|x| x.words()[0].to_owned()).unwrap_or_default()
}

/// The table as CSV bytes.
pub fn csv(ws: &Workspace, table: Table) -> Vec<u8> {
    let mut w = ::csv::Writer::from_writer(Vec::new());
    // Writing to memory cannot fail; a row that did would only be missing.
    match table {
        Table::Actors => {
            let _ = w.write_record([
                "id",
                "name",
                "kind",
                "position",
                "roles",
                "represents",
                "tags",
                "prospective",
            ]);
            for a in &ws.actors {
                let roles: Vec<String> = a
                    .current_roles()
                    .map(|p| p.role.words()[0].to_owned())
                    .collect();
                let _ = w.write_record([
                    a.id.to_string(),
                    cell(&a.name),
                    word(Some(a.kind)),
                    word(a.position),
                    roles.join(";"),
                    cell(&a.represents),
                    cell(&a.tags.join(";")),
                    a.prospective.to_string(),
                ]);
            }
        }
        Table::Relations => {
            let names = ws.names_by_id();
            let name = |id| names.get(&id).copied().unwrap_or("?");
            let _ = w.write_record([
                "id", "from_id", "from", "to_id", "to", "kind", "mutual", "strength",
            ]);
            for r in &ws.relations {
                let _ = w.write_record([
                    r.id.to_string(),
                    r.from.to_string(),
                    cell(name(r.from)),
                    r.to.to_string(),
                    cell(name(r.to)),
                    cell(&r.kind),
                    r.mutual.to_string(),
                    r.strength.map(|s| s.to_string()).unwrap_or_default(),
                ]);
            }
        }
    }
    w.into_inner().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_are_defused_and_others_kept() {
        assert_eq!(cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(cell("+31 6"), "'+31 6");
        assert_eq!(cell("-1"), "'-1");
        assert_eq!(cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(
            cell("\t=1"),
            "' =1",
            "the tab becomes a space, still defused"
        );
        assert_eq!(cell("Gemeente Utrecht"), "Gemeente Utrecht");
        assert_eq!(cell("a\u{1b}[2Jb"), "a[2Jb");
    }
}
