//! Chợ Phiên: an offline terminal tutor that teaches highland farmers in Vietnam to open and
//! run an online shop. Its modules, as a library for the tests and benchmarks (the package in
//! lib/). The program (`main.rs`) is built from the same modules as one crate of its own.

pub mod app;
pub(crate) mod audio;
pub mod class;
pub(crate) mod cli;
pub mod commands;
pub mod course;
pub mod diagnostic;
pub mod i18n;
pub mod learner;
pub(crate) mod packs;
pub(crate) mod parallel;
pub(crate) mod picture;
pub(crate) mod pixels;
pub(crate) mod replace;
pub mod runtime;
pub mod source;
pub mod store;
pub(crate) mod text;
pub(crate) mod tomlfile;
pub mod ui;
pub mod workshop;
