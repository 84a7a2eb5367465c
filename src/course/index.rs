//! The lesson index: what a clean load of each lesson gave, kept between starts so that the
//! tutor does not parse a lesson again while its files are unchanged.
//!
//! An entry is keyed by a hash of everything its load read: the program build, the course's
//! languages and base language, every path of the course (pictures are checked by path), the
//! lesson's `lesson.toml` and each of its Fluent files, byte for byte. Only lessons that loaded
//! with no diagnostic at all are kept, so a hit gives exactly what loading would have given.
//! `chophien check` never uses the index. The file is written by `commands` (the one place with
//! I/O); a missing, old or damaged index is simply a miss.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::{Arc, Mutex};

use serde::{Deserialize, Serialize};

use super::model::{Lesson, LessonEntry, Texts, Var};
use crate::i18n::Languages;
use crate::source::Files;

/// Bumped when what an entry holds changes shape or meaning.
const FORMAT: u32 = 3;

/// What a lesson's load produced besides its steps and its text (which stays in its files).
#[derive(Debug, Deserialize)]
struct Head {
    title: String,
    summary: Option<String>,
    vars: Vec<(String, Var)>,
    coverage: BTreeMap<String, (usize, usize)>,
    /// Per language, the lines of the title and summary messages (see `LazyResource::head`).
    heads: BTreeMap<String, String>,
}

/// A [`Head`] written from a loaded lesson, without copying it.
#[derive(Serialize)]
struct HeadOf<'a> {
    title: &'a str,
    summary: &'a Option<String>,
    vars: &'a [(String, Var)],
    coverage: &'a BTreeMap<String, (usize, usize)>,
    heads: BTreeMap<String, String>,
}

/// The first line of the index file; the rest of the file is the lessons' JSON, one after the
/// other, found through `lessons`. A start reads this line and only the heads of the lessons
/// it shows; a lesson's steps are decoded when it is opened. (One JSON document with every
/// lesson in it had to be scanned whole at each start: 3.4 MB for a 1,000-lesson pack.)
#[derive(Serialize, Deserialize)]
struct Header {
    format: u32,
    build: String,
    /// Bytes after the header line: a file cut short is not read at all.
    size: usize,
    /// Per key (hexadecimal text), where its head and its steps are: start and length of
    /// each, in bytes after the header line.
    lessons: BTreeMap<String, [usize; 4]>,
}

/// Entries read at start, and what this run's loads used and added.
#[derive(Debug, Default)]
pub struct Index {
    build: String,
    /// The file after its header line.
    body: Arc<str>,
    entries: HashMap<u64, [usize; 4]>,
    found: Mutex<Found>,
}

#[derive(Debug, Default)]
struct Found {
    used: HashSet<u64>,
    /// Key, head and steps of lessons loaded from their files in this run.
    fresh: Vec<(u64, String, String)>,
}

/// The `len` bytes of `body` from `start`; None when they are not all inside it.
fn part(body: &str, start: usize, len: usize) -> Option<&str> {
    body.get(start..start.checked_add(len)?)
}

impl Index {
    /// An empty index for the program build `build` (its version and a mark of the binary).
    pub fn new(build: &str) -> Index {
        Index {
            build: build.to_string(),
            ..Index::default()
        }
    }

    /// The index stored in `bytes`, or an empty one when they are not an index of this build.
    /// An entry that points outside the file is left out.
    pub fn read(build: &str, bytes: &[u8]) -> Index {
        let mut index = Index::new(build);
        let Some(newline) = bytes.iter().position(|&b| b == b'\n') else {
            return index;
        };
        let (header, body) = (&bytes[..newline], &bytes[newline + 1..]);
        let Ok(header) = serde_json::from_slice::<Header>(header) else {
            return index;
        };
        let Ok(body) = std::str::from_utf8(body) else {
            return index;
        };
        if header.format != FORMAT || header.build != build || header.size != body.len() {
            return index;
        }
        index.entries = header
            .lessons
            .into_iter()
            .filter(|(_, [hs, hl, ss, sl])| {
                part(body, *hs, *hl).is_some() && part(body, *ss, *sl).is_some()
            })
            .filter_map(|(k, place)| Some((u64::from_str_radix(&k, 16).ok()?, place)))
            .collect();
        index.body = Arc::from(body);
        index
    }

    /// How many lessons the index read holds.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The index to write after this run's loads: the entries used and the new ones, or None
    /// when it would be the same as the one read.
    pub fn to_write(&self) -> Option<Vec<u8>> {
        let found = self.found.lock().ok()?;
        if found.fresh.is_empty() && found.used.len() == self.entries.len() {
            return None;
        }
        let slice = |start: usize, len: usize| part(&self.body, start, len).unwrap_or("");
        let kept = self
            .entries
            .iter()
            .filter(|(k, _)| found.used.contains(k))
            .map(|(k, [hs, hl, ss, sl])| (*k, slice(*hs, *hl), slice(*ss, *sl)))
            .chain(
                found
                    .fresh
                    .iter()
                    .map(|(k, head, steps)| (*k, head.as_str(), steps.as_str())),
            );
        let mut body = String::new();
        let mut lessons = BTreeMap::new();
        for (key, head, steps) in kept {
            let place = [body.len(), head.len(), body.len() + head.len(), steps.len()];
            body.push_str(head);
            body.push_str(steps);
            lessons.insert(format!("{key:016x}"), place);
        }
        let header = Header {
            format: FORMAT,
            build: self.build.clone(),
            size: body.len(),
            lessons,
        };
        let mut out = serde_json::to_vec(&header).ok()?;
        out.push(b'\n');
        out.extend_from_slice(body.as_bytes());
        Some(out)
    }

    /// What every lesson's key shares: the build, the languages and every path of the course.
    pub(crate) fn course_key(&self, files: &Files, languages: &Languages, base: &str) -> u64 {
        let mut h = DefaultHasher::new();
        (FORMAT, &self.build, base).hash(&mut h);
        format!("{languages:?}").hash(&mut h);
        for path in files.paths() {
            path.hash(&mut h);
        }
        h.finish()
    }

    /// The key of lesson `id`: the course's key and the bytes of each file in its folder.
    pub(crate) fn lesson_key(course_key: u64, files: &Files, id: &str) -> u64 {
        let mut h = DefaultHasher::new();
        (course_key, id).hash(&mut h);
        for path in files.in_folder(id, "") {
            path.hash(&mut h);
            files.hash_content(path, &mut h);
        }
        h.finish()
    }

    /// The lesson `id` as its load gave it last time, with its text from `files`.
    pub(crate) fn lesson(&self, key: u64, files: &Files, id: &str) -> Option<LessonEntry> {
        let [hs, hl, ss, sl] = *self.entries.get(&key)?;
        let entry: Head = serde_json::from_str(part(&self.body, hs, hl)?).ok()?;
        let texts = Texts {
            by_lang: files
                .in_folder(id, ".ftl")
                .filter_map(|p| {
                    let tag = p.rsplit('/').next()?.strip_suffix(".ftl")?;
                    let source = files.shared_text(p)?;
                    let lazy = match entry.heads.get(tag) {
                        Some(head) => super::ftl::LazyResource::with_head(source, head),
                        None => super::ftl::LazyResource::new(source),
                    };
                    Some((tag.to_string(), lazy))
                })
                .collect(),
        };
        if let Ok(mut found) = self.found.lock() {
            found.used.insert(key);
        }
        Some(LessonEntry::Ready(Lesson {
            id: id.to_string(),
            title: entry.title,
            summary: entry.summary,
            vars: entry.vars,
            steps: super::model::Steps::from_index(Arc::clone(&self.body), ss..ss + sl),
            texts,
            coverage: entry.coverage,
        }))
    }

    /// Keeps what a clean load of a lesson gave under `key`.
    pub(crate) fn add(&self, key: u64, lesson: &Lesson) {
        let head = HeadOf {
            title: &lesson.title,
            summary: &lesson.summary,
            vars: &lesson.vars,
            coverage: &lesson.coverage,
            heads: {
                let ids: Vec<&str> = std::iter::once(lesson.title.as_str())
                    .chain(lesson.summary.as_deref())
                    .collect();
                lesson
                    .texts
                    .by_lang
                    .iter()
                    .map(|(tag, text)| (tag.clone(), text.head_of(&ids)))
                    .collect()
            },
        };
        let (Ok(head), Ok(steps)) = (
            serde_json::to_string(&head),
            serde_json::to_string(&*lesson.steps),
        ) else {
            return;
        };
        if let Ok(mut found) = self.found.lock() {
            found.fresh.push((key, head, steps));
        }
    }
}
