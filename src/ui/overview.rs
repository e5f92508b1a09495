//! Pane 1, Overzicht: the network at a glance: what it is, the four building blocks in numbers,
//! the points the method would raise, and the latest log entries.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use super::Theme;
use crate::analysis::{Gap, position_counts};
use crate::app::App;
use crate::i18n::{self as t, fill};
use crate::workspace::Vocabulary;
use crate::workspace::text::shown;

fn field(label: &str, value: String, theme: &Theme) -> Line<'static> {
    Line::from(vec![
        Span::styled(format!("{label}: "), theme.header),
        Span::raw(value),
    ])
}

fn term<T: Vocabulary>(app: &App, value: Option<T>) -> String {
    value.map_or(String::new(), |x| app.lang.pick(x.text()).to_owned())
}

/// The network's identity and its building blocks in numbers.
fn network_lines(app: &App, theme: &Theme) -> Vec<Line<'static>> {
    let ws = &app.ws;
    let mut lines = vec![
        field(
            app.t(t::ISSUE),
            shown(&ws.network.issue).into_owned(),
            theme,
        ),
        field(app.t(t::TYPE), term(app, ws.network.kind), theme),
        field(app.t(t::PHASE_LABEL), term(app, ws.network.phase), theme),
        field(app.t(t::FORM), term(app, ws.foundation.form), theme),
        Line::default(),
        Line::from(Span::styled(app.t(t::BLOCKS), theme.title)),
    ];
    let count = |v: usize| v.to_string();
    let [kern, ring, free, prospective] = position_counts(ws);
    let counts = [
        fill(
            app.t(t::COUNT_ACTORS),
            &[
                ("n", &count(ws.actors.len())),
                ("k", &count(kern)),
                ("r", &count(ring)),
                ("v", &count(free)),
                ("p", &count(prospective)),
            ],
        ),
        fill(
            app.t(t::COUNT_RELATIONS),
            &[("n", &count(ws.relations.len()))],
        ),
        fill(
            app.t(t::COUNT_WORDS),
            &[("n", &count(ws.identity.words.len()))],
        ),
        fill(
            app.t(t::COUNT_TOPICS),
            &[
                ("n", &count(ws.topics.len())),
                ("a", &count(ws.ambitions.len())),
            ],
        ),
        fill(
            app.t(t::COUNT_RULES),
            &[("n", &count(ws.foundation.rules.len()))],
        ),
        fill(app.t(t::COUNT_LOG), &[("n", &count(ws.log.len()))]),
    ];
    lines.extend(counts.into_iter().map(|c| Line::from(format!("· {c}"))));
    if ws.actors.is_empty() {
        lines.push(Line::default());
        lines.push(Line::styled(app.t(t::NEWCOMER), theme.key));
    }
    lines
}

fn titled<'a>(text: &str, theme: &Theme) -> Block<'a> {
    Block::bordered().title(Span::styled(format!(" {text} "), theme.title))
}

/// Draws the overview.
pub fn render(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let [left, right] = Layout::horizontal([Constraint::Fill(1), Constraint::Fill(1)]).areas(area);
    frame.render_widget(
        Paragraph::new(network_lines(app, theme))
            .wrap(Wrap { trim: false })
            .block(titled(app.t(t::NETWORK), theme)),
        left,
    );
    let [gap_area, log_area] =
        Layout::vertical([Constraint::Fill(3), Constraint::Fill(2)]).areas(right);
    let found = &app.views.gaps;
    let gap_lines: Vec<Line> = if found.is_empty() {
        vec![Line::from(Span::styled(app.t(t::NO_GAPS), theme.ok))]
    } else {
        found
            .iter()
            .map(|g| Line::from(Span::styled(format!("! {}", gap_text(app, g)), theme.warn)))
            .collect()
    };
    frame.render_widget(
        Paragraph::new(gap_lines)
            .wrap(Wrap { trim: false })
            .block(titled(app.t(t::GAPS), theme)),
        gap_area,
    );
    let recent: Vec<Line> = app
        .views
        .log
        .iter()
        .take(usize::from(log_area.height.saturating_sub(2)))
        .map(|i| {
            let e = &app.ws.log[*i];
            let day = super::log::when(app, e);
            Line::from(vec![
                Span::styled(format!("{} ", day.get(..10).unwrap_or(&day)), theme.muted),
                Span::raw(super::log::summary(app, e)),
            ])
        })
        .collect();
    frame.render_widget(
        Paragraph::new(recent).block(titled(app.t(t::RECENT_LOG), theme)),
        log_area,
    );
}

/// A gap in words.
pub fn gap_text(app: &App, gap: &Gap) -> String {
    match gap {
        Gap::NoNetwerkleider => app.t(t::GAP_NO_LEADER).to_owned(),
        Gap::Uncovered(o) => fill(app.t(t::GAP_ORIENTATION), &[("o", app.lang.pick(o.text()))]),
        Gap::CoalitionWithoutLeader(a) => {
            fill(app.t(t::GAP_NO_COALITION_LEADER), &[("a", &shown(a))])
        }
        Gap::TopicWithoutMeedoen(topic) => fill(app.t(t::GAP_NO_MEEDOEN), &[("t", &shown(topic))]),
        Gap::RuleOverdue(r) => fill(app.t(t::GAP_RULE_REVIEW), &[("r", &shown(r))]),
        Gap::EmptyIdentity => app.t(t::GAP_NO_IDENTITY).to_owned(),
        Gap::RulesNeverReviewed(n) => fill(app.t(t::GAP_NEVER_REVIEWED), &[("n", &n.to_string())]),
        Gap::Concentrated(name, n) => fill(
            app.t(t::CONCENTRATED),
            &[("name", &shown(name)), ("n", &n.to_string())],
        ),
    }
}
