//! Nothing lost, whatever the disk, the paths and the other programs do: one name for one file
//! (links, relative paths, `..`), a file that vanishes while open, damaged recovery files, and
//! a program asked to stop by the system (SIGTERM at logout). See `docs/RELIABILITY.md`.

use crate::common;
use chrono::Local;
use huiwu_core::io::lock::{self, LockError, lock_path};
use huiwu_core::io::recovery::RecoveryStore;
use huiwu_core::io::stamp::{DiskState, FileStamp};
use huiwu_core::io::{backup_path, canonical_session_path, load, older_backup_path, save};
use std::fs;
use std::path::{Path, PathBuf};

/// A temporary folder by its canonical name (on some systems the temporary folder is a link).
fn folder() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = fs::canonicalize(dir.path()).unwrap();
    (dir, path)
}

fn changed_example() -> huiwu_core::model::Session {
    let mut session = common::example();
    session.details.venue = "市人大常委会机关第一会议室".to_owned();
    session
}

#[cfg(unix)]
#[test]
fn saving_through_a_symbolic_link_writes_the_file_it_points_to() {
    let (_dir, folder) = folder();
    fs::create_dir(folder.join("real")).unwrap();
    fs::create_dir(folder.join("desktop")).unwrap();
    let target = folder.join("real/会议.ron");
    let link = folder.join("desktop/会议.ron");
    save(&common::example(), &target).unwrap();
    let before = fs::read(&target).unwrap();
    std::os::unix::fs::symlink(&target, &link).unwrap();

    let guard = lock::acquire(&link, Local::now()).unwrap();
    assert_eq!(
        guard.lock_path(),
        lock_path(&target),
        "the lock is beside the real file"
    );
    assert!(lock_path(&target).is_file());
    assert!(!lock_path(&link).exists());

    save(&changed_example(), &link).unwrap();
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink(),
        "the link is kept"
    );
    assert_eq!(
        load(&target).unwrap(),
        changed_example(),
        "the real file is updated"
    );
    assert_eq!(fs::read(backup_path(&target)).unwrap(), before);
    assert!(!backup_path(&link).exists(), "no backup beside the link");
    let beside_link: Vec<_> = fs::read_dir(folder.join("desktop"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(
        beside_link.len(),
        1,
        "nothing else beside the link: {beside_link:?}"
    );

    // A stamp taken through the link watches the real file.
    let stamp = FileStamp::take(&link).unwrap();
    assert_eq!(stamp.path(), target);
    assert_eq!(stamp.disk_state(), DiskState::Unchanged);
    drop(guard);
    assert!(!lock_path(&target).exists());
}

#[test]
fn relative_dotted_and_absolute_paths_share_one_lock_and_one_recovery() {
    let (_dir, folder) = folder();
    fs::create_dir(folder.join("x")).unwrap();
    let absolute = folder.join("s.ron");
    save(&common::example(), &absolute).unwrap();
    // The only test in this file that moves the current folder; every other uses full paths.
    std::env::set_current_dir(&folder).unwrap();
    let names = [
        PathBuf::from("s.ron"),
        PathBuf::from("./x/../s.ron"),
        absolute.clone(),
    ];
    for name in &names {
        assert_eq!(canonical_session_path(name), absolute, "{name:?}");
    }

    let guard = lock::acquire(Path::new("s.ron"), Local::now()).unwrap();
    assert_eq!(guard.session(), absolute);
    for name in &names {
        match lock::acquire(name, Local::now()) {
            Err(LockError::LockedBy { .. }) => {}
            other => panic!("{name:?}: {other:?}"),
        }
        assert_eq!(lock::read_lock(name).as_ref(), Some(guard.record()));
    }
    drop(guard);

    let store = RecoveryStore::at(folder.join("recovery"));
    store
        .write_recovery(
            &changed_example(),
            Some(Path::new("./x/../s.ron")),
            Local::now(),
        )
        .unwrap();
    for name in &names {
        assert_eq!(store.file_for(Some(name)), store.file_for(Some(&absolute)));
        let found = store.find_recoveries(Some(name));
        assert_eq!(found.len(), 1, "{name:?}");
        assert_eq!(
            found[0].header.original.as_deref(),
            Some(absolute.as_path())
        );
    }

    let mut config = huiwu_core::io::config::AppConfig::default();
    for name in &names {
        config.remember(name);
    }
    assert_eq!(config.recent_files, std::slice::from_ref(&absolute));
    assert_eq!(
        FileStamp::take(Path::new("x/../s.ron")).unwrap().path(),
        absolute
    );
}

#[test]
fn a_file_deleted_or_moved_while_open_is_told_apart_from_a_changed_one() {
    let (_dir, folder) = folder();
    let path = folder.join("s.ron");
    save(&common::example(), &path).unwrap();

    let stamp = FileStamp::take(&path).unwrap();
    fs::rename(&path, folder.join("moved.ron")).unwrap();
    assert_eq!(stamp.disk_state(), DiskState::Missing, "moved away");
    // Moved back: the same file again.
    fs::rename(folder.join("moved.ron"), &path).unwrap();
    assert_eq!(stamp.disk_state(), DiskState::Unchanged);

    fs::remove_file(&path).unwrap();
    assert_eq!(stamp.disk_state(), DiskState::Missing, "deleted");
    // A save recreates it (the window saves to its path as usual).
    save(&common::example(), &path).unwrap();
    assert_eq!(stamp.disk_state(), DiskState::Unchanged);

    // Replaced by someone else's version: changed, not missing.
    save(&changed_example(), &path).unwrap();
    assert_eq!(stamp.disk_state(), DiskState::Changed);
    // Replaced by a folder: missing (there is no file to reload).
    fs::remove_file(&path).unwrap();
    fs::create_dir(&path).unwrap();
    assert_eq!(stamp.disk_state(), DiskState::Missing);
}

#[test]
fn one_bad_save_never_costs_the_last_good_copy() {
    let (_dir, folder) = folder();
    let path = folder.join("s.ron");
    let versions: Vec<huiwu_core::model::Session> = (1..=3)
        .map(|n| {
            let mut session = common::example();
            session.details.number = n;
            session
        })
        .collect();
    for version in &versions {
        save(version, &path).unwrap();
    }
    assert_eq!(load(&path).unwrap(), versions[2]);
    assert_eq!(load(&backup_path(&path)).unwrap(), versions[1]);
    assert_eq!(load(&older_backup_path(&path)).unwrap(), versions[0]);
}

#[test]
fn damaged_recovery_files_are_reported_with_their_time_and_kept_aside() {
    let (_dir, folder) = folder();
    let store = RecoveryStore::at(folder.join("recovery"));
    let original = folder.join("s.ron");
    save(&common::example(), &original).unwrap();
    let good = store
        .write_recovery(&changed_example(), Some(&original), Local::now())
        .unwrap();
    // A recovery file cut short (a disk that filled up, a copy broken off), and one empty.
    let text = fs::read_to_string(&good).unwrap();
    let cut = store.dir().join("s.ron.0000000000000000.old-1.recovery");
    fs::write(&cut, &text[..text.floor_char_boundary(text.len() / 3)]).unwrap();
    let empty = store.dir().join("untitled.old-2.recovery");
    fs::write(&empty, "").unwrap();
    // One from a newer program: not damaged, offered (restoring it says to upgrade).
    let newer = store.dir().join("untitled.new-3.recovery");
    fs::write(
        &newer,
        text.replacen("recovery_version: 1", "recovery_version: 9", 1),
    )
    .unwrap();

    // The plain listing leaves them out and touches nothing.
    assert_eq!(store.find_all_recoveries().len(), 2);
    assert!(cut.is_file() && empty.is_file());

    let scan = store.scan();
    let mut found: Vec<_> = scan.found.iter().map(|info| info.file.clone()).collect();
    found.sort();
    let mut expected = vec![good.clone(), newer.clone()];
    expected.sort();
    assert_eq!(found, expected);
    assert_eq!(scan.damaged.len(), 2, "{:?}", scan.damaged);
    for damaged in &scan.damaged {
        assert!(damaged.modified.is_some());
        let kept = damaged.kept_as.as_ref().unwrap();
        assert!(kept.is_file(), "kept, renamed");
        assert!(kept.to_string_lossy().ends_with(".recovery.damaged"));
        assert!(!damaged.original_file.exists());
        let description = damaged.description();
        assert!(description.contains("已损坏"), "{description}");
        assert!(description.contains("写入"), "{description}");
        assert!(description.contains(".damaged"), "{description}");
    }
    let cut_report = scan
        .damaged
        .iter()
        .find(|d| d.original_file == cut)
        .unwrap();
    assert!(
        cut_report.reason.contains("第"),
        "names the line: {}",
        cut_report.reason
    );
    assert_eq!(
        fs::read_to_string(cut_report.kept_as.as_ref().unwrap()).unwrap(),
        text[..text.floor_char_boundary(text.len() / 3)],
        "kept byte for byte"
    );
    assert!(newer.is_file(), "a newer program's file is left alone");

    // Reported once: the next start neither offers nor reports them again.
    let again = store.scan();
    assert_eq!(again.found.len(), 2);
    assert!(again.damaged.is_empty());
}
