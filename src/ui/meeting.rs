//! The meeting screen: who is there and the follow-ups from before on the left, decisions,
//! follow-ups, notes and the next meeting on the right, the line being typed at the bottom with
//! what it will become.

use std::fmt::Write as _;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use super::Theme;
use crate::app::App;
use crate::app::layout::window;
use crate::app::meeting::{Meeting, Part};
use crate::i18n as t;
use crate::workspace::dates::short;
use crate::workspace::text::shown;

/// One part: its heading (with the count, and marks where rows are hidden) and the rows that
/// fit, the selected one in view and highlighted while the part has the keys.
fn section(
    frame: &mut Frame,
    theme: &Theme,
    area: Rect,
    (title, count): (String, String),
    focused: bool,
    rows: &[String],
    selected: Option<usize>,
) {
    let height = usize::from(area.height.saturating_sub(1));
    let total = rows.len();
    // Unfocused typed parts show their latest lines.
    let from = if selected.is_none() && total > height {
        total - height
    } else {
        0
    };
    let (first, last) = window(total, selected.or(Some(from)), from, height);
    let mut marks = String::new();
    if first > 0 {
        let _ = write!(marks, " ↑{first}");
    }
    if last < total {
        let _ = write!(marks, " ↓{}", total - last);
    }
    let style = if focused { theme.selected } else { theme.title };
    let mut lines = vec![Line::from(vec![
        Span::styled(title, style),
        Span::styled(format!(" {count}{marks}"), theme.muted),
    ])];
    let width = usize::from(area.width);
    for (i, row) in rows.iter().enumerate().take(last).skip(first) {
        let text = super::fit(row, width);
        if focused && selected == Some(i) {
            lines.push(Line::styled(text, theme.selected));
        } else {
            lines.push(Line::from(text));
        }
    }
    frame.render_widget(Paragraph::new(lines), area);
}

fn tick(on: bool) -> &'static str {
    if on { "[x] " } else { "[ ] " }
}

/// Draws the meeting screen over the pane.
pub fn render(app: &App, theme: &Theme, frame: &mut Frame, area: Rect, m: &Meeting) {
    frame.render_widget(Clear, area);
    let about = m.ambition.and_then(|id| app.ws.ambition(id)).map_or_else(
        || app.t(t::MEETING_NETWORK).to_owned(),
        |a| shown(&a.title).into_owned(),
    );
    let title = if m.chosen {
        format!(
            " {} · {about} · {} ",
            app.t(t::MEETING),
            short(m.day, app.lang)
        )
    } else {
        format!(" {} · {} ", app.t(t::MEETING), short(m.day, app.lang))
    };
    let block = Block::bordered().title(Span::styled(title, theme.title));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let [columns, typed] =
        Layout::vertical([Constraint::Min(3), Constraint::Length(3)]).areas(inner);
    let [left, right] = Layout::horizontal([Constraint::Percentage(44), Constraint::Fill(1)])
        .spacing(2)
        .areas(columns);
    let focus = |p: Part| m.part == p;
    let sel = |p: Part| focus(p).then_some(m.row);
    if m.chosen {
        left_column(app, theme, frame, left, m);
    } else {
        let rows: Vec<String> = std::iter::once(app.t(t::MEETING_NETWORK).to_owned())
            .chain(
                app.ws
                    .ambitions
                    .iter()
                    .map(|a| shown(&a.title).into_owned()),
            )
            .collect();
        let head = (app.t(t::MEETING_TOPIC).to_owned(), String::new());
        section(frame, theme, left, head, true, &rows, sel(Part::Topic));
    }
    let next_height = u16::from(m.ambition.is_some());
    let [decisions, follow_ups, notes, next] = Layout::vertical([
        Constraint::Fill(1),
        Constraint::Fill(1),
        Constraint::Fill(1),
        Constraint::Length(next_height),
    ])
    .areas(right);
    for (part, area) in [
        (Part::Decisions, decisions),
        (Part::FollowUps, follow_ups),
        (Part::Notes, notes),
    ] {
        let lines = m.lines(part);
        let rows: Vec<String> = lines
            .iter()
            .enumerate()
            .map(|(i, l)| match part {
                Part::Decisions => format!("{}. {}", i + 1, shown(l)),
                Part::FollowUps => format!("• {}", shown(&app.meeting_follow_up(m, l))),
                _ => shown(l).into_owned(),
            })
            .collect();
        let head = (app.t(part.title()).to_owned(), format!("({})", lines.len()));
        let selected = sel(part).filter(|r| *r < lines.len());
        section(frame, theme, area, head, focus(part), &rows, selected);
    }
    if m.ambition.is_some() {
        let day = crate::workspace::dates::parse(&m.next, m.day)
            .map_or_else(|_| "-".to_owned(), |d| short(d, app.lang));
        let style = if focus(Part::Next) {
            theme.selected
        } else {
            theme.title
        };
        frame.render_widget(
            Paragraph::new(Line::from(vec![
                Span::styled(app.t(t::FIELD_NEXT_MEETING).to_owned(), style),
                Span::raw(format!(": {day}")),
            ])),
            next,
        );
    }
    typed_line(app, theme, frame, typed, m);
}

/// Who is listed, marked present or not, and the open follow-ups from before.
fn left_column(app: &App, theme: &Theme, frame: &mut Frame, area: Rect, m: &Meeting) {
    let earlier_height = u16::try_from(m.earlier.len().clamp(1, 5) + 1).unwrap_or(6);
    let [people, earlier] =
        Layout::vertical([Constraint::Min(2), Constraint::Length(earlier_height)]).areas(area);
    let here = m.people.iter().filter(|(_, h)| *h).count();
    let mut rows: Vec<String> = m
        .people
        .iter()
        .map(|(id, h)| format!("{}{}", tick(*h), shown(app.ws.actor_name(*id))))
        .collect();
    if rows.is_empty() {
        rows.push(app.t(t::MEETING_NOBODY).to_owned());
    }
    let head = (
        app.t(Part::Present.title()).to_owned(),
        format!("{here}/{}", m.people.len()),
    );
    let focused = m.part == Part::Present;
    section(
        frame,
        theme,
        people,
        head,
        focused,
        &rows,
        focused.then_some(m.row),
    );
    let rows: Vec<String> = m
        .earlier
        .iter()
        .map(|(id, done)| {
            let f = app
                .ws
                .log
                .iter()
                .flat_map(|e| &e.follow_ups)
                .find(|f| f.id == *id);
            let text = f.map_or_else(String::new, |f| {
                let owner = f
                    .owner
                    .map(|o| format!(" · {}", shown(app.ws.actor_name(o))))
                    .unwrap_or_default();
                let due = f
                    .due
                    .map(|d| format!(" · {}", short(d, app.lang)))
                    .unwrap_or_default();
                format!("{}{owner}{due}", shown(&f.text))
            });
            format!("{}{text}", tick(*done))
        })
        .collect();
    let head = (
        app.t(Part::Earlier.title()).to_owned(),
        format!("({})", m.earlier.len()),
    );
    let focused = m.part == Part::Earlier;
    section(
        frame,
        theme,
        earlier,
        head,
        focused,
        &rows,
        focused.then_some(m.row),
    );
}

/// The line being typed, with its part's name, and under it what it will become.
fn typed_line(app: &App, theme: &Theme, frame: &mut Frame, area: Rect, m: &Meeting) {
    let [rule, line, preview] = Layout::vertical([Constraint::Length(1); 3]).areas(area);
    frame.render_widget(
        Paragraph::new(Span::styled(
            "─".repeat(usize::from(rule.width)),
            theme.muted,
        )),
        rule,
    );
    let (ok, text) = app.meeting_preview(m);
    let style = if ok { theme.muted } else { theme.warn };
    frame.render_widget(
        Paragraph::new(Span::styled(
            super::fit(&shown(&text), usize::from(preview.width)),
            style,
        )),
        preview,
    );
    if !m.part.typed() {
        return;
    }
    let label = format!("{} › ", app.t(m.part.title()));
    let label_width = u16::try_from(label.chars().count()).unwrap_or(0);
    let room = usize::from(line.width.saturating_sub(label_width + 1)).max(1);
    let scroll = m.input.0.visual_scroll(room);
    let value: String = m.input.value().chars().skip(scroll).take(room).collect();
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(label, theme.key),
            Span::raw(shown(&value).into_owned()),
        ])),
        line,
    );
    let cursor = u16::try_from(m.input.0.visual_cursor().saturating_sub(scroll)).unwrap_or(0);
    frame.set_cursor_position((line.x + label_width + cursor, line.y));
}
