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
use std::sync::Mutex;

use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use super::model::{Lesson, LessonEntry, Texts, Var};
use super::steps::Step;
use crate::i18n::Languages;
use crate::source::Files;

/// Bumped when what an entry holds changes shape or meaning.
const FORMAT: u32 = 2;

/// What a lesson's load produced besides its text (which stays in its files).
#[derive(Debug, Deserialize)]
struct Entry {
    title: String,
    summary: Option<String>,
    vars: Vec<(String, Var)>,
    steps: Box<RawValue>,
    coverage: BTreeMap<String, (usize, usize)>,
    /// Per language, the lines of the title and summary messages (see `LazyResource::head`).
    heads: BTreeMap<String, String>,
}

/// An [`Entry`] written from a loaded lesson, without copying it.
#[derive(Serialize)]
struct EntryOf<'a> {
    title: &'a str,
    summary: &'a Option<String>,
    vars: &'a [(String, Var)],
    steps: &'a [Step],
    coverage: &'a BTreeMap<String, (usize, usize)>,
    heads: BTreeMap<String, String>,
}

/// The index as written to disk. Each lesson stays JSON text until it is used, so reading the
/// index costs one scan, and a lesson is decoded once, into the course.
#[derive(Serialize, Deserialize)]
struct Stored {
    format: u32,
    build: String,
    /// Keys as hexadecimal text, so the file stays valid JSON for any key.
    lessons: BTreeMap<String, Box<RawValue>>,
}

/// Entries read at start, and what this run's loads used and added.
#[derive(Debug, Default)]
pub struct Index {
    build: String,
    entries: HashMap<u64, Box<RawValue>>,
    found: Mutex<Found>,
}

#[derive(Debug, Default)]
struct Found {
    used: HashSet<u64>,
    fresh: Vec<(u64, Box<RawValue>)>,
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
    pub fn read(build: &str, bytes: &[u8]) -> Index {
        let mut index = Index::new(build);
        if let Ok(stored) = serde_json::from_slice::<Stored>(bytes)
            && stored.format == FORMAT
            && stored.build == build
        {
            index.entries = stored
                .lessons
                .into_iter()
                .filter_map(|(k, v)| Some((u64::from_str_radix(&k, 16).ok()?, v)))
                .collect();
        }
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
        let kept = self
            .entries
            .iter()
            .filter(|(k, _)| found.used.contains(k))
            .chain(found.fresh.iter().map(|(k, v)| (k, v)));
        // Copies the text of the lessons kept, only when the index is written.
        let stored = Stored {
            format: FORMAT,
            build: self.build.clone(),
            lessons: kept
                .map(|(k, v)| (format!("{k:016x}"), v.clone()))
                .collect(),
        };
        serde_json::to_vec(&stored).ok()
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
        let entry: Entry = serde_json::from_str(self.entries.get(&key)?.get()).ok()?;
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
            steps: super::model::Steps::from_index(entry.steps),
            texts,
            coverage: entry.coverage,
        }))
    }

    /// Keeps what a clean load of a lesson gave under `key`.
    pub(crate) fn add(&self, key: u64, lesson: &Lesson) {
        let entry = EntryOf {
            title: &lesson.title,
            summary: &lesson.summary,
            vars: &lesson.vars,
            steps: &lesson.steps,
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
        let Ok(entry) = serde_json::value::to_raw_value(&entry) else {
            return;
        };
        if let Ok(mut found) = self.found.lock() {
            found.fresh.push((key, entry));
        }
    }
}
