//! The shop workshops as pure logic: the claim checker, the price sheet, the photo check, the
//! story builder and the listing kit. Screens, step types and storage build on this API.
//!
//! Nothing here draws, prints or stores anything (the photo check only reads the file it is
//! given), and no user-visible sentence lives here:
//! results are data (enums, numbers, spans) that the caller turns into words through the
//! localizer. Money is integer đồng; shares of a price are basis points (1 % = 100).
//! Every platform rate comes from `data/platforms.toml` with its source and date.
//!
//! | module | entry points |
//! |---|---|
//! | [`claims`] | [`claims::check_claims`] → `Vec<Claim>` (kind, byte span, text, platform) |
//! | [`platforms`] | [`platforms::embedded`], [`platforms::parse`] → fees, tax, listing limits |
//! | [`pricing`] | [`pricing::PriceForm::read`], [`pricing::deductions`], [`pricing::price_sheet`], [`pricing::PriceSheet::with_discount`] |
//! | [`photo`] | [`photo::check_photo`] → [`photo::PhotoReport`] of [`photo::Verdict`]s, or a [`photo::PhotoError`] |
//! | [`story`] | [`story::build`] (answers + caller's phrases) → [`story::Story`]; [`story::check_story`] |
//! | [`listing`] | [`listing::Listing::new`], [`listing::Listing::text`], [`listing::csv_file`] |

pub mod claims;
pub mod listing;
pub mod photo;
pub mod platforms;
pub mod pricing;
pub mod story;
