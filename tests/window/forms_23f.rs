//! Issue 23, FORMS.md §13–§22 on the 本机关 screen: the new choices of the evaluation's output
//! (whole rates, zeros, the rates' base) are settings of the house style, and the new forms
//! (the resignation's subject and pronoun, Arabic ordinals, 「决定：」 or 「决定，」, traditional
//! characters) are in the forms table, each changed by a click into the session.

use crate::common;
use common::session;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use huiwu::app::HuiwuApp;
use huiwu::dialogs::TypedPathOnly;
use huiwu::document::Document;
use huiwu::io::config::AppConfig;

#[test]
fn the_house_style_shows_the_evaluation_settings_and_the_new_forms() {
    let app = HuiwuApp::new(
        Some(Document::opened(common::example(), None)),
        AppConfig::default(),
        Box::new(TypedPathOnly),
    );
    // As tall as the whole page: the forms are drawn only when in view.
    let mut harness = common::window_of_size(app, egui::vec2(1440.0, 12000.0));
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num0);
    harness.run();
    for label in [
        "整数的百分比",
        "零票",
        "满意率的基数",
        "辞职句的主语",
        "同一人的任命与辞职",
        "会议次数的数字",
        "决定正文「决定」后的标点",
        "简体或繁体",
    ] {
        assert!(
            harness.query_all_by_label(label).next().is_some(),
            "{label} is missing"
        );
    }
    // A whole rate without decimals: one click, kept in the session.
    assert!(!session(&harness).body.settings.whole_rates_plain);
    harness
        .get_by_label("整数的百分比不写小数：「25%」，不写「25.00%」")
        .click();
    harness.run();
    assert!(session(&harness).body.settings.whole_rates_plain);
}
