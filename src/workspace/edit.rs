//! Every change to a workspace as data: an [`Edit`] is a list of primitive [`Change`]s that can
//! be applied, inverted and applied again. Undo and redo need nothing else, and cost only the
//! records an edit touched, never a copy of the whole workspace.

use super::{
    Actor, Ambition, Foundation, IdentitySession, IdentityWord, LogEntry, Network, Questionnaire,
    Relation, Rule, Topic, Workspace,
};

/// A record that lives in one of the workspace's lists, or one of its single parts.
#[derive(Debug, Clone, PartialEq)]
pub enum Record {
    /// In `actors`.
    Actor(Box<Actor>),
    /// In `relations`.
    Relation(Box<Relation>),
    /// In `identity.words`.
    Word(Box<IdentityWord>),
    /// In `identity.sessions`.
    Session(Box<IdentitySession>),
    /// In `topics`.
    Topic(Box<Topic>),
    /// In `ambitions`.
    Ambition(Box<Ambition>),
    /// In `foundation.rules`.
    Rule(Box<Rule>),
    /// In `log`.
    Log(Box<LogEntry>),
    /// In `snapshots`.
    Snapshot(Box<super::snapshot::Snapshot>),
    /// The `network` part (index unused).
    Network(Box<Network>),
    /// The `foundation` part without its rules (index unused).
    Foundation(Box<Foundation>),
    /// The `questionnaire` part (index unused).
    Questionnaire(Box<Questionnaire>),
    /// The open `conflicts` (index unused).
    Conflicts(Box<Vec<super::conflict::Conflict>>),
}

/// One primitive change.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    /// Insert `record` at index `at` of its list.
    Insert { at: usize, record: Record },
    /// Remove `record`, found at index `at` of its list.
    Remove { at: usize, record: Record },
    /// Replace `before` at `at` by `after`.
    Replace {
        at: usize,
        before: Record,
        after: Record,
    },
}

impl Change {
    /// The change that undoes this one.
    #[must_use]
    pub fn inverse(&self) -> Self {
        match self {
            Self::Insert { at, record } => Self::Remove {
                at: *at,
                record: record.clone(),
            },
            Self::Remove { at, record } => Self::Insert {
                at: *at,
                record: record.clone(),
            },
            Self::Replace { at, before, after } => Self::Replace {
                at: *at,
                before: after.clone(),
                after: before.clone(),
            },
        }
    }
}

/// A committed, undoable change to the workspace.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Edit {
    /// The primitive changes, in the order they were applied.
    pub changes: Vec<Change>,
}

fn insert<T>(list: &mut Vec<T>, at: usize, item: T) {
    let at = at.min(list.len());
    list.insert(at, item);
}

fn remove<T>(list: &mut Vec<T>, at: usize) {
    if at < list.len() {
        list.remove(at);
    }
}

fn replace<T>(list: &mut [T], at: usize, item: T) {
    if let Some(slot) = list.get_mut(at) {
        *slot = item;
    }
}

/// Applies one change. Indices were recorded when the change was made, so applying changes in
/// order (and inverses in reverse order) always finds the same records.
pub fn apply(ws: &mut Workspace, change: &Change) {
    match change {
        Change::Insert { at, record } => put(ws, *at, record, false),
        Change::Replace { at, after, .. } => put(ws, *at, after, true),
        Change::Remove { at, record } => match record {
            Record::Actor(_) => remove(&mut ws.actors, *at),
            Record::Relation(_) => remove(&mut ws.relations, *at),
            Record::Word(_) => remove(&mut ws.identity.words, *at),
            Record::Session(_) => remove(&mut ws.identity.sessions, *at),
            Record::Topic(_) => remove(&mut ws.topics, *at),
            Record::Ambition(_) => remove(&mut ws.ambitions, *at),
            Record::Rule(_) => remove(&mut ws.foundation.rules, *at),
            Record::Log(_) => remove(&mut ws.log, *at),
            Record::Snapshot(_) => remove(&mut ws.snapshots, *at),
            Record::Network(_)
            | Record::Foundation(_)
            | Record::Questionnaire(_)
            | Record::Conflicts(_) => {}
        },
    }
}

fn put(ws: &mut Workspace, at: usize, record: &Record, overwrite: bool) {
    macro_rules! put_in {
        ($list:expr, $item:expr) => {
            if overwrite {
                replace(&mut $list, at, (**$item).clone())
            } else {
                insert(&mut $list, at, (**$item).clone())
            }
        };
    }
    match record {
        Record::Actor(a) => put_in!(ws.actors, a),
        Record::Relation(r) => put_in!(ws.relations, r),
        Record::Word(w) => put_in!(ws.identity.words, w),
        Record::Session(s) => put_in!(ws.identity.sessions, s),
        Record::Topic(t) => put_in!(ws.topics, t),
        Record::Ambition(a) => put_in!(ws.ambitions, a),
        Record::Rule(r) => put_in!(ws.foundation.rules, r),
        Record::Log(l) => put_in!(ws.log, l),
        Record::Snapshot(s) => put_in!(ws.snapshots, s),
        Record::Network(n) => ws.network = (**n).clone(),
        Record::Foundation(f) => {
            let rules = std::mem::take(&mut ws.foundation.rules);
            ws.foundation = (**f).clone();
            ws.foundation.rules = rules;
        }
        Record::Questionnaire(q) => ws.questionnaire = (**q).clone(),
        Record::Conflicts(c) => ws.conflicts.clone_from(&**c),
    }
}

impl Workspace {
    /// How many records the list of `like` holds.
    fn list_len(&self, like: &Record) -> usize {
        match like {
            Record::Actor(_) => self.actors.len(),
            Record::Relation(_) => self.relations.len(),
            Record::Word(_) => self.identity.words.len(),
            Record::Session(_) => self.identity.sessions.len(),
            Record::Topic(_) => self.topics.len(),
            Record::Ambition(_) => self.ambitions.len(),
            Record::Rule(_) => self.foundation.rules.len(),
            Record::Log(_) => self.log.len(),
            Record::Snapshot(_) => self.snapshots.len(),
            Record::Network(_)
            | Record::Foundation(_)
            | Record::Questionnaire(_)
            | Record::Conflicts(_) => 1,
        }
    }

    /// The record at `at` in the list of `like`.
    fn record_at(&self, like: &Record, at: usize) -> Option<Record> {
        Some(match like {
            Record::Actor(_) => Record::Actor(Box::new(self.actors.get(at)?.clone())),
            Record::Relation(_) => Record::Relation(Box::new(self.relations.get(at)?.clone())),
            Record::Word(_) => Record::Word(Box::new(self.identity.words.get(at)?.clone())),
            Record::Session(_) => {
                Record::Session(Box::new(self.identity.sessions.get(at)?.clone()))
            }
            Record::Topic(_) => Record::Topic(Box::new(self.topics.get(at)?.clone())),
            Record::Ambition(_) => Record::Ambition(Box::new(self.ambitions.get(at)?.clone())),
            Record::Rule(_) => Record::Rule(Box::new(self.foundation.rules.get(at)?.clone())),
            Record::Log(_) => Record::Log(Box::new(self.log.get(at)?.clone())),
            Record::Snapshot(_) => Record::Snapshot(Box::new(self.snapshots.get(at)?.clone())),
            Record::Network(_) => Record::Network(Box::new(self.network.clone())),
            Record::Foundation(_) => {
                let mut f = self.foundation.clone();
                f.rules.clear();
                Record::Foundation(Box::new(f))
            }
            Record::Questionnaire(_) => Record::Questionnaire(Box::new(self.questionnaire.clone())),
            Record::Conflicts(_) => Record::Conflicts(Box::new(self.conflicts.clone())),
        })
    }

    /// Appends a record to its list.
    pub fn push_record(&mut self, record: Record) -> Edit {
        let at = self.list_len(&record);
        self.commit(vec![Change::Insert { at, record }])
    }

    /// Replaces the record at `at` (for the single parts, `at` is ignored); `None` when there is
    /// nothing there or nothing changes.
    pub fn replace_record(&mut self, at: usize, after: Record) -> Option<Edit> {
        let before = self.record_at(&after, at)?;
        (before != after).then(|| self.commit(vec![Change::Replace { at, before, after }]))
    }

    /// Removes the record at `at` from the list of `like`.
    pub fn remove_record(&mut self, like: &Record, at: usize) -> Option<Edit> {
        let record = self.record_at(like, at)?;
        Some(self.commit(vec![Change::Remove { at, record }]))
    }
}
