//! Foreign and hostile files at the command line (issue 22): text in the encodings of Taiwan and
//! Japan, files that claim or hold too much, a named pipe as the folder's cache, an edit in
//! place that keeps a file's size and time, a lock held by someone else, a read-only folder,
//! and output piped into a reader that stops early. Every file is made here.

use crate::common::{self, hostile};
use std::io::Read;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

fn huiwu(cache: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_huiwu"));
    command.env("HUIWU_CACHE_DIR", cache);
    command
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Runs `command`, killing it (and failing) if it has not ended within `seconds`.
fn finished_within(mut command: Command, seconds: u64) -> Output {
    let mut child = command
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(seconds);
    loop {
        if child.try_wait().unwrap().is_some() {
            return child.wait_with_output().unwrap();
        }
        if Instant::now() > deadline {
            child.kill().unwrap();
            panic!("still running after {seconds} s: {command:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// A session file copied from the example into a new temporary folder.
fn example_copy() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("会议.ron");
    std::fs::copy(common::example_path(), &file).unwrap();
    (dir, file)
}

#[test]
fn a_big5_roster_is_read_as_big5_and_text_in_doubt_is_not_imported_unseen() {
    let (dir, session) = example_copy();
    let before = std::fs::read(&session).unwrap();
    // A roster from Taiwan: traditional characters, Big5.
    let roster = "姓名,性別,職務\n陳淑華,女,委員\n林志明,男,委員\n黃國昌,男,委員\n";
    let (big5, _, _) = encoding_rs::BIG5.encode(roster);
    let csv = dir.path().join("名冊.csv");
    std::fs::write(&csv, &big5).unwrap();
    let output = huiwu(dir.path())
        .args(["import", "roster"])
        .arg(&csv)
        .arg("--into")
        .arg(&session)
        .output()
        .unwrap();
    let out = text(&output.stdout);
    assert!(out.contains("Big5") && out.contains("陳淑華"), "{out}");
    assert!(output.status.success(), "{}", text(&output.stderr));
    let imported = huiwu_core::io::load(&session).unwrap();
    assert!(imported.roster.iter().any(|m| m.name == "黃國昌"));
    // Bytes that no legacy encoding reads cleanly: the preview shows them, nothing is imported
    // until the person names the encoding.
    std::fs::write(&session, &before).unwrap();
    let odd = dir.path().join("乱码.csv");
    std::fs::write(&odd, b"\xd0\xd5\xc3\xfb\n\x81\x30\xff\xff\n").unwrap();
    let output = huiwu(dir.path())
        .args(["import", "roster"])
        .arg(&odd)
        .arg("--into")
        .arg(&session)
        .output()
        .unwrap();
    let err = text(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{err}");
    assert!(
        err.contains("乱码.csv") && err.contains("--encoding") && err.contains("未导入"),
        "{err}"
    );
    assert_eq!(std::fs::read(&session).unwrap(), before);
    // A wrong encoding name is told in Chinese.
    let output = huiwu(dir.path())
        .args(["import", "roster"])
        .arg(&csv)
        .args(["--encoding", "latin1", "--into"])
        .arg(&session)
        .output()
        .unwrap();
    assert!(text(&output.stderr).contains("「latin1」无效"));
}

#[test]
fn hostile_workbooks_end_in_a_message_naming_the_limit_never_a_crash() {
    let (dir, session) = example_copy();
    for (name, bytes, expected) in [
        ("远处.xlsx", hostile::xlsx_with_a_far_away_cell(), "256 列"),
        ("炸弹.xlsx", hostile::xlsx_bomb(300), "256 MB"),
        ("旧.xls", hostile::xls_claiming(u32::MAX, 0, 0), "65,536"),
    ] {
        let file = dir.path().join(name);
        std::fs::write(&file, bytes).unwrap();
        for kind in ["roster", "observers"] {
            let mut command = huiwu(dir.path());
            command
                .args(["import", kind])
                .arg(&file)
                .args(["--dry-run", "--into"])
                .arg(&session);
            let output = finished_within(command, 60);
            let all = text(&output.stdout) + &text(&output.stderr);
            assert!(
                matches!(output.status.code(), Some(0 | 1)),
                "{name}: {:?} {all}",
                output.status
            );
            assert!(
                all.contains(expected) || all.contains("没有找到"),
                "{name}: {all}"
            );
            assert!(!all.contains("panicked"), "{all}");
        }
    }
}

#[test]
fn the_folder_cache_as_a_named_pipe_and_an_edit_that_keeps_size_and_time() {
    let (dir, folder) = common::copied_example_folder();
    let cache = dir.path().join("cache");
    let run = || {
        let mut command = huiwu(&cache);
        command.arg("folder").arg(&folder);
        finished_within(command, 30)
    };
    let first = run();
    assert!(first.status.success(), "{}", text(&first.stderr));
    // The cache file replaced by a named pipe: never opened, never waited on.
    let cached: Vec<_> = std::fs::read_dir(cache.join("folders"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(cached.len(), 1);
    std::fs::remove_file(&cached[0]).unwrap();
    let made = Command::new("mkfifo").arg(&cached[0]).status().unwrap();
    assert!(made.success());
    let second = run();
    assert!(second.status.success(), "{}", text(&second.stderr));
    assert_eq!(text(&second.stdout), text(&first.stdout));
    std::fs::remove_file(&cached[0]).unwrap();
    // An edit in place that keeps the size and puts the modification time back.
    let file = folder.join("hebi-12-09.ron");
    let _ = run();
    let original = std::fs::read_to_string(&file).unwrap();
    let modified = std::fs::metadata(&file).unwrap().modified().unwrap();
    // Another member on leave: the term's attendance changes.
    let edited = original.replacen("member: 36,", "member: 35,", 1);
    assert_eq!(edited.len(), original.len());
    assert_ne!(edited, original);
    {
        use std::io::{Seek, Write};
        let mut handle = std::fs::OpenOptions::new().write(true).open(&file).unwrap();
        handle.seek(std::io::SeekFrom::Start(0)).unwrap();
        handle.write_all(edited.as_bytes()).unwrap();
        handle.set_modified(modified).unwrap();
    }
    assert_eq!(
        std::fs::metadata(&file).unwrap().modified().unwrap(),
        modified
    );
    let cache_dir = huiwu_core::io::folder_cache::SummaryCache::at(cache.join("folders"));
    let opened = huiwu_core::io::folder::open_folder_cached(&folder, Some(&cache_dir)).unwrap();
    let fresh = huiwu_core::io::folder::open_folder(&folder).unwrap();
    assert_eq!(opened.from_cache, 0);
    assert_eq!(opened.sessions, fresh.sessions);
}

#[test]
fn format_honours_the_lock_and_a_read_only_folder_is_said_as_such() {
    let (dir, session) = example_copy();
    let before = std::fs::read(&session).unwrap();
    // Someone else holds the file: format leaves it alone and says who.
    let holder = huiwu_core::io::lock::acquire(
        &huiwu_core::io::canonical_session_path(&session),
        chrono::Local::now(),
    )
    .unwrap();
    let output = huiwu(dir.path())
        .arg("format")
        .arg(&session)
        .output()
        .unwrap();
    let err = text(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{err}");
    assert!(err.contains("正由") && err.contains("未重新保存"), "{err}");
    assert_eq!(std::fs::read(&session).unwrap(), before);
    drop(holder);
    // A read-only folder: the import says the folder cannot be written, not that a colleague
    // may be editing. (Root ignores permissions; the test then has nothing to stage.)
    let readonly = dir.path().join("只读");
    std::fs::create_dir(&readonly).unwrap();
    let target = readonly.join("会议.ron");
    std::fs::copy(&session, &target).unwrap();
    let csv = dir.path().join("名单.csv");
    std::fs::write(&csv, "姓名\n新人甲\n").unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&readonly, std::fs::Permissions::from_mode(0o555)).unwrap();
    let writable = std::fs::write(readonly.join("probe"), "").is_ok();
    if !writable {
        let output = huiwu(dir.path())
            .args(["import", "roster"])
            .arg(&csv)
            .arg("--into")
            .arg(&target)
            .output()
            .unwrap();
        let err = text(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{err}");
        assert!(
            err.contains("无法在它所在的文件夹中写入") && err.contains("未导入"),
            "{err}"
        );
        assert!(!err.contains("其他人可能同时修改"), "{err}");
    }
    std::fs::set_permissions(&readonly, std::fs::Permissions::from_mode(0o755)).unwrap();
}

#[test]
fn output_piped_into_a_reader_that_stops_early_ends_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = huiwu(dir.path())
        .args(["export"])
        .arg(common::example_path())
        .args(["--doc", "gazette"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Read a little, as `head` does, and close the pipe.
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0_u8; 16];
    stdout.read_exact(&mut first).unwrap();
    drop(stdout);
    let output = child.wait_with_output().unwrap();
    let err = text(&output.stderr);
    assert!(err.is_empty(), "{err}");
    assert!(output.status.success() || output.status.code().is_none());
}

#[test]
fn a_lock_left_by_kill_9_is_stale_at_once_even_before_the_holder_is_collected() {
    use std::io::{BufRead, BufReader};
    let (dir, session) = example_copy();
    // A program holding the file's lock, killed with SIGKILL: its lock file stays behind, and
    // until its parent collects it the process is a zombie in the process table.
    let mut holder = Command::new(env!("CARGO_BIN_EXE_huiwu"))
        .arg("hold-lock")
        .arg(&session)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(holder.stdout.as_mut().unwrap())
        .read_line(&mut line)
        .unwrap();
    let lock = std::path::PathBuf::from(line.trim().strip_prefix("locked ").unwrap());
    holder.kill().unwrap();
    std::thread::sleep(Duration::from_millis(200));
    assert!(lock.is_file(), "SIGKILL leaves the lock file behind");
    // Restarted at once: the lock of a process that no longer runs is taken over.
    let output = huiwu(dir.path())
        .arg("format")
        .arg(&session)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(!text(&output.stderr).contains("正由"));
    holder.wait().unwrap();
}
