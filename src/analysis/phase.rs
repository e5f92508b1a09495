//! What the method asks of a network in its phase, as a short checklist derived from the
//! workspace: verkennen asks for actors and an identity, ontwikkelen for an agenda, ambitions,
//! coalitions and spelregels, vitaliseren for rules looked at again, energy and new actors,
//! bestendigen of stoppen for a form, mandates and the decision to go on or stop. Each point
//! says whether the data shows it done.

use jiff::civil::Date;

use crate::i18n::{self as t, L};
use crate::workspace::actor::Balance;
use crate::workspace::{
    Actor, AmbitionStatus, Area, Capacity, Phase, Position, Vocabulary, Workspace,
};

/// One point of a phase's checklist.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Check {
    /// What the method asks, in words.
    pub what: L,
    /// Whether the workspace shows it done.
    pub done: bool,
}

/// The checklist of `phase` for `ws` on `today` (none without a phase).
pub fn checklist(ws: &Workspace, phase: Option<Phase>, today: Date) -> Vec<Check> {
    let present: Vec<&Actor> = ws.actors.iter().filter(|a| !a.prospective).collect();
    match phase {
        None => Vec::new(),
        Some(Phase::Verkennen) => verkennen(ws, &present),
        Some(Phase::Ontwikkelen) => ontwikkelen(ws, &present),
        Some(Phase::Vitaliseren) => vitaliseren(ws, &present, today),
        Some(Phase::BestendigenStoppen) => bestendigen(ws, &present),
    }
}

const fn check(what: L, done: bool) -> Check {
    Check { what, done }
}

/// Half or more of `present`.
const fn half(n: usize, present: &[&Actor]) -> bool {
    !present.is_empty() && n * 2 >= present.len()
}

fn verkennen(ws: &Workspace, present: &[&Actor]) -> Vec<Check> {
    let areas = Area::ALL
        .iter()
        .all(|a| !ws.identity.area_words(*a).is_empty());
    let interests = present
        .iter()
        .filter(|a| {
            let i = &a.interests;
            [&i.individual, &i.organisational, &i.collective]
                .iter()
                .any(|s| !s.trim().is_empty())
        })
        .count();
    vec![
        check(t::CHECK_ACTORS, present.len() >= 3),
        check(t::CHECK_URGENCY, !ws.network.issue.trim().is_empty()),
        check(t::CHECK_IDENTITY, areas),
        check(t::CHECK_INTERESTS, half(interests, present)),
    ]
}

fn ontwikkelen(ws: &Workspace, present: &[&Actor]) -> Vec<Check> {
    let balanced = present
        .iter()
        .filter(|a| a.balance() == Balance::Both)
        .count();
    let led = !ws.ambitions.is_empty() && ws.ambitions.iter().all(|a| a.leader.is_some());
    vec![
        check(t::CHECK_HALEN_BRENGEN, half(balanced, present)),
        check(
            t::CHECK_AGENDA,
            ws.topics.iter().any(|t| !t.engagement.is_empty()),
        ),
        check(
            t::CHECK_COALITIONS,
            ws.ambitions.iter().any(|a| a.coalition.len() >= 2),
        ),
        check(t::CHECK_LEADERS, led),
        check(
            t::CHECK_RULES,
            ws.foundation.rules.iter().any(|r| r.explicit),
        ),
        check(t::CHECK_LEADERSHIP, ws.foundation.uncovered().is_empty()),
    ]
}

fn vitaliseren(ws: &Workspace, present: &[&Actor], today: Date) -> Vec<Check> {
    let year_ago = today.saturating_sub(jiff::Span::new().days(365));
    let eight_weeks = today.saturating_sub(jiff::Span::new().days(56));
    let reviewed = ws
        .foundation
        .rules
        .iter()
        .any(|r| r.agreed.is_some_and(|d| d >= year_ago) || r.review_due.is_some());
    let met = ws
        .log
        .iter()
        .any(|e| e.at.to_zoned(jiff::tz::TimeZone::UTC).date() >= eight_weeks);
    let busy = present.iter().any(|a| {
        ws.ambitions
            .iter()
            .filter(|x| x.coalition.contains(&a.id))
            .count()
            >= 2
    });
    vec![
        check(t::CHECK_REVIEW_RULES, reviewed),
        check(t::CHECK_ENERGY, met),
        check(t::CHECK_SEVERAL_COALITIONS, busy),
        check(t::CHECK_NEW_ACTORS, ws.actors.iter().any(|a| a.prospective)),
        check(
            t::CHECK_RESULTS,
            ws.ambitions
                .iter()
                .any(|a| a.status == AmbitionStatus::Done),
        ),
    ]
}

fn bestendigen(ws: &Workspace, present: &[&Actor]) -> Vec<Check> {
    let delegates: Vec<_> = present
        .iter()
        .filter(|a| {
            a.position == Some(Position::Kern)
                && matches!(
                    a.capacity,
                    Some(Capacity::Organisation | Capacity::Achterban)
                )
        })
        .collect();
    let mandates = !delegates.is_empty() && delegates.iter().all(|a| !a.mandate.trim().is_empty());
    vec![
        check(t::CHECK_FORM, ws.foundation.form.is_some()),
        check(t::CHECK_MANDATE, mandates),
        check(t::CHECK_DECISION, ws.network.decision.is_some()),
    ]
}

/// The phase's checklist (`[x]` done, `[ ]` not yet), the phases the network went through
/// with their dates, and the decision at the end of the cycle or the question asking for it
/// (`key` records it, where there is one), in `lang`.
pub fn guidance(ws: &Workspace, today: Date, lang: t::Lang, key: Option<&str>) -> Vec<String> {
    let mut lines = checklist_lines(ws, today, lang);
    lines.extend(history(ws, lang, key));
    lines
}

/// The phase's checklist under its heading, `[x]` done and `[ ]` not yet, in `lang`.
pub fn checklist_lines(ws: &Workspace, today: Date, lang: t::Lang) -> Vec<String> {
    use crate::workspace::Vocabulary;
    let mut lines = Vec::new();
    if let Some(phase) = ws.network.phase {
        lines.push(t::fill(
            lang.pick(t::CHECKLIST_HEADING),
            &[("phase", lang.pick(phase.text()))],
        ));
        for c in checklist(ws, Some(phase), today) {
            let mark = if c.done { "[x]" } else { "[ ]" };
            lines.push(format!("{mark} {}", lang.pick(c.what)));
        }
    }
    lines
}

/// The decision at the end of the cycle (or, in the last phase, the question asking for it,
/// with the `key` that answers it where there is one) and the phases gone through with their
/// dates, in `lang`.
pub fn history(ws: &Workspace, lang: t::Lang, key: Option<&str>) -> Vec<String> {
    use crate::workspace::Vocabulary;
    let mut lines = Vec::new();
    let net = &ws.network;
    match &net.decision {
        Some(d) => {
            let mut choice = lang.pick(d.choice.text()).to_owned();
            if !d.note.trim().is_empty() {
                choice = format!("{choice}: {}", crate::workspace::text::shown(&d.note));
            }
            lines.push(t::fill(
                lang.pick(t::DECISION_LINE),
                &[("date", &d.date.to_string()), ("choice", &choice)],
            ));
        }
        None if net.phase == Some(Phase::BestendigenStoppen) => lines.push(match key {
            Some(key) => t::fill(lang.pick(t::DECISION_ASK), &[("key", key)]),
            None => lang.pick(t::DECISION_OPEN).to_owned(),
        }),
        None => {}
    }
    if !net.phases.is_empty() {
        let list: Vec<String> = net
            .phases
            .iter()
            .map(|p| {
                let phase = p.phase.map_or("-", |x| lang.pick(x.text()));
                t::fill(
                    lang.pick(t::PHASE_SINCE),
                    &[("phase", phase), ("date", &p.date.to_string())],
                )
            })
            .collect();
        lines.push(t::fill(
            lang.pick(t::PHASES_SINCE),
            &[("list", &list.join(" · "))],
        ));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workspace::{Ambition, Continuation, CycleDecision, Rule, Topic};

    fn done(ws: &Workspace, phase: Phase) -> Vec<bool> {
        checklist(ws, Some(phase), Date::constant(2026, 11, 30))
            .iter()
            .map(|c| c.done)
            .collect()
    }

    #[test]
    fn each_phase_asks_its_own_points_and_the_data_ticks_them() {
        let mut ws = Workspace::new("N");
        assert!(checklist(&ws, None, Date::constant(2026, 11, 30)).is_empty());
        assert_eq!(done(&ws, Phase::Verkennen), [false; 4]);
        for name in ["Anna", "Bram", "Carla"] {
            let mut a = Actor::new(name);
            a.interests.collective = "gezond".into();
            a.brings = vec!["tijd".into()];
            a.gets = vec!["netwerk".into()];
            ws.actors.push(a);
        }
        ws.network.issue = "Gezond Zuid".into();
        assert_eq!(done(&ws, Phase::Verkennen), [true, true, false, true]);

        assert_eq!(done(&ws, Phase::Ontwikkelen)[..2], [true, false]);
        let mut topic = Topic::new("School");
        topic
            .engagement
            .insert(ws.actors[0].id, crate::workspace::Engagement::Meedoen);
        let mut amb = Ambition::from_topic(&topic, "School");
        amb.coalition = vec![ws.actors[0].id, ws.actors[1].id];
        ws.topics.push(topic);
        ws.ambitions.push(amb);
        let mut rule = Rule::new("Consent");
        rule.explicit = true;
        ws.foundation.rules.push(rule);
        assert_eq!(
            done(&ws, Phase::Ontwikkelen),
            [true, true, true, false, true, false],
            "no leader yet, leadership uncovered"
        );

        assert_eq!(done(&ws, Phase::BestendigenStoppen), [false, false, false]);
        ws.network.decision = Some(CycleDecision {
            choice: Continuation::Bestendigen,
            date: Date::constant(2026, 11, 30),
            note: String::new(),
            extra: crate::workspace::Extra::new(),
        });
        assert!(done(&ws, Phase::BestendigenStoppen)[2]);
    }
}
