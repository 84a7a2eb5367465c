//! `chophien check [PATH]`: load a pack (or the embedded course) the way the tutor does and
//! print every diagnostic as `path:line:col: error[code]: message`, or as JSON. Exit 1 when
//! there is any error, so scripts and CI can use it.

use std::path::Path;

use serde::Serialize;

use super::{EXIT_CHECK_FAILED, EXIT_OK};
use crate::cli::Format;
use crate::diagnostic::{Diagnostic, Severity};
use crate::i18n::{Args, Localizer};

#[derive(Serialize)]
struct JsonDiagnostic<'a> {
    code: &'static str,
    severity: Severity,
    file: &'a str,
    line: usize,
    column: usize,
    message: String,
    help: String,
}

#[derive(Serialize)]
struct JsonReport<'a> {
    path: String,
    errors: usize,
    warnings: usize,
    diagnostics: Vec<JsonDiagnostic<'a>>,
}

pub fn run(loc: &Localizer, path: Option<&Path>, format: Format) -> u8 {
    let (files, loaded) = super::load_course(path);
    let shown_path = files.display_path("");
    let shown_path = shown_path.trim_end_matches('/');
    let errors = loaded.error_count();
    let warnings = loaded.diagnostics.len() - errors;
    match format {
        Format::Text => {
            for d in &loaded.diagnostics {
                println!("{}", render(loc, d));
            }
            let mut args = Args::new();
            args.set("errors", errors);
            args.set("warnings", warnings);
            args.set("path", shown_path.to_string());
            println!("{}", loc.text_with("check-summary", &args));
        }
        Format::Json => {
            let report = JsonReport {
                path: shown_path.to_string(),
                errors,
                warnings,
                diagnostics: loaded
                    .diagnostics
                    .iter()
                    .map(|d| JsonDiagnostic {
                        code: d.code.as_str(),
                        severity: d.severity,
                        file: &d.path,
                        line: d.pos.line,
                        column: d.pos.col,
                        message: message(loc, d),
                        help: help(loc, d),
                    })
                    .collect(),
            };
            match serde_json::to_string_pretty(&report) {
                Ok(json) => println!("{json}"),
                Err(e) => super::print_error(loc, &e.to_string()),
            }
        }
    }
    if errors > 0 {
        EXIT_CHECK_FAILED
    } else {
        EXIT_OK
    }
}

fn args_of(d: &Diagnostic) -> Args {
    let mut args = Args::new();
    for (name, value) in &d.args {
        args.set(*name, value.clone());
    }
    args
}

/// The diagnostic's message in the interface language.
pub fn message(loc: &Localizer, d: &Diagnostic) -> String {
    loc.text_with(&format!("diag-{}", d.code.as_str()), &args_of(d))
}

/// What to do about it, in the interface language.
pub fn help(loc: &Localizer, d: &Diagnostic) -> String {
    loc.text_with(&format!("diag-{}-help", d.code.as_str()), &args_of(d))
}

/// `path:line:col: error[code]: message` and an indented help line.
pub fn render(loc: &Localizer, d: &Diagnostic) -> String {
    let severity = match d.severity {
        Severity::Error => loc.text("check-severity-error"),
        Severity::Warning => loc.text("check-severity-warning"),
    };
    format!(
        "{}:{}:{}: {}[{}]: {}\n    {}: {}",
        d.path,
        d.pos.line,
        d.pos.col,
        severity,
        d.code.as_str(),
        message(loc, d),
        loc.text("check-help"),
        help(loc, d)
    )
}
