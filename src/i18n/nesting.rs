//! The guard every Fluent source passes before it is parsed: fluent-syntax recurses without
//! limit and aborts the whole process (no panic hook, the terminal left raw) on about 3,000
//! nested braces, so the depth is measured first, by a plain scan.

/// Deepest `{` nesting accepted in a Fluent file; real messages need two or three.
pub const MAX_BRACE_DEPTH: usize = 16;

/// Deepest brace nesting in `source`, and the byte offset where it is reached.
pub fn brace_depth(source: &str) -> (usize, usize) {
    let (mut depth, mut max, mut at) = (0usize, 0usize, 0usize);
    // Bytes, not chars: `{` and `}` are ASCII, and no byte of a longer UTF-8 sequence is
    // below 0x80, so every match is the character itself.
    for (i, b) in source.bytes().enumerate() {
        match b {
            b'{' => {
                depth += 1;
                if depth > max {
                    max = depth;
                    at = i;
                }
            }
            b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    (max, at)
}
