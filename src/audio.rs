//! Recordings of lesson messages, for learners who read little: where they live, reading their
//! Ogg pages safely, and what `check` and `preview` report about them. This version of the
//! tutor does not play them yet; checking them now means recordings made today are ready when
//! it does. Nothing here decodes sound, and nothing here runs when the tutor starts.
//!
//! A recording of one message in one language is `<lesson>/media/audio/<lang-tag>/<id>.ogg`,
//! Ogg Opus or Ogg Vorbis. Every problem with recordings is a **warning**, because a lesson
//! works without sound:
//!
//! - `audio-unknown-message`: the file's name is not a message of the lesson's base-language
//!   text (a typo, or the message was renamed). The nearest id is offered when it is close.
//! - `audio-unknown-language`: a folder under `media/audio/` that is not a language of the
//!   course (`locales/languages.toml`, a pack's own included), once per folder; a file put
//!   straight into `media/audio/` is reported the same way.
//! - `bad-audio`: not an `.ogg` file, not Ogg inside, Ogg but neither Opus nor Vorbis, or
//!   damaged (a page whose checksum fails, a file cut short, headers missing, no sound).
//! - `audio-too-large`: over [`MAX_BYTES`] or longer than [`MAX_MILLIS`].
//! - `missing-audio`: once a language folder of a lesson holds a recording named after one of
//!   its messages, every message the learner reads in that lesson ([`Lesson::shown_messages`])
//!   should have one there; one warning per lesson and language names how many are missing and
//!   the first few. A folder of misnamed files only gets their own warnings first.
//!
//! The caps. A message is a few sentences read slowly: under a minute. Speech in Opus at
//! about 32 kb/s is 4 KB a second, so a minute is about 250 KB; Vorbis at a low quality
//! (about 64 kb/s) is twice that. [`MAX_BYTES`], 1 MiB, lets through two minutes of either,
//! and stops what the old laptops' disks and a pack passed around by USB stick should not
//! carry: music quality in stereo, a whole lesson in one file. A course of 30 lessons with 20
//! messages each in two languages stays near 300 MB at the usual size. [`MAX_MILLIS`], two
//! minutes, leaves room for slow speech and pauses, and catches a recorder left running.
//!
//! Reading. The `ogg` crate (RustAudio) splits the file into pages and packets and checks
//! each page's checksum; the codec's identification header (19 bytes for Opus, 30 for Vorbis,
//! fixed layouts) is read here. The length is the last page's granule position: samples at
//! 48 kHz for Opus (less the pre-skip), at the header's sample rate for Vorbis. Only the
//! first logical stream is read. A file is read whole only when it is under [`MAX_BYTES`];
//! above that only its headers are read, to say whether it is a recording at all. What is
//! read is never more than the media cap of [`crate::source`], and hostile bytes give
//! [`Unplayable`], never a panic.

use std::collections::{BTreeMap, BTreeSet};

use crate::course::model::{Course, Lesson};
use crate::diagnostic::{Code, Diagnostic, Position};
use crate::i18n::Languages;
use crate::source::{Files, ReadProblem};

/// Where a lesson's recordings are, inside its folder.
pub(crate) const AUDIO_FOLDER: &str = "media/audio";
/// The one extension a recording has.
pub(crate) const EXTENSION: &str = "ogg";
/// The largest recording: see the module doc.
pub(crate) const MAX_BYTES: u64 = 1024 * 1024;
/// The longest recording: two minutes.
pub(crate) const MAX_MILLIS: u64 = 2 * 60 * 1000;

/// True when `path` (of the course files) is under a lesson's `media/audio/`.
pub(crate) fn is_recording(path: &str) -> bool {
    path.split_once('/').is_some_and(|(_, rest)| {
        rest.strip_prefix(AUDIO_FOLDER)
            .is_some_and(|inside| inside.starts_with('/'))
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Codec {
    Opus,
    Vorbis,
}

/// What reading a recording found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Recording {
    pub codec: Codec,
    /// How long it plays; None when only the headers were read.
    pub millis: Option<u64>,
}

/// Why a file is not a recording the tutor could play.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unplayable {
    /// Not named `.ogg` (an `.mp3`, `.m4a`, `.wav` from a phone).
    Extension,
    /// Named `.ogg`, but not an Ogg file (renamed, not converted).
    NotOgg,
    /// Ogg, but neither Opus nor Vorbis (FLAC, Speex, video).
    Codec,
    /// Ogg pages that fail their checksum, a file cut short, headers missing, no sound.
    Damaged,
}

impl Unplayable {
    /// The word the messages choose their text by.
    fn as_str(self) -> &'static str {
        match self {
            Unplayable::Extension => "extension",
            Unplayable::NotOgg => "not-ogg",
            Unplayable::Codec => "codec",
            Unplayable::Damaged => "damaged",
        }
    }
}

/// The codec's identification header.
struct Header {
    codec: Codec,
    /// Samples a second that granule positions count.
    rate: u64,
    /// Samples at the start that are not played (Opus).
    pre_skip: u64,
}

impl Header {
    /// How the header packets after the first start, in order.
    fn later_headers(&self) -> &'static [&'static [u8]] {
        match self.codec {
            Codec::Opus => &[b"OpusTags"],
            Codec::Vorbis => &[b"\x03vorbis", b"\x05vorbis"],
        }
    }
}

fn le_u16(bytes: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(bytes.get(at..at + 2)?.try_into().ok()?))
}

fn le_u32(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(bytes.get(at..at + 4)?.try_into().ok()?))
}

/// The identification header: the first packet of an Opus or Vorbis stream.
fn identify(packet: &[u8]) -> Result<Header, Unplayable> {
    if let Some(rest) = packet.strip_prefix(b"OpusHead") {
        // version, channels, pre-skip (u16), input rate (u32), gain (u16), channel mapping
        let (Some(&version), Some(&channels), Some(pre_skip)) =
            (rest.first(), rest.get(1), le_u16(rest, 2))
        else {
            return Err(Unplayable::Damaged);
        };
        if rest.len() < 11 || version >> 4 != 0 || channels == 0 {
            return Err(Unplayable::Damaged);
        }
        return Ok(Header {
            codec: Codec::Opus,
            rate: 48_000,
            pre_skip: u64::from(pre_skip),
        });
    }
    if let Some(rest) = packet.strip_prefix(b"\x01vorbis") {
        // version (u32), channels, rate (u32), three bitrates (u32), block sizes, framing
        let (Some(version), Some(&channels), Some(rate), Some(&framing)) =
            (le_u32(rest, 0), rest.get(4), le_u32(rest, 5), rest.get(22))
        else {
            return Err(Unplayable::Damaged);
        };
        if version != 0 || channels == 0 || rate == 0 || framing & 1 == 0 {
            return Err(Unplayable::Damaged);
        }
        return Ok(Header {
            codec: Codec::Vorbis,
            rate: u64::from(rate),
            pre_skip: 0,
        });
    }
    Err(Unplayable::Codec)
}

/// Reads the recording in `bytes`: its codec from the headers and, when `to_the_end`, every
/// page (each checksum checked) and how long it plays.
pub(crate) fn read(bytes: &[u8], to_the_end: bool) -> Result<Recording, Unplayable> {
    // A real Ogg file starts with a page; the reader would look further, past other data.
    if !bytes.starts_with(b"OggS") {
        return Err(Unplayable::NotOgg);
    }
    let mut reader = ogg::PacketReader::new(std::io::Cursor::new(bytes));
    let first = match reader.read_packet() {
        Ok(Some(packet)) => packet,
        Ok(None) | Err(_) => return Err(Unplayable::Damaged),
    };
    let serial = first.stream_serial();
    let header = identify(&first.data)?;
    let later = header.later_headers();
    let mut headers_read = 0;
    let mut sound = false;
    let mut granule = None;
    loop {
        let packet = match reader.read_packet() {
            Ok(Some(packet)) => packet,
            Ok(None) => break,
            Err(_) => return Err(Unplayable::Damaged),
        };
        if packet.stream_serial() != serial {
            continue;
        }
        if let Some(marker) = later.get(headers_read) {
            if !packet.data.starts_with(marker) {
                return Err(Unplayable::Damaged);
            }
            headers_read += 1;
            continue;
        }
        sound = true;
        if !to_the_end {
            break;
        }
        // All ones: no packet ends on this page.
        if packet.last_in_page() && packet.absgp_page() != u64::MAX {
            granule = Some(packet.absgp_page());
        }
    }
    if !sound {
        return Err(Unplayable::Damaged);
    }
    let millis = if to_the_end {
        let samples = granule
            .ok_or(Unplayable::Damaged)?
            .saturating_sub(header.pre_skip);
        let millis = u128::from(samples) * 1000 / u128::from(header.rate);
        Some(u64::try_from(millis).unwrap_or(u64::MAX))
    } else {
        None
    };
    Ok(Recording {
        codec: header.codec,
        millis,
    })
}

/// The warning for a recording of `size` bytes, over [`MAX_BYTES`].
pub(crate) fn too_large(shown_path: String, size: u64) -> Diagnostic {
    Diagnostic::new(
        Code::AudioTooLarge,
        shown_path,
        Position { line: 1, col: 1 },
    )
    .arg("what", "size")
    .arg("size", size.div_ceil(1024))
    .arg("limit", MAX_BYTES / 1024)
}

/// Every problem with the recordings of `course`'s lessons, as warnings (see the module doc).
/// Reads every recording, so `check` and `preview` run it, not the tutor.
pub(crate) fn check_course(
    files: &Files,
    course: &Course,
    languages: &Languages,
) -> Vec<Diagnostic> {
    // Each lesson's recordings, and whether they were read: one over the media read cap is
    // not (the loader has said it is too large) but is there all the same.
    let mut by_lesson: BTreeMap<&str, Vec<(&str, bool)>> = BTreeMap::new();
    let unread = files.problems.iter().filter_map(|p| match p {
        ReadProblem::TooLarge { path, .. } => Some((path.as_str(), false)),
        _ => None,
    });
    for (path, read) in files.paths().map(|p| (p, true)).chain(unread) {
        if let Some((lesson, _)) = path.split_once('/')
            && is_recording(path)
            && course.lesson(lesson).is_some()
        {
            by_lesson.entry(lesson).or_default().push((path, read));
        }
    }
    let lessons: Vec<(&Lesson, Vec<(&str, bool)>)> = by_lesson
        .into_iter()
        .filter_map(|(id, paths)| Some((course.lesson(id)?, paths)))
        .collect();
    // Lessons on several threads: a big pack's recordings are most of its bytes.
    let threads = crate::parallel::threads(lessons.len(), 1, 4);
    crate::parallel::map(&lessons, threads, |(lesson, paths)| {
        let mut out = Vec::new();
        let check = LessonCheck {
            files,
            lesson,
            base: &course.base_language,
            languages,
        };
        check.run(paths, &mut out);
        out
    })
    .into_iter()
    .flatten()
    .collect()
}

/// One lesson's recordings.
struct LessonCheck<'a> {
    files: &'a Files,
    lesson: &'a Lesson,
    base: &'a str,
    languages: &'a Languages,
}

impl LessonCheck<'_> {
    fn at(&self, code: Code, path: &str) -> Diagnostic {
        Diagnostic::new(
            code,
            self.files.display_path(path),
            Position { line: 1, col: 1 },
        )
    }

    /// `paths`: the lesson's files under `media/audio/`, each with whether it was read.
    fn run(&self, paths: &[(&str, bool)], out: &mut Vec<Diagnostic>) {
        let id = self.lesson.id.as_str();
        let messages = self.base_messages();
        let audio = format!("{id}/{AUDIO_FOLDER}/");
        // Language folders, each with the names of the recordings in it.
        let mut recorded: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
        let mut unknown_folders: BTreeSet<&str> = BTreeSet::new();
        for &(path, was_read) in paths {
            let Some(inside) = path.strip_prefix(audio.as_str()) else {
                continue;
            };
            let Some((tag, name)) = inside.split_once('/') else {
                // Straight in media/audio/, in no language's folder.
                out.push(self.unknown_language(path, "audio"));
                continue;
            };
            if self.languages.get(tag).is_none() {
                unknown_folders.insert(tag);
                continue;
            }
            let (stem, extension_right) = match name
                .strip_suffix(EXTENSION)
                .and_then(|stem| stem.strip_suffix('.'))
            {
                Some(stem) => (stem, true),
                None => (name.rsplit_once('.').map_or(name, |(stem, _)| stem), false),
            };
            recorded.entry(tag).or_default().insert(stem);
            if !messages.contains(stem) {
                out.push(self.unknown_message(path, name, stem, &messages));
            }
            let verdict = if !was_read {
                Ok(None)
            } else if extension_right {
                self.inspect(path)
            } else {
                Err(Unplayable::Extension)
            };
            match verdict {
                Ok(too_large) => out.extend(too_large),
                Err(problem) => out.push(
                    self.at(Code::BadAudio, path)
                        .arg("problem", problem.as_str())
                        .arg("id", crate::text::clean_line(stem)),
                ),
            }
        }
        for tag in unknown_folders {
            out.push(self.unknown_language(&format!("{audio}{tag}"), tag));
        }
        let shown = self.lesson.shown_messages();
        for (tag, names) in recorded {
            if !names.iter().any(|name| messages.contains(*name)) {
                continue;
            }
            let missing: Vec<&str> = shown
                .iter()
                .copied()
                .filter(|m| !names.contains(m))
                .collect();
            let Some(first) = missing.first() else {
                continue;
            };
            let ids = crate::diagnostic::first_names(&missing);
            out.push(
                self.at(Code::MissingAudio, &format!("{audio}{tag}"))
                    .arg("count", missing.len())
                    .arg("total", shown.len())
                    .arg("lang", tag)
                    .arg("ids", ids)
                    .arg("first", first),
            );
        }
    }

    /// The ids of the messages of the lesson's base-language text.
    fn base_messages(&self) -> BTreeSet<String> {
        let Some(resource) = self.lesson.texts.get(self.base) else {
            return BTreeSet::new();
        };
        resource
            .entries()
            .filter_map(|entry| match entry {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                _ => None,
            })
            .collect()
    }

    /// Reads the recording at `path` (named `.ogg`): why it cannot be played, or the warning
    /// when it is over a cap. Only a recording that can be played is measured: converting it
    /// is the fix, and changes its size.
    fn inspect(&self, path: &str) -> Result<Option<Diagnostic>, Unplayable> {
        let bytes = self.files.media(path).ok_or(Unplayable::Damaged)?;
        let size = bytes.len() as u64;
        if size > MAX_BYTES {
            read(&bytes, false)?;
            return Ok(Some(too_large(self.files.display_path(path), size)));
        }
        let millis = read(&bytes, true)?.millis.unwrap_or_default();
        Ok((millis > MAX_MILLIS).then(|| {
            self.at(Code::AudioTooLarge, path)
                .arg("what", "length")
                .arg("seconds", millis.div_ceil(1000))
                .arg("limit", MAX_MILLIS / 1000)
        }))
    }

    fn unknown_language(&self, path: &str, folder: &str) -> Diagnostic {
        let expected: Vec<&str> = self
            .languages
            .all()
            .iter()
            .map(|l| l.tag.as_str())
            .collect();
        self.at(Code::AudioUnknownLanguage, path)
            .arg("folder", crate::text::clean_line(folder))
            .arg("expected", expected.join(", "))
            .arg("base", self.base)
    }

    fn unknown_message(
        &self,
        path: &str,
        name: &str,
        stem: &str,
        messages: &BTreeSet<String>,
    ) -> Diagnostic {
        let near = closest(stem, messages.iter().map(String::as_str));
        let (kind, example) = match near {
            Some(id) => ("typo", id),
            None => ("other", self.lesson.title.as_str()),
        };
        self.at(Code::AudioUnknownMessage, path)
            .arg("name", crate::text::clean_line(name))
            .arg("kind", kind)
            .arg("example", example)
            .arg("base", self.base)
    }
}

/// The id nearest to `name` by edit distance, when it is near enough to be a typo: at most 2
/// edits, or a third of the id for long ids.
fn closest<'a>(name: &str, ids: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    // File names are short; a hostile long one is not worth comparing.
    if name.len() > 200 {
        return None;
    }
    ids.map(|id| (edit_distance(name, id), id))
        .filter(|(d, id)| *d > 0 && *d <= (id.chars().count() / 3).max(2))
        .min_by_key(|(d, _)| *d)
        .map(|(_, id)| id)
}

/// Levenshtein distance in characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1)
                .min(row[j] + 1)
                .min(diagonal + usize::from(ca != *cb));
            diagonal = above;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::course::Loaded;
    use ogg::{PacketWriteEndInfo, PacketWriter};

    /// "Mật ong rừng" spoken by espeak-ng, 1.44 s: Opus at 12 kb/s, and Vorbis at 8 kHz.
    const OPUS: &[u8] =
        include_bytes!("../tests/fixtures/every-code/ghi-am-doi-ten/media/audio/vi/title.ogg");
    const VORBIS: &[u8] =
        include_bytes!("../tests/fixtures/every-code/ghi-am-thieu/media/audio/vi/title.ogg");

    fn opus_head(pre_skip: u16) -> Vec<u8> {
        let mut head = b"OpusHead".to_vec();
        head.extend([1, 1]);
        head.extend(pre_skip.to_le_bytes());
        head.extend(16_000u32.to_le_bytes());
        head.extend([0, 0, 0]);
        head
    }

    fn vorbis_head(rate: u32) -> Vec<u8> {
        let mut head = b"\x01vorbis".to_vec();
        head.extend(0u32.to_le_bytes());
        head.push(1);
        head.extend(rate.to_le_bytes());
        head.extend([0; 12]);
        head.extend([0xb8, 1]);
        head
    }

    /// An Ogg stream: `headers` each on its own page, then `packets` packets of a few bytes,
    /// each `step` samples further, a page every 50 packets.
    fn stream(headers: &[Vec<u8>], packets: u64, step: u64, first_granule: u64) -> Vec<u8> {
        let mut out = Vec::new();
        let mut writer = PacketWriter::new(&mut out);
        let serial = 0x6d61_7430;
        for header in headers {
            writer
                .write_packet(header.clone(), serial, PacketWriteEndInfo::EndPage, 0)
                .expect("write");
        }
        for i in 1..=packets {
            let end = if i == packets {
                PacketWriteEndInfo::EndStream
            } else if i % 50 == 0 {
                PacketWriteEndInfo::EndPage
            } else {
                PacketWriteEndInfo::NormalPacket
            };
            writer
                .write_packet(
                    vec![0xf8, 0xff, 0xfe],
                    serial,
                    end,
                    first_granule + i * step,
                )
                .expect("write");
        }
        out
    }

    fn opus_stream(seconds: u64) -> Vec<u8> {
        // 20 ms packets: 960 samples at 48 kHz.
        stream(
            &[opus_head(312), b"OpusTags\0\0\0\0\0\0\0\0".to_vec()],
            seconds * 50,
            960,
            312,
        )
    }

    #[test]
    fn real_opus_and_vorbis_recordings_are_read_with_their_length() {
        let opus = read(OPUS, true).expect("opus");
        assert_eq!(opus.codec, Codec::Opus);
        // opusinfo: 1.442 s.
        assert_eq!(opus.millis, Some(1442));
        let vorbis = read(VORBIS, true).expect("vorbis");
        assert_eq!(vorbis.codec, Codec::Vorbis);
        // ogginfo: 1.443 s.
        assert_eq!(vorbis.millis, Some(1443));
        assert_eq!(
            read(OPUS, false),
            Ok(Recording {
                codec: Codec::Opus,
                millis: None
            })
        );
    }

    #[test]
    fn the_length_counts_opus_samples_at_48_khz_less_the_pre_skip() {
        let recording = read(&opus_stream(180), true).expect("read");
        assert_eq!(recording.millis, Some(180_000));
    }

    #[test]
    fn the_length_of_vorbis_counts_samples_at_its_own_rate() {
        let headers = [
            vorbis_head(8_000),
            b"\x03vorbis comments".to_vec(),
            b"\x05vorbis setup".to_vec(),
        ];
        let recording = read(&stream(&headers, 150, 8_000, 0), true).expect("read");
        assert_eq!(recording.codec, Codec::Vorbis);
        assert_eq!(recording.millis, Some(150_000));
    }

    #[test]
    fn files_that_are_not_ogg_are_named_so() {
        assert_eq!(read(b"", true), Err(Unplayable::NotOgg));
        assert_eq!(
            read(b"RIFF\x24\x00\x00\x00WAVEfmt ", true),
            Err(Unplayable::NotOgg)
        );
        assert_eq!(
            read(b"ID3\x04\x00\x00\x00\x00\x00\x00", true),
            Err(Unplayable::NotOgg)
        );
        // A phone's .m4a.
        assert_eq!(read(b"\0\0\0\x20ftypM4A ", true), Err(Unplayable::NotOgg));
        // Ogg data after something else: a player looks for the start, not further.
        let mut prefixed = b"junk".to_vec();
        prefixed.extend(OPUS);
        assert_eq!(read(&prefixed, true), Err(Unplayable::NotOgg));
    }

    #[test]
    fn ogg_holding_other_than_opus_or_vorbis_is_named_by_its_codec() {
        for first in [
            &b"\x7fFLAC\x01\x00\x00\x01fLaC"[..],
            b"Speex   1.2",
            b"\x80theora",
        ] {
            let bytes = stream(&[first.to_vec()], 3, 960, 0);
            assert_eq!(read(&bytes, true), Err(Unplayable::Codec), "{first:?}");
        }
    }

    #[test]
    fn missing_or_broken_headers_and_no_sound_are_damage() {
        let tags = b"OpusTags\0\0\0\0\0\0\0\0".to_vec();
        // Headers only.
        assert_eq!(
            read(&stream(&[opus_head(312), tags.clone()], 0, 960, 0), true),
            Err(Unplayable::Damaged)
        );
        // No comment header after the identification header.
        assert_eq!(
            read(&stream(&[opus_head(312)], 5, 960, 0), true),
            Err(Unplayable::Damaged)
        );
        // An identification header too short, or with no channels.
        assert_eq!(
            read(
                &stream(&[b"OpusHead\x01".to_vec(), tags.clone()], 5, 960, 0),
                true
            ),
            Err(Unplayable::Damaged)
        );
        let mut silent = opus_head(312);
        silent[9] = 0;
        assert_eq!(
            read(&stream(&[silent, tags], 5, 960, 0), true),
            Err(Unplayable::Damaged)
        );
        assert_eq!(read(b"OggS", true), Err(Unplayable::Damaged));
        assert_eq!(
            read(&[b'O', b'g', b'g', b'S', 0, 2], true),
            Err(Unplayable::Damaged)
        );
    }

    #[test]
    fn a_recording_cut_short_anywhere_never_panics() {
        let full = read(OPUS, true).expect("full").millis.unwrap_or_default();
        let mut damaged = 0;
        for len in 0..OPUS.len() {
            match read(&OPUS[..len], true) {
                Err(_) => damaged += 1,
                // Cut between two pages: what is left plays, and is shorter.
                Ok(r) => assert!(r.millis.unwrap_or_default() < full, "{len}"),
            }
            let _ = read(&OPUS[..len], false);
        }
        assert!(damaged > OPUS.len() * 9 / 10, "{damaged}");
        // The every-code fixture's damaged recording is cut like this one.
        assert_eq!(read(&OPUS[..1500], true), Err(Unplayable::Damaged));
    }

    #[test]
    fn a_changed_byte_fails_its_page_checksum() {
        // Where each page starts with "OggS": a reader that misses it looks for the next page,
        // as players do, so a page whose mark is damaged is skipped, not reported.
        let marks: Vec<usize> = OPUS
            .windows(4)
            .enumerate()
            .filter(|(_, w)| *w == b"OggS")
            .map(|(i, _)| i)
            .collect();
        assert_eq!(marks.len(), 4);
        for at in 0..OPUS.len() {
            let mut bytes = OPUS.to_vec();
            bytes[at] ^= 0x55;
            let result = read(&bytes, true);
            if !marks.iter().any(|m| (*m..*m + 4).contains(&at)) {
                assert!(result.is_err(), "{at}: {result:?}");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn any_bytes_after_the_ogg_mark_never_panic(
            tail in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..600),
        ) {
            let mut bytes = b"OggS".to_vec();
            bytes.extend(tail);
            let _ = read(&bytes, true);
            let _ = read(&bytes, false);
        }

        #[test]
        fn any_changes_to_a_real_recording_never_panic(
            changes in proptest::collection::vec((0..OPUS.len(), proptest::prelude::any::<u8>()), 1..8),
        ) {
            let mut bytes = OPUS.to_vec();
            for (at, value) in changes {
                bytes[at] = value;
            }
            let _ = read(&bytes, true);
        }
    }

    const COURSE: &str = "format_version = 1\nbase_language = \"vi\"\n\n[[modules]]\n\
                          id = \"m\"\ntitle = \"m\"\nlessons = [\"honey\"]\n";
    const LESSON: &str = "title = \"title\"\n\n[[steps]]\ntype = \"choice\"\nprompt = \"where\"\n\
                          hints = [\"hint-day\"]\noptions = [\n  { text = \"window\", correct = true },\n  \
                          { text = \"bulb\", feedback = \"bulb-no\" },\n]\n";
    const VI: &str = "title = Mật ong\nwhere = Chụp ở đâu?\nwindow = Cạnh cửa sổ\n\
                      bulb = Dưới bóng đèn\nbulb-no = Đèn vàng làm sai màu.\nhint-day = Nghĩ về ban ngày.\n";
    const MESSAGES: &[&str] = &["title", "where", "window", "bulb", "bulb-no", "hint-day"];

    /// A diagnostic's named values.
    type Args = Vec<(&'static str, String)>;

    fn pack(recordings: &[(String, &'static [u8])]) -> (Files, Loaded) {
        let mut files = Files::from_texts(
            "pack",
            [
                ("course.toml", COURSE),
                ("vi.ftl", "m = Học phần\n"),
                ("honey/lesson.toml", LESSON),
                ("honey/vi.ftl", VI),
            ],
        );
        files.add_missing_from(&Files::embedded_locales(), "locales/");
        for (path, bytes) in recordings {
            files.add_media(path, bytes);
        }
        let loaded = crate::course::load(&files);
        assert_eq!(loaded.diagnostics, Vec::new());
        (files, loaded)
    }

    fn check(recordings: &[(String, &'static [u8])]) -> Vec<(Code, String, Args)> {
        let (files, loaded) = pack(recordings);
        check_course(&files, &loaded.course, &loaded.languages)
            .into_iter()
            .map(|d| {
                assert_eq!(d.severity, crate::diagnostic::Severity::Warning);
                (d.code, d.path, d.args)
            })
            .collect()
    }

    fn all_recorded(tag: &str) -> Vec<(String, &'static [u8])> {
        MESSAGES
            .iter()
            .map(|m| (format!("honey/media/audio/{tag}/{m}.ogg"), OPUS))
            .collect()
    }

    #[test]
    fn a_lesson_recorded_whole_in_each_language_has_no_warning() {
        let mut recordings = all_recorded("vi");
        recordings.extend(all_recorded("hnj-Latn-VN"));
        assert_eq!(check(&recordings), Vec::new());
        assert_eq!(check(&[]), Vec::new(), "no recordings: nothing is missing");
    }

    #[test]
    fn missing_recordings_are_one_warning_per_language_naming_the_first() {
        let mut recordings = all_recorded("vi");
        recordings.retain(|(p, _)| !p.ends_with("/where.ogg") && !p.ends_with("/bulb-no.ogg"));
        recordings.push(("honey/media/audio/en/title.ogg".into(), VORBIS));
        let found = check(&recordings);
        let arg = |args: &[(&str, String)], name: &str| {
            args.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.clone())
                .unwrap_or_default()
        };
        assert_eq!(found.len(), 2, "{found:?}");
        let (code, path, args) = &found[0];
        assert_eq!(
            (*code, path.as_str()),
            (Code::MissingAudio, "pack/honey/media/audio/en")
        );
        assert_eq!(arg(args, "count"), "5");
        assert_eq!(arg(args, "total"), "6");
        assert_eq!(arg(args, "ids"), "where, window, bulb, bulb-no, hint-day");
        assert_eq!(arg(args, "first"), "where");
        let (code, path, args) = &found[1];
        assert_eq!(
            (*code, path.as_str()),
            (Code::MissingAudio, "pack/honey/media/audio/vi")
        );
        assert_eq!(arg(args, "ids"), "where, bulb-no");
    }

    #[test]
    fn a_misnamed_recording_offers_the_nearest_message() {
        let mut recordings = all_recorded("vi");
        recordings.push(("honey/media/audio/vi/windw.ogg".into(), OPUS));
        recordings.push(("honey/media/audio/vi/recording-01.ogg".into(), OPUS));
        let found = check(&recordings);
        let kinds: Vec<(Code, &str, &str)> = found
            .iter()
            .map(|(code, path, args)| {
                let kind = args
                    .iter()
                    .find(|(n, _)| *n == "example")
                    .map_or("", |(_, v)| v.as_str());
                (*code, path.as_str(), kind)
            })
            .collect();
        assert_eq!(
            kinds,
            [
                (
                    Code::AudioUnknownMessage,
                    "pack/honey/media/audio/vi/recording-01.ogg",
                    "title"
                ),
                (
                    Code::AudioUnknownMessage,
                    "pack/honey/media/audio/vi/windw.ogg",
                    "window"
                ),
            ]
        );
    }

    #[test]
    fn a_folder_of_misnamed_files_only_is_named_file_by_file_before_anything_is_missing() {
        let recordings = vec![
            ("honey/media/audio/vi/01.ogg".to_string(), OPUS),
            (
                "honey/media/audio/vi/notes.md".to_string(),
                &b"read slowly"[..],
            ),
        ];
        let codes: Vec<Code> = check(&recordings).into_iter().map(|(c, _, _)| c).collect();
        assert_eq!(
            codes,
            [
                Code::AudioUnknownMessage,
                Code::AudioUnknownMessage,
                Code::BadAudio
            ]
        );
    }

    #[test]
    fn a_folder_that_is_no_language_is_one_warning_and_counts_nothing_missing() {
        let mut recordings = all_recorded("vietnamese");
        recordings.push(("honey/media/audio/title.ogg".into(), OPUS));
        let found: Vec<(Code, String)> = check(&recordings)
            .into_iter()
            .map(|(c, p, _)| (c, p))
            .collect();
        assert_eq!(
            found,
            [
                (
                    Code::AudioUnknownLanguage,
                    "pack/honey/media/audio/title.ogg".to_string()
                ),
                (
                    Code::AudioUnknownLanguage,
                    "pack/honey/media/audio/vietnamese".to_string()
                ),
            ]
        );
    }

    #[test]
    fn an_unplayable_file_is_named_once_and_still_counts_as_recorded() {
        let mut recordings = all_recorded("vi");
        recordings.retain(|(p, _)| !p.ends_with("/where.ogg") && !p.ends_with("/title.ogg"));
        recordings.push((
            "honey/media/audio/vi/where.m4a".into(),
            b"\0\0\0\x20ftypM4A ",
        ));
        recordings.push((
            "honey/media/audio/vi/title.ogg".into(),
            b"ID3\x04 an mp3 renamed",
        ));
        let found: Vec<(Code, String)> = check(&recordings)
            .into_iter()
            .map(|(c, _, args)| (c, args[0].1.clone()))
            .collect();
        assert_eq!(
            found,
            [
                (Code::BadAudio, "not-ogg".to_string()),
                (Code::BadAudio, "extension".to_string()),
            ]
        );
    }

    #[test]
    fn a_recording_too_long_or_too_big_says_which() {
        let long: &'static [u8] = Box::leak(opus_stream(MAX_MILLIS / 1000 + 1).into_boxed_slice());
        let mut big = opus_stream(60);
        // Larger packets' worth of bytes: an export at a music bitrate.
        big.resize(MAX_BYTES as usize + 1, 0);
        let big: &'static [u8] = Box::leak(big.into_boxed_slice());
        let mut recordings = all_recorded("vi");
        recordings.retain(|(p, _)| !p.ends_with("/title.ogg") && !p.ends_with("/where.ogg"));
        recordings.push(("honey/media/audio/vi/title.ogg".into(), long));
        recordings.push(("honey/media/audio/vi/where.ogg".into(), big));
        let found: Vec<(Code, Vec<(&str, String)>)> = check(&recordings)
            .into_iter()
            .map(|(c, _, a)| (c, a))
            .collect();
        let owned = |pairs: &[(&'static str, &str)]| -> Vec<(&'static str, String)> {
            pairs.iter().map(|(n, v)| (*n, v.to_string())).collect()
        };
        assert_eq!(
            found,
            [
                (
                    Code::AudioTooLarge,
                    owned(&[("what", "length"), ("seconds", "121"), ("limit", "120")])
                ),
                (
                    Code::AudioTooLarge,
                    owned(&[("what", "size"), ("size", "1025"), ("limit", "1024")])
                ),
            ]
        );
    }

    #[test]
    fn paths_under_a_lessons_audio_folder_are_recordings() {
        assert!(is_recording("honey/media/audio/vi/title.ogg"));
        assert!(is_recording("honey/media/audio/title.ogg"));
        assert!(!is_recording("honey/media/audiobook.ogg"));
        assert!(!is_recording("honey/media/jar.png"));
        assert!(!is_recording("media/audio/vi/title.ogg"));
    }

    #[test]
    fn the_edit_distance_counts_characters() {
        assert_eq!(edit_distance("windw", "window"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("mật", "mat"), 1);
        assert_eq!(closest("title", ["title"].into_iter()), None, "not a typo");
        assert_eq!(
            closest("hint-dya", ["hint-day", "title"].into_iter()),
            Some("hint-day")
        );
    }
}
