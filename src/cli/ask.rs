//! `knoop ask`: the questionnaire as plain prompts, line by line, for a poor connection or a
//! script. It walks the same screens as the Basis pane, edits the same records, and saves after
//! every screen, so stopping halfway (or the end of the input) loses nothing.

use crate::questionnaire::{ScreenId, linked_screens, list_screens};
use std::io::{BufRead, Write};
use std::path::Path;
use std::time::Duration;

mod assign;

use super::UserError;
use crate::i18n::{self as t, Lang, fill};
use crate::questionnaire::{self as q, screens};
use crate::store::{self, journal, lock};
use crate::workspace::Vocabulary;
use crate::workspace::{Form, NetworkType, Phase, Workspace};

struct Session<'a> {
    ws: Workspace,
    path: &'a Path,
    on_disk: Option<Vec<u8>>,
    lang: Lang,
}

impl Session<'_> {
    fn save(&mut self) -> Result<(), UserError> {
        let bytes = store::serialize(&self.ws)
            .and_then(|bytes| {
                store::write_atomic(self.path, &bytes, self.on_disk.as_deref())?;
                Ok(bytes)
            })
            .map_err(|e| {
                let (path, e) = (self.path.display().to_string(), e.to_string());
                UserError(fill(
                    self.lang.pick(t::CLI_NOT_SAVED),
                    &[("path", &path), ("e", &e)],
                ))
            })?;
        self.on_disk = Some(bytes);
        Ok(())
    }
}

fn read_line(input: &mut dyn BufRead) -> Option<String> {
    let mut line = String::new();
    match input.read_line(&mut line) {
        Ok(0) | Err(_) => None,
        Ok(_) => Some(line.trim_end_matches(['\n', '\r']).to_owned()),
    }
}

fn ask(out: &mut dyn Write, input: &mut dyn BufRead, prompt: &str) -> Option<String> {
    let _ = write!(out, "{prompt} ");
    let _ = out.flush();
    read_line(input)
}

/// The input ended before the question was answered.
struct Ended;

/// A choice by number or by name (its words in either language, or the start of what it is
/// called); an empty answer keeps `current`, an answer it does not know is asked again with
/// the choices.
fn choose<T: Vocabulary>(
    s: &Session,
    out: &mut dyn Write,
    input: &mut dyn BufRead,
    options: &[T],
    current: Option<T>,
) -> Result<Option<T>, Ended> {
    for (i, o) in options.iter().enumerate() {
        let _ = writeln!(out, "  {} {}", i + 1, s.lang.pick(o.text()));
    }
    loop {
        let answer = ask(out, input, s.lang.pick(t::ASK_CHOOSE)).ok_or(Ended)?;
        let answer = answer.trim().to_lowercase();
        if answer.is_empty() {
            return Ok(current);
        }
        let by_number = answer
            .parse::<usize>()
            .ok()
            .and_then(|n| options.get(n.wrapping_sub(1)).copied());
        // Its own words, else the one whose name (in either language) has a word starting
        // with the answer: `task` for opgavegericht (task-oriented); two that fit are asked again.
        let by_name = || {
            T::parse(&answer)
                .filter(|p| options.contains(p))
                .or_else(|| {
                    let fits: Vec<T> = options
                        .iter()
                        .copied()
                        .filter(|o| {
                            [o.text().nl, o.text().en].iter().any(|name| {
                                name.to_lowercase()
                                    .split(|c: char| !c.is_alphanumeric())
                                    .any(|w| w.starts_with(&answer))
                            })
                        })
                        .collect();
                    match fits.as_slice() {
                        [one] => Some(*one),
                        _ => None,
                    }
                })
        };
        if let Some(chosen) = by_number.or_else(by_name) {
            return Ok(Some(chosen));
        }
        let names: Vec<String> = options
            .iter()
            .enumerate()
            .map(|(i, o)| format!("{} {}", i + 1, s.lang.pick(o.text())))
            .collect();
        let _ = writeln!(
            out,
            "{}",
            crate::i18n::fill(
                s.lang.pick(t::ASK_AGAIN),
                &[
                    ("answer", &crate::workspace::text::clean(&answer)),
                    ("names", &names.join(", "))
                ],
            )
        );
    }
}

/// Runs the questionnaire from the screen the user was on.
pub fn run(
    path: &Path,
    lang: Lang,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
) -> Result<(), UserError> {
    let shown = path.display().to_string();
    let say = |l: t::L, args: &[(&str, &str)]| UserError(fill(lang.pick(l), args));
    store::ensure_dir(path).map_err(|e| {
        say(
            t::CLI_CANNOT_CREATE,
            &[("path", &shown), ("e", &e.to_string())],
        )
    })?;
    let _lock = match lock::acquire_within(path, lock::Holder::Cli, Duration::from_secs(5)) {
        Ok(l) => l,
        Err(lock::LockError::Held(who)) => {
            return Err(say(
                t::CLI_ASK_OPEN,
                &[
                    ("path", &shown),
                    ("who", &crate::workspace::text::clean(&who)),
                    (
                        "key",
                        &crate::app::keymap::key_of(crate::app::Action::ShowPane(
                            crate::app::Pane::Basis,
                        )),
                    ),
                ],
            ));
        }
        Err(lock::LockError::Io(e)) => return Err(say(t::CLI_CANNOT_LOCK, &[("e", &e)])),
    };
    let (mut ws, on_disk) = if path.exists() {
        let l = store::load(path).map_err(|e| UserError(e.message(lang)))?;
        if l.newer {
            return Err(say(t::CLI_NEWER, &[("path", &shown)]));
        }
        (l.workspace, Some(l.bytes))
    } else {
        (Workspace::new(""), None)
    };
    journal::apply(&mut ws, &journal::read(path).0);
    let mut s = Session {
        ws,
        path,
        on_disk,
        lang,
    };
    let all = screens();
    for i in q::current(&s.ws)..all.len() {
        let screen = &all[i];
        let _ = writeln!(
            out,
            "\n{}/{} · {}\n{}",
            i + 1,
            all.len(),
            screen.title.get(lang),
            screen.question.get(lang)
        );
        for p in screen.prompts.get(lang) {
            let _ = writeln!(out, "  · {p}");
        }
        if let Some(hint) = q::type_hint(screen.id, s.ws.network.kind) {
            let _ = writeln!(out, "  {}", lang.pick(hint));
        }
        // What the file holds is shown, never interpreted by the terminal.
        let now = q::answer_text(&s.ws, screen.id);
        if !now.trim().is_empty() {
            let _ = writeln!(out, "{}:", lang.pick(t::ANSWER));
            for line in now.lines() {
                let _ = writeln!(out, "  {}", crate::workspace::text::clean(line));
            }
        }
        screen
            .id
            .as_str()
            .clone_into(&mut s.ws.questionnaire.screen);
        if !answer_screen(&mut s, screen.id, input, out) {
            s.save()?;
            return Ok(());
        }
        s.save()?;
    }
    let _ = writeln!(out, "\n{}", lang.pick(t::ASK_DONE));
    summary(&s.ws, lang, out);
    Ok(())
}

/// The end: how many screens are answered, what the method advises next in this phase, and
/// its points of attention, as the Basis pane's last screen shows them.
fn summary(ws: &crate::workspace::Workspace, lang: Lang, out: &mut dyn Write) {
    let all = screens();
    let states: Vec<Option<bool>> = all.iter().map(|s| q::is_answered(ws, s)).collect();
    let answered = states.iter().filter(|a| **a == Some(true)).count();
    let total = states.iter().filter(|a| a.is_some()).count();
    let _ = writeln!(
        out,
        "\n{}: {answered}/{total} {}",
        lang.pick(t::SUMMARY_TITLE),
        lang.pick(t::ANSWERED)
    );
    let open: Vec<&str> = all
        .iter()
        .zip(&states)
        .filter(|(_, a)| **a == Some(false))
        .map(|(s, _)| s.title.get(lang))
        .collect();
    if !open.is_empty() {
        let _ = writeln!(out, "{}: {}", lang.pick(t::ASK_NOT_YET), open.join(", "));
    }
    let next = crate::analysis::next_steps(ws.network.phase);
    let _ = writeln!(out, "{}: {}", lang.pick(t::NEXT_STEPS), lang.pick(next));
    let today = jiff::Zoned::now().date();
    // knoop ask records no decision: the TUI's key for it is named.
    let key = format!(
        "{} in knoop",
        crate::app::keymap::key_of(crate::app::Action::DecideCycle)
    );
    for line in crate::analysis::phase::guidance(ws, today, lang, Some(&key)) {
        let _ = writeln!(out, "{line}");
    }
    for g in crate::analysis::gaps(ws, today) {
        let _ = writeln!(out, "! {}", g.text(lang));
    }
}

/// Asks for a list screen's lines, one per line until an empty one; `false` when the input
/// ended (what was typed is kept).
fn ask_list(s: &mut Session, id: ScreenId, input: &mut dyn BufRead, out: &mut dyn Write) -> bool {
    let _ = writeln!(out, "{}", s.lang.pick(t::ASK_LIST));
    let mut lines = Vec::new();
    let complete = each_line(out, input, |line, _| lines.push(line));
    q::apply_list(&mut s.ws, id, &lines);
    complete
}

/// Hands every line typed after a `>` to `take` (with `out`, to answer on) until an empty
/// one; `false` when the input ended first.
fn each_line(
    out: &mut dyn Write,
    input: &mut dyn BufRead,
    mut take: impl FnMut(String, &mut dyn Write),
) -> bool {
    loop {
        let Some(line) = ask(out, input, ">") else {
            return false;
        };
        if line.trim().is_empty() {
            return true;
        }
        take(line, out);
    }
}

/// Asks one screen's questions; `false` when the input ended.
fn answer_screen(
    s: &mut Session,
    id: ScreenId,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
) -> bool {
    let lang = s.lang;
    match id {
        ScreenId::Welcome => {
            let Some(name) = ask(
                out,
                input,
                &format!("{}:", lang.pick(t::FIELD_NETWORK_NAME)),
            ) else {
                return false;
            };
            let Some(issue) = ask(out, input, &format!("{}:", lang.pick(t::ISSUE))) else {
                return false;
            };
            let mut n = s.ws.network.clone();
            if !name.trim().is_empty() {
                n.name = crate::workspace::text::clean(name.trim()).into_owned();
            }
            if !issue.trim().is_empty() {
                n.issue = crate::workspace::text::clean(issue.trim()).into_owned();
            }
            s.ws.network = n;
        }
        ScreenId::Type => match choose(
            s,
            out,
            input,
            &[
                NetworkType::Opgavegericht,
                NetworkType::Interactiegericht,
                NetworkType::Gemengd,
            ],
            s.ws.network.kind,
        ) {
            Err(Ended) => return false,
            Ok(v) => s.ws.network.kind = v,
        },
        ScreenId::Phase => match choose(
            s,
            out,
            input,
            &[
                Phase::Verkennen,
                Phase::Ontwikkelen,
                Phase::Vitaliseren,
                Phase::BestendigenStoppen,
            ],
            s.ws.network.phase,
        ) {
            Err(Ended) => return false,
            Ok(v) => s.ws.network.enter(v, jiff::Zoned::now().date()),
        },
        ScreenId::Vorm => match choose(
            s,
            out,
            input,
            &[
                Form::Informal,
                Form::Platform,
                Form::LeadOrganisation,
                Form::LegalEntity,
                Form::Other,
            ],
            s.ws.foundation.form,
        ) {
            Err(Ended) => return false,
            Ok(v) => s.ws.foundation.form = v,
        },
        list_screens!() => {
            if !ask_list(s, id, input, out) {
                return false;
            }
        }
        ScreenId::Summary => return true,
        linked_screens!() => {
            if !assign::answer(s, id, input, out) {
                return false;
            }
        }
    }
    let Some(comment) = ask(out, input, lang.pick(t::ASK_COMMENT)) else {
        return false;
    };
    if !comment.trim().is_empty() {
        let text = crate::workspace::text::clean(comment.trim()).into_owned();
        q::set_answer(&mut s.ws, id, &text, jiff::Timestamp::now());
    }
    true
}
