//! The live protocol in the console: recording votes and evaluations, what every place says of
//! them at once, announcing (and refusing to), the lock that undo cannot cross, the recorded
//! unlock, and the hall screen that shows only what the operator puts there.

use crate::common;
use common::session;
use egui::{Event, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use huiwu::app::{HuiwuApp, install_fonts};
use huiwu::dialogs::TypedPathOnly;
use huiwu::document::Document;
use huiwu::export::{DocKind, plain_text};
use huiwu::io::config::AppConfig;
use huiwu::model::check::{Severity, check_session};
use huiwu::model::decisions::{
    ItemState, VoteResult, VoteState, item_state, vote_for, vote_state, voting_order,
};
use huiwu::model::{EvaluationTally, Grade, Session, Tally, VoteRecord, VoteSubject};
use huiwu::views::Section;
use huiwu::views::hall::{HallContent, HallScreen, HallStatus, hall_ui, hall_view};
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

fn session_mut<'h>(harness: &'h mut Harness<'_, HuiwuApp>) -> &'h mut Session {
    &mut harness.state_mut().document.as_mut().unwrap().session
}

/// The example with the first item's vote taken away, as it stood before the vote.
fn example_before_the_first_vote() -> (Session, VoteSubject) {
    let mut example = common::example();
    let subject = VoteSubject::AgendaItem(example.agenda[0].id);
    example.votes.retain(|v| v.subject != subject);
    (example, subject)
}

fn minutes_text(session: &Session) -> String {
    plain_text(session, DocKind::Minutes)
}

/// The console on the first item, with 计票 chosen in the window and `yes` typed.
fn counts_typed(yes: u32) -> (Harness<'static, HuiwuApp>, VoteSubject) {
    let (example, subject) = example_before_the_first_vote();
    let mut harness = console(example);
    select(&mut harness, &subject);
    harness.get_by_label("计票").click();
    harness.run();
    let vote = vote_for(session(&harness), &subject).unwrap().id;
    let tally = Tally {
        yes,
        ..Tally::default()
    };
    session_mut(&mut harness)
        .set_vote_counts(vote, tally)
        .unwrap();
    harness.run();
    (harness, subject)
}

/// The console on the example's evaluation at `index`.
fn evaluation_console(index: usize) -> (Harness<'static, HuiwuApp>, huiwu::model::EvaluationId) {
    let example = common::example();
    let evaluation = example.evaluations[index].id;
    let mut harness = console(example);
    harness
        .state_mut()
        .editor
        .votes
        .select(Selection::Evaluation(evaluation));
    harness.run();
    (harness, evaluation)
}

fn select(harness: &mut Harness<'_, HuiwuApp>, subject: &VoteSubject) {
    harness
        .state_mut()
        .editor
        .votes
        .select(Selection::Vote(subject.clone()));
    harness.run();
}

#[test]
fn counts_typed_show_the_same_in_every_place_at_once() {
    let (example, subject) = example_before_the_first_vote();
    let item = example.agenda[0].clone();
    let mut harness = console(example);
    select(&mut harness, &subject);
    // Nothing recorded: 待表决 everywhere, and the minutes say nothing of a result.
    assert_eq!(vote_state(session(&harness), &subject), VoteState::Pending);
    assert_eq!(item_state(session(&harness), &item), ItemState::Pending);

    // Choosing 计票 starts the record: 「未完成」, never 未通过.
    harness.get_by_label("计票").click();
    harness.run();
    assert_eq!(vote_state(session(&harness), &subject).label(), "未完成");
    assert_eq!(item_state(session(&harness), &item), ItemState::Voting);
    harness.get_by_label("未完成：已录入0票，实到35人");
    assert!(harness.query_by_label_contains("未获通过").is_none());
    assert!(!minutes_text(session(&harness)).contains("未获通过"));

    // Type the counts (the model's method, as the console's fields call it).
    let vote = vote_for(session(&harness), &subject).unwrap().id;
    let tally = Tally {
        yes: 33,
        no: 0,
        abstain: 2,
        not_pressed: 0,
    };
    session_mut(&mut harness)
        .set_vote_counts(vote, tally)
        .unwrap();
    harness.run();
    harness.get_by_label("以赞成33票，反对0票，弃权2票表决通过（尚未宣布）");
    let here = session(&harness);
    assert_eq!(vote_state(here, &subject).label(), "表决中：通过");
    assert_eq!(item_state(here, &item), ItemState::Voting);
    assert_eq!(item_state(here, &item).label(), "表决中");
    // The hall shows nothing of it; check finds no mismatch; the minutes wait for the announcement.
    assert_eq!(harness.state().editor.votes.hall, HallContent::Banner);
    let errors: Vec<_> = check_session(here)
        .into_iter()
        .filter(|p| p.severity == Severity::Error)
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    assert!(
        check_session(here)
            .iter()
            .any(|p| p.message.contains("结果尚未宣布"))
    );
    assert!(!minutes_text(here).contains("会议以赞成33票"));

    // Announced: every place says adopted, with the counts.
    harness.get_by_label("宣布结果").click();
    harness.run();
    let here = session(&harness);
    assert_eq!(
        vote_state(here, &subject),
        VoteState::Announced(VoteResult::Adopted)
    );
    assert_eq!(item_state(here, &item), ItemState::Adopted);
    harness.get_by_label("以赞成33票，反对0票，弃权2票表决通过（已宣布）");
    assert!(
        minutes_text(here)
            .contains("会议以按表决器表决方式，以赞成33票，反对0票，弃权2票表决通过了该报告。")
    );
    assert!(
        check_session(here)
            .iter()
            .all(|p| p.severity != Severity::Error)
    );
    // Still not on the hall until the operator puts it there.
    assert_eq!(harness.state().editor.votes.hall, HallContent::Banner);
    harness.get_by_label("上屏").click();
    harness.run();
    let view = hall_view(session(&harness), &harness.state().editor.votes.hall);
    assert_eq!(
        view.screen,
        HallScreen::Subject {
            title: item.title.clone(),
            status: HallStatus::VoteResult {
                tally: Some(tally),
                result: VoteResult::Adopted
            }
        }
    );
}

#[test]
fn an_impossible_record_is_refused_with_the_reason() {
    let (mut harness, subject) = counts_typed(45);
    harness.get_by_label("记录有误：票数合计45，超过实到人数35");
    harness.get_by_label("宣布结果").click();
    harness.run();
    harness.get_by_label("不能宣布结果：票数合计45，超过实到人数35。");
    assert!(
        !vote_for(session(&harness), &subject)
            .unwrap()
            .is_announced()
    );
    assert!(!minutes_text(session(&harness)).contains("以赞成45票"));
    // The model refuses it too, whoever asks.
    let vote = vote_for(session(&harness), &subject).unwrap().id;
    assert!(
        session_mut(&mut harness)
            .announce(vote, true, &common::operator())
            .is_err()
    );
}

#[test]
fn fewer_votes_than_present_asks_for_confirmation_naming_the_gap() {
    let (mut harness, subject) = counts_typed(33);
    harness.get_by_label("未完成：已录入33票，实到35人");
    harness.get_by_label("宣布结果").click();
    harness.run();
    harness.get_by_label_contains("尚有2人未计入");
    assert!(
        !vote_for(session(&harness), &subject)
            .unwrap()
            .is_announced()
    );
    harness.get_by_label("确认宣布").click();
    harness.run();
    assert!(
        vote_for(session(&harness), &subject)
            .unwrap()
            .is_announced()
    );
}

#[test]
fn undo_never_crosses_an_announcement_and_the_unlock_is_kept() {
    let (example, subject) = example_before_the_first_vote();
    let mut harness = console(example);
    select(&mut harness, &subject);
    harness.get_by_label("只记结果：通过").click();
    harness.run();
    harness.get_by_label("宣布结果").click();
    harness.run();
    let announced = vote_for(session(&harness), &subject).unwrap().clone();
    assert!(announced.is_announced());
    // Ctrl+Z twice: the lock and the record stay.
    for _ in 0..2 {
        harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
        harness.run();
        assert_eq!(vote_for(session(&harness), &subject), Some(&announced));
    }
    // The recorded unlock: who and why, kept whatever is undone after it.
    harness.state_mut().editor.votes.unlock_by = "秘书科 王某".to_owned();
    harness.state_mut().editor.votes.unlock_reason = "录入有误".to_owned();
    harness.run();
    harness.get_by_label("解锁修改").click();
    harness.run();
    harness.get_by_label("只记结果：未通过").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    let vote = vote_for(session(&harness), &subject).unwrap();
    assert!(
        !vote.is_announced(),
        "undo does not bring the lock back either"
    );
    assert_eq!(vote.history.len(), 1);
    assert_eq!(vote.history[0].by, "秘书科 王某");
    assert_eq!(vote.history[0].reason, "录入有误");
    assert_eq!(vote.history[0].previous, announced.record);
    // Redo has nothing to cross either.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    harness.run();
    assert_eq!(
        vote_for(session(&harness), &subject).unwrap().history.len(),
        1
    );
}

#[test]
fn browsing_the_console_leaves_the_hall_alone() {
    let (example, subject) = example_before_the_first_vote();
    let mut harness = console(example);
    let hall = |h: &Harness<'_, HuiwuApp>| hall_view(session(h), &h.state().editor.votes.hall);
    assert_eq!(hall(&harness).screen, HallScreen::Banner);
    // Selecting a subject not yet voted on, and one long announced: the hall does not follow.
    select(&mut harness, &subject);
    assert_eq!(hall(&harness).screen, HallScreen::Banner);
    let old = voting_order(session(&harness))[5].clone();
    select(&mut harness, &old);
    assert_eq!(hall(&harness).screen, HallScreen::Banner);
    // Put the pending one up: its title, and no 「正在表决」 before anything is recorded.
    select(&mut harness, &subject);
    harness.get_by_label("上屏").click();
    harness.run();
    assert!(matches!(
        hall(&harness).screen,
        HallScreen::Subject {
            status: HallStatus::Waiting,
            ..
        }
    ));
    // Browsing back to an old result changes nothing on the hall.
    select(&mut harness, &old);
    assert!(matches!(
        hall(&harness).screen,
        HallScreen::Subject {
            status: HallStatus::Waiting,
            ..
        }
    ));
    // The explicit screens.
    harness.get_by_label("出席情况").click();
    harness.run();
    match hall(&harness).screen {
        HallScreen::Attendance(counts) => {
            assert_eq!((counts.members, counts.present), (41, 35));
            assert!(counts.is_quorate());
        }
        other => panic!("{other:?}"),
    }
    harness.get_by_label("黑屏").click();
    harness.run();
    assert_eq!(hall(&harness).screen, HallScreen::Blank);
    harness.get_by_label("会标").click();
    harness.run();
    assert_eq!(hall(&harness).screen, HallScreen::Banner);
}

#[test]
fn evaluations_are_announced_locked_and_unlocked_like_votes() {
    let (mut harness, evaluation) = evaluation_console(1);
    harness.get_by_label("上屏").click();
    harness.run();
    harness.get_by_label("计票").click();
    harness.run();
    // 满意 5 typed so far: 「未完成」, the hall says 正在测评 and no verdict anywhere.
    session_mut(&mut harness)
        .set_evaluation_record(
            evaluation,
            huiwu::model::EvaluationRecord::Counts(EvaluationTally {
                satisfied: 5,
                ..EvaluationTally::default()
            }),
        )
        .unwrap();
    harness.run();
    harness.get_by_label("未完成：已录入5票，实到35人");
    assert!(harness.query_by_label_contains("不满意（").is_none());
    let hall = |h: &Harness<'_, HuiwuApp>| hall_view(session(h), &h.state().editor.votes.hall);
    assert!(matches!(
        hall(&harness).screen,
        HallScreen::Subject {
            status: HallStatus::Evaluating,
            ..
        }
    ));
    let complete = EvaluationTally {
        satisfied: 30,
        basically_satisfied: 4,
        dissatisfied: 1,
        invalid: 0,
    };
    session_mut(&mut harness)
        .set_evaluation_record(evaluation, huiwu::model::EvaluationRecord::Counts(complete))
        .unwrap();
    harness.run();
    harness.get_by_label("宣布结果").click();
    harness.run();
    let announced = &session(&harness).evaluations[1];
    assert!(announced.is_announced());
    match hall(&harness).screen {
        HallScreen::Subject {
            status: HallStatus::EvaluationResult { result, rates },
            ..
        } => {
            assert_eq!(result.verdict, Grade::Satisfied);
            assert_eq!(result.tally, Some(complete));
            // Two decimals, as the body's setting says by default (30 of 35 valid).
            assert_eq!(
                rates.as_deref(),
                Some("满意率85.71%　满意及基本满意率97.14%")
            );
        }
        other => panic!("{other:?}"),
    }
    assert!(
        minutes_text(session(&harness))
            .contains("会议对市工业和信息化局工作进行了满意度测评，测评结果为满意")
    );
    // Locked: undo keeps it; a change needs the recorded unlock.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert!(session(&harness).evaluations[1].is_announced());
    assert!(
        session_mut(&mut harness)
            .set_evaluation_record(evaluation, huiwu::model::EvaluationRecord::NotRecorded)
            .is_err()
    );
    harness.state_mut().editor.votes.unlock_by = "王某".to_owned();
    harness.state_mut().editor.votes.unlock_reason = "测评票重新清点".to_owned();
    harness.run();
    harness.get_by_label("解锁修改").click();
    harness.run();
    let unlocked = &session(&harness).evaluations[1];
    assert!(!unlocked.is_announced());
    assert_eq!(unlocked.history.len(), 1);
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

    // Correct it: 33 yes, Tab, 0, Tab, 2 — Enter records (not announced) and moves on.
    harness.key_press(Key::Backspace);
    harness.key_press(Key::Backspace);
    harness.event(Event::Text("33".to_owned()));
    harness.key_press(Key::Tab);
    harness.event(Event::Text("0".to_owned()));
    harness.key_press(Key::Tab);
    harness.event(Event::Text("2".to_owned()));
    harness.run();
    harness.get_by_label("以赞成33票，反对0票，弃权2票表决通过（尚未宣布）");
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
    assert!(!vote.is_announced());
    harness.get_by_label("没有待表决的事项了。");
    harness.key_press(Key::Escape);
    harness.run();
    assert!(harness.state().editor.votes.fast_entry.is_none());
}

#[test]
fn deleting_an_evaluation_shows_undo_and_restores_exactly() {
    let example = common::example();
    let before = example.clone();
    let evaluation = example.evaluations[0].id;
    let mut harness = console(example);
    harness
        .state_mut()
        .editor
        .votes
        .select(Selection::Evaluation(evaluation));
    harness.run();
    harness.get_by_label("删除测评").click();
    harness.run();
    assert_eq!(
        session(&harness).evaluations.len(),
        before.evaluations.len() - 1
    );
    harness.get_by_label("已删除测评「重点督办建议办理情况」");
    harness.get_by_label("撤销").click();
    harness.run();
    harness.run();
    assert_eq!(session(&harness), &before);
}

#[test]
fn hall_screen_draws_an_announced_result_in_large_type() {
    let mut session = common::example();
    let vote = session
        .record_vote(
            &VoteSubject::Agenda,
            VoteRecord::Counts(Tally {
                yes: 33,
                no: 0,
                abstain: 2,
                not_pressed: 0,
            }),
        )
        .unwrap();
    session.announce(vote, false, &common::operator()).unwrap();
    let view = hall_view(
        &session,
        &HallContent::Subject(Selection::Vote(VoteSubject::Agenda)),
    );
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 720.0))
        .with_context_setup(install_fonts)
        .with_accessibility_check(true)
        .build_ui(move |ui| hall_ui(ui, &view));
    harness.run();
    harness.get_by_label("鹤壁市第十二届人民代表大会常务委员会第九次会议");
    harness.get_by_label("会议议程");
    harness.get_by_label("通过");
    // No notes or drafts: nothing of the report texts appears.
    assert!(harness.query_by_label_contains("以上报告").is_none());
}

#[test]
fn every_screen_fits_1024_by_768() {
    for section in Section::ALL {
        let mut app = HuiwuApp::new(
            Some(Document::opened(common::example(), None)),
            AppConfig::default(),
            Box::new(TypedPathOnly),
        );
        app.editor.section = section;
        app.editor.votes.selection = Some(Selection::Vote(VoteSubject::Agenda));
        let mut harness = Harness::builder()
            .with_size(egui::vec2(1024.0, 768.0))
            .with_context_setup(install_fonts)
            .build_ui_state(|ui, app: &mut HuiwuApp| app.frame_ui(ui), app);
        harness.run();
        // The status bar and the navigation are still there: nothing pushed them out.
        assert!(
            harness
                .query_all_by_label_contains(section.label())
                .next()
                .is_some()
        );
        assert!(
            harness
                .query_all_by_label_contains("符合法定人数")
                .next()
                .is_some()
        );
    }
}

#[test]
fn an_evaluation_published_as_a_verdict_only_is_recorded_announced_and_printed() {
    let (mut harness, _) = evaluation_console(2);
    harness.get_by_label("只记结论：满意").click();
    harness.run();
    harness.get_by_label("测评结果：满意（只记结论）（尚未宣布）");
    harness.get_by_label("宣布结果").click();
    harness.run();
    assert!(session(&harness).evaluations[2].is_announced());
    harness.get_by_label("上屏").click();
    harness.run();
    match hall_view(session(&harness), &harness.state().editor.votes.hall).screen {
        HallScreen::Subject {
            status: HallStatus::EvaluationResult { result, rates },
            ..
        } => {
            assert_eq!(result.verdict, Grade::Satisfied);
            assert_eq!(result.tally, None);
            assert_eq!(rates, None);
        }
        other => panic!("{other:?}"),
    }
    assert!(
        minutes_text(session(&harness))
            .contains("会议对市司法局工作进行了满意度测评，测评结果为满意。")
    );
}
