//! Commands that only read: `check` and `list`. They apply pending hand-overs from the journal
//! in memory, so what they show is what the TUI will show, and never write.

use std::fmt::Write as _;

use super::out;
use std::path::Path;

use serde_json::{Value, json};

use super::{ListWhat, UserError};
use crate::i18n::{self as t, Lang, fill};
use crate::store::{self, journal};
use crate::workspace::Vocabulary;
use crate::workspace::Workspace;
use crate::workspace::text::clean;

pub(super) fn load(path: &Path, lang: Lang) -> Result<Workspace, UserError> {
    let shown = path.display().to_string();
    if !path.exists() {
        return Err(UserError(fill(
            lang.pick(t::CLI_NOT_EXIST),
            &[("path", &shown)],
        )));
    }
    let mut ws = store::load(path)
        .map_err(|e| UserError(e.message(lang)))?
        .workspace;
    let (pending, _) = journal::read(path);
    journal::apply(&mut ws, &pending);
    Ok(ws)
}

/// `knoop export minutes`: the minutes of `entry` (default: the last meeting), to `output` or
/// standard output.
pub fn minutes(
    path: &Path,
    entry: Option<crate::workspace::Id>,
    output: Option<&Path>,
    lang: Lang,
) -> Result<(), UserError> {
    let ws = load(path, lang)?;
    let found = match entry {
        Some(id) => ws.log.iter().find(|e| e.id == id).ok_or_else(|| {
            UserError(fill(lang.pick(t::CLI_NO_ENTRY), &[("id", &id.to_string())]))
        })?,
        None => crate::export::last_meeting(&ws)
            .ok_or_else(|| UserError(lang.pick(t::CLI_EMPTY_LOG).to_owned()))?,
    };
    let text = crate::export::minutes(&ws, found, lang, &jiff::tz::TimeZone::system());
    super::export::put(output, text.as_bytes(), lang)
}

/// `knoop check`.
pub fn check(path: &Path, lang: Lang) -> Result<(), UserError> {
    let ws = load(path, lang)?;
    let shown = path.display().to_string();
    let dangling = ws.dangling_actor_ids();
    if let Some(first) = dangling.first() {
        return Err(UserError(fill(
            lang.pick(t::CLI_DANGLING),
            &[
                ("path", &shown),
                (
                    "n",
                    &t::count(lang, dangling.len(), t::N_REFERENCE, t::N_REFERENCES),
                ),
                ("id", &first.to_string()),
            ],
        )));
    }
    let journal = journal::read_all(path);
    if journal.skipped > 0 {
        let name = journal::journal_path(path).display().to_string();
        eprintln!(
            "knoop: {}",
            fill(
                lang.pick(t::JOURNAL_SKIPPED),
                &[
                    (
                        "n",
                        &t::count(lang, journal.skipped, t::N_BAD_LINE, t::N_BAD_LINES),
                    ),
                    ("file", &name),
                ],
            )
        );
    }
    for (title, agenda, roles) in ws.leader_mismatches() {
        let name = |id| clean(ws.actor_name(id)).into_owned();
        let roles: Vec<String> = roles.into_iter().map(name).collect();
        let nobody = lang.pick(t::NOBODY);
        eprintln!(
            "knoop: {}",
            fill(
                lang.pick(t::CHECK_LEADER),
                &[
                    ("title", &clean(&title)),
                    ("agenda", &agenda.map_or_else(|| nobody.to_owned(), name)),
                    (
                        "roles",
                        &if roles.is_empty() {
                            nobody.to_owned()
                        } else {
                            roles.join(", ")
                        }
                    ),
                ],
            )
        );
    }
    out::line(&fill(
        lang.pick(t::CLI_CHECK_OK),
        &[
            ("path", &shown),
            ("v", &ws.version.to_string()),
            ("a", &ws.actors.len().to_string()),
            ("r", &ws.relations.len().to_string()),
            ("t", &ws.topics.len().to_string()),
            ("l", &ws.log.len().to_string()),
        ],
    ));
    if ws.version > crate::workspace::VERSION {
        out::line(&fill(
            lang.pick(t::CHECK_NEWER),
            &[
                ("v", &ws.version.to_string()),
                ("mine", &crate::workspace::VERSION.to_string()),
            ],
        ));
    }
    if ws.conflicts.is_empty() {
        return Ok(());
    }
    for c in &ws.conflicts {
        out::line(&format!("  {}", conflict_line(&ws, c, lang)));
    }
    Err(UserError(fill(
        lang.pick(t::CHECK_CONFLICTS),
        &[(
            "fields",
            &t::count(lang, ws.conflicts.len(), t::MERGE_FIELD, t::MERGE_FIELDS),
        )],
    )))
}

/// One open conflict: the record by name, the field, and the values of both sides.
pub fn conflict_line(
    ws: &Workspace,
    c: &crate::workspace::conflict::Conflict,
    lang: Lang,
) -> String {
    let (list, record, field) = c.describe(ws, lang);
    fill(
        lang.pick(t::CONFLICT_LINE),
        &[
            ("list", &list),
            ("record", &record),
            ("field", &field),
            (
                "ours",
                &crate::workspace::conflict::value_text(c.ours.as_ref(), lang),
            ),
            (
                "theirs",
                &crate::workspace::conflict::value_text(c.theirs.as_ref(), lang),
            ),
        ],
    )
}

/// A log entry as lines: when, what kind, the text, then who was there, every decision and
/// every follow-up with owner, due date and state.
fn log_line(ws: &Workspace, e: &crate::workspace::LogEntry, lang: Lang) -> String {
    let name = |id: &crate::workspace::Id| clean(ws.actor_name(*id)).into_owned();
    let mut out = format!("{}\t{}\t{}", e.at, lang.pick(e.kind.text()), clean(&e.text));
    if !e.present.is_empty() {
        let who: Vec<String> = e.present.iter().map(name).collect();
        let _ = write!(
            out,
            "\n  {}: {}",
            lang.pick(t::LIST_PRESENT),
            who.join(", ")
        );
    }
    for d in &e.decisions {
        let _ = write!(out, "\n  {}: {}", lang.pick(t::LIST_DECISION), clean(d));
    }
    for f in &e.follow_ups {
        let mut line = format!("\n  {}: {}", lang.pick(t::LIST_FOLLOW_UP), clean(&f.text));
        if let Some(o) = &f.owner {
            let _ = write!(line, " · {}", name(o));
        }
        if let Some(d) = f.due {
            let _ = write!(line, " · {d}");
        }
        let state = if f.done { t::LIST_DONE } else { t::LIST_OPEN };
        let _ = write!(line, " · {}", lang.pick(state));
        out.push_str(&line);
    }
    out
}

fn rows(ws: &Workspace, what: ListWhat, lang: Lang) -> Vec<(Value, String)> {
    let term = |l: crate::i18n::L| lang.pick(l).to_owned();
    match what {
        ListWhat::Actors => ws
            .actors
            .iter()
            .map(|a| {
                let roles: Vec<&str> = a.current_roles().map(|p| lang.pick(p.role.text())).collect();
                let json = json!({
                    "id": a.id, "name": a.name, "kind": a.kind, "represents": a.represents,
                    "position": a.position, "roles": a.current_roles().map(|p| p.role).collect::<Vec<_>>(),
                    "tags": a.tags, "prospective": a.prospective,
                });
                let pos = a.position.map(|p| term(p.text())).unwrap_or_default();
                (json, format!("{}\t{}\t{}\t{}", clean(&a.name), term(a.kind.text()), pos, roles.join(", ")))
            })
            .collect(),
        ListWhat::Topics => ws
            .topics
            .iter()
            .map(|t| {
                let c = t.counts();
                let json = json!({"id": t.id, "title": t.title, "weten": c[0], "meedenken": c[1], "meedoen": c[2], "meebepalen": c[3]});
                (json, format!("{}\tweten {} · meedenken {} · meedoen {} · meebepalen {}", clean(&t.title), c[0], c[1], c[2], c[3]))
            })
            .collect(),
        ListWhat::Ambitions => ws
            .ambitions
            .iter()
            .map(|a| {
                let leader = a.leader.map(|id| clean(ws.actor_name(id)).into_owned());
                let members = fill(lang.pick(t::CLI_IN_COALITION), &[("n", &a.coalition.len().to_string())]);
                let json = json!({"id": a.id, "title": a.title, "kind": a.kind, "status": a.status, "coalition": a.coalition, "leader": a.leader});
                (json, format!("{}\t{}\t{members}\t{}", clean(&a.title), term(a.status.text()), leader.unwrap_or_default()))
            })
            .collect(),
        ListWhat::Log => ws
            .log
            .iter()
            .map(|e| {
                let json = serde_json::to_value(e).unwrap_or(Value::Null);
                (json, log_line(ws, e, lang))
            })
            .collect(),
        // The card as it stands: the latest session's words, per area, most dots first.
        ListWhat::Identity => crate::workspace::Area::ALL
            .iter()
            .flat_map(|a| ws.identity.area_words(*a))
            .map(|w| {
                let session = ws.identity.session_of(w);
                let json = json!({"id": w.id, "area": w.area, "text": w.text, "dots": w.dots, "weight": w.weight, "session": session});
                (json, format!("{}\t{}\t{}", term(w.area.text()), clean(&w.text), w.dots))
            })
            .collect(),
    }
}

/// `knoop list WHAT [--json]`.
pub fn list(path: &Path, what: ListWhat, as_json: bool, lang: Lang) -> Result<(), UserError> {
    let ws = load(path, lang)?;
    let rows = rows(&ws, what, lang);
    if as_json {
        let all: Vec<Value> = rows.into_iter().map(|(j, _)| j).collect();
        out::line(&serde_json::to_string_pretty(&all).unwrap_or_default());
    } else {
        for (_, line) in rows {
            out::line(&line);
        }
    }
    Ok(())
}
