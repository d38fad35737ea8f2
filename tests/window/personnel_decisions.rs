//! Personnel decisions from the appointments editor (DOMAIN.md §8), driven with egui_kittest:
//! an entry accepting a resignation or naming an acting head generates its 决定 with one click,
//! regenerates it, and leads to it; other entries offer nothing of the kind.

use crate::common;
use common::session;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use huiwu::app::HuiwuApp;
use huiwu::dialogs::TypedPathOnly;
use huiwu::document::Document;
use huiwu::io::config::AppConfig;
use huiwu::model::{
    Appointee, AppointmentAction, EntryId, MotionId, ResolutionKind, ResolutionStatus, Session,
};
use huiwu::views::Section;

/// The example with an entry of `action` for 张三 as `post` added to its first motion.
fn example_with(action: AppointmentAction, post: &str) -> (Session, MotionId, EntryId) {
    let mut example = common::example();
    let motion = example.motions[0].id;
    let entry = example.add_entry(motion, action).unwrap();
    let added = example.motions[0]
        .entries
        .iter_mut()
        .find(|e| e.id == entry)
        .unwrap();
    added.people = vec![Appointee::named("张三")];
    added.posts = vec![post.to_owned()];
    (example, motion, entry)
}

fn appointments(session: Session, motion: MotionId) -> Harness<'static, HuiwuApp> {
    let mut app = HuiwuApp::new(
        Some(Document::opened(session, None)),
        AppConfig::default(),
        Box::new(TypedPathOnly),
    );
    app.editor.section = Section::Appointments;
    app.editor.motion = Some(motion);
    let mut harness = common::window(app);
    harness.run();
    harness
}

#[test]
fn accepting_a_resignation_generates_its_decision_with_one_click() {
    let (example, motion, entry) =
        example_with(AppointmentAction::AcceptResignation, "鹤壁市人民政府副市长");
    let before = example.resolutions.len();
    let mut harness = appointments(example, motion);
    // Only the new entry is adopted as a decision of its own.
    assert_eq!(harness.query_all_by_label("生成决定").count(), 1);
    harness.get_by_label("生成决定").click();
    harness.run();
    let resolutions = &session(&harness).resolutions;
    assert_eq!(resolutions.len(), before + 1);
    let decision = resolutions.last().unwrap();
    assert_eq!(
        decision.title,
        "鹤壁市人民代表大会常务委员会关于接受张三辞去鹤壁市人民政府副市长职务请求的决定"
    );
    assert_eq!(decision.kind, ResolutionKind::Decision);
    assert_eq!(decision.status, ResolutionStatus::Draft);
    assert_eq!(decision.entry, Some(entry));
    let id = decision.id;
    assert_eq!(harness.state().editor.resolution, Some(id));
    // Now it can be regenerated, and its title leads to it.
    assert!(harness.query_by_label("生成决定").is_none());
    harness.get_by_label("重新生成决定");
    harness
        .get_by_label(
            "鹤壁市人民代表大会常务委员会关于接受张三辞去鹤壁市人民政府副市长职务请求的决定",
        )
        .click();
    harness.run();
    assert_eq!(harness.state().editor.section, Section::Resolutions);
    assert_eq!(harness.state().editor.resolution, Some(id));
}

#[test]
fn regenerating_replaces_the_text_and_keeps_one_decision() {
    let (example, motion, entry) =
        example_with(AppointmentAction::DecideActing, "鹤壁市人民政府代理市长");
    let mut harness = appointments(example, motion);
    harness.get_by_label("生成决定").click();
    harness.run();
    let count = session(&harness).resolutions.len();
    let title = "鹤壁市人民代表大会常务委员会关于张三代理鹤壁市人民政府市长的决定";
    assert_eq!(session(&harness).resolutions.last().unwrap().title, title);
    // Edited by hand, then regenerated from the entry.
    harness
        .state_mut()
        .document
        .as_mut()
        .unwrap()
        .session
        .resolutions
        .last_mut()
        .unwrap()
        .title = "改过的标题".to_owned();
    harness.run();
    harness.get_by_label("改过的标题");
    harness.get_by_label("重新生成决定").click();
    harness.run();
    let resolutions = &session(&harness).resolutions;
    assert_eq!(resolutions.len(), count);
    let decision = resolutions.iter().find(|r| r.entry == Some(entry)).unwrap();
    assert_eq!(decision.title, title);
    assert!(format!("{:?}", decision.body).contains("第五十条"));
}
