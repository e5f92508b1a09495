//! `knoop ask` on the screens that assign (roles, positions, engagement, halen en brengen,
//! leadership): lines `name: value`, as the screen's answer shows them, one per line until an
//! empty one. A name is found as `knoop` finds it everywhere (whole, else the one clear fuzzy
//! match); a name or value it does not know is said and the line asked again. What is typed
//! goes through the same functions as the Basis pane's forms.

use std::collections::BTreeMap;
use std::io::{BufRead, Write};

use super::Session;
use crate::i18n::{self as t, fill};
use crate::questionnaire::{ScreenId, assign};
use crate::workspace::{Engagement, Id, Orientation, Position, Role, Vocabulary, Workspace};

/// What an actor brings and gets, each as typed or left as it is.
type GiveTake = (Id, Option<Vec<String>>, Option<Vec<String>>);

/// What the user typed, gathered before anything is applied.
#[derive(Default)]
struct Typed {
    positions: BTreeMap<Id, Option<Position>>,
    roles: BTreeMap<Id, Vec<(Role, Option<Id>)>>,
    engagement: Vec<(Id, Id, Option<Engagement>)>,
    give_take: Vec<GiveTake>,
    leadership: BTreeMap<Orientation, Vec<Id>>,
}

/// Asks an assignment screen's lines; `false` when the input ended (what was typed is kept).
pub(super) fn answer(
    s: &mut Session,
    id: ScreenId,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
) -> bool {
    let lang = s.lang;
    let _ = writeln!(out, "{}", lang.pick(t::ASK_ASSIGN));
    let _ = writeln!(out, "  {}", lang.pick(example(id)));
    let mut typed = Typed::default();
    let complete = super::each_line(out, input, |line, out| {
        if let Err(why) = read(&s.ws, id, &line, lang, &mut typed) {
            let _ = writeln!(out, "{why}");
        }
    });
    apply(&mut s.ws, typed);
    complete
}

fn example(id: ScreenId) -> t::L {
    match id {
        ScreenId::Roles => t::ASK_EXAMPLE_ROLES,
        ScreenId::Positions => t::ASK_EXAMPLE_POSITIONS,
        ScreenId::Engagement => t::ASK_EXAMPLE_ENGAGEMENT,
        ScreenId::HalenBrengen => t::ASK_EXAMPLE_HALEN_BRENGEN,
        _ => t::ASK_EXAMPLE_LEADERSHIP,
    }
}

/// A value of a vocabulary, or `-` for none; otherwise what it could have been.
fn term<T: Vocabulary>(value: &str, lang: t::Lang) -> Result<Option<T>, String> {
    if value.trim() == "-" || value.trim().is_empty() {
        return Ok(None);
    }
    T::parse(value).map(Some).ok_or_else(|| {
        let names: Vec<&str> = T::ALL.iter().map(|v| lang.pick(v.text())).collect();
        fill(
            lang.pick(t::ASK_VALUE_UNKNOWN),
            &[
                ("value", &crate::workspace::text::clean(value.trim())),
                ("names", &names.join(", ")),
            ],
        )
    })
}

fn actor(ws: &Workspace, name: &str, lang: t::Lang) -> Result<Id, String> {
    crate::cli::write::resolve(ws, name.trim(), lang).map_err(|e| e.0)
}

/// The topic or ambition whose title is `text` (case aside), or the one that starts so.
fn titled<'a>(titles: impl Iterator<Item = (Id, &'a str)>, text: &str) -> Option<Id> {
    let text = text.trim().to_lowercase();
    let all: Vec<(Id, String)> = titles.map(|(id, t)| (id, t.to_lowercase())).collect();
    if let Some((id, _)) = all.iter().find(|(_, t)| *t == text) {
        return Some(*id);
    }
    match all
        .iter()
        .filter(|(_, t)| t.starts_with(&text))
        .collect::<Vec<_>>()
        .as_slice()
    {
        [(id, _)] => Some(*id),
        _ => None,
    }
}

fn read(
    ws: &Workspace,
    id: ScreenId,
    line: &str,
    lang: t::Lang,
    typed: &mut Typed,
) -> Result<(), String> {
    let (key, value) = line
        .split_once(':')
        .ok_or_else(|| lang.pick(t::ASK_NEED_COLON).to_owned())?;
    match id {
        ScreenId::Positions => {
            let who = actor(ws, key, lang)?;
            typed.positions.insert(who, term(value, lang)?);
        }
        ScreenId::Roles => {
            let who = actor(ws, key, lang)?;
            let mut roles = Vec::new();
            for item in value
                .split(',')
                .map(str::trim)
                .filter(|i| !i.is_empty() && *i != "-")
            {
                let (word, of) = match item.split_once('(') {
                    Some((w, rest)) => (w.trim(), Some(rest.trim_end_matches(')'))),
                    None => (item, None),
                };
                let role: Role = term(word, lang)?.ok_or_else(|| word.to_owned())?;
                let ambition = match (role, of) {
                    (Role::Coalitieleider, Some(title)) => Some(
                        titled(ws.ambitions.iter().map(|a| (a.id, a.title.as_str())), title)
                            .ok_or_else(|| {
                                fill(
                                    lang.pick(t::ASK_NO_SUCH),
                                    &[("what", &crate::workspace::text::clean(title))],
                                )
                            })?,
                    ),
                    (Role::Coalitieleider, None) => {
                        return Err(lang.pick(t::ASK_WHICH_COALITION).to_owned());
                    }
                    _ => None,
                };
                roles.push((role, ambition));
            }
            typed.roles.insert(who, roles);
        }
        ScreenId::Engagement => {
            let (topic, name) = key
                .rsplit_once('·')
                .ok_or_else(|| lang.pick(t::ASK_NEED_COLON).to_owned())?;
            let topic = titled(ws.topics.iter().map(|t| (t.id, t.title.as_str())), topic)
                .ok_or_else(|| {
                    fill(
                        lang.pick(t::ASK_NO_SUCH),
                        &[("what", &crate::workspace::text::clean(topic.trim()))],
                    )
                })?;
            let who = actor(ws, name, lang)?;
            typed.engagement.push((topic, who, term(value, lang)?));
        }
        ScreenId::HalenBrengen => {
            let who = actor(ws, key, lang)?;
            let (mut brings, mut gets) = (None, None);
            for part in value.split('·').map(str::trim) {
                let lower = part.to_lowercase();
                let items = assign::items;
                if let Some(rest) = strip_any(&lower, part, &["brengt", "brings"]) {
                    brings = Some(items(rest));
                } else if let Some(rest) = strip_any(&lower, part, &["haalt", "gets"]) {
                    gets = Some(items(rest));
                } else {
                    return Err(lang.pick(t::ASK_BRINGS_GETS).to_owned());
                }
            }
            typed.give_take.push((who, brings, gets));
        }
        _ => {
            let o: Orientation = term(key, lang)?.ok_or_else(|| key.to_owned())?;
            let mut ids = Vec::new();
            for name in value
                .split(',')
                .map(str::trim)
                .filter(|n| !n.is_empty() && *n != "-")
            {
                ids.push(actor(ws, name, lang)?);
            }
            typed.leadership.insert(o, ids);
        }
    }
    Ok(())
}

/// `part` without a leading word of `words` (compared in `lower`), if it has one.
fn strip_any<'a>(lower: &str, part: &'a str, words: &[&str]) -> Option<&'a str> {
    words
        .iter()
        .find(|w| lower.starts_with(*w))
        .map(|w| part[w.len()..].trim())
}

/// Applies what was typed through the questionnaire's own assignment functions.
fn apply(ws: &mut Workspace, typed: Typed) {
    let today = jiff::Zoned::now().date();
    if !typed.positions.is_empty() {
        let lists: Vec<Vec<Id>> = Position::ALL
            .iter()
            .map(|p| {
                ws.actors
                    .iter()
                    .filter(|a| {
                        typed.positions.get(&a.id).copied().unwrap_or(a.position) == Some(*p)
                    })
                    .map(|a| a.id)
                    .collect()
            })
            .collect();
        assign::positions(ws, &lists);
    }
    if !typed.roles.is_empty() {
        for role in [Role::Netwerkleider, Role::Participant] {
            let holders: Vec<Id> = ws
                .actors
                .iter()
                .filter(|a| match typed.roles.get(&a.id) {
                    Some(roles) => roles.iter().any(|(r, _)| *r == role),
                    None => a
                        .current_roles()
                        .any(|p| p.role == role && p.coalition.is_none()),
                })
                .map(|a| a.id)
                .collect();
            assign::network_role(ws, role, &holders, today);
        }
        for amb in ws.ambitions.clone() {
            let named = typed.roles.iter().find(|(_, roles)| {
                roles
                    .iter()
                    .any(|(r, a)| *r == Role::Coalitieleider && *a == Some(amb.id))
            });
            let leader = match named {
                Some((who, _)) => Some(*who),
                // The leader typed without this coalition steps down from it.
                None if amb.leader.is_some_and(|l| typed.roles.contains_key(&l)) => None,
                None => amb.leader,
            };
            assign::coalition_leader(ws, amb.id, leader, today);
        }
    }
    for (topic, who, level) in typed.engagement {
        assign::engagement(ws, topic, who, level);
    }
    for (who, brings, gets) in typed.give_take {
        assign::halen_brengen(ws, who, brings, gets);
    }
    if !typed.leadership.is_empty() {
        let lists: Vec<Vec<Id>> = Orientation::ALL
            .iter()
            .map(|o| match typed.leadership.get(o) {
                Some(ids) => ids.clone(),
                None => ws
                    .foundation
                    .leadership
                    .iter()
                    .filter(|c| c.orientation == *o)
                    .map(|c| c.actor)
                    .collect(),
            })
            .collect();
        assign::leadership(ws, &lists);
    }
}
