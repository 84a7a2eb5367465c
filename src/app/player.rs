//! The lesson player's state: which step, and the learner's state on it (see
//! `course::steps::StepState`), plus the text field where the step takes typed text. Opening a
//! step restores what the learner last did on it; `update` saves every change.

use super::editor::TextField;
use super::keymap::Context;
use crate::course::steps::{Keys, KindState, StepState};
use crate::course::{Lesson, Step};
use crate::i18n::Localizer;

#[derive(Debug)]
pub struct Player {
    pub lesson_id: String,
    pub index: usize,
    pub step_count: usize,
    pub text: Localizer,
    /// Everything the learner did on this step: what the screen shows.
    pub state: StepState,
    /// The field of a step that takes typed text (its text is also in `state`).
    pub input: TextField,
}

impl Player {
    /// Opens step `index` of `lesson` with the state saved for it, if any.
    pub fn new(lesson: &Lesson, index: usize, saved: Option<&str>, text: Localizer) -> Player {
        let mut player = Player {
            lesson_id: lesson.id.clone(),
            index,
            step_count: lesson.steps.len(),
            text,
            state: StepState::default(),
            input: TextField::default(),
        };
        player.go_to(lesson, index, saved);
        player
    }

    /// Shows step `index` as the learner left it (`saved`), or afresh.
    pub fn go_to(&mut self, lesson: &Lesson, index: usize, saved: Option<&str>) {
        self.index = index.min(lesson.steps.len().saturating_sub(1));
        let Some(step) = lesson.steps.get(self.index) else {
            return;
        };
        self.state = StepState::restore(step, saved);
        let typed = match &self.state.input {
            KindState::Number(s) => s.typed.as_str(),
            KindState::Text(s) => s.typed.as_str(),
            KindState::Read
            | KindState::Workshop
            | KindState::Choice(_)
            | KindState::Multi(_)
            | KindState::Order(_)
            | KindState::Scenario(_) => "",
        };
        let multiline = matches!(self.state.input, KindState::Text(_));
        self.input = TextField::with_text(typed, super::MAX_ANSWER, multiline);
    }

    pub fn step<'a>(&self, lesson: &'a Lesson) -> Option<&'a Step> {
        lesson.steps.get(self.index)
    }

    pub fn context_for(&self, step: Option<&Step>) -> Context {
        let Some(step) = step else {
            return Context::Read;
        };
        match step.keys(&self.state) {
            Keys::Read => Context::Read,
            Keys::Choice => Context::Choice,
            Keys::Multi => Context::Multi,
            Keys::Placing => Context::Order,
            Keys::Placed => Context::OrderPlaced,
            Keys::Number => Context::Answer,
            Keys::Writing => Context::Writing,
            Keys::Scenario => Context::Scenario,
            Keys::Workshop => Context::WorkshopStep,
            Keys::Done => Context::Feedback,
        }
    }
}
