//! Two people, one file: a lock file beside the session (`.NAME.ron.lock`) says who has it open
//! for editing, on which computer and since when, so that the second person to open it is told
//! and can open it read-only. A lock left behind by a crash is recognised as stale: its process
//! is gone (same computer), the computer has restarted since, or it has not been refreshed for
//! [`STALE_AFTER_MINUTES`].
//!
//! The lock is advisory and works on shared folders: it is an ordinary small RON file, created
//! atomically so that only one of two people opening the file at the same moment gets it.

use std::fs;
use std::hash::BuildHasher;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use chrono::{DateTime, Local, TimeDelta};
use serde::{Deserialize, Serialize};

use super::io_reason;

/// The format of the lock files this build writes.
pub const LOCK_VERSION: u32 = 1;

/// A lock not refreshed for this long is stale whoever holds it. Generous, because a laptop may
/// sleep over lunch with the file open; a crashed program on the same computer is recognised at
/// once by its process id.
pub const STALE_AFTER_MINUTES: i64 = 60;

/// How often the window should call [`LockGuard::refresh`]; far below [`STALE_AFTER_MINUTES`].
pub const REFRESH_EVERY_SECONDS: u64 = 60;

/// A running program: who runs it, where, and which process it is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProcessIdentity {
    /// The user name (`$USER`, `$USERNAME`).
    pub user: String,
    /// The computer's name.
    pub host: String,
    /// The process id on that computer.
    pub pid: u32,
    /// Changes at every start of the computer (Linux `boot_id`); empty where unknown.
    #[serde(default)] // unknown on some systems
    pub boot_id: String,
    /// When the process started, in clock ticks after the computer's start (Linux); 0 where
    /// unknown. Tells the holder from a later process that was given the same id.
    #[serde(default, skip_serializing_if = "is_zero")]
    // unknown on some systems, and in older locks
    pub started: u64,
}

fn is_zero(value: &u64) -> bool {
    *value == 0
}

/// Whether the process of a [`ProcessIdentity`] still runs, as far as this computer can tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Liveness {
    /// It is this very process.
    ThisProcess,
    /// It runs on this computer.
    Running,
    /// It certainly does not run any more: not in the process table, or the computer restarted.
    Gone,
    /// It runs on another computer, or this system cannot tell.
    Unknown,
}

impl ProcessIdentity {
    /// This process.
    pub fn current() -> Self {
        Self {
            user: user_name(),
            host: host_name(),
            pid: std::process::id(),
            boot_id: boot_id(),
            started: process_state(std::process::id())
                .flatten()
                .map_or(0, |(_, started)| started),
        }
    }

    /// Whether the process still runs, as far as this computer can tell.
    pub fn liveness(&self) -> Liveness {
        let here = Self::current();
        if !self.host.eq_ignore_ascii_case(&here.host) || self.host.is_empty() {
            return Liveness::Unknown;
        }
        if !self.boot_id.is_empty() && !here.boot_id.is_empty() && self.boot_id != here.boot_id {
            return Liveness::Gone;
        }
        if self.pid == here.pid {
            return Liveness::ThisProcess;
        }
        match process_state(self.pid) {
            // Ended but not yet collected by its parent (a zombie): it holds nothing any more.
            Some(Some(('Z' | 'X' | 'x', _))) => Liveness::Gone,
            // Another process that was given the holder's id after it ended.
            Some(Some((_, started))) if self.started != 0 && started != self.started => {
                Liveness::Gone
            }
            Some(Some(_)) => Liveness::Running,
            Some(None) => Liveness::Gone,
            None => Liveness::Unknown,
        }
    }
}

/// `$USER` or `$USERNAME`; 「未知用户」 where neither is set.
pub fn user_name() -> String {
    ["USER", "USERNAME", "LOGNAME"]
        .into_iter()
        .filter_map(std::env::var_os)
        .map(|name| name.to_string_lossy().trim().to_owned())
        .find(|name| !name.is_empty())
        .unwrap_or_else(|| "未知用户".to_owned())
}

/// The computer's name; 「未知计算机」 where it cannot be found.
fn host_name() -> String {
    let from_file = fs::read_to_string("/proc/sys/kernel/hostname")
        .or_else(|_| fs::read_to_string("/etc/hostname"))
        .ok();
    from_file
        .into_iter()
        .chain(
            ["HOSTNAME", "COMPUTERNAME"]
                .into_iter()
                .filter_map(std::env::var_os)
                .map(|name| name.to_string_lossy().into_owned()),
        )
        .map(|name| name.trim().to_owned())
        .find(|name| !name.is_empty())
        .unwrap_or_else(|| "未知计算机".to_owned())
}

/// Linux's id of the current boot; empty elsewhere.
fn boot_id() -> String {
    fs::read_to_string("/proc/sys/kernel/random/boot_id")
        .map(|id| id.trim().to_owned())
        .unwrap_or_default()
}

/// The state letter (`R`, `S`, `Z` for a zombie …) and start time of process `pid` on this
/// computer, from `/proc/PID/stat`: `Some(None)` when there is no such process, `None` where
/// the system cannot tell (no `/proc`).
fn process_state(pid: u32) -> Option<Option<(char, u64)>> {
    let proc = Path::new("/proc");
    if !proc.join("self").exists() {
        return None;
    }
    let Ok(stat) = fs::read_to_string(proc.join(pid.to_string()).join("stat")) else {
        return Some(None);
    };
    // 「PID (name) S …」: the name may hold spaces and brackets, so the fields start after
    // the last 「)」. The state is field 3, the start time field 22.
    let fields: Vec<&str> = stat
        .rsplit_once(')')
        .map(|(_, rest)| rest.split_whitespace().collect())
        .unwrap_or_default();
    let state = fields.first().and_then(|s| s.chars().next()).unwrap_or('?');
    let started = fields.get(19).and_then(|s| s.parse().ok()).unwrap_or(0);
    Some(Some((state, started)))
}

/// The lock file of a session file: `dir/NAME.ron` → `dir/.NAME.ron.lock`.
pub fn lock_path(session: &Path) -> PathBuf {
    let mut name = std::ffi::OsString::from(".");
    name.push(session.file_name().unwrap_or_default());
    name.push(".lock");
    session.with_file_name(name)
}

/// What a lock file says.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LockRecord {
    /// The format of the lock file, [`LOCK_VERSION`].
    pub lock_version: u32,
    /// Who holds the lock.
    pub holder: ProcessIdentity,
    /// When the file was opened.
    pub since: DateTime<Local>,
    /// When the holder last confirmed that it still has the file open.
    pub refreshed: DateTime<Local>,
    /// Tells this lock from any other, even of the same process.
    pub token: u64,
}

impl LockRecord {
    /// A new lock of this process, taken at `now`.
    fn new(now: DateTime<Local>) -> Self {
        Self {
            lock_version: LOCK_VERSION,
            holder: ProcessIdentity::current(),
            since: now,
            refreshed: now,
            token: new_token(),
        }
    }

    /// Whether the lock was left behind: its process is gone, or it has not been refreshed for
    /// [`STALE_AFTER_MINUTES`] (a refresh in the future, from a clock set wrong, is not stale).
    pub fn is_stale(&self, now: DateTime<Local>) -> bool {
        self.holder.liveness() == Liveness::Gone
            || now.signed_duration_since(self.refreshed) > TimeDelta::minutes(STALE_AFTER_MINUTES)
    }

    fn to_text(&self) -> Result<String, ron::Error> {
        ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::new().struct_names(false))
    }
}

/// A number no other lock has: random per process, and counting within it.
fn new_token() -> u64 {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let count = COUNTER.fetch_add(1, Ordering::Relaxed);
    std::collections::hash_map::RandomState::new().hash_one((count, std::process::id()))
}

/// 「2024年3月5日 14:30」: a time as shown to people.
pub fn display_time(time: &DateTime<Local>) -> String {
    crate::wording::dates::chinese_date_time(time.naive_local())
}

/// Why a session file could not be locked. Every message names the file and is plain Chinese.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum LockError {
    /// Someone else has the file open for editing.
    #[error(
        "「{path}」正由 {who}（计算机「{host}」）编辑，自{}起。可以只读方式打开，或等对方关闭后再打开。",
        display_time(.since)
    )]
    LockedBy {
        /// The session file.
        path: PathBuf,
        /// Their user name.
        who: String,
        /// Their computer.
        host: String,
        /// Since when.
        since: DateTime<Local>,
        /// Their process on that computer.
        pid: u32,
    },
    /// The lock was taken over by someone else while this program held it (for example after
    /// this computer slept for longer than [`STALE_AFTER_MINUTES`]).
    #[error(
        "「{path}」已被 {who}（计算机「{host}」）于{}打开编辑，本程序对它的锁定已失效。保存前请确认不会覆盖对方的修改。",
        display_time(.since)
    )]
    Lost {
        /// The session file.
        path: PathBuf,
        /// Who holds it now.
        who: String,
        /// Their computer.
        host: String,
        /// Since when.
        since: DateTime<Local>,
    },
    /// The lock file could not be written (a read-only folder, a full disk …).
    #[error("无法锁定「{path}」：{reason}。其他人可能同时修改此文件。")]
    Unavailable {
        /// The session file.
        path: PathBuf,
        /// What went wrong, in Chinese.
        reason: String,
    },
}

impl LockError {
    fn locked_by(path: &Path, record: &LockRecord) -> Self {
        Self::LockedBy {
            path: path.to_owned(),
            who: record.holder.user.clone(),
            host: record.holder.host.clone(),
            since: record.since,
            pid: record.holder.pid,
        }
    }

    fn unavailable(path: &Path, error: &std::io::Error) -> Self {
        Self::Unavailable {
            path: path.to_owned(),
            reason: io_reason(error),
        }
    }
}

/// What is found at a lock path.
enum Found {
    /// No lock file.
    Nothing,
    /// A lock file that says this.
    Record(LockRecord),
    /// A lock file that cannot be read as one, last modified this long ago.
    Unreadable { age: Option<std::time::Duration> },
}

fn read_lock_file(lock: &Path) -> Found {
    match fs::read_to_string(lock) {
        Ok(text) => match ron::from_str::<LockRecord>(&text) {
            Ok(record) => Found::Record(record),
            Err(_) => Found::Unreadable {
                age: fs::metadata(lock)
                    .and_then(|m| m.modified())
                    .ok()
                    .and_then(|t| t.elapsed().ok()),
            },
        },
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Found::Nothing,
        Err(_) => Found::Unreadable { age: None },
    }
}

/// Who has `session` open for editing, if anyone (a stale lock included: see
/// [`LockRecord::is_stale`]). For a read-only window's status line.
pub fn read_lock(session: &Path) -> Option<LockRecord> {
    match read_lock_file(&lock_path(&super::canonical_session_path(session))) {
        Found::Record(record) => Some(record),
        Found::Nothing | Found::Unreadable { .. } => None,
    }
}

/// Creates the lock file only if none exists, atomically: the record is written to a
/// temporary file that is then linked into place without replacing anything.
fn create_lock_file(lock: &Path, record: &LockRecord) -> std::io::Result<()> {
    let text = record.to_text().map_err(std::io::Error::other)?;
    let directory = match lock.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_owned(),
        _ => PathBuf::from("."),
    };
    let mut temporary = tempfile::Builder::new()
        .prefix(".huiwu-lock-")
        .suffix(".tmp")
        .tempfile_in(&directory)?;
    temporary.write_all(text.as_bytes())?;
    // Colleagues on a shared folder must be able to read who holds the file (the temporary
    // file starts private to its owner).
    #[cfg(unix)]
    temporary
        .as_file()
        .set_permissions(std::os::unix::fs::PermissionsExt::from_mode(0o644))?;
    temporary.as_file().sync_all()?;
    match temporary.persist_noclobber(lock) {
        Ok(_) => Ok(()),
        Err(error) if error.error.kind() == std::io::ErrorKind::AlreadyExists => Err(error.error),
        // Some shared folders allow neither hard links nor a rename that refuses to replace:
        // fall back to creating the file exclusively and writing it (a reader may then see it
        // empty for a moment, which counts as held).
        Err(_) => {
            let mut file = fs::File::options()
                .write(true)
                .create_new(true)
                .open(lock)?;
            file.write_all(text.as_bytes())?;
            file.sync_all()
        }
    }
}

/// An unreadable lock younger than this is taken as one being written right now.
const UNREADABLE_GRACE_SECONDS: u64 = 10;

/// Removes the lock file if it is still `stale` (or still unreadable, for `None`). It is first
/// renamed aside, so that of two programs clearing the same stale lock at once only one
/// succeeds, and a fresh lock someone took meanwhile is put back rather than deleted.
fn remove_stale(lock: &Path, stale: Option<&LockRecord>) -> std::io::Result<()> {
    let mut aside = lock.as_os_str().to_owned();
    aside.push(format!(".stale-{}-{}", std::process::id(), new_token()));
    let aside = PathBuf::from(aside);
    match fs::rename(lock, &aside) {
        Ok(()) => {}
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(error) => return Err(error),
    }
    let moved = match read_lock_file(&aside) {
        Found::Record(record) => Some(record),
        Found::Nothing | Found::Unreadable { .. } => None,
    };
    let same = match (stale, &moved) {
        (Some(stale), Some(moved)) => stale.token == moved.token,
        (None, None) => true,
        _ => false,
    };
    if !same {
        // Someone took the lock between our look and the rename: give it back, never replacing
        // a lock taken after that.
        if fs::hard_link(&aside, lock).is_err() && !lock.exists() {
            let _ = fs::rename(&aside, lock);
            return Ok(());
        }
    }
    let _ = fs::remove_file(&aside);
    Ok(())
}

/// Locks `session` for editing by this program. `Err(LockError::LockedBy)` tells who has it
/// open and since when: offer to open it read-only. A stale lock is cleared and taken over.
/// `Err(LockError::Unavailable)` means no lock file could be written (a read-only folder):
/// the file can still be opened, with a warning.
///
/// `session` is resolved with [`super::canonical_session_path`]: a relative path, a path
/// through `..` and one through a symbolic link all take the one lock beside the real file.
pub fn acquire(session: &Path, now: DateTime<Local>) -> Result<LockGuard, LockError> {
    let session = &super::canonical_session_path(session);
    let lock = lock_path(session);
    let record = LockRecord::new(now);
    for _ in 0..4 {
        match create_lock_file(&lock, &record) {
            Ok(()) => {
                super::shutdown::hold_lock(&lock, record.token);
                return Ok(LockGuard {
                    session: session.to_owned(),
                    lock,
                    record,
                });
            }
            Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(error) => return Err(LockError::unavailable(session, &error)),
        }
        match read_lock_file(&lock) {
            Found::Nothing => {} // released in between: try again
            Found::Record(existing) if existing.is_stale(now) => {
                remove_stale(&lock, Some(&existing))
                    .map_err(|error| LockError::unavailable(session, &error))?;
            }
            Found::Record(existing) => return Err(LockError::locked_by(session, &existing)),
            Found::Unreadable { age } => {
                let young = age.is_none_or(|age| age.as_secs() < UNREADABLE_GRACE_SECONDS);
                if young {
                    return Err(LockError::LockedBy {
                        path: session.to_owned(),
                        who: "未知用户".to_owned(),
                        host: "未知计算机".to_owned(),
                        since: now,
                        pid: 0,
                    });
                }
                remove_stale(&lock, None)
                    .map_err(|error| LockError::unavailable(session, &error))?;
            }
        }
    }
    Err(LockError::Unavailable {
        path: session.to_owned(),
        reason: "锁定文件反复被其他程序改动".to_owned(),
    })
}

/// Takes the lock whoever holds it: for when the person knows the other program is closed
/// (its computer crashed and is off, so the lock cannot be recognised as stale yet).
pub fn take_over(session: &Path, now: DateTime<Local>) -> Result<LockGuard, LockError> {
    let session = &super::canonical_session_path(session);
    let lock = lock_path(session);
    match fs::remove_file(&lock) {
        Ok(()) => {}
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {}
        Err(error) => return Err(LockError::unavailable(session, &error)),
    }
    acquire(session, now)
}

/// This program's lock on a session file; refreshed by [`LockGuard::refresh`], released when
/// dropped (the lock file is removed if it is still ours).
#[derive(Debug)]
pub struct LockGuard {
    /// The session file.
    session: PathBuf,
    /// Its lock file.
    lock: PathBuf,
    /// What the lock file says.
    record: LockRecord,
}

impl LockGuard {
    /// The session file locked, as [`super::canonical_session_path`] names it.
    pub fn session(&self) -> &Path {
        &self.session
    }

    /// The lock file.
    pub fn lock_path(&self) -> &Path {
        &self.lock
    }

    /// What the lock file says.
    pub fn record(&self) -> &LockRecord {
        &self.record
    }

    /// Confirms that this program still has the file open, so the lock does not become stale.
    /// Call every [`REFRESH_EVERY_SECONDS`]. `Err(LockError::Lost)` if someone else has taken
    /// the lock (this program's next save must then ask first); a lock file that vanished is
    /// simply written again.
    pub fn refresh(&mut self, now: DateTime<Local>) -> Result<(), LockError> {
        match read_lock_file(&self.lock) {
            Found::Record(current) if current.token == self.record.token => {}
            Found::Record(other) => {
                return Err(LockError::Lost {
                    path: self.session.clone(),
                    who: other.holder.user,
                    host: other.holder.host,
                    since: other.since,
                });
            }
            // Asked to stop: the lock was removed on purpose and is not written again.
            Found::Nothing if super::shutdown::termination_requested() => return Ok(()),
            Found::Nothing => {
                self.record.refreshed = now;
                return match create_lock_file(&self.lock, &self.record) {
                    Ok(()) => Ok(()),
                    Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => {
                        self.refresh(now)
                    }
                    Err(error) => Err(LockError::unavailable(&self.session, &error)),
                };
            }
            Found::Unreadable { .. } => {
                return Err(LockError::Unavailable {
                    path: self.session.clone(),
                    reason: "锁定文件已损坏".to_owned(),
                });
            }
        }
        let mut record = self.record.clone();
        record.refreshed = now;
        let text = record.to_text().map_err(|error| LockError::Unavailable {
            path: self.session.clone(),
            reason: error.to_string(),
        })?;
        super::write_atomically(&self.lock, text.as_bytes(), false).map_err(|error| {
            LockError::Unavailable {
                path: self.session.clone(),
                reason: error.to_string(),
            }
        })?;
        self.record = record;
        Ok(())
    }

    /// Releases the lock now (dropping the guard does the same).
    pub fn release(self) {
        drop(self);
    }
}

impl Drop for LockGuard {
    fn drop(&mut self) {
        super::shutdown::release_lock(&self.lock, self.record.token);
        remove_if_ours(&self.lock, self.record.token);
    }
}

/// Removes the lock file `lock` if it is still the one with `token`: after a take-over the file
/// belongs to someone else. Returns whether it was removed.
pub(crate) fn remove_if_ours(lock: &Path, token: u64) -> bool {
    match read_lock_file(lock) {
        Found::Record(current) if current.token == token => fs::remove_file(lock).is_ok(),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn session_in(dir: &tempfile::TempDir) -> PathBuf {
        let path = dir.path().join("会议.ron");
        fs::write(&path, "(format_version: 1)").unwrap();
        path
    }

    fn write_record(session: &Path, record: &LockRecord) {
        fs::write(lock_path(session), record.to_text().unwrap()).unwrap();
    }

    #[test]
    fn lock_path_is_a_hidden_file_beside() {
        assert_eq!(
            lock_path(Path::new("/a/b/s.ron")),
            PathBuf::from("/a/b/.s.ron.lock")
        );
        assert_eq!(lock_path(Path::new("s.ron")), PathBuf::from(".s.ron.lock"));
    }

    #[test]
    fn the_second_opener_is_told_who_and_since_when() {
        let dir = tempfile::tempdir().unwrap();
        let session = session_in(&dir);
        let now = Local::now();
        let guard = acquire(&session, now).unwrap();
        assert!(lock_path(&session).is_file());
        assert_eq!(read_lock(&session).unwrap(), *guard.record());

        let error = acquire(&session, now).unwrap_err();
        match &error {
            LockError::LockedBy {
                who, host, since, ..
            } => {
                assert_eq!(*who, ProcessIdentity::current().user);
                assert_eq!(*host, ProcessIdentity::current().host);
                assert_eq!(*since, guard.record().since);
            }
            other => panic!("{other:?}"),
        }
        let message = error.to_string();
        assert!(message.contains("会议.ron"), "{message}");
        assert!(message.contains("只读"), "{message}");
        assert!(message.contains(&display_time(&now)), "{message}");

        drop(guard);
        assert!(!lock_path(&session).exists(), "released on drop");
        acquire(&session, now).unwrap().release();
        assert!(!lock_path(&session).exists());
    }

    #[test]
    fn a_lock_of_a_dead_process_on_this_computer_is_stale() {
        let dir = tempfile::tempdir().unwrap();
        let session = session_in(&dir);
        let now = Local::now();
        // A process that has exited: its id is free (until reused, which the age rule covers).
        let mut child = std::process::Command::new("true").spawn().unwrap();
        let dead_pid = child.id();
        child.wait().unwrap();
        let mut record = LockRecord::new(now);
        record.holder.pid = dead_pid;
        write_record(&session, &record);
        assert_eq!(record.holder.liveness(), Liveness::Gone);
        assert!(record.is_stale(now));
        let guard = acquire(&session, now).unwrap();
        assert_eq!(read_lock(&session).unwrap(), *guard.record());
        // No renamed-aside leftovers.
        let names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 2, "{names:?}");
    }

    #[test]
    fn a_lock_of_a_killed_process_not_yet_collected_or_of_a_reused_id_is_stale() {
        let dir = tempfile::tempdir().unwrap();
        let session = session_in(&dir);
        let now = Local::now();
        if process_state(std::process::id()).is_none() {
            return; // no /proc: only the age rule applies
        }
        // kill -9, and nobody has collected it yet: a zombie, still in the process table.
        let mut child = std::process::Command::new("sleep")
            .arg("30")
            .spawn()
            .unwrap();
        let pid = child.id();
        let mut record = LockRecord::new(now);
        record.holder.pid = pid;
        record.holder.started = process_state(pid).flatten().unwrap().1;
        write_record(&session, &record);
        assert_eq!(record.holder.liveness(), Liveness::Running);
        child.kill().unwrap();
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
        while process_state(pid)
            .flatten()
            .is_some_and(|(state, _)| state != 'Z')
            && std::time::Instant::now() < deadline
        {
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        assert_eq!(process_state(pid).flatten().map(|(s, _)| s), Some('Z'));
        assert_eq!(record.holder.liveness(), Liveness::Gone);
        drop(acquire(&session, now).unwrap());
        child.wait().unwrap();
        // The id given to another process since: this process's own id with another start.
        let mut record = LockRecord::new(now);
        record.holder.pid = 1;
        record.holder.started = u64::MAX;
        assert_eq!(record.holder.liveness(), Liveness::Gone);
    }

    #[test]
    fn a_lock_from_before_a_restart_is_stale() {
        let now = Local::now();
        let mut record = LockRecord::new(now);
        record.holder.pid = 1; // init: certainly running, but in another boot
        record.holder.boot_id = "another-boot".to_owned();
        if ProcessIdentity::current().boot_id.is_empty() {
            return; // no boot id on this system: only the age rule applies
        }
        assert_eq!(record.holder.liveness(), Liveness::Gone);
        assert!(record.is_stale(now));
    }

    #[test]
    fn a_lock_from_another_computer_is_stale_only_when_old() {
        let dir = tempfile::tempdir().unwrap();
        let session = session_in(&dir);
        let now = Local::now();
        let mut record = LockRecord::new(now - TimeDelta::minutes(STALE_AFTER_MINUTES - 1));
        record.holder.host = "秘书科-PC".to_owned();
        record.holder.user = "wangli".to_owned();
        write_record(&session, &record);
        assert_eq!(record.holder.liveness(), Liveness::Unknown);
        match acquire(&session, now).unwrap_err() {
            LockError::LockedBy { who, host, .. } => {
                assert_eq!(who, "wangli");
                assert_eq!(host, "秘书科-PC");
            }
            other => panic!("{other:?}"),
        }
        // Two minutes later it has gone unrefreshed for over an hour: stale.
        let later = now + TimeDelta::minutes(2);
        assert!(record.is_stale(later));
        let guard = acquire(&session, later).unwrap();
        assert_eq!(guard.record().holder, ProcessIdentity::current());
    }

    #[test]
    fn refreshing_keeps_the_lock_fresh_and_notices_a_take_over() {
        let dir = tempfile::tempdir().unwrap();
        let session = session_in(&dir);
        let start = Local::now();
        let mut guard = acquire(&session, start).unwrap();
        let later = start + TimeDelta::minutes(STALE_AFTER_MINUTES * 3);
        guard.refresh(later).unwrap();
        let on_disk = read_lock(&session).unwrap();
        assert_eq!(on_disk.refreshed, later);
        assert_eq!(on_disk.since, start);
        assert!(!on_disk.is_stale(later + TimeDelta::minutes(1)));

        // The lock file vanished: written again.
        fs::remove_file(lock_path(&session)).unwrap();
        guard.refresh(later).unwrap();
        assert!(lock_path(&session).is_file());

        // Someone took it over: the refresh says so, and dropping leaves their lock alone.
        let theirs = take_over(&session, later).unwrap();
        let error = guard.refresh(later).unwrap_err();
        assert!(matches!(error, LockError::Lost { .. }), "{error:?}");
        assert!(error.to_string().contains("会议.ron"));
        drop(guard);
        assert_eq!(read_lock(&session).unwrap(), *theirs.record());
    }

    #[test]
    fn an_unreadable_lock_counts_as_held_while_young() {
        let dir = tempfile::tempdir().unwrap();
        let session = session_in(&dir);
        fs::write(lock_path(&session), "").unwrap();
        let error = acquire(&session, Local::now()).unwrap_err();
        assert!(matches!(error, LockError::LockedBy { .. }), "{error:?}");
        // Old garbage is cleared.
        let old = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
        fs::File::options()
            .write(true)
            .open(lock_path(&session))
            .unwrap()
            .set_modified(old)
            .unwrap();
        acquire(&session, Local::now()).unwrap();
    }

    #[test]
    fn a_read_only_folder_is_reported_not_fatal() {
        let dir = tempfile::tempdir().unwrap();
        let error = acquire(&dir.path().join("no/such/folder/s.ron"), Local::now()).unwrap_err();
        assert!(matches!(error, LockError::Unavailable { .. }), "{error:?}");
        assert!(error.to_string().contains("s.ron"), "{error}");
    }

    #[test]
    fn only_one_of_many_simultaneous_openers_gets_the_lock() {
        let dir = tempfile::tempdir().unwrap();
        let session = session_in(&dir);
        let now = Local::now();
        let barrier = std::sync::Barrier::new(8);
        let winners = std::thread::scope(|scope| {
            let handles: Vec<_> = (0..8)
                .map(|_| {
                    scope.spawn(|| {
                        barrier.wait();
                        acquire(&session, now).ok()
                    })
                })
                .collect();
            handles
                .into_iter()
                .filter_map(|h| h.join().unwrap())
                .collect::<Vec<_>>()
        });
        assert_eq!(winners.len(), 1);
    }
}
