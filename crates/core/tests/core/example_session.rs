//! The example session holds the whole gazette: every member, unit, item, report and entry.

use crate::common;
use huiwu_core::model::check::{Severity, check_session};
use huiwu_core::model::decisions::{ItemState, ResolutionState, item_state, resolution_state};
use huiwu_core::model::{AgendaKind, ReportKind, Role, VoteRecord};

#[test]
fn attendance_counts_each_member_once_and_only_members() {
    use huiwu_core::model::{Absence, AbsenceKind, MemberId};
    let mut session = common::example();
    let on_leave = session.absences[0].member;
    // A second record for someone already on leave, and one for nobody on the roster.
    session.absences.push(Absence {
        member: on_leave,
        kind: AbsenceKind::Absent,
    });
    session.absences.push(Absence {
        member: MemberId(9_999),
        kind: AbsenceKind::Absent,
    });
    let counts = session.attendance_counts();
    assert_eq!(
        (
            counts.members,
            counts.present,
            counts.on_leave,
            counts.absent
        ),
        (41, 35, 6, 0),
        "the first record of a member counts; strangers do not"
    );
    // A damaged file with a member twice never makes the counts go below zero.
    let twice = session
        .roster
        .iter()
        .find(|m| m.id == on_leave)
        .unwrap()
        .clone();
    session.roster.push(twice);
    let counts = session.attendance_counts();
    assert_eq!(
        (counts.members, counts.present, counts.on_leave),
        (42, 36, 6)
    );
}

#[test]
fn roster_and_attendance_as_published() {
    let session = common::example();
    let counts = session.attendance_counts();
    assert_eq!(
        (
            counts.members,
            counts.present,
            counts.on_leave,
            counts.absent
        ),
        (41, 35, 6, 0)
    );
    assert!(counts.is_quorate());
    assert_eq!(session.members_with_role(Role::Chair).count(), 1);
    assert_eq!(session.members_with_role(Role::ViceChair).count(), 4);
    assert_eq!(session.members_with_role(Role::SecretaryGeneral).count(), 1);
    assert_eq!(session.members_with_role(Role::Member).count(), 35);
    let presiding = session
        .details
        .presiding
        .and_then(|id| session.member(id))
        .unwrap();
    assert_eq!(presiding.name, "史全新");
    assert_eq!(
        session.full_title(),
        "鹤壁市第十二届人民代表大会常务委员会第九次会议"
    );
    assert_eq!(session.list_title(), "鹤壁市十二届人大常委会第九次会议");
    assert_eq!(session.short_title(), "市十二届人大常委会第九次会议");
}

#[test]
fn observers_as_published() {
    let session = common::example();
    assert_eq!(session.observers.len(), 13);
    let names: usize = session.observers.iter().map(|u| u.people.len()).sum();
    assert_eq!(names, 43);
    assert_eq!(session.observers[0].unit, "市人民政府");
    let names: Vec<&str> = session.observers[0]
        .people
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(names, ["李可", "刘军文"]);
    assert_eq!(session.observers[0].people[0].title, "市委常委、常务副市长");
}

#[test]
fn documents_items_and_outcomes() {
    let session = common::example();
    assert_eq!(session.agenda.len(), 14);
    assert_eq!(session.agenda[13].kind, AgendaKind::Appointments);
    // Every item was dealt with: heard only, or adopted by its announced votes.
    let states: Vec<ItemState> = session
        .agenda
        .iter()
        .map(|i| item_state(&session, i))
        .collect();
    assert!(
        states
            .iter()
            .all(|s| matches!(s, ItemState::Adopted | ItemState::Deliberated)),
        "{states:?}"
    );
    assert_eq!(
        states
            .iter()
            .filter(|s| **s == ItemState::Deliberated)
            .count(),
        3
    );
    assert_eq!(session.resolutions.len(), 4);
    assert!(
        session
            .resolutions
            .iter()
            .all(|r| resolution_state(&session, r) == ResolutionState::Adopted)
    );
    assert_eq!(session.motions.len(), 4);
    assert_eq!(session.entries().count(), 14);
    assert_eq!(session.reports.len(), 27);
    assert!(session.reports.iter().any(|r| r.kind == ReportKind::Speech));
    // The full texts, not samples: the gazette's documents run to well over 100 000 characters.
    let characters: usize = session.reports.iter().map(|r| r.char_count()).sum();
    assert!(characters > 100_000, "{characters}");
    // No vote counts were published; none may be invented.
    assert!(
        session
            .votes
            .iter()
            .all(|v| matches!(v.record, VoteRecord::ResultOnly(_)))
    );
}

#[test]
fn example_session_has_no_errors() {
    let session = common::example();
    let errors: Vec<_> = check_session(&session)
        .into_iter()
        .filter(|p| p.severity == Severity::Error)
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
}
