//! The questionnaire's assignment screens applied to the workspace: who sits in the kern, the
//! ring and the vrije ruimte, who leads the network and each coalition, who works as
//! grenswerker, who covers which leadership orientation, what each actor brings and gets.
//! The Basis pane's forms and `knoop ask` both end here, so the same answers make the same
//! file. Each returns the edits made, for one undoable step.

use jiff::civil::Date;

use crate::workspace::{
    Actor, Edit, Engagement, Id, Orientation, Position, Record, Role, Vocabulary, Workspace,
};

/// The items of a list typed on one line, separated by `;`.
pub fn items(text: &str) -> Vec<String> {
    text.split(';')
        .map(str::trim)
        .filter(|x| !x.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Puts each actor in the position whose list names it (kern, ring, vrije ruimte, in
/// [`Position::ALL`] order), and takes the position of everyone else away.
pub fn positions(ws: &mut Workspace, lists: &[Vec<Id>]) -> Vec<Option<Edit>> {
    let actors = ws.actors.clone();
    actors
        .into_iter()
        .map(|a| {
            let position = Position::ALL
                .iter()
                .zip(lists)
                .find(|(_, ids)| ids.contains(&a.id))
                .map(|(p, _)| *p);
            ws.update_actor(Actor { position, ..a })
        })
        .collect()
}

/// Makes the people in each list (in [`Orientation::ALL`] order) exactly those who cover it.
pub fn leadership(ws: &mut Workspace, lists: &[Vec<Id>]) -> Vec<Option<Edit>> {
    let mut edits = Vec::new();
    for (o, ids) in Orientation::ALL.iter().zip(lists) {
        let now: Vec<Id> = ws
            .foundation
            .leadership
            .iter()
            .filter(|c| c.orientation == *o)
            .map(|c| c.actor)
            .collect();
        let flips: Vec<Id> = now
            .iter()
            .filter(|id| !ids.contains(id))
            .chain(ids.iter().filter(|id| !now.contains(id)))
            .copied()
            .collect();
        for id in flips {
            edits.push(Some(ws.toggle_orientation(id, *o)));
        }
    }
    edits
}

/// Makes `holders` exactly those with a current `role` (not for a coalition): roles start and
/// end on `today`.
pub fn network_role(
    ws: &mut Workspace,
    role: Role,
    holders: &[Id],
    today: Date,
) -> Vec<Option<Edit>> {
    let mut edits = Vec::new();
    for a in ws.actors.clone() {
        let holds = a
            .current_roles()
            .position(|p| p.role == role && p.coalition.is_none());
        match (holders.contains(&a.id), holds) {
            (true, None) => edits.push(ws.start_role(a.id, role, None, today)),
            (false, Some(i)) => edits.push(ws.end_role(a.id, i, today)),
            _ => {}
        }
    }
    edits
}

/// Makes `leader` (or nobody) the coalitieleider of ambition `ambition`: the previous one's
/// role ends, the new one's starts, and the ambition names them through the role.
pub fn coalition_leader(
    ws: &mut Workspace,
    ambition: Id,
    leader: Option<Id>,
    today: Date,
) -> Vec<Option<Edit>> {
    let mut edits = Vec::new();
    // An ambition deleted meanwhile is left alone.
    let Some(amb) = ws.ambition(ambition).cloned() else {
        return edits;
    };
    if leader == amb.leader {
        return edits;
    }
    if let Some(old) = amb.leader
        && let Some(i) = ws.actor(old).and_then(|a| {
            a.current_roles()
                .position(|p| p.role == Role::Coalitieleider && p.coalition == Some(amb.id))
        })
    {
        edits.push(ws.end_role(old, i, today));
    }
    if let Some(id) = leader {
        edits.push(ws.start_role(id, Role::Coalitieleider, Some(amb.id), today));
    } else if let Some(i) = ws.ambitions.iter().position(|x| x.id == amb.id) {
        let mut unled = ws.ambitions[i].clone();
        unled.leader = None;
        edits.push(ws.replace_record(i, Record::Ambition(Box::new(unled))));
    }
    edits
}

/// Sets what an actor brings and gets (either left as it is when `None`).
pub fn halen_brengen(
    ws: &mut Workspace,
    actor: Id,
    brings: Option<Vec<String>>,
    gets: Option<Vec<String>>,
) -> Option<Edit> {
    let a = ws.actor(actor)?.clone();
    let brings = brings.unwrap_or_else(|| a.brings.clone());
    let gets = gets.unwrap_or_else(|| a.gets.clone());
    ws.update_actor(Actor { brings, gets, ..a })
}

/// Sets (or with `None` clears) an actor's engagement on topic `topic`.
pub fn engagement(
    ws: &mut Workspace,
    topic: Id,
    actor: Id,
    level: Option<Engagement>,
) -> Option<Edit> {
    let i = ws.topics.iter().position(|t| t.id == topic)?;
    let mut t = ws.topics[i].clone();
    match level {
        Some(l) => t.engagement.insert(actor, l),
        None => t.engagement.remove(&actor),
    };
    ws.replace_record(i, Record::Topic(Box::new(t)))
}
