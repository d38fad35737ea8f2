//! Issue 25: what a new office expects from the tools it already knows: printing through a PDF,
//! the export dialog on a 1024×768 screen, ticking only documents that have content.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use huiwu::app::HuiwuApp;
use huiwu::command::Command;
use huiwu::document::Document;
use huiwu::export::DocKind;
use huiwu::io::config::AppConfig;
use huiwu::model::Session;

use crate::common::{self, RecordingDialogs};

fn small_harness_on(session: Session, dialogs: RecordingDialogs) -> Harness<'static, HuiwuApp> {
    let path = std::path::Path::new(crate::REPO).join("sessions/hebi-12-09.ron");
    let app = HuiwuApp::new(
        Some(Document::opened(session, Some(path))),
        AppConfig::default(),
        Box::new(dialogs),
    );
    let mut harness = common::small_window(app);
    harness.run();
    harness
}

#[test]
fn printing_opens_the_documents_pdf_in_the_viewer() {
    let dialogs = RecordingDialogs::default();
    let mut harness = small_harness_on(common::example(), dialogs.clone());
    harness.get_by_label("文件").click();
    harness.run();
    harness.get_by_label("打印").hover();
    harness.run();
    harness.get_by_label("会议纪要…").click();
    harness.run();
    let opened = dialogs.opened.lock().unwrap().clone();
    assert_eq!(opened.len(), 1, "{opened:?}");
    let pdf = std::fs::read(&opened[0]).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    assert_eq!(
        pdf,
        huiwu::export::render(
            &common::example(),
            DocKind::Minutes,
            huiwu::export::Format::Pdf
        )
        .unwrap()
    );
    // Never beside the session: in the system's temporary folder.
    assert!(opened[0].starts_with(std::env::temp_dir()));
    let notice = harness.state().notice().unwrap().to_owned();
    assert!(
        notice.contains("会议纪要") && notice.contains("打印"),
        "{notice}"
    );
    std::fs::remove_file(&opened[0]).unwrap();

    // Ctrl+P: the export dialog, whose 打印… prints the document previewed.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::P);
    harness.run();
    harness.get_by_label("导出和打印");
    harness
        .get_all_by_label("预览")
        .nth(2)
        .unwrap()
        .click_accesskit();
    harness.run();
    harness.get_by_label("预览：列席人员名单");
    harness.get_by_role_and_label(Role::Button, "打印…").click();
    harness.run();
    let opened = dialogs.opened.lock().unwrap().clone();
    assert_eq!(opened.len(), 2, "{opened:?}");
    assert!(
        opened[1].to_string_lossy().contains("列席人员名单"),
        "{opened:?}"
    );
    std::fs::remove_file(&opened[1]).unwrap();
}

#[test]
fn the_export_dialog_ticks_only_documents_with_content() {
    let mut session = common::example();
    session.evaluations.clear();
    let mut harness = small_harness_on(session, RecordingDialogs::default());
    harness.state_mut().queue(Command::Export(None));
    harness.run();
    let chosen = harness
        .state_mut()
        .export_dialog_mut()
        .unwrap()
        .chosen
        .clone();
    assert!(!chosen.contains(&DocKind::EvaluationBallots), "{chosen:?}");
    assert!(!chosen.contains(&DocKind::EvaluationResults), "{chosen:?}");
    assert!(chosen.contains(&DocKind::Minutes) && chosen.contains(&DocKind::Ballots));
    // Still there to tick by hand.
    harness.get_by_label("测评票");
}

#[test]
fn the_export_dialog_fits_1024_by_768_after_exporting_every_document() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = small_harness_on(common::example(), RecordingDialogs::default());
    harness.state_mut().queue(Command::Export(None));
    harness.run();
    let dialog = harness.state_mut().export_dialog_mut().unwrap();
    dialog.folder = dir.path().display().to_string();
    dialog.format = huiwu::export::Format::Text;
    // Every document, whether it has content or not.
    dialog.chosen = DocKind::ALL.to_vec();
    harness.run();
    harness
        .get_all_by_role_and_label(Role::Button, "导出")
        .last()
        .unwrap()
        .click();
    for _ in 0..1000 {
        harness.step();
        if harness
            .state_mut()
            .export_dialog_mut()
            .is_some_and(|d| !d.is_running() && d.results.len() == DocKind::ALL.len())
        {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    // A long preview too.
    harness.get_all_by_label("预览").nth(3).unwrap().click();
    harness.run();
    harness.get_by_label("预览：人事任免名单");
    let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1024.0, 768.0));
    for label in [
        "导出和打印",
        "关闭",
        "打开所在文件夹",
        "打印…",
        "导出到文件夹",
    ] {
        let node = harness
            .get_all_by_label(label)
            .last()
            .unwrap_or_else(|| panic!("{label}"));
        let rect = node.rect();
        assert!(
            screen.contains_rect(rect),
            "{label} at {rect:?} is off the screen"
        );
    }
    harness.get_by_label_contains("已导出 21 个文件");
}

#[test]
fn the_start_page_makes_the_last_sessions_folder_a_bodys_folder() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("淇县十七届");
    std::fs::create_dir(&folder).unwrap();
    let session_file = folder.join("qixian-17-15.ron");
    std::fs::copy(
        std::path::Path::new(crate::REPO).join("sessions/qixian-17-15.ron"),
        &session_file,
    )
    .unwrap();
    let config = AppConfig {
        recent_files: vec![session_file.clone()],
        ..AppConfig::default()
    };
    let app = HuiwuApp::new(None, config, Box::new(RecordingDialogs::default()));
    let mut harness = common::small_window(app);
    harness.run();
    harness.get_by_label("新建常委会文件夹…");
    harness
        .get_by_label_contains("把上次会议所在的文件夹设为常委会文件夹")
        .click();
    harness.run();
    // The dialog names the folder and the session the body comes from.
    harness.get_by_label_contains("取自会议文件「");
    let field = harness.get_by_role_and_label(Role::TextInput, "文件路径");
    assert_eq!(field.value().as_deref(), Some(folder.to_str().unwrap()));
    harness.get_by_label("确定").click();
    harness.run();
    let body = huiwu::io::folder::load_body(&folder.join("body.ron")).unwrap();
    let session = huiwu::io::load(&session_file).unwrap();
    assert_eq!(body.body, session.body);
    assert_eq!(body.members.len(), session.roster.len());
    // The folder's list is shown, with the session already there.
    let view = harness.state().folder.as_ref().expect("the folder is open");
    assert_eq!(view.opened().sessions.len(), 1);
    let notice = harness.state().notice().unwrap().to_owned();
    assert!(notice.contains("已新建常委会文件夹"), "{notice}");
    assert!(!notice.contains("body.ron"), "{notice}");
    // The start page offers the folder itself next time.
    let config = AppConfig {
        recent_files: vec![session_file],
        ..AppConfig::default()
    };
    let app = HuiwuApp::new(None, config, Box::new(RecordingDialogs::default()));
    let mut harness = common::small_window(app);
    harness.run();
    harness.get_by_label_contains("打开上次会议所在的常委会文件夹");
}

#[test]
fn the_file_menu_starts_a_folder_from_the_open_session_and_refuses_one_twice() {
    let dir = tempfile::tempdir().unwrap();
    let session_file = dir.path().join("hebi-12-09.ron");
    huiwu::io::save(&common::example(), &session_file).unwrap();
    let app = HuiwuApp::new(
        Some(Document::opened(
            common::example(),
            Some(session_file.clone()),
        )),
        AppConfig::default(),
        Box::new(RecordingDialogs::default()),
    );
    let mut harness = common::window(app);
    harness.run();
    harness.get_by_label("文件").click();
    harness.run();
    harness.get_by_label("新建常委会文件夹…").click();
    harness.run();
    // Into a new folder beside it: the session is copied in, the original stays.
    let folder = dir.path().join("第十二届");
    harness
        .get_by_role_and_label(Role::TextInput, "文件路径")
        .focus();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness
        .get_by_role_and_label(Role::TextInput, "文件路径")
        .type_text(folder.to_str().unwrap());
    harness.run();
    harness.get_by_label("确定").click();
    harness.run();
    assert!(folder.join("body.ron").is_file());
    assert_eq!(
        std::fs::read(folder.join("hebi-12-09.ron")).unwrap(),
        std::fs::read(&session_file).unwrap()
    );
    assert!(harness.state().folder.is_some());
    // Once more: refused, nothing changed.
    let before = std::fs::read(folder.join("body.ron")).unwrap();
    harness.state_mut().queue(Command::NewFolder);
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "文件路径")
        .focus();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness
        .get_by_role_and_label(Role::TextInput, "文件路径")
        .type_text(folder.to_str().unwrap());
    harness.run();
    harness.get_by_label("确定").click();
    harness.run();
    harness.get_by_label_contains("已经是常委会文件夹");
    assert_eq!(std::fs::read(folder.join("body.ron")).unwrap(), before);
}

#[test]
fn ctrl_f_finds_text_anywhere_in_the_session_and_goes_there() {
    let mut harness = small_harness_on(common::example(), RecordingDialogs::default());
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::F);
    harness.run();
    let field = harness.get_by_role_and_label(Role::TextInput, "查找内容");
    assert!(field.is_focused());
    // A phrase deep in a report's text.
    field.type_text("新受理行政复议案件132件");
    harness.run();
    harness.get_by_label("找到1处：");
    harness
        .get_by_label_contains("2023年度法治政府建设情况的专项工作报告》第")
        .click();
    harness.run();
    let editor = &harness.state().editor;
    assert_eq!(editor.section, huiwu::views::Section::Reports);
    let report = editor.report.unwrap();
    let session = common::session(&harness);
    let found = session.reports.iter().find(|r| r.id == report).unwrap();
    assert!(
        found
            .body
            .iter()
            .any(|b| b.plain_text().contains("新受理行政复议案件132件"))
    );

    // A name printed padded in lists, typed without the space: the member and the 列席.
    let field = harness.get_by_role_and_label(Role::TextInput, "查找内容");
    field.focus();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness
        .get_by_role_and_label(Role::TextInput, "查找内容")
        .type_text("苏康健");
    harness.run();
    harness.get_by_label_contains("列席：市人民检察院").click();
    harness.run();
    assert_eq!(
        harness.state().editor.section,
        huiwu::views::Section::Observers
    );
    // Enter walks the hits: a member's name.
    let field = harness.get_by_role_and_label(Role::TextInput, "查找内容");
    field.focus();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness
        .get_by_role_and_label(Role::TextInput, "查找内容")
        .type_text("史全新");
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    let member = harness.state().editor.member;
    let session = common::session(&harness);
    assert_eq!(
        member
            .and_then(|id| session.member(id))
            .map(|m| m.name.as_str()),
        Some("史全新")
    );
    assert_eq!(
        harness.state().editor.section,
        huiwu::views::Section::Attendance
    );
    // Esc closes it.
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(harness.query_by_label("查找内容").is_none());
}

/// A file dropped on the window, as the desktop hands it over.
#[derive(Debug)]
struct Dropped(std::path::PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &std::path::Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

fn drop_file(harness: &mut Harness<'static, HuiwuApp>, path: &std::path::Path) {
    harness
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(path.to_owned())));
    harness.run();
}

#[test]
fn a_file_dropped_on_the_window_opens_or_starts_the_import_preview() {
    let fixtures = std::path::Path::new(crate::REPO).join("tests/fixtures/import");
    // On the start page: a session file opens.
    let app = HuiwuApp::new(
        None,
        AppConfig::default(),
        Box::new(RecordingDialogs::default()),
    );
    let mut harness = common::small_window(app);
    harness.run();
    // A report with no session open: said, nothing else.
    drop_file(&mut harness, &fixtures.join("report-tables.docx"));
    assert!(harness.state().document.is_none());
    assert!(
        harness
            .state()
            .notice()
            .unwrap()
            .contains("请先打开或新建会议")
    );
    drop_file(&mut harness, &common::example_path());
    let document = harness
        .state()
        .document
        .as_ref()
        .expect("the session opened");
    assert_eq!(document.session.details.number, 9);
    // A report: the import preview of a report.
    drop_file(&mut harness, &fixtures.join("report-tables.docx"));
    harness.get_by_label_contains("导入预览");
    harness.get_by_label("取消").click();
    harness.run();
    // A 列席 list: recognised by its 单位 column, previewed as 列席人员.
    let dir = tempfile::tempdir().unwrap();
    let list = dir.path().join("名单.csv");
    std::fs::write(
        &list,
        "单位,姓名\r\n市人民政府,李可\r\n市直有关部门负责同志,\r\n",
    )
    .unwrap();
    drop_file(&mut harness, &list);
    harness.get_by_label_contains("导入预览");
    harness.get_by_label_contains("新增单位（无姓名）");
    harness.get_by_label("取消").click();
    harness.run();
    // An old Word file: told what to do.
    let old = dir.path().join("报告.doc");
    std::fs::write(&old, b"\xd0\xcf\x11\xe0").unwrap();
    drop_file(&mut harness, &old);
    assert!(harness.state().notice().unwrap().contains("另存为 .docx"));
    // A body's folder opens as the folder's list.
    drop_file(
        &mut harness,
        &std::path::Path::new(crate::REPO).join("sessions/hebi-12"),
    );
    assert!(harness.state().folder.is_some());
}

#[test]
fn the_guide_explains_the_work_and_lists_every_shortcut() {
    let mut harness = small_harness_on(common::example(), RecordingDialogs::default());
    harness.get_by_label("帮助").click();
    harness.run();
    harness.get_by_label_contains("使用说明").click();
    harness.run();
    // Every topic draws (a glyph missing from the bundled font would stop the test here).
    for topic in [
        "开始",
        "会前准备",
        "会议进行中",
        "会后发布",
        "常用操作",
        "文件安全",
    ] {
        harness
            .get_all_by_label(topic)
            .last()
            .unwrap()
            .click_accesskit();
        harness.run();
    }
    harness.get_by_label_contains("断电或程序异常时不会留下半个文件");
    harness
        .get_all_by_label("快捷键")
        .last()
        .unwrap()
        .click_accesskit();
    harness.run();
    // Read from the commands: each shortcut with its command.
    for (keys, what) in [
        ("Ctrl+F", "查找"),
        ("Ctrl+P", "选择要打印的文件"),
        ("F1", "使用说明"),
    ] {
        harness.get_by_label(keys);
        harness.get_all_by_label(what).next().unwrap();
    }
    // F1 keeps the one window open, on its topic.
    harness.key_press(egui::Key::F1);
    harness.run();
    harness.get_by_label("Ctrl+F");
}

#[test]
fn the_import_dialog_starts_in_the_folder_last_imported_from() {
    let fixtures = std::path::Path::new(crate::REPO).join("tests/fixtures/import");
    let mut harness = small_harness_on(common::example(), RecordingDialogs::default());
    let start = |harness: &mut Harness<'static, HuiwuApp>| {
        harness
            .state_mut()
            .queue(Command::Import(huiwu::import::ImportKind::Observers));
        harness.run();
        harness
            .get_by_label("导入文件路径")
            .value()
            .unwrap_or_default()
    };
    // First time: the session's folder.
    let first = start(&mut harness);
    assert!(first.contains("sessions"), "{first}");
    harness.get_by_label("导入文件路径").click();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness
        .get_by_label("导入文件路径")
        .type_text(&fixtures.join("observers.xlsx").display().to_string());
    harness.run();
    harness.get_by_label("预览").click();
    harness.run();
    harness.get_by_label_contains("导入预览");
    harness.get_by_label("取消").click();
    harness.run();
    // Next time: where the list came from.
    let second = start(&mut harness);
    assert!(second.starts_with(fixtures.to_str().unwrap()), "{second}");
    assert_eq!(
        harness.state().config().last_import_folder.as_deref(),
        Some(fixtures.as_path())
    );
}

#[test]
fn an_item_to_be_heard_takes_no_vote_and_is_not_heard_before_the_session() {
    let mut session = common::example();
    session.details.dates = vec![chrono::NaiveDate::from_ymd_opt(2099, 1, 5).unwrap()];
    let mut item = session.agenda[0].clone();
    item.set_kind(huiwu::model::AgendaKind::Hear);
    assert_eq!(item.outcome, huiwu::model::Outcome::Deliberated);
    // Back to 听取和审议: waits for its vote again; a hand-chosen 暂缓 stays.
    item.set_kind(huiwu::model::AgendaKind::HearAndDeliberate);
    assert_eq!(item.outcome, huiwu::model::Outcome::Pending);
    item.outcome = huiwu::model::Outcome::Deferred;
    item.set_kind(huiwu::model::AgendaKind::Hear);
    assert_eq!(item.outcome, huiwu::model::Outcome::Deferred);

    // In the window: choose 听取 for an item of a session still to come.
    session.votes.clear();
    let mut harness = small_harness_on(session, RecordingDialogs::default());
    harness
        .state_mut()
        .queue(Command::Show(huiwu::views::Section::Agenda));
    harness.run();
    let first = common::session(&harness).agenda[0].id;
    harness.state_mut().editor.agenda_item = Some(first);
    harness.run();
    harness.get_by_label("议题类型").click();
    harness.run();
    harness.get_by_label("听取").click();
    harness.run();
    let item = &common::session(&harness).agenda[0];
    assert_eq!(item.kind, huiwu::model::AgendaKind::Hear);
    assert_eq!(item.outcome, huiwu::model::Outcome::Deliberated);
    harness.get_by_label("结果：不表决，待审议");
    assert!(harness.query_by_label("结果：已审议").is_none());
}

#[test]
fn the_status_bar_says_where_the_work_is() {
    let app = HuiwuApp::new(
        Some(Document::untitled(Session::default())),
        AppConfig::default(),
        Box::new(RecordingDialogs::default()),
    );
    let mut harness = common::small_window(app);
    harness.run();
    harness.get_by_label("新会议，尚未保存为文件（Ctrl+S 保存）");
    assert!(harness.query_by_label("已保存").is_none());
    let harness = small_harness_on(common::example(), RecordingDialogs::default());
    harness.get_by_label("所有改动已保存");
}

#[test]
fn tab_goes_from_field_to_field_and_never_to_a_delete_button() {
    let mut harness = common::window(HuiwuApp::new(
        Some(Document::opened(common::example(), None)),
        AppConfig::default(),
        Box::new(RecordingDialogs::default()),
    ));
    harness
        .state_mut()
        .queue(Command::Show(huiwu::views::Section::Attendance));
    harness.run();
    harness.get_by_value("史全新").click();
    harness.run();
    let mut reached_next_row = false;
    for _ in 0..12 {
        harness.key_press(egui::Key::Tab);
        harness.run();
        for label in ["删除", "↑", "↓"] {
            assert!(
                harness.query_all_by_label(label).all(|n| !n.is_focused()),
                "Tab landed on {label}"
            );
        }
        if harness
            // The second member in list order.
            .query_all_by_value("郑辉")
            .any(|n| n.is_focused())
        {
            reached_next_row = true;
            break;
        }
    }
    assert!(reached_next_row, "Tab did not reach the next member's name");
}

#[test]
fn right_click_menus_on_list_rows_insert_move_copy_and_delete() {
    let mut harness = common::window(HuiwuApp::new(
        Some(Document::opened(common::example(), None)),
        AppConfig::default(),
        Box::new(RecordingDialogs::default()),
    ));
    let before = common::session(&harness).clone();
    // 议程: insert below the first item, then move it down, copy it, delete it.
    harness
        .state_mut()
        .queue(Command::Show(huiwu::views::Section::Agenda));
    harness.run();
    harness
        .get_by_label_contains("一、听取和审议市人民政府关于2023年重点民生实事")
        .click_secondary();
    harness.run();
    harness.get_by_label("在下方插入议题").click();
    harness.run();
    let agenda = &common::session(&harness).agenda;
    assert_eq!(agenda.len(), before.agenda.len() + 1);
    assert!(agenda[1].title.is_empty());
    assert_eq!(agenda[0].id, before.agenda[0].id);
    harness
        .get_by_label_contains("一、听取和审议市人民政府关于2023年重点民生实事")
        .click_secondary();
    harness.run();
    harness.get_by_label("下移").click();
    harness.run();
    assert_eq!(common::session(&harness).agenda[1].id, before.agenda[0].id);
    harness
        .get_by_label_contains("二、听取和审议市人民政府关于2023年重点民生实事")
        .click_secondary();
    harness.run();
    harness.get_by_label("复制文字").click();
    harness.step();
    let copied = harness.output().platform_output.commands.iter().any(
        |c| matches!(c, egui::OutputCommand::CopyText(text) if text.contains("2023年重点民生实事")),
    );
    assert!(copied, "{:?}", harness.output().platform_output.commands);
    harness.run();
    // The new, empty item (now first) is deleted; undo brings it back, as the row's own 删除.
    harness.get_by_label("一、（无标题）").click_secondary();
    harness.run();
    harness.get_by_label("删除议题").click();
    harness.run();
    assert_eq!(common::session(&harness).agenda, before.agenda);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(
        common::session(&harness).agenda.len(),
        before.agenda.len() + 1
    );

    // 出席: a member inserted above another takes that member's role and place.
    harness
        .state_mut()
        .queue(Command::Show(huiwu::views::Section::Attendance));
    harness.run();
    harness.get_by_value("郑辉").click_secondary();
    harness.run();
    harness.get_by_label("在上方插入组成人员").click();
    harness.run();
    let roster = &common::session(&harness).roster;
    let zheng = roster.iter().position(|m| m.name == "郑辉").unwrap();
    assert!(roster[zheng - 1].name.is_empty());
    assert_eq!(roster[zheng - 1].role, roster[zheng].role);
    // The roster keeps its own order: no 上移 there.
    harness.get_by_value("郑辉").click_secondary();
    harness.run();
    assert!(harness.query_by_label("上移").is_none());
    harness.key_press(egui::Key::Escape);
    harness.run();

    // 列席: a unit moved up.
    harness
        .state_mut()
        .queue(Command::Show(huiwu::views::Section::Observers));
    harness.run();
    let second = common::session(&harness).observers[1].unit.clone();
    harness.get_by_value(&second).click_secondary();
    harness.run();
    harness.get_by_label("上移").click();
    harness.run();
    assert_eq!(common::session(&harness).observers[0].unit, second);
}
