//! Text from the workspace file is shown, never interpreted: control characters and escape
//! sequences are removed before anything reaches the terminal, so a shared workspace cannot
//! drive the user's terminal (or reorder what they read with bidi overrides). It lives in the
//! domain because every edit cleans what it takes in here, and the CLI cleans what it prints.

use std::borrow::Cow;

/// Whether a character may not reach the terminal as it is.
fn unsafe_char(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{202A}'..='\u{202E}'
                | '\u{2066}'..='\u{2069}'
                | '\u{200E}'
                | '\u{200F}'
                | '\u{2028}'
                | '\u{2029}'
        )
}

/// `s` without control characters; newlines and tabs become spaces so a value stays on its line.
pub fn clean(s: &str) -> Cow<'_, str> {
    if !s.chars().any(unsafe_char) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .filter_map(|c| match c {
                // Line and paragraph separators break a line as a newline does.
                '\n' | '\t' | '\r' | '\u{2028}' | '\u{2029}' => Some(' '),
                c if unsafe_char(c) => None,
                c => Some(c),
            })
            .collect(),
    )
}

/// How many characters of one text are ever shown: more than any screen is wide.
pub const MAX_SHOWN: usize = 4096;

/// `s` cleaned for showing, cut after [`MAX_SHOWN`] characters with a mark: a 10 MB name (a
/// crafted or broken file) must not cost every frame its whole length.
pub fn shown(s: &str) -> Cow<'_, str> {
    match s.char_indices().nth(MAX_SHOWN) {
        None => clean(s),
        Some((i, _)) => Cow::Owned(format!("{}…", clean(&s[..i]))),
    }
}

/// Multi-line text (notes) without control characters; newlines stay, tabs become spaces.
pub fn clean_multiline(s: &str) -> String {
    s.split('\n')
        .map(|line| clean(line.trim_end_matches('\r')).into_owned())
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_and_controls_are_removed() {
        assert_eq!(clean("Zoë 中文 👍"), "Zoë 中文 👍");
        assert_eq!(clean("a\u{1b}]0;pwned\u{7}b"), "a]0;pwnedb");
        assert_eq!(clean("x\u{1b}[2Jy\u{9b}z"), "x[2Jyz");
        assert_eq!(clean("line\nnext\ttab"), "line next tab");
        assert_eq!(clean("\u{202E}evil"), "evil");
        assert_eq!(clean("een\u{2028}twee\u{2029}drie"), "een twee drie");
        let huge = "x".repeat(10 << 20);
        assert_eq!(shown(&huge).chars().count(), MAX_SHOWN + 1);
        assert!(shown(&huge).ends_with('…'));
        assert_eq!(shown("kort\u{1b}"), "kort");
    }
}
