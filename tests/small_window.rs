//! A window below the smallest usable size shows only "make the window larger": there, no key
//! may change what the learner would see once the window is large again, except quitting.
//! Terminal events go through `runtime::event_action`, as the real loop sends them.

use chophien::app::{Action, Screen};
use chophien::runtime::event_action;
use crossterm::event::{
    Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use ratatui_core::layout::Rect;

use crate::support::{Session, parse_keys};

const TOO_SMALL: Rect = Rect::new(0, 0, 40, 10);
const LARGE: Rect = Rect::new(0, 0, 80, 24);

/// Sends `event` through the runtime's mapping in a window of `size`; returns the action.
fn send(s: &mut Session, size: Rect, event: Event) -> Option<Action> {
    let action = event_action(&s.app, &s.theme, size, event);
    if let Some(action) = action.clone() {
        s.act(action);
    }
    action
}

fn key(code: KeyCode, modifiers: KeyModifiers) -> Event {
    Event::Key(KeyEvent::new(code, modifiers))
}

fn mouse(kind: MouseEventKind, column: u16, row: u16) -> Event {
    Event::Mouse(MouseEvent {
        kind,
        column,
        row,
        modifiers: KeyModifiers::NONE,
    })
}

/// What the learner will see: the app's state as text and the screen at full size.
fn seen(s: &Session) -> String {
    format!(
        "{:?}\noverlay {:?}\nnotices {:?}\nquitting {}\n{}",
        s.app,
        s.app.language_overlay,
        s.app.notices,
        s.app.quitting,
        s.screen(80, 24)
    )
}

fn every_other_event() -> Vec<Event> {
    let mut events: Vec<Event> =
        parse_keys("<ret><down><up><left><right><esc><bs><space><f2>1 2pnrxQ")
            .into_iter()
            .filter(|k| k.code != KeyCode::Char('Q'))
            .map(Event::Key)
            .collect();
    events.extend([
        key(KeyCode::F(3), KeyModifiers::NONE),
        key(KeyCode::F(4), KeyModifiers::NONE),
        key(KeyCode::Tab, KeyModifiers::NONE),
        key(KeyCode::Char('j'), KeyModifiers::CONTROL),
        key(KeyCode::Enter, KeyModifiers::ALT),
        key(KeyCode::Char('q'), KeyModifiers::ALT),
        Event::Paste("Mai".into()),
        mouse(MouseEventKind::Down(MouseButton::Left), 5, 4),
        mouse(MouseEventKind::ScrollDown, 5, 4),
        mouse(MouseEventKind::ScrollUp, 5, 4),
    ]);
    events
}

/// Mai on the home screen, in English.
fn at_home() -> Session {
    let mut s = Session::new("en");
    s.keys("<down><ret>Mai<ret>");
    assert!(matches!(s.app.screen, Screen::Home { .. }), "{:?}", s.app);
    s
}

#[test]
fn keys_clicks_and_paste_change_nothing_while_the_window_is_too_small() {
    for mut s in [at_home(), Session::new("en")] {
        let before = seen(&s);
        for event in every_other_event() {
            let action = send(&mut s, TOO_SMALL, event.clone());
            assert_eq!(action, None, "{event:?} acted in a window too small");
        }
        assert_eq!(seen(&s), before);
    }
}

#[test]
fn in_a_text_field_letters_are_not_typed_while_the_window_is_too_small() {
    let mut s = Session::new("en");
    s.keys("<down><ret>");
    assert!(s.app.context().is_typing(), "{:?}", s.app);
    let before = seen(&s);
    for event in every_other_event() {
        send(&mut s, TOO_SMALL, event);
    }
    assert_eq!(seen(&s), before);
    // Once the window is large again, typing works.
    send(&mut s, LARGE, key(KeyCode::Char('a'), KeyModifiers::NONE));
    assert_ne!(seen(&s), before);
}

#[test]
fn q_and_ctrl_c_still_quit_while_the_window_is_too_small() {
    let quits = [
        key(KeyCode::Char('q'), KeyModifiers::NONE),
        key(KeyCode::Char('Q'), KeyModifiers::SHIFT),
        key(KeyCode::Char('c'), KeyModifiers::CONTROL),
        key(KeyCode::Char('q'), KeyModifiers::CONTROL),
    ];
    for quit in quits {
        // On the home screen and in a text field, where Q is otherwise a letter.
        let mut typing = Session::new("en");
        typing.keys("<down><ret>");
        for mut s in [at_home(), typing] {
            assert_eq!(
                send(&mut s, TOO_SMALL, quit.clone()),
                Some(Action::Quit),
                "{quit:?}"
            );
            assert!(s.app.quitting);
        }
    }
}

#[test]
fn a_resize_still_counts_and_a_large_window_takes_keys_again() {
    let mut s = at_home();
    assert!(matches!(
        send(&mut s, TOO_SMALL, Event::Resize(40, 10)),
        Some(Action::Resized { .. })
    ));
    let before = seen(&s);
    send(&mut s, TOO_SMALL, key(KeyCode::Enter, KeyModifiers::NONE));
    assert_eq!(seen(&s), before);
    send(&mut s, LARGE, Event::Resize(80, 24));
    send(&mut s, LARGE, key(KeyCode::Enter, KeyModifiers::NONE));
    assert!(
        matches!(s.app.screen, Screen::Lesson { .. }),
        "Enter opens the lesson in a large window: {:?}",
        s.app
    );
}
