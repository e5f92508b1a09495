//! Every pane at 80x24 in Dutch and English from the demo workspace, as insta snapshots (review
//! changes with `cargo insta review`), plus style checks where colour carries meaning.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::items_after_statements
)]

#[path = "support/screen.rs"]
mod screen;

use knoop::app::{Action, App, Pane};
use knoop::i18n::Lang;
use knoop::ui;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};
use screen::{demo_app, draw, text};

/// The first cell of the first occurrence of `word` on screen.
fn find<'a>(buf: &'a Buffer, word: &str) -> Option<&'a ratatui::buffer::Cell> {
    let n = word.chars().count() as u16;
    for y in 0..buf.area.height {
        for x in 0..buf.area.width.saturating_sub(n) {
            let here: String = (x..x + n).map(|i| buf[(i, y)].symbol()).collect();
            if here == word {
                return Some(&buf[(x, y)]);
            }
        }
    }
    None
}

fn lang_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => "nl",
        Lang::En => "en",
    }
}

#[test]
fn every_pane_in_both_languages() {
    for lang in [Lang::Nl, Lang::En] {
        for pane in Pane::ALL {
            let mut app = demo_app(lang);
            app.update(Action::ShowPane(pane));
            let name = format!("{:?}_{}", pane, lang_name(lang)).to_lowercase();
            insta::assert_snapshot!(name, text(&draw(&app, 80, 24)));
        }
    }
}

#[test]
fn overlays_in_both_languages() {
    for lang in [Lang::Nl, Lang::En] {
        let l = lang_name(lang);
        let mut app = demo_app(lang);
        app.update(Action::ShowPane(Pane::Actors));
        app.update(Action::ToggleHelp);
        insta::assert_snapshot!(format!("help_actors_{l}"), text(&draw(&app, 80, 24)));
        // The help scrolls to its last line, and says when nothing more follows.
        for _ in 0..10 {
            app.update(Action::ScrollDown);
        }
        let end = text(&draw(&app, 80, 24));
        assert!(end.contains("C-c") && end.contains("↓0"), "{end}");
        app.update(Action::CloseOverlay);
        app.update(Action::DeleteActor);
        insta::assert_snapshot!(format!("confirm_delete_{l}"), text(&draw(&app, 80, 24)));
        app.update(Action::ConfirmNo);
        app.update(Action::AddActor);
        insta::assert_snapshot!(format!("form_add_actor_{l}"), text(&draw(&app, 80, 24)));
        app.update(Action::CancelForm);
        let mut rows = knoop::import::Incoming::default();
        let sheet = "Label;Type;Tags\nBram Pieters;person;kern\nGemeente Utrecht;;\n;;\n";
        let links = "From;To;Type\nBram Pieters;Ahmed El Amrani;kent\nBram Pieters;Niemand;kent\n";
        let csv = knoop::import::Format::Csv;
        knoop::import::read("actoren.csv", sheet.as_bytes(), csv, &mut rows).unwrap();
        knoop::import::read("relaties.csv", links.as_bytes(), csv, &mut rows).unwrap();
        app.update(knoop::app::msg::Msg::ImportRead(Box::new(Ok((
            "actoren.csv".into(),
            rows,
        )))));
        insta::assert_snapshot!(format!("import_preview_{l}"), text(&draw(&app, 80, 24)));
        app.update(Action::CloseOverlay);
        let (ahmed, bram) = (app.ws.actors[1].id, app.ws.actors[13].id);
        app.ws.conflicts = vec![
            knoop::workspace::conflict::Conflict {
                path: vec!["actors".into(), bram.to_string(), "position".into()],
                base: Some(serde_json::json!("kern")),
                ours: Some(serde_json::json!("ring")),
                theirs: Some(serde_json::json!("vrije-ruimte")),
            },
            knoop::workspace::conflict::Conflict {
                path: vec!["actors".into(), ahmed.to_string()],
                base: None,
                ours: None,
                theirs: Some(serde_json::json!({"name": "Ahmed El Amrani", "tags": ["zorg"]})),
            },
        ];
        let at = jiff::Timestamp::from_second(1_790_000_000).unwrap();
        let mut old = knoop::workspace::snapshot::Snapshot::of(&app.ws, "kick-off", at);
        old.network.phase = Some(knoop::workspace::Phase::Verkennen);
        old.actors.retain(|a| a.name != "Mitros");
        old.actors[13].position = Some(knoop::workspace::Position::Ring);
        app.ws.snapshots = vec![old];
        app.update(Action::OpenTimeline);
        insta::assert_snapshot!(format!("timeline_{l}"), text(&draw(&app, 80, 24)));
        app.update(Action::CloseOverlay);
        app.ws.snapshots.clear();
        app.update(Action::OpenConflicts);
        insta::assert_snapshot!(format!("conflicts_{l}"), text(&draw(&app, 80, 24)));
        app.update(Action::CloseOverlay);
        insta::assert_snapshot!(
            format!("actors_with_conflicts_{l}"),
            text(&draw(&app, 80, 24))
        );
    }
}

#[test]
fn too_small_and_no_panic_at_any_size() {
    let app = demo_app(Lang::Nl);
    insta::assert_snapshot!("too_small", text(&draw(&app, 40, 8)));
    for pane in Pane::ALL {
        let mut app = demo_app(Lang::En);
        app.update(Action::ShowPane(pane));
        for (w, h) in [
            (0, 0),
            (1, 1),
            (2, 1),
            (5, 2),
            (49, 11),
            (50, 12),
            (51, 13),
            (80, 24),
            (200, 60),
            (300, 5),
        ] {
            draw(&app, w, h);
        }
    }
}

/// The selected row stays visible without colour, and colour is gone under `NO_COLOR`.
#[test]
fn selection_is_visible_with_and_without_colour() {
    for color in [true, false] {
        let mut app = demo_app(Lang::Nl);
        app.color = color;
        app.update(Action::ShowPane(Pane::Actors));
        let buf = draw(&app, 80, 24);
        // Row 4 is the first data row: marker in column 1, the name right after it.
        assert_eq!(buf[(1, 4)].symbol(), "▸");
        assert!(
            buf[(2, 4)].modifier.contains(Modifier::REVERSED),
            "colour {color}"
        );
        assert!(!buf[(2, 5)].modifier.contains(Modifier::REVERSED));
        let coloured = buf
            .content()
            .iter()
            .any(|c| c.fg != Color::Reset || c.bg != Color::Reset);
        assert_eq!(coloured, color, "NO_COLOR must remove every colour");
    }
}

/// Warnings (gaps, overdue reviews) stand out: yellow in colour, bold without.
#[test]
fn warnings_stand_out() {
    for color in [true, false] {
        let mut app = demo_app(Lang::En);
        app.color = color;
        app.update(Action::ShowPane(Pane::Foundation));
        let buf = draw(&app, 80, 24);
        let cell = find(&buf, "overdue").expect("an overdue rule");
        if color {
            assert_eq!(cell.fg, Color::Yellow);
        } else {
            assert!(cell.modifier.contains(Modifier::BOLD));
        }
    }
}

/// A workspace shared by someone else cannot drive the terminal: escape sequences in names are
/// shown as text without the escape character.
#[test]
fn text_from_the_file_is_never_interpreted() {
    let mut app = demo_app(Lang::En);
    let evil = "Evil\u{1b}]0;owned\u{7}\u{1b}[2J\u{9b}31m";
    app.ws.network.name = evil.to_owned();
    app.ws.actors[0].name = evil.to_owned();
    app.refresh_views();
    for pane in Pane::ALL {
        app.update(Action::ShowPane(pane));
        let buf = draw(&app, 80, 24);
        for cell in buf.content() {
            assert!(
                !cell.symbol().chars().any(char::is_control),
                "control char on {pane:?}"
            );
        }
    }
}

/// The Actors pane's other faces: a search with filters, an actor's details, the ring view,
/// the edit form and the merge picker; and the Roles pane with a history. Dutch and English.
#[test]
fn actors_and_roles_views_in_both_languages() {
    for lang in [Lang::Nl, Lang::En] {
        let l = lang_name(lang);
        let mut app = demo_app(lang);
        app.update(Action::ShowPane(Pane::Actors));
        app.update(Action::Search);
        for c in "pos:kern ge".chars() {
            let key = ratatui::crossterm::event::KeyCode::Char(c);
            app.handle_event(&ratatui::crossterm::event::Event::Key(key.into()));
        }
        insta::assert_snapshot!(format!("actors_search_{l}"), text(&draw(&app, 80, 24)));
        app.update(Action::ClearSearch);
        app.update(Action::OpenDetail);
        insta::assert_snapshot!(format!("actor_detail_{l}"), text(&draw(&app, 80, 24)));
        app.update(Action::EditActor);
        insta::assert_snapshot!(format!("actor_edit_form_{l}"), text(&draw(&app, 80, 24)));
        app.update(Action::CancelForm);
        app.update(Action::MergeActor);
        insta::assert_snapshot!(format!("merge_picker_{l}"), text(&draw(&app, 80, 24)));
        app.update(Action::CloseOverlay);
        app.update(Action::CloseDetail);
        app.update(Action::ToggleRingView);
        insta::assert_snapshot!(format!("rings_{l}"), text(&draw(&app, 80, 24)));
        let mut app = demo_app(lang);
        app.update(Action::ShowPane(Pane::Roles));
        for _ in 0..14 {
            app.update(Action::SelectNext);
        }
        insta::assert_snapshot!(format!("roles_history_{l}"), text(&draw(&app, 80, 24)));
    }
}

/// The ring view and the details stay readable without colour: the rings are borders, the
/// selected relation is reversed.
#[test]
fn rings_and_details_without_colour() {
    let mut app = demo_app(Lang::Nl);
    app.color = false;
    app.update(Action::ShowPane(Pane::Actors));
    app.update(Action::ToggleRingView);
    let buf = draw(&app, 80, 24);
    assert!(text(&buf).contains("kern (9)") && text(&buf).contains("ring (8)"));
    assert!(
        buf.content()
            .iter()
            .all(|c| c.fg == Color::Reset && c.bg == Color::Reset)
    );
    app.update(Action::ToggleRingView);
    app.update(Action::OpenDetail);
    let buf = draw(&app, 80, 24);
    let cell = find(&buf, "→ GGD regio").expect("the first relation");
    assert!(cell.modifier.contains(Modifier::REVERSED));
}

/// The meeting views: the identity card's compare view and the rule form.
#[test]
fn meeting_views_in_both_languages() {
    for lang in [Lang::Nl, Lang::En] {
        let l = lang_name(lang);
        let mut app = demo_app(lang);
        app.update(Action::ShowPane(Pane::Identity));
        app.update(Action::ToggleCompare);
        insta::assert_snapshot!(format!("identity_compare_{l}"), text(&draw(&app, 80, 24)));
        app.update(Action::ShowPane(Pane::Foundation));
        app.update(Action::EditItem);
        insta::assert_snapshot!(format!("rule_form_{l}"), text(&draw(&app, 80, 24)));
    }
}

/// The engagement grid, on the demo and on 200 actors by 60 topics scrolled far in both
/// directions: the topic column and the actor header stay visible.
#[test]
fn the_grid_in_both_languages_and_at_200_by_60() {
    for lang in [Lang::Nl, Lang::En] {
        let mut app = demo_app(lang);
        app.update(Action::ShowPane(Pane::Agenda));
        app.update(Action::ToggleGrid);
        insta::assert_snapshot!(
            format!("grid_{}", lang_name(lang)),
            text(&draw(&app, 80, 24))
        );
    }
    let mut ws = knoop::workspace::Workspace::new("Groot");
    for i in 0..200 {
        ws.actors
            .push(knoop::workspace::Actor::new(&format!("Actor {i:03}")));
    }
    let levels = <knoop::workspace::Engagement as knoop::workspace::Vocabulary>::ALL;
    for t in 0..60 {
        let mut topic = knoop::workspace::Topic::new(&format!("Onderwerp {t:02}"));
        for (i, a) in ws.actors.iter().enumerate() {
            if (i + t) % 3 == 0 {
                topic.engagement.insert(a.id, levels[(i * 7 + t) % 4]);
            }
        }
        ws.topics.push(topic);
    }
    let mut app = App::new(
        ws,
        "groot.json".into(),
        Lang::Nl,
        jiff::civil::Date::constant(2026, 11, 27),
    );
    app.handle_event(&ratatui::crossterm::event::Event::Resize(80, 24));
    app.update(Action::ShowPane(Pane::Agenda));
    app.update(Action::ToggleGrid);
    for _ in 0..45 {
        app.update(Action::SelectNext);
    }
    for _ in 0..150 {
        app.update(Action::FocusRight);
    }
    let screen = text(&draw(&app, 80, 24));
    assert!(screen.contains("Onderwerp 45 × Actor 150"), "{screen}");
    insta::assert_snapshot!("grid_200_by_60", screen);
}

/// Without colour the grid's focused cell, the focused identity column and overdue follow-ups
/// still stand out.
#[test]
fn meeting_panes_without_colour() {
    let mut app = demo_app(Lang::Nl);
    app.color = false;
    app.update(Action::ShowPane(Pane::Agenda));
    app.update(Action::ToggleGrid);
    let buf = draw(&app, 80, 24);
    assert!(
        buf.content()
            .iter()
            .all(|c| c.fg == Color::Reset && c.bg == Color::Reset)
    );
    // The first topic's first cell is focused: row 5, just after the topic column.
    assert!(buf[(25, 5)].modifier.contains(Modifier::REVERSED));
    app.update(Action::ShowPane(Pane::Log));
    let buf = draw(&app, 80, 24);
    let late = find(&buf, "2026-11-20 Coalitieleider").expect("an overdue follow-up");
    assert!(late.modifier.contains(Modifier::BOLD));
    app.update(Action::ShowPane(Pane::Identity));
    let buf = draw(&app, 80, 24);
    assert!(
        find(&buf, "passie (3)")
            .unwrap()
            .modifier
            .contains(Modifier::REVERSED)
    );
}

/// The questionnaire, one screen of each answer kind, in both languages; a long answer wraps.
#[test]
fn questionnaire_screens_in_both_languages() {
    for lang in [Lang::Nl, Lang::En] {
        let mut app = demo_app(lang);
        app.update(Action::ShowPane(Pane::Basis));
        app.update(Action::PrevScreen);
        app.update(Action::PrevScreen);
        app.update(Action::PrevScreen);
        for (i, screen) in knoop::questionnaire::screens().iter().enumerate() {
            if [
                "welcome",
                "type",
                "actors",
                "roles",
                "engagement",
                "halen-brengen",
                "summary",
            ]
            .contains(&screen.id.as_str())
            {
                let name = format!(
                    "basis_{:02}_{}_{}",
                    i + 1,
                    screen.id.as_str(),
                    lang_name(lang)
                );
                insta::assert_snapshot!(name, text(&draw(&app, 80, 24)));
            }
            app.update(Action::NextScreen);
        }
        app.update(Action::PrevScreen);
        app.update(Action::EditAnswer);
        let _ = text(&draw(&app, 80, 24));
        app.update(Action::CloseOverlay);
        app.update(Action::NewRound);
        for _ in 0..13 {
            app.update(Action::PrevScreen);
        }
        app.update(Action::CompareRounds);
        insta::assert_snapshot!(
            format!("basis_compare_{}", lang_name(lang)),
            text(&draw(&app, 80, 24))
        );
    }
}

/// A long free-text answer wraps inside the editor and scrolls with the cursor.
#[test]
fn a_long_answer_wraps_and_scrolls() {
    let mut app = demo_app(Lang::Nl);
    app.update(Action::ShowPane(Pane::Basis));
    app.update(Action::AnswerNotes);
    let long = "Het netwerk begon in 2024 met een wijkgesprek. ".repeat(40);
    app.handle_event(&ratatui::crossterm::event::Event::Paste(long));
    let screen = text(&draw(&app, 80, 24));
    insta::assert_snapshot!("basis_long_answer", screen);
    assert!(
        screen.lines().filter(|l| l.contains("wijkgesprek")).count() > 5,
        "the answer wraps over lines"
    );
}

/// A newcomer's empty workspace points to the questionnaire.
#[test]
fn an_empty_workspace_points_the_way() {
    for lang in [Lang::Nl, Lang::En] {
        let ws = knoop::workspace::Workspace::new("");
        let mut app = App::new(
            ws,
            "w.json".into(),
            lang,
            jiff::civil::Date::constant(2026, 11, 27),
        );
        app.analyse_now();
        insta::assert_snapshot!(
            format!("overview_empty_{}", lang_name(lang)),
            text(&draw(&app, 80, 24))
        );
    }
}

/// A page step moves exactly one screenful of the list that has the keys, in every pane's layout
/// (a 5-row header above the rules, ambitions under the topics, follow-ups under the log, the
/// search line under the actors): what the renderer shows starts at the app's offset and ends a
/// page later.
#[test]
fn a_page_step_is_one_screenful_in_every_list() {
    use knoop::workspace::{Actor, LogEntry, Rule, Topic};
    let mut ws = knoop::workspace::Workspace::new("Lang");
    for i in 0..100 {
        ws.actors.push(Actor::new(&format!("Actor {i:03}")));
        ws.foundation
            .rules
            .push(Rule::new(&format!("Regel {i:03}")));
        ws.topics.push(Topic::new(&format!("Onderwerp {i:03}")));
        let at = jiff::Timestamp::from_second(1_700_000_000 + i64::from(i) * 60).unwrap();
        ws.log.push(LogEntry::note(&format!("Notitie {i:03}"), at));
    }
    ws.ambitions
        .push(knoop::workspace::Ambition::new("Gezond Zuid"));
    let mut app = App::new(
        ws,
        "lang.json".into(),
        Lang::Nl,
        jiff::civil::Date::constant(2026, 11, 27),
    );
    let _ = app.update(knoop::app::Msg::Resize(80, 24));
    let label = |app: &App, row: usize| -> String {
        match app.ui.pane {
            Pane::Actors => app.ws.actors[app.views.actors[row]].name.clone(),
            Pane::Foundation => app.ws.foundation.rules[row].text.clone(),
            Pane::Agenda => app.ws.topics[app.views.topics[row]].title.clone(),
            Pane::Log => app.ws.log[app.views.log[row]].text.clone(),
            _ => unreachable!(),
        }
    };
    for (pane, search) in [
        (Pane::Foundation, false),
        (Pane::Agenda, false),
        (Pane::Log, false),
        (Pane::Actors, true),
    ] {
        app.update(Action::ShowPane(pane));
        if search {
            app.update(Action::Search);
            app.handle_event(&ratatui::crossterm::event::Event::Paste("Actor".into()));
        }
        let page = app.page_rows();
        for step in 1..=2 {
            app.update(Action::PageDown);
            let screen = text(&draw(&app, 80, 24));
            let offset = app.offset(pane);
            let first = label(&app, offset);
            let last = label(&app, offset + page - 1);
            let beyond = label(&app, offset + page);
            assert!(
                screen.contains(&first),
                "{pane:?} step {step}: {first}\n{screen}"
            );
            assert!(
                screen.contains(&last),
                "{pane:?} step {step}: {last}\n{screen}"
            );
            assert!(
                !screen.contains(&beyond),
                "{pane:?} step {step}: {beyond}\n{screen}"
            );
            let before = label(&app, offset - 1);
            assert!(
                !screen.contains(&before),
                "{pane:?} step {step}: {before}\n{screen}"
            );
        }
    }
}

/// A 1 MB paste lands whole in a form field and in the search (inserted in one go, not letter
/// by letter, which took quadratic time: 220 KB froze knoop for 9 s).
#[test]
fn a_megabyte_paste_lands_whole() {
    let mut app = demo_app(Lang::En);
    app.update(Action::ShowPane(Pane::Actors));
    app.update(Action::AddActor);
    let big = "x".repeat(1 << 20);
    app.handle_event(&ratatui::crossterm::event::Event::Paste(big.clone()));
    let Some(knoop::app::Overlay::Form(form)) = &app.ui.overlay else {
        panic!("the form is open");
    };
    assert_eq!(form.text(knoop::i18n::FIELD_NAME).len(), big.len());
    app.update(Action::CancelForm);
    app.update(Action::ConfirmYes);
    app.update(Action::Search);
    app.handle_event(&ratatui::crossterm::event::Event::Paste(big.clone()));
    assert_eq!(app.ui.actors.query.len(), big.len());
}

/// A 10 MB name (a crafted or broken file) is shown cut with a mark, and a key and a frame cost
/// what they cost for a short name (it used to take 0.75 s per key).
#[test]
fn a_ten_megabyte_name_is_shown_cut() {
    let mut app = demo_app(Lang::En);
    let huge = format!("Reus{}", "x".repeat(10 << 20));
    app.ws.actors[0].name = huge;
    app.refresh_views();
    app.update(Action::ShowPane(Pane::Actors));
    let t = std::time::Instant::now();
    for _ in 0..5 {
        app.update(Action::SelectNext);
        let _ = draw(&app, 80, 24);
    }
    eprintln!("5 keys with a 10 MB name: {:?}", t.elapsed());
    app.update(Action::SelectFirst);
    let screen = text(&draw(&app, 200, 60));
    assert!(screen.contains("Reusxxx"), "{screen}");
}

/// A date field shows what it understood while the user types, before anything is saved.
#[test]
fn a_date_field_shows_what_it_understood() {
    let mut app = demo_app(Lang::Nl);
    app.update(Action::ShowPane(Pane::Log));
    app.update(Action::CheckIn);
    for _ in 0..6 {
        app.update(Action::NextField);
    }
    app.handle_event(&ratatui::crossterm::event::Event::Paste("vrijdag".into()));
    let screen = text(&draw(&app, 80, 24));
    assert!(screen.contains("→ vrijdag 4 december 2026"), "{screen}");
    app.handle_event(&ratatui::crossterm::event::Event::Paste("x".into()));
    let screen = text(&draw(&app, 80, 24));
    assert!(screen.contains("'vrijdagx' is geen datum"), "{screen}");
}

/// Enter on a log row opens the entry whole: who was there, every decision and follow-up with
/// owner and due date, wrapped; j scrolls.
#[test]
fn a_log_entry_opens_whole_in_both_languages() {
    for lang in [Lang::Nl, Lang::En] {
        let mut app = demo_app(lang);
        app.update(Action::ShowPane(Pane::Log));
        // The check-in of October, with its decision and follow-up.
        let row = app
            .views
            .log
            .iter()
            .position(|i| app.ws.log[*i].text.starts_with("Kernoverleg oktober"))
            .unwrap();
        for _ in 0..row {
            app.update(Action::SelectNext);
        }
        app.update(Action::OpenEntry);
        let screen = text(&draw(&app, 80, 24));
        insta::assert_snapshot!(format!("log_entry_{}", lang_name(lang)), screen);
        assert!(
            screen.contains("Schulden en gezondheid wordt een ambitie"),
            "{screen}"
        );
        app.update(Action::ScrollDown);
        app.update(Action::CloseOverlay);
        assert!(app.ui.overlay.is_none());
    }
}

/// `/` on the Log pane narrows the entries to those holding every word typed; the title says
/// how many of all are shown and the search line stays under the list. Dutch and English.
#[test]
fn the_log_searched_in_both_languages() {
    for lang in [Lang::Nl, Lang::En] {
        let mut app = demo_app(lang);
        app.update(Action::ShowPane(Pane::Log));
        app.update(Action::Search);
        for c in "oktober".chars() {
            let key = ratatui::crossterm::event::KeyCode::Char(c);
            app.handle_event(&ratatui::crossterm::event::Event::Key(key.into()));
        }
        let screen = text(&draw(&app, 80, 24));
        insta::assert_snapshot!(format!("log_search_{}", lang_name(lang)), screen);
        assert!(screen.contains("/ oktober"), "{screen}");
        assert!(app.views.log.iter().all(|i| {
            app.ws.log[*i].text.to_lowercase().contains("oktober")
                || app.ws.log[*i]
                    .decisions
                    .iter()
                    .any(|d| d.contains("oktober"))
        }),);
        assert!(!app.views.log.is_empty() && app.views.log.len() < app.ws.log.len());
        // A search that finds nothing says so, rather than that the log is empty.
        app.handle_event(&ratatui::crossterm::event::Event::Key(
            ratatui::crossterm::event::KeyCode::Char('q').into(),
        ));
        let screen = text(&draw(&app, 80, 24));
        let words = match lang {
            Lang::Nl => "Niets gevonden",
            Lang::En => "Nothing found",
        };
        assert!(screen.contains(words), "{screen}");
    }
}

#[test]
fn the_meeting_screen_in_both_languages() {
    use ratatui::crossterm::event::{Event, KeyCode};
    let keys = |app: &mut App, codes: &[KeyCode]| {
        for c in codes {
            app.handle_event(&Event::Key((*c).into()));
        }
    };
    let words = |app: &mut App, text: &str| {
        for c in text.chars() {
            app.handle_event(&Event::Key(KeyCode::Char(c).into()));
        }
    };
    for lang in [Lang::Nl, Lang::En] {
        let mut app = demo_app(lang);
        app.update(Action::ShowPane(Pane::Log));
        keys(&mut app, &[KeyCode::Char('v')]);
        let screen = text(&draw(&app, 80, 24));
        insta::assert_snapshot!(format!("meeting_choose_{}", lang_name(lang)), screen);
        keys(&mut app, &[KeyCode::Down, KeyCode::Enter]);
        keys(
            &mut app,
            &[KeyCode::Char(' '), KeyCode::Char(' '), KeyCode::Down],
        );
        keys(&mut app, &[KeyCode::Char(' '), KeyCode::Tab]);
        words(&mut app, "Pilot start in januari");
        keys(&mut app, &[KeyCode::Enter, KeyCode::Tab]);
        words(&mut app, "Bel de wethouder @ahmed +7");
        let screen = text(&draw(&app, 80, 24));
        insta::assert_snapshot!(format!("meeting_{}", lang_name(lang)), screen);
        let understood = match lang {
            Lang::Nl => "→ Bel de wethouder · Ahmed El Amrani · vrijdag 4 december 2026",
            Lang::En => "→ Bel de wethouder · Ahmed El Amrani · Friday 4 December 2026",
        };
        assert!(screen.contains(understood), "{screen}");
        assert!(screen.contains("[x] Linda Smit"), "{screen}");
    }
}

#[test]
fn the_overview_explains_the_network_in_both_languages() {
    for lang in [Lang::Nl, Lang::En] {
        let mut app = demo_app(lang);
        app.update(Action::ShowPane(Pane::Overview));
        let heading = match lang {
            Lang::Nl => "│Het netwerk: de lijnen",
            Lang::En => "│The network: its lines",
        };
        // Scrolled until the network's lines head the to-do.
        for _ in 0..60 {
            let screen = text(&draw(&app, 80, 24));
            if screen.lines().nth(3).is_some_and(|l| l.contains(heading)) {
                break;
            }
            app.update(Action::SelectNext);
        }
        let screen = text(&draw(&app, 80, 24));
        insta::assert_snapshot!(format!("overview_network_{}", lang_name(lang)), screen);
        let broker = match lang {
            Lang::Nl => "Makelaar: Fatima Yilmaz is de enige",
            Lang::En => "Broker: Fatima Yilmaz is the only",
        };
        assert!(screen.contains(broker), "{screen}");
    }
}

/// A generated network of `n` actors in three positions, each related to a few others.
fn generated(n: usize) -> knoop::workspace::Workspace {
    use knoop::workspace::{Actor, Position, Relation};
    let mut ws = knoop::workspace::Workspace::new("Groot netwerk");
    let positions = [Position::Kern, Position::Ring, Position::VrijeRuimte];
    for i in 0..n {
        let mut a = Actor::new(&format!("Actor {i}"));
        a.position = Some(positions[i % 3]);
        ws.actors.push(a);
    }
    for i in 0..n {
        for step in [1, 7] {
            let (from, to) = (ws.actors[i].id, ws.actors[(i * 3 + step) % n].id);
            ws.relations.push(Relation::new(from, to, "werkt samen"));
        }
    }
    ws
}

#[test]
fn the_map_in_both_languages_without_colour_and_large() {
    for lang in [Lang::Nl, Lang::En] {
        let mut app = demo_app(lang);
        app.update(Action::ShowPane(Pane::Map));
        let screen = text(&draw(&app, 80, 24));
        insta::assert_snapshot!(format!("map_{}", lang_name(lang)), screen);
        assert!(
            screen.contains("Fatima Yilmaz") && screen.contains("◆"),
            "{screen}"
        );
        // The selected actor, highlighted, with what the network says of them.
        app.update(Action::Nearest(knoop::app::Toward::Down));
        let buf = draw(&app, 80, 24);
        let screen = text(&buf);
        assert!(screen.contains("▸ Fatima Yilmaz · kern"), "{screen}");
        assert!(screen.contains(" · 8 rela"), "{screen}");
        let name = find(&buf, "Fatima Yilmaz").unwrap();
        assert!(name.modifier.contains(Modifier::REVERSED));
    }
    // NO_COLOR: the shapes carry the positions, no cell has a colour.
    let mut app = demo_app(Lang::En);
    app.color = false;
    app.update(Action::ShowPane(Pane::Map));
    let buf = draw(&app, 80, 24);
    insta::assert_snapshot!("map_no_color", text(&buf));
    assert!(
        buf.content
            .iter()
            .all(|c| c.fg == Color::Reset && c.bg == Color::Reset),
        "no colour under NO_COLOR"
    );
    for shape in ["●", "◆", "○", "● kern (core)  ◆ ring  ○ vrije ruimte"] {
        assert!(text(&buf).contains(shape), "{shape}");
    }
    // 200 actors at 200x60: the best connected named, the rest drawn.
    for lang in [Lang::En, Lang::Nl] {
        let mut app = App::new(
            generated(200),
            "w.json".into(),
            lang,
            jiff::civil::Date::constant(2026, 11, 27),
        );
        app.analyse_now();
        app.update(Action::ShowPane(Pane::Map));
        let screen = text(&draw(&app, 200, 60));
        let name = match lang {
            Lang::En => "map_200_by_60",
            Lang::Nl => "map_200_by_60_nl",
        };
        insta::assert_snapshot!(name, screen);
        let title = match lang {
            Lang::En => "Map (200) · everyone",
            Lang::Nl => "Kaart (200) · iedereen",
        };
        assert!(screen.contains(title), "{screen}");
    }
}

#[test]
fn the_map_stays_inside_its_area_at_any_size() {
    let mut app = demo_app(Lang::Nl);
    app.update(Action::ShowPane(Pane::Map));
    app.update(Action::Nearest(knoop::app::Toward::Down));
    for (w, h) in [
        (1, 1),
        (2, 2),
        (3, 5),
        (7, 4),
        (20, 6),
        (50, 12),
        (80, 24),
        (240, 70),
    ] {
        let mut terminal = Terminal::new(TestBackend::new(w + 4, h + 4)).unwrap();
        terminal
            .draw(|f| {
                let area = ratatui::layout::Rect::new(2, 2, w, h);
                ui::map::render(&app, &ui::Theme::new(true), f, area);
            })
            .unwrap();
        let buf = terminal.backend().buffer();
        for y in 0..h + 4 {
            for x in 0..w + 4 {
                let inside = (2..2 + w).contains(&x) && (2..2 + h).contains(&y);
                assert!(
                    inside || buf[(x, y)].symbol() == " ",
                    "{w}x{h}: drawn outside its area at {x},{y}"
                );
            }
        }
    }
}

/// A status message is never cut: one longer than the status line has room for takes the key
/// hints' line, and both lines when it needs them.
#[test]
fn a_long_message_is_shown_whole() {
    let mut app = demo_app(Lang::En);
    let long = "Imported: 2 actors, 1 relation; 3 rows refused, see the preview for why (u: undo)";
    app.ui.message = Some(long.to_owned());
    let screen = text(&draw(&app, 80, 24));
    let joined: String = screen
        .lines()
        .rev()
        .take(3)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .map(str::trim)
        .collect::<Vec<_>>()
        .join(" ");
    assert!(joined.contains(long), "{screen}");
    let shorter = "Imported: 2 actors and 1 relation from the file (u: undo)";
    app.ui.message = Some(shorter.to_owned());
    let screen = text(&draw(&app, 80, 24));
    assert!(screen.contains(shorter), "{screen}");
    assert!(
        screen
            .lines()
            .last()
            .unwrap_or_default()
            .contains("demo.json"),
        "the save state stays"
    );
}

/// Nothing on the chrome is cut without a mark, in every pane, both languages, at 80x24, 60x20
/// and 200x60: every hint in the footer is whole (a key and what it does, as the keymap says
/// it) or the footer ends in `? meer` / `? more`; the tab bar carries every pane's digit.
#[test]
fn footers_and_tabs_are_never_cut_at_any_size() {
    use knoop::app::keymap;
    for lang in [Lang::Nl, Lang::En] {
        let whole: Vec<String> = keymap::bindings()
            .iter()
            .map(|b| {
                format!(
                    "{} {}",
                    keymap::key_label(b.keys[0]),
                    keymap::describe(b.action, lang)
                )
            })
            .chain([
                format!("? {}", lang.pick(knoop::i18n::FOOTER_MORE)),
                "…".to_owned(),
            ])
            .collect();
        for (w, h) in [(80, 24), (60, 20), (200, 60)] {
            for pane in Pane::ALL {
                let mut app = demo_app(lang);
                app.update(Action::ShowPane(pane));
                let screen = text(&draw(&app, w, h));
                let lines: Vec<&str> = screen.lines().collect();
                let footer = lines[lines.len() - 2].trim();
                for hint in footer.split("  ").map(str::trim).filter(|s| !s.is_empty()) {
                    assert!(
                        whole.iter().any(|x| x == hint),
                        "{pane:?} at {w}x{h} in {lang:?}: cut hint {hint:?} in {footer:?}"
                    );
                }
                let tabs = lines[1];
                for d in 1..=9 {
                    assert!(
                        tabs.contains(&format!("{d} ")),
                        "{pane:?} at {w}x{h}: tab {d} in {tabs:?}"
                    );
                }
            }
        }
    }
}

/// An ambition in full, from the demo's Agenda: `l` to the ambitions, Enter.
#[test]
fn an_ambition_in_full_in_both_languages() {
    for lang in [Lang::Nl, Lang::En] {
        let mut app = demo_app(lang);
        app.update(Action::ShowPane(Pane::Agenda));
        app.update(Action::FocusRight);
        app.update(Action::OpenDetail);
        insta::assert_snapshot!(
            format!("ambition_detail_{}", lang_name(lang)),
            text(&draw(&app, 80, 24))
        );
    }
}

/// The phase's checklist and the phases gone through, in the Overview (scrolled to them), and
/// the form for the decision at the end of a cycle, in both languages.
#[test]
fn the_phase_guidance_and_the_decision_in_both_languages() {
    for lang in [Lang::Nl, Lang::En] {
        let mut app = demo_app(lang);
        let _ = app.update(knoop::app::Msg::Resize(80, 24));
        let heading = app
            .overview_rows()
            .iter()
            .position(|r| r.1.contains("ontwikkelen"))
            .unwrap();
        // Rows wrap to about two lines each in the to-do's half of the screen.
        for _ in 0..heading + 8 {
            app.update(Action::SelectNext);
        }
        insta::assert_snapshot!(
            format!("overview_phase_{}", lang_name(lang)),
            text(&draw(&app, 80, 24))
        );
        app.update(Action::DecideCycle);
        insta::assert_snapshot!(
            format!("decision_form_{}", lang_name(lang)),
            text(&draw(&app, 80, 24))
        );
    }
}
