//! Crash-safe saving, proven: a child process (`huiwu save-loop`, hidden from the help) saves two
//! versions of a session into one file by turns, and is killed with SIGKILL at a random moment,
//! hundreds of times. After every kill the file holds exactly the old or the new version, byte
//! for byte, and loads; so do the backups (`.bak`, `.bak2`). Never a mixture, never empty.
//!
//! `HUIWU_CRASH_KILLS=N` changes the number of kills (300 by default; about 20 s here).

use crate::common;
use huiwu_core::io::{backup_path, load, save, to_ron_string};
use std::fs;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// A small deterministic generator (xorshift64*), so a failure can be replayed from its seed.
struct Noise(u64);

impl Noise {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// A duration uniformly in `0..=max`.
    fn up_to(&mut self, max: Duration) -> Duration {
        let micros = u64::try_from(max.as_micros()).unwrap().max(1);
        Duration::from_micros(self.next() % (micros + 1))
    }
}

/// A private link to (or copy of) the program under test, so that a build running alongside
/// (which replaces `target/debug/huiwu`) cannot swap it mid-test.
fn pinned_program(dir: &Path) -> PathBuf {
    let program = Path::new(env!("CARGO_BIN_EXE_huiwu"));
    let pinned = dir.join("huiwu-under-test");
    if fs::hard_link(program, &pinned).is_err() {
        fs::copy(program, &pinned).unwrap();
    }
    pinned
}

/// Starts `huiwu save-loop file other [--count N]` and waits until its first save is done.
fn start_saving(
    program: &Path,
    file: &Path,
    other: &Path,
    count: Option<u64>,
) -> std::process::Child {
    let mut command = Command::new(program);
    command.arg("save-loop").arg(file).arg(other);
    if let Some(count) = count {
        command.arg("--count").arg(count.to_string());
    }
    let mut child = command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.as_mut().unwrap())
        .read_line(&mut line)
        .unwrap();
    assert_eq!(line.trim(), "saving", "the child did not start saving");
    child
}

#[test]
fn a_save_killed_at_any_moment_leaves_the_old_or_the_new_version() {
    let kills: usize = std::env::var("HUIWU_CRASH_KILLS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(300);
    let dir = tempfile::tempdir().unwrap();
    let program = pinned_program(dir.path());
    let work = dir.path().join("work");
    fs::create_dir(&work).unwrap();
    let file = work.join("会议.ron");

    // Two versions of very different sizes: a torn write or a mixture cannot pass for either.
    let old = common::example();
    let mut new = old.clone();
    new.details.venue = "市人大常委会机关第一会议室".to_owned();
    new.reports.truncate(1);
    new.observers.reverse();
    let old_text = to_ron_string(&old).unwrap();
    let new_text = to_ron_string(&new).unwrap();
    assert!(new_text.len() * 3 < old_text.len() * 2);
    let old_file = dir.path().join("old.ron");
    let new_file = dir.path().join("new.ron");
    fs::write(&old_file, &old_text).unwrap();
    fs::write(&new_file, &new_text).unwrap();
    save(&old, &file).unwrap();

    // How long one save takes here: kills are spread over about two of them.
    let mut child = start_saving(&program, &file, &new_file, Some(11));
    let started = Instant::now(); // the first save is done: ten more to time
    assert!(child.wait().unwrap().success());
    let per_save = started.elapsed() / 10;
    let window = per_save * 2;
    eprintln!("one save takes about {per_save:?}; killing within {window:?} after saving starts");

    let seed = 0x5eed_0000_0000_0001_u64 ^ u64::from(std::process::id());
    let mut noise = Noise(seed);
    let (mut found_old, mut found_new, mut mid_save) = (0, 0, 0);
    for kill in 0..kills {
        // The child starts from whatever the file holds and saves the other version first.
        let holds_new = fs::read(&file).unwrap() == new_text.as_bytes();
        let other = if holds_new { &old_file } else { &new_file };
        let mut child = start_saving(&program, &file, other, None);
        std::thread::sleep(noise.up_to(window));
        child.kill().unwrap(); // SIGKILL on Unix: no destructor, no flush, no clean-up runs
        child.wait().unwrap();

        let bytes = fs::read(&file).unwrap();
        let context = || format!("kill {kill} (seed {seed:#x}): {} bytes", bytes.len());
        if bytes == old_text.as_bytes() {
            found_old += 1;
        } else if bytes == new_text.as_bytes() {
            found_new += 1;
        } else {
            panic!("the file is neither version after {}", context());
        }
        let loaded = load(&file).unwrap_or_else(|e| panic!("{e} after {}", context()));
        assert!(loaded == old || loaded == new, "{}", context());
        let backup = fs::read(backup_path(&file)).unwrap();
        assert!(
            backup == old_text.as_bytes() || backup == new_text.as_bytes(),
            "the backup is neither version after {}",
            context()
        );
        if let Ok(older) = fs::read(huiwu_core::io::older_backup_path(&file)) {
            assert!(
                older == old_text.as_bytes() || older == new_text.as_bytes(),
                "the older backup is neither version after {}",
                context()
            );
        }

        // A kill between writing the temporary file and renaming it leaves that file behind:
        // count it (evidence that kills land inside saves), then clear it.
        for entry in fs::read_dir(&work).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if name.starts_with(".huiwu-") && name.ends_with(".tmp") {
                mid_save += 1;
                fs::remove_file(&path).unwrap();
            }
        }
    }
    eprintln!(
        "{kills} kills: old version {found_old}, new version {found_new}, \
         {mid_save} temporary files left by kills inside a save"
    );
    if kills >= 100 {
        // The kills landed at different moments of the cycle, not all at one point.
        assert!(found_old > 0 && found_new > 0);
        assert!(mid_save > 0, "no kill landed inside a save");
    }
}
