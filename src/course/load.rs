//! From files to a validated [`Course`]: every problem is collected as a diagnostic with its
//! file, line and column, and loading goes on with what is good. A lesson with errors is kept
//! as [`LessonEntry::Unavailable`] so the rest of the course still works.

use std::collections::{BTreeMap, BTreeSet};

use toml::Spanned;
use toml::de::DeValue;

use super::formula;
use super::ftl::{self, FtlFile};
use super::index::Index;
use super::model::*;
use super::raw::{self, RawModule, RawVar};
use super::steps::{self, Step};
use crate::diagnostic::{Code, Diagnostic, FileReport, Position};
use crate::i18n::Languages;
use crate::i18n::languages::LANGUAGES_FILE;
use crate::i18n::localizer::FUNCTIONS;
use crate::source::{Files, ReadProblem};
use crate::tomlfile::{self, is_kebab_id};

pub const COURSE_FILE: &str = "course.toml";
/// Most threads loading lessons at once.
const MAX_THREADS: usize = 8;
/// Fewer lessons than this per thread are loaded on one thread (the embedded course).
const LESSONS_PER_THREAD: usize = 16;
/// Variables every message may use without declaring them.
pub const BUILTIN_VARS: &[&str] = &["learner"];

/// A loaded course with its languages and everything found wrong on the way.
#[derive(Debug)]
pub struct Loaded {
    pub course: Course,
    pub languages: Languages,
    pub diagnostics: Vec<Diagnostic>,
}

impl Loaded {
    pub fn error_count(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }
}

/// Loads and validates a whole course from `files`.
pub fn load(files: &Files) -> Loaded {
    load_indexed(files, None)
}

/// [`load`], taking lessons whose files are unchanged from `index` and adding the others
/// that load clean to it (the tutor; `check` loads everything).
pub fn load_indexed(files: &Files, index: Option<&Index>) -> Loaded {
    let mut diagnostics = Vec::new();
    read_problems(files, &mut diagnostics);
    let languages = load_languages(files, &mut diagnostics);
    check_interface_texts(files, &mut diagnostics);
    let course = load_course(files, &languages, index, &mut diagnostics);
    super::mistakes::suppress_cascades(&mut diagnostics);
    crate::diagnostic::sort(&mut diagnostics);
    let diagnostics = crate::diagnostic::cap_per_file(diagnostics);
    Loaded {
        course,
        languages,
        diagnostics,
    }
}

/// The pack's language list; when it is broken or empty, the built-in list, so the tutor is
/// never left without a language.
fn load_languages(files: &Files, out: &mut Vec<Diagnostic>) -> Languages {
    let before = out.len();
    let languages = Languages::load(files, out);
    let broken = languages.is_empty() || out[before..].iter().any(|d| d.is_error());
    if !broken {
        return languages;
    }
    let builtin_files = Files::embedded_locales();
    let builtin = Languages::load(&builtin_files, &mut Vec::new());
    if builtin.is_empty() || files.text(LANGUAGES_FILE) == builtin_files.text(LANGUAGES_FILE) {
        return languages;
    }
    out.push(Diagnostic::new(
        Code::BuiltinLanguages,
        files.display_path(LANGUAGES_FILE),
        Position { line: 1, col: 1 },
    ));
    builtin
}

/// A pack's own interface text (`locales/<tag>/ui.ftl`) is read by the tutor too: check it
/// like any other Fluent file. The built-in files are checked by the tests.
fn check_interface_texts(files: &Files, out: &mut Vec<Diagnostic>) {
    let builtin = Files::embedded_locales();
    for path in files.paths() {
        let Some(tag) = path
            .strip_prefix("locales/")
            .and_then(|p| p.strip_suffix("/ui.ftl"))
        else {
            continue;
        };
        let Some(source) = files.text(path) else {
            continue;
        };
        if tag.contains('/') || builtin.text(path) == Some(source) {
            continue;
        }
        let mut report = FileReport::new(files.display_path(path), source, out);
        let _ = ftl::parse(source, &mut report);
    }
}

fn read_problems(files: &Files, out: &mut Vec<Diagnostic>) {
    let start = Position { line: 1, col: 1 };
    for problem in &files.problems {
        let d = match problem {
            // Like every problem with sound, a warning: the lesson works without it.
            ReadProblem::TooLarge { path, size, .. } if crate::audio::is_recording(path) => {
                crate::audio::too_large(files.display_path(path), *size)
            }
            ReadProblem::TooLarge { path, limit, .. } => {
                Diagnostic::new(Code::FileTooLarge, files.display_path(path), start)
                    .arg("limit", limit)
            }
            ReadProblem::PackTooLarge { limit } => {
                Diagnostic::new(Code::PackTooLarge, files.display_path(""), start)
                    .arg("limit", limit)
            }
            ReadProblem::TooManyFiles { limit } => {
                Diagnostic::new(Code::TooManyFiles, files.display_path(""), start)
                    .arg("limit", limit)
            }
            ReadProblem::TooDeep { path } => {
                Diagnostic::new(Code::TooDeep, files.display_path(path), start)
            }
            ReadProblem::Unreadable { path, reason } => {
                Diagnostic::new(Code::Unreadable, files.display_path(path), start)
                    .arg("detail", crate::text::clean_line(reason))
            }
            ReadProblem::NotUtf8 { path } => {
                Diagnostic::new(Code::NotUtf8, files.display_path(path), start)
            }
            ReadProblem::Missing { path } => {
                Diagnostic::new(Code::MissingFile, path.clone(), start)
            }
        };
        out.push(d);
    }
}

/// A reference to a message from a TOML file, with where it was written.
struct MsgRef {
    id: String,
    offset: usize,
}

fn load_course(
    files: &Files,
    languages: &Languages,
    index: Option<&Index>,
    out: &mut Vec<Diagnostic>,
) -> Course {
    let path = files.display_path(COURSE_FILE);
    let Some(source) = files.text(COURSE_FILE) else {
        if files.exists("lesson.toml") {
            let origin = std::path::Path::new(&files.origin);
            let parent = origin
                .parent()
                .map(|p| p.display().to_string())
                .filter(|p| !p.is_empty())
                .unwrap_or_else(|| "..".to_string());
            out.push(
                Diagnostic::new(
                    Code::LessonFolder,
                    files.display_path("lesson.toml"),
                    Position { line: 1, col: 1 },
                )
                .arg("parent", crate::text::clean_line(&parent)),
            );
            return Course::empty("vi");
        }
        if !files
            .problems
            .iter()
            .any(|p| matches!(p, ReadProblem::Missing { .. }))
        {
            out.push(Diagnostic::new(
                Code::MissingFile,
                path,
                Position { line: 1, col: 1 },
            ));
        }
        return Course::empty("vi");
    };
    let mut report = FileReport::new(path.clone(), source, out);
    let Some(doc) = tomlfile::parse(source, &mut report) else {
        return Course::empty("vi");
    };
    let table = doc.get_ref();
    tomlfile::check_keys(table, raw::COURSE_KEYS, "course.toml", &mut report);

    match tomlfile::get(table, "format_version") {
        None => {
            report
                .at(Code::MissingField, 0)
                .with("field", "format_version");
        }
        Some(v) => match v
            .get_ref()
            .as_integer()
            .and_then(|i| i.as_str().parse::<i64>().ok())
        {
            Some(found) if found > super::FORMAT_VERSION => {
                report
                    .at(Code::FormatTooNew, v.span().start)
                    .with("found", found)
                    .with("supported", super::FORMAT_VERSION);
                return Course::empty("vi");
            }
            Some(_) => {}
            None => {
                report
                    .at(Code::WrongType, v.span().start)
                    .with("detail", "format_version = 1");
            }
        },
    }

    let base_language = match tomlfile::get(table, "base_language") {
        Some(v) => match tomlfile::convert::<String>(v, &mut report) {
            Some(tag) if languages.get(&tag).is_some() => tag,
            Some(tag) => {
                report
                    .at(Code::UnknownLanguage, v.span().start)
                    .with("tag", crate::text::clean_line(&tag));
                "vi".to_string()
            }
            None => "vi".to_string(),
        },
        None => {
            report
                .at(Code::MissingField, 0)
                .with("field", "base_language");
            "vi".to_string()
        }
    };

    let mut modules = Vec::new();
    let mut title_refs = Vec::new();
    let mut lesson_refs: Vec<(String, usize)> = Vec::new();
    let mut listed: BTreeSet<String> = BTreeSet::new();
    match tomlfile::get(table, "modules").map(|v| (v, v.get_ref().as_array())) {
        None => {
            report.at(Code::MissingField, 0).with("field", "modules");
        }
        Some((v, None)) => {
            report
                .at(Code::WrongType, v.span().start)
                .with("detail", "[[modules]]");
        }
        Some((_, Some(array))) => {
            for value in array.iter() {
                if let Some(t) = value.get_ref().as_table() {
                    tomlfile::check_keys(t, raw::MODULE_KEYS, "[[modules]]", &mut report);
                }
                let Some(m) = tomlfile::convert::<RawModule>(value, &mut report) else {
                    continue;
                };
                let id = tomlfile::text(&m.id);
                if !is_kebab_id(&id) {
                    report.at(Code::BadId, m.id.span().start).with("id", &id);
                }
                if modules.iter().any(|x: &Module| x.id == id) {
                    report
                        .at(Code::DuplicateId, m.id.span().start)
                        .with("id", &id);
                    continue;
                }
                title_refs.push(MsgRef {
                    id: tomlfile::text(&m.title),
                    offset: m.title.span().start,
                });
                let mut lessons = Vec::new();
                for lesson in &m.lessons {
                    let lid = tomlfile::text(lesson);
                    if !is_kebab_id(&lid) || lid == "locales" || lid == "media" {
                        report.at(Code::BadId, lesson.span().start).with("id", &lid);
                        continue;
                    }
                    if !listed.insert(lid.clone()) {
                        report
                            .at(Code::DuplicateId, lesson.span().start)
                            .with("id", &lid);
                        continue;
                    }
                    lesson_refs.push((lid.clone(), lesson.span().start));
                    lessons.push(lid);
                }
                if lessons.is_empty() {
                    report
                        .at(Code::EmptyModule, m.id.span().start)
                        .with("id", &id);
                }
                modules.push(Module {
                    id,
                    title: tomlfile::text(&m.title),
                    lessons,
                });
            }
        }
    }

    let course_texts = load_texts(files, "", languages, &base_language, out);
    missing_translations(&course_texts, &base_language, files, "", out);
    let mut report = FileReport::new(path.clone(), source, out);
    check_refs(
        &title_refs,
        &course_texts,
        &base_language,
        files,
        "",
        &mut report,
    );

    let mut lessons = BTreeMap::new();
    let mut present = Vec::new();
    for (id, offset) in &lesson_refs {
        let lesson_file = format!("{id}/lesson.toml");
        if !files.exists(&lesson_file) {
            FileReport::new(path.clone(), source, out)
                .at(Code::MissingLesson, *offset)
                .with("id", id)
                .with("file", files.display_path(&lesson_file));
            lessons.insert(id.clone(), LessonEntry::Unavailable { errors: 1 });
            continue;
        }
        present.push(id.as_str());
    }
    for (id, (entry, found)) in present.iter().zip(load_lessons(
        files,
        &present,
        languages,
        &base_language,
        index,
    )) {
        out.extend(found);
        lessons.insert(id.to_string(), entry);
    }
    for p in files.paths() {
        if let Some(folder) = p.strip_suffix("/lesson.toml")
            && !folder.contains('/')
            && !listed.contains(folder)
        {
            out.push(
                Diagnostic::new(
                    Code::UnlistedLesson,
                    files.display_path(p),
                    Position { line: 1, col: 1 },
                )
                .arg("id", folder),
            );
        }
    }
    let replaces_course = match tomlfile::get(table, "replaces_course") {
        Some(v) => match v.get_ref().as_bool() {
            Some(b) => b,
            None => {
                FileReport::new(path.clone(), source, out)
                    .at(Code::WrongType, v.span().start)
                    .with("detail", "replaces_course = true")
                    .with("kind", "bool");
                false
            }
        },
        None => false,
    };
    Course {
        base_language,
        modules,
        lessons,
        texts: to_texts(course_texts),
        replaces_course,
    }
}

/// Adds a pack's modules and lessons after those of `into` (the built-in course, then other
/// packs). A module or lesson id already taken is left out with a `duplicate-id` diagnostic;
/// the pack's module titles join the course-level text; languages only the pack has are
/// added. The pack's problems join the diagnostics, and its lessons with errors stay
/// "cannot open", so a bad pack never stops the tutor.
pub fn merge(into: &mut Loaded, pack: Loaded, pack_files: &Files) {
    let Loaded {
        course,
        languages,
        mut diagnostics,
    } = pack;
    let mut lessons = course.lessons;
    for mut module in course.modules {
        let taken = into.course.modules.iter().any(|m| m.id == module.id);
        let at = Position { line: 1, col: 1 };
        let path = pack_files.display_path(COURSE_FILE);
        if taken {
            diagnostics.push(Diagnostic::new(Code::DuplicateId, &path, at).arg("id", &module.id));
            continue;
        }
        module.lessons.retain(|id| {
            let free = !into.course.lessons.contains_key(id);
            if !free {
                diagnostics.push(Diagnostic::new(Code::DuplicateId, &path, at).arg("id", id));
            }
            free
        });
        for id in &module.lessons {
            if let Some(entry) = lessons.remove(id) {
                into.course.lessons.insert(id.clone(), entry);
            }
        }
        if !module.lessons.is_empty() {
            into.course.modules.push(module);
        }
    }
    for (tag, resource) in course.texts.by_lang {
        let joined = match into.course.texts.by_lang.get(&tag) {
            Some(existing) => format!("{}\n{}", existing.source(), resource.source()),
            None => resource.source().to_string(),
        };
        into.course.texts.by_lang.insert(
            tag,
            super::ftl::LazyResource::new(crate::source::Text::from(joined)),
        );
    }
    into.languages.add_missing(&languages);
    into.diagnostics.append(&mut diagnostics);
}

fn to_texts(files: BTreeMap<String, FtlFile>) -> Texts {
    Texts {
        by_lang: files
            .into_iter()
            .map(|(tag, f)| (tag, ftl::LazyResource::new(f.source)))
            .collect(),
    }
}

/// The `<tag>.ftl` files directly in `folder`, parsed, by tag.
fn load_texts(
    files: &Files,
    folder: &str,
    languages: &Languages,
    base: &str,
    out: &mut Vec<Diagnostic>,
) -> BTreeMap<String, FtlFile> {
    let mut texts = BTreeMap::new();
    let mut present = BTreeSet::new();
    for path in files.in_folder(folder, ".ftl") {
        let name = path.rsplit('/').next().unwrap_or(path);
        let tag = name.trim_end_matches(".ftl");
        present.insert(tag.to_string());
        let Some(source) = files.shared_text(path) else {
            continue;
        };
        let mut report = FileReport::new(files.display_path(path), &source, out);
        if tag.parse::<unic_langid::LanguageIdentifier>().is_err() {
            report
                .at(Code::BadLanguageTag, 0)
                .with("tag", crate::text::clean_line(tag));
            continue;
        }
        if languages.get(tag).is_none() {
            report.at(Code::UnknownLanguage, 0).with("tag", tag);
            continue;
        }
        if let Some(file) = ftl::parse_shared(&source, &mut report) {
            texts.insert(tag.to_string(), file);
        }
    }
    let base_path = if folder.is_empty() {
        format!("{base}.ftl")
    } else {
        format!("{folder}/{base}.ftl")
    };
    if !present.contains(base) && !files.exists(&base_path) {
        out.push(Diagnostic::new(
            Code::MissingFile,
            files.display_path(&base_path),
            Position { line: 1, col: 1 },
        ));
    }
    texts
}

/// Every referenced message must exist in the base language.
fn check_refs(
    refs: &[MsgRef],
    texts: &BTreeMap<String, FtlFile>,
    base: &str,
    files: &Files,
    folder: &str,
    report: &mut FileReport<'_>,
) {
    let base_file = texts.get(base);
    let base_path = if folder.is_empty() {
        format!("{base}.ftl")
    } else {
        format!("{folder}/{base}.ftl")
    };
    for r in refs {
        if !is_kebab_id(&r.id) {
            report.at(Code::BadId, r.offset).with("id", &r.id);
            continue;
        }
        if base_file.is_some_and(|f| f.message(&r.id).is_none() && !f.broken.contains(&r.id)) {
            report
                .at(Code::MissingMessage, r.offset)
                .with("id", &r.id)
                .with("file", files.display_path(&base_path));
        }
    }
}

/// What loading one lesson file collects: the messages its steps name (checked against the
/// base language afterwards) and the problems found. Step modules load their fields through it.
pub(crate) struct Builder<'a> {
    refs: Vec<MsgRef>,
    pub(crate) report: FileReport<'a>,
    files: &'a Files,
    lesson: &'a str,
    /// The lesson's `[vars]` as worked out: a number, or `None` for a text.
    vars: BTreeMap<String, Option<i64>>,
    /// Every name declared in `[vars]`, also those whose formula is wrong.
    var_names: Vec<String>,
    /// Number steps whose answer is written as a number, for `answer-not-from-vars`.
    literal_answers: Vec<LiteralAnswer>,
    source: &'a str,
}

/// A number step's answer written as a plain number.
pub(crate) struct LiteralAnswer {
    pub(crate) answer: i64,
    pub(crate) tolerance: i64,
    /// The message that tells the learner they are right.
    pub(crate) feedback_right: String,
    pub(crate) at: usize,
}

impl Builder<'_> {
    /// The value of a formula written as the TOML string `value`, or None when it is wrong
    /// (reported as `bad-formula`).
    pub(crate) fn formula(&mut self, value: &Spanned<String>) -> Option<i64> {
        let mut known = formula::Known(&self.vars, &self.var_names);
        match formula::evaluate(value.get_ref(), &mut known) {
            Ok(n) => Some(n),
            Err(problem) => {
                if !formula::is_repeat(&problem) {
                    report_formula(&mut self.report, self.source, value.span(), &problem, None);
                }
                None
            }
        }
    }

    /// Notes a number step's answer written as a plain number.
    pub(crate) fn literal_answer(&mut self, answer: LiteralAnswer) {
        self.literal_answers.push(answer);
    }

    /// A message id named by the lesson file.
    pub(crate) fn msg(&mut self, value: &Spanned<String>) -> String {
        let id = tomlfile::text(value);
        self.refs.push(MsgRef {
            id: id.clone(),
            offset: value.span().start,
        });
        id
    }

    pub(crate) fn opt_msg(&mut self, value: &Option<Spanned<String>>) -> Option<String> {
        value.as_ref().map(|v| self.msg(v))
    }

    pub(crate) fn required_msg(
        &mut self,
        value: &Option<Spanned<String>>,
        field: &'static str,
        at: usize,
    ) -> String {
        match value {
            Some(v) => self.msg(v),
            None => {
                self.report.at(Code::MissingField, at).with("field", field);
                String::new()
            }
        }
    }

    /// A length limit: a whole number, not negative.
    pub(crate) fn limit(&mut self, value: &Option<Spanned<i64>>) -> Option<usize> {
        let v = value.as_ref()?;
        match usize::try_from(*v.get_ref()) {
            Ok(n) => Some(n),
            Err(_) => {
                self.report.at(Code::BadLengthLimits, v.span().start);
                None
            }
        }
    }

    /// A media file of the lesson, given relative to its folder: a safe path that exists.
    /// Returns its path inside the course files.
    pub(crate) fn media(&mut self, rel: &Spanned<String>) -> String {
        let name = rel.get_ref();
        let safe = !name.is_empty()
            && !name.starts_with('/')
            && !name.contains('\\')
            && !name.contains(':')
            && !name
                .split('/')
                .any(|c| c == ".." || c == "." || c.is_empty());
        let full = format!("{}/{name}", self.lesson);
        if !safe {
            self.report
                .at(Code::BadMediaPath, rel.span().start)
                .with("path", crate::text::clean_line(name));
        } else if !self.files.exists(&full) {
            self.report
                .at(Code::MissingMedia, rel.span().start)
                .with("path", self.files.display_path(&full));
        }
        full
    }
}

/// Loads `ids` on every core: lessons are independent, and each lesson's entry and
/// diagnostics come back in the order of `ids`, the same as loading one after the other.
fn load_lessons(
    files: &Files,
    ids: &[&str],
    languages: &Languages,
    base: &str,
    index: Option<&Index>,
) -> Vec<(LessonEntry, Vec<Diagnostic>)> {
    let course_key = index.map(|index| index.course_key(files, languages, base));
    let mut results: Vec<Option<(LessonEntry, Vec<Diagnostic>)>> =
        ids.iter().map(|_| None).collect();
    // Lessons the index has are decoded here, on one thread: decoding is quick, and memory
    // taken on other threads would cost each of them an arena of its own.
    let mut misses: Vec<(usize, Option<u64>)> = Vec::new();
    for (i, id) in ids.iter().enumerate() {
        let (Some(index), Some(course_key)) = (index, course_key) else {
            misses.push((i, None));
            continue;
        };
        let key = Index::lesson_key(course_key, files, id);
        match index.lesson(key, files, id) {
            Some(entry) => results[i] = Some((entry, Vec::new())),
            None => misses.push((i, Some(key))),
        }
    }
    let one = |(i, key): (usize, Option<u64>)| {
        let id = ids[i];
        let mut out = Vec::new();
        let entry = load_lesson(files, id, languages, base, &mut out);
        if let (Some(index), Some(key), LessonEntry::Ready(lesson)) = (index, key, &entry)
            && out.is_empty()
            && texts_as_read(lesson, files)
        {
            index.add(key, lesson);
        }
        (i, (entry, out))
    };
    let threads = crate::parallel::threads(misses.len(), LESSONS_PER_THREAD, MAX_THREADS);
    for (i, result) in crate::parallel::map(&misses, threads, |miss| one(*miss)) {
        results[i] = Some(result);
    }
    results.into_iter().flatten().collect()
}

/// True when the lesson keeps its Fluent files as read (they were NFC already), so that the
/// index can give its text from the files.
fn texts_as_read(lesson: &Lesson, files: &Files) -> bool {
    lesson
        .texts
        .by_lang
        .iter()
        .all(|(tag, text)| files.text(&format!("{}/{tag}.ftl", lesson.id)) == Some(text.source()))
        && files.in_folder(&lesson.id, ".ftl").count() == lesson.texts.by_lang.len()
}

fn load_lesson(
    files: &Files,
    id: &str,
    languages: &Languages,
    base: &str,
    out: &mut Vec<Diagnostic>,
) -> LessonEntry {
    // Only this lesson's diagnostics are counted: counting the whole list for every lesson
    // would cost time in proportion to lessons times problems.
    let first = out.len();
    let file = format!("{id}/lesson.toml");
    let source = files.text(&file).unwrap_or_default();
    let texts = load_texts(files, id, languages, base, out);
    let mut b = Builder {
        refs: Vec::new(),
        report: FileReport::new(files.display_path(&file), source, out),
        files,
        lesson: id,
        vars: BTreeMap::new(),
        var_names: Vec::new(),
        literal_answers: Vec::new(),
        source,
    };
    let Some(doc) = tomlfile::parse(source, &mut b.report) else {
        let errors = out[first..].iter().filter(|d| d.is_error()).count();
        return LessonEntry::Unavailable { errors };
    };
    let table = doc.get_ref();
    tomlfile::check_keys(table, raw::LESSON_KEYS, "lesson.toml", &mut b.report);

    let title = match tomlfile::get(table, "title")
        .and_then(|v| tomlfile::convert::<Spanned<String>>(v, &mut b.report))
    {
        Some(t) => b.msg(&t),
        None => {
            if tomlfile::get(table, "title").is_none() {
                b.report.at(Code::MissingField, 0).with("field", "title");
            }
            String::new()
        }
    };
    let summary = tomlfile::get(table, "summary")
        .and_then(|v| tomlfile::convert::<Spanned<String>>(v, &mut b.report))
        .map(|s| b.msg(&s));

    let vars = load_vars(table, source, &mut b);

    let mut steps: Vec<Step> = Vec::new();
    match tomlfile::get(table, "steps").map(|v| (v, v.get_ref().as_array())) {
        None => {
            b.report.at(Code::MissingField, 0).with("field", "steps");
        }
        Some((v, None)) => {
            b.report
                .at(Code::WrongType, v.span().start)
                .with("detail", "[[steps]]");
        }
        Some((_, Some(array))) => {
            let mut next_refs = Vec::new();
            for value in array.iter() {
                if let Some((step, next_at)) = load_step(value, &mut b) {
                    if steps.iter().any(|s| s.id == step.id) {
                        let at = step_id_offset(value);
                        b.report.at(Code::DuplicateId, at).with("id", &step.id);
                        continue;
                    }
                    if let (Some(next), Some(at)) = (&step.next, next_at) {
                        next_refs.push((next.clone(), at));
                    }
                    steps.push(step);
                }
            }
            check_sequence(&steps, &next_refs, &mut b.report);
        }
    }

    let refs = std::mem::take(&mut b.refs);
    check_refs(&refs, &texts, base, files, id, &mut b.report);
    check_literal_answers(&b.literal_answers, &b.vars, texts.get(base), &mut b.report);
    check_messages(&texts, base, &vars, files, id, out);
    missing_translations(&texts, base, files, id, out);

    let coverage = coverage(&texts, base, languages);
    let errors = out[first..].iter().filter(|d| d.is_error()).count();
    if errors > 0 {
        return LessonEntry::Unavailable { errors };
    }
    LessonEntry::Ready(Lesson {
        id: id.to_string(),
        title,
        summary,
        vars,
        steps: steps.into(),
        texts: to_texts(texts),
        coverage,
    })
}

fn step_id_offset(value: &Spanned<DeValue<'_>>) -> usize {
    value
        .get_ref()
        .as_table()
        .and_then(|t| {
            tomlfile::get(t, "id")
                .or_else(|| tomlfile::get(t, "prompt"))
                .or_else(|| tomlfile::get(t, "text"))
        })
        .map_or(value.span().start, |v| v.span().start)
}

/// The `[vars]` table: numbers, texts and formulas, the formulas worked out (see `formula`).
/// Every name is declared even when its value is wrong, so its uses are not reported again.
fn load_vars(
    table: &toml::de::DeTable<'_>,
    source: &str,
    b: &mut Builder<'_>,
) -> Vec<(String, Var)> {
    let Some(v) = tomlfile::get(table, "vars") else {
        return Vec::new();
    };
    let Some(t) = v.get_ref().as_table() else {
        b.report
            .at(Code::WrongType, v.span().start)
            .with("detail", "[vars]");
        return Vec::new();
    };
    let mut written = Vec::new();
    let mut spans = BTreeMap::new();
    for (key, value) in t.iter() {
        let name = crate::text::clean_line(key.get_ref());
        if !is_variable_name(&name) || BUILTIN_VARS.contains(&name.as_str()) {
            b.report.at(Code::BadId, key.span().start).with("id", &name);
            continue;
        }
        let w = match tomlfile::convert::<RawVar>(value, &mut b.report) {
            Some(RawVar::Number(n)) => formula::Written::Number(n),
            Some(RawVar::Text(s)) if formula::is_formula(&s) => {
                spans.insert(name.clone(), value.span());
                formula::Written::Formula(s)
            }
            Some(RawVar::Text(s)) => formula::Written::Text(crate::text::clean_line(&s)),
            // Reported; still declared, so its uses are not reported again.
            None => formula::Written::Text(String::new()),
        };
        written.push((name, w));
    }
    let (values, problems) = formula::resolve(&written);
    for (name, problem) in &problems {
        if let Some(span) = spans.get(name) {
            report_formula(&mut b.report, source, span.clone(), problem, Some(name));
        }
    }
    b.vars = values;
    b.var_names = written.iter().map(|(n, _)| n.clone()).collect();
    written
        .into_iter()
        .map(|(name, w)| {
            let var = match w {
                formula::Written::Text(s) => Var::Text(s),
                formula::Written::Number(_) | formula::Written::Formula(_) => {
                    Var::Number(b.vars.get(&name).copied().flatten().unwrap_or(0))
                }
            };
            (name, var)
        })
        .collect()
}

/// `bad-formula` at the place in the formula's text where the problem is.
fn report_formula(
    report: &mut FileReport<'_>,
    source: &str,
    span: std::ops::Range<usize>,
    problem: &formula::Problem,
    var: Option<&str>,
) {
    // Inside a basic string without escapes, offsets in the text are offsets in the file.
    let written = source.get(span.clone()).unwrap_or_default();
    let at = if written.starts_with('"') && !written.contains('\\') {
        span.start + 1 + problem.at
    } else {
        span.start
    };
    report
        .at(Code::BadFormula, at)
        .with("kind", problem.kind.name())
        .with("detail", problem.kind.detail())
        .with("name", var.unwrap_or("answer"));
}

/// A number step whose right-answer feedback prints numbers from `[vars]` while its answer,
/// written as a plain number, is none of them: the `[vars]` changed and the answer did not.
fn check_literal_answers(
    answers: &[LiteralAnswer],
    vars: &BTreeMap<String, Option<i64>>,
    base: Option<&FtlFile>,
    report: &mut FileReport<'_>,
) {
    let Some(base) = base else { return };
    for a in answers {
        let Some(message) = base.message(&a.feedback_right) else {
            continue;
        };
        let shown: Vec<(&str, i64)> = message
            .variables
            .iter()
            .filter_map(|(name, _)| Some((name.as_str(), (*vars.get(name)?)?)))
            .collect();
        if shown.is_empty()
            || shown
                .iter()
                .any(|(_, v)| (v - a.answer).abs() <= a.tolerance)
        {
            continue;
        }
        let listed: Vec<String> = shown.iter().map(|(n, v)| format!("{n} = {v}")).collect();
        report
            .at(Code::AnswerNotFromVars, a.at)
            .with("answer", a.answer.to_string())
            .with("vars", listed.join(", "))
            .with("name", shown[shown.len() - 1].0)
            .with("id", &a.feedback_right);
    }
}

fn is_variable_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

/// One step: its type, id, hints and `next`, then the fields of its kind (see `steps`).
/// Returns the step and where its `next` is written.
fn load_step(value: &Spanned<DeValue<'_>>, b: &mut Builder<'_>) -> Option<(Step, Option<usize>)> {
    let at = value.span().start;
    let Some(table) = value.get_ref().as_table() else {
        b.report.at(Code::WrongType, at).with("detail", "[[steps]]");
        return None;
    };
    let Some(kind_value) = tomlfile::get(table, "type") else {
        b.report.at(Code::MissingField, at).with("field", "type");
        return None;
    };
    let kind_at = kind_value.span().start;
    let kind = kind_value
        .get_ref()
        .as_str()
        .unwrap_or_default()
        .to_string();
    let common: Option<RawCommon> = tomlfile::convert(value, &mut b.report);
    let kind = steps::load_kind(&kind, value, kind_at, b)?;
    let common = common?;
    let hints: Vec<String> = common.hints.iter().flatten().map(|h| b.msg(h)).collect();
    let next = common.next.as_ref().map(|n| {
        let id = tomlfile::text(n);
        if !is_kebab_id(&id) {
            b.report.at(Code::BadId, n.span().start).with("id", &id);
        }
        id
    });
    let id = match &common.id {
        Some(explicit) => {
            let sid = tomlfile::text(explicit);
            if !is_kebab_id(&sid) {
                b.report
                    .at(Code::BadId, explicit.span().start)
                    .with("id", &sid);
            }
            sid
        }
        None => String::new(),
    };
    let mut step = Step {
        id,
        kind,
        hints,
        next,
    };
    if step.id.is_empty() {
        step.id = step.main_message().to_string();
    }
    if step.is_question() && step.hints.is_empty() {
        b.report.at(Code::NoHints, kind_at).with("id", &step.id);
    }
    Some((step, common.next.as_ref().map(|n| n.span().start)))
}

/// The keys every step has, whatever its kind.
#[derive(Debug, serde::Deserialize)]
struct RawCommon {
    id: Option<Spanned<String>>,
    hints: Option<Vec<Spanned<String>>>,
    next: Option<Spanned<String>>,
}

/// Every `next` names a step of the lesson, and following the steps from the first always
/// comes to an end.
fn check_sequence(steps: &[Step], next_refs: &[(String, usize)], report: &mut FileReport<'_>) {
    let mut broken = false;
    for (next, at) in next_refs {
        if !steps.iter().any(|s| s.id == *next) {
            report.at(Code::UnknownStep, *at).with("id", next);
            broken = true;
        }
    }
    if broken || steps.is_empty() {
        return;
    }
    let mut seen = vec![false; steps.len()];
    let mut at = 0;
    loop {
        if seen[at] {
            let offset = next_refs
                .iter()
                .find(|(id, _)| *id == steps[at].id)
                .map_or(0, |(_, o)| *o);
            report.at(Code::StepLoop, offset).with("id", &steps[at].id);
            return;
        }
        seen[at] = true;
        let next = match &steps[at].next {
            Some(id) => steps.iter().position(|s| s.id == *id),
            None => (at + 1 < steps.len()).then_some(at + 1),
        };
        match next {
            Some(n) => at = n,
            None => return,
        }
    }
}

/// Variables, functions and references inside every language's messages.
fn check_messages(
    texts: &BTreeMap<String, FtlFile>,
    base: &str,
    vars: &[(String, Var)],
    files: &Files,
    folder: &str,
    out: &mut Vec<Diagnostic>,
) {
    let base_file = texts.get(base);
    for (tag, file) in texts {
        let path = format!("{folder}/{tag}.ftl");
        let source: &str = &file.source;
        let mut report = FileReport::new(files.display_path(&path), source, out);
        for m in &file.messages {
            for (var, at) in &m.variables {
                if !BUILTIN_VARS.contains(&var.as_str()) && !vars.iter().any(|(n, _)| n == var) {
                    report
                        .at(Code::UndeclaredVariable, *at)
                        .with("name", var)
                        .with("id", &m.id);
                }
            }
            for (func, at) in &m.functions {
                if !FUNCTIONS.contains(&func.as_str()) {
                    report
                        .at(Code::UnknownFunction, *at)
                        .with("name", func)
                        .with("expected", FUNCTIONS.join(", "));
                }
            }
            let declared =
                |name: &str| BUILTIN_VARS.contains(&name) || vars.iter().any(|(n, _)| n == name);
            for (name, at) in &m.bare_dollars {
                if declared(name) {
                    report
                        .at(Code::VariableWithoutBraces, *at)
                        .with("name", name)
                        .with("id", &m.id);
                }
            }
            for (name, at) in &m.printed {
                if let Some((_, Var::Number(n))) = vars.iter().find(|(v, _)| v == name)
                    && n.unsigned_abs() >= 1000
                {
                    report
                        .at(Code::MoneyWithoutFormat, *at)
                        .with("name", name)
                        .with("id", &m.id);
                }
            }
            for (msg, at) in &m.messages {
                if file.message(msg).is_some() || file.broken.contains(msg) {
                    continue;
                }
                if declared(msg) {
                    report
                        .at(Code::VariableWithoutDollar, *at)
                        .with("name", msg)
                        .with("id", &m.id);
                    continue;
                }
                if base_file.is_none_or(|b| b.message(msg).is_none()) {
                    report
                        .at(Code::MissingMessage, *at)
                        .with("id", msg)
                        .with("file", files.display_path(&path));
                }
            }
            if tag != base && base_file.is_some_and(|b| b.message(&m.id).is_none()) {
                report
                    .at(Code::UnusedMessage, m.offset)
                    .with("id", &m.id)
                    .with("base", base);
            }
            if tag != base
                && let Some(original) = base_file.and_then(|b| b.message(&m.id))
            {
                translation_variables(m, original, base, &mut report);
            }
        }
        check_references(file, &mut report);
    }
}

/// A translation that leaves out a variable its base-language message prints, or prints one
/// the base-language message does not: the learner then misses a price, or sees a different one.
fn translation_variables(
    m: &ftl::MessageInfo,
    original: &ftl::MessageInfo,
    base: &str,
    report: &mut FileReport<'_>,
) {
    let names = |info: &ftl::MessageInfo| -> BTreeSet<String> {
        info.variables.iter().map(|(n, _)| n.clone()).collect()
    };
    let (ours, theirs) = (names(m), names(original));
    let list = |set: Vec<&String>| {
        set.iter()
            .map(|n| format!("${n}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let missing = list(theirs.difference(&ours).collect());
    let extra = list(ours.difference(&theirs).collect());
    if missing.is_empty() && extra.is_empty() {
        return;
    }
    let kind = match (missing.is_empty(), extra.is_empty()) {
        (false, true) => "missing",
        (true, false) => "extra",
        _ => "both",
    };
    report
        .at(Code::TranslationVariables, m.offset)
        .with("id", &m.id)
        .with("kind", kind)
        .with("missing", missing)
        .with("extra", extra)
        .with("base", base);
}

/// Most placeables Fluent fills in one message (fluent-bundle's `MAX_PLACEABLES`); after
/// that it stops and the learner sees the text cut short.
const MAX_PLACEABLES: usize = 100;

/// Messages of one file that refer to each other in a circle (Fluent then shows the ids in
/// braces), and messages whose references expand to more placeables than Fluent fills. The
/// walk keeps its own stack: a hostile file may chain thousands of messages.
fn check_references(file: &FtlFile, report: &mut FileReport<'_>) {
    const NEW: u8 = 0;
    const OPEN: u8 = 1;
    const DONE: u8 = 2;
    let n = file.messages.len();
    let refs: Vec<Vec<(usize, usize)>> = file
        .messages
        .iter()
        .map(|m| {
            m.messages
                .iter()
                .filter_map(|(id, at)| Some((file.index_of(id)?, *at)))
                .collect()
        })
        .collect();
    let mut state = vec![NEW; n];
    let mut expands = vec![0usize; n];
    for root in 0..n {
        if state[root] != NEW {
            continue;
        }
        // (message, next reference to follow)
        let mut stack = vec![(root, 0usize)];
        state[root] = OPEN;
        while let Some(&mut (at, ref mut next)) = stack.last_mut() {
            if let Some(&(child, offset)) = refs[at].get(*next) {
                *next += 1;
                match state[child] {
                    NEW => {
                        state[child] = OPEN;
                        stack.push((child, 0));
                    }
                    OPEN => {
                        let from = stack.iter().position(|(m, _)| *m == child).unwrap_or(0);
                        let circle: Vec<&str> = stack[from..]
                            .iter()
                            .map(|(m, _)| file.messages[*m].id.as_str())
                            .chain([file.messages[child].id.as_str()])
                            .collect();
                        report
                            .at(Code::MessageCycle, offset)
                            .with("id", &file.messages[at].id)
                            .with("circle", circle.join(" → "));
                    }
                    _ => {}
                }
                continue;
            }
            stack.pop();
            state[at] = DONE;
            let children = &refs[at];
            let total = children.iter().fold(0usize, |sum, &(c, _)| {
                sum.saturating_add(1).saturating_add(expands[c])
            });
            expands[at] = total.min(MAX_PLACEABLES * 10);
            // Reported where the limit is first passed, not again in each message using it.
            if total > MAX_PLACEABLES && children.iter().all(|&(c, _)| expands[c] <= MAX_PLACEABLES)
            {
                report
                    .at(Code::ExpansionTooLong, file.messages[at].offset)
                    .with("id", &file.messages[at].id)
                    .with("count", total)
                    .with("limit", MAX_PLACEABLES);
            }
        }
    }
}

/// Each language file that lacks messages of the base language: how many, which, and the
/// share translated. The learner sees those messages in a fallback language, marked "(vi)".
fn missing_translations(
    texts: &BTreeMap<String, FtlFile>,
    base: &str,
    files: &Files,
    folder: &str,
    out: &mut Vec<Diagnostic>,
) {
    let Some(base_file) = texts.get(base) else {
        return;
    };
    let total = base_file.messages.len();
    for (tag, file) in texts {
        if tag == base {
            continue;
        }
        let missing: Vec<&str> = base_file
            .messages
            .iter()
            .filter(|m| file.message(&m.id).is_none() && !file.broken.contains(&m.id))
            .map(|m| m.id.as_str())
            .collect();
        if missing.is_empty() {
            continue;
        }
        let path = if folder.is_empty() {
            format!("{tag}.ftl")
        } else {
            format!("{folder}/{tag}.ftl")
        };
        let named = crate::diagnostic::first_names(&missing);
        out.push(
            Diagnostic::new(
                Code::MissingTranslation,
                files.display_path(&path),
                Position { line: 1, col: 1 },
            )
            .arg("count", missing.len())
            .arg("total", total)
            .arg("percent", (total - missing.len()) * 100 / total.max(1))
            .arg("ids", named)
            .arg("base", base),
        );
    }
}

fn coverage(
    texts: &BTreeMap<String, FtlFile>,
    base: &str,
    languages: &Languages,
) -> BTreeMap<String, (usize, usize)> {
    let Some(base_file) = texts.get(base) else {
        return BTreeMap::new();
    };
    let total = base_file.messages.len();
    languages
        .all()
        .iter()
        .map(|lang| {
            let present = texts.get(&lang.tag).map_or(0, |f| {
                base_file
                    .messages
                    .iter()
                    .filter(|m| f.message(&m.id).is_some())
                    .count()
            });
            (lang.tag.clone(), (present, total))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const COURSE: &str = "format_version = 1\nbase_language = \"vi\"\n[[modules]]\nid = \"m\"\ntitle = \"m\"\nlessons = [\"l\"]\n";

    fn codes(lesson: &str, vi: &str) -> Vec<(&'static str, usize)> {
        loaded(lesson, vi)
            .diagnostics
            .iter()
            .map(|d| (d.code.as_str(), d.pos.line))
            .collect()
    }

    #[test]
    fn a_newer_format_is_refused_with_its_version() {
        let mut files = Files::from_texts(
            "",
            [(
                "course.toml",
                "format_version = 9\nbase_language = \"vi\"\nmodules = []\n",
            )],
        );
        files.add_missing_from(&Files::embedded_locales(), "locales/");
        let loaded = load(&files);
        assert_eq!(loaded.diagnostics.len(), 1);
        assert_eq!(loaded.diagnostics[0].code, Code::FormatTooNew);
        assert_eq!(
            loaded.diagnostics[0].args,
            vec![("found", "9".to_string()), ("supported", "1".to_string())]
        );
    }

    #[test]
    fn every_problem_in_a_lesson_is_reported_not_just_the_first() {
        let lesson = r#"title = "title"
[vars]
learner = "x"
[[steps]]
type = "multi"
prompt = "p"
options = [{ text = "a" }, { text = "b" }]
hints = ["h"]
[[steps]]
type = "order"
prompt = "p2"
items = ["a"]
hints = ["h"]
[[steps]]
type = "number"
prompt = "p3"
answer = 5
tolerance = -1
hints = ["h"]
[[steps]]
type = "text"
prompt = "p4"
accept = ["a"]
ideas = []
min_words = 9
max_words = 2
hints = ["h"]
[[steps]]
type = "read"
id = "p"
text = "t"
picture = "../../etc/passwd"
"#;
        let vi = "title = T\np = P\np2 = P\np3 = P\np4 = P\nt = T\na = A\nb = B\nh = H\n";
        assert_eq!(
            codes(lesson, vi),
            [
                ("bad-id", 3),
                ("no-correct-option", 7),
                ("too-few-items", 12),
                ("bad-tolerance", 18),
                ("text-both-checks", 21),
                ("bad-length-limits", 21),
                ("duplicate-id", 30),
                ("bad-media-path", 32),
                ("missing-picture-alt", 32),
            ]
        );
    }

    #[test]
    fn ftl_files_for_unknown_languages_are_reported() {
        let mut files = Files::from_texts(
            "",
            [
                ("course.toml", COURSE),
                ("vi.ftl", "m = M\n"),
                (
                    "l/lesson.toml",
                    "title = \"t\"\n[[steps]]\ntype = \"read\"\ntext = \"t\"\n",
                ),
                ("l/vi.ftl", "t = T\n"),
                ("l/xx.ftl", "t = T\n"),
                ("l/not a tag.ftl", "t = T\n"),
            ],
        );
        files.add_missing_from(&Files::embedded_locales(), "locales/");
        let found: Vec<&str> = load(&files)
            .diagnostics
            .iter()
            .map(|d| d.code.as_str())
            .collect();
        assert_eq!(found, ["bad-language-tag", "unknown-language"]);
    }

    #[test]
    fn a_scenario_where_someone_could_get_stuck_is_an_error() {
        let lesson = r#"title = "title"
[[steps]]
type = "scenario"
prompt = "p"
start = "a"
hints = ["h"]
nodes = [
  { id = "a", say = "s", choices = [{ text = "t", next = "b", debrief = "d" }, { text = "t", next = "nowhere", debrief = "d" }] },
  { id = "b", say = "s", choices = [{ text = "t", next = "c", debrief = "d" }] },
  { id = "c", say = "s", choices = [{ text = "t", next = "b", debrief = "d" }] },
  { id = "lost", say = "s", ending = "good" },
  { id = "both", say = "s", ending = "poor", choices = [{ text = "t", next = "a", debrief = "d" }] },
]
"#;
        let vi = "title = T\np = P\ns = S\nt = T\nd = D\nh = H\n";
        assert_eq!(
            codes(lesson, vi),
            [("unknown-node", 8), ("node-choices-or-ending", 12)]
        );
        let fixed = lesson
            .replace(r#", { text = "t", next = "nowhere", debrief = "d" }"#, "")
            .replace(
                r#"ending = "poor", choices = [{ text = "t", next = "a", debrief = "d" }]"#,
                r#"ending = "poor""#,
            );
        assert_eq!(
            codes(&fixed, vi),
            [
                ("no-good-ending", 3),
                ("node-never-ends", 8),
                ("node-never-ends", 9),
                ("node-never-ends", 10),
                ("unreachable-node", 11),
                ("unreachable-node", 12)
            ]
        );
    }

    fn loaded(lesson: &str, vi: &str) -> Loaded {
        let mut files = Files::from_texts(
            "",
            [
                ("course.toml", COURSE),
                ("vi.ftl", "m = M\n"),
                ("l/lesson.toml", lesson),
                ("l/vi.ftl", vi),
            ],
        );
        files.add_missing_from(&Files::embedded_locales(), "locales/");
        load(&files)
    }

    const FORMULA_TEXT: &str = "title = T\np = P { MONEY($cost) }\nr = R { MONEY($cost) }\nh = H\n";

    #[test]
    fn a_formula_in_vars_and_in_an_answer_is_worked_out_from_the_other_vars() {
        let lesson = r#"title = "title"
[vars]
cost = "= jar + box"
jar = 90000
box = 5000
[[steps]]
type = "number"
prompt = "p"
answer = "= cost"
feedback_right = "r"
hints = ["h"]
"#;
        let loaded = loaded(lesson, FORMULA_TEXT);
        assert_eq!(loaded.diagnostics, vec![]);
        let LessonEntry::Ready(l) = &loaded.course.lessons["l"] else {
            panic!("lesson not loaded");
        };
        assert!(l.vars.contains(&("cost".to_string(), Var::Number(95_000))));
        let crate::course::StepKind::Number(n) = &l.steps[0].kind else {
            panic!("not a number step");
        };
        assert_eq!(n.answer, 95_000);
    }

    #[test]
    fn a_wrong_formula_is_an_error_at_its_place_and_its_users_are_not_blamed_again() {
        let lesson = r#"title = "title"
[vars]
cost = "= jar + bx"
jar = 90000
[[steps]]
type = "number"
prompt = "p"
answer = "= cost - 1.000"
hints = ["h"]
[[steps]]
type = "number"
prompt = "p"
id = "two"
answer = "= cost"
hints = ["h"]
"#;
        let found: Vec<(&str, usize, usize)> = loaded(lesson, FORMULA_TEXT)
            .diagnostics
            .iter()
            .map(|d| (d.code.as_str(), d.pos.line, d.pos.col))
            .collect();
        assert_eq!(found, [("bad-formula", 3, 17), ("bad-formula", 8, 20)]);
    }

    #[test]
    fn an_answer_that_no_longer_matches_the_vars_its_feedback_shows_is_a_warning() {
        let lesson = |answer: &str| {
            format!(
                "title = \"title\"\n[vars]\ncost = 95000\n[[steps]]\ntype = \"number\"\nprompt = \"p\"\nanswer = {answer}\ntolerance = 500\nfeedback_right = \"r\"\nhints = [\"h\"]\n"
            )
        };
        let codes_of = |answer: &str| -> Vec<&'static str> {
            loaded(&lesson(answer), FORMULA_TEXT)
                .diagnostics
                .iter()
                .map(|d| d.code.as_str())
                .collect()
        };
        assert_eq!(codes_of("92000"), ["answer-not-from-vars"]);
        assert_eq!(codes_of("95400"), Vec::<&str>::new());
        assert_eq!(codes_of("\"= cost\""), Vec::<&str>::new());
    }
}
