//! The relation graph's measures said in the method's words: who the brokers are and which
//! groups each joins, who is a single point of failure and who falls off without them, who is
//! isolated or hangs on one person; and for one actor, how many of their contacts know each
//! other.

use super::App;
use super::overview::Tone;
use crate::i18n::{self as t, fill};
use crate::workspace::Id;
use crate::workspace::text::shown;

/// How many names a line lists before it says how many more.
const FEW: usize = 3;

impl App {
    fn shown_name(&self, id: Id) -> String {
        shown(self.ws.actor_name(id)).into_owned()
    }

    /// Up to a few names, then `+n`.
    fn few(ids: impl IntoIterator<Item = String>) -> String {
        let all: Vec<String> = ids.into_iter().collect();
        let mut text = all.iter().take(FEW).cloned().collect::<Vec<_>>().join(", ");
        if all.len() > FEW {
            text = format!("{text} +{}", all.len() - FEW);
        }
        text
    }

    /// The Overview's lines about the network's relations.
    pub fn network_rows(&self) -> Vec<(Tone, String)> {
        let mut rows = vec![(Tone::Heading, self.t(t::NET_HEADING).to_owned())];
        let [both, takes, brings, neither] = crate::analysis::balance_counts(&self.ws);
        if both + takes + brings > 0 {
            let n = |v: usize| v.to_string();
            rows.push((
                Tone::Plain,
                fill(
                    self.t(t::COUNT_BALANCE),
                    &[
                        ("both", &n(both)),
                        ("takes", &n(takes)),
                        ("brings", &n(brings)),
                        ("neither", &n(neither)),
                    ],
                ),
            ));
        }
        let Some(a) = &self.views.analysis else {
            rows.push((Tone::Plain, self.t(t::NET_MEASURING).to_owned()));
            return rows;
        };
        if a.actors.is_empty() {
            rows.push((Tone::Plain, self.t(t::NET_NONE).to_owned()));
            return rows;
        }
        if a.components > 1 {
            let n = a.components.to_string();
            rows.push((Tone::Warn, fill(self.t(t::NET_PIECES), &[("n", &n)])));
        }
        for (id, sides) in &a.roles.brokers {
            let name = self.shown_name(*id);
            rows.push((
                Tone::Plain,
                if sides.len() > 1 {
                    let sides = Self::few(sides.iter().map(|s| self.shown_name(*s)));
                    fill(self.t(t::NET_BROKER), &[("name", &name), ("sides", &sides)])
                } else {
                    fill(self.t(t::NET_BROKER_SHORT), &[("name", &name)])
                },
            ));
        }
        for (id, lost) in &a.roles.cut_off {
            let lost = Self::few(lost.iter().map(|s| self.shown_name(*s)));
            let name = self.shown_name(*id);
            rows.push((
                Tone::Warn,
                fill(self.t(t::NET_CUT), &[("name", &name), ("lost", &lost)]),
            ));
        }
        if !a.isolates.is_empty() {
            let names = Self::few(a.isolates.iter().map(|s| self.shown_name(*s)));
            rows.push((
                Tone::Warn,
                fill(self.t(t::NET_ISOLATED), &[("names", &names)]),
            ));
        }
        if !a.roles.through_one.is_empty() {
            let pairs = Self::few(a.roles.through_one.iter().map(|(who, via)| {
                format!("{} ({})", self.shown_name(*who), self.shown_name(*via))
            }));
            rows.push((
                Tone::Plain,
                fill(self.t(t::NET_THROUGH_ONE), &[("pairs", &pairs)]),
            ));
        }
        rows
    }

    /// One actor's place in the network, in a line: relations, how many contacts know each
    /// other, and whether they are a broker or a single point of failure.
    pub fn network_line(&self, id: Id) -> Option<String> {
        let a = self.views.analysis.as_ref()?;
        let m = a.actors.iter().find(|m| m.id == id)?;
        let mut line = fill(
            self.t(t::NET_ACTOR),
            &[("d", &m.degree.to_string()), ("k", &m.knowing.to_string())],
        );
        if a.roles.brokers.iter().any(|(b, _)| *b == id) {
            line = format!("{line} · {}", self.t(t::NET_IS_BROKER));
        }
        if a.articulation_points.contains(&id) {
            line = format!("{line} · {}", self.t(t::NET_IS_CUT));
        }
        Some(line)
    }
}
