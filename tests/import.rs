//! `knoop import` on files as peers and spreadsheets write them: Kumu's and Gephi's CSV with a
//! byte-order mark and semicolons, duplicate names, unknown columns, relation ends that are
//! nowhere, a file of 10,000 rows, a broken file (a clear error with its line, nothing
//! changed), and every export of knoop's own coming back without changing anything.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::fmt::Write as _;
use std::path::Path;

#[path = "support/cli.rs"]
mod cli;

use cli::{demo, knoop};
use serde_json::Value;

fn run(file: &Path, args: &[&str]) -> (bool, String, String) {
    let out = knoop().args(args).arg("-w").arg(file).output().unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn workspace(file: &Path) -> Value {
    serde_json::from_slice(&std::fs::read(file).unwrap()).unwrap()
}

fn names(file: &Path) -> Vec<String> {
    workspace(file)["actors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["name"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn every_export_of_knoops_own_comes_back_without_a_change() {
    let dir = tempfile::tempdir().unwrap();
    let file = demo(dir.path());
    let before = std::fs::read(&file).unwrap();
    let d = dir.path().to_str().unwrap();
    for (format, out) in [
        ("kumu", "k.json"),
        ("graphml", "g.graphml"),
        ("gexf", "g.gexf"),
    ] {
        let out = format!("{d}/{out}");
        assert!(run(&file, &["export", format, "-o", &out]).0);
        let (ok, said, err) = run(&file, &["import", &out, "--lang", "en"]);
        assert!(ok, "{format}: {err}");
        assert!(
            said.starts_with("0 new actors, 25 recognised, 0 new relations, 30 already there"),
            "{format}: {said}"
        );
        assert!(said.contains("Nothing changes"), "{said}");
    }
    let csv = format!("{d}/csv");
    assert!(run(&file, &["export", "csv", "-o", &csv]).0);
    let (ok, said, _) = run(
        &file,
        &[
            "import",
            &format!("{csv}/actors.csv"),
            &format!("{csv}/relations.csv"),
        ],
    );
    assert!(ok);
    assert!(
        said.starts_with("0 nieuwe actoren, 25 herkend, 0 nieuwe relaties, 30 al aanwezig"),
        "{said}"
    );
    assert_eq!(
        std::fs::read(&file).unwrap(),
        before,
        "the file is untouched"
    );
}

#[test]
fn kumu_sheets_with_bom_semicolons_doubles_and_dangling_ends() {
    let dir = tempfile::tempdir().unwrap();
    let file = demo(dir.path());
    let elements = dir.path().join("elements.csv");
    std::fs::write(
        &elements,
        "\u{feff}Label;Type;Description;Tags;Kleur\n\
         Bram Pieters;Person;GGD;zorg | kern;rood\n\
         Nieuwe Buurvrouw;Person;;;\n\
         gemeente utrecht;Organization;;;\n\
         Nieuwe Buurvrouw;;;;\n\
         ;Person;;;\n",
    )
    .unwrap();
    let connections = dir.path().join("connections.csv");
    std::fs::write(
        &connections,
        "From;To;Type;Direction\n\
         Bram Pieters;Nieuwe Buurvrouw;kent;mutual\n\
         Nieuwe Buurvrouw;Niemand;kent;\n\
         Nieuwe Buurvrouw;Gemeente Utrecht;woont in;directed\n",
    )
    .unwrap();
    let e = elements.to_str().unwrap();
    let c = connections.to_str().unwrap();
    let before = std::fs::read(&file).unwrap();
    let (ok, said, _) = run(&file, &["import", e, c, "--dry-run"]);
    assert!(ok);
    assert!(
        said.starts_with("2 nieuwe actoren, 1 herkend, 2 nieuwe relaties, 3 rijen geweigerd"),
        "{said}"
    );
    assert!(
        said.contains("+ Bram Pieters (persoon, kern)"),
        "the position came from the tags"
    );
    assert!(
        said.contains("lijkt op Bram Peters"),
        "a close name is shown, not merged: {said}"
    );
    assert!(said.contains("= Gemeente Utrecht (op naam)"));
    assert!(
        said.contains("elements.csv:5: dezelfde actor als"),
        "{said}"
    );
    assert!(said.contains("elements.csv:6: geen naam"));
    assert!(said.contains("connections.csv:3: \"Niemand\" staat niet in het bestand"));
    assert!(said.contains("--dry-run: er is niets veranderd"));
    assert_eq!(
        std::fs::read(&file).unwrap(),
        before,
        "a dry run changes nothing"
    );

    let (ok, said, _) = run(&file, &["import", e, c]);
    assert!(ok, "{said}");
    assert!(said.contains("geïmporteerd (2 nieuwe actoren"), "{said}");
    let ws = workspace(&file);
    let actors = ws["actors"].as_array().unwrap();
    assert_eq!(actors.len(), 27);
    let bram = actors.iter().find(|a| a["name"] == "Bram Pieters").unwrap();
    assert_eq!(bram["position"], "kern");
    assert_eq!(bram["tags"], serde_json::json!(["zorg"]));
    assert_eq!(bram["represents"], "GGD");
    assert_eq!(ws["relations"].as_array().unwrap().len(), 32);
    assert!(
        names(&file)
            .iter()
            .filter(|n| *n == "Gemeente Utrecht")
            .count()
            == 1
    );
    // Again: everything is there now.
    let (_, said, _) = run(&file, &["import", e, c]);
    assert!(said.contains("Er verandert niets"), "{said}");
}

#[test]
fn gephi_tables_by_id_with_weights_and_undirected_edges() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("new.json");
    let nodes = dir.path().join("nodes.csv");
    std::fs::write(
        &nodes,
        "Id,Label,timeset,Modularity Class\n1,Anna,,0\n2,Bas,,1\n3,,,1\n",
    )
    .unwrap();
    let edges = dir.path().join("edges.csv");
    std::fs::write(
        &edges,
        "Source,Target,Type,Id,Label,timeset,Weight\n1,2,Undirected,0,,,3.0\n2,3,Directed,1,financiert,,1\n3,3,Directed,2,,,1\n",
    )
    .unwrap();
    let (ok, said, err) = run(
        &file,
        &[
            "import",
            nodes.to_str().unwrap(),
            edges.to_str().unwrap(),
            "--lang",
            "en",
        ],
    );
    assert!(ok, "{err}");
    assert!(
        said.starts_with("3 new actors, 0 recognised, 2 new relations, 1 row refused"),
        "{said}"
    );
    assert!(said.contains("a relation from an actor to itself"));
    assert_eq!(
        names(&file),
        ["Anna", "Bas", "3"],
        "a node without a label keeps its id as name"
    );
    let ws = workspace(&file);
    let r = &ws["relations"][0];
    assert_eq!(
        (r["mutual"].as_bool(), r["strength"].as_u64()),
        (Some(true), Some(3))
    );
    assert_eq!(ws["relations"][1]["kind"], "financiert");
}

#[test]
fn a_broken_file_is_refused_with_its_line_and_nothing_changes() {
    let dir = tempfile::tempdir().unwrap();
    let file = demo(dir.path());
    let before = std::fs::read(&file).unwrap();
    let bad = dir.path().join("broken.json");
    std::fs::write(
        &bad,
        "{\"elements\": [\n  {\"label\": \"A\"},\n  {\"label\": }\n]}\n",
    )
    .unwrap();
    let (ok, _, err) = run(&file, &["import", bad.to_str().unwrap(), "--lang", "en"]);
    assert!(!ok);
    assert!(err.contains("broken.json:3:"), "{err}");
    assert!(err.contains("Nothing was changed"), "{err}");
    let xml = dir.path().join("broken.graphml");
    std::fs::write(
        &xml,
        "<graphml>\n<graph>\n<node id=\"a\">\n</edge>\n</graph></graphml>",
    )
    .unwrap();
    let (ok, _, err) = run(&file, &["import", xml.to_str().unwrap()]);
    assert!(!ok);
    assert!(err.contains("broken.graphml:4"), "{err}");
    let latin = dir.path().join("latin1.csv");
    std::fs::write(&latin, b"Label\nJos\xe9\n").unwrap();
    let (ok, _, err) = run(&file, &["import", latin.to_str().unwrap()]);
    assert!(
        !ok && err.contains("latin1.csv:2:4") && err.contains("UTF-8"),
        "{err}"
    );
    let strange = dir.path().join("strange.csv");
    std::fs::write(&strange, "Kleur,Vorm\nrood,rond\n").unwrap();
    let (ok, _, err) = run(&file, &["import", strange.to_str().unwrap()]);
    assert!(!ok && err.contains("gevonden: kleur, vorm"), "{err}");
    assert_eq!(std::fs::read(&file).unwrap(), before);
}

#[test]
fn ten_thousand_rows_go_in_as_one_change() {
    let dir = tempfile::tempdir().unwrap();
    let file = demo(dir.path());
    let mut sheet = String::from("Label,Type,Tags\n");
    for i in 0..10_000 {
        let _ = writeln!(sheet, "Deelnemer {i},person,wijk {}", i % 7);
    }
    let big = dir.path().join("big.csv");
    std::fs::write(&big, sheet).unwrap();
    let (ok, said, err) = run(&file, &["import", big.to_str().unwrap(), "--lang", "en"]);
    assert!(ok, "{err}");
    assert!(said.starts_with("10000 new actors"), "{said}");
    assert!(said.contains("… and 9970 more (--all shows all)"), "{said}");
    assert_eq!(names(&file).len(), 10_025);
}
