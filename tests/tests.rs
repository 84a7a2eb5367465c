//! The integration tests: one crate, one module per layer.
//!
//! - `cli`: the real binary on fixture packs (`check`, `lessons`): exit codes and exact output.
//! - `screens`: the whole app on ratatui's `TestBackend`, driven by key scripts, every screen
//!   snapshotted at 80×24 and at the smallest usable size; meaningful colours asserted.
//! - `flows`: learner journeys through the real store (first run, resume, damaged database).
//! - `photo_check`: `chophien photo-check` on photos written to a temporary folder.
//! - `pty`: the real binary in a pseudo-terminal: a lesson, `kill -9`, restart, same step.

mod support;

mod cli;
mod flows;
mod photo_check;
mod pty;
mod screens;
