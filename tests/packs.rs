//! Lesson packs loaded from disk exactly as `chophien --pack DIR` loads them, media included.
//!
//! The fixture pack's picture (`tests/fixtures/valid-pack/honey/media/jar.png`) is made by
//! [`jar_picture`] below: a honey jar on a table beside a window. To write it again after
//! changing the drawing, run
//! `CHOPHIEN_WRITE_FIXTURES=1 cargo test packs::the_fixture_picture`.

use std::path::{Path, PathBuf};

use chophien::app::App;
use chophien::runtime;
use chophien::ui::Theme;
use image::{Rgb, RgbImage};
use ratatui_core::style::Color;

use crate::support::{Session, buffer_text, find, temp_store};

const JAR_PNG: &str = "tests/fixtures/valid-pack/honey/media/jar.png";

const WALL: [u8; 3] = [232, 222, 200];
const SKY: [u8; 3] = [140, 195, 240];
const FRAME: [u8; 3] = [110, 80, 50];
const TABLE: [u8; 3] = [150, 105, 60];
const HONEY: [u8; 3] = [235, 155, 25];
const LID: [u8; 3] = [170, 40, 30];

/// The fixture pack's picture, 48 × 32 pixels of flat colours.
fn jar_picture() -> RgbImage {
    RgbImage::from_fn(48, 32, |x, y| {
        let colour = match (x, y) {
            (_, 26..) => TABLE,
            (28..=39, 8..=10) => LID,
            (26..=41, 11..=25) => HONEY,
            (4..=21, 3..=20) if x == 4 || x == 21 || x == 12 || y == 3 || y == 20 => FRAME,
            (5..=20, 4..=19) => SKY,
            _ => WALL,
        };
        Rgb(colour)
    })
}

fn crate_path(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
}

#[test]
fn the_fixture_picture_is_the_one_drawn_here() {
    let path = crate_path(JAR_PNG);
    if std::env::var_os("CHOPHIEN_WRITE_FIXTURES").is_some() {
        jar_picture()
            .save(&path)
            .expect("write the fixture picture");
    }
    let committed = image::open(&path)
        .expect("the fixture picture is a PNG")
        .to_rgb8();
    assert_eq!(
        committed,
        jar_picture(),
        "{JAR_PNG} differs from jar_picture(); run with CHOPHIEN_WRITE_FIXTURES=1 to rewrite it"
    );
}

/// A first run on the pack at `pack`, loaded by the same function the tutor uses.
fn tutor_on_pack(pack: &str, lang: &str) -> Session {
    let (files, loaded) = chophien::commands::load_course(Some(&crate_path(pack)));
    let (dir, store) = temp_store();
    let start = runtime::start(
        &store,
        &chophien::store::Opened::Existing,
        files,
        loaded,
        lang,
        false,
    )
    .expect("start");
    Session {
        app: App::new(start),
        store,
        theme: Theme::new(true, false),
        dir,
    }
}

#[test]
fn a_pack_read_from_disk_shows_its_picture_in_true_colour() {
    let mut s = tutor_on_pack("tests/fixtures/valid-pack", "vi");
    // Language (Vietnamese is first), name, then the first lesson: a read step with a picture.
    s.keys("<ret>Mai<ret><ret>");
    let buffer = s.render(80, 24);
    let text = buffer_text(&buffer);
    assert!(text.contains("Chào Mai."), "{text}");
    let (x, y) = find(&buffer, "▀").unwrap_or_else(|| panic!("no picture drawn:\n{text}"));
    assert!(
        matches!(buffer[(x, y)].fg, Color::Rgb(..)) && matches!(buffer[(x, y)].bg, Color::Rgb(..)),
        "half blocks carry true colours"
    );
    // The picture's own colours reach the screen: the wall, the window's sky and the honey.
    let colours: Vec<Color> = buffer
        .content()
        .iter()
        .filter(|c| c.symbol() == "▀")
        .flat_map(|c| [c.fg, c.bg])
        .collect();
    for [r, g, b] in [WALL, SKY, HONEY] {
        assert!(
            colours.contains(&Color::Rgb(r, g, b)),
            "rgb({r}, {g}, {b}) is drawn"
        );
    }
    let (_, caption) = find(&buffer, "▣ Hũ mật ong cạnh cửa sổ.").expect("the description");
    assert!(caption < y, "the description is above the picture");
}
