//! `chophien preview PATH`: a trainer plays the pack they are writing in the real tutor, and
//! every saved file shows at once, without touching anyone's progress.
//!
//! - PATH is a pack folder (it holds `course.toml`) or a folder inside one, usually a lesson's:
//!   the pack is then the nearest folder above holding `course.toml`, and the lesson opens
//!   straight away, since that is the lesson the trainer is working on.
//! - The pack is shown alone, as `chophien check` loads it, not after the built-in course: the
//!   trainer sees their own lessons first.
//! - Progress goes to a throw-away store in a new temporary folder, removed when the preview
//!   ends; the learner's data folder (`--data-dir`, `CHOPHIEN_DATA`, the system's) is never
//!   opened, created or read, nor are the packs installed there. A learner called "Preview"
//!   is made in it, so no first-run questions come before the lesson.
//! - Problems never end the preview: what `check` would print is in a panel under the lesson
//!   (F5 hides it), and a pack whose every lesson is broken still opens, showing why.
//!
//! The terminal, signals and the watch are the runtime's ([`crate::runtime::run_with`]).

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use super::{EXIT_OK, EXIT_RUNTIME, print_error};
use crate::app::App;
use crate::app::preview::Preview;
use crate::course::load::COURSE_FILE;
use crate::i18n::{Args, Localizer};
use crate::runtime::Extras;
use crate::store;
use crate::ui::Theme;

/// The pack folder for `path`, and the lesson (its folder's name) when `path` is inside one.
pub fn find_pack(path: &Path) -> (PathBuf, Option<String>) {
    let holds_course = |folder: &Path| folder.join(COURSE_FILE).is_file();
    let found = |path: &Path| {
        path.ancestors().find(|a| holds_course(a)).map(|root| {
            let lesson = path
                .strip_prefix(root)
                .ok()
                .and_then(|rest| rest.components().next())
                .map(|c| c.as_os_str().to_string_lossy().into_owned());
            (root.to_path_buf(), lesson)
        })
    };
    // As given first, so that paths in the panel stay as short as the trainer typed them;
    // then in full, for `.` inside a lesson folder.
    found(path)
        .map(|(root, lesson)| {
            let root = if root.as_os_str().is_empty() {
                PathBuf::from(".")
            } else {
                root
            };
            (root, lesson)
        })
        .or_else(|| {
            std::fs::canonicalize(path)
                .ok()
                .and_then(|full| found(&full))
        })
        .unwrap_or_else(|| (path.to_path_buf(), None))
}

/// A new, empty temporary folder for the throw-away store; removed by [`remove_scratch`].
fn scratch_folder() -> std::io::Result<PathBuf> {
    let base = std::env::temp_dir();
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or_default();
    let mut last = None;
    for attempt in 0..100u32 {
        let dir = base.join(format!(
            "chophien-preview-{}-{stamp}-{attempt}",
            std::process::id()
        ));
        // `create_dir` fails when the folder exists: never share one with anything else.
        match std::fs::create_dir(&dir) {
            Ok(()) => return Ok(dir),
            Err(e) => last = Some(e),
        }
    }
    Err(last.unwrap_or_else(|| std::io::Error::other("temporary folder")))
}

fn remove_scratch(dir: &Path) {
    let _ = std::fs::remove_dir_all(dir);
}

pub fn run(loc: &Localizer, lang: &str, path: &Path, ascii: bool) -> u8 {
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        print_error(loc, &loc.text("run-needs-terminal"));
        return EXIT_RUNTIME;
    }
    if !path.is_dir() {
        let mut args = Args::new();
        args.set("path", path.display().to_string());
        print_error(loc, &loc.text_with("preview-no-folder", &args));
        return EXIT_RUNTIME;
    }
    let (root, lesson) = find_pack(path);
    let scratch = match scratch_folder() {
        Ok(dir) => dir,
        Err(e) => {
            print_error(loc, &e.to_string());
            return EXIT_RUNTIME;
        }
    };
    let code = run_in(loc, lang, &root, lesson, ascii, &scratch);
    // Also done by the runtime once the store is closed; here for the starts that fail.
    remove_scratch(&scratch);
    code
}

fn run_in(
    loc: &Localizer,
    lang: &str,
    root: &Path,
    lesson: Option<String>,
    ascii: bool,
    scratch: &Path,
) -> u8 {
    let (app, store) = match start(loc, lang, root, lesson, scratch) {
        Ok(started) => started,
        Err(detail) => {
            print_error(loc, &detail);
            return EXIT_RUNTIME;
        }
    };
    let to_remove = scratch.to_path_buf();
    let extras = Extras {
        watch: Some(root.to_path_buf()),
        cleanup: Some(Box::new(move || remove_scratch(&to_remove))),
    };
    match crate::runtime::run_with(app, store, Theme::from_env(ascii), extras) {
        Ok(()) => EXIT_OK,
        Err(e) => {
            print_error(loc, &e.to_string());
            EXIT_RUNTIME
        }
    }
}

/// The preview's app on the pack at `root`, opened on `lesson` when it can be, with its
/// throw-away store in `scratch` (an empty folder). Public for the tests, which drive it
/// without a terminal.
pub fn start(
    loc: &Localizer,
    lang: &str,
    root: &Path,
    lesson: Option<String>,
    scratch: &Path,
) -> Result<(App, store::Store), String> {
    let (mut store, opened) =
        store::open(scratch).map_err(|e| super::run::store_error_text(loc, &e))?;
    let (files, mut loaded) = super::checked_course(Some(root));
    let problems = std::mem::take(&mut loaded.diagnostics);
    let shown_root = files.display_path("");
    store
        .create_profile(&loc.text("preview-learner"), lang)
        .map_err(|e| super::run::store_error_text(loc, &e))?;
    let start = crate::runtime::start(&store, &opened, files, loaded, lang, true)
        .map_err(|e| super::run::store_error_text(loc, &e))?;
    let mut app = App::new(start);
    app.start_preview(Preview::new(shown_root, problems, lesson));
    Ok((app, store))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lesson_folder_is_found_in_its_pack() {
        let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/course");
        assert_eq!(find_pack(&fixture), (fixture.clone(), None));
        assert_eq!(
            find_pack(&fixture.join("photo-light")),
            (fixture.clone(), Some("photo-light".to_string()))
        );
        let nowhere = Path::new("/nonexistent-chophien-pack");
        assert_eq!(find_pack(nowhere), (nowhere.to_path_buf(), None));
    }

    #[test]
    fn every_preview_message_exists_in_every_shipped_language() {
        let ids: Vec<String> = [
            "preview-learner",
            "preview-panel-title",
            "preview-no-problems",
            "preview-watch-failed",
            "help-problems",
            "home-replaced-course",
        ]
        .map(String::from)
        .to_vec();
        assert_eq!(crate::i18n::missing_ui_messages(&ids), Vec::<String>::new());
    }
}
