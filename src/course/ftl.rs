//! Reading one Fluent file safely and describing it: which messages it defines (with their
//! position), and which variables, functions and other messages each one uses.
//!
//! fluent-syntax recurses without limit and aborts the whole process on deeply nested
//! placeables, so brace nesting is measured before the parser ever sees the text.
//!
//! The syntax tree is dropped once the file is described: a course keeps only the (NFC) text
//! and parses it again when a lesson is shown ([`LazyResource`]), so a pack of thousands of
//! lessons costs its size in memory, not several times its size.

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use crate::source::Text;

use fluent_bundle::FluentResource;
use fluent_syntax::ast;
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

use crate::diagnostic::{Code, FileReport, Position};

use crate::i18n::nesting::{MAX_BRACE_DEPTH, brace_depth};

/// One message of a file and what it refers to.
#[derive(Debug, Clone, Default)]
pub struct MessageInfo {
    pub id: String,
    /// Byte offset of the id in the (NFC) source.
    pub offset: usize,
    pub variables: Vec<(String, usize)>,
    pub functions: Vec<(String, usize)>,
    pub messages: Vec<(String, usize)>,
    /// The text with placeables left out, for keyword lists and answers.
    pub has_value: bool,
    /// Variables printed as they are (`{ $cost }`), outside any function and selector.
    pub printed: Vec<(String, usize)>,
    /// `$name` written in the text without braces, so printed as typed.
    pub bare_dollars: Vec<(String, usize)>,
}

/// A checked Fluent file: its NFC text and what its messages use.
#[derive(Debug, Clone)]
pub struct FtlFile {
    /// The text in NFC, the form the offsets count in.
    pub source: Text,
    pub messages: Vec<MessageInfo>,
    /// Message id → index in `messages`. Looked up about a million times in a `check` of a
    /// 1,000-lesson pack: foldhash (seeded per process, as std's) hashes a short id several
    /// times faster than std's SipHash.
    index: HashMap<String, usize, foldhash::fast::RandomState>,
    /// Ids of messages the parser could not read (their syntax error is already reported).
    pub broken: Vec<String>,
}

impl FtlFile {
    pub fn message(&self, id: &str) -> Option<&MessageInfo> {
        self.index.get(id).map(|&i| &self.messages[i])
    }

    /// The position of message `id` in `messages`.
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.index.get(id).copied()
    }
}

/// Fluent text parsed the first time it is needed, then kept.
#[derive(Clone)]
pub struct LazyResource {
    source: Text,
    parsed: OnceLock<Arc<FluentResource>>,
    /// The lines of a few messages (a lesson's title and summary) kept in the lesson index, so
    /// that the course list shows them without reading the file.
    head: Option<Arc<str>>,
}

/// Shown as its text: what is parsed or known ahead is a cache of it.
impl std::fmt::Debug for LazyResource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LazyResource")
            .field("source", &self.source)
            .finish_non_exhaustive()
    }
}

impl LazyResource {
    /// `source` must be NFC and no deeper than [`MAX_BRACE_DEPTH`] (as [`parse`] leaves it).
    pub fn new(source: Text) -> LazyResource {
        LazyResource {
            source,
            parsed: OnceLock::new(),
            head: None,
        }
    }

    /// Like [`LazyResource::new`], with the lines of some messages known already (see
    /// [`LazyResource::head_of`]), taken from the same text.
    pub fn with_head(source: Text, head: &str) -> LazyResource {
        LazyResource {
            head: Some(head.into()),
            ..LazyResource::new(source)
        }
    }

    /// The lines of messages `ids` in this text, for [`LazyResource::with_head`].
    pub fn head_of(&self, ids: &[&str]) -> String {
        ids.iter()
            .filter_map(|id| message_lines(self.source(), id))
            .collect()
    }

    pub fn source(&self) -> &str {
        &self.source
    }

    /// The parsed resource (its good entries when some are broken; `check` reports the rest).
    pub fn resource(&self) -> Arc<FluentResource> {
        Arc::clone(
            self.parsed
                .get_or_init(|| crate::i18n::localizer::resource(self.source.to_string())),
        )
    }

    /// A resource that holds message `id` as this text defines it, or None when the text does
    /// not define it. Before the whole text is parsed, only that message's lines are: a course
    /// list of a thousand lessons formats their titles without parsing a thousand files. A
    /// message that refers to other messages or terms needs the whole text.
    pub fn message(&self, id: &str) -> Option<Arc<FluentResource>> {
        if let Some(parsed) = self.parsed.get() {
            return Some(Arc::clone(parsed));
        }
        let known = self
            .head
            .as_deref()
            .and_then(|head| message_lines(head, id));
        let lines = match known {
            Some(lines) => lines,
            None => message_lines(&self.source, id)?,
        };
        if lines.contains("{ -") || lines.contains("{-") {
            return Some(self.resource());
        }
        let part = crate::i18n::localizer::resource(lines.to_string());
        let refers = part.entries().any(|e| match e {
            ast::Entry::Message(m) if m.id.name == id => {
                let mut info = MessageInfo::default();
                if let Some(value) = &m.value {
                    walk_pattern(value, part.source(), &mut info);
                }
                !info.messages.is_empty()
            }
            _ => false,
        });
        Some(if refers { self.resource() } else { part })
    }

    /// True when the text has been parsed (for tests of laziness).
    pub fn is_parsed(&self) -> bool {
        self.parsed.get().is_some()
    }
}

/// The lines of message `id` in Fluent text: the line that starts with `id =` and the
/// indented lines after it (a message always starts at the beginning of a line).
fn message_lines<'a>(source: &'a str, id: &str) -> Option<&'a str> {
    let mut start = None;
    let mut offset = 0;
    for line in source.split_inclusive('\n') {
        let here = offset;
        offset += line.len();
        match start {
            None => {
                let defines = line
                    .strip_prefix(id)
                    .is_some_and(|rest| rest.trim_start_matches([' ', '\t']).starts_with('='));
                if defines {
                    start = Some(here);
                }
            }
            Some(from) => {
                if !line.trim().is_empty() && !line.starts_with(' ') {
                    return Some(&source[from..here]);
                }
            }
        }
    }
    start.map(|from| &source[from..])
}

/// `source` in NFC, shared when it already is (the usual case) and copied only when not.
pub fn nfc_shared(source: &Text) -> Text {
    if is_nfc_quick(source.chars()) == IsNormalized::Yes {
        source.clone()
    } else {
        source.nfc().collect::<String>().into()
    }
}

/// Parses `source` (already known to be UTF-8 and within size limits), reporting syntax
/// errors, duplicate ids and over-deep nesting. None when the file cannot be parsed at all.
pub fn parse(source: &str, report: &mut FileReport<'_>) -> Option<FtlFile> {
    parse_shared(&Text::from(source), report)
}

/// [`parse`] of text already shared: kept as it is when it is NFC already.
pub fn parse_shared(source: &Text, report: &mut FileReport<'_>) -> Option<FtlFile> {
    let nfc = nfc_shared(source);
    let (depth, at) = brace_depth(&nfc);
    if depth > MAX_BRACE_DEPTH {
        let mut inner = FileReport::new(report.path.clone(), &nfc, report.out);
        inner
            .at(Code::FtlTooDeep, at)
            .with("limit", MAX_BRACE_DEPTH);
        return None;
    }
    super::mistakes::ftl_mistakes(
        &nfc,
        &mut FileReport::new(report.path.clone(), &nfc, report.out),
    );
    let resource = match FluentResource::try_new(nfc.to_string()) {
        Ok(res) => res,
        Err((res, errors)) => {
            let mut inner = FileReport::new(report.path.clone(), &nfc, report.out);
            for error in errors {
                inner
                    .at(Code::FtlSyntax, error_offset(&nfc, &error))
                    .with("detail", crate::text::clean_line(&error.kind.to_string()));
            }
            res
        }
    };
    let source = resource.source();
    let mut messages: Vec<MessageInfo> = Vec::new();
    let mut index = HashMap::default();
    let mut dup_offsets = Vec::new();
    let mut broken = Vec::new();
    for entry in resource.entries() {
        if let ast::Entry::Junk { content } = entry
            && let Some((id, _)) = content.split_once('=')
        {
            broken.push(id.trim().to_string());
        }
        let ast::Entry::Message(message) = entry else {
            continue;
        };
        let offset = Position::offset_of(source, message.id.name).unwrap_or(0);
        if index.contains_key(message.id.name) {
            dup_offsets.push((message.id.name.to_string(), offset));
            continue;
        }
        index.insert(message.id.name.to_string(), messages.len());
        let mut info = MessageInfo {
            id: message.id.name.to_string(),
            offset,
            ..MessageInfo::default()
        };
        info.has_value = message.value.is_some();
        if let Some(pattern) = &message.value {
            walk_pattern(pattern, source, &mut info);
        }
        for attribute in &message.attributes {
            walk_pattern(&attribute.value, source, &mut info);
        }
        messages.push(info);
    }
    let mut inner = FileReport::new(report.path.clone(), source, report.out);
    for (id, offset) in dup_offsets {
        inner.at(Code::DuplicateMessage, offset).with("id", id);
    }
    Some(FtlFile {
        source: nfc,
        messages,
        index,
        broken,
    })
}

/// Where to point for a syntax error: the parser often notices a broken message only on a
/// later line, so such an error points at the start of the message that is broken.
fn error_offset(source: &str, error: &fluent_syntax::parser::ParserError) -> usize {
    let at = error.pos.start.min(source.len());
    match error.slice.as_ref() {
        Some(slice)
            if slice.start < at
                && source
                    .get(slice.start..at)
                    .is_some_and(|s| s.contains('\n')) =>
        {
            slice.start
        }
        _ => at,
    }
}

fn walk_pattern(pattern: &ast::Pattern<&str>, source: &str, info: &mut MessageInfo) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::Placeable { expression } => {
                if let ast::Expression::Inline(ast::InlineExpression::VariableReference { id }) =
                    expression
                {
                    let offset = Position::offset_of(source, id.name).unwrap_or(info.offset);
                    info.printed.push((id.name.to_string(), offset));
                }
                walk_expression(expression, source, info);
            }
            ast::PatternElement::TextElement { value } => {
                let base = Position::offset_of(source, value).unwrap_or(info.offset);
                for (i, _) in value.match_indices('$') {
                    let name: String = value[i + 1..]
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                        .collect();
                    if name.starts_with(|c: char| c.is_ascii_alphabetic()) {
                        info.bare_dollars.push((name, base + i));
                    }
                }
            }
        }
    }
}

fn walk_expression(expression: &ast::Expression<&str>, source: &str, info: &mut MessageInfo) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, source, info);
            for variant in variants {
                walk_pattern(&variant.value, source, info);
            }
        }
        ast::Expression::Inline(inline) => walk_inline(inline, source, info),
    }
}

fn walk_inline(inline: &ast::InlineExpression<&str>, source: &str, info: &mut MessageInfo) {
    let at = |name: &str| Position::offset_of(source, name).unwrap_or(info.offset);
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            let offset = at(id.name);
            info.variables.push((id.name.to_string(), offset));
        }
        ast::InlineExpression::FunctionReference { id, arguments } => {
            let offset = at(id.name);
            info.functions.push((id.name.to_string(), offset));
            walk_arguments(arguments, source, info);
        }
        ast::InlineExpression::MessageReference { id, .. } => {
            let offset = at(id.name);
            info.messages.push((id.name.to_string(), offset));
        }
        ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            walk_arguments(arguments, source, info);
        }
        ast::InlineExpression::Placeable { expression } => {
            walk_expression(expression, source, info)
        }
        _ => {}
    }
}

fn walk_arguments(arguments: &ast::CallArguments<&str>, source: &str, info: &mut MessageInfo) {
    for value in &arguments.positional {
        walk_inline(value, source, info);
    }
    for named in &arguments.named {
        walk_inline(&named.value, source, info);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Diagnostic;

    fn parse_text(src: &str) -> (Option<FtlFile>, Vec<Diagnostic>) {
        let mut out = Vec::new();
        let mut report = FileReport::new("x/vi.ftl".into(), src, &mut out);
        let file = parse(src, &mut report);
        (file, out)
    }

    #[test]
    fn variables_functions_and_references_are_found_with_positions() {
        let (file, diags) = parse_text("a = Giá { MONEY($cost) } cho { $learner }\nb = { a }\n");
        assert!(diags.is_empty());
        let file = file.unwrap_or_else(|| panic!("parsed"));
        let a = file.message("a").cloned().unwrap_or_default();
        let vars: Vec<&str> = a.variables.iter().map(|(v, _)| v.as_str()).collect();
        assert_eq!(vars, ["cost", "learner"]);
        assert_eq!(a.functions[0].0, "MONEY");
        assert_eq!(
            file.message("b").map(|b| b.messages[0].0.clone()),
            Some("a".into())
        );
        assert_eq!(a.variables[0].1, 18, "the offset of the variable's name");
    }

    #[test]
    fn one_message_is_read_without_parsing_the_whole_text() {
        let src =
            "# c\ntitle = Mật ong\n    { $learner }\n\n    tiếp\nsummary = S\nref = { title }\n";
        let lazy = LazyResource::new(Text::from(src));
        let title = lazy.message("title").unwrap_or_else(|| panic!("title"));
        assert!(!lazy.is_parsed());
        let ids: Vec<&str> = title
            .entries()
            .filter_map(|e| match e {
                ast::Entry::Message(m) => Some(m.id.name),
                _ => None,
            })
            .collect();
        assert_eq!(ids, ["title"]);
        assert!(lazy.message("nothing").is_none());
        assert!(lazy.message("ref").is_some());
        assert!(lazy.is_parsed(), "a reference needs the whole text");
    }

    #[test]
    fn deep_nesting_is_refused_before_parsing() {
        let src = format!("a = {}x{}\n", "{".repeat(5000), "}".repeat(5000));
        let (file, diags) = parse_text(&src);
        assert!(file.is_none());
        assert_eq!(diags[0].code, Code::FtlTooDeep);
    }

    #[test]
    fn syntax_errors_keep_the_good_messages() {
        let (file, diags) = parse_text("good = Tốt\nbad = { \nlost = Mất\n\nalso = Cũng tốt\n");
        assert_eq!(diags.len(), 1);
        assert_eq!(diags[0].code, Code::FtlSyntax);
        assert_eq!(diags[0].pos.line, 2);
        let ids: Vec<String> = file
            .map(|f| f.messages.iter().map(|m| m.id.clone()).collect())
            .unwrap_or_default();
        // The parser swallows the line after the broken one; everything after it is kept.
        assert_eq!(ids, ["good", "also"]);
    }

    #[test]
    fn duplicate_messages_are_reported_at_the_second() {
        let (_, diags) = parse_text("a = 1\nb = 2\na = 3\n");
        assert_eq!(diags.len(), 1);
        assert_eq!(
            (diags[0].code, diags[0].pos.line, diags[0].pos.col),
            (Code::DuplicateMessage, 3, 1)
        );
    }
}
