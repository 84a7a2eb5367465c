//! The terminal backend: ratatui's cells written to the terminal with crossterm.
//!
//! Written here rather than taken from ratatui-crossterm, which does the same: that crate brings
//! procedural-macro crates with it (instability and its darling, and derive_more through
//! crossterm's default features), 10 s of CPU in a newcomer's first `cargo run --release`, about
//! 5 s of the three minutes allowed on a 2-core laptop (README, "Performance"). The tutor needs
//! only the drawing below.

use std::io::{self, Write};

use crossterm::cursor::{Hide, MoveTo, Show};
use crossterm::style::{
    Attribute, Color as TermColor, Colors, Print, SetAttribute, SetBackgroundColor, SetColors,
    SetForegroundColor, SetUnderlineColor,
};
use crossterm::terminal::{self, Clear, ClearType as TermClear};
use crossterm::{execute, queue};
use ratatui_core::backend::{ClearType, WindowSize};
use ratatui_core::buffer::Cell;
use ratatui_core::layout::{Position, Size};
use ratatui_core::style::{Color, Modifier};

/// Draws on `W` (the standard output in the tutor, a byte buffer in tests).
pub struct Backend<W: Write> {
    out: W,
}

impl<W: Write> Backend<W> {
    pub fn new(out: W) -> Backend<W> {
        Backend { out }
    }

    #[cfg(test)]
    pub fn output(&self) -> &W {
        &self.out
    }
}

/// ratatui's colour names to the terminal's: ratatui's plain names are the dark half of the 16
/// ANSI colours and its "light" names the bright half; crossterm names them the other way.
fn term_color(color: Color) -> TermColor {
    match color {
        Color::Reset => TermColor::Reset,
        Color::Black => TermColor::Black,
        Color::Red => TermColor::DarkRed,
        Color::Green => TermColor::DarkGreen,
        Color::Yellow => TermColor::DarkYellow,
        Color::Blue => TermColor::DarkBlue,
        Color::Magenta => TermColor::DarkMagenta,
        Color::Cyan => TermColor::DarkCyan,
        Color::Gray => TermColor::Grey,
        Color::DarkGray => TermColor::DarkGrey,
        Color::LightRed => TermColor::Red,
        Color::LightGreen => TermColor::Green,
        Color::LightYellow => TermColor::Yellow,
        Color::LightBlue => TermColor::Blue,
        Color::LightMagenta => TermColor::Magenta,
        Color::LightCyan => TermColor::Cyan,
        Color::White => TermColor::White,
        Color::Indexed(i) => TermColor::AnsiValue(i),
        Color::Rgb(r, g, b) => TermColor::Rgb { r, g, b },
    }
}

/// Each modifier with the attribute that turns it on and the one that turns it off.
const ATTRIBUTES: [(Modifier, Attribute, Attribute); 9] = [
    (Modifier::BOLD, Attribute::Bold, Attribute::NormalIntensity),
    (Modifier::DIM, Attribute::Dim, Attribute::NormalIntensity),
    (Modifier::ITALIC, Attribute::Italic, Attribute::NoItalic),
    (
        Modifier::UNDERLINED,
        Attribute::Underlined,
        Attribute::NoUnderline,
    ),
    (
        Modifier::SLOW_BLINK,
        Attribute::SlowBlink,
        Attribute::NoBlink,
    ),
    (
        Modifier::RAPID_BLINK,
        Attribute::RapidBlink,
        Attribute::NoBlink,
    ),
    (Modifier::REVERSED, Attribute::Reverse, Attribute::NoReverse),
    (Modifier::HIDDEN, Attribute::Hidden, Attribute::NoHidden),
    (
        Modifier::CROSSED_OUT,
        Attribute::CrossedOut,
        Attribute::NotCrossedOut,
    ),
];

/// Writes what changes from the modifiers `from` to `to`: the "off" attribute of each one that
/// goes, then the "on" attribute of each one wanted that is not still on. An "off" attribute
/// ends every modifier that shares it (bold and dim, the two blinks), so one that stays may be
/// written again.
fn change_modifiers(out: &mut impl Write, from: Modifier, to: Modifier) -> io::Result<()> {
    let mut still_on = from;
    for (modifier, _, off) in ATTRIBUTES {
        if still_on.contains(modifier) && !to.contains(modifier) {
            queue!(out, SetAttribute(off))?;
            for (ended, _, its_off) in ATTRIBUTES {
                if its_off == off {
                    still_on.remove(ended);
                }
            }
        }
    }
    for (modifier, on, _) in ATTRIBUTES {
        if to.contains(modifier) && !still_on.contains(modifier) {
            queue!(out, SetAttribute(on))?;
        }
    }
    Ok(())
}

impl<W: Write> ratatui_core::backend::Backend for Backend<W> {
    type Error = io::Error;

    /// The cells that changed, in rows: the cursor moves only where a cell does not follow the
    /// one before, and colours and modifiers are written only where they change.
    fn draw<'a, I>(&mut self, content: I) -> io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        let (mut fg, mut bg, mut underline) = (Color::Reset, Color::Reset, Color::Reset);
        let mut modifier = Modifier::empty();
        let mut next: Option<(u16, u16)> = None;
        for (x, y, cell) in content {
            if next != Some((x, y)) {
                queue!(self.out, MoveTo(x, y))?;
            }
            next = x.checked_add(1).map(|after| (after, y));
            if cell.modifier != modifier {
                change_modifiers(&mut self.out, modifier, cell.modifier)?;
                modifier = cell.modifier;
            }
            if cell.fg != fg || cell.bg != bg {
                let colors = Colors::new(term_color(cell.fg), term_color(cell.bg));
                queue!(self.out, SetColors(colors))?;
                (fg, bg) = (cell.fg, cell.bg);
            }
            if cell.underline_color != underline {
                queue!(
                    self.out,
                    SetUnderlineColor(term_color(cell.underline_color))
                )?;
                underline = cell.underline_color;
            }
            queue!(self.out, Print(cell.symbol()))?;
        }
        queue!(
            self.out,
            SetForegroundColor(TermColor::Reset),
            SetBackgroundColor(TermColor::Reset),
            SetUnderlineColor(TermColor::Reset),
            SetAttribute(Attribute::Reset),
        )
    }

    fn hide_cursor(&mut self) -> io::Result<()> {
        execute!(self.out, Hide)
    }

    fn show_cursor(&mut self) -> io::Result<()> {
        execute!(self.out, Show)
    }

    fn get_cursor_position(&mut self) -> io::Result<Position> {
        let (x, y) = crossterm::cursor::position()?;
        Ok(Position { x, y })
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> io::Result<()> {
        let Position { x, y } = position.into();
        execute!(self.out, MoveTo(x, y))
    }

    fn clear(&mut self) -> io::Result<()> {
        self.clear_region(ClearType::All)
    }

    fn clear_region(&mut self, clear_type: ClearType) -> io::Result<()> {
        let clear = match clear_type {
            ClearType::All => TermClear::All,
            ClearType::AfterCursor => TermClear::FromCursorDown,
            ClearType::BeforeCursor => TermClear::FromCursorUp,
            ClearType::CurrentLine => TermClear::CurrentLine,
            ClearType::UntilNewLine => TermClear::UntilNewLine,
        };
        execute!(self.out, Clear(clear))
    }

    fn size(&self) -> io::Result<Size> {
        let (width, height) = terminal::size()?;
        Ok(Size { width, height })
    }

    fn window_size(&mut self) -> io::Result<WindowSize> {
        let size = terminal::window_size()?;
        Ok(WindowSize {
            columns_rows: Size {
                width: size.columns,
                height: size.rows,
            },
            pixels: Size {
                width: size.width,
                height: size.height,
            },
        })
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use ratatui_core::backend::Backend as _;
    use ratatui_core::buffer::Buffer;
    use ratatui_core::layout::Rect;
    use ratatui_core::style::Style;

    use super::*;

    /// What a terminal shows after `frames` are drawn one after the other, each as the cells
    /// that differ from the one before (as ratatui draws them).
    fn shown(frames: &[Buffer]) -> vt100::Parser {
        let area = frames[0].area;
        let mut backend = Backend::new(Vec::new());
        let mut before = Buffer::empty(area);
        for frame in frames {
            backend.draw(before.diff(frame).into_iter()).expect("draw");
            before = frame.clone();
        }
        let mut parser = terminal_of(area.width, area.height);
        parser.process(backend.output());
        parser
    }

    fn terminal_of(width: u16, height: u16) -> vt100::Parser {
        let nonzero = |n: u16| std::num::NonZeroU16::new(n).expect("a size");
        vt100::Parser::new(nonzero(height), nonzero(width), 0)
    }

    fn frame(rows: &[(&str, Style)]) -> Buffer {
        let mut buf = Buffer::empty(Rect::new(0, 0, 12, rows.len() as u16));
        for (y, (text, style)) in rows.iter().enumerate() {
            buf.set_string(0, y as u16, text, *style);
        }
        buf
    }

    #[test]
    fn cells_land_where_the_buffer_has_them_with_their_colours_and_modifiers() {
        let bold_red = Style::new().fg(Color::Red).add_modifier(Modifier::BOLD);
        let reversed = Style::new()
            .fg(Color::Black)
            .bg(Color::LightYellow)
            .add_modifier(Modifier::REVERSED | Modifier::UNDERLINED);
        let screen = shown(&[frame(&[
            ("mật ong", bold_red),
            ("", Style::new()),
            ("  thổ cẩm", reversed),
        ])]);
        let screen = screen.screen();
        assert_eq!(screen.contents(), "mật ong\n\n  thổ cẩm");
        let cell = screen.cell(0, 1).expect("cell");
        assert_eq!(cell.contents(), "ậ");
        assert!(cell.bold() && !cell.inverse() && !cell.underline());
        assert_eq!(cell.fgcolor(), vt100::Color::Idx(1));
        let cell = screen.cell(2, 2).expect("cell");
        assert!(cell.inverse() && cell.underline() && !cell.bold());
        assert_eq!(cell.fgcolor(), vt100::Color::Idx(0));
        assert_eq!(cell.bgcolor(), vt100::Color::Idx(11));
        // What follows a drawn cell is left as the terminal had it.
        assert_eq!(
            screen.cell(1, 0).expect("cell").fgcolor(),
            vt100::Color::Default
        );
    }

    #[test]
    fn a_modifier_turned_off_leaves_the_others_on() {
        let on =
            Style::new().add_modifier(Modifier::BOLD | Modifier::ITALIC | Modifier::UNDERLINED);
        let off = |m: Modifier| Style::new().remove_modifier(m);
        // Along one row: bold, italic and underlined; then bold goes; then underline goes;
        // then italic goes and dim comes (bold and dim share the attribute that ends them).
        let mut buf = frame(&[
            ("abcd", on),
            ("ef", Style::new().add_modifier(Modifier::BOLD)),
        ]);
        // On the next row, dim goes and bold stays.
        buf.set_string(0, 1, "e", Style::new().add_modifier(Modifier::DIM));
        buf.set_string(1, 0, "bcd", off(Modifier::BOLD));
        buf.set_string(2, 0, "cd", off(Modifier::UNDERLINED));
        buf.set_string(3, 0, "d", off(Modifier::ITALIC).add_modifier(Modifier::DIM));
        let parser = shown(&[frame(&[("abcd", Style::new()), ("ef", Style::new())]), buf]);
        let screen = parser.screen();
        assert_eq!(screen.contents(), "abcd\nef");
        assert!(
            screen.cell(1, 1).expect("cell").bold(),
            "bold is written again"
        );
        let cell = |col| screen.cell(0, col).expect("cell");
        let attributes = |col| {
            let c = cell(col);
            (c.bold(), c.italic(), c.underline(), c.dim())
        };
        assert_eq!(attributes(0), (true, true, true, false));
        assert_eq!(attributes(1), (false, true, true, false));
        assert_eq!(attributes(2), (false, true, false, false));
        assert_eq!(attributes(3), (false, false, false, true));
    }

    #[test]
    fn a_later_frame_rewrites_only_what_changed_and_ends_with_plain_attributes() {
        let first = frame(&[("chè Shan", Style::new().fg(Color::Green))]);
        let second = frame(&[("chè Tuyết", Style::new().fg(Color::Green))]);
        let parser = shown(&[first, second]);
        let screen = parser.screen();
        assert_eq!(screen.contents(), "chè Tuyết");
        assert_eq!(
            screen.cell(0, 8).expect("cell").fgcolor(),
            vt100::Color::Idx(2)
        );
        // After a draw the pen is back to plain, so the cursor's own writes carry no colour.
        let mut backend = Backend::new(Vec::new());
        let buf = frame(&[("x", Style::new().fg(Color::Green))]);
        backend
            .draw(Buffer::empty(buf.area).diff(&buf).into_iter())
            .expect("draw");
        let mut parser = terminal_of(12, 1);
        parser.process(backend.output());
        parser.process(b"y");
        let cell = parser.screen().cell(0, 1).expect("cell");
        assert_eq!(cell.fgcolor(), vt100::Color::Default);
    }
}
