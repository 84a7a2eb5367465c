//! Reading one TOML file so that every problem is found at once: the document is parsed into
//! spanned tables, keys are checked against what each table may hold, and each piece is then
//! turned into its serde mirror struct separately, so one bad step never hides the next.

use serde::de::DeserializeOwned;
use toml::Spanned;
use toml::de::{DeTable, DeValue, ValueDeserializer};

use crate::diagnostic::{Code, FileReport};

/// Parses `source`; syntax errors are reported and give None.
pub(crate) fn parse<'i>(
    source: &'i str,
    report: &mut FileReport<'_>,
) -> Option<Spanned<DeTable<'i>>> {
    crate::course::mistakes::toml_mistakes(source, report);
    let (table, errors) = DeTable::parse_recoverable(source);
    if errors.is_empty() {
        return Some(table);
    }
    for error in errors {
        let offset = error.span().map_or(0, |s| s.start);
        report
            .at(Code::TomlSyntax, offset)
            .with("detail", first_line(error.message()))
            .with(
                "kind",
                crate::course::mistakes::toml_error_kind(error.message()),
            );
    }
    None
}

fn first_line(text: &str) -> String {
    crate::text::clean_line(text.lines().next().unwrap_or_default())
}

/// Reports every key of `table` not in `allowed`; `context` names the table in the message.
pub(crate) fn check_keys(
    table: &DeTable<'_>,
    allowed: &[&str],
    context: &str,
    report: &mut FileReport<'_>,
) {
    for key in table.keys() {
        if !allowed.contains(&key.get_ref().as_ref()) {
            report
                .at(Code::UnknownField, key.span().start)
                .with("field", crate::text::clean_line(key.get_ref()))
                .with("context", context)
                .with("expected", allowed.join(", "));
        }
    }
}

/// The value under `key`, if present.
pub(crate) fn get<'a, 'i>(table: &'a DeTable<'i>, key: &str) -> Option<&'a Spanned<DeValue<'i>>> {
    table
        .iter()
        .find(|(k, _)| k.get_ref().as_ref() == key)
        .map(|(_, v)| v)
}

/// Turns one spanned value into its serde mirror, reporting a type error at its span.
pub(crate) fn convert<T: DeserializeOwned>(
    value: &Spanned<DeValue<'_>>,
    report: &mut FileReport<'_>,
) -> Option<T> {
    let mut owned = value.clone();
    owned.get_mut().make_owned();
    match T::deserialize(ValueDeserializer::from(owned)) {
        Ok(v) => Some(v),
        Err(error) => {
            let offset = error.span().map_or(value.span().start, |s| s.start);
            let kind = crate::course::mistakes::wrong_type_kind(error.message());
            // The parser's words never reach a trainer when the kind says it better.
            let detail = match kind {
                "number-or-text" => "7000, \"mật ong\"".to_string(),
                _ => first_line(error.message()),
            };
            report
                .at(Code::WrongType, offset)
                .with("detail", detail)
                .with("kind", kind);
            None
        }
    }
}

/// A spanned string's text, made safe.
pub(crate) fn text(value: &Spanned<String>) -> String {
    crate::text::clean_line(value.get_ref())
}

/// True for kebab-case ids such as `photo-light` or `hint-2`.
pub(crate) fn is_kebab_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kebab_ids_are_recognised() {
        assert!(is_kebab_id("photo-light"));
        assert!(is_kebab_id("hint-2"));
        assert!(!is_kebab_id("Photo"));
        assert!(!is_kebab_id("a--b"));
        assert!(!is_kebab_id("-a"));
        assert!(!is_kebab_id("mật"));
        assert!(!is_kebab_id(""));
    }
}
