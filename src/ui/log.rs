//! Pane 8, Logboek: check-ins, notes and decisions, newest first.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::Line;
use ratatui::text::Span;
use ratatui::widgets::{Block, Paragraph};

use super::Theme;
use super::table::ListTable;
use crate::app::log::LogFocus;
use crate::app::{App, Pane};
use crate::i18n as t;
use crate::workspace::LogEntry;
use crate::workspace::Vocabulary;
use crate::workspace::text::shown;

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
    if !e.text.is_empty() || e.ambition.is_some() {
        parts.push(crate::export::entry_title(&app.ws, e, app.lang));
    }
    if !e.present.is_empty() {
        parts.push(format!("{} {}", e.present.len(), app.t(t::PRESENT)));
    }
    // One besluit, two besluiten.
    let counted =
        |n: usize, one: t::L, more: t::L| format!("{n} {}", app.t(if n == 1 { one } else { more }));
    if !e.decisions.is_empty() {
        parts.push(counted(e.decisions.len(), t::DECISION, t::DECISIONS));
    }
    if !e.follow_ups.is_empty() {
        parts.push(counted(e.follow_ups.len(), t::FOLLOW_UP, t::FOLLOW_UPS));
    }
    let names: Vec<String> = e
        .actors
        .iter()
        .map(|id| shown(app.ws.actor_name(*id)).into_owned())
        .collect();
    if !names.is_empty() {
        parts.push(format!("[{}]", names.join(", ")));
    }
    parts.join(" · ")
}

/// Draws the log, with the open follow-ups below it.
pub fn render(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let open = app.open_follow_ups();
    let [area, line, bottom] = crate::app::layout::log(app, area);
    follow_ups(app, theme, frame, bottom, open);
    if line.height > 0 {
        let l = &app.ui.log;
        let search = (l.searching.as_ref(), l.query.as_str());
        super::actors::search_line(app, theme, frame, line, search, t::LOG_SEARCH_HINT);
    }
    let count = if app.ui.log.query.is_empty() {
        app.ws.log.len().to_string()
    } else {
        format!("{}/{}", app.views.log.len(), app.ws.log.len())
    };
    let table = ListTable {
        title: format!("{} ({count})", app.t(t::PANE_LOG)),
        header: vec![app.t(t::COL_WHEN), app.t(t::COL_KIND), app.t(t::COL_WHAT)],
        widths: vec![
            Constraint::Length(17),
            Constraint::Length(10),
            Constraint::Fill(1),
        ],
        total: app.views.log.len(),
        selected: if app.ui.log.focus == LogFocus::FollowUps {
            None
        } else {
            app.selected()
        },
        offset: app.offset(Pane::Log),
        empty: if app.ws.log.is_empty() {
            app.t(t::EMPTY_LIST)
        } else {
            app.t(t::NO_MATCHES)
        },
    };
    table.render_spans(theme, frame, area, |row| {
        let e = &app.ws.log[app.views.log[row]];
        vec![
            Span::raw(when(app, e)),
            Span::styled(app.lang.pick(e.kind.text()), theme.muted),
            Span::raw(if app.in_conflict("log", e.id) {
                format!("≠ {}", summary(app, e))
            } else {
                summary(app, e)
            }),
        ]
    });
}

fn follow_ups(app: &App, theme: &Theme, frame: &mut Frame, area: Rect, open: &[(usize, usize)]) {
    let focused = app.ui.log.focus == LogFocus::FollowUps;
    let title_style = if focused { theme.selected } else { theme.title };
    let block = Block::bordered().title(Span::styled(
        format!(" {} ({}) ", app.t(t::OPEN_FOLLOW_UPS), open.len()),
        title_style,
    ));
    let height = usize::from(area.height.saturating_sub(2));
    let cursor = &app.ui.log.follow_ups;
    let selected = cursor.row(open.len()).filter(|_| focused);
    let (first, last) = super::table::window(open.len(), selected, cursor.offset, height);
    let mut lines: Vec<Line> = Vec::new();
    for (row, (e, f)) in open.iter().enumerate().take(last).skip(first) {
        let fu = &app.ws.log[*e].follow_ups[*f];
        let owner = fu
            .owner
            .map(|id| format!(" · {}", shown(app.ws.actor_name(id))))
            .unwrap_or_default();
        let due = fu.due.map(|d| d.to_string()).unwrap_or_default();
        let late = fu.due.is_some_and(|d| d < app.today);
        let mut spans = vec![
            Span::raw(if selected == Some(row) { "▸" } else { " " }),
            Span::styled(
                format!("{due:<10} "),
                if late { theme.warn } else { theme.muted },
            ),
        ];
        let text = format!("{}{owner}", shown(&fu.text));
        spans.push(if selected == Some(row) {
            Span::styled(text, theme.selected)
        } else {
            Span::raw(text)
        });
        if late {
            spans.push(Span::styled(format!(" {}", app.t(t::OVERDUE)), theme.warn));
        }
        lines.push(Line::from(spans));
    }
    if open.is_empty() {
        lines.push(Line::styled(app.t(t::NO_OPEN_FOLLOW_UPS), theme.muted));
    }
    frame.render_widget(Paragraph::new(lines).block(block), area);
}
