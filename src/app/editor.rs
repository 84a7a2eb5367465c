//! The text field for names, numbers, answers and product stories: several lines with word
//! wrap, a cursor that moves and deletes by grapheme (a decomposed "ệ" is one step), paste, and
//! the built-in Telex / VNI input methods.
//!
//! Written here rather than taken from ratatui-textarea: that crate edits by `char`, so
//! combining marks from decomposed input split from their letter, and it has no place for an
//! input method that rewrites the word being typed. This field keeps the text NFC at all
//! times, merges a combining mark into the letter before it, and lets a [`WordComposer`]
//! replace the word under composition. Text that arrives already composed (Unikey, ibus, a
//! paste, or a method that sends backspace and then the finished letter) is inserted as it is
//! and never transformed again: any non-ASCII key, paste or cursor move ends the word, and only
//! words the built-in method wrote are ever taken up again.
//!
//! Taking a word up again works as in Unikey: Backspace inside a word the method wrote keeps
//! composing what is left of it (`vieet`, Backspace, `ts` gives "viết"), and with the cursor
//! just after such a word (moved back with ←, or Backspace over the space) a tone or mark key
//! changes that word instead of starting a new one.

use std::ops::Range;

use unicode_normalization::UnicodeNormalization;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use crate::text::input_method::{InputMethod, TonePlacement, WordComposer};

/// How keys become letters: the input method and where tones go.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Typing {
    pub method: InputMethod,
    pub placement: TonePlacement,
}

impl Typing {
    /// What a learner starts with: Telex for Vietnamese; off for other languages, whose
    /// spelling Telex would garble (H'Mông writes tones as final letters).
    pub fn default_for(lang: &str) -> Typing {
        let method = if lang == "vi" {
            InputMethod::Telex
        } else {
            InputMethod::Off
        };
        Typing {
            method,
            placement: TonePlacement::New,
        }
    }

    /// The saved form, `"telex new"`.
    pub fn to_setting(self) -> String {
        format!("{} {}", self.method.as_str(), self.placement.as_str())
    }

    /// Reads a saved setting; anything unreadable gives the default for `lang`.
    pub fn from_setting(setting: Option<&str>, lang: &str) -> Typing {
        let default = Typing::default_for(lang);
        let Some(setting) = setting else {
            return default;
        };
        let mut parts = setting.split_whitespace();
        let method = parts
            .next()
            .and_then(|m| m.parse().ok())
            .unwrap_or(default.method);
        let placement = parts
            .next()
            .and_then(|p| p.parse().ok())
            .unwrap_or(default.placement);
        Typing { method, placement }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextField {
    text: String,
    /// Byte offset of the cursor, always on a grapheme boundary.
    cursor: usize,
    /// Longest text accepted, in graphemes.
    max_len: usize,
    multiline: bool,
    composer: WordComposer,
    /// Where the word being composed starts (valid while the composer is not empty or
    /// `resume` is set).
    word_start: usize,
    /// Backspace removed a letter of the word `word_start..cursor`, which the input method
    /// wrote: the next key goes on composing what is left of it.
    resume: bool,
    /// Byte ranges of the text the input method wrote (sorted, apart, on character
    /// boundaries). Only words inside them are taken up again.
    typed: Vec<Range<usize>>,
}

impl TextField {
    pub fn new(max_len: usize, multiline: bool) -> TextField {
        TextField {
            max_len,
            multiline,
            ..TextField::default()
        }
    }

    pub fn with_text(text: &str, max_len: usize, multiline: bool) -> TextField {
        let mut field = TextField::new(max_len, multiline);
        field.insert(text);
        field
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn is_blank(&self) -> bool {
        self.text.trim().is_empty()
    }

    fn len(&self) -> usize {
        self.text.graphemes(true).count()
    }

    /// One key typed by the learner, passed through the input method.
    pub fn type_key(&mut self, key: char, typing: Typing) {
        if typing.method != InputMethod::Off && key.is_ascii_alphanumeric() {
            let (start, mut trial) = self.word_for(key, typing);
            if let Some(word) = trial.push(key, typing.method, typing.placement) {
                let grown = self.len() - self.text[start..self.cursor].graphemes(true).count()
                    + word.graphemes(true).count();
                if grown > self.max_len {
                    return;
                }
                self.composer = trial;
                self.word_start = start;
                self.resume = false;
                self.splice(start..self.cursor, &word);
                self.cursor = start + word.len();
                self.mark_typed(start..self.cursor);
                if self.renormalize() {
                    // A mark after the cursor joined the word: it is no longer ours to rewrite.
                    self.end_word();
                }
                return;
            }
        }
        self.insert(&key.to_string());
    }

    /// Where the word that `key` goes into starts, and the composer holding that word before
    /// the key: the word being composed; the word Backspace left; the word the method wrote
    /// just before the cursor when `key` changes it (a tone or a mark); else a new word.
    fn word_for(&self, key: char, typing: Typing) -> (usize, WordComposer) {
        let (method, placement) = (typing.method, typing.placement);
        if self.resume {
            let mut composer = self.composer.clone();
            if composer.resume(&self.text[self.word_start..self.cursor], method, placement) {
                return (self.word_start, composer);
            }
        } else if !self.composer.is_empty() {
            return (self.word_start, self.composer.clone());
        } else if let Some(start) = self.typed_word_start() {
            let word = &self.text[start..self.cursor];
            let mut composer = WordComposer::new();
            if composer.resume(word, method, placement) {
                let mut trial = composer.clone();
                let changed = trial
                    .push(key, method, placement)
                    .is_some_and(|shown| shown != format!("{word}{key}"));
                if changed {
                    return (start, composer);
                }
            }
        }
        (self.cursor, WordComposer::new())
    }

    /// The start of the word just before the cursor, when the cursor is at its end and the
    /// input method wrote it (a paste or a system input method's letters are never taken up).
    fn typed_word_start(&self) -> Option<usize> {
        if self.text[self.cursor..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric)
        {
            return None;
        }
        let range = self
            .typed
            .iter()
            .find(|r| r.start < self.cursor && self.cursor <= r.end)?;
        let start = self.text[range.start..self.cursor]
            .char_indices()
            .rev()
            .take_while(|&(_, c)| c.is_alphanumeric())
            .last()
            .map(|(i, _)| range.start + i)?;
        Some(start)
    }

    /// Ends the word being composed: the next key starts a new one.
    fn end_word(&mut self) {
        self.composer.reset();
        self.resume = false;
    }

    /// Replaces `range` of the text with `with`, keeping the record of typed text in step:
    /// what was replaced is no longer typed, what follows moves.
    fn splice(&mut self, range: Range<usize>, with: &str) {
        self.text.replace_range(range.clone(), with);
        let moved = |at: usize| at - range.end + range.start + with.len();
        let mut kept: Vec<Range<usize>> = Vec::with_capacity(self.typed.len() + 1);
        let mut keep = |r: Range<usize>| match kept.last_mut() {
            Some(last) if last.end == r.start => last.end = r.end,
            _ => kept.push(r),
        };
        for r in std::mem::take(&mut self.typed) {
            if r.start < range.start {
                keep(r.start..r.end.min(range.start));
            }
            if r.end > range.end {
                keep(moved(r.start.max(range.end))..moved(r.end));
            }
        }
        self.typed = kept;
    }

    /// Records `range` as written by the input method.
    fn mark_typed(&mut self, range: Range<usize>) {
        if range.is_empty() {
            return;
        }
        let at = self.typed.partition_point(|r| r.end < range.start);
        let mut merged = range;
        while let Some(r) = self.typed.get(at).filter(|r| r.start <= merged.end) {
            merged = merged.start.min(r.start)..merged.end.max(r.end);
            self.typed.remove(at);
        }
        self.typed.insert(at, merged);
    }

    /// Inserts text as it is (a paste, a letter from a system input method): cleaned of
    /// control characters, NFC, combining marks joined to the letter before them.
    pub fn insert(&mut self, typed: &str) {
        self.end_word();
        let cleaned = if self.multiline {
            crate::text::clean(typed)
        } else {
            crate::text::clean_line(typed)
        };
        let room = self.max_len.saturating_sub(self.len());
        let piece: String = cleaned.graphemes(true).take(room.max(1)).collect();
        let (before, after) = self.text.split_at(self.cursor);
        let joined: String = format!("{before}{piece}").nfc().collect();
        let candidate = format!("{joined}{after}");
        if candidate.graphemes(true).count() > self.max_len {
            return;
        }
        let same = common_prefix(before, &joined);
        let inserted = joined[same..].to_owned();
        self.splice(same..self.cursor, &inserted);
        self.cursor = joined.len();
        let _ = self.renormalize();
    }

    /// Keeps the text NFC after an edit joined a combining mark to a new neighbour, with the
    /// cursor after the same number of graphemes as before.
    fn renormalize(&mut self) -> bool {
        let nfc: String = self.text.nfc().collect();
        if nfc == self.text {
            return false;
        }
        let before = self.text[..self.cursor].graphemes(true).count();
        let head = common_prefix(&self.text, &nfc);
        let tail = common_suffix(&self.text[head..], &nfc[head..]);
        let (old_end, new_end) = (self.text.len() - tail, nfc.len() - tail);
        self.splice(head..old_end, &nfc[head..new_end]);
        self.cursor = self
            .text
            .grapheme_indices(true)
            .nth(before)
            .map_or(self.text.len(), |(i, _)| i);
        true
    }

    pub fn newline(&mut self) {
        if self.multiline {
            self.insert("\n");
        }
    }

    fn prev_boundary(&self) -> usize {
        self.text[..self.cursor]
            .grapheme_indices(true)
            .next_back()
            .map_or(0, |(i, _)| i)
    }

    fn next_boundary(&self) -> usize {
        self.text[self.cursor..]
            .graphemes(true)
            .next()
            .map_or(self.cursor, |g| self.cursor + g.len())
    }

    /// Removes the grapheme before the cursor. Inside a word the input method wrote (the one
    /// being composed, or a finished one the cursor is at the end of) the next key goes on
    /// composing what is left of the word.
    pub fn backspace(&mut self) {
        let composing = !self.composer.is_empty() || self.resume;
        let start = self.prev_boundary();
        self.splice(start..self.cursor, "");
        self.cursor = start;
        if self.renormalize() {
            self.end_word();
            return;
        }
        if composing && self.word_start < self.cursor {
            self.resume = true;
        } else if let Some(word_start) = self.typed_word_start() {
            self.composer.reset();
            self.word_start = word_start;
            self.resume = true;
        } else {
            self.end_word();
        }
    }

    pub fn delete(&mut self) {
        self.end_word();
        let end = self.next_boundary();
        self.splice(self.cursor..end, "");
        let _ = self.renormalize();
    }

    pub fn left(&mut self) {
        self.end_word();
        self.cursor = self.prev_boundary();
    }

    pub fn right(&mut self) {
        self.end_word();
        self.cursor = self.next_boundary();
    }

    pub fn home(&mut self, width: usize) {
        self.end_word();
        let lines = self.visual_lines(width);
        self.cursor = lines[self.cursor_line(&lines)].start;
    }

    pub fn end(&mut self, width: usize) {
        self.end_word();
        let lines = self.visual_lines(width);
        let line = &lines[self.cursor_line(&lines)];
        self.cursor = self.text[line.clone()].trim_end_matches('\n').len() + line.start;
    }

    /// Moves to the line above (`up`) or below, keeping the column where possible.
    pub fn vertical(&mut self, width: usize, up: bool) {
        self.end_word();
        let lines = self.visual_lines(width);
        let row = self.cursor_line(&lines);
        let target = if up {
            row.checked_sub(1)
        } else {
            Some(row + 1).filter(|r| *r < lines.len())
        };
        let Some(target) = target else { return };
        let col = self.text[lines[row].start..self.cursor].width();
        let line = &lines[target];
        let mut at = line.start;
        for (i, g) in self.text[line.clone()].grapheme_indices(true) {
            if g == "\n" || self.text[line.start..line.start + i].width() + g.width() > col {
                break;
            }
            at = line.start + i + g.len();
        }
        self.cursor = at;
    }

    /// Byte ranges of the lines as shown at `width` columns: paragraphs split at line breaks,
    /// then wrapped where UAX #14 allows a break (long words by grapheme). Never empty.
    pub fn visual_lines(&self, width: usize) -> Vec<Range<usize>> {
        crate::text::wrap::line_ranges(&self.text, width)
    }

    /// The visual line the cursor is on: the last one starting at or before it.
    fn cursor_line(&self, lines: &[Range<usize>]) -> usize {
        lines
            .iter()
            .rposition(|l| l.start <= self.cursor)
            .unwrap_or(0)
    }

    /// The cursor as (column, line) at `width` columns.
    pub fn cursor_at(&self, width: usize) -> (usize, usize) {
        let lines = self.visual_lines(width);
        let row = self.cursor_line(&lines);
        let col = self.text[lines[row].start..self.cursor].width();
        (col.min(width.saturating_sub(1)), row)
    }
}

/// Length in bytes of the longest common start of `a` and `b`, on a character boundary.
fn common_prefix(a: &str, b: &str) -> usize {
    let mut n = a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
    while !a.is_char_boundary(n) || !b.is_char_boundary(n) {
        n -= 1;
    }
    n
}

/// Length in bytes of the longest common end of `a` and `b`, on a character boundary.
fn common_suffix(a: &str, b: &str) -> usize {
    let mut n = a
        .bytes()
        .rev()
        .zip(b.bytes().rev())
        .take_while(|(x, y)| x == y)
        .count();
    while !a.is_char_boundary(a.len() - n) || !b.is_char_boundary(b.len() - n) {
        n -= 1;
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    const TELEX: Typing = Typing {
        method: InputMethod::Telex,
        placement: TonePlacement::New,
    };
    const OFF: Typing = Typing {
        method: InputMethod::Off,
        placement: TonePlacement::New,
    };
    const VNI: Typing = Typing {
        method: InputMethod::Vni,
        placement: TonePlacement::New,
    };

    /// Types `keys` into a new field; `⌫` is Backspace, `←` and `→` move the cursor.
    fn edited(keys: &str, typing: Typing) -> String {
        let mut field = TextField::new(500, true);
        for c in keys.chars() {
            match c {
                '⌫' => field.backspace(),
                '←' => field.left(),
                '→' => field.right(),
                _ => field.type_key(c, typing),
            }
        }
        field.text().to_string()
    }

    fn typed(keys: &str, typing: Typing) -> String {
        let mut field = TextField::new(500, true);
        for c in keys.chars() {
            field.type_key(c, typing);
        }
        field.text().to_string()
    }

    #[test]
    fn telex_keys_become_vietnamese_words_as_they_are_typed() {
        assert_eq!(
            typed("Maatj ong runwgf Sif Hoof", TELEX),
            "Mật ong rừng Sì Hồ"
        );
        assert_eq!(typed("Vieejt Nam", TELEX), "Việt Nam");
    }

    #[test]
    fn backspace_inside_a_word_keeps_composing_in_telex() {
        assert_eq!(edited("vieet⌫", TELEX), "viê");
        assert_eq!(edited("vieet⌫ts", TELEX), "viết");
        assert_eq!(edited("Maij⌫", TELEX), "Mạ");
        assert_eq!(edited("Maij⌫ix", TELEX), "Mãi");
        assert_eq!(edited("trawng⌫⌫ngs", TELEX), "trắng");
        assert_eq!(edited("nguwowif⌫ix", TELEX), "ngưỡi");
        assert_eq!(edited("xin chaof⌫o", TELEX), "xin chào");
        // An undone change stays undone: "ass" is "as", and "s" after Backspace is a tone again.
        assert_eq!(edited("ass⌫s", TELEX), "á");
        assert_eq!(edited("asss⌫s", TELEX), "ass");
    }

    #[test]
    fn backspace_inside_a_word_keeps_composing_in_vni() {
        assert_eq!(edited("vie6t⌫", VNI), "viê");
        assert_eq!(edited("vie6t⌫t1", VNI), "viết");
        assert_eq!(edited("Mai5⌫", VNI), "Mạ");
        assert_eq!(edited("Mai5⌫i4", VNI), "Mãi");
        assert_eq!(edited("tra8ng⌫⌫ng1", VNI), "trắng");
        assert_eq!(edited("ngu7o7i2⌫i4", VNI), "ngưỡi");
    }

    #[test]
    fn a_tone_or_mark_key_at_the_end_of_a_finished_word_changes_it_in_telex() {
        // Moved back with ←.
        assert_eq!(edited("viet ←s", TELEX), "viét ");
        assert_eq!(edited("thuong ←w", TELEX), "thương ");
        assert_eq!(edited("Vieet Nam←←←←j", TELEX), "Việt Nam");
        assert_eq!(edited("dduong ←w", TELEX), "đương ");
        // Backspace over the space.
        assert_eq!(edited("viet ⌫s", TELEX), "viét");
        assert_eq!(edited("vieet ⌫s", TELEX), "viết");
        assert_eq!(edited("ca ⌫ns", TELEX), "cán");
        assert_eq!(edited("Maij ⌫⌫ix", TELEX), "Mãi");
        // A key that changes nothing there starts a new word, as before.
        assert_eq!(edited("viet ←w", TELEX), "vietư ");
        assert_eq!(edited("viet ←nam", TELEX), "vietnam ");
        // In the middle of a word the key is a new word too.
        assert_eq!(edited("vit ←←s", TELEX), "vist ");
    }

    #[test]
    fn a_tone_or_mark_key_at_the_end_of_a_finished_word_changes_it_in_vni() {
        assert_eq!(edited("viet ←1", VNI), "viét ");
        assert_eq!(edited("viet ←65", VNI), "việt ");
        assert_eq!(edited("Vie6t Nam←←←←5", VNI), "Việt Nam");
        assert_eq!(edited("viet ⌫65", VNI), "việt");
        assert_eq!(edited("Mai5 ⌫⌫i4", VNI), "Mãi");
    }

    #[test]
    fn words_that_came_from_elsewhere_are_never_taken_up_again() {
        // Pasted, then the cursor moved back to its end.
        let mut field = TextField::new(100, false);
        field.insert("viet ");
        field.left();
        field.type_key('s', TELEX);
        assert_eq!(field.text(), "viets ");
        // Pasted, then Backspace over the space.
        let mut field = TextField::with_text("Mai ", 100, false);
        field.backspace();
        field.type_key('j', TELEX);
        assert_eq!(field.text(), "Maij");
        // A letter from a system input method in the middle of the word.
        let mut field = TextField::new(100, false);
        for c in ['v', 'i', 'ê', 't', ' '] {
            field.type_key(c, TELEX);
        }
        field.backspace();
        field.type_key('s', TELEX);
        assert_eq!(field.text(), "viêts");
        // Typed with the method off.
        assert_eq!(
            {
                let mut field = TextField::new(100, false);
                for c in "viet ".chars() {
                    field.type_key(c, OFF);
                }
                field.backspace();
                field.type_key('s', TELEX);
                field.text().to_string()
            },
            "viets"
        );
    }

    #[test]
    fn with_the_method_off_keys_are_the_text() {
        assert_eq!(typed("Vieejt", OFF), "Vieejt");
    }

    #[test]
    fn composed_letters_from_a_system_input_method_are_never_transformed_again() {
        let mut field = TextField::new(100, false);
        // Unikey: "a", then on the second "a" a backspace and the finished "â".
        field.type_key('a', TELEX);
        field.backspace();
        field.type_key('â', TELEX);
        field.type_key('s', TELEX);
        assert_eq!(field.text(), "âs");
        let mut field = TextField::new(100, false);
        field.insert("Việt");
        field.type_key('s', TELEX);
        assert_eq!(field.text(), "Việts");
    }

    #[test]
    fn backspace_removes_a_whole_decomposed_letter() {
        let mut field = TextField::new(100, false);
        field.insert("Vie\u{323}\u{302}t");
        assert_eq!(field.text(), "Việt");
        field.left();
        field.backspace();
        assert_eq!(field.text(), "Vit");
    }

    #[test]
    fn combining_marks_typed_one_by_one_join_the_letter() {
        let mut field = TextField::new(100, false);
        for c in ['m', 'e', '\u{323}', '\u{302}', 't'] {
            field.type_key(c, OFF);
        }
        assert_eq!(field.text(), "mệt");
        assert_eq!(field.cursor_at(80), (3, 0));
    }

    #[test]
    fn control_characters_never_enter_the_field() {
        let mut field = TextField::new(100, false);
        field.insert("a\u{1b}[2Jb\nc");
        assert_eq!(field.text(), "a\u{241b}[2Jb c");
    }

    #[test]
    fn the_length_limit_holds_for_typing_and_paste() {
        let mut field = TextField::new(3, false);
        field.insert("mật ong");
        assert_eq!(field.text(), "mật");
        field.type_key('x', TELEX);
        assert_eq!(field.text(), "mật");
    }

    #[test]
    fn long_text_wraps_at_words_and_the_cursor_follows() {
        let field = TextField::with_text("Chè Shan tuyết hái ở Sìn Hồ", 100, true);
        let lines: Vec<&str> = field
            .visual_lines(10)
            .into_iter()
            .map(|r| &field.text()[r])
            .collect();
        assert_eq!(lines, ["Chè Shan ", "tuyết hái ", "ở Sìn Hồ"]);
        assert_eq!(field.cursor_at(10), (8, 2));
    }

    #[test]
    fn punctuation_wraps_with_its_word_and_the_cursor_follows() {
        let mut field = TextField::with_text("Mật ong rừng. Giá (mỗi lít)", 100, true);
        let lines: Vec<&str> = field
            .visual_lines(12)
            .into_iter()
            .map(|r| &field.text()[r])
            .collect();
        assert_eq!(lines, ["Mật ong ", "rừng. Giá ", "(mỗi lít)"]);
        assert_eq!(field.cursor_at(12), (9, 2));
        field.home(12);
        assert_eq!(field.cursor_at(12), (0, 2));
        field.vertical(12, true);
        assert_eq!(field.cursor_at(12), (0, 1));
        for _ in 0..5 {
            field.right();
        }
        assert_eq!(field.cursor_at(12), (5, 1));
        field.type_key('!', OFF);
        assert_eq!(field.text(), "Mật ong rừng.! Giá (mỗi lít)");
    }

    #[test]
    fn line_breaks_start_new_lines_and_up_down_move_between_them() {
        let mut field = TextField::with_text("mật ong\nchè", 100, true);
        assert_eq!(field.cursor_at(40), (3, 1));
        field.vertical(40, true);
        assert_eq!(field.cursor_at(40), (3, 0));
        field.type_key('!', OFF);
        assert_eq!(field.text(), "mật! ong\nchè");
        field.vertical(40, false);
        field.end(40);
        assert_eq!(field.cursor_at(40), (3, 1));
    }

    #[test]
    fn single_line_fields_turn_breaks_into_spaces() {
        let mut field = TextField::new(100, false);
        field.insert("a\nb");
        field.newline();
        assert_eq!(field.text(), "a b");
    }

    #[test]
    fn tay_and_tai_viet_text_edit_and_wrap_by_grapheme() {
        // Tày Latin uses marks Vietnamese lacks (macron below, double grave); Tai Viet has
        // its own script with combining vowel signs.
        let mut field = TextField::with_text("Slíp ma\u{331}c ꪼꪕ ꪹꪕꪸ", 100, true);
        let lines = field.visual_lines(6);
        assert!(
            lines
                .iter()
                .all(|r| field.text()[r.clone()].trim_end().width() <= 6)
        );
        // A Tai Viet consonant with its vowel sign is one grapheme: they go together.
        field.backspace();
        assert_eq!(field.text(), "Slíp ma\u{331}c ꪼꪕ ꪹ");
        field.home(80);
        for _ in 0..7 {
            field.right();
        }
        field.backspace();
        assert_eq!(
            field.text(),
            "Slíp mc ꪼꪕ ꪹ",
            "a with its mark below went as one"
        );
    }

    #[test]
    fn saved_typing_settings_are_read_back() {
        let t = Typing {
            method: InputMethod::Vni,
            placement: TonePlacement::Old,
        };
        assert_eq!(Typing::from_setting(Some(&t.to_setting()), "vi"), t);
        assert_eq!(
            Typing::from_setting(Some("nonsense"), "vi").method,
            InputMethod::Telex
        );
        assert_eq!(Typing::from_setting(None, "en").method, InputMethod::Off);
    }

    proptest::proptest! {
        #[test]
        fn any_keys_and_pastes_give_nfc_text_without_panic(
            keys in proptest::collection::vec(proptest::prelude::any::<char>(), 0..60),
            ops in proptest::collection::vec(0u8..12, 0..60),
            width in 1usize..30,
        ) {
            let mut field = TextField::new(40, true);
            let methods = [InputMethod::Telex, InputMethod::Vni, InputMethod::Off];
            for (i, key) in keys.iter().enumerate() {
                let typing = Typing { method: methods[i % 3], placement: if i % 2 == 0 { TonePlacement::New } else { TonePlacement::Old } };
                match ops.get(i).copied().unwrap_or(0) {
                    0 => field.backspace(),
                    1 => field.left(),
                    2 => field.vertical(width, true),
                    3 => field.insert(&format!("{key}\u{301}")),
                    4 => field.newline(),
                    5 => field.delete(),
                    6 => field.end(width),
                    _ => field.type_key(*key, typing),
                }
                let nfc: String = field.text().nfc().collect();
                proptest::prop_assert_eq!(field.text(), nfc.as_str());
                let mut end = 0;
                for r in &field.typed {
                    proptest::prop_assert!(end <= r.start && r.start < r.end && r.end <= field.text().len());
                    proptest::prop_assert!(field.text().is_char_boundary(r.start) && field.text().is_char_boundary(r.end));
                    end = r.end + 1;
                }
                if field.resume {
                    proptest::prop_assert!(field.word_start < field.cursor);
                }
                proptest::prop_assert!(field.text().is_char_boundary(field.cursor));
                proptest::prop_assert!(!field.text().chars().any(|c| c.is_control() && c != '\n'));
                let _ = field.cursor_at(width);
            }
        }
    }
}
