//! Pane 9, Kaart: the network drawn, moved through by keys. Arrows go to the nearest actor in
//! that direction, `Enter` opens it, `+`/`-` zoom, `hjkl` pan, `e` shows one actor's
//! neighbourhood (1 or 2 steps), `a` one ambition's coalition, `p` pins the map as it is.
//! A network too big to lay out whole shows the neighbourhood of the selected actor.

use std::collections::{HashMap, HashSet, VecDeque};

use super::{Action, App, Toward};
use crate::analysis::graph::{Graph, Scope};
use crate::analysis::layout::{MAX_WHOLE, stress};
use crate::i18n as t;
use crate::workspace::{Id, Record};

/// Actors and where they go on the map, in the unit square.
pub type Placed = Vec<(Id, (f64, f64))>;

/// The most actors a neighbourhood shows when the network is too big to draw whole.
const MAX_LOCAL: usize = 300;

/// The Map pane's own state.
#[derive(Debug, Clone, PartialEq)]
pub struct MapPane {
    /// The selected actor.
    pub selected: Option<Id>,
    /// 1 shows everything drawn; each `+` doubles.
    pub zoom: f64,
    /// How far the view is moved, in the map's units.
    pub pan: (f64, f64),
    /// 0: everyone; 1 or 2: only the selected actor and who is that many steps away.
    pub ego: u8,
    /// Only this ambition's coalition.
    pub ambition: Option<Id>,
    /// The neighbourhood laid out for a network too big to lay out whole: around whom, how
    /// many steps, and where each actor goes.
    pub local: Option<(Id, u8, Placed)>,
}

impl Default for MapPane {
    fn default() -> Self {
        Self {
            selected: None,
            zoom: 1.0,
            pan: (0.0, 0.0),
            ego: 0,
            ambition: None,
            local: None,
        }
    }
}

impl App {
    /// Whether the whole network is laid out (else only neighbourhoods are).
    pub fn map_whole(&self) -> bool {
        self.ws.actors.len() <= MAX_WHOLE
    }

    /// Who is `steps` steps or fewer from `from`, by any relation.
    fn near(&self, from: Id, steps: u8) -> HashSet<Id> {
        let mut adjacent: HashMap<Id, Vec<Id>> = HashMap::new();
        for r in &self.ws.relations {
            adjacent.entry(r.from).or_default().push(r.to);
            adjacent.entry(r.to).or_default().push(r.from);
        }
        let mut seen = HashSet::from([from]);
        let mut queue = VecDeque::from([(from, 0u8)]);
        while let Some((v, d)) = queue.pop_front() {
            if d == steps || seen.len() >= MAX_LOCAL {
                continue;
            }
            for w in adjacent.get(&v).into_iter().flatten() {
                if seen.insert(*w) {
                    queue.push_back((*w, d + 1));
                }
            }
        }
        seen
    }

    /// The actors drawn and where, in the unit square: everyone laid out, narrowed to a
    /// coalition or a neighbourhood; for a network too big to lay out whole, the selected
    /// actor's neighbourhood.
    pub fn map_nodes(&self) -> Placed {
        let m = &self.ui.map;
        if !self.map_whole() {
            return m
                .local
                .as_ref()
                .map(|(_, _, n)| n.clone())
                .unwrap_or_default();
        }
        let Some(a) = &self.views.analysis else {
            return Vec::new();
        };
        let coalition = m
            .ambition
            .and_then(|id| self.ws.ambition(id))
            .map(|amb| amb.coalition.clone());
        let ego = m
            .selected
            .filter(|_| m.ego > 0)
            .map(|id| self.near(id, m.ego));
        a.actors
            .iter()
            .zip(&a.positions)
            .filter(|(x, _)| coalition.as_ref().is_none_or(|c| c.contains(&x.id)))
            .filter(|(x, _)| ego.as_ref().is_none_or(|e| e.contains(&x.id)))
            .map(|(x, p)| (x.id, *p))
            .collect()
    }

    /// Lays out the selected actor's neighbourhood when the network is too big for a whole map.
    pub(super) fn refresh_local(&mut self) {
        if self.map_whole() {
            self.ui.map.local = None;
            return;
        }
        let Some(centre) = self
            .ui
            .map
            .selected
            .or_else(|| self.ws.actors.first().map(|a| a.id))
        else {
            return;
        };
        let steps = self.ui.map.ego.max(1);
        if matches!(&self.ui.map.local, Some((c, s, _)) if *c == centre && *s == steps) {
            return;
        }
        let keep = self.near(centre, steps);
        let mut sub = crate::workspace::Workspace::new("");
        sub.actors = self
            .ws
            .actors
            .iter()
            .filter(|a| keep.contains(&a.id))
            .cloned()
            .collect();
        sub.relations = self
            .ws
            .relations
            .iter()
            .filter(|r| keep.contains(&r.from) && keep.contains(&r.to))
            .cloned()
            .collect();
        let g = Graph::of(&sub, &Scope::default());
        let pos = stress(&g, &[]);
        self.ui.map.selected = Some(centre);
        self.ui.map.local = Some((centre, steps, g.ids.into_iter().zip(pos).collect()));
    }

    /// The actor nearest to the selected one in that direction, among those drawn.
    fn nearest(&self, toward: Toward) -> Option<Id> {
        let nodes = self.map_nodes();
        let from = self
            .ui
            .map
            .selected
            .and_then(|s| nodes.iter().find(|(id, _)| *id == s))
            .map(|(_, p)| *p);
        let Some((x0, y0)) = from else {
            // Nothing selected yet: the best connected actor drawn.
            let degree = |id: &Id| self.views.measures.get(id).map_or(0, |m| m.0);
            return nodes.iter().map(|(id, _)| *id).max_by_key(degree);
        };
        nodes
            .iter()
            .filter_map(|(id, (x, y))| {
                // Up on the screen is up on the map.
                let (dx, dy) = (x - x0, y - y0);
                let (along, across) = match toward {
                    Toward::Right => (dx, dy),
                    Toward::Left => (-dx, dy),
                    Toward::Up => (dy, dx),
                    Toward::Down => (-dy, dx),
                };
                (along > 1e-9).then(|| (along + 2.0 * across.abs(), *id))
            })
            .min_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, id)| id)
    }

    /// Carries out an action of the Map pane.
    pub(super) fn map_update(&mut self, action: Action) {
        let m = &mut self.ui.map;
        let step = 0.25 / m.zoom;
        match action {
            Action::Nearest(toward) => {
                if let Some(id) = self.nearest(toward) {
                    self.ui.map.selected = Some(id);
                }
            }
            Action::ZoomIn => m.zoom = (m.zoom * 2.0).min(64.0),
            Action::ZoomOut => m.zoom = (m.zoom / 2.0).max(1.0),
            Action::Pan(toward) => match toward {
                Toward::Left => m.pan.0 -= step,
                Toward::Right => m.pan.0 += step,
                Toward::Up => m.pan.1 += step,
                Toward::Down => m.pan.1 -= step,
            },
            Action::ClearSearch => {
                (m.zoom, m.pan) = (1.0, (0.0, 0.0));
            }
            Action::CycleEgo => {
                m.ego = (m.ego + 1) % 3;
                if m.selected.is_none() {
                    self.ui.map.selected = self.nearest(Toward::Right);
                }
            }
            Action::CycleAmbition => {
                let ids: Vec<Id> = self.ws.ambitions.iter().map(|a| a.id).collect();
                let at = m.ambition.and_then(|a| ids.iter().position(|x| *x == a));
                m.ambition = match at {
                    None => ids.first().copied(),
                    Some(i) => ids.get(i + 1).copied(),
                };
            }
            Action::OpenDetail => {
                if let Some(id) = self.ui.map.selected {
                    self.ui.actors.mode = super::actors::ActorsMode::Table;
                    self.select_actor(id);
                    if self.ui.pane == super::Pane::Actors {
                        self.actors_update(Action::OpenDetail);
                    }
                }
            }
            Action::PinMap => self.pin_map(),
            _ => {}
        }
        self.refresh_local();
    }

    /// Pins every actor drawn where it is now, or, when they are pinned already, lets the map
    /// lay them out again: one undoable edit.
    fn pin_map(&mut self) {
        if !self.writable() {
            return;
        }
        let nodes: HashMap<Id, (f64, f64)> = self.map_nodes().into_iter().collect();
        let unpin = nodes
            .keys()
            .all(|id| self.ws.actor(*id).is_some_and(|a| a.map.is_some()));
        let mut parts = Vec::new();
        for i in 0..self.ws.actors.len() {
            let mut a = self.ws.actors[i].clone();
            let Some(&(x, y)) = nodes.get(&a.id) else {
                continue;
            };
            a.map = (!unpin).then_some([x, y]);
            parts.push(self.ws.replace_record(i, Record::Actor(Box::new(a))));
        }
        self.commit_parts(parts);
        self.say(
            if unpin {
                t::MAP_UNPINNED
            } else {
                t::MAP_PINNED
            },
            &[],
        );
    }
}
