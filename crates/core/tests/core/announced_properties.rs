//! Property: random sequences of the model's operations — the roster, attendance, imports,
//! settings, status and entry edits, deletions and the recorded unlock — never change an
//! announced result except through the unlock, and every document agrees on what was adopted
//! (DOMAIN.md §16, issue 20).

use proptest::prelude::*;

use crate::common;
use huiwu_core::export::{DocKind, plain_text};
use huiwu_core::import::roster::read_roster;
use huiwu_core::import::{ImportMode, Source};
use huiwu_core::model::decisions::{self, VoteResult};
use huiwu_core::model::{
    AgendaKind, AppointmentAction, AttendanceStatus, Grade, Outcome, RecordMode, ResolutionStatus,
    ResultWithoutCounts, Role, Session, VoteId, VoteRecord,
};

/// One operation on the session; indices are taken modulo what exists.
#[derive(Clone, Debug)]
enum Op {
    AddMember,
    DeleteMember(usize),
    SetAttendance(usize, u8),
    AllPresent,
    ImportRoster(bool),
    SortRoster,
    ChangeRule(u32),
    ResolutionStatus(usize, u8),
    ItemOutcome(usize, u8),
    ItemKind(usize, u8),
    EntryPosts(usize),
    EntryAction(usize),
    VoteTogether(usize, bool),
    DeleteResolution(usize),
    DeleteEntry(usize),
    DeleteVote(usize),
    RecordVote(usize, bool),
    /// Unlock a vote, record the other result and announce it again.
    UnlockAndReannounce(usize),
    UnlockEvaluation(usize),
}

fn op() -> impl Strategy<Value = Op> {
    let i = || 0usize..64;
    prop_oneof![
        Just(Op::AddMember),
        i().prop_map(Op::DeleteMember),
        (i(), 0u8..3).prop_map(|(a, b)| Op::SetAttendance(a, b)),
        Just(Op::AllPresent),
        any::<bool>().prop_map(Op::ImportRoster),
        Just(Op::SortRoster),
        (0u32..=100).prop_map(Op::ChangeRule),
        (i(), 0u8..3).prop_map(|(a, b)| Op::ResolutionStatus(a, b)),
        (i(), 0u8..4).prop_map(|(a, b)| Op::ItemOutcome(a, b)),
        (i(), 0u8..3).prop_map(|(a, b)| Op::ItemKind(a, b)),
        i().prop_map(Op::EntryPosts),
        i().prop_map(Op::EntryAction),
        (i(), any::<bool>()).prop_map(|(a, b)| Op::VoteTogether(a, b)),
        i().prop_map(Op::DeleteResolution),
        i().prop_map(Op::DeleteEntry),
        i().prop_map(Op::DeleteVote),
        (i(), any::<bool>()).prop_map(|(a, b)| Op::RecordVote(a, b)),
        i().prop_map(Op::UnlockAndReannounce),
        i().prop_map(Op::UnlockEvaluation),
    ]
}

fn pick<T>(items: &[T], index: usize) -> Option<&T> {
    (!items.is_empty()).then(|| &items[index % items.len()])
}

/// The announced results of a session: each vote's and each evaluation's, with its basis.
fn announced(session: &Session) -> Vec<(String, String)> {
    let mut facts: Vec<(String, String)> = session
        .votes
        .iter()
        .filter_map(|v| {
            v.announcement
                .as_ref()
                .map(|a| (format!("表决{}", v.id), format!("{a:?}{:?}", v.record)))
        })
        .collect();
    facts.extend(session.evaluations.iter().filter_map(|e| {
        e.announcement
            .as_ref()
            .map(|a| (format!("测评{}", e.id), format!("{a:?}{:?}", e.record)))
    }));
    facts
}

/// Applies `op`; returns the vote or evaluation it unlocked (whose facts may change).
fn apply(session: &mut Session, op: &Op) -> Option<String> {
    let operator = common::operator();
    let members: Vec<_> = session.roster.iter().map(|m| m.id).collect();
    let resolutions: Vec<_> = session.resolutions.iter().map(|r| r.id).collect();
    let items: Vec<_> = session.agenda.iter().map(|i| i.id).collect();
    let entries: Vec<_> = session.entries().map(|e| e.id).collect();
    let motions: Vec<_> = session.motions.iter().map(|m| m.id).collect();
    let votes: Vec<VoteId> = session.votes.iter().map(|v| v.id).collect();
    let evaluations: Vec<_> = session.evaluations.iter().map(|e| e.id).collect();
    let subjects = decisions::voting_order(session);
    match op {
        Op::AddMember => {
            session.add_member(Role::Member);
        }
        Op::DeleteMember(i) => {
            if let Some(id) = pick(&members, *i) {
                let _ = session.delete_member(*id);
            }
        }
        Op::SetAttendance(i, status) => {
            if let Some(id) = pick(&members, *i) {
                let status = match status {
                    0 => AttendanceStatus::Present,
                    1 => AttendanceStatus::OnLeave("因事".to_owned()),
                    _ => AttendanceStatus::Absent,
                };
                session.change_attendance(*id, status);
            }
        }
        Op::AllPresent => session.all_present(),
        Op::ImportRoster(replace) => {
            let text = "委员：新甲、新乙、史全新";
            if let Ok(import) = read_roster(&Source::pasted(text).unwrap()) {
                let mode = if *replace {
                    ImportMode::Replace
                } else {
                    ImportMode::Add
                };
                let _ = session.apply_roster_import(&import, mode);
            }
        }
        Op::SortRoster => session.sort_roster_by_strokes(),
        Op::ChangeRule(percent) => {
            session.body.settings.satisfaction_rule.threshold_percent = *percent;
        }
        Op::ResolutionStatus(i, status) => {
            if let Some(id) = pick(&resolutions, *i) {
                let status = [
                    ResolutionStatus::Draft,
                    ResolutionStatus::Deferred,
                    ResolutionStatus::Withdrawn,
                ][*status as usize % 3];
                let _ = session.set_resolution_status(*id, status);
            }
        }
        Op::ItemOutcome(i, outcome) => {
            if let Some(id) = pick(&items, *i) {
                let _ = session.set_item_outcome(*id, Outcome::ALL[*outcome as usize % 4]);
            }
        }
        Op::ItemKind(i, kind) => {
            if let Some(id) = pick(&items, *i) {
                let kind = [AgendaKind::Hear, AgendaKind::Vote, AgendaKind::Appointments]
                    [*kind as usize % 3];
                let _ = session.set_item_kind(*id, kind);
            }
        }
        Op::EntryPosts(i) => {
            if let Some(id) = pick(&entries, *i) {
                let _ = session.set_entry_posts(*id, vec!["某职务".to_owned()]);
            }
        }
        Op::EntryAction(i) => {
            if let Some(id) = pick(&entries, *i) {
                let _ = session.set_entry_action(*id, AppointmentAction::Remove);
            }
        }
        Op::VoteTogether(i, together) => {
            if let Some(id) = pick(&motions, *i) {
                let _ = session.set_vote_together(*id, *together);
            }
        }
        Op::DeleteResolution(i) => {
            if let Some(id) = pick(&resolutions, *i) {
                let _ = session.delete_resolution(*id);
            }
        }
        Op::DeleteEntry(i) => {
            if let Some(id) = pick(&entries, *i) {
                let _ = session.delete_entry(*id);
            }
        }
        Op::DeleteVote(i) => {
            if let Some(id) = pick(&votes, *i) {
                let _ = session.delete_vote(*id);
            }
        }
        Op::RecordVote(i, adopted) => {
            if let Some(subject) = pick(&subjects, *i) {
                let result = if *adopted {
                    ResultWithoutCounts::Adopted
                } else {
                    ResultWithoutCounts::Rejected
                };
                if let Ok(id) = session.record_vote(subject, VoteRecord::ResultOnly(result)) {
                    let _ = session.announce(id, true, &operator);
                }
            }
        }
        Op::UnlockAndReannounce(i) => {
            let id = *pick(&votes, *i)?;
            session
                .unlock(id, &operator.by, "重新记录", operator.at)
                .ok()?;
            let flipped = match session
                .votes
                .iter()
                .find(|v| v.id == id)?
                .announced_result()
            {
                Some(VoteResult::Adopted) => ResultWithoutCounts::Rejected,
                _ => ResultWithoutCounts::Adopted,
            };
            let _ = session.set_record_mode(id, RecordMode::ResultOnly(flipped));
            let _ = session.announce(id, true, &operator);
            return Some(format!("表决{id}"));
        }
        Op::UnlockEvaluation(i) => {
            let id = *pick(&evaluations, *i)?;
            session
                .unlock(id, &operator.by, "重新测评", operator.at)
                .ok()?;
            let _ = session.set_evaluation_mode(
                id,
                Some(huiwu_core::model::EvaluationMode::VerdictOnly(
                    Grade::BasicallySatisfied,
                )),
            );
            let _ = session.announce(id, true, &operator);
            return Some(format!("测评{id}"));
        }
    }
    None
}

/// Every document agrees on what was adopted: the 人事任免名单 lists exactly the adopted
/// entries, the 决议决定 exactly the adopted resolutions.
fn documents_agree(session: &Session) -> Result<(), TestCaseError> {
    let list = plain_text(session, DocKind::Appointments);
    for motion in &session.motions {
        for entry in &motion.entries {
            let adopted = decisions::entry_adopted(session, entry.id);
            // A clause may stand inside another's (a shorter post); only whole lines count.
            let listed = list
                .lines()
                .any(|l| l.trim_end_matches(['；', '。']) == entry.clause());
            prop_assert_eq!(listed, adopted, "{}", entry.clause());
        }
    }
    let resolutions = plain_text(session, DocKind::Resolutions);
    let minutes = plain_text(session, DocKind::Minutes);
    for resolution in session.resolutions.iter().filter(|r| r.entry.is_none()) {
        let adopted = decisions::resolution_adopted(session, resolution);
        // The title prints in two lines: the body, then the rest.
        let rest = resolution
            .title
            .strip_prefix(session.body.name.as_str())
            .unwrap_or(&resolution.title);
        let title_line = resolutions.lines().any(|l| l == rest);
        prop_assert_eq!(title_line, adopted, "{}", resolution.title);
        if adopted {
            let said = format!("通过了《{}》", resolution.title);
            prop_assert!(minutes.contains(&said), "{}", said);
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn announced_results_change_only_through_the_unlock(ops in proptest::collection::vec(op(), 1..14)) {
        let mut session = common::example();
        documents_agree(&session)?;
        for op in &ops {
            let before = announced(&session);
            let unlocked = apply(&mut session, op);
            let after = announced(&session);
            for (what, fact) in &before {
                if unlocked.as_deref() == Some(what.as_str()) {
                    continue;
                }
                // Still announced, on the same basis, with the same record.
                let now = after.iter().find(|(w, _)| w == what).map(|(_, f)| f);
                prop_assert_eq!(now, Some(fact), "{:?} changed {}", op, what);
            }
            documents_agree(&session)?;
        }
    }
}
