//! Problems found in files we read, as data: a stable code, the file, line and column, and
//! the values the message needs. The words live in `locales/<tag>/ui.ftl` as `diag-<code>`
//! and `diag-<code>-help`, so every diagnostic reads in the trainer's language.

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// Stable diagnostic codes; never renumber or reuse one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Code {
    Unreadable,
    NotUtf8,
    FileTooLarge,
    PackTooLarge,
    TooManyFiles,
    TooDeep,
    MissingFile,
    TomlSyntax,
    UnknownField,
    MissingField,
    WrongType,
    FormatTooNew,
    UnknownStepType,
    BadId,
    DuplicateId,
    MissingLesson,
    UnlistedLesson,
    EmptyModule,
    FtlSyntax,
    FtlTooDeep,
    DuplicateMessage,
    MissingMessage,
    UnusedMessage,
    UndeclaredVariable,
    UnknownFunction,
    UnknownLanguage,
    BadLanguageTag,
    ChoiceCorrectCount,
    NoCorrectOption,
    TooFewOptions,
    TooFewItems,
    NoHints,
    BadTolerance,
    TextNoCheck,
    TextBothChecks,
    BadLengthLimits,
    MissingMedia,
    BadMediaPath,
    MissingPictureAlt,
    EmptyAnswerList,
    UnknownStep,
    StepLoop,
    UnknownNode,
    UnreachableNode,
    NodeNeverEnds,
    NoGoodEnding,
    NodeChoicesOrEnding,
    UnknownTool,
    TooManyProblems,
    NumberFormat,
    CurlyQuotes,
    SingleBracket,
    FtlTab,
    VariableWithoutDollar,
    VariableWithoutBraces,
    MoneyWithoutFormat,
    BadFormula,
    AnswerNotFromVars,
    MissingTranslation,
    LessonFolder,
    BuiltinLanguages,
    TranslationVariables,
    MessageCycle,
    ExpansionTooLong,
    OptionWithoutFeedback,
    BadPicture,
    StaleTranslation,
    AudioUnknownMessage,
    AudioUnknownLanguage,
    BadAudio,
    AudioTooLarge,
    MissingAudio,
}

impl Code {
    /// Every code, for tools and for the test that each one has words in every language.
    pub const ALL: &[Code] = &[
        Code::Unreadable,
        Code::NotUtf8,
        Code::FileTooLarge,
        Code::PackTooLarge,
        Code::TooManyFiles,
        Code::TooDeep,
        Code::MissingFile,
        Code::TomlSyntax,
        Code::UnknownField,
        Code::MissingField,
        Code::WrongType,
        Code::FormatTooNew,
        Code::UnknownStepType,
        Code::BadId,
        Code::DuplicateId,
        Code::MissingLesson,
        Code::UnlistedLesson,
        Code::EmptyModule,
        Code::FtlSyntax,
        Code::FtlTooDeep,
        Code::DuplicateMessage,
        Code::MissingMessage,
        Code::UnusedMessage,
        Code::UndeclaredVariable,
        Code::UnknownFunction,
        Code::UnknownLanguage,
        Code::BadLanguageTag,
        Code::ChoiceCorrectCount,
        Code::NoCorrectOption,
        Code::TooFewOptions,
        Code::TooFewItems,
        Code::NoHints,
        Code::BadTolerance,
        Code::TextNoCheck,
        Code::TextBothChecks,
        Code::BadLengthLimits,
        Code::MissingMedia,
        Code::BadMediaPath,
        Code::MissingPictureAlt,
        Code::EmptyAnswerList,
        Code::UnknownStep,
        Code::StepLoop,
        Code::UnknownNode,
        Code::UnreachableNode,
        Code::NodeNeverEnds,
        Code::NoGoodEnding,
        Code::NodeChoicesOrEnding,
        Code::UnknownTool,
        Code::TooManyProblems,
        Code::NumberFormat,
        Code::CurlyQuotes,
        Code::SingleBracket,
        Code::FtlTab,
        Code::VariableWithoutDollar,
        Code::VariableWithoutBraces,
        Code::MoneyWithoutFormat,
        Code::BadFormula,
        Code::AnswerNotFromVars,
        Code::MissingTranslation,
        Code::LessonFolder,
        Code::BuiltinLanguages,
        Code::TranslationVariables,
        Code::MessageCycle,
        Code::ExpansionTooLong,
        Code::OptionWithoutFeedback,
        Code::BadPicture,
        Code::StaleTranslation,
        Code::AudioUnknownMessage,
        Code::AudioUnknownLanguage,
        Code::BadAudio,
        Code::AudioTooLarge,
        Code::MissingAudio,
    ];

    pub fn as_str(self) -> &'static str {
        use Code::*;
        match self {
            Unreadable => "unreadable",
            NotUtf8 => "not-utf8",
            FileTooLarge => "file-too-large",
            PackTooLarge => "pack-too-large",
            TooManyFiles => "too-many-files",
            TooDeep => "too-deep",
            MissingFile => "missing-file",
            TomlSyntax => "toml-syntax",
            UnknownField => "unknown-field",
            MissingField => "missing-field",
            WrongType => "wrong-type",
            FormatTooNew => "format-too-new",
            UnknownStepType => "unknown-step-type",
            UnknownTool => "unknown-tool",
            BadId => "bad-id",
            DuplicateId => "duplicate-id",
            MissingLesson => "missing-lesson",
            UnlistedLesson => "unlisted-lesson",
            EmptyModule => "empty-module",
            FtlSyntax => "ftl-syntax",
            FtlTooDeep => "ftl-too-deep",
            DuplicateMessage => "duplicate-message",
            MissingMessage => "missing-message",
            UnusedMessage => "unused-message",
            UndeclaredVariable => "undeclared-variable",
            UnknownFunction => "unknown-function",
            UnknownLanguage => "unknown-language",
            BadLanguageTag => "bad-language-tag",
            ChoiceCorrectCount => "choice-correct-count",
            NoCorrectOption => "no-correct-option",
            TooFewOptions => "too-few-options",
            TooFewItems => "too-few-items",
            NoHints => "no-hints",
            BadTolerance => "bad-tolerance",
            TextNoCheck => "text-no-check",
            TextBothChecks => "text-both-checks",
            BadLengthLimits => "bad-length-limits",
            MissingMedia => "missing-media",
            BadMediaPath => "bad-media-path",
            MissingPictureAlt => "missing-picture-alt",
            EmptyAnswerList => "empty-answer-list",
            UnknownStep => "unknown-step",
            StepLoop => "step-loop",
            UnknownNode => "unknown-node",
            UnreachableNode => "unreachable-node",
            NodeNeverEnds => "node-never-ends",
            NoGoodEnding => "no-good-ending",
            NodeChoicesOrEnding => "node-choices-or-ending",
            TooManyProblems => "too-many-problems",
            NumberFormat => "number-format",
            CurlyQuotes => "curly-quotes",
            SingleBracket => "single-bracket",
            FtlTab => "ftl-tab",
            VariableWithoutDollar => "variable-without-dollar",
            VariableWithoutBraces => "variable-without-braces",
            MoneyWithoutFormat => "money-without-format",
            BadFormula => "bad-formula",
            AnswerNotFromVars => "answer-not-from-vars",
            MissingTranslation => "missing-translation",
            LessonFolder => "lesson-folder",
            BuiltinLanguages => "builtin-languages",
            TranslationVariables => "translation-variables",
            MessageCycle => "message-cycle",
            ExpansionTooLong => "expansion-too-long",
            OptionWithoutFeedback => "option-without-feedback",
            BadPicture => "bad-picture",
            StaleTranslation => "stale-translation",
            AudioUnknownMessage => "audio-unknown-message",
            AudioUnknownLanguage => "audio-unknown-language",
            BadAudio => "bad-audio",
            AudioTooLarge => "audio-too-large",
            MissingAudio => "missing-audio",
        }
    }

    /// Warnings point at something to improve; everything else stops a lesson from loading.
    pub fn severity(self) -> Severity {
        match self {
            Code::UnlistedLesson
            | Code::UnusedMessage
            | Code::NoHints
            | Code::VariableWithoutBraces
            | Code::MoneyWithoutFormat
            | Code::AnswerNotFromVars
            | Code::MissingTranslation
            | Code::BuiltinLanguages
            | Code::TranslationVariables
            | Code::OptionWithoutFeedback
            | Code::BadPicture
            | Code::StaleTranslation
            | Code::AudioUnknownMessage
            | Code::AudioUnknownLanguage
            | Code::BadAudio
            | Code::AudioTooLarge
            | Code::MissingAudio => Severity::Warning,
            _ => Severity::Error,
        }
    }
}

/// How many ids a diagnostic names before "…" (missing translations, recordings, stale ones).
pub const NAMED: usize = 8;

/// The first [`NAMED`] of `ids`, joined with commas, then ", …" when there are more.
pub fn first_names<S: AsRef<str>>(ids: &[S]) -> String {
    let mut named = ids
        .iter()
        .take(NAMED)
        .map(AsRef::as_ref)
        .collect::<Vec<&str>>()
        .join(", ");
    if ids.len() > NAMED {
        named.push_str(", …");
    }
    named
}

/// A place in a file: 1-based line and column, columns counted in characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Position {
    pub line: usize,
    pub col: usize,
}

impl Position {
    /// The position of byte `offset` in `source` (clamped to the text, rounded down to a char).
    /// Scans the text up to `offset`: for many positions in one file use a [`LineIndex`].
    pub fn at(source: &str, offset: usize) -> Position {
        LineIndex::new(source).position(source, offset)
    }

    /// The byte offset of `part` inside `whole`, when `part` is a slice of it.
    pub fn offset_of(whole: &str, part: &str) -> Option<usize> {
        let start = whole.as_ptr() as usize;
        let at = part.as_ptr() as usize;
        (at >= start && at + part.len() <= start + whole.len()).then(|| at - start)
    }
}

/// Where each line of a text starts, found once, so that turning an offset into a position
/// costs a binary search and a count of characters within one line.
#[derive(Debug, Clone, Default)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(source: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(
            source
                .bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(i, _)| i + 1),
        );
        LineIndex { starts }
    }

    /// The position of byte `offset` in `source`, the text this index was made from
    /// (clamped to the text, rounded down to a char).
    pub fn position(&self, source: &str, offset: usize) -> Position {
        let offset = char_floor(source, offset);
        let line = self.starts.partition_point(|&s| s <= offset).max(1);
        let start = self.starts[line - 1];
        let col = source[start..offset].chars().count() + 1;
        Position { line, col }
    }
}

fn char_floor(source: &str, offset: usize) -> usize {
    let mut offset = offset.min(source.len());
    while !source.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// Puts `diagnostics` in the order they are shown: by file, then line, then column.
pub fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics
        .sort_by(|a, b| (&a.path, a.pos.line, a.pos.col).cmp(&(&b.path, b.pos.line, b.pos.col)));
}

/// Most diagnostics kept for one file; the rest become one [`Code::TooManyProblems`].
pub const MAX_PER_FILE: usize = 200;

/// Keeps the first [`MAX_PER_FILE`] diagnostics of each file of `sorted` (sorted by file) and
/// replaces the rest of that file with one diagnostic that counts them. An error when any of
/// them was an error, so a file with errors still fails the check.
pub fn cap_per_file(sorted: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let mut kept: Vec<Diagnostic> = Vec::with_capacity(sorted.len().min(4 * MAX_PER_FILE));
    let mut in_file = 0usize;
    let mut dropped: Option<(Diagnostic, usize)> = None;
    for d in sorted {
        if kept.last().is_none_or(|last| last.path != d.path) {
            flush_dropped(&mut kept, &mut dropped);
            in_file = 0;
        }
        in_file += 1;
        if in_file <= MAX_PER_FILE {
            kept.push(d);
            continue;
        }
        match &mut dropped {
            Some((summary, count)) => {
                *count += 1;
                if d.is_error() {
                    summary.severity = Severity::Error;
                }
            }
            None => {
                let mut summary = Diagnostic::new(Code::TooManyProblems, d.path.clone(), d.pos);
                summary.severity = d.severity;
                dropped = Some((summary, 1));
            }
        }
    }
    flush_dropped(&mut kept, &mut dropped);
    kept
}

fn flush_dropped(kept: &mut Vec<Diagnostic>, dropped: &mut Option<(Diagnostic, usize)>) {
    if let Some((summary, count)) = dropped.take() {
        kept.push(summary.arg("count", count));
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub code: Code,
    pub severity: Severity,
    /// The file as a person should see it (`lessons/honey/lesson.toml`).
    pub path: String,
    pub pos: Position,
    /// Named values for the message (`id`, `found`, `expected`, …).
    pub args: Vec<(&'static str, String)>,
}

impl Diagnostic {
    pub fn new(code: Code, path: impl Into<String>, pos: Position) -> Diagnostic {
        Diagnostic {
            code,
            severity: code.severity(),
            path: path.into(),
            pos,
            args: Vec::new(),
        }
    }

    pub fn arg(mut self, name: &'static str, value: impl ToString) -> Diagnostic {
        self.args.push((name, value.to_string()));
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// Collects diagnostics for one file, turning byte offsets into positions. Where the lines
/// start is found once per file, on the first diagnostic, so a file with many problems costs
/// time in proportion to its size, not to its size times its problems.
pub struct FileReport<'a> {
    pub path: String,
    pub source: &'a str,
    pub out: &'a mut Vec<Diagnostic>,
    lines: Option<LineIndex>,
}

impl<'a> FileReport<'a> {
    pub fn new(path: String, source: &'a str, out: &'a mut Vec<Diagnostic>) -> FileReport<'a> {
        FileReport {
            path,
            source,
            out,
            lines: None,
        }
    }

    /// Another report into the same list, for another text of the same file (its NFC form).
    pub fn for_source<'b>(&'b mut self, source: &'b str) -> FileReport<'b> {
        FileReport::new(self.path.clone(), source, self.out)
    }

    pub fn at(&mut self, code: Code, offset: usize) -> &mut Diagnostic {
        let source = self.source;
        let pos = self
            .lines
            .get_or_insert_with(|| LineIndex::new(source))
            .position(source, offset);
        self.out.push(Diagnostic::new(code, self.path.clone(), pos));
        let last = self.out.len() - 1;
        &mut self.out[last]
    }
}

impl Diagnostic {
    pub fn with(&mut self, name: &'static str, value: impl ToString) -> &mut Diagnostic {
        self.args.push((name, value.to_string()));
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_characters_not_bytes() {
        let src = "a = 1\ntitle = \"Mật ong\" x";
        let offset = src.find('x').unwrap_or_default();
        assert_eq!(Position::at(src, offset), Position { line: 2, col: 19 });
        assert_eq!(Position::at(src, 0), Position { line: 1, col: 1 });
        assert_eq!(Position::at(src, 10_000).line, 2);
    }

    #[test]
    fn every_code_has_a_message_and_help_in_every_shipped_language() {
        let ids: Vec<String> = Code::ALL
            .iter()
            .flat_map(|c| {
                [
                    format!("diag-{}", c.as_str()),
                    format!("diag-{}-help", c.as_str()),
                ]
            })
            .collect();
        assert_eq!(crate::i18n::missing_ui_messages(&ids), Vec::<String>::new());
    }

    #[test]
    fn the_line_index_agrees_with_counting_from_the_start() {
        let src = "ăn\n\nmật ong\r\nx\n";
        let index = LineIndex::new(src);
        for offset in 0..src.len() + 3 {
            let floor = char_floor(src, offset);
            let before = &src[..floor];
            let line = before.matches('\n').count() + 1;
            let start = before.rfind('\n').map_or(0, |i| i + 1);
            let col = before[start..].chars().count() + 1;
            assert_eq!(
                index.position(src, offset),
                Position { line, col },
                "{offset}"
            );
        }
    }

    #[test]
    fn problems_past_the_cap_become_one_counted_diagnostic() {
        let d = |path: &str, line: usize, code: Code| {
            Diagnostic::new(code, path, Position { line, col: 1 })
        };
        let mut all: Vec<Diagnostic> = (1..=MAX_PER_FILE + 5)
            .map(|line| {
                let code = if line > MAX_PER_FILE + 3 {
                    Code::FtlSyntax
                } else {
                    Code::NoHints
                };
                d("a.ftl", line, code)
            })
            .collect();
        all.push(d("b.ftl", 1, Code::FtlSyntax));
        let kept = cap_per_file(all);
        assert_eq!(kept.len(), MAX_PER_FILE + 2);
        let summary = &kept[MAX_PER_FILE];
        assert_eq!(summary.code, Code::TooManyProblems);
        assert_eq!(summary.pos.line, MAX_PER_FILE + 1);
        assert_eq!(summary.args, vec![("count", "5".to_string())]);
        assert!(summary.is_error(), "an error among the dropped ones");
        assert_eq!(kept[MAX_PER_FILE + 1].path, "b.ftl");
    }

    #[test]
    fn offsets_of_slices_are_found() {
        let src = "hello world";
        assert_eq!(Position::offset_of(src, &src[6..]), Some(6));
        assert_eq!(Position::offset_of(src, "other"), None);
    }
}
