//! The workshops' screen state: a menu of tools and, for each tool, a form of labelled fields
//! kept as the learner typed them. What the learner makes is saved on every change
//! ([`Effect::SaveWork`]) as the JSON of the form's fields ([`Saved`]), so reopening the tutor
//! shows the same text. Results (the price, the story, the photo verdicts, the listing) are
//! never stored: they are recomputed from the fields by the pure functions of
//! `crate::workshop`, in [`price`], [`story`] and [`kit`].
//!
//! Reading a photo or listing the learner's picture folders is I/O: `update` asks for it with
//! an effect and the result comes back as an action.

pub mod form;
pub mod kit;
pub mod price;
pub mod story;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::player::Player;
use super::{Action, App, Effect, Screen};
use crate::learner::WorkKind;
use crate::picture::Thumbnail;
use crate::workshop::photo::{PhotoError, PhotoReport};
pub use form::{FieldKind, Form};

/// The tools on the workshop menu, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Tool {
    PriceSheet,
    Story,
    Photo,
    Listing,
}

impl Tool {
    pub const ALL: [Tool; 4] = [Tool::PriceSheet, Tool::Story, Tool::Photo, Tool::Listing];

    /// The id used in lesson files (`tool = "price-sheet"`) and message ids.
    pub fn id(self) -> &'static str {
        match self {
            Tool::PriceSheet => "price-sheet",
            Tool::Story => "story",
            Tool::Photo => "photo",
            Tool::Listing => "listing",
        }
    }

    pub fn from_id(id: &str) -> Option<Tool> {
        Tool::ALL.into_iter().find(|t| t.id() == id)
    }

    /// The work this tool makes; the listing kit only reads the others.
    pub fn work(self) -> Option<WorkKind> {
        match self {
            Tool::PriceSheet => Some(WorkKind::PriceSheet),
            Tool::Story => Some(WorkKind::Story),
            Tool::Photo => Some(WorkKind::Photos),
            Tool::Listing => None,
        }
    }

    /// True when the learner has made this tool's work (the listing: a story and a price).
    pub fn done(self, work: &BTreeMap<WorkKind, String>) -> bool {
        match self.work() {
            Some(kind) => work.contains_key(&kind),
            None => work.contains_key(&WorkKind::Story) && work.contains_key(&WorkKind::PriceSheet),
        }
    }
}

/// What is saved of a workshop: the fields as typed and, for photos, each photo checked.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Saved {
    #[serde(default)]
    pub fields: BTreeMap<String, String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub photos: Vec<CheckedPhoto>,
}

impl Saved {
    pub fn read(work: &BTreeMap<WorkKind, String>, kind: WorkKind) -> Saved {
        work.get(&kind)
            .and_then(|data| serde_json::from_str(data).ok())
            .unwrap_or_default()
    }

    pub fn field(&self, id: &str) -> &str {
        self.fields.get(id).map_or("", String::as_str)
    }
}

/// A photo the learner checked, and whether it was ready to upload.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckedPhoto {
    pub file: String,
    pub ready: bool,
}

/// Where Esc leads from a tool.
#[derive(Debug)]
pub enum Back {
    /// To the workshop menu (and from there home).
    Menu,
    /// To the lesson step that opened the tool.
    Lesson(Box<Player>),
}

#[derive(Debug)]
pub enum Page {
    Menu { selected: usize },
    Tool(Tool),
}

/// The photo tool's extra state: the picker and the last check.
#[derive(Debug, Default)]
pub struct PhotoPage {
    /// Image files found in the learner's home and Pictures folders.
    pub candidates: Vec<String>,
    /// The highlighted file in the picker; None while the path field has the keys.
    pub picked: Option<usize>,
    /// The last photo checked, with its result and a small picture of it.
    pub last: Option<(String, Result<PhotoReport, PhotoError>, Option<Thumbnail>)>,
}

#[derive(Debug)]
pub struct Workshop {
    pub page: Page,
    pub back: Back,
    /// The open tool's form (empty on the menu and the listing kit).
    pub form: Form,
    pub photo: PhotoPage,
    /// The first line the listing kit shows (it is longer than a screen).
    pub scroll: usize,
}

/// Platforms offered on the price sheet, in the order ←/→ cycles them.
pub fn platform_ids() -> Vec<String> {
    crate::workshop::platforms::embedded()
        .map(|p| p.platforms.iter().map(|p| p.id.clone()).collect())
        .unwrap_or_default()
}

impl Workshop {
    pub fn menu() -> Workshop {
        Workshop {
            page: Page::Menu { selected: 0 },
            back: Back::Menu,
            form: Form::default(),
            photo: PhotoPage::default(),
            scroll: 0,
        }
    }

    /// `tool` opened with the learner's saved work; Esc goes to `back`.
    pub fn open(tool: Tool, work: &BTreeMap<WorkKind, String>, back: Back) -> Workshop {
        let saved = tool
            .work()
            .map(|k| Saved::read(work, k))
            .unwrap_or_default();
        let form = match tool {
            Tool::PriceSheet => Form::new(price::FIELDS, &saved),
            Tool::Story => Form::new(story::FIELDS, &saved),
            Tool::Photo => Form::new(&[("path", FieldKind::Path)], &saved),
            Tool::Listing => Form::default(),
        };
        Workshop {
            page: Page::Tool(tool),
            back,
            form,
            photo: PhotoPage::default(),
            scroll: 0,
        }
    }

    pub fn tool(&self) -> Option<Tool> {
        match self.page {
            Page::Tool(t) => Some(t),
            Page::Menu { .. } => None,
        }
    }
}

/// Effects to run when `tool` opens: the photo picker lists the learner's pictures.
fn opening_effects(tool: Tool) -> Vec<Effect> {
    if tool == Tool::Photo {
        vec![Effect::ListPhotos]
    } else {
        Vec::new()
    }
}

/// Opens the workshop menu from home.
pub fn open_menu(app: &mut App) -> Vec<Effect> {
    app.screen = Screen::Workshop(Box::new(Workshop::menu()));
    Vec::new()
}

/// Opens `tool` from the lesson step now on screen; Esc comes back to it.
pub fn open_from_lesson(app: &mut App, tool: Tool) -> Vec<Effect> {
    let screen = std::mem::replace(&mut app.screen, Screen::Home { selected: 0 });
    let Screen::Lesson(player) = screen else {
        app.screen = screen;
        return Vec::new();
    };
    app.screen = Screen::Workshop(Box::new(Workshop::open(
        tool,
        &app.progress.work,
        Back::Lesson(player),
    )));
    opening_effects(tool)
}

/// Saves the open tool's fields (and checked photos) for the learner.
fn save(app: &mut App) -> Vec<Effect> {
    let Screen::Workshop(ws) = &app.screen else {
        return Vec::new();
    };
    let Some(kind) = ws.tool().and_then(Tool::work) else {
        return Vec::new();
    };
    let mut saved = Saved {
        fields: ws.form.values(),
        photos: Vec::new(),
    };
    if kind == WorkKind::Photos {
        saved.photos = Saved::read(&app.progress.work, kind).photos;
        if let Some((file, result, _)) = &ws.photo.last {
            let ready = result.as_ref().is_ok_and(PhotoReport::passed);
            saved.photos.retain(|p| p.file != *file);
            saved.photos.push(CheckedPhoto {
                file: file.clone(),
                ready,
            });
        }
    }
    let data = serde_json::to_string(&saved).unwrap_or_default();
    if app.progress.work.get(&kind) == Some(&data) {
        return Vec::new();
    }
    app.progress.work.insert(kind, data.clone());
    match app.profile_id {
        Some(profile) => vec![Effect::SaveWork {
            profile,
            kind,
            data,
        }],
        None => Vec::new(),
    }
}

/// The workshop's keys.
pub fn update(app: &mut App, action: Action) -> Vec<Effect> {
    let Screen::Workshop(ws) = &mut app.screen else {
        return Vec::new();
    };
    match &mut ws.page {
        Page::Menu { selected } => {
            let len = Tool::ALL.len();
            match action {
                Action::Up => *selected = selected.saturating_sub(1),
                Action::Down => *selected = (*selected + 1).min(len - 1),
                Action::Digit(d) if (1..=len).contains(&usize::from(d)) => {
                    *selected = usize::from(d) - 1;
                    return open_tool(app);
                }
                Action::ClickItem(i) if i < len => {
                    *selected = i;
                    return open_tool(app);
                }
                Action::Confirm => return open_tool(app),
                Action::Back => app.screen = Screen::Home { selected: 0 },
                _ => {}
            }
            Vec::new()
        }
        Page::Tool(Tool::Listing) => {
            match action {
                Action::Up => ws.scroll = ws.scroll.saturating_sub(1),
                // The view stops at the last page; more lines than any listing has.
                Action::Down => ws.scroll = (ws.scroll + 1).min(500),
                Action::Back => return leave(app),
                _ => {}
            }
            Vec::new()
        }
        Page::Tool(tool) => {
            let tool = *tool;
            if action == Action::Back {
                return leave(app);
            }
            match action {
                Action::PhotosListed(list) => {
                    ws.photo.candidates = list;
                    return Vec::new();
                }
                Action::PhotoChecked {
                    path,
                    result,
                    thumbnail,
                } => {
                    ws.photo.last = Some((path, *result, thumbnail));
                    return save(app);
                }
                _ => {}
            }
            if tool == Tool::Photo && ws.photo.picked.is_some() {
                return picker(app, action);
            }
            let typing = app.typing;
            let width = app.field_width;
            let Screen::Workshop(ws) = &mut app.screen else {
                return Vec::new();
            };
            // Past the last field is the results, which a small window shows only there.
            let at_results = ws.form.focus >= ws.form.len();
            match action {
                Action::Confirm if tool == Tool::Photo => {
                    let path = ws.form.text(0).trim().to_string();
                    if path.is_empty() {
                        return Vec::new();
                    }
                    return vec![Effect::CheckPhoto {
                        path,
                        platform: photo_platform(&app.progress.work),
                    }];
                }
                Action::Down | Action::NextField | Action::Confirm
                    if tool == Tool::Photo && !ws.photo.candidates.is_empty() =>
                {
                    ws.photo.picked = Some(0);
                }
                Action::Down if at_results => {}
                Action::Down | Action::NextField | Action::Confirm => {
                    ws.form.focus = if at_results { 0 } else { ws.form.focus + 1 };
                }
                Action::Up | Action::PrevField => {
                    ws.form.focus = ws.form.focus.checked_sub(1).unwrap_or(ws.form.len());
                }
                Action::ClickItem(i) if i < ws.form.len() => ws.form.focus = i,
                Action::Left | Action::Right if ws.form.focused_kind() == FieldKind::Choice => {
                    let ids = platform_ids();
                    let now = ids
                        .iter()
                        .position(|id| id == ws.form.text(ws.form.focus))
                        .unwrap_or(0);
                    let len = ids.len().max(1);
                    let next = if action == Action::Right {
                        (now + 1) % len
                    } else {
                        (now + len - 1) % len
                    };
                    if let Some(id) = ids.get(next) {
                        ws.form.set_focused(id);
                    }
                    return save(app);
                }
                _ => {
                    if ws.form.edit(&action, typing, width) {
                        return save(app);
                    }
                }
            }
            Vec::new()
        }
    }
}

/// The picker's keys: move, choose (checks the photo), or go back up to the path field.
fn picker(app: &mut App, action: Action) -> Vec<Effect> {
    let platform = photo_platform(&app.progress.work);
    let Screen::Workshop(ws) = &mut app.screen else {
        return Vec::new();
    };
    let Some(at) = ws.photo.picked else {
        return Vec::new();
    };
    let len = ws.photo.candidates.len();
    match action {
        Action::Up | Action::PrevField if at == 0 => ws.photo.picked = None,
        Action::Up | Action::PrevField => ws.photo.picked = Some(at - 1),
        Action::Down | Action::NextField => ws.photo.picked = Some((at + 1).min(len - 1)),
        Action::Confirm => {
            let Some(path) = ws.photo.candidates.get(at).cloned() else {
                return Vec::new();
            };
            ws.form.set(0, &path);
            let mut effects = save(app);
            effects.push(Effect::CheckPhoto { path, platform });
            return effects;
        }
        _ => {}
    }
    Vec::new()
}

/// Photos are checked against the rules of the platform on the price sheet.
fn photo_platform(work: &BTreeMap<WorkKind, String>) -> String {
    let saved = Saved::read(work, WorkKind::PriceSheet);
    let id = saved.field("platform");
    if platform_ids().iter().any(|p| p == id) {
        id.to_string()
    } else {
        crate::commands::photo_check::PLATFORMS[0].to_string()
    }
}

fn open_tool(app: &mut App) -> Vec<Effect> {
    let Screen::Workshop(ws) = &app.screen else {
        return Vec::new();
    };
    let Page::Menu { selected } = ws.page else {
        return Vec::new();
    };
    let Some(tool) = Tool::ALL.get(selected).copied() else {
        return Vec::new();
    };
    app.screen = Screen::Workshop(Box::new(Workshop::open(
        tool,
        &app.progress.work,
        Back::Menu,
    )));
    opening_effects(tool)
}

/// Esc from a tool: back to the menu, or to the lesson step that opened it, which is then
/// done if the learner's work of that kind exists.
fn leave(app: &mut App) -> Vec<Effect> {
    let screen = std::mem::replace(&mut app.screen, Screen::Home { selected: 0 });
    let Screen::Workshop(ws) = screen else {
        app.screen = screen;
        return Vec::new();
    };
    let ws = *ws;
    let tool = ws.tool();
    match ws.back {
        Back::Menu => {
            app.screen = match tool {
                Some(tool) => Screen::Workshop(Box::new(Workshop {
                    page: Page::Menu {
                        selected: Tool::ALL.iter().position(|t| *t == tool).unwrap_or(0),
                    },
                    ..Workshop::menu()
                })),
                None => Screen::Home { selected: 0 },
            };
            Vec::new()
        }
        Back::Lesson(player) => {
            app.screen = Screen::Lesson(player);
            match tool {
                Some(tool) if tool.done(&app.progress.work) => {
                    super::update::workshop_step_done(app)
                }
                _ => Vec::new(),
            }
        }
    }
}
