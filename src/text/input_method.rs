//! Built-in Vietnamese input methods (Telex, VNI, off) as pure logic.
//!
//! This module owns turning the raw ASCII keys a learner types for one word
//! into the composed Vietnamese word (`"nguwowif"` → `"người"`), so learners
//! whose computer has no Unikey or ibus can still type with marks. It does no
//! I/O and knows nothing about the terminal: the editor feeds keys to a
//! [`WordComposer`] and replaces the word it shows with what `push` returns.
//!
//! # Why our own engine and not the `vi` crate
//!
//! `vi` 0.8 was tried first against the word list in
//! `tests/data/vietnamese-words.tsv`. It places lower-case tones well, but it
//! misplaces them in upper case (`"THUOWR"` → `"THỦƠ"`, `"CHUYEENR"` →
//! `"CHUỶÊN"`, `"THUYR"` → `"THỦY"` even in the new style), cannot type the
//! highland names `Đắk Lắk` or `Krông`, strips anything that is not ASCII
//! (`"ĐA"` → `"DA"`), and has no way to give back English words it has
//! mangled (`"wifi"` → `"ưìi"`, `"google"` → `"gôgle"`). Fixing that would
//! have needed a wrapper as big as an engine. The engine here is small, needs
//! nothing beyond `unicode-normalization`, and every rule is written down
//! and tested.
//!
//! # Rules
//!
//! * **Telex**: `aa`→â `ee`→ê `oo`→ô (the doubled vowel must follow its vowel
//!   directly), `aw`→ă `ow`→ơ `uw`→ư, `w` after `uo` → ươ (`"thuowng"` →
//!   `"thương"`), `w` anywhere later in the word still reaches its vowel
//!   (`"thuongw"` → `"thương"`), `w` with no vowel yet → ư (`"tw"` → `"tư"`),
//!   `dd`→đ (first letter only). Tones `s` sắc, `f` huyền, `r` hỏi, `x` ngã,
//!   `j` nặng, typed at the end of the word or anywhere after its first vowel;
//!   `z` removes the tone.
//! * **VNI**: `6` â ê ô, `7` ơ ư (`uo7` → ươ), `8` ă, `9` đ, tones `1` sắc
//!   `2` huyền `3` hỏi `4` ngã `5` nặng, `0` removes the tone. Digits may come
//!   anywhere after their letter (`"viet65"` = `"vie6t5"` = `"việt"`). In Telex
//!   and Off, digits are plain characters.
//! * **Off**: the keys are the text.
//! * **Undo**: pressing a key again when its change is already there takes
//!   the change back and leaves the key as a letter: `"ass"`→`"as"`,
//!   `"aaa"`→`"aa"`, `"ddd"`→`"dd"`, `"uww"`→`"uw"`, `"ww"`→`"w"`, VNI
//!   `"a11"`→`"a1"`. After that the same kind of key stays a letter in that
//!   word (`"asss"`→`"ass"`), so English words can be typed.
//! * **Tone placement** follows the syllable, not the keys: a vowel with a
//!   mark (â ă ê ô ơ ư; the ơ of ươ) takes the tone; else the last vowel when
//!   a final consonant follows (`toán`, `huỳnh`); else the middle of three
//!   (`ngoài`, `khuỷu`); else the first of two (`mùa`, `núi`), except `oa`,
//!   `oe`, `uy` under [`TonePlacement::New`] (`hoà`, `khoẻ`, `thuỷ`; old:
//!   `hòa`, `khỏe`, `thủy`). `gi` and `qu` are onsets when a vowel follows
//!   (`giá`, `quý`, `quả`) and `gì` when none does.
//! * **`uơ`**: `uo` + `w` gives `ươ`, but when a consonant comes before it and
//!   nothing after it the word is spelt `uơ` (`"thuowr"` → `"thuở"`,
//!   `"huow"` → `"huơ"`); typing `uw` explicitly always keeps ư.
//! * **Spelling check**: a mark or tone is only applied when the word can
//!   still be a Vietnamese syllable (valid onset, vowel group, final
//!   consonant; highland names like `Đắk`, `Krông` are allowed). When letters
//!   typed later make the word impossible, the keys are shown exactly as
//!   typed, like Unikey's "restore keys" option. So `"tiktok"`, `"video"`,
//!   `"online"`, `"zalo"`, `"facebook"`, `"google"`, `"wifi"` and `"shopee"`
//!   stay as typed (`sh` is not a Vietnamese onset). Plain Telex still wins
//!   where the English word is also a possible syllable: `"gas"` → `"gá"`,
//!   `"how"` → `"hơ"`, `"book"` → `"bôk"`, `"yes"` → `"ýe"`, `"green"` →
//!   `"grên"` (the highland onsets), and a doubled tone letter is the undo
//!   (`"boss"` → `"bos"`, `"coffee"` → `"cofee"`: type it three times);
//!   learners switch to [`InputMethod::Off`] for those.
//! * Case is kept letter by letter (`"VIEETJ"` → `"VIỆT"`, `"Dd"` → `"Đ"`),
//!   and output is always NFC.
//! * **Backspace** inside a word keeps composing what is left of it, as in
//!   Unikey: [`WordComposer::resume`] keeps the keys typed so far where part
//!   of them still gives the word, and otherwise makes up keys that type it
//!   (`"vieet"` ⌫ `"ts"` → `"viết"`, `"Maij"` ⌫ `"ix"` → `"Mãi"`,
//!   `"trawng"` ⌫⌫ `"ngs"` → `"trắng"`). An editor uses the same call to take
//!   up a finished word it wrote when the cursor comes back to its end.
//! * Non-ASCII text (already composed by Unikey or ibus, or pasted) is never
//!   transformed: [`WordComposer::push`] returns `None` for it, the editor
//!   inserts it as it is, and the composer starts a new word.

#![forbid(unsafe_code)]

use std::fmt;
use std::str::FromStr;

use unicode_normalization::UnicodeNormalization;

/// How the learner types Vietnamese marks. Saved per learner with
/// [`InputMethod::as_str`] and read back with [`str::parse`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum InputMethod {
    /// Letters as marks: `aa` â, `ow` ơ, `dd` đ, tones `s f r x j`, `z` none.
    #[default]
    Telex,
    /// Digits as marks: `6` â ê ô, `7` ơ ư, `8` ă, `9` đ, tones `1`–`5`, `0` none.
    Vni,
    /// No composing: for learners who type with Unikey/ibus, or English.
    Off,
}

impl InputMethod {
    /// The next method in the cycle Telex → VNI → Off → Telex.
    #[must_use]
    pub fn next(self) -> Self {
        match self {
            Self::Telex => Self::Vni,
            Self::Vni => Self::Off,
            Self::Off => Self::Telex,
        }
    }

    /// Stable name for saving: `"telex"`, `"vni"` or `"off"`.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Telex => "telex",
            Self::Vni => "vni",
            Self::Off => "off",
        }
    }
}

impl fmt::Display for InputMethod {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A saved name that is not `"telex"`, `"vni"` or `"off"` (or `"old"` /
/// `"new"` for [`TonePlacement`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownSetting(pub String);

impl fmt::Display for UnknownSetting {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown input setting {:?}", self.0)
    }
}

impl std::error::Error for UnknownSetting {}

impl FromStr for InputMethod {
    type Err = UnknownSetting;

    /// Reads `"telex"`, `"vni"` or `"off"` (any case, spaces trimmed).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "telex" => Ok(Self::Telex),
            "vni" => Ok(Self::Vni),
            "off" => Ok(Self::Off),
            _ => Err(UnknownSetting(s.to_owned())),
        }
    }
}

/// Where the tone goes in `oa`, `oe`, `uy` at the end of a syllable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TonePlacement {
    /// Traditional: `hòa`, `hòe`, `thủy`.
    Old,
    /// On the main vowel, as in today's school books: `hoà`, `hoè`, `thuỷ`.
    #[default]
    New,
}

impl TonePlacement {
    /// The other placement (the F4 key).
    #[must_use]
    pub fn toggled(self) -> Self {
        match self {
            Self::Old => Self::New,
            Self::New => Self::Old,
        }
    }

    /// Stable name for saving: `"old"` or `"new"`.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Old => "old",
            Self::New => "new",
        }
    }
}

impl FromStr for TonePlacement {
    type Err = UnknownSetting;

    /// Reads `"old"` or `"new"` (any case, spaces trimmed).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "old" => Ok(Self::Old),
            "new" => Ok(Self::New),
            _ => Err(UnknownSetting(s.to_owned())),
        }
    }
}

/// Composes a whole text typed as raw keys: every run of ASCII letters and
/// digits is one word, composed as [`WordComposer`] would compose it; every
/// other character (space, punctuation, non-ASCII) is copied unchanged and
/// ends the word. Meant for one word (`"nguwowif"` → `"người"`), it also
/// works on sentences (`"xin chaof"` → `"xin chào"`). The result is NFC.
#[cfg(test)]
#[must_use]
pub(crate) fn compose(keys: &str, method: InputMethod, placement: TonePlacement) -> String {
    let mut out = String::with_capacity(keys.len());
    let mut start = None;
    for (i, c) in keys.char_indices() {
        if is_word_key(c) {
            start.get_or_insert(i);
        } else {
            if let Some(s) = start.take() {
                out.push_str(&compose_word(&keys[s..i], method, placement));
            }
            out.push(c);
        }
    }
    if let Some(s) = start {
        out.push_str(&compose_word(&keys[s..], method, placement));
    }
    out.nfc().collect()
}

/// The keys of the word being typed, for an editor.
///
/// Feed every typed character to [`push`](Self::push). `Some(word)` is the
/// new rendering of the current word: replace what was shown for it. `None`
/// means the character is not a key of a word (space, punctuation, any
/// non-ASCII character): insert it as it is; the composer has been reset, so
/// text that is already composed is never composed a second time. Reset it
/// too when the cursor moves.
///
/// After Backspace inside the word, or to take up a word this composer wrote
/// earlier, call [`resume`](Self::resume) with what is shown of the word:
/// composing goes on from there, as in Unikey (`"vieet"`, Backspace, `"ts"`
/// → `"viết"`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct WordComposer {
    keys: String,
    /// Set when [`resume`](Self::resume) had to make up keys for a word.
    seed: Option<Seed>,
}

/// A word taken up again without the keys that typed it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Seed {
    /// How many bytes at the start of `keys` were made up for it.
    keys_len: usize,
    /// The word as it was shown: what giving back the keys keeps of it.
    shown: String,
}

impl WordComposer {
    /// An empty composer.
    #[must_use]
    pub(crate) fn new() -> Self {
        Self::default()
    }

    /// Adds one typed character; see the type's documentation.
    pub(crate) fn push(
        &mut self,
        key: char,
        method: InputMethod,
        placement: TonePlacement,
    ) -> Option<String> {
        if is_word_key(key) {
            self.keys.push(key);
            Some(self.word(method, placement))
        } else {
            self.reset();
            None
        }
    }

    /// Goes on composing `shown`, the word as the editor now shows it just
    /// before the cursor: after Backspace removed its last letter, or when the
    /// cursor came back to the end of a word this composer wrote. The keys
    /// typed so far are kept when a part of them gives `shown` (so undone
    /// changes stay undone: `"asss"`, Backspace, `"s"` → `"ass"`); otherwise
    /// the composer takes keys that type `shown` (`"Mại"`, Backspace → `"Mạ"`
    /// is taken up as `"Maj"`, and `"ix"` then give `"Mãi"`). Returns false,
    /// leaving the composer empty, when `shown` is empty or is not something
    /// this method could have typed (text with other marks, or that would
    /// compose into something else, like `"as"` in Telex).
    pub(crate) fn resume(
        &mut self,
        shown: &str,
        method: InputMethod,
        placement: TonePlacement,
    ) -> bool {
        let shown: String = shown.nfc().collect();
        if shown.is_empty() || method == InputMethod::Off {
            self.reset();
            return false;
        }
        // Every letter shown comes from at least one key; keys are ASCII.
        let fewest = shown
            .chars()
            .count()
            .max(self.seed.as_ref().map_or(0, |s| s.keys_len));
        for end in (fewest..=self.keys.len()).rev() {
            let kept = Self {
                keys: self.keys[..end].to_owned(),
                seed: self.seed.clone(),
            };
            if kept.word(method, placement) == shown {
                *self = kept;
                return true;
            }
        }
        if let Some(keys) = keys_for(&shown, method) {
            let made_up = Self {
                seed: Some(Seed {
                    keys_len: keys.len(),
                    shown: shown.clone(),
                }),
                keys,
            };
            if made_up.word(method, placement) == shown {
                *self = made_up;
                return true;
            }
        }
        self.reset();
        false
    }

    /// Forgets the current word (the next key starts a new one).
    pub(crate) fn reset(&mut self) {
        self.keys.clear();
        self.seed = None;
    }

    /// True when no word is being composed.
    #[must_use]
    pub(crate) fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// The raw keys of the current word: as typed, after the keys
    /// [`resume`](Self::resume) made up for a word it took up.
    #[cfg(test)]
    #[must_use]
    pub(crate) fn keys(&self) -> &str {
        &self.keys
    }

    /// The current word as it is shown. When letters make it impossible the
    /// keys are given back, but a word taken up again stays as it was shown
    /// and only the keys typed after it come back.
    fn word(&self, method: InputMethod, placement: TonePlacement) -> String {
        if let Some(word) = try_compose_word(&self.keys, method, placement) {
            return word;
        }
        match &self.seed {
            Some(seed) => format!("{}{}", seed.shown, &self.keys[seed.keys_len..]),
            None => self.keys.clone(),
        }
    }
}

/// Keys that type `word` (NFC) with `method`: each letter, its mark key right
/// after it (Telex `aa` `aw` `ow` `uw` `dd`, VNI `6` `7` `8` `9`), the tone
/// key at the end; in Telex a plain vowel after the same plain vowel is typed
/// twice (`"xoong"` is typed `"xooong"`). None when `word` has anything else: a character that is
/// not an ASCII letter or digit under Vietnamese marks, a mark on a letter
/// that cannot take it, two marks on a letter, or two tones.
fn keys_for(word: &str, method: InputMethod) -> Option<String> {
    let mut keys = String::with_capacity(word.len() * 2);
    let mut tone = None;
    let mut plain_before = None;
    for c in word.chars() {
        let (base, marks) = match c {
            'đ' => ('d', "\u{335}".to_owned()),
            'Đ' => ('D', "\u{335}".to_owned()),
            _ => {
                let mut parts = std::iter::once(c).nfd();
                let base = parts.next()?;
                (base, parts.collect())
            }
        };
        if !is_word_key(base) {
            return None;
        }
        keys.push(base);
        let lower = base.to_ascii_lowercase();
        let plain = !marks.chars().any(|m| tone_key(m, method).is_none());
        if method == InputMethod::Telex && plain && plain_before == Some(lower) {
            // The second key makes a hat and the third takes it back.
            keys.push(base);
        }
        plain_before = (plain && matches!(lower, 'a' | 'e' | 'o')).then_some(lower);
        let mut shaped = false;
        for mark in marks.chars() {
            let shape = match (mark, lower, method) {
                ('\u{302}', 'a' | 'e' | 'o', InputMethod::Telex) => Some(base),
                ('\u{306}', 'a', InputMethod::Telex)
                | ('\u{31b}', 'o' | 'u', InputMethod::Telex) => {
                    Some(if base.is_ascii_uppercase() { 'W' } else { 'w' })
                }
                ('\u{335}', 'd', InputMethod::Telex) => Some(base),
                ('\u{302}', 'a' | 'e' | 'o', InputMethod::Vni) => Some('6'),
                ('\u{31b}', 'o' | 'u', InputMethod::Vni) => Some('7'),
                ('\u{306}', 'a', InputMethod::Vni) => Some('8'),
                ('\u{335}', 'd', InputMethod::Vni) => Some('9'),
                _ => None,
            };
            if let Some(key) = shape {
                if shaped {
                    return None;
                }
                shaped = true;
                keys.push(key);
                continue;
            }
            let key = tone_key(mark, method)?;
            if tone.replace(key).is_some() {
                return None;
            }
        }
    }
    keys.extend(tone);
    Some(keys)
}

/// The key that gives the tone written with combining `mark`.
fn tone_key(mark: char, method: InputMethod) -> Option<char> {
    let (telex, vni) = match mark {
        '\u{301}' => ('s', '1'),
        '\u{300}' => ('f', '2'),
        '\u{309}' => ('r', '3'),
        '\u{303}' => ('x', '4'),
        '\u{323}' => ('j', '5'),
        _ => return None,
    };
    match method {
        InputMethod::Telex => Some(telex),
        InputMethod::Vni => Some(vni),
        InputMethod::Off => None,
    }
}

/// Keys that belong to a word: ASCII letters and digits, in every method.
fn is_word_key(c: char) -> bool {
    c.is_ascii_alphanumeric()
}

// ---------------------------------------------------------------------------
// The engine.

/// A mark on a letter (the tone is kept for the whole word).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    None,
    /// â ê ô
    Hat,
    /// ă
    Breve,
    /// ơ ư
    Horn,
    /// đ
    Bar,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tone {
    None,
    Acute,
    Grave,
    Hook,
    Tilde,
    Dot,
}

impl Tone {
    fn combining(self) -> Option<char> {
        match self {
            Self::None => None,
            Self::Acute => Some('\u{301}'),
            Self::Grave => Some('\u{300}'),
            Self::Hook => Some('\u{309}'),
            Self::Tilde => Some('\u{303}'),
            Self::Dot => Some('\u{323}'),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Letter {
    /// Lower-case ASCII letter or digit.
    base: char,
    upper: bool,
    mark: Mark,
    /// The ư of a `uo`+`w` shortcut: written u in `thuở`, `huơ`.
    soft: bool,
    /// An ư typed as a lone `w`: undoing it gives back the `w`.
    lone_w: bool,
}

impl Letter {
    fn plain(key: char) -> Self {
        Self {
            base: key.to_ascii_lowercase(),
            upper: key.is_ascii_uppercase(),
            mark: Mark::None,
            soft: false,
            lone_w: false,
        }
    }

    fn is_vowel(self) -> bool {
        self.mark != Mark::Bar && matches!(self.base, 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
    }
}

/// Kinds of change that an undo switches off for the rest of the word.
const TONE: u8 = 1;
const HAT: u8 = 2;
const HORN: u8 = 4;
const BREVE: u8 = 8;
const BAR: u8 = 16;

/// Longest word whose marks we still try to apply ("nghiêng" has 7 letters;
/// longer words are never Vietnamese, and this keeps long keys linear).
const MAX_SYLLABLE_LETTERS: usize = 10;

#[derive(Debug, Clone)]
struct Word {
    letters: Vec<Letter>,
    tone: Tone,
    /// Kinds (bit set) that were undone in this word and are now letters.
    frozen: u8,
}

/// Onsets, with the clusters of highland names (Krông, Prông, M'Drắk). The
/// set is closed under prefixes, so a half-typed onset is valid too.
const ONSETS: &[&str] = &[
    "", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh",
    "nh", "p", "ph", "q", "qu", "r", "s", "t", "th", "tr", "v", "x", "bl", "br", "dr", "gr", "kl",
    "kr", "pl", "pr",
];

/// Final consonants (prefix-closed); `k` for highland names like Đắk Lắk.
const CODAS: &[&str] = &["c", "ch", "k", "m", "n", "ng", "nh", "p", "t"];

/// Vowel groups of Vietnamese; `true` when a final consonant may follow.
const NUCLEI: &[(&str, bool)] = &[
    ("a", true),
    ("ă", true),
    ("â", true),
    ("e", true),
    ("ê", true),
    ("i", true),
    ("o", true),
    ("ô", true),
    ("ơ", true),
    ("u", true),
    ("ư", true),
    ("y", true),
    ("ai", false),
    ("ao", false),
    ("au", false),
    ("ay", false),
    ("âu", false),
    ("ây", false),
    ("eo", false),
    ("êu", false),
    ("ia", false),
    ("iê", true),
    ("iu", false),
    ("oa", true),
    ("oă", true),
    ("oe", true),
    ("oi", false),
    ("ôi", false),
    ("ơi", false),
    ("oo", true),
    ("ua", false),
    ("uâ", true),
    ("uê", true),
    ("ui", false),
    ("uô", true),
    ("uơ", false),
    ("uy", true),
    ("ưa", false),
    ("ưi", false),
    ("ươ", true),
    ("ưu", false),
    ("yê", true),
    ("iêu", false),
    ("yêu", false),
    ("oai", false),
    ("oay", false),
    ("oeo", false),
    ("uây", false),
    ("uôi", false),
    ("ươi", false),
    ("ươu", false),
    ("uya", false),
    ("uyê", true),
    ("uyu", false),
];

/// Base letter and mark of a nucleus character.
fn split_vowel(c: char) -> (char, Mark) {
    match c {
        'ă' => ('a', Mark::Breve),
        'â' => ('a', Mark::Hat),
        'ê' => ('e', Mark::Hat),
        'ô' => ('o', Mark::Hat),
        'ơ' => ('o', Mark::Horn),
        'ư' => ('u', Mark::Horn),
        other => (other, Mark::None),
    }
}

/// Where the onset ends and the vowel group ends.
#[derive(Debug, Clone, Copy)]
struct Parts {
    onset_end: usize,
    nucleus_end: usize,
}

fn split(letters: &[Letter]) -> Parts {
    let mut i = letters.iter().take_while(|l| !l.is_vowel()).count();
    // "qu" and "gi" are onsets when another vowel follows.
    if let [first, here, next, ..] = letters {
        let onset_vowel =
            (first.base == 'q' && here.base == 'u') || (first.base == 'g' && here.base == 'i');
        if i == 1 && onset_vowel && here.mark == Mark::None && next.is_vowel() {
            i += 1;
        }
    }
    let j = i + letters[i..].iter().take_while(|l| l.is_vowel()).count();
    Parts {
        onset_end: i,
        nucleus_end: j,
    }
}

fn consonants(letters: &[Letter]) -> String {
    letters
        .iter()
        .map(|l| if l.mark == Mark::Bar { 'đ' } else { l.base })
        .collect()
}

/// Whether the vowel group can be (the beginning of) a Vietnamese nucleus.
/// A vowel without a mark may still get one, so it matches any mark.
fn nucleus_fits(nucleus: &[Letter], closed: bool) -> bool {
    NUCLEI.iter().any(|&(n, takes_coda)| {
        let len = n.chars().count();
        if closed && (len != nucleus.len() || !takes_coda) {
            return false;
        }
        len >= nucleus.len()
            && nucleus.iter().zip(n.chars()).all(|(l, c)| {
                let (base, mark) = split_vowel(c);
                l.base == base && (l.mark == Mark::None || l.mark == mark)
            })
    })
}

/// Whether the word can still become a Vietnamese syllable.
fn is_plausible(word: &Word) -> bool {
    let letters = &word.letters;
    if letters.len() > MAX_SYLLABLE_LETTERS {
        return false;
    }
    let p = split(letters);
    let onset = consonants(&letters[..p.onset_end]);
    if !ONSETS.contains(&onset.as_str()) {
        return false;
    }
    let nucleus = &letters[p.onset_end..p.nucleus_end];
    let coda = &letters[p.nucleus_end..];
    if nucleus.is_empty() {
        return coda.is_empty() && word.tone == Tone::None;
    }
    if onset == "q"
        && nucleus
            .first()
            .is_some_and(|l| l.base != 'u' || l.mark != Mark::None)
    {
        return false;
    }
    if coda.is_empty() {
        return nucleus_fits(nucleus, false);
    }
    let coda = consonants(coda);
    if !CODAS.contains(&coda.as_str()) || !nucleus_fits(nucleus, true) {
        return false;
    }
    // After a stop only sắc and nặng exist.
    !matches!(coda.as_str(), "c" | "ch" | "k" | "p" | "t")
        || matches!(word.tone, Tone::None | Tone::Acute | Tone::Dot)
}

/// What a key did.
enum Outcome {
    /// The key changed the word.
    Applied,
    /// The key does not apply here: it is a letter.
    Letter,
}

impl Word {
    fn new() -> Self {
        Self {
            letters: Vec::new(),
            tone: Tone::None,
            frozen: 0,
        }
    }

    fn has_changes(&self) -> bool {
        self.tone != Tone::None || self.letters.iter().any(|l| l.mark != Mark::None)
    }

    /// Applies `change` to a copy of the word and keeps it if it still reads
    /// as Vietnamese and differs from before.
    fn try_change(&mut self, change: impl FnOnce(&mut Word)) -> bool {
        let mut next = self.clone();
        change(&mut next);
        let changed = next.letters != self.letters || next.tone != self.tone;
        if changed && is_plausible(&next) {
            *self = next;
            return true;
        }
        false
    }

    /// Takes a change back: the key becomes a letter and its kind is frozen.
    /// Only a word that still reads as Vietnamese is undone: in `"window"`
    /// the last `w` is a letter, not the undo of the first.
    fn undo(&mut self, kind: u8, key: char, change: impl FnOnce(&mut Word)) -> Outcome {
        if !is_plausible(self) {
            return Outcome::Letter;
        }
        change(self);
        self.frozen |= kind;
        self.letters.push(Letter::plain(key));
        Outcome::Applied
    }

    fn nucleus_range(&self) -> std::ops::Range<usize> {
        let p = split(&self.letters);
        p.onset_end..p.nucleus_end
    }

    fn tone_key(&mut self, tone: Tone, key: char) -> Outcome {
        if self.frozen & TONE != 0 || self.nucleus_range().is_empty() {
            return Outcome::Letter;
        }
        if self.tone == tone {
            return self.undo(TONE, key, |w| w.tone = Tone::None);
        }
        if self.try_change(|w| w.tone = tone) {
            Outcome::Applied
        } else {
            Outcome::Letter
        }
    }

    fn remove_tone(&mut self) -> Outcome {
        if self.tone == Tone::None {
            Outcome::Letter
        } else {
            self.tone = Tone::None;
            Outcome::Applied
        }
    }

    /// Telex `aa`, `ee`, `oo`: the vowel must be the last letter typed.
    fn telex_hat(&mut self, key: char) -> Outcome {
        let base = key.to_ascii_lowercase();
        let Some(last) = self.letters.len().checked_sub(1) else {
            return Outcome::Letter;
        };
        let l = self.letters[last];
        if self.frozen & HAT != 0 || l.base != base || !l.is_vowel() {
            return Outcome::Letter;
        }
        if l.mark == Mark::Hat {
            return self.undo(HAT, key, |w| w.letters[last].mark = Mark::None);
        }
        if self.try_change(|w| set_mark(&mut w.letters[last], Mark::Hat)) {
            Outcome::Applied
        } else {
            Outcome::Letter
        }
    }

    /// Telex `dd` (first letter only).
    fn telex_bar(&mut self, key: char) -> Outcome {
        if self.letters.len() != 1 {
            return Outcome::Letter;
        }
        self.bar(key)
    }

    /// đ on a leading `d` (Telex `dd`, VNI `9`).
    fn bar(&mut self, key: char) -> Outcome {
        let Some(first) = self.letters.first().copied() else {
            return Outcome::Letter;
        };
        if self.frozen & BAR != 0 || first.base != 'd' {
            return Outcome::Letter;
        }
        if first.mark == Mark::Bar {
            return self.undo(BAR, key, |w| w.letters[0].mark = Mark::None);
        }
        if self.try_change(|w| w.letters[0].mark = Mark::Bar) {
            Outcome::Applied
        } else {
            Outcome::Letter
        }
    }

    /// Telex `w`: ươ, ư, ơ, ă on the vowel group, or a lone ư.
    fn telex_w(&mut self, key: char) -> Outcome {
        if self.frozen & (HORN | BREVE) != 0 {
            return Outcome::Letter;
        }
        let range = self.nucleus_range();
        if range.is_empty() {
            if range.start != self.letters.len() {
                return Outcome::Letter;
            }
            let added = self.try_change(|w| {
                w.letters.push(Letter {
                    mark: Mark::Horn,
                    lone_w: true,
                    ..Letter::plain(if key.is_ascii_uppercase() { 'U' } else { 'u' })
                });
            });
            return if added {
                Outcome::Applied
            } else {
                Outcome::Letter
            };
        }
        if self.mark_group(
            range.clone(),
            &[('u', Mark::Horn), ('o', Mark::Horn), ('a', Mark::Breve)],
            true,
        ) {
            return Outcome::Applied;
        }
        let marked = |l: &Letter| matches!(l.mark, Mark::Horn | Mark::Breve);
        if self.letters[range.clone()].iter().any(marked) {
            return self.undo(HORN | BREVE, key, |w| {
                let mut i = range.start;
                let mut end = range.end;
                while i < end {
                    let l = &mut w.letters[i];
                    if l.lone_w {
                        w.letters.remove(i);
                        end -= 1;
                        continue;
                    }
                    if marked(l) {
                        l.mark = Mark::None;
                        l.soft = false;
                    }
                    i += 1;
                }
            });
        }
        Outcome::Letter
    }

    /// VNI `6`, `7`, `8`: the mark lands on whichever vowel of the group
    /// makes a Vietnamese vowel group (`uo7` → ươ).
    fn vni_mark(&mut self, key: char, kind: u8, targets: &[(char, Mark)], pair: bool) -> Outcome {
        if self.frozen & kind != 0 {
            return Outcome::Letter;
        }
        let range = self.nucleus_range();
        if range.is_empty() {
            return Outcome::Letter;
        }
        if self.mark_group(range.clone(), targets, pair) {
            return Outcome::Applied;
        }
        let wanted = |l: &Letter| targets.iter().any(|&(b, m)| l.base == b && l.mark == m);
        if self.letters[range.clone()].iter().any(wanted) {
            return self.undo(kind, key, |w| {
                for l in &mut w.letters[range] {
                    if wanted(l) {
                        l.mark = Mark::None;
                        l.soft = false;
                    }
                }
            });
        }
        Outcome::Letter
    }

    /// Tries, in order, `uo` → ươ (when `pair`), then each vowel of the group
    /// from left to right; keeps the first change that reads as Vietnamese.
    fn mark_group(
        &mut self,
        range: std::ops::Range<usize>,
        targets: &[(char, Mark)],
        pair: bool,
    ) -> bool {
        if pair {
            for i in range.start..range.end.saturating_sub(1) {
                let (u, o) = (self.letters[i], self.letters[i + 1]);
                if u.base == 'u' && o.base == 'o' {
                    let soft = u.mark == Mark::None;
                    if self.try_change(|w| {
                        set_mark(&mut w.letters[i], Mark::Horn);
                        w.letters[i].soft = soft || u.soft;
                        set_mark(&mut w.letters[i + 1], Mark::Horn);
                    }) {
                        return true;
                    }
                }
            }
        }
        for i in range {
            let l = self.letters[i];
            for &(base, mark) in targets {
                if l.base == base
                    && l.mark != mark
                    && self.try_change(|w| set_mark(&mut w.letters[i], mark))
                {
                    return true;
                }
            }
        }
        false
    }
}

fn set_mark(l: &mut Letter, mark: Mark) {
    l.mark = mark;
    l.soft = false;
}

/// Composes the keys of one word (ASCII letters and digits only).
#[cfg(test)]
fn compose_word(keys: &str, method: InputMethod, placement: TonePlacement) -> String {
    try_compose_word(keys, method, placement).unwrap_or_else(|| keys.to_owned())
}

/// Composes the keys of one word; None when the keys must be given back as
/// typed (letters typed later made the word impossible).
fn try_compose_word(keys: &str, method: InputMethod, placement: TonePlacement) -> Option<String> {
    if method == InputMethod::Off {
        return Some(keys.to_owned());
    }
    let mut word = Word::new();
    let mut undone = false;
    for key in keys.chars() {
        let outcome = if word.letters.len() >= MAX_SYLLABLE_LETTERS {
            Outcome::Letter
        } else {
            let before = word.frozen;
            let o = apply_key(&mut word, key, method);
            undone |= word.frozen != before;
            o
        };
        if let Outcome::Letter = outcome {
            word.letters.push(Letter::plain(key));
        }
    }
    if word.has_changes() && !undone && !is_plausible(&word) {
        // Letters typed later made it impossible: give back the keys.
        return None;
    }
    Some(render(&word, placement))
}

fn apply_key(word: &mut Word, key: char, method: InputMethod) -> Outcome {
    let k = key.to_ascii_lowercase();
    match method {
        InputMethod::Off => Outcome::Letter,
        InputMethod::Telex => match k {
            's' => word.tone_key(Tone::Acute, key),
            'f' => word.tone_key(Tone::Grave, key),
            'r' => word.tone_key(Tone::Hook, key),
            'x' => word.tone_key(Tone::Tilde, key),
            'j' => word.tone_key(Tone::Dot, key),
            'z' => word.remove_tone(),
            'a' | 'e' | 'o' => word.telex_hat(key),
            'w' => word.telex_w(key),
            'd' => word.telex_bar(key),
            _ => Outcome::Letter,
        },
        InputMethod::Vni => match k {
            '1' => word.tone_key(Tone::Acute, key),
            '2' => word.tone_key(Tone::Grave, key),
            '3' => word.tone_key(Tone::Hook, key),
            '4' => word.tone_key(Tone::Tilde, key),
            '5' => word.tone_key(Tone::Dot, key),
            '0' => word.remove_tone(),
            '6' => word.vni_mark(
                key,
                HAT,
                &[('a', Mark::Hat), ('e', Mark::Hat), ('o', Mark::Hat)],
                false,
            ),
            '7' => word.vni_mark(key, HORN, &[('u', Mark::Horn), ('o', Mark::Horn)], true),
            '8' => word.vni_mark(key, BREVE, &[('a', Mark::Breve)], false),
            '9' => word.bar(key),
            _ => Outcome::Letter,
        },
    }
}

/// Index of the vowel that carries the tone.
fn tone_position(letters: &[Letter], placement: TonePlacement) -> Option<usize> {
    let p = split(letters);
    let (start, end) = (p.onset_end, p.nucleus_end);
    let n = end.checked_sub(start).filter(|&n| n > 0)?;
    if let Some(i) = (start..end).rev().find(|&i| letters[i].mark != Mark::None) {
        return Some(i);
    }
    if n == 1 || end < letters.len() {
        return Some(end - 1);
    }
    if n >= 3 {
        return Some(start + 1);
    }
    let pair = (letters[start].base, letters[start + 1].base);
    let main_second = matches!(pair, ('o', 'a') | ('o', 'e') | ('u', 'y'));
    Some(if placement == TonePlacement::New && main_second {
        start + 1
    } else {
        start
    })
}

fn render(word: &Word, placement: TonePlacement) -> String {
    let letters = &word.letters;
    let p = split(letters);
    // "thuở", "huơ": ươ written uơ after a consonant at the end of the word.
    let soft_u = (p.nucleus_end - p.onset_end == 2
        && p.onset_end > 0
        && p.nucleus_end == letters.len()
        && letters[p.onset_end].soft
        && letters[p.onset_end + 1].mark == Mark::Horn)
        .then_some(p.onset_end);
    let tone_at = match word.tone.combining() {
        Some(t) => tone_position(letters, placement).map(|i| (i, t)),
        None => None,
    };
    let mut out = String::with_capacity(letters.len() * 3);
    for (i, l) in letters.iter().enumerate() {
        if l.mark == Mark::Bar {
            out.push(if l.upper { 'Đ' } else { 'đ' });
            continue;
        }
        out.push(if l.upper {
            l.base.to_ascii_uppercase()
        } else {
            l.base
        });
        match l.mark {
            Mark::Hat => out.push('\u{302}'),
            Mark::Breve => out.push('\u{306}'),
            Mark::Horn if soft_u != Some(i) => out.push('\u{31b}'),
            _ => {}
        }
        if let Some((_, t)) = tone_at.filter(|&(at, _)| at == i) {
            out.push(t);
        }
    }
    out.nfc().collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use unicode_normalization::is_nfc;

    const WORDS: &str = include_str!("../../tests/data/vietnamese-words.tsv");

    /// Lines of the word list that still come out wrong (word, method).
    /// Empty: every line passes.
    const KNOWN_WRONG: &[(&str, InputMethod)] = &[];

    const METHODS: [InputMethod; 3] = [InputMethod::Telex, InputMethod::Vni, InputMethod::Off];
    const PLACEMENTS: [TonePlacement; 2] = [TonePlacement::Old, TonePlacement::New];

    fn telex(keys: &str) -> String {
        compose(keys, InputMethod::Telex, TonePlacement::New)
    }

    fn vni(keys: &str) -> String {
        compose(keys, InputMethod::Vni, TonePlacement::New)
    }

    /// Types `keys` into a composer the way the editor does.
    fn type_into_editor(keys: &str, method: InputMethod, placement: TonePlacement) -> String {
        let mut composer = WordComposer::new();
        let (mut text, mut word) = (String::new(), String::new());
        for c in keys.chars() {
            match composer.push(c, method, placement) {
                Some(rendering) => word = rendering,
                None => {
                    text.push_str(&std::mem::take(&mut word));
                    text.push(c);
                }
            }
        }
        text.push_str(&word);
        text
    }

    /// Like [`type_into_editor`], with `⌫` for Backspace: the editor removes the
    /// last letter shown and the composer goes on from what is left.
    fn type_with_backspace(keys: &str, method: InputMethod, placement: TonePlacement) -> String {
        let mut composer = WordComposer::new();
        let (mut text, mut word) = (String::new(), String::new());
        for c in keys.chars() {
            if c == '⌫' {
                if word.pop().is_none() {
                    text.pop();
                } else if !composer.resume(&word, method, placement) {
                    text.push_str(&std::mem::take(&mut word));
                }
                continue;
            }
            match composer.push(c, method, placement) {
                Some(rendering) => word = rendering,
                None => {
                    text.push_str(&std::mem::take(&mut word));
                    text.push(c);
                }
            }
        }
        text.push_str(&word);
        text
    }

    fn lines() -> impl Iterator<Item = (&'static str, &'static str, &'static str, &'static str)> {
        WORDS.lines().enumerate().map(|(n, line)| {
            let cols: Vec<&str> = line.split('\t').collect();
            let [word, telex_keys, vni_keys, placement] = cols[..] else {
                panic!("line {}: expected 4 tab-separated columns: {line:?}", n + 1);
            };
            (word, telex_keys, vni_keys, placement)
        })
    }

    fn placements(column: &str) -> &'static [TonePlacement] {
        match column {
            "any" => &PLACEMENTS,
            "old" => &[TonePlacement::Old],
            "new" => &[TonePlacement::New],
            other => panic!("bad placement {other:?}"),
        }
    }

    #[test]
    fn every_word_of_the_list_composes_in_telex_and_vni() {
        let mut wrong = Vec::new();
        let mut lines = 0;
        for (n, line) in WORDS.lines().enumerate() {
            let cols: Vec<&str> = line.split('\t').collect();
            let [word, telex_keys, vni_keys, placement] = cols[..] else {
                panic!("line {}: expected 4 tab-separated columns: {line:?}", n + 1);
            };
            let placements: &[TonePlacement] = match placement {
                "any" => &PLACEMENTS,
                "old" => &[TonePlacement::Old],
                "new" => &[TonePlacement::New],
                other => panic!("line {}: bad placement {other:?}", n + 1),
            };
            assert!(is_nfc(word), "line {}: {word:?} is not NFC", n + 1);
            lines += 1;
            for &p in placements {
                for (method, keys) in [
                    (InputMethod::Telex, telex_keys),
                    (InputMethod::Vni, vni_keys),
                ] {
                    let got = compose(keys, method, p);
                    let known = KNOWN_WRONG.contains(&(word, method));
                    if (got != word) != known {
                        wrong.push(format!(
                            "{method:?}/{p:?} {keys:?} → {got:?}, want {word:?}"
                        ));
                    }
                }
            }
        }
        assert!(lines >= 560, "word list too short: {lines} lines");
        assert!(
            wrong.is_empty(),
            "{} wrong:\n{}",
            wrong.len(),
            wrong.join("\n")
        );
    }

    #[test]
    fn backspace_inside_a_word_keeps_composing_in_telex() {
        let t = |keys: &str| type_with_backspace(keys, InputMethod::Telex, TonePlacement::New);
        assert_eq!(t("vieet⌫"), "viê");
        assert_eq!(t("vieet⌫ts"), "viết");
        assert_eq!(t("Maij⌫"), "Mạ");
        assert_eq!(t("Maij⌫i"), "Mại");
        assert_eq!(t("Maij⌫ix"), "Mãi");
        assert_eq!(t("trawng⌫⌫"), "tră");
        assert_eq!(t("trawng⌫⌫ngs"), "trắng");
        assert_eq!(t("hoafng⌫⌫"), "hoà");
        assert_eq!(t("hoafng⌫⌫n"), "hoàn");
        // The keys typed are kept where they still give the word: undone stays undone.
        assert_eq!(t("asss⌫s"), "ass");
        assert_eq!(t("cofffee⌫e"), "coffee");
        assert_eq!(t("tiktoo⌫k"), "tiktok");
        // A word taken up with made-up keys gives back only the keys typed after it.
        assert_eq!(t("Maij⌫kk"), "Mạkk");
    }

    #[test]
    fn backspace_inside_a_word_keeps_composing_in_vni() {
        let v = |keys: &str| type_with_backspace(keys, InputMethod::Vni, TonePlacement::New);
        assert_eq!(v("vie6t⌫"), "viê");
        assert_eq!(v("vie6t⌫t1"), "viết");
        assert_eq!(v("Mai5⌫"), "Mạ");
        assert_eq!(v("Mai5⌫i4"), "Mãi");
        assert_eq!(v("tra8ng⌫⌫"), "tră");
        assert_eq!(v("tra8ng⌫⌫ng1"), "trắng");
        assert_eq!(v("a111⌫1"), "a11");
    }

    #[test]
    fn a_finished_word_is_taken_up_again_when_the_method_could_have_typed_it() {
        let (telex, vni, new) = (InputMethod::Telex, InputMethod::Vni, TonePlacement::New);
        let mut c = WordComposer::new();
        assert!(c.resume("viêt", telex, new));
        assert_eq!(c.keys(), "vieet");
        assert_eq!(c.push('j', telex, new).as_deref(), Some("việt"));
        assert!(c.resume("Mạ", telex, new));
        assert_eq!(c.push('i', telex, new).as_deref(), Some("Mại"));
        assert_eq!(c.push('x', telex, new).as_deref(), Some("Mãi"));
        assert!(c.resume("ĐƯỜNG", telex, new));
        assert_eq!(c.push('z', telex, new).as_deref(), Some("ĐƯƠNG"));
        assert!(c.resume("thuở", telex, new));
        assert_eq!(c.push('z', telex, new).as_deref(), Some("thuơ"));
        assert!(c.resume("ĐƯỜNG", vni, new));
        assert_eq!(c.keys(), "D9U7O7NG2");
        assert_eq!(c.push('0', vni, new).as_deref(), Some("ĐƯƠNG"));
        assert!(c.resume("as", vni, new));
        // Not something this method types: the composer stays empty.
        for (word, method) in [
            ("as", telex),
            ("hòa", telex),
            ("ma\u{331}c", telex),
            ("ꪼꪕ", telex),
            ("Tày!", telex),
            ("việt", InputMethod::Off),
            ("", telex),
            ("a1", vni),
        ] {
            let mut c = WordComposer::new();
            c.push('x', telex, new);
            assert!(!c.resume(word, method, new), "{word:?} {method:?}");
            assert!(c.is_empty(), "{word:?} {method:?}");
        }
    }

    #[test]
    fn every_word_of_the_list_is_taken_up_again_and_loses_its_tone_on_z_or_0() {
        let mut wrong = Vec::new();
        for (word, _, _, placement) in lines() {
            let toneless: String = word
                .nfd()
                .filter(|c| !matches!(c, '\u{300}' | '\u{301}' | '\u{303}' | '\u{309}' | '\u{323}'))
                .nfc()
                .collect();
            for &p in placements(placement) {
                for (method, z) in [(InputMethod::Telex, 'z'), (InputMethod::Vni, '0')] {
                    let mut c = WordComposer::new();
                    if !c.resume(word, method, p) {
                        wrong.push(format!("{method:?}/{p:?} {word:?} not taken up"));
                        continue;
                    }
                    let want = if toneless == word {
                        format!("{word}{z}")
                    } else {
                        toneless.clone()
                    };
                    let got = c.push(z, method, p).unwrap_or_default();
                    if got != want {
                        wrong.push(format!(
                            "{method:?}/{p:?} {word:?} + {z} → {got:?}, want {want:?}"
                        ));
                    }
                }
            }
        }
        assert!(
            wrong.is_empty(),
            "{} wrong:\n{}",
            wrong.len(),
            wrong.join("\n")
        );
    }

    #[test]
    fn telex_marks_and_tones() {
        for (keys, want) in [
            ("aa", "â"),
            ("aw", "ă"),
            ("ee", "ê"),
            ("oo", "ô"),
            ("ow", "ơ"),
            ("uw", "ư"),
            ("w", "ư"),
            ("tw", "tư"),
            ("uow", "ươ"),
            ("thuowng", "thương"),
            ("thuongw", "thương"),
            ("dd", "đ"),
            ("as", "á"),
            ("af", "à"),
            ("ar", "ả"),
            ("ax", "ã"),
            ("aj", "ạ"),
            ("hoawcj", "hoặc"),
            ("giuwax", "giữa"),
            ("gif", "gì"),
        ] {
            assert_eq!(telex(keys), want, "{keys}");
        }
    }

    #[test]
    fn vni_marks_and_tones() {
        for (keys, want) in [
            ("a6", "â"),
            ("e6", "ê"),
            ("o6", "ô"),
            ("o7", "ơ"),
            ("u7", "ư"),
            ("uo7", "ươ"),
            ("a8", "ă"),
            ("d9", "đ"),
            ("a1", "á"),
            ("a2", "à"),
            ("a3", "ả"),
            ("a4", "ã"),
            ("a5", "ạ"),
            ("viet65", "việt"),
            ("duong792", "đường"),
            ("nguoi72", "người"),
        ] {
            assert_eq!(vni(keys), want, "{keys}");
        }
    }

    #[test]
    fn z_and_zero_remove_the_tone() {
        assert_eq!(telex("hoasz"), "hoa");
        assert_eq!(telex("vieetjz"), "viêt");
        assert_eq!(vni("hoa10"), "hoa");
        assert_eq!(telex("z"), "z");
        assert_eq!(telex("hoaz"), "hoaz");
        assert_eq!(vni("a0"), "a0");
    }

    #[test]
    fn a_later_tone_key_replaces_the_tone() {
        assert_eq!(telex("asf"), "à");
        assert_eq!(telex("hoasfr"), "hoả");
        assert_eq!(vni("a12"), "à");
    }

    #[test]
    fn double_tone_key_undoes_the_tone() {
        assert_eq!(telex("ass"), "as");
        assert_eq!(telex("asss"), "ass");
        assert_eq!(telex("boss"), "bos");
        assert_eq!(vni("a11"), "a1");
        assert_eq!(vni("ba22"), "ba2");
    }

    #[test]
    fn double_mark_key_undoes_the_mark() {
        assert_eq!(telex("aaa"), "aa");
        assert_eq!(telex("eee"), "ee");
        assert_eq!(telex("ooo"), "oo");
        assert_eq!(telex("ddd"), "dd");
        assert_eq!(telex("uww"), "uw");
        assert_eq!(telex("aww"), "aw");
        assert_eq!(telex("oww"), "ow");
        assert_eq!(telex("ww"), "w");
        assert_eq!(telex("www"), "ww");
        assert_eq!(telex("xooong"), "xoong");
        assert_eq!(vni("a66"), "a6");
        assert_eq!(vni("u77"), "u7");
        assert_eq!(vni("a88"), "a8");
        assert_eq!(vni("d99"), "d9");
    }

    #[test]
    fn tone_typed_mid_word_lands_on_the_right_vowel() {
        assert_eq!(telex("Vieetj"), "Việt");
        assert_eq!(telex("Vieejt"), "Việt");
        assert_eq!(telex("dduwowngf"), "đường");
        assert_eq!(telex("dduwowfng"), "đường");
        assert_eq!(telex("tieesng"), "tiếng");
        assert_eq!(telex("hoafng"), "hoàng");
        assert_eq!(vni("vie65t"), "việt");
        assert_eq!(vni("d9u7o72ng"), "đường");
    }

    #[test]
    fn tone_goes_on_the_main_vowel() {
        for (keys, want) in [
            ("gias", "giá"),
            ("quys", "quý"),
            ("quar", "quả"),
            ("thuowr", "thuở"),
            ("nguwowif", "người"),
            ("khuyur", "khuỷu"),
            ("ngoaif", "ngoài"),
            ("toans", "toán"),
            ("huynhf", "huỳnh"),
            ("muaf", "mùa"),
            ("nuis", "núi"),
            ("ruwowuj", "rượu"),
            ("khuaays", "khuấy"),
            ("chuyeenr", "chuyển"),
            ("nghieengs", "nghiếng"),
        ] {
            assert_eq!(telex(keys), want, "{keys}");
        }
        assert_eq!(telex("khuya"), "khuya");
    }

    #[test]
    fn old_and_new_tone_placement() {
        let old = |k: &str| compose(k, InputMethod::Telex, TonePlacement::Old);
        let new = |k: &str| compose(k, InputMethod::Telex, TonePlacement::New);
        for (keys, o, n) in [
            ("hoaf", "hòa", "hoà"),
            ("hoef", "hòe", "hoè"),
            ("thuyr", "thủy", "thuỷ"),
            ("khoer", "khỏe", "khoẻ"),
            ("uyr", "ủy", "uỷ"),
        ] {
            assert_eq!(old(keys), o, "{keys}");
            assert_eq!(new(keys), n, "{keys}");
        }
        // With a final consonant both styles agree.
        assert_eq!(old("hoafng"), "hoàng");
        assert_eq!(new("hoafng"), "hoàng");
        assert_eq!(TonePlacement::default(), TonePlacement::New);
    }

    #[test]
    fn uo_with_w_is_written_uo_horn_only_at_the_end_after_a_consonant() {
        assert_eq!(telex("thuowr"), "thuở");
        assert_eq!(telex("huow"), "huơ");
        assert_eq!(telex("quow"), "quơ");
        assert_eq!(telex("uow"), "ươ");
        assert_eq!(telex("tuowi"), "tươi");
        assert_eq!(telex("huwow"), "hươ");
        assert_eq!(vni("thuo73"), "thuở");
    }

    #[test]
    fn upper_case_is_kept() {
        assert_eq!(telex("VIEETJ"), "VIỆT");
        assert_eq!(telex("Dd"), "Đ");
        assert_eq!(telex("DD"), "Đ");
        assert_eq!(telex("dD"), "đ");
        assert_eq!(telex("DDUWOWFNG"), "ĐƯỜNG");
        assert_eq!(telex("NguwOwIF"), "NgưỜI");
        assert_eq!(telex("W"), "Ư");
        assert_eq!(telex("AAS"), "Ấ");
        assert_eq!(vni("VIE65T"), "VIỆT");
        assert_eq!(vni("D9A1"), "ĐÁ");
    }

    #[test]
    fn english_words_and_brand_names_stay_as_typed() {
        for word in [
            "tiktok", "video", "online", "zalo", "shopee", "Shopee", "facebook", "google",
            "youtube", "wifi", "email", "lazada", "iphone", "web", "window", "class", "fix", "usd",
            "ok", "sms", "awful", "success", "Grab",
        ] {
            assert_eq!(telex(word), word, "{word}");
        }
        // Where the English word is also a Vietnamese syllable, Telex wins.
        assert_eq!(telex("gas"), "gá");
        assert_eq!(telex("how"), "hơ");
        assert_eq!(telex("boss"), "bos");
        // A doubled tone letter is the undo: one of the two is eaten.
        assert_eq!(telex("coffee"), "cofee");
        assert_eq!(telex("cofffee"), "coffee");
    }

    #[test]
    fn key_that_cannot_apply_is_a_letter() {
        assert_eq!(telex("s"), "s");
        assert_eq!(telex("st"), "st");
        assert_eq!(telex("sts"), "sts");
        assert_eq!(telex("d"), "d");
        assert_eq!(telex("dad"), "dad");
        assert_eq!(telex("ew"), "ew");
        assert_eq!(vni("1"), "1");
        assert_eq!(vni("b1"), "b1");
        assert_eq!(vni("abc123"), "abc123");
    }

    #[test]
    fn digits_are_plain_in_telex_and_off() {
        assert_eq!(telex("a1"), "a1");
        assert_eq!(telex("2024"), "2024");
        assert_eq!(telex("h2oo"), "h2oo");
        assert_eq!(
            compose("viet65", InputMethod::Off, TonePlacement::New),
            "viet65"
        );
        assert_eq!(vni("2024"), "2024");
    }

    #[test]
    fn off_leaves_every_key_alone() {
        for keys in ["aa", "Vieetj", "dd", "nguwowif", "ass"] {
            assert_eq!(compose(keys, InputMethod::Off, TonePlacement::Old), keys);
        }
    }

    #[test]
    fn non_ascii_input_is_never_transformed() {
        assert_eq!(telex("mật"), "mật");
        assert_eq!(telex("Đường"), "Đường");
        assert_eq!(vni("người"), "người");
        // Composed text is a word boundary: what follows is a new word.
        assert_eq!(telex("hòas"), "hòá");
        let mut c = WordComposer::new();
        assert_eq!(
            c.push('a', InputMethod::Telex, TonePlacement::New),
            Some("a".into())
        );
        assert_eq!(c.push('ậ', InputMethod::Telex, TonePlacement::New), None);
        assert!(c.is_empty());
        assert_eq!(
            c.push('s', InputMethod::Telex, TonePlacement::New),
            Some("s".into())
        );
        // A decomposed word stays what it was, only in NFC.
        assert_eq!(telex("vie\u{323}\u{302}t"), "việt");
    }

    #[test]
    fn composer_renders_the_word_as_it_is_typed() {
        let mut c = WordComposer::new();
        let shown: Vec<Option<String>> = "nguwowif "
            .chars()
            .map(|k| c.push(k, InputMethod::Telex, TonePlacement::New))
            .collect();
        let shown: Vec<&str> = shown
            .iter()
            .map(|s| s.as_deref().unwrap_or("<none>"))
            .collect();
        assert_eq!(
            shown,
            [
                "n", "ng", "ngu", "ngư", "ngưo", "ngươ", "ngươi", "người", "<none>"
            ]
        );
        assert!(c.is_empty());
        c.push('a', InputMethod::Vni, TonePlacement::New);
        assert_eq!(c.keys(), "a");
        c.reset();
        assert!(c.is_empty());
    }

    #[test]
    fn compose_handles_a_sentence() {
        assert_eq!(telex("xin chaof, tooi laf Lan."), "xin chào, tôi là Lan.");
        assert_eq!(vni("ba1n ma65t ong"), "bán mật ong");
    }

    #[test]
    fn methods_cycle_and_round_trip_through_their_names() {
        assert_eq!(InputMethod::default(), InputMethod::Telex);
        assert_eq!(InputMethod::Telex.next(), InputMethod::Vni);
        assert_eq!(InputMethod::Vni.next(), InputMethod::Off);
        assert_eq!(InputMethod::Off.next(), InputMethod::Telex);
        for m in METHODS {
            assert_eq!(m.as_str().parse::<InputMethod>(), Ok(m));
            assert_eq!(m.to_string(), m.as_str());
        }
        assert_eq!(" VNI ".parse::<InputMethod>(), Ok(InputMethod::Vni));
        assert!("unikey".parse::<InputMethod>().is_err());
        for p in PLACEMENTS {
            assert_eq!(p.as_str().parse::<TonePlacement>(), Ok(p));
        }
        assert!("middle".parse::<TonePlacement>().is_err());
    }

    fn key() -> impl Strategy<Value = char> {
        prop_oneof![
            6 => proptest::char::range('a', 'z'),
            2 => proptest::char::range('A', 'Z'),
            2 => proptest::char::range('0', '9'),
            3 => proptest::sample::select(vec!['s', 'f', 'r', 'x', 'j', 'z', 'w', 'a', 'e', 'o', 'd']),
            1 => proptest::sample::select(vec![
                ' ', '.', '\'', '\u{301}', '\u{302}', '\u{31b}', '\u{323}', 'ậ', 'Đ', 'ư', '😀',
                '🌾', '\u{200d}', 'ß', 'İ',
            ]),
            1 => any::<char>(),
        ]
    }

    proptest! {
        #[test]
        fn any_keys_never_panic_and_give_nfc(keys in proptest::collection::vec(key(), 0..40)) {
            let keys: String = keys.into_iter().collect();
            for m in METHODS {
                for p in PLACEMENTS {
                    let out = compose(&keys, m, p);
                    prop_assert!(is_nfc(&out), "{keys:?} {m:?} → {out:?}");
                    let mut c = WordComposer::new();
                    for k in keys.chars() {
                        if let Some(word) = c.push(k, m, p) {
                            prop_assert!(is_nfc(&word), "{keys:?} {m:?} → {word:?}");
                            prop_assert!(word.chars().count() <= c.keys().chars().count());
                        }
                    }
                    let typed: String = type_into_editor(&keys, m, p).nfc().collect();
                    prop_assert_eq!(&out, &typed);
                    if m == InputMethod::Off {
                        prop_assert_eq!(out, keys.nfc().collect::<String>());
                    }
                }
            }
        }

        #[test]
        fn backspace_and_taking_words_up_again_keep_the_word_shown(
            keys in proptest::collection::vec(prop_oneof![4 => key(), 1 => Just('⌫')], 0..40),
        ) {
            for m in METHODS {
                for p in PLACEMENTS {
                    let mut c = WordComposer::new();
                    let mut shown = String::new();
                    for &k in &keys {
                        if k == '⌫' {
                            shown.pop();
                            if c.resume(&shown, m, p) {
                                // Taken up as it is shown, whatever keys it needed.
                                prop_assert_eq!(c.word(m, p), shown.clone(), "{:?} {:?}", keys, m);
                            } else {
                                prop_assert!(c.is_empty());
                                shown.clear();
                            }
                            continue;
                        }
                        match c.push(k, m, p) {
                            Some(word) => {
                                prop_assert!(is_nfc(&word), "{keys:?} {m:?} → {word:?}");
                                prop_assert!(word.chars().count() <= c.keys().chars().count());
                                shown = word;
                            }
                            None => shown.clear(),
                        }
                    }
                }
            }
        }
    }
}
