//! Line breaking by display width, shared by every screen and the text field: lines break
//! before a word that would not fit, a word longer than a line breaks between graphemes, and a
//! line break in the text always ends a line.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// Byte ranges of the lines of `text` at `width` columns. Spaces stay at the end of the line
/// they follow and a line break belongs to the line it ends, so the ranges cover the whole
/// text in order (a cursor anywhere has a line). Never empty.
pub fn line_ranges(text: &str, width: usize) -> Vec<Range<usize>> {
    let width = width.max(1);
    let mut lines = Vec::new();
    let mut start = 0;
    let mut used = 0;
    for (i, piece) in text.split_word_bound_indices() {
        if piece == "\n" {
            lines.push(start..i + 1);
            start = i + 1;
            used = 0;
            continue;
        }
        let w = piece.width();
        if used + w > width && used > 0 && !piece.trim().is_empty() {
            lines.push(start..i);
            start = i;
            used = 0;
        }
        if w > width {
            for (j, g) in piece.grapheme_indices(true) {
                if used + g.width() > width && used > 0 {
                    lines.push(start..i + j);
                    start = i + j;
                    used = 0;
                }
                used += g.width();
            }
        } else {
            used += w;
        }
    }
    lines.push(start..text.len());
    lines
}

/// The lines of `text` at `width` columns, without the spaces around them.
pub fn lines(text: &str, width: usize) -> Vec<String> {
    line_ranges(text, width)
        .into_iter()
        .map(|r| text[r].trim().to_string())
        .collect()
}
