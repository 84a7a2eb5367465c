//! Line breaking by display width, shared by every screen and the text field.
//!
//! Lines break only where the Unicode line breaking algorithm (UAX #14) allows, so a full stop,
//! comma, closing bracket or quote stays with the word before it and an opening bracket with
//! the word after it. A piece that cannot be broken and is wider than a line breaks between
//! graphemes; a line break (`\n`) in the text always ends a line. Widths are terminal columns.

use std::ops::Range;

use unicode_linebreak::linebreaks;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// Byte ranges of the lines of `text` at `width` columns. Spaces stay at the end of the line
/// they follow and a line break belongs to the line it ends, so the ranges cover the whole
/// text in order (a cursor anywhere has a line) and every line starts on a grapheme boundary.
/// Never empty.
///
/// Only `\n` is a hard break: after the other characters UAX #14 must break after (U+2028,
/// form feed…) a line may break but need not, so every line end the text field sees is `\n`.
pub(crate) fn line_ranges(text: &str, width: usize) -> Vec<Range<usize>> {
    let width = width.max(1);
    // Most lines of a screen (a lesson title, a button) fit as they are.
    if !text.contains('\n') && text.width() <= width {
        return std::iter::once(0..text.len()).collect();
    }
    let graphemes: Vec<usize> = text.grapheme_indices(true).map(|(i, _)| i).collect();
    let mut lines = Vec::new();
    let mut start = 0;
    let mut used = 0;
    let mut from = 0;
    for (to, _) in linebreaks(text) {
        // Only between graphemes: UAX #14 keeps a letter with its marks, but not every cluster.
        if to < text.len() && graphemes.binary_search(&to).is_err() {
            continue;
        }
        let piece = &text[from..to];
        let (piece, hard) = match piece.strip_suffix('\n') {
            Some(line) => (line, true),
            None => (piece, false),
        };
        let word = piece.trim_end();
        if used > 0 && !word.is_empty() && used + word.width() > width {
            lines.push(start..from);
            start = from;
            used = 0;
        }
        if word.width() > width {
            for (i, g) in word.grapheme_indices(true) {
                if used > 0 && used + g.width() > width {
                    lines.push(start..from + i);
                    start = from + i;
                    used = 0;
                }
                used += g.width();
            }
            used += piece[word.len()..].width();
        } else {
            used += piece.width();
        }
        if hard {
            lines.push(start..to);
            start = to;
            used = 0;
        }
        from = to;
    }
    lines.push(start..text.len());
    lines
}

/// The lines of `text` at `width` columns, without the spaces around them.
pub(crate) fn lines(text: &str, width: usize) -> Vec<String> {
    line_ranges(text, width)
        .into_iter()
        .map(|r| text[r].trim().to_string())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The lines as they are shown: each range without its trailing spaces and line break.
    fn shown(text: &str, width: usize) -> Vec<&str> {
        line_ranges(text, width)
            .into_iter()
            .map(|r| text[r].trim_end())
            .collect()
    }

    /// Never first on a line (unless a line break comes before).
    const CLOSERS: &[char] = &['.', ',', ')', ']', '}', '!', '?', ':', ';'];
    /// Never last on a line.
    const OPENERS: &[char] = &['(', '[', '{'];
    /// Never split from the letters they touch; a space before or after one allows a break
    /// there (UAX #14 cannot tell an opening `"` from a closing one).
    const QUOTES: &[char] = &['"', '\'', '“', '”', '‘', '’', '«', '»'];

    #[test]
    fn a_full_stop_comma_closing_bracket_or_quote_never_starts_a_line() {
        // By UAX #29 word boundaries these lines started with "." and ")" and ",".
        assert_eq!(shown("Mật ong rừng.", 12), ["Mật ong", "rừng."]);
        assert_eq!(
            shown("Giá (mỗi lít) 200.000đ", 12),
            ["Giá (mỗi", "lít)", "200.000đ"]
        );
        assert_eq!(shown("Chè, mật, gạo", 4), ["Chè,", "mật,", "gạo"]);
        assert_eq!(shown("Hỏi chị Mai!", 11), ["Hỏi chị", "Mai!"]);
        assert_eq!(
            shown("Chị nói \"ngon\" rồi", 12),
            ["Chị nói", "\"ngon\" rồi"]
        );
        assert_eq!(shown("Chị nói “ngon”, rồi", 13), ["Chị nói", "“ngon”, rồi"]);
        let text = "Bán mật ong (rừng Sì Hồ), chè Shan tuyết [loại 1]; giá: 200.000đ! \
                    Hỏi “chị Mai” hoặc «anh Páo»? Được.";
        for width in 15..=60 {
            for line in shown(text, width) {
                let first = line.chars().next();
                assert!(
                    !first.is_some_and(|c| CLOSERS.contains(&c) || "”»".contains(c)),
                    "{width}: {line:?}"
                );
            }
        }
    }

    #[test]
    fn an_opening_bracket_never_ends_a_line() {
        assert_eq!(shown("Giá (mỗi lít)", 5), ["Giá", "(mỗi", "lít)"]);
        assert_eq!(shown("Chè “Shan tuyết”", 6), ["Chè", "“Shan", "tuyết”"]);
        let text = "Bán mật ong (rừng Sì Hồ), chè [loại 1] và «gạo nếp» “Tú Lệ” nhé";
        for width in 9..=60 {
            for line in shown(text, width) {
                let last = line.chars().next_back();
                assert!(
                    !last.is_some_and(|c| OPENERS.contains(&c) || "“«".contains(c)),
                    "{width}: {line:?}"
                );
            }
        }
    }

    #[test]
    fn lines_break_at_spaces_and_keep_them_at_the_end() {
        let text = "Chè Shan tuyết hái ở Sìn Hồ";
        let ranges: Vec<&str> = line_ranges(text, 10)
            .into_iter()
            .map(|r| &text[r])
            .collect();
        assert_eq!(ranges, ["Chè Shan ", "tuyết hái ", "ở Sìn Hồ"]);
        assert_eq!(lines(text, 80), [text]);
    }

    #[test]
    fn a_line_break_always_ends_a_line() {
        let text = "mật ong\nchè\n\ngạo\n";
        let ranges: Vec<&str> = line_ranges(text, 40)
            .into_iter()
            .map(|r| &text[r])
            .collect();
        assert_eq!(ranges, ["mật ong\n", "chè\n", "\n", "gạo\n", ""]);
        assert_eq!(lines("a \nb", 1), ["a", "b"]);
        assert_eq!(line_ranges("", 10), vec![Range { start: 0, end: 0 }]);
    }

    #[test]
    fn words_longer_than_a_line_break_between_graphemes() {
        assert_eq!(lines("abcdefghij", 4), ["abcd", "efgh", "ij"]);
        assert_eq!(lines("nghiêngnghiêng", 5), ["nghiê", "ngngh", "iêng"]);
        // A decomposed letter is one grapheme and stays whole.
        assert_eq!(lines("ve\u{323}\u{302}t", 2), ["ve\u{323}\u{302}", "t"]);
        assert_eq!(lines("xin https://shop.example/mat-ong", 10)[0], "xin");
    }

    #[test]
    fn tay_and_tai_viet_text_wraps_at_spaces() {
        // ꪸ is a vowel sign (no width of its own).
        assert_eq!(
            lines("Slíp ma\u{331}c ꪼꪕ ꪹꪕꪸ", 6),
            ["Slíp", "ma\u{331}c ꪼꪕ", "ꪹꪕꪸ"]
        );
        assert_eq!(
            lines("Slíp ma\u{331}c ꪼꪕ ꪹꪕꪸ.", 5),
            ["Slíp", "ma\u{331}c", "ꪼꪕ", "ꪹꪕꪸ."]
        );
        assert_eq!(lines("Pjom slí ngòi.", 8), ["Pjom slí", "ngòi."]);
    }

    fn token() -> impl Strategy<Value = String> {
        prop_oneof![
            4 => proptest::sample::select(vec![
                "mật", "ong", "rừng", "Sì", "Hồ", "chè", "Shan", "tuyết", "ma\u{331}c", "ꪼꪕ",
                "ꪹꪕꪸ", "200.000đ", "a", "nghiêng", "ve\u{323}\u{302}t", "蜂蜜", "🌾", "👩‍🌾",
            ])
            .prop_map(str::to_owned),
            3 => proptest::sample::select(vec![" ", " ", "  ", "\n"]).prop_map(str::to_owned),
            2 => proptest::sample::select(
                CLOSERS.iter().chain(OPENERS).chain(QUOTES).copied().collect::<Vec<_>>(),
            )
            .prop_map(String::from),
            1 => any::<char>().prop_map(String::from),
        ]
    }

    /// The widest piece the lines may break around (trailing spaces left out).
    fn widest_piece(text: &str) -> usize {
        let graphemes: Vec<usize> = text.grapheme_indices(true).map(|(i, _)| i).collect();
        let mut from = 0;
        let mut widest = 0;
        for (to, _) in linebreaks(text) {
            if to == text.len() || graphemes.binary_search(&to).is_ok() {
                widest = widest.max(text[from..to].trim_end().width());
                from = to;
            }
        }
        widest
    }

    /// Characters after which UAX #14 breaks whatever follows (or that only allow a break here).
    fn breaks_anything(c: char) -> bool {
        use unicode_linebreak::{BreakClass, break_property};
        matches!(
            break_property(u32::from(c)),
            BreakClass::Mandatory
                | BreakClass::CarriageReturn
                | BreakClass::LineFeed
                | BreakClass::NextLine
                | BreakClass::ZeroWidthSpace
        ) && c != '\n'
    }

    proptest! {
        #[test]
        fn lines_cover_the_text_and_never_exceed_the_width(
            tokens in proptest::collection::vec(token(), 0..40),
            width in 1usize..30,
        ) {
            let text: String = tokens.concat();
            let ranges = line_ranges(&text, width);
            prop_assert!(!ranges.is_empty());
            let mut at = 0;
            for r in &ranges {
                prop_assert_eq!(r.start, at);
                prop_assert!(r.start <= r.end && text.is_char_boundary(r.end));
                at = r.end;
                let body = text[r.clone()].trim_end();
                // Zero-width characters (U+200B) take no room: only what shows is counted.
                let one_grapheme = body.graphemes(true).filter(|g| g.width() > 0).count() <= 1;
                prop_assert!(
                    body.width() <= width || one_grapheme,
                    "{:?} at {}: {:?}", text, width, body
                );
                prop_assert!(!body.contains('\n'));
            }
            prop_assert_eq!(at, text.len());
        }

        #[test]
        fn punctuation_sticks_to_its_word(
            tokens in proptest::collection::vec(token(), 0..40),
            width in 1usize..40,
        ) {
            let text: String = tokens.concat();
            prop_assume!(!text.chars().any(breaks_anything));
            prop_assume!(width >= widest_piece(&text));
            let ranges = line_ranges(&text, width);
            for (n, pair) in ranges.windows(2).enumerate() {
                let (line, next) = (&text[pair[0].clone()], &text[pair[1].clone()]);
                if line.ends_with('\n') {
                    continue;
                }
                let (last, first) = (line.trim_end().chars().next_back(), next.chars().next());
                let spaced = line.ends_with(char::is_whitespace);
                // A tab or an en space (class BA) after an opener allows a break after it.
                let breaking_space = line[line.trim_end().len()..].chars().any(|c| {
                    use unicode_linebreak::{BreakClass, break_property};
                    break_property(u32::from(c)) == BreakClass::After
                });
                prop_assert!(
                    !first.is_some_and(|c| CLOSERS.contains(&c) || (!spaced && QUOTES.contains(&c))),
                    "{:?} at {}: line {} {:?}", text, width, n + 1, next
                );
                prop_assert!(
                    !last.is_some_and(|c| (OPENERS.contains(&c) && !breaking_space)
                        || (!spaced && QUOTES.contains(&c))),
                    "{:?} at {}: line {} {:?}", text, width, n, line
                );
            }
        }
    }
}
