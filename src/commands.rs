//! One file per subcommand. `main` hands over the arguments; this module picks the interface
//! language, parses the command line and returns the exit code.
//!
//! Exit codes: 0 success; 1 `check` found errors, `photo-check` found a photo that fails, a
//! `class` command refused a file or was refused by the LRS, or `export listing` found no such
//! learner or no listing to export; 2 the command line was wrong; 3 the tutor could not run
//! (no terminal, the progress folder cannot be written, no such folder to `preview`).

pub mod check;
pub mod class;
pub mod coverage;
pub mod export;
pub mod lessons;
pub mod new;
pub mod pack;
pub mod photo_check;
pub mod preview;
pub mod run;

use std::path::Path;
use std::process::ExitCode;

use crate::cli::{self, Invocation};
use crate::course::{self, Loaded};
use crate::i18n::{self, Languages, Localizer};
use crate::source::Files;

pub const EXIT_OK: u8 = 0;
pub const EXIT_CHECK_FAILED: u8 = 1;
pub const EXIT_USAGE: u8 = 2;
pub const EXIT_RUNTIME: u8 = 3;

/// Runs the program with `args` (including the program name).
pub fn main(args: Vec<String>) -> ExitCode {
    let locales = Files::embedded_locales();
    let languages = Languages::load(&locales, &mut Vec::new());
    let flag = cli::early_lang(&args);
    let lang = i18n::negotiate::negotiate(&i18n::negotiate::requested(flag.as_deref()), &languages);
    let loc = i18n::ui_localizer(&locales, &languages, &lang);
    let env = std::env::var(LANG_VARIABLE).ok();
    let unknown = unknown_languages(flag.as_deref(), env.as_deref(), &languages);
    for (requested, source) in &unknown {
        eprintln!(
            "{}",
            unknown_language_warning(&loc, &languages, requested, source, &lang)
        );
    }
    let parsed = match cli::parse(&loc, &args) {
        Ok(parsed) => parsed,
        // Help and the version: already in the interface language (see `cli::command`).
        Err(error) if !error.use_stderr() => {
            let _ = error.print();
            return ExitCode::from(EXIT_OK);
        }
        Err(error) => {
            eprintln!("{}", cli::error_message(&loc, &error));
            return ExitCode::from(EXIT_USAGE);
        }
    };
    let code = match parsed.invocation {
        Invocation::Check { path, format } => check::run(&loc, path.as_deref(), format),
        Invocation::Lessons { path, format } => lessons::run(&loc, path.as_deref(), format),
        Invocation::Preview { path, ascii } => preview::run(&loc, &lang, &path, ascii),
        Invocation::PhotoCheck {
            files,
            platform,
            format,
        } => photo_check::run(&loc, &files, &platform, format),
        Invocation::Class { data_dir, command } => class::run(&loc, data_dir, command),
        Invocation::ExportListing {
            data_dir,
            profile,
            out,
        } => export::listing(&loc, data_dir, &profile, out.as_deref()),
        Invocation::Coverage {
            path,
            format,
            mark_current,
        } => coverage::run(&loc, path.as_deref(), format, mark_current),
        Invocation::Pack { action, data_dir } => pack::run(&loc, &action, data_dir),
        Invocation::NewLesson { id, pack } => new::lesson(&loc, &id, &pack),
        Invocation::NewLanguage { tag, pack } => new::language(&loc, &tag, &pack),
        Invocation::Run {
            data_dir,
            pack,
            ascii,
        } => {
            let options = run::Options {
                lang: &lang,
                // A language we do not have is as if none was asked for: the learner's own
                // saved language then wins over the fallback.
                lang_given: parsed.lang.is_some()
                    && !unknown.iter().any(|(_, source)| *source == LANG_FLAG),
                data_dir,
                pack: pack.as_deref(),
                ascii,
            };
            run::run(&loc, &options)
        }
    };
    ExitCode::from(code)
}

/// Where a wanted language can be named, as the warning names it.
const LANG_FLAG: &str = "--lang";
const LANG_VARIABLE: &str = "CHOPHIEN_LANG";

/// The languages asked for by `--lang` (`flag`) or `CHOPHIEN_LANG` (`env`) that we do not
/// have, each with where it came from, in the order they are tried. The variable is tried only
/// when the flag is missing or unknown. The system locale is not a request: a French system
/// falls back to Vietnamese without a word.
pub fn unknown_languages(
    flag: Option<&str>,
    env: Option<&str>,
    languages: &Languages,
) -> Vec<(String, &'static str)> {
    let mut unknown = Vec::new();
    for (wanted, source) in [(flag, LANG_FLAG), (env, LANG_VARIABLE)] {
        let Some(wanted) = wanted.filter(|w| !w.is_empty()) else {
            continue;
        };
        if offered(wanted, languages) {
            break;
        }
        unknown.push((wanted.to_string(), source));
    }
    unknown
}

/// True when `wanted` ("vi", "en-GB", "vi_VN.UTF-8") matches one of `languages`.
fn offered(wanted: &str, languages: &Languages) -> bool {
    let base = wanted
        .split(['.', '@'])
        .next()
        .unwrap_or_default()
        .replace('_', "-");
    let Ok(wanted) = base.parse::<unic_langid::LanguageIdentifier>() else {
        return false;
    };
    let available: Vec<unic_langid::LanguageIdentifier> = languages
        .all()
        .iter()
        .filter_map(|l| l.tag.parse().ok())
        .collect();
    !fluent_langneg::negotiate_languages(
        &[wanted],
        &available,
        None,
        fluent_langneg::NegotiationStrategy::Filtering,
    )
    .is_empty()
}

/// "There is no language fr (from --lang). Languages available: …. Using …."
fn unknown_language_warning(
    loc: &Localizer,
    languages: &Languages,
    requested: &str,
    source: &str,
    used: &str,
) -> String {
    let named = |l: &i18n::Language| format!("{} ({})", l.tag, l.name);
    let available: Vec<String> = languages.all().iter().map(named).collect();
    let mut args = i18n::Args::new();
    args.set("requested", crate::text::clean_line(requested));
    args.set("source", source.to_string());
    args.set("available", available.join(", "));
    args.set(
        "used",
        languages.get(used).map_or_else(|| used.to_string(), named),
    );
    loc.text_with("cli-lang-unknown", &args)
}

/// The files of the pack at `path`, or of the embedded course, with the built-in languages
/// added where the pack brings none.
pub fn course_files(path: Option<&Path>) -> Files {
    match path {
        None => Files::embedded(),
        Some(path) => with_ui_text(Files::read_folder(path)),
    }
}

/// A pack's files with the built-in interface text for what the pack's `locales/` lacks.
fn with_ui_text(mut files: Files) -> Files {
    files.add_missing_from(&Files::embedded_locales(), "locales/");
    files
}

/// Loads the course at `path` (or the embedded one).
pub fn load_course(path: Option<&Path>) -> (Files, Loaded) {
    let files = course_files(path);
    let loaded = course::load(&files);
    (files, loaded)
}

/// The course at `path` as `check` and `preview` see it: [`load_course`], every picture
/// decoded to find those that could not be drawn, every recording read (see [`crate::audio`]),
/// and translations older than their source.
pub fn checked_course(path: Option<&Path>) -> (Files, Loaded) {
    let (files, mut loaded) = load_course(path);
    let mut found = crate::picture::check_course(&files, &loaded.course);
    found.extend(crate::audio::check_course(
        &files,
        &loaded.course,
        &loaded.languages,
    ));
    found.extend(coverage::stale_translations(&files, &loaded, path));
    if !found.is_empty() {
        loaded.diagnostics.extend(found);
        crate::diagnostic::sort(&mut loaded.diagnostics);
    }
    (files, loaded)
}

/// The course the tutor plays: the built-in course, then the modules of each pack installed
/// in `data_dir` (`chophien pack add`), then those of `pack` (`--pack`). A `--pack` whose
/// course.toml says `replaces_course = true` is played alone, as before packs could add.
///
/// Lessons whose files have not changed since the last start come from the lesson index in
/// `data_dir` (see [`course::index`]); the index is written again when it changed.
pub fn tutor_course(pack: Option<&Path>, data_dir: Option<&Path>) -> (Files, Loaded) {
    let index = data_dir.map(read_index);
    let load = |files: Files| {
        let loaded = course::load_indexed(&files, index.as_ref());
        (files, loaded)
    };
    // Text is read as the tutor uses it: the index gives the lessons of an unchanged pack.
    // The pack given is loaded once: it either replaces the course or is merged last.
    let given = pack.map(|path| load(with_ui_text(Files::open_folder(path))));
    let course = match given {
        Some((files, loaded)) if loaded.course.replaces_course => (files, loaded),
        given => {
            let (mut files, mut loaded) = load(Files::embedded());
            let installed = data_dir.map(crate::packs::list).unwrap_or_default();
            let installed = installed
                .iter()
                .map(|p| load(with_ui_text(Files::open_installed(&p.path))));
            for (pack_files, pack_loaded) in installed.chain(given) {
                files.add_pack(&pack_files);
                course::load::merge(&mut loaded, pack_loaded, &pack_files);
            }
            (files, loaded)
        }
    };
    if let (Some(dir), Some(index)) = (data_dir, &index) {
        write_index(dir, index);
    }
    course
}

/// The lesson index's file in the data folder.
const INDEX_FILE: &str = "lesson-index.json";
/// A bigger index is not read (it would be slower than loading the lessons).
const MAX_INDEX_BYTES: u64 = 64 * 1024 * 1024;

/// This program's build: its version and its binary's size and time, so that any new build
/// starts with an empty index.
fn build_mark() -> String {
    let exe = std::env::current_exe().and_then(std::fs::metadata);
    let (len, time) = match &exe {
        Ok(meta) => (
            meta.len(),
            meta.modified()
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map_or(0, |d| d.as_nanos()),
        ),
        Err(_) => (0, 0),
    };
    format!("{} {len} {time}", env!("CARGO_PKG_VERSION"))
}

/// The index in `dir`, or an empty one when it is missing, too big or not this build's.
fn read_index(dir: &Path) -> course::index::Index {
    let build = build_mark();
    let path = dir.join(INDEX_FILE);
    let small =
        std::fs::symlink_metadata(&path).is_ok_and(|m| m.is_file() && m.len() <= MAX_INDEX_BYTES);
    match small.then(|| std::fs::read(&path)) {
        Some(Ok(bytes)) => course::index::Index::read(&build, &bytes),
        _ => course::index::Index::new(&build),
    }
}

/// Writes the index when it changed, whole or not at all (a second window or a full disk never
/// leaves half an index). Failing is harmless: the next start loads the lessons again.
fn write_index(dir: &Path, index: &course::index::Index) {
    let Some(bytes) = index.to_write() else {
        return;
    };
    let _ = crate::replace::replace(&dir.join(INDEX_FILE), &bytes);
}

/// Prints a one-line error in the interface language.
pub fn print_error(loc: &Localizer, detail: &str) {
    let mut args = i18n::Args::new();
    args.set("detail", crate::text::clean_line(detail));
    eprintln!("{}", loc.text_with("cli-error", &args));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn languages() -> Languages {
        Languages::load(&Files::embedded_locales(), &mut Vec::new())
    }

    #[test]
    fn languages_we_do_not_have_are_named_with_where_they_were_asked_for() {
        let l = languages();
        assert_eq!(unknown_languages(Some("vi"), Some("fr"), &l), vec![]);
        assert_eq!(unknown_languages(Some("en-GB"), None, &l), vec![]);
        assert_eq!(unknown_languages(None, Some("vi_VN.UTF-8"), &l), vec![]);
        assert_eq!(
            unknown_languages(Some("fr"), Some("en"), &l),
            vec![("fr".to_string(), "--lang")]
        );
        assert_eq!(
            unknown_languages(Some("fr"), Some("de"), &l),
            vec![
                ("fr".to_string(), "--lang"),
                ("de".to_string(), "CHOPHIEN_LANG")
            ]
        );
        assert_eq!(
            unknown_languages(None, Some("!!"), &l),
            vec![("!!".to_string(), "CHOPHIEN_LANG")]
        );
        assert_eq!(unknown_languages(None, Some(""), &l), vec![]);
    }

    #[test]
    fn the_warning_names_the_languages_there_are() {
        let l = languages();
        let loc = i18n::ui_localizer(&Files::embedded_locales(), &l, "en");
        assert_eq!(
            unknown_language_warning(&loc, &l, "fr\u{1b}", "--lang", "en"),
            "Warning: there is no language \"fr\u{241b}\" (asked for by --lang). Languages \
             available: vi (Tiếng Việt), en (English), hnj-Latn-VN (Lus Hmoob), tyz-Latn-VN (Tiếng Tày). \
             Using en (English)."
        );
    }
}
