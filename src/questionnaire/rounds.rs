//! The questionnaire's rounds: free-text answers per screen, what the workspace holds for each
//! screen as text, and a new dated round that keeps how every answer stood, to compare with.

use std::collections::BTreeMap;

use super::{ScreenId, list_items, screens};
use crate::workspace::{Edit, Position, Record, Round, Vocabulary, Workspace, new_id};

/// Sets the free-text answer of a screen in the current round (starting round one if there is
/// none yet), as one undoable edit; `None` when nothing changes.
pub fn set_answer(
    ws: &mut Workspace,
    id: ScreenId,
    text: &str,
    now: jiff::Timestamp,
) -> Option<Edit> {
    let mut q = ws.questionnaire.clone();
    if q.rounds.is_empty() {
        q.rounds.push(empty_round(now));
    }
    let round = q.rounds.last_mut()?;
    if text.trim().is_empty() {
        round.answers.remove(id.as_str());
    } else {
        round
            .answers
            .insert(id.as_str().to_owned(), text.to_owned());
    }
    ws.replace_record(0, Record::Questionnaire(Box::new(q)))
}

/// A screen's structured answer as the lines a round keeps, one per record and `key: value`
/// where a record has a value (`Bram Peters: ring`), in the method's terms as the file writes
/// them, so rounds compare line by line in any language. Complete: every actor's position and
/// roles, every orientation's people, every engagement, every give and take.
pub fn answer_text(ws: &Workspace, id: ScreenId) -> String {
    let term = |v: serde_json::Value| v.as_str().unwrap_or_default().to_owned();
    let name = |id: crate::workspace::Id| ws.actor_name(id).to_owned();
    let lines: Vec<String> = match id {
        ScreenId::Welcome => vec![ws.network.name.clone(), ws.network.issue.clone()],
        ScreenId::Type => vec![
            term(serde_json::json!(ws.network.kind)),
            ws.network.kind_note.clone(),
        ],
        ScreenId::Phase => vec![
            term(serde_json::json!(ws.network.phase)),
            ws.network.phase_note.clone(),
        ],
        ScreenId::Vorm => vec![
            term(serde_json::json!(ws.foundation.form)),
            ws.foundation.form_note.clone(),
        ],
        ScreenId::Actors => ws
            .actors
            .iter()
            .filter(|a| !a.prospective)
            .map(|a| {
                let kind = term(serde_json::json!(a.kind));
                match a.capacity {
                    Some(c) => format!("{}: {kind}, {}", a.name, term(serde_json::json!(c))),
                    None => format!("{}: {kind}", a.name),
                }
            })
            .collect(),
        ScreenId::Roles => role_lines(ws),
        ScreenId::Positions => ws
            .actors
            .iter()
            .filter_map(|a| {
                let p: Option<Position> = a.position;
                p.map(|p| format!("{}: {}", a.name, term(serde_json::json!(p))))
            })
            .collect(),
        ScreenId::Passie | ScreenId::Positie | ScreenId::Opgave => {
            let area = super::area_of(id);
            ws.identity
                .current_words()
                .filter(|w| Some(w.area) == area)
                .map(|w| format!("{}: {}", w.text, w.dots))
                .collect()
        }
        ScreenId::Engagement => ws
            .topics
            .iter()
            .flat_map(|t| {
                t.engagement.iter().map(|(a, level)| {
                    format!(
                        "{} · {}: {}",
                        t.title,
                        name(*a),
                        term(serde_json::json!(level))
                    )
                })
            })
            .collect(),
        ScreenId::HalenBrengen => ws
            .actors
            .iter()
            .filter(|a| !a.brings.is_empty() || !a.gets.is_empty())
            .map(|a| {
                format!(
                    "{}: brengt {} · haalt {}",
                    a.name,
                    a.brings.join("; "),
                    a.gets.join("; ")
                )
            })
            .collect(),
        ScreenId::Leiderschap => crate::workspace::Orientation::ALL
            .iter()
            .map(|o| {
                let who: Vec<String> = ws
                    .foundation
                    .leadership
                    .iter()
                    .filter(|c| c.orientation == *o)
                    .map(|c| name(c.actor))
                    .collect();
                let who = if who.is_empty() {
                    "-".to_owned()
                } else {
                    who.join(", ")
                };
                format!("{}: {who}", term(serde_json::json!(o)))
            })
            .collect(),
        ScreenId::Summary => Vec::new(),
        ScreenId::Missing | ScreenId::Topics | ScreenId::Spelregels => list_items(ws, id),
    };
    lines
        .into_iter()
        .map(|l: String| crate::workspace::text::clean(&l).replace('\n', " "))
        .filter(|l| !l.trim().is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Everyone with a role now: `name: netwerkleider, coalitieleider (ambition)`.
fn role_lines(ws: &Workspace) -> Vec<String> {
    let term = |v: serde_json::Value| v.as_str().unwrap_or_default().to_owned();
    ws.actors
        .iter()
        .filter_map(|a| {
            let roles: Vec<String> = a
                .current_roles()
                .map(|p| {
                    let role = term(serde_json::json!(p.role));
                    match p.coalition.and_then(|c| ws.ambition(c)) {
                        Some(amb) => format!("{role} ({})", amb.title),
                        None => role,
                    }
                })
                .collect();
            (!roles.is_empty()).then(|| format!("{}: {}", a.name, roles.join(", ")))
        })
        .collect()
}

/// How one line of an answer changed between two rounds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LineChange {
    /// A line that is new.
    Added(String),
    /// A line that is gone.
    Removed(String),
    /// The same record (the part before `: `) with another value: the key, before, after.
    Changed(String, String, String),
}

/// What changed from answer `before` to `after` (as [`answer_text`] writes them): only the
/// lines that differ, a record whose value changed as one change.
pub fn line_changes(before: &str, after: &str) -> Vec<LineChange> {
    let split = |l: &str| -> (String, Option<String>) {
        match l.split_once(": ") {
            Some((k, v)) => (k.to_owned(), Some(v.to_owned())),
            None => (l.to_owned(), None),
        }
    };
    let old: Vec<&str> = before.lines().collect();
    let new: Vec<&str> = after.lines().collect();
    let mut out = Vec::new();
    for l in new.iter().filter(|l| !old.contains(l)) {
        let (key, value) = split(l);
        let was = old
            .iter()
            .find(|o| !new.contains(o) && value.is_some() && split(o).0 == key);
        match was {
            Some(o) => out.push(LineChange::Changed(
                key,
                split(o).1.unwrap_or_default(),
                value.unwrap_or_default(),
            )),
            None => out.push(LineChange::Added((*l).to_owned())),
        }
    }
    for o in old.iter().filter(|o| !new.contains(o)) {
        let key = split(o).0;
        let paired = out
            .iter()
            .any(|c| matches!(c, LineChange::Changed(k, ..) if *k == key));
        if !paired {
            out.push(LineChange::Removed((*o).to_owned()));
        }
    }
    out
}

/// Closes the current round (keeping how every answer stood) and starts a new, dated one.
pub fn new_round(ws: &mut Workspace, now: jiff::Timestamp) -> Option<Edit> {
    let mut q = ws.questionnaire.clone();
    // Answers given before any round was started are the first round: kept, not lost.
    if q.rounds.is_empty() {
        q.rounds.push(empty_round(now));
    }
    if let Some(last) = q.rounds.last_mut() {
        last.snapshot = screens()
            .iter()
            .map(|s| (s.id.as_str().to_owned(), answer_text(ws, s.id)))
            .filter(|(_, v)| !v.is_empty())
            .collect();
    }
    q.rounds.push(empty_round(now));
    ws.replace_record(0, Record::Questionnaire(Box::new(q)))
}

/// For one screen: the previous round, its structured answer then, and the answer now.
pub fn compare(ws: &Workspace, id: ScreenId) -> Option<(Round, String, String)> {
    let n = ws.questionnaire.rounds.len();
    let previous = ws.questionnaire.rounds.get(n.checked_sub(2)?)?.clone();
    let before = previous
        .snapshot
        .get(id.as_str())
        .cloned()
        .unwrap_or_default();
    Some((previous, before, answer_text(ws, id)))
}

/// The free-text answer of a screen in the current round.
pub fn answer(ws: &Workspace, id: ScreenId) -> &str {
    ws.questionnaire
        .rounds
        .last()
        .and_then(|r| r.answers.get(id.as_str()))
        .map_or("", String::as_str)
}

/// A new round, started `now`, with nothing answered yet.
fn empty_round(now: jiff::Timestamp) -> Round {
    Round {
        id: new_id(),
        started: now,
        answers: BTreeMap::new(),
        snapshot: BTreeMap::new(),
        extra: crate::workspace::Extra::new(),
    }
}
