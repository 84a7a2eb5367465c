//! The preview's problems panel: below the lesson, a framed list of what `chophien check`
//! finds in the pack (in the interface language, paths relative to the pack), its title the
//! number of errors and warnings. Closed with F5, it is just that title on one line.

use ratatui_core::layout::Rect;
use ratatui_core::terminal::Frame;
use ratatui_core::text::{Line, Span};

use super::theme::Theme;
use super::view::View;
use crate::app::App;
use crate::app::preview::Preview;
use crate::diagnostic::Severity;
use crate::i18n::Args;

/// Rows the panel takes in a window `area` tall and wide: one for the title alone, or the
/// framed lines it has, up to a third of the window.
pub(super) fn height(app: &App, theme: &Theme, area: Rect) -> u16 {
    let Some(preview) = &app.preview else {
        return 0;
    };
    if !preview.panel_open {
        return 1;
    }
    let lines = lines(app, theme, preview, inner_width(area.width))
        .lines
        .len() as u16;
    (lines + 2).min((area.height / 3).max(3))
}

fn inner_width(width: u16) -> usize {
    usize::from(width.saturating_sub(4)).max(1)
}

/// "Preview of PATH: 2 errors, 1 warning".
pub fn title(app: &App, preview: &Preview) -> String {
    let mut args = Args::new();
    args.set(
        "path",
        preview.root.trim_end_matches(['/', '\\']).to_string(),
    );
    args.set("errors", preview.errors());
    args.set("warnings", preview.warnings());
    crate::text::clean_line(&app.ui.text_with("preview-panel-title", &args))
}

/// Every problem as `path:line:col: error[code]: message`, wrapped to `width`.
fn lines(app: &App, theme: &Theme, preview: &Preview, width: usize) -> View {
    let mut view = View::new(width);
    if let Some(detail) = &preview.watch_failed {
        let mut args = Args::new();
        args.set("detail", crate::text::clean_line(detail));
        view.text(
            &app.ui.text_with("preview-watch-failed", &args),
            theme.hint(),
        );
    }
    if preview.problems.is_empty() {
        view.text(&app.ui.text("preview-no-problems"), theme.base());
    }
    for d in &preview.problems {
        let (severity, style) = match d.severity {
            Severity::Error => (app.ui.text("check-severity-error"), theme.base()),
            Severity::Warning => (app.ui.text("check-severity-warning"), theme.hint()),
        };
        // Relative to the pack; a problem of the whole pack keeps the pack's own path.
        let path = match d.path.strip_prefix(preview.root.as_str()) {
            Some("") | None => d.path.as_str(),
            Some(relative) => relative,
        };
        let text = format!(
            "{path}:{}:{}: {severity}[{}]: {}",
            d.pos.line,
            d.pos.col,
            d.code.as_str(),
            crate::commands::check::message(&app.ui, d)
        );
        view.text(&crate::text::clean_line(&text), style);
    }
    view
}

pub(super) fn render(frame: &mut Frame, app: &App, theme: &Theme, area: Rect) {
    let Some(preview) = &app.preview else {
        return;
    };
    let title_style = if preview.errors() > 0 {
        theme.wrong()
    } else if preview.warnings() > 0 || preview.watch_failed.is_some() {
        theme.hint()
    } else {
        theme.correct()
    };
    let title = format!(" {} ", title(app, preview));
    if !preview.panel_open || area.height < 3 {
        frame.render_widget(Line::styled(title, title_style), area);
        return;
    }
    super::draw_frame(frame, theme, theme.border(), area);
    // The title sits on the top border, after its corner.
    let title_row = Rect {
        x: area.x + 1,
        height: 1,
        width: area.width.saturating_sub(2),
        ..area
    };
    frame.render_widget(Span::styled(title, title_style), title_row);
    let inner = super::content_of(area);
    let view = lines(app, theme, preview, inner.width as usize);
    super::draw_lines(frame, &view.lines, inner);
}
