//! Pane 4, Rollen: every actor's roles now, the selected actor's history of roles, who covers
//! which leadership orientation, who leads each coalition, and the method's warnings.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use super::Theme;
use super::table::ListTable;
use crate::app::{App, Pane};
use crate::i18n::{self as t, fill};
use crate::workspace::Vocabulary;
use crate::workspace::text::shown;
use crate::workspace::{Orientation, Role};

/// Draws the role list, the timeline, and the leadership panel.
pub fn render(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let [left, right] = Layout::horizontal([Constraint::Fill(1), Constraint::Fill(1)]).areas(area);
    let empty = app.t_key(
        t::EMPTY_ACTORS_ELSEWHERE,
        crate::app::Action::ShowPane(Pane::Actors),
    );
    let table = ListTable {
        title: format!("{} · {}", app.t(t::ROLES_MATRIX), app.t(t::ROLES_LEGEND)),
        header: vec![app.t(t::COL_NAME), "P", "NL", "CL", app.t(t::COL_SINCE)],
        widths: vec![
            Constraint::Fill(1),
            Constraint::Length(2),
            Constraint::Length(2),
            Constraint::Length(2),
            Constraint::Length(10),
        ],
        total: app.views.by_name.len(),
        selected: app.selected(),
        offset: app.offset(Pane::Roles),
        empty: &empty,
    };
    table.render_spans(theme, frame, left, |row| {
        let a = &app.ws.actors[app.views.by_name[row]];
        let mark = |role: Role| {
            let n = a.current_roles().filter(|p| p.role == role).count();
            Span::raw(match n {
                0 => String::new(),
                1 => "●".to_owned(),
                n => n.to_string(),
            })
        };
        let since = a.current_roles().map(|p| p.from).min();
        vec![
            Span::raw(shown(&a.name).into_owned()),
            mark(Role::Participant),
            mark(Role::Netwerkleider),
            mark(Role::Coalitieleider),
            Span::styled(
                since.map(|d| d.to_string()).unwrap_or_default(),
                theme.muted,
            ),
        ]
    });
    let [history, leadership] =
        Layout::vertical([Constraint::Fill(1), Constraint::Fill(1)]).areas(right);
    frame.render_widget(
        Paragraph::new(timeline(app, theme))
            .wrap(Wrap { trim: false })
            .block(Block::bordered().title(Span::styled(
                format!(" {} ", app.t(t::ROLE_HISTORY)),
                theme.title,
            ))),
        history,
    );
    frame.render_widget(
        Paragraph::new(leadership_lines(app, theme))
            .wrap(Wrap { trim: false })
            .block(Block::bordered().title(Span::styled(
                format!(" {} ", app.t(t::LEADERSHIP)),
                theme.title,
            ))),
        leadership,
    );
}

/// The selected actor's role periods, oldest first: `2025-03-01 – nu  netwerkleider`.
/// An actor's role periods, oldest first; ended ones dimmed.
pub fn periods(app: &App, theme: &Theme, a: &crate::workspace::Actor) -> Vec<Line<'static>> {
    let mut periods: Vec<_> = a.roles.iter().collect();
    periods.sort_by_key(|p| p.from);
    periods
        .into_iter()
        .map(|p| {
            let until = p
                .until
                .map_or_else(|| app.t(t::NOW).to_owned(), |d| d.to_string());
            let style = if p.until.is_none() {
                ratatui::style::Style::new()
            } else {
                theme.muted
            };
            Line::from(vec![
                Span::styled(format!("{} – {until:<10} ", p.from), theme.muted),
                Span::styled(app.role_label(p.role, p.coalition), style),
            ])
        })
        .collect()
}

fn timeline(app: &App, theme: &Theme) -> Vec<Line<'static>> {
    let Some(a) = app.selected_actor() else {
        return Vec::new();
    };
    let mut lines = vec![Line::from(Span::styled(
        shown(&a.name).into_owned(),
        theme.header,
    ))];
    lines.extend(periods(app, theme, a));
    if a.roles.is_empty() {
        lines.push(Line::from(Span::styled(
            app.t(t::NO_ROLES_YET),
            theme.muted,
        )));
    }
    let covers: Vec<&str> = app
        .ws
        .foundation
        .leadership
        .iter()
        .filter(|c| c.actor == a.id)
        .map(|c| app.lang.pick(c.orientation.text()))
        .collect();
    if !covers.is_empty() {
        lines.push(Line::from(format!(
            "{}: {}",
            app.t(t::LEADERSHIP),
            covers.join(", ")
        )));
    }
    lines
}

fn leadership_lines(app: &App, theme: &Theme) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    for &o in Orientation::ALL {
        let who: Vec<String> = app
            .ws
            .foundation
            .leadership
            .iter()
            .filter(|c| c.orientation == o)
            .map(|c| shown(app.ws.actor_name(c.actor)).into_owned())
            .collect();
        let (text, style) = if who.is_empty() {
            (app.t(t::NOBODY).to_owned(), theme.warn)
        } else {
            (who.join(", "), ratatui::style::Style::new())
        };
        lines.push(Line::from(vec![
            Span::styled(format!("{}: ", app.lang.pick(o.text())), theme.header),
            Span::styled(text, style),
        ]));
    }
    for a in &app.ws.ambitions {
        let leader = a.leader.map(|id| shown(app.ws.actor_name(id)).into_owned());
        let style = if leader.is_some() {
            ratatui::style::Style::new()
        } else {
            theme.warn
        };
        lines.push(Line::from(vec![
            Span::styled(format!("{} ", shown(&a.title)), theme.muted),
            Span::styled(
                format!(
                    "→ {}",
                    leader.unwrap_or_else(|| app.t(t::NOBODY).to_owned())
                ),
                style,
            ),
        ]));
    }
    if !app.ws.actors.is_empty()
        && !app
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
    for g in &app.views.gaps {
        if let crate::analysis::Gap::Concentrated(name, n) = g {
            let text = fill(
                app.t(t::CONCENTRATED),
                &[("name", &shown(name)), ("n", &n.to_string())],
            );
            lines.push(Line::from(Span::styled(text, theme.warn)));
        }
    }
    lines
}
