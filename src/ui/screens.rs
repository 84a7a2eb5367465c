//! One view builder per screen. Each reads the app and returns a [`View`]; none changes state.

mod class;
pub(crate) mod player;
mod workshop;

use ratatui_core::style::Style;
use ratatui_core::text::Span;

use super::theme::Theme;
use super::view::View;
use crate::app::{App, LessonState, NamePurpose, Notice, Screen, TextField};
use crate::i18n::{Args, ReviewStatus, Text};

/// The view of the current screen at `width` columns, for a body `height` lines high.
pub fn view(app: &App, theme: &Theme, width: usize, height: usize) -> View {
    match &app.screen {
        Screen::Languages { selected, .. } => languages_view(app, theme, width, *selected),
        Screen::Name { input, purpose } => name_view(app, theme, width, input, purpose),
        Screen::Profiles { selected } => profiles_view(app, theme, width, *selected),
        Screen::Home { selected } => home_view(app, theme, width, height, *selected),
        Screen::Lesson(p) => player::view(app, theme, width, p),
        Screen::Finished { lesson } => finished_view(app, theme, width, lesson),
        Screen::TrainerPin(entry) => class::pin_view(app, theme, width, entry),
        Screen::Class(screen) => class::class_view(app, theme, width, screen),
        Screen::Workshop(ws) => workshop::view(app, theme, width, ws),
    }
}

/// A paragraph of text, marked with its language tag when it came from a fallback language.
pub fn fallback_para(
    view: &mut View,
    theme: &Theme,
    text: &Text,
    style: Style,
    mut prefix: Vec<Span<'static>>,
) {
    if text.fallback {
        prefix.push(Span::styled(format!("({}) ", text.lang), theme.fallback()));
    }
    view.para(prefix, &text.value, style);
}

/// A selectable row: a pointer on the selected one, a muted label (a number, a glyph), the
/// text, and an optional note after it.
pub fn row(
    view: &mut View,
    theme: &Theme,
    selected: bool,
    label: String,
    text: &Text,
    note: Option<(String, Style)>,
) {
    let pointer = if selected { theme.glyphs.pointer } else { " " };
    if selected {
        view.focus_here();
    }
    let style = if selected {
        theme.selected()
    } else {
        theme.base()
    };
    let prefix = vec![
        Span::raw(format!("{pointer} ")),
        Span::styled(label, theme.muted()),
    ];
    let start = view.lines.len();
    fallback_para(view, theme, text, style, prefix);
    if let Some((note, style)) = note
        && let Some(line) = view.lines.get_mut(start)
    {
        line.spans.push(Span::raw("  "));
        line.spans.push(Span::styled(note, style));
    }
}

pub fn languages_view(app: &App, theme: &Theme, width: usize, selected: usize) -> View {
    let mut view = View::new(width);
    view.text(&app.ui.text("languages-title"), theme.heading());
    view.blank();
    for (i, lang) in app.languages.all().iter().enumerate() {
        let draft = (lang.status == ReviewStatus::Draft)
            .then(|| (app.ui.text("language-draft"), theme.muted()));
        let name = Text::plain(lang.name.clone());
        view.item(|v| row(v, theme, i == selected, format!("{} ", i + 1), &name, draft));
    }
    view
}

fn name_view(
    app: &App,
    theme: &Theme,
    width: usize,
    input: &TextField,
    purpose: &NamePurpose,
) -> View {
    let mut view = View::new(width);
    let title = match purpose {
        NamePurpose::NewProfile => "name-title",
        NamePurpose::Rename(_) => "rename-title",
    };
    view.text(&app.ui.text(title), theme.heading());
    view.blank();
    field_lines(&mut view, theme, input, None);
    view.blank();
    view.text(&app.ui.text("name-hint"), theme.muted());
    view
}

/// A text field as wrapped lines after a "> " prompt, with the cursor placed in it.
pub fn field_lines(view: &mut View, theme: &Theme, field: &TextField, unit: Option<&str>) {
    let prompt = "> ";
    let room = view.width.saturating_sub(prompt.len()).max(1);
    let first = view.lines.len();
    let ranges = field.visual_lines(room);
    let last = ranges.len() - 1;
    for (i, range) in ranges.into_iter().enumerate() {
        let lead = if i == 0 {
            Span::styled(prompt, theme.prompt())
        } else {
            Span::raw("  ")
        };
        let piece = field.text()[range].trim_end_matches('\n').to_string();
        let mut spans = vec![lead, Span::styled(piece, theme.input())];
        if i == last {
            spans.push(Span::styled(" ", theme.input()));
            if let Some(unit) = unit {
                spans.push(Span::styled(format!(" {unit}"), theme.muted()));
            }
        }
        view.lines.push(ratatui_core::text::Line::from(spans));
    }
    let (col, row) = field.cursor_at(room);
    view.cursor = Some((prompt.len() + col, first + row));
    view.focus = first + row;
}

fn profiles_view(app: &App, theme: &Theme, width: usize, selected: usize) -> View {
    let mut view = View::new(width);
    view.text(&app.ui.text("profiles-title"), theme.heading());
    view.blank();
    for (i, p) in app.profiles.iter().enumerate() {
        let lang = app
            .languages
            .get(&p.lang)
            .map(|l| (l.name.clone(), theme.muted()));
        let name = Text::plain(p.name.clone());
        view.item(|v| row(v, theme, i == selected, format!("{} ", i + 1), &name, lang));
    }
    let new_row = app.profiles.len();
    view.item(|v| {
        row(
            v,
            theme,
            new_row == selected,
            format!("{} ", new_row + 1),
            &Text::plain(app.ui.text("profiles-new")),
            None,
        )
    });
    view
}

fn home_view(app: &App, theme: &Theme, width: usize, height: usize, selected: usize) -> View {
    let mut view = View::new(width);
    let mut args = Args::new();
    args.set("name", app.learner_name());
    view.text(&app.ui.text_with("home-greeting", &args), theme.heading());
    if app.course.replaces_course {
        let mut args = Args::new();
        args.set("pack", app.files.pack_name());
        view.text(
            &app.ui.text_with("home-replaced-course", &args),
            theme.muted(),
        );
    }
    let rows = app.lesson_rows();
    let mut module = usize::MAX;
    // The words for a lesson's state are the same on every row: formatted once per frame,
    // not once per lesson (a pack may list a thousand).
    let new = app.ui.text("lesson-new");
    let finished = app.ui.text("lesson-finished");
    let unavailable = app.ui.text("lesson-unavailable");
    let mut started: std::collections::HashMap<(usize, usize), String> = Default::default();
    // The screen keeps the selected row on its last line or above, and a row is at least one
    // line: rows further than a screen's height above the selection are never on it. A list of
    // a thousand lessons lays out only those near the selection (items keep their numbers).
    // Rows after the selection show only while the list is scrolled to its top.
    let reach = height + 2;
    let after = if selected <= reach { reach } else { 1 };
    let near = selected.saturating_sub(reach)..=selected.saturating_add(after);
    for (i, (m, id)) in rows.iter().enumerate() {
        if !near.contains(&i) {
            view.items.push(0..0);
            continue;
        }
        if *m != module {
            module = *m;
            view.blank();
            if let Some(title) = app
                .course
                .modules
                .get(*m)
                .and_then(|m| app.course_text.get(&m.title, None))
            {
                fallback_para(&mut view, theme, &title, theme.prompt(), Vec::new());
            }
        }
        let state = app.lesson_state(id);
        let (glyph, status) = match state {
            LessonState::New => (theme.glyphs.new, (new.clone(), theme.muted())),
            LessonState::Started { done, total } => {
                let words = started.entry((done, total)).or_insert_with(|| {
                    let mut a = Args::new();
                    a.set("done", done);
                    a.set("total", total);
                    app.ui.text_with("lesson-started", &a)
                });
                (theme.glyphs.started, (words.clone(), theme.hint()))
            }
            LessonState::Finished => (theme.glyphs.right, (finished.clone(), theme.correct())),
            LessonState::Unavailable => (
                theme.glyphs.unavailable,
                (unavailable.clone(), theme.wrong()),
            ),
        };
        let title = app
            .lesson_labels
            .get(*id)
            .map_or_else(|| Text::plain(id.to_string()), |l| l.title.clone());
        view.item(|v| {
            row(
                v,
                theme,
                i == selected,
                format!("{glyph} "),
                &title,
                Some(status),
            )
        });
    }
    if rows.is_empty() {
        view.blank();
        view.text(&app.ui.text("home-empty"), theme.wrong());
    }
    let summary = rows
        .get(selected)
        .and_then(|(_, id)| app.lesson_labels.get(*id)?.summary.clone());
    if let Some(summary) = summary {
        view.blank();
        fallback_para(&mut view, theme, &summary, theme.muted(), Vec::new());
    }
    view
}

fn finished_view(app: &App, theme: &Theme, width: usize, lesson_id: &str) -> View {
    let mut view = View::new(width);
    let title = app
        .lesson_labels
        .get(lesson_id)
        .map(|l| l.title.value.clone())
        .unwrap_or_default();
    let mut args = Args::new();
    args.set("title", title);
    args.set("name", app.learner_name());
    view.blank();
    view.para(
        vec![Span::styled(
            format!("{} ", theme.glyphs.right),
            theme.correct(),
        )],
        &app.ui.text_with("finished-title", &args),
        theme.correct(),
    );
    view.blank();
    let body = if app.is_last_lesson(lesson_id) {
        "finished-body-last"
    } else {
        "finished-body"
    };
    view.text(&app.ui.text_with(body, &args), theme.base());
    view
}

pub fn notice_view(app: &App, theme: &Theme, width: usize, notice: &Notice) -> View {
    let mut view = View::new(width);
    let mut args = Args::new();
    let id = match notice {
        Notice::DatabaseMoved { path } => {
            args.set("path", path.clone());
            "notice-database-moved"
        }
        Notice::SaveFailed { detail } => {
            args.set("detail", detail.clone());
            "notice-save-failed"
        }
        Notice::LessonsUnavailable { count } => {
            args.set("count", *count);
            "notice-lessons-unavailable"
        }
    };
    view.text(&app.ui.text_with(id, &args), theme.notice());
    view.blank();
    view.text(&app.ui.text("notice-continue"), theme.muted());
    view
}
