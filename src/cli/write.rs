//! Commands that change the workspace: `note`, `add`, `demo`.
//!
//! They never fail or lose a write because of the lock: with no TUI open they take the lock for
//! their read-modify-write (waiting briefly for another shell command); with a TUI open they
//! hand the change over through the journal, which the TUI applies within a second.

use super::out;
use std::path::Path;
use std::time::Duration;

use super::{AddActorArgs, AddRelationArgs, CheckinArgs, NoteArgs, UserError};
use crate::i18n::{self as t, Lang, fill};
use crate::store::journal::{self, Entry};
use crate::store::lock::{self, Holder, LockError};
use crate::store::{self, Loaded};
use crate::workspace::text::clean;
use crate::workspace::{Actor, FollowUp, Id, LogEntry, Relation, RolePeriod, Workspace};

/// The demo network, embedded.
pub const DEMO: &str = include_str!("../../assets/demo.json");

/// Writes the demo network to `file`.
pub fn demo(file: &Path, force: bool, lang: Lang) -> Result<(), UserError> {
    let shown = file.display().to_string();
    let existing = std::fs::read(file).ok();
    if existing.is_some() && !force {
        let bak = store::backup_path(file).display().to_string();
        return Err(UserError(fill(
            lang.pick(t::CLI_DEMO_EXISTS),
            &[("path", &shown), ("bak", &bak)],
        )));
    }
    let cannot = |e: &dyn std::fmt::Display| {
        UserError(fill(
            lang.pick(t::CLI_CANNOT_WRITE),
            &[("path", &shown), ("e", &e.to_string())],
        ))
    };
    store::ensure_dir(file).map_err(|e| cannot(&e))?;
    store::write_atomic(file, DEMO.as_bytes(), existing.as_deref()).map_err(|e| cannot(&e))?;
    out::line(&fill(lang.pick(t::CLI_DEMO_WRITTEN), &[("path", &shown)]));
    Ok(())
}

fn load_or_new(path: &Path, lang: Lang) -> Result<Option<Loaded>, UserError> {
    if !path.exists() {
        return Ok(None);
    }
    store::load(path)
        .map(Some)
        .map_err(|e| UserError(e.message(lang)))
}

/// Builds one journal entry from the current workspace (file plus pending hand-overs), and gets
/// it into the file, directly or through the open TUI.
fn hand_in(
    path: &Path,
    read_only: bool,
    lang: Lang,
    make: impl FnOnce(&Workspace) -> Result<Entry, UserError>,
) -> Result<String, UserError> {
    hand_in_all(path, read_only, lang, |ws| make(ws).map(|e| vec![e]))
}

/// [`hand_in`] for changes that belong together: applied, or handed over, as one.
pub(super) fn hand_in_all(
    path: &Path,
    read_only: bool,
    lang: Lang,
    make: impl FnOnce(&Workspace) -> Result<Vec<Entry>, UserError>,
) -> Result<String, UserError> {
    let shown = path.display().to_string();
    let say = |l: t::L, args: &[(&str, &str)]| fill(lang.pick(l), args);
    if read_only {
        return Err(UserError(say(t::CLI_READ_ONLY, &[])));
    }
    store::ensure_dir(path).map_err(|e| {
        UserError(say(
            t::CLI_CANNOT_CREATE,
            &[("path", &shown), ("e", &e.to_string())],
        ))
    })?;
    match lock::acquire_within(path, Holder::Cli, Duration::from_secs(5)) {
        Ok(_lock) => {
            let loaded = load_or_new(path, lang)?;
            if loaded.as_ref().is_some_and(|l| l.newer) {
                return Err(UserError(say(t::CLI_NEWER, &[("path", &shown)])));
            }
            let (mut ws, before) = match loaded {
                Some(l) => (l.workspace, Some(l.bytes)),
                None => (Workspace::new(""), None),
            };
            store::sweep_temp_files(path);
            let (pending, _) = journal::read(path);
            journal::apply(&mut ws, &pending);
            let entries = make(&ws)?;
            journal::apply(&mut ws, &entries);
            let taken = pending.iter().map(Entry::id).collect();
            store::serialize(&ws)
                .and_then(|bytes| store::write_atomic(path, &bytes, before.as_deref()))
                .map_err(|e| {
                    UserError(say(
                        t::CLI_NOT_SAVED,
                        &[("path", &shown), ("e", &e.to_string())],
                    ))
                })?;
            let _ = journal::trim(path, &ws, &taken);
            // A new file is never made silently: a path on a share that is not mounted would
            // otherwise quietly become a workspace holding only this one change.
            let done = if before.is_none() {
                t::CLI_CREATED
            } else {
                t::CLI_SAVED_IN
            };
            Ok(say(done, &[("path", &shown)]))
        }
        Err(LockError::Held(who)) => {
            let mut ws =
                load_or_new(path, lang)?.map_or_else(|| Workspace::new(""), |l| l.workspace);
            let (pending, _) = journal::read(path);
            journal::apply(&mut ws, &pending);
            let entries = make(&ws)?;
            journal::append_all(path, &entries).map_err(|e| {
                UserError(format!("{}: {e}", journal::journal_path(path).display()))
            })?;
            let held = LockError::Held(who.clone());
            if held.held_by_tui() {
                Ok(say(t::CLI_HANDED, &[("who", &clean(&who))]))
            } else {
                let journal = journal::journal_path(path).display().to_string();
                Ok(say(
                    t::CLI_WAITS,
                    &[("who", &clean(&who)), ("journal", &journal)],
                ))
            }
        }
        Err(LockError::Io(e)) => Err(UserError(say(t::CLI_CANNOT_LOCK, &[("e", &e)]))),
    }
}

/// Finds one actor by name as the TUI's search does: a whole name (case aside), else the one
/// best fuzzy match, which is taken and said on standard error; several equally good ones, or
/// none, are listed with what to do.
pub fn resolve(ws: &Workspace, name: &str, lang: Lang) -> Result<Id, UserError> {
    let quoted = format!("{:?}", clean(name));
    let exact = ws.actors_named(name);
    match exact.as_slice() {
        [one] => return Ok(one.id),
        [] => {}
        many => {
            let ids: Vec<String> = many.iter().map(|a| a.id.to_string()).collect();
            return Err(UserError(fill(
                lang.pick(t::CLI_AMBIGUOUS),
                &[
                    ("n", &many.len().to_string()),
                    ("name", &quoted),
                    ("ids", &ids.join(", ")),
                ],
            )));
        }
    }
    let hits = crate::app::register::fuzzy(ws, name);
    match hits.as_slice() {
        // Taken only when clearly the one meant: the only match, or a quarter better than the
        // next; a short or common fragment lists the candidates instead.
        [(best, score), rest @ ..]
            if name.trim().chars().count() >= 3
                && rest
                    .first()
                    .is_none_or(|(_, s)| u64::from(*s) * 5 < u64::from(*score) * 4) =>
        {
            let a = &ws.actors[*best];
            eprintln!(
                "knoop: {}",
                fill(
                    lang.pick(t::CLI_TAKEN_AS),
                    &[("name", &quoted), ("actor", &clean(&a.name))]
                )
            );
            Ok(a.id)
        }
        [] => Err(UserError(fill(
            lang.pick(t::CLI_NO_ACTOR),
            &[("name", &quoted), ("hint", lang.pick(t::CLI_ALL_NAMES))],
        ))),
        top => {
            let near: Vec<String> = top
                .iter()
                .take(8)
                .map(|(i, _)| clean(&ws.actors[*i].name).into_owned())
                .collect();
            let hint = fill(
                lang.pick(t::CLI_DID_YOU_MEAN),
                &[("names", &near.join(", "))],
            );
            Err(UserError(fill(
                lang.pick(t::CLI_NO_ACTOR),
                &[("name", &quoted), ("hint", &hint)],
            )))
        }
    }
}

/// `knoop note TEXT [--actor NAME]...`.
pub fn note(path: &Path, args: &NoteArgs, read_only: bool, lang: Lang) -> Result<(), UserError> {
    let text = clean(&args.text).trim().to_owned();
    if text.is_empty() {
        return Err(UserError(lang.pick(t::CLI_NOTE_EMPTY).to_owned()));
    }
    let msg = hand_in(path, read_only, lang, |ws| {
        let mut entry = LogEntry::note(&text, jiff::Timestamp::now());
        for name in &args.actor {
            entry.actors.push(resolve(ws, name, lang)?);
        }
        if let Some(title) = &args.ambition {
            entry.ambition = Some(resolve_ambition(ws, title, lang)?);
        }
        Ok(Entry::AddLog(entry))
    })?;
    out::line(&fill(lang.pick(t::CLI_NOTE_DONE), &[("msg", &msg)]));
    Ok(())
}

/// Finds one ambition by title, case-insensitively.
pub(super) fn resolve_ambition(ws: &Workspace, title: &str, lang: Lang) -> Result<Id, UserError> {
    let wanted = title.trim().to_lowercase();
    ws.ambitions
        .iter()
        .find(|a| a.title.to_lowercase() == wanted)
        .map(|a| a.id)
        .ok_or_else(|| {
            let all: Vec<String> = ws
                .ambitions
                .iter()
                .map(|a| clean(&a.title).into_owned())
                .collect();
            UserError(fill(
                lang.pick(t::CLI_NO_AMBITION),
                &[
                    ("title", &format!("{:?}", clean(title))),
                    ("all", &all.join(", ")),
                ],
            ))
        })
}

/// `knoop checkin [--present NAME,...] [--decision TEXT]... [--followup TEXT --owner NAME --due DATE]`.
pub fn checkin(
    path: &Path,
    args: &CheckinArgs,
    read_only: bool,
    lang: Lang,
) -> Result<(), UserError> {
    let blank = |s: &str| clean(s).trim().is_empty();
    if blank(&args.text)
        && args.present.iter().all(|p| blank(p))
        && args.decision.iter().all(|d| blank(d))
        && args.followup.as_deref().is_none_or(blank)
    {
        return Err(UserError(lang.pick(t::CLI_CHECKIN_EMPTY).to_owned()));
    }
    if args.followup.as_deref().is_some_and(blank) {
        return Err(UserError(lang.pick(t::FOLLOW_UP_EMPTY).to_owned()));
    }
    let due = match &args.due {
        Some(d) => Some(
            crate::workspace::dates::parse(d, jiff::Zoned::now().date()).map_err(|e| {
                UserError(fill(lang.pick(t::CLI_BAD_DUE), &[("e", &e.message(lang))]))
            })?,
        ),
        None => None,
    };
    let clean = |s: &str| clean(s).trim().to_owned();
    let msg = hand_in(path, read_only, lang, |ws| {
        let mut entry = LogEntry::checkin(&clean(&args.text), jiff::Timestamp::now());
        for name in args.present.iter().filter(|n| !n.trim().is_empty()) {
            let id = resolve(ws, name, lang)?;
            if !entry.present.contains(&id) {
                entry.present.push(id);
            }
        }
        entry.decisions = args
            .decision
            .iter()
            .map(|d| clean(d))
            .filter(|d| !d.is_empty())
            .collect();
        if let Some(text) = &args.followup {
            let owner = args
                .owner
                .as_deref()
                .map(|o| resolve(ws, o, lang))
                .transpose()?;
            entry
                .follow_ups
                .push(FollowUp::new(&clean(text), owner, due));
        }
        Ok(Entry::AddLog(entry))
    })?;
    out::line(&fill(lang.pick(t::CLI_CHECKIN_DONE), &[("msg", &msg)]));
    Ok(())
}

/// `knoop add actor NAME [...]`.
pub fn add_actor(
    path: &Path,
    args: &AddActorArgs,
    read_only: bool,
    lang: Lang,
) -> Result<(), UserError> {
    let name = clean(&args.name).trim().to_owned();
    if name.is_empty() {
        return Err(UserError(lang.pick(t::CLI_NAME_NEEDED).to_owned()));
    }
    let quoted = format!("{name:?}");
    let mut actor = Actor::new(&name);
    if let Some(k) = args.kind {
        actor.kind = k;
    }
    actor.position = args.position;
    if let Some(role) = args.role {
        actor.roles.push(RolePeriod {
            role,
            coalition: None,
            from: jiff::Zoned::now().date(),
            until: None,
            extra: crate::workspace::Extra::new(),
        });
    }
    actor.represents = args.org.clone().unwrap_or_default();
    actor.tags.clone_from(&args.tag);
    actor.prospective = args.prospective;
    let msg = hand_in(path, read_only, lang, |ws| {
        if !ws.actors_named(&name).is_empty() {
            return Err(UserError(fill(
                lang.pick(t::CLI_NAME_EXISTS),
                &[("name", &quoted)],
            )));
        }
        Ok(Entry::AddActor(Box::new(actor)))
    })?;
    out::line(&fill(
        lang.pick(t::CLI_ACTOR_DONE),
        &[("name", &quoted), ("msg", &msg)],
    ));
    Ok(())
}

/// `knoop add relation FROM TO [--kind K] [--mutual]`.
pub fn add_relation(
    path: &Path,
    args: &AddRelationArgs,
    read_only: bool,
    lang: Lang,
) -> Result<(), UserError> {
    let msg = hand_in(path, read_only, lang, |ws| {
        let (from, to) = (resolve(ws, &args.from, lang)?, resolve(ws, &args.to, lang)?);
        let mut r = Relation::new(from, to, &clean(&args.kind));
        r.mutual = args.mutual;
        Ok(Entry::AddRelation(r))
    })?;
    out::line(&fill(lang.pick(t::CLI_RELATION_DONE), &[("msg", &msg)]));
    Ok(())
}
