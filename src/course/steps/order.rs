//! `order`: put items in the right order. The items are shown shuffled (the same shuffle every
//! time, never already right); the learner places them one by one and checks when all are
//! placed. Enter places the highlighted item while some are left.

use serde::Deserialize;
use toml::Spanned;
use toml::de::DeValue;

use super::{Answer, Handled, Input, Mark, Prompt, Role, Shown, Status, Wrong};
use crate::course::load::Builder;
use crate::diagnostic::Code;

pub const KIND: &str = "order";
pub(crate) const KEYS: &[&str] = &["prompt", "items", "feedback_right", "feedback_wrong"];

#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct Feedback {
    pub right: Option<String>,
    pub wrong: Option<String>,
}

impl Feedback {
    pub(super) fn shown_messages<'a>(&'a self, out: &mut Vec<&'a str>) {
        out.extend(self.right.as_deref());
        out.extend(self.wrong.as_deref());
    }
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Order {
    pub prompt: String,
    /// In the right order.
    pub items: Vec<String>,
    pub feedback: Feedback,
}

/// The learner's state: the items in the order shown, the ones placed, the highlight among
/// those left.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct State {
    pub shown: Vec<usize>,
    pub placed: Vec<usize>,
    pub cursor: usize,
}

#[derive(Debug, Deserialize)]
struct Raw {
    prompt: Option<Spanned<String>>,
    items: Option<Vec<Spanned<String>>>,
    feedback_right: Option<Spanned<String>>,
    feedback_wrong: Option<Spanned<String>>,
}

pub(crate) fn load(
    value: &Spanned<DeValue<'_>>,
    kind_at: usize,
    b: &mut Builder<'_>,
) -> Option<Order> {
    let raw: Raw = super::fields(value, KIND, KEYS, b)?;
    let prompt = b.required_msg(&raw.prompt, "prompt", kind_at);
    let items: Vec<String> = raw.items.iter().flatten().map(|i| b.msg(i)).collect();
    let items_at = super::key_at(value, "items", kind_at);
    if raw.items.is_none() {
        b.report
            .at(Code::MissingField, kind_at)
            .with("field", "items");
    } else if items.len() < 2 {
        b.report
            .at(Code::TooFewItems, items_at)
            .with("count", items.len());
    }
    let unique: std::collections::BTreeSet<&String> = items.iter().collect();
    if unique.len() != items.len() {
        b.report.at(Code::DuplicateId, items_at).with("id", "items");
    }
    let feedback = Feedback {
        right: b.opt_msg(&raw.feedback_right),
        wrong: b.opt_msg(&raw.feedback_wrong),
    };
    Some(Order {
        prompt,
        items,
        feedback,
    })
}

pub(super) fn check(order: &[usize]) -> Option<Wrong> {
    let in_place: Vec<bool> = order
        .iter()
        .enumerate()
        .map(|(pos, item)| pos == *item)
        .collect();
    if in_place.iter().all(|ok| *ok) {
        return None;
    }
    Some(Wrong::Order { in_place })
}

impl Order {
    /// The messages a learner reads on this step (see [`super::Step::shown_messages`]).
    pub(super) fn shown_messages<'a>(&'a self, out: &mut Vec<&'a str>) {
        out.push(&self.prompt);
        out.extend(self.items.iter().map(String::as_str));
        self.feedback.shown_messages(out);
    }

    pub(super) fn fresh_state(&self, step_id: &str) -> State {
        State {
            shown: shuffled(self.items.len(), step_id),
            placed: Vec::new(),
            cursor: 0,
        }
    }

    pub(super) fn fits(&self, state: &State) -> bool {
        let n = self.items.len();
        let mut shown = state.shown.clone();
        shown.sort_unstable();
        shown == (0..n).collect::<Vec<_>>()
            && state.placed.len() <= n
            && state.placed.iter().all(|i| *i < n)
            && state
                .placed
                .iter()
                .collect::<std::collections::BTreeSet<_>>()
                .len()
                == state.placed.len()
    }

    /// The items not placed yet, in the order shown.
    pub fn unplaced(&self, state: &State) -> Vec<usize> {
        state
            .shown
            .iter()
            .copied()
            .filter(|i| !state.placed.contains(i))
            .collect()
    }

    pub(super) fn input(&self, state: &mut State, input: &Input) -> Handled {
        let unplaced = self.unplaced(state);
        let place = |state: &mut State, item: usize| {
            state.placed.push(item);
            state.cursor = 0;
            Handled::Changed
        };
        match input {
            Input::Pick(i) if *i < unplaced.len() => place(state, unplaced[*i]),
            Input::Toggle | Input::Confirm if !unplaced.is_empty() => {
                place(state, unplaced[state.cursor.min(unplaced.len() - 1)])
            }
            Input::Confirm => Handled::Check,
            Input::Backspace => {
                if state.placed.pop().is_some() {
                    Handled::Changed
                } else {
                    Handled::Nothing
                }
            }
            other => {
                let before = state.cursor;
                super::choice::select(&mut state.cursor, unplaced.len(), other);
                if before == state.cursor {
                    Handled::Nothing
                } else {
                    Handled::Moved
                }
            }
        }
    }

    pub(super) fn answer(&self, state: &State) -> Result<Answer, Prompt> {
        if state.placed.len() < self.items.len() {
            return Err(Prompt::PlaceEvery);
        }
        Ok(Answer::Order(state.placed.clone()))
    }

    pub fn body(&self, state: &State, status: &Status) -> Vec<Shown> {
        let mut out = vec![
            Shown::message(self.prompt.clone(), Role::Prompt),
            Shown::Blank,
            Shown::ui("order-yours", Role::Muted),
        ];
        let marks = match status {
            Status::Wrong {
                wrong: Wrong::Order { in_place },
            } => Some(in_place),
            _ => None,
        };
        if state.placed.is_empty() {
            out.push(Shown::ui("order-empty", Role::Muted));
        }
        for (pos, item) in state.placed.iter().enumerate() {
            let mark = Mark::Position(pos + 1, marks.and_then(|m| m.get(pos).copied()));
            if let Some(id) = self.items.get(*item) {
                out.push(Shown::marked(id.clone(), Role::Base, mark));
            }
        }
        let unplaced = self.unplaced(state);
        if !unplaced.is_empty() {
            out.push(Shown::Blank);
            out.push(Shown::ui("order-left", Role::Muted));
            let cursor = state.cursor.min(unplaced.len() - 1);
            for (i, item) in unplaced.iter().enumerate() {
                out.push(Shown::Row {
                    number: i + 1,
                    ticked: None,
                    text: self.items.get(*item).cloned().unwrap_or_default(),
                    selected: cursor == i,
                });
            }
        } else if matches!(status, Status::Answering | Status::Prompted { .. }) {
            out.push(Shown::Blank);
            out.push(Shown::ui("order-ready", Role::Muted));
        }
        out
    }

    pub(super) fn wrong_detail(&self, out: &mut Vec<Shown>) {
        out.push(Shown::ui("order-wrong", Role::Base));
        if let Some(id) = &self.feedback.wrong {
            out.push(Shown::message(id.clone(), Role::Base));
        }
    }

    pub(super) fn reveal(&self, out: &mut Vec<Shown>) {
        for (i, item) in self.items.iter().enumerate() {
            out.push(Shown::marked(
                item.clone(),
                Role::Base,
                Mark::RightNumber(i + 1),
            ));
        }
    }
}

/// A fixed shuffle of `n` items for a step: the same every time the step is shown (so
/// resuming and screenshots are stable), and never the right order when n > 1.
pub fn shuffled(n: usize, seed: &str) -> Vec<usize> {
    let mut state: u64 = seed.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    });
    let mut order: Vec<usize> = (0..n).collect();
    for i in (1..n).rev() {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let j = ((state >> 33) % (i as u64 + 1)) as usize;
        order.swap(i, j);
    }
    if n > 1 && order.iter().enumerate().all(|(i, v)| i == *v) {
        order.rotate_left(1);
    }
    order
}
