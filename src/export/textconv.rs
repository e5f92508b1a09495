//! The workspace as stable, readable text for `git diff` and `git log -p` (`knoop textconv`,
//! set up by `knoop git setup`): one block per record, headed by its list and its name, one
//! line per field, ids of actors replaced by their names, text of several lines indented, so a
//! change reads as `actor Bram Peters` / `-  position: ring` / `+  position: kern`. It walks
//! the JSON as it is, so it never fails: a field it does not know is shown like any other, a
//! file that is not JSON (git's conflict markers, a torn file) is shown as it is.

use std::collections::HashMap;
use std::fmt::Write as _;

use serde_json::Value;

use crate::workspace::text::clean;

/// How a record is called in its block's head.
fn label(record: &Value) -> String {
    ["name", "title", "text", "word", "id"]
        .iter()
        .find_map(|k| record.get(*k).and_then(Value::as_str))
        .map(|s| s.lines().next().unwrap_or_default().to_owned())
        .unwrap_or_default()
}

struct Text<'a> {
    names: HashMap<&'a str, &'a str>,
    out: String,
}

impl Text<'_> {
    fn scalar(&self, v: &Value) -> String {
        match v {
            Value::String(s) => {
                let s = self.names.get(s.as_str()).copied().unwrap_or(s);
                clean(s).into_owned()
            }
            Value::Null => "-".to_owned(),
            other => other.to_string(),
        }
    }

    fn field(&mut self, indent: &str, key: &str, v: &Value) {
        match v {
            Value::String(s) if s.contains('\n') => {
                let _ = writeln!(self.out, "{indent}{key}:");
                for line in s.lines() {
                    let _ = writeln!(self.out, "{indent}  | {}", clean(line));
                }
            }
            Value::Array(items) if items.iter().all(|x| !x.is_object() && !x.is_array()) => {
                let words: Vec<String> = items.iter().map(|x| self.scalar(x)).collect();
                let _ = writeln!(self.out, "{indent}{key}: {}", words.join(", "));
            }
            Value::Array(items) => {
                for item in items {
                    let _ = writeln!(self.out, "{indent}{key} {}", clean(&label(item)));
                    self.fields(&format!("{indent}  "), item);
                }
            }
            Value::Object(_) => {
                let _ = writeln!(self.out, "{indent}{key}:");
                self.fields(&format!("{indent}  "), v);
            }
            other => {
                let _ = writeln!(self.out, "{indent}{key}: {}", self.scalar(other));
            }
        }
    }

    fn fields(&mut self, indent: &str, record: &Value) {
        if let Some(map) = record.as_object() {
            for (k, v) in map {
                if k != "id" {
                    self.field(indent, k, v);
                }
            }
        }
    }
}

/// The text for `bytes`, a workspace file in whatever state.
pub fn textconv(bytes: &[u8]) -> String {
    let Ok(root) = serde_json::from_slice::<Value>(bytes) else {
        return String::from_utf8_lossy(bytes).into_owned();
    };
    let mut names = HashMap::new();
    for a in root
        .get("actors")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        if let (Some(id), Some(name)) = (
            a.get("id").and_then(Value::as_str),
            a.get("name").and_then(Value::as_str),
        ) {
            names.insert(id, name);
        }
    }
    let mut text = Text {
        names,
        out: String::new(),
    };
    let Some(map) = root.as_object() else {
        return String::from_utf8_lossy(bytes).into_owned();
    };
    for (key, v) in map {
        match v {
            Value::Array(items) if items.iter().any(Value::is_object) => {
                for item in items {
                    let head = match (item.get("from"), item.get("to")) {
                        (Some(f), Some(t)) => {
                            format!("{} → {}", text.scalar(f), text.scalar(t))
                        }
                        _ => clean(&label(item)).into_owned(),
                    };
                    let _ = writeln!(text.out, "\n{key} {head}");
                    text.fields("  ", item);
                }
            }
            _ => text.field("", key, v),
        }
    }
    text.out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_instead_of_ids_and_never_a_failure() {
        let file = br#"{"format": "knoop-workspace", "actors": [
            {"id": "a1", "name": "Bram Peters", "position": "ring", "tags": ["zorg"]},
            {"id": "a2", "name": "Ahmed", "notes": "een\ntwee"}],
            "relations": [{"id": "r1", "from": "a1", "to": "a2", "kind": "kent"}]}"#;
        let text = textconv(file);
        assert!(
            text.contains(
                "\nactors Bram Peters\n  name: Bram Peters\n  position: ring\n  tags: zorg\n"
            ),
            "{text}"
        );
        assert!(text.contains("  notes:\n    | een\n    | twee\n"), "{text}");
        assert!(
            text.contains("\nrelations Bram Peters → Ahmed\n  from: Bram Peters\n"),
            "{text}"
        );
        assert_eq!(textconv(b"<<<<<<< ours\n{"), "<<<<<<< ours\n{");
    }
}
