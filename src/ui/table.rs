//! The windowed table every list pane uses: only the visible rows are built, so a list of
//! 10,000 actors costs what a list of 20 does. The selected row is marked in its first cell
//! only, which keeps a one-row move down to a few dozen changed cells on the wire.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Cell, Paragraph, Row, Table};

use super::Theme;

/// A table to draw.
pub struct ListTable<'a> {
    /// Block title.
    pub title: String,
    /// Column headers.
    pub header: Vec<&'a str>,
    /// Column widths.
    pub widths: Vec<Constraint>,
    /// How many rows there are in all.
    pub total: usize,
    /// The selected row, if the list has focus.
    pub selected: Option<usize>,
    /// The first visible row, as `update` last kept it.
    pub offset: usize,
    /// What to say when there are no rows.
    pub empty: &'a str,
}

/// Plain spans as table cells.
pub fn cells(spans: Vec<Span<'static>>) -> Vec<Line<'static>> {
    spans.into_iter().map(Line::from).collect()
}

pub use crate::app::layout::window;

impl ListTable<'_> {
    /// Draws the table from plain spans per cell.
    pub fn render_spans(
        self,
        theme: &Theme,
        frame: &mut Frame,
        area: Rect,
        cells: impl Fn(usize) -> Vec<Span<'static>>,
    ) {
        self.render(theme, frame, area, |i| self::cells(cells(i)));
    }

    /// Draws the table; `cells(i)` gives the cells of row `i`.
    pub fn render(
        self,
        theme: &Theme,
        frame: &mut Frame,
        area: Rect,
        cells: impl Fn(usize) -> Vec<Line<'static>>,
    ) {
        let block = Block::bordered().title(Span::styled(format!(" {} ", self.title), theme.title));
        if self.total == 0 {
            frame.render_widget(
                Paragraph::new(format!(" {}", self.empty))
                    .style(theme.muted)
                    .wrap(ratatui::widgets::Wrap { trim: false })
                    .block(block),
                area,
            );
            return;
        }
        let height = usize::from(area.height.saturating_sub(3));
        let (first, last) = window(self.total, self.selected, self.offset, height);
        let rows: Vec<Row> = (first..last)
            .map(|i| {
                let mut lines = cells(i).into_iter();
                let head = lines.next().unwrap_or_default();
                let selected = self.selected == Some(i);
                let marker = Span::raw(if selected { "▸" } else { " " });
                let spans = head.spans.into_iter().map(|s| {
                    if selected {
                        s.patch_style(theme.selected)
                    } else {
                        s
                    }
                });
                let marked = Line::from(std::iter::once(marker).chain(spans).collect::<Vec<_>>());
                let mut row = vec![Cell::from(marked)];
                row.extend(lines.map(Cell::from));
                Row::new(row)
            })
            .collect();
        let header = Row::new(self.header.iter().enumerate().map(|(i, h)| {
            let pad = if i == 0 { " " } else { "" };
            Cell::from(format!("{pad}{h}")).style(theme.header)
        }));
        frame.render_widget(
            Table::new(rows, self.widths).header(header).block(block),
            area,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::window;

    #[test]
    fn window_keeps_the_selection_in_view() {
        assert_eq!(window(100, Some(0), 0, 10), (0, 10));
        assert_eq!(window(100, Some(15), 0, 10), (6, 16));
        assert_eq!(window(100, Some(3), 6, 10), (3, 13));
        assert_eq!(window(5, Some(4), 0, 10), (0, 5));
        assert_eq!(window(0, None, 3, 10), (0, 0));
    }
}
