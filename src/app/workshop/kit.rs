//! The listing kit: the learner's latest story, price sheet and photo checks put together
//! (`workshop::listing`). The screen and `chophien export listing` both use it.

use std::collections::BTreeMap;

use super::{Saved, price, story};
use crate::i18n::Localizer;
use crate::learner::WorkKind;
use crate::workshop::listing::{Listing, ListingPhoto};
use crate::workshop::pricing::PriceSheet;
use crate::workshop::story::{Story, StoryIssue};

/// The facts the law asks every online listing to give (Law 19/2023/QH15, Art. 37); their
/// words are the messages `ws-legal-<id>`.
pub const LEGAL_FACTS: &[&str] = &[
    "seller",
    "tax-code",
    "quantity",
    "origin",
    "shelf-life",
    "price",
    "delivery",
    "payment",
    "returns",
];

/// What the kit has to show.
#[derive(Debug, Clone)]
pub struct Kit {
    pub story: Option<(Story, Vec<StoryIssue>)>,
    pub sheet: Option<PriceSheet>,
    pub photos: Vec<ListingPhoto>,
}

impl Kit {
    pub fn new(work: &BTreeMap<WorkKind, String>, loc: &Localizer) -> Kit {
        let prices = Saved::read(work, WorkKind::PriceSheet);
        let platform = price::platform(prices.field("platform"));
        let limits = platform.map(|p| p.limits.clone()).unwrap_or_default();
        let sheet = if work.contains_key(&WorkKind::PriceSheet) {
            price::compute(&|id| prices.field(id).to_string()).sheet
        } else {
            None
        };
        let photos = Saved::read(work, WorkKind::Photos)
            .photos
            .into_iter()
            .map(|p| ListingPhoto {
                file: crate::text::clean_line(&p.file),
                ready: p.ready,
            })
            .collect();
        Kit {
            story: story::saved(work, loc, &limits),
            sheet,
            photos,
        }
    }

    /// The listing, when there is a story and a price.
    pub fn listing(&self) -> Option<Listing> {
        let (story, _) = self.story.as_ref()?;
        Some(Listing::new(
            story,
            self.sheet.as_ref()?,
            self.photos.clone(),
        ))
    }
}

/// The listing as plain text, worded by `loc`.
pub fn listing_text(listing: &Listing, loc: &Localizer) -> String {
    listing.text(&|phrase| {
        let (id, args) = phrase.message();
        loc.text_with(id, &args)
    })
}
