//! The members of the committee (组成人员) and their attendance at the session.

use serde::{Deserialize, Serialize};

use super::EvaluationRecord;
use super::Session;
use super::SittingId;
use super::VoteRecord;
use super::edit::EditError;
use super::ids::MemberId;
use super::next_id;

/// A person on the committee: who they are, whatever their role. A session's roster holds
/// them in the role of its day ([`Member`]), the body's folder with their roles over the term
/// ([`BodyMember`](super::term::body_folder::BodyMember)); a field of the person is written
/// here once and both carry it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Person {
    /// Stable id, referenced by attendance, ballots and the presiding officer.
    pub id: MemberId,
    /// The name as written, without padding: 尚欣, not 「尚　欣」.
    pub name: String,
    /// Gender, printed as 「（女）」 where lists mark women; unknown for a newly added member
    /// until the office fills it in.
    pub gender: Gender,
    /// Sort this person as if named so (stroke order); a manual override of the position,
    /// e.g. for a character the stroke table lacks.
    pub sort_as: Option<String>,
    /// A title or remark shown in the editor only, e.g. 市总工会主席.
    pub note: String,
}

/// A member of the standing committee: a person in a role.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "MemberOnDisk", into = "MemberOnDisk")]
pub struct Member {
    /// Who.
    pub person: Person,
    /// 主任, 副主任, 秘书长 or 委员.
    pub role: Role,
    /// Order within the role: 副主任 are listed by rank (1 first). 委员 are in stroke order.
    pub rank: u32,
}

/// A member is read as the person (`member.name`, `member.id`): the role and rank are its own.
impl std::ops::Deref for Member {
    type Target = Person;

    fn deref(&self) -> &Person {
        &self.person
    }
}

impl std::ops::DerefMut for Member {
    fn deref_mut(&mut self) -> &mut Person {
        &mut self.person
    }
}

/// A member as the session file writes it: the person's fields with the role and rank among
/// them, in the order format 5 set.
#[derive(Serialize, Deserialize)]
#[serde(rename = "Member", deny_unknown_fields)] // the name said in a message on a bad file
struct MemberOnDisk {
    id: MemberId,
    name: String,
    #[serde(default)] // unknown for a newly added member until the office fills it in
    gender: Gender,
    role: Role,
    #[serde(default)] // 0 for 委员, whose order comes from their names
    rank: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")] // absent for almost everyone
    sort_as: Option<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")] // most members have none
    note: String,
}

impl From<MemberOnDisk> for Member {
    fn from(disk: MemberOnDisk) -> Self {
        Self {
            person: Person {
                id: disk.id,
                name: disk.name,
                gender: disk.gender,
                sort_as: disk.sort_as,
                note: disk.note,
            },
            role: disk.role,
            rank: disk.rank,
        }
    }
}

impl From<Member> for MemberOnDisk {
    fn from(Member { person, role, rank }: Member) -> Self {
        Self {
            id: person.id,
            name: person.name,
            gender: person.gender,
            role,
            rank,
            sort_as: person.sort_as,
            note: person.note,
        }
    }
}

/// Gender of a person, as lists and motions mark it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Gender {
    /// Not recorded.
    #[default]
    Unspecified,
    /// 男.
    Male,
    /// 女: printed as 「（女）」 after the name in motions and the appointment list.
    Female,
}

impl Gender {
    /// Whether the gender was left unrecorded (files then leave it out).
    pub fn is_unknown(&self) -> bool {
        *self == Self::Unspecified
    }

    /// The gender a cell of a sheet gives: 男/女 (also 男性, 女性, M, F); `None` for any other
    /// text. An empty cell is [`Gender::Unspecified`].
    pub fn parse(text: &str) -> Option<Self> {
        match text.trim() {
            "" => Some(Self::Unspecified),
            "男" | "男性" | "M" | "m" | "Male" | "male" => Some(Self::Male),
            "女" | "女性" | "F" | "f" | "Female" | "female" => Some(Self::Female),
            _ => None,
        }
    }

    /// A name as lists write it, split from its 「（女）」 mark (either bracket form):
    /// 「刘育（女）」 → (「刘育」, true); 「刘育」 → (「刘育」, false).
    pub fn split_female_mark(text: &str) -> (&str, bool) {
        let text = text.trim();
        ["（女）", "（女)", "(女）", "(女)"]
            .iter()
            .find_map(|mark| text.strip_suffix(mark))
            .map_or((text, false), |name| (name.trim(), true))
    }

    /// 男, 女 or empty.
    pub fn label(self) -> &'static str {
        match self {
            Self::Unspecified => "",
            Self::Male => "男",
            Self::Female => "女",
        }
    }
}

/// The role of a member on the committee, in the order lists print them.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum Role {
    /// 主任: the chair.
    Chair,
    /// 副主任: a vice-chair.
    ViceChair,
    /// 秘书长: the secretary-general.
    SecretaryGeneral,
    /// 委员: a member.
    #[default]
    Member,
}

impl Role {
    /// Every role, in list order.
    pub const ALL: [Role; 4] = [
        Role::Chair,
        Role::ViceChair,
        Role::SecretaryGeneral,
        Role::Member,
    ];

    /// The role a label names, as lists and sheets write it: spread (「副 主 任」, 「委　员」), with
    /// a colon or a remark in brackets (「委员（以姓名笔画为序）：」), or after the body's name
    /// (「常委会副主任」, 「市人大常委会委员」). `None` for anything else.
    pub fn parse(text: &str) -> Option<Self> {
        let label: String = text
            .split(['（', '('])
            .next()
            .unwrap_or_default()
            .chars()
            .filter(|c| !c.is_whitespace() && !matches!(c, '：' | ':'))
            .collect();
        // 副主任 before 主任: the longer label first.
        [
            Self::ViceChair,
            Self::Chair,
            Self::SecretaryGeneral,
            Self::Member,
        ]
        .into_iter()
        .find(|role| {
            label == role.label()
                || ["常委会", "常务委员会"]
                    .iter()
                    .any(|body| label.ends_with(&format!("{body}{}", role.label())))
        })
    }

    /// 主任, 副主任, 秘书长, 委员.
    pub fn label(self) -> &'static str {
        match self {
            Self::Chair => "主任",
            Self::ViceChair => "副主任",
            Self::SecretaryGeneral => "秘书长",
            Self::Member => "委员",
        }
    }
}

/// Why and how a member is not present. Members without an entry are present.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Absence {
    /// Who.
    pub member: MemberId,
    /// On leave (with the reason) or absent without approved leave.
    pub kind: AbsenceKind,
}

/// The two ways of not being present.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AbsenceKind {
    /// 请假: approved leave; the reason (因公, 因病, 因事) may be empty when not stated.
    Leave(String),
    /// 缺席: absent without approved leave.
    Absent,
}

/// Attendance of one member, as the editor cycles it: present → on leave → absent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AttendanceStatus {
    /// 出席.
    Present,
    /// 请假, with the reason (may be empty).
    OnLeave(String),
    /// 缺席.
    Absent,
}

impl AttendanceStatus {
    /// 出席, 请假 or 缺席.
    pub fn label(&self) -> &'static str {
        match self {
            Self::Present => "出席",
            Self::OnLeave(_) => "请假",
            Self::Absent => "缺席",
        }
    }
}

/// The reasons for leave the office usually writes; any other text is allowed.
pub const USUAL_LEAVE_REASONS: [&str; 3] = ["因公", "因病", "因事"];

/// Members in the order lists print them: by role (主任, 副主任, 秘书长, 委员); within a role by
/// rank, and 委员 (and members of equal rank) in stroke order of their name or their `sort_as`.
pub fn members_in_list_order<'a>(
    members: impl IntoIterator<Item = &'a Member>,
    mode: super::body::NameOrderMode,
) -> Vec<&'a Member> {
    let mut ordered: Vec<&Member> = members.into_iter().collect();
    sort_in_list_order(&mut ordered, mode, |m| ListPlace::of(m));
    ordered
}

/// Where a member stands in the lists: the role, the rank within it, the name sorted by. Every
/// shape of a member (the roster's, a session's summary, a year's attendance row) is put in
/// list order by [`sort_in_list_order`] through it.
#[derive(Clone, Copy, Debug)]
pub struct ListPlace<'a> {
    /// 主任, 副主任, 秘书长 or 委员.
    pub role: Role,
    /// The rank within the role (ignored for 委员).
    pub rank: u32,
    /// The name, or the name to sort by in its place.
    pub sorted_as: &'a str,
}

impl<'a> ListPlace<'a> {
    /// The place of a member with these role, rank, name and name to sort by.
    pub fn new(role: Role, rank: u32, name: &'a str, sort_as: Option<&'a str>) -> Self {
        Self {
            role,
            rank,
            sorted_as: sort_as.unwrap_or(name),
        }
    }

    /// The place of a member of a session's roster.
    pub fn of(member: &'a Member) -> Self {
        Self::new(
            member.role,
            member.rank,
            &member.name,
            member.sort_as.as_deref(),
        )
    }
}

/// Puts `items` in the order lists print members: by role (主任, 副主任, 秘书长, 委员); within a
/// role by rank, and 委员 (and members of equal rank) in stroke order of the name sorted by.
pub fn sort_in_list_order<T>(
    items: &mut [T],
    mode: super::body::NameOrderMode,
    place: impl Fn(&T) -> ListPlace<'_>,
) {
    crate::collation::sort_by_name(items, mode, |item| place(item).sorted_as);
    // Stable: stroke order stays within equal (role, rank).
    items.sort_by_key(|item| {
        let place = place(item);
        (
            place.role,
            if place.role == Role::Member {
                0
            } else {
                place.rank
            },
        )
    });
}

/// Changes to roster and attendance.
impl Session {
    /// Adds a member with a role at the end of the role's group.
    pub fn add_member(&mut self, role: Role) -> MemberId {
        let id = next_id(self.roster.iter().map(|m| m.id));
        let rank = self
            .members_with_role(role)
            .map(|m| m.rank)
            .max()
            .map_or(1, |r| r + 1);
        let member = Member {
            person: Person {
                id,
                ..Person::default()
            },
            role,
            rank: if role == Role::Member { 0 } else { rank },
        };
        let at = self
            .roster
            .iter()
            .rposition(|m| m.role <= role)
            .map_or(0, |p| p + 1);
        self.roster.insert(at, member);
        id
    }

    /// Inserts a new member with the role of `next_to` just above or below that member (a
    /// row's 在上方插入 / 在下方插入); the new member's id.
    pub fn insert_member_beside(&mut self, next_to: MemberId, below: bool) -> Option<MemberId> {
        let role = self.member(next_to)?.role;
        let id = self.add_member(role);
        let from = self.roster.iter().position(|m| m.id == id)?;
        let member = self.roster.remove(from);
        let at = self.roster.iter().position(|m| m.id == next_to)? + usize::from(below);
        self.roster.insert(at.min(self.roster.len()), member);
        Some(id)
    }

    /// Deletes a member with their attendance, ballots and presiding; refused while one of
    /// their ballots is in an announced vote or evaluation.
    pub fn delete_member(&mut self, id: MemberId) -> Result<(), EditError> {
        self.delete_members(&[id])
    }

    /// Deletes members with their attendance, ballots and presiding, in one pass over the
    /// session whatever their number (a replacing import removes thousands); all or nothing:
    /// refused, unchanged, while a ballot of one of them is in an announced vote or evaluation.
    pub fn delete_members(&mut self, ids: &[MemberId]) -> Result<(), EditError> {
        if ids.is_empty() {
            return Ok(());
        }
        let gone: std::collections::HashSet<MemberId> = ids.iter().copied().collect();
        let announced_ballot = self
            .votes
            .iter()
            .filter(|v| v.is_announced())
            .find_map(|v| match &v.record {
                VoteRecord::Ballots(b) => b.iter().find(|b| gone.contains(&b.member)),
                _ => None,
            })
            .map(|b| b.member)
            .or_else(|| {
                self.evaluations
                    .iter()
                    .filter(|e| e.is_announced())
                    .find_map(|e| match &e.record {
                        EvaluationRecord::Ballots(b) => b.iter().find(|b| gone.contains(&b.member)),
                        _ => None,
                    })
                    .map(|b| b.member)
            });
        if let Some(id) = announced_ballot {
            let name = self.member(id).map(|m| m.name.clone()).unwrap_or_default();
            return Err(EditError::Locked {
                what: format!("{name}的表决票所在的表决"),
                change: "删除此人".to_owned(),
            });
        }
        let clear = |slot: &mut Option<MemberId>| {
            if slot.is_some_and(|id| gone.contains(&id)) {
                *slot = None;
            }
        };
        self.roster.retain(|m| !gone.contains(&m.id));
        self.absences.retain(|a| !gone.contains(&a.member));
        self.seating.seats.retain(|s| !gone.contains(&s.member));
        clear(&mut self.details.presiding);
        clear(&mut self.details.entrusted_by);
        for sitting in &mut self.details.sittings {
            clear(&mut sitting.presiding);
            clear(&mut sitting.entrusted_by);
            if let Some(absences) = &mut sitting.absences {
                absences.retain(|a| !gone.contains(&a.member));
            }
        }
        for vote in &mut self.votes {
            if let VoteRecord::Ballots(ballots) = &mut vote.record {
                ballots.retain(|b| !gone.contains(&b.member));
            }
        }
        for evaluation in &mut self.evaluations {
            if let EvaluationRecord::Ballots(ballots) = &mut evaluation.record {
                ballots.retain(|b| !gone.contains(&b.member));
            }
        }
        Ok(())
    }

    /// Puts the roster in list order: role, rank, and 委员 in stroke order.
    pub fn sort_roster_by_strokes(&mut self) {
        let mode = self.body.settings.name_order;
        sort_in_list_order(&mut self.roster, mode, |m| ListPlace::of(m));
    }

    /// Present → on leave → absent → present.
    pub fn cycle_attendance(&mut self, id: MemberId) {
        self.cycle_attendance_at(id, None);
    }

    /// As [`Self::cycle_attendance`], at a sitting with its own attendance (else the session).
    pub fn cycle_attendance_at(&mut self, id: MemberId, sitting: Option<SittingId>) {
        let next = match self.attendance_at(id, sitting) {
            AttendanceStatus::Present => AttendanceStatus::OnLeave(String::new()),
            AttendanceStatus::OnLeave(_) => AttendanceStatus::Absent,
            AttendanceStatus::Absent => AttendanceStatus::Present,
        };
        self.change_attendance_at(id, sitting, next);
    }

    /// Sets one member's attendance (nothing for someone not on the roster).
    pub fn change_attendance(&mut self, id: MemberId, status: AttendanceStatus) {
        self.change_attendance_at(id, None, status);
    }

    /// As [`Self::change_attendance`], at a sitting with its own attendance (else the session).
    pub fn change_attendance_at(
        &mut self,
        id: MemberId,
        sitting: Option<SittingId>,
        status: AttendanceStatus,
    ) {
        if self.member(id).is_some() {
            self.set_attendance_at(id, sitting, status);
        }
    }

    /// Marks everybody present.
    pub fn all_present(&mut self) {
        self.all_present_at(None);
    }

    /// As [`Self::all_present`], at a sitting with its own attendance (else the session).
    pub fn all_present_at(&mut self, sitting: Option<SittingId>) {
        match sitting.and_then(|id| self.details.sittings.iter_mut().find(|s| s.id == id)) {
            Some(sitting) if sitting.absences.is_some() => sitting.absences = Some(Vec::new()),
            _ => self.absences.clear(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn role_labels_are_read_as_lists_print_them() {
        assert_eq!(Role::parse("副 主 任："), Some(Role::ViceChair));
        assert_eq!(Role::parse("主\u{3000}\u{3000}任"), Some(Role::Chair));
        assert_eq!(Role::parse("秘 书 长"), Some(Role::SecretaryGeneral));
        assert_eq!(Role::parse("委 员（以姓名笔画为序）："), Some(Role::Member));
        assert_eq!(Role::parse("市人大常委会副主任"), Some(Role::ViceChair));
        assert_eq!(Role::parse("副秘书长"), None);
        assert_eq!(Role::parse("市总工会主席"), None);
    }

    #[test]
    fn gender_marks_and_cells() {
        assert_eq!(Gender::split_female_mark("刘育（女）"), ("刘育", true));
        assert_eq!(Gender::split_female_mark(" 刘育 "), ("刘育", false));
        assert_eq!(Gender::parse("女"), Some(Gender::Female));
        assert_eq!(Gender::parse(""), Some(Gender::Unspecified));
        assert_eq!(Gender::parse("未知"), None);
    }
}
