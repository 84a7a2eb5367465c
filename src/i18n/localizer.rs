//! Message lookup along a fallback chain. Each message falls back on its own: a lesson that
//! is half translated into H'Mông shows the translated half in H'Mông and the rest in the next
//! language of the chain, and [`Text::fallback`] tells the screen which parts to mark.
//!
//! Bundles are built with Unicode isolation marks off, with each language's plural rules and
//! with MONEY() grouping digits the way that language does. Every formatted string is
//! cleaned of control characters before it leaves this module.

use std::sync::Arc;

use fluent_bundle::types::FluentNumber;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

use super::languages::Language;
use super::money::format_money;

/// Arguments for a message: `$learner`, lesson variables, counts.
pub type Args = FluentArgs<'static>;

/// Functions a message may call; anything else is reported by `check`.
pub const FUNCTIONS: &[&str] = &["MONEY", "NUMBER"];

/// A formatted message and the language it really came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    pub value: String,
    pub lang: String,
    /// True when `lang` is not the first language of the chain.
    pub fallback: bool,
}

impl Text {
    /// Text that is not a translation (a name, a language's own name).
    pub fn plain(value: impl Into<String>) -> Text {
        Text {
            value: value.into(),
            lang: String::new(),
            fallback: false,
        }
    }
}

type Bundle = FluentBundle<Arc<FluentResource>>;

/// Makes a language's resource when a message is first looked up in it.
pub type MakeResource = Box<dyn Fn() -> Option<Arc<FluentResource>> + Send + Sync>;

struct Layer {
    tag: String,
    bundle: LayerBundle,
}

enum LayerBundle {
    Ready(Bundle),
    /// Parsed the first time a message is looked up in this language: a fallback language
    /// that has every message the first one lacks costs nothing when the first has them all.
    Lazy {
        lang: Box<Language>,
        make: MakeResource,
        made: std::cell::OnceCell<Option<Bundle>>,
    },
}

impl Layer {
    fn bundle(&self) -> Option<&Bundle> {
        match &self.bundle {
            LayerBundle::Ready(b) => Some(b),
            LayerBundle::Lazy { lang, make, made } => made
                .get_or_init(|| make().map(|res| bundle_for(lang, res)))
                .as_ref(),
        }
    }
}

/// Messages of one domain (the interface, the course, one lesson) in a chain of languages.
pub struct Localizer {
    layers: Vec<Layer>,
    /// The language the learner asked for, even when it has no resource here.
    wanted: String,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let tags: Vec<&str> = self.layers.iter().map(|l| l.tag.as_str()).collect();
        f.debug_struct("Localizer")
            .field("wanted", &self.wanted)
            .field("layers", &tags)
            .finish()
    }
}

impl Localizer {
    /// A localizer over `chain`, taking each language's resource from `resource`.
    pub fn new(
        chain: &[&Language],
        resource: impl Fn(&str) -> Option<Arc<FluentResource>>,
    ) -> Localizer {
        let wanted = chain.first().map(|l| l.tag.clone()).unwrap_or_default();
        let layers = chain
            .iter()
            .filter_map(|lang| {
                let res = resource(&lang.tag)?;
                Some(Layer {
                    tag: lang.tag.clone(),
                    bundle: LayerBundle::Ready(bundle_for(lang, res)),
                })
            })
            .collect();
        Localizer { layers, wanted }
    }

    /// A localizer over `chain` whose languages are parsed only when a message is looked up
    /// in them; `resource` says whether a language has text and how to make it.
    pub fn lazy(chain: &[&Language], resource: impl Fn(&str) -> Option<MakeResource>) -> Localizer {
        let wanted = chain.first().map(|l| l.tag.clone()).unwrap_or_default();
        let layers = chain
            .iter()
            .filter_map(|lang| {
                let make = resource(&lang.tag)?;
                Some(Layer {
                    tag: lang.tag.clone(),
                    bundle: LayerBundle::Lazy {
                        lang: Box::new((*lang).clone()),
                        make,
                        made: std::cell::OnceCell::new(),
                    },
                })
            })
            .collect();
        Localizer { layers, wanted }
    }

    /// The message `id`, from the first language of the chain that has it.
    pub fn get(&self, id: &str, args: Option<&Args>) -> Option<Text> {
        self.layers.iter().find_map(|layer| {
            let bundle = layer.bundle()?;
            let message = bundle.get_message(id)?;
            let pattern = message.value()?;
            let mut errors = Vec::new();
            let value = bundle.format_pattern(pattern, args, &mut errors);
            Some(Text {
                value: crate::text::clean(&value),
                lang: layer.tag.clone(),
                fallback: layer.tag != self.wanted,
            })
        })
    }

    /// The message `id` from the first language of `chain` whose resource has it, with a
    /// bundle built for that language only: formatting one message (a lesson's title in the
    /// course list) costs one small bundle, not one per language of the chain.
    pub fn first(
        chain: &[&Language],
        resource: impl Fn(&str) -> Option<Arc<FluentResource>>,
        id: &str,
        args: Option<&Args>,
    ) -> Option<Text> {
        let wanted = chain.first()?.tag.clone();
        chain.iter().find_map(|lang| {
            let res = resource(&lang.tag)?;
            let pattern = res.entries().find_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) if m.id.name == id => m.value.as_ref(),
                _ => None,
            })?;
            // Plain words (most titles) are the text itself: no bundle is needed to format them,
            // and a list of a thousand lessons would build a thousand bundles.
            let plain: Option<String> = pattern
                .elements
                .iter()
                .map(|e| match e {
                    fluent_syntax::ast::PatternElement::TextElement { value } => Some(*value),
                    fluent_syntax::ast::PatternElement::Placeable { .. } => None,
                })
                .collect();
            if let Some(plain) = plain {
                return Some(Text {
                    value: crate::text::clean(&plain),
                    lang: lang.tag.clone(),
                    fallback: lang.tag != wanted,
                });
            }
            let one = Localizer {
                layers: vec![Layer {
                    tag: lang.tag.clone(),
                    bundle: LayerBundle::Ready(bundle_for(lang, res)),
                }],
                wanted: wanted.clone(),
            };
            one.get(id, args)
        })
    }

    /// The message `id` as plain text; the id itself when no language has it.
    pub fn text(&self, id: &str) -> String {
        self.get(id, None)
            .map_or_else(|| id.to_string(), |t| t.value)
    }

    /// The message `id` with arguments, as plain text.
    pub fn text_with(&self, id: &str, args: &Args) -> String {
        self.get(id, Some(args))
            .map_or_else(|| id.to_string(), |t| t.value)
    }

    /// The tag of the language the learner asked for.
    pub fn wanted(&self) -> &str {
        &self.wanted
    }
}

fn bundle_for(lang: &Language, resource: Arc<FluentResource>) -> FluentBundle<Arc<FluentResource>> {
    let mut bundle = FluentBundle::new(vec![lang.plural_rules.clone()]);
    bundle.set_use_isolating(false);
    let group = lang.digit_group.clone();
    // Both functions are registered on a fresh bundle, so adding them cannot collide.
    let _ = bundle.add_function("MONEY", move |positional, _named| {
        match positional.first() {
            Some(FluentValue::Number(n)) => {
                FluentValue::String(format_money(n.value.round() as i64, &group).into())
            }
            Some(FluentValue::String(s)) => match s.parse::<i64>() {
                Ok(v) => FluentValue::String(format_money(v, &group).into()),
                Err(_) => FluentValue::Error,
            },
            _ => FluentValue::Error,
        }
    });
    let _ = bundle.add_function("NUMBER", |positional, _named| match positional.first() {
        Some(FluentValue::Number(n)) => {
            FluentValue::Number(FluentNumber::new(n.value, n.options.clone()))
        }
        Some(other) => other.clone(),
        None => FluentValue::Error,
    });
    // A resource with errors still gives its good entries; `check` reports the rest.
    let _ = bundle.add_resource(resource);
    bundle
}

/// Parses Fluent source into a resource, keeping good entries when some are broken.
pub fn resource(source: String) -> Arc<FluentResource> {
    Arc::new(FluentResource::try_new(source).unwrap_or_else(|(res, _errors)| res))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::languages::ReviewStatus;

    fn lang(tag: &str, group: &str, plurals: &str) -> Language {
        Language {
            tag: tag.into(),
            name: tag.into(),
            fallback: vec![],
            status: ReviewStatus::Reviewed,
            voice: None,
            digit_group: group.into(),
            plural_rules: plurals.parse().unwrap_or_default(),
        }
    }

    fn localizer(sources: &[(&str, &str)]) -> Localizer {
        let langs = [
            lang("hnj-Latn-VN", ".", "vi"),
            lang("vi", ".", "vi"),
            lang("en", ",", "en"),
        ];
        let chain: Vec<&Language> = langs.iter().collect();
        Localizer::new(&chain, |tag| {
            sources
                .iter()
                .find(|(t, _)| *t == tag)
                .map(|(_, s)| resource((*s).to_string()))
        })
    }

    #[test]
    fn each_message_falls_back_on_its_own() {
        let l = localizer(&[
            ("hnj-Latn-VN", "hello = Nyob zoo\n"),
            ("vi", "hello = Chào\nbye = Tạm biệt\n"),
        ]);
        let hello = l.get("hello", None);
        let bye = l.get("bye", None);
        assert_eq!(
            hello.map(|t| (t.value, t.fallback)),
            Some(("Nyob zoo".into(), false))
        );
        assert_eq!(
            bye.map(|t| (t.value, t.lang, t.fallback)),
            Some(("Tạm biệt".into(), "vi".into(), true))
        );
        assert_eq!(l.get("nothing", None), None);
        assert_eq!(l.text("nothing"), "nothing");
    }

    #[test]
    fn money_is_formatted_in_the_language_of_the_text() {
        let l = localizer(&[
            ("vi", "p = Giá { MONEY($p) }\n"),
            ("en", "q = Price { MONEY($p) }\n"),
        ]);
        let mut args = Args::new();
        args.set("p", 150_000);
        assert_eq!(l.text_with("p", &args), "Giá 150.000 ₫");
        assert_eq!(l.text_with("q", &args), "Price 150,000 ₫");
    }

    #[test]
    fn no_isolation_marks_surround_placeables() {
        let l = localizer(&[("vi", "hi = Chào { $name }!\n")]);
        let mut args = Args::new();
        args.set("name", "Mai");
        assert_eq!(l.text_with("hi", &args), "Chào Mai!");
    }

    #[test]
    fn highland_plurals_use_the_borrowed_rules() {
        let src = "n = { $n ->\n    [one] one\n   *[other] many\n}\n";
        let l = localizer(&[("hnj-Latn-VN", src)]);
        let mut args = Args::new();
        args.set("n", 1);
        // Vietnamese rules have no "one": 1 takes the default branch.
        assert_eq!(l.text_with("n", &args), "many");
    }

    #[test]
    fn one_message_comes_from_the_first_language_that_has_it() {
        let langs = [lang("hnj-Latn-VN", ".", "vi"), lang("vi", ".", "vi")];
        let chain: Vec<&Language> = langs.iter().collect();
        let sources = [("hnj-Latn-VN", "a = A\n"), ("vi", "a = Á\nb = { $n }\n")];
        let res = |tag: &str| {
            sources
                .iter()
                .find(|(t, _)| *t == tag)
                .map(|(_, s)| resource((*s).to_string()))
        };
        let mut args = Args::new();
        args.set("n", 5);
        let b = Localizer::first(&chain, res, "b", Some(&args));
        assert_eq!(
            b.map(|t| (t.value, t.lang, t.fallback)),
            Some(("5".into(), "vi".into(), true))
        );
        let a = Localizer::first(&chain, res, "a", None);
        assert_eq!(a.map(|t| t.fallback), Some(false));
        assert_eq!(Localizer::first(&chain, res, "c", None), None);
    }

    #[test]
    fn a_plain_message_taken_without_a_bundle_reads_as_a_bundle_formats_it() {
        let langs = [lang("vi", ".", "vi")];
        let chain: Vec<&Language> = langs.iter().collect();
        let src =
            "t = Mật ong\nm =\n    Dòng một.\n        Thụt vào.\n    Dòng hai.\nc = a\u{7}b\n";
        let res = |_: &str| Some(resource(src.to_string()));
        let full = localizer(&[("vi", src)]);
        for id in ["t", "m", "c"] {
            assert_eq!(
                Localizer::first(&chain, res, id, None).map(|t| t.value),
                full.get(id, None).map(|t| t.value),
                "{id}"
            );
        }
    }

    #[test]
    fn control_characters_in_messages_are_made_visible() {
        let l = localizer(&[("vi", "x = a\u{1b}[31mb\n")]);
        assert_eq!(l.text("x"), "a\u{241b}[31mb");
    }
}
