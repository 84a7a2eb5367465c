//! `chophien export listing --profile NAME [--out FILE] [--data-dir DIR]`: writes a learner's
//! listing (their latest story, price sheet and photo checks, see `app::workshop::kit`) as
//! plain text to FILE (default `listing.txt`) and as a CSV row beside it (same name, `.csv`).
//! Both UTF-8. Words are in the interface language of the command line.
//!
//! Exit 0 when written; 1 when there is no such learner or no listing yet (no story or no
//! price sheet); 3 when the progress folder or the files cannot be used.

use std::path::{Path, PathBuf};

use super::{EXIT_CHECK_FAILED, EXIT_OK, EXIT_RUNTIME, print_error};
use crate::app::workshop::kit::{Kit, listing_text};
use crate::i18n::{Args, Localizer};
use crate::workshop::listing::csv_file;

pub fn listing(loc: &Localizer, data_dir: Option<PathBuf>, name: &str, out: Option<&Path>) -> u8 {
    let Some(dir) = crate::store::data_dir(data_dir) else {
        print_error(loc, "no data folder");
        return EXIT_RUNTIME;
    };
    let store = match crate::store::open(&dir) {
        Ok((store, _)) => store,
        Err(e) => {
            print_error(loc, &e.to_string());
            return EXIT_RUNTIME;
        }
    };
    let mut args = Args::new();
    args.set("name", crate::text::clean_line(name));
    let profile = match store.profile_named(name) {
        Ok(Some(p)) => p,
        Ok(None) => {
            eprintln!("{}", loc.text_with("export-no-profile", &args));
            return EXIT_CHECK_FAILED;
        }
        Err(e) => {
            print_error(loc, &e.to_string());
            return EXIT_RUNTIME;
        }
    };
    let work = match store.work(profile.id) {
        Ok(work) => work,
        Err(e) => {
            print_error(loc, &e.to_string());
            return EXIT_RUNTIME;
        }
    };
    let Some(listing) = Kit::new(&work, loc).listing() else {
        eprintln!("{}", loc.text_with("export-not-ready", &args));
        return EXIT_CHECK_FAILED;
    };
    let text_path = out.map_or_else(|| PathBuf::from("listing.txt"), Path::to_path_buf);
    let csv_path = text_path.with_extension("csv");
    let csv = match csv_file(std::slice::from_ref(&listing)) {
        Ok(csv) => csv,
        Err(e) => {
            print_error(loc, &e.to_string());
            return EXIT_RUNTIME;
        }
    };
    for (path, body) in [
        (&text_path, listing_text(&listing, loc).into_bytes()),
        (&csv_path, csv.into_bytes()),
    ] {
        if let Err(e) = std::fs::write(path, body) {
            print_error(loc, &format!("{}: {e}", path.display()));
            return EXIT_RUNTIME;
        }
    }
    let mut done = Args::new();
    done.set("text", text_path.display().to_string());
    done.set("csv", csv_path.display().to_string());
    println!("{}", loc.text_with("export-written", &done));
    EXIT_OK
}
