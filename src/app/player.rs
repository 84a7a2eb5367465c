//! The lesson player's state: which step, what the learner has picked or typed, and what the
//! last answer earned. Moving between steps resets the step state; the lesson's position is
//! saved by the effects `update` returns.

use std::collections::BTreeSet;

use super::editor::TextField;
use super::keymap::Context;
use crate::course::answer::Wrong;
use crate::course::{Lesson, Step, StepKind};
use crate::i18n::Localizer;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Phase {
    Answering,
    /// The last answer was wrong; the learner may change it and try again.
    Wrong(Wrong),
    /// What was typed is not a number.
    NotANumber,
    Right,
    /// Every hint was used and the answer was still wrong: the right answer is shown.
    Revealed,
}

#[derive(Debug)]
pub struct Player {
    pub lesson_id: String,
    pub index: usize,
    pub step_count: usize,
    pub text: Localizer,
    pub phase: Phase,
    /// The highlighted option or item (in a choice step, the answer given on Enter).
    pub cursor: usize,
    /// Multi: the options ticked.
    pub ticked: BTreeSet<usize>,
    /// Order: item indexes in the order shown, and the ones placed so far.
    pub shown_order: Vec<usize>,
    pub placed: Vec<usize>,
    pub input: TextField,
    /// Wrong answers on this step.
    pub wrong_count: usize,
}

impl Player {
    pub fn new(lesson: &Lesson, index: usize, text: Localizer) -> Player {
        let mut player = Player {
            lesson_id: lesson.id.clone(),
            index,
            step_count: lesson.steps.len(),
            text,
            phase: Phase::Answering,
            cursor: 0,
            ticked: BTreeSet::new(),
            shown_order: Vec::new(),
            placed: Vec::new(),
            input: TextField::default(),
            wrong_count: 0,
        };
        player.go_to(lesson, index);
        player
    }

    /// Shows step `index` afresh.
    pub fn go_to(&mut self, lesson: &Lesson, index: usize) {
        self.index = index.min(lesson.steps.len().saturating_sub(1));
        self.phase = Phase::Answering;
        self.cursor = 0;
        self.ticked.clear();
        self.placed.clear();
        let multiline = matches!(
            lesson.steps.get(self.index).map(|s| &s.kind),
            Some(StepKind::Text { .. })
        );
        self.input = TextField::new(super::MAX_ANSWER, multiline);
        self.wrong_count = 0;
        self.shown_order = match lesson.steps.get(self.index).map(|s| &s.kind) {
            Some(StepKind::Order { items, .. }) => {
                shuffled(items.len(), &lesson.steps[self.index].id)
            }
            _ => Vec::new(),
        };
    }

    pub fn step<'a>(&self, lesson: &'a Lesson) -> Option<&'a Step> {
        lesson.steps.get(self.index)
    }

    /// Hints shown so far: one per wrong answer, up to all of them.
    pub fn hints_shown(&self, step: &Step) -> usize {
        self.wrong_count.min(step.hints.len())
    }

    /// The order items not placed yet, in the order shown.
    pub fn unplaced(&self) -> Vec<usize> {
        self.shown_order
            .iter()
            .copied()
            .filter(|i| !self.placed.contains(i))
            .collect()
    }

    pub fn context_for(&self, step: Option<&Step>) -> Context {
        if matches!(self.phase, Phase::Right | Phase::Revealed) {
            return Context::Feedback;
        }
        match step.map(|s| &s.kind) {
            None | Some(StepKind::Read { .. }) => Context::Read,
            Some(StepKind::Choice { .. }) => Context::Choice,
            Some(StepKind::Multi { .. }) => Context::Multi,
            Some(StepKind::Order { .. }) => Context::Order,
            Some(StepKind::Number { .. }) => Context::Answer,
            Some(StepKind::Text { .. }) => Context::Writing,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_order_shuffle_is_stable_and_never_the_answer() {
        for seed in ["a", "order-steps", "story-parts", "x"] {
            for n in 2..7 {
                let once = shuffled(n, seed);
                assert_eq!(once, shuffled(n, seed));
                assert_ne!(once, (0..n).collect::<Vec<_>>());
                let mut sorted = once.clone();
                sorted.sort();
                assert_eq!(sorted, (0..n).collect::<Vec<_>>());
            }
        }
    }
}
