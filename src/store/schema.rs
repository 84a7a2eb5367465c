//! The schema and its migrations. Each migration runs once, in one transaction, and leaves
//! `user_version` at its number. Every record carries the learner and the laptop it came from,
//! so class tools can merge progress from many laptops.

use rusqlite::Connection;

/// The schema version this program writes.
pub const SCHEMA_VERSION: i64 = 2;

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
];

/// Brings a database at `from` up to [`SCHEMA_VERSION`].
pub fn migrate(conn: &Connection, from: i64) -> rusqlite::Result<()> {
    for (i, sql) in MIGRATIONS.iter().enumerate() {
        let version = i as i64 + 1;
        if version <= from {
            continue;
        }
        conn.execute_batch(&format!(
            "BEGIN IMMEDIATE; {sql}; PRAGMA user_version = {version}; COMMIT;"
        ))?;
    }
    Ok(())
}
