//! Lesson packs installed into the data directory (`<data>/packs/<id>/`): adding one from a
//! folder or a `.zip`, listing them, removing one. Packs come from USB sticks and chat apps, so
//! an archive is distrusted entry by entry: absolute paths, `..`, drive letters, links and
//! device entries are refused, and the number of entries, the total size and the compression
//! ratio are capped, before a byte is written. Everything is unpacked into a staging folder
//! beside the packs, checked like `chophien check` does, and moved into place only when it
//! checks without errors; otherwise the staging folder is removed and nothing changed.
//!
//! This module does no printing: it returns what happened, and `commands/pack.rs` says it.

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::diagnostic::Diagnostic;
use crate::source::{Files, MAX_DEPTH, MAX_FILES, MAX_MEDIA_FILE, MAX_PACK_BYTES};

/// The folder under the data directory that holds installed packs.
pub(crate) const PACKS_FOLDER: &str = "packs";
/// Most a zip entry may expand by: real lesson text compresses about 3-5 times, pictures not
/// at all; a zip bomb by thousands.
pub(crate) const MAX_RATIO: u64 = 100;

/// Why a pack was not installed.
#[derive(Debug)]
pub(crate) enum PackError {
    /// The source is neither a folder nor a readable .zip file.
    Unreadable {
        detail: String,
    },
    /// An archive entry we refuse, and why ("absolute", "parent", "drive", "link", "device",
    /// "too-large", "ratio").
    UnsafeEntry {
        name: String,
        reason: &'static str,
    },
    TooManyEntries {
        limit: usize,
    },
    TooLarge {
        limit: u64,
    },
    /// No course.toml at the top of the pack or in its single top folder.
    NoCourse,
    /// The pack's name cannot be an id.
    BadId {
        id: String,
    },
    /// The pack has errors; nothing was installed.
    Check {
        diagnostics: Vec<Diagnostic>,
    },
    /// Writing into the data directory failed.
    Write {
        detail: String,
    },
    NotInstalled {
        id: String,
    },
}

/// One installed pack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Installed {
    pub id: String,
    pub path: PathBuf,
}

pub(crate) fn packs_dir(data_dir: &Path) -> PathBuf {
    data_dir.join(PACKS_FOLDER)
}

/// Installed packs, by id, in name order. Staging folders (names starting with `.`) are not
/// packs.
pub(crate) fn list(data_dir: &Path) -> Vec<Installed> {
    let Ok(entries) = std::fs::read_dir(packs_dir(data_dir)) else {
        return Vec::new();
    };
    let mut packs: Vec<Installed> = entries
        .flatten()
        .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
        .filter_map(|e| {
            let id = e.file_name().to_str()?.to_string();
            (!id.starts_with('.')).then(|| Installed { id, path: e.path() })
        })
        .collect();
    packs.sort_by(|a, b| a.id.cmp(&b.id));
    packs
}

pub(crate) fn remove(data_dir: &Path, id: &str) -> Result<(), PackError> {
    if !crate::tomlfile::is_kebab_id(id) {
        return Err(PackError::NotInstalled { id: id.to_string() });
    }
    let path = packs_dir(data_dir).join(id);
    if !path.is_dir() {
        return Err(PackError::NotInstalled { id: id.to_string() });
    }
    std::fs::remove_dir_all(&path).map_err(|e| PackError::Write {
        detail: e.to_string(),
    })
}

/// The id a pack gets from its file or folder name: `Honey Pack.zip` → `honey-pack`.
pub(crate) fn id_from_name(source: &Path) -> String {
    let stem = source
        .file_stem()
        .map(|s| s.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let mut id = String::new();
    for c in stem.chars() {
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            id.push(c);
        } else if !id.is_empty() && !id.ends_with('-') {
            id.push('-');
        }
    }
    id.trim_end_matches('-').chars().take(64).collect()
}

/// Checks `source` (a pack folder or a `.zip`) and installs it as `<data>/packs/<id>`,
/// replacing an older pack of the same id. Returns the installed pack and its warnings.
pub(crate) fn add(
    source: &Path,
    data_dir: &Path,
) -> Result<(Installed, Vec<Diagnostic>), PackError> {
    let id = id_from_name(source);
    if !crate::tomlfile::is_kebab_id(&id) {
        return Err(PackError::BadId {
            id: crate::text::clean_line(&source.display().to_string()),
        });
    }
    let packs = packs_dir(data_dir);
    std::fs::create_dir_all(&packs).map_err(|e| PackError::Write {
        detail: e.to_string(),
    })?;
    let staging = packs.join(format!(".staging-{id}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&staging);
    let result = stage_and_check(source, &staging);
    let root = match result {
        Ok(root) => root,
        Err(e) => {
            let _ = std::fs::remove_dir_all(&staging);
            return Err(e);
        }
    };
    let (root, warnings) = root;
    let target = packs.join(&id);
    let _ = std::fs::remove_dir_all(&target);
    let moved = std::fs::rename(&root, &target);
    let _ = std::fs::remove_dir_all(&staging);
    moved.map_err(|e| PackError::Write {
        detail: e.to_string(),
    })?;
    // The tutor's start reads this listing instead of walking the pack; without it, it walks.
    let _ = Files::write_listing(&target);
    Ok((Installed { id, path: target }, warnings))
}

fn stage_and_check(source: &Path, staging: &Path) -> Result<(PathBuf, Vec<Diagnostic>), PackError> {
    let meta = std::fs::symlink_metadata(source).map_err(|e| PackError::Unreadable {
        detail: e.to_string(),
    })?;
    if meta.is_dir() {
        copy_folder(source, staging)?;
    } else if meta.is_file() {
        extract_zip(source, staging)?;
    } else {
        return Err(PackError::Unreadable {
            detail: String::new(),
        });
    }
    let root = pack_root(staging).ok_or(PackError::NoCourse)?;
    let mut files = Files::read_folder(&root);
    // Problems are named in the pack as the trainer has it, not in our staging folder.
    files.origin = source.display().to_string();
    files.add_missing_from(&Files::embedded_locales(), "locales/");
    let loaded = crate::course::load(&files);
    if loaded.error_count() > 0 {
        return Err(PackError::Check {
            diagnostics: loaded.diagnostics,
        });
    }
    Ok((root, loaded.diagnostics))
}

/// The folder holding course.toml: the top, or the one folder at the top (zips made by
/// "compress this folder" have one).
fn pack_root(staging: &Path) -> Option<PathBuf> {
    if staging.join("course.toml").is_file() {
        return Some(staging.to_path_buf());
    }
    let mut dirs = std::fs::read_dir(staging)
        .ok()?
        .flatten()
        .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()));
    let only = dirs.next()?;
    if dirs.next().is_some() {
        return None;
    }
    only.path()
        .join("course.toml")
        .is_file()
        .then(|| only.path())
}

/// Copies a pack folder with the same caps as reading one; links are not followed.
fn copy_folder(from: &Path, to: &Path) -> Result<(), PackError> {
    let mut count = 0usize;
    let mut total = 0u64;
    copy_level(from, to, 0, &mut count, &mut total)
}

fn copy_level(
    from: &Path,
    to: &Path,
    depth: usize,
    count: &mut usize,
    total: &mut u64,
) -> Result<(), PackError> {
    let write = |e: std::io::Error| PackError::Write {
        detail: e.to_string(),
    };
    if depth > MAX_DEPTH {
        return Ok(());
    }
    std::fs::create_dir_all(to).map_err(write)?;
    let entries = std::fs::read_dir(from).map_err(|e| PackError::Unreadable {
        detail: e.to_string(),
    })?;
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Ok(meta) = std::fs::symlink_metadata(entry.path()) else {
            continue;
        };
        if meta.is_dir() {
            copy_level(&entry.path(), &to.join(&name), depth + 1, count, total)?;
        } else if meta.is_file() {
            *count += 1;
            *total += meta.len();
            if *count > MAX_FILES {
                return Err(PackError::TooManyEntries { limit: MAX_FILES });
            }
            if *total > MAX_PACK_BYTES {
                return Err(PackError::TooLarge {
                    limit: MAX_PACK_BYTES,
                });
            }
            std::fs::copy(entry.path(), to.join(&name)).map_err(write)?;
        }
    }
    Ok(())
}

/// Why an archive entry's name is refused, if it is.
fn unsafe_name(name: &str) -> Option<&'static str> {
    if name.starts_with('/') || name.starts_with('\\') {
        return Some("absolute");
    }
    let bytes = name.as_bytes();
    if bytes.len() >= 2 && bytes[1] == b':' {
        return Some("drive");
    }
    if name
        .split(['/', '\\'])
        .any(|part| part == ".." || part.contains(':'))
    {
        return Some("parent");
    }
    None
}

/// Unpacks `archive` into `to`, refusing the whole archive at the first unsafe entry.
fn extract_zip(archive: &Path, to: &Path) -> Result<(), PackError> {
    let unreadable = |e: &dyn std::fmt::Display| PackError::Unreadable {
        detail: e.to_string(),
    };
    let file = std::fs::File::open(archive).map_err(|e| unreadable(&e))?;
    let mut zip = zip::ZipArchive::new(file).map_err(|e| unreadable(&e))?;
    if zip.len() > MAX_FILES {
        return Err(PackError::TooManyEntries { limit: MAX_FILES });
    }
    // First every entry's header, so that nothing is written for an archive we refuse.
    let mut total = 0u64;
    for i in 0..zip.len() {
        let entry = zip.by_index_raw(i).map_err(|e| unreadable(&e))?;
        let raw_name = entry.name().map_err(|e| unreadable(&e))?.into_owned();
        let name = crate::text::clean_line(&raw_name);
        if let Some(reason) = unsafe_name(&raw_name) {
            return Err(PackError::UnsafeEntry { name, reason });
        }
        if entry.enclosed_name().is_none() {
            return Err(PackError::UnsafeEntry {
                name,
                reason: "parent",
            });
        }
        if entry.is_symlink() {
            return Err(PackError::UnsafeEntry {
                name,
                reason: "link",
            });
        }
        // Unix file type bits: only regular files and folders.
        if let Some(mode) = entry.unix_mode() {
            let kind = mode & 0o170_000;
            if kind != 0 && kind != 0o100_000 && kind != 0o040_000 {
                return Err(PackError::UnsafeEntry {
                    name,
                    reason: "device",
                });
            }
        }
        if entry.size() > MAX_MEDIA_FILE {
            return Err(PackError::UnsafeEntry {
                name,
                reason: "too-large",
            });
        }
        if entry.size() > 1024 && entry.size() / entry.compressed_size().max(1) > MAX_RATIO {
            return Err(PackError::UnsafeEntry {
                name,
                reason: "ratio",
            });
        }
        total += entry.size();
        if total > MAX_PACK_BYTES {
            return Err(PackError::TooLarge {
                limit: MAX_PACK_BYTES,
            });
        }
    }
    let write = |e: std::io::Error| PackError::Write {
        detail: e.to_string(),
    };
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i).map_err(|e| unreadable(&e))?;
        let Some(relative) = entry.enclosed_name() else {
            continue;
        };
        if relative.components().count() > MAX_DEPTH + 1 {
            continue;
        }
        let target = to.join(relative);
        if entry.is_dir() {
            std::fs::create_dir_all(&target).map_err(write)?;
            continue;
        }
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).map_err(write)?;
        }
        // Headers can lie about sizes: never read more than they claimed.
        let limit = entry.size();
        let mut bytes = Vec::new();
        (&mut entry)
            .take(limit.saturating_add(1))
            .read_to_end(&mut bytes)
            .map_err(|e| unreadable(&e))?;
        if bytes.len() as u64 > limit {
            return Err(PackError::UnsafeEntry {
                name: crate::text::clean_line(&entry.name().unwrap_or_default()),
                reason: "too-large",
            });
        }
        std::fs::write(&target, bytes).map_err(write)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unsafe_names_are_recognised() {
        assert_eq!(unsafe_name("/etc/passwd"), Some("absolute"));
        assert_eq!(unsafe_name("C:\\Windows\\x"), Some("drive"));
        assert_eq!(unsafe_name("a/../../b"), Some("parent"));
        assert_eq!(unsafe_name("honey/media/jar.png"), None);
    }

    #[test]
    fn pack_ids_come_from_the_name() {
        assert_eq!(id_from_name(Path::new("/x/Honey Pack.zip")), "honey-pack");
        assert_eq!(id_from_name(Path::new("tea_2")), "tea-2");
        assert_eq!(id_from_name(Path::new("ảnh.zip")), "nh");
    }
}
