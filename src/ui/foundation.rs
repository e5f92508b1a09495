//! Pane 7, Fundament: the spelregels with their review dates, the decision rule and the form.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use super::Theme;
use super::table::ListTable;
use crate::app::{App, Pane};
use crate::i18n as t;
use crate::workspace::Vocabulary;
use crate::workspace::text::shown;

/// Draws the rules table and the decision rule and form.
pub fn render(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let f = &app.ws.foundation;
    let [top, bottom] = crate::app::layout::foundation(area);
    let form = f.form.map_or("-", |x| app.lang.pick(x.text()));
    let mut form_line = vec![
        Span::styled(format!("{}: ", app.t(t::FORM)), theme.header),
        Span::raw(form),
    ];
    if !f.form_note.is_empty() {
        form_line.push(Span::styled(
            format!(" · {}", shown(&f.form_note)),
            theme.muted,
        ));
    }
    let lines = vec![
        Line::from(vec![
            Span::styled(format!("{}: ", app.t(t::DECISION_RULE)), theme.header),
            Span::raw(shown(&f.decision_rule).into_owned()),
        ]),
        Line::from(form_line),
    ];
    let block = Block::bordered().title(Span::styled(
        format!(" {} ", app.t(t::PANE_FOUNDATION)),
        theme.title,
    ));
    frame.render_widget(
        Paragraph::new(lines).wrap(Wrap { trim: true }).block(block),
        top,
    );
    let table = ListTable {
        title: format!("{} ({})", app.t(t::RULES), f.rules.len()),
        header: vec![
            app.t(t::COL_RULE),
            app.t(t::COL_CATEGORY),
            "",
            app.t(t::COL_REVIEW),
        ],
        widths: vec![
            Constraint::Fill(3),
            Constraint::Length(16),
            Constraint::Length(9),
            Constraint::Length(18),
        ],
        total: f.rules.len(),
        selected: app.selected(),
        offset: app.offset(Pane::Foundation),
        empty: app.t(t::EMPTY_LIST),
    };
    table.render_spans(theme, frame, bottom, |row| {
        let r = &f.rules[row];
        let kind = if r.explicit { t::EXPLICIT } else { t::IMPLICIT };
        let review = match r.review_due {
            Some(d) if d < app.today => {
                Span::styled(format!("{d} {}", app.t(t::OVERDUE)), theme.warn)
            }
            Some(d) => Span::raw(d.to_string()),
            None => Span::raw(""),
        };
        vec![
            Span::raw(shown(&r.text).into_owned()),
            Span::styled(app.lang.pick(r.category.text()), theme.muted),
            Span::styled(app.t(kind), theme.muted),
            review,
        ]
    });
}
