//! Serde mirrors of `course.toml` and the top of `lesson.toml` (steps have theirs in their own
//! modules), field for field, with spans so that every
//! problem can point at its line and column. Nothing here is validated; see `load`.

use serde::Deserialize;
use toml::Spanned;

pub type S<T> = Spanned<T>;

/// Keys `course.toml` may hold.
pub const COURSE_KEYS: &[&str] = &[
    "format_version",
    "base_language",
    "modules",
    "replaces_course",
];
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
