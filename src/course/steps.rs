//! Step types. Each kind lives in its own module with everything about it: the fields a lesson
//! file gives it and their validation, the learner's state on it, what keys do to that state,
//! how an answer is checked, and what the learner is told. This file lists the kinds in one
//! enum and dispatches to them; every match over the kinds is exhaustive, so adding a kind
//! makes the compiler name each place that must handle it.
//!
//! What the learner is told is decided here, in pure code, as a list of [`Shown`] blocks; the
//! screen only draws them.

pub mod choice;
pub mod multi;
pub mod number;
pub mod order;
pub mod read;
pub mod scenario;
mod shown;
pub mod text;
pub mod workshop;

use serde::{Deserialize, Serialize};
use toml::Spanned;
use toml::de::DeValue;

pub use shown::{Mark, Role, Shown};

use super::load::Builder;

/// One step of a lesson.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Step {
    /// Stable id, unique in the lesson (progress and class reports use it).
    pub id: String,
    pub kind: StepKind,
    /// Shown one at a time, in order, after wrong answers.
    pub hints: Vec<String>,
    /// The step that follows this one, when it is not the next in the file.
    pub next: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum StepKind {
    Read(read::Read),
    Choice(choice::Choice),
    Multi(multi::Multi),
    Order(order::Order),
    Number(number::Number),
    Text(text::Text),
    Scenario(scenario::Scenario),
    Workshop(workshop::Workshop),
}

/// The kinds' names in lesson files, for the "unknown step type" diagnostic.
pub const KINDS: &[&str] = &[
    read::KIND,
    choice::KIND,
    multi::KIND,
    order::KIND,
    number::KIND,
    text::KIND,
    scenario::KIND,
    workshop::KIND,
];

/// Keys every step may have, whatever its kind.
pub const COMMON_KEYS: &[&str] = &["type", "id", "hints", "next"];

/// The keys a step of kind `kind` may have besides [`COMMON_KEYS`]; None when the kind is
/// unknown. The trainers' guide lists them, and a test holds it to this list.
pub fn keys(kind: &str) -> Option<&'static [&'static str]> {
    Some(match kind {
        read::KIND => read::KEYS,
        choice::KIND | multi::KIND => choice::KEYS,
        order::KIND => order::KEYS,
        number::KIND => number::KEYS,
        text::KIND => text::KEYS,
        scenario::KIND => scenario::KEYS,
        workshop::KIND => workshop::KEYS,
        _ => return None,
    })
}

/// Loads a step of kind `kind` from its table; None when the kind is unknown (reported) or the
/// fields could not be read at all.
pub(crate) fn load_kind(
    kind: &str,
    value: &Spanned<DeValue<'_>>,
    kind_at: usize,
    b: &mut Builder<'_>,
) -> Option<StepKind> {
    Some(match kind {
        read::KIND => StepKind::Read(read::load(value, kind_at, b)?),
        choice::KIND => StepKind::Choice(choice::load(value, kind_at, b)?),
        multi::KIND => StepKind::Multi(multi::load(value, kind_at, b)?),
        order::KIND => StepKind::Order(order::load(value, kind_at, b)?),
        number::KIND => StepKind::Number(number::load(value, kind_at, b)?),
        text::KIND => StepKind::Text(text::load(value, kind_at, b)?),
        scenario::KIND => StepKind::Scenario(scenario::load(value, kind_at, b)?),
        workshop::KIND => StepKind::Workshop(workshop::load(value, kind_at, b)?),
        unknown => {
            b.report
                .at(crate::diagnostic::Code::UnknownStepType, kind_at)
                .with("found", crate::text::clean_line(unknown))
                .with("expected", KINDS.join(", "));
            return None;
        }
    })
}

/// A learner's answer, as checked and recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    Choice(usize),
    /// Chosen option indexes.
    Multi(Vec<usize>),
    /// Item indexes (into the right order) as the learner arranged them.
    Order(Vec<usize>),
    Number(i64),
    Text(String),
    /// The replies chosen, node by node.
    Scenario(Vec<usize>),
}

impl Answer {
    /// A compact record of the answer for the progress store.
    pub fn record(&self) -> String {
        let list = |v: &[usize]| v.iter().map(usize::to_string).collect::<Vec<_>>().join(",");
        match self {
            Answer::Choice(i) => format!("choice:{i}"),
            Answer::Multi(v) => format!("multi:{}", list(v)),
            Answer::Order(v) => format!("order:{}", list(v)),
            Answer::Number(n) => format!("number:{n}"),
            Answer::Text(t) => format!("text:{t}"),
            Answer::Scenario(v) => format!("scenario:{}", list(v)),
        }
    }
}

/// Why an answer was wrong, in enough detail to tell the learner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Wrong {
    Choice {
        chosen: usize,
    },
    /// Counts only: naming the options would give the answer away.
    Multi {
        wrongly_picked: usize,
        missed: usize,
    },
    /// For each position of the learner's order, whether the item there is in its place.
    Order {
        in_place: Vec<bool>,
    },
    Number {
        too_low: bool,
    },
    Text(text::TextProblems),
    /// The role-play reached a poor ending.
    Scenario,
}

/// Something the learner must do before an answer can be checked; not a try.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Prompt {
    /// Multi: nothing ticked.
    TickSomething,
    /// Order: items are still to be placed.
    PlaceEvery,
    /// Number or text: the field is empty.
    TypeSomething,
    /// Number: what was typed is not a number; `example` shows how to type one (never the
    /// step's answer).
    NotANumber { example: i64 },
    /// Scenario: a reply is still to be chosen.
    ChooseReply,
}

impl Prompt {
    pub fn shown(self) -> Shown {
        match self {
            Prompt::TickSomething => Shown::ui("prompt-tick-something", Role::Prompt),
            Prompt::PlaceEvery => Shown::ui("prompt-place-every", Role::Prompt),
            Prompt::TypeSomething => Shown::ui("prompt-type-something", Role::Prompt),
            Prompt::ChooseReply => Shown::ui("prompt-choose-reply", Role::Prompt),
            Prompt::NotANumber { example } => {
                Shown::ui_with("number-invalid", vec![("example", example)], Role::Wrong)
            }
        }
    }
}

/// Where the learner is on a step.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(tag = "status", rename_all = "kebab-case")]
pub enum Status {
    #[default]
    Answering,
    /// The answer cannot be checked yet; the learner is told what to do.
    Prompted {
        prompt: Prompt,
    },
    /// The last answer was wrong; the learner may change it and try again.
    Wrong {
        wrong: Wrong,
    },
    Right,
    /// Every hint was used and the answer was still wrong: the right answer is shown.
    Revealed,
}

impl Status {
    /// The step is done: the learner goes on with Enter.
    pub fn is_done(&self) -> bool {
        matches!(self, Status::Right | Status::Revealed)
    }
}

/// What the learner has done on one step: everything the screen shows, so that it can be
/// saved after every change and shown again the same after a restart.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct StepState {
    #[serde(default, flatten)]
    pub status: Status,
    /// Wrong answers counted on this step (each earns the next hint).
    #[serde(default)]
    pub wrong_count: usize,
    /// The answer last checked (its record): checking it again unchanged is not a new try.
    #[serde(default)]
    pub last_checked: Option<String>,
    #[serde(default)]
    pub input: KindState,
}

/// The part of a step's state that belongs to its kind.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum KindState {
    #[default]
    Read,
    Choice(choice::State),
    Multi(multi::State),
    Order(order::State),
    Number(number::State),
    Text(text::State),
    Scenario(scenario::State),
    /// Nothing of its own: the work is kept apart (see `workshop`).
    Workshop,
}

impl StepState {
    /// A step seen for the first time.
    pub fn fresh(step: &Step) -> StepState {
        let input = match &step.kind {
            StepKind::Read(_) => KindState::Read,
            StepKind::Choice(_) => KindState::Choice(choice::State::default()),
            StepKind::Multi(_) => KindState::Multi(multi::State::default()),
            StepKind::Order(o) => KindState::Order(o.fresh_state(&step.id)),
            StepKind::Number(_) => KindState::Number(number::State::default()),
            StepKind::Text(_) => KindState::Text(text::State::default()),
            StepKind::Scenario(_) => KindState::Scenario(scenario::State::default()),
            StepKind::Workshop(_) => KindState::Workshop,
        };
        StepState {
            input,
            ..StepState::default()
        }
    }

    /// A saved state, if it still fits the step (a lesson may have changed since); otherwise
    /// the step starts afresh.
    pub fn restore(step: &Step, saved: Option<&str>) -> StepState {
        let fresh = StepState::fresh(step);
        let Some(state) = saved.and_then(|s| serde_json::from_str::<StepState>(s).ok()) else {
            return fresh;
        };
        let fits = match (&step.kind, &state.input) {
            (StepKind::Read(_), KindState::Read) => true,
            (StepKind::Choice(c), KindState::Choice(s)) => c.fits(s),
            (StepKind::Multi(m), KindState::Multi(s)) => m.fits(s),
            (StepKind::Order(o), KindState::Order(s)) => o.fits(s),
            (StepKind::Number(_), KindState::Number(_)) => true,
            (StepKind::Text(_), KindState::Text(_)) => true,
            (StepKind::Scenario(sc), KindState::Scenario(s)) => sc.fits(s),
            (StepKind::Workshop(_), KindState::Workshop) => true,
            (
                StepKind::Read(_)
                | StepKind::Choice(_)
                | StepKind::Multi(_)
                | StepKind::Order(_)
                | StepKind::Number(_)
                | StepKind::Text(_)
                | StepKind::Scenario(_)
                | StepKind::Workshop(_),
                _,
            ) => false,
        };
        if fits { state } else { fresh }
    }

    /// The state as saved in the progress store.
    pub fn saved(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// True when Backspace has something to take back (an item placed, a reply chosen).
    pub fn can_take_back(&self) -> bool {
        match &self.input {
            KindState::Order(s) => !s.placed.is_empty(),
            KindState::Scenario(s) => !s.chosen.is_empty(),
            KindState::Read
            | KindState::Workshop
            | KindState::Choice(_)
            | KindState::Multi(_)
            | KindState::Number(_)
            | KindState::Text(_) => true,
        }
    }

    /// Hints shown so far: one per wrong answer, up to all of them.
    pub fn hints_shown(&self, step: &Step) -> usize {
        self.wrong_count.min(step.hints.len())
    }
}

/// A key as a step understands it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    Up,
    Down,
    /// 1–9, or a click on the n-th item (0-based).
    Pick(usize),
    Toggle,
    Confirm,
    Backspace,
    /// The text in the step's field is now this.
    Typed(String),
}

/// What an input did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Handled {
    /// Nothing the learner can see changed.
    Nothing,
    /// The highlight moved; the answer is the same.
    Moved,
    /// The answer being built changed.
    Changed,
    /// The learner asks for the answer to be checked.
    Check,
}

/// How the keys behave on a step now (the keymap's context).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keys {
    Read,
    Choice,
    Multi,
    /// Order, with items still to place (Enter places).
    Placing,
    /// Order, every item placed (Enter checks).
    Placed,
    Number,
    Writing,
    /// A role-play: choosing replies, or at an ending.
    Scenario,
    /// A workshop step: Enter opens the tool.
    Workshop,
    /// The step is done: Enter goes on.
    Done,
}

impl Step {
    pub fn is_question(&self) -> bool {
        !matches!(self.kind, StepKind::Read(_) | StepKind::Workshop(_))
    }

    /// The main message of the step: the text of a read step, the prompt of a question.
    pub fn main_message(&self) -> &str {
        match &self.kind {
            StepKind::Read(r) => &r.text,
            StepKind::Choice(c) => &c.prompt,
            StepKind::Multi(m) => &m.prompt,
            StepKind::Order(o) => &o.prompt,
            StepKind::Number(n) => &n.prompt,
            StepKind::Text(t) => &t.prompt,
            StepKind::Scenario(s) => &s.prompt,
            StepKind::Workshop(w) => &w.prompt,
        }
    }

    /// The messages of this step a learner reads, in order: its own text or prompt, its
    /// options, items or nodes, their feedback, its hints. Not the lists an answer is matched
    /// against (a text step's `accept` and keyword lists): those are never read as they are.
    /// A recording of each is wanted where a lesson has recordings (see `audio`).
    pub fn shown_messages(&self) -> Vec<&str> {
        let mut out = Vec::new();
        match &self.kind {
            StepKind::Read(r) => r.shown_messages(&mut out),
            StepKind::Choice(c) => c.shown_messages(&mut out),
            StepKind::Multi(m) => m.shown_messages(&mut out),
            StepKind::Order(o) => o.shown_messages(&mut out),
            StepKind::Number(n) => n.shown_messages(&mut out),
            StepKind::Text(t) => t.shown_messages(&mut out),
            StepKind::Scenario(s) => s.shown_messages(&mut out),
            StepKind::Workshop(w) => w.shown_messages(&mut out),
        }
        out.extend(self.hints.iter().map(String::as_str));
        out.retain(|id| !id.is_empty());
        out
    }

    /// The picture the step shows, if any.
    pub fn picture(&self) -> Option<&read::Picture> {
        match &self.kind {
            StepKind::Read(r) => r.picture.as_ref(),
            StepKind::Choice(_)
            | StepKind::Multi(_)
            | StepKind::Order(_)
            | StepKind::Number(_)
            | StepKind::Text(_)
            | StepKind::Scenario(_)
            | StepKind::Workshop(_) => None,
        }
    }

    /// True when the step takes typed text (so the field keeps the keys).
    pub fn has_field(&self) -> bool {
        matches!(self.kind, StepKind::Number(_) | StepKind::Text(_))
    }

    pub fn keys(&self, state: &StepState) -> Keys {
        if state.status.is_done() {
            return Keys::Done;
        }
        match (&self.kind, &state.input) {
            (StepKind::Order(o), KindState::Order(s)) => {
                if o.unplaced(s).is_empty() {
                    Keys::Placed
                } else {
                    Keys::Placing
                }
            }
            (StepKind::Read(_), _) => Keys::Read,
            (StepKind::Choice(_), _) => Keys::Choice,
            (StepKind::Multi(_), _) => Keys::Multi,
            (StepKind::Order(_), _) => Keys::Placing,
            (StepKind::Number(_), _) => Keys::Number,
            (StepKind::Text(_), _) => Keys::Writing,
            (StepKind::Scenario(_), _) => Keys::Scenario,
            (StepKind::Workshop(_), _) => Keys::Workshop,
        }
    }

    /// Applies a key to the learner's state on this step.
    pub fn input(&self, state: &mut StepState, input: &Input) -> Handled {
        if state.status.is_done() {
            return if *input == Input::Confirm {
                Handled::Check
            } else {
                Handled::Nothing
            };
        }
        let handled = match (&self.kind, &mut state.input) {
            (StepKind::Read(_) | StepKind::Workshop(_), _) => match input {
                Input::Confirm => Handled::Check,
                _ => Handled::Nothing,
            },
            (StepKind::Choice(c), KindState::Choice(s)) => c.input(s, input),
            (StepKind::Multi(m), KindState::Multi(s)) => m.input(s, input),
            (StepKind::Order(o), KindState::Order(s)) => o.input(s, input),
            (StepKind::Number(_), KindState::Number(s)) => number::input(s, input),
            (StepKind::Text(_), KindState::Text(s)) => text::input(s, input),
            (StepKind::Scenario(sc), KindState::Scenario(s)) => sc.input(s, input),
            (
                StepKind::Choice(_)
                | StepKind::Multi(_)
                | StepKind::Order(_)
                | StepKind::Number(_)
                | StepKind::Text(_)
                | StepKind::Scenario(_),
                _,
            ) => Handled::Nothing,
        };
        if handled == Handled::Changed && !matches!(state.status, Status::Answering) {
            // A changed answer hides the feedback on the old one; hints already earned stay.
            state.status = Status::Answering;
        }
        handled
    }

    /// The learner's answer, or what they must do before it can be checked.
    fn answer(&self, state: &StepState) -> Result<Answer, Prompt> {
        match (&self.kind, &state.input) {
            (StepKind::Choice(_), KindState::Choice(s)) => Ok(Answer::Choice(s.cursor)),
            (StepKind::Multi(_), KindState::Multi(s)) => multi::answer(s),
            (StepKind::Order(o), KindState::Order(s)) => o.answer(s),
            (StepKind::Number(n), KindState::Number(s)) => n.answer(s),
            (StepKind::Text(_), KindState::Text(s)) => text::answer(s),
            (StepKind::Scenario(sc), KindState::Scenario(s)) => sc.answer(s),
            (
                StepKind::Read(_)
                | StepKind::Workshop(_)
                | StepKind::Choice(_)
                | StepKind::Multi(_)
                | StepKind::Order(_)
                | StepKind::Number(_)
                | StepKind::Text(_)
                | StepKind::Scenario(_),
                _,
            ) => Err(Prompt::TypeSomething),
        }
    }

    /// Checks the learner's answer and moves the state on. `lines(message_id)` gives every line
    /// of that message in every language the learner may answer in. Returns the answer to
    /// record, or None when nothing counts as a try (a prompt, or the same answer again).
    pub fn check(
        &self,
        state: &mut StepState,
        lines: &dyn Fn(&str) -> Vec<String>,
    ) -> Option<(Answer, bool)> {
        let answer = match self.answer(state) {
            Ok(answer) => answer,
            Err(prompt) => {
                state.status = Status::Prompted { prompt };
                return None;
            }
        };
        let record = answer.record();
        if state.last_checked.as_deref() == Some(record.as_str()) {
            // The same answer again (a key pressed twice): it is not a new try, and it earns no
            // hint; the feedback on it is simply shown again.
            if let Some(wrong) = self.verdict(&answer, lines) {
                state.status = Status::Wrong { wrong };
            }
            return None;
        }
        state.last_checked = Some(record);
        match self.verdict(&answer, lines) {
            None => {
                state.status = Status::Right;
                Some((answer, true))
            }
            Some(wrong) => {
                state.wrong_count += 1;
                state.status = if state.wrong_count > self.hints.len() {
                    Status::Revealed
                } else {
                    Status::Wrong { wrong }
                };
                Some((answer, false))
            }
        }
    }

    /// None when `answer` is right, otherwise why it is wrong.
    fn verdict(&self, answer: &Answer, lines: &dyn Fn(&str) -> Vec<String>) -> Option<Wrong> {
        match (&self.kind, answer) {
            (StepKind::Choice(c), Answer::Choice(i)) => c.check(*i),
            (StepKind::Multi(m), Answer::Multi(chosen)) => m.check(chosen),
            (StepKind::Order(_), Answer::Order(order)) => order::check(order),
            (StepKind::Number(n), Answer::Number(given)) => n.check(*given),
            (StepKind::Text(t), Answer::Text(given)) => t.check(given, lines),
            (StepKind::Scenario(sc), Answer::Scenario(chosen)) => sc.check(chosen),
            (
                StepKind::Read(_)
                | StepKind::Workshop(_)
                | StepKind::Choice(_)
                | StepKind::Multi(_)
                | StepKind::Order(_)
                | StepKind::Number(_)
                | StepKind::Text(_)
                | StepKind::Scenario(_),
                _,
            ) => None,
        }
    }

    /// Everything the learner sees of this step, top to bottom: the step itself, then what the
    /// last answer earned (feedback, hints, the answer when revealed).
    pub fn shown(&self, state: &StepState) -> Vec<Shown> {
        let mut out = match (&self.kind, &state.input) {
            (StepKind::Read(r), _) => r.body(),
            (StepKind::Workshop(w), _) => w.body(),
            (StepKind::Choice(c), KindState::Choice(s)) => c.body(s),
            (StepKind::Multi(m), KindState::Multi(s)) => m.body(s),
            (StepKind::Order(o), KindState::Order(s)) => o.body(s, &state.status),
            (StepKind::Number(n), _) => n.body(),
            (StepKind::Text(t), _) => t.body(),
            (StepKind::Scenario(sc), KindState::Scenario(s)) => sc.body(s),
            (
                StepKind::Choice(_)
                | StepKind::Multi(_)
                | StepKind::Order(_)
                | StepKind::Scenario(_),
                _,
            ) => Vec::new(),
        };
        self.feedback(state, &mut out);
        out
    }

    fn feedback(&self, state: &StepState, out: &mut Vec<Shown>) {
        match &state.status {
            Status::Answering => self.hints_block(state, out),
            Status::Prompted { prompt } => {
                out.push(Shown::Blank);
                out.push(Shown::FocusHere);
                out.push(prompt.shown());
                self.hints_block(state, out);
            }
            Status::Right if matches!(self.kind, StepKind::Workshop(_)) => {
                out.push(Shown::Blank);
                out.push(Shown::FocusHere);
                out.push(Shown::ui_marked(
                    "step-workshop-done",
                    Role::Correct,
                    Mark::Right,
                ));
                out.push(Shown::ui("feedback-go-on", Role::Muted));
            }
            Status::Right => {
                out.push(Shown::Blank);
                out.push(Shown::FocusHere);
                out.push(Shown::ui_marked(
                    "feedback-right",
                    Role::Correct,
                    Mark::Right,
                ));
                let right = match (&self.kind, &state.input) {
                    (StepKind::Choice(c), KindState::Choice(s)) => c.right_feedback(s),
                    (StepKind::Order(o), _) => o.feedback.right.clone(),
                    (StepKind::Number(n), _) => n.feedback.right.clone(),
                    (StepKind::Text(t), _) => t.feedback.right.clone(),
                    (
                        StepKind::Read(_)
                        | StepKind::Workshop(_)
                        | StepKind::Choice(_)
                        | StepKind::Multi(_)
                        | StepKind::Scenario(_),
                        _,
                    ) => None,
                };
                if let Some(id) = right {
                    out.push(Shown::message(id, Role::Base));
                }
                out.push(Shown::ui("feedback-go-on", Role::Muted));
            }
            Status::Wrong { wrong } => {
                out.push(Shown::Blank);
                out.push(Shown::FocusHere);
                out.push(Shown::ui_marked("feedback-wrong", Role::Wrong, Mark::Wrong));
                self.wrong_detail(wrong, out);
                self.hints_block(state, out);
                out.push(Shown::ui("feedback-try-again", Role::Muted));
            }
            Status::Revealed => {
                out.push(Shown::Blank);
                out.push(Shown::FocusHere);
                out.push(Shown::ui_marked(
                    "feedback-revealed",
                    Role::Prompt,
                    Mark::Wrong,
                ));
                match &self.kind {
                    StepKind::Choice(c) => c.reveal(out),
                    StepKind::Multi(m) => m.reveal(out),
                    StepKind::Order(o) => o.reveal(out),
                    StepKind::Number(n) => n.reveal(out),
                    StepKind::Text(t) => t.reveal(out),
                    StepKind::Scenario(sc) => sc.reveal(out),
                    StepKind::Read(_) | StepKind::Workshop(_) => {}
                }
                out.push(Shown::ui("feedback-go-on", Role::Muted));
            }
        }
    }

    fn wrong_detail(&self, wrong: &Wrong, out: &mut Vec<Shown>) {
        match (&self.kind, wrong) {
            (StepKind::Choice(c), Wrong::Choice { chosen }) => c.wrong_detail(*chosen, out),
            (
                StepKind::Multi(_),
                Wrong::Multi {
                    wrongly_picked,
                    missed,
                },
            ) => multi::wrong_detail(*wrongly_picked, *missed, out),
            (StepKind::Order(o), Wrong::Order { .. }) => o.wrong_detail(out),
            (StepKind::Number(n), Wrong::Number { too_low }) => n.wrong_detail(*too_low, out),
            (StepKind::Text(t), Wrong::Text(problems)) => t.wrong_detail(problems, out),
            (StepKind::Scenario(sc), Wrong::Scenario) => sc.wrong_detail(out),
            (
                StepKind::Read(_)
                | StepKind::Workshop(_)
                | StepKind::Choice(_)
                | StepKind::Multi(_)
                | StepKind::Order(_)
                | StepKind::Number(_)
                | StepKind::Text(_)
                | StepKind::Scenario(_),
                _,
            ) => {}
        }
    }

    fn hints_block(&self, state: &StepState, out: &mut Vec<Shown>) {
        for (i, hint) in self.hints.iter().take(state.hints_shown(self)).enumerate() {
            out.push(Shown::Message {
                id: hint.clone(),
                role: Role::Hint,
                mark: Mark::Hint(i + 1),
            });
        }
    }
}

#[cfg(test)]
mod tests;

/// Checks the keys of a step's table against the kind's own keys and the common ones, then
/// reads the kind's serde mirror. Unknown keys are reported and ignored.
pub(crate) fn fields<T: serde::de::DeserializeOwned>(
    value: &Spanned<DeValue<'_>>,
    kind: &str,
    own_keys: &[&str],
    b: &mut Builder<'_>,
) -> Option<T> {
    let table = value.get_ref().as_table()?;
    let allowed: Vec<&str> = COMMON_KEYS.iter().chain(own_keys).copied().collect();
    crate::tomlfile::check_keys(
        table,
        &allowed,
        &format!("type = \"{kind}\""),
        &mut b.report,
    );
    crate::tomlfile::convert::<T>(value, &mut b.report)
}

/// Where `key` is written in a step's table, or `fallback`.
pub(crate) fn key_at(value: &Spanned<DeValue<'_>>, key: &str, fallback: usize) -> usize {
    value
        .get_ref()
        .as_table()
        .and_then(|t| t.iter().find(|(k, _)| k.get_ref().as_ref() == key))
        .map_or(fallback, |(k, _)| k.span().start)
}
