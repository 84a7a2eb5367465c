//! Languages and text: the registry in `locales/languages.toml`, fallback chains, Fluent
//! bundles and the formatting of numbers and money per language.
//!
//! Every user-visible string of the program goes through a [`Localizer`]. Text is looked up
//! message by message along the fallback chain, and the caller learns which language the text
//! really came from so that the screen can mark a fallback.

pub mod languages;
pub mod localizer;
pub mod money;
pub mod negotiate;
pub mod nesting;

pub use languages::{Language, Languages, ReviewStatus};
pub use localizer::{Args, Localizer, Text};
pub use money::format_money;

use std::hash::{Hash, Hasher};
use std::sync::{Arc, Mutex};

use crate::source::Files;

/// The interface text of `tag` and its fallbacks, from `locales/<tag>/ui.ftl` in `files`.
pub fn ui_localizer(files: &Files, languages: &Languages, tag: &str) -> Localizer {
    let chain = languages.chain(tag, &["en"]);
    // Each language's interface text is parsed when a message is first looked up in it: the
    // fallback languages are usually never needed.
    Localizer::lazy(&chain, |t| {
        let source = files.shared_text(&format!("locales/{t}/ui.ftl"))?;
        Some(Box::new(move || ui_resource(&source)))
    })
}

fn ui_resource(source: &str) -> Option<Arc<fluent_bundle::FluentResource>> {
    // The command line and the tutor both need the interface text: it is parsed once.
    static PARSED: Mutex<Vec<(u64, Arc<fluent_bundle::FluentResource>)>> = Mutex::new(Vec::new());
    let key = {
        let mut h = std::hash::DefaultHasher::new();
        source.hash(&mut h);
        h.finish()
    };
    if let Ok(parsed) = PARSED.lock()
        && let Some((_, resource)) = parsed.iter().find(|(k, _)| *k == key)
    {
        return Some(Arc::clone(resource));
    }
    // Pack files are untrusted: the Fluent parser must never see deep nesting.
    if nesting::brace_depth(source).0 > nesting::MAX_BRACE_DEPTH {
        return None;
    }
    let nfc = if unicode_normalization::is_nfc(source) {
        source.to_string()
    } else {
        unicode_normalization::UnicodeNormalization::nfc(source).collect()
    };
    let resource = localizer::resource(nfc);
    if let Ok(mut parsed) = PARSED.lock() {
        parsed.push((key, Arc::clone(&resource)));
    }
    Some(resource)
}

/// Test helper: the ids among `ids` that some shipped, reviewed language's `ui.ftl` lacks, as
/// "tag: id". Draft languages (written without a native speaker, still growing) may lack
/// messages: each one falls back along the language's chain, and the screen marks it.
#[cfg(test)]
pub fn missing_ui_messages(ids: &[String]) -> Vec<String> {
    let files = Files::embedded_locales();
    let languages = Languages::load(&files, &mut Vec::new());
    let mut missing = Vec::new();
    for lang in languages
        .all()
        .iter()
        .filter(|l| l.status == ReviewStatus::Reviewed)
    {
        let resource = files
            .text(&format!("locales/{}/ui.ftl", lang.tag))
            .and_then(ui_resource);
        let has = |id: &str| {
            resource.as_ref().is_some_and(|r| {
                r.entries()
                    .any(|e| matches!(e, fluent_syntax::ast::Entry::Message(m) if m.id.name == id))
            })
        };
        missing.extend(
            ids.iter()
                .filter(|id| !has(id))
                .map(|id| format!("{}: {id}", lang.tag)),
        );
    }
    missing
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_message_absent_from_the_interface_text_is_found() {
        let ids = ["help-check".to_string(), "no-such-message".to_string()];
        assert_eq!(
            super::missing_ui_messages(&ids),
            ["vi: no-such-message", "en: no-such-message"]
        );
    }
}
