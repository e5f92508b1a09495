//! Named actions: what a key means, independent of which key it is.

use super::Pane;

/// A direction on the map.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Toward {
    /// To the left.
    Left,
    /// To the right.
    Right,
    /// Up.
    Up,
    /// Down.
    Down,
}

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
    /// Start typing a search (actors: words and filters such as `pos:kern`).
    Search,
    /// Leave the search, keeping it.
    KeepSearch,
    /// Clear the search.
    ClearSearch,
    /// Sort by the next column.
    CycleSort,
    /// Switch between the table and the ring view of positions.
    ToggleRingView,
    /// Open the selected actor's details.
    OpenDetail,
    /// Back from the details to the list.
    CloseDetail,
    /// Edit every field of the actor.
    EditActor,
    /// Edit the actor's notes in the multi-line editor.
    EditNotes,
    /// Leave the notes editor, keeping the text.
    LeaveEditor,
    /// Add a relation to another actor (picked by name).
    AddRelation,
    /// Delete the selected relation.
    DeleteRelation,
    /// Merge the actor into another one (picked by name).
    MergeActor,
    /// Next field in a form.
    NextField,
    /// Previous field in a form.
    PrevField,
    /// Next hit in a picker.
    PickNext,
    /// Previous hit in a picker.
    PickPrev,
    /// Take the highlighted hit.
    Pick,
    /// Start a role for the selected actor.
    StartRole,
    /// End one of the selected actor's current roles.
    EndRole,
    /// Add or remove the selected actor as covering a leadership orientation.
    ToggleOrientation,
    /// Add an item to this pane's list (a rule, a word, a note ...).
    AddItem,
    /// Edit the selected item.
    EditItem,
    /// Delete the selected item (undoable).
    DeleteItem,
    /// Edit the network's decision rule and form.
    EditBasics,
    /// Add a dot to the selected word.
    AddDot,
    /// Take a dot from the selected word.
    TakeDot,
    /// Mark the selected word core, important, less important, or nothing.
    CycleWeight,
    /// Record the decision at the end of a cycle: bestendigen, stoppen or vernieuwen.
    DecideCycle,
    /// Start a new identity-card session (a dated exercise).
    NewSession,
    /// Show how the card shifted between the last two sessions, or the card again.
    ToggleCompare,
    /// Change the title or date of the identity-card session shown.
    EditSession,
    /// Show the session before the one shown (from the first, the latest again).
    OtherSession,
    /// Place the selected word of an earlier session on the latest one, without its dots.
    CopyWord,
    /// Record a check-in: who is here, what was decided, what follows.
    CheckIn,
    /// Switch between the log and its open follow-ups.
    ToggleFollowUps,
    /// Mark the selected follow-up done (or open again).
    ToggleDone,
    /// Switch the agenda between the list and the topics x actors grid.
    ToggleGrid,
    /// Set the focused grid cell: 0 clears, 1 weten, 2 meedenken, 3 meedoen, 4 meebepalen.
    SetEngagement(u8),
    /// Show only coalition candidates: topics with at least 1, 2, 3 ... meedoen/meebepalen.
    CycleCandidates,
    /// Make the selected topic an ambition, its coalition taken from the grid.
    Promote,
    /// Add an actor to the selected ambition's coalition.
    AddMember,
    /// Take an actor out of the selected ambition's coalition.
    RemoveMember,
    /// Choose the selected ambition's coalitieleider.
    ChooseLeader,
    /// Record what a partner invests in the selected ambition.
    AddInvestment,
    /// The next questionnaire screen.
    NextScreen,
    /// The previous questionnaire screen.
    PrevScreen,
    /// Answer this questionnaire screen (its form, list or pane).
    EditAnswer,
    /// Write a free-text answer to this questionnaire screen.
    AnswerNotes,
    /// Close this round of answers and start a new, dated one.
    NewRound,
    /// Show per question what changed since the previous round.
    CompareRounds,
    /// Opens the selected log entry to read it whole.
    OpenEntry,
    /// Scrolls what is open to read down a line.
    ScrollDown,
    /// Scrolls what is open to read up a line.
    ScrollUp,
    /// Writes the minutes of the selected log entry beside the workspace.
    ExportMinutes,
    /// Opens the command palette.
    OpenPalette,
    /// Opens the timeline of snapshots.
    OpenTimeline,
    /// Takes a snapshot of the network now.
    TakeSnapshot,
    /// Selects the next (older) snapshot on the timeline.
    OlderSnapshot,
    /// Selects the previous (newer) snapshot on the timeline.
    NewerSnapshot,
    /// Opens the conflicts a merge left open.
    OpenConflicts,
    /// Keeps this side's value of the selected conflict.
    KeepOurs,
    /// Takes the other side's value of the selected conflict.
    TakeTheirs,
    /// Keeps this side's value and opens the record to change it by hand.
    EditConflict,
    /// Asks for a file to import actors and relations from.
    Import,
    /// Takes the import shown in the preview in.
    TakeImport,
    /// Quits after saving what was typed.
    QuitSave,
    /// Quits keeping what was typed as a draft, offered back on the next start.
    QuitKeep,
    /// Quits throwing away what was typed.
    QuitDiscard,
    /// Takes the next option of the focused choice (or flips a yes/no).
    NextChoice,
    /// Takes the previous option of the focused choice (or flips a yes/no).
    PrevChoice,
    /// Opens the meeting screen: one meeting from start to end.
    StartMeeting,
    /// The next part of the meeting screen (what was typed goes in first).
    NextPart,
    /// The previous part of the meeting screen.
    PrevPart,
    /// Takes the typed line into the part; on an empty line, chooses, marks or takes the
    /// selected line back to change it.
    AddLine,
    /// Marks the selected person present or not, ticks a follow-up off, or types a space.
    TickRow,
    /// Removes the selected line of the meeting screen.
    RemoveLine,
    /// Ends the meeting and writes it to the log.
    EndMeeting,
    /// Leaves the meeting screen (asks first when something is in it).
    LeaveMeeting,
    /// Throws the meeting away.
    DiscardMeeting,
    /// Selects the nearest actor on the map in this direction.
    Nearest(Toward),
    /// Moves the map's view this way.
    Pan(Toward),
    /// Zooms the map in.
    ZoomIn,
    /// Zooms the map out.
    ZoomOut,
    /// Shows everyone, or only the selected actor's neighbourhood (1 or 2 steps).
    CycleEgo,
    /// Shows everyone, or only the next ambition's coalition.
    CycleAmbition,
    /// Pins the map as it is (or lets it be laid out again).
    PinMap,
}
