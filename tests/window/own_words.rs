//! The facts format 6 added for every body's own words (issue 23, FORMS.md §4, §5, §9, §15, §18,
//! §20), entered on their screens: each field found by its label, typed or ticked, changes the
//! session through an action (one undo step), and the document the form prints in says it.

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
use huiwu::model::{EntryId, Session, Statement, VoteSubject};
use huiwu::views::Section;

/// The county example, its resignation's vote not yet taken (so that what it decides can still
/// be changed).
fn county_before_the_resignation_vote() -> Session {
    let mut session = common::county();
    session
        .votes
        .retain(|v| v.subject != VoteSubject::Entries(vec![EntryId(1)]));
    session
}

fn window_at(session: Session, section: Section) -> Harness<'static, HuiwuApp> {
    let motion = session.motions.first().map(|m| m.id);
    let mut app = HuiwuApp::new(
        Some(Document::opened(session, None)),
        AppConfig::default(),
        Box::new(TypedPathOnly),
    );
    app.editor.section = section;
    app.editor.motion = motion;
    let mut harness = common::window_of_size(app, egui::vec2(1440.0, 1400.0));
    harness.run();
    harness
}

fn undo(harness: &mut Harness<'_, HuiwuApp>) {
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
}

#[test]
fn a_guest_invited_is_typed_on_the_observers_screen_and_named_in_the_news() {
    let mut harness = window_at(common::county(), Section::Observers);
    common::type_into(&mut harness, "应邀参加会议的来宾", "张鸿建（市政协副主席）");
    harness.key_press(Key::Enter);
    harness.run();
    let session = session(&harness);
    assert_eq!(session.guests.invited.len(), 1);
    assert_eq!(session.guests.invited[0].name, "张鸿建");
    assert_eq!(session.guests.invited[0].title, "市政协副主席");
    assert!(plain_text(session, DocKind::News).contains("市政协副主席张鸿建应邀参加会议。"));
    undo(&mut harness);
    assert!(session_of(&harness).guests.invited.is_empty());
    // A unit present only for the items that concern it.
    harness
        .get_all_by_label("仅相关议题")
        .next()
        .unwrap()
        .click();
    harness.run();
    assert!(session_of(&harness).observers[0].for_related_items);
}

fn session_of(harness: &Harness<'_, HuiwuApp>) -> Session {
    session(harness).clone()
}

#[test]
fn a_resignation_s_reason_and_a_deputy_s_resignation_are_entered_under_the_entry() {
    let mut harness = window_at(county_before_the_resignation_vote(), Section::Appointments);
    common::type_into(&mut harness, "辞职理由", "工作变动");
    harness.key_press(Key::Enter);
    harness.run();
    let entry =
        |harness: &Harness<'_, HuiwuApp>| session(harness).entry(EntryId(1)).unwrap().1.clone();
    assert_eq!(entry(&harness).reason, "工作变动");
    harness.get_by_label("本级人大代表辞职").click();
    harness.run();
    let resigned = entry(&harness);
    assert!(resigned.deputy);
    assert_eq!(resigned.posts, ["淇县第十七届人民代表大会代表"]);
    // The statement of 刘卫东 (appointed, announced): recorded after the vote.
    harness.get_all_by_label("任职发言").next().unwrap().click();
    harness.run();
    harness.get_by_label("表态发言").click();
    harness.run();
    assert_eq!(
        session(&harness).entry(EntryId(2)).unwrap().1.statement,
        Some(Statement::Pledge)
    );
    assert!(
        plain_text(session(&harness), DocKind::News).contains("刘卫东同志在会上作了表态发言。")
    );
    // The nominees' meeting.
    harness.get_by_label("拟任命人员与组成人员见面").click();
    harness.run();
    assert!(session(&harness).motions[0].meeting);
}

#[test]
fn a_motion_s_class_of_posts_and_an_entry_left_unnamed_are_set_in_the_appointments_editor() {
    let mut session = common::county();
    // The court's motion selected.
    session.motions.swap(0, 1);
    let mut harness = window_at(session, Section::Appointments);
    common::type_into(&mut harness, "议案的职务类别", "审判人员");
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(session_of(&harness).motions[0].post_category, "审判人员");
    // The jurors (the motion's first entry) left unnamed in the news.
    harness
        .get_all_by_label("新闻稿不列名")
        .next()
        .unwrap()
        .click();
    harness.run();
    let session = session_of(&harness);
    assert!(session.entry(EntryId(4)).unwrap().1.unnamed_in_news);
    let news = plain_text(&session, DocKind::News);
    assert!(news.contains("会议还通过了其他人事任免事项。"), "{news}");
    assert!(!news.contains("李春燕"), "{news}");
}

#[test]
fn the_evaluation_notice_s_number_is_typed_in_the_overview() {
    let mut harness = window_at(common::county(), Section::Overview);
    common::type_into(&mut harness, "测评公告编号", "60");
    harness.key_press(Key::Enter);
    harness.run();
    let session = session_of(&harness);
    assert_eq!(session.papers.evaluation_notice_number, Some(60));
    assert!(plain_text(&session, DocKind::EvaluationResults).contains("\n（第60号）\n"));
    harness.get_by_label_contains("满意度测评结果标题下印「（第60号）」");
    // Cleared: not numbered.
    harness.get_by_label("测评公告编号").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    harness.key_press(Key::Backspace);
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(session_of(&harness).papers.evaluation_notice_number, None);
}
