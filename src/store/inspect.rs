//! Looking at the progress file before anything may change it: is it missing, healthy,
//! damaged or from a newer program?
//!
//! SQLite changes a database simply by opening it: the first connection truncates and
//! rebuilds the `-shm` index, and the last one to close copies the `-wal` into the main file
//! and deletes the WAL. A damaged store must be kept exactly as it was found, so the look
//! happens in two steps that change nothing:
//!
//! 1. the first 100 bytes are read with plain file I/O: a file that does not start with
//!    SQLite's magic string is not a database, and SQLite never sees it;
//! 2. otherwise SQLite opens it read-only and runs `quick_check` and reads `user_version` in
//!    one read transaction, so the answer is about one consistent state even while another
//!    tutor writes. With a `-wal` beside it, the `-shm` is opened read-only too
//!    (`readonly_shm=1`: the WAL index is then built in memory unless another program keeps
//!    the `-shm` up to date) and checkpoint-on-close is off. Without a `-wal` no program has
//!    the store open and the main file is all there is: it is read as `immutable=1`, which
//!    takes no locks and creates no `-wal` or `-shm`.
//!
//! When the read-only look is impossible without writing (SQLite needs to roll back a hot
//! journal, or the `-wal` has no `-shm` beside it), the three files are copied into a scratch
//! folder and the copy is looked at instead. This module never writes to the store's files.

use std::io::Read;
use std::path::{Path, PathBuf};

use rusqlite::config::DbConfig;
use rusqlite::{Connection, OpenFlags};

use super::SCHEMA_VERSION;
use super::fault::{self, Trouble};

/// The first bytes of every SQLite 3 database.
const MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// What the look found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Health {
    /// No database yet (or an empty file, which SQLite treats the same way).
    Missing,
    /// A database this program can use (it may still need migrating).
    Healthy,
    /// Not to be used: kept aside whole and a fresh store started.
    Damaged(Damage),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Damage {
    /// SQLite says: not a database (`SQLITE_NOTADB`), or the header says so.
    NotADatabase,
    /// SQLite says: corrupt (`SQLITE_CORRUPT`), or `quick_check` found problems.
    Corrupt,
    /// Written by a newer program (`user_version` above ours).
    Newer(i64),
    /// A `-wal` file with no database beside it: SQLite would replay it into a new one.
    OrphanJournal,
}

/// The `-wal` and `-shm` files that belong to the database at `path`.
pub(super) fn sidecars(path: &Path) -> [PathBuf; 2] {
    ["-wal", "-shm"].map(|suffix| {
        let mut name = path.as_os_str().to_os_string();
        name.push(suffix);
        PathBuf::from(name)
    })
}

/// Looks at the database at `path` without changing any of its files.
pub(super) fn inspect(path: &Path) -> Result<Health, Trouble> {
    let [wal, shm] = sidecars(path);
    let header = match read_header(path) {
        Ok(header) => header,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let wal_len = std::fs::metadata(&wal).map(|m| m.len()).unwrap_or(0);
            return Ok(if wal_len > 0 {
                Health::Damaged(Damage::OrphanJournal)
            } else {
                Health::Missing
            });
        }
        Err(e) => return Err(fault::from_io(path, &e)),
    };
    if header.is_empty() {
        let wal_len = std::fs::metadata(&wal).map(|m| m.len()).unwrap_or(0);
        return Ok(if wal_len > 0 {
            Health::Damaged(Damage::OrphanJournal)
        } else {
            Health::Missing
        });
    }
    if header.len() < 100 || !header.starts_with(MAGIC) {
        return Ok(Health::Damaged(Damage::NotADatabase));
    }
    let mut journal = path.as_os_str().to_os_string();
    journal.push("-journal");
    if Path::new(&journal).exists() || (wal.exists() && !shm.exists()) {
        // A rollback journal to replay, or a -wal without its -shm: even a read-only look
        // would write, so look at a copy.
        return inspect_copy(path);
    }
    // Without a -wal no program has the store open (a WAL database keeps its -wal while open)
    // and the main file is the whole store: read it as an immutable file, which creates
    // nothing. With one, read it with a read-only -shm.
    let mode = if wal.exists() {
        Mode::ReadOnlyShm
    } else {
        Mode::Immutable
    };
    match look(path, &file_uri(path, mode), true) {
        Err(LookFailed::NeedsWrite) => inspect_copy(path),
        Err(LookFailed::Trouble(t)) => Err(t),
        Ok(health) => Ok(health),
    }
}

/// Up to the first 100 bytes (the database header).
fn read_header(path: &Path) -> std::io::Result<Vec<u8>> {
    let mut file = std::fs::File::open(path)?;
    let mut header = Vec::with_capacity(100);
    file.by_ref().take(100).read_to_end(&mut header)?;
    Ok(header)
}

enum LookFailed {
    /// SQLite cannot answer without writing (a hot rollback journal, a WAL to recover).
    NeedsWrite,
    Trouble(Trouble),
}

/// Opens `uri` (the file at `path` or a copy of it) and runs the checks in one read
/// transaction.
fn look(path: &Path, uri: &str, read_only: bool) -> Result<Health, LookFailed> {
    let flags = if read_only {
        OpenFlags::SQLITE_OPEN_READ_ONLY
    } else {
        OpenFlags::SQLITE_OPEN_READ_WRITE
    } | OpenFlags::SQLITE_OPEN_URI
        | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let failed = |e: rusqlite::Error| {
        if read_only && fault::needs_write(&e) {
            LookFailed::NeedsWrite
        } else {
            LookFailed::Trouble(fault::classify(path, e))
        }
    };
    let conn = Connection::open_with_flags(uri, flags).map_err(failed)?;
    // Belt and braces: even a read-only connection must not checkpoint or delete the WAL.
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true)
        .map_err(failed)?;
    conn.busy_timeout(fault::STEP_WAIT).map_err(failed)?;
    let checked = (|| {
        conn.execute_batch("BEGIN")?;
        let check: String = conn.query_row("PRAGMA quick_check(1)", [], |r| r.get(0))?;
        let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        conn.execute_batch("COMMIT")?;
        Ok::<_, rusqlite::Error>((check, version))
    })();
    match checked {
        Ok((check, _)) if check != "ok" => Ok(Health::Damaged(Damage::Corrupt)),
        Ok((_, version)) if version > SCHEMA_VERSION => Ok(Health::Damaged(Damage::Newer(version))),
        Ok(_) => Ok(Health::Healthy),
        Err(e) => match fault::damage(&e) {
            Some(damage) => Ok(Health::Damaged(damage)),
            None => Err(failed(e)),
        },
    }
}

/// Looks at a copy of the three files in a scratch folder beside them, then removes the copy
/// (only ever the copy).
fn inspect_copy(path: &Path) -> Result<Health, Trouble> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let scratch = Scratch::new(dir).map_err(|e| fault::from_io(dir, &e))?;
    let name = path.file_name().unwrap_or_default();
    let copy = scratch.0.join(name);
    let [wal, shm] = sidecars(path);
    let [copy_wal, copy_shm] = sidecars(&copy);
    for (from, to) in [(path, &copy), (&wal, &copy_wal), (&shm, &copy_shm)] {
        match std::fs::copy(from, to) {
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && from != path => {}
            Err(e) => return Err(fault::from_io(from, &e)),
        }
    }
    // Trouble met on the copy is told about the real file.
    match look(path, &file_uri(&copy, Mode::ReadWrite), false) {
        Ok(health) => Ok(health),
        Err(LookFailed::Trouble(t)) => Err(t),
        Err(LookFailed::NeedsWrite) => Err(Trouble::Busy),
    }
}

/// A folder of our own for a copy, removed with everything in it when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(dir: &Path) -> std::io::Result<Scratch> {
        let mut n = 0u32;
        loop {
            let path = dir.join(format!(".inspect-{}-{n}", std::process::id()));
            match std::fs::create_dir(&path) {
                Ok(()) => return Ok(Scratch(path)),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && n < 100 => n += 1,
                Err(e) => return Err(e),
            }
        }
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// How [`file_uri`] asks SQLite to open a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Mode {
    /// The main file read-only and its `-shm` read-only (the WAL index then lives in memory
    /// unless another program keeps the `-shm` up to date).
    ReadOnlyShm,
    /// The main file only, as if nothing could change it: no locks, no `-wal`, no `-shm`.
    Immutable,
    ReadWrite,
}

/// A `file:` URI for `path`, opened as `mode` says.
pub(super) fn file_uri(path: &Path, mode: Mode) -> String {
    let mut uri = String::from("file:");
    let raw = path.as_os_str().as_encoded_bytes();
    let mut bytes: Vec<u8> = raw.to_vec();
    if cfg!(windows) {
        for b in &mut bytes {
            if *b == b'\\' {
                *b = b'/';
            }
        }
        // `C:/x` becomes `file:///C:/x`.
        if bytes.get(1) == Some(&b':') {
            uri.push_str("///");
        }
    }
    for &b in &bytes {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) || (cfg!(windows) && b == b':') {
            uri.push(char::from(b));
        } else {
            uri.push_str(&format!("%{b:02X}"));
        }
    }
    uri.push_str(match mode {
        Mode::ReadOnlyShm => "?mode=ro&readonly_shm=1",
        Mode::Immutable => "?mode=ro&immutable=1",
        Mode::ReadWrite => "",
    });
    uri
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_escape_what_sqlite_would_read_as_syntax() {
        if cfg!(unix) {
            assert_eq!(
                file_uri(Path::new("/tmp/a b/Tày?#%.db"), Mode::ReadOnlyShm),
                "file:/tmp/a%20b/T%C3%A0y%3F%23%25.db?mode=ro&readonly_shm=1"
            );
        }
    }
}

#[cfg(test)]
mod looking_changes_nothing {
    use super::*;
    use std::collections::BTreeMap;

    /// Every file in `dir` with its length and a hash of its bytes.
    fn snapshot(dir: &Path) -> BTreeMap<String, (usize, u64)> {
        use std::hash::{Hash, Hasher};
        std::fs::read_dir(dir)
            .unwrap_or_else(|e| panic!("{e}"))
            .filter_map(|entry| entry.ok())
            .map(|entry| {
                let name = entry.file_name().to_string_lossy().into_owned();
                let bytes = std::fs::read(entry.path()).unwrap_or_default();
                let mut h = std::collections::hash_map::DefaultHasher::new();
                bytes.hash(&mut h);
                (name, (bytes.len(), h.finish()))
            })
            .collect()
    }

    /// A WAL store with data, left as a crash leaves it (`-wal` and `-shm` beside it) when
    /// `hot`, or cleanly closed otherwise, in a folder of its own.
    fn store(hot: bool) -> (tempfile::TempDir, PathBuf) {
        let live = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let db = live.path().join("progress.db");
        let conn = Connection::open(&db).unwrap_or_else(|e| panic!("{e}"));
        conn.execute_batch(
            "PRAGMA journal_mode=WAL; CREATE TABLE t (x TEXT);
             WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200)
             INSERT INTO t SELECT hex(randomblob(200)) FROM n;
             PRAGMA wal_checkpoint(TRUNCATE);
             INSERT INTO t VALUES ('in the wal');",
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let out = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        if hot {
            for name in ["progress.db", "progress.db-wal", "progress.db-shm"] {
                std::fs::copy(live.path().join(name), out.path().join(name))
                    .unwrap_or_else(|e| panic!("{name}: {e}"));
            }
        } else {
            drop(conn);
            std::fs::copy(&db, out.path().join("progress.db")).unwrap_or_else(|e| panic!("{e}"));
        }
        let path = out.path().join("progress.db");
        (out, path)
    }

    #[test]
    fn a_healthy_store_hot_or_cold() {
        for hot in [false, true] {
            let (dir, path) = store(hot);
            let before = snapshot(dir.path());
            assert_eq!(inspect(&path).ok(), Some(Health::Healthy), "hot: {hot}");
            assert_eq!(snapshot(dir.path()), before, "hot: {hot}");
        }
    }

    #[test]
    fn a_corrupt_store_hot_or_cold() {
        for hot in [false, true] {
            let (dir, path) = store(hot);
            // Overwrite the table's pages in the main file (the WAL holds only the last one).
            let mut bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{e}"));
            for b in &mut bytes[4096 * 2..4096 * 6] {
                *b = 0x5A;
            }
            std::fs::write(&path, &bytes).unwrap_or_else(|e| panic!("{e}"));
            let before = snapshot(dir.path());
            assert_eq!(
                inspect(&path).ok(),
                Some(Health::Damaged(Damage::Corrupt)),
                "hot: {hot}"
            );
            assert_eq!(snapshot(dir.path()), before, "hot: {hot}");
        }
    }

    #[test]
    fn a_store_from_a_newer_program_hot_or_cold() {
        for hot in [false, true] {
            let (dir, path) = store(hot);
            let [wal, _] = sidecars(&path);
            if hot {
                // Written into the WAL only: the main file still says version 0.
                let conn = Connection::open(&path).unwrap_or_else(|e| panic!("{e}"));
                conn.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true)
                    .unwrap_or_else(|e| panic!("{e}"));
                conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1)
                    .unwrap_or_else(|e| panic!("{e}"));
                assert!(wal.exists());
            } else {
                let conn = Connection::open(&path).unwrap_or_else(|e| panic!("{e}"));
                conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1)
                    .unwrap_or_else(|e| panic!("{e}"));
            }
            let before = snapshot(dir.path());
            assert_eq!(
                inspect(&path).ok(),
                Some(Health::Damaged(Damage::Newer(SCHEMA_VERSION + 1))),
                "hot: {hot}"
            );
            assert_eq!(snapshot(dir.path()), before, "hot: {hot}");
        }
    }

    #[test]
    fn a_wal_without_its_shm_is_looked_at_in_a_copy() {
        let (dir, path) = store(true);
        let [_, shm] = sidecars(&path);
        std::fs::remove_file(&shm).unwrap_or_else(|e| panic!("{e}"));
        let before = snapshot(dir.path());
        assert_eq!(inspect(&path).ok(), Some(Health::Healthy));
        assert_eq!(
            snapshot(dir.path()),
            before,
            "no -shm made, no scratch left"
        );
        assert_eq!(
            std::fs::read_dir(dir.path()).map(|d| d.count()).ok(),
            Some(2)
        );
    }
}
