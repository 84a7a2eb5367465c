//! The class report: one row per learner and lesson, with completion, score and time spent.
//! Pure: the learners come from the store, the lessons from the course, the words from the
//! caller; `commands::class` prints the rows as a table, CSV or JSON.
//!
//! - **Completion**: `done` when the lesson was finished, `started` when anything was
//!   recorded in it, `not-started` otherwise; with the steps done out of the lesson's steps.
//! - **Score**: right answers / answers given in the lesson (read steps are not answers).
//! - **Time spent**: the gaps between the learner's consecutive records in the lesson
//!   (answers, steps done, the finish), each gap counted up to [`IDLE_CAP_MS`]: a learner who
//!   left for lunch in the middle of a lesson does not get an hour's credit.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use super::records::ClassLearner;
use super::time::parse_millis;

/// Longest gap between two records that still counts as time spent on the lesson.
pub const IDLE_CAP_MS: i64 = 5 * 60 * 1000;

/// A lesson of the course, in course order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LessonInfo {
    pub id: String,
    pub module: String,
    /// The lesson's title in the report's language.
    pub title: String,
    /// The ids of its steps.
    pub steps: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    NotStarted,
    Started,
    Done,
}

impl Status {
    /// The message id of the status's word.
    pub fn message(self) -> &'static str {
        match self {
            Status::NotStarted => "report-status-not-started",
            Status::Started => "report-status-started",
            Status::Done => "report-status-done",
        }
    }
}

/// One learner in one lesson.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Row {
    pub laptop: String,
    pub learner_id: i64,
    pub learner: String,
    pub module: String,
    pub lesson: String,
    pub lesson_title: String,
    pub status: Status,
    pub steps_done: usize,
    pub steps_total: usize,
    pub right_answers: usize,
    pub answers: usize,
    /// Right answers out of answers, in percent (rounded down); None without answers.
    pub score_percent: Option<u32>,
    pub seconds_spent: i64,
    /// The learner's last record in the lesson.
    pub last_activity: Option<String>,
}

/// Every learner × every lesson of the course, then lessons the records name that the
/// course does not have (an older or another pack), in learners' order.
pub fn rows(learners: &[ClassLearner], lessons: &[LessonInfo]) -> Vec<Row> {
    let mut order: Vec<LessonInfo> = lessons.to_vec();
    let known: BTreeSet<&str> = lessons.iter().map(|l| l.id.as_str()).collect();
    let mut extra = BTreeSet::new();
    for c in learners {
        let l = &c.learner;
        for id in l
            .attempts
            .iter()
            .map(|a| &a.lesson)
            .chain(l.steps_done.iter().map(|s| &s.lesson))
            .chain(l.lessons_done.iter().map(|s| &s.lesson))
            .chain(l.positions.iter().map(|s| &s.lesson))
        {
            if !known.contains(id.as_str()) {
                extra.insert(id.clone());
            }
        }
    }
    order.extend(extra.into_iter().map(|id| LessonInfo {
        title: id.clone(),
        id,
        module: String::new(),
        steps: Vec::new(),
    }));
    let mut out = Vec::with_capacity(learners.len() * order.len());
    for c in learners {
        let per = per_lesson(c);
        for lesson in &order {
            let stats = per.get(lesson.id.as_str());
            out.push(row(c, lesson, stats));
        }
    }
    out
}

#[derive(Default)]
struct Stats<'a> {
    steps: BTreeSet<&'a str>,
    right: usize,
    answers: usize,
    done: bool,
    started: bool,
    /// Times of every record, in milliseconds, with the timestamp as written.
    times: Vec<(i64, &'a str)>,
}

fn per_lesson(c: &ClassLearner) -> BTreeMap<&str, Stats<'_>> {
    let mut per: BTreeMap<&str, Stats<'_>> = BTreeMap::new();
    let l = &c.learner;
    fn time<'a>(s: &mut Stats<'a>, at: &'a str) {
        s.started = true;
        if let Some(ms) = parse_millis(at) {
            s.times.push((ms, at));
        }
    }
    for a in &l.attempts {
        let s = per.entry(a.lesson.as_str()).or_default();
        s.answers += 1;
        s.right += usize::from(a.correct);
        time(s, &a.at);
    }
    for d in &l.steps_done {
        let s = per.entry(d.lesson.as_str()).or_default();
        s.steps.insert(d.step.as_str());
        time(s, &d.at);
    }
    for d in &l.lessons_done {
        let s = per.entry(d.lesson.as_str()).or_default();
        s.done = true;
        time(s, &d.at);
    }
    for p in &l.positions {
        per.entry(p.lesson.as_str()).or_default().started = true;
    }
    per
}

fn row(c: &ClassLearner, lesson: &LessonInfo, stats: Option<&Stats<'_>>) -> Row {
    let mut r = Row {
        laptop: c.device_id.clone(),
        learner_id: c.learner.local_id,
        learner: c.learner.name.clone(),
        module: lesson.module.clone(),
        lesson: lesson.id.clone(),
        lesson_title: lesson.title.clone(),
        status: Status::NotStarted,
        steps_done: 0,
        steps_total: lesson.steps.len(),
        right_answers: 0,
        answers: 0,
        score_percent: None,
        seconds_spent: 0,
        last_activity: None,
    };
    let Some(s) = stats else { return r };
    r.status = if s.done {
        Status::Done
    } else if s.started {
        Status::Started
    } else {
        Status::NotStarted
    };
    r.steps_done = if lesson.steps.is_empty() {
        s.steps.len()
    } else {
        lesson
            .steps
            .iter()
            .filter(|id| s.steps.contains(id.as_str()))
            .count()
    };
    r.right_answers = s.right;
    r.answers = s.answers;
    r.score_percent = (s.right * 100)
        .checked_div(s.answers)
        .map(|p| u32::try_from(p).unwrap_or(100));
    let mut times = s.times.clone();
    times.sort();
    r.seconds_spent = times
        .windows(2)
        .map(|w| (w[1].0 - w[0].0).clamp(0, IDLE_CAP_MS))
        .sum::<i64>()
        / 1000;
    r.last_activity = times.last().map(|(_, at)| (*at).to_string());
    r
}

/// Wrong answers to one step (not answered right since) after which a learner needs help.
pub const HELP_AFTER_WRONG: usize = 3;
/// A lesson left unfinished this long after the learner's last record needs a look.
pub const STALLED_MS: i64 = 2 * 24 * 60 * 60 * 1000;

/// One row of the trainer's class screen: a learner in a lesson they started.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScreenRow {
    pub learner: String,
    /// The learner's key, `laptop:number`.
    pub key: String,
    /// The first characters of the laptop id.
    pub laptop: String,
    /// Empty for a learner who has not started any lesson.
    pub lesson: String,
    pub lesson_title: String,
    /// Position of the lesson in the course (for sorting).
    pub lesson_order: usize,
    pub status: Status,
    pub score_percent: Option<u32>,
    pub right_answers: usize,
    pub answers: usize,
    /// Failed the same step [`HELP_AFTER_WRONG`] times, or stopped mid-lesson for
    /// [`STALLED_MS`].
    pub needs_help: bool,
}

/// How the class screen orders its rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ClassSort {
    /// Those who need help first, then by name.
    #[default]
    NeedsHelp,
    Name,
    Lesson,
    /// Lowest score first.
    Score,
}

impl ClassSort {
    pub fn next(self) -> ClassSort {
        match self {
            ClassSort::NeedsHelp => ClassSort::Name,
            ClassSort::Name => ClassSort::Lesson,
            ClassSort::Lesson => ClassSort::Score,
            ClassSort::Score => ClassSort::NeedsHelp,
        }
    }

    /// The message id of the order's name.
    pub fn message(self) -> &'static str {
        match self {
            ClassSort::NeedsHelp => "class-sort-help",
            ClassSort::Name => "class-sort-name",
            ClassSort::Lesson => "class-sort-lesson",
            ClassSort::Score => "class-sort-score",
        }
    }
}

/// Orders `rows` by `sort`; ties keep name, then lesson order.
pub fn sort_rows(rows: &mut [ScreenRow], sort: ClassSort) {
    let base = |a: &ScreenRow, b: &ScreenRow| {
        (a.learner.to_lowercase(), a.lesson_order, &a.key).cmp(&(
            b.learner.to_lowercase(),
            b.lesson_order,
            &b.key,
        ))
    };
    rows.sort_by(|a, b| match sort {
        ClassSort::NeedsHelp => b.needs_help.cmp(&a.needs_help).then_with(|| base(a, b)),
        ClassSort::Name => base(a, b),
        ClassSort::Lesson => a.lesson_order.cmp(&b.lesson_order).then_with(|| base(a, b)),
        ClassSort::Score => a
            .score_percent
            .unwrap_or(u32::MAX)
            .cmp(&b.score_percent.unwrap_or(u32::MAX))
            .then_with(|| base(a, b)),
    });
}

/// The class screen's rows: every learner in every lesson they started (a learner who
/// started none gets one row), `now_ms` deciding what counts as stalled.
pub fn screen_rows(
    learners: &[ClassLearner],
    lessons: &[LessonInfo],
    now_ms: i64,
) -> Vec<ScreenRow> {
    let table = rows(learners, lessons);
    let order: BTreeMap<&str, usize> = lessons
        .iter()
        .enumerate()
        .map(|(i, l)| (l.id.as_str(), i))
        .collect();
    let mut out = Vec::new();
    for c in learners {
        let key = c.key();
        let mine: Vec<&Row> = table
            .iter()
            .filter(|r| r.laptop == c.device_id && r.learner_id == c.learner.local_id)
            .collect();
        let base = ScreenRow {
            learner: crate::text::clean_line(&c.learner.name),
            key: key.clone(),
            laptop: c.device_id.chars().take(6).collect(),
            lesson: String::new(),
            lesson_title: String::new(),
            lesson_order: usize::MAX,
            status: Status::NotStarted,
            score_percent: None,
            right_answers: 0,
            answers: 0,
            needs_help: false,
        };
        let started: Vec<&&Row> = mine
            .iter()
            .filter(|r| r.status != Status::NotStarted)
            .collect();
        if started.is_empty() {
            out.push(base);
            continue;
        }
        for r in started {
            let stuck = stuck_on_a_step(c, &r.lesson);
            let stalled = r.status == Status::Started
                && r.last_activity
                    .as_deref()
                    .and_then(parse_millis)
                    .is_some_and(|at| now_ms - at > STALLED_MS);
            out.push(ScreenRow {
                lesson: r.lesson.clone(),
                lesson_title: crate::text::clean_line(&r.lesson_title),
                lesson_order: order.get(r.lesson.as_str()).copied().unwrap_or(usize::MAX),
                status: r.status,
                score_percent: r.score_percent,
                right_answers: r.right_answers,
                answers: r.answers,
                needs_help: stuck || stalled,
                ..base.clone()
            });
        }
    }
    out
}

/// True when some step of `lesson` was answered wrong [`HELP_AFTER_WRONG`] times and is not
/// done.
fn stuck_on_a_step(c: &ClassLearner, lesson: &str) -> bool {
    let done: BTreeSet<&str> = c
        .learner
        .steps_done
        .iter()
        .filter(|s| s.lesson == lesson)
        .map(|s| s.step.as_str())
        .collect();
    let mut wrong: BTreeMap<&str, usize> = BTreeMap::new();
    for a in c
        .learner
        .attempts
        .iter()
        .filter(|a| a.lesson == lesson && !a.correct)
    {
        *wrong.entry(a.step.as_str()).or_default() += 1;
    }
    wrong
        .iter()
        .any(|(step, n)| *n >= HELP_AFTER_WRONG && !done.contains(step))
}

/// A text cell for a spreadsheet: a value that a spreadsheet would take for a formula
/// (`=`, `+`, `-`, `@` first) gets a `'` in front, so a learner's name cannot run one.
pub fn spreadsheet_text(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@']) {
        format!("'{s}")
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::class::records::{Attempt, Learner, LessonDone, StepDone};

    fn at(min: i64) -> String {
        format!("2026-11-05T{:02}:{:02}:00.000Z", 8 + min / 60, min % 60)
    }

    fn learner() -> ClassLearner {
        let attempt = |id, min, correct| Attempt {
            id,
            lesson: "tea".into(),
            step: "s2".into(),
            answer: "x".into(),
            correct,
            at: at(min),
        };
        ClassLearner {
            device_id: "d1".into(),
            imported: false,
            learner: Learner {
                local_id: 1,
                name: "Mai".into(),
                lang: "vi".into(),
                created_at: at(0),
                last_used_at: at(0),
                current_lesson: None,
                // 0, 2, 3 min, then lunch (60 min later), then 61.
                attempts: vec![
                    attempt(1, 0, false),
                    attempt(2, 2, true),
                    attempt(3, 63, false),
                ],
                steps_done: vec![
                    StepDone {
                        lesson: "tea".into(),
                        step: "s1".into(),
                        at: at(3),
                    },
                    StepDone {
                        lesson: "tea".into(),
                        step: "s2".into(),
                        at: at(2),
                    },
                ],
                lessons_done: vec![LessonDone {
                    lesson: "tea".into(),
                    at: at(64),
                }],
                positions: vec![],
                step_states: vec![],
            },
        }
    }

    #[test]
    fn score_completion_and_capped_time() {
        let lessons = [
            LessonInfo {
                id: "tea".into(),
                module: "m1".into(),
                title: "Tea".into(),
                steps: vec!["s1".into(), "s2".into(), "s3".into()],
            },
            LessonInfo {
                id: "honey".into(),
                module: "m1".into(),
                title: "Honey".into(),
                steps: vec!["s1".into()],
            },
        ];
        let rows = rows(&[learner()], &lessons);
        assert_eq!(rows.len(), 2);
        let tea = &rows[0];
        assert_eq!(tea.status, Status::Done);
        assert_eq!((tea.steps_done, tea.steps_total), (2, 3));
        assert_eq!((tea.right_answers, tea.answers), (1, 3));
        assert_eq!(tea.score_percent, Some(33));
        // 2 + 0 + 1 min, then the 60-minute gap counts 5, then 1 more.
        assert_eq!(tea.seconds_spent, (3 + 5 + 1) * 60);
        assert_eq!(tea.last_activity.as_deref(), Some(at(64).as_str()));
        assert_eq!(rows[1].status, Status::NotStarted);
        assert_eq!(rows[1].score_percent, None);
    }

    #[test]
    fn lessons_missing_from_the_course_still_show() {
        let rows = rows(&[learner()], &[]);
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].lesson, "tea");
        assert_eq!(rows[0].steps_done, 2);
    }

    #[test]
    fn three_wrong_answers_on_one_step_or_a_long_pause_need_help() {
        let mut c = learner();
        let base = parse_millis(&at(64)).unwrap_or_default();
        let lessons = [LessonInfo {
            id: "tea".into(),
            module: "m1".into(),
            title: "Tea".into(),
            steps: vec!["s1".into(), "s2".into(), "s9".into()],
        }];
        let rows = screen_rows(&[c.clone()], &lessons, base);
        assert_eq!(rows.len(), 1);
        assert!(!rows[0].needs_help, "finished, and s2 was answered right");
        for id in 10..13 {
            c.learner.attempts.push(Attempt {
                id,
                lesson: "tea".into(),
                step: "s9".into(),
                answer: "x".into(),
                correct: false,
                at: at(65),
            });
        }
        assert!(screen_rows(&[c.clone()], &lessons, base)[0].needs_help);
        // Stalled: started, not finished, nothing for three days.
        let mut idle = learner();
        idle.learner.lessons_done.clear();
        let later = base + 3 * 24 * 60 * 60 * 1000;
        assert!(!screen_rows(&[idle.clone()], &lessons, base)[0].needs_help);
        assert!(screen_rows(&[idle], &lessons, later)[0].needs_help);
    }

    #[test]
    fn formulas_cannot_hide_in_names() {
        assert_eq!(spreadsheet_text("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(spreadsheet_text("Mai"), "Mai");
    }
}
