//! Recordings of lesson messages (`<lesson>/media/audio/<lang>/<message-id>.ogg`) through the
//! real binary and the commands: `check` reports what is wrong with them as warnings, the
//! tutor's start never reads them, and `pack add` installs them from a folder or a `.zip`
//! without changing coverage or the lessons.

use std::io::Write;
use std::path::Path;

use ogg::{PacketWriteEndInfo, PacketWriter};

use crate::support::{chophien, copy_dir};

/// A recording the fixture packs already hold: "Mật ong rừng", Ogg Opus, 1.4 s, 2.8 KB.
const SPOKEN: &str = "tests/fixtures/every-code/ghi-am-doi-ten/media/audio/vi/title.ogg";

fn crate_path(relative: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
}

/// An Ogg Opus recording `seconds` long in 20 ms packets of `packet_bytes` bytes each: a
/// long silence costs a few bytes a packet, an export at a music bitrate a few hundred.
pub(crate) fn opus_recording(seconds: u64, packet_bytes: usize) -> Vec<u8> {
    let mut out = Vec::new();
    let mut writer = PacketWriter::new(&mut out);
    let serial = 0x6368_6f70;
    let mut head = b"OpusHead".to_vec();
    head.extend([1, 1]);
    head.extend(312u16.to_le_bytes());
    head.extend(48_000u32.to_le_bytes());
    head.extend([0, 0, 0]);
    let mut tags = b"OpusTags".to_vec();
    tags.extend(8u32.to_le_bytes());
    tags.extend(b"chophien");
    tags.extend(0u32.to_le_bytes());
    for header in [head, tags] {
        writer
            .write_packet(header, serial, PacketWriteEndInfo::EndPage, 0)
            .expect("write");
    }
    let packets = seconds * 50;
    for i in 1..=packets {
        let end = match i {
            _ if i == packets => PacketWriteEndInfo::EndStream,
            _ if i % 50 == 0 => PacketWriteEndInfo::EndPage,
            _ => PacketWriteEndInfo::NormalPacket,
        };
        let frame: Vec<u8> = (0..packet_bytes)
            .map(|b| (b as u64 * 31 + i) as u8)
            .collect();
        writer
            .write_packet(frame, serial, end, 312 + i * 960)
            .expect("write");
    }
    out
}

/// A copy of the valid fixture pack whose lesson `honey` has Vietnamese recordings: every
/// message, in the short real recording, but `title` three minutes long, `where` 1.4 MB (an
/// export at 192 kb/s) and `intro` 9 MiB, over the media read cap, so never read.
pub(crate) fn pack_with_oversized_recordings() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("dir");
    copy_dir(&crate_path("tests/fixtures/valid-pack"), dir.path());
    let audio = dir.path().join("honey/media/audio/vi");
    std::fs::create_dir_all(&audio).expect("folder");
    for message in [
        "intro-picture",
        "window",
        "window-yes",
        "bulb",
        "bulb-no",
        "hint-day",
        "total",
        "low",
        "hint-add",
    ] {
        std::fs::copy(crate_path(SPOKEN), audio.join(format!("{message}.ogg"))).expect("copy");
    }
    std::fs::write(audio.join("title.ogg"), opus_recording(180, 3)).expect("write");
    std::fs::write(audio.join("where.ogg"), opus_recording(60, 480)).expect("write");
    let wav = std::fs::File::create(audio.join("intro.ogg")).expect("create");
    wav.set_len(9 * 1024 * 1024).expect("sparse file");
    dir
}

/// `check --format json` on `pack`: the exit code and each diagnostic.
fn check_json(pack: &Path) -> (i32, Vec<serde_json::Value>) {
    let (code, out) = chophien(&[
        "--lang",
        "en",
        "check",
        pack.to_str().expect("utf-8"),
        "--format",
        "json",
    ]);
    let report: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    let list = report["diagnostics"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    (code, list)
}

#[test]
fn recordings_over_the_caps_are_warnings_that_say_how_far_over() {
    let dir = pack_with_oversized_recordings();
    let (code, found) = check_json(dir.path());
    assert_eq!(code, 0, "warnings only: {found:#?}");
    let audio: Vec<(String, String, String)> = found
        .iter()
        .filter(|d| {
            d["file"]
                .as_str()
                .unwrap_or_default()
                .contains("/media/audio/")
        })
        .map(|d| {
            let file = d["file"].as_str().unwrap_or_default();
            (
                file.rsplit('/').next().unwrap_or_default().to_string(),
                d["severity"].as_str().unwrap_or_default().to_string(),
                d["message"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect();
    let expected =
        |name: &str, message: &str| (name.to_string(), "warning".to_string(), message.to_string());
    assert_eq!(
        audio,
        [
            expected(
                "intro.ogg",
                "this recording is 9216 KB; a recording may be at most 1024 KB"
            ),
            expected(
                "title.ogg",
                "this recording lasts 180 seconds; a recording may last at most 120 seconds"
            ),
            expected(
                "where.ogg",
                "this recording is 1414 KB; a recording may be at most 1024 KB"
            ),
        ]
    );
}

#[test]
fn check_and_preview_read_recordings_but_the_tutor_start_does_not() {
    let pack = crate_path("tests/fixtures/every-code");
    let audio_codes = [
        "audio-unknown-message",
        "audio-unknown-language",
        "bad-audio",
        "audio-too-large",
        "missing-audio",
    ];
    let codes = |loaded: &chophien::course::Loaded| -> Vec<&'static str> {
        loaded
            .diagnostics
            .iter()
            .map(|d| d.code.as_str())
            .filter(|c| audio_codes.contains(c))
            .collect()
    };
    let (_, checked) = chophien::commands::checked_course(Some(&pack));
    assert_eq!(codes(&checked).len(), 5, "{:?}", codes(&checked));
    let (_, started) = chophien::commands::tutor_course(Some(&pack), None);
    assert_eq!(codes(&started), Vec::<&str>::new());
    // The lessons with recordings are lessons like any other.
    for id in [
        "ghi-am-doi-ten",
        "ghi-am-hong",
        "ghi-am-thieu",
        "ghi-am-wav",
    ] {
        assert!(started.course.lesson(id).is_some(), "{id}");
    }
}

/// The valid fixture pack with every message of `honey` recorded in Vietnamese.
fn recorded_pack(into: &Path) {
    copy_dir(&crate_path("tests/fixtures/valid-pack"), into);
    let audio = into.join("honey/media/audio/vi");
    std::fs::create_dir_all(&audio).expect("folder");
    for message in [
        "title",
        "intro",
        "intro-picture",
        "where",
        "window",
        "window-yes",
        "bulb",
        "bulb-no",
        "hint-day",
        "total",
        "low",
        "hint-add",
    ] {
        std::fs::copy(crate_path(SPOKEN), audio.join(format!("{message}.ogg"))).expect("copy");
    }
}

fn pack_add(source: &Path, data: &Path) -> (i32, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_chophien"))
        .args(["--lang", "en", "pack", "add"])
        .arg(source)
        .arg("--data-dir")
        .arg(data)
        .output()
        .expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr),
    )
}

fn zip_folder(zip: &mut zip::ZipWriter<std::fs::File>, root: &Path, dir: &Path) {
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for entry in std::fs::read_dir(dir).expect("read").flatten() {
        let path = entry.path();
        let name = format!(
            "honey-voices/{}",
            path.strip_prefix(root).expect("inside").to_string_lossy()
        );
        if path.is_dir() {
            zip_folder(zip, root, &path);
        } else {
            zip.start_file(name, options).expect("entry");
            zip.write_all(&std::fs::read(&path).expect("read"))
                .expect("write");
        }
    }
}

#[test]
fn pack_add_installs_recordings_from_a_folder_and_a_zip_without_changing_the_lessons() {
    let dir = tempfile::tempdir().expect("dir");
    let folder = dir.path().join("honey-voices");
    recorded_pack(&folder);
    let (code, out) = chophien(&["--lang", "en", "check", folder.to_str().expect("utf-8")]);
    assert_eq!(code, 0, "{out}");
    assert!(!out.contains("audio"), "every recording is right: {out}");
    // Coverage counts text, never recordings.
    let coverage = |pack: &Path| {
        chophien(&[
            "--lang",
            "en",
            "coverage",
            "--format",
            "json",
            pack.to_str().expect("utf-8"),
        ])
        .1
    };
    assert_eq!(
        coverage(&folder),
        coverage(&crate_path("tests/fixtures/valid-pack")).replace(
            &crate_path("tests/fixtures/valid-pack")
                .display()
                .to_string(),
            &folder.display().to_string()
        )
    );

    let archive = dir.path().join("honey-voices.zip");
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&archive).expect("create"));
    zip_folder(&mut zip, &folder, &folder);
    zip.finish().expect("finish");

    for (source, data) in [
        (&folder, dir.path().join("a")),
        (&archive, dir.path().join("b")),
    ] {
        let (code, out) = pack_add(source, &data);
        assert_eq!(code, 0, "{}: {out}", source.display());
        let installed = data.join("packs/honey-voices/honey/media/audio/vi/where.ogg");
        assert_eq!(
            std::fs::read(&installed).expect("installed recording"),
            std::fs::read(crate_path(SPOKEN)).expect("read")
        );
        // The tutor starts twice (the second time from its lesson index): the same lessons.
        let (files, first) = chophien::commands::tutor_course(None, Some(&data));
        let (_, second) = chophien::commands::tutor_course(None, Some(&data));
        let honey = |loaded: &chophien::course::Loaded| {
            let lesson = loaded.course.lesson("honey").expect("honey");
            (lesson.steps.clone(), lesson.coverage.clone())
        };
        assert_eq!(honey(&first), honey(&second));
        assert!(files.media("honey/media/audio/vi/where.ogg").is_some());
        assert_eq!(first.error_count(), 0, "{:#?}", first.diagnostics);
    }
}
