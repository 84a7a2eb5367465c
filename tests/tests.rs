//! The integration tests: one crate, one module per layer.
//!
//! - `class`: class mode through the real binary, each laptop a data folder: export and
//!   import by file, reports, xAPI to a real LRS (Ralph) on the loopback address.
//! - `audio`: recordings of messages: `check` warns about each problem, the tutor's start
//!   never reads them, `pack add` installs them from a folder or a .zip.
//! - `author`: `check` on the mistakes trainers really make: the root cause and the fix in
//!   plain words, the source line underlined, no parser English in Vietnamese.
//! - `index`: the lesson index the tutor keeps between starts: same course, and anything
//!   changed, broken or damaged loaded again from the files.
//! - `cli`: the real binary on fixture packs (`check`, `lessons`): exit codes and exact output.
//! - `course`: the shipped course played to the end in every complete language (the only
//!   tests on `lessons/`; all others run on `tests/fixtures/`).
//! - `cli_language`: the binary's help, usage errors and unknown-language warning, per language.
//! - `codes`: every diagnostic code produced by `check` on a fixture pack (`every-code`, one
//!   lesson per mistake), or on one broken at test time in a temporary folder.
//! - `screens`: the whole app on ratatui's `TestBackend`, driven by key scripts, every screen
//!   snapshotted at 80×24 and at the smallest usable size; meaningful colours asserted.
//! - `flows`: learner journeys through the real store (first run, resume, damaged database).
//! - `photo_check`: `chophien photo-check` on photos written to a temporary folder.
//! - `pty`: the real binary in a pseudo-terminal: a lesson, `kill -9`, restart, same step.
//! - `store`: the store at start-up on the real file system: two tutors at once, a full disk,
//!   an unreadable file, a damaged store with a hot WAL, migrations.
//! - `hangup`: the real binary whose terminal closes without a SIGHUP reaching it.
//! - `preview`: `chophien preview` — the trainer's round trip new → edit → check → preview
//!   (edited and broken while it runs, in a pseudo-terminal) → pack add; no data directory
//!   touched; reloads keeping the step, a broken pack healing, the watcher's debounce.
//! - `packs`: lesson packs loaded from disk as `--pack` does, their pictures drawn.
//! - `small_window`: below the smallest usable size only quitting acts.
//! - `guide`: the trainers' guide, `lessons/README.md`, against the code: every diagnostic code
//!   with its fix, every step type's table of fields, and its examples loaded as packs.
//! - `workshop`: the learner's own shop made in the workshops, snapshotted, saved, reopened
//!   and exported with `chophien export listing`.

mod support;

mod audio;
mod author;
mod class;
mod cli;
mod cli_language;
mod codes;
mod course;
mod flows;
mod guide;
mod hangup;
mod index;
mod packs;
mod photo_check;
mod preview;
mod pty;
mod screens;
mod small_window;
mod store;
mod workshop;
