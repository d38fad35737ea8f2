//! The registers of the term (DOMAIN.md §14), derived from the sessions of the body's folder and
//! never stored: each member's attendance per year, every appointment and removal with who
//! holds a post now, the 审议意见 and what is overdue, an index of every report and resolution,
//! and the figures of the suggestions register.
//!
//! A register reads [`SessionSummary`]s, what a register needs of a session, taken from it by
//! [`SessionSummary::of`] with the session's own rules (attendance, the announced votes of
//! `decisions`): a term of forty sessions is summed up from forty small summaries, and the
//! summaries can be kept between openings of the folder without keeping the sessions.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::body_folder::BodyFile;
use super::opinions::{Opinion, OpinionState, opinion_title};
use super::suggestions::SuggestionFigures;
use crate::model::agenda::{AgendaKind, DocumentRef};
use crate::model::appointments::{Appointee, AppointmentAction};
use crate::model::decisions::{self, VoteResult};
use crate::model::documents::{ReportKind, ResolutionKind};
use crate::model::ids::{ReportId, ResolutionId};
use crate::model::roster::{AbsenceKind, Member};
use crate::model::session::Session;
use crate::model::votes::VoteSubject;

/// What the registers need of one session.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionSummary {
    /// The session's number in the term.
    pub number: u32,
    /// 「鹤壁市第十二届人民代表大会常务委员会第九次会议」.
    pub title: String,
    /// 「第九次会议」: the session within its term, as lists of the term name it.
    pub short_name: String,
    /// The days it sits.
    pub dates: Vec<NaiveDate>,
    /// Where its record stands.
    pub state: SessionState,
    /// The roster of the session with each member's attendance, in roster order.
    pub members: Vec<MemberAtSession>,
    /// Every appointment and removal of its motions: one person (one 人次) each, in motion order.
    pub appointments: Vec<AppointmentRecord>,
    /// Its reports (speeches included), in the session's order.
    pub reports: Vec<ReportRecord>,
    /// Its resolutions and decisions, in the session's order.
    pub resolutions: Vec<ResolutionRecord>,
}

/// Where a session's record stands, from its agenda items.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum SessionState {
    /// 筹备中: no item dealt with yet.
    Preparing,
    /// 进行中: some items dealt with, not all.
    InProgress,
    /// 已结束: every item dealt with (heard, or its votes announced), none left open.
    Concluded,
}

impl SessionState {
    /// 筹备中, 进行中, 已结束.
    pub fn label(self) -> &'static str {
        match self {
            Self::Preparing => "筹备中",
            Self::InProgress => "进行中",
            Self::Concluded => "已结束",
        }
    }
}

/// A member on a session's roster and his or her attendance there: the roster's member as the
/// session holds it (one member type; the register only adds the presence).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberAtSession {
    /// The member as on that session's roster (id, name, role, rank, name to sort by).
    pub member: Member,
    /// Present, on leave (with the reason) or absent.
    pub presence: Presence,
}

/// A member's attendance at a session as a whole.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Presence {
    /// 出席.
    Present,
    /// 请假, with the reason (may be empty).
    OnLeave(String),
    /// 缺席.
    Absent,
}

/// One person of an appointment entry (one 人次), with the posts and what its vote decided.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AppointmentRecord {
    /// The motion's title.
    pub motion_title: String,
    /// The motion's document number: 鹤政文〔2023〕52号.
    pub document_number: String,
    /// The verb.
    pub action: AppointmentAction,
    /// The person.
    pub person: Appointee,
    /// The posts as the motion writes them, joined: 「鹤壁市人大常委会副秘书长、办公室主任」.
    pub posts_written: String,
    /// Each post whole, with its unit (「鹤壁市人大常委会办公室主任」, see
    /// [`crate::model::organs::qualified_posts`]): who holds a post is kept post by post.
    pub posts: Vec<String>,
    /// What the entry's announced vote decided.
    pub result: EntryResult,
}

/// What an appointment entry's announced vote decided.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum EntryResult {
    /// 通过.
    Adopted,
    /// 未通过.
    Rejected,
    /// 未表决: no announced vote (not yet, or not voted at all).
    NotDecided,
}

impl EntryResult {
    /// 通过, 未通过, 未表决.
    pub fn label(self) -> &'static str {
        match self {
            Self::Adopted => "通过",
            Self::Rejected => "未通过",
            Self::NotDecided => "未表决",
        }
    }
}

/// A report of a session, for the index and the 审议意见.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportRecord {
    /// Its id in the session.
    pub id: ReportId,
    /// The title.
    pub title: String,
    /// The kind.
    pub kind: ReportKind,
    /// The submitting unit.
    pub submitter: String,
    /// Whether the session deliberated it and the committee sends its opinions on it: an item
    /// 听取审议, 工作评议 or 专题询问 concerns it, and it is a report of the government, the court,
    /// the procuratorate or a department (see [`receives_opinions`]).
    pub deliberated: bool,
}

/// A resolution of a session, for the index.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResolutionRecord {
    /// Its id in the session.
    pub id: ResolutionId,
    /// The title.
    pub title: String,
    /// The kind.
    pub kind: ResolutionKind,
    /// Whether it was adopted by an announced vote.
    pub adopted: bool,
}

/// Whether the committee sends its opinions (审议意见) on a report of this kind by this
/// submitter once deliberated: not on explanations and speeches, nor on the reports of the
/// committee's own bodies (its survey and inspection groups' reports are heard beside the
/// government's report the opinions are on), except the 执法检查报告, on which the opinions go
/// to the government.
pub fn receives_opinions(kind: ReportKind, submitter: &str) -> bool {
    match kind {
        ReportKind::Explanation | ReportKind::Speech => false,
        ReportKind::LawEnforcementInspectionReport => true,
        _ => !submitter.contains("人大常委会"),
    }
}

impl SessionSummary {
    /// What the registers need of `session`, by the session's own rules.
    pub fn of(session: &Session) -> Self {
        let members = session
            .roster
            .iter()
            .map(|member| MemberAtSession {
                member: member.clone(),
                presence: match session
                    .absences
                    .iter()
                    .find(|a| a.member == member.id)
                    .map(|a| &a.kind)
                {
                    None => Presence::Present,
                    Some(AbsenceKind::Leave(reason)) => Presence::OnLeave(reason.trim().to_owned()),
                    Some(AbsenceKind::Absent) => Presence::Absent,
                },
            })
            .collect();
        let mut appointments = Vec::new();
        for motion in &session.motions {
            for entry in &motion.entries {
                let result = match decisions::entry_decision(session, entry.id) {
                    Some(VoteResult::Adopted) => EntryResult::Adopted,
                    Some(VoteResult::Rejected) => EntryResult::Rejected,
                    None => EntryResult::NotDecided,
                };
                let posts = crate::model::organs::qualified_posts(&entry.printed_posts());
                for person in &entry.people {
                    appointments.push(AppointmentRecord {
                        motion_title: motion.title.clone(),
                        document_number: motion.document_number.clone(),
                        action: entry.action,
                        person: person.clone(),
                        posts_written: entry.posts_joined(),
                        posts: posts.clone(),
                        result,
                    });
                }
            }
        }
        let deliberated_by_item = |id: ReportId| {
            session.agenda.iter().any(|item| {
                matches!(
                    item.kind,
                    AgendaKind::HearAndDeliberate
                        | AgendaKind::WorkEvaluation
                        | AgendaKind::Inquiry
                ) && item.documents.contains(&DocumentRef::Report(id))
            })
        };
        let reports = session
            .reports
            .iter()
            .map(|report| ReportRecord {
                id: report.id,
                title: report.title.clone(),
                kind: report.kind,
                submitter: report.submitter.clone(),
                deliberated: receives_opinions(report.kind, &report.submitter)
                    && deliberated_by_item(report.id),
            })
            .collect();
        let resolutions = session
            .resolutions
            .iter()
            .map(|resolution| ResolutionRecord {
                id: resolution.id,
                title: resolution.title.clone(),
                kind: resolution.kind,
                adopted: decisions::resolution_adopted(session, resolution),
            })
            .collect();
        let index = decisions::VoteIndex::of(session);
        let states: Vec<bool> = session
            .agenda
            .iter()
            .map(|item| index.item_state(session, item).is_dealt_with())
            .collect();
        let state = if !states.is_empty() && states.iter().all(|dealt| *dealt) {
            SessionState::Concluded
        } else if states.iter().any(|dealt| *dealt) {
            SessionState::InProgress
        } else {
            SessionState::Preparing
        };
        // A session with only the agenda vote announced is under way too.
        let state = if state == SessionState::Preparing
            && decisions::decision(session, &VoteSubject::Agenda).is_some()
        {
            SessionState::InProgress
        } else {
            state
        };
        Self {
            number: session.details.number,
            title: session.full_title(),
            short_name: crate::wording::names::session_number_in(
                &session.body.settings,
                session.details.number,
            ),
            dates: session.details.dates.clone(),
            state,
            members,
            appointments,
            reports,
            resolutions,
        }
    }

    /// The first day of the session, if set.
    pub fn first_date(&self) -> Option<NaiveDate> {
        self.dates.iter().min().copied()
    }

    /// Whether the session was held by `today`: its first day is on or before it.
    pub fn is_held_by(&self, today: NaiveDate) -> bool {
        self.first_date().is_some_and(|first| first <= today)
    }

    /// The report with this id.
    pub fn report(&self, id: ReportId) -> Option<&ReportRecord> {
        self.reports.iter().find(|r| r.id == id)
    }
}

/// The term as the registers read it: the body's file and its sessions in date order.
pub struct Term<'a> {
    /// The body's file.
    pub body: &'a BodyFile,
    /// The sessions, by first day (sessions without a day last), then by number.
    pub sessions: Vec<&'a SessionSummary>,
}

/// One member's attendance over the held sessions of a year.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AttendanceRow {
    /// The member as on the roster of the last session of the year he or she attended as a
    /// member: the name, and the role and rank there.
    pub member: Member,
    /// Sessions the member was on the roster of (应出席).
    pub expected: u32,
    /// 出席.
    pub present: u32,
    /// 请假.
    pub on_leave: u32,
    /// 缺席.
    pub absent: u32,
    /// Each leave: the session's number and the reason.
    pub leaves: Vec<(u32, String)>,
    /// The numbers of the sessions missed without leave.
    pub absences: Vec<u32>,
}

impl AttendanceRow {
    /// 出席率 in percent of the sessions the member should have attended; `None` for none.
    pub fn rate_percent(&self) -> Option<f64> {
        (self.expected > 0).then(|| f64::from(self.present) * 100.0 / f64::from(self.expected))
    }
}

/// The attendance record of a year: who should have attended which held sessions, and did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AttendanceRecord {
    /// The year.
    pub year: i32,
    /// The sessions held in the year by the day of the record: number and first day, in order.
    pub sessions: Vec<(u32, NaiveDate)>,
    /// One row a member, in list order (role, rank, 委员 in stroke order).
    pub rows: Vec<AttendanceRow>,
}

/// One appointment or removal in the register, with its session.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AppointmentRow<'a> {
    /// The session that decided it.
    pub session: &'a SessionSummary,
    /// The person, the post, the verb, the motion, the result.
    pub record: &'a AppointmentRecord,
}

impl AppointmentRow<'_> {
    /// Whether the row matches a search: the name or the post contains `query` (trimmed; an
    /// empty query matches every row).
    pub fn matches(&self, query: &str) -> bool {
        let query = query.trim();
        query.is_empty()
            || self.record.person.name.contains(query)
            || self.record.posts_written.contains(query)
            || self.record.posts.iter().any(|post| post.contains(query))
    }
}

/// The holders of one post now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PostHolders<'a> {
    /// The post.
    pub post: String,
    /// Who holds it, each with the appointment that put him or her there, in order of appointment.
    pub holders: Vec<AppointmentRow<'a>>,
}

/// Every appointment and removal of the term, in the order decided.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AppointmentsRegister<'a> {
    /// The rows: sessions in date order, each in motion and entry order.
    pub rows: Vec<AppointmentRow<'a>>,
}

impl<'a> AppointmentsRegister<'a> {
    /// The rows whose name or post contains `query`.
    pub fn search(&self, query: &str) -> Vec<AppointmentRow<'a>> {
        self.rows
            .iter()
            .filter(|row| row.matches(query))
            .copied()
            .collect()
    }

    /// Who holds each post now, from the adopted decisions: for a person and a post, the latest
    /// adopted appointment not followed by an adopted removal, resignation or dismissal of the
    /// same person from the same post. Posts are in the order of their first appointment;
    /// posts nobody holds are left out.
    pub fn holders(&self) -> Vec<PostHolders<'a>> {
        let mut posts: Vec<PostHolders<'a>> = Vec::new();
        let mut index: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
        for row in self
            .rows
            .iter()
            .filter(|row| row.record.result == EntryResult::Adopted)
        {
            let record = row.record;
            for post in &record.posts {
                let at = match index.get(post.as_str()) {
                    Some(at) => *at,
                    None if record.action.is_appointment() => {
                        index.insert(post.as_str(), posts.len());
                        posts.push(PostHolders {
                            post: post.clone(),
                            holders: Vec::new(),
                        });
                        posts.len() - 1
                    }
                    None => continue, // a removal from a post nobody was appointed to here
                };
                let holders = &mut posts[at].holders;
                holders.retain(|held| held.record.person.name != record.person.name);
                if record.action.is_appointment() {
                    holders.push(*row);
                }
            }
        }
        posts.retain(|post| !post.holders.is_empty());
        posts
    }

    /// Who holds `post` now (the post as motions write it).
    pub fn holders_of(&self, post: &str) -> Vec<AppointmentRow<'a>> {
        self.holders()
            .into_iter()
            .find(|holders| holders.post == post.trim())
            .map(|holders| holders.holders)
            .unwrap_or_default()
    }
}

/// An opinion with the report it is on, as the registers show it.
#[derive(Clone, Debug, PartialEq)]
pub struct OpinionRow<'a> {
    /// The record.
    pub opinion: &'a Opinion,
    /// The session that deliberated the report, if it is in the folder.
    pub session: Option<&'a SessionSummary>,
    /// The report's title, or a note that it was not found.
    pub report_title: String,
    /// The opinions' title: 「关于…报告的审议意见」.
    pub title: String,
    /// Where it stands on the day asked.
    pub state: OpinionState,
    /// Days past the deadline (0 unless overdue).
    pub days_overdue: i64,
}

/// A report or resolution in the index of the term.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IndexEntry<'a> {
    /// A report.
    Report(&'a SessionSummary, &'a ReportRecord),
    /// A resolution or decision.
    Resolution(&'a SessionSummary, &'a ResolutionRecord),
}

impl<'a> Term<'a> {
    /// The term of `body` with `sessions`, put in date order.
    pub fn new(body: &'a BodyFile, sessions: impl IntoIterator<Item = &'a SessionSummary>) -> Self {
        let mut sessions: Vec<&SessionSummary> = sessions.into_iter().collect();
        sessions.sort_by_key(|s| (s.first_date().is_none(), s.first_date(), s.number));
        Self { body, sessions }
    }

    /// The session with this number.
    pub fn session(&self, number: u32) -> Option<&'a SessionSummary> {
        self.sessions.iter().find(|s| s.number == number).copied()
    }

    /// The years with a session held by `today`, in order.
    pub fn held_years(&self, today: NaiveDate) -> Vec<i32> {
        let mut years: Vec<i32> = self
            .sessions
            .iter()
            .filter(|s| s.is_held_by(today))
            .filter_map(|s| s.first_date())
            .map(|d| d.year())
            .collect();
        years.dedup();
        years
    }

    /// The attendance record of `year` as of `today`: the sessions whose first day falls in the
    /// year and is on or before `today`, and for everyone on their rosters how often present,
    /// on leave (with the reasons) and absent. A person is the same across sessions by name.
    pub fn attendance_record(&self, year: i32, today: NaiveDate) -> AttendanceRecord {
        let held: Vec<&SessionSummary> = self
            .sessions
            .iter()
            .filter(|s| s.is_held_by(today) && s.first_date().is_some_and(|d| d.year() == year))
            .copied()
            .collect();
        let mut rows: Vec<AttendanceRow> = Vec::new();
        let mut by_name: std::collections::BTreeMap<String, usize> =
            std::collections::BTreeMap::new();
        for session in &held {
            for at in &session.members {
                let member = &at.member;
                let at_row = *by_name.entry(member.name.clone()).or_insert_with(|| {
                    rows.push(AttendanceRow {
                        member: member.clone(),
                        expected: 0,
                        present: 0,
                        on_leave: 0,
                        absent: 0,
                        leaves: Vec::new(),
                        absences: Vec::new(),
                    });
                    rows.len() - 1
                });
                let row = &mut rows[at_row];
                // The member as at the latest session counts (sessions are in date order).
                row.member.clone_from(member);
                row.expected += 1;
                match &at.presence {
                    Presence::Present => row.present += 1,
                    Presence::OnLeave(reason) => {
                        row.on_leave += 1;
                        row.leaves.push((session.number, reason.clone()));
                    }
                    Presence::Absent => {
                        row.absent += 1;
                        row.absences.push(session.number);
                    }
                }
            }
        }
        crate::model::roster::sort_in_list_order(
            &mut rows,
            self.body.body.settings.name_order,
            |row| crate::model::roster::ListPlace::of(&row.member),
        );
        AttendanceRecord {
            year,
            sessions: held
                .iter()
                .filter_map(|s| s.first_date().map(|d| (s.number, d)))
                .collect(),
            rows,
        }
    }

    /// Every appointment and removal of the term, sessions in date order.
    pub fn appointments(&self) -> AppointmentsRegister<'a> {
        AppointmentsRegister {
            rows: self
                .sessions
                .iter()
                .copied()
                .flat_map(|session| {
                    session
                        .appointments
                        .iter()
                        .map(move |record| AppointmentRow { session, record })
                })
                .collect(),
        }
    }

    /// Every opinion of the body's file with its report and where it stands on `today`, in the
    /// order recorded.
    pub fn opinions(&self, today: NaiveDate) -> Vec<OpinionRow<'a>> {
        self.body
            .opinions
            .iter()
            .map(|opinion| {
                let session = self.session(opinion.session);
                let report_title = match session.and_then(|s| s.report(opinion.report)) {
                    Some(report) => report.title.clone(),
                    None => format!(
                        "（第{}次会议的报告（编号{}）未找到）",
                        crate::model::numerals::chinese_number(opinion.session),
                        opinion.report
                    ),
                };
                OpinionRow {
                    opinion,
                    session,
                    title: opinion_title(&report_title),
                    report_title,
                    state: opinion.state(today),
                    days_overdue: opinion.days_overdue(today),
                }
            })
            .collect()
    }

    /// The opinions overdue on `today` (deadline past, no reply), most overdue first.
    pub fn overdue_opinions(&self, today: NaiveDate) -> Vec<OpinionRow<'a>> {
        let mut overdue: Vec<OpinionRow<'a>> = self
            .opinions(today)
            .into_iter()
            .filter(|row| row.state == OpinionState::Overdue)
            .collect();
        overdue.sort_by_key(|row| std::cmp::Reverse(row.days_overdue));
        overdue
    }

    /// The reports deliberated by a session of the folder with no opinion recorded on them.
    pub fn reports_without_opinion(&self) -> Vec<(&'a SessionSummary, &'a ReportRecord)> {
        self.sessions
            .iter()
            .copied()
            .flat_map(|session| {
                session
                    .reports
                    .iter()
                    .filter(|r| r.deliberated)
                    .map(move |report| (session, report))
            })
            .filter(|(session, report)| {
                !self
                    .body
                    .opinions
                    .iter()
                    .any(|o| o.session == session.number && o.report == report.id)
            })
            .collect()
    }

    /// Every report and resolution of the term: sessions in date order, reports before
    /// resolutions within a session.
    pub fn document_index(&self) -> Vec<IndexEntry<'a>> {
        self.sessions
            .iter()
            .copied()
            .flat_map(|session| {
                session
                    .reports
                    .iter()
                    .map(move |report| IndexEntry::Report(session, report))
                    .chain(
                        session
                            .resolutions
                            .iter()
                            .map(move |resolution| IndexEntry::Resolution(session, resolution)),
                    )
            })
            .collect()
    }

    /// The figures of the suggestions of `year` on `today`.
    pub fn suggestion_figures(&self, year: i32, today: NaiveDate) -> SuggestionFigures {
        SuggestionFigures::of(self.body.suggestions_of(year), today)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Body;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn record(action: AppointmentAction, name: &str, post: &str) -> AppointmentRecord {
        AppointmentRecord {
            motion_title: String::new(),
            document_number: String::new(),
            action,
            person: Appointee::named(name),
            posts_written: post.to_owned(),
            posts: vec![post.to_owned()],
            result: EntryResult::Adopted,
        }
    }

    fn summary(
        number: u32,
        day: NaiveDate,
        appointments: Vec<AppointmentRecord>,
    ) -> SessionSummary {
        SessionSummary {
            number,
            title: String::new(),
            short_name: String::new(),
            dates: vec![day],
            state: SessionState::Concluded,
            members: Vec::new(),
            appointments,
            reports: Vec::new(),
            resolutions: Vec::new(),
        }
    }

    #[test]
    fn the_holder_of_a_post_is_the_last_appointed_and_not_removed() {
        use AppointmentAction::{AcceptResignation, Appoint, DecideAppoint, DecideRemove};
        let body = BodyFile::new(Body::default());
        let mut rejected = record(DecideAppoint, "丁", "某市财政局局长");
        rejected.result = EntryResult::Rejected;
        let sessions = [
            // Given out of order: the term sorts them by date.
            summary(
                3,
                date(2024, 6, 1),
                vec![
                    record(DecideRemove, "甲", "某市财政局局长"),
                    record(DecideAppoint, "乙", "某市财政局局长"),
                    record(AcceptResignation, "丙", "某市人民检察院检察员"),
                    rejected,
                ],
            ),
            summary(
                1,
                date(2023, 3, 1),
                vec![
                    record(DecideAppoint, "甲", "某市财政局局长"),
                    record(Appoint, "丙", "某市人民检察院检察员"),
                    record(Appoint, "戊", "某市人民检察院检察员"),
                ],
            ),
        ];
        let term = Term::new(&body, &sessions);
        let register = term.appointments();
        assert_eq!(register.rows.len(), 7);
        assert_eq!(register.rows[0].session.number, 1);
        let names = |post: &str| -> Vec<String> {
            register
                .holders_of(post)
                .iter()
                .map(|row| row.record.person.name.clone())
                .collect()
        };
        assert_eq!(names("某市财政局局长"), ["乙"]);
        assert_eq!(names("某市人民检察院检察员"), ["戊"]);
        assert_eq!(register.search("甲").len(), 2);
        assert_eq!(register.search("检察员").len(), 3);
        assert_eq!(register.search(" ").len(), 7);
    }
}
