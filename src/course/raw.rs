//! Serde mirrors of `course.toml` and `lesson.toml`, field for field, with spans so that every
//! problem can point at its line and column. Nothing here is validated; see `load`.

use serde::Deserialize;
use toml::Spanned;

pub type S<T> = Spanned<T>;

/// Keys `course.toml` may hold.
pub const COURSE_KEYS: &[&str] = &["format_version", "base_language", "modules"];
pub const MODULE_KEYS: &[&str] = &["id", "title", "lessons"];
pub const LESSON_KEYS: &[&str] = &["title", "summary", "vars", "steps"];

#[derive(Debug, Deserialize)]
pub struct RawModule {
    pub id: S<String>,
    pub title: S<String>,
    pub lessons: Vec<S<String>>,
}

/// A value in a lesson's `[vars]` table.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum RawVar {
    Number(i64),
    Text(String),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawOption {
    pub text: S<String>,
    #[serde(default)]
    pub correct: bool,
    pub feedback: Option<S<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawIdea {
    pub label: S<String>,
    pub words: S<String>,
}

/// Every key any step may have; `STEP_KEYS` says which belong to which type.
#[derive(Debug, Default, Deserialize)]
pub struct RawStep {
    #[serde(rename = "type")]
    pub kind: Option<S<String>>,
    pub id: Option<S<String>>,
    pub text: Option<S<String>>,
    pub picture: Option<S<String>>,
    pub picture_alt: Option<S<String>>,
    pub prompt: Option<S<String>>,
    pub options: Option<Vec<S<RawOption>>>,
    pub items: Option<Vec<S<String>>>,
    pub answer: Option<S<i64>>,
    pub tolerance: Option<S<i64>>,
    pub unit: Option<S<String>>,
    pub accept: Option<Vec<S<String>>>,
    pub ignore_diacritics: Option<bool>,
    pub ideas: Option<Vec<S<RawIdea>>>,
    pub min_words: Option<S<i64>>,
    pub max_words: Option<S<i64>>,
    pub min_chars: Option<S<i64>>,
    pub max_chars: Option<S<i64>>,
    pub hints: Option<Vec<S<String>>>,
    pub feedback_right: Option<S<String>>,
    pub feedback_wrong: Option<S<String>>,
    pub feedback_low: Option<S<String>>,
    pub feedback_high: Option<S<String>>,
}

/// The step types and the keys each accepts.
pub const STEP_KEYS: &[(&str, &[&str])] = &[
    ("read", &["type", "id", "text", "picture", "picture_alt"]),
    ("choice", &["type", "id", "prompt", "options", "hints"]),
    ("multi", &["type", "id", "prompt", "options", "hints"]),
    (
        "order",
        &[
            "type",
            "id",
            "prompt",
            "items",
            "hints",
            "feedback_right",
            "feedback_wrong",
        ],
    ),
    (
        "number",
        &[
            "type",
            "id",
            "prompt",
            "answer",
            "tolerance",
            "unit",
            "hints",
            "feedback_right",
            "feedback_wrong",
            "feedback_low",
            "feedback_high",
        ],
    ),
    (
        "text",
        &[
            "type",
            "id",
            "prompt",
            "accept",
            "ignore_diacritics",
            "ideas",
            "min_words",
            "max_words",
            "min_chars",
            "max_chars",
            "hints",
            "feedback_right",
            "feedback_wrong",
        ],
    ),
];

pub fn step_keys(kind: &str) -> Option<&'static [&'static str]> {
    STEP_KEYS
        .iter()
        .find(|(k, _)| *k == kind)
        .map(|(_, keys)| *keys)
}

pub fn step_types() -> String {
    STEP_KEYS
        .iter()
        .map(|(k, _)| *k)
        .collect::<Vec<_>>()
        .join(", ")
}
