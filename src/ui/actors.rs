//! Pane 3, Actoren: the register of actors, sorted by name.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::Span;

use super::Theme;
use super::table::ListTable;
use super::text::clean;
use crate::app::{App, Pane};
use crate::i18n::{self as t, Term};
use crate::workspace::Actor;

/// The current roles of an actor, as the method names them.
pub fn roles_text(app: &App, actor: &Actor) -> String {
    let mut names: Vec<&str> = actor
        .current_roles()
        .map(|p| app.lang.pick(p.role.text()))
        .collect();
    names.dedup();
    names.join(", ")
}

/// Draws the actors table.
pub fn render(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let pane = Pane::Actors.index();
    let table = ListTable {
        title: format!("{} ({})", app.t(t::PANE_ACTORS), app.ws.actors.len()),
        header: vec![
            app.t(t::COL_NAME),
            app.t(t::COL_KIND),
            app.t(t::COL_REPRESENTS),
            app.t(t::COL_POSITION),
            app.t(t::COL_ROLES),
        ],
        widths: vec![
            Constraint::Fill(3),
            Constraint::Length(12),
            Constraint::Fill(2),
            Constraint::Length(12),
            Constraint::Fill(2),
        ],
        total: app.views.actors.len(),
        selected: app.selected(),
        offset: app.ui.offset[pane],
        empty: app.t(t::EMPTY_ACTORS),
    };
    table.render(theme, frame, area, |row| {
        let a = &app.ws.actors[app.views.actors[row]];
        let name = if a.prospective {
            format!("{} ({})", clean(&a.name), app.t(t::PROSPECTIVE))
        } else {
            clean(&a.name).into_owned()
        };
        vec![
            Span::raw(name),
            Span::styled(app.lang.pick(a.kind.text()), theme.muted),
            Span::raw(clean(&a.represents).into_owned()),
            Span::raw(a.position.map_or("", |p| app.lang.pick(p.text()))),
            Span::raw(roles_text(app, a)),
        ]
    });
}
