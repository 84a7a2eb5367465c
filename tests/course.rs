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

/// Sentences of `text`: split at . ! ? and line ends; each a list of words.
fn sentences(text: &str) -> Vec<Vec<&str>> {
    text.split(['.', '!', '?', '\n'])
        .map(|s| s.split_whitespace().collect::<Vec<_>>())
        .filter(|w| !w.is_empty())
        .collect()
}

#[test]
fn no_vietnamese_sentence_in_the_course_is_over_20_syllables() {
    let s = Session::embedded("vi");
    let mut long = Vec::new();
    let mut counted = 0;
    for (id, entry) in &s.app.course.lessons {
        let chophien::course::LessonEntry::Ready(lesson) = entry else {
            panic!("{id} does not load")
        };
        let text = chophien::app::lesson_localizer(lesson, &s.app.languages, "vi", "vi");
        let args = s.app.lesson_args(id);
        let resource = lesson.texts.get("vi").expect("vi text");
        for entry in resource.entries() {
            let fluent_syntax::ast::Entry::Message(m) = entry else {
                continue;
            };
            let Some(value) = text.get(m.id.name, Some(&args)) else {
                continue;
            };
            for sentence in sentences(&value.value) {
                counted += 1;
                // A Vietnamese word is one syllable; the count is of syllables.
                if sentence.len() > 20 {
                    long.push(format!("{id}/{}: {}", m.id.name, sentence.join(" ")));
                }
            }
        }
    }
    assert!(counted > 0, "no sentence was found");
    assert!(
        long.is_empty(),
        "{} sentences over 20 syllables:\n{}",
        long.len(),
        long.join("\n")
    );
}
