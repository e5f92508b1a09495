//! Random sequences of every actor operation: no id ever dangles, and undoing them all, one by
//! one, gives back exactly the workspace we started from.

use proptest::prelude::*;

use super::{Actor, Orientation, Relation, Role, Vocabulary, Workspace};

#[derive(Debug, Clone)]
pub(crate) enum Op {
    Add(String),
    Rename(usize, String),
    Delete(usize),
    Merge(usize, usize),
    Relate(usize, usize),
    Unrelate(usize),
    StartRole(usize, u8),
    EndRole(usize),
    Orientation(usize, u8),
    Note(usize, usize),
}

pub(crate) fn op() -> impl Strategy<Value = Op> {
    let i = 0usize..40;
    prop_oneof![
        "[A-Za-zë ]{1,8}".prop_map(Op::Add),
        (i.clone(), "[a-z]{1,6}").prop_map(|(a, n)| Op::Rename(a, n)),
        i.clone().prop_map(Op::Delete),
        (i.clone(), i.clone()).prop_map(|(a, b)| Op::Merge(a, b)),
        (i.clone(), i.clone()).prop_map(|(a, b)| Op::Relate(a, b)),
        i.clone().prop_map(Op::Unrelate),
        (i.clone(), 0u8..3).prop_map(|(a, r)| Op::StartRole(a, r)),
        i.clone().prop_map(Op::EndRole),
        (i.clone(), 0u8..4).prop_map(|(a, o)| Op::Orientation(a, o)),
        (i.clone(), i).prop_map(|(a, b)| Op::Note(a, b)),
    ]
}

pub(crate) fn apply(ws: &mut Workspace, op: &Op) -> Option<super::Edit> {
    let day = jiff::civil::Date::constant(2026, 11, 27);
    let actor = |ws: &Workspace, i: usize| {
        (!ws.actors.is_empty()).then(|| ws.actors[i % ws.actors.len()].id)
    };
    match op {
        Op::Add(name) => Some(ws.add_actor(Actor::new(name))),
        Op::Rename(i, name) => ws.rename_actor(actor(ws, *i)?, name),
        Op::Delete(i) => ws.delete_actor(actor(ws, *i)?),
        Op::Merge(a, b) => ws.merge_actors(actor(ws, *a)?, actor(ws, *b)?),
        Op::Relate(a, b) => {
            let (a, b) = (actor(ws, *a)?, actor(ws, *b)?);
            Some(ws.add_relation(Relation::new(a, b, "werkt samen")))
        }
        Op::Unrelate(i) => {
            let id = ws.relations.get(i % ws.relations.len().max(1))?.id;
            ws.delete_relation(id)
        }
        Op::StartRole(a, r) => {
            let role = [Role::Participant, Role::Netwerkleider, Role::Participant][usize::from(*r)];
            ws.start_role(actor(ws, *a)?, role, None, day)
        }
        Op::EndRole(a) => ws.end_role(actor(ws, *a)?, 0, day),
        Op::Orientation(a, o) => {
            Some(ws.toggle_orientation(actor(ws, *a)?, Orientation::ALL[usize::from(*o)]))
        }
        Op::Note(a, b) => {
            // A note naming two actors (maybe the same one), so merges and deletes must fix it.
            let mut e = super::LogEntry::note("n", jiff::Timestamp::UNIX_EPOCH);
            e.actors = vec![actor(ws, *a)?, actor(ws, *b)?];
            e.present = vec![actor(ws, *b)?];
            let at = ws.log.len();
            Some(ws.commit(vec![super::Change::Insert {
                at,
                record: super::Record::Log(Box::new(e)),
            }]))
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn operations_keep_integrity_and_undo_restores_exactly(ops in prop::collection::vec(op(), 1..60)) {
        let mut ws = Workspace::new("N");
        let mut states = vec![ws.clone()];
        let mut edits = Vec::new();
        for op in &ops {
            if let Some(edit) = apply(&mut ws, op) {
                edits.push(edit);
                states.push(ws.clone());
            }
            prop_assert!(ws.dangling_actor_ids().is_empty(), "dangling after {op:?}");
            let ids: std::collections::HashSet<_> = ws.actors.iter().map(|a| a.id).collect();
            prop_assert_eq!(ids.len(), ws.actors.len());
        }
        while let Some(edit) = edits.pop() {
            states.pop();
            ws.undo(&edit);
            prop_assert_eq!(&ws, states.last().unwrap());
        }
    }
}
