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

use chrono::{Datelike, NaiveDate, Weekday};

use super::doc::DocBlock;
use crate::model::decisions::{VoteResult, decision, entry_vote_groups, is_expected};
use crate::model::{Appointee, AppointmentEntry, AppointmentMotion, Session, Sitting, VoteSubject};

/// 「星期四」.
pub fn weekday(date: NaiveDate) -> &'static str {
    match date.weekday() {
        Weekday::Mon => "星期一",
        Weekday::Tue => "星期二",
        Weekday::Wed => "星期三",
        Weekday::Thu => "星期四",
        Weekday::Fri => "星期五",
        Weekday::Sat => "星期六",
        Weekday::Sun => "星期日",
    }
}

/// 「12月21日」.
pub fn month_day(date: NaiveDate) -> String {
    format!("{}月{}日", date.month(), date.day())
}

/// When a sitting is held, as the schedule and the notice say it: 「6月27日（星期四）上午」.
pub fn sitting_when(sitting: &Sitting) -> String {
    format!(
        "{}（{}）{}",
        month_day(sitting.date),
        weekday(sitting.date),
        sitting.time.trim()
    )
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
        super::phrases::appointment_sentences_of(session, &[&alone]).concat()
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

    #[test]
    fn weekdays_are_chinese() {
        let day = NaiveDate::from_ymd_opt(2023, 12, 21).unwrap();
        assert_eq!(weekday(day), "星期四");
        assert_eq!(month_day(day), "12月21日");
    }
}
