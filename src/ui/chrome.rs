//! The frame around every pane: header, tabs, footer with key hints, status line.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::Theme;
use crate::app::keymap::{self, Scope};
use crate::app::{App, Pane, SaveState};
use crate::i18n::{self as t, fill};
use crate::workspace::Vocabulary;
use crate::workspace::text::shown;

/// `knoop · network name · fase: ontwikkelen`.
pub fn header(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let name = if app.ws.network.name.trim().is_empty() {
        app.t(t::UNNAMED).to_owned()
    } else {
        shown(&app.ws.network.name).into_owned()
    };
    let mut spans = vec![
        Span::styled(" knoop ", theme.title),
        Span::raw("· "),
        Span::styled(name, theme.title),
    ];
    if let Some(phase) = app.ws.network.phase {
        spans.push(Span::raw(format!(
            " · {}: {}",
            app.t(t::PHASE),
            app.lang.pick(phase.text())
        )));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// The tabs, each with the digit that jumps to it. Where the full titles do not fit, the
/// others are shortened (with a mark), never the one shown.
pub fn tabs(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let chosen = crate::app::layout::tab_labels(app, usize::from(area.width));
    let spans: Vec<Span> = chosen
        .into_iter()
        .zip(Pane::ALL)
        .map(|(label, pane)| {
            let style = if pane == app.ui.pane {
                theme.selected
            } else {
                theme.muted
            };
            Span::styled(label, style)
        })
        .collect();
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// Key hints for what is on screen, from the keymap table.
pub fn footer(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let scopes: Vec<Scope> = match app.dialog_scope() {
        Some(d @ (Scope::Detail | Scope::Grid | Scope::Ambition)) => vec![d, Scope::Global],
        Some(d) => vec![d],
        None => vec![Scope::Pane(app.ui.pane), Scope::Global],
    };
    // `?` opens the help wherever the pane's keys apply; in a dialog it may be text.
    let help = scopes.contains(&Scope::Global);
    let hints: Vec<(String, String)> = scopes
        .iter()
        .flat_map(|scope| {
            keymap::bindings()
                .iter()
                .filter(move |b| b.scope == *scope && b.hint)
        })
        .map(|b| {
            (
                format!(" {}", keymap::key_label(b.keys[0])),
                format!(" {} ", keymap::describe(b.action, app.lang)),
            )
        })
        .collect();
    let width = |h: &(String, String)| h.0.chars().count() + h.1.chars().count();
    let room = usize::from(area.width);
    let all: usize = hints.iter().map(width).sum();
    // What fits, in the table's order; the rest behind `? meer`, or a mark in a dialog.
    let more = if help {
        (" ?".to_owned(), format!(" {}", app.t(t::FOOTER_MORE)))
    } else {
        (String::new(), " …".to_owned())
    };
    let mut used = 0;
    let mut spans = Vec::new();
    for h in &hints {
        let reserve = if all > room { width(&more) } else { 0 };
        if used + width(h) + reserve > room {
            spans.push(Span::styled(more.0.clone(), theme.key));
            spans.push(Span::raw(more.1.clone()));
            break;
        }
        used += width(h);
        spans.push(Span::styled(h.0.clone(), theme.key));
        spans.push(Span::raw(h.1.clone()));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// The status line without the message: the file and whether it is saved.
pub fn status_state(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let (text, style) = save_state(app, theme);
    let file = app
        .path
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_default();
    let left = Line::from(vec![
        Span::styled(format!(" {} ", shown(&file)), theme.muted),
        Span::styled(text, style),
    ]);
    frame.render_widget(Paragraph::new(left), area);
}

fn save_state(app: &App, theme: &Theme) -> (String, ratatui::style::Style) {
    match app.persist.state() {
        SaveState::Saved(at) if at.is_empty() => (app.t(t::IN_SYNC).to_owned(), theme.ok),
        SaveState::Saved(at) => (fill(app.t(t::SAVED_AT), &[("t", at)]), theme.ok),
        SaveState::Saving => (app.t(t::SAVING).to_owned(), theme.muted),
        SaveState::NotSaved(r) => (fill(app.t(t::NOT_SAVED), &[("r", r)]), theme.error),
        SaveState::ReadOnly(r) => (fill(app.t(t::READ_ONLY), &[("r", r)]), theme.error),
        SaveState::ChangedOnDisk(Some(p)) => {
            (fill(app.t(t::CHANGED_ON_DISK), &[("p", p)]), theme.error)
        }
        SaveState::ChangedOnDisk(None) => (app.t(t::CHANGED_ELSEWHERE).to_owned(), theme.error),
    }
}

/// The status line: the file, whether it is saved, and the message or the undo depth.
pub fn status(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let right = app.ui.message.clone().unwrap_or_else(|| {
        if app.undo.is_empty() {
            String::new()
        } else {
            let steps = t::count(app.lang, app.undo.len(), t::N_STEP, t::N_STEPS);
            fill(
                app.t(t::UNDO_DEPTH),
                &[
                    ("steps", &steps),
                    ("key", &crate::app::keymap::key_of(crate::app::Action::Undo)),
                ],
            )
        }
    });
    let right_width = u16::try_from(right.chars().count() + 1)
        .unwrap_or(u16::MAX)
        .min(area.width / 2);
    let [left_area, right_area] =
        Layout::horizontal([Constraint::Min(1), Constraint::Length(right_width)]).areas(area);
    status_state(app, theme, frame, left_area);
    frame.render_widget(
        Paragraph::new(Line::from(shown(&right).into_owned()).right_aligned()),
        right_area,
    );
}
