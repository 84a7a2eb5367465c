//! Every diagnostic code in `Code::ALL` comes out of the real `chophien check` on a fixture
//! pack: `tests/fixtures/every-code` (one lesson per mistake, as a trainer would make it), the
//! other fixture packs, and packs put in a state a git fixture cannot hold, made here in a
//! temporary folder (a file over the size cap, too many files, a pack over the size cap, a
//! file the file system will not describe, a file with too many problems, a stale translation,
//! recordings too long or too large to carry in a fixture).

use crate::support::chophien;
use std::collections::BTreeSet;
use std::path::Path;

use chophien::diagnostic::Code;

const EVERY_CODE: &str = "tests/fixtures/every-code";

/// Codes no test here can produce, each with the reason. Empty: every code is produced.
const EXCEPTIONS: &[(&str, &str)] = &[];

/// `check --format json` on `pack`: each diagnostic as (file, line, code), the file as printed.
fn check(pack: &str) -> Vec<(String, u64, String)> {
    let (code, out) = chophien(&["--lang", "en", "check", pack, "--format", "json"]);
    assert!(code == 0 || code == 1, "check {pack} exited {code}: {out}");
    let report: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
    report["diagnostics"]
        .as_array()
        .expect("a list of diagnostics")
        .iter()
        .map(|d| {
            (
                d["file"].as_str().unwrap_or_default().to_string(),
                d["line"].as_u64().unwrap_or_default(),
                d["code"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

fn codes(pack: &str) -> BTreeSet<String> {
    check(pack).into_iter().map(|(_, _, code)| code).collect()
}

fn path_of(dir: &Path) -> &str {
    dir.to_str().expect("utf-8 path")
}

/// A copy of the valid fixture pack in a temporary folder, to break on purpose.
fn valid_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("dir");
    crate::support::copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid-pack"),
        dir.path(),
    );
    dir
}

/// `course.toml` asks for a newer pack format than this tutor reads.
fn format_too_new() -> BTreeSet<String> {
    let dir = valid_copy();
    let course = dir.path().join("course.toml");
    let text = std::fs::read_to_string(&course).expect("read");
    std::fs::write(
        &course,
        text.replace("format_version = 1", "format_version = 2"),
    )
    .expect("write");
    codes(path_of(dir.path()))
}

/// Notes pasted into a lesson folder, over the text file cap.
fn file_too_large() -> BTreeSet<String> {
    let dir = valid_copy();
    let line = "Ghi chú: mật ong rừng Sìn Hồ, giá theo mùa.\n";
    let big = line.repeat((chophien::source::MAX_TEXT_FILE as usize) / line.len() + 1);
    std::fs::write(dir.path().join("honey/notes.md"), big).expect("write");
    codes(path_of(dir.path()))
}

/// A phone's whole camera folder copied into the pack: more files than the cap.
fn too_many_files() -> BTreeSet<String> {
    let dir = valid_copy();
    let photos = dir.path().join("honey/media/camera");
    std::fs::create_dir_all(&photos).expect("folder");
    for i in 0..=chophien::source::MAX_FILES {
        std::fs::File::create(photos.join(format!("IMG_{i:05}.png"))).expect("create");
    }
    codes(path_of(dir.path()))
}

/// Videos over the pack's total size. Sparse files: each has the size of a full media file
/// and costs no disk, since the pack is measured, never read, when it is opened.
fn pack_too_large() -> BTreeSet<String> {
    let dir = valid_copy();
    let videos = dir.path().join("honey/media/videos");
    std::fs::create_dir_all(&videos).expect("folder");
    let count = chophien::source::MAX_PACK_BYTES / chophien::source::MAX_MEDIA_FILE + 1;
    for i in 0..count {
        let file =
            std::fs::File::create(videos.join(format!("phien-cho-{i:03}.mp4"))).expect("create");
        file.set_len(chophien::source::MAX_MEDIA_FILE)
            .expect("sparse file");
    }
    codes(path_of(dir.path()))
}

/// A file the file system will not describe. Tests may run as root, where `chmod 000`
/// does not stop reading, so the pack's path is made so long (`/./` repeated, still under
/// the system's path limit) that the path of one file in it goes over the limit: looking
/// the file up fails, for root too, and the file is reported unreadable.
fn unreadable() -> BTreeSet<String> {
    let dir = valid_copy();
    let name = format!("ghi-chu-{}", "mat-ong-".repeat(30));
    std::fs::write(dir.path().join(&name), "ghi chú").expect("write");
    let mut root = path_of(dir.path()).to_string();
    while root.len() < 3900 {
        root.push_str("/.");
    }
    assert!(root.len() < 4096 && root.len() + 1 + name.len() > 4096);
    codes(&root)
}

/// One file with more problems than are shown: the rest are counted in one diagnostic.
fn too_many_problems() -> BTreeSet<String> {
    let dir = valid_copy();
    let mut extra = String::new();
    for i in 0..=chophien::diagnostic::MAX_PER_FILE {
        extra.push_str(&format!("old-price-{i} = Old price {i}\n"));
    }
    let en = dir.path().join("honey/en.ftl");
    let text = std::fs::read_to_string(&en).expect("read");
    std::fs::write(&en, text + &extra).expect("write");
    codes(path_of(dir.path()))
}

/// Translations marked current, then the Vietnamese title rewritten.
fn stale_translation() -> BTreeSet<String> {
    let dir = valid_copy();
    let pack = path_of(dir.path());
    let (code, out) = chophien(&["--lang", "en", "coverage", "--mark-current", pack]);
    assert_eq!(code, 0, "{out}");
    let vi = dir.path().join("honey/vi.ftl");
    let text = std::fs::read_to_string(&vi).expect("read");
    std::fs::write(
        &vi,
        text.replace("title = Mật ong\n", "title = Mật ong rừng\n"),
    )
    .expect("write");
    codes(pack)
}

#[test]
fn every_diagnostic_code_comes_out_of_check_on_a_fixture_pack() {
    let mut found: BTreeSet<String> = BTreeSet::new();
    for pack in [
        EVERY_CODE,
        "tests/fixtures/author-mistakes",
        "tests/fixtures/broken-languages",
        "tests/fixtures/broken-pack",
        "tests/fixtures/course",
        "tests/fixtures/hostile-pack",
        "tests/fixtures/valid-pack",
        // `check` on a lesson folder instead of the pack.
        "tests/fixtures/every-code/ban-nhap",
    ] {
        found.extend(codes(pack));
    }
    let findings = crate::author::findings_pack();
    found.extend(codes(path_of(findings.path())));
    for (made, expected) in [
        (format_too_new(), "format-too-new"),
        (file_too_large(), "file-too-large"),
        (too_many_files(), "too-many-files"),
        (pack_too_large(), "pack-too-large"),
        (unreadable(), "unreadable"),
        (too_many_problems(), "too-many-problems"),
        (stale_translation(), "stale-translation"),
        (
            codes(path_of(
                crate::audio::pack_with_oversized_recordings().path(),
            )),
            "audio-too-large",
        ),
    ] {
        assert!(made.contains(expected), "{expected} not in {made:?}");
        found.extend(made);
    }
    let excepted: BTreeSet<&str> = EXCEPTIONS.iter().map(|(code, _)| *code).collect();
    let missing: Vec<&str> = Code::ALL
        .iter()
        .map(|c| c.as_str())
        .filter(|c| !found.contains(*c) && !excepted.contains(c))
        .collect();
    assert!(missing.is_empty(), "no fixture pack produces {missing:?}");
    let needless: Vec<&str> = excepted
        .iter()
        .copied()
        .filter(|c| found.contains(*c))
        .collect();
    assert!(needless.is_empty(), "produced after all: {needless:?}");
    let known: BTreeSet<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
    let unknown: Vec<&String> = found
        .iter()
        .filter(|c| !known.contains(c.as_str()))
        .collect();
    assert!(unknown.is_empty(), "codes not in Code::ALL: {unknown:?}");
}

#[test]
fn the_every_code_pack_names_each_mistake_at_its_own_line() {
    let prefix = format!("{EVERY_CODE}/");
    let mut found: Vec<String> = check(EVERY_CODE)
        .into_iter()
        .map(|(file, line, code)| {
            let file = file.strip_prefix(&prefix).unwrap_or(&file).to_string();
            format!("{file}:{line} {code}")
        })
        .collect();
    found.sort();
    assert_eq!(
        found,
        [
            "anh-khong-mo-ta/lesson.toml:6 missing-picture-alt",
            "anh-theo-ngay/media/2024/thang-6/ngay-15/cho-phien/gian-hang:1 too-deep",
            "anh-tren-may/lesson.toml:6 bad-media-path",
            "ban-dich-loi/en.ftl:1 not-utf8",
            "ban-nhap/lesson.toml:1 unlisted-lesson",
            "ban-sao/vi (1).ftl:1 bad-language-tag",
            "buoc-khong-co/lesson.toml:6 unknown-step",
            "buoc-trung-ten/lesson.toml:9 duplicate-id",
            "chon-nhieu/lesson.toml:6 no-correct-option",
            "cong-cu-la/lesson.toml:5 unknown-tool",
            "cong-thuc/lesson.toml:10 bad-formula",
            "cong-thuc/lesson.toml:15 answer-not-from-vars",
            "cong-thuc/lesson.toml:9 bad-formula",
            "course.toml:38 duplicate-id",
            "course.toml:42 bad-id",
            "course.toml:53 empty-module",
            "cu-phap/lesson.toml:10 toml-syntax",
            "danh-sach-rong/lesson.toml:6 empty-answer-list",
            "ghi-am-doi-ten/media/audio/vi/gia-cu.ogg:1 audio-unknown-message",
            "ghi-am-hong/media/audio/vi/intro.ogg:1 bad-audio",
            "ghi-am-sai-thu-muc/media/audio/tieng-viet:1 audio-unknown-language",
            "ghi-am-thieu/media/audio/vi:1 missing-audio",
            "ghi-am-wav/media/audio/vi/intro.wav:1 bad-audio",
            "gioi-han-do-dai/lesson.toml:4 bad-length-limits",
            "hai-cach-cham/lesson.toml:4 text-both-checks",
            "khach-bo-di/lesson.toml:12 unreachable-node",
            "khach-gian/lesson.toml:4 no-good-ending",
            "khach-hoi-mai/lesson.toml:13 node-never-ends",
            "khach-hoi/lesson.toml:10 unknown-node",
            "khong-goi-y/lesson.toml:4 no-hints",
            "mot-lua-chon/lesson.toml:6 too-few-options",
            "mot-viec/lesson.toml:6 too-few-items",
            "sai-kieu/lesson.toml:10 wrong-type",
            "sai-so/lesson.toml:7 bad-tolerance",
            "ten-buoc/lesson.toml:4 bad-id",
            "thieu-tieu-de/lesson.toml:1 missing-field",
            "tieng-trung/zh.ftl:1 unknown-language",
            "tra-loi-va-ket-thuc/lesson.toml:11 node-choices-or-ending",
            "trung-doan-chu/vi.ftl:3 duplicate-message",
            "vong-lap/lesson.toml:13 step-loop",
        ]
    );
}
