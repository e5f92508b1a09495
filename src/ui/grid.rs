//! The engagement grid: topics down, actors across, each cell weten / meedenken / meedoen /
//! meebepalen. The topic column and the actor header stay put while the grid scrolls both
//! ways, and the line on top names the focused cell in full.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::Theme;
use super::table::window;
use crate::app::{App, Pane};
use crate::i18n as t;
use crate::workspace::Engagement;
use crate::workspace::Vocabulary;
use crate::workspace::text::shown;

use crate::app::layout::GRID_TOPIC_WIDTH as TOPIC_WIDTH;

fn short(level: Engagement) -> &'static str {
    match level {
        Engagement::Weten => "W",
        Engagement::Meedenken => "Dk",
        Engagement::Meedoen => "Do",
        Engagement::Meebepalen => "Bp",
    }
}

/// The first letters of an actor's name, as a column header.
fn initials(name: &str) -> String {
    let letters: String = name
        .split_whitespace()
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_alphanumeric())
        .take(2)
        .collect();
    if letters.chars().count() >= 2 {
        letters
    } else {
        name.chars().take(2).collect()
    }
}

/// The focused cell in words, so nobody has to decode initials.
fn focused_cell(app: &App, theme: &Theme, topic: usize, actor: usize) -> Line<'static> {
    let topic = &app.ws.topics[topic];
    let actor = &app.ws.actors[actor];
    let level = topic
        .engagement
        .get(&actor.id)
        .map_or("-", |l| app.lang.pick(l.text()));
    Line::from(vec![
        Span::styled(
            format!("{} × {}: ", shown(&topic.title), shown(&actor.name)),
            theme.muted,
        ),
        Span::styled(level, theme.header),
    ])
}

/// One topic's row: its title, then a cell per visible actor.
fn topic_row(
    app: &App,
    theme: &Theme,
    topic: usize,
    columns: &[usize],
    focus: Option<usize>,
) -> Line<'static> {
    let topic = &app.ws.topics[topic];
    let width = usize::from(TOPIC_WIDTH);
    let title: String = shown(&topic.title).chars().take(width - 1).collect();
    let title_style = if focus.is_some() {
        theme.selected
    } else {
        ratatui::style::Style::new()
    };
    let pad = " ".repeat(width - title.chars().count());
    let mut spans = vec![Span::styled(title, title_style), Span::raw(pad)];
    for (c, actor) in columns.iter().enumerate() {
        let cell = topic
            .engagement
            .get(&app.ws.actors[*actor].id)
            .map_or("·", |l| short(*l));
        let style = if focus == Some(c) {
            theme.selected
        } else if cell == "Do" || cell == "Bp" {
            theme.ok.add_modifier(ratatui::style::Modifier::BOLD)
        } else {
            theme.muted
        };
        spans.push(Span::styled(format!("{cell:<2}"), style));
        spans.push(Span::raw(" "));
    }
    Line::from(spans)
}

/// Draws the grid.
pub fn render(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let filter = if app.ui.agenda.candidates_min > 0 {
        format!(" · ≥{} Do/Bp", app.ui.agenda.candidates_min)
    } else {
        String::new()
    };
    let title = format!(
        " {}{filter} · {} ",
        app.t(t::GRID_TITLE),
        app.t(t::ENGAGEMENT_LEGEND)
    );
    let block = Block::bordered().title(Span::styled(title, theme.title));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let [focus_line, header, body] = crate::app::layout::grid(inner);
    let actors = &app.views.by_name;
    let topics = &app.views.topics;
    let row = app.selected();
    let col = app
        .ui
        .agenda
        .columns
        .row
        .min(actors.len().saturating_sub(1));
    if let (Some(r), Some(a)) = (row, actors.get(col)) {
        frame.render_widget(
            Paragraph::new(focused_cell(app, theme, topics[r], *a)),
            focus_line,
        );
    }
    let fit = crate::app::layout::grid_columns(app);
    let offset = app.ui.agenda.columns.offset;
    let (first_col, last_col) = window(actors.len(), Some(col), offset, fit);
    let columns = &actors[first_col..last_col];
    let mut head = vec![Span::raw(" ".repeat(usize::from(TOPIC_WIDTH)))];
    head.extend(columns.iter().enumerate().map(|(c, a)| {
        let style = if first_col + c == col {
            theme.selected
        } else {
            theme.header
        };
        Span::styled(
            format!("{:<3}", initials(&shown(&app.ws.actors[*a].name))),
            style,
        )
    }));
    frame.render_widget(Paragraph::new(Line::from(head)), header);
    let offset = app.offset(Pane::Agenda);
    let (first_row, last_row) = window(topics.len(), row, offset, usize::from(body.height));
    let mut lines: Vec<Line> = topics[first_row..last_row]
        .iter()
        .enumerate()
        .map(|(r, topic)| {
            let focus = (row == Some(first_row + r)).then_some(col - first_col);
            topic_row(app, theme, *topic, columns, focus)
        })
        .collect();
    if topics.is_empty() {
        lines.push(Line::styled(app.t(t::EMPTY_LIST), theme.muted));
    }
    frame.render_widget(Paragraph::new(lines), body);
}

#[cfg(test)]
mod tests {
    use super::initials;

    #[test]
    fn initials_read_as_names() {
        assert_eq!(initials("Marieke de Vries"), "Md");
        assert_eq!(initials("Mitros"), "Mi");
        assert_eq!(initials("GGD regio Utrecht"), "Gr");
    }
}
