//! Embeds the built-in course (`lessons/`) and the interface text (`locales/`) in the binary:
//! writes `$OUT_DIR/embedded.rs`, a table of every file with `include_str!` for text (so it is
//! checked as UTF-8 when the program is built, not each time it starts) and `include_bytes!`
//! for pictures. Written here because the crate that did this (include_dir) gives bytes only,
//! which the tutor had to check and copy at every start.

use std::path::{Path, PathBuf};

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let mut text = Vec::new();
    let mut media = Vec::new();
    for (folder, prefix) in [("lessons", ""), ("locales", "locales/")] {
        println!("cargo:rerun-if-changed={folder}");
        walk(
            &root.join(folder),
            &root.join(folder),
            prefix,
            &mut text,
            &mut media,
        );
    }
    text.sort();
    media.sort();
    let mut out = String::from("/// Text files: path in the course, content.\n");
    out.push_str("pub(crate) static EMBEDDED_TEXT: &[(&str, &str)] = &[\n");
    for (path, full) in &text {
        out.push_str(&format!("    ({path:?}, include_str!({full:?})),\n"));
    }
    out.push_str("];\n/// Pictures and other media: path in the course, bytes.\n");
    out.push_str("pub(crate) static EMBEDDED_MEDIA: &[(&str, &[u8])] = &[\n");
    for (path, full) in &media {
        out.push_str(&format!("    ({path:?}, include_bytes!({full:?})),\n"));
    }
    out.push_str("];\n");
    let dest = PathBuf::from(std::env::var("OUT_DIR").expect("set by cargo")).join("embedded.rs");
    std::fs::write(dest, out).expect("write embedded.rs");
}

fn walk(
    root: &Path,
    dir: &Path,
    prefix: &str,
    text: &mut Vec<(String, String)>,
    media: &mut Vec<(String, String)>,
) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            walk(root, &path, prefix, text, media);
            continue;
        }
        let relative = path
            .strip_prefix(root)
            .expect("inside the root")
            .to_string_lossy()
            .replace('\\', "/");
        let full = path.to_string_lossy().into_owned();
        let is_text = [".toml", ".ftl", ".md"]
            .iter()
            .any(|e| relative.ends_with(e));
        let list = if is_text { &mut *text } else { &mut *media };
        list.push((format!("{prefix}{relative}"), full));
    }
}
