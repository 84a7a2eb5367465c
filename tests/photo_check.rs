//! `chophien photo-check`: the real binary on photos the test writes to a temporary folder.

use std::path::Path;
use std::process::Command;

use image::{Rgb, RgbImage};

fn chophien(dir: &Path, args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_chophien"))
        .args(args)
        .current_dir(dir)
        .env_remove("CHOPHIEN_LANG")
        .output()
        .expect("the binary runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

/// A honey jar with a striped label on white, `side` pixels square.
fn jar(side: u32) -> RgbImage {
    RgbImage::from_fn(side, side, |x, y| {
        let inside = x.abs_diff(side / 2) < side / 3 && y.abs_diff(side / 2) < side * 2 / 5;
        Rgb(if !inside {
            [250, 250, 250]
        } else if y.abs_diff(side / 2) < side / 10 {
            if (x / 6 + y / 6) % 2 == 0 {
                [235, 225, 200]
            } else {
                [40, 30, 20]
            }
        } else {
            [170, 110, 30]
        })
    })
}

fn photos() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temporary folder");
    jar(700).save(dir.path().join("good.jpg")).expect("save");
    jar(400).save(dir.path().join("small.png")).expect("save");
    std::fs::write(dir.path().join("notes.jpg"), "Mật ong rừng, lọ 500 ml\n").expect("write");
    dir
}

#[test]
fn a_good_photo_is_ready_to_upload() {
    let dir = photos();
    let (code, out) = chophien(dir.path(), &["--lang", "en", "photo-check", "good.jpg"]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(
        out.trim(),
        "good.jpg: good, ready to upload.\n1 of 1 photos ready."
    );
}

#[test]
fn every_photo_gets_its_verdict_in_the_learners_language() {
    let dir = photos();
    let (code, out) = chophien(
        dir.path(),
        &[
            "--lang",
            "vi",
            "photo-check",
            "good.jpg",
            "small.png",
            "notes.jpg",
            "missing.jpg",
        ],
    );
    assert_eq!(code, 1, "{out}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines,
        [
            "good.jpg: ảnh tốt, đăng được.",
            "small.png: chưa đăng được:",
            "  - Ảnh nhỏ quá: cạnh ngắn 400 điểm ảnh, cần ít nhất 600.",
            "notes.jpg: tệp này không phải là ảnh.",
            "missing.jpg: không có tệp này.",
            "1 trên 4 ảnh đăng được.",
        ]
    );
}

#[test]
fn json_output_has_stable_field_names() {
    let dir = photos();
    let (code, out) = chophien(
        dir.path(),
        &[
            "photo-check",
            "--format",
            "json",
            "--platform",
            "lazada",
            "small.png",
            "notes.jpg",
        ],
    );
    assert_eq!(code, 1, "{out}");
    let json: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(json["platform"], "lazada");
    assert_eq!(
        (json["total"].as_u64(), json["passed"].as_u64()),
        (Some(2), Some(0))
    );
    let small = &json["photos"][0];
    assert_eq!(small["file"], "small.png");
    assert_eq!(small["format"], "png");
    assert_eq!(
        (small["width"].as_u64(), small["height"].as_u64()),
        (Some(400), Some(400))
    );
    assert_eq!(small["passed"], false);
    // Lazada's smallest side is 500 px.
    let size = &small["verdicts"][0];
    assert_eq!(size["check"], "size");
    assert_eq!(size["status"], "too-small");
    assert_eq!(size["severity"], "fail");
    assert_eq!(
        (size["measured"].as_i64(), size["limit"].as_i64()),
        (Some(400), Some(500))
    );
    assert!(size["message"].as_str().is_some_and(|m| !m.is_empty()));
    let notes = &json["photos"][1];
    assert_eq!(notes["error"]["error"], "not-an-image");
    assert_eq!(notes["verdicts"].as_array().map(Vec::len), Some(0));
}

#[test]
fn a_wrong_command_line_exits_with_2() {
    let dir = photos();
    assert_eq!(chophien(dir.path(), &["photo-check"]).0, 2);
    assert_eq!(
        chophien(
            dir.path(),
            &["photo-check", "--platform", "nowhere", "good.jpg"]
        )
        .0,
        2
    );
}
