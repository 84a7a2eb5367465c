//! Starting the tutor: find the progress folder, open the store (moving a damaged one aside),
//! load the course, pick up the learner where they were, and hand over to the runtime.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use super::{EXIT_OK, EXIT_RUNTIME, print_error};
use crate::app::{App, Notice};
use crate::i18n::Localizer;
use crate::store::{self, Opened};
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
    let (store, opened) = match store::open(&dir) {
        Ok(opened) => opened,
        Err(e) => {
            print_error(loc, &e.to_string());
            return EXIT_RUNTIME;
        }
    };
    let mut notices = Vec::new();
    if let Opened::Recovered { moved_to } = opened {
        notices.push(Notice::DatabaseMoved {
            path: moved_to.display().to_string(),
        });
    }
    let (files, loaded) = super::load_course(pack);
    let start = match crate::runtime::start(&store, files, loaded, lang, lang_given, notices) {
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
