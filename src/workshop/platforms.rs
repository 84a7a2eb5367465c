//! Platform presets: fees, tax withholding and listing limits of each place a farmer can sell,
//! read from `data/platforms.toml` (embedded; a trainer edits the file and rebuilds, or passes
//! an edited copy to [`parse`]). Every number carries its source and date; what the domain
//! brief does not give is listed as unknown, never guessed.
//!
//! Two layers, as everywhere: serde structs mirroring the file, converted into [`Platforms`]
//! with every problem collected. This module reads data only; it computes no price.

use std::sync::OnceLock;

use serde::Deserialize;

/// The presets shipped with the program.
pub const EMBEDDED: &str = include_str!("../../data/platforms.toml");

/// Where a number comes from and when it was true.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub source: String,
    /// "2025-07-01", "2025-06", "2025" or "undated".
    pub as_of: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A value with its source.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sourced<T> {
    pub value: T,
    #[serde(flatten)]
    pub source: Source,
}

/// How a fee is charged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Charge {
    /// A share of the price the buyer pays, in basis points, at most `cap` đồng per item.
    Percent { bp: i64, cap: Option<i64> },
    /// Đồng per order.
    PerOrder { dong: i64 },
}

/// One fee of a platform.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fee {
    /// Stable id ("payment", "commission", "handling"): the message id suffix for its name.
    pub id: String,
    pub charge: Charge,
    /// A programme the seller chooses to join.
    pub optional: bool,
    /// The spread of the rate across categories, in basis points.
    pub range_bp: Option<(i64, i64)>,
    /// False when the fee is lost on a returned order; None when not known.
    pub refunded_on_return: Option<bool>,
    pub source: Source,
}

/// Listing limits known for a platform; None where the brief has no number.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Limits {
    pub image_min_side: Option<Sourced<u32>>,
    pub image_max_side: Option<Sourced<u32>>,
    pub image_max_bytes: Option<Sourced<u64>>,
    pub image_count_max: Option<Sourced<u32>>,
    pub product_fill_min_percent: Option<Sourced<u32>>,
    pub title_min_chars: Option<Sourced<usize>>,
    pub title_max_chars: Option<Sourced<usize>>,
    pub description_min_words: Option<Sourced<usize>>,
    pub description_min_chars: Option<Sourced<usize>>,
    pub description_max_chars: Option<Sourced<usize>>,
    pub shop_name_max_chars: Option<Sourced<usize>>,
}

/// Something the brief does not know about a platform.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Unknown {
    pub id: String,
    pub note: String,
}

/// One place to sell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Platform {
    /// "tiktok-shop", "shopee", "lazada", "voso", "direct".
    pub id: String,
    /// The platform's own name (a brand, not translated).
    pub name: String,
    /// Whether the platform withholds tax on each order; None when not known.
    pub withholds_tax: Option<Sourced<bool>>,
    pub fees: Vec<Fee>,
    pub limits: Limits,
    pub unknown: Vec<Unknown>,
}

/// The tax a platform withholds on goods (Decree 117/2025/NĐ-CP).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tax {
    pub id: String,
    pub bp: i64,
    pub source: Source,
}

/// All presets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Platforms {
    pub tax: Tax,
    pub platforms: Vec<Platform>,
}

impl Platforms {
    pub fn get(&self, id: &str) -> Option<&Platform> {
        self.platforms.iter().find(|p| p.id == id)
    }
}

/// What is wrong in a presets file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PresetError {
    /// Not TOML, or not the shape above; `span` is a byte range in the file.
    Syntax {
        message: String,
        span: Option<std::ops::Range<usize>>,
    },
    UnsupportedVersion(u32),
    DuplicatePlatform(String),
    /// A fee needs exactly one of `percent_bp` and `per_order`.
    FeeAmount {
        platform: String,
        fee: String,
    },
    /// A rate or amount below zero, or a percentage over 100 %.
    FeeOutOfRange {
        platform: String,
        fee: String,
    },
    /// `as_of` is not a date of the forms above.
    BadDate {
        platform: String,
        item: String,
        found: String,
    },
}

/// The embedded presets, read once.
pub fn embedded() -> Result<&'static Platforms, &'static [PresetError]> {
    static CELL: OnceLock<Result<Platforms, Vec<PresetError>>> = OnceLock::new();
    match CELL.get_or_init(|| parse(EMBEDDED)) {
        Ok(p) => Ok(p),
        Err(e) => Err(e),
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    format_version: u32,
    tax: RawTax,
    #[serde(default)]
    platforms: Vec<RawPlatform>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTax {
    id: String,
    percent_bp: i64,
    #[serde(flatten)]
    source: Source,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPlatform {
    id: String,
    name: String,
    withholds_tax: Option<Sourced<bool>>,
    #[serde(default)]
    fees: Vec<RawFee>,
    #[serde(default)]
    limits: Limits,
    #[serde(default)]
    unknown: Vec<Unknown>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFee {
    id: String,
    percent_bp: Option<i64>,
    per_order: Option<i64>,
    cap: Option<i64>,
    range_bp: Option<(i64, i64)>,
    #[serde(default)]
    optional: bool,
    refunded_on_return: Option<bool>,
    #[serde(flatten)]
    source: Source,
}

/// Reads a presets file, reporting every problem.
pub fn parse(text: &str) -> Result<Platforms, Vec<PresetError>> {
    let raw: RawFile = toml::from_str(text).map_err(|e| {
        vec![PresetError::Syntax {
            message: e.message().to_string(),
            span: e.span(),
        }]
    })?;
    let mut errors = Vec::new();
    if raw.format_version != 1 {
        errors.push(PresetError::UnsupportedVersion(raw.format_version));
    }
    check_date(&raw.tax.source, "", &raw.tax.id, &mut errors);
    let mut platforms: Vec<Platform> = Vec::new();
    for p in raw.platforms {
        if platforms.iter().any(|q| q.id == p.id) {
            errors.push(PresetError::DuplicatePlatform(p.id.clone()));
        }
        if let Some(w) = &p.withholds_tax {
            check_date(&w.source, &p.id, "withholds_tax", &mut errors);
        }
        check_limits(&p.limits, &p.id, &mut errors);
        let fees = p
            .fees
            .into_iter()
            .filter_map(|f| fee(f, &p.id, &mut errors))
            .collect();
        platforms.push(Platform {
            id: p.id,
            name: p.name,
            withholds_tax: p.withholds_tax,
            fees,
            limits: p.limits,
            unknown: p.unknown,
        });
    }
    if errors.is_empty() {
        Ok(Platforms {
            tax: Tax {
                id: raw.tax.id,
                bp: raw.tax.percent_bp,
                source: raw.tax.source,
            },
            platforms,
        })
    } else {
        Err(errors)
    }
}

fn fee(f: RawFee, platform: &str, errors: &mut Vec<PresetError>) -> Option<Fee> {
    check_date(&f.source, platform, &f.id, errors);
    let out_of_range = || PresetError::FeeOutOfRange {
        platform: platform.to_string(),
        fee: f.id.clone(),
    };
    let charge = match (f.percent_bp, f.per_order) {
        (Some(bp), None) => {
            if !(0..=10_000).contains(&bp) || f.cap.is_some_and(|c| c < 0) {
                errors.push(out_of_range());
                return None;
            }
            Charge::Percent { bp, cap: f.cap }
        }
        (None, Some(dong)) if f.cap.is_none() => {
            if dong < 0 {
                errors.push(out_of_range());
                return None;
            }
            Charge::PerOrder { dong }
        }
        _ => {
            errors.push(PresetError::FeeAmount {
                platform: platform.to_string(),
                fee: f.id,
            });
            return None;
        }
    };
    Some(Fee {
        id: f.id,
        charge,
        optional: f.optional,
        range_bp: f.range_bp,
        refunded_on_return: f.refunded_on_return,
        source: f.source,
    })
}

fn check_limits(l: &Limits, platform: &str, errors: &mut Vec<PresetError>) {
    let sources = [
        (
            "image_min_side",
            l.image_min_side.as_ref().map(|s| &s.source),
        ),
        (
            "image_max_side",
            l.image_max_side.as_ref().map(|s| &s.source),
        ),
        (
            "image_max_bytes",
            l.image_max_bytes.as_ref().map(|s| &s.source),
        ),
        (
            "image_count_max",
            l.image_count_max.as_ref().map(|s| &s.source),
        ),
        (
            "product_fill_min_percent",
            l.product_fill_min_percent.as_ref().map(|s| &s.source),
        ),
        (
            "title_min_chars",
            l.title_min_chars.as_ref().map(|s| &s.source),
        ),
        (
            "title_max_chars",
            l.title_max_chars.as_ref().map(|s| &s.source),
        ),
        (
            "description_min_words",
            l.description_min_words.as_ref().map(|s| &s.source),
        ),
        (
            "description_min_chars",
            l.description_min_chars.as_ref().map(|s| &s.source),
        ),
        (
            "description_max_chars",
            l.description_max_chars.as_ref().map(|s| &s.source),
        ),
        (
            "shop_name_max_chars",
            l.shop_name_max_chars.as_ref().map(|s| &s.source),
        ),
    ];
    for (item, source) in sources {
        if let Some(source) = source {
            check_date(source, platform, item, errors);
        }
    }
}

/// "undated", or YYYY, YYYY-MM, YYYY-MM-DD with a plausible month and day.
fn check_date(source: &Source, platform: &str, item: &str, errors: &mut Vec<PresetError>) {
    if !is_date(&source.as_of) {
        errors.push(PresetError::BadDate {
            platform: platform.to_string(),
            item: item.to_string(),
            found: source.as_of.clone(),
        });
    }
}

fn is_date(s: &str) -> bool {
    if s == "undated" {
        return true;
    }
    let parts: Vec<&str> = s.split('-').collect();
    let number = |p: &str, len: usize, lo: u32, hi: u32| {
        p.len() == len
            && p.chars().all(|c| c.is_ascii_digit())
            && p.parse::<u32>().is_ok_and(|n| (lo..=hi).contains(&n))
    };
    match parts.as_slice() {
        [y] => number(y, 4, 1990, 2100),
        [y, m] => number(y, 4, 1990, 2100) && number(m, 2, 1, 12),
        [y, m, d] => number(y, 4, 1990, 2100) && number(m, 2, 1, 12) && number(d, 2, 1, 31),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_presets_read_and_cover_every_place_to_sell() {
        let p = embedded().expect("data/platforms.toml reads");
        let ids: Vec<&str> = p.platforms.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, ["tiktok-shop", "shopee", "lazada", "voso", "direct"]);
        assert_eq!(p.tax.bp, 150);
        assert_eq!(p.tax.source.as_of, "2025-07-01");
    }

    #[test]
    fn brief_numbers_are_in_the_presets_with_their_dates() {
        let p = embedded().expect("reads");
        let tiktok = p.get("tiktok-shop").expect("tiktok");
        let handling = tiktok
            .fees
            .iter()
            .find(|f| f.id == "handling")
            .expect("fee");
        assert_eq!(handling.charge, Charge::PerOrder { dong: 3_000 });
        assert_eq!(handling.refunded_on_return, Some(false));
        assert_eq!(handling.source.as_of, "2025-10-27");
        let shopee = p.get("shopee").expect("shopee");
        let voucher = shopee
            .fees
            .iter()
            .find(|f| f.id == "voucher-xtra")
            .expect("fee");
        assert_eq!(
            voucher.charge,
            Charge::Percent {
                bp: 200,
                cap: Some(50_000)
            }
        );
        assert!(voucher.optional);
        assert_eq!(
            tiktok.limits.image_min_side.as_ref().map(|s| s.value),
            Some(600)
        );
        // Nothing is invented for Voso: no fees, and the gap is said.
        let voso = p.get("voso").expect("voso");
        assert!(voso.fees.is_empty() && voso.withholds_tax.is_none());
        assert!(!voso.unknown.is_empty());
    }

    #[test]
    fn every_date_in_the_presets_is_a_date() {
        assert!(is_date("2025-07-01") && is_date("2025-06") && is_date("2022"));
        assert!(is_date("undated"));
        assert!(!is_date("2025-13") && !is_date("recent") && !is_date("25-07-01"));
    }

    #[test]
    fn every_problem_of_an_edited_file_is_reported() {
        let text = r#"
format_version = 1
[tax]
id = "t"
percent_bp = 150
source = "s"
as_of = "2025"
[[platforms]]
id = "a"
name = "A"
[[platforms.fees]]
id = "both"
percent_bp = 100
per_order = 10
source = "s"
as_of = "soon"
[[platforms.fees]]
id = "negative"
per_order = -1
source = "s"
as_of = "2025"
[[platforms]]
id = "a"
name = "A again"
"#;
        let errors = parse(text).expect_err("broken");
        assert_eq!(
            errors,
            vec![
                PresetError::BadDate {
                    platform: "a".into(),
                    item: "both".into(),
                    found: "soon".into()
                },
                PresetError::FeeAmount {
                    platform: "a".into(),
                    fee: "both".into()
                },
                PresetError::FeeOutOfRange {
                    platform: "a".into(),
                    fee: "negative".into()
                },
                PresetError::DuplicatePlatform("a".into()),
            ]
        );
        assert!(matches!(
            parse("format_version = 1\n[tax]\nid = 3").expect_err("syntax")[..],
            [PresetError::Syntax { .. }]
        ));
    }

    #[test]
    fn a_misspelt_field_is_an_error_not_ignored() {
        let text = "format_version = 1\n[tax]\nid = \"t\"\npercent_bp = 150\nsource = \"s\"\nas_of = \"2025\"\n[[platforms]]\nid = \"a\"\nname = \"A\"\n[[platforms.fees]]\nid = \"x\"\nper_order = 1\noptinal = true\nsource = \"s\"\nas_of = \"2025\"\n";
        let errors = parse(text).expect_err("typo");
        assert!(
            matches!(&errors[..], [PresetError::Syntax { message, .. }] if message.contains("optinal")),
            "{errors:?}"
        );
    }
}
