//! Reports and resolutions: the documents an agenda item concerns.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::DocumentRef;
use super::Session;
use super::VoteSubject;
use super::agenda::LegacyResult;
use super::edit::EditError;
use super::edit::move_item;
use super::guard::Decided;
use super::ids::AgendaItemId;
use super::ids::{EntryId, ReportId, ResolutionId};
use super::next_id;
use super::text::Block;

/// A report, explanation or speech tabled at the session, with its full text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Report {
    /// Stable id, referenced by agenda items, resolutions and evaluations.
    pub id: ReportId,
    /// The kind: 专项工作报告, 调研报告, 说明 …
    pub kind: ReportKind,
    /// The title as printed: 关于2023年重点民生实事办理情况的专项工作报告.
    pub title: String,
    /// The submitting unit (提请/报告单位): 市人民政府, 市审计局, 市人大常委会执法检查组.
    pub submitter: String,
    /// The person presenting it, with title, when the byline names a person:
    /// 「市人大常委会副主任 尚欣」. Empty when the byline is the unit.
    #[serde(default, skip_serializing_if = "String::is_empty")] // most bylines name a unit
    pub presenter: String,
    /// Who entrusted the presenter with the report (委托人, FORMS.md §3 `report_entrusted`):
    /// 「主任会议」 for 「受主任会议委托，秘书长俞宝祥作…。」; empty: no one.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    // new with issue 23 (format 6): files without it have no report made on another's behalf
    pub entrusted_by: String,
    /// The date in the header line 「——2023年12月21日在…会议上」.
    #[serde(default)] // a report being drafted may have no date yet
    pub date: Option<NaiveDate>,
    /// The salutation line: 「主任、各位副主任、秘书长、各位委员：」; empty for none.
    #[serde(default)] // speeches and attachments have none
    pub salutation: String,
    /// The body, block by block.
    pub body: Vec<Block>,
    /// The closing line: 「以上报告，请予审议。」; empty for none.
    #[serde(default)] // not every document has one
    pub closing: String,
    /// Attachments (附件) printed after the report, each with its own title and body.
    #[serde(default, skip_serializing_if = "Vec::is_empty")] // few reports have any
    pub attachments: Vec<Attachment>,
}

impl Report {
    /// The line under the header: the presenter when named, else the submitting unit.
    pub fn byline(&self) -> &str {
        if self.presenter.is_empty() {
            &self.submitter
        } else {
            &self.presenter
        }
    }

    /// How many half-width marks of Chinese text the report's texts hold (its title, body and
    /// attachments): a copy's slips the gazette should not print (FORMS.md §22).
    pub fn half_width_marks(&self) -> usize {
        self.with_full_width_punctuation().1
    }

    /// The report with the half-width punctuation of its texts made full-width, and how many
    /// marks changed.
    pub fn with_full_width_punctuation(&self) -> (Report, usize) {
        use super::text::full_width_punctuation;
        let mut report = self.clone();
        let mut count = 0;
        let mut text = |value: &mut String| {
            let (changed, n) = full_width_punctuation(value);
            *value = changed;
            count += n;
        };
        text(&mut report.title);
        text(&mut report.closing);
        for block in report.body.iter_mut().chain(
            report
                .attachments
                .iter_mut()
                .flat_map(|a| a.body.iter_mut()),
        ) {
            let (changed, n) = block.full_width_punctuation();
            *block = changed;
            count += n;
        }
        for attachment in &mut report.attachments {
            let (changed, n) = full_width_punctuation(&attachment.title);
            attachment.title = changed;
            count += n;
        }
        (report, count)
    }

    /// Characters of body text (attachments included), for the editor's size figures.
    pub fn char_count(&self) -> usize {
        let attachments: usize = self
            .attachments
            .iter()
            .flat_map(|a| &a.body)
            .map(Block::char_count)
            .sum();
        self.body.iter().map(Block::char_count).sum::<usize>() + attachments
    }
}

/// An attachment to a report (附件), e.g. the evaluation report of the 十四五 plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Attachment {
    /// The attachment's title.
    pub title: String,
    /// The attachment's text.
    pub body: Vec<Block>,
}

/// Kinds of documents tabled (DOMAIN.md glossary: 报告).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ReportKind {
    /// 专项工作报告.
    #[default]
    SpecialWorkReport,
    /// 工作报告 (报告 in general).
    WorkReport,
    /// 调研报告.
    SurveyReport,
    /// 视察报告.
    InspectionVisitReport,
    /// 执法检查报告.
    LawEnforcementInspectionReport,
    /// 审计整改报告.
    AuditRectificationReport,
    /// 说明: explanation of a draft.
    Explanation,
    /// 讲话: a speech, e.g. the chair's closing speech.
    Speech,
}

impl ReportKind {
    /// Every kind, in the order the editor offers them.
    pub const ALL: [ReportKind; 8] = [
        Self::SpecialWorkReport,
        Self::WorkReport,
        Self::SurveyReport,
        Self::InspectionVisitReport,
        Self::LawEnforcementInspectionReport,
        Self::AuditRectificationReport,
        Self::Explanation,
        Self::Speech,
    ];

    /// The kind a title names: 「…执法检查情况的报告」 → 执法检查报告, 「…的说明」 → 说明; a
    /// title that names none is a 专项工作报告 (the default).
    pub fn from_title(title: &str) -> Self {
        let title = title.trim();
        if title.contains("执法检查") {
            Self::LawEnforcementInspectionReport
        } else if title.contains("审计") && title.contains("整改") {
            Self::AuditRectificationReport
        } else if title.contains("调研") {
            Self::SurveyReport
        } else if title.contains("视察") {
            Self::InspectionVisitReport
        } else if title.ends_with("说明") {
            Self::Explanation
        } else if title.ends_with("讲话") {
            Self::Speech
        } else if title.contains("专项工作报告") {
            Self::SpecialWorkReport
        } else if title.contains("工作报告") {
            Self::WorkReport
        } else {
            Self::SpecialWorkReport
        }
    }

    /// The kind as the office names it.
    pub fn label(self) -> &'static str {
        match self {
            Self::SpecialWorkReport => "专项工作报告",
            Self::WorkReport => "工作报告",
            Self::SurveyReport => "调研报告",
            Self::InspectionVisitReport => "视察报告",
            Self::LawEnforcementInspectionReport => "执法检查报告",
            Self::AuditRectificationReport => "审计整改报告",
            Self::Explanation => "说明",
            Self::Speech => "讲话",
        }
    }
}

/// A resolution, decision or other document the committee adopts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Resolution {
    /// Stable id, referenced by agenda items and votes.
    pub id: ResolutionId,
    /// 决议, 决定 or 规范.
    pub kind: ResolutionKind,
    /// The full title: 鹤壁市人民代表大会常务委员会关于加强检察建议工作的决议.
    pub title: String,
    /// What a person decided (draft, deferred, withdrawn); its vote decides the rest.
    pub status: ResolutionStatus,
    /// A result stored by an earlier version that disagrees with the resolution's vote.
    #[serde(default, skip_serializing_if = "Option::is_none")] // only in migrated files
    pub legacy_result: Option<LegacyResult>,
    /// The text, block by block.
    pub body: Vec<Block>,
    /// The report that explains the draft (说明) or that the resolution approves, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")] // not every resolution has one
    pub explanation: Option<ReportId>,
    /// For a local regulation: the provincial committee's approval, printed under the title.
    #[serde(default, skip_serializing_if = "Option::is_none")] // only regulations have one
    pub approval: Option<Approval>,
    /// For a personnel decision (accepting a resignation, naming an acting head): the entry it
    /// was generated from. The entry's vote decides it (DOMAIN.md §8).
    #[serde(default, skip_serializing_if = "Option::is_none")] // most documents stand alone
    pub entry: Option<EntryId>,
}

/// The approval of a local regulation by the provincial committee (DOMAIN.md §12).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Approval {
    /// The day it was approved.
    pub date: Option<NaiveDate>,
    /// The approving session as the line names it: 「某省第十四届人民代表大会常务委员会第九次会议」.
    pub by: String,
}

/// Kinds of documents the committee adopts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ResolutionKind {
    /// 决议.
    #[default]
    Resolution,
    /// 决定.
    Decision,
    /// 规范, 办法, 规则: the committee's own working rules.
    WorkingRules,
    /// 地方性法规: a local regulation, approved by the provincial committee.
    LocalRegulation,
}

impl ResolutionKind {
    /// Every kind, in the order the editor offers them.
    pub const ALL: [ResolutionKind; 4] = [
        Self::Resolution,
        Self::Decision,
        Self::WorkingRules,
        Self::LocalRegulation,
    ];

    /// 决议, 决定, 规范.
    pub fn label(self) -> &'static str {
        match self {
            Self::Resolution => "决议",
            Self::Decision => "决定",
            Self::WorkingRules => "工作规范",
            Self::LocalRegulation => "地方性法规",
        }
    }
}

/// What a person decided about a resolution. Adopted and rejected are not here: they come from
/// its announced vote (see [`crate::model::decisions::resolution_state`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ResolutionStatus {
    /// 草案: to be voted on.
    #[default]
    Draft,
    /// 暂不付表决: put off to a later session.
    Deferred,
    /// 撤回: withdrawn.
    Withdrawn,
}

impl ResolutionStatus {
    /// Every status, in the order the editor offers them.
    pub const ALL: [ResolutionStatus; 3] = [Self::Draft, Self::Deferred, Self::Withdrawn];

    /// 草案, 暂不付表决, 撤回.
    pub fn label(self) -> &'static str {
        match self {
            Self::Draft => "草案（以表决为准）",
            Self::Deferred => "暂不付表决",
            Self::Withdrawn => "撤回",
        }
    }
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

/// Changes to reports and texts.
impl Session {
    /// Adds a report (linked to an item if given).
    pub fn add_report(&mut self, link_to: Option<AgendaItemId>) -> ReportId {
        let id = next_id(self.reports.iter().map(|r| r.id));
        let report = Report {
            id,
            kind: ReportKind::SpecialWorkReport,
            title: String::new(),
            submitter: String::new(),
            presenter: String::new(),
            entrusted_by: String::new(),
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

    /// Sets who entrusted the presenter with a report (委托人, FORMS.md §3 `report_entrusted`),
    /// as typed (printed trimmed); empty: no one. Nothing happens for an unknown report.
    pub fn set_report_entrusted_by(&mut self, id: ReportId, entrusted_by: &str) {
        if let Some(report) = self.reports.iter_mut().find(|r| r.id == id) {
            entrusted_by.clone_into(&mut report.entrusted_by);
        }
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
}

/// Changes to resolutions.
impl Session {
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
        let Some((title, text)) = crate::wording::phrases::personnel_decision(self, found) else {
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
}
