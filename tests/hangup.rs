//! A terminal closed under the tutor when SIGHUP does not reach it: the tutor runs under a shell
//! that ignores SIGHUP and stays alive (`trap "" HUP`), so the kernel's SIGHUP goes to that
//! shell only. When the pseudo-terminal's master side is closed, the tutor must notice the
//! hung-up terminal itself, save and leave within a moment instead of reading 0 bytes for ever.
//! A preview closed that way also removes its throw-away store.

#![cfg(unix)]

use std::io::{Read, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, mpsc};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

/// How long the tutor may take to leave once the terminal is gone.
const DEADLINE: Duration = Duration::from_secs(2);
/// Time for the tutor to finish drawing before its terminal is closed.
const SETTLE: Duration = Duration::from_millis(500);

fn size(cols: u16) -> PtySize {
    PtySize {
        rows: 24,
        cols,
        pixel_width: 0,
        pixel_height: 0,
    }
}

/// The tutor under `sh`, in a pseudo-terminal whose master side the test can close for good:
/// the reading thread gives up its copy of the master when asked and woken.
struct Session {
    shell: Box<dyn Child + Send + Sync>,
    master: Option<Box<dyn MasterPty + Send>>,
    writer: Option<Box<dyn Write + Send>>,
    screen: Arc<Mutex<vt100::Parser>>,
    stop_reading: Arc<AtomicBool>,
    reader_gone: mpsc::Receiver<()>,
}

impl Session {
    fn start(data: &std::path::Path) -> Session {
        Session::start_with(
            r#""$CHOPHIEN" --lang en --data-dir "$CHOPHIEN_TEST_DATA" --pack "$CHOPHIEN_TEST_COURSE""#,
            &[("CHOPHIEN_TEST_DATA", data)],
        )
    }

    /// `command` (a shell command line; `$CHOPHIEN` is the binary, `$CHOPHIEN_TEST_COURSE` the
    /// fixture course) under a shell that ignores SIGHUP, with `env` set.
    fn start_with(command: &str, env: &[(&str, &std::path::Path)]) -> Session {
        let pair = native_pty_system().openpty(size(80)).expect("pty");
        let mut cmd = CommandBuilder::new("sh");
        // The shell is the session leader and ignores SIGHUP; the tutor is its child, so the
        // hang-up sends it no signal at all. `exit 0` keeps the shell from exec-ing the tutor.
        cmd.args(["-c", &format!(r#"trap "" HUP; {command}; exit 0"#)]);
        cmd.env(
            "CHOPHIEN_TEST_COURSE",
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(crate::support::COURSE),
        );
        cmd.env("CHOPHIEN", env!("CARGO_BIN_EXE_chophien"));
        for (name, value) in env {
            cmd.env(name, value);
        }
        cmd.env("TERM", "xterm-256color");
        let shell = pair.slave.spawn_command(cmd).expect("spawn");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("reader");
        let writer = pair.master.take_writer().expect("writer");
        let screen = Arc::new(Mutex::new(vt100::Parser::new(
            std::num::NonZeroU16::new(24).expect("rows"),
            std::num::NonZeroU16::new(80).expect("cols"),
            0,
        )));
        let stop_reading = Arc::new(AtomicBool::new(false));
        let (gone_tx, reader_gone) = mpsc::channel();
        let (sink, stop) = (Arc::clone(&screen), Arc::clone(&stop_reading));
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 || stop.load(Ordering::SeqCst) {
                    break;
                }
                if let Ok(mut p) = sink.lock() {
                    p.process(&buf[..n]);
                }
            }
            drop(reader);
            let _ = gone_tx.send(());
        });
        Session {
            shell,
            master: Some(pair.master),
            writer: Some(writer),
            screen,
            stop_reading,
            reader_gone,
        }
    }

    fn wait_for(&self, text: &str) {
        let start = Instant::now();
        loop {
            let screen = self
                .screen
                .lock()
                .map(|p| p.screen().contents())
                .unwrap_or_default();
            if screen.contains(text) {
                return;
            }
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "waited for {text:?}; screen:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(30));
        }
    }

    fn send(&mut self, keys: &str) {
        let writer = self.writer.as_mut().expect("writer still open");
        writer.write_all(keys.as_bytes()).expect("write");
        writer.flush().expect("flush");
        std::thread::sleep(Duration::from_millis(120));
    }

    /// Closes every copy of the master side, as a terminal window closing does. Returns when
    /// the last one is closed.
    fn close_terminal(&mut self) {
        // The writer writes a newline and Ctrl-D as it closes: in raw mode those are Ctrl-J and
        // Ctrl-D, which do nothing on a read step.
        drop(self.writer.take());
        self.stop_reading.store(true, Ordering::SeqCst);
        // A new size makes the tutor draw, which wakes the reading thread to let go.
        if let Some(master) = &self.master {
            master.resize(size(79)).expect("resize");
        }
        self.reader_gone
            .recv_timeout(Duration::from_secs(10))
            .expect("the reading thread let go of the terminal");
        // Let the tutor finish that drawing (it fits in the terminal's buffer) and sit idle
        // waiting for keys, as it does when a window is closed: a hang-up in the middle of a
        // drawing would end it through the failed write instead.
        std::thread::sleep(SETTLE);
        drop(self.master.take());
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        // On a failed assertion, never leave a spinning tutor behind: end the shell's process
        // group (the shell and the tutor), which the test started.
        if self.shell.try_wait().ok().flatten().is_none()
            && let Some(pid) = self.shell.process_id()
        {
            let _ = std::process::Command::new("sh")
                .args(["-c", &format!("kill -KILL -{pid}")])
                .status();
            let _ = self.shell.wait();
        }
    }
}

#[test]
fn a_closed_terminal_ends_the_tutor_even_when_sighup_never_comes() {
    let data = tempfile::tempdir().expect("dir");
    let mut session = Session::start(data.path());
    session.wait_for("Choose your language");
    session.send("\r");
    session.wait_for("What is your name?");
    session.send("Mai\r");
    session.wait_for("Hello, Mai!");
    session.send("\r");
    session.wait_for("Step 1 of 8");
    session.send("\r");
    session.wait_for("Step 2 of 8");
    session.send("1\r");
    session.wait_for("Right!");
    session.send("\r");
    session.wait_for("Step 3 of 8");

    session.close_terminal();
    let closed = Instant::now();
    // The shell waits for the tutor, so the shell ending means the tutor has ended.
    while session.shell.try_wait().ok().flatten().is_none() {
        assert!(
            closed.elapsed() < DEADLINE,
            "the tutor still runs {DEADLINE:?} after its terminal closed"
        );
        std::thread::sleep(Duration::from_millis(20));
    }

    let db = rusqlite::Connection::open(data.path().join("progress.db")).expect("db");
    let name: String = db
        .query_row("SELECT name FROM profiles", [], |r| r.get(0))
        .expect("the learner was saved");
    assert_eq!(name, "Mai");
    let right: i64 = db
        .query_row(
            "SELECT count(*) FROM attempts WHERE lesson_id = 'photo-light' AND correct = 1",
            [],
            |r| r.get(0),
        )
        .expect("attempts");
    assert_eq!(
        right, 1,
        "the answer given before the window closed is kept"
    );
}

#[test]
fn a_closed_terminal_ends_a_preview_and_removes_its_throw_away_store() {
    let tmp = tempfile::tempdir().expect("dir");
    let mut session = Session::start_with(
        r#""$CHOPHIEN" --lang en preview "$CHOPHIEN_TEST_COURSE/photo-light""#,
        &[("TMPDIR", tmp.path())],
    );
    session.wait_for("Step 1 of 8");
    assert_eq!(
        std::fs::read_dir(tmp.path()).expect("tmp").count(),
        1,
        "the throw-away store is in TMPDIR while the preview runs"
    );
    session.close_terminal();
    let closed = Instant::now();
    while session.shell.try_wait().ok().flatten().is_none() {
        assert!(
            closed.elapsed() < DEADLINE,
            "the preview still runs {DEADLINE:?} after its terminal closed"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    let left: Vec<_> = std::fs::read_dir(tmp.path())
        .expect("tmp")
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert!(left.is_empty(), "left behind: {left:?}");
}
