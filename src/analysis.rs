//! Derived views of a workspace: counts per building block and the gaps the method warns about.
//! Pure functions; the app caches what it needs.

use jiff::civil::Date;

pub mod diff;
pub mod graph;
pub mod layout;
pub mod paths;
pub mod phase;
pub mod todo;

pub use todo::{Todo, todo};

use crate::workspace::actor::Balance;
use crate::workspace::{Engagement, Orientation, Position, Role, Workspace};

/// A point of attention, in the method's terms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Gap {
    /// Nobody is netwerkleider.
    NoNetwerkleider,
    /// Nobody covers this leadership orientation.
    Uncovered(Orientation),
    /// An ambition's coalition has no coalitieleider.
    CoalitionWithoutLeader(String),
    /// Nobody wants to meedoen or meebepalen on this topic.
    TopicWithoutMeedoen(String),
    /// A rule's review date has passed.
    RuleOverdue(String),
    /// This many rules have no review date: never looked at again.
    RulesNeverReviewed(usize),
    /// No words on the identity card yet.
    EmptyIdentity,
    /// One actor holds many roles and orientations.
    Concentrated(String, usize),
    /// Actors who only come to get (halen) and bring nothing: the method warns they drop out.
    OnlyTakes(Vec<String>),
    /// Actors who only bring (brengen) and get nothing back: they drop out too.
    OnlyBrings(Vec<String>),
    /// Actors with nothing written down for halen en brengen, once others have.
    NoGiveAndTake(Vec<String>),
}

impl Gap {
    /// The gap in words, in `lang`; names cleaned for the screen.
    pub fn text(&self, lang: crate::i18n::Lang) -> String {
        use crate::i18n::{self as t, fill};
        use crate::workspace::Vocabulary;
        use crate::workspace::text::shown;
        match self {
            Self::NoNetwerkleider => lang.pick(t::GAP_NO_LEADER).to_owned(),
            Self::Uncovered(o) => {
                fill(lang.pick(t::GAP_ORIENTATION), &[("o", lang.pick(o.text()))])
            }
            Self::CoalitionWithoutLeader(a) => {
                fill(lang.pick(t::GAP_NO_COALITION_LEADER), &[("a", &shown(a))])
            }
            Self::TopicWithoutMeedoen(topic) => {
                fill(lang.pick(t::GAP_NO_MEEDOEN), &[("t", &shown(topic))])
            }
            Self::RuleOverdue(r) => fill(lang.pick(t::GAP_RULE_REVIEW), &[("r", &shown(r))]),
            Self::EmptyIdentity => lang.pick(t::GAP_NO_IDENTITY).to_owned(),
            Self::RulesNeverReviewed(n) => {
                let n = t::count(lang, *n, t::N_RULE, t::N_RULES);
                fill(lang.pick(t::GAP_NEVER_REVIEWED), &[("n", &n)])
            }
            Self::Concentrated(name, n) => fill(
                lang.pick(t::CONCENTRATED),
                &[("name", &shown(name)), ("n", &n.to_string())],
            ),
            Self::OnlyTakes(names) | Self::OnlyBrings(names) | Self::NoGiveAndTake(names) => {
                let l = match self {
                    Self::OnlyTakes(_) => t::GAP_ONLY_TAKES,
                    Self::OnlyBrings(_) => t::GAP_ONLY_BRINGS,
                    _ => t::GAP_NO_GIVE_TAKE,
                };
                let list: Vec<String> = names.iter().map(|n| shown(n).into_owned()).collect();
                fill(lang.pick(l), &[("names", &list.join(", "))])
            }
        }
    }
}

/// What the method advises next in this phase.
pub const fn next_steps(phase: Option<crate::workspace::Phase>) -> crate::i18n::L {
    use crate::i18n as t;
    use crate::workspace::Phase;
    match phase {
        None => t::NEXT_NONE,
        Some(Phase::Verkennen) => t::NEXT_VERKENNEN,
        Some(Phase::Ontwikkelen) => t::NEXT_ONTWIKKELEN,
        Some(Phase::Vitaliseren) => t::NEXT_VITALISEREN,
        Some(Phase::BestendigenStoppen) => t::NEXT_BESTENDIGEN,
    }
}

/// Halen en brengen over the network: actors in balance, only taking, only bringing, with
/// nothing written down (those who may join later not counted).
pub fn balance_counts(ws: &Workspace) -> [usize; 4] {
    let mut n = [0usize; 4];
    for a in ws.actors.iter().filter(|a| !a.prospective) {
        n[match a.balance() {
            Balance::Both => 0,
            Balance::OnlyTakes => 1,
            Balance::OnlyBrings => 2,
            Balance::Neither => 3,
        }] += 1;
    }
    n
}

/// Actors per position: kern, ring, vrije ruimte, and prospective ones.
pub fn position_counts(ws: &Workspace) -> [usize; 4] {
    let mut counts = [0; 4];
    for a in &ws.actors {
        match a.position {
            Some(Position::Kern) => counts[0] += 1,
            Some(Position::Ring) => counts[1] += 1,
            Some(Position::VrijeRuimte) => counts[2] += 1,
            None => {}
        }
        if a.prospective {
            counts[3] += 1;
        }
    }
    counts
}

/// Everything the method would point out about this workspace today.
pub fn gaps(ws: &Workspace, today: Date) -> Vec<Gap> {
    let mut gaps = Vec::new();
    if !ws.actors.is_empty() && !ws.actors.iter().any(|a| a.has_role(Role::Netwerkleider)) {
        gaps.push(Gap::NoNetwerkleider);
    }
    gaps.extend(ws.foundation.uncovered().into_iter().map(Gap::Uncovered));
    for a in &ws.ambitions {
        if a.leader.is_none() {
            gaps.push(Gap::CoalitionWithoutLeader(a.title.clone()));
        }
    }
    for t in &ws.topics {
        let doing = t.engagement.values().any(|e| *e >= Engagement::Meedoen);
        if !doing {
            gaps.push(Gap::TopicWithoutMeedoen(t.title.clone()));
        }
    }
    for r in &ws.foundation.rules {
        if r.review_due.is_some_and(|d| d < today) {
            gaps.push(Gap::RuleOverdue(r.text.clone()));
        }
    }
    let unreviewed = ws
        .foundation
        .rules
        .iter()
        .filter(|r| r.review_due.is_none())
        .count();
    if unreviewed > 0 {
        gaps.push(Gap::RulesNeverReviewed(unreviewed));
    }
    if ws.identity.words.is_empty() {
        gaps.push(Gap::EmptyIdentity);
    }
    for a in &ws.actors {
        let roles = a.current_roles().count()
            + ws.foundation
                .leadership
                .iter()
                .filter(|c| c.actor == a.id)
                .count();
        if roles >= 4 {
            gaps.push(Gap::Concentrated(a.name.clone(), roles));
        }
    }
    // Halen en brengen in balance: who only takes or only brings drops out; once the network
    // has begun writing it down, who has nothing yet is named too.
    let with = |b: Balance| -> Vec<String> {
        ws.actors
            .iter()
            .filter(|a| !a.prospective && a.balance() == b)
            .map(|a| a.name.clone())
            .collect()
    };
    let (takers, bringers, neither) = (
        with(Balance::OnlyTakes),
        with(Balance::OnlyBrings),
        with(Balance::Neither),
    );
    let begun = ws.actors.iter().any(|a| a.balance() != Balance::Neither);
    if !takers.is_empty() {
        gaps.push(Gap::OnlyTakes(takers));
    }
    if !bringers.is_empty() {
        gaps.push(Gap::OnlyBrings(bringers));
    }
    if begun && !neither.is_empty() {
        gaps.push(Gap::NoGiveAndTake(neither));
    }
    gaps
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workspace::{Actor, RolePeriod};

    #[test]
    fn who_only_takes_or_only_brings_is_pointed_out() {
        let mut ws = Workspace::new("N");
        let mut a = Actor::new("Anna");
        a.gets = vec!["bereik".into()];
        let mut b = Actor::new("Bram");
        b.brings = vec!["data".into()];
        let mut c = Actor::new("Carla");
        c.gets = vec!["x".into()];
        c.brings = vec!["y".into()];
        ws.actors = vec![a, b, c];
        let found = gaps(&ws, Date::constant(2026, 11, 30));
        assert!(found.contains(&Gap::OnlyTakes(vec!["Anna".into()])));
        assert!(found.contains(&Gap::OnlyBrings(vec!["Bram".into()])));
        assert_eq!(
            Gap::OnlyTakes(vec!["Anna".into()]).text(crate::i18n::Lang::En),
            "Only takes (halen), brings nothing: Anna; who only takes drops out"
        );
        assert!(
            !found.iter().any(|g| matches!(g, Gap::NoGiveAndTake(_))),
            "everyone has written something"
        );
        assert_eq!(balance_counts(&ws), [1, 1, 1, 0]);
        ws.actors.push(Actor::new("Daan"));
        let mut later = Actor::new("Eva");
        later.prospective = true;
        ws.actors.push(later);
        let found = gaps(&ws, Date::constant(2026, 11, 30));
        assert!(found.contains(&Gap::NoGiveAndTake(vec!["Daan".into()])));
        assert_eq!(balance_counts(&ws), [1, 1, 1, 1], "Eva may join later");
        // A network that has not begun halen en brengen is not told who has nothing.
        for a in &mut ws.actors {
            a.gets.clear();
            a.brings.clear();
        }
        let found = gaps(&ws, Date::constant(2026, 11, 30));
        assert!(!found.iter().any(|g| matches!(g, Gap::NoGiveAndTake(_))));
    }

    #[test]
    fn a_network_without_leader_or_orientations_shows_gaps() {
        let mut ws = Workspace::new("N");
        ws.add_actor(Actor::new("A"));
        let today = Date::constant(2026, 11, 27);
        let gaps = gaps(&ws, today);
        assert!(gaps.contains(&Gap::NoNetwerkleider));
        assert!(gaps.contains(&Gap::Uncovered(Orientation::Verkenner)));
        ws.actors[0].roles.push(RolePeriod {
            role: Role::Netwerkleider,
            coalition: None,
            from: today,
            until: None,
            extra: crate::workspace::Extra::new(),
        });
        assert!(!super::gaps(&ws, today).contains(&Gap::NoNetwerkleider));
    }
}
