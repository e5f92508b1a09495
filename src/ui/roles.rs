//! Pane 4, Rollen: who holds which role now, who covers which leadership orientation, and the
//! warnings the method gives about leadership.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use super::Theme;
use super::table::ListTable;
use super::text::clean;
use crate::app::{App, Pane};
use crate::i18n::{self as t, Term, fill};
use crate::workspace::{Orientation, Role};

/// Draws the role list and the leadership panel.
pub fn render(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let [left, right] = Layout::horizontal([Constraint::Fill(3), Constraint::Fill(2)]).areas(area);
    let table = ListTable {
        title: app.t(t::ROLES_MATRIX).to_owned(),
        header: vec![app.t(t::COL_NAME), app.t(t::COL_ROLES), app.t(t::COL_SINCE)],
        widths: vec![
            Constraint::Fill(2),
            Constraint::Fill(2),
            Constraint::Length(10),
        ],
        total: app.views.role_holders.len(),
        selected: app.selected(),
        offset: app.ui.offset[Pane::Roles.index()],
        empty: app.t(t::EMPTY_LIST),
    };
    table.render(theme, frame, left, |row| {
        let a = &app.ws.actors[app.views.role_holders[row]];
        let since = a.current_roles().map(|p| p.from).min();
        vec![
            Span::raw(clean(&a.name).into_owned()),
            Span::raw(super::actors::roles_text(app, a)),
            Span::styled(
                since.map(|d| d.to_string()).unwrap_or_default(),
                theme.muted,
            ),
        ]
    });
    frame.render_widget(
        Paragraph::new(leadership_lines(app, theme))
            .wrap(Wrap { trim: false })
            .block(Block::bordered().title(Span::styled(
                format!(" {} ", app.t(t::LEADERSHIP)),
                theme.title,
            ))),
        right,
    );
}

fn leadership_lines(app: &App, theme: &Theme) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    for o in Orientation::ALL {
        let who: Vec<String> = app
            .ws
            .foundation
            .leadership
            .iter()
            .filter(|c| c.orientation == o)
            .map(|c| clean(app.ws.actor_name(c.actor)).into_owned())
            .collect();
        lines.push(Line::from(Span::styled(
            app.lang.pick(o.text()),
            theme.header,
        )));
        if who.is_empty() {
            lines.push(Line::from(Span::styled(
                format!("  {}", app.t(t::NOBODY)),
                theme.warn,
            )));
        } else {
            lines.push(Line::from(format!("  {}", who.join(", "))));
        }
    }
    if !app
        .ws
        .actors
        .iter()
        .any(|a| a.has_role(Role::Netwerkleider))
    {
        lines.push(Line::from(Span::styled(
            app.t(t::GAP_NO_LEADER),
            theme.warn,
        )));
    }
    for a in &app.ws.ambitions {
        if a.leader.is_none() {
            let text = fill(
                app.t(t::GAP_NO_COALITION_LEADER),
                &[("a", &clean(&a.title))],
            );
            lines.push(Line::from(Span::styled(text, theme.warn)));
        }
    }
    lines
}
