//! Importing the office's material: rosters and 列席 lists from XLSX, GBK CSV and pasted list
//! text, reports from DOCX (our own export, python-docx, LibreOffice) and GBK text; every
//! malformed input refused with a Chinese message naming the file, the session unchanged; the
//! command line; and the preview dialog in the window (cancel, confirm, undo).

use crate::common;
use huiwu_core::import::report::read_report;
use huiwu_core::import::roster::{RowFate, read_roster};
use huiwu_core::import::{ImportError, ImportKind, ImportMode, Source, read_source};
use huiwu_core::model::{Block, Session};
use std::path::{Path, PathBuf};
use std::process::Command as Process;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/import")
        .join(name)
}

#[test]
fn our_own_attendance_list_reads_back_as_the_roster_present() {
    let session = common::example();
    let text = huiwu_core::export::plain_text(&session, huiwu_core::export::DocKind::Attendance);
    let import = read_roster(&Source::pasted(&text).unwrap()).unwrap();
    let plan = import.plan(&session, ImportMode::Add);
    assert!(
        !plan.changes_anything() || plan.fates.iter().all(|f| !matches!(f, RowFate::New)),
        "{}",
        plan.text()
    );
    assert_eq!(import.rows.len(), session.roster.len(), "{}", plan.text());
}

#[test]
fn our_own_docx_export_reads_back() {
    let mut session = common::example();
    let report = session
        .reports
        .iter()
        .find(|r| r.body.iter().any(|b| matches!(b, Block::Table(_))))
        .or_else(|| session.reports.first())
        .cloned()
        .unwrap();
    session.reports = vec![report.clone()];
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("会刊.docx");
    huiwu_core::export::export_to_file(&session, huiwu_core::export::DocKind::Gazette, &path)
        .unwrap();
    let import = read_report(&read_source(&path).unwrap()).unwrap();
    let plain = |blocks: &[Block]| -> Vec<String> {
        blocks
            .iter()
            .filter(|b| !matches!(b, Block::Table(_)))
            .map(Block::plain_text)
            .collect()
    };
    let read = plain(&import.report.body);
    for text in plain(&report.body) {
        assert!(read.contains(&text), "「{text}」 not read back");
    }
    let tables = report
        .body
        .iter()
        .filter(|b| matches!(b, Block::Table(_)))
        .count();
    let read_tables = import
        .report
        .body
        .iter()
        .filter(|b| matches!(b, Block::Table(_)))
        .count();
    assert_eq!(read_tables, tables);
}

/// An error for `bytes` written as `name` in a temporary folder.
fn error_for(name: &str, bytes: &[u8], kind: ImportKind) -> ImportError {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    let source = match read_source(&path) {
        Ok(source) => source,
        Err(error) => return error,
    };
    match huiwu_core::import::PendingImport::read(kind, &source) {
        Ok(pending) => panic!("{name} was read: {pending:?}"),
        Err(error) => error,
    }
}

#[test]
fn malformed_inputs_get_a_chinese_message_naming_the_file() {
    let xlsx = std::fs::read(fixture("roster-merged.xlsx")).unwrap();
    let broken = error_for("名单.xlsx", &xlsx[..xlsx.len() / 2], ImportKind::Roster);
    assert!(matches!(broken, ImportError::Damaged { .. }), "{broken}");
    assert!(broken.to_string().contains("名单.xlsx") && broken.to_string().contains("损坏"));

    let no_names = error_for(
        "单位.xlsx",
        &std::fs::read(fixture("no-names.xlsx")).unwrap(),
        ImportKind::Roster,
    );
    let message = no_names.to_string();
    assert!(
        message.contains("找不到「姓名」列") && message.contains("Sheet1"),
        "{message}"
    );

    let empty = error_for("空.csv", b"", ImportKind::Roster);
    assert!(matches!(empty, ImportError::Empty { .. }), "{empty}");
    assert!(empty.to_string().contains("空.csv"));

    let mut doc = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    doc.resize(4096, 0);
    for name in ["报告.doc", "报告.wps"] {
        let legacy = error_for(name, &doc, ImportKind::Report);
        assert!(
            legacy.to_string().contains("另存为」Word 文档（.docx）"),
            "{legacy}"
        );
    }
    let docx_as_roster = error_for(
        "报告.docx",
        &std::fs::read(fixture("report-tables.docx")).unwrap(),
        ImportKind::Roster,
    );
    assert!(
        docx_as_roster.to_string().contains("是 Word 文档"),
        "{docx_as_roster}"
    );
    let binary = error_for(
        "名单.csv",
        &[0, 1, 2, 3, 0xFF, 0xFE, 0xFD],
        ImportKind::Roster,
    );
    assert!(binary.to_string().contains("不是文本文件"), "{binary}");
    let quote = error_for(
        "名单.csv",
        "姓名,职务\n\"尚欣,副主任\n".as_bytes(),
        ImportKind::Roster,
    );
    assert!(quote.to_string().contains("第2行"), "{quote}");
}

fn huiwu() -> Process {
    Process::new(env!("CARGO_BIN_EXE_huiwu"))
}

/// `huiwu import KIND FILE --into SESSION EXTRA…`, run to the end.
fn import_cli(kind: &str, file: &Path, session: &Path, extra: &[&str]) -> std::process::Output {
    huiwu()
        .args(["import", kind])
        .arg(file)
        .arg("--into")
        .arg(session)
        .args(extra)
        .output()
        .unwrap()
}

#[test]
fn the_command_line_previews_imports_and_respects_the_lock() {
    let dir = tempfile::tempdir().unwrap();
    let session_path = dir.path().join("会议.ron");
    huiwu_core::io::save(&Session::default(), &session_path).unwrap();
    let original = std::fs::read(&session_path).unwrap();
    let roster = fixture("roster-merged.xlsx");

    let output = import_cli("roster", &roster, &session_path, &["--dry-run"]);
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(output.status.success(), "{stdout}");
    let session = huiwu_core::io::load(&session_path).unwrap();
    let import = read_roster(&read_source(&roster).unwrap()).unwrap();
    // The same text as the window's preview.
    assert!(
        stdout.starts_with(&import.plan(&session, ImportMode::Add).text()),
        "{stdout}"
    );
    assert!(stdout.contains("试运行"));
    assert_eq!(std::fs::read(&session_path).unwrap(), original);

    // Someone has the session open: refused, unchanged.
    let guard = huiwu_core::io::lock::acquire(&session_path, chrono::Local::now()).unwrap();
    let output = import_cli("roster", &roster, &session_path, &[]);
    assert_eq!(output.status.code(), Some(1));
    assert!(!String::from_utf8(output.stderr).unwrap().is_empty());
    assert_eq!(std::fs::read(&session_path).unwrap(), original);
    drop(guard);

    let output = import_cli("roster", &roster, &session_path, &[]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(huiwu_core::io::load(&session_path).unwrap().roster.len(), 7);

    // A .doc: a clear message, exit 1, the session unchanged.
    let saved = std::fs::read(&session_path).unwrap();
    let doc = dir.path().join("报告.doc");
    let mut bytes = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    bytes.resize(2048, 0);
    std::fs::write(&doc, bytes).unwrap();
    let output = import_cli("report", &doc, &session_path, &[]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("报告.doc") && stderr.contains(".docx"),
        "{stderr}"
    );
    assert_eq!(std::fs::read(&session_path).unwrap(), saved);

    // Reports; a mistyped kind is a usage error.
    let output = import_cli("report", &fixture("report-tables.docx"), &session_path, &[]);
    assert!(output.status.success());
    assert_eq!(
        huiwu_core::io::load(&session_path).unwrap().reports.len(),
        1
    );
    let output = huiwu()
        .args(["import", "members", "x.csv", "--into"])
        .arg(&session_path)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
}
