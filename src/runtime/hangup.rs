//! Noticing that the terminal is gone when no signal says so.
//!
//! Closing the window normally sends SIGHUP, which the signal thread turns into "save and
//! leave". But the signal does not always arrive: a shell that ignores it (`trap "" HUP`,
//! `nohup`) stays alive, and the kernel sends SIGHUP only to the session leader. The terminal is
//! then hung up under the tutor: every read returns 0 bytes, and crossterm reads again at once,
//! for ever, at full CPU (its reader treats 0 bytes as "nothing yet" and never returns, so no
//! timeout helps once it is inside).
//!
//! So a thread of its own waits on the terminal with `poll` asking for no events at all: the
//! kernel still reports POLLHUP (and POLLERR) on a hung-up terminal, and nothing else wakes it. On any of those it tells the loop the input is closed; the loop saves and leaves,
//! and the process ends with the spinning reader. The thread costs no CPU while it waits.
//!
//! Only on Unix; on Windows, closing the console window is a console event that the signal
//! thread already handles.

use std::sync::mpsc;

use super::Event;

/// Starts watching standard input (the terminal crossterm reads) for a hang-up.
#[cfg(unix)]
pub fn watch(tx: mpsc::Sender<Event>) {
    let spawned = std::thread::Builder::new()
        .name("hangup".into())
        .spawn(move || {
            if wait_for_hangup(&std::io::stdin()) {
                let _ = tx.send(Event::InputClosed);
            }
        });
    // Without the watcher the tutor still runs; only this rare hang-up goes unnoticed.
    drop(spawned);
}

#[cfg(not(unix))]
pub fn watch(_tx: mpsc::Sender<Event>) {}

/// Blocks until `fd` is hung up (true), or until it cannot be watched (false).
///
/// A hang-up is believed only when `fd` has also stopped being a terminal (on a hung-up tty
/// the terminal calls fail), so a system that reports POLLHUP for a live terminal never ends
/// the tutor; it just is not watched. POLLNVAL (a device poll cannot watch, as on some macOS
/// versions) also ends the watch, not the tutor.
#[cfg(unix)]
pub fn wait_for_hangup(fd: &impl std::os::fd::AsFd) -> bool {
    use rustix::event::{PollFd, PollFlags, poll};
    use rustix::io::Errno;
    use std::io::IsTerminal;

    loop {
        let mut fds = [PollFd::new(fd, PollFlags::empty())];
        match poll(&mut fds, None) {
            Ok(_) if fds[0].revents().contains(PollFlags::NVAL) => return false,
            Ok(_) if fds[0].revents().intersects(PollFlags::HUP | PollFlags::ERR) => {
                return !fd.as_fd().is_terminal();
            }
            // A window size change or another signal interrupted the wait: wait again.
            Ok(_) | Err(Errno::INTR) | Err(Errno::AGAIN) => continue,
            Err(_) => return false,
        }
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::io::Write;
    use std::os::unix::net::UnixStream;
    use std::time::Duration;

    #[test]
    fn a_closed_peer_is_seen_as_a_hang_up_and_an_open_one_is_not() {
        let (ours, mut theirs) = UnixStream::pair().expect("socket pair");
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let _ = tx.send(wait_for_hangup(&ours));
        });
        // Data to read is not a hang-up: the watcher asks for no events, so it sleeps on.
        theirs.write_all(b"x").expect("write");
        assert!(rx.recv_timeout(Duration::from_millis(200)).is_err());
        drop(theirs);
        assert_eq!(rx.recv_timeout(Duration::from_secs(5)), Ok(true));
    }
}
