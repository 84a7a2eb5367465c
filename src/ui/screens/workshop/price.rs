//! The price sheet: its fields, then the price to ask, the break-even price, what each cost
//! and fee takes from one sale, and what a voucher does to the profit.

use super::{field_error, form_fields, money, result_line};
use crate::app::App;
use crate::app::workshop::Workshop;
use crate::app::workshop::price::{self, Problem};
use crate::i18n::Args;
use crate::ui::theme::Theme;
use crate::ui::view::View;
use crate::workshop::pricing::{Item, MAX_HOURS};

pub(super) fn view(app: &App, theme: &Theme, view: &mut View, ws: &Workshop) {
    view.text(&app.ui.text("ws-price-title"), theme.heading());
    view.text(&app.ui.text("ws-price-intro"), theme.muted());
    view.blank();
    let result = price::of_form(&ws.form);
    let problem = |id: &str| -> Option<String> {
        let (_, p) = result.problems.iter().find(|(f, _)| *f == id)?;
        Some(match *p {
            Problem::Field(e) => field_error(app, e, &|max| match id {
                "own-hours" => format!("{max}"),
                "return-rate" | "margin" => format!("{} %", max / 100),
                _ if max == MAX_HOURS => format!("{max}"),
                _ => money(app, max),
            }),
            Problem::NoRoom { percent_bp } => {
                let mut a = Args::new();
                a.set("percent", percent(app, percent_bp));
                app.ui.text_with("ws-error-no-room", &a)
            }
        })
    };
    form_fields(
        app,
        theme,
        view,
        &ws.form,
        true,
        &|id| app.ui.text(&format!("ws-price-{id}")),
        &problem,
    );
    view.blank();
    let Some(sheet) = &result.sheet else {
        view.text(&app.ui.text("ws-price-waiting"), theme.muted());
        return;
    };
    result_line(
        view,
        theme,
        &app.ui.text("ws-price-result"),
        &money(app, sheet.price),
        theme.correct(),
    );
    result_line(
        view,
        theme,
        &app.ui.text("ws-price-break-even"),
        &money(app, sheet.break_even),
        theme.notice(),
    );
    view.text(&app.ui.text("ws-price-shares"), theme.prompt());
    for share in &sheet.shares {
        let name = match &share.item {
            Item::Produce => app.ui.text("ws-share-produce"),
            Item::Labour => app.ui.text("ws-share-labour"),
            Item::Packaging => app.ui.text("ws-share-packaging"),
            Item::Shipping => app.ui.text("ws-share-shipping"),
            Item::ReturnsAllowance => app.ui.text("ws-share-returns"),
            Item::Fee(id) => {
                // Fee ids come from the presets; one without words is shown as it is.
                let name = app
                    .ui
                    .get(&format!("ws-fee-{id}"), None)
                    .map_or_else(|| id.clone(), |t| t.value);
                let mut a = Args::new();
                a.set("fee", name);
                app.ui.text_with("ws-share-fee", &a)
            }
            Item::Profit => app.ui.text("ws-share-profit"),
        };
        let style = if share.item == Item::Profit {
            theme.correct()
        } else {
            theme.base()
        };
        result_line(
            view,
            theme,
            &format!("  {name}:"),
            &money(app, share.dong),
            style,
        );
    }
    if let Some(effect) = &result.discount {
        let mut a = Args::new();
        a.set("pays", money(app, effect.buyer_pays));
        a.set("profit", money(app, effect.profit));
        let (id, style) = if effect.below_break_even || effect.profit < 0 {
            ("ws-price-voucher-loss", theme.wrong())
        } else {
            ("ws-price-voucher", theme.base())
        };
        view.text(&app.ui.text_with(id, &a), style);
    }
}

/// Basis points as a percentage in the language's way: "105,5" in vi, "105.5" in en.
fn percent(app: &App, bp: i64) -> String {
    let whole = bp / 100;
    let rest = bp % 100;
    if rest == 0 {
        return whole.to_string();
    }
    let group = app
        .languages
        .get(&app.lang)
        .map_or(".", |l| l.digit_group.as_str());
    let decimal = if group == "." { "," } else { "." };
    let digits = format!("{rest:02}");
    format!("{whole}{decimal}{}", digits.trim_end_matches('0'))
}
