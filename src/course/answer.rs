//! Checking a learner's answer against a step. Pure: the text of accepted answers and
//! keywords is handed in by the caller, already looked up in the learner's languages.

use super::model::{Limits, StepKind, TextCheck};
use crate::text::matching;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    Choice(usize),
    /// Chosen option indexes.
    Multi(Vec<usize>),
    /// Item indexes (into the right order) as the learner arranged them.
    Order(Vec<usize>),
    Number(i64),
    Text(String),
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
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    Right,
    Wrong(Wrong),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Wrong {
    Choice {
        chosen: usize,
    },
    Multi {
        wrongly_picked: Vec<usize>,
        missed: Vec<usize>,
    },
    /// For each position of the learner's order, whether the item there is in its place.
    Order {
        in_place: Vec<bool>,
    },
    Number {
        too_low: bool,
    },
    Text {
        no_match: bool,
        missing_ideas: Vec<usize>,
        too_short: bool,
        too_long: bool,
    },
    /// The answer does not fit the step (a stale screen); nothing is recorded as wrong.
    Mismatch,
}

/// Checks `answer` against `kind`. `lines(message_id)` gives every line of that message in
/// every language the learner may answer in (accepted answers, keywords).
pub fn check(kind: &StepKind, answer: &Answer, lines: &dyn Fn(&str) -> Vec<String>) -> Verdict {
    let wrong = match (kind, answer) {
        (StepKind::Choice { options, .. }, Answer::Choice(i)) => match options.get(*i) {
            Some(o) if o.correct => return Verdict::Right,
            Some(_) => Wrong::Choice { chosen: *i },
            None => Wrong::Mismatch,
        },
        (StepKind::Multi { options, .. }, Answer::Multi(chosen)) => {
            let wrongly_picked: Vec<usize> = (0..options.len())
                .filter(|i| chosen.contains(i) && !options[*i].correct)
                .collect();
            let missed: Vec<usize> = (0..options.len())
                .filter(|i| !chosen.contains(i) && options[*i].correct)
                .collect();
            if wrongly_picked.is_empty() && missed.is_empty() {
                return Verdict::Right;
            }
            Wrong::Multi {
                wrongly_picked,
                missed,
            }
        }
        (StepKind::Order { items, .. }, Answer::Order(order)) => {
            if order.len() != items.len() {
                Wrong::Mismatch
            } else {
                let in_place: Vec<bool> = order
                    .iter()
                    .enumerate()
                    .map(|(pos, item)| pos == *item)
                    .collect();
                if in_place.iter().all(|ok| *ok) {
                    return Verdict::Right;
                }
                Wrong::Order { in_place }
            }
        }
        (
            StepKind::Number {
                answer, tolerance, ..
            },
            Answer::Number(given),
        ) => {
            if given.abs_diff(*answer) <= tolerance.unsigned_abs() {
                return Verdict::Right;
            }
            Wrong::Number {
                too_low: given < answer,
            }
        }
        (StepKind::Text { check, limits, .. }, Answer::Text(text)) => {
            let (too_short, too_long) = length_problems(text, limits);
            let (no_match, missing_ideas) = match check {
                TextCheck::Accept {
                    answers,
                    ignore_diacritics,
                } => {
                    let accepted: Vec<String> = answers.iter().flat_map(|id| lines(id)).collect();
                    (
                        !matching::matches_any(
                            text,
                            accepted.iter().map(String::as_str),
                            *ignore_diacritics,
                        ),
                        Vec::new(),
                    )
                }
                TextCheck::Rubric { ideas } => {
                    let missing = ideas
                        .iter()
                        .enumerate()
                        .filter(|(_, idea)| {
                            let words = lines(&idea.words);
                            !matching::mentions_any(text, words.iter().map(String::as_str))
                        })
                        .map(|(i, _)| i)
                        .collect();
                    (false, missing)
                }
            };
            if !no_match && missing_ideas.is_empty() && !too_short && !too_long {
                return Verdict::Right;
            }
            Wrong::Text {
                no_match,
                missing_ideas,
                too_short,
                too_long,
            }
        }
        _ => Wrong::Mismatch,
    };
    Verdict::Wrong(wrong)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::course::model::{ChoiceOption, Feedback, Idea, Unit};

    fn options(correct: &[bool]) -> Vec<ChoiceOption> {
        correct
            .iter()
            .enumerate()
            .map(|(i, c)| ChoiceOption {
                text: format!("o{i}"),
                correct: *c,
                feedback: None,
            })
            .collect()
    }

    fn no_lines(_: &str) -> Vec<String> {
        Vec::new()
    }

    #[test]
    fn choice_is_right_only_for_the_correct_option() {
        let kind = StepKind::Choice {
            prompt: "p".into(),
            options: options(&[false, true]),
        };
        assert_eq!(check(&kind, &Answer::Choice(1), &no_lines), Verdict::Right);
        assert_eq!(
            check(&kind, &Answer::Choice(0), &no_lines),
            Verdict::Wrong(Wrong::Choice { chosen: 0 })
        );
        assert_eq!(
            check(&kind, &Answer::Choice(7), &no_lines),
            Verdict::Wrong(Wrong::Mismatch)
        );
    }

    #[test]
    fn multi_reports_what_was_missed_and_what_was_wrong() {
        let kind = StepKind::Multi {
            prompt: "p".into(),
            options: options(&[true, false, true]),
        };
        assert_eq!(
            check(&kind, &Answer::Multi(vec![2, 0]), &no_lines),
            Verdict::Right
        );
        assert_eq!(
            check(&kind, &Answer::Multi(vec![0, 1]), &no_lines),
            Verdict::Wrong(Wrong::Multi {
                wrongly_picked: vec![1],
                missed: vec![2]
            })
        );
    }

    #[test]
    fn order_marks_each_position() {
        let kind = StepKind::Order {
            prompt: "p".into(),
            items: vec!["a".into(), "b".into(), "c".into()],
            feedback: Feedback::default(),
        };
        assert_eq!(
            check(&kind, &Answer::Order(vec![0, 1, 2]), &no_lines),
            Verdict::Right
        );
        assert_eq!(
            check(&kind, &Answer::Order(vec![0, 2, 1]), &no_lines),
            Verdict::Wrong(Wrong::Order {
                in_place: vec![true, false, false]
            })
        );
    }

    #[test]
    fn number_accepts_within_tolerance_and_says_which_side() {
        let kind = StepKind::Number {
            prompt: "p".into(),
            answer: 170_000,
            tolerance: 1_000,
            unit: Unit::Dong,
            feedback: Feedback::default(),
            too_low: None,
            too_high: None,
        };
        assert_eq!(
            check(&kind, &Answer::Number(171_000), &no_lines),
            Verdict::Right
        );
        assert_eq!(
            check(&kind, &Answer::Number(168_999), &no_lines),
            Verdict::Wrong(Wrong::Number { too_low: true })
        );
        assert_eq!(
            check(&kind, &Answer::Number(200_000), &no_lines),
            Verdict::Wrong(Wrong::Number { too_low: false })
        );
    }

    #[test]
    fn text_answers_come_from_every_line_of_the_messages() {
        let kind = StepKind::Text {
            prompt: "p".into(),
            check: TextCheck::Accept {
                answers: vec!["acc".into()],
                ignore_diacritics: true,
            },
            limits: Limits::default(),
            feedback: Feedback::default(),
        };
        let lines = |id: &str| {
            if id == "acc" {
                vec!["mật ong".into(), "honey".into()]
            } else {
                vec![]
            }
        };
        assert_eq!(
            check(&kind, &Answer::Text("Mat ong".into()), &lines),
            Verdict::Right
        );
        assert_eq!(
            check(&kind, &Answer::Text("Honey".into()), &lines),
            Verdict::Right
        );
        assert!(matches!(
            check(&kind, &Answer::Text("chè".into()), &lines),
            Verdict::Wrong(Wrong::Text { no_match: true, .. })
        ));
    }

    #[test]
    fn rubric_lists_missing_ideas_and_length_problems() {
        let kind = StepKind::Text {
            prompt: "p".into(),
            check: TextCheck::Rubric {
                ideas: vec![
                    Idea {
                        label: "l0".into(),
                        words: "w0".into(),
                    },
                    Idea {
                        label: "l1".into(),
                        words: "w1".into(),
                    },
                ],
            },
            limits: Limits {
                min_words: Some(4),
                ..Limits::default()
            },
            feedback: Feedback::default(),
        };
        let lines = |id: &str| match id {
            "w0" => vec!["sìn hồ".into()],
            "w1" => vec!["hái".into(), "phơi".into()],
            _ => vec![],
        };
        assert_eq!(
            check(&kind, &Answer::Text("Chè hái tay ở Sìn Hồ".into()), &lines),
            Verdict::Right
        );
        assert_eq!(
            check(&kind, &Answer::Text("Chè Sìn Hồ".into()), &lines),
            Verdict::Wrong(Wrong::Text {
                no_match: false,
                missing_ideas: vec![1],
                too_short: true,
                too_long: false
            })
        );
    }
}
