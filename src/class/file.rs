//! The class export file: one laptop's learners and their records, carried by USB stick.
//!
//! ## Why a JSON document and not a SQLite file
//!
//! The file crosses USB sticks and chat apps, so the receiving laptop must treat it as hostile.
//! A JSON document is parsed by serde into plain types with no code paths beyond parsing; an
//! SQLite file would have to be opened by SQLite itself, whose own documentation warns that a
//! crafted database file can attack the reader. JSON is also readable by a person with any
//! text editor, small once zipped, and easy to version. It is one line of UTF-8:
//!
//! ```json
//! {"format":"chophien-class","format_version":1,"sha256":"<hex>","body":{...}}
//! ```
//!
//! `sha256` is the SHA-256 of the exact bytes of `body` as written, so a truncated file (it no
//! longer parses), a file damaged in transit or edited by hand (the checksum no longer
//! matches) is refused whole. `format_version` is checked before anything else: a file from a
//! newer program is refused with its own message rather than misread. The checksum finds
//! damage, not forgery: anyone can recompute it, and it is not meant to stop a trainer.
//!
//! Every text read from a file is untrusted: names are NFC-normalised and cleaned of control
//! characters, ids and timestamps are checked for shape and length, and sizes are capped.

use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use super::records::Learner;
use super::time::parse_millis;

/// What the `format` field says.
pub const FORMAT: &str = "chophien-class";
/// The version this program writes, and the newest it reads.
pub const FORMAT_VERSION: u32 = 1;
/// Larger files are refused before they are read.
pub const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;
/// Longest id (laptop, lesson, step), in bytes.
pub const MAX_ID: usize = 128;
/// Longest learner name or language tag, in characters.
pub const MAX_NAME: usize = 200;
/// Longest answer or step state, in bytes.
pub const MAX_TEXT: usize = 64 * 1024;

/// The records of one laptop at one moment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Export {
    /// The laptop the file was written on; every learner in it belongs to that laptop.
    pub device_id: String,
    /// Counts the exports of that laptop (1, 2, 3…): a larger number is a newer file, whatever
    /// the laptop's clock said. Used to decide which positions and step states win.
    pub export_seq: i64,
    /// When the file was written, by that laptop's clock (shown to people only).
    pub exported_at: String,
    /// The program that wrote it, e.g. `chophien 0.1.0`.
    pub program: String,
    pub learners: Vec<Learner>,
}

#[derive(Serialize)]
struct EnvelopeOut<'a> {
    format: &'static str,
    format_version: u32,
    sha256: String,
    body: &'a RawValue,
}

#[derive(Deserialize)]
struct Header {
    format: Option<String>,
    format_version: Option<u64>,
}

#[derive(Deserialize)]
struct EnvelopeIn<'a> {
    sha256: String,
    #[serde(borrow)]
    body: &'a RawValue,
}

/// Why a file was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The file ends too early (cut off while copying).
    Truncated,
    /// Not JSON, or not the shape of an export file.
    Damaged { detail: String },
    /// JSON, but not a class export.
    NotAnExport,
    /// Written by a newer program.
    Newer { version: u64 },
    /// The body does not match its checksum (damaged or edited).
    Checksum,
    /// Larger than [`MAX_FILE_BYTES`].
    TooLarge,
}

/// The file's text for `export`.
pub fn write(export: &Export) -> serde_json::Result<String> {
    let body = serde_json::to_string(export)?;
    let raw = RawValue::from_string(body)?;
    let envelope = EnvelopeOut {
        format: FORMAT,
        format_version: FORMAT_VERSION,
        sha256: sha256_hex(raw.get().as_bytes()),
        body: &raw,
    };
    let mut out = serde_json::to_string(&envelope)?;
    out.push('\n');
    Ok(out)
}

/// Reads and checks a file's bytes; the export comes back cleaned and validated.
pub fn read(bytes: &[u8]) -> Result<Export, Refusal> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(Refusal::TooLarge);
    }
    let header: Header = serde_json::from_slice(bytes).map_err(json_refusal)?;
    if header.format.as_deref() != Some(FORMAT) {
        return Err(Refusal::NotAnExport);
    }
    match header.format_version {
        Some(v) if v > u64::from(FORMAT_VERSION) => return Err(Refusal::Newer { version: v }),
        Some(v) if v >= 1 => {}
        _ => return Err(Refusal::NotAnExport),
    }
    let envelope: EnvelopeIn<'_> = serde_json::from_slice(bytes).map_err(json_refusal)?;
    let body = envelope.body.get();
    if !sha256_hex(body.as_bytes()).eq_ignore_ascii_case(envelope.sha256.trim()) {
        return Err(Refusal::Checksum);
    }
    let export: Export = serde_json::from_str(body).map_err(json_refusal)?;
    validate(export).map_err(|detail| Refusal::Damaged { detail })
}

fn json_refusal(e: serde_json::Error) -> Refusal {
    if e.is_eof() {
        Refusal::Truncated
    } else {
        Refusal::Damaged {
            detail: e.to_string(),
        }
    }
}

/// SHA-256 in lowercase hex, by ring (already built for HTTPS, with its own assembly for the
/// hash), so no second SHA-256 crate is compiled.
fn sha256_hex(bytes: &[u8]) -> String {
    ring::digest::digest(&ring::digest::SHA256, bytes)
        .as_ref()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A laptop id: letters, digits and `-`, at most [`MAX_ID`] bytes.
pub fn is_device_id(s: &str) -> bool {
    !s.is_empty() && s.len() <= MAX_ID && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// A lesson or step id: printable ASCII without spaces or `/`, `?`, `#`, `%` (they go into
/// IRIs), at most [`MAX_ID`] bytes.
pub fn is_item_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= MAX_ID
        && s.bytes()
            .all(|b| b.is_ascii_graphic() && !matches!(b, b'/' | b'?' | b'#' | b'%'))
}

/// Checks every id, timestamp and size, and cleans names; the first problem is the detail.
fn validate(mut export: Export) -> Result<Export, String> {
    if !is_device_id(&export.device_id) {
        return Err(format!("laptop id {:?}", short(&export.device_id)));
    }
    if export.export_seq < 1 {
        return Err(format!("export_seq {}", export.export_seq));
    }
    stamp(&export.exported_at)?;
    export.program = crate::text::clean_line(&cap_chars(&export.program, MAX_NAME));
    let mut learners = std::collections::BTreeSet::new();
    let mut attempts = std::collections::BTreeSet::new();
    for l in &mut export.learners {
        if l.local_id < 1 || !learners.insert(l.local_id) {
            return Err(format!("learner id {}", l.local_id));
        }
        l.name = crate::text::clean_line(&cap_chars(&l.name, MAX_NAME));
        l.lang = crate::text::clean_line(&cap_chars(&l.lang, MAX_NAME));
        stamp(&l.created_at)?;
        stamp(&l.last_used_at)?;
        if let Some(lesson) = &l.current_lesson {
            item(lesson)?;
        }
        for a in &l.attempts {
            if a.id < 1 || !attempts.insert(a.id) {
                return Err(format!("answer id {}", a.id));
            }
            item(&a.lesson)?;
            item(&a.step)?;
            text(&a.answer)?;
            stamp(&a.at)?;
        }
        for s in &l.steps_done {
            item(&s.lesson)?;
            item(&s.step)?;
            stamp(&s.at)?;
        }
        for s in &l.lessons_done {
            item(&s.lesson)?;
            stamp(&s.at)?;
        }
        for p in &l.positions {
            item(&p.lesson)?;
            item(&p.step)?;
            stamp(&p.updated_at)?;
        }
        for s in &l.step_states {
            item(&s.lesson)?;
            item(&s.step)?;
            text(&s.state)?;
            stamp(&s.updated_at)?;
        }
    }
    Ok(export)
}

fn item(s: &str) -> Result<(), String> {
    if is_item_id(s) {
        Ok(())
    } else {
        Err(format!("id {:?}", short(s)))
    }
}

fn stamp(s: &str) -> Result<(), String> {
    match parse_millis(s) {
        Some(_) => Ok(()),
        None => Err(format!("time {:?}", short(s))),
    }
}

fn text(s: &str) -> Result<(), String> {
    if s.len() <= MAX_TEXT {
        Ok(())
    } else {
        Err(format!("text of {} bytes", s.len()))
    }
}

fn cap_chars(s: &str, max: usize) -> String {
    s.chars().take(max).collect()
}

/// The start of an untrusted value, safe to show.
fn short(s: &str) -> String {
    crate::text::clean_line(&cap_chars(s, 40))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::class::records::Attempt;

    #[test]
    fn the_checksum_is_sha256_so_files_from_every_laptop_still_match() {
        // FIPS 180-2's own example: a file written by any build reads the same.
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(
            sha256_hex(b""),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
    }

    fn sample() -> Export {
        Export {
            device_id: "0a1b2c".into(),
            export_seq: 3,
            exported_at: "2026-11-05T09:30:00.000Z".into(),
            program: "chophien 0.1.0".into(),
            learners: vec![Learner {
                local_id: 1,
                name: "Lò Thị Sáu".into(),
                lang: "vi".into(),
                created_at: "2026-11-01T08:00:00.000Z".into(),
                last_used_at: "2026-11-05T09:00:00.000Z".into(),
                current_lesson: Some("photo-light".into()),
                attempts: vec![Attempt {
                    id: 7,
                    lesson: "photo-light".into(),
                    step: "where".into(),
                    answer: "choice:0".into(),
                    correct: true,
                    at: "2026-11-05T09:00:00.000Z".into(),
                }],
                steps_done: vec![],
                lessons_done: vec![],
                positions: vec![],
                step_states: vec![],
            }],
        }
    }

    #[test]
    fn a_written_file_reads_back() -> serde_json::Result<()> {
        let text = write(&sample())?;
        assert_eq!(read(text.as_bytes()), Ok(sample()));
        Ok(())
    }

    #[test]
    fn truncated_tampered_newer_and_foreign_files_are_refused() -> serde_json::Result<()> {
        let text = write(&sample())?;
        assert_eq!(
            read(&text.as_bytes()[..text.len() / 2]),
            Err(Refusal::Truncated)
        );
        let tampered = text.replace("\"correct\":true", "\"correct\":false");
        assert_ne!(tampered, text);
        assert_eq!(read(tampered.as_bytes()), Err(Refusal::Checksum));
        let newer = text.replace("\"format_version\":1", "\"format_version\":2");
        assert_eq!(read(newer.as_bytes()), Err(Refusal::Newer { version: 2 }));
        assert_eq!(read(b"{\"a\":1}"), Err(Refusal::NotAnExport));
        assert!(matches!(read(b"PK\x03\x04"), Err(Refusal::Damaged { .. })));
        Ok(())
    }

    #[test]
    fn names_are_cleaned_and_bad_ids_refused() -> serde_json::Result<()> {
        let mut export = sample();
        export.learners[0].name = "Mai\u{1b}[2J".into();
        let back = read(write(&export)?.as_bytes());
        assert_eq!(
            back.map(|e| e.learners[0].name.clone()),
            Ok("Mai\u{241b}[2J".to_string())
        );
        let mut export = sample();
        export.learners[0].attempts[0].step = "../x y".into();
        assert!(matches!(
            read(write(&export)?.as_bytes()),
            Err(Refusal::Damaged { .. })
        ));
        Ok(())
    }
}
