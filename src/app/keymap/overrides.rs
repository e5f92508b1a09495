//! Keys a user chose in `knoop.toml` (`[keys]`, an action's name and its keys, e.g.
//! `add_actor = "n"` or `undo = ["u", "ctrl-z"]`): the table with those keys in place of the
//! defaults, for every scope the action is bound in. A key that would then mean two things
//! where both apply is refused at start, naming both.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use ratatui::crossterm::event::{KeyCode, KeyModifiers};

use super::{Action, BINDINGS, Binding, Key, Scope};
use crate::app::Pane;

static TABLE: OnceLock<Vec<Binding>> = OnceLock::new();

/// The table in use: the defaults, with a user's keys where they chose others.
pub fn bindings() -> &'static [Binding] {
    TABLE.get().map_or(BINDINGS, Vec::as_slice)
}

/// An action's name as `knoop.toml` writes it: `add_actor` for `AddActor`.
pub fn action_name(action: Action) -> String {
    let debug = format!("{action:?}");
    let base = debug.split('(').next().unwrap_or_default();
    let mut out = String::new();
    for (i, c) in base.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            out.push('_');
        }
        out.extend(c.to_lowercase());
    }
    out
}

/// A key as people write it: `n`, `N`, `ctrl-n`, `alt-x`, `F2`, `enter`, `esc`, `space`, `tab`.
pub fn parse_key(text: &str) -> Option<Key> {
    let mut mods = KeyModifiers::NONE;
    let mut rest = text.trim();
    loop {
        let lower = rest.to_lowercase();
        if let Some(r) = lower
            .strip_prefix("ctrl-")
            .or_else(|| lower.strip_prefix("c-"))
        {
            mods |= KeyModifiers::CONTROL;
            rest = &rest[rest.len() - r.len()..];
        } else if let Some(r) = lower.strip_prefix("alt-") {
            mods |= KeyModifiers::ALT;
            rest = &rest[rest.len() - r.len()..];
        } else {
            break;
        }
    }
    let code = match rest.to_lowercase().as_str() {
        "enter" => KeyCode::Enter,
        "esc" | "escape" => KeyCode::Esc,
        "space" => KeyCode::Char(' '),
        "tab" => KeyCode::Tab,
        "backspace" => KeyCode::Backspace,
        "delete" | "del" => KeyCode::Delete,
        "up" => KeyCode::Up,
        "down" => KeyCode::Down,
        "left" => KeyCode::Left,
        "right" => KeyCode::Right,
        "home" => KeyCode::Home,
        "end" => KeyCode::End,
        "pageup" => KeyCode::PageUp,
        "pagedown" => KeyCode::PageDown,
        f if f.len() > 1 && f.starts_with('f') => KeyCode::F(f[1..].parse().ok()?),
        _ => {
            let mut chars = rest.chars();
            let c = chars.next()?;
            if chars.next().is_some() {
                return None;
            }
            KeyCode::Char(c)
        }
    };
    Some((code, mods))
}

/// Scopes that take keys at the same time, so one key may not mean two things across them.
fn together() -> Vec<Vec<Scope>> {
    let mut sets: Vec<Vec<Scope>> = Pane::ALL
        .iter()
        .map(|p| vec![Scope::Always, Scope::Pane(*p), Scope::List, Scope::Global])
        .collect();
    for d in [Scope::Detail, Scope::Grid, Scope::Ambition] {
        sets.push(vec![Scope::Always, d, Scope::List, Scope::Global]);
    }
    sets
}

/// What is wrong with a `[keys]` entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyProblem {
    /// No action has this name.
    UnknownAction(String),
    /// The key is not one knoop can read: the action, the key.
    BadKey(String, String),
    /// Two actions would have one key where both apply.
    Clash(String, String),
}

/// Builds the table from `[keys]`; an unknown action, a key it cannot read or a clash is an
/// error that says which.
pub fn install(keys: &BTreeMap<String, Vec<String>>) -> Result<(), KeyProblem> {
    if keys.is_empty() {
        return Ok(());
    }
    let mut table = BINDINGS.to_vec();
    for (name, wanted) in keys {
        let parsed: Vec<Key> = wanted
            .iter()
            .map(|k| parse_key(k).ok_or_else(|| KeyProblem::BadKey(name.clone(), k.clone())))
            .collect::<Result<_, _>>()?;
        let mut found = false;
        for b in table.iter_mut().filter(|b| action_name(b.action) == *name) {
            // Kept for the process's life: the table is read on every key.
            b.keys = Box::leak(parsed.clone().into_boxed_slice());
            found = true;
        }
        if !found {
            return Err(KeyProblem::UnknownAction(name.clone()));
        }
    }
    for set in together() {
        let here: Vec<&Binding> = table.iter().filter(|b| set.contains(&b.scope)).collect();
        for (i, a) in here.iter().enumerate() {
            for b in &here[i + 1..] {
                let chosen = |x: &Binding| keys.contains_key(&action_name(x.action));
                if a.action != b.action
                    && (chosen(a) || chosen(b))
                    && a.keys.iter().any(|k| b.keys.contains(k))
                {
                    return Err(KeyProblem::Clash(
                        action_name(a.action),
                        action_name(b.action),
                    ));
                }
            }
        }
    }
    let _ = TABLE.set(table);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_keys_and_clashes() {
        assert_eq!(action_name(Action::AddActor), "add_actor");
        assert_eq!(action_name(Action::ShowPane(Pane::Actors)), "show_pane");
        assert_eq!(
            parse_key("ctrl-n"),
            Some((KeyCode::Char('n'), KeyModifiers::CONTROL))
        );
        assert_eq!(parse_key("F2"), Some((KeyCode::F(2), KeyModifiers::NONE)));
        assert_eq!(
            parse_key("space"),
            Some((KeyCode::Char(' '), KeyModifiers::NONE))
        );
        assert_eq!(parse_key("nope"), None);
        let one = |k: &str, v: &str| BTreeMap::from([(k.to_owned(), vec![v.to_owned()])]);
        assert_eq!(
            install(&one("add_actr", "n")),
            Err(KeyProblem::UnknownAction("add_actr".into()))
        );
        assert_eq!(
            install(&one("add_actor", "ctrl-")),
            Err(KeyProblem::BadKey("add_actor".into(), "ctrl-".into()))
        );
        // `e` renames in the Actors pane already.
        assert!(matches!(
            install(&one("add_actor", "e")),
            Err(KeyProblem::Clash(..))
        ));
    }
}
