//! `number`: type a whole number (đồng, or a unit the lesson names), right within a tolerance.
//! A wrong number says whether it is too low or too high.

use serde::Deserialize;
use toml::Spanned;
use toml::de::DeValue;

use super::order::Feedback;
use super::{Answer, Handled, Input, Mark, Prompt, Role, Shown, Wrong};
use crate::course::load::{Builder, LiteralAnswer};
use crate::diagnostic::Code;

pub const KIND: &str = "number";
pub(crate) const KEYS: &[&str] = &[
    "prompt",
    "answer",
    "tolerance",
    "unit",
    "feedback_right",
    "feedback_wrong",
    "feedback_low",
    "feedback_high",
];

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Unit {
    Dong,
    /// A message id naming the unit ("kg").
    Message(String),
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Number {
    pub prompt: String,
    pub answer: i64,
    pub tolerance: i64,
    pub unit: Unit,
    pub feedback: Feedback,
    pub too_low: Option<String>,
    pub too_high: Option<String>,
}

/// The learner's state: what is typed in the field.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct State {
    pub typed: String,
}

#[derive(Debug, Deserialize)]
struct Raw {
    prompt: Option<Spanned<String>>,
    answer: Option<Spanned<AnswerValue>>,
    tolerance: Option<Spanned<i64>>,
    unit: Option<Spanned<String>>,
    feedback_right: Option<Spanned<String>>,
    feedback_wrong: Option<Spanned<String>>,
    feedback_low: Option<Spanned<String>>,
    feedback_high: Option<Spanned<String>>,
}

/// `answer` as written: a whole number, or a formula over the lesson's `[vars]` (see
/// `course::formula`).
#[derive(Debug)]
enum AnswerValue {
    Number(i64),
    Formula(String),
}

impl<'de> Deserialize<'de> for AnswerValue {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visit;
        impl serde::de::Visitor<'_> for Visit {
            type Value = AnswerValue;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                // "i64" is what `mistakes::wrong_type_kind` recognises as a whole number.
                f.write_str("i64 or a formula")
            }
            fn visit_i64<E>(self, v: i64) -> Result<AnswerValue, E> {
                Ok(AnswerValue::Number(v))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<AnswerValue, E> {
                i64::try_from(v)
                    .map(AnswerValue::Number)
                    .map_err(|_| E::invalid_value(serde::de::Unexpected::Unsigned(v), &self))
            }
            fn visit_str<E>(self, v: &str) -> Result<AnswerValue, E> {
                Ok(AnswerValue::Formula(v.to_string()))
            }
        }
        d.deserialize_any(Visit)
    }
}

pub(crate) fn load(
    value: &Spanned<DeValue<'_>>,
    kind_at: usize,
    b: &mut Builder<'_>,
) -> Option<Number> {
    let raw: Raw = super::fields(value, KIND, KEYS, b)?;
    let prompt = b.required_msg(&raw.prompt, "prompt", kind_at);
    let answer = match &raw.answer {
        Some(a) => match a.get_ref() {
            AnswerValue::Number(n) => {
                // Only money is compared with the money the feedback shows.
                let dong = raw.unit.as_ref().is_none_or(|u| u.get_ref() == "dong");
                if let Some(right) = raw.feedback_right.as_ref().filter(|_| dong) {
                    b.literal_answer(LiteralAnswer {
                        answer: *n,
                        tolerance: raw.tolerance.as_ref().map_or(0, |t| *t.get_ref()),
                        feedback_right: crate::tomlfile::text(right),
                        at: a.span().start,
                    });
                }
                *n
            }
            AnswerValue::Formula(text) => b
                .formula(&Spanned::new(a.span(), text.clone()))
                .unwrap_or(0),
        },
        None => {
            b.report
                .at(Code::MissingField, kind_at)
                .with("field", "answer");
            0
        }
    };
    let tolerance = match &raw.tolerance {
        Some(t) if *t.get_ref() < 0 => {
            b.report.at(Code::BadTolerance, t.span().start);
            0
        }
        Some(t) => *t.get_ref(),
        None => 0,
    };
    let unit = match &raw.unit {
        Some(u) if u.get_ref() == "dong" => Unit::Dong,
        Some(u) => Unit::Message(b.msg(u)),
        None => Unit::Dong,
    };
    Some(Number {
        prompt,
        answer,
        tolerance,
        unit,
        feedback: Feedback {
            right: b.opt_msg(&raw.feedback_right),
            wrong: b.opt_msg(&raw.feedback_wrong),
        },
        too_low: b.opt_msg(&raw.feedback_low),
        too_high: b.opt_msg(&raw.feedback_high),
    })
}

pub(super) fn input(state: &mut State, input: &Input) -> Handled {
    match input {
        Input::Typed(text) if *text != state.typed => {
            state.typed = text.clone();
            Handled::Changed
        }
        Input::Confirm => Handled::Check,
        _ => Handled::Nothing,
    }
}

impl Number {
    /// The messages a learner reads on this step (see [`super::Step::shown_messages`]).
    pub(super) fn shown_messages<'a>(&'a self, out: &mut Vec<&'a str>) {
        out.push(&self.prompt);
        if let Unit::Message(unit) = &self.unit {
            out.push(unit);
        }
        self.feedback.shown_messages(out);
        out.extend(self.too_low.as_deref());
        out.extend(self.too_high.as_deref());
    }

    pub(super) fn answer(&self, state: &State) -> Result<Answer, Prompt> {
        if state.typed.trim().is_empty() {
            return Err(Prompt::TypeSomething);
        }
        crate::i18n::money::parse_amount(&state.typed)
            .map(Answer::Number)
            .ok_or(Prompt::NotANumber {
                example: self.format_example(),
            })
    }

    /// A number to show how numbers are typed: never one this step would accept.
    pub fn format_example(&self) -> i64 {
        const CANDIDATES: &[i64] = &[45_000, 32_000, 7_500, 250];
        CANDIDATES
            .iter()
            .copied()
            .find(|c| c.abs_diff(self.answer) > self.tolerance.unsigned_abs())
            .unwrap_or(
                self.answer
                    .saturating_add(self.tolerance)
                    .saturating_add(1_000),
            )
    }

    pub(super) fn check(&self, given: i64) -> Option<Wrong> {
        if given.abs_diff(self.answer) <= self.tolerance.unsigned_abs() {
            return None;
        }
        Some(Wrong::Number {
            too_low: given < self.answer,
        })
    }

    pub fn body(&self) -> Vec<Shown> {
        vec![
            Shown::message(self.prompt.clone(), Role::Prompt),
            Shown::Blank,
            Shown::Field {
                unit: Some(self.unit.clone()),
            },
            Shown::ui("number-instruction", Role::Muted),
        ]
    }

    pub(super) fn wrong_detail(&self, too_low: bool, out: &mut Vec<Shown>) {
        let specific = if too_low {
            &self.too_low
        } else {
            &self.too_high
        };
        match specific.as_ref().or(self.feedback.wrong.as_ref()) {
            Some(id) => out.push(Shown::message(id.clone(), Role::Base)),
            None => out.push(Shown::ui(
                if too_low {
                    "number-too-low"
                } else {
                    "number-too-high"
                },
                Role::Base,
            )),
        }
    }

    pub(super) fn reveal(&self, out: &mut Vec<Shown>) {
        out.push(Shown::Amount {
            value: self.answer,
            unit: self.unit.clone(),
            role: Role::Prompt,
            mark: Mark::Right,
        });
    }
}
