//! Every structural change a view can ask for, as a thin enum over the model's own methods
//! ([`crate::model::edit`]). Views push actions while drawing; the app applies them in one place
//! after drawing and then takes an undo point.

use crate::model::EvaluationRecord;
use crate::model::recorded::{Announcer, ConfirmedRecord, RecordedId};
use crate::model::{
    AgendaItemId, AgendaKind, AppointmentAction, AttendanceStatus, Block, Body, Choice,
    DocumentRef, EditError, EntryId, EvaluationId, EvaluationMode, EvaluationTally, Gender, Grade,
    MemberId, MotionId, ObserverUnitId, Outcome, RecordMode, ReportId, ResolutionId,
    ResolutionStatus, Role, Session, SittingId, Statement, Tally, TextTarget, VoteId, VoteRecord,
    VoteSubject,
};

/// A structural change to the session, or to the body's folder beside it.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// A change to `body.ron` of the open body's folder: carried out by the app on the folder
    /// (under its lock, saved at once, undoable), never on a session.
    Body(Box<crate::model::term::body_folder::BodyEdit>),
    /// Adds an empty agenda item after position `after` (at the end for `None`).
    AddAgendaItem {
        /// The position to insert after.
        after: Option<usize>,
    },
    /// Inserts an empty agenda item at position `at` (a row's 在上方插入 / 在下方插入).
    InsertAgendaItem {
        /// The position it takes.
        at: usize,
    },
    /// Adds a copy of an item right after it.
    DuplicateAgendaItem(AgendaItemId),
    /// Deletes an item (and the vote on it).
    DeleteAgendaItem(AgendaItemId),
    /// Moves an item so that it ends at position `to`.
    MoveAgendaItem {
        /// Current position.
        from: usize,
        /// Final position.
        to: usize,
    },
    /// Links a document to an item.
    LinkDocument {
        /// The item.
        item: AgendaItemId,
        /// The document.
        document: DocumentRef,
    },
    /// Unlinks a document from an item.
    UnlinkDocument {
        /// The item.
        item: AgendaItemId,
        /// The document.
        document: DocumentRef,
    },
    /// Drops the result an earlier version stored on an item.
    SettleLegacyResult(AgendaItemId),
    /// Drops the result an earlier version stored on a resolution.
    SettleLegacyResolutionResult(ResolutionId),
    /// Adds a day to the session.
    AddSessionDay,
    /// Changes a day of the session.
    SetSessionDay {
        /// Which day.
        index: usize,
        /// The new date.
        date: chrono::NaiveDate,
    },
    /// Removes a day of the session.
    RemoveSessionDay(usize),
    /// Adds a member with a role.
    AddMember(Role),
    /// Deletes a member (with their attendance and ballots).
    DeleteMember(MemberId),
    /// Puts the roster in list order: role, rank, and 委员 in stroke order.
    SortRosterByStrokes,
    /// Present → on leave → absent → present, at a sitting with its own attendance (`None`: the
    /// session).
    CycleAttendance(MemberId, Option<SittingId>),
    /// Sets one member's attendance at a sitting (`None`: the session).
    SetAttendance(MemberId, Option<SittingId>, AttendanceStatus),
    /// Marks everybody present at a sitting (`None`: the session).
    AllPresent(Option<SittingId>),
    /// Gives a sitting its own attendance (starting from the session's), or makes it follow the
    /// session's again.
    SetSittingOwnAttendance {
        /// The sitting.
        sitting: SittingId,
        /// Whether it keeps its own.
        own: bool,
    },
    /// Places an agenda item in a sitting (`None`: in none).
    SetItemSitting {
        /// The item.
        item: AgendaItemId,
        /// The sitting.
        sitting: Option<SittingId>,
    },
    /// Places a vote in the sitting it is taken at.
    SetVoteSitting {
        /// The vote.
        vote: VoteId,
        /// The sitting.
        sitting: Option<SittingId>,
    },
    /// Places an evaluation in the sitting it is held at.
    SetEvaluationSitting {
        /// The evaluation.
        evaluation: EvaluationId,
        /// The sitting.
        sitting: Option<SittingId>,
    },
    /// Generates (or regenerates) the 决定 a personnel entry is adopted as.
    GeneratePersonnelDecision(EntryId),
    /// Adds a unit of 列席 attendees.
    AddObserverUnit,
    /// Inserts an empty unit at position `at`.
    InsertObserverUnit {
        /// The position it takes.
        at: usize,
    },
    /// Inserts a member of the same role just above or below another.
    InsertMember {
        /// The member beside whom.
        next_to: MemberId,
        /// Below (else above).
        below: bool,
    },
    /// Deletes a unit.
    DeleteObserverUnit(ObserverUnitId),
    /// Moves a unit so that it ends at position `to`.
    MoveObserverUnit {
        /// Current position.
        from: usize,
        /// Final position.
        to: usize,
    },
    /// Adds a report and links it to an item if given.
    AddReport {
        /// The item to link it to.
        link_to: Option<AgendaItemId>,
    },
    /// Deletes a report and every reference to it.
    DeleteReport(ReportId),
    /// Inserts a block into a text.
    InsertBlock {
        /// Which text.
        target: TextTarget,
        /// Where.
        index: usize,
        /// What.
        block: Block,
    },
    /// Deletes a block.
    DeleteBlock {
        /// Which text.
        target: TextTarget,
        /// Which block.
        index: usize,
    },
    /// Moves a block so that it ends at position `to`.
    MoveBlock {
        /// Which text.
        target: TextTarget,
        /// Current position.
        from: usize,
        /// Final position.
        to: usize,
    },
    /// Replaces a whole text (from the whole-text editor).
    ReplaceBody {
        /// Which text.
        target: TextTarget,
        /// The new blocks.
        blocks: Vec<Block>,
    },
    /// Adds a row to a table block.
    AddTableRow {
        /// Which text.
        target: TextTarget,
        /// Which block.
        block: usize,
    },
    /// Adds a column to a table block.
    AddTableColumn {
        /// Which text.
        target: TextTarget,
        /// Which block.
        block: usize,
    },
    /// Adds a resolution.
    AddResolution,
    /// Deletes a resolution and every reference to it.
    DeleteResolution(ResolutionId),
    /// Adds an appointment motion.
    AddMotion,
    /// Deletes a motion, its entries and their votes.
    DeleteMotion(MotionId),
    /// Moves a motion so that it ends at position `to`.
    MoveMotion {
        /// Current position.
        from: usize,
        /// Final position.
        to: usize,
    },
    /// Adds an entry to a motion.
    AddEntry {
        /// The motion.
        motion: MotionId,
        /// The verb.
        action: AppointmentAction,
    },
    /// Inserts an empty entry at position `at` of a motion.
    InsertEntry {
        /// The motion.
        motion: MotionId,
        /// The position it takes.
        at: usize,
        /// The verb.
        action: AppointmentAction,
    },
    /// Deletes an entry (and removes it from votes).
    DeleteEntry(EntryId),
    /// Changes an entry's verb.
    SetEntryAction {
        /// The entry.
        entry: EntryId,
        /// The verb.
        action: AppointmentAction,
    },
    /// Sets an entry's people from the list as typed (typed).
    SetEntryPeople {
        /// The entry.
        entry: EntryId,
        /// 「张三、李四（女）」.
        text: String,
    },
    /// Sets the gender of one person of an entry.
    SetEntryGender {
        /// The entry.
        entry: EntryId,
        /// Which person.
        index: usize,
        /// The gender.
        gender: Gender,
    },
    /// Sets an entry's posts (typed).
    SetEntryPosts {
        /// The entry.
        entry: EntryId,
        /// The posts.
        posts: Vec<String>,
    },
    /// Changes how an item is dealt with (审议方式).
    SetItemOutcome {
        /// The item.
        item: AgendaItemId,
        /// 待审议, 听取审议不表决, 暂缓, 撤回.
        outcome: Outcome,
    },
    /// Changes an item's kind.
    SetItemKind {
        /// The item.
        item: AgendaItemId,
        /// The kind.
        kind: AgendaKind,
    },
    /// Sets what a person decides about a resolution (草案, 暂不付表决, 撤回).
    SetResolutionStatus {
        /// The resolution.
        resolution: ResolutionId,
        /// The status.
        status: ResolutionStatus,
    },
    /// Moves an entry within its motion so that it ends at position `to`.
    MoveEntry {
        /// The motion.
        motion: MotionId,
        /// Current position.
        from: usize,
        /// Final position.
        to: usize,
    },
    /// Whether a motion's entries are voted on together.
    SetVoteTogether {
        /// The motion.
        motion: MotionId,
        /// Together or one by one.
        together: bool,
    },
    /// Starts recording a vote on a subject in a mode (or changes the mode of its record).
    StartVote {
        /// What is voted on.
        subject: VoteSubject,
        /// How it is recorded.
        mode: RecordMode,
    },
    /// Records a whole record at once (fast entry).
    RecordVote {
        /// What was voted on.
        subject: VoteSubject,
        /// What was recorded.
        record: VoteRecord,
    },
    /// Sets the counts of a vote (typed: grouped into one undo step while typing).
    SetVoteCounts {
        /// The vote.
        vote: VoteId,
        /// The counts.
        tally: Tally,
    },
    /// Sets or clears one member's ballot.
    SetBallot {
        /// The vote.
        vote: VoteId,
        /// Who.
        member: MemberId,
        /// How, or `None` to clear.
        choice: Option<Choice>,
    },
    /// Gives every member present without a ballot this choice.
    FillBallots {
        /// The vote.
        vote: VoteId,
        /// The choice.
        choice: Choice,
    },
    /// Deletes a vote that is not announced.
    DeleteVote(VoteId),
    /// Announces a vote's or an evaluation's result: a fact of the session with its basis
    /// frozen, locked, and available to the hall screen.
    Announce {
        /// The vote or evaluation.
        target: RecordedId,
        /// The record as the operator confirmed it, where members present are missing from it:
        /// announced only while it is still that record.
        confirmed: Option<ConfirmedRecord>,
        /// Who announces (the operator at the console).
        by: String,
    },
    /// Unlocks an announced result for a change, leaving a trace in its history.
    Unlock {
        /// The vote or evaluation.
        target: RecordedId,
        /// Who unlocks it, typed for this unlock.
        by: String,
        /// Why.
        reason: String,
    },
    /// Adds a satisfaction evaluation.
    AddEvaluation {
        /// What is evaluated.
        subject: String,
        /// The reports it concerns.
        reports: Vec<ReportId>,
    },
    /// Renames what an evaluation is about (typed).
    RenameEvaluation {
        /// The evaluation.
        evaluation: EvaluationId,
        /// What is evaluated, as printed.
        subject: String,
    },
    /// Sets who evaluated besides the members (FORMS.md §18); empty: the members alone.
    SetEvaluationOtherEvaluators {
        /// The evaluation.
        evaluation: EvaluationId,
        /// 「列席会议的市县人大代表、人大主席、公民代表」, as typed.
        others: String,
    },
    /// Deletes an evaluation not yet announced.
    DeleteEvaluation(EvaluationId),
    /// Changes how an evaluation is recorded (`None`: not recorded).
    SetEvaluationMode {
        /// The evaluation.
        evaluation: EvaluationId,
        /// The mode.
        mode: Option<EvaluationMode>,
    },
    /// Sets the counts of an evaluation (typed).
    SetEvaluationCounts {
        /// The evaluation.
        evaluation: EvaluationId,
        /// The counts.
        tally: EvaluationTally,
    },
    /// Sets or clears one member's evaluation ballot (`Some(None)`: an invalid ballot).
    SetEvaluationBallot {
        /// The evaluation.
        evaluation: EvaluationId,
        /// Who.
        member: MemberId,
        /// The grade, or `None` to clear.
        grade: Option<Option<Grade>>,
    },
    /// Sets the hall's size and fills the seating chart by the rule.
    SetHall {
        /// Rows.
        rows: u32,
        /// Seats a row.
        seats_per_row: u32,
    },
    /// Takes the vote on a subject by a method (DOMAIN.md §18): the 主持词, the ballots and the
    /// minutes follow it; the session's default method drops the choice.
    SetVoteMethod {
        /// The vote.
        subject: VoteSubject,
        /// How it is taken.
        method: crate::model::VoteMethod,
    },
    /// Marks a person attending without a vote as excused (请假, with the reason) or attending.
    SetObserverLeave {
        /// The unit.
        unit: ObserverUnitId,
        /// The person's name.
        name: String,
        /// The reason (may be empty) when excused; `None` when attending.
        leave: Option<String>,
    },
    /// Sets why the people of a resignation resign (FORMS.md §15).
    SetEntryReason {
        /// The entry.
        entry: EntryId,
        /// The reason as typed; empty: not given.
        reason: String,
    },
    /// Sets the committee that reviewed a deputy's resignation (FORMS.md §17
    /// `body_report_reviewed`).
    SetEntryReviewedBy {
        /// The entry.
        entry: EntryId,
        /// The committee as typed; empty: none.
        reviewed_by: String,
    },
    /// Marks a resignation as one from the body's own people's congress, or not (FORMS.md §15
    /// `deputy`).
    SetEntryDeputy {
        /// The entry.
        entry: EntryId,
        /// Whether it is a deputy's resignation.
        deputy: bool,
    },
    /// Records the statement the people of an entry made after the vote (FORMS.md §20).
    SetEntryStatement {
        /// The entry.
        entry: EntryId,
        /// The statement's word; `None`: none made.
        statement: Option<Statement>,
    },
    /// Leaves an entry unnamed in the news release, or names it (FORMS.md §9 `catch_all`).
    SetEntryUnnamedInNews {
        /// The entry.
        entry: EntryId,
        /// Whether the news leaves it unnamed.
        unnamed: bool,
    },
    /// Sets the class a motion's posts are named by (「审判人员」, FORMS.md §9 `partial`).
    SetMotionPostCategory {
        /// The motion.
        motion: MotionId,
        /// The class as typed; empty: none.
        category: String,
    },
    /// Records whether a motion's nominees met the members before the vote (FORMS.md §20).
    SetMotionMeeting {
        /// The motion.
        motion: MotionId,
        /// Whether they did.
        meeting: bool,
    },
    /// Marks a 列席 unit as present only for the items that concern it, or throughout
    /// (FORMS.md §5 `by_rank`).
    SetObserverUnitForRelatedItems {
        /// The unit.
        unit: ObserverUnitId,
        /// Whether it attends only for the related items.
        related: bool,
    },
    /// Sets the guests invited, from the list as typed (「张鸿建（市政协副主席）」, FORMS.md §4).
    SetInvitedGuests(String),
    /// Sets how many citizens observed the session (FORMS.md §5 `counted_citizens`).
    SetCitizensObserving(u32),
    /// Sets the number of the notice of the evaluation results (FORMS.md §18); `None`: none.
    SetEvaluationNoticeNumber(Option<u32>),
    /// Sets the session of the people's congress decisions are filed with (FORMS.md §17);
    /// `None`: not known.
    SetCongressSession(Option<u32>),
    /// Sets who entrusted the presenter with a report (委托人, FORMS.md §3); empty: no one.
    SetReportEntrustedBy {
        /// The report.
        report: ReportId,
        /// 「主任会议」, as typed.
        entrusted_by: String,
    },
    /// Fills the seating chart by the rule again.
    FillSeating,
    /// Moves a member to a seat (whoever sat there takes the member's old seat).
    MoveToSeat {
        /// Who.
        member: MemberId,
        /// The row, 0 at the front.
        row: u32,
        /// The seat, 0 at the left.
        seat: u32,
    },
    /// Replaces the body and its house style by one imported from a file (DOMAIN.md §15).
    AdoptHouseStyle(Box<Body>),
    /// Sets the body's forms, as accepted from what the learner found (FORMS.md).
    SetFormChoices(Box<crate::wording::forms::FormChoices>),
    /// Carries out a confirmed import (a roster, a 列席 list, a report), one undo step.
    ApplyImport {
        /// What was read and previewed.
        pending: Box<crate::import::PendingImport>,
        /// Add to or replace the list.
        mode: crate::import::ImportMode,
        /// The report whose content a report import replaces (`None`: a new report).
        target: Option<ReportId>,
    },
    /// Adds a sitting.
    AddSitting,
    /// Deletes a sitting.
    DeleteSitting(SittingId),
}

impl Action {
    /// Whether the action is typing into a number field: its changes become one undo step once
    /// the typing pauses, not one step per digit.
    pub fn is_typing(&self) -> bool {
        matches!(
            self,
            Self::SetVoteCounts { .. }
                | Self::SetEntryPeople { .. }
                | Self::SetEntryPosts { .. }
                | Self::SetEvaluationCounts { .. }
                | Self::SetSessionDay { .. }
                | Self::RenameEvaluation { .. }
                | Self::SetEvaluationOtherEvaluators { .. }
                | Self::SetEntryReason { .. }
                | Self::SetEntryReviewedBy { .. }
                | Self::SetMotionPostCategory { .. }
                | Self::SetInvitedGuests(_)
                | Self::SetCitizensObserving(_)
                | Self::SetEvaluationNoticeNumber(_)
                | Self::SetReportEntrustedBy { .. }
                | Self::SetCongressSession(_)
        )
    }

    /// Whether undo may not go back across the action: announcing and unlocking make or change
    /// the official record, which only the recorded unlock may change.
    pub fn is_barrier(&self) -> bool {
        matches!(self, Self::Announce { .. } | Self::Unlock { .. })
    }

    /// What the notice with 「撤销」 says after the action, for those that remove the person's
    /// work: 「已删除议题「…」」. `None` for the others.
    pub fn removal_notice(&self, session: &Session) -> Option<String> {
        let named = |what: &str, name: &str| {
            if name.trim().is_empty() {
                format!("已删除{what}")
            } else {
                format!("已删除{what}「{name}」")
            }
        };
        match self {
            Self::DeleteAgendaItem(id) => session
                .agenda
                .iter()
                .find(|i| i.id == *id)
                .map(|i| named("议题", &i.title)),
            Self::DeleteMember(id) => session.member(*id).map(|m| named("组成人员", &m.name)),
            Self::DeleteObserverUnit(id) => session
                .observers
                .iter()
                .find(|u| u.id == *id)
                .map(|u| named("列席单位", &u.unit)),
            Self::DeleteReport(id) => session.report(*id).map(|r| named("报告", &r.title)),
            Self::DeleteResolution(id) => session.resolution(*id).map(|r| named("决议", &r.title)),
            Self::DeleteMotion(id) => session
                .motions
                .iter()
                .find(|m| m.id == *id)
                .map(|m| named("任免议案", &m.title)),
            Self::DeleteEntry(id) => session
                .entry(*id)
                .map(|(_, e)| named("任免事项", &e.names_joined())),
            Self::DeleteVote(id) => session.votes.iter().find(|v| v.id == *id).map(|v| {
                named(
                    "表决记录",
                    &crate::wording::names::subject_name(session, &v.subject),
                )
            }),
            Self::DeleteEvaluation(id) => session
                .evaluations
                .iter()
                .find(|e| e.id == *id)
                .map(|e| named("测评", &e.subject)),
            Self::DeleteSitting(_) => Some("已删除该次会议".to_owned()),
            Self::AdoptHouseStyle(_) => Some("已用导入的设置替换本机关设置".to_owned()),
            Self::SetFormChoices(_) => Some("已采用学到的行文格式".to_owned()),
            Self::ApplyImport { pending, .. } => Some(format!("已导入{}", pending.kind().label())),
            Self::DeleteBlock { .. } => Some("已删除段落".to_owned()),
            Self::AllPresent(at) if !session.absences_at(*at).is_empty() => Some(format!(
                "已将全体设为出席（清除了{}条请假/缺席记录）",
                session.absences_at(*at).len()
            )),
            _ => None,
        }
    }
}

/// What the editor should select after an action, if anything new appeared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Selected {
    /// An agenda item.
    AgendaItem(AgendaItemId),
    /// A member.
    Member(MemberId),
    /// A report.
    Report(ReportId),
    /// A resolution.
    Resolution(ResolutionId),
    /// A motion.
    Motion(MotionId),
    /// An evaluation.
    Evaluation(EvaluationId),
}

/// Applies an action through the model's methods; returns what to select next, if anything.
/// Actions on things that no longer exist do nothing (a stale click never panics); a change the
/// rules refuse (an announced record) is an error to show, and changes nothing.
pub fn apply(session: &mut Session, action: Action) -> Result<Option<Selected>, EditError> {
    let selected = match action {
        // The app carries these out on the body's folder before the session's actions.
        Action::Body(_) => None,
        Action::AddAgendaItem { after } => {
            Some(Selected::AgendaItem(session.add_agenda_item(after)))
        }
        Action::InsertAgendaItem { at } => {
            Some(Selected::AgendaItem(session.insert_agenda_item(at)))
        }
        Action::InsertObserverUnit { at } => {
            session.insert_observer_unit(at);
            None
        }
        Action::InsertMember { next_to, below } => session
            .insert_member_beside(next_to, below)
            .map(Selected::Member),
        Action::InsertEntry { motion, at, action } => {
            session.insert_entry(motion, at, action);
            None
        }
        Action::DuplicateAgendaItem(id) => {
            session.duplicate_agenda_item(id).map(Selected::AgendaItem)
        }
        Action::DeleteAgendaItem(id) => {
            session.delete_agenda_item(id)?;
            None
        }
        Action::MoveAgendaItem { from, to } => {
            session.move_agenda_item(from, to);
            None
        }
        Action::LinkDocument { item, document } => {
            session.link_document(item, document);
            None
        }
        Action::UnlinkDocument { item, document } => {
            session.unlink_document(item, document)?;
            None
        }
        Action::SettleLegacyResult(item) => {
            session.settle_legacy_result(item);
            None
        }
        Action::SettleLegacyResolutionResult(resolution) => {
            session.settle_legacy_resolution_result(resolution);
            None
        }
        Action::AddSessionDay => {
            session.add_session_day();
            None
        }
        Action::SetSessionDay { index, date } => {
            session.set_session_day(index, date);
            None
        }
        Action::RemoveSessionDay(index) => {
            session.remove_session_day(index);
            None
        }
        Action::AddMember(role) => Some(Selected::Member(session.add_member(role))),
        Action::DeleteMember(id) => {
            session.delete_member(id)?;
            None
        }
        Action::SortRosterByStrokes => {
            session.sort_roster_by_strokes();
            None
        }
        Action::CycleAttendance(id, sitting) => {
            session.cycle_attendance_at(id, sitting);
            None
        }
        Action::SetAttendance(id, sitting, status) => {
            session.change_attendance_at(id, sitting, status);
            None
        }
        Action::AllPresent(sitting) => {
            session.all_present_at(sitting);
            None
        }
        Action::SetSittingOwnAttendance { sitting, own } => {
            session.set_sitting_own_attendance(sitting, own);
            None
        }
        Action::SetItemSitting { item, sitting } => {
            session.set_item_sitting(item, sitting);
            None
        }
        Action::SetVoteSitting { vote, sitting } => {
            session.set_vote_sitting(vote, sitting)?;
            None
        }
        Action::SetEvaluationSitting {
            evaluation,
            sitting,
        } => {
            session.set_evaluation_sitting(evaluation, sitting)?;
            None
        }
        Action::GeneratePersonnelDecision(entry) => session
            .generate_personnel_decision(entry)?
            .map(Selected::Resolution),
        Action::AddObserverUnit => {
            session.add_observer_unit();
            None
        }
        Action::DeleteObserverUnit(id) => {
            session.delete_observer_unit(id);
            None
        }
        Action::MoveObserverUnit { from, to } => {
            session.move_observer_unit(from, to);
            None
        }
        Action::AddReport { link_to } => Some(Selected::Report(session.add_report(link_to))),
        Action::DeleteReport(id) => {
            session.delete_report(id);
            None
        }
        Action::InsertBlock {
            target,
            index,
            block,
        } => {
            session.insert_block(target, index, block);
            None
        }
        Action::DeleteBlock { target, index } => {
            session.delete_block(target, index);
            None
        }
        Action::MoveBlock { target, from, to } => {
            session.move_block(target, from, to);
            None
        }
        Action::ReplaceBody { target, blocks } => {
            session.replace_body(target, blocks);
            None
        }
        Action::AddTableRow { target, block } => {
            session.add_table_row(target, block);
            None
        }
        Action::AddTableColumn { target, block } => {
            session.add_table_column(target, block);
            None
        }
        Action::AddResolution => Some(Selected::Resolution(session.add_resolution())),
        Action::DeleteResolution(id) => {
            session.delete_resolution(id)?;
            None
        }
        Action::AddMotion => Some(Selected::Motion(session.add_motion())),
        Action::DeleteMotion(id) => {
            session.delete_motion(id)?;
            None
        }
        Action::MoveMotion { from, to } => {
            session.move_motion(from, to);
            None
        }
        Action::AddEntry { motion, action } => {
            session.add_entry(motion, action);
            None
        }
        Action::DeleteEntry(id) => {
            session.delete_entry(id)?;
            None
        }
        Action::SetEntryAction { entry, action } => {
            session.set_entry_action(entry, action)?;
            None
        }
        Action::SetEntryPeople { entry, text } => {
            session.set_entry_people(entry, &text)?;
            None
        }
        Action::SetEntryGender {
            entry,
            index,
            gender,
        } => {
            session.set_entry_gender(entry, index, gender)?;
            None
        }
        Action::SetEntryPosts { entry, posts } => {
            session.set_entry_posts(entry, posts)?;
            None
        }
        Action::SetItemOutcome { item, outcome } => {
            session.set_item_outcome(item, outcome)?;
            None
        }
        Action::SetItemKind { item, kind } => {
            session.set_item_kind(item, kind)?;
            None
        }
        Action::SetResolutionStatus { resolution, status } => {
            session.set_resolution_status(resolution, status)?;
            None
        }
        Action::MoveEntry { motion, from, to } => {
            session.move_entry(motion, from, to);
            None
        }
        Action::SetVoteTogether { motion, together } => {
            session.set_vote_together(motion, together)?;
            None
        }
        Action::StartVote { subject, mode } => {
            session.start_vote(&subject, mode)?;
            None
        }
        Action::RecordVote { subject, record } => {
            session.record_vote(&subject, record)?;
            None
        }
        Action::SetVoteCounts { vote, tally } => {
            session.set_vote_counts(vote, tally)?;
            None
        }
        Action::SetBallot {
            vote,
            member,
            choice,
        } => {
            session.set_ballot(vote, member, choice)?;
            None
        }
        Action::FillBallots { vote, choice } => {
            session.fill_ballots(vote, choice)?;
            None
        }
        Action::DeleteVote(id) => {
            session.delete_vote(id)?;
            None
        }
        Action::Announce {
            target,
            confirmed,
            by,
        } => {
            let announcer = Announcer { by, at: now() };
            session.announce_recorded(target, confirmed.as_ref(), &announcer)?;
            None
        }
        Action::Unlock { target, by, reason } => {
            session.unlock_recorded(target, &by, &reason, now())?;
            None
        }
        Action::AddEvaluation { subject, reports } => Some(Selected::Evaluation(
            session.add_evaluation(&subject, reports),
        )),
        Action::RenameEvaluation {
            evaluation,
            subject,
        } => {
            session.rename_evaluation(evaluation, &subject)?;
            None
        }
        Action::SetEvaluationOtherEvaluators { evaluation, others } => {
            session.set_evaluation_other_evaluators(evaluation, &others)?;
            None
        }
        Action::DeleteEvaluation(id) => {
            session.delete_evaluation(id)?;
            None
        }
        Action::SetEvaluationMode { evaluation, mode } => {
            session.set_evaluation_mode(evaluation, mode)?;
            None
        }
        Action::SetEvaluationCounts { evaluation, tally } => {
            session.set_evaluation_record(evaluation, EvaluationRecord::Counts(tally))?;
            None
        }
        Action::SetEvaluationBallot {
            evaluation,
            member,
            grade,
        } => {
            session.set_evaluation_ballot(evaluation, member, grade)?;
            None
        }
        Action::SetHall {
            rows,
            seats_per_row,
        } => {
            session.set_hall(rows, seats_per_row);
            None
        }
        Action::SetVoteMethod { subject, method } => {
            session.set_vote_method(&subject, method);
            None
        }
        Action::SetObserverLeave { unit, name, leave } => {
            session.set_observer_leave(unit, &name, leave.as_deref());
            None
        }
        Action::SetEntryReason { entry, reason } => {
            session.set_entry_reason(entry, &reason)?;
            None
        }
        Action::SetEntryReviewedBy { entry, reviewed_by } => {
            session.set_entry_reviewed_by(entry, &reviewed_by)?;
            None
        }
        Action::SetEntryDeputy { entry, deputy } => {
            session.set_entry_deputy(entry, deputy)?;
            None
        }
        Action::SetEntryStatement { entry, statement } => {
            session.set_entry_statement(entry, statement);
            None
        }
        Action::SetEntryUnnamedInNews { entry, unnamed } => {
            session.set_entry_unnamed_in_news(entry, unnamed);
            None
        }
        Action::SetMotionPostCategory { motion, category } => {
            session.set_motion_post_category(motion, &category);
            None
        }
        Action::SetMotionMeeting { motion, meeting } => {
            session.set_motion_meeting(motion, meeting);
            None
        }
        Action::SetObserverUnitForRelatedItems { unit, related } => {
            session.set_observer_unit_for_related_items(unit, related);
            None
        }
        Action::SetInvitedGuests(text) => {
            session.set_invited_guests(&text);
            None
        }
        Action::SetCitizensObserving(citizens) => {
            session.set_citizens_observing(citizens);
            None
        }
        Action::SetEvaluationNoticeNumber(number) => {
            session.set_evaluation_notice_number(number);
            None
        }
        Action::SetCongressSession(number) => {
            session.set_congress_session(number);
            None
        }
        Action::SetReportEntrustedBy {
            report,
            entrusted_by,
        } => {
            session.set_report_entrusted_by(report, &entrusted_by);
            None
        }
        Action::FillSeating => {
            session.fill_seating();
            None
        }
        Action::MoveToSeat { member, row, seat } => {
            session.move_to_seat(member, row, seat);
            None
        }
        Action::AdoptHouseStyle(body) => {
            session.adopt_house_style(*body);
            None
        }
        Action::SetFormChoices(choices) => {
            session.set_form_choices(*choices);
            None
        }
        Action::ApplyImport {
            pending,
            mode,
            target,
        } => pending.apply(session, mode, target)?.map(Selected::Report),
        Action::AddSitting => {
            session.add_sitting();
            None
        }
        Action::DeleteSitting(id) => {
            session.delete_sitting(id)?;
            None
        }
    };
    Ok(selected)
}

/// The local time an unlock is recorded at.
fn now() -> chrono::NaiveDateTime {
    chrono::Local::now().naive_local()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stale_actions_do_nothing() {
        let mut session = Session::default();
        let before = session.clone();
        for action in [
            Action::DeleteAgendaItem(AgendaItemId(7)),
            Action::CycleAttendance(MemberId(3), None),
            Action::DeleteBlock {
                target: TextTarget::Report(ReportId(1)),
                index: 4,
            },
            Action::MoveEntry {
                motion: MotionId(2),
                from: 0,
                to: 5,
            },
            Action::DuplicateAgendaItem(AgendaItemId(1)),
            Action::DeleteVote(VoteId(4)),
            Action::Announce {
                target: RecordedId::Vote(VoteId(4)),
                confirmed: None,
                by: "操作员".to_owned(),
            },
            Action::SetBallot {
                vote: VoteId(1),
                member: MemberId(1),
                choice: None,
            },
        ] {
            assert_eq!(apply(&mut session, action), Ok(None));
        }
        assert_eq!(session, before);
    }
}
