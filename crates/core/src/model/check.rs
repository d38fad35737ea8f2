//! Consistency checks of a session: what `huiwu check` and the editor's problem list report.

use std::collections::{BTreeMap, BTreeSet};

use super::agenda::{AgendaKind, DocumentRef, Outcome};
use super::appointments::AppointmentAction;
use super::decisions;
use super::documents::ReportKind;
use super::ids::{
    AgendaItemId, EntryId, EvaluationId, MemberId, MotionId, ReportId, ResolutionId, SittingId,
};
use super::roster::{Member, Role};
use super::rules;
use super::session::Session;
use super::votes::{EvaluationRecord, VoteRecord, VoteSubject};

/// How serious a problem is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Wrong: a record that cannot be true or a reference to nothing.
    Error,
    /// Worth a look: probably unfinished or unusual.
    Warning,
}

impl Severity {
    /// 错误 or 提示.
    pub fn label(self) -> &'static str {
        match self {
            Self::Error => "错误",
            Self::Warning => "提示",
        }
    }
}

/// One problem found in a session, said in Chinese.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Problem {
    /// Error or warning.
    pub severity: Severity,
    /// What is wrong and where, in plain Chinese.
    pub message: String,
    /// Where to fix it, for the window to go there; `None` for the session as a whole.
    pub place: Option<Place>,
}

/// Where a problem is, as the window can show it.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Place {
    /// The roster or a member's attendance.
    Member(MemberId),
    /// The session's details, days and sittings.
    Sitting(SittingId),
    /// An agenda item.
    AgendaItem(AgendaItemId),
    /// A report.
    Report(ReportId),
    /// A resolution or decision.
    Resolution(ResolutionId),
    /// An appointment motion.
    Motion(MotionId),
    /// A vote, by what it is on.
    Vote(VoteSubject),
    /// An evaluation.
    Evaluation(EvaluationId),
}

impl Problem {
    /// Whether the problem concerns what `doc` prints: named before it is exported.
    pub fn concerns_votes(&self) -> bool {
        matches!(
            self.place,
            Some(Place::Vote(_) | Place::Motion(_) | Place::Evaluation(_) | Place::AgendaItem(_))
        )
    }
}

/// Everything that looks wrong in `session`, errors first.
pub fn check_session(session: &Session) -> Vec<Problem> {
    let mut found = Findings::default();
    check_ids(session, &mut found);
    check_roster(session, &mut found);
    check_agenda(session, &mut found);
    check_documents(session, &mut found);
    check_votes(session, &mut found);
    check_evaluations(session, &mut found);
    check_appointments(session, &mut found);
    let mut problems = found.problems;
    problems.sort_by_key(|p| p.severity);
    problems
}

#[derive(Default)]
struct Findings {
    problems: Vec<Problem>,
    /// Where the problems found next are.
    place: Option<Place>,
}

impl Findings {
    fn at(&mut self, place: Place) -> &mut Self {
        self.place = Some(place);
        self
    }
    fn error(&mut self, message: String) {
        self.problems.push(Problem {
            severity: Severity::Error,
            message,
            place: self.place.take(),
        });
    }
    fn warning(&mut self, message: String) {
        self.problems.push(Problem {
            severity: Severity::Warning,
            message,
            place: self.place.take(),
        });
    }
}

fn duplicates<T: Ord + Copy>(ids: impl IntoIterator<Item = T>) -> Vec<T> {
    let mut seen = BTreeSet::new();
    let mut repeated = BTreeSet::new();
    for id in ids {
        if !seen.insert(id) {
            repeated.insert(id);
        }
    }
    repeated.into_iter().collect()
}

fn check_ids(session: &Session, found: &mut Findings) {
    let mut report = |what: &str, ids: Vec<u32>| {
        for id in ids {
            found.error(format!("{what}编号{id}重复"));
        }
    };
    report(
        "组成人员",
        duplicates(session.roster.iter().map(|m| m.id.0)),
    );
    report(
        "列席单位",
        duplicates(session.observers.iter().map(|u| u.id.0)),
    );
    report("议题", duplicates(session.agenda.iter().map(|i| i.id.0)));
    report("报告", duplicates(session.reports.iter().map(|r| r.id.0)));
    report(
        "决议",
        duplicates(session.resolutions.iter().map(|r| r.id.0)),
    );
    report(
        "任免议案",
        duplicates(session.motions.iter().map(|m| m.id.0)),
    );
    report("任免事项", duplicates(session.entries().map(|e| e.id.0)));
    report("表决", duplicates(session.votes.iter().map(|v| v.id.0)));
    report(
        "测评",
        duplicates(session.evaluations.iter().map(|e| e.id.0)),
    );
}

fn check_roster(session: &Session, found: &mut Findings) {
    if session.roster.is_empty() {
        found.warning("组成人员名单为空".to_owned());
        return;
    }
    let chairs = session.members_with_role(Role::Chair).count();
    if chairs != 1 {
        found.warning(format!("组成人员中有{chairs}位主任，通常应为1位"));
    }
    let secretaries = session.members_with_role(Role::SecretaryGeneral).count();
    if secretaries > 0 && !session.body.settings.has_secretary_general {
        found.warning("本常委会设置为不设秘书长，但名单中有秘书长".to_owned());
    }
    // Names compare in their normal form: 「史全新」 and 「史全新」 with a byte-order mark
    // are one person twice.
    let names: Vec<String> = session
        .roster
        .iter()
        .map(|m| crate::collation::normal_name(&m.name))
        .collect();
    for name in duplicates(names.iter().map(String::as_str)) {
        if let Some((member, _)) = session.roster.iter().zip(&names).find(|(_, n)| *n == name) {
            found.at(Place::Member(member.id));
        }
        found.warning(format!("组成人员「{name}」重复出现"));
    }
    for (member, name) in session.roster.iter().zip(&names) {
        if name.is_empty() {
            found
                .at(Place::Member(member.id))
                .error(format!("组成人员编号{}没有姓名", member.id));
        } else if let Some(problem) = crate::collation::name_problem(&member.name) {
            found.at(Place::Member(member.id)).warning(format!(
                "组成人员「{}」的姓名{problem}，请重新输入",
                name.chars()
                    .take(crate::collation::MAX_NAME_CHARS)
                    .collect::<String>()
            ));
        }
    }
    for unit in &session.observers {
        for person in &unit.people {
            if let Some(problem) = crate::collation::name_problem(&person.name) {
                let name = crate::collation::normal_name(&person.name);
                found.warning(format!(
                    "列席人员「{}」（{}）的姓名{problem}，请重新输入",
                    name.chars()
                        .take(crate::collation::MAX_NAME_CHARS)
                        .collect::<String>(),
                    unit.unit
                ));
            }
        }
    }
    for absence in &session.absences {
        if session.member(absence.member).is_none() {
            found.error(format!(
                "请假/缺席记录中的组成人员编号{}不在名单中",
                absence.member
            ));
        }
    }
    for id in duplicates(session.absences.iter().map(|a| a.member)) {
        let name = session
            .member(id)
            .map_or_else(|| id.to_string(), |m| m.name.clone());
        found
            .at(Place::Member(id))
            .error(format!("「{name}」的请假/缺席记录重复"));
    }
    let counts = session.attendance_counts();
    if !counts.is_quorate() {
        found.warning(crate::wording::attendance::quorum_explained(counts));
    }
    if let Some(presiding) = session.details.presiding {
        match session.member(presiding) {
            None => found.error(format!("主持人（编号{presiding}）不在组成人员名单中")),
            Some(member) if !session.is_present(presiding) => {
                found
                    .at(Place::Member(member.id))
                    .warning(format!("主持人{}未出席", member.name));
            }
            Some(_) => {}
        }
    }
    check_sittings(session, found);
    check_seating(session, found);
}

/// The hall as the file gives it: sizes and seats beyond what the program draws.
fn check_seating(session: &Session, found: &mut Findings) {
    use super::seating::{MAX_HALL_ROWS, MAX_SEATS_PER_ROW};
    let seating = &session.seating;
    if seating.rows > MAX_HALL_ROWS {
        found.error(format!(
            "座次：排数{}超出范围（最多{MAX_HALL_ROWS}排），按{MAX_HALL_ROWS}排处理",
            seating.rows
        ));
    }
    if seating.seats_per_row > MAX_SEATS_PER_ROW {
        found.error(format!(
            "座次：每排座位数{}超出范围（最多{MAX_SEATS_PER_ROW}座），按{MAX_SEATS_PER_ROW}座处理",
            seating.seats_per_row
        ));
    }
    let (_, per_row) = session.hall();
    let outside: Vec<&super::seating::Seat> = seating
        .seats
        .iter()
        .filter(|s| s.row >= MAX_HALL_ROWS || s.seat >= per_row)
        .collect();
    if let Some(first) = outside.first() {
        found.error(format!(
            "座次：有{}个座位在会场之外（如第{}排第{}座），这些人将重新安排座位",
            outside.len(),
            u64::from(first.row) + 1,
            u64::from(first.seat) + 1
        ));
    }
}

/// Sittings: their presiding officers, their own attendance, and the items, votes and
/// evaluations placed in them (DOMAIN.md §9, §10).
fn check_sittings(session: &Session, found: &mut Findings) {
    if let Some(by) = session.details.entrusted_by
        && session.member(by).is_none()
    {
        found.error(format!("委托主持的人员（编号{by}）不在组成人员名单中"));
    }
    for sitting in &session.details.sittings {
        let name = session.sitting_name(sitting.id).unwrap_or_default();
        let (presiding, entrusted_by) = session.presiding_at(Some(sitting.id));
        for id in [presiding, entrusted_by].into_iter().flatten() {
            if session.member(id).is_none() {
                found.at(Place::Sitting(sitting.id)).error(format!(
                    "{name}的主持人或委托人（编号{id}）不在组成人员名单中"
                ));
            }
        }
        if let Some(member) = presiding.and_then(|id| session.member(id))
            && !session.is_present_at(member.id, Some(sitting.id))
        {
            found
                .at(Place::Sitting(sitting.id))
                .warning(format!("{name}的主持人{}未出席该次会议", member.name));
        }
        if sitting.absences.is_some() {
            let counts = session.attendance_counts_at(Some(sitting.id));
            if !counts.is_quorate() {
                found.at(Place::Sitting(sitting.id)).warning(format!(
                    "{name}{}",
                    crate::wording::attendance::quorum_explained(counts)
                ));
            }
        }
    }
    let exists = |id: &SittingId| session.sitting(*id).is_some();
    for item in &session.agenda {
        if let Some(id) = item.sitting.filter(|id| !exists(id)) {
            found.at(Place::AgendaItem(item.id)).error(format!(
                "议题「{}」所在的会议（编号{id}）不存在",
                item.title
            ));
        }
    }
    for vote in &session.votes {
        if let Some(id) = vote.sitting.filter(|id| !exists(id)) {
            found.at(Place::Vote(vote.subject.clone())).error(format!(
                "「{}」的表决所在的会议（编号{id}）不存在",
                crate::wording::names::subject_name(session, &vote.subject)
            ));
        }
    }
    for evaluation in &session.evaluations {
        if let Some(id) = evaluation.sitting.filter(|id| !exists(id)) {
            found.at(Place::Evaluation(evaluation.id)).error(format!(
                "测评「{}」所在的会议（编号{id}）不存在",
                evaluation.subject
            ));
        }
    }
}

fn check_agenda(session: &Session, found: &mut Findings) {
    if session.agenda.is_empty() {
        found.warning("议程为空".to_owned());
    }
    for (index, item) in session.agenda.iter().enumerate() {
        let place = format!("议题{}「{}」", index + 1, item.title);
        if item.title.trim().is_empty() {
            found
                .at(Place::AgendaItem(item.id))
                .warning(format!("议题{}没有标题", index + 1));
        }
        // The item's own verb (FORMS.md §7) is printed only where it can be: else the house
        // verb is, and the office is told why.
        if let Some(problem) = crate::wording::phrases::item_verb_problem(&item.verb) {
            found.at(Place::AgendaItem(item.id)).warning(format!(
                "{place}的本议题动词无法使用（{problem}），新闻通稿和纪要仍用通常的动词"
            ));
        }
        let has_motion = item.documents.iter().any(
            |d| matches!(d, DocumentRef::Motion(id) if session.motions.iter().any(|m| m.id == *id)),
        );
        if item.kind == AgendaKind::Appointments && !has_motion {
            found.at(Place::AgendaItem(item.id)).warning(format!(
                "{place}是人事任免议题，但没有关联任免议案：任免事项不会付表决，也不会印上表决票"
            ));
        } else if item.documents.is_empty() && item.kind != AgendaKind::Other {
            found
                .at(Place::AgendaItem(item.id))
                .warning(format!("{place}没有关联任何文件"));
        }
        for document in &item.documents {
            let exists = match *document {
                DocumentRef::Report(id) => session.report(id).is_some(),
                DocumentRef::Resolution(id) => session.resolution(id).is_some(),
                DocumentRef::Motion(id) => session.motions.iter().any(|m| m.id == id),
            };
            if !exists {
                found
                    .at(Place::AgendaItem(item.id))
                    .error(format!("{place}引用的文件不存在"));
            }
        }
    }
    check_agenda_order(session, found);
}

/// The agenda's order against the sittings: an item placed at a later sitting than an item
/// after it is told out of order (DOMAIN.md §16).
fn check_agenda_order(session: &Session, found: &mut Findings) {
    let position = |id: SittingId| session.details.sittings.iter().position(|s| s.id == id);
    let mut latest: Option<(usize, &str)> = None;
    for (index, item) in session.agenda.iter().enumerate() {
        let Some(at) = item.sitting.and_then(position) else {
            continue;
        };
        if let Some((before, title)) = latest
            && at < before
        {
            let sitting_name = |i: usize| {
                session
                    .details
                    .sittings
                    .get(i)
                    .and_then(|s| session.sitting_name(s.id))
                    .unwrap_or_default()
            };
            found.at(Place::AgendaItem(item.id)).warning(format!(
                "议题{}「{}」安排在{}，却排在安排在{}的「{title}」之后：议程顺序与会议安排不一致",
                index + 1,
                item.title,
                sitting_name(at),
                sitting_name(before)
            ));
        }
        if latest.is_none_or(|(before, _)| at >= before) {
            latest = Some((at, item.title.as_str()));
        }
    }
}

fn check_documents(session: &Session, found: &mut Findings) {
    let mut referenced = BTreeSet::new();
    for item in &session.agenda {
        referenced.extend(item.documents.iter().copied());
    }
    for resolution in &session.resolutions {
        if let Some(id) = resolution.explanation {
            if session.report(id).is_none() {
                found.error(format!(
                    "「{}」的说明（报告编号{id}）不存在",
                    resolution.title
                ));
            }
            referenced.insert(DocumentRef::Report(id));
        }
    }
    for report in &session.reports {
        if report.title.trim().is_empty() {
            found.warning(format!("报告编号{}没有标题", report.id));
        }
        let unlisted = !referenced.contains(&DocumentRef::Report(report.id));
        if unlisted && report.kind != ReportKind::Speech {
            found.at(Place::Report(report.id)).warning(format!(
                "报告「{}」不属于任何议题（会刊不收录）",
                report.title
            ));
        }
        let marks = report.half_width_marks();
        if marks > 0 {
            found.at(Place::Report(report.id)).warning(format!(
                "报告「{}」有{marks}处半角标点（如「,」「;」「:」「(」），印发前宜改为全角（导入时可选择改为全角）",
                report.title
            ));
        }
    }
    for resolution in &session.resolutions {
        // A personnel decision belongs to its entry's motion.
        match resolution.entry {
            Some(entry) if session.entry(entry).is_none() => found.error(format!(
                "「{}」所依据的任免事项（编号{entry}）不存在",
                resolution.title
            )),
            Some(_) => {}
            None if !referenced.contains(&DocumentRef::Resolution(resolution.id)) => {
                found
                    .at(Place::Resolution(resolution.id))
                    .warning(format!("「{}」不属于任何议题", resolution.title));
            }
            None => {}
        }
    }
    for motion in &session.motions {
        if !referenced.contains(&DocumentRef::Motion(motion.id)) {
            found.at(Place::Motion(motion.id)).warning(format!(
                "任免议案「{}」未列入任何人事任免议题：不会付表决，也不会印上表决票",
                motion.title
            ));
        }
        if motion.entries.is_empty() {
            found
                .at(Place::Motion(motion.id))
                .warning(format!("任免议案「{}」没有任免事项", motion.title));
        }
        for entry in &motion.entries {
            if entry.people.is_empty() || entry.people.iter().any(|p| p.name.trim().is_empty()) {
                found
                    .at(Place::Motion(motion.id))
                    .error(format!("任免议案「{}」中有一项没有姓名", motion.title));
            }
            if entry.posts.iter().all(|p| p.trim().is_empty()) {
                found
                    .at(Place::Motion(motion.id))
                    .error(format!("任免事项「{}」没有职务", entry.names_joined()));
            }
        }
    }
}

/// The members by id, and who of them is absent at each sitting: looked up once per ballot,
/// so built once.
struct Attendance<'s> {
    members: BTreeMap<MemberId, &'s Member>,
    absent: BTreeMap<Option<SittingId>, BTreeSet<MemberId>>,
}

impl<'s> Attendance<'s> {
    fn of(session: &'s Session) -> Self {
        let sittings =
            std::iter::once(None).chain(session.details.sittings.iter().map(|s| Some(s.id)));
        Self {
            members: session.roster.iter().map(|m| (m.id, m)).collect(),
            absent: sittings
                .map(|at| {
                    (
                        at,
                        session.absences_at(at).iter().map(|a| a.member).collect(),
                    )
                })
                .collect(),
        }
    }

    fn member(&self, id: MemberId) -> Option<&'s Member> {
        self.members.get(&id).copied()
    }

    /// As [`Session::is_present_at`]: on the roster and not absent at the sitting.
    fn is_present_at(&self, id: MemberId, sitting: Option<SittingId>) -> bool {
        self.members.contains_key(&id)
            && !self
                .absent
                .get(&sitting)
                .or_else(|| self.absent.get(&None))
                .is_some_and(|absent| absent.contains(&id))
    }
}

fn check_votes(session: &Session, found: &mut Findings) {
    let attendance = Attendance::of(session);
    let mut covered: BTreeSet<VoteSubject> = BTreeSet::new();
    let mut covered_entries: BTreeSet<EntryId> = BTreeSet::new();
    for (index, vote) in session.votes.iter().enumerate() {
        let place = format!(
            "第{}项表决（{}）",
            index + 1,
            crate::wording::names::subject_name(session, &vote.subject)
        );
        let here = Place::Vote(vote.subject.clone());
        match &vote.subject {
            VoteSubject::Agenda => {}
            VoteSubject::AgendaItem(id) => {
                if !session.agenda.iter().any(|i| i.id == *id) {
                    found
                        .at(here.clone())
                        .error(format!("{place}所指的议题不存在"));
                }
            }
            VoteSubject::Resolution(id) => {
                if session.resolution(*id).is_none() {
                    found
                        .at(here.clone())
                        .error(format!("{place}所指的决议不存在"));
                }
            }
            VoteSubject::Entries(ids) => {
                if ids.is_empty() {
                    found
                        .at(here.clone())
                        .error(format!("{place}没有指明任免事项"));
                }
                for id in ids {
                    if session.entry(*id).is_none() {
                        found
                            .at(here.clone())
                            .error(format!("{place}所指的任免事项（编号{id}）不存在"));
                    }
                    if !covered_entries.insert(*id) {
                        found
                            .at(here.clone())
                            .error(format!("{place}：任免事项（编号{id}）有两次表决记录"));
                    }
                }
            }
        }
        if !matches!(vote.subject, VoteSubject::Entries(_)) && !covered.insert(vote.subject.clone())
        {
            found
                .at(here.clone())
                .error(format!("{place}：同一事项有两次表决记录"));
        }
        // An announced record stands against the basis it was announced on (who was present
        // then); one being recorded against the attendance now.
        let present_then = vote.announcement.as_ref().map(|a| &a.present);
        if let VoteRecord::Ballots(ballots) = &vote.record {
            for ballot in ballots {
                let present = match present_then {
                    Some(then) => then.contains(ballot.member),
                    None => attendance.is_present_at(ballot.member, vote.sitting),
                };
                match attendance.member(ballot.member) {
                    None => found.at(here.clone()).error(format!(
                        "{place}有一张选票来自名单外的人员（编号{}）",
                        ballot.member
                    )),
                    Some(m) if !present => {
                        found
                            .at(here.clone())
                            .error(format!("{place}有未出席的{}的表决记录", m.name));
                    }
                    Some(_) => {}
                }
            }
            for id in duplicates(ballots.iter().map(|b| b.member)) {
                let name = session
                    .member(id)
                    .map_or_else(|| id.to_string(), |m| m.name.clone());
                found
                    .at(here.clone())
                    .error(format!("{place}中{name}有多条表决记录"));
            }
        }
        let present = match &vote.announcement {
            Some(announcement) => announcement.counts().present,
            None => decisions::attendance_for(session, &vote.subject).present,
        };
        if let Some(tally) = decisions::tally(&vote.record)
            && let Err(problem) = rules::check_tally(&tally, present)
        {
            found.at(here.clone()).error(format!("{place}：{problem}"));
        }
        match &vote.announcement {
            None => found
                .at(here.clone())
                .warning(format!("{place}已记录，但结果尚未宣布")),
            // The roster changed since: the result stands as announced, which is worth knowing.
            Some(announcement) if announcement.members != session.member_count() => {
                found.at(here.clone()).warning(format!(
                    "{place}宣布时应到{}人，现在组成人员为{}人；已宣布的结果不变，如需按现在的人数重新计算，请解锁后重新宣布",
                    announcement.members,
                    session.member_count()
                ));
            }
            Some(_) => {}
        }
    }
    for item in &session.agenda {
        if let Some(stored) = item.legacy_result {
            found.at(Place::AgendaItem(item.id)).error(format!(
                "议题「{}」在旧版本文件中记为「{}」，与表决记录（{}）不符；请核对后在议程中确认以表决记录为准",
                item.title,
                stored.label(),
                decisions::item_state(session, item).label()
            ));
        }
        if item.outcome == Outcome::Deliberated
            && decisions::vote_for(session, &VoteSubject::AgendaItem(item.id)).is_some()
        {
            found.at(Place::AgendaItem(item.id)).warning(format!(
                "议题「{}」标为「听取审议（不表决）」，但有表决记录",
                item.title
            ));
        }
    }
    for resolution in &session.resolutions {
        if let Some(stored) = resolution.legacy_result {
            found.at(Place::Resolution(resolution.id)).error(format!(
                "「{}」在旧版本文件中记为「{}」，与表决记录（{}）不符；请核对后在决议中确认以表决记录为准",
                resolution.title,
                stored.label(),
                decisions::resolution_state(session, resolution).label()
            ));
        }
    }
}

fn check_evaluations(session: &Session, found: &mut Findings) {
    let attendance = Attendance::of(session);
    for evaluation in &session.evaluations {
        let here = Place::Evaluation(evaluation.id);
        let present_then = evaluation.announcement.as_ref().map(|a| &a.present);
        let present = match &evaluation.announcement {
            Some(announcement) => announcement.counts().present,
            None => session.attendance_counts_at(evaluation.sitting).present,
        };
        for id in &evaluation.reports {
            if session.report(*id).is_none() {
                found.at(here.clone()).error(format!(
                    "测评「{}」所指的报告（编号{id}）不存在",
                    evaluation.subject
                ));
            }
        }
        if let EvaluationRecord::Ballots(ballots) = &evaluation.record {
            for ballot in ballots {
                let was_present = match present_then {
                    Some(then) => then.contains(ballot.member),
                    None => attendance.is_present_at(ballot.member, evaluation.sitting),
                };
                if !was_present {
                    found.at(here.clone()).error(format!(
                        "测评「{}」有未出席人员（编号{}）的测评票",
                        evaluation.subject, ballot.member
                    ));
                }
            }
        }
        let Some(tally) = decisions::evaluation_tally(&evaluation.record) else {
            continue;
        };
        if let Err(problem) = rules::check_evaluation(&tally, present) {
            found
                .at(here.clone())
                .error(format!("测评「{}」：{problem}", evaluation.subject));
        }
        if !evaluation.is_announced() {
            found.at(here).warning(format!(
                "测评「{}」已记录，但结果尚未宣布",
                evaluation.subject
            ));
        }
    }
}

/// Appointments: 「代理」 written into a post where the entry's kind should say it (DOMAIN.md
/// §16), and an acting decision that would print before the resignation it depends on.
fn check_appointments(session: &Session, found: &mut Findings) {
    // Every entry in the order the lists print them: motion by motion, verbs in list order.
    let printed: Vec<(MotionId, &super::appointments::AppointmentEntry)> = session
        .motions
        .iter()
        .flat_map(|m| {
            m.entries_in_list_order()
                .into_iter()
                .map(move |e| (m.id, e))
        })
        .collect();
    for (motion, entry) in &printed {
        if entry.acting_mismatch() {
            let advice = if entry.action == AppointmentAction::DecideActing {
                "任免方式已是「决定代理」，职务中不必再写「代理」（印出时自动加上）"
            } else {
                "职务中写有「代理」：代理职务请选「决定代理」，职务只写本职（如「某市人民政府市长」），印出时自动加上「代理」"
            };
            found
                .at(Place::Motion(*motion))
                .warning(format!("任免事项「{}」：{advice}", entry.sentence()));
        }
    }
    for (position, (motion, acting)) in printed.iter().enumerate() {
        if acting.action != AppointmentAction::DecideActing {
            continue;
        }
        let resigned_later = printed[position + 1..].iter().find(|(_, e)| {
            e.action == AppointmentAction::AcceptResignation
                && e.posts.iter().any(|p| acting.posts.contains(p))
        });
        if let Some((_, resignation)) = resigned_later {
            found.at(Place::Motion(*motion)).warning(format!(
                "「{}」将印在「{}」之前：应先接受辞职，再决定代理。请调整任免议案的顺序",
                acting.sentence(),
                resignation.sentence()
            ));
        }
    }
}
