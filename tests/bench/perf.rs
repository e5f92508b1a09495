//! Benchmarks on generated workspaces of 1,000 and 10,000 actors: load, save, and one key handled
//! plus one frame rendered. Run with `cargo bench`; figures go to the README. Never a test: no
//! timing is asserted anywhere.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::fmt::Write as _;
use std::hint::black_box;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use knoop::app::{App, Pane};
use knoop::i18n::Lang;
use knoop::store;
use knoop::workspace::{Actor, LogEntry, Position, Relation, Role, RolePeriod, Workspace};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

/// A workspace with `n` actors, three relations each, and a log entry per ten actors.
fn generate(n: usize) -> Workspace {
    let mut ws = Workspace::new("Benchmark netwerk");
    let positions = [Position::Kern, Position::Ring, Position::VrijeRuimte];
    for i in 0..n {
        let mut a = Actor::new(&format!("Actor {i:05} van organisatie {}", i % 97));
        a.represents = format!("Organisatie {}", i % 97);
        a.position = Some(positions[i % 3]);
        a.tags = vec!["zorg".to_owned(), format!("wijk-{}", i % 12)];
        a.roles.push(RolePeriod {
            role: if i % 50 == 0 {
                Role::Netwerkleider
            } else {
                Role::Participant
            },
            coalition: None,
            from: jiff::civil::Date::constant(2025, 3, 1),
            until: None,
            extra: knoop::workspace::Extra::new(),
        });
        ws.actors.push(a);
    }
    for i in 0..n {
        for step in [1, 7, 31] {
            let (from, to) = (ws.actors[i].id, ws.actors[(i + step) % n].id);
            ws.relations.push(Relation::new(from, to, "werkt samen"));
        }
        if i % 10 == 0 {
            let mut e = LogEntry::note(&format!("Notitie {i}"), jiff::Timestamp::UNIX_EPOCH);
            e.actors.push(ws.actors[i].id);
            ws.log.push(e);
        }
    }
    ws
}

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> Duration {
    median(
        (0..runs)
            .map(|_| {
                let t = Instant::now();
                black_box(f());
                t.elapsed()
            })
            .collect(),
    )
}

fn ms(d: Duration) -> String {
    format!("{:.3} ms", d.as_secs_f64() * 1000.0)
}

/// A committed edit as the UI thread lives it: the key that saves a form, the edit, the derived
/// views and the frame; then, separately, the snapshot taken for the writer when input pauses.
fn committed_edit(ws: &Workspace, path: &Path) -> (Duration, Duration, Arc<Workspace>) {
    let mut app3 = App::new(
        ws.clone(),
        path.to_owned(),
        Lang::Nl,
        jiff::civil::Date::constant(2026, 11, 27),
    );
    app3.autosave = true;
    let _ = app3.update(knoop::app::Action::ShowPane(Pane::Actors));
    let mut t3 = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let enter = Event::Key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE));
    let mut last = None;
    let mut edit_samples = Vec::new();
    let mut pause_samples = Vec::new();
    for k in 0..20 {
        let _ = app3.update(knoop::app::Action::AddActor);
        let _ = app3.update(knoop::app::Msg::Paste(format!("Nieuwe actor {k}")));
        let t = Instant::now();
        let _ = app3.handle_event(&enter);
        t3.draw(|f| knoop::ui::render(&app3, f)).unwrap();
        edit_samples.push(t.elapsed());
        let t = Instant::now();
        let effects = app3.update(knoop::app::Msg::Tick);
        pause_samples.push(t.elapsed());
        for e in effects {
            if let knoop::app::Effect::Save(job) = e {
                let report = knoop::store::saver::SaveReport {
                    generation: job.generation,
                    outcome: Ok(()),
                    conflict_copy: None,
                };
                // Dropped here, as the writer drops the one before.
                last = Some(job.snapshot);
                let _ = app3.update(knoop::app::Msg::Saved(report));
            }
        }
    }
    let committed = median(edit_samples);
    let pause = median(pause_samples);
    (committed, pause, last.unwrap())
}

/// The network analysis and the map: measures, layout, and the map's first frame.
fn map_and_analysis() {
    use knoop::analysis::graph::{Graph, Scope, analyse};
    use knoop::analysis::layout::{MAX_WHOLE, stress};
    for n in [200, 1_000, 10_000] {
        let ws = generate(n);
        let runs = if n > 1_000 { 3 } else { 10 };
        let analysis = time(runs, || analyse(&ws, &Scope::default()));
        let graph = Graph::of(&ws, &Scope::default());
        let layout = if n <= MAX_WHOLE {
            ms(time(runs, || stress(&graph, &[])))
        } else {
            "neighbourhood only".to_owned()
        };
        // As the user sees it: the analyst's result taken in, the map pane drawn.
        let mut app = App::new(
            ws.clone(),
            "w.json".into(),
            Lang::Nl,
            jiff::civil::Date::constant(2026, 11, 27),
        );
        app.analyse_now();
        let frame = time(runs, || {
            app.ui.map.local = None;
            app.update(knoop::app::Action::ShowPane(Pane::Map));
            let mut t = Terminal::new(TestBackend::new(80, 24)).unwrap();
            t.draw(|f| knoop::ui::render(&app, f)).unwrap();
        });
        println!(
            "{n} actors, {} relations: analysis {}, layout {layout}, map frame {}",
            ws.relations.len(),
            ms(analysis),
            ms(frame)
        );
    }
}

/// Every export, and the import of knoop's own CSV and of a Kumu sheet: read, matched, applied.
fn exports_and_imports() {
    use knoop::export::{dot, gexf, graphml, html, kumu, redact, report, tables};
    use knoop::import::{Format, Incoming, plan, read};
    let today = jiff::civil::Date::constant(2026, 11, 30);
    for n in [1_000, 10_000] {
        let ws = generate(n);
        let runs = if n > 1_000 { 3 } else { 10 };
        let mut key = redact::Pseudonyms::new();
        let team = time(runs, || {
            redact::redact(&ws, redact::Level::Team, &mut key, Lang::Nl)
        });
        let times = [
            ("redact", team),
            ("md", time(runs, || report::report(&ws, Lang::Nl, today))),
            (
                "html (with its md)",
                time(runs, || html::html(&ws, "", Lang::Nl, today)),
            ),
            (
                "csv",
                time(runs, || {
                    (
                        tables::csv(&ws, tables::Table::Actors),
                        tables::csv(&ws, tables::Table::Relations),
                    )
                }),
            ),
            ("graphml", time(runs, || graphml::graphml(&ws))),
            ("gexf", time(runs, || gexf::gexf(&ws))),
            ("dot", time(runs, || dot::dot(&ws, Lang::Nl))),
            ("kumu", time(runs, || kumu::kumu(&ws).to_string())),
        ];
        let line: Vec<String> = times
            .iter()
            .map(|(w, d)| format!("{w} {}", ms(*d)))
            .collect();
        println!("{n} actors, export: {}", line.join(", "));

        let actors = tables::csv(&ws, tables::Table::Actors);
        let relations = tables::csv(&ws, tables::Table::Relations);
        let parse = || {
            let mut rows = Incoming::default();
            read("actors.csv", &actors, Format::Csv, &mut rows).unwrap();
            read("relations.csv", &relations, Format::Csv, &mut rows).unwrap();
            rows
        };
        let rows = parse();
        let read_time = time(runs, parse);
        let round_trip = time(runs, || plan(&ws, rows.clone()));
        let empty = Workspace::new("leeg");
        let fresh = time(runs, || {
            let mut into = empty.clone();
            let planned = plan(&into, rows.clone());
            into.commit(planned.changes(&empty));
            into
        });
        // A sheet of new names into the full workspace: every name compared for "did you mean".
        let mut sheet = String::from("Label;Type\n");
        for i in 0..n {
            let _ = writeln!(sheet, "Deelnemer {i:05} van organisatie {};person", i % 97);
        }
        let kumu_rows = {
            let mut rows = Incoming::default();
            read("kumu.csv", sheet.as_bytes(), Format::Csv, &mut rows).unwrap();
            rows
        };
        let new_names = time(runs, || plan(&ws, kumu_rows.clone()));
        println!(
            "{n} actors, import: read both CSV {}, plan against itself (all recognised) {}, \
             plan + apply into an empty workspace {}, {n} new names planned against {n} {}",
            ms(read_time),
            ms(round_trip),
            ms(fresh),
            ms(new_names)
        );
    }
}

/// Git's side: the merge driver's work on two edited copies, and the readable diff text.
fn merge_and_textconv() {
    for n in [1_000, 10_000] {
        let base = generate(n);
        let (mut ours, mut theirs) = (base.clone(), base.clone());
        // Each side: a hundred actors changed, ten added, a tag and a relation here and there.
        for i in 0..100 {
            ours.actors[i * 7].represents = format!("Nieuw {i}");
            theirs.actors[i * 7 + 3].position = None;
            theirs.actors[i * 5].tags.push("extra".into());
        }
        for i in 0..10 {
            ours.actors.push(Actor::new(&format!("Ons {i}")));
            theirs.actors.push(Actor::new(&format!("Hun {i}")));
        }
        let runs = if n > 1_000 { 3 } else { 10 };
        // As the driver does it: three files read, merged, the result written as knoop saves.
        let files: Vec<Vec<u8>> = [&base, &ours, &theirs]
            .iter()
            .map(|ws| store::serialize(ws).unwrap())
            .collect();
        let driver = time(runs, || {
            let parse = |b: &[u8]| serde_json::from_slice::<serde_json::Value>(b).unwrap();
            let m = knoop::merge::merge(Some(parse(&files[0])), parse(&files[1]), parse(&files[2]))
                .unwrap();
            store::serialize(&m.workspace).unwrap()
        });
        let textconv = time(runs, || knoop::export::textconv::textconv(&files[1]));
        let snap =
            knoop::workspace::snapshot::Snapshot::of(&base, "s", jiff::Timestamp::UNIX_EPOCH);
        let take = time(runs, || {
            knoop::workspace::snapshot::Snapshot::of(&base, "s", jiff::Timestamp::UNIX_EPOCH)
        });
        let then = snap.workspace();
        let diff = time(runs, || knoop::analysis::diff::diff(&then, &ours));
        let quick = time(runs, || {
            knoop::analysis::diff::diff_with(&then, &ours, false)
        });
        println!(
            "{n} actors: merge driver (parse 3, merge, serialise) {}, textconv {}, snapshot {}, \
             diff {} ({} without betweenness)",
            ms(driver),
            ms(textconv),
            ms(take),
            ms(diff),
            ms(quick)
        );
    }
}

/// An actor added: the edit and the derived views.
fn add_actor(ws: &Workspace, path: &Path) -> Duration {
    let mut app = App::new(
        ws.clone(),
        path.to_owned(),
        Lang::Nl,
        jiff::civil::Date::constant(2026, 11, 27),
    );
    time(20, || {
        let edit = app.ws.add_actor(Actor::new("Nieuw"));
        app.commit(edit);
    })
}

/// A frame of each pane whose text is made from the whole network each frame: the Overview
/// (its to-do, the phase's checklist, the network's lines) and the Basis pane's summary.
fn whole_network_frames(ws: &Workspace, path: &Path) -> (Duration, Duration) {
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let mut app = App::new(
        ws.clone(),
        path.to_owned(),
        Lang::Nl,
        jiff::civil::Date::constant(2026, 11, 27),
    );
    app.ws.network.phase = Some(knoop::workspace::Phase::Vitaliseren);
    app.analyse_now();
    let overview = time(20, || {
        terminal.draw(|f| knoop::ui::render(&app, f)).unwrap();
    });
    app.update(knoop::app::Action::ShowPane(Pane::Basis));
    for _ in 0..16 {
        app.update(knoop::app::Action::NextScreen);
    }
    let summary = time(20, || {
        terminal.draw(|f| knoop::ui::render(&app, f)).unwrap();
    });
    (overview, summary)
}

fn main() {
    if std::env::args().any(|a| a == "git") {
        merge_and_textconv();
        return;
    }
    if std::env::args().any(|a| a == "io") {
        exports_and_imports();
        return;
    }
    map_and_analysis();
    exports_and_imports();
    merge_and_textconv();
    let dir = tempfile::tempdir().unwrap();
    for n in [1_000, 10_000] {
        let ws = generate(n);
        let bytes = store::serialize(&ws).unwrap();
        let path = dir.path().join(format!("w{n}.json"));
        std::fs::write(&path, &bytes).unwrap();

        let parse = time(20, || store::parse(Path::new("w"), &bytes).unwrap());
        let serialize = time(20, || store::serialize(&ws).unwrap());
        let mut on_disk = bytes.clone();
        let save = time(20, || {
            let next = store::serialize(&ws).unwrap();
            store::write_atomic(&path, &next, Some(&on_disk)).unwrap();
            on_disk = next;
        });

        let mut app = App::new(
            ws.clone(),
            path.clone(),
            Lang::Nl,
            jiff::civil::Date::constant(2026, 11, 27),
        );
        app.ui.size = (80, 24);
        app.update(knoop::app::Action::ShowPane(Pane::Actors));
        let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
        let down = Event::Key(KeyEvent::new(KeyCode::Char('j'), KeyModifiers::NONE));
        let key = time(500, || {
            app.handle_event(&down);
            terminal.draw(|f| knoop::ui::render(&app, f)).unwrap();
        });
        app.update(knoop::app::Action::Search);
        let letters = [
            KeyCode::Char('a'),
            KeyCode::Char('5'),
            KeyCode::Backspace,
            KeyCode::Backspace,
        ];
        let mut k = 0;
        let search = time(200, || {
            app.handle_event(&Event::Key(KeyEvent::new(
                letters[k % 4],
                KeyModifiers::NONE,
            )));
            k += 1;
            terminal.draw(|f| knoop::ui::render(&app, f)).unwrap();
        });
        app.update(knoop::app::Action::ClearSearch);
        "pos:kern rol:netwerkleider".clone_into(&mut app.ui.actors.query);
        let filter = time(50, || app.refresh_views());
        let (overview_frame, summary_frame) = whole_network_frames(&ws, &path);
        let add = add_actor(&ws, &path);
        let (committed, pause, snapshot) = committed_edit(&ws, &path);
        let off_thread = time(10, || store::serialize(&snapshot).unwrap());
        let clone = time(20, || ws.clone());
        let first_frame = time(20, || {
            let app = App::new(
                ws.clone(),
                path.clone(),
                Lang::Nl,
                jiff::civil::Date::constant(2026, 11, 27),
            );
            let mut t = Terminal::new(TestBackend::new(80, 24)).unwrap();
            t.draw(|f| knoop::ui::render(&app, f)).unwrap();
        });
        println!(
            "{n} actors ({} KiB file, {} relations):",
            bytes.len() / 1024,
            ws.relations.len()
        );
        println!("  load (parse + validate)            {}", ms(parse));
        println!("  serialise                          {}", ms(serialize));
        println!("  save (serialise + atomic replace)  {}", ms(save));
        println!("  app built + first frame rendered   {}", ms(first_frame));
        println!("  key handled + frame rendered (j)   {}", ms(key));
        println!("  add actor (edit + derived views)   {}", ms(add));
        println!("  committed edit on the UI thread    {}", ms(committed));
        println!("  snapshot when typing pauses        {}", ms(pause));
        println!("    (a clone of the workspace:       {})", ms(clone));
        println!("  serialise, on the writer thread    {}", ms(off_thread));
        println!("  search key (fuzzy filter + frame)  {}", ms(search));
        println!("  filters only (pos: + rol:)         {}", ms(filter));
        println!(
            "  Overview frame (to-do, checklist)  {}",
            ms(overview_frame)
        );
        println!("  Basis summary frame                {}", ms(summary_frame));
    }
}
