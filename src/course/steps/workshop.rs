//! `workshop`: a step that sends the learner to make part of their own shop. It names the
//! tool (`tool = "price-sheet" | "story" | "photo" | "listing"`) and a `prompt` saying what
//! to make. Enter opens the tool; Esc there comes back to the step, which is then done if the
//! learner's work of that kind exists (the app sets it done; see `app::workshop`). Nothing is
//! checked here: the work is the learner's own and has no right answer.

use serde::Deserialize;
use toml::Spanned;
use toml::de::DeValue;

use super::{Mark, Role, Shown};
use crate::app::workshop::Tool;
use crate::course::load::Builder;
use crate::diagnostic::Code;

pub const KIND: &str = "workshop";
pub(crate) const KEYS: &[&str] = &["tool", "prompt"];

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Workshop {
    pub tool: Tool,
    /// Message id of what the learner is asked to make.
    pub prompt: String,
}

#[derive(Debug, Deserialize)]
struct Raw {
    tool: Option<Spanned<String>>,
    prompt: Option<Spanned<String>>,
}

pub(crate) fn load(
    value: &Spanned<DeValue<'_>>,
    kind_at: usize,
    b: &mut Builder<'_>,
) -> Option<Workshop> {
    let raw: Raw = super::fields(value, KIND, KEYS, b)?;
    let prompt = b.required_msg(&raw.prompt, "prompt", kind_at);
    let tool = match &raw.tool {
        None => {
            b.report
                .at(Code::MissingField, kind_at)
                .with("field", "tool");
            None
        }
        Some(t) => {
            let tool = Tool::from_id(t.get_ref());
            if tool.is_none() {
                let ids: Vec<&str> = Tool::ALL.iter().map(|t| t.id()).collect();
                b.report
                    .at(Code::UnknownTool, t.span().start)
                    .with("found", crate::text::clean_line(t.get_ref()))
                    .with("expected", ids.join(", "));
            }
            tool
        }
    };
    Some(Workshop {
        tool: tool?,
        prompt,
    })
}

impl Workshop {
    /// The messages a learner reads on this step (see [`super::Step::shown_messages`]).
    pub(super) fn shown_messages<'a>(&'a self, out: &mut Vec<&'a str>) {
        out.push(&self.prompt);
    }

    pub fn body(&self) -> Vec<Shown> {
        vec![
            Shown::message(self.prompt.clone(), Role::Base),
            Shown::Blank,
            Shown::ui_marked(open_message(self.tool), Role::Hint, Mark::Pointer),
        ]
    }
}

/// What Enter does on the step, in the learner's words.
fn open_message(tool: Tool) -> &'static str {
    match tool {
        Tool::PriceSheet => "step-workshop-open-price-sheet",
        Tool::Story => "step-workshop-open-story",
        Tool::Photo => "step-workshop-open-photo",
        Tool::Listing => "step-workshop-open-listing",
    }
}
