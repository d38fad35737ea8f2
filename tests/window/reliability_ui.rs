//! The window's side of "nothing is ever lost": locks, changes on disk, autosave and recovery.

use crate::common;
use common::session;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use huiwu::app::HuiwuApp;
use huiwu::dialogs::TypedPathOnly;
use huiwu::io::config::AppConfig;
use huiwu::io::recovery::RecoveryStore;
use std::path::Path;

/// An app with no document; tests move its clocks with `pretend_time_passed`.
fn app(recovery: Option<&Path>) -> Harness<'static, HuiwuApp> {
    let mut app = HuiwuApp::new(None, AppConfig::default(), Box::new(TypedPathOnly));
    if let Some(dir) = recovery {
        app = app.with_recovery(RecoveryStore::at(dir));
    }
    common::window(app)
}

fn example_file(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("s.ron");
    huiwu::io::save(&common::example(), &path).unwrap();
    path
}

#[test]
fn the_second_opener_is_told_and_can_open_read_only() {
    let dir = tempfile::tempdir().unwrap();
    let path = example_file(dir.path());
    let _theirs = huiwu::io::lock::acquire(&path, chrono::Local::now()).unwrap();
    let mut harness = app(None);
    harness.state_mut().open(&path);
    harness.run_steps(4);
    harness.get_by_label("文件正被他人编辑");
    harness.get_by_label_contains("正由");
    assert!(harness.state().document.is_none());
    harness.get_by_label("只读打开").click();
    harness.run_steps(4);
    let document = harness.state().document.as_ref().unwrap();
    assert!(document.read_only);
    assert!(document.lock.is_none());
}

#[test]
fn a_change_on_disk_is_noticed_and_can_be_reloaded() {
    let dir = tempfile::tempdir().unwrap();
    let path = example_file(dir.path());
    let mut harness = app(None);
    harness.state_mut().open(&path);
    harness.run_steps(4);
    assert!(harness.state().document.as_ref().unwrap().lock.is_some());
    // Someone else saves a new version.
    let mut theirs = common::example();
    theirs.details.venue = "市人大常委会第一会议室".to_owned();
    huiwu::io::save(&theirs, &path).unwrap();
    harness.state_mut().pretend_time_passed(6.0);
    harness.run_steps(3);
    harness.get_by_label("文件已在别处被修改");
    harness.get_by_label("重新载入").click();
    harness.run_steps(4);
    assert_eq!(session(&harness).details.venue, "市人大常委会第一会议室");
    assert!(harness.query_by_label("文件已在别处被修改").is_none());
}

#[test]
fn saving_over_someone_elses_change_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let path = example_file(dir.path());
    let mut harness = app(None);
    harness.state_mut().open(&path);
    harness.run_steps(1);
    let mut theirs = common::example();
    theirs.details.venue = "他人的版本".to_owned();
    huiwu::io::save(&theirs, &path).unwrap();
    harness.state_mut().queue(huiwu::command::Command::Save);
    harness.run_steps(4);
    harness.get_by_label("保存将覆盖他人的修改");
    harness.get_by_label("取消").click();
    harness.run_steps(1);
    assert_eq!(
        huiwu::io::load(&path).unwrap().details.venue,
        "他人的版本",
        "nothing overwritten without asking"
    );
}

#[test]
fn unsaved_changes_are_autosaved_and_offered_back_after_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    let recovery = dir.path().join("recovery");
    let path = example_file(dir.path());
    let mut harness = app(Some(&recovery));
    harness.state_mut().open(&path);
    harness.run_steps(1);
    harness
        .state_mut()
        .document
        .as_mut()
        .unwrap()
        .session
        .details
        .venue = "未保存的修改".to_owned();
    harness.run_steps(1);
    harness.state_mut().pretend_time_passed(31.0);
    harness.run_steps(4);
    let store = RecoveryStore::at(&recovery);
    // Written by this (still running) program: found by file, not offered as a crash.
    assert!(
        store.file_for(Some(&path)).is_file(),
        "a recovery file after 30 s"
    );
    assert_eq!(
        huiwu::io::load(&path).unwrap().details.venue,
        "",
        "never written over the session file"
    );

    // The next start (after a crash) offers it, with when it was made.
    let info = huiwu::io::recovery::RecoveryInfo {
        file: store.file_for(Some(&path)),
        header: huiwu::io::recovery::load_recovery(&store.file_for(Some(&path)))
            .unwrap()
            .header,
    };
    drop(harness); // the crashed program's lock goes with it
    let mut next = app(Some(&recovery));
    next.state_mut().offer_recoveries(vec![info], Vec::new());
    next.run_steps(1);
    next.get_by_label("发现未保存的修改");
    next.get_by_label_contains("自动保存");
    next.get_by_label("恢复").click();
    next.run_steps(1);
    let document = next.state().document.as_ref().unwrap();
    assert_eq!(document.session.details.venue, "未保存的修改");
    assert!(
        document.is_dirty(),
        "restored changes are unsaved until saved"
    );
    assert_eq!(document.path.as_deref(), Some(path.as_path()));
}

#[test]
fn restoring_after_a_crash_works_when_started_with_a_relative_path() {
    let dir = tempfile::tempdir().unwrap();
    let folder = std::fs::canonicalize(dir.path()).unwrap();
    let recovery = folder.join("recovery");
    let path = example_file(&folder);
    // The only test here that moves the current folder; the others use full paths.
    std::env::set_current_dir(&folder).unwrap();
    // The crashed run was started as `huiwu s.ron` and autosaved its unsaved changes.
    let mut changed = common::example();
    changed.details.venue = "崩溃前未保存的修改".to_owned();
    RecoveryStore::at(&recovery)
        .write_recovery(&changed, Some(Path::new("s.ron")), chrono::Local::now())
        .unwrap();

    // The next start, again `huiwu s.ron`: main.rs gives the window the canonical path, and the
    // window offers the recovery as it starts (the order of app::run).
    let start = huiwu::io::canonical_session_path(Path::new("./s.ron"));
    assert_eq!(start, path);
    let mut harness = app(Some(&recovery));
    harness.state_mut().open(&start);
    harness.run_steps(2);
    harness.get_by_label("发现未保存的修改");
    harness.get_by_label("恢复").click();
    harness.run_steps(2);
    let document = harness.state().document.as_ref().unwrap();
    assert_eq!(
        document.path.as_deref(),
        Some(path.as_path()),
        "restored into the session itself, not an untitled one"
    );
    assert_eq!(document.session.details.venue, "崩溃前未保存的修改");
    assert!(
        document.lock.is_some(),
        "the program did not meet its own lock"
    );
    assert!(document.is_dirty());
}

#[test]
fn a_file_deleted_while_open_is_said_kept_unsaved_asked_on_quit_and_recreated_by_saving() {
    let dir = tempfile::tempdir().unwrap();
    let path = example_file(dir.path());
    let mut harness = app(None);
    harness.state_mut().open(&path);
    harness.run_steps(2);
    assert!(!harness.state().document.as_ref().unwrap().is_dirty());
    std::fs::remove_file(&path).unwrap();
    harness.state_mut().pretend_time_passed(10.0);
    harness.run_steps(3);
    // Named as vanished, not as changed; the session stays and counts as unsaved.
    harness.get_by_label_contains("已被删除或移走");
    assert!(harness.query_by_label("文件已在别处被修改").is_none());
    let document = harness.state().document.as_ref().unwrap();
    assert!(document.is_dirty());
    assert_eq!(document.session, common::example());
    harness.get_by_label("● 有改动未保存");
    // Quitting asks.
    harness.state_mut().queue(huiwu::command::Command::Quit);
    harness.run();
    harness.get_by_label("有未保存的修改");
    harness.get_by_label("取消").click();
    harness.run();
    // Saving writes the file again, without asking about someone else's version.
    harness.state_mut().queue(huiwu::command::Command::Save);
    harness.run_steps(3);
    assert_eq!(huiwu::io::load(&path).unwrap(), common::example());
    assert!(!harness.state().document.as_ref().unwrap().is_dirty());
    assert!(harness.query_by_label_contains("已被删除或移走").is_none());
}

#[test]
fn a_lost_lock_stays_said_whatever_notice_comes_next() {
    let dir = tempfile::tempdir().unwrap();
    let path = example_file(dir.path());
    let mut harness = app(None);
    harness.state_mut().open(&path);
    harness.run_steps(2);
    // A colleague takes the lock over ("强制打开" on their machine).
    let _theirs = huiwu::io::lock::take_over(&path, chrono::Local::now()).unwrap();
    harness.state_mut().pretend_time_passed(120.0);
    harness.run_steps(3);
    harness.get_by_label_contains("未能锁定文件，同事可能同时编辑它");
    // The next notice (here: an export dialog opened and closed, a save) does not hide it.
    harness.state_mut().queue(huiwu::command::Command::About);
    harness.run();
    harness.get_by_label("确定").click();
    harness.run();
    harness.get_by_label_contains("未能锁定文件，同事可能同时编辑它");
}

#[test]
fn the_recovery_offer_goes_once_restored_and_a_damaged_file_is_told_and_kept() {
    let dir = tempfile::tempdir().unwrap();
    let folder = std::fs::canonicalize(dir.path()).unwrap();
    let recovery = folder.join("recovery");
    let path = example_file(&folder);
    let mut changed = common::example();
    changed.details.venue = "未保存".to_owned();
    RecoveryStore::at(&recovery)
        .write_recovery(&changed, Some(&path), chrono::Local::now())
        .unwrap();
    // A second recovery file, cut short by a full disk.
    let cut = recovery.join("cut.recovery");
    let whole = std::fs::read_dir(&recovery)
        .unwrap()
        .flatten()
        .find(|e| e.file_name().to_string_lossy().ends_with(".recovery"))
        .unwrap()
        .path();
    let text = std::fs::read_to_string(&whole).unwrap();
    std::fs::write(&cut, &text[..text.floor_char_boundary(text.len() / 3)]).unwrap();
    let mut harness = app(Some(&recovery));
    harness.run_steps(2);
    harness.get_by_label("发现未保存的修改");
    harness.get_by_label("无法恢复的文件");
    harness.get_by_label_contains("已损坏，无法恢复");
    assert!(!cut.exists(), "moved aside");
    harness.get_by_label("恢复").click();
    harness.run_steps(4);
    // Restored, and not offered again.
    assert!(harness.query_by_label("发现未保存的修改").is_none());
    assert_eq!(session(&harness).details.venue, "未保存");
}

#[test]
fn opening_read_only_after_a_restore_met_a_lock_asks_before_replacing_the_recovered_work() {
    let dir = tempfile::tempdir().unwrap();
    let folder = std::fs::canonicalize(dir.path()).unwrap();
    let recovery = folder.join("recovery");
    let path = example_file(&folder);
    let mut changed = common::example();
    changed.details.venue = "恢复的修改".to_owned();
    RecoveryStore::at(&recovery)
        .write_recovery(&changed, Some(&path), chrono::Local::now())
        .unwrap();
    // A colleague has the file open meanwhile.
    let _theirs = huiwu::io::lock::acquire(&path, chrono::Local::now()).unwrap();
    let mut harness = app(Some(&recovery));
    harness.run();
    harness.get_by_label("恢复").click();
    harness.run();
    harness.get_by_label("文件正被他人编辑");
    assert_eq!(session(&harness).details.venue, "恢复的修改");
    harness.get_by_label("只读打开").click();
    harness.run();
    // The recovered work is not replaced unasked.
    harness.get_by_label("有未保存的修改");
    assert_eq!(session(&harness).details.venue, "恢复的修改");
    harness.get_by_label("取消").click();
    harness.run();
    assert_eq!(session(&harness).details.venue, "恢复的修改");
}
