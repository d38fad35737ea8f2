//! One guard for everything an announced decision rests on (DOMAIN.md §16): the subject voted
//! on, its appointment entries, the bundle they were voted in, the item's kind and 审议方式, the
//! resolution's status. Every model method that would change one of them asks [`Session::guard`]
//! first and is refused with a reason naming what was announced; the screens ask
//! [`Session::is_decided`] to show such a field read-only. Only the recorded unlock
//! ([`Session::unlock`]) opens them again.

use super::decisions;
use super::edit::EditError;
use super::ids::{AgendaItemId, EntryId, EvaluationId, MotionId, ResolutionId};
use super::session::Session;
use super::votes::{Vote, VoteSubject};

/// Something an announced decision may rest on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decided<'a> {
    /// A vote subject.
    Subject(&'a VoteSubject),
    /// Appointment entries.
    Entries(&'a [EntryId]),
    /// An agenda item: its own vote and those of its documents.
    Item(AgendaItemId),
    /// A resolution: its vote, or for a personnel decision its entry's.
    Resolution(ResolutionId),
    /// An appointment motion: the votes of its entries.
    Motion(MotionId),
    /// A satisfaction evaluation.
    Evaluation(EvaluationId),
}

impl Session {
    /// The announced vote `what` rests on, if any (the first found).
    fn announced_vote_under(&self, what: Decided<'_>) -> Option<&Vote> {
        fn announced(vote: Option<&Vote>) -> Option<&Vote> {
            vote.filter(|v| v.is_announced())
        }
        let entries = |ids: &[EntryId]| {
            ids.iter()
                .find_map(|id| announced(decisions::vote_for_entry(self, *id)))
        };
        match what {
            Decided::Subject(VoteSubject::Entries(ids)) => entries(ids),
            Decided::Entries(ids) => entries(ids),
            Decided::Subject(subject) => announced(decisions::vote_for(self, subject)),
            Decided::Item(id) => {
                let item = self.agenda.iter().find(|i| i.id == id)?;
                std::iter::once(VoteSubject::AgendaItem(id))
                    .chain(decisions::item_subjects(self, item))
                    .find_map(|subject| self.announced_vote_under(Decided::Subject(&subject)))
            }
            Decided::Resolution(id) => {
                let resolution = self.resolution(id)?;
                match resolution.entry {
                    Some(entry) => entries(&[entry]),
                    None => announced(decisions::vote_for(self, &VoteSubject::Resolution(id))),
                }
            }
            Decided::Motion(id) => {
                let motion = self.motions.iter().find(|m| m.id == id)?;
                let ids: Vec<EntryId> = motion.entries.iter().map(|e| e.id).collect();
                entries(&ids)
            }
            Decided::Evaluation(_) => None,
        }
    }

    /// Whether an announced result rests on `what`: it may then change only after the recorded
    /// unlock.
    pub fn is_decided(&self, what: Decided<'_>) -> bool {
        match what {
            Decided::Evaluation(id) => self
                .evaluations
                .iter()
                .any(|e| e.id == id && e.is_announced()),
            other => self.announced_vote_under(other).is_some(),
        }
    }

    /// Refuses `change` to `what` while an announced result rests on it, naming that result.
    pub fn guard(&self, what: Decided<'_>, change: &str) -> Result<(), EditError> {
        let subject_text = match what {
            Decided::Evaluation(id) => self
                .evaluations
                .iter()
                .find(|e| e.id == id && e.is_announced())
                .map(|e| format!("满意度测评：{}", e.subject)),
            other => self
                .announced_vote_under(other)
                .map(|vote| crate::wording::names::subject_name(self, &vote.subject)),
        };
        match subject_text {
            Some(what) => Err(EditError::Locked {
                what,
                change: change.to_owned(),
            }),
            None => Ok(()),
        }
    }
}
