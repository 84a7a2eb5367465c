//! What a learner waits for: loading the embedded course and a large pack, drawing a screen,
//! handling a key. Targets (release, a 2-core laptop): first frame with a 1,000-lesson pack in
//! 5 languages under 150 ms, a key press to a finished frame at 200×60 under 2 ms.
//!
//! Run with `cargo bench --bench startup`. The large pack is written by
//! `tests/make-pack.py` into a temporary folder (set `CHOPHIEN_BENCH_PACK` to use another);
//! the benchmarks that need it are skipped when Python 3 is missing.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use chophien::app::{Action, App, Start, update};
use chophien::commands::course_files;
use chophien::course;
use chophien::learner::{Profile, Progress};
use chophien::source::Files;
use chophien::ui::{self, Theme};
use ratatui_core::backend::TestBackend;
use ratatui_core::terminal::Terminal;

fn main() {
    divan::main();
}

/// The synthetic pack: 1,000 lessons × 5 languages, every step type.
fn big_pack() -> Option<&'static Path> {
    static PACK: OnceLock<Option<(Option<tempfile::TempDir>, PathBuf)>> = OnceLock::new();
    PACK.get_or_init(|| {
        if let Some(given) = std::env::var_os("CHOPHIEN_BENCH_PACK") {
            return Some((None, PathBuf::from(given)));
        }
        let dir = tempfile::tempdir().ok()?;
        let out = dir.path().join("pack");
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/make-pack.py");
        let status = std::process::Command::new("python3")
            .arg(script)
            .arg(&out)
            .args(["--lessons", "1000", "--languages", "5"])
            .stdout(std::process::Stdio::null())
            .status()
            .ok()?;
        status.success().then_some((Some(dir), out))
    })
    .as_ref()
    .map(|(_, path)| path.as_path())
}

/// The app as a returning learner sees it: their profile, on the home screen.
fn app_on(files: Files, lang: &str) -> App {
    let loaded = course::load(&files);
    let profile = Profile {
        id: 1,
        name: "Mai".into(),
        lang: lang.into(),
        input_method: None,
        current_lesson: None,
    };
    App::new(Start {
        course: loaded.course,
        languages: loaded.languages,
        files,
        lang: lang.into(),
        profiles: vec![profile.clone()],
        resume: Some((profile, Progress::default())),
        notices: Vec::new(),
    })
}

fn draw(terminal: &mut Terminal<TestBackend>, app: &App, theme: &Theme) {
    terminal
        .draw(|frame| ui::render(frame, app, theme))
        .expect("draw");
}

#[divan::bench(sample_count = 20)]
fn load_embedded_course() -> course::Loaded {
    course::load(&Files::embedded())
}

#[divan::bench(sample_count = 10)]
fn read_and_load_big_pack(bencher: divan::Bencher) {
    let Some(pack) = big_pack() else { return };
    bencher.bench(|| {
        let files = course_files(Some(pack));
        course::load(&files)
    });
}

/// From the files to the first frame: what `chophien --pack` does before the learner sees
/// anything (reading the folder included).
#[divan::bench(sample_count = 10)]
fn big_pack_to_first_frame(bencher: divan::Bencher) {
    let Some(pack) = big_pack() else { return };
    let theme = Theme::new(true, false);
    bencher.bench(|| {
        let app = app_on(course_files(Some(pack)), "en");
        let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
        draw(&mut terminal, &app, &theme);
        app
    });
}

#[divan::bench(args = [(80, 24), (200, 60)], sample_count = 50)]
fn render_home(bencher: divan::Bencher, (w, h): (u16, u16)) {
    let app = app_on(Files::embedded(), "vi");
    let theme = Theme::new(true, false);
    let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("terminal");
    bencher.bench_local(|| draw(&mut terminal, &app, &theme));
}

#[divan::bench(args = [(80, 24), (200, 60)], sample_count = 50)]
fn render_lesson(bencher: divan::Bencher, (w, h): (u16, u16)) {
    let mut app = app_on(Files::embedded(), "vi");
    update(&mut app, Action::Confirm);
    let theme = Theme::new(true, false);
    let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("terminal");
    bencher.bench_local(|| draw(&mut terminal, &app, &theme));
}

/// A key press to a finished frame at 200×60: moving down the home list and drawing.
#[divan::bench(sample_count = 50)]
fn key_to_frame_200x60(bencher: divan::Bencher) {
    let mut app = app_on(Files::embedded(), "vi");
    let theme = Theme::new(true, false);
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).expect("terminal");
    let mut down = true;
    bencher.bench_local(|| {
        update(&mut app, if down { Action::Down } else { Action::Up });
        down = !down;
        draw(&mut terminal, &app, &theme);
    });
}

/// The same on the big pack's home screen: nothing on a key may grow with the course.
#[divan::bench(sample_count = 20)]
fn key_to_frame_200x60_big_pack(bencher: divan::Bencher) {
    let Some(pack) = big_pack() else { return };
    let mut app = app_on(course_files(Some(pack)), "en");
    let theme = Theme::new(true, false);
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).expect("terminal");
    let mut down = true;
    bencher.bench_local(|| {
        update(&mut app, if down { Action::Down } else { Action::Up });
        down = !down;
        draw(&mut terminal, &app, &theme);
    });
}

/// `update` alone, for a key that moves the selection.
#[divan::bench(sample_count = 50)]
fn update_down_up(bencher: divan::Bencher) {
    let mut app = app_on(Files::embedded(), "vi");
    bencher.bench_local(|| {
        update(&mut app, Action::Down);
        update(&mut app, Action::Up)
    });
}
