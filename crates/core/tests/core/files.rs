//! Session files: round trips, byte-identical saves, backups, and bad files that never hurt.

use crate::common;
use huiwu_core::io::{FileError, backup_path, from_ron_str, load, save, to_ron_string};
use std::fs;
use std::path::Path;

#[test]
fn load_save_load_is_equal_and_unchanged_saves_are_byte_identical() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    let session = common::example();
    save(&session, &path).unwrap();
    let first = fs::read(&path).unwrap();
    let reloaded = load(&path).unwrap();
    assert_eq!(reloaded, session);
    save(&reloaded, &path).unwrap();
    assert_eq!(
        fs::read(&path).unwrap(),
        first,
        "saving an unchanged session changed the bytes"
    );
    // The committed example file is itself in canonical form.
    assert_eq!(fs::read(common::example_path()).unwrap(), first);
}

#[test]
fn a_save_keeps_the_previous_version_as_backup() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    let mut session = common::example();
    save(&session, &path).unwrap();
    let old = fs::read(&path).unwrap();
    session.details.venue = "市人大常委会机关第一会议室".to_owned();
    save(&session, &path).unwrap();
    assert_eq!(fs::read(backup_path(&path)).unwrap(), old);
    assert_eq!(
        load(&path).unwrap().details.venue,
        "市人大常委会机关第一会议室"
    );
    // No temporary files are left behind.
    let leftovers: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn a_save_removes_what_a_crashed_save_left_but_not_a_save_in_progress() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    // What a save cut short two hours ago left, and one that another save is writing now.
    let left_over = dir.path().join(".huiwu-a1b2c3.tmp");
    let in_progress = dir.path().join(".huiwu-d4e5f6.tmp");
    let somebody_elses = dir.path().join("notes.tmp");
    for file in [&left_over, &in_progress, &somebody_elses] {
        fs::write(file, "(format_version: 1").unwrap();
    }
    let two_hours_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(2 * 3600);
    for file in [&left_over, &somebody_elses] {
        fs::File::options()
            .write(true)
            .open(file)
            .unwrap()
            .set_modified(two_hours_ago)
            .unwrap();
    }
    save(&common::example(), &path).unwrap();
    assert!(
        !left_over.exists(),
        "an hour-old temporary of ours is removed"
    );
    assert!(
        in_progress.exists(),
        "a fresh one may be a save in progress"
    );
    assert!(somebody_elses.exists(), "other files are never touched");
    assert_eq!(load(&path).unwrap(), common::example());
    assert_eq!(
        huiwu_core::io::remove_stale_temporaries(dir.path(), std::time::Duration::ZERO),
        1,
        "with no age limit, the fresh one goes too"
    );
    assert!(!in_progress.exists());
}

#[test]
fn format_version_comes_first() {
    let text = to_ron_string(&common::example()).unwrap();
    assert!(
        text.starts_with(&format!(
            "(\n  format_version: {},\n",
            huiwu_core::model::FORMAT_VERSION
        )),
        "{}",
        &text[..60]
    );
}

/// Writes `bytes` as a session file, loads it, and checks that it fails with a message naming the
/// file, and that the file is left exactly as it was.
fn assert_refused(name: &str, bytes: &[u8]) -> FileError {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    fs::write(&path, bytes).unwrap();
    let error = load(&path).expect_err(name);
    let message = error.to_string();
    assert!(
        message.contains(name),
        "the message should name the file: {message}"
    );
    assert!(!message.is_empty());
    assert_eq!(
        fs::read(&path).unwrap(),
        bytes,
        "a failed load changed {name}"
    );
    error
}

fn example_text() -> String {
    fs::read_to_string(common::example_path()).unwrap()
}

#[test]
fn empty_file() {
    let error = assert_refused("empty.ron", b"");
    assert!(matches!(error, FileError::Empty { .. }));
}

#[test]
fn truncated_file_names_the_line() {
    let text = example_text();
    let mut half = text.len() / 2;
    while !text.is_char_boundary(half) {
        half -= 1;
    }
    let cut = &text[..half];
    let error = assert_refused("truncated.ron", cut.as_bytes());
    match error {
        FileError::Parse { line, .. } => assert!(line > 1),
        other => panic!("{other:?}"),
    }
    assert!(
        assert_refused("truncated2.ron", cut.as_bytes())
            .to_string()
            .contains("行")
    );
}

#[test]
fn wrong_types_name_the_line_and_column() {
    let text = example_text().replacen("number: 9,", "number: \"九\",", 1);
    let error = assert_refused("wrong-type.ron", text.as_bytes());
    let expected_line = text
        .lines()
        .position(|l| l.contains("number: \"九\""))
        .unwrap()
        + 1;
    match &error {
        FileError::Parse { line, column, .. } => {
            assert_eq!(*line, expected_line);
            assert!(*column > 1);
        }
        other => panic!("{other:?}"),
    }
    assert!(
        error.to_string().contains(&format!("第{expected_line}行")),
        "{error}"
    );
}

#[test]
fn unknown_fields_are_refused() {
    let text = example_text().replacen("number: 9,", "number: 9,\n    colour: \"red\",", 1);
    let error = assert_refused("unknown-field.ron", text.as_bytes());
    assert!(error.to_string().contains("colour"), "{error}");
}

#[test]
fn newer_version_is_refused_with_a_message_saying_so() {
    let newer = huiwu_core::model::FORMAT_VERSION + 1;
    let text = example_text().replacen(
        &format!("format_version: {},", huiwu_core::model::FORMAT_VERSION),
        &format!("format_version: {newer},"),
        1,
    );
    let error = assert_refused("newer.ron", text.as_bytes());
    assert!(
        matches!(error, FileError::NewerFormat { found, .. } if found == newer),
        "{error:?}"
    );
    assert!(error.to_string().contains("较新版本"));
}

#[test]
fn non_utf8_is_refused() {
    let mut bytes = example_text().into_bytes();
    bytes.splice(100..100, [0xff, 0xfe, 0x80]);
    let error = assert_refused("latin1.ron", &bytes);
    assert!(
        matches!(error, FileError::NotText { line: 1..=20, .. }),
        "{error:?}"
    );
}

#[test]
fn twenty_megabytes_of_random_bytes() {
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let bytes: Vec<u8> = (0..20 * 1024 * 1024)
        .map(|_| {
            // xorshift64*: deterministic noise without a crate.
            state ^= state >> 12;
            state ^= state << 25;
            state ^= state >> 27;
            (state.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 56) as u8
        })
        .collect();
    assert_refused("random.ron", &bytes);
    // Random ASCII is valid UTF-8 and must fail in the parser, not panic.
    let ascii: Vec<u8> = bytes.iter().map(|b| b' ' + (b % 94)).collect();
    assert_refused("random-ascii.ron", &ascii);
}

#[test]
fn a_folder_or_missing_file_is_explained() {
    let dir = tempfile::tempdir().unwrap();
    let missing = load(&dir.path().join("missing.ron")).unwrap_err();
    assert!(missing.to_string().contains("不存在"), "{missing}");
    let folder = load(dir.path()).unwrap_err();
    assert!(folder.to_string().contains("文件夹"), "{folder}");
}

#[test]
fn odd_but_valid_text() {
    // A BOM from a Windows editor is accepted.
    let text = format!("\u{feff}{}", example_text());
    assert!(from_ron_str(text.strip_prefix('\u{feff}').unwrap(), Path::new("bom.ron")).is_ok());
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bom.ron");
    fs::write(&path, text).unwrap();
    assert!(load(&path).is_ok());
    // Deep nesting is an error, not a stack overflow.
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(from_ron_str(&deep, Path::new("deep.ron")).is_err());
}

#[test]
fn saving_into_a_missing_folder_fails_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("no/such/folder/s.ron");
    let error = save(&common::example(), &path).unwrap_err();
    assert!(error.to_string().contains("无法保存"), "{error}");
    assert!(!path.exists());
}

#[test]
fn a_file_over_the_size_limit_is_refused_unread() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.ron");
    // A sparse file: as large as the limit allows plus one byte, without writing 64 MB.
    let file = fs::File::create(&path).unwrap();
    file.set_len(huiwu_core::io::MAX_FILE_BYTES + 1).unwrap();
    drop(file);
    let error = load(&path).unwrap_err();
    assert!(matches!(error, FileError::TooLarge { .. }), "{error:?}");
    let message = error.to_string();
    assert!(
        message.contains("huge.ron")
            && message.contains("有 64.1 MB，超过会议文件的上限 64 MB，未打开"),
        "{message}"
    );
    assert_eq!(
        fs::metadata(&path).unwrap().len(),
        huiwu_core::io::MAX_FILE_BYTES + 1,
        "a refused file is left as it was"
    );
    // Exactly at the limit is still read (and then refused as not a session, being all zeros).
    fs::File::options()
        .write(true)
        .open(&path)
        .unwrap()
        .set_len(huiwu_core::io::MAX_FILE_BYTES)
        .unwrap();
    assert!(!matches!(load(&path), Err(FileError::TooLarge { .. })));
}

#[cfg(target_os = "linux")]
#[test]
fn an_endless_device_is_refused_not_read_forever() {
    // /dev/zero reports a size of 0 and never ends: it is refused before it is opened.
    let error = load(Path::new("/dev/zero")).unwrap_err();
    assert!(
        matches!(
            error,
            FileError::NotAFile {
                what: "字符设备",
                ..
            }
        ),
        "{error:?}"
    );
    assert!(error.to_string().contains("不是普通文件"), "{error}");
}

#[cfg(unix)]
#[test]
fn a_named_pipe_is_refused_unopened() {
    // Opening a pipe waits for a writer that never comes: the load must not even open it.
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.ron");
    let status = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(status.success());
    let (sender, receiver) = std::sync::mpsc::channel();
    let path = fifo.clone();
    std::thread::spawn(move || sender.send(load(&path).map(|_| ()).unwrap_err().to_string()));
    let message = receiver
        .recv_timeout(std::time::Duration::from_secs(10))
        .expect("loading a named pipe hangs");
    assert!(
        message.contains("pipe.ron") && message.contains("命名管道"),
        "{message}"
    );
    // Nor is a pipe replaced by a save.
    let error = save(&common::example(), &fifo).unwrap_err();
    assert!(error.to_string().contains("不是普通文件"), "{error}");
    assert!(std::os::unix::fs::FileTypeExt::is_fifo(
        &fs::symlink_metadata(&fifo).unwrap().file_type()
    ));
}

/// `text` with Windows line ends, as a file saved or checked out on Windows has them.
fn with_crlf(text: &str) -> String {
    text.replace('\n', "\r\n")
}

#[test]
fn files_with_windows_line_ends_load_as_the_same_session_body_and_house_style() {
    let dir = tempfile::tempdir().unwrap();
    let text = example_text();
    assert!(!text.contains('\r'));
    for (name, crlf) in [
        ("crlf.ron", with_crlf(&text)),
        ("bom-crlf.ron", format!("\u{feff}{}", with_crlf(&text))),
    ] {
        let path = dir.path().join(name);
        fs::write(&path, &crlf).unwrap();
        assert_eq!(load(&path).unwrap(), common::example(), "{name}");
        // Saving writes the canonical form again, with \n only.
        save(&load(&path).unwrap(), &path).unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), text, "{name} saved");
    }
    // A body's folder file and a house-style file, likewise.
    let body_text =
        fs::read_to_string(Path::new(common::REPO).join("sessions/hebi-12/body.ron")).unwrap();
    let body_path = dir.path().join("body.ron");
    fs::write(&body_path, with_crlf(&body_text)).unwrap();
    let expected =
        huiwu_core::io::folder::body_from_ron_str(&body_text, Path::new("body.ron")).unwrap();
    assert_eq!(
        huiwu_core::io::folder::load_body(&body_path).unwrap(),
        expected
    );
    let style_path = dir.path().join("x.huiwu-body.ron");
    huiwu_core::io::house_style::save_house_style(&common::example().body, &style_path).unwrap();
    let style_text = fs::read_to_string(&style_path).unwrap();
    fs::write(&style_path, with_crlf(&style_text)).unwrap();
    assert_eq!(
        huiwu_core::io::house_style::load_house_style(&style_path).unwrap(),
        common::example().body
    );
}
