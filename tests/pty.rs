//! The real binary in a pseudo-terminal: what only a real terminal shows. A learner works
//! through part of a lesson, the process is killed with SIGKILL, and after a restart the
//! learner is on the same step. Also: SIGTERM leaves the terminal restored, and a sentence
//! typed with Telex is saved exactly as it was composed.

use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

struct Tty {
    child: Box<dyn portable_pty::Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    parser: Arc<Mutex<vt100::Parser>>,
}

impl Tty {
    fn start(data: &std::path::Path, lang: &str) -> Tty {
        let pty = native_pty_system();
        let pair = pty
            .openpty(PtySize {
                rows: 24,
                cols: 80,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("pty");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_chophien"));
        cmd.args(["--lang", lang, "--data-dir"]);
        cmd.arg(data);
        cmd.arg("--pack");
        cmd.arg(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(crate::support::COURSE));
        cmd.env("TERM", "xterm-256color");
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

    fn wait_for(&self, text: &str) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if screen.contains(text) {
                return screen;
            }
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "waited for {text:?}; screen:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(30));
        }
    }

    /// Waits for the tutor to end by itself; `what` names the cause in a failure.
    fn wait_exit(&mut self, what: &str) {
        let start = Instant::now();
        while self.child.try_wait().ok().flatten().is_none() {
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "the tutor did not stop on {what}"
            );
            std::thread::sleep(Duration::from_millis(30));
        }
        // Let the reader thread take in the last bytes the tutor wrote.
        std::thread::sleep(Duration::from_millis(200));
    }

    /// True when the screen is back to normal: main screen, cursor shown.
    fn terminal_restored(&self) -> bool {
        self.parser
            .lock()
            .map(|p| !p.screen().alternate_screen() && !p.screen().hide_cursor())
            .unwrap_or(false)
    }

    /// The first run in English: the language picker, then the name, then home.
    fn first_run_in_english(&mut self, name: &str) {
        self.wait_for("Choose your language");
        self.send("\r");
        self.wait_for("What is your name?");
        self.send(&format!("{name}\r"));
        self.wait_for(&format!("Hello, {name}!"));
    }

    /// A first run in English as Mai, then the first lesson opened at its step 1.
    fn in_first_lesson(data: &std::path::Path) -> Tty {
        let mut tty = Tty::start(data, "en");
        tty.first_run_in_english("Mai");
        tty.send("\r");
        tty.wait_for("Step 1 of 8");
        tty
    }

    fn send(&mut self, bytes: &str) {
        self.writer.write_all(bytes.as_bytes()).expect("write");
        self.writer.flush().expect("flush");
        std::thread::sleep(Duration::from_millis(120));
    }
}

#[test]
fn after_kill_9_the_learner_restarts_on_the_same_step() {
    let data = tempfile::tempdir().expect("dir");
    let mut tty = Tty::in_first_lesson(data.path());
    tty.send("\r");
    tty.wait_for("Step 2 of 8");
    tty.send("1\r");
    tty.wait_for("Right!");
    tty.send("\r");
    tty.wait_for("Step 3 of 8");
    tty.child.kill().expect("SIGKILL");
    let _ = tty.child.wait();

    let tty = Tty::start(data.path(), "en");
    let screen = tty.wait_for("Step 3 of 8");
    assert!(screen.contains("Mai"), "{screen}");
}

#[test]
fn an_enter_that_bounces_moves_on_once_and_answers_nothing() {
    let data = tempfile::tempdir().expect("dir");
    let mut tty = Tty::in_first_lesson(data.path());
    // A worn key: two Enters in one burst at the end of a read step.
    tty.send("\r\r");
    let screen = tty.wait_for("Step 2 of 8");
    std::thread::sleep(Duration::from_millis(300));
    let screen = format!("{screen}{}", tty.screen());
    assert!(
        !screen.contains("Right!") && !screen.contains("Not quite"),
        "the bounce answered the question:\n{screen}"
    );
    // Two presses a person makes on purpose are both taken.
    tty.send("\r");
    tty.wait_for("Right!");
}

#[test]
fn sigterm_saves_and_restores_the_terminal() {
    let data = tempfile::tempdir().expect("dir");
    let mut tty = Tty::start(data.path(), "en");
    tty.wait_for("Choose your language");
    tty.send("\r");
    tty.wait_for("What is your name?");
    assert!(
        tty.parser
            .lock()
            .map(|p| p.screen().alternate_screen())
            .unwrap_or(false)
    );
    let pid = tty.child.process_id().expect("pid");
    // The shell's own `kill`: no procps package needed.
    let status = std::process::Command::new("sh")
        .args(["-c", &format!("kill -TERM {pid}")])
        .status()
        .expect("kill");
    assert!(status.success());
    tty.wait_exit("SIGTERM");
    assert!(
        tty.terminal_restored(),
        "left the alternate screen and showed the cursor"
    );
}

#[test]
fn a_sentence_typed_with_telex_is_saved_exactly() {
    let data = tempfile::tempdir().expect("dir");
    let mut tty = Tty::start(data.path(), "vi");
    tty.wait_for("Chọn ngôn ngữ");
    tty.send("\r");
    tty.wait_for("Bạn tên là gì?");
    tty.send("Lof Thij Mai\r");
    tty.wait_for("Chào Lò Thị Mai!");
    tty.send("\r");
    tty.wait_for("Bước 1 / 8");
    tty.send("\r");
    tty.send("1\r");
    tty.wait_for("Đúng rồi!");
    tty.send("\r");
    tty.send("\r");
    tty.wait_for("Bước 4 / 8");
    tty.wait_for("Telex (hoà)");
    tty.send("Neenf mauf trawngs, khoong phair ddor\r");
    tty.wait_for("Nền màu trắng, không phải đỏ");
    tty.child.kill().expect("SIGKILL");
    let _ = tty.child.wait();
    let db = rusqlite::Connection::open(data.path().join("progress.db")).expect("db");
    let saved: String = db
        .query_row(
            "SELECT answer FROM attempts WHERE step_id = 'background-color'",
            [],
            |r| r.get(0),
        )
        .expect("the answer was saved");
    assert_eq!(saved, "text:Nền màu trắng, không phải đỏ");
    let name: String = db
        .query_row("SELECT name FROM profiles", [], |r| r.get(0))
        .expect("profile");
    assert_eq!(name, "Lò Thị Mai");
}

#[test]
fn quitting_restores_the_terminal_and_keeps_progress() {
    let data = tempfile::tempdir().expect("dir");
    let mut tty = Tty::start(data.path(), "en");
    tty.first_run_in_english("Mai");
    tty.send("q");
    tty.wait_exit("q");
    assert!(tty.terminal_restored());
    let tty = Tty::start(data.path(), "en");
    tty.wait_for("Hello, Mai!");
}

/// Kills the tutor with SIGKILL, starts it again on the same data and waits for `marker`.
fn kill_and_restart(mut tty: Tty, data: &std::path::Path, marker: &str) -> Tty {
    tty.child.kill().expect("SIGKILL");
    let _ = tty.child.wait();
    let tty = Tty::start(data, "en");
    tty.wait_for(marker);
    // Let the first frame settle.
    std::thread::sleep(Duration::from_millis(300));
    tty
}

/// What the screen showed before a kill -9 is what it shows after a restart, for every kind
/// of half-done step: a wrong answer with its hint, a right answer, text half typed, options
/// ticked, items placed.
#[test]
fn a_restart_after_kill_9_shows_each_step_as_it_was() {
    let data = tempfile::tempdir().expect("dir");
    let mut tty = Tty::in_first_lesson(data.path());
    tty.send("\r");
    tty.wait_for("Step 2 of 8");

    // Trailing blanks depend on how much of the screen was redrawn, not on what it shows.
    let shown = |tty: &Tty| {
        tty.screen()
            .lines()
            .map(str::trim_end)
            .collect::<Vec<_>>()
            .join("\n")
    };
    let check = |tty: Tty, marker: &str, what: &str| -> Tty {
        std::thread::sleep(Duration::from_millis(300));
        let before = shown(&tty);
        assert!(before.contains(marker), "{what}: {before}");
        let tty = kill_and_restart(tty, data.path(), marker);
        // A busy machine may take a moment to draw the whole frame.
        let start = Instant::now();
        while shown(&tty) != before && start.elapsed() < Duration::from_secs(10) {
            std::thread::sleep(Duration::from_millis(50));
        }
        assert_eq!(shown(&tty), before, "{what} was not restored");
        tty
    };

    // A wrong answer: its feedback and the first hint.
    tty.send("2\r");
    tty.wait_for("Hint 1:");
    let mut tty = check(tty, "Hint 1:", "a wrong answer with its hint");
    // The hint count goes on from there: a second wrong answer shows hint 2, not hint 1 again.
    tty.send("3\r");
    tty.wait_for("Hint 2:");
    // A right answer.
    tty.send("1\r");
    tty.wait_for("Right!");
    let mut tty = check(tty, "Right!", "a right answer");
    // Enter goes on: the step is not to be answered again.
    tty.send("\r");
    tty.wait_for("Step 3 of 8");
    tty.send("\r");
    tty.wait_for("Step 4 of 8");
    // Text half typed.
    tty.send("whi");
    tty.wait_for("> whi");
    let mut tty = check(tty, "> whi", "text half typed");
    tty.send("te\r");
    tty.wait_for("Right!");
    tty.send("\r");
    tty.wait_for("Step 5 of 8");
    // An option ticked.
    tty.send("1");
    let mut tty = check(tty, "Step 5 of 8", "an option ticked");
    tty.send("2\r");
    tty.wait_for("Right!");
    tty.send("\r");
    tty.wait_for("Step 6 of 8");
    tty.send("\r");
    tty.wait_for("Step 7 of 8");
    tty.send("1\r");
    tty.wait_for("Right!");
    tty.send("\r");
    tty.wait_for("Step 8 of 8");
    // Items placed in an order.
    tty.send("21");
    let tty = check(tty, "Step 8 of 8", "items placed");
    drop(tty);
}
