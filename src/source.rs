//! The files of a course, read into memory once: the course embedded in the binary, or a pack
//! folder written by a trainer. Everything after this module works on [`Files`] and never
//! touches the disk, so the loader runs the same with or without the TUI.
//!
//! Packs come from USB sticks and chat apps, so reading is capped: file size, file count,
//! folder depth and the pack's total size. What is over a cap is reported, not read.

use std::collections::BTreeMap;
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};
use std::sync::Arc;

// `EMBEDDED_TEXT` and `EMBEDDED_MEDIA`, written by build.rs.
include!(concat!(env!("OUT_DIR"), "/embedded.rs"));

/// Largest text file read (lesson.toml, .ftl, languages.toml).
pub const MAX_TEXT_FILE: u64 = 512 * 1024;
/// Largest media file accepted.
pub const MAX_MEDIA_FILE: u64 = 8 * 1024 * 1024;
/// Largest pack, all files together. A course of 1,000 lessons with a few photos each is
/// about 1 GiB; media is only measured when the pack is opened, read when a lesson shows it.
pub const MAX_PACK_BYTES: u64 = 2 * 1024 * 1024 * 1024;
/// Most files in one pack: 1,000 lessons, each with lesson.toml, 5 languages and 10 pictures,
/// fit with room to spare.
pub const MAX_FILES: usize = 20_000;
/// Deepest folder nesting in a pack.
pub const MAX_DEPTH: usize = 6;

/// A problem met while reading files, before any parsing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadProblem {
    /// A file over its cap, with its size in bytes: not read.
    TooLarge {
        path: String,
        size: u64,
        limit: u64,
    },
    PackTooLarge {
        limit: u64,
    },
    TooManyFiles {
        limit: usize,
    },
    TooDeep {
        path: String,
    },
    Unreadable {
        path: String,
        reason: String,
    },
    NotUtf8 {
        path: String,
    },
    Missing {
        path: String,
    },
}

/// One course's files by relative path ("course.toml", "honey/vi.ftl", "locales/vi/ui.ftl").
#[derive(Debug, Clone, Default)]
pub struct Files {
    /// Where the files came from, shown before relative paths in diagnostics.
    pub origin: String,
    entries: BTreeMap<String, Entry>,
    pub problems: Vec<ReadProblem>,
    /// The pack folder, for media read when a lesson needs it.
    root: Option<PathBuf>,
    /// The pack folder's own name ("tea-pack" for `./tea-pack/` or `.` inside it).
    name: Option<String>,
}

/// Text shared between the files and the course loaded from them, without copying: the
/// embedded course's text stays in the binary, a pack's is read once into memory.
#[derive(Clone)]
pub enum Text {
    Static(&'static str),
    Shared(Arc<str>),
    /// A file of a pack folder opened for the tutor, read the first time its text is used.
    Lazy(Arc<LazyFile>),
}

/// Shown as its text, however it is held.
impl std::fmt::Debug for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(&**self, f)
    }
}

impl std::ops::Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        match self {
            Text::Static(s) => s,
            Text::Shared(s) => s,
            Text::Lazy(f) => f.text(),
        }
    }
}

/// A text file found by [`Files::open_folder`], read when first needed. Its size and time of
/// change, taken when the folder was opened, stand for its content in the lesson index's key.
pub struct LazyFile {
    path: PathBuf,
    size: u64,
    modified: u128,
    text: std::sync::OnceLock<Box<str>>,
}

impl LazyFile {
    /// The file's text; empty when it can no longer be read, is no longer a plain file within
    /// the size cap, or is not UTF-8 (`check`, which reads every file, names the problem).
    fn text(&self) -> &str {
        self.text.get_or_init(|| {
            let fits = std::fs::symlink_metadata(&self.path)
                .is_ok_and(|m| m.is_file() && m.len() <= MAX_TEXT_FILE);
            fits.then(|| std::fs::read(&self.path).ok())
                .flatten()
                .and_then(|bytes| String::from_utf8(bytes).ok())
                .unwrap_or_default()
                .into_boxed_str()
        })
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Text {
        Text::Shared(s.into())
    }
}

impl From<String> for Text {
    fn from(s: String) -> Text {
        Text::Shared(s.into())
    }
}

#[derive(Debug, Clone)]
enum Entry {
    /// Shared with the course loaded from it, which keeps the text to parse it when needed.
    Text(Text),
    /// Media is read only when a lesson shows it.
    Media(Option<&'static [u8]>),
    /// Media of a pack added to another course: read from its own folder.
    MediaAt(PathBuf),
}

impl Files {
    /// The course embedded in the binary: `lessons/` at the root, `locales/` below it.
    pub fn embedded() -> Files {
        let mut files = Files {
            origin: "lessons".into(),
            ..Files::default()
        };
        add_embedded(&mut files, |_| true);
        files
    }

    /// The interface languages embedded in the binary, without any course.
    pub fn embedded_locales() -> Files {
        let mut files = Files {
            origin: "locales".into(),
            ..Files::default()
        };
        add_embedded(&mut files, |path| path.starts_with("locales/"));
        files
    }

    /// A pack folder with the same shape as `lessons/` (plus optional `locales/`).
    pub fn read_folder(root: &Path) -> Files {
        Files::from_folder(root, true)
    }

    /// A pack folder for the tutor: its files are listed now and each text is read the first
    /// time it is used. A start that takes the lessons from the lesson index reads only the
    /// text it shows (the course list reads each lesson's title), not the thousands of files of
    /// a big pack. A problem with a file shows when it is read; `check` reads everything now.
    /// Pictures and recordings are measured against the caps when they are shown.
    pub fn open_folder(root: &Path) -> Files {
        Files::from_folder(root, false)
    }

    /// A pack installed by `chophien pack add`: its files are taken from the listing written at
    /// install time ([`LISTING_FILE`]), so the tutor does not walk thousands of files at each
    /// start. Installed packs are changed only by `pack add` and `pack remove`; without a
    /// listing, or with one that cannot be trusted, the folder is walked as any other.
    pub fn open_installed(root: &Path) -> Files {
        match read_listing(root) {
            Some(files) => files,
            None => Files::open_folder(root),
        }
    }

    /// Writes the listing of the pack folder `root` that [`Files::open_installed`] reads. Not
    /// written for a folder with a read problem (it is walked at each start and shows it).
    pub fn write_listing(root: &Path) -> std::io::Result<()> {
        let files = Files::open_folder(root);
        if !files.problems.is_empty() {
            return Ok(());
        }
        let listed: Vec<Listed> = files
            .entries
            .iter()
            .filter_map(|(path, entry)| match entry {
                Entry::Text(Text::Lazy(f)) => Some(Listed {
                    path: path.clone(),
                    text: true,
                    size: f.size,
                    modified: f.modified,
                }),
                Entry::Media(None) => Some(Listed {
                    path: path.clone(),
                    text: false,
                    size: 0,
                    modified: 0,
                }),
                _ => None,
            })
            .collect();
        let listing = Listing {
            format: LISTING_FORMAT,
            files: listed,
        };
        let bytes = serde_json::to_vec(&listing).map_err(std::io::Error::other)?;
        crate::replace::replace(&root.join(LISTING_FILE), &bytes)
    }

    /// No files yet, from the pack folder `root`: where they come from and the folder's name.
    fn of_folder(root: &Path) -> Files {
        let absolute = std::fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
        Files {
            origin: root.display().to_string(),
            root: Some(root.to_path_buf()),
            name: absolute
                .file_name()
                .map(|n| crate::text::clean_line(&n.to_string_lossy())),
            ..Files::default()
        }
    }

    fn from_folder(root: &Path, read_now: bool) -> Files {
        let mut files = Files::of_folder(root);
        if !root.is_dir() {
            files.problems.push(ReadProblem::Missing {
                path: root.display().to_string(),
            });
            return files;
        }
        // Stopping at a cap ends the whole walk: the cap is one problem, not one per file.
        let mut w = Walk {
            root,
            measure_media: read_now,
            total: 0,
            texts: Vec::new(),
        };
        let _ = walk(&mut w, &mut files);
        let texts = w.texts;
        if read_now {
            read_texts(
                &mut files,
                texts
                    .into_iter()
                    .map(|(rel, path, _)| (rel, path))
                    .collect(),
            );
        } else {
            for (rel, path, meta) in texts {
                let modified = meta
                    .modified()
                    .ok()
                    .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                    .map_or(0, |d| d.as_nanos());
                let file = LazyFile {
                    path,
                    size: meta.len(),
                    modified,
                    text: std::sync::OnceLock::new(),
                };
                files
                    .entries
                    .insert(rel, Entry::Text(Text::Lazy(Arc::new(file))));
            }
        }
        files
    }

    /// Builds files from text held in memory (tests and tools).
    pub fn from_texts<'a>(
        origin: &str,
        texts: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Files {
        let mut files = Files {
            origin: origin.into(),
            ..Files::default()
        };
        for (path, text) in texts {
            files
                .entries
                .insert(path.to_string(), Entry::Text(text.into()));
        }
        files
    }

    /// The name of the pack folder these files were read from, as a person should see it;
    /// where they came from otherwise.
    pub fn pack_name(&self) -> String {
        self.name
            .clone()
            .unwrap_or_else(|| crate::text::clean_line(&self.origin))
    }

    pub fn text(&self, path: &str) -> Option<&str> {
        match self.entries.get(path) {
            Some(Entry::Text(text)) => Some(text),
            _ => None,
        }
    }

    /// The text of `path`, shared rather than copied.
    pub fn shared_text(&self, path: &str) -> Option<Text> {
        match self.entries.get(path) {
            Some(Entry::Text(text)) => Some(text.clone()),
            _ => None,
        }
    }

    /// Feeds what identifies the content of `path` to `h`: the text of a file read from a
    /// folder; for a file embedded in the binary only its length, since the binary (which the
    /// lesson index's key also holds) fixes its content, and reading it would cost the
    /// memory the index saves.
    pub(crate) fn hash_content(&self, path: &str, h: &mut impl std::hash::Hasher) {
        use std::hash::Hash;
        match self.entries.get(path) {
            Some(Entry::Text(Text::Static(text))) => ("embedded", text.len()).hash(h),
            Some(Entry::Text(Text::Lazy(file))) => ("opened", file.size, file.modified).hash(h),
            _ => self.text(path).hash(h),
        }
    }

    /// The bytes of a media file: from the binary, or read from the pack folder (never
    /// following a link, never more than the media size limit).
    pub fn media(&self, path: &str) -> Option<std::borrow::Cow<'static, [u8]>> {
        match self.entries.get(path)? {
            Entry::Media(Some(bytes)) => Some(std::borrow::Cow::Borrowed(bytes)),
            Entry::Media(None) => {
                let full = self.root.as_ref()?.join(path);
                let meta = std::fs::symlink_metadata(&full).ok()?;
                if !meta.is_file() || meta.len() > MAX_MEDIA_FILE {
                    return None;
                }
                std::fs::read(full).ok().map(std::borrow::Cow::Owned)
            }
            Entry::MediaAt(full) => {
                let meta = std::fs::symlink_metadata(full).ok()?;
                if !meta.is_file() || meta.len() > MAX_MEDIA_FILE {
                    return None;
                }
                std::fs::read(full).ok().map(std::borrow::Cow::Owned)
            }
            Entry::Text(_) => None,
        }
    }

    /// Adds every file of a pack that this one does not have, its media still read from the
    /// pack's own folder (packs added after the built-in course).
    pub fn add_pack(&mut self, pack: &Files) {
        for (path, entry) in &pack.entries {
            if self.entries.contains_key(path) {
                continue;
            }
            let entry = match (entry, &pack.root) {
                (Entry::Media(None), Some(root)) => Entry::MediaAt(root.join(path)),
                _ => entry.clone(),
            };
            self.entries.insert(path.clone(), entry);
        }
    }

    /// Adds a media file held in memory (tests).
    #[cfg(test)]
    pub(crate) fn add_media(&mut self, path: &str, bytes: &'static [u8]) {
        self.entries
            .insert(path.to_string(), Entry::Media(Some(bytes)));
    }

    /// False for a text file of a folder opened for the tutor that nothing has read yet.
    pub fn is_read(&self, path: &str) -> bool {
        match self.entries.get(path) {
            Some(Entry::Text(Text::Lazy(file))) => file.text.get().is_some(),
            _ => true,
        }
    }

    pub fn exists(&self, path: &str) -> bool {
        self.entries.contains_key(path)
    }

    /// Relative paths of every file, in order.
    pub fn paths(&self) -> impl Iterator<Item = &str> {
        self.entries.keys().map(String::as_str)
    }

    /// Files directly inside `folder` ("" for the root) whose name ends with `suffix`.
    pub fn in_folder<'a>(
        &'a self,
        folder: &'a str,
        suffix: &'a str,
    ) -> impl Iterator<Item = &'a str> + 'a {
        let prefix = if folder.is_empty() {
            String::new()
        } else {
            format!("{folder}/")
        };
        // Paths are sorted: the folder's files are one range, found without looking at the
        // thousands of other files of a big pack.
        let start = std::ops::Bound::Included(prefix.clone());
        self.entries
            .range::<String, _>((start, std::ops::Bound::Unbounded))
            .map(|(p, _)| p.as_str())
            .take_while(move |p| p.starts_with(prefix.as_str()))
            .filter(move |p| {
                let rest = &p[folder.len() + usize::from(!folder.is_empty())..];
                !rest.contains('/') && rest.ends_with(suffix)
            })
    }

    /// Adds the files of `other` that this one does not have (packs over the embedded course).
    pub fn add_missing_from(&mut self, other: &Files, prefix: &str) {
        for (path, entry) in &other.entries {
            if path.starts_with(prefix) && !self.entries.contains_key(path) {
                self.entries.insert(path.clone(), entry.clone());
            }
        }
    }

    /// The path as a person should see it in a message. File names come from USB sticks too:
    /// control characters in them are made visible like any other untrusted text.
    pub fn display_path(&self, relative: &str) -> String {
        let shown = if self.origin.is_empty() {
            relative.to_string()
        } else {
            let origin = self.origin.trim_end_matches(['/', '\\']);
            format!("{origin}/{relative}")
        };
        crate::text::clean_line(&shown)
    }
}

fn is_text_file(path: &str) -> bool {
    path.ends_with(".toml") || path.ends_with(".ftl") || path.ends_with(".md")
}

/// The listing of an installed pack's files, written by `pack add` (a dot file: never part of
/// the pack itself).
pub const LISTING_FILE: &str = ".files.json";
const LISTING_FORMAT: u32 = 1;
/// A listing of 20,000 files is about 2 MB.
const MAX_LISTING: u64 = 8 * 1024 * 1024;

#[derive(serde::Serialize, serde::Deserialize)]
struct Listing {
    format: u32,
    files: Vec<Listed>,
}

#[derive(serde::Serialize, serde::Deserialize)]
struct Listed {
    path: String,
    text: bool,
    size: u64,
    modified: u128,
}

/// The files of an installed pack from its listing; None when there is none or it cannot be
/// trusted (damaged, another format, too many files, or a path that would leave the folder).
fn read_listing(root: &Path) -> Option<Files> {
    let path = root.join(LISTING_FILE);
    let meta = std::fs::symlink_metadata(&path).ok()?;
    if !meta.is_file() || meta.len() > MAX_LISTING {
        return None;
    }
    let listing: Listing = serde_json::from_slice(&std::fs::read(&path).ok()?).ok()?;
    if listing.format != LISTING_FORMAT || listing.files.len() > MAX_FILES {
        return None;
    }
    let mut files = Files::of_folder(root);
    for listed in listing.files {
        let safe = !listed.path.is_empty()
            && !listed.path.starts_with('/')
            && !listed.path.contains('\\')
            && listed
                .path
                .split('/')
                .all(|part| !part.is_empty() && part != ".." && !part.starts_with('.'));
        if !safe || (listed.text && listed.size > MAX_TEXT_FILE) {
            return None;
        }
        let entry = if listed.text {
            Entry::Text(Text::Lazy(Arc::new(LazyFile {
                path: root.join(&listed.path),
                size: listed.size,
                modified: listed.modified,
                text: std::sync::OnceLock::new(),
            })))
        } else {
            Entry::Media(None)
        };
        files.entries.insert(listed.path, entry);
    }
    Some(files)
}

/// The embedded files whose path `keep` accepts. Nothing is copied: the text stays in the
/// binary, and its pages are read only when a lesson's text is used.
fn add_embedded(files: &mut Files, keep: impl Fn(&str) -> bool) {
    for (path, text) in EMBEDDED_TEXT.iter().filter(|(p, _)| keep(p)) {
        files
            .entries
            .insert((*path).to_string(), Entry::Text(Text::Static(text)));
    }
    for (path, bytes) in EMBEDDED_MEDIA.iter().filter(|(p, _)| keep(p)) {
        files
            .entries
            .insert((*path).to_string(), Entry::Media(Some(bytes)));
    }
}

/// A walk through a pack folder, and what it found so far besides `Files`.
struct Walk<'a> {
    root: &'a Path,
    /// Media files are measured against the caps now (`check`, `pack add`), or only when a
    /// lesson shows them (the tutor: one `stat` less per picture at each start).
    measure_media: bool,
    /// Bytes of the files measured so far.
    total: u64,
    /// Text files found: path in the pack, path on disk, and what `stat` said of them.
    texts: Vec<(String, PathBuf, std::fs::Metadata)>,
}

/// What reading a folder met, in the order of the walk: caps are applied afterwards, in that
/// order ([`take`]), so that folders can be read on several threads.
enum Met {
    Problem(ReadProblem),
    File {
        rel: String,
        path: PathBuf,
        text: bool,
        /// What `stat` said; None for media not measured now, Err when `stat` failed.
        meta: Option<std::io::Result<std::fs::Metadata>>,
    },
    /// Reading stopped: the pack has more files than [`MAX_FILES`].
    TooMany,
}

/// Reads `dir` (inside the pack at `folder`, "" at its root) and everything below it, without
/// applying the caps. Folders are told from files by what the folder listing says (no `stat`),
/// and a link is never followed. The top folders of a pack are read on two threads (a pack of
/// a thousand lessons is a thousand folders: each listing and `stat` is a system call).
/// `seen` counts files over all threads: past [`MAX_FILES`] there is no point going on.
fn scan(
    dir: &Path,
    folder: &str,
    depth: usize,
    measure_media: bool,
    seen: &std::sync::atomic::AtomicUsize,
) -> Vec<Met> {
    use std::sync::atomic::Ordering::Relaxed;
    if depth > MAX_DEPTH {
        return vec![Met::Problem(ReadProblem::TooDeep {
            path: folder.to_string(),
        })];
    }
    let mut children: Vec<(std::ffi::OsString, Option<std::fs::FileType>)> =
        match std::fs::read_dir(dir) {
            Ok(rd) => rd
                .filter_map(|e| e.ok().map(|e| (e.file_name(), e.file_type().ok())))
                .filter(|(name, _)| !name.as_encoded_bytes().starts_with(b"."))
                .collect(),
            Err(e) => {
                return vec![Met::Problem(ReadProblem::Unreadable {
                    path: folder.to_string(),
                    reason: e.to_string(),
                })];
            }
        };
    children.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    let one = |(name, kind): &(std::ffi::OsString, Option<std::fs::FileType>)| -> Vec<Met> {
        let shown = name.to_string_lossy();
        let rel = if folder.is_empty() {
            shown.into_owned()
        } else {
            format!("{folder}/{shown}")
        };
        let path = dir.join(name);
        match kind {
            None => vec![Met::Problem(ReadProblem::Unreadable {
                path: rel,
                reason: String::new(),
            })],
            Some(kind) if kind.is_dir() => scan(&path, &rel, depth + 1, measure_media, seen),
            Some(kind) if kind.is_file() => {
                if seen.fetch_add(1, Relaxed) >= MAX_FILES {
                    return vec![Met::TooMany];
                }
                let text = is_text_file(&rel);
                let meta = (text || measure_media).then(|| std::fs::symlink_metadata(&path));
                vec![Met::File {
                    rel,
                    path,
                    text,
                    meta,
                }]
            }
            Some(_) => Vec::new(),
        }
    };
    let threads = if depth == 0 {
        crate::parallel::threads(children.len(), 8, 2)
    } else {
        1
    };
    let mut met = Vec::new();
    for part in crate::parallel::map(&children, threads, one) {
        let stop = part.iter().any(|m| matches!(m, Met::TooMany));
        met.extend(part);
        if stop {
            break;
        }
    }
    met
}

/// Adds what [`scan`] met to `files`, in order, applying the caps; breaks when a cap for the
/// whole pack is reached (the cap is one problem, not one per file). The file count is
/// [`scan`]'s: it meets at most [`MAX_FILES`] files, counting those `files` already had.
fn take(w: &mut Walk<'_>, met: Vec<Met>, files: &mut Files) -> ControlFlow<()> {
    for m in met {
        let (rel, path, text, meta) = match m {
            Met::Problem(problem) => {
                files.problems.push(problem);
                continue;
            }
            Met::TooMany => {
                files
                    .problems
                    .push(ReadProblem::TooManyFiles { limit: MAX_FILES });
                return ControlFlow::Break(());
            }
            Met::File {
                rel,
                path,
                text,
                meta,
            } => (rel, path, text, meta),
        };
        let meta = match meta {
            None => {
                files.entries.insert(rel, Entry::Media(None));
                continue;
            }
            Some(Ok(meta)) => meta,
            Some(Err(_)) => {
                files.problems.push(ReadProblem::Unreadable {
                    path: rel,
                    reason: String::new(),
                });
                continue;
            }
        };
        let limit = if text { MAX_TEXT_FILE } else { MAX_MEDIA_FILE };
        if meta.len() > limit {
            files.problems.push(ReadProblem::TooLarge {
                path: rel,
                size: meta.len(),
                limit,
            });
            continue;
        }
        w.total += meta.len();
        if w.total > MAX_PACK_BYTES {
            files.problems.push(ReadProblem::PackTooLarge {
                limit: MAX_PACK_BYTES,
            });
            return ControlFlow::Break(());
        }
        if text {
            w.texts.push((rel, path, meta));
        } else {
            files.entries.insert(rel, Entry::Media(None));
        }
    }
    ControlFlow::Continue(())
}

/// Reads the pack folder `w.root` into `files`.
fn walk(w: &mut Walk<'_>, files: &mut Files) -> ControlFlow<()> {
    let seen = std::sync::atomic::AtomicUsize::new(files.entries.len());
    let met = scan(w.root, "", 0, w.measure_media, &seen);
    take(w, met, files)
}

/// Most threads reading a pack's text files at once.
const READ_THREADS: usize = 4;

/// Reads the text files `walk` found, on several threads (a big pack is thousands of small
/// files), and adds them in the order found.
fn read_texts(files: &mut Files, texts: Vec<(String, PathBuf)>) {
    let read = |path: &Path| match std::fs::read(path) {
        // Made shared here, on the reading thread: it copies the text once more.
        Ok(bytes) => String::from_utf8(bytes)
            .map(Arc::<str>::from)
            .map_err(|_| None),
        Err(e) => Err(Some(e.to_string())),
    };
    let threads = crate::parallel::threads(texts.len(), 64, READ_THREADS);
    let results = crate::parallel::map(&texts, threads, |(_, path)| read(path));
    for ((rel, _), result) in texts.into_iter().zip(results) {
        match result {
            Ok(text) => {
                files.entries.insert(rel, Entry::Text(Text::Shared(text)));
            }
            Err(None) => files.problems.push(ReadProblem::NotUtf8 { path: rel }),
            Err(Some(reason)) => files
                .problems
                .push(ReadProblem::Unreadable { path: rel, reason }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_opened_for_the_tutor_reads_each_text_when_it_is_first_used() {
        let dir = tempfile::tempdir().expect("dir");
        std::fs::write(dir.path().join("course.toml"), "format_version = 1").expect("write");
        std::fs::write(dir.path().join("vi.ftl"), "m = Mật ong\n").expect("write");
        std::fs::write(dir.path().join("en.ftl"), "m = Honey\n").expect("write");
        let files = Files::open_folder(dir.path());
        assert!(!files.is_read("vi.ftl") && !files.is_read("en.ftl"));
        assert_eq!(files.text("vi.ftl"), Some("m = Mật ong\n"));
        assert!(files.is_read("vi.ftl"));
        assert!(!files.is_read("en.ftl"), "a text nobody used is not read");
        let shared = files.shared_text("en.ftl").expect("listed");
        // Gone before it was read: empty, never a panic; read once, then kept.
        std::fs::remove_file(dir.path().join("en.ftl")).expect("remove");
        assert_eq!(&*shared, "");
        std::fs::write(dir.path().join("vi.ftl"), "m = Chè\n").expect("write");
        assert_eq!(files.text("vi.ftl"), Some("m = Mật ong\n"));
    }

    #[test]
    fn an_opened_file_changed_before_it_is_read_is_keyed_anew_for_the_index() {
        let dir = tempfile::tempdir().expect("dir");
        std::fs::write(dir.path().join("vi.ftl"), "m = Mật ong\n").expect("write");
        let key = |files: &Files| {
            let mut h = std::hash::DefaultHasher::new();
            files.hash_content("vi.ftl", &mut h);
            std::hash::Hasher::finish(&h)
        };
        let before = key(&Files::open_folder(dir.path()));
        assert_eq!(before, key(&Files::open_folder(dir.path())));
        std::fs::write(dir.path().join("vi.ftl"), "m = Mật ong rừng\n").expect("write");
        assert_ne!(before, key(&Files::open_folder(dir.path())));
    }

    fn pack_with_a_picture() -> tempfile::TempDir {
        let dir = tempfile::tempdir().expect("dir");
        std::fs::create_dir_all(dir.path().join("honey/media")).expect("folders");
        std::fs::write(dir.path().join("course.toml"), "format_version = 1").expect("write");
        std::fs::write(dir.path().join("honey/vi.ftl"), "title = Mật ong\n").expect("write");
        std::fs::write(dir.path().join("honey/media/jar.png"), b"png").expect("write");
        dir
    }

    #[test]
    fn an_installed_pack_is_opened_from_its_listing_without_walking_it() {
        let dir = pack_with_a_picture();
        Files::write_listing(dir.path()).expect("listing written");
        // A file added behind the tutor's back is not seen: installed packs change only
        // through `pack add`, which writes the listing again.
        std::fs::write(dir.path().join("honey/en.ftl"), "title = Honey\n").expect("write");
        let files = Files::open_installed(dir.path());
        let paths: Vec<&str> = files.paths().collect();
        assert_eq!(
            paths,
            ["course.toml", "honey/media/jar.png", "honey/vi.ftl"]
        );
        assert!(!files.is_read("honey/vi.ftl"));
        assert_eq!(files.text("honey/vi.ftl"), Some("title = Mật ong\n"));
        assert_eq!(
            files.media("honey/media/jar.png").as_deref(),
            Some(&b"png"[..])
        );
        assert!(
            !files.exists(LISTING_FILE),
            "the listing is not a file of the pack"
        );
    }

    #[test]
    fn a_listing_that_cannot_be_trusted_is_ignored_and_the_folder_walked() {
        let dir = pack_with_a_picture();
        let walked: Vec<String> = Files::open_folder(dir.path())
            .paths()
            .map(String::from)
            .collect();
        for listing in [
            "{ not json".to_string(),
            r#"{"format":1,"files":[{"path":"../../etc/passwd","text":true,"size":1,"modified":0}]}"#.to_string(),
            r#"{"format":1,"files":[{"path":"/etc/passwd","text":true,"size":1,"modified":0}]}"#.to_string(),
            r#"{"format":1,"files":[{"path":"a/.hidden","text":true,"size":1,"modified":0}]}"#.to_string(),
            r#"{"format":1,"files":[{"path":"big.ftl","text":true,"size":99999999,"modified":0}]}"#.to_string(),
            r#"{"format":99,"files":[]}"#.to_string(),
        ] {
            std::fs::write(dir.path().join(LISTING_FILE), &listing).expect("write");
            let paths: Vec<String> = Files::open_installed(dir.path())
                .paths()
                .map(String::from)
                .collect();
            assert_eq!(paths, walked, "{listing}");
        }
    }

    #[test]
    fn media_of_a_pack_folder_is_read_from_the_folder_when_asked() {
        let dir = tempfile::tempdir().expect("dir");
        std::fs::create_dir(dir.path().join("media")).expect("media folder");
        std::fs::write(dir.path().join("media/jar.png"), b"picture bytes").expect("write");
        std::fs::write(dir.path().join("course.toml"), "format_version = 1").expect("write");
        let files = Files::read_folder(dir.path());
        assert_eq!(
            files.media("media/jar.png").as_deref(),
            Some(&b"picture bytes"[..])
        );
        assert_eq!(files.media("course.toml"), None, "text is not media");
        assert_eq!(files.media("media/none.png"), None);
    }

    #[test]
    fn a_cap_reached_in_a_nested_folder_is_one_problem() {
        let dir = tempfile::tempdir().expect("dir");
        for folder in ["a", "b", "c"] {
            std::fs::create_dir(dir.path().join(folder)).expect("folder");
        }
        let mut files = Files::default();
        // Pretend the pack is nearly full, then walk three more folders of files.
        for i in 0..MAX_FILES - 1 {
            files.entries.insert(format!("x{i}"), Entry::Media(None));
        }
        for folder in ["a", "b", "c"] {
            for i in 0..3 {
                std::fs::write(dir.path().join(format!("{folder}/{i}.png")), b"x").expect("write");
            }
        }
        let mut w = Walk {
            root: dir.path(),
            measure_media: true,
            total: 0,
            texts: Vec::new(),
        };
        let _ = walk(&mut w, &mut files);
        assert_eq!(
            files.problems,
            vec![ReadProblem::TooManyFiles { limit: MAX_FILES }]
        );
        assert_eq!(files.entries.len(), MAX_FILES);
    }
}
