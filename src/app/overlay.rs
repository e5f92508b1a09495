//! What can sit on top of a pane: the help overlay, a one-field form, a confirmation.

use tui_input::Input;

use crate::workspace::Id;

/// What a one-field form does when saved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormKind {
    /// Adds an actor with the typed name.
    AddActor,
    /// Renames this actor.
    RenameActor(Id),
}

/// A form with one text field, focused as it opens.
#[derive(Debug, Clone)]
pub struct TextForm {
    /// What saving does.
    pub kind: FormKind,
    /// The field.
    pub input: Input,
    /// The value it opened with, to tell whether anything was typed.
    pub initial: String,
    /// Asking whether to throw away what was typed.
    pub confirm_discard: bool,
    /// Why the last submit was refused.
    pub error: Option<String>,
}

impl TextForm {
    /// A form whose field holds `value`.
    pub fn new(kind: FormKind, value: &str) -> Self {
        Self {
            kind,
            input: Input::new(value.to_owned()),
            initial: value.to_owned(),
            confirm_discard: false,
            error: None,
        }
    }

    /// Whether the field differs from what it opened with.
    pub fn changed(&self) -> bool {
        self.input.value() != self.initial
    }
}

/// A yes/no question before something is removed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Confirm {
    /// Delete this actor.
    DeleteActor(Id),
}

/// The overlay on top of the pane, if any.
#[derive(Debug, Clone)]
pub enum Overlay {
    /// Key help for the current pane.
    Help,
    /// A one-field form.
    Form(TextForm),
    /// A confirmation.
    Confirm(Confirm),
}
