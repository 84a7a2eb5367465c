//! `read`: a text to read, with an optional picture and its description. Enter goes on.

use serde::Deserialize;
use toml::Spanned;
use toml::de::DeValue;

use super::{Mark, Role, Shown};
use crate::course::load::Builder;
use crate::diagnostic::Code;

pub const KIND: &str = "read";
pub(crate) const KEYS: &[&str] = &["text", "picture", "picture_alt"];

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Read {
    pub text: String,
    pub picture: Option<Picture>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Picture {
    /// Path inside the course files ("photo-light/media/bright.png").
    pub path: String,
    /// What the picture shows, for every learner and every terminal.
    pub alt: String,
}

#[derive(Debug, Deserialize)]
struct Raw {
    text: Option<Spanned<String>>,
    picture: Option<Spanned<String>>,
    picture_alt: Option<Spanned<String>>,
}

pub(crate) fn load(
    value: &Spanned<DeValue<'_>>,
    kind_at: usize,
    b: &mut Builder<'_>,
) -> Option<Read> {
    let raw: Raw = super::fields(value, KIND, KEYS, b)?;
    let text = b.required_msg(&raw.text, "text", kind_at);
    let picture = raw.picture.as_ref().map(|p| {
        let path = b.media(p);
        let alt = match &raw.picture_alt {
            Some(a) => b.msg(a),
            None => {
                b.report.at(Code::MissingPictureAlt, p.span().start);
                String::new()
            }
        };
        Picture { path, alt }
    });
    Some(Read { text, picture })
}

impl Read {
    /// The messages a learner reads on this step (see [`super::Step::shown_messages`]).
    pub(super) fn shown_messages<'a>(&'a self, out: &mut Vec<&'a str>) {
        out.push(&self.text);
        out.extend(self.picture.as_ref().map(|p| p.alt.as_str()));
    }

    pub fn body(&self) -> Vec<Shown> {
        let mut out = vec![Shown::message(self.text.clone(), Role::Base)];
        if let Some(picture) = &self.picture {
            // The description comes first, so that a small window never hides it behind the
            // picture.
            out.push(Shown::Blank);
            out.push(Shown::marked(
                picture.alt.clone(),
                Role::Hint,
                Mark::Picture,
            ));
            out.push(Shown::Picture {
                path: picture.path.clone(),
            });
        }
        out
    }
}
