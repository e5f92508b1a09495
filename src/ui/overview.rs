//! Pane 1, Overzicht: the network at a glance: what it is, the four building blocks in numbers,
//! the points the method would raise, and the latest log entries.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use super::Theme;
use crate::analysis::position_counts;
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
            &[("n", &count(ws.identity.current_words().count()))],
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
        lines.push(Line::styled(
            app.t_key(
                t::NEWCOMER,
                crate::app::Action::ShowPane(crate::app::Pane::Basis),
            ),
            theme.key,
        ));
    }
    lines
}

fn titled<'a>(text: &str, theme: &Theme) -> Block<'a> {
    Block::bordered().title(Span::styled(format!(" {text} "), theme.title))
}

/// Draws the overview.
pub fn render(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let [left, right] = crate::app::layout::overview(area);
    let lines = network_lines(app, theme);
    // The network's lines as they wrap; the latest log gets what is left, none while the log is
    // empty.
    let needed = Paragraph::new(lines.clone())
        .wrap(Wrap { trim: false })
        .line_count(left.width.saturating_sub(2))
        + 2;
    let recent_height = if app.ws.log.is_empty() {
        0
    } else {
        left.height
            .saturating_sub(u16::try_from(needed).unwrap_or(u16::MAX))
            .max(4)
    };
    let [network, recent_area] =
        Layout::vertical([Constraint::Min(3), Constraint::Length(recent_height)]).areas(left);
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(titled(app.t(t::NETWORK), theme)),
        network,
    );
    todo(app, theme, frame, right);
    let width = usize::from(recent_area.width.saturating_sub(2));
    let recent: Vec<Line> = app
        .views
        .log_all
        .iter()
        .take(usize::from(recent_area.height.saturating_sub(2)))
        .map(|i| {
            let e = &app.ws.log[*i];
            let day = super::log::when(app, e);
            let day = format!("{} ", day.get(..10).unwrap_or(&day));
            let rest = width.saturating_sub(day.chars().count());
            Line::from(vec![
                Span::styled(day, theme.muted),
                Span::raw(super::fit(&super::log::summary(app, e), rest)),
            ])
        })
        .collect();
    frame.render_widget(
        Paragraph::new(recent).block(titled(app.t(t::RECENT_LOG), theme)),
        recent_area,
    );
}

/// The to-do and the points of attention, wrapped and scrolled, with a mark where lines are
/// hidden.
fn todo(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let rows = app.overview_rows();
    let (total, last_top) = crate::app::layout::overview_todo(app, &rows);
    let lines: Vec<Line> = rows
        .into_iter()
        .map(|(tone, text)| Line::styled(text, theme.of(tone)))
        .collect();
    let top = app.ui.overview.top.min(last_top);
    let height = usize::from(area.height.saturating_sub(2));
    let mut block = titled(app.t(t::TODO), theme);
    let below = total.saturating_sub(top + height);
    if below > 0 || top > 0 {
        let up = if top > 0 {
            format!("↑{top} ")
        } else {
            String::new()
        };
        let down = if below > 0 {
            format!("↓{below} ")
        } else {
            String::new()
        };
        block = block
            .title_bottom(Line::styled(format!(" {up}{down}j/k "), theme.muted).right_aligned());
    }
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .scroll((u16::try_from(top).unwrap_or(u16::MAX), 0))
            .block(block),
        area,
    );
}
