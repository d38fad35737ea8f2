//! Importing the office's material: rosters and 列席 lists from XLSX, GBK CSV and pasted list
//! text, reports from DOCX (our own export, python-docx, LibreOffice) and GBK text; every
//! malformed input refused with a Chinese message naming the file, the session unchanged; the
//! command line; and the preview dialog in the window (cancel, confirm, undo).

use crate::common;
use huiwu_core::import::observers::read_observers;
use huiwu_core::import::report::read_report;
use huiwu_core::import::roster::{RowFate, read_roster};
use huiwu_core::import::{ImportError, ImportMode, Source, read_source};
use huiwu_core::model::{Block, Gender, ReportKind, Role, Session};
use std::path::{Path, PathBuf};

fn fixture(name: &str) -> PathBuf {
    Path::new(common::REPO)
        .join("tests/fixtures/import")
        .join(name)
}

fn seed_gazette() -> String {
    common::shared_text("seeds/000_5b667c5a4296d65d.txt")
}

/// The text between a line containing `from` and the next line containing `to`.
fn section(text: &str, from: &str, to: &str) -> String {
    text.lines()
        .skip_while(|l| !l.contains(from))
        .take_while(|l| !l.contains(to))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn a_gbk_csv_roster_is_read_and_added_to_the_example() {
    let source = read_source(&fixture("roster-gbk.csv")).unwrap();
    let import = read_roster(&source).unwrap();
    assert_eq!(import.rows.len(), 3);
    assert_eq!(import.rows[1].name, "尚欣");
    assert_eq!(import.rows[1].gender, Gender::Female);
    assert_eq!(import.rows[1].role, Role::ViceChair);
    assert_eq!(import.rows[2].note, "市总工会主席");
    let mut session = common::example();
    let before = session.roster.len();
    let plan = import.plan(&session, ImportMode::Add);
    // The example has them all: matched by name, nobody twice.
    assert!(
        plan.fates.iter().all(|f| !matches!(f, RowFate::New)),
        "{}",
        plan.text()
    );
    session
        .apply_roster_import(&import, ImportMode::Add)
        .unwrap();
    assert_eq!(session.roster.len(), before);
}

#[test]
fn an_xlsx_with_a_title_row_and_merged_header_cells() {
    let source = read_source(&fixture("roster-merged.xlsx")).unwrap();
    let import = read_roster(&source).unwrap();
    assert!(import.read_as.contains("第2行为列名"), "{}", import.read_as);
    let names: Vec<&str> = import.rows.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "史全新",
            "尚欣",
            "郑辉",
            "方在敏",
            "王士洁",
            "王景娟",
            "",
            "王士洁",
            "刘砚娟"
        ]
    );
    let roles: Vec<Role> = import.rows.iter().take(4).map(|r| r.role).collect();
    assert_eq!(
        roles,
        [
            Role::Chair,
            Role::ViceChair,
            Role::ViceChair,
            Role::SecretaryGeneral
        ]
    );
    assert_eq!(import.rows[4].note, "市总工会");
    // Problems: an empty name, a name twice, unknown gender and role text.
    assert!(import.rows[6].skipped && import.rows[6].problems[0].contains("姓名为空"));
    assert!(import.rows[7].skipped && import.rows[7].problems[0].contains("重名"));
    let last = &import.rows[8];
    assert!(!last.skipped);
    assert!(
        last.problems.iter().any(|p| p.contains("性别「不详」")),
        "{last:?}"
    );
    assert!(
        last.problems.iter().any(|p| p.contains("职务「常委」")),
        "{last:?}"
    );

    // Replacing an empty session's roster: seven people, leaders ranked in file order.
    let mut session = Session::default();
    let plan = import.plan(&session, ImportMode::Replace);
    let text = plan.text();
    assert!(
        text.contains("新增7人") && text.contains("跳过2行"),
        "{text}"
    );
    session
        .apply_roster_import(&import, ImportMode::Replace)
        .unwrap();
    assert_eq!(session.roster.len(), 7);
    let vice: Vec<(&str, u32)> = session
        .members_with_role(Role::ViceChair)
        .map(|m| (m.name.as_str(), m.rank))
        .collect();
    assert_eq!(vice, [("尚欣", 1), ("郑辉", 2)]);
}

#[test]
fn replacing_the_example_roster_removes_the_others_and_keeps_the_matched() {
    let mut session = common::example();
    let import = read_roster(&read_source(&fixture("roster-gbk.csv")).unwrap()).unwrap();
    let plan = import.plan(&session, ImportMode::Replace);
    assert_eq!(plan.removed.len(), session.roster.len() - 3);
    assert!(
        plan.text().contains("将删除不在名单中的"),
        "{}",
        plan.text()
    );
    let kept = session.roster.iter().find(|m| m.name == "尚欣").unwrap().id;
    // Announced votes with ballots may refuse it; then nothing changes.
    let before = session.clone();
    match session.apply_roster_import(&import, ImportMode::Replace) {
        Ok(()) => {
            assert_eq!(session.roster.len(), 3);
            assert!(session.roster.iter().any(|m| m.id == kept));
        }
        Err(error) => {
            assert!(error.to_string().contains("已宣布"), "{error}");
            assert_eq!(session, before);
        }
    }
}

#[test]
fn the_published_attendance_list_pasted_from_the_seed() {
    let gazette = seed_gazette();
    let list = section(&gazette, "出缺席人员名单", "列席人员名单");
    let import = read_roster(&Source::pasted(&list).unwrap()).unwrap();
    let count = |role: Role| {
        import
            .rows
            .iter()
            .filter(|r| r.role == role && !r.skipped)
            .count()
    };
    assert_eq!(count(Role::Chair), 1);
    assert_eq!(count(Role::ViceChair), 4);
    assert_eq!(count(Role::SecretaryGeneral), 1);
    // 29 委员 and the 6 on leave (listed as 委员, with a note to check).
    assert_eq!(count(Role::Member), 35, "{:#?}", import.rows);
    let names: Vec<&str> = import.rows.iter().map(|r| r.name.as_str()).collect();
    for name in ["尚欣", "郑辉", "田锋", "薛松", "李杰", "王烁", "郎付山"] {
        assert!(names.contains(&name), "{name} in {names:?}");
    }
    assert!(import.rows.iter().all(|r| r.name.chars().count() >= 2));
    let on_leave = import.rows.iter().find(|r| r.name == "李杰").unwrap();
    assert!(on_leave.problems[0].contains("请假"), "{on_leave:?}");
}

#[test]
fn the_published_observer_list_pasted_from_the_seed() {
    let gazette = seed_gazette();
    let list = section(&gazette, "列席人员名单", "\u{0}");
    let import = read_observers(&Source::pasted(&list).unwrap()).unwrap();
    let mut units: Vec<&str> = import.rows.iter().map(|r| r.unit.as_str()).collect();
    units.dedup();
    assert_eq!(units.len(), 13, "{units:?}");
    let names: Vec<&str> = import.rows.iter().map(|r| r.person.name.as_str()).collect();
    for name in ["李可", "韦乾", "陈兵", "杨军荣", "郜颖"] {
        assert!(names.contains(&name), "{name} in {names:?}");
    }
    let mut session = Session::default();
    session.apply_observer_import(&import, ImportMode::Replace);
    assert_eq!(session.observers.len(), 13);
    assert_eq!(session.observers[0].people.len(), 2);

    // A title in brackets, as the editor writes it; a unit without names.
    let text = "市人民政府：李可（市委常委、常务副市长）、刘军文\n市直有关部门负责同志\n";
    let import = read_observers(&Source::pasted(text).unwrap()).unwrap();
    assert_eq!(import.rows[0].person.title, "市委常委、常务副市长");
    assert_eq!(import.rows[2].unit, "市直有关部门负责同志");
    assert!(import.rows[2].person.name.is_empty());
}

#[test]
fn observers_from_a_sheet_with_merged_unit_cells() {
    let import = read_observers(&read_source(&fixture("observers.xlsx")).unwrap()).unwrap();
    let rows: Vec<(&str, &str, &str)> = import
        .rows
        .iter()
        .map(|r| {
            (
                r.unit.as_str(),
                r.person.name.as_str(),
                r.person.title.as_str(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            ("市人民政府", "李可", "市委常委、常务副市长"),
            ("市人民政府", "刘军文", ""),
            ("市人民检察院", "苏康健", "代检察长")
        ]
    );
    let mut session = common::example();
    let units = session.observers.len();
    let plan = import.plan(&session, ImportMode::Add);
    assert!(plan.text().contains("导入列席人员"), "{}", plan.text());
    session.apply_observer_import(&import, ImportMode::Add);
    assert_eq!(session.observers.len(), units, "units matched by name");
}

#[test]
fn a_report_with_tables_written_by_python_docx() {
    let import = read_report(&read_source(&fixture("report-tables.docx")).unwrap()).unwrap();
    let report = &import.report;
    assert_eq!(report.title, "关于2023年重点民生实事办理情况的专项工作报告");
    assert_eq!(report.kind, ReportKind::SpecialWorkReport);
    assert_eq!(report.date, chrono::NaiveDate::from_ymd_opt(2023, 12, 21));
    assert_eq!(report.submitter, "市人民政府");
    assert_eq!(report.salutation, "主任、各位副主任、秘书长、各位委员：");
    assert_eq!(report.closing, "以上报告，请予审议。");
    assert_eq!(report.body[1], Block::Heading(1, "一、总体情况".to_owned()));
    assert_eq!(
        report.body[2],
        Block::Paragraph("一是**加强居家社区养老服务体系建设**，新建养老服务中心10个。".to_owned())
    );
    let Block::Table(table) = &report.body[3] else {
        panic!("{:?}", report.body)
    };
    assert_eq!(table.rows[0], ["项目", "", "完成率"]);
    assert_eq!(table.rows[2], ["民生", "教育", "98%"]);
    assert_eq!(
        report.body[4],
        Block::Heading(2, "（一）下一步打算".to_owned())
    );
    assert_eq!(report.attachments.len(), 1);
    assert_eq!(report.attachments[0].title, "2023年民生实事完成情况表");
    let text = import.text(None);
    assert!(text.contains("表格1个"), "{text}");
    if import.notes.iter().any(|n| n.contains("图片")) {
        assert!(text.contains("图片"), "what is left out is said: {text}");
    }
}

#[test]
fn seed_002_as_a_word_document_and_libreoffice_and_gbk_text() {
    let import = read_report(&read_source(&fixture("report-seed002.docx")).unwrap()).unwrap();
    let report = &import.report;
    assert!(report.title.starts_with("奋力谱写"), "{}", report.title);
    assert_eq!(report.kind, ReportKind::WorkReport, "{}", report.title);
    assert_eq!(report.presenter, "鹤山区人民政府区长 张三");
    assert_eq!(report.salutation, "各位代表：");
    assert_eq!(report.closing, "以上报告，请予审议。");
    let headings: Vec<&Block> = report
        .body
        .iter()
        .filter(|b| matches!(b, Block::Heading(..)))
        .collect();
    assert!(headings.len() >= 10, "{headings:?}");
    assert!(matches!(headings[0], Block::Heading(1, t) if t.starts_with("一、")));
    assert!(
        report
            .body
            .iter()
            .any(|b| matches!(b, Block::Table(t) if t.rows.len() == 3))
    );
    // The date line without a date is said.
    assert!(
        import.notes.iter().any(|n| n.contains("没有日期")),
        "{:?}",
        import.notes
    );

    for name in ["report-libreoffice.docx", "report-gbk.txt"] {
        let import = read_report(&read_source(&fixture(name)).unwrap()).unwrap();
        let report = &import.report;
        assert_eq!(
            report.title, "关于鹤壁市农村公路建设情况的调研报告",
            "{name}"
        );
        assert_eq!(report.kind, ReportKind::SurveyReport);
        assert_eq!(report.presenter, "市人大常委会副主任 尚欣", "{name}");
        assert_eq!(report.date, chrono::NaiveDate::from_ymd_opt(2023, 12, 21));
        let levels: Vec<u8> = report
            .body
            .iter()
            .filter_map(|b| match b {
                Block::Heading(level, _) => Some(*level),
                _ => None,
            })
            .collect();
        assert_eq!(levels, [1, 1, 2, 3], "{name}: {:?}", report.body);
        assert_eq!(report.closing, "以上报告，请予审议。");
    }
}

#[test]
fn a_50_mb_file_is_refused_before_it_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("大文件.xlsx");
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(50 * 1024 * 1024).unwrap();
    let started = std::time::Instant::now();
    let error = read_source(&path).unwrap_err();
    assert!(
        matches!(error, ImportError::TooLarge { size_mb: 50, .. }),
        "{error}"
    );
    assert!(error.to_string().contains("大文件.xlsx") && error.to_string().contains("50 MB"));
    assert!(started.elapsed() < std::time::Duration::from_secs(1));
}

#[test]
fn units_without_names_in_a_gbk_list_come_in_as_units() {
    // A real office's 列席 list: six of ten rows are units without names.
    let csv = "单位,姓名,职务\r\n市人民政府,李可,市委常委、常务副市长\r\n市人民政府,刘军文,\r\n市监察委员会,,\r\n市中级人民法院,,\r\n市人民检察院,苏康健,代检察长\r\n市直有关部门负责同志,,\r\n部分市人大代表,,\r\n市人大常委会各委室负责同志,,\r\n,,\r\n市人大常委会机关,,\r\n";
    let (gbk, _, _) = encoding_rs::GBK.encode(csv);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("列席.csv");
    std::fs::write(&path, &gbk).unwrap();
    let import = read_observers(&read_source(&path).unwrap()).unwrap();
    let taken: Vec<(&str, &str)> = import
        .rows
        .iter()
        .filter(|r| !r.skipped)
        .map(|r| (r.unit.as_str(), r.person.name.as_str()))
        .collect();
    assert_eq!(
        taken,
        [
            ("市人民政府", "李可"),
            ("市人民政府", "刘军文"),
            ("市监察委员会", ""),
            ("市中级人民法院", ""),
            ("市人民检察院", "苏康健"),
            ("市直有关部门负责同志", ""),
            ("部分市人大代表", ""),
            ("市人大常委会各委室负责同志", ""),
            ("市人大常委会机关", ""),
        ]
    );
    let mut session = Session::default();
    let plan = import.plan(&session, ImportMode::Add);
    assert!(
        plan.text().contains("新增单位（无姓名）"),
        "{}",
        plan.text()
    );
    assert!(!plan.text().contains("姓名为空"), "{}", plan.text());
    session.apply_observer_import(&import, ImportMode::Add);
    let units: Vec<(&str, usize)> = session
        .observers
        .iter()
        .map(|u| (u.unit.as_str(), u.people.len()))
        .collect();
    assert_eq!(
        units,
        [
            ("市人民政府", 2),
            ("市监察委员会", 0),
            ("市中级人民法院", 0),
            ("市人民检察院", 1),
            ("市直有关部门负责同志", 0),
            ("部分市人大代表", 0),
            ("市人大常委会各委室负责同志", 0),
            ("市人大常委会机关", 0),
        ]
    );
    // A unit row above its people (the unit as a heading) is not a unit of its own.
    let csv = "单位,姓名\r\n市人民政府,\r\n,李可\r\n,刘军文\r\n";
    std::fs::write(&path, csv).unwrap();
    let import = read_observers(&read_source(&path).unwrap()).unwrap();
    let taken: Vec<(&str, &str)> = import
        .rows
        .iter()
        .filter(|r| !r.skipped)
        .map(|r| (r.unit.as_str(), r.person.name.as_str()))
        .collect();
    assert_eq!(taken, [("市人民政府", "李可"), ("市人民政府", "刘军文")]);
}
