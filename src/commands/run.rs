//! Starting the tutor: find the progress folder, open the store (keeping a damaged one aside),
//! load the course, pick up the learner where they were, and hand over to the runtime.
//!
//! The store is opened before the terminal is taken over, so what the store has to say — it
//! is waiting for another tutor, the disk is full, the file may not be read — is printed as a
//! plain line in the learner's language, and a start that cannot go on ends with the terminal
//! as it was and exit code 3.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use super::{EXIT_OK, EXIT_RUNTIME, print_error};
use crate::app::App;
use crate::i18n::{self, Localizer};
use crate::store::{self, StoreError};
use crate::ui::Theme;

/// What the command line says about this run.
pub struct Options<'a> {
    pub lang: &'a str,
    /// True when `--lang` was given: it then wins over the learner's saved language.
    pub lang_given: bool,
    pub data_dir: Option<PathBuf>,
    pub pack: Option<&'a Path>,
    pub ascii: bool,
}

pub fn run(loc: &Localizer, options: &Options<'_>) -> u8 {
    let Options {
        lang,
        lang_given,
        pack,
        ascii,
        ..
    } = *options;
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        print_error(loc, &loc.text("run-needs-terminal"));
        return EXIT_RUNTIME;
    }
    let Some(dir) = store::data_dir(options.data_dir.clone()) else {
        print_error(loc, &loc.text("run-no-data-dir"));
        return EXIT_RUNTIME;
    };
    let waiting = || eprintln!("{}", crate::text::clean_line(&loc.text("store-waiting")));
    let (store, opened) = match store::open_with(&dir, waiting) {
        Ok(opened) => opened,
        Err(e) => {
            print_error(loc, &store_error_text(loc, &e));
            return EXIT_RUNTIME;
        }
    };
    let (files, loaded) = super::tutor_course(pack, Some(&dir));
    let start = match crate::runtime::start(&store, &opened, files, loaded, lang, lang_given) {
        Ok(start) => start,
        Err(e) => {
            print_error(loc, &e.to_string());
            return EXIT_RUNTIME;
        }
    };
    let app = App::new(start);
    match crate::runtime::run(app, store, Theme::from_env(ascii)) {
        Ok(()) => EXIT_OK,
        Err(e) => {
            print_error(loc, &e.to_string());
            EXIT_RUNTIME
        }
    }
}

/// The message id and arguments that explain `e` to the learner.
fn store_error_message(e: &StoreError) -> (&'static str, i18n::Args) {
    let mut args = i18n::Args::new();
    let id = match e {
        StoreError::DiskFull { path } => {
            args.set("path", path.display().to_string());
            "store-disk-full"
        }
        StoreError::NoAccess { path, .. } => {
            args.set("path", path.display().to_string());
            "store-no-access"
        }
        StoreError::Busy { .. } => "store-busy",
        StoreError::Folder { path, detail } => {
            args.set("path", path.display().to_string());
            args.set("detail", detail.clone());
            "store-folder"
        }
        StoreError::CannotMoveAside { path, detail } => {
            args.set("path", path.display().to_string());
            args.set("detail", detail.clone());
            "store-cannot-move-aside"
        }
        StoreError::Sqlite(e) => {
            args.set("detail", e.to_string());
            "store-failed"
        }
    };
    (id, args)
}

pub(crate) fn store_error_text(loc: &Localizer, e: &StoreError) -> String {
    let (id, args) = store_error_message(e);
    loc.text_with(id, &args)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn every_store_error() -> Vec<StoreError> {
        let path = PathBuf::from("data");
        let detail = String::from("detail");
        vec![
            StoreError::DiskFull { path: path.clone() },
            StoreError::NoAccess {
                path: path.clone(),
                detail: detail.clone(),
            },
            StoreError::Busy { path: path.clone() },
            StoreError::Folder {
                path: path.clone(),
                detail: detail.clone(),
            },
            StoreError::CannotMoveAside { path, detail },
            StoreError::Sqlite(rusqlite::Error::InvalidQuery),
        ]
    }

    #[test]
    fn every_store_message_exists_in_every_shipped_language() {
        let mut ids: Vec<String> = every_store_error()
            .iter()
            .map(|e| store_error_message(e).0.to_string())
            .collect();
        ids.push("store-waiting".to_string());
        assert_eq!(i18n::missing_ui_messages(&ids), Vec::<String>::new());
    }
}
