//! The command palette (`:`): every action of every pane, found by a few letters of what it
//! does, its key or its pane (from the one keymap table), and the commands that take a word
//! after them: `:export md`, `:import FILE`, `:goto NAME`, `:lang en`, `:snapshot NAME`.
//! `Enter` runs the one selected, in its pane.

use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32Str};
use tui_input::Input;

use super::keymap::{self, Scope};
use super::{Action, App, Overlay, Pane};
use crate::i18n::{self as t, Lang, fill};

/// The palette, open.
#[derive(Debug, Clone, Default)]
pub struct Palette {
    /// What is typed.
    pub input: Input,
    /// Matching entries (indices into [`entries`]), best first.
    pub hits: Vec<usize>,
    /// The highlighted hit.
    pub selected: usize,
}

/// One thing the palette can run: an action in a pane (`None`: wherever one is).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    /// Where it runs.
    pub pane: Option<Pane>,
    /// What it runs.
    pub action: Action,
    /// Its binding, for the keys shown.
    pub binding: usize,
}

/// The commands that take a word: their names as typed.
pub const COMMANDS: [&str; 5] = ["export", "import", "goto", "lang", "snapshot"];

/// Every action that runs in a pane or everywhere, once per pane, in the table's order.
pub fn entries() -> Vec<Entry> {
    let mut out = Vec::new();
    for (i, b) in keymap::bindings().iter().enumerate() {
        let pane = match b.scope {
            Scope::Global => None,
            Scope::Pane(p) => Some(p),
            _ => continue,
        };
        // The palette opens itself and the help is `?`; neither is a thing to run from it.
        if matches!(b.action, Action::OpenPalette | Action::Quit)
            || out
                .iter()
                .any(|e: &Entry| e.action == b.action && e.pane == pane)
        {
            continue;
        }
        out.push(Entry {
            pane,
            action: b.action,
            binding: i,
        });
    }
    out
}

/// How an entry reads in the list: what it does, its pane, its keys.
pub fn label(e: &Entry, lang: Lang) -> (String, String, String) {
    let pane = e.pane.map_or(String::new(), |p| {
        lang.pick(keymap::pane_title(p)).to_owned()
    });
    (
        keymap::describe(e.action, lang).to_owned(),
        pane,
        keymap::keys_label(&keymap::bindings()[e.binding]),
    )
}

impl App {
    /// Opens the palette with every entry listed.
    pub(super) fn open_palette(&mut self) {
        let p = Palette {
            hits: (0..entries().len()).collect(),
            ..Palette::default()
        };
        self.ui.overlay = Some(Overlay::Palette(Box::new(p)));
    }

    /// Narrows the list to what the typed letters fit.
    pub(super) fn refresh_palette(&mut self) {
        let lang = self.lang;
        let Some(Overlay::Palette(p)) = &mut self.ui.overlay else {
            return;
        };
        let typed = p.input.value().trim().to_owned();
        let all = entries();
        p.selected = 0;
        if typed.is_empty() {
            p.hits = (0..all.len()).collect();
            return;
        }
        let pattern = Pattern::parse(&typed, CaseMatching::Ignore, Normalization::Smart);
        let mut matcher = Matcher::new(Config::DEFAULT);
        let mut buf = Vec::new();
        let mut scored: Vec<(usize, u32)> = all
            .iter()
            .enumerate()
            .filter_map(|(i, e)| {
                let (what, pane, keys) = label(e, lang);
                // The other language's words find it too: people mix them.
                let other = keymap::describe(e.action, lang.other());
                let text = format!("{what} {pane} {keys} {other}");
                pattern
                    .score(Utf32Str::new(&text, &mut buf), &mut matcher)
                    .map(|s| (i, s))
            })
            .collect();
        scored.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        p.hits = scored.into_iter().map(|(i, _)| i).collect();
    }

    /// Moves the highlight.
    pub(super) fn move_palette(&mut self, delta: isize) {
        if let Some(Overlay::Palette(p)) = &mut self.ui.overlay {
            let last = p.hits.len().saturating_sub(1);
            p.selected = p.selected.saturating_add_signed(delta).min(last);
        }
    }

    /// `Enter`: a command with its word, else the highlighted action in its pane.
    pub(super) fn run_palette(&mut self) {
        let Some(Overlay::Palette(p)) = self.ui.overlay.take() else {
            return;
        };
        let typed = p.input.value().trim().to_owned();
        if let Some((word, rest)) = typed.split_once(' ')
            && COMMANDS.contains(&word.to_lowercase().as_str())
        {
            self.command(&word.to_lowercase(), rest.trim());
            return;
        }
        let Some(e) = p
            .hits
            .get(p.selected)
            .and_then(|i| entries().get(*i).copied())
        else {
            self.say(t::PALETTE_NOTHING, &[("typed", &typed)]);
            return;
        };
        if let Some(pane) = e.pane {
            self.act(Action::ShowPane(pane));
        }
        self.act(e.action);
    }

    /// A command with a word after it.
    fn command(&mut self, word: &str, rest: &str) {
        match word {
            "lang" => match Lang::parse(rest) {
                Some(lang) => {
                    self.lang = lang;
                    self.refresh_views();
                    self.say(t::PALETTE_LANG, &[]);
                }
                None => self.say(t::PALETTE_LANG_WHICH, &[("typed", rest)]),
            },
            "goto" => {
                let hits = super::register::fuzzy(&self.ws, rest);
                match hits.first() {
                    Some((i, _)) => {
                        let id = self.ws.actors[*i].id;
                        self.act(Action::ShowPane(Pane::Actors));
                        self.select_actor(id);
                        self.act(Action::OpenDetail);
                    }
                    None => self.say(t::PALETTE_NO_ACTOR, &[("typed", rest)]),
                }
            }
            "import" if self.writable() => {
                let path = super::import::expand(rest);
                if path.is_file() {
                    self.import_file = Some(path);
                    self.say(t::IMPORT_READING, &[("file", rest)]);
                } else {
                    self.say(t::IMPORT_NO_FILE, &[]);
                }
            }
            "snapshot" if self.writable() => self.take_snapshot(rest),
            "export" => self.export_from_palette(rest),
            _ => {}
        }
    }

    /// `:export md|html`: the report beside the workspace (0600), said where.
    fn export_from_palette(&mut self, what: &str) {
        let (ext, text) = match what {
            "md" => (
                "md",
                crate::export::report::report(&self.ws, self.lang, self.today),
            ),
            "html" => {
                let mut key = crate::export::redact::Pseudonyms::new();
                let (ws, said) = crate::export::redact::redact(
                    &self.ws,
                    crate::export::redact::Level::Team,
                    &mut key,
                    self.lang,
                );
                (
                    "html",
                    crate::export::html::html(&ws, &said, self.lang, self.today),
                )
            }
            _ => {
                self.say(t::PALETTE_EXPORT_WHICH, &[("typed", what)]);
                return;
            }
        };
        let file = self.path.with_extension(format!("rapport.{ext}"));
        let shown = file.display().to_string();
        self.pending_export = Some((file, text));
        self.ui.message = Some(fill(self.t(t::PALETTE_EXPORTED), &[("path", &shown)]));
    }
}
