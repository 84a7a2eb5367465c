//! The product story: one question per field, then the title and description built from the
//! answers, and each thing to fix in its own plain sentence.

use super::form_fields;
use crate::app::App;
use crate::app::workshop::{Workshop, price, story};
use crate::i18n::Args;
use crate::learner::WorkKind;
use crate::ui::theme::Theme;
use crate::ui::view::View;
use crate::workshop::platforms::Limits;
use crate::workshop::story::{Place, StoryIssue};

pub(super) fn view(app: &App, theme: &Theme, view: &mut View, ws: &Workshop) {
    view.text(&app.ui.text("ws-story-title"), theme.heading());
    view.text(&app.ui.text("ws-story-intro"), theme.muted());
    view.blank();
    form_fields(
        app,
        theme,
        view,
        &ws.form,
        true,
        &|id| app.ui.text(&format!("ws-story-{id}")),
        &|_| None,
    );
    view.blank();
    let limits = limits(app);
    let (built, issues) = story::compute(&|id| ws.form.get(id).to_string(), &app.ui, &limits);
    view.text(&app.ui.text("ws-story-result"), theme.prompt());
    view.text(&built.title, theme.correct());
    view.text(&built.description, theme.base());
    view.blank();
    if issues.is_empty() {
        view.text(&app.ui.text("ws-story-good"), theme.correct());
    }
    for issue in &issues {
        view.para(
            vec![ratatui_core::text::Span::styled(
                format!("{} ", theme.glyphs.wrong),
                theme.wrong(),
            )],
            &issue_text(app, issue),
            theme.wrong(),
        );
    }
}

/// The limits of the platform on the learner's price sheet.
pub(super) fn limits(app: &App) -> Limits {
    let saved = crate::app::workshop::Saved::read(&app.progress.work, WorkKind::PriceSheet);
    price::platform(saved.field("platform")).map_or_else(Limits::default, |p| p.limits.clone())
}

/// One thing to fix, in plain words.
pub(super) fn issue_text(app: &App, issue: &StoryIssue) -> String {
    let mut a = Args::new();
    let id = match issue {
        StoryIssue::TitleTooShort { chars, min } => {
            a.set("chars", *chars);
            a.set("min", *min);
            "ws-issue-title-short".to_string()
        }
        StoryIssue::TitleTooLong { chars, max } => {
            a.set("chars", *chars);
            a.set("max", *max);
            "ws-issue-title-long".to_string()
        }
        StoryIssue::TooFewWords { words, min } => {
            a.set("words", *words);
            a.set("min", *min);
            "ws-issue-few-words".to_string()
        }
        StoryIssue::DescriptionTooShort { chars, min } => {
            a.set("chars", *chars);
            a.set("min", *min);
            "ws-issue-description-short".to_string()
        }
        StoryIssue::DescriptionTooLong { chars, max } => {
            a.set("chars", *chars);
            a.set("max", *max);
            "ws-issue-description-long".to_string()
        }
        StoryIssue::Unanswered { part } => {
            a.set("question", app.ui.text(&format!("ws-story-{}", part.id())));
            "ws-issue-unanswered".to_string()
        }
        StoryIssue::OcopStars { .. }
        | StoryIssue::OcopInFuture { .. }
        | StoryIssue::OcopExpired { .. } => "ws-issue-ocop".to_string(),
        StoryIssue::Claim { place, claim } => {
            a.set("text", crate::text::clean_line(&claim.text));
            a.set(
                "where",
                app.ui.text(match place {
                    Place::Title => "ws-in-title",
                    Place::Description => "ws-in-description",
                }),
            );
            format!("ws-claim-{}", claim.kind.id())
        }
    };
    app.ui.text_with(&id, &a)
}
