//! The lesson index: a second start takes unchanged lessons from it and gives the same
//! course; a changed, broken or damaged anything is loaded again from the files.

use std::path::Path;

use chophien::course::index::Index;
use chophien::course::{LessonEntry, Loaded, load, load_indexed};
use chophien::source::Files;

use crate::support::{COURSE, copy_dir};

const BUILD: &str = "test build";

/// A copy of the fixture course to change.
fn pack() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("dir");
    copy_dir(Path::new(COURSE), dir.path());
    dir
}

/// The course as the learner gets it, and what `check` would say, as comparable text.
fn shape(loaded: &Loaded) -> String {
    format!("{:#?}\n{:#?}", loaded.course.lessons, loaded.diagnostics)
}

/// Loads `dir` with the index `bytes` (none: an empty index); returns the load and the index
/// to write, if it changed.
fn start(dir: &Path, bytes: Option<&[u8]>) -> (Loaded, Option<Vec<u8>>) {
    let files = Files::read_folder(dir);
    let index = match bytes {
        Some(bytes) => Index::read(BUILD, bytes),
        None => Index::new(BUILD),
    };
    let loaded = load_indexed(&files, Some(&index));
    (loaded, index.to_write())
}

fn ready(loaded: &Loaded) -> usize {
    loaded
        .course
        .lessons
        .values()
        .filter(|l| matches!(l, LessonEntry::Ready(_)))
        .count()
}

#[test]
fn a_second_start_takes_every_unchanged_lesson_from_the_index_and_gives_the_same_course() {
    let dir = pack();
    let (first, written) = start(dir.path(), None);
    let written = written.expect("a first start writes the index");
    assert!(ready(&first) >= 5, "{}", shape(&first));
    let (second, again) = start(dir.path(), Some(&written));
    assert_eq!(again, None, "every lesson came from the index");
    assert_eq!(shape(&second), shape(&first));
    assert_eq!(
        shape(&second),
        shape(&load(&Files::read_folder(dir.path())))
    );
}

#[test]
fn a_changed_lesson_text_is_read_again_and_shown() {
    let dir = pack();
    let (_, written) = start(dir.path(), None);
    let file = dir.path().join("price-basics/vi.ftl");
    let text = std::fs::read_to_string(&file).expect("read");
    std::fs::write(&file, format!("{text}\nextra-line = Mật ong bạc hà\n")).expect("write");
    let (loaded, again) = start(dir.path(), written.as_deref());
    assert!(again.is_some(), "the changed lesson is indexed again");
    let Some(lesson) = loaded.course.lesson("price-basics") else {
        panic!("price-basics is ready");
    };
    assert!(
        lesson.texts.by_lang["vi"]
            .source()
            .contains("Mật ong bạc hà")
    );
    assert_eq!(
        shape(&loaded),
        shape(&load(&Files::read_folder(dir.path())))
    );
}

#[test]
fn a_lesson_broken_after_indexing_is_unavailable_and_its_problem_reported() {
    let dir = pack();
    let (_, written) = start(dir.path(), None);
    let file = dir.path().join("price-basics/lesson.toml");
    let toml = std::fs::read_to_string(&file).expect("read");
    std::fs::write(&file, toml.replacen("[[steps]]", "[steps]", 1)).expect("write");
    let (loaded, _) = start(dir.path(), written.as_deref());
    assert!(matches!(
        loaded.course.lessons.get("price-basics"),
        Some(LessonEntry::Unavailable { .. })
    ));
    assert!(loaded.error_count() > 0);
}

#[test]
fn a_picture_removed_after_indexing_makes_its_lesson_unavailable() {
    let dir = pack();
    let (_, written) = start(dir.path(), None);
    std::fs::remove_file(dir.path().join("photo-light/media/bright-vs-dark.png")).expect("rm");
    let (loaded, _) = start(dir.path(), written.as_deref());
    assert!(matches!(
        loaded.course.lessons.get("photo-light"),
        Some(LessonEntry::Unavailable { .. })
    ));
}

#[test]
fn a_damaged_index_or_one_from_another_build_is_a_miss() {
    let dir = pack();
    let (first, written) = start(dir.path(), None);
    let written = written.expect("index");
    for bytes in [
        b"{\"format\": 1, \"build\": \"test build\", \"lessons\": {\"zz\": 3}}".to_vec(),
        b"\x00\xff not json".to_vec(),
        written[..written.len() / 2].to_vec(),
    ] {
        let (loaded, again) = start(dir.path(), Some(&bytes));
        assert_eq!(shape(&loaded), shape(&first));
        assert!(again.is_some(), "everything loaded again");
    }
    let files = Files::read_folder(dir.path());
    let other = Index::read("another build", &written);
    let loaded = load_indexed(&files, Some(&other));
    assert_eq!(shape(&loaded), shape(&first));
    assert!(
        other.to_write().is_some(),
        "nothing taken from another build's index"
    );
}

#[test]
fn a_lesson_with_a_warning_is_never_indexed() {
    let dir = pack();
    // A message only in Vietnamese is a warning (not translated): the lesson still plays.
    let file = dir.path().join("price-basics/vi.ftl");
    let text = std::fs::read_to_string(&file).expect("read");
    std::fs::write(&file, format!("{text}\nnever-used = Chè Shan tuyết\n")).expect("write");
    let (first, written) = start(dir.path(), None);
    assert!(first.course.lesson("price-basics").is_some());
    assert!(
        first
            .diagnostics
            .iter()
            .any(|d| d.path.contains("price-basics") && !d.is_error()),
        "{:#?}",
        first.diagnostics
    );
    let written = written.expect("index");
    assert_eq!(Index::read(BUILD, &written).len(), ready(&first) - 1);
    let (second, _) = start(dir.path(), Some(&written));
    assert_eq!(shape(&second), shape(&first), "its warning is still there");
}

#[test]
fn the_tutor_keeps_its_index_in_the_data_folder_and_a_second_start_does_not_rewrite_it() {
    let dir = pack();
    let data = tempfile::tempdir().expect("data");
    let (_, first) = chophien::commands::tutor_course(Some(dir.path()), Some(data.path()));
    let index = data.path().join("lesson-index.json");
    let written = std::fs::metadata(&index).expect("index written");
    let (_, second) = chophien::commands::tutor_course(Some(dir.path()), Some(data.path()));
    assert_eq!(shape(&second), shape(&first));
    let again = std::fs::metadata(&index).expect("index");
    assert_eq!(
        again.modified().ok(),
        written.modified().ok(),
        "not written again"
    );
    let leftovers: Vec<_> = std::fs::read_dir(data.path())
        .expect("list")
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty());
}

#[test]
fn a_start_from_the_index_reads_no_lesson_text_and_decodes_no_steps_until_they_are_used() {
    let dir = pack();
    let data = tempfile::tempdir().expect("data");
    let _ = chophien::commands::tutor_course(Some(dir.path()), Some(data.path()));
    let (files, second) = chophien::commands::tutor_course(Some(dir.path()), Some(data.path()));
    let lesson = |id: &str| match second.course.lessons.get(id) {
        Some(LessonEntry::Ready(l)) => l,
        other => panic!("{id}: {other:?}"),
    };
    let pack_lessons: Vec<&String> = second
        .course
        .lessons
        .keys()
        .filter(|id| files.exists(&format!("{id}/lesson.toml")) && dir.path().join(id).is_dir())
        .collect();
    assert!(pack_lessons.len() >= 5);
    for id in &pack_lessons {
        assert!(
            !lesson(id).steps.is_decoded(),
            "{id}: steps decoded at start"
        );
        assert!(
            !files.is_read(&format!("{id}/lesson.toml")),
            "{id}: lesson.toml read"
        );
        assert!(!files.is_read(&format!("{id}/en.ftl")), "{id}: en.ftl read");
    }
    // The course list shows titles from the index, without reading the lesson's text.
    for id in &pack_lessons {
        let l = lesson(id);
        for (tag, text) in &l.texts.by_lang {
            assert!(text.message(&l.title).is_some(), "{id} {tag}");
            assert!(
                !files.is_read(&format!("{id}/{tag}.ftl")),
                "{id}/{tag}.ftl read"
            );
        }
    }
    // Used, they are there as a load from the files gives them.
    let id = pack_lessons[0];
    let fresh = load(&Files::read_folder(dir.path()));
    let Some(LessonEntry::Ready(expected)) = fresh.course.lessons.get(id.as_str()) else {
        panic!("{id} loads");
    };
    assert_eq!(lesson(id).steps, expected.steps);
    assert!(lesson(id).texts.get("en").is_some());
}

#[test]
fn an_entry_that_points_outside_the_index_file_is_a_miss_for_its_lesson_only() {
    let dir = pack();
    let (first, written) = start(dir.path(), None);
    let text = String::from_utf8(written.expect("index")).expect("UTF-8");
    let (header, body) = text.split_once('\n').expect("a header line");
    let mut header: serde_json::Value = serde_json::from_str(header).expect("JSON");
    let lessons = header["lessons"].as_object_mut().expect("lessons");
    let kept = lessons.len();
    let key = lessons.keys().next().cloned().expect("a lesson");
    // Its steps would end one byte after the file.
    let start_of_steps = lessons[&key][2].as_u64().expect("a number") as usize;
    lessons[&key][3] = serde_json::json!(body.len() - start_of_steps + 1);
    let edited = format!("{header}\n{body}");
    let index = Index::read(BUILD, edited.as_bytes());
    assert_eq!(index.len(), kept - 1);
    let (loaded, again) = start(dir.path(), Some(edited.as_bytes()));
    assert_eq!(shape(&loaded), shape(&first));
    let again = again.expect("the lesson loaded again is written again");
    assert_eq!(Index::read(BUILD, &again).len(), kept);
}
