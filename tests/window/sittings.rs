//! Presiding and sittings in the window (DOMAIN.md §9, §10), driven with egui_kittest: the
//! entrusted presiding officer of the session and of a sitting with the minutes' sentence shown
//! live, agenda items placed in sittings, and the console's votes and evaluations placed in the
//! sitting they are taken at, checked against that sitting's attendance.

use crate::common;
use common::session;
use egui::accesskit::Role as A11yRole;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use huiwu::app::HuiwuApp;
use huiwu::dialogs::TypedPathOnly;
use huiwu::document::Document;
use huiwu::io::config::AppConfig;
use huiwu::model::decisions::vote_for;
use huiwu::model::{AttendanceStatus, MemberId, Session, SittingId, Tally, VoteRecord};
use huiwu::views::Section;
use huiwu::views::votes::Selection;

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
    // Without their own presiding officer, sittings follow the session's: nobody to entrust.
    assert_eq!(harness.query_all_by_label("（同上）").count(), 2);
    assert!(harness.query_by_label("会次委托人").is_none());
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

/// The example with a second sitting that keeps its own attendance: 王小强 on leave there too,
/// so that 34 of the 41 are present at it (35 at the session); the first item's vote taken
/// away, as before the vote.
fn example_with_a_sitting_of_its_own() -> (Session, SittingId, huiwu::model::VoteSubject) {
    let (mut example, _, second) = example_with_two_sittings();
    example.set_sitting_own_attendance(second, true);
    let member = member_named(&example, "王小强");
    assert!(example.is_present(member));
    example.set_attendance_at(
        member,
        Some(second),
        AttendanceStatus::OnLeave(String::new()),
    );
    let subject = huiwu::model::VoteSubject::AgendaItem(example.agenda[0].id);
    example.votes.retain(|v| v.subject != subject);
    (example, second, subject)
}

fn select(harness: &mut Harness<'_, HuiwuApp>, selection: Selection) {
    harness.state_mut().editor.votes.select(selection);
    harness.run();
}

#[test]
fn a_vote_placed_in_a_sitting_counts_that_sittings_attendance() {
    let (example, second, subject) = example_with_a_sitting_of_its_own();
    let mut harness = harness_on(example, Section::Votes);
    select(&mut harness, Selection::Vote(subject.clone()));
    harness.get_by_label("应到41人　实到35人　通过需赞成票至少21票");
    // Before a record exists the sitting follows the item, and cannot be chosen here.
    let combo = harness.get_by_role_and_label(A11yRole::ComboBox, "表决所在会议");
    assert!(combo.accesskit_node().is_disabled());
    harness.get_by_label("逐人记录").click();
    harness.run();
    harness.get_by_label_contains("未记35人");
    assert!(harness.query_by_label("王小强").is_some());
    choose(&mut harness, "表决所在会议", "第二次全体会议");
    let vote = vote_for(session(&harness), &subject).unwrap();
    assert_eq!(vote.sitting, Some(second));
    // Every figure of the console is now the sitting's: one present fewer.
    harness.get_by_label("应到41人　实到34人（第二次全体会议）　通过需赞成票至少21票");
    harness.get_by_label("该次会议应到41人，实到34人，请假7人，缺席0人");
    harness.get_by_label_contains("未记34人");
    assert!(harness.query_by_label("王小强").is_none());
    // Back to the first sitting, which follows the session's attendance.
    choose(&mut harness, "表决所在会议", "第一次全体会议");
    harness.get_by_label("应到41人　实到35人（第一次全体会议）　通过需赞成票至少21票");
    harness.get_by_label_contains("未记35人");
}

#[test]
fn counts_are_checked_against_the_sittings_attendance() {
    let (example, second, subject) = example_with_a_sitting_of_its_own();
    let mut harness = harness_on(example, Section::Votes);
    select(&mut harness, Selection::Vote(subject.clone()));
    harness.get_by_label("计票").click();
    harness.run();
    choose(&mut harness, "表决所在会议", "第二次全体会议");
    let vote = vote_for(session(&harness), &subject).unwrap().id;
    // 35 votes are possible at the session, not at a sitting where 34 are present.
    harness
        .state_mut()
        .document
        .as_mut()
        .unwrap()
        .session
        .set_vote_counts(
            vote,
            Tally {
                yes: 35,
                ..Tally::default()
            },
        )
        .unwrap();
    harness.run();
    harness.get_by_label_contains("超过实到人数34");
    assert_eq!(
        vote_for(session(&harness), &subject).unwrap().sitting,
        Some(second)
    );
}

#[test]
fn an_announced_vote_keeps_its_sitting() {
    let (mut example, second, subject) = example_with_a_sitting_of_its_own();
    let vote = example
        .record_vote(
            &subject,
            VoteRecord::Counts(Tally {
                yes: 35,
                ..Tally::default()
            }),
        )
        .unwrap();
    example.announce(vote, false, &common::operator()).unwrap();
    let mut harness = harness_on(example, Section::Votes);
    select(&mut harness, Selection::Vote(subject.clone()));
    let combo = harness.get_by_role_and_label(A11yRole::ComboBox, "表决所在会议");
    assert!(combo.accesskit_node().is_disabled());
    // The model refuses too, and the window says why.
    let refused = huiwu::action::apply(
        &mut session(&harness).clone(),
        huiwu::action::Action::SetVoteSitting {
            vote,
            sitting: Some(second),
        },
    );
    assert!(refused.unwrap_err().to_string().contains("已宣布"));
}

#[test]
fn an_evaluation_is_placed_in_its_sitting_from_its_card() {
    let (mut example, second, _) = example_with_a_sitting_of_its_own();
    let evaluation = example.add_evaluation("市民政局工作", Vec::new());
    let mut harness = harness_on(example, Section::Votes);
    select(&mut harness, Selection::Evaluation(evaluation));
    harness.get_by_label("应到41人　实到35人　通过需赞成票至少21票");
    choose(&mut harness, "表决所在会议", "第二次全体会议");
    let placed = session(&harness)
        .evaluations
        .iter()
        .find(|e| e.id == evaluation)
        .unwrap()
        .sitting;
    assert_eq!(placed, Some(second));
    harness.get_by_label("应到41人　实到34人（第二次全体会议）　通过需赞成票至少21票");
    harness.get_by_label("逐人记录").click();
    harness.run();
    assert!(harness.query_by_label("王小强").is_none());
}

#[test]
fn the_hall_shows_the_attendance_of_the_sitting_voted_at() {
    let (mut example, second, subject) = example_with_a_sitting_of_its_own();
    let item = example.agenda[0].id;
    example.set_item_sitting(item, Some(second));
    let mut harness = harness_on(example, Section::Votes);
    select(&mut harness, Selection::Vote(subject));
    harness.get_by_label("出席情况").click();
    harness.run();
    let view = huiwu::views::hall::hall_view(session(&harness), &harness.state().editor.votes.hall);
    assert_eq!(
        view.session_title,
        "鹤壁市第十二届人民代表大会常务委员会第九次会议第二次全体会议"
    );
    match view.screen {
        huiwu::views::hall::HallScreen::Attendance(counts) => {
            assert_eq!(
                (counts.members, counts.present, counts.on_leave),
                (41, 34, 7)
            );
        }
        other => panic!("{other:?}"),
    }
    harness.get_by_label("当前：出席情况（第二次全体会议）");
}
