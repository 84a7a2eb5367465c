//! Learners and where they stand: the domain types shared by the app (which shows and changes
//! them) and the store (which keeps them). No I/O here.

use std::collections::{BTreeMap, BTreeSet};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Profile {
    pub id: i64,
    pub name: String,
    pub lang: String,
    pub input_method: Option<String>,
    pub current_lesson: Option<String>,
}

/// Where one learner stands in the course.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Progress {
    /// The step each started lesson is on: lesson id → step id.
    pub positions: BTreeMap<String, String>,
    /// Steps answered right (or read), per lesson.
    pub done_steps: BTreeMap<String, BTreeSet<String>>,
    pub finished: BTreeSet<String>,
    /// What each step of a started lesson showed when the learner last saw it: lesson id →
    /// step id → the step's state as saved (see `course::steps::StepState`).
    pub step_states: BTreeMap<String, BTreeMap<String, String>>,
    /// The learner's own work made in the workshops, latest of each kind.
    pub work: BTreeMap<WorkKind, String>,
}

/// A kind of work the learner makes in a workshop. Its data is the JSON of the workshop
/// form's fields exactly as typed (see `app::workshop`), so that reopening shows the same text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum WorkKind {
    PriceSheet,
    Story,
    Photos,
}

impl WorkKind {
    pub const ALL: [WorkKind; 3] = [WorkKind::PriceSheet, WorkKind::Story, WorkKind::Photos];

    /// The id kept in the store ("price-sheet", "story", "photos").
    pub fn id(self) -> &'static str {
        match self {
            WorkKind::PriceSheet => "price-sheet",
            WorkKind::Story => "story",
            WorkKind::Photos => "photos",
        }
    }

    pub fn from_id(id: &str) -> Option<WorkKind> {
        WorkKind::ALL.into_iter().find(|k| k.id() == id)
    }
}
