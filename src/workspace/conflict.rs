//! A field two leaders changed differently, as a three-way merge left it (see
//! [`crate::merge`]): the field itself holds one side's value so the file stays a valid
//! workspace, and this record keeps all three until someone chooses.

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

    /// The field, as the file names it (`position`, `interests.individual`); empty for a whole
    /// record.
    pub fn field(&self) -> String {
        self.path.get(2..).map(|p| p.join(".")).unwrap_or_default()
    }
}
