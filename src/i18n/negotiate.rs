//! Choosing the interface language before a learner has chosen one: `--lang`, then
//! `CHOPHIEN_LANG`, then the system locale (`LC_ALL`, `LC_MESSAGES`, `LANG`), matched against
//! the languages we have with fluent-langneg; Vietnamese when nothing matches.

use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::LanguageIdentifier;

use super::Languages;

/// The language used when nothing else decides.
pub const DEFAULT_LANGUAGE: &str = "vi";

/// The best available tag for `requested` (in order of preference).
pub fn negotiate(requested: &[String], languages: &Languages) -> String {
    let available: Vec<LanguageIdentifier> = languages
        .all()
        .iter()
        .filter_map(|l| l.tag.parse().ok())
        .collect();
    let wanted: Vec<LanguageIdentifier> = requested
        .iter()
        .filter_map(|r| {
            // "vi_VN.UTF-8" → "vi-VN"
            let base = r
                .split(['.', '@'])
                .next()
                .unwrap_or_default()
                .replace('_', "-");
            base.parse().ok()
        })
        .filter(|l: &LanguageIdentifier| l.language.as_str() != "und")
        .collect();
    let default: LanguageIdentifier = DEFAULT_LANGUAGE.parse().unwrap_or_default();
    let chosen = negotiate_languages(
        &wanted,
        &available,
        Some(&default),
        NegotiationStrategy::Filtering,
    );
    chosen
        .first()
        .map_or_else(|| DEFAULT_LANGUAGE.to_string(), |l| l.to_string())
}

/// Preferences from the flag and the environment, most important first.
pub fn requested(flag: Option<&str>) -> Vec<String> {
    let mut out: Vec<String> = flag.map(str::to_string).into_iter().collect();
    for var in ["CHOPHIEN_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Ok(value) = std::env::var(var)
            && !value.is_empty()
            && value != "C"
            && value != "POSIX"
            && !value.starts_with("C.")
        {
            out.push(value);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::Files;

    fn langs() -> Languages {
        Languages::load(&Files::embedded_locales(), &mut Vec::new())
    }

    #[test]
    fn system_locales_are_matched_to_our_languages() {
        assert_eq!(negotiate(&["en_US.UTF-8".into()], &langs()), "en");
        assert_eq!(negotiate(&["vi_VN.UTF-8".into()], &langs()), "vi");
        assert_eq!(negotiate(&["fr_FR.UTF-8".into()], &langs()), "vi");
        assert_eq!(negotiate(&[], &langs()), "vi");
    }
}
