//! The listing kit: the title, price, description and photo verdicts from the learner's
//! latest work, and the facts the law asks every listing to give.

use ratatui_core::text::Span;

use super::{money, result_line};
use crate::app::App;
use crate::app::workshop::Workshop;
use crate::app::workshop::kit::{Kit, LEGAL_FACTS};
use crate::ui::theme::Theme;
use crate::ui::view::View;

pub(super) fn view(app: &App, theme: &Theme, view: &mut View, ws: &Workshop) {
    let kit = Kit::new(&app.progress.work, &app.ui);
    view.text(&app.ui.text("ws-kit-title"), theme.heading());
    view.blank();
    match &kit.story {
        Some((story, issues)) => {
            view.text(&story.title, theme.correct());
            if !issues.is_empty() {
                view.text(&app.ui.text("ws-kit-story-issues"), theme.wrong());
            }
        }
        None => view.text(&app.ui.text("ws-kit-no-story"), theme.wrong()),
    }
    match &kit.sheet {
        Some(sheet) => result_line(
            view,
            theme,
            &app.ui.text("ws-price-result"),
            &money(app, sheet.price),
            theme.correct(),
        ),
        None => view.text(&app.ui.text("ws-kit-no-price"), theme.wrong()),
    }
    view.blank();
    view.text(&app.ui.text("ws-kit-photos"), theme.prompt());
    if kit.photos.is_empty() {
        view.text(&app.ui.text("ws-kit-no-photos"), theme.muted());
    }
    for p in &kit.photos {
        let (glyph, style) = if p.ready {
            (theme.glyphs.right, theme.correct())
        } else {
            (theme.glyphs.wrong, theme.wrong())
        };
        view.para(
            vec![Span::styled(format!("{glyph} "), style)],
            &p.file,
            style,
        );
    }
    view.blank();
    view.text(&app.ui.text("ws-kit-legal"), theme.prompt());
    for fact in LEGAL_FACTS {
        view.para(
            vec![Span::styled(
                format!("{} ", theme.glyphs.unticked),
                theme.muted(),
            )],
            &app.ui.text(&format!("ws-legal-{fact}")),
            theme.base(),
        );
    }
    if let Some((story, _)) = &kit.story {
        view.blank();
        view.text(&app.ui.text("ws-kit-description"), theme.prompt());
        view.text(&story.description, theme.base());
    }
    view.blank();
    view.text(&app.ui.text("ws-kit-export"), theme.muted());
    view.top = Some(ws.scroll.min(view.lines.len().saturating_sub(1)));
}
