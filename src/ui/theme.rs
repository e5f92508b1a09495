//! Styles in the 16 basic colours, or none at all under `NO_COLOR`: then bold, reverse and
//! underline carry the meaning, so the selection and warnings stay visible.

use ratatui::style::{Color, Modifier, Style};

/// The styles the panes use.
#[derive(Debug, Clone, Copy)]
pub struct Theme {
    /// Pane and block titles.
    pub title: Style,
    /// The selected row's marked cell; the active tab.
    pub selected: Style,
    /// Less important text.
    pub muted: Style,
    /// Something to look at (gaps, overdue).
    pub warn: Style,
    /// Something wrong (not saved, read-only).
    pub error: Style,
    /// All is well (saved).
    pub ok: Style,
    /// Key names in the footer and help.
    pub key: Style,
    /// Column headers.
    pub header: Style,
    /// An input field that does not have the focus.
    pub field: Style,
    /// Letters that matched a search.
    pub hit: Style,
}

impl Theme {
    /// Whether colour may be used, given the value of `NO_COLOR`: only a non-empty value turns
    /// it off (no-color.org), so an exported but empty `NO_COLOR=` leaves colour on.
    pub fn colour_allowed(no_color: Option<&std::ffi::OsStr>) -> bool {
        no_color.is_none_or(std::ffi::OsStr::is_empty)
    }

    /// Bright colours and no dim grey, for dark terminals, projectors and tired eyes; without
    /// colour the same as the default.
    pub fn high_contrast(color: bool) -> Self {
        if !color {
            return Self::new(false);
        }
        let bold = Style::new().add_modifier(Modifier::BOLD);
        Self {
            title: bold.fg(Color::LightCyan),
            muted: Style::new().fg(Color::White),
            warn: bold.fg(Color::LightYellow),
            ok: bold.fg(Color::LightGreen),
            key: bold.fg(Color::LightCyan),
            hit: bold
                .fg(Color::LightYellow)
                .add_modifier(Modifier::UNDERLINED),
            ..Self::new(true)
        }
    }

    /// The parts `colors` names (`warn` = `light-red`) in those colours, as `knoop.toml`'s
    /// `[colors]` says; without colour, or for a name that is no basic colour, as they were.
    #[must_use]
    pub fn with_colors(mut self, colors: &std::collections::BTreeMap<String, String>) -> Self {
        for (part, name) in colors {
            let Some(c) = crate::config::basic_color(name) else {
                continue;
            };
            let style = match part.as_str() {
                "title" => &mut self.title,
                "key" => &mut self.key,
                "warn" => &mut self.warn,
                "ok" => &mut self.ok,
                "muted" => &mut self.muted,
                "hit" => &mut self.hit,
                "error" => {
                    self.error = self.error.bg(c);
                    continue;
                }
                _ => continue,
            };
            *style = style.fg(c);
        }
        self
    }

    /// The style of a row's tone.
    pub fn of(&self, tone: crate::app::overview::Tone) -> Style {
        use crate::app::overview::Tone;
        match tone {
            Tone::Heading => self.title,
            Tone::Warn => self.warn,
            Tone::Ok => self.ok,
            Tone::Muted => self.muted,
            Tone::Plain => Style::new(),
        }
    }

    /// The theme for a terminal with or without colour.
    pub fn new(color: bool) -> Self {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        let reversed = Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD);
        if color {
            Self {
                title: bold.fg(Color::Cyan),
                selected: reversed,
                muted: Style::new().fg(Color::DarkGray),
                warn: Style::new().fg(Color::Yellow),
                error: bold.fg(Color::White).bg(Color::Red),
                ok: Style::new().fg(Color::Green),
                key: bold.fg(Color::Cyan),
                header: bold.add_modifier(Modifier::UNDERLINED),
                field: Style::new().add_modifier(Modifier::UNDERLINED),
                hit: bold.fg(Color::Yellow),
            }
        } else {
            Self {
                title: bold,
                selected: reversed,
                muted: Style::new(),
                warn: bold,
                error: reversed,
                ok: Style::new(),
                key: bold,
                header: bold.add_modifier(Modifier::UNDERLINED),
                field: Style::new().add_modifier(Modifier::UNDERLINED),
                hit: bold.add_modifier(Modifier::UNDERLINED),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_non_empty_no_color_turns_colour_off() {
        assert!(Theme::colour_allowed(None));
        assert!(Theme::colour_allowed(Some(std::ffi::OsStr::new(""))));
        assert!(!Theme::colour_allowed(Some(std::ffi::OsStr::new("1"))));
    }

    #[test]
    fn colours_from_the_settings_file_change_only_their_part() {
        let colors = [("warn", "light-magenta"), ("error", "blue")]
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .into();
        let theme = Theme::new(true).with_colors(&colors);
        assert_eq!(theme.warn.fg, Some(Color::LightMagenta));
        assert_eq!(theme.error.bg, Some(Color::Blue));
        assert_eq!(theme.title, Theme::new(true).title);
    }
}
