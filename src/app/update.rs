//! `update(&mut App, Action) -> Vec<Effect>`: the whole behaviour of the tutor, without I/O.

use super::{
    Action, App, ClassScreen, Effect, MAX_NAME, NamePurpose, Notice, PinEntry, PinMode, Screen,
    TextField, Typing,
};
use crate::class::pin::PinCheck;
use crate::class::report::{ClassSort, sort_rows};
use crate::course::StepKind;
use crate::course::steps::{Handled, Input};
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
        Action::PinChecked(check) => return pin_checked(app, check),
        Action::CourseReloaded(reloaded) => {
            super::preview::reloaded(app, reloaded);
            return Vec::new();
        }
        Action::TogglePanel => {
            super::preview::toggle_panel(app);
            return Vec::new();
        }
        Action::WatchFailed(detail) => {
            super::preview::watch_failed(app, detail);
            return Vec::new();
        }
        Action::ClassLoaded(mut rows) => {
            let sort = ClassSort::default();
            sort_rows(&mut rows, sort);
            app.screen = Screen::Class(ClassScreen {
                rows,
                sort,
                selected: 0,
            });
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
        Screen::TrainerPin(_) => trainer_pin(app, action),
        Screen::Class(_) => class(app, action),
        Screen::Workshop(_) => {
            if let Some(effects) = change_typing(app, &action) {
                return effects;
            }
            super::workshop::update(app, action)
        }
    }
}

/// Leaves the trainer's screens for the learner's.
fn leave_trainer(app: &mut App) {
    app.screen = if app.profile_id.is_some() {
        Screen::Home { selected: 0 }
    } else {
        Screen::Profiles { selected: 0 }
    };
}

fn open_trainer(app: &mut App) -> Vec<Effect> {
    app.screen = Screen::TrainerPin(PinEntry {
        pin: String::new(),
        mode: PinMode::Enter,
        message: None,
    });
    vec![Effect::AskPinState]
}

fn pin_checked(app: &mut App, check: PinCheck) -> Vec<Effect> {
    let Screen::TrainerPin(entry) = &mut app.screen else {
        return Vec::new();
    };
    let mut args = crate::i18n::Args::new();
    entry.pin.clear();
    match check {
        PinCheck::Right => {
            return vec![Effect::LoadClass {
                lessons: app.lesson_infos(),
            }];
        }
        PinCheck::NotSet => {
            entry.mode = PinMode::New;
            entry.message = None;
        }
        PinCheck::Wrong { tries_left } => {
            args.set("left", tries_left);
            entry.message = Some(app.ui.text_with("pin-wrong", &args));
        }
        PinCheck::Locked { seconds } => {
            args.set("seconds", seconds);
            entry.message = Some(app.ui.text_with("pin-locked", &args));
        }
    }
    Vec::new()
}

fn trainer_pin(app: &mut App, action: Action) -> Vec<Effect> {
    let Screen::TrainerPin(entry) = &mut app.screen else {
        return Vec::new();
    };
    match action {
        Action::Digit(d) if entry.pin.len() < 8 => {
            entry.pin.push(char::from(b'0' + d.min(9)));
        }
        Action::Backspace => {
            entry.pin.pop();
        }
        Action::Confirm if !entry.pin.is_empty() => {
            let pin = std::mem::take(&mut entry.pin);
            match entry.mode.clone() {
                PinMode::Enter => return vec![Effect::CheckPin(pin)],
                PinMode::New if crate::class::pin::is_valid(&pin) => {
                    entry.mode = PinMode::Confirm(pin);
                    entry.message = None;
                }
                PinMode::New => entry.message = Some(app.ui.text("pin-invalid")),
                PinMode::Confirm(first) if first == pin => return vec![Effect::SetPin(pin)],
                PinMode::Confirm(_) => {
                    entry.mode = PinMode::New;
                    entry.message = Some(app.ui.text("pin-mismatch"));
                }
            }
        }
        Action::Back => leave_trainer(app),
        _ => {}
    }
    Vec::new()
}

fn class(app: &mut App, action: Action) -> Vec<Effect> {
    let Screen::Class(screen) = &mut app.screen else {
        return Vec::new();
    };
    match action {
        Action::Up => screen.selected = screen.selected.saturating_sub(1),
        Action::Down => {
            screen.selected = (screen.selected + 1).min(screen.rows.len().saturating_sub(1));
        }
        Action::CycleSort => {
            screen.sort = screen.sort.next();
            sort_rows(&mut screen.rows, screen.sort);
            screen.selected = 0;
        }
        Action::Back => leave_trainer(app),
        _ => {}
    }
    Vec::new()
}

/// How far Page Up and Page Down move in a list: a screenful on the smallest terminal.
const PAGE_ROWS: usize = 10;

/// Moves the selection of a list of `len` rows (arrows, pages, Home/End, digits, a click);
/// true when the action was a move.
fn select(selected: &mut usize, len: usize, action: &Action) -> bool {
    match action {
        Action::Up => *selected = selected.saturating_sub(1),
        Action::Down => *selected = (*selected + 1).min(len.saturating_sub(1)),
        Action::PageUp => *selected = selected.saturating_sub(PAGE_ROWS),
        Action::PageDown => *selected = (*selected + PAGE_ROWS).min(len.saturating_sub(1)),
        Action::LineStart => *selected = 0,
        Action::LineEnd => *selected = len.saturating_sub(1),
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
        Action::OpenTrainer => open_trainer(app),
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
        Action::OpenTrainer => open_trainer(app),
        Action::OpenWorkshop => super::workshop::open_menu(app),
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

/// What the open step shows now, kept in memory (going back shows it again) and saved.
fn save_state(app: &mut App) -> Vec<Effect> {
    let Screen::Lesson(player) = &app.screen else {
        return Vec::new();
    };
    let Some(step) = app
        .course
        .lesson(&player.lesson_id)
        .and_then(|l| player.step(l))
    else {
        return Vec::new();
    };
    let state = player.state.saved();
    app.progress
        .step_states
        .entry(player.lesson_id.clone())
        .or_default()
        .insert(step.id.clone(), state.clone());
    let Some(profile) = app.profile_id else {
        return Vec::new();
    };
    vec![Effect::SaveStepState {
        profile,
        lesson: player.lesson_id.clone(),
        step: step.id.clone(),
        state,
    }]
}

/// The state saved for step `index` of the open lesson, if the learner was there before.
fn saved_state<'a>(app: &'a App, lesson: &str, step_id: &str) -> Option<&'a str> {
    app.progress
        .step_states
        .get(lesson)
        .and_then(|steps| steps.get(step_id))
        .map(String::as_str)
}

/// Opens step `index` of the open lesson as the learner left it.
fn show_step(app: &mut App, index: usize) {
    let Screen::Lesson(player) = &app.screen else {
        return;
    };
    let Some(lesson) = app.course.lesson(&player.lesson_id) else {
        return;
    };
    let saved = lesson
        .steps
        .get(index)
        .and_then(|s| saved_state(app, &lesson.id, &s.id))
        .map(str::to_string);
    if let Screen::Lesson(player) = &mut app.screen {
        player.go_to(lesson, index, saved.as_deref());
    }
}

/// A key as the open step understands it, when it means anything there.
fn step_input(action: &Action) -> Option<Input> {
    Some(match action {
        Action::Up => Input::Up,
        Action::Down => Input::Down,
        Action::Digit(d) if *d >= 1 => Input::Pick(usize::from(*d) - 1),
        Action::ClickItem(i) => Input::Pick(*i),
        Action::Toggle => Input::Toggle,
        Action::Confirm => Input::Confirm,
        Action::Backspace => Input::Backspace,
        _ => return None,
    })
}

fn lesson(app: &mut App, action: Action) -> Vec<Effect> {
    let Screen::Lesson(player) = &app.screen else {
        return Vec::new();
    };
    // A step that takes typed text keeps the keys until it is done.
    let typing = app
        .course
        .lesson(&player.lesson_id)
        .and_then(|l| player.step(l))
        .is_some_and(|step| step.has_field() && !player.state.status.is_done());
    if typing && let Some(effects) = change_typing(app, &action) {
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
        Action::Left if !typing => {
            let Some(to) = lesson.previous_index(player.index) else {
                return Vec::new();
            };
            show_step(app, to);
            return position_effect(app, None);
        }
        _ => {}
    }

    if let StepKind::Workshop(w) = &step.kind
        && action == Action::Confirm
        && !player.state.status.is_done()
    {
        let tool = w.tool;
        return super::workshop::open_from_lesson(app, tool);
    }

    let input = if typing {
        let number = matches!(step.kind, StepKind::Number(_));
        let method = (!number).then_some(app.typing);
        if edit(&mut player.input, &action, method, app.field_width) {
            Some(Input::Typed(player.input.text().to_string()))
        } else {
            (action == Action::Confirm).then_some(Input::Confirm)
        }
    } else {
        step_input(&action)
    };
    let Some(input) = input else {
        return Vec::new();
    };
    let before = player.state.clone();
    match step.input(&mut player.state, &input) {
        Handled::Nothing if player.state == before => Vec::new(),
        Handled::Nothing | Handled::Moved | Handled::Changed => save_state(app),
        Handled::Check if before.status.is_done() || !step.is_question() => {
            let done = step.id.clone();
            advance(app, done)
        }
        Handled::Check => submit(app, before),
    }
}

/// Checks the learner's answer, records it and shows what it earned. An answer that cannot
/// be checked yet (nothing ticked, an empty field) or that was just checked unchanged is not
/// a try: nothing is recorded and no hint is used.
fn submit(app: &mut App, before: crate::course::steps::StepState) -> Vec<Effect> {
    let Screen::Lesson(player) = &mut app.screen else {
        return Vec::new();
    };
    let Some(lesson) = app.course.lesson(&player.lesson_id) else {
        return Vec::new();
    };
    let Some(step) = player.step(lesson) else {
        return Vec::new();
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
    let Some((answer, correct)) = step.check(&mut player.state, &lines) else {
        if player.state == before {
            return Vec::new();
        }
        return save_state(app);
    };
    let state = player.state.saved();
    let (lesson_id, step_id) = (lesson.id.clone(), step.id.clone());
    app.progress
        .step_states
        .entry(lesson_id.clone())
        .or_default()
        .insert(step_id.clone(), state.clone());
    if correct {
        app.progress
            .done_steps
            .entry(lesson_id.clone())
            .or_default()
            .insert(step_id.clone());
    }
    let Some(profile) = app.profile_id else {
        return Vec::new();
    };
    vec![Effect::RecordAnswer {
        profile,
        lesson: lesson_id,
        step: step_id,
        answer: answer.record(),
        correct,
        state,
    }]
}

/// Goes on to the next step, or finishes the lesson after the last one.
fn advance(app: &mut App, done: String) -> Vec<Effect> {
    let Screen::Lesson(player) = &app.screen else {
        return Vec::new();
    };
    let Some(lesson) = app.course.lesson(&player.lesson_id) else {
        return Vec::new();
    };
    if let Some(next) = lesson.next_index(player.index) {
        show_step(app, next);
        return position_effect(app, Some(done));
    }
    let id = lesson.id.clone();
    app.progress.finished.insert(id.clone());
    app.progress.positions.remove(&id);
    app.progress.step_states.remove(&id);
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

/// Back on a workshop step from its tool, with the learner's work made: the step is done,
/// saved as such, and Enter goes on.
pub(super) fn workshop_step_done(app: &mut App) -> Vec<Effect> {
    let Screen::Lesson(player) = &mut app.screen else {
        return Vec::new();
    };
    if player.state.status.is_done() {
        return Vec::new();
    }
    let Some(step) = app
        .course
        .lesson(&player.lesson_id)
        .and_then(|l| player.step(l))
    else {
        return Vec::new();
    };
    let step_id = step.id.clone();
    player.state.status = crate::course::steps::Status::Right;
    let mut effects = save_state(app);
    effects.extend(position_effect(app, Some(step_id)));
    effects
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
    use crate::app::Start;
    use crate::course::steps::Status as Phase;
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
            Screen::Lesson(p) => Some(&p.state.status),
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
        assert!(matches!(phase(&app), Some(Phase::Wrong { .. })));
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
    fn a_second_enter_on_the_same_wrong_answer_records_nothing_and_reveals_nothing() {
        let mut app = app();
        update(&mut app, Action::Confirm);
        update(&mut app, Action::Confirm);
        update(&mut app, Action::Digit(2));
        assert_eq!(update(&mut app, Action::Confirm).len(), 1);
        // A key that bounces: the same answer again is not a try.
        assert!(update(&mut app, Action::Confirm).is_empty());
        assert!(update(&mut app, Action::Confirm).is_empty());
        assert!(matches!(phase(&app), Some(Phase::Wrong { .. })));
    }

    #[test]
    fn every_visible_change_on_a_step_is_saved_with_the_step_state() {
        let mut app = app();
        update(&mut app, Action::Confirm);
        update(&mut app, Action::Confirm);
        let effects = update(&mut app, Action::Digit(2));
        let [Effect::SaveStepState { step, state, .. }] = &effects[..] else {
            panic!("{effects:?}")
        };
        assert_eq!(step, "q");
        assert!(state.contains("\"cursor\":1"), "{state}");
        // Opening the step again (a restart) shows the same highlight.
        assert_eq!(app.progress.step_states["l"]["q"], *state);
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
    fn page_keys_home_and_end_move_through_a_long_list() {
        let mut at = 0;
        assert!(select(&mut at, 25, &Action::PageDown));
        assert_eq!(at, 10);
        select(&mut at, 25, &Action::PageDown);
        select(&mut at, 25, &Action::PageDown);
        assert_eq!(at, 24, "stops at the last row");
        select(&mut at, 25, &Action::PageUp);
        assert_eq!(at, 14);
        select(&mut at, 25, &Action::LineStart);
        assert_eq!(at, 0);
        select(&mut at, 25, &Action::LineEnd);
        assert_eq!(at, 24);
        let mut empty = 0;
        select(&mut empty, 0, &Action::LineEnd);
        assert_eq!(empty, 0);
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
