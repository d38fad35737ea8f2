//! What the session decided, derived in one place (DOMAIN.md §3, §4): what is voted on and in
//! which order, which vote applies to a subject, its tally, whether it passed under the rule,
//! the sentence for it, and the state of every vote, evaluation, agenda item and resolution.
//!
//! Nothing here is stored: the agenda list, the console, the hall screen, `check`, the minutes,
//! the news and every other document ask these functions, so they cannot disagree. What a person
//! decides (an item heard without a vote, deferred, withdrawn) is stored on the item; adopted and
//! rejected come only from an announced vote.

use super::agenda::{AgendaItem, AgendaKind, DocumentRef, Outcome};
use super::appointments::AppointmentMotion;
use super::body::SatisfactionRule;
use super::documents::{Resolution, ResolutionStatus};
use super::ids::{EntryId, MemberId, SittingId};
use super::recorded::PassingRule;
use super::rules::{self, TallyProblem};
use super::session::{AttendanceCounts, Session};
pub use super::votes::VoteResult;
use super::votes::{
    Evaluation, EvaluationRecord, EvaluationTally, Grade, ResultWithoutCounts, Tally, Vote,
    VoteRecord, VoteSubject, tally_of_ballots, tally_of_evaluation_ballots,
};

/// Where a record stands before it is announced.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Provisional<R> {
    /// Nothing or only part entered: 「未完成」, never a result.
    Incomplete {
        /// Votes (or ballots) entered so far.
        entered: u64,
        /// Members present.
        present: u32,
    },
    /// A record that cannot be true (more votes than members present, a ballot of someone absent).
    Impossible(String),
    /// Every member present accounted for: what the result would be.
    Complete(R),
}

/// The state of a vote subject, as the console, the hall and the agenda show it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VoteState {
    /// 待表决: no record yet, and a vote is expected.
    Pending,
    /// 不表决: no record, and none is expected (the item is heard only, deferred or withdrawn).
    NotVoted,
    /// 表决中: a record is being entered; not announced.
    Recording(Provisional<VoteResult>),
    /// 已宣布: the result is official and the record locked.
    Announced(VoteResult),
}

impl VoteState {
    /// 「待表决」, 「不表决」, 「未完成」, 「表决中：通过」, 「通过（已宣布）」 …
    pub fn label(&self) -> String {
        match self {
            Self::Pending => "待表决".to_owned(),
            Self::NotVoted => "不表决".to_owned(),
            Self::Recording(Provisional::Incomplete { .. }) => "未完成".to_owned(),
            Self::Recording(Provisional::Impossible(_)) => "记录有误".to_owned(),
            Self::Recording(Provisional::Complete(result)) => {
                format!("表决中：{}", result.label())
            }
            Self::Announced(result) => format!("{}（已宣布）", result.label()),
        }
    }

    /// The announced result, if any.
    pub fn announced(&self) -> Option<VoteResult> {
        match self {
            Self::Announced(result) => Some(*result),
            _ => None,
        }
    }
}

/// The counts of a record, if it has any (ballots are counted).
pub fn tally(record: &VoteRecord) -> Option<Tally> {
    match record {
        VoteRecord::Counts(tally) => Some(*tally),
        VoteRecord::Ballots(ballots) => Some(tally_of_ballots(ballots)),
        VoteRecord::ResultOnly(_) => None,
    }
}

/// What a record decides under `rule` with `members` (N) members, or the result recorded
/// without counts. For an announced vote, its announcement says it ([`Vote::announced_result`]):
/// this is for records not yet announced, and for the announcement itself.
pub fn result_of(record: &VoteRecord, rule: PassingRule, members: u32) -> VoteResult {
    let adopted = match record {
        VoteRecord::ResultOnly(result) => *result == ResultWithoutCounts::Adopted,
        other => tally(other).is_some_and(|t| rule.passes(t.yes, members)),
    };
    if adopted {
        VoteResult::Adopted
    } else {
        VoteResult::Rejected
    }
}

/// The sitting a subject is voted at before any vote is taken: its item's (DOMAIN.md §10).
pub fn sitting_of_subject(session: &Session, subject: &VoteSubject) -> Option<SittingId> {
    items_of(session, subject).find_map(|item| item.sitting)
}

/// The sitting a vote on `subject` is taken at: the vote's, or before there is one its item's.
pub fn sitting_for(session: &Session, subject: &VoteSubject) -> Option<SittingId> {
    match vote_for(session, subject) {
        Some(vote) => vote.sitting,
        None => sitting_of_subject(session, subject),
    }
}

/// The attendance a vote on `subject` is checked against: that of the sitting it is taken at.
pub fn attendance_for(session: &Session, subject: &VoteSubject) -> AttendanceCounts {
    session.attendance_counts_at(sitting_for(session, subject))
}

/// The minutes' phrase for a vote: 「以赞成X票，反对Y票，弃权Z票表决通过」, 「以…，未获通过」,
/// or 「表决通过」 / 「未获通过」 when only the result is known. The result is the announced one;
/// before the announcement, what the record would decide today.
pub fn result_sentence(session: &Session, vote: &Vote) -> String {
    record_sentence(session, &vote.record, vote_result(session, vote))
}

/// The minutes' phrase for a record with `result` (a record being typed, before it is a vote).
pub fn record_sentence(session: &Session, record: &VoteRecord, result: VoteResult) -> String {
    match tally(record) {
        Some(tally) => rules::vote_sentence(&tally, result, session.body.settings.show_not_pressed),
        None => match result {
            VoteResult::Adopted => "表决通过".to_owned(),
            VoteResult::Rejected => "未获通过".to_owned(),
        },
    }
}

/// A vote's result: the announced one, else what the record would decide today.
pub fn vote_result(session: &Session, vote: &Vote) -> VoteResult {
    vote.announced_result()
        .unwrap_or_else(|| result_of(&vote.record, PassingRule::default(), session.member_count()))
}

/// 「赞成33，反对0，弃权2，未按0」 or 「只记结果：通过」: a record in a few words (history lists).
pub fn record_summary(record: &VoteRecord) -> String {
    match (tally(record), record) {
        (Some(t), _) => format!(
            "赞成{}，反对{}，弃权{}，未按{}",
            t.yes, t.no, t.abstain, t.not_pressed
        ),
        (None, VoteRecord::ResultOnly(result)) => {
            let result = match result {
                ResultWithoutCounts::Adopted => "通过",
                ResultWithoutCounts::Rejected => "未通过",
            };
            format!("只记结果：{result}")
        }
        (None, _) => String::new(),
    }
}

/// Where a record stands against the attendance of `sitting`: incomplete, impossible, or complete with its result.
pub fn provisional(
    session: &Session,
    record: &VoteRecord,
    sitting: Option<SittingId>,
) -> Provisional<VoteResult> {
    let counts = session.attendance_counts_at(sitting);
    if let Err(problem) = record_problem(session, record, sitting) {
        return Provisional::Impossible(problem);
    }
    let entered = match record {
        VoteRecord::ResultOnly(_) => {
            return Provisional::Complete(result_of(
                record,
                PassingRule::default(),
                counts.members,
            ));
        }
        other => tally(other).map_or(0, |t| t.total()),
    };
    if entered < u64::from(counts.present) || entered == 0 {
        Provisional::Incomplete {
            entered,
            present: counts.present,
        }
    } else {
        Provisional::Complete(result_of(record, PassingRule::default(), counts.members))
    }
}

/// Why a record cannot be true, if it cannot: more votes than members present, a ballot of
/// someone absent or not on the roster, two ballots of one member.
pub fn record_problem(
    session: &Session,
    record: &VoteRecord,
    sitting: Option<SittingId>,
) -> Result<(), String> {
    let counts = session.attendance_counts_at(sitting);
    if let VoteRecord::Ballots(ballots) = record {
        ballot_problem(session, ballots.iter().map(|b| b.member), sitting)?;
    }
    match tally(record) {
        Some(tally) => rules::check_tally(&tally, counts.present).map_err(|p| p.to_string()),
        None => Ok(()),
    }
}

/// A ballot of someone not on the roster or absent, or two of one member.
fn ballot_problem(
    session: &Session,
    voters: impl Iterator<Item = MemberId>,
    sitting: Option<SittingId>,
) -> Result<(), String> {
    let mut seen: Vec<MemberId> = Vec::new();
    for voter in voters {
        let Some(member) = session.member(voter) else {
            return Err(format!("有一张票来自名单外的人员（编号{voter}）"));
        };
        if !session.is_present_at(voter, sitting) {
            return Err(format!("{}未出席，不能有其表决票", member.name));
        }
        match seen.binary_search(&voter) {
            Ok(_) => return Err(format!("{}有两张票", member.name)),
            Err(at) => seen.insert(at, voter),
        }
    }
    Ok(())
}

/// What announcing a record needs the operator to confirm: the members present who are not in
/// the record (counted as 未按表决器 / not voting).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AnnounceGap {
    /// Votes or ballots in the record.
    pub entered: u64,
    /// Members present.
    pub present: u32,
}

impl AnnounceGap {
    /// How many present members the record does not account for.
    pub fn missing(&self) -> u64 {
        u64::from(self.present).saturating_sub(self.entered)
    }

    /// The confirmation's text: 「已录入33票，实到35人，尚有2人未计入，将视为未按表决器。」
    pub fn question(&self) -> String {
        format!(
            "已录入{}票，实到{}人，尚有{}人未计入，将视为未按表决器（未投票）。",
            self.entered,
            self.present,
            self.missing()
        )
    }
}

/// Whether a record may be announced: `Ok(None)` at once, `Ok(Some(gap))` once the operator
/// confirms the gap, `Err(reason)` never (an impossible record, no quorum, nothing entered).
pub fn announce_check(
    session: &Session,
    record: &VoteRecord,
    sitting: Option<SittingId>,
) -> Result<Option<AnnounceGap>, String> {
    let counts = session.attendance_counts_at(sitting);
    quorum_problem(counts)?;
    record_problem(session, record, sitting)?;
    let entered = match record {
        VoteRecord::ResultOnly(_) => return Ok(None),
        other => tally(other).map_or(0, |t| t.total()),
    };
    gap_of(entered, counts)
}

/// No quorum: nothing can be decided.
fn quorum_problem(counts: AttendanceCounts) -> Result<(), String> {
    if counts.is_quorate() {
        Ok(())
    } else {
        Err(format!(
            "{}，不能宣布结果",
            crate::wording::attendance::quorum_explained(counts)
        ))
    }
}

/// Nothing entered is refused; fewer than present needs a confirmation.
fn gap_of(entered: u64, counts: AttendanceCounts) -> Result<Option<AnnounceGap>, String> {
    if entered == 0 {
        return Err("尚未录入任何票数".to_owned());
    }
    Ok(
        (entered < u64::from(counts.present)).then_some(AnnounceGap {
            entered,
            present: counts.present,
        }),
    )
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

/// What an agenda item puts to the vote, in order: its appointment entries (by motion), its
/// resolutions, or, for an item with neither, the item itself (an appointments item without a
/// motion puts nothing).
pub fn item_subjects(session: &Session, item: &AgendaItem) -> Vec<VoteSubject> {
    let mut subjects = Vec::new();
    for document in &item.documents {
        match document {
            DocumentRef::Motion(id) => {
                if let Some(motion) = session.motions.iter().find(|m| m.id == *id) {
                    subjects.extend(
                        entry_vote_groups(motion)
                            .into_iter()
                            .map(VoteSubject::Entries),
                    );
                }
            }
            DocumentRef::Resolution(id) => {
                if session.resolution(*id).is_some() {
                    subjects.push(VoteSubject::Resolution(*id));
                }
            }
            DocumentRef::Report(_) => {}
        }
    }
    let has_documents_to_vote = item.documents.iter().any(|d| match d {
        DocumentRef::Motion(id) => session.motions.iter().any(|m| m.id == *id),
        DocumentRef::Resolution(id) => session.resolution(*id).is_some(),
        DocumentRef::Report(_) => false,
    });
    // Items only heard, and evaluations on their own, are not voted on.
    let votes_itself = !matches!(
        item.kind,
        AgendaKind::Appointments | AgendaKind::Hear | AgendaKind::Evaluation
    );
    if !has_documents_to_vote && votes_itself {
        subjects.push(VoteSubject::AgendaItem(item.id));
    }
    subjects
}

/// Everything that can be voted on, in agenda order: the agenda itself, then each item's subjects.
pub fn voting_order(session: &Session) -> Vec<VoteSubject> {
    let mut order = vec![VoteSubject::Agenda];
    for item in &session.agenda {
        order.extend(item_subjects(session, item));
    }
    order
}

/// The vote that applies to a subject: the vote on it; for appointment entries, the vote that
/// covers the first of them (an entry is in one vote at most; `check` reports otherwise).
pub fn vote_for<'s>(session: &'s Session, subject: &VoteSubject) -> Option<&'s Vote> {
    match subject {
        VoteSubject::Entries(ids) => vote_for_entry(session, *ids.first()?),
        other => session.votes.iter().find(|v| v.subject == *other),
    }
}

/// The vote that covers one appointment entry.
pub fn vote_for_entry(session: &Session, entry: EntryId) -> Option<&Vote> {
    session
        .votes
        .iter()
        .find(|v| matches!(&v.subject, VoteSubject::Entries(e) if e.contains(&entry)))
}

/// The agenda items a subject belongs to (a resolution or motion may be listed by one item).
fn items_of<'s>(
    session: &'s Session,
    subject: &VoteSubject,
) -> impl Iterator<Item = &'s AgendaItem> {
    let subject = subject.clone();
    session.agenda.iter().filter(move |item| match &subject {
        VoteSubject::Agenda => false,
        VoteSubject::AgendaItem(id) => item.id == *id,
        VoteSubject::Resolution(id) => item.documents.contains(&DocumentRef::Resolution(*id)),
        VoteSubject::Entries(ids) => ids.first().is_some_and(|first| {
            session
                .entry(*first)
                .is_some_and(|(motion, _)| item.documents.contains(&DocumentRef::Motion(motion.id)))
        }),
    })
}

/// Whether a vote is expected on the subject: not when its item is heard only, deferred or
/// withdrawn, or its resolution deferred or withdrawn.
pub fn is_expected(session: &Session, subject: &VoteSubject) -> bool {
    let item_open = |item: &AgendaItem| match item.outcome {
        Outcome::Pending => true,
        // Heard without a vote concerns the item's own vote, not its documents.
        Outcome::Deliberated => !matches!(subject, VoteSubject::AgendaItem(_)),
        Outcome::Deferred | Outcome::Withdrawn => false,
    };
    let resolution_open = match subject {
        VoteSubject::Resolution(id) => session
            .resolution(*id)
            .is_some_and(|r| r.status == ResolutionStatus::Draft),
        _ => true,
    };
    resolution_open && items_of(session, subject).all(item_open)
}

/// The state of a subject: pending, not voted, being recorded, or announced.
pub fn vote_state(session: &Session, subject: &VoteSubject) -> VoteState {
    match vote_for(session, subject) {
        Some(vote) => state_of_vote(session, vote),
        None if is_expected(session, subject) => VoteState::Pending,
        None => VoteState::NotVoted,
    }
}

/// The state of a recorded vote.
pub fn state_of_vote(session: &Session, vote: &Vote) -> VoteState {
    match vote.announced_result() {
        Some(result) => VoteState::Announced(result),
        None => VoteState::Recording(provisional(session, &vote.record, vote.sitting)),
    }
}

/// The announced result on a subject, if any: what the published record states. The one answer
/// to "adopted?" that every document, screen and check asks (DOMAIN.md §16).
pub fn decision(session: &Session, subject: &VoteSubject) -> Option<VoteResult> {
    vote_for(session, subject).and_then(Vote::announced_result)
}

/// The announced result on one appointment entry, if any.
pub fn entry_decision(session: &Session, entry: EntryId) -> Option<VoteResult> {
    vote_for_entry(session, entry).and_then(Vote::announced_result)
}

/// Whether an appointment entry was adopted by an announced vote; an entry never voted, or
/// voted down, is not.
pub fn entry_adopted(session: &Session, entry: EntryId) -> bool {
    entry_decision(session, entry) == Some(VoteResult::Adopted)
}

/// The announced vote on a subject, if any.
pub fn announced_vote<'s>(session: &'s Session, subject: &VoteSubject) -> Option<&'s Vote> {
    vote_for(session, subject).filter(|v| v.is_announced())
}

/// Whether a subject is still waiting for its vote (no record, and one is expected).
pub fn is_pending(session: &Session, subject: &VoteSubject) -> bool {
    vote_for(session, subject).is_none() && is_expected(session, subject)
}

/// The subjects still waiting for a vote, in voting order.
pub fn pending_votes(session: &Session) -> Vec<VoteSubject> {
    voting_order(session)
        .into_iter()
        .filter(|s| is_pending(session, s))
        .collect()
}

/// Where an agenda item stands: what a person decided, or what its votes decided.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ItemState {
    /// 待审议: nothing decided or recorded yet.
    Pending,
    /// 已审议: heard and deliberated, no vote.
    Deliberated,
    /// 暂缓.
    Deferred,
    /// 撤回.
    Withdrawn,
    /// 表决中: some of its votes are recorded or announced, not all announced.
    Voting,
    /// 表决通过: every vote of the item announced and carried.
    Adopted,
    /// 未获通过: every vote of the item announced and none carried.
    Rejected,
    /// 部分通过: every vote announced, some carried and some not.
    PartlyAdopted,
}

impl ItemState {
    /// The state as the agenda list says it.
    pub fn label(self) -> &'static str {
        match self {
            Self::Pending => "待审议",
            Self::Deliberated => "已审议",
            Self::Deferred => "暂缓",
            Self::Withdrawn => "撤回",
            Self::Voting => "表决中",
            Self::Adopted => "表决通过",
            Self::Rejected => "未获通过",
            Self::PartlyAdopted => "部分通过",
        }
    }

    /// The state as the agenda list says it, knowing whether the session has begun: before
    /// it, an item to be heard without a vote is 「不表决」, not yet 「已审议」.
    pub fn label_when(self, begun: bool) -> &'static str {
        match self {
            Self::Deliberated if !begun => "不表决，待审议",
            other => other.label(),
        }
    }

    /// Whether the item has been dealt with by the session (heard, or its votes announced).
    pub fn is_dealt_with(self) -> bool {
        !matches!(self, Self::Pending | Self::Deferred | Self::Withdrawn)
    }
}

/// Where an agenda item stands, from its outcome and its subjects' announced votes.
pub fn item_state(session: &Session, item: &AgendaItem) -> ItemState {
    item_state_by(session, item, |subject| vote_for(session, subject))
}

/// The votes of a session by subject and by appointment entry, for screens that ask for many
/// subjects in one frame (the agenda list): built once in O(votes), then each lookup is a search.
pub struct VoteIndex<'s> {
    /// Votes on a whole subject (not entries), sorted by subject; first vote first.
    by_subject: Vec<(&'s VoteSubject, &'s Vote)>,
    /// Votes by appointment entry, sorted by entry; first vote first.
    by_entry: Vec<(EntryId, &'s Vote)>,
}

impl<'s> VoteIndex<'s> {
    /// Indexes the votes of `session`; the first vote of a subject (or entry) is the one that
    /// applies, as for [`vote_for`]. Two sorted lists: a few microseconds for hundreds of votes.
    pub fn of(session: &'s Session) -> Self {
        let mut by_subject = Vec::with_capacity(session.votes.len());
        let mut by_entry = Vec::new();
        for vote in &session.votes {
            match &vote.subject {
                VoteSubject::Entries(ids) => by_entry.extend(ids.iter().map(|id| (*id, vote))),
                other => by_subject.push((other, vote)),
            }
        }
        // Stable sorts keep the first vote of a key first.
        by_subject.sort_by(|a, b| a.0.cmp(b.0));
        by_entry.sort_by_key(|(id, _)| *id);
        Self {
            by_subject,
            by_entry,
        }
    }

    /// The vote that applies to `subject`, as [`vote_for`] finds it.
    pub fn vote_for(&self, subject: &VoteSubject) -> Option<&'s Vote> {
        match subject {
            VoteSubject::Entries(ids) => {
                let first = ids.first()?;
                let at = self.by_entry.partition_point(|(id, _)| id < first);
                self.by_entry
                    .get(at)
                    .filter(|(id, _)| id == first)
                    .map(|(_, vote)| *vote)
            }
            other => {
                let at = self.by_subject.partition_point(|(s, _)| *s < other);
                self.by_subject
                    .get(at)
                    .filter(|(s, _)| *s == other)
                    .map(|(_, vote)| *vote)
            }
        }
    }

    /// [`item_state`] with the index's lookups.
    pub fn item_state(&self, session: &Session, item: &AgendaItem) -> ItemState {
        item_state_by(session, item, |subject| self.vote_for(subject))
    }
}

/// [`item_state`] with `vote_of` telling which vote applies to a subject.
fn item_state_by<'v>(
    session: &Session,
    item: &AgendaItem,
    vote_of: impl Fn(&VoteSubject) -> Option<&'v Vote>,
) -> ItemState {
    match item.outcome {
        Outcome::Deferred => return ItemState::Deferred,
        Outcome::Withdrawn => return ItemState::Withdrawn,
        Outcome::Pending | Outcome::Deliberated => {}
    }
    let (mut expected, mut recorded, mut adopted, mut rejected) = (0usize, 0usize, 0usize, 0usize);
    for subject in item_subjects(session, item) {
        // Heard without a vote: the item's own vote is not expected (nor counted).
        if item.outcome == Outcome::Deliberated && matches!(subject, VoteSubject::AgendaItem(_)) {
            continue;
        }
        let vote = vote_of(&subject);
        // Of this item's subjects, only a resolution deferred or withdrawn on its own is not
        // expected to be voted on.
        let open = match &subject {
            VoteSubject::Resolution(id) => session
                .resolution(*id)
                .is_some_and(|r| r.status == ResolutionStatus::Draft),
            _ => true,
        };
        if open || vote.is_some() {
            expected += 1;
        }
        if let Some(vote) = vote {
            recorded += 1;
            match vote.announced_result() {
                Some(VoteResult::Adopted) => adopted += 1,
                Some(VoteResult::Rejected) => rejected += 1,
                None => {}
            }
        }
    }
    if recorded == 0 {
        return if item.outcome == Outcome::Deliberated {
            ItemState::Deliberated
        } else {
            ItemState::Pending
        };
    }
    if adopted + rejected < expected {
        return ItemState::Voting;
    }
    match (adopted, rejected) {
        (_, 0) => ItemState::Adopted,
        (0, _) => ItemState::Rejected,
        _ => ItemState::PartlyAdopted,
    }
}

/// Where a resolution stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ResolutionState {
    /// 草案: not yet voted on (or its vote not yet announced).
    Draft,
    /// 表决中.
    Voting,
    /// 已通过.
    Adopted,
    /// 未通过.
    Rejected,
    /// 暂缓.
    Deferred,
    /// 撤回.
    Withdrawn,
}

impl ResolutionState {
    /// 草案, 表决中, 已通过 …
    pub fn label(self) -> &'static str {
        match self {
            Self::Draft => "草案",
            Self::Voting => "表决中",
            Self::Adopted => "已通过",
            Self::Rejected => "未通过",
            Self::Deferred => "暂缓",
            Self::Withdrawn => "撤回",
        }
    }
}

/// Where a resolution stands, from its status and its vote.
pub fn resolution_state(session: &Session, resolution: &Resolution) -> ResolutionState {
    match resolution.status {
        ResolutionStatus::Deferred => return ResolutionState::Deferred,
        ResolutionStatus::Withdrawn => return ResolutionState::Withdrawn,
        ResolutionStatus::Draft => {}
    }
    // A personnel decision is decided by its entry's vote (DOMAIN.md §8).
    let vote = match resolution.entry {
        Some(entry) => vote_for_entry(session, entry),
        None => vote_for(session, &VoteSubject::Resolution(resolution.id)),
    };
    match vote {
        None => ResolutionState::Draft,
        Some(vote) => match vote.announced_result() {
            None => ResolutionState::Voting,
            Some(VoteResult::Adopted) => ResolutionState::Adopted,
            Some(VoteResult::Rejected) => ResolutionState::Rejected,
        },
    }
}

/// Whether a resolution was adopted by an announced vote.
pub fn resolution_adopted(session: &Session, resolution: &Resolution) -> bool {
    resolution_state(session, resolution) == ResolutionState::Adopted
}

/// The result of an evaluation: counts, verdict under the body's rule, rates; or a verdict
/// recorded without counts.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct EvaluationResult {
    /// The counts; `None` for a verdict recorded without them.
    pub tally: Option<EvaluationTally>,
    /// The verdict.
    pub verdict: Grade,
    /// 满意率 and (满意+基本满意) rate in percent of the valid ballots; `None` with none valid.
    pub rates: Option<(f64, f64)>,
}

/// The state of an evaluation, as the console and the hall show it.
#[derive(Clone, Debug, PartialEq)]
pub enum EvaluationState {
    /// 待测评: nothing recorded.
    Pending,
    /// 测评中: being recorded; not announced.
    Recording(Provisional<EvaluationResult>),
    /// 已宣布.
    Announced(EvaluationResult),
}

impl EvaluationState {
    /// 「待测评」, 「未完成」, 「测评中：满意」, 「满意（已宣布）」.
    pub fn label(&self) -> String {
        match self {
            Self::Pending => "待测评".to_owned(),
            Self::Recording(Provisional::Incomplete { .. }) => "未完成".to_owned(),
            Self::Recording(Provisional::Impossible(_)) => "记录有误".to_owned(),
            Self::Recording(Provisional::Complete(result)) => {
                format!("测评中：{}", result.verdict.label())
            }
            Self::Announced(result) => format!("{}（已宣布）", result.verdict.label()),
        }
    }
}

/// The counts of an evaluation record, if it has any.
pub fn evaluation_tally(record: &EvaluationRecord) -> Option<EvaluationTally> {
    match record {
        EvaluationRecord::NotRecorded => None,
        EvaluationRecord::Counts(tally) => Some(*tally),
        EvaluationRecord::Ballots(ballots) => Some(tally_of_evaluation_ballots(ballots)),
        EvaluationRecord::VerdictOnly(_) => None,
    }
}

/// The result the counts of an evaluation give under the body's rule.
pub fn evaluation_result_of(
    rule: &SatisfactionRule,
    tally: EvaluationTally,
    counts: AttendanceCounts,
) -> EvaluationResult {
    EvaluationResult {
        tally: Some(tally),
        verdict: rules::satisfaction_verdict(&tally, rule, counts.members, counts.present),
        rates: rules::satisfaction_rates(&tally),
    }
}

/// 满意率 and the (满意+基本满意) rate of `tally` as the body prints them: shares of its base
/// (FORMS.md §18: the valid ballots by default, or the ballots returned, the ballots handed out
/// or all members, from `counts`); `None` where the base is nought.
pub fn rates_in(
    base: crate::model::RatesBase,
    tally: &EvaluationTally,
    counts: AttendanceCounts,
) -> Option<(f64, f64)> {
    use crate::model::RatesBase;
    let over = match base {
        RatesBase::ValidBallots => return rules::satisfaction_rates(tally),
        RatesBase::Returned => tally.total(),
        RatesBase::HandedOut => u64::from(counts.present),
        RatesBase::AllMembers => u64::from(counts.members),
    };
    rules::satisfaction_rates_over(tally, over)
}

/// Why an evaluation record cannot be true, if it cannot.
pub fn evaluation_problem(
    session: &Session,
    record: &EvaluationRecord,
    sitting: Option<SittingId>,
) -> Result<(), String> {
    let counts = session.attendance_counts_at(sitting);
    if let EvaluationRecord::Ballots(ballots) = record {
        ballot_problem(session, ballots.iter().map(|b| b.member), sitting)?;
    }
    match evaluation_tally(record) {
        Some(tally) => {
            rules::check_evaluation(&tally, counts.present).map_err(|p: TallyProblem| p.to_string())
        }
        None => Ok(()),
    }
}

/// The state of an evaluation.
pub fn evaluation_state(session: &Session, evaluation: &Evaluation) -> EvaluationState {
    if let Some(announcement) = &evaluation.announcement {
        // As announced: the verdict frozen, the counts and rates from the locked record.
        let tally = evaluation_tally(&evaluation.record);
        return EvaluationState::Announced(EvaluationResult {
            tally,
            verdict: announcement.outcome.verdict,
            rates: tally.as_ref().and_then(|tally| {
                rates_in(
                    session.body.settings.rates_base,
                    tally,
                    announcement.counts(),
                )
            }),
        });
    }
    let counts = session.attendance_counts_at(evaluation.sitting);
    if let EvaluationRecord::VerdictOnly(verdict) = evaluation.record {
        return EvaluationState::Recording(Provisional::Complete(EvaluationResult {
            tally: None,
            verdict,
            rates: None,
        }));
    }
    let Some(tally) = evaluation_tally(&evaluation.record) else {
        return EvaluationState::Pending;
    };
    let mut result = evaluation_result_of(&session.body.settings.satisfaction_rule, tally, counts);
    result.rates = rates_in(session.body.settings.rates_base, &tally, counts);
    if let Err(problem) = evaluation_problem(session, &evaluation.record, evaluation.sitting) {
        return EvaluationState::Recording(Provisional::Impossible(problem));
    }
    let entered = tally.total();
    if entered == 0 || entered < u64::from(counts.present) {
        EvaluationState::Recording(Provisional::Incomplete {
            entered,
            present: counts.present,
        })
    } else {
        EvaluationState::Recording(Provisional::Complete(result))
    }
}

/// The announced result of an evaluation, if any: what the published record states.
pub fn evaluation_decision(session: &Session, evaluation: &Evaluation) -> Option<EvaluationResult> {
    match evaluation_state(session, evaluation) {
        EvaluationState::Announced(result) => Some(result),
        _ => None,
    }
}

/// Whether an evaluation may be announced, as [`announce_check`] for votes.
pub fn evaluation_announce_check(
    session: &Session,
    record: &EvaluationRecord,
    sitting: Option<SittingId>,
) -> Result<Option<AnnounceGap>, String> {
    let counts = session.attendance_counts_at(sitting);
    quorum_problem(counts)?;
    evaluation_problem(session, record, sitting)?;
    if matches!(record, EvaluationRecord::VerdictOnly(_)) {
        return Ok(None);
    }
    let Some(tally) = evaluation_tally(record) else {
        return Err("尚未录入测评票".to_owned());
    };
    gap_of(tally.total(), counts)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::appointments::{Appointee, AppointmentAction, AppointmentEntry, Nominator};

    fn entry(id: u32, action: AppointmentAction, person: &str, post: &str) -> AppointmentEntry {
        AppointmentEntry::of_one(
            EntryId(id),
            action,
            Appointee::named(person),
            vec![post.to_owned()],
        )
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
            presenter: String::new(),
            post_category: String::new(),
            meeting: false,
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
        let rule = PassingRule::default();
        assert_eq!(
            result_of(&VoteRecord::Counts(tally), rule, 41),
            VoteResult::Adopted
        );
        assert_eq!(
            result_of(&VoteRecord::Counts(tally), rule, 42),
            VoteResult::Rejected
        );
        assert_eq!(
            result_of(
                &VoteRecord::ResultOnly(ResultWithoutCounts::Rejected),
                rule,
                41
            ),
            VoteResult::Rejected
        );
    }

    #[test]
    fn a_gap_names_the_members_not_in_the_record() {
        let gap = AnnounceGap {
            entered: 33,
            present: 35,
        };
        assert_eq!(gap.missing(), 2);
        assert!(gap.question().contains("尚有2人未计入"));
    }
}
