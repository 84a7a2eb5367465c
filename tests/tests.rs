//! The integration tests: one crate, one module per layer.
//!
//! - `cli`: the real binary on fixture packs (`check`, `lessons`): exit codes and exact output.
//! - `cli_language`: the binary's help, usage errors and unknown-language warning, per language.
//! - `screens`: the whole app on ratatui's `TestBackend`, driven by key scripts, every screen
//!   snapshotted at 80×24 and at the smallest usable size; meaningful colours asserted.
//! - `flows`: learner journeys through the real store (first run, resume, damaged database).
//! - `pty`: the real binary in a pseudo-terminal: a lesson, `kill -9`, restart, same step.
//! - `hangup`: the real binary whose terminal closes without a SIGHUP reaching it.
//! - `packs`: lesson packs loaded from disk as `--pack` does, their pictures drawn.
//! - `small_window`: below the smallest usable size only quitting acts.

mod support;

mod cli;
mod cli_language;
mod flows;
mod hangup;
mod packs;
mod pty;
mod screens;
mod small_window;
