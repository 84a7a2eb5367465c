//! The listing kit: the learner's story, price sheet and photo checks put together as a
//! plain-text listing to copy into Seller Centre, and as a CSV row a trainer can collect or a
//! spreadsheet can open.
//!
//! The CSV is UTF-8 with a byte-order mark (without it Excel on Windows shows Vietnamese as
//! mojibake), fields quoted by RFC 4180 where needed and lines ended by CRLF, written with the
//! `csv` crate. Prices are integer đồng in the CSV, so any spreadsheet can add them up; in the
//! text listing the caller formats them. As in `story`, every word the program adds is a
//! [`ListingPhrase`] the caller turns into text.

use serde::Serialize;

use super::photo::{PhotoError, PhotoReport};
use super::pricing::PriceSheet;
use super::story::Story;
use crate::i18n::Args;

/// The UTF-8 byte-order mark that tells Excel the file is UTF-8.
pub const BOM: &str = "\u{feff}";

/// The CSV columns, in order. Photo files are separated by "; ".
pub const CSV_HEADER: [&str; 6] = [
    "title",
    "description",
    "price_dong",
    "break_even_dong",
    "photos_ready",
    "photos_not_ready",
];

/// A photo of the listing and whether it passed the photo check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ListingPhoto {
    /// The file's name as the learner knows it.
    pub file: String,
    pub ready: bool,
}

impl ListingPhoto {
    /// From the photo check's result: ready when it was read and no verdict fails.
    pub fn from_check(file: &str, result: &Result<PhotoReport, PhotoError>) -> ListingPhoto {
        ListingPhoto {
            file: crate::text::clean_line(file),
            ready: result.as_ref().is_ok_and(PhotoReport::passed),
        }
    }
}

/// What the listing adds to the learner's words; the caller gives the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListingPhrase<'a> {
    /// The price line, with the price in đồng ("Giá: 171.000 ₫").
    Price(i64),
    /// The line before the photos.
    PhotosHeading,
    /// One photo line.
    Photo { file: &'a str, ready: bool },
}

impl ListingPhrase<'_> {
    /// The interface message (in `locales/<tag>/ui.ftl`) that words this phrase, and its
    /// arguments.
    pub fn message(&self) -> (&'static str, Args) {
        let mut args = Args::new();
        let id = match *self {
            ListingPhrase::Price(dong) => {
                args.set("price", dong);
                "listing-price"
            }
            ListingPhrase::PhotosHeading => "listing-photos",
            ListingPhrase::Photo { file, ready } => {
                args.set("file", file.to_string());
                if ready {
                    "listing-photo-ready"
                } else {
                    "listing-photo-not-ready"
                }
            }
        };
        (id, args)
    }
}

/// A listing ready to export.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Listing {
    pub title: String,
    pub description: String,
    pub price: i64,
    pub break_even: i64,
    pub photos: Vec<ListingPhoto>,
}

impl Listing {
    pub fn new(story: &Story, sheet: &PriceSheet, photos: Vec<ListingPhoto>) -> Listing {
        Listing {
            title: story.title.clone(),
            description: story.description.clone(),
            price: sheet.price,
            break_even: sheet.break_even,
            photos,
        }
    }

    /// The listing as plain text: title, price, description, photos.
    pub fn text(&self, words: &dyn Fn(ListingPhrase<'_>) -> String) -> String {
        let mut out = format!(
            "{}\n\n{}\n\n{}\n",
            self.title,
            words(ListingPhrase::Price(self.price)),
            self.description
        );
        if !self.photos.is_empty() {
            out.push('\n');
            out.push_str(&words(ListingPhrase::PhotosHeading));
            out.push('\n');
            for p in &self.photos {
                out.push_str(&words(ListingPhrase::Photo {
                    file: &p.file,
                    ready: p.ready,
                }));
                out.push('\n');
            }
        }
        out
    }

    /// The fields of the CSV row, in the order of [`CSV_HEADER`].
    pub fn csv_fields(&self) -> [String; 6] {
        let files = |ready: bool| {
            self.photos
                .iter()
                .filter(|p| p.ready == ready)
                .map(|p| p.file.as_str())
                .collect::<Vec<_>>()
                .join("; ")
        };
        [
            self.title.clone(),
            self.description.clone(),
            self.price.to_string(),
            self.break_even.to_string(),
            files(true),
            files(false),
        ]
    }
}

/// A CSV file (BOM, header, one row per listing) of `listings`.
pub fn csv_file(listings: &[Listing]) -> Result<String, csv::Error> {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .quote_style(csv::QuoteStyle::Necessary)
        .from_writer(Vec::from(BOM.as_bytes()));
    writer.write_record(CSV_HEADER)?;
    for listing in listings {
        writer.write_record(listing.csv_fields())?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|e| csv::Error::from(e.into_error()))?;
    // Every field came in as a String, so the bytes are UTF-8.
    String::from_utf8(bytes)
        .map_err(|e| csv::Error::from(std::io::Error::new(std::io::ErrorKind::InvalidData, e)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workshop::photo::{PhotoRules, check_photo_bytes};
    use crate::workshop::platforms::Charge;
    use crate::workshop::pricing::{Costs, Deduction, PriceInputs, price_sheet};

    fn listing() -> Listing {
        let story = Story {
            title: "Mật ong rừng Sìn Hồ lọ 500 ml".into(),
            description: "Mật ong rừng, lọ 500 ml.\n\nÔng nói: \"ngọt dịu\", màu hổ phách; hạn dùng 24 tháng.".into(),
        };
        // The brief's worked example (§4.3): 171.000 đ after rounding up.
        let sheet = price_sheet(&PriceInputs {
            costs: Costs {
                produce: 117_000,
                ..Costs::default()
            },
            deductions: vec![
                Deduction {
                    id: "payment".into(),
                    charge: Charge::Percent {
                        bp: 1_450,
                        cap: None,
                    },
                    lost_on_return: false,
                },
                Deduction {
                    id: "handling".into(),
                    charge: Charge::PerOrder { dong: 3_000 },
                    lost_on_return: true,
                },
            ],
            margin_bp: 1_500,
            step: 1_000,
        })
        .expect("price");
        let photos = vec![
            ListingPhoto::from_check(
                "mat-ong.jpg",
                &check_photo_bytes(
                    &crate::workshop::photo::tests::jpeg(
                        &crate::workshop::photo::tests::product_photo(700, [250, 250, 250], 1.0),
                    ),
                    &PhotoRules::default(),
                ),
            ),
            ListingPhoto::from_check(
                "ghi-chu.jpg",
                &check_photo_bytes(b"not a photo", &PhotoRules::default()),
            ),
        ];
        Listing::new(&story, &sheet, photos)
    }

    fn vietnamese(phrase: ListingPhrase<'_>) -> String {
        match phrase {
            ListingPhrase::Price(dong) => {
                format!("Giá: {}", crate::i18n::format_money(dong, "."))
            }
            ListingPhrase::PhotosHeading => "Ảnh:".into(),
            ListingPhrase::Photo { file, ready: true } => format!("- {file}"),
            ListingPhrase::Photo { file, ready: false } => format!("- {file} (chưa đạt)"),
        }
    }

    #[test]
    fn the_text_listing_reads_top_to_bottom() {
        assert_eq!(
            listing().text(&vietnamese),
            "Mật ong rừng Sìn Hồ lọ 500 ml\n\nGiá: 171.000 ₫\n\nMật ong rừng, lọ 500 ml.\n\n\
             Ông nói: \"ngọt dịu\", màu hổ phách; hạn dùng 24 tháng.\n\n\
             Ảnh:\n- mat-ong.jpg\n- ghi-chu.jpg (chưa đạt)\n"
        );
    }

    #[test]
    fn the_interface_messages_word_the_listing_in_each_language() {
        use crate::i18n::{Languages, ui_localizer};
        use crate::source::Files;
        let files = Files::embedded_locales();
        let languages = Languages::load(&files, &mut Vec::new());
        let listing = listing();
        let text = |tag: &str| {
            let loc = ui_localizer(&files, &languages, tag);
            listing.text(&|p| {
                let (id, args) = p.message();
                loc.text_with(id, &args)
            })
        };
        assert!(text("vi").contains("\n\nGiá: 171.000 ₫\n\n"));
        assert!(
            text("vi")
                .ends_with("Ảnh:\n- mat-ong.jpg\n- ghi-chu.jpg (chưa đạt: cần xem lại ảnh này)\n")
        );
        assert!(text("en").contains("\n\nPrice: 171,000 ₫\n\n"));
    }

    #[test]
    fn the_csv_starts_with_a_bom_and_reads_back_field_for_field() {
        let listing = listing();
        let file = csv_file(std::slice::from_ref(&listing)).expect("csv");
        assert!(file.as_bytes().starts_with(&[0xEF, 0xBB, 0xBF]));
        assert!(file.starts_with("\u{feff}title,description,price_dong,"));
        assert!(file.ends_with("\r\n"));
        // Quotes inside a field are doubled and the field quoted (RFC 4180).
        assert!(file.contains("\"\"ngọt dịu\"\""));
        let mut reader = csv::Reader::from_reader(file.as_bytes());
        let header: Vec<String> = reader
            .headers()
            .expect("header")
            .iter()
            .map(String::from)
            .collect();
        assert_eq!(header, CSV_HEADER);
        let rows: Vec<csv::StringRecord> =
            reader.records().collect::<Result<_, _>>().expect("rows");
        assert_eq!(rows.len(), 1);
        let row: Vec<&str> = rows[0].iter().collect();
        assert_eq!(
            row,
            listing
                .csv_fields()
                .iter()
                .map(String::as_str)
                .collect::<Vec<_>>()
        );
        assert_eq!(row[2], "171000");
        assert_eq!(row[4], "mat-ong.jpg");
        assert_eq!(row[5], "ghi-chu.jpg");
    }
}
