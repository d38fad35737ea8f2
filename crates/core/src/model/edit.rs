//! What every change to a session shares: the refusal ([`EditError`]), moving an item in a
//! list, today's date.
//!
//! The changes themselves are methods of [`Session`](super::Session) beside the type they change
//! (`agenda.rs`: the agenda; `session.rs`: days, sittings, 列席 and the next session; `roster.rs`:
//! members and attendance; `documents.rs`: reports, texts and resolutions; `appointments.rs`:
//! motions and entries; `votes.rs`: votes and evaluations; `body.rs`: the house style;
//! `recorded.rs`: announcing and unlocking; `guard.rs`: what an announcement freezes), each
//! with the cleanup its rules imply (deleting a member removes their absences and ballots;
//! deleting a report unlinks it …). The window's actions, the command line, the tests and the
//! benchmarks all change a session through these methods and nothing else.

use chrono::NaiveDate;

/// Why a change was refused, in plain Chinese for the person who asked for it.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    /// The change would alter a record whose result has been announced.
    #[error(
        "「{what}」的结果已宣布，记录已锁定，不能{change}。如确需修改，请先在表决/测评中解锁并说明原因。"
    )]
    Locked {
        /// What is announced, in a few words.
        what: String,
        /// What was asked: 删除, 修改 …
        change: String,
    },
    /// A record cannot be announced.
    #[error("不能宣布结果：{0}。")]
    CannotAnnounce(String),
    /// Any other refusal, said as it is.
    #[error("{0}")]
    Refused(String),
}

/// Moves `items[from]` so that it ends at position `to`; out-of-range requests do nothing.
pub fn move_item<T>(items: &mut [T], from: usize, to: usize) {
    if from >= items.len() || to >= items.len() || from == to {
        return;
    }
    if from < to {
        items[from..=to].rotate_left(1);
    } else {
        items[to..=from].rotate_right(1);
    }
}

/// Today's date, for new dates the person will adjust.
pub fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}
