//! The questionnaire "De basis van je netwerk": its screens as data (from `assets/`), and which
//! of them the workspace already answers. No terminal here.

use std::sync::OnceLock;

use serde::Deserialize;

use crate::i18n::Lang;
use crate::workspace::{Area, Position, Role, Workspace};

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

/// One screen of the questionnaire.
#[derive(Debug, Clone, Deserialize)]
pub struct Screen {
    /// Stable id, used as the answer key.
    pub id: String,
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
        .and_then(|r| r.answers.get(&screen.id))
        .is_some_and(|a| !a.trim().is_empty());
    let actors = || ws.actors.iter();
    let structured = match screen.id.as_str() {
        "welcome" => !ws.network.name.trim().is_empty(),
        "type" => ws.network.kind.is_some(),
        "phase" => ws.network.phase.is_some(),
        "actors" => actors().any(|a| !a.prospective),
        "missing" => actors().any(|a| a.prospective),
        "roles" => actors().any(|a| a.has_role(Role::Netwerkleider)),
        "positions" => actors().any(|a| a.position.is_some_and(|p| p == Position::Kern)),
        "passie" => ws.identity.words.iter().any(|w| w.area == Area::Passie),
        "positie" => ws.identity.words.iter().any(|w| w.area == Area::Positie),
        "opgave" => ws.identity.words.iter().any(|w| w.area == Area::Opgave),
        "topics" => !ws.topics.is_empty(),
        "engagement" => ws.topics.iter().any(|t| !t.engagement.is_empty()),
        "halen-brengen" => actors().any(|a| !a.brings.is_empty() || !a.gets.is_empty()),
        "spelregels" => !ws.foundation.rules.is_empty(),
        "leiderschap" => !ws.foundation.leadership.is_empty(),
        "vorm" => ws.foundation.form.is_some(),
        _ => return None,
    };
    Some(text || structured)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_asset_parses_with_every_screen_in_both_languages() {
        let q = parse(ASSET).unwrap();
        assert_eq!(q.screens.len(), 17);
        for s in &q.screens {
            for t in [&s.title, &s.question, &s.why] {
                assert!(!t.nl.trim().is_empty() && !t.en.trim().is_empty(), "{}", s.id);
            }
            assert!(s.prompts.nl.len() >= 2, "{}", s.id);
            assert_eq!(s.prompts.nl.len(), s.prompts.en.len(), "{}", s.id);
        }
        assert_eq!(screens().len(), 17);
    }

    #[test]
    fn answers_follow_the_records() {
        let mut ws = Workspace::new("");
        let welcome = &screens()[0];
        assert_eq!(is_answered(&ws, welcome), Some(false));
        ws.network.name = "Gezond Zuid".to_owned();
        assert_eq!(is_answered(&ws, welcome), Some(true));
        assert_eq!(is_answered(&ws, &screens()[16]), None);
    }
}
