//! The decision the method puts at the end of a cycle (bestendigen of stoppen): asked with `B`
//! in the Basis pane, kept with the network and written in the log as a decision, so minutes
//! and the report carry it; one undoable edit.

use super::form::{Field, Form, FormKind};
use super::{App, Overlay};
use crate::i18n::{self as t, fill};
use crate::workspace::{
    Change, Continuation, CycleDecision, LogEntry, LogKind, Record, Vocabulary,
};

impl App {
    /// Opens the decision form, holding the decision taken before if there is one.
    pub(super) fn decision_form(&mut self) {
        let d = self.ws.network.decision.as_ref();
        let fields = vec![
            Field::term(
                t::FIELD_CHOICE,
                d.map_or(Continuation::Bestendigen, |d| d.choice),
                self.lang,
            ),
            Field::text(t::FIELD_WHY, d.map_or("", |d| d.note.as_str())),
            Field::text(t::FIELD_DATE, &d.map_or(self.today, |d| d.date).to_string()),
        ];
        self.ui.overlay = Some(Overlay::Form(Form::new(FormKind::Decision, fields)));
    }

    /// Records the decision with the network and as a decision in the log.
    pub(super) fn submit_decision(&mut self, form: &Form) -> Result<(), t::L> {
        let date = super::foundation::date(&form.text(t::FIELD_DATE), self.today)?;
        let choice: Continuation = form.term(t::FIELD_CHOICE);
        let note = form.text(t::FIELD_WHY);
        let mut network = self.ws.network.clone();
        network.decision = Some(CycleDecision {
            choice,
            date,
            note: note.clone(),
            extra: crate::workspace::Extra::new(),
        });
        let said = fill(
            self.t(t::DECISION_LOG),
            &[("choice", self.lang.pick(choice.text()))],
        );
        let at = date
            .to_zoned(self.tz.clone())
            .map_or_else(|_| jiff::Timestamp::now(), |z| z.timestamp());
        let mut entry = LogEntry::note(&note, at);
        entry.kind = LogKind::Decision;
        entry.decisions = vec![said];
        let changes = vec![
            Change::Replace {
                at: 0,
                before: Record::Network(Box::new(self.ws.network.clone())),
                after: Record::Network(Box::new(network)),
            },
            Change::Insert {
                at: self.ws.log.len(),
                record: Record::Log(Box::new(entry)),
            },
        ];
        let edit = self.ws.commit(changes);
        self.commit(edit);
        self.say(t::DECISION_SAVED, &[]);
        Ok(())
    }
}
