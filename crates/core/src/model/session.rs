//! The session (一次常委会会议) and everything it holds.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::EvaluationId;
use super::VoteId;
use super::VoteSubject;
use super::agenda::AgendaItem;
use super::appointments::{AppointmentEntry, AppointmentMotion};
use super::body::Body;
use super::decisions;
use super::documents::{Report, Resolution};
use super::edit::EditError;
use super::edit::move_item;
use super::edit::today;
use super::ids::AgendaItemId;
use super::ids::{EntryId, MemberId, ObserverUnitId, ReportId, ResolutionId, SittingId};
use super::next_id;
use super::numerals::chinese_number;
use super::papers::PaperSettings;
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
/// - 4: the forms of every body (DOMAIN.md §8–§12, §15): entries of many people, 列席 people with
///   titles, entrusted presiding, items, votes and evaluations placed in sittings with their own
///   attendance, local regulations with their approval, personnel decisions as documents, and
///   the house style. A file of format 2 or 3 reads as it is.
/// - 5: what was decided is kept as facts (DOMAIN.md §16): an announced vote or evaluation keeps
///   its basis (N, who was present, the rule, the result, when and by whom); an acting decision
///   keeps its post and prints 「代理」 from its kind; a member is absent from a sitting at most
///   once. The papers' settings and the seating chart, which entered format 4 without a version
///   of their own, are part of format 5. Files of formats 1–4 are migrated on load (`io::v4`).
/// - 6: every body's own words (issue 23, FORMS.md) need facts the record lacked: a
///   resignation's reason and whether it is a deputy's (§15); the statement an appointee made
///   and the nominees' meeting with the members (§20); a 列席 unit present only for the items
///   that concern it, the guests invited and the citizens observing (§4, §5); a motion's class
///   of posts and the entries the news leaves unnamed (§9); the number of the evaluation
///   notice (§18); an agenda item's own verb (§7) and the body's table of short names (§5).
///   Every one is a field that files without it lack: a file of format 5 reads as it is, with
///   none of them.
pub const FORMAT_VERSION: u32 = 6;

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
    /// The seating chart: the hall, the rotation, who sits where.
    #[serde(default, skip_serializing_if = "super::seating::Seating::is_default")]
    // filled by the rule until the person sets it
    pub seating: super::seating::Seating,
    /// The settings of the papers before and during the session (DOMAIN.md §13): the notice's
    /// contact and dates, spare ballots, 记名 or 无记名, votes on paper, the oath's leader.
    #[serde(default, skip_serializing_if = "PaperSettings::is_default")]
    // new in format 4 with defaults: a file that never set them stays as it was
    pub papers: PaperSettings,
    /// Who else was at the session, neither member nor 列席: guests invited (应邀参加会议) and
    /// citizens observing (旁听).
    #[serde(default, skip_serializing_if = "Guests::is_empty")]
    // new in format 6: files without it had none recorded
    pub guests: Guests,
}

/// Those at the session who are neither members nor 列席 (FORMS.md §4 `guest`, §5
/// `counted_guests`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Guests {
    /// Guests invited, with their titles, as the news names them: 「市政协副主席张鸿建应邀参加
    /// 会议。」, in print order.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub invited: Vec<Observer>,
    /// How many citizens observed the session (旁听): 「4位公民旁听」; 0: none recorded.
    #[serde(skip_serializing_if = "is_zero")]
    pub citizens: u32,
}

/// Whether a count is zero (a file then leaves it out).
fn is_zero(count: &u32) -> bool {
    *count == 0
}

impl Guests {
    /// Whether none are recorded (the session file then leaves them out).
    pub fn is_empty(&self) -> bool {
        self.invited.is_empty() && self.citizens == 0
    }
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
    /// Who entrusted the presiding officer (「受主任张三委托，会议由副主任李四主持」); `None` when
    /// the presiding officer presides in his or her own right.
    #[serde(default, skip_serializing_if = "Option::is_none")] // the 主任 usually presides
    pub entrusted_by: Option<MemberId>,
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
    /// The clock time the sitting begins, as the notice and the schedule print it: 「9:00」;
    /// empty: not fixed yet.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    // new with issue 24: files without it read as before (no time printed)
    pub starts_at: String,
    /// Where; empty for the session's venue.
    #[serde(default)] // usually the session's venue
    pub venue: String,
    /// Who presides this sitting; `None` for the session's presiding officer.
    #[serde(default)] // usually the session's presiding officer
    pub presiding: Option<MemberId>,
    /// Who entrusted this sitting's presiding officer; `None` when he or she presides in his or
    /// her own right.
    #[serde(default, skip_serializing_if = "Option::is_none")] // rarely entrusted
    pub entrusted_by: Option<MemberId>,
    /// The members not present at this sitting, where they differ from the session's
    /// (a member on leave for the second sitting only); `None`: as the session's.
    #[serde(default, skip_serializing_if = "Option::is_none")] // usually as the session's
    pub absences: Option<Vec<Absence>>,
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

/// A unit of non-voting attendees (列席) with its people, in print order. A unit without
/// names (「市直有关部门负责同志」) prints as it stands (DOMAIN.md §9).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ObserverUnit {
    /// Stable id.
    pub id: ObserverUnitId,
    /// The unit as printed: 市人民政府, 市人大代表.
    pub unit: String,
    /// The people, in print order. Format 3 and earlier call them `names` and hold names only.
    #[serde(alias = "names")]
    pub people: Vec<Observer>,
    /// Those of the people who asked to be excused (请假), by name, with the reason: the
    /// presiding officer reports them, the sign-in sheet marks them, the published 列席 lists
    /// leave them out.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    // new with issue 24: a file without it has everybody attending
    pub on_leave: Vec<ObserverLeave>,
    /// Whether the unit attends only while the items that concern it are deliberated (「在审议
    /// 相关议题时列席会议」, FORMS.md §5 `by_rank`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    // new in format 6: files without it have every unit attending throughout
    pub for_related_items: bool,
}

/// A person attending without a vote who asked to be excused.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ObserverLeave {
    /// The name, as the unit's people have it.
    pub name: String,
    /// Why (因公, 因病 …); may be empty.
    #[serde(default, skip_serializing_if = "String::is_empty")] // often not given
    pub reason: String,
}

impl ObserverUnit {
    /// The people who attend: everyone but those on leave, in print order.
    pub fn attending(&self) -> impl Iterator<Item = &Observer> {
        self.people
            .iter()
            .filter(|p| !self.on_leave.iter().any(|l| l.name == p.name))
    }

    /// The leave of a person of the unit, if he or she asked for it.
    pub fn leave_of(&self, name: &str) -> Option<&ObserverLeave> {
        self.on_leave.iter().find(|l| l.name == name)
    }
}

/// A person attending without a vote.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "ObserverRepr", into = "ObserverRepr")] // a bare name where there is no title
pub struct Observer {
    /// The name, unpadded.
    pub name: String,
    /// The title as the news names the person with it (「市委常委、常务副市长」); empty for most.
    /// A person with a title is one of the leaders the news release names (DOMAIN.md §9).
    pub title: String,
}

impl Observer {
    /// A person without a title.
    pub fn named(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            title: String::new(),
        }
    }

    /// People as the editor shows them in one line: 「李可（市委常委、常务副市长）、刘军文」.
    pub fn list_text(people: &[Observer]) -> String {
        people
            .iter()
            .map(|p| {
                if p.title.is_empty() {
                    p.name.clone()
                } else {
                    format!("{}（{}）", p.name, p.title)
                }
            })
            .collect::<Vec<_>>()
            .join("、")
    }

    /// The people of a line as [`Self::list_text`] writes it: names separated by 「、」 (or
    /// commas), a title in brackets after the name; a 「、」 inside the brackets belongs to the
    /// title.
    pub fn parse_list(text: &str) -> Vec<Observer> {
        let mut people = Vec::new();
        let mut depth = 0usize;
        let mut piece = String::new();
        let finish = |piece: &mut String, people: &mut Vec<Observer>| {
            let item = std::mem::take(piece);
            let item = item.trim();
            if item.is_empty() {
                return;
            }
            match item.find(['（', '(']) {
                Some(open) => {
                    let name = item[..open].trim().to_owned();
                    let title = item[open..]
                        .trim_start_matches(['（', '('])
                        .trim_end_matches(['）', ')'])
                        .trim()
                        .to_owned();
                    people.push(Observer { name, title });
                }
                None => people.push(Observer::named(item)),
            }
        };
        for c in text.chars() {
            match c {
                '（' | '(' => {
                    depth += 1;
                    piece.push(c);
                }
                '）' | ')' => {
                    depth = depth.saturating_sub(1);
                    piece.push(c);
                }
                '、' | '，' | ',' | '\n' if depth == 0 => finish(&mut piece, &mut people),
                _ => piece.push(c),
            }
        }
        finish(&mut piece, &mut people);
        people
    }

    /// Whether the news release names this person with the title.
    pub fn is_leader(&self) -> bool {
        !self.title.trim().is_empty()
    }
}

/// An observer as files hold it: a bare name (as format 3 wrote every one), or a name with a title.
#[derive(Serialize, Deserialize)]
#[serde(untagged)]
enum ObserverRepr {
    Name(String),
    Titled { name: String, title: String },
}

impl From<ObserverRepr> for Observer {
    fn from(repr: ObserverRepr) -> Self {
        match repr {
            ObserverRepr::Name(name) => Self::named(name),
            ObserverRepr::Titled { name, title } => Self { name, title },
        }
    }
}

impl From<Observer> for ObserverRepr {
    fn from(observer: Observer) -> Self {
        if observer.title.is_empty() {
            Self::Name(observer.name)
        } else {
            Self::Titled {
                name: observer.name,
                title: observer.title,
            }
        }
    }
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
            seating: super::seating::Seating::default(),
            papers: PaperSettings::default(),
            guests: Guests::default(),
        }
    }

    /// Whether the session has begun by `today`: its first day has come. A session without a
    /// date has not.
    pub fn has_begun(&self, today: chrono::NaiveDate) -> bool {
        self.details
            .dates
            .iter()
            .min()
            .is_some_and(|first| *first <= today)
    }

    /// 「鹤壁市第十二届人民代表大会常务委员会第九次会议」.
    pub fn full_title(&self) -> String {
        format!(
            "{}{}",
            self.body.full_title_of_term(),
            crate::wording::names::session_number_in(&self.body.settings, self.details.number)
        )
    }

    /// 「鹤壁市十二届人大常委会第九次会议」: the heading form of the published lists.
    pub fn list_title(&self) -> String {
        format!(
            "{}{}",
            self.body.list_title_of_term(),
            crate::wording::names::session_number_in(&self.body.settings, self.details.number)
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
            "{short_region}{}届人大常委会{}",
            chinese_number(self.body.term),
            crate::wording::names::session_number_in(&self.body.settings, self.details.number)
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

    /// The reports an agenda item concerns, in the item's order (speeches included).
    pub fn reports_of<'s>(&'s self, item: &'s AgendaItem) -> impl Iterator<Item = &'s Report> {
        item.documents.iter().filter_map(|d| match d {
            super::agenda::DocumentRef::Report(id) => self.report(*id),
            _ => None,
        })
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

    /// The sitting with this id.
    pub fn sitting(&self, id: SittingId) -> Option<&Sitting> {
        self.details.sittings.iter().find(|s| s.id == id)
    }

    /// The absences that hold at a sitting: the sitting's own where it has them, else the
    /// session's (`None` stands for the session as a whole).
    pub fn absences_at(&self, sitting: Option<SittingId>) -> &[Absence] {
        sitting
            .and_then(|id| self.sitting(id))
            .and_then(|s| s.absences.as_deref())
            .unwrap_or(&self.absences)
    }

    /// The absences recorded at a sitting (or the session's), to change them.
    fn absences_at_mut(&mut self, sitting: Option<SittingId>) -> &mut Vec<Absence> {
        let own = sitting.and_then(|id| self.details.sittings.iter().position(|s| s.id == id));
        match own {
            Some(index) if self.details.sittings[index].absences.is_some() => self.details.sittings
                [index]
                .absences
                .get_or_insert_with(Vec::new),
            _ => &mut self.absences,
        }
    }

    /// A member's attendance at the session.
    pub fn attendance_of(&self, id: MemberId) -> AttendanceStatus {
        self.attendance_at(id, None)
    }

    /// A member's attendance at a sitting (`None`: the session).
    pub fn attendance_at(&self, id: MemberId, sitting: Option<SittingId>) -> AttendanceStatus {
        match self
            .absences_at(sitting)
            .iter()
            .find(|a| a.member == id)
            .map(|a| &a.kind)
        {
            None => AttendanceStatus::Present,
            Some(AbsenceKind::Leave(reason)) => AttendanceStatus::OnLeave(reason.clone()),
            Some(AbsenceKind::Absent) => AttendanceStatus::Absent,
        }
    }

    /// Sets a member's attendance at the session. A member newly put on leave or absent goes to
    /// the end of the list (the order the leave line prints); a change between leave and absent
    /// keeps its place.
    pub fn set_attendance(&mut self, id: MemberId, status: AttendanceStatus) {
        self.set_attendance_at(id, None, status);
    }

    /// As [`Self::set_attendance`], at a sitting that keeps its own attendance (else at the
    /// session).
    pub fn set_attendance_at(
        &mut self,
        id: MemberId,
        sitting: Option<SittingId>,
        status: AttendanceStatus,
    ) {
        let absences = self.absences_at_mut(sitting);
        let kind = match status {
            AttendanceStatus::Present => {
                absences.retain(|a| a.member != id);
                return;
            }
            AttendanceStatus::OnLeave(reason) => AbsenceKind::Leave(reason),
            AttendanceStatus::Absent => AbsenceKind::Absent,
        };
        match absences.iter_mut().find(|a| a.member == id) {
            Some(absence) => absence.kind = kind,
            None => absences.push(Absence { member: id, kind }),
        }
    }

    /// Drops every absence of a member after the first at the session and at each sitting: a
    /// member is on leave or absent once (files of format 4 could repeat one).
    pub(crate) fn drop_repeated_absences(&mut self) {
        fn dedup(absences: &mut Vec<Absence>) {
            let mut seen: Vec<MemberId> = Vec::with_capacity(absences.len());
            absences.retain(|a| match seen.binary_search(&a.member) {
                Ok(_) => false,
                Err(at) => {
                    seen.insert(at, a.member);
                    true
                }
            });
        }
        dedup(&mut self.absences);
        for sitting in &mut self.details.sittings {
            if let Some(absences) = &mut sitting.absences {
                dedup(absences);
            }
        }
    }

    /// N, the members of the committee (应到): what quorum and passing are reckoned on.
    pub fn member_count(&self) -> u32 {
        u32::try_from(self.roster.len()).unwrap_or(u32::MAX)
    }

    /// Counts N, present, on leave and absent at the session. Absences of people not on the
    /// roster are ignored.
    pub fn attendance_counts(&self) -> AttendanceCounts {
        self.attendance_counts_at(None)
    }

    /// As [`Self::attendance_counts`], at a sitting (`None`: the session).
    pub fn attendance_counts_at(&self, sitting: Option<SittingId>) -> AttendanceCounts {
        let members = self.member_count();
        let mut on_leave = 0u32;
        let mut absent = 0u32;
        // The counts are shown on every frame and in every vote sentence: sorted ids and binary
        // search, no hashing (300 members and 30 absences take a few microseconds).
        let mut on_roster: Vec<MemberId> = self.roster.iter().map(|m| m.id).collect();
        on_roster.sort_unstable();
        let absences = self.absences_at(sitting);
        let mut seen: Vec<MemberId> = Vec::with_capacity(absences.len());
        for absence in absences {
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

    /// Whether a member is present at the session.
    pub fn is_present(&self, id: MemberId) -> bool {
        self.is_present_at(id, None)
    }

    /// Whether a member is present at a sitting (`None`: the session).
    pub fn is_present_at(&self, id: MemberId, sitting: Option<SittingId>) -> bool {
        self.member(id).is_some() && !self.absences_at(sitting).iter().any(|a| a.member == id)
    }

    /// The plenary sittings (全体会议) in order: 第一次全体会议 is the first of them.
    pub fn plenary_sittings(&self) -> impl Iterator<Item = &Sitting> {
        self.details
            .sittings
            .iter()
            .filter(|s| s.kind == SittingKind::Plenary)
    }

    /// The number of a plenary sitting among the session's plenary sittings, from 1; `None`
    /// for a group sitting or one that does not exist.
    pub fn plenary_number(&self, id: SittingId) -> Option<u32> {
        let number = self.plenary_sittings().position(|s| s.id == id)? + 1;
        Some(u32::try_from(number).unwrap_or(u32::MAX))
    }

    /// 「第一次全体会议」, 「分组会议」: the sitting as the minutes and the console name it.
    pub fn sitting_name(&self, id: SittingId) -> Option<String> {
        let sitting = self.sitting(id)?;
        Some(match sitting.kind {
            SittingKind::Plenary => {
                format!(
                    "第{}次全体会议",
                    chinese_number(self.plenary_number(id).unwrap_or(1))
                )
            }
            SittingKind::Group => SittingKind::Group.label().to_owned(),
        })
    }

    /// Who presides a sitting, and who entrusted him or her: the sitting's own where set, else
    /// the session's (`None`: the session).
    pub fn presiding_at(&self, sitting: Option<SittingId>) -> (Option<MemberId>, Option<MemberId>) {
        match sitting.and_then(|id| self.sitting(id)) {
            Some(s) if s.presiding.is_some() => (s.presiding, s.entrusted_by),
            _ => (self.details.presiding, self.details.entrusted_by),
        }
    }

    /// Members of one role, in roster order.
    pub fn members_with_role(&self, role: Role) -> impl Iterator<Item = &Member> {
        self.roster.iter().filter(move |m| m.role == role)
    }
}

/// Changes to dates and sittings.
impl Session {
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
}

/// Changes to 列席.
impl Session {
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

    /// Marks a unit as attending only while the items that concern it are deliberated, or
    /// throughout (FORMS.md §5 `by_rank`).
    pub fn set_observer_unit_for_related_items(&mut self, unit: ObserverUnitId, related: bool) {
        if let Some(unit) = self.observers.iter_mut().find(|u| u.id == unit) {
            unit.for_related_items = related;
        }
    }

    /// Sets the guests invited from a list as the editor shows it (「张鸿建（市政协副主席）、…」,
    /// [`Observer::parse_list`]), each name in its normal form.
    pub fn set_invited_guests(&mut self, text: &str) {
        let mut guests = Observer::parse_list(text);
        for guest in &mut guests {
            guest.name = crate::collation::normal_name(&guest.name);
            guest.title = guest.title.trim().to_owned();
        }
        guests.retain(|g| !g.name.is_empty());
        self.guests.invited = guests;
    }

    /// Sets how many citizens observed the session (旁听; 0: none recorded).
    pub fn set_citizens_observing(&mut self, citizens: u32) {
        self.guests.citizens = citizens;
    }

    /// Adds an empty unit of 列席 attendees.
    pub fn add_observer_unit(&mut self) -> ObserverUnitId {
        let id = next_id(self.observers.iter().map(|u| u.id));
        self.observers.push(ObserverUnit {
            id,
            unit: String::new(),
            people: Vec::new(),
            on_leave: Vec::new(),
            for_related_items: false,
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
}

/// Changes to the next session.
impl Session {
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
