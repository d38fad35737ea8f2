//! What the body keeps across the term, beside its sessions (DOMAIN.md §14, §15): the file
//! `body.ron` of the body's folder. It holds the house style, the roster with its history (who
//! joined or left when, and each change of role), the committee's opinions on the reports it
//! deliberated (审议意见), the deputies' suggestions register and the texts of the published
//! results of key suggestions.
//!
//! What the sessions record is never copied here: attendance, appointments and the documents
//! are read from the session files, and the registers (`registers.rs`) are derived from them.
//! A session keeps its own roster as it stood on the day; the body's roster is where a new
//! session takes its roster from.
//!
//! Every change is a method of [`BodyFile`], as every change to a session is a method of
//! [`Session`].

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::opinions::{Opinion, OpinionReply};
use super::suggestions::{Answer, KeySupervision, ResultsPublication, Suggestion};
use crate::model::body::Body;
use crate::model::edit::EditError;
use crate::model::ids::{MemberId, OpinionId, ReportId, SuggestionId, next_id};
use crate::model::roster::{Gender, Member, Person, Role};
use crate::model::session::Session;
use crate::model::text::Block;
use crate::model::votes::Grade;

/// The format of the `body.ron` files this build writes. Raised whenever a change would make an
/// older build misread a file; an older build refuses a newer file rather than half-read it.
///
/// - 1: the first format (issue 15): body, roster with history, opinions, suggestions,
///   publications of results.
/// - 2: the house style's settings of issue 24 and the first forms of the record (表决票说明,
///   宪法宣誓, the forms): a build that knows only format 1 would drop them on saving, so it
///   refuses the file instead. A file of format 1 reads as it is.
/// - 3: the house style's settings of issue 23's last round (whole rates, zeros, the rates'
///   base, the short names the news prints). A file of format 2 reads as it is.
pub const BODY_FORMAT_VERSION: u32 = 3;

/// The name of the body's own file in its folder.
pub const BODY_FILE_NAME: &str = "body.ron";

/// What `body.ron` holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BodyFile {
    /// The file format; always first in the file.
    pub format_version: u32,
    /// The standing committee and its house style; new sessions take it from here.
    pub body: Body,
    /// The members over the term, in the order the office keeps them, with their history.
    #[serde(default)] // a folder may be started before its roster is entered
    pub members: Vec<BodyMember>,
    /// The committee's opinions on reports it deliberated, in the order they were recorded.
    #[serde(default)] // none at the start of a term
    pub opinions: Vec<Opinion>,
    /// The deputies' suggestions, in the order the office keeps them (the published results
    /// list a year's key suggestions in this order).
    #[serde(default)] // none before the first congress session
    pub suggestions: Vec<Suggestion>,
    /// The texts of the published results of key suggestions, one per year.
    #[serde(default)] // written at the end of a year
    pub publications: Vec<ResultsPublication>,
}

/// A member of the committee at some time during the term: a person with their roles over it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "BodyMemberOnDisk", into = "BodyMemberOnDisk")]
pub struct BodyMember {
    /// Who; new sessions give the member this person, id included, on their roster.
    pub person: Person,
    /// The periods on the committee, in order: a change of role ends one and starts the next,
    /// leaving ends the last.
    pub periods: Vec<MemberPeriod>,
}

/// A member over the term is read as the person (`member.name`, `member.id`); the periods
/// are its own.
impl std::ops::Deref for BodyMember {
    type Target = Person;

    fn deref(&self) -> &Person {
        &self.person
    }
}

impl std::ops::DerefMut for BodyMember {
    fn deref_mut(&mut self) -> &mut Person {
        &mut self.person
    }
}

/// A member as `body.ron` writes it: the person's fields, then the periods.
#[derive(Serialize, Deserialize)]
#[serde(rename = "BodyMember", deny_unknown_fields)] // the name said in a message on a bad file
struct BodyMemberOnDisk {
    id: MemberId,
    name: String,
    #[serde(default)] // unknown until the office fills it in
    gender: Gender,
    #[serde(default, skip_serializing_if = "Option::is_none")] // absent for almost everyone
    sort_as: Option<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")] // most members have none
    note: String,
    periods: Vec<MemberPeriod>,
}

impl From<BodyMemberOnDisk> for BodyMember {
    fn from(disk: BodyMemberOnDisk) -> Self {
        Self {
            person: Person {
                id: disk.id,
                name: disk.name,
                gender: disk.gender,
                sort_as: disk.sort_as,
                note: disk.note,
            },
            periods: disk.periods,
        }
    }
}

impl From<BodyMember> for BodyMemberOnDisk {
    fn from(BodyMember { person, periods }: BodyMember) -> Self {
        Self {
            id: person.id,
            name: person.name,
            gender: person.gender,
            sort_as: person.sort_as,
            note: person.note,
            periods,
        }
    }
}

/// A stretch of time in one role.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MemberPeriod {
    /// 主任, 副主任, 秘书长 or 委员.
    pub role: Role,
    /// Rank within the role (副主任 by rank, 1 first; 0 for 委员).
    #[serde(default)] // 0 for 委员
    pub rank: u32,
    /// The first day in the role; `None`: since the term began.
    #[serde(default)] // most members serve from the start of the term
    pub from: Option<NaiveDate>,
    /// The day the role ended (from that day on the member no longer holds it); `None`: still.
    #[serde(default)] // still in the role
    pub until: Option<NaiveDate>,
}

impl MemberPeriod {
    /// Whether the period covers `day`: from `from` (inclusive) to `until` (exclusive).
    pub fn covers(&self, day: NaiveDate) -> bool {
        self.from.is_none_or(|from| from <= day) && self.until.is_none_or(|until| day < until)
    }
}

impl BodyMember {
    /// The period that covers `day`, if the person was a member then (the latest, should two
    /// written by hand overlap).
    pub fn period_on(&self, day: NaiveDate) -> Option<&MemberPeriod> {
        self.periods.iter().rev().find(|p| p.covers(day))
    }

    /// The period still running, if the person is still a member.
    pub fn current_period(&self) -> Option<&MemberPeriod> {
        self.periods.last().filter(|p| p.until.is_none())
    }

    /// The person as a session's roster holds them on `day`, if a member then.
    pub fn as_member_on(&self, day: NaiveDate) -> Option<Member> {
        self.period_on(day).map(|period| Member {
            person: self.person.clone(),
            role: period.role,
            rank: period.rank,
        })
    }
}

impl BodyFile {
    /// A body's file with nothing but the body.
    pub fn new(body: Body) -> Self {
        Self {
            format_version: BODY_FORMAT_VERSION,
            body,
            members: Vec::new(),
            opinions: Vec::new(),
            suggestions: Vec::new(),
            publications: Vec::new(),
        }
    }

    /// A body's file started from a session: its body and house style, and its roster as
    /// members since the start of the term (their earlier history unknown), with the same ids.
    pub fn from_session(session: &Session) -> Self {
        let mut file = Self::new(session.body.clone());
        file.members = session
            .roster
            .iter()
            .map(|member| BodyMember {
                person: member.person.clone(),
                periods: vec![MemberPeriod {
                    role: member.role,
                    rank: member.rank,
                    from: None,
                    until: None,
                }],
            })
            .collect();
        file
    }

    /// The member with this id.
    pub fn member(&self, id: MemberId) -> Option<&BodyMember> {
        self.members.iter().find(|m| m.id == id)
    }

    /// The roster on `day`: every member then, with the role then, in the office's order.
    pub fn roster_on(&self, day: NaiveDate) -> Vec<Member> {
        self.members
            .iter()
            .filter_map(|m| m.as_member_on(day))
            .collect()
    }

    /// A new session of the body on `dates` (the first is the day its roster is taken on;
    /// `today` when there are none): the body's house style, its roster on that day (everybody
    /// present), session number `number`. `previous`, the session before it, lends what the
    /// body does not keep: the 列席 units, the hall and the presiding officer where still a member.
    pub fn new_session(
        &self,
        number: u32,
        dates: Vec<NaiveDate>,
        previous: Option<&Session>,
        today: NaiveDate,
    ) -> Session {
        let mut session = match previous {
            Some(previous) => previous.next_session(),
            None => Session::new_empty(self.body.clone()),
        };
        let day = dates.first().copied().unwrap_or(today);
        session.body = self.body.clone();
        session.roster = self.roster_on(day);
        session.details.number = number;
        session.details.dates = dates;
        let on_roster = |id: Option<MemberId>| id.filter(|id| session.member(*id).is_some());
        let presiding = on_roster(session.details.presiding)
            .or_else(|| session.members_with_role(Role::Chair).next().map(|m| m.id));
        let entrusted_by = on_roster(session.details.entrusted_by);
        session.details.presiding = presiding;
        session.details.entrusted_by = entrusted_by;
        session
    }

    // ----- the roster -----

    /// Adds a member in `role` from `from` (`None`: since the term began); returns the new id.
    pub fn add_member(
        &mut self,
        name: &str,
        role: Role,
        rank: u32,
        from: Option<NaiveDate>,
    ) -> MemberId {
        let id = next_id(self.members.iter().map(|m| m.id));
        self.members.push(BodyMember {
            person: Person {
                id,
                name: crate::collation::normal_name(name),
                ..Person::default()
            },
            periods: vec![MemberPeriod {
                role,
                rank,
                from,
                until: None,
            }],
        });
        id
    }

    /// The member, to change, or a refusal naming what was asked.
    fn member_mut(&mut self, id: MemberId) -> Result<&mut BodyMember, EditError> {
        self.members
            .iter_mut()
            .find(|m| m.id == id)
            .ok_or_else(|| EditError::Refused(format!("组成人员名单中没有编号为{id}的人员")))
    }

    /// The running period of a member, checked to have begun before `on`.
    fn running_period(
        member: &mut BodyMember,
        on: NaiveDate,
    ) -> Result<&mut MemberPeriod, EditError> {
        let name = member.name.clone();
        let period = member
            .periods
            .last_mut()
            .filter(|p| p.until.is_none())
            .ok_or_else(|| EditError::Refused(format!("{name}已不是组成人员")))?;
        if period.from.is_some_and(|from| on <= from) {
            return Err(EditError::Refused(format!(
                "{name}自{}起担任现职，变动日期须在此之后",
                period.from.map(|d| d.to_string()).unwrap_or_default()
            )));
        }
        Ok(period)
    }

    /// Records a change of role on `on` (elected 副主任, say): the running period ends that day
    /// and the new role begins it.
    pub fn change_role(
        &mut self,
        id: MemberId,
        role: Role,
        rank: u32,
        on: NaiveDate,
    ) -> Result<(), EditError> {
        let member = self.member_mut(id)?;
        Self::running_period(member, on)?.until = Some(on);
        member.periods.push(MemberPeriod {
            role,
            rank,
            from: Some(on),
            until: None,
        });
        Ok(())
    }

    /// Records that a member left the committee on `on` (from that day no longer a member).
    pub fn member_leaves(&mut self, id: MemberId, on: NaiveDate) -> Result<(), EditError> {
        let member = self.member_mut(id)?;
        Self::running_period(member, on)?.until = Some(on);
        Ok(())
    }

    /// Corrects what the register keeps of a person (a name mistyped, the gender, the note):
    /// the person with `person`'s id becomes `person`; their history is untouched. The sessions
    /// keep the person as they stood on their day.
    pub fn correct_member(&mut self, person: Person) -> Result<(), EditError> {
        let name = crate::collation::normal_name(&person.name);
        if name.is_empty() {
            return Err(EditError::Refused("组成人员须有姓名".to_owned()));
        }
        let member = self.member_mut(person.id)?;
        member.person = Person {
            name,
            note: person.note.trim().to_owned(),
            ..person
        };
        Ok(())
    }

    // ----- opinions (审议意见) -----

    /// The opinion with this id.
    pub fn opinion(&self, id: OpinionId) -> Option<&Opinion> {
        self.opinions.iter().find(|o| o.id == id)
    }

    /// Records opinions to send on report `report` of session `session` to `addressee`.
    pub fn add_opinion(&mut self, session: u32, report: ReportId, addressee: &str) -> OpinionId {
        let id = next_id(self.opinions.iter().map(|o| o.id));
        self.opinions.push(Opinion {
            id,
            session,
            report,
            addressee: addressee.trim().to_owned(),
            text: Vec::new(),
            sent: None,
            deadline: None,
            reply: None,
        });
        id
    }

    /// The opinion, to change, or a refusal.
    fn opinion_mut(&mut self, id: OpinionId) -> Result<&mut Opinion, EditError> {
        self.opinions
            .iter_mut()
            .find(|o| o.id == id)
            .ok_or_else(|| EditError::Refused(format!("没有编号为{id}的审议意见")))
    }

    /// Records that the opinions were sent on `sent`, the reply due on `deadline`.
    pub fn record_opinion_sent(
        &mut self,
        id: OpinionId,
        sent: NaiveDate,
        deadline: Option<NaiveDate>,
    ) -> Result<(), EditError> {
        if deadline.is_some_and(|deadline| deadline < sent) {
            return Err(EditError::Refused("答复期限不能早于送达日期".to_owned()));
        }
        let opinion = self.opinion_mut(id)?;
        opinion.sent = Some(sent);
        opinion.deadline = deadline;
        Ok(())
    }

    /// Sets the text of the opinions (written, or rewritten, before they are sent).
    pub fn set_opinion_text(&mut self, id: OpinionId, text: Vec<Block>) -> Result<(), EditError> {
        self.opinion_mut(id)?.text = text;
        Ok(())
    }

    /// Records the reply (or takes it back with `None`).
    pub fn record_opinion_reply(
        &mut self,
        id: OpinionId,
        reply: Option<OpinionReply>,
    ) -> Result<(), EditError> {
        self.opinion_mut(id)?.reply = reply;
        Ok(())
    }

    /// Deletes an opinion record.
    pub fn remove_opinion(&mut self, id: OpinionId) -> Result<Opinion, EditError> {
        let at = self
            .opinions
            .iter()
            .position(|o| o.id == id)
            .ok_or_else(|| EditError::Refused(format!("没有编号为{id}的审议意见")))?;
        Ok(self.opinions.remove(at))
    }

    // ----- suggestions (代表建议) -----

    /// The suggestion with this id.
    pub fn suggestion(&self, id: SuggestionId) -> Option<&Suggestion> {
        self.suggestions.iter().find(|s| s.id == id)
    }

    /// The suggestion, to change its plain fields (title, deputies, units, dates), or a refusal.
    pub fn suggestion_mut(&mut self, id: SuggestionId) -> Result<&mut Suggestion, EditError> {
        self.suggestions
            .iter_mut()
            .find(|s| s.id == id)
            .ok_or_else(|| EditError::Refused(format!("没有编号为{id}的代表建议")))
    }

    /// Adds a suggestion of `year` with its title; returns its id.
    pub fn add_suggestion(&mut self, year: i32, title: &str) -> SuggestionId {
        let id = next_id(self.suggestions.iter().map(|s| s.id));
        self.suggestions
            .push(Suggestion::new(id, year, title.trim()));
        id
    }

    /// Adds suggestions read elsewhere (a spreadsheet), giving each a new id in order; their
    /// own ids are ignored. Returns the ids given.
    pub fn import_suggestions(&mut self, suggestions: Vec<Suggestion>) -> Vec<SuggestionId> {
        let mut ids = Vec::with_capacity(suggestions.len());
        for mut suggestion in suggestions {
            suggestion.id = next_id(self.suggestions.iter().map(|s| s.id));
            ids.push(suggestion.id);
            self.suggestions.push(suggestion);
        }
        ids
    }

    /// Makes a suggestion a key suggestion supervised by `supervisors`, or ordinary again with
    /// `None`.
    pub fn set_key_suggestion(
        &mut self,
        id: SuggestionId,
        key: Option<KeySupervision>,
    ) -> Result<(), EditError> {
        self.suggestion_mut(id)?.key = key;
        Ok(())
    }

    /// Records that the suggestion was handed over on `day` to its lead and helping units.
    pub fn hand_over(
        &mut self,
        id: SuggestionId,
        day: NaiveDate,
        lead_units: Vec<String>,
        helping_units: Vec<String>,
    ) -> Result<(), EditError> {
        if lead_units.iter().all(|u| u.trim().is_empty()) {
            return Err(EditError::Refused("交办须写明牵头（主办）单位".to_owned()));
        }
        let suggestion = self.suggestion_mut(id)?;
        suggestion.handed_over = Some(day);
        suggestion.lead_units = tidy(lead_units);
        suggestion.helping_units = tidy(helping_units);
        Ok(())
    }

    /// Sets the plain fields of a suggestion as the register's form edits them. Refused, with
    /// nothing changed, without a title, or with a deadline before the day it was handed over.
    pub fn set_suggestion_details(
        &mut self,
        id: SuggestionId,
        details: SuggestionDetails,
    ) -> Result<(), EditError> {
        let title = details.title.trim();
        if title.is_empty() {
            return Err(EditError::Refused("代表建议须有标题".to_owned()));
        }
        if let (Some(handed_over), Some(deadline)) = (details.handed_over, details.deadline)
            && deadline < handed_over
        {
            return Err(EditError::Refused("答复期限不能早于交办日期".to_owned()));
        }
        let lead_units = tidy(details.lead_units);
        let suggestion = self.suggestion_mut(id)?;
        if lead_units.is_empty() && !suggestion.answers.is_empty() {
            return Err(EditError::Refused(format!(
                "「{}」已有答复，须保留牵头（主办）单位",
                suggestion.title
            )));
        }
        suggestion.title = title.to_owned();
        suggestion.number = details.number.trim().to_owned();
        suggestion.raised_at = details.raised_at.trim().to_owned();
        suggestion.lead_deputy = details.lead_deputy.trim().to_owned();
        suggestion.co_signers = tidy(details.co_signers);
        suggestion.category = details.category.trim().to_owned();
        suggestion.handed_over = details.handed_over;
        suggestion.lead_units = lead_units;
        suggestion.helping_units = tidy(details.helping_units);
        suggestion.deadline = details.deadline;
        suggestion.key = details.supervisors.map(|supervisors| KeySupervision {
            supervisors: tidy(supervisors),
        });
        Ok(())
    }

    /// Records an answer. An earlier answer stays: the deputy's dissatisfaction with it is why
    /// the suggestion was handled again.
    pub fn record_answer(&mut self, id: SuggestionId, answer: Answer) -> Result<(), EditError> {
        let suggestion = self.suggestion_mut(id)?;
        if !suggestion.is_handed_over() {
            return Err(EditError::Refused(format!(
                "「{}」尚未交办，不能登记答复",
                suggestion.title
            )));
        }
        suggestion.answers.push(answer);
        Ok(())
    }

    /// Records the deputy's evaluation of the last answer.
    pub fn record_satisfaction(
        &mut self,
        id: SuggestionId,
        grade: Option<Grade>,
    ) -> Result<(), EditError> {
        let suggestion = self.suggestion_mut(id)?;
        let title = suggestion.title.clone();
        let answer = suggestion
            .answers
            .last_mut()
            .ok_or_else(|| EditError::Refused(format!("「{title}」尚未答复，不能登记满意度")))?;
        answer.satisfaction = grade;
        Ok(())
    }

    /// Deletes a suggestion.
    pub fn remove_suggestion(&mut self, id: SuggestionId) -> Result<Suggestion, EditError> {
        let at = self
            .suggestions
            .iter()
            .position(|s| s.id == id)
            .ok_or_else(|| EditError::Refused(format!("没有编号为{id}的代表建议")))?;
        Ok(self.suggestions.remove(at))
    }

    /// The years that have suggestions, in order.
    pub fn suggestion_years(&self) -> Vec<i32> {
        let mut years: Vec<i32> = self.suggestions.iter().map(|s| s.year).collect();
        years.sort_unstable();
        years.dedup();
        years
    }

    /// The suggestions of `year`, in register order.
    pub fn suggestions_of(&self, year: i32) -> impl Iterator<Item = &Suggestion> {
        self.suggestions.iter().filter(move |s| s.year == year)
    }

    /// The key suggestions of `year`, in register order: the order of the published results.
    pub fn key_suggestions(&self, year: i32) -> impl Iterator<Item = &Suggestion> {
        self.suggestions_of(year).filter(|s| s.is_key())
    }

    /// The published results' texts of `year`.
    pub fn publication(&self, year: i32) -> Option<&ResultsPublication> {
        self.publications.iter().find(|p| p.year == year)
    }

    /// Sets the published results' texts of their year, replacing any of the same year.
    pub fn set_publication(&mut self, publication: ResultsPublication) {
        match self
            .publications
            .iter_mut()
            .find(|p| p.year == publication.year)
        {
            Some(existing) => *existing = publication,
            None => {
                self.publications.push(publication);
                self.publications.sort_by_key(|p| p.year);
            }
        }
    }
}

/// The plain fields of a suggestion, as the register's form edits them together.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SuggestionDetails {
    /// 建议编号, as written.
    pub number: String,
    /// The title.
    pub title: String,
    /// The congress session it was made at.
    pub raised_at: String,
    /// 领衔代表.
    pub lead_deputy: String,
    /// 联名代表.
    pub co_signers: Vec<String>,
    /// 类别.
    pub category: String,
    /// 交办日期.
    pub handed_over: Option<NaiveDate>,
    /// 牵头（主办）单位.
    pub lead_units: Vec<String>,
    /// 协办单位.
    pub helping_units: Vec<String>,
    /// The deadline where extended; `None`: the rule's.
    pub deadline: Option<NaiveDate>,
    /// `Some`: a key suggestion, with who supervises it; `None`: an ordinary one.
    pub supervisors: Option<Vec<String>>,
}

impl SuggestionDetails {
    /// The fields of `suggestion` as they stand.
    pub fn of(suggestion: &Suggestion) -> Self {
        Self {
            number: suggestion.number.clone(),
            title: suggestion.title.clone(),
            raised_at: suggestion.raised_at.clone(),
            lead_deputy: suggestion.lead_deputy.clone(),
            co_signers: suggestion.co_signers.clone(),
            category: suggestion.category.clone(),
            handed_over: suggestion.handed_over,
            lead_units: suggestion.lead_units.clone(),
            helping_units: suggestion.helping_units.clone(),
            deadline: suggestion.deadline,
            supervisors: suggestion.key.as_ref().map(|k| k.supervisors.clone()),
        }
    }
}

/// A change to the body's file as the window asks for it (a view emits it, [`BodyFile::apply`]
/// carries it out through the methods above), as `Action` is for a session.
#[derive(Clone, Debug, PartialEq)]
pub enum BodyEdit {
    /// A new suggestion, handed over to its lead units when they are given.
    AddSuggestion {
        /// Its year.
        year: i32,
        /// Its title.
        title: String,
        /// The deputy who leads it.
        lead_deputy: String,
        /// The lead units (交办 to them when any is given).
        lead_units: Vec<String>,
        /// The day it was handed over, if known.
        handed_over: Option<NaiveDate>,
        /// Whether it is a key suggestion.
        key: bool,
    },
    /// An answer to a suggestion (its class, text and the deputy's evaluation).
    RecordAnswer(SuggestionId, Answer),
    /// A suggestion made a key suggestion, or ordinary again.
    SetKey(SuggestionId, bool),
    /// A suggestion closed (办结) by the office, or opened again.
    SetConcluded(SuggestionId, bool),
    /// Deletes a suggestion.
    RemoveSuggestion(SuggestionId),
    /// Opinions on report `report` of session `session`, sent on `sent`, the reply due `deadline`.
    AddOpinion {
        /// The session's number.
        session: u32,
        /// The report's id there.
        report: ReportId,
        /// Who they go to.
        addressee: String,
        /// The day sent, if sent.
        sent: Option<NaiveDate>,
        /// The day the reply is due.
        deadline: Option<NaiveDate>,
    },
    /// The reply to opinions.
    RecordOpinionReply(OpinionId, OpinionReply),
    /// Deletes an opinion record.
    RemoveOpinion(OpinionId),
    /// The text of opinions, written or rewritten.
    SetOpinionText(OpinionId, Vec<Block>),
    /// Suggestions read from a spreadsheet, added at the end of the register with new ids.
    ImportSuggestions(Vec<Suggestion>),
    /// The plain fields of a suggestion, edited together.
    EditSuggestion(SuggestionId, SuggestionDetails),
    /// A new member of the committee from `from` (`None`: since the term began).
    AddMember {
        /// The name.
        name: String,
        /// The gender.
        gender: Gender,
        /// The role.
        role: Role,
        /// Rank within the role (副主任 1, 2 …; 0 for 委员).
        rank: u32,
        /// The first day, if after the start of the term.
        from: Option<NaiveDate>,
    },
    /// A member's role changes on `on` (elected 副主任, say).
    ChangeRole {
        /// Who.
        member: MemberId,
        /// The new role.
        role: Role,
        /// The rank in it.
        rank: u32,
        /// From this day.
        on: NaiveDate,
    },
    /// A member leaves the committee on `on`.
    MemberLeaves(MemberId, NaiveDate),
    /// What the register keeps of a person, corrected (the name, the gender, the note): the
    /// person with this id as they are now to read.
    CorrectMember(Person),
}

impl BodyFile {
    /// Carries out `edit`; a refusal changes nothing.
    pub fn apply(&mut self, edit: BodyEdit) -> Result<(), EditError> {
        match edit {
            BodyEdit::AddSuggestion {
                year,
                title,
                lead_deputy,
                lead_units,
                handed_over,
                key,
            } => {
                if title.trim().is_empty() {
                    return Err(EditError::Refused("代表建议须有标题".to_owned()));
                }
                let mut draft = self.clone();
                let id = draft.add_suggestion(year, &title);
                draft.suggestion_mut(id)?.lead_deputy = lead_deputy.trim().to_owned();
                let units = tidy(lead_units);
                if !units.is_empty() {
                    draft.suggestion_mut(id)?.lead_units = units;
                }
                draft.suggestion_mut(id)?.handed_over = handed_over;
                if key {
                    draft.set_key_suggestion(id, Some(KeySupervision::default()))?;
                }
                *self = draft;
                Ok(())
            }
            BodyEdit::RecordAnswer(id, answer) => self.record_answer(id, answer),
            BodyEdit::SetKey(id, key) => {
                let supervision = key.then(|| {
                    self.suggestion(id)
                        .and_then(|s| s.key.clone())
                        .unwrap_or_default()
                });
                self.set_key_suggestion(id, supervision)
            }
            BodyEdit::SetConcluded(id, concluded) => {
                self.suggestion_mut(id)?.concluded = concluded;
                Ok(())
            }
            BodyEdit::RemoveSuggestion(id) => self.remove_suggestion(id).map(|_| ()),
            BodyEdit::AddOpinion {
                session,
                report,
                addressee,
                sent,
                deadline,
            } => {
                if addressee.trim().is_empty() {
                    return Err(EditError::Refused("审议意见须写明送交单位".to_owned()));
                }
                let mut draft = self.clone();
                let id = draft.add_opinion(session, report, &addressee);
                if let Some(sent) = sent {
                    draft.record_opinion_sent(id, sent, deadline)?;
                } else if deadline.is_some() {
                    return Err(EditError::Refused("有答复期限时须写明送达日期".to_owned()));
                }
                *self = draft;
                Ok(())
            }
            BodyEdit::RecordOpinionReply(id, reply) => self.record_opinion_reply(id, Some(reply)),
            BodyEdit::RemoveOpinion(id) => self.remove_opinion(id).map(|_| ()),
            BodyEdit::SetOpinionText(id, text) => self.set_opinion_text(id, text),
            BodyEdit::ImportSuggestions(suggestions) => {
                if suggestions.is_empty() {
                    return Err(EditError::Refused("表格中没有代表建议".to_owned()));
                }
                self.import_suggestions(suggestions);
                Ok(())
            }
            BodyEdit::EditSuggestion(id, details) => self.set_suggestion_details(id, details),
            BodyEdit::AddMember {
                name,
                gender,
                role,
                rank,
                from,
            } => {
                // The normal form: a look-alike of a member (an invisible character, padding)
                // is that member.
                let name = crate::collation::normal_name(&name);
                let name = name.as_str();
                if name.is_empty() {
                    return Err(EditError::Refused("组成人员须有姓名".to_owned()));
                }
                if let Some(same) = self.members.iter().find(|m| {
                    crate::collation::normal_name(&m.name) == name && m.current_period().is_some()
                }) {
                    return Err(EditError::Refused(format!(
                        "{}已是组成人员（{}），不能重复添加",
                        same.name,
                        same.current_period()
                            .map(|p| p.role.label())
                            .unwrap_or_default()
                    )));
                }
                let id = self.add_member(name, role, rank, from);
                self.member_mut(id)?.gender = gender;
                Ok(())
            }
            BodyEdit::ChangeRole {
                member,
                role,
                rank,
                on,
            } => self.change_role(member, role, rank, on),
            BodyEdit::MemberLeaves(member, on) => self.member_leaves(member, on),
            BodyEdit::CorrectMember(person) => self.correct_member(person),
        }
    }
}

/// Units as written, trimmed, empty ones dropped.
fn tidy(units: Vec<String>) -> Vec<String> {
    units
        .into_iter()
        .map(|u| u.trim().to_owned())
        .filter(|u| !u.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn the_roster_of_a_day_follows_the_history() {
        let mut file = BodyFile::new(Body::default());
        let a = file.add_member("张三", Role::Member, 0, None);
        let b = file.add_member("李四", Role::Member, 0, Some(date(2024, 3, 1)));
        file.change_role(a, Role::ViceChair, 2, date(2024, 6, 1))
            .unwrap();
        file.member_leaves(b, date(2025, 1, 1)).unwrap();
        let names = |day| -> Vec<(String, Role)> {
            file.roster_on(day)
                .into_iter()
                .map(|m| (m.person.name, m.role))
                .collect()
        };
        assert_eq!(names(date(2024, 1, 1)), [("张三".to_owned(), Role::Member)]);
        assert_eq!(
            names(date(2024, 6, 1)),
            [
                ("张三".to_owned(), Role::ViceChair),
                ("李四".to_owned(), Role::Member)
            ]
        );
        assert_eq!(
            names(date(2025, 1, 1)),
            [("张三".to_owned(), Role::ViceChair)]
        );
        // A change before the running role began, or of someone who left, is refused.
        assert!(
            file.change_role(a, Role::Chair, 1, date(2024, 5, 1))
                .is_err()
        );
        assert!(file.member_leaves(b, date(2025, 2, 1)).is_err());
    }

    #[test]
    fn a_new_session_takes_the_house_style_and_the_roster_of_its_day() {
        let mut file = BodyFile::new(Body {
            region: "某市".to_owned(),
            ..Body::default()
        });
        let chair = file.add_member("王五", Role::Chair, 1, None);
        file.add_member("赵六", Role::Member, 0, Some(date(2024, 9, 1)));
        let session = file.new_session(3, vec![date(2024, 8, 30)], None, date(2024, 8, 1));
        assert_eq!(session.body.region, "某市");
        assert_eq!(session.details.number, 3);
        assert_eq!(session.roster.len(), 1);
        assert_eq!(session.details.presiding, Some(chair));
        let later = file.new_session(
            4,
            vec![date(2024, 10, 30)],
            Some(&session),
            date(2024, 8, 1),
        );
        assert_eq!(later.roster.len(), 2);
        assert_eq!(later.details.number, 4);
    }

    #[test]
    fn an_answer_needs_the_suggestion_handed_over() {
        let mut file = BodyFile::new(Body::default());
        let id = file.add_suggestion(2025, "关于加强物业管理的建议");
        assert!(file.record_answer(id, Answer::default()).is_err());
        assert!(
            file.hand_over(id, date(2025, 3, 1), vec![" ".to_owned()], Vec::new())
                .is_err()
        );
        file.hand_over(
            id,
            date(2025, 3, 1),
            vec!["鹤壁市住房和城乡建设局".to_owned()],
            Vec::new(),
        )
        .unwrap();
        file.record_answer(id, Answer::default()).unwrap();
        file.record_satisfaction(id, Some(Grade::Satisfied))
            .unwrap();
        assert_eq!(
            file.suggestion(id).unwrap().state(date(2025, 9, 1)),
            crate::model::term::suggestions::SuggestionState::Concluded
        );
    }
}
