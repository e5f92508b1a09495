//! The user's own settings, `knoop.toml` at the XDG config path (`$XDG_CONFIG_HOME/knoop/`,
//! usually `~/.config/knoop/knoop.toml`; `$KNOOP_CONFIG` names another): the language, the
//! default workspace, the theme and its colours, the mouse, and the no-contact period for
//! workspaces that set none. A broken file is an error with its line and column at start,
//! never a silent default; a missing one is no file at all. What a network decides for itself
//! (its own no-contact period, sensitivities) lives in the workspace and wins.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::OnceLock;

use serde::Deserialize;

use crate::i18n::{self as t, Lang, fill};

/// What the file may say.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// `nl` or `en`.
    pub lang: Option<String>,
    /// The workspace when none is named.
    pub workspace: Option<PathBuf>,
    /// `default` or `high-contrast`.
    pub theme: Option<String>,
    /// Whether knoop takes the mouse.
    pub mouse: Option<bool>,
    /// Weeks without contact before the Overview names an actor, where the workspace does not
    /// say.
    pub contact_weeks: Option<u16>,
    /// The theme's colours by part (`warn = "light-red"`), from the 16 basic colours.
    #[serde(default)]
    pub colors: BTreeMap<String, String>,
    /// Other keys for actions: an action's name, its key or keys.
    #[serde(default)]
    pub keys: BTreeMap<String, Keys>,
}

/// One key, or several, for an action.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(untagged)]
pub enum Keys {
    /// `add_actor = "n"`.
    One(String),
    /// `undo = ["u", "ctrl-z"]`.
    Several(Vec<String>),
}

impl Keys {
    fn list(&self) -> Vec<String> {
        match self {
            Self::One(k) => vec![k.clone()],
            Self::Several(ks) => ks.clone(),
        }
    }
}

/// The default file, every setting explained and commented out.
pub const DEFAULT: &str = r#"# knoop.toml: your own settings for knoop (a network's own choices live in its workspace).
# Every line is optional; remove the # to use one.

# The language of the screens and the command line: "nl" or "en".
# (--lang and KNOOP_LANG come first; without any, the locale decides.)
# lang = "nl"

# The workspace knoop opens when no file is named (KNOOP_WORKSPACE and -w come first).
# workspace = "~/netwerken/zuid.json"

# "default", or "high-contrast" for bright colours on dark terminals and projectors.
# theme = "default"

# false leaves the mouse to the terminal (its own selection); KNOOP_MOUSE=off does the same.
# mouse = true

# After how many weeks without contact the Overview names an actor with a role or a coalition
# place, for workspaces that do not set it themselves (their settings.contact_weeks wins).
# contact_weeks = 8

# Colours of the theme's parts, each one of the terminal's 16: black, red, green, yellow,
# blue, magenta, cyan, gray, dark-gray, light-red, light-green, light-yellow, light-blue,
# light-magenta, light-cyan, white. NO_COLOR still turns all colour off.
# [colors]
# title = "cyan"      # pane titles
# key = "cyan"        # key names in the footer and help
# warn = "yellow"     # what needs attention
# ok = "green"        # saved, nothing to do
# error = "red"       # not saved, read-only (the background)
# muted = "dark-gray" # less important text
# hit = "yellow"      # letters a search found

# Other keys for actions, by the action's name (the README's key table lists them as the
# palette shows them; the name is in snake_case, e.g. add_actor, open_detail, undo):
# [keys]
# add_actor = "n"
# undo = ["u", "ctrl-z"]
"#;

static LOADED: OnceLock<Config> = OnceLock::new();

/// Where the file is looked for.
pub fn path() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("KNOOP_CONFIG").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(p));
    }
    directories::ProjectDirs::from("nl", "knoop", "knoop")
        .map(|d| d.config_dir().join("knoop.toml"))
}

/// The line and column of byte `at` in `text`, 1-based.
fn line_column(text: &str, at: usize) -> (usize, usize) {
    let before = &text[..at.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// The parts of the theme `[colors]` may colour.
pub const COLOR_PARTS: [&str; 7] = ["title", "key", "warn", "ok", "error", "muted", "hit"];

/// One of the terminal's 16 basic colours by name (`light-red`, `lightred`, `dark gray`).
pub fn basic_color(name: &str) -> Option<ratatui::style::Color> {
    use ratatui::style::Color;
    let c: Color = name.parse().ok()?;
    (!matches!(c, Color::Rgb(..) | Color::Indexed(_) | Color::Reset)).then_some(c)
}

/// Where `key = ...` stands in `text` (its value's line and column), or the file's start.
fn key_at(text: &str, key: &str) -> (usize, usize) {
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let body = line.trim_start();
        if body.starts_with(key) && body[key.len()..].trim_start().starts_with('=') {
            let value = line.find('=').map_or(0, |i| i + 1);
            let pad = line[value..].len() - line[value..].trim_start().len();
            return line_column(text, at + value + pad);
        }
        at += line.len();
    }
    (1, 1)
}

/// Reads and checks `text` (from `file`), saying what is wrong where, in `lang`.
pub fn parse(text: &str, file: &str, lang: Lang) -> Result<Config, String> {
    let config: Config = toml::from_str(text).map_err(|e| {
        let (line, column) = e.span().map_or((0, 0), |s| line_column(text, s.start));
        fill(
            lang.pick(t::CONFIG_BROKEN),
            &[
                ("at", &format!("{file}:{line}:{column}")),
                ("what", &crate::workspace::text::clean(e.message())),
            ],
        )
    })?;
    let bad = |key: &str, value: &str, valid: &str| {
        let (line, column) = key_at(text, key);
        fill(
            lang.pick(t::CONFIG_BAD_VALUE),
            &[
                ("at", &format!("{file}:{line}:{column}")),
                ("key", key),
                ("value", &crate::workspace::text::clean(value)),
                ("valid", valid),
            ],
        )
    };
    if let Some(l) = &config.lang
        && Lang::parse(l).is_none()
    {
        return Err(bad("lang", l, "nl, en"));
    }
    if let Some(th) = &config.theme
        && !matches!(th.as_str(), "default" | "high-contrast")
    {
        return Err(bad("theme", th, "default, high-contrast"));
    }
    if config.contact_weeks == Some(0) {
        return Err(bad("contact_weeks", "0", "1, 2, 3, …"));
    }
    for (part, color) in &config.colors {
        if !COLOR_PARTS.contains(&part.as_str()) {
            return Err(bad(part, part, &COLOR_PARTS.join(", ")));
        }
        if basic_color(color).is_none() {
            return Err(bad(
                part,
                color,
                "black, red, green, yellow, blue, magenta, cyan, gray, dark-gray, light-red, \
                 light-green, light-yellow, light-blue, light-magenta, light-cyan, white",
            ));
        }
    }
    Ok(config)
}

/// Loads the file once, at start; a missing file is the empty config.
///
/// # Errors
/// A file that cannot be read or does not parse, with where and what.
pub fn init(lang: Lang) -> Result<(), String> {
    let Some(file) = path() else {
        let _ = LOADED.set(Config::default());
        return Ok(());
    };
    let config = match std::fs::read_to_string(&file) {
        Ok(text) => parse(&text, &file.display().to_string(), lang)?,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Config::default(),
        Err(e) => {
            return Err(fill(
                lang.pick(t::IMPORT_CANNOT_READ),
                &[("path", &file.display().to_string()), ("e", &e.to_string())],
            ));
        }
    };
    let keys: BTreeMap<String, Vec<String>> = config
        .keys
        .iter()
        .map(|(k, v)| (k.clone(), v.list()))
        .collect();
    let shown = path().map(|p| p.display().to_string()).unwrap_or_default();
    crate::app::keymap::install(&keys).map_err(|problem| {
        use crate::app::keymap::KeyProblem;
        let (l, args): (t::L, Vec<(&str, String)>) = match problem {
            KeyProblem::UnknownAction(name) => (t::CONFIG_KEY_ACTION, vec![("name", name)]),
            KeyProblem::BadKey(name, key) => {
                (t::CONFIG_KEY_BAD, vec![("name", name), ("key", key)])
            }
            KeyProblem::Clash(a, b) => (t::CONFIG_KEY_CLASH, vec![("name", a), ("other", b)]),
        };
        let mut args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
        args.push(("at", &shown));
        fill(lang.pick(l), &args)
    })?;
    let _ = LOADED.set(config);
    Ok(())
}

/// `path` with a leading `~/` read as the home folder, as people write it in a config file.
pub fn expand(path: &std::path::Path) -> PathBuf {
    match (path.strip_prefix("~"), std::env::var_os("HOME")) {
        (Ok(rest), Some(home)) => PathBuf::from(home).join(rest),
        _ => path.to_owned(),
    }
}

static EMPTY: Config = Config {
    lang: None,
    workspace: None,
    theme: None,
    mouse: None,
    contact_weeks: None,
    colors: BTreeMap::new(),
    keys: BTreeMap::new(),
};

/// The config as loaded (empty before [`init`], and in tests); reading it never loads it, so
/// [`init`] can still say what is wrong with the file.
pub fn get() -> &'static Config {
    LOADED.get().unwrap_or(&EMPTY)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_broken_file_says_where_and_the_default_file_parses() {
        assert_eq!(parse(DEFAULT, "k", Lang::En), Ok(Config::default()));
        let ok = parse("lang = \"en\"\nmouse = false\n", "k", Lang::En);
        assert_eq!(
            ok.map(|c| (c.lang, c.mouse)),
            Ok((Some("en".into()), Some(false)))
        );
        let bad = parse("lang = \"en\"\nmouse = maybe\n", "k.toml", Lang::En).unwrap_err();
        assert!(bad.starts_with("k.toml:2:9: "), "{bad}");
        let unknown = parse("colour = 1\n", "k.toml", Lang::Nl).unwrap_err();
        assert!(
            unknown.contains("k.toml:1:1") && unknown.contains("colour"),
            "{unknown}"
        );
        let value = parse("mouse = true\nlang = \"de\"\n", "k.toml", Lang::En).unwrap_err();
        assert!(
            value.starts_with("k.toml:2:8: ") && value.contains("nl, en"),
            "{value}"
        );
        let colors = parse(
            "contact_weeks = 12\n[colors]\nwarn = \"light-red\"\ntitle = \"dark gray\"\n",
            "k",
            Lang::En,
        )
        .unwrap();
        assert_eq!(colors.contact_weeks, Some(12));
        assert_eq!(colors.colors.len(), 2);
        let pink = parse("[colors]\nwarn = \"#ff00ff\"\n", "k.toml", Lang::Nl).unwrap_err();
        assert!(
            pink.starts_with("k.toml:2:8: ") && pink.contains("light-red"),
            "{pink}"
        );
        let part = parse("[colors]\nbackground = \"red\"\n", "k.toml", Lang::En).unwrap_err();
        assert!(
            part.starts_with("k.toml:2:") && part.contains("title, key"),
            "{part}"
        );
        assert!(parse("contact_weeks = 0\n", "k", Lang::En).is_err());
    }
}
