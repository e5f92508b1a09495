//! Pane 9, Kaart: the network on a braille canvas. Relations are lines, actors are marks whose
//! shape says their position (so the legend holds without colour), the selected actor is
//! highlighted, and names are written for the best connected actors where they fit.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Style};
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::canvas::{Canvas, Line as Stroke};
use ratatui::widgets::{Block, Paragraph};

use super::Theme;
use crate::app::App;
use crate::i18n::{self as t, fill};
use crate::workspace::text::shown;
use crate::workspace::{Id, Position};

/// The mark of a position, and its style: shape first, colour second.
fn mark(position: Option<Position>, theme: &Theme, color: bool) -> (&'static str, Style) {
    let tint = |c: Color| {
        if color {
            Style::new().fg(c)
        } else {
            Style::new()
        }
    };
    match position {
        Some(Position::Kern) => ("●", tint(Color::Yellow)),
        Some(Position::Ring) => ("◆", tint(Color::Cyan)),
        Some(Position::VrijeRuimte) => ("○", tint(Color::Green)),
        None => ("·", theme.muted),
    }
}

/// The part of the map in view: `(x0, x1, y0, y1)`, fitted around the actors drawn on each axis
/// (a terminal is wide; the map uses its width), then zoomed and panned.
fn view(app: &App, nodes: &[(Id, (f64, f64))]) -> (f64, f64, f64, f64) {
    let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for (_, (x, y)) in nodes {
        (x0, y0, x1, y1) = (x0.min(*x), y0.min(*y), x1.max(*x), y1.max(*y));
    }
    if nodes.is_empty() {
        (x0, y0, x1, y1) = (0.0, 0.0, 1.0, 1.0);
    }
    let m = &app.ui.map;
    let (cx, cy) = (
        f64::midpoint(x0, x1) + m.pan.0,
        f64::midpoint(y0, y1) + m.pan.1,
    );
    // Room for the names to the right of the marks.
    let (w, h) = (((x1 - x0) * 1.35).max(0.05), ((y1 - y0) * 1.15).max(0.05));
    let (hw, hh) = (w / 2.0 / m.zoom, h / 2.0 / m.zoom);
    // The names go right: the view starts a little left of the middle.
    let shift = (x1 - x0) * 0.12 / m.zoom;
    (cx - hw + shift, cx + hw + shift, cy - hh, cy + hh)
}

/// Draws the map.
pub fn render(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let nodes = app.map_nodes();
    let m = &app.ui.map;
    let name = |id: Id| shown(app.ws.actor_name(id)).into_owned();
    // What is drawn: everyone, or the parts that narrow it, each named.
    let mut parts = Vec::new();
    if !app.map_whole() {
        let who = m.selected.map(name).unwrap_or_default();
        let n = app.ws.actors.len().to_string();
        parts.push(fill(app.t(t::MAP_BIG), &[("n", &n), ("name", &who)]));
    } else if let (Some(id), true) = (m.selected, m.ego > 0) {
        let steps = t::count(app.lang, usize::from(m.ego), t::STEP, t::STEPS);
        parts.push(fill(
            app.t(t::MAP_EGO),
            &[("name", &name(id)), ("n", &steps)],
        ));
    }
    if let Some(a) = m.ambition.and_then(|a| app.ws.ambition(a)) {
        parts.push(format!("{}: {}", app.t(t::COALITION), shown(&a.title)));
    }
    if parts.is_empty() {
        parts.push(app.t(t::MAP_ALL).to_owned());
    }
    let scope = parts.join(" · ");
    let title = format!(" {} ({}) · {scope} ", app.t(t::PANE_MAP), nodes.len());
    let title = super::fit(&title, usize::from(area.width.saturating_sub(2)));
    let block = Block::bordered().title(Span::styled(title, theme.title));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let [canvas_area, info, legend] = Layout::vertical([
        Constraint::Min(1),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(inner);
    frame.render_widget(
        Paragraph::new(Span::styled(
            super::fit(app.t(t::MAP_LEGEND), usize::from(legend.width)),
            theme.muted,
        )),
        legend,
    );
    if app.ws.actors.is_empty() || (nodes.is_empty() && app.views.analysis.is_none()) {
        let text = if app.ws.actors.is_empty() {
            t::MAP_EMPTY
        } else {
            t::MAP_MEASURING
        };
        frame.render_widget(Paragraph::new(app.t(text)), canvas_area);
        return;
    }
    let selected_line = m.selected.and_then(|id| {
        let a = app.ws.actor(id)?;
        let position = a
            .position
            .map_or("", |p| app.lang.pick(crate::workspace::Vocabulary::text(p)));
        let network = app.network_line(id).unwrap_or_default();
        Some(format!("▸ {} · {position} · {network}", name(id)))
    });
    let line = selected_line.unwrap_or_else(|| app.t(t::MAP_HINT).to_owned());
    frame.render_widget(
        Paragraph::new(Span::styled(
            super::fit(&line, usize::from(info.width)),
            theme.key,
        )),
        info,
    );
    draw(app, theme, frame, canvas_area, &nodes);
}

/// The relations, the marks and the names that fit.
fn draw(app: &App, theme: &Theme, frame: &mut Frame, area: Rect, nodes: &[(Id, (f64, f64))]) {
    let (x0, x1, y0, y1) = view(app, nodes);
    let at: std::collections::HashMap<Id, (f64, f64)> = nodes.iter().copied().collect();
    let line_color = if app.color {
        Color::DarkGray
    } else {
        Color::Reset
    };
    // Which cell a point falls in, as the canvas places printed text, to keep names from
    // running over each other.
    let (w, h) = (usize::from(area.width), usize::from(area.height));
    let (rw, rh) = ((w.max(2) - 1) as f64, (h.max(2) - 1) as f64);
    let cell = |(x, y): (f64, f64)| -> Option<(usize, usize)> {
        let c = ((x - x0) * rw / (x1 - x0)).floor();
        let r = ((y1 - y) * rh / (y1 - y0)).floor();
        (c >= 0.0 && r >= 0.0 && c < w as f64 && r < h as f64).then_some((c as usize, r as usize))
    };
    // The canvas point of a cell's middle.
    let point = |c: usize, r: usize| {
        (
            x0 + (c as f64 + 0.5) * (x1 - x0) / rw,
            y1 - (r as f64 + 0.5) * (y1 - y0) / rh,
        )
    };
    let mut taken = vec![false; w * h];
    let mut names: Vec<(Id, (f64, f64))> = Vec::new();
    let mut marks: Vec<(Id, (f64, f64))> = Vec::new();
    let selected = app.ui.map.selected;
    // The selected actor first, then the best connected.
    let mut order: Vec<&(Id, (f64, f64))> = nodes.iter().collect();
    let degree = |id: &Id| app.views.measures.get(id).map_or(0, |m| m.0);
    order.sort_by_key(|(id, _)| (Some(*id) != selected, std::cmp::Reverse(degree(id))));
    for (id, p) in &order {
        if let Some((c, r)) = cell(*p) {
            taken[r * w + c] = true;
            marks.push((*id, point(c, r)));
        }
    }
    for (id, p) in order {
        let Some((c, r)) = cell(*p) else { continue };
        let len = shown(app.ws.actor_name(*id)).chars().count();
        let free = |row: usize, span: &std::ops::Range<usize>| {
            row < h && span.end <= w && span.clone().all(|x| !taken[row * w + x])
        };
        // Right of the mark, else left of it (a cell apart), else just above or below it to
        // the right; the selected actor's name always.
        let right = (c + 1)..(c + 1 + len);
        let mut places = vec![(r, right.clone())];
        if let Some(from) = c.checked_sub(len + 1) {
            places.push((r, from..c - 1));
        }
        places.extend(r.checked_sub(1).map(|up| (up, right.clone())));
        places.push((r + 1, right.clone()));
        let place = places
            .into_iter()
            .find(|(row, span)| free(*row, span))
            .or_else(|| (Some(*id) == selected && c + 1 < w).then_some((r, right)));
        if let Some((row, span)) = place {
            names.push((*id, point(span.start, row)));
            for x in span.filter(|x| *x < w) {
                taken[row * w + x] = true;
            }
        }
    }
    let canvas = Canvas::default()
        .marker(Marker::Braille)
        .x_bounds([x0, x1])
        .y_bounds([y0, y1])
        .paint(|ctx| {
            for r in &app.ws.relations {
                if let (Some(a), Some(b)) = (at.get(&r.from), at.get(&r.to)) {
                    ctx.draw(&Stroke::new(a.0, a.1, b.0, b.1, line_color));
                }
            }
            ctx.layer();
            for (id, (x, y)) in &marks {
                let position = app.ws.actor(*id).and_then(|a| a.position);
                let (symbol, style) = mark(position, theme, app.color);
                let style = if Some(*id) == selected {
                    theme.selected
                } else {
                    style
                };
                ctx.print(*x, *y, Span::styled(symbol, style));
            }
            // A name starts one cell to the right of its mark.
            for (id, (x, y)) in &names {
                let style = if Some(*id) == selected {
                    theme.selected
                } else {
                    Style::new()
                };
                let text = shown(app.ws.actor_name(*id)).into_owned();
                ctx.print(*x, *y, Line::styled(text, style));
            }
        });
    frame.render_widget(canvas, area);
}
