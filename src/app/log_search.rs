//! The Log pane's search: `/` narrows the entries to those holding every word typed.

use super::log::LogFocus;
use super::{Action, App};
use crate::workspace::{LogEntry, Workspace};

/// Whether a log entry holds every word of a search (case-insensitive) in its text, its
/// decisions, its follow-ups or the names of the actors it concerns.
pub fn entry_matches(ws: &Workspace, e: &LogEntry, words: &[String]) -> bool {
    if words.is_empty() {
        return true;
    }
    let mut hay = e.text.to_lowercase();
    for part in e
        .decisions
        .iter()
        .chain(e.follow_ups.iter().map(|f| &f.text))
    {
        hay.push('\n');
        hay.push_str(&part.to_lowercase());
    }
    for id in e.actors.iter().chain(&e.present) {
        hay.push('\n');
        hay.push_str(&ws.actor_name(*id).to_lowercase());
    }
    words.iter().all(|w| hay.contains(w.as_str()))
}
impl App {
    /// Narrows the shown log rows to the entries that match the search.
    pub(super) fn refresh_log_rows(&mut self) {
        let words: Vec<String> = self
            .ui
            .log
            .query
            .split_whitespace()
            .map(str::to_lowercase)
            .collect();
        let ws = &self.ws;
        self.views.log = self
            .views
            .log_all
            .iter()
            .copied()
            .filter(|i| entry_matches(ws, &ws.log[*i], &words))
            .collect();
    }

    /// The search actions of the Log pane; whether `action` was one.
    pub(super) fn log_search(&mut self, action: Action) -> bool {
        match action {
            Action::Search => {
                self.ui.log.focus = LogFocus::Entries;
                self.ui.log.searching = Some(tui_input::Input::new(self.ui.log.query.clone()));
            }
            Action::KeepSearch => self.ui.log.searching = None,
            Action::ClearSearch => {
                self.ui.log.searching = None;
                if !self.ui.log.query.is_empty() {
                    self.ui.log.query.clear();
                    self.refresh_log_rows();
                    self.ui.log.entries = super::Cursor::default();
                }
            }
            _ => return false,
        }
        true
    }
}
