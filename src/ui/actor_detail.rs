//! One actor in full: every field of the model, relations (on both ends), roles over time,
//! notes, and what the log says about them.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use super::Theme;
use crate::app::App;
use crate::i18n as t;
use crate::workspace::Actor;
use crate::workspace::Vocabulary;
use crate::workspace::text::shown;

fn block<'a>(title: &str, theme: &Theme) -> Block<'a> {
    Block::bordered().title(Span::styled(format!(" {title} "), theme.title))
}

fn field(label: t::L, value: &str, app: &App, theme: &Theme) -> Option<Line<'static>> {
    (!value.trim().is_empty()).then(|| {
        Line::from(vec![
            Span::styled(format!("{}: ", app.t(label)), theme.header),
            Span::raw(shown(value).into_owned()),
        ])
    })
}

fn fields(app: &App, theme: &Theme, a: &Actor) -> Vec<Line<'static>> {
    let mut kind = app.lang.pick(a.kind.text()).to_owned();
    if a.prospective {
        kind = format!("{kind} ({})", app.t(t::PROSPECTIVE));
    }
    let capacity = a.capacity.map_or("", |c| app.lang.pick(c.text()));
    let position = a.position.map_or("", |p| app.lang.pick(p.text()));
    let i = &a.interests;
    let network = app.network_line(a.id).unwrap_or_default();
    let fmt = |v: &Vec<String>| v.len().to_string();
    let (b, g) = (fmt(&a.brings), fmt(&a.gets));
    let balance = t::fill(
        app.t(match a.balance() {
            crate::workspace::actor::Balance::Both => t::BALANCE_BOTH,
            crate::workspace::actor::Balance::OnlyTakes => t::BALANCE_TAKES,
            crate::workspace::actor::Balance::OnlyBrings => t::BALANCE_BRINGS,
            crate::workspace::actor::Balance::Neither => t::BALANCE_NEITHER,
        }),
        &[("b", &b), ("g", &g)],
    );
    let links: Vec<String> = app
        .ws
        .identity
        .links(a)
        .iter()
        .map(|w| format!("{} ({})", w.text, app.lang.pick(w.area.text())))
        .collect();
    [
        (t::FIELD_KIND, kind.as_str()),
        (t::FIELD_CAPACITY, capacity),
        (t::FIELD_REPRESENTS, &a.represents),
        (t::FIELD_MANDATE, &a.mandate),
        (t::FIELD_POSITION, position),
        (t::COL_ROLES, &super::actors::roles_text(app, a)),
        (t::NET_LABEL, &network),
        (t::FIELD_TAGS_SHORT, &a.tags.join(", ")),
        (t::FIELD_CONTACT, &a.contact),
        (t::FIELD_INTEREST_INDIVIDUAL, &i.individual),
        (t::FIELD_INTEREST_ORGANISATIONAL, &i.organisational),
        (t::FIELD_INTEREST_COLLECTIVE, &i.collective),
        (t::FIELD_CHARACTERISTICS, &a.characteristics),
        (t::FIELD_BRINGS_SHORT, &a.brings.join("; ")),
        (t::FIELD_GETS_SHORT, &a.gets.join("; ")),
        (t::FORM_HALEN_BRENGEN, &balance),
        (t::LINKS_CARD, &links.join(", ")),
    ]
    .into_iter()
    .filter_map(|(label, value)| field(label, value, app, theme))
    .collect()
}

fn relations(app: &App, theme: &Theme, a: &Actor) -> Vec<Line<'static>> {
    let rows = app.detail_relations();
    if rows.is_empty() {
        return vec![Line::styled(app.t(t::NO_RELATIONS), theme.muted)];
    }
    let selected = match &app.ui.actors.mode {
        crate::app::actors::ActorsMode::Detail(d) => d.relations.row(rows.len()),
        _ => None,
    };
    rows.iter()
        .enumerate()
        .map(|(n, i)| {
            let r = &app.ws.relations[*i];
            let (arrow, other) = match (r.mutual, r.from == a.id) {
                (true, true) => ("↔", r.to),
                (true, false) => ("↔", r.from),
                (false, true) => ("→", r.to),
                (false, false) => ("←", r.from),
            };
            let strength = r.strength.map(|s| format!(" ({s})")).unwrap_or_default();
            let text = format!(
                "{arrow} {} · {}{strength}",
                shown(app.ws.actor_name(other)),
                shown(&r.kind)
            );
            if Some(n) == selected {
                Line::from(vec![Span::raw("▸"), Span::styled(text, theme.selected)])
            } else {
                Line::from(format!(" {text}"))
            }
        })
        .collect()
}

fn story(app: &App, theme: &Theme, a: &Actor) -> Vec<Line<'static>> {
    let mut lines = super::roles::periods(app, theme, a);
    if !a.notes.trim().is_empty() {
        lines.push(Line::styled(
            format!("{}:", app.t(t::FIELD_NOTES)),
            theme.header,
        ));
        lines.extend(a.notes.lines().map(|l| Line::from(shown(l).into_owned())));
    }
    let about: Vec<_> = app
        .views
        .log
        .iter()
        .map(|i| &app.ws.log[*i])
        .filter(|e| e.actors.contains(&a.id) || e.present.contains(&a.id))
        .take(5)
        .collect();
    if !about.is_empty() {
        lines.push(Line::styled(
            format!("{}:", app.t(t::PANE_LOG)),
            theme.header,
        ));
    }
    for e in about {
        let day = super::log::when(app, e);
        lines.push(Line::from(vec![
            Span::styled(format!("{} ", day.get(..10).unwrap_or(&day)), theme.muted),
            Span::raw(super::log::summary(app, e)),
        ]));
    }
    lines
}

/// Draws the details of `a`.
pub fn render(app: &App, theme: &Theme, frame: &mut Frame, area: Rect, a: &Actor) {
    let [left, right] = Layout::horizontal([Constraint::Fill(1), Constraint::Fill(1)]).areas(area);
    frame.render_widget(
        Paragraph::new(fields(app, theme, a))
            .wrap(Wrap { trim: false })
            .block(block(&shown(&a.name), theme)),
        left,
    );
    let rel_rows = u16::try_from(app.detail_relations().len())
        .unwrap_or(u16::MAX)
        .clamp(1, 8)
        + 2;
    let [top, bottom] =
        Layout::vertical([Constraint::Length(rel_rows), Constraint::Min(3)]).areas(right);
    frame.render_widget(
        Paragraph::new(relations(app, theme, a)).block(block(app.t(t::RELATIONS), theme)),
        top,
    );
    frame.render_widget(
        Paragraph::new(story(app, theme, a))
            .wrap(Wrap { trim: false })
            .block(block(app.t(t::ROLE_HISTORY), theme)),
        bottom,
    );
}
