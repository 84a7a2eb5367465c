//! Every screen rendered at 80×24 and at the smallest usable size (60×16), compared with
//! snapshots; colours that carry meaning are asserted directly.

use chophien::app::Screen;
use ratatui_core::style::Color;

use crate::support::{Session, buffer_text, find, order_keys};

const SIZES: [(u16, u16); 2] = [(80, 24), (60, 16)];

fn snap(session: &Session, name: &str) {
    for (w, h) in SIZES {
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), session.screen(w, h));
    }
}

/// A learner named Mai who has just arrived on the home screen, in `lang`.
fn at_home(lang: &str) -> Session {
    let mut s = Session::new(lang);
    let row = if lang == "en" { "<down>" } else { "" };
    s.keys(&format!("{row}<ret>Mai<ret>"));
    assert!(
        matches!(s.app.screen, Screen::Home { .. }),
        "{:?}",
        s.app.screen
    );
    s
}

#[test]
fn first_run_shows_languages_in_their_own_names() {
    let s = Session::new("vi");
    let text = s.screen(80, 24);
    assert!(text.contains("Tiếng Việt") && text.contains("English"));
    snap(&s, "languages_first_run");
}

#[test]
fn name_entry_screen() {
    let mut s = Session::new("en");
    s.keys("<down><ret>Lò Thị Mai");
    snap(&s, "name_entry");
}

#[test]
fn home_in_vietnamese_and_english() {
    snap(&at_home("vi"), "home_vi");
    snap(&at_home("en"), "home_en");
}

#[test]
fn read_step_with_picture_description() {
    let mut s = at_home("en");
    s.keys("<ret>");
    snap(&s, "read_step");
}

#[test]
fn choice_wrong_answer_shows_the_options_feedback_and_a_hint() {
    let mut s = at_home("en");
    s.keys("<ret><ret>2<ret>");
    let buffer = s.render(80, 24);
    let (x, y) = find(&buffer, "Not quite").expect("wrong-answer mark shown");
    assert_eq!(
        buffer[(x, y)].fg,
        Color::Red,
        "a wrong answer is marked in red"
    );
    assert!(buffer_text(&buffer).contains("Hint 1:"));
    snap(&s, "choice_wrong");
}

#[test]
fn choice_right_answer_is_green() {
    let mut s = at_home("en");
    s.keys("<ret><ret>1<ret>");
    let buffer = s.render(80, 24);
    let (x, y) = find(&buffer, "Right!").expect("right-answer mark shown");
    assert_eq!(buffer[(x, y)].fg, Color::Green);
    snap(&s, "choice_right");
}

#[test]
fn text_step_while_typing() {
    let mut s = at_home("en");
    s.keys("<ret><ret>1<ret><ret><ret>whi");
    snap(&s, "text_typing");
}

#[test]
fn multi_step_with_missed_and_wrong_options() {
    let mut s = at_home("en");
    s.keys("<ret><ret>1<ret><ret><ret>white<ret><ret>13<ret>");
    snap(&s, "multi_wrong");
}

#[test]
fn order_step_half_placed_and_checked() {
    let mut s = at_home("en");
    s.keys("<ret><ret>1<ret><ret><ret>white<ret><ret>12<ret><ret><ret>1<ret><ret>");
    snap(&s, "order_empty");
    let right = order_keys(4, "photo-steps");
    let wrong: String = right.chars().rev().collect();
    s.keys(&wrong[..2]);
    snap(&s, "order_half");
}

#[test]
fn number_step_rejects_words_and_says_too_low() {
    let mut s = at_home("en");
    s.keys("<down><ret><ret>123<ret><ret>");
    s.keys("abc<ret>");
    assert!(
        s.screen(80, 24)
            .contains("Please type the number in digits, for example")
    );
    s.keys("<bs><bs><bs>100000<ret>");
    snap(&s, "number_too_low");
}

#[test]
fn revealed_answer_after_every_hint() {
    let mut s = at_home("en");
    // Step 7 of photo-light has one hint: two wrong answers reveal the right one.
    s.keys("<ret><ret>1<ret><ret><ret>white<ret><ret>12<ret><ret><ret>2<ret>3<ret>");
    assert!(s.screen(80, 24).contains("Here is the answer"));
    snap(&s, "revealed");
}

#[test]
fn lesson_finished_screen() {
    let mut s = at_home("en");
    s.keys(&crate::support::photo_light_keys());
    assert!(
        matches!(s.app.screen, Screen::Finished { .. }),
        "{:?}",
        s.app.screen
    );
    snap(&s, "finished");
}

#[test]
fn language_picker_over_a_lesson() {
    let mut s = at_home("vi");
    s.keys("<ret><f2>");
    snap(&s, "language_overlay");
}

#[test]
fn profiles_screen_lists_learners_and_new_learner() {
    let mut s = at_home("en");
    s.keys("p");
    snap(&s, "profiles");
}

#[test]
fn too_small_windows_say_so_and_never_panic() {
    let s = at_home("en");
    insta::assert_snapshot!("too_small_40x10", s.screen(40, 10));
    for (w, h) in [
        (0, 0),
        (1, 1),
        (0, 24),
        (80, 0),
        (59, 24),
        (80, 15),
        (3, 200),
        (300, 3),
    ] {
        let _ = s.render(w, h);
    }
}

#[test]
fn no_color_draws_meaning_without_colours() {
    let mut s = at_home("en");
    s.theme = chophien::ui::Theme::new(false, true);
    s.keys("<ret><ret>2<ret>");
    let buffer = s.render(80, 24);
    assert!(
        buffer
            .content()
            .iter()
            .all(|c| c.fg == Color::Reset && c.bg == Color::Reset)
    );
    snap(&s, "no_color_ascii");
}

#[test]
fn clicking_an_option_selects_it_and_the_help_bar_checks() {
    let mut s = at_home("en");
    s.keys("<ret><ret>");
    let buffer = s.render(80, 24);
    let (x, y) = find(&buffer, "Under a light bulb").expect("option shown");
    s.click(80, 24, x, y);
    let buffer = s.render(80, 24);
    let (x, y) = find(&buffer, "Check").expect("help bar shows Check");
    s.click(80, 24, x, y);
    assert!(
        s.screen(80, 24).contains("Not quite"),
        "the second option was clicked and checked"
    );
}

#[test]
fn text_missing_in_the_learners_language_is_marked_with_the_language_it_came_from() {
    let mut s = Session::with_pack("tests/fixtures/valid-pack", "en");
    s.keys("<ret>Mai<ret><ret>");
    let buffer = s.render(80, 24);
    let text = buffer_text(&buffer);
    // The intro is translated; the picture's description exists only in Vietnamese.
    assert!(
        text.contains("Hello Mai. Bright photos sell honey."),
        "{text}"
    );
    let (x, y) = find(&buffer, "(vi) Hũ mật ong cạnh cửa sổ.").expect("fallback marked");
    assert_eq!(buffer[(x, y)].fg, Color::Magenta);
    snap(&s, "fallback_marked");
}

#[test]
fn a_pack_with_broken_lessons_still_runs_the_good_ones() {
    let mut s = Session::with_pack("tests/fixtures/broken-pack", "en");
    assert!(
        s.screen(80, 24).contains("cannot be opened"),
        "the learner is told at once"
    );
    s.keys("<ret><ret>Mai<ret>");
    let text = s.screen(80, 24);
    assert!(text.contains("cannot open"), "{text}");
    snap(&s, "home_with_unavailable_lessons");
    s.keys("<ret>");
    assert!(
        s.screen(80, 24).contains("Bài này không có lỗi."),
        "the good lesson opens"
    );
}

#[test]
fn escape_sequences_in_lesson_text_show_as_harmless_symbols() {
    let mut s = Session::with_pack("tests/fixtures/valid-pack", "vi");
    s.keys("<ret>Mai<ret>");
    let buffer = s.render(80, 24);
    assert!(buffer_text(&buffer).contains("Chè \u{241b}[31mđỏ\u{241b}[0m\u{2407}"));
    assert!(
        buffer
            .content()
            .iter()
            .all(|c| !c.symbol().chars().any(char::is_control))
    );
}

#[test]
fn a_read_step_draws_its_picture_in_colour_under_the_description() {
    let mut s = at_home("en");
    s.keys("<ret>");
    let buffer = s.render(80, 24);
    let (x, y) = find(&buffer, "▀").expect("the picture is drawn");
    assert!(
        matches!(buffer[(x, y)].fg, Color::Rgb(..)) && matches!(buffer[(x, y)].bg, Color::Rgb(..))
    );
    let (_, caption) = find(&buffer, "▣").expect("the description comes first");
    assert!(caption < y);
}

/// The foreground colour of the first cell of `text` on screen.
fn colour_of(s: &Session, text: &str) -> Color {
    let buffer = s.render(80, 24);
    let (x, y) = find(&buffer, text).unwrap_or_else(|| panic!("{text:?} on screen"));
    buffer[(x, y)].fg
}

#[test]
fn each_step_type_marks_wrong_in_red_and_right_in_green() {
    // multi
    let mut s = at_home("en");
    s.keys("<ret><ret>1<ret><ret><ret>white<ret><ret>13<ret>");
    assert_eq!(colour_of(&s, "✗ Not quite"), Color::Red, "multi wrong");
    s.keys("32<ret>");
    assert_eq!(colour_of(&s, "✓ Right!"), Color::Green, "multi right");
    // order: items out of place are red, items in place green
    s.keys("<ret><ret>1<ret><ret>");
    // Placing in the order shown is never right (the shuffle is never the answer).
    s.keys("1111<ret>");
    assert_eq!(colour_of(&s, "✗ Not quite"), Color::Red, "order wrong");
    assert_eq!(colour_of(&s, "✗ 1."), Color::Red, "an item out of place");
    // text
    let mut s = at_home("en");
    s.keys("<ret><ret>1<ret><ret><ret>blue<ret>");
    assert_eq!(colour_of(&s, "✗ Not quite"), Color::Red, "text wrong");
    s.keys("<bs><bs><bs><bs>white<ret>");
    assert_eq!(colour_of(&s, "✓ Right!"), Color::Green, "text right");
    // number
    let mut s = at_home("en");
    s.keys("<down><ret><ret>123<ret><ret>100000<ret>");
    assert_eq!(colour_of(&s, "✗ Not quite"), Color::Red, "number wrong");
}

/// The role-play lesson of the fixture course, opened from home.
fn role_play(lang: &str) -> Session {
    let mut s = at_home(lang);
    s.keys("<down><down><down><ret>");
    assert!(
        s.screen(80, 24).contains(if lang == "en" {
            "Role-play"
        } else {
            "Nhập vai"
        }),
        "{}",
        s.screen(80, 24)
    );
    s
}

#[test]
fn a_role_play_shows_the_talk_a_poor_ending_in_red_and_lets_a_reply_be_taken_back() {
    let mut s = role_play("en");
    snap(&s, "scenario_start");
    s.keys("2<ret>");
    assert_eq!(colour_of(&s, "✗ Not quite"), Color::Red);
    let screen = s.screen(80, 24);
    assert!(
        screen.contains("Blaming someone else upsets her more."),
        "{screen}"
    );
    assert!(
        screen.contains("Hint 1: Start by saying sorry."),
        "{screen}"
    );
    snap(&s, "scenario_poor_ending");
    s.keys("<bs>1<ret>1<ret>");
    assert_eq!(colour_of(&s, "✓ Right!"), Color::Green);
    snap(&s, "scenario_good_ending");
}

#[test]
fn a_vietnamese_step_with_a_wrong_answer() {
    let mut s = at_home("vi");
    s.keys("<ret><ret>2<ret>");
    assert_eq!(colour_of(&s, "✗ Chưa đúng"), Color::Red);
    snap(&s, "choice_wrong_vi");
}

#[test]
fn a_failed_save_is_said_over_the_lesson() {
    let mut s = at_home("en");
    s.keys("<ret>");
    s.act(chophien::app::Action::SaveFailed("disk I/O error".into()));
    snap(&s, "notice_save_failed");
    s.keys("<ret>");
    assert!(s.app.notices.is_empty());
    assert!(s.screen(80, 24).contains("Step 1 of 8"));
}

#[test]
fn the_rename_screen_starts_with_the_learners_name() {
    let mut s = at_home("en");
    s.keys("pr");
    assert!(matches!(s.app.screen, Screen::Name { .. }));
    snap(&s, "rename");
}

/// A course of `n` one-step lessons in 4 modules, some titles long enough to wrap.
fn big_course(n: usize) -> chophien::source::Files {
    let per = n.div_ceil(4);
    let mut texts: Vec<(String, String)> = Vec::new();
    let mut course = String::from("format_version = 1\nbase_language = \"vi\"\n");
    let mut root = String::new();
    for m in 0..4 {
        let ids: Vec<String> = (m * per..((m + 1) * per).min(n))
            .map(|i| format!("\"l{i}\""))
            .collect();
        course.push_str(&format!(
            "[[modules]]\nid = \"m{m}\"\ntitle = \"m{m}\"\nlessons = [{}]\n",
            ids.join(", ")
        ));
        root.push_str(&format!("m{m} = Học phần {m}\n"));
    }
    texts.push(("course.toml".into(), course));
    texts.push(("vi.ftl".into(), root));
    for i in 0..n {
        let title = if i % 7 == 0 {
            format!("Bài {i}: chụp ảnh mật ong rừng cho thật sáng, nền trơn, đủ các mặt của hũ")
        } else {
            format!("Bài {i}")
        };
        texts.push((
            format!("l{i}/lesson.toml"),
            "title = \"title\"\n[[steps]]\ntype = \"read\"\ntext = \"t\"\n".into(),
        ));
        texts.push((format!("l{i}/vi.ftl"), format!("title = {title}\nt = T\n")));
    }
    let mut files = chophien::source::Files::from_texts(
        "",
        texts.iter().map(|(p, t)| (p.as_str(), t.as_str())),
    );
    files.add_missing_from(&chophien::source::Files::embedded_locales(), "locales/");
    files
}

#[test]
fn a_long_course_list_shows_the_same_lines_however_far_the_selection_goes() {
    use chophien::ui::{Theme, screens};
    let files = big_course(300);
    let loaded = chophien::course::load(&files);
    assert!(loaded.diagnostics.is_empty(), "{:#?}", loaded.diagnostics);
    let profile = chophien::learner::Profile {
        id: 1,
        name: "Mai".into(),
        lang: "vi".into(),
        input_method: None,
        current_lesson: None,
    };
    let mut app = chophien::app::App::new(chophien::app::Start {
        course: loaded.course,
        languages: loaded.languages,
        files,
        lang: "vi".into(),
        profiles: vec![profile.clone()],
        resume: Some((profile, chophien::learner::Progress::default())),
        notices: Vec::new(),
    });
    let theme = Theme::new(true, false);
    for (width, height) in [(40, 10), (78, 20), (198, 56)] {
        for selected in [0, 1, 9, 10, 11, 50, 150, 277, 290, 298, 299] {
            app.screen = Screen::Home { selected };
            let near = screens::view(&app, &theme, width, height);
            let whole = screens::view(&app, &theme, width, 100_000);
            let (a, b) = (near.scroll(height), whole.scroll(height));
            let shown = |v: &chophien::ui::view::View, top: usize| -> Vec<String> {
                v.lines
                    .iter()
                    .skip(top)
                    .take(height)
                    .map(|l| l.to_string())
                    .collect()
            };
            assert_eq!(
                shown(&near, a),
                shown(&whole, b),
                "{width}x{height}, row {selected}"
            );
            assert!(
                near.lines.len() < whole.lines.len() || selected < 2 * height,
                "only rows near the selection are laid out"
            );
            // A click lands on the same lesson.
            for line in 0..height {
                assert_eq!(near.item_at(a + line), whole.item_at(b + line));
            }
        }
    }
}
