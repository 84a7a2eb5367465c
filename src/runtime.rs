//! The one place where the tutor does I/O: the terminal, the event loop, and carrying out the
//! effects `update` returns against the store.
//!
//! Keys, mouse, paste, resize and termination signals arrive on one channel. Effects run right
//! after the action that caused them and before the next frame, so nothing is shown as saved
//! before it is on disk. On SIGTERM or SIGHUP the loop is asked to stop; if it has not left
//! the terminal within a moment (crossterm can hang on a closed terminal), the signal thread
//! restores the terminal and exits itself. A terminal closed without a signal (SIGHUP ignored
//! or never sent to us) is noticed by [`hangup`]: the loop saves and leaves just the same.
//!
//! A preview (`chophien preview`) runs the same loop with the same terminal handling; its
//! [`watch`] thread sends the pack, read again after a change, as one more event. Its
//! throw-away store is removed once the store is closed, before the process may end — also
//! when the signal thread has to end it.

pub mod backend;
pub mod effects;
pub mod hangup;
pub mod terminal;
pub mod watch;

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crossterm::event::{
    self, Event as TermEvent, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton,
    MouseEventKind,
};
use ratatui_core::layout::Rect;

use crate::app::{self, Action, App};
use crate::store::Store;
use crate::ui::{self, Theme};

/// How long the signal thread waits for the loop to finish before it exits on its own.
const SIGNAL_GRACE: Duration = Duration::from_millis(700);

pub enum Event {
    Terminal(TermEvent),
    Signal,
    InputClosed,
    /// The preview's pack, read again after its files changed.
    Reloaded(app::preview::Reloaded),
}

/// What a preview adds to the loop.
#[derive(Default)]
pub struct Extras {
    /// A pack folder to watch: each settled change reloads it.
    pub watch: Option<PathBuf>,
    /// Run once the store is closed (or by the signal thread when the loop hangs): removes a
    /// throw-away store.
    pub cleanup: Option<Box<dyn FnOnce() + Send>>,
}

type Cleanup = Arc<Mutex<Option<Box<dyn FnOnce() + Send>>>>;

fn run_cleanup(cleanup: &Cleanup) {
    let job = match cleanup.lock() {
        Ok(mut guard) => guard.take(),
        Err(poisoned) => poisoned.into_inner().take(),
    };
    if let Some(job) = job {
        job();
    }
}

/// What the app starts with, read from the store: the learners, the one to carry on with
/// when there is only one on this laptop (several: they pick themselves), and what opening the
/// store found that the learner must be told. `lang_override` is a `--lang` given on the
/// command line; it wins over the learner's saved language.
pub fn start(
    store: &Store,
    opened: &crate::store::Opened,
    files: crate::source::Files,
    loaded: crate::course::Loaded,
    lang: &str,
    lang_override: bool,
) -> crate::store::Result<app::Start> {
    let mut notices = Vec::new();
    if let crate::store::Opened::Recovered { moved_to } = opened {
        notices.push(app::Notice::DatabaseMoved {
            path: moved_to.display().to_string(),
        });
    }
    let profiles = store.profiles()?;
    let resume = match profiles.as_slice() {
        [only] => {
            let mut profile = only.clone();
            if lang_override {
                profile.lang = lang.to_string();
            }
            Some((profile, store.progress(only.id)?))
        }
        _ => None,
    };
    Ok(app::Start {
        course: loaded.course,
        languages: loaded.languages,
        files,
        lang: lang.to_string(),
        profiles,
        resume,
        notices,
    })
}

/// Runs the tutor until the learner quits or a signal arrives.
pub fn run(app: App, store: Store, theme: Theme) -> std::io::Result<()> {
    run_with(app, store, theme, Extras::default())
}

/// Runs the tutor, with a preview's watch and clean-up, until the learner quits or a signal
/// arrives.
pub fn run_with(app: App, store: Store, theme: Theme, extras: Extras) -> std::io::Result<()> {
    let (tx, rx) = mpsc::channel::<Event>();
    let finished = Arc::new(AtomicBool::new(false));
    let cleanup: Cleanup = Arc::new(Mutex::new(extras.cleanup));
    install_signal_handler(tx.clone(), Arc::clone(&finished), Arc::clone(&cleanup));
    install_cleanup_on_panic(Arc::clone(&cleanup));
    let result = event_loop(app, store, theme, extras.watch, tx, rx);
    run_cleanup(&cleanup);
    finished.store(true, Ordering::SeqCst);
    result
}

fn event_loop(
    mut app: App,
    mut store: Store,
    theme: Theme,
    watch: Option<PathBuf>,
    tx: mpsc::Sender<Event>,
    rx: mpsc::Receiver<Event>,
) -> std::io::Result<()> {
    let mut term = terminal::Terminal::enter()?;
    hangup::watch(tx.clone());
    // Dropped at the end of this function: the watch stops before the store is closed.
    let _watching = match watch {
        Some(root) => match watch::start(&root, tx.clone()) {
            Ok(watching) => Some(watching),
            Err(e) => {
                effects::apply(&mut app, &mut store, Action::WatchFailed(e.to_string()));
                None
            }
        },
        None => None,
    };
    spawn_input_thread(tx);

    let field_width = ui::field_width(term.size().width);
    effects::apply(&mut app, &mut store, Action::Resized { field_width });
    effects::load_pictures(&mut app, &mut store);
    term.draw(&app, &theme)?;
    while let Ok(event) = rx.recv() {
        let action = match event {
            Event::Signal | Event::InputClosed => Some(Action::Terminate),
            Event::Reloaded(reloaded) => Some(Action::CourseReloaded(reloaded)),
            Event::Terminal(e) => event_action(&app, &theme, term.size(), e),
        };
        if let Some(action) = action {
            effects::apply(&mut app, &mut store, action);
        }
        if app.quitting {
            break;
        }
        effects::load_pictures(&mut app, &mut store);
        term.draw(&app, &theme)?;
    }
    drop(term);
    Ok(())
}

/// The action for one terminal event in a window of `size`.
///
/// While the window is smaller than [`ui::MIN_WIDTH`]×[`ui::MIN_HEIGHT`] the learner sees only
/// "make the window larger", so nothing they cannot see may change: every key but quit (Q,
/// Ctrl-C, Ctrl-Q — Q even in a text field), paste, clicks and the wheel do nothing. A
/// resize still counts, so the tutor knows when the window is large again.
pub fn event_action(app: &App, theme: &Theme, size: Rect, event: TermEvent) -> Option<Action> {
    let too_small = size.width < ui::MIN_WIDTH || size.height < ui::MIN_HEIGHT;
    match event {
        TermEvent::Key(key) if too_small => is_quit_key(app, &key).then_some(Action::Quit),
        TermEvent::Key(key) => app::keymap::action_for(app.context(), &key),
        TermEvent::Paste(text) if app.context().is_typing() && !too_small => {
            Some(Action::Type(text))
        }
        TermEvent::Resize(width, _) => Some(Action::Resized {
            field_width: ui::field_width(width),
        }),
        TermEvent::Mouse(_) if too_small => None,
        TermEvent::Mouse(mouse) => match mouse.kind {
            MouseEventKind::Down(MouseButton::Left) => {
                ui::click(app, theme, size, mouse.column, mouse.row)
            }
            MouseEventKind::ScrollUp => Some(Action::Up),
            MouseEventKind::ScrollDown => Some(Action::Down),
            _ => None,
        },
        _ => None,
    }
}

/// Q (without Ctrl or Alt) or whatever the keymap makes quit on this screen.
fn is_quit_key(app: &App, key: &KeyEvent) -> bool {
    if key.kind != KeyEventKind::Press {
        return false;
    }
    let plain_q = matches!(key.code, KeyCode::Char('q' | 'Q'))
        && !key
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
    plain_q || app::keymap::action_for(app.context(), key) == Some(Action::Quit)
}

/// Two presses of Enter closer than this are one press of a worn key that bounced. Enter moves
/// on and answers, so a bounce at the end of a step would answer the next step's question with
/// whatever choice is highlighted. Nobody presses Enter twice within 40 ms on purpose; the
/// timing is taken here, as the key is read, not when a slow frame lets it be handled.
const ENTER_BOUNCE: Duration = Duration::from_millis(40);

/// Whether `event`, read at `now`, is the bounce of an Enter read at `last_enter` (which it
/// updates: every press of Enter counts, a dropped one too, so a key that chatters stays one).
fn is_bounce(event: &TermEvent, now: Instant, last_enter: &mut Option<Instant>) -> bool {
    let TermEvent::Key(key) = event else {
        return false;
    };
    if key.code != KeyCode::Enter || key.kind != KeyEventKind::Press {
        return false;
    }
    let bounced = last_enter.is_some_and(|at| now.duration_since(at) < ENTER_BOUNCE);
    *last_enter = Some(now);
    bounced
}

fn spawn_input_thread(tx: mpsc::Sender<Event>) {
    std::thread::spawn(move || {
        let mut last_enter = None;
        loop {
            match event::read() {
                Ok(e) => {
                    if is_bounce(&e, Instant::now(), &mut last_enter) {
                        continue;
                    }
                    if tx.send(Event::Terminal(e)).is_err() {
                        return;
                    }
                }
                Err(_) => {
                    // The terminal is gone: stop reading instead of spinning.
                    let _ = tx.send(Event::InputClosed);
                    return;
                }
            }
        }
    });
}

/// A panic (an abort in the release build) ends the process without returning here: the
/// clean-up runs from the hook, after the terminal's own hook has restored the terminal.
fn install_cleanup_on_panic(cleanup: Cleanup) {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        previous(info);
        run_cleanup(&cleanup);
    }));
}

fn install_signal_handler(tx: mpsc::Sender<Event>, finished: Arc<AtomicBool>, cleanup: Cleanup) {
    // Without a handler the default action applies: the process ends at once. Every answer is
    // already on disk by then, so failing to install one loses nothing but the terminal state.
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP]) else {
        return;
    };
    let _ = std::thread::Builder::new()
        .name("signals".into())
        .spawn(move || {
            if signals.forever().next().is_none() {
                return;
            }
            let _ = tx.send(Event::Signal);
            let start = std::time::Instant::now();
            while !finished.load(Ordering::SeqCst) && start.elapsed() < SIGNAL_GRACE {
                std::thread::sleep(Duration::from_millis(20));
            }
            if !finished.load(Ordering::SeqCst) {
                terminal::restore();
                run_cleanup(&cleanup);
            }
            std::process::exit(0);
        });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode) -> TermEvent {
        TermEvent::Key(KeyEvent::new(code, KeyModifiers::NONE))
    }

    #[test]
    fn an_enter_within_40_ms_of_the_last_is_a_bounce_and_other_keys_never_are() {
        let start = Instant::now();
        let at = |ms: u64| start + Duration::from_millis(ms);
        let mut last = None;
        assert!(!is_bounce(&key(KeyCode::Enter), at(0), &mut last));
        assert!(is_bounce(&key(KeyCode::Enter), at(15), &mut last));
        // A key that chatters stays one press: each bounce restarts the window.
        assert!(is_bounce(&key(KeyCode::Enter), at(45), &mut last));
        assert!(!is_bounce(&key(KeyCode::Enter), at(200), &mut last));
        // Letters typed fast (Telex "aa") and arrows held down are all kept.
        assert!(!is_bounce(&key(KeyCode::Char('a')), at(201), &mut last));
        assert!(!is_bounce(&key(KeyCode::Char('a')), at(202), &mut last));
        assert!(!is_bounce(&key(KeyCode::Down), at(203), &mut last));
        assert!(!is_bounce(&key(KeyCode::Down), at(204), &mut last));
    }
}
