//! The Basis pane's text, a row per line: the questionnaire screen's question, the method's
//! prompts, why it matters, the answer as the workspace holds it, what changed since the
//! previous round, and the comment. Kept here (not in the renderer) so the pane can scroll
//! exactly to its end.

use super::overview::Tone;
use super::{Action, App};
use crate::app::keymap::pane_title;
use crate::i18n::{self as t, fill};
use crate::questionnaire::{self as q, LineChange, Screen, ScreenId, screens};
use crate::questionnaire::{form_screens, linked_screens, list_screens};
use crate::workspace::Vocabulary;
use crate::workspace::text::shown;
use crate::workspace::{Orientation, Position, Role};

impl App {
    /// The rows of the Basis pane's current screen, headings and all.
    pub fn basis_rows(&self) -> Vec<(Tone, String)> {
        let all = screens();
        let i = q::current(&self.ws).min(all.len().saturating_sub(1));
        let Some(screen) = all.get(i) else {
            return Vec::new();
        };
        let mut rows = vec![(Tone::Heading, screen.question.get(self.lang).to_owned())];
        rows.extend(
            screen
                .prompts
                .get(self.lang)
                .iter()
                .map(|p| (Tone::Muted, format!("· {p}"))),
        );
        rows.push((Tone::Muted, screen.why.get(self.lang).to_owned()));
        if let Some(hint) = q::type_hint(screen.id, self.ws.network.kind) {
            rows.push((Tone::Plain, self.t(hint).to_owned()));
        }
        rows.push((Tone::Plain, String::new()));
        rows.push((Tone::Heading, format!("{}:", self.t(t::ANSWER))));
        rows.extend(
            answer(self, screen)
                .into_iter()
                .filter(|l| !l.trim().is_empty())
                .map(|l| (Tone::Plain, l)),
        );
        if self.ui.basis.mode == super::basis::BasisMode::Compare {
            rows.extend(round_compare(self, screen));
        }
        let comment = q::answer(&self.ws, screen.id);
        if !comment.trim().is_empty() {
            rows.push((Tone::Heading, format!("{}:", self.t(t::COMMENT))));
            rows.extend(
                comment
                    .lines()
                    .map(|l| (Tone::Plain, shown(l).into_owned())),
            );
        }
        rows
    }

    /// The Basis screen's title: where it is among the screens, its block and its name.
    pub fn basis_title(&self) -> String {
        let all = screens();
        let i = q::current(&self.ws).min(all.len().saturating_sub(1));
        all.get(i).map_or_else(String::new, |s| {
            format!(
                " {}/{} · {} · {} ",
                i + 1,
                all.len(),
                block_name(&s.block, self),
                s.title.get(self.lang)
            )
        })
    }
}

fn block_name(block: &str, app: &App) -> &'static str {
    match block {
        "actors" => app.t(t::PANE_ACTORS),
        "identity" => app.t(t::PANE_IDENTITY),
        "ambitions" => app.t(t::AMBITIONS_SHORT),
        "foundation" => app.t(t::PANE_FOUNDATION),
        _ => app.t(t::NETWORK),
    }
}

fn names(app: &App, ids: impl Iterator<Item = crate::workspace::Id>) -> String {
    ids.map(|id| shown(app.ws.actor_name(id)).into_owned())
        .collect::<Vec<_>>()
        .join(", ")
}

fn opens(app: &App, pane: crate::app::Pane) -> String {
    fill(
        app.t(t::OPENS_PANE),
        &[("pane", app.lang.pick(pane_title(pane)))],
    )
}

/// The answer to `screen` as the workspace holds it, in lines.
fn answer(app: &App, screen: &Screen) -> Vec<String> {
    let ws = &app.ws;
    let term = |x: Option<&'static str>| x.unwrap_or("-").to_owned();
    match screen.id {
        ScreenId::Welcome => vec![
            shown(&ws.network.name).into_owned(),
            shown(&ws.network.issue).into_owned(),
        ],
        ScreenId::Type => vec![
            term(ws.network.kind.map(|k| app.lang.pick(k.text()))),
            shown(&ws.network.kind_note).into_owned(),
        ],
        ScreenId::Phase => {
            let key = crate::app::keymap::key_of(Action::DecideCycle);
            let mut lines = vec![
                term(ws.network.phase.map(|k| app.lang.pick(k.text()))),
                shown(&ws.network.phase_note).into_owned(),
            ];
            lines.extend(crate::analysis::phase::history(ws, app.lang, Some(&key)));
            lines
        }
        ScreenId::Vorm => vec![
            term(ws.foundation.form.map(|k| app.lang.pick(k.text()))),
            shown(&ws.foundation.form_note).into_owned(),
        ],
        linked_screens!() => linked(app, screen.id),
        ScreenId::Summary => summary(app),
        id @ (list_screens!()) => {
            let items = q::list_items(ws, id);
            let mut lines = vec![if items.is_empty() {
                app.t(t::NOTHING_YET).to_owned()
            } else {
                items
                    .iter()
                    .map(|i| shown(i).into_owned())
                    .collect::<Vec<_>>()
                    .join(" · ")
            }];
            let hint = if matches!(id, q::ScreenId::Actors | q::ScreenId::Missing) {
                t::ACTORS_LIST_HINT
            } else {
                t::LIST_HINT
            };
            lines.push(app.t(hint).to_owned());
            lines
        }
    }
}

/// The answer of a screen whose records are edited in another pane, and which pane.
fn linked(app: &App, id: ScreenId) -> Vec<String> {
    let ws = &app.ws;
    match id {
        ScreenId::Roles => role_lines(app),
        ScreenId::Positions => {
            let mut lines: Vec<String> = [Position::Kern, Position::Ring, Position::VrijeRuimte]
                .iter()
                .map(|p| {
                    let n = ws.actors.iter().filter(|a| a.position == Some(*p)).count();
                    format!("{}: {n}", app.lang.pick(p.text()))
                })
                .collect();
            lines.push(app.t(t::ASSIGN_HINT).to_owned());
            lines
        }
        ScreenId::Leiderschap => {
            let mut lines: Vec<String> = Orientation::ALL
                .iter()
                .map(|o| {
                    let who = names(
                        app,
                        ws.foundation
                            .leadership
                            .iter()
                            .filter(|c| c.orientation == *o)
                            .map(|c| c.actor),
                    );
                    format!(
                        "{}: {}",
                        app.lang.pick(o.text()),
                        if who.is_empty() {
                            app.t(t::NOBODY).to_owned()
                        } else {
                            who
                        }
                    )
                })
                .collect();
            lines.push(app.t(t::ASSIGN_HINT).to_owned());
            lines
        }
        ScreenId::Engagement => {
            let doing = ws
                .topics
                .iter()
                .filter(|t| !t.candidates().is_empty())
                .count();
            vec![
                fill(
                    app.t(t::TOPICS_WITH_MEEDOEN),
                    &[
                        ("n", &doing.to_string()),
                        ("m", &ws.topics.len().to_string()),
                    ],
                ),
                opens(app, super::Pane::Agenda),
            ]
        }
        ScreenId::HalenBrengen => {
            let with = ws
                .actors
                .iter()
                .filter(|a| !a.brings.is_empty() || !a.gets.is_empty())
                .count();
            vec![
                fill(
                    app.t(t::WITH_HALEN_BRENGEN),
                    &[
                        ("n", &with.to_string()),
                        ("m", &ws.actors.len().to_string()),
                    ],
                ),
                app.t(t::HALEN_BRENGEN_HINT).to_owned(),
            ]
        }
        form_screens!() | list_screens!() | ScreenId::Summary => Vec::new(),
    }
}

/// Per building block what is answered, the method's points of attention, and next steps.
fn summary(app: &App) -> Vec<String> {
    let mut lines = Vec::new();
    for block in ["network", "actors", "identity", "ambitions", "foundation"] {
        let of_block: Vec<(&Screen, Option<bool>)> = screens()
            .iter()
            .zip(app.views.answered.iter().copied())
            .filter(|(s, _)| s.block == block)
            .collect();
        let answered = of_block.iter().filter(|(_, a)| *a == Some(true)).count();
        let total = of_block.iter().filter(|(_, a)| a.is_some()).count();
        let empty: Vec<&str> = of_block
            .iter()
            .filter(|(_, a)| *a == Some(false))
            .map(|(s, _)| s.title.get(app.lang))
            .collect();
        let rest = if empty.is_empty() {
            String::new()
        } else {
            format!(" ({}: {})", app.t(t::UNANSWERED), empty.join(", "))
        };
        lines.push(format!(
            "{}: {answered}/{total} {}{rest}",
            block_name(block, app),
            app.t(t::ANSWERED)
        ));
    }
    let next = crate::analysis::next_steps(app.ws.network.phase);
    lines.push(format!("{}: {}", app.t(t::NEXT_STEPS), app.t(next)));
    let key = crate::app::keymap::key_of(Action::DecideCycle);
    lines.extend(crate::analysis::phase::guidance(
        &app.ws,
        app.today,
        app.lang,
        Some(&key),
    ));
    for g in &app.views.gaps {
        lines.push(format!("! {}", app.gap_text(g)));
    }
    lines
}

/// What changed on this screen since the previous round: only the lines that differ, a
/// record whose value changed as `key: before → after`.
fn round_compare(app: &App, screen: &Screen) -> Vec<(Tone, String)> {
    let Some((previous, before, now)) = q::compare(&app.ws, screen.id) else {
        return vec![(
            Tone::Muted,
            app.t_key(t::NO_PREVIOUS_ROUND, Action::NewRound),
        )];
    };
    let day = previous.started.to_zoned(app.tz.clone()).date().to_string();
    let mut rows = vec![(
        Tone::Heading,
        fill(app.t(t::PREVIOUS_ROUND), &[("d", &day)]),
    )];
    let changes = q::line_changes(&before, &now);
    if changes.is_empty() {
        rows.push((Tone::Muted, app.t(t::UNCHANGED).to_owned()));
    }
    for c in changes {
        rows.push(match c {
            LineChange::Added(l) => (Tone::Ok, format!("+ {}", shown(&l))),
            LineChange::Removed(l) => (Tone::Warn, format!("- {}", shown(&l))),
            LineChange::Changed(k, b, a) => (
                Tone::Warn,
                format!("~ {}: {} → {}", shown(&k), shown(&b), shown(&a)),
            ),
        });
    }
    if let Some(comment) = previous.answers.get(screen.id.as_str()) {
        rows.push((Tone::Muted, shown(comment).into_owned()));
    }
    rows
}

/// The roles screen's answer: the netwerkleiders, the grenswerkers, each coalition's leader.
fn role_lines(app: &App) -> Vec<String> {
    let ws = &app.ws;
    let holders = |role: Role| {
        let who = names(
            app,
            ws.actors
                .iter()
                .filter(|a| {
                    a.current_roles()
                        .any(|p| p.role == role && p.coalition.is_none())
                })
                .map(|a| a.id),
        );
        if who.is_empty() {
            app.t(t::NOBODY).to_owned()
        } else {
            who
        }
    };
    let mut lines = vec![
        format!(
            "{}: {}",
            app.t(t::NETWORK_LEADERS),
            holders(Role::Netwerkleider)
        ),
        format!(
            "{}: {}",
            app.t(t::FIELD_GRENSWERKERS),
            holders(Role::Participant)
        ),
    ];
    for amb in &ws.ambitions {
        let leader = amb.leader.map_or_else(
            || app.t(t::NOBODY).to_owned(),
            |l| shown(ws.actor_name(l)).into_owned(),
        );
        lines.push(format!(
            "{}: {} ({})",
            app.t(t::LEADER_FIELD),
            leader,
            shown(&amb.title)
        ));
    }
    lines.push(app.t(t::ASSIGN_HINT).to_owned());
    lines
}
