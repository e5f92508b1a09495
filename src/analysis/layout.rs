//! Where each actor goes on the map: stress majorization (SMACOF, Gansner, Koren and North
//! 2004), which places actors so that distances on the map follow the number of introductions
//! between them. Deterministic: the start is a sunflower spiral in the actors' order, no
//! randomness, so the same network gives the same map. Pinned actors stay where they were put.
//! The result is scaled into the unit square, whatever the graph.

use super::graph::Graph;

/// Rounds of majorization: enough for a few hundred actors to settle.
const ROUNDS: usize = 60;

/// The biggest graph laid out whole; a bigger one is shown as the neighbourhood of one actor.
pub const MAX_WHOLE: usize = 1500;

/// Hop counts between all pairs, as `u8` in one flat block (a byte a pair: 2.25 MB for the
/// largest map laid out whole); [`UNREACHED`] between groups that are not connected. A chain
/// longer than 254 introductions counts as 254: on a map that far is simply far.
struct Hops {
    n: usize,
    data: Vec<u8>,
}

/// Between groups that are not connected.
const UNREACHED: u8 = u8::MAX;

impl Hops {
    /// Breadth-first from each node.
    fn of(g: &Graph) -> Self {
        let n = g.ids.len();
        let mut data = vec![UNREACHED; n * n];
        let mut queue = std::collections::VecDeque::new();
        for s in 0..n {
            let row = &mut data[s * n..(s + 1) * n];
            row[s] = 0;
            queue.push_back(s);
            while let Some(v) = queue.pop_front() {
                let next = row[v].saturating_add(1).min(UNREACHED - 1);
                for w in g.neighbours(v) {
                    if row[w] == UNREACHED {
                        row[w] = next;
                        queue.push_back(w);
                    }
                }
            }
        }
        Self { n, data }
    }

    fn get(&self, a: usize, b: usize) -> u8 {
        self.data[a * self.n + b]
    }
}

/// Positions in the unit square for the nodes of `g`, node `i` at `[i]`. `pinned` holds unit
/// positions for nodes that must not move (`None`: free). Without pins each connected group is
/// laid out on its own and the groups are set side by side, the largest first, so a few
/// isolates do not squeeze the network into a corner.
pub fn stress(graph: &Graph, pinned: &[Option<(f64, f64)>]) -> Vec<(f64, f64)> {
    let count = graph.ids.len();
    match count {
        0 => return Vec::new(),
        1 => return vec![pinned.first().copied().flatten().unwrap_or((0.5, 0.5))],
        _ => {}
    }
    let hops = Hops::of(graph);
    if pinned.iter().any(Option::is_some) {
        let all: Vec<usize> = (0..count).collect();
        if pinned.len() == count && pinned.iter().all(Option::is_some) {
            return pinned.iter().map(|p| p.unwrap_or((0.5, 0.5))).collect();
        }
        return unit(&smacof(&all, &hops, pinned));
    }
    // The connected groups, largest first (then in the actors' order).
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut seen = vec![false; count];
    for first in 0..count {
        if !seen[first] {
            let members: Vec<usize> = (0..count)
                .filter(|j| hops.get(first, *j) != UNREACHED)
                .collect();
            for &m in &members {
                seen[m] = true;
            }
            groups.push(members);
        }
    }
    groups.sort_by_key(|members| std::cmp::Reverse(members.len()));
    // Shelf packing: each group a square whose side grows with its size, left to right in rows.
    let sides: Vec<f64> = groups.iter().map(|m| (m.len() as f64).sqrt()).collect();
    let row_width = sides[0].max(sides.iter().map(|s| s * s).sum::<f64>().sqrt() * 1.2);
    let gap = 0.6;
    let (mut x, mut y, mut row_height) = (0.0_f64, 0.0_f64, 0.0_f64);
    let mut pos = vec![(0.0, 0.0); count];
    for (members, side) in groups.iter().zip(&sides) {
        if x > 0.0 && x + side > row_width {
            (x, y, row_height) = (0.0, y - row_height - gap, 0.0);
        }
        let local = if members.len() == 1 {
            vec![(0.5, 0.5)]
        } else {
            unit(&smacof(members, &hops, &[]))
        };
        for (m, (lx, ly)) in members.iter().zip(local) {
            // Unit positions of the group, scaled to its side; rows go down the map.
            pos[*m] = (x + lx * side, y - side + ly * side);
        }
        x += side + gap;
        row_height = row_height.max(*side);
    }
    unit(&pos)
}

/// Stress majorization of the nodes `nodes` with hop counts `hops`; `pinned` (indexed like
/// `nodes`) fixes some in the unit square.
fn smacof(nodes: &[usize], hops: &Hops, pinned: &[Option<(f64, f64)>]) -> Vec<(f64, f64)> {
    let k = nodes.len();
    // The pairs of this group, flat; between groups one more than the longest distance. A
    // group that is the whole graph, all connected, reads the table as it is.
    let whole = k == hops.n && hops.data.iter().all(|h| *h != UNREACHED);
    let mut copy: Vec<u8> = Vec::new();
    if !whole {
        copy.reserve(k * k);
        for &a in nodes {
            copy.extend(nodes.iter().map(|&b| hops.get(a, b)));
        }
        let longest = copy
            .iter()
            .filter(|h| **h != UNREACHED)
            .max()
            .copied()
            .unwrap_or(1);
        for h in &mut copy {
            if *h == UNREACHED {
                *h = longest.max(1) + 1;
            }
        }
    }
    let local: &[u8] = if whole { &hops.data } else { &copy };
    let longest = local.iter().max().copied().unwrap_or(1).max(1);
    let extent = f64::from(longest) + 1.0;
    // A start close to the end (pivot MDS) where it can be had; else the sunflower: evenly
    // spread, the first actors in the middle.
    let start = pivot_start(local, k);
    let golden = std::f64::consts::PI * (3.0 - 5.0_f64.sqrt());
    let pin = |i: usize| pinned.get(i).copied().flatten();
    let mut pos: Vec<(f64, f64)> = (0..k)
        .map(|i| {
            pin(i).map_or_else(
                || {
                    if let Some(p) = start.as_ref().and_then(|s| s.get(i)) {
                        return *p;
                    }
                    let r = extent * ((i as f64 + 0.5) / k as f64).sqrt();
                    let a = golden * i as f64;
                    (r * a.cos(), r * a.sin())
                },
                // A pinned actor, from the unit square to the layout's scale.
                |(x, y)| ((x - 0.5) * 2.0 * extent, (y - 0.5) * 2.0 * extent),
            )
        })
        .collect();
    // Each row's weights (1/d²) sum to a constant.
    let weight = |h: u8| {
        let d = f64::from(h);
        1.0 / (d * d)
    };
    let sums: Vec<f64> = (0..k)
        .map(|i| {
            let row = &local[i * k..(i + 1) * k];
            row.iter().filter(|h| **h > 0).map(|h| weight(*h)).sum()
        })
        .collect();
    // A large group settles in fewer rounds than it would need one by one; its cost grows
    // with the square of its size.
    let rounds = if k > 400 { ROUNDS / 6 } else { ROUNDS };
    for _ in 0..rounds {
        for i in (0..k).filter(|i| pin(*i).is_none()) {
            let (mut sx, mut sy) = (0.0, 0.0);
            let (xi, yi) = pos[i];
            let row = &local[i * k..(i + 1) * k];
            for (&h, &(xj, yj)) in row.iter().zip(&pos) {
                if h == 0 {
                    continue;
                }
                let d = f64::from(h);
                let w = 1.0 / (d * d);
                let (dx, dy) = (xi - xj, yi - yj);
                let len = (dx * dx + dy * dy).sqrt().max(1e-9);
                let pull = d / len;
                sx += w * (xj + pull * dx);
                sy += w * (yj + pull * dy);
            }
            pos[i] = (sx / sums[i], sy / sums[i]);
        }
    }
    pos
}

/// Pivot MDS (Brandes and Pich 2006): classical scaling on the distances to a few pivots chosen
/// far apart, for a start that majorization only needs to refine. `local` holds the `k` x `k`
/// hop counts. `None` for a group too small or too regular to give two directions.
fn pivot_start(local: &[u8], size: usize) -> Option<Vec<(f64, f64)>> {
    if size < 4 {
        return None;
    }
    let hop = |i: usize, j: usize| f64::from(local[i * size + j]);
    // Pivots: each the farthest from those chosen so far (ties: the first).
    let count = size.min(50);
    let mut pivots = vec![0];
    let mut nearest: Vec<f64> = (0..size).map(|i| hop(i, 0)).collect();
    while pivots.len() < count {
        let next = (0..size).max_by(|a, b| nearest[*a].total_cmp(&nearest[*b]).then(b.cmp(a)))?;
        if nearest[next] == 0.0 {
            break;
        }
        pivots.push(next);
        for (i, d) in nearest.iter_mut().enumerate() {
            *d = d.min(hop(i, next));
        }
    }
    let count = pivots.len();
    if count < 3 {
        return None;
    }
    // Squared distances to the pivots, double centred.
    let mut centred: Vec<f64> = (0..size)
        .flat_map(|i| pivots.iter().map(move |&j| hop(i, j).powi(2)))
        .collect();
    let rows: Vec<f64> = (0..size)
        .map(|i| centred[i * count..(i + 1) * count].iter().sum::<f64>() / count as f64)
        .collect();
    let cols: Vec<f64> = (0..count)
        .map(|j| (0..size).map(|i| centred[i * count + j]).sum::<f64>() / size as f64)
        .collect();
    let all = rows.iter().sum::<f64>() / size as f64;
    for i in 0..size {
        for j in 0..count {
            centred[i * count + j] = -0.5 * (centred[i * count + j] - rows[i] - cols[j] + all);
        }
    }
    // The two strongest directions of CᵀC, by power iteration from fixed starts.
    let mut ctc = vec![0.0; count * count];
    for i in 0..size {
        let row = &centred[i * count..(i + 1) * count];
        for a in 0..count {
            for b in 0..count {
                ctc[a * count + b] += row[a] * row[b];
            }
        }
    }
    let mut found: Vec<Vec<f64>> = Vec::new();
    for start in 0..2 {
        let mut v: Vec<f64> = (0..count)
            .map(|j| 1.0 + ((j + start * 7) % 5) as f64)
            .collect();
        for _ in 0..100 {
            let mut w: Vec<f64> = (0..count)
                .map(|a| (0..count).map(|b| ctc[a * count + b] * v[b]).sum())
                .collect();
            for f in &found {
                let dot: f64 = w.iter().zip(f).map(|(x, y)| x * y).sum();
                for (x, y) in w.iter_mut().zip(f) {
                    *x -= dot * y;
                }
            }
            let norm = w.iter().map(|x| x * x).sum::<f64>().sqrt();
            if norm < 1e-12 {
                return None;
            }
            v = w.into_iter().map(|x| x / norm).collect();
        }
        found.push(v);
    }
    let mut pos: Vec<(f64, f64)> = (0..size)
        .map(|i| {
            let row = &centred[i * count..(i + 1) * count];
            let x: f64 = row.iter().zip(&found[0]).map(|(a, b)| a * b).sum();
            let y: f64 = row.iter().zip(&found[1]).map(|(a, b)| a * b).sum();
            (x, y)
        })
        .collect();
    // Scaled so that distances on the map best match the hop counts to the pivots.
    let (mut num, mut den) = (0.0, 0.0);
    for (i, &(xi, yi)) in pos.iter().enumerate() {
        for &j in &pivots {
            let e = (xi - pos[j].0).hypot(yi - pos[j].1);
            num += hop(i, j) * e;
            den += e * e;
        }
    }
    if den < 1e-12 {
        return None;
    }
    let scale = num / den;
    for (x, y) in &mut pos {
        (*x, *y) = (*x * scale, *y * scale);
    }
    Some(pos)
}

/// `pos` scaled into the unit square, the same factor on both axes, centred.
fn unit(pos: &[(f64, f64)]) -> Vec<(f64, f64)> {
    let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for &(x, y) in pos {
        (x0, y0, x1, y1) = (x0.min(x), y0.min(y), x1.max(x), y1.max(y));
    }
    let span = (x1 - x0).max(y1 - y0).max(1e-9);
    let (ox, oy) = ((span - (x1 - x0)) / 2.0, (span - (y1 - y0)) / 2.0);
    pos.iter()
        .map(|&(x, y)| ((x - x0 + ox) / span, (y - y0 + oy) / span))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::graph::Scope;
    use crate::workspace::{Actor, Id, Relation, Workspace};

    fn ws(n: usize, edges: &[(usize, usize)]) -> Workspace {
        let mut ws = Workspace::new("N");
        for i in 0..n {
            ws.add_actor(Actor::new(&format!("A{i}")));
        }
        let id: Vec<Id> = ws.actors.iter().map(|a| a.id).collect();
        for &(a, b) in edges {
            ws.relations.push(Relation::new(id[a], id[b], "kent"));
        }
        ws
    }

    #[test]
    fn the_same_network_gives_the_same_map_inside_the_unit_square() {
        let w = ws(8, &[(0, 1), (1, 2), (2, 3), (3, 0), (4, 5), (2, 4)]);
        let g = Graph::of(&w, &Scope::default());
        let a = stress(&g, &[]);
        assert_eq!(a, stress(&g, &[]), "deterministic");
        assert!(
            a.iter()
                .all(|(x, y)| (0.0..=1.0).contains(x) && (0.0..=1.0).contains(y))
        );
        // Neighbours end up closer than actors four steps apart.
        let dist = |i: usize, j: usize| (a[i].0 - a[j].0).hypot(a[i].1 - a[j].1);
        assert!(dist(4, 5) < dist(0, 5), "{a:?}");
        // The isolates 6 and 7 are placed, apart.
        assert!(dist(6, 7) > 1e-6);
    }

    #[test]
    fn pinned_actors_stay_and_tiny_graphs_do_not_break() {
        let w = ws(3, &[(0, 1), (1, 2)]);
        let g = Graph::of(&w, &Scope::default());
        let all = [Some((0.1, 0.2)), Some((0.9, 0.9)), Some((0.5, 0.1))];
        assert_eq!(stress(&g, &all), [(0.1, 0.2), (0.9, 0.9), (0.5, 0.1)]);
        let one = ws(1, &[]);
        assert_eq!(
            stress(&Graph::of(&one, &Scope::default()), &[]),
            [(0.5, 0.5)]
        );
        let none = ws(0, &[]);
        assert!(stress(&Graph::of(&none, &Scope::default()), &[]).is_empty());
    }
}
