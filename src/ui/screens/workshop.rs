//! The workshops' views: the menu, and each tool's form with its results below. Results are
//! computed here from the form's fields by pure functions (nothing is changed): the price,
//! the story and its checks, the listing kit.

mod kit;
mod photo;
mod price;
mod story;

use ratatui_core::style::Style;
use ratatui_core::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::row;
use crate::app::App;
use crate::app::workshop::{FieldKind, Form, Page, Tool, Workshop};
use crate::i18n::{Args, Text, format_money};
use crate::ui::theme::Theme;
use crate::ui::view::{View, wrap};
use crate::workshop::pricing::FieldError;

pub(super) fn view(app: &App, theme: &Theme, width: usize, ws: &Workshop) -> View {
    let mut view = View::new(width);
    match ws.page {
        Page::Menu { selected } => {
            view.text(&app.ui.text("ws-menu-title"), theme.heading());
            view.blank();
            for (i, tool) in Tool::ALL.iter().enumerate() {
                let note = tool
                    .done(&app.progress.work)
                    .then(|| (app.ui.text("ws-made"), theme.correct()));
                let label = Text::plain(app.ui.text(&format!("ws-tool-{}", tool.id())));
                view.item(|v| row(v, theme, i == selected, format!("{} ", i + 1), &label, note));
            }
            view.blank();
            view.text(&app.ui.text("ws-menu-hint"), theme.muted());
        }
        Page::Tool(Tool::PriceSheet) => price::view(app, theme, &mut view, ws),
        Page::Tool(Tool::Story) => story::view(app, theme, &mut view, ws),
        Page::Tool(Tool::Photo) => photo::view(app, theme, &mut view, ws),
        Page::Tool(Tool::Listing) => kit::view(app, theme, &mut view, ws),
    }
    if !ws.form.is_empty() && ws.form.focus >= ws.form.len() {
        // Past the last field: the results, to their end.
        view.focus = view.lines.len().saturating_sub(1);
    }
    view
}

/// Money in the interface language's way of grouping digits.
pub(super) fn money(app: &App, dong: i64) -> String {
    let group = app
        .languages
        .get(&app.lang)
        .map_or(".", |l| l.digit_group.as_str());
    format_money(dong, group)
}

/// The form's fields: each label, then its text on the same line after "> " (wrapping under
/// itself), then, in the "wrong" colour, what is wrong with it. `problem(i)` is the message
/// for field `i`; `label(id)` its label.
pub(super) fn form_fields(
    app: &App,
    theme: &Theme,
    view: &mut View,
    form: &Form,
    focused: bool,
    label: &dyn Fn(&str) -> String,
    problem: &dyn Fn(&str) -> Option<String>,
) {
    let labels: Vec<String> = form.ids.iter().map(|id| label(id)).collect();
    let longest = labels.iter().map(|l| l.width()).max().unwrap_or(0);
    let col = (longest + 3).min(view.width * 2 / 5).max(4);
    for (i, id) in form.ids.iter().enumerate() {
        let here = focused && i == form.focus;
        let start = view.lines.len();
        let pointer = if here { theme.glyphs.pointer } else { " " };
        let label_lines = wrap(&labels[i], col.saturating_sub(2).max(1));
        let room = view.width.saturating_sub(col + 2).max(1);
        let field = &form.fields[i];
        let kind = form.kinds[i];
        let shown_text = match kind {
            FieldKind::Choice => {
                let name = crate::app::workshop::price::platform(field.text())
                    .map_or_else(String::new, |p| p.name.clone());
                format!("{} {name} {}", theme.glyphs.left, right_arrow(theme))
            }
            _ => field.text().to_string(),
        };
        let ranges: Vec<String> = if kind == FieldKind::Choice {
            vec![shown_text]
        } else {
            field
                .visual_lines(room)
                .into_iter()
                .map(|r| field.text()[r].to_string())
                .collect()
        };
        let rows = label_lines.len().max(ranges.len());
        for r in 0..rows {
            let label_text = label_lines.get(r).cloned().unwrap_or_default();
            let pad = col.saturating_sub(label_text.width() + 2);
            let lead = if r == 0 {
                format!("{pointer} ")
            } else {
                "  ".to_string()
            };
            let label_style = if here { theme.prompt() } else { theme.base() };
            let mut spans = vec![
                Span::styled(lead, theme.hint()),
                Span::styled(format!("{label_text}{}", " ".repeat(pad)), label_style),
            ];
            if let Some(piece) = ranges.get(r) {
                let prompt = if r == 0 { "> " } else { "  " };
                spans.push(Span::styled(prompt, theme.prompt()));
                let style = if kind == FieldKind::Choice {
                    theme.selected()
                } else {
                    theme.input()
                };
                spans.push(Span::styled(piece.clone(), style));
                if r + 1 == ranges.len() && kind != FieldKind::Choice {
                    spans.push(Span::styled(" ", theme.input()));
                }
            }
            view.lines.push(Line::from(spans));
        }
        if here {
            view.focus = start;
            if kind != FieldKind::Choice {
                let (c, r) = field.cursor_at(room);
                view.cursor = Some((col + 2 + c, start + r));
                view.focus = start + r;
            }
        }
        if let Some(message) = problem(id) {
            let mark = format!("{}{} ", " ".repeat(col + 2), theme.glyphs.wrong);
            view.para(
                vec![Span::styled(mark, theme.wrong())],
                &message,
                theme.wrong(),
            );
            if here {
                view.focus = view.lines.len() - 1;
            }
        }
        let end = view.lines.len();
        view.items.push(start..end);
    }
    if form.focus < form.len() && form.kinds.first() != Some(&FieldKind::Path) {
        view.text(&app.ui.text("ws-results-below"), theme.muted());
    }
}

fn right_arrow(theme: &Theme) -> &'static str {
    if theme.glyphs.left == "←" {
        "→"
    } else {
        "Right"
    }
}

/// A line "label: value" with the value in `style`.
pub(super) fn result_line(view: &mut View, theme: &Theme, label: &str, value: &str, style: Style) {
    view.lines.push(Line::from(vec![
        Span::styled(format!("{label} "), theme.base()),
        Span::styled(value.to_string(), style),
    ]));
}

/// What is wrong with a field, in plain words; `max` is said in the field's own unit.
pub(super) fn field_error(
    app: &App,
    error: FieldError,
    max_text: &dyn Fn(i64) -> String,
) -> String {
    match error {
        FieldError::Empty => app.ui.text("ws-error-empty"),
        FieldError::NotANumber => app.ui.text("ws-error-not-a-number"),
        FieldError::Negative => app.ui.text("ws-error-negative"),
        FieldError::Absurd { max } => {
            let mut a = Args::new();
            a.set("max", max_text(max));
            app.ui.text_with("ws-error-absurd", &a)
        }
    }
}
