//! Rendering: `render(&App, &mut Frame)` draws the whole screen from the app's state. It borrows
//! the state, never changes it, and does no I/O. One file per pane.

pub mod actor_detail;
pub mod actors;
pub mod agenda;
pub mod basis;
pub mod chrome;
pub mod conflicts;
pub mod form;
pub mod foundation;
pub mod grid;
pub mod identity;
pub mod import;
pub mod log;
pub mod map;
pub mod meeting;
pub mod overlay;
pub mod overview;
pub mod palette;
pub mod rings;
pub mod roles;
pub mod table;
pub mod theme;
pub mod timeline;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use crate::app::{App, Pane};
use crate::i18n::{self as t, fill};
pub use theme::Theme;

/// Below this size only a "terminal too small" notice is drawn.
pub const MIN_SIZE: (u16, u16) = (50, 12);

/// `text` in at most `width` columns, ending in `…` when cut: nothing is cut without a mark.
pub fn fit(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_owned();
    }
    let mut cut: String = text.chars().take(width.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

/// `text` in at most `width` columns, cut in the middle when it must be: for labels made of
/// a name and a word (`…Bakker: Brengt`), where both ends tell one row from the next.
pub fn fit_middle(text: &str, width: usize) -> String {
    // `name: word` keeps its word whole while the name gives way.
    if let Some((name, word)) = text.rsplit_once(": ")
        && word.chars().count() + 6 <= width
        && text.chars().count() > width
    {
        let room = width - word.chars().count() - 2;
        return format!("{}: {word}", fit_middle(name, room));
    }
    let chars: Vec<char> = text.chars().collect();
    if chars.len() <= width {
        return text.to_owned();
    }
    let room = width.saturating_sub(1);
    let head = room / 2;
    let tail = room - head;
    let start: String = chars[..head].iter().collect();
    let end: String = chars[chars.len() - tail..].iter().collect();
    format!("{}…{}", start.trim_end(), end.trim_start())
}

/// Wrapping text in a bordered block titled `title`, scrolled to `top` (never past its end),
/// with `↑n ↓m j/k` on the bottom border where more lies above or below.
pub fn scrolled(
    frame: &mut Frame,
    area: ratatui::layout::Rect,
    lines: Vec<ratatui::text::Line>,
    title: ratatui::text::Span,
    (top, theme): (usize, &Theme),
) {
    use ratatui::text::Line;
    use ratatui::widgets::Block;
    let paragraph = Paragraph::new(lines).wrap(Wrap { trim: false });
    let total = paragraph.line_count(area.width.saturating_sub(2));
    let height = usize::from(area.height.saturating_sub(2));
    let top = top.min(total.saturating_sub(height));
    let below = total.saturating_sub(top + height);
    let mut block = Block::bordered().title(title);
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

/// Draws the whole screen.
pub fn render(app: &App, frame: &mut Frame) {
    let area = frame.area();
    let config = crate::config::get();
    let mut theme = if config.theme.as_deref() == Some("high-contrast") {
        Theme::high_contrast(app.color)
    } else {
        Theme::new(app.color)
    };
    if app.color {
        theme = theme.with_colors(&config.colors);
    }
    if area.width < MIN_SIZE.0 || area.height < MIN_SIZE.1 {
        let msg = fill(
            app.t(t::TOO_SMALL),
            &[
                ("w", &MIN_SIZE.0.to_string()),
                ("h", &MIN_SIZE.1.to_string()),
            ],
        );
        frame.render_widget(Paragraph::new(msg).wrap(Wrap { trim: true }), area);
        return;
    }
    let crate::app::layout::Screen {
        header,
        tabs,
        body,
        footer,
        status,
    } = crate::app::layout::screen(area);
    chrome::header(app, &theme, frame, header);
    chrome::tabs(app, &theme, frame, tabs);
    render_pane(app, &theme, frame, body);
    // A message longer than the status line has room for takes the key hints' line above it
    // (the next key clears it and brings them back), and both lines when even that is short:
    // it is never cut.
    let message = app.ui.message.as_deref().map(crate::workspace::text::shown);
    let room = usize::from(status.width / 2);
    match message {
        Some(m) if m.chars().count() >= room => {
            let whole = m.chars().count() < usize::from(footer.width);
            let area = if whole {
                footer
            } else {
                Rect::new(footer.x, footer.y, footer.width, 2)
            };
            frame.render_widget(
                Paragraph::new(Line::styled(m.into_owned(), theme.title)).wrap(Wrap { trim: true }),
                area,
            );
            if whole {
                chrome::status_state(app, &theme, frame, status);
            }
        }
        _ => {
            chrome::footer(app, &theme, frame, footer);
            chrome::status(app, &theme, frame, status);
        }
    }
    overlay::render(app, &theme, frame, body);
}

fn render_pane(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    match app.ui.pane {
        Pane::Overview => overview::render(app, theme, frame, area),
        Pane::Basis => basis::render(app, theme, frame, area),
        Pane::Actors => actors::render(app, theme, frame, area),
        Pane::Roles => roles::render(app, theme, frame, area),
        Pane::Identity => identity::render(app, theme, frame, area),
        Pane::Agenda => agenda::render(app, theme, frame, area),
        Pane::Foundation => foundation::render(app, theme, frame, area),
        Pane::Log => log::render(app, theme, frame, area),
        Pane::Map => map::render(app, theme, frame, area),
    }
}
