//! A screen's content as wrapped lines with the places of its clickable items, built from the
//! app state and the width alone. Drawing and mouse hit-testing both use it, so a click always
//! lands on what the learner sees.

use std::ops::Range;

use ratatui_core::style::Style;
use ratatui_core::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

#[derive(Debug, Default)]
pub struct View {
    pub width: usize,
    pub lines: Vec<Line<'static>>,
    /// Line ranges of clickable items, in item order.
    pub items: Vec<Range<usize>>,
    /// A line that must stay visible (the selection, the latest feedback).
    pub focus: usize,
    /// Where the terminal cursor goes: (column, line).
    pub cursor: Option<(usize, usize)>,
    /// The first line to show, for pages the learner scrolls (overrides `focus`).
    pub top: Option<usize>,
}

impl View {
    pub fn new(width: usize) -> View {
        View {
            width: width.max(1),
            ..View::default()
        }
    }

    pub fn blank(&mut self) {
        self.lines.push(Line::default());
    }

    /// Wrapped text after an optional prefix; continuation lines are indented under the text.
    pub fn para(&mut self, prefix: Vec<Span<'static>>, text: &str, style: Style) {
        let prefix_width: usize = prefix.iter().map(|s| s.content.width()).sum();
        let room = self.width.saturating_sub(prefix_width).max(1);
        let mut first = true;
        for paragraph in text.split('\n') {
            for piece in wrap(paragraph, room) {
                let mut spans = if first {
                    prefix.clone()
                } else {
                    vec![Span::raw(" ".repeat(prefix_width))]
                };
                first = false;
                spans.push(Span::styled(piece, style));
                self.lines.push(Line::from(spans));
            }
        }
        if first {
            self.lines.push(Line::from(prefix));
        }
    }

    pub fn text(&mut self, text: &str, style: Style) {
        self.para(Vec::new(), text, style);
    }

    /// Records the lines pushed by `build` as the next clickable item.
    pub fn item(&mut self, build: impl FnOnce(&mut View)) {
        let start = self.lines.len();
        build(self);
        self.items.push(start..self.lines.len());
    }

    pub fn focus_here(&mut self) {
        self.focus = self.lines.len();
    }

    /// The item on line `line`, if any.
    pub fn item_at(&self, line: usize) -> Option<usize> {
        self.items.iter().position(|r| r.contains(&line))
    }

    /// The first line to show so that `focus` is visible in `height` lines.
    pub fn scroll(&self, height: usize) -> usize {
        let max_start = self.lines.len().saturating_sub(height);
        if let Some(top) = self.top {
            return top.min(max_start);
        }
        let wanted = self.focus.saturating_sub(height.saturating_sub(1));
        wanted.min(max_start)
    }
}

/// Word wrap by display width; words longer than a line are broken by grapheme.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    crate::text::wrap::lines(text, width)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_keeps_words_whole_and_fits_the_width() {
        let lines = wrap("Ảnh sáng, rõ giúp người mua tin sản phẩm của bạn.", 16);
        assert!(lines.iter().all(|l| l.width() <= 16), "{lines:?}");
        assert_eq!(
            lines.join(" "),
            "Ảnh sáng, rõ giúp người mua tin sản phẩm của bạn."
        );
    }

    #[test]
    fn long_words_are_broken() {
        assert_eq!(wrap("abcdefghij", 4), ["abcd", "efgh", "ij"]);
    }

    #[test]
    fn empty_text_is_one_empty_line() {
        assert_eq!(wrap("", 10), [""]);
    }
}
