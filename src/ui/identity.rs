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
use crate::workspace::identity::Move;
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
    // The session on a line above the columns, the marks explained on one under them.
    let [head, area, legend] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(3),
        Constraint::Length(1),
    ])
    .areas(area);
    frame.render_widget(
        Paragraph::new(Span::styled(
            super::fit(&session_line(app), usize::from(head.width)),
            theme.title,
        )),
        head,
    );
    frame.render_widget(
        Paragraph::new(Span::styled(
            super::fit(app.t(t::IDENTITY_LEGEND), usize::from(legend.width)),
            theme.muted,
        )),
        legend,
    );
    let session = app.shown_session();
    let columns = Layout::horizontal([Constraint::Fill(1); 3]).split(area);
    for (i, card_area) in Area::ALL.iter().enumerate() {
        let focused = *card_area == app.ui.identity.area;
        let words = app.ws.identity.session_words(*card_area, session);
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

/// Which session is shown, and from an earlier one how to copy a word to the latest.
fn session_line(app: &App) -> String {
    let card = &app.ws.identity;
    let shown = app.shown_session();
    let key = |a| crate::app::keymap::key_of(a);
    let Some(s) = shown.and_then(|id| card.sessions.iter().find(|s| s.id == id)) else {
        return t::fill(
            app.t(t::SESSION_NONE),
            &[("key", &key(crate::app::Action::NewSession))],
        );
    };
    let (at, n) = card.place(shown);
    let title = s.label();
    let mut line = t::fill(
        app.t(t::SESSION_LINE),
        &[
            ("at", &at.to_string()),
            ("n", &n.to_string()),
            ("title", &title),
        ],
    );
    if shown != card.latest() {
        line.push_str(&t::fill(
            app.t(t::SESSION_EARLIER),
            &[("key", &key(crate::app::Action::CopyWord))],
        ));
    }
    line
}

/// How the card shifted from the session before the one shown: per area, side by side, what
/// came, rose, fell, went and stayed, each word with its dots before and after.
fn compare(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let card = &app.ws.identity;
    let newer = app.shown_session();
    let Some((older, newer)) = newer.and_then(|n| card.before(n).map(|o| (o, n))) else {
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
            .map(crate::workspace::IdentitySession::label)
            .unwrap_or_default()
    };
    let [head, area] = Layout::vertical([Constraint::Length(1), Constraint::Min(3)]).areas(area);
    frame.render_widget(
        Paragraph::new(Span::styled(
            super::fit(
                &format!("{} → {}", name(older), name(newer)),
                usize::from(head.width),
            ),
            theme.title,
        )),
        head,
    );
    let shifts = card.compare(older, newer);
    let columns = Layout::horizontal([Constraint::Fill(1); 3]).split(area);
    for (i, a) in Area::ALL.iter().enumerate() {
        let mut lines: Vec<Line> = Vec::new();
        let mut last = None;
        for s in shifts.iter().filter(|s| s.area == *a) {
            let kind = s.kind();
            if last != Some(kind) {
                let (label, style) = move_label(kind, theme);
                lines.push(Line::styled(app.t(label), style));
                last = Some(kind);
            }
            let dots = match (s.before, s.after) {
                (Some(b), Some(n)) if b != n => format!("{b} → {n}"),
                (_, Some(n)) => n.to_string(),
                (Some(b), None) => b.to_string(),
                (None, None) => String::new(),
            };
            lines.push(Line::from(vec![
                Span::raw(format!(" {} ", shown(&s.text))),
                Span::styled(format!("● {dots}"), theme.warn),
            ]));
        }
        let block = Block::bordered().title(Span::styled(
            format!(" {} ", app.lang.pick(a.text())),
            theme.title,
        ));
        frame.render_widget(
            Paragraph::new(lines)
                .wrap(ratatui::widgets::Wrap { trim: false })
                .block(block),
            columns[i],
        );
    }
}

fn move_label(kind: Move, theme: &Theme) -> (t::L, ratatui::style::Style) {
    match kind {
        Move::Came => (t::MOVE_CAME, theme.ok),
        Move::Rose => (t::MOVE_ROSE, theme.ok),
        Move::Fell => (t::MOVE_FELL, theme.warn),
        Move::Went => (t::MOVE_WENT, theme.warn),
        Move::Same => (t::MOVE_SAME, theme.muted),
    }
}
