//! Pane 2, Basis: the questionnaire "De basis van je netwerk", one screen at a time, with its
//! question, the method's prompts, why it matters, and the answer as the workspace holds it
//! (the rows come from the app), scrolled with j/k and marked where more lies above or below.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::Theme;
use crate::app::App;

/// Draws the current screen.
pub fn render(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let lines: Vec<Line> = app
        .basis_rows()
        .into_iter()
        .map(|(tone, text)| Line::styled(text, theme.of(tone)))
        .collect();
    super::scrolled(
        frame,
        area,
        lines,
        Span::styled(app.basis_title(), theme.title),
        (app.ui.basis.top, theme),
    );
}
