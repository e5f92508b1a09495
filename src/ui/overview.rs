//! Pane 1, Overzicht: the network at a glance: what it is, the four building blocks in numbers,
//! the points the method would raise, and the latest log entries.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use super::Theme;
use super::text::clean;
use crate::analysis::{Gap, gaps, position_counts};
use crate::app::App;
use crate::i18n::{self as t, Term, fill};

fn field(label: &str, value: String, theme: &Theme) -> Line<'static> {
    Line::from(vec![
        Span::styled(format!("{label}: "), theme.header),
        Span::raw(value),
    ])
}

/// Draws the overview.
pub fn render(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let [left, right] = Layout::horizontal([Constraint::Fill(1), Constraint::Fill(1)]).areas(area);
    let ws = &app.ws;
    let n = |v: usize| v.to_string();
    let [k, r, v, p] = position_counts(ws);
    let mut lines = vec![
        field(
            app.t(t::ISSUE),
            clean(&ws.network.issue).into_owned(),
            theme,
        ),
        field(
            app.t(t::TYPE),
            ws.network
                .kind
                .map_or(String::new(), |x| app.lang.pick(x.text()).to_owned()),
            theme,
        ),
        field(
            app.t(t::PHASE_LABEL),
            ws.network
                .phase
                .map_or(String::new(), |x| app.lang.pick(x.text()).to_owned()),
            theme,
        ),
        field(
            app.t(t::FORM),
            ws.foundation
                .form
                .map_or(String::new(), |x| app.lang.pick(x.text()).to_owned()),
            theme,
        ),
        Line::default(),
        Line::from(Span::styled(app.t(t::BLOCKS), theme.title)),
    ];
    let counts = [
        fill(
            app.t(t::COUNT_ACTORS),
            &[
                ("n", &n(ws.actors.len())),
                ("k", &n(k)),
                ("r", &n(r)),
                ("v", &n(v)),
                ("p", &n(p)),
            ],
        ),
        fill(app.t(t::COUNT_RELATIONS), &[("n", &n(ws.relations.len()))]),
        fill(app.t(t::COUNT_WORDS), &[("n", &n(ws.identity.words.len()))]),
        fill(
            app.t(t::COUNT_TOPICS),
            &[("n", &n(ws.topics.len())), ("a", &n(ws.ambitions.len()))],
        ),
        fill(
            app.t(t::COUNT_RULES),
            &[("n", &n(ws.foundation.rules.len()))],
        ),
        fill(app.t(t::COUNT_LOG), &[("n", &n(ws.log.len()))]),
    ];
    lines.extend(counts.into_iter().map(|c| Line::from(format!("· {c}"))));
    let block = Block::bordered().title(Span::styled(
        format!(" {} ", app.t(t::NETWORK)),
        theme.title,
    ));
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(block),
        left,
    );

    let [gap_area, log_area] =
        Layout::vertical([Constraint::Fill(3), Constraint::Fill(2)]).areas(right);
    let gap_lines: Vec<Line> = {
        let found = gaps(ws, app.today);
        if found.is_empty() {
            vec![Line::from(Span::styled(app.t(t::NO_GAPS), theme.ok))]
        } else {
            found
                .iter()
                .map(|g| Line::from(Span::styled(format!("! {}", gap_text(app, g)), theme.warn)))
                .collect()
        }
    };
    let block = Block::bordered().title(Span::styled(format!(" {} ", app.t(t::GAPS)), theme.title));
    frame.render_widget(
        Paragraph::new(gap_lines)
            .wrap(Wrap { trim: false })
            .block(block),
        gap_area,
    );

    let recent: Vec<Line> = app
        .views
        .log
        .iter()
        .take(usize::from(log_area.height.saturating_sub(2)))
        .map(|i| {
            let e = &ws.log[*i];
            let day = super::log::when(app, e);
            Line::from(vec![
                Span::styled(format!("{} ", day.get(..10).unwrap_or(&day)), theme.muted),
                Span::raw(super::log::summary(app, e)),
            ])
        })
        .collect();
    let block = Block::bordered().title(Span::styled(
        format!(" {} ", app.t(t::RECENT_LOG)),
        theme.title,
    ));
    frame.render_widget(Paragraph::new(recent).block(block), log_area);
}

/// A gap in words.
pub fn gap_text(app: &App, gap: &Gap) -> String {
    match gap {
        Gap::NoNetwerkleider => app.t(t::GAP_NO_LEADER).to_owned(),
        Gap::Uncovered(o) => fill(app.t(t::GAP_ORIENTATION), &[("o", app.lang.pick(o.text()))]),
        Gap::CoalitionWithoutLeader(a) => {
            fill(app.t(t::GAP_NO_COALITION_LEADER), &[("a", &clean(a))])
        }
        Gap::TopicWithoutMeedoen(topic) => fill(app.t(t::GAP_NO_MEEDOEN), &[("t", &clean(topic))]),
        Gap::RuleOverdue(r) => fill(app.t(t::GAP_RULE_REVIEW), &[("r", &clean(r))]),
        Gap::EmptyIdentity => app.t(t::GAP_NO_IDENTITY).to_owned(),
        Gap::Concentrated(name, n) => fill(
            app.t(t::CONCENTRATED),
            &[("name", &clean(name)), ("n", &n.to_string())],
        ),
    }
}
