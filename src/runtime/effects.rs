//! Carrying out effects against the store, and feeding their results back as actions. Tests
//! drive the whole tutor through [`apply`] without a terminal.

use crate::app::{Action, App, Effect, update};
use crate::class::pin::PinCheck;
use crate::learner::Progress;
use crate::store::Store;

/// Applies `action`, then every effect it causes, until nothing more follows.
pub fn apply(app: &mut App, store: &mut Store, action: Action) {
    let mut queue = vec![action];
    while let Some(action) = queue.pop() {
        for effect in update(app, action) {
            if let Some(next) = execute(store, effect) {
                queue.push(next);
            }
        }
    }
}

/// Decodes the pictures the current screen needs (reading them is I/O, so it happens here).
pub fn load_pictures(app: &mut App, store: &mut Store) {
    for path in app.wanted_pictures() {
        let thumbnail = app
            .files
            .media(&path)
            .and_then(|bytes| crate::picture::decode(&bytes));
        apply(app, store, Action::PictureLoaded(path, thumbnail));
    }
}

/// Carries out one effect; the action it returns reports the result.
pub fn execute(store: &mut Store, effect: Effect) -> Option<Action> {
    let result = match effect {
        Effect::CreateProfile { name, lang, typing } => {
            let created = store.create_profile(&name, &lang).and_then(|mut profile| {
                store.set_input_method(profile.id, &typing)?;
                profile.input_method = Some(typing);
                Ok(profile)
            });
            return Some(match created {
                Ok(profile) => Action::ProfileReady(profile, Progress::default()),
                Err(e) => Action::SaveFailed(e.to_string()),
            });
        }
        Effect::SelectProfile { id } => {
            let found = store
                .touch_profile(id)
                .and_then(|()| store.profiles())
                .and_then(|profiles| {
                    let progress = store.progress(id)?;
                    Ok(profiles
                        .into_iter()
                        .find(|p| p.id == id)
                        .map(|p| (p, progress)))
                });
            return match found {
                Ok(Some((profile, progress))) => Some(Action::ProfileReady(profile, progress)),
                Ok(None) => None,
                Err(e) => Some(Action::SaveFailed(e.to_string())),
            };
        }
        Effect::RenameProfile { id, name } => store.rename_profile(id, &name),
        Effect::SetLanguage { profile, lang } => store.set_language(profile, &lang),
        Effect::SetTyping { profile, setting } => store.set_input_method(profile, &setting),
        Effect::RecordAnswer {
            profile,
            lesson,
            step,
            answer,
            correct,
            state,
        } => store.record_answer(profile, &lesson, &step, &answer, correct, &state),
        Effect::SaveStepState {
            profile,
            lesson,
            step,
            state,
        } => store.save_step_state(profile, &lesson, &step, &state),
        Effect::SetPosition {
            profile,
            lesson,
            step,
            done_step,
        } => store.set_position(profile, &lesson, &step, done_step.as_deref()),
        Effect::FinishLesson {
            profile,
            lesson,
            last_step,
        } => store.finish_lesson(profile, &lesson, last_step.as_deref()),
        Effect::LeaveLesson { profile } => store.leave_lesson(profile),
        Effect::SaveWork {
            profile,
            kind,
            data,
        } => store.save_work(profile, kind, &data),
        Effect::ListPhotos => return Some(Action::PhotosListed(photo_files())),
        Effect::CheckPhoto { path, platform } => return Some(check_photo(&path, &platform)),
        Effect::Quit => Ok(()),
        Effect::AskPinState => {
            return match store.setting(crate::class::pin::HASH_KEY) {
                Ok(Some(_)) => None,
                Ok(None) => Some(Action::PinChecked(PinCheck::NotSet)),
                Err(e) => Some(Action::SaveFailed(e.to_string())),
            };
        }
        Effect::CheckPin(pin) => {
            let now = crate::class::pin::now_secs();
            return Some(
                match store.check_trainer_pin(now, |h| crate::class::pin::matches(&pin, h)) {
                    Ok(check) => Action::PinChecked(check),
                    Err(e) => Action::SaveFailed(e.to_string()),
                },
            );
        }
        Effect::SetPin(pin) => {
            return Some(
                match crate::class::pin::hash(&pin)
                    .and_then(|hash| store.set_trainer_pin(&hash).map_err(|e| e.to_string()))
                {
                    Ok(()) => Action::PinChecked(PinCheck::Right),
                    Err(detail) => Action::SaveFailed(detail),
                },
            );
        }
        Effect::LoadClass { lessons } => {
            let now_ms = crate::class::pin::now_secs() * 1000;
            return Some(match store.class_learners() {
                Ok(learners) => Action::ClassLoaded(crate::class::report::screen_rows(
                    &learners, &lessons, now_ms,
                )),
                Err(e) => Action::SaveFailed(e.to_string()),
            });
        }
    };
    result.err().map(|e| Action::SaveFailed(e.to_string()))
}

/// Most files the photo picker lists.
const MAX_PICKER_FILES: usize = 50;

/// JPG and PNG files (and other pictures, which the check explains) in the learner's home
/// and Pictures folders, newest names first within each folder. Hidden files are left out.
fn photo_files() -> Vec<String> {
    let mut folders = Vec::new();
    if let Some(dirs) = directories::UserDirs::new() {
        folders.push(dirs.home_dir().to_path_buf());
        if let Some(p) = dirs.picture_dir() {
            folders.push(p.to_path_buf());
        }
    }
    let mut out = Vec::new();
    for folder in folders {
        let Ok(entries) = std::fs::read_dir(&folder) else {
            continue;
        };
        let mut found: Vec<String> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| {
                p.is_file()
                    && !p
                        .file_name()
                        .is_some_and(|n| n.to_string_lossy().starts_with('.'))
                    && p.extension().is_some_and(|e| {
                        matches!(
                            e.to_string_lossy().to_lowercase().as_str(),
                            "jpg" | "jpeg" | "png" | "webp" | "heic"
                        )
                    })
            })
            .map(|p| p.display().to_string())
            .collect();
        found.sort();
        out.extend(found);
    }
    out.dedup();
    out.truncate(MAX_PICKER_FILES);
    out
}

/// Reads and checks one photo; a small picture of it is decoded for the screen.
fn check_photo(path: &str, platform: &str) -> Action {
    let file = std::path::Path::new(path);
    let rules = crate::commands::photo_check::rules(platform);
    let result = crate::workshop::photo::check_photo(file, &rules);
    let thumbnail = match &result {
        Ok(_) => std::fs::read(file)
            .ok()
            .and_then(|bytes| crate::picture::decode(&bytes)),
        Err(_) => None,
    };
    Action::PhotoChecked {
        path: path.to_string(),
        result: Box::new(result),
        thumbnail,
    }
}
