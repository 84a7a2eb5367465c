//! Drawing the app. Rendering only reads state: every screen is turned into a [`View`] (wrapped
//! lines and the places of its items), which is drawn inside the frame between the title bar
//! and the help bar. Mouse clicks are resolved against the same views.
//!
//! Sizes: fully usable from [`MIN_WIDTH`]×[`MIN_HEIGHT`] (below 80×24, which is the size we
//! design for); smaller windows get a plain "make the window larger" message, down to 0×0.

pub mod panel;
pub mod screens;
pub mod theme;
pub mod view;

use ratatui_core::layout::{Position, Rect};
use ratatui_core::terminal::Frame;
use ratatui_core::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use crate::app::keymap::{self, KeyLabel};
use crate::app::{Action, App};
pub use theme::Theme;
use view::View;

pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 16;

/// One entry of the help bar: the key's name, what it does, and the action a click gives.
struct HelpEntry {
    key: String,
    text: String,
    action: Action,
}

impl HelpEntry {
    /// Columns taken on screen: " key " then " text  ".
    fn width(&self) -> usize {
        self.key.width() + self.text.width() + 5
    }
}

/// The parts of the window, with the help bar already laid out in lines.
struct Areas {
    title: Rect,
    body: Rect,
    /// The preview's problems panel (zero rows outside a preview).
    panel: Rect,
    help: Rect,
    help_lines: Vec<Vec<HelpEntry>>,
}

fn areas(app: &App, theme: &Theme, area: Rect) -> Areas {
    let help_lines = help_bar_lines(app, theme, area.width);
    let help_height = help_lines.len() as u16;
    let panel_height = panel::height(app, theme, area);
    let title = Rect { height: 1, ..area };
    let help = Rect {
        y: area.bottom().saturating_sub(help_height),
        height: help_height,
        ..area
    };
    let panel = Rect {
        y: help.y.saturating_sub(panel_height),
        height: panel_height,
        ..area
    };
    let body = Rect {
        y: area.y + 1,
        height: area.height.saturating_sub(1 + help_height + panel_height),
        ..area
    };
    Areas {
        title,
        body,
        panel,
        help,
        help_lines,
    }
}

/// Where text goes inside a framed box: within the border, one column of padding each side.
fn content_of(frame: Rect) -> Rect {
    Rect {
        x: frame.x + 2,
        y: frame.y + 1,
        width: frame.width.saturating_sub(4),
        height: frame.height.saturating_sub(2),
    }
}

/// Columns a text field gets in a window `term_width` wide: the body's content width less
/// the field's "> " prompt. The update uses it for moving up and down lines.
pub fn field_width(term_width: u16) -> usize {
    usize::from(content_of(Rect::new(0, 0, term_width, 0)).width)
        .saturating_sub(2)
        .max(1)
}

fn too_small(area: Rect) -> bool {
    area.width < MIN_WIDTH || area.height < MIN_HEIGHT
}

/// A box's border around `area`, as a `Block` with all borders draws it (sides, then corners),
/// without what a `Block` also does: give every cell inside its empty style, a tenth of a frame
/// at 200×60.
fn draw_frame(frame: &mut Frame, theme: &Theme, style: ratatui_core::style::Style, area: Rect) {
    let area = area.intersection(frame.area());
    if area.is_empty() {
        return;
    }
    let set = theme.glyphs.border;
    let (left, top) = (area.left(), area.top());
    let (right, bottom) = (area.right() - 1, area.bottom() - 1);
    let buf = frame.buffer_mut();
    let mut put = |x: u16, y: u16, symbol: &str| {
        buf[(x, y)].set_symbol(symbol).set_style(style);
    };
    for y in top..=bottom {
        put(left, y, set.vertical_left);
        put(right, y, set.vertical_right);
    }
    for x in left..=right {
        put(x, top, set.horizontal_top);
        put(x, bottom, set.horizontal_bottom);
    }
    put(right, bottom, set.bottom_right);
    put(right, top, set.top_right);
    put(left, bottom, set.bottom_left);
    put(left, top, set.top_left);
}

/// Draws the whole app.
pub fn render(frame: &mut Frame, app: &App, theme: &Theme) {
    let area = frame.area();
    if area.width == 0 || area.height == 0 {
        return;
    }
    if too_small(area) {
        let mut args = crate::i18n::Args::new();
        args.set("width", MIN_WIDTH);
        args.set("height", MIN_HEIGHT);
        let text = app.ui.text_with("too-small", &args);
        let mut view = View::new(area.width as usize);
        view.text(&text, theme.notice());
        let height = (view.lines.len() as u16).min(area.height);
        let y = area.y + area.height.saturating_sub(height) / 2;
        draw_lines(frame, &view.lines, Rect { y, height, ..area });
        return;
    }
    let a = areas(app, theme, area);
    render_title(frame, app, theme, a.title);
    draw_frame(frame, theme, theme.border(), a.body);
    let content = content_of(a.body);
    let view = screens::view(app, theme, content.width as usize, content.height as usize);
    draw_view(frame, &view, content, true);
    panel::render(frame, app, theme, a.panel);
    render_help(frame, theme, &a.help_lines, a.help);
    if let Some(selected) = app.language_overlay {
        let view = screens::languages_view(app, theme, overlay_width(area), selected);
        overlay(frame, theme, area, &view, true);
    }
    if let Some(notice) = app.notices.first() {
        let view = screens::notice_view(app, theme, overlay_width(area), notice);
        overlay(frame, theme, area, &view, false);
    }
}

fn overlay_width(area: Rect) -> usize {
    (area.width.saturating_sub(8)).min(64) as usize
}

fn overlay_rect(area: Rect, view: &View) -> Rect {
    let width = view.width as u16 + 4;
    let height = (view.lines.len() as u16 + 2).min(area.height.saturating_sub(2));
    Rect {
        x: area.x + area.width.saturating_sub(width) / 2,
        y: area.y + area.height.saturating_sub(height) / 2,
        width: width.min(area.width),
        height,
    }
}

fn overlay(frame: &mut Frame, theme: &Theme, area: Rect, view: &View, with_cursor: bool) {
    let rect = overlay_rect(area, view);
    clear(frame, rect);
    draw_frame(frame, theme, theme.notice(), rect);
    draw_view(frame, view, content_of(rect), with_cursor);
}

/// Blanks `area` (what lies under an overlay), as ratatui's `Clear` widget does.
fn clear(frame: &mut Frame, area: Rect) {
    let area = area.intersection(frame.area());
    let buf = frame.buffer_mut();
    for y in area.top()..area.bottom() {
        for x in area.left()..area.right() {
            buf[(x, y)].reset();
        }
    }
}

/// Lines already wrapped to `area`'s width, one per row from the top. Each is drawn in place
/// (a `Line` keeps its own alignment and clips at the edge): a `Paragraph` would copy them all,
/// restyle every cell of the area and lay each line out again, a third of a frame at 200×60.
pub(super) fn draw_lines<'a>(
    frame: &mut Frame,
    lines: impl IntoIterator<Item = &'a Line<'a>>,
    area: Rect,
) {
    let rows = (area.y..area.bottom()).map(|y| Rect {
        y,
        height: 1,
        ..area
    });
    for (line, row) in lines.into_iter().zip(rows) {
        frame.render_widget(line, row);
    }
}

fn draw_view(frame: &mut Frame, view: &View, area: Rect, with_cursor: bool) {
    let scroll = view.scroll(area.height as usize);
    draw_lines(frame, view.lines.iter().skip(scroll), area);
    if with_cursor
        && let Some((col, line)) = view.cursor
        && line >= scroll
        && line < scroll + area.height as usize
    {
        let x = area.x + (col as u16).min(area.width.saturating_sub(1));
        frame.set_cursor_position(Position {
            x,
            y: area.y + (line - scroll) as u16,
        });
    }
}

fn render_title(frame: &mut Frame, app: &App, theme: &Theme, area: Rect) {
    let left = format!(" {} ", app.ui.text("app-name"));
    let lang_name = app
        .languages
        .get(&app.lang)
        .map(|l| l.name.clone())
        .unwrap_or_default();
    let sep = theme.glyphs.separator;
    let mut right = match app.profile() {
        Some(p) => format!(" {} {sep} {lang_name} ", p.name),
        None => format!(" {lang_name} "),
    };
    // While the learner writes, the input method is always in sight.
    if matches!(
        app.context(),
        crate::app::Context::Name | crate::app::Context::Writing | crate::app::Context::Form
    ) {
        right = format!(" {} {sep}{right}", typing_status(app));
    }
    let gap = (area.width as usize).saturating_sub(left.width() + right.width());
    let line = Line::from(vec![
        Span::raw(left),
        Span::raw(" ".repeat(gap)),
        Span::raw(right),
    ])
    .style(theme.title_bar());
    frame.render_widget(line, area);
}

/// "Telex (hoà)", "VNI (hòa)" or "Off" in the interface language.
pub fn typing_status(app: &App) -> String {
    use crate::text::input_method::{InputMethod, TonePlacement};
    let method = match app.typing.method {
        InputMethod::Telex => "typing-telex",
        InputMethod::Vni => "typing-vni",
        InputMethod::Off => return app.ui.text("typing-off"),
    };
    let tone = match app.typing.placement {
        TonePlacement::New => "typing-tone-new",
        TonePlacement::Old => "typing-tone-old",
    };
    format!("{} ({})", app.ui.text(method), app.ui.text(tone))
}

/// The help bar's entries for the current context, laid out in lines that fit `width`.
fn help_bar_lines(app: &App, theme: &Theme, width: u16) -> Vec<Vec<HelpEntry>> {
    let mut lines: Vec<Vec<HelpEntry>> = vec![Vec::new()];
    let mut used = 0usize;
    let mut entries = keymap::help_for(app.context());
    if app.preview.is_some() {
        entries.push((KeyLabel::Plain("F5"), "help-problems", Action::TogglePanel));
    }
    for (label, msg, action) in entries {
        if !app.offers(&action) {
            continue;
        }
        let key = match label {
            KeyLabel::Message(id) => app.ui.text(id),
            KeyLabel::UpDown => theme.glyphs.up_down.to_string(),
            KeyLabel::Left => theme.glyphs.left.to_string(),
            KeyLabel::Digits => "1-9".to_string(),
            KeyLabel::Plain(s) => s.to_string(),
        };
        let entry = HelpEntry {
            key,
            text: app.ui.text(msg),
            action,
        };
        let w = entry.width();
        if used + w > width as usize && used > 0 {
            lines.push(Vec::new());
            used = 0;
        }
        used += w;
        if let Some(last) = lines.last_mut() {
            last.push(entry);
        }
    }
    lines
}

fn render_help(frame: &mut Frame, theme: &Theme, help_lines: &[Vec<HelpEntry>], area: Rect) {
    let lines: Vec<Line> = help_lines
        .iter()
        .map(|entries| {
            let mut spans = Vec::new();
            for e in entries {
                spans.push(Span::styled(format!(" {} ", e.key), theme.help_key()));
                spans.push(Span::styled(format!(" {}  ", e.text), theme.help_text()));
            }
            Line::from(spans)
        })
        .collect();
    draw_lines(frame, &lines, area);
}

/// The action for a mouse click at column `x`, row `y` of a window of `area`.
pub fn click(app: &App, theme: &Theme, area: Rect, x: u16, y: u16) -> Option<Action> {
    if too_small(area) {
        return None;
    }
    let at = Position { x, y };
    let a = areas(app, theme, area);
    if a.help.contains(at) {
        let mut col = a.help.x as usize;
        for entry in a.help_lines.get((y - a.help.y) as usize)? {
            if (col..col + entry.width()).contains(&(x as usize)) {
                return Some(entry.action.clone());
            }
            col += entry.width();
        }
        return None;
    }
    let hit = |view: &View, content: Rect| -> Option<Action> {
        if !content.contains(at) {
            return None;
        }
        let line = (y - content.y) as usize + view.scroll(content.height as usize);
        view.item_at(line).map(Action::ClickItem)
    };
    if let Some(notice) = app.notices.first() {
        let view = screens::notice_view(app, theme, overlay_width(area), notice);
        return overlay_rect(area, &view)
            .contains(at)
            .then_some(Action::Confirm);
    }
    if let Some(selected) = app.language_overlay {
        let view = screens::languages_view(app, theme, overlay_width(area), selected);
        return hit(&view, content_of(overlay_rect(area, &view)));
    }
    let content = content_of(a.body);
    hit(
        &screens::view(app, theme, content.width as usize, content.height as usize),
        content,
    )
}
