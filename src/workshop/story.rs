//! The story builder: the learner's answers to seven guided questions (what it is and how
//! much, place and people, how it is made, what is different, how to use and store it, legal
//! facts, certificates) become a product title and description, which are then checked
//! against the platform's limits, the 30-word floor and the claim checker (domain brief §3,
//! §1.2, §1.4).
//!
//! No sentence lives here. Whatever the program itself adds to the learner's words — a
//! heading, the title's word order, the OCOP sentence — is a [`Phrase`] that the caller turns
//! into text, normally through a Fluent message, so the same answers read naturally in every
//! language. The learner's own words are kept as written (NFC, control characters removed).

use serde::Serialize;

use super::claims::{Claim, check_claims};
use super::platforms::Limits;
use crate::i18n::Args;
use crate::text::matching::{char_count, word_count};

/// Every description needs at least this many words (TikTok Shop, brief §3).
pub const MIN_WORDS: usize = 30;
/// An OCOP certificate is valid for 36 months (brief §1.4).
pub const OCOP_VALID_MONTHS: u32 = 36;

/// The parts of a story, in the order they are told.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Part {
    /// What it is, with its weight or size.
    Product,
    /// Where it comes from and who makes it.
    PlacePeople,
    /// How it is made and how long it takes.
    Process,
    /// What makes it different, as facts a buyer can check.
    Difference,
    /// How to use and store it.
    UseStore,
    /// Origin, shelf life, ingredients, return conditions (Law 19/2023/QH15 Art. 37).
    Legal,
    /// OCOP stars with their date, food-safety certificates.
    Certificates,
}

impl Part {
    pub const ALL: [Part; 7] = [
        Part::Product,
        Part::PlacePeople,
        Part::Process,
        Part::Difference,
        Part::UseStore,
        Part::Legal,
        Part::Certificates,
    ];

    /// A stable id for message lookups ("place-people").
    pub fn id(self) -> &'static str {
        match self {
            Part::Product => "product",
            Part::PlacePeople => "place-people",
            Part::Process => "process",
            Part::Difference => "difference",
            Part::UseStore => "use-store",
            Part::Legal => "legal",
            Part::Certificates => "certificates",
        }
    }
}

/// A calendar date (of a certificate, or today).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// Reads "2024-03-12"; None when it is not a real date.
    pub fn parse(text: &str) -> Option<Date> {
        let mut parts = text.trim().split('-');
        let year: u16 = parts.next()?.parse().ok()?;
        let month: u8 = parts.next()?.parse().ok()?;
        let day: u8 = parts.next()?.parse().ok()?;
        let date = Date { year, month, day };
        (parts.next().is_none() && date.is_valid()).then_some(date)
    }

    fn is_valid(self) -> bool {
        let leap = self.year.is_multiple_of(4)
            && (!self.year.is_multiple_of(100) || self.year.is_multiple_of(400));
        let days = match self.month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => 0,
        };
        (1990..=2100).contains(&self.year) && (1..=days).contains(&self.day)
    }

    /// The same day `months` later (the last day of the month when that day does not exist).
    pub fn plus_months(self, months: u32) -> Date {
        let total = u32::from(self.year) * 12 + u32::from(self.month) - 1 + months;
        let (year, month) = (
            u16::try_from(total / 12).unwrap_or(u16::MAX),
            u8::try_from(total % 12 + 1).unwrap_or(12),
        );
        let mut date = Date {
            year,
            month,
            day: self.day,
        };
        while !date.is_valid() && date.day > 28 {
            date.day -= 1;
        }
        date
    }
}

/// An OCOP rating as printed on the certificate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Ocop {
    /// 3, 4 or 5 stars (1–2 are below standard and not certified).
    pub stars: u8,
    pub certified_on: Date,
}

/// The learner's answers, one per part, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StoryAnswers {
    /// For the title: what the product is ("Mật ong rừng").
    pub name: String,
    /// For the title: where it is from ("Sìn Hồ").
    pub place: String,
    /// For the title: how much ("lọ 500 ml").
    pub quantity: String,
    pub product: String,
    pub place_people: String,
    pub process: String,
    pub difference: String,
    pub use_store: String,
    pub legal: String,
    /// Certificates other than OCOP, as typed (food-safety certificate and its number).
    pub certificates: String,
    pub ocop: Option<Ocop>,
}

impl StoryAnswers {
    /// The answer for `part`.
    pub fn answer(&self, part: Part) -> &str {
        match part {
            Part::Product => &self.product,
            Part::PlacePeople => &self.place_people,
            Part::Process => &self.process,
            Part::Difference => &self.difference,
            Part::UseStore => &self.use_store,
            Part::Legal => &self.legal,
            Part::Certificates => &self.certificates,
        }
    }
}

/// What the program adds to the learner's words; the caller gives the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phrase<'a> {
    /// The title from its three pieces (any may be empty), in the language's word order.
    Title {
        name: &'a str,
        place: &'a str,
        quantity: &'a str,
    },
    /// A heading before a part of the description; an empty text means no heading.
    Heading(Part),
    /// The OCOP sentence, which must name the stars and the certificate's date.
    Ocop(Ocop),
}

impl Phrase<'_> {
    /// The interface message (in `locales/<tag>/ui.ftl`) that words this phrase, and its
    /// arguments, for callers that resolve phrases with the interface localizer.
    pub fn message(&self) -> (String, Args) {
        let mut args = Args::new();
        let id = match *self {
            Phrase::Title {
                name,
                place,
                quantity,
            } => {
                args.set("name", name.to_string());
                args.set("place", place.to_string());
                args.set("quantity", quantity.to_string());
                "story-title".to_string()
            }
            Phrase::Heading(part) => format!("story-heading-{}", part.id()),
            Phrase::Ocop(ocop) => {
                args.set("stars", ocop.stars);
                args.set("day", ocop.certified_on.day);
                args.set("month", ocop.certified_on.month);
                args.set("year", ocop.certified_on.year);
                "story-ocop".to_string()
            }
        };
        (id, args)
    }
}

/// A built story.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Story {
    pub title: String,
    pub description: String,
}

/// Builds the title and description, asking `words` for every phrase the program adds.
/// Parts left empty are left out.
pub fn build(answers: &StoryAnswers, words: &dyn Fn(Phrase<'_>) -> String) -> Story {
    let tidy = |text: &str| crate::text::clean(text.trim());
    let (name, place, quantity) = (
        tidy(&answers.name),
        tidy(&answers.place),
        tidy(&answers.quantity),
    );
    let title = words(Phrase::Title {
        name: &name,
        place: &place,
        quantity: &quantity,
    });
    let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut sections = Vec::new();
    for part in Part::ALL {
        let mut body = tidy(answers.answer(part));
        if part == Part::Certificates
            && let Some(ocop) = answers.ocop
        {
            let sentence = words(Phrase::Ocop(ocop));
            body = if body.is_empty() {
                sentence
            } else {
                format!("{sentence}\n{body}")
            };
        }
        if body.is_empty() {
            continue;
        }
        let heading = words(Phrase::Heading(part));
        sections.push(if heading.trim().is_empty() {
            body
        } else {
            format!("{}\n{body}", heading.trim())
        });
    }
    Story {
        title,
        description: sections.join("\n\n"),
    }
}

/// Where a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Place {
    Title,
    Description,
}

/// Something to fix before the story is listed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "issue")]
pub enum StoryIssue {
    TitleTooShort {
        chars: usize,
        min: usize,
    },
    TitleTooLong {
        chars: usize,
        max: usize,
    },
    TooFewWords {
        words: usize,
        min: usize,
    },
    DescriptionTooShort {
        chars: usize,
        min: usize,
    },
    DescriptionTooLong {
        chars: usize,
        max: usize,
    },
    /// A part the learner has not answered yet.
    Unanswered {
        part: Part,
    },
    /// OCOP certificates carry 3, 4 or 5 stars.
    OcopStars {
        stars: u8,
    },
    /// The certificate is dated after today.
    OcopInFuture {
        certified_on: Date,
    },
    /// The certificate is older than 36 months: the product must be re-rated first.
    OcopExpired {
        certified_on: Date,
        expired_on: Date,
    },
    /// Something a listing must not say (see `claims`).
    Claim {
        place: Place,
        claim: Claim,
    },
}

/// Every problem of `story`, built from `answers`, for a platform with `limits`, on `today`.
pub fn check_story(
    story: &Story,
    answers: &StoryAnswers,
    limits: &Limits,
    today: Date,
) -> Vec<StoryIssue> {
    let mut issues = Vec::new();
    for part in Part::ALL {
        let answered = !answers.answer(part).trim().is_empty()
            || (part == Part::Certificates && answers.ocop.is_some());
        // Not every product has a certificate.
        if !answered && part != Part::Certificates {
            issues.push(StoryIssue::Unanswered { part });
        }
    }
    let title_chars = char_count(&story.title);
    if let Some(min) = limits.title_min_chars.as_ref().map(|l| l.value)
        && title_chars < min
    {
        issues.push(StoryIssue::TitleTooShort {
            chars: title_chars,
            min,
        });
    }
    if let Some(max) = limits.title_max_chars.as_ref().map(|l| l.value)
        && title_chars > max
    {
        issues.push(StoryIssue::TitleTooLong {
            chars: title_chars,
            max,
        });
    }
    let words = word_count(&story.description);
    let min_words = limits
        .description_min_words
        .as_ref()
        .map_or(MIN_WORDS, |l| l.value.max(MIN_WORDS));
    if words < min_words {
        issues.push(StoryIssue::TooFewWords {
            words,
            min: min_words,
        });
    }
    let chars = char_count(&story.description);
    if let Some(min) = limits.description_min_chars.as_ref().map(|l| l.value)
        && chars < min
    {
        issues.push(StoryIssue::DescriptionTooShort { chars, min });
    }
    if let Some(max) = limits.description_max_chars.as_ref().map(|l| l.value)
        && chars > max
    {
        issues.push(StoryIssue::DescriptionTooLong { chars, max });
    }
    if let Some(ocop) = answers.ocop {
        if !(3..=5).contains(&ocop.stars) {
            issues.push(StoryIssue::OcopStars { stars: ocop.stars });
        }
        let expired_on = ocop.certified_on.plus_months(OCOP_VALID_MONTHS);
        if ocop.certified_on > today {
            issues.push(StoryIssue::OcopInFuture {
                certified_on: ocop.certified_on,
            });
        } else if today >= expired_on {
            issues.push(StoryIssue::OcopExpired {
                certified_on: ocop.certified_on,
                expired_on,
            });
        }
    }
    for (place, text) in [
        (Place::Title, &story.title),
        (Place::Description, &story.description),
    ] {
        issues.extend(
            check_claims(text)
                .into_iter()
                .map(|claim| StoryIssue::Claim { place, claim }),
        );
    }
    issues
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workshop::claims::ClaimKind;
    use crate::workshop::platforms;

    /// What a caller's Fluent messages would give, in Vietnamese.
    fn vietnamese(phrase: Phrase<'_>) -> String {
        match phrase {
            Phrase::Title {
                name,
                place,
                quantity,
            } => format!("{name} {place} {quantity}"),
            Phrase::Heading(Part::Legal) => "Thông tin sản phẩm".to_string(),
            Phrase::Heading(_) => String::new(),
            Phrase::Ocop(o) => format!(
                "Sản phẩm OCOP {} sao, chứng nhận ngày {}/{}/{}.",
                o.stars, o.certified_on.day, o.certified_on.month, o.certified_on.year
            ),
        }
    }

    fn honey() -> StoryAnswers {
        StoryAnswers {
            name: "Mật ong rừng".into(),
            place: "Sìn Hồ".into(),
            quantity: "lọ 500 ml".into(),
            product: "Mật ong rừng nguyên chất, lọ thủy tinh 500 ml.".into(),
            place_people: "Ong làm tổ trong rừng ở xã Sìn Hồ, Lai Châu. Chị Lò Thị Mai, người Thái, lấy mật cùng chồng.".into(),
            process: "Mỗi năm chỉ lấy mật một lần vào tháng 4, sau mùa hoa rừng; mật được lọc qua vải và để lắng ba ngày.".into(),
            difference: "Mật màu hổ phách, vị ngọt dịu, hơi chua nhẹ của hoa rừng.".into(),
            use_store: "Pha với nước ấm hoặc ăn cùng bánh. Đậy kín nắp, để nơi khô mát, tránh nắng.".into(),
            legal: "Xuất xứ: Sìn Hồ, Lai Châu. Hạn dùng 24 tháng kể từ ngày đóng lọ. Đổi trả trong 7 ngày nếu lọ vỡ khi nhận hàng.".into(),
            certificates: String::new(),
            ocop: Some(Ocop {
                stars: 3,
                certified_on: Date {
                    year: 2024,
                    month: 3,
                    day: 12,
                },
            }),
        }
    }

    fn today() -> Date {
        Date {
            year: 2026,
            month: 11,
            day: 30,
        }
    }

    #[test]
    fn answers_become_a_title_and_a_description_in_order() {
        let story = build(&honey(), &vietnamese);
        assert_eq!(story.title, "Mật ong rừng Sìn Hồ lọ 500 ml");
        assert!(story.description.starts_with("Mật ong rừng nguyên chất"));
        assert!(
            story
                .description
                .contains("\n\nThông tin sản phẩm\nXuất xứ: Sìn Hồ")
        );
        assert!(
            story
                .description
                .ends_with("Sản phẩm OCOP 3 sao, chứng nhận ngày 12/3/2024.")
        );
    }

    #[test]
    fn a_complete_true_story_has_no_issue_on_tiktok() {
        let p = platforms::embedded().expect("presets");
        let tiktok = &p.get("tiktok-shop").expect("tiktok").limits;
        let story = build(&honey(), &vietnamese);
        assert_eq!(check_story(&story, &honey(), tiktok, today()), vec![]);
    }

    #[test]
    fn platform_limits_and_the_word_floor_are_checked() {
        let p = platforms::embedded().expect("presets");
        let shopee = &p.get("shopee").expect("shopee").limits;
        let lazada = &p.get("lazada").expect("lazada").limits;
        let answers = StoryAnswers {
            name: "Chè".into(),
            product: "Chè Shan tuyết, gói 200 g.".into(),
            ..StoryAnswers::default()
        };
        let story = build(&answers, &vietnamese);
        let issues = check_story(&story, &answers, shopee, today());
        assert!(issues.contains(&StoryIssue::TitleTooShort { chars: 3, min: 20 }));
        assert!(issues.contains(&StoryIssue::TooFewWords { words: 6, min: 30 }));
        assert!(issues.contains(&StoryIssue::DescriptionTooShort {
            chars: 26,
            min: 100
        }));
        assert!(issues.contains(&StoryIssue::Unanswered {
            part: Part::Process
        }));
        // Lazada asks for 50 words, TikTok for 30.
        let forty = Story {
            title: "Mật ong rừng Sìn Hồ lọ 500 ml".into(),
            description: vec!["mật"; 40].join(" "),
        };
        let too_few = |limits: &Limits| {
            check_story(&forty, &honey(), limits, today())
                .into_iter()
                .filter(|i| matches!(i, StoryIssue::TooFewWords { .. }))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            too_few(lazada),
            [StoryIssue::TooFewWords { words: 40, min: 50 }]
        );
        assert_eq!(too_few(&p.get("tiktok-shop").expect("tiktok").limits), []);
    }

    #[test]
    fn claims_in_the_story_are_found_where_they_are() {
        let mut answers = honey();
        answers.difference = "Mật ong tốt nhất, chữa ho cho trẻ em.".into();
        answers.name = "Mật ong rừng zalo".into();
        let story = build(&answers, &vietnamese);
        let issues = check_story(&story, &answers, &Limits::default(), today());
        let claims: Vec<(Place, ClaimKind)> = issues
            .iter()
            .filter_map(|i| match i {
                StoryIssue::Claim { place, claim } => Some((*place, claim.kind)),
                _ => None,
            })
            .collect();
        assert_eq!(
            claims,
            [
                (Place::Title, ClaimKind::OffPlatformContact),
                (Place::Description, ClaimKind::Superlative),
                (Place::Description, ClaimKind::Cure),
            ]
        );
    }

    #[test]
    fn ocop_needs_a_valid_certificate_with_its_date() {
        let mut answers = honey();
        answers.ocop = Some(Ocop {
            stars: 4,
            certified_on: Date {
                year: 2023,
                month: 11,
                day: 30,
            },
        });
        let story = build(&answers, &vietnamese);
        // 36 months after 30 Nov 2023 is 30 Nov 2026: expired today.
        assert_eq!(
            check_story(&story, &answers, &Limits::default(), today()),
            vec![StoryIssue::OcopExpired {
                certified_on: Date {
                    year: 2023,
                    month: 11,
                    day: 30
                },
                expired_on: today()
            }]
        );
        // A template that forgets the date is caught by the claim checker.
        let undated = build(&honey(), &|p| match p {
            Phrase::Ocop(o) => format!("Sản phẩm OCOP {} sao.", o.stars),
            p => vietnamese(p),
        });
        assert!(
            check_story(&undated, &honey(), &Limits::default(), today())
                .iter()
                .any(|i| matches!(i, StoryIssue::Claim { claim, .. } if claim.kind == ClaimKind::OcopWithoutDate))
        );
    }

    #[test]
    fn the_interface_messages_word_a_story_that_passes_its_own_checks() {
        use crate::i18n::{Languages, ui_localizer};
        use crate::source::Files;
        let files = Files::embedded_locales();
        let languages = Languages::load(&files, &mut Vec::new());
        let limits = &platforms::embedded()
            .expect("presets")
            .get("tiktok-shop")
            .expect("tiktok")
            .limits
            .clone();
        for tag in ["vi", "en"] {
            let loc = ui_localizer(&files, &languages, tag);
            let story = build(&honey(), &|p| {
                let (id, args) = p.message();
                loc.text_with(&id, &args)
            });
            assert_eq!(story.title, "Mật ong rừng Sìn Hồ lọ 500 ml", "{tag}");
            assert!(
                story.description.contains("OCOP 3"),
                "{tag}: {}",
                story.description
            );
            assert_eq!(
                check_story(&story, &honey(), limits, today()),
                vec![],
                "{tag}"
            );
        }
        let ids: Vec<String> = Part::ALL
            .iter()
            .map(|p| Phrase::Heading(*p).message().0)
            .chain(["story-title".to_string(), "story-ocop".to_string()])
            .collect();
        assert_eq!(crate::i18n::missing_ui_messages(&ids), Vec::<String>::new());
    }

    #[test]
    fn dates_are_read_and_months_added_like_a_calendar() {
        assert_eq!(
            Date::parse("2024-02-29"),
            Some(Date {
                year: 2024,
                month: 2,
                day: 29
            })
        );
        assert_eq!(Date::parse("2023-02-29"), None);
        assert_eq!(Date::parse("12/3/2024"), None);
        let d = Date {
            year: 2024,
            month: 1,
            day: 31,
        };
        assert_eq!(
            d.plus_months(1),
            Date {
                year: 2024,
                month: 2,
                day: 29
            }
        );
        assert_eq!(
            d.plus_months(36),
            Date {
                year: 2027,
                month: 1,
                day: 31
            }
        );
    }
}
