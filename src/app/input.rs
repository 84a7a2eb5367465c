//! A one-line text field that edits by grapheme, so a decomposed "ệ" is one step for the
//! cursor and for backspace. Input is cleaned (NFC, no control characters) as it arrives;
//! the field keeps the learner's text exactly as they wrote it otherwise.

use unicode_normalization::UnicodeNormalization;
use unicode_segmentation::UnicodeSegmentation;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LineInput {
    text: String,
    /// Cursor position in graphemes.
    cursor: usize,
    /// Longest text accepted, in graphemes.
    pub max_len: usize,
}

impl LineInput {
    pub fn new(max_len: usize) -> LineInput {
        LineInput {
            text: String::new(),
            cursor: 0,
            max_len,
        }
    }

    pub fn with_text(text: &str, max_len: usize) -> LineInput {
        let mut input = LineInput::new(max_len);
        input.insert(text);
        input
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn cursor(&self) -> usize {
        self.cursor
    }

    pub fn is_blank(&self) -> bool {
        self.text.trim().is_empty()
    }

    fn len(&self) -> usize {
        self.text.graphemes(true).count()
    }

    fn byte_at(&self, grapheme: usize) -> usize {
        self.text
            .grapheme_indices(true)
            .nth(grapheme)
            .map_or(self.text.len(), |(i, _)| i)
    }

    /// Inserts typed or pasted text at the cursor (line breaks become spaces).
    pub fn insert(&mut self, typed: &str) {
        let clean = crate::text::clean_line(typed);
        let room = self.max_len.saturating_sub(self.len());
        let piece: String = clean.graphemes(true).take(room).collect();
        let at = self.byte_at(self.cursor);
        let before_len = self.len();
        self.text.insert_str(at, &piece);
        self.text = self.text.nfc().collect();
        // Combining marks merge into the previous grapheme, so count what really grew.
        self.cursor = (self.cursor + self.len()).saturating_sub(before_len);
        self.cursor = self.cursor.min(self.len());
    }

    pub fn backspace(&mut self) {
        if self.cursor == 0 {
            return;
        }
        let start = self.byte_at(self.cursor - 1);
        let end = self.byte_at(self.cursor);
        self.text.replace_range(start..end, "");
        self.cursor -= 1;
    }

    pub fn delete(&mut self) {
        if self.cursor >= self.len() {
            return;
        }
        let start = self.byte_at(self.cursor);
        let end = self.byte_at(self.cursor + 1);
        self.text.replace_range(start..end, "");
    }

    pub fn left(&mut self) {
        self.cursor = self.cursor.saturating_sub(1);
    }

    pub fn right(&mut self) {
        self.cursor = (self.cursor + 1).min(self.len());
    }

    pub fn home(&mut self) {
        self.cursor = 0;
    }

    pub fn end(&mut self) {
        self.cursor = self.len();
    }

    /// The text before the cursor (for placing the terminal cursor).
    pub fn before_cursor(&self) -> &str {
        &self.text[..self.byte_at(self.cursor)]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backspace_removes_a_whole_decomposed_letter() {
        let mut input = LineInput::new(100);
        input.insert("Vie\u{323}\u{302}t");
        assert_eq!(input.text(), "Việt");
        input.left();
        input.backspace();
        assert_eq!(input.text(), "Vit");
        assert_eq!(input.cursor(), 2);
    }

    #[test]
    fn combining_marks_typed_one_by_one_join_the_letter() {
        let mut input = LineInput::new(100);
        for piece in ["m", "e", "\u{323}", "\u{302}", "t"] {
            input.insert(piece);
        }
        assert_eq!(input.text(), "mệt");
        assert_eq!(input.cursor(), 3);
    }

    #[test]
    fn control_characters_never_enter_the_field() {
        let mut input = LineInput::new(100);
        input.insert("a\u{1b}[2Jb\nc");
        assert_eq!(input.text(), "a\u{241b}[2Jb c");
    }

    #[test]
    fn the_length_limit_is_kept() {
        let mut input = LineInput::new(3);
        input.insert("mật ong");
        assert_eq!(input.text(), "mật");
    }

    #[test]
    fn cursor_moves_and_edits_in_the_middle() {
        let mut input = LineInput::with_text("chè", 10);
        input.home();
        input.right();
        input.insert("x");
        assert_eq!(input.text(), "cxhè");
        input.end();
        input.delete();
        input.left();
        input.delete();
        assert_eq!(input.text(), "cxh");
        assert_eq!(input.before_cursor(), "cxh");
    }
}
