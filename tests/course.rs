//! The course embedded in the binary (`lessons/`), played as a learner would: every lesson to
//! its end with right answers, in Vietnamese and in English, and no message missing or shown
//! in a fallback language on the way. The only test that depends on the shipped course.

use chophien::app::{Action, Screen};
use chophien::course::StepKind;
use chophien::course::steps::text::TextCheck;
use chophien::course::steps::{Shown, Step};

use crate::support::Session;

/// The actions that answer `step` right, given the learner's localizer for its messages.
fn right_answer(step: &Step, s: &Session) -> Vec<Action> {
    let Screen::Lesson(player) = &s.app.screen else {
        return Vec::new();
    };
    let first_line = |id: &str| {
        player
            .text
            .get(id, None)
            .map(|t| {
                t.value
                    .lines()
                    .next()
                    .unwrap_or_default()
                    .trim()
                    .to_string()
            })
            .unwrap_or_default()
    };
    match &step.kind {
        // The shipped course has no workshop steps; the workshop tests play them.
        StepKind::Read(_) | StepKind::Workshop(_) => Vec::new(),
        StepKind::Choice(c) => {
            let i = c.options.iter().position(|o| o.correct).unwrap_or(0);
            vec![Action::ClickItem(i)]
        }
        StepKind::Multi(m) => m
            .options
            .iter()
            .enumerate()
            .filter(|(_, o)| o.correct)
            .map(|(i, _)| Action::ClickItem(i))
            .collect(),
        StepKind::Order(o) => {
            let mut left = chophien::course::steps::order::shuffled(o.items.len(), &step.id);
            (0..o.items.len())
                .map(|want| {
                    let pos = left.iter().position(|i| *i == want).unwrap_or(0);
                    left.remove(pos);
                    Action::ClickItem(pos)
                })
                .collect()
        }
        StepKind::Number(n) => vec![Action::Type(n.answer.to_string())],
        StepKind::Scenario(sc) => {
            // The last reply is sent by the Enter that checks every question.
            let mut actions: Vec<Action> = sc
                .good_path()
                .unwrap_or_default()
                .into_iter()
                .flat_map(|r| [Action::ClickItem(r), Action::Confirm])
                .collect();
            actions.pop();
            actions
        }
        StepKind::Text(t) => match &t.check {
            TextCheck::Accept { answers, .. } => vec![Action::Type(first_line(&answers[0]))],
            TextCheck::Rubric { ideas, .. } => {
                let mut words: Vec<String> = ideas.iter().map(|i| first_line(&i.words)).collect();
                let want = t.limits.min_words.unwrap_or(0);
                while words.join(" ").split_whitespace().count() < want {
                    words.push(first_line(&ideas[0].words));
                }
                vec![Action::Type(words.join(" "))]
            }
        },
    }
}

/// Every lesson message the step shows now, resolved in the learner's language.
fn assert_messages_present(s: &Session, step: &Step, lang: &str) {
    let Screen::Lesson(player) = &s.app.screen else {
        return;
    };
    for block in step.shown(&player.state) {
        let id = match block {
            Shown::Message { id, .. } | Shown::FirstLine { id, .. } => id,
            Shown::Row { text, .. } => text,
            _ => continue,
        };
        let text = player.text.get(&id, None);
        assert!(
            text.as_ref().is_some_and(|t| !t.fallback && t.lang == lang),
            "{}/{}: message {id} is {:?} in {lang}",
            player.lesson_id,
            step.id,
            text
        );
    }
}

fn play_every_lesson(lang: &str) {
    let mut s = Session::embedded(lang);
    // The language list opens on the language asked for.
    s.keys("<ret>Mai<ret>");
    let lessons: Vec<String> = s
        .app
        .lesson_rows()
        .iter()
        .map(|(_, id)| id.to_string())
        .collect();
    assert!(!lessons.is_empty());
    for id in lessons {
        assert!(s.app.open_lesson(&id), "{id} opens");
        let mut guard = 0;
        while let Screen::Lesson(player) = &s.app.screen {
            guard += 1;
            assert!(guard < 200, "{id} never ends");
            let lesson = s.app.course.lesson(&id).expect("ready lesson");
            let step = player.step(lesson).expect("step").clone();
            assert_messages_present(&s, &step, lang);
            for action in right_answer(&step, &s) {
                s.act(action);
            }
            if step.is_question() {
                s.act(Action::Confirm);
                let Screen::Lesson(player) = &s.app.screen else {
                    panic!("{id}/{}: left the lesson", step.id)
                };
                assert_eq!(
                    player.state.status,
                    chophien::course::steps::Status::Right,
                    "{id}/{}: the right answer was not accepted",
                    step.id
                );
                assert_messages_present(&s, &step, lang);
            }
            s.act(Action::Confirm);
        }
        assert!(
            matches!(s.app.screen, Screen::Finished { .. }),
            "{id}: {:?}",
            s.app.screen
        );
        s.act(Action::Back);
    }
}

#[test]
fn every_shipped_lesson_plays_to_its_end_in_vietnamese() {
    play_every_lesson("vi");
}

#[test]
fn every_shipped_lesson_plays_to_its_end_in_english() {
    play_every_lesson("en");
}
