//! The actions of the Foundation pane: spelregels added, edited and removed, and the network's
//! decision rule and form.

use super::form::{Field, Form, FormKind};
use super::{Action, App, Overlay};
use crate::i18n as t;
use crate::workspace::{Id, Record, Rule};

/// The Foundation pane's own state.
#[derive(Debug, Default)]
pub struct FoundationPane {
    /// The selected rule.
    pub cursor: super::Cursor,
}

/// An optional date field: empty is none, anything else a date as people say it.
pub(super) fn optional_date(
    text: &str,
    today: jiff::civil::Date,
) -> Result<Option<jiff::civil::Date>, t::L> {
    crate::workspace::dates::parse_optional(text, today).map_err(|_| t::BAD_DATE)
}

/// A date field that must hold a date.
pub(super) fn date(text: &str, today: jiff::civil::Date) -> Result<jiff::civil::Date, t::L> {
    crate::workspace::dates::parse(text, today).map_err(|_| t::BAD_DATE)
}

impl App {
    /// Carries out an action of the Foundation pane.
    pub(super) fn foundation_update(&mut self, action: Action) {
        if let Some(delta) = self.movement(action) {
            self.move_selection(delta);
            return;
        }
        if !self.writable() {
            return;
        }
        let selected = self.selected();
        let form = match action {
            Action::AddItem => self.rule_form(None),
            Action::EditItem => match selected.and_then(|i| self.ws.foundation.rules.get(i)) {
                Some(rule) => self.rule_form(Some(rule.id)),
                None => return,
            },
            Action::DeleteItem => {
                if let Some(i) = selected
                    && let Some(edit) = self
                        .ws
                        .remove_record(&Record::Rule(Box::new(Rule::new(""))), i)
                {
                    self.commit(edit);
                    self.say(t::RULE_DELETED, &[]);
                }
                return;
            }
            _ => {
                let f = &self.ws.foundation;
                Form::new(
                    FormKind::Basics,
                    vec![
                        Field::text(t::DECISION_RULE, &f.decision_rule),
                        Field::optional_term(t::FORM, f.form, self.lang),
                        Field::text(t::FIELD_NOTE, &f.form_note),
                    ],
                )
            }
        };
        self.ui.overlay = Some(Overlay::Form(form));
    }

    fn rule_index(&self, id: Id) -> Option<usize> {
        self.ws.foundation.rules.iter().position(|r| r.id == id)
    }

    fn rule_form(&self, at: Option<Id>) -> Form {
        let blank = Rule::new("");
        let rule = at
            .and_then(|id| self.rule_index(id))
            .map_or(&blank, |i| &self.ws.foundation.rules[i]);
        let date = |d: Option<jiff::civil::Date>| d.map(|d| d.to_string()).unwrap_or_default();
        Form::new(
            FormKind::Rule(at),
            vec![
                Field::text(t::COL_RULE, &rule.text),
                Field::term(t::COL_CATEGORY, rule.category, self.lang),
                Field::toggle(t::EXPLICIT_FIELD, at.is_none() || rule.explicit),
                Field::text(
                    t::FIELD_AGREED,
                    &date(rule.agreed.or(at.is_none().then_some(self.today))),
                ),
                Field::text(t::FIELD_REVIEW, &date(rule.review_due)),
            ],
        )
    }

    /// Saves the rule form: a new rule, or this one changed.
    pub(super) fn submit_rule(&mut self, form: &Form, id: Option<Id>) -> Result<(), t::L> {
        let text = form.text(t::COL_RULE);
        if text.is_empty() {
            return Err(t::TEXT_EMPTY);
        }
        let at = id.and_then(|id| self.rule_index(id));
        if id.is_some() && at.is_none() {
            return Err(t::GONE);
        }
        let mut rule = at
            .and_then(|i| self.ws.foundation.rules.get(i))
            .cloned()
            .unwrap_or_else(|| Rule::new(""));
        rule.text = text;
        rule.category = form.term(t::COL_CATEGORY);
        rule.explicit = form.toggle(t::EXPLICIT_FIELD);
        rule.agreed = optional_date(&form.text(t::FIELD_AGREED), self.today)?;
        rule.review_due = optional_date(&form.text(t::FIELD_REVIEW), self.today)?;
        let edit = match at {
            Some(i) => self.ws.replace_record(i, Record::Rule(Box::new(rule))),
            None => Some(self.ws.push_record(Record::Rule(Box::new(rule)))),
        };
        if let Some(edit) = edit {
            self.commit(edit);
            if at.is_none() {
                let rows = self.ws.foundation.rules.len();
                let page = self.page_rows();
                self.ui
                    .foundation
                    .cursor
                    .select(rows.saturating_sub(1), rows, page);
            }
            self.say(t::RULE_SAVED, &[]);
        }

        Ok(())
    }
    /// Saves the decision rule and the form of the network.
    pub(super) fn submit_basics(&mut self, form: &Form) {
        let mut f = self.ws.foundation.clone();
        f.rules.clear();
        f.decision_rule = form.text(t::DECISION_RULE);
        f.form = form.optional_term(t::FORM);
        f.form_note = form.text(t::FIELD_NOTE);
        if let Some(edit) = self.ws.replace_record(0, Record::Foundation(Box::new(f))) {
            self.commit(edit);
        }
    }
}
