//! The merge on small workspaces: each rule of the module's doc, and that the side called
//! "ours" changes nothing when there is nothing to choose.

use serde_json::{Value, json};

use super::merge;
use crate::workspace::{Actor, Relation, Workspace};

fn value(ws: &Workspace) -> Value {
    serde_json::to_value(ws).unwrap_or_default()
}

fn base() -> Workspace {
    let mut ws = Workspace::new("Netwerk");
    for (i, name) in ["Anna", "Bram", "Carla"].iter().enumerate() {
        let mut a = Actor::new(name);
        a.id = uuid::Uuid::from_u128(i as u128 + 1);
        a.tags = vec!["zorg".into(), "wijk".into()];
        a.notes = "eerste regel\ntweede regel\nderde regel\n".into();
        ws.actors.push(a);
    }
    let mut r = Relation::new(ws.actors[0].id, ws.actors[1].id, "kent");
    r.id = uuid::Uuid::from_u128(100);
    ws.relations.push(r);
    ws
}

fn both_ways(b: &Workspace, o: &Workspace, t: &Workspace) -> (Workspace, usize) {
    let one = merge(Some(value(b)), value(o), value(t)).unwrap_or_else(|e| panic!("{e}"));
    let two = merge(Some(value(b)), value(t), value(o)).unwrap_or_else(|e| panic!("{e}"));
    if one.conflicts == 0 {
        assert_eq!(
            crate::store::serialize(&one.workspace).ok(),
            crate::store::serialize(&two.workspace).ok(),
            "the same file whichever side is ours"
        );
    }
    (one.workspace, one.conflicts)
}

#[test]
fn additions_on_both_sides_and_different_fields_of_one_actor() {
    let old = base();
    let (mut ours, mut theirs) = (old.clone(), old.clone());
    let mut dirk = Actor::new("Dirk");
    dirk.id = uuid::Uuid::from_u128(10);
    ours.actors.push(dirk);
    let mut eva = Actor::new("Eva");
    eva.id = uuid::Uuid::from_u128(11);
    theirs.actors.push(eva);
    ours.actors[0].position = Some(crate::workspace::Position::Kern);
    theirs.actors[0].represents = "GGD".into();
    let (merged, count) = both_ways(&old, &ours, &theirs);
    assert_eq!(count, 0);
    let names: Vec<&str> = merged.actors.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names, ["Anna", "Bram", "Carla", "Dirk", "Eva"]);
    assert_eq!(
        merged.actors[0].position,
        Some(crate::workspace::Position::Kern)
    );
    assert_eq!(merged.actors[0].represents, "GGD");
}

#[test]
fn the_same_field_changed_differently_is_a_conflict_that_keeps_all_three() {
    let old = base();
    let (mut ours, mut theirs) = (old.clone(), old.clone());
    ours.actors[1].name = "Bram Peters".into();
    theirs.actors[1].name = "B. Peters".into();
    ours.actors[2].name = "Carla V".into();
    theirs.actors[2].name = "Carla V".into();
    let merged =
        merge(Some(value(&old)), value(&ours), value(&theirs)).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        merged.conflicts, 1,
        "the same change on both sides is taken once"
    );
    assert_eq!(
        merged.workspace.actors[1].name, "Bram Peters",
        "the field holds ours"
    );
    let c = &merged.workspace.conflicts[0];
    assert_eq!(c.path, ["actors", &old.actors[1].id.to_string(), "name"]);
    assert_eq!(
        (c.base.clone(), c.theirs.clone()),
        (Some(json!("Bram")), Some(json!("B. Peters")))
    );
    assert_eq!(c.field(), "name");
}

#[test]
fn delete_against_edit_is_a_conflict_and_a_relation_to_a_deleted_actor_is_dropped() {
    let old = base();
    let (mut ours, mut theirs) = (old.clone(), old.clone());
    ours.actors.remove(2);
    theirs.actors[2].represents = "Buurtteam".into();
    ours.actors.remove(0);
    ours.relations.clear();
    let mut r = Relation::new(theirs.actors[0].id, theirs.actors[2].id, "werkt samen");
    r.id = uuid::Uuid::from_u128(101);
    theirs.relations.push(r);
    let merged =
        merge(Some(value(&old)), value(&ours), value(&theirs)).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(merged.conflicts, 1);
    assert!(
        merged.workspace.actors.iter().any(|a| a.name == "Carla"),
        "never a silent delete of what the other side changed"
    );
    assert_eq!(merged.workspace.conflicts[0].ours, None);
    assert!(merged.workspace.actors.iter().all(|a| a.name != "Anna"));
    assert!(merged.workspace.relations.is_empty());
    assert_eq!(
        merged.dropped,
        [(
            "relations".to_owned(),
            uuid::Uuid::from_u128(101).to_string()
        )]
    );
}

#[test]
fn tags_merge_as_sets_and_notes_line_by_line() {
    let old = base();
    let (mut ours, mut theirs) = (old.clone(), old.clone());
    ours.actors[0].tags = vec!["zorg".into(), "onderwijs".into()];
    theirs.actors[0].tags = vec!["zorg".into(), "wijk".into(), "sport".into()];
    ours.actors[0].notes = "EERSTE regel\ntweede regel\nderde regel\n".into();
    theirs.actors[0].notes = "eerste regel\ntweede regel\nderde regel\nvierde regel\n".into();
    let (merged, count) = both_ways(&old, &ours, &theirs);
    assert_eq!(count, 0);
    assert_eq!(
        merged.actors[0].tags,
        ["zorg", "onderwijs", "sport"],
        "wijk stays removed"
    );
    assert_eq!(
        merged.actors[0].notes,
        "EERSTE regel\ntweede regel\nderde regel\nvierde regel\n"
    );
    let (mut ours2, mut theirs2) = (old.clone(), old.clone());
    ours2.actors[0].notes = "eerste regel\nTWEEDE\nderde regel\n".into();
    theirs2.actors[0].notes = "eerste regel\ntwee\nderde regel\n".into();
    let merged =
        merge(Some(value(&old)), value(&ours2), value(&theirs2)).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        merged.conflicts, 1,
        "overlapping lines are a conflict, not markers"
    );
    assert!(!merged.workspace.actors[0].notes.contains("<<<<<<<"));
}

#[test]
fn a_forgotten_person_stays_forgotten_and_unknown_fields_are_kept() {
    let old = base();
    let (mut ours, mut theirs) = (old.clone(), old.clone());
    let bram = ours.actors.remove(1);
    ours.forgotten.push(bram.id);
    ours.relations.clear();
    theirs.actors[1].represents = "Zilveren Kruis".into();
    theirs.extra.insert("nieuw_veld".into(), json!({"x": 1}));
    let merged =
        merge(Some(value(&old)), value(&ours), value(&theirs)).unwrap_or_else(|e| panic!("{e}"));
    assert!(merged.workspace.actors.iter().all(|a| a.id != bram.id));
    assert!(merged.workspace.conflicts.is_empty());
    assert_eq!(
        merged.workspace.extra.get("nieuw_veld"),
        Some(&json!({"x": 1}))
    );
}

mod random {
    use std::collections::BTreeSet;

    use proptest::prelude::*;

    use super::{base, value};
    use crate::merge::merge;
    use crate::workspace::Workspace;
    use crate::workspace::proptests::{Op, apply, op};

    fn after(start: &Workspace, ops: &[Op]) -> Workspace {
        let mut ws = start.clone();
        for o in ops {
            apply(&mut ws, o);
        }
        ws
    }

    fn ids(ws: &Workspace) -> (BTreeSet<String>, BTreeSet<String>, BTreeSet<String>) {
        let set = |it: Vec<String>| it.into_iter().collect::<BTreeSet<_>>();
        (
            set(ws.actors.iter().map(|a| a.id.to_string()).collect()),
            set(ws.relations.iter().map(|r| r.id.to_string()).collect()),
            set(ws.log.iter().map(|e| e.id.to_string()).collect()),
        )
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Two leaders' random edit sequences from one base: merging either way gives the same
        /// records and the same number of conflicts, the same file when there are none; and a
        /// side that did nothing gives back the other side byte for byte.
        #[test]
        fn merging_either_way_agrees(
            a in prop::collection::vec(op(), 0..25),
            b in prop::collection::vec(op(), 0..25),
        ) {
            let start = base();
            let (one, two) = (after(&start, &a), after(&start, &b));
            let ab = merge(Some(value(&start)), value(&one), value(&two));
            let ba = merge(Some(value(&start)), value(&two), value(&one));
            let (Ok(ab), Ok(ba)) = (ab, ba) else {
                return Err(TestCaseError::fail("a merge of two workspaces is a workspace"));
            };
            prop_assert_eq!(ids(&ab.workspace), ids(&ba.workspace));
            prop_assert_eq!(ab.workspace.conflicts.len(), ba.workspace.conflicts.len());
            prop_assert!(ab.workspace.dangling_actor_ids().is_empty());
            if ab.workspace.conflicts.is_empty() {
                prop_assert_eq!(
                    crate::store::serialize(&ab.workspace).ok(),
                    crate::store::serialize(&ba.workspace).ok()
                );
            }
            let same = merge(Some(value(&start)), value(&start), value(&two));
            let Ok(same) = same else {
                return Err(TestCaseError::fail("merge with an unchanged side"));
            };
            prop_assert_eq!(
                crate::store::serialize(&same.workspace).ok(),
                crate::store::serialize(&two).ok()
            );
        }
    }
}
