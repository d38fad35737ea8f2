//! The console holds the operator's hand (issue 20): dialogs take the keyboard, a confirmation
//! announces exactly the record it describes, 撤销 on a notice undoes that step or goes, a
//! change of mode asks before discarding, messages go when the record changes, the hall stays
//! as put up (出席情况 too) and survives 重新载入, and every screen of the console fits 1024×768.

use crate::common;
use common::session;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use huiwu::app::{HuiwuApp, install_fonts};
use huiwu::dialogs::TypedPathOnly;
use huiwu::document::Document;
use huiwu::io::config::AppConfig;
use huiwu::model::decisions::{VoteState, vote_for, vote_state, voting_order};
use huiwu::model::{AttendanceStatus, Choice, RecordMode, Session, Tally, VoteRecord, VoteSubject};
use huiwu::views::Section;
use huiwu::views::hall::{HallContent, HallScreen, hall_view};
use huiwu::views::votes::Selection;

fn console_at(session: Session, size: egui::Vec2) -> Harness<'static, HuiwuApp> {
    let mut app = HuiwuApp::new(
        Some(Document::opened(session, None)),
        AppConfig::default(),
        Box::new(TypedPathOnly),
    );
    app.editor.section = Section::Votes;
    app.editor.votes.operator = "秘书科 李某".to_owned();
    let mut harness = Harness::builder()
        .with_size(size)
        .with_context_setup(install_fonts)
        .build_ui_state(|ui, app: &mut HuiwuApp| app.frame_ui(ui), app);
    harness.run();
    harness
}

fn console(session: Session) -> Harness<'static, HuiwuApp> {
    console_at(session, egui::vec2(1440.0, 900.0))
}

fn session_mut<'h>(harness: &'h mut Harness<'_, HuiwuApp>) -> &'h mut Session {
    &mut harness.state_mut().document.as_mut().unwrap().session
}

fn select(harness: &mut Harness<'_, HuiwuApp>, subject: &VoteSubject) {
    harness
        .state_mut()
        .editor
        .votes
        .select(Selection::Vote(subject.clone()));
    harness.run();
}

/// The example before the vote on its first item, with that item selected and six ballots
/// entered through the window's actions (one undo step each).
fn six_ballots() -> (Harness<'static, HuiwuApp>, VoteSubject) {
    let mut example = common::example();
    let subject = VoteSubject::AgendaItem(example.agenda[0].id);
    example.votes.retain(|v| v.subject != subject);
    let mut harness = console(example);
    select(&mut harness, &subject);
    harness.get_by_label("逐人记录").click();
    harness.run();
    let present = session(&harness).present_member_ids();
    for member in &present[..6] {
        let vote = vote_for(session(&harness), &subject).unwrap().id;
        harness.state_mut().editor.votes.refusal = None;
        // As a click on 赞成 in the member's row does: an action, one undo step.
        let document = harness.state_mut().document.as_mut().unwrap();
        document
            .session
            .set_ballot(vote, *member, Some(Choice::Yes))
            .unwrap();
        document.checkpoint();
    }
    harness.run();
    (harness, subject)
}

fn ballots(session: &Session, subject: &VoteSubject) -> usize {
    match &vote_for(session, subject).unwrap().record {
        VoteRecord::Ballots(ballots) => ballots.len(),
        other => panic!("{other:?}"),
    }
}

#[test]
fn the_confirmation_takes_the_keyboard_and_announces_exactly_its_record() {
    let (mut harness, subject) = six_ballots();
    harness.get_by_label("宣布结果").click();
    harness.run();
    harness.get_by_label("确认宣布结果");
    harness.get_by_label_contains("已录入6票，实到35人，尚有29人未计入");
    // Ctrl+Z behind the dialog does nothing: the record stays the one asked about.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(ballots(session(&harness), &subject), 6);
    // Changed anyway behind it (by another way in): the dialog no longer confirms it.
    let vote = vote_for(session(&harness), &subject).unwrap().id;
    let first = session(&harness).present_member_ids()[0];
    session_mut(&mut harness)
        .set_ballot(vote, first, None)
        .unwrap();
    harness.run();
    harness.get_by_label_contains("记录已有改动");
    harness.get_by_label("确认宣布").click();
    harness.run();
    assert!(
        matches!(
            vote_state(session(&harness), &subject),
            VoteState::Recording(_)
        ),
        "nothing announced"
    );
    // Esc closes the dialog.
    harness.key_press(Key::Escape);
    harness.run();
    assert!(harness.query_by_label("确认宣布结果").is_none());
    // Asked again, the record as it stands now is what is announced, by the operator named.
    harness.get_by_label("宣布结果").click();
    harness.run();
    harness.get_by_label_contains("已录入5票，实到35人，尚有30人未计入");
    harness.get_by_label("确认宣布").click();
    harness.run();
    let vote = vote_for(session(&harness), &subject).unwrap();
    assert_eq!(ballots(session(&harness), &subject), 5);
    let announcement = vote.announcement.as_ref().expect("announced");
    assert_eq!(announcement.by, "秘书科 李某");
    assert!(announcement.at.is_some());
}

#[test]
fn the_undo_of_a_deletion_notice_undoes_that_deletion_or_goes() {
    let (mut harness, subject) = six_ballots();
    harness.get_by_label("删除记录").click();
    harness.run();
    assert!(vote_for(session(&harness), &subject).is_none());
    harness.get_by_label("撤销");
    // A later step: the notice goes, so that its 撤销 cannot undo that step instead.
    harness.get_by_label("计票").click();
    harness.run();
    assert!(vote_for(session(&harness), &subject).is_some());
    assert!(harness.query_by_label("撤销").is_none());
    // Right after a deletion, its 撤销 undoes exactly it.
    harness.get_by_label("删除记录").click();
    harness.run();
    harness.get_by_label("撤销").click();
    harness.run();
    assert!(matches!(
        vote_for(session(&harness), &subject).map(|v| &v.record),
        Some(VoteRecord::Counts(_))
    ));
}

#[test]
fn a_bundle_unticked_is_voted_entry_by_entry() {
    let mut example = common::example();
    // The 法律职务 motion (the last), before its votes, voted together.
    let mut motion = example.motions.last().unwrap().clone();
    let entries: Vec<_> = motion.entries.iter().map(|e| e.id).collect();
    example
        .votes
        .retain(|v| !matches!(&v.subject, VoteSubject::Entries(e) if e.iter().any(|id| entries.contains(id))));
    example.set_vote_together(motion.id, true).unwrap();
    motion.vote_together = true;
    let bundle = huiwu::model::decisions::entry_vote_groups(&motion)
        .into_iter()
        .next()
        .map(VoteSubject::Entries)
        .unwrap();
    let mut harness = console(example);
    select(&mut harness, &bundle);
    harness.get_by_label("本议案合并表决（如法律职务）").click();
    harness.run();
    assert!(
        !session(&harness)
            .motions
            .iter()
            .any(|m| m.id == motion.id && m.vote_together)
    );
    // The selection followed to the first entry's own vote; 计票 records that one.
    harness.get_by_label("计票").click();
    harness.run();
    assert!(!session(&harness).votes.iter().any(|v| v.subject == bundle));
    let first = VoteSubject::Entries(vec![motion.entries[0].id]);
    assert!(voting_order(session(&harness)).contains(&first));
    assert_eq!(
        vote_for(session(&harness), &first).map(|v| v.subject.clone()),
        Some(first.clone())
    );
    // The model refuses the stale bundle whatever asks.
    assert!(
        session_mut(&mut harness)
            .start_vote(&bundle, RecordMode::Counts)
            .is_err()
    );
}

#[test]
fn a_change_of_mode_asks_before_discarding_and_messages_go_with_the_record() {
    let (mut harness, subject) = six_ballots();
    harness.get_by_label("计票").click();
    harness.run();
    harness.get_by_label_contains("改变记录方式将清除已录入的6票");
    harness.get_by_label("取消").click();
    harness.run();
    assert_eq!(ballots(session(&harness), &subject), 6);
    // Refused (a ballot of someone absent): the reason stays while the record is unchanged.
    let absentee = session(&harness).absences[0].member;
    let vote = vote_for(session(&harness), &subject).unwrap().id;
    session_mut(&mut harness).change_attendance(absentee, AttendanceStatus::Present);
    session_mut(&mut harness)
        .set_ballot(vote, absentee, Some(Choice::No))
        .unwrap();
    session_mut(&mut harness).change_attendance(absentee, AttendanceStatus::Absent);
    harness.run();
    harness.get_by_label("宣布结果").click();
    harness.run();
    harness.get_by_label_contains("不能宣布结果");
    // The record corrected: the line goes.
    session_mut(&mut harness)
        .set_ballot(vote, absentee, None)
        .unwrap();
    harness.run();
    assert!(harness.query_by_label_contains("不能宣布结果").is_none());
    // Agreeing to the change discards the ballots.
    harness.get_by_label("计票").click();
    harness.run();
    harness.get_by_label("清除并改变").click();
    harness.run();
    assert!(matches!(
        vote_for(session(&harness), &subject).unwrap().record,
        VoteRecord::Counts(_)
    ));
}

#[test]
fn the_unlock_is_signed_afresh_each_time() {
    let mut example = common::example();
    let subject = VoteSubject::Agenda;
    let mut harness = {
        example.votes.retain(|v| v.subject != subject);
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
        console(example)
    };
    select(&mut harness, &subject);
    harness.state_mut().editor.votes.unlock_by = "王某".to_owned();
    harness.run();
    // A name without a reason is not enough.
    assert!(
        harness
            .get_by_label("解锁修改")
            .accesskit_node()
            .is_disabled()
    );
    harness.state_mut().editor.votes.unlock_reason = "录入有误".to_owned();
    harness.run();
    harness.get_by_label("解锁修改").click();
    harness.run();
    assert!(
        !vote_for(session(&harness), &subject)
            .unwrap()
            .is_announced()
    );
    // Nothing of it carries over to the next unlock.
    assert!(harness.state().editor.votes.unlock_by.is_empty());
    assert!(harness.state().editor.votes.unlock_reason.is_empty());
}

#[test]
fn the_hall_stays_as_put_up_and_survives_reloading() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("会议.ron");
    huiwu::io::save(&common::example(), &path).unwrap();
    let mut app = HuiwuApp::new(None, AppConfig::default(), Box::new(TypedPathOnly));
    app.open(&path);
    app.editor.section = Section::Votes;
    let mut harness = common::window(app);
    harness.run();
    harness.get_by_label("出席情况").click();
    harness.run();
    let shown = |harness: &Harness<'_, HuiwuApp>| {
        hall_view(session(harness), &harness.state().editor.votes.hall).screen
    };
    let HallScreen::Attendance(before) = shown(&harness) else {
        panic!("出席情况 is up");
    };
    // An edit of the attendance does not reach the hall until it is put up again.
    let member = session(&harness).present_member_ids()[3];
    session_mut(&mut harness).change_attendance(member, AttendanceStatus::Absent);
    harness.run();
    assert_eq!(shown(&harness), HallScreen::Attendance(before));
    harness.get_by_label("出席情况").click();
    harness.run();
    let HallScreen::Attendance(after) = shown(&harness) else {
        panic!()
    };
    assert_eq!(after.present + 1, before.present);
    // The hall window open; the file reloaded (重新载入 after a change on disk): still open,
    // still showing the same.
    harness.state_mut().editor.votes.hall_open = true;
    let content = harness.state().editor.votes.hall.clone();
    harness.state_mut().open(&path);
    harness.run();
    assert!(harness.state().editor.votes.hall_open);
    assert_eq!(harness.state().editor.votes.hall, content);
    assert!(matches!(content, HallContent::Attendance(..)));
}

#[test]
fn every_console_screen_fits_1024_by_768() {
    let (mut harness, subject) = {
        let mut example = common::example();
        let subject = VoteSubject::AgendaItem(example.agenda[0].id);
        example.votes.retain(|v| v.subject != subject);
        let vote = example
            .record_vote(
                &subject,
                VoteRecord::Counts(Tally {
                    yes: 35,
                    ..Tally::default()
                }),
            )
            .unwrap();
        let _ = vote;
        (console_at(example, egui::vec2(1024.0, 768.0)), subject)
    };
    select(&mut harness, &subject);
    let right_edge = 1024.0;
    let inside = |harness: &Harness<'_, HuiwuApp>, label: &str| {
        let node = harness.get_by_label_contains(label);
        let rect = node.rect();
        assert!(
            rect.right() <= right_edge + 0.5 && rect.width() > 0.0,
            "「{label}」 runs off the screen: {rect:?}"
        );
    };
    inside(&harness, "（尚未宣布）");
    inside(&harness, "只记结果：未通过");
    inside(&harness, "宣布结果");
    // The unlock form of an announced record.
    let operator = common::operator();
    let vote = vote_for(session(&harness), &subject).unwrap().id;
    session_mut(&mut harness)
        .set_vote_counts(
            vote,
            Tally {
                yes: 35,
                ..Tally::default()
            },
        )
        .unwrap();
    session_mut(&mut harness)
        .announce(vote, false, &operator)
        .unwrap();
    harness.run();
    inside(&harness, "修改原因");
    inside(&harness, "解锁修改");
    // An evaluation.
    let evaluation = session(&harness).evaluations[0].id;
    harness
        .state_mut()
        .editor
        .votes
        .select(Selection::Evaluation(evaluation));
    harness.run();
    inside(&harness, "只记结论：不满意");
}

#[test]
fn the_window_lists_the_problems_and_goes_to_their_place() {
    let mut example = common::example();
    // A motion taken out of its 人事任免 item (as an older file might hold it).
    let motion = example.motions[0].id;
    for item in &mut example.agenda {
        item.documents
            .retain(|d| *d != huiwu::model::DocumentRef::Motion(motion));
    }
    let mut harness = console(example);
    harness.get_by_label_contains("提示").click();
    harness.run();
    let message = "未列入任何人事任免议题";
    harness.get_by_label_contains(message).click();
    harness.run();
    assert_eq!(harness.state().editor.section, Section::Appointments);
    assert_eq!(harness.state().editor.motion, Some(motion));
    // On the console, what is found about the selected vote is named under it before it is
    // announced: a ballot of someone absent.
    let mut example = common::example();
    let subject = VoteSubject::AgendaItem(example.agenda[0].id);
    example.votes.retain(|v| v.subject != subject);
    let absentee = example.absences[0].member;
    let vote = example.start_vote(&subject, RecordMode::Ballots).unwrap();
    example
        .votes
        .iter_mut()
        .find(|v| v.id == vote)
        .unwrap()
        .record = VoteRecord::Ballots(vec![huiwu::model::Ballot {
        member: absentee,
        choice: Choice::Yes,
    }]);
    let mut harness = console(example);
    select(&mut harness, &subject);
    harness.get_by_label("检查发现：");
    harness.get_by_label_contains("有未出席的");
}
