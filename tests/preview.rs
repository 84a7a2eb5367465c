//! `chophien preview`: the trainer's round trip through the real binary in a pseudo-terminal
//! (new lesson → edit → check → preview, edited and broken while it runs → pack add → a
//! learner sees it), the preview never touching a data directory, and the reload itself
//! driven without a terminal: the same step after a change, a broken pack that heals, one
//! reload for an editor's save-by-rename.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Mutex, mpsc};
use std::time::{Duration, Instant};

use chophien::app::{Action, App, Screen};
use chophien::runtime::{Event, watch};
use chophien::ui::Theme;
use portable_pty::{CommandBuilder, PtySize, native_pty_system};

use crate::support::Session;

fn chophien(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_chophien"))
        .args(args)
        .env_remove("CHOPHIEN_LANG")
        .output()
        .expect("the binary runs");
    (
        out.status.code().unwrap_or(-1),
        format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
    )
}

/// A pack with one empty module, as a trainer starts one.
fn empty_pack(dir: &Path) {
    std::fs::write(
        dir.join("course.toml"),
        "format_version = 1\nbase_language = \"vi\"\n\n[[modules]]\nid = \"m\"\ntitle = \"m\"\nlessons = []\n",
    )
    .expect("write");
    std::fs::write(dir.join("vi.ftl"), "m = Học phần trà\n").expect("write");
}

fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).expect("read");
    assert!(text.contains(from), "{from:?} not in {}", path.display());
    std::fs::write(path, text.replacen(from, to, 1)).expect("write");
}

/// Every file and folder under `dir`, relative to it.
fn everything_in(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(folder) = stack.pop() {
        for entry in std::fs::read_dir(&folder).into_iter().flatten().flatten() {
            let path = entry.path();
            out.push(path.strip_prefix(dir).unwrap_or(&path).to_path_buf());
            if path.is_dir() {
                stack.push(path);
            }
        }
    }
    out
}

struct Tty {
    child: Box<dyn portable_pty::Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    parser: Arc<Mutex<vt100::Parser>>,
}

impl Tty {
    /// `chophien ARGS` in an 80×24 pseudo-terminal, with every data directory the tutor could
    /// use, and the temporary folder, inside `sandbox`.
    fn start(args: &[&str], sandbox: &Path) -> Tty {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: 24,
                cols: 80,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("pty");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_chophien"));
        cmd.args(args);
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("CHOPHIEN_LANG");
        // Without a folder to start in, the child would start in HOME, which is not there.
        cmd.cwd(sandbox);
        for (var, folder) in [
            ("CHOPHIEN_DATA", "env-data"),
            ("XDG_DATA_HOME", "xdg-data"),
            ("HOME", "home"),
            ("TMPDIR", "tmp"),
        ] {
            cmd.env(var, sandbox.join(folder));
        }
        std::fs::create_dir_all(sandbox.join("tmp")).expect("tmp");
        let child = pair.slave.spawn_command(cmd).expect("spawn");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("reader");
        let writer = pair.master.take_writer().expect("writer");
        let parser = Arc::new(Mutex::new(vt100::Parser::new(
            std::num::NonZeroU16::new(24).expect("rows"),
            std::num::NonZeroU16::new(80).expect("cols"),
            0,
        )));
        let sink = Arc::clone(&parser);
        std::thread::spawn(move || {
            let _keep_master_open = pair.master;
            let mut buf = [0u8; 4096];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                if let Ok(mut p) = sink.lock() {
                    p.process(&buf[..n]);
                }
            }
        });
        Tty {
            child,
            writer,
            parser,
        }
    }

    fn screen(&self) -> String {
        self.parser
            .lock()
            .map(|p| p.screen().contents())
            .unwrap_or_default()
    }

    fn wait_for_all(&self, texts: &[&str]) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if texts.iter().all(|t| screen.contains(t)) {
                return screen;
            }
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "waited for {texts:?}; screen:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(30));
        }
    }

    fn wait_for(&self, text: &str) -> String {
        self.wait_for_all(&[text])
    }

    fn send(&mut self, bytes: &str) {
        self.writer.write_all(bytes.as_bytes()).expect("write");
        self.writer.flush().expect("flush");
        std::thread::sleep(Duration::from_millis(120));
    }

    fn wait_exit(&mut self) {
        let start = Instant::now();
        while self.child.try_wait().ok().flatten().is_none() {
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "the preview did not stop"
            );
            std::thread::sleep(Duration::from_millis(30));
        }
        std::thread::sleep(Duration::from_millis(200));
    }

    fn terminal_restored(&self) -> bool {
        self.parser
            .lock()
            .map(|p| !p.screen().alternate_screen() && !p.screen().hide_cursor())
            .unwrap_or(false)
    }
}

#[test]
fn a_trainer_writes_checks_previews_and_installs_a_lesson() {
    let pack = tempfile::tempdir().expect("dir");
    let root = pack.path();
    empty_pack(root);
    let root_arg = root.to_str().expect("utf-8 path");

    // new → edit → check
    let (code, out) = chophien(&[
        "--lang", "en", "new", "lesson", "pack-tea", "--pack", root_arg,
    ]);
    assert_eq!(code, 0, "{out}");
    let text = root.join("pack-tea/vi.ftl");
    edit(&text, "title = Bài học mới", "title = Trà Shan tuyết");
    edit(&text, "Đây là bước đọc.", "Trà hái trên núi cao.");
    let (code, out) = chophien(&["--lang", "en", "check", root_arg]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("No errors, no warnings"), "{out}");

    // preview the lesson folder: the lesson opens at once, with the edited text
    let sandbox = tempfile::tempdir().expect("dir");
    let data = sandbox.path().join("data");
    let lesson_arg = root.join("pack-tea");
    let mut tty = Tty::start(
        &[
            "--lang",
            "vi",
            "--data-dir",
            data.to_str().expect("path"),
            "preview",
            lesson_arg.to_str().expect("path"),
        ],
        sandbox.path(),
    );
    tty.wait_for_all(&[
        "Trà Shan tuyết",
        "Trà hái trên núi cao.",
        "0 lỗi, 0 cảnh báo",
    ]);

    // edited again while it runs: the new text, no restart, on the second step too
    tty.send("\r");
    tty.wait_for("Chụp hũ mật ong ở đâu thì đẹp nhất?");
    edit(
        &text,
        "Chụp hũ mật ong ở đâu thì đẹp nhất?",
        "Chụp gói trà ở đâu thì đẹp nhất?",
    );
    tty.wait_for_all(&["Chụp gói trà ở đâu thì đẹp nhất?", "Bước 2"]);

    // broken: the problem is in the panel, the preview goes on; fixed: back on the step
    edit(
        &text,
        "best-place-window = Cạnh",
        "best-place-window = { Cạnh",
    );
    tty.wait_for_all(&["1 lỗi", "pack-tea/vi.ftl:", "lỗi[ftl-syntax]"]);
    edit(
        &text,
        "best-place-window = { Cạnh",
        "best-place-window = Cạnh",
    );
    tty.wait_for_all(&["Chụp gói trà ở đâu thì đẹp nhất?", "0 lỗi, 0 cảnh báo"]);

    tty.send("q");
    tty.wait_exit();
    assert!(tty.terminal_restored(), "screen:\n{}", tty.screen());
    assert_eq!(
        everything_in(sandbox.path()),
        vec![PathBuf::from("tmp")],
        "the preview left nothing behind: no data folder, no temporary store"
    );

    // pack add → a learner sees the lesson, with the trainer's words
    let learner_data = tempfile::tempdir().expect("dir");
    let (code, out) = chophien(&[
        "--lang",
        "en",
        "pack",
        "add",
        root_arg,
        "--data-dir",
        learner_data.path().to_str().expect("path"),
    ]);
    assert_eq!(code, 0, "{out}");
    let (files, loaded) = chophien::commands::tutor_course(None, Some(learner_data.path()));
    let (dir, store) = crate::support::temp_store();
    let start = chophien::runtime::start(
        &store,
        &chophien::store::Opened::Existing,
        files,
        loaded,
        "vi",
        false,
    )
    .expect("start");
    let mut session = Session {
        app: App::new(start),
        store,
        theme: Theme::new(true, false),
        dir,
    };
    session.keys("<ret>Lan<ret>");
    let rows: Vec<&str> = session
        .app
        .lesson_rows()
        .iter()
        .map(|(_, id)| *id)
        .collect();
    assert!(rows.contains(&"pack-tea"), "{rows:?}");
    assert_eq!(
        session.app.lesson_labels["pack-tea"].title.value,
        "Trà Shan tuyết"
    );
    assert!(session.app.course.lesson("pack-tea").is_some());
    // Added after the built-in course, which it does not replace.
    let home = session.screen(80, 24);
    assert!(home.contains("Chào Lan!"), "{home}");
    assert!(!home.contains("thay bằng gói"), "{home}");
}

#[test]
fn preview_never_creates_or_changes_a_progress_database() {
    let sandbox = tempfile::tempdir().expect("dir");
    // A learner's progress already there: it must stay exactly as it is.
    let data = sandbox.path().join("data");
    {
        let (mut store, _) = chophien::store::open(&data).expect("store");
        store.create_profile("Mai", "vi").expect("profile");
    }
    let before: Vec<(PathBuf, Vec<u8>)> = everything_in(&data)
        .into_iter()
        .filter(|p| data.join(p).is_file())
        .map(|p| {
            let bytes = std::fs::read(data.join(&p)).expect("read");
            (p, bytes)
        })
        .collect();
    let course = Path::new(env!("CARGO_MANIFEST_DIR")).join(crate::support::COURSE);
    let mut tty = Tty::start(
        &[
            "--lang",
            "en",
            "--data-dir",
            data.to_str().expect("path"),
            "preview",
            course.join("photo-light").to_str().expect("path"),
        ],
        sandbox.path(),
    );
    tty.wait_for_all(&["Preview", "Step 1 of 8"]);
    tty.send("\r");
    tty.wait_for("Step 2 of 8");
    tty.send("1\r");
    tty.wait_for("Right!");
    tty.send("\r");
    tty.wait_for("Step 3 of 8");
    tty.send("q");
    tty.wait_exit();
    assert!(tty.terminal_restored());
    let after: Vec<(PathBuf, Vec<u8>)> = everything_in(&data)
        .into_iter()
        .filter(|p| data.join(p).is_file())
        .map(|p| {
            let bytes = std::fs::read(data.join(&p)).expect("read");
            (p, bytes)
        })
        .collect();
    assert!(after == before, "the data folder changed");
    for untouched in ["env-data", "xdg-data", "home"] {
        assert!(
            !sandbox.path().join(untouched).exists(),
            "{untouched} was created"
        );
    }
    assert_eq!(
        everything_in(&sandbox.path().join("tmp")),
        Vec::<PathBuf>::new(),
        "the throw-away store is removed on quit"
    );
}

/// A copy of the fixture course in a temporary folder, to edit.
fn fixture_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("dir");
    let from = Path::new(env!("CARGO_MANIFEST_DIR")).join(crate::support::COURSE);
    let mut stack = vec![from.clone()];
    while let Some(folder) = stack.pop() {
        for entry in std::fs::read_dir(&folder).expect("read").flatten() {
            let path = entry.path();
            let to = dir.path().join(path.strip_prefix(&from).expect("inside"));
            if path.is_dir() {
                std::fs::create_dir_all(&to).expect("folder");
                stack.push(path);
            } else {
                std::fs::copy(&path, &to).expect("copy");
            }
        }
    }
    dir
}

/// The preview as `chophien preview` starts it, without a terminal.
fn preview_session(root: &Path, lesson: Option<&str>, lang: &str) -> Session {
    let files = chophien::source::Files::embedded_locales();
    let languages = chophien::i18n::Languages::load(&files, &mut Vec::new());
    let loc = chophien::i18n::ui_localizer(&files, &languages, lang);
    let scratch = tempfile::tempdir().expect("dir");
    let (app, store) = chophien::commands::preview::start(
        &loc,
        lang,
        root,
        lesson.map(String::from),
        scratch.path(),
    )
    .expect("preview starts");
    Session {
        app,
        store,
        theme: Theme::new(true, false),
        dir: scratch,
    }
}

fn reload(session: &mut Session, root: &Path) {
    session.act(Action::CourseReloaded(watch::load(root)));
}

fn step_id(app: &App) -> Option<String> {
    let Screen::Lesson(player) = &app.screen else {
        return None;
    };
    let lesson = app.course.lesson(&player.lesson_id)?;
    player.step(lesson).map(|s| s.id.clone())
}

#[test]
fn a_reload_keeps_the_learner_on_the_same_step() {
    let pack = fixture_copy();
    let root = pack.path();
    let mut s = preview_session(root, Some("photo-light"), "en");
    assert_eq!(step_id(&s.app).as_deref(), Some("why-light"));
    s.keys("<ret>");
    let on = step_id(&s.app).expect("in the lesson");
    let en = root.join("photo-light/en.ftl");
    edit(
        &en,
        "best-place = Where is the best place to photograph a honey jar?",
        "best-place = Where should the honey jar stand?",
    );
    reload(&mut s, root);
    assert_eq!(step_id(&s.app), Some(on.clone()));
    let screen = s.screen(80, 24);
    assert!(
        screen.contains("Where should the honey jar stand?"),
        "{screen}"
    );
    assert!(screen.contains("0 errors, 0 warnings"), "{screen}");

    // A step whose id is gone: the lesson's first step.
    let toml = root.join("photo-light/lesson.toml");
    edit(
        &toml,
        "prompt = \"best-place\"\n",
        "prompt = \"best-place\"\nid = \"best-spot\"\n",
    );
    reload(&mut s, root);
    assert_ne!(on, "best-spot", "the step had another id");
    assert_eq!(step_id(&s.app).as_deref(), Some("why-light"));
}

#[test]
fn a_pack_where_nothing_loads_shows_why_and_heals_without_a_restart() {
    let pack = fixture_copy();
    let root = pack.path();
    let course = root.join("course.toml");
    let good = std::fs::read_to_string(&course).expect("read");
    std::fs::write(&course, "format_version = 1\n[[modules]\n").expect("write");
    let mut s = preview_session(root, Some("photo-light"), "en");
    assert!(matches!(s.app.screen, Screen::Home { .. }));
    let screen = s.screen(80, 24);
    assert!(screen.contains("Preview of"), "{screen}");
    assert!(screen.contains("course.toml:2:"), "{screen}");
    assert!(!screen.contains(" 0 errors"), "{screen}");
    // F5 folds the panel to its title and back.
    s.act(Action::TogglePanel);
    assert!(!s.screen(80, 24).contains("course.toml:2:"));
    s.act(Action::TogglePanel);

    std::fs::write(&course, good).expect("write");
    reload(&mut s, root);
    assert_eq!(step_id(&s.app).as_deref(), Some("why-light"));
    let screen = s.screen(80, 24);
    assert!(
        screen.contains("Buyers see your product only in photos."),
        "{screen}"
    );
    assert!(screen.contains("0 errors, 0 warnings"), "{screen}");
}

#[test]
fn the_watcher_reloads_once_for_a_save_by_rename_and_stops_when_dropped() {
    let pack = fixture_copy();
    let root = pack.path();
    let (tx, rx) = mpsc::channel::<Event>();
    let watching = watch::start(root, tx).expect("watch starts");
    // Nothing changed, nothing comes.
    assert!(rx.recv_timeout(Duration::from_millis(600)).is_err());
    // An editor's save: a new file written beside, then renamed over the old one.
    let en = root.join("photo-light/en.ftl");
    let text = std::fs::read_to_string(&en).expect("read");
    let saved = text.replace("Buyers see your product", "Buyers see your tea");
    let temporary = root.join("photo-light/en.ftl.tmp-save");
    std::fs::write(&temporary, saved).expect("write");
    // A slow disk: the steps of one save come apart, each well within the debounce.
    std::thread::sleep(Duration::from_millis(60));
    std::fs::rename(&temporary, &en).expect("rename");
    let Ok(Event::Reloaded(reloaded)) = rx.recv_timeout(Duration::from_secs(10)) else {
        panic!("no reload after a save");
    };
    let mut s = preview_session(root, Some("photo-light"), "en");
    s.act(Action::CourseReloaded(reloaded));
    assert!(s.screen(80, 24).contains("Buyers see your tea"));
    // One save, one reload.
    assert!(
        rx.recv_timeout(Duration::from_secs(1)).is_err(),
        "a second reload for one save"
    );
    drop(watching);
    std::fs::write(&en, text).expect("write");
    assert!(
        matches!(
            rx.recv_timeout(Duration::from_secs(1)),
            Err(mpsc::RecvTimeoutError::Disconnected)
        ),
        "the watch goes on after it was dropped"
    );
}

#[test]
fn the_problems_panel_is_a_box_with_its_title_on_the_top_border() {
    let pack = fixture_copy();
    let root = pack.path();
    let s = preview_session(root, Some("photo-light"), "en");
    let screen = s.screen(80, 24);
    let rows: Vec<&str> = screen.lines().collect();
    let top = rows
        .iter()
        .position(|row| row.contains("0 errors, 0 warnings"))
        .unwrap_or_else(|| panic!("no panel title:\n{screen}"));
    // The title starts right after the corner and the border runs on to the other corner.
    assert!(rows[top].starts_with("╭ Preview of"), "{screen}");
    assert!(rows[top].trim_end().ends_with("─╮"), "{screen}");
    let bottom = rows[top..]
        .iter()
        .position(|row| row.starts_with('╰'))
        .map(|i| top + i)
        .unwrap_or_else(|| panic!("no bottom border:\n{screen}"));
    assert!(rows[bottom].trim_end().ends_with('╯'), "{screen}");
    assert!(bottom > top + 1, "the panel has lines inside:\n{screen}");
    for row in &rows[top + 1..bottom] {
        let row = row.trim_end();
        assert!(row.starts_with('│') && row.ends_with('│'), "{screen}");
    }
}
