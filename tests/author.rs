//! `check` on the mistakes trainers really made (`tests/fixtures/author-mistakes`, one lesson
//! per mistake; `tests/fixtures/broken-languages`): each is named once, at its own line, with
//! the fix in plain words, and the parser errors that only follow from it are left out.

use crate::support::{chophien, locations};

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

fn small_pack() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("dir");
    std::fs::write(
        dir.path().join("course.toml"),
        "format_version = 1\nbase_language = \"vi\"\n\n# my module\n[[modules]]\nid = \"m\"\ntitle = \"m\"\nlessons = [] # none yet\n",
    )
    .expect("write");
    std::fs::write(dir.path().join("vi.ftl"), "m = Học phần\n").expect("write");
    dir
}

fn run_in(dir: &std::path::Path, args: &[&str]) -> (i32, String) {
    let path = dir.to_str().expect("utf-8 path");
    let mut all: Vec<&str> = vec!["--lang", "en"];
    all.extend(args);
    all.extend(["--pack", path]);
    chophien(&all)
}

#[test]
fn a_new_lesson_is_listed_and_checks_clean() {
    let dir = small_pack();
    let (code, out) = run_in(dir.path(), &["new", "lesson", "pack-tea"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("added it to the module m"), "{out}");
    let course = std::fs::read_to_string(dir.path().join("course.toml")).expect("read");
    assert!(
        course.contains("lessons = [\"pack-tea\"] # none yet") && course.contains("# my module"),
        "{course}"
    );
    let (code, out) = chophien(&["--lang", "en", "check", dir.path().to_str().expect("path")]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("No errors, no warnings"), "{out}");
    // Every step type is in the skeleton.
    let lesson = std::fs::read_to_string(dir.path().join("pack-tea/lesson.toml")).expect("read");
    for kind in [
        "read", "choice", "multi", "order", "number", "text", "scenario",
    ] {
        assert!(lesson.contains(&format!("type = \"{kind}\"")), "{kind}");
    }
    // A second lesson goes after the first; the same id again is refused.
    let (code, _) = run_in(dir.path(), &["new", "lesson", "pack-honey"]);
    assert_eq!(code, 0);
    let course = std::fs::read_to_string(dir.path().join("course.toml")).expect("read");
    assert!(
        course.contains("lessons = [\"pack-tea\", \"pack-honey\"]"),
        "{course}"
    );
    let (code, _) = run_in(dir.path(), &["new", "lesson", "pack-tea"]);
    assert_eq!(code, 1);
    let (code, _) = run_in(dir.path(), &["new", "lesson", "Bad_Id"]);
    assert_eq!(code, 1);
}

#[test]
fn a_new_language_is_a_draft_with_empty_files_ready_to_fill() {
    let dir = small_pack();
    assert_eq!(run_in(dir.path(), &["new", "lesson", "pack-tea"]).0, 0);
    let (code, out) = run_in(dir.path(), &["new", "language", "hnj-Latn-VN"]);
    assert_eq!(code, 1, "the built-in list already has it: {out}");
    let (code, out) = run_in(dir.path(), &["new", "language", "blt-Tavt-VN"]);
    assert_eq!(code, 0, "{out}");
    let list = std::fs::read_to_string(dir.path().join("locales/languages.toml")).expect("read");
    assert!(
        list.contains("tag = \"blt-Tavt-VN\"")
            && list.contains("fallback = [\"vi\", \"en\"]")
            && list.contains("status = \"draft\"")
            && list.contains("tag = \"hnj-Latn-VN\""),
        "the built-in languages are kept: {list}"
    );
    let file = std::fs::read_to_string(dir.path().join("pack-tea/blt-Tavt-VN.ftl")).expect("read");
    assert!(file.contains("# vi: Bài học mới\n# title =\n"), "{file}");
    assert!(dir.path().join("blt-Tavt-VN.ftl").is_file());
    let (code, out) = chophien(&["--lang", "en", "check", dir.path().to_str().expect("path")]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("warning[missing-translation]") && out.contains("(0% done)"),
        "{out}"
    );
}

#[test]
fn coverage_names_missing_and_changed_translations() {
    let dir = tempfile::tempdir().expect("dir");
    crate::support::copy_dir(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/valid-pack")
            .as_path(),
        dir.path(),
    );
    let pack = dir.path().to_str().expect("utf-8 path");
    let rows = |out: &str| -> Vec<serde_json::Value> {
        serde_json::from_str::<serde_json::Value>(out)
            .expect("valid JSON")
            .as_array()
            .cloned()
            .unwrap_or_default()
    };
    let find = |rows: &[serde_json::Value], lesson: &str, lang: &str| {
        rows.iter()
            .find(|r| r["lesson"] == lesson && r["language"] == lang)
            .cloned()
            .unwrap_or_default()
    };
    let (code, out) = chophien(&["--lang", "en", "coverage", "--format", "json", pack]);
    assert_eq!(code, 0, "{out}");
    let honey = find(&rows(&out), "honey", "en");
    assert_eq!(
        (honey["percent"].as_u64(), honey["translated"].as_u64()),
        (Some(33), Some(4))
    );
    assert!(honey["missing"].as_array().is_some_and(|m| m.len() == 8));
    assert_eq!(honey["stale"], serde_json::json!([]));

    // Marked current, then the Vietnamese title is rewritten: the English title is stale.
    let (code, _) = chophien(&["--lang", "en", "coverage", "--mark-current", pack]);
    assert_eq!(code, 0);
    assert!(dir.path().join("honey/.translations.toml").is_file());
    let vi = dir.path().join("honey/vi.ftl");
    let text = std::fs::read_to_string(&vi).expect("read");
    let changed: String = text
        .lines()
        .map(|l| {
            if l.starts_with("title =") {
                "title = Mật ong rừng, mới".to_string()
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    std::fs::write(&vi, changed + "\n").expect("write");
    let (_, out) = chophien(&["--lang", "en", "coverage", "--format", "json", pack]);
    assert_eq!(
        find(&rows(&out), "honey", "en")["stale"],
        serde_json::json!(["title"])
    );
    let (_, checked) = chophien(&["--lang", "en", "check", pack]);
    assert!(
        checked.contains("honey/en.ftl:1:1: warning[stale-translation]")
            && checked.contains("1 translated messages whose vi text changed"),
        "{checked}"
    );
    let (_, table) = chophien(&["--lang", "en", "coverage", pack]);
    assert!(table.contains("en 33% (1 changed)"), "{table}");
    assert!(
        table.contains("honey en: the base text changed since translated: title"),
        "{table}"
    );
    // Marking again makes it current.
    chophien(&["--lang", "en", "coverage", "--mark-current", pack]);
    let (_, out) = chophien(&["--lang", "en", "coverage", "--format", "json", pack]);
    assert_eq!(
        find(&rows(&out), "honey", "en")["stale"],
        serde_json::json!([])
    );
    let (_, checked) = chophien(&["--lang", "en", "check", pack]);
    assert!(!checked.contains("stale-translation"), "{checked}");
}

mod packs {
    use std::io::Write;
    use std::path::Path;

    use zip::write::SimpleFileOptions;

    fn zip_with(path: &Path, build: impl FnOnce(&mut zip::ZipWriter<std::fs::File>)) {
        let file = std::fs::File::create(path).expect("create zip");
        let mut zip = zip::ZipWriter::new(file);
        build(&mut zip);
        zip.finish().expect("finish zip");
    }

    fn deflated() -> SimpleFileOptions {
        SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated)
    }

    /// A zip of the valid fixture pack, inside one top folder like "compress this folder" makes.
    fn add_folder(zip: &mut zip::ZipWriter<std::fs::File>, root: &Path, dir: &Path) {
        for entry in std::fs::read_dir(dir).expect("read").flatten() {
            let path = entry.path();
            let name = format!(
                "my-pack/{}",
                path.strip_prefix(root).expect("inside").to_string_lossy()
            );
            if path.is_dir() {
                add_folder(zip, root, &path);
            } else {
                zip.start_file(name, deflated()).expect("entry");
                zip.write_all(&std::fs::read(&path).expect("read"))
                    .expect("write");
            }
        }
    }

    fn add(zip: &Path, data: &Path) -> (i32, String) {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_chophien"))
            .args(["--lang", "en", "pack", "add"])
            .arg(zip)
            .arg("--data-dir")
            .arg(data)
            .output()
            .expect("runs");
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stdout).into_owned()
                + &String::from_utf8_lossy(&out.stderr),
        )
    }

    fn installed(data: &Path) -> Vec<String> {
        std::fs::read_dir(data.join("packs"))
            .map(|r| {
                r.flatten()
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default()
    }

    fn refused(name: &str, build: impl FnOnce(&mut zip::ZipWriter<std::fs::File>), why: &str) {
        let dir = tempfile::tempdir().expect("dir");
        let archive = dir.path().join(name);
        zip_with(&archive, build);
        let data = dir.path().join("data");
        let (code, out) = add(&archive, &data);
        assert_eq!(code, 1, "{out}");
        assert!(out.contains(why), "{why:?} not in {out}");
        assert_eq!(
            installed(&data),
            Vec::<String>::new(),
            "nothing left behind"
        );
        assert!(!dir.path().join("evil.txt").exists());
    }

    #[test]
    fn zip_slip_is_refused() {
        refused(
            "slip.zip",
            |z| {
                z.start_file("course.toml", deflated()).expect("entry");
                z.start_file("../../evil.txt", deflated()).expect("entry");
                z.write_all(b"x").expect("write");
            },
            "a path going out of the pack",
        );
    }

    #[test]
    fn an_absolute_path_is_refused() {
        refused(
            "absolute.zip",
            |z| {
                z.start_file("/tmp/evil.txt", deflated()).expect("entry");
                z.write_all(b"x").expect("write");
            },
            "is not safe",
        );
    }

    #[test]
    fn a_symlink_entry_is_refused() {
        refused(
            "link.zip",
            |z| {
                z.add_symlink(
                    "honey/media/jar.png",
                    "/etc/passwd",
                    SimpleFileOptions::default(),
                )
                .expect("link");
            },
            "a link",
        );
    }

    #[test]
    fn a_zip_bomb_is_refused_by_its_ratio() {
        refused(
            "bomb.zip",
            |z| {
                z.start_file("course.toml", deflated()).expect("entry");
                z.write_all(&vec![b' '; 4 * 1024 * 1024]).expect("write");
            },
            "expands suspiciously much",
        );
    }

    #[test]
    fn too_many_entries_are_refused() {
        refused(
            "many.zip",
            |z| {
                for i in 0..=chophien::source::MAX_FILES {
                    z.start_file(format!("f{i}.txt"), SimpleFileOptions::default())
                        .expect("entry");
                }
            },
            &format!("more than {} files", chophien::source::MAX_FILES),
        );
    }

    #[test]
    fn a_good_zip_is_installed_and_played_after_the_built_in_course() {
        let dir = tempfile::tempdir().expect("dir");
        let archive = dir.path().join("Honey Pack.zip");
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid-pack");
        zip_with(&archive, |z| add_folder(z, &root, &root));
        let data = dir.path().join("data");
        let (code, out) = add(&archive, &data);
        assert_eq!(code, 0, "{out}");
        assert_eq!(installed(&data), ["honey-pack"]);
        // The listing the tutor starts from instead of walking the pack.
        assert!(
            data.join("packs/honey-pack")
                .join(chophien::source::LISTING_FILE)
                .is_file()
        );
        let (_, builtin) = chophien::commands::load_course(None);
        let (files, loaded) = chophien::commands::tutor_course(None, Some(&data));
        let ids: Vec<&str> = loaded
            .course
            .modules
            .iter()
            .map(|m| m.id.as_str())
            .collect();
        assert_eq!(ids.len(), builtin.course.modules.len() + 1);
        assert_eq!(ids.last(), Some(&"basics"));
        assert!(loaded.course.lesson("honey").is_some());
        // The pack's picture is read from the installed pack's own folder.
        assert!(files.media("honey/media/jar.png").is_some());
        // A broken pack is refused and the installed one stays.
        let (code, _) = add(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/broken-pack"),
            &data,
        );
        assert_eq!(code, 1);
        assert_eq!(installed(&data), ["honey-pack"]);
    }

    #[test]
    fn a_pack_whose_ids_another_pack_has_is_refused_and_says_which() {
        let dir = tempfile::tempdir().expect("dir");
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid-pack");
        let (first, second) = (dir.path().join("honey"), dir.path().join("honey-again"));
        crate::support::copy_dir(&root, &first);
        crate::support::copy_dir(&root, &second);
        let data = dir.path().join("data");
        assert_eq!(add(&first, &data).0, 0);
        let (code, out) = add(&second, &data);
        assert_eq!(code, 1, "{out}");
        assert!(out.contains("learners would not see them"), "{out}");
        assert!(out.contains("duplicate-id"), "{out}");
        assert_eq!(
            installed(&data),
            ["honey"],
            "the first pack stays, the second is gone"
        );
        let (_, loaded) = chophien::commands::tutor_course(None, Some(&data));
        assert!(
            !loaded
                .diagnostics
                .iter()
                .any(|d| d.path.contains("honey-again")),
            "{:#?}",
            loaded.diagnostics
        );
    }

    #[test]
    fn a_pack_replaces_the_course_only_when_it_says_so() {
        let base = Path::new(env!("CARGO_MANIFEST_DIR"));
        let (_, builtin) = chophien::commands::load_course(None);
        let (_, added) =
            chophien::commands::tutor_course(Some(&base.join("tests/fixtures/valid-pack")), None);
        assert_eq!(added.course.modules.len(), builtin.course.modules.len() + 1);
        let (_, alone) =
            chophien::commands::tutor_course(Some(&base.join("tests/fixtures/course")), None);
        assert!(alone.course.replaces_course);
        let (_, pack_only) =
            chophien::commands::load_course(Some(&base.join("tests/fixtures/course")));
        assert_eq!(
            alone.course.modules, pack_only.course.modules,
            "the built-in modules are left out"
        );
        // A broken pack adds its problems, never stops the course.
        let (_, broken) =
            chophien::commands::tutor_course(Some(&base.join("tests/fixtures/broken-pack")), None);
        assert!(broken.course.modules.len() > builtin.course.modules.len());
        assert!(broken.error_count() > 0);
    }
}

/// A pack with one lesson for each thing `check` finds that the learner would otherwise see
/// broken: messages calling each other in a circle, a message cut short, a translation that
/// drops a price, a wrong option with nothing to say, a picture that cannot be drawn.
pub(crate) fn findings_pack() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("dir");
    let write = |path: &str, text: &str| crate::support::write(dir.path(), path, text);
    write(
        "course.toml",
        "format_version = 1\nbase_language = \"vi\"\n\n[[modules]]\nid = \"m\"\ntitle = \"m\"\n\
         lessons = [\"loop\", \"long\", \"fees\", \"options\", \"picture\"]\n",
    );
    write("vi.ftl", "m = Học phần\n");
    write("en.ftl", "m = Module\n");
    let read = "title = \"title\"\n\n[[steps]]\ntype = \"read\"\ntext = \"a\"\n";
    write("loop/lesson.toml", read);
    write(
        "loop/vi.ftl",
        "title = Vòng\na = Mật ong { b }\nb = và chè { a }\n",
    );
    write(
        "loop/en.ftl",
        "title = Loop\na = Honey { b }\nb = and tea { a }\n",
    );
    write("long/lesson.toml", read);
    let mut long = String::from("title = Dài\na = { x1 }\n");
    for i in 1..7 {
        long.push_str(&format!("x{i} = {{ x{} }}{{ x{} }}\n", i + 1, i + 1));
    }
    long.push_str("x7 = chè\n");
    write("long/vi.ftl", &long);
    write(
        "long/en.ftl",
        &long.replace("Dài", "Long").replace("chè", "tea"),
    );
    write(
        "fees/lesson.toml",
        "title = \"title\"\n\n[vars]\ncost = 5\n\n[[steps]]\ntype = \"read\"\ntext = \"price\"\n",
    );
    write(
        "fees/vi.ftl",
        "title = Phí\nprice = Phí là { $cost } phần trăm.\n",
    );
    write("fees/en.ftl", "title = Fees\nprice = The fee is small.\n");
    write(
        "options/lesson.toml",
        "title = \"title\"\n\n[[steps]]\ntype = \"choice\"\nprompt = \"q\"\nhints = [\"h\"]\n\
         options = [\n  { text = \"yes\", correct = true, feedback = \"why\" },\n  { text = \"no\" },\n]\n",
    );
    let options = "title = Chọn\nq = Ảnh nào sáng?\nh = Nhìn cửa sổ.\nyes = Gần cửa sổ\n\
                   no = Cạnh bếp\nwhy = Ánh sáng ban ngày đều.\n";
    write("options/vi.ftl", options);
    write("options/en.ftl", options);
    write(
        "picture/lesson.toml",
        "title = \"title\"\n\n[[steps]]\ntype = \"read\"\ntext = \"a\"\n\
         picture = \"media/jar.png\"\npicture_alt = \"alt\"\n",
    );
    write(
        "picture/vi.ftl",
        "title = Ảnh\na = Hũ mật ong.\nalt = Một hũ mật ong.\n",
    );
    write(
        "picture/en.ftl",
        "title = Picture\na = A honey jar.\nalt = A jar of honey.\n",
    );
    write(
        "picture/media/jar.png",
        "this is a text file renamed .png\n",
    );
    dir
}

#[test]
fn check_finds_what_the_learner_would_otherwise_see_broken() {
    let dir = findings_pack();
    let path = dir.path().to_str().expect("utf-8 path");
    let (code, out) = chophien(&["--lang", "en", "check", path, "--format", "json"]);
    assert_eq!(code, 1, "{out}");
    let report: serde_json::Value = serde_json::from_str(&out).expect("json");
    let found: Vec<String> = report["diagnostics"]
        .as_array()
        .expect("list")
        .iter()
        .map(|d| {
            let file = d["file"].as_str().unwrap_or_default();
            let file = file.strip_prefix(path).unwrap_or(file);
            format!(
                "{file}:{} {}",
                d["line"],
                d["code"].as_str().unwrap_or_default()
            )
        })
        .collect();
    for expected in [
        "/loop/vi.ftl:3 message-cycle",
        "/loop/en.ftl:3 message-cycle",
        "/long/vi.ftl:3 expansion-too-long",
        "/long/en.ftl:3 expansion-too-long",
        "/fees/en.ftl:2 translation-variables",
        "/options/lesson.toml:9 option-without-feedback",
        "/picture/media/jar.png:1 bad-picture",
    ] {
        assert_eq!(
            found.iter().filter(|f| *f == expected).count(),
            1,
            "{expected} in {found:#?}"
        );
    }
    assert_eq!(found.len(), 7, "nothing else: {found:#?}");
    let (_, text) = chophien(&["--lang", "vi", "check", path]);
    assert!(text.contains("vòng tròn: a → b → a"), "{text}");
}

#[test]
fn a_vars_value_that_is_a_list_is_named_once_in_plain_words() {
    let dir = tempfile::tempdir().expect("dir");
    let write = |path: &str, text: &str| crate::support::write(dir.path(), path, text);
    write(
        "course.toml",
        "format_version = 1\nbase_language = \"vi\"\n\n[[modules]]\nid = \"m\"\ntitle = \"m\"\nlessons = [\"gia\"]\n",
    );
    write("vi.ftl", "m = Học phần\n");
    write(
        "gia/lesson.toml",
        "title = \"title\"\n\n[vars]\nprice = [120000]\n\n[[steps]]\ntype = \"read\"\ntext = \"a\"\n",
    );
    write("gia/vi.ftl", "title = Giá\na = Giá { MONEY($price) }.\n");
    let path = dir.path().to_str().expect("utf-8 path");
    for lang in ["en", "vi"] {
        let (code, out) = chophien(&["--lang", lang, "check", path]);
        assert_eq!(code, 1, "{out}");
        assert_eq!(locations(&out).len(), 1, "one problem only: {out}");
        assert!(out.contains("gia/lesson.toml:4:9:"), "{out}");
        assert!(
            out.contains("7000") && !out.contains("RawVar") && !out.contains("untagged"),
            "{out}"
        );
    }
}
