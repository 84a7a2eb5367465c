//! The guard every Fluent source passes before it is parsed: fluent-syntax recurses without
//! limit and aborts the whole process (no panic hook, the terminal left raw) on about 3,000
//! nested braces, so the depth is measured first, by a plain scan.

/// Deepest `{` nesting accepted in a Fluent file; real messages need two or three.
pub const MAX_BRACE_DEPTH: usize = 16;

/// Deepest brace nesting in `source`, and the byte offset where it is reached.
pub fn brace_depth(source: &str) -> (usize, usize) {
    let (mut depth, mut max, mut at) = (0usize, 0usize, 0usize);
    for (i, c) in source.char_indices() {
        match c {
            '{' => {
                depth += 1;
                if depth > max {
                    max = depth;
                    at = i;
                }
            }
            '}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    (max, at)
}
