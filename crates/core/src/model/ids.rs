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

/// A set of members, sorted and without repeats, written to the file as ranges of ids
/// (「1-15,17-19,21,24-25」): an announcement keeps who was present, and a list one id a line
/// would make a session of a hundred votes thousands of lines longer.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct MemberSet(Vec<MemberId>);

impl MemberSet {
    /// The set of `members`, in any order, repeats dropped.
    pub fn of(members: impl IntoIterator<Item = MemberId>) -> Self {
        let mut ids: Vec<MemberId> = members.into_iter().collect();
        ids.sort_unstable();
        ids.dedup();
        Self(ids)
    }

    /// Whether `member` is in the set.
    pub fn contains(&self, member: MemberId) -> bool {
        self.0.binary_search(&member).is_ok()
    }

    /// How many members the set holds.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether the set is empty.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The members, in id order.
    pub fn iter(&self) -> impl Iterator<Item = MemberId> + '_ {
        self.0.iter().copied()
    }

    /// 「1-15,17-19,21」: consecutive ids as ranges, joined by commas.
    fn to_ranges(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        let mut index = 0;
        while index < self.0.len() {
            let start = self.0[index].0;
            let mut end = start;
            while index + 1 < self.0.len() && self.0[index + 1].0 == end.wrapping_add(1) {
                index += 1;
                end = self.0[index].0;
            }
            parts.push(if start == end {
                start.to_string()
            } else {
                format!("{start}-{end}")
            });
            index += 1;
        }
        parts.join(",")
    }

    /// The set [`Self::to_ranges`] wrote; `None` for text that is not ranges of ids, or ranges
    /// that would hold more ids than any roster (a hostile file must not take memory).
    fn from_ranges(text: &str) -> Option<Self> {
        /// More ids than any committee has members, by far.
        const MAX_IDS: u64 = 100_000;
        let mut ids = Vec::new();
        let mut total: u64 = 0;
        for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let (start, end) = match part.split_once('-') {
                Some((a, b)) => (a.trim().parse::<u32>().ok()?, b.trim().parse::<u32>().ok()?),
                None => {
                    let one = part.parse::<u32>().ok()?;
                    (one, one)
                }
            };
            if end < start {
                return None;
            }
            total += u64::from(end - start) + 1;
            if total > MAX_IDS {
                return None;
            }
            ids.extend((start..=end).map(MemberId));
        }
        Some(Self::of(ids))
    }
}

impl Serialize for MemberSet {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_ranges())
    }
}

impl<'de> Deserialize<'de> for MemberSet {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Self::from_ranges(&text).ok_or_else(|| {
            serde::de::Error::custom(format!("「{text}」不是组成人员编号的列表（如 1-15,17）"))
        })
    }
}

#[cfg(test)]
mod member_set_tests {
    use super::*;

    #[test]
    fn member_sets_are_written_as_ranges_and_read_back() {
        let set = MemberSet::of([25, 1, 2, 3, 17, 18, 3, 21].map(MemberId));
        assert_eq!(set.to_ranges(), "1-3,17-18,21,25");
        assert_eq!(MemberSet::from_ranges("1-3,17-18,21,25"), Some(set));
        assert_eq!(MemberSet::from_ranges(""), Some(MemberSet::default()));
        assert_eq!(MemberSet::from_ranges("3-1"), None);
        assert_eq!(MemberSet::from_ranges("1-4294967295"), None);
        assert_eq!(MemberSet::from_ranges("x"), None);
        let edge = MemberSet::of([MemberId(u32::MAX - 1), MemberId(u32::MAX)]);
        assert_eq!(MemberSet::from_ranges(&edge.to_ranges()), Some(edge));
    }
}
