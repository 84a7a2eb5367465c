//! Opening the store so that good data is never moved aside and nothing is changed before we
//! know what the file is.
//!
//! 1. The data folder is created if needed, and a 64 KiB probe file is written and removed:
//!    a full disk or a folder this user may not write stops the start here, before any
//!    SQLite file is opened or created.
//! 2. `progress.lock` in the data folder is locked (an OS file lock, released when the
//!    process ends), so tutors started together open one after the other: only one of them
//!    creates, migrates or moves aside. Tutors already running do not hold it.
//! 3. The file is looked at without being changed ([`super::inspect`]). Only SQLite's
//!    "corrupt" or "not a database", or a schema newer than ours, counts as damage; such a
//!    store is kept aside whole ([`super::aside`]).
//! 4. It is opened read-write with checkpoint-on-close off until the migrations (one
//!    `BEGIN IMMEDIATE` transaction) and the device id (another) are done, so a failed open
//!    never folds the WAL into the main file.
//!
//! A lock held by another program is waited for, up to [`WAIT_LIMIT`], trying again every
//! [`RETRY_PAUSE`]; after [`TELL_AFTER`] the caller is told once, so the learner can be told.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::Path;
use std::time::{Duration, Instant};

use rusqlite::config::DbConfig;
use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};

use super::fault::{self, STEP_WAIT, Trouble};
use super::inspect::{Health, inspect};
use super::{DB_FILE, Opened, Result, SCHEMA_VERSION, Store, StoreError, aside, schema};

/// The lock file that lets one tutor at a time open the store.
pub const LOCK_FILE: &str = "progress.lock";

/// After this long waiting for another program, the caller is told.
pub const TELL_AFTER: Duration = Duration::from_secs(2);
/// After this long waiting for another program, we give up (and change nothing).
pub const WAIT_LIMIT: Duration = Duration::from_secs(60);
const RETRY_PAUSE: Duration = Duration::from_millis(50);
/// How long a running store waits for another program's lock before a save fails.
const RUNNING_WAIT: Duration = Duration::from_secs(5);

pub fn open(dir: &Path, when_slow: impl FnOnce()) -> Result<(Store, Opened)> {
    std::fs::create_dir_all(dir).map_err(|e| fault::io_error(dir, &e))?;
    if let Some(e) = fault::probe(dir) {
        return Err(e);
    }
    let started = Instant::now();
    let mut when_slow = Some(when_slow);
    let mut looked_again = 0;
    loop {
        match attempt(dir) {
            Ok(opened) => return Ok(opened),
            Err(Trouble::Stop(e)) => return Err(e),
            Err(Trouble::LooksDamaged(e)) => {
                // The look found the file fine but SQLite then said otherwise: look again.
                looked_again += 1;
                if looked_again > 2 {
                    return Err(StoreError::Sqlite(e));
                }
            }
            Err(Trouble::Busy) => {}
        }
        if started.elapsed() >= WAIT_LIMIT {
            return Err(StoreError::Busy {
                path: dir.join(DB_FILE),
            });
        }
        if started.elapsed() >= TELL_AFTER
            && let Some(tell) = when_slow.take()
        {
            tell();
        }
        std::thread::sleep(RETRY_PAUSE);
    }
}

fn attempt(dir: &Path) -> std::result::Result<(Store, Opened), Trouble> {
    let _lock = take_lock(dir)?;
    let path = dir.join(DB_FILE);
    let opened = match inspect(&path)? {
        Health::Missing => Opened::Fresh,
        Health::Healthy => Opened::Existing,
        Health::Damaged(_) => Opened::Recovered {
            moved_to: aside::move_aside(&path).map_err(Trouble::Stop)?,
        },
    };
    Ok((open_read_write(&path)?, opened))
}

/// Locks `progress.lock` without blocking; `Busy` while another tutor holds it.
fn take_lock(dir: &Path) -> std::result::Result<File, Trouble> {
    let path = dir.join(LOCK_FILE);
    let file = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(&path)
        // A lock file made by another user can still be locked through a read-only handle.
        .or_else(|e| {
            if e.kind() == std::io::ErrorKind::PermissionDenied {
                File::open(&path)
            } else {
                Err(e)
            }
        })
        .map_err(|e| fault::from_io(&path, &e))?;
    match file.try_lock() {
        Ok(()) => Ok(file),
        Err(TryLockError::WouldBlock) => Err(Trouble::Busy),
        Err(TryLockError::Error(e)) => Err(fault::from_io(&path, &e)),
    }
}

/// The read-write connection, migrated, with this laptop's id.
fn open_read_write(path: &Path) -> std::result::Result<Store, Trouble> {
    let sorted = |e| fault::classify(path, e);
    let conn = Connection::open(path).map_err(sorted)?;
    // Until the open has succeeded, closing must not fold the WAL into the main file.
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true)
        .map_err(sorted)?;
    conn.busy_timeout(STEP_WAIT).map_err(sorted)?;
    conn.pragma_update(None, "journal_mode", "WAL")
        .map_err(sorted)?;
    conn.pragma_update(None, "synchronous", "FULL")
        .map_err(sorted)?;
    conn.pragma_update(None, "foreign_keys", "ON")
        .map_err(sorted)?;
    let found = schema::migrate(&conn).map_err(sorted)?;
    if found > SCHEMA_VERSION {
        // A newer program wrote it after our look: look again, which keeps it aside.
        return Err(Trouble::Busy);
    }
    let device_id = device_id(&conn).map_err(sorted)?;
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, false)
        .map_err(sorted)?;
    conn.busy_timeout(RUNNING_WAIT).map_err(sorted)?;
    Ok(Store {
        conn,
        device_id,
        path: path.to_path_buf(),
    })
}

/// This laptop's id: read, or made, inside one write transaction, so two tutors started
/// together end with one row.
fn device_id(conn: &Connection) -> rusqlite::Result<String> {
    let tx = rusqlite::Transaction::new_unchecked(conn, TransactionBehavior::Immediate)?;
    let found = tx
        .query_row("SELECT id FROM device ORDER BY rowid LIMIT 1", [], |r| {
            r.get::<_, String>(0)
        })
        .optional()?;
    let id = match found {
        Some(id) => id,
        None => {
            let id = new_device_id();
            tx.execute("INSERT INTO device (id) VALUES (?1)", params![id])?;
            id
        }
    };
    tx.commit()?;
    Ok(id)
}

/// A random id for this laptop, so records merged from many laptops stay apart.
fn new_device_id() -> String {
    use std::hash::{BuildHasher, Hasher};
    let mut out = String::new();
    for salt in 0..2u64 {
        let mut h = std::collections::hash_map::RandomState::new().build_hasher();
        h.write_u64(salt);
        h.write_u128(
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos()),
        );
        h.write_u32(std::process::id());
        out.push_str(&format!("{:016x}", h.finish()));
    }
    out
}
