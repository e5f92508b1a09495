//! Forms: a few labelled fields, one focused at a time. Text fields edit with tui-input, choices
//! cycle with Left/Right or Space, toggles flip with Space. `Tab` moves on, `Enter` saves.
//!
//! A form is typed by what it is for ([`FormKind`], which names the records it changes by id)
//! and its fields are read back by their label, never by their place: a form's labels are
//! unique (checked when it opens), and a field that stands for a record (an actor's row, a
//! coalition member to choose) carries that record's id.

use ratatui::crossterm::event::Event;
use tui_input::Input;

use crate::i18n::{L, Lang};
use crate::workspace::{Id, Vocabulary};

/// What saving the form does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FormKind {
    /// Adds an actor with the typed name.
    AddActor,
    /// Asks which file to import.
    Import,
    /// Asks what a snapshot marks.
    Snapshot,
    /// Renames this actor.
    RenameActor(Id),
    /// Edits every field of this actor.
    EditActor(Id),
    /// Adds a relation between two actors.
    NewRelation {
        /// From this actor.
        from: Id,
        /// To this one.
        to: Id,
    },
    /// Starts a role for this actor.
    StartRole(Id),
    /// Ends one of this actor's current roles.
    EndRole(Id),
    /// Adds or removes this actor as covering an orientation.
    Orientation(Id),
    /// Adds a rule of play, or edits this one.
    Rule(Option<Id>),
    /// The decision rule and the form of the network.
    Basics,
    /// Adds a word to an identity area, or edits this word.
    Word(crate::workspace::Area, Option<Id>),
    /// Starts a new identity-card session.
    Session,
    /// Changes an identity-card session's title or date.
    EditSession(Id),
    /// A note in the log.
    Note,
    /// A check-in: who was there, what was decided, what follows.
    Checkin,
    /// Changes this log entry's text, the actors it is about, who was there, its decisions and
    /// its ambition.
    Entry(Id),
    /// Adds a topic, or edits this one.
    Topic(Option<Id>),
    /// Makes this topic an ambition.
    Promote(Id),
    /// Edits this ambition.
    Ambition(Id),
    /// Takes a member out of this ambition's coalition.
    RemoveMember(Id),
    /// Chooses this ambition's coalitieleider.
    Leader(Id),
    /// Records an investment in this ambition.
    Investment(Id),
    /// The network's name and issue.
    Welcome,
    /// The network's type, and why.
    NetworkType,
    /// The network's phase, and what shows it.
    Phase,
    /// The decision at the end of a cycle: bestendigen, stoppen or vernieuwen.
    Decision,
    /// Who is netwerkleider, and who leads each coalition (names).
    AssignRoles,
    /// Who is in the kern, the ring, the vrije ruimte (names).
    AssignPositions,
    /// Who covers each leadership orientation (names).
    AssignLeadership,
    /// What each actor brings and comes to get.
    HalenBrengen,
}

/// One field's value.
#[derive(Debug, Clone)]
pub enum Value {
    /// Free text.
    Text(Input),
    /// One of several options, by index.
    Choice(Vec<String>, usize),
    /// One of several records: `(shown text, id)` pairs and the chosen index, so what was
    /// chosen stays right when the lists underneath change while the form is open.
    Record(Vec<(String, Option<Id>)>, usize),
    /// Yes or no.
    Toggle(bool),
}

/// A labelled field.
#[derive(Debug, Clone)]
pub struct Field {
    /// Its label.
    pub label: L,
    /// A label made at run time (a name), shown instead of `label`.
    pub caption: Option<String>,
    /// Its value.
    pub value: Value,
    /// The record this field is about (an actor's row in an assignment form).
    pub about: Option<Id>,
}

impl Field {
    /// A text field holding `text`.
    pub fn text(label: L, text: &str) -> Self {
        Self {
            label,
            caption: None,
            value: Value::Text(Input::new(text.to_owned())),
            about: None,
        }
    }

    /// A choice among `options`, `index` chosen.
    pub fn choice(label: L, options: Vec<String>, index: usize) -> Self {
        Self {
            label,
            caption: None,
            value: Value::Choice(options, index),
            about: None,
        }
    }

    /// A choice among records: `(shown text, id)` pairs (`None`: no record), `index` chosen.
    pub fn record(label: L, options: Vec<(String, Option<Id>)>, index: usize) -> Self {
        Self {
            label,
            caption: None,
            value: Value::Record(options, index),
            about: None,
        }
    }

    /// One of a vocabulary's terms, `value` chosen.
    pub fn term<T: Vocabulary>(label: L, value: T, lang: Lang) -> Self {
        let options = T::ALL
            .iter()
            .map(|v| lang.pick(v.text()).to_owned())
            .collect();
        Self::choice(label, options, value.index())
    }

    /// One of a vocabulary's terms or none ("-"), `value` chosen.
    pub fn optional_term<T: Vocabulary>(label: L, value: Option<T>, lang: Lang) -> Self {
        let options = std::iter::once("-".to_owned())
            .chain(T::ALL.iter().map(|v| lang.pick(v.text()).to_owned()))
            .collect();
        Self::choice(label, options, T::optional_index(value))
    }

    /// A yes/no field.
    pub fn toggle(label: L, on: bool) -> Self {
        Self {
            label,
            caption: None,
            value: Value::Toggle(on),
            about: None,
        }
    }

    /// The same field, about this record.
    #[must_use]
    pub fn about(mut self, id: Id) -> Self {
        self.about = Some(id);
        self
    }

    /// The same field with a label made at run time.
    #[must_use]
    pub fn captioned(mut self, caption: String) -> Self {
        self.caption = Some(caption);
        self
    }

    fn snapshot(&self) -> String {
        match &self.value {
            Value::Text(i) => i.value().to_owned(),
            Value::Choice(_, i) | Value::Record(_, i) => i.to_string(),
            Value::Toggle(b) => b.to_string(),
        }
    }
}

/// An open form.
#[derive(Debug, Clone)]
pub struct Form {
    /// What saving does.
    pub kind: FormKind,
    /// The fields, in order.
    pub fields: Vec<Field>,
    /// The focused field.
    pub focus: usize,
    initial: Vec<String>,
    /// Asking whether to throw away what was typed.
    pub confirm_discard: bool,
    /// Why the last save was refused.
    pub error: Option<String>,
}

impl Form {
    /// A form with `fields`, the first one focused. Fields are read back by label, so two
    /// fields of one form share a label only as rows about different records.
    pub fn new(kind: FormKind, fields: Vec<Field>) -> Self {
        debug_assert!(
            fields.iter().enumerate().all(|(i, f)| {
                fields[..i]
                    .iter()
                    .all(|g| g.label != f.label || g.about != f.about)
            }),
            "two fields of {kind:?} share a label"
        );
        let initial = fields.iter().map(Field::snapshot).collect();
        Self {
            kind,
            fields,
            focus: 0,
            initial,
            confirm_discard: false,
            error: None,
        }
    }

    /// Whether anything differs from how the form opened.
    pub fn changed(&self) -> bool {
        self.fields
            .iter()
            .map(Field::snapshot)
            .ne(self.initial.iter().cloned())
    }

    /// Moves the focus by `delta` fields, wrapping around.
    pub fn move_focus(&mut self, delta: isize) {
        let n = self.fields.len().max(1) as isize;
        self.focus = (self.focus as isize + delta).rem_euclid(n) as usize;
    }

    /// Whether the focused field is a choice or a yes/no, whose keys come from the keymap.
    pub fn focused_is_choice(&self) -> bool {
        self.fields
            .get(self.focus)
            .is_some_and(|f| !matches!(f.value, Value::Text(_)))
    }

    /// Moves the focused choice by `delta` options, wrapping around; flips a yes/no.
    pub fn cycle(&mut self, delta: isize) {
        let Some(field) = self.fields.get_mut(self.focus) else {
            return;
        };
        self.error = None;
        let n = field.value.options().max(1) as isize;
        match &mut field.value {
            Value::Choice(_, index) | Value::Record(_, index) => {
                *index = (*index as isize + delta).rem_euclid(n) as usize;
            }
            Value::Toggle(on) => *on = !*on,
            Value::Text(_) => {}
        }
    }

    /// Gives a key the form's keymap did not take to the focused text field.
    pub fn input(&mut self, event: &Event) {
        let Some(Field {
            value: Value::Text(input),
            ..
        }) = self.fields.get_mut(self.focus)
        else {
            return;
        };
        self.error = None;
        if let Some(req) = tui_input::backend::crossterm::to_input_request(event) {
            input.handle(req);
        }
    }

    /// Inserts pasted text into the focused text field.
    pub fn paste(&mut self, text: &str) {
        if let Some(Field {
            value: Value::Text(input),
            ..
        }) = self.fields.get_mut(self.focus)
        {
            insert_text(input, &crate::workspace::text::clean(text));
        }
    }

    fn value(&self, label: L) -> Option<&Value> {
        self.fields
            .iter()
            .find(|f| f.label == label)
            .map(|f| &f.value)
    }

    /// The text of the field labelled `label`, trimmed and cleaned of control characters.
    pub fn text(&self, label: L) -> String {
        match self.value(label) {
            Some(Value::Text(input)) => field_text(input),
            _ => String::new(),
        }
    }

    /// The chosen index of the choice labelled `label`.
    pub fn choice(&self, label: L) -> usize {
        match self.value(label) {
            Some(Value::Choice(_, index)) => *index,
            _ => 0,
        }
    }

    /// The term chosen in the field labelled `label` (made by [`Field::term`]).
    pub fn term<T: Vocabulary>(&self, label: L) -> T {
        T::at(self.choice(label))
    }

    /// The term or none chosen in the field labelled `label` (made by [`Field::optional_term`]).
    pub fn optional_term<T: Vocabulary>(&self, label: L) -> Option<T> {
        T::optional_at(self.choice(label))
    }

    /// The record chosen in the field labelled `label`.
    pub fn record(&self, label: L) -> Option<Id> {
        match self.value(label) {
            Some(Value::Record(options, index)) => options.get(*index).and_then(|(_, id)| *id),
            _ => None,
        }
    }

    /// The state of the toggle labelled `label`.
    pub fn toggle(&self, label: L) -> bool {
        matches!(self.value(label), Some(Value::Toggle(true)))
    }

    /// The text of the focused field.
    pub fn focused_text(&self) -> String {
        match self.fields.get(self.focus).map(|f| &f.value) {
            Some(Value::Text(input)) => field_text(input),
            _ => String::new(),
        }
    }

    /// The text fields labelled `label`, each with the record it is about, in order (the rows of
    /// an assignment form).
    pub fn rows(&self, label: L) -> Vec<(Option<Id>, String)> {
        self.fields
            .iter()
            .filter(|f| f.label == label)
            .map(|f| match &f.value {
                Value::Text(input) => (f.about, field_text(input)),
                _ => (f.about, String::new()),
            })
            .collect()
    }
}

impl Value {
    /// How many options a choice has (0 for the other fields).
    pub fn options(&self) -> usize {
        match self {
            Self::Choice(options, _) => options.len(),
            Self::Record(options, _) => options.len(),
            Self::Toggle(_) => 2,
            Self::Text(_) => 0,
        }
    }
}

/// Inserts `text` at the cursor in one go: inserting letter by letter costs the length of the
/// value per letter, so a large paste would take quadratic time.
pub fn insert_text(input: &mut Input, text: &str) {
    let value = input.value();
    let cursor = input.cursor();
    let at = value
        .char_indices()
        .nth(cursor)
        .map_or(value.len(), |(i, _)| i);
    let mut next = String::with_capacity(value.len() + text.len());
    next.push_str(&value[..at]);
    next.push_str(text);
    next.push_str(&value[at..]);
    let cursor = cursor + text.chars().count();
    *input = Input::new(next).with_cursor(cursor);
}

fn field_text(input: &Input) -> String {
    crate::workspace::text::clean(input.value())
        .trim()
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

    fn key(c: KeyCode) -> Event {
        Event::Key(KeyEvent::new(c, KeyModifiers::NONE))
    }

    #[test]
    fn fields_take_their_own_keys() {
        let (a, b, c) = (
            L { nl: "a", en: "a" },
            L { nl: "b", en: "b" },
            L { nl: "c", en: "c" },
        );
        let mut f = Form::new(
            FormKind::AddActor,
            vec![
                Field::text(a, "ab"),
                Field::choice(b, vec!["a".into(), "b".into(), "c".into()], 0),
                Field::toggle(c, false),
            ],
        );
        assert!(!f.changed());
        f.input(&key(KeyCode::Char('c')));
        assert_eq!(f.text(a), "abc");
        f.move_focus(1);
        assert!(f.focused_is_choice());
        f.cycle(-1);
        assert_eq!(f.choice(b), 2);
        f.move_focus(1);
        f.cycle(1);
        assert!(f.toggle(c));
        f.move_focus(1);
        assert_eq!(f.focus, 0);
        assert!(f.changed());
        f.input(&key(KeyCode::Left));
        f.paste("XY\u{1b}[2J");
        assert_eq!(f.text(a), "abXY[2Jc", "pasted at the cursor, cleaned");
    }
}
