//! A field two leaders changed differently, as a three-way merge left it (see
//! [`crate::merge`]): the field itself holds one side's value so the file stays a valid
//! workspace, and this record keeps all three until someone chooses.

use crate::i18n::{self as t, Lang};
use crate::workspace::text::clean;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// An open conflict.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Conflict {
    /// Where: the list, the record's id, the field (and the field within it), e.g.
    /// `["actors", "<id>", "position"]`; a record deleted on one side and changed on the other
    /// ends at its id.
    pub path: Vec<String>,
    /// The value both started from (absent: it was not there).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base: Option<Value>,
    /// This side's value, the one the field holds now (absent: deleted here).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ours: Option<Value>,
    /// The other side's value (absent: deleted there).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theirs: Option<Value>,
}

impl Conflict {
    /// The record's id, if the conflict is in a record.
    pub fn record(&self) -> Option<&str> {
        self.path.get(1).map(String::as_str)
    }

    /// Where it is, in words: the list, the record by its name (or title, or first line), and
    /// the field (or "the whole record").
    pub fn describe(&self, ws: &super::Workspace, lang: Lang) -> (String, String, String) {
        let list = self.path.first().cloned().unwrap_or_default();
        let id = self.record().and_then(|s| s.parse::<super::Id>().ok());
        let first_line = |s: &str| s.lines().next().unwrap_or_default().to_owned();
        let record = id
            .and_then(|id| match list.as_str() {
                "actors" => ws.actor(id).map(|a| a.name.clone()),
                "relations" => ws
                    .relations
                    .iter()
                    .find(|r| r.id == id)
                    .map(|r| format!("{} → {}", ws.actor_name(r.from), ws.actor_name(r.to))),
                "topics" => ws
                    .topics
                    .iter()
                    .find(|x| x.id == id)
                    .map(|x| x.title.clone()),
                "ambitions" => ws.ambition(id).map(|x| x.title.clone()),
                "log" => ws
                    .log
                    .iter()
                    .find(|e| e.id == id)
                    .map(|e| first_line(&e.text)),
                _ => None,
            })
            .or_else(|| self.record().map(str::to_owned))
            .unwrap_or_default();
        let field = self.field();
        let field = if field.is_empty() {
            lang.pick(t::CONFLICT_RECORD).to_owned()
        } else {
            field
        };
        let list_word = match list.as_str() {
            "actors" => lang.pick(t::CONFLICT_IN_ACTOR).to_owned(),
            "relations" => lang.pick(t::CONFLICT_IN_RELATION).to_owned(),
            "topics" => lang.pick(t::CONFLICT_IN_TOPIC).to_owned(),
            "ambitions" => lang.pick(t::CONFLICT_IN_AMBITION).to_owned(),
            "log" => lang.pick(t::CONFLICT_IN_LOG).to_owned(),
            _ => list,
        };
        (list_word, clean(&record).into_owned(), field)
    }

    /// The field, as the file names it (`position`, `interests.individual`); empty for a whole
    /// record.
    pub fn field(&self) -> String {
        self.path.get(2..).map(|p| p.join(".")).unwrap_or_default()
    }
}

/// A side's value in words: text quoted, a record or list as compact JSON, absence as deleted.
pub fn value_text(v: Option<&Value>, lang: Lang) -> String {
    match v {
        None => lang.pick(t::CONFLICT_GONE).to_owned(),
        Some(Value::String(s)) => format!("{:?}", clean(s)),
        Some(other) => clean(&other.to_string()).into_owned(),
    }
}
