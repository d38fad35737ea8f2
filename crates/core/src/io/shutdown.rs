//! Asked to stop from outside: SIGTERM (logging out, shutting the computer down), SIGHUP (the
//! terminal that started the program closed) and SIGINT (Ctrl+C there). Without this the
//! program would end on the spot and leave its locks behind, so that colleagues, and the person
//! after a new login, are told the file is being edited by someone.
//!
//! [`install`] sets up a watcher thread. When a signal comes it:
//! 1. sets the flag [`termination_requested`] (the window polls it every frame: write the
//!    recovery file, close without asking);
//! 2. removes every lock this program holds, at once (a session manager that sends SIGTERM
//!    sends SIGKILL a few seconds later), and stops [`super::lock::LockGuard::refresh`] from
//!    writing them again;
//! 3. calls the callbacks given to [`on_termination`] (the window: wake up to see the flag);
//! 4. if the program has not ended by itself within [`GRACE_PERIOD`], ends it.
//!
//! On Windows the C runtime's SIGINT and SIGTERM are watched (a console's Ctrl+C); logging out
//! of a window session is a window message there, for the window to handle.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, OnceLock};
use std::time::Duration;

/// How long the program has, once asked to stop, to close by itself before it is ended.
pub const GRACE_PERIOD: Duration = Duration::from_secs(5);

/// Set by the signal handler; read by [`termination_requested`].
static REQUESTED: AtomicBool = AtomicBool::new(false);

/// The lock files this program holds (with their tokens), to remove when asked to stop.
static HELD_LOCKS: Mutex<Vec<(PathBuf, u64)>> = Mutex::new(Vec::new());

/// A callback run on the watcher thread when a termination is requested.
type Callback = Box<dyn Fn() + Send>;

/// What to call when a termination is requested.
static CALLBACKS: Mutex<Vec<Callback>> = Mutex::new(Vec::new());

/// Whether [`install`] has run, and how it went.
static INSTALLED: OnceLock<Result<(), String>> = OnceLock::new();

/// Why the signal handlers could not be set up.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("无法接收系统的关闭通知（{0}）：注销或关机时锁定文件可能留下。")]
pub struct InstallError(String);

/// Watches for SIGTERM, SIGHUP and SIGINT (see the module's description). Call once, early,
/// in a program that holds locks (the window); calling again does nothing. Commands that hold
/// no lock need not call it, and then end on the spot as usual.
pub fn install() -> Result<(), InstallError> {
    INSTALLED
        .get_or_init(install_handlers)
        .clone()
        .map_err(InstallError)
}

/// Whether the program has been asked to stop. The window checks it every frame: then it
/// writes the recovery file of unsaved changes and closes without asking.
pub fn termination_requested() -> bool {
    REQUESTED.load(Ordering::SeqCst)
}

/// Calls `callback` (on another thread) when the program is asked to stop: the window passes
/// one that wakes it up (`request_repaint`), so that it sees [`termination_requested`] at once.
pub fn on_termination(callback: impl Fn() + Send + 'static) {
    if let Ok(mut callbacks) = CALLBACKS.lock() {
        callbacks.push(Box::new(callback));
    }
}

/// Records that this program holds the lock file `lock` (with `token`), to remove when asked to stop.
pub(crate) fn hold_lock(lock: &Path, token: u64) {
    if let Ok(mut held) = HELD_LOCKS.lock() {
        held.push((lock.to_owned(), token));
    }
}

/// Records that the lock file `lock` (with `token`) is no longer held.
pub(crate) fn release_lock(lock: &Path, token: u64) {
    if let Ok(mut held) = HELD_LOCKS.lock() {
        held.retain(|(path, held_token)| !(path == lock && *held_token == token));
    }
}

/// Removes every lock file this program holds (those still ours); returns how many.
pub(crate) fn remove_held_locks() -> usize {
    remove_held_locks_where(|_| true)
}

/// Removes the lock files this program holds that `which` picks (those still ours).
fn remove_held_locks_where(which: impl Fn(&Path) -> bool) -> usize {
    let held = match HELD_LOCKS.lock() {
        Ok(held) => held.clone(),
        Err(poisoned) => poisoned.into_inner().clone(),
    };
    held.iter()
        .filter(|(lock, _)| which(lock))
        .filter(|(lock, token)| super::lock::remove_if_ours(lock, *token))
        .count()
}

/// What the watcher thread does when a signal comes (see the module's description).
fn terminate(signal: i32) {
    REQUESTED.store(true, Ordering::SeqCst);
    remove_held_locks();
    if let Ok(callbacks) = CALLBACKS.lock() {
        for callback in callbacks.iter() {
            callback();
        }
    }
    std::thread::sleep(GRACE_PERIOD);
    // Still running: a window that does not watch the flag, or a dialog that hangs. The locks
    // are gone and autosave has kept the unsaved changes of 30 s ago; end as the signal would.
    remove_held_locks();
    std::process::exit(128 + signal);
}

#[cfg(unix)]
fn install_handlers() -> Result<(), String> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT])
        .map_err(|error| super::io_reason(&error))?;
    std::thread::Builder::new()
        .name("huiwu-shutdown".to_owned())
        .spawn(move || {
            if let Some(signal) = signals.forever().next() {
                terminate(signal);
            }
        })
        .map(|_| ())
        .map_err(|error| super::io_reason(&error))
}

#[cfg(windows)]
fn install_handlers() -> Result<(), String> {
    use signal_hook::consts::{SIGINT, SIGTERM};
    static RAISED: [AtomicBool; 2] = [AtomicBool::new(false), AtomicBool::new(false)];
    for (flag, signal) in RAISED.iter().zip([SIGINT, SIGTERM]) {
        signal_hook::flag::register(signal, flag).map_err(|error| super::io_reason(&error))?;
    }
    std::thread::Builder::new()
        .name("huiwu-shutdown".to_owned())
        .spawn(|| {
            loop {
                // The C runtime offers no way to wait for a signal: look five times a second.
                std::thread::sleep(Duration::from_millis(200));
                if RAISED[0].load(Ordering::SeqCst) {
                    terminate(SIGINT);
                }
                if RAISED[1].load(Ordering::SeqCst) {
                    terminate(SIGTERM);
                }
            }
        })
        .map(|_| ())
        .map_err(|error| super::io_reason(&error))
}

#[cfg(not(any(unix, windows)))]
fn install_handlers() -> Result<(), String> {
    Err("此系统不支持".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn held_locks_are_removed_and_only_ours() {
        let dir = tempfile::tempdir().unwrap();
        let session = dir.path().join("s.ron");
        std::fs::write(&session, "x").unwrap();
        let guard = super::super::lock::acquire(&session, chrono::Local::now()).unwrap();
        let lock = guard.lock_path().to_owned();
        assert!(lock.is_file());
        let folder = std::fs::canonicalize(dir.path()).unwrap();
        let in_dir = |lock: &Path| lock.starts_with(&folder);
        assert_eq!(remove_held_locks_where(in_dir), 1);
        assert!(!lock.exists(), "the lock is removed when asked to stop");
        drop(guard);
        // Released: no longer held, so nothing of it is removed again.
        let other = super::super::lock::acquire(&session, chrono::Local::now()).unwrap();
        let token = other.record().token;
        release_lock(other.lock_path(), token);
        assert_eq!(remove_held_locks_where(in_dir), 0);
        assert!(other.lock_path().is_file(), "a lock not held is left alone");
    }
}
