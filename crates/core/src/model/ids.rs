//! Stable identifiers for the parts of a session that other parts refer to.
//!
//! Ids are numbers that never change once given, so that a vote keeps pointing at the same
//! resolution when the list is reordered. They are written to the file as plain numbers.

use serde::{Deserialize, Serialize};

macro_rules! define_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub u32);

        impl HasIdValue for $name {
            fn value(self) -> u32 {
                self.0
            }
            fn from_value(value: u32) -> Self {
                Self(value)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, "{}", self.0)
            }
        }
    };
}

/// Common behaviour of the typed ids, so that one function can find the next free id of any kind.
pub trait HasIdValue: Copy {
    /// The number written to the file.
    fn value(self) -> u32;
    /// Builds the id from its number.
    fn from_value(value: u32) -> Self;
}

/// The next id after every id in `existing`: the largest plus one, or 1 for an empty list.
pub fn next_id<I: HasIdValue>(existing: impl IntoIterator<Item = I>) -> I {
    let largest = existing
        .into_iter()
        .map(HasIdValue::value)
        .max()
        .unwrap_or(0);
    I::from_value(largest.saturating_add(1))
}

define_id!(
    /// A member of the standing committee (组成人员).
    MemberId
);
define_id!(
    /// A unit of non-voting attendees (列席单位).
    ObserverUnitId
);
define_id!(
    /// An agenda item (议题).
    AgendaItemId
);
define_id!(
    /// A report or explanation tabled at the session (报告、说明).
    ReportId
);
define_id!(
    /// A resolution, decision or other normative document (决议、决定、规范).
    ResolutionId
);
define_id!(
    /// An appointment motion (任免议案).
    MotionId
);
define_id!(
    /// One entry of an appointment motion: one person, one verb (任免事项).
    EntryId
);
define_id!(
    /// A recorded vote (表决).
    VoteId
);
define_id!(
    /// A satisfaction evaluation (满意度测评).
    EvaluationId
);
define_id!(
    /// A sitting of the session (全体会议 or 分组会议).
    SittingId
);
define_id!(
    /// A record of the committee's opinions on a report (审议意见), kept in the body's folder.
    OpinionId
);
define_id!(
    /// A deputy's suggestion (代表建议) in the body's register.
    SuggestionId
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_id_follows_the_largest() {
        assert_eq!(next_id::<MemberId>([]), MemberId(1));
        assert_eq!(
            next_id([MemberId(3), MemberId(9), MemberId(2)]),
            MemberId(10)
        );
    }
}
