//! Learner journeys through the real store: what is saved, when, and what comes back.

use chophien::app::{Notice, Screen};
use chophien::store;

use crate::support::{Session, photo_light_keys, temp_store};

#[test]
fn a_new_learner_finishes_the_starter_module_with_keys_alone() {
    let mut s = Session::new("en");
    s.keys("<down><ret>Mai<ret>");
    s.keys(&photo_light_keys());
    s.keys("<ret>"); // finished screen → home, next lesson selected
    // price-basics: read, multi 1-3, number, read, choice, number, read, choice 3.
    s.keys(
        "<ret><ret>123<ret><ret>117000<ret><ret><ret>1<ret><ret>120.000<ret><ret><ret>3<ret><ret>",
    );
    assert!(
        matches!(s.app.screen, Screen::Finished { .. }),
        "{:?}",
        s.app.screen
    );
    s.keys("<ret>");
    let order = crate::support::order_keys(4, "story-order");
    let story = "Cardamom from my village in Sin Ho. We pick it by hand in autumn and dry it over the kitchen fire for ten days. Use it in pho.";
    s.keys(&format!(
        "<ret><ret><ret>{order}<ret><ret><ret>13<ret><ret>2<ret><ret>{story}<ret><ret>"
    ));
    assert!(
        matches!(s.app.screen, Screen::Finished { .. }),
        "{:?}",
        s.app.screen
    );
    let id = s.app.profile().map(|p| p.id).expect("profile");
    let progress = s.store.progress(id).expect("progress");
    assert_eq!(progress.finished.len(), 3, "{progress:?}");
}

#[test]
fn the_learner_comes_back_to_the_exact_step() {
    let (dir, store) = temp_store();
    let mut s = Session::resume(dir, store, "en");
    s.keys("<down><ret>Mai<ret><ret><ret>1<ret><ret><ret>");
    let Screen::Lesson(player) = &s.app.screen else {
        panic!("in a lesson")
    };
    assert_eq!(player.index, 3);
    let Session { dir, store, .. } = s;
    drop(store);
    let (store, _) = store::open(dir.path()).expect("reopen");
    let s = Session::resume(dir, store, "en");
    let Screen::Lesson(player) = &s.app.screen else {
        panic!("resumed into the lesson, got {:?}", s.app.screen)
    };
    assert_eq!(
        (player.lesson_id.as_str(), player.index),
        ("photo-light", 3)
    );
}

#[test]
fn every_attempt_is_recorded_before_the_feedback_shows() {
    let mut s = Session::new("en");
    s.keys("<down><ret>Mai<ret><ret><ret>2<ret>3<ret>1<ret>");
    let id = s.app.profile().map(|p| p.id).expect("profile");
    assert_eq!(
        s.store
            .attempt_count(id, "photo-light", "best-place")
            .expect("count"),
        3
    );
    assert!(s.screen(80, 24).contains("Right!"));
}

#[test]
fn going_home_keeps_the_step_and_several_learners_pick_themselves() {
    let mut s = Session::new("vi");
    s.keys("<ret>Mai<ret><ret><ret>1<ret><ret><esc>");
    assert!(matches!(s.app.screen, Screen::Home { .. }));
    s.keys("pn");
    s.keys("Sáu<ret>");
    assert_eq!(s.app.profile().map(|p| p.name.as_str()), Some("Sáu"));
    let Session { dir, store, .. } = s;
    let mut s = Session::resume(dir, store, "vi");
    assert!(
        matches!(s.app.screen, Screen::Profiles { .. }),
        "two learners: the picker comes first"
    );
    // The list is most recently used first: Sáu, then Mai.
    s.keys("<down><ret><ret>");
    let Screen::Lesson(player) = &s.app.screen else {
        panic!("Mai's lesson, got {:?}", s.app.screen)
    };
    assert_eq!(player.index, 2);
}

#[test]
fn renaming_a_learner_is_saved() {
    let mut s = Session::new("en");
    s.keys("<down><ret>Mai<ret>pr<bs><bs><bs>Lò Thị Mai<ret>");
    let names: Vec<String> = s
        .store
        .profiles()
        .expect("profiles")
        .into_iter()
        .map(|p| p.name)
        .collect();
    assert_eq!(names, ["Lò Thị Mai"]);
}

#[test]
fn switching_language_mid_lesson_changes_the_text_and_is_saved() {
    let mut s = Session::new("vi");
    s.keys("<ret>Mai<ret><ret><f2><down><ret>");
    assert!(s.screen(80, 24).contains("Step 1 of 8"));
    assert_eq!(s.store.profiles().expect("profiles")[0].lang, "en");
}

#[test]
fn a_damaged_database_is_moved_aside_and_the_learner_is_told() {
    let dir = tempfile::tempdir().expect("dir");
    std::fs::write(dir.path().join(store::DB_FILE), vec![0xAB; 8192]).expect("write junk");
    // Start-up as the tutor does it: the store is opened, then the app is told what it found.
    let mut s = crate::support::start_in(dir, "en");
    let [Notice::DatabaseMoved { path }] = &s.app.notices[..] else {
        panic!("{:?}", s.app.notices)
    };
    assert_eq!(std::fs::read(path).expect("kept").len(), 8192);
    assert!(s.screen(80, 24).contains("damaged"));
    // The folder's name changes with every run; the snapshot shows a fixed one.
    s.app.notices[0] = Notice::DatabaseMoved {
        path: "C:\\chophien\\progress.db.damaged-1796080298".into(),
    };
    insta::assert_snapshot!("notice_database_moved_80x24", s.screen(80, 24));
    s.keys("<ret>");
    assert!(s.app.notices.is_empty());
    assert!(matches!(s.app.screen, Screen::Languages { .. }));
}
