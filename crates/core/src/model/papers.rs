//! The settings of the papers the office prepares before and during the session (DOMAIN.md §13,
//! §18): the notice's contact, phone, dates, 报到 and 材料 lines, the ballots' spare copies, 记名
//! or 无记名, how each vote is taken (the session's default and the votes taken otherwise), who
//! counts the paper ballots, the certificates' numbers and who leads the constitutional oath.
//! One struct, kept on the session, every field with a default so that a session that never
//! touches them saves as before.
//!
//! [`Session::vote_method`] is the one answer to "how is this vote taken": the 主持词, the
//! ballots and the minutes' method phrase all ask it.
//!
//! The changes a view makes are the `Session` methods at the end of this file.

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

use super::edit::EditError;
use super::session::Session;
use super::votes::VoteSubject;

/// The most spare ballots a person may ask for: beyond that a typing slip (200 for 2) would
/// print thousands of pages.
pub const MAX_SPARE_BALLOTS: u32 = 50;

/// How many days before the first day the notice is dated when no date is set (DOMAIN.md §13:
/// 「sent about 7 days before」).
pub const NOTICE_DAYS_BEFORE: u64 = 7;

/// Settings of the session's papers (DOMAIN.md §13), each with the default the domain gives.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)] // every setting has a default; files of format 4 before them have none
pub struct PaperSettings {
    /// The contact the notice names for leave requests (「联系人：张三」); empty: none printed.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub contact: String,
    /// The contact's phone (「联系电话：0392-3312345」); empty: none printed.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub phone: String,
    /// The date of the notice; `None`: [`NOTICE_DAYS_BEFORE`] days before the first day.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notice_date: Option<NaiveDate>,
    /// The day by which leave must be asked for (「请于…前将请假事由报…」); `None`: the day
    /// before the first day.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub leave_deadline: Option<NaiveDate>,
    /// Ballots printed beyond one per member, for spoilt ones (default 2).
    pub spare_ballots: u32,
    /// Whether the ballots carry the voter's name (记名) or not (无记名, the default).
    pub ballot_secrecy: BallotSecrecy,
    /// Which votes are taken on paper: by default only the personnel votes, since most bodies
    /// vote on everything else with the voting machine.
    pub paper_votes: PaperVotes,
    /// Who leads the constitutional oath (领誓人), by name; empty: the first person appointed.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub oath_leader: String,
    /// How the votes not taken on paper are taken: by the voting machine, or by a show of hands
    /// where the hall has no machine.
    #[serde(skip_serializing_if = "VoteMethod::is_machine")]
    // new with issue 24 (default: the machine, as every vote was read before): files without it
    // read as before
    pub hall_method: VoteMethod,
    /// The votes taken otherwise than the session's default, each by its subject (DOMAIN.md §18).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    // new with issue 24: a file without it takes every vote by the default
    pub vote_methods: Vec<VoteMethodChoice>,
    /// The 监票人 of the paper ballots, names joined by 「、」; empty: blanks in the 主持词.
    #[serde(skip_serializing_if = "String::is_empty")] // new with issue 24
    pub scrutineers: String,
    /// The 计票人 of the paper ballots, names joined by 「、」; empty: blanks in the 主持词.
    #[serde(skip_serializing_if = "String::is_empty")] // new with issue 24
    pub tellers: String,
    /// Where and when the members report in (报到), as the notice says it: 「12月21日上午8:30前
    /// 到市人大常委会机关一楼报到」; empty: half an hour before the first sitting, at the venue.
    #[serde(skip_serializing_if = "String::is_empty")] // new with issue 24
    pub check_in: String,
    /// What the notice says of the session's documents (材料): 「会议材料于报到时发放」; empty:
    /// that sentence.
    #[serde(skip_serializing_if = "String::is_empty")] // new with issue 24
    pub materials: String,
    /// The word before the year of a certificate's number (「鹤人常任字」 in 「鹤人常任字〔2023〕1号」);
    /// empty: the region's first character and 「人常任字」.
    #[serde(skip_serializing_if = "String::is_empty")] // new with issue 24
    pub certificate_prefix: String,
    /// The number of the session's first certificate (the office numbers them through the
    /// year); `None`: 1.
    #[serde(skip_serializing_if = "Option::is_none")] // new with issue 24
    pub first_certificate: Option<u32>,
    /// The gazette's issue (期号) as its cover prints it: 「2023年第6期」; empty: the session's
    /// number (「第九期」).
    #[serde(skip_serializing_if = "String::is_empty")] // new with issue 24
    pub gazette_issue: String,
    /// The number the office gives the notice of the evaluation results where it publishes it
    /// as a 公告 (「（第60号）」 under its header, FORMS.md §18); `None`: not numbered.
    #[serde(skip_serializing_if = "Option::is_none")] // new in format 6
    pub evaluation_notice_number: Option<u32>,
    /// The session of the people's congress the decisions are filed with (「并报肃宁县第十八届
    /// 人民代表大会第五次会议备案」, FORMS.md §17 `congress_session`): its number within the
    /// term; `None`: not known, the congress of the term is named.
    #[serde(skip_serializing_if = "Option::is_none")] // new in format 6
    pub congress_session: Option<u32>,
}

/// A vote taken otherwise than the session's default.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VoteMethodChoice {
    /// The vote, by what it decides (an appointment bundle by its entries).
    pub subject: VoteSubject,
    /// How it is taken.
    pub method: VoteMethod,
}

/// How a vote is taken (DOMAIN.md §18).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum VoteMethod {
    /// 按表决器: the voting machine, the result read from the screen.
    #[default]
    Machine,
    /// 举手表决: a show of hands, counted by the staff.
    Hands,
    /// 投票: paper ballots (记名 or 无记名 as the session's ballots are), with 监票人 and 计票人.
    Ballot,
}

impl VoteMethod {
    /// Every method, in the order a chooser offers them.
    pub const ALL: [VoteMethod; 3] = [Self::Machine, Self::Hands, Self::Ballot];

    /// Whether this is the voting machine (the file then leaves the setting out).
    pub fn is_machine(&self) -> bool {
        *self == Self::Machine
    }

    /// The method as a chooser offers it: 按表决器, 举手表决, 投票表决.
    pub fn label(self) -> &'static str {
        match self {
            Self::Machine => "按表决器",
            Self::Hands => "举手表决",
            Self::Ballot => "投票表决",
        }
    }

    /// The method as the minutes name it (FORMS.md §19 `yi_fangshi`), without 「以」 and 「方式」:
    /// 「按表决器表决」, 「举手表决」, 「无记名投票」 or 「记名投票」.
    pub fn phrase(self, secrecy: BallotSecrecy) -> String {
        match self {
            Self::Machine => "按表决器表决".to_owned(),
            Self::Hands => "举手表决".to_owned(),
            Self::Ballot => format!("{}投票", secrecy.label()),
        }
    }
}

impl Default for PaperSettings {
    fn default() -> Self {
        Self {
            contact: String::new(),
            phone: String::new(),
            notice_date: None,
            leave_deadline: None,
            spare_ballots: 2,
            ballot_secrecy: BallotSecrecy::default(),
            paper_votes: PaperVotes::default(),
            oath_leader: String::new(),
            hall_method: VoteMethod::Machine,
            vote_methods: Vec::new(),
            scrutineers: String::new(),
            tellers: String::new(),
            check_in: String::new(),
            materials: String::new(),
            certificate_prefix: String::new(),
            first_certificate: None,
            gazette_issue: String::new(),
            evaluation_notice_number: None,
            congress_session: None,
        }
    }
}

impl PaperSettings {
    /// Whether every setting is at its default (the session file then leaves them out).
    pub fn is_default(&self) -> bool {
        *self == Self::default()
    }
}

/// Whether a ballot carries the voter's name.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum BallotSecrecy {
    /// 无记名: the ballot bears no name (the default).
    #[default]
    Secret,
    /// 记名: each member's ballot bears his or her name.
    Named,
}

impl BallotSecrecy {
    /// Both, in the order a chooser offers them.
    pub const ALL: [BallotSecrecy; 2] = [Self::Secret, Self::Named];

    /// 无记名 or 记名, as the ballot prints it.
    pub fn label(self) -> &'static str {
        match self {
            Self::Secret => "无记名",
            Self::Named => "记名",
        }
    }
}

/// Which votes are taken on paper ballots by default (the others as [`PaperSettings::hall_method`]
/// says).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum PaperVotes {
    /// Only the personnel votes (人事任免); everything else by the voting machine (the default).
    #[default]
    Personnel,
    /// Every vote: the agenda, items and resolutions get one-row ballots of their own.
    Every,
    /// None: the personnel votes too are taken in the hall (new with issue 24).
    None,
}

impl PaperVotes {
    /// Every choice, in the order a chooser offers them.
    pub const ALL: [PaperVotes; 3] = [Self::Personnel, Self::Every, Self::None];

    /// The setting as the office says it.
    pub fn label(self) -> &'static str {
        match self {
            Self::Personnel => "仅人事任免用表决票",
            Self::Every => "全部事项用表决票",
            Self::None => "不用表决票",
        }
    }
}

impl Session {
    /// The date the notice bears: the one set, else [`NOTICE_DAYS_BEFORE`] days before the first
    /// day; `None` while the session has neither.
    pub fn notice_date(&self) -> Option<NaiveDate> {
        self.papers.notice_date.or_else(|| {
            self.first_date()?
                .checked_sub_days(Days::new(NOTICE_DAYS_BEFORE))
        })
    }

    /// The day by which leave must be asked for: the one set, else the day before the first day.
    pub fn leave_deadline(&self) -> Option<NaiveDate> {
        self.papers
            .leave_deadline
            .or_else(|| self.first_date()?.checked_sub_days(Days::new(1)))
    }

    /// How many copies of each ballot are printed: one per member and the spare ones (at most
    /// [`MAX_SPARE_BALLOTS`], whatever a hand-edited file says).
    pub fn ballot_copies(&self) -> u32 {
        self.member_count()
            .saturating_add(self.papers.spare_ballots.min(MAX_SPARE_BALLOTS))
    }

    /// Sets the contact and phone the notice names; surrounding blanks are dropped.
    pub fn set_paper_contact(&mut self, contact: &str, phone: &str) {
        self.papers.contact = contact.trim().to_owned();
        self.papers.phone = phone.trim().to_owned();
    }

    /// Sets the notice's date; `None` goes back to 7 days before the first day.
    pub fn set_notice_date(&mut self, date: Option<NaiveDate>) {
        self.papers.notice_date = date;
    }

    /// Sets the day by which leave must be asked for; `None` goes back to the day before the
    /// first day.
    pub fn set_leave_deadline(&mut self, date: Option<NaiveDate>) {
        self.papers.leave_deadline = date;
    }

    /// Sets how many spare ballots are printed; more than [`MAX_SPARE_BALLOTS`] is refused.
    pub fn set_spare_ballots(&mut self, spare: u32) -> Result<(), EditError> {
        if spare > MAX_SPARE_BALLOTS {
            return Err(EditError::Refused(format!(
                "备用表决票最多{MAX_SPARE_BALLOTS}份，不能设为{spare}份。"
            )));
        }
        self.papers.spare_ballots = spare;
        Ok(())
    }

    /// Sets whether the ballots carry the voter's name.
    pub fn set_ballot_secrecy(&mut self, secrecy: BallotSecrecy) {
        self.papers.ballot_secrecy = secrecy;
    }

    /// Sets which votes are taken on paper.
    pub fn set_paper_votes(&mut self, votes: PaperVotes) {
        self.papers.paper_votes = votes;
    }

    /// Sets who leads the constitutional oath; an empty name goes back to the first person
    /// appointed.
    pub fn set_oath_leader(&mut self, name: &str) {
        self.papers.oath_leader = name.trim().to_owned();
    }

    /// How the vote on `subject` is taken (DOMAIN.md §18): as chosen for it, else the session's
    /// default (on paper where [`PaperSettings::paper_votes`] says so, else
    /// [`PaperSettings::hall_method`]). The 主持词, the ballots and the minutes all ask this.
    pub fn vote_method(&self, subject: &VoteSubject) -> VoteMethod {
        if let Some(choice) = self.vote_method_choice(subject) {
            return choice.method;
        }
        self.default_vote_method(subject)
    }

    /// The session's default method for `subject`, whatever is chosen for it.
    pub fn default_vote_method(&self, subject: &VoteSubject) -> VoteMethod {
        let on_paper = match self.papers.paper_votes {
            PaperVotes::Personnel => matches!(subject, VoteSubject::Entries(_)),
            PaperVotes::Every => true,
            PaperVotes::None => false,
        };
        if on_paper {
            VoteMethod::Ballot
        } else {
            self.papers.hall_method
        }
    }

    /// The choice made for `subject`, if any: the one naming it; for appointments, the one
    /// naming a bundle that holds its first entry (so that a choice survives the bundle being
    /// voted together or apart).
    fn vote_method_choice(&self, subject: &VoteSubject) -> Option<&VoteMethodChoice> {
        let choices = &self.papers.vote_methods;
        choices
            .iter()
            .find(|c| c.subject == *subject)
            .or_else(|| match subject {
                VoteSubject::Entries(ids) => {
                    let first = ids.first()?;
                    choices.iter().find(|c| {
                        matches!(&c.subject, VoteSubject::Entries(other) if other.contains(first))
                    })
                }
                _ => None,
            })
    }

    /// Takes the vote on `subject` by `method`; the session's default method removes the choice.
    pub fn set_vote_method(&mut self, subject: &VoteSubject, method: VoteMethod) {
        let first = match subject {
            VoteSubject::Entries(ids) => ids.first().copied(),
            _ => None,
        };
        self.papers.vote_methods.retain(|c| {
            c.subject != *subject
                && !matches!((&c.subject, first), (VoteSubject::Entries(other), Some(first)) if other.contains(&first))
        });
        if method != self.default_vote_method(subject) {
            self.papers.vote_methods.push(VoteMethodChoice {
                subject: subject.clone(),
                method,
            });
        }
    }

    /// Sets how the votes not taken on paper are taken by default (表决器 or 举手).
    pub fn set_hall_method(&mut self, method: VoteMethod) {
        self.papers.hall_method = method;
    }

    /// Sets who supervises (监票人) and who counts (计票人) the paper ballots; blanks dropped.
    pub fn set_ballot_counters(&mut self, scrutineers: &str, tellers: &str) {
        self.papers.scrutineers = scrutineers.trim().to_owned();
        self.papers.tellers = tellers.trim().to_owned();
    }

    /// Sets the notice's 报到 and 材料 lines; empty goes back to the default sentences.
    pub fn set_notice_lines(&mut self, check_in: &str, materials: &str) {
        self.papers.check_in = check_in.trim().to_owned();
        self.papers.materials = materials.trim().to_owned();
    }

    /// Sets how the certificates are numbered: the word before the year (empty: the default)
    /// and the first number (`None`: 1).
    pub fn set_certificate_numbers(&mut self, prefix: &str, first: Option<u32>) {
        self.papers.certificate_prefix = prefix.trim().to_owned();
        self.papers.first_certificate = first.filter(|n| *n > 1);
    }

    /// Sets the gazette's issue (期号); empty goes back to the session's number.
    pub fn set_gazette_issue(&mut self, issue: &str) {
        self.papers.gazette_issue = issue.trim().to_owned();
    }

    /// Sets the number of the notice of the evaluation results (「第60号」); `None` or 0: not
    /// numbered.
    pub fn set_evaluation_notice_number(&mut self, number: Option<u32>) {
        self.papers.evaluation_notice_number = number.filter(|n| *n > 0);
    }

    /// Sets the session of the people's congress the decisions are filed with (第五次会议 → 5);
    /// `None` or 0: not known.
    pub fn set_congress_session(&mut self, number: Option<u32>) {
        self.papers.congress_session = number.filter(|n| *n > 0);
    }

    /// The gazette's issue (期号): the one set, else 「第九期」 after the session's number.
    pub fn gazette_issue(&self) -> String {
        let set = self.papers.gazette_issue.trim();
        if set.is_empty() {
            format!(
                "第{}期",
                super::numerals::chinese_number(self.details.number)
            )
        } else {
            set.to_owned()
        }
    }

    /// The word before the year of a certificate's number: the one set, else the region's first
    /// character and 「人常任字」 (鹤壁市 → 「鹤人常任字」).
    pub fn certificate_prefix(&self) -> String {
        let set = self.papers.certificate_prefix.trim();
        if !set.is_empty() {
            return set.to_owned();
        }
        let first: String = self.body.region.chars().take(1).collect();
        format!("{first}人常任字")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_default_to_a_week_and_a_day_before_the_first_day() {
        let day = |m, d| NaiveDate::from_ymd_opt(2024, m, d).unwrap();
        let mut session = Session::default();
        assert_eq!(session.notice_date(), None);
        assert_eq!(session.leave_deadline(), None);
        session.details.dates = vec![day(7, 2), day(7, 3)];
        assert_eq!(session.notice_date(), Some(day(6, 25)));
        assert_eq!(session.leave_deadline(), Some(day(7, 1)));
        session.set_notice_date(Some(day(6, 20)));
        session.set_leave_deadline(Some(day(6, 28)));
        assert_eq!(session.notice_date(), Some(day(6, 20)));
        assert_eq!(session.leave_deadline(), Some(day(6, 28)));
        session.set_notice_date(None);
        assert_eq!(session.notice_date(), Some(day(6, 25)));
    }

    #[test]
    fn spare_ballots_are_bounded_and_counted_with_the_members() {
        let mut session = Session::default();
        assert!(session.papers.is_default());
        assert_eq!(session.ballot_copies(), 2);
        session.add_member(crate::model::Role::Member);
        assert_eq!(session.ballot_copies(), 3);
        session.set_spare_ballots(5).unwrap();
        assert_eq!(session.ballot_copies(), 6);
        let refused = session.set_spare_ballots(500).unwrap_err().to_string();
        assert!(refused.contains("最多50份"), "{refused}");
        assert_eq!(session.papers.spare_ballots, 5);
        assert!(!session.papers.is_default());
    }

    #[test]
    fn settings_at_their_defaults_stay_out_of_the_file() {
        let session = Session::default();
        let text = ron::to_string(&session).unwrap();
        assert!(!text.contains("papers"), "{text}");
        let mut changed = session.clone();
        changed.set_paper_contact(" 张三 ", "0392-3312345");
        changed.set_ballot_secrecy(BallotSecrecy::Named);
        changed.set_oath_leader("刘育");
        let text = ron::to_string(&changed).unwrap();
        assert!(text.contains("papers"), "{text}");
        let back: Session = ron::from_str(&text).unwrap();
        assert_eq!(back, changed);
        assert_eq!(back.papers.contact, "张三");
    }
}
