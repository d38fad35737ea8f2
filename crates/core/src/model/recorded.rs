//! The protocol every recorded result follows, written once for votes and evaluations alike
//! (DOMAIN.md §16): a record is entered (表决中 / 测评中), stands provisionally against the
//! attendance of its sitting, is announced (已宣布) and is then a fact of the session, changed only
//! by the recorded unlock (who, when, why), after which a new announcement is a new fact.
//!
//! An announcement freezes its basis ([`Announcement`]): N, who was present at the sitting, the
//! rule, the result, the time and who recorded it. Every screen, document and check reads an
//! announced result from there: later changes to the roster, the attendance, the settings or the
//! rule never reach back.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use super::body::SatisfactionRule;
use super::decisions::{self, AnnounceGap};
use super::edit::EditError;
use super::ids::{EvaluationId, MemberId, MemberSet, SittingId, VoteId};
use super::session::{AttendanceCounts, Session};
use super::votes::{Amendment, Evaluation, EvaluationRecord, Grade, Vote, VoteRecord, VoteResult};

/// What an announced result was decided on, kept with it as it was when it was read out.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Announcement<O> {
    /// When it was announced (local time); `None` for a result announced in a file of format 4
    /// or earlier, which did not keep the time.
    #[serde(default, skip_serializing_if = "Option::is_none")] // migrated from format 4
    pub at: Option<NaiveDateTime>,
    /// Who recorded it (the operator at the console); empty where a file of format 4 or earlier
    /// did not keep it.
    #[serde(default, skip_serializing_if = "String::is_empty")] // migrated from format 4
    pub by: String,
    /// N: the members the committee had when the result was announced.
    pub members: u32,
    /// The members present at the sitting when it was announced.
    pub present: MemberSet,
    /// The rule and the result under it.
    pub outcome: O,
}

impl<O> Announcement<O> {
    /// N and the members present as the announcement counted them.
    pub fn counts(&self) -> AttendanceCounts {
        let present = u32::try_from(self.present.len()).unwrap_or(u32::MAX);
        AttendanceCounts {
            members: self.members,
            present,
            // Who was on leave or absent is the session's; the basis keeps only who was there.
            on_leave: 0,
            absent: self.members.saturating_sub(present),
        }
    }

    /// Whether a member was present when it was announced.
    pub fn was_present(&self, member: MemberId) -> bool {
        self.present.contains(member)
    }
}

/// The rule a vote is passed by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum PassingRule {
    /// The yes votes of more than half of all members (`yes > N/2`; DOMAIN.md §3).
    #[default]
    MoreThanHalfOfAllMembers,
}

impl PassingRule {
    /// The rule as the office says it.
    pub fn label(self) -> &'static str {
        match self {
            Self::MoreThanHalfOfAllMembers => "以全体组成人员的过半数通过",
        }
    }

    /// Whether `yes` votes carry with `members` (N) members.
    pub fn passes(self, yes: u32, members: u32) -> bool {
        match self {
            Self::MoreThanHalfOfAllMembers => super::rules::passes(yes, members),
        }
    }
}

/// What an announced vote decided, under which rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VoteOutcome {
    /// The rule it was decided by.
    pub rule: PassingRule,
    /// 通过 or 未通过.
    pub result: VoteResult,
}

/// What an announced evaluation decided, under which rule.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EvaluationOutcome {
    /// The body's rule for the verdict when it was announced.
    pub rule: SatisfactionRule,
    /// The verdict.
    pub verdict: Grade,
}

/// A result recorded during the session: a vote or an evaluation. The protocol's steps
/// ([`Session::announce`], [`Session::unlock`], the guard against changing an announced record)
/// are written once over this trait.
pub trait RecordedResult {
    /// What is entered: counts, ballots, or only the result.
    type Record: Clone + std::fmt::Debug + PartialEq;
    /// What the announcement decided, with its rule.
    type Outcome: Clone + std::fmt::Debug + PartialEq;

    /// The record as entered.
    fn record(&self) -> &Self::Record;
    /// The sitting it is taken at (`None`: the session as a whole).
    fn sitting(&self) -> Option<SittingId>;
    /// The announcement with its basis, once announced.
    fn announcement(&self) -> Option<&Announcement<Self::Outcome>>;
    /// The unlocks so far, oldest first.
    fn history(&self) -> &[Amendment<Self::Record>];
    /// The record, the announcement and the history, to change them (the protocol only).
    fn parts_mut(&mut self) -> RecordedParts<'_, Self::Record, Self::Outcome>;
    /// Whether it may be announced now: at once, after the operator confirms a gap, or never.
    fn announce_check(&self, session: &Session) -> Result<Option<AnnounceGap>, String>;
    /// What the record decides under today's rule and roster: frozen into the announcement.
    fn outcome_now(&self, session: &Session) -> Self::Outcome;
    /// What it is about, as messages name it (「表决：会议议程」, 「满意度测评：…」).
    fn what(&self, session: &Session) -> String;

    /// Whether its result has been announced.
    fn is_announced(&self) -> bool {
        self.announcement().is_some()
    }
}

/// The parts of a recorded result the protocol changes.
pub struct RecordedParts<'r, R, O> {
    /// The record.
    pub record: &'r mut R,
    /// The announcement.
    pub announcement: &'r mut Option<Announcement<O>>,
    /// The unlocks.
    pub history: &'r mut Vec<Amendment<R>>,
}

/// The id of a recorded result: finds it in a session.
pub trait RecordedKey: Copy {
    /// The recorded result it names.
    type Item: RecordedResult;
    /// The result with this id.
    fn find(self, session: &Session) -> Option<&Self::Item>;
    /// The result with this id, to change it.
    fn find_mut(self, session: &mut Session) -> Option<&mut Self::Item>;
}

impl RecordedKey for VoteId {
    type Item = Vote;
    fn find(self, session: &Session) -> Option<&Vote> {
        session.votes.iter().find(|v| v.id == self)
    }
    fn find_mut(self, session: &mut Session) -> Option<&mut Vote> {
        session.votes.iter_mut().find(|v| v.id == self)
    }
}

impl RecordedKey for EvaluationId {
    type Item = Evaluation;
    fn find(self, session: &Session) -> Option<&Evaluation> {
        session.evaluations.iter().find(|e| e.id == self)
    }
    fn find_mut(self, session: &mut Session) -> Option<&mut Evaluation> {
        session.evaluations.iter_mut().find(|e| e.id == self)
    }
}

impl RecordedResult for Vote {
    type Record = VoteRecord;
    type Outcome = VoteOutcome;

    fn record(&self) -> &VoteRecord {
        &self.record
    }
    fn sitting(&self) -> Option<SittingId> {
        self.sitting
    }
    fn announcement(&self) -> Option<&Announcement<VoteOutcome>> {
        self.announcement.as_ref()
    }
    fn history(&self) -> &[Amendment<VoteRecord>] {
        &self.history
    }
    fn parts_mut(&mut self) -> RecordedParts<'_, VoteRecord, VoteOutcome> {
        RecordedParts {
            record: &mut self.record,
            announcement: &mut self.announcement,
            history: &mut self.history,
        }
    }
    fn announce_check(&self, session: &Session) -> Result<Option<AnnounceGap>, String> {
        decisions::announce_check(session, &self.record, self.sitting)
    }
    fn outcome_now(&self, session: &Session) -> VoteOutcome {
        let rule = PassingRule::default();
        VoteOutcome {
            rule,
            result: decisions::result_of(&self.record, rule, session.member_count()),
        }
    }
    fn what(&self, session: &Session) -> String {
        crate::wording::names::subject_name(session, &self.subject)
    }
}

impl RecordedResult for Evaluation {
    type Record = EvaluationRecord;
    type Outcome = EvaluationOutcome;

    fn record(&self) -> &EvaluationRecord {
        &self.record
    }
    fn sitting(&self) -> Option<SittingId> {
        self.sitting
    }
    fn announcement(&self) -> Option<&Announcement<EvaluationOutcome>> {
        self.announcement.as_ref()
    }
    fn history(&self) -> &[Amendment<EvaluationRecord>] {
        &self.history
    }
    fn parts_mut(&mut self) -> RecordedParts<'_, EvaluationRecord, EvaluationOutcome> {
        RecordedParts {
            record: &mut self.record,
            announcement: &mut self.announcement,
            history: &mut self.history,
        }
    }
    fn announce_check(&self, session: &Session) -> Result<Option<AnnounceGap>, String> {
        decisions::evaluation_announce_check(session, &self.record, self.sitting)
    }
    fn outcome_now(&self, session: &Session) -> EvaluationOutcome {
        let rule = session.body.settings.satisfaction_rule;
        let verdict = match &self.record {
            EvaluationRecord::VerdictOnly(verdict) => *verdict,
            record => match decisions::evaluation_tally(record) {
                Some(tally) => {
                    decisions::evaluation_result_of(
                        &rule,
                        tally,
                        session.attendance_counts_at(self.sitting),
                    )
                    .verdict
                }
                None => Grade::Dissatisfied,
            },
        };
        EvaluationOutcome { rule, verdict }
    }
    fn what(&self, _session: &Session) -> String {
        format!("满意度测评：{}", self.subject)
    }
}

/// A vote or an evaluation, named by its id: what the console announces and unlocks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RecordedId {
    /// A vote.
    Vote(VoteId),
    /// A satisfaction evaluation.
    Evaluation(EvaluationId),
}

/// The record an operator confirmed, to announce exactly that record: when the record has
/// changed since the confirmation was asked (an undo, a late ballot), nothing is announced.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConfirmedRecord {
    /// A vote's record as confirmed.
    Vote(VoteRecord),
    /// An evaluation's record as confirmed.
    Evaluation(EvaluationRecord),
}

impl ConfirmedRecord {
    /// The record of `id` as it stands, to confirm.
    pub fn of(session: &Session, id: RecordedId) -> Option<Self> {
        Some(match id {
            RecordedId::Vote(id) => Self::Vote(id.find(session)?.record.clone()),
            RecordedId::Evaluation(id) => Self::Evaluation(id.find(session)?.record.clone()),
        })
    }
}

/// Who announces and when: the operator's name and the time, kept in the announcement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Announcer {
    /// The operator's name as he or she gave it.
    pub by: String,
    /// When (local time).
    pub at: NaiveDateTime,
}

impl Session {
    /// Announces a recorded result: it becomes a fact of the session with its basis frozen (N,
    /// who is present at its sitting, the rule, the result, the time, who recorded it), and the
    /// record is locked. Refused for a record that cannot be true, without a quorum, or with
    /// nothing entered; a record with fewer votes than members present needs `gap_confirmed`
    /// (the rest did not vote). Announcing an announced result changes nothing.
    pub fn announce<K: RecordedKey>(
        &mut self,
        key: K,
        gap_confirmed: bool,
        announcer: &Announcer,
    ) -> Result<(), EditError> {
        let Some(found) = key.find(self) else {
            return Ok(());
        };
        if found.is_announced() {
            return Ok(());
        }
        if announcer.by.trim().is_empty() {
            return Err(EditError::CannotAnnounce(
                "请先填写记录人：宣布的结果记下由谁记录".to_owned(),
            ));
        }
        match found.announce_check(self) {
            Err(reason) => return Err(EditError::CannotAnnounce(reason)),
            Ok(Some(gap)) if !gap_confirmed => {
                return Err(EditError::CannotAnnounce(format!(
                    "{}请确认后再宣布",
                    gap.question()
                )));
            }
            Ok(_) => {}
        }
        let announcement = self.basis_now(found.sitting(), found.outcome_now(self), announcer);
        if let Some(found) = key.find_mut(self) {
            *found.parts_mut().announcement = Some(announcement);
        }
        Ok(())
    }

    /// [`Self::announce`] for a vote or an evaluation. With `confirmed`, the operator confirmed
    /// the members missing from that very record: it is announced only if the record is still
    /// the one confirmed, else refused with a reason and nothing changes.
    pub fn announce_recorded(
        &mut self,
        id: RecordedId,
        confirmed: Option<&ConfirmedRecord>,
        announcer: &Announcer,
    ) -> Result<(), EditError> {
        if let Some(confirmed) = confirmed
            && ConfirmedRecord::of(self, id).as_ref() != Some(confirmed)
        {
            return Err(EditError::CannotAnnounce(
                "确认之后记录又有改动，未宣布；请核对记录后重新宣布".to_owned(),
            ));
        }
        let gap_confirmed = confirmed.is_some();
        match id {
            RecordedId::Vote(id) => self.announce(id, gap_confirmed, announcer),
            RecordedId::Evaluation(id) => self.announce(id, gap_confirmed, announcer),
        }
    }

    /// [`Self::unlock`] for a vote or an evaluation.
    pub fn unlock_recorded(
        &mut self,
        id: RecordedId,
        by: &str,
        reason: &str,
        at: NaiveDateTime,
    ) -> Result<(), EditError> {
        match id {
            RecordedId::Vote(id) => self.unlock(id, by, reason, at),
            RecordedId::Evaluation(id) => self.unlock(id, by, reason, at),
        }
    }

    /// The basis of an announcement made now at `sitting`.
    fn basis_now<O>(
        &self,
        sitting: Option<SittingId>,
        outcome: O,
        announcer: &Announcer,
    ) -> Announcement<O> {
        Announcement {
            at: Some(announcer.at),
            by: announcer.by.trim().to_owned(),
            members: self.member_count(),
            present: MemberSet::of(self.present_member_ids_at(sitting)),
            outcome,
        }
    }

    /// Unlocks an announced result for a change: the operator's name and the reason are both
    /// required, typed afresh for this unlock; the trace (who, when, why, the record and its
    /// basis as they were) is kept. The result is no longer announced until it is announced
    /// again, with a new basis.
    pub fn unlock<K: RecordedKey>(
        &mut self,
        key: K,
        by: &str,
        reason: &str,
        at: NaiveDateTime,
    ) -> Result<(), EditError> {
        let (by, reason) = (by.trim(), reason.trim());
        if by.is_empty() {
            return Err(EditError::Refused("解锁须写明修改人".to_owned()));
        }
        if reason.is_empty() {
            return Err(EditError::Refused("解锁须写明原因".to_owned()));
        }
        let Some(found) = key.find_mut(self) else {
            return Ok(());
        };
        let parts = found.parts_mut();
        if parts.announcement.is_none() {
            return Ok(());
        }
        parts.history.push(Amendment {
            at,
            by: by.to_owned(),
            reason: reason.to_owned(),
            previous: parts.record.clone(),
        });
        *parts.announcement = None;
        Ok(())
    }

    /// The recorded result with this id to change its record: refused while it is announced.
    pub(crate) fn unlocked_mut<K: RecordedKey>(
        &mut self,
        key: K,
        change: &str,
    ) -> Result<Option<&mut K::Item>, EditError> {
        let Some(found) = key.find(self) else {
            return Ok(None);
        };
        if found.is_announced() {
            return Err(EditError::Locked {
                what: found.what(self),
                change: change.to_owned(),
            });
        }
        Ok(key.find_mut(self))
    }

    /// Files of format 4 and earlier kept only whether a result was announced. Its basis is
    /// taken from what the file holds (the roster, the attendance of its sitting, the rule as
    /// set), which is what those versions printed; the time and the operator stay unknown.
    pub(crate) fn freeze_legacy_announcements(&mut self) {
        let announcer = |s: &Session, sitting| Announcement {
            at: None,
            by: String::new(),
            members: s.member_count(),
            present: MemberSet::of(s.present_member_ids_at(sitting)),
            outcome: (),
        };
        let mut votes = std::mem::take(&mut self.votes);
        for vote in &mut votes {
            if std::mem::take(&mut vote.legacy_announced) && vote.announcement.is_none() {
                let basis = announcer(self, vote.sitting);
                let outcome = vote.outcome_now(self);
                vote.announcement = Some(with_outcome(basis, outcome));
            }
        }
        self.votes = votes;
        let mut evaluations = std::mem::take(&mut self.evaluations);
        for evaluation in &mut evaluations {
            if std::mem::take(&mut evaluation.legacy_announced) && evaluation.announcement.is_none()
            {
                let basis = announcer(self, evaluation.sitting);
                let outcome = evaluation.outcome_now(self);
                evaluation.announcement = Some(with_outcome(basis, outcome));
            }
        }
        self.evaluations = evaluations;
    }
}

fn with_outcome<O>(basis: Announcement<()>, outcome: O) -> Announcement<O> {
    Announcement {
        at: basis.at,
        by: basis.by,
        members: basis.members,
        present: basis.present,
        outcome,
    }
}
