//! A stress folder (issue 15): a whole term of a body, the size of a real one: forty sessions,
//! each the example session again (its documents, motions and votes) on its own day with its own
//! attendance, the roster changing during the term, and three hundred suggestions over five
//! years with their units, answers and evaluations, plus 审议意见 on the reports deliberated.
//!
//! Everything is built through the model's own methods (`BodyFile`, `Session::set_attendance`)
//! from the example session and the example folder's `body.ron`, deterministically.

use std::path::Path;

use chrono::{Datelike, Days, NaiveDate};
use huiwu_core::model::roster::USUAL_LEAVE_REASONS;
use huiwu_core::model::term::body_folder::BodyFile;
use huiwu_core::model::term::suggestions::{Answer, AnswerClass, KeySupervision};
use huiwu_core::model::{AttendanceStatus, Grade, ReportId, Role, Session};

use super::Dice;

/// How big a stress folder is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FolderSize {
    /// Sessions of the term.
    pub sessions: usize,
    /// Suggestions in the register, spread over the term's years.
    pub suggestions: usize,
}

impl FolderSize {
    /// The size issue 15 asks for: 40 sessions and 300 suggestions.
    pub const ISSUE: Self = Self {
        sessions: 40,
        suggestions: 300,
    };
}

/// A generated term: the body's file and its sessions, in order.
#[derive(Clone, Debug, PartialEq)]
pub struct StressFolder {
    /// What `body.ron` holds.
    pub body: BodyFile,
    /// The sessions, numbered from 1.
    pub sessions: Vec<Session>,
}

/// The first day of the generated term, and the days between its sessions: eight a year.
const FIRST_DAY: (i32, u32, u32) = (2022, 2, 24);
const DAYS_BETWEEN: u64 = 45;

/// The term of `size` built from `example` (the example session) and `example_body` (the
/// example folder's `body.ron`, whose suggestions lend their titles, units and texts).
pub fn stress_folder(
    example: &Session,
    example_body: &BodyFile,
    size: &FolderSize,
) -> StressFolder {
    let mut dice = Dice(0x464f_4c44_4552_3135); // "FOLDER15"
    let mut body = BodyFile::from_session(example);
    let first = NaiveDate::from_ymd_opt(FIRST_DAY.0, FIRST_DAY.1, FIRST_DAY.2).unwrap_or_default();
    let day_of = |number: usize| {
        first
            .checked_add_days(Days::new(DAYS_BETWEEN * (number as u64 - 1)))
            .unwrap_or(first)
    };
    // Half-way through the term one 委员 leaves, another joins, and one becomes 副主任.
    let middle = day_of(size.sessions / 2 + 1);
    let members: Vec<_> = body
        .members
        .iter()
        .filter(|m| m.current_period().is_some_and(|p| p.role == Role::Member))
        .map(|m| m.id)
        .collect();
    if let [leaving, promoted, ..] = members.as_slice() {
        let _ = body.member_leaves(*leaving, middle);
        let _ = body.change_role(*promoted, Role::ViceChair, 5, middle);
        body.add_member("王新民", Role::Member, 0, Some(middle));
    }
    let mut sessions: Vec<Session> = Vec::with_capacity(size.sessions);
    for number in 1..=size.sessions {
        let day = day_of(number);
        let mut session = example.clone();
        session.details.number = u32::try_from(number).unwrap_or(u32::MAX);
        session.details.dates = vec![day];
        for sitting in &mut session.details.sittings {
            sitting.date = day;
            sitting.absences = None;
        }
        session.roster = body.roster_on(day);
        session.absences.clear();
        let away = dice.between(2, 7);
        for _ in 0..away {
            let Some(member) = session.roster.get(dice.below(session.roster.len())) else {
                continue;
            };
            let status = if dice.below(8) == 0 {
                AttendanceStatus::Absent
            } else {
                let reason = USUAL_LEAVE_REASONS[dice.below(USUAL_LEAVE_REASONS.len())];
                AttendanceStatus::OnLeave(reason.to_owned())
            };
            let id = member.id;
            session.set_attendance(id, status);
        }
        sessions.push(session);
    }
    opinions(&mut body, &sessions, &mut dice);
    suggestions(
        &mut body,
        example_body,
        size.suggestions,
        first.year(),
        &mut dice,
    );
    StressFolder { body, sessions }
}

/// Two opinions a session, on the government's reports it deliberated, sent a week later and
/// due three months after; all but those of the last two sessions answered.
fn opinions(body: &mut BodyFile, sessions: &[Session], dice: &mut Dice) {
    let count = sessions.len();
    for (at, session) in sessions.iter().enumerate() {
        let number = session.details.number;
        let Some(day) = session.first_date() else {
            continue;
        };
        for report in [ReportId(2), ReportId(11)] {
            let id = body.add_opinion(number, report, "市人民政府");
            let sent = day.checked_add_days(Days::new(7)).unwrap_or(day);
            let due = sent.checked_add_months(chrono::Months::new(3));
            let _ = body.record_opinion_sent(id, sent, due);
            if at + 2 < count && dice.below(10) > 0 {
                let reply = huiwu_core::model::term::opinions::OpinionReply {
                    received: due,
                    title: "关于审议意见研究处理情况的报告".to_owned(),
                    heard_at: Some(number + 2),
                };
                let _ = body.record_opinion_reply(id, Some(reply));
            }
        }
    }
}

/// `count` suggestions over five years from `first_year`, a quarter of them key suggestions;
/// every year but the last answered, classed and evaluated (some dissatisfied and answered again).
fn suggestions(
    body: &mut BodyFile,
    example: &BodyFile,
    count: usize,
    first_year: i32,
    dice: &mut Dice,
) {
    let sources = &example.suggestions;
    if sources.is_empty() {
        return;
    }
    let names: Vec<String> = body.members.iter().map(|m| m.name.clone()).collect();
    let years = 5;
    for n in 0..count {
        let source = &sources[n % sources.len()];
        let year = first_year + i32::try_from(n % years).unwrap_or(0);
        let title = format!(
            "{}（第{}件）",
            source.title.trim_end_matches("的建议"),
            n / sources.len() + 1
        ) + "的建议";
        let id = body.add_suggestion(year, &title);
        if let Ok(suggestion) = body.suggestion_mut(id) {
            suggestion.number = format!("{}", n / years + 1);
            suggestion.lead_deputy = names[dice.below(names.len())].clone();
            suggestion.co_signers = (0..dice.below(4))
                .map(|_| names[dice.below(names.len())].clone())
                .collect();
            suggestion.category = ["经济发展", "城乡建设", "教科文卫", "农业农村", "社会治理"]
                [dice.below(5)]
            .to_owned();
            suggestion.raised_at = format!("{year}年市人大会议");
        }
        let handed = NaiveDate::from_ymd_opt(year, 3, 15).unwrap_or_default();
        let _ = body.hand_over(
            id,
            handed,
            source.lead_units.clone(),
            vec!["市财政局".to_owned()],
        );
        if n % 4 == 0 {
            let _ = body.set_key_suggestion(
                id,
                Some(KeySupervision {
                    supervisors: vec![names[dice.below(6)].clone()],
                }),
            );
        }
        if year == first_year + years as i32 - 1 && dice.below(2) == 0 {
            continue;
        }
        let text = source
            .last_answer()
            .map(|a| a.text.clone())
            .unwrap_or_default();
        let class = AnswerClass::ALL[dice.below(4)];
        let answer = |satisfaction| Answer {
            date: handed.checked_add_months(chrono::Months::new(2)),
            class: Some(class),
            text: text.clone(),
            satisfaction,
        };
        let grade = [
            Grade::Satisfied,
            Grade::Satisfied,
            Grade::BasicallySatisfied,
            Grade::Dissatisfied,
        ][dice.below(4)];
        let _ = body.record_answer(id, answer(Some(grade)));
        if grade == Grade::Dissatisfied {
            let _ = body.record_answer(id, answer(Some(Grade::BasicallySatisfied)));
        }
    }
}

/// Writes a stress folder into `folder` (made if missing): `body.ron` and `stress-NN.ron`.
pub fn write_stress_folder(folder: &Path, stress: &StressFolder) -> Result<(), String> {
    std::fs::create_dir_all(folder).map_err(|e| e.to_string())?;
    huiwu_core::io::folder::save_body(&stress.body, &huiwu_core::io::folder::body_path(folder))
        .map_err(|e| e.to_string())?;
    for session in &stress.sessions {
        let path = folder.join(format!("stress-{:02}.ron", session.details.number));
        huiwu_core::io::save(session, &path).map_err(|e| e.to_string())?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn example() -> (Session, BodyFile) {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
        let session =
            huiwu_core::io::load(Path::new(&format!("{root}/sessions/hebi-12-09.ron"))).unwrap();
        let body = huiwu_core::io::folder::load_body(Path::new(&format!(
            "{root}/sessions/hebi-12/body.ron"
        )))
        .unwrap();
        (session, body)
    }

    #[test]
    fn the_stress_folder_has_the_size_the_issue_asks_for() {
        let (session, body) = example();
        let stress = stress_folder(&session, &body, &FolderSize::ISSUE);
        assert_eq!(stress.sessions.len(), 40);
        assert_eq!(stress.body.suggestions.len(), 300);
        assert_eq!(stress.body.opinions.len(), 80);
        let years: Vec<i32> = stress.body.suggestion_years();
        assert_eq!(years, [2022, 2023, 2024, 2025, 2026]);
        assert!(
            stress
                .sessions
                .iter()
                .all(|s| s.attendance_counts().is_quorate())
        );
        assert!(
            stress.sessions[39]
                .roster
                .iter()
                .any(|m| m.name == "王新民")
        );
        assert_eq!(
            stress,
            stress_folder(&session, &body, &FolderSize::ISSUE),
            "deterministic"
        );
    }
}
