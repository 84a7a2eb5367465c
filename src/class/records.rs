//! The records of one learner as the class tools see them: who, on which laptop, and every
//! answer, step and lesson done, position and step state. The same types are written into an
//! export file (serde) and read back from the store for reports; no I/O here.

use serde::{Deserialize, Serialize};

/// One learner and everything recorded for them on the laptop that made the profile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Learner {
    /// Their id on that laptop (`profiles.id` there).
    pub local_id: i64,
    pub name: String,
    pub lang: String,
    pub created_at: String,
    pub last_used_at: String,
    #[serde(default)]
    pub current_lesson: Option<String>,
    #[serde(default)]
    pub attempts: Vec<Attempt>,
    #[serde(default)]
    pub steps_done: Vec<StepDone>,
    #[serde(default)]
    pub lessons_done: Vec<LessonDone>,
    #[serde(default)]
    pub positions: Vec<Position>,
    #[serde(default)]
    pub step_states: Vec<StepState>,
}

/// One answer, as given (never changed afterwards).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attempt {
    /// The attempt's id on its laptop: with the laptop id, it names the answer everywhere.
    pub id: i64,
    pub lesson: String,
    pub step: String,
    pub answer: String,
    pub correct: bool,
    pub at: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepDone {
    pub lesson: String,
    pub step: String,
    pub at: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LessonDone {
    pub lesson: String,
    pub at: String,
}

/// The step a started lesson is on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Position {
    pub lesson: String,
    pub step: String,
    pub updated_at: String,
}

/// What a step showed (see `course::steps::StepState`), kept as the tutor saved it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepState {
    pub lesson: String,
    pub step: String,
    pub state: String,
    pub updated_at: String,
}

/// A learner with the laptop they belong to, as reports see them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClassLearner {
    /// The laptop the learner's profile was made on (and every record of theirs).
    pub device_id: String,
    /// True when the records came from an export file rather than this laptop's own tables.
    pub imported: bool,
    pub learner: Learner,
}

impl ClassLearner {
    /// `laptop:id`, the name of a learner on the command line and in files.
    pub fn key(&self) -> String {
        format!("{}:{}", self.device_id, self.learner.local_id)
    }
}
