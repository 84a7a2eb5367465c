//! The words the claim checker looks for, as data. Each entry is a phrase of whole words
//! (lower case, NFC, words separated by single spaces) and the longer phrases that make it
//! innocent ("giá trị" is "value", not "treat"). Trainers who find a new false positive add an
//! exception here and a test beside it in `claims.rs`.
//!
//! Sources: cure and treatment wording, Decree 15/2018/NĐ-CP Art. 27(3) and the fines for
//! food "gây hiểu nhầm có tác dụng như thuốc chữa bệnh"; superlatives ("tốt nhất", "số một")
//! and weight-loss claims, TikTok Shop word rules; phone numbers, links and other platforms,
//! TikTok VN and Shopee VN rules on alternate ordering information (domain brief §1.1, §1.3).

use super::ClaimKind;

/// One phrase to find and the phrases around it that make it innocent.
pub(crate) struct Entry {
    pub kind: ClaimKind,
    pub phrase: &'static str,
    /// Longer phrases containing `phrase`: a match inside one of them is not a claim.
    pub except: &'static [&'static str],
    /// Whether the phrase is still meant when a writer types without diacritics. "trị" typed
    /// as "tri" could as well be "trí" (mind) or "trì" (delay), so it is not.
    pub without_diacritics: bool,
    /// The platform's id for marketplace and contact entries ("shopee", "zalo").
    pub name: Option<&'static str>,
}

const fn e(kind: ClaimKind, phrase: &'static str) -> Entry {
    Entry {
        kind,
        phrase,
        except: &[],
        without_diacritics: true,
        name: None,
    }
}

const fn except(kind: ClaimKind, phrase: &'static str, except: &'static [&'static str]) -> Entry {
    Entry {
        kind,
        phrase,
        except,
        without_diacritics: true,
        name: None,
    }
}

const fn named(kind: ClaimKind, phrase: &'static str, name: &'static str) -> Entry {
    Entry {
        kind,
        phrase,
        except: &[],
        without_diacritics: true,
        name: Some(name),
    }
}

use ClaimKind::{Cure, Marketplace, OffPlatformContact, Superlative};

/// The mandatory warning on health supplements (Decree 15/2018/NĐ-CP Art. 27(3)) names
/// "thuốc chữa bệnh"; quoting it is required, not a claim.
const SUPPLEMENT_WARNING: &[&str] = &["thay thế thuốc chữa bệnh", "không phải là thuốc"];

pub(crate) const ENTRIES: &[Entry] = &[
    // Cure and treatment.
    except(Cure, "chữa bệnh", SUPPLEMENT_WARNING),
    e(Cure, "chữa khỏi"),
    e(Cure, "chữa trị"),
    e(Cure, "chữa ho"),
    e(Cure, "chữa đau"),
    e(Cure, "điều trị"),
    e(Cure, "đặc trị"),
    e(Cure, "trị bệnh"),
    e(Cure, "khỏi bệnh"),
    e(Cure, "hết bệnh"),
    e(Cure, "phòng bệnh"),
    e(Cure, "phòng ngừa bệnh"),
    e(Cure, "bài thuốc"),
    e(Cure, "thần dược"),
    e(Cure, "giảm cân"),
    Entry {
        kind: Cure,
        phrase: "trị",
        except: &[
            "giá trị",
            "trị giá",
            "chính trị",
            "quản trị",
            "cai trị",
            "trị an",
            "trị sự",
            "trị vì",
            "thống trị",
        ],
        without_diacritics: false,
        name: None,
    },
    e(Cure, "cure"),
    e(Cure, "cures"),
    e(Cure, "curing"),
    except(
        Cure,
        "treat",
        &[
            "a treat",
            "sweet treat",
            "special treat",
            "little treat",
            "treat yourself",
        ],
    ),
    except(
        Cure,
        "treats",
        &[
            "sweet treats",
            "treats for",
            "little treats",
            "special treats",
        ],
    ),
    e(Cure, "treating"),
    e(Cure, "treatment"),
    e(Cure, "heal"),
    e(Cure, "heals"),
    e(Cure, "healing"),
    e(Cure, "remedy"),
    e(Cure, "remedies"),
    e(Cure, "weight loss"),
    e(Cure, "lose weight"),
    // Superlatives.
    e(Superlative, "tốt nhất"),
    e(Superlative, "ngon nhất"),
    e(Superlative, "rẻ nhất"),
    e(Superlative, "sạch nhất"),
    e(Superlative, "thơm nhất"),
    e(Superlative, "chuẩn nhất"),
    e(Superlative, "chất lượng nhất"),
    e(Superlative, "uy tín nhất"),
    e(Superlative, "nhất việt nam"),
    e(Superlative, "nhất vn"),
    e(Superlative, "nhất thế giới"),
    e(Superlative, "số một"),
    except(
        Superlative,
        "số 1",
        &[
            "quốc lộ số 1",
            "đường số 1",
            "nhà số 1",
            "thôn số 1",
            "bản số 1",
            "xóm số 1",
            "tổ số 1",
            "phòng số 1",
        ],
    ),
    e(Superlative, "hàng đầu"),
    e(Superlative, "top 1"),
    except(
        Superlative,
        "best",
        &[
            "best before",
            "best by",
            "best stored",
            "best kept",
            "best served",
            "best enjoyed",
            "best used",
            "best brewed",
            "best eaten",
            "best when",
            "our best",
            "its best",
            "their best",
            "my best",
        ],
    ),
    e(Superlative, "number one"),
    e(Superlative, "number 1"),
    e(Superlative, "no 1"),
    e(Superlative, "world class"),
    // Marketplaces: naming one in a listing steers buyers elsewhere (TikTok also bans its own
    // name in titles), so every mention is reported with the platform's id.
    named(Marketplace, "tiktok", "tiktok"),
    named(Marketplace, "tik tok", "tiktok"),
    named(Marketplace, "shopee", "shopee"),
    named(Marketplace, "lazada", "lazada"),
    named(Marketplace, "tiki", "tiki"),
    named(Marketplace, "sendo", "sendo"),
    named(Marketplace, "voso", "voso"),
    named(Marketplace, "postmart", "postmart"),
    named(Marketplace, "amazon", "amazon"),
    // Contact off the platform.
    named(OffPlatformContact, "zalo", "zalo"),
    named(OffPlatformContact, "facebook", "facebook"),
    named(OffPlatformContact, "fb", "facebook"),
    named(OffPlatformContact, "messenger", "messenger"),
    named(OffPlatformContact, "viber", "viber"),
    named(OffPlatformContact, "telegram", "telegram"),
    named(OffPlatformContact, "instagram", "instagram"),
    named(OffPlatformContact, "whatsapp", "whatsapp"),
];

/// Words that mark an OCOP rating.
pub(crate) const OCOP: &str = "ocop";

/// Endings after which a name is a web address or e-mail domain ("mat-ong.vn").
pub(crate) const DOMAIN_ENDINGS: &[&str] = &[
    "vn", "com", "net", "org", "info", "biz", "shop", "store", "online", "site", "me", "ly", "io",
    "co", "link", "page", "app",
];

/// Vietnamese mobile numbers start 03, 05, 07, 08 or 09 and have ten digits; landlines start
/// 02 and have eleven. With +84 the first 0 is left out.
pub(crate) const MOBILE_PREFIXES: &[char] = &['3', '5', '7', '8', '9'];
