//! The import preview: what a file would add, recognise and refuse, before anything changes;
//! wrapped, scrolled with the arrows, with a mark when more lies above or below.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

use super::Theme;
use super::overlay::centered;
use crate::app::App;
use crate::app::import::ImportView;
use crate::i18n::{self as t, fill};
use crate::import::preview::Mark;
use crate::workspace::text::shown;

/// Draws the preview over the pane.
pub fn render(app: &App, theme: &Theme, frame: &mut Frame, area: Rect, view: &ImportView) {
    let rect = centered(area, 78, area.height.saturating_sub(2).max(6));
    frame.render_widget(Clear, rect);
    let title = if view.file.is_empty() {
        app.t(t::IMPORT_CANNOT).to_owned()
    } else {
        fill(app.t(t::IMPORT_TITLE), &[("file", &shown(&view.file))])
    };
    let width = usize::from(rect.width.saturating_sub(4));
    let lines: Vec<Line> = view
        .lines
        .iter()
        .skip(view.top)
        .map(|(mark, text)| {
            let style = match mark {
                Mark::Summary => theme.title,
                Mark::Head => theme.header,
                Mark::Add => theme.ok,
                Mark::Same => ratatui::style::Style::default(),
                Mark::Warn => theme.warn,
            };
            let indent = if matches!(mark, Mark::Summary | Mark::Head) {
                ""
            } else {
                "  "
            };
            Line::styled(format!("{indent}{}", shown(text)), style)
        })
        .collect();
    let body = Paragraph::new(lines).wrap(Wrap { trim: false });
    let height = usize::from(rect.height.saturating_sub(2));
    let below = body.line_count(rect.width.saturating_sub(2)) > height;
    let mut marks = Vec::new();
    if view.top > 0 {
        marks.push(format!("↑{}", view.top));
    }
    if below {
        marks.push("↓".to_owned());
    }
    let mut block = Block::bordered().title(Span::styled(
        format!(" {} ", super::fit(&title, width.saturating_sub(8))),
        theme.title,
    ));
    if !marks.is_empty() {
        block = block.title_bottom(Line::styled(format!(" {} ", marks.join(" ")), theme.muted));
    }
    frame.render_widget(body.block(block), rect);
}
