//! Pane 6, Agenda: the topics with how many actors chose each engagement level, and the
//! ambitions with their coalitions; or the topics x actors grid.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::Theme;
use super::table::ListTable;
use crate::app::agenda::AgendaFocus;
use crate::app::{App, Pane};
use crate::i18n as t;
use crate::workspace::Vocabulary;
use crate::workspace::text::shown;

/// Draws the agenda.
pub fn render(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    if let Some(i) = app.ambition_detail() {
        detail(app, theme, frame, area, i);
        return;
    }
    if app.ui.agenda.in_grid() {
        super::grid::render(app, theme, frame, area);
        return;
    }
    let [top, bottom] = crate::app::layout::agenda(app, area);
    let filter = if app.ui.agenda.candidates_min > 0 {
        format!(" · ≥{} Do/Bp", app.ui.agenda.candidates_min)
    } else {
        String::new()
    };
    let table = ListTable {
        title: format!(
            "{} ({}){filter} · {}",
            app.t(t::PANE_AGENDA),
            app.views.topics.len(),
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
        total: app.views.topics.len(),
        selected: if app.ui.agenda.focus == AgendaFocus::Ambitions {
            None
        } else {
            app.selected()
        },
        offset: app.offset(Pane::Agenda),
        empty: app.t(t::EMPTY_LIST),
    };
    table.render_spans(theme, frame, top, |row| {
        let topic = &app.ws.topics[app.views.topics[row]];
        let mark = if app.in_conflict("topics", topic.id) {
            "≠ "
        } else {
            ""
        };
        let mut cells = vec![Span::raw(format!("{mark}{}", shown(&topic.title)))];
        cells.extend(topic.counts().iter().map(|n| Span::raw(n.to_string())));
        cells.push(Span::styled(
            topic
                .raised_by
                .map(|id| shown(app.ws.actor_name(id)).into_owned())
                .unwrap_or_default(),
            theme.muted,
        ));
        cells
    });
    ambitions(app, theme, frame, bottom);
}

fn ambitions(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let focused = app.ui.agenda.focus == AgendaFocus::Ambitions;
    let cursor = &app.ui.agenda.ambitions;
    let selected = cursor.row(app.ws.ambitions.len()).filter(|_| focused);
    let mut lines = Vec::new();
    let fit = usize::from(area.height.saturating_sub(2) / 2);
    let (first, last) = super::table::window(app.ws.ambitions.len(), selected, cursor.offset, fit);
    for (i, a) in app.ws.ambitions.iter().enumerate().take(last).skip(first) {
        let mark = if app.in_conflict("ambitions", a.id) {
            "≠ "
        } else {
            ""
        };
        let title = Span::styled(
            format!("{mark}{}", shown(&a.title)),
            if selected == Some(i) {
                theme.selected
            } else {
                theme.header
            },
        );
        lines.push(Line::from(vec![
            Span::raw(if selected == Some(i) { "▸" } else { " " }),
            title,
            Span::styled(
                format!(
                    "  {} · {}",
                    app.lang.pick(a.kind.text()),
                    app.lang.pick(a.status.text())
                ),
                theme.muted,
            ),
        ]));
        let leader = a.leader.map(|id| shown(app.ws.actor_name(id)).into_owned());
        // The members by name, the leader first; the line ends in … where the pane is narrow.
        let members: Vec<String> = a
            .leader
            .iter()
            .chain(a.coalition.iter().filter(|m| Some(**m) != a.leader))
            .map(|id| shown(app.ws.actor_name(*id)).into_owned())
            .collect();
        let mut detail = format!(
            "  {}: {}",
            app.t(t::LEADER),
            leader.unwrap_or_else(|| app.t(t::NOBODY).to_owned()),
        );
        if !a.next_step.is_empty() {
            let when = a.next_date.map(|d| format!(" ({d})")).unwrap_or_default();
            detail = format!("{detail} · {}{when}", shown(&a.next_step));
        }
        if let Some(d) = a.next_meeting {
            let day = crate::workspace::dates::short(d, app.lang);
            detail = format!("{detail} · {}: {day}", app.t(t::FIELD_NEXT_MEETING));
        }
        // The coalition by name last: what the line has no room for is the end of a list.
        detail = format!(
            "{detail} · {} ({}): {}",
            app.t(t::COALITION),
            a.coalition.len(),
            members.join(", ")
        );
        lines.push(Line::from(super::fit(
            &detail,
            usize::from(area.width.saturating_sub(2)),
        )));
    }
    let style = if focused { theme.selected } else { theme.title };
    let block = Block::bordered().title(Span::styled(format!(" {} ", app.t(t::AMBITIONS)), style));
    frame.render_widget(Paragraph::new(lines).block(block), area);
}

/// An ambition in full, scrolled to `detail_top`, with what lies above and below marked.
fn detail(app: &App, theme: &Theme, frame: &mut Frame, area: Rect, i: usize) {
    let rows = app.ambition_rows(i);
    let lines: Vec<Line> = rows
        .iter()
        .skip(1)
        .map(|(tone, text)| Line::styled(text.clone(), theme.of(*tone)))
        .collect();
    let title = rows.first().map(|r| r.1.clone()).unwrap_or_default();
    super::scrolled(
        frame,
        area,
        lines,
        Span::styled(format!(" {title} "), theme.title),
        (app.ui.agenda.detail_top, theme),
    );
}
