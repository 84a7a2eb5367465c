//! The lesson player's view: the step's blocks as its module decided them (see
//! `course::steps::Shown`), drawn with the theme. Nothing here chooses what to say. Text shown
//! in a fallback language carries a small mark with that language's tag.

use ratatui_core::style::{Color, Style};
use ratatui_core::text::Span;
use unicode_width::UnicodeWidthStr;

use crate::app::{App, Player};
use crate::course::Lesson;
use crate::course::steps::number::Unit;
use crate::course::steps::text::Limits;
use crate::course::steps::{Mark, Role, Shown};
use crate::i18n::{Args, Text, format_money};
use crate::picture::Thumbnail;
use crate::text::matching;
use crate::ui::theme::Theme;
use crate::ui::view::View;

struct Ctx<'a> {
    app: &'a App,
    theme: &'a Theme,
    player: &'a Player,
    args: Args,
}

impl Ctx<'_> {
    fn text(&self, id: &str) -> Text {
        self.player
            .text
            .get(id, Some(&self.args))
            .unwrap_or_else(|| Text {
                value: id.to_string(),
                lang: String::new(),
                fallback: false,
            })
    }

    fn ui_with(&self, id: &str, args: &Args) -> String {
        self.app.ui.text_with(id, args)
    }

    fn style(&self, role: Role) -> Style {
        match role {
            Role::Base => self.theme.base(),
            Role::Prompt => self.theme.prompt(),
            Role::Muted => self.theme.muted(),
            Role::Hint => self.theme.hint(),
            Role::Correct => self.theme.correct(),
            Role::Wrong => self.theme.wrong(),
        }
    }

    fn mark(&self, mark: Mark) -> Vec<Span<'static>> {
        let g = &self.theme.glyphs;
        match mark {
            Mark::None => Vec::new(),
            Mark::Right => vec![Span::styled(format!("{} ", g.right), self.theme.correct())],
            Mark::Wrong => vec![Span::styled(format!("{} ", g.wrong), self.theme.wrong())],
            Mark::Hint(n) => {
                let mut a = Args::new();
                a.set("number", n);
                vec![Span::styled(
                    format!("{} ", self.ui_with("hint-label", &a)),
                    self.theme.hint(),
                )]
            }
            Mark::RightNumber(n) => vec![Span::styled(
                format!("  {} {n}. ", g.right),
                self.theme.correct(),
            )],
            Mark::Pointer => vec![Span::styled(format!("  {} ", g.pointer), self.theme.hint())],
            Mark::Position(n, in_place) => {
                let first = match in_place {
                    Some(true) => Span::styled(format!("{} ", g.right), self.theme.correct()),
                    Some(false) => Span::styled(format!("{} ", g.wrong), self.theme.wrong()),
                    None => Span::raw("  "),
                };
                vec![first, Span::styled(format!("{n}. "), self.theme.prompt())]
            }
            Mark::Picture => vec![Span::styled(format!("{} ", g.picture), self.theme.hint())],
            Mark::Indent => vec![Span::raw("       ")],
            Mark::Buyer => vec![Span::styled(
                format!("{} ", self.app.ui.text("scenario-buyer")),
                self.theme.muted(),
            )],
            Mark::You => vec![Span::styled(
                format!("{} ", self.app.ui.text("scenario-you")),
                self.theme.hint(),
            )],
        }
    }

    fn money(&self, n: i64) -> String {
        let group = self
            .app
            .languages
            .get(&self.app.lang)
            .map_or(".", |l| l.digit_group.as_str());
        format_money(n, group)
    }
}

pub(crate) fn view(app: &App, theme: &Theme, width: usize, player: &Player) -> View {
    let mut view = View::new(width);
    let Some(lesson) = app.course.lesson(&player.lesson_id) else {
        return view;
    };
    let Some(step) = player.step(lesson) else {
        return view;
    };
    let cx = Ctx {
        app,
        theme,
        player,
        args: app.lesson_args(&lesson.id),
    };
    header(&mut view, &cx, lesson);
    view.blank();
    let mut focus = None;
    for block in step.shown(&player.state) {
        draw(&mut view, &cx, block, &mut focus);
    }
    if let Some(line) = focus {
        // The latest feedback stays in sight: its last line is the focus.
        view.focus = view.lines.len().saturating_sub(1).max(line);
    }
    view
}

fn draw(view: &mut View, cx: &Ctx<'_>, block: Shown, focus: &mut Option<usize>) {
    let theme = cx.theme;
    match block {
        Shown::Blank => view.blank(),
        Shown::FocusHere => {
            view.focus_here();
            *focus = Some(view.lines.len());
        }
        Shown::Message { id, role, mark } => {
            super::fallback_para(view, theme, &cx.text(&id), cx.style(role), cx.mark(mark));
        }
        Shown::FirstLine { id, role, mark } => {
            let value = cx.text(&id).value;
            let line = value
                .lines()
                .map(str::trim)
                .find(|l| !l.is_empty())
                .unwrap_or_default()
                .to_string();
            view.para(cx.mark(mark), &line, cx.style(role));
        }
        Shown::Ui {
            id,
            args,
            role,
            mark,
        } => {
            let mut a = Args::new();
            for (name, value) in args {
                a.set(name, value);
            }
            view.para(cx.mark(mark), &cx.ui_with(id, &a), cx.style(role));
        }
        Shown::Row {
            number,
            ticked,
            text,
            selected,
        } => {
            let label = match ticked {
                Some(true) => format!("{} {number} ", theme.glyphs.ticked),
                Some(false) => format!("{} {number} ", theme.glyphs.unticked),
                None => format!("{number} "),
            };
            view.item(|v| super::row(v, theme, selected, label, &cx.text(&text), None));
        }
        Shown::Claim { kind, words } => {
            let mut a = Args::new();
            a.set("words", crate::text::clean_line(&words));
            let id = format!("claim-{kind}");
            view.para(
                cx.mark(Mark::Wrong),
                &cx.ui_with(&id, &a),
                cx.style(Role::Wrong),
            );
        }
        Shown::Picture { path } => {
            if theme.pictures
                && let Some(Some(thumbnail)) = cx.app.pictures.get(&path)
            {
                picture_lines(view, thumbnail, PICTURE_ROWS);
            }
        }
        Shown::Field { unit } => {
            let unit_text = unit.map(|u| match u {
                Unit::Dong => "₫".to_string(),
                Unit::Message(id) => cx.text(&id).value,
            });
            super::field_lines(view, theme, &cx.player.input, unit_text.as_deref());
        }
        Shown::Counts(limits) => counts_line(view, cx, &limits),
        Shown::Amount {
            value,
            unit,
            role,
            mark,
        } => {
            let shown = match unit {
                Unit::Dong => cx.money(value),
                Unit::Message(id) => format!("{value} {}", cx.text(&id).value),
            };
            view.para(cx.mark(mark), &shown, cx.style(role));
        }
    }
}

/// Rows of cells a picture may take: enough to see it, little enough to keep the text.
const PICTURE_ROWS: usize = 8;

/// A picture in half blocks: each cell shows the upper pixel in the foreground of "▀" and the
/// lower one in the background.
pub(crate) fn picture_lines(view: &mut View, thumbnail: &Thumbnail, max_rows: usize) {
    let (cols, rows) = thumbnail.cells(view.width, max_rows);
    let (w, h) = (thumbnail.width as usize, thumbnail.height as usize);
    let rgb = |p: [u8; 3]| Color::Rgb(p[0], p[1], p[2]);
    for row in 0..rows {
        let spans: Vec<Span<'static>> = (0..cols)
            .map(|col| {
                let x = (col * w / cols) as u32;
                let top = ((2 * row) * h / (2 * rows)) as u32;
                let bottom = ((2 * row + 1) * h / (2 * rows)) as u32;
                Span::styled(
                    "▀",
                    Style::new()
                        .fg(rgb(thumbnail.pixel(x, top)))
                        .bg(rgb(thumbnail.pixel(x, bottom))),
                )
            })
            .collect();
        view.lines.push(ratatui_core::text::Line::from(spans));
    }
}

fn header(view: &mut View, cx: &Ctx<'_>, lesson: &Lesson) {
    let title = cx.text(&lesson.title);
    let mut args = Args::new();
    args.set("current", cx.player.index + 1);
    args.set("total", cx.player.step_count);
    let counter = cx.ui_with("step-counter", &args);
    let bar_len = cx.player.step_count.min(20);
    let filled = ((cx.player.index + 1) * bar_len)
        .checked_div(cx.player.step_count)
        .unwrap_or(0);
    let bar = format!(
        "{}{}",
        cx.theme.glyphs.bar_full.repeat(filled),
        cx.theme.glyphs.bar_empty.repeat(bar_len - filled)
    );
    let right = format!("{counter} {bar}");
    let room = view.width.saturating_sub(right.width() + 2);
    let shown: String = crate::ui::view::wrap(&title.value, room.max(1))
        .into_iter()
        .next()
        .unwrap_or_default();
    let gap = view.width.saturating_sub(shown.width() + right.width());
    view.lines.push(ratatui_core::text::Line::from(vec![
        Span::styled(shown, cx.theme.heading()),
        Span::raw(" ".repeat(gap)),
        Span::styled(counter, cx.theme.muted()),
        Span::raw(" "),
        Span::styled(bar, cx.theme.hint()),
    ]));
}

fn counts_line(view: &mut View, cx: &Ctx<'_>, limits: &Limits) {
    let text = cx.player.input.text();
    let mut args = Args::new();
    args.set("words", matching::word_count(text));
    args.set("chars", matching::char_count(text));
    let mut line = cx.ui_with("text-counts", &args);
    if limits.min_chars.is_some() || limits.max_chars.is_some() {
        line.push_str(&format!(
            " {} {}",
            cx.theme.glyphs.separator,
            cx.ui_with("text-chars", &args)
        ));
    }
    if let Some(min) = limits.min_words {
        let mut a = Args::new();
        a.set("count", min);
        line.push_str(&format!("  {}", cx.ui_with("text-min-words", &a)));
    }
    if let Some(max) = limits.max_words {
        let mut a = Args::new();
        a.set("count", max);
        line.push_str(&format!("  {}", cx.ui_with("text-max-words", &a)));
    }
    view.text(&line, cx.theme.muted());
}
