//! The body's house style (本机关, DOMAIN.md §15): its file (round trip, Chinese errors naming
//! file and line), its screen driven with egui_kittest (every setting in one place, a change kept
//! in the session and its file, export and import through the typed-path dialog, undoable), and
//! its carrying over into the next session.

use crate::common;
use common::session;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use huiwu::app::HuiwuApp;
use huiwu::dialogs::TypedPathOnly;
use huiwu::document::Document;
use huiwu::io::config::AppConfig;
use huiwu::io::{load_house_style, save_house_style};
use huiwu::model::{Body, NameOrderMode, ResolutionKind, Session};
use std::path::{Path, PathBuf};

fn harness_on(session: Session, path: Option<PathBuf>) -> Harness<'static, HuiwuApp> {
    let app = HuiwuApp::new(
        Some(Document::opened(session, path)),
        AppConfig::default(),
        Box::new(TypedPathOnly),
    );
    // As tall as the whole page: the forms and the preview are drawn only when in view.
    let mut harness = common::window_of_size(app, egui::vec2(1440.0, 12000.0));
    harness.run();
    harness
}

/// A body unlike the example's in every part.
fn another_body() -> Body {
    let mut body = Body {
        region: "浚县".to_owned(),
        name: "浚县人民代表大会常务委员会".to_owned(),
        short_name: "县人大常委会".to_owned(),
        term: 17,
        ..Body::default()
    };
    let settings = &mut body.settings;
    settings.has_secretary_general = false;
    settings.name_order = NameOrderMode::Surname;
    settings.names_per_line = 6;
    settings.show_not_pressed = true;
    settings.rate_decimals = 1;
    settings.signed_kinds = vec![ResolutionKind::Decision];
    settings.comrade_in_sentences = true;
    settings.batch_threshold = 8;
    settings.join_across_posts = true;
    settings.observer_leaders_in_news = false;
    settings.observer_units_in_news = 2;
    settings.law_articles.resignation = 33;
    settings.law_articles.acting = 51;
    body
}

/// Types `text` into the typed-path dialog's field, replacing what it holds, and confirms.
fn type_path_and_confirm(harness: &mut Harness<'_, HuiwuApp>, path: &Path) {
    harness.get_by_label("文件路径").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    harness
        .get_by_label("文件路径")
        .type_text(&path.display().to_string());
    harness.run();
    harness.get_by_label("确定").click();
    harness.run();
}

#[test]
fn the_screen_shows_every_setting_and_a_change_is_kept_in_the_session_and_its_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    let mut harness = harness_on(common::example(), Some(path.clone()));
    // The overview points there.
    harness
        .get_by_label("常委会名称和格式设置见「本机关」")
        .click();
    harness.run();
    assert_eq!(
        harness.state().editor.section,
        huiwu::views::Section::HouseStyle
    );
    for label in [
        "地区",
        "常委会全称",
        "常委会简称",
        "届次",
        "本常委会设秘书长（县级常委会通常不设）",
        "姓名排序",
        "每行姓名数",
        "表决结果中写明「未按表决器」人数",
        "纪要、新闻稿和决定中写「张三同志」（名单中不写）",
        "批量任免",
        "合并为一句：「免去张三的甲职务、李四的乙职务」",
        "组织法名称",
        "接受辞职依据",
        "决定代理依据",
        "测评基数",
        "满意率门槛",
        "满意率小数位数",
        "写出职务和姓名：「市委常委、常务副市长李可」",
        "列席单位",
    ] {
        assert!(
            harness.query_all_by_label(label).next().is_some(),
            "{label} is missing"
        );
    }
    harness.get_by_label("第三十二条");
    harness.get_by_label("第五十条");
    harness.get_by_label("默认：超过5人");
    // The preview: the salutation, a batch sentence, the observers of this session.
    harness.get_by_label("主任、各位副主任、秘书长、各位委员：");
    harness.get_by_label("任命张三等6名同志为某区人民法院人民陪审员");
    harness.get_by_label("免去张三的某市财政局局长职务；免去李四的某市民政局局长职务");
    // (Shown in the preview and in the forms' table, issue 23.)
    assert!(
        harness
            .query_all_by_label_contains("第三十二条的规定和本人申请")
            .next()
            .is_some()
    );

    // Joining across posts: one click, in the session, in the preview at once.
    harness
        .get_by_label("合并为一句：「免去张三的甲职务、李四的乙职务」")
        .click();
    harness.run();
    assert!(session(&harness).body.settings.join_across_posts);
    harness.get_by_label("免去张三的某市财政局局长职务、李四的某市民政局局长职务");
    // No 秘书长: the salutation follows.
    harness
        .get_by_label("本常委会设秘书长（县级常委会通常不设）")
        .click();
    harness.run();
    harness.get_by_label("主任、各位副主任、各位委员：");
    // 恢复默认 puts one back.
    assert_eq!(harness.query_all_by_label("恢复默认").count(), 2);
    harness.get_all_by_label("恢复默认").next().unwrap().click();
    harness.run();
    assert!(session(&harness).body.settings.has_secretary_general);

    // Saved with the session.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    let reloaded = huiwu::io::load(&path).unwrap();
    assert!(reloaded.body.settings.join_across_posts);
    assert_eq!(reloaded.body, session(&harness).body);
}

#[test]
fn ctrl_9_shows_the_house_style() {
    let mut harness = harness_on(common::example(), None);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num0);
    harness.run();
    assert_eq!(
        harness.state().editor.section,
        huiwu::views::Section::HouseStyle
    );
    harness.get_by_label("导出本机关设置…");
}

#[test]
fn importing_a_house_style_replaces_the_body_undoably() {
    let dir = tempfile::tempdir().unwrap();
    let style = dir.path().join("浚县.huiwu-body.ron");
    save_house_style(&another_body(), &style).unwrap();
    let mut harness = harness_on(common::example(), None);
    let before = session(&harness).clone();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num0);
    harness.run();
    harness.get_by_label("导入本机关设置…").click();
    harness.run();
    harness.get_by_label("导入本机关设置");
    type_path_and_confirm(&mut harness, &style);
    assert_eq!(session(&harness).body, another_body());
    // Only the body changed.
    let mut expected = before.clone();
    expected.body = another_body();
    assert_eq!(session(&harness), &expected);
    assert!(harness.state().document.as_ref().unwrap().is_dirty());
    // The screen shows the imported settings.
    harness.get_by_label("主任、各位副主任、各位委员：");
    harness.get_by_label("第三十三条");
    // One undo step, offered right there too.
    harness.get_by_label("已用导入的设置替换本机关设置");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(session(&harness), &before);
}

#[test]
fn a_broken_import_keeps_the_dialog_with_the_reason_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let style = dir.path().join("坏的.huiwu-body.ron");
    std::fs::write(
        &style,
        "(\n  format_version: 4,\n  body: (\n    region: 12,\n",
    )
    .unwrap();
    let mut harness = harness_on(common::example(), None);
    let before = session(&harness).clone();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num0);
    harness.run();
    harness.get_by_label("导入本机关设置…").click();
    harness.run();
    type_path_and_confirm(&mut harness, &style);
    harness.get_by_label_contains("坏的.huiwu-body.ron」第4行");
    assert_eq!(session(&harness), &before);
    harness.get_by_label("取消").click();
    harness.run();
    assert!(harness.query_by_label("导入本机关设置").is_none());
}

#[test]
fn exporting_writes_the_house_style_file_where_typed() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness_on(common::example(), None);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num0);
    harness.run();
    harness.get_by_label("导出本机关设置…").click();
    harness.run();
    harness.get_by_label("导出本机关设置");
    // The extension is added when none is typed.
    type_path_and_confirm(&mut harness, &dir.path().join("鹤壁"));
    let written = dir.path().join("鹤壁.huiwu-body.ron");
    assert_eq!(load_house_style(&written).unwrap(), common::example().body);
    assert!(
        harness
            .state()
            .notice()
            .unwrap()
            .contains("已导出本机关设置")
    );
    assert!(!harness.state().document.as_ref().unwrap().is_dirty());
}

#[test]
fn the_forms_are_chosen_in_the_table_and_learned_in_one_undo_step() {
    use huiwu::wording::forms::FormChoice;
    let mut harness = harness_on(common::example(), None);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num0);
    harness.run();
    // Every form has its choice on the screen, named.
    for spec in huiwu::wording::forms::FORMS {
        assert!(
            harness.query_all_by_label(spec.label).next().is_some(),
            "{} is missing",
            spec.key
        );
    }
    // 「从往期公报学习…」: paste, recognise, accept; one undo step puts it back.
    let button = harness.get_by_label("从往期公报学习…");
    button.scroll_to_me();
    harness.run();
    harness.get_by_label("从往期公报学习…").click();
    harness.run();
    harness.get_by_label("往期公报的文字").focus();
    harness.run();
    harness.get_by_label("往期公报的文字").type_text(
        "12月21日，市十二届人大常委会举行第九次会议。会议由市人大常委会主任史全新主持。",
    );
    harness.run();
    harness.get_by_label("识别").click();
    harness.run();
    harness.get_by_label_contains("依据：12月21日，市十二届人大常委会举行第九次会议。");
    harness.get_by_label("采用选中的格式").click();
    harness.run();
    assert_eq!(
        session(&harness).body.settings.forms.get("lead"),
        Some(&FormChoice::Variant("juxing".into()))
    );
    assert_eq!(
        session(&harness).body.settings.forms.get("presiding"),
        Some(&FormChoice::Variant("you_presides".into()))
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert!(session(&harness).body.settings.forms.is_empty());
}

#[test]
fn the_examples_in_empty_fields_follow_the_body_once_it_is_changed() {
    let mut harness = harness_on(common::example(), None);
    let with_placeholder = |harness: &Harness<'_, HuiwuApp>, placeholder: &str| {
        harness
            .query_all(
                egui_kittest::kittest::By::new()
                    .predicate(|node| node.placeholder() == Some(placeholder)),
            )
            .count()
    };
    assert_eq!(with_placeholder(&harness, "如：市人大常委会机关会议室"), 1);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num0);
    harness.run();
    common::type_into(&mut harness, "常委会简称", "县人大常委会");
    assert_eq!(session(&harness).body.short_name, "县人大常委会");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num1);
    harness.run();
    // 概况's venue, derived again from the changed body.
    assert_eq!(with_placeholder(&harness, "如：县人大常委会机关会议室"), 1);
    assert_eq!(with_placeholder(&harness, "如：市人大常委会机关会议室"), 0);
}
