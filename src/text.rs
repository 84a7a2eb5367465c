//! Text handling shared by every part of the program: making untrusted text safe for the
//! terminal and NFC, and comparing a learner's answer with the accepted ones.
//!
//! It owns no I/O and knows nothing of lessons or screens.

pub(crate) mod input_method;
pub(crate) mod matching;
pub(crate) mod sanitize;
pub(crate) mod wrap;

pub(crate) use sanitize::{clean, clean_line};
