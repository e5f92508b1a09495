//! Pane 6, Agenda: the topics with how many actors chose each engagement level, and the
//! ambitions with their coalitions.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::Theme;
use super::table::ListTable;
use super::text::clean;
use crate::app::{App, Pane};
use crate::i18n::{self as t, Term};

/// Draws topics and ambitions.
pub fn render(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let amb_height = u16::try_from(app.ws.ambitions.len() * 2 + 2)
        .unwrap_or(u16::MAX)
        .min((area.height / 2).max(3));
    let [top, bottom] =
        Layout::vertical([Constraint::Min(3), Constraint::Length(amb_height)]).areas(area);
    let table = ListTable {
        title: format!(
            "{} ({}) · {}",
            app.t(t::PANE_AGENDA),
            app.ws.topics.len(),
            app.t(t::ENGAGEMENT_LEGEND)
        ),
        header: vec![
            app.t(t::COL_TOPIC),
            "W",
            "Dk",
            "Do",
            "Bp",
            app.t(t::COL_RAISED_BY),
        ],
        widths: vec![
            Constraint::Fill(3),
            Constraint::Length(3),
            Constraint::Length(3),
            Constraint::Length(3),
            Constraint::Length(3),
            Constraint::Fill(1),
        ],
        total: app.ws.topics.len(),
        selected: app.selected(),
        offset: app.ui.offset[Pane::Agenda.index()],
        empty: app.t(t::EMPTY_LIST),
    };
    table.render_spans(theme, frame, top, |row| {
        let topic = &app.ws.topics[row];
        let counts = topic.counts();
        let mut cells = vec![Span::raw(clean(&topic.title).into_owned())];
        cells.extend(counts.iter().map(|n| Span::raw(n.to_string())));
        cells.push(Span::styled(
            topic
                .raised_by
                .map(|id| clean(app.ws.actor_name(id)).into_owned())
                .unwrap_or_default(),
            theme.muted,
        ));
        cells
    });
    let mut lines = Vec::new();
    for a in &app.ws.ambitions {
        lines.push(Line::from(vec![
            Span::styled(clean(&a.title).into_owned(), theme.header),
            Span::styled(format!("  {}", app.lang.pick(a.status.text())), theme.muted),
        ]));
        let leader = a.leader.map(|id| clean(app.ws.actor_name(id)).into_owned());
        let leader_text = leader.unwrap_or_else(|| app.t(t::NOBODY).to_owned());
        lines.push(Line::from(format!(
            "  {}: {} · {}: {}",
            app.t(t::COALITION),
            a.coalition.len(),
            app.t(t::LEADER),
            leader_text
        )));
    }
    let block = Block::bordered().title(Span::styled(
        format!(" {} ", app.t(t::AMBITIONS)),
        theme.title,
    ));
    frame.render_widget(Paragraph::new(lines).block(block), bottom);
}
