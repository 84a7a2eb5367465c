//! `check` on the mistakes trainers really made (`tests/fixtures/author-mistakes`, one lesson
//! per mistake; `tests/fixtures/broken-languages`): each is named once, at its own line, with
//! the fix in plain words, and the parser errors that only follow from it are left out.

use std::process::Command;

fn chophien(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_chophien"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("CHOPHIEN_LANG")
        .output()
        .expect("the binary runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

fn locations(output: &str) -> Vec<String> {
    output
        .lines()
        .filter(|l| l.contains("]: "))
        .map(|l| l.split("]: ").next().unwrap_or_default().to_string() + "]")
        .collect()
}

const PACK: &str = "tests/fixtures/author-mistakes";

#[test]
fn each_common_mistake_is_named_once_at_its_line() {
    let (code, out) = chophien(&["--lang", "en", "check", PACK]);
    assert_eq!(code, 1, "{out}");
    let p = PACK;
    assert_eq!(
        locations(&out),
        [
            format!("{p}/bare/vi.ftl:2:5: warning[variable-without-braces]"),
            format!("{p}/comma/lesson.toml:6:10: error[number-format]"),
            format!("{p}/curly/lesson.toml:1:9: error[curly-quotes]"),
            format!("{p}/curly/lesson.toml:5:8: error[curly-quotes]"),
            format!("{p}/dong/lesson.toml:6:10: error[number-format]"),
            format!("{p}/dot/lesson.toml:6:10: error[number-format]"),
            format!("{p}/locales/en/ui.ftl:2:1: error[ftl-syntax]"),
            format!("{p}/money/vi.ftl:2:15: warning[money-without-format]"),
            format!("{p}/nodollar/vi.ftl:2:12: error[variable-without-dollar]"),
            format!("{p}/single/lesson.toml:3:1: error[single-bracket]"),
            format!("{p}/single/lesson.toml:7:1: error[single-bracket]"),
            format!("{p}/tabby/vi.ftl:3:1: error[ftl-tab]"),
            format!("{p}/untrans/en.ftl:1:1: warning[missing-translation]"),
        ]
    );
    // The cascades are gone: no parser complaint about the same lines, no "message q is
    // missing" for the message a tab broke.
    for cascade in [
        "toml-syntax",
        "wrong-type",
        "missing-message",
        "duplicate key",
    ] {
        assert!(!out.contains(cascade), "{cascade} in {out}");
    }
}

#[test]
fn the_fix_is_said_in_plain_words() {
    let (_, out) = chophien(&["--lang", "en", "check", PACK]);
    for fix in [
        "help: Write digits only: 7000.",
        "help: Write digits only: 120000.",
        "the number 120.000 đ has a money sign after it",
        "help: Type the quotes again as straight quotes",
        "help: Write [[steps]] here",
        "help: Indent continued lines with spaces (4 is usual), never with tabs. The message that starts on line 2",
        "help: Write { $learner }.",
        "help: Write { $learner } so that the tutor puts the value in.",
        "For money write { MONEY($cost) }",
        "2 of 3 messages are not translated in this file (33% done): q, h",
    ] {
        assert!(out.contains(fix), "{fix:?} not in {out}");
    }
}

#[test]
fn the_offending_line_is_shown_with_the_place_underlined() {
    let (_, out) = chophien(&["--lang", "en", "check", PACK]);
    assert!(
        out.contains("  6 | answer = 7,000\n    |          ^^^^^\n"),
        "{out}"
    );
    // Columns in characters, drawn in cells: the mark sits under "{ $cost }" after "Giá là".
    assert!(
        out.contains("  2 | q = Giá là { $cost }.\n    |               ^^^^\n"),
        "{out}"
    );
}

#[test]
fn vietnamese_output_has_no_parser_english_and_calls_a_message_doan_chu() {
    for pack in [
        PACK,
        "tests/fixtures/broken-pack",
        "tests/fixtures/broken-languages",
    ] {
        let (_, out) = chophien(&["--lang", "vi", "check", pack]);
        for english in [
            "expected",
            "Expected",
            "invalid",
            "duplicate key",
            "tin nhắn",
        ] {
            assert!(!out.contains(english), "{english:?} in {out}");
        }
    }
    let (_, out) = chophien(&["--lang", "vi", "check", PACK]);
    assert!(
        out.contains("đoạn chữ \"q\" viết { learner } thiếu dấu $"),
        "{out}"
    );
    assert!(out.contains("cách sửa: Chỉ viết chữ số: 7000."), "{out}");
}

#[test]
fn check_on_a_lesson_folder_names_the_pack_folder() {
    let (code, out) = chophien(&[
        "--lang",
        "en",
        "check",
        "tests/fixtures/author-mistakes/comma",
    ]);
    assert_eq!(code, 1);
    assert_eq!(
        locations(&out),
        ["tests/fixtures/author-mistakes/comma/lesson.toml:1:1: error[lesson-folder]"]
    );
    assert!(
        out.contains(
            "help: Run check on the folder that holds course.toml: chophien check tests/fixtures/author-mistakes"
        ),
        "{out}"
    );
}

#[test]
fn a_broken_language_list_falls_back_to_the_built_in_one() {
    let pack = "tests/fixtures/broken-languages";
    let (code, out) = chophien(&["--lang", "en", "check", pack]);
    assert_eq!(code, 1, "{out}");
    assert_eq!(
        locations(&out),
        [
            format!("{pack}/locales/languages.toml:1:1: warning[builtin-languages]"),
            format!("{pack}/locales/languages.toml:3:1: error[single-bracket]"),
            format!("{pack}/locales/languages.toml:9:1: error[single-bracket]"),
        ]
    );
    // The lesson still opens, in the built-in languages.
    let (code, out) = chophien(&["--lang", "en", "lessons", pack]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("hello") && out.contains("vi 100%"), "{out}");
}

#[test]
fn new_codes_come_out_in_json_too() {
    let (_, out) = chophien(&["--lang", "en", "check", "--format", "json", PACK]);
    let report: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
    let codes: Vec<&str> = report["diagnostics"]
        .as_array()
        .map(|a| a.iter().filter_map(|d| d["code"].as_str()).collect())
        .unwrap_or_default();
    for code in ["number-format", "curly-quotes", "single-bracket", "ftl-tab"] {
        assert!(codes.contains(&code), "{code} not in {codes:?}");
    }
    assert_eq!(report["warnings"], 3);
}
