//! The live protocol in the console: recording votes and evaluations, what every place says of
//! them at once, announcing (and refusing to), the lock that undo cannot cross, the recorded
//! unlock, and the hall screen that shows only what the operator puts there.

use crate::common;
use huiwu_core::model::decisions::{pending_votes, vote_for, voting_order};
use huiwu_core::model::{AbsenceKind, RecordMode, Session, VoteRecord, VoteSubject};

/// The example with the first item's vote taken away, as it stood before the vote.
fn example_before_the_first_vote() -> (Session, VoteSubject) {
    let mut example = common::example();
    let subject = VoteSubject::AgendaItem(example.agenda[0].id);
    example.votes.retain(|v| v.subject != subject);
    (example, subject)
}

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
fn a_ballot_of_someone_absent_or_no_quorum_cannot_be_announced() {
    let (mut example, subject) = example_before_the_first_vote();
    let absent = example.absences[0].member;
    let vote = example.start_vote(&subject, RecordMode::Ballots).unwrap();
    example
        .fill_ballots(vote, huiwu_core::model::Choice::Yes)
        .unwrap();
    // A ballot slipped in for someone on leave (as a hand-edited file could have it).
    let mut record = vote_for(&example, &subject).unwrap().record.clone();
    if let VoteRecord::Ballots(ballots) = &mut record {
        ballots.push(huiwu_core::model::Ballot {
            member: absent,
            choice: huiwu_core::model::Choice::Yes,
        });
    }
    example.set_vote_record(vote, record).unwrap();
    let error = example
        .announce(vote, true, &common::operator())
        .unwrap_err()
        .to_string();
    assert!(error.contains("未出席"), "{error}");
    // Members present only, but too few of them: no quorum, nothing can be announced.
    example
        .set_vote_record(vote, VoteRecord::Ballots(Vec::new()))
        .unwrap();
    let present: Vec<_> = example.present_member_ids();
    for member in present.iter().take(20) {
        example.set_attendance(*member, huiwu_core::model::AttendanceStatus::Absent);
    }
    example
        .fill_ballots(vote, huiwu_core::model::Choice::Yes)
        .unwrap();
    let error = example
        .announce(vote, true, &common::operator())
        .unwrap_err()
        .to_string();
    assert!(error.contains("不符合法定人数"), "{error}");
    assert!(
        example
            .absences
            .iter()
            .any(|a| a.kind == AbsenceKind::Absent)
    );
}

#[test]
fn deleting_what_an_announced_vote_holds_is_refused() {
    let mut example = common::example();
    let entry = example.motions[0].entries[0].id;
    let before = example.clone();
    let error = example.delete_entry(entry).unwrap_err().to_string();
    assert!(error.contains("已宣布"), "{error}");
    let error = example
        .delete_resolution(example.resolutions[0].id)
        .unwrap_err()
        .to_string();
    assert!(error.contains("已宣布"), "{error}");
    assert!(example.delete_agenda_item(example.agenda[0].id).is_err());
    assert!(example.delete_motion(example.motions[0].id).is_err());
    assert_eq!(example, before);
}
