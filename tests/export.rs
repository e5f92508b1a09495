//! Exports read back by what reads them: the CSV by the `csv` crate, with formula cells
//! defused; the GraphML by an XML parser and, under CI (or wherever Python has it), by
//! networkx's `read_graphml`, with the same nodes, edges and attributes.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "support/cli.rs"]
mod cli;

use cli::{demo, knoop};

fn records(bytes: &[u8]) -> (Vec<String>, Vec<Vec<String>>) {
    let mut r = csv::Reader::from_reader(bytes);
    let head = r.headers().unwrap().iter().map(str::to_owned).collect();
    let rows = r
        .records()
        .map(|x| x.unwrap().iter().map(str::to_owned).collect())
        .collect();
    (head, rows)
}

#[test]
fn the_register_and_relations_as_csv_open_safely_in_a_spreadsheet() {
    let dir = tempfile::tempdir().unwrap();
    let file = demo(dir.path());
    knoop()
        .args([
            "add",
            "actor",
            "=HYPERLINK(\"http://x\")",
            "--org",
            "+31 6 1234",
            "-w",
        ])
        .arg(&file)
        .assert()
        .success();
    let out = knoop()
        .args(["export", "csv", "--table", "actors", "-w"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success());
    let (head, rows) = records(&out.stdout);
    assert_eq!(
        head,
        [
            "id",
            "name",
            "kind",
            "position",
            "roles",
            "represents",
            "tags",
            "prospective"
        ]
    );
    assert_eq!(rows.len(), 26);
    let evil = rows.iter().find(|r| r[1].contains("HYPERLINK")).unwrap();
    assert_eq!(evil[1], "'=HYPERLINK(\"http://x\")", "a formula is defused");
    assert_eq!(evil[5], "'+31 6 1234");
    let marieke = rows.iter().find(|r| r[1] == "Marieke de Vries").unwrap();
    assert_eq!(
        (marieke[3].as_str(), marieke[4].as_str()),
        ("kern", "netwerkleider;participant")
    );
    // Both tables into a folder, 0600.
    let folder = dir.path().join("uit");
    knoop()
        .args(["export", "csv", "-o"])
        .arg(&folder)
        .arg("-w")
        .arg(&file)
        .assert()
        .success();
    let (head, rows) = records(&std::fs::read(folder.join("relations.csv")).unwrap());
    assert_eq!(head[..6], ["id", "from_id", "from", "to_id", "to", "kind"]);
    assert_eq!(rows.len(), 30);
    let mode = std::os::unix::fs::PermissionsExt::mode(
        &std::fs::metadata(folder.join("actors.csv"))
            .unwrap()
            .permissions(),
    );
    assert_eq!(mode & 0o777, 0o600, "the register names real people");
    // Without a table or a folder: the question, in the user's language.
    knoop()
        .args(["--lang", "nl", "export", "csv", "-w"])
        .arg(&file)
        .assert()
        .failure()
        .stderr(predicates::str::contains("welke tabel?"));
}

#[test]
fn graphml_declares_every_attribute_and_networkx_reads_it() {
    let dir = tempfile::tempdir().unwrap();
    let file = demo(dir.path());
    let graphml = dir.path().join("netwerk.graphml");
    knoop()
        .args(["export", "graphml", "-o"])
        .arg(&graphml)
        .arg("-w")
        .arg(&file)
        .assert()
        .success();
    let text = std::fs::read_to_string(&graphml).unwrap();
    // Read back as XML: every key used is declared, the counts are the workspace's.
    let mut reader = quick_xml::Reader::from_str(&text);
    let (mut keys, mut used, mut nodes, mut edges) = (Vec::new(), Vec::new(), 0, 0);
    loop {
        match reader.read_event().unwrap() {
            quick_xml::events::Event::Eof => break,
            quick_xml::events::Event::Start(e) | quick_xml::events::Event::Empty(e) => {
                let attr = |name: &[u8]| {
                    e.attributes()
                        .flatten()
                        .find(|a| a.key.as_ref() == name)
                        .map(|a| String::from_utf8_lossy(&a.value).into_owned())
                };
                match e.name().as_ref() {
                    b"key" => keys.push(attr(b"id").unwrap()),
                    b"data" => used.push(attr(b"key").unwrap()),
                    b"node" => nodes += 1,
                    b"edge" => edges += 1,
                    _ => {}
                }
            }
            _ => {}
        }
    }
    assert_eq!((nodes, edges), (25, 30));
    assert!(used.iter().all(|k| keys.contains(k)), "every key declared");
    // networkx, the reference reader.
    let script = "import json, sys, networkx as nx\n\
        g = nx.read_graphml(sys.argv[1])\n\
        m = next(n for n, d in g.nodes(data=True) if d['name'] == 'Marieke de Vries')\n\
        e = next(iter(g.edges(data=True)))\n\
        print(json.dumps({'directed': g.is_directed(), 'nodes': g.number_of_nodes(),\n\
          'edges': g.number_of_edges(), 'marieke': g.nodes[m], 'edge': e[2]}))";
    let run = std::process::Command::new("python3")
        .args(["-c", script])
        .arg(&graphml)
        .output();
    let ran = run.as_ref().is_ok_and(|o| o.status.success());
    if !ran {
        let why = run.map_or_else(
            |e| e.to_string(),
            |o| String::from_utf8_lossy(&o.stderr).into_owned(),
        );
        assert!(
            std::env::var_os("CI").is_none(),
            "networkx must read the GraphML under CI: {why}"
        );
        eprintln!("skipped: networkx is not here ({why})");
        return;
    }
    let got: serde_json::Value = serde_json::from_slice(&run.unwrap().stdout).unwrap();
    assert_eq!(got["directed"], true);
    assert_eq!(
        (got["nodes"].as_u64(), got["edges"].as_u64()),
        (Some(25), Some(30))
    );
    assert_eq!(got["marieke"]["position"], "kern");
    assert_eq!(
        got["marieke"]["prospective"], false,
        "typed: a boolean, not a string"
    );
    assert!(got["edge"]["kind"].is_string() && got["edge"]["mutual"].is_boolean());
}

/// GEXF 1.3 for Gephi, read back as XML: the nodes and edges of the workspace, labelled, every
/// attribute value declared for its class, weights from the relations' strength.
#[test]
fn gexf_holds_the_network_with_declared_attributes() {
    let dir = tempfile::tempdir().unwrap();
    let file = demo(dir.path());
    let out = knoop()
        .args(["export", "gexf", "-w"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains(r#"<gexf xmlns="http://gexf.net/1.3" version="1.3">"#));
    let mut reader = quick_xml::Reader::from_str(&text);
    let mut class = String::new();
    let (mut declared, mut used) = (Vec::new(), Vec::new());
    let (mut nodes, mut edges, mut labels) = (0, 0, Vec::new());
    let mut within = String::new();
    loop {
        match reader.read_event().unwrap() {
            quick_xml::events::Event::Eof => break,
            quick_xml::events::Event::Start(e) | quick_xml::events::Event::Empty(e) => {
                let attr = |name: &[u8]| {
                    e.attributes()
                        .flatten()
                        .find(|a| a.key.as_ref() == name)
                        .map(|a| a.unescape_value().unwrap().into_owned())
                };
                match e.name().as_ref() {
                    b"attributes" => class = attr(b"class").unwrap(),
                    b"attribute" => declared.push((class.clone(), attr(b"id").unwrap())),
                    b"node" => {
                        nodes += 1;
                        within = "node".into();
                        labels.push(attr(b"label").unwrap());
                    }
                    b"edge" => {
                        edges += 1;
                        within = "edge".into();
                        assert!(attr(b"weight").unwrap().parse::<f64>().is_ok());
                    }
                    b"attvalue" => used.push((within.clone(), attr(b"for").unwrap())),
                    _ => {}
                }
            }
            _ => {}
        }
    }
    assert_eq!((nodes, edges), (25, 30));
    assert!(labels.contains(&"Marieke de Vries".to_owned()));
    assert!(
        used.iter().all(|u| declared.contains(u)),
        "every value declared for its class"
    );
}

/// DOT read by Graphviz itself (`dot -Tplain`; CI installs it): every actor a node, every
/// relation an edge, the positions as clusters, a name with quotes kept whole.
#[test]
fn graphviz_draws_the_dot_export() {
    let dir = tempfile::tempdir().unwrap();
    let file = demo(dir.path());
    knoop()
        .args(["add", "actor", "De \"Buurt\" \\ Zuid", "-w"])
        .arg(&file)
        .assert()
        .success();
    let out = knoop()
        .args(["--lang", "en", "export", "dot", "-w"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("label=\"kern (core)\";"), "{text}");
    let run = std::process::Command::new("dot")
        .arg("-Tplain")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn();
    let Ok(mut child) = run else {
        assert!(
            std::env::var_os("CI").is_none(),
            "Graphviz must draw the DOT under CI"
        );
        eprintln!("skipped: Graphviz is not here");
        return;
    };
    std::io::Write::write_all(child.stdin.as_mut().unwrap(), text.as_bytes()).unwrap();
    let drawn = child.wait_with_output().unwrap();
    assert!(
        drawn.status.success(),
        "{}",
        String::from_utf8_lossy(&drawn.stderr)
    );
    let plain = String::from_utf8(drawn.stdout).unwrap();
    assert_eq!(plain.lines().filter(|l| l.starts_with("node ")).count(), 26);
    assert_eq!(plain.lines().filter(|l| l.starts_with("edge ")).count(), 30);
    assert!(
        plain.contains(r#""De \"Buurt\" \\ Zuid""#),
        "the name whole: {plain}"
    );
}

/// The Kumu blueprint: every actor an element, every relation a connection between element
/// labels, knoop's ids kept; two actors with one name stay two elements.
#[test]
fn the_kumu_blueprint_joins_connections_to_elements() {
    let dir = tempfile::tempdir().unwrap();
    let file = demo(dir.path());
    // Two actors named alike (a file can hold them: an import, a merge, a hand edit).
    let (mut ws, _) = knoop::store::parse(&file, &std::fs::read(&file).unwrap()).unwrap();
    ws.actors.push(knoop::workspace::Actor::new("Jan"));
    ws.actors.push(knoop::workspace::Actor::new("Jan"));
    std::fs::write(&file, knoop::store::serialize(&ws).unwrap()).unwrap();
    let out = knoop()
        .args(["export", "kumu", "-w"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success());
    let got: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let elements = got["elements"].as_array().unwrap();
    let connections = got["connections"].as_array().unwrap();
    assert_eq!((elements.len(), connections.len()), (27, 30));
    let labels: std::collections::HashSet<&str> = elements
        .iter()
        .map(|e| e["label"].as_str().unwrap())
        .collect();
    assert_eq!(labels.len(), 27, "labels are unique, the two Jans too");
    for c in connections {
        assert!(labels.contains(c["from"].as_str().unwrap()));
        assert!(labels.contains(c["to"].as_str().unwrap()));
        assert!(["directed", "mutual"].contains(&c["direction"].as_str().unwrap()));
    }
    let marieke = elements
        .iter()
        .find(|e| e["label"] == "Marieke de Vries")
        .unwrap();
    assert_eq!(marieke["knoop id"], "019a7b2c-0001-7000-8000-000000000001");
    assert!(marieke["tags"].as_array().unwrap().contains(&"kern".into()));
}

/// The network report in Markdown, in either language: every section, the agenda as a table,
/// the brokers; no notes or contact details.
#[test]
fn the_network_report_in_markdown_in_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    let file = demo(dir.path());
    knoop()
        .args(["add", "actor", "Evil\u{1b}[2J", "-w"])
        .arg(&file)
        .assert()
        .success();
    for (lang, parts) in [
        (
            "nl",
            [
                "· netwerkrapport (",
                "## Actoren",
                "### kern (9)",
                "| Agendapunt | weten | meedenken | meedoen | meebepalen |",
                "## Ambities",
                "- **coalitieleider:** Ahmed El Amrani",
                "## Spelregels",
                "## Aandachtspunten",
                "**Volgende stappen:**",
                "**Fase ontwikkelen: wat de methode vraagt**",
                "- [x] spelregels afgesproken",
                "Fases: verkennen sinds 2025-03-01 · ontwikkelen sinds 2025-10-01",
                "- **Makelaars:** Fatima Yilmaz",
            ],
        ),
        (
            "en",
            [
                "· network report (",
                "## Actors",
                "### kern (core) (9)",
                "| Topic | weten",
                "## Ambitions (ambities)",
                "- **coalitieleider:** Ahmed El Amrani",
                "## Rules of play (spelregels)",
                "## Points of attention",
                "**Next steps:**",
                "**Phase ontwikkelen (develop): what the method asks**",
                "- [ ] every ambition a coalitieleider",
                "Phases: verkennen (explore) since 2025-03-01 · ontwikkelen (develop) since 2025-10-01",
                "- **Brokers (makelaars):** Fatima Yilmaz",
            ],
        ),
    ] {
        let out = knoop()
            .args(["--lang", lang, "export", "md", "-w"])
            .arg(&file)
            .output()
            .unwrap();
        assert!(out.status.success());
        let text = String::from_utf8(out.stdout).unwrap();
        for part in parts {
            assert!(text.contains(part), "{lang}: {part:?} in:\n{text}");
        }
        assert!(!text.contains("Nog benaderen via Jeroen"), "notes stay out");
        assert!(!text.contains('\u{1b}'), "names cleaned");
    }
}

/// `--redact public`: no export names a person without consent (a stable pseudonym instead,
/// the same in a second export), a person who consented and every organisation stay, and each
/// export says on its first lines what it left out. The key is beside the workspace, 0600.
#[test]
fn a_public_export_names_no_person_without_consent() {
    let dir = tempfile::tempdir().unwrap();
    let file = demo(dir.path());
    let (mut ws, _) = knoop::store::parse(&file, &std::fs::read(&file).unwrap()).unwrap();
    ws.actors[0].consent = Some(knoop::workspace::Consent::Given);
    std::fs::write(&file, knoop::store::serialize(&ws).unwrap()).unwrap();
    let hidden: Vec<String> = ws
        .actors
        .iter()
        .filter(|a| a.kind == knoop::workspace::ActorKind::Person && a.consent.is_none())
        .map(|a| a.name.clone())
        .collect();
    assert!(hidden.len() > 10);
    let export = |format: &str, extra: &[&str]| {
        let out = knoop()
            .args(["--lang", "nl", "export", format, "--redact", "public"])
            .args(extra)
            .arg("-w")
            .arg(&file)
            .output()
            .unwrap();
        assert!(out.status.success(), "{format}");
        (
            String::from_utf8(out.stdout).unwrap(),
            String::from_utf8(out.stderr).unwrap(),
        )
    };
    for (format, extra) in [
        ("md", &[][..]),
        ("csv", &["--table", "actors"][..]),
        ("csv", &["--table", "relations"][..]),
        ("graphml", &[][..]),
        ("gexf", &[][..]),
        ("dot", &[][..]),
        ("kumu", &[][..]),
    ] {
        let (text, said) = export(format, extra);
        for name in &hidden {
            assert!(!text.contains(name.as_str()), "{format} names {name}");
        }
        assert!(text.contains("Marieke de Vries"), "{format}: consent given");
        assert!(
            text.contains("Gemeente Utrecht"),
            "{format}: organisations stay"
        );
        assert!(text.contains("Persoon "), "{format}: pseudonyms");
        assert!(!text.contains("Nog benaderen"), "{format}: no notes");
        let first_lines: String = text.lines().take(3).collect::<Vec<_>>().join("\n");
        assert!(
            first_lines.contains("Weggelaten") || said.contains("Weggelaten"),
            "{format} says what it left out: {first_lines}"
        );
        assert_eq!(
            export(format, extra).0,
            text,
            "{format}: the same pseudonyms again"
        );
    }
    let key = file.with_file_name("w.json.pseudonyms");
    let mode =
        std::os::unix::fs::PermissionsExt::mode(&std::fs::metadata(&key).unwrap().permissions());
    assert_eq!(mode & 0o777, 0o600);
}

/// The HTML report asks for nothing outside itself: a Content-Security-Policy that allows no
/// request, no URL, no script, and text from the file that becomes no tag, link or image; the
/// rings and the map inline. Headless Chromium (CI installs it) loads it, finds both pictures,
/// prints it on A4 and draws it at a phone's width.
#[test]
fn the_html_report_is_self_contained_and_chromium_renders_it() {
    let dir = tempfile::tempdir().unwrap();
    let file = demo(dir.path());
    for name in [
        "<script>alert(1)</script>",
        "[klik](https://evil.example/x)",
        "![i](http://evil.example/i.png)",
    ] {
        knoop()
            .args(["add", "actor", name, "--position", "kern", "-w"])
            .arg(&file)
            .assert()
            .success();
    }
    let page = dir.path().join("rapport.html");
    knoop()
        .args(["--lang", "en", "export", "html", "-o"])
        .arg(&page)
        .arg("-w")
        .arg(&file)
        .assert()
        .success();
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    assert!(
        html.contains(r#"<meta http-equiv="Content-Security-Policy" content="default-src 'none';"#)
    );
    // A name may hold a URL as its text (a mark's title shows the name whole); nothing may
    // refer to one.
    for banned in [
        "src=", "href=", "url(", "@import", "<script", "<img", "=\"http", "='http", "<link",
        "<iframe", "<object",
    ] {
        assert!(!html.contains(banned), "{banned} in the report");
    }
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert_eq!(html.matches("<svg ").count(), 2, "the rings and the map");
    assert!(html.contains("Left out (personal data)"));
    assert!(!html.contains("Marieke.deVries@"), "no contact details");
    assert_eq!(
        std::os::unix::fs::PermissionsExt::mode(&std::fs::metadata(&page).unwrap().permissions())
            & 0o777,
        0o600
    );

    let url = format!("file://{}", page.display());
    let chromium = |args: &[&str]| {
        std::process::Command::new("chromium")
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--hide-scrollbars",
            ])
            .args(args)
            .arg(&url)
            .output()
    };
    let Ok(dom) = chromium(&["--dump-dom"]) else {
        assert!(
            std::env::var_os("CI").is_none(),
            "Chromium must render the report under CI"
        );
        eprintln!("skipped: Chromium is not here");
        return;
    };
    let dom = String::from_utf8_lossy(&dom.stdout);
    assert_eq!(dom.matches("<svg ").count(), 2, "{dom}");
    assert!(dom.contains("<h1>Gezond Opgroeien in Zuid"));
    let pdf = dir.path().join("a4.pdf");
    let png = dir.path().join("phone.png");
    let _ = chromium(&[
        "--no-pdf-header-footer",
        &format!("--print-to-pdf={}", pdf.display()),
    ]);
    let _ = chromium(&[
        "--window-size=390,844",
        &format!("--screenshot={}", png.display()),
    ]);
    let pdf = std::fs::read(&pdf).unwrap();
    assert!(pdf.starts_with(b"%PDF"));
    assert!(
        String::from_utf8_lossy(&pdf).contains("/MediaBox [0 0 594.95996 841.91998]"),
        "printed on A4"
    );
    assert!(std::fs::read(&png).unwrap().starts_with(b"\x89PNG"));
}
