//! Attendance as the record publishes it (DOMAIN.md §16): who was present, on leave and absent
//! at each plenary sitting, in one place for the 出缺席人员名单, the minutes, the gazette and
//! the news.
//!
//! The recorded attendance is where it starts; what the record shows happened overrides it:
//! nobody who presided at a sitting, cast a ballot at it, or was present when one of its results
//! was announced is published as absent from it. A member absent twice is published once.

use super::ids::{MemberId, MemberSet, SittingId};
use super::roster::AbsenceKind;
use super::session::{AttendanceCounts, Session, Sitting, SittingKind};
use super::votes::{EvaluationRecord, VoteRecord};

/// The attendance of a sitting (or of the session as a whole) as published.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PublishedAttendance {
    /// Members present, in roster order.
    pub present: Vec<MemberId>,
    /// Members on leave with the reason as recorded (possibly empty), in the order recorded.
    pub on_leave: Vec<(MemberId, String)>,
    /// Members absent without leave, in the order recorded.
    pub absent: Vec<MemberId>,
    /// N, the members the committee has.
    pub members: u32,
}

impl PublishedAttendance {
    /// 应到, 实到, 请假, 缺席.
    pub fn counts(&self) -> AttendanceCounts {
        let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        AttendanceCounts {
            members: self.members,
            present: count(self.present.len()),
            on_leave: count(self.on_leave.len()),
            absent: count(self.absent.len()),
        }
    }

    /// Whether a member is published present.
    pub fn is_present(&self, member: MemberId) -> bool {
        self.present.contains(&member)
    }
}

/// The published attendance of a session: one list when every plenary sitting had the same, or
/// a list per plenary sitting (DOMAIN.md §16).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PublishedLists<'s> {
    /// One list for the whole session.
    One(PublishedAttendance),
    /// A list per plenary sitting, in order.
    PerSitting(Vec<(&'s Sitting, PublishedAttendance)>),
}

impl Session {
    /// The absences that hold at a sitting (`None`: the session), each member once (the first
    /// recorded), members no longer on the roster left out: the one walk every list, count and
    /// check uses.
    pub fn absences_in_force(&self, sitting: Option<SittingId>) -> Vec<(MemberId, &AbsenceKind)> {
        let mut seen: Vec<MemberId> = Vec::new();
        let mut found = Vec::new();
        for absence in self.absences_at(sitting) {
            if self.member(absence.member).is_none() {
                continue;
            }
            if let Err(at) = seen.binary_search(&absence.member) {
                seen.insert(at, absence.member);
                found.push((absence.member, &absence.kind));
            }
        }
        found
    }

    /// Where the attendance a sitting follows is kept: the sitting's own, or the session's.
    fn attendance_source(&self, sitting: Option<SittingId>) -> Option<SittingId> {
        sitting.filter(|id| self.sitting(*id).is_some_and(|s| s.absences.is_some()))
    }

    /// Who the record shows at a sitting: its presiding officer, the members present when its
    /// results were announced and those who cast a ballot at it. `None` stands for the results
    /// taken at the session as a whole.
    fn shown_at(&self, sitting: Option<SittingId>) -> MemberSet {
        let mut shown: Vec<MemberId> = Vec::new();
        shown.extend(self.presiding_at(sitting).0);
        for vote in self.votes.iter().filter(|v| v.sitting == sitting) {
            if let Some(announcement) = &vote.announcement {
                shown.extend(announcement.present.iter());
            }
            if let VoteRecord::Ballots(ballots) = &vote.record {
                shown.extend(ballots.iter().map(|b| b.member));
            }
        }
        for evaluation in self.evaluations.iter().filter(|e| e.sitting == sitting) {
            if let Some(announcement) = &evaluation.announcement {
                shown.extend(announcement.present.iter());
            }
            if let EvaluationRecord::Ballots(ballots) = &evaluation.record {
                shown.extend(ballots.iter().map(|b| b.member));
            }
        }
        MemberSet::of(shown)
    }

    /// The attendance of a sitting as published: the recorded attendance it follows, with
    /// everyone the record shows there counted present (`None`: the session as a whole).
    pub fn published_attendance(&self, sitting: Option<SittingId>) -> PublishedAttendance {
        let shown = self.shown_at(sitting);
        let mut published = PublishedAttendance {
            members: self.member_count(),
            ..PublishedAttendance::default()
        };
        let absences = self.absences_in_force(self.attendance_source(sitting));
        for (member, kind) in &absences {
            if shown.contains(*member) {
                continue;
            }
            match kind {
                AbsenceKind::Leave(reason) => {
                    published.on_leave.push((*member, reason.trim().to_owned()));
                }
                AbsenceKind::Absent => published.absent.push(*member),
            }
        }
        published.present = self
            .roster
            .iter()
            .map(|m| m.id)
            .filter(|id| {
                !published.on_leave.iter().any(|(m, _)| m == id) && !published.absent.contains(id)
            })
            .collect();
        published
    }

    /// The published attendance of the session: per plenary sitting where the plenary sittings
    /// differ, else one list. A session without plenary sittings has one list, of the session.
    pub fn published_lists(&self) -> PublishedLists<'_> {
        let plenaries: Vec<&Sitting> = self
            .details
            .sittings
            .iter()
            .filter(|s| s.kind == SittingKind::Plenary)
            .collect();
        let whole = || {
            let mut one = self.published_attendance(None);
            // Results taken at the session as a whole were taken with these members too.
            if let [only] = plenaries.as_slice() {
                let at_sitting = self.published_attendance(Some(only.id));
                one = merge(self, one, &at_sitting);
            }
            one
        };
        if plenaries.len() <= 1 {
            return PublishedLists::One(whole());
        }
        let lists: Vec<(&Sitting, PublishedAttendance)> = plenaries
            .into_iter()
            .map(|s| (s, self.published_attendance(Some(s.id))))
            .collect();
        if lists.windows(2).all(|pair| pair[0].1 == pair[1].1) {
            let first = lists.first().map(|(_, p)| p.clone()).unwrap_or_default();
            PublishedLists::One(merge(self, first, &self.published_attendance(None)))
        } else {
            PublishedLists::PerSitting(lists)
        }
    }
}

/// One published attendance of two views of the same sitting: present where either shows the
/// member present, in roster order.
fn merge(
    session: &Session,
    mut one: PublishedAttendance,
    other: &PublishedAttendance,
) -> PublishedAttendance {
    one.on_leave
        .retain(|(member, _)| !other.is_present(*member));
    one.absent.retain(|member| !other.is_present(*member));
    one.present = session
        .roster
        .iter()
        .map(|m| m.id)
        .filter(|id| !one.on_leave.iter().any(|(m, _)| m == id) && !one.absent.contains(id))
        .collect();
    one
}
