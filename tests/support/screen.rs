//! The TUI drawn in memory: the demo network in an app, a frame of any size, its text.

#![allow(dead_code)]

use std::path::Path;

use knoop::app::App;
use knoop::i18n::Lang;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;

/// The demo network, on a fixed day in UTC, analysed as the analyst thread would.
pub fn demo_app(lang: Lang) -> App {
    let (ws, _) =
        knoop::store::parse(Path::new("demo.json"), knoop::cli::write::DEMO.as_bytes()).unwrap();
    let mut app = App::new(
        ws,
        "demo.json".into(),
        lang,
        jiff::civil::Date::constant(2026, 11, 27),
    );
    app.tz = jiff::tz::TimeZone::UTC;
    // What the analyst thread brings a moment after the start.
    app.analyse_now();
    app
}

/// One frame at `w` by `h`.
pub fn draw(app: &App, w: u16, h: u16) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal.draw(|f| knoop::ui::render(app, f)).unwrap();
    terminal.backend().buffer().clone()
}

/// A frame's text, a line per row.
pub fn text(buf: &Buffer) -> String {
    let mut out = String::new();
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            out.push_str(buf[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}
