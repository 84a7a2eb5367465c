//! The mistakes trainers really make when they write lesson files by hand, recognised by how
//! they look on the line, so that `check` names the root cause and the fix in plain words:
//! a number written with dots or commas (`7.000`, `7,000`) or with `đ` after it, curly quotes
//! from a phone or a word processor, `[steps]` where `[[steps]]` is meant, a Fluent line
//! indented with a tab.
//!
//! The parsers' own errors for the same lines follow from these and would only confuse, so
//! [`suppress_cascades`] drops them. This module also turns the parsers' English messages into
//! a plain `kind` that the interface text can say in any language; the English is kept only as
//! `detail` for the English words of a kind we do not recognise.

use std::collections::BTreeSet;

use crate::diagnostic::{Code, Diagnostic, FileReport};

/// Tables that a lesson, course or language file writes with double brackets.
const ARRAY_TABLES: &[&str] = &["steps", "modules", "languages"];
/// Quote marks that phones and word processors put in place of `"` and `'`.
const CURLY_QUOTES: &[char] = &[
    '\u{201C}', '\u{201D}', '\u{201E}', '\u{2018}', '\u{2019}', '\u{00AB}', '\u{00BB}', '\u{2033}',
];
/// What people write after an amount of money; a value in a lesson file is digits only.
const CURRENCY: &[&str] = &["vnđ", "vnd", "đồng", "dong", "đ", "₫"];

/// Recognises the common mistakes in a TOML file, line by line.
pub fn toml_mistakes(source: &str, report: &mut FileReport<'_>) {
    let mut start = 0;
    for line in source.split_inclusive('\n') {
        toml_line(line, start, report);
        start += line.len();
    }
}

fn toml_line(line: &str, start: usize, report: &mut FileReport<'_>) {
    let trimmed = line.trim();
    if trimmed.starts_with('#') || trimmed.is_empty() {
        return;
    }
    if let Some(name) = trimmed
        .strip_prefix('[')
        .and_then(|r| r.strip_suffix(']'))
        .filter(|n| !n.starts_with('[') && ARRAY_TABLES.contains(&n.trim()))
    {
        let at = start + line.find('[').unwrap_or(0);
        report.at(Code::SingleBracket, at).with("name", name.trim());
        return;
    }
    // Curly quotes outside a properly quoted string.
    let mut quote: Option<char> = None;
    let mut equals = None;
    for (i, c) in line.char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '#') => break,
            (None, '=') if equals.is_none() => equals = Some(i),
            (None, c) if CURLY_QUOTES.contains(&c) => {
                report
                    .at(Code::CurlyQuotes, start + i)
                    .with("found", c.to_string());
                return;
            }
            _ => {}
        }
    }
    let Some(eq) = equals else {
        return;
    };
    let rest = &line[eq + 1..];
    let value = rest.split(" #").next().unwrap_or_default().trim();
    if let Some((kind, fixed)) = misspelt_number(value) {
        let at = start + eq + 1 + (rest.len() - rest.trim_start().len());
        report
            .at(Code::NumberFormat, at)
            .with("found", crate::text::clean_line(value))
            .with("fixed", fixed)
            .with("kind", kind);
    }
}

/// `7,000`, `7.000`, `117.000 đ`, `7000đ` → (what is wrong, the number as digits only).
fn misspelt_number(value: &str) -> Option<(&'static str, String)> {
    if !value.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let lower = value.to_lowercase();
    let mut number = lower.as_str();
    let mut currency = false;
    for suffix in CURRENCY {
        if let Some(n) = number.strip_suffix(suffix) {
            number = n.trim_end();
            currency = true;
            break;
        }
    }
    if number.chars().all(|c| c.is_ascii_digit()) {
        return currency.then(|| ("currency", number.to_string()));
    }
    let groups: Vec<&str> = number.split(['.', ',', ' ']).collect();
    let grouped = groups.len() >= 2
        && (1..=3).contains(&groups[0].len())
        && groups[1..].iter().all(|g| g.len() == 3)
        && groups.iter().all(|g| g.chars().all(|c| c.is_ascii_digit()));
    grouped.then(|| {
        (
            if currency { "currency" } else { "separator" },
            groups.concat(),
        )
    })
}

/// Recognises the common mistakes in a Fluent file: lines indented with a tab. One report per
/// message, on its first tab, naming the line where the message starts.
pub fn ftl_mistakes(source: &str, report: &mut FileReport<'_>) {
    let mut start = 0;
    let mut message_line = 0;
    let mut reported_for = 0;
    for (n, line) in source.split_inclusive('\n').enumerate() {
        let number = n + 1;
        if line.starts_with(|c: char| c.is_ascii_alphabetic()) {
            message_line = number;
        }
        let indent = &line[..line.len() - line.trim_start().len()];
        let key = if message_line > 0 {
            message_line
        } else {
            number
        };
        if let Some(tab) = indent.find('\t')
            && reported_for != key
        {
            reported_for = key;
            report
                .at(Code::FtlTab, start + tab)
                .with("first-line", message_line.max(1));
        }
        start += line.len();
    }
}

/// The toml parser's English message as a kind the interface can say in any language.
pub fn toml_error_kind(message: &str) -> &'static str {
    if message.contains("duplicate key") || message.contains("duplicate table") {
        "duplicate"
    } else if message.contains("must be quoted") || message.contains("invalid string") {
        "quote"
    } else if message.contains("unclosed") || message.contains("missing") {
        "unclosed"
    } else if message.contains("expected newline") {
        "line-end"
    } else if message.contains("expected `.`, `=`") || message.contains("expected `=`") {
        "equals"
    } else {
        "other"
    }
}

/// serde's "invalid type: …, expected …" as the kind of value the field takes.
pub fn wrong_type_kind(message: &str) -> &'static str {
    let expected = message.rsplit("expected").next().unwrap_or_default();
    if message.contains("RawVar") {
        // A `[vars]` value that is neither a whole number nor a text.
        "number-or-text"
    } else if !message.contains("expected") {
        "other"
    } else if ["i64", "u64", "integer", "i32", "u32", "usize"]
        .iter()
        .any(|w| expected.contains(w))
    {
        "number"
    } else if expected.contains("bool") {
        "bool"
    } else if expected.contains("sequence") || expected.contains("array") {
        "list"
    } else if expected.contains("string") {
        "text"
    } else if expected.contains("struct") || expected.contains("map") {
        "table"
    } else {
        "other"
    }
}

/// Drops the errors that only follow from a root cause already reported on the same line:
/// the parser's complaint about `7,000`, about a curly quote, about the lines of a message
/// indented with a tab; the "duplicate key" errors caused by `[steps]`.
pub fn suppress_cascades(diags: &mut Vec<Diagnostic>) {
    let mut root_lines: BTreeSet<(String, usize)> = BTreeSet::new();
    let mut single_bracket_files = BTreeSet::new();
    for d in diags.iter() {
        match d.code {
            Code::NumberFormat | Code::CurlyQuotes => {
                root_lines.insert((d.path.clone(), d.pos.line));
            }
            Code::SingleBracket => {
                root_lines.insert((d.path.clone(), d.pos.line));
                single_bracket_files.insert(d.path.clone());
            }
            Code::FtlTab => {
                let first = arg(d, "first-line")
                    .and_then(|l| l.parse().ok())
                    .unwrap_or(d.pos.line);
                for line in first.min(d.pos.line)..=d.pos.line {
                    root_lines.insert((d.path.clone(), line));
                }
            }
            _ => {}
        }
    }
    if root_lines.is_empty() {
        return;
    }
    diags.retain(|d| {
        let generic = matches!(d.code, Code::TomlSyntax | Code::WrongType | Code::FtlSyntax);
        if generic && root_lines.contains(&(d.path.clone(), d.pos.line)) {
            return false;
        }
        let in_single = single_bracket_files.contains(&d.path);
        !(in_single
            && ((d.code == Code::TomlSyntax && arg(d, "kind") == Some("duplicate"))
                || (d.code == Code::WrongType
                    && arg(d, "detail").is_some_and(|x| x.starts_with("[[")))))
    });
}

fn arg<'a>(d: &'a Diagnostic, name: &str) -> Option<&'a str> {
    d.args
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, v)| v.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(source: &str, ftl: bool) -> Vec<(&'static str, usize, usize, Vec<String>)> {
        let mut out = Vec::new();
        let mut report = FileReport::new("x".into(), source, &mut out);
        if ftl {
            ftl_mistakes(source, &mut report);
        } else {
            toml_mistakes(source, &mut report);
        }
        out.iter()
            .map(|d| {
                (
                    d.code.as_str(),
                    d.pos.line,
                    d.pos.col,
                    d.args.iter().map(|(_, v)| v.clone()).collect(),
                )
            })
            .collect()
    }

    #[test]
    fn numbers_with_dots_commas_or_dong_get_the_digits_to_write() {
        let found = codes(
            "answer = 7,000\ncost = 117.000 đ\nfee = 3000đ\nok = 7000\nname = \"7.000\"\nx = 1.5\n",
            false,
        );
        let fixes: Vec<(usize, String)> = found.iter().map(|f| (f.1, f.3[1].clone())).collect();
        assert_eq!(
            fixes,
            [(1, "7000".into()), (2, "117000".into()), (3, "3000".into())]
        );
        assert_eq!(found[0].2, 10, "points at the number");
        assert_eq!(found[1].3[2], "currency");
    }

    #[test]
    fn curly_quotes_and_single_brackets_are_named() {
        let found = codes(
            "title = “title”\nok = \"it’s fine\"\n[steps]\n[[steps]]\n# “ in a comment\n",
            false,
        );
        let got: Vec<(&str, usize, usize)> = found.iter().map(|f| (f.0, f.1, f.2)).collect();
        assert_eq!(got, [("curly-quotes", 1, 9), ("single-bracket", 3, 1)]);
    }

    #[test]
    fn a_tab_is_reported_once_per_message_with_where_it_starts() {
        let found = codes("a = A\nb =\n\tone\n\ttwo\nc = C\n  \tthree\n", true);
        let got: Vec<(usize, String)> = found.iter().map(|f| (f.1, f.3[0].clone())).collect();
        assert_eq!(got, [(3, "2".into()), (6, "5".into())]);
    }

    #[test]
    fn parser_messages_become_kinds() {
        assert_eq!(toml_error_kind("duplicate key"), "duplicate");
        assert_eq!(
            wrong_type_kind("invalid type: floating point `7.0`, expected i64"),
            "number"
        );
        assert_eq!(
            wrong_type_kind("invalid type: integer `5`, expected a string"),
            "text"
        );
    }
}
