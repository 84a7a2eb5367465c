//! `choice`: one right option among several. The highlighted option is the answer; a wrong one
//! shows its own feedback.

use serde::Deserialize;
use toml::Spanned;
use toml::de::DeValue;

use super::{Handled, Input, Mark, Role, Shown, Wrong};
use crate::course::load::Builder;
use crate::diagnostic::Code;

pub const KIND: &str = "choice";
pub(crate) const KEYS: &[&str] = &["prompt", "options"];

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Choice {
    pub prompt: String,
    pub options: Vec<ChoiceOption>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ChoiceOption {
    pub text: String,
    pub correct: bool,
    pub feedback: Option<String>,
}

/// The learner's state: the highlighted option.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct State {
    pub cursor: usize,
}

#[derive(Debug, Deserialize)]
pub(super) struct RawOption {
    text: Spanned<String>,
    #[serde(default)]
    correct: bool,
    feedback: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
pub(super) struct Raw {
    pub(super) prompt: Option<Spanned<String>>,
    pub(super) options: Option<Vec<Spanned<RawOption>>>,
}

/// Prompt and options, shared with `multi`; reports a missing list or fewer than two options.
pub(super) fn load_options(
    raw: &Raw,
    value: &Spanned<DeValue<'_>>,
    kind_at: usize,
    b: &mut Builder<'_>,
) -> (String, Vec<ChoiceOption>, usize) {
    let prompt = b.required_msg(&raw.prompt, "prompt", kind_at);
    let options_at = super::key_at(value, "options", kind_at);
    let options: Vec<ChoiceOption> = raw
        .options
        .iter()
        .flatten()
        .map(|o| {
            let o = o.get_ref();
            ChoiceOption {
                text: b.msg(&o.text),
                correct: o.correct,
                feedback: b.opt_msg(&o.feedback),
            }
        })
        .collect();
    if raw.options.is_none() {
        b.report
            .at(Code::MissingField, kind_at)
            .with("field", "options");
    } else if options.len() < 2 {
        b.report
            .at(Code::TooFewOptions, options_at)
            .with("count", options.len());
    }
    (prompt, options, options_at)
}

pub(crate) fn load(
    value: &Spanned<DeValue<'_>>,
    kind_at: usize,
    b: &mut Builder<'_>,
) -> Option<Choice> {
    let raw: Raw = super::fields(value, KIND, KEYS, b)?;
    let (prompt, options, options_at) = load_options(&raw, value, kind_at, b);
    let correct = options.iter().filter(|o| o.correct).count();
    if correct != 1 && !options.is_empty() {
        b.report
            .at(Code::ChoiceCorrectCount, options_at)
            .with("count", correct);
    }
    // A wrong option with no feedback: the learner who picks it is told only "not right".
    for (option, raw) in options.iter().zip(raw.options.iter().flatten()) {
        if !option.correct && option.feedback.is_none() {
            b.report
                .at(Code::OptionWithoutFeedback, raw.span().start)
                .with("option", &option.text);
        }
    }
    Some(Choice { prompt, options })
}

/// Up, Down, a digit or a click moves the highlight within `0..len`; true when it was one.
pub(super) fn select(cursor: &mut usize, len: usize, input: &Input) -> bool {
    match input {
        Input::Up => *cursor = cursor.saturating_sub(1),
        Input::Down => *cursor = (*cursor + 1).min(len.saturating_sub(1)),
        Input::Pick(i) if *i < len => *cursor = *i,
        _ => return false,
    }
    true
}

/// The options as rows, with tick boxes when `ticked` is given.
pub(super) fn rows(
    options: &[ChoiceOption],
    cursor: usize,
    ticked: Option<&std::collections::BTreeSet<usize>>,
) -> Vec<Shown> {
    options
        .iter()
        .enumerate()
        .map(|(i, o)| Shown::Row {
            number: i + 1,
            ticked: ticked.map(|t| t.contains(&i)),
            text: o.text.clone(),
            selected: cursor == i,
        })
        .collect()
}

/// Every right option with its feedback under it.
/// The options' own text and their feedback, in order.
pub(super) fn option_messages<'a>(options: &'a [ChoiceOption], out: &mut Vec<&'a str>) {
    for option in options {
        out.push(&option.text);
        out.extend(option.feedback.as_deref());
    }
}

pub(super) fn reveal_options(options: &[ChoiceOption], out: &mut Vec<Shown>) {
    for (i, o) in options.iter().enumerate().filter(|(_, o)| o.correct) {
        out.push(Shown::marked(
            o.text.clone(),
            Role::Base,
            Mark::RightNumber(i + 1),
        ));
        if let Some(f) = &o.feedback {
            out.push(Shown::marked(f.clone(), Role::Muted, Mark::Indent));
        }
    }
}

impl Choice {
    /// The messages a learner reads on this step (see [`super::Step::shown_messages`]).
    pub(super) fn shown_messages<'a>(&'a self, out: &mut Vec<&'a str>) {
        out.push(&self.prompt);
        option_messages(&self.options, out);
    }

    pub(super) fn fits(&self, state: &State) -> bool {
        state.cursor < self.options.len()
    }

    pub(super) fn input(&self, state: &mut State, input: &Input) -> Handled {
        let before = state.cursor;
        if select(&mut state.cursor, self.options.len(), input) {
            return if before == state.cursor {
                Handled::Nothing
            } else {
                Handled::Changed
            };
        }
        match input {
            Input::Confirm => Handled::Check,
            _ => Handled::Nothing,
        }
    }

    pub(super) fn check(&self, chosen: usize) -> Option<Wrong> {
        match self.options.get(chosen) {
            Some(o) if o.correct => None,
            _ => Some(Wrong::Choice { chosen }),
        }
    }

    pub fn body(&self, state: &State) -> Vec<Shown> {
        let mut out = vec![
            Shown::message(self.prompt.clone(), Role::Prompt),
            Shown::Blank,
        ];
        out.extend(rows(&self.options, state.cursor, None));
        out
    }

    pub(super) fn right_feedback(&self, state: &State) -> Option<String> {
        self.options
            .get(state.cursor)
            .and_then(|o| o.feedback.clone())
    }

    pub(super) fn wrong_detail(&self, chosen: usize, out: &mut Vec<Shown>) {
        if let Some(f) = self.options.get(chosen).and_then(|o| o.feedback.as_ref()) {
            out.push(Shown::message(f.clone(), Role::Base));
        }
    }

    pub(super) fn reveal(&self, out: &mut Vec<Shown>) {
        reveal_options(&self.options, out);
    }
}
