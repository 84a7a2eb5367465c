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

pub use languages::{Language, Languages, ReviewStatus};
pub use localizer::{Args, Localizer, Text};
pub use money::format_money;

use std::sync::Arc;

use crate::source::Files;

/// The interface text of `tag` and its fallbacks, from `locales/<tag>/ui.ftl` in `files`.
pub fn ui_localizer(files: &Files, languages: &Languages, tag: &str) -> Localizer {
    let chain = languages.chain(tag, &["en"]);
    Localizer::new(&chain, |t| ui_resource(files, t))
}

fn ui_resource(files: &Files, tag: &str) -> Option<Arc<fluent_bundle::FluentResource>> {
    let source = files.text(&format!("locales/{tag}/ui.ftl"))?;
    // Pack files are untrusted: the Fluent parser must never see deep nesting.
    if crate::course::ftl::brace_depth(source).0 > crate::course::ftl::MAX_BRACE_DEPTH {
        return None;
    }
    Some(localizer::resource(
        unicode_normalization::UnicodeNormalization::nfc(source).collect(),
    ))
}
