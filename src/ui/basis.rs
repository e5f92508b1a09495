//! Pane 2, Basis: the questionnaire "De basis van je netwerk", one screen at a time, with its
//! question, the method's prompts, why it matters, and the answer as the workspace holds it
//! (the rows come from the app), scrolled with j/k and marked where more lies above or below.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use super::Theme;
use crate::app::App;

/// Draws the current screen.
pub fn render(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let lines: Vec<Line> = app
        .basis_rows()
        .into_iter()
        .map(|(tone, text)| Line::styled(text, theme.of(tone)))
        .collect();
    let paragraph = Paragraph::new(lines).wrap(Wrap { trim: false });
    let total = paragraph.line_count(area.width.saturating_sub(2));
    let height = usize::from(area.height.saturating_sub(2));
    let top = app.ui.basis.top.min(total.saturating_sub(height));
    let below = total.saturating_sub(top + height);
    let mut block = Block::bordered().title(Span::styled(app.basis_title(), theme.title));
    if top > 0 || below > 0 {
        block = block.title_bottom(
            Line::styled(format!(" ↑{top} ↓{below} j/k "), theme.muted).right_aligned(),
        );
    }
    frame.render_widget(
        paragraph
            .scroll((u16::try_from(top).unwrap_or(u16::MAX), 0))
            .block(block),
        area,
    );
}
