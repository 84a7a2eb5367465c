//! Styles by meaning and the glyph set. Screens ask for `theme.correct()`, never for a colour,
//! so `NO_COLOR` (monochrome: bold, reverse and underline only) and the ASCII glyph set for
//! terminals without Unicode fonts are swapped in here and nowhere else.

use ratatui_core::style::{Color, Modifier, Style};
use ratatui_core::symbols::border;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub color: bool,
    /// Pictures need 24-bit colour and the half-block glyph.
    pub pictures: bool,
    pub glyphs: Glyphs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Glyphs {
    pub right: &'static str,
    pub wrong: &'static str,
    pub pointer: &'static str,
    pub started: &'static str,
    pub new: &'static str,
    pub unavailable: &'static str,
    pub ticked: &'static str,
    pub unticked: &'static str,
    pub up_down: &'static str,
    pub left: &'static str,
    pub bar_full: &'static str,
    pub bar_empty: &'static str,
    pub picture: &'static str,
    pub separator: &'static str,
    pub border: border::Set<'static>,
}

pub const UNICODE: Glyphs = Glyphs {
    right: "✓",
    wrong: "✗",
    pointer: "▶",
    started: "◐",
    new: "○",
    unavailable: "⊘",
    ticked: "[✓]",
    unticked: "[ ]",
    up_down: "↑↓",
    left: "←",
    bar_full: "█",
    bar_empty: "░",
    picture: "▣",
    separator: "·",
    border: border::ROUNDED,
};

pub const ASCII: Glyphs = Glyphs {
    right: "+",
    wrong: "x",
    pointer: ">",
    started: "~",
    new: "o",
    unavailable: "-",
    ticked: "[x]",
    unticked: "[ ]",
    up_down: "Up/Down",
    left: "Left",
    bar_full: "#",
    bar_empty: ".",
    picture: "#",
    separator: "|",
    border: border::Set {
        top_left: "+",
        top_right: "+",
        bottom_left: "+",
        bottom_right: "+",
        vertical_left: "|",
        vertical_right: "|",
        horizontal_top: "-",
        horizontal_bottom: "-",
    },
};

impl Theme {
    pub fn new(color: bool, ascii: bool) -> Theme {
        Theme {
            color,
            pictures: color && !ascii,
            glyphs: if ascii { ASCII } else { UNICODE },
        }
    }

    /// From the environment: `NO_COLOR` (any value) and `CHOPHIEN_ASCII=1`.
    pub fn from_env(ascii_flag: bool) -> Theme {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let ascii = ascii_flag || std::env::var("CHOPHIEN_ASCII").is_ok_and(|v| v == "1");
        Theme::new(!no_color, ascii)
    }

    fn fg(&self, color: Color) -> Style {
        if self.color {
            Style::new().fg(color)
        } else {
            Style::new()
        }
    }

    pub fn base(&self) -> Style {
        Style::new()
    }

    pub fn title_bar(&self) -> Style {
        if self.color {
            Style::new()
                .fg(Color::Black)
                .bg(Color::Yellow)
                .add_modifier(Modifier::BOLD)
        } else {
            Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
        }
    }

    pub fn heading(&self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::BOLD)
    }

    pub fn prompt(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    pub fn selected(&self) -> Style {
        if self.color {
            Style::new()
                .fg(Color::Black)
                .bg(Color::Cyan)
                .add_modifier(Modifier::BOLD)
        } else {
            Style::new().add_modifier(Modifier::REVERSED)
        }
    }

    pub fn correct(&self) -> Style {
        self.fg(Color::Green).add_modifier(Modifier::BOLD)
    }

    pub fn wrong(&self) -> Style {
        self.fg(Color::Red).add_modifier(Modifier::BOLD)
    }

    pub fn hint(&self) -> Style {
        if self.color {
            Style::new().fg(Color::Cyan)
        } else {
            Style::new().add_modifier(Modifier::ITALIC)
        }
    }

    pub fn muted(&self) -> Style {
        if self.color {
            Style::new().fg(Color::DarkGray)
        } else {
            Style::new().add_modifier(Modifier::DIM)
        }
    }

    /// The mark on text shown in a fallback language.
    pub fn fallback(&self) -> Style {
        self.fg(Color::Magenta).add_modifier(Modifier::ITALIC)
    }

    pub fn help_key(&self) -> Style {
        if self.color {
            Style::new()
                .fg(Color::Black)
                .bg(Color::White)
                .add_modifier(Modifier::BOLD)
        } else {
            Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
        }
    }

    pub fn help_text(&self) -> Style {
        Style::new()
    }

    pub fn border(&self) -> Style {
        self.fg(Color::Yellow)
    }

    pub fn input(&self) -> Style {
        Style::new().add_modifier(Modifier::UNDERLINED)
    }

    pub fn notice(&self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::BOLD)
    }
}
