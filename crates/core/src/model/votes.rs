//! Votes (表决) and satisfaction evaluations (满意度测评) as recorded during the session.

use serde::{Deserialize, Serialize};

use super::ids::{
    AgendaItemId, EntryId, EvaluationId, MemberId, ReportId, ResolutionId, SittingId, VoteId,
};
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
