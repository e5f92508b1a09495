//! Pane 2, Basis: the questionnaire "De basis van je netwerk", screen by screen, with what the
//! workspace already answers.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use super::Theme;
use super::table::ListTable;
use crate::app::{App, Pane};
use crate::i18n::{self as t, fill};
use crate::questionnaire::{is_answered, screens};

/// Draws the list of screens and the selected screen's question.
pub fn render(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let [top, bottom] = Layout::vertical([Constraint::Min(5), Constraint::Length(5)]).areas(area);
    let all = screens();
    let round = app.ws.questionnaire.rounds.last().map_or_else(
        || app.t(t::BASIS_NO_ROUND).to_owned(),
        |r| {
            let day = r.started.to_zoned(app.tz.clone()).date();
            fill(app.t(t::BASIS_ROUND), &[("d", &day.to_string())])
        },
    );
    let table = ListTable {
        title: format!("{} · {round}", app.t(t::BASIS_TITLE)),
        header: vec![
            app.t(t::COL_SCREEN),
            app.t(t::COL_BLOCK),
            app.t(t::COL_STATUS),
        ],
        widths: vec![
            Constraint::Fill(3),
            Constraint::Length(12),
            Constraint::Length(11),
        ],
        total: all.len(),
        selected: app.selected(),
        offset: app.ui.offset[Pane::Basis.index()],
        empty: app.t(t::EMPTY_LIST),
    };
    table.render_spans(theme, frame, top, |row| {
        let s = &all[row];
        let status = match is_answered(&app.ws, s) {
            Some(true) => Span::styled(app.t(t::ANSWERED), theme.ok),
            Some(false) => Span::styled(app.t(t::UNANSWERED), theme.warn),
            None => Span::raw(""),
        };
        vec![
            Span::raw(format!(
                "{:>2}/{} {}",
                row + 1,
                all.len(),
                s.title.get(app.lang)
            )),
            Span::styled(block_name(&s.block, app), theme.muted),
            status,
        ]
    });
    if let Some(s) = app.selected().and_then(|i| all.get(i)) {
        let text = vec![Line::from(s.question.get(app.lang).to_owned())];
        let block = Block::bordered().title(Span::styled(
            format!(" {} ", s.title.get(app.lang)),
            theme.title,
        ));
        frame.render_widget(
            Paragraph::new(text).wrap(Wrap { trim: true }).block(block),
            bottom,
        );
    }
}

fn block_name(block: &str, app: &App) -> &'static str {
    match block {
        "actors" => app.t(t::PANE_ACTORS),
        "identity" => app.t(t::PANE_IDENTITY),
        "ambitions" => app.t(t::AMBITIONS_SHORT),
        "foundation" => app.t(t::PANE_FOUNDATION),
        _ => app.t(t::NETWORK),
    }
}
