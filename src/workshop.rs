//! The shop workshops as pure logic: the claim checker, the price sheet, the photo check, the
//! story builder and the listing kit. Screens, step types and storage build on this API.
//!
//! Nothing here draws, prints or stores anything, and no user-visible sentence lives here:
//! results are data (enums, numbers, spans) that the caller turns into words through the
//! localizer. Money is integer đồng; shares of a price are basis points (1 % = 100).
//! Every platform rate comes from `data/platforms.toml` with its source and date.

pub mod claims;
pub mod listing;
pub mod photo;
pub mod platforms;
pub mod pricing;
pub mod story;
