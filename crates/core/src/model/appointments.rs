//! Appointment motions (任免议案) and their entries (DOMAIN.md §4).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::AgendaKind;
use super::DocumentRef;
use super::Session;
use super::VoteSubject;
use super::decisions;
use super::edit::EditError;
use super::edit::move_item;
use super::guard::Decided;
use super::ids::{EntryId, MotionId};
use super::next_id;
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
    /// Who explains the motion to the session (作说明) with title, as the 主持词 calls on him or
    /// her: 「市人大常委会秘书长 方在敏」; empty: 「{the nominating unit}负责同志」.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    // new with issue 24: files without it call on the nominating unit
    pub presenter: String,
    /// What the motion's posts are as a class, as a sentence may name them all without names
    /// (FORMS.md §9 `partial`: 「免去部分审判人员职务」): 「审判人员」; empty: none given.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    // new in format 6: files without it give none
    pub post_category: String,
    /// Whether the people nominated were introduced to the members before the vote
    /// (FORMS.md §20 `meeting`: 「并介绍拟任命人员与常委会组成人员见面」).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    // new in format 6: files without it had no such meeting recorded
    pub meeting: bool,
}

impl AppointmentMotion {
    /// The verbs of one motion in print order (DOMAIN.md §8): appointments before removals, except
    /// that a resignation accepted comes right before the acting decision that follows from it.
    pub fn verbs_in_list_order(&self) -> Vec<AppointmentAction> {
        let motion = self;
        let has = |action| motion.entries.iter().any(|e| e.action == action);
        let resignation_first =
            has(AppointmentAction::AcceptResignation) && has(AppointmentAction::DecideActing);
        let mut verbs = Vec::with_capacity(AppointmentAction::ALL.len());
        for action in AppointmentAction::ALL {
            match action {
                AppointmentAction::DecideActing if resignation_first => {
                    verbs.push(AppointmentAction::AcceptResignation);
                    verbs.push(action);
                }
                AppointmentAction::AcceptResignation if resignation_first => {}
                _ => verbs.push(action),
            }
        }
        verbs
    }

    /// The entries of one motion in the order the list prints them (and minutes and news say
    /// them): by verb in [`Self::verbs_in_list_order`], each verb's entries in motion order.
    pub fn entries_in_list_order(&self) -> Vec<&AppointmentEntry> {
        let motion = self;
        motion
            .verbs_in_list_order()
            .into_iter()
            .flat_map(|action| motion.entries.iter().filter(move |e| e.action == action))
            .collect()
    }
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

/// One person or a batch of people (人民陪审员 are appointed dozens at a time), one verb, one or
/// more posts (DOMAIN.md §8).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "EntryRepr")] // reads the one-person entries of format 3 too
pub struct AppointmentEntry {
    /// Stable id, referenced by votes.
    pub id: EntryId,
    /// 任命, 免去, 决定任命 …
    pub action: AppointmentAction,
    /// The people, in the order the motion lists them; one for most entries, many for a batch.
    pub people: Vec<Appointee>,
    /// The posts as the motion writes them: 鹤壁市人大常委会副秘书长, 办公室主任.
    pub posts: Vec<String>,
    /// Why the people resign, as the office was told (「工作变动」): a resignation's only, free
    /// text; empty: not given. Printed only where given, where the body's form says it
    /// (FORMS.md §15 `reason_before`, `reason_inside`).
    #[serde(skip_serializing_if = "String::is_empty")] // new in format 6
    pub reason: String,
    /// Whether the resignation is from the body's own people's congress (辞去本级人大代表职务,
    /// FORMS.md §15 `deputy`): the post is then the deputy's, and a deputy who is a member of
    /// the committee stops being one by law (the knock-on sentence).
    #[serde(skip_serializing_if = "std::ops::Not::not")] // new in format 6
    pub deputy: bool,
    /// The committee that reviewed a deputy's resignation and reported on it (FORMS.md §17
    /// `body_report_reviewed`): 「人大常委会代表资格审查委员会」; empty: no report recorded.
    #[serde(default, skip_serializing_if = "String::is_empty")] // new in format 6
    pub reviewed_by: String,
    /// The statement the people appointed made at the session after the vote (FORMS.md §20
    /// `statement`: 「刘芸同志在会上作了表态发言。」); `None`: none made.
    #[serde(skip_serializing_if = "Option::is_none")] // new in format 6
    pub statement: Option<Statement>,
    /// Whether the news release leaves the entry unnamed (some bodies name the main
    /// appointments only, and add 「会议还通过了其他人事任免事项。」, FORMS.md §9 `catch_all`).
    #[serde(skip_serializing_if = "std::ops::Not::not")] // new in format 6
    pub unnamed_in_news: bool,
}

/// The statement a person appointed makes at the session after the vote (FORMS.md §20
/// `statement`), by the word the body uses for it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Statement {
    /// 表态发言.
    #[default]
    Pledge,
    /// 履职发言.
    Duties,
    /// 供职发言.
    Service,
    /// 任职陈述.
    Account,
}

impl Statement {
    /// Every word, in the order a chooser offers them.
    pub const ALL: [Statement; 4] = [Self::Pledge, Self::Duties, Self::Service, Self::Account];

    /// The statement as printed: 表态发言, 履职发言, 供职发言, 任职陈述.
    pub fn label(self) -> &'static str {
        match self {
            Self::Pledge => "表态发言",
            Self::Duties => "履职发言",
            Self::Service => "供职发言",
            Self::Account => "任职陈述",
        }
    }
}

/// A person named in an appointment entry.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Appointee {
    /// The name, without padding or gender mark.
    pub name: String,
    /// Gender; women are marked 「（女）」 in lists.
    #[serde(default, skip_serializing_if = "Gender::is_unknown")] // often not entered for men
    pub gender: Gender,
}

impl Appointee {
    /// A person of unknown gender.
    pub fn named(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            gender: Gender::default(),
        }
    }

    /// The name as lists print it: with 「（女）」 for women.
    pub fn with_gender(&self) -> String {
        match self.gender {
            Gender::Female => format!("{}（女）", self.name),
            _ => self.name.clone(),
        }
    }
}

/// An entry as files hold it: format 3 and earlier name one `person` with a `gender`; format 4
/// names `people`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename = "AppointmentEntry")]
struct EntryRepr {
    id: EntryId,
    action: AppointmentAction,
    #[serde(default, deserialize_with = "present_string")] // format 4 names people instead
    person: Option<String>,
    #[serde(default)] // format 3: often not entered for men
    gender: Gender,
    #[serde(default)] // format 3 names one person instead
    people: Vec<Appointee>,
    posts: Vec<String>,
    #[serde(default)] // format 6: files before it give no reason
    reason: String,
    #[serde(default)] // format 6: files before it record no review report
    reviewed_by: String,
    #[serde(default)] // format 6
    deputy: bool,
    #[serde(default)] // format 6
    statement: Option<Statement>,
    #[serde(default)] // format 6: files before it name every entry
    unnamed_in_news: bool,
}

/// A field that, where present, is a plain string (an empty one included).
fn present_string<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<String>, D::Error> {
    String::deserialize(deserializer).map(Some)
}

impl From<EntryRepr> for AppointmentEntry {
    fn from(repr: EntryRepr) -> Self {
        let mut people = repr.people;
        if let Some(name) = repr.person {
            people.insert(
                0,
                Appointee {
                    name,
                    gender: repr.gender,
                },
            );
        }
        Self {
            id: repr.id,
            action: repr.action,
            people,
            posts: repr.posts,
            reason: repr.reason,
            reviewed_by: repr.reviewed_by,
            deputy: repr.deputy,
            statement: repr.statement,
            unnamed_in_news: repr.unnamed_in_news,
        }
    }
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

impl AppointmentAction {
    /// Whether a body that counts by post (FORMS.md §9 `by_post_count`: 「任命1名…局长」) counts
    /// this verb's people: the appointments; removals, resignations and acting heads are named.
    pub fn is_counted(self) -> bool {
        matches!(
            self,
            Self::Appoint | Self::DecideAppoint | Self::ApproveAppoint
        )
    }
}

impl AppointmentEntry {
    /// An entry of one person.
    pub fn of_one(
        id: EntryId,
        action: AppointmentAction,
        person: Appointee,
        posts: Vec<String>,
    ) -> Self {
        Self {
            id,
            action,
            people: vec![person],
            posts,
            reason: String::new(),
            deputy: false,
            reviewed_by: String::new(),
            statement: None,
            unnamed_in_news: false,
        }
    }

    /// Sets the people from a list as the editor shows it: names separated by 「、」, commas,
    /// spaces or new lines, a woman marked 「（女）」 after the name. A name already in the entry
    /// keeps the gender recorded for it unless the list marks it.
    pub fn set_people_from_text(&mut self, text: &str) {
        let old = std::mem::take(&mut self.people);
        self.people = crate::collation::split_names(&text.replace(['（', '('], "（"))
            .into_iter()
            .filter_map(|item| {
                let (name, female) = Gender::split_female_mark(&item);
                let name = name.to_owned();
                if name.is_empty() {
                    return None;
                }
                let gender = if female {
                    Gender::Female
                } else {
                    match old.iter().find(|p| p.name == name).map(|p| p.gender) {
                        Some(Gender::Female) | None => Gender::Unspecified,
                        Some(other) => other,
                    }
                };
                Some(Appointee { name, gender })
            })
            .collect();
    }

    /// Whether the entry accepts a deputy's resignation from the body's own people's congress
    /// (FORMS.md §15 `deputy`).
    pub fn is_deputy_resignation(&self) -> bool {
        self.deputy && self.action == AppointmentAction::AcceptResignation
    }

    /// Why the people resign, where the entry is a resignation and the reason is given.
    pub fn resignation_reason(&self) -> Option<&str> {
        let reason = self.reason.trim();
        (self.action == AppointmentAction::AcceptResignation && !reason.is_empty())
            .then_some(reason)
    }

    /// The people's names joined by 「、」, without gender marks: how editors and ballots name
    /// the entry.
    pub fn names_joined(&self) -> String {
        self.people
            .iter()
            .map(|p| p.name.as_str())
            .collect::<Vec<_>>()
            .join("、")
    }

    /// The people as lists print them, joined by 「、」: 「刘育（女）」, 「张三、李四（女）」.
    pub fn people_with_gender(&self) -> String {
        self.people
            .iter()
            .map(Appointee::with_gender)
            .collect::<Vec<_>>()
            .join("、")
    }

    /// The posts as printed: an acting head's post carries 「代理」 from the entry's kind
    /// (DOMAIN.md §16), 「某市人民政府市长」 printing 「某市人民政府代理市长」; other posts as entered.
    pub fn printed_posts(&self) -> Vec<String> {
        match self.action {
            AppointmentAction::DecideActing => self.posts.iter().map(|p| acting_post(p)).collect(),
            _ => self.posts.clone(),
        }
    }

    /// The posts joined as printed: 「鹤壁市人大常委会副秘书长、办公室主任」, 「某市人民政府代理市长」.
    pub fn posts_joined(&self) -> String {
        self.printed_posts().join("、")
    }

    /// The posts joined as entered, without the 「代理」 an acting entry prints: what the acting
    /// decision's text names (「张三代理某市人民政府市长」).
    pub fn entered_posts_joined(&self) -> String {
        self.posts.join("、")
    }

    /// Whether 「代理」 is written into a post where the entry's kind should say it: an
    /// appointment to an acting post that is not a 决定代理 entry, or a 决定代理 entry whose post
    /// already holds it (`check` reports both; a removal from an acting post is fine).
    pub fn acting_mismatch(&self) -> bool {
        self.action.is_appointment() && self.posts.iter().any(|p| p.contains("代理"))
    }

    /// The entry as editors and check messages name it: 「任命张三为…」 (every name, no gender mark).
    pub fn sentence(&self) -> String {
        self.action
            .sentence(&self.names_joined(), &self.posts_joined())
    }

    /// The entry's clause under its verb line, without final punctuation:
    /// 「刘育（女）为鹤壁市人大常委会副秘书长、办公室主任」 or
    /// 「张尚东的鹤壁市人大常委会副秘书长、办公室主任职务」.
    pub fn clause(&self) -> String {
        self.action
            .clause(&self.people_with_gender(), &self.posts_joined())
    }
}

/// The titles of heads whose posts are filled in an acting capacity, longest first: 「代理」 goes
/// right before them (「某市人民政府市长」 → 「某市人民政府代理市长」).
const HEAD_TITLES: [&str; 16] = [
    "检察长",
    "委员会主任",
    "院长",
    "市长",
    "县长",
    "区长",
    "州长",
    "盟长",
    "旗长",
    "镇长",
    "乡长",
    "省长",
    "局长",
    "厅长",
    "主席",
    "主任",
];

/// The post an acting head holds, as printed: 「代理」 before the head's title; a post already
/// holding 「代理」 is printed as entered.
pub fn acting_post(post: &str) -> String {
    if post.contains("代理") {
        return post.to_owned();
    }
    for title in HEAD_TITLES {
        if post.ends_with(title) {
            // 「…委员会主任」: 代理 goes before 主任, the unit keeps 委员会.
            let title = title.strip_prefix("委员会").unwrap_or(title);
            let (unit, title) = post.split_at(post.len() - title.len());
            return format!("{unit}代理{title}");
        }
    }
    format!("代理{post}")
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

/// Changes to appointments.
impl Session {
    /// Adds an empty appointment motion, linked to the session's 人事任免 item (the last one
    /// where there are several), so that it is voted on and printed on the ballots; a session
    /// without one gets an item 「审议人事任免事项」 at the end of its agenda.
    pub fn add_motion(&mut self) -> MotionId {
        let id = next_id(self.motions.iter().map(|m| m.id));
        let item = match self
            .agenda
            .iter()
            .rev()
            .find(|i| i.kind == AgendaKind::Appointments)
        {
            Some(item) => item.id,
            None => {
                let item = self.add_agenda_item(None);
                if let Some(added) = self.agenda.iter_mut().find(|i| i.id == item) {
                    added.kind = AgendaKind::Appointments;
                    "审议人事任免事项".clone_into(&mut added.title);
                }
                item
            }
        };
        self.link_document(item, DocumentRef::Motion(id));
        self.motions.push(AppointmentMotion {
            id,
            title: "关于提请任免同志职务的议案".to_owned(),
            document_number: String::new(),
            nominator: Nominator::CouncilOfChairpersons,
            addressee: self.body.short_name.clone(),
            basis: "现提请任命：".to_owned(),
            signatory: String::new(),
            date: None,
            entries: Vec::new(),
            vote_together: false,
            presenter: String::new(),
            post_category: String::new(),
            meeting: false,
        });
        id
    }

    /// Deletes a motion with its entries, links and votes; refused while one of its entries is
    /// in an announced vote.
    pub fn delete_motion(&mut self, id: MotionId) -> Result<(), EditError> {
        let entry_ids: Vec<EntryId> = self
            .motions
            .iter()
            .filter(|m| m.id == id)
            .flat_map(|m| m.entries.iter().map(|e| e.id))
            .collect();
        self.guard(Decided::Entries(&entry_ids), "删除")?;
        self.motions.retain(|m| m.id != id);
        for item in &mut self.agenda {
            item.documents.retain(|d| *d != DocumentRef::Motion(id));
        }
        self.remove_entries_from_votes(&entry_ids);
        Ok(())
    }

    /// Moves a motion so that it ends at position `to`.
    pub fn move_motion(&mut self, from: usize, to: usize) {
        move_item(&mut self.motions, from, to);
    }

    /// Adds an entry to a motion.
    pub fn add_entry(&mut self, motion: MotionId, action: AppointmentAction) -> Option<EntryId> {
        let id = next_id(self.entries().map(|e| e.id));
        let motion = self.motions.iter_mut().find(|m| m.id == motion)?;
        motion.entries.push(AppointmentEntry::of_one(
            id,
            action,
            Appointee::default(),
            vec![String::new()],
        ));
        Some(id)
    }

    /// Deletes an entry and takes it out of its vote; refused while that vote is announced.
    pub fn delete_entry(&mut self, id: EntryId) -> Result<(), EditError> {
        self.guard(Decided::Entries(&[id]), "删除")?;
        for motion in &mut self.motions {
            motion.entries.retain(|e| e.id != id);
        }
        self.remove_entries_from_votes(&[id]);
        Ok(())
    }

    /// The entry with this id to change it: refused while its vote is announced.
    fn entry_to_change(
        &mut self,
        id: EntryId,
        change: &str,
    ) -> Result<Option<&mut AppointmentEntry>, EditError> {
        self.guard(Decided::Entries(&[id]), change)?;
        Ok(self
            .motions
            .iter_mut()
            .flat_map(|m| m.entries.iter_mut())
            .find(|e| e.id == id))
    }

    /// Changes an entry's verb (任命, 免去, 决定代理 …).
    pub fn set_entry_action(
        &mut self,
        id: EntryId,
        action: AppointmentAction,
    ) -> Result<(), EditError> {
        if let Some(entry) = self.entry_to_change(id, "修改")? {
            entry.action = action;
        }
        Ok(())
    }

    /// Sets an entry's people from a list as the editor shows it (「张三、李四（女）」).
    pub fn set_entry_people(&mut self, id: EntryId, text: &str) -> Result<(), EditError> {
        if let Some(entry) = self.entry_to_change(id, "修改")? {
            entry.set_people_from_text(text);
        }
        Ok(())
    }

    /// Sets the gender of the person at `index` of an entry.
    pub fn set_entry_gender(
        &mut self,
        id: EntryId,
        index: usize,
        gender: Gender,
    ) -> Result<(), EditError> {
        if let Some(entry) = self.entry_to_change(id, "修改")?
            && let Some(person) = entry.people.get_mut(index)
        {
            person.gender = gender;
        }
        Ok(())
    }

    /// Sets an entry's posts.
    pub fn set_entry_posts(&mut self, id: EntryId, posts: Vec<String>) -> Result<(), EditError> {
        if let Some(entry) = self.entry_to_change(id, "修改")? {
            entry.posts = posts;
        }
        Ok(())
    }

    /// Sets why the people of a resignation resign (「工作变动」); blanks dropped, empty: not
    /// given. Refused while the entry's vote is announced (the reason is part of what was
    /// accepted).
    pub fn set_entry_reason(&mut self, id: EntryId, reason: &str) -> Result<(), EditError> {
        if let Some(entry) = self.entry_to_change(id, "修改")? {
            reason.trim().clone_into(&mut entry.reason);
        }
        Ok(())
    }

    /// Sets the committee that reviewed a deputy's resignation (FORMS.md §17
    /// `body_report_reviewed`), trimmed; empty: none. Refused while the entry's vote is
    /// announced; an entry of another verb is left as it is.
    pub fn set_entry_reviewed_by(
        &mut self,
        id: EntryId,
        reviewed_by: &str,
    ) -> Result<(), EditError> {
        if let Some(entry) = self.entry_to_change(id, "修改")?
            && entry.action == AppointmentAction::AcceptResignation
        {
            reviewed_by.trim().clone_into(&mut entry.reviewed_by);
        }
        Ok(())
    }

    /// Marks a resignation as one from the body's own people's congress (辞去本级人大代表职务),
    /// or not. Marked, its post becomes the deputy's (「淇县第十七届人民代表大会代表」), which the
    /// list and the ballot print. Refused while the entry's vote is announced; an entry of
    /// another verb is left as it is.
    pub fn set_entry_deputy(&mut self, id: EntryId, deputy: bool) -> Result<(), EditError> {
        let post = format!("{}代表", crate::wording::phrases::filed_with(self));
        if let Some(entry) = self.entry_to_change(id, "修改")?
            && entry.action == AppointmentAction::AcceptResignation
        {
            entry.deputy = deputy;
            if deputy {
                entry.posts = vec![post];
            }
        }
        Ok(())
    }

    /// Records the statement the people of an entry made at the session after the vote
    /// (`None`: none). Allowed after the vote is announced: it is what happened after it.
    pub fn set_entry_statement(&mut self, id: EntryId, statement: Option<Statement>) {
        if let Some(entry) = self.entry_mut(id) {
            entry.statement = statement;
        }
    }

    /// Whether the news release leaves an entry unnamed (FORMS.md §9 `catch_all`). Allowed after
    /// the vote is announced: it is how the news tells it, not what was decided.
    pub fn set_entry_unnamed_in_news(&mut self, id: EntryId, unnamed: bool) {
        if let Some(entry) = self.entry_mut(id) {
            entry.unnamed_in_news = unnamed;
        }
    }

    /// The entry with this id, to change what its vote did not decide.
    fn entry_mut(&mut self, id: EntryId) -> Option<&mut AppointmentEntry> {
        self.motions
            .iter_mut()
            .flat_map(|m| m.entries.iter_mut())
            .find(|e| e.id == id)
    }

    /// Sets the class a motion's posts are named by when a sentence names none of the people
    /// (「审判人员」, FORMS.md §9 `partial`); blanks dropped, empty: none.
    pub fn set_motion_post_category(&mut self, motion: MotionId, category: &str) {
        if let Some(motion) = self.motions.iter_mut().find(|m| m.id == motion) {
            category.trim().clone_into(&mut motion.post_category);
        }
    }

    /// Records whether a motion's nominees were introduced to the members before the vote
    /// (FORMS.md §20 `meeting`).
    pub fn set_motion_meeting(&mut self, motion: MotionId, meeting: bool) {
        if let Some(motion) = self.motions.iter_mut().find(|m| m.id == motion) {
            motion.meeting = meeting;
        }
    }

    /// Inserts an empty entry with the verb `action` at position `at` of a motion (the end if
    /// beyond it).
    pub fn insert_entry(
        &mut self,
        motion: MotionId,
        at: usize,
        action: AppointmentAction,
    ) -> Option<EntryId> {
        let id = self.add_entry(motion, action)?;
        let motion = self.motions.iter_mut().find(|m| m.id == motion)?;
        if let Some(entry) = motion.entries.pop() {
            motion.entries.insert(at.min(motion.entries.len()), entry);
        }
        Some(id)
    }

    /// Moves an entry within its motion so that it ends at position `to`.
    pub fn move_entry(&mut self, motion: MotionId, from: usize, to: usize) {
        if let Some(motion) = self.motions.iter_mut().find(|m| m.id == motion) {
            move_item(&mut motion.entries, from, to);
        }
    }

    /// Whether a motion's entries are voted on together (合并表决). Refused once any of them has a
    /// vote recorded: the record would no longer match what is voted on.
    pub fn set_vote_together(&mut self, motion: MotionId, together: bool) -> Result<(), EditError> {
        let Some(found) = self.motions.iter().find(|m| m.id == motion) else {
            return Ok(());
        };
        if found.vote_together == together {
            return Ok(());
        }
        let recorded = found
            .entries
            .iter()
            .any(|e| decisions::vote_for_entry(self, e.id).is_some());
        if recorded {
            return Err(EditError::Refused(
                "本议案的任免事项已有表决记录，不能再改变表决方式。请先删除这些表决记录。"
                    .to_owned(),
            ));
        }
        if let Some(motion) = self.motions.iter_mut().find(|m| m.id == motion) {
            motion.vote_together = together;
        }
        Ok(())
    }

    fn remove_entries_from_votes(&mut self, ids: &[EntryId]) {
        for vote in &mut self.votes {
            if let VoteSubject::Entries(entries) = &mut vote.subject {
                entries.retain(|e| !ids.contains(e));
            }
        }
        self.votes
            .retain(|v| !matches!(&v.subject, VoteSubject::Entries(e) if e.is_empty()));
    }
}
