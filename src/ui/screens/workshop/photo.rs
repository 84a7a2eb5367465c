//! The photo check: a path field, the picker of pictures found in the learner's folders, and
//! the last photo's verdicts in plain words with the photo drawn small in half blocks.

use ratatui_core::text::Span;

use super::form_fields;
use crate::app::App;
use crate::app::workshop::Workshop;
use crate::commands::photo_check::verdict_message;
use crate::i18n::{Args, Text};
use crate::ui::theme::Theme;
use crate::ui::view::View;
use crate::workshop::photo::{PhotoError, Severity};

/// Rows of cells the photo may take.
const PHOTO_ROWS: usize = 6;

pub(super) fn view(app: &App, theme: &Theme, view: &mut View, ws: &Workshop) {
    view.text(&app.ui.text("ws-photo-title"), theme.heading());
    view.text(&app.ui.text("ws-photo-intro"), theme.muted());
    view.blank();
    form_fields(
        app,
        theme,
        view,
        &ws.form,
        ws.photo.picked.is_none(),
        &|_| app.ui.text("ws-photo-path"),
        &|_| None,
    );
    if let Some((file, result, thumbnail)) = &ws.photo.last {
        view.blank();
        let mut a = Args::new();
        a.set("file", crate::text::clean_line(file));
        match result {
            Ok(report) => {
                let (id, style, glyph) = match report.severity() {
                    Severity::Pass => ("photo-check-passed", theme.correct(), theme.glyphs.right),
                    Severity::Advice => ("photo-check-advice", theme.hint(), theme.glyphs.right),
                    Severity::Fail => ("photo-check-failed", theme.wrong(), theme.glyphs.wrong),
                };
                view.para(
                    vec![Span::styled(format!("{glyph} "), style)],
                    &app.ui.text_with(id, &a),
                    style,
                );
                if theme.pictures
                    && let Some(thumb) = thumbnail
                {
                    crate::ui::screens::player::picture_lines(view, thumb, PHOTO_ROWS);
                }
                for v in &report.verdicts {
                    let style = match v.status.severity() {
                        Severity::Pass => continue,
                        Severity::Advice => theme.hint(),
                        Severity::Fail => theme.wrong(),
                    };
                    view.para(
                        vec![Span::styled("  - ", style)],
                        &verdict_message(&app.ui, v),
                        style,
                    );
                }
            }
            Err(error) => {
                let id = match error {
                    PhotoError::NotFound => "photo-error-not-found",
                    PhotoError::Unreadable => "photo-error-unreadable",
                    PhotoError::NotAnImage => "photo-error-not-an-image",
                    PhotoError::WrongFormat { format } => {
                        a.set("format", format.to_uppercase());
                        "photo-error-wrong-format"
                    }
                    PhotoError::Truncated => "photo-error-truncated",
                    PhotoError::FileTooLarge { .. } => "photo-error-file-too-large",
                    PhotoError::TooManyPixels { width, height } => {
                        a.set("width", *width);
                        a.set("height", *height);
                        "photo-error-too-many-pixels"
                    }
                    PhotoError::Damaged => "photo-error-damaged",
                };
                view.para(
                    vec![Span::styled(
                        format!("{} ", theme.glyphs.wrong),
                        theme.wrong(),
                    )],
                    &app.ui.text_with(id, &a),
                    theme.wrong(),
                );
            }
        }
    }
    view.blank();
    if ws.photo.candidates.is_empty() {
        view.text(&app.ui.text("ws-photo-none-found"), theme.muted());
        return;
    }
    view.text(&app.ui.text("ws-photo-found"), theme.prompt());
    for (i, file) in ws.photo.candidates.iter().enumerate() {
        let name = Text::plain(crate::text::clean_line(file));
        super::row(
            view,
            theme,
            ws.photo.picked == Some(i),
            String::new(),
            &name,
            None,
        );
    }
}
