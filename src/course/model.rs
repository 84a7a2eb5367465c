//! The validated course: what the app and the tools work with. Every message id here exists
//! in the course's base language, every media path exists, every step is well formed.

use std::collections::BTreeMap;
use std::sync::Arc;

use fluent_bundle::FluentResource;

pub use super::ftl::LazyResource;
pub use super::steps::Step;

/// Fluent text of one folder (the course root or one lesson) by language tag, checked when
/// the course was loaded and parsed again only when first used.
#[derive(Debug, Clone, Default)]
pub struct Texts {
    pub by_lang: BTreeMap<String, LazyResource>,
}

impl Texts {
    pub fn get(&self, tag: &str) -> Option<Arc<FluentResource>> {
        self.by_lang.get(tag).map(LazyResource::resource)
    }
}

#[derive(Debug, Clone)]
pub struct Course {
    pub base_language: String,
    pub modules: Vec<Module>,
    pub lessons: BTreeMap<String, LessonEntry>,
    /// Course-level text: module titles.
    pub texts: Texts,
    /// A pack's `replaces_course = true`: played instead of the built-in course, not after it.
    pub replaces_course: bool,
}

impl Course {
    pub fn lesson(&self, id: &str) -> Option<&Lesson> {
        match self.lessons.get(id) {
            Some(LessonEntry::Ready(lesson)) => Some(lesson),
            _ => None,
        }
    }

    /// An empty course (used when nothing could be loaded).
    pub fn empty(base_language: &str) -> Course {
        Course {
            base_language: base_language.to_string(),
            modules: Vec::new(),
            lessons: BTreeMap::new(),
            texts: Texts::default(),
            replaces_course: false,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Module {
    pub id: String,
    pub title: String,
    pub lessons: Vec<String>,
}

#[derive(Debug, Clone)]
pub enum LessonEntry {
    Ready(Lesson),
    /// The lesson has errors; `check` lists them. The learner sees it as unavailable.
    Unavailable {
        errors: usize,
    },
}

#[derive(Debug, Clone)]
pub struct Lesson {
    pub id: String,
    pub title: String,
    pub summary: Option<String>,
    /// Values the messages may use as `$name`, besides `$learner`.
    pub vars: Vec<(String, Var)>,
    pub steps: Steps,
    pub texts: Texts,
    /// Share of the base language's messages present, per language: (present, total).
    pub coverage: BTreeMap<String, (usize, usize)>,
}

/// A lesson's steps. Taken from the lesson index they stay JSON until first used, so a course
/// list of a thousand lessons does not decode a thousand lessons' steps to show their titles.
#[derive(Clone, Default)]
pub struct Steps {
    /// The index's text and where in it these steps' JSON is.
    raw: Option<(std::sync::Arc<str>, std::ops::Range<usize>)>,
    decoded: std::sync::OnceLock<Vec<Step>>,
}

impl Steps {
    /// Steps as the index keeps them: the JSON at `range` of `text`. Written by this build from
    /// steps that loaded cleanly; should they not decode (an index edited by hand), the lesson
    /// has no steps.
    pub fn from_index(text: std::sync::Arc<str>, range: std::ops::Range<usize>) -> Steps {
        Steps {
            raw: Some((text, range)),
            decoded: std::sync::OnceLock::new(),
        }
    }

    /// True when the steps have been decoded (for tests of laziness).
    pub fn is_decoded(&self) -> bool {
        self.decoded.get().is_some()
    }
}

impl From<Vec<Step>> for Steps {
    fn from(steps: Vec<Step>) -> Steps {
        Steps {
            raw: None,
            decoded: std::sync::OnceLock::from(steps),
        }
    }
}

impl std::ops::Deref for Steps {
    type Target = Vec<Step>;
    fn deref(&self) -> &Vec<Step> {
        self.decoded.get_or_init(|| {
            self.raw
                .as_ref()
                .and_then(|(text, range)| serde_json::from_str(text.get(range.clone())?).ok())
                .unwrap_or_default()
        })
    }
}

impl PartialEq for Steps {
    fn eq(&self, other: &Steps) -> bool {
        **self == **other
    }
}

impl std::fmt::Debug for Steps {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(&**self, f)
    }
}

impl Lesson {
    /// Every message a learner reads in this lesson, each once, in the order met: the title,
    /// the summary, then each step's (see [`Step::shown_messages`]).
    pub fn shown_messages(&self) -> Vec<&str> {
        let mut seen = std::collections::BTreeSet::new();
        std::iter::once(self.title.as_str())
            .chain(self.summary.as_deref())
            .chain(self.steps.iter().flat_map(Step::shown_messages))
            .filter(|id| !id.is_empty() && seen.insert(*id))
            .collect()
    }

    pub fn step_index(&self, step_id: &str) -> Option<usize> {
        self.steps.iter().position(|s| s.id == step_id)
    }

    /// The step after step `index`: the one its `next` names, else the next in the file; None
    /// after the last.
    pub fn next_index(&self, index: usize) -> Option<usize> {
        let step = self.steps.get(index)?;
        match &step.next {
            Some(id) => self.step_index(id),
            None => (index + 1 < self.steps.len()).then_some(index + 1),
        }
    }

    /// The step before step `index` on the way the lesson goes from its first step.
    pub fn previous_index(&self, index: usize) -> Option<usize> {
        let mut at = 0;
        let mut seen = 0;
        while seen <= self.steps.len() {
            let next = self.next_index(at)?;
            if next == index {
                return Some(at);
            }
            at = next;
            seen += 1;
        }
        None
    }
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Var {
    Number(i64),
    Text(String),
}
