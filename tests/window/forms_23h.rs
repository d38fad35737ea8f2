//! Issue 23, the Offers of FORMS.md that remained, on their screens: an item's own verb typed in
//! the agenda's editor (§7), the table of short names on 本机关 (§5), and the new choices of
//! the presiding sentence and of the grouping (§3, §8) in 本机关's forms.

use crate::common;
use common::session;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use huiwu::app::HuiwuApp;
use huiwu::dialogs::TypedPathOnly;
use huiwu::document::Document;
use huiwu::export::{DocKind, plain_text};
use huiwu::io::config::AppConfig;
use huiwu::model::{Session, ShortName};
use huiwu::views::Section;
use huiwu::wording::forms::FormChoice;

fn window_at(session: Session, section: Section, size: egui::Vec2) -> Harness<'static, HuiwuApp> {
    let item = session
        .agenda
        .iter()
        .find(|i| i.title.contains("司法公开"))
        .map(|i| i.id);
    let mut app = HuiwuApp::new(
        Some(Document::opened(session, None)),
        AppConfig::default(),
        Box::new(TypedPathOnly),
    );
    app.editor.section = section;
    app.editor.agenda_item = item;
    let mut harness = common::window_of_size(app, size);
    harness.run();
    harness
}

fn undo(harness: &mut Harness<'_, HuiwuApp>) {
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
}

#[test]
fn an_item_s_own_verb_is_typed_in_its_editor_and_said_by_the_news() {
    let mut harness = window_at(
        common::county(),
        Section::Agenda,
        egui::vec2(1440.0, 1400.0),
    );
    common::type_into(&mut harness, "本议题动词", "研究讨论");
    let typed = session(&harness)
        .agenda
        .iter()
        .find(|i| i.title.contains("司法公开"))
        .unwrap();
    assert_eq!(typed.verb, "研究讨论");
    let sentence = "会议研究讨论县人民法院关于司法公开工作情况的报告。";
    assert!(plain_text(session(&harness), DocKind::News).contains(sentence));
    // The editor shows what the news says.
    harness.run();
    harness.get_by_label(&format!("新闻通稿：{sentence}"));
    // A slot the verb cannot have is named under the field; the news keeps the house verb.
    common::type_into(&mut harness, "本议题动词", "研究讨论{职称}");
    harness.run();
    harness.get_by_label_contains("「{职称}」不是这一格式的栏目");
    assert_eq!(
        plain_text(session(&harness), DocKind::News),
        plain_text(&common::county(), DocKind::News)
    );
    // Undone, the item has its house verb again.
    for _ in 0..10 {
        if session(&harness).agenda.iter().all(|i| i.verb.is_empty()) {
            break;
        }
        undo(&mut harness);
    }
    assert!(session(&harness).agenda.iter().all(|i| i.verb.is_empty()));
}

/// 本机关, as tall as the whole page (the forms are drawn in view only).
fn house_style_of(session: Session) -> Harness<'static, HuiwuApp> {
    window_at(session, Section::HouseStyle, egui::vec2(1440.0, 12000.0))
}

#[test]
fn the_table_of_short_names_is_filled_on_the_house_style_screen() {
    let mut harness = house_style_of(common::county());
    harness.get_by_label("简称表");
    harness.get_by_label("默认：不用简称");
    harness.get_by_label("＋ 添加简称").click();
    harness.run();
    common::type_into(&mut harness, "简称表第1行全称", "县人民法院");
    common::type_into(&mut harness, "简称表第1行简称", "县法院");
    harness.get_by_label("＋ 添加简称").click();
    harness.run();
    common::type_into(&mut harness, "简称表第2行全称", "县监察委员会");
    common::type_into(&mut harness, "简称表第2行简称", "县监察委");
    assert_eq!(
        session(&harness).body.settings.short_names,
        vec![
            ShortName {
                full: "县人民法院".into(),
                short: "县法院".into()
            },
            ShortName {
                full: "县监察委员会".into(),
                short: "县监察委".into()
            },
        ]
    );
    let phrase = "县委常委、县人民政府副县长刘卫东，县法院院长陈静及县监察委、县人民检察院等有关单位相关负责同志";
    assert!(plain_text(session(&harness), DocKind::News).contains(phrase));
    // The screen's preview of the 列席 sentence says it so.
    harness.run();
    assert!(harness.query_all_by_label_contains(phrase).next().is_some());
    // Rows removed: the table empty again, the news as before.
    harness.get_by_label("删除简称表第1行").click();
    harness.run();
    assert_eq!(
        session(&harness).body.settings.short_names[0].full,
        "县监察委员会"
    );
    harness.get_by_label("删除简称表第1行").click();
    harness.run();
    assert!(session(&harness).body.settings.short_names.is_empty());
    assert_eq!(
        plain_text(session(&harness), DocKind::News),
        plain_text(&common::county(), DocKind::News)
    );
}

/// Chooses the variant with `template` in the row of the form named `label`.
fn choose_variant(harness: &mut Harness<'_, HuiwuApp>, label: &str, template: &str) {
    let role = egui::accesskit::Role::ComboBox;
    harness.get_by_role_and_label(role, label).scroll_to_me();
    harness.run();
    harness.get_by_role_and_label(role, label).click();
    harness.run();
    harness.get_by_label(template).scroll_to_me();
    harness.run();
    harness.get_by_label(template).click();
    harness.run();
}

#[test]
fn the_presiding_and_grouping_choices_are_offered_on_the_house_style_screen() {
    let mut harness = house_style_of(common::example());
    for label in ["主持句的位置", "受委托主持", "多个议题的归并"] {
        assert!(
            harness.query_all_by_label(label).next().is_some(),
            "{label}"
        );
    }
    // The position chosen in its form's row: the last line.
    choose_variant(&mut harness, "主持句的位置", "{主持句}");
    assert_eq!(
        session(&harness)
            .body
            .settings
            .forms
            .get("presiding_position"),
        Some(&FormChoice::Variant("last_line".into()))
    );
    let news = plain_text(session(&harness), DocKind::News);
    assert!(
        news.trim_end()
            .ends_with("　　市人大常委会主任史全新主持会议并讲话。"),
        "{news}"
    );
    // 分别 under one verb is among the groupings.
    choose_variant(&mut harness, "多个议题的归并", "分别{动词}{书名列}");
    assert_eq!(
        session(&harness).body.settings.forms.get("item_grouping"),
        Some(&FormChoice::Variant("separately".into()))
    );
    assert!(plain_text(session(&harness), DocKind::News).contains("会议还分别听取审议了《"));
}
