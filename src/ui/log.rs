//! Pane 8, Logboek: check-ins, notes and decisions, newest first.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::Span;

use super::Theme;
use super::table::ListTable;
use super::text::clean;
use crate::app::{App, Pane};
use crate::i18n::{self as t, Term};
use crate::workspace::LogEntry;

/// The entry's local date and time, `2026-11-27 14:05`.
pub fn when(app: &App, entry: &LogEntry) -> String {
    entry
        .at
        .to_zoned(app.tz.clone())
        .strftime("%Y-%m-%d %H:%M")
        .to_string()
}

/// One line about an entry: its text, or for a check-in who was there and what came of it.
pub fn summary(app: &App, e: &LogEntry) -> String {
    let mut parts = Vec::new();
    if !e.text.is_empty() {
        parts.push(clean(&e.text).into_owned());
    }
    if !e.present.is_empty() {
        parts.push(format!("{} {}", e.present.len(), app.t(t::PRESENT)));
    }
    if !e.decisions.is_empty() {
        parts.push(format!("{} {}", e.decisions.len(), app.t(t::DECISIONS)));
    }
    if !e.follow_ups.is_empty() {
        parts.push(format!("{} {}", e.follow_ups.len(), app.t(t::FOLLOW_UPS)));
    }
    let names: Vec<String> = e
        .actors
        .iter()
        .map(|id| clean(app.ws.actor_name(*id)).into_owned())
        .collect();
    if !names.is_empty() {
        parts.push(format!("[{}]", names.join(", ")));
    }
    parts.join(" · ")
}

/// Draws the log.
pub fn render(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let table = ListTable {
        title: format!("{} ({})", app.t(t::PANE_LOG), app.ws.log.len()),
        header: vec![app.t(t::COL_WHEN), app.t(t::COL_KIND), app.t(t::COL_WHAT)],
        widths: vec![
            Constraint::Length(17),
            Constraint::Length(10),
            Constraint::Fill(1),
        ],
        total: app.views.log.len(),
        selected: app.selected(),
        offset: app.ui.offset[Pane::Log.index()],
        empty: app.t(t::EMPTY_LIST),
    };
    table.render_spans(theme, frame, area, |row| {
        let e = &app.ws.log[app.views.log[row]];
        vec![
            Span::raw(when(app, e)),
            Span::styled(app.lang.pick(e.kind.text()), theme.muted),
            Span::raw(summary(app, e)),
        ]
    });
}
