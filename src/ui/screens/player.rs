//! The lesson player's view: the step, what the learner picked or typed, and the feedback,
//! hints or answer that the last check earned. Text shown in a fallback language carries a
//! small mark with that language's tag.

use ratatui::style::{Color, Style};
use ratatui::text::Span;
use unicode_width::UnicodeWidthStr;

use crate::app::player::Phase;
use crate::app::{App, Player};
use crate::course::answer::Wrong;
use crate::course::model::{Feedback, Limits, TextCheck, Unit};
use crate::course::{Lesson, Step, StepKind};
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

    fn ui(&self, id: &str) -> String {
        self.app.ui.text(id)
    }

    fn ui_with(&self, id: &str, args: &Args) -> String {
        self.app.ui.text_with(id, args)
    }

    fn para(&self, view: &mut View, id: &str, style: Style) {
        super::fallback_para(view, self.theme, &self.text(id), style, Vec::new());
    }

    fn para_with_prefix(
        &self,
        view: &mut View,
        prefix: Vec<Span<'static>>,
        id: &str,
        style: Style,
    ) {
        super::fallback_para(view, self.theme, &self.text(id), style, prefix);
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

pub fn view(app: &App, theme: &Theme, width: usize, player: &Player) -> View {
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
    match &step.kind {
        StepKind::Read { text, picture } => {
            cx.para(&mut view, text, theme.base());
            if let Some(picture) = picture {
                view.blank();
                if theme.pictures
                    && let Some(Some(thumbnail)) = app.pictures.get(&picture.path)
                {
                    picture_lines(&mut view, thumbnail);
                }
                let prefix = vec![Span::styled(
                    format!("{} ", theme.glyphs.picture),
                    theme.hint(),
                )];
                cx.para_with_prefix(&mut view, prefix, &picture.alt, theme.hint());
            }
        }
        StepKind::Choice { prompt, options } => {
            cx.para(&mut view, prompt, theme.prompt());
            view.blank();
            for (i, option) in options.iter().enumerate() {
                let selected = player.cursor == i;
                view.item(|v| option_row(v, &cx, selected, &format!("{} ", i + 1), &option.text));
            }
        }
        StepKind::Multi { prompt, options } => {
            cx.para(&mut view, prompt, theme.prompt());
            view.text(&cx.ui("multi-instruction"), theme.muted());
            view.blank();
            for (i, option) in options.iter().enumerate() {
                let tick = if player.ticked.contains(&i) {
                    theme.glyphs.ticked
                } else {
                    theme.glyphs.unticked
                };
                view.item(|v| {
                    option_row(
                        v,
                        &cx,
                        player.cursor == i,
                        &format!("{tick} {} ", i + 1),
                        &option.text,
                    )
                });
            }
        }
        StepKind::Order { prompt, items, .. } => order_view(&mut view, &cx, prompt, items),
        StepKind::Number { prompt, unit, .. } => {
            cx.para(&mut view, prompt, theme.prompt());
            view.blank();
            let unit_text = match unit {
                Unit::Dong => "₫".to_string(),
                Unit::Message(id) => cx.text(id).value,
            };
            input_line(&mut view, &cx, Some(&unit_text));
            view.text(&cx.ui("number-instruction"), theme.muted());
        }
        StepKind::Text { prompt, limits, .. } => {
            cx.para(&mut view, prompt, theme.prompt());
            view.blank();
            input_line(&mut view, &cx, None);
            counts_line(&mut view, &cx, limits);
        }
    }
    feedback(&mut view, &cx, step);
    view
}

/// Rows of cells a picture may take: enough to see it, little enough to keep the text.
const PICTURE_ROWS: usize = 8;

/// A picture in half blocks: each cell shows the upper pixel in the foreground of "▀" and the
/// lower one in the background.
fn picture_lines(view: &mut View, thumbnail: &Thumbnail) {
    let (cols, rows) = thumbnail.cells(view.width, PICTURE_ROWS);
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
        view.lines.push(ratatui::text::Line::from(spans));
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
    view.lines.push(ratatui::text::Line::from(vec![
        Span::styled(shown, cx.theme.heading()),
        Span::raw(" ".repeat(gap)),
        Span::styled(counter, cx.theme.muted()),
        Span::raw(" "),
        Span::styled(bar, cx.theme.hint()),
    ]));
}

fn option_row(view: &mut View, cx: &Ctx<'_>, selected: bool, label: &str, text_id: &str) {
    super::row(
        view,
        cx.theme,
        selected,
        label.to_string(),
        &cx.text(text_id),
        None,
    );
}

fn order_view(view: &mut View, cx: &Ctx<'_>, prompt: &str, items: &[String]) {
    let theme = cx.theme;
    cx.para(view, prompt, theme.prompt());
    view.blank();
    view.text(&cx.ui("order-yours"), theme.muted());
    let marks = match &cx.player.phase {
        Phase::Wrong(Wrong::Order { in_place }) => Some(in_place.clone()),
        _ => None,
    };
    if cx.player.placed.is_empty() {
        view.text(&cx.ui("order-empty"), theme.muted());
    }
    for (pos, item) in cx.player.placed.iter().enumerate() {
        let mark = match marks.as_ref().and_then(|m| m.get(pos)) {
            Some(true) => Span::styled(format!("{} ", theme.glyphs.right), theme.correct()),
            Some(false) => Span::styled(format!("{} ", theme.glyphs.wrong), theme.wrong()),
            None => Span::raw("  "),
        };
        let prefix = vec![mark, Span::styled(format!("{}. ", pos + 1), theme.prompt())];
        cx.para_with_prefix(view, prefix, &items[*item], theme.base());
    }
    let unplaced = cx.player.unplaced();
    if !unplaced.is_empty() {
        view.blank();
        view.text(&cx.ui("order-left"), theme.muted());
        for (i, item) in unplaced.iter().enumerate() {
            let selected = cx.player.cursor.min(unplaced.len() - 1) == i;
            view.item(|v| option_row(v, cx, selected, &format!("{} ", i + 1), &items[*item]));
        }
    } else if marks.is_none() {
        view.blank();
        view.text(&cx.ui("order-ready"), theme.muted());
    }
}

fn input_line(view: &mut View, cx: &Ctx<'_>, unit: Option<&str>) {
    super::field_lines(view, cx.theme, &cx.player.input, unit);
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

fn option_feedback(view: &mut View, cx: &Ctx<'_>, feedback: Option<&String>) {
    if let Some(id) = feedback {
        cx.para(view, id, cx.theme.base());
    }
}

fn feedback(view: &mut View, cx: &Ctx<'_>, step: &Step) {
    let theme = cx.theme;
    let player = cx.player;
    match &player.phase {
        Phase::Answering => {
            hints(view, cx, step);
            return;
        }
        Phase::NotANumber => {
            view.blank();
            view.focus_here();
            view.text(&cx.ui("number-invalid"), theme.wrong());
            hints(view, cx, step);
            return;
        }
        _ => {}
    }
    view.blank();
    view.focus_here();
    match &player.phase {
        Phase::Right => {
            view.para(
                vec![Span::styled(
                    format!("{} ", theme.glyphs.right),
                    theme.correct(),
                )],
                &cx.ui("feedback-right"),
                theme.correct(),
            );
            match &step.kind {
                StepKind::Choice { options, .. } => option_feedback(
                    view,
                    cx,
                    options.get(player.cursor).and_then(|o| o.feedback.as_ref()),
                ),
                StepKind::Order { feedback, .. }
                | StepKind::Number { feedback, .. }
                | StepKind::Text { feedback, .. } => {
                    option_feedback(view, cx, feedback.right.as_ref());
                }
                _ => {}
            }
            view.text(&cx.ui("feedback-go-on"), theme.muted());
        }
        Phase::Wrong(wrong) => {
            view.para(
                vec![Span::styled(
                    format!("{} ", theme.glyphs.wrong),
                    theme.wrong(),
                )],
                &cx.ui("feedback-wrong"),
                theme.wrong(),
            );
            wrong_detail(view, cx, step, wrong);
            hints(view, cx, step);
            view.text(&cx.ui("feedback-try-again"), theme.muted());
        }
        Phase::Revealed => {
            view.para(
                vec![Span::styled(
                    format!("{} ", theme.glyphs.wrong),
                    theme.wrong(),
                )],
                &cx.ui("feedback-revealed"),
                theme.prompt(),
            );
            reveal(view, cx, step);
            view.text(&cx.ui("feedback-go-on"), theme.muted());
        }
        Phase::Answering | Phase::NotANumber => {}
    }
    view.focus = view.lines.len().saturating_sub(1);
}

fn wrong_detail(view: &mut View, cx: &Ctx<'_>, step: &Step, wrong: &Wrong) {
    let theme = cx.theme;
    match (&step.kind, wrong) {
        (StepKind::Choice { options, .. }, Wrong::Choice { chosen }) => {
            option_feedback(
                view,
                cx,
                options.get(*chosen).and_then(|o| o.feedback.as_ref()),
            );
        }
        (
            StepKind::Multi { options, .. },
            Wrong::Multi {
                wrongly_picked,
                missed,
            },
        ) => {
            for i in wrongly_picked {
                let prefix = vec![Span::styled(
                    format!("{} {}: ", theme.glyphs.wrong, i + 1),
                    theme.wrong(),
                )];
                let o = &options[*i];
                cx.para_with_prefix(
                    view,
                    prefix,
                    o.feedback.as_ref().unwrap_or(&o.text),
                    theme.base(),
                );
            }
            if !missed.is_empty() {
                view.text(&cx.ui("multi-missed"), theme.prompt());
                for i in missed {
                    let prefix = vec![Span::styled(format!("  {}: ", i + 1), theme.hint())];
                    let o = &options[*i];
                    cx.para_with_prefix(
                        view,
                        prefix,
                        o.feedback.as_ref().unwrap_or(&o.text),
                        theme.base(),
                    );
                }
            }
        }
        (StepKind::Order { feedback, .. }, Wrong::Order { .. }) => {
            view.text(&cx.ui("order-wrong"), theme.base());
            option_feedback(view, cx, feedback.wrong.as_ref());
        }
        (
            StepKind::Number {
                too_low,
                too_high,
                feedback,
                ..
            },
            Wrong::Number { too_low: low },
        ) => {
            let specific = if *low { too_low } else { too_high };
            match specific.as_ref().or(feedback.wrong.as_ref()) {
                Some(id) => cx.para(view, id, theme.base()),
                None => view.text(
                    &cx.ui(if *low {
                        "number-too-low"
                    } else {
                        "number-too-high"
                    }),
                    theme.base(),
                ),
            }
        }
        (
            StepKind::Text {
                check,
                limits,
                feedback,
                ..
            },
            Wrong::Text {
                no_match,
                missing_ideas,
                too_short,
                too_long,
            },
        ) => {
            text_problems(
                view,
                cx,
                check,
                limits,
                feedback,
                *no_match,
                missing_ideas,
                *too_short,
                *too_long,
            );
        }
        _ => {}
    }
}

#[allow(clippy::too_many_arguments)]
fn text_problems(
    view: &mut View,
    cx: &Ctx<'_>,
    check: &TextCheck,
    limits: &Limits,
    feedback: &Feedback,
    no_match: bool,
    missing: &[usize],
    too_short: bool,
    too_long: bool,
) {
    let theme = cx.theme;
    if no_match {
        match &feedback.wrong {
            Some(id) => cx.para(view, id, theme.base()),
            None => view.text(&cx.ui("text-no-match"), theme.base()),
        }
    }
    if let TextCheck::Rubric { ideas } = check
        && !missing.is_empty()
    {
        view.text(&cx.ui("text-missing-ideas"), theme.prompt());
        for i in missing {
            if let Some(idea) = ideas.get(*i) {
                let prefix = vec![Span::styled(
                    format!("  {} ", theme.glyphs.pointer),
                    theme.hint(),
                )];
                cx.para_with_prefix(view, prefix, &idea.label, theme.base());
            }
        }
    }
    // Word limits are named when the step has them, letter limits otherwise.
    let problem = |words: Option<usize>, chars: Option<usize>, word_msg: &str, char_msg: &str| {
        let mut a = Args::new();
        match (words, chars) {
            (Some(n), _) => {
                a.set("count", n);
                cx.ui_with(word_msg, &a)
            }
            (None, n) => {
                a.set("count", n.unwrap_or(0));
                cx.ui_with(char_msg, &a)
            }
        }
    };
    if too_short {
        view.text(
            &problem(
                limits.min_words,
                limits.min_chars,
                "text-too-short",
                "text-too-short-chars",
            ),
            theme.base(),
        );
    }
    if too_long {
        view.text(
            &problem(
                limits.max_words,
                limits.max_chars,
                "text-too-long",
                "text-too-long-chars",
            ),
            theme.base(),
        );
    }
}

fn hints(view: &mut View, cx: &Ctx<'_>, step: &Step) {
    let shown = cx.player.hints_shown(step);
    for (i, hint) in step.hints.iter().take(shown).enumerate() {
        let mut a = Args::new();
        a.set("number", i + 1);
        let prefix = vec![Span::styled(
            format!("{} ", cx.ui_with("hint-label", &a)),
            cx.theme.hint(),
        )];
        cx.para_with_prefix(view, prefix, hint, cx.theme.hint());
    }
}

fn reveal(view: &mut View, cx: &Ctx<'_>, step: &Step) {
    let theme = cx.theme;
    let bullet = |n: usize| {
        vec![Span::styled(
            format!("  {} {n}. ", theme.glyphs.right),
            theme.correct(),
        )]
    };
    match &step.kind {
        StepKind::Choice { options, .. } | StepKind::Multi { options, .. } => {
            for (i, o) in options.iter().enumerate().filter(|(_, o)| o.correct) {
                cx.para_with_prefix(view, bullet(i + 1), &o.text, theme.base());
                if let Some(f) = &o.feedback {
                    cx.para_with_prefix(view, vec![Span::raw("       ")], f, theme.muted());
                }
            }
        }
        StepKind::Order { items, .. } => {
            for (i, item) in items.iter().enumerate() {
                cx.para_with_prefix(view, bullet(i + 1), item, theme.base());
            }
        }
        StepKind::Number { answer, unit, .. } => {
            let shown = match unit {
                Unit::Dong => cx.money(*answer),
                Unit::Message(id) => format!("{answer} {}", cx.text(id).value),
            };
            view.para(
                vec![Span::styled(
                    format!("  {} ", theme.glyphs.right),
                    theme.correct(),
                )],
                &shown,
                theme.prompt(),
            );
        }
        StepKind::Text {
            check: TextCheck::Accept { answers, .. },
            ..
        } => {
            if let Some(first) = answers.first() {
                let value = cx.text(first).value;
                let line = value
                    .lines()
                    .map(str::trim)
                    .find(|l| !l.is_empty())
                    .unwrap_or_default()
                    .to_string();
                view.para(
                    vec![Span::styled(
                        format!("  {} ", theme.glyphs.right),
                        theme.correct(),
                    )],
                    &line,
                    theme.prompt(),
                );
            }
        }
        StepKind::Text {
            check: TextCheck::Rubric { ideas },
            ..
        } => {
            view.text(&cx.ui("text-ideas-expected"), theme.prompt());
            for idea in ideas {
                cx.para_with_prefix(
                    view,
                    vec![Span::styled(
                        format!("  {} ", theme.glyphs.pointer),
                        theme.hint(),
                    )],
                    &idea.label,
                    theme.base(),
                );
            }
        }
        StepKind::Read { .. } => {}
    }
}
