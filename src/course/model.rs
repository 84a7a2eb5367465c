//! The validated course: what the app and the tools work with. Every message id here exists
//! in the course's base language, every media path exists, every step is well formed.

use std::collections::BTreeMap;
use std::sync::Arc;

use fluent_bundle::FluentResource;

/// Fluent text of one folder (the course root or one lesson) by language tag.
#[derive(Debug, Clone, Default)]
pub struct Texts {
    pub by_lang: BTreeMap<String, Arc<FluentResource>>,
}

impl Texts {
    pub fn get(&self, tag: &str) -> Option<Arc<FluentResource>> {
        self.by_lang.get(tag).cloned()
    }
}

#[derive(Debug, Clone)]
pub struct Course {
    pub base_language: String,
    pub modules: Vec<Module>,
    pub lessons: BTreeMap<String, LessonEntry>,
    /// Course-level text: module titles.
    pub texts: Texts,
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
    pub steps: Vec<Step>,
    pub texts: Texts,
    /// Share of the base language's messages present, per language: (present, total).
    pub coverage: BTreeMap<String, (usize, usize)>,
}

impl Lesson {
    pub fn step_index(&self, step_id: &str) -> Option<usize> {
        self.steps.iter().position(|s| s.id == step_id)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Var {
    Number(i64),
    Text(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    /// Stable id, unique in the lesson (progress and class reports use it).
    pub id: String,
    pub kind: StepKind,
    /// Shown one at a time, in order, after wrong answers.
    pub hints: Vec<String>,
}

impl Step {
    pub fn is_question(&self) -> bool {
        !matches!(self.kind, StepKind::Read { .. })
    }

    /// The main message of the step: the text of a read step, the prompt of a question.
    pub fn main_message(&self) -> &str {
        match &self.kind {
            StepKind::Read { text, .. } => text,
            StepKind::Choice { prompt, .. }
            | StepKind::Multi { prompt, .. }
            | StepKind::Order { prompt, .. }
            | StepKind::Number { prompt, .. }
            | StepKind::Text { prompt, .. } => prompt,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Picture {
    /// Path inside the course files ("photo-light/media/bright.png").
    pub path: String,
    /// What the picture shows, for every learner and every terminal.
    pub alt: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChoiceOption {
    pub text: String,
    pub correct: bool,
    pub feedback: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unit {
    Dong,
    /// A message id naming the unit ("kg").
    Message(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Idea {
    /// The idea in words, shown when it is missing.
    pub label: String,
    /// A message listing keywords, one per line; any one of them counts.
    pub words: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextCheck {
    /// Messages listing accepted answers, one per line.
    Accept {
        answers: Vec<String>,
        ignore_diacritics: bool,
    },
    Rubric {
        ideas: Vec<Idea>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Limits {
    pub min_words: Option<usize>,
    pub max_words: Option<usize>,
    pub min_chars: Option<usize>,
    pub max_chars: Option<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Feedback {
    pub right: Option<String>,
    pub wrong: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StepKind {
    Read {
        text: String,
        picture: Option<Picture>,
    },
    Choice {
        prompt: String,
        options: Vec<ChoiceOption>,
    },
    Multi {
        prompt: String,
        options: Vec<ChoiceOption>,
    },
    /// `items` are in the right order; the player shows them shuffled.
    Order {
        prompt: String,
        items: Vec<String>,
        feedback: Feedback,
    },
    Number {
        prompt: String,
        answer: i64,
        tolerance: i64,
        unit: Unit,
        feedback: Feedback,
        too_low: Option<String>,
        too_high: Option<String>,
    },
    Text {
        prompt: String,
        check: TextCheck,
        limits: Limits,
        feedback: Feedback,
    },
}
