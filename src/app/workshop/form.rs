//! A workshop form: labelled fields in order, one of them focused. Number fields take keys as
//! they are (no Telex: "d" must not become "đ" in "170k"), text fields go through the
//! learner's input method, and a choice field is changed with ←/→ only.

use std::collections::BTreeMap;

use super::Saved;
use crate::app::{Action, TextField, Typing};

/// Longest text in one workshop field, in characters.
pub const MAX_FIELD: usize = 600;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    /// Money, hours or a percentage: typed as it is.
    Number,
    /// Words in the learner's language: the input method applies.
    Text,
    /// One of a few values, changed with ←/→ (the platform).
    Choice,
    /// A file's path, typed or pasted: typed as it is.
    Path,
}

#[derive(Debug, Default)]
pub struct Form {
    pub ids: Vec<&'static str>,
    pub kinds: Vec<FieldKind>,
    pub fields: Vec<TextField>,
    pub focus: usize,
}

impl Form {
    /// The fields `specs` (id, kind), filled from `saved`.
    pub fn new(specs: &[(&'static str, FieldKind)], saved: &Saved) -> Form {
        Form {
            ids: specs.iter().map(|(id, _)| *id).collect(),
            kinds: specs.iter().map(|(_, k)| *k).collect(),
            fields: specs
                .iter()
                .map(|(id, _)| TextField::with_text(saved.field(id), MAX_FIELD, false))
                .collect(),
            focus: 0,
        }
    }

    pub fn len(&self) -> usize {
        self.fields.len()
    }

    pub fn is_empty(&self) -> bool {
        self.fields.is_empty()
    }

    pub fn text(&self, i: usize) -> &str {
        self.fields.get(i).map_or("", TextField::text)
    }

    /// The text of the field `id`.
    pub fn get(&self, id: &str) -> &str {
        self.ids
            .iter()
            .position(|f| *f == id)
            .map_or("", |i| self.text(i))
    }

    pub fn focused_kind(&self) -> FieldKind {
        self.kinds
            .get(self.focus)
            .copied()
            .unwrap_or(FieldKind::Text)
    }

    pub fn set(&mut self, i: usize, text: &str) {
        if let Some(field) = self.fields.get_mut(i) {
            *field = TextField::with_text(text, MAX_FIELD, false);
        }
    }

    pub fn set_focused(&mut self, text: &str) {
        self.set(self.focus, text);
    }

    /// The fields as typed, by id (what is saved).
    pub fn values(&self) -> BTreeMap<String, String> {
        self.ids
            .iter()
            .zip(&self.fields)
            .map(|(id, f)| (id.to_string(), f.text().to_string()))
            .collect()
    }

    /// An editing key on the focused field; true when the text changed.
    pub fn edit(&mut self, action: &Action, typing: Typing, _width: usize) -> bool {
        let kind = self.focused_kind();
        let Some(field) = self.fields.get_mut(self.focus) else {
            return false;
        };
        if kind == FieldKind::Choice {
            return false;
        }
        let before = field.text().to_string();
        match action {
            Action::TypeKey(c) if kind == FieldKind::Text => field.type_key(*c, typing),
            Action::TypeKey(c) => field.insert(&c.to_string()),
            Action::Type(text) => field.insert(text),
            Action::Backspace => field.backspace(),
            Action::Delete => field.delete(),
            Action::Left => field.left(),
            Action::Right => field.right(),
            Action::LineStart => field.home(usize::MAX),
            Action::LineEnd => field.end(usize::MAX),
            _ => return false,
        }
        field.text() != before
    }
}
