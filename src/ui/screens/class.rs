//! The trainer's screens: the PIN (typed as stars) and the class: one line per learner and
//! lesson started, with status, score and a "needs help" mark, in the order the trainer
//! chose. Fits 80 columns: names and lesson titles are cut to their column.

use ratatui_core::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use crate::app::{App, ClassScreen, PinEntry, PinMode};
use crate::class::report::Status;
use crate::i18n::Args;
use crate::ui::theme::Theme;
use crate::ui::view::View;

pub(super) fn pin_view(app: &App, theme: &Theme, width: usize, entry: &PinEntry) -> View {
    let mut view = View::new(width);
    view.text(&app.ui.text("trainer-title"), theme.heading());
    view.blank();
    let prompt = match entry.mode {
        PinMode::Enter => "trainer-pin-enter",
        PinMode::New => "trainer-pin-choose",
        PinMode::Confirm(_) => "pin-again",
    };
    view.text(&app.ui.text(prompt), theme.base());
    view.blank();
    let stars = "*".repeat(entry.pin.len());
    view.cursor = Some((2 + stars.len(), view.lines.len()));
    view.focus_here();
    view.lines.push(Line::from(vec![
        Span::styled("> ", theme.prompt()),
        Span::styled(format!("{stars} "), theme.input()),
    ]));
    if let Some(message) = &entry.message {
        view.blank();
        view.text(message, theme.wrong());
    }
    view.blank();
    view.text(&app.ui.text("trainer-pin-hint"), theme.muted());
    view
}

/// `text` cut to `width` columns (with `…` when cut) and padded to it.
fn cell(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut used = 0;
    let fits = text.width() <= width;
    for c in text.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w > width.saturating_sub(usize::from(!fits)) {
            break;
        }
        out.push(c);
        used += w;
    }
    if !fits && width > 0 {
        out.push('…');
        used += 1;
    }
    out.push_str(&" ".repeat(width.saturating_sub(used)));
    out
}

pub(super) fn class_view(app: &App, theme: &Theme, width: usize, screen: &ClassScreen) -> View {
    let mut view = View::new(width);
    let learners: std::collections::BTreeSet<&str> =
        screen.rows.iter().map(|r| r.key.as_str()).collect();
    let help: std::collections::BTreeSet<&str> = screen
        .rows
        .iter()
        .filter(|r| r.needs_help)
        .map(|r| r.key.as_str())
        .collect();
    let mut args = Args::new();
    args.set("learners", learners.len());
    args.set("help", help.len());
    view.text(&app.ui.text_with("class-title", &args), theme.heading());
    let mut args = Args::new();
    args.set("order", app.ui.text(screen.sort.message()));
    view.text(&app.ui.text_with("class-sorted", &args), theme.muted());
    view.blank();
    // mark 2, name, laptop 7, lesson, status 12, score 10.
    let name_w = 16.min(width / 5);
    let fixed = 2 + name_w + 1 + 7 + 12 + 10;
    let lesson_w = width.saturating_sub(fixed + 1).max(8);
    let header = format!(
        "  {}{}{}{}{}",
        cell(&app.ui.text("report-col-learner"), name_w) + " ",
        cell(&app.ui.text("report-col-laptop"), 6) + " ",
        cell(&app.ui.text("report-col-lesson"), lesson_w) + " ",
        cell(&app.ui.text("report-col-status"), 12),
        app.ui.text("report-col-score"),
    );
    view.lines.push(Line::from(Span::styled(
        header.trim_end().to_string(),
        theme.muted(),
    )));
    for (i, r) in screen.rows.iter().enumerate() {
        let selected = i == screen.selected;
        if selected {
            view.focus_here();
        }
        let mark = if r.needs_help { "! " } else { "  " };
        let (status, status_style) = match r.status {
            Status::Done => (app.ui.text(r.status.message()), theme.correct()),
            Status::Started => (app.ui.text(r.status.message()), theme.hint()),
            Status::NotStarted => (app.ui.text("class-no-lesson"), theme.muted()),
        };
        let score = match r.score_percent {
            Some(p) => format!("{p}% {}/{}", r.right_answers, r.answers),
            None => "-".to_string(),
        };
        let lesson = if r.lesson_title.is_empty() {
            r.lesson.clone()
        } else {
            r.lesson_title.clone()
        };
        let base = if selected {
            theme.selected()
        } else {
            theme.base()
        };
        view.lines.push(Line::from(vec![
            Span::styled(mark, theme.wrong()),
            Span::styled(cell(&r.learner, name_w) + " ", base),
            Span::styled(cell(&r.laptop, 6) + " ", theme.muted()),
            Span::styled(cell(&lesson, lesson_w) + " ", base),
            Span::styled(cell(&status, 12), status_style),
            Span::styled(score, base),
        ]));
    }
    if screen.rows.is_empty() {
        view.text(&app.ui.text("report-no-learners"), theme.muted());
    }
    view.blank();
    view.text(&app.ui.text("class-help-mark"), theme.muted());
    view
}

#[cfg(test)]
mod tests {
    use super::cell;

    #[test]
    fn cells_are_cut_and_padded_by_display_width() {
        assert_eq!(cell("Mai", 5), "Mai  ");
        assert_eq!(cell("Lò Thị Sáu", 6), "Lò Th…");
        assert_eq!(cell("abc", 3), "abc");
    }
}
