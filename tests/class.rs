//! Class mode through the real binary, each laptop a data folder of its own: progress
//! exported and imported by file (idempotent, newer wins, same names kept apart, damaged
//! files refused whole), reports read back, statements sent to a real LRS.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use chophien::class::file::{self, Export};
use chophien::class::records::{Attempt, Learner, LessonDone, Position, StepDone};
use chophien::store::{self, Store};

pub(crate) struct Run {
    pub(crate) code: i32,
    pub(crate) stdout: String,
    pub(crate) stderr: String,
}

/// The binary with `--lang en --data-dir DIR` and `args`.
pub(crate) fn chophien(dir: &Path, args: &[&str]) -> Run {
    chophien_in("en", dir, args)
}

/// The binary with `--lang LANG --data-dir DIR` and `args`.
pub(crate) fn chophien_in(lang: &str, dir: &Path, args: &[&str]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_chophien"))
        .args(["--lang", lang, "--data-dir"])
        .arg(dir)
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("CHOPHIEN_LANG")
        .output()
        .expect("the binary runs");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn path_str(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

/// A laptop: a data folder with its store opened for the setup, closed again before the
/// binary runs.
pub(crate) struct Laptop {
    pub(crate) dir: tempfile::TempDir,
}

impl Laptop {
    pub(crate) fn new() -> Laptop {
        Laptop {
            dir: tempfile::tempdir().expect("temporary folder"),
        }
    }

    pub(crate) fn store(&self) -> Store {
        store::open(self.dir.path()).expect("store opens").0
    }

    pub(crate) fn run(&self, args: &[&str]) -> Run {
        chophien(self.dir.path(), args)
    }

    /// Exports into `folder/name` and returns the path.
    pub(crate) fn export(&self, folder: &Path, name: &str) -> PathBuf {
        let out = folder.join(name);
        let run = self.run(&["class", "export", "--out", path_str(&out)]);
        assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
        out
    }
}

/// One learner who answered the first two steps of photo-light (one wrong answer first).
fn learner_on(laptop: &Laptop, name: &str) -> i64 {
    let mut store = laptop.store();
    let p = store.create_profile(name, "vi").expect("profile");
    store
        .set_position(p.id, "photo-light", "s2", Some("s1"))
        .expect("position");
    store
        .record_answer(p.id, "photo-light", "s2", "choice:1", false, "{}")
        .expect("answer");
    store
        .record_answer(p.id, "photo-light", "s2", "choice:0", true, "{}")
        .expect("answer");
    store
        .set_position(p.id, "photo-light", "s3", None)
        .expect("position");
    p.id
}

fn class_learners(laptop: &Laptop) -> Vec<chophien::class::records::ClassLearner> {
    laptop.store().class_learners().expect("learners")
}

#[test]
fn two_laptops_merge_once_and_same_names_stay_apart() {
    let usb = tempfile::tempdir().expect("usb");
    let (a, b, trainer) = (Laptop::new(), Laptop::new(), Laptop::new());
    learner_on(&a, "Mai");
    learner_on(&b, "Mai");
    learner_on(&b, "Lò Thị Sáu");
    let fa = a.export(usb.path(), "a.json");
    let fb = b.export(usb.path(), "b.json");

    let run = trainer.run(&["class", "import", path_str(&fa), path_str(&fb)]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout
            .contains("This laptop now knows 3 learners and 6 answers."),
        "{}",
        run.stdout
    );
    let merged = class_learners(&trainer);
    let mais: Vec<_> = merged.iter().filter(|l| l.learner.name == "Mai").collect();
    assert_eq!(mais.len(), 2, "two learners called Mai");
    assert_ne!(mais[0].device_id, mais[1].device_id);
    assert!(merged.iter().all(|l| l.imported));
    assert_eq!(
        mais[0].learner.positions,
        vec![Position {
            lesson: "photo-light".into(),
            step: "s3".into(),
            updated_at: mais[0].learner.positions[0].updated_at.clone()
        }]
    );

    // Importing the same files again changes nothing.
    let run = trainer.run(&["class", "import", path_str(&fa), path_str(&fb)]);
    assert_eq!(run.code, 0);
    assert_eq!(
        run.stdout.matches("this file was added before").count(),
        2,
        "{}",
        run.stdout
    );
    assert_eq!(class_learners(&trainer), merged);

    // A laptop's own file adds nothing to it.
    let run = a.run(&["class", "import", path_str(&fa)]);
    assert!(
        run.stdout.contains("comes from this laptop"),
        "{}",
        run.stdout
    );
    assert_eq!(class_learners(&a).len(), 1);
}

#[test]
fn an_older_file_never_overwrites_a_newer_one() {
    let usb = tempfile::tempdir().expect("usb");
    let (a, trainer) = (Laptop::new(), Laptop::new());
    let id = learner_on(&a, "Mai");
    let old = a.export(usb.path(), "monday.json");
    {
        let mut store = a.store();
        store
            .record_answer(id, "photo-light", "s3", "text", true, "{}")
            .expect("answer");
        store
            .finish_lesson(id, "photo-light", Some("s3"))
            .expect("finish");
    }
    let new = a.export(usb.path(), "friday.json");

    // The newer file first, then the older one.
    assert_eq!(trainer.run(&["class", "import", path_str(&new)]).code, 0);
    let run = trainer.run(&["class", "import", path_str(&old)]);
    assert_eq!(run.code, 0);
    assert!(
        run.stdout
            .contains("1 learner came from an older file. Their place in the lessons was kept."),
        "{}",
        run.stdout
    );
    let mai = &class_learners(&trainer)[0].learner;
    assert!(
        mai.positions.is_empty(),
        "the finished lesson stays finished"
    );
    assert_eq!(mai.lessons_done.len(), 1);
    assert_eq!(mai.attempts.len(), 3);

    // The other way round: the newer file replaces the older one's position.
    let other = Laptop::new();
    other.run(&["class", "import", path_str(&old)]);
    assert_eq!(class_learners(&other)[0].learner.positions.len(), 1);
    other.run(&["class", "import", path_str(&new)]);
    let mai2 = &class_learners(&other)[0].learner;
    assert_eq!(mai2, mai);
}

#[test]
fn damaged_files_are_refused_whole_and_good_ones_beside_them_added() {
    let usb = tempfile::tempdir().expect("usb");
    let (a, trainer) = (Laptop::new(), Laptop::new());
    learner_on(&a, "Mai");
    let good = a.export(usb.path(), "good.json");
    let text = std::fs::read_to_string(&good).expect("read");

    let truncated = usb.path().join("truncated.json");
    std::fs::write(&truncated, &text[..text.len() * 2 / 3]).expect("write");
    let tampered = usb.path().join("tampered.json");
    let edited = text.replacen("\"correct\":false", "\"correct\":true", 1);
    assert_ne!(edited, text);
    std::fs::write(&tampered, edited).expect("write");
    let newer = usb.path().join("newer.json");
    std::fs::write(
        &newer,
        text.replace("\"format_version\":1", "\"format_version\":9"),
    )
    .expect("write");
    let photo = usb.path().join("photo.jpg");
    std::fs::write(&photo, b"\xff\xd8\xff\xe0 not json").expect("write");
    let hostile = usb.path().join("hostile.json");
    let escaped = text.replace("\"name\":\"Mai\"", "\"name\":\"Mai\\u001b[2J\"");
    let rechecked = rewrite_checksum(&escaped);
    std::fs::write(&hostile, rechecked).expect("write");

    let files = [&truncated, &tampered, &newer, &photo];
    let mut args = vec!["class", "import"];
    args.extend(files.iter().map(|f| path_str(f)));
    let run = trainer.run(&args);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    for expected in [
        "truncated.json is incomplete",
        "tampered.json was changed or damaged after it was written",
        "newer.json comes from a newer Chợ Phiên (file version 9)",
        "photo.jpg is damaged",
    ] {
        assert!(run.stderr.contains(expected), "{expected}: {}", run.stderr);
    }
    assert!(class_learners(&trainer).is_empty(), "nothing half-imported");

    let run = trainer.run(&["class", "import", path_str(&hostile)]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!run.stdout.contains('\u{1b}'));
    assert_eq!(class_learners(&trainer)[0].learner.name, "Mai\u{241b}[2J");
}

/// The file rebuilt around an edited body, with a fresh checksum, as a careless tool would.
fn rewrite_checksum(text: &str) -> String {
    let body_start = text.find("\"body\":").expect("body") + 7;
    let body = &text[body_start..text.trim_end().len() - 1];
    let parsed: Export = serde_json::from_str(body).expect("body parses");
    file::write(&parsed).expect("writes")
}

/// 20 laptops of 15 learners, 200 answers each: files made directly in the export format.
fn class_files(folder: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for laptop in 0..20 {
        let learners = (1..=15)
            .map(|id| {
                let attempts = (0..200)
                    .map(|n| Attempt {
                        id: id * 1000 + n,
                        lesson: format!("lesson-{}", n / 10),
                        step: format!("s{}", n % 10),
                        answer: format!("choice:{}", n % 3),
                        correct: n % 3 == 0,
                        at: format!("2026-11-05T{:02}:{:02}:00.000Z", 8 + n / 60, n % 60),
                    })
                    .collect();
                Learner {
                    local_id: id,
                    name: format!("Học viên {id}"),
                    lang: "vi".into(),
                    created_at: "2026-11-01T08:00:00.000Z".into(),
                    last_used_at: "2026-11-05T11:00:00.000Z".into(),
                    current_lesson: Some("lesson-19".into()),
                    attempts,
                    steps_done: (0..20)
                        .map(|l| StepDone {
                            lesson: format!("lesson-{l}"),
                            step: "s0".into(),
                            at: "2026-11-05T09:00:00.000Z".into(),
                        })
                        .collect(),
                    lessons_done: (0..19)
                        .map(|l| LessonDone {
                            lesson: format!("lesson-{l}"),
                            at: "2026-11-05T10:00:00.000Z".into(),
                        })
                        .collect(),
                    positions: vec![Position {
                        lesson: "lesson-19".into(),
                        step: "s9".into(),
                        updated_at: "2026-11-05T11:00:00.000Z".into(),
                    }],
                    step_states: vec![],
                }
            })
            .collect();
        let export = Export {
            device_id: format!("{laptop:032x}"),
            export_seq: 1,
            exported_at: "2026-11-05T12:00:00.000Z".into(),
            program: "chophien test".into(),
            learners,
        };
        let path = folder.join(format!("laptop-{laptop:02}.json"));
        std::fs::write(&path, file::write(&export).expect("writes")).expect("write");
        files.push(path);
    }
    files
}

#[test]
fn twenty_laptops_of_fifteen_learners_import_in_one_run() {
    // CHOPHIEN_CLASS_FILES=DIR keeps the files there, to time a release build by hand.
    let kept = std::env::var_os("CHOPHIEN_CLASS_FILES").map(PathBuf::from);
    let usb = tempfile::tempdir().expect("usb");
    let folder = kept.clone().unwrap_or_else(|| usb.path().to_path_buf());
    std::fs::create_dir_all(&folder).expect("folder");
    let files = class_files(&folder);
    let trainer = Laptop::new();
    let mut args = vec!["class", "import"];
    args.extend(files.iter().map(|f| path_str(f)));
    let started = Instant::now();
    let run = trainer.run(&args);
    let took = started.elapsed();
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains(
            "Added 20 of 20 files. This laptop now knows 300 learners and 60000 answers."
        ),
        "{}",
        run.stdout
    );
    println!("20 laptops, 300 learners, 60000 answers imported in {took:?} (this build)");
}

/// A trainer laptop that imported two laptops' learners (two called Mai), with a name that a
/// spreadsheet would take for a formula.
fn trainer_with_class() -> (Laptop, tempfile::TempDir) {
    let usb = tempfile::tempdir().expect("usb");
    let (a, b, trainer) = (Laptop::new(), Laptop::new(), Laptop::new());
    learner_on(&a, "Mai");
    learner_on(&b, "Mai");
    let id = learner_on(&b, "=Lò Thị Sáu, \"Sáu\"");
    {
        let mut store = b.store();
        store
            .record_answer(id, "photo-light", "s3", "text", true, "{}")
            .expect("answer");
        store
            .finish_lesson(id, "photo-light", Some("s3"))
            .expect("finish");
    }
    let fa = a.export(usb.path(), "a.json");
    let fb = b.export(usb.path(), "b.json");
    let run = trainer.run(&["class", "import", path_str(&fa), path_str(&fb)]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    (trainer, usb)
}

#[test]
fn the_csv_report_reads_back_with_vietnamese_names_intact() {
    let (trainer, usb) = trainer_with_class();
    let out = usb.path().join("report.csv");
    let run = chophien_in(
        "vi",
        trainer.dir.path(),
        &[
            "class",
            "report",
            "--format",
            "csv",
            "--pack",
            "tests/fixtures/course",
            "--out",
            path_str(&out),
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let bytes = std::fs::read(&out).expect("report");
    assert!(
        bytes.starts_with(b"\xEF\xBB\xBF"),
        "UTF-8 with a byte-order mark"
    );
    assert!(
        String::from_utf8_lossy(&bytes).contains("\r\n"),
        "CRLF lines"
    );
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    let headers = reader.headers().expect("headers").clone();
    assert_eq!(&headers[2], "Người học");
    assert_eq!(&headers[6], "Trạng thái");
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    // 3 learners × 5 lessons of the fixture course.
    assert_eq!(rows.len(), 15);
    let sau: Vec<_> = rows.iter().filter(|r| r[2].contains("Sáu")).collect();
    assert_eq!(sau.len(), 5);
    assert_eq!(
        &sau[0][2], "'=Lò Thị Sáu, \"Sáu\"",
        "quoted, formula defused"
    );
    assert_eq!(&sau[0][4], "photo-light");
    assert_eq!(&sau[0][6], "đã xong");
    assert_eq!((&sau[0][9], &sau[0][10], &sau[0][11]), ("2", "3", "66"));
    let mais = rows.iter().filter(|r| &r[2] == "Mai").count();
    assert_eq!(mais, 10, "two learners called Mai, five lessons each");

    let run = trainer.run(&["class", "report", "--pack", "tests/fixtures/course"]);
    assert!(
        run.stdout.contains("Learner") && run.stdout.contains("66% (2/3)"),
        "{}",
        run.stdout
    );
    let run = trainer.run(&["class", "report", "--format", "json"]);
    let rows: serde_json::Value = serde_json::from_str(&run.stdout).expect("json");
    assert!(rows.as_array().is_some_and(|r| r.len() >= 3));
}

#[test]
fn xapi_export_has_stable_ids_and_iris() {
    let (trainer, usb) = trainer_with_class();
    let out = usb.path().join("statements.json");
    let once = |name: &str| {
        let path = usb.path().join(name);
        let run = trainer.run(&[
            "class",
            "export",
            "--format",
            "xapi",
            "--out",
            path_str(&path),
        ]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        let text = std::fs::read_to_string(&path).expect("statements");
        serde_json::from_str::<Vec<serde_json::Value>>(&text).expect("json array")
    };
    let first = once("statements.json");
    assert_eq!(
        first,
        once("again.json"),
        "the same records give the same statements"
    );
    assert!(out.exists());
    let ids: std::collections::BTreeSet<&str> =
        first.iter().filter_map(|s| s["id"].as_str()).collect();
    assert_eq!(ids.len(), first.len());
    let answered = first
        .iter()
        .find(|s| s["verb"]["id"] == "http://adlnet.gov/expapi/verbs/answered")
        .expect("an answer");
    assert_eq!(
        answered["object"]["id"],
        "https://chophien.org/xapi/lessons/photo-light/steps/s2"
    );
    assert!(
        answered["actor"]["account"]["homePage"]
            .as_str()
            .is_some_and(|h| h.starts_with("https://chophien.org/xapi/laptops/"))
    );
}

/// A laptop with one learner and `answers` answers, imported by a fresh trainer laptop.
fn trainer_with_answers(answers: i64) -> Laptop {
    let usb = tempfile::tempdir().expect("usb");
    let mut export = Export {
        device_id: "feed".into(),
        export_seq: 1,
        exported_at: "2026-11-05T12:00:00.000Z".into(),
        program: "test".into(),
        learners: Vec::new(),
    };
    export.learners.push(Learner {
        local_id: 1,
        name: "Mai".into(),
        lang: "vi".into(),
        created_at: "2026-11-05T08:00:00.000Z".into(),
        last_used_at: "2026-11-05T08:00:00.000Z".into(),
        current_lesson: None,
        attempts: (1..=answers)
            .map(|n| Attempt {
                id: n,
                lesson: "photo-light".into(),
                step: format!("s{n}"),
                answer: "choice:0".into(),
                correct: true,
                at: format!("2026-11-05T09:{:02}:{:02}.000Z", n / 60 % 60, n % 60),
            })
            .collect(),
        steps_done: vec![],
        lessons_done: vec![],
        positions: vec![],
        step_states: vec![],
    });
    let path = usb.path().join("one.json");
    std::fs::write(&path, file::write(&export).expect("writes")).expect("write");
    let trainer = Laptop::new();
    assert_eq!(trainer.run(&["class", "import", path_str(&path)]).code, 0);
    trainer
}

/// How a fake LRS answers one request.
#[derive(Clone, Copy)]
enum Reply {
    Status(u16),
    /// Closes the connection without an answer.
    Drop,
    /// Waits longer than the client does.
    Stall,
}

/// An HTTP server on the loopback address that answers requests by `script` (then 204) and
/// keeps the statement ids of every request it answered with 2xx.
fn fake_lrs(script: Vec<Reply>) -> (String, std::sync::Arc<std::sync::Mutex<Vec<String>>>) {
    use std::io::{BufRead, BufReader, Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("addr").port();
    let stored = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let kept = stored.clone();
    std::thread::spawn(move || {
        let mut script = script.into_iter();
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { return };
            let mut reader = BufReader::new(stream.try_clone().expect("clone"));
            let mut length = 0;
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).unwrap_or(0) == 0 {
                    break;
                }
                if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                    length = v.trim().parse().unwrap_or(0);
                }
                if line == "\r\n" {
                    break;
                }
            }
            let mut body = vec![0; length];
            let _ = reader.read_exact(&mut body);
            let reply = script.next().unwrap_or(Reply::Status(204));
            let status = match reply {
                Reply::Drop => continue,
                Reply::Stall => {
                    std::thread::sleep(std::time::Duration::from_secs(3));
                    continue;
                }
                Reply::Status(status) => status,
            };
            if (200..300).contains(&status) {
                let statements: Vec<serde_json::Value> =
                    serde_json::from_slice(&body).unwrap_or_default();
                kept.lock().expect("lock").extend(
                    statements
                        .iter()
                        .filter_map(|s| s["id"].as_str().map(String::from)),
                );
            }
            let _ = write!(
                stream,
                "HTTP/1.1 {status} X\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            );
        }
    });
    (format!("http://127.0.0.1:{port}/xAPI/"), stored)
}

#[test]
fn sending_resumes_after_a_dropped_connection_and_explains_failures() {
    // 250 answers, 250 steps' parents: 251 statements, three batches.
    let trainer = trainer_with_answers(250);
    let (url, stored) = fake_lrs(vec![Reply::Status(200), Reply::Drop]);
    let run = trainer.run(&["class", "send", "--lrs", &url]);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stderr.contains("Cannot reach the LRS"),
        "{}",
        run.stderr
    );
    assert!(
        run.stdout
            .contains("The LRS has 100 of 251 statements. Run the same command again"),
        "{}",
        run.stdout
    );
    assert_eq!(stored.lock().expect("lock").len(), 100);
    let run = trainer.run(&["class", "send", "--lrs", &url]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stderr.contains("Sent 251 of 251 statements."),
        "{}",
        run.stderr
    );
    let ids = stored.lock().expect("lock").clone();
    let unique: std::collections::BTreeSet<&String> = ids.iter().collect();
    assert_eq!(
        (ids.len(), unique.len()),
        (251, 251),
        "each statement sent once"
    );
    let run = trainer.run(&["class", "send", "--lrs", &url]);
    assert!(run.stdout.contains("Nothing new to send"), "{}", run.stdout);

    // A batch the LRS partly has: sent one by one, the known one counted, not stored twice.
    let small = trainer_with_answers(2);
    let (url, _) = fake_lrs(vec![Reply::Status(409), Reply::Status(409)]);
    let run = small.run(&["class", "send", "--lrs", &url]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout
            .contains("1 statement was already in the LRS with the same id (409)"),
        "{}",
        run.stdout
    );

    for (reply, expected) in [
        (
            Reply::Status(500),
            "The LRS has a problem of its own (error 500).",
        ),
        (Reply::Status(503), "(error 503)"),
        (
            Reply::Status(401),
            "did not accept the user name or password (401)",
        ),
        (Reply::Stall, "The LRS did not answer in time."),
    ] {
        let (url, _) = fake_lrs(vec![reply]);
        let run = small.run(&["class", "send", "--lrs", &url, "--timeout", "1"]);
        assert_eq!(run.code, 1);
        assert!(run.stderr.contains(expected), "{expected}: {}", run.stderr);
    }
}

#[test]
fn an_unreachable_lrs_is_explained() {
    let trainer = trainer_with_answers(1);
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("port")
        .port();
    let url = format!("http://127.0.0.1:{port}/xAPI/");
    let run = trainer.run(&["class", "send", "--lrs", &url]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .contains(&format!("Cannot reach the LRS at {url}")),
        "{}",
        run.stderr
    );
    let run = trainer.run(&["class", "send", "--lrs", "lrs.example.org"]);
    assert!(
        run.stderr.contains("is not a web address"),
        "{}",
        run.stderr
    );
}

/// Ralph, a real xAPI LRS, on the loopback address with its file-system backend, in a
/// folder of its own; stopped (its whole process group) when dropped.
///
/// Ralph 5.1's file-system backend writes its file with a "create" operation, so only the
/// first POST that stores anything succeeds; later ones get 500 (statements it already has
/// are filtered out before writing, so resending them works). The test below therefore sends
/// fewer than one batch; batching and resuming are tested against `fake_lrs`.
struct Ralph {
    child: std::process::Child,
    url: String,
    _dir: tempfile::TempDir,
}

impl Drop for Ralph {
    fn drop(&mut self) {
        // uvicorn runs the server in a child process: end the whole group.
        let _ = Command::new("kill")
            .args(["-TERM", "--", &format!("-{}", self.child.id())])
            .status();
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn ralph_command(dir: &Path) -> Command {
    let mut command = Command::new("ralph");
    command
        .current_dir(dir)
        .env("HOME", dir)
        .env("RALPH_APP_DIR", dir)
        .env("RALPH_AUTH_FILE", dir.join("auth.json"))
        .env("RALPH_RUNSERVER_BACKEND", "fs");
    command
}

/// Starts Ralph with user `trainer`, password `secret`; None (with the reason printed) when
/// `ralph` is not installed.
fn start_ralph() -> Option<Ralph> {
    let dir = tempfile::tempdir().expect("folder");
    let installed = ralph_command(dir.path())
        .arg("--help")
        .output()
        .is_ok_and(|o| o.status.success());
    if !installed {
        println!(
            "skipped: `ralph` is not installed (pip install \"ralph-malph[lrs,cli]\" requests)"
        );
        return None;
    }
    let auth = ralph_command(dir.path())
        .args(["auth", "-u", "trainer", "-p", "secret", "-s", "all"])
        .args(["-M", "mailto:trainer@example.org", "-w"])
        .output()
        .expect("ralph auth runs");
    assert!(
        auth.status.success(),
        "{}",
        String::from_utf8_lossy(&auth.stderr)
    );
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("port")
        .port();
    let log = std::fs::File::create(dir.path().join("ralph.log")).expect("log");
    let mut command = ralph_command(dir.path());
    command
        .args([
            "runserver",
            "-b",
            "fs",
            "-h",
            "127.0.0.1",
            "-p",
            &port.to_string(),
        ])
        .stdout(log.try_clone().expect("log"))
        .stderr(log);
    #[cfg(unix)]
    std::os::unix::process::CommandExt::process_group(&mut command, 0);
    let child = command.spawn().expect("ralph starts");
    let ralph = Ralph {
        child,
        url: format!("http://127.0.0.1:{port}/xAPI/"),
        _dir: dir,
    };
    let started = Instant::now();
    while started.elapsed() < std::time::Duration::from_secs(90) {
        let up = ureq::get(&format!("http://127.0.0.1:{port}/__heartbeat__"))
            .call()
            .is_ok();
        if up {
            return Some(ralph);
        }
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
    panic!("Ralph did not start within 90 s");
}

/// Every statement in the LRS.
fn statements_in(ralph: &Ralph) -> Vec<serde_json::Value> {
    use base64::Engine;
    let auth = base64::engine::general_purpose::STANDARD.encode("trainer:secret");
    let mut response = ureq::get(&format!("{}statements?limit=1000", ralph.url))
        .header("X-Experience-API-Version", "1.0.3")
        .header("Authorization", &format!("Basic {auth}"))
        .call()
        .expect("GET statements");
    let text = response.body_mut().read_to_string().expect("body");
    let body: serde_json::Value = serde_json::from_str(&text).expect("json");
    body["statements"].as_array().cloned().unwrap_or_default()
}

#[test]
fn statements_reach_a_real_lrs_once_however_often_they_are_sent() {
    let Some(ralph) = start_ralph() else { return };
    let (trainer, usb) = trainer_with_class();
    let password = usb.path().join("password");
    std::fs::write(&password, "secret\n").expect("write");
    let send = |laptop: &Laptop| {
        laptop.run(&[
            "class",
            "send",
            "--lrs",
            &ralph.url,
            "--user",
            "trainer",
            "--password-file",
            path_str(&password),
        ])
    };
    let first = send(&trainer);
    assert_eq!(first.code, 0, "{}{}", first.stdout, first.stderr);
    let second = send(&trainer);
    assert_eq!(second.code, 0);
    assert!(
        second.stdout.contains("Nothing new to send"),
        "{}",
        second.stdout
    );

    // Another laptop with the same records sends them all again: the LRS keeps one of each.
    let exported = usb.path().join("xapi.json");
    trainer.run(&[
        "class",
        "export",
        "--format",
        "xapi",
        "--out",
        path_str(&exported),
    ]);
    let ours: Vec<serde_json::Value> =
        serde_json::from_str(&std::fs::read_to_string(&exported).expect("read")).expect("json");
    let again = Laptop::new();
    for name in ["a.json", "b.json"] {
        again.run(&["class", "import", path_str(&usb.path().join(name))]);
    }
    let third = send(&again);
    assert_eq!(third.code, 0, "{}{}", third.stdout, third.stderr);

    let stored = statements_in(&ralph);
    let mut stored_ids: Vec<&str> = stored.iter().filter_map(|s| s["id"].as_str()).collect();
    stored_ids.sort_unstable();
    let mut our_ids: Vec<&str> = ours.iter().filter_map(|s| s["id"].as_str()).collect();
    our_ids.sort_unstable();
    assert_eq!(stored_ids, our_ids, "each statement stored exactly once");
    let answered = stored
        .iter()
        .find(|s| s["verb"]["id"] == "http://adlnet.gov/expapi/verbs/answered")
        .expect("an answer");
    assert_eq!(
        answered["object"]["id"],
        "https://chophien.org/xapi/lessons/photo-light/steps/s2"
    );

    // A wrong password.
    std::fs::write(&password, "wrong\n").expect("write");
    let fresh = Laptop::new();
    fresh.run(&["class", "import", path_str(&usb.path().join("a.json"))]);
    let refused = send(&fresh);
    assert_eq!(refused.code, 1);
    assert!(refused.stderr.contains("(401)"), "{}", refused.stderr);
}

#[test]
fn a_certificate_is_one_self_contained_page_in_the_learners_language() {
    let laptop = Laptop::new();
    {
        let mut store = laptop.store();
        for name in ["Lò Thị Sáu", "Mai", "Mai"] {
            let p = store.create_profile(name, "vi").expect("profile");
            if name == "Lò Thị Sáu" {
                for lesson in ["photo-light", "price-basics", "product-story"] {
                    store.finish_lesson(p.id, lesson, None).expect("finish");
                }
            }
        }
    }
    let run = laptop.run(&["class", "set-centre", "Trung tâm cộng đồng Sìn Hồ"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let out_dir = tempfile::tempdir().expect("out");
    let out = out_dir.path().join("sau.html");
    let run = laptop.run(&[
        "class",
        "certificate",
        "--profile",
        "Lò Thị Sáu",
        "--pack",
        "tests/fixtures/course",
        "--date",
        "2026-11-05",
        "--out",
        path_str(&out),
    ]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout.contains("Wrote the certificate of Lò Thị Sáu"),
        "{}",
        run.stdout
    );
    let page = std::fs::read_to_string(&out).expect("page");
    for expected in [
        "<html lang=\"vi\">",
        "@page { size: A4",
        "Giấy chứng nhận hoàn thành",
        "Lò Thị Sáu",
        "Cấp tại Trung tâm cộng đồng Sìn Hồ, ngày 5 tháng 11 năm 2026.",
        "Số bài đã học xong: 3 trên 5.",
    ] {
        assert!(page.contains(expected), "{expected}\n{page}");
    }
    assert_eq!(page.matches("<li>").count(), 1, "one module complete");
    for external in ["http:", "https:", "src=", "@import", "url("] {
        assert!(!page.contains(external), "{external}");
    }
    // A person can look at it: tests/render-certificate.sh sets this and renders it.
    if let Some(keep) = std::env::var_os("CHOPHIEN_CERTIFICATE_OUT") {
        std::fs::copy(&out, keep).expect("copy");
    }

    let run = laptop.run(&["class", "certificate", "--profile", "Mai"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("Several learners are called \"Mai\"") && run.stderr.contains(":2, "),
        "{}",
        run.stderr
    );
    let run = laptop.run(&["class", "certificate", "--profile", "Nobody"]);
    assert!(
        run.stderr.contains("No learner is called \"Nobody\""),
        "{}",
        run.stderr
    );
}

/// The binary with `--lang en --data-dir DIR`, `args`, and `input` on standard input.
fn chophien_with_input(dir: &Path, args: &[&str], input: &str) -> Run {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_chophien"))
        .args(["--lang", "en", "--data-dir"])
        .arg(dir)
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("the binary runs");
    if let Some(mut stdin) = child.stdin.take() {
        stdin.write_all(input.as_bytes()).expect("input");
    }
    let out = child.wait_with_output().expect("output");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

#[test]
fn the_trainer_pin_is_set_checked_locked_and_reset() {
    let laptop = Laptop::new();
    let dir = laptop.dir.path();
    let run = chophien_with_input(dir, &["class", "set-pin"], "12\n");
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("A PIN is 4 to 8 digits"),
        "{}",
        run.stderr
    );
    let run = chophien_with_input(dir, &["class", "set-pin"], "2468\n1357\n");
    assert!(run.stderr.contains("not the same"), "{}", run.stderr);
    let run = chophien_with_input(dir, &["class", "set-pin"], "2468\n2468\n");
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("The trainer PIN is set."));
    let stored = laptop
        .store()
        .setting("trainer-pin")
        .expect("setting")
        .expect("a hash");
    assert!(stored.starts_with("$argon2id$") && !stored.contains("2468"));

    // Changing it asks for the current PIN; five wrong tries lock it.
    for left in ["4 tries left", "3 tries left", "2 tries left", "1 try left"] {
        let run = chophien_with_input(dir, &["class", "set-pin"], "0000\n");
        assert!(run.stderr.contains(left), "{left}: {}", run.stderr);
    }
    let run = chophien_with_input(dir, &["class", "set-pin"], "0000\n");
    assert!(run.stderr.contains("Wait 30 seconds"), "{}", run.stderr);
    let run = chophien_with_input(dir, &["class", "set-pin"], "2468\n1111\n1111\n");
    assert_eq!(run.code, 1, "even the right PIN waits");

    let run = laptop.run(&["class", "reset-pin"]);
    assert!(
        run.stdout.contains("The trainer PIN was removed."),
        "{}",
        run.stdout
    );
    let run = chophien_with_input(dir, &["class", "set-pin"], "1111\n1111\n");
    assert_eq!(run.code, 0, "{}", run.stderr);
}

mod trainer_screen {
    //! The trainer's class screen in the TUI, behind the PIN: snapshots at 80×24 and 60×16.

    use chophien::app::Screen;
    use chophien::class::file::Export;
    use chophien::class::records::{Attempt, Learner};

    use crate::support::Session;

    /// Mai on this laptop (three wrong answers on one step), Lò Thị Sáu on this laptop (one
    /// lesson finished) and another Mai imported from another laptop.
    fn class_session() -> Session {
        let mut s = Session::new("en");
        s.keys("<down><ret>Mai<ret>");
        assert!(matches!(s.app.screen, Screen::Home { .. }));
        let mai = s.app.profile_id.expect("Mai");
        for _ in 0..3 {
            s.store
                .record_answer(mai, "photo-light", "best-place", "choice:1", false, "{}")
                .expect("answer");
        }
        s.store
            .record_answer(mai, "photo-light", "best-place", "choice:2", false, "{}")
            .expect("answer");
        let sau = s.store.create_profile("Lò Thị Sáu", "vi").expect("profile");
        s.store
            .record_answer(sau.id, "price-basics", "cost", "12", true, "{}")
            .expect("answer");
        s.store
            .finish_lesson(sau.id, "price-basics", None)
            .expect("finish");
        let other = Export {
            device_id: "b0b0b0b0".into(),
            export_seq: 1,
            exported_at: "2026-11-05T12:00:00.000Z".into(),
            program: "test".into(),
            learners: vec![Learner {
                local_id: 1,
                name: "Mai".into(),
                lang: "vi".into(),
                created_at: "2026-11-05T08:00:00.000Z".into(),
                last_used_at: "2026-11-05T08:00:00.000Z".into(),
                current_lesson: None,
                attempts: vec![Attempt {
                    id: 1,
                    lesson: "product-story".into(),
                    step: "s1".into(),
                    answer: "x".into(),
                    correct: true,
                    at: chophien::class::time::now_stamp(),
                }],
                steps_done: vec![],
                lessons_done: vec![],
                positions: vec![],
                step_states: vec![],
            }],
        };
        s.store.import_records(&other, "b.json").expect("import");
        s
    }

    /// The screen with this laptop's random id shown as `(this)`.
    fn screen(s: &Session, w: u16, h: u16) -> String {
        let here: String = s.store.device().chars().take(6).collect();
        s.screen(w, h).replace(&here, "(this)")
    }

    fn snap(s: &Session, name: &str) {
        for (w, h) in [(80, 24), (60, 16)] {
            insta::assert_snapshot!(format!("{name}_{w}x{h}"), screen(s, w, h));
        }
    }

    #[test]
    fn the_first_trainer_chooses_a_pin_then_sees_the_class() {
        let mut s = class_session();
        s.keys("t");
        snap(&s, "trainer_pin_choose");
        s.keys("12<ret>");
        assert!(screen(&s, 80, 24).contains("A PIN is 4 to 8 digits"));
        s.keys("2468<ret>1357<ret>");
        assert!(screen(&s, 80, 24).contains("The two PINs are not the same"));
        s.keys("2468<ret>2468<ret>");
        assert!(
            matches!(s.app.screen, Screen::Class(_)),
            "{:?}",
            s.app.screen
        );
        snap(&s, "class_by_need");
        let text = screen(&s, 80, 24);
        let first = text
            .lines()
            .find(|l| l.starts_with("│ ! "))
            .expect("a learner who needs help");
        assert!(first.contains("Mai") && first.contains("(this)"), "{text}");
        s.keys("s");
        snap(&s, "class_by_name");
        s.keys("<esc>");
        assert!(matches!(s.app.screen, Screen::Home { .. }));
    }

    #[test]
    fn a_wrong_pin_keeps_the_class_closed() {
        let mut s = class_session();
        s.keys("t2468<ret>2468<ret><esc>");
        s.keys("t");
        assert!(screen(&s, 80, 24).contains("Type the trainer PIN"));
        s.keys("1111<ret>");
        snap(&s, "trainer_pin_wrong");
        assert!(matches!(s.app.screen, Screen::TrainerPin(_)));
        for _ in 0..4 {
            s.keys("1111<ret>");
        }
        assert!(screen(&s, 80, 24).contains("Wait 30 seconds"));
        s.keys("2468<ret>");
        assert!(matches!(s.app.screen, Screen::TrainerPin(_)), "locked");
        s.keys("<esc>");
        assert!(matches!(s.app.screen, Screen::Home { .. }));
    }
}
