//! Pane 3, Actoren: the register (search, filters, sort), or one actor's details, or the rings.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::Theme;
use super::table::ListTable;
use crate::app::register::SortKey;
use crate::app::{App, Pane};
use crate::i18n as t;
use crate::workspace::Actor;
use crate::workspace::Vocabulary;
use crate::workspace::text::shown;

/// The current roles of an actor, as the method names them.
pub fn roles_text(app: &App, actor: &Actor) -> String {
    let mut names: Vec<&str> = actor
        .current_roles()
        .map(|p| app.lang.pick(p.role.text()))
        .collect();
    names.dedup();
    names.join(", ")
}

/// The name with the letters that matched the search picked out.
fn highlighted(name: &str, hits: &[u32], theme: &Theme) -> Line<'static> {
    let name = shown(name);
    if hits.is_empty() {
        return Line::from(name.into_owned());
    }
    let spans: Vec<Span> = name
        .chars()
        .enumerate()
        .map(|(i, c)| {
            let hit = u32::try_from(i).is_ok_and(|i| hits.binary_search(&i).is_ok());
            if hit {
                Span::styled(c.to_string(), theme.hit)
            } else {
                Span::raw(c.to_string())
            }
        })
        .collect();
    Line::from(spans)
}

/// Draws the Actors pane.
pub fn render(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    if let Some(id) = app.ui.actors.detail_id()
        && let Some(actor) = app.ws.actor(id)
    {
        super::actor_detail::render(app, theme, frame, area, actor);
        return;
    }
    let [body, line] = crate::app::layout::actors(app, area);
    if app.ui.actors.rings() {
        super::rings::render(app, theme, frame, body);
    } else {
        register(app, theme, frame, body);
    }
    if line.height > 0 {
        let a = &app.ui.actors;
        let search = (a.searching.as_ref(), a.query.as_str());
        search_line(app, theme, frame, line, search, t::SEARCH_HINT);
    }
}

/// The search line under a list: `/ ` and the search, with a hint while it is typed.
pub(super) fn search_line(
    app: &App,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
    (searching, query): (Option<&tui_input::Input>, &str),
    hint: t::L,
) {
    let text = match searching {
        Some(input) => input.value().to_owned(),
        None => query.to_owned(),
    };
    let prefix = "/ ".to_owned();
    let hint = if searching.is_some() { app.t(hint) } else { "" };
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(prefix.clone(), theme.key),
            Span::raw(shown(&text).into_owned()),
            Span::styled(format!("  {hint}"), theme.muted),
        ])),
        area,
    );
    if let Some(input) = searching {
        let x = area.x + u16::try_from(prefix.len() + input.visual_cursor()).unwrap_or(0);
        frame.set_cursor_position((x.min(area.right().saturating_sub(1)), area.y));
    }
}

fn register(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    // The last column shows the measure sorted by, else the last contact.
    let last_column = match app.ui.actors.sort {
        SortKey::Degree => (SortKey::Degree, t::COL_DEGREE),
        SortKey::Betweenness => (SortKey::Betweenness, t::COL_BETWEENNESS),
        _ => (SortKey::LastContact, t::COL_LAST_CONTACT),
    };
    let columns = [
        (SortKey::Name, t::COL_NAME),
        (SortKey::Kind, t::COL_KIND),
        (SortKey::Represents, t::COL_REPRESENTS),
        (SortKey::Position, t::COL_POSITION),
        (SortKey::Roles, t::COL_ROLES),
        last_column,
    ];
    let labels: Vec<String> = columns
        .iter()
        .map(|(key, label)| {
            let mark = if app.ui.actors.sort == *key {
                "▾"
            } else {
                ""
            };
            format!("{}{mark}", app.t(*label))
        })
        .collect();
    let visible = app.views.actors.len();
    let total = app.ws.actors.len();
    let count = if visible == total {
        total.to_string()
    } else {
        format!("{visible}/{total}")
    };
    let empty = app.t_key(t::EMPTY_ACTORS, crate::app::Action::AddActor);
    let table = ListTable {
        title: format!("{} ({count})", app.t(t::PANE_ACTORS)),
        header: labels.iter().map(String::as_str).collect(),
        widths: vec![
            Constraint::Fill(3),
            Constraint::Length(8),
            Constraint::Fill(2),
            Constraint::Length(12),
            Constraint::Fill(2),
            Constraint::Length(10),
        ],
        total: visible,
        selected: app.selected(),
        offset: app.offset(Pane::Actors),
        empty: if total == 0 {
            &empty
        } else {
            app.t(t::NO_MATCHES)
        },
    };
    table.render(theme, frame, area, |row| {
        let a = &app.ws.actors[app.views.actors[row]];
        let mut name = highlighted(&a.name, &app.views.hits[row], theme);
        if app.in_conflict("actors", a.id) {
            // Before the name, so a narrow column never cuts it off.
            name.spans.insert(0, Span::styled("≠ ", theme.warn));
        }
        if a.prospective {
            name.spans.push(Span::styled(
                format!(" ({})", app.t(t::PROSPECTIVE)),
                theme.muted,
            ));
        }
        let measure = app.views.measures.get(&a.id).copied();
        let last = match app.ui.actors.sort {
            SortKey::Degree => measure.map(|(d, _)| d.to_string()).unwrap_or_default(),
            SortKey::Betweenness => measure.map(|(_, b)| format!("{b:.3}")).unwrap_or_default(),
            _ => app
                .views
                .last_contact
                .get(&a.id)
                .map(|ts| ts.to_zoned(app.tz.clone()).date().to_string())
                .unwrap_or_default(),
        };
        vec![
            name,
            Line::styled(app.lang.pick(a.kind.text()), theme.muted),
            Line::from(shown(&a.represents).into_owned()),
            Line::from(a.position.map_or("", |p| app.lang.pick(p.text()))),
            Line::from(roles_text(app, a)),
            Line::styled(last, theme.muted),
        ]
    });
}
