//! Class mode in the store: this laptop's settings, its records written out for an export
//! file, other laptops' records merged in from theirs, and the xAPI statements an LRS has
//! acknowledged.
//!
//! ## How an import merges
//!
//! A learner is (laptop id, local id). Every record of a learner is made on that learner's
//! laptop, so for one learner there is exactly one source, and its export files are numbered
//! by that laptop ([`Export::export_seq`], a counter in its store, not its clock: donated
//! laptops often have the wrong date).
//!
//! - Answers, steps done and lessons done are events that never change: they are added when
//!   missing (keyed by laptop and the record's id there) and never replaced.
//! - The learner's row, positions and step states describe a moment: they are replaced, all
//!   together, only by a file with a larger `export_seq` than the one they came from. An
//!   older file never overwrites a newer one; a lesson finished since is not "reopened" by
//!   an old position.
//! - A file already imported (same laptop, number and time) changes nothing at all; nor do
//!   this laptop's own records coming back in a file.
//!
//! Each file is imported in one transaction of its own: a file is either wholly in or not
//! at all, and a refused file does not hold back the good ones beside it (importing again
//! is harmless, so the trainer can simply run the command again).

use std::collections::{BTreeMap, HashSet};

use rusqlite::{OptionalExtension, Transaction, TransactionBehavior, params};

use super::{Result, Store};
use crate::class::file::Export;
use crate::class::pin::{self, PinCheck};
use crate::class::records::{
    Attempt, ClassLearner, Learner, LessonDone, Position, StepDone, StepState,
};

const EXPORT_SEQ: &str = "export-seq";

/// Why a whole file was left out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Skipped {
    /// This very file was imported before.
    AlreadyImported,
    /// The file was written on this laptop: its records are here already.
    ThisLaptop,
}

/// What one import added.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Imported {
    pub skipped: Option<Skipped>,
    /// Learners seen for the first time.
    pub learners_new: usize,
    /// Learners whose position and step states this file brought up to date.
    pub learners_updated: usize,
    /// Learners for whom a newer file was imported before: their state was kept.
    pub learners_kept: usize,
    pub answers_new: usize,
    pub steps_new: usize,
    pub lessons_new: usize,
}

impl Store {
    /// This laptop's id.
    pub fn device(&self) -> &str {
        &self.device_id
    }

    pub fn setting(&self, key: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row(
                "SELECT value FROM settings WHERE key = ?1",
                params![key],
                |r| r.get(0),
            )
            .optional()?)
    }

    pub fn set_setting(&mut self, key: &str, value: &str) -> Result<()> {
        self.conn.execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![key, value],
        )?;
        Ok(())
    }

    pub fn delete_setting(&mut self, key: &str) -> Result<()> {
        self.conn
            .execute("DELETE FROM settings WHERE key = ?1", params![key])?;
        Ok(())
    }

    /// Checks a try of the trainer PIN with `matches` (see `class::pin`), counting wrong
    /// tries and locking after too many, in one transaction; `now` in seconds since 1970.
    pub fn check_trainer_pin(
        &mut self,
        now: i64,
        matches: impl FnOnce(&str) -> bool,
    ) -> Result<PinCheck> {
        let tx = Transaction::new_unchecked(&self.conn, TransactionBehavior::Immediate)?;
        let get = |key: &str| -> Result<Option<String>> {
            Ok(tx
                .query_row(
                    "SELECT value FROM settings WHERE key = ?1",
                    params![key],
                    |r| r.get(0),
                )
                .optional()?)
        };
        let Some(hash) = get(pin::HASH_KEY)? else {
            return Ok(PinCheck::NotSet);
        };
        let number = |v: Option<String>| v.and_then(|v| v.parse::<i64>().ok()).unwrap_or(0);
        let locked_until = number(get(pin::LOCKED_UNTIL_KEY)?);
        if now < locked_until {
            return Ok(PinCheck::Locked {
                seconds: locked_until - now,
            });
        }
        let failures = number(get(pin::FAILURES_KEY)?);
        let put = |key: &str, value: i64| {
            tx.execute(
                "INSERT INTO settings (key, value) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                params![key, value.to_string()],
            )
        };
        let check = if matches(&hash) {
            put(pin::FAILURES_KEY, 0)?;
            PinCheck::Right
        } else if failures + 1 >= i64::from(pin::MAX_TRIES) {
            put(pin::FAILURES_KEY, 0)?;
            put(pin::LOCKED_UNTIL_KEY, now + pin::BACKOFF_SECS)?;
            PinCheck::Locked {
                seconds: pin::BACKOFF_SECS,
            }
        } else {
            put(pin::FAILURES_KEY, failures + 1)?;
            PinCheck::Wrong {
                tries_left: pin::MAX_TRIES - u32::try_from(failures + 1).unwrap_or(0),
            }
        };
        tx.commit()?;
        Ok(check)
    }

    /// Sets the trainer PIN's hash (and forgets wrong tries).
    pub fn set_trainer_pin(&mut self, hash: &str) -> Result<()> {
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![pin::HASH_KEY, hash],
        )?;
        tx.execute(
            "DELETE FROM settings WHERE key IN (?1, ?2)",
            params![pin::FAILURES_KEY, pin::LOCKED_UNTIL_KEY],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Removes the trainer PIN; true when there was one.
    pub fn reset_trainer_pin(&mut self) -> Result<bool> {
        let removed = self.conn.execute(
            "DELETE FROM settings WHERE key IN (?1, ?2, ?3)",
            params![pin::HASH_KEY, pin::FAILURES_KEY, pin::LOCKED_UNTIL_KEY],
        )?;
        Ok(removed > 0)
    }

    /// Every record of this laptop's learners, numbered as this laptop's next export.
    pub fn export_records(&mut self, exported_at: &str, program: &str) -> Result<Export> {
        let tx = Transaction::new_unchecked(&self.conn, TransactionBehavior::Immediate)?;
        let seq: i64 = tx
            .query_row(
                "SELECT value FROM settings WHERE key = ?1",
                params![EXPORT_SEQ],
                |r| r.get::<_, String>(0),
            )
            .optional()?
            .and_then(|v| v.parse().ok())
            .unwrap_or(0)
            + 1;
        tx.execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![EXPORT_SEQ, seq.to_string()],
        )?;
        let learners = local_learners(&tx)?;
        tx.commit()?;
        Ok(Export {
            device_id: self.device_id.clone(),
            export_seq: seq,
            exported_at: exported_at.to_string(),
            program: program.to_string(),
            learners,
        })
    }

    /// Merges one checked export file (see the module doc), in one transaction.
    pub fn import_records(&mut self, export: &Export, file_name: &str) -> Result<Imported> {
        if export.device_id == self.device_id {
            return Ok(Imported {
                skipped: Some(Skipped::ThisLaptop),
                ..Imported::default()
            });
        }
        let tx = Transaction::new_unchecked(&self.conn, TransactionBehavior::Immediate)?;
        let seen: Option<i64> = tx
            .query_row(
                "SELECT id FROM class_imports WHERE device_id = ?1 AND export_seq = ?2 AND exported_at = ?3",
                params![export.device_id, export.export_seq, export.exported_at],
                |r| r.get(0),
            )
            .optional()?;
        if seen.is_some() {
            return Ok(Imported {
                skipped: Some(Skipped::AlreadyImported),
                ..Imported::default()
            });
        }
        tx.execute(
            "INSERT INTO class_imports (device_id, export_seq, exported_at, file_name) VALUES (?1, ?2, ?3, ?4)",
            params![export.device_id, export.export_seq, export.exported_at, file_name],
        )?;
        let import_id = tx.last_insert_rowid();
        let mut out = Imported::default();
        let device = export.device_id.as_str();
        {
            let mut known_seq = tx.prepare(
                "SELECT export_seq FROM class_learners WHERE device_id = ?1 AND local_id = ?2",
            )?;
            let mut state = StateWriter::new(&tx)?;
            let mut add_attempt = tx.prepare(
                "INSERT OR IGNORE INTO class_attempts (device_id, attempt_id, learner_id, lesson_id, step_id, answer, correct, at, import_id)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            )?;
            let mut add_step = tx.prepare(
                "INSERT OR IGNORE INTO class_steps_done (device_id, learner_id, lesson_id, step_id, at, import_id)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?;
            let mut add_lesson = tx.prepare(
                "INSERT OR IGNORE INTO class_lessons_done (device_id, learner_id, lesson_id, at, import_id)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
            )?;
            for l in &export.learners {
                let known: Option<i64> = known_seq
                    .query_row(params![device, l.local_id], |r| r.get(0))
                    .optional()?;
                match known {
                    None => out.learners_new += 1,
                    Some(seq) if seq < export.export_seq => out.learners_updated += 1,
                    Some(_) => out.learners_kept += 1,
                }
                if known.is_none_or(|seq| seq < export.export_seq) {
                    state.replace(device, l, export.export_seq, import_id)?;
                }
                for a in &l.attempts {
                    out.answers_new += add_attempt.execute(params![
                        device, a.id, l.local_id, a.lesson, a.step, a.answer, a.correct, a.at,
                        import_id
                    ])?;
                }
                for s in &l.steps_done {
                    out.steps_new += add_step.execute(params![
                        device, l.local_id, s.lesson, s.step, s.at, import_id
                    ])?;
                }
                for s in &l.lessons_done {
                    out.lessons_new += add_lesson
                        .execute(params![device, l.local_id, s.lesson, s.at, import_id])?;
                }
            }
        }
        tx.commit()?;
        Ok(out)
    }

    /// Every learner the class tools know: this laptop's own, then those imported, each
    /// group ordered by laptop and id.
    pub fn class_learners(&self) -> Result<Vec<ClassLearner>> {
        let mut all: Vec<ClassLearner> = local_learners(&self.conn)?
            .into_iter()
            .map(|learner| ClassLearner {
                device_id: self.device_id.clone(),
                imported: false,
                learner,
            })
            .collect();
        all.extend(imported_learners(&self.conn)?);
        Ok(all)
    }

    /// The statement ids that the LRS at `endpoint` has acknowledged.
    pub fn acknowledged(&self, endpoint: &str) -> Result<HashSet<String>> {
        let mut stmt = self
            .conn
            .prepare("SELECT statement_id FROM xapi_sent WHERE endpoint = ?1")?;
        let rows = stmt.query_map(params![endpoint], |r| r.get::<_, String>(0))?;
        Ok(rows.collect::<std::result::Result<_, _>>()?)
    }

    /// Remembers that the LRS at `endpoint` has stored `ids`.
    pub fn acknowledge<'a>(
        &mut self,
        endpoint: &str,
        ids: impl IntoIterator<Item = &'a str>,
    ) -> Result<()> {
        let tx = self.conn.transaction()?;
        {
            let mut add = tx.prepare(
                "INSERT OR IGNORE INTO xapi_sent (endpoint, statement_id) VALUES (?1, ?2)",
            )?;
            for id in ids {
                add.execute(params![endpoint, id])?;
            }
        }
        tx.commit()?;
        Ok(())
    }
}

/// Replaces a learner's row, positions and step states by a file's.
struct StateWriter<'t> {
    learner: rusqlite::Statement<'t>,
    clear_positions: rusqlite::Statement<'t>,
    clear_states: rusqlite::Statement<'t>,
    position: rusqlite::Statement<'t>,
    state: rusqlite::Statement<'t>,
}

impl<'t> StateWriter<'t> {
    fn new(tx: &'t Transaction<'_>) -> Result<Self> {
        Ok(StateWriter {
            learner: tx.prepare(
                "INSERT INTO class_learners (device_id, local_id, name, lang, created_at, last_used_at, current_lesson, export_seq, import_id)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                 ON CONFLICT (device_id, local_id) DO UPDATE SET name = excluded.name, lang = excluded.lang,
                   created_at = excluded.created_at, last_used_at = excluded.last_used_at,
                   current_lesson = excluded.current_lesson, export_seq = excluded.export_seq,
                   import_id = excluded.import_id",
            )?,
            clear_positions: tx
                .prepare("DELETE FROM class_positions WHERE device_id = ?1 AND learner_id = ?2")?,
            clear_states: tx
                .prepare("DELETE FROM class_step_states WHERE device_id = ?1 AND learner_id = ?2")?,
            position: tx.prepare(
                "INSERT OR REPLACE INTO class_positions (device_id, learner_id, lesson_id, step_id, updated_at, import_id)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?,
            state: tx.prepare(
                "INSERT OR REPLACE INTO class_step_states (device_id, learner_id, lesson_id, step_id, state, updated_at, import_id)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )?,
        })
    }

    fn replace(&mut self, device: &str, l: &Learner, seq: i64, import_id: i64) -> Result<()> {
        self.learner.execute(params![
            device,
            l.local_id,
            l.name,
            l.lang,
            l.created_at,
            l.last_used_at,
            l.current_lesson,
            seq,
            import_id
        ])?;
        self.clear_positions.execute(params![device, l.local_id])?;
        self.clear_states.execute(params![device, l.local_id])?;
        for p in &l.positions {
            self.position.execute(params![
                device,
                l.local_id,
                p.lesson,
                p.step,
                p.updated_at,
                import_id
            ])?;
        }
        for s in &l.step_states {
            self.state.execute(params![
                device,
                l.local_id,
                s.lesson,
                s.step,
                s.state,
                s.updated_at,
                import_id
            ])?;
        }
        Ok(())
    }
}

/// An empty learner from a `profiles` or `class_learners` row, columns from `at`.
fn learner_row(r: &rusqlite::Row<'_>, at: usize) -> rusqlite::Result<Learner> {
    Ok(Learner {
        local_id: r.get(at)?,
        name: r.get(at + 1)?,
        lang: r.get(at + 2)?,
        created_at: r.get(at + 3)?,
        last_used_at: r.get(at + 4)?,
        current_lesson: r.get(at + 5)?,
        attempts: Vec::new(),
        steps_done: Vec::new(),
        lessons_done: Vec::new(),
        positions: Vec::new(),
        step_states: Vec::new(),
    })
}

/// This laptop's learners with all their records, by id.
fn local_learners(conn: &rusqlite::Connection) -> Result<Vec<Learner>> {
    let mut learners: BTreeMap<i64, Learner> = BTreeMap::new();
    let mut stmt = conn.prepare(
        "SELECT id, name, lang, created_at, last_used_at, current_lesson FROM profiles ORDER BY id",
    )?;
    for row in stmt.query_map([], |r| learner_row(r, 0))? {
        let l = row?;
        learners.insert(l.local_id, l);
    }
    let key = |r: &rusqlite::Row<'_>| r.get::<_, i64>(0);
    fill_all(
        conn,
        &mut learners,
        key,
        1,
        [
            "SELECT profile_id, id, lesson_id, step_id, answer, correct, at FROM attempts ORDER BY id",
            "SELECT profile_id, lesson_id, step_id, at FROM steps_done ORDER BY profile_id, at, lesson_id, step_id",
            "SELECT profile_id, lesson_id, at FROM lessons_done ORDER BY profile_id, at, lesson_id",
            "SELECT profile_id, lesson_id, step_id, updated_at FROM positions ORDER BY profile_id, lesson_id",
            "SELECT profile_id, lesson_id, step_id, state, updated_at FROM step_states ORDER BY profile_id, lesson_id, step_id",
        ],
    )?;
    Ok(learners.into_values().collect())
}

/// Learners merged in from other laptops, with their records.
fn imported_learners(conn: &rusqlite::Connection) -> Result<Vec<ClassLearner>> {
    let mut learners: BTreeMap<(String, i64), Learner> = BTreeMap::new();
    let mut stmt = conn.prepare(
        "SELECT device_id, local_id, name, lang, created_at, last_used_at, current_lesson
         FROM class_learners ORDER BY device_id, local_id",
    )?;
    for row in stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, learner_row(r, 1)?)))? {
        let (device, l) = row?;
        learners.insert((device, l.local_id), l);
    }
    let key = |r: &rusqlite::Row<'_>| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?));
    fill_all(
        conn,
        &mut learners,
        key,
        2,
        [
            "SELECT device_id, learner_id, attempt_id, lesson_id, step_id, answer, correct, at
             FROM class_attempts ORDER BY device_id, attempt_id",
            "SELECT device_id, learner_id, lesson_id, step_id, at FROM class_steps_done
             ORDER BY device_id, learner_id, at, lesson_id, step_id",
            "SELECT device_id, learner_id, lesson_id, at FROM class_lessons_done
             ORDER BY device_id, learner_id, at, lesson_id",
            "SELECT device_id, learner_id, lesson_id, step_id, updated_at FROM class_positions
             ORDER BY device_id, learner_id, lesson_id",
            "SELECT device_id, learner_id, lesson_id, step_id, state, updated_at FROM class_step_states
             ORDER BY device_id, learner_id, lesson_id, step_id",
        ],
    )?;
    Ok(learners
        .into_iter()
        .map(|((device_id, _), learner)| ClassLearner {
            device_id,
            imported: true,
            learner,
        })
        .collect())
}

/// Runs `sql` and hands each row to `add` with its learner, found by `key`.
fn fill<K: Ord>(
    conn: &rusqlite::Connection,
    sql: &str,
    learners: &mut BTreeMap<K, Learner>,
    key: &impl Fn(&rusqlite::Row<'_>) -> rusqlite::Result<K>,
    add: impl Fn(&rusqlite::Row<'_>, &mut Learner) -> rusqlite::Result<()>,
) -> Result<()> {
    let mut stmt = conn.prepare(sql)?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        if let Some(l) = learners.get_mut(&key(r)?) {
            add(r, l)?;
        }
    }
    Ok(())
}

/// Fills answers, steps and lessons done, positions and step states from five queries whose
/// first `at` columns name the learner.
fn fill_all<K: Ord>(
    conn: &rusqlite::Connection,
    learners: &mut BTreeMap<K, Learner>,
    key: impl Fn(&rusqlite::Row<'_>) -> rusqlite::Result<K>,
    at: usize,
    [attempts, steps, lessons, positions, states]: [&str; 5],
) -> Result<()> {
    fill(conn, attempts, learners, &key, |r, l| {
        l.attempts.push(Attempt {
            id: r.get(at)?,
            lesson: r.get(at + 1)?,
            step: r.get(at + 2)?,
            answer: r.get(at + 3)?,
            correct: r.get(at + 4)?,
            at: r.get(at + 5)?,
        });
        Ok(())
    })?;
    fill(conn, steps, learners, &key, |r, l| {
        l.steps_done.push(StepDone {
            lesson: r.get(at)?,
            step: r.get(at + 1)?,
            at: r.get(at + 2)?,
        });
        Ok(())
    })?;
    fill(conn, lessons, learners, &key, |r, l| {
        l.lessons_done.push(LessonDone {
            lesson: r.get(at)?,
            at: r.get(at + 1)?,
        });
        Ok(())
    })?;
    fill(conn, positions, learners, &key, |r, l| {
        l.positions.push(Position {
            lesson: r.get(at)?,
            step: r.get(at + 1)?,
            updated_at: r.get(at + 2)?,
        });
        Ok(())
    })?;
    fill(conn, states, learners, &key, |r, l| {
        l.step_states.push(StepState {
            lesson: r.get(at)?,
            step: r.get(at + 1)?,
            state: r.get(at + 2)?,
            updated_at: r.get(at + 3)?,
        });
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn five_wrong_pins_lock_for_thirty_seconds() -> Result<()> {
        let dir = tempfile::tempdir().map_err(|e| super::super::StoreError::Folder {
            path: std::path::PathBuf::new(),
            detail: e.to_string(),
        })?;
        let (mut store, _) = super::super::open(dir.path())?;
        assert_eq!(store.check_trainer_pin(0, |_| true)?, PinCheck::NotSet);
        store.set_trainer_pin("h")?;
        for left in (1..5).rev() {
            assert_eq!(
                store.check_trainer_pin(100, |_| false)?,
                PinCheck::Wrong { tries_left: left }
            );
        }
        assert_eq!(
            store.check_trainer_pin(100, |_| false)?,
            PinCheck::Locked { seconds: 30 }
        );
        // While locked even the right PIN waits.
        assert_eq!(
            store.check_trainer_pin(110, |_| true)?,
            PinCheck::Locked { seconds: 20 }
        );
        assert_eq!(store.check_trainer_pin(130, |h| h == "h")?, PinCheck::Right);
        assert_eq!(
            store.check_trainer_pin(131, |_| false)?,
            PinCheck::Wrong { tries_left: 4 }
        );
        assert!(store.reset_trainer_pin()?);
        assert_eq!(store.check_trainer_pin(132, |_| true)?, PinCheck::NotSet);
        Ok(())
    }
}
