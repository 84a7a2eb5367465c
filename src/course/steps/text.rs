//! `text`: a written answer. Either it must match one of the accepted answers, or it is judged
//! by a rubric: ideas it must mention (any keyword of each), ideas it must not contain (each
//! with its own feedback), and length limits. Keywords keep their diacritics whenever the
//! learner wrote with diacritics, so "mua" never counts as "mùa"; they are folded only when
//! the learner's whole answer has none, and never for an idea marked `exact`.
//!
//! Rubric answers also go through the claim checker that serves the story builder
//! (`workshop::claims`): a cure or treatment claim, a superlative, a phone number, a link or an
//! e-mail address, or contact off the platform fails the answer with its own explanation,
//! unless the step says `claims = false` (for a question whose answer may name such things).

use serde::{Deserialize, Serialize};
use toml::Spanned;
use toml::de::DeValue;

use super::order::Feedback;
use super::{Answer, Handled, Input, Mark, Prompt, Role, Shown, Wrong};
use crate::course::load::Builder;
use crate::diagnostic::Code;
use crate::text::matching;
use crate::workshop::claims::{ClaimKind, check_claims};

pub const KIND: &str = "text";
pub(crate) const KEYS: &[&str] = &[
    "prompt",
    "accept",
    "ignore_diacritics",
    "ideas",
    "forbidden",
    "claims",
    "min_words",
    "max_words",
    "min_chars",
    "max_chars",
    "feedback_right",
    "feedback_wrong",
];

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Text {
    pub prompt: String,
    pub check: TextCheck,
    pub limits: Limits,
    pub feedback: Feedback,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Idea {
    /// The idea in words, shown when it is missing (or, when forbidden, found).
    pub label: String,
    /// A message listing keywords, one per line; any one of them counts.
    pub words: String,
    /// Keywords match only as written, diacritics included.
    pub exact: bool,
    /// Forbidden ideas: what the learner is told when one is found.
    pub feedback: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum TextCheck {
    /// Messages listing accepted answers, one per line.
    Accept {
        answers: Vec<String>,
        ignore_diacritics: bool,
    },
    Rubric {
        ideas: Vec<Idea>,
        forbidden: Vec<Idea>,
        /// Run the claim checker on the answer.
        claims: bool,
    },
}

/// The claims a written answer may never make (see the module doc).
const BANNED_CLAIMS: &[ClaimKind] = &[
    ClaimKind::Cure,
    ClaimKind::Superlative,
    ClaimKind::Phone,
    ClaimKind::Link,
    ClaimKind::Email,
    ClaimKind::OffPlatformContact,
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Limits {
    pub min_words: Option<usize>,
    pub max_words: Option<usize>,
    pub min_chars: Option<usize>,
    pub max_chars: Option<usize>,
}

/// The learner's state: what is typed in the field.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct State {
    pub typed: String,
}

/// Everything wrong with a written answer.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct TextProblems {
    #[serde(default)]
    pub no_match: bool,
    #[serde(default)]
    pub missing_ideas: Vec<usize>,
    /// Forbidden ideas found (indexes into the rubric's `forbidden`).
    #[serde(default)]
    pub forbidden: Vec<usize>,
    /// Claims found by the claim checker: (kind id, the words as written).
    #[serde(default)]
    pub claims: Vec<(String, String)>,
    #[serde(default)]
    pub too_short: bool,
    #[serde(default)]
    pub too_long: bool,
}

#[derive(Debug, Deserialize)]
struct RawIdea {
    label: Spanned<String>,
    words: Spanned<String>,
    #[serde(default)]
    exact: bool,
    feedback: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
struct Raw {
    prompt: Option<Spanned<String>>,
    accept: Option<Vec<Spanned<String>>>,
    ignore_diacritics: Option<bool>,
    ideas: Option<Vec<Spanned<RawIdea>>>,
    forbidden: Option<Vec<Spanned<RawIdea>>>,
    claims: Option<bool>,
    min_words: Option<Spanned<i64>>,
    max_words: Option<Spanned<i64>>,
    min_chars: Option<Spanned<i64>>,
    max_chars: Option<Spanned<i64>>,
    feedback_right: Option<Spanned<String>>,
    feedback_wrong: Option<Spanned<String>>,
}

fn ideas(raw: &[Spanned<RawIdea>], b: &mut Builder<'_>, forbidden: bool) -> Vec<Idea> {
    raw.iter()
        .map(|i| {
            let i = i.get_ref();
            if !forbidden && let Some(f) = &i.feedback {
                b.report
                    .at(Code::UnknownField, f.span().start)
                    .with("field", "feedback")
                    .with("context", "ideas")
                    .with("expected", "label, words, exact");
            }
            Idea {
                label: b.msg(&i.label),
                words: b.msg(&i.words),
                exact: i.exact,
                feedback: if forbidden {
                    b.opt_msg(&i.feedback)
                } else {
                    None
                },
            }
        })
        .collect()
}

pub(crate) fn load(
    value: &Spanned<DeValue<'_>>,
    kind_at: usize,
    b: &mut Builder<'_>,
) -> Option<Text> {
    let raw: Raw = super::fields(value, KIND, KEYS, b)?;
    let prompt = b.required_msg(&raw.prompt, "prompt", kind_at);
    let rubric = raw.ideas.is_some() || raw.forbidden.is_some();
    let check = match (&raw.accept, rubric) {
        (Some(_), true) => {
            b.report.at(Code::TextBothChecks, kind_at);
            None
        }
        (None, false) => {
            b.report.at(Code::TextNoCheck, kind_at);
            None
        }
        (Some(accept), false) => {
            if accept.is_empty() {
                b.report.at(
                    Code::EmptyAnswerList,
                    super::key_at(value, "accept", kind_at),
                );
            }
            let answers = accept.iter().map(|a| b.msg(a)).collect();
            Some(TextCheck::Accept {
                answers,
                ignore_diacritics: raw.ignore_diacritics.unwrap_or(false),
            })
        }
        (None, true) => {
            let wanted = raw.ideas.as_deref().unwrap_or_default();
            if raw.ideas.is_some() && wanted.is_empty() {
                b.report.at(
                    Code::EmptyAnswerList,
                    super::key_at(value, "ideas", kind_at),
                );
            }
            let ideas_ = ideas(wanted, b, false);
            let forbidden = ideas(raw.forbidden.as_deref().unwrap_or_default(), b, true);
            Some(TextCheck::Rubric {
                ideas: ideas_,
                forbidden,
                claims: raw.claims.unwrap_or(true),
            })
        }
    };
    let limits = Limits {
        min_words: b.limit(&raw.min_words),
        max_words: b.limit(&raw.max_words),
        min_chars: b.limit(&raw.min_chars),
        max_chars: b.limit(&raw.max_chars),
    };
    let inverted =
        |lo: Option<usize>, hi: Option<usize>| matches!((lo, hi), (Some(l), Some(h)) if l > h);
    if inverted(limits.min_words, limits.max_words) || inverted(limits.min_chars, limits.max_chars)
    {
        b.report.at(Code::BadLengthLimits, kind_at);
    }
    Some(Text {
        prompt,
        check: check.unwrap_or(TextCheck::Rubric {
            ideas: Vec::new(),
            forbidden: Vec::new(),
            claims: true,
        }),
        limits,
        feedback: Feedback {
            right: b.opt_msg(&raw.feedback_right),
            wrong: b.opt_msg(&raw.feedback_wrong),
        },
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

pub(super) fn answer(state: &State) -> Result<Answer, Prompt> {
    if state.typed.trim().is_empty() {
        return Err(Prompt::TypeSomething);
    }
    Ok(Answer::Text(state.typed.clone()))
}

fn length_problems(text: &str, limits: &Limits) -> (bool, bool) {
    let words = matching::word_count(text);
    let chars = matching::char_count(text.trim());
    let short =
        limits.min_words.is_some_and(|m| words < m) || limits.min_chars.is_some_and(|m| chars < m);
    let long =
        limits.max_words.is_some_and(|m| words > m) || limits.max_chars.is_some_and(|m| chars > m);
    (short, long)
}

fn mentions(text: &str, idea: &Idea, lines: &dyn Fn(&str) -> Vec<String>) -> bool {
    let words = lines(&idea.words);
    matching::mentions_any(text, words.iter().map(String::as_str), idea.exact)
}

impl Text {
    /// The messages a learner reads on this step (see [`super::Step::shown_messages`]). The
    /// lists an answer is matched against (`accept`, an idea's `words`) are not read as text.
    pub(super) fn shown_messages<'a>(&'a self, out: &mut Vec<&'a str>) {
        out.push(&self.prompt);
        if let TextCheck::Rubric {
            ideas, forbidden, ..
        } = &self.check
        {
            out.extend(ideas.iter().map(|i| i.label.as_str()));
            for idea in forbidden {
                out.push(&idea.label);
                out.extend(idea.feedback.as_deref());
            }
        }
        self.feedback.shown_messages(out);
    }

    pub(super) fn check(&self, text: &str, lines: &dyn Fn(&str) -> Vec<String>) -> Option<Wrong> {
        let (too_short, too_long) = length_problems(text, &self.limits);
        let mut problems = TextProblems {
            too_short,
            too_long,
            ..TextProblems::default()
        };
        match &self.check {
            TextCheck::Accept {
                answers,
                ignore_diacritics,
            } => {
                let accepted: Vec<String> = answers.iter().flat_map(|id| lines(id)).collect();
                problems.no_match = !matching::matches_any(
                    text,
                    accepted.iter().map(String::as_str),
                    *ignore_diacritics,
                );
            }
            TextCheck::Rubric {
                ideas,
                forbidden,
                claims,
            } => {
                problems.missing_ideas = (0..ideas.len())
                    .filter(|i| !mentions(text, &ideas[*i], lines))
                    .collect();
                problems.forbidden = (0..forbidden.len())
                    .filter(|i| mentions(text, &forbidden[*i], lines))
                    .collect();
                if *claims {
                    let clean = crate::text::clean(text);
                    problems.claims = check_claims(&clean)
                        .into_iter()
                        .filter(|c| BANNED_CLAIMS.contains(&c.kind))
                        .map(|c| (c.kind.id().to_string(), c.text))
                        .collect();
                }
            }
        }
        if problems == TextProblems::default() {
            return None;
        }
        Some(Wrong::Text(problems))
    }

    pub fn body(&self) -> Vec<Shown> {
        vec![
            Shown::message(self.prompt.clone(), Role::Prompt),
            Shown::Blank,
            Shown::Field { unit: None },
            Shown::Counts(self.limits),
        ]
    }

    pub(super) fn wrong_detail(&self, problems: &TextProblems, out: &mut Vec<Shown>) {
        // What must not be written comes first: it fails the answer whatever else it has.
        for (kind, words) in &problems.claims {
            out.push(Shown::Claim {
                kind: kind.clone(),
                words: words.clone(),
            });
        }
        if let TextCheck::Rubric { forbidden, .. } = &self.check {
            for idea in problems.forbidden.iter().filter_map(|i| forbidden.get(*i)) {
                out.push(Shown::marked(idea.label.clone(), Role::Wrong, Mark::Wrong));
                if let Some(f) = &idea.feedback {
                    out.push(Shown::marked(f.clone(), Role::Base, Mark::Indent));
                }
            }
        }
        if problems.no_match {
            match &self.feedback.wrong {
                Some(id) => out.push(Shown::message(id.clone(), Role::Base)),
                None => out.push(Shown::ui("text-no-match", Role::Base)),
            }
        }
        if let TextCheck::Rubric { ideas, .. } = &self.check
            && !problems.missing_ideas.is_empty()
        {
            out.push(Shown::ui("text-missing-ideas", Role::Prompt));
            for idea in problems.missing_ideas.iter().filter_map(|i| ideas.get(*i)) {
                out.push(Shown::marked(idea.label.clone(), Role::Base, Mark::Pointer));
            }
        }
        // Word limits are named when the step has them, letter limits otherwise.
        let limit =
            |words: Option<usize>, chars: Option<usize>, word_msg, char_msg| match (words, chars) {
                (Some(n), _) => Shown::ui_with(word_msg, vec![("count", n as i64)], Role::Base),
                (None, n) => {
                    Shown::ui_with(char_msg, vec![("count", n.unwrap_or(0) as i64)], Role::Base)
                }
            };
        if problems.too_short {
            out.push(limit(
                self.limits.min_words,
                self.limits.min_chars,
                "text-too-short",
                "text-too-short-chars",
            ));
        }
        if problems.too_long {
            out.push(limit(
                self.limits.max_words,
                self.limits.max_chars,
                "text-too-long",
                "text-too-long-chars",
            ));
        }
    }

    pub(super) fn reveal(&self, out: &mut Vec<Shown>) {
        match &self.check {
            TextCheck::Accept { answers, .. } => {
                if let Some(first) = answers.first() {
                    out.push(Shown::FirstLine {
                        id: first.clone(),
                        role: Role::Prompt,
                        mark: Mark::Right,
                    });
                }
            }
            TextCheck::Rubric {
                ideas, forbidden, ..
            } => {
                if !ideas.is_empty() {
                    out.push(Shown::ui("text-ideas-expected", Role::Prompt));
                }
                for idea in ideas {
                    out.push(Shown::marked(idea.label.clone(), Role::Base, Mark::Pointer));
                }
                if !forbidden.is_empty() {
                    out.push(Shown::ui("text-ideas-forbidden", Role::Prompt));
                }
                for idea in forbidden {
                    out.push(Shown::marked(idea.label.clone(), Role::Base, Mark::Wrong));
                }
            }
        }
    }
}
