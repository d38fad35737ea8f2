//! Recording votes and evaluations in the console, and what the hall screen shows.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code: a failure stops the test right there

mod common;

use egui::{Event, Key};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use huiwu::app::{HuiwuApp, install_fonts};
use huiwu::dialogs::TypedPathOnly;
use huiwu::document::Document;
use huiwu::io::config::AppConfig;
use huiwu::model::voting::{VoteResult, pending_votes, vote_for, voting_order};
use huiwu::model::{
    EvaluationRecord, EvaluationTally, Grade, Session, Tally, VoteRecord, VoteSubject,
};
use huiwu::views::Section;
use huiwu::views::hall::{HallResult, hall_ui, hall_view};
use huiwu::views::votes::Selection;

fn console(session: Session) -> Harness<'static, HuiwuApp> {
    let mut app = HuiwuApp::new(
        Some(Document::opened(session, None)),
        AppConfig::default(),
        Box::new(TypedPathOnly),
    );
    app.editor.section = Section::Votes;
    let mut harness = common::window(app);
    harness.run();
    harness
}

use common::session;

#[test]
fn voting_order_follows_the_agenda_and_only_the_agenda_vote_is_pending_in_the_example() {
    let session = common::example();
    let order = voting_order(&session);
    assert_eq!(order[0], VoteSubject::Agenda);
    // 6 items voted as reports, 3 heard only, 4 resolutions, 14 entries one by one.
    assert_eq!(order.len(), 1 + 9 + 4 + 14);
    assert_eq!(pending_votes(&session), [VoteSubject::Agenda]);
}

#[test]
fn fast_entry_records_with_the_keyboard_and_refuses_impossible_counts() {
    let mut harness = console(common::example());
    harness.key_press(Key::F5);
    harness.run();
    harness.get_by_label("快速录入");
    harness.get_by_label("第1项，共1项待表决");
    // More votes than the 35 present: flagged, not recorded.
    harness.event(Event::Text("36".to_owned()));
    harness.run();
    harness.get_by_label("记录有误：票数合计36，超过实到人数35");
    harness.key_press(Key::Enter);
    harness.run();
    assert!(vote_for(session(&harness), &VoteSubject::Agenda).is_none());

    // Correct it: 33 yes, Tab, 0, Tab, 2 — Enter records and moves on.
    harness.key_press(Key::Backspace);
    harness.key_press(Key::Backspace);
    harness.event(Event::Text("33".to_owned()));
    harness.key_press(Key::Tab);
    harness.event(Event::Text("0".to_owned()));
    harness.key_press(Key::Tab);
    harness.event(Event::Text("2".to_owned()));
    harness.run();
    harness.get_by_label("以赞成33票，反对0票，弃权2票表决通过");
    harness.key_press(Key::Enter);
    harness.run();
    let vote = vote_for(session(&harness), &VoteSubject::Agenda).expect("recorded");
    assert_eq!(
        vote.record,
        VoteRecord::Counts(Tally {
            yes: 33,
            no: 0,
            abstain: 2,
            not_pressed: 0
        })
    );
    harness.get_by_label("没有待表决的事项了。");
    harness.key_press(Key::Escape);
    harness.run();
    assert!(harness.state().editor.votes.fast_entry.is_none());
}

#[test]
fn a_recorded_vote_is_announced_locked_and_unlocked_with_a_trace() {
    let mut example = common::example();
    example.votes.clear();
    let item = example.agenda[0].id;
    let mut harness = console(example);
    let subject = VoteSubject::AgendaItem(item);
    harness.state_mut().editor.votes.selection = Some(Selection::Vote(subject.clone()));
    harness.run();
    harness.get_by_label("只记结果：未通过").click();
    harness.run();
    assert_eq!(
        session(&harness).agenda[0].outcome,
        huiwu::model::Outcome::Rejected
    );
    harness.get_by_label("通过").click();
    harness.run();
    harness.get_by_label("宣布结果").click();
    harness.run();
    let vote = vote_for(session(&harness), &subject).unwrap();
    assert!(vote.announced);
    assert_eq!(
        session(&harness).agenda[0].outcome,
        huiwu::model::Outcome::Adopted
    );
    harness.get_by_label("结果已宣布，记录已锁定。");

    // The hall now shows the result.
    let view = hall_view(
        session(&harness),
        harness.state().editor.votes.selection.as_ref(),
    );
    assert_eq!(
        view.result,
        HallResult::Vote {
            tally: None,
            result: VoteResult::Adopted
        }
    );

    // Unlocking needs a name and leaves a trace.
    harness.state_mut().editor.votes.unlock_by = "秘书科 王某".to_owned();
    harness.state_mut().editor.votes.unlock_reason = "录入有误".to_owned();
    harness.run();
    harness.get_by_label("解锁修改").click();
    harness.run();
    let vote = vote_for(session(&harness), &subject).unwrap();
    assert!(!vote.announced);
    assert_eq!(vote.history.len(), 1);
    assert_eq!(vote.history[0].by, "秘书科 王某");
    assert_eq!(vote.history[0].reason, "录入有误");
}

#[test]
fn hall_view_for_each_state() {
    let mut session = common::example();
    // Nothing selected.
    let view = hall_view(&session, None);
    assert_eq!(view.result, HallResult::Nothing);
    assert_eq!(
        view.session_title,
        "鹤壁市第十二届人民代表大会常务委员会第九次会议"
    );
    assert_eq!((view.attendance.present, view.attendance.members), (35, 41));
    // A vote recorded but not announced: only 「正在表决」, never the counts.
    session.votes.push(huiwu::model::Vote {
        id: huiwu::model::VoteId(100),
        subject: VoteSubject::Agenda,
        record: VoteRecord::Counts(Tally {
            yes: 20,
            no: 10,
            abstain: 5,
            not_pressed: 0,
        }),
        announced: false,
        history: Vec::new(),
    });
    let selection = Selection::Vote(VoteSubject::Agenda);
    assert_eq!(
        hall_view(&session, Some(&selection)).result,
        HallResult::VotingInProgress
    );
    // Announced: 20 yes of 41 is not a majority of all members.
    session.votes.last_mut().unwrap().announced = true;
    let view = hall_view(&session, Some(&selection));
    assert_eq!(view.current.as_deref(), Some("会议议程"));
    assert_eq!(
        view.result,
        HallResult::Vote {
            tally: Some(Tally {
                yes: 20,
                no: 10,
                abstain: 5,
                not_pressed: 0
            }),
            result: VoteResult::Rejected
        }
    );
    // An evaluation with counts.
    let evaluation = session.evaluations[1].id;
    session.evaluations[1].record = EvaluationRecord::Counts(EvaluationTally {
        satisfied: 30,
        basically_satisfied: 4,
        dissatisfied: 1,
        invalid: 0,
    });
    let view = hall_view(&session, Some(&Selection::Evaluation(evaluation)));
    match view.result {
        HallResult::Evaluation {
            verdict,
            rates: Some((satisfied, _)),
            ..
        } => {
            assert_eq!(verdict, Grade::Satisfied);
            assert!((satisfied - 85.714).abs() < 0.01);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn hall_screen_draws_the_result_in_large_type() {
    let mut session = common::example();
    session.votes.push(huiwu::model::Vote {
        id: huiwu::model::VoteId(100),
        subject: VoteSubject::Agenda,
        record: VoteRecord::Counts(Tally {
            yes: 33,
            no: 0,
            abstain: 2,
            not_pressed: 0,
        }),
        announced: true,
        history: Vec::new(),
    });
    let view = hall_view(&session, Some(&Selection::Vote(VoteSubject::Agenda)));
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 720.0))
        .with_context_setup(install_fonts)
        .with_accessibility_check(true)
        .build_ui(move |ui| hall_ui(ui, &view));
    harness.run();
    harness.get_by_label("鹤壁市第十二届人民代表大会常务委员会第九次会议");
    harness.get_by_label("应到41人　实到35人　请假6人　缺席0人　");
    harness.get_by_label("符合法定人数");
    harness.get_by_label("会议议程");
    harness.get_by_label("通过");
    // No notes or drafts: nothing of the members' notes or report texts appears.
    assert!(harness.query_by_label_contains("以上报告").is_none());
}
