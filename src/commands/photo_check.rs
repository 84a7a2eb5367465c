//! `chophien photo-check FILE… [--platform ID] [--format json]`: the photo check of the
//! workshop for photos on disk, one verdict per file in plain words, or as JSON with stable
//! field names (`file`, `passed`, `severity`, `format`, `width`, `height`, `file_bytes`,
//! `verdicts[].check/status/severity/measured/limit/message`, `error`).
//!
//! Exit 0 when every photo can be uploaded (advice allowed), 1 when any photo fails a check or
//! cannot be read, 2 on a wrong command line (clap reports it).

use std::path::{Path, PathBuf};

use serde::Serialize;

use super::{EXIT_CHECK_FAILED, EXIT_OK};
use crate::cli::Format;
use crate::i18n::{Args, Localizer};
use crate::workshop::photo::{
    self, PhotoError, PhotoFormat, PhotoReport, PhotoRules, Severity, Status, Verdict,
};
use crate::workshop::platforms;

/// Platforms whose photo rules can be chosen; the first is the default.
pub const PLATFORMS: &[&str] = &["tiktok-shop", "shopee", "lazada"];

#[derive(Serialize)]
struct JsonVerdict {
    check: &'static str,
    status: &'static str,
    severity: Severity,
    measured: i64,
    limit: i64,
    message: String,
}

#[derive(Serialize)]
struct JsonPhoto {
    file: String,
    passed: bool,
    severity: Option<Severity>,
    format: Option<PhotoFormat>,
    width: Option<u32>,
    height: Option<u32>,
    file_bytes: Option<u64>,
    verdicts: Vec<JsonVerdict>,
    error: Option<PhotoError>,
    message: String,
}

#[derive(Serialize)]
struct JsonReport {
    platform: String,
    total: usize,
    passed: usize,
    photos: Vec<JsonPhoto>,
}

/// The rules of `platform` (an id of [`PLATFORMS`]); the defaults when presets cannot be read.
pub fn rules(platform: &str) -> PhotoRules {
    platforms::embedded()
        .ok()
        .and_then(|p| p.get(platform))
        .map_or_else(PhotoRules::default, PhotoRules::for_platform)
}

pub fn run(loc: &Localizer, files: &[PathBuf], platform: &str, format: Format) -> u8 {
    let rules = rules(platform);
    let photos: Vec<JsonPhoto> = files
        .iter()
        .map(|path| describe(loc, path, photo::check_photo(path, &rules)))
        .collect();
    let passed = photos.iter().filter(|p| p.passed).count();
    match format {
        Format::Text => {
            for p in &photos {
                println!("{}", p.message);
                for v in p.verdicts.iter().filter(|v| v.severity > Severity::Pass) {
                    println!("  - {}", v.message);
                }
            }
            let mut args = Args::new();
            args.set("passed", passed);
            args.set("total", photos.len());
            println!("{}", loc.text_with("photo-check-summary", &args));
        }
        Format::Json => {
            let report = JsonReport {
                platform: platform.to_string(),
                total: photos.len(),
                passed,
                photos,
            };
            match serde_json::to_string_pretty(&report) {
                Ok(json) => println!("{json}"),
                Err(e) => super::print_error(loc, &e.to_string()),
            }
            return if passed == report.total {
                EXIT_OK
            } else {
                EXIT_CHECK_FAILED
            };
        }
    }
    if passed == files.len() {
        EXIT_OK
    } else {
        EXIT_CHECK_FAILED
    }
}

fn describe(loc: &Localizer, path: &Path, result: Result<PhotoReport, PhotoError>) -> JsonPhoto {
    let file = crate::text::clean_line(&path.display().to_string());
    let mut args = Args::new();
    args.set("file", file.clone());
    match result {
        Ok(report) => {
            let severity = report.severity();
            let id = match severity {
                Severity::Pass => "photo-check-passed",
                Severity::Advice => "photo-check-advice",
                Severity::Fail => "photo-check-failed",
            };
            JsonPhoto {
                message: loc.text_with(id, &args),
                passed: report.passed(),
                severity: Some(severity),
                format: Some(report.format),
                width: Some(report.width),
                height: Some(report.height),
                file_bytes: Some(report.file_bytes),
                verdicts: report
                    .verdicts
                    .iter()
                    .map(|v| JsonVerdict {
                        check: v.check.id(),
                        status: v.status.id(),
                        severity: v.status.severity(),
                        measured: v.measured,
                        limit: v.limit,
                        message: verdict_message(loc, v),
                    })
                    .collect(),
                error: None,
                file,
            }
        }
        Err(error) => {
            let id = match &error {
                PhotoError::NotFound => "photo-error-not-found",
                PhotoError::Unreadable => "photo-error-unreadable",
                PhotoError::NotAnImage => "photo-error-not-an-image",
                PhotoError::WrongFormat { format } => {
                    args.set("format", format.to_uppercase());
                    "photo-error-wrong-format"
                }
                PhotoError::Truncated => "photo-error-truncated",
                PhotoError::FileTooLarge { .. } => "photo-error-file-too-large",
                PhotoError::TooManyPixels { width, height } => {
                    args.set("width", *width);
                    args.set("height", *height);
                    "photo-error-too-many-pixels"
                }
                PhotoError::Damaged => "photo-error-damaged",
            };
            JsonPhoto {
                message: loc.text_with(id, &args),
                passed: false,
                severity: None,
                format: None,
                width: None,
                height: None,
                file_bytes: None,
                verdicts: Vec::new(),
                error: Some(error),
                file,
            }
        }
    }
}

/// The verdict in plain words; file sizes in KB.
pub fn verdict_message(loc: &Localizer, v: &Verdict) -> String {
    let mut args = Args::new();
    let (measured, limit) = match v.status {
        Status::FileTooBig => ((v.measured + 1023) / 1024, v.limit / 1024),
        _ => (v.measured, v.limit),
    };
    args.set("measured", measured);
    args.set("limit", limit);
    loc.text_with(&format!("photo-status-{}", v.status.id()), &args)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_verdict_and_error_has_words_in_every_language() {
        let statuses = [
            Status::TooSmall,
            Status::NotSquare,
            Status::FileTooBig,
            Status::TooDark,
            Status::TooBright,
            Status::BlownHighlights,
            Status::LowContrast,
            Status::Blurry,
            Status::PlainNotWhite,
            Status::BusyBackground,
            Status::ProductTooSmall,
        ];
        let mut ids: Vec<String> = statuses
            .iter()
            .map(|s| format!("photo-status-{}", s.id()))
            .collect();
        for id in [
            "not-found",
            "unreadable",
            "not-an-image",
            "wrong-format",
            "truncated",
            "file-too-large",
            "too-many-pixels",
            "damaged",
        ] {
            ids.push(format!("photo-error-{id}"));
        }
        for id in [
            "photo-check-passed",
            "photo-check-advice",
            "photo-check-failed",
            "photo-check-summary",
            "cli-photo-check-about",
            "cli-photo-check-files",
            "cli-photo-check-platform",
        ] {
            ids.push(id.to_string());
        }
        assert_eq!(crate::i18n::missing_ui_messages(&ids), Vec::<String>::new());
    }

    #[test]
    fn every_platform_offered_has_presets() {
        let p = platforms::embedded().expect("presets");
        for id in PLATFORMS {
            assert!(p.get(id).is_some(), "{id}");
        }
        assert_eq!(rules("lazada").min_side, 500);
    }
}
