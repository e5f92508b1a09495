//! Pane 5, Identiteit: the identity card, three columns (passie, positie, opgave), each word
//! with its dots, most dots first.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::Theme;
use super::table::window;
use crate::app::{App, Pane};
use crate::i18n as t;
use crate::workspace::Vocabulary;
use crate::workspace::text::shown;
use crate::workspace::{Area, Weight};

fn prompt(area: Area) -> t::L {
    match area {
        Area::Passie => t::IDENTITY_PROMPT_PASSIE,
        Area::Positie => t::IDENTITY_PROMPT_POSITIE,
        Area::Opgave => t::IDENTITY_PROMPT_OPGAVE,
    }
}

/// Draws the three columns.
pub fn render(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    if app.ui.identity.mode == crate::app::identity::IdentityMode::Compare {
        compare(app, theme, frame, area);
        return;
    }
    // The marks explained on a line of their own under the columns.
    let [area, legend] = Layout::vertical([Constraint::Min(3), Constraint::Length(1)]).areas(area);
    frame.render_widget(
        Paragraph::new(Span::styled(
            super::fit(app.t(t::IDENTITY_LEGEND), usize::from(legend.width)),
            theme.muted,
        )),
        legend,
    );
    let columns = Layout::horizontal([Constraint::Fill(1); 3]).split(area);
    for (i, card_area) in Area::ALL.iter().enumerate() {
        let focused = *card_area == app.ui.identity.area;
        let words = app.ws.identity.area_words(*card_area);
        let title_style = if focused { theme.selected } else { theme.title };
        let block = Block::bordered().title(Span::styled(
            format!(" {} ({}) ", app.lang.pick(card_area.text()), words.len()),
            title_style,
        ));
        let mut lines = vec![
            Line::from(Span::styled(app.t(prompt(*card_area)), theme.muted)),
            Line::default(),
        ];
        let height = usize::from(columns[i].height.saturating_sub(4));
        let selected = if focused { app.selected() } else { None };
        let offset = if focused {
            app.offset(Pane::Identity)
        } else {
            0
        };
        let (first, last) = window(words.len(), selected, offset, height);
        for (row, w) in words.iter().enumerate().take(last).skip(first) {
            let dots = if w.dots > 5 {
                format!("●{:>2}", w.dots)
            } else {
                "●".repeat(w.dots as usize)
            };
            let mark = match w.weight {
                Some(Weight::Core) => "*",
                Some(Weight::Important) => "+",
                Some(Weight::LessImportant) => "-",
                None => " ",
            };
            let text = Span::styled(
                shown(&w.text).into_owned(),
                if selected == Some(row) {
                    theme.selected
                } else {
                    ratatui::style::Style::new()
                },
            );
            lines.push(Line::from(vec![
                Span::raw(mark),
                text,
                Span::styled(format!(" {dots}"), theme.warn),
            ]));
        }
        if words.is_empty() {
            lines.push(Line::from(Span::styled(app.t(t::EMPTY_LIST), theme.muted)));
        }
        frame.render_widget(
            Paragraph::new(lines)
                .wrap(ratatui::widgets::Wrap { trim: false })
                .block(block),
            columns[i],
        );
    }
}

/// The shift between the last two sessions: per area, each word's dots before and after;
/// `+` for a word that is new, `-` for one that is gone.
fn compare(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let card = &app.ws.identity;
    let Some((older, newer)) = card.last_two_sessions() else {
        frame.render_widget(
            Paragraph::new(app.t(t::COMPARE_NEED_TWO)).block(Block::bordered()),
            area,
        );
        return;
    };
    let name = |id| {
        card.sessions
            .iter()
            .find(|s| s.id == id)
            .map(|s| format!("{} {}", s.date, shown(&s.title)))
            .unwrap_or_default()
    };
    let shifts = card.compare(older, newer);
    let columns = Layout::horizontal([Constraint::Fill(1); 3]).split(area);
    for (i, a) in Area::ALL.iter().enumerate() {
        let lines: Vec<Line> = shifts
            .iter()
            .filter(|s| s.area == *a)
            .map(|s| {
                let (mark, dots, style) = match (s.before, s.after) {
                    (Some(b), Some(n)) => (" ", format!("{b} → {n}"), ratatui::style::Style::new()),
                    (None, Some(n)) => ("+", format!("{n}"), theme.ok),
                    (Some(b), None) => ("-", format!("{b}"), theme.muted),
                    (None, None) => (" ", String::new(), theme.muted),
                };
                Line::from(vec![
                    Span::styled(format!("{mark}{} ", shown(&s.text)), style),
                    Span::styled(dots, theme.warn),
                ])
            })
            .collect();
        let title = if i == 0 {
            format!(
                " {}: {} → {} ",
                app.lang.pick(a.text()),
                name(older),
                name(newer)
            )
        } else {
            format!(" {} ", app.lang.pick(a.text()))
        };
        let block = Block::bordered().title(Span::styled(title, theme.title));
        frame.render_widget(
            Paragraph::new(lines)
                .wrap(ratatui::widgets::Wrap { trim: false })
                .block(block),
            columns[i],
        );
    }
}
