//! The product story form: the guided questions, one per field, and the story built from the
//! answers as the learner types (`workshop::story`), with its checks.
//!
//! OCOP stars are not asked here (a later form may add the certificate's date), so the check
//! never needs today's date; [`NO_DATE`] stands in for it.

use std::collections::BTreeMap;

use super::{FieldKind, Saved};
use crate::i18n::Localizer;
use crate::learner::WorkKind;
use crate::workshop::platforms::Limits;
use crate::workshop::story::{self, Date, Story, StoryAnswers, StoryIssue};

/// The questions, in order. Their labels are the messages `ws-story-<id>`.
pub const FIELDS: &[(&str, FieldKind)] = &[
    ("name", FieldKind::Text),
    ("place", FieldKind::Text),
    ("quantity", FieldKind::Text),
    ("product", FieldKind::Text),
    ("place-people", FieldKind::Text),
    ("process", FieldKind::Text),
    ("difference", FieldKind::Text),
    ("use-store", FieldKind::Text),
    ("legal", FieldKind::Text),
    ("certificates", FieldKind::Text),
];

/// Stands in for today: only OCOP dates are compared with it, and none are asked.
pub const NO_DATE: Date = Date {
    year: 2026,
    month: 1,
    day: 1,
};

pub fn answers(get: &dyn Fn(&str) -> String) -> StoryAnswers {
    StoryAnswers {
        name: get("name"),
        place: get("place"),
        quantity: get("quantity"),
        product: get("product"),
        place_people: get("place-people"),
        process: get("process"),
        difference: get("difference"),
        use_store: get("use-store"),
        legal: get("legal"),
        certificates: get("certificates"),
        ocop: None,
    }
}

/// The story and what to fix in it, worded by `loc`, for a platform with `limits`.
pub fn compute(
    get: &dyn Fn(&str) -> String,
    loc: &Localizer,
    limits: &Limits,
) -> (Story, Vec<StoryIssue>) {
    let answers = answers(get);
    let story = story::build(&answers, &|phrase| {
        let (id, args) = phrase.message();
        loc.text_with(&id, &args)
    });
    let issues = story::check_story(&story, &answers, limits, NO_DATE);
    (story, issues)
}

/// The saved story of the learner, if any, built and checked.
pub fn saved(
    work: &BTreeMap<WorkKind, String>,
    loc: &Localizer,
    limits: &Limits,
) -> Option<(Story, Vec<StoryIssue>)> {
    if !work.contains_key(&WorkKind::Story) {
        return None;
    }
    let saved = Saved::read(work, WorkKind::Story);
    Some(compute(&|id| saved.field(id).to_string(), loc, limits))
}
