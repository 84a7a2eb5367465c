//! Untrusted text made harmless: NFC-normalised, with every control character replaced by a
//! visible stand-in so that nothing read from a lesson pack or typed by a learner can move the
//! cursor, change colours or retitle the terminal.
//!
//! C0 controls become their Unicode "control picture" (ESC shows as `␛`), DEL shows as `␡`,
//! C1 controls and bidirectional overrides become `�`. Newlines are kept by [`clean`] and
//! replaced by [`clean_line`]; a tab becomes a space.

use unicode_normalization::{IsNormalized, UnicodeNormalization};

/// NFC text with line breaks kept and every other control character made visible.
pub(crate) fn clean(input: &str) -> String {
    sanitize(input, true)
}

/// NFC text on one line: line breaks become spaces, control characters are made visible.
pub(crate) fn clean_line(input: &str) -> String {
    sanitize(input, false)
}

fn sanitize(input: &str, keep_newlines: bool) -> String {
    // Most text is clean already: checked in one pass, copied as it is. (Building it again
    // char by char, through NFC, was a fifth of the start with a 1,000-lesson pack.)
    let clean = input.chars().all(|c| match c {
        '\n' => keep_newlines,
        c => visible(c) == c,
    });
    if clean && unicode_normalization::is_nfc_quick(input.chars()) == IsNormalized::Yes {
        return input.to_string();
    }
    rebuilt(input, keep_newlines)
}

/// The text rebuilt char by char: NFC, and every control made visible.
fn rebuilt(input: &str, keep_newlines: bool) -> String {
    let normalised: String = input.replace("\r\n", "\n").nfc().collect();
    normalised
        .chars()
        .map(|c| match c {
            '\n' if keep_newlines => '\n',
            '\n' | '\t' => ' ',
            c => visible(c),
        })
        .collect()
}

fn visible(c: char) -> char {
    match c {
        '\u{0}'..='\u{1f}' => char::from_u32(0x2400 + c as u32).unwrap_or('\u{fffd}'),
        '\u{7f}' => '\u{2421}',
        '\u{80}'..='\u{9f}' => '\u{fffd}',
        // Bidirectional embeddings, overrides and isolates can reorder what the learner sees.
        '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => '\u{fffd}',
        c => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_become_visible_pictures() {
        assert_eq!(clean("a\u{1b}[2Jb"), "a\u{241b}[2Jb");
        assert_eq!(clean_line("x\u{7}y\u{9b}z"), "x\u{2407}y\u{fffd}z");
    }

    #[test]
    fn decomposed_vietnamese_becomes_nfc() {
        let nfd = "me\u{323}\u{302}t"; // "mệt" decomposed
        assert_eq!(clean(nfd), "mệt");
    }

    #[test]
    fn line_breaks_are_kept_or_flattened() {
        assert_eq!(clean("a\r\nb\tc"), "a\nb c");
        assert_eq!(clean_line("a\nb"), "a b");
    }

    proptest::proptest! {
        /// Text taken as it is gives what rebuilding it would have given.
        #[test]
        fn clean_text_is_copied_as_rebuilding_would_give_it(
            s in "([a-zA-Zđơư ạầếộ\n\t\r]|\u{1b}|\u{202e}|\u{323}|\u{302}|\u{9b}){0,24}"
        ) {
            proptest::prop_assert_eq!(clean(&s), rebuilt(&s, true));
            proptest::prop_assert_eq!(clean_line(&s), rebuilt(&s, false));
        }
    }

    #[test]
    fn bidi_overrides_are_replaced() {
        assert_eq!(clean("a\u{202e}b"), "a\u{fffd}b");
    }
}
