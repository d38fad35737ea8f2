//! Presiding and sittings in the window (DOMAIN.md §9, §10), driven with egui_kittest: the
//! entrusted presiding officer of the session and of a sitting with the minutes' sentence shown
//! live, agenda items placed in sittings, and the console's votes and evaluations placed in the
//! sitting they are taken at, checked against that sitting's attendance.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code: a failure stops the test right there

mod common;

use egui::accesskit::Role as A11yRole;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use huiwu::app::HuiwuApp;
use huiwu::dialogs::TypedPathOnly;
use huiwu::document::Document;
use huiwu::io::config::AppConfig;
use huiwu::model::{MemberId, Session, SittingId};
use huiwu::views::Section;

use common::session;

fn harness_on(session: Session, section: Section) -> Harness<'static, HuiwuApp> {
    let mut app = HuiwuApp::new(
        Some(Document::opened(session, None)),
        AppConfig::default(),
        Box::new(TypedPathOnly),
    );
    app.editor.section = section;
    let mut harness = common::window(app);
    harness.run();
    harness
}

/// Opens the combo box named `name` and picks `choice` in its menu.
fn choose(harness: &mut Harness<'_, HuiwuApp>, name: &str, choice: &str) {
    harness
        .get_by_role_and_label(A11yRole::ComboBox, name)
        .click();
    harness.run();
    // The menu is drawn last, above everything: its entry is the last node of that name.
    harness.get_all_by_label(choice).last().unwrap().click();
    harness.run();
}

fn member_named(session: &Session, name: &str) -> MemberId {
    session.roster.iter().find(|m| m.name == name).unwrap().id
}

/// The example with a second plenary sitting.
fn example_with_two_sittings() -> (Session, SittingId, SittingId) {
    let mut example = common::example();
    let first = example.details.sittings[0].id;
    let second = example.add_sitting();
    (example, first, second)
}

#[test]
fn the_session_presided_by_entrustment_says_so_at_once() {
    let mut harness = harness_on(common::example(), Section::Overview);
    harness.get_by_label_contains("会议由主任史全新主持。");
    choose(&mut harness, "主持人", "尚欣（副主任）");
    choose(&mut harness, "委托人", "史全新（主任）");
    let chair = member_named(session(&harness), "史全新");
    let vice = member_named(session(&harness), "尚欣");
    assert_eq!(session(&harness).details.presiding, Some(vice));
    assert_eq!(session(&harness).details.entrusted_by, Some(chair));
    harness.get_by_label_contains("受主任史全新委托，会议由副主任尚欣主持。");
    // The minutes say the same.
    let minutes = huiwu::export::plain_text(session(&harness), huiwu::export::DocKind::Minutes);
    assert!(
        minutes.contains("受主任史全新委托，会议由副主任尚欣主持"),
        "{minutes}"
    );
    // 「（本人主持）」 takes the entrusting away.
    choose(&mut harness, "委托人", "（本人主持）");
    assert_eq!(session(&harness).details.entrusted_by, None);
    harness.get_by_label_contains("会议由副主任尚欣主持。");
}

#[test]
fn a_sitting_presided_by_entrustment_says_so_in_its_sentence() {
    let (example, _, second) = example_with_two_sittings();
    let mut harness = harness_on(example, Section::Overview);
    // Without its own presiding officer, a sitting's entrusting cannot be chosen.
    let entrusted = harness.get_all_by_label("会次委托人").last().unwrap();
    assert!(entrusted.accesskit_node().is_disabled());
    let presiding = harness
        .get_all_by_role_and_label(A11yRole::ComboBox, "会次主持人")
        .last()
        .unwrap();
    presiding.click();
    harness.run();
    harness.get_all_by_label("郑辉").last().unwrap().click();
    harness.run();
    harness
        .get_all_by_role_and_label(A11yRole::ComboBox, "会次委托人")
        .last()
        .unwrap()
        .click();
    harness.run();
    harness.get_all_by_label("史全新").last().unwrap().click();
    harness.run();
    let sitting = session(&harness).sitting(second).unwrap().clone();
    assert_eq!(
        sitting.presiding,
        Some(member_named(session(&harness), "郑辉"))
    );
    assert_eq!(
        sitting.entrusted_by,
        Some(member_named(session(&harness), "史全新"))
    );
    harness
        .get_by_label_contains("会议举行第二次全体会议，受主任史全新委托，会议由副主任郑辉主持。");
}

#[test]
fn an_agenda_item_is_placed_in_a_sitting_from_its_editor() {
    let (example, _, second) = example_with_two_sittings();
    let item = example.agenda[1].id;
    let mut app = HuiwuApp::new(
        Some(Document::opened(example, None)),
        AppConfig::default(),
        Box::new(TypedPathOnly),
    );
    app.editor.section = Section::Agenda;
    app.editor.agenda_item = Some(item);
    let mut harness = common::window(app);
    harness.run();
    choose(&mut harness, "所在会议", "第二次全体会议");
    assert_eq!(session(&harness).agenda[1].sitting, Some(second));
    choose(&mut harness, "所在会议", "（未指定）");
    assert_eq!(session(&harness).agenda[1].sitting, None);
}

#[test]
fn without_sittings_the_item_editor_asks_for_none() {
    let mut example = common::example();
    let sittings: Vec<SittingId> = example.details.sittings.iter().map(|s| s.id).collect();
    for id in sittings {
        example.delete_sitting(id).unwrap();
    }
    let item = example.agenda[0].id;
    let mut app = HuiwuApp::new(
        Some(Document::opened(example, None)),
        AppConfig::default(),
        Box::new(TypedPathOnly),
    );
    app.editor.section = Section::Agenda;
    app.editor.agenda_item = Some(item);
    let mut harness = common::window(app);
    harness.run();
    assert!(harness.query_all_by_label("审议方式").next().is_some());
    assert!(harness.query_by_label("所在会议").is_none());
}
