//! Issue 23, the reviewing committee of a deputy's resignation (FORMS.md §17
//! `body_report_reviewed`) on the 任免 screen: the field, shown once the entry is a deputy's
//! resignation, is found by its label, typed, and changes the session.

use crate::common;
use common::session;
use egui::Key;
use huiwu::app::HuiwuApp;
use huiwu::dialogs::TypedPathOnly;
use huiwu::document::Document;
use huiwu::io::config::AppConfig;
use huiwu::model::{EntryId, VoteSubject};
use huiwu::views::Section;

#[test]
fn the_reviewing_committee_is_typed_under_a_deputy_s_resignation() {
    // The county example, its resignation's vote not yet taken, the resignation a deputy's.
    let mut county = common::county();
    county
        .votes
        .retain(|v| v.subject != VoteSubject::Entries(vec![EntryId(1)]));
    county.set_entry_deputy(EntryId(1), true).unwrap();
    let motion = county.motions.first().map(|m| m.id);
    let mut app = HuiwuApp::new(
        Some(Document::opened(county, None)),
        AppConfig::default(),
        Box::new(TypedPathOnly),
    );
    app.editor.section = Section::Appointments;
    app.editor.motion = motion;
    let mut harness = common::window_of_size(app, egui::vec2(1440.0, 1400.0));
    harness.run();
    common::type_into(
        &mut harness,
        "审查报告提请人",
        "人大常委会代表资格审查委员会",
    );
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(
        session(&harness).entry(EntryId(1)).unwrap().1.reviewed_by,
        "人大常委会代表资格审查委员会"
    );
}
