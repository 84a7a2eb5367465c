//! Lesson files: their serde mirrors, loading with diagnostics, the validated domain types the
//! app works with, and the step types (`steps`, one module each).
//!
//! The app only ever sees [`model`] types; everything read from disk passes through [`load`].

pub mod formula;
pub mod ftl;
pub mod index;
pub mod load;
pub mod mistakes;
pub mod model;
pub mod raw;
pub mod steps;

pub use load::{Loaded, load, load_indexed};
pub use model::{Course, Lesson, LessonEntry, Module};
pub use steps::{Step, StepKind};

/// The newest lesson format this program reads.
pub const FORMAT_VERSION: i64 = 1;
