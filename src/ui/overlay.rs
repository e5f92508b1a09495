//! Overlays on top of a pane: the help (generated from the keymap table), the one-field form,
//! and the yes/no confirmation.

use std::fmt::Write as _;

use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

use super::Theme;
use crate::app::keymap::{self, Scope};
use crate::app::{App, Confirm, Overlay, Pane};
use crate::i18n::{self as t, fill};
use crate::workspace::text::shown;

/// A rectangle of at most `w` x `h`, centred in `area` and never larger than it.
pub fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let [row] = Layout::vertical([Constraint::Length(h.min(area.height))])
        .flex(Flex::Center)
        .areas(area);
    let [cell] = Layout::horizontal([Constraint::Length(w.min(area.width))])
        .flex(Flex::Center)
        .areas(row);
    cell
}

/// Draws the overlay, if one is open.
pub fn render(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    match &app.ui.overlay {
        None => {}
        Some(Overlay::Help) => help(app, theme, frame, area),
        Some(Overlay::Form(form)) => super::form::form(app, theme, frame, area, form),
        Some(Overlay::Picker(p)) => super::form::picker(app, theme, frame, area, p),
        Some(Overlay::Notes(target, editor)) => {
            super::form::notes(app, theme, frame, area, target, editor);
        }
        Some(Overlay::Confirm(c)) => confirm(app, theme, frame, area, c),
        Some(Overlay::QuitAsk(_)) => quit_ask(app, theme, frame, area),
        Some(Overlay::Entry(id, top)) => entry(app, theme, frame, area, *id, *top),
        Some(Overlay::Meeting(m)) => super::meeting::render(app, theme, frame, area, m),
        Some(Overlay::Palette(p)) => super::palette::render(app, theme, frame, area, p),
        Some(Overlay::Timeline(view)) => super::timeline::render(app, theme, frame, area, view),
        Some(Overlay::Conflicts(at)) => super::conflicts::render(app, theme, frame, area, *at),
        Some(Overlay::Import(view)) => super::import::render(app, theme, frame, area, view),
        Some(Overlay::LeaveMeeting(m)) => {
            super::meeting::render(app, theme, frame, area, m);
            leave_meeting(app, theme, frame, area);
        }
    }
}

/// One log entry, whole, wrapped and scrolled.
fn entry(
    app: &App,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
    id: crate::workspace::Id,
    top: u16,
) {
    let Some(e) = app.ws.log.iter().find(|e| e.id == id) else {
        return;
    };
    let name = |id: &crate::workspace::Id| shown(app.ws.actor_name(*id)).into_owned();
    let when =
        e.at.to_zoned(app.tz.clone())
            .strftime("%Y-%m-%d %H:%M")
            .to_string();
    let label = |l: t::L| Span::styled(format!("{}: ", app.t(l)), theme.header);
    let mut lines = vec![Line::from(vec![
        Span::styled(when, theme.header),
        Span::raw(format!(
            " · {}",
            app.lang.pick(crate::workspace::Vocabulary::text(e.kind))
        )),
    ])];
    if let Some(a) = e.ambition.and_then(|a| app.ws.ambition(a)) {
        lines.push(Line::from(vec![
            label(t::FIELD_AMBITION),
            Span::raw(shown(&a.title).into_owned()),
        ]));
    }
    if !e.present.is_empty() {
        let who: Vec<String> = e.present.iter().map(name).collect();
        lines.push(Line::from(vec![
            label(t::MINUTES_PRESENT),
            Span::raw(who.join(", ")),
        ]));
    }
    if !e.actors.is_empty() {
        let who: Vec<String> = e.actors.iter().map(name).collect();
        lines.push(Line::from(vec![
            label(t::ENTRY_ABOUT),
            Span::raw(who.join(", ")),
        ]));
    }
    if !e.text.trim().is_empty() {
        lines.push(Line::default());
        lines.extend(e.text.lines().map(|l| Line::from(shown(l).into_owned())));
    }
    if !e.decisions.is_empty() {
        lines.push(Line::default());
        lines.push(Line::styled(app.t(t::MINUTES_DECISIONS), theme.title));
        lines.extend(
            e.decisions
                .iter()
                .map(|d| Line::from(format!("- {}", shown(d)))),
        );
    }
    if !e.follow_ups.is_empty() {
        lines.push(Line::default());
        lines.push(Line::styled(app.t(t::MINUTES_FOLLOW_UPS), theme.title));
        for f in &e.follow_ups {
            let mut text = format!("[{}] {}", if f.done { "x" } else { " " }, shown(&f.text));
            if let Some(o) = &f.owner {
                let _ = write!(text, " · {}", name(o));
            }
            if let Some(d) = f.due {
                let _ = write!(text, " · {d}");
            }
            lines.push(Line::from(text));
        }
    }
    let rect = centered(area, 76, area.height.saturating_sub(2).max(6));
    frame.render_widget(Clear, rect);
    let title = crate::export::entry_title(&app.ws, e, app.lang);
    let block = Block::bordered().title(Span::styled(format!(" {title} "), theme.title));
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let [body, keys] = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(inner);
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .scroll((top, 0)),
        body,
    );
    frame.render_widget(
        Paragraph::new(Span::styled(
            crate::app::keymap::scope_hints(Scope::Entry, app.lang),
            theme.muted,
        )),
        keys,
    );
}

fn quit_ask(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    ask(app, theme, frame, area, Scope::QuitAsk, t::QUIT_ASK);
}

fn leave_meeting(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    ask(
        app,
        theme,
        frame,
        area,
        Scope::LeaveMeeting,
        t::MEETING_LEAVE,
    );
}

/// A question answered by the keys of `scope`, each listed with what it does.
fn ask(app: &App, theme: &Theme, frame: &mut Frame, area: Rect, scope: Scope, question: t::L) {
    let rows: Vec<_> = keymap::bindings()
        .iter()
        .filter(|b| b.scope == scope)
        .map(|b| (crate::app::keymap::keys_label(b), b.action))
        .collect();
    let width = rows
        .iter()
        .map(|(k, _)| k.chars().count())
        .max()
        .unwrap_or(0)
        + 2;
    let rect = centered(area, 62, u16::try_from(rows.len() + 5).unwrap_or(9));
    frame.render_widget(Clear, rect);
    let block = Block::bordered().title(Span::styled(
        format!(" {} ", app.t(t::CONFIRM_TITLE)),
        theme.warn,
    ));
    let mut lines = vec![Line::from(app.t(question)), Line::default()];
    for (keys, action) in rows {
        lines.push(Line::from(vec![
            Span::styled(format!("{keys:<width$}"), theme.key),
            Span::raw(crate::app::keymap::describe(action, app.lang)),
        ]));
    }
    frame.render_widget(
        Paragraph::new(lines).wrap(Wrap { trim: true }).block(block),
        rect,
    );
}

fn help_lines(app: &App, theme: &Theme, sections: &[(t::L, Scope)]) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    for (title, scope) in sections {
        let rows: Vec<_> = keymap::bindings()
            .iter()
            .filter(|b| b.scope == *scope)
            .collect();
        if rows.is_empty() {
            continue;
        }
        if *scope != Scope::Always {
            lines.push(Line::from(Span::styled(app.t(*title), theme.title)));
        }
        for b in rows {
            lines.push(Line::from(vec![
                Span::styled(format!(" {:<10}", keymap::keys_label(b)), theme.key),
                Span::raw(keymap::describe(b.action, app.lang)),
            ]));
        }
    }
    lines
}

/// The help: this pane's and the list keys on the left, the keys that work everywhere on the
/// right, all read from the keymap table.
fn help(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let pane = app.ui.pane;
    let here = match app.dialog_scope() {
        Some(s @ (Scope::Detail | Scope::Grid | Scope::Ambition)) => s,
        _ => Scope::Pane(pane),
    };
    let mut local = vec![(t::HELP_PANE, here)];
    if pane != Pane::Overview {
        local.push((t::HELP_LIST, Scope::List));
    }
    let left = help_lines(app, theme, &local);
    let right = help_lines(
        app,
        theme,
        &[
            (t::HELP_GLOBAL, Scope::Global),
            (t::HELP_GLOBAL, Scope::Always),
        ],
    );
    let rows = left.len().max(right.len()) + 1;
    let title = fill(
        app.t(t::HELP_TITLE),
        &[("pane", app.lang.pick(keymap::pane_title(pane)))],
    );
    let rect = centered(area, 78, u16::try_from(rows + 2).unwrap_or(u16::MAX));
    frame.render_widget(Clear, rect);
    let block = Block::bordered().title(Span::styled(format!(" {title} "), theme.title));
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let [body, foot] = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(inner);
    let [l, r] = Layout::horizontal([Constraint::Fill(1); 2]).areas(body);
    // Scrolled as one, never past its end; what lies beyond the frame is marked below.
    let height = usize::from(body.height);
    let longest = left.len().max(right.len());
    let top = usize::from(app.ui.help_top).min(longest.saturating_sub(height));
    let scroll = (u16::try_from(top).unwrap_or(0), 0);
    frame.render_widget(Paragraph::new(left).scroll(scroll), l);
    frame.render_widget(Paragraph::new(right).scroll(scroll), r);
    let below = longest.saturating_sub(top + height);
    let mut foot_text = app.t(t::HELP_CLOSE).to_owned();
    if top > 0 || below > 0 {
        foot_text = format!("{foot_text} · ↑{top} ↓{below} j/k");
    }
    frame.render_widget(Paragraph::new(Span::styled(foot_text, theme.muted)), foot);
}

fn confirm(app: &App, theme: &Theme, frame: &mut Frame, area: Rect, c: &Confirm) {
    let question = match c {
        Confirm::RestoreDraft(_) => app.t(t::CONFIRM_RESTORE_DRAFT).to_owned(),
        Confirm::DeleteActor(id) => {
            let (rel, roles) = app.ws.actor_ties(*id);
            fill(
                app.t(t::CONFIRM_DELETE_ACTOR),
                &[
                    ("name", &shown(app.ws.actor_name(*id))),
                    (
                        "rel",
                        &t::count(app.lang, rel, t::N_RELATION, t::N_RELATIONS),
                    ),
                    (
                        "roles",
                        &t::count(app.lang, roles, t::N_ROLE_PERIOD, t::N_ROLE_PERIODS),
                    ),
                ],
            )
        }
        Confirm::Merge { from, into } => fill(
            app.t(t::CONFIRM_MERGE),
            &[
                ("a", &shown(app.ws.actor_name(*from))),
                ("b", &shown(app.ws.actor_name(*into))),
            ],
        ),
    };
    let rect = centered(area, 60, 7);
    frame.render_widget(Clear, rect);
    let block = Block::bordered().title(Span::styled(
        format!(" {} ", app.t(t::CONFIRM_TITLE)),
        theme.warn,
    ));
    let lines = vec![
        Line::from(question),
        Line::default(),
        Line::from(Span::styled(app.t(t::CONFIRM_KEYS), theme.key)),
    ];
    frame.render_widget(
        Paragraph::new(lines).wrap(Wrap { trim: true }).block(block),
        rect,
    );
}
