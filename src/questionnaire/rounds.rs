//! The questionnaire's rounds: free-text answers per screen, what the workspace holds for each
//! screen as text, and a new dated round that keeps how every answer stood, to compare with.

use std::collections::BTreeMap;

use super::{ScreenId, list_items, screens};
use crate::workspace::{Actor, Edit, Position, Record, Role, Round, Vocabulary, Workspace, new_id};

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

/// A screen's structured answer as plain text, the same in every language (the method's terms
/// as the file writes them), for keeping with a closed round.
pub fn answer_text(ws: &Workspace, id: ScreenId) -> String {
    let join = |v: Vec<String>| v.join("; ");
    let term = |v: serde_json::Value| v.as_str().unwrap_or_default().to_owned();
    let actors = |f: &dyn Fn(&Actor) -> bool| {
        join(
            ws.actors
                .iter()
                .filter(|a| f(a))
                .map(|a| a.name.clone())
                .collect(),
        )
    };
    match id {
        ScreenId::Welcome => [ws.network.name.as_str(), ws.network.issue.as_str()]
            .iter()
            .filter(|s| !s.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(" / "),
        ScreenId::Type => term(serde_json::json!(ws.network.kind)),
        ScreenId::Phase => term(serde_json::json!(ws.network.phase)),
        ScreenId::Vorm => term(serde_json::json!(ws.foundation.form)),
        ScreenId::Roles => actors(&|a| a.has_role(Role::Netwerkleider)),
        ScreenId::Positions => actors(&|a| a.position == Some(Position::Kern)),
        ScreenId::HalenBrengen => actors(&|a| !a.brings.is_empty() || !a.gets.is_empty()),
        ScreenId::Leiderschap => join(
            crate::workspace::Orientation::ALL
                .iter()
                .filter(|o| {
                    ws.foundation
                        .leadership
                        .iter()
                        .any(|c| c.orientation == **o)
                })
                .map(|o| term(serde_json::json!(o)))
                .collect(),
        ),
        ScreenId::Engagement => join(
            ws.topics
                .iter()
                .filter(|t| !t.candidates().is_empty())
                .map(|t| t.title.clone())
                .collect(),
        ),
        ScreenId::Summary => String::new(),
        id @ (list_screens!()) => join(list_items(ws, id)),
    }
}

/// Closes the current round (keeping how every answer stood) and starts a new, dated one.
pub fn new_round(ws: &mut Workspace, now: jiff::Timestamp) -> Option<Edit> {
    let mut q = ws.questionnaire.clone();
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
