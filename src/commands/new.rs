//! `chophien new lesson ID [--pack PATH]` and `chophien new language TAG [--pack PATH]`: the
//! first files of a lesson or a translation, written so that they pass `check` at once.
//!
//! A new lesson gets one step of each type from `templates/lesson/` (text in the pack's base
//! language when we have a template in it, English otherwise) and is added to the last module
//! of course.toml by inserting its id into that module's `lessons = [...]`, so that the
//! trainer's comments and layout stay as they were. A new language is appended to the pack's
//! `locales/languages.toml` (a copy of the built-in list when the pack has none, since a pack's
//! list replaces the built-in one), as a draft falling back to the base language, and gets an
//! `<tag>.ftl` in the pack folder and in every lesson folder with each message commented out
//! under its base-language text. Nothing existing is ever overwritten.

use std::path::Path;

use toml::de::DeTable;

use super::{EXIT_CHECK_FAILED, EXIT_OK};
use crate::course::ftl;
use crate::diagnostic::FileReport;
use crate::i18n::languages::LANGUAGES_FILE;
use crate::i18n::{Args, Languages, Localizer};
use crate::source::{Files, MAX_TEXT_FILE};
use crate::tomlfile::{self, is_kebab_id};

const TEMPLATE_LESSON: &str = include_str!("../../templates/lesson/lesson.toml");
const TEMPLATE_VI: &str = include_str!("../../templates/lesson/vi.ftl");
const TEMPLATE_EN: &str = include_str!("../../templates/lesson/en.ftl");

/// A refusal: the message id and its values.
struct Refusal(&'static str, Vec<(&'static str, String)>);

fn say(loc: &Localizer, id: &str, pairs: &[(&'static str, String)]) -> String {
    let mut args = Args::new();
    for (name, value) in pairs {
        args.set(*name, crate::text::clean_line(value));
    }
    loc.text_with(id, &args)
}

fn finish(loc: &Localizer, result: Result<String, Refusal>) -> u8 {
    match result {
        Ok(done) => {
            println!("{done}");
            EXIT_OK
        }
        Err(Refusal(id, pairs)) => {
            super::print_error(loc, &say(loc, id, &pairs));
            EXIT_CHECK_FAILED
        }
    }
}

fn shown(path: &Path) -> String {
    path.display().to_string()
}

fn read_text(path: &Path) -> Result<String, Refusal> {
    let too_large = std::fs::metadata(path).is_ok_and(|m| m.len() > MAX_TEXT_FILE);
    if too_large {
        return Err(Refusal("new-unreadable", vec![("path", shown(path))]));
    }
    std::fs::read_to_string(path)
        .map_err(|_| Refusal("new-unreadable", vec![("path", shown(path))]))
}

fn write_new(path: &Path, text: &str) -> Result<(), Refusal> {
    let failed = || Refusal("new-cannot-write", vec![("path", shown(path))]);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|_| failed())?;
    }
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .and_then(|mut f| std::io::Write::write_all(&mut f, text.as_bytes()))
        .map_err(|_| failed())
}

/// Replaces `path` by `text` through a temporary file beside it.
fn replace(path: &Path, text: &str) -> Result<(), Refusal> {
    let failed = || Refusal("new-cannot-write", vec![("path", shown(path))]);
    crate::replace::replace(path, text.as_bytes()).map_err(|_| failed())
}

/// The pack's course.toml: its text, base language, and the last module's id and the byte
/// offset where a new lesson id goes in its `lessons` list, with the text to insert there.
struct CourseFile {
    text: String,
    base: String,
    last_module: Option<(String, usize, &'static str)>,
}

fn read_course(pack: &Path) -> Result<CourseFile, Refusal> {
    let path = pack.join(crate::course::load::COURSE_FILE);
    if !path.is_file() {
        return Err(Refusal("new-no-course", vec![("path", shown(pack))]));
    }
    let text = read_text(&path)?;
    let broken = || Refusal("new-course-broken", vec![("path", shown(pack))]);
    let doc = DeTable::parse(&text).map_err(|_| broken())?;
    let table = doc.get_ref();
    let base = tomlfile::get(table, "base_language")
        .and_then(|v| v.get_ref().as_str().map(str::to_string))
        .unwrap_or_else(|| "vi".to_string());
    let last_module = tomlfile::get(table, "modules")
        .and_then(|v| v.get_ref().as_array())
        .and_then(|modules| modules.iter().last())
        .and_then(|module| {
            let module = module.get_ref().as_table()?;
            let id = tomlfile::get(module, "id")?.get_ref().as_str()?.to_string();
            let lessons = tomlfile::get(module, "lessons")?;
            lessons.get_ref().as_array()?;
            let span = lessons.span();
            let inside = text.get(span.start..span.end)?;
            let close = span.start + inside.rfind(']')?;
            let before = text.get(span.start + 1..close)?.trim_end();
            let glue = if before.is_empty() {
                ""
            } else if before.ends_with(',') {
                " "
            } else {
                ", "
            };
            let at = span.start + 1 + before.len();
            Some((id, at, glue))
        });
    Ok(CourseFile {
        text,
        base,
        last_module,
    })
}

/// `chophien new lesson ID [--pack PATH]`.
pub fn lesson(loc: &Localizer, id: &str, pack: &Path) -> u8 {
    finish(loc, make_lesson(loc, id, pack))
}

fn make_lesson(loc: &Localizer, id: &str, pack: &Path) -> Result<String, Refusal> {
    if !is_kebab_id(id) || id == "locales" || id == "media" {
        return Err(Refusal("new-bad-id", vec![("id", id.to_string())]));
    }
    let course = read_course(pack)?;
    let Some((module, at, glue)) = course.last_module.clone() else {
        return Err(Refusal("new-no-module", vec![("path", shown(pack))]));
    };
    let folder = pack.join(id);
    if folder.exists() {
        return Err(Refusal("new-exists", vec![("path", shown(&folder))]));
    }
    let text = match course.base.as_str() {
        "vi" => TEMPLATE_VI,
        _ => TEMPLATE_EN,
    };
    write_new(&folder.join("lesson.toml"), TEMPLATE_LESSON)?;
    write_new(&folder.join(format!("{}.ftl", course.base)), text)?;
    let mut updated = course.text.clone();
    updated.insert_str(at, &format!("{glue}\"{id}\""));
    replace(&pack.join(crate::course::load::COURSE_FILE), &updated)?;
    Ok(say(
        loc,
        "new-lesson-done",
        &[
            ("id", id.to_string()),
            ("path", shown(&folder)),
            ("module", module),
            ("pack", shown(pack)),
        ],
    ))
}

/// `chophien new language TAG [--pack PATH]`.
pub fn language(loc: &Localizer, tag: &str, pack: &Path) -> u8 {
    finish(loc, make_language(loc, tag, pack))
}

fn make_language(loc: &Localizer, tag: &str, pack: &Path) -> Result<String, Refusal> {
    if tag.parse::<unic_langid::LanguageIdentifier>().is_err() || tag.contains(['/', '\\', '.']) {
        return Err(Refusal("new-bad-tag", vec![("tag", tag.to_string())]));
    }
    let course = read_course(pack)?;
    let list_path = pack.join(LANGUAGES_FILE);
    let builtin = Files::embedded_locales();
    let list = if list_path.is_file() {
        read_text(&list_path)?
    } else {
        builtin.text(LANGUAGES_FILE).unwrap_or_default().to_string()
    };
    let known = Languages::load(
        &Files::from_texts("", [(LANGUAGES_FILE, list.as_str())]),
        &mut Vec::new(),
    );
    if known.get(tag).is_some() {
        return Err(Refusal(
            "new-language-exists",
            vec![("tag", tag.to_string())],
        ));
    }
    let mut fallback = vec![course.base.clone()];
    for other in ["vi", "en"] {
        if other != course.base && known.get(other).is_some() {
            fallback.push(other.to_string());
        }
    }
    let quoted: Vec<String> = fallback.iter().map(|t| format!("\"{t}\"")).collect();
    let entry = format!(
        "\n# {}\n[[languages]]\ntag = \"{tag}\"\nname = \"{tag}\"\nfallback = [{}]\nstatus = \"draft\"\ndigit_group = \".\"\nplural_rules = \"vi\"\n",
        say(loc, "new-language-name-comment", &[]),
        quoted.join(", ")
    );
    let mut updated = list.clone();
    if !updated.ends_with('\n') {
        updated.push('\n');
    }
    updated.push_str(&entry);

    // Every folder with text in the base language gets an empty translation.
    let files = Files::read_folder(pack);
    let base_name = format!("{}.ftl", course.base);
    let folders: Vec<String> = files
        .paths()
        .filter_map(|p| {
            if p == base_name {
                Some(String::new())
            } else {
                p.strip_suffix(&format!("/{base_name}"))
                    .filter(|f| !f.contains('/') && *f != "locales")
                    .map(str::to_string)
            }
        })
        .collect();
    let mut made = 0;
    for folder in &folders {
        let relative = if folder.is_empty() {
            format!("{tag}.ftl")
        } else {
            format!("{folder}/{tag}.ftl")
        };
        let target = pack.join(&relative);
        if target.exists() {
            continue;
        }
        let source_path = if folder.is_empty() {
            base_name.clone()
        } else {
            format!("{folder}/{base_name}")
        };
        let source = files.text(&source_path).unwrap_or_default();
        write_new(&target, &skeleton(loc, source, tag, &course.base))?;
        made += 1;
    }
    if list_path.is_file() {
        replace(&list_path, &updated)?;
    } else {
        write_new(&list_path, &updated)?;
    }
    Ok(say(
        loc,
        "new-language-done",
        &[
            ("tag", tag.to_string()),
            ("file", shown(&list_path)),
            ("fallback", fallback.join(" → ")),
            ("count", made.to_string()),
            ("pack", shown(pack)),
        ],
    ))
}

/// An `<tag>.ftl` with every message of `source` commented out under its base-language text.
fn skeleton(loc: &Localizer, source: &str, tag: &str, base: &str) -> String {
    let mut out = String::new();
    for line in say(
        loc,
        "new-language-file-header",
        &[("tag", tag.to_string()), ("base", base.to_string())],
    )
    .lines()
    {
        out.push_str(&format!("# {line}\n"));
    }
    let mut diags = Vec::new();
    let mut report = FileReport::new(String::new(), source, &mut diags);
    let Some(file) = ftl::parse(source, &mut report) else {
        return out;
    };
    let text = &file.source;
    for message in &file.messages {
        out.push('\n');
        let rest = text.get(message.offset..).unwrap_or_default();
        let mut lines = rest.lines();
        let first = lines.next().unwrap_or_default();
        let value = first.split_once('=').map_or("", |(_, v)| v.trim());
        if !value.is_empty() {
            out.push_str(&format!("# {base}: {value}\n"));
        }
        for more in lines.take_while(|l| l.starts_with(' ') || l.trim().is_empty()) {
            if more.trim().is_empty() {
                break;
            }
            out.push_str(&format!("# {base}: {}\n", more.trim()));
        }
        out.push_str(&format!("# {} =\n", message.id));
    }
    out
}
