//! Every structural change a view can ask for. Views push actions while drawing; the app applies
//! them in one place after drawing and then takes an undo point.

use crate::collation::sort_by_name;
use crate::model::ids::next_id;
use crate::model::voting::{VoteResult, result_of, vote_for};
use crate::model::{
    AgendaItem, AgendaItemId, AgendaKind, AppointmentAction, AppointmentEntry, AppointmentMotion,
    AttendanceStatus, Block, DocumentRef, EntryId, Evaluation, EvaluationId, EvaluationRecord,
    Gender, Member, MemberId, MotionId, Nominator, ObserverUnit, ObserverUnitId, Outcome, Report,
    ReportId, ReportKind, Resolution, ResolutionId, ResolutionKind, ResolutionStatus, Role,
    Session, Sitting, SittingId, SittingKind, Vote, VoteAmendment, VoteId, VoteRecord, VoteSubject,
};

/// A structural change to the session.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Adds an empty agenda item after position `after` (at the end for `None`).
    AddAgendaItem {
        /// The position to insert after.
        after: Option<usize>,
    },
    /// Adds a copy of an item right after it.
    DuplicateAgendaItem(AgendaItemId),
    /// Deletes an item (and votes on it).
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
    /// Adds a member with a role.
    AddMember(Role),
    /// Deletes a member (with their attendance and ballots).
    DeleteMember(MemberId),
    /// Puts the roster in list order: role, rank, and 委员 in stroke order.
    SortRosterByStrokes,
    /// Present → on leave → absent → present.
    CycleAttendance(MemberId),
    /// Sets one member's attendance.
    SetAttendance(MemberId, AttendanceStatus),
    /// Marks everybody present.
    AllPresent,
    /// Adds a unit of 列席 attendees.
    AddObserverUnit,
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
    /// Inserts a block into a report's body (or an attachment when `attachment` is set).
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
    /// Deletes an entry (and removes it from votes).
    DeleteEntry(EntryId),
    /// Moves an entry within its motion so that it ends at position `to`.
    MoveEntry {
        /// The motion.
        motion: MotionId,
        /// Current position.
        from: usize,
        /// Final position.
        to: usize,
    },
    /// Records (or replaces) the vote on a subject, unless its result is announced; the item's
    /// outcome or the resolution's status follows the result.
    RecordVote {
        /// What was voted on.
        subject: VoteSubject,
        /// What was recorded.
        record: VoteRecord,
    },
    /// Deletes a vote that is not announced.
    DeleteVote(VoteId),
    /// Announces a vote's result: it goes to the hall screen and is locked.
    AnnounceVote(VoteId),
    /// Unlocks an announced vote for a change, leaving a trace in its history.
    UnlockVote {
        /// The vote.
        vote: VoteId,
        /// Who unlocks it.
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
    /// Deletes an evaluation.
    DeleteEvaluation(EvaluationId),
    /// Adds a sitting.
    AddSitting,
    /// Deletes a sitting.
    DeleteSitting(SittingId),
}

/// A long text in the session: a report's body, one of its attachments, or a resolution's body.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TextTarget {
    /// A report's body.
    Report(ReportId),
    /// A report's attachment, by position.
    Attachment(ReportId, usize),
    /// A resolution's body.
    Resolution(ResolutionId),
}

/// The blocks of a text, if it exists.
pub fn text_blocks_mut(session: &mut Session, target: TextTarget) -> Option<&mut Vec<Block>> {
    match target {
        TextTarget::Report(id) => session
            .reports
            .iter_mut()
            .find(|r| r.id == id)
            .map(|r| &mut r.body),
        TextTarget::Attachment(id, index) => session
            .reports
            .iter_mut()
            .find(|r| r.id == id)
            .and_then(|r| r.attachments.get_mut(index))
            .map(|a| &mut a.body),
        TextTarget::Resolution(id) => session
            .resolutions
            .iter_mut()
            .find(|r| r.id == id)
            .map(|r| &mut r.body),
    }
}

/// Moves `items[from]` so that it ends at position `to`; out-of-range requests do nothing.
pub fn move_item<T>(items: &mut [T], from: usize, to: usize) {
    if from >= items.len() || to >= items.len() || from == to {
        return;
    }
    if from < to {
        items[from..=to].rotate_left(1);
    } else {
        items[to..=from].rotate_right(1);
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

/// Applies an action; returns what to select next, if anything. Actions on things that no
/// longer exist do nothing (a stale click never panics).
pub fn apply(session: &mut Session, action: Action) -> Option<Selected> {
    match action {
        Action::AddAgendaItem { after } => {
            let id = next_id(session.agenda.iter().map(|i| i.id));
            let item = AgendaItem {
                id,
                kind: AgendaKind::HearAndDeliberate,
                title: String::new(),
                submitter: String::new(),
                presenter: String::new(),
                documents: Vec::new(),
                outcome: Outcome::Pending,
            };
            let at = after.map_or(session.agenda.len(), |i| (i + 1).min(session.agenda.len()));
            session.agenda.insert(at, item);
            return Some(Selected::AgendaItem(id));
        }
        Action::DuplicateAgendaItem(id) => {
            let position = session.agenda.iter().position(|i| i.id == id)?;
            let mut copy = session.agenda[position].clone();
            copy.id = next_id(session.agenda.iter().map(|i| i.id));
            copy.outcome = Outcome::Pending;
            let new_id = copy.id;
            session.agenda.insert(position + 1, copy);
            return Some(Selected::AgendaItem(new_id));
        }
        Action::DeleteAgendaItem(id) => {
            session.agenda.retain(|i| i.id != id);
            session
                .votes
                .retain(|v| v.subject != VoteSubject::AgendaItem(id));
        }
        Action::MoveAgendaItem { from, to } => move_item(&mut session.agenda, from, to),
        Action::LinkDocument { item, document } => {
            if let Some(item) = session.agenda.iter_mut().find(|i| i.id == item)
                && !item.documents.contains(&document)
            {
                item.documents.push(document);
            }
        }
        Action::UnlinkDocument { item, document } => {
            if let Some(item) = session.agenda.iter_mut().find(|i| i.id == item) {
                item.documents.retain(|d| *d != document);
            }
        }
        Action::AddMember(role) => {
            let id = next_id(session.roster.iter().map(|m| m.id));
            let rank = session
                .members_with_role(role)
                .map(|m| m.rank)
                .max()
                .map_or(1, |r| r + 1);
            let member = Member {
                id,
                name: String::new(),
                gender: Gender::Unspecified,
                role,
                rank: if role == Role::Member { 0 } else { rank },
                sort_as: None,
                note: String::new(),
            };
            // New members go to the end of their role's group.
            let at = session
                .roster
                .iter()
                .rposition(|m| m.role <= role)
                .map_or(0, |p| p + 1);
            session.roster.insert(at, member);
            return Some(Selected::Member(id));
        }
        Action::DeleteMember(id) => {
            session.roster.retain(|m| m.id != id);
            session.absences.retain(|a| a.member != id);
            if session.details.presiding == Some(id) {
                session.details.presiding = None;
            }
            for vote in &mut session.votes {
                if let VoteRecord::Ballots(ballots) = &mut vote.record {
                    ballots.retain(|b| b.member != id);
                }
            }
        }
        Action::SortRosterByStrokes => {
            let mode = session.body.settings.name_order;
            sort_by_name(&mut session.roster, mode, |m| {
                m.sort_as.as_deref().unwrap_or(&m.name)
            });
            session
                .roster
                .sort_by_key(|m| (m.role, if m.role == Role::Member { 0 } else { m.rank }));
        }
        Action::CycleAttendance(id) => {
            let next = match session.attendance_of(id) {
                AttendanceStatus::Present => AttendanceStatus::OnLeave(String::new()),
                AttendanceStatus::OnLeave(_) => AttendanceStatus::Absent,
                AttendanceStatus::Absent => AttendanceStatus::Present,
            };
            if session.member(id).is_some() {
                session.set_attendance(id, next);
            }
        }
        Action::SetAttendance(id, status) => {
            if session.member(id).is_some() {
                session.set_attendance(id, status);
            }
        }
        Action::AllPresent => session.absences.clear(),
        Action::AddObserverUnit => {
            let id = next_id(session.observers.iter().map(|u| u.id));
            session.observers.push(ObserverUnit {
                id,
                unit: String::new(),
                names: Vec::new(),
            });
        }
        Action::DeleteObserverUnit(id) => session.observers.retain(|u| u.id != id),
        Action::MoveObserverUnit { from, to } => move_item(&mut session.observers, from, to),
        Action::AddReport { link_to } => {
            let id = next_id(session.reports.iter().map(|r| r.id));
            let report = Report {
                id,
                kind: ReportKind::SpecialWorkReport,
                title: String::new(),
                submitter: String::new(),
                presenter: String::new(),
                date: session.first_date(),
                salutation: session.body.salutation().to_owned(),
                body: vec![Block::Paragraph(String::new())],
                closing: "以上报告，请予审议。".to_owned(),
                attachments: Vec::new(),
            };
            session.reports.push(report);
            if let Some(item) =
                link_to.and_then(|item| session.agenda.iter_mut().find(|i| i.id == item))
            {
                item.documents.push(DocumentRef::Report(id));
            }
            return Some(Selected::Report(id));
        }
        Action::DeleteReport(id) => {
            session.reports.retain(|r| r.id != id);
            for item in &mut session.agenda {
                item.documents.retain(|d| *d != DocumentRef::Report(id));
            }
            for resolution in &mut session.resolutions {
                if resolution.explanation == Some(id) {
                    resolution.explanation = None;
                }
            }
            for evaluation in &mut session.evaluations {
                evaluation.reports.retain(|r| *r != id);
            }
        }
        Action::InsertBlock {
            target,
            index,
            block,
        } => {
            if let Some(blocks) = text_blocks_mut(session, target) {
                blocks.insert(index.min(blocks.len()), block);
            }
        }
        Action::DeleteBlock { target, index } => {
            if let Some(blocks) = text_blocks_mut(session, target)
                && index < blocks.len()
            {
                blocks.remove(index);
            }
        }
        Action::MoveBlock { target, from, to } => {
            if let Some(blocks) = text_blocks_mut(session, target) {
                move_item(blocks, from, to);
            }
        }
        Action::ReplaceBody { target, blocks } => {
            if let Some(existing) = text_blocks_mut(session, target) {
                *existing = blocks;
            }
        }
        Action::AddResolution => {
            let id = next_id(session.resolutions.iter().map(|r| r.id));
            session.resolutions.push(Resolution {
                id,
                kind: ResolutionKind::Resolution,
                title: format!("{}关于的决议", session.body.name),
                status: ResolutionStatus::Draft,
                body: vec![Block::Paragraph(String::new())],
                explanation: None,
            });
            return Some(Selected::Resolution(id));
        }
        Action::DeleteResolution(id) => {
            session.resolutions.retain(|r| r.id != id);
            for item in &mut session.agenda {
                item.documents.retain(|d| *d != DocumentRef::Resolution(id));
            }
            session
                .votes
                .retain(|v| v.subject != VoteSubject::Resolution(id));
        }
        Action::AddMotion => {
            let id = next_id(session.motions.iter().map(|m| m.id));
            session.motions.push(AppointmentMotion {
                id,
                title: "关于提请任免同志职务的议案".to_owned(),
                document_number: String::new(),
                nominator: Nominator::CouncilOfChairpersons,
                addressee: session.body.short_name.clone(),
                basis: "现提请任命：".to_owned(),
                signatory: String::new(),
                date: None,
                entries: Vec::new(),
                vote_together: false,
            });
            return Some(Selected::Motion(id));
        }
        Action::DeleteMotion(id) => {
            let entry_ids: Vec<EntryId> = session
                .motions
                .iter()
                .filter(|m| m.id == id)
                .flat_map(|m| m.entries.iter().map(|e| e.id))
                .collect();
            session.motions.retain(|m| m.id != id);
            for item in &mut session.agenda {
                item.documents.retain(|d| *d != DocumentRef::Motion(id));
            }
            remove_entries_from_votes(session, &entry_ids);
        }
        Action::MoveMotion { from, to } => move_item(&mut session.motions, from, to),
        Action::AddEntry { motion, action } => {
            let id = next_id(session.entries().map(|e| e.id));
            if let Some(motion) = session.motions.iter_mut().find(|m| m.id == motion) {
                motion.entries.push(AppointmentEntry {
                    id,
                    action,
                    person: String::new(),
                    gender: Gender::Unspecified,
                    posts: vec![String::new()],
                });
            }
        }
        Action::DeleteEntry(id) => {
            for motion in &mut session.motions {
                motion.entries.retain(|e| e.id != id);
            }
            remove_entries_from_votes(session, &[id]);
        }
        Action::MoveEntry { motion, from, to } => {
            if let Some(motion) = session.motions.iter_mut().find(|m| m.id == motion) {
                move_item(&mut motion.entries, from, to);
            }
        }
        Action::AddSitting => {
            let id = next_id(session.details.sittings.iter().map(|s| s.id));
            let date = session.details.dates.last().copied().unwrap_or_else(today);
            session.details.sittings.push(Sitting {
                id,
                kind: SittingKind::Plenary,
                date,
                time: String::new(),
                venue: String::new(),
                presiding: None,
            });
        }
        Action::DeleteSitting(id) => session.details.sittings.retain(|s| s.id != id),
        Action::RecordVote { subject, record } => record_vote(session, &subject, &record),
        Action::DeleteVote(id) => session.votes.retain(|v| v.id != id || v.announced),
        Action::AnnounceVote(id) => {
            let members = session.member_count();
            let vote = session.votes.iter_mut().find(|v| v.id == id)?;
            vote.announced = true;
            let (subject, result) = (vote.subject.clone(), result_of(&vote.record, members));
            apply_result(session, &subject, result);
        }
        Action::UnlockVote { vote, by, reason } => {
            if let Some(vote) = session
                .votes
                .iter_mut()
                .find(|v| v.id == vote && v.announced)
            {
                vote.history.push(VoteAmendment {
                    at: chrono::Local::now().naive_local(),
                    by,
                    reason,
                    previous: vote.record.clone(),
                });
                vote.announced = false;
            }
        }
        Action::AddEvaluation { subject, reports } => {
            let id = next_id(session.evaluations.iter().map(|e| e.id));
            session.evaluations.push(Evaluation {
                id,
                subject,
                reports,
                record: EvaluationRecord::NotRecorded,
            });
            return Some(Selected::Evaluation(id));
        }
        Action::DeleteEvaluation(id) => session.evaluations.retain(|e| e.id != id),
    }
    None
}

/// Records a vote unless the subject's vote is announced (then nothing changes: it must be
/// unlocked first).
fn record_vote(session: &mut Session, subject: &VoteSubject, record: &VoteRecord) {
    let members = session.member_count();
    let existing = vote_for(session, subject).map(|v| (v.id, v.announced));
    match existing {
        Some((_, true)) => return,
        Some((id, false)) => {
            if let Some(vote) = session.votes.iter_mut().find(|v| v.id == id) {
                vote.record = record.clone();
            }
        }
        None => {
            let id = next_id(session.votes.iter().map(|v| v.id));
            session.votes.push(Vote {
                id,
                subject: subject.clone(),
                record: record.clone(),
                announced: false,
                history: Vec::new(),
            });
        }
    }
    apply_result(session, subject, result_of(record, members));
}

/// Carries a vote's result to what it decided: the item's outcome, the resolution's status.
fn apply_result(session: &mut Session, subject: &VoteSubject, result: VoteResult) {
    let adopted = result == VoteResult::Adopted;
    match subject {
        VoteSubject::AgendaItem(id) => {
            if let Some(item) = session.agenda.iter_mut().find(|i| i.id == *id) {
                item.outcome = if adopted {
                    Outcome::Adopted
                } else {
                    Outcome::Rejected
                };
            }
        }
        VoteSubject::Resolution(id) => {
            if let Some(resolution) = session.resolutions.iter_mut().find(|r| r.id == *id) {
                resolution.status = if adopted {
                    ResolutionStatus::Adopted
                } else {
                    ResolutionStatus::Rejected
                };
            }
        }
        VoteSubject::Agenda | VoteSubject::Entries(_) => {}
    }
}

/// Today's date, for new dates the person will adjust.
pub fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

fn remove_entries_from_votes(session: &mut Session, ids: &[EntryId]) {
    for vote in &mut session.votes {
        if let VoteSubject::Entries(entries) = &mut vote.subject {
            entries.retain(|e| !ids.contains(e));
        }
    }
    session
        .votes
        .retain(|v| !matches!(&v.subject, VoteSubject::Entries(e) if e.is_empty()));
}

/// A new session that follows `previous`: the same body, roster (everybody present again) and
/// 列席 units, the next session number, and no documents, votes or dates.
pub fn next_session(previous: &Session) -> Session {
    let mut session = Session::new_empty(previous.body.clone());
    session.details.number = previous.details.number.saturating_add(1);
    session.details.presiding = previous.details.presiding;
    session.roster = previous.roster.clone();
    session.observers = previous.observers.clone();
    session
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn move_item_ends_at_the_final_position() {
        let mut v = vec![1, 2, 3, 4];
        move_item(&mut v, 0, 2);
        assert_eq!(v, [2, 3, 1, 4]);
        move_item(&mut v, 3, 0);
        assert_eq!(v, [4, 2, 3, 1]);
        move_item(&mut v, 9, 0);
        move_item(&mut v, 0, 9);
        assert_eq!(v, [4, 2, 3, 1]);
    }

    #[test]
    fn stale_actions_do_nothing() {
        let mut session = Session::default();
        let before = session.clone();
        for action in [
            Action::DeleteAgendaItem(AgendaItemId(7)),
            Action::CycleAttendance(MemberId(3)),
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
        ] {
            apply(&mut session, action);
        }
        assert_eq!(session, before);
    }

    #[test]
    fn attendance_cycles_and_all_present_resets() {
        let mut session = Session::default();
        let Some(Selected::Member(id)) = apply(&mut session, Action::AddMember(Role::Member))
        else {
            panic!("no member added");
        };
        apply(&mut session, Action::CycleAttendance(id));
        assert_eq!(
            session.attendance_of(id),
            AttendanceStatus::OnLeave(String::new())
        );
        apply(&mut session, Action::CycleAttendance(id));
        assert_eq!(session.attendance_of(id), AttendanceStatus::Absent);
        apply(&mut session, Action::CycleAttendance(id));
        assert_eq!(session.attendance_of(id), AttendanceStatus::Present);
        apply(&mut session, Action::CycleAttendance(id));
        apply(&mut session, Action::AllPresent);
        assert!(session.absences.is_empty());
    }

    #[test]
    fn deleting_a_report_removes_every_reference() {
        let mut session = Session::default();
        apply(&mut session, Action::AddAgendaItem { after: None });
        let item = session.agenda[0].id;
        let Some(Selected::Report(report)) = apply(
            &mut session,
            Action::AddReport {
                link_to: Some(item),
            },
        ) else {
            panic!("no report added");
        };
        assert_eq!(session.agenda[0].documents, [DocumentRef::Report(report)]);
        apply(&mut session, Action::DeleteReport(report));
        assert!(session.agenda[0].documents.is_empty());
        assert!(session.reports.is_empty());
    }

    #[test]
    fn next_session_carries_over_body_roster_and_units() {
        let mut previous = Session::default();
        previous.details.number = 9;
        let Some(Selected::Member(id)) = apply(&mut previous, Action::AddMember(Role::Chair))
        else {
            panic!("no member added");
        };
        apply(&mut previous, Action::CycleAttendance(id));
        apply(&mut previous, Action::AddObserverUnit);
        apply(&mut previous, Action::AddAgendaItem { after: None });
        let next = next_session(&previous);
        assert_eq!(next.details.number, 10);
        assert_eq!(next.roster, previous.roster);
        assert!(next.absences.is_empty());
        assert_eq!(next.observers, previous.observers);
        assert!(next.agenda.is_empty());
        assert_eq!(next.body, previous.body);
    }
}
