//! Votes (表决) and satisfaction evaluations (满意度测评) as recorded during the session.

use serde::{Deserialize, Serialize};

use super::Session;
use super::decisions;
use super::edit::EditError;
use super::ids::{
    AgendaItemId, EntryId, EvaluationId, MemberId, ReportId, ResolutionId, SittingId, VoteId,
};
use super::next_id;
use super::recorded::{Announcement, EvaluationOutcome, VoteOutcome};

/// One vote of the session.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Vote {
    /// Stable id.
    pub id: VoteId,
    /// What was voted on.
    pub subject: VoteSubject,
    /// What was recorded.
    pub record: VoteRecord,
    /// The sitting the vote was taken at; its attendance is what the vote is checked against.
    /// `None`: the session as a whole.
    #[serde(default, skip_serializing_if = "Option::is_none")] // a one-sitting session
    pub sitting: Option<SittingId>,
    /// The announcement with its basis, once the presiding officer has read the result out: from
    /// then on the record is the official one, and changing it needs the recorded unlock.
    #[serde(default, skip_serializing_if = "Option::is_none")] // not yet announced
    pub announcement: Option<Announcement<VoteOutcome>>,
    /// Changes made after the result was announced, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")] // almost always empty
    pub history: Vec<VoteAmendment>,
    /// Format 4 and earlier kept only this flag; it is read, turned into an [`Announcement`] on
    /// load, and never written.
    #[serde(default, skip_serializing, rename = "announced")]
    pub(crate) legacy_announced: bool,
}

impl Vote {
    /// A vote on `subject` with `record`, not announced.
    pub fn new(id: VoteId, subject: VoteSubject, record: VoteRecord) -> Self {
        Self {
            id,
            subject,
            record,
            sitting: None,
            announcement: None,
            history: Vec::new(),
            legacy_announced: false,
        }
    }

    /// Whether the result has been announced.
    pub fn is_announced(&self) -> bool {
        self.announcement.is_some()
    }

    /// The announced result, if the vote has been announced.
    pub fn announced_result(&self) -> Option<VoteResult> {
        self.announcement.as_ref().map(|a| a.outcome.result)
    }
}

/// What a vote decided.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
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

    /// Whether the vote carried.
    pub fn is_adopted(self) -> bool {
        self == Self::Adopted
    }
}

/// A change to an announced record: who unlocked it, when, why, and what the record was before.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Amendment<R> {
    /// When the record was unlocked for the change (local time).
    pub at: chrono::NaiveDateTime,
    /// Who unlocked it (the operator's name as they gave it, or the computer's user name).
    pub by: String,
    /// Why, as the operator wrote it.
    #[serde(default)] // a reason may be left empty
    pub reason: String,
    /// The record as announced before the change.
    pub previous: R,
}

/// A change to an announced vote.
pub type VoteAmendment = Amendment<VoteRecord>;

/// A change to an announced evaluation.
pub type EvaluationAmendment = Amendment<EvaluationRecord>;

/// What a vote decides.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum VoteSubject {
    /// The agenda itself (会议议程).
    Agenda,
    /// An agenda item (a report voted on, as the example session does).
    AgendaItem(AgendaItemId),
    /// A resolution or decision.
    Resolution(ResolutionId),
    /// One appointment entry, or several voted together (合并表决, e.g. 法律职务).
    Entries(Vec<EntryId>),
}

/// The record of a vote: counts, one ballot a member, or only the result.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum VoteRecord {
    /// Counts from the voting machine or a show of hands.
    Counts(Tally),
    /// One line per member present; the counts follow from them.
    Ballots(Vec<Ballot>),
    /// The result is known but no counts were recorded or published.
    ResultOnly(ResultWithoutCounts),
}

/// A result published without counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ResultWithoutCounts {
    /// 表决通过.
    Adopted,
    /// 未获通过.
    Rejected,
}

/// Counts of a vote: 赞成, 反对, 弃权, 未按表决器.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tally {
    /// 赞成.
    pub yes: u32,
    /// 反对.
    pub no: u32,
    /// 弃权.
    pub abstain: u32,
    /// 未按表决器.
    #[serde(default)] // a show of hands has none
    pub not_pressed: u32,
}

impl Tally {
    /// Every vote counted, 未按 included.
    pub fn total(&self) -> u64 {
        u64::from(self.yes)
            + u64::from(self.no)
            + u64::from(self.abstain)
            + u64::from(self.not_pressed)
    }
}

/// One member's ballot.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ballot {
    /// Who voted.
    pub member: MemberId,
    /// How.
    pub choice: Choice,
}

/// A member's choice in a vote.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Choice {
    /// 赞成.
    Yes,
    /// 反对.
    No,
    /// 弃权.
    Abstain,
    /// 未按表决器.
    NotPressed,
}

impl Choice {
    /// 赞成, 反对, 弃权, 未按.
    pub fn label(self) -> &'static str {
        match self {
            Self::Yes => "赞成",
            Self::No => "反对",
            Self::Abstain => "弃权",
            Self::NotPressed => "未按",
        }
    }
}

/// The counts that a list of ballots adds up to. Counted into an array by choice: the console
/// and the agenda count hundreds of ballots for every vote in view, every frame.
pub fn tally_of_ballots(ballots: &[Ballot]) -> Tally {
    let mut counts = [0u64; 4];
    for ballot in ballots {
        counts[ballot.choice as usize] += 1;
    }
    let count = |choice: Choice| u32::try_from(counts[choice as usize]).unwrap_or(u32::MAX);
    Tally {
        yes: count(Choice::Yes),
        no: count(Choice::No),
        abstain: count(Choice::Abstain),
        not_pressed: count(Choice::NotPressed),
    }
}

/// One satisfaction evaluation of the session.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evaluation {
    /// Stable id.
    pub id: EvaluationId,
    /// What is evaluated, as printed: 市工业和信息化局工作, 重点督办建议办理情况.
    pub subject: String,
    /// The reports the evaluation concerns.
    #[serde(default)] // an evaluation of a unit may concern no single report
    pub reports: Vec<ReportId>,
    /// What was recorded.
    pub record: EvaluationRecord,
    /// The sitting the evaluation was held at; `None`: the session as a whole.
    #[serde(default, skip_serializing_if = "Option::is_none")] // a one-sitting session
    pub sitting: Option<SittingId>,
    /// The announcement with its basis, once the result has been read out: from then on the
    /// record is the official one, and changing it needs the recorded unlock.
    #[serde(default, skip_serializing_if = "Option::is_none")] // not yet announced
    pub announcement: Option<Announcement<EvaluationOutcome>>,
    /// Changes made after the result was announced, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")] // almost always empty
    pub history: Vec<EvaluationAmendment>,
    /// Who evaluated besides the members, where others did (FORMS.md §18): 「列席会议的市县人大
    /// 代表、人大主席、公民代表」; empty: the members alone. Then the notice says who evaluated
    /// and not the members' quorum.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    // new with issue 23 (format 6): files without it were evaluated by the members alone
    pub other_evaluators: String,
    /// Format 4 and earlier kept only this flag; it is read, turned into an [`Announcement`] on
    /// load, and never written.
    #[serde(default, skip_serializing, rename = "announced")]
    pub(crate) legacy_announced: bool,
}

impl Evaluation {
    /// An evaluation of `subject` concerning `reports`, nothing recorded yet.
    pub fn new(id: EvaluationId, subject: String, reports: Vec<ReportId>) -> Self {
        Self {
            id,
            subject,
            reports,
            record: EvaluationRecord::NotRecorded,
            sitting: None,
            announcement: None,
            history: Vec::new(),
            other_evaluators: String::new(),
            legacy_announced: false,
        }
    }

    /// Whether the result has been announced.
    pub fn is_announced(&self) -> bool {
        self.announcement.is_some()
    }

    /// The announced verdict, if the evaluation has been announced.
    pub fn announced_verdict(&self) -> Option<Grade> {
        self.announcement.as_ref().map(|a| a.outcome.verdict)
    }
}

/// The record of a satisfaction evaluation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum EvaluationRecord {
    /// Not yet held, or held but with no result recorded or published.
    NotRecorded,
    /// Counts of the grades.
    Counts(EvaluationTally),
    /// One ballot per member present.
    Ballots(Vec<EvaluationBallot>),
    /// Only the verdict, as some bodies publish it (「测评结果为满意」), with no counts.
    VerdictOnly(Grade),
}

/// Counts of a satisfaction evaluation.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EvaluationTally {
    /// 满意.
    pub satisfied: u32,
    /// 基本满意.
    pub basically_satisfied: u32,
    /// 不满意.
    pub dissatisfied: u32,
    /// 无效 (blank or several marks).
    #[serde(default)] // often none
    pub invalid: u32,
}

impl EvaluationTally {
    /// Valid ballots: 满意 + 基本满意 + 不满意.
    pub fn valid(&self) -> u64 {
        u64::from(self.satisfied)
            + u64::from(self.basically_satisfied)
            + u64::from(self.dissatisfied)
    }

    /// Every ballot, invalid ones included.
    pub fn total(&self) -> u64 {
        self.valid() + u64::from(self.invalid)
    }
}

/// One member's evaluation ballot.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EvaluationBallot {
    /// Who.
    pub member: MemberId,
    /// The grade marked, or `None` for an invalid ballot (blank or several marks).
    pub grade: Option<Grade>,
}

/// A satisfaction grade.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Grade {
    /// 满意.
    Satisfied,
    /// 基本满意.
    BasicallySatisfied,
    /// 不满意.
    Dissatisfied,
}

impl Grade {
    /// 满意, 基本满意, 不满意.
    pub fn label(self) -> &'static str {
        match self {
            Self::Satisfied => "满意",
            Self::BasicallySatisfied => "基本满意",
            Self::Dissatisfied => "不满意",
        }
    }
}

/// The counts that a list of evaluation ballots adds up to.
pub fn tally_of_evaluation_ballots(ballots: &[EvaluationBallot]) -> EvaluationTally {
    let mut tally = EvaluationTally::default();
    for ballot in ballots {
        let slot = match ballot.grade {
            Some(Grade::Satisfied) => &mut tally.satisfied,
            Some(Grade::BasicallySatisfied) => &mut tally.basically_satisfied,
            Some(Grade::Dissatisfied) => &mut tally.dissatisfied,
            None => &mut tally.invalid,
        };
        *slot = slot.saturating_add(1);
    }
    tally
}

/// How a vote is recorded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecordMode {
    /// Counts from the voting machine or a show of hands.
    Counts,
    /// One ballot per member present.
    Ballots,
    /// Only the result, adopted or not.
    ResultOnly(super::votes::ResultWithoutCounts),
}

/// How an evaluation is recorded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EvaluationMode {
    /// Counts of the grades.
    Counts,
    /// One ballot per member present.
    Ballots,
    /// Only the verdict, without counts.
    VerdictOnly(Grade),
}

/// An empty record in `mode`; counts carry over `counts` where given.
fn empty_record(mode: RecordMode, counts: Option<Tally>) -> VoteRecord {
    match mode {
        RecordMode::Counts => VoteRecord::Counts(counts.unwrap_or_default()),
        RecordMode::Ballots => VoteRecord::Ballots(Vec::new()),
        RecordMode::ResultOnly(result) => VoteRecord::ResultOnly(result),
    }
}

/// Changes to votes.
impl Session {
    /// Starts the record of a vote on `subject` (表决中), empty in the chosen mode; an existing
    /// record not yet announced changes to that mode (counts kept where they can be).
    pub fn start_vote(
        &mut self,
        subject: &VoteSubject,
        mode: RecordMode,
    ) -> Result<VoteId, EditError> {
        let stale = || {
            EditError::Refused(
                "该事项已不按此方式付表决（合并表决已改变），请在左侧重新选择".to_owned(),
            )
        };
        if let Some(vote) = decisions::vote_for(self, subject) {
            // The vote that covers the first entry of a bundle no longer voted together.
            if vote.subject != *subject {
                return Err(stale());
            }
            let id = vote.id;
            self.set_record_mode(id, mode)?;
            return Ok(id);
        }
        // Only what is put to the vote now: a bundle no longer voted together (合并表决 undone)
        // is voted entry by entry.
        if !decisions::voting_order(self).contains(subject) {
            return Err(stale());
        }
        let id = next_id(self.votes.iter().map(|v| v.id));
        let mut vote = Vote::new(id, subject.clone(), empty_record(mode, None));
        vote.sitting = decisions::sitting_of_subject(self, subject);
        self.votes.push(vote);
        Ok(id)
    }

    /// Records the whole record of a subject at once (fast entry, the command line, tests):
    /// starts the vote if needed; refused while announced.
    pub fn record_vote(
        &mut self,
        subject: &VoteSubject,
        record: VoteRecord,
    ) -> Result<VoteId, EditError> {
        let id = match decisions::vote_for(self, subject) {
            Some(vote) => vote.id,
            None => self.start_vote(subject, RecordMode::Counts)?,
        };
        self.set_vote_record(id, record)?;
        Ok(id)
    }

    /// Replaces a vote's record; refused while announced.
    pub fn set_vote_record(&mut self, id: VoteId, record: VoteRecord) -> Result<(), EditError> {
        if let Some(vote) = self.unlocked_mut(id, "修改")? {
            vote.record = record;
        }
        Ok(())
    }

    /// Changes how a vote is recorded; counts carry over into counts, ballots start empty.
    pub fn set_record_mode(&mut self, id: VoteId, mode: RecordMode) -> Result<(), EditError> {
        if let Some(vote) = self.unlocked_mut(id, "修改")? {
            let counts = decisions::tally(&vote.record);
            let same = matches!(
                (&vote.record, mode),
                (VoteRecord::Counts(_), RecordMode::Counts)
                    | (VoteRecord::Ballots(_), RecordMode::Ballots)
            );
            if !same {
                vote.record = empty_record(mode, counts);
            }
        }
        Ok(())
    }

    /// Sets the counts of a vote recorded as counts.
    pub fn set_vote_counts(&mut self, id: VoteId, tally: Tally) -> Result<(), EditError> {
        self.set_vote_record(id, VoteRecord::Counts(tally))
    }

    /// Sets (or with `None` clears) one member's ballot; only members present may vote.
    pub fn set_ballot(
        &mut self,
        id: VoteId,
        member: MemberId,
        choice: Option<Choice>,
    ) -> Result<(), EditError> {
        let sitting = self
            .votes
            .iter()
            .find(|v| v.id == id)
            .and_then(|v| v.sitting);
        if choice.is_some() && !self.is_present_at(member, sitting) {
            return Err(EditError::Refused("未出席的人员不能投票".to_owned()));
        }
        if let Some(vote) = self.unlocked_mut(id, "修改")?
            && let VoteRecord::Ballots(ballots) = &mut vote.record
        {
            ballots.retain(|b| b.member != member);
            if let Some(choice) = choice {
                ballots.push(Ballot { member, choice });
            }
        }
        Ok(())
    }

    /// Gives every member present who has no ballot yet the ballot `choice` (未投者全部记为赞成).
    pub fn fill_ballots(&mut self, id: VoteId, choice: Choice) -> Result<(), EditError> {
        let sitting = self
            .votes
            .iter()
            .find(|v| v.id == id)
            .and_then(|v| v.sitting);
        let present: Vec<MemberId> = self.present_member_ids_at(sitting);
        if let Some(vote) = self.unlocked_mut(id, "修改")?
            && let VoteRecord::Ballots(ballots) = &mut vote.record
        {
            for member in present {
                if !ballots.iter().any(|b| b.member == member) {
                    ballots.push(Ballot { member, choice });
                }
            }
        }
        Ok(())
    }

    /// Deletes a vote record not yet announced.
    pub fn delete_vote(&mut self, id: VoteId) -> Result<(), EditError> {
        if self.unlocked_mut(id, "删除")?.is_some() {
            self.votes.retain(|v| v.id != id);
        }
        Ok(())
    }
}

/// Changes to evaluations.
impl Session {
    /// Adds a satisfaction evaluation.
    pub fn add_evaluation(&mut self, subject: &str, reports: Vec<ReportId>) -> EvaluationId {
        let id = next_id(self.evaluations.iter().map(|e| e.id));
        self.evaluations
            .push(Evaluation::new(id, subject.trim().to_owned(), reports));
        id
    }

    /// Renames what an evaluation is about; refused once announced.
    pub fn rename_evaluation(&mut self, id: EvaluationId, subject: &str) -> Result<(), EditError> {
        if let Some(evaluation) = self.unlocked_mut(id, "修改")? {
            subject.clone_into(&mut evaluation.subject);
        }
        Ok(())
    }

    /// Sets who evaluated besides the members (FORMS.md §18), as typed; empty: the members
    /// alone. Refused while announced: the notice already says who evaluated.
    pub fn set_evaluation_other_evaluators(
        &mut self,
        id: EvaluationId,
        others: &str,
    ) -> Result<(), EditError> {
        if let Some(evaluation) = self.unlocked_mut(id, "修改")? {
            others.clone_into(&mut evaluation.other_evaluators);
        }
        Ok(())
    }

    /// Deletes an evaluation not yet announced.
    pub fn delete_evaluation(&mut self, id: EvaluationId) -> Result<(), EditError> {
        if self.unlocked_mut(id, "删除")?.is_some() {
            self.evaluations.retain(|e| e.id != id);
        }
        Ok(())
    }

    /// Replaces an evaluation's record; refused while announced.
    pub fn set_evaluation_record(
        &mut self,
        id: EvaluationId,
        record: EvaluationRecord,
    ) -> Result<(), EditError> {
        if let Some(evaluation) = self.unlocked_mut(id, "修改")? {
            evaluation.record = record;
        }
        Ok(())
    }

    /// Changes how an evaluation is recorded (counts carry over into counts).
    pub fn set_evaluation_mode(
        &mut self,
        id: EvaluationId,
        mode: Option<EvaluationMode>,
    ) -> Result<(), EditError> {
        if let Some(evaluation) = self.unlocked_mut(id, "修改")? {
            evaluation.record = match (mode, &evaluation.record) {
                (None, _) => EvaluationRecord::NotRecorded,
                (Some(EvaluationMode::Counts), EvaluationRecord::Counts(t)) => {
                    EvaluationRecord::Counts(*t)
                }
                (Some(EvaluationMode::Counts), other) => {
                    EvaluationRecord::Counts(decisions::evaluation_tally(other).unwrap_or_default())
                }
                (Some(EvaluationMode::Ballots), EvaluationRecord::Ballots(b)) => {
                    EvaluationRecord::Ballots(b.clone())
                }
                (Some(EvaluationMode::Ballots), _) => EvaluationRecord::Ballots(Vec::new()),
                (Some(EvaluationMode::VerdictOnly(grade)), _) => {
                    EvaluationRecord::VerdictOnly(grade)
                }
            };
        }
        Ok(())
    }

    /// Sets (or with `None` clears) one member's evaluation ballot; `Some(None)` is an invalid ballot.
    pub fn set_evaluation_ballot(
        &mut self,
        id: EvaluationId,
        member: MemberId,
        grade: Option<Option<Grade>>,
    ) -> Result<(), EditError> {
        let sitting = self
            .evaluations
            .iter()
            .find(|e| e.id == id)
            .and_then(|e| e.sitting);
        if grade.is_some() && !self.is_present_at(member, sitting) {
            return Err(EditError::Refused("未出席的人员不能参加测评".to_owned()));
        }
        if let Some(evaluation) = self.unlocked_mut(id, "修改")?
            && let EvaluationRecord::Ballots(ballots) = &mut evaluation.record
        {
            ballots.retain(|b| b.member != member);
            if let Some(grade) = grade {
                ballots.push(EvaluationBallot { member, grade });
            }
        }
        Ok(())
    }

    /// The members present at the session, in roster order.
    pub fn present_member_ids(&self) -> Vec<MemberId> {
        self.present_member_ids_at(None)
    }

    /// The members present at a sitting (`None`: the session), in roster order.
    pub fn present_member_ids_at(&self, sitting: Option<SittingId>) -> Vec<MemberId> {
        let mut absent: Vec<MemberId> =
            self.absences_at(sitting).iter().map(|a| a.member).collect();
        absent.sort_unstable();
        self.roster
            .iter()
            .filter(|m| absent.binary_search(&m.id).is_err())
            .map(|m| m.id)
            .collect()
    }
}
