//! The relation graph analysed as networkx does it: taken as undirected and simple (each
//! relation an edge, a mutual or repeated one counted once, self-loops left out), optionally
//! only one kind of relation or one ambition's coalition. Eigenvector centrality, bridges and
//! articulation points come from rustworkx-core (ports of networkx's algorithms); betweenness
//! and closeness from one breadth-first pass per actor (`paths.rs`: rustworkx-core's were too
//! slow for 10,000 actors, and are the tests' reference); Burt's constraint and effective size,
//! which no crate has, are written here after networkx's `structuralholes`. Every value is
//! pinned against fixtures networkx computed.

use std::collections::{HashMap, HashSet};

use rustworkx_core::petgraph::graph::{NodeIndex, UnGraph};
use rustworkx_core::petgraph::visit::EdgeRef;

use crate::workspace::{Id, Workspace};

/// Which part of the network to analyse.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scope {
    /// Only relations of this kind (as typed, compared without case).
    pub kind: Option<String>,
    /// Only the actors of this ambition's coalition.
    pub ambition: Option<Id>,
}

/// The measures of one actor.
#[derive(Debug, Clone, PartialEq)]
pub struct Measures {
    /// The actor.
    pub id: Id,
    /// How many others it has a relation with.
    pub degree: usize,
    /// How often it lies on the shortest chain between two others (normalised, 0..1).
    pub betweenness: f64,
    /// How close it is to everyone it can reach (Wasserman-Faust for a split network).
    pub closeness: f64,
    /// How well connected its contacts are (unit Euclidean norm).
    pub eigenvector: f64,
    /// Burt's constraint: how much its contacts know each other (`None` without contacts).
    pub constraint: Option<f64>,
    /// Burt's effective size: its contacts that do not know each other (`None` without).
    pub effective_size: Option<f64>,
    /// Which connected group it is in, numbered from 0 in the order of the actors.
    pub component: usize,
    /// How many of its contacts know at least one of its other contacts.
    pub knowing: usize,
}

/// What the measures mean for the network, in the method's terms.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Roles {
    /// The brokers (betweenness above zero, the highest first, low constraint before high),
    /// each with one contact from every group of its contacts that only it joins.
    pub brokers: Vec<(Id, Vec<Id>)>,
    /// Single points of failure (cut vertices, the most between first), each with who loses
    /// touch with the rest of the network without them.
    pub cut_off: Vec<(Id, Vec<Id>)>,
    /// Actors with exactly one relation, and through whom.
    pub through_one: Vec<(Id, Id)>,
}

/// The network analysed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Analysis {
    /// Every actor in scope, in the workspace's order.
    pub actors: Vec<Measures>,
    /// How many separate groups the network falls into.
    pub components: usize,
    /// Relations that alone hold two groups together, each pair in the actors' order.
    pub bridges: Vec<(Id, Id)>,
    /// Actors whose leaving would split the network.
    pub articulation_points: Vec<Id>,
    /// Actors without any relation.
    pub isolates: Vec<Id>,
    /// What the measures mean, for the few actors worth naming.
    pub roles: Roles,
    /// Where each actor goes on the map, in the order of `actors` (empty when not laid out:
    /// see [`analyse_with_map`]).
    pub positions: Vec<(f64, f64)>,
}

/// What the analyst thread needs of a workspace: the graph of every actor, and where each is
/// pinned on the map. Made on the UI thread (a few milliseconds at 10,000 actors, once the frame
/// is out); a fraction of the memory a copy of the workspace would take.
pub struct MapInput {
    /// The relation graph, all actors.
    pub graph: Graph,
    /// Where each node is pinned, in the order of `graph.ids`.
    pub pins: Vec<Option<(f64, f64)>>,
}

impl MapInput {
    /// The graph and pins of `ws`.
    pub fn of(ws: &Workspace) -> Self {
        let graph = Graph::of(ws, &Scope::default());
        let pins = ws
            .actors
            .iter()
            .map(|a| a.map.map(|[x, y]| (x, y)))
            .collect();
        Self { graph, pins }
    }
}

/// [`analyse`], and the whole network laid out for the map when it is small enough to lay
/// out whole ([`super::layout::MAX_WHOLE`]); pinned actors keep their place.
pub fn analyse_with_map(input: &MapInput) -> Analysis {
    let mut analysis = analyse_graph(&input.graph);
    if analysis.actors.len() <= super::layout::MAX_WHOLE {
        analysis.positions = super::layout::stress(&input.graph, &input.pins);
    }
    analysis
}

/// How many of the roles are named: each costs a pass over the graph.
const NAMED: usize = 3;

/// The groups `v`'s contacts fall into when `v` is taken out, each as its members (in order),
/// starting with the first of `v`'s contacts in it.
fn groups_without(g: &Graph, v: usize) -> Vec<Vec<usize>> {
    let mut group = vec![usize::MAX; g.ids.len()];
    group[v] = usize::MAX - 1;
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut contacts: Vec<usize> = g.neighbours(v).collect();
    contacts.sort_unstable();
    for start in contacts {
        if group[start] != usize::MAX {
            continue;
        }
        let mut members = vec![start];
        group[start] = groups.len();
        let mut at = 0;
        while let Some(&u) = members.get(at) {
            at += 1;
            for w in g.neighbours(u) {
                if group[w] == usize::MAX {
                    group[w] = groups.len();
                    members.push(w);
                }
            }
        }
        members[1..].sort_unstable();
        groups.push(members);
    }
    groups
}

/// Brokers, single points of failure and those hanging on one person.
fn roles(g: &Graph, actors: &[Measures], cut: &[usize]) -> Roles {
    let mut by_between: Vec<usize> = (0..actors.len())
        .filter(|i| actors[*i].betweenness > 0.0)
        .collect();
    by_between.sort_by(|a, b| {
        let (x, y) = (&actors[*a], &actors[*b]);
        y.betweenness.total_cmp(&x.betweenness).then(
            x.constraint
                .unwrap_or(1.0)
                .total_cmp(&y.constraint.unwrap_or(1.0)),
        )
    });
    let brokers = by_between
        .iter()
        .take(NAMED)
        .map(|&v| {
            let sides = groups_without(g, v)
                .iter()
                .map(|grp| g.ids[grp[0]])
                .collect();
            (g.ids[v], sides)
        })
        .collect();
    let mut cut: Vec<usize> = cut.to_vec();
    cut.sort_by(|a, b| actors[*b].betweenness.total_cmp(&actors[*a].betweenness));
    let cut_off = cut
        .iter()
        .take(NAMED)
        .map(|&v| {
            let mut groups = groups_without(g, v);
            // The largest group stays the network; the others fall off.
            let largest = groups
                .iter()
                .map(Vec::len)
                .enumerate()
                .max_by_key(|(_, n)| *n)
                .map(|(i, _)| i);
            if let Some(i) = largest {
                groups.remove(i);
            }
            let mut lost: Vec<usize> = groups.into_iter().flatten().collect();
            lost.sort_unstable();
            (g.ids[v], lost.into_iter().map(|i| g.ids[i]).collect())
        })
        .collect();
    let through_one = (0..actors.len())
        .filter(|i| actors[*i].degree == 1)
        .filter_map(|i| g.neighbours(i).next().map(|w| (g.ids[i], g.ids[w])))
        .collect();
    Roles {
        brokers,
        cut_off,
        through_one,
    }
}

/// The simple undirected graph of the actors in scope, node `i` standing for `ids[i]`.
pub struct Graph {
    /// The actors, in the workspace's order.
    pub ids: Vec<Id>,
    /// The graph.
    pub graph: UnGraph<(), ()>,
}

impl Graph {
    /// The graph of `ws` within `scope`.
    pub fn of(ws: &Workspace, scope: &Scope) -> Self {
        let coalition: Option<&[Id]> = scope
            .ambition
            .and_then(|a| ws.ambition(a))
            .map(|a| a.coalition.as_slice());
        let ids: Vec<Id> = ws
            .actors
            .iter()
            .map(|a| a.id)
            .filter(|id| coalition.is_none_or(|c| c.contains(id)))
            .collect();
        let index: HashMap<Id, usize> = ids.iter().enumerate().map(|(i, id)| (*id, i)).collect();
        let mut graph = UnGraph::with_capacity(ids.len(), ws.relations.len());
        for _ in &ids {
            graph.add_node(());
        }
        let kind = scope.kind.as_deref().map(str::to_lowercase);
        let mut seen: HashSet<(usize, usize)> = HashSet::new();
        for r in &ws.relations {
            if kind.as_ref().is_some_and(|k| r.kind.to_lowercase() != *k) {
                continue;
            }
            let (Some(&a), Some(&b)) = (index.get(&r.from), index.get(&r.to)) else {
                continue;
            };
            if a != b && seen.insert((a.min(b), a.max(b))) {
                graph.add_edge(NodeIndex::new(a.min(b)), NodeIndex::new(a.max(b)), ());
            }
        }
        Self { ids, graph }
    }

    /// The neighbours of node `i`.
    pub fn neighbours(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        self.graph
            .neighbors(NodeIndex::new(i))
            .map(NodeIndex::index)
    }

    /// How many neighbours node `i` has.
    pub fn degree(&self, i: usize) -> usize {
        self.neighbours(i).count()
    }

    /// The shortest chain of introductions from `from` to `to`, both included; `None` when no
    /// chain joins them.
    pub fn chain(&self, from: Id, to: Id) -> Option<Vec<Id>> {
        let start = self.ids.iter().position(|id| *id == from)?;
        let goal = self.ids.iter().position(|id| *id == to)?;
        let (_, path) = rustworkx_core::petgraph::algo::astar(
            &self.graph,
            NodeIndex::new(start),
            |n| n.index() == goal,
            |_| 1_usize,
            |_| 0,
        )?;
        Some(path.into_iter().map(|n| self.ids[n.index()]).collect())
    }
}

/// Burt's constraint and effective size of node `v`, as networkx computes them on an
/// unweighted undirected graph: each contact weighs `1/degree`. `None` for an isolate.
fn structural_holes(
    g: &Graph,
    v: usize,
    adjacent: &HashSet<(usize, usize)>,
) -> (Option<f64>, Option<f64>) {
    let n = g.degree(v);
    if n == 0 {
        return (None, None);
    }
    let knows = |a: usize, b: usize| adjacent.contains(&(a.min(b), a.max(b)));
    // p(u, w): the share of u's ties that goes to w.
    let p = |u: usize, w: usize| {
        if knows(u, w) {
            1.0 / g.degree(u) as f64
        } else {
            0.0
        }
    };
    let contacts: Vec<usize> = g.neighbours(v).collect();
    let constraint: f64 = contacts
        .iter()
        .map(|&w| {
            let indirect: f64 = contacts.iter().map(|&q| p(v, q) * p(q, w)).sum();
            (p(v, w) + indirect).powi(2)
        })
        .sum();
    // Ties among the contacts, each counted once.
    let mut ties = 0usize;
    for (i, &a) in contacts.iter().enumerate() {
        ties += contacts[i + 1..].iter().filter(|&&b| knows(a, b)).count();
    }
    let effective = n as f64 - 2.0 * ties as f64 / n as f64;
    (Some(constraint), Some(effective))
}

/// Eigenvector centrality as networkx computes it (power iteration on A + I, tolerance 1e-6);
/// a graph where it does not converge in 100 steps gets 1000, then `NaN`.
fn eigenvector(g: &Graph) -> Vec<f64> {
    for steps in [100, 1000] {
        let result: Result<Option<Vec<f64>>, std::convert::Infallible> =
            rustworkx_core::centrality::eigenvector_centrality(
                &g.graph,
                |_| Ok(1.0),
                Some(steps),
                None,
            );
        if let Ok(Some(x)) = result {
            return x;
        }
    }
    vec![f64::NAN; g.ids.len()]
}

/// Every measure of every actor in `scope`.
pub fn analyse(ws: &Workspace, scope: &Scope) -> Analysis {
    analyse_graph(&Graph::of(ws, scope))
}

/// Every measure of every node of `g`.
pub fn analyse_graph(g: &Graph) -> Analysis {
    let n = g.ids.len();
    if n == 0 {
        return Analysis::default();
    }
    let (betweenness, closeness) = super::paths::betweenness_and_closeness(g);
    let eigen = eigenvector(g);
    let adjacent: HashSet<(usize, usize)> = g
        .graph
        .edge_references()
        .map(|e| {
            let (a, b) = (e.source().index(), e.target().index());
            (a.min(b), a.max(b))
        })
        .collect();
    // Groups numbered by their first actor in the workspace's order.
    let mut component = vec![usize::MAX; n];
    let mut components = 0;
    for start in 0..n {
        if component[start] != usize::MAX {
            continue;
        }
        let mut stack = vec![start];
        component[start] = components;
        while let Some(v) = stack.pop() {
            for w in g.neighbours(v) {
                if component[w] == usize::MAX {
                    component[w] = components;
                    stack.push(w);
                }
            }
        }
        components += 1;
    }
    let knows = |a: usize, b: usize| adjacent.contains(&(a.min(b), a.max(b)));
    let actors: Vec<Measures> = (0..n)
        .map(|i| {
            let (constraint, effective_size) = structural_holes(g, i, &adjacent);
            let contacts: Vec<usize> = g.neighbours(i).collect();
            let knowing = contacts
                .iter()
                .filter(|&&a| contacts.iter().any(|&b| a != b && knows(a, b)))
                .count();
            Measures {
                id: g.ids[i],
                degree: g.degree(i),
                betweenness: betweenness[i],
                closeness: closeness[i],
                eigenvector: eigen.get(i).copied().unwrap_or(f64::NAN),
                constraint,
                effective_size,
                component: component[i],
                knowing,
            }
        })
        .collect();
    let mut bridges: Vec<(usize, usize)> = rustworkx_core::connectivity::bridges(&g.graph)
        .into_iter()
        .map(|(a, b)| (a.index().min(b.index()), a.index().max(b.index())))
        .collect();
    bridges.sort_unstable();
    let mut cut: Vec<usize> = rustworkx_core::connectivity::articulation_points(&g.graph, None)
        .into_iter()
        .map(NodeIndex::index)
        .collect();
    cut.sort_unstable();
    let roles = roles(g, &actors, &cut);
    Analysis {
        roles,
        positions: Vec::new(),
        actors,
        components,
        bridges: bridges
            .into_iter()
            .map(|(a, b)| (g.ids[a], g.ids[b]))
            .collect(),
        articulation_points: cut.into_iter().map(|i| g.ids[i]).collect(),
        isolates: (0..n)
            .filter(|i| g.degree(*i) == 0)
            .map(|i| g.ids[i])
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workspace::{Actor, Ambition, Relation};

    #[test]
    fn a_kind_or_a_coalition_narrows_the_graph() {
        let mut ws = Workspace::new("N");
        for n in ["A", "B", "C"] {
            ws.add_actor(Actor::new(n));
        }
        let id: Vec<Id> = ws.actors.iter().map(|a| a.id).collect();
        ws.relations = vec![
            Relation::new(id[0], id[1], "werkt samen"),
            Relation::new(id[1], id[2], "Financiert"),
        ];
        let all = analyse(&ws, &Scope::default());
        assert_eq!(all.actors[1].degree, 2);
        assert_eq!(all.articulation_points, [id[1]]);
        let money = analyse(
            &ws,
            &Scope {
                kind: Some("financiert".into()),
                ambition: None,
            },
        );
        assert_eq!(money.isolates, [id[0]], "A has no relation of that kind");
        assert_eq!(money.components, 2);
        let mut amb = Ambition::new("Samen");
        amb.coalition = vec![id[0], id[1]];
        let amb_id = amb.id;
        ws.ambitions.push(amb);
        let coalition = analyse(
            &ws,
            &Scope {
                kind: None,
                ambition: Some(amb_id),
            },
        );
        assert_eq!(coalition.actors.len(), 2);
        assert_eq!(coalition.bridges, [(id[0], id[1])]);
        assert_eq!(
            analyse(&Workspace::new("leeg"), &Scope::default()),
            Analysis::default()
        );
    }

    #[test]
    fn the_kite_names_its_broker_its_weak_points_and_who_hangs_on_one_person() {
        let mut ws = Workspace::new("Kite");
        let names = [
            "Andre", "Beverly", "Carol", "Diane", "Ed", "Fernando", "Garth", "Heather", "Ike",
            "Jane",
        ];
        for n in names {
            ws.add_actor(Actor::new(n));
        }
        let id: Vec<Id> = ws.actors.iter().map(|a| a.id).collect();
        for (a, b) in [
            (0, 1),
            (0, 2),
            (0, 3),
            (0, 5),
            (1, 3),
            (1, 4),
            (1, 6),
            (2, 3),
            (2, 5),
            (3, 4),
            (3, 5),
            (3, 6),
            (4, 6),
            (5, 6),
            (5, 7),
            (6, 7),
            (7, 8),
            (8, 9),
        ] {
            ws.relations.push(Relation::new(id[a], id[b], "kent"));
        }
        let a = analyse(&ws, &Scope::default());
        // Heather joins the kite to Ike and Jane: the first broker, and a weak point.
        assert_eq!(a.roles.brokers[0], (id[7], vec![id[5], id[8]]));
        assert_eq!(a.roles.cut_off[0], (id[7], vec![id[8], id[9]]));
        assert_eq!(a.roles.cut_off[1], (id[8], vec![id[9]]));
        assert_eq!(a.roles.through_one, [(id[9], id[8])]);
        // Diane's six contacts all know another of them; two of Heather's three do.
        assert_eq!((a.actors[3].degree, a.actors[3].knowing), (6, 6));
        assert_eq!((a.actors[7].degree, a.actors[7].knowing), (3, 2));
    }
}
