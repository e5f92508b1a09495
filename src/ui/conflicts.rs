//! The Conflicts view: every field a merge left open, with this side's value (here) and the
//! other side's (there), the selected one marked; wrapped, and scrolled to keep the selection
//! in view.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use super::Theme;
use super::overlay::centered;
use crate::app::App;
use crate::i18n as t;
use crate::workspace::conflict::value_text;

/// Draws the view over the pane.
pub fn render(app: &App, theme: &Theme, frame: &mut Frame, area: Rect, selected: usize) {
    let rect = centered(area, 78, area.height.saturating_sub(2).max(6));
    frame.render_widget(Clear, rect);
    let width = usize::from(rect.width.saturating_sub(2));
    let mut lines = Vec::new();
    for (i, c) in app.ws.conflicts.iter().enumerate() {
        let (list, record, field) = c.describe(&app.ws, app.lang);
        let mark = if i == selected { "▸" } else { " " };
        let head = super::fit(&format!("{mark}{list} {record} · {field}"), width);
        let style = if i == selected {
            theme.selected
        } else {
            theme.header
        };
        lines.push(Line::styled(head, style));
        for (l, v) in [(t::CONFLICT_HERE, &c.ours), (t::CONFLICT_THERE, &c.theirs)] {
            let text = format!("   {}: {}", app.t(l), value_text(v.as_ref(), app.lang));
            lines.push(Line::from(super::fit(&text, width)));
        }
    }
    let height = usize::from(rect.height.saturating_sub(2));
    // Three lines a conflict: the selected one's stays in view.
    let top = (selected * 3 + 3).saturating_sub(height);
    let block = Block::bordered().title(Span::styled(
        format!(
            " {} ({}) ",
            app.t(t::CONFLICTS_TITLE),
            app.ws.conflicts.len()
        ),
        theme.warn,
    ));
    frame.render_widget(
        Paragraph::new(lines)
            .scroll((u16::try_from(top).unwrap_or(0), 0))
            .block(block),
        rect,
    );
}
