//! Keeping a damaged store aside, whole. Nothing here deletes or rewrites a learner's file.
//!
//! The database and its `-wal` and `-shm` files go into one new folder beside them,
//! `progress.db.damaged-<seconds>` (a number is added if that exists). First they are copied
//! into its `copy/` subfolder, synced to disk and compared byte for byte; only then are the
//! originals renamed into the folder itself under their own names, database first. So at every
//! moment one complete, byte-identical set exists: before the renames in `copy/`, after them
//! in both places. Someone who wants to look at the old progress opens
//! `progress.db.damaged-<seconds>/progress.db` with any SQLite tool.
//!
//! A crash between the renames leaves at most a `-wal` without its database in the data
//! folder; the next start sees that as damage too and moves it after the rest.

use std::io::Read;
use std::path::{Path, PathBuf};

use super::StoreError;
use super::fault;
use super::inspect::sidecars;

/// Copies, checks and then renames the store at `path` aside; returns the new path of the
/// database file (inside the new folder).
pub(super) fn move_aside(path: &Path) -> Result<PathBuf, StoreError> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = path.file_name().unwrap_or_default();
    let [wal, shm] = sidecars(path);
    let present: Vec<&Path> = [path, wal.as_path(), shm.as_path()]
        .into_iter()
        .filter(|p| p.exists())
        .collect();
    let folder = claim_folder(dir, name)?;
    let copy = folder.join("copy");
    std::fs::create_dir(&copy).map_err(|e| fault::io_error(&copy, &e))?;
    for from in &present {
        let to = copy.join(from.file_name().unwrap_or_default());
        copy_exact(from, &to)?;
    }
    sync_dir(&copy);
    sync_dir(&folder);
    for from in &present {
        let to = folder.join(from.file_name().unwrap_or_default());
        std::fs::rename(from, &to).map_err(|e| StoreError::CannotMoveAside {
            path: from.to_path_buf(),
            detail: e.to_string(),
        })?;
    }
    sync_dir(&folder);
    sync_dir(dir);
    Ok(folder.join(name))
}

/// Creates `<name>.damaged-<seconds>[-n]` in `dir`; creating it is what makes it ours.
fn claim_folder(dir: &Path, name: &std::ffi::OsStr) -> Result<PathBuf, StoreError> {
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let mut n = 0u32;
    loop {
        let mut folder = name.to_os_string();
        folder.push(format!(".damaged-{stamp}"));
        if n > 0 {
            folder.push(format!("-{n}"));
        }
        let folder = dir.join(folder);
        match std::fs::create_dir(&folder) {
            Ok(()) => return Ok(folder),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && n < 1000 => n += 1,
            Err(e) => return Err(fault::io_error(&folder, &e)),
        }
    }
}

/// Copies `from` to the new file `to`, syncs it and checks the copy byte for byte.
fn copy_exact(from: &Path, to: &Path) -> Result<(), StoreError> {
    let mut source = std::fs::File::open(from).map_err(|e| fault::io_error(from, &e))?;
    let mut target = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(to)
        .map_err(|e| fault::io_error(to, &e))?;
    std::io::copy(&mut source, &mut target).map_err(|e| fault::io_error(to, &e))?;
    target.sync_all().map_err(|e| fault::io_error(to, &e))?;
    drop(target);
    if !same_bytes(from, to).map_err(|e| fault::io_error(to, &e))? {
        return Err(StoreError::CannotMoveAside {
            path: from.to_path_buf(),
            detail: format!("the copy at {} differs", to.display()),
        });
    }
    Ok(())
}

fn same_bytes(a: &Path, b: &Path) -> std::io::Result<bool> {
    let mut a = std::io::BufReader::new(std::fs::File::open(a)?);
    let mut b = std::io::BufReader::new(std::fs::File::open(b)?);
    let (mut x, mut y) = (vec![0u8; 64 * 1024], vec![0u8; 64 * 1024]);
    loop {
        let n = read_full(&mut a, &mut x)?;
        let m = read_full(&mut b, &mut y)?;
        if n != m || x[..n] != y[..m] {
            return Ok(false);
        }
        if n == 0 {
            return Ok(true);
        }
    }
}

/// Reads until `buf` is full or the file ends; returns how much was read.
fn read_full(r: &mut impl Read, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut filled = 0;
    while filled < buf.len() {
        match r.read(&mut buf[filled..])? {
            0 => break,
            n => filled += n,
        }
    }
    Ok(filled)
}

/// Makes a folder's new entries durable where the system allows it (not on Windows).
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_set_is_copied_then_renamed_and_nothing_is_lost() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let db = dir.path().join("progress.db");
        let [wal, shm] = sidecars(&db);
        let files = [
            (db.clone(), b"not sqlite".to_vec()),
            (wal, vec![7u8; 70_000]),
            (shm, vec![1u8; 32_768]),
        ];
        for (path, bytes) in &files {
            std::fs::write(path, bytes).unwrap_or_else(|e| panic!("{e}"));
        }
        let moved = move_aside(&db).unwrap_or_else(|e| panic!("{e}"));
        let folder = moved.parent().unwrap_or_else(|| panic!("a folder"));
        for (path, bytes) in &files {
            assert!(!path.exists(), "{} left in place", path.display());
            let name = path.file_name().unwrap_or_default();
            for kept in [folder.join(name), folder.join("copy").join(name)] {
                let got = std::fs::read(&kept).unwrap_or_else(|e| panic!("{e}"));
                assert!(got == *bytes, "{} differs", kept.display());
            }
        }
        // A second damaged store in the same second gets its own folder.
        std::fs::write(&db, b"again").unwrap_or_else(|e| panic!("{e}"));
        let second = move_aside(&db).unwrap_or_else(|e| panic!("{e}"));
        assert_ne!(second.parent(), moved.parent());
    }
}
