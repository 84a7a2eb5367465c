//! `multi`: tick every right option. A wrong answer says how many right options are missing
//! and how many ticked ones are wrong, never which: naming them would give the answer away.

use std::collections::BTreeSet;

use toml::Spanned;
use toml::de::DeValue;

use super::choice::{self, ChoiceOption};
use super::{Answer, Handled, Input, Prompt, Role, Shown, Wrong};
use crate::course::load::Builder;
use crate::diagnostic::Code;

pub const KIND: &str = "multi";

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Multi {
    pub prompt: String,
    pub options: Vec<ChoiceOption>,
}

/// The learner's state: the highlighted option and the ticked ones.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct State {
    pub cursor: usize,
    pub ticked: BTreeSet<usize>,
}

pub(crate) fn load(
    value: &Spanned<DeValue<'_>>,
    kind_at: usize,
    b: &mut Builder<'_>,
) -> Option<Multi> {
    let raw: choice::Raw = super::fields(value, KIND, choice::KEYS, b)?;
    let (prompt, options, options_at) = choice::load_options(&raw, value, kind_at, b);
    if !options.is_empty() && !options.iter().any(|o| o.correct) {
        b.report.at(Code::NoCorrectOption, options_at);
    }
    Some(Multi { prompt, options })
}

pub(super) fn answer(state: &State) -> Result<Answer, Prompt> {
    if state.ticked.is_empty() {
        return Err(Prompt::TickSomething);
    }
    Ok(Answer::Multi(state.ticked.iter().copied().collect()))
}

pub(super) fn wrong_detail(wrongly_picked: usize, missed: usize, out: &mut Vec<Shown>) {
    if wrongly_picked > 0 {
        out.push(Shown::ui_with(
            "multi-wrongly-picked",
            vec![("count", wrongly_picked as i64)],
            Role::Base,
        ));
    }
    if missed > 0 {
        out.push(Shown::ui_with(
            "multi-missed",
            vec![("count", missed as i64)],
            Role::Base,
        ));
    }
}

impl Multi {
    /// The messages a learner reads on this step (see [`super::Step::shown_messages`]).
    pub(super) fn shown_messages<'a>(&'a self, out: &mut Vec<&'a str>) {
        out.push(&self.prompt);
        choice::option_messages(&self.options, out);
    }

    pub(super) fn fits(&self, state: &State) -> bool {
        state.cursor < self.options.len() && state.ticked.iter().all(|i| *i < self.options.len())
    }

    pub(super) fn input(&self, state: &mut State, input: &Input) -> Handled {
        let len = self.options.len();
        match input {
            Input::Pick(i) if *i < len => {
                state.cursor = *i;
                toggle(&mut state.ticked, *i);
                Handled::Changed
            }
            Input::Toggle if state.cursor < len => {
                toggle(&mut state.ticked, state.cursor);
                Handled::Changed
            }
            Input::Confirm => Handled::Check,
            other => {
                let before = state.cursor;
                choice::select(&mut state.cursor, len, other);
                if before == state.cursor {
                    Handled::Nothing
                } else {
                    Handled::Moved
                }
            }
        }
    }

    pub(super) fn check(&self, chosen: &[usize]) -> Option<Wrong> {
        let right = |i: &usize| self.options.get(*i).is_some_and(|o| o.correct);
        let wrongly_picked = chosen.iter().filter(|i| !right(i)).count();
        let missed = (0..self.options.len())
            .filter(|i| right(i) && !chosen.contains(i))
            .count();
        if wrongly_picked == 0 && missed == 0 {
            return None;
        }
        Some(Wrong::Multi {
            wrongly_picked,
            missed,
        })
    }

    pub fn body(&self, state: &State) -> Vec<Shown> {
        let mut out = vec![
            Shown::message(self.prompt.clone(), Role::Prompt),
            Shown::ui("multi-instruction", Role::Muted),
            Shown::Blank,
        ];
        out.extend(choice::rows(
            &self.options,
            state.cursor,
            Some(&state.ticked),
        ));
        out
    }

    pub(super) fn reveal(&self, out: &mut Vec<Shown>) {
        choice::reveal_options(&self.options, out);
    }
}

fn toggle(set: &mut BTreeSet<usize>, i: usize) {
    if !set.remove(&i) {
        set.insert(i);
    }
}
