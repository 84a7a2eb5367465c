//! Comparing what a learner typed with what a lesson accepts: case is always ignored,
//! diacritics when the step says so, extra spaces and punctuation never count, and one typo is
//! forgiven in answers of six letters or more. Rubric keywords match whole words; they ignore
//! diacritics only in an answer written without any, so "mat ong" finds "mật ong" but "mua"
//! never finds "mùa".

use unicode_normalization::UnicodeNormalization;
use unicode_segmentation::UnicodeSegmentation;

/// Answers at least this many characters long forgive one typo.
const TYPO_MIN_CHARS: usize = 6;

/// The comparable form of a text: lower case, NFC, words separated by single spaces,
/// punctuation removed and, when asked, diacritics removed (đ becomes d).
pub(crate) fn fold(text: &str, ignore_diacritics: bool) -> String {
    let lower: String = text.nfc().collect::<String>().to_lowercase();
    let base: String = if ignore_diacritics {
        lower
            .nfd()
            .filter(|c| !is_combining_mark(*c))
            .map(|c| if c == 'đ' { 'd' } else { c })
            .collect()
    } else {
        lower
    };
    let words: Vec<&str> = base
        .split(|c: char| !(c.is_alphanumeric() || is_combining_mark(c)))
        .filter(|w| !w.is_empty())
        .collect();
    words.join(" ").nfc().collect()
}

fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36f}' | '\u{1ab0}'..='\u{1aff}' | '\u{1dc0}'..='\u{1dff}')
}

/// True when `answer` is one of `accepted`, as described in the module doc.
pub(crate) fn matches_any<'a>(
    answer: &str,
    accepted: impl IntoIterator<Item = &'a str>,
    ignore_diacritics: bool,
) -> bool {
    let given = fold(answer, ignore_diacritics);
    if given.is_empty() {
        return false;
    }
    let given_plain = fold(answer, true);
    accepted.into_iter().any(|candidate| {
        let want = fold(candidate, ignore_diacritics);
        // When diacritics count, a missing or wrong tone is a wrong answer, not a typo.
        let typo_allowed = ignore_diacritics || fold(candidate, true) != given_plain;
        !want.is_empty()
            && (want == given
                || (typo_allowed
                    && want.chars().count() >= TYPO_MIN_CHARS
                    && within_one_edit(&want, &given)))
    })
}

/// True when any keyword appears in `answer` as whole words, case ignored. Diacritics count
/// whenever the learner wrote any ("mua" is not "mùa"); they are ignored only when the whole
/// answer has none (typed without a Vietnamese keyboard), and never when `exact`.
pub(crate) fn mentions_any<'a>(
    answer: &str,
    keywords: impl IntoIterator<Item = &'a str>,
    exact: bool,
) -> bool {
    let ignore = !exact && !has_diacritics(answer);
    let padded = format!(" {} ", fold(answer, ignore));
    keywords.into_iter().any(|k| {
        let k = fold(k, ignore);
        !k.is_empty() && padded.contains(&format!(" {k} "))
    })
}

/// True when `text` has any letter with a diacritic (a tone, a hat, a horn, đ).
pub(crate) fn has_diacritics(text: &str) -> bool {
    text.nfd()
        .any(|c| is_combining_mark(c) || c == 'đ' || c == 'Đ')
}

/// Number of words, as a reader would count them.
pub(crate) fn word_count(text: &str) -> usize {
    text.unicode_words().count()
}

/// Number of user-perceived characters (a decomposed "ệ" counts once).
pub(crate) fn char_count(text: &str) -> usize {
    text.graphemes(true).count()
}

/// True when `a` and `b` differ by at most one insertion, deletion or substitution.
fn within_one_edit(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    if long.len() - short.len() > 1 {
        return false;
    }
    let prefix = short
        .iter()
        .zip(long.iter())
        .take_while(|(x, y)| x == y)
        .count();
    if short.len() == long.len() {
        short[prefix + 1.min(short.len() - prefix)..] == long[prefix + 1.min(long.len() - prefix)..]
    } else {
        short[prefix..] == long[prefix + 1..]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_spaces_and_punctuation_never_count() {
        assert!(matches_any("  Mật   ONG! ", ["mật ong"], false));
    }

    #[test]
    fn diacritics_count_unless_the_step_ignores_them() {
        assert!(!matches_any("mat ong", ["mật ong"], false));
        assert!(matches_any("mat ong", ["mật ong"], true));
        assert!(matches_any("duong", ["đường"], true));
    }

    #[test]
    fn one_typo_is_forgiven_in_longer_answers_only() {
        assert!(matches_any("thao qua", ["thảo quả"], true));
        assert!(matches_any("thao quaa", ["thảo quả"], true));
        assert!(!matches_any("tro", ["trà"], true));
        assert!(!matches_any("thaox quaax", ["thảo quả"], true));
    }

    #[test]
    fn decomposed_input_matches_composed_answers() {
        assert!(matches_any("me\u{323}\u{302}t", ["mệt"], false));
    }

    #[test]
    fn empty_answers_never_match() {
        assert!(!matches_any("   ", ["", "  "], true));
    }

    #[test]
    fn keywords_match_whole_words_and_an_answer_without_diacritics_finds_accented_keywords() {
        assert!(mentions_any("Che hai o Sin Ho", ["sìn hồ"], false));
        assert!(mentions_any("Chè hái ở Sìn Hồ", ["Sìn Hồ"], false));
        assert!(!mentions_any("Chè hái ở Sìn Hồ", ["hồ sìn"], false));
        assert!(!mentions_any("chèo", ["chè"], false));
    }

    #[test]
    fn an_answer_with_diacritics_keeps_them_when_matching_keywords() {
        // "mua" (buy) is not "mùa" (season), "xa" (far) is not "xã" (commune).
        assert!(!mentions_any("Mật ong mua ở chợ", ["mùa"], false));
        assert!(!mentions_any("Nhà ở xa lắm", ["xã"], false));
        assert!(!mentions_any("Tôi có hai hũ mật", ["hái"], false));
        assert!(mentions_any("Hái vào mùa xuân", ["mùa"], false));
    }

    #[test]
    fn exact_keywords_never_fold_diacritics() {
        assert!(!mentions_any("mat ong mua xuan", ["mùa"], true));
        assert!(mentions_any("mat ong mua xuan", ["mùa"], false));
    }

    #[test]
    fn words_and_characters_are_counted_as_people_count_them() {
        assert_eq!(word_count("Mật ong rừng, Sìn Hồ."), 5);
        assert_eq!(char_count("e\u{323}\u{302}"), 1);
    }

    #[test]
    fn one_edit_distance_is_exact() {
        assert!(within_one_edit("abcdef", "abcxef"));
        assert!(within_one_edit("abcdef", "abcdf"));
        assert!(!within_one_edit("abcdef", "abdcef"));
        assert!(within_one_edit("", "a"));
    }
}
