//! The price sheet form: its fields and the results computed from them as the learner types
//! (`workshop::pricing`). Every field that cannot be read gets its own [`FieldError`]; a
//! margin that leaves no room for the fees gets one too, on the margin field.

use super::FieldKind;
use super::form::Form;
use crate::workshop::platforms::{self, Platform};
use crate::workshop::pricing::{
    self, DEFAULT_STEP, DiscountEffect, FeeChoice, Field, FieldError, PriceError, PriceForm,
    PriceInputs, PriceSheet,
};

/// The fields, in order. Their labels are the messages `ws-price-<id>`.
pub const FIELDS: &[(&str, FieldKind)] = &[
    ("produce-cost", FieldKind::Number),
    ("own-hours", FieldKind::Number),
    ("hourly-value", FieldKind::Number),
    ("packaging", FieldKind::Number),
    ("shipping", FieldKind::Number),
    ("return-rate", FieldKind::Number),
    ("platform", FieldKind::Choice),
    ("margin", FieldKind::Number),
    ("discount", FieldKind::Number),
];

/// What a field's problem is about: how to say its limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    Field(FieldError),
    /// Fees and margin take all of the price (`percent_bp` of it).
    NoRoom {
        percent_bp: i64,
    },
}

/// Everything the price sheet shows below its fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Result {
    /// Problems by field id.
    pub problems: Vec<(&'static str, Problem)>,
    pub sheet: Option<PriceSheet>,
    pub discount: Option<DiscountEffect>,
}

fn field_id(field: Field) -> &'static str {
    match field {
        Field::ProduceCost => "produce-cost",
        Field::OwnHours => "own-hours",
        Field::HourlyValue => "hourly-value",
        Field::Packaging => "packaging",
        Field::Shipping => "shipping",
        Field::ReturnRate => "return-rate",
        Field::ReturnShipping => "return-shipping",
        Field::Affiliate => "affiliate",
        Field::Margin => "margin",
        Field::Discount => "discount",
    }
}

/// The platform chosen on the form (the first preset when none is).
pub fn platform(form_platform: &str) -> Option<&'static Platform> {
    let all = platforms::embedded().ok()?;
    all.get(form_platform).or_else(|| all.platforms.first())
}

/// Reads the price form's fields (by id) and computes the sheet.
pub fn compute(get: &dyn Fn(&str) -> String) -> Result {
    let form = PriceForm {
        produce_cost: get("produce-cost"),
        own_hours: get("own-hours"),
        hourly_value: get("hourly-value"),
        packaging: get("packaging"),
        shipping: get("shipping"),
        return_rate: get("return-rate"),
        return_shipping: String::new(),
        affiliate: String::new(),
        margin: get("margin"),
    };
    let mut problems: Vec<(&'static str, Problem)> = Vec::new();
    let discount_text = get("discount");
    let discount = if discount_text.trim().is_empty() {
        None
    } else {
        match pricing::parse_discount(&discount_text) {
            Ok(d) => Some(d),
            Err(e) => {
                problems.push(("discount", Problem::Field(e)));
                None
            }
        }
    };
    let values = match form.read() {
        Ok(values) => values,
        Err(errors) => {
            let mut all: Vec<(&'static str, Problem)> = errors
                .into_iter()
                .map(|(f, e)| (field_id(f), Problem::Field(e)))
                .collect();
            all.extend(problems);
            return Result {
                problems: all,
                sheet: None,
                discount: None,
            };
        }
    };
    let (Some(platform), Ok(presets)) = (platform(&get("platform")), platforms::embedded()) else {
        return Result {
            problems,
            sheet: None,
            discount: None,
        };
    };
    let deductions = pricing::deductions(
        platform,
        &presets.tax,
        &FeeChoice {
            affiliate_bp: values.affiliate_bp,
            ..FeeChoice::default()
        },
    );
    let sheet = match pricing::price_sheet(&PriceInputs {
        costs: values.costs,
        deductions,
        margin_bp: values.margin_bp,
        step: DEFAULT_STEP,
    }) {
        Ok(sheet) => sheet,
        Err(PriceError::NoRoomForProfit { percent_bp }) => {
            problems.push(("margin", Problem::NoRoom { percent_bp }));
            return Result {
                problems,
                sheet: None,
                discount: None,
            };
        }
        Err(PriceError::OutOfRange) => {
            return Result {
                problems,
                sheet: None,
                discount: None,
            };
        }
    };
    let discount = discount.map(|d| sheet.with_discount(d));
    Result {
        problems,
        sheet: Some(sheet),
        discount,
    }
}

/// The results of the price form on screen.
pub fn of_form(form: &Form) -> Result {
    compute(&|id| form.get(id).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::workshop::Saved;

    fn form(pairs: &[(&str, &str)]) -> Form {
        let mut saved = Saved::default();
        for (k, v) in pairs {
            saved.fields.insert(k.to_string(), v.to_string());
        }
        Form::new(FIELDS, &saved)
    }

    #[test]
    fn every_bad_value_gets_a_message_on_its_own_field() {
        let r = of_form(&form(&[
            ("produce-cost", ""),
            ("own-hours", "abc"),
            ("packaging", "-5000"),
            ("shipping", "5000000000"),
            ("margin", "15"),
            ("discount", "xyz"),
        ]));
        assert_eq!(r.sheet, None);
        let problem = |id: &str| r.problems.iter().find(|(f, _)| *f == id).map(|(_, p)| *p);
        assert_eq!(
            problem("produce-cost"),
            Some(Problem::Field(FieldError::Empty))
        );
        assert_eq!(
            problem("own-hours"),
            Some(Problem::Field(FieldError::NotANumber))
        );
        assert_eq!(
            problem("packaging"),
            Some(Problem::Field(FieldError::Negative))
        );
        assert!(matches!(
            problem("shipping"),
            Some(Problem::Field(FieldError::Absurd { .. }))
        ));
        assert_eq!(
            problem("discount"),
            Some(Problem::Field(FieldError::NotANumber))
        );
        assert_eq!(problem("margin"), None);
    }

    #[test]
    fn a_margin_that_leaves_no_room_for_fees_is_told_on_the_margin() {
        let r = of_form(&form(&[("produce-cost", "100000"), ("margin", "95")]));
        assert_eq!(r.sheet, None);
        assert!(matches!(
            r.problems.as_slice(),
            [("margin", Problem::NoRoom { .. })]
        ));
    }

    #[test]
    fn results_follow_the_typing() {
        let mut f = form(&[("produce-cost", "100000"), ("margin", "15")]);
        let first = of_form(&f).sheet.expect("a price").price;
        f.set(0, "200000");
        let second = of_form(&f).sheet.expect("a price").price;
        assert!(second > first, "{first} then {second}");
        // A voucher takes from the profit.
        let i = FIELDS
            .iter()
            .position(|(id, _)| *id == "discount")
            .expect("field");
        f.set(i, "10%");
        let effect = of_form(&f).discount.expect("voucher effect");
        assert!(effect.profit_change < 0);
    }
}
