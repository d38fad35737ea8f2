//! The committee's opinions on a report it deliberated (审议意见, DOMAIN.md §14): the text sent
//! to the government, court or procuratorate, when it was sent, the deadline for the reply, and
//! the reply (研究处理情况的报告) when it comes, with the session that hears it.
//!
//! Kept in the body's folder (`body.ron`), not in a session: the record runs across sessions.
//! It refers to the report by the session's number and the report's id there, so the report's
//! title has one owner, the session.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::model::ids::{OpinionId, ReportId};
use crate::model::text::Block;

/// The opinions sent on one report, and what became of them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Opinion {
    /// Stable id.
    pub id: OpinionId,
    /// The session that deliberated the report: its number in the term (第九次会议 → 9).
    pub session: u32,
    /// The report deliberated, by its id in that session.
    pub report: ReportId,
    /// Who the opinions go to: 市人民政府, 市中级人民法院 …
    pub addressee: String,
    /// The text: the overall view, the problems, what to improve, the deadline for the reply.
    #[serde(default)] // written after the session; a record may exist before its text
    pub text: Vec<Block>,
    /// The day the opinions were sent (送达); `None` while they are being drafted.
    #[serde(default)] // not sent yet
    pub sent: Option<NaiveDate>,
    /// The day the reply is due; `None` while no deadline is set.
    #[serde(default)] // set when the opinions are sent
    pub deadline: Option<NaiveDate>,
    /// The reply, once it has come.
    #[serde(default, skip_serializing_if = "Option::is_none")] // no reply yet
    pub reply: Option<OpinionReply>,
}

/// The reply to a committee's opinions: the report on how they were studied and handled.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OpinionReply {
    /// The day it was received; `None` where the office did not note it.
    #[serde(default)] // not always noted
    pub received: Option<NaiveDate>,
    /// Its title: 「关于…审议意见研究处理情况的报告」.
    #[serde(default)] // may be filled in later
    pub title: String,
    /// The session at which it is (or was) heard, by number; `None` until one is set.
    #[serde(default)] // not yet placed on an agenda
    pub heard_at: Option<u32>,
}

/// Where an opinion stands on a given day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum OpinionState {
    /// 待送达: not sent yet.
    Drafting,
    /// 待答复: sent, the deadline not past (or none set).
    AwaitingReply,
    /// 逾期未答复: the deadline is past and no reply has come.
    Overdue,
    /// 已答复: the reply has come (heard or not yet).
    Replied,
}

impl OpinionState {
    /// 待送达, 待答复, 逾期未答复, 已答复.
    pub fn label(self) -> &'static str {
        match self {
            Self::Drafting => "待送达",
            Self::AwaitingReply => "待答复",
            Self::Overdue => "逾期未答复",
            Self::Replied => "已答复",
        }
    }
}

impl Opinion {
    /// Where the opinion stands on `today`: replied, overdue (the deadline is before `today` and
    /// no reply has come), awaiting a reply, or not sent yet.
    pub fn state(&self, today: NaiveDate) -> OpinionState {
        if self.reply.is_some() {
            OpinionState::Replied
        } else if self.deadline.is_some_and(|deadline| deadline < today) {
            OpinionState::Overdue
        } else if self.sent.is_some() || self.deadline.is_some() {
            OpinionState::AwaitingReply
        } else {
            OpinionState::Drafting
        }
    }

    /// Days past the deadline on `today`, for an overdue opinion (0 otherwise).
    pub fn days_overdue(&self, today: NaiveDate) -> i64 {
        match (self.state(today), self.deadline) {
            (OpinionState::Overdue, Some(deadline)) => (today - deadline).num_days(),
            _ => 0,
        }
    }
}

/// The title of the opinions on a report: 「关于2023年重点民生实事办理情况的专项工作报告的审议意见」
/// (a leading 「关于」 of the report's title is not repeated).
pub fn opinion_title(report_title: &str) -> String {
    let rest = report_title.strip_prefix("关于").unwrap_or(report_title);
    format!("关于{rest}的审议意见")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn opinion() -> Opinion {
        Opinion {
            id: OpinionId(1),
            session: 9,
            report: ReportId(1),
            addressee: "市人民政府".to_owned(),
            text: Vec::new(),
            sent: None,
            deadline: None,
            reply: None,
        }
    }

    #[test]
    fn an_opinion_is_overdue_the_day_after_its_deadline_until_a_reply_comes() {
        let mut o = opinion();
        assert_eq!(o.state(date(2024, 1, 1)), OpinionState::Drafting);
        o.sent = Some(date(2023, 12, 28));
        o.deadline = Some(date(2024, 3, 28));
        assert_eq!(o.state(date(2024, 3, 28)), OpinionState::AwaitingReply);
        assert_eq!(o.state(date(2024, 3, 29)), OpinionState::Overdue);
        assert_eq!(o.days_overdue(date(2024, 4, 7)), 10);
        o.reply = Some(OpinionReply::default());
        assert_eq!(o.state(date(2024, 4, 7)), OpinionState::Replied);
        assert_eq!(o.days_overdue(date(2024, 4, 7)), 0);
    }

    #[test]
    fn the_title_does_not_repeat_guan_yu() {
        assert_eq!(
            opinion_title("关于2023年重点民生实事办理情况的专项工作报告"),
            "关于2023年重点民生实事办理情况的专项工作报告的审议意见"
        );
        assert_eq!(
            opinion_title("市人民政府工作报告"),
            "关于市人民政府工作报告的审议意见"
        );
    }
}
