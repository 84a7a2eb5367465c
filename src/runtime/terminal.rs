//! Entering and leaving the terminal: raw mode, the alternate screen, mouse and bracketed
//! paste. Leaving always shows the cursor again — on return, on panic (also with
//! `panic = "abort"`, since hooks run before the abort) and from the signal thread.

use std::io::{Stdout, Write, stdout};

use crossterm::cursor::Show;
use crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use crossterm::execute;
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui_core::layout::Rect;
use ratatui_core::terminal::Terminal as RatTerminal;

use super::backend::Backend;
use crate::app::App;
use crate::ui::{self, Theme};

pub struct Terminal {
    /// Never dropped: ratatui's drop shows the cursor and, when that fails (the terminal was
    /// closed), prints with `eprintln!`, which panics when standard error is that same closed
    /// terminal — skipping what comes after the loop (a preview's clean-up) or aborting.
    /// [`restore`] shows the cursor instead, ignoring errors; the buffers are freed at exit.
    inner: std::mem::ManuallyDrop<RatTerminal<Backend<Stdout>>>,
}

impl Terminal {
    pub fn enter() -> std::io::Result<Terminal> {
        install_panic_hook();
        enable_raw_mode()?;
        // The screen is cleared too: a terminal already in its alternate screen (tmux, after a
        // killed tutor) keeps what was on it, and the first frame writes only what is not blank.
        // (ratatui's own clear asks the terminal where its cursor is, which some never answer.)
        let entered = execute!(
            stdout(),
            EnterAlternateScreen,
            crossterm::terminal::Clear(crossterm::terminal::ClearType::All),
            EnableMouseCapture,
            EnableBracketedPaste
        );
        if let Err(e) = entered {
            restore();
            return Err(e);
        }
        match RatTerminal::new(Backend::new(stdout())) {
            Ok(inner) => Ok(Terminal {
                inner: std::mem::ManuallyDrop::new(inner),
            }),
            Err(e) => {
                restore();
                Err(e)
            }
        }
    }

    pub fn draw(&mut self, app: &App, theme: &Theme) -> std::io::Result<()> {
        self.inner
            .draw(|frame| ui::render(frame, app, theme))
            .map(|_| ())
    }

    pub fn size(&self) -> Rect {
        self.inner
            .size()
            .map(|s| Rect::new(0, 0, s.width, s.height))
            .unwrap_or_default()
    }
}

impl Drop for Terminal {
    fn drop(&mut self) {
        restore();
    }
}

/// Puts the terminal back as we found it. Safe to call more than once.
pub fn restore() {
    let mut out = stdout();
    let _ = execute!(
        out,
        DisableBracketedPaste,
        DisableMouseCapture,
        LeaveAlternateScreen,
        Show
    );
    let _ = disable_raw_mode();
    let _ = out.flush();
}

fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
}
