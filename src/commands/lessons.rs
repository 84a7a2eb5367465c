//! `chophien lessons [PATH]`: the modules and lessons of a course in order, with the share of
//! each lesson's messages present in every language.

use std::path::Path;

use serde::Serialize;

use super::EXIT_OK;
use crate::cli::Format;
use crate::course::LessonEntry;
use crate::i18n::{Args, Localizer};

#[derive(Serialize)]
struct JsonLesson {
    id: String,
    title: Option<String>,
    available: bool,
    steps: usize,
    /// Percentage of the base language's messages present, per language.
    coverage: std::collections::BTreeMap<String, u32>,
}

#[derive(Serialize)]
struct JsonModule {
    id: String,
    title: String,
    lessons: Vec<JsonLesson>,
}

fn percent(present: usize, total: usize) -> u32 {
    (present * 100).checked_div(total).map_or(100, |p| p as u32)
}

pub fn run(loc: &Localizer, path: Option<&Path>, format: Format) -> u8 {
    let (files, loaded) = super::load_course(path);
    let course = &loaded.course;
    let chain = loaded
        .languages
        .chain(loc.wanted(), &[course.base_language.as_str()]);
    let course_text = crate::i18n::Localizer::new(&chain, |tag| course.texts.get(tag));
    let modules: Vec<JsonModule> = course
        .modules
        .iter()
        .map(|m| JsonModule {
            id: m.id.clone(),
            title: course_text.text(&m.title),
            lessons: m
                .lessons
                .iter()
                .map(|id| match course.lessons.get(id) {
                    Some(LessonEntry::Ready(lesson)) => {
                        let text = crate::i18n::Localizer::new(&chain, |tag| lesson.texts.get(tag));
                        JsonLesson {
                            id: id.clone(),
                            title: Some(text.text(&lesson.title)),
                            available: true,
                            steps: lesson.steps.len(),
                            coverage: lesson
                                .coverage
                                .iter()
                                .map(|(t, (p, n))| (t.clone(), percent(*p, *n)))
                                .collect(),
                        }
                    }
                    _ => JsonLesson {
                        id: id.clone(),
                        title: None,
                        available: false,
                        steps: 0,
                        coverage: Default::default(),
                    },
                })
                .collect(),
        })
        .collect();
    match format {
        Format::Json => match serde_json::to_string_pretty(&modules) {
            Ok(json) => println!("{json}"),
            Err(e) => super::print_error(loc, &e.to_string()),
        },
        Format::Text => {
            let mut args = Args::new();
            args.set(
                "path",
                files.display_path("").trim_end_matches('/').to_string(),
            );
            println!("{}", loc.text_with("lessons-header", &args));
            for m in &modules {
                let mut args = Args::new();
                args.set("title", m.title.clone());
                args.set("id", m.id.clone());
                println!("\n{}", loc.text_with("lessons-module", &args));
                for l in &m.lessons {
                    let mut args = Args::new();
                    if l.available {
                        args.set("count", l.steps);
                        let coverage: Vec<String> = l
                            .coverage
                            .iter()
                            .map(|(t, p)| format!("{t} {p}%"))
                            .collect();
                        println!(
                            "  {:<20} {}  [{}]  {}",
                            l.id,
                            l.title.clone().unwrap_or_default(),
                            loc.text_with("lessons-steps", &args),
                            coverage.join("  ")
                        );
                    } else {
                        let errors = match course.lessons.get(&l.id) {
                            Some(LessonEntry::Unavailable { errors }) => *errors,
                            _ => 1,
                        };
                        args.set("errors", errors);
                        println!(
                            "  {:<20} {}",
                            l.id,
                            loc.text_with("lessons-unavailable", &args)
                        );
                    }
                }
            }
        }
    }
    EXIT_OK
}
