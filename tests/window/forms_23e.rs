//! Issue 23, FORMS.md §1–§12: the variants added to the forms are offered on the 本机关 screen,
//! each with its preview filled from the open session, and chosen there.

use crate::common;
use common::session;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use huiwu::app::HuiwuApp;
use huiwu::dialogs::TypedPathOnly;
use huiwu::document::Document;
use huiwu::io::config::AppConfig;
use huiwu::model::Session;
use huiwu::wording::forms::FormChoice;

/// The 本机关 screen of `session`, as tall as the whole page (the forms are drawn in view only).
fn house_style_of(session: Session) -> Harness<'static, HuiwuApp> {
    let app = HuiwuApp::new(
        Some(Document::opened(session, None)),
        AppConfig::default(),
        Box::new(TypedPathOnly),
    );
    let mut harness = common::window_of_size(app, egui::vec2(1440.0, 12000.0));
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num0);
    harness.run();
    harness
}

#[test]
fn the_new_variants_are_offered_with_their_previews() {
    // Chosen beforehand: each previewed with the session's facts.
    let mut styled = common::example();
    let mut choices = styled.body.settings.forms.clone();
    for (form, variant) in [
        ("item_grouping", "merged"),
        ("nonvoting_position", "last_line"),
        ("lead", "decision_lead"),
        ("personnel_verb", "matters_decided"),
    ] {
        choices
            .set(form, FormChoice::Variant(variant.into()))
            .unwrap();
    }
    styled.set_form_choices(choices);
    let harness = house_style_of(styled);
    for preview in [
        "市政府关于甲、乙和丙工作情况的报告",
        "市十二届人大常委会第九次会议12月21日决定任命张三为某市人民政府副市长。",
        "决定了相关人事任免",
    ] {
        harness.get_by_label_contains(preview);
    }
    // The 列席 sentence is previewed in its closing's row and the screen's sample already; the
    // last line's row adds one.
    let observers = "市委常委、常务副市长李可，市人民检察院代检察长苏康健及市监察委员会、市中级人民法院等有关单位相关负责同志、部分人大代表列席会议。";
    let plain = house_style_of(common::example());
    assert_eq!(
        harness.query_all_by_label_contains(observers).count(),
        plain.query_all_by_label_contains(observers).count() + 1
    );

    // Chosen on the screen: the variant is listed in its form's choice and its preview follows.
    let mut harness = house_style_of(common::example());
    let (role, label) = (egui::accesskit::Role::ComboBox, "各次全体会议的主持");
    harness.get_by_role_and_label(role, label).scroll_to_me();
    harness.run();
    harness.get_by_role_and_label(role, label).click();
    harness.run();
    harness
        .get_by_label("{日期}{时段}，会议举行第{序}次全体会议，{主持}。")
        .click();
    harness.run();
    assert_eq!(
        session(&harness)
            .body
            .settings
            .forms
            .get("presiding_sittings"),
        Some(&FormChoice::Variant("per_sitting".into()))
    );
    harness.get_by_label_contains("12月21日上午，会议举行第一次全体会议，会议由主任史全新主持。");
    // The new forms have their rows.
    for label in ["列席领导的头衔", "列席句的位置", "同志（导语的任免）"] {
        assert!(
            harness.query_all_by_label(label).next().is_some(),
            "{label}"
        );
    }
}
