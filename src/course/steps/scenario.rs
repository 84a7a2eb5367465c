//! `scenario`: a role-play that branches. Each node is what the buyer says (or what happens);
//! the learner picks a reply, which leads to another node, until an ending. A good ending is a
//! right answer; a poor one counts as a try, shows the next hint, and the learner can take back
//! replies (Backspace) and choose again. At every ending the learner sees, for each reply they
//! chose, why it helped or hurt and what it cost.
//!
//! `check` finds nodes no reply leads to, nodes from which no ending can be reached, replies
//! leading nowhere, and scenarios with no good ending, so no learner is ever stuck.

use std::collections::VecDeque;

use serde::{Deserialize, Serialize};
use toml::Spanned;
use toml::de::DeValue;

use super::{Answer, Handled, Input, Mark, Role, Shown, Wrong};
use crate::course::load::Builder;
use crate::diagnostic::Code;
use crate::tomlfile::{self, is_kebab_id};

pub const KIND: &str = "scenario";
pub(crate) const KEYS: &[&str] = &["prompt", "start", "nodes"];

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Ending {
    Good,
    Poor,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Reply {
    pub text: String,
    /// Index of the node it leads to.
    pub next: usize,
    /// Why this reply helped or hurt, and what it cost.
    pub debrief: String,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Node {
    pub id: String,
    pub say: String,
    pub replies: Vec<Reply>,
    /// Set on nodes without replies.
    pub ending: Option<Ending>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Scenario {
    /// Sets the scene.
    pub prompt: String,
    pub start: usize,
    pub nodes: Vec<Node>,
}

/// The learner's state: the replies chosen so far (by index at each node) and the highlight.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct State {
    pub chosen: Vec<usize>,
    pub cursor: usize,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawReply {
    text: Spanned<String>,
    next: Spanned<String>,
    debrief: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNode {
    id: Spanned<String>,
    say: Spanned<String>,
    choices: Option<Vec<Spanned<RawReply>>>,
    ending: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
struct Raw {
    prompt: Option<Spanned<String>>,
    start: Option<Spanned<String>>,
    nodes: Option<Vec<Spanned<RawNode>>>,
}

pub(crate) fn load(
    value: &Spanned<DeValue<'_>>,
    kind_at: usize,
    b: &mut Builder<'_>,
) -> Option<Scenario> {
    let raw: Raw = super::fields(value, KIND, KEYS, b)?;
    let prompt = b.required_msg(&raw.prompt, "prompt", kind_at);
    let Some(raw_nodes) = &raw.nodes else {
        b.report
            .at(Code::MissingField, kind_at)
            .with("field", "nodes");
        return None;
    };
    let ids: Vec<String> = raw_nodes
        .iter()
        .map(|n| tomlfile::text(&n.get_ref().id))
        .collect();
    let find = |id: &str| ids.iter().position(|i| i == id);
    let mut broken = false;
    let mut nodes = Vec::new();
    for (i, spanned) in raw_nodes.iter().enumerate() {
        let n = spanned.get_ref();
        let id = ids[i].clone();
        if !is_kebab_id(&id) {
            b.report.at(Code::BadId, n.id.span().start).with("id", &id);
        }
        if ids[..i].contains(&id) {
            b.report
                .at(Code::DuplicateId, n.id.span().start)
                .with("id", &id);
            broken = true;
        }
        let say = b.msg(&n.say);
        let mut replies = Vec::new();
        for r in n.choices.iter().flatten() {
            let r = r.get_ref();
            let next_id = tomlfile::text(&r.next);
            let text = b.msg(&r.text);
            let debrief = b.msg(&r.debrief);
            match find(&next_id) {
                Some(next) => replies.push(Reply {
                    text,
                    next,
                    debrief,
                }),
                None => {
                    b.report
                        .at(Code::UnknownNode, r.next.span().start)
                        .with("id", &next_id);
                    broken = true;
                }
            }
        }
        let ending = match &n.ending {
            None => None,
            Some(e) if e.get_ref() == "good" => Some(Ending::Good),
            Some(e) if e.get_ref() == "poor" => Some(Ending::Poor),
            Some(e) => {
                b.report
                    .at(Code::WrongType, e.span().start)
                    .with("detail", "ending = \"good\" | \"poor\"");
                broken = true;
                None
            }
        };
        let has_choices = n.choices.as_ref().is_some_and(|c| !c.is_empty());
        if has_choices == n.ending.is_some() {
            b.report
                .at(Code::NodeChoicesOrEnding, n.id.span().start)
                .with("id", &id);
            broken = true;
        }
        nodes.push(Node {
            id,
            say,
            replies,
            ending,
        });
    }
    let start = match &raw.start {
        None => {
            b.report
                .at(Code::MissingField, kind_at)
                .with("field", "start");
            return None;
        }
        Some(s) => match find(&tomlfile::text(s)) {
            Some(i) => i,
            None => {
                b.report
                    .at(Code::UnknownNode, s.span().start)
                    .with("id", tomlfile::text(s));
                return None;
            }
        },
    };
    let scenario = Scenario {
        prompt,
        start,
        nodes,
    };
    if !broken {
        scenario.check_paths(raw_nodes, kind_at, b);
    }
    Some(scenario)
}

impl Scenario {
    /// The messages a learner reads on this step (see [`super::Step::shown_messages`]).
    pub(super) fn shown_messages<'a>(&'a self, out: &mut Vec<&'a str>) {
        out.push(&self.prompt);
        for node in &self.nodes {
            out.push(&node.say);
            for reply in &node.replies {
                out.push(&reply.text);
                out.push(&reply.debrief);
            }
        }
    }

    /// Every node reachable, every node able to reach an ending, a good ending somewhere.
    fn check_paths(&self, raw: &[Spanned<RawNode>], kind_at: usize, b: &mut Builder<'_>) {
        let at = |i: usize| raw.get(i).map_or(kind_at, |n| n.get_ref().id.span().start);
        let reachable = self.reachable_from(self.start);
        for (i, node) in self.nodes.iter().enumerate() {
            if !reachable[i] {
                b.report
                    .at(Code::UnreachableNode, at(i))
                    .with("id", &node.id);
            } else if !self
                .reachable_from(i)
                .iter()
                .enumerate()
                .any(|(j, r)| *r && self.nodes[j].ending.is_some())
            {
                b.report.at(Code::NodeNeverEnds, at(i)).with("id", &node.id);
            }
        }
        if self.good_path().is_none() {
            b.report.at(Code::NoGoodEnding, kind_at);
        }
    }

    fn reachable_from(&self, from: usize) -> Vec<bool> {
        let mut seen = vec![false; self.nodes.len()];
        let mut queue = VecDeque::from([from]);
        while let Some(i) = queue.pop_front() {
            if std::mem::replace(&mut seen[i], true) {
                continue;
            }
            queue.extend(self.nodes[i].replies.iter().map(|r| r.next));
        }
        seen
    }

    /// The shortest way from the start to a good ending, as reply indexes.
    pub fn good_path(&self) -> Option<Vec<usize>> {
        let mut came: Vec<Option<(usize, usize)>> = vec![None; self.nodes.len()];
        let mut seen = vec![false; self.nodes.len()];
        let mut queue = VecDeque::from([self.start]);
        seen[self.start] = true;
        while let Some(i) = queue.pop_front() {
            if self.nodes[i].ending == Some(Ending::Good) {
                let mut path = Vec::new();
                let mut at = i;
                while let Some((from, reply)) = came[at] {
                    path.push(reply);
                    at = from;
                }
                path.reverse();
                return Some(path);
            }
            for (r, reply) in self.nodes[i].replies.iter().enumerate() {
                if !seen[reply.next] {
                    seen[reply.next] = true;
                    came[reply.next] = Some((i, r));
                    queue.push_back(reply.next);
                }
            }
        }
        None
    }

    /// The nodes visited by following `chosen` from the start, with the reply taken at each;
    /// the last node is where the learner is now. None when `chosen` does not fit.
    fn walk(&self, chosen: &[usize]) -> Option<(Vec<(usize, usize)>, usize)> {
        let mut at = self.start;
        let mut taken = Vec::new();
        for &r in chosen {
            let reply = self.nodes.get(at)?.replies.get(r)?;
            taken.push((at, r));
            at = reply.next;
        }
        Some((taken, at))
    }

    pub(super) fn fits(&self, state: &State) -> bool {
        self.walk(&state.chosen)
            .is_some_and(|(_, at)| state.cursor <= self.nodes[at].replies.len())
    }

    fn here(&self, state: &State) -> Option<&Node> {
        self.walk(&state.chosen)
            .and_then(|(_, at)| self.nodes.get(at))
    }

    pub(super) fn input(&self, state: &mut State, input: &Input) -> Handled {
        let Some(node) = self.here(state) else {
            return Handled::Nothing;
        };
        let replies = node.replies.len();
        match input {
            Input::Confirm if replies > 0 => {
                state.chosen.push(state.cursor.min(replies - 1));
                state.cursor = 0;
                // A reply that ends the talk is judged at once.
                if self.here(state).is_some_and(|n| n.ending.is_some()) {
                    Handled::Check
                } else {
                    Handled::Changed
                }
            }
            Input::Confirm => Handled::Check,
            Input::Backspace => {
                if state.chosen.pop().is_some() {
                    state.cursor = 0;
                    Handled::Changed
                } else {
                    Handled::Nothing
                }
            }
            other => {
                let before = state.cursor;
                super::choice::select(&mut state.cursor, replies, other);
                if before == state.cursor {
                    Handled::Nothing
                } else {
                    Handled::Moved
                }
            }
        }
    }

    /// At an ending the answer is the replies chosen; before one there is none yet.
    pub(super) fn answer(&self, state: &State) -> Result<Answer, super::Prompt> {
        match self.here(state) {
            Some(node) if node.ending.is_some() => Ok(Answer::Scenario(state.chosen.clone())),
            _ => Err(super::Prompt::ChooseReply),
        }
    }

    pub(super) fn check(&self, chosen: &[usize]) -> Option<Wrong> {
        let ending = self
            .walk(chosen)
            .and_then(|(_, at)| self.nodes.get(at))
            .and_then(|n| n.ending);
        match ending {
            Some(Ending::Good) => None,
            _ => Some(Wrong::Scenario),
        }
    }

    pub fn body(&self, state: &State) -> Vec<Shown> {
        let mut out = vec![
            Shown::message(self.prompt.clone(), Role::Prompt),
            Shown::Blank,
        ];
        let Some((taken, at)) = self.walk(&state.chosen) else {
            return out;
        };
        for &(node, reply) in &taken {
            out.push(Shown::marked(
                self.nodes[node].say.clone(),
                Role::Base,
                Mark::Buyer,
            ));
            out.push(Shown::marked(
                self.nodes[node].replies[reply].text.clone(),
                Role::Prompt,
                Mark::You,
            ));
        }
        let node = &self.nodes[at];
        out.push(Shown::FocusHere);
        // An ending says what happened; it is not the buyer speaking.
        let mark = if node.ending.is_some() {
            Mark::None
        } else {
            Mark::Buyer
        };
        out.push(Shown::marked(node.say.clone(), Role::Base, mark));
        if node.replies.is_empty() {
            out.push(Shown::Blank);
            out.push(Shown::ui("scenario-debrief", Role::Prompt));
            for &(n, r) in &taken {
                let reply = &self.nodes[n].replies[r];
                out.push(Shown::marked(reply.text.clone(), Role::Base, Mark::You));
                out.push(Shown::marked(
                    reply.debrief.clone(),
                    Role::Muted,
                    Mark::Indent,
                ));
            }
            return out;
        }
        out.push(Shown::Blank);
        out.push(Shown::ui("scenario-your-reply", Role::Muted));
        for (i, reply) in node.replies.iter().enumerate() {
            out.push(Shown::Row {
                number: i + 1,
                ticked: None,
                text: reply.text.clone(),
                selected: state.cursor == i,
            });
        }
        out
    }

    pub(super) fn wrong_detail(&self, out: &mut Vec<Shown>) {
        out.push(Shown::ui("scenario-poor-ending", Role::Base));
    }

    /// The best way through, reply by reply, with why each reply works.
    pub(super) fn reveal(&self, out: &mut Vec<Shown>) {
        let Some(path) = self.good_path() else {
            return;
        };
        let Some((taken, _)) = self.walk(&path) else {
            return;
        };
        for (n, (node, reply)) in taken.into_iter().enumerate() {
            let reply = &self.nodes[node].replies[reply];
            out.push(Shown::marked(
                reply.text.clone(),
                Role::Base,
                Mark::RightNumber(n + 1),
            ));
            out.push(Shown::marked(
                reply.debrief.clone(),
                Role::Muted,
                Mark::Indent,
            ));
        }
    }
}
