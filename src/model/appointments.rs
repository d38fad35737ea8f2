//! Appointment motions (任免议案) and their entries (DOMAIN.md §4).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::ids::{EntryId, MotionId};
use super::roster::Gender;

/// A motion submitting appointments and removals, e.g. 鹤政文〔2023〕52号.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AppointmentMotion {
    /// Stable id, referenced by agenda items.
    pub id: MotionId,
    /// 关于提请任免张建华等6名同志职务的议案.
    pub title: String,
    /// The document number: 鹤政文〔2023〕52号.
    pub document_number: String,
    /// Who nominates; decides the usual verbs (决定任命 for the 市长's nominees).
    pub nominator: Nominator,
    /// The addressee line without its colon: 鹤壁市人大常委会.
    pub addressee: String,
    /// The paragraph before the entries, ending 「现提请任命：」.
    pub basis: String,
    /// The signing line: 「市长：赵宏宇」, or the submitting body (鹤壁市人大常委会主任会议).
    pub signatory: String,
    /// The date of the motion.
    #[serde(default)] // a motion being drafted may not be dated yet
    pub date: Option<NaiveDate>,
    /// The entries, in the order the motion lists them.
    pub entries: Vec<AppointmentEntry>,
    /// Whether the entries are voted on together (合并表决), as is usual for 法律职务; by default
    /// each person is voted on separately.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")] // false: one vote per person
    pub vote_together: bool,
}

/// Who nominates the people of a motion (DOMAIN.md §4).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Nominator {
    /// 主任会议: the committee's own posts.
    #[default]
    CouncilOfChairpersons,
    /// 市长: heads of government departments (决定任命 / 决定免去).
    Mayor,
    /// 监察委员会主任.
    SupervisoryCommission,
    /// 中级人民法院院长.
    CourtPresident,
    /// 检察长 or 代理检察长.
    ChiefProcurator,
}

impl Nominator {
    /// Every nominator, in the order the editor offers them.
    pub const ALL: [Nominator; 5] = [
        Self::CouncilOfChairpersons,
        Self::Mayor,
        Self::SupervisoryCommission,
        Self::CourtPresident,
        Self::ChiefProcurator,
    ];

    /// Who nominates, as the office says it.
    pub fn label(self) -> &'static str {
        match self {
            Self::CouncilOfChairpersons => "主任会议",
            Self::Mayor => "市长",
            Self::SupervisoryCommission => "监察委员会主任",
            Self::CourtPresident => "法院院长",
            Self::ChiefProcurator => "检察长",
        }
    }

    /// The verbs this nominator's entries usually take: (appointment, removal).
    pub fn usual_actions(self) -> (AppointmentAction, AppointmentAction) {
        match self {
            Self::Mayor => (
                AppointmentAction::DecideAppoint,
                AppointmentAction::DecideRemove,
            ),
            _ => (AppointmentAction::Appoint, AppointmentAction::Remove),
        }
    }
}

/// One person, one verb, one or more posts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AppointmentEntry {
    /// Stable id, referenced by votes.
    pub id: EntryId,
    /// 任命, 免去, 决定任命 …
    pub action: AppointmentAction,
    /// The person's name, without padding or gender mark.
    pub person: String,
    /// Gender; women are marked 「（女）」.
    #[serde(default)] // often not entered for men
    pub gender: Gender,
    /// The posts as the motion writes them: 鹤壁市人大常委会副秘书长, 办公室主任.
    pub posts: Vec<String>,
}

/// The verb of an appointment entry (DOMAIN.md §4).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum AppointmentAction {
    /// 任命.
    #[default]
    Appoint,
    /// 决定任命.
    DecideAppoint,
    /// 批准任命.
    ApproveAppoint,
    /// 决定…代理…: an acting mayor, president or chief procurator.
    DecideActing,
    /// 免去.
    Remove,
    /// 决定免去.
    DecideRemove,
    /// 批准免去.
    ApproveRemove,
    /// 接受…辞去…职务的请求.
    AcceptResignation,
    /// 撤销…职务.
    Dismiss,
}

impl AppointmentAction {
    /// Every verb, appointments first, in the order lists print them.
    pub const ALL: [AppointmentAction; 9] = [
        Self::Appoint,
        Self::DecideAppoint,
        Self::ApproveAppoint,
        Self::DecideActing,
        Self::Remove,
        Self::DecideRemove,
        Self::ApproveRemove,
        Self::AcceptResignation,
        Self::Dismiss,
    ];

    /// The verb as printed in motions and lists: 任命, 决定免去 …
    pub fn label(self) -> &'static str {
        match self {
            Self::Appoint => "任命",
            Self::DecideAppoint => "决定任命",
            Self::ApproveAppoint => "批准任命",
            Self::DecideActing => "决定",
            Self::Remove => "免去",
            Self::DecideRemove => "决定免去",
            Self::ApproveRemove => "批准免去",
            Self::AcceptResignation => "接受",
            Self::Dismiss => "撤销",
        }
    }

    /// The verb's name in the editor, where 「决定」 alone would be unclear.
    pub fn editor_label(self) -> &'static str {
        match self {
            Self::DecideActing => "决定代理",
            Self::AcceptResignation => "接受辞职",
            other => other.label(),
        }
    }

    /// Whether the entry puts someone into a post (as opposed to taking them out).
    pub fn is_appointment(self) -> bool {
        matches!(
            self,
            Self::Appoint | Self::DecideAppoint | Self::ApproveAppoint | Self::DecideActing
        )
    }
}

impl AppointmentEntry {
    /// The person as lists print them: the name, then 「（女）」 for women.
    pub fn person_with_gender(&self) -> String {
        match self.gender {
            Gender::Female => format!("{}（女）", self.person),
            _ => self.person.clone(),
        }
    }

    /// The posts joined as printed: 「鹤壁市人大常委会副秘书长、办公室主任」.
    pub fn posts_joined(&self) -> String {
        self.posts.join("、")
    }

    /// The entry's clause under its verb line, without final punctuation:
    /// 「刘育（女）为鹤壁市人大常委会副秘书长、办公室主任」 or
    /// 「张尚东的鹤壁市人大常委会副秘书长、办公室主任职务」.
    pub fn clause(&self) -> String {
        self.action
            .clause(&self.person_with_gender(), &self.posts_joined())
    }

    /// The whole sentence as minutes and news use it: 「任命张三为鹤壁市科学技术局局长」,
    /// 「免去张三的鹤壁市科学技术局局长职务」, 「决定接受张三辞去…职务的请求」.
    pub fn sentence(&self) -> String {
        self.action
            .sentence(&self.person_with_gender(), &self.posts_joined())
    }
}

impl AppointmentAction {
    /// The clause of `people` (one name, or several joined by 「、」) and `posts` under this
    /// verb, without final punctuation (DOMAIN.md §8): 「张三为…」, 「张三的…职务」,
    /// 「张三辞去…职务的请求」.
    pub fn clause(self, people: &str, posts: &str) -> String {
        match self {
            Self::Appoint | Self::DecideAppoint | Self::ApproveAppoint | Self::DecideActing => {
                format!("{people}为{posts}")
            }
            Self::Remove | Self::DecideRemove | Self::ApproveRemove | Self::Dismiss => {
                format!("{people}的{posts}职务")
            }
            Self::AcceptResignation => format!("{people}辞去{posts}职务的请求"),
        }
    }

    /// The verb as sentences say it: the committee accepts a resignation by decision
    /// (「决定接受」), where the list's verb line says 「接受：」.
    pub fn sentence_verb(self) -> &'static str {
        match self {
            Self::AcceptResignation => "决定接受",
            other => other.label(),
        }
    }

    /// The sentence of `people` and `posts` under this verb: 「任命张三、李四为某市人民检察院检察员」.
    pub fn sentence(self, people: &str, posts: &str) -> String {
        format!("{}{}", self.sentence_verb(), self.clause(people, posts))
    }
}
