//! The papers of the session before and during it (DOMAIN.md §13): the notice, the agenda
//! (draft and adopted), the schedule, the list of documents handed out, the sign-in sheets,
//! the ballots and evaluation ballots, what the presiding officer reports about leave, the
//! certificates of appointment and the constitutional oath.
//!
//! Each is built from the session through the rules and phrases that own the facts (who is
//! present, the voting order, name order, how an entry is worded) into a [`Doc`], so that every
//! writer prints it. Official documents keep the GB/T 9704 page with its numbers; the forms
//! handed out to fill in (sign-in sheets, ballots, certificates) have no page numbers.
//!
//! [`Doc`]: super::doc::Doc

pub mod agenda;
pub mod appointees;
pub mod attendance;
pub mod ballots;
pub mod notice;

use ballots::{EvaluationPaper, evaluation_papers};

use super::doc::DocBlock;
use super::minutes::draft_title;
use crate::model::decisions::{
    VoteResult, decision, entry_vote_groups, is_expected, sitting_of_subject, voting_order,
};
use crate::model::numerals::chinese_number;
use crate::model::{
    AgendaItem, AgendaKind, Appointee, AppointmentEntry, AppointmentMotion, DocumentRef,
    ReportKind, Session, Sitting, SittingId, SittingKind, VoteSubject,
};
use crate::wording::dates::weekday;
use crate::wording::phrases::{appointment_sentences_of, book_title};

/// When a sitting is held, as the schedule and the notice say it: 「6月27日（星期四）上午8:30」.
pub fn sitting_when(session: &Session, sitting: &Sitting) -> String {
    format!(
        "{}（{}）{}",
        crate::wording::dates::DateStyle::of_session(session).month_day(sitting.date),
        weekday(sitting.date),
        time_of_day(sitting)
    )
}

/// The time of day of a sitting: 上午 or 下午 with its clock time where one is set
/// (「上午8:30」); the clock time alone says 上午 or 下午 by itself; empty where neither is known.
pub fn time_of_day(sitting: &Sitting) -> String {
    let part = sitting.time.trim();
    let clock = sitting.starts_at.trim();
    if clock.is_empty() || part.chars().any(|c| c.is_ascii_digit()) {
        return part.to_owned();
    }
    if !part.is_empty() {
        return format!("{part}{clock}");
    }
    let hour: Option<u32> = clock
        .split([':', '：', '时', '点'])
        .next()
        .and_then(|h| h.trim().parse().ok());
    match hour {
        Some(hour) if hour < 12 => format!("上午{clock}"),
        Some(_) => format!("下午{clock}"),
        None => clock.to_owned(),
    }
}

/// What happens at one plenary sitting, in the order the session runs (or at the whole session
/// where it has no plenary sittings): the items heard, the evaluation ballots used, the votes
/// taken, the group sittings that follow it. The 主持词 and the 日程安排 both follow it.
pub struct SittingPlan<'s> {
    /// The plenary sitting; `None` for a session without plenary sittings.
    pub sitting: Option<SittingId>,
    /// The agenda items heard, with their numbers (1 for 第一项).
    pub items: Vec<(usize, &'s AgendaItem)>,
    /// The votes taken, in voting order.
    pub votes: Vec<VoteSubject>,
    /// The evaluation ballots used.
    pub evaluations: Vec<EvaluationPaper<'s>>,
    /// The group sittings between this one and the next plenary sitting.
    pub groups_after: Vec<&'s Sitting>,
}

impl SittingPlan<'_> {
    /// 「第一次全体会议」, or 「全体会议」 for a session without sittings.
    pub fn heading(&self, session: &Session) -> String {
        self.sitting
            .and_then(|id| session.sitting_name(id))
            .unwrap_or_else(|| "全体会议".to_owned())
    }
}

/// The plenary sittings and what happens at each: items placed nowhere are heard at the first,
/// votes and evaluations placed nowhere taken at the last, the agenda adopted at the opening of
/// the first; one plan for the whole session where it has no plenary sittings.
pub fn sitting_plans(session: &Session) -> Vec<SittingPlan<'_>> {
    let plenaries: Vec<SittingId> = session.plenary_sittings().map(|s| s.id).collect();
    let empty = |sitting| SittingPlan {
        sitting,
        items: Vec::new(),
        votes: Vec::new(),
        evaluations: Vec::new(),
        groups_after: Vec::new(),
    };
    let mut plans: Vec<SittingPlan> = if plenaries.is_empty() {
        vec![empty(None)]
    } else {
        plenaries.iter().map(|id| empty(Some(*id))).collect()
    };
    let plan_of = |sitting: Option<SittingId>, default: usize| -> usize {
        sitting
            .and_then(|id| plenaries.iter().position(|p| *p == id))
            .unwrap_or(default)
    };
    let last = plans.len() - 1;
    for (index, item) in session.agenda.iter().enumerate() {
        let at = plan_of(item.sitting, 0);
        plans[at].items.push((index + 1, item));
    }
    for paper in evaluation_papers(session) {
        let at = plan_of(paper.sitting, last);
        plans[at].evaluations.push(paper);
    }
    for subject in voting_order(session) {
        if !is_expected(session, &subject) {
            continue;
        }
        let sitting = crate::model::decisions::vote_for(session, &subject)
            .and_then(|v| v.sitting)
            .or_else(|| sitting_of_subject(session, &subject));
        let default = if subject == VoteSubject::Agenda {
            0
        } else {
            last
        };
        let at = plan_of(sitting, default);
        plans[at].votes.push(subject);
    }
    let mut current: Option<usize> = None;
    for sitting in &session.details.sittings {
        match sitting.kind {
            SittingKind::Plenary => current = plenaries.iter().position(|p| *p == sitting.id),
            SittingKind::Group => {
                if let Some(plan) = current.and_then(|at| plans.get_mut(at)) {
                    plan.groups_after.push(sitting);
                }
            }
        }
    }
    plans
}

/// What a group sitting deliberates (分组审议): the items heard at the plenary sittings since the
/// previous group sitting that the committee deliberates (not those only heard, voted or
/// evaluated), with their numbers.
pub fn group_business<'s>(session: &'s Session, group: &Sitting) -> Vec<(usize, &'s AgendaItem)> {
    let sittings = &session.details.sittings;
    let Some(at) = sittings.iter().position(|s| s.id == group.id) else {
        return Vec::new();
    };
    let first_plenary = session.plenary_sittings().next().map(|s| s.id);
    let since = sittings[..at]
        .iter()
        .rposition(|s| s.kind == SittingKind::Group)
        .map_or(0, |previous| previous + 1);
    let before: Vec<SittingId> = sittings[since..at]
        .iter()
        .filter(|s| s.kind == SittingKind::Plenary)
        .map(|s| s.id)
        .collect();
    session
        .agenda
        .iter()
        .enumerate()
        .filter(|(_, item)| {
            let sitting = item
                .sitting
                .filter(|id| session.sitting(*id).is_some())
                .or(first_plenary);
            sitting.is_some_and(|id| before.contains(&id))
                && !matches!(
                    item.kind,
                    AgendaKind::Hear | AgendaKind::Vote | AgendaKind::Evaluation
                )
        })
        .map(|(index, item)| (index + 1, item))
        .collect()
}

/// 「第一、三、四项议程」: agenda numbers as the papers name a few items.
pub fn item_numbers(numbers: &[usize]) -> String {
    let numbers: Vec<String> = numbers
        .iter()
        .map(|n| chinese_number(u32::try_from(*n).unwrap_or(u32::MAX)))
        .collect();
    format!("第{}项议程", numbers.join("、"))
}

/// 「6月27日下午举行分组会议，审议第一、三、四项议程。」: a group sitting as the 主持词 notes it.
pub fn group_note(session: &Session, group: &Sitting) -> String {
    let numbers: Vec<usize> = group_business(session, group)
        .iter()
        .map(|(n, _)| *n)
        .collect();
    let business = if numbers.is_empty() {
        "有关议题".to_owned()
    } else {
        item_numbers(&numbers)
    };
    format!(
        "{}{}举行分组会议，审议{business}。",
        crate::wording::dates::DateStyle::of_session(session).month_day(group.date),
        group.time.trim()
    )
}

/// What a vote decides, as a ballot prints it (`standalone`: the paper names the session) and
/// as the presiding officer puts it to the vote: the draft agenda; an item by its title (a
/// ballot) or by its reports (「市人民政府关于…的报告」, 「第十三项议程的十个报告」); a resolution
/// as its draft 「《…（草案）》」; appointments as the body's sentences word them.
pub fn vote_subject_text(session: &Session, subject: &VoteSubject, standalone: bool) -> String {
    match subject {
        VoteSubject::Agenda if standalone => format!("{}议程（草案）", session.full_title()),
        VoteSubject::Agenda => "本次会议议程（草案）".to_owned(),
        VoteSubject::AgendaItem(id) => {
            let Some((index, item)) = session
                .agenda
                .iter()
                .enumerate()
                .find(|(_, item)| item.id == *id)
            else {
                return String::new();
            };
            if standalone {
                return item.title.clone();
            }
            let reports: Vec<String> = session
                .reports_of(item)
                .filter(|r| r.kind != ReportKind::Speech)
                .map(|r| format!("{}{}", r.submitter, r.title))
                .collect();
            match reports.len() {
                0 => item.title.clone(),
                1 | 2 => reports.join("、"),
                count => format!(
                    "第{}项议程的{}个报告",
                    chinese_number(u32::try_from(index + 1).unwrap_or(u32::MAX)),
                    chinese_number(u32::try_from(count).unwrap_or(u32::MAX))
                ),
            }
        }
        VoteSubject::Resolution(id) => {
            let Some(resolution) = session.resolution(*id) else {
                return String::new();
            };
            let item_title = session
                .agenda
                .iter()
                .find(|item| item.documents.contains(&DocumentRef::Resolution(*id)))
                .map_or("", |item| item.title.as_str());
            book_title(&draft_title(item_title, &resolution.title))
        }
        VoteSubject::Entries(ids) => {
            let entries: Vec<&AppointmentEntry> = ids
                .iter()
                .filter_map(|id| session.entry(*id).map(|(_, entry)| entry))
                .collect();
            appointment_sentences_of(session, &entries).join("；")
        }
    }
}

/// The vote an appointment entry is put to: its group under 合并表决, or the entry alone.
pub fn vote_subject_of_entry(session: &Session, entry: &AppointmentEntry) -> VoteSubject {
    session
        .motions
        .iter()
        .flat_map(entry_vote_groups)
        .find(|group| group.contains(&entry.id))
        .map_or_else(
            || VoteSubject::Entries(vec![entry.id]),
            VoteSubject::Entries,
        )
}

/// A person put into a post at this session, with the entry that does it.
#[derive(Clone, Copy, Debug)]
pub struct Appointment<'s> {
    /// The entry (任命, 决定任命, 批准任命 or 决定代理).
    pub entry: &'s AppointmentEntry,
    /// The person; an entry of many people (a batch) gives one appointment each.
    pub person: &'s Appointee,
}

impl Appointment<'_> {
    /// The appointment as its sentence says it, for this person alone, in the body's style
    /// (DOMAIN.md §8): 「决定任命张建华为鹤壁市科学技术局局长」, 「决定刘卫东为淇县人民政府代理县长」.
    pub fn sentence(&self, session: &Session) -> String {
        let alone = AppointmentEntry {
            people: vec![self.person.clone()],
            ..self.entry.clone()
        };
        crate::wording::phrases::appointment_sentences_of(session, &[&alone]).concat()
    }
}

/// Everyone the committee appoints at this session (every appointment verb: 任命, 决定任命,
/// 批准任命, 决定代理), one per person and entry, in the order the 人事任免名单 prints them;
/// an entry whose vote is not expected (its item deferred or withdrawn) or was announced as
/// rejected is left out. What certificates are printed for and who swears the oath.
pub fn appointments(session: &Session) -> Vec<Appointment<'_>> {
    session
        .motions
        .iter()
        .flat_map(AppointmentMotion::entries_in_list_order)
        .filter(|entry| entry.action.is_appointment())
        .filter(|entry| {
            let subject = vote_subject_of_entry(session, entry);
            is_expected(session, &subject)
                && decision(session, &subject) != Some(VoteResult::Rejected)
        })
        .flat_map(|entry| {
            entry
                .people
                .iter()
                .map(move |person| Appointment { entry, person })
        })
        .collect()
}

/// A motion as lists of documents name it: 「关于提请任免张建华等6名同志职务的议案（鹤政文〔2023〕52号）」.
pub fn motion_with_number(motion: &AppointmentMotion) -> String {
    motion_with_number_joined(motion, "")
}

/// A motion and its number with `between` them: a ballot puts the number on a line of its own.
pub fn motion_with_number_joined(motion: &AppointmentMotion, between: &str) -> String {
    let number = motion.document_number.trim();
    if number.is_empty() {
        motion.title.clone()
    } else {
        format!("{}{between}（{number}）", motion.title)
    }
}

/// Splits `rows` into pages of at most `per_page`, as evenly as it can (41 names on pages of at
/// most 16 become 14, 14 and 13), so that no sheet ends with a few rows alone.
pub fn balanced_pages<T: Clone>(rows: &[T], per_page: usize) -> Vec<Vec<T>> {
    if rows.is_empty() {
        return Vec::new();
    }
    let pages = rows.len().div_ceil(per_page.max(1));
    let size = rows.len().div_ceil(pages);
    rows.chunks(size).map(<[T]>::to_vec).collect()
}

/// Appends `blocks` as a page of its own: after a page break unless `into` is still empty.
pub fn push_page(into: &mut Vec<DocBlock>, blocks: Vec<DocBlock>) {
    if !into.is_empty() {
        into.push(DocBlock::PageBreak);
    }
    into.extend(blocks);
}

/// The name of a member as forms print it: a two-character name padded to the width of three
/// (「尚　欣」, DOMAIN.md §5).
pub fn form_name(name: &str) -> String {
    crate::collation::padded_name(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_are_balanced() {
        let rows: Vec<u32> = (0..41).collect();
        let sizes: Vec<usize> = balanced_pages(&rows, 16).iter().map(Vec::len).collect();
        assert_eq!(sizes, [14, 14, 13]);
        let sizes: Vec<usize> = balanced_pages(&rows[..16], 16)
            .iter()
            .map(Vec::len)
            .collect();
        assert_eq!(sizes, [16]);
        assert!(balanced_pages::<u32>(&[], 16).is_empty());
    }
}
