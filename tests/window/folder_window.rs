//! The window on a body's folder (issue 15), headless with egui_kittest: the list of the term's
//! sessions, opening one from it and going back, 新建会议 in the folder, the registers' pages,
//! and opening a folder from the start page.

use crate::common;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use huiwu::app::HuiwuApp;
use huiwu::command::Command;
use huiwu::dialogs::TypedPathOnly;
use huiwu::io::config::AppConfig;
use std::path::Path;

fn window_on_folder(folder: &Path) -> Harness<'static, HuiwuApp> {
    let mut app = HuiwuApp::new(None, AppConfig::default(), Box::new(TypedPathOnly));
    app.open_folder(folder);
    let mut harness = common::window(app);
    harness.run();
    harness
}

#[test]
fn the_folder_lists_its_sessions_and_opens_one_and_comes_back() {
    let (_dir, folder) = common::copied_example_folder();
    let mut harness = window_on_folder(&folder);
    harness.get_by_label_contains("鹤壁市人民代表大会常务委员会（第十二届）");
    harness.get_by_label("第九次会议");
    harness.get_by_label("2023年12月21日");
    harness.get_by_label("已结束");
    harness.get_by_label("hebi-12-09.ron");
    harness.get_by_label("打开").click();
    harness.run();
    let document = harness.state().document.as_ref().unwrap();
    assert_eq!(document.session.details.number, 9);
    assert!(document.lock.is_some(), "opened with its own lock");
    // 会议列表 closes the session (its lock goes) and shows the folder again.
    harness.state_mut().queue(Command::ShowFolder);
    harness.run();
    assert!(harness.state().document.is_none());
    assert!(!huiwu::io::lock::lock_path(&folder.join("hebi-12-09.ron")).exists());
    harness.get_by_label("hebi-12-09.ron");
}

#[test]
fn a_new_session_in_the_folder_takes_the_body_and_is_saved_into_it() {
    let (_dir, folder) = common::copied_example_folder();
    let mut harness = window_on_folder(&folder);
    harness.get_by_label("新建会议（第十次）").click();
    harness.run();
    let document = harness.state().document.as_ref().unwrap();
    assert_eq!(document.session.details.number, 10);
    assert_eq!(document.session.roster.len(), 41);
    assert!(document.session.absences.is_empty());
    assert_eq!(
        document.path.as_deref(),
        Some(folder.join("hebi-12-10.ron").as_path())
    );
    assert!(folder.join("hebi-12-10.ron").is_file());
    // Back on the list, it is there, 筹备中.
    harness.state_mut().queue(Command::ShowFolder);
    harness.run();
    harness.get_by_label("第十次会议");
    harness.get_by_label("筹备中");
}

#[test]
fn the_registers_have_their_pages() {
    let (_dir, folder) = common::copied_example_folder();
    let mut harness = window_on_folder(&folder);
    harness.get_by_label("出席情况").click();
    harness.run();
    harness.get_by_label("2023年已举行会议1次");
    harness.get_by_label("史全新");
    harness.get_by_label("人事任免").click();
    harness.run();
    harness.get_by_label("现任职务");
    harness
        .get_all_by_label("鹤壁市科学技术局局长")
        .next()
        .unwrap();
    harness.get_by_label("代表建议").click();
    harness.run();
    harness.get_by_label("2022年").click();
    harness.run();
    harness.get_by_label("关于加大浚县灾后恢复重建帮扶支持力度的建议");
    harness.get_by_label("导出重点督办建议办理结果…").click();
    harness.run();
    harness.get_by_label("重点督办建议办理结果");
}

#[test]
fn the_start_page_opens_a_folder_by_its_typed_path() {
    let (_dir, folder) = common::copied_example_folder();
    let app = HuiwuApp::new(None, AppConfig::default(), Box::new(TypedPathOnly));
    let mut harness = common::window(app);
    harness.run();
    harness.get_by_label("打开文件夹…").click();
    harness.run();
    harness.get_by_label("打开常委会文件夹");
    harness.get_by_label("文件路径").click();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.run();
    harness
        .get_by_label("文件路径")
        .type_text(&folder.display().to_string());
    harness.run();
    harness.get_by_label("确定").click();
    harness.run();
    assert!(harness.state().folder.is_some());
    harness.get_by_label("hebi-12-09.ron");
    // A session opened from a body's folder brings the folder along.
    let app = HuiwuApp::new(None, AppConfig::default(), Box::new(TypedPathOnly));
    let mut harness = common::window(app);
    harness.state_mut().open(&folder.join("hebi-12-09.ron"));
    harness.run();
    assert!(harness.state().folder.is_some());
}

#[test]
fn suggestions_and_opinions_are_entered_in_the_window_under_the_lock() {
    let (_dir, folder) = common::copied_example_folder();
    let body_path = huiwu::io::folder::body_path(&folder);
    let mut harness = window_on_folder(&folder);
    harness.get_by_label("修改登记").click();
    harness.run();
    assert!(
        huiwu::io::lock::lock_path(&body_path).exists(),
        "body.ron is locked"
    );
    harness.get_by_label("代表建议").click();
    harness.run();
    harness.get_by_label("新增代表建议（2025年度）…").click();
    harness.run();
    common::type_into(&mut harness, "建议标题", "关于加强老旧小区电梯加装的建议");
    common::type_into(&mut harness, "领衔代表", "张三");
    common::type_into(&mut harness, "牵头（主办）单位", "鹤壁市住房和城乡建设局");
    common::type_into(&mut harness, "交办日期", "2025-03-20");
    harness.get_by_label("添加建议").click();
    harness.run();
    let body = huiwu::io::folder::load_body(&body_path).unwrap();
    assert_eq!(body.suggestions.len(), 31, "saved at once");
    let added = body.suggestions.last().unwrap();
    assert_eq!(added.year, 2025);
    assert_eq!(added.lead_units, ["鹤壁市住房和城乡建设局"]);
    // Its answer: class B, basically satisfied.
    harness.get_all_by_label("登记答复").last().unwrap().click();
    harness.run();
    harness.get_by_label("B类").click();
    harness.get_by_label("基本满意").click();
    harness.run();
    common::type_into(&mut harness, "办理情况", "一是加快推进。");
    harness.get_by_label("保存答复").click();
    harness.run();
    let body = huiwu::io::folder::load_body(&body_path).unwrap();
    let answer = body.suggestions.last().unwrap().last_answer().unwrap();
    assert_eq!(
        answer.class,
        Some(huiwu::model::term::suggestions::AnswerClass::B)
    );
    assert_eq!(
        answer.satisfaction,
        Some(huiwu::model::Grade::BasicallySatisfied)
    );
    assert_eq!(answer.text, "一是加快推进。");
    // 审议意见 on the first report deliberated, due 2024-03-28.
    harness.get_by_label("审议意见").click();
    harness.run();
    harness
        .get_all_by_label("登记审议意见")
        .next()
        .unwrap()
        .click();
    harness.run();
    common::type_into(&mut harness, "审议意见送达日期", "2023-12-28");
    common::type_into(&mut harness, "审议意见答复期限", "2024-03-28");
    harness.get_by_label("保存审议意见").click();
    harness.run();
    let body = huiwu::io::folder::load_body(&body_path).unwrap();
    assert_eq!(body.opinions.len(), 1);
    assert_eq!(
        body.opinions[0].deadline,
        chrono::NaiveDate::from_ymd_opt(2024, 3, 28)
    );
    harness.get_by_label_contains("逾期未答复（");
    // A day that is no day is refused beside the form.
    harness.get_by_label("登记答复").click();
    harness.run();
    common::type_into(&mut harness, "答复收到日期", "上周");
    harness.get_by_label("保存答复").click();
    harness.run();
    harness.get_by_label_contains("「答复收到日期」的「上周」不是日期");
    assert!(
        huiwu::io::folder::load_body(&body_path).unwrap().opinions[0]
            .reply
            .is_none()
    );
    harness.get_by_label("完成修改").click();
    harness.run();
    assert!(!huiwu::io::lock::lock_path(&body_path).exists(), "released");
}

#[test]
fn body_ron_edited_by_someone_else_is_not_edited_here() {
    let (_dir, folder) = common::copied_example_folder();
    let body_path = huiwu::io::folder::body_path(&folder);
    let guard = huiwu::io::lock::acquire(&body_path, chrono::Local::now()).unwrap();
    let mut harness = window_on_folder(&folder);
    harness.get_by_label("修改登记").click();
    harness.run();
    harness.get_by_label_contains("正由");
    assert!(harness.state().folder.as_ref().unwrap().body_lock.is_none());
    drop(guard);
}

#[test]
fn a_folder_given_as_the_file_to_open_opens_as_a_folder() {
    let (dir, folder) = common::copied_example_folder();
    let app = HuiwuApp::new(None, AppConfig::default(), Box::new(TypedPathOnly));
    let mut harness = common::window(app);
    // What `huiwu FOLDER` does.
    harness.state_mut().open(&folder);
    harness.run();
    assert!(harness.state().folder.is_some());
    assert!(harness.state().document.is_none());
    harness.get_by_label("hebi-12-09.ron");
    // No lock file was made for the folder itself.
    let stray: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".lock"))
        .collect();
    assert!(stray.is_empty(), "{stray:?}");
}

#[test]
fn the_roster_opinion_texts_and_suggestions_are_edited_in_the_window() {
    let (_dir, folder) = common::copied_example_folder();
    let body_path = huiwu::io::folder::body_path(&folder);
    {
        // An opinion to write, as the 登记审议意见 form leaves it.
        let mut body = huiwu::io::folder::load_body(&body_path).unwrap();
        let id = body.add_opinion(9, huiwu::model::ReportId(2), "市人民政府");
        body.record_opinion_sent(
            id,
            chrono::NaiveDate::from_ymd_opt(2023, 12, 28).unwrap(),
            chrono::NaiveDate::from_ymd_opt(2024, 3, 28),
        )
        .unwrap();
        huiwu::io::folder::save_body(&body, &body_path).unwrap();
    }
    let mut harness = window_on_folder(&folder);
    harness.get_by_label("组成人员").click();
    harness.run();
    harness.get_by_label_contains("组成人员41人：主任1人，副主任4人，秘书长1人，委员35人");
    harness.get_by_label("修改登记").click();
    harness.run();
    // A new member from a day.
    harness.get_by_label("新增组成人员…").click();
    harness.run();
    common::type_into(&mut harness, "人员姓名", "张新");
    harness.get_by_label("女").click();
    common::type_into(&mut harness, "起始日期（留空为届初）", "2024-06-01");
    harness.get_by_label("确定").click();
    harness.run();
    let body = huiwu::io::folder::load_body(&body_path).unwrap();
    let added = body.members.last().unwrap();
    assert_eq!(added.name, "张新");
    assert_eq!(added.gender, huiwu::model::Gender::Female);
    harness.get_by_label("委员（2024年6月1日起）");
    // The first member leaves: the history shows the day, and the count drops.
    harness.get_all_by_label("离任…").next().unwrap().click();
    harness.run();
    common::type_into(&mut harness, "离任日期", "2025-06-30");
    harness.get_by_label("确定").click();
    harness.run();
    harness.get_by_label("主任（届初至2025年6月30日）");
    harness.get_by_label_contains("组成人员41人：主任0人");
    let body = huiwu::io::folder::load_body(&body_path).unwrap();
    assert!(body.members[0].current_period().is_none());
    // The opinion's text: the draft is offered, edited and saved.
    harness.get_by_label("审议意见").click();
    harness.run();
    harness.get_by_label("撰写正文…").click();
    harness.run();
    harness.get_by_label_contains("正文中仍有【】标出的待填写内容");
    harness.get_by_label("保存正文").click();
    harness.run();
    let body = huiwu::io::folder::load_body(&body_path).unwrap();
    let text = huiwu::model::text::plain_text_from_blocks(&body.opinions[0].text);
    assert!(
        text.contains("听取和审议了市人民政府关于2023年重点民生实事"),
        "{text}"
    );
    harness.get_by_label("修改正文…");
    // A suggestion's fields beyond the first form.
    harness.get_by_label("代表建议").click();
    harness.run();
    harness.get_all_by_label("编辑…").next().unwrap().click();
    harness.run();
    common::type_into(&mut harness, "联名代表（以、分隔）", "李四、王五");
    common::type_into(&mut harness, "类别", "城乡建设");
    common::type_into(&mut harness, "答复期限（延期时填写）", "明年");
    harness.get_by_label("保存").click();
    harness.run();
    harness.get_by_label_contains("「答复期限」的「明年」不是日期");
    common::type_into(&mut harness, "答复期限（延期时填写）", "2025-12-31");
    harness.get_by_label("保存").click();
    harness.run();
    let body = huiwu::io::folder::load_body(&body_path).unwrap();
    let year = body.suggestion_years().last().copied().unwrap();
    let first = body.suggestions_of(year).next().unwrap();
    assert_eq!(first.co_signers, ["李四", "王五"]);
    assert_eq!(first.category, "城乡建设");
    assert_eq!(
        first.deadline,
        chrono::NaiveDate::from_ymd_opt(2025, 12, 31)
    );
}

#[test]
fn suggestions_are_imported_from_a_workbook_in_the_window() {
    let (_dir, folder) = common::copied_example_folder();
    let body_path = huiwu::io::folder::body_path(&folder);
    let before = huiwu::io::folder::load_body(&body_path)
        .unwrap()
        .suggestions
        .len();
    let mut harness = window_on_folder(&folder);
    harness.get_by_label("修改登记").click();
    harness.run();
    harness.get_by_label("代表建议").click();
    harness.run();
    harness.get_by_label("从表格导入…").click();
    harness.run();
    // A Word file is refused in the dialog, naming it; nothing is saved.
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import");
    common::type_into(
        &mut harness,
        "文件路径",
        &fixtures.join("report-tables.docx").display().to_string(),
    );
    harness.get_by_label("确定").click();
    harness.run();
    harness.get_by_label_contains("report-tables.docx");
    assert_eq!(
        huiwu::io::folder::load_body(&body_path)
            .unwrap()
            .suggestions
            .len(),
        before
    );
    common::type_into(
        &mut harness,
        "文件路径",
        &fixtures.join("suggestions.xlsx").display().to_string(),
    );
    harness.get_by_label("确定").click();
    harness.run();
    let body = huiwu::io::folder::load_body(&body_path).unwrap();
    assert_eq!(body.suggestions.len(), before + 2, "saved at once");
    assert_eq!(body.suggestions.last().unwrap().number, "第2号");
    harness.get_by_label("关于加强老旧小区电梯加装的建议");
}

#[test]
fn a_suggestion_is_deleted_only_once_confirmed_and_undone_by_the_shortcuts() {
    let (_dir, folder) = common::copied_example_folder();
    let body_path = huiwu::io::folder::body_path(&folder);
    let before = huiwu::io::folder::load_body(&body_path).unwrap();
    let mut harness = window_on_folder(&folder);
    harness.get_by_label("修改登记").click();
    harness.run();
    harness.get_by_label("代表建议").click();
    harness.run();
    harness.get_all_by_label("删除…").next().unwrap().click();
    harness.run();
    harness.get_by_label_contains("从常委会文件夹中删除代表建议「");
    harness.get_by_label("取消").click();
    harness.run();
    assert_eq!(huiwu::io::folder::load_body(&body_path).unwrap(), before);
    harness.get_all_by_label("删除…").next().unwrap().click();
    harness.run();
    harness.get_by_label("删除").click();
    harness.run();
    let after = huiwu::io::folder::load_body(&body_path).unwrap();
    assert_eq!(after.suggestions.len(), before.suggestions.len() - 1);
    let year = before.suggestion_years().last().copied().unwrap();
    let gone = before.suggestions_of(year).next().unwrap();
    assert!(
        after.suggestion(gone.id).is_none(),
        "the first of the year shown"
    );
    // Ctrl+Z saves body.ron as it was; Ctrl+Y deletes it again; Ctrl+Z once more.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(huiwu::io::folder::load_body(&body_path).unwrap(), before);
    assert_eq!(
        harness.state().folder.as_ref().unwrap().opened().body,
        before
    );
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Y);
    harness.run();
    assert_eq!(huiwu::io::folder::load_body(&body_path).unwrap(), after);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(huiwu::io::folder::load_body(&body_path).unwrap(), before);
    // Once the lock is given back, undo has nothing to take back: someone else may change
    // body.ron now.
    harness.get_by_label("完成修改").click();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Y);
    harness.run();
    assert_eq!(huiwu::io::folder::load_body(&body_path).unwrap(), before);
}

/// The folder screen drawn alone, with the sender it sends to: nothing carries out what it asks.
struct BareFolderScreen {
    view: huiwu::views::folder::FolderView,
    sender: huiwu::sender::Sender,
}

#[test]
fn drawing_the_folder_screen_writes_no_file_it_only_sends() {
    use huiwu::command::{FolderRequest, Request};
    let (_dir, folder) = common::copied_example_folder();
    let files = |folder: &Path| {
        let mut names: Vec<_> = std::fs::read_dir(folder)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        names.sort();
        names
    };
    let before = files(&folder);
    let body_before = std::fs::read(huiwu::io::folder::body_path(&folder)).unwrap();
    let opened = huiwu::io::folder::open_folder(&folder).unwrap();
    let view = huiwu::views::folder::FolderView::new(opened);
    let today = chrono::NaiveDate::from_ymd_opt(2025, 6, 1).unwrap();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1440.0, 900.0))
        .with_context_setup(huiwu::app::install_fonts)
        .build_ui_state(
            move |ui, state: &mut BareFolderScreen| {
                huiwu::views::folder::folder_ui(ui, &mut state.view, today, &mut state.sender);
            },
            BareFolderScreen {
                view,
                sender: huiwu::sender::Sender::default(),
            },
        );
    harness.run();
    harness.get_by_label_contains("新建会议（第").click();
    harness.run();
    harness.get_by_label("修改登记").click();
    harness.run();
    assert_eq!(
        harness.state().sender.requests(),
        [
            Request::Folder(FolderRequest::NewSession),
            Request::Folder(FolderRequest::StartEditing)
        ]
    );
    // No session file written, no lock taken, body.ron untouched.
    assert_eq!(files(&folder), before);
    assert_eq!(
        std::fs::read(huiwu::io::folder::body_path(&folder)).unwrap(),
        body_before
    );
}
