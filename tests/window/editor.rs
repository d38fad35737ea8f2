//! The editor window driven headless with egui_kittest: the main flows of preparing a session.

use crate::common;
use common::session;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use huiwu::app::HuiwuApp;
use huiwu::command::Command;
use huiwu::dialogs::TypedPathOnly;
use huiwu::document::Document;
use huiwu::io::config::AppConfig;
use huiwu::model::{AttendanceStatus, Session};
use std::path::PathBuf;

fn harness_on(session: Session, path: Option<PathBuf>) -> Harness<'static, HuiwuApp> {
    let app = HuiwuApp::new(
        Some(Document::opened(session, path)),
        AppConfig::default(),
        Box::new(TypedPathOnly),
    );
    let mut harness = common::window(app);
    harness.run();
    harness
}

fn is_dirty(harness: &Harness<'_, HuiwuApp>) -> bool {
    harness.state().document.as_ref().unwrap().is_dirty()
}

fn show(harness: &mut Harness<'_, HuiwuApp>, nav_label: &str) {
    harness.get_by_label_contains(nav_label).click();
    harness.run();
}

/// The `nth` attendance button showing `status` (the column header has the same text but is no button).
fn status_button<'h>(
    harness: &'h Harness<'_, HuiwuApp>,
    status: &'h str,
    nth: usize,
) -> egui_kittest::Node<'h> {
    harness
        .get_all_by_role_and_label(egui::accesskit::Role::Button, status)
        .nth(nth)
        .unwrap()
}

fn undo(harness: &mut Harness<'_, HuiwuApp>) {
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
}

fn redo(harness: &mut Harness<'_, HuiwuApp>) {
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    harness.run();
}

#[test]
fn add_an_agenda_item_and_move_it_then_undo_and_redo() {
    let mut harness = harness_on(common::example(), None);
    show(&mut harness, "议程　14");
    harness.get_by_label("＋ 添加议题").click();
    harness.run();
    assert_eq!(session(&harness).agenda.len(), 15);
    let new_id = session(&harness).agenda[14].id;
    assert_eq!(harness.state().editor.agenda_item, Some(new_id));
    assert!(is_dirty(&harness));

    // Move it up with the button, then with the keyboard (Alt+↑).
    harness.get_by_label("↑").click();
    harness.run();
    assert_eq!(session(&harness).agenda[13].id, new_id);
    harness.key_press_modifiers(Modifiers::ALT, Key::ArrowUp);
    harness.run();
    assert_eq!(session(&harness).agenda[12].id, new_id);

    // Each action is one undo step.
    undo(&mut harness);
    assert_eq!(session(&harness).agenda[13].id, new_id);
    undo(&mut harness);
    assert_eq!(session(&harness).agenda[14].id, new_id);
    undo(&mut harness);
    assert_eq!(session(&harness).agenda.len(), 14);
    assert!(
        !is_dirty(&harness),
        "undoing back to the saved state clears the unsaved mark"
    );
    redo(&mut harness);
    assert_eq!(session(&harness).agenda.len(), 15);
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run();
    assert_eq!(session(&harness).agenda[13].id, new_id);
}

#[test]
fn mark_a_member_on_leave_and_see_counts_and_quorum_change() {
    let mut harness = harness_on(common::example(), None);
    show(&mut harness, "出席　41");
    assert!(
        harness
            .query_all_by_label("应到41人，实到35人，请假6人，缺席0人")
            .next()
            .is_some()
    );
    assert!(
        harness
            .query_all_by_label("√ 符合法定人数")
            .next()
            .is_some()
    );
    // The first row is 史全新: one click puts him on leave, a second marks him absent.
    status_button(&harness, "出席", 0).click();
    harness.run();
    let chair = session(&harness).roster[0].id;
    assert_eq!(
        session(&harness).attendance_of(chair),
        AttendanceStatus::OnLeave(String::new())
    );
    assert!(
        harness
            .query_all_by_label("应到41人，实到34人，请假7人，缺席0人")
            .next()
            .is_some()
    );
    status_button(&harness, "请假", 0).click();
    harness.run();
    assert_eq!(
        session(&harness).attendance_of(chair),
        AttendanceStatus::Absent
    );
    assert!(
        harness
            .query_all_by_label("应到41人，实到34人，请假6人，缺席1人")
            .next()
            .is_some()
    );

    // Put fourteen more members on leave: 20 of 41 present is no quorum.
    for _ in 0..14 {
        status_button(&harness, "出席", 1).click();
        harness.run();
    }
    assert!(
        harness
            .query_all_by_label("应到41人，实到20人，请假20人，缺席1人")
            .next()
            .is_some()
    );
    assert!(
        harness
            .query_all_by_label("× 不符合法定人数")
            .next()
            .is_some()
    );

    harness.get_by_label("全部出席").click();
    harness.run();
    assert!(
        harness
            .query_all_by_label("应到41人，实到41人，请假0人，缺席0人")
            .next()
            .is_some()
    );
    undo(&mut harness);
    assert!(
        harness
            .query_all_by_label("应到41人，实到20人，请假20人，缺席1人")
            .next()
            .is_some()
    );
}

#[test]
fn edit_a_report_title_and_undo_it() {
    let mut harness = harness_on(common::example(), None);
    show(&mut harness, "报告　27");
    let original = session(&harness).reports[1].title.clone();
    harness.get_by_label_contains(&original).click();
    harness.run();
    // The list shows the title as a label too; the editable field is the text input.
    harness.get_all_by_value(&original).last().unwrap().click();
    harness.run();
    harness.key_press(Key::End);
    harness
        .get_all_by_value(&original)
        .last()
        .unwrap()
        .type_text("（修订稿）");
    harness.run();
    let edited = format!("{original}（修订稿）");
    assert_eq!(session(&harness).reports[1].title, edited);
    undo(&mut harness);
    assert_eq!(session(&harness).reports[1].title, original);
    redo(&mut harness);
    assert_eq!(session(&harness).reports[1].title, edited);
}

#[test]
fn save_reload_equal() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    let mut harness = harness_on(common::example(), Some(path.clone()));
    show(&mut harness, "列席");
    harness.get_by_label("＋ 添加列席单位").click();
    harness.run();
    assert!(is_dirty(&harness));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert!(!is_dirty(&harness));
    let reloaded = huiwu::io::load(&path).unwrap();
    assert_eq!(&reloaded, session(&harness));
    assert_eq!(reloaded.observers.len(), 14);
}

#[test]
fn every_screen_draws_the_example_session() {
    let mut harness = harness_on(common::example(), None);
    for label in [
        "概况",
        "议程　",
        "出席　",
        "列席　",
        "报告　",
        "决议　",
        "任免　",
        "表决/测评　",
    ] {
        show(&mut harness, label);
    }
    // Select something on each list screen so that the editors draw too.
    show(&mut harness, "决议　");
    harness
        .get_by_label_contains("关于加强检察建议工作的决议\n")
        .click();
    harness.run();
    harness.get_by_label_contains(
        "（2023年12月21日鹤壁市第十二届人民代表大会常务委员会第九次会议通过）",
    );
    show(&mut harness, "任免　");
    harness
        .get_by_label_contains("关于提请任免张建华等6名同志职务的议案")
        .click();
    harness.run();
    harness.get_by_label("决定任命：");
}

#[test]
fn closing_with_unsaved_changes_asks_first() {
    let mut harness = harness_on(common::example(), None);
    show(&mut harness, "出席　");
    harness.get_by_label("全部出席").click();
    harness.run();
    harness.state_mut().queue(Command::Quit);
    harness.run();
    harness.get_by_label("有未保存的修改");
    harness.get_by_label("取消").click();
    harness.run();
    assert!(harness.query_by_label("有未保存的修改").is_none());
    assert!(is_dirty(&harness), "cancel keeps the work");
}

#[test]
fn new_session_follows_the_open_one() {
    let mut harness = harness_on(common::example(), None);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    harness.run();
    harness
        .get_by_label_contains("延续本次会议（第十次会议）")
        .click();
    harness.run();
    let next = session(&harness);
    assert_eq!(next.details.number, 10);
    assert_eq!(next.roster.len(), 41);
    assert!(next.absences.is_empty());
    assert_eq!(next.observers.len(), 13);
    assert!(next.agenda.is_empty() && next.reports.is_empty());
}

/// Clicks the export dialog's 「导出」 (the menu bar has a 「导出」 menu too) and waits for the
/// app's worker to write every document.
fn export_and_wait(harness: &mut Harness<'_, HuiwuApp>) {
    harness
        .get_all_by_role_and_label(egui::accesskit::Role::Button, "导出")
        .last()
        .unwrap()
        .click();
    harness.step();
    for _ in 0..500 {
        harness.step();
        if harness
            .state_mut()
            .export_dialog_mut()
            .is_some_and(|d| !d.is_running())
        {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    harness.run();
}

#[test]
fn export_dialog_previews_and_writes_documents_in_the_background() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness_on(common::example(), Some(dir.path().join("hebi.ron")));
    harness
        .state_mut()
        .queue(Command::Export(Some(huiwu::export::DocKind::Appointments)));
    harness.run();
    // The folder field, named for screen readers after its label.
    harness.get_by_role_and_label(egui::accesskit::Role::TextInput, "导出到文件夹");
    // The preview shows the list as it will print.
    harness.get_all_by_label("预览").nth(3).unwrap().click();
    harness.run();
    harness.get_by_label_contains("鹤壁市十二届人大常委会第九次会议人事任免名单");
    // Choose the minutes too, as plain text, and export.
    harness.get_by_label("会议纪要").click();
    harness.get_by_label("纯文本（.txt）").click();
    harness.run();
    harness.state_mut().export_dialog_mut().unwrap().folder = dir.path().display().to_string();
    harness.run();
    export_and_wait(&mut harness);
    let dialog = harness.state_mut().export_dialog_mut().unwrap();
    assert_eq!(dialog.results.len(), 2, "{:?}", dialog.results);
    assert!(
        dialog.results.iter().all(|(_, r)| r.is_ok()),
        "{:?}",
        dialog.results
    );
    let list = std::fs::read_to_string(dir.path().join("hebi-人事任免名单.txt")).unwrap();
    assert_eq!(
        common::fold(&list),
        common::fold(&common::golden("seed-appointments.txt"))
    );
    assert!(dir.path().join("hebi-会议纪要.txt").is_file());
    harness.get_by_label_contains("已导出人事任免名单");
}

#[test]
fn all_present_over_recorded_absences_shows_undo_right_there() {
    let example = common::example();
    let absences = example.absences.clone();
    let mut harness = harness_on(example, None);
    show(&mut harness, "出席　");
    harness.get_by_label("全部出席").click();
    harness.run();
    assert!(common::session(&harness).absences.is_empty());
    harness.get_by_label("已将全体设为出席（清除了6条请假/缺席记录）");
    harness.get_by_label("撤销").click();
    harness.run();
    assert_eq!(common::session(&harness).absences, absences);
}

#[test]
fn a_stored_result_of_an_earlier_version_is_settled_in_the_agenda() {
    let mut example = common::example();
    example.agenda[0].legacy_result = Some(huiwu::model::LegacyResult::Rejected);
    let item = example.agenda[0].id;
    let mut harness = harness_on(example, None);
    harness.state_mut().editor.agenda_item = Some(item);
    show(&mut harness, "议程　");
    harness.get_by_label_contains("旧版本文件中记为「未获通过」");
    harness.get_by_label("以表决记录为准").click();
    harness.run();
    assert_eq!(common::session(&harness).agenda[0].legacy_result, None);
}

/// The window on the example session with its settings kept in `dir/config.ron`.
fn harness_with_config_in(dir: &std::path::Path) -> Harness<'static, HuiwuApp> {
    let app = HuiwuApp::new(
        Some(Document::opened(common::example(), None)),
        AppConfig::load_from(dir.join("config.ron")),
        Box::new(TypedPathOnly),
    );
    let mut harness = common::window(app);
    harness.run();
    harness
}

/// Opens the menu `menu` of the menu bar, then its submenu `submenu`, and clicks `entry`.
fn choose_in_menu(harness: &mut Harness<'_, HuiwuApp>, menu: &str, submenu: &str, entry: &str) {
    harness.get_by_label(menu).click();
    harness.run();
    harness.get_by_label(submenu).hover();
    harness.run();
    harness.get_by_label(entry).click();
    harness.run();
}

#[test]
fn the_window_is_light_by_default_and_dark_or_back_is_kept_in_the_settings() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness_with_config_in(dir.path());
    assert_eq!(harness.ctx.theme(), egui::Theme::Light);
    // The type is the same size in both themes.
    for theme in [egui::Theme::Light, egui::Theme::Dark] {
        let style = harness.ctx.style_of(theme);
        assert_eq!(
            style.text_styles[&egui::TextStyle::Body].size,
            15.0,
            "{theme:?}"
        );
        assert_eq!(
            style.text_styles[&egui::TextStyle::Heading].size,
            22.0,
            "{theme:?}"
        );
    }

    choose_in_menu(&mut harness, "视图", "外观", "深色");
    assert_eq!(harness.ctx.theme(), egui::Theme::Dark);
    let stored = AppConfig::load_from(dir.path().join("config.ron"));
    assert_eq!(stored.appearance, huiwu::io::config::Appearance::Dark);
    // The next run starts dark.
    drop(harness);
    let mut harness = harness_with_config_in(dir.path());
    assert_eq!(harness.ctx.theme(), egui::Theme::Dark);

    choose_in_menu(&mut harness, "视图", "外观", "浅色");
    assert_eq!(harness.ctx.theme(), egui::Theme::Light);
    let stored = AppConfig::load_from(dir.path().join("config.ron"));
    assert_eq!(stored.appearance, huiwu::io::config::Appearance::Light);

    // 跟随系统: where the system says nothing (as here), light.
    harness.state_mut().queue(Command::Appearance(
        huiwu::io::config::Appearance::FollowSystem,
    ));
    harness.run();
    assert_eq!(
        harness.ctx.options(|o| o.theme_preference),
        egui::ThemePreference::System
    );
    assert_eq!(harness.ctx.theme(), egui::Theme::Light);
}

#[test]
fn the_type_grows_with_ctrl_plus_and_shrinks_with_ctrl_minus_and_is_kept() {
    use huiwu::io::config::TextSize;
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness_with_config_in(dir.path());
    assert_eq!(harness.ctx.zoom_factor(), 1.0);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
    harness.run();
    assert_eq!(harness.state().config().text_size, TextSize::Larger);
    assert_eq!(harness.ctx.zoom_factor(), TextSize::Larger.zoom_factor());
    // Ctrl+= (no Shift needed) too, up to 特大 and no further.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Equals);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Equals);
    harness.run();
    assert_eq!(harness.state().config().text_size, TextSize::Largest);
    assert_eq!(
        AppConfig::load_from(dir.path().join("config.ron")).text_size,
        TextSize::Largest
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Minus);
    harness.run();
    assert_eq!(harness.ctx.zoom_factor(), TextSize::Larger.zoom_factor());
    // The menu's entry, and the screen still answers at the larger size.
    choose_in_menu(&mut harness, "视图", "字号", "标准");
    assert_eq!(harness.ctx.zoom_factor(), 1.0);
    assert_eq!(
        AppConfig::load_from(dir.path().join("config.ron")).text_size,
        TextSize::Standard
    );
    // Ctrl+0 stays 本机关.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num0);
    harness.run();
    assert_eq!(
        harness.state().editor.section,
        huiwu::views::Section::HouseStyle
    );
    assert_eq!(harness.ctx.zoom_factor(), 1.0);
}

#[test]
fn the_about_box_opens_from_the_help_menu_and_names_the_program() {
    let mut harness = harness_on(common::example(), None);
    harness.get_by_label("帮助").click();
    harness.run();
    harness.get_by_label("关于会务").click();
    harness.run();
    harness.get_by_label("会务");
    harness.get_by_label(&format!("版本 {}", env!("CARGO_PKG_VERSION")));
    harness.get_by_label("地方人大常委会会议的准备、记录与发布。");
    harness.get_by_label("会务图标");
    harness.get_by_label_contains("SIL Open Font License");
    harness.get_by_label("确定").click();
    harness.run();
    assert!(harness.query_by_label("关于会务").is_none());
}

#[test]
fn a_folders_body_file_given_to_the_window_opens_the_folders_list() {
    // What a double-click on body.ron does: the file type is a session's, the window is given
    // the file.
    let dir = tempfile::tempdir().unwrap();
    let source = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("sessions/hebi-12");
    for name in ["body.ron", "hebi-12-09.ron"] {
        std::fs::copy(source.join(name), dir.path().join(name)).unwrap();
    }
    let mut app = HuiwuApp::new(None, AppConfig::default(), Box::new(TypedPathOnly));
    app.open(&dir.path().join("body.ron"));
    assert!(app.document.is_none());
    let folder = app.folder.as_ref().expect("the folder's list");
    assert_eq!(
        folder.opened().path,
        huiwu::io::canonical_session_path(dir.path())
    );
}

/// The export dialog drawn alone, with the sender it sends to.
struct BareExportDialog {
    dialog: huiwu::views::export_dialog::ExportDialog,
    session: Session,
    sender: huiwu::sender::Sender,
}

#[test]
fn an_export_asked_for_in_the_dialog_is_written_by_the_app_after_the_frame() {
    use huiwu::command::Request;
    use huiwu::export::{DocKind, Format};
    let dir = tempfile::tempdir().unwrap();
    let session = common::example();
    let mut dialog = huiwu::views::export_dialog::ExportDialog::new(
        &session,
        Some(&dir.path().join("hebi.ron")),
        Some(DocKind::Appointments),
    );
    dialog.format = Format::Text;
    // Drawn alone, the dialog asks for the export and writes nothing.
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1440.0, 900.0))
        .with_context_setup(huiwu::app::install_fonts)
        .build_ui_state(
            |ui, state: &mut BareExportDialog| {
                state.dialog.ui(ui, &state.session, &mut state.sender);
            },
            BareExportDialog {
                dialog,
                session,
                sender: huiwu::sender::Sender::default(),
            },
        );
    harness.run();
    harness
        .get_all_by_role_and_label(egui::accesskit::Role::Button, "导出")
        .last()
        .unwrap()
        .click();
    harness.run();
    let target = dir.path().join("hebi-人事任免名单.txt");
    assert_eq!(
        harness.state().sender.requests(),
        [Request::Export {
            jobs: vec![(DocKind::Appointments, target.clone())],
            format: Format::Text,
        }]
    );
    assert!(harness.state().dialog.is_running(), "waits for the app");
    assert!(!target.exists(), "the dialog wrote nothing");
    // In the window, the app carries it out after the frame and reports back.
    let mut window = harness_on(common::example(), Some(dir.path().join("hebi.ron")));
    window
        .state_mut()
        .queue(Command::Export(Some(DocKind::Appointments)));
    window.run();
    window.get_by_label("纯文本（.txt）").click();
    window.run();
    export_and_wait(&mut window);
    let results = &window.state_mut().export_dialog_mut().unwrap().results;
    assert_eq!(results.len(), 1);
    assert_eq!(results[0], (DocKind::Appointments, Ok(target.clone())));
    assert!(target.is_file());
}
