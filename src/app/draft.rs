//! What is typed but not saved yet, as a draft: an open form with its values, or the notes
//! editor with its text. The loop writes it beside the workspace (`FILE.draft`) once typing
//! pauses, the signal thread and the panic hook write the newest one on the way out, and the
//! next open offers it back in the form it came from.

use serde::{Deserialize, Serialize};

use super::form::{Field, Form, FormKind, Value};
use super::overlay::EditorFor;
use super::{App, Confirm, Overlay};
use crate::i18n::L;
use crate::workspace::{Id, Orientation, Position, Vocabulary};

/// An open form or editor with what was typed into it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Draft {
    /// A form: what it is for, its fields and the focused one.
    Form {
        /// What saving it does.
        kind: FormKind,
        /// The fields as they stood.
        fields: Vec<FieldDraft>,
        /// The focused field.
        focus: usize,
    },
    /// A meeting on the meeting screen, whole.
    Meeting(Box<super::meeting::Meeting>),
    /// The multi-line editor and its text.
    Editor {
        /// What it edits.
        target: EditorFor,
        /// Its lines.
        lines: Vec<String>,
    },
}

/// One field of a form draft; its label by its Dutch text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldDraft {
    label: String,
    caption: Option<String>,
    about: Option<Id>,
    value: ValueDraft,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
enum ValueDraft {
    Text(String),
    Choice(Vec<String>, usize),
    Record(Vec<(String, Option<Id>)>, usize),
    Toggle(bool),
}

/// The label whose Dutch text is `nl`: a UI text or a term used as a label.
fn label_named(nl: &str) -> Option<L> {
    crate::i18n::ALL
        .iter()
        .map(|(_, l)| *l)
        .chain(Position::ALL.iter().map(|p| p.text()))
        .chain(Orientation::ALL.iter().map(|o| o.text()))
        .find(|l| l.nl == nl)
}

impl Draft {
    /// The draft of what is open, if anything was typed.
    fn of(overlay: &Overlay) -> Option<Self> {
        match overlay {
            Overlay::Form(f) if f.changed() => Some(Self::Form {
                kind: f.kind,
                focus: f.focus,
                fields: f
                    .fields
                    .iter()
                    .map(|field| FieldDraft {
                        label: field.label.nl.to_owned(),
                        caption: field.caption.clone(),
                        about: field.about,
                        value: match &field.value {
                            Value::Text(i) => ValueDraft::Text(i.value().to_owned()),
                            Value::Choice(o, i) => ValueDraft::Choice(o.clone(), *i),
                            Value::Record(o, i) => ValueDraft::Record(o.clone(), *i),
                            Value::Toggle(b) => ValueDraft::Toggle(*b),
                        },
                    })
                    .collect(),
            }),
            Overlay::Notes(target, editor) => Some(Self::Editor {
                target: target.clone(),
                lines: editor.lines().to_vec(),
            }),
            Overlay::Meeting(m) | Overlay::LeaveMeeting(m) if m.has_content() => {
                Some(Self::Meeting(m.clone()))
            }
            Overlay::Confirm(Confirm::RestoreDraft(d)) => Some((**d).clone()),
            Overlay::QuitAsk(open) => Self::of(open),
            _ => None,
        }
    }

    /// The overlay this draft came from, as it stood; `None` when a label is unknown (a draft
    /// from another knoop version).
    fn overlay(&self) -> Option<Overlay> {
        match self {
            Self::Form {
                kind,
                fields,
                focus,
            } => {
                let fields = fields
                    .iter()
                    .map(|f| {
                        let label = label_named(&f.label)?;
                        let mut field = match &f.value {
                            ValueDraft::Text(t) => Field::text(label, t),
                            ValueDraft::Choice(o, i) => Field::choice(label, o.clone(), *i),
                            ValueDraft::Record(o, i) => Field::record(label, o.clone(), *i),
                            ValueDraft::Toggle(b) => Field::toggle(label, *b),
                        };
                        field.caption.clone_from(&f.caption);
                        field.about = f.about;
                        Some(field)
                    })
                    .collect::<Option<Vec<_>>>()?;
                let mut form = Form::new(*kind, fields);
                form.focus = (*focus).min(form.fields.len().saturating_sub(1));
                Some(Overlay::Form(form))
            }
            Self::Meeting(m) => Some(Overlay::Meeting(m.clone())),
            Self::Editor { target, lines } => {
                let mut editor = ratatui_textarea::TextArea::new(lines.clone());
                editor.set_wrap_mode(ratatui_textarea::WrapMode::WordOrGlyph);
                Some(Overlay::Notes(target.clone(), Box::new(editor)))
            }
        }
    }
}

impl App {
    /// The draft of what is open now, as the file holds it.
    pub fn draft_json(&self) -> Option<String> {
        let overlay = self.ui.overlay.as_ref()?;
        serde_json::to_string(&Draft::of(overlay)?).ok()
    }

    /// Offers a draft found on opening: the question is the first thing the user sees.
    pub fn offer_draft(&mut self, json: &str) {
        if let Ok(draft) = serde_json::from_str::<Draft>(json) {
            self.last_draft = Some(json.to_owned());
            self.ui.overlay = Some(Overlay::Confirm(Confirm::RestoreDraft(Box::new(draft))));
        }
    }

    /// Puts the offered draft back in the form it came from.
    pub(super) fn restore_draft(&mut self, draft: &Draft) {
        self.ui.overlay = draft.overlay();
    }
}
