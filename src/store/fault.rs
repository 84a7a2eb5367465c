//! Telling the troubles met while opening the store apart. Only damage reported by SQLite
//! (`SQLITE_CORRUPT`, `SQLITE_NOTADB`) ever leads to moving a file aside; a lock held by
//! another tutor is waited for; a full disk, a permission problem or any other I/O error stops
//! the tutor with the files untouched.
//!
//! SQLite reports many disk problems as a generic I/O error (a full disk while growing the
//! `-shm` file is `SQLITE_IOERR_SHMSIZE`, a file-size limit is `SQLITE_IOERR_WRITE`). To say
//! the right thing to the learner, such errors are followed by a probe: a 64 KiB scratch file
//! of our own is written in the data folder and removed at once. What the system says about
//! it (no space, no permission) names the cause.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::ErrorCode;
use rusqlite::ffi;

use super::StoreError;
use super::inspect::Damage;

/// How long one SQLite call waits for another program's lock before we look again. Kept short
/// so the waiting loop can tell the learner it is waiting.
pub(super) const STEP_WAIT: Duration = Duration::from_millis(200);

/// The size of the probe written to check the folder: room for a few answers and their WAL.
const PROBE_BYTES: usize = 64 * 1024;

#[derive(Debug)]
pub(super) enum Trouble {
    /// Another program holds the store: wait, then try again from the start.
    Busy,
    /// SQLite found damage after the look said the file was fine: look again.
    LooksDamaged(rusqlite::Error),
    /// Stop, tell the learner, touch nothing.
    Stop(StoreError),
}

/// What kind of damage `e` reports, if it reports damage at all.
pub(super) fn damage(e: &rusqlite::Error) -> Option<Damage> {
    match e.sqlite_error_code()? {
        ErrorCode::DatabaseCorrupt => Some(Damage::Corrupt),
        ErrorCode::NotADatabase => Some(Damage::NotADatabase),
        _ => None,
    }
}

/// True when a read-only connection failed only because it would have had to write.
pub(super) fn needs_write(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(ErrorCode::ReadOnly | ErrorCode::CannotOpen)
    ) && e.sqlite_error().is_some_and(|s| {
        s.code == ErrorCode::CannotOpen
            || [
                ffi::SQLITE_READONLY_RECOVERY,
                ffi::SQLITE_READONLY_CANTINIT,
                ffi::SQLITE_READONLY_ROLLBACK,
            ]
            .contains(&s.extended_code)
    })
}

/// Sorts an SQLite error met while opening the store in `dir`.
pub(super) fn classify_in(dir: &Path, e: rusqlite::Error) -> Trouble {
    match e.sqlite_error_code() {
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => Trouble::Busy,
        Some(ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase) => Trouble::LooksDamaged(e),
        Some(ErrorCode::DiskFull) => Trouble::Stop(StoreError::DiskFull {
            path: dir.to_path_buf(),
        }),
        Some(ErrorCode::PermissionDenied | ErrorCode::ReadOnly) => {
            Trouble::Stop(probe(dir).unwrap_or_else(|| StoreError::NoAccess {
                path: dir.to_path_buf(),
                detail: e.to_string(),
            }))
        }
        Some(ErrorCode::SystemIoFailure | ErrorCode::CannotOpen) => {
            Trouble::Stop(probe(dir).unwrap_or(StoreError::Sqlite(e)))
        }
        _ => Trouble::Stop(StoreError::Sqlite(e)),
    }
}

/// Like [`classify_in`], for an error from a connection to the file at `path`.
pub(super) fn classify(path: &Path, e: rusqlite::Error) -> Trouble {
    classify_in(path.parent().unwrap_or(Path::new(".")), e)
}

/// Sorts a file-system error met on `path`.
pub(super) fn from_io(path: &Path, e: &std::io::Error) -> Trouble {
    Trouble::Stop(io_error(path, e))
}

/// The store error for a file-system error on `path`.
pub(super) fn io_error(path: &Path, e: &std::io::Error) -> StoreError {
    use std::io::ErrorKind;
    let path = path.to_path_buf();
    match e.kind() {
        ErrorKind::StorageFull | ErrorKind::FileTooLarge | ErrorKind::QuotaExceeded => {
            StoreError::DiskFull { path }
        }
        ErrorKind::PermissionDenied | ErrorKind::ReadOnlyFilesystem => StoreError::NoAccess {
            path,
            detail: e.to_string(),
        },
        _ => StoreError::Folder {
            path,
            detail: e.to_string(),
        },
    }
}

/// Writes and removes a scratch file in `dir`; the error it met, if any, names the cause.
pub(super) fn probe(dir: &Path) -> Option<StoreError> {
    let name = format!(
        ".probe-{}-{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos())
    );
    let path: PathBuf = dir.join(name);
    let written = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path)
        .and_then(|mut file| {
            let result = file
                .write_all(&vec![0u8; PROBE_BYTES])
                .and_then(|()| file.flush());
            drop(file);
            let _ = std::fs::remove_file(&path);
            result
        });
    match written {
        Ok(()) => None,
        Err(e) => Some(io_error(dir, &e)),
    }
}
