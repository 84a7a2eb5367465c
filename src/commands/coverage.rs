//! `chophien coverage [PATH] [--mark-current] [--format text|json]`: per lesson and language,
//! the share of the base language's messages translated, the messages missing, and the
//! messages whose base-language text changed after the translation was made.
//!
//! How "changed" is known: next to each lesson's `.ftl` files, `.translations.toml` records,
//! per language, a hash of the base-language text of every message as it was when the
//! translation was marked current (`--mark-current`, run by the translator when done):
//!
//! ```toml
//! [en]
//! title = "9b0c5e1f2a3d4c5b"
//! ```
//!
//! A side file rather than a `# source-hash:` comment in the translation, so that marking never
//! rewrites a translator's file; its name starts with `.`, so the tutor never reads it. The
//! hash is FNV-1a (64 bit) of the message's source lines with outer spaces trimmed: stable
//! across versions and machines, and blind to re-indenting. A translation with no recorded
//! hash is counted as translated, never as changed.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Serialize;

use super::{EXIT_CHECK_FAILED, EXIT_OK};
use crate::cli::Format;
use crate::course::ftl::{self, FtlFile};
use crate::diagnostic::FileReport;
use crate::i18n::{Args, Localizer};
use crate::source::Files;

/// The side file in each folder with text.
pub const SIDE_FILE: &str = ".translations.toml";

#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct Row {
    /// The lesson id; "" for the course's own texts (module titles).
    pub lesson: String,
    pub language: String,
    pub total: usize,
    pub translated: usize,
    pub percent: usize,
    pub missing: Vec<String>,
    /// Translated, but the base-language text changed since the translation was marked.
    pub stale: Vec<String>,
}

/// FNV-1a, 64 bit: small, stable, enough to notice an edited sentence.
pub fn source_hash(text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for line in text.lines() {
        for byte in line.trim().bytes().chain(std::iter::once(b'\n')) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}

/// The source lines of the message whose id starts at `offset`: its first line and the
/// indented lines that continue it.
pub fn message_source(text: &str, offset: usize) -> &str {
    let rest = text.get(offset..).unwrap_or_default();
    let mut end = 0;
    for (i, line) in rest.split_inclusive('\n').enumerate() {
        let continues = line.starts_with(' ') && !line.trim().is_empty();
        if i > 0 && !continues {
            break;
        }
        end += line.len();
    }
    rest[..end].trim_end()
}

fn parse(files: &Files, path: &str) -> Option<FtlFile> {
    let source = files.text(path)?;
    let mut sink = Vec::new();
    let mut report = FileReport::new(String::new(), source, &mut sink);
    ftl::parse(source, &mut report)
}

type Marks = BTreeMap<String, BTreeMap<String, String>>;

fn read_marks(root: Option<&Path>, folder: &str) -> Marks {
    let Some(root) = root else {
        return Marks::new();
    };
    let path = root.join(folder).join(SIDE_FILE);
    let too_large = std::fs::metadata(&path)
        .map(|m| m.len() > crate::source::MAX_TEXT_FILE)
        .unwrap_or(true);
    if too_large {
        return Marks::new();
    }
    std::fs::read_to_string(&path)
        .ok()
        .and_then(|text| toml::from_str(&text).ok())
        .unwrap_or_default()
}

/// Every folder with text, in course order: the course's own texts, then each lesson.
fn folders(loaded: &crate::course::Loaded) -> Vec<String> {
    std::iter::once(String::new())
        .chain(
            loaded
                .course
                .modules
                .iter()
                .flat_map(|m| m.lessons.iter().cloned()),
        )
        .collect()
}

/// The coverage rows of a course, and (when `mark` is given) the side files to write.
pub fn rows(
    files: &Files,
    loaded: &crate::course::Loaded,
    root: Option<&Path>,
    mark: Option<&mut Vec<(String, String)>>,
) -> Vec<Row> {
    rows_of(files, loaded, root, mark, false)
}

/// Each translation whose base-language text changed since a translator marked it current,
/// as a warning on the translation's file (`check` and `preview`). Only folders with a side
/// file are read again, so a pack never marked costs nothing.
pub fn stale_translations(
    files: &Files,
    loaded: &crate::course::Loaded,
    root: Option<&Path>,
) -> Vec<crate::diagnostic::Diagnostic> {
    let base = &loaded.course.base_language;
    rows_of(files, loaded, root, None, true)
        .into_iter()
        .filter(|row| !row.stale.is_empty())
        .map(|row| {
            let file = if row.lesson.is_empty() {
                format!("{}.ftl", row.language)
            } else {
                format!("{}/{}.ftl", row.lesson, row.language)
            };
            let ids = crate::diagnostic::first_names(&row.stale);
            crate::diagnostic::Diagnostic::new(
                crate::diagnostic::Code::StaleTranslation,
                files.display_path(&file),
                crate::diagnostic::Position { line: 1, col: 1 },
            )
            .arg("count", row.stale.len())
            .arg("ids", crate::text::clean_line(&ids))
            .arg("base", base)
        })
        .collect()
}

fn rows_of(
    files: &Files,
    loaded: &crate::course::Loaded,
    root: Option<&Path>,
    mark: Option<&mut Vec<(String, String)>>,
    only_marked: bool,
) -> Vec<Row> {
    let base = loaded.course.base_language.clone();
    let mut out = Vec::new();
    let mut writes = Vec::new();
    for folder in folders(loaded) {
        let file_of = |tag: &str| {
            if folder.is_empty() {
                format!("{tag}.ftl")
            } else {
                format!("{folder}/{tag}.ftl")
            }
        };
        let marks = read_marks(root, &folder);
        if only_marked && marks.is_empty() {
            continue;
        }
        let Some(base_file) = parse(files, &file_of(&base)) else {
            continue;
        };
        let base_source = &base_file.source;
        let hashes: BTreeMap<&str, String> = base_file
            .messages
            .iter()
            .map(|m| {
                (
                    m.id.as_str(),
                    source_hash(message_source(base_source, m.offset)),
                )
            })
            .collect();
        let mut new_marks = Marks::new();
        for lang in loaded.languages.all() {
            if lang.tag == base {
                continue;
            }
            let translation = parse(files, &file_of(&lang.tag));
            let has = |id: &str| {
                translation
                    .as_ref()
                    .is_some_and(|t| t.message(id).is_some())
            };
            let missing: Vec<String> = base_file
                .messages
                .iter()
                .filter(|m| !has(&m.id))
                .map(|m| m.id.clone())
                .collect();
            let recorded = marks.get(&lang.tag);
            let stale: Vec<String> = base_file
                .messages
                .iter()
                .filter(|m| has(&m.id))
                .filter(|m| {
                    recorded
                        .and_then(|r| r.get(&m.id))
                        .is_some_and(|h| Some(h) != hashes.get(m.id.as_str()))
                })
                .map(|m| m.id.clone())
                .collect();
            let total = base_file.messages.len();
            let translated = total - missing.len();
            if translation.is_some() {
                let current: BTreeMap<String, String> = base_file
                    .messages
                    .iter()
                    .filter(|m| has(&m.id))
                    .filter_map(|m| Some((m.id.clone(), hashes.get(m.id.as_str())?.clone())))
                    .collect();
                new_marks.insert(lang.tag.clone(), current);
            }
            out.push(Row {
                lesson: folder.clone(),
                language: lang.tag.clone(),
                total,
                translated,
                percent: (translated * 100).checked_div(total).unwrap_or(100),
                missing,
                stale,
            });
        }
        if !new_marks.is_empty()
            && let Ok(text) = toml::to_string(&new_marks)
        {
            let path = if folder.is_empty() {
                SIDE_FILE.to_string()
            } else {
                format!("{folder}/{SIDE_FILE}")
            };
            writes.push((path, text));
        }
    }
    if let Some(mark) = mark {
        *mark = writes;
    }
    out
}

pub fn run(loc: &Localizer, path: Option<&Path>, format: Format, mark_current: bool) -> u8 {
    if mark_current && path.is_none() {
        super::print_error(loc, &loc.text("coverage-mark-needs-path"));
        return EXIT_CHECK_FAILED;
    }
    let (files, loaded) = super::load_course(path);
    let mut writes = Vec::new();
    let rows = rows(&files, &loaded, path, mark_current.then_some(&mut writes));
    if let Some(root) = path {
        for (relative, text) in &writes {
            let target = root.join(relative);
            if std::fs::write(
                &target,
                format!(
                    "{}\n{text}",
                    loc.text("coverage-side-file-comment")
                        .lines()
                        .map(|l| format!("# {l}\n"))
                        .collect::<String>()
                ),
            )
            .is_err()
            {
                let mut args = Args::new();
                args.set("path", target.display().to_string());
                super::print_error(loc, &loc.text_with("new-cannot-write", &args));
                return EXIT_CHECK_FAILED;
            }
        }
    }
    let shown = files.display_path("");
    let shown = shown.trim_end_matches('/');
    match format {
        Format::Json => match serde_json::to_string_pretty(&rows) {
            Ok(json) => println!("{json}"),
            Err(e) => super::print_error(loc, &e.to_string()),
        },
        Format::Text => print_table(loc, &rows, shown, &loaded.course.base_language),
    }
    if mark_current {
        let mut args = Args::new();
        args.set("count", writes.len());
        println!("{}", loc.text_with("coverage-marked", &args));
    }
    EXIT_OK
}

fn print_table(loc: &Localizer, rows: &[Row], path: &str, base: &str) {
    let mut args = Args::new();
    args.set("path", crate::text::clean_line(path));
    args.set("base", base.to_string());
    println!("{}\n", loc.text_with("coverage-header", &args));
    let course_label = loc.text("coverage-course-texts");
    let name = |lesson: &str| {
        if lesson.is_empty() {
            course_label.clone()
        } else {
            lesson.to_string()
        }
    };
    let width = rows
        .iter()
        .map(|r| unicode_width::UnicodeWidthStr::width(name(&r.lesson).as_str()))
        .max()
        .unwrap_or(8)
        .max(8);
    let mut details = Vec::new();
    let mut current = None;
    let mut line = String::new();
    for row in rows {
        if current != Some(&row.lesson) {
            if !line.is_empty() {
                println!("{}", line.trim_end());
            }
            let label = name(&row.lesson);
            let pad = width - unicode_width::UnicodeWidthStr::width(label.as_str());
            line = format!("  {label}{}  ", " ".repeat(pad));
            current = Some(&row.lesson);
        }
        let mut cell = format!("{} {}%", row.language, row.percent);
        if !row.stale.is_empty() {
            let mut args = Args::new();
            args.set("count", row.stale.len());
            cell.push_str(&format!(
                " ({})",
                loc.text_with("coverage-stale-count", &args)
            ));
        }
        line.push_str(&format!("{cell:<22}"));
        let mut args = Args::new();
        args.set("lesson", name(&row.lesson));
        args.set("lang", row.language.clone());
        if !row.missing.is_empty() && row.translated > 0 {
            args.set("ids", row.missing.join(", "));
            details.push(loc.text_with("coverage-missing", &args));
        }
        if !row.stale.is_empty() {
            args.set("ids", row.stale.join(", "));
            details.push(loc.text_with("coverage-stale", &args));
        }
    }
    if !line.is_empty() {
        println!("{}", line.trim_end());
    }
    if !details.is_empty() {
        println!();
        for d in details {
            println!("{}", crate::text::clean_line(&d));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_ignores_indentation_but_not_words() {
        assert_eq!(source_hash("a =\n    one\n"), source_hash("a =\n  one"));
        assert_ne!(source_hash("a = one"), source_hash("a = two"));
        assert_eq!(source_hash("").len(), 16);
    }

    #[test]
    fn a_message_source_ends_where_the_next_entry_starts() {
        let text = "a =\n    one\n    two\nb = three\n";
        assert_eq!(message_source(text, 0), "a =\n    one\n    two");
        assert_eq!(
            message_source(text, text.find('b').unwrap_or(0)),
            "b = three"
        );
    }
}
