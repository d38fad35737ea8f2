//! What was announced stays announced (DOMAIN.md §16, issue 20): each defect found in a live
//! session, as a test. An announced result keeps the basis it was announced on; later changes
//! to the roster, the attendance or the settings never reach it; only the recorded unlock does.
//! Every document takes "adopted?" from the announced results.

use crate::common;
use huiwu_core::export::{DocKind, before_export, plain_text};
use huiwu_core::model::check::{Place, check_session};
use huiwu_core::model::decisions::{self, VoteResult, VoteState, vote_for};
use huiwu_core::model::{
    AbsenceKind, AgendaKind, AppointmentAction, AttendanceStatus, EditError, Outcome,
    ResolutionStatus, ResultWithoutCounts, Role, Session, Tally, VoteId, VoteRecord, VoteSubject,
};

/// The subject of the first vote on a resolution in the example (会议以…表决通过了《…决议》).
fn resolution_subject(session: &Session) -> VoteSubject {
    session
        .votes
        .iter()
        .find(|v| matches!(v.subject, VoteSubject::Resolution(_)))
        .unwrap()
        .subject
        .clone()
}

/// Re-records `subject` with `tally` through the recorded unlock and announces it again.
fn announce_counts(session: &mut Session, subject: &VoteSubject, tally: Tally) -> VoteId {
    let operator = common::operator();
    let vote = vote_for(session, subject).unwrap().id;
    session
        .unlock(vote, &operator.by, "改为计票", operator.at)
        .unwrap();
    session.set_vote_counts(vote, tally).unwrap();
    session.announce(vote, true, &operator).unwrap();
    vote
}

fn counts(yes: u32) -> Tally {
    Tally {
        yes,
        no: 0,
        abstain: 0,
        not_pressed: 0,
    }
}

#[test]
fn members_added_or_removed_after_an_announcement_do_not_flip_it() {
    let mut session = common::example();
    let subject = resolution_subject(&session);
    // 41 members: 21 yes votes carry.
    announce_counts(&mut session, &subject, counts(21));
    assert_eq!(
        decisions::vote_state(&session, &subject),
        VoteState::Announced(VoteResult::Adopted)
    );
    let minutes = plain_text(&session, DocKind::Minutes);
    assert!(minutes.contains("以赞成21票，反对0票，弃权0票表决通过"));
    // One member joins (a by-election): 21 of 42 would not carry today; the announcement stands.
    session.add_member(Role::Member);
    assert_eq!(
        decisions::vote_state(&session, &subject),
        VoteState::Announced(VoteResult::Adopted)
    );
    let minutes = plain_text(&session, DocKind::Minutes);
    assert!(
        minutes.contains("以赞成21票，反对0票，弃权0票表决通过"),
        "{minutes}"
    );
    assert!(!minutes.contains("未获通过"));
    // `check` says the roster changed since, and that the result stands; no error.
    let problems = check_session(&session);
    assert!(
        problems
            .iter()
            .any(|p| p.message.contains("宣布时应到41人") && p.message.contains("结果不变")),
        "{problems:#?}"
    );
    // The other way: 20 yes votes of 41 do not carry; two members leaving keeps it rejected.
    let mut session = common::example();
    announce_counts(&mut session, &subject, counts(20));
    for _ in 0..2 {
        let member = session
            .roster
            .iter()
            .find(|m| m.role == Role::Member && session.is_present(m.id))
            .unwrap()
            .id;
        session.delete_member(member).unwrap();
    }
    assert_eq!(session.member_count(), 39);
    assert_eq!(
        decisions::vote_state(&session, &subject),
        VoteState::Announced(VoteResult::Rejected)
    );
    assert!(
        plain_text(&session, DocKind::Minutes).contains("以赞成20票，反对0票，弃权0票，未获通过")
    );
    // Only the recorded unlock and a new announcement reckon with today's 39.
    let vote = vote_for(&session, &subject).unwrap().id;
    let operator = common::operator();
    assert!(session.unlock(vote, "", "人数变化", operator.at).is_err());
    assert!(session.unlock(vote, "王某", "  ", operator.at).is_err());
    session
        .unlock(vote, "王某", "补选后重新计算", operator.at)
        .unwrap();
    session.announce(vote, true, &operator).unwrap();
    assert_eq!(
        decisions::vote_state(&session, &subject),
        VoteState::Announced(VoteResult::Adopted)
    );
    let announcement = vote_for(&session, &subject)
        .unwrap()
        .announcement
        .clone()
        .unwrap();
    assert_eq!(announcement.members, 39);
    assert_eq!(announcement.by, operator.by);
    assert_eq!(announcement.at, Some(operator.at));
}

#[test]
fn attendance_changed_after_an_announcement_leaves_it_and_its_voters_alone() {
    let mut session = common::example();
    let subject = resolution_subject(&session);
    let vote = vote_for(&session, &subject).unwrap().id;
    let operator = common::operator();
    session
        .unlock(vote, &operator.by, "改为逐人记录", operator.at)
        .unwrap();
    session
        .set_record_mode(vote, huiwu_core::model::RecordMode::Ballots)
        .unwrap();
    session
        .fill_ballots(vote, huiwu_core::model::Choice::Yes)
        .unwrap();
    session.announce(vote, false, &operator).unwrap();
    let voter = match &vote_for(&session, &subject).unwrap().record {
        VoteRecord::Ballots(ballots) => ballots[0].member,
        other => panic!("{other:?}"),
    };
    let before = plain_text(&session, DocKind::Minutes);
    // The voter leaves after voting: on leave from now on.
    session.set_attendance(voter, AttendanceStatus::OnLeave("因公".to_owned()));
    assert_eq!(
        decisions::vote_state(&session, &subject),
        VoteState::Announced(VoteResult::Adopted)
    );
    // The ballot stays valid: `check` measures it against who was present when announced.
    let errors: Vec<_> = check_session(&session)
        .into_iter()
        .filter(|p| p.severity == huiwu_core::model::check::Severity::Error)
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    // Who voted is not published as on leave: the minutes are as they were.
    assert_eq!(plain_text(&session, DocKind::Minutes), before);
    let attendance = plain_text(&session, DocKind::Attendance);
    let name = &session.member(voter).unwrap().name;
    assert!(
        !attendance.contains(&format!("请　　假：{name}")),
        "{attendance}"
    );
}

#[test]
fn the_appointments_list_prints_only_what_was_adopted() {
    let mut session = common::example();
    let list = plain_text(&session, DocKind::Appointments);
    // A removal voted down is not listed, nor is its group where nothing else was adopted.
    let removal = session
        .entries()
        .find(|e| !e.action.is_appointment())
        .unwrap()
        .clone();
    let clause = removal.clause();
    assert!(list.contains(&clause));
    let subject = VoteSubject::Entries(vec![removal.id]);
    let vote = vote_for(&session, &subject).unwrap().id;
    let operator = common::operator();
    session
        .unlock(vote, "王某", "录入有误", operator.at)
        .unwrap();
    session
        .set_vote_record(vote, VoteRecord::ResultOnly(ResultWithoutCounts::Rejected))
        .unwrap();
    // Unlocked: not yet announced again, so not adopted either.
    assert!(!plain_text(&session, DocKind::Appointments).contains(&clause));
    session.announce(vote, false, &operator).unwrap();
    for doc in [DocKind::Appointments, DocKind::Gazette] {
        let text = plain_text(&session, doc);
        let list_part = text
            // The list itself (the gazette names it first in its 目录).
            .split("人事任免名单")
            .last()
            .unwrap_or(&text)
            .to_owned();
        assert!(!list_part.contains(&format!("{clause}。")), "{doc:?}");
    }
    // The minutes say it failed.
    assert!(plain_text(&session, DocKind::Minutes).contains("未获通过"));
    // An entry never voted is not listed, and the export says so before.
    let mut unvoted = common::example();
    unvoted.votes.retain(|v| v.subject != subject);
    assert!(!plain_text(&unvoted, DocKind::Appointments).contains(&clause));
    assert!(
        before_export(&unvoted, DocKind::Appointments)
            .iter()
            .any(|n| n.contains("1项任免事项尚未宣布表决结果")),
        "{:?}",
        before_export(&unvoted, DocKind::Appointments)
    );
}

#[test]
fn what_an_announcement_rests_on_changes_only_after_the_unlock() {
    let mut session = common::example();
    let subject = resolution_subject(&session);
    let VoteSubject::Resolution(resolution) = subject else {
        unreachable!()
    };
    let refused = session
        .set_resolution_status(resolution, ResolutionStatus::Deferred)
        .unwrap_err();
    assert!(matches!(refused, EditError::Locked { .. }), "{refused}");
    assert!(refused.to_string().contains("请先在表决/测评中解锁"));
    // Every document still agrees it was adopted (the news leaves this item out, as the
    // example's published news does).
    let title = session.resolution(resolution).unwrap().title.clone();
    for doc in [DocKind::Minutes, DocKind::Resolutions, DocKind::Gazette] {
        assert!(
            plain_text(&session, doc)
                .contains(title.trim_start_matches("鹤壁市人民代表大会常务委员会")),
            "{doc:?}"
        );
    }
    // An item's 审议方式 and kind likewise, and an entry's people and posts.
    let item = session
        .agenda
        .iter()
        .find(|i| {
            i.documents
                .contains(&huiwu_core::model::DocumentRef::Resolution(resolution))
        })
        .unwrap()
        .id;
    assert!(session.set_item_outcome(item, Outcome::Deferred).is_err());
    assert!(session.set_item_kind(item, AgendaKind::Hear).is_err());
    let entry = session.entries().next().unwrap().id;
    assert!(
        session
            .set_entry_posts(entry, vec!["某职务".to_owned()])
            .is_err()
    );
    assert!(session.set_entry_people(entry, "某某").is_err());
    assert!(
        session
            .set_entry_action(entry, AppointmentAction::Remove)
            .is_err()
    );
    // After the recorded unlock the status may change: it is a draft no longer put to the vote.
    let vote = vote_for(&session, &subject).unwrap().id;
    let operator = common::operator();
    session
        .unlock(vote, "王某", "暂不付表决", operator.at)
        .unwrap();
    session.delete_vote(vote).unwrap();
    session
        .set_resolution_status(resolution, ResolutionStatus::Deferred)
        .unwrap();
    assert!(!plain_text(&session, DocKind::Resolutions).contains(&title));
}

#[test]
fn an_acting_decision_prints_acting_from_its_kind_everywhere() {
    let mut session = common::example();
    // The post entered as the office reads it, the kind saying 代理.
    let motion = session.add_motion();
    let entry = session
        .add_entry(motion, AppointmentAction::DecideActing)
        .unwrap();
    session.set_entry_people(entry, "张三").unwrap();
    session
        .set_entry_posts(entry, vec!["鹤壁市人民政府市长".to_owned()])
        .unwrap();
    let sentence = "决定张三为鹤壁市人民政府代理市长";
    // The ballot before the vote.
    assert!(plain_text(&session, DocKind::Ballots).contains(sentence));
    // Voted and announced: the list, the minutes, the news, the decision generated from it.
    let subject = VoteSubject::Entries(vec![entry]);
    let vote = session
        .record_vote(
            &subject,
            VoteRecord::ResultOnly(ResultWithoutCounts::Adopted),
        )
        .unwrap();
    session.announce(vote, false, &common::operator()).unwrap();
    assert!(plain_text(&session, DocKind::Appointments).contains("张三为鹤壁市人民政府代理市长。"));
    assert!(plain_text(&session, DocKind::Minutes).contains(sentence));
    assert!(plain_text(&session, DocKind::News).contains(sentence));
    let decision = session.generate_personnel_decision(entry).unwrap().unwrap();
    let decision = session.resolution(decision).unwrap();
    assert!(
        decision
            .title
            .ends_with("关于张三代理鹤壁市人民政府市长的决定")
    );
    // A post written with 代理 under another kind: `check` says the kind should say it.
    let other = session
        .add_entry(motion, AppointmentAction::DecideAppoint)
        .unwrap();
    session.set_entry_people(other, "李四").unwrap();
    session
        .set_entry_posts(other, vec!["鹤壁市人民政府代理市长".to_owned()])
        .unwrap();
    assert!(
        check_session(&session)
            .iter()
            .any(|p| p.message.contains("代理职务请选「决定代理」")
                && p.place == Some(Place::Motion(motion)))
    );
}

#[test]
fn files_whose_acting_post_holds_acting_migrate() {
    let path = std::path::Path::new(common::REPO).join("tests/fixtures/v4/qixian-17-15.ron");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("\"淇县人民政府代理县长\""));
    let session = huiwu_core::io::load(&path).unwrap();
    let acting = session
        .entries()
        .find(|e| e.action == AppointmentAction::DecideActing)
        .unwrap();
    assert_eq!(acting.posts, ["淇县人民政府县长"]);
    assert_eq!(acting.posts_joined(), "淇县人民政府代理县长");
    // And it prints as it did.
    let minutes = plain_text(&session, DocKind::Minutes);
    assert!(minutes.contains("决定刘卫东为淇县人民政府代理县长"));
    assert!(!minutes.contains("代理代理"));
}

#[test]
fn a_motion_belongs_to_its_item() {
    let mut session = common::example();
    // A session without a 人事任免 item: adding a motion makes one and links it.
    session
        .agenda
        .retain(|i| i.kind != AgendaKind::Appointments);
    let motion = session.add_motion();
    let item = session
        .agenda
        .iter()
        .find(|i| i.kind == AgendaKind::Appointments)
        .unwrap();
    assert!(
        item.documents
            .contains(&huiwu_core::model::DocumentRef::Motion(motion))
    );
    // An item without its motion, and a motion without an item, are problems with a place.
    let mut session = common::example();
    let item = session
        .agenda
        .iter()
        .find(|i| i.kind == AgendaKind::Appointments)
        .unwrap()
        .clone();
    session.agenda.retain(|i| i.id != item.id);
    session.votes.clear();
    let problems = check_session(&session);
    assert!(
        problems
            .iter()
            .any(|p| p.message.contains("未列入任何人事任免议题")
                && matches!(p.place, Some(Place::Motion(_)))),
        "{problems:#?}"
    );
    assert!(
        before_export(&session, DocKind::Ballots)
            .iter()
            .any(|n| n.contains("没有以表决票表决的事项")),
        "{:?}",
        before_export(&session, DocKind::Ballots)
    );
    let mut without_motion = common::example();
    let appointments = without_motion
        .agenda
        .iter_mut()
        .find(|i| i.kind == AgendaKind::Appointments)
        .unwrap();
    appointments.documents.clear();
    let id = appointments.id;
    assert!(
        check_session(&without_motion)
            .iter()
            .any(|p| p.message.contains("没有关联任免议案")
                && p.place == Some(Place::AgendaItem(id)))
    );
}

#[test]
fn sittings_are_told_as_they_happened() {
    let session =
        huiwu_core::io::load(&std::path::Path::new(common::REPO).join("sessions/qixian-17-15.ron"))
            .unwrap();
    // The 主任 on leave from the first plenary chaired the second: present there.
    let attendance = plain_text(&session, DocKind::Attendance);
    let second = attendance.split("第二次全体会议").nth(1).unwrap();
    assert!(second.contains("主　　任：王建国"), "{attendance}");
    assert!(!second.contains("请　　假：王建国"));
    // Votes are told at the sitting they were taken at (the second), not their item's.
    let minutes = plain_text(&session, DocKind::Minutes);
    let (first_part, second_part) = minutes.split_once("会议举行第二次全体会议").unwrap();
    assert!(
        second_part
            .contains("表决通过了《淇县人民代表大会常务委员会关于批准2023年县级财政决算的决议》")
    );
    assert!(!first_part.contains("表决通过了《"));
    // The agenda out of the sittings' order is reported.
    let mut swapped = session.clone();
    let last = swapped.agenda.len() - 1;
    swapped.agenda.swap(0, last);
    assert!(
        check_session(&swapped)
            .iter()
            .any(|p| p.message.contains("议程顺序与会议安排不一致"))
    );
}

#[test]
fn an_acting_decision_before_the_resignation_it_follows_is_reported() {
    let mut session = common::example();
    let first = session.add_motion();
    let acting = session
        .add_entry(first, AppointmentAction::DecideActing)
        .unwrap();
    session.set_entry_people(acting, "李四").unwrap();
    session
        .set_entry_posts(acting, vec!["鹤壁市人民政府市长".to_owned()])
        .unwrap();
    let second = session.add_motion();
    let resignation = session
        .add_entry(second, AppointmentAction::AcceptResignation)
        .unwrap();
    session.set_entry_people(resignation, "张三").unwrap();
    session
        .set_entry_posts(resignation, vec!["鹤壁市人民政府市长".to_owned()])
        .unwrap();
    assert!(
        check_session(&session)
            .iter()
            .any(|p| p.message.contains("应先接受辞职，再决定代理"))
    );
}

#[test]
fn a_repeated_absence_is_published_once() {
    let mut text = std::fs::read_to_string(
        std::path::Path::new(common::REPO).join("tests/fixtures/v4/hebi-12-09.ron"),
    )
    .unwrap();
    // The first absence recorded twice, as an older version could write it.
    let start = text.find("  absences: [\n").unwrap() + "  absences: [\n".len();
    let end = start + text[start..].find("    ),\n").unwrap() + "    ),\n".len();
    let first = text[start..end].to_owned();
    text.insert_str(end, &first);
    let session = huiwu_core::io::from_ron_str(&text, std::path::Path::new("重复.ron")).unwrap();
    assert_eq!(session.absences.len(), common::example().absences.len());
    let leave = session
        .absences
        .iter()
        .filter(|a| matches!(a.kind, AbsenceKind::Leave(_)))
        .count();
    let minutes = plain_text(&session, DocKind::Minutes);
    let line = minutes.lines().find(|l| l.contains("请假：")).unwrap();
    assert_eq!(line.matches('、').count() + 1, leave, "{line}");
}
