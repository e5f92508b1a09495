//! The actors register as a view: which actors show, in which order, and which letters of their
//! names matched the search. Recomputed in `update` when the workspace, the query or the sort
//! changes, never while drawing.

use std::collections::HashMap;

use jiff::Timestamp;
use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32Str};

use crate::workspace::Vocabulary;
use crate::workspace::{ActorKind, Id, Position, Role, Workspace};

/// The column the register is sorted by; `s` cycles through them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortKey {
    /// By name.
    #[default]
    Name,
    /// By kind (person, organisation, team).
    Kind,
    /// By what they represent.
    Represents,
    /// Kern first, then ring, vrije ruimte, none.
    Position,
    /// By their current roles.
    Roles,
    /// Most recent contact first.
    LastContact,
    /// Most relations first.
    Degree,
    /// Most often between others first (the brokers).
    Betweenness,
}

impl SortKey {
    /// The next column.
    #[must_use]
    pub const fn next(self) -> Self {
        match self {
            Self::Name => Self::Kind,
            Self::Kind => Self::Represents,
            Self::Represents => Self::Position,
            Self::Position => Self::Roles,
            Self::Roles => Self::LastContact,
            Self::LastContact => Self::Degree,
            Self::Degree => Self::Betweenness,
            Self::Betweenness => Self::Name,
        }
    }
}

/// A search: free words matched fuzzily against names, plus filters such as `pos:kern`,
/// `rol:netwerkleider`, `tag:zorg`, `soort:organisatie` and `gewenst`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    /// The words to match fuzzily.
    pub text: String,
    /// Only this position.
    pub position: Option<Position>,
    /// Only actors holding this role now.
    pub role: Option<Role>,
    /// Only actors with this tag (case-insensitive).
    pub tag: Option<String>,
    /// Only this kind.
    pub kind: Option<ActorKind>,
    /// Only prospective actors.
    pub prospective: bool,
}

impl Query {
    /// Reads a typed search. Unknown filter values are kept as words, so nothing typed is lost.
    pub fn parse(input: &str) -> Self {
        let mut q = Self::default();
        let mut words = Vec::new();
        for word in input.split_whitespace() {
            let (key, value) = word.split_once(':').unwrap_or((word, ""));
            let key = key.to_lowercase();
            let known = match key.as_str() {
                "pos" | "positie" | "position" => {
                    Position::parse(value).map(|p| q.position = Some(p))
                }
                "rol" | "role" => Role::parse(value).map(|r| q.role = Some(r)),
                "soort" | "kind" => ActorKind::parse(value).map(|k| q.kind = Some(k)),
                "tag" if !value.is_empty() => {
                    q.tag = Some(value.to_lowercase());
                    Some(())
                }
                "gewenst" | "prospective" if value.is_empty() => {
                    q.prospective = true;
                    Some(())
                }
                _ => None,
            };
            if known.is_none() {
                words.push(word);
            }
        }
        q.text = words.join(" ");
        q
    }

    /// Whether anything narrows the list.
    pub fn is_active(&self) -> bool {
        *self != Self::default()
    }
}

/// The rows of the register: actor indices in display order, with the matched letters of each
/// name (empty when nothing was searched).
#[derive(Debug, Default)]
pub struct Rows {
    /// Indices into `ws.actors`.
    pub rows: Vec<usize>,
    /// Matched character positions in the name, per row.
    pub hits: Vec<Vec<u32>>,
}

/// When each actor was last seen in the log (named in an entry, or present at a check-in).
pub fn last_contacts(ws: &Workspace) -> HashMap<Id, Timestamp> {
    let mut last: HashMap<Id, Timestamp> = HashMap::new();
    for e in &ws.log {
        for id in e.actors.iter().chain(&e.present) {
            let t = last.entry(*id).or_insert(e.at);
            *t = (*t).max(e.at);
        }
    }
    last
}

fn position_rank(p: Option<Position>) -> u8 {
    p.map_or(3, |p| p as u8)
}

/// Filters, matches and sorts the actors. `keys` holds every actor's lowercase name; `order`
/// Every actor whose name matches `text` as the search matches it, with its score, best first.
pub fn fuzzy(ws: &Workspace, text: &str) -> Vec<(usize, u32)> {
    let pattern = Pattern::parse(text, CaseMatching::Ignore, Normalization::Smart);
    let mut matcher = Matcher::new(Config::DEFAULT);
    let mut buf = Vec::new();
    let mut found: Vec<(usize, u32)> = ws
        .actors
        .iter()
        .enumerate()
        .filter_map(|(i, a)| {
            pattern
                .score(Utf32Str::new(&a.name, &mut buf), &mut matcher)
                .map(|s| (i, s))
        })
        .collect();
    found.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    found
}

/// lists every actor index once, the previous display order where there is one, so that the
/// stable sort of an almost unchanged list costs about one pass.
pub fn rows(
    ws: &Workspace,
    query: &Query,
    sort: SortKey,
    last: &HashMap<Id, Timestamp>,
    measures: &HashMap<Id, (usize, f64)>,
    keys: &[String],
    order: &[usize],
) -> Rows {
    let pattern = (!query.text.is_empty())
        .then(|| Pattern::parse(&query.text, CaseMatching::Ignore, Normalization::Smart));
    // The matcher allocates its scoring matrix up front; only a text search needs it.
    let mut matcher = pattern.as_ref().map(|_| Matcher::new(Config::DEFAULT));
    let mut buf = Vec::new();
    let mut found: Vec<(usize, u32, Vec<u32>)> = Vec::new();
    for &i in order {
        let Some(a) = ws.actors.get(i) else { continue };
        if query.position.is_some_and(|p| a.position != Some(p))
            || query.role.is_some_and(|r| !a.has_role(r))
            || query.kind.is_some_and(|k| a.kind != k)
            || (query.prospective && !a.prospective)
            || query
                .tag
                .as_ref()
                .is_some_and(|t| !a.tags.iter().any(|x| x.to_lowercase() == *t))
        {
            continue;
        }
        let (Some(pattern), Some(matcher)) = (&pattern, &mut matcher) else {
            found.push((i, 0, Vec::new()));
            continue;
        };
        let mut hits = Vec::new();
        if let Some(score) = pattern.indices(Utf32Str::new(&a.name, &mut buf), matcher, &mut hits) {
            hits.sort_unstable();
            hits.dedup();
            found.push((i, score, hits));
        } else if let Some(score) = pattern.score(Utf32Str::new(&a.represents, &mut buf), matcher) {
            // A match on the organisation counts, a little less than one on the name.
            found.push((i, score / 2, Vec::new()));
        }
    }
    let name = |i: usize| keys.get(i).map_or("", String::as_str);
    if pattern.is_some() {
        found.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| name(a.0).cmp(name(b.0))));
    } else {
        let by_name = |a: &usize, b: &usize| name(*a).cmp(name(*b));
        let measure = |id: Id| measures.get(&id).copied().unwrap_or((0, 0.0));
        found.sort_by(|x, y| {
            let (a, b) = (&ws.actors[x.0], &ws.actors[y.0]);
            let primary = match sort {
                SortKey::Name => std::cmp::Ordering::Equal,
                SortKey::Kind => (a.kind as u8).cmp(&(b.kind as u8)),
                SortKey::Represents => a
                    .represents
                    .to_lowercase()
                    .cmp(&b.represents.to_lowercase()),
                SortKey::Position => position_rank(a.position).cmp(&position_rank(b.position)),
                SortKey::Roles => b
                    .current_roles()
                    .map(|p| p.role)
                    .min()
                    .cmp(&a.current_roles().map(|p| p.role).min()),
                SortKey::LastContact => last.get(&b.id).cmp(&last.get(&a.id)),
                SortKey::Degree => measure(b.id).0.cmp(&measure(a.id).0),
                SortKey::Betweenness => measure(b.id).1.total_cmp(&measure(a.id).1),
            };
            primary.then_with(|| by_name(&x.0, &y.0))
        });
    }
    let (rows, hits) = found.into_iter().map(|(i, _, h)| (i, h)).unzip();
    Rows { rows, hits }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workspace::Actor;

    fn ws() -> Workspace {
        let mut ws = Workspace::new("N");
        for (name, pos, tag) in [
            ("Gemeente Utrecht", Some(Position::Kern), "gemeente"),
            ("GGD regio", Some(Position::Kern), "zorg"),
            ("Bewonersgroep", Some(Position::VrijeRuimte), "bewoners"),
            ("Apotheek", None, "zorg"),
        ] {
            let mut a = Actor::new(name);
            a.position = pos;
            a.tags = vec![tag.to_owned()];
            ws.actors.push(a);
        }
        ws.actors[3].prospective = true;
        ws
    }

    fn names(ws: &Workspace, q: &str, sort: SortKey) -> Vec<String> {
        let keys: Vec<String> = ws.actors.iter().map(|a| a.name.to_lowercase()).collect();
        let order: Vec<usize> = (0..ws.actors.len()).collect();
        let r = rows(
            ws,
            &Query::parse(q),
            sort,
            &last_contacts(ws),
            &HashMap::new(),
            &keys,
            &order,
        );
        r.rows.iter().map(|i| ws.actors[*i].name.clone()).collect()
    }

    #[test]
    fn filters_and_fuzzy_search() {
        let ws = ws();
        assert_eq!(
            names(&ws, "", SortKey::Name),
            ["Apotheek", "Bewonersgroep", "Gemeente Utrecht", "GGD regio"]
        );
        assert_eq!(
            names(&ws, "pos:kern", SortKey::Name),
            ["Gemeente Utrecht", "GGD regio"]
        );
        assert_eq!(
            names(&ws, "tag:ZORG", SortKey::Name),
            ["Apotheek", "GGD regio"]
        );
        assert_eq!(names(&ws, "gewenst", SortKey::Name), ["Apotheek"]);
        assert_eq!(names(&ws, "pos:core ggd", SortKey::Name), ["GGD regio"]);
        assert_eq!(names(&ws, "gmutr", SortKey::Name), ["Gemeente Utrecht"]);
        assert_eq!(
            names(&ws, "pos:midden", SortKey::Name),
            Vec::<String>::new(),
            "unknown values stay words"
        );
        let keys: Vec<String> = ws.actors.iter().map(|a| a.name.to_lowercase()).collect();
        let r = rows(
            &ws,
            &Query::parse("ggd"),
            SortKey::Name,
            &HashMap::new(),
            &HashMap::new(),
            &keys,
            &[0, 1, 2, 3],
        );
        assert_eq!(r.hits[0], [0, 1, 2]);
    }

    #[test]
    fn sorting_by_position_puts_the_core_first() {
        let ws = ws();
        assert_eq!(
            names(&ws, "", SortKey::Position),
            ["Gemeente Utrecht", "GGD regio", "Bewonersgroep", "Apotheek"]
        );
        assert_eq!(SortKey::LastContact.next(), SortKey::Degree);
        assert_eq!(SortKey::Betweenness.next(), SortKey::Name);
    }

    #[test]
    fn sorting_by_a_measure_puts_the_most_connected_first() {
        let ws = ws();
        let keys: Vec<String> = ws.actors.iter().map(|a| a.name.to_lowercase()).collect();
        let measures: HashMap<Id, (usize, f64)> = ws
            .actors
            .iter()
            .enumerate()
            .map(|(i, a)| (a.id, (i, 1.0 / (i as f64 + 1.0))))
            .collect();
        let sorted = |sort| {
            let r = rows(
                &ws,
                &Query::parse(""),
                sort,
                &HashMap::new(),
                &measures,
                &keys,
                &[0, 1, 2, 3],
            );
            r.rows
        };
        assert_eq!(sorted(SortKey::Degree), [3, 2, 1, 0]);
        assert_eq!(sorted(SortKey::Betweenness), [0, 1, 2, 3]);
    }
}
