//! The language registry, `locales/languages.toml`: each language's BCP 47 tag, its own name,
//! its fallback chain, its review status, its voice, and how it writes numbers.
//!
//! Languages without CLDR plural data (most highland languages) name the rules they borrow
//! in `plural_rules` (Vietnamese: "other" only), since Fluent would otherwise use English.

use serde::Deserialize;
use unic_langid::LanguageIdentifier;

use crate::diagnostic::{Code, Diagnostic, FileReport};
use crate::source::Files;
use crate::tomlfile;

pub const LANGUAGES_FILE: &str = "locales/languages.toml";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReviewStatus {
    Reviewed,
    Draft,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Language {
    pub tag: String,
    /// The language's name in itself ("Tiếng Việt").
    pub name: String,
    /// Tags tried in order after this one.
    pub fallback: Vec<String>,
    pub status: ReviewStatus,
    /// The recorded or synthetic voice used for audio, if any.
    pub voice: Option<String>,
    /// Put between groups of three digits ("." in Vietnamese, "," in English).
    pub digit_group: String,
    /// The locale whose plural rules Fluent applies.
    pub plural_rules: LanguageIdentifier,
}

#[derive(Debug, Clone, Default)]
pub struct Languages {
    list: Vec<Language>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLanguage {
    tag: String,
    name: String,
    #[serde(default)]
    fallback: Vec<String>,
    status: String,
    #[serde(default)]
    voice: Option<String>,
    digit_group: String,
    #[serde(default)]
    plural_rules: Option<String>,
}

const FILE_KEYS: &[&str] = &["format_version", "languages"];

impl Languages {
    /// Reads the registry from `files`, collecting every problem.
    pub fn load(files: &Files, out: &mut Vec<Diagnostic>) -> Languages {
        let Some(source) = files.text(LANGUAGES_FILE) else {
            out.push(Diagnostic::new(
                Code::MissingFile,
                files.display_path(LANGUAGES_FILE),
                Default::default(),
            ));
            return Languages::default();
        };
        let mut report = FileReport::new(files.display_path(LANGUAGES_FILE), source, out);
        let Some(doc) = tomlfile::parse(source, &mut report) else {
            return Languages::default();
        };
        tomlfile::check_keys(doc.get_ref(), FILE_KEYS, "languages.toml", &mut report);
        let mut list: Vec<Language> = Vec::new();
        let Some(entries) =
            tomlfile::get(doc.get_ref(), "languages").and_then(|v| v.get_ref().as_array())
        else {
            report.at(Code::MissingField, 0).with("field", "languages");
            return Languages::default();
        };
        let mut spans = Vec::new();
        for entry in entries.iter() {
            let Some(raw) = tomlfile::convert::<RawLanguage>(entry, &mut report) else {
                continue;
            };
            let at = entry.span().start;
            let tag = crate::text::clean_line(&raw.tag);
            if tag.parse::<LanguageIdentifier>().is_err() {
                report.at(Code::BadLanguageTag, at).with("tag", &tag);
                continue;
            }
            if list.iter().any(|l| l.tag == tag) {
                report.at(Code::DuplicateId, at).with("id", &tag);
                continue;
            }
            let status = match raw.status.as_str() {
                "reviewed" => ReviewStatus::Reviewed,
                "draft" => ReviewStatus::Draft,
                other => {
                    report.at(Code::WrongType, at).with(
                        "detail",
                        format!(
                            "status = \"{}\" (reviewed | draft)",
                            crate::text::clean_line(other)
                        ),
                    );
                    ReviewStatus::Draft
                }
            };
            let plural_source = raw.plural_rules.clone().unwrap_or_else(|| tag.clone());
            let plural_rules = match plural_source.parse::<LanguageIdentifier>() {
                Ok(id) => id,
                Err(_) => {
                    report
                        .at(Code::BadLanguageTag, at)
                        .with("tag", crate::text::clean_line(&plural_source));
                    continue;
                }
            };
            spans.push(at);
            list.push(Language {
                tag,
                name: crate::text::clean_line(&raw.name),
                fallback: raw
                    .fallback
                    .iter()
                    .map(|t| crate::text::clean_line(t))
                    .collect(),
                status,
                voice: raw
                    .voice
                    .map(|v| crate::text::clean_line(&v))
                    .filter(|v| !v.is_empty()),
                digit_group: crate::text::clean_line(&raw.digit_group),
                plural_rules,
            });
        }
        for (lang, at) in list.iter().zip(spans) {
            for tag in &lang.fallback {
                if !list.iter().any(|l| &l.tag == tag) {
                    report.at(Code::UnknownLanguage, at).with("tag", tag);
                }
            }
        }
        Languages { list }
    }

    pub fn all(&self) -> &[Language] {
        &self.list
    }

    pub fn get(&self, tag: &str) -> Option<&Language> {
        self.list.iter().find(|l| l.tag == tag)
    }

    /// Adds the languages of `other` this list does not have (a pack's new languages).
    pub fn add_missing(&mut self, other: &Languages) {
        for lang in &other.list {
            if self.get(&lang.tag).is_none() {
                self.list.push(lang.clone());
            }
        }
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// `tag`, then its fallbacks, then `last_resort` — each known language once.
    pub fn chain(&self, tag: &str, last_resort: &[&str]) -> Vec<&Language> {
        let mut chain: Vec<&Language> = Vec::new();
        let start = self.get(tag).into_iter();
        let fallbacks = self
            .get(tag)
            .map(|l| l.fallback.clone())
            .unwrap_or_default();
        for lang in start
            .chain(fallbacks.iter().filter_map(|t| self.get(t)))
            .chain(last_resort.iter().filter_map(|t| self.get(t)))
        {
            if !chain.iter().any(|l| l.tag == lang.tag) {
                chain.push(lang);
            }
        }
        chain
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn registry(text: &str) -> (Languages, Vec<Diagnostic>) {
        let files = Files::from_texts("", [(LANGUAGES_FILE, text)]);
        let mut out = Vec::new();
        (Languages::load(&files, &mut out), out)
    }

    const SAMPLE: &str = r#"
format_version = 1
[[languages]]
tag = "vi"
name = "Tiếng Việt"
fallback = ["en"]
status = "reviewed"
digit_group = "."
[[languages]]
tag = "en"
name = "English"
status = "reviewed"
digit_group = ","
[[languages]]
tag = "hnj-Latn-VN"
name = "Hmoob"
fallback = ["vi", "en"]
status = "draft"
digit_group = "."
plural_rules = "vi"
"#;

    #[test]
    fn fallback_chains_follow_the_registry() {
        let (langs, diags) = registry(SAMPLE);
        assert!(diags.is_empty(), "{diags:?}");
        let chain: Vec<&str> = langs
            .chain("hnj-Latn-VN", &["en"])
            .iter()
            .map(|l| l.tag.as_str())
            .collect();
        assert_eq!(chain, ["hnj-Latn-VN", "vi", "en"]);
        let chain: Vec<&str> = langs
            .chain("en", &["vi"])
            .iter()
            .map(|l| l.tag.as_str())
            .collect();
        assert_eq!(chain, ["en", "vi"]);
    }

    #[test]
    fn highland_languages_borrow_plural_rules() {
        let (langs, _) = registry(SAMPLE);
        assert_eq!(
            langs.get("hnj-Latn-VN").map(|l| l.plural_rules.to_string()),
            Some("vi".into())
        );
        assert_eq!(
            langs.get("hnj-Latn-VN").map(|l| l.status),
            Some(ReviewStatus::Draft)
        );
    }

    #[test]
    fn unknown_fallbacks_and_bad_tags_are_reported() {
        let (langs, diags) = registry(
            "[[languages]]\ntag = \"xx yy\"\nname = \"X\"\nstatus = \"draft\"\ndigit_group = \".\"\n\
             [[languages]]\ntag = \"vi\"\nname = \"V\"\nfallback = [\"zz\"]\nstatus = \"draft\"\ndigit_group = \".\"\n",
        );
        let codes: Vec<&str> = diags.iter().map(|d| d.code.as_str()).collect();
        assert_eq!(codes, ["bad-language-tag", "unknown-language"]);
        assert_eq!(diags[0].pos.line, 1);
        assert_eq!(langs.all().len(), 1);
    }
}
