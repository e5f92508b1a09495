//! Named actions: what a key means, independent of which key it is.

use super::Pane;

/// Everything the user can ask for. Keys map to these through the keymap table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    /// Save what is pending and leave.
    Quit,
    /// Show one pane.
    ShowPane(Pane),
    /// Show the next pane.
    NextPane,
    /// Show the previous pane.
    PrevPane,
    /// Open or close the key help for the current pane.
    ToggleHelp,
    /// Move the selection down one row.
    SelectNext,
    /// Move the selection up one row.
    SelectPrev,
    /// Jump to the first row.
    SelectFirst,
    /// Jump to the last row.
    SelectLast,
    /// Move the selection down one page.
    PageDown,
    /// Move the selection up one page.
    PageUp,
    /// Focus the column to the left (identity card).
    FocusLeft,
    /// Focus the column to the right (identity card).
    FocusRight,
    /// Open the form to add an actor.
    AddActor,
    /// Open the form to rename the selected actor.
    RenameActor,
    /// Ask to delete the selected actor.
    DeleteActor,
    /// Revert the last change.
    Undo,
    /// Apply the last undone change again.
    Redo,
    /// Save the open form.
    SubmitForm,
    /// Leave the open form (asks first when something was typed).
    CancelForm,
    /// Answer yes in a confirmation.
    ConfirmYes,
    /// Answer no in a confirmation.
    ConfirmNo,
    /// Close the overlay on top.
    CloseOverlay,
}
