//! Issue 23, the facts the last variants of FORMS.md wait for, on their screens: a report's
//! 委托人 (§3), the body's own regulation and the congress's session the decisions are filed
//! with (§17), others who evaluated and the consequence of a low result (§18). Each field is
//! found by its label, typed, and changes the session.

use crate::common;
use common::session;
use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use huiwu::app::HuiwuApp;
use huiwu::dialogs::TypedPathOnly;
use huiwu::document::Document;
use huiwu::export::{DocKind, plain_text};
use huiwu::io::config::AppConfig;
use huiwu::model::Session;
use huiwu::views::Section;
use huiwu::views::votes::Selection;

fn window_at(session: Session, section: Section, size: egui::Vec2) -> Harness<'static, HuiwuApp> {
    let report = session.reports.first().map(|r| r.id);
    let mut app = HuiwuApp::new(
        Some(Document::opened(session, None)),
        AppConfig::default(),
        Box::new(TypedPathOnly),
    );
    app.editor.section = section;
    app.editor.report = report;
    let mut harness = common::window_of_size(app, size);
    harness.run();
    harness
}

/// Types `text` into the text field named `label` (the row's label beside it has the same name).
fn type_into(harness: &mut Harness<'_, HuiwuApp>, label: &str, text: &str) {
    let role = egui::accesskit::Role::TextInput;
    harness.get_by_role_and_label(role, label).scroll_to_me();
    harness.run();
    harness.get_by_role_and_label(role, label).click();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    harness.run();
    harness.get_by_role_and_label(role, label).type_text(text);
    harness.run();
}

#[test]
fn a_report_s_entrusting_body_is_typed_in_the_report_editor() {
    let mut harness = window_at(
        common::example(),
        Section::Reports,
        egui::vec2(1440.0, 1400.0),
    );
    type_into(&mut harness, "委托人", "主任会议");
    assert_eq!(session(&harness).reports[0].entrusted_by, "主任会议");
}

#[test]
fn the_congress_s_session_is_typed_in_the_overview() {
    let mut harness = window_at(
        common::county(),
        Section::Overview,
        egui::vec2(1440.0, 1400.0),
    );
    type_into(&mut harness, "备案的人代会次数", "5");
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(session(&harness).papers.congress_session, Some(5));
    harness.get_by_label_contains("人民代表大会第五次会议备案");
}

#[test]
fn others_evaluating_are_typed_in_the_evaluation_s_editor() {
    let mut county = common::county();
    county.evaluations[0].announcement = None;
    let id = county.evaluations[0].id;
    let mut harness = window_at(county, Section::Votes, egui::vec2(1440.0, 1400.0));
    harness
        .state_mut()
        .editor
        .votes
        .select(Selection::Evaluation(id));
    harness.run();
    let others = "列席会议的市县人大代表、公民代表";
    type_into(&mut harness, "其他测评人", others);
    assert_eq!(session(&harness).evaluations[0].other_evaluators, others);
}

#[test]
fn the_regulation_and_the_consequence_are_set_on_the_house_style_screen() {
    let mut harness = window_at(
        common::county(),
        Section::HouseStyle,
        egui::vec2(1440.0, 12000.0),
    );
    harness.get_by_label("默认：不引用");
    type_into(
        &mut harness,
        "本地任免办法",
        "淇县人民代表大会常务委员会任免地方国家机关工作人员办法",
    );
    assert_eq!(
        session(&harness)
            .body
            .settings
            .law_articles
            .local_regulation,
        "淇县人民代表大会常务委员会任免地方国家机关工作人员办法"
    );
    assert!(
        harness
            .query_all_by_label("本地办法的辞职条款")
            .next()
            .is_some()
    );
    let rule = "凡是测评满意率低于60%的建议，需重新办理。";
    type_into(&mut harness, "测评结果的后果", rule);
    assert_eq!(session(&harness).body.settings.evaluation_consequence, rule);
    assert!(plain_text(session(&harness), DocKind::EvaluationResults).contains(rule));
}
