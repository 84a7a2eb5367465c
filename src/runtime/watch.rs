//! Watching a pack folder for the preview: when a file changes, read and load the pack again
//! and hand the result to the event loop.
//!
//! The operating system tells us of changes (inotify, FSEvents, ReadDirectoryChangesW through
//! the `notify` crate); nothing polls, so a preview left open costs no CPU. Changes are
//! gathered until none has come for [`DEBOUNCE`]: an editor that saves by writing a new file
//! and renaming it over the old one causes one reload, not three. Reading files is not a
//! change (access events are ignored, so a reload never triggers the next), and neither are the
//! hidden and backup files editors keep beside the ones they edit (`.x.swp`, `x~`).
//!
//! The watch ends when [`Watching`] is dropped: the notify watcher goes, its channel closes,
//! and the thread that waited on it returns and is joined.

use std::path::Path;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::Duration;

use notify::event::{AccessKind, AccessMode, ModifyKind};
use notify::{EventKind, RecursiveMode, Watcher};

use super::Event;
use crate::app::preview::Reloaded;

/// How long the files must stay unchanged before the pack is read again.
pub const DEBOUNCE: Duration = Duration::from_millis(200);

/// A running watch; dropping it stops it.
pub struct Watching {
    watcher: Option<notify::RecommendedWatcher>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Drop for Watching {
    fn drop(&mut self) {
        // The watcher owns the only sender of the thread's channel: without it the thread's
        // wait ends at once.
        drop(self.watcher.take());
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Reads the pack at `root` and loads it the way the preview shows it: alone, with the
/// built-in interface languages where it brings none.
pub fn load(root: &Path) -> Reloaded {
    let (files, loaded) = crate::commands::checked_course(Some(root));
    Reloaded::new(files, loaded)
}

/// Starts watching `root` (and everything below it); every settled change sends
/// `Event::Reloaded` with the pack loaded again.
pub fn start(root: &Path, tx: mpsc::Sender<Event>) -> notify::Result<Watching> {
    let (changes_tx, changes) = mpsc::channel::<notify::Result<notify::Event>>();
    let mut watcher = notify::recommended_watcher(move |event| {
        let _ = changes_tx.send(event);
    })?;
    watcher.watch(root, RecursiveMode::Recursive)?;
    let root = root.to_path_buf();
    let thread = std::thread::Builder::new()
        .name("preview-watch".into())
        .spawn(move || reload_on_change(&root, &changes, &tx))
        .map_err(notify::Error::io)?;
    Ok(Watching {
        watcher: Some(watcher),
        thread: Some(thread),
    })
}

/// Waits for a change that matters, lets the burst settle, loads the pack and sends it; until
/// the watcher is gone or the loop no longer listens.
fn reload_on_change(
    root: &Path,
    changes: &mpsc::Receiver<notify::Result<notify::Event>>,
    tx: &mpsc::Sender<Event>,
) {
    loop {
        let Ok(first) = changes.recv() else {
            return;
        };
        if !matters(&first) {
            continue;
        }
        loop {
            match changes.recv_timeout(DEBOUNCE) {
                Ok(_) => continue,
                Err(RecvTimeoutError::Timeout) => break,
                Err(RecvTimeoutError::Disconnected) => return,
            }
        }
        if tx.send(Event::Reloaded(load(root))).is_err() {
            return;
        }
    }
}

/// True for a change that can change what the pack shows. An error from the watcher (events
/// lost because too many came at once) counts as a change.
fn matters(event: &notify::Result<notify::Event>) -> bool {
    let Ok(event) = event else {
        return true;
    };
    let kind_matters = match event.kind {
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
        EventKind::Access(_) => false,
        EventKind::Modify(ModifyKind::Metadata(_)) => false,
        EventKind::Any | EventKind::Create(_) | EventKind::Modify(_) | EventKind::Remove(_) => true,
        EventKind::Other => true,
    };
    kind_matters && (event.paths.is_empty() || event.paths.iter().any(|p| !editor_litter(p)))
}

/// Files editors keep beside the ones being edited: hidden files (Vim's `.x.swp`, Emacs's
/// `.#x`), backups (`x~`) and Vim's test file `4913`.
fn editor_litter(path: &Path) -> bool {
    let Some(name) = path.file_name().map(|n| n.to_string_lossy()) else {
        return false;
    };
    name.starts_with('.') || name.ends_with('~') || name.ends_with(".swp") || name == "4913"
}

#[cfg(test)]
mod tests {
    use super::*;
    use notify::event::{CreateKind, DataChange};

    fn event(kind: EventKind, path: &str) -> notify::Result<notify::Event> {
        Ok(notify::Event::new(kind).add_path(std::path::PathBuf::from(path)))
    }

    #[test]
    fn reading_and_editor_litter_are_not_changes() {
        let write = EventKind::Modify(ModifyKind::Data(DataChange::Content));
        assert!(matters(&event(write, "pack/honey/vi.ftl")));
        assert!(matters(&event(
            EventKind::Create(CreateKind::File),
            "pack/honey/lesson.toml"
        )));
        assert!(!matters(&event(
            EventKind::Access(AccessKind::Open(AccessMode::Read)),
            "pack/honey/vi.ftl"
        )));
        assert!(!matters(&event(write, "pack/honey/.vi.ftl.swp")));
        assert!(!matters(&event(write, "pack/honey/vi.ftl~")));
        assert!(!matters(&event(write, "pack/honey/4913")));
    }
}
