//! The real binary's own words: `--help`, usage errors and the warning for a language we do
//! not have, in every shipped language. Clap's English must never show through.

use std::process::Command;

struct Output {
    code: i32,
    stdout: String,
    stderr: String,
}

/// Runs `chophien args` with no language in the environment except `env`.
fn chophien(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_chophien"));
    command.args(args).current_dir(env!("CARGO_MANIFEST_DIR"));
    for var in ["CHOPHIEN_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
        command.env_remove(var);
    }
    command.envs(env.iter().copied());
    let out = command.output().expect("the binary runs");
    Output {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// The words clap writes by itself in help, usage and errors.
const CLAP_ENGLISH: [&str; 16] = [
    "Usage",
    "Options",
    "Arguments",
    "Commands",
    "Print",
    "help",
    "version",
    "default",
    "possible",
    "values",
    "error",
    "unexpected",
    "tip",
    "For more",
    "try",
    "subcommand",
];

/// `text` without the names a user types (flags, commands, variables), which stay English.
fn without_names(text: &str) -> String {
    let mut text = text.to_string();
    for name in [
        "--help",
        "--version",
        "--lang",
        "--data-dir",
        "--pack",
        "--ascii",
        "--format",
        "-h,",
        "-V,",
    ] {
        text = text.replace(name, "");
    }
    text
}

fn assert_no_clap_english(text: &str) {
    let rest = without_names(text);
    for word in CLAP_ENGLISH {
        assert!(
            !rest.to_lowercase().contains(&word.to_lowercase()),
            "{word:?} is English in:\n{text}"
        );
    }
}

#[test]
fn help_in_vietnamese_has_no_english_but_names() {
    for args in [
        &["--lang", "vi", "--help"][..],
        &["--lang", "vi", "-h"][..],
        &["--lang", "vi", "check", "--help"][..],
        &["--lang", "vi", "lessons", "--help"][..],
        &["--lang", "vi", "help", "check"][..],
    ] {
        let out = chophien(args, &[]);
        assert_eq!(out.code, 0, "{args:?}: {}", out.stderr);
        assert_no_clap_english(&out.stdout);
        assert!(out.stdout.contains("Cách dùng: chophien"), "{}", out.stdout);
        assert!(out.stdout.contains("Tuỳ chọn:"), "{}", out.stdout);
        assert!(
            out.stdout.contains("-h, --help") && out.stdout.contains("In phần trợ giúp này"),
            "{}",
            out.stdout
        );
    }
    let out = chophien(&["--help"], &[("CHOPHIEN_LANG", "vi")]);
    assert!(
        out.stdout
            .contains("Cách dùng: chophien [TUỲ-CHỌN] [LỆNH]\n\nLệnh:\n  check"),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("-V, --version"), "{}", out.stdout);
    assert!(
        out.stdout.contains("--data-dir <THƯ-MỤC>"),
        "{}",
        out.stdout
    );
    let out = chophien(&["--lang", "vi", "check", "--help"], &[]);
    assert!(
        out.stdout.contains("Đối số:\n  [THƯ-MỤC]"),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("(mặc định: text)"), "{}", out.stdout);
}

#[test]
fn help_in_english() {
    let out = chophien(&["--lang", "en", "--help"], &[]);
    assert_eq!(out.code, 0);
    for line in [
        "Usage: chophien [OPTIONS] [COMMAND]",
        "Commands:",
        "Options:",
        "  -h, --help               Print this help",
        "  -V, --version            Print the version",
        "--pack <FOLDER>",
    ] {
        assert!(out.stdout.contains(line), "{line:?} in:\n{}", out.stdout);
    }
    let out = chophien(&["--lang", "en", "check", "--help"], &[]);
    assert!(
        out.stdout
            .contains("Usage: chophien check [OPTIONS] [FOLDER]\n\nArguments:"),
        "{}",
        out.stdout
    );
    assert!(
        !out.stdout.contains("[default:") && !out.stdout.contains("[possible values:"),
        "{}",
        out.stdout
    );
}

#[test]
fn usage_errors_are_said_in_the_interface_language() {
    let out = chophien(&["--lang", "vi", "--bogus"], &[]);
    assert_eq!(out.code, 2);
    assert_eq!(out.stdout, "");
    assert_no_clap_english(&out.stderr);
    assert!(
        out.stderr
            .starts_with("Lỗi: không hiểu tham số \"--bogus\".\n"),
        "{}",
        out.stderr
    );
    let out = chophien(&["--lang", "vi", "check", "--format", "xml"], &[]);
    assert_eq!(out.code, 2);
    assert_no_clap_english(&out.stderr);
    assert!(
        out.stderr.contains("Giá trị dùng được: text, json"),
        "{}",
        out.stderr
    );
    let out = chophien(&["--lang", "en", "chek"], &[]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.starts_with(
            "Error: there is no command \"chek\".\nDid you mean \"check\"?\n\n\
             Usage: chophien [OPTIONS] [COMMAND]\n"
        ),
        "{}",
        out.stderr
    );
}

#[test]
fn a_language_we_do_not_have_is_said_then_the_fallback_is_used() {
    // By flag: the warning is in the language used instead, on stderr; the output follows.
    let out = chophien(&["--lang", "fr", "lessons"], &[]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(
        out.stderr,
        "Cảnh báo: không có ngôn ngữ \"fr\" (đặt bằng --lang). Các ngôn ngữ có: \
         vi (Tiếng Việt), en (English), hnj-Latn-VN (Lus Hmoob), tyz-Latn-VN (Tiếng Tày). \
         Dùng vi (Tiếng Việt).\n"
    );
    assert!(
        out.stdout.starts_with("Bài học trong lessons"),
        "{}",
        out.stdout
    );

    // By variable, falling back to the system's English.
    let out = chophien(
        &["lessons"],
        &[("CHOPHIEN_LANG", "fr_FR.UTF-8"), ("LANG", "en_US.UTF-8")],
    );
    assert_eq!(
        out.stderr,
        "Warning: there is no language \"fr_FR.UTF-8\" (asked for by CHOPHIEN_LANG). \
         Languages available: vi (Tiếng Việt), en (English), hnj-Latn-VN (Lus Hmoob), \
         tyz-Latn-VN (Tiếng Tày). Using en (English).\n"
    );
    assert!(
        out.stdout.starts_with("Lessons in lessons"),
        "{}",
        out.stdout
    );

    // Languages we have, and a system locale we do not have, pass without a word.
    for (args, env) in [
        (&["--lang", "en-GB", "lessons"][..], &[][..]),
        (&["lessons"][..], &[("CHOPHIEN_LANG", "vi_VN.UTF-8")][..]),
        (&["lessons"][..], &[("LANG", "fr_FR.UTF-8")][..]),
        (
            &["--lang", "vi", "lessons"][..],
            &[("CHOPHIEN_LANG", "fr")][..],
        ),
    ] {
        let out = chophien(args, env);
        assert_eq!((out.code, out.stderr.as_str()), (0, ""), "{args:?} {env:?}");
    }
}
