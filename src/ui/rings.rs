//! The ring view of positions: the vrije ruimte around the complementaire ring around the
//! strategische kern, drawn as nested frames with each actor's name in its own ring. Borders,
//! not colour, carry the rings, so it reads the same under `NO_COLOR`.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::text::Span;
use ratatui::widgets::{Block, Paragraph, Wrap};

use super::Theme;
use crate::app::App;
use crate::i18n as t;
use crate::workspace::Position;
use crate::workspace::Vocabulary;
use crate::workspace::text::shown;

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

/// One ring: its frame, and its names in the top `1/share` of it; returns the space inside the
/// names, where the next ring goes (with `share` 1 the names fill the ring).
fn ring(
    frame: &mut Frame,
    area: Rect,
    block: Block,
    theme: &Theme,
    title: &str,
    names: &[String],
    share: u16,
) -> Rect {
    let block = block.title(Span::styled(title.to_owned(), theme.title));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let band = (inner.height / share).max(1);
    let [names_area, rest] =
        Layout::vertical([Constraint::Length(band), Constraint::Min(0)]).areas(inner);
    frame.render_widget(
        Paragraph::new(fit(names, names_area.width, band)).wrap(Wrap { trim: true }),
        names_area,
    );
    rest
}

/// Draws the three rings for the actors the register shows.
pub fn render(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let mut names: [Vec<String>; 3] = Default::default();
    let mut unplaced = 0;
    let selected = app.selected_actor().map(|a| a.id);
    for i in &app.views.actors {
        let a = &app.ws.actors[*i];
        match a.position {
            // The selection the keys act on is marked, and first in its ring so it is never
            // among the names counted as `+N`.
            Some(p) if Some(a.id) == selected => {
                names[p as usize].insert(0, format!("▸{}", shown(&a.name)));
            }
            Some(p) => names[p as usize].push(shown(&a.name).into_owned()),
            None => unplaced += 1,
        }
    }
    let title = |p: Position, n: usize| format!(" {} ({n}) ", app.lang.pick(p.text()));
    let bottom = Span::styled(
        format!(" {}: {unplaced} ", app.t(t::NO_POSITION)),
        theme.muted,
    );
    let outer = Block::bordered().title_bottom(bottom);
    let rest = ring(
        frame,
        area,
        outer,
        theme,
        &title(Position::VrijeRuimte, names[2].len()),
        &names[2],
        4,
    );
    let rest = rest.inner(Margin {
        horizontal: 4,
        vertical: 0,
    });
    let rest = ring(
        frame,
        rest,
        Block::bordered(),
        theme,
        &title(Position::Ring, names[1].len()),
        &names[1],
        3,
    );
    let core = rest.inner(Margin {
        horizontal: 6,
        vertical: 0,
    });
    ring(
        frame,
        core,
        Block::bordered(),
        theme,
        &title(Position::Kern, names[0].len()),
        &names[0],
        1,
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
