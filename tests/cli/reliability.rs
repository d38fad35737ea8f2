//! Nothing lost, whatever the disk, the paths and the other programs do: one name for one file
//! (links, relative paths, `..`), a file that vanishes while open, damaged recovery files, and
//! a program asked to stop by the system (SIGTERM at logout). See `docs/RELIABILITY.md`.

use crate::common;
use huiwu_core::io::lock::lock_path;
use huiwu_core::io::save;
use std::fs;
use std::path::{Path, PathBuf};

/// A temporary folder by its canonical name (on some systems the temporary folder is a link).
fn folder() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = fs::canonicalize(dir.path()).unwrap();
    (dir, path)
}

/// The program under test, started as `huiwu hold-lock FILE [--ignore-termination]` in
/// `folder`, once it has taken the lock; returns it and the lock file it names.
#[cfg(unix)]
fn holding_a_lock(folder: &Path, file: &str, ignore: bool) -> (std::process::Child, PathBuf) {
    use std::io::{BufRead, BufReader};
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_huiwu"));
    command.current_dir(folder).arg("hold-lock").arg(file);
    if ignore {
        command.arg("--ignore-termination");
    }
    let mut child = command
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.as_mut().unwrap())
        .read_line(&mut line)
        .unwrap();
    let lock = PathBuf::from(line.trim().strip_prefix("locked ").unwrap());
    assert!(lock.is_file());
    (child, lock)
}

/// Waits at most `seconds` for `child` to end; kills it and fails if it does not.
#[cfg(unix)]
fn ends_within(child: &mut std::process::Child, seconds: u64) -> std::process::ExitStatus {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(seconds);
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return status;
        }
        if std::time::Instant::now() > deadline {
            child.kill().unwrap();
            panic!("the program did not end within {seconds} s");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

#[cfg(unix)]
fn send(signal: &str, child: &std::process::Child) {
    let status = std::process::Command::new("kill")
        .arg(format!("-{signal}"))
        .arg(child.id().to_string())
        .status()
        .unwrap();
    assert!(status.success());
}

#[cfg(unix)]
#[test]
fn sigterm_and_sighup_remove_the_lock() {
    let (_dir, folder) = folder();
    save(&common::example(), &folder.join("s.ron")).unwrap();
    for signal in ["TERM", "HUP", "INT"] {
        // Started with a relative path: the lock is still the one beside the canonical file.
        let (mut child, lock) = holding_a_lock(&folder, "s.ron", false);
        assert_eq!(lock, lock_path(&folder.join("s.ron")));
        send(signal, &child);
        let status = ends_within(&mut child, 10);
        assert!(status.success(), "{signal}: {status:?}");
        assert!(!lock.exists(), "{signal}: the lock is left behind");
    }
}

#[cfg(unix)]
#[test]
fn sigterm_removes_the_lock_even_if_the_program_does_not_listen() {
    let (_dir, folder) = folder();
    save(&common::example(), &folder.join("s.ron")).unwrap();
    let (mut child, lock) = holding_a_lock(&folder, "s.ron", true);
    send("TERM", &child);
    // Removed at once, before the grace period is over …
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(3);
    while lock.exists() && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    assert!(!lock.exists(), "the lock is left behind");
    // The program goes on refreshing its lock, as a window would: it is not written again.
    std::thread::sleep(std::time::Duration::from_millis(500));
    assert!(!lock.exists(), "the lock was written again");
    assert!(
        child.try_wait().unwrap().is_none(),
        "the program had time to close"
    );
    // … and the program is ended after it, as SIGTERM would.
    let status = ends_within(&mut child, 15);
    assert_eq!(status.code(), Some(128 + 15));
    assert!(!lock.exists());
}
