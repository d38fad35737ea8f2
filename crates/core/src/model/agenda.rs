//! The agenda (议程): ordered items, each with the documents it concerns and its outcome.

use serde::{Deserialize, Serialize};

use super::Session;
use super::VoteSubject;
use super::edit::EditError;
use super::edit::move_item;
use super::guard::Decided;
use super::ids::{AgendaItemId, MotionId, ReportId, ResolutionId, SittingId};
use super::next_id;

/// One item of the agenda (议题).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgendaItem {
    /// Stable id, referenced by votes.
    pub id: AgendaItemId,
    /// What the session does with the item.
    pub kind: AgendaKind,
    /// The item as the agenda prints it, without the leading 「一、」:
    /// 听取和审议市人民政府关于2023年重点民生实事办理情况的专项工作报告.
    pub title: String,
    /// Who submitted it (提请): 市人民政府, 主任会议 …
    #[serde(default)] // not known while drafting
    pub submitter: String,
    /// Who presents it (报告人), with title; may be empty.
    #[serde(default)] // not known while drafting
    pub presenter: String,
    /// The documents the item concerns, in the order they are heard.
    #[serde(default)] // an item may be added before its documents exist
    pub documents: Vec<DocumentRef>,
    /// The sitting at which the item is heard; `None`: not placed in one (a one-sitting session).
    #[serde(default, skip_serializing_if = "Option::is_none")] // a one-sitting session
    pub sitting: Option<SittingId>,
    /// What a person decided about it (heard only, deferred, withdrawn); votes decide the rest.
    #[serde(default)] // pending until the session has dealt with it
    pub outcome: Outcome,
    /// A result stored by an earlier version that disagrees with the item's vote.
    #[serde(default, skip_serializing_if = "Option::is_none")] // only in migrated files
    pub legacy_result: Option<LegacyResult>,
    /// How the news release names the item (FORMS.md §8): derived from its documents, in the
    /// office's own words, or not at all.
    #[serde(default, skip_serializing_if = "NewsMention::is_derived")]
    // new with issue 24: files without it have the release derive every item
    pub news: NewsMention,
    /// The item's own verb (FORMS.md §7, 「a free verb per item」): what the news and the
    /// minutes say the session did with it instead of the house verb. A verb its name follows
    /// after 「会议」 (「原则通过了」: 「会议原则通过了…。」), or a sentence of its own with
    /// 「{议题}」 where its name goes (「经分组审议，会议表决通过了{议题}」); empty: the house
    /// verb. Worded by [`crate::wording::phrases::item_own_words`].
    #[serde(default, skip_serializing_if = "String::is_empty")]
    // new with issue 23 (format 6): files without it have every item in the house verb
    pub verb: String,
}

/// How the news release names an agenda item, after its submitter (FORMS.md §8, the seed's
/// 「市政府关于2023年重点民生实事办理情况，关于…等报告」).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum NewsMention {
    /// From the item's documents: its first report's title without 「的…报告」, its resolution's
    /// title without the body's name, or for a 工作评议 「关于…工作评议情况」.
    #[default]
    Derived,
    /// In the office's words, as the release writes it after the submitter:
    /// 「关于国民经济和社会发展“十四五”规划中期评估」.
    Phrase(String),
    /// Not named (the release reports only the main business).
    Omitted,
}

impl NewsMention {
    /// Whether the release derives the item's words (the file then leaves the setting out).
    pub fn is_derived(&self) -> bool {
        *self == Self::Derived
    }
}

/// What the session does with an agenda item.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum AgendaKind {
    /// 听取和审议: hear and deliberate a report.
    #[default]
    HearAndDeliberate,
    /// 听取: hear a report only (「会议听取了…」).
    Hear,
    /// 表决: a vote only, without deliberation at this session.
    Vote,
    /// 审议: deliberate a draft (a resolution, decision, rules), usually ending in a vote.
    DeliberateDraft,
    /// 工作评议: evaluate the work of units, ending in a satisfaction evaluation.
    WorkEvaluation,
    /// 专题询问: inquiry.
    Inquiry,
    /// 人事任免: appointments.
    Appointments,
    /// 满意度测评: an evaluation on its own.
    Evaluation,
    /// 其他.
    Other,
}

impl AgendaKind {
    /// Every kind, in the order the editor offers them.
    pub const ALL: [AgendaKind; 9] = [
        Self::HearAndDeliberate,
        Self::Hear,
        Self::DeliberateDraft,
        Self::Vote,
        Self::WorkEvaluation,
        Self::Inquiry,
        Self::Evaluation,
        Self::Appointments,
        Self::Other,
    ];

    /// The kind as the agenda says it.
    pub fn label(self) -> &'static str {
        match self {
            Self::HearAndDeliberate => "听取审议",
            Self::Hear => "听取",
            Self::Vote => "表决",
            Self::Evaluation => "满意度测评",
            Self::DeliberateDraft => "审议草案",
            Self::WorkEvaluation => "工作评议",
            Self::Inquiry => "专题询问",
            Self::Appointments => "人事任免",
            Self::Other => "其他",
        }
    }
}

impl AgendaKind {
    /// What an item of this kind is decided by, unless someone says otherwise: 听取, 专题询问,
    /// 工作评议 and 满意度测评 take no vote on the item itself (the evaluation is a vote of its
    /// own); the others wait for their votes.
    pub fn default_outcome(self) -> Outcome {
        match self {
            Self::Hear | Self::Inquiry | Self::WorkEvaluation | Self::Evaluation => {
                Outcome::Deliberated
            }
            Self::HearAndDeliberate
            | Self::Vote
            | Self::DeliberateDraft
            | Self::Appointments
            | Self::Other => Outcome::Pending,
        }
    }
}

impl AgendaItem {
    /// Changes the item's kind; an outcome still at the old kind's default follows the new
    /// kind's (a 听取 item is heard without a vote), one chosen by hand (暂缓, 撤回) stays.
    pub fn set_kind(&mut self, kind: AgendaKind) {
        if self.outcome == self.kind.default_outcome() {
            self.outcome = kind.default_outcome();
        }
        self.kind = kind;
    }
}

/// A reference from an agenda item to a document of the session.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum DocumentRef {
    /// A report or explanation.
    Report(ReportId),
    /// A resolution or decision.
    Resolution(ResolutionId),
    /// An appointment motion.
    Motion(MotionId),
}

/// What a person decided about an agenda item. Adopted and rejected are not here: they come
/// from the item's announced votes (see [`crate::model::decisions::item_state`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Outcome {
    /// Nothing decided by a person: the item is pending until heard, and its votes decide it.
    #[default]
    Pending,
    /// Heard and deliberated; no vote is taken on the item itself (听取审议).
    Deliberated,
    /// Put off to a later session (暂不付表决 / 延期).
    Deferred,
    /// Withdrawn by whoever submitted it (撤回).
    Withdrawn,
}

impl Outcome {
    /// Every outcome, in the order the editor offers them.
    pub const ALL: [Outcome; 4] = [
        Self::Pending,
        Self::Deliberated,
        Self::Deferred,
        Self::Withdrawn,
    ];

    /// The outcome as the editor offers it.
    pub fn label(self) -> &'static str {
        match self {
            Self::Pending => "以表决为准",
            Self::Deliberated => "听取审议（不表决）",
            Self::Deferred => "暂缓",
            Self::Withdrawn => "撤回",
        }
    }
}

/// A result an earlier version of the program stored on an item or a resolution and that
/// disagrees with its vote. Kept so that nothing of an old file is silently dropped; `check`
/// reports it until the person settles it (the vote then stands).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum LegacyResult {
    /// Stored as adopted (表决通过).
    Adopted,
    /// Stored as rejected (未获通过).
    Rejected,
}

impl LegacyResult {
    /// 表决通过 or 未获通过.
    pub fn label(self) -> &'static str {
        match self {
            Self::Adopted => "表决通过",
            Self::Rejected => "未获通过",
        }
    }
}

/// Changes to agenda.
impl Session {
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
            verb: String::new(),
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
}
