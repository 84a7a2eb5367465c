//! The keymap as data: every binding with the screens it works on and, where it should be
//! shown, the message id describing it. Keys become actions here and only here, and the help
//! bar is drawn from the same table, so what it says is always what the keys do.
//!
//! Only key presses count: Windows terminals also report releases and repeats.

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::action::Action;

/// Where the learner is, as far as keys are concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    /// The language picker of a first run: there is nothing to go back to.
    Welcome,
    Languages,
    Name,
    Profiles,
    Home,
    Read,
    Choice,
    Multi,
    /// Order, with items still to place: Enter places the highlighted one.
    Order,
    /// Order, every item placed: Enter checks.
    OrderPlaced,
    /// A role-play: choose a reply, take one back.
    Scenario,
    /// Typing a number answer.
    Answer,
    /// Writing a text answer (several lines, input method on).
    Writing,
    /// Feedback after an answer, waiting to go on or try again.
    Feedback,
    Finished,
    Notice,
    /// Typing the trainer PIN (digits only, shown as stars).
    TrainerPin,
    /// The trainer's class screen.
    Class,
    /// A lesson step that opens a workshop.
    WorkshopStep,
    /// The list of workshops.
    WorkshopMenu,
    /// A workshop form: typing into labelled fields.
    Form,
    /// The photo picker's list of files.
    PhotoPicker,
    /// A workshop page to read (the listing kit).
    WorkshopView,
}

impl Context {
    /// Contexts where printable keys are typed into a field.
    pub fn is_typing(self) -> bool {
        matches!(
            self,
            Context::Name | Context::Answer | Context::Writing | Context::Form
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Code(KeyCode),
    Ctrl(char),
    /// A key held with Alt.
    Alt(KeyCode),
    /// Any of the digits 1–9.
    Digits,
}

/// One binding: a key, what it does, and on which screens with which description.
pub struct Binding {
    pub key: Key,
    pub action: fn(char) -> Action,
    /// (context, help message id or "" to leave it out of the help bar).
    pub on: &'static [(Context, &'static str)],
    /// The key's name in the help bar: a message id (`key-…`) or the glyph set's arrows.
    pub label: KeyLabel,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyLabel {
    Message(&'static str),
    UpDown,
    Left,
    Digits,
    Plain(&'static str),
}

use Context::*;

/// Lists that can be long (a pack of a thousand lessons): Page Up and Page Down work there.
const LONG_LISTS: &[(Context, &str)] = &[(Home, ""), (Languages, "")];
/// Where Home and End work: the start and end of a line being typed, or of a long list.
const TEXT_AND_LISTS: &[(Context, &str)] = &[
    (Name, ""),
    (Answer, ""),
    (Writing, ""),
    (Form, ""),
    (Home, ""),
    (Languages, ""),
];

pub static BINDINGS: &[Binding] = &[
    Binding {
        key: Key::Code(KeyCode::Enter),
        action: |_| Action::Confirm,
        on: &[
            (Welcome, "help-choose"),
            (Languages, "help-choose"),
            (Name, "help-ok"),
            (Profiles, "help-choose"),
            (Home, "help-open"),
            (Read, "help-next"),
            (Choice, "help-check"),
            (Multi, "help-check"),
            (Order, "help-place"),
            (OrderPlaced, "help-check"),
            (Scenario, "help-reply"),
            (Answer, "help-check"),
            (Writing, "help-check"),
            (Feedback, "help-continue"),
            (Finished, "help-continue"),
            (Notice, "help-ok"),
            (TrainerPin, "help-ok"),
            (WorkshopStep, "help-open-tool"),
            (WorkshopMenu, "help-open-tool"),
            (Form, "help-next-field"),
            (PhotoPicker, "help-check-photo"),
        ],
        label: KeyLabel::Message("key-enter"),
    },
    Binding {
        key: Key::Code(KeyCode::Up),
        action: |_| Action::Up,
        on: &[
            (Writing, ""),
            (Welcome, "help-move"),
            (Languages, "help-move"),
            (Profiles, "help-move"),
            (Home, "help-move"),
            (Choice, "help-move"),
            (Multi, "help-move"),
            (Order, "help-move"),
            (Scenario, "help-move"),
            (Class, "help-move"),
            (WorkshopMenu, "help-move"),
            (Form, "help-fields"),
            (PhotoPicker, "help-move"),
            (WorkshopView, "help-scroll"),
        ],
        label: KeyLabel::UpDown,
    },
    Binding {
        key: Key::Code(KeyCode::Down),
        action: |_| Action::Down,
        on: &[
            (Writing, ""),
            (Welcome, ""),
            (Languages, ""),
            (Profiles, ""),
            (Home, ""),
            (Choice, ""),
            (Multi, ""),
            (Order, ""),
            (Scenario, ""),
            (Class, ""),
            (WorkshopMenu, ""),
            (Form, ""),
            (PhotoPicker, ""),
            (WorkshopView, ""),
        ],
        label: KeyLabel::UpDown,
    },
    Binding {
        key: Key::Digits,
        action: |c| Action::Digit(c.to_digit(10).unwrap_or(0) as u8),
        on: &[
            (Welcome, ""),
            (Languages, ""),
            (Profiles, ""),
            (Choice, "help-digits-pick"),
            (Multi, "help-digits-tick"),
            (Order, "help-digits-place"),
            (Scenario, "help-digits-pick"),
            (TrainerPin, ""),
            (WorkshopMenu, ""),
        ],
        label: KeyLabel::Digits,
    },
    Binding {
        key: Key::Code(KeyCode::Char('0')),
        action: |_| Action::Digit(0),
        on: &[(TrainerPin, "")],
        label: KeyLabel::Plain("0"),
    },
    Binding {
        key: Key::Code(KeyCode::Char(' ')),
        action: |_| Action::Toggle,
        on: &[(Multi, ""), (Order, "")],
        label: KeyLabel::Message("key-space"),
    },
    Binding {
        key: Key::Code(KeyCode::Backspace),
        action: |_| Action::Backspace,
        on: &[
            (Order, "help-undo"),
            (OrderPlaced, "help-undo"),
            (Scenario, "help-undo-reply"),
            (TrainerPin, ""),
            (Name, ""),
            (Answer, ""),
            (Writing, ""),
            (Form, ""),
        ],
        label: KeyLabel::Message("key-backspace"),
    },
    Binding {
        key: Key::Code(KeyCode::Delete),
        action: |_| Action::Delete,
        on: &[(Name, ""), (Answer, ""), (Writing, ""), (Form, "")],
        label: KeyLabel::Message("key-delete"),
    },
    Binding {
        key: Key::Code(KeyCode::Left),
        action: |_| Action::Left,
        on: &[
            (Read, "help-previous"),
            (Choice, "help-previous"),
            (Multi, "help-previous"),
            (Order, "help-previous"),
            (OrderPlaced, "help-previous"),
            (Scenario, "help-previous"),
            (Feedback, "help-previous"),
            (WorkshopStep, "help-previous"),
            (Name, ""),
            (Answer, ""),
            (Writing, ""),
            (Form, ""),
        ],
        label: KeyLabel::Left,
    },
    Binding {
        key: Key::Code(KeyCode::Right),
        action: |_| Action::Right,
        on: &[(Name, ""), (Answer, ""), (Writing, ""), (Form, "")],
        label: KeyLabel::Plain(""),
    },
    Binding {
        key: Key::Code(KeyCode::Home),
        action: |_| Action::LineStart,
        on: TEXT_AND_LISTS,
        label: KeyLabel::Plain(""),
    },
    Binding {
        key: Key::Code(KeyCode::End),
        action: |_| Action::LineEnd,
        on: TEXT_AND_LISTS,
        label: KeyLabel::Plain(""),
    },
    Binding {
        key: Key::Code(KeyCode::PageUp),
        action: |_| Action::PageUp,
        on: LONG_LISTS,
        label: KeyLabel::Plain(""),
    },
    Binding {
        key: Key::Code(KeyCode::PageDown),
        action: |_| Action::PageDown,
        on: LONG_LISTS,
        label: KeyLabel::Plain(""),
    },
    Binding {
        key: Key::Code(KeyCode::Esc),
        action: |_| Action::Back,
        on: &[
            (Languages, "help-back"),
            (Name, "help-cancel"),
            (Read, "help-home"),
            (Choice, "help-home"),
            (Multi, "help-home"),
            (Order, "help-home"),
            (OrderPlaced, "help-home"),
            (Scenario, "help-home"),
            (Answer, "help-home"),
            (Writing, "help-home"),
            (Feedback, "help-home"),
            (Finished, "help-home"),
            (Notice, ""),
            (Profiles, "help-back"),
            (TrainerPin, "help-back"),
            (Class, "help-back"),
            (WorkshopStep, "help-home"),
            (WorkshopMenu, "help-back"),
            (Form, "help-back"),
            (PhotoPicker, "help-back"),
            (WorkshopView, "help-back"),
        ],
        label: KeyLabel::Message("key-esc"),
    },
    Binding {
        key: Key::Code(KeyCode::F(2)),
        action: |_| Action::OpenLanguages,
        on: &[
            (Name, "help-language"),
            (Profiles, "help-language"),
            (Home, "help-language"),
            (Read, "help-language"),
            (Choice, "help-language"),
            (Multi, "help-language"),
            (Order, "help-language"),
            (OrderPlaced, "help-language"),
            (Scenario, "help-language"),
            (Answer, "help-language"),
            (Writing, "help-language"),
            (Feedback, "help-language"),
            (Finished, "help-language"),
            (WorkshopStep, "help-language"),
            (WorkshopMenu, "help-language"),
            (Form, ""),
            (PhotoPicker, ""),
            (WorkshopView, "help-language"),
        ],
        label: KeyLabel::Plain("F2"),
    },
    Binding {
        key: Key::Code(KeyCode::Char('p')),
        action: |_| Action::OpenProfiles,
        on: &[(Home, "help-learners")],
        label: KeyLabel::Plain("P"),
    },
    Binding {
        key: Key::Code(KeyCode::Char('t')),
        action: |_| Action::OpenTrainer,
        // Not in the help bar: learners have no use for it; trainers find it in the README.
        on: &[(Home, ""), (Profiles, "")],
        label: KeyLabel::Plain("T"),
    },
    Binding {
        key: Key::Code(KeyCode::Char('s')),
        action: |_| Action::CycleSort,
        on: &[(Class, "help-sort")],
        label: KeyLabel::Plain("S"),
    },
    Binding {
        key: Key::Code(KeyCode::Char('w')),
        action: |_| Action::OpenWorkshop,
        on: &[(Home, "help-workshop")],
        label: KeyLabel::Plain("W"),
    },
    Binding {
        key: Key::Code(KeyCode::Tab),
        action: |_| Action::NextField,
        on: &[(Form, ""), (PhotoPicker, "")],
        label: KeyLabel::Plain("Tab"),
    },
    Binding {
        key: Key::Code(KeyCode::BackTab),
        action: |_| Action::PrevField,
        on: &[(Form, ""), (PhotoPicker, "")],
        label: KeyLabel::Plain(""),
    },
    Binding {
        key: Key::Code(KeyCode::Char('n')),
        action: |_| Action::NewProfile,
        on: &[(Profiles, "help-new")],
        label: KeyLabel::Plain("N"),
    },
    Binding {
        key: Key::Code(KeyCode::Char('r')),
        action: |_| Action::RenameProfile,
        on: &[(Profiles, "help-rename")],
        label: KeyLabel::Plain("R"),
    },
    Binding {
        key: Key::Code(KeyCode::Char('q')),
        action: |_| Action::Quit,
        on: &[
            (Home, "help-quit"),
            (Profiles, "help-quit"),
            (Class, "help-quit"),
            (Welcome, "help-quit"),
            (Languages, ""),
            (Read, "help-quit"),
            (Choice, "help-quit"),
            (Multi, "help-quit"),
            (Order, "help-quit"),
            (OrderPlaced, "help-quit"),
            (Scenario, "help-quit"),
            (Feedback, "help-quit"),
            (Finished, "help-quit"),
            (WorkshopStep, "help-quit"),
            (WorkshopMenu, "help-quit"),
            (WorkshopView, "help-quit"),
        ],
        label: KeyLabel::Plain("Q"),
    },
    Binding {
        key: Key::Ctrl('j'),
        action: |_| Action::NewLine,
        on: &[(Writing, "help-new-line")],
        label: KeyLabel::Plain("Ctrl-J"),
    },
    Binding {
        key: Key::Alt(KeyCode::Enter),
        action: |_| Action::NewLine,
        on: &[(Writing, "")],
        label: KeyLabel::Plain(""),
    },
    Binding {
        key: Key::Code(KeyCode::F(3)),
        action: |_| Action::CycleInputMethod,
        on: &[
            (Name, "help-input-method"),
            (Writing, "help-input-method"),
            (Form, "help-input-method"),
        ],
        label: KeyLabel::Plain("F3"),
    },
    Binding {
        key: Key::Code(KeyCode::F(4)),
        action: |_| Action::ToggleTonePlacement,
        on: &[
            (Name, "help-tone-style"),
            (Writing, "help-tone-style"),
            (Form, ""),
        ],
        label: KeyLabel::Plain("F4"),
    },
    // The preview's problems panel; shown in the help bar only in a preview (see `ui`).
    Binding {
        key: Key::Code(KeyCode::F(5)),
        action: |_| Action::TogglePanel,
        on: &[],
        label: KeyLabel::Plain("F5"),
    },
    Binding {
        key: Key::Ctrl('c'),
        action: |_| Action::Quit,
        on: &[],
        label: KeyLabel::Plain(""),
    },
    Binding {
        key: Key::Ctrl('q'),
        action: |_| Action::Quit,
        on: &[],
        label: KeyLabel::Plain(""),
    },
];

impl Binding {
    fn applies(&self, ctx: Context) -> bool {
        // Bindings with no contexts (Ctrl-C, Ctrl-Q) work everywhere.
        self.on.is_empty() || self.on.iter().any(|(c, _)| *c == ctx)
    }

    fn matches(&self, key: &KeyEvent) -> Option<char> {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        let alt = key.modifiers.contains(KeyModifiers::ALT);
        match (self.key, key.code) {
            (Key::Ctrl(c), KeyCode::Char(k)) if ctrl && k.eq_ignore_ascii_case(&c) => Some(k),
            (Key::Alt(code), other) if alt && !ctrl && code == other => Some(' '),
            (Key::Digits, KeyCode::Char(k)) if !ctrl && !alt && ('1'..='9').contains(&k) => Some(k),
            (Key::Code(KeyCode::Char(c)), KeyCode::Char(k))
                if !ctrl && !alt && k.eq_ignore_ascii_case(&c) =>
            {
                Some(k)
            }
            (Key::Code(code), other)
                if !matches!(code, KeyCode::Char(_)) && code == other && !ctrl && !alt =>
            {
                Some(' ')
            }
            _ => None,
        }
    }
}

/// The action for `key` in `ctx`, if any.
pub fn action_for(ctx: Context, key: &KeyEvent) -> Option<Action> {
    if key.kind != KeyEventKind::Press {
        return None;
    }
    let typing = ctx.is_typing();
    for binding in BINDINGS {
        if !binding.applies(ctx) {
            continue;
        }
        // While typing, letters, digits and space are text, not commands.
        if typing && matches!(binding.key, Key::Digits | Key::Code(KeyCode::Char(_))) {
            continue;
        }
        if let Some(c) = binding.matches(key) {
            return Some((binding.action)(c));
        }
    }
    if typing
        && let KeyCode::Char(c) = key.code
        && !key
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
    {
        return Some(Action::TypeKey(c));
    }
    None
}

/// The help bar for `ctx`: each shown binding's key label and description, in table order.
pub fn help_for(ctx: Context) -> Vec<(KeyLabel, &'static str, Action)> {
    BINDINGS
        .iter()
        .filter_map(|b| {
            let (_, msg) = b.on.iter().find(|(c, m)| *c == ctx && !m.is_empty())?;
            let action = match b.key {
                Key::Digits => Action::Digit(1),
                _ => (b.action)(' '),
            };
            Some((b.label, *msg, action))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::KeyEventState;

    fn press(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn digits_pick_options_but_are_typed_in_answers() {
        assert_eq!(
            action_for(Choice, &press(KeyCode::Char('2'))),
            Some(Action::Digit(2))
        );
        assert_eq!(
            action_for(Answer, &press(KeyCode::Char('2'))),
            Some(Action::TypeKey('2'))
        );
    }

    #[test]
    fn letters_that_are_commands_elsewhere_are_text_in_a_name() {
        assert_eq!(
            action_for(Home, &press(KeyCode::Char('q'))),
            Some(Action::Quit)
        );
        assert_eq!(
            action_for(Name, &press(KeyCode::Char('q'))),
            Some(Action::TypeKey('q'))
        );
        assert_eq!(
            action_for(Name, &press(KeyCode::Char(' '))),
            Some(Action::TypeKey(' '))
        );
    }

    #[test]
    fn ctrl_c_quits_everywhere_even_while_typing() {
        let key = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        for ctx in [
            Welcome, Languages, Name, Home, Answer, Writing, Feedback, Notice,
        ] {
            assert_eq!(action_for(ctx, &key), Some(Action::Quit), "{ctx:?}");
        }
    }

    #[test]
    fn key_releases_are_ignored() {
        let mut key = press(KeyCode::Enter);
        key.kind = KeyEventKind::Release;
        key.state = KeyEventState::NONE;
        assert_eq!(action_for(Home, &key), None);
    }

    #[test]
    fn the_language_key_works_on_every_learning_screen() {
        for ctx in [
            Name, Profiles, Home, Read, Choice, Multi, Order, Answer, Feedback, Finished,
        ] {
            assert_eq!(
                action_for(ctx, &press(KeyCode::F(2))),
                Some(Action::OpenLanguages),
                "{ctx:?}"
            );
        }
    }

    #[test]
    fn the_help_bar_shows_only_described_bindings_of_the_context() {
        let help: Vec<&str> = help_for(Choice).iter().map(|(_, m, _)| *m).collect();
        assert_eq!(
            help,
            [
                "help-check",
                "help-move",
                "help-digits-pick",
                "help-previous",
                "help-home",
                "help-language",
                "help-quit"
            ]
        );
        let help: Vec<&str> = help_for(Answer).iter().map(|(_, m, _)| *m).collect();
        assert_eq!(help, ["help-check", "help-home", "help-language"]);
    }

    #[test]
    fn every_help_message_exists_in_every_shipped_language() {
        let mut ids: Vec<String> = Vec::new();
        for b in BINDINGS {
            ids.extend(
                b.on.iter()
                    .filter(|(_, m)| !m.is_empty())
                    .map(|(_, m)| m.to_string()),
            );
            if let KeyLabel::Message(m) = b.label {
                ids.push(m.to_string());
            }
        }
        assert_eq!(crate::i18n::missing_ui_messages(&ids), Vec::<String>::new());
    }
}
