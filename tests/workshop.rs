//! The workshops: each screen with good and bad values at 80×24 and 60×16, the colours that
//! carry meaning, a learner who goes from nothing to an exported listing for their honey, and
//! a restart that shows the work as it was.

use std::path::{Path, PathBuf};
use std::process::Command;

use chophien::app::workshop::{Page, Tool};
use chophien::app::{Action, Screen};
use chophien::store;
use ratatui_core::style::Color;

use crate::support::{Session, buffer_text, find};

const SIZES: [(u16, u16); 2] = [(80, 24), (60, 16)];

fn snap(session: &Session, name: &str) {
    for (w, h) in SIZES {
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), session.screen(w, h));
    }
}

/// Mai on the home screen, in `lang`.
fn at_home(lang: &str) -> Session {
    let mut s = Session::new(lang);
    let row = if lang == "en" { "<down>" } else { "" };
    s.keys(&format!("{row}<ret>Mai<ret>"));
    assert!(matches!(s.app.screen, Screen::Home { .. }));
    s
}

/// Opens tool number `n` (1–4) from home.
fn open_tool(s: &mut Session, n: u8) {
    s.keys(&format!("w{n}"));
    // The picker lists this computer's pictures; tests show a fixed list instead.
    s.act(Action::PhotosListed(vec!["Pictures/honey-jar.jpg".into()]));
}

fn tool(s: &Session) -> Option<Tool> {
    match &s.app.screen {
        Screen::Workshop(ws) => match ws.page {
            Page::Tool(t) => Some(t),
            Page::Menu { .. } => None,
        },
        _ => None,
    }
}

/// The honey price sheet: cost, 2 hours at 20.000 ₫, jar, no shipping, 5 % returns,
/// TikTok Shop, 15 % profit, a 10 % voucher.
const HONEY_PRICES: &str = "120000<tab>2<tab>20000<tab>5000<tab>0<tab>5<tab><tab>15<tab>10%";

/// A PNG written under `target/` (a relative path, so the screen is the same on every
/// machine): bright white background with a dark square product filling most of it.
fn honey_photo(name: &str) -> String {
    let rel = format!("target/ws-tests/{name}");
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(&rel);
    std::fs::create_dir_all(path.parent().expect("folder")).expect("folder");
    let img = image::RgbImage::from_fn(800, 800, |x, y| {
        let inside = (100..700).contains(&x) && (100..700).contains(&y);
        if inside {
            // Stripes give the photo sharp edges.
            if (x / 20 + y / 20) % 2 == 0 {
                image::Rgb([200, 140, 30])
            } else {
                image::Rgb([120, 70, 10])
            }
        } else {
            image::Rgb([255, 255, 255])
        }
    });
    img.save(&path).expect("photo written");
    rel
}

#[test]
fn the_menu_lists_the_four_tools_and_is_opened_with_w() {
    let mut s = at_home("en");
    assert!(
        s.screen(80, 24).contains("My shop"),
        "the help bar offers W"
    );
    s.keys("w");
    let text = s.screen(80, 24);
    for label in ["Price sheet", "Product story", "Photo check", "Listing kit"] {
        assert!(text.contains(label), "{label}\n{text}");
    }
    snap(&s, "workshop_menu");
}

#[test]
fn price_sheet_with_good_values_shows_the_price_in_green() {
    let mut s = at_home("vi");
    open_tool(&mut s, 1);
    s.keys(HONEY_PRICES);
    let buffer = s.render(80, 24);
    let text = buffer_text(&buffer);
    // Money in Vietnamese groups digits with dots.
    let (x, y) = find(&buffer, "Giá bán:").expect("price shown");
    let value_x = x + "Giá bán: ".chars().count() as u16;
    assert_eq!(buffer[(value_x, y)].fg, Color::Green, "{text}");
    assert!(text.contains(".000 ₫"), "{text}");
    snap(&s, "workshop_price_good");
}

#[test]
fn price_sheet_with_bad_values_says_what_is_wrong_on_each_field_in_red() {
    let mut s = at_home("en");
    open_tool(&mut s, 1);
    s.keys("<tab>two<tab>-5<tab><tab><tab><tab><tab>95");
    let buffer = s.render(80, 24);
    let text = buffer_text(&buffer);
    for message in [
        "Please write a number here.",
        "This is not a number.",
        "This cannot be below zero.",
    ] {
        assert!(text.contains(message), "{message}\n{text}");
    }
    let (x, y) = find(&buffer, "This is not a number.").expect("shown");
    assert_eq!(buffer[(x, y)].fg, Color::Red);
    snap(&s, "workshop_price_bad");
    // A margin that takes all of the price is told on the margin field.
    let mut s = at_home("en");
    open_tool(&mut s, 1);
    s.keys("100000<tab><tab><tab><tab><tab><tab><tab>95");
    let text = s.screen(80, 24);
    assert!(text.contains("Ask for less profit."), "{text}");
    assert!(text.contains("105.5 %"), "{text}");
}

#[test]
fn price_sheet_absurd_values_and_the_platform_cycle() {
    let mut s = at_home("en");
    open_tool(&mut s, 1);
    s.keys("5000000000<tab><tab><tab><tab><tab><tab>");
    let text = s.screen(80, 24);
    assert!(
        text.contains("This is too big. At most 1,000,000,000 ₫"),
        "{text}"
    );
    assert!(text.contains("TikTok Shop"), "{text}");
    s.keys("<right>");
    assert!(s.screen(80, 24).contains("Shopee"));
}

fn type_story(s: &mut Session) {
    let answers = [
        "Honey",
        "Ta Van",
        "500 g",
        "Wild honey from the forest, in a glass jar of 500 g.",
        "My family keeps bees in Ta Van village, Lao Cai.",
        "We take the honey once a year, in spring, by hand.",
        "It is thick and dark, from forest flowers.",
        "Keep it dry and closed. Use it in tea.",
        "Made in Lao Cai. Keeps 2 years. Returns within 7 days if broken.",
    ];
    for (i, answer) in answers.iter().enumerate() {
        if i > 0 {
            s.keys("<tab>");
        }
        // Pasted, as a learner who copies from a note would.
        s.act(Action::Type((*answer).to_string()));
    }
}

#[test]
fn product_story_builds_the_title_and_names_each_problem() {
    let mut s = at_home("en");
    open_tool(&mut s, 2);
    type_story(&mut s);
    let text = s.screen(80, 24);
    assert!(text.contains("Product story"), "{text}");
    snap(&s, "workshop_story_good");
    // A cure claim and a phone number, each told in its own words.
    s.keys("<up><up><up>");
    s.act(Action::Type(" It cures coughs. Call 0912345678.".into()));
    let state = format!("{:?}", s.app.screen);
    assert!(state.contains("cures coughs"), "{state}");
    // Down past the last question shows the whole result.
    s.keys("<down><down><down><down><down>");
    let big = s.screen(80, 24);
    assert!(big.contains("food cannot cure"), "{big}");
    assert!(big.contains("no phone numbers"), "{big}");
    snap(&s, "workshop_story_bad");
}

#[test]
fn product_story_takes_telex() {
    let mut s = at_home("vi");
    open_tool(&mut s, 2);
    s.keys("Maatj ong");
    let Screen::Workshop(ws) = &s.app.screen else {
        panic!("workshop")
    };
    assert_eq!(ws.form.text(0), "Mật ong");
}

#[test]
fn photo_check_shows_verdicts_and_the_picker() {
    let mut s = at_home("en");
    open_tool(&mut s, 3);
    let good = honey_photo("honey-good.png");
    s.act(Action::Type(good));
    s.keys("<ret>");
    let buffer = s.render(80, 24);
    let text = buffer_text(&buffer);
    assert!(text.contains("honey-good.png"), "{text}");
    snap(&s, "workshop_photo_checked");
    // A file that is not there.
    let mut s = at_home("en");
    open_tool(&mut s, 3);
    s.act(Action::Type("Pictures/nothing.jpg\u{7}".into()));
    s.keys("<ret>");
    let buffer = s.render(80, 24);
    let (x, y) = find(&buffer, "there is no such file").expect("told");
    assert_eq!(buffer[(x, y)].fg, Color::Red);
    assert!(!buffer_text(&buffer).contains('\u{7}'));
    snap(&s, "workshop_photo_missing");
    // The picker: Down goes into the list.
    s.keys("<down>");
    assert!(matches!(
        s.app.screen,
        Screen::Workshop(ref ws) if ws.photo.picked == Some(0)
    ));
}

#[test]
fn listing_kit_without_work_says_what_to_make_first() {
    let mut s = at_home("en");
    open_tool(&mut s, 4);
    let text = s.screen(80, 24);
    assert!(text.contains("No product story yet"), "{text}");
    snap(&s, "workshop_kit_empty");
}

/// A learner makes their honey listing with keys alone: price sheet, story, a photo, then
/// looks at the listing kit.
fn make_honey_listing(s: &mut Session) {
    open_tool(s, 1);
    s.keys(HONEY_PRICES);
    s.keys("<esc>");
    assert_eq!(tool(s), None, "back on the menu");
    s.keys("2");
    type_story(s);
    s.keys("<esc>3");
    let photo = honey_photo("honey-flow.png");
    s.act(Action::Type(photo));
    s.keys("<ret><esc>4");
    assert_eq!(tool(s), Some(Tool::Listing));
}

#[test]
fn from_nothing_to_an_exported_listing_for_honey() {
    let mut s = at_home("en");
    make_honey_listing(&mut s);
    let text = s.screen(80, 24);
    assert!(text.contains("Honey Ta Van 500 g"), "{text}");
    snap(&s, "workshop_kit_honey");
    let data = s.dir.path().to_path_buf();
    let out: PathBuf = data.join("honey.txt");
    let run = Command::new(env!("CARGO_BIN_EXE_chophien"))
        .args(["--lang", "en", "export", "listing", "--profile", "Mai"])
        .arg("--out")
        .arg(&out)
        .arg("--data-dir")
        .arg(&data)
        .output()
        .expect("runs");
    assert_eq!(
        run.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(String::from_utf8_lossy(&run.stdout).contains("Listing written"));
    let listing = std::fs::read_to_string(&out).expect("text written");
    assert!(listing.starts_with("Honey Ta Van 500 g\n"), "{listing}");
    assert!(listing.contains("Price: "), "{listing}");
    assert!(listing.contains("honey-flow.png"), "{listing}");
    let mut csv = csv::Reader::from_path(data.join("honey.csv")).expect("csv");
    let rows: Vec<csv::StringRecord> = csv.records().map(|r| r.expect("row")).collect();
    assert_eq!(rows.len(), 1);
    assert_eq!(&rows[0][0], "Honey Ta Van 500 g");
    let price: i64 = rows[0][2].parse().expect("price in đồng");
    assert!(price > 120_000, "{price}");
    // Unknown learners and learners without a listing are refused.
    let run = Command::new(env!("CARGO_BIN_EXE_chophien"))
        .args(["--lang", "en", "export", "listing", "--profile", "Nobody"])
        .arg("--data-dir")
        .arg(&data)
        .output()
        .expect("runs");
    assert_eq!(run.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&run.stderr).contains("no learner called Nobody"));
}

#[test]
fn reopening_the_tutor_shows_the_work_as_it_was() {
    let mut s = at_home("en");
    make_honey_listing(&mut s);
    s.keys("<esc>1");
    let before = s.screen(80, 24);
    let Session { dir, store, .. } = s;
    drop(store);
    let (store, _) = store::open(dir.path()).expect("reopen");
    let mut s = Session::resume(dir, store, "en");
    assert!(matches!(s.app.screen, Screen::Home { .. }));
    s.keys("w1");
    assert_eq!(s.screen(80, 24), before);
}

#[test]
fn a_workshop_step_opens_its_tool_and_is_done_when_the_work_exists() {
    let mut s = at_home("en");
    // The last lesson on the list: "My own shop".
    let rows = s.app.lesson_rows().len();
    let down = "<down>".repeat(rows);
    s.keys(&format!("{down}<ret><ret>"));
    let text = s.screen(80, 24);
    assert!(
        text.contains("Press Enter to open your price sheet"),
        "{text}"
    );
    snap(&s, "workshop_step");
    s.keys("<ret>");
    assert_eq!(tool(&s), Some(Tool::PriceSheet));
    // Back without work: the step is not done.
    s.keys("<esc>");
    assert!(matches!(s.app.screen, Screen::Lesson(_)));
    assert!(
        !s.app
            .progress
            .done_steps
            .get("my-shop")
            .is_some_and(|d| !d.is_empty() && d.len() > 1)
    );
    s.keys("<ret>");
    s.keys(HONEY_PRICES);
    s.keys("<esc>");
    let Screen::Lesson(player) = &s.app.screen else {
        panic!("back on the step")
    };
    assert!(player.state.status.is_done());
    let buffer = s.render(80, 24);
    let (x, y) = find(&buffer, "Your work is saved.").expect("told");
    assert_eq!(buffer[(x, y)].fg, Color::Green);
    // Enter goes on to the next step.
    s.keys("<ret>");
    let Screen::Lesson(player) = &s.app.screen else {
        panic!("still in the lesson")
    };
    assert_eq!(player.index, 2);
}

#[test]
fn the_listing_kit_scrolls_line_by_line() {
    let mut s = at_home("en");
    make_honey_listing(&mut s);
    let top = s.screen(60, 16);
    s.keys("<down>");
    let next = s.screen(60, 16);
    assert_ne!(top, next);
    assert!(
        next.contains("Honey Ta Van 500 g") || next.contains("Your price"),
        "{next}"
    );
    s.keys(&"<down>".repeat(60));
    assert!(
        s.screen(60, 16).contains("export listing"),
        "{}",
        s.screen(60, 16)
    );
}
