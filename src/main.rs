//! The `chophien` program: the library's modules (src/lib.rs) built as one crate, which hands the
//! command line to `commands::main` and returns its exit code. Not linked to the library: that way
//! a release build compiles them once, without the library's metadata and without what only the
//! tests and benchmarks call (README, "Performance").

// Public items are the library's interface for the tests and benchmarks (`use chophien::…`);
// here nothing outside the program can reach them, and what only the tests call (or re-exports
// for them) goes unused.
// The library's build (lib/) still reports what nothing calls.
#![allow(dead_code, unused_imports, unreachable_pub)]

mod app;
mod audio;
mod class;
mod cli;
mod commands;
mod course;
mod diagnostic;
mod i18n;
mod learner;
mod packs;
mod parallel;
mod picture;
mod pixels;
mod replace;
mod runtime;
mod source;
mod store;
mod text;
mod tomlfile;
mod ui;
mod workshop;

fn main() -> std::process::ExitCode {
    commands::main(std::env::args().collect())
}
