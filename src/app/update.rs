//! `update(&mut App, Action) -> Vec<Effect>`: the whole behaviour of the tutor, without I/O.

use super::player::Phase;
use super::{Action, App, Effect, MAX_NAME, NamePurpose, Notice, Screen, TextField, Typing};
use crate::course::StepKind;
use crate::course::answer::{self, Answer, Verdict};
use crate::i18n::Localizer;

pub fn update(app: &mut App, action: Action) -> Vec<Effect> {
    match action {
        Action::Quit | Action::Terminate => {
            app.quitting = true;
            return vec![Effect::Quit];
        }
        Action::ProfileReady(profile, progress) => {
            app.enter_profile(profile, progress);
            return Vec::new();
        }
        Action::PictureLoaded(path, thumbnail) => {
            app.pictures.insert(path, thumbnail);
            return Vec::new();
        }
        Action::Resized { field_width } => {
            app.field_width = field_width.max(1);
            return Vec::new();
        }
        Action::SaveFailed(detail) => {
            app.notices.push(Notice::SaveFailed { detail });
            return Vec::new();
        }
        _ => {}
    }
    if !app.notices.is_empty() {
        if matches!(
            action,
            Action::Confirm | Action::Back | Action::ClickItem(_)
        ) {
            app.notices.remove(0);
        }
        return Vec::new();
    }
    if app.language_overlay.is_some() {
        return languages(app, action, false);
    }
    // The keymap offers the language key only where it makes sense; it works the same on
    // every screen.
    if action == Action::OpenLanguages {
        app.language_overlay = Some(app.language_row());
        return Vec::new();
    }
    match &app.screen {
        Screen::Languages { first_run, .. } => {
            let first_run = *first_run;
            languages(app, action, first_run)
        }
        Screen::Name { .. } => name(app, action),
        Screen::Profiles { .. } => profiles(app, action),
        Screen::Home { .. } => home(app, action),
        Screen::Lesson(_) => lesson(app, action),
        Screen::Finished { .. } => finished(app, action),
    }
}

/// Moves a selection within `0..len` for Up, Down and digits; true when `action` was one.
fn select(selected: &mut usize, len: usize, action: &Action) -> bool {
    match action {
        Action::Up => *selected = selected.saturating_sub(1),
        Action::Down => *selected = (*selected + 1).min(len.saturating_sub(1)),
        Action::Digit(d) if (1..=len).contains(&usize::from(*d)) => *selected = usize::from(*d) - 1,
        Action::ClickItem(i) if *i < len => *selected = *i,
        _ => return false,
    }
    true
}

fn languages(app: &mut App, action: Action, first_run: bool) -> Vec<Effect> {
    let count = app.languages.all().len();
    let mut selected = match (&app.language_overlay, &app.screen) {
        (Some(s), _) => *s,
        (None, Screen::Languages { selected, .. }) => *selected,
        _ => 0,
    };
    let moved = select(&mut selected, count, &action);
    let confirm = matches!(action, Action::Confirm | Action::ClickItem(_));
    if app.language_overlay.is_some() {
        app.language_overlay = Some(selected);
    } else if let Screen::Languages { selected: s, .. } = &mut app.screen {
        *s = selected;
    }
    if moved && !confirm {
        return Vec::new();
    }
    match action {
        _ if confirm => {
            let Some(lang) = app.languages.all().get(selected).map(|l| l.tag.clone()) else {
                return Vec::new();
            };
            app.set_language(&lang);
            if app.language_overlay.take().is_some() {
                if let Some(profile) = app.profile_mut() {
                    profile.lang = lang.clone();
                    return vec![Effect::SetLanguage {
                        profile: profile.id,
                        lang,
                    }];
                }
                return Vec::new();
            }
            if first_run {
                app.screen = Screen::new_learner();
            }
            Vec::new()
        }
        Action::Back => {
            app.language_overlay = None;
            if !first_run && app.profile_id.is_none() {
                app.screen = Screen::Profiles { selected: 0 };
            }
            Vec::new()
        }
        _ => Vec::new(),
    }
}

/// Editing keys shared by every text field; true when `action` was one of them. `typing` is
/// None where the input method must not apply (numbers).
fn edit(input: &mut TextField, action: &Action, typing: Option<Typing>, width: usize) -> bool {
    match action {
        Action::TypeKey(c) => match typing {
            Some(typing) => input.type_key(*c, typing),
            None => input.insert(&c.to_string()),
        },
        Action::Type(text) => input.insert(text),
        Action::NewLine => input.newline(),
        Action::Backspace => input.backspace(),
        Action::Delete => input.delete(),
        Action::Left => input.left(),
        Action::Right => input.right(),
        Action::Up => input.vertical(width, true),
        Action::Down => input.vertical(width, false),
        Action::LineStart => input.home(width),
        Action::LineEnd => input.end(width),
        _ => return false,
    }
    true
}

/// F3 and F4: the input method and the tone style, saved for the learner.
fn change_typing(app: &mut App, action: &Action) -> Option<Vec<Effect>> {
    match action {
        Action::CycleInputMethod => app.typing.method = app.typing.method.next(),
        Action::ToggleTonePlacement => app.typing.placement = app.typing.placement.toggled(),
        _ => return None,
    }
    let setting = app.typing.to_setting();
    if let Some(profile) = app.profile_mut() {
        profile.input_method = Some(setting.clone());
        return Some(vec![Effect::SetTyping {
            profile: profile.id,
            setting,
        }]);
    }
    Some(Vec::new())
}

fn name(app: &mut App, action: Action) -> Vec<Effect> {
    if let Some(effects) = change_typing(app, &action) {
        return effects;
    }
    let Screen::Name { input, purpose } = &mut app.screen else {
        return Vec::new();
    };
    if edit(input, &action, Some(app.typing), app.field_width) {
        return Vec::new();
    }
    match action {
        Action::Confirm => {
            let name = input.text().trim().to_string();
            if name.is_empty() {
                return Vec::new();
            }
            match purpose.clone() {
                NamePurpose::NewProfile => vec![Effect::CreateProfile {
                    name,
                    lang: app.lang.clone(),
                    typing: app.typing.to_setting(),
                }],
                NamePurpose::Rename(id) => {
                    for p in app.profiles.iter_mut().filter(|p| p.id == id) {
                        p.name = name.clone();
                    }
                    if app.profile_id == Some(id) {
                        // Lesson texts may greet the learner by name.
                        app.refresh_labels();
                    }
                    let selected = app.profiles.iter().position(|p| p.id == id).unwrap_or(0);
                    app.screen = Screen::Profiles { selected };
                    vec![Effect::RenameProfile { id, name }]
                }
            }
        }
        Action::Back => {
            app.screen = if app.profiles.is_empty() {
                app.first_run_screen()
            } else {
                Screen::Profiles { selected: 0 }
            };
            Vec::new()
        }
        _ => Vec::new(),
    }
}

fn profiles(app: &mut App, action: Action) -> Vec<Effect> {
    let rows = app.profiles.len() + 1;
    let Screen::Profiles { selected } = &mut app.screen else {
        return Vec::new();
    };
    let clicked = matches!(action, Action::ClickItem(_));
    if select(selected, rows, &action) && !clicked {
        return Vec::new();
    }
    let selected = *selected;
    match action {
        Action::Confirm | Action::ClickItem(_) => match app.profiles.get(selected) {
            Some(p) => vec![Effect::SelectProfile { id: p.id }],
            None => {
                app.screen = Screen::new_learner();
                Vec::new()
            }
        },
        Action::NewProfile => {
            app.screen = Screen::new_learner();
            Vec::new()
        }
        Action::RenameProfile => {
            if let Some(p) = app.profiles.get(selected) {
                app.screen = Screen::Name {
                    input: TextField::with_text(&p.name, MAX_NAME, false),
                    purpose: NamePurpose::Rename(p.id),
                };
            }
            Vec::new()
        }
        Action::Back => {
            if app.profile_id.is_some() {
                app.screen = Screen::Home { selected: 0 };
            }
            Vec::new()
        }
        _ => Vec::new(),
    }
}

fn home(app: &mut App, action: Action) -> Vec<Effect> {
    let rows = app.lesson_rows().len();
    let Screen::Home { selected } = &mut app.screen else {
        return Vec::new();
    };
    let clicked = matches!(action, Action::ClickItem(_));
    if select(selected, rows, &action) && !clicked {
        return Vec::new();
    }
    let selected = *selected;
    match action {
        Action::Confirm | Action::ClickItem(_) => {
            let Some(id) = app
                .lesson_rows()
                .get(selected)
                .map(|(_, id)| id.to_string())
            else {
                return Vec::new();
            };
            if !app.open_lesson(&id) {
                return Vec::new();
            }
            position_effect(app, None)
        }
        Action::OpenProfiles => {
            let selected = app
                .profiles
                .iter()
                .position(|p| Some(p.id) == app.profile_id)
                .unwrap_or(0);
            app.screen = Screen::Profiles { selected };
            Vec::new()
        }
        _ => Vec::new(),
    }
}

/// Saves where the learner is in the open lesson.
fn position_effect(app: &mut App, done_step: Option<String>) -> Vec<Effect> {
    let (Some(profile), Screen::Lesson(player)) = (app.profile_id, &app.screen) else {
        return Vec::new();
    };
    let Some(lesson) = app.course.lesson(&player.lesson_id) else {
        return Vec::new();
    };
    let Some(step) = player.step(lesson) else {
        return Vec::new();
    };
    app.progress
        .positions
        .insert(lesson.id.clone(), step.id.clone());
    if let Some(done) = &done_step {
        app.progress
            .done_steps
            .entry(lesson.id.clone())
            .or_default()
            .insert(done.clone());
    }
    vec![Effect::SetPosition {
        profile,
        lesson: lesson.id.clone(),
        step: step.id.clone(),
        done_step,
    }]
}

fn lesson(app: &mut App, action: Action) -> Vec<Effect> {
    let context = app.context();
    if context == super::Context::Writing
        && let Some(effects) = change_typing(app, &action)
    {
        return effects;
    }
    let Screen::Lesson(player) = &mut app.screen else {
        return Vec::new();
    };
    let Some(lesson) = app.course.lesson(&player.lesson_id) else {
        return Vec::new();
    };
    let Some(step) = player.step(lesson) else {
        return Vec::new();
    };
    let step_id = step.id.clone();

    match action {
        Action::Back => {
            app.screen = Screen::Home {
                selected: home_row(app),
            };
            return app
                .profile_id
                .map(|profile| vec![Effect::LeaveLesson { profile }])
                .unwrap_or_default();
        }
        Action::Left if !context.is_typing() => {
            if player.index == 0 {
                return Vec::new();
            }
            let to = player.index - 1;
            player.go_to(lesson, to);
            return position_effect(app, None);
        }
        _ => {}
    }

    if context == super::Context::Feedback || context == super::Context::Read {
        if action == Action::Confirm {
            return advance(app, step_id);
        }
        return Vec::new();
    }

    // A question being answered.
    let changed = match (&step.kind, &action) {
        (StepKind::Choice { options, .. }, a) => select(&mut player.cursor, options.len(), a),
        (StepKind::Multi { options, .. }, a) => match a {
            Action::Digit(d) if (1..=options.len()).contains(&usize::from(*d)) => {
                player.cursor = usize::from(*d) - 1;
                toggle(&mut player.ticked, player.cursor);
                true
            }
            Action::ClickItem(i) if *i < options.len() => {
                player.cursor = *i;
                toggle(&mut player.ticked, *i);
                true
            }
            Action::Toggle => {
                toggle(&mut player.ticked, player.cursor);
                true
            }
            a => select(&mut player.cursor, options.len(), a),
        },
        (StepKind::Order { .. }, a) => {
            let unplaced = player.unplaced();
            match a {
                Action::Digit(d) if (1..=unplaced.len()).contains(&usize::from(*d)) => {
                    player.placed.push(unplaced[usize::from(*d) - 1]);
                    player.cursor = 0;
                    true
                }
                Action::ClickItem(i) if *i < unplaced.len() => {
                    player.placed.push(unplaced[*i]);
                    player.cursor = 0;
                    true
                }
                Action::Toggle | Action::Confirm if !unplaced.is_empty() => {
                    player
                        .placed
                        .push(unplaced[player.cursor.min(unplaced.len() - 1)]);
                    player.cursor = 0;
                    true
                }
                Action::Backspace => player.placed.pop().is_some(),
                a => select(&mut player.cursor, unplaced.len(), a),
            }
        }
        (StepKind::Number { .. }, a) => edit(&mut player.input, a, None, app.field_width),
        (StepKind::Text { .. }, a) => edit(&mut player.input, a, Some(app.typing), app.field_width),
        (StepKind::Read { .. }, _) => false,
    };
    if changed {
        // A changed answer hides the feedback on the old one; hints already earned stay.
        player.phase = Phase::Answering;
        return Vec::new();
    }
    if action != Action::Confirm {
        return Vec::new();
    }
    submit(app)
}

fn toggle(set: &mut std::collections::BTreeSet<usize>, i: usize) {
    if !set.remove(&i) {
        set.insert(i);
    }
}

/// The home row of the open (or just finished) lesson.
fn home_row(app: &App) -> usize {
    let id = match &app.screen {
        Screen::Lesson(p) => p.lesson_id.clone(),
        Screen::Finished { lesson } => lesson.clone(),
        _ => return 0,
    };
    app.lesson_rows()
        .iter()
        .position(|(_, l)| *l == id)
        .unwrap_or(0)
}

/// Checks the learner's answer, records it and shows what it earned.
fn submit(app: &mut App) -> Vec<Effect> {
    let Screen::Lesson(player) = &mut app.screen else {
        return Vec::new();
    };
    let Some(lesson) = app.course.lesson(&player.lesson_id) else {
        return Vec::new();
    };
    let Some(step) = player.step(lesson) else {
        return Vec::new();
    };
    let answer = match &step.kind {
        StepKind::Choice { .. } => Answer::Choice(player.cursor),
        StepKind::Multi { .. } => Answer::Multi(player.ticked.iter().copied().collect()),
        StepKind::Order { .. } => Answer::Order(player.placed.clone()),
        StepKind::Number { .. } => match crate::i18n::money::parse_amount(player.input.text()) {
            Some(n) => Answer::Number(n),
            None => {
                player.phase = Phase::NotANumber;
                return Vec::new();
            }
        },
        StepKind::Text { .. } => {
            if player.input.is_blank() {
                return Vec::new();
            }
            Answer::Text(player.input.text().to_string())
        }
        StepKind::Read { .. } => return Vec::new(),
    };
    // Accepted answers and keywords count in every language the lesson is written in.
    let localizers: Vec<Localizer> = lesson
        .texts
        .by_lang
        .keys()
        .filter_map(|tag| app.languages.get(tag))
        .map(|lang| Localizer::new(&[lang], |t| lesson.texts.get(t)))
        .collect();
    let lines = |id: &str| -> Vec<String> {
        localizers
            .iter()
            .filter_map(|l| l.get(id, None))
            .flat_map(|t| {
                t.value
                    .lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .map(String::from)
                    .collect::<Vec<_>>()
            })
            .collect()
    };
    let verdict = answer::check(&step.kind, &answer, &lines);
    let correct = verdict == Verdict::Right;
    match verdict {
        Verdict::Right => player.phase = Phase::Right,
        Verdict::Wrong(answer::Wrong::Mismatch) => return Vec::new(),
        Verdict::Wrong(wrong) => {
            player.wrong_count += 1;
            player.phase = if player.wrong_count > step.hints.len() {
                Phase::Revealed
            } else {
                Phase::Wrong(wrong)
            };
        }
    }
    let Some(profile) = app.profile_id else {
        return Vec::new();
    };
    if correct {
        app.progress
            .done_steps
            .entry(lesson.id.clone())
            .or_default()
            .insert(step.id.clone());
    }
    vec![Effect::RecordAnswer {
        profile,
        lesson: lesson.id.clone(),
        step: step.id.clone(),
        answer: answer.record(),
        correct,
        state: String::new(),
    }]
}

/// Goes on to the next step, or finishes the lesson after the last one.
fn advance(app: &mut App, done: String) -> Vec<Effect> {
    let Screen::Lesson(player) = &mut app.screen else {
        return Vec::new();
    };
    let Some(lesson) = app.course.lesson(&player.lesson_id) else {
        return Vec::new();
    };
    if player.index + 1 < lesson.steps.len() {
        let next = player.index + 1;
        player.go_to(lesson, next);
        return position_effect(app, Some(done));
    }
    let id = lesson.id.clone();
    app.progress.finished.insert(id.clone());
    app.progress.positions.remove(&id);
    app.progress
        .done_steps
        .entry(id.clone())
        .or_default()
        .insert(done.clone());
    app.screen = Screen::Finished { lesson: id.clone() };
    app.profile_id
        .map(|profile| {
            vec![Effect::FinishLesson {
                profile,
                lesson: id,
                last_step: Some(done),
            }]
        })
        .unwrap_or_default()
}

fn finished(app: &mut App, action: Action) -> Vec<Effect> {
    match action {
        Action::Confirm | Action::Back => {
            let row = home_row(app);
            let rows = app.lesson_rows().len();
            // Go on to the next lesson in the list.
            let next = if action == Action::Confirm {
                (row + 1).min(rows.saturating_sub(1))
            } else {
                row
            };
            app.screen = Screen::Home { selected: next };
        }
        _ => {}
    }
    Vec::new()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::{Start, player::Phase};
    use crate::learner::{Profile, Progress};
    use crate::source::Files;

    const LESSON: &str = r#"
title = "title"
[[steps]]
type = "read"
text = "intro"
[[steps]]
type = "choice"
prompt = "q"
options = [{ text = "a", correct = true, feedback = "a-yes" }, { text = "b", feedback = "b-no" }]
hints = ["h1"]
"#;

    fn app() -> App {
        let locales = Files::embedded_locales();
        let mut files = Files::from_texts(
            "",
            [
                (
                    "course.toml",
                    "format_version = 1\nbase_language = \"vi\"\n[[modules]]\nid = \"m\"\ntitle = \"m\"\nlessons = [\"l\"]\n",
                ),
                ("vi.ftl", "m = Học phần\n"),
                ("l/lesson.toml", LESSON),
                (
                    "l/vi.ftl",
                    "title = Bài\nintro = Chào\nq = Hỏi?\na = A\na-yes = Đúng\nb = B\nb-no = Sai\nh1 = Gợi ý\n",
                ),
            ],
        );
        files.add_missing_from(&locales, "locales/");
        let loaded = crate::course::load(&files);
        assert_eq!(loaded.error_count(), 0, "{:?}", loaded.diagnostics);
        let profile = Profile {
            id: 7,
            name: "Mai".into(),
            lang: "vi".into(),
            input_method: None,
            current_lesson: None,
        };
        App::new(Start {
            course: loaded.course,
            languages: loaded.languages,
            files,
            lang: "vi".into(),
            profiles: vec![profile.clone()],
            resume: Some((profile, Progress::default())),
            notices: Vec::new(),
        })
    }

    fn phase(app: &App) -> Option<&Phase> {
        match &app.screen {
            Screen::Lesson(p) => Some(&p.phase),
            _ => None,
        }
    }

    #[test]
    fn opening_a_lesson_saves_the_position() {
        let mut app = app();
        let effects = update(&mut app, Action::Confirm);
        assert_eq!(
            effects,
            vec![Effect::SetPosition {
                profile: 7,
                lesson: "l".into(),
                step: "intro".into(),
                done_step: None
            }]
        );
    }

    #[test]
    fn a_wrong_answer_is_recorded_shows_a_hint_and_allows_another_try() {
        let mut app = app();
        update(&mut app, Action::Confirm);
        update(&mut app, Action::Confirm);
        update(&mut app, Action::Digit(2));
        let effects = update(&mut app, Action::Confirm);
        assert!(
            matches!(&effects[..], [Effect::RecordAnswer { correct: false, answer, .. }] if answer == "choice:1")
        );
        assert!(matches!(phase(&app), Some(Phase::Wrong(_))));
        // Picking another option hides the old feedback; the right one is then recorded.
        update(&mut app, Action::Up);
        assert_eq!(phase(&app), Some(&Phase::Answering));
        let effects = update(&mut app, Action::Confirm);
        assert!(matches!(
            &effects[..],
            [Effect::RecordAnswer { correct: true, .. }]
        ));
        assert!(app.progress.done_steps["l"].contains("q"));
    }

    #[test]
    fn after_the_last_hint_a_wrong_answer_reveals_the_answer() {
        let mut app = app();
        update(&mut app, Action::Confirm);
        update(&mut app, Action::Confirm);
        update(&mut app, Action::Digit(2));
        update(&mut app, Action::Confirm);
        update(&mut app, Action::Confirm);
        assert_eq!(phase(&app), Some(&Phase::Revealed));
    }

    #[test]
    fn finishing_the_last_step_finishes_the_lesson() {
        let mut app = app();
        update(&mut app, Action::Confirm);
        update(&mut app, Action::Confirm);
        update(&mut app, Action::Confirm);
        let effects = update(&mut app, Action::Confirm);
        assert_eq!(
            effects,
            vec![Effect::FinishLesson {
                profile: 7,
                lesson: "l".into(),
                last_step: Some("q".into())
            }]
        );
        assert!(matches!(app.screen, Screen::Finished { .. }));
        assert!(app.progress.finished.contains("l"));
    }

    #[test]
    fn notices_take_every_key_until_dismissed() {
        let mut app = app();
        app.notices.push(Notice::SaveFailed {
            detail: "disk full".into(),
        });
        assert!(update(&mut app, Action::Digit(1)).is_empty());
        assert!(matches!(app.screen, Screen::Home { .. }));
        update(&mut app, Action::Confirm);
        assert!(app.notices.is_empty());
    }

    #[test]
    fn the_input_method_key_cycles_and_is_saved_for_the_learner() {
        let mut app = app();
        app.screen = Screen::Name {
            input: TextField::new(MAX_NAME, false),
            purpose: NamePurpose::Rename(7),
        };
        let effects = update(&mut app, Action::CycleInputMethod);
        assert_eq!(
            effects,
            vec![Effect::SetTyping {
                profile: 7,
                setting: "vni new".into()
            }]
        );
        update(&mut app, Action::TypeKey('d'));
        update(&mut app, Action::TypeKey('9'));
        let Screen::Name { input, .. } = &app.screen else {
            panic!("name screen")
        };
        assert_eq!(input.text(), "đ");
    }
}
