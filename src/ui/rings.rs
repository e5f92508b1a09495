//! The ring view of positions: the vrije ruimte around the complementaire ring around the
//! strategische kern, drawn as nested frames with each actor's name in its own ring. Borders,
//! not colour, carry the rings, so it reads the same under `NO_COLOR`.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::text::Span;
use ratatui::widgets::{Block, Paragraph, Wrap};

use super::Theme;
use super::text::clean;
use crate::app::App;
use crate::i18n::{self as t, Term};
use crate::workspace::Position;

/// As many names as fit in `width` x `rows`, then `+N` for the rest.
fn fit(names: &[String], width: u16, rows: u16) -> String {
    let budget = usize::from(width) * usize::from(rows);
    let mut out = String::new();
    for (i, name) in names.iter().enumerate() {
        let rest = names.len() - i;
        // Room for this name, and for the `· +N` that may follow it.
        let tail = if rest > 1 {
            3 + format!("+{}", rest - 1).len()
        } else {
            0
        };
        if out.chars().count() + name.chars().count() + tail > budget {
            return format!("{out}+{rest}");
        }
        out.push_str(name);
        if rest > 1 {
            out.push_str(" · ");
        }
    }
    out
}

/// Draws the three rings for the actors the register shows.
pub fn render(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let mut names: [Vec<String>; 3] = Default::default();
    let mut unplaced = 0;
    for i in &app.views.actors {
        let a = &app.ws.actors[*i];
        match a.position {
            Some(p) => names[p as usize].push(clean(&a.name).into_owned()),
            None => unplaced += 1,
        }
    }
    let title = |p: Position, n: usize| format!(" {} ({n}) ", app.lang.pick(p.text()));
    let outer = Block::bordered()
        .title(Span::styled(
            title(Position::VrijeRuimte, names[2].len()),
            theme.title,
        ))
        .title_bottom(Span::styled(
            format!(" {}: {unplaced} ", app.t(t::NO_POSITION)),
            theme.muted,
        ));
    let inner = outer.inner(area);
    frame.render_widget(outer, area);
    let band = (inner.height / 4).max(1);
    let [free_band, rest] =
        Layout::vertical([Constraint::Length(band), Constraint::Min(0)]).areas(inner);
    frame.render_widget(
        Paragraph::new(fit(&names[2], free_band.width, band)).wrap(Wrap { trim: true }),
        free_band,
    );

    let ring_area = rest.inner(Margin {
        horizontal: 4,
        vertical: 0,
    });
    let ring = Block::bordered().title(Span::styled(
        title(Position::Ring, names[1].len()),
        theme.title,
    ));
    let ring_inner = ring.inner(ring_area);
    frame.render_widget(ring, ring_area);
    let band = (ring_inner.height / 3).max(1);
    let [ring_band, core_area] =
        Layout::vertical([Constraint::Length(band), Constraint::Min(0)]).areas(ring_inner);
    frame.render_widget(
        Paragraph::new(fit(&names[1], ring_band.width, band)).wrap(Wrap { trim: true }),
        ring_band,
    );

    let core_area = core_area.inner(Margin {
        horizontal: 6,
        vertical: 0,
    });
    let core = Block::bordered().title(Span::styled(
        title(Position::Kern, names[0].len()),
        theme.title,
    ));
    let core_inner = core.inner(core_area);
    frame.render_widget(core, core_area);
    frame.render_widget(
        Paragraph::new(fit(&names[0], core_inner.width, core_inner.height))
            .wrap(Wrap { trim: true }),
        core_inner,
    );
}

#[cfg(test)]
mod tests {
    use super::fit;

    #[test]
    fn names_that_do_not_fit_are_counted() {
        let names: Vec<String> = ["GGD", "Gemeente", "Mitros", "Buurtteam"]
            .iter()
            .map(|s| (*s).to_owned())
            .collect();
        assert_eq!(fit(&names, 80, 1), "GGD · Gemeente · Mitros · Buurtteam");
        assert_eq!(fit(&names, 20, 1), "GGD · Gemeente · +2");
    }
}
