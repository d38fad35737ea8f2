//! What is voted on and in which order, and what a recorded vote decided (DOMAIN.md §3, §4).

use super::agenda::{AgendaKind, DocumentRef, Outcome};
use super::appointments::AppointmentMotion;
use super::ids::EntryId;
use super::rules;
use super::session::Session;
use super::votes::{ResultWithoutCounts, Tally, Vote, VoteRecord, VoteSubject, tally_of_ballots};

/// What a vote decided.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VoteResult {
    /// 通过.
    Adopted,
    /// 未通过.
    Rejected,
}

impl VoteResult {
    /// 通过 or 未通过.
    pub fn label(self) -> &'static str {
        match self {
            Self::Adopted => "通过",
            Self::Rejected => "未通过",
        }
    }
}

/// The counts of a record, if it has any (ballots are counted).
pub fn tally_of(record: &VoteRecord) -> Option<Tally> {
    match record {
        VoteRecord::Counts(tally) => Some(*tally),
        VoteRecord::Ballots(ballots) => Some(tally_of_ballots(ballots)),
        VoteRecord::ResultOnly(_) => None,
    }
}

/// What a record decided with `members` (N) members: yes votes of more than half of all members.
pub fn result_of(record: &VoteRecord, members: u32) -> VoteResult {
    let adopted = match record {
        VoteRecord::ResultOnly(result) => *result == ResultWithoutCounts::Adopted,
        other => tally_of(other).is_some_and(|t| rules::passes(t.yes, members)),
    };
    if adopted {
        VoteResult::Adopted
    } else {
        VoteResult::Rejected
    }
}

/// The minutes' sentence for a recorded vote: 「以赞成X票，反对Y票，弃权Z票表决通过」, or
/// 「表决通过」 when only the result is known.
pub fn result_sentence(session: &Session, record: &VoteRecord) -> String {
    let members = session.member_count();
    match (tally_of(record), record) {
        (Some(tally), _) => {
            rules::vote_sentence(&tally, members, session.body.settings.show_not_pressed)
        }
        (None, VoteRecord::ResultOnly(ResultWithoutCounts::Rejected)) => "未获通过".to_owned(),
        (None, _) => "表决通过".to_owned(),
    }
}

/// The entries of a motion in voting order, grouped by vote: every entry alone, or all together
/// when the motion is voted together (合并表决). For the same post the removal is voted before
/// the appointment.
pub fn entry_vote_groups(motion: &AppointmentMotion) -> Vec<Vec<EntryId>> {
    let mut ordered: Vec<EntryId> = Vec::with_capacity(motion.entries.len());
    for entry in &motion.entries {
        if ordered.contains(&entry.id) {
            continue;
        }
        if entry.action.is_appointment() {
            // First every removal from one of this person's new posts.
            for removal in motion.entries.iter().filter(|e| !e.action.is_appointment()) {
                let same_post = removal.posts.iter().any(|p| entry.posts.contains(p));
                if same_post && !ordered.contains(&removal.id) {
                    ordered.push(removal.id);
                }
            }
        }
        ordered.push(entry.id);
    }
    if motion.vote_together {
        if ordered.is_empty() {
            Vec::new()
        } else {
            vec![ordered]
        }
    } else {
        ordered.into_iter().map(|id| vec![id]).collect()
    }
}

/// Everything that can be voted on, in agenda order: the agenda itself; then per item its
/// appointment entries (by motion), its resolutions, or, for an item with neither, the item.
pub fn voting_order(session: &Session) -> Vec<VoteSubject> {
    let mut order = vec![VoteSubject::Agenda];
    for item in &session.agenda {
        let mut has_documents_to_vote = false;
        for document in &item.documents {
            match document {
                DocumentRef::Motion(id) => {
                    if let Some(motion) = session.motions.iter().find(|m| m.id == *id) {
                        order.extend(
                            entry_vote_groups(motion)
                                .into_iter()
                                .map(VoteSubject::Entries),
                        );
                        has_documents_to_vote = true;
                    }
                }
                DocumentRef::Resolution(id) => {
                    if session.resolution(*id).is_some() {
                        order.push(VoteSubject::Resolution(*id));
                        has_documents_to_vote = true;
                    }
                }
                DocumentRef::Report(_) => {}
            }
        }
        if !has_documents_to_vote && item.kind != AgendaKind::Appointments {
            order.push(VoteSubject::AgendaItem(item.id));
        }
    }
    order
}

/// Whether a subject is still waiting for its vote: no vote is recorded for it, and (for an
/// item) the item is not marked as heard without a vote or deferred.
pub fn is_pending(session: &Session, subject: &VoteSubject) -> bool {
    if vote_for(session, subject).is_some() {
        return false;
    }
    match subject {
        VoteSubject::AgendaItem(id) => session
            .agenda
            .iter()
            .find(|i| i.id == *id)
            .is_some_and(|i| !matches!(i.outcome, Outcome::Deliberated | Outcome::Deferred)),
        _ => true,
    }
}

/// The subjects still waiting for a vote, in voting order.
pub fn pending_votes(session: &Session) -> Vec<VoteSubject> {
    voting_order(session)
        .into_iter()
        .filter(|s| is_pending(session, s))
        .collect()
}

/// The vote recorded for a subject; for entries, the vote that covers the first of them.
pub fn vote_for<'s>(session: &'s Session, subject: &VoteSubject) -> Option<&'s Vote> {
    match subject {
        VoteSubject::Entries(ids) => {
            let first = ids.first()?;
            session
                .votes
                .iter()
                .find(|v| matches!(&v.subject, VoteSubject::Entries(e) if e.contains(first)))
        }
        other => session.votes.iter().find(|v| v.subject == *other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::appointments::{AppointmentAction, AppointmentEntry, Nominator};
    use crate::model::roster::Gender;

    fn entry(id: u32, action: AppointmentAction, person: &str, post: &str) -> AppointmentEntry {
        AppointmentEntry {
            id: EntryId(id),
            action,
            person: person.to_owned(),
            gender: Gender::Unspecified,
            posts: vec![post.to_owned()],
        }
    }

    fn motion(entries: Vec<AppointmentEntry>, vote_together: bool) -> AppointmentMotion {
        AppointmentMotion {
            id: crate::model::MotionId(1),
            title: String::new(),
            document_number: String::new(),
            nominator: Nominator::Mayor,
            addressee: String::new(),
            basis: String::new(),
            signatory: String::new(),
            date: None,
            entries,
            vote_together,
        }
    }

    #[test]
    fn removal_is_voted_before_the_appointment_to_the_same_post() {
        use AppointmentAction::{DecideAppoint, DecideRemove};
        let m = motion(
            vec![
                entry(1, DecideAppoint, "张建华", "鹤壁市科学技术局局长"),
                entry(2, DecideAppoint, "李雷", "鹤壁市生态环境局局长"),
                entry(3, DecideRemove, "郭志鹏", "鹤壁市科学技术局局长"),
                entry(4, DecideRemove, "某某", "鹤壁市统计局局长"),
            ],
            false,
        );
        let groups = entry_vote_groups(&m);
        let order: Vec<u32> = groups.iter().map(|g| g[0].0).collect();
        assert_eq!(order, [3, 1, 2, 4]);
        assert!(groups.iter().all(|g| g.len() == 1));
    }

    #[test]
    fn a_motion_voted_together_is_one_group() {
        use AppointmentAction::Appoint;
        let m = motion(
            vec![
                entry(1, Appoint, "张海那", "检察员"),
                entry(2, Appoint, "田昊男", "检察员"),
            ],
            true,
        );
        assert_eq!(entry_vote_groups(&m), vec![vec![EntryId(1), EntryId(2)]]);
    }

    #[test]
    fn results_follow_the_rule_of_all_members() {
        let tally = Tally {
            yes: 21,
            no: 0,
            abstain: 0,
            not_pressed: 0,
        };
        assert_eq!(
            result_of(&VoteRecord::Counts(tally), 41),
            VoteResult::Adopted
        );
        assert_eq!(
            result_of(&VoteRecord::Counts(tally), 42),
            VoteResult::Rejected
        );
        assert_eq!(
            result_of(&VoteRecord::ResultOnly(ResultWithoutCounts::Rejected), 41),
            VoteResult::Rejected
        );
    }
}
