//! The claim checker: finds in a title or description, Vietnamese or English, what a listing
//! must not say — cure and treatment claims, superlatives, phone numbers, links and e-mail
//! addresses, other platforms and contact off the platform, and OCOP stars given without the
//! certificate's date (domain brief §1.1, §1.3, §1.4).
//!
//! Matching is by whole words and ignores case. Diacritics are ignored only when the writer's
//! whole text has none (someone typing without a Vietnamese keyboard writes "chua benh" for
//! "chữa bệnh"); in text with diacritics they count, so "trí" is not "trị" and "mùa" is not
//! "mua". The words live in [`lexicon`] as data, each with the longer phrases that make it
//! innocent ("giá trị", "best before").
//!
//! Phone numbers, addresses and the OCOP rule are small scanners rather than regular
//! expressions: each is a few lines, and `regex` would be a new dependency for three patterns.
//! The checker reports; it never rewrites the learner's text and owns no words shown to them.

mod lexicon;

use std::ops::Range;

use serde::Serialize;
use unicode_normalization::UnicodeNormalization;

use crate::text::matching::fold;

/// What kind of thing a listing must not say.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ClaimKind {
    /// Says the product cures, treats or prevents an illness, or makes you lose weight.
    Cure,
    /// "The best", "number one": TikTok Shop bans superlatives.
    Superlative,
    /// A phone number: ordering details outside the platform are banned.
    Phone,
    /// A web address.
    Link,
    /// An e-mail address.
    Email,
    /// The name of a marketplace (Shopee, Lazada, TikTok…); see [`Claim::platform`].
    Marketplace,
    /// A chat or social network (Zalo, Facebook…) or an @handle; see [`Claim::platform`].
    OffPlatformContact,
    /// OCOP (stars) named without the certificate's date in the same sentence.
    OcopWithoutDate,
}

impl ClaimKind {
    /// A stable id for message lookups and JSON ("cure", "ocop-without-date").
    pub fn id(self) -> &'static str {
        match self {
            ClaimKind::Cure => "cure",
            ClaimKind::Superlative => "superlative",
            ClaimKind::Phone => "phone",
            ClaimKind::Link => "link",
            ClaimKind::Email => "email",
            ClaimKind::Marketplace => "marketplace",
            ClaimKind::OffPlatformContact => "off-platform-contact",
            ClaimKind::OcopWithoutDate => "ocop-without-date",
        }
    }
}

/// One thing found, where it is and what it says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Claim {
    pub kind: ClaimKind,
    /// Byte range in the text that was checked.
    pub span: Range<usize>,
    /// The matched text as the writer wrote it.
    pub text: String,
    /// For marketplaces and contact channels, the platform's id ("shopee", "zalo"), so that
    /// the caller can decide what matters for the platform the listing is for.
    pub platform: Option<&'static str>,
}

/// Every claim in `text`, in order of position. Give NFC text (as `text::clean` returns);
/// spans are byte ranges into `text`.
pub fn check_claims(text: &str) -> Vec<Claim> {
    let strip = !writes_with_diacritics(text);
    let words = words(text, strip);
    let mut found = Vec::new();
    find_lexicon(text, &words, strip, &mut found);
    find_phones(text, &mut found);
    find_addresses(text, &mut found);
    find_ocop_without_date(text, &words, &mut found);
    keep_outermost(text, found)
}

/// True when any letter carries a Vietnamese mark (or is đ).
fn writes_with_diacritics(text: &str) -> bool {
    text.chars()
        .any(|c| matches!(c, 'đ' | 'Đ') || c.nfd().any(is_combining_mark))
}

fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36f}')
}

/// A word of the text: its byte range and its comparable form.
struct Word {
    span: Range<usize>,
    folded: String,
}

fn words(text: &str, strip: bool) -> Vec<Word> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        let in_word = c.is_alphanumeric() || is_combining_mark(c);
        match (in_word, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(Word {
                    span: s..i,
                    folded: fold(&text[s..i], strip),
                });
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// Words of one phrase may be separated by spaces or hyphens, or by one dot ("No.1").
fn joinable(gap: &str) -> bool {
    gap == "." || (!gap.is_empty() && gap.chars().all(|c| c.is_whitespace() || c == '-'))
}

/// Start indexes in `words` where `phrase` (already folded, words split) occurs.
fn occurrences(text: &str, words: &[Word], phrase: &[String]) -> Vec<usize> {
    let n = phrase.len();
    if n == 0 || words.len() < n {
        return Vec::new();
    }
    (0..=words.len() - n)
        .filter(|&i| {
            phrase
                .iter()
                .enumerate()
                .all(|(k, p)| words[i + k].folded == *p)
                && (1..n)
                    .all(|k| joinable(&text[words[i + k - 1].span.end..words[i + k].span.start]))
        })
        .collect()
}

fn phrase_words(phrase: &str, strip: bool) -> Vec<String> {
    fold(phrase, strip).split(' ').map(String::from).collect()
}

fn find_lexicon(text: &str, words: &[Word], strip: bool, found: &mut Vec<Claim>) {
    for entry in lexicon::ENTRIES {
        if strip && !entry.without_diacritics {
            continue;
        }
        let phrase = phrase_words(entry.phrase, strip);
        let excused: Vec<Range<usize>> = entry
            .except
            .iter()
            .flat_map(|e| {
                let ew = phrase_words(e, strip);
                let len = ew.len();
                occurrences(text, words, &ew)
                    .into_iter()
                    .map(move |i| i..i + len)
            })
            .collect();
        for i in occurrences(text, words, &phrase) {
            let here = i..i + phrase.len();
            if excused
                .iter()
                .any(|x| x.start <= here.start && here.end <= x.end)
            {
                continue;
            }
            let span = words[here.start].span.start..words[here.end - 1].span.end;
            found.push(claim(text, entry.kind, span, entry.name));
        }
    }
}

fn claim(text: &str, kind: ClaimKind, span: Range<usize>, platform: Option<&'static str>) -> Claim {
    Claim {
        kind,
        text: text[span.clone()].to_string(),
        span,
        platform,
    }
}

/// Runs of digits with single spaces, dots or hyphens between groups, optionally after "+",
/// checked against Vietnamese mobile and landline lengths. A number followed by more digits
/// ("0912 345 678 2 hộp") is cut back to the longest valid run of groups.
fn find_phones(text: &str, found: &mut Vec<Claim>) {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let starts_number = bytes[i].is_ascii_digit()
            || (bytes[i] == b'+' && bytes.get(i + 1).is_some_and(u8::is_ascii_digit));
        // Only ASCII bytes are looked at, so `i` is a character boundary when slicing.
        if !starts_number
            || (i > 0
                && text[..i]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric))
        {
            i += 1;
            continue;
        }
        let start = i;
        if bytes[i] == b'+' {
            i += 1;
        }
        // Group ends (byte index after the group's last digit) and the digits so far.
        let mut ends = Vec::new();
        let mut digits = String::new();
        loop {
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                digits.push(bytes[i] as char);
                i += 1;
            }
            ends.push((i, digits.len()));
            let separated = i + 1 < bytes.len()
                && matches!(bytes[i], b' ' | b'.' | b'-')
                && bytes[i + 1].is_ascii_digit();
            if !separated {
                break;
            }
            i += 1;
        }
        let word_follows = text[i..].chars().next().is_some_and(char::is_alphanumeric);
        let best = ends
            .iter()
            .rev()
            .find(|&&(end, len)| (end < i || !word_follows) && is_vietnamese_phone(&digits[..len]));
        if let Some(&(end, _)) = best {
            found.push(claim(text, ClaimKind::Phone, start..end, None));
        }
    }
}

fn is_vietnamese_phone(digits: &str) -> bool {
    let national = match digits.strip_prefix("84") {
        Some(rest) if !digits.starts_with('0') => format!("0{rest}"),
        _ => digits.to_string(),
    };
    let second = national.chars().nth(1);
    national.starts_with('0')
        && ((national.len() == 10 && second.is_some_and(|c| lexicon::MOBILE_PREFIXES.contains(&c)))
            || (national.len() == 11 && second == Some('2')))
}

/// Web addresses, e-mail addresses and @handles: checked one whitespace-separated chunk at
/// a time, without the punctuation around it.
fn find_addresses(text: &str, found: &mut Vec<Claim>) {
    let mut offset = 0;
    for chunk in text.split_inclusive(char::is_whitespace) {
        let chunk_start = offset;
        offset += chunk.len();
        let lead = chunk
            .find(|c: char| !matches!(c, '(' | '"' | '\'' | '[' | '<' | '“' | '‘'))
            .unwrap_or(chunk.len());
        let body = chunk[lead..].trim_end_matches(|c: char| {
            c.is_whitespace()
                || matches!(
                    c,
                    '.' | ',' | ';' | ':' | ')' | '!' | '?' | '"' | '\'' | ']' | '>' | '”' | '’'
                )
        });
        if body.is_empty() {
            continue;
        }
        let span = chunk_start + lead..chunk_start + lead + body.len();
        let lower = body.to_lowercase();
        let kind = if lower.contains("://") || lower.starts_with("www.") {
            Some(ClaimKind::Link)
        } else if let Some((local, domain)) = lower.split_once('@') {
            if local.is_empty() {
                is_handle(domain).then_some(ClaimKind::OffPlatformContact)
            } else {
                is_domain(domain).then_some(ClaimKind::Email)
            }
        } else {
            is_domain(lower.split('/').next().unwrap_or_default()).then_some(ClaimKind::Link)
        };
        if let Some(kind) = kind {
            found.push(claim(text, kind, span, None));
        }
    }
}

fn is_handle(name: &str) -> bool {
    name.chars().count() >= 2
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.'))
}

/// "mat-ong.vn", "shop.com.vn": ASCII labels, at least one letter, a known ending.
fn is_domain(host: &str) -> bool {
    let labels: Vec<&str> = host.split('.').collect();
    labels.len() >= 2
        && labels
            .iter()
            .all(|l| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        && labels
            .first()
            .is_some_and(|l| l.chars().any(|c| c.is_ascii_alphabetic()))
        && labels
            .last()
            .is_some_and(|l| lexicon::DOMAIN_ENDINGS.contains(l))
}

/// "OCOP" with no year (the certificate's date) in the same sentence. The claim covers the
/// star count next to it when there is one ("OCOP 4 sao", "4-star OCOP").
fn find_ocop_without_date(text: &str, words: &[Word], found: &mut Vec<Claim>) {
    let sentences = sentence_ranges(text);
    for (i, w) in words.iter().enumerate() {
        if w.folded != lexicon::OCOP {
            continue;
        }
        let Some(sentence) = sentences
            .iter()
            .find(|s| s.start <= w.span.start && w.span.end <= s.end)
        else {
            continue;
        };
        let dated = words
            .iter()
            .filter(|x| sentence.start <= x.span.start && x.span.end <= sentence.end)
            .any(|x| is_year(&x.folded));
        if dated {
            continue;
        }
        let is_stars = |k: usize, star: usize| {
            words
                .get(k)
                .is_some_and(|n| matches!(n.folded.as_str(), "3" | "4" | "5"))
                && words
                    .get(star)
                    .is_some_and(|s| matches!(s.folded.as_str(), "sao" | "star" | "stars"))
        };
        let mut span = w.span.clone();
        if is_stars(i + 1, i + 2) {
            span.end = words[i + 2].span.end;
        } else if i >= 2 && is_stars(i - 2, i - 1) {
            span.start = words[i - 2].span.start;
        }
        found.push(claim(text, ClaimKind::OcopWithoutDate, span, None));
    }
}

fn is_year(word: &str) -> bool {
    word.len() == 4
        && word
            .parse::<u32>()
            .is_ok_and(|y| (1990..=2099).contains(&y))
}

/// Sentences end at ".", "!", "?", ";" or a line break followed by a space or the end, so
/// "12.2024" and "No.1" stay inside one sentence.
fn sentence_ranges(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next_blank = chars.peek().is_none_or(|&(_, n)| n.is_whitespace());
        if c == '\n' || (matches!(c, '.' | '!' | '?' | ';') && next_blank) {
            out.push(start..i + c.len_utf8());
            start = i + c.len_utf8();
        }
    }
    out.push(start..text.len());
    out
}

/// Drops claims inside a longer one ("trị" inside "điều trị", "shopee" inside a link), joins
/// overlapping claims of one kind ("ngon nhất" + "nhất Việt Nam") and sorts by position.
fn keep_outermost(text: &str, mut found: Vec<Claim>) -> Vec<Claim> {
    found.sort_by(|a, b| {
        a.span
            .start
            .cmp(&b.span.start)
            .then(b.span.end.cmp(&a.span.end))
    });
    let mut out: Vec<Claim> = Vec::new();
    for c in found {
        let inside = out
            .iter()
            .any(|o| o.span.start <= c.span.start && c.span.end <= o.span.end);
        if inside {
            continue;
        }
        match out.last_mut() {
            Some(last) if last.kind == c.kind && c.span.start < last.span.end => {
                last.span.end = c.span.end;
                last.text = text[last.span.clone()].to_string();
            }
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(ClaimKind, String)> {
        check_claims(text)
            .into_iter()
            .map(|c| (c.kind, c.text))
            .collect()
    }

    fn one(kind: ClaimKind, text: &str) -> Vec<(ClaimKind, String)> {
        vec![(kind, text.to_string())]
    }

    #[test]
    fn innocent_sentences_about_honey_tea_and_brocade_make_no_claim() {
        for text in [
            "Mật ong rừng Sìn Hồ, lọ 500 ml. Ong lấy mật từ hoa rừng vào mùa xuân.",
            "Chè Shan tuyết hái trên núi cao, sao tay trên chảo gang hai giờ.",
            "Thổ cẩm dệt tay, khổ 40 × 150 cm, mất một tháng cho mỗi tấm.",
            "Nhất định bạn sẽ thích vị ngọt dịu của mật ong mùa hoa bạc hà.",
            "Giá trị dinh dưỡng: năng lượng 300 kcal mỗi 100 g.",
            "Trí nhớ của bà tôi là cuốn sách dạy nghề dệt.",
            "Mua mật ong vào mùa hoa, bảo quản nơi khô mát, tránh ánh nắng.",
            "Giá 170.000 đ, lọ 1.250 g, hạn dùng 24 tháng.",
            "Địa chỉ: bản Nậm Cáy, quốc lộ số 1, xã Sìn Hồ.",
            "Thực phẩm này không phải là thuốc và không có tác dụng thay thế thuốc chữa bệnh.",
            "Wild honey from Sin Ho, 500 ml jar, best before 12/2027.",
            "A sweet treat for breakfast; best stored in a cool dry place.",
            "Smoked and cured over the kitchen fire for three months.",
            "Hand-woven brocade, 40 x 150 cm, dyed with indigo we grow ourselves.",
            "Mat ong rung Sin Ho, mua xuan, lo 500 ml.",
        ] {
            assert_eq!(kinds(text), vec![], "{text}");
        }
    }

    #[test]
    fn cure_and_treatment_claims_are_found_in_both_languages() {
        assert_eq!(
            kinds("Mật ong chữa bệnh dạ dày."),
            one(ClaimKind::Cure, "chữa bệnh")
        );
        assert_eq!(
            kinds("Trà đặc trị mất ngủ"),
            one(ClaimKind::Cure, "đặc trị")
        );
        assert_eq!(
            kinds("Hỗ trợ điều trị ho"),
            one(ClaimKind::Cure, "điều trị")
        );
        assert_eq!(
            kinds("Uống là khỏi bệnh"),
            one(ClaimKind::Cure, "khỏi bệnh")
        );
        assert_eq!(
            kinds("Lá này trị ho rất nhanh"),
            one(ClaimKind::Cure, "trị")
        );
        assert_eq!(
            kinds("This honey CURES coughs"),
            one(ClaimKind::Cure, "CURES")
        );
        assert_eq!(kinds("It heals the stomach"), one(ClaimKind::Cure, "heals"));
        assert_eq!(kinds("Treat your cough"), one(ClaimKind::Cure, "Treat"));
    }

    #[test]
    fn text_typed_without_diacritics_is_read_without_them() {
        assert_eq!(
            kinds("Mat ong chua benh"),
            one(ClaimKind::Cure, "chua benh")
        );
        assert_eq!(
            kinds("che tot nhat"),
            one(ClaimKind::Superlative, "tot nhat")
        );
        // "tri" may as well be "trí": only whole phrases count without diacritics.
        assert_eq!(kinds("tri nho tot"), vec![]);
        assert_eq!(kinds("dieu tri dau"), one(ClaimKind::Cure, "dieu tri"));
    }

    #[test]
    fn diacritics_count_when_the_writer_uses_them() {
        // "chua bệnh" with one mark is a different text from "chữa bệnh": not folded.
        assert_eq!(kinds("Mật ong chua bệnh"), vec![]);
        assert_eq!(kinds("trí tuệ"), vec![]);
    }

    #[test]
    fn superlatives_are_found_but_not_lookalikes() {
        assert_eq!(
            kinds("Mật ong tốt nhất Tây Bắc"),
            one(ClaimKind::Superlative, "tốt nhất")
        );
        assert_eq!(
            kinds("Chè số 1 Hà Giang"),
            one(ClaimKind::Superlative, "số 1")
        );
        assert_eq!(
            kinds("Thổ cẩm số một"),
            one(ClaimKind::Superlative, "số một")
        );
        assert_eq!(
            kinds("Ngon nhất Việt Nam"),
            one(ClaimKind::Superlative, "Ngon nhất Việt Nam")
        );
        assert_eq!(kinds("The BEST honey"), one(ClaimKind::Superlative, "BEST"));
        assert_eq!(kinds("No.1 tea"), one(ClaimKind::Superlative, "No.1"));
        assert_eq!(
            kinds("Number one in the north"),
            one(ClaimKind::Superlative, "Number one")
        );
        assert_eq!(kinds("nhất định, thứ nhất, duy nhất một lần"), vec![]);
    }

    #[test]
    fn phone_numbers_are_found_spaced_dotted_or_international() {
        for (text, number) in [
            ("Gọi 0912345678 nhé", "0912345678"),
            ("SĐT: 0912 345 678.", "0912 345 678"),
            ("SĐT 0912.345.678 2 hộp", "0912.345.678"),
            ("call +84 912 345 678", "+84 912 345 678"),
            ("0389-123-456", "0389-123-456"),
            ("Cố định 0214 3888 999", "0214 3888 999"),
        ] {
            assert_eq!(kinds(text), one(ClaimKind::Phone, number), "{text}");
        }
        for text in ["Giá 1.250.000 đ", "0123456789", "lô 2024 0601", "091234567"] {
            assert_eq!(kinds(text), vec![], "{text}");
        }
    }

    #[test]
    fn links_emails_and_handles_are_found() {
        assert_eq!(
            kinds("Xem thêm tại https://example.vn/mat-ong."),
            one(ClaimKind::Link, "https://example.vn/mat-ong")
        );
        assert_eq!(
            kinds("(www.matong.com)"),
            one(ClaimKind::Link, "www.matong.com")
        );
        assert_eq!(kinds("Web: mat-ong.vn"), one(ClaimKind::Link, "mat-ong.vn"));
        assert_eq!(
            kinds("Gửi thư: ban@example.com"),
            one(ClaimKind::Email, "ban@example.com")
        );
        assert_eq!(
            kinds("Theo dõi @matong_sinho"),
            one(ClaimKind::OffPlatformContact, "@matong_sinho")
        );
        // A marketplace inside a link is reported once, as the link.
        assert_eq!(
            kinds("shopee.vn/abc"),
            one(ClaimKind::Link, "shopee.vn/abc")
        );
    }

    #[test]
    fn platforms_are_named_so_the_caller_can_decide() {
        let found = check_claims("Có bán trên Shopee, nhắn Zalo hoặc FB");
        let named: Vec<(ClaimKind, Option<&str>)> =
            found.iter().map(|c| (c.kind, c.platform)).collect();
        assert_eq!(
            named,
            vec![
                (ClaimKind::Marketplace, Some("shopee")),
                (ClaimKind::OffPlatformContact, Some("zalo")),
                (ClaimKind::OffPlatformContact, Some("facebook")),
            ]
        );
        assert_eq!(check_claims("Tik Tok")[0].platform, Some("tiktok"));
    }

    #[test]
    fn ocop_needs_the_certificate_date_in_the_same_sentence() {
        assert_eq!(
            kinds("Sản phẩm OCOP 4 sao. Hái tay."),
            one(ClaimKind::OcopWithoutDate, "OCOP 4 sao")
        );
        assert_eq!(
            kinds("A 4-star OCOP product"),
            one(ClaimKind::OcopWithoutDate, "4-star OCOP")
        );
        assert_eq!(kinds("OCOP 4 sao, chứng nhận ngày 12/3/2024."), vec![]);
        assert_eq!(kinds("Đạt OCOP 3 sao (cấp tháng 5.2025)."), vec![]);
        // The date of another sentence does not count.
        assert_eq!(
            kinds("Thu hoạch năm 2025. Đạt OCOP 3 sao."),
            one(ClaimKind::OcopWithoutDate, "OCOP 3 sao")
        );
    }

    #[test]
    fn spans_point_at_the_matched_text() {
        let text = "Chè ngon, chữa khỏi ho. Gọi 0987 654 321";
        for c in check_claims(text) {
            assert_eq!(&text[c.span.clone()], c.text);
        }
        assert_eq!(check_claims(text).len(), 2);
    }

    #[test]
    fn every_lexicon_entry_finds_itself() {
        for entry in lexicon::ENTRIES {
            let found = check_claims(&format!("xx {} yy", entry.phrase));
            assert!(
                found.iter().any(|c| c.kind == entry.kind),
                "{}",
                entry.phrase
            );
            for except in entry.except {
                let found = check_claims(&format!("xx {except} yy"));
                assert!(
                    !found.iter().any(|c| c.kind == entry.kind),
                    "{except} should excuse {}",
                    entry.phrase
                );
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn any_text_gives_spans_on_character_boundaries(text in "[a-zA-Z0-9 .+@/:đơưếộ\u{300}-]{0,60}") {
            for c in check_claims(&text) {
                proptest::prop_assert_eq!(text.get(c.span.clone()), Some(c.text.as_str()));
            }
        }
    }
}
