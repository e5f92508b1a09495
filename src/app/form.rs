//! Forms: a few labelled fields, one focused at a time. Text fields edit with tui-input, choices
//! cycle with Left/Right or Space, toggles flip with Space. `Tab` moves on, `Enter` saves.

use ratatui::crossterm::event::{Event, KeyCode};
use tui_input::Input;

use crate::i18n::L;
use crate::workspace::Id;

/// What saving the form does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormKind {
    /// Adds an actor with the typed name.
    AddActor,
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
    /// Adds a rule of play, or edits the one at this index.
    Rule(Option<usize>),
    /// The decision rule and the form of the network.
    Basics,
    /// Adds a word to an identity area, or edits this word.
    Word(crate::workspace::Area, Option<Id>),
    /// Starts a new identity-card session.
    Session,
    /// A note in the log.
    Note,
    /// A check-in: who was there, what was decided, what follows.
    Checkin,
    /// Adds a topic, or edits the one at this index.
    Topic(Option<usize>),
    /// Makes the topic at this index an ambition.
    Promote(usize),
    /// Edits the ambition at this index.
    Ambition(usize),
    /// Takes a member out of the coalition of the ambition at this index.
    RemoveMember(usize),
    /// Chooses the coalitieleider of the ambition at this index.
    Leader(usize),
    /// Records an investment in the ambition at this index.
    Investment(usize),
    /// The network's name and issue.
    Welcome,
    /// The network's type, and why.
    NetworkType,
    /// The network's phase, and what shows it.
    Phase,
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
}

impl Field {
    /// A text field holding `text`.
    pub fn text(label: L, text: &str) -> Self {
        Self {
            label,
            caption: None,
            value: Value::Text(Input::new(text.to_owned())),
        }
    }

    /// A choice among `options`, `index` chosen.
    pub fn choice(label: L, options: Vec<String>, index: usize) -> Self {
        Self {
            label,
            caption: None,
            value: Value::Choice(options, index),
        }
    }

    /// A yes/no field.
    pub fn toggle(label: L, on: bool) -> Self {
        Self {
            label,
            caption: None,
            value: Value::Toggle(on),
        }
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
            Value::Choice(_, i) => i.to_string(),
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
    /// A form with `fields`, the first one focused.
    pub fn new(kind: FormKind, fields: Vec<Field>) -> Self {
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

    /// Gives a key the form's keymap did not take to the focused field.
    pub fn input(&mut self, event: &Event) {
        let Some(field) = self.fields.get_mut(self.focus) else {
            return;
        };
        self.error = None;
        match (&mut field.value, event) {
            (Value::Text(input), _) => {
                if let Some(req) = tui_input::backend::crossterm::to_input_request(event) {
                    input.handle(req);
                }
            }
            (Value::Choice(options, index), Event::Key(k)) => {
                let n = options.len().max(1);
                match k.code {
                    KeyCode::Right | KeyCode::Char(' ' | 'l') => *index = (*index + 1) % n,
                    KeyCode::Left | KeyCode::Char('h') => *index = (*index + n - 1) % n,
                    _ => {}
                }
            }
            (Value::Toggle(on), Event::Key(k))
                if matches!(k.code, KeyCode::Char(' ') | KeyCode::Left | KeyCode::Right) =>
            {
                *on = !*on;
            }
            _ => {}
        }
    }

    /// Inserts pasted text into the focused text field.
    pub fn paste(&mut self, text: &str) {
        if let Some(Field {
            value: Value::Text(input),
            ..
        }) = self.fields.get_mut(self.focus)
        {
            for c in crate::workspace::text::clean(text).chars() {
                input.handle(tui_input::InputRequest::InsertChar(c));
            }
        }
    }

    /// The text of field `i`, trimmed and cleaned of control characters.
    pub fn text(&self, i: usize) -> String {
        match self.fields.get(i).map(|f| &f.value) {
            Some(Value::Text(input)) => crate::workspace::text::clean(input.value())
                .trim()
                .to_owned(),
            _ => String::new(),
        }
    }

    /// The chosen index of field `i`.
    pub fn choice(&self, i: usize) -> usize {
        match self.fields.get(i).map(|f| &f.value) {
            Some(Value::Choice(_, index)) => *index,
            _ => 0,
        }
    }

    /// The state of toggle `i`.
    pub fn toggle(&self, i: usize) -> bool {
        matches!(
            self.fields.get(i).map(|f| &f.value),
            Some(Value::Toggle(true))
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::{KeyEvent, KeyModifiers};

    fn key(c: KeyCode) -> Event {
        Event::Key(KeyEvent::new(c, KeyModifiers::NONE))
    }

    #[test]
    fn fields_take_their_own_keys() {
        let l = L { nl: "x", en: "x" };
        let mut f = Form::new(
            FormKind::AddActor,
            vec![
                Field::text(l, "ab"),
                Field::choice(l, vec!["a".into(), "b".into(), "c".into()], 0),
                Field::toggle(l, false),
            ],
        );
        assert!(!f.changed());
        f.input(&key(KeyCode::Char('c')));
        assert_eq!(f.text(0), "abc");
        f.move_focus(1);
        f.input(&key(KeyCode::Left));
        assert_eq!(f.choice(1), 2);
        f.move_focus(1);
        f.input(&key(KeyCode::Char(' ')));
        assert!(f.toggle(2));
        f.move_focus(1);
        assert_eq!(f.focus, 0);
        assert!(f.changed());
    }
}
