//! Test helpers: a whole tutor session on a `TestBackend` with a real store in a temporary
//! folder, driven by key scripts such as `"Mai<ret><down><ret>"`.

use chophien::app::{Action, App, keymap};
use chophien::course;
use chophien::runtime::{self, effects};
use chophien::source::Files;
use chophien::store::{self, Store};
use chophien::ui::{self, Theme};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui_core::backend::TestBackend;
use ratatui_core::buffer::Buffer;
use ratatui_core::layout::Rect;
use ratatui_core::terminal::Terminal;

pub(crate) struct Session {
    pub(crate) app: App,
    pub(crate) store: Store,
    pub(crate) theme: Theme,
    pub(crate) dir: tempfile::TempDir,
}

/// The data folder and a fresh store in it.
pub(crate) fn temp_store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("temporary folder");
    let (store, _) = store::open(dir.path()).expect("store opens");
    (dir, store)
}

/// A start as `chophien` does it: open the store in `dir` (whatever is there), then start the
/// tutor on the fixture course, with what the opening found.
pub(crate) fn start_in(dir: tempfile::TempDir, lang: &str) -> Session {
    let (store, opened) = store::open(dir.path()).expect("store opens");
    Session::start_opened(dir, store, &opened, course_files(), lang)
}

/// The course the screen and flow tests play: a fixture of their own, so that authors can
/// rewrite `lessons/` freely.
pub(crate) const COURSE: &str = "tests/fixtures/course";

/// The fixture course's files, as the tutor reads a pack folder.
pub(crate) fn course_files() -> Files {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(COURSE);
    let mut files = Files::read_folder(&path);
    files.add_missing_from(&Files::embedded_locales(), "locales/");
    files
}

impl Session {
    /// A first run on the fixture course in `lang`.
    pub(crate) fn new(lang: &str) -> Session {
        let (dir, store) = temp_store();
        Session::resume(dir, store, lang)
    }

    /// A first run on the course embedded in the binary (the smoke test's).
    pub(crate) fn embedded(lang: &str) -> Session {
        let (dir, store) = temp_store();
        Session::start(dir, store, Files::embedded(), lang)
    }

    /// A first run on a lesson pack folder (relative to the crate), in `lang`.
    pub(crate) fn with_pack(pack: &str, lang: &str) -> Session {
        let (dir, store) = temp_store();
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(pack);
        let mut files = Files::read_folder(&path);
        files.add_missing_from(&Files::embedded_locales(), "locales/");
        Session::start(dir, store, files, lang)
    }

    /// A start on an existing store with the fixture course, as `chophien` does it.
    pub(crate) fn resume(dir: tempfile::TempDir, store: Store, lang: &str) -> Session {
        Session::start(dir, store, course_files(), lang)
    }

    fn start(dir: tempfile::TempDir, store: Store, files: Files, lang: &str) -> Session {
        Session::start_opened(dir, store, &store::Opened::Existing, files, lang)
    }

    fn start_opened(
        dir: tempfile::TempDir,
        store: Store,
        opened: &store::Opened,
        files: Files,
        lang: &str,
    ) -> Session {
        let loaded = course::load(&files);
        let start = runtime::start(&store, opened, files, loaded, lang, false).expect("start");
        let app = App::new(start);
        Session {
            app,
            store,
            theme: Theme::new(true, false),
            dir,
        }
    }

    pub(crate) fn act(&mut self, action: Action) {
        effects::apply(&mut self.app, &mut self.store, action);
        effects::load_pictures(&mut self.app, &mut self.store);
    }

    /// Feeds a key script: plain characters are typed, `<ret>`, `<esc>`, `<up>`, `<down>`,
    /// `<left>`, `<right>`, `<bs>`, `<space>`, `<f2>`, `<tab>` are keys.
    pub(crate) fn keys(&mut self, script: &str) {
        for key in parse_keys(script) {
            if let Some(action) = keymap::action_for(self.app.context(), &key) {
                self.act(action);
            }
        }
    }

    pub(crate) fn click(&mut self, width: u16, height: u16, x: u16, y: u16) {
        if let Some(action) =
            ui::click(&self.app, &self.theme, Rect::new(0, 0, width, height), x, y)
        {
            self.act(action);
        }
    }

    pub(crate) fn render(&self, width: u16, height: u16) -> Buffer {
        let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("test terminal");
        terminal
            .draw(|f| ui::render(f, &self.app, &self.theme))
            .expect("draw");
        terminal.backend().buffer().clone()
    }

    pub(crate) fn screen(&self, width: u16, height: u16) -> String {
        buffer_text(&self.render(width, height))
    }
}

pub(crate) fn parse_keys(script: &str) -> Vec<KeyEvent> {
    let mut keys = Vec::new();
    let mut rest = script;
    while let Some(c) = rest.chars().next() {
        if c == '<'
            && let Some(end) = rest.find('>')
        {
            let name = &rest[1..end];
            let code = match name {
                "ret" => Some(KeyCode::Enter),
                "esc" => Some(KeyCode::Esc),
                "up" => Some(KeyCode::Up),
                "down" => Some(KeyCode::Down),
                "left" => Some(KeyCode::Left),
                "right" => Some(KeyCode::Right),
                "bs" => Some(KeyCode::Backspace),
                "space" => Some(KeyCode::Char(' ')),
                "f2" => Some(KeyCode::F(2)),
                "tab" => Some(KeyCode::Tab),
                _ => None,
            };
            if let Some(code) = code {
                keys.push(KeyEvent::new(code, KeyModifiers::NONE));
                rest = &rest[end + 1..];
                continue;
            }
        }
        keys.push(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
        rest = &rest[c.len_utf8()..];
    }
    keys
}

/// The buffer's text, one line per row, trailing spaces removed.
pub(crate) fn buffer_text(buffer: &Buffer) -> String {
    let area = buffer.area;
    (0..area.height)
        .map(|y| {
            let line: String = (0..area.width)
                .map(|x| buffer[(x, y)].symbol().to_string())
                .collect();
            line.trim_end().to_string()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The position of the first cell of `needle` on screen.
pub(crate) fn find(buffer: &Buffer, needle: &str) -> Option<(u16, u16)> {
    let text = buffer_text(buffer);
    text.lines().enumerate().find_map(|(y, line)| {
        let byte = line.find(needle)?;
        Some((line[..byte].chars().count() as u16, y as u16))
    })
}

/// The digit keys that place the items of an order step in the right order.
pub(crate) fn order_keys(items: usize, step_id: &str) -> String {
    let mut unplaced = chophien::course::steps::order::shuffled(items, step_id);
    let mut keys = String::new();
    for want in 0..items {
        let pos = unplaced
            .iter()
            .position(|i| *i == want)
            .expect("item shown");
        keys.push_str(&(pos + 1).to_string());
        unplaced.remove(pos);
    }
    keys
}

/// Keys that open the first lesson (photo-light) from home and finish it with right answers,
/// in English.
pub(crate) fn photo_light_keys() -> String {
    format!(
        "<ret><ret>1<ret><ret><ret>white<ret><ret>12<ret><ret><ret>1<ret><ret>{}<ret><ret>",
        order_keys(4, "photo-steps")
    )
}

/// Copies the folder `from` to `to`, for tests that change a pack.
pub(crate) fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).expect("folder");
    for entry in std::fs::read_dir(from).expect("read folder").flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("copy");
        }
    }
}

/// Runs the real binary from the project folder, without a language from the environment:
/// its exit code and what it printed.
pub(crate) fn chophien(args: &[&str]) -> (i32, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_chophien"))
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

/// Only the `path:line:col: severity[code]` part of each diagnostic line.
pub(crate) fn locations(output: &str) -> Vec<String> {
    output
        .lines()
        .filter(|l| l.contains("]: "))
        .map(|l| l.split("]: ").next().unwrap_or_default().to_string() + "]")
        .collect()
}

/// Writes `text` to `path` under `dir`, making its folders.
pub(crate) fn write(dir: &std::path::Path, path: &str, text: &str) {
    let path = dir.join(path);
    std::fs::create_dir_all(path.parent().expect("parent")).expect("folder");
    std::fs::write(path, text).expect("write");
}
