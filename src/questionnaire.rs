//! The questionnaire "De basis van je netwerk": its screens as data (from `assets/`), and which
//! of them the workspace already answers. No terminal here.

use std::sync::OnceLock;

use serde::Deserialize;

use crate::i18n::Lang;

use crate::workspace::{
    Actor, Area, Edit, IdentityWord, Position, Record, Role, Rule, Topic, Workspace,
};

/// The questionnaire text, embedded so the binary is all a user needs.
pub const ASSET: &str = include_str!("../assets/questionnaire.json");

/// A text in both languages, as written in the asset.
#[derive(Debug, Clone, Deserialize)]
pub struct Text {
    /// Nederlands.
    pub nl: String,
    /// English.
    pub en: String,
}

impl Text {
    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Nl => &self.nl,
            Lang::En => &self.en,
        }
    }
}

/// Lines of text in both languages.
#[derive(Debug, Clone, Deserialize)]
pub struct Texts {
    /// Nederlands.
    pub nl: Vec<String>,
    /// English.
    pub en: Vec<String>,
}

impl Texts {
    /// The lines in `lang`.
    pub fn get(&self, lang: Lang) -> &[String] {
        match lang {
            Lang::Nl => &self.nl,
            Lang::En => &self.en,
        }
    }
}

/// A screen of the questionnaire, by its id in the asset (and in the workspace's answers): a
/// closed set, so every screen that needs handling is handled, by the compiler's count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ScreenId {
    /// `welcome`.
    Welcome,
    /// `type`.
    Type,
    /// `phase`.
    Phase,
    /// `actors`.
    Actors,
    /// `missing`.
    Missing,
    /// `roles`.
    Roles,
    /// `positions`.
    Positions,
    /// `passie`.
    Passie,
    /// `positie`.
    Positie,
    /// `opgave`.
    Opgave,
    /// `topics`.
    Topics,
    /// `engagement`.
    Engagement,
    /// `halen-brengen`.
    HalenBrengen,
    /// `spelregels`.
    Spelregels,
    /// `leiderschap`.
    Leiderschap,
    /// `vorm`.
    Vorm,
    /// `summary`.
    Summary,
}

impl ScreenId {
    /// The id as the asset and the workspace file write it.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Welcome => "welcome",
            Self::Type => "type",
            Self::Phase => "phase",
            Self::Actors => "actors",
            Self::Missing => "missing",
            Self::Roles => "roles",
            Self::Positions => "positions",
            Self::Passie => "passie",
            Self::Positie => "positie",
            Self::Opgave => "opgave",
            Self::Topics => "topics",
            Self::Engagement => "engagement",
            Self::HalenBrengen => "halen-brengen",
            Self::Spelregels => "spelregels",
            Self::Leiderschap => "leiderschap",
            Self::Vorm => "vorm",
            Self::Summary => "summary",
        }
    }
}

/// The screens answered by lines typed one per line, each line a record, as a pattern.
macro_rules! list_screens {
    () => {
        $crate::questionnaire::ScreenId::Actors
            | $crate::questionnaire::ScreenId::Missing
            | $crate::questionnaire::ScreenId::Passie
            | $crate::questionnaire::ScreenId::Positie
            | $crate::questionnaire::ScreenId::Opgave
            | $crate::questionnaire::ScreenId::Topics
            | $crate::questionnaire::ScreenId::Spelregels
    };
}

/// The screens answered in a small form of their own, as a pattern.
macro_rules! form_screens {
    () => {
        $crate::questionnaire::ScreenId::Welcome
            | $crate::questionnaire::ScreenId::Type
            | $crate::questionnaire::ScreenId::Phase
            | $crate::questionnaire::ScreenId::Vorm
    };
}

/// The screens whose answers are records assigned to actors (or, for the grid, edited in the
/// Agenda pane), as a pattern.
macro_rules! linked_screens {
    () => {
        $crate::questionnaire::ScreenId::Roles
            | $crate::questionnaire::ScreenId::Positions
            | $crate::questionnaire::ScreenId::Engagement
            | $crate::questionnaire::ScreenId::HalenBrengen
            | $crate::questionnaire::ScreenId::Leiderschap
    };
}

pub(crate) use {form_screens, linked_screens, list_screens};

/// One screen of the questionnaire.
#[derive(Debug, Clone, Deserialize)]
pub struct Screen {
    /// Stable id, used as the answer key.
    pub id: ScreenId,
    /// The building block it belongs to: network, actors, identity, ambitions, foundation.
    pub block: String,
    /// The answer kind: text, choice, list, assignment, grid, per-actor, summary.
    pub kind: String,
    /// Short title.
    pub title: Text,
    /// The question.
    pub question: Text,
    /// Two or three guiding prompts from the method.
    pub prompts: Texts,
    /// Why this matters, in a sentence.
    pub why: Text,
}

/// The whole questionnaire.
#[derive(Debug, Clone, Deserialize)]
pub struct Questionnaire {
    /// Its title.
    pub title: Text,
    /// The screens in order.
    pub screens: Vec<Screen>,
}

/// Parses the embedded asset.
pub fn parse(text: &str) -> Result<Questionnaire, serde_json::Error> {
    serde_json::from_str(text)
}

/// The screens, parsed once on first use. The asset is tested to parse, so the empty fallback
/// only guards against a broken build.
pub fn screens() -> &'static [Screen] {
    static SCREENS: OnceLock<Vec<Screen>> = OnceLock::new();
    SCREENS.get_or_init(|| parse(ASSET).map(|q| q.screens).unwrap_or_default())
}

/// Whether the workspace holds an answer to `screen`: either a free-text answer in the current
/// round, or the records that screen fills. `None` for the summary, which answers nothing.
pub fn is_answered(ws: &Workspace, screen: &Screen) -> Option<bool> {
    let text = ws
        .questionnaire
        .rounds
        .last()
        .and_then(|r| r.answers.get(screen.id.as_str()))
        .is_some_and(|a| !a.trim().is_empty());
    let actors = || ws.actors.iter();
    let structured = match screen.id {
        ScreenId::Welcome => !ws.network.name.trim().is_empty(),
        ScreenId::Type => ws.network.kind.is_some(),
        ScreenId::Phase => ws.network.phase.is_some(),
        ScreenId::Actors => actors().any(|a| !a.prospective),
        ScreenId::Missing => actors().any(|a| a.prospective),
        ScreenId::Roles => actors().any(|a| a.has_role(Role::Netwerkleider)),
        ScreenId::Positions => actors().any(|a| a.position.is_some_and(|p| p == Position::Kern)),
        ScreenId::Passie => !ws.identity.area_words(Area::Passie).is_empty(),
        ScreenId::Positie => !ws.identity.area_words(Area::Positie).is_empty(),
        ScreenId::Opgave => !ws.identity.area_words(Area::Opgave).is_empty(),
        ScreenId::Topics => !ws.topics.is_empty(),
        ScreenId::Engagement => ws.topics.iter().any(|t| !t.engagement.is_empty()),
        ScreenId::HalenBrengen => actors().any(|a| !a.brings.is_empty() || !a.gets.is_empty()),
        ScreenId::Spelregels => !ws.foundation.rules.is_empty(),
        ScreenId::Leiderschap => !ws.foundation.leadership.is_empty(),
        ScreenId::Vorm => ws.foundation.form.is_some(),
        ScreenId::Summary => return None,
    };
    Some(text || structured)
}

/// The screen the user was on, by index (the first one when unknown).
pub fn current(ws: &Workspace) -> usize {
    screens()
        .iter()
        .position(|s| s.id.as_str() == ws.questionnaire.screen)
        .unwrap_or(0)
}

/// What the workspace holds for a list screen: the names or texts of its records.
/// Each shown on one line, as the list editor and the comparisons read them: cleaned of control
/// and bidi characters (a newline in a name would otherwise split it into two lines) and trimmed.
pub fn list_items(ws: &Workspace, id: ScreenId) -> Vec<String> {
    raw_items(ws, id)
        .into_iter()
        .map(|s| crate::workspace::text::clean(&s).trim().to_owned())
        .collect()
}

/// How a line and a record are compared: cleaned, trimmed and lowercased, so a name with stray
/// spaces or control characters is still recognised as the same.
fn key(s: &str) -> String {
    crate::workspace::text::clean(s).trim().to_lowercase()
}

fn raw_items(ws: &Workspace, id: ScreenId) -> Vec<String> {
    match id {
        ScreenId::Actors => ws
            .actors
            .iter()
            .filter(|a| !a.prospective)
            .map(|a| a.name.clone())
            .collect(),
        ScreenId::Missing => ws
            .actors
            .iter()
            .filter(|a| a.prospective)
            .map(|a| a.name.clone())
            .collect(),
        ScreenId::Topics => ws.topics.iter().map(|t| t.title.clone()).collect(),
        ScreenId::Spelregels => ws.foundation.rules.iter().map(|r| r.text.clone()).collect(),
        // The card as it stands: a new session starts its lists empty.
        ScreenId::Passie | ScreenId::Positie | ScreenId::Opgave => match area_of(id) {
            Some(area) => ws
                .identity
                .area_words(area)
                .iter()
                .map(|w| w.text.clone())
                .collect(),
            None => Vec::new(),
        },
        form_screens!() | linked_screens!() | ScreenId::Summary => Vec::new(),
    }
}

fn area_of(id: ScreenId) -> Option<Area> {
    match id {
        ScreenId::Passie => Some(Area::Passie),
        ScreenId::Positie => Some(Area::Positie),
        ScreenId::Opgave => Some(Area::Opgave),
        ScreenId::Actors
        | ScreenId::Missing
        | ScreenId::Topics
        | ScreenId::Spelregels
        | form_screens!()
        | linked_screens!()
        | ScreenId::Summary => None,
    }
}

/// An actor's line: the name, and what the brackets after it say of its kind and capacity
/// (`Gemeente Utrecht (organisatie)`, `Bram (persoon, namens achterban)`). Brackets that say
/// neither stay part of the name.
pub fn actor_line(
    text: &str,
) -> (
    String,
    Option<crate::workspace::ActorKind>,
    Option<crate::workspace::Capacity>,
) {
    use crate::workspace::{ActorKind, Capacity, Vocabulary};
    let whole = (text.trim().to_owned(), None, None);
    let Some(open) = text.rfind('(').filter(|_| text.trim_end().ends_with(')')) else {
        return whole;
    };
    let inside = text.trim_end().trim_end_matches(')');
    let inside = &inside[open + 1..];
    let (mut kind, mut capacity) = (None, None);
    for word in inside.split(',').map(str::trim) {
        let bare = word
            .strip_prefix("namens ")
            .or_else(|| word.strip_prefix("on behalf of "))
            .or_else(|| word.strip_prefix("op "));
        match (
            ActorKind::parse(word),
            bare.and_then(Capacity::parse),
            Capacity::parse(word),
        ) {
            (Some(k), None, _) if bare.is_none() => kind = Some(k),
            (_, Some(c), _) | (None, None, Some(c)) => capacity = Some(c),
            _ => return whole,
        }
    }
    let name = text[..open].trim();
    if name.is_empty() {
        return whole;
    }
    (name.to_owned(), kind, capacity)
}

/// A rule from the questionnaire's list: grown silently (tacit) unless the line says it was
/// agreed out loud, `(afgesproken)` / `(agreed)` after it.
pub fn rule_line(text: &str) -> Rule {
    let trimmed = text.trim_end();
    for mark in ["(afgesproken)", "(agreed)", "(expliciet)", "(explicit)"] {
        if let Some(rule) = trimmed.strip_suffix(mark) {
            return Rule::new(rule.trim());
        }
    }
    let mut rule = Rule::new(text.trim());
    rule.explicit = false;
    rule
}

/// Turns the lines typed on a list screen into records: every line that names nothing yet
/// (ignoring case and surrounding space) becomes an actor, a prospective actor, a topic, an
/// identity word or a rule. Lines taken out of the list remove nothing: records are deleted in
/// their own pane, where the deletion can be seen.
pub fn apply_list(ws: &mut Workspace, id: ScreenId, lines: &[String]) -> Edit {
    let mut known: Vec<String> = match id {
        // An actor's name is taken whether they are at the table or not.
        ScreenId::Actors | ScreenId::Missing => ws.actors.iter().map(|a| key(&a.name)).collect(),
        _ => raw_items(ws, id).iter().map(|s| key(s)).collect(),
    };
    let mut records = Vec::new();
    for line in lines {
        let text = crate::workspace::text::clean(line).trim().to_owned();
        // An actor is known by its name, whatever its brackets say.
        let name = match id {
            ScreenId::Actors | ScreenId::Missing => actor_line(&text).0,
            _ => text.clone(),
        };
        if text.is_empty() || known.contains(&key(&name)) {
            continue;
        }
        known.push(key(&name));
        let record = match id {
            ScreenId::Actors | ScreenId::Missing => {
                let (name, kind, capacity) = actor_line(&text);
                let mut a = Actor::new(&name);
                a.kind = kind.unwrap_or_default();
                a.capacity = capacity;
                a.prospective = id == ScreenId::Missing;
                Record::Actor(Box::new(a))
            }
            ScreenId::Topics => Record::Topic(Box::new(Topic::new(&text))),
            ScreenId::Spelregels => Record::Rule(Box::new(rule_line(&text))),
            ScreenId::Passie | ScreenId::Positie | ScreenId::Opgave => {
                let Some(area) = area_of(id) else { continue };
                let mut w = IdentityWord::new(area, &text);
                w.session = ws.identity.sessions.last().map(|s| s.id);
                Record::Word(Box::new(w))
            }
            form_screens!() | linked_screens!() | ScreenId::Summary => continue,
        };
        records.push(record);
    }
    let mut edit = Edit::default();
    for r in records {
        edit.changes.extend(ws.push_record(r).changes);
    }
    edit
}

pub mod assign;
mod rounds;

/// What the network's type changes about a screen's question, where the method says it
/// matters: which topics count, what engagement means, how heavy the form may be.
pub fn type_hint(
    id: ScreenId,
    kind: Option<crate::workspace::NetworkType>,
) -> Option<crate::i18n::L> {
    use crate::i18n as t;
    use crate::workspace::NetworkType as N;
    Some(match (id, kind?) {
        (ScreenId::Topics, N::Opgavegericht) => t::HINT_OPGAVE_TOPICS,
        (ScreenId::Topics, N::Interactiegericht) => t::HINT_INTERACTIE_TOPICS,
        (ScreenId::Topics, N::Gemengd) => t::HINT_GEMENGD_TOPICS,
        (ScreenId::Engagement, N::Opgavegericht) => t::HINT_OPGAVE_ENGAGEMENT,
        (ScreenId::Engagement, N::Interactiegericht) => t::HINT_INTERACTIE_ENGAGEMENT,
        (ScreenId::Engagement, N::Gemengd) => t::HINT_GEMENGD_ENGAGEMENT,
        (ScreenId::Vorm, N::Opgavegericht) => t::HINT_OPGAVE_FORM,
        (ScreenId::Vorm, N::Interactiegericht) => t::HINT_INTERACTIE_FORM,
        (ScreenId::Vorm, N::Gemengd) => t::HINT_GEMENGD_FORM,
        _ => return None,
    })
}

pub use rounds::{LineChange, answer, answer_text, compare, line_changes, new_round, set_answer};

#[cfg(test)]
mod tests;
