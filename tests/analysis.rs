//! The network analysis against networkx: every measure of every actor on four graphs
//! (the demo network, Krackhardt's kite, a network in pieces with an isolate, and one with
//! mutual, repeated and self-loop relations) equal to what networkx computed, to 1e-9. The
//! fixtures were made by `tests/fixtures/networkx/make.py`; these tests need no Python.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::{BTreeSet, HashMap};
use std::path::Path;

use knoop::analysis::graph::{Graph, Scope, analyse};
use knoop::workspace::{Actor, Id, Relation, Workspace};
use serde_json::Value;

fn fixture(name: &str) -> (Workspace, Value) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/networkx")
        .join(format!("{name}.json"));
    let f: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut ws = Workspace::new(name);
    for n in f["actors"].as_array().unwrap() {
        ws.actors.push(Actor::new(n.as_str().unwrap()));
    }
    let id = |n: &Value| {
        ws.actors
            .iter()
            .find(|a| a.name == n.as_str().unwrap())
            .unwrap()
            .id
    };
    let relations: Vec<Relation> = f["relations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| Relation::new(id(&r[0]), id(&r[1]), "werkt samen"))
        .collect();
    ws.relations = relations;
    (ws, f["expected"].clone())
}

fn close(a: Option<f64>, b: &Value, what: &str) {
    match (a, b.as_f64()) {
        (None, None) => {}
        (Some(a), Some(b)) => assert!((a - b).abs() < 1e-9, "{what}: knoop {a}, networkx {b}"),
        _ => panic!("{what}: knoop {a:?}, networkx {b}"),
    }
}

fn check(name: &str) {
    let (ws, want) = fixture(name);
    let got = analyse(&ws, &Scope::default());
    let name_of: HashMap<Id, &str> = ws.actors.iter().map(|a| (a.id, a.name.as_str())).collect();
    assert_eq!(got.actors.len(), ws.actors.len());
    for m in &got.actors {
        let n = name_of[&m.id];
        let at = |key: &str| &want[key][n];
        assert_eq!(
            Some(m.degree as u64),
            at("degree").as_u64(),
            "{name} {n} degree"
        );
        close(
            Some(m.betweenness),
            at("betweenness"),
            &format!("{name} {n} betweenness"),
        );
        close(
            Some(m.closeness),
            at("closeness"),
            &format!("{name} {n} closeness"),
        );
        close(
            Some(m.eigenvector),
            at("eigenvector"),
            &format!("{name} {n} eigenvector"),
        );
        close(
            m.constraint,
            at("constraint"),
            &format!("{name} {n} constraint"),
        );
        close(
            m.effective_size,
            at("effective_size"),
            &format!("{name} {n} effective size"),
        );
        assert_eq!(
            Some(m.component as u64),
            at("component").as_u64(),
            "{name} {n} component"
        );
    }
    assert_eq!(Some(got.components as u64), want["components"].as_u64());
    let names = |ids: &[Id]| {
        ids.iter()
            .map(|i| name_of[i].to_owned())
            .collect::<BTreeSet<_>>()
    };
    let list = |v: &Value| {
        v.as_array()
            .unwrap()
            .iter()
            .map(|x| x.as_str().unwrap().to_owned())
            .collect::<BTreeSet<_>>()
    };
    assert_eq!(
        names(&got.isolates),
        list(&want["isolates"]),
        "{name} isolates"
    );
    assert_eq!(
        names(&got.articulation_points),
        list(&want["articulation_points"]),
        "{name} articulation points"
    );
    let bridges: BTreeSet<(String, String)> = got
        .bridges
        .iter()
        .map(|(a, b)| (name_of[a].to_owned(), name_of[b].to_owned()))
        .collect();
    let want_bridges: BTreeSet<(String, String)> = want["bridges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p[0].as_str().unwrap().to_owned(),
                p[1].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(bridges, want_bridges, "{name} bridges");
    check_chains(name, &ws, &want);
}

/// The shortest chain of introductions: as long as networkx's, and a real chain.
fn check_chains(name: &str, ws: &Workspace, want: &Value) {
    let g = Graph::of(ws, &Scope::default());
    let by_name = |n: &Value| {
        ws.actors
            .iter()
            .find(|a| a.name == n.as_str().unwrap())
            .unwrap()
            .id
    };
    for c in want["chains"].as_array().unwrap() {
        let chain = g.chain(by_name(&c[0]), by_name(&c[1]));
        match c[2].as_u64() {
            None => assert_eq!(chain, None, "{name}: no chain {c}"),
            Some(len) => {
                let chain = chain.unwrap_or_else(|| panic!("{name}: a chain {c}"));
                assert_eq!(chain.len() as u64, len + 1, "{name}: {c}");
                for w in chain.windows(2) {
                    assert!(
                        ws.relations.iter().any(|r| (r.from == w[0] && r.to == w[1])
                            || (r.from == w[1] && r.to == w[0])),
                        "{name}: a step of the chain is a relation"
                    );
                }
            }
        }
    }
}

#[test]
fn the_demo_network_as_networkx_measures_it() {
    check("demo");
}

#[test]
fn krackhardts_kite_as_networkx_measures_it() {
    check("kite");
}

#[test]
fn a_network_in_pieces_with_an_isolate_as_networkx_measures_it() {
    check("disconnected");
}

#[test]
fn mutual_repeated_and_self_relations_count_once_as_networkx_measures_it() {
    check("repeated");
}
