//! The timeline: the snapshots (newest first, the selected one marked) above, what changed
//! from it to now below, scrolled, with a mark when more follows.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

use super::Theme;
use super::overlay::centered;
use crate::app::App;
use crate::app::timeline::TimelineView;
use crate::i18n as t;
use crate::workspace::Vocabulary;
use crate::workspace::text::shown;

/// How many snapshots the list shows at once.
const LISTED: usize = 5;

/// Draws the timeline over the pane.
pub fn render(app: &App, theme: &Theme, frame: &mut Frame, area: Rect, view: &TimelineView) {
    let rect = centered(area, 78, area.height.saturating_sub(2).max(8));
    frame.render_widget(Clear, rect);
    let snapshots = app.timeline();
    let block = Block::bordered().title(Span::styled(
        format!(" {} ({}) ", app.t(t::TIMELINE_TITLE), snapshots.len()),
        theme.title,
    ));
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let listed = snapshots.len().min(LISTED);
    let [list, body] = Layout::vertical([
        Constraint::Length(u16::try_from(listed).unwrap_or(0) + u16::from(listed > 0)),
        Constraint::Min(1),
    ])
    .areas(inner);
    let first = view.selected.saturating_sub(LISTED - 1);
    let width = usize::from(inner.width);
    let rows: Vec<Line> = snapshots
        .iter()
        .enumerate()
        .skip(first)
        .take(LISTED)
        .map(|(i, s)| {
            let phase = s.network.phase.map_or("", |p| app.lang.pick(p.text()));
            let text = format!(
                "{}{}  · {phase}",
                if i == view.selected { "▸" } else { " " },
                shown(&app.snapshot_label(s))
            );
            let style = if i == view.selected {
                theme.selected
            } else {
                ratatui::style::Style::default()
            };
            Line::styled(super::fit(&text, width), style)
        })
        .collect();
    frame.render_widget(Paragraph::new(rows), list);
    let lines: Vec<Line> = view
        .lines
        .iter()
        .skip(view.top)
        .map(|l| {
            if l.starts_with(' ') || l.is_empty() {
                Line::from(shown(l).into_owned())
            } else {
                Line::styled(shown(l).into_owned(), theme.header)
            }
        })
        .collect();
    let text = Paragraph::new(lines).wrap(Wrap { trim: false });
    let more = text.line_count(body.width) > usize::from(body.height);
    frame.render_widget(text, body);
    if more || view.top > 0 {
        let mark = match (view.top > 0, more) {
            (true, true) => format!(" ↑{} ↓ ", view.top),
            (true, false) => format!(" ↑{} ", view.top),
            _ => " ↓ ".to_owned(),
        };
        let w = u16::try_from(mark.chars().count()).unwrap_or(3);
        let at = Rect::new(rect.right().saturating_sub(w + 1), rect.bottom() - 1, w, 1);
        frame.render_widget(Paragraph::new(Span::styled(mark, theme.muted)), at);
    }
}
