//! The step types' behaviour without a screen: what counts as a try, what the learner is told,
//! and what is saved.

use super::choice::{Choice, ChoiceOption};
use super::multi::Multi;
use super::number::{Number, Unit};
use super::order::{Feedback, Order};
use super::text::{Idea, Limits, Text, TextCheck};
use super::*;

fn options(correct: &[bool]) -> Vec<ChoiceOption> {
    correct
        .iter()
        .enumerate()
        .map(|(i, c)| ChoiceOption {
            text: format!("o{i}"),
            correct: *c,
            feedback: Some(format!("f{i}")),
        })
        .collect()
}

fn step(kind: StepKind, hints: usize) -> Step {
    Step {
        id: "s".into(),
        kind,
        hints: (1..=hints).map(|i| format!("h{i}")).collect(),
        next: None,
    }
}

fn no_lines(_: &str) -> Vec<String> {
    Vec::new()
}

fn choice(hints: usize) -> Step {
    step(
        StepKind::Choice(Choice {
            prompt: "p".into(),
            options: options(&[false, true, false]),
        }),
        hints,
    )
}

fn messages(shown: &[Shown]) -> Vec<String> {
    shown
        .iter()
        .filter_map(|b| match b {
            Shown::Message { id, .. } | Shown::FirstLine { id, .. } => Some(id.clone()),
            Shown::Ui { id, .. } => Some(id.to_string()),
            Shown::Row { text, .. } => Some(format!("row:{text}")),
            _ => None,
        })
        .collect()
}

#[test]
fn enter_twice_on_the_same_wrong_answer_is_one_try_and_never_reveals_the_answer() {
    let s = choice(1);
    let mut st = StepState::fresh(&s);
    assert_eq!(s.input(&mut st, &Input::Pick(0)), Handled::Nothing);
    assert_eq!(
        s.check(&mut st, &no_lines),
        Some((Answer::Choice(0), false))
    );
    assert_eq!(st.wrong_count, 1);
    // The old keyboard sends Enter again: nothing is recorded, no hint used, nothing revealed.
    assert_eq!(s.check(&mut st, &no_lines), None);
    assert_eq!(s.check(&mut st, &no_lines), None);
    assert_eq!(st.wrong_count, 1);
    assert!(matches!(st.status, Status::Wrong { .. }));
    // Moving away and back to the same answer is still the same answer.
    s.input(&mut st, &Input::Down);
    s.input(&mut st, &Input::Up);
    assert_eq!(s.check(&mut st, &no_lines), None);
    assert_eq!(st.wrong_count, 1);
    // A different wrong answer is a new try and, after the last hint, reveals.
    s.input(&mut st, &Input::Pick(2));
    assert_eq!(
        s.check(&mut st, &no_lines),
        Some((Answer::Choice(2), false))
    );
    assert_eq!(st.status, Status::Revealed);
}

#[test]
fn enter_with_nothing_ticked_is_a_prompt_not_a_try() {
    let s = step(
        StepKind::Multi(Multi {
            prompt: "p".into(),
            options: options(&[true, false, true]),
        }),
        1,
    );
    let mut st = StepState::fresh(&s);
    assert_eq!(s.input(&mut st, &Input::Confirm), Handled::Check);
    assert_eq!(s.check(&mut st, &no_lines), None);
    assert_eq!(st.wrong_count, 0);
    assert_eq!(
        st.status,
        Status::Prompted {
            prompt: Prompt::TickSomething
        }
    );
    let told = messages(&s.shown(&st));
    assert!(told.contains(&"prompt-tick-something".to_string()));
    // No right option is named.
    assert!(!told.iter().any(|m| m == "o0" || m == "f0" || m == "o2"));
}

#[test]
fn a_wrong_multi_answer_says_how_many_are_missing_or_wrong_not_which() {
    let s = step(
        StepKind::Multi(Multi {
            prompt: "p".into(),
            options: options(&[true, false, true, true]),
        }),
        2,
    );
    let mut st = StepState::fresh(&s);
    s.input(&mut st, &Input::Pick(0));
    s.input(&mut st, &Input::Pick(1));
    assert_eq!(
        s.check(&mut st, &no_lines),
        Some((Answer::Multi(vec![0, 1]), false))
    );
    assert_eq!(
        st.status,
        Status::Wrong {
            wrong: Wrong::Multi {
                wrongly_picked: 1,
                missed: 2
            }
        }
    );
    let shown = s.shown(&st);
    assert!(shown.contains(&Shown::ui_with(
        "multi-missed",
        vec![("count", 2)],
        Role::Base
    )));
    assert!(shown.contains(&Shown::ui_with(
        "multi-wrongly-picked",
        vec![("count", 1)],
        Role::Base
    )));
    let told = messages(&shown);
    // Only the option rows name options; no feedback of any option is shown.
    assert!(
        !told
            .iter()
            .any(|m| ["f0", "f1", "f2", "f3"].contains(&m.as_str())),
        "{told:?}"
    );
}

#[test]
fn the_number_format_example_is_never_an_accepted_answer() {
    for (answer, tolerance) in [
        (45_000, 0),
        (32_000, 13_000),
        (7_500, 40_000),
        (250, 45_000),
        (120_000, 0),
        (0, 1_000_000),
    ] {
        let n = Number {
            prompt: "p".into(),
            answer,
            tolerance,
            unit: Unit::Dong,
            feedback: Feedback::default(),
            too_low: None,
            too_high: None,
        };
        let example = n.format_example();
        assert!(
            n.check(example).is_some(),
            "{answer}±{tolerance}: {example}"
        );
    }
}

#[test]
fn words_typed_in_a_number_field_are_a_prompt_with_an_example_not_a_try() {
    let s = step(
        StepKind::Number(Number {
            prompt: "p".into(),
            answer: 45_000,
            tolerance: 0,
            unit: Unit::Dong,
            feedback: Feedback::default(),
            too_low: None,
            too_high: None,
        }),
        1,
    );
    let mut st = StepState::fresh(&s);
    assert_eq!(s.check(&mut st, &no_lines), None);
    assert_eq!(
        st.status,
        Status::Prompted {
            prompt: Prompt::TypeSomething
        }
    );
    s.input(&mut st, &Input::Typed("bốn lăm nghìn".into()));
    assert_eq!(s.check(&mut st, &no_lines), None);
    assert_eq!(st.wrong_count, 0);
    let Status::Prompted {
        prompt: Prompt::NotANumber { example },
    } = st.status
    else {
        panic!("{:?}", st.status)
    };
    assert_ne!(example, 45_000);
}

#[test]
fn a_right_order_no_longer_asks_to_press_enter_to_check() {
    let s = step(
        StepKind::Order(Order {
            prompt: "p".into(),
            items: vec!["a".into(), "b".into(), "c".into()],
            feedback: Feedback::default(),
        }),
        1,
    );
    let mut st = StepState::fresh(&s);
    let KindState::Order(o) = &st.input else {
        panic!("order state")
    };
    let shown_order = o.shown.clone();
    // Place the items in the right order by picking them among those left.
    for item in 0..3 {
        let KindState::Order(o) = &st.input else {
            panic!("order state")
        };
        let left: Vec<usize> = shown_order
            .iter()
            .copied()
            .filter(|i| !o.placed.contains(i))
            .collect();
        let pos = left.iter().position(|i| *i == item).unwrap_or_default();
        assert_eq!(s.input(&mut st, &Input::Pick(pos)), Handled::Changed);
    }
    assert!(messages(&s.shown(&st)).contains(&"order-ready".to_string()));
    assert_eq!(s.input(&mut st, &Input::Confirm), Handled::Check);
    assert_eq!(s.check(&mut st, &no_lines).map(|(_, r)| r), Some(true));
    let told = messages(&s.shown(&st));
    assert!(!told.contains(&"order-ready".to_string()), "{told:?}");
    assert!(told.contains(&"feedback-right".to_string()));
}

#[test]
fn enter_on_an_order_with_items_left_places_one_and_checking_early_is_a_prompt() {
    let s = step(
        StepKind::Order(Order {
            prompt: "p".into(),
            items: vec!["a".into(), "b".into()],
            feedback: Feedback::default(),
        }),
        1,
    );
    let mut st = StepState::fresh(&s);
    assert_eq!(s.keys(&st), Keys::Placing);
    assert_eq!(s.input(&mut st, &Input::Confirm), Handled::Changed);
    assert_eq!(s.check(&mut st, &no_lines), None);
    assert_eq!(
        st.status,
        Status::Prompted {
            prompt: Prompt::PlaceEvery
        }
    );
    assert_eq!(st.wrong_count, 0);
}

fn rubric() -> Step {
    rubric_with(false)
}

fn rubric_with(claims: bool) -> Step {
    step(
        StepKind::Text(Text {
            prompt: "p".into(),
            check: TextCheck::Rubric {
                ideas: vec![Idea {
                    label: "idea-season".into(),
                    words: "words-season".into(),
                    exact: false,
                    feedback: None,
                }],
                forbidden: vec![Idea {
                    label: "no-cure".into(),
                    words: "words-cure".into(),
                    exact: false,
                    feedback: Some("no-cure-why".into()),
                }],
                claims,
            },
            limits: Limits::default(),
            feedback: Feedback::default(),
        }),
        1,
    )
}

fn rubric_lines(id: &str) -> Vec<String> {
    match id {
        "words-season" => vec!["mùa".into(), "season".into()],
        "words-cure" => vec!["chữa".into(), "chữa khỏi".into(), "cures".into()],
        _ => Vec::new(),
    }
}

#[test]
fn a_forbidden_idea_fails_a_story_that_has_every_wanted_idea() {
    let s = rubric();
    let mut st = StepState::fresh(&s);
    s.input(
        &mut st,
        &Input::Typed("Mật ong mùa xuân chữa khỏi đau dạ dày".into()),
    );
    assert_eq!(s.check(&mut st, &rubric_lines).map(|(_, r)| r), Some(false));
    let told = messages(&s.shown(&st));
    assert!(told.contains(&"no-cure".to_string()));
    assert!(told.contains(&"no-cure-why".to_string()));
    let mut st = StepState::fresh(&s);
    s.input(
        &mut st,
        &Input::Typed("Honey of the spring season cures colds".into()),
    );
    assert_eq!(s.check(&mut st, &rubric_lines).map(|(_, r)| r), Some(false));
    let mut st = StepState::fresh(&s);
    s.input(&mut st, &Input::Typed("Mật ong hái vào mùa xuân".into()));
    assert_eq!(s.check(&mut st, &rubric_lines).map(|(_, r)| r), Some(true));
}

#[test]
fn a_keyword_keeps_its_diacritics_when_the_learner_wrote_with_them() {
    let s = rubric();
    let mut st = StepState::fresh(&s);
    // "mua" (buy) is not "mùa" (season) in an answer typed with diacritics.
    s.input(&mut st, &Input::Typed("Người ta mua mật ong ở chợ".into()));
    assert_eq!(s.check(&mut st, &rubric_lines).map(|(_, r)| r), Some(false));
    // Typed without any diacritics, "mua" may mean "mùa".
    let mut st = StepState::fresh(&s);
    s.input(&mut st, &Input::Typed("Mat ong hai vao mua xuan".into()));
    assert_eq!(s.check(&mut st, &rubric_lines).map(|(_, r)| r), Some(true));
}

#[test]
fn a_saved_state_comes_back_whole_and_a_stale_one_starts_afresh() {
    let s = choice(2);
    let mut st = StepState::fresh(&s);
    s.input(&mut st, &Input::Pick(0));
    s.check(&mut st, &no_lines);
    s.input(&mut st, &Input::Pick(1));
    s.check(&mut st, &no_lines);
    assert_eq!(st.status, Status::Right);
    let saved = st.saved();
    assert_eq!(StepState::restore(&s, Some(&saved)), st);
    assert_eq!(st.hints_shown(&s), 1);
    // A state saved for another kind of step, or garbage, gives a fresh step.
    let other = step(
        StepKind::Multi(Multi {
            prompt: "p".into(),
            options: options(&[true, false]),
        }),
        1,
    );
    assert_eq!(
        StepState::restore(&other, Some(&saved)),
        StepState::fresh(&other)
    );
    assert_eq!(
        StepState::restore(&s, Some("{not json")),
        StepState::fresh(&s)
    );
    // A cursor past the options (the lesson lost an option) is not trusted.
    let small = step(
        StepKind::Choice(Choice {
            prompt: "p".into(),
            options: options(&[true, false]),
        }),
        1,
    );
    let mut far = StepState::fresh(&small);
    far.input = KindState::Choice(super::choice::State { cursor: 5 });
    assert_eq!(
        StepState::restore(&small, Some(&far.saved())),
        StepState::fresh(&small)
    );
}

#[test]
fn a_done_step_takes_only_enter_to_go_on() {
    let s = choice(1);
    let mut st = StepState::fresh(&s);
    s.input(&mut st, &Input::Pick(1));
    s.check(&mut st, &no_lines);
    assert_eq!(s.keys(&st), Keys::Done);
    assert_eq!(s.input(&mut st, &Input::Pick(0)), Handled::Nothing);
    assert_eq!(s.input(&mut st, &Input::Confirm), Handled::Check);
    assert_eq!(st.status, Status::Right);
}

fn scenario() -> Step {
    use super::scenario::{Ending, Node, Reply, Scenario};
    let reply = |text: &str, next: usize| Reply {
        text: text.into(),
        next,
        debrief: format!("{text}-why"),
    };
    step(
        StepKind::Scenario(Scenario {
            prompt: "scene".into(),
            start: 0,
            nodes: vec![
                Node {
                    id: "open".into(),
                    say: "open-say".into(),
                    replies: vec![reply("sorry", 1), reply("argue", 2)],
                    ending: None,
                },
                Node {
                    id: "solved".into(),
                    say: "solved-say".into(),
                    replies: Vec::new(),
                    ending: Some(Ending::Good),
                },
                Node {
                    id: "angry".into(),
                    say: "angry-say".into(),
                    replies: Vec::new(),
                    ending: Some(Ending::Poor),
                },
            ],
        }),
        1,
    )
}

#[test]
fn a_poor_ending_is_a_try_with_a_debrief_and_backspace_takes_the_reply_back() {
    let s = scenario();
    let mut st = StepState::fresh(&s);
    assert_eq!(s.input(&mut st, &Input::Down), Handled::Moved);
    // The reply that ends the talk is judged at once.
    assert_eq!(s.input(&mut st, &Input::Confirm), Handled::Check);
    assert_eq!(
        s.check(&mut st, &no_lines),
        Some((Answer::Scenario(vec![1]), false))
    );
    let told = messages(&s.shown(&st));
    assert!(told.contains(&"angry-say".to_string()));
    assert!(told.contains(&"argue-why".to_string()), "{told:?}");
    assert!(told.contains(&"h1".to_string()));
    // Enter again at the same ending is not another try.
    assert_eq!(s.input(&mut st, &Input::Confirm), Handled::Check);
    assert_eq!(s.check(&mut st, &no_lines), None);
    assert_eq!(st.wrong_count, 1);
    assert_eq!(s.input(&mut st, &Input::Backspace), Handled::Changed);
    assert_eq!(st.status, Status::Answering);
    s.input(&mut st, &Input::Up);
    assert_eq!(s.input(&mut st, &Input::Confirm), Handled::Check);
    assert_eq!(s.check(&mut st, &no_lines).map(|(_, r)| r), Some(true));
    assert!(messages(&s.shown(&st)).contains(&"sorry-why".to_string()));
}

#[test]
fn after_every_hint_the_best_way_through_is_shown() {
    let s = scenario();
    let mut st = StepState::fresh(&s);
    s.input(&mut st, &Input::Pick(1));
    s.input(&mut st, &Input::Confirm);
    s.check(&mut st, &no_lines);
    s.input(&mut st, &Input::Backspace);
    // The same poor reply again is the same answer: no second try.
    s.input(&mut st, &Input::Pick(1));
    s.input(&mut st, &Input::Confirm);
    assert_eq!(s.check(&mut st, &no_lines), None);
    assert_eq!(st.wrong_count, 1);
    let KindState::Scenario(_) = &st.input else {
        panic!("scenario state")
    };
    // A state saved mid-talk comes back whole.
    assert_eq!(StepState::restore(&s, Some(&st.saved())), st);
    // With one hint, a second poor ending is impossible here, so reveal is shown by count.
    let mut revealed = st.clone();
    revealed.wrong_count = 2;
    revealed.status = Status::Revealed;
    let told = messages(&s.shown(&revealed));
    assert!(told.contains(&"sorry".to_string()) && told.contains(&"sorry-why".to_string()));
}

#[test]
fn the_claim_checker_fails_a_cure_claim_and_a_superlative_in_vietnamese_and_english() {
    let s = rubric_with(true);
    for (answer, kind) in [
        ("Mật ong mùa xuân chữa bệnh dạ dày", "cure"),
        (
            "Mật ong mùa xuân ngon nhất Việt Nam, tốt nhất",
            "superlative",
        ),
        ("Spring season honey that cures coughs", "cure"),
        ("The best honey of the season, number one", "superlative"),
        ("Mat ong mua xuan chua benh", "cure"),
        ("Mật ong mùa xuân, gọi 0912 345 678", "phone"),
    ] {
        let mut st = StepState::fresh(&s);
        s.input(&mut st, &Input::Typed(answer.into()));
        assert_eq!(
            s.check(&mut st, &rubric_lines).map(|(_, r)| r),
            Some(false),
            "{answer}"
        );
        let Status::Wrong {
            wrong: Wrong::Text(problems),
        } = &st.status
        else {
            panic!("{answer}: {:?}", st.status)
        };
        assert!(
            problems.claims.iter().any(|(k, _)| k == kind),
            "{answer}: {problems:?}"
        );
        assert!(
            s.shown(&st)
                .iter()
                .any(|b| matches!(b, Shown::Claim { kind: k, .. } if k == kind)),
            "{answer}: the learner is told"
        );
    }
    // An honest story passes.
    let mut st = StepState::fresh(&s);
    s.input(
        &mut st,
        &Input::Typed("Mật ong hái vào mùa xuân ở Sìn Hồ".into()),
    );
    assert_eq!(s.check(&mut st, &rubric_lines).map(|(_, r)| r), Some(true));
}

#[test]
fn the_messages_a_learner_reads_leave_out_the_lists_answers_are_matched_against() {
    let mut rubric = rubric_with(true);
    if let StepKind::Text(text) = &mut rubric.kind {
        text.feedback.right = Some("right".into());
    }
    assert_eq!(
        rubric.shown_messages(),
        ["p", "idea-season", "no-cure", "no-cure-why", "right", "h1"]
    );
    let accept = step(
        StepKind::Text(Text {
            prompt: "p".into(),
            check: TextCheck::Accept {
                answers: vec!["answers".into()],
                ignore_diacritics: true,
            },
            limits: Limits::default(),
            feedback: Feedback::default(),
        }),
        0,
    );
    assert_eq!(accept.shown_messages(), ["p"]);
    let number = step(
        StepKind::Number(Number {
            prompt: "p".into(),
            answer: 3,
            tolerance: 0,
            unit: Unit::Message("kg".into()),
            feedback: Feedback::default(),
            too_low: Some("low".into()),
            too_high: None,
        }),
        2,
    );
    assert_eq!(number.shown_messages(), ["p", "kg", "low", "h1", "h2"]);
    assert_eq!(
        choice(1).shown_messages(),
        ["p", "o0", "f0", "o1", "f1", "o2", "f2", "h1"]
    );
}
