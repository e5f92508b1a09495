//! What can sit on top of a pane: the help, a form, a fuzzy picker, the notes editor, a
//! confirmation.

use crate::questionnaire::ScreenId;
use ratatui_textarea::TextArea;
use tui_input::Input;

pub use super::form::{Field, Form, FormKind, Value};
use crate::workspace::Id;

/// What a picked actor is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PickFor {
    /// Merge this actor into the one picked.
    MergeInto(Id),
    /// Relate this actor to the one picked.
    RelateFrom(Id),
    /// Add the one picked to this ambition's coalition.
    CoalitionOf(Id),
}

/// A fuzzy actor picker: type to narrow, arrows to choose, `Enter` to pick.
#[derive(Debug, Clone)]
pub struct Picker {
    /// What the pick is for.
    pub purpose: PickFor,
    /// The search.
    pub input: Input,
    /// Matching actor indices, best first.
    pub hits: Vec<usize>,
    /// The highlighted hit.
    pub selected: usize,
}

/// What a multi-line editor edits.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EditorFor {
    /// An actor's notes.
    ActorNotes(Id),
    /// The free-text answer to a questionnaire screen.
    Answer(ScreenId),
    /// A questionnaire list: one record per line.
    List(ScreenId),
}

/// A yes/no question before something is removed or merged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Confirm {
    /// Put back what was typed when knoop last stopped (no: throw it away).
    RestoreDraft(Box<super::draft::Draft>),
    /// Delete this actor.
    DeleteActor(Id),
    /// Merge `from` into `into`.
    Merge {
        /// The actor that disappears.
        from: Id,
        /// The actor that stays.
        into: Id,
    },
}

/// The overlay on top of the pane, if any.
#[derive(Debug, Clone)]
pub enum Overlay {
    /// Key help for the current pane.
    Help,
    /// A form.
    Form(Form),
    /// A fuzzy actor picker.
    Picker(Picker),
    /// A multi-line editor; `Esc` keeps what was typed.
    Notes(EditorFor, Box<TextArea<'static>>),
    /// A confirmation.
    Confirm(Confirm),
    /// Quitting with typed text: save it, keep it as a draft, or throw it away? Holds what was
    /// open, to go back to.
    QuitAsk(Box<Overlay>),
    /// The command palette.
    Palette(Box<super::palette::Palette>),
    /// The timeline of snapshots and what changed since.
    Timeline(Box<super::timeline::TimelineView>),
    /// The open conflicts of a merge, the selected one's index.
    Conflicts(usize),
    /// The preview of an import.
    Import(Box<super::import::ImportView>),
    /// The meeting screen: one meeting from start to end.
    Meeting(Box<super::meeting::Meeting>),
    /// Leaving a meeting with something in it: end and save it, or throw it away?
    LeaveMeeting(Box<super::meeting::Meeting>),
    /// One log entry, whole: when, who was there, the ambition, the text, every decision and
    /// follow-up, the actors it is about; scrolled this many lines.
    Entry(Id, u16),
}
