//! The trainer's preview (`chophien preview`): the problems panel's state and what a reload of
//! the pack does to the app. Pure, like the rest of `app`: the pack is read and loaded by the
//! runtime's watcher, which hands the result over as [`Action::CourseReloaded`].
//!
//! After a reload the learner stays where they were: the same lesson and, while its id still
//! exists, the same step (otherwise the lesson's first step). A lesson that can no longer be
//! opened (its files now have errors) sends the learner to the list of lessons, and the place
//! is remembered: once the files are fixed, the next reload opens it again at that step. The
//! same holds for the lesson a preview was started on.
//!
//! [`Action::CourseReloaded`]: super::Action::CourseReloaded

use std::sync::Arc;

use super::{App, Screen, course_localizer};
use crate::course::Loaded;
use crate::diagnostic::Diagnostic;
use crate::i18n::ui_localizer;
use crate::source::Files;

/// What the preview shows besides the tutor itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Preview {
    /// The pack folder, as the trainer should see it.
    pub root: String,
    /// The loader's diagnostics, as `chophien check` finds them.
    pub problems: Vec<Diagnostic>,
    /// True while the panel shows the problems; false: only its title line.
    pub panel_open: bool,
    /// A lesson (and step) to open as soon as it can be: the lesson the preview was started
    /// on, or the one the learner was on when its files broke.
    pub resume: Option<(String, Option<String>)>,
    /// Why changes to the files are not seen (the watch could not start), if so.
    pub watch_failed: Option<String>,
}

impl Preview {
    pub fn new(root: String, problems: Vec<Diagnostic>, lesson: Option<String>) -> Preview {
        Preview {
            root,
            problems,
            panel_open: true,
            resume: lesson.map(|l| (l, None)),
            watch_failed: None,
        }
    }

    pub fn errors(&self) -> usize {
        self.problems.iter().filter(|d| d.is_error()).count()
    }

    pub fn warnings(&self) -> usize {
        self.problems.len() - self.errors()
    }
}

/// The pack read again: its files and what loading them gave. Shared, so that the action
/// carrying it stays cheap to clone and compare (two reloads are equal only when they are
/// the same one).
#[derive(Debug, Clone)]
pub struct Reloaded(Arc<(Files, Loaded)>);

impl Reloaded {
    pub fn new(files: Files, loaded: Loaded) -> Reloaded {
        Reloaded(Arc::new((files, loaded)))
    }

    fn into_parts(self) -> (Files, Loaded) {
        Arc::try_unwrap(self.0).unwrap_or_else(|shared| {
            let (files, loaded) = &*shared;
            (
                files.clone(),
                Loaded {
                    course: loaded.course.clone(),
                    languages: loaded.languages.clone(),
                    diagnostics: loaded.diagnostics.clone(),
                },
            )
        })
    }
}

impl PartialEq for Reloaded {
    fn eq(&self, other: &Reloaded) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl Eq for Reloaded {}

impl App {
    /// Makes this app a preview of the pack at `preview.root`: the "lessons cannot be opened"
    /// notice gives way to the panel, and the lesson asked for is opened if it can be.
    pub fn start_preview(&mut self, mut preview: Preview) {
        self.notices
            .retain(|n| !matches!(n, super::Notice::LessonsUnavailable { .. }));
        if let Some((lesson, _)) = &preview.resume
            && self.open_lesson(lesson)
        {
            preview.resume = None;
        }
        self.preview = Some(preview);
    }
}

/// F5: shows or hides the problems (only in a preview).
pub(super) fn toggle_panel(app: &mut App) {
    if let Some(preview) = &mut app.preview {
        preview.panel_open = !preview.panel_open;
    }
}

/// The watcher could not start: the panel says that changes will not be seen.
pub(super) fn watch_failed(app: &mut App, detail: String) {
    if let Some(preview) = &mut app.preview {
        preview.watch_failed = Some(detail);
    }
}

/// Puts the course read again in place of the old one and keeps the learner where they were.
pub(super) fn reloaded(app: &mut App, reloaded: Reloaded) {
    let Some(preview) = &mut app.preview else {
        return;
    };
    let (files, loaded) = reloaded.into_parts();
    let Loaded {
        course,
        languages,
        diagnostics,
    } = loaded;
    preview.problems = diagnostics;
    // Where the learner is now, by ids (indexes mean nothing in the new course).
    let here = match &app.screen {
        Screen::Lesson(player) => app.course.lesson(&player.lesson_id).map(|lesson| {
            let step = player.step(lesson).map(|s| s.id.clone());
            (player.lesson_id.clone(), step)
        }),
        _ => None,
    };
    if here.is_some() {
        preview.resume = here;
    }
    app.course = course;
    app.languages = languages;
    app.files = files;
    app.pictures.clear();
    app.ui = ui_localizer(&app.files, &app.languages, &app.lang);
    app.course_text = course_localizer(&app.course, &app.languages, &app.lang);
    app.refresh_labels();

    let resume = app.preview.as_ref().and_then(|p| p.resume.clone());
    let reopened = resume
        .as_ref()
        .is_some_and(|(lesson, step)| app.open_lesson_at(lesson, step.as_deref()));
    if reopened {
        if let Some(preview) = &mut app.preview {
            preview.resume = None;
        }
        return;
    }
    let rows = app.lesson_rows();
    let last_row = rows.len().saturating_sub(1);
    let lesson_row = resume
        .and_then(|(lesson, _)| rows.iter().position(|(_, id)| *id == lesson))
        .unwrap_or(0);
    match &mut app.screen {
        // The lesson can no longer be opened: the list, with that lesson highlighted.
        Screen::Lesson(_) => {
            app.screen = Screen::Home {
                selected: lesson_row,
            }
        }
        Screen::Home { selected } => *selected = (*selected).min(last_row),
        _ => {}
    }
}
