//! Every structural change to a session, as methods of [`Session`], each with the cleanup its
//! rules imply (deleting a member removes their absences and ballots; deleting a report unlinks
//! it …). The window's actions, the command line, the tests and the benchmarks all change a
//! session through these methods and nothing else.
//!
//! The live protocol lives here too: a vote or evaluation goes 待表决 → 表决中 (a record is being
//! entered) → 已宣布 (locked). An announced record changes only after [`Session::unlock_vote`],
//! which keeps who, when and why; nothing else may touch it, including a deletion elsewhere
//! that would take a ballot or an entry out of it.

use chrono::NaiveDate;

use super::agenda::{AgendaItem, AgendaKind, DocumentRef, Outcome};
use super::appointments::{
    Appointee, AppointmentAction, AppointmentEntry, AppointmentMotion, Nominator,
};
use super::decisions;
use super::documents::{Report, ReportKind, Resolution, ResolutionKind, ResolutionStatus};
use super::guard::Decided;
use super::ids::{
    AgendaItemId, EntryId, EvaluationId, MemberId, MotionId, ObserverUnitId, ReportId,
    ResolutionId, SittingId, VoteId, next_id,
};
use super::roster::{AttendanceStatus, Gender, Member, Role};
use super::session::{ObserverUnit, Session, Sitting, SittingKind};
use super::text::Block;
use super::votes::{
    Ballot, Choice, Evaluation, EvaluationBallot, EvaluationRecord, Grade, Tally, Vote, VoteRecord,
    VoteSubject,
};

/// Why a change was refused, in plain Chinese for the person who asked for it.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    /// The change would alter a record whose result has been announced.
    #[error(
        "「{what}」的结果已宣布，记录已锁定，不能{change}。如确需修改，请先在表决/测评中解锁并说明原因。"
    )]
    Locked {
        /// What is announced, in a few words.
        what: String,
        /// What was asked: 删除, 修改 …
        change: String,
    },
    /// A record cannot be announced.
    #[error("不能宣布结果：{0}。")]
    CannotAnnounce(String),
    /// Any other refusal, said as it is.
    #[error("{0}")]
    Refused(String),
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

/// Today's date, for new dates the person will adjust.
pub fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

impl Session {
    // ----- agenda -----

    /// Adds an empty agenda item after position `after` (at the end for `None`).
    pub fn add_agenda_item(&mut self, after: Option<usize>) -> AgendaItemId {
        let at = after.map_or(self.agenda.len(), |i| (i + 1).min(self.agenda.len()));
        self.insert_agenda_item(at)
    }

    /// Inserts an empty agenda item at position `at` (the end if beyond it): 在上方插入 and
    /// 在下方插入 of a row's menu.
    pub fn insert_agenda_item(&mut self, at: usize) -> AgendaItemId {
        let id = next_id(self.agenda.iter().map(|i| i.id));
        let item = AgendaItem {
            id,
            kind: AgendaKind::HearAndDeliberate,
            title: String::new(),
            submitter: String::new(),
            presenter: String::new(),
            documents: Vec::new(),
            sitting: None,
            outcome: Outcome::Pending,
            legacy_result: None,
            news: Default::default(),
        };
        self.agenda.insert(at.min(self.agenda.len()), item);
        id
    }

    /// Adds a copy of an item right after it (its votes are not copied).
    pub fn duplicate_agenda_item(&mut self, id: AgendaItemId) -> Option<AgendaItemId> {
        let position = self.agenda.iter().position(|i| i.id == id)?;
        let mut copy = self.agenda[position].clone();
        copy.id = next_id(self.agenda.iter().map(|i| i.id));
        copy.outcome = Outcome::Pending;
        copy.legacy_result = None;
        let new_id = copy.id;
        self.agenda.insert(position + 1, copy);
        Some(new_id)
    }

    /// Deletes an item and the vote on it; refused while that vote is announced.
    pub fn delete_agenda_item(&mut self, id: AgendaItemId) -> Result<(), EditError> {
        let subject = VoteSubject::AgendaItem(id);
        self.guard(Decided::Item(id), "删除")?;
        self.agenda.retain(|i| i.id != id);
        self.votes.retain(|v| v.subject != subject);
        Ok(())
    }

    /// Moves an item so that it ends at position `to`.
    pub fn move_agenda_item(&mut self, from: usize, to: usize) {
        move_item(&mut self.agenda, from, to);
    }

    /// Links a document to an item.
    pub fn link_document(&mut self, item: AgendaItemId, document: DocumentRef) {
        if let Some(item) = self.agenda.iter_mut().find(|i| i.id == item)
            && !item.documents.contains(&document)
        {
            item.documents.push(document);
        }
    }

    /// Unlinks a document from an item; refused for a resolution or motion whose vote is
    /// announced (the item would no longer show what it decided).
    pub fn unlink_document(
        &mut self,
        item: AgendaItemId,
        document: DocumentRef,
    ) -> Result<(), EditError> {
        match document {
            DocumentRef::Resolution(id) => self.guard(Decided::Resolution(id), "移出议题")?,
            DocumentRef::Motion(id) => self.guard(Decided::Motion(id), "移出议题")?,
            DocumentRef::Report(_) => {}
        }
        if let Some(item) = self.agenda.iter_mut().find(|i| i.id == item) {
            item.documents.retain(|d| *d != document);
        }
        Ok(())
    }

    /// Changes how an item is dealt with (审议方式: 待审议, 听取审议不表决, 暂缓, 撤回); refused
    /// while a result announced on the item rests on it.
    pub fn set_item_outcome(
        &mut self,
        item: AgendaItemId,
        outcome: Outcome,
    ) -> Result<(), EditError> {
        let Some(found) = self.agenda.iter().find(|i| i.id == item) else {
            return Ok(());
        };
        if found.outcome == outcome {
            return Ok(());
        }
        self.guard(Decided::Item(item), "改变审议方式")?;
        if let Some(found) = self.agenda.iter_mut().find(|i| i.id == item) {
            found.outcome = outcome;
        }
        Ok(())
    }

    /// Changes an item's kind (which decides what it puts to the vote); refused while a result
    /// announced on the item rests on it.
    pub fn set_item_kind(&mut self, item: AgendaItemId, kind: AgendaKind) -> Result<(), EditError> {
        let Some(found) = self.agenda.iter().find(|i| i.id == item) else {
            return Ok(());
        };
        if found.kind == kind {
            return Ok(());
        }
        self.guard(Decided::Item(item), "改变议题类型")?;
        if let Some(found) = self.agenda.iter_mut().find(|i| i.id == item) {
            // The kind brings its usual 审议方式 (听取: no vote), unless one was chosen by hand.
            found.set_kind(kind);
        }
        Ok(())
    }

    /// Drops the result an earlier version stored on an item: its votes stand.
    pub fn settle_legacy_result(&mut self, item: AgendaItemId) {
        if let Some(item) = self.agenda.iter_mut().find(|i| i.id == item) {
            item.legacy_result = None;
        }
    }

    /// Drops the result an earlier version stored on a resolution: its vote stands.
    pub fn settle_legacy_resolution_result(&mut self, resolution: ResolutionId) {
        if let Some(resolution) = self.resolutions.iter_mut().find(|r| r.id == resolution) {
            resolution.legacy_result = None;
        }
    }

    // ----- dates and sittings -----

    /// Adds a day after the last one (or today).
    pub fn add_session_day(&mut self) {
        let next = self
            .details
            .dates
            .last()
            .map_or_else(today, |d| *d + chrono::Days::new(1));
        self.details.dates.push(next);
    }

    /// Changes one day of the session.
    pub fn set_session_day(&mut self, index: usize, date: NaiveDate) {
        if let Some(day) = self.details.dates.get_mut(index) {
            *day = date;
        }
    }

    /// Removes one day of the session.
    pub fn remove_session_day(&mut self, index: usize) {
        if index < self.details.dates.len() {
            self.details.dates.remove(index);
        }
    }

    /// Adds a plenary sitting on the last day of the session.
    pub fn add_sitting(&mut self) -> SittingId {
        let id = next_id(self.details.sittings.iter().map(|s| s.id));
        let date = self.details.dates.last().copied().unwrap_or_else(today);
        self.details.sittings.push(Sitting {
            id,
            kind: SittingKind::Plenary,
            date,
            time: String::new(),
            starts_at: String::new(),
            venue: String::new(),
            presiding: None,
            entrusted_by: None,
            absences: None,
        });
        id
    }

    /// Gives a sitting its own attendance, starting from the session's (`true`), or makes it
    /// follow the session's again (`false`, dropping what was entered for it).
    pub fn set_sitting_own_attendance(&mut self, id: SittingId, own: bool) {
        let session_absences = self.absences.clone();
        if let Some(sitting) = self.details.sittings.iter_mut().find(|s| s.id == id) {
            match (own, sitting.absences.is_some()) {
                (true, false) => sitting.absences = Some(session_absences),
                (false, true) => sitting.absences = None,
                _ => {}
            }
        }
    }

    /// Places an agenda item in a sitting (`None`: in none). Votes not yet taken on the item
    /// follow it; announced ones keep the sitting they were taken at.
    pub fn set_item_sitting(&mut self, item: AgendaItemId, sitting: Option<SittingId>) {
        let Some(entry) = self.agenda.iter_mut().find(|i| i.id == item) else {
            return;
        };
        entry.sitting = sitting;
        let entry = entry.clone();
        let subjects: Vec<VoteSubject> = decisions::item_subjects(self, &entry);
        for vote in self.votes.iter_mut().filter(|v| !v.is_announced()) {
            if subjects.contains(&vote.subject) {
                vote.sitting = sitting;
            }
        }
    }

    /// Places a vote in the sitting it is taken at; refused once announced (its attendance was
    /// what it was checked against).
    pub fn set_vote_sitting(
        &mut self,
        id: VoteId,
        sitting: Option<SittingId>,
    ) -> Result<(), EditError> {
        if let Some(vote) = self.unlocked_mut(id, "修改")? {
            vote.sitting = sitting;
        }
        Ok(())
    }

    /// Places an evaluation in the sitting it is held at; refused once announced.
    pub fn set_evaluation_sitting(
        &mut self,
        id: EvaluationId,
        sitting: Option<SittingId>,
    ) -> Result<(), EditError> {
        if let Some(evaluation) = self.unlocked_mut(id, "修改")? {
            evaluation.sitting = sitting;
        }
        Ok(())
    }

    /// Deletes a sitting.
    /// Deletes a sitting; the items, votes and evaluations placed in it are placed in none.
    /// Refused while a vote or evaluation taken at it is announced (its attendance was what the
    /// record was checked against).
    pub fn delete_sitting(&mut self, id: SittingId) -> Result<(), EditError> {
        let name = self.sitting_name(id).unwrap_or_default();
        if self
            .votes
            .iter()
            .any(|v| v.is_announced() && v.sitting == Some(id))
            || self
                .evaluations
                .iter()
                .any(|e| e.is_announced() && e.sitting == Some(id))
        {
            return Err(EditError::Locked {
                what: format!("{name}的表决或测评"),
                change: "删除该次会议".to_owned(),
            });
        }
        self.details.sittings.retain(|s| s.id != id);
        for item in &mut self.agenda {
            if item.sitting == Some(id) {
                item.sitting = None;
            }
        }
        for vote in &mut self.votes {
            if vote.sitting == Some(id) {
                vote.sitting = None;
            }
        }
        for evaluation in &mut self.evaluations {
            if evaluation.sitting == Some(id) {
                evaluation.sitting = None;
            }
        }
        Ok(())
    }

    // ----- roster and attendance -----

    /// Adds a member with a role at the end of the role's group.
    pub fn add_member(&mut self, role: Role) -> MemberId {
        let id = next_id(self.roster.iter().map(|m| m.id));
        let rank = self
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
        let at = self
            .roster
            .iter()
            .rposition(|m| m.role <= role)
            .map_or(0, |p| p + 1);
        self.roster.insert(at, member);
        id
    }

    /// Inserts a new member with the role of `next_to` just above or below that member (a
    /// row's 在上方插入 / 在下方插入); the new member's id.
    pub fn insert_member_beside(&mut self, next_to: MemberId, below: bool) -> Option<MemberId> {
        let role = self.member(next_to)?.role;
        let id = self.add_member(role);
        let from = self.roster.iter().position(|m| m.id == id)?;
        let member = self.roster.remove(from);
        let at = self.roster.iter().position(|m| m.id == next_to)? + usize::from(below);
        self.roster.insert(at.min(self.roster.len()), member);
        Some(id)
    }

    /// Deletes a member with their attendance, ballots and presiding; refused while one of
    /// their ballots is in an announced vote or evaluation.
    pub fn delete_member(&mut self, id: MemberId) -> Result<(), EditError> {
        self.delete_members(&[id])
    }

    /// Deletes members with their attendance, ballots and presiding, in one pass over the
    /// session whatever their number (a replacing import removes thousands); all or nothing:
    /// refused, unchanged, while a ballot of one of them is in an announced vote or evaluation.
    pub fn delete_members(&mut self, ids: &[MemberId]) -> Result<(), EditError> {
        if ids.is_empty() {
            return Ok(());
        }
        let gone: std::collections::HashSet<MemberId> = ids.iter().copied().collect();
        let announced_ballot = self
            .votes
            .iter()
            .filter(|v| v.is_announced())
            .find_map(|v| match &v.record {
                VoteRecord::Ballots(b) => b.iter().find(|b| gone.contains(&b.member)),
                _ => None,
            })
            .map(|b| b.member)
            .or_else(|| {
                self.evaluations
                    .iter()
                    .filter(|e| e.is_announced())
                    .find_map(|e| match &e.record {
                        EvaluationRecord::Ballots(b) => b.iter().find(|b| gone.contains(&b.member)),
                        _ => None,
                    })
                    .map(|b| b.member)
            });
        if let Some(id) = announced_ballot {
            let name = self.member(id).map(|m| m.name.clone()).unwrap_or_default();
            return Err(EditError::Locked {
                what: format!("{name}的表决票所在的表决"),
                change: "删除此人".to_owned(),
            });
        }
        let clear = |slot: &mut Option<MemberId>| {
            if slot.is_some_and(|id| gone.contains(&id)) {
                *slot = None;
            }
        };
        self.roster.retain(|m| !gone.contains(&m.id));
        self.absences.retain(|a| !gone.contains(&a.member));
        self.seating.seats.retain(|s| !gone.contains(&s.member));
        clear(&mut self.details.presiding);
        clear(&mut self.details.entrusted_by);
        for sitting in &mut self.details.sittings {
            clear(&mut sitting.presiding);
            clear(&mut sitting.entrusted_by);
            if let Some(absences) = &mut sitting.absences {
                absences.retain(|a| !gone.contains(&a.member));
            }
        }
        for vote in &mut self.votes {
            if let VoteRecord::Ballots(ballots) = &mut vote.record {
                ballots.retain(|b| !gone.contains(&b.member));
            }
        }
        for evaluation in &mut self.evaluations {
            if let EvaluationRecord::Ballots(ballots) = &mut evaluation.record {
                ballots.retain(|b| !gone.contains(&b.member));
            }
        }
        Ok(())
    }

    /// Puts the roster in list order: role, rank, and 委员 in stroke order.
    pub fn sort_roster_by_strokes(&mut self) {
        let mode = self.body.settings.name_order;
        crate::collation::sort_by_name(&mut self.roster, mode, |m| {
            m.sort_as.as_deref().unwrap_or(&m.name)
        });
        self.roster
            .sort_by_key(|m| (m.role, if m.role == Role::Member { 0 } else { m.rank }));
    }

    /// Present → on leave → absent → present.
    pub fn cycle_attendance(&mut self, id: MemberId) {
        self.cycle_attendance_at(id, None);
    }

    /// As [`Self::cycle_attendance`], at a sitting with its own attendance (else the session).
    pub fn cycle_attendance_at(&mut self, id: MemberId, sitting: Option<SittingId>) {
        let next = match self.attendance_at(id, sitting) {
            AttendanceStatus::Present => AttendanceStatus::OnLeave(String::new()),
            AttendanceStatus::OnLeave(_) => AttendanceStatus::Absent,
            AttendanceStatus::Absent => AttendanceStatus::Present,
        };
        self.change_attendance_at(id, sitting, next);
    }

    /// Sets one member's attendance (nothing for someone not on the roster).
    pub fn change_attendance(&mut self, id: MemberId, status: AttendanceStatus) {
        self.change_attendance_at(id, None, status);
    }

    /// As [`Self::change_attendance`], at a sitting with its own attendance (else the session).
    pub fn change_attendance_at(
        &mut self,
        id: MemberId,
        sitting: Option<SittingId>,
        status: AttendanceStatus,
    ) {
        if self.member(id).is_some() {
            self.set_attendance_at(id, sitting, status);
        }
    }

    /// Marks everybody present.
    pub fn all_present(&mut self) {
        self.all_present_at(None);
    }

    /// As [`Self::all_present`], at a sitting with its own attendance (else the session).
    pub fn all_present_at(&mut self, sitting: Option<SittingId>) {
        match sitting.and_then(|id| self.details.sittings.iter_mut().find(|s| s.id == id)) {
            Some(sitting) if sitting.absences.is_some() => sitting.absences = Some(Vec::new()),
            _ => self.absences.clear(),
        }
    }

    // ----- 列席 -----

    /// Marks a person of a 列席 unit as excused (请假) with `leave`'s reason (may be empty), or as
    /// attending (`None`); a name the unit does not have is ignored.
    pub fn set_observer_leave(&mut self, unit: ObserverUnitId, name: &str, leave: Option<&str>) {
        let Some(unit) = self.observers.iter_mut().find(|u| u.id == unit) else {
            return;
        };
        if !unit.people.iter().any(|p| p.name == name) {
            return;
        }
        unit.on_leave.retain(|l| l.name != name);
        if let Some(reason) = leave {
            unit.on_leave.push(super::session::ObserverLeave {
                name: name.to_owned(),
                reason: reason.trim().to_owned(),
            });
        }
    }

    /// Adds an empty unit of 列席 attendees.
    pub fn add_observer_unit(&mut self) -> ObserverUnitId {
        let id = next_id(self.observers.iter().map(|u| u.id));
        self.observers.push(ObserverUnit {
            id,
            unit: String::new(),
            people: Vec::new(),
            on_leave: Vec::new(),
        });
        id
    }

    /// Inserts an empty unit at position `at` (the end if beyond it).
    pub fn insert_observer_unit(&mut self, at: usize) -> ObserverUnitId {
        let id = self.add_observer_unit();
        if let Some(unit) = self.observers.pop() {
            self.observers.insert(at.min(self.observers.len()), unit);
        }
        id
    }

    /// Deletes a unit.
    pub fn delete_observer_unit(&mut self, id: ObserverUnitId) {
        self.observers.retain(|u| u.id != id);
    }

    /// Moves a unit so that it ends at position `to`.
    pub fn move_observer_unit(&mut self, from: usize, to: usize) {
        move_item(&mut self.observers, from, to);
    }

    // ----- reports and texts -----

    /// Adds a report (linked to an item if given).
    pub fn add_report(&mut self, link_to: Option<AgendaItemId>) -> ReportId {
        let id = next_id(self.reports.iter().map(|r| r.id));
        let report = Report {
            id,
            kind: ReportKind::SpecialWorkReport,
            title: String::new(),
            submitter: String::new(),
            presenter: String::new(),
            date: self.first_date(),
            salutation: self.body.salutation().to_owned(),
            body: vec![Block::Paragraph(String::new())],
            closing: "以上报告，请予审议。".to_owned(),
            attachments: Vec::new(),
        };
        self.reports.push(report);
        if let Some(item) = link_to {
            self.link_document(item, DocumentRef::Report(id));
        }
        id
    }

    /// Deletes a report and every reference to it (items, explanations, evaluations).
    pub fn delete_report(&mut self, id: ReportId) {
        self.reports.retain(|r| r.id != id);
        for item in &mut self.agenda {
            item.documents.retain(|d| *d != DocumentRef::Report(id));
        }
        for resolution in &mut self.resolutions {
            if resolution.explanation == Some(id) {
                resolution.explanation = None;
            }
        }
        for evaluation in &mut self.evaluations {
            evaluation.reports.retain(|r| *r != id);
        }
    }

    /// The blocks of a text, if it exists.
    pub fn text_blocks_mut(&mut self, target: TextTarget) -> Option<&mut Vec<Block>> {
        match target {
            TextTarget::Report(id) => self
                .reports
                .iter_mut()
                .find(|r| r.id == id)
                .map(|r| &mut r.body),
            TextTarget::Attachment(id, index) => self
                .reports
                .iter_mut()
                .find(|r| r.id == id)
                .and_then(|r| r.attachments.get_mut(index))
                .map(|a| &mut a.body),
            TextTarget::Resolution(id) => self
                .resolutions
                .iter_mut()
                .find(|r| r.id == id)
                .map(|r| &mut r.body),
        }
    }

    /// Inserts a block into a text.
    pub fn insert_block(&mut self, target: TextTarget, index: usize, block: Block) {
        if let Some(blocks) = self.text_blocks_mut(target) {
            blocks.insert(index.min(blocks.len()), block);
        }
    }

    /// Deletes a block of a text.
    pub fn delete_block(&mut self, target: TextTarget, index: usize) {
        if let Some(blocks) = self.text_blocks_mut(target)
            && index < blocks.len()
        {
            blocks.remove(index);
        }
    }

    /// Moves a block so that it ends at position `to`.
    pub fn move_block(&mut self, target: TextTarget, from: usize, to: usize) {
        if let Some(blocks) = self.text_blocks_mut(target) {
            move_item(blocks, from, to);
        }
    }

    /// Replaces a whole text.
    pub fn replace_body(&mut self, target: TextTarget, blocks: Vec<Block>) {
        if let Some(existing) = self.text_blocks_mut(target) {
            *existing = blocks;
        }
    }

    /// Adds a row to a table block (a copy of the last row's width, empty).
    pub fn add_table_row(&mut self, target: TextTarget, block: usize) {
        if let Some(Block::Table(table)) = self
            .text_blocks_mut(target)
            .and_then(|blocks| blocks.get_mut(block))
        {
            let width = table.rows.iter().map(Vec::len).max().unwrap_or(1).max(1);
            table.rows.push(vec![String::new(); width]);
        }
    }

    /// Adds an empty column at the right of a table block.
    pub fn add_table_column(&mut self, target: TextTarget, block: usize) {
        if let Some(Block::Table(table)) = self
            .text_blocks_mut(target)
            .and_then(|blocks| blocks.get_mut(block))
        {
            for row in &mut table.rows {
                row.push(String::new());
            }
        }
    }

    // ----- resolutions -----

    /// Adds a draft resolution.
    pub fn add_resolution(&mut self) -> ResolutionId {
        let id = next_id(self.resolutions.iter().map(|r| r.id));
        self.resolutions.push(Resolution {
            id,
            kind: ResolutionKind::Resolution,
            title: format!("{}关于的决议", self.body.name),
            status: ResolutionStatus::Draft,
            legacy_result: None,
            body: vec![Block::Paragraph(String::new())],
            explanation: None,
            approval: None,
            entry: None,
        });
        id
    }

    /// Generates the 决定 a personnel entry is adopted as (accepting a resignation, naming an
    /// acting head; DOMAIN.md §8): its title and text from the entry, as a draft to edit before
    /// adoption, linked to the entry so that the entry's vote decides it. An existing one is
    /// regenerated while its vote is not announced. `None` for an entry of another verb.
    pub fn generate_personnel_decision(
        &mut self,
        entry: EntryId,
    ) -> Result<Option<ResolutionId>, EditError> {
        let Some((_, found)) = self.entry(entry) else {
            return Ok(None);
        };
        let Some((title, text)) = crate::export::phrases::personnel_decision(self, found) else {
            return Ok(None);
        };
        if let Some(existing) = self.resolutions.iter().position(|r| r.entry == Some(entry)) {
            self.guard(Decided::Entries(&[entry]), "重新生成")?;
            let resolution = &mut self.resolutions[existing];
            resolution.title = title;
            resolution.body = vec![Block::Paragraph(text)];
            return Ok(Some(resolution.id));
        }
        let id = next_id(self.resolutions.iter().map(|r| r.id));
        self.resolutions.push(Resolution {
            id,
            kind: ResolutionKind::Decision,
            title,
            status: ResolutionStatus::Draft,
            legacy_result: None,
            body: vec![Block::Paragraph(text)],
            explanation: None,
            approval: None,
            entry: Some(entry),
        });
        Ok(Some(id))
    }

    /// Sets what a person decides about a resolution (草案, 暂不付表决, 撤回); refused while its
    /// vote is announced: adopted or rejected come only from that vote.
    pub fn set_resolution_status(
        &mut self,
        id: ResolutionId,
        status: ResolutionStatus,
    ) -> Result<(), EditError> {
        let Some(found) = self.resolution(id) else {
            return Ok(());
        };
        if found.status == status {
            return Ok(());
        }
        self.guard(Decided::Resolution(id), "改变状态")?;
        if let Some(found) = self.resolutions.iter_mut().find(|r| r.id == id) {
            found.status = status;
        }
        Ok(())
    }

    /// Deletes a resolution, its links and its vote; refused while that vote is announced.
    pub fn delete_resolution(&mut self, id: ResolutionId) -> Result<(), EditError> {
        let subject = VoteSubject::Resolution(id);
        self.guard(Decided::Subject(&subject), "删除")?;
        self.resolutions.retain(|r| r.id != id);
        for item in &mut self.agenda {
            item.documents.retain(|d| *d != DocumentRef::Resolution(id));
        }
        self.votes.retain(|v| v.subject != subject);
        Ok(())
    }

    // ----- appointments -----

    /// Adds an empty appointment motion, linked to the session's 人事任免 item (the last one
    /// where there are several), so that it is voted on and printed on the ballots; a session
    /// without one gets an item 「审议人事任免事项」 at the end of its agenda.
    pub fn add_motion(&mut self) -> MotionId {
        let id = next_id(self.motions.iter().map(|m| m.id));
        let item = match self
            .agenda
            .iter()
            .rev()
            .find(|i| i.kind == AgendaKind::Appointments)
        {
            Some(item) => item.id,
            None => {
                let item = self.add_agenda_item(None);
                if let Some(added) = self.agenda.iter_mut().find(|i| i.id == item) {
                    added.kind = AgendaKind::Appointments;
                    "审议人事任免事项".clone_into(&mut added.title);
                }
                item
            }
        };
        self.link_document(item, DocumentRef::Motion(id));
        self.motions.push(AppointmentMotion {
            id,
            title: "关于提请任免同志职务的议案".to_owned(),
            document_number: String::new(),
            nominator: Nominator::CouncilOfChairpersons,
            addressee: self.body.short_name.clone(),
            basis: "现提请任命：".to_owned(),
            signatory: String::new(),
            date: None,
            entries: Vec::new(),
            vote_together: false,
            presenter: String::new(),
        });
        id
    }

    /// Deletes a motion with its entries, links and votes; refused while one of its entries is
    /// in an announced vote.
    pub fn delete_motion(&mut self, id: MotionId) -> Result<(), EditError> {
        let entry_ids: Vec<EntryId> = self
            .motions
            .iter()
            .filter(|m| m.id == id)
            .flat_map(|m| m.entries.iter().map(|e| e.id))
            .collect();
        self.guard(Decided::Entries(&entry_ids), "删除")?;
        self.motions.retain(|m| m.id != id);
        for item in &mut self.agenda {
            item.documents.retain(|d| *d != DocumentRef::Motion(id));
        }
        self.remove_entries_from_votes(&entry_ids);
        Ok(())
    }

    /// Moves a motion so that it ends at position `to`.
    pub fn move_motion(&mut self, from: usize, to: usize) {
        move_item(&mut self.motions, from, to);
    }

    /// Adds an entry to a motion.
    pub fn add_entry(&mut self, motion: MotionId, action: AppointmentAction) -> Option<EntryId> {
        let id = next_id(self.entries().map(|e| e.id));
        let motion = self.motions.iter_mut().find(|m| m.id == motion)?;
        motion.entries.push(AppointmentEntry::of_one(
            id,
            action,
            Appointee::default(),
            vec![String::new()],
        ));
        Some(id)
    }

    /// Deletes an entry and takes it out of its vote; refused while that vote is announced.
    pub fn delete_entry(&mut self, id: EntryId) -> Result<(), EditError> {
        self.guard(Decided::Entries(&[id]), "删除")?;
        for motion in &mut self.motions {
            motion.entries.retain(|e| e.id != id);
        }
        self.remove_entries_from_votes(&[id]);
        Ok(())
    }

    /// The entry with this id to change it: refused while its vote is announced.
    fn entry_to_change(
        &mut self,
        id: EntryId,
        change: &str,
    ) -> Result<Option<&mut AppointmentEntry>, EditError> {
        self.guard(Decided::Entries(&[id]), change)?;
        Ok(self
            .motions
            .iter_mut()
            .flat_map(|m| m.entries.iter_mut())
            .find(|e| e.id == id))
    }

    /// Changes an entry's verb (任命, 免去, 决定代理 …).
    pub fn set_entry_action(
        &mut self,
        id: EntryId,
        action: AppointmentAction,
    ) -> Result<(), EditError> {
        if let Some(entry) = self.entry_to_change(id, "修改")? {
            entry.action = action;
        }
        Ok(())
    }

    /// Sets an entry's people from a list as the editor shows it (「张三、李四（女）」).
    pub fn set_entry_people(&mut self, id: EntryId, text: &str) -> Result<(), EditError> {
        if let Some(entry) = self.entry_to_change(id, "修改")? {
            entry.set_people_from_text(text);
        }
        Ok(())
    }

    /// Sets the gender of the person at `index` of an entry.
    pub fn set_entry_gender(
        &mut self,
        id: EntryId,
        index: usize,
        gender: Gender,
    ) -> Result<(), EditError> {
        if let Some(entry) = self.entry_to_change(id, "修改")?
            && let Some(person) = entry.people.get_mut(index)
        {
            person.gender = gender;
        }
        Ok(())
    }

    /// Sets an entry's posts.
    pub fn set_entry_posts(&mut self, id: EntryId, posts: Vec<String>) -> Result<(), EditError> {
        if let Some(entry) = self.entry_to_change(id, "修改")? {
            entry.posts = posts;
        }
        Ok(())
    }

    /// Inserts an empty entry with the verb `action` at position `at` of a motion (the end if
    /// beyond it).
    pub fn insert_entry(
        &mut self,
        motion: MotionId,
        at: usize,
        action: AppointmentAction,
    ) -> Option<EntryId> {
        let id = self.add_entry(motion, action)?;
        let motion = self.motions.iter_mut().find(|m| m.id == motion)?;
        if let Some(entry) = motion.entries.pop() {
            motion.entries.insert(at.min(motion.entries.len()), entry);
        }
        Some(id)
    }

    /// Moves an entry within its motion so that it ends at position `to`.
    pub fn move_entry(&mut self, motion: MotionId, from: usize, to: usize) {
        if let Some(motion) = self.motions.iter_mut().find(|m| m.id == motion) {
            move_item(&mut motion.entries, from, to);
        }
    }

    /// Whether a motion's entries are voted on together (合并表决). Refused once any of them has a
    /// vote recorded: the record would no longer match what is voted on.
    pub fn set_vote_together(&mut self, motion: MotionId, together: bool) -> Result<(), EditError> {
        let Some(found) = self.motions.iter().find(|m| m.id == motion) else {
            return Ok(());
        };
        if found.vote_together == together {
            return Ok(());
        }
        let recorded = found
            .entries
            .iter()
            .any(|e| decisions::vote_for_entry(self, e.id).is_some());
        if recorded {
            return Err(EditError::Refused(
                "本议案的任免事项已有表决记录，不能再改变表决方式。请先删除这些表决记录。"
                    .to_owned(),
            ));
        }
        if let Some(motion) = self.motions.iter_mut().find(|m| m.id == motion) {
            motion.vote_together = together;
        }
        Ok(())
    }

    fn remove_entries_from_votes(&mut self, ids: &[EntryId]) {
        for vote in &mut self.votes {
            if let VoteSubject::Entries(entries) = &mut vote.subject {
                entries.retain(|e| !ids.contains(e));
            }
        }
        self.votes
            .retain(|v| !matches!(&v.subject, VoteSubject::Entries(e) if e.is_empty()));
    }

    // ----- votes -----

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

    // ----- evaluations -----

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

    // ----- the body -----

    /// Adopts a house style (DOMAIN.md §15): the body's identity and every setting are replaced
    /// by `body`, as read from a house-style file. Nothing else changes: the roster keeps its
    /// order and the documents their text; the published forms follow the new settings.
    pub fn adopt_house_style(&mut self, body: super::body::Body) {
        self.body = body;
    }

    /// Sets the body's forms (FORMS.md): what 本机关 and the learner (「从往期公报学习…」, `huiwu
    /// style learn`) change, one undo step in the window.
    pub fn set_form_choices(&mut self, choices: crate::wording::forms::FormChoices) {
        self.body.settings.forms = choices;
    }

    // ----- the next session -----

    /// A new session that follows this one: the same body, roster (everybody present again) and
    /// 列席 units, the next session number, and no documents, votes or dates.
    pub fn next_session(&self) -> Session {
        let mut session = Session::new_empty(self.body.clone());
        session.details.number = self.details.number.saturating_add(1);
        session.details.presiding = self.details.presiding;
        session.details.entrusted_by = self.details.entrusted_by;
        session.roster = self.roster.clone();
        session.observers = self.observers.clone();
        // The same hall; the 委员 move on a row, so that nobody always sits at the back.
        session.seating.rows = self.seating.rows;
        session.seating.seats_per_row = self.seating.seats_per_row;
        session.seating.rotation = self.seating.rotation.wrapping_add(1);
        session
    }
}

/// An empty record in `mode`; counts carry over `counts` where given.
fn empty_record(mode: RecordMode, counts: Option<Tally>) -> VoteRecord {
    match mode {
        RecordMode::Counts => VoteRecord::Counts(counts.unwrap_or_default()),
        RecordMode::Ballots => VoteRecord::Ballots(Vec::new()),
        RecordMode::ResultOnly(result) => VoteRecord::ResultOnly(result),
    }
}
