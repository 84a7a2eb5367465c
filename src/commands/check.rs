//! `chophien check [PATH]`: load a pack (or the embedded course) the way the tutor does and
//! print every diagnostic as `path:line:col: error[code]: message`, or as JSON. Exit 1 when
//! there is any error, so scripts and CI can use it.

use std::path::Path;

use serde::Serialize;

use super::{EXIT_CHECK_FAILED, EXIT_OK};
use crate::cli::Format;
use crate::diagnostic::{Code, Diagnostic, Severity};
use crate::i18n::{Args, Localizer};

/// Codes about a whole file or folder: no source line is shown under them.
const WHOLE_FILE: &[Code] = &[
    Code::MissingTranslation,
    Code::LessonFolder,
    Code::UnlistedLesson,
    Code::BuiltinLanguages,
    Code::MissingFile,
    Code::Unreadable,
    Code::NotUtf8,
    Code::FileTooLarge,
    Code::PackTooLarge,
    Code::TooManyFiles,
    Code::TooDeep,
    Code::AudioUnknownMessage,
    Code::AudioUnknownLanguage,
    Code::BadAudio,
    Code::AudioTooLarge,
    Code::MissingAudio,
];

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
    let (files, loaded) = super::checked_course(path);
    let shown_path = files.display_path("");
    let shown_path = shown_path.trim_end_matches('/');
    let errors = loaded.error_count();
    let warnings = loaded.diagnostics.len() - errors;
    match format {
        Format::Text => {
            let prefix = files.display_path("");
            for d in &loaded.diagnostics {
                println!("{}", render(loc, d));
                let source = d
                    .path
                    .strip_prefix(prefix.as_str())
                    .filter(|_| !WHOLE_FILE.contains(&d.code))
                    .and_then(|relative| files.text(relative));
                if let Some(snippet) = source.and_then(|s| snippet(s, d.pos.line, d.pos.col)) {
                    println!("{snippet}");
                }
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
    // Messages that choose their words by `kind` say the default when none was recorded.
    if !d.args.iter().any(|(name, _)| *name == "kind") {
        args.set("kind", "example");
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

/// The source line of a diagnostic with its place underlined, as
///
/// ```text
///    6 | answer = 7,000
///      |          ^^^^^
/// ```
///
/// Columns are counted in characters and drawn in terminal cells (unicode-width), so the mark
/// sits under the right letter in Vietnamese text; the underline covers the word that starts
/// there. Tabs are shown as one space and control characters made visible. None when the line
/// is empty or the position is not in the text.
pub fn snippet(source: &str, line: usize, col: usize) -> Option<String> {
    use unicode_width::UnicodeWidthStr;
    const MAX_CHARS: usize = 120;
    let text = source.lines().nth(line.checked_sub(1)?)?;
    if text.trim().is_empty() {
        return None;
    }
    let shown: String = text
        .chars()
        .take(MAX_CHARS)
        .map(|c| if c == '\t' { ' ' } else { c })
        .collect();
    let shown = crate::text::clean_line(&shown);
    let chars: Vec<char> = shown.chars().collect();
    let col = col.max(1) - 1;
    if col > chars.len() {
        return None;
    }
    let before: String = chars[..col].iter().collect();
    let word: String = chars[col..]
        .iter()
        .take_while(|c| !c.is_whitespace())
        .collect();
    let pad = UnicodeWidthStr::width(before.as_str());
    let marks = UnicodeWidthStr::width(word.as_str()).clamp(1, 40);
    let number = line.to_string();
    let gutter = " ".repeat(number.len());
    Some(format!(
        "  {number} | {shown}\n  {gutter} | {}{}",
        " ".repeat(pad),
        "^".repeat(marks)
    ))
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
