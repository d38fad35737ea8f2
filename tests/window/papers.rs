//! The papers of the session before and during it (DOMAIN.md §13) for both example sessions:
//! golden texts under `tests/golden/papers/{hebi,qixian}/`; the ballots hold exactly the votes
//! of the voting order, bundled as 合并表决 says, in one copy per member and the spare ones;
//! every appointee is on a ballot, gets a certificate and swears; the evaluation ballot has
//! every object; the sign-in sheets list every member in the published order; every paper
//! renders in every format.
//!
//! Regenerate the golden files after an intended change with
//! `HUIWU_UPDATE_GOLDEN=1 cargo test --test papers`, then read the diff.

use crate::common;
use huiwu::export::{DocKind, plain_text};
use huiwu::model::Session;
use std::path::Path;

fn qixian() -> Session {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("sessions/qixian-17-15.ron");
    huiwu::io::load(&path).unwrap()
}

/// The window on the county example, at 概况.
fn county_window() -> egui_kittest::Harness<'static, huiwu::app::HuiwuApp> {
    let app = huiwu::app::HuiwuApp::new(
        Some(huiwu::document::Document::opened(qixian(), None)),
        huiwu::io::config::AppConfig::default(),
        Box::new(huiwu::dialogs::TypedPathOnly),
    );
    let mut harness = common::window(app);
    harness.run();
    harness
}

#[test]
fn the_overview_sets_what_the_papers_need() {
    use egui_kittest::kittest::Queryable;
    let mut harness = county_window();
    // What is printed when nothing is set is shown beside the fields.
    harness.get_by_label_contains("未填时为会前7天：2024年6月20日");
    harness.get_by_label_contains("每种票印27份");
    harness.get_by_label("通知联系人").click();
    harness.run();
    harness.get_by_label("通知联系人").type_text("赵丽");
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    let session = common::session(&harness);
    assert_eq!(session.papers.contact, "赵丽");
    assert!(plain_text(session, DocKind::Notice).contains("赵丽"));
}

#[test]
fn the_overview_sets_who_counts_the_ballots_and_how_a_vote_is_taken() {
    use egui_kittest::kittest::Queryable;
    let mut harness = county_window();
    harness.get_by_label("监票人姓名").click();
    harness.run();
    harness
        .get_by_label("监票人姓名")
        .type_text("丁立新、马红梅");
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    let script = plain_text(common::session(&harness), DocKind::Script);
    assert!(
        script.contains("本次表决由丁立新、马红梅同志担任监票人"),
        "{script}"
    );
    // Each vote's method, in voting order: the agenda's vote by a show of hands. (A tall
    // window: the list is below the papers' settings.)
    harness.set_size(egui::vec2(1440.0, 2400.0));
    harness.run();
    harness.get_by_label("各项表决的方式").click();
    harness.run();
    harness.get_by_label("第1项表决的方式").click();
    harness.run();
    harness.get_by_label("举手表决").click();
    harness.run();
    let session = common::session(&harness);
    assert_eq!(
        session.vote_method(&huiwu::model::VoteSubject::Agenda),
        huiwu::model::VoteMethod::Hands
    );
    assert!(plain_text(session, DocKind::Script).contains("现在进行举手表决"));
}
