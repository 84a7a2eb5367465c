//! The real binary on fixture packs: exit codes and the exact diagnostics.

use std::process::Command;

use crate::support::{chophien, locations};

#[test]
fn the_embedded_course_checks_clean() {
    let (code, out) = chophien(&["--lang", "en", "check"]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(out.trim(), "No errors, no warnings in lessons.");
}

#[test]
fn a_valid_pack_checks_clean_but_names_its_untranslated_messages() {
    // The half-translated en.ftl opens (exit 0); since `missing-translation` the check names
    // what a learner using English would see in Vietnamese.
    let (code, out) = chophien(&["--lang", "en", "check", "tests/fixtures/valid-pack"]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(
        locations(&out),
        ["tests/fixtures/valid-pack/honey/en.ftl:1:1: warning[missing-translation]"]
    );
    assert!(out.contains("8 of 12 messages are not translated in this file (33% done)"));
    assert!(
        out.trim_end()
            .ends_with("No errors, 1 warning in tests/fixtures/valid-pack.")
    );
}

#[test]
fn a_broken_pack_lists_every_problem_with_file_line_and_column() {
    let (code, out) = chophien(&["--lang", "en", "check", "tests/fixtures/broken-pack"]);
    assert_eq!(code, 1, "{out}");
    let p = "tests/fixtures/broken-pack";
    let expected = [
        format!("{p}/course.toml:3:1: error[unknown-field]"),
        format!("{p}/course.toml:8:28: error[missing-lesson]"),
        format!("{p}/deep/vi.ftl:2:3007: error[ftl-too-deep]"),
        format!("{p}/honey/en.ftl:1:1: warning[missing-translation]"),
        format!("{p}/honey/en.ftl:2:1: warning[translation-variables]"),
        format!("{p}/honey/en.ftl:3:1: warning[unused-message]"),
        format!("{p}/honey/lesson.toml:4:8: error[unknown-step-type]"),
        format!("{p}/honey/lesson.toml:10:1: error[unknown-field]"),
        format!("{p}/honey/lesson.toml:11:1: error[choice-correct-count]"),
        format!("{p}/honey/lesson.toml:15:10: error[missing-message]"),
        format!("{p}/honey/lesson.toml:20:11: error[missing-media]"),
        format!("{p}/honey/vi.ftl:2:22: error[undeclared-variable]"),
        format!("{p}/honey/vi.ftl:5:20: error[unknown-function]"),
        format!("{p}/missing-vi/vi.ftl:1:1: error[missing-file]"),
        format!("{p}/tea/lesson.toml:4:8: error[text-no-check]"),
        format!("{p}/tea/vi.ftl:4:1: error[ftl-syntax]"),
    ];
    assert_eq!(locations(&out), expected);
    assert!(
        out.contains("13 errors, 3 warnings in tests/fixtures/broken-pack."),
        "{out}"
    );
    assert!(out.contains("unknown step type \"quiz\""));
    assert!(out.contains(
        "help: Use one of: read, choice, multi, order, number, text, scenario, workshop."
    ));
}

#[test]
fn check_speaks_vietnamese_too() {
    let (_, out) = chophien(&["--lang", "vi", "check", "tests/fixtures/broken-pack"]);
    assert!(out.contains("loại bước lạ \"quiz\""), "{out}");
    assert!(out.contains("13 lỗi, 3 cảnh báo"), "{out}");
}

#[test]
fn check_as_json_carries_codes_and_positions() {
    let (code, out) = chophien(&[
        "--lang",
        "en",
        "check",
        "--format",
        "json",
        "tests/fixtures/broken-pack",
    ]);
    assert_eq!(code, 1);
    let report: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
    assert_eq!(report["errors"], 13);
    let first = &report["diagnostics"][0];
    assert_eq!(first["code"], "unknown-field");
    assert_eq!(
        (first["line"].as_u64(), first["column"].as_u64()),
        (Some(3), Some(1))
    );
    assert_eq!(first["severity"], "error");
}

#[test]
fn escape_sequences_in_a_pack_never_reach_the_output() {
    // The lesson opens (no error hides it), and its title carries escape sequences.
    let (code, out) = chophien(&["--lang", "en", "lessons", "tests/fixtures/hostile-pack"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("Honey") && out.contains("RED"), "{out}");
    assert!(!out.contains('\u{1b}') && !out.contains('\u{7}'), "{out:?}");
    let (code, out) = chophien(&["--lang", "en", "check", "tests/fixtures/hostile-pack"]);
    assert_eq!(code, 0, "{out}");
    assert!(!out.contains('\u{1b}'), "{out:?}");
}

#[test]
fn lessons_lists_modules_with_translation_coverage() {
    let (code, out) = chophien(&[
        "--lang",
        "en",
        "lessons",
        "--format",
        "json",
        "tests/fixtures/valid-pack",
    ]);
    assert_eq!(code, 0);
    let modules: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
    let honey = &modules[0]["lessons"][0];
    assert_eq!(honey["id"], "honey");
    assert_eq!(honey["coverage"]["vi"], 100);
    // en.ftl has 4 of the 12 messages.
    assert_eq!(honey["coverage"]["en"], 33);
    let (_, text) = chophien(&["--lang", "en", "lessons", "tests/fixtures/valid-pack"]);
    assert!(
        text.contains("honey") && text.contains("en 33%") && text.contains("3 steps"),
        "{text}"
    );
}

#[test]
fn without_a_terminal_the_tutor_explains_and_exits_3() {
    let dir = tempfile::tempdir().expect("dir");
    let out = Command::new(env!("CARGO_BIN_EXE_chophien"))
        .args(["--lang", "en", "--data-dir"])
        .arg(dir.path())
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&out.stderr).contains("needs a terminal"));
}

#[test]
fn a_wrong_command_line_exits_2() {
    let (code, _) = chophien(&["--no-such-flag"]);
    assert_eq!(code, 2);
}

#[test]
fn hostile_file_names_are_shown_harmless() {
    let dir = tempfile::tempdir().expect("dir");
    let lesson = dir.path().join("bad\u{1b}[2Jname");
    std::fs::create_dir_all(&lesson).expect("folder");
    std::fs::write(lesson.join("lesson.toml"), "title = \"t\"\n").expect("write");
    std::fs::write(
        dir.path().join("course.toml"),
        "format_version = 1\nbase_language = \"vi\"\nmodules = []\n",
    )
    .expect("write");
    let (code, out) = chophien(&[
        "--lang",
        "en",
        "check",
        dir.path().to_str().expect("utf-8 path"),
    ]);
    assert_eq!(code, 1, "no vi.ftl: an error");
    assert!(!out.contains('\u{1b}'), "{out}");
    assert!(out.contains("bad\u{241b}[2Jname/lesson.toml"), "{out}");
}

#[test]
fn oversized_files_are_refused_before_parsing() {
    let dir = tempfile::tempdir().expect("dir");
    std::fs::write(
        dir.path().join("course.toml"),
        "format_version = 1\nbase_language = \"vi\"\nmodules = []\n",
    )
    .expect("write");
    std::fs::write(
        dir.path().join("vi.ftl"),
        format!("big = {}\n", "a".repeat(600 * 1024)),
    )
    .expect("write");
    let (code, out) = chophien(&[
        "--lang",
        "en",
        "check",
        dir.path().to_str().expect("utf-8 path"),
    ]);
    assert_eq!(code, 1);
    assert!(out.contains("vi.ftl:1:1: error[file-too-large]"), "{out}");
}
