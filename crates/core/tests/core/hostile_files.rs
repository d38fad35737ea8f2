//! Foreign and hostile files (issue 22): every file below is made here, and each must end in a
//! clear Chinese message naming the limit, or in the right names — never a crash, never a
//! frozen reading, never memory taken for what a file merely claims.

use std::path::Path;

use crate::common::{self, hostile};
use huiwu_core::import::roster::{RowFate, read_roster};
use huiwu_core::import::source::source_from_bytes;
use huiwu_core::import::{ImportError, ImportKind, ImportMode, PendingImport};
use huiwu_core::model::check::check_session;

fn roster_from(
    name: &str,
    bytes: Vec<u8>,
) -> Result<huiwu_core::import::roster::RosterImport, ImportError> {
    read_roster(&source_from_bytes(Path::new(name), bytes)?)
}

#[test]
fn a_sheet_claiming_the_whole_grid_with_one_far_away_cell_is_read_in_bounds() {
    let bytes = hostile::xlsx_with_a_far_away_cell();
    assert!(bytes.len() < 2_000, "{} bytes", bytes.len());
    let import = roster_from("远处.xlsx", bytes).unwrap();
    let names: Vec<&str> = import.rows.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names, ["张三"]);
    let note = import.notes.join("\n");
    assert!(
        note.contains("XFD1048576") && note.contains("256 列"),
        "{note}"
    );
}

#[test]
fn zip_bombs_are_refused_by_what_they_unpack_to() {
    // Honest sizes: the directory says 300 MB.
    let error = roster_from("炸弹.xlsx", hostile::xlsx_bomb(300)).unwrap_err();
    let message = error.to_string();
    assert!(matches!(error, ImportError::OverLimit { .. }), "{message}");
    assert!(
        message.contains("炸弹.xlsx") && message.contains("256 MB"),
        "{message}"
    );
    // Lying sizes: the directory says 1,000 bytes, the data unpacks to 8 MB.
    let error = roster_from("说谎.xlsx", hostile::xlsx_lying_bomb(8)).unwrap_err();
    let message = error.to_string();
    assert!(
        message.contains("说谎.xlsx") && message.contains("比它声明的大小"),
        "{message}"
    );
}

#[test]
fn ten_thousand_merged_ranges_over_the_whole_sheet_are_read_at_once() {
    let bytes = hostile::xlsx_with_merged_ranges(10_000);
    assert!(bytes.len() < 4_000, "{} bytes", bytes.len());
    // Each range covers the grid in use (2 × 2 cells): the header fills every cell, so there
    // is no name below it. What matters is that it ends, and says so in Chinese.
    let error = roster_from("合并.xlsx", bytes).unwrap_err();
    assert!(error.to_string().contains("合并.xlsx"), "{error}");
}

#[test]
fn merged_ranges_filling_more_than_the_limit_are_refused() {
    let mut rows = vec![vec!["姓名".to_owned(), "职务".to_owned()]];
    for n in 0..2_000 {
        rows.push(vec![format!("人{n}"), "委员".to_owned()]);
    }
    let rows: Vec<Vec<&str>> = rows
        .iter()
        .map(|r| r.iter().map(String::as_str).collect())
        .collect();
    let rows: Vec<&[&str]> = rows.iter().map(Vec::as_slice).collect();
    let mut merges = String::from(r#"<mergeCells count="1300">"#);
    for _ in 0..1_300 {
        merges.push_str(r#"<mergeCell ref="A2:B2001"/>"#);
    }
    merges.push_str("</mergeCells>");
    let bytes = hostile::xlsx(&format!("{}{merges}", hostile::rows(&rows)));
    let message = roster_from("合并过多.xlsx", bytes).unwrap_err().to_string();
    assert!(
        message.contains("合并") && message.contains("500 万"),
        "{message}"
    );
}

#[test]
fn a_cell_longer_than_excel_allows_and_a_name_longer_than_a_name_are_refused() {
    let long = "长".repeat(40_000);
    let bytes = hostile::xlsx(&hostile::rows(&[&["姓名"], &[&long]]));
    let message = roster_from("长.xlsx", bytes).unwrap_err().to_string();
    assert!(
        message.contains("A2") && message.contains("32,767"),
        "{message}"
    );
    let csv = format!("姓名,职务\n{long},委员\n");
    let message = roster_from("长.csv", csv.into_bytes())
        .unwrap_err()
        .to_string();
    assert!(
        message.contains("第2行") && message.contains("32,767"),
        "{message}"
    );
    // A whole line taken for a name: skipped, said, and never stored whole.
    let line = format!("{}\n尚欣\n", "名".repeat(200_000));
    let import = roster_from("一行.txt", line.into_bytes()).unwrap();
    assert!(import.rows[0].problems.join("").contains("上限 50"));
    assert!(import.rows[0].skipped && import.rows[0].name.chars().count() <= 50);
    let plan = import.plan(&common::example(), ImportMode::Add);
    assert_eq!(plan.fates[0], RowFate::Skipped);
}

#[test]
fn legacy_workbooks_claiming_billions_of_cells_are_refused_before_calamine_reads_them() {
    // DIMENSIONS claiming 4 billion rows: calamine would reserve room for them all.
    let message = roster_from("旧.xls", hostile::xls_claiming(u32::MAX, 0, 0))
        .unwrap_err()
        .to_string();
    assert!(
        message.contains("旧.xls") && message.contains("65,536"),
        "{message}"
    );
    // A cell far right of BIBF8's 256 columns: a dense grid of 4 billion cells.
    let message = roster_from("旧.xls", hostile::xls_claiming(2, 65_000, 65_000))
        .unwrap_err()
        .to_string();
    assert!(message.contains("上限"), "{message}");
}

#[test]
fn look_alike_names_are_one_person_in_imports_and_in_check() {
    let mut session = common::example();
    // Zero-width space, byte-order mark, control character, padding: all the same people.
    let text =
        "姓名,职务\n尚\u{200B}欣,副主任\n\u{FEFF}史全新,主任\n王\u{0007}士洁,委员\n田　锋,委员\n";
    let import = roster_from("看不见.csv", text.as_bytes().to_vec()).unwrap();
    let plan = import.plan(&session, ImportMode::Add);
    assert!(
        plan.fates.iter().all(|f| !matches!(f, RowFate::New)),
        "{}",
        plan.text()
    );
    let names: Vec<&str> = import.rows.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names, ["尚欣", "史全新", "王士洁", "田锋"]);
    // Replacing keeps the people matched: nobody real is proposed for removal among them.
    let plan = import.plan(&session, ImportMode::Replace);
    assert!(
        !plan
            .removed
            .iter()
            .any(|(_, n)| n == "史全新" || n == "尚欣")
    );
    // A session file holding a look-alike: check says so, and counts them as one name twice.
    let first = session.roster[0].name.clone();
    let id = session.add_member(huiwu_core::model::Role::Member);
    session.roster.iter_mut().find(|m| m.id == id).unwrap().name = format!("{first}\u{FEFF}");
    let messages: Vec<String> = check_session(&session)
        .into_iter()
        .map(|p| p.message)
        .collect();
    assert!(
        messages
            .iter()
            .any(|m| m == &format!("组成人员「{first}」重复出现")),
        "{messages:?}"
    );
    assert!(
        messages
            .iter()
            .any(|m| m.contains("U+FEFF") && m.contains("请重新输入")),
        "{messages:?}"
    );
    // The printed list no longer shows an invisible difference as two names padded alike.
    assert_eq!(
        huiwu_core::collation::padded_name("尚\u{200B}欣"),
        "尚\u{3000}欣"
    );
}

#[test]
fn seating_sizes_out_of_range_are_checked_and_never_taken_at_their_word() {
    let mut session = common::example();
    session.seating.rows = 100_000;
    session.seating.seats_per_row = u32::MAX;
    session
        .seating
        .seats
        .push(huiwu_core::model::seating::Seat {
            member: session.roster[0].id,
            row: u32::MAX,
            seat: u32::MAX,
        });
    let (rows, per_row, seats) = session.seat_plan();
    assert!(rows <= 61 && per_row <= 60, "{rows} × {per_row}");
    assert!(seats.iter().all(|s| s.row < 61 && s.seat < per_row));
    assert_eq!(seats.len(), session.roster.len());
    let doc = huiwu_core::export::seating::seating_doc(&session);
    assert!(!doc.blocks.is_empty());
    let messages: Vec<String> = check_session(&session)
        .into_iter()
        .map(|p| p.message)
        .collect();
    for expected in [
        "排数100000超出范围",
        "每排座位数4294967295超出范围",
        "在会场之外",
    ] {
        assert!(
            messages.iter().any(|m| m.contains(expected)),
            "{expected}: {messages:?}"
        );
    }
}

#[test]
fn every_hostile_workbook_reads_as_every_kind_of_list_without_a_crash() {
    let files = [
        ("远处.xlsx", hostile::xlsx_with_a_far_away_cell()),
        ("合并.xlsx", hostile::xlsx_with_merged_ranges(500)),
        ("旧.xls", hostile::xls_claiming(u32::MAX, 0, 0)),
        ("旧2.xls", hostile::xls_claiming(3, 1, 300)),
    ];
    for (name, bytes) in files {
        for kind in [ImportKind::Roster, ImportKind::Observers] {
            let _ = source_from_bytes(Path::new(name), bytes.clone())
                .and_then(|source| PendingImport::read(kind, &source));
        }
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(name);
        std::fs::write(&path, &bytes).unwrap();
        let _ = huiwu_core::io::folder::read_suggestions(&path, 2025);
    }
}

#[test]
fn the_original_of_an_older_format_outlives_any_number_of_saves() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("会议.ron");
    let original =
        std::fs::read(Path::new(common::REPO).join("tests/fixtures/v1/hebi-12-09.ron")).unwrap();
    std::fs::write(&path, &original).unwrap();
    assert_eq!(huiwu_core::io::format_on_disk(&path), Some(1));
    let mut session = huiwu_core::io::load(&path).unwrap();
    for round in 0..3 {
        session.details.venue = format!("第{round}会议室");
        huiwu_core::io::save(&session, &path).unwrap();
    }
    let kept = huiwu_core::io::older_format_path(&path, 1);
    assert_eq!(std::fs::read(&kept).unwrap(), original);
    assert_eq!(
        huiwu_core::io::format_on_disk(&path),
        Some(huiwu_core::model::FORMAT_VERSION)
    );
    // Neither backup is the original any more; the kept copy is.
    for backup in [
        huiwu_core::io::backup_path(&path),
        huiwu_core::io::older_backup_path(&path),
    ] {
        assert_ne!(std::fs::read(backup).unwrap(), original);
    }
}

#[test]
fn a_list_that_gives_no_role_changes_nobody_s_role() {
    let session = common::example();
    // A plain list of names: the chair and a vice-chair among them stay what they are.
    let import = roster_from(
        "名单.txt",
        "姓名\n史全新\n尚欣\n新同志\n".as_bytes().to_vec(),
    )
    .unwrap();
    assert!(
        import.notes.iter().any(|n| n.contains("是列名")),
        "{:?}",
        import.notes
    );
    let plan = import.plan(&session, ImportMode::Add);
    assert!(
        matches!(
            plan.fates[..],
            [RowFate::Same(_), RowFate::Same(_), RowFate::New]
        ),
        "{}",
        plan.text()
    );
    let mut imported = session.clone();
    imported
        .apply_roster_import(&import, ImportMode::Add)
        .unwrap();
    let chair = imported.roster.iter().find(|m| m.name == "史全新").unwrap();
    assert_eq!(chair.role, huiwu_core::model::Role::Chair);
    // A role column's unknown text leaves the role too, and says so.
    let csv = "姓名,职务\n尚欣,顾问\n";
    let import = roster_from("名单.csv", csv.as_bytes().to_vec()).unwrap();
    assert!(import.rows[0].problems[0].contains("已有的人职务不变"));
    assert!(matches!(
        import.plan(&session, ImportMode::Add).fates[0],
        RowFate::Update(..)
    ));
    imported = session.clone();
    imported
        .apply_roster_import(&import, ImportMode::Add)
        .unwrap();
    let vice = imported.roster.iter().find(|m| m.name == "尚欣").unwrap();
    assert_eq!(vice.role, huiwu_core::model::Role::ViceChair);
}
