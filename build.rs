//! Embeds the built-in course (`lessons/`) and the interface text (`locales/`) in the binary:
//! writes `$OUT_DIR/embedded.rs`, a table of every file with `include_str!` for text (so it is
//! checked as UTF-8 when the program is built, not each time it starts) and `include_bytes!`
//! for pictures. Written here because the crate that did this (include_dir) gives bytes only,
//! which the tutor had to check and copy at every start.
//!
//! Also asks the linker to place the code a start runs side by side, at the front of the
//! program ([`order_startup_code`]).

use std::path::{Path, PathBuf};

fn main() {
    // This script builds both the program (the package at the top of the repository) and the
    // library the tests use (lib/, one folder down): the course is at the top for both.
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let program = std::env::var("CARGO_PKG_NAME").is_ok_and(|name| name == "chophien");
    let root = match manifest.parent() {
        Some(top) if !program => top.to_path_buf(),
        _ => manifest,
    };
    let mut text = Vec::new();
    let mut media = Vec::new();
    for (folder, prefix) in [("lessons", ""), ("locales", "locales/")] {
        println!("cargo:rerun-if-changed={}", root.join(folder).display());
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
    if program {
        order_startup_code(&root);
    }
}

/// The kernel maps a program's code in 64 KB blocks around each page that runs, so the 1 MB
/// of code a start runs, spread over 6 MB, kept nearly all of it in memory. The functions in
/// `link/startup-order.txt` (written by `tools/order-startup-code.py`) are put first, together.
/// Only for release builds linked by rust-lld, the default on x86-64 Linux since Rust 1.90,
/// and only when nobody chose another linker: the option is lld's. A name the list has and the
/// program has not is skipped quietly, so an old list costs memory, never the build.
fn order_startup_code(root: &Path) {
    let list = root.join("link").join("startup-order.txt");
    println!("cargo:rerun-if-changed={}", list.display());
    println!("cargo:rerun-if-env-changed=CARGO_TARGET_X86_64_UNKNOWN_LINUX_GNU_LINKER");
    let var = |name: &str| std::env::var(name).unwrap_or_default();
    let chosen_linker = var("CARGO_ENCODED_RUSTFLAGS").contains("link")
        || std::env::var_os("CARGO_TARGET_X86_64_UNKNOWN_LINUX_GNU_LINKER").is_some();
    if var("PROFILE") != "release"
        || var("TARGET") != "x86_64-unknown-linux-gnu"
        || chosen_linker
        || !rustc_links_with_lld()
        || !list.is_file()
    {
        return;
    }
    let list = list.display();
    println!("cargo:rustc-link-arg-bin=chophien=-Wl,--symbol-ordering-file={list}");
    println!("cargo:rustc-link-arg-bin=chophien=-Wl,--no-warn-symbol-ordering");
}

/// Whether rustc is 1.90 or later, which links with its own lld on x86-64 Linux.
fn rustc_links_with_lld() -> bool {
    let rustc = std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let Ok(out) = std::process::Command::new(rustc).arg("-V").output() else {
        return false;
    };
    // "rustc 1.95.0 (59807616e 2026-04-14)"
    let version = String::from_utf8_lossy(&out.stdout);
    let mut numbers = version
        .split_whitespace()
        .nth(1)
        .unwrap_or_default()
        .split('.')
        .map(|n| n.parse::<u32>().unwrap_or(0));
    let (major, minor) = (numbers.next().unwrap_or(0), numbers.next().unwrap_or(0));
    major > 1 || (major == 1 && minor >= 90)
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
