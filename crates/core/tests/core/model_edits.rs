//! The model owns every change: the cleanup each change implies, as the window, the command line
//! and the benchmarks see it through the same methods.

use crate::common;
use huiwu_core::model::{
    AttendanceStatus, Choice, DocumentRef, RecordMode, Role, Session, VoteRecord, VoteSubject,
};

#[test]
fn attendance_cycles_and_all_present_resets() {
    let mut session = Session::default();
    let id = session.add_member(Role::Member);
    session.cycle_attendance(id);
    assert_eq!(
        session.attendance_of(id),
        AttendanceStatus::OnLeave(String::new())
    );
    session.cycle_attendance(id);
    assert_eq!(session.attendance_of(id), AttendanceStatus::Absent);
    session.cycle_attendance(id);
    assert_eq!(session.attendance_of(id), AttendanceStatus::Present);
    session.cycle_attendance(id);
    session.all_present();
    assert!(session.absences.is_empty());
}

#[test]
fn deleting_a_report_removes_every_reference() {
    let mut session = Session::default();
    let item = session.add_agenda_item(None);
    let report = session.add_report(Some(item));
    assert_eq!(session.agenda[0].documents, [DocumentRef::Report(report)]);
    let evaluation = session.add_evaluation("某局工作", vec![report]);
    session.delete_report(report);
    assert!(session.agenda[0].documents.is_empty());
    assert!(session.reports.is_empty());
    assert!(
        session
            .evaluations
            .iter()
            .find(|e| e.id == evaluation)
            .unwrap()
            .reports
            .is_empty()
    );
}

#[test]
fn deleting_a_member_removes_their_absences_and_ballots_unless_announced() {
    let mut session = common::example();
    let subject = VoteSubject::Agenda;
    let vote = session.start_vote(&subject, RecordMode::Ballots).unwrap();
    session.fill_ballots(vote, Choice::Yes).unwrap();
    let voter = session.present_member_ids()[3];
    let absent = session.absences[0].member;
    session.delete_member(absent).unwrap();
    assert!(session.absences.iter().all(|a| a.member != absent));
    session.delete_member(voter).unwrap();
    let VoteRecord::Ballots(ballots) = &session.votes.last().unwrap().record else {
        panic!("ballots");
    };
    assert!(ballots.iter().all(|b| b.member != voter));
    // Once announced, the ballots are the official record: the member cannot be deleted.
    session.announce(vote, true, &common::operator()).unwrap();
    let another = session.present_member_ids()[4];
    let before = session.clone();
    let error = session.delete_member(another).unwrap_err().to_string();
    assert!(error.contains("已宣布"), "{error}");
    assert_eq!(session, before);
}

#[test]
fn the_voting_method_cannot_change_under_a_record() {
    let mut session = common::example();
    let motion = session.motions[0].id;
    assert!(session.set_vote_together(motion, true).is_err());
    let fresh = session.add_motion();
    session.set_vote_together(fresh, true).unwrap();
    assert!(
        session
            .motions
            .iter()
            .find(|m| m.id == fresh)
            .unwrap()
            .vote_together
    );
}

#[test]
fn the_next_session_carries_over_body_roster_and_units() {
    let mut previous = Session::default();
    previous.details.number = 9;
    let chair = previous.add_member(Role::Chair);
    previous.cycle_attendance(chair);
    previous.add_observer_unit();
    previous.add_agenda_item(None);
    let next = previous.next_session();
    assert_eq!(next.details.number, 10);
    assert_eq!(next.roster, previous.roster);
    assert!(next.absences.is_empty());
    assert_eq!(next.observers, previous.observers);
    assert!(next.agenda.is_empty());
    assert_eq!(next.body, previous.body);
}
