//! What the screen promises holds: every key a footer, the help or an empty state names does
//! what it says in that place, and every form's labels stay apart from their values at 80x24,
//! 60x20 and 200x60 in both languages.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "support/screen.rs"]
mod screen;

use knoop::app::keymap::{self, Scope};
use knoop::app::{Action, App, Overlay, Pane};
use knoop::i18n::{self as t, Lang};
use ratatui::crossterm::event::KeyEvent;
use screen::{demo_app, draw, text};

const SIZES: [(u16, u16); 3] = [(80, 24), (60, 20), (200, 60)];

/// What a key named on screen as `label` does where `scopes` apply, if it is a key at all.
fn does(scopes: &[Scope], label: &str) -> Option<Action> {
    let key = keymap::bindings()
        .iter()
        .filter(|b| scopes.contains(&b.scope))
        .flat_map(|b| b.keys.iter())
        .find(|k| keymap::key_label(**k) == label)?;
    keymap::action_for(scopes, KeyEvent::new(key.0, key.1))
}

/// The key `template` names at `{key}`, as it stands on `screen`: the word between the
/// template's words before and after it (wrapped lines and box borders aside).
fn key_named(screen: &str, template: &str) -> String {
    let (before, after) = template.split_once("{key}").unwrap();
    let prev = before.split_whitespace().last().unwrap_or("");
    let glued: String = after.chars().take_while(|c| !c.is_whitespace()).collect();
    let next = after[glued.len()..].split_whitespace().next().unwrap_or("");
    let tokens: Vec<&str> = screen
        .split_whitespace()
        .map(|t| t.trim_matches(|c| "│┌┐└┘─".contains(c)))
        .filter(|t| !t.is_empty())
        .collect();
    for i in 1..tokens.len() {
        if (prev.is_empty() || tokens[i - 1] == prev)
            && tokens[i].ends_with(&glued)
            && (next.is_empty() || tokens.get(i + 1) == Some(&next))
        {
            return tokens[i][..tokens[i].len() - glued.len()].to_owned();
        }
    }
    panic!("{template:?} is not on screen:\n{screen}");
}

/// Footer hints are `key what`, in the order of the scopes; the help lists `key what` in two
/// columns. Each key shown there runs the action it is shown with, in that pane.
#[test]
fn every_key_in_footers_and_help_works_where_it_is_shown() {
    for lang in [Lang::Nl, Lang::En] {
        for pane in Pane::ALL {
            let mut app = demo_app(lang);
            app.update(Action::ShowPane(pane));
            let scopes = keymap::scopes(pane, None);
            let screen = text(&draw(&app, 200, 60));
            let footer = screen.lines().nth_back(1).unwrap().trim().to_owned();
            let mut checked = 0;
            for hint in footer.split("  ").map(str::trim).filter(|s| !s.is_empty()) {
                let (key, what) = hint.split_once(' ').unwrap();
                let action = does(&scopes, key).unwrap_or_else(|| {
                    panic!("{pane:?}: {key:?} of {hint:?} does nothing in {footer:?}")
                });
                if what == lang.pick(t::FOOTER_MORE) {
                    assert_eq!(action, Action::ToggleHelp);
                } else {
                    assert_eq!(keymap::describe(action, lang), what, "{pane:?}: {hint:?}");
                }
                checked += 1;
            }
            assert!(checked >= 3, "{pane:?}: {footer:?}");
            app.update(Action::ToggleHelp);
            let mut pairs = 0;
            for _ in 0..6 {
                let help = text(&draw(&app, 80, 24));
                for line in help.lines() {
                    let cells: Vec<&str> = line
                        .trim_matches(|c: char| c == '│' || c == ' ')
                        .split("  ")
                        .map(|c| c.trim_matches(|c: char| c == ' ' || c == '│'))
                        .filter(|c| !c.is_empty())
                        .collect();
                    for pair in cells.windows(2) {
                        let Some(action) = does(&scopes, pair[0]) else {
                            continue;
                        };
                        if keymap::describe(action, lang) == pair[1] {
                            pairs += 1;
                        } else {
                            // A key whose words are those of another action would be a lie.
                            assert!(
                                !keymap::bindings().iter().any(|b| keymap::describe(
                                    b.action, lang
                                ) == pair[1]
                                    && keymap::keys_label(b).split('/').any(|k| k == pair[0])
                                    && scopes.contains(&b.scope)),
                                "{pane:?}: help says {pair:?} but the key does {action:?}"
                            );
                        }
                    }
                }
                app.update(Action::PageDown);
            }
            let in_scope = keymap::bindings()
                .iter()
                .filter(|b| scopes.contains(&b.scope) && b.scope != Scope::Always)
                .count();
            assert!(
                pairs >= in_scope,
                "{pane:?} {lang:?}: {pairs} of {in_scope} keys found in the help"
            );
        }
    }
}

fn empty_app(lang: Lang) -> App {
    let mut app = App::new(
        knoop::workspace::Workspace::new(""),
        "w.json".into(),
        lang,
        jiff::civil::Date::constant(2026, 11, 27),
    );
    app.analyse_now();
    app
}

/// Sentences that name a key: the key they name, read off the screen, does what they say in
/// the pane they are shown in.
#[test]
fn every_key_an_empty_state_or_message_names_works_there() {
    for lang in [Lang::Nl, Lang::En] {
        let mut cases: Vec<(Pane, String, &str, Action)> = Vec::new();
        let mut app = empty_app(lang);
        for (pane, l, action) in [
            (Pane::Actors, t::EMPTY_ACTORS, Action::AddActor),
            (
                Pane::Roles,
                t::EMPTY_ACTORS_ELSEWHERE,
                Action::ShowPane(Pane::Actors),
            ),
            (Pane::Overview, t::WELCOME_KEYS, Action::ToggleHelp),
            (
                Pane::Overview,
                t::WELCOME_BASIS,
                Action::ShowPane(Pane::Basis),
            ),
            (Pane::Overview, t::NEWCOMER, Action::ShowPane(Pane::Basis)),
            (
                Pane::Overview,
                t::WELCOME_ACTORS,
                Action::ShowPane(Pane::Actors),
            ),
        ] {
            app.update(Action::ShowPane(pane));
            let template = lang
                .pick(l)
                .replace("{help}", "{key}")
                .replace("{pane}", "{key}");
            cases.push((pane, text(&draw(&app, 80, 24)), leak(template), action));
        }
        let palette = lang.pick(t::WELCOME_KEYS).replace("{palette}", "{key}");
        cases.push((
            Pane::Overview,
            text(&draw(&app, 80, 24)),
            leak(palette),
            Action::OpenPalette,
        ));
        // An Agenda without ambitions, asked for a coalition, says how to make one.
        let mut app = demo_app(lang);
        app.ws.ambitions.clear();
        app.update(Action::ShowPane(Pane::Agenda));
        app.update(Action::AddMember);
        cases.push((
            Pane::Agenda,
            app.ui.message.clone().unwrap_or_default(),
            lang.pick(t::NO_AMBITION),
            Action::Promote,
        ));
        // The Basis pane's compare view before any round.
        let mut app = demo_app(lang);
        app.ws.questionnaire.rounds.clear();
        app.update(Action::ShowPane(Pane::Basis));
        app.update(Action::CompareRounds);
        cases.push((
            Pane::Basis,
            text(&draw(&app, 200, 60)),
            lang.pick(t::NO_PREVIOUS_ROUND),
            Action::NewRound,
        ));
        let mut app = demo_app(lang);
        app.update(Action::OpenTimeline);
        let timeline = text(&draw(&app, 80, 24));
        let template = lang.pick(t::TIMELINE_EMPTY);
        let key = key_named(&timeline, template);
        assert_eq!(
            does(&keymap::scopes(Pane::Overview, Some(Scope::Timeline)), &key),
            Some(Action::TakeSnapshot),
            "{template:?}"
        );
        for (pane, screen, template, action) in cases {
            let key = key_named(&screen, template);
            let scopes = keymap::scopes(pane, None);
            assert_eq!(
                does(&scopes, &key),
                Some(action),
                "{pane:?} {lang:?}: {key:?} named by {template:?}"
            );
        }
    }
}

fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

/// Every form a key opens from a pane (on every questionnaire screen in Basis), with the
/// demo's first two actors given long names as organisations have them.
fn every_form(lang: Lang, pane: Pane) -> Vec<App> {
    let scopes = keymap::scopes(pane, None);
    let screens = if pane == Pane::Basis { 18 } else { 1 };
    let mut out = Vec::new();
    for screen_no in 0..screens {
        for b in keymap::bindings()
            .iter()
            .filter(|b| matches!(b.scope, Scope::Pane(p) if p == pane))
        {
            let mut app = demo_app(lang);
            for a in app.ws.actors.iter_mut().take(2) {
                a.name = format!("Stichting Maatschappelijke Dienstverlening {}", a.name);
            }
            app.update(Action::ShowPane(pane));
            for _ in 0..screen_no {
                app.update(Action::NextScreen);
            }
            if keymap::action_for(&scopes, KeyEvent::new(b.keys[0].0, b.keys[0].1))
                != Some(b.action)
            {
                continue;
            }
            app.update(b.action);
            if matches!(app.ui.overlay, Some(Overlay::Form(_))) {
                out.push(app);
            }
        }
    }
    out
}

/// Every form and every pane's help at 80x24 in both languages, as insta snapshots (a pane's
/// forms in one snapshot, one screen after the other).
#[test]
fn every_form_and_help_screen_in_both_languages() {
    for lang in [Lang::Nl, Lang::En] {
        let l = if lang == Lang::Nl { "nl" } else { "en" };
        for pane in Pane::ALL {
            let name = format!("{pane:?}").to_lowercase();
            let forms: Vec<String> = every_form(lang, pane)
                .iter()
                .map(|app| text(&draw(app, 80, 24)))
                .collect();
            if !forms.is_empty() {
                insta::assert_snapshot!(format!("forms_{name}_{l}"), forms.join("\n"));
            }
            let mut app = demo_app(lang);
            app.update(Action::ShowPane(pane));
            app.update(Action::ToggleHelp);
            insta::assert_snapshot!(format!("help_{name}_{l}"), text(&draw(&app, 80, 24)));
        }
    }
}

/// Every form a key opens from a pane's list, at three sizes and in both languages: each
/// label stands whole, or cut with `…`, with a blank before its value, and no two labels read
/// the same.
#[test]
fn form_labels_stay_apart_from_their_values() {
    let mut forms = 0;
    for lang in [Lang::Nl, Lang::En] {
        for pane in Pane::ALL {
            {
                for app in every_form(lang, pane) {
                    let Some(Overlay::Form(form)) = &app.ui.overlay else {
                        continue;
                    };
                    forms += 1;
                    let labels: Vec<String> = form
                        .fields
                        .iter()
                        .map(|f| {
                            f.caption
                                .clone()
                                .unwrap_or_else(|| lang.pick(f.label).to_owned())
                        })
                        .collect();
                    for (w, h) in SIZES {
                        let screen = text(&draw(&app, w, h));
                        let mut shown = Vec::new();
                        for label in labels.iter().take(usize::from(h) - 10) {
                            let found = label_on(&screen, label).unwrap_or_else(|| {
                                panic!(
                                    "{pane:?} {:?} at {w}x{h}: label {label:?} runs into its value or is cut without a mark:\n{screen}",
                                    form.kind
                                )
                            });
                            shown.push(found);
                        }
                        let mut unique = shown.clone();
                        unique.sort();
                        unique.dedup();
                        assert_eq!(
                            unique.len(),
                            shown.len(),
                            "{pane:?} {:?} at {w}x{h}: two labels read the same: {shown:?}",
                            form.kind
                        );
                    }
                }
            }
        }
    }
    assert!(forms >= 40, "only {forms} forms opened");
}

/// How `label` stands on screen: whole or cut with `…`, followed by a blank.
fn label_on(screen: &str, label: &str) -> Option<String> {
    for line in screen.lines() {
        for marker in ['▸', ' '] {
            let whole = format!("│{marker}{label} ");
            if line.contains(&whole) {
                return Some(label.to_owned());
            }
            // Cut at the end, or in the middle for a label made of a name.
            let chars: Vec<char> = label.chars().collect();
            for n in (3..chars.len()).rev() {
                let head: String = chars[..n].iter().collect();
                for m in (0..chars.len() - n).rev() {
                    let tail: String = chars[chars.len() - m..].iter().collect();
                    let cut = format!("{head}…{tail}");
                    if line.contains(&format!("│{marker}{cut} ")) {
                        return Some(cut);
                    }
                }
            }
        }
    }
    None
}

/// A field that takes several values says in words how to separate them, also where its label
/// is a name (halen en brengen: `Bram Peters: Brengt`).
#[test]
fn a_field_of_several_values_says_how_to_separate_them() {
    for (lang, said) in [
        (Lang::Nl, "Meer dan één? Scheid ze met een puntkomma: a; b"),
        (
            Lang::En,
            "More than one? Separate them with a semicolon: a; b",
        ),
    ] {
        let mut app = demo_app(lang);
        app.update(Action::ShowPane(Pane::Basis));
        while knoop::questionnaire::current(&app.ws) + 1 < 13 {
            app.update(Action::NextScreen);
        }
        app.update(Action::EditAnswer);
        assert!(matches!(app.ui.overlay, Some(Overlay::Form(_))));
        let screen = text(&draw(&app, 80, 24));
        assert!(screen.contains(said), "{lang:?}:\n{screen}");
    }
}
