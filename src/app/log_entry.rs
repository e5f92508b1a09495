//! Changing a log entry: the form filled with what it holds (its date, text, people, decisions,
//! ambition and each follow-up as one line `what @who when`), saved as one undoable edit.

use super::App;
use super::form::{Field, Form, FormKind};
use super::meeting::follow_up_line;
use crate::i18n::{self as t, fill};
use crate::workspace::{FollowUp, Id, LogEntry, Record};

impl App {
    /// The form that changes an entry, filled with what it holds now.
    pub(super) fn entry_form(&self, e: &LogEntry) -> Form {
        let ambitions = self.ambition_options();
        let current = ambitions
            .iter()
            .position(|(_, id)| *id == e.ambition)
            .unwrap_or(0);
        let day = e.at.to_zoned(self.tz.clone()).date();
        let mut fields = vec![
            Field::text(t::FIELD_DATE, &day.to_string()),
            Field::text(t::FIELD_NOTE, &e.text.replace('\n', " / ")),
            Field::text(t::FIELD_ABOUT, &self.names_of(e.actors.iter().copied())),
            Field::text(t::FIELD_PRESENT, &self.names_of(e.present.iter().copied())),
            Field::text(t::FIELD_DECISIONS, &e.decisions.join("; ")),
            Field::record(t::FIELD_AMBITION, ambitions, current),
        ];
        for (n, f) in e.follow_ups.iter().enumerate() {
            let caption = fill(self.t(t::FIELD_FOLLOW_UP_N), &[("n", &(n + 1).to_string())]);
            fields.push(
                Field::text(t::FIELD_FOLLOW_UP, &self.follow_up_typed(f))
                    .captioned(caption)
                    .about(f.id),
            );
        }
        fields.push(
            Field::text(t::FIELD_FOLLOW_UP, "")
                .captioned(self.t(t::FIELD_FOLLOW_UP_NEW).to_owned()),
        );
        Form::new(FormKind::Entry(e.id), fields)
    }

    /// A follow-up as typed in a line: `what @who when`, spaces in the name as `_`.
    pub fn follow_up_typed(&self, f: &FollowUp) -> String {
        let mut line = f.text.clone();
        if let Some(o) = f.owner {
            line = format!("{line} @{}", self.ws.actor_name(o).trim().replace(' ', "_"));
        }
        if let Some(d) = f.due {
            line = format!("{line} {d}");
        }
        line
    }

    /// Saves the form that changes an entry, as one undoable edit. A follow-up line emptied
    /// removes it; a follow-up keeps its id and whether it is done.
    pub(super) fn submit_entry(&mut self, form: &Form, id: Id) -> Result<(), t::L> {
        let i = self.ws.log.iter().position(|e| e.id == id).ok_or(t::GONE)?;
        let mut e = self.ws.log[i].clone();
        let day = super::foundation::date(&form.text(t::FIELD_DATE), self.today)?;
        let was = e.at.to_zoned(self.tz.clone());
        if was.date() != day {
            // The same time of day on the day now given.
            e.at = day
                .to_datetime(was.time())
                .to_zoned(self.tz.clone())
                .map_err(|_| t::BAD_DATE)?
                .timestamp();
        }
        // The one-line field shows line breaks as " / ": unchanged, they are kept.
        let note = form.text(t::FIELD_NOTE);
        if note != e.text.replace('\n', " / ") {
            e.text = note;
        }
        e.actors = self.actors_from_names(&form.text(t::FIELD_ABOUT))?;
        e.present = self.actors_from_names(&form.text(t::FIELD_PRESENT))?;
        e.decisions = super::assign::split(&form.text(t::FIELD_DECISIONS));
        e.ambition = form.record(t::FIELD_AMBITION);
        let mut follow_ups = Vec::new();
        for (about, line) in form.rows(t::FIELD_FOLLOW_UP) {
            if line.is_empty() {
                continue;
            }
            let f = follow_up_line(&line, self.today, |n| self.find_actor(n))
                .map_err(|_| t::UNKNOWN_ACTOR)?;
            if f.text.is_empty() {
                return Err(t::FOLLOW_UP_EMPTY);
            }
            let mut fu = about
                .and_then(|id| e.follow_ups.iter().find(|x| x.id == id).cloned())
                .unwrap_or_else(|| FollowUp::new("", None, None));
            (fu.text, fu.owner, fu.due) = (f.text, f.owner, f.due);
            follow_ups.push(fu);
        }
        e.follow_ups = follow_ups;
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

    /// Opens the form of the entry that holds this follow-up, on that follow-up's line.
    pub(super) fn edit_follow_up(&mut self, entry: usize, follow_up: Id) {
        let Some(e) = self.ws.log.get(entry) else {
            return;
        };
        let mut form = self.entry_form(e);
        if let Some(at) = form.fields.iter().position(|f| f.about == Some(follow_up)) {
            form.focus = at;
        }
        self.ui.overlay = Some(super::Overlay::Form(form));
    }
}
