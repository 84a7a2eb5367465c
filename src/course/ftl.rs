//! Reading one Fluent file safely and describing it: which messages it defines (with their
//! position), and which variables, functions and other messages each one uses.
//!
//! fluent-syntax recurses without limit and aborts the whole process on deeply nested
//! placeables, so brace nesting is measured before the parser ever sees the text.

use std::sync::Arc;

use fluent_bundle::FluentResource;
use fluent_syntax::ast;
use unicode_normalization::UnicodeNormalization;

use crate::diagnostic::{Code, FileReport, Position};

/// Deepest `{` nesting accepted in a Fluent file; real messages need two or three.
pub const MAX_BRACE_DEPTH: usize = 16;

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

/// A parsed Fluent file.
#[derive(Debug, Clone)]
pub struct FtlFile {
    pub resource: Arc<FluentResource>,
    pub messages: Vec<MessageInfo>,
    /// Ids of messages the parser could not read (their syntax error is already reported).
    pub broken: Vec<String>,
}

impl FtlFile {
    pub fn message(&self, id: &str) -> Option<&MessageInfo> {
        self.messages.iter().find(|m| m.id == id)
    }
}

/// Deepest brace nesting in `source`.
pub fn brace_depth(source: &str) -> (usize, usize) {
    let (mut depth, mut max, mut at) = (0usize, 0usize, 0usize);
    for (i, c) in source.char_indices() {
        match c {
            '{' => {
                depth += 1;
                if depth > max {
                    max = depth;
                    at = i;
                }
            }
            '}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    (max, at)
}

/// Parses `source` (already known to be UTF-8 and within size limits), reporting syntax
/// errors, duplicate ids and over-deep nesting. None when the file cannot be parsed at all.
pub fn parse(source: &str, report: &mut FileReport<'_>) -> Option<FtlFile> {
    let nfc: String = source.nfc().collect();
    let (depth, at) = brace_depth(&nfc);
    if depth > MAX_BRACE_DEPTH {
        let mut inner = FileReport {
            path: report.path.clone(),
            source: &nfc,
            out: report.out,
        };
        inner
            .at(Code::FtlTooDeep, at)
            .with("limit", MAX_BRACE_DEPTH);
        return None;
    }
    {
        let mut inner = FileReport {
            path: report.path.clone(),
            source: &nfc,
            out: report.out,
        };
        super::mistakes::ftl_mistakes(&nfc, &mut inner);
    }
    let resource = match FluentResource::try_new(nfc) {
        Ok(res) => res,
        Err((res, errors)) => {
            let src = res.source().to_string();
            let mut inner = FileReport {
                path: report.path.clone(),
                source: &src,
                out: report.out,
            };
            for error in errors {
                inner
                    .at(Code::FtlSyntax, error_offset(&src, &error))
                    .with("detail", crate::text::clean_line(&error.kind.to_string()));
            }
            res
        }
    };
    let source = resource.source();
    let mut messages: Vec<MessageInfo> = Vec::new();
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
        if messages.iter().any(|m| m.id == message.id.name) {
            dup_offsets.push((message.id.name.to_string(), offset));
            continue;
        }
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
    let mut inner = FileReport {
        path: report.path.clone(),
        source,
        out: report.out,
    };
    for (id, offset) in dup_offsets {
        inner.at(Code::DuplicateMessage, offset).with("id", id);
    }
    Some(FtlFile {
        resource: Arc::new(resource),
        messages,
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
        let mut report = FileReport {
            path: "x/vi.ftl".into(),
            source: src,
            out: &mut out,
        };
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
