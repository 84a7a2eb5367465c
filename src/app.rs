//! The app as state, actions and a pure update. `update` never does I/O: it changes the state
//! and returns the effects (saving, quitting) for the loop to carry out. Screens keep their own
//! state in submodules; the localizers are rebuilt here, in memory, when the language changes.

pub mod action;
pub mod editor;
pub mod keymap;
pub mod player;
pub mod preview;
mod update;
pub mod workshop;

use std::collections::{BTreeMap, BTreeSet};

use crate::course::{Course, LessonEntry};
use crate::i18n::{Args, Languages, Localizer, Text, ui_localizer};
use crate::learner::{Profile, Progress};
use crate::picture::Thumbnail;
use crate::source::Files;

pub use action::{Action, Effect};
pub use editor::{TextField, Typing};
pub use keymap::Context;
pub use player::Player;
pub use update::update;

/// Longest learner name, in characters.
pub const MAX_NAME: usize = 40;
/// Longest typed answer, in characters.
pub const MAX_ANSWER: usize = 2_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NamePurpose {
    NewProfile,
    Rename(i64),
}

#[derive(Debug)]
pub enum Screen {
    /// Choosing a language; `first_run` leads on to the name.
    Languages {
        selected: usize,
        first_run: bool,
    },
    Name {
        input: TextField,
        purpose: NamePurpose,
    },
    /// Choosing a learner; the last row is "new learner".
    Profiles {
        selected: usize,
    },
    /// The course; `selected` indexes [`App::lesson_rows`].
    Home {
        selected: usize,
    },
    Lesson(Box<Player>),
    Finished {
        lesson: String,
    },
    /// The trainer PIN, asked before the class screen (or chosen, the first time).
    TrainerPin(PinEntry),
    /// The trainer's class screen.
    Class(ClassScreen),
    /// The workshops: the learner's own price sheet, story, photos and listing.
    Workshop(Box<workshop::Workshop>),
}

/// The PIN being typed (shown as stars) and what it is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PinEntry {
    pub pin: String,
    pub mode: PinMode,
    /// The last outcome (wrong PIN, locked, PINs differ), already in the interface language.
    pub message: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PinMode {
    /// Typing the trainer PIN.
    Enter,
    /// No PIN yet: choosing one.
    New,
    /// Typing the chosen PIN again.
    Confirm(String),
}

/// Every learner on this laptop or imported, with how each lesson goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClassScreen {
    pub rows: Vec<crate::class::report::ScreenRow>,
    pub sort: crate::class::report::ClassSort,
    pub selected: usize,
}

impl Screen {
    /// An empty name field for a new learner.
    pub fn new_learner() -> Screen {
        Screen::Name {
            input: TextField::new(MAX_NAME, false),
            purpose: NamePurpose::NewProfile,
        }
    }
}

/// Something the learner must read before going on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// The progress file was damaged and moved to `path`.
    DatabaseMoved {
        path: String,
    },
    SaveFailed {
        detail: String,
    },
    /// The lesson pack had errors; `count` lessons cannot be opened.
    LessonsUnavailable {
        count: usize,
    },
}

pub struct App {
    pub course: Course,
    pub languages: Languages,
    /// The course's files and the interface text of every language (`locales/`).
    pub files: Files,
    /// Pictures of read steps, decoded when a lesson first shows them; None when a file could
    /// not be read as a picture (its description is shown instead).
    pub pictures: BTreeMap<String, Option<Thumbnail>>,
    pub lang: String,
    pub ui: Localizer,
    pub course_text: Localizer,
    pub profiles: Vec<Profile>,
    /// The learner using the tutor now: an id into `profiles`, which holds the one copy.
    pub profile_id: Option<i64>,
    pub progress: Progress,
    pub screen: Screen,
    /// The language picker opened over another screen, with its selection.
    pub language_overlay: Option<usize>,
    pub notices: Vec<Notice>,
    pub quitting: bool,
    /// How keys become letters in text fields (saved per learner).
    pub typing: Typing,
    /// Columns available to a text field, from the last known window size.
    pub field_width: usize,
    /// Each ready lesson's title and summary in the current language, made when the language
    /// or the learner changes so that drawing a frame formats nothing.
    pub lesson_labels: BTreeMap<String, LessonLabels>,
    /// Set in `chophien preview`: the problems panel and where to go back after a reload.
    pub preview: Option<preview::Preview>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LessonLabels {
    pub title: Text,
    pub summary: Option<Text>,
}

impl std::fmt::Debug for App {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("App")
            .field("lang", &self.lang)
            .field("screen", &self.screen)
            .finish_non_exhaustive()
    }
}

/// What the app starts with; built by the loop from the store.
pub struct Start {
    pub course: Course,
    pub languages: Languages,
    pub files: Files,
    pub lang: String,
    pub profiles: Vec<Profile>,
    /// The learner to continue with, when there is exactly one obvious choice.
    pub resume: Option<(Profile, Progress)>,
    pub notices: Vec<Notice>,
}

impl App {
    pub fn new(start: Start) -> App {
        let lang = start.lang.clone();
        let ui = ui_localizer(&start.files, &start.languages, &lang);
        let course_text = course_localizer(&start.course, &start.languages, &lang);
        let mut app = App {
            course: start.course,
            languages: start.languages,
            files: start.files,
            lang,
            ui,
            course_text,
            profiles: start.profiles,
            profile_id: None,
            progress: Progress::default(),
            screen: Screen::Home { selected: 0 },
            language_overlay: None,
            notices: start.notices,
            quitting: false,
            typing: Typing::default_for(&start.lang),
            field_width: 74,
            lesson_labels: BTreeMap::new(),
            pictures: BTreeMap::new(),
            preview: None,
        };
        let unavailable = app
            .course
            .lessons
            .values()
            .filter(|l| matches!(l, LessonEntry::Unavailable { .. }))
            .count();
        if unavailable > 0 {
            app.notices
                .push(Notice::LessonsUnavailable { count: unavailable });
        }
        if let Some((profile, progress)) = start.resume {
            // Formats the labels for this learner's language and name.
            app.enter_profile(profile, progress);
            return app;
        }
        app.refresh_labels();
        app.screen = if app.profiles.is_empty() {
            app.first_run_screen()
        } else {
            Screen::Profiles { selected: 0 }
        };
        app
    }

    /// The course's lessons in order with their titles in the current language, for the
    /// class screen.
    pub fn lesson_infos(&self) -> Vec<crate::class::report::LessonInfo> {
        let mut out = Vec::new();
        for m in &self.course.modules {
            for id in &m.lessons {
                let (title, steps) = match self.course.lessons.get(id) {
                    Some(LessonEntry::Ready(_)) => (
                        self.lesson_labels
                            .get(id)
                            .map_or_else(|| id.clone(), |l| l.title.value.clone()),
                        self.course
                            .lesson(id)
                            .map(|l| l.steps.iter().map(|s| s.id.clone()).collect())
                            .unwrap_or_default(),
                    ),
                    _ => (id.clone(), Vec::new()),
                };
                out.push(crate::class::report::LessonInfo {
                    id: id.clone(),
                    module: m.id.clone(),
                    title,
                    steps,
                });
            }
        }
        out
    }

    /// Switches every text to `lang` (in memory only).
    pub fn set_language(&mut self, lang: &str) {
        if self.languages.get(lang).is_none() {
            return;
        }
        if lang != self.lang {
            self.lang = lang.to_string();
            self.ui = ui_localizer(&self.files, &self.languages, lang);
            self.course_text = course_localizer(&self.course, &self.languages, lang);
            if let Screen::Lesson(player) = &mut self.screen
                && let Some(lesson) = self.course.lesson(&player.lesson_id)
            {
                player.text =
                    lesson_localizer(lesson, &self.languages, lang, &self.course.base_language);
            }
        }
        // Labels also carry the learner's name, so they are made again even in the same language.
        self.refresh_labels();
    }

    /// Pictures the current screen shows that have not been decoded yet.
    pub fn wanted_pictures(&self) -> Vec<String> {
        let Screen::Lesson(player) = &self.screen else {
            return Vec::new();
        };
        let Some(lesson) = self.course.lesson(&player.lesson_id) else {
            return Vec::new();
        };
        match player.step(lesson).and_then(|s| s.picture()) {
            Some(p) if !self.pictures.contains_key(&p.path) => vec![p.path.clone()],
            _ => Vec::new(),
        }
    }

    /// The row of the current language in the language list.
    pub fn language_row(&self) -> usize {
        self.languages
            .all()
            .iter()
            .position(|l| l.tag == self.lang)
            .unwrap_or(0)
    }

    /// The language picker that starts a first run.
    pub fn first_run_screen(&self) -> Screen {
        Screen::Languages {
            selected: self.language_row(),
            first_run: true,
        }
    }

    /// The learner using the tutor now.
    pub fn profile(&self) -> Option<&Profile> {
        let id = self.profile_id?;
        self.profiles.iter().find(|p| p.id == id)
    }

    pub fn profile_mut(&mut self) -> Option<&mut Profile> {
        let id = self.profile_id?;
        self.profiles.iter_mut().find(|p| p.id == id)
    }

    /// The learner's name, or nothing before a learner is chosen.
    pub fn learner_name(&self) -> String {
        self.profile().map(|p| p.name.clone()).unwrap_or_default()
    }

    /// Formats every lesson's title and summary for the current language and learner. Each
    /// label reads only its own message (see `LazyResource::message`) with a bundle for the one
    /// language that has it, so a course of a thousand lessons is listed without parsing them.
    pub fn refresh_labels(&mut self) {
        let chain = self
            .languages
            .chain(&self.lang, &[self.course.base_language.as_str()]);
        let mut labels = BTreeMap::new();
        for (id, entry) in &self.course.lessons {
            let LessonEntry::Ready(lesson) = entry else {
                continue;
            };
            let args = self.lesson_args(id);
            let one = |msg: &str| {
                Localizer::first(
                    &chain,
                    |tag| lesson.texts.by_lang.get(tag)?.message(msg),
                    msg,
                    Some(&args),
                )
            };
            let title = one(&lesson.title).unwrap_or_else(|| Text::plain(id.clone()));
            let summary = lesson.summary.as_deref().and_then(one);
            labels.insert(id.clone(), LessonLabels { title, summary });
        }
        self.lesson_labels = labels;
    }

    /// The learner `profile` is now using the tutor: their language, then their lesson.
    pub fn enter_profile(&mut self, profile: Profile, progress: Progress) {
        let lang = profile.lang.clone();
        let resume = profile.current_lesson.clone();
        self.typing = Typing::from_setting(profile.input_method.as_deref(), &lang);
        self.profile_id = Some(profile.id);
        if let Some(existing) = self.profiles.iter_mut().find(|p| p.id == profile.id) {
            *existing = profile;
        } else {
            self.profiles.push(profile);
        }
        self.progress = progress;
        self.set_language(&lang);
        self.screen = Screen::Home {
            selected: self.default_home_row(),
        };
        if let Some(lesson) = resume
            && self.course.lesson(&lesson).is_some()
        {
            self.open_lesson(&lesson);
        }
    }

    /// Opens `lesson_id` at the step the learner left it, or at the start.
    pub fn open_lesson(&mut self, lesson_id: &str) -> bool {
        let position = self.progress.positions.get(lesson_id).cloned();
        self.open_lesson_at(lesson_id, position.as_deref())
    }

    /// Opens `lesson_id` at the step `step_id` (as the learner left it), or at the start when
    /// there is no such step.
    pub fn open_lesson_at(&mut self, lesson_id: &str, step_id: Option<&str>) -> bool {
        let Some(lesson) = self.course.lesson(lesson_id) else {
            return false;
        };
        let index = step_id
            .and_then(|step_id| lesson.step_index(step_id))
            .unwrap_or(0);
        let text = lesson_localizer(
            lesson,
            &self.languages,
            &self.lang,
            &self.course.base_language,
        );
        let saved = lesson.steps.get(index).and_then(|step| {
            self.progress
                .step_states
                .get(lesson_id)
                .and_then(|states| states.get(&step.id))
        });
        let player = Player::new(lesson, index, saved.map(String::as_str), text);
        self.screen = Screen::Lesson(Box::new(player));
        true
    }

    /// Every lesson in course order with its module index.
    pub fn lesson_rows(&self) -> Vec<(usize, &str)> {
        self.course
            .modules
            .iter()
            .enumerate()
            .flat_map(|(m, module)| module.lessons.iter().map(move |l| (m, l.as_str())))
            .collect()
    }

    /// True when `lesson_id` is the last lesson of the course (nothing to go on to).
    pub fn is_last_lesson(&self, lesson_id: &str) -> bool {
        self.lesson_rows()
            .last()
            .is_some_and(|(_, id)| *id == lesson_id)
    }

    /// The first lesson not finished yet (or the first one).
    fn default_home_row(&self) -> usize {
        self.lesson_rows()
            .iter()
            .position(|(_, id)| {
                !self.progress.finished.contains(*id) && self.course.lesson(id).is_some()
            })
            .unwrap_or(0)
    }

    /// The state of a lesson for this learner.
    pub fn lesson_state(&self, id: &str) -> LessonState {
        let Some(lesson) = self.course.lesson(id) else {
            return LessonState::Unavailable;
        };
        if self.progress.finished.contains(id) {
            return LessonState::Finished;
        }
        let done: usize = self.progress.done_steps.get(id).map_or(0, |s| {
            let ids: BTreeSet<&str> = lesson.steps.iter().map(|s| s.id.as_str()).collect();
            s.iter().filter(|d| ids.contains(d.as_str())).count()
        });
        if done == 0 && !self.progress.positions.contains_key(id) {
            LessonState::New
        } else {
            LessonState::Started {
                done,
                total: lesson.steps.len(),
            }
        }
    }

    /// The keys' context for the current screen.
    pub fn context(&self) -> Context {
        if !self.notices.is_empty() {
            return Context::Notice;
        }
        if self.language_overlay.is_some() {
            return Context::Languages;
        }
        match &self.screen {
            Screen::Languages {
                first_run: true, ..
            } => Context::Welcome,
            Screen::Languages { .. } => Context::Languages,
            Screen::Name { .. } => Context::Name,
            Screen::Profiles { .. } => Context::Profiles,
            Screen::Home { .. } => Context::Home,
            Screen::Lesson(player) => player.context_for(
                self.course
                    .lesson(&player.lesson_id)
                    .and_then(|l| player.step(l)),
            ),
            Screen::Finished { .. } => Context::Finished,
            Screen::TrainerPin(_) => Context::TrainerPin,
            Screen::Class(_) => Context::Class,
            Screen::Workshop(ws) => match ws.page {
                workshop::Page::Menu { .. } => Context::WorkshopMenu,
                workshop::Page::Tool(workshop::Tool::Listing) => Context::WorkshopView,
                workshop::Page::Tool(workshop::Tool::Photo) if ws.photo.picked.is_some() => {
                    Context::PhotoPicker
                }
                workshop::Page::Tool(_) => Context::Form,
            },
        }
    }

    /// False for a key that would do nothing here, so the help bar leaves it out: going back
    /// from the first step, taking back when nothing was placed or chosen, or leaving the
    /// learner list before a learner is chosen.
    pub fn offers(&self, action: &Action) -> bool {
        match (action, &self.screen) {
            (Action::Left, Screen::Lesson(player)) => self
                .course
                .lesson(&player.lesson_id)
                .is_none_or(|l| l.previous_index(player.index).is_some()),
            (Action::Backspace, Screen::Lesson(player)) => player.state.can_take_back(),
            (Action::Back, Screen::Profiles { .. }) => self.profile_id.is_some(),
            _ => true,
        }
    }

    /// Arguments every lesson message may use: `$learner` and the lesson's variables.
    pub fn lesson_args(&self, lesson_id: &str) -> Args {
        let mut args = Args::new();
        args.set("learner", self.learner_name());
        if let Some(lesson) = self.course.lesson(lesson_id) {
            for (name, value) in &lesson.vars {
                match value {
                    crate::course::model::Var::Number(n) => args.set(name.clone(), *n),
                    crate::course::model::Var::Text(t) => args.set(name.clone(), t.clone()),
                }
            }
        }
        args
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LessonState {
    New,
    Started { done: usize, total: usize },
    Finished,
    Unavailable,
}

pub fn course_localizer(course: &Course, languages: &Languages, lang: &str) -> Localizer {
    let chain = languages.chain(lang, &[course.base_language.as_str()]);
    Localizer::new(&chain, |tag| course.texts.get(tag))
}

pub fn lesson_localizer(
    lesson: &crate::course::Lesson,
    languages: &Languages,
    lang: &str,
    base: &str,
) -> Localizer {
    let chain = languages.chain(lang, &[base]);
    Localizer::new(&chain, |tag| lesson.texts.get(tag))
}
