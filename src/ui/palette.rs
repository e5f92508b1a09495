//! The command palette: what is typed, and below it every action that fits, with its pane and
//! its keys, the highlighted one marked; the commands that take a word named in the title.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

use super::Theme;
use super::overlay::centered;
use crate::app::App;
use crate::app::palette::{Palette, entries, label};
use crate::i18n as t;

/// Draws the palette over the pane.
pub fn render(app: &App, theme: &Theme, frame: &mut Frame, area: Rect, p: &Palette) {
    let rect = centered(area, 76, area.height.saturating_sub(2).clamp(8, 20));
    frame.render_widget(Clear, rect);
    let block = Block::bordered().title(Span::styled(
        format!(" {} ", app.t(t::ACT_PALETTE)),
        theme.title,
    ));
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let [help, field, list] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Length(1),
        Constraint::Min(1),
    ])
    .areas(inner);
    frame.render_widget(
        Paragraph::new(Span::styled(app.t(t::PALETTE_TITLE), theme.muted))
            .wrap(Wrap { trim: true }),
        help,
    );
    super::form::prompt_line(frame, field, ':', &p.input);
    let all = entries();
    let height = usize::from(list.height);
    let (first, last) = super::table::window(p.hits.len(), Some(p.selected), 0, height);
    let w = usize::from(list.width);
    let lines: Vec<Line> = (first..last)
        .filter_map(|i| {
            let e = all.get(p.hits[i])?;
            let (what, pane, keys) = label(e, app.lang);
            let right = if pane.is_empty() {
                keys
            } else {
                format!("{pane} · {keys}")
            };
            let room = w.saturating_sub(right.chars().count() + 3);
            let left = super::fit(&what, room);
            let pad = w.saturating_sub(left.chars().count() + right.chars().count() + 2);
            let mark = if i == p.selected { "▸" } else { " " };
            let style = if i == p.selected {
                theme.selected
            } else {
                ratatui::style::Style::default()
            };
            Some(Line::from(vec![
                Span::styled(format!("{mark}{left}{}", " ".repeat(pad)), style),
                Span::styled(format!(" {right}"), theme.key),
            ]))
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), list);
}
