//! How the network shifted between two moments (two snapshots, a snapshot and now, two
//! files): actors who came and went, moves between kern, ring and vrije ruimte, roles taken up
//! and laid down, relations made and broken, words on the identity card (as it stands, the
//! latest session) and their dots,
//! engagement on the agenda, ambitions started and their coalitions, the phase, and the
//! largest changes in betweenness (who became, or stopped being, a bridge). Pure: two
//! workspaces in, a [`Diff`] out; [`lines`] says it in the UI language.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::Serialize;

use crate::analysis::graph::{Scope, analyse};
use crate::workspace::{Area, Engagement, Id, Phase, Position, Role, Workspace};

/// An actor's change of position.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Move {
    /// Who.
    pub name: String,
    /// Where they stood.
    pub from: Option<Position>,
    /// Where they stand.
    pub to: Option<Position>,
}

/// Roles someone took up or laid down.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Roles {
    /// Who.
    pub name: String,
    /// Taken up.
    pub started: Vec<Role>,
    /// Laid down.
    pub ended: Vec<Role>,
}

/// A word's dots.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Dots {
    /// Which area.
    pub area: Area,
    /// The word.
    pub word: String,
    /// Dots before.
    pub from: u32,
    /// Dots after.
    pub to: u32,
}

/// Someone's engagement on a topic.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Shift {
    /// The topic.
    pub topic: String,
    /// Who.
    pub name: String,
    /// Before.
    pub from: Option<Engagement>,
    /// After.
    pub to: Option<Engagement>,
}

/// A coalition that changed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Coalition {
    /// The ambition.
    pub ambition: String,
    /// Who joined.
    pub joined: Vec<String>,
    /// Who left.
    pub left: Vec<String>,
}

/// A change in betweenness.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Bridge {
    /// Who.
    pub name: String,
    /// Before (0..1).
    pub from: f64,
    /// After.
    pub to: f64,
}

/// Everything that changed.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Diff {
    /// The phase, when it changed.
    pub phase: Option<(Option<Phase>, Option<Phase>)>,
    /// Actors new since.
    pub actors_added: Vec<String>,
    /// Actors gone since.
    pub actors_removed: Vec<String>,
    /// Position moves.
    pub moves: Vec<Move>,
    /// Role changes.
    pub roles: Vec<Roles>,
    /// Relations made: from, to, kind.
    pub relations_made: Vec<(String, String, String)>,
    /// Relations broken.
    pub relations_broken: Vec<(String, String, String)>,
    /// Words new on the card.
    pub words_added: Vec<(Area, String)>,
    /// Words no longer on it.
    pub words_removed: Vec<(Area, String)>,
    /// Words whose dots changed.
    pub dots: Vec<Dots>,
    /// Engagement that changed.
    pub engagement: Vec<Shift>,
    /// Ambitions new since.
    pub ambitions_started: Vec<String>,
    /// Coalitions that changed.
    pub coalitions: Vec<Coalition>,
    /// The largest changes in betweenness, largest first (at most five).
    pub bridges: Vec<Bridge>,
}

impl Diff {
    /// Whether nothing changed.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

fn names(ws: &Workspace) -> HashMap<Id, String> {
    ws.actors.iter().map(|a| (a.id, a.name.clone())).collect()
}

/// What changed from `a` to `b`, betweenness included.
pub fn diff(a: &Workspace, b: &Workspace) -> Diff {
    diff_with(a, b, true)
}

/// What changed from `a` to `b`; `bridges` measures both graphs (a second at 10,000 actors,
/// so the TUI leaves it out of large networks).
pub fn diff_with(a: &Workspace, b: &Workspace, bridges_too: bool) -> Diff {
    let (na, nb) = (names(a), names(b));
    let name = |id: &Id| {
        nb.get(id)
            .or_else(|| na.get(id))
            .cloned()
            .unwrap_or_default()
    };
    let mut d = Diff::default();
    if a.network.phase != b.network.phase {
        d.phase = Some((a.network.phase, b.network.phase));
    }
    let before: HashMap<Id, &crate::workspace::Actor> =
        a.actors.iter().map(|x| (x.id, x)).collect();
    let after: HashMap<Id, &crate::workspace::Actor> = b.actors.iter().map(|x| (x.id, x)).collect();
    d.actors_added = b
        .actors
        .iter()
        .filter(|x| !before.contains_key(&x.id))
        .map(|x| x.name.clone())
        .collect();
    d.actors_removed = a
        .actors
        .iter()
        .filter(|x| !after.contains_key(&x.id))
        .map(|x| x.name.clone())
        .collect();
    for x in &b.actors {
        let Some(old) = before.get(&x.id) else {
            continue;
        };
        if old.position != x.position {
            d.moves.push(Move {
                name: x.name.clone(),
                from: old.position,
                to: x.position,
            });
        }
        let roles = |y: &crate::workspace::Actor| {
            y.current_roles()
                .map(|p| p.role)
                .collect::<BTreeSet<Role>>()
        };
        let (r0, r1) = (roles(old), roles(x));
        if r0 != r1 {
            d.roles.push(Roles {
                name: x.name.clone(),
                started: r1.difference(&r0).copied().collect(),
                ended: r0.difference(&r1).copied().collect(),
            });
        }
    }
    let rel = |ws: &Workspace| -> BTreeSet<(String, String, String)> {
        let n = names(ws);
        ws.relations
            .iter()
            .map(|r| {
                let get = |id: &Id| n.get(id).cloned().unwrap_or_default();
                (get(&r.from), get(&r.to), r.kind.clone())
            })
            .collect()
    };
    let (ra, rb) = (rel(a), rel(b));
    d.relations_made = rb.difference(&ra).cloned().collect();
    d.relations_broken = ra.difference(&rb).cloned().collect();
    identity(a, b, &mut d);
    agenda(a, b, &name, &mut d);
    if bridges_too {
        bridges(a, b, &name, &mut d);
    }
    d
}

fn identity(a: &Workspace, b: &Workspace, d: &mut Diff) {
    let words = |ws: &Workspace| -> BTreeMap<(Area, String), (String, u32)> {
        ws.identity
            .current_words()
            .map(|w| {
                (
                    (w.area, w.text.trim().to_lowercase()),
                    (w.text.clone(), w.dots),
                )
            })
            .collect()
    };
    let (wa, wb) = (words(a), words(b));
    for (key, (text, dots)) in &wb {
        match wa.get(key) {
            None => d.words_added.push((key.0, text.clone())),
            Some((_, old)) if old != dots => d.dots.push(Dots {
                area: key.0,
                word: text.clone(),
                from: *old,
                to: *dots,
            }),
            Some(_) => {}
        }
    }
    d.words_removed = wa
        .iter()
        .filter(|(k, _)| !wb.contains_key(*k))
        .map(|(k, (text, _))| (k.0, text.clone()))
        .collect();
}

fn agenda(a: &Workspace, b: &Workspace, name: &dyn Fn(&Id) -> String, d: &mut Diff) {
    for t in &b.topics {
        let old = a.topics.iter().find(|x| x.id == t.id);
        let empty = BTreeMap::new();
        let before = old.map_or(&empty, |x| &x.engagement);
        let who: BTreeSet<&Id> = before.keys().chain(t.engagement.keys()).collect();
        for id in who {
            let (from, to) = (before.get(id).copied(), t.engagement.get(id).copied());
            if from != to {
                d.engagement.push(Shift {
                    topic: t.title.clone(),
                    name: name(id),
                    from,
                    to,
                });
            }
        }
    }
    for amb in &b.ambitions {
        let Some(old) = a.ambitions.iter().find(|x| x.id == amb.id) else {
            d.ambitions_started.push(amb.title.clone());
            continue;
        };
        let (c0, c1): (BTreeSet<&Id>, BTreeSet<&Id>) = (
            old.coalition.iter().collect(),
            amb.coalition.iter().collect(),
        );
        if c0 != c1 {
            d.coalitions.push(Coalition {
                ambition: amb.title.clone(),
                joined: c1.difference(&c0).map(|id| name(id)).collect(),
                left: c0.difference(&c1).map(|id| name(id)).collect(),
            });
        }
    }
}

fn bridges(a: &Workspace, b: &Workspace, name: &dyn Fn(&Id) -> String, d: &mut Diff) {
    let measure = |ws: &Workspace| -> HashMap<Id, f64> {
        analyse(ws, &Scope::default())
            .actors
            .iter()
            .map(|m| (m.id, m.betweenness))
            .collect()
    };
    let (ba, bb) = (measure(a), measure(b));
    let ids: BTreeSet<&Id> = ba.keys().chain(bb.keys()).collect();
    let mut changes: Vec<Bridge> = ids
        .into_iter()
        .map(|id| Bridge {
            name: name(id),
            from: ba.get(id).copied().unwrap_or(0.0),
            to: bb.get(id).copied().unwrap_or(0.0),
        })
        .filter(|x| (x.to - x.from).abs() >= 0.01)
        .collect();
    changes.sort_by(|x, y| {
        (y.to - y.from)
            .abs()
            .total_cmp(&(x.to - x.from).abs())
            .then(x.name.cmp(&y.name))
    });
    changes.truncate(5);
    d.bridges = changes;
}
