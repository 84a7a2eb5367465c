//! `chophien pack add PATH`, `pack list`, `pack remove ID`: lesson packs installed into the
//! data directory, whose modules the tutor plays after the built-in ones (see `packs`).

use std::path::{Path, PathBuf};

use super::{EXIT_CHECK_FAILED, EXIT_OK, EXIT_RUNTIME};
use crate::i18n::{Args, Localizer};
use crate::packs::{self, PackError};

/// What `pack` was asked to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Add(PathBuf),
    List,
    Remove(String),
}

pub fn run(loc: &Localizer, action: &Action, data_dir: Option<PathBuf>) -> u8 {
    let Some(dir) = crate::store::data_dir(data_dir) else {
        super::print_error(loc, &loc.text("run-no-data-dir"));
        return EXIT_RUNTIME;
    };
    let mut args = Args::new();
    match action {
        Action::List => {
            let installed = packs::list(&dir);
            if installed.is_empty() {
                println!("{}", loc.text("pack-list-empty"));
            }
            for pack in installed {
                let (_, loaded) = super::load_course(Some(&pack.path));
                let mut args = Args::new();
                args.set("id", pack.id.clone());
                args.set("modules", loaded.course.modules.len());
                args.set("lessons", loaded.course.lessons.len());
                println!(
                    "{}",
                    crate::text::clean_line(&loc.text_with("pack-list-line", &args))
                );
            }
            EXIT_OK
        }
        Action::Remove(id) => match packs::remove(&dir, id) {
            Ok(()) => {
                args.set("id", crate::text::clean_line(id));
                println!("{}", loc.text_with("pack-removed", &args));
                EXIT_OK
            }
            Err(e) => refuse(loc, &e, Path::new(id)),
        },
        Action::Add(source) => match packs::add(source, &dir) {
            Ok((installed, warnings)) => {
                for d in &warnings {
                    println!("{}", super::check::render(loc, d));
                }
                // The course as learners will get it; this also writes the tutor's lesson
                // index, so the first start is already fast.
                let (_, course) = super::tutor_course(None, Some(&dir));
                let hidden = hidden_by_taken_ids(&course, &installed.path);
                if !hidden.is_empty() {
                    for d in &hidden {
                        println!("{}", super::check::render(loc, d));
                    }
                    let _ = packs::remove(&dir, &installed.id);
                    let _ = super::tutor_course(None, Some(&dir));
                    args.set(
                        "path",
                        crate::text::clean_line(&source.display().to_string()),
                    );
                    args.set("count", hidden.len());
                    super::print_error(loc, &loc.text_with("pack-err-ids-taken", &args));
                    return EXIT_CHECK_FAILED;
                }
                args.set("id", installed.id);
                args.set("path", installed.path.display().to_string());
                println!(
                    "{}",
                    crate::text::clean_line(&loc.text_with("pack-added", &args))
                );
                EXIT_OK
            }
            Err(e) => refuse(loc, &e, source),
        },
    }
}

/// The modules and lessons of the pack installed at `path` that learners would not see,
/// because the built-in course or another pack already uses their id.
fn hidden_by_taken_ids(
    course: &crate::course::Loaded,
    path: &Path,
) -> Vec<crate::diagnostic::Diagnostic> {
    let prefix = path.display().to_string();
    course
        .diagnostics
        .iter()
        .filter(|d| d.code == crate::diagnostic::Code::DuplicateId && d.path.starts_with(&prefix))
        .cloned()
        .collect()
}

fn refuse(loc: &Localizer, error: &PackError, source: &Path) -> u8 {
    let mut args = Args::new();
    args.set(
        "path",
        crate::text::clean_line(&source.display().to_string()),
    );
    let id = match error {
        PackError::Unreadable { detail } => {
            args.set("detail", crate::text::clean_line(detail));
            "pack-err-unreadable"
        }
        PackError::UnsafeEntry { name, reason } => {
            args.set("name", name.clone());
            args.set("reason", *reason);
            "pack-err-unsafe-entry"
        }
        PackError::TooManyEntries { limit } => {
            args.set("limit", *limit);
            "pack-err-too-many"
        }
        PackError::TooLarge { limit } => {
            args.set("limit", *limit);
            "pack-err-too-large"
        }
        PackError::NoCourse => "pack-err-no-course",
        PackError::BadId { id } => {
            args.set("id", id.clone());
            "pack-err-bad-id"
        }
        PackError::Check { diagnostics } => {
            for d in diagnostics {
                println!("{}", super::check::render(loc, d));
            }
            args.set(
                "errors",
                diagnostics.iter().filter(|d| d.is_error()).count(),
            );
            "pack-err-check"
        }
        PackError::Write { detail } => {
            args.set("detail", crate::text::clean_line(detail));
            "pack-err-write"
        }
        PackError::NotInstalled { id } => {
            args.set("id", crate::text::clean_line(id));
            "pack-err-not-installed"
        }
    };
    super::print_error(loc, &loc.text_with(id, &args));
    EXIT_CHECK_FAILED
}
