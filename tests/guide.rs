//! The trainers' guide, `lessons/README.md`, held to the code so that it cannot drift.
//!
//! - Section 8's "Diagnostic codes" table has one row per code of [`Code::ALL`], each with
//!   its fix, no row for a code that does not exist, and **Warning.** exactly on warnings.
//! - Every step type has a `### 4.x <type>` section, and the field tables of its sections
//!   (a table whose first column is `field`) name exactly the type's own keys
//!   ([`steps::keys`]). The keys every step may have ([`steps::COMMON_KEYS`]) are in one table
//!   of their own, at the top of section 4, and in no type's table. The tables of
//!   `course.toml` (section 2: the course, then each `[[modules]]` block) and of `lesson.toml`
//!   (section 3) name exactly [`raw::COURSE_KEYS`], [`raw::MODULE_KEYS`], [`raw::LESSON_KEYS`].
//! - The guide's examples load without errors, each in a temporary pack:
//!   - a block whose line before is a file name in backticks and a colon (`` `vi.ftl`: ``) is
//!     that file of its section's pack (section 7, the worked example); that pack must load
//!     without errors or warnings, as the guide says;
//!   - a ```toml block with `[[steps]]` is a lesson (a `title` is added when it has none); the
//!     Fluent blocks after it in the same section are its `vi.ftl` (the base language) and must
//!     define every message it names. When the guide gives no Fluent, a text is made up for
//!     each message the loader reports missing. A ```toml block with no `[...]` header (a
//!     field shown alone, as `forbidden = [...]`) is added to the step before it;
//!   - a ```toml block with `format_version` is a `course.toml`: its lessons are made up;
//!   - a ```toml block with `[[languages]]` is added to the built-in `locales/languages.toml`;
//!   - a picture a step names is the fixture pack's picture.
//!
//!   Any other ```toml block fails the test, unless the line before it is an HTML comment
//!   starting `<!-- not checked` (for a block that shows a mistake on purpose). A marked
//!   `[[steps]]` block that loads without errors fails too: it shows no mistake, so check it.
//!
//! Break the guide (remove a row, rename a field, misspell an id in an example) and these fail.

use std::collections::BTreeSet;
use std::path::Path;

use chophien::course::{self, raw, steps};
use chophien::diagnostic::{Code, Diagnostic, Severity};
use chophien::source::Files;

const GUIDE: &str = "lessons/README.md";
const PICTURE: &str = "tests/fixtures/valid-pack/honey/media/jar.png";
const NOT_CHECKED: &str = "<!-- not checked";

fn guide_text() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(GUIDE);
    std::fs::read_to_string(&path).expect("read the trainers' guide")
}

/// A fenced block of the guide.
#[derive(Debug)]
struct Block {
    /// The 1-based line of the opening fence.
    line: usize,
    /// The fence's indent, removed from the body's lines.
    indent: usize,
    info: String,
    body: String,
    h2: String,
    h3: String,
    /// The last non-empty line before the fence.
    before: String,
}

/// A table of the guide: its header cells and its rows of cells.
#[derive(Debug)]
struct Table {
    line: usize,
    h2: String,
    h3: String,
    header: Vec<String>,
    rows: Vec<Vec<String>>,
}

#[derive(Debug, Default)]
struct Guide {
    blocks: Vec<Block>,
    tables: Vec<Table>,
    /// Every `###` heading's title, with the `##` section it is in.
    headings: Vec<(String, String)>,
}

/// A heading's title without its number: `## 4. Step types` → `Step types`.
fn heading_title(line: &str) -> String {
    let text = line.trim_start_matches('#').trim();
    match text.split_once(' ') {
        Some((number, rest)) if number.chars().all(|c| c.is_ascii_digit() || c == '.') => {
            rest.trim().to_string()
        }
        _ => text.to_string(),
    }
}

fn cells(line: &str) -> Vec<String> {
    let inner = line.trim().trim_start_matches('|').trim_end_matches('|');
    inner.split('|').map(|c| c.trim().to_string()).collect()
}

fn parse(text: &str) -> Guide {
    let mut guide = Guide::default();
    let (mut h2, mut h3) = (String::new(), String::new());
    let mut before = String::new();
    let mut open: Option<Block> = None;
    let mut table: Option<Table> = None;
    for (i, line) in text.lines().enumerate() {
        let trimmed = line.trim();
        if let Some(block) = &mut open {
            if trimmed == "```" {
                guide.blocks.extend(open.take());
                before.clear();
            } else {
                let indent = line.len() - line.trim_start().len();
                let strip = indent.min(block.indent);
                block.body.push_str(&line[strip..]);
                block.body.push('\n');
            }
            continue;
        }
        if trimmed.starts_with('|') {
            let row = cells(trimmed);
            match &mut table {
                Some(t) => {
                    if !row
                        .iter()
                        .all(|c| c.chars().all(|ch| ch == '-' || ch == ':'))
                    {
                        t.rows.push(row);
                    }
                }
                None => {
                    table = Some(Table {
                        line: i + 1,
                        h2: h2.clone(),
                        h3: h3.clone(),
                        header: row,
                        rows: Vec::new(),
                    })
                }
            }
            continue;
        }
        guide.tables.extend(table.take());
        if let Some(info) = trimmed.strip_prefix("```") {
            let indent = line.len() - line.trim_start().len();
            open = Some(Block {
                line: i + 1,
                indent,
                info: info.trim().to_string(),
                body: String::new(),
                h2: h2.clone(),
                h3: h3.clone(),
                before: before.clone(),
            });
        } else if line.starts_with("## ") {
            h2 = heading_title(line);
            h3.clear();
        } else if line.starts_with("### ") {
            h3 = heading_title(line);
            guide.headings.push((h2.clone(), h3.clone()));
        }
        if !trimmed.is_empty() {
            before = trimmed.to_string();
        }
    }
    guide.tables.extend(table);
    assert!(open.is_none(), "{GUIDE}: a ``` block is never closed");
    guide
}

/// The text inside the backticks of a table cell, without `[[ ]]` or `[ ]`.
fn field_name(cell: &str) -> String {
    cell.trim()
        .trim_matches('`')
        .trim_start_matches('[')
        .trim_end_matches(']')
        .to_string()
}

fn field_tables<'a>(guide: &'a Guide, h2: &str, h3: Option<&str>) -> Vec<&'a Table> {
    guide
        .tables
        .iter()
        .filter(|t| t.h2 == h2 && h3.is_none_or(|h| t.h3 == h))
        .filter(|t| t.header.first().is_some_and(|c| c == "field"))
        .collect()
}

/// The fields of `tables`, in order; fails on a row without its explanation.
fn fields_of(tables: &[&Table]) -> Vec<String> {
    let mut out = Vec::new();
    for t in tables {
        for row in &t.rows {
            assert!(
                row.len() == t.header.len() && row.iter().all(|c| !c.is_empty()),
                "{GUIDE}:{}: a row of the table under \"{}\" has an empty cell: {row:?}",
                t.line,
                if t.h3.is_empty() { &t.h2 } else { &t.h3 },
            );
            out.push(field_name(&row[0]));
        }
    }
    out
}

fn assert_same_fields(what: &str, guide: Vec<String>, code: &[&str]) {
    let mut seen = BTreeSet::new();
    for f in &guide {
        assert!(
            seen.insert(f.as_str()),
            "{what}: the guide lists `{f}` twice"
        );
    }
    let code: BTreeSet<&str> = code.iter().copied().collect();
    let missing: Vec<_> = code.difference(&seen).collect();
    let extra: Vec<_> = seen.difference(&code).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "{what}: the guide's table does not match the code.\n  \
         missing from the guide: {missing:?}\n  in the guide but not in the code: {extra:?}"
    );
}

#[test]
fn every_diagnostic_code_is_in_the_guide_with_its_fix() {
    let text = guide_text();
    let guide = parse(&text);
    let tables: Vec<&Table> = guide
        .tables
        .iter()
        .filter(|t| t.h3 == "Diagnostic codes" && t.header.first().is_some_and(|c| c == "code"))
        .collect();
    assert_eq!(tables.len(), 1, "one table of diagnostic codes in {GUIDE}");
    let table = tables[0];
    let mut listed = BTreeSet::new();
    for row in &table.rows {
        let code = field_name(&row[0]);
        assert!(listed.insert(code.clone()), "`{code}` is listed twice");
        let fix = row.get(1).map(String::as_str).unwrap_or_default();
        assert!(!fix.is_empty(), "`{code}` has no fix in the guide");
        let Some(known) = Code::ALL.iter().find(|c| c.as_str() == code) else {
            panic!("the guide lists `{code}`, which is not a diagnostic code");
        };
        let warning = known.severity() == Severity::Warning;
        assert_eq!(
            fix.starts_with("**Warning.**"),
            warning,
            "`{code}`: the fix starts with **Warning.** exactly when the code is a warning"
        );
    }
    let missing: Vec<&str> = Code::ALL
        .iter()
        .map(|c| c.as_str())
        .filter(|c| !listed.contains(*c))
        .collect();
    assert!(
        missing.is_empty(),
        "codes missing from the guide: {missing:?}"
    );

    let warnings = Code::ALL
        .iter()
        .filter(|c| c.severity() == Severity::Warning)
        .count();
    let words = [
        "No",
        "One",
        "Two",
        "Three",
        "Four",
        "Five",
        "Six",
        "Seven",
        "Eight",
        "Nine",
        "Ten",
        "Eleven",
        "Twelve",
        "Thirteen",
        "Fourteen",
        "Fifteen",
        "Sixteen",
        "Seventeen",
        "Eighteen",
        "Nineteen",
        "Twenty",
    ];
    let sentence = match words.get(warnings) {
        Some(word) => format!("{word} are **warnings**"),
        None => format!("{warnings} are **warnings**"),
    };
    assert!(
        text.contains(&sentence),
        "the guide should say \"{sentence}\""
    );
}

#[test]
fn course_and_lesson_tables_name_the_fields_the_loader_accepts() {
    let guide = parse(&guide_text());
    let course = field_tables(&guide, "course.toml", None);
    assert_eq!(
        course.len(),
        2,
        "section course.toml: a table for the course, then one for each [[modules]] block"
    );
    assert_same_fields("course.toml", fields_of(&course[..1]), raw::COURSE_KEYS);
    assert_same_fields("[[modules]]", fields_of(&course[1..]), raw::MODULE_KEYS);
    let lesson = field_tables(&guide, "lesson.toml", None);
    assert_eq!(lesson.len(), 1, "section lesson.toml: one table of fields");
    assert_same_fields("lesson.toml", fields_of(&lesson), raw::LESSON_KEYS);
}

#[test]
fn every_step_type_has_its_section_and_a_table_of_exactly_its_fields() {
    let guide = parse(&guide_text());
    let common = field_tables(&guide, "Step types", Some(""));
    assert_eq!(
        common.len(),
        1,
        "one table of the fields every step may have"
    );
    assert_same_fields(
        "fields every step may have",
        fields_of(&common),
        steps::COMMON_KEYS,
    );

    let headings = step_headings(&guide);
    for h in &headings {
        let kind = kind_of(h);
        assert!(
            steps::KINDS.contains(&kind),
            "section \"{h}\" is about `{kind}`, which is not a step type ({:?})",
            steps::KINDS
        );
    }
    for kind in steps::KINDS {
        let own: Vec<&&String> = headings.iter().filter(|h| kind_of(h) == *kind).collect();
        assert!(
            !own.is_empty(),
            "the guide has no section for `{kind}` steps"
        );
        let tables = kind_tables(&guide, kind);
        assert!(!tables.is_empty(), "`{kind}` steps have no table of fields");
        let keys = steps::keys(kind).expect("a known kind has keys");
        assert_same_fields(&format!("type = \"{kind}\""), fields_of(&tables), keys);
    }
}

/// The headings of the sections of "Step types".
fn step_headings(guide: &Guide) -> Vec<&String> {
    guide
        .headings
        .iter()
        .filter(|(h2, _)| h2 == "Step types")
        .map(|(_, h3)| h3)
        .collect()
}

/// The tables of fields in the sections about `kind` steps.
fn kind_tables<'a>(guide: &'a Guide, kind: &str) -> Vec<&'a Table> {
    step_headings(guide)
        .into_iter()
        .filter(|h| kind_of(h) == kind)
        .flat_map(|h| field_tables(guide, "Step types", Some(h)))
        .collect()
}

/// The step type a section is about: `choice: one right answer` → `choice`.
fn kind_of(heading: &str) -> &str {
    heading.split([' ', ':']).next().unwrap_or_default()
}

/// One example of the guide, made into a pack.
#[derive(Debug)]
struct Example {
    /// Where it is in the guide, for messages.
    at: String,
    /// Files of the pack: path and text.
    files: Vec<(String, String)>,
    /// Whether the guide gives its Fluent (then nothing is made up).
    fluent_given: bool,
    /// Whether warnings fail it too.
    no_warnings: bool,
    /// Whether it is a `locales/languages.toml`.
    languages: bool,
}

const LESSON: &str = "example";
/// A lesson made up around an example that is not a lesson.
const READ_LESSON: &str = "title = \"title\"\n\n[[steps]]\ntype = \"read\"\ntext = \"intro\"\n";

fn looks_like_fluent(body: &str) -> bool {
    body.lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with('#'))
        .is_some_and(|l| {
            l.split_once(" =").is_some_and(|(id, _)| {
                !id.is_empty()
                    && id
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            })
        })
}

fn has_header(body: &str, header: &str) -> bool {
    body.lines().any(|l| l.trim() == header)
}

/// A minimal course around one lesson folder, `example`.
fn course_files() -> Vec<(String, String)> {
    vec![
        (
            "course.toml".into(),
            format!(
                "format_version = 1\nbase_language = \"vi\"\n\n[[modules]]\nid = \"guide\"\n\
                 title = \"guide\"\nlessons = [\"{LESSON}\"]\n"
            ),
        ),
        ("vi.ftl".into(), "guide = Ví dụ\n".into()),
        ("en.ftl".into(), "guide = Examples\n".into()),
    ]
}

fn examples(guide: &Guide) -> (Vec<Example>, Vec<String>) {
    let mut out: Vec<Example> = Vec::new();
    let mut unclassified = Vec::new();
    // Packs made of captioned files, one per section.
    let mut packs: Vec<Example> = Vec::new();
    // The lesson snippet that Fluent blocks and shown-alone fields attach to.
    let mut current: Option<usize> = None;
    let mut current_section = String::new();
    for b in &guide.blocks {
        let section = format!("{} / {}", b.h2, b.h3);
        if section != current_section {
            current = None;
            current_section = section.clone();
        }
        let at = format!("{GUIDE}:{} ({section})", b.line);
        if b.before.starts_with(NOT_CHECKED) {
            continue;
        }
        let caption = b
            .before
            .strip_suffix(':')
            .and_then(|c| c.strip_prefix('`'))
            .and_then(|c| c.strip_suffix('`'));
        if let Some(path) = caption {
            match packs
                .iter_mut()
                .find(|p| p.at.ends_with(&format!("({})", b.h2)))
            {
                Some(p) => p.files.push((path.to_string(), b.body.clone())),
                None => packs.push(Example {
                    at: format!("{GUIDE}:{} ({})", b.line, b.h2),
                    files: vec![(path.to_string(), b.body.clone())],
                    fluent_given: true,
                    no_warnings: true,
                    languages: false,
                }),
            }
            continue;
        }
        let toml = b.info == "toml";
        if !toml {
            if (b.info.is_empty() || b.info == "ftl")
                && looks_like_fluent(&b.body)
                && let Some(i) = current
            {
                let ex = &mut out[i];
                ex.fluent_given = true;
                let vi = ex
                    .files
                    .iter_mut()
                    .find(|(p, _)| *p == format!("{LESSON}/vi.ftl"))
                    .expect("a lesson example has its vi.ftl");
                vi.1.push_str(&b.body);
            }
            continue;
        }
        if has_header(&b.body, "[[steps]]") {
            let mut lesson = String::new();
            if !b.body.lines().any(|l| l.starts_with("title =")) {
                lesson.push_str("title = \"title\"\n");
            }
            lesson.push_str(&b.body);
            let mut files = course_files();
            files.push((format!("{LESSON}/lesson.toml"), lesson));
            files.push((format!("{LESSON}/vi.ftl"), "title = Ví dụ\n".into()));
            out.push(Example {
                at,
                files,
                fluent_given: false,
                no_warnings: false,
                languages: false,
            });
            current = Some(out.len() - 1);
        } else if b.body.lines().any(|l| l.starts_with("format_version")) {
            let mut files = vec![("course.toml".to_string(), b.body.clone())];
            let table: toml::Table = b.body.parse().expect("course.toml example is TOML");
            let modules = table
                .get("modules")
                .and_then(|m| m.as_array())
                .cloned()
                .unwrap_or_default();
            for lesson in modules
                .iter()
                .filter_map(|m| m.get("lessons").and_then(|l| l.as_array()))
                .flatten()
                .filter_map(|l| l.as_str())
            {
                files.push((format!("{lesson}/lesson.toml"), READ_LESSON.into()));
                files.push((format!("{lesson}/vi.ftl"), "title = T\nintro = I\n".into()));
            }
            files.push(("vi.ftl".into(), String::new()));
            out.push(Example {
                at,
                files,
                fluent_given: false,
                no_warnings: false,
                languages: false,
            });
            current = None;
        } else if has_header(&b.body, "[[languages]]") {
            let mut files = course_files();
            files.push(("locales/languages.toml".into(), with_language(&b.body)));
            files.push((format!("{LESSON}/lesson.toml"), READ_LESSON.into()));
            files.push((format!("{LESSON}/vi.ftl"), "title = T\nintro = I\n".into()));
            out.push(Example {
                at,
                files,
                fluent_given: true,
                no_warnings: true,
                languages: true,
            });
            current = None;
        } else if !b.body.lines().any(|l| l.trim_start().starts_with('['))
            && let Some(i) = current
        {
            let lesson = out[i]
                .files
                .iter_mut()
                .find(|(p, _)| *p == format!("{LESSON}/lesson.toml"))
                .expect("a lesson example has its lesson.toml");
            lesson.1.push_str(&b.body);
        } else {
            unclassified.push(at);
        }
    }
    out.extend(packs);
    (out, unclassified)
}

/// The built-in `languages.toml` (as `new language` copies it) with the entry `entry` in
/// place of the built-in entry of the same tag.
fn with_language(entry: &str) -> String {
    let parsed: toml::Table = entry.parse().expect("the language example is TOML");
    let tag = parsed["languages"][0]["tag"]
        .as_str()
        .expect("the language example has a tag")
        .to_string();
    let builtin = Files::embedded_locales();
    let list = builtin
        .text("locales/languages.toml")
        .expect("the built-in list of languages");
    let same = format!("tag = \"{tag}\"");
    let kept: Vec<&str> = list
        .split("[[languages]]")
        .filter(|part| !part.lines().any(|l| l.trim() == same))
        .collect();
    format!("{}\n{entry}", kept.join("[[languages]]"))
}

fn write(dir: &Path, files: &[(String, String)]) {
    for (path, text) in files {
        let full = dir.join(path);
        std::fs::create_dir_all(full.parent().expect("a file has a folder")).expect("mkdir");
        std::fs::write(&full, text).expect("write an example file");
        if path.ends_with("lesson.toml") {
            let folder = full.parent().expect("a lesson folder");
            for line in text.lines() {
                if let Some(rest) = line.trim().strip_prefix("picture = \"") {
                    let picture = folder.join(rest.trim_end_matches('"'));
                    std::fs::create_dir_all(picture.parent().expect("media folder"))
                        .expect("mkdir media");
                    std::fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join(PICTURE), picture)
                        .expect("copy the fixture picture");
                }
            }
        }
    }
}

fn shown(d: &Diagnostic) -> String {
    let severity = if d.is_error() { "error" } else { "warning" };
    format!(
        "{}:{}:{}: {severity}[{}] {:?}",
        d.path,
        d.pos.line,
        d.pos.col,
        d.code.as_str(),
        d.args
    )
}

/// Loads `ex`, making up the messages the guide does not give; its diagnostics.
fn load_example(ex: &Example) -> (Vec<Diagnostic>, String) {
    let dir = tempfile::tempdir().expect("temporary folder");
    let mut files = ex.files.clone();
    for _ in 0..5 {
        write(dir.path(), &files);
        // As `check` reads a pack: the built-in languages where the pack has none.
        let mut pack = Files::read_folder(dir.path());
        pack.add_missing_from(&Files::embedded_locales(), "locales/");
        let diagnostics = course::load(&pack).diagnostics;
        let missing: Vec<(String, String)> = diagnostics
            .iter()
            .filter(|d| d.code == Code::MissingMessage && !ex.fluent_given)
            .filter_map(|d| {
                let id = d.args.iter().find(|(k, _)| *k == "id")?.1.clone();
                let file = d.args.iter().find(|(k, _)| *k == "file")?.1.clone();
                Some((id, file))
            })
            .collect();
        if missing.is_empty() {
            let listing = files
                .iter()
                .map(|(p, t)| format!("--- {p}\n{t}"))
                .collect::<String>();
            return (diagnostics, listing);
        }
        for (id, file) in missing {
            let root = dir.path().display().to_string();
            let relative = file
                .strip_prefix(&root)
                .unwrap_or(&file)
                .trim_start_matches('/')
                .to_string();
            let entry = files.iter_mut().find(|(p, _)| *p == relative);
            let line = format!("{id} = Text of {id}\n");
            match entry {
                Some(e) => e.1.push_str(&line),
                None => files.push((relative, line)),
            }
        }
    }
    panic!("{}: messages still missing after making them up", ex.at);
}

#[test]
fn the_guides_examples_load_without_errors() {
    let guide = parse(&guide_text());
    let (examples, unclassified) = examples(&guide);
    assert!(
        unclassified.is_empty(),
        "```toml blocks that are not an example the test knows; make them one, or put \
         `{NOT_CHECKED}: why -->` on the line before:\n{}",
        unclassified.join("\n")
    );
    let lessons = examples
        .iter()
        .filter(|e| e.files.iter().any(|(p, _)| p.ends_with("lesson.toml")))
        .count();
    assert!(
        lessons >= 10,
        "only {lessons} lesson examples found in {GUIDE}"
    );
    assert!(
        examples.iter().any(|e| e.no_warnings && !e.languages),
        "the worked example (files captioned `path`:) was not found"
    );
    let mut failures = Vec::new();
    for ex in &examples {
        let (diagnostics, listing) = load_example(ex);
        let bad: Vec<String> = diagnostics
            .iter()
            .filter(|d| d.is_error() || ex.no_warnings)
            .map(shown)
            .collect();
        if !bad.is_empty() {
            failures.push(format!("{}:\n  {}\n{listing}", ex.at, bad.join("\n  ")));
        }
    }
    assert!(
        failures.is_empty(),
        "guide examples that do not load:\n\n{}",
        failures.join("\n\n")
    );
}

/// The blocks marked as not checked must really show a mistake: else they should be checked.
#[test]
fn blocks_marked_not_checked_show_a_mistake() {
    let guide = parse(&guide_text());
    for b in guide
        .blocks
        .iter()
        .filter(|b| b.before.starts_with(NOT_CHECKED))
    {
        if b.info != "toml" || !has_header(&b.body, "[[steps]]") {
            continue;
        }
        let mut files = course_files();
        files.push((
            format!("{LESSON}/lesson.toml"),
            format!("title = \"title\"\n{}", b.body),
        ));
        files.push((format!("{LESSON}/vi.ftl"), "title = T\n".into()));
        let ex = Example {
            at: format!("{GUIDE}:{}", b.line),
            files,
            fluent_given: false,
            no_warnings: false,
            languages: false,
        };
        let (diagnostics, _) = load_example(&ex);
        assert!(
            diagnostics.iter().any(Diagnostic::is_error),
            "{}: marked as not checked, but it loads without errors: remove the mark",
            ex.at
        );
    }
}

/// The "needed?" cell of each row of `tables`: field → "yes", "no" or a condition.
fn needed_of(tables: &[&Table]) -> Vec<(String, String)> {
    tables
        .iter()
        .filter(|t| t.header.get(1).is_some_and(|h| h == "needed?"))
        .flat_map(|t| &t.rows)
        .map(|row| (field_name(&row[0]), row[1].trim().to_string()))
        .collect()
}

/// For each step of the fixture course, alone in a lesson: which of its fields, left out,
/// stop the lesson from loading. Returns kind → field → (times left out, times an error).
fn what_leaving_out_does()
-> std::collections::BTreeMap<String, std::collections::BTreeMap<String, (usize, usize)>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/course");
    let course = "format_version = 1\nbase_language = \"vi\"\n\n[[modules]]\nid = \"m\"\ntitle = \"m\"\nlessons = [\"l\"]\n";
    let errors = |lesson: &toml::Table, vi: &str| -> usize {
        let text = toml::to_string(lesson).expect("a lesson as TOML");
        let mut files = Files::from_texts(
            "",
            [
                ("course.toml", course),
                ("vi.ftl", "m = M\n"),
                ("l/lesson.toml", text.as_str()),
                ("l/vi.ftl", vi),
            ],
        );
        files.add_missing_from(&Files::embedded_locales(), "locales/");
        course::load(&files)
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count()
    };
    let mut seen: std::collections::BTreeMap<
        String,
        std::collections::BTreeMap<String, (usize, usize)>,
    > = Default::default();
    let mut dirs: Vec<_> = std::fs::read_dir(&root)
        .expect("fixture course")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.join("lesson.toml").is_file())
        .collect();
    dirs.sort();
    for dir in dirs {
        let lesson: toml::Table = std::fs::read_to_string(dir.join("lesson.toml"))
            .expect("read")
            .parse()
            .expect("fixture lessons are TOML");
        let vi = std::fs::read_to_string(dir.join("vi.ftl")).expect("fixture lessons have vi.ftl");
        let steps = lesson["steps"].as_array().expect("steps").clone();
        for step in steps {
            let mut step = step.as_table().expect("a step is a table").clone();
            // Alone in its lesson, a step cannot go on to another.
            step.remove("next");
            let kind = step["type"].as_str().expect("type").to_string();
            let alone = |step: toml::Table| {
                let mut one = lesson.clone();
                one.insert(
                    "steps".into(),
                    toml::Value::Array(vec![toml::Value::Table(step)]),
                );
                one
            };
            // A step with a picture needs its file, which this lesson in memory has not.
            if errors(&alone(step.clone()), &vi) > 0 {
                continue;
            }
            for field in step.keys() {
                let mut without = step.clone();
                without.remove(field);
                let failed = errors(&alone(without), &vi) > 0;
                let entry = seen
                    .entry(kind.clone())
                    .or_default()
                    .entry(field.clone())
                    .or_default();
                entry.0 += 1;
                entry.1 += usize::from(failed);
            }
        }
    }
    seen
}

#[test]
fn the_needed_column_says_which_fields_a_step_cannot_do_without() {
    let guide = parse(&guide_text());
    let seen = what_leaving_out_does();
    let common = needed_of(&field_tables(&guide, "Step types", Some("")));
    assert!(
        !common.is_empty(),
        "the common fields have a needed? column"
    );
    let mut checked = 0;
    for kind in steps::KINDS {
        let Some(fields) = seen.get(*kind) else {
            panic!("tests/fixtures/course has no `{kind}` step to try the guide's table on");
        };
        let mut rows = needed_of(&kind_tables(&guide, kind));
        assert!(!rows.is_empty(), "`{kind}`: the table has a needed? column");
        rows.extend(common.iter().cloned());
        for (field, needed) in rows {
            let (tried, failed) = fields.get(&field).copied().unwrap_or_default();
            match needed.as_str() {
                "yes" => {
                    assert!(
                        tried > 0,
                        "`{kind}`: the guide says `{field}` is needed, but a fixture step loads without it"
                    );
                    assert_eq!(
                        failed, tried,
                        "`{kind}`: the guide says `{field}` is needed, but a step without it loads"
                    );
                }
                "no" => assert_eq!(
                    failed, 0,
                    "`{kind}`: the guide says `{field}` is not needed, but a step without it does not load"
                ),
                // A condition ("`accept` or `ideas`", "with `picture`") is explained in words.
                _ => continue,
            }
            checked += usize::from(tried > 0);
        }
    }
    assert!(checked >= 20, "only {checked} fields were tried");
}
