//! Files of format 1, read and migrated to the current format on load.
//!
//! Format 1 stored a vote's result twice: in the vote, and again as the item's outcome
//! (表决通过 / 未获通过) and the resolution's status (已通过 / 未通过). Format 2 keeps only what a
//! person decides and derives the rest from the announced votes. Migrating keeps everything:
//! - a stored result that a vote confirms is dropped (the vote says it now);
//! - a stored result with no vote behind it becomes an announced vote 「只记结果」, which is what
//!   format 1 printed in the minutes and the news;
//! - a stored result that disagrees with its vote is kept as the item's (or resolution's)
//!   `legacy_result`, which `check` reports until the person settles it;
//! - evaluations had no announcement in format 1, and their recorded results were printed:
//!   a recorded evaluation is migrated as announced.
//!
//! The file itself is rewritten in the new format only when the person saves (the format-1
//! file is then kept as the backup).

use serde::Deserialize;

use crate::model::decisions::{self, ItemState, result_of};
use crate::model::ids::next_id;
use crate::model::recorded::PassingRule;
use crate::model::text::Block;
use crate::model::{
    Absence, AgendaItem, AgendaItemId, AgendaKind, AppointmentMotion, Body, DocumentRef,
    Evaluation, EvaluationRecord, FORMAT_VERSION, LegacyResult, Member, ObserverUnit, Outcome,
    Report, ReportId, Resolution, ResolutionId, ResolutionKind, ResolutionStatus,
    ResultWithoutCounts, Session, SessionDetails, Vote, VoteRecord, VoteSubject,
};

/// A whole session as format 1 wrote it; the parts that did not change are today's types.
#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename = "Session")]
pub(crate) struct SessionV1 {
    format_version: u32,
    body: Body,
    details: SessionDetails,
    roster: Vec<Member>,
    #[serde(default)] // as format 1: everybody present
    absences: Vec<Absence>,
    #[serde(default)] // as format 1
    observers: Vec<ObserverUnit>,
    #[serde(default)] // as format 1
    agenda: Vec<AgendaItemV1>,
    #[serde(default)] // as format 1
    reports: Vec<Report>,
    #[serde(default)] // as format 1
    resolutions: Vec<ResolutionV1>,
    #[serde(default)] // as format 1
    motions: Vec<AppointmentMotion>,
    #[serde(default)] // as format 1
    votes: Vec<Vote>,
    #[serde(default)] // as format 1
    evaluations: Vec<Evaluation>,
}

/// An agenda item of format 1: its outcome could say adopted or rejected.
#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename = "AgendaItem")]
struct AgendaItemV1 {
    id: AgendaItemId,
    kind: AgendaKind,
    title: String,
    #[serde(default)] // as format 1
    submitter: String,
    #[serde(default)] // as format 1
    presenter: String,
    #[serde(default)] // as format 1
    documents: Vec<DocumentRef>,
    #[serde(default)] // as format 1
    outcome: OutcomeV1,
}

/// The outcome of an item in format 1.
#[derive(Clone, Copy, Default, Deserialize)]
#[serde(rename = "Outcome")]
enum OutcomeV1 {
    #[default]
    Pending,
    Deliberated,
    Adopted,
    Rejected,
    Deferred,
}

/// A resolution of format 1: its status could say adopted or rejected.
#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename = "Resolution")]
struct ResolutionV1 {
    id: ResolutionId,
    kind: ResolutionKind,
    title: String,
    status: StatusV1,
    body: Vec<Block>,
    #[serde(default)] // as format 1
    explanation: Option<ReportId>,
}

/// The status of a resolution in format 1.
#[derive(Clone, Copy, Deserialize)]
#[serde(rename = "ResolutionStatus")]
enum StatusV1 {
    Draft,
    Adopted,
    Rejected,
}

fn stored_result(adopted: bool) -> LegacyResult {
    if adopted {
        LegacyResult::Adopted
    } else {
        LegacyResult::Rejected
    }
}

impl SessionV1 {
    /// The session in today's format, with nothing lost (see the module's documentation).
    pub(crate) fn migrate(self) -> Session {
        let mut session = Session::new_empty(self.body);
        session.format_version = FORMAT_VERSION;
        debug_assert_eq!(self.format_version, 1);
        session.details = self.details;
        session.roster = self.roster;
        session.absences = self.absences;
        session.observers = self.observers;
        session.reports = self.reports;
        session.motions = self.motions;
        session.votes = self.votes;
        session.evaluations = self.evaluations;
        for evaluation in &mut session.evaluations {
            evaluation.legacy_announced = evaluation.record != EvaluationRecord::NotRecorded;
        }
        // Every result format 1 announced gets its basis before the stored results are settled
        // against the announced votes.
        session.freeze_legacy_announcements();
        let mut item_results: Vec<(AgendaItemId, LegacyResult)> = Vec::new();
        for item in self.agenda {
            let (outcome, stored) = match item.outcome {
                OutcomeV1::Pending => (Outcome::Pending, None),
                OutcomeV1::Deliberated => (Outcome::Deliberated, None),
                OutcomeV1::Deferred => (Outcome::Deferred, None),
                OutcomeV1::Adopted => (Outcome::Pending, Some(LegacyResult::Adopted)),
                OutcomeV1::Rejected => (Outcome::Pending, Some(LegacyResult::Rejected)),
            };
            if let Some(stored) = stored {
                item_results.push((item.id, stored));
            }
            session.agenda.push(AgendaItem {
                id: item.id,
                kind: item.kind,
                title: item.title,
                submitter: item.submitter,
                presenter: item.presenter,
                documents: item.documents,
                sitting: None,
                outcome,
                legacy_result: None,
                news: Default::default(),
                verb: String::new(),
            });
        }
        let mut resolution_results: Vec<(ResolutionId, LegacyResult)> = Vec::new();
        for resolution in self.resolutions {
            match resolution.status {
                StatusV1::Draft => {}
                StatusV1::Adopted => {
                    resolution_results.push((resolution.id, LegacyResult::Adopted));
                }
                StatusV1::Rejected => {
                    resolution_results.push((resolution.id, LegacyResult::Rejected));
                }
            }
            session.resolutions.push(Resolution {
                id: resolution.id,
                kind: resolution.kind,
                title: resolution.title,
                status: ResolutionStatus::Draft,
                legacy_result: None,
                body: resolution.body,
                explanation: resolution.explanation,
                approval: None,
                entry: None,
            });
        }
        for (id, stored) in resolution_results {
            settle_resolution(&mut session, id, stored);
        }
        for (id, stored) in item_results {
            settle_item(&mut session, id, stored);
        }
        session
    }
}

/// An announced 「只记结果」 vote standing for a result format 1 stored without a vote.
fn add_result_vote(session: &mut Session, subject: VoteSubject, stored: LegacyResult) {
    let id = next_id(session.votes.iter().map(|v| v.id));
    let mut vote = Vote::new(
        id,
        subject,
        VoteRecord::ResultOnly(match stored {
            LegacyResult::Adopted => ResultWithoutCounts::Adopted,
            LegacyResult::Rejected => ResultWithoutCounts::Rejected,
        }),
    );
    vote.legacy_announced = true;
    session.votes.push(vote);
    session.freeze_legacy_announcements();
}

fn settle_resolution(session: &mut Session, id: ResolutionId, stored: LegacyResult) {
    let subject = VoteSubject::Resolution(id);
    let members = session.member_count();
    match decisions::vote_for(session, &subject) {
        None => add_result_vote(session, subject, stored),
        Some(vote)
            if stored_result(
                result_of(&vote.record, PassingRule::default(), members).is_adopted(),
            ) == stored => {}
        Some(_) => {
            if let Some(resolution) = session.resolutions.iter_mut().find(|r| r.id == id) {
                resolution.legacy_result = Some(stored);
            }
        }
    }
}

fn settle_item(session: &mut Session, id: AgendaItemId, stored: LegacyResult) {
    let Some(item) = session.agenda.iter().find(|i| i.id == id) else {
        return;
    };
    let subjects = decisions::item_subjects(session, item);
    for subject in subjects.iter() {
        if decisions::vote_for(session, subject).is_none() {
            add_result_vote(session, subject.clone(), stored);
        }
    }
    let members = session.member_count();
    let Some(item) = session.agenda.iter().find(|i| i.id == id) else {
        return;
    };
    let agrees = match decisions::item_state(session, item) {
        ItemState::Adopted => stored == LegacyResult::Adopted,
        ItemState::Rejected => stored == LegacyResult::Rejected,
        // Recorded but not yet announced: the records must say what was stored.
        ItemState::Voting => subjects.iter().all(|s| {
            decisions::vote_for(session, s).is_none_or(|v| {
                let result = result_of(&v.record, PassingRule::default(), members);
                stored_result(result.is_adopted()) == stored
            })
        }),
        _ => false,
    };
    if !agrees && let Some(item) = session.agenda.iter_mut().find(|i| i.id == id) {
        item.legacy_result = Some(stored);
    }
}
