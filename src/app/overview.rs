//! The Overview's to-do: what the leader should act on today and what the method would point
//! out, as rows the pane scrolls through.

use super::{Action, App, Pane};
use crate::analysis::{Gap, Todo};
use crate::i18n::{self as t, fill};
use crate::workspace::dates::short;
use crate::workspace::text::shown;

/// The Overview pane's own state.
#[derive(Debug, Default)]
pub struct OverviewPane {
    /// The first line of the to-do shown.
    pub top: usize,
}

/// The most rows a section of the to-do lists.
const SECTION_ROWS: usize = 12;

/// How a row of the to-do reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// A section heading.
    Heading,
    /// Needs action now.
    Warn,
    /// Worth knowing.
    Plain,
    /// All is well.
    Ok,
    /// Less important: prompts, explanations.
    Muted,
}

impl App {
    /// The welcome of an empty workspace: where the file is, how to start.
    fn welcome_rows(&self) -> Vec<(Tone, String)> {
        let path = self.path.display().to_string();
        let mut rows = vec![
            (Tone::Heading, self.t(t::WELCOME_HEAD).to_owned()),
            (
                Tone::Plain,
                fill(self.t(t::WELCOME_FILE), &[("path", &path)]),
            ),
            (Tone::Plain, String::new()),
        ];
        let key = |a| super::keymap::key_of(a);
        rows.push((
            Tone::Plain,
            self.t_key(t::WELCOME_BASIS, Action::ShowPane(Pane::Basis)),
        ));
        rows.push((
            Tone::Plain,
            fill(
                self.t(t::WELCOME_ACTORS),
                &[
                    ("pane", &key(Action::ShowPane(Pane::Actors))),
                    ("key", &key(Action::AddActor)),
                ],
            ),
        ));
        rows.push((Tone::Plain, self.t(t::WELCOME_DEMO).to_owned()));
        let keys = fill(
            self.t(t::WELCOME_KEYS),
            &[
                ("help", &key(Action::ToggleHelp)),
                ("palette", &key(Action::OpenPalette)),
            ],
        );
        rows.push((Tone::Plain, keys));
        rows
    }

    /// The to-do and the points of attention, one row each, headings included.
    pub fn overview_rows(&self) -> Vec<(Tone, String)> {
        let mut rows = Vec::new();
        let heading = |rows: &mut Vec<(Tone, String)>, last: &mut Option<t::L>, l: t::L| {
            if *last != Some(l) {
                rows.push((Tone::Heading, self.t(l).to_owned()));
                *last = Some(l);
            }
        };
        let mut last = None;
        // A network with nothing in it yet gets a welcome, not warnings about what it lacks.
        if self.ws.actors.is_empty() && self.ws.topics.is_empty() && self.ws.log.is_empty() {
            return self.welcome_rows();
        }
        rows.extend(self.conflicts_row());
        let weeks = self.ws.settings.contact_weeks().to_string();
        // A long section lists its first rows and says how many more there are: a network of
        // thousands would otherwise push everything else off the list.
        let section = |item: &Todo| std::mem::discriminant(item);
        let mut in_section = 0;
        let mut hidden = 0;
        for (i, item) in self.views.todo.iter().enumerate() {
            let first = i == 0 || section(&self.views.todo[i - 1]) != section(item);
            if first {
                in_section = 0;
            }
            in_section += 1;
            if in_section > SECTION_ROWS {
                hidden += 1;
                let last_of_section = self
                    .views
                    .todo
                    .get(i + 1)
                    .is_none_or(|next| section(next) != section(item));
                if last_of_section {
                    let n = hidden.to_string();
                    rows.push((Tone::Plain, fill(self.t(t::TODO_MORE), &[("n", &n)])));
                    hidden = 0;
                }
                continue;
            }
            match item {
                Todo::Overdue(e, f) | Todo::DueSoon(e, f) => {
                    let overdue = matches!(item, Todo::Overdue(..));
                    heading(
                        &mut rows,
                        &mut last,
                        if overdue {
                            t::TODO_OVERDUE
                        } else {
                            t::TODO_SOON
                        },
                    );
                    let Some(fu) = self.ws.log.get(*e).and_then(|x| x.follow_ups.get(*f)) else {
                        continue;
                    };
                    let due = fu.due.map(|d| short(d, self.lang)).unwrap_or_default();
                    let owner = fu
                        .owner
                        .map(|o| format!(" ({})", shown(self.ws.actor_name(o))))
                        .unwrap_or_default();
                    let tone = if overdue { Tone::Warn } else { Tone::Plain };
                    rows.push((tone, format!("{due}  {}{owner}", shown(&fu.text))));
                }
                Todo::LostTouch(id, seen) => {
                    if last != Some(t::TODO_LOST) {
                        rows.push((Tone::Heading, fill(self.t(t::TODO_LOST), &[("n", &weeks)])));
                        last = Some(t::TODO_LOST);
                    }
                    let when = seen
                        .map_or_else(|| self.t(t::TODO_NEVER).to_owned(), |d| short(d, self.lang));
                    let name = shown(self.ws.actor_name(*id)).into_owned();
                    rows.push((Tone::Plain, format!("{name} · {when}")));
                }
                Todo::NextMeeting(id, day) => {
                    heading(&mut rows, &mut last, t::TODO_MEETINGS);
                    if let Some(a) = self.ws.ambition(*id) {
                        let title = shown(&a.title).into_owned();
                        rows.push((Tone::Plain, format!("{}  {title}", short(*day, self.lang))));
                    }
                }
            }
        }
        if self.views.todo.is_empty() {
            rows.push((Tone::Ok, self.t(t::TODO_NOTHING).to_owned()));
        }
        let phase = self.phase_rows();
        if !phase.is_empty() {
            rows.push((Tone::Heading, String::new()));
            rows.extend(phase);
        }
        rows.push((Tone::Heading, String::new()));
        rows.extend(self.network_rows());
        rows.push((Tone::Heading, String::new()));
        rows.push((Tone::Heading, self.t(t::GAPS).to_owned()));
        if self.views.gaps.is_empty() {
            rows.push((Tone::Ok, self.t(t::NO_GAPS).to_owned()));
        }
        for g in &self.views.gaps {
            rows.push((Tone::Warn, format!("! {}", self.gap_text(g))));
        }
        rows
    }

    /// What the method asks in this phase, ticked from the data; the decision at the end of
    /// the cycle, or the question for it; the phases gone through.
    fn phase_rows(&self) -> Vec<(Tone, String)> {
        let key = super::keymap::key_of(Action::DecideCycle);
        let mut rows: Vec<(Tone, String)> =
            crate::analysis::phase::checklist_lines(&self.ws, self.today, self.lang)
                .into_iter()
                .enumerate()
                .map(|(i, l)| {
                    let tone = if i == 0 {
                        Tone::Heading
                    } else if l.starts_with("[x]") {
                        Tone::Ok
                    } else {
                        Tone::Plain
                    };
                    (tone, l)
                })
                .collect();
        // The closing question stands out until it is answered; the rest is for reading.
        let asks = self.ws.network.decision.is_none()
            && self.ws.network.phase == Some(crate::workspace::Phase::BestendigenStoppen);
        rows.extend(
            crate::analysis::phase::history(&self.ws, self.lang, Some(&key))
                .into_iter()
                .enumerate()
                .map(|(i, l)| {
                    (
                        if asks && i == 0 {
                            Tone::Warn
                        } else {
                            Tone::Plain
                        },
                        l,
                    )
                }),
        );
        rows
    }

    /// The merge's open conflicts, first on the to-do when there are any.
    fn conflicts_row(&self) -> Option<(Tone, String)> {
        let n = self.ws.conflicts.len();
        let fields = t::count(self.lang, n, t::MERGE_FIELD, t::MERGE_FIELDS);
        let key = super::keymap::key_of(Action::OpenConflicts);
        (n > 0).then(|| {
            (
                Tone::Warn,
                fill(
                    self.t(t::TODO_CONFLICTS),
                    &[("fields", &fields), ("key", &key)],
                ),
            )
        })
    }

    /// A gap in words, in the UI language.
    pub fn gap_text(&self, gap: &Gap) -> String {
        gap.text(self.lang)
    }

    /// Scrolls the to-do; the Overview has nothing else to act on.
    pub(super) fn overview_update(&mut self, action: Action) {
        if let Some(delta) = self.movement(action) {
            let (_, last_top) = super::layout::overview_todo(self, &self.overview_rows());
            let top = self.ui.overview.top.saturating_add_signed(delta);
            self.ui.overview.top = top.min(last_top);
        }
    }
}
