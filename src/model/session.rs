//! The session (一次常委会会议) and everything it holds.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::agenda::AgendaItem;
use super::appointments::{AppointmentEntry, AppointmentMotion};
use super::body::Body;
use super::documents::{Report, Resolution};
use super::ids::{EntryId, MemberId, ObserverUnitId, ReportId, ResolutionId, SittingId};
use super::numerals::chinese_number;
use super::roster::{Absence, AbsenceKind, AttendanceStatus, Member, Role};
use super::rules;
use super::votes::{Evaluation, Vote};

/// The format of the files this build writes. Raised whenever a change would make an older
/// build misread a file; an older build refuses a newer file rather than half-read it.
///
/// - 1: the first format.
/// - 2: an item's outcome and a resolution's status keep only what a person decides (results
///   come from the announced votes); evaluations are announced and unlocked like votes.
/// - 3: an evaluation may record only its verdict; the body sets the decimals of rates. A file
///   of format 2 reads as it is.
pub const FORMAT_VERSION: u32 = 3;

/// A whole session: the body, the roster, the documents, and what was recorded.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Session {
    /// The file format; always first in the file.
    pub format_version: u32,
    /// The standing committee.
    pub body: Body,
    /// Number, dates, sittings, venue, presiding officer.
    pub details: SessionDetails,
    /// The members, in the order the office keeps them (lists sort them by role and strokes).
    pub roster: Vec<Member>,
    /// The members not present, in the order the leave list prints them.
    #[serde(default)] // everybody present
    pub absences: Vec<Absence>,
    /// Non-voting attendees by unit, in print order.
    #[serde(default)] // a session may have none
    pub observers: Vec<ObserverUnit>,
    /// The agenda, in order.
    #[serde(default)] // a new session starts without one
    pub agenda: Vec<AgendaItem>,
    /// Reports, explanations and speeches.
    #[serde(default)] // a new session starts without any
    pub reports: Vec<Report>,
    /// Resolutions, decisions, working rules.
    #[serde(default)] // a new session starts without any
    pub resolutions: Vec<Resolution>,
    /// Appointment motions, in the order the list prints them.
    #[serde(default)] // many sessions have none
    pub motions: Vec<AppointmentMotion>,
    /// Votes recorded.
    #[serde(default)] // none before the session
    pub votes: Vec<Vote>,
    /// Satisfaction evaluations.
    #[serde(default)] // many sessions have none
    pub evaluations: Vec<Evaluation>,
}

/// Number, dates and place of the session.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SessionDetails {
    /// The session's number within the term (第九次会议 → 9).
    pub number: u32,
    /// The days the session sits, in order.
    pub dates: Vec<NaiveDate>,
    /// Where it sits, as the minutes say 「在…举行」; may be empty.
    #[serde(default)] // not always published
    pub venue: String,
    /// Who presides (usually the 主任).
    #[serde(default)] // chosen later
    pub presiding: Option<MemberId>,
    /// The sittings (全体会议, 分组会议).
    #[serde(default)] // a one-sitting session may leave this empty
    pub sittings: Vec<Sitting>,
}

/// One sitting of the session.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sitting {
    /// Stable id.
    pub id: SittingId,
    /// 全体会议 or 分组会议.
    pub kind: SittingKind,
    /// The day.
    pub date: NaiveDate,
    /// 上午, 下午, 9:00 …; free text.
    #[serde(default)] // often only the day is known
    pub time: String,
    /// Where; empty for the session's venue.
    #[serde(default)] // usually the session's venue
    pub venue: String,
    /// Who presides this sitting; `None` for the session's presiding officer.
    #[serde(default)] // usually the session's presiding officer
    pub presiding: Option<MemberId>,
}

/// Kinds of sittings.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum SittingKind {
    /// 全体会议.
    #[default]
    Plenary,
    /// 分组会议.
    Group,
}

impl SittingKind {
    /// 全体会议 or 分组会议.
    pub fn label(self) -> &'static str {
        match self {
            Self::Plenary => "全体会议",
            Self::Group => "分组会议",
        }
    }
}

/// A unit of non-voting attendees (列席) with its people, in print order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ObserverUnit {
    /// Stable id.
    pub id: ObserverUnitId,
    /// The unit as printed: 市人民政府, 市人大代表.
    pub unit: String,
    /// The people, unpadded, in print order.
    pub names: Vec<String>,
}

/// Attendance figures: 应到 N, 实到 M, 请假 K, 缺席 J.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct AttendanceCounts {
    /// 应到: N, the members the committee has.
    pub members: u32,
    /// 实到.
    pub present: u32,
    /// 请假.
    pub on_leave: u32,
    /// 缺席.
    pub absent: u32,
}

impl AttendanceCounts {
    /// Whether the quorum is met (`present > N/2`).
    pub fn is_quorate(&self) -> bool {
        rules::is_quorate(self.present, self.members)
    }

    /// 「应到41人，实到35人，请假6人，缺席0人」 as the status bar and the minutes say it.
    pub fn summary(&self) -> String {
        format!(
            "应到{}人，实到{}人，请假{}人，缺席{}人",
            self.members, self.present, self.on_leave, self.absent
        )
    }
}

impl Default for Session {
    fn default() -> Self {
        Self::new_empty(Body::default())
    }
}

impl Session {
    /// A session of `body` with nothing in it yet.
    pub fn new_empty(body: Body) -> Self {
        Self {
            format_version: FORMAT_VERSION,
            body,
            details: SessionDetails::default(),
            roster: Vec::new(),
            absences: Vec::new(),
            observers: Vec::new(),
            agenda: Vec::new(),
            reports: Vec::new(),
            resolutions: Vec::new(),
            motions: Vec::new(),
            votes: Vec::new(),
            evaluations: Vec::new(),
        }
    }

    /// 「鹤壁市第十二届人民代表大会常务委员会第九次会议」.
    pub fn full_title(&self) -> String {
        format!(
            "{}第{}次会议",
            self.body.full_title_of_term(),
            chinese_number(self.details.number)
        )
    }

    /// 「鹤壁市十二届人大常委会第九次会议」: the heading form of the published lists.
    pub fn list_title(&self) -> String {
        format!(
            "{}第{}次会议",
            self.body.list_title_of_term(),
            chinese_number(self.details.number)
        )
    }

    /// 「市十二届人大常委会第九次会议」: the form of running text and news.
    pub fn short_title(&self) -> String {
        let short_region = self
            .body
            .short_name
            .chars()
            .next()
            .map(String::from)
            .unwrap_or_default();
        format!(
            "{short_region}{}届人大常委会第{}次会议",
            chinese_number(self.body.term),
            chinese_number(self.details.number)
        )
    }

    /// The first day of the session, if any is set.
    pub fn first_date(&self) -> Option<NaiveDate> {
        self.details.dates.first().copied()
    }

    /// The member with this id.
    pub fn member(&self, id: MemberId) -> Option<&Member> {
        self.roster.iter().find(|m| m.id == id)
    }

    /// The report with this id.
    pub fn report(&self, id: ReportId) -> Option<&Report> {
        self.reports.iter().find(|r| r.id == id)
    }

    /// The resolution with this id.
    pub fn resolution(&self, id: ResolutionId) -> Option<&Resolution> {
        self.resolutions.iter().find(|r| r.id == id)
    }

    /// The appointment entry with this id, with its motion.
    pub fn entry(&self, id: EntryId) -> Option<(&AppointmentMotion, &AppointmentEntry)> {
        self.motions.iter().find_map(|motion| {
            motion
                .entries
                .iter()
                .find(|e| e.id == id)
                .map(|e| (motion, e))
        })
    }

    /// Every appointment entry of every motion, in motion order.
    pub fn entries(&self) -> impl Iterator<Item = &AppointmentEntry> {
        self.motions.iter().flat_map(|m| m.entries.iter())
    }

    /// A member's attendance.
    pub fn attendance_of(&self, id: MemberId) -> AttendanceStatus {
        match self
            .absences
            .iter()
            .find(|a| a.member == id)
            .map(|a| &a.kind)
        {
            None => AttendanceStatus::Present,
            Some(AbsenceKind::Leave(reason)) => AttendanceStatus::OnLeave(reason.clone()),
            Some(AbsenceKind::Absent) => AttendanceStatus::Absent,
        }
    }

    /// Sets a member's attendance. A member newly put on leave or absent goes to the end of
    /// the list (the order the leave line prints); a change between leave and absent keeps its place.
    pub fn set_attendance(&mut self, id: MemberId, status: AttendanceStatus) {
        let kind = match status {
            AttendanceStatus::Present => {
                self.absences.retain(|a| a.member != id);
                return;
            }
            AttendanceStatus::OnLeave(reason) => AbsenceKind::Leave(reason),
            AttendanceStatus::Absent => AbsenceKind::Absent,
        };
        match self.absences.iter_mut().find(|a| a.member == id) {
            Some(absence) => absence.kind = kind,
            None => self.absences.push(Absence { member: id, kind }),
        }
    }

    /// N, the members of the committee (应到): what quorum and passing are reckoned on.
    pub fn member_count(&self) -> u32 {
        u32::try_from(self.roster.len()).unwrap_or(u32::MAX)
    }

    /// Counts N, present, on leave and absent. Absences of people not on the roster are ignored.
    pub fn attendance_counts(&self) -> AttendanceCounts {
        let members = self.member_count();
        let mut on_leave = 0u32;
        let mut absent = 0u32;
        // The counts are shown on every frame and in every vote sentence: sorted ids and binary
        // search, no hashing (300 members and 30 absences take a few microseconds).
        let mut on_roster: Vec<MemberId> = self.roster.iter().map(|m| m.id).collect();
        on_roster.sort_unstable();
        let mut seen: Vec<MemberId> = Vec::with_capacity(self.absences.len());
        for absence in &self.absences {
            if on_roster.binary_search(&absence.member).is_err() {
                continue;
            }
            // Only the first absence recorded for a member counts.
            match seen.binary_search(&absence.member) {
                Ok(_) => continue,
                Err(position) => seen.insert(position, absence.member),
            }
            match absence.kind {
                AbsenceKind::Leave(_) => on_leave += 1,
                AbsenceKind::Absent => absent += 1,
            }
        }
        AttendanceCounts {
            members,
            present: members.saturating_sub(on_leave + absent),
            on_leave,
            absent,
        }
    }

    /// Whether a member is present.
    pub fn is_present(&self, id: MemberId) -> bool {
        self.member(id).is_some() && !self.absences.iter().any(|a| a.member == id)
    }

    /// Members of one role, in roster order.
    pub fn members_with_role(&self, role: Role) -> impl Iterator<Item = &Member> {
        self.roster.iter().filter(move |m| m.role == role)
    }
}
