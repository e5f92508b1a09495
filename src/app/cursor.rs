//! The one selection type: where the selection is in a list and which row is shown first. Every
//! list of every pane (the register, the relations in an actor's details, the grid's columns,
//! open follow-ups ...) moves through it, so paging, clamping and scrolling behave the same.

use super::layout::window;

/// A selection in a list, and the first row shown.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Cursor {
    /// The selected row (may lie past the end after rows went away; read it with [`Self::row`]).
    pub row: usize,
    /// The first visible row.
    pub offset: usize,
}

impl Cursor {
    /// The selected row, clamped to the `rows` there are; `None` in an empty list.
    pub fn row(&self, rows: usize) -> Option<usize> {
        (rows > 0).then(|| self.row.min(rows - 1))
    }

    /// Moves by `delta` rows within `rows`, keeping the selection among the `page` rows shown.
    pub fn move_by(&mut self, delta: isize, rows: usize, page: usize) {
        let current = self.row.min(rows.saturating_sub(1));
        self.row = current
            .saturating_add_signed(delta)
            .min(rows.saturating_sub(1));
        self.scroll(rows, page);
    }

    /// Selects `row` and scrolls it into view.
    pub fn select(&mut self, row: usize, rows: usize, page: usize) {
        self.row = row.min(rows.saturating_sub(1));
        self.scroll(rows, page);
    }

    /// Moves the first visible row only as far as needed to keep the selection on screen, so a
    /// one-row move redraws two rows, not the whole list.
    pub fn scroll(&mut self, rows: usize, page: usize) {
        self.offset = window(rows, Some(self.row), self.offset, page).0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moves_clamp_and_scroll_only_as_needed() {
        let mut c = Cursor::default();
        assert_eq!(c.row(0), None);
        c.move_by(5, 100, 10);
        assert_eq!((c.row, c.offset), (5, 0));
        c.move_by(10, 100, 10);
        assert_eq!((c.row, c.offset), (15, 6));
        c.move_by(-3, 100, 10);
        assert_eq!((c.row, c.offset), (12, 6));
        c.move_by(isize::MAX / 2, 100, 10);
        assert_eq!((c.row, c.offset), (99, 90));
        assert_eq!(c.row(50), Some(49));
        c.select(0, 100, 10);
        assert_eq!((c.row, c.offset), (0, 0));
    }
}
