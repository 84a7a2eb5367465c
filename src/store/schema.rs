//! The schema and its migrations. The pending migrations run once, together in one write
//! transaction that also sets `user_version`. Every record carries the learner and the laptop it came from,
//! so class tools can merge progress from many laptops.

use rusqlite::{Connection, Transaction, TransactionBehavior};

/// The schema version this program writes.
pub const SCHEMA_VERSION: i64 = 4;

const MIGRATIONS: &[&str] = &[
    // 1: profiles, positions, answers.
    "CREATE TABLE device (id TEXT NOT NULL);
     CREATE TABLE profiles (
         id INTEGER PRIMARY KEY,
         name TEXT NOT NULL,
         lang TEXT NOT NULL,
         input_method TEXT,
         pin_hash TEXT,
         current_lesson TEXT,
         device_id TEXT NOT NULL,
         created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
         last_used_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
     );
     CREATE TABLE positions (
         profile_id INTEGER NOT NULL REFERENCES profiles(id),
         lesson_id TEXT NOT NULL,
         step_index INTEGER NOT NULL,
         step_id TEXT NOT NULL,
         device_id TEXT NOT NULL,
         updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
         PRIMARY KEY (profile_id, lesson_id)
     );
     CREATE TABLE attempts (
         id INTEGER PRIMARY KEY,
         profile_id INTEGER NOT NULL REFERENCES profiles(id),
         device_id TEXT NOT NULL,
         lesson_id TEXT NOT NULL,
         step_id TEXT NOT NULL,
         answer TEXT NOT NULL,
         correct INTEGER NOT NULL,
         at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
     );
     CREATE INDEX attempts_by_step ON attempts (profile_id, lesson_id, step_id);
     CREATE TABLE steps_done (
         profile_id INTEGER NOT NULL REFERENCES profiles(id),
         lesson_id TEXT NOT NULL,
         step_id TEXT NOT NULL,
         device_id TEXT NOT NULL,
         at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
         PRIMARY KEY (profile_id, lesson_id, step_id)
     );
     CREATE TABLE lessons_done (
         profile_id INTEGER NOT NULL REFERENCES profiles(id),
         lesson_id TEXT NOT NULL,
         device_id TEXT NOT NULL,
         at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
         PRIMARY KEY (profile_id, lesson_id)
     );",
    // 2: what each step showed (placed items, text typed, hints shown, answered right).
    "CREATE TABLE step_states (
         profile_id INTEGER NOT NULL REFERENCES profiles(id),
         lesson_id TEXT NOT NULL,
         step_id TEXT NOT NULL,
         state TEXT NOT NULL,
         device_id TEXT NOT NULL,
         updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
         PRIMARY KEY (profile_id, lesson_id, step_id)
     );",
    // 3: class mode. Settings of this laptop (centre name, export counter, trainer PIN);
    // records imported from other laptops' export files, each keyed by the laptop that made it
    // and its id there, never by name; statements an LRS has acknowledged.
    "CREATE TABLE settings (
         key TEXT PRIMARY KEY,
         value TEXT NOT NULL
     );
     CREATE TABLE class_imports (
         id INTEGER PRIMARY KEY,
         device_id TEXT NOT NULL,
         export_seq INTEGER NOT NULL,
         exported_at TEXT NOT NULL,
         file_name TEXT NOT NULL,
         imported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
     );
     CREATE INDEX class_imports_by_file ON class_imports (device_id, export_seq);
     CREATE TABLE class_learners (
         device_id TEXT NOT NULL,
         local_id INTEGER NOT NULL,
         name TEXT NOT NULL,
         lang TEXT NOT NULL,
         created_at TEXT NOT NULL,
         last_used_at TEXT NOT NULL,
         current_lesson TEXT,
         export_seq INTEGER NOT NULL,
         import_id INTEGER NOT NULL REFERENCES class_imports(id),
         PRIMARY KEY (device_id, local_id)
     );
     CREATE TABLE class_attempts (
         device_id TEXT NOT NULL,
         attempt_id INTEGER NOT NULL,
         learner_id INTEGER NOT NULL,
         lesson_id TEXT NOT NULL,
         step_id TEXT NOT NULL,
         answer TEXT NOT NULL,
         correct INTEGER NOT NULL,
         at TEXT NOT NULL,
         import_id INTEGER NOT NULL REFERENCES class_imports(id),
         PRIMARY KEY (device_id, attempt_id)
     );
     CREATE INDEX class_attempts_by_learner ON class_attempts (device_id, learner_id);
     CREATE TABLE class_steps_done (
         device_id TEXT NOT NULL,
         learner_id INTEGER NOT NULL,
         lesson_id TEXT NOT NULL,
         step_id TEXT NOT NULL,
         at TEXT NOT NULL,
         import_id INTEGER NOT NULL REFERENCES class_imports(id),
         PRIMARY KEY (device_id, learner_id, lesson_id, step_id)
     );
     CREATE TABLE class_lessons_done (
         device_id TEXT NOT NULL,
         learner_id INTEGER NOT NULL,
         lesson_id TEXT NOT NULL,
         at TEXT NOT NULL,
         import_id INTEGER NOT NULL REFERENCES class_imports(id),
         PRIMARY KEY (device_id, learner_id, lesson_id)
     );
     CREATE TABLE class_positions (
         device_id TEXT NOT NULL,
         learner_id INTEGER NOT NULL,
         lesson_id TEXT NOT NULL,
         step_id TEXT NOT NULL,
         updated_at TEXT NOT NULL,
         import_id INTEGER NOT NULL REFERENCES class_imports(id),
         PRIMARY KEY (device_id, learner_id, lesson_id)
     );
     CREATE TABLE class_step_states (
         device_id TEXT NOT NULL,
         learner_id INTEGER NOT NULL,
         lesson_id TEXT NOT NULL,
         step_id TEXT NOT NULL,
         state TEXT NOT NULL,
         updated_at TEXT NOT NULL,
         import_id INTEGER NOT NULL REFERENCES class_imports(id),
         PRIMARY KEY (device_id, learner_id, lesson_id, step_id)
     );
     CREATE TABLE xapi_sent (
         endpoint TEXT NOT NULL,
         statement_id TEXT NOT NULL,
         at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
         PRIMARY KEY (endpoint, statement_id)
     ) WITHOUT ROWID;",
    // 4: the learner's own work from the workshops, one row per learner and kind (latest
    // wins); `data` is the JSON of the form's fields as typed.
    "CREATE TABLE IF NOT EXISTS work (
         profile_id INTEGER NOT NULL REFERENCES profiles(id),
         device_id TEXT NOT NULL,
         kind TEXT NOT NULL CHECK (kind IN ('price-sheet', 'story', 'photos')),
         data TEXT NOT NULL,
         updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
         PRIMARY KEY (profile_id, kind)
     );",
];

const _: () = assert!(MIGRATIONS.len() as i64 == SCHEMA_VERSION);

/// Brings the database up to [`SCHEMA_VERSION`] in one `BEGIN IMMEDIATE` transaction and
/// returns the version it found. The version is read after the write lock is taken, so two
/// programs migrating the same file at once cannot both run a migration: the second one waits
/// and then finds the work done. A version newer than ours is left alone (rolled back).
pub(super) fn migrate(conn: &Connection) -> rusqlite::Result<i64> {
    let tx = Transaction::new_unchecked(conn, TransactionBehavior::Immediate)?;
    let from: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if from >= SCHEMA_VERSION {
        // Nothing to do (or not ours to touch): the transaction ends without a change.
        return Ok(from);
    }
    for (i, sql) in MIGRATIONS.iter().enumerate() {
        if i as i64 + 1 > from {
            tx.execute_batch(sql)?;
        }
    }
    tx.pragma_update(None, "user_version", SCHEMA_VERSION)?;
    tx.commit()?;
    Ok(from)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A database as the program with schema `version` left it, with one learner's answer.
    fn written_by(version: i64) -> rusqlite::Result<Connection> {
        let conn = Connection::open_in_memory()?;
        for sql in &MIGRATIONS[..version as usize] {
            conn.execute_batch(sql)?;
        }
        conn.pragma_update(None, "user_version", version)?;
        if version >= 1 {
            conn.execute_batch(
                "INSERT INTO device (id) VALUES ('d1');
                 INSERT INTO profiles (name, lang, device_id) VALUES ('Mai', 'vi', 'd1');
                 INSERT INTO attempts (profile_id, device_id, lesson_id, step_id, answer, correct)
                   VALUES (1, 'd1', 'honey', 'where', 'choice:0', 1);",
            )?;
        }
        Ok(conn)
    }

    #[test]
    fn every_earlier_schema_migrates_and_keeps_its_data() -> rusqlite::Result<()> {
        for version in 0..SCHEMA_VERSION {
            let conn = written_by(version)?;
            assert_eq!(migrate(&conn)?, version);
            let now: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
            assert_eq!(now, SCHEMA_VERSION, "from {version}");
            let answers: i64 = conn.query_row("SELECT count(*) FROM attempts", [], |r| r.get(0))?;
            assert_eq!(answers, i64::from(version >= 1), "from {version}");
            let states: i64 =
                conn.query_row("SELECT count(*) FROM step_states", [], |r| r.get(0))?;
            assert_eq!(states, 0, "from {version}");
            // Migrating again changes nothing.
            assert_eq!(migrate(&conn)?, SCHEMA_VERSION);
        }
        Ok(())
    }

    #[test]
    fn a_newer_schema_is_left_alone() -> rusqlite::Result<()> {
        let conn = written_by(SCHEMA_VERSION)?;
        conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1)?;
        assert_eq!(migrate(&conn)?, SCHEMA_VERSION + 1);
        let now: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        assert_eq!(now, SCHEMA_VERSION + 1);
        Ok(())
    }
}
