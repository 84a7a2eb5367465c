//! The class's records as xAPI 1.0.3 statements, for the NGO's learning record store.
//!
//! ## Identifiers
//!
//! All IRIs live under [`BASE`] (`https://chophien.org/xapi`), a name space this project
//! owns; nothing needs to answer at them. Ids are percent-encoded where needed.
//!
//! | what | IRI |
//! |---|---|
//! | a lesson | `https://chophien.org/xapi/lessons/<lesson-id>` |
//! | a step of a lesson | `https://chophien.org/xapi/lessons/<lesson-id>/steps/<step-id>` |
//! | a laptop (the learner's account home page) | `https://chophien.org/xapi/laptops/<laptop-id>` |
//!
//! Lesson and step ids are the stable ids of the lesson files, so the same step has the same
//! IRI on every laptop and in every version of a pack that keeps its ids.
//!
//! The actor is an `account` on the learner's laptop: `homePage` is the laptop's IRI and
//! `name` the learner's id there, with the learner's name as the agent's `name`.
//!
//! ## Statements
//!
//! | record | verb (ADL) | object |
//! |---|---|---|
//! | an answer | `answered`, with `result.success` and `result.response` | the step, its lesson as parent |
//! | a step done (read, or answered right) | `completed` | the step, its lesson as parent |
//! | the first record in a lesson | `attempted` | the lesson |
//! | a lesson finished | `completed`, with `result.completion` | the lesson |
//!
//! Each statement's id is a UUID version 5 (SHA-1, RFC 9562) in the name space [`namespace`]
//! (itself the v5 UUID of [`BASE`] in the URL name space), of a name made
//! of the verb, the laptop, the learner and the record's key there. The same record always
//! gives the same id, so an LRS that receives a statement twice (sent again after a dropped
//! connection, or from two laptops that both imported it) keeps it once.

use serde_json::{Value, json};
use uuid::Uuid;

use super::records::ClassLearner;

/// The root of every IRI this program makes.
pub const BASE: &str = "https://chophien.org/xapi";
const VERB_ANSWERED: &str = "http://adlnet.gov/expapi/verbs/answered";
const VERB_COMPLETED: &str = "http://adlnet.gov/expapi/verbs/completed";
const VERB_ATTEMPTED: &str = "http://adlnet.gov/expapi/verbs/attempted";
const TYPE_LESSON: &str = "http://adlnet.gov/expapi/activities/lesson";
const TYPE_INTERACTION: &str = "http://adlnet.gov/expapi/activities/cmi.interaction";

/// The UUID name space of statement ids: v5 of the URL name space and [`BASE`].
pub fn namespace() -> Uuid {
    Uuid::new_v5(&Uuid::NAMESPACE_URL, BASE.as_bytes())
}

/// Percent-encodes everything but unreserved characters (RFC 3986).
fn segment(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

pub fn lesson_iri(lesson: &str) -> String {
    format!("{BASE}/lessons/{}", segment(lesson))
}

pub fn step_iri(lesson: &str, step: &str) -> String {
    format!("{BASE}/lessons/{}/steps/{}", segment(lesson), segment(step))
}

pub fn laptop_iri(device: &str) -> String {
    format!("{BASE}/laptops/{}", segment(device))
}

fn statement_id(parts: &[&str]) -> String {
    Uuid::new_v5(&namespace(), parts.join("\u{1f}").as_bytes()).to_string()
}

fn verb(id: &str, word: &str) -> Value {
    json!({ "id": id, "display": { "en-US": word } })
}

fn activity(id: String, kind: &str) -> Value {
    json!({ "objectType": "Activity", "id": id, "definition": { "type": kind } })
}

/// A language tag as xAPI wants it, or None for anything that does not look like one.
fn language(tag: &str) -> Option<&str> {
    let ok = !tag.is_empty()
        && tag.len() <= 35
        && tag
            .split('-')
            .all(|p| !p.is_empty() && p.len() <= 8 && p.bytes().all(|b| b.is_ascii_alphanumeric()));
    ok.then_some(tag)
}

/// Every statement for `learners`, learner by learner, each learner's in time order.
pub fn statements(learners: &[ClassLearner]) -> Vec<Value> {
    let mut out = Vec::new();
    for c in learners {
        let l = &c.learner;
        let learner_id = l.local_id.to_string();
        let actor = json!({
            "objectType": "Agent",
            "name": l.name,
            "account": { "homePage": laptop_iri(&c.device_id), "name": learner_id },
        });
        let context = |parent: Option<&str>| {
            let mut ctx = json!({ "platform": "Chợ Phiên" });
            if let Some(tag) = language(&l.lang) {
                ctx["language"] = json!(tag);
            }
            if let Some(lesson) = parent {
                ctx["contextActivities"] =
                    json!({ "parent": [activity(lesson_iri(lesson), TYPE_LESSON)] });
            }
            ctx
        };
        let key = [c.device_id.as_str(), learner_id.as_str()];
        // (timestamp, rank, statement), sorted at the end: in time order, and among records
        // of the same moment "attempted" first.
        let mut mine: Vec<(String, u8, Value)> = Vec::new();
        let mut first_in: std::collections::BTreeMap<&str, &str> = Default::default();
        for a in &l.attempts {
            keep_first(&mut first_in, &a.lesson, &a.at);
            let id = a.id.to_string();
            mine.push((
                a.at.clone(),
                1,
                json!({
                    "id": statement_id(&["answered", key[0], key[1], &id]),
                    "actor": actor,
                    "verb": verb(VERB_ANSWERED, "answered"),
                    "object": activity(step_iri(&a.lesson, &a.step), TYPE_INTERACTION),
                    "result": { "success": a.correct, "response": a.answer },
                    "context": context(Some(&a.lesson)),
                    "timestamp": a.at,
                }),
            ));
        }
        for s in &l.steps_done {
            keep_first(&mut first_in, &s.lesson, &s.at);
            mine.push((
                s.at.clone(),
                1,
                json!({
                    "id": statement_id(&["completed-step", key[0], key[1], &s.lesson, &s.step]),
                    "actor": actor,
                    "verb": verb(VERB_COMPLETED, "completed"),
                    "object": activity(step_iri(&s.lesson, &s.step), TYPE_INTERACTION),
                    "result": { "completion": true },
                    "context": context(Some(&s.lesson)),
                    "timestamp": s.at,
                }),
            ));
        }
        for d in &l.lessons_done {
            keep_first(&mut first_in, &d.lesson, &d.at);
            mine.push((
                d.at.clone(),
                1,
                json!({
                    "id": statement_id(&["completed-lesson", key[0], key[1], &d.lesson]),
                    "actor": actor,
                    "verb": verb(VERB_COMPLETED, "completed"),
                    "object": activity(lesson_iri(&d.lesson), TYPE_LESSON),
                    "result": { "completion": true },
                    "context": context(None),
                    "timestamp": d.at,
                }),
            ));
        }
        for (lesson, at) in &first_in {
            mine.push((
                (*at).to_string(),
                0,
                json!({
                    "id": statement_id(&["attempted-lesson", key[0], key[1], lesson]),
                    "actor": actor,
                    "verb": verb(VERB_ATTEMPTED, "attempted"),
                    "object": activity(lesson_iri(lesson), TYPE_LESSON),
                    "context": context(None),
                    "timestamp": at,
                }),
            ));
        }
        mine.sort_by(|a, b| (&a.0, a.1).cmp(&(&b.0, b.1)));
        out.extend(mine.into_iter().map(|(_, _, s)| s));
    }
    out
}

fn keep_first<'a>(
    first: &mut std::collections::BTreeMap<&'a str, &'a str>,
    lesson: &'a str,
    at: &'a str,
) {
    let entry = first.entry(lesson).or_insert(at);
    if at < *entry {
        *entry = at;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::class::records::{Attempt, Learner, LessonDone, StepDone};

    fn learner() -> ClassLearner {
        ClassLearner {
            device_id: "d1".into(),
            imported: true,
            learner: Learner {
                local_id: 4,
                name: "Mai".into(),
                lang: "vi".into(),
                created_at: "2026-11-05T08:00:00.000Z".into(),
                last_used_at: "2026-11-05T08:00:00.000Z".into(),
                current_lesson: None,
                attempts: vec![Attempt {
                    id: 9,
                    lesson: "tea".into(),
                    step: "s 2".into(),
                    answer: "choice:0".into(),
                    correct: true,
                    at: "2026-11-05T08:01:00.000Z".into(),
                }],
                steps_done: vec![StepDone {
                    lesson: "tea".into(),
                    step: "s 2".into(),
                    at: "2026-11-05T08:01:00.000Z".into(),
                }],
                lessons_done: vec![LessonDone {
                    lesson: "tea".into(),
                    at: "2026-11-05T08:02:00.000Z".into(),
                }],
                positions: vec![],
                step_states: vec![],
            },
        }
    }

    #[test]
    fn one_statement_per_record_with_stable_ids() {
        let first = statements(&[learner()]);
        assert_eq!(first, statements(&[learner()]));
        let verbs: Vec<&str> = first
            .iter()
            .filter_map(|s| s["verb"]["display"]["en-US"].as_str())
            .collect();
        assert_eq!(verbs, ["attempted", "answered", "completed", "completed"]);
        let answered = &first[1];
        assert_eq!(
            answered["object"]["id"],
            "https://chophien.org/xapi/lessons/tea/steps/s%202"
        );
        assert_eq!(
            answered["actor"]["account"],
            json!({ "homePage": "https://chophien.org/xapi/laptops/d1", "name": "4" })
        );
        assert_eq!(answered["result"]["success"], true);
        let ids: std::collections::BTreeSet<&str> =
            first.iter().filter_map(|s| s["id"].as_str()).collect();
        assert_eq!(ids.len(), 4);
        let id = Uuid::parse_str(answered["id"].as_str().unwrap_or_default());
        assert_eq!(id.map(|u| u.get_version_num()), Ok(5));
        // Another learner's same record has another id.
        let mut other = learner();
        other.learner.local_id = 5;
        assert_ne!(statements(&[other])[1]["id"], answered["id"]);
    }
}
