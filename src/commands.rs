//! One file per subcommand. `main` hands over the arguments; this module picks the interface
//! language, parses the command line and returns the exit code.
//!
//! Exit codes: 0 success; 1 `check` found errors, or a `class` command refused a file or was
//! refused by the LRS; 2 the command line was wrong; 3 the tutor could not run (no terminal,
//! the progress folder cannot be written).

pub mod check;
pub mod class;
pub mod lessons;
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
    let lang = i18n::negotiate::negotiate(
        &i18n::negotiate::requested(cli::early_lang(&args).as_deref()),
        &languages,
    );
    let loc = i18n::ui_localizer(&locales, &languages, &lang);
    let parsed = match cli::parse(&loc, &args) {
        Ok(parsed) => parsed,
        Err(error) => {
            let _ = error.print();
            return ExitCode::from(if error.use_stderr() {
                EXIT_USAGE
            } else {
                EXIT_OK
            });
        }
    };
    let code = match parsed.invocation {
        Invocation::Check { path, format } => check::run(&loc, path.as_deref(), format),
        Invocation::Lessons { path, format } => lessons::run(&loc, path.as_deref(), format),
        Invocation::Class { data_dir, command } => class::run(&loc, data_dir, command),
        Invocation::Run {
            data_dir,
            pack,
            ascii,
        } => {
            let options = run::Options {
                lang: &lang,
                lang_given: parsed.lang.is_some(),
                data_dir,
                pack: pack.as_deref(),
                ascii,
            };
            run::run(&loc, &options)
        }
    };
    ExitCode::from(code)
}

/// The files of the pack at `path`, or of the embedded course, with the built-in languages
/// added where the pack brings none.
pub fn course_files(path: Option<&Path>) -> Files {
    match path {
        None => Files::embedded(),
        Some(path) => {
            let mut files = Files::read_folder(path);
            files.add_missing_from(&Files::embedded_locales(), "locales/");
            files
        }
    }
}

/// Loads the course at `path` (or the embedded one).
pub fn load_course(path: Option<&Path>) -> (Files, Loaded) {
    let files = course_files(path);
    let loaded = course::load(&files);
    (files, loaded)
}

/// Prints a one-line error in the interface language.
pub fn print_error(loc: &Localizer, detail: &str) {
    let mut args = i18n::Args::new();
    args.set("detail", crate::text::clean_line(detail));
    eprintln!("{}", loc.text_with("cli-error", &args));
}
