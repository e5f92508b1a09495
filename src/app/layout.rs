//! The one layout authority: where each region of the screen goes for the app's state and size.
//! The renderer draws into these areas and paging and scrolling count the rows they hold, so a
//! page step is always exactly one screenful of the list that has the keys.

use ratatui::layout::{Constraint, Layout, Rect};

use super::agenda::AgendaFocus;
use super::log::LogFocus;
use super::{App, Pane};

/// Width of the topic column in the engagement grid.
pub const GRID_TOPIC_WIDTH: u16 = 24;
/// Width of one actor's cell in the engagement grid.
pub const GRID_CELL: u16 = 3;

/// The screen's fixed regions.
#[derive(Debug, Clone, Copy)]
pub struct Screen {
    /// The network's name and the save state.
    pub header: Rect,
    /// The pane tabs.
    pub tabs: Rect,
    /// The pane itself.
    pub body: Rect,
    /// Key hints.
    pub footer: Rect,
    /// Messages and the save state.
    pub status: Rect,
}

/// Splits the whole terminal.
pub fn screen(area: Rect) -> Screen {
    let [header, tabs, body, footer, status] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    Screen {
        header,
        tabs,
        body,
        footer,
        status,
    }
}

/// The Actors pane: the register (or rings) and the search line under it.
pub fn actors(app: &App, body: Rect) -> [Rect; 2] {
    let search = app.ui.actors.searching();
    Layout::vertical([Constraint::Min(3), Constraint::Length(u16::from(search))]).areas(body)
}

/// The Overview: the network and the latest log on the left, the to-do on the right.
pub fn overview(body: Rect) -> [Rect; 2] {
    Layout::horizontal([Constraint::Fill(1), Constraint::Fill(1)]).areas(body)
}

/// How many lines the Overview's to-do takes, wrapped inside its border, with the first line
/// that shows it all to the end when scrolled there.
pub fn overview_todo(app: &App, rows: &[(super::overview::Tone, String)]) -> (usize, usize) {
    let area = overview(body(app))[1];
    let lines: Vec<ratatui::text::Line> = rows
        .iter()
        .map(|(_, text)| ratatui::text::Line::from(text.as_str()))
        .collect();
    let total = ratatui::widgets::Paragraph::new(lines)
        .wrap(ratatui::widgets::Wrap { trim: false })
        .line_count(area.width.saturating_sub(2));
    let height = usize::from(area.height.saturating_sub(2));
    (total, total.saturating_sub(height))
}

/// The last first line a text of `rows` scrolls to in the pane's body: the rows wrapped inside
/// its border, less one screenful (as `ui::scrolled` draws it).
pub fn last_top(app: &App, rows: &[(super::overview::Tone, String)]) -> usize {
    let area = body(app);
    let lines: Vec<ratatui::text::Line> = rows
        .iter()
        .map(|(_, text)| ratatui::text::Line::from(text.as_str()))
        .collect();
    let total = ratatui::widgets::Paragraph::new(lines)
        .wrap(ratatui::widgets::Wrap { trim: false })
        .line_count(area.width.saturating_sub(2));
    total.saturating_sub(usize::from(area.height.saturating_sub(2)))
}

/// The last first line the Basis pane scrolls to.
pub fn basis_last_top(app: &App) -> usize {
    last_top(app, &app.basis_rows())
}

/// The Foundation pane: the decision rule and form on top, the rules below.
pub fn foundation(body: Rect) -> [Rect; 2] {
    Layout::vertical([Constraint::Length(5), Constraint::Min(3)]).areas(body)
}

/// The Agenda pane: topics on top, ambitions (two lines each) below.
pub fn agenda(app: &App, body: Rect) -> [Rect; 2] {
    let height = u16::try_from(app.ws.ambitions.len() * 2 + 2)
        .unwrap_or(u16::MAX)
        .min((body.height / 2).max(3));
    Layout::vertical([Constraint::Min(3), Constraint::Length(height)]).areas(body)
}

/// The Log pane: entries on top, the search line under them, open follow-ups below.
pub fn log(app: &App, body: Rect) -> [Rect; 3] {
    let height = u16::try_from(app.views.open_follow_ups.len() + 2)
        .unwrap_or(u16::MAX)
        .min((body.height / 3).max(3));
    let search = u16::from(app.ui.log.searching());
    Layout::vertical([
        Constraint::Min(3),
        Constraint::Length(search),
        Constraint::Length(height),
    ])
    .areas(body)
}

/// The engagement grid inside its border: the focused cell's line, the initials, the rows.
pub fn grid(inner: Rect) -> [Rect; 3] {
    Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(0),
    ])
    .areas(inner)
}

/// The grid's rows of topics on screen, inside the Agenda's border.
pub fn grid_body(app: &App) -> Rect {
    grid(inset(body(app)))[2]
}

/// How many actor columns the grid shows at the current size.
pub fn grid_columns(app: &App) -> usize {
    let inner = body(app).width.saturating_sub(2);
    usize::from(inner.saturating_sub(GRID_TOPIC_WIDTH) / GRID_CELL).max(1)
}

/// The tabs' labels at `width` columns: every title whole when they fit, else shortened with
/// `…` (the current pane's never), the pane digits always. The tab bar draws them, a click
/// finds its pane by them.
pub fn tab_labels(app: &App, width: usize) -> Vec<String> {
    let titles: Vec<&str> = Pane::ALL
        .iter()
        .map(|p| app.lang.pick(super::keymap::pane_title(*p)))
        .collect();
    let labels = |pad: bool, n: usize| -> Vec<String> {
        titles
            .iter()
            .enumerate()
            .map(|(i, title)| {
                let title = if Pane::ALL[i] == app.ui.pane {
                    (*title).to_owned()
                } else {
                    crate::ui::fit(title, n)
                };
                if pad {
                    format!(" {} {title} ", i + 1)
                } else {
                    format!("{} {title} ", i + 1)
                }
            })
            .collect()
    };
    let fits = |l: &[String]| l.iter().map(|s| s.chars().count()).sum::<usize>() <= width;
    std::iter::once(labels(true, usize::MAX))
        .chain((2..=12).rev().map(|n| labels(false, n)))
        .find(|l| fits(l))
        .unwrap_or_else(|| labels(false, 2))
}

/// The screen line of a list's first row, for the panes whose list is a table (a click on a
/// row selects it); `None` where the pane shows something else.
pub fn first_row_y(app: &App) -> Option<u16> {
    let body = body(app);
    // A table: its border and its header line come first.
    let top = |area: Rect| Some(area.y + 2);
    match app.ui.pane {
        Pane::Actors if app.ui.actors.detail_id().is_none() && !app.ui.actors.rings() => {
            top(actors(app, body)[0])
        }
        Pane::Roles => top(body),
        Pane::Agenda
            if !app.ui.agenda.in_grid() && app.ui.agenda.focus != AgendaFocus::Ambitions =>
        {
            top(agenda(app, body)[0])
        }
        Pane::Foundation => top(foundation(body)[1]),
        Pane::Log if app.ui.log.focus != LogFocus::FollowUps => top(log(app, body)[0]),
        _ => None,
    }
}

/// The body at the app's terminal size.
pub fn body(app: &App) -> Rect {
    let (w, h) = app.ui.size;
    screen(Rect::new(0, 0, w, h)).body
}

/// Rows of a bordered table with a column header inside `area`.
fn table_rows(area: Rect) -> u16 {
    area.height.saturating_sub(3)
}

/// Rows visible in the list that has the keys, for paging and scrolling.
pub fn list_rows(app: &App) -> usize {
    let body = body(app);
    let rows = match app.ui.pane {
        Pane::Overview => overview(body)[1].height.saturating_sub(2),
        Pane::Basis | Pane::Map => body.height,
        Pane::Actors if app.ui.actors.detail_id().is_some() => body.height.saturating_sub(2),
        Pane::Actors => table_rows(actors(app, body)[0]),
        Pane::Roles => table_rows(body),
        // The session line; each column's border, prompt, blank line, border; the legend.
        Pane::Identity => body.height.saturating_sub(6),
        Pane::Agenda if app.ui.agenda.in_grid() => grid(inset(body))[2].height,
        Pane::Agenda if app.ui.agenda.focus == AgendaFocus::Ambitions => {
            agenda(app, body)[1].height.saturating_sub(2) / 2
        }
        Pane::Agenda => table_rows(agenda(app, body)[0]),
        Pane::Foundation => table_rows(foundation(body)[1]),
        Pane::Log if app.ui.log.focus == LogFocus::FollowUps => {
            log(app, body)[2].height.saturating_sub(2)
        }
        Pane::Log => table_rows(log(app, body)[0]),
    };
    usize::from(rows).max(1)
}

/// The area inside a one-cell border.
fn inset(area: Rect) -> Rect {
    Rect::new(
        area.x.saturating_add(1),
        area.y.saturating_add(1),
        area.width.saturating_sub(2),
        area.height.saturating_sub(2),
    )
}

/// The rows `[first, last)` that fit in `height` lines with `selected` in view, starting from
/// `offset` if that keeps it in view: the one scrolling rule, for the app and the renderer.
pub fn window(
    total: usize,
    selected: Option<usize>,
    offset: usize,
    height: usize,
) -> (usize, usize) {
    let height = height.max(1);
    let mut first = offset.min(total.saturating_sub(1));
    if let Some(sel) = selected {
        if sel < first {
            first = sel;
        } else if sel >= first + height {
            first = sel + 1 - height;
        }
    }
    (first, (first + height).min(total))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_window_moves_only_as_far_as_the_selection_needs() {
        assert_eq!(window(100, Some(0), 0, 10), (0, 10));
        assert_eq!(window(100, Some(10), 0, 10), (1, 11));
        assert_eq!(window(100, Some(5), 3, 10), (3, 13));
        assert_eq!(window(100, Some(2), 3, 10), (2, 12));
        assert_eq!(window(5, None, 9, 10), (4, 5));
        assert_eq!(window(0, None, 0, 0), (0, 0));
    }
}
