//! What can happen to the app: actions come from keys, clicks, signals and the results of
//! effects; effects are the I/O that `update` asks the loop to carry out.

use crate::learner::{Profile, Progress, WorkKind};
use crate::workshop::photo::{PhotoError, PhotoReport};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Up,
    Down,
    /// Page Up / Page Down: a screenful of rows at a time in a long list.
    PageUp,
    PageDown,
    Left,
    Right,
    /// Enter: confirm, check the answer, go on.
    Confirm,
    /// Esc: go back one level.
    Back,
    /// 1–9: pick that option.
    Digit(u8),
    /// Space: tick an option, place an item.
    Toggle,
    Backspace,
    Delete,
    LineStart,
    LineEnd,
    /// One key typed into the focused field (the input method applies).
    TypeKey(char),
    /// Text pasted into the focused field, inserted as it is.
    Type(String),
    /// A line break in a text that may have several lines.
    NewLine,
    /// F3: Telex, VNI, off.
    CycleInputMethod,
    /// F4: tones placed the new way (hoà) or the old way (hòa).
    ToggleTonePlacement,
    /// The window changed size; text fields have `field_width` columns.
    Resized {
        field_width: usize,
    },
    /// Click on the n-th option or item of the screen.
    ClickItem(usize),
    OpenLanguages,
    OpenProfiles,
    NewProfile,
    RenameProfile,
    Quit,
    /// A termination signal: save and leave now.
    Terminate,
    /// A learner was chosen or created and their progress read.
    ProfileReady(Profile, Progress),
    /// A picture was read and decoded (None: it could not be).
    PictureLoaded(String, Option<crate::picture::Thumbnail>),
    /// Saving failed; the learner must be told.
    SaveFailed(String),
    /// T: the trainer's class screen (behind the PIN).
    OpenTrainer,
    /// S on the class screen: the next order.
    CycleSort,
    /// What the store said about a try of the trainer PIN.
    PinChecked(crate::class::pin::PinCheck),
    /// The class screen's rows, read from the store.
    ClassLoaded(Vec<crate::class::report::ScreenRow>),
    /// The preview's pack was read again after its files changed.
    CourseReloaded(super::preview::Reloaded),
    /// F5 in a preview: show or hide the problems.
    TogglePanel,
    /// The preview cannot watch its files (the reason, for the panel).
    WatchFailed(String),
    /// Tab: the next field of a form.
    NextField,
    /// Shift-Tab: the field before.
    PrevField,
    /// W: the workshops, where the learner makes their own shop.
    OpenWorkshop,
    /// The image files found for the photo picker.
    PhotosListed(Vec<String>),
    /// A photo was checked: its verdicts and a small picture of it (None: not drawable).
    PhotoChecked {
        path: String,
        result: Box<Result<PhotoReport, PhotoError>>,
        thumbnail: Option<crate::picture::Thumbnail>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    CreateProfile {
        name: String,
        lang: String,
        /// The input method chosen while typing the name (`Typing::to_setting`).
        typing: String,
    },
    SelectProfile {
        id: i64,
    },
    RenameProfile {
        id: i64,
        name: String,
    },
    SetLanguage {
        profile: i64,
        lang: String,
    },
    /// The learner's input method and tone style (`Typing::to_setting`).
    SetTyping {
        profile: i64,
        setting: String,
    },
    RecordAnswer {
        profile: i64,
        lesson: String,
        step: String,
        answer: String,
        correct: bool,
        /// The step's state after the answer, saved with it.
        state: String,
    },
    /// What the step shows changed (an item placed, a letter typed): save it.
    SaveStepState {
        profile: i64,
        lesson: String,
        step: String,
        state: String,
    },
    SetPosition {
        profile: i64,
        lesson: String,
        step: String,
        done_step: Option<String>,
    },
    FinishLesson {
        profile: i64,
        lesson: String,
        last_step: Option<String>,
    },
    LeaveLesson {
        profile: i64,
    },
    /// The learner's work of `kind` is now `data` (the form's fields as JSON).
    SaveWork {
        profile: i64,
        kind: WorkKind,
        data: String,
    },
    /// List the image files in the learner's home and Pictures folders.
    ListPhotos,
    /// Read and check the photo at `path` with the rules of `platform`.
    CheckPhoto {
        path: String,
        platform: String,
    },
    Quit,
    /// Whether a trainer PIN is set: answered with `PinChecked(NotSet)` when it is not.
    AskPinState,
    CheckPin(String),
    /// The first trainer's PIN: hashed and kept.
    SetPin(String),
    /// Reads every learner for the class screen.
    LoadClass {
        lessons: Vec<crate::class::report::LessonInfo>,
    },
}
