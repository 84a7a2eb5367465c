//! The price sheet: from what one unit costs, the platform's fees and the margin the seller
//! wants, the price to ask, the break-even price, what each cost and fee takes out of one
//! sale, and what a voucher does to the profit (domain brief §4.3):
//!
//! **P = (C + F) / (1 − r − m)**, where C is the cost of one unit (produce or materials, own
//! hours × hourly value, packaging, shipping the seller pays, returns allowance), F the fees
//! per order, r the sum of percentage fees (and tax withheld) and m the target margin.
//! The returns allowance is the expected return rate × what a return loses: the goods, the
//! seller's shipping both ways, and the per-order fees not refunded (a fee whose refund is not
//! known counts as lost).
//!
//! Money is integer đồng (i64), shares of the price are basis points (100 = 1 %). The
//! computed price is rounded up, never down, so the margin is at least the one asked for;
//! percentage fees with a cap (Shopee Voucher Xtra) are priced as if uncapped and capped in
//! the breakdown, which errs on the safe side. Platforms charge on different bases, so the
//! result is an estimate, as the brief says. Nothing here formats money or words.

use serde::Serialize;

use super::platforms::{Charge, Platform, Tax};
use crate::i18n::money::parse_amount;

/// One hundred per cent in basis points.
pub const WHOLE: i64 = 10_000;
/// More than this per unit is surely a typing mistake (one billion đồng).
pub const MAX_DONG: i64 = 1_000_000_000;
/// More own hours than this for one unit is surely a typing mistake.
pub const MAX_HOURS: i64 = 2_000;
/// Prices are rounded up to this step unless the caller chooses another.
pub const DEFAULT_STEP: i64 = 1_000;

/// A field of the price sheet, for errors and for the screen's labels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Field {
    ProduceCost,
    OwnHours,
    HourlyValue,
    Packaging,
    Shipping,
    ReturnRate,
    ReturnShipping,
    Affiliate,
    Margin,
    Discount,
}

impl Field {
    /// Fields that must be filled; an empty optional field counts as 0.
    pub fn required(self) -> bool {
        matches!(self, Field::ProduceCost | Field::Margin | Field::Discount)
    }
}

/// Why what was typed in a field is not usable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "error")]
pub enum FieldError {
    Empty,
    NotANumber,
    Negative,
    /// Over the largest sensible value (in the field's own unit: đồng, hours, basis points).
    Absurd {
        max: i64,
    },
}

/// Reads an amount of đồng as farmers type it ("170.000", "170k", "170 nghìn đ").
pub fn parse_money(input: &str) -> Result<i64, FieldError> {
    if input.trim().is_empty() {
        return Err(FieldError::Empty);
    }
    let dong = parse_amount(input).ok_or(FieldError::NotANumber)?;
    in_range(dong, MAX_DONG)
}

/// Reads a percentage ("15", "15 %", "14,5") into basis points; at most two decimals.
pub fn parse_percent(input: &str) -> Result<i64, FieldError> {
    let text = input.trim().trim_end_matches('%').trim_end();
    let hundredths = parse_decimal(text, 2)?;
    in_range(hundredths, WHOLE)
}

/// Reads hours ("2", "1,5", "1.5 giờ", "3h") into minutes.
pub fn parse_hours(input: &str) -> Result<i64, FieldError> {
    let lower = input.trim().to_lowercase();
    let text = ["giờ", "gio", "hours", "hour", "h"]
        .iter()
        .find_map(|s| lower.strip_suffix(s))
        .unwrap_or(&lower)
        .trim_end();
    let hundredths = parse_decimal(text, 2)?;
    let minutes = (hundredths * 60 + 50) / 100;
    in_range(minutes, MAX_HOURS * 60).map_err(|e| match e {
        FieldError::Absurd { .. } => FieldError::Absurd { max: MAX_HOURS },
        e => e,
    })
}

/// "14,5" or "14.5" → 1450 with `places` = 2.
fn parse_decimal(text: &str, places: u32) -> Result<i64, FieldError> {
    if text.is_empty() {
        return Err(FieldError::Empty);
    }
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest.trim_start()),
        None => (false, text),
    };
    let (whole, frac) = body.split_once(['.', ',']).unwrap_or((body, ""));
    let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    if whole.is_empty() || whole.len() > 12 || !digits(whole) || !digits(frac) {
        return Err(FieldError::NotANumber);
    }
    if frac.len() > places as usize {
        return Err(FieldError::NotANumber);
    }
    let scale = 10i64.pow(places);
    let whole: i64 = whole.parse().map_err(|_| FieldError::NotANumber)?;
    let frac_value: i64 = if frac.is_empty() {
        0
    } else {
        let f: i64 = frac.parse().map_err(|_| FieldError::NotANumber)?;
        f * 10i64.pow(places - frac.len() as u32)
    };
    let value = whole * scale + frac_value;
    Ok(if negative { -value } else { value })
}

fn in_range(value: i64, max: i64) -> Result<i64, FieldError> {
    if value < 0 {
        Err(FieldError::Negative)
    } else if value > max {
        Err(FieldError::Absurd { max })
    } else {
        Ok(value)
    }
}

/// What one unit costs the seller before any fee.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Costs {
    /// Produce or materials for one unit.
    pub produce: i64,
    /// The seller's own work on one unit, in minutes.
    pub own_minutes: i64,
    /// What an hour of the seller's work is worth.
    pub hourly_value: i64,
    pub packaging: i64,
    /// Shipping to the buyer that the seller pays.
    pub shipping: i64,
    /// Share of orders expected to come back, basis points.
    pub return_rate_bp: i64,
    /// What sending one return back costs the seller.
    pub return_shipping: i64,
}

/// The price sheet as typed: one text per field, read with [`PriceForm::read`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PriceForm {
    pub produce_cost: String,
    pub own_hours: String,
    pub hourly_value: String,
    pub packaging: String,
    pub shipping: String,
    pub return_rate: String,
    pub return_shipping: String,
    pub affiliate: String,
    pub margin: String,
}

/// A form read without error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormValues {
    pub costs: Costs,
    /// The creator commission the seller offers, basis points.
    pub affiliate_bp: i64,
    pub margin_bp: i64,
}

impl PriceForm {
    /// Reads every field, reporting every problem at once.
    pub fn read(&self) -> Result<FormValues, Vec<(Field, FieldError)>> {
        let mut errors = Vec::new();
        let mut read = |field: Field, text: &str, parse: fn(&str) -> Result<i64, FieldError>| {
            if text.trim().is_empty() && !field.required() {
                return 0;
            }
            parse(text).unwrap_or_else(|e| {
                errors.push((field, e));
                0
            })
        };
        let costs = Costs {
            produce: read(Field::ProduceCost, &self.produce_cost, parse_money),
            own_minutes: read(Field::OwnHours, &self.own_hours, parse_hours),
            hourly_value: read(Field::HourlyValue, &self.hourly_value, parse_money),
            packaging: read(Field::Packaging, &self.packaging, parse_money),
            shipping: read(Field::Shipping, &self.shipping, parse_money),
            return_rate_bp: read(Field::ReturnRate, &self.return_rate, parse_percent),
            return_shipping: read(Field::ReturnShipping, &self.return_shipping, parse_money),
        };
        let affiliate_bp = read(Field::Affiliate, &self.affiliate, parse_percent);
        let margin_bp = read(Field::Margin, &self.margin, parse_percent);
        if errors.is_empty() {
            Ok(FormValues {
                costs,
                affiliate_bp,
                margin_bp,
            })
        } else {
            Err(errors)
        }
    }
}

/// One thing taken out of each sale by the platform, the tax office or an affiliate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Deduction {
    /// The fee's id from the presets, "tax-withheld" or "affiliate".
    pub id: String,
    #[serde(skip)]
    pub charge: Charge,
    /// True when the amount is lost on a returned order (or not known to be refunded).
    pub lost_on_return: bool,
}

/// The seller's choices about fees on one platform.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FeeChoice {
    /// Ids of optional programmes joined ("piship", "voucher-xtra").
    pub joined: Vec<String>,
    /// Whether tax is withheld; None takes the platform's preset (and no tax when unknown).
    pub withhold_tax: Option<bool>,
    /// Creator commission, basis points (0 for none).
    pub affiliate_bp: i64,
    /// Rates the seller looked up for their category, replacing the preset's (id, bp).
    pub rates: Vec<(String, i64)>,
}

/// The deductions of `platform` for these choices, in the order of the presets.
pub fn deductions(platform: &Platform, tax: &Tax, choice: &FeeChoice) -> Vec<Deduction> {
    let mut out: Vec<Deduction> = platform
        .fees
        .iter()
        .filter(|f| !f.optional || choice.joined.contains(&f.id))
        .map(|f| {
            let charge = match (f.charge, choice.rates.iter().find(|(id, _)| *id == f.id)) {
                (Charge::Percent { cap, .. }, Some(&(_, bp))) => Charge::Percent { bp, cap },
                (charge, _) => charge,
            };
            Deduction {
                id: f.id.clone(),
                charge,
                lost_on_return: f.refunded_on_return != Some(true),
            }
        })
        .collect();
    if choice.affiliate_bp > 0 {
        // Creator commission is paid only on orders not refunded (brief §4.1).
        out.push(Deduction {
            id: "affiliate".to_string(),
            charge: Charge::Percent {
                bp: choice.affiliate_bp,
                cap: None,
            },
            lost_on_return: false,
        });
    }
    let withheld = choice
        .withhold_tax
        .unwrap_or_else(|| platform.withholds_tax.as_ref().is_some_and(|w| w.value));
    if withheld {
        out.push(Deduction {
            id: tax.id.clone(),
            charge: Charge::Percent {
                bp: tax.bp,
                cap: None,
            },
            lost_on_return: false,
        });
    }
    out
}

/// Everything the price is computed from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PriceInputs {
    pub costs: Costs,
    pub deductions: Vec<Deduction>,
    pub margin_bp: i64,
    /// Round the price up to a multiple of this (1.000 đ by default).
    pub step: i64,
}

/// Why no price can be computed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "error")]
pub enum PriceError {
    /// Percentage fees plus margin take 100 % or more of the price: no price is enough.
    NoRoomForProfit { percent_bp: i64 },
    /// A number in the inputs is out of range (negative, or over the caps above).
    OutOfRange,
}

/// What one part of a sale is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "item", content = "id")]
pub enum Item {
    Produce,
    Labour,
    Packaging,
    Shipping,
    ReturnsAllowance,
    /// A deduction, by its id.
    Fee(String),
    Profit,
}

/// How much of one sale goes to one item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Share {
    pub item: Item,
    pub dong: i64,
}

/// The computed price sheet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PriceSheet {
    /// C: the cost of one unit, returns allowance included.
    pub unit_cost: i64,
    /// F: fees per order.
    pub fixed_per_order: i64,
    /// r: percentage fees and tax, basis points.
    pub percent_bp: i64,
    /// m: the margin asked for, basis points.
    pub margin_bp: i64,
    /// (C + F) / (1 − r − m), rounded up to the đồng.
    pub exact_price: i64,
    /// The price to ask: `exact_price` rounded up to the step.
    pub price: i64,
    /// The lowest price that loses nothing (m = 0), rounded up to the đồng.
    pub break_even: i64,
    /// What each cost and fee takes out of one sale at `price`; the last share is the profit
    /// and the shares add up to `price`.
    pub shares: Vec<Share>,
    pub profit: i64,
    #[serde(skip)]
    costs: Vec<Share>,
    #[serde(skip)]
    deductions: Vec<Deduction>,
}

/// Computes the price sheet.
pub fn price_sheet(inputs: &PriceInputs) -> Result<PriceSheet, PriceError> {
    let c = &inputs.costs;
    let money_ok = |v: i64| (0..=MAX_DONG).contains(&v);
    let bp_ok = |v: i64| (0..=WHOLE).contains(&v);
    if ![
        c.produce,
        c.hourly_value,
        c.packaging,
        c.shipping,
        c.return_shipping,
    ]
    .into_iter()
    .all(money_ok)
        || !(0..=MAX_HOURS * 60).contains(&c.own_minutes)
        || !bp_ok(c.return_rate_bp)
        || !bp_ok(inputs.margin_bp)
        || inputs.step < 1
        || inputs.step > MAX_DONG
        || !inputs.deductions.iter().all(|d| match d.charge {
            Charge::Percent { bp, cap } => bp_ok(bp) && cap.is_none_or(money_ok),
            Charge::PerOrder { dong } => money_ok(dong),
        })
    {
        return Err(PriceError::OutOfRange);
    }
    let labour = div_ceil(c.own_minutes * c.hourly_value, 60);
    let fixed_per_order: i64 = inputs
        .deductions
        .iter()
        .map(|d| match d.charge {
            Charge::PerOrder { dong } => dong,
            Charge::Percent { .. } => 0,
        })
        .sum();
    let fixed_lost: i64 = inputs
        .deductions
        .iter()
        .filter(|d| d.lost_on_return)
        .map(|d| match d.charge {
            Charge::PerOrder { dong } => dong,
            Charge::Percent { .. } => 0,
        })
        .sum();
    let lost_per_return =
        c.produce + labour + c.packaging + c.shipping + c.return_shipping + fixed_lost;
    let returns = div_ceil(c.return_rate_bp * lost_per_return, WHOLE);
    let costs = vec![
        Share {
            item: Item::Produce,
            dong: c.produce,
        },
        Share {
            item: Item::Labour,
            dong: labour,
        },
        Share {
            item: Item::Packaging,
            dong: c.packaging,
        },
        Share {
            item: Item::Shipping,
            dong: c.shipping,
        },
        Share {
            item: Item::ReturnsAllowance,
            dong: returns,
        },
    ];
    let unit_cost: i64 = costs.iter().map(|s| s.dong).sum();
    let percent_bp: i64 = inputs
        .deductions
        .iter()
        .map(|d| match d.charge {
            Charge::Percent { bp, .. } => bp,
            Charge::PerOrder { .. } => 0,
        })
        .sum();
    let room = WHOLE - percent_bp - inputs.margin_bp;
    if room <= 0 {
        return Err(PriceError::NoRoomForProfit {
            percent_bp: percent_bp + inputs.margin_bp,
        });
    }
    let exact_price = div_ceil((unit_cost + fixed_per_order) * WHOLE, room);
    let price = div_ceil(exact_price, inputs.step) * inputs.step;
    let break_even = div_ceil((unit_cost + fixed_per_order) * WHOLE, WHOLE - percent_bp);
    let mut sheet = PriceSheet {
        unit_cost,
        fixed_per_order,
        percent_bp,
        margin_bp: inputs.margin_bp,
        exact_price,
        price,
        break_even,
        shares: Vec::new(),
        profit: 0,
        costs,
        deductions: inputs.deductions.clone(),
    };
    (sheet.shares, sheet.profit) = sheet.shares_at(price);
    Ok(sheet)
}

impl PriceSheet {
    /// What each cost and fee takes out of one sale at `price`, and the profit left (which
    /// may be negative). The shares, profit included, add up to `price`.
    pub fn shares_at(&self, price: i64) -> (Vec<Share>, i64) {
        let mut shares = self.costs.clone();
        for d in &self.deductions {
            let dong = match d.charge {
                Charge::PerOrder { dong } => dong,
                Charge::Percent { bp, cap } => {
                    let fee = (i128::from(price.max(0)) * i128::from(bp) + i128::from(WHOLE / 2))
                        / i128::from(WHOLE);
                    let fee = i64::try_from(fee).unwrap_or(i64::MAX);
                    cap.map_or(fee, |cap| fee.min(cap))
                }
            };
            shares.push(Share {
                item: Item::Fee(d.id.clone()),
                dong,
            });
        }
        let taken = shares
            .iter()
            .fold(0i64, |sum, s| sum.saturating_add(s.dong));
        let profit = price.saturating_sub(taken);
        shares.push(Share {
            item: Item::Profit,
            dong: profit,
        });
        (shares, profit)
    }

    /// What a voucher or discount the seller pays for does to one sale at the sheet's price.
    /// Percentage fees are taken from what the buyer pays after the discount.
    pub fn with_discount(&self, discount: Discount) -> DiscountEffect {
        let amount = match discount {
            Discount::Amount(dong) => dong.clamp(0, self.price),
            Discount::Percent(bp) => div_ceil(self.price * bp.clamp(0, WHOLE), WHOLE),
        };
        let buyer_pays = self.price - amount;
        let (_, profit) = self.shares_at(buyer_pays);
        DiscountEffect {
            discount: amount,
            buyer_pays,
            profit,
            profit_change: profit - self.profit,
            below_break_even: buyer_pays < self.break_even,
        }
    }
}

/// A voucher or discount the seller pays for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Discount {
    /// Đồng off the price.
    Amount(i64),
    /// Basis points off the price.
    Percent(i64),
}

/// What a discount does to one sale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct DiscountEffect {
    /// Đồng taken off the price.
    pub discount: i64,
    pub buyer_pays: i64,
    /// Profit left on the sale (negative: the sale loses money).
    pub profit: i64,
    /// Change against the sale without discount (negative: less profit).
    pub profit_change: i64,
    /// True when what the buyer pays no longer covers costs and fees.
    pub below_break_even: bool,
}

/// Reads a discount as typed: a percentage when it ends in "%", otherwise an amount.
pub fn parse_discount(input: &str) -> Result<Discount, FieldError> {
    if input.trim_end().ends_with('%') {
        parse_percent(input).map(Discount::Percent)
    } else {
        parse_money(input).map(Discount::Amount)
    }
}

fn div_ceil(a: i64, b: i64) -> i64 {
    // Both are non-negative here: costs and rates are checked before.
    (a + b - 1) / b
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workshop::platforms;

    fn percent(id: &str, bp: i64) -> Deduction {
        Deduction {
            id: id.into(),
            charge: Charge::Percent { bp, cap: None },
            lost_on_return: false,
        }
    }

    fn per_order(id: &str, dong: i64) -> Deduction {
        Deduction {
            id: id.into(),
            charge: Charge::PerOrder { dong },
            lost_on_return: true,
        }
    }

    /// The brief's worked example (§4.3, made-up teaching inputs): C = 117,000 đ,
    /// F = 3,000 đ, r = 5 % + 8 % + 1.5 %, m = 15 % → P ≈ 170,200 đ.
    fn brief_example() -> PriceInputs {
        PriceInputs {
            costs: Costs {
                produce: 117_000,
                ..Costs::default()
            },
            deductions: vec![
                percent("payment", 500),
                percent("commission", 800),
                percent("tax-withheld", 150),
                per_order("handling", 3_000),
            ],
            margin_bp: 1_500,
            step: DEFAULT_STEP,
        }
    }

    #[test]
    fn the_brief_example_gives_its_price() {
        let sheet = price_sheet(&brief_example()).expect("price");
        assert_eq!(sheet.unit_cost, 117_000);
        assert_eq!(sheet.fixed_per_order, 3_000);
        assert_eq!(sheet.percent_bp, 1_450);
        // 120,000 / 0.705 = 170,212.77…
        assert_eq!(sheet.exact_price, 170_213);
        assert_eq!(sheet.price, 171_000);
        // 120,000 / 0.855 = 140,350.88…
        assert_eq!(sheet.break_even, 140_351);
    }

    #[test]
    fn the_shares_of_a_sale_add_up_to_the_price() {
        let sheet = price_sheet(&brief_example()).expect("price");
        let dong = |item: Item| {
            sheet
                .shares
                .iter()
                .find(|s| s.item == item)
                .map(|s| s.dong)
                .expect("share")
        };
        assert_eq!(dong(Item::Fee("payment".into())), 8_550);
        assert_eq!(dong(Item::Fee("commission".into())), 13_680);
        assert_eq!(dong(Item::Fee("tax-withheld".into())), 2_565);
        assert_eq!(dong(Item::Fee("handling".into())), 3_000);
        assert_eq!(
            sheet.profit,
            171_000 - 117_000 - 3_000 - 8_550 - 13_680 - 2_565
        );
        assert_eq!(
            sheet.shares.iter().map(|s| s.dong).sum::<i64>(),
            sheet.price
        );
        // Rounding up keeps the margin at least the one asked for.
        assert!(sheet.profit * WHOLE >= sheet.margin_bp * sheet.price);
        // At break-even nothing is left, give or take the rounding of each fee.
        let (_, at_break_even) = sheet.shares_at(sheet.break_even);
        assert!((0..=2).contains(&at_break_even), "{at_break_even}");
    }

    #[test]
    fn own_hours_and_returns_are_costs() {
        // Kitchenware seller in the brief: 10 of 100 orders came back, about 50,000 đ each.
        let inputs = PriceInputs {
            costs: Costs {
                produce: 60_000,
                own_minutes: 90,
                hourly_value: 20_000,
                packaging: 5_000,
                shipping: 0,
                return_rate_bp: 1_000,
                return_shipping: 20_000,
            },
            deductions: vec![per_order("handling", 3_000)],
            margin_bp: 0,
            step: 1,
        };
        let sheet = price_sheet(&inputs).expect("price");
        // Labour 1.5 h × 20,000 = 30,000; a return loses 60,000 + 30,000 + 5,000 + 20,000
        // + the 3,000 fee = 118,000, and one order in ten comes back: 11,800 per unit.
        assert_eq!(
            sheet.shares[1],
            Share {
                item: Item::Labour,
                dong: 30_000
            }
        );
        assert_eq!(
            sheet.shares[4],
            Share {
                item: Item::ReturnsAllowance,
                dong: 11_800
            }
        );
        assert_eq!(sheet.unit_cost, 106_800);
        assert_eq!(sheet.price, 109_800);
    }

    #[test]
    fn fees_and_margin_of_a_hundred_percent_have_no_price() {
        let mut inputs = brief_example();
        inputs.margin_bp = 8_550;
        assert_eq!(
            price_sheet(&inputs),
            Err(PriceError::NoRoomForProfit { percent_bp: 10_000 })
        );
        inputs.margin_bp = 8_549;
        assert!(price_sheet(&inputs).is_ok());
        inputs.costs.produce = -1;
        assert_eq!(price_sheet(&inputs), Err(PriceError::OutOfRange));
    }

    #[test]
    fn a_voucher_comes_out_of_the_profit_less_the_fees_it_saves() {
        let sheet = price_sheet(&brief_example()).expect("price");
        let effect = sheet.with_discount(Discount::Amount(10_000));
        assert_eq!(effect.buyer_pays, 161_000);
        // 14.5 % of the 10,000 đ is no longer charged: the profit falls by 8,550 đ.
        assert_eq!(effect.profit_change, -8_550);
        assert!(!effect.below_break_even);
        let effect = sheet.with_discount(Discount::Percent(2_000));
        assert_eq!(effect.discount, 34_200);
        assert_eq!(effect.buyer_pays, 136_800);
        assert!(effect.below_break_even && effect.profit < 0);
    }

    #[test]
    fn typed_fields_are_read_and_every_error_is_named() {
        assert_eq!(parse_money("170.000 đ"), Ok(170_000));
        assert_eq!(parse_money("  "), Err(FieldError::Empty));
        assert_eq!(parse_money("một trăm"), Err(FieldError::NotANumber));
        assert_eq!(parse_money("-5.000"), Err(FieldError::Negative));
        assert_eq!(
            parse_money("2.000.000.000"),
            Err(FieldError::Absurd { max: MAX_DONG })
        );
        assert_eq!(parse_percent("14,5 %"), Ok(1_450));
        assert_eq!(parse_percent("1.5"), Ok(150));
        assert_eq!(parse_percent("15%"), Ok(1_500));
        assert_eq!(parse_percent("2.497"), Err(FieldError::NotANumber));
        assert_eq!(parse_percent("120"), Err(FieldError::Absurd { max: WHOLE }));
        assert_eq!(parse_hours("1,5 giờ"), Ok(90));
        assert_eq!(parse_hours("2h"), Ok(120));
        assert_eq!(
            parse_hours("5000"),
            Err(FieldError::Absurd { max: MAX_HOURS })
        );
        assert_eq!(parse_discount("10%"), Ok(Discount::Percent(1_000)));
        assert_eq!(parse_discount("10k"), Ok(Discount::Amount(10_000)));
        let form = PriceForm {
            produce_cost: String::new(),
            own_hours: "hai".into(),
            margin: "-3".into(),
            packaging: "5.000".into(),
            ..PriceForm::default()
        };
        assert_eq!(
            form.read(),
            Err(vec![
                (Field::ProduceCost, FieldError::Empty),
                (Field::OwnHours, FieldError::NotANumber),
                (Field::Margin, FieldError::Negative),
            ])
        );
        let form = PriceForm {
            produce_cost: "117k".into(),
            margin: "15".into(),
            ..PriceForm::default()
        };
        let values = form.read().expect("reads");
        assert_eq!((values.costs.produce, values.margin_bp), (117_000, 1_500));
    }

    #[test]
    fn presets_give_the_deductions_of_each_platform() {
        let p = platforms::embedded().expect("presets");
        let tiktok = p.get("tiktok-shop").expect("tiktok");
        let choice = FeeChoice {
            rates: vec![("commission".into(), 800)],
            ..FeeChoice::default()
        };
        let d = deductions(tiktok, &p.tax, &choice);
        let ids: Vec<&str> = d.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, ["payment", "commission", "handling", "tax-withheld"]);
        // With the presets, the brief's example comes out the same.
        let inputs = PriceInputs {
            deductions: d,
            ..brief_example()
        };
        assert_eq!(price_sheet(&inputs).expect("price").price, 171_000);

        let shopee = p.get("shopee").expect("shopee");
        let joined = FeeChoice {
            joined: vec!["piship".into(), "voucher-xtra".into()],
            withhold_tax: Some(false),
            affiliate_bp: 1_000,
            ..FeeChoice::default()
        };
        let d = deductions(shopee, &p.tax, &joined);
        let ids: Vec<&str> = d.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "payment",
                "category-fixed",
                "infrastructure",
                "piship",
                "voucher-xtra",
                "affiliate"
            ]
        );
        // Shopee's per-order fees: 3,000 + 1,650 đ (brief §4.3).
        let sheet = price_sheet(&PriceInputs {
            costs: Costs {
                produce: 50_000,
                ..Costs::default()
            },
            deductions: d,
            margin_bp: 0,
            step: 1,
        })
        .expect("price");
        assert_eq!(sheet.fixed_per_order, 4_650);
        // Selling directly: no fee and no tax withheld.
        let direct = p.get("direct").expect("direct");
        assert!(deductions(direct, &p.tax, &FeeChoice::default()).is_empty());
    }

    #[test]
    fn a_capped_fee_takes_no_more_than_its_cap() {
        let inputs = PriceInputs {
            costs: Costs {
                produce: 5_000_000,
                ..Costs::default()
            },
            deductions: vec![Deduction {
                id: "voucher-xtra".into(),
                charge: Charge::Percent {
                    bp: 200,
                    cap: Some(50_000),
                },
                lost_on_return: false,
            }],
            margin_bp: 0,
            step: DEFAULT_STEP,
        };
        let sheet = price_sheet(&inputs).expect("price");
        assert_eq!(sheet.shares[5].dong, 50_000);
        assert!(sheet.profit >= 0);
    }

    proptest::proptest! {
        #[test]
        fn any_sheet_adds_up_and_keeps_its_margin(
            produce in 0..MAX_DONG,
            minutes in 0..MAX_HOURS * 60,
            hourly in 0..200_000i64,
            return_rate in 0..WHOLE,
            fee_bp in 0..3_000i64,
            fixed in 0..50_000i64,
            margin in 0..5_000i64,
            step in 1..10_000i64,
        ) {
            let inputs = PriceInputs {
                costs: Costs { produce, own_minutes: minutes, hourly_value: hourly, return_rate_bp: return_rate, ..Costs::default() },
                deductions: vec![percent("payment", fee_bp), per_order("handling", fixed)],
                margin_bp: margin,
                step,
            };
            let sheet = price_sheet(&inputs).expect("room for profit");
            proptest::prop_assert_eq!(sheet.shares.iter().map(|s| s.dong).sum::<i64>(), sheet.price);
            proptest::prop_assert!(sheet.price >= sheet.exact_price && sheet.exact_price >= sheet.break_even);
            proptest::prop_assert!(i128::from(sheet.profit) * i128::from(WHOLE) + i128::from(WHOLE) >= i128::from(margin) * i128::from(sheet.price));
        }
    }
}
