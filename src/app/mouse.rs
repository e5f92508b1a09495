//! The mouse, for those who reach for it: a click on a tab shows that pane, a click on a row
//! of a list selects it (a second click on the selected row opens it, as `Enter` does), a
//! click on a cell of the engagement grid selects its topic and actor, the wheel moves through
//! a list. Dialogs keep to the keyboard. Off with `KNOOP_MOUSE=off`, for
//! SSH users who want their terminal's own selection.

use ratatui::crossterm::event::{MouseButton, MouseEvent, MouseEventKind};

use super::{Action, App, Pane, layout};

/// Rows the wheel moves per notch.
const WHEEL: isize = 3;

impl App {
    /// A click in the engagement grid selects the topic and the actor of that cell, found the
    /// way the grid draws them (the same scrolling windows).
    fn click_grid(&mut self, x: u16, y: u16) {
        let cells = layout::grid_body(self);
        if y < cells.y || y >= cells.bottom() || x < cells.x + layout::GRID_TOPIC_WIDTH {
            return;
        }
        let (topics, actors) = (self.views.topics.len(), self.views.by_name.len());
        let height = usize::from(cells.height);
        let (first_row, last_row) =
            layout::window(topics, self.selected(), self.offset(Pane::Agenda), height);
        let fit = layout::grid_columns(self);
        let columns = &self.ui.agenda.columns;
        let col = columns.row.min(actors.saturating_sub(1));
        let (first_col, last_col) = layout::window(actors, Some(col), columns.offset, fit);
        let row = first_row + usize::from(y - cells.y);
        let column =
            first_col + usize::from((x - cells.x - layout::GRID_TOPIC_WIDTH) / layout::GRID_CELL);
        if row < last_row && column < last_col {
            self.ui.agenda.topics.select(row, topics, height);
            self.ui.agenda.columns.select(column, actors, fit);
        }
    }

    /// Takes in a mouse event.
    pub(super) fn mouse(&mut self, m: MouseEvent) {
        if self.ui.overlay.is_some() {
            return;
        }
        match m.kind {
            MouseEventKind::ScrollDown => self.move_selection(WHEEL),
            MouseEventKind::ScrollUp => self.move_selection(-WHEEL),
            MouseEventKind::Down(MouseButton::Left) => self.click(m.column, m.row),
            _ => {}
        }
    }

    fn click(&mut self, x: u16, y: u16) {
        let (w, h) = self.ui.size;
        let screen = layout::screen(ratatui::layout::Rect::new(0, 0, w, h));
        if y == screen.tabs.y {
            let mut right = 0usize;
            for (label, pane) in layout::tab_labels(self, usize::from(w))
                .iter()
                .zip(Pane::ALL)
            {
                right += label.chars().count();
                if usize::from(x) < right {
                    self.act(Action::ShowPane(pane));
                    return;
                }
            }
            return;
        }
        if self.ui.pane == Pane::Agenda && self.ui.agenda.in_grid() {
            self.click_grid(x, y);
            return;
        }
        let Some(top) = layout::first_row_y(self).filter(|top| y >= *top) else {
            return;
        };
        let row = self.offset(self.ui.pane) + usize::from(y - top);
        let page = self.page_rows();
        if usize::from(y - top) >= page {
            return;
        }
        let selected = self
            .focused_list()
            .map(|(cursor, rows)| (cursor.row(rows), rows));
        match selected {
            Some((Some(now), _)) if now == row => {
                let open = match self.ui.pane {
                    Pane::Actors => Some(Action::OpenDetail),
                    Pane::Log => Some(Action::OpenEntry),
                    _ => None,
                };
                if let Some(a) = open {
                    self.act(a);
                }
            }
            Some((_, rows)) if row < rows => {
                if let Some((cursor, rows)) = self.focused_list() {
                    cursor.select(row, rows, page);
                }
            }
            _ => {}
        }
    }
}
