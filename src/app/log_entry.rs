//! Changing a log entry: the form filled with what it holds, saved as one undoable edit.

use super::App;
use super::form::{Field, Form, FormKind};
use crate::i18n as t;
use crate::workspace::{Id, LogEntry, Record};

impl App {
    /// The form that changes an entry, filled with what it holds now.
    pub(super) fn entry_form(&self, e: &LogEntry) -> Form {
        let ambitions = self.ambition_options();
        let current = ambitions
            .iter()
            .position(|(_, id)| *id == e.ambition)
            .unwrap_or(0);
        let fields = vec![
            Field::text(t::FIELD_NOTE, &e.text),
            Field::text(t::FIELD_ABOUT, &self.names_of(e.actors.iter().copied())),
            Field::text(t::FIELD_PRESENT, &self.names_of(e.present.iter().copied())),
            Field::text(t::FIELD_DECISIONS, &e.decisions.join("; ")),
            Field::record(t::FIELD_AMBITION, ambitions, current),
        ];
        Form::new(FormKind::Entry(e.id), fields)
    }

    /// Saves the form that changes an entry, as one undoable edit; its follow-ups stay.
    pub(super) fn submit_entry(&mut self, form: &Form, id: Id) -> Result<(), t::L> {
        let i = self.ws.log.iter().position(|e| e.id == id).ok_or(t::GONE)?;
        let mut e = self.ws.log[i].clone();
        e.text = form.text(t::FIELD_NOTE);
        e.actors = self.actors_from_names(&form.text(t::FIELD_ABOUT))?;
        e.present = self.actors_from_names(&form.text(t::FIELD_PRESENT))?;
        e.decisions = super::assign::split(&form.text(t::FIELD_DECISIONS));
        e.ambition = form.record(t::FIELD_AMBITION);
        if e.text.is_empty()
            && e.present.is_empty()
            && e.decisions.is_empty()
            && e.follow_ups.is_empty()
        {
            return Err(t::TEXT_EMPTY);
        }
        if let Some(edit) = self.ws.replace_record(i, Record::Log(Box::new(e))) {
            self.commit(edit);
            self.say(t::ENTRY_CHANGED, &[]);
        }
        Ok(())
    }
}
