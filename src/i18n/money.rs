//! Money is integer đồng, formatted per language: `150.000 ₫` in Vietnamese, `150,000 ₫` in
//! English. Fluent's NUMBER() groups no digits, so lessons use MONEY() instead.

/// Formats `dong` with `group` between groups of three digits, followed by " ₫".
pub fn format_money(dong: i64, group: &str) -> String {
    format!("{} ₫", group_digits(dong, group))
}

/// Digits of `n` in groups of three separated by `group` ("1.250.000").
pub fn group_digits(n: i64, group: &str) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    if n < 0 {
        out.push('-');
    }
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(group);
        }
        out.push(ch);
    }
    out
}

/// Reads an amount typed by a learner: digits with optional group separators (".", ",",
/// spaces), an optional "đ", "₫" or "d" after it, and "k" or "nghìn"/"ngàn" for thousands.
/// Returns None when it is not a whole amount.
pub fn parse_amount(input: &str) -> Option<i64> {
    let lower = input.trim().to_lowercase();
    let mut text = lower.as_str();
    for suffix in ["₫", "đồng", "dong", "vnd", "đ", "d"] {
        if let Some(rest) = text.strip_suffix(suffix) {
            text = rest.trim_end();
            break;
        }
    }
    let mut multiplier = 1i64;
    for (suffix, m) in [("nghìn", 1000), ("ngàn", 1000), ("k", 1000)] {
        if let Some(rest) = text.strip_suffix(suffix) {
            text = rest.trim_end();
            multiplier = m;
            break;
        }
    }
    let negative = text.starts_with('-');
    let body = text.trim_start_matches('-');
    if body.is_empty()
        || !body
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | ' '))
    {
        return None;
    }
    let groups: Vec<&str> = body.split(['.', ',', ' ']).collect();
    // Separators must split the number into groups of three ("170.000"), never decimals.
    if groups.len() > 1 && groups.iter().skip(1).any(|g| g.len() != 3) {
        return None;
    }
    if groups.first().is_none_or(|g| g.is_empty() || g.len() > 15) {
        return None;
    }
    let value: i64 = groups.concat().parse().ok()?;
    let value = value.checked_mul(multiplier)?;
    Some(if negative { -value } else { value })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_is_grouped_per_language() {
        assert_eq!(format_money(150_000, "."), "150.000 ₫");
        assert_eq!(format_money(150_000, ","), "150,000 ₫");
        assert_eq!(format_money(1_250_000, "."), "1.250.000 ₫");
        assert_eq!(format_money(999, "."), "999 ₫");
        assert_eq!(format_money(-3_000, "."), "-3.000 ₫");
        assert_eq!(format_money(0, ","), "0 ₫");
    }

    #[test]
    fn typed_amounts_are_read_in_every_usual_form() {
        for typed in [
            "170000",
            "170.000",
            "170,000",
            "170 000",
            "170.000 đ",
            "170000₫",
            "170k",
            "170 nghìn",
        ] {
            assert_eq!(parse_amount(typed), Some(170_000), "{typed}");
        }
    }

    #[test]
    fn decimals_and_words_are_not_amounts() {
        for typed in [
            "",
            "abc",
            "17.5",
            "1.70.000",
            "12,34",
            ".000",
            "99999999999999999999",
        ] {
            assert_eq!(parse_amount(typed), None, "{typed}");
        }
    }
}
