//! The window with foreign and hostile files (issue 22): a large roster read on a worker thread
//! with progress and 取消 while the window keeps drawing, the encoding of a text file chosen in
//! the preview, a save that fails offering 另存为, a recovery offer naming its own file, and the
//! folder screen noticing a session file changed on disk. Every file is made here.

use crate::common;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use huiwu::app::HuiwuApp;
use huiwu::command::Command;
use huiwu::dialogs::TypedPathOnly;
use huiwu::document::Document;
use huiwu::import::ImportKind;
use huiwu::io::config::AppConfig;
use huiwu::io::recovery::RecoveryStore;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

fn window_with(document: Option<Document>) -> Harness<'static, HuiwuApp> {
    let app = HuiwuApp::new(document, AppConfig::default(), Box::new(TypedPathOnly));
    let mut harness = common::window(app);
    harness.run();
    harness
}

/// Steps frames (the worker reads meanwhile) until `label` shows, for at most 60 s.
fn step_until(harness: &mut Harness<'_, HuiwuApp>, label: &str) -> usize {
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut frames = 0;
    while harness.query_by_label_contains(label).is_none() {
        assert!(Instant::now() < deadline, "「{label}」 never came");
        harness.step();
        frames += 1;
        std::thread::sleep(Duration::from_millis(5));
    }
    harness.run();
    frames
}

/// A roster CSV of `rows` people, GBK, as Excel writes it on Chinese Windows.
fn large_roster(dir: &Path, rows: usize) -> PathBuf {
    let mut csv = String::from("姓名,性别,职务,备注\r\n");
    for n in 0..rows {
        csv.push_str(&format!("委员{n:06},男,委员,单位{n}\r\n"));
    }
    let (gbk, _, _) = encoding_rs::GBK.encode(&csv);
    let path = dir.join("大名单.csv");
    std::fs::write(&path, &gbk).unwrap();
    path
}

#[test]
fn a_large_roster_is_read_off_the_window_thread_with_progress_then_imported() {
    let dir = tempfile::tempdir().unwrap();
    let path = large_roster(dir.path(), 100_000);
    assert!(std::fs::metadata(&path).unwrap().len() > 1024 * 1024);
    let mut harness = window_with(Some(Document::opened(common::example(), None)));
    let before = common::session(&harness).roster.len();
    common::ask_import_preview(&mut harness, ImportKind::Roster, &path);
    // The reading is under way, said with its file; the window keeps drawing frames.
    harness.get_by_label_contains("正在读取「大名单.csv」");
    harness.get_by_label("取消");
    let frames = step_until(&mut harness, "导入预览");
    assert!(frames > 0, "frames were drawn while the file was read");
    harness.get_by_label_contains("共100000行");
    harness.get_by_label_contains("GB18030");
    harness.get_by_label("确定导入").click();
    harness.run();
    assert_eq!(common::session(&harness).roster.len(), before + 100_000);
    // One step of undo takes it all back.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(common::session(&harness).roster.len(), before);
}

#[test]
fn cancelling_a_long_reading_closes_the_dialog_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = large_roster(dir.path(), 300_000);
    let mut harness = window_with(Some(Document::opened(common::example(), None)));
    let before = common::session(&harness).clone();
    common::ask_import_preview(&mut harness, ImportKind::Roster, &path);
    harness.get_by_label_contains("正在读取");
    harness.get_by_label("取消").click();
    harness.run();
    assert!(harness.query_by_label_contains("正在读取").is_none());
    assert!(harness.query_by_label_contains("导入预览").is_none());
    // Whatever the worker does next goes nowhere.
    std::thread::sleep(Duration::from_millis(300));
    harness.run();
    assert!(harness.query_by_label_contains("导入预览").is_none());
    assert_eq!(common::session(&harness), &before);
}

#[test]
fn the_encoding_of_a_text_roster_is_said_and_can_be_chosen() {
    let dir = tempfile::tempdir().unwrap();
    // Two names in Big5: too little text to be sure of. Read in another encoding they are
    // characters the bundled font may lack: drawn as boxes here, as the window would.
    let (big5, _, _) = encoding_rs::BIG5.encode("姓名\n陳淑華\n黃國昌\n");
    let path = dir.path().join("台湾名单.txt");
    std::fs::write(&path, &big5).unwrap();
    let app = HuiwuApp::new(
        Some(Document::opened(common::example(), None)),
        AppConfig::default(),
        Box::new(TypedPathOnly),
    );
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1440.0, 900.0))
        .with_context_setup(huiwu::app::install_fonts)
        .build_ui_state(|ui, app: &mut HuiwuApp| app.frame_ui(ui), app);
    harness
        .ctx
        .set_missing_glyph_policy(egui::MissingGlyphPolicy::Tofu);
    harness.run();
    common::ask_import_preview(&mut harness, ImportKind::Roster, &path);
    harness.get_by_label_contains("导入预览");
    harness.get_by_label_contains("无法确定文件的编码");
    harness.get_by_label_contains("请核对下面的姓名");
    // Read as Big5 by the detector's guess; chosen as GB18030 instead, the names are garbled,
    // and chosen back as Big5 they are right again.
    let choose = |harness: &mut Harness<'_, HuiwuApp>, encoding: huiwu::import::TextEncoding| {
        harness.get_by_label("文件编码").click();
        harness.run();
        harness.get_by_label(encoding.label()).click_accesskit();
        harness.run_steps(3);
        step_until(harness, &format!("按所选编码 {}", encoding.label()));
    };
    harness.get_by_label("陳淑華");
    choose(&mut harness, huiwu::import::TextEncoding::Gb18030);
    assert!(harness.query_by_label("陳淑華").is_none());
    choose(&mut harness, huiwu::import::TextEncoding::Big5);
    harness.get_by_label("陳淑華");
    harness.get_by_label("黃國昌");
    harness.get_by_label("确定导入").click();
    harness.run();
    assert!(
        common::session(&harness)
            .roster
            .iter()
            .any(|m| m.name == "陳淑華")
    );
}

#[test]
fn a_failed_save_offers_save_as_with_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    // The folder of the file is gone: the save cannot be written.
    let gone = dir.path().join("已删除的文件夹").join("会议.ron");
    let mut document = Document::opened(common::example(), Some(gone.clone()));
    document.session.details.venue = "未保存的修改".to_owned();
    let mut harness = window_with(Some(document));
    harness.state_mut().queue(Command::Save);
    harness.run();
    harness.get_by_label("另存为");
    harness.get_by_label_contains("无法保存到");
    harness.get_by_label_contains("可以另存到其他文件夹或磁盘");
    // Another place: saved there, the work kept.
    let elsewhere = dir.path().join("另存.ron");
    common::type_into(&mut harness, "文件路径", &elsewhere.display().to_string());
    harness.get_by_label("确定").click();
    harness.run();
    let saved = huiwu::io::load(&elsewhere).unwrap();
    assert_eq!(saved.details.venue, "未保存的修改");
}

#[test]
fn a_recovery_offer_names_its_own_file_and_never_replaces_unsaved_work() {
    let dir = tempfile::tempdir().unwrap();
    let recovery = dir.path().join("recovery");
    let other = dir.path().join("其他会议.ron");
    let opened = dir.path().join("本次会议.ron");
    huiwu::io::save(&common::example(), &other).unwrap();
    huiwu::io::save(&common::example(), &opened).unwrap();
    let mut changed = common::example();
    changed.details.venue = "其他会议未保存的修改".to_owned();
    RecoveryStore::at(&recovery)
        .write_recovery(
            &changed,
            Some(&huiwu::io::canonical_session_path(&other)),
            chrono::Local::now(),
        )
        .unwrap();
    // Started on another file than the one the changes are of.
    let app = HuiwuApp::new(None, AppConfig::default(), Box::new(TypedPathOnly))
        .with_recovery(RecoveryStore::at(&recovery));
    let mut harness = common::window(app);
    harness.state_mut().open(&opened);
    harness.run();
    harness.get_by_label("发现未保存的修改");
    harness.get_by_label_contains("不是当前打开的「本次会议.ron」");
    // With unsaved work in the open file, restoring is refused with a word.
    harness
        .state_mut()
        .document
        .as_mut()
        .unwrap()
        .session
        .details
        .venue = "本次会议未保存的修改".to_owned();
    harness.get_by_label("恢复").click();
    harness.run();
    harness.get_by_label_contains("有未保存的修改，未恢复");
    let document = harness.state().document.as_ref().unwrap();
    assert_eq!(document.session.details.venue, "本次会议未保存的修改");
    assert_eq!(
        document.path.as_deref(),
        Some(huiwu::io::canonical_session_path(&opened).as_path())
    );
    assert_eq!(RecoveryStore::at(&recovery).find_all_recoveries().len(), 1);
}

#[test]
fn the_folder_screen_notices_a_session_file_changed_on_disk() {
    let (_dir, folder) = common::copied_example_folder();
    let mut app = HuiwuApp::new(None, AppConfig::default(), Box::new(TypedPathOnly));
    app.open_folder(&folder);
    let mut harness = common::window(app);
    harness.run();
    harness.get_by_label_contains("hebi-12-09.ron");
    assert!(harness.query_by_label_contains("hebi-12-10.ron").is_none());
    // A colleague saves the next session into the folder.
    let mut next = common::example();
    next.details.number = 10;
    huiwu::io::save(&next, &folder.join("hebi-12-10.ron")).unwrap();
    harness.state_mut().pretend_time_passed(6.0);
    harness.run();
    harness.get_by_label_contains("hebi-12-10.ron");
    assert!(
        harness
            .state()
            .notice()
            .is_some_and(|n| n.contains("已在别处修改")),
        "{:?}",
        harness.state().notice()
    );
}

#[test]
fn a_name_typed_with_invisible_characters_or_padding_is_kept_in_its_normal_form() {
    let mut harness = window_with(Some(Document::opened(common::example(), None)));
    harness.get_by_label_contains("出席　41").click();
    harness.run();
    harness.get_by_value("史全新").click();
    harness.run();
    let field = harness
        .get_all_by_value("史全新")
        .find(|n| n.is_focused())
        .unwrap();
    // A zero-width space pasted in never enters the name.
    field.type_text("\u{200B}");
    harness.run();
    assert_eq!(common::session(&harness).roster[0].name, "史全新");
    // Padding typed as printed lists have it is put right when the cell is left.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_all_by_value("史全新")
        .find(|n| n.is_focused())
        .unwrap()
        .type_text("史　全 新");
    harness.run();
    assert_eq!(common::session(&harness).roster[0].name, "史　全 新");
    harness.key_press(Key::Tab);
    harness.run();
    assert_eq!(common::session(&harness).roster[0].name, "史全新");
}
