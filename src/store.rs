//! The learner store: SQLite in the platform data folder (WAL, `synchronous=FULL`), one
//! transaction per answer or move, schema version in `user_version`.
//!
//! The store is opened through [`open`] (or [`open_with`]) only; see [`opening`] for the
//! order of things. Good data is never moved aside: only a file SQLite calls corrupt or not a
//! database, or one from a newer program, is kept aside — whole, with its `-wal` and `-shm`,
//! copied before anything is renamed, nothing deleted — and a fresh one is started. A lock
//! held by another tutor is waited for; a full disk or a permission problem stops the start
//! with every file untouched. The caller is told which, so it can explain it to the learner.

mod aside;
mod class;
mod fault;
mod inspect;
pub mod opening;
mod schema;
mod work;

use std::path::{Path, PathBuf};

use rusqlite::{Connection, params};

use crate::learner::{Profile, Progress};

pub use class::{Imported, Skipped};
pub use opening::LOCK_FILE;
pub use schema::SCHEMA_VERSION;

/// The database file inside the data folder.
pub const DB_FILE: &str = "progress.db";

#[derive(Debug)]
pub enum StoreError {
    /// The data folder cannot be created or used (for a reason other than those below).
    Folder {
        path: PathBuf,
        detail: String,
    },
    /// A damaged database could not be moved out of the way.
    CannotMoveAside {
        path: PathBuf,
        detail: String,
    },
    /// The disk (or this user's share of it) is full; nothing was changed.
    DiskFull {
        path: PathBuf,
    },
    /// This user may not read or write the progress file or its folder; nothing was changed.
    NoAccess {
        path: PathBuf,
        detail: String,
    },
    /// Another program kept the progress file locked for too long; nothing was changed.
    Busy {
        path: PathBuf,
    },
    Sqlite(rusqlite::Error),
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StoreError::Folder { path, detail }
            | StoreError::CannotMoveAside { path, detail }
            | StoreError::NoAccess { path, detail } => {
                write!(f, "{}: {detail}", path.display())
            }
            StoreError::DiskFull { path } => write!(f, "{}: no space left", path.display()),
            StoreError::Busy { path } => write!(f, "{}: locked by another program", path.display()),
            StoreError::Sqlite(e) => write!(f, "{e}"),
        }
    }
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        StoreError::Sqlite(e)
    }
}

pub type Result<T> = std::result::Result<T, StoreError>;

/// What [`open`] found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Opened {
    Fresh,
    Existing,
    /// The old file was damaged (or from a newer program) and now lives at `moved_to`, inside
    /// a folder of its own with its `-wal` and `-shm` (see [`aside`]).
    Recovered {
        moved_to: PathBuf,
    },
}

pub struct Store {
    conn: Connection,
    device_id: String,
    path: PathBuf,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("path", &self.path)
            .field("device_id", &self.device_id)
            .finish()
    }
}

/// The folder for progress: `--data-dir`, then `CHOPHIEN_DATA`, then the platform's data folder.
pub fn data_dir(flag: Option<PathBuf>) -> Option<PathBuf> {
    flag.or_else(|| {
        std::env::var_os("CHOPHIEN_DATA")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    })
    .or_else(|| {
        directories::ProjectDirs::from("org", "chophien", "chophien")
            .map(|d| d.data_dir().to_path_buf())
    })
}

/// Opens (or creates) the store in `dir`, keeping a damaged database aside.
pub fn open(dir: &Path) -> Result<(Store, Opened)> {
    opening::open(dir, || {})
}

/// Like [`open`]; `when_slow` is called once if another program makes it wait more than
/// [`opening::TELL_AFTER`].
pub fn open_with(dir: &Path, when_slow: impl FnOnce()) -> Result<(Store, Opened)> {
    opening::open(dir, when_slow)
}

impl Store {
    pub fn profiles(&self) -> Result<Vec<Profile>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, name, lang, input_method, current_lesson FROM profiles ORDER BY last_used_at DESC, id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(Profile {
                id: r.get(0)?,
                name: r.get(1)?,
                lang: r.get(2)?,
                input_method: r.get(3)?,
                current_lesson: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<std::result::Result<Vec<_>, _>>()?)
    }

    pub fn create_profile(&mut self, name: &str, lang: &str) -> Result<Profile> {
        self.conn.execute(
            "INSERT INTO profiles (name, lang, device_id) VALUES (?1, ?2, ?3)",
            params![name, lang, self.device_id],
        )?;
        let id = self.conn.last_insert_rowid();
        Ok(Profile {
            id,
            name: name.to_string(),
            lang: lang.to_string(),
            input_method: None,
            current_lesson: None,
        })
    }

    pub fn rename_profile(&mut self, id: i64, name: &str) -> Result<()> {
        self.conn.execute(
            "UPDATE profiles SET name = ?2 WHERE id = ?1",
            params![id, name],
        )?;
        Ok(())
    }

    pub fn set_language(&mut self, id: i64, lang: &str) -> Result<()> {
        self.conn.execute(
            "UPDATE profiles SET lang = ?2 WHERE id = ?1",
            params![id, lang],
        )?;
        Ok(())
    }

    pub fn set_input_method(&mut self, id: i64, method: &str) -> Result<()> {
        self.conn.execute(
            "UPDATE profiles SET input_method = ?2 WHERE id = ?1",
            params![id, method],
        )?;
        Ok(())
    }

    /// Marks the profile as the one last used on this laptop.
    pub fn touch_profile(&mut self, id: i64) -> Result<()> {
        self.conn.execute(
            "UPDATE profiles SET last_used_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = ?1",
            params![id],
        )?;
        Ok(())
    }

    /// Records one answer with the step's state after it; when it is right the step is marked
    /// done, all in the same transaction.
    pub fn record_answer(
        &mut self,
        profile: i64,
        lesson: &str,
        step: &str,
        answer: &str,
        correct: bool,
        state: &str,
    ) -> Result<()> {
        let tx = self.conn.transaction()?;
        put_step_state(&tx, profile, &self.device_id, lesson, step, state)?;
        tx.execute(
            "INSERT INTO attempts (profile_id, device_id, lesson_id, step_id, answer, correct) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![profile, self.device_id, lesson, step, answer, correct],
        )?;
        if correct {
            mark_done(&tx, profile, &self.device_id, lesson, step)?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Moves the learner to step `step` of `lesson`; `done_step` is a read step just finished.
    pub fn set_position(
        &mut self,
        profile: i64,
        lesson: &str,
        step: &str,
        done_step: Option<&str>,
    ) -> Result<()> {
        let tx = self.conn.transaction()?;
        if let Some(done) = done_step {
            mark_done(&tx, profile, &self.device_id, lesson, done)?;
        }
        // step_index is kept for stores written by version 1; the step id is what counts.
        tx.execute(
            "INSERT INTO positions (profile_id, lesson_id, step_index, step_id, device_id) VALUES (?1, ?2, 0, ?3, ?4)
             ON CONFLICT (profile_id, lesson_id) DO UPDATE SET step_id = excluded.step_id,
               device_id = excluded.device_id,
               updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')",
            params![profile, lesson, step, self.device_id],
        )?;
        tx.execute(
            "UPDATE profiles SET current_lesson = ?2 WHERE id = ?1",
            params![profile, lesson],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Saves what step `step` of `lesson` shows now (items placed, text typed, hints shown).
    pub fn save_step_state(
        &mut self,
        profile: i64,
        lesson: &str,
        step: &str,
        state: &str,
    ) -> Result<()> {
        let tx = self.conn.transaction()?;
        put_step_state(&tx, profile, &self.device_id, lesson, step, state)?;
        tx.commit()?;
        Ok(())
    }

    /// The learner finished `lesson`: it is recorded and they are back at its start next time.
    pub fn finish_lesson(
        &mut self,
        profile: i64,
        lesson: &str,
        last_step: Option<&str>,
    ) -> Result<()> {
        let tx = self.conn.transaction()?;
        if let Some(done) = last_step {
            mark_done(&tx, profile, &self.device_id, lesson, done)?;
        }
        tx.execute(
            "INSERT OR IGNORE INTO lessons_done (profile_id, lesson_id, device_id) VALUES (?1, ?2, ?3)",
            params![profile, lesson, self.device_id],
        )?;
        tx.execute(
            "DELETE FROM positions WHERE profile_id = ?1 AND lesson_id = ?2",
            params![profile, lesson],
        )?;
        // Opened again, a finished lesson starts afresh.
        tx.execute(
            "DELETE FROM step_states WHERE profile_id = ?1 AND lesson_id = ?2",
            params![profile, lesson],
        )?;
        tx.execute(
            "UPDATE profiles SET current_lesson = NULL WHERE id = ?1",
            params![profile],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// The learner left the lesson player for the home screen.
    pub fn leave_lesson(&mut self, profile: i64) -> Result<()> {
        self.conn.execute(
            "UPDATE profiles SET current_lesson = NULL WHERE id = ?1",
            params![profile],
        )?;
        Ok(())
    }

    pub fn progress(&self, profile: i64) -> Result<Progress> {
        let mut progress = Progress::default();
        let mut stmt = self
            .conn
            .prepare("SELECT lesson_id, step_id FROM positions WHERE profile_id = ?1")?;
        for row in stmt.query_map(params![profile], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
        })? {
            let (lesson, step) = row?;
            progress.positions.insert(lesson, step);
        }
        let mut stmt = self
            .conn
            .prepare("SELECT lesson_id, step_id, state FROM step_states WHERE profile_id = ?1")?;
        for row in stmt.query_map(params![profile], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
            ))
        })? {
            let (lesson, step, state) = row?;
            progress
                .step_states
                .entry(lesson)
                .or_default()
                .insert(step, state);
        }
        let mut stmt = self
            .conn
            .prepare("SELECT lesson_id, step_id FROM steps_done WHERE profile_id = ?1")?;
        for row in stmt.query_map(params![profile], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
        })? {
            let (lesson, step) = row?;
            progress.done_steps.entry(lesson).or_default().insert(step);
        }
        let mut stmt = self
            .conn
            .prepare("SELECT lesson_id FROM lessons_done WHERE profile_id = ?1")?;
        for row in stmt.query_map(params![profile], |r| r.get::<_, String>(0))? {
            progress.finished.insert(row?);
        }
        progress.work = self.work(profile)?;
        Ok(progress)
    }

    /// Number of attempts recorded for a step (for reports and tests).
    pub fn attempt_count(&self, profile: i64, lesson: &str, step: &str) -> Result<i64> {
        Ok(self.conn.query_row(
            "SELECT count(*) FROM attempts WHERE profile_id = ?1 AND lesson_id = ?2 AND step_id = ?3",
            params![profile, lesson, step],
            |r| r.get(0),
        )?)
    }
}

fn put_step_state(
    tx: &rusqlite::Transaction<'_>,
    profile: i64,
    device: &str,
    lesson: &str,
    step: &str,
    state: &str,
) -> Result<()> {
    tx.execute(
        "INSERT INTO step_states (profile_id, lesson_id, step_id, state, device_id) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (profile_id, lesson_id, step_id) DO UPDATE SET state = excluded.state,
           device_id = excluded.device_id, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')",
        params![profile, lesson, step, state, device],
    )?;
    Ok(())
}

fn mark_done(
    tx: &rusqlite::Transaction<'_>,
    profile: i64,
    device: &str,
    lesson: &str,
    step: &str,
) -> Result<()> {
    tx.execute(
        "INSERT OR IGNORE INTO steps_done (profile_id, lesson_id, step_id, device_id) VALUES (?1, ?2, ?3, ?4)",
        params![profile, lesson, step, device],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp() -> tempfile::TempDir {
        tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"))
    }

    #[test]
    fn answers_and_positions_survive_reopening() -> Result<()> {
        let dir = temp();
        {
            let (mut store, opened) = open(dir.path())?;
            assert_eq!(opened, Opened::Fresh);
            let p = store.create_profile("Mai", "vi")?;
            store.record_answer(p.id, "honey", "where", "choice:1", false, "{}")?;
            store.record_answer(p.id, "honey", "where", "choice:0", true, "{\"right\":true}")?;
            store.set_position(p.id, "honey", "price", None)?;
            store.save_step_state(p.id, "honey", "price", "{\"typed\":\"12\"}")?;
        }
        let (store, opened) = open(dir.path())?;
        assert_eq!(opened, Opened::Existing);
        let profiles = store.profiles()?;
        assert_eq!(profiles.len(), 1);
        assert_eq!(profiles[0].current_lesson.as_deref(), Some("honey"));
        let progress = store.progress(profiles[0].id)?;
        assert_eq!(
            progress.positions.get("honey").map(String::as_str),
            Some("price")
        );
        assert_eq!(progress.step_states["honey"]["where"], "{\"right\":true}");
        assert_eq!(progress.step_states["honey"]["price"], "{\"typed\":\"12\"}");
        assert!(progress.done_steps["honey"].contains("where"));
        assert_eq!(store.attempt_count(profiles[0].id, "honey", "where")?, 2);
        Ok(())
    }

    #[test]
    fn a_damaged_database_is_moved_aside_and_a_fresh_one_started() -> Result<()> {
        let dir = temp();
        let db = dir.path().join(DB_FILE);
        std::fs::write(
            &db,
            b"this is not a database, it is a shopping list: honey, tea",
        )
        .map_err(|e| StoreError::Folder {
            path: db.clone(),
            detail: e.to_string(),
        })?;
        let (store, opened) = open(dir.path())?;
        let Opened::Recovered { moved_to } = opened else {
            panic!("expected recovery, got {opened:?}")
        };
        assert_eq!(
            std::fs::read(&moved_to).ok().as_deref(),
            Some(&b"this is not a database, it is a shopping list: honey, tea"[..])
        );
        assert!(store.profiles()?.is_empty());
        Ok(())
    }

    #[test]
    fn a_database_from_a_newer_program_is_kept_aside() -> Result<()> {
        let dir = temp();
        {
            let conn = Connection::open(dir.path().join(DB_FILE))?;
            conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1)?;
        }
        let (_, opened) = open(dir.path())?;
        assert!(matches!(opened, Opened::Recovered { .. }));
        Ok(())
    }

    #[test]
    fn the_journal_is_wal_with_full_sync() -> Result<()> {
        let dir = temp();
        let (store, _) = open(dir.path())?;
        let mode: String = store
            .conn
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))?;
        let sync: i64 = store
            .conn
            .query_row("PRAGMA synchronous", [], |r| r.get(0))?;
        let version: String = store
            .conn
            .query_row("SELECT sqlite_version()", [], |r| r.get(0))?;
        assert_eq!(mode, "wal");
        assert_eq!(sync, 2);
        let parts: Vec<u32> = version.split('.').filter_map(|p| p.parse().ok()).collect();
        assert!(
            parts >= vec![3, 51, 3],
            "SQLite {version} has the WAL-reset bug"
        );
        Ok(())
    }

    #[test]
    fn finishing_a_lesson_clears_its_position() -> Result<()> {
        let dir = temp();
        let (mut store, _) = open(dir.path())?;
        let p = store.create_profile("Lò Thị Sáu", "vi")?;
        store.set_position(p.id, "tea", "s3", Some("s2"))?;
        store.save_step_state(p.id, "tea", "s3", "{}")?;
        store.finish_lesson(p.id, "tea", Some("s3"))?;
        let progress = store.progress(p.id)?;
        assert!(progress.finished.contains("tea"));
        assert!(progress.positions.is_empty());
        assert!(progress.step_states.is_empty());
        assert_eq!(progress.done_steps["tea"].len(), 2);
        Ok(())
    }
}
