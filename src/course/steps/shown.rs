//! What a step shows, as data: blocks of lesson text, interface text, selectable rows, the
//! answer field and pictures, each with a role (its meaning) and a mark. Step modules decide
//! these; the screen draws them with the theme and never chooses what to say.

use super::number::Unit;

/// What a piece of text means, so the theme can style it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Base,
    Prompt,
    Muted,
    Hint,
    Correct,
    Wrong,
}

/// What stands before a piece of text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    None,
    /// ✓
    Right,
    /// ✗
    Wrong,
    /// "Hint n:"
    Hint(usize),
    /// ✓ with a number: a right option, item or value shown.
    RightNumber(usize),
    /// An arrow: one point in a list.
    Pointer,
    /// A position in the learner's order, with whether the item there is in its place (None
    /// before the order was checked).
    Position(usize, Option<bool>),
    /// A picture's description.
    Picture,
    /// Indented under the line above.
    Indent,
    /// What the buyer says, in a role-play.
    Buyer,
    /// The learner's reply, in a role-play.
    You,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shown {
    Blank,
    /// The line that must stay visible when the screen scrolls (the latest feedback).
    FocusHere,
    /// A message of the lesson.
    Message {
        id: String,
        role: Role,
        mark: Mark,
    },
    /// The first line of a lesson message (an accepted answer listed with others).
    FirstLine {
        id: String,
        role: Role,
        mark: Mark,
    },
    /// A message of the interface (`ui.ftl`) with whole-number arguments.
    Ui {
        id: &'static str,
        args: Vec<(&'static str, i64)>,
        role: Role,
        mark: Mark,
    },
    /// A selectable row (the n-th clickable item of the screen): a number to press, a tick box
    /// where options are ticked, and the option's message.
    Row {
        number: usize,
        ticked: Option<bool>,
        text: String,
        selected: bool,
    },
    /// Something a written answer may never say, found in it: the interface message
    /// `claim-<kind>` explains why, quoting the learner's `words`.
    Claim {
        kind: String,
        words: String,
    },
    /// A picture from the lesson's files.
    Picture {
        path: String,
    },
    /// The answer field, with the unit after it for numbers.
    Field {
        unit: Option<Unit>,
    },
    /// The word (and letter) counts of the field against the step's limits.
    Counts(super::text::Limits),
    /// An amount or quantity, formatted for the learner's language.
    Amount {
        value: i64,
        unit: Unit,
        role: Role,
        mark: Mark,
    },
}

impl Shown {
    pub fn message(id: impl Into<String>, role: Role) -> Shown {
        Shown::Message {
            id: id.into(),
            role,
            mark: Mark::None,
        }
    }

    pub fn marked(id: impl Into<String>, role: Role, mark: Mark) -> Shown {
        Shown::Message {
            id: id.into(),
            role,
            mark,
        }
    }

    pub fn ui(id: &'static str, role: Role) -> Shown {
        Shown::ui_marked(id, role, Mark::None)
    }

    pub fn ui_marked(id: &'static str, role: Role, mark: Mark) -> Shown {
        Shown::Ui {
            id,
            args: Vec::new(),
            role,
            mark,
        }
    }

    pub fn ui_with(id: &'static str, args: Vec<(&'static str, i64)>, role: Role) -> Shown {
        Shown::Ui {
            id,
            args,
            role,
            mark: Mark::None,
        }
    }
}
