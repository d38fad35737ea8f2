//! The roster (组成人员) from a spreadsheet (columns 姓名, 性别, 职务, 备注, 单位 found by their
//! header) or from text in the form of the published 出缺席人员名单: role labels
//! (「主　任：」「副 主 任：」「委　员（以姓名笔画为序）：」) followed by names separated by spaces,
//! 、 or padding. The preview ([`RosterPlan`]) says what happens to each row against the open
//! session; [`Session::apply_roster_import`] carries it out.

use std::collections::HashMap;

use crate::collation::{MAX_NAME_CHARS, normal_name, split_names};
use crate::model::{EditError, Gender, Member, MemberId, Person, Role, Session};

use super::sheet::{Header, ListImport, ListReader, Sheet, SheetRow};
use super::source::Source;
use super::{ImportError, ImportMode};

/// A column of a roster sheet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Column {
    Name,
    Gender,
    Role,
    Note,
}

/// The column names of each field, as offices write them.
const COLUMNS: [(Column, &[&str]); 4] = [
    (
        Column::Name,
        &["姓名", "名字", "人员姓名", "组成人员", "委员姓名"],
    ),
    (Column::Gender, &["性别"]),
    (
        Column::Role,
        &["职务", "角色", "常委会职务", "人大职务", "身份"],
    ),
    (
        Column::Note,
        &[
            "备注",
            "单位",
            "工作单位",
            "单位及职务",
            "现任职务",
            "单位职务",
            "说明",
        ],
    ),
];

/// One person as read from the file, with what is wrong with the row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RosterRow {
    /// The row or line in the file.
    pub line: usize,
    /// The name, unpadded.
    pub name: String,
    /// The gender given (or marked 「（女）」).
    pub gender: Gender,
    /// The role (委员 where none or an unknown one is given).
    pub role: Role,
    /// The role column's text when it names no role, else empty.
    pub role_text: String,
    /// Whether the file gives the role (a role column's cell, a label of a published list):
    /// only then does an import change the role of someone already on the roster. A new
    /// person without one is a 委员.
    pub role_given: bool,
    /// A remark (备注, 单位), for the editor.
    pub note: String,
    /// What is wrong with the row, in Chinese.
    pub problems: Vec<String>,
    /// The row cannot be taken (no name, or the name twice).
    pub skipped: bool,
}

/// A roster as read from a file, before it meets a session.
pub type RosterImport = ListImport<RosterRow>;

/// Reads a roster from a file or pasted text.
pub fn read_roster(source: &Source) -> Result<RosterImport, ImportError> {
    let from_sheet = |sheet: &Sheet, header: &Header<Column>| {
        let rows = sheet.rows[header.last_row + 1..]
            .iter()
            .flat_map(|row| rows_of_sheet_row(header, row))
            .collect();
        (rows, Vec::new())
    };
    let reader = ListReader {
        names: &COLUMNS,
        key: Column::Name,
        other_columns: "性别、职务（或角色）、备注、单位",
        from_sheet: &from_sheet,
        from_text: &from_list_text,
    };
    let import = reader.read(source)?;
    if import.rows.is_empty() {
        return Err(ImportError::NothingFound {
            path: source.path.clone(),
            what: "组成人员的姓名".to_owned(),
            hint: "可导入：Excel 表格或 CSV（须有「姓名」列），或出缺席人员名单的文字（如「副 主 任：尚 欣 郑 辉」）。".to_owned(),
        });
    }
    Ok(mark_duplicates(import))
}

/// The people of one data row (a cell with several names gives several).
fn rows_of_sheet_row(header: &Header<Column>, row: &SheetRow) -> Vec<RosterRow> {
    let name_cell = header.cell(row, Column::Name);
    // A header repeated on a later page of a printed sheet.
    if super::sheet::find_header(std::slice::from_ref(row), &COLUMNS, Column::Name).is_some() {
        return Vec::new();
    }
    let mut problems = Vec::new();
    let gender_text = header.cell(row, Column::Gender);
    let gender = Gender::parse(gender_text).unwrap_or_else(|| {
        problems.push(format!(
            "性别「{gender_text}」无法识别（应为男或女），未记录"
        ));
        Gender::Unspecified
    });
    let role_cell = header.cell(row, Column::Role);
    let (role, role_text, role_given) = match role_cell {
        "" => (Role::Member, String::new(), false),
        text => match Role::parse(text) {
            Some(role) => (role, String::new(), true),
            None => {
                problems.push(format!(
                    "职务「{text}」不是主任、副主任、秘书长、委员之一，原文记入备注（新加入的人按委员，已有的人职务不变）"
                ));
                (Role::Member, text.to_owned(), false)
            }
        },
    };
    let mut note = header.cell(row, Column::Note).to_owned();
    if !role_text.is_empty() {
        note = [role_text.as_str(), note.as_str()]
            .into_iter()
            .filter(|t| !t.is_empty())
            .collect::<Vec<_>>()
            .join("，");
    }
    let names = split_names(name_cell);
    if names.is_empty() {
        problems.push("姓名为空，未导入".to_owned());
        return vec![RosterRow {
            line: row.line,
            name: String::new(),
            gender,
            role,
            role_text,
            role_given,
            note,
            problems,
            skipped: true,
        }];
    }
    if names.len() > 1 {
        problems.push(format!(
            "一格中有{}个姓名，已分为{}人",
            names.len(),
            names.len()
        ));
    }
    names
        .iter()
        .map(|name| {
            person(
                row.line,
                name,
                gender,
                role_given.then_some(role),
                &role_text,
                &note,
                problems.clone(),
            )
        })
        .collect()
}

/// A row for one name, its 「（女）」 mark read; `role` as the file gives it, if it does.
fn person(
    line: usize,
    name: &str,
    gender: Gender,
    role: Option<Role>,
    role_text: &str,
    note: &str,
    mut problems: Vec<String>,
) -> RosterRow {
    let (name, female) = Gender::split_female_mark(name);
    let gender = if female { Gender::Female } else { gender };
    let skip = unusable_name(name);
    if let Some(problem) = &skip {
        problems.push(problem.clone());
    } else if name.chars().count() == 1 {
        problems.push("姓名只有一个字，请核对（名单中的空格可能把姓名拆开了）".to_owned());
    }
    RosterRow {
        line,
        name: if skip.is_some() {
            name.chars().take(MAX_NAME_CHARS).collect()
        } else {
            normal_name(name)
        },
        gender,
        role: role.unwrap_or(Role::Member),
        role_text: role_text.to_owned(),
        role_given: role.is_some(),
        note: note.to_owned(),
        problems,
        skipped: skip.is_some(),
    }
}

/// Why a name read from a file cannot be taken, if it cannot: longer than a name can be, or
/// holding text that did not decode (shown as 「�」). Shared by the roster and 列席 imports.
pub(crate) fn unusable_name(name: &str) -> Option<String> {
    let length = name.chars().count();
    if length > MAX_NAME_CHARS {
        Some(format!(
            "姓名有 {length} 个字，超过上限 {MAX_NAME_CHARS} 个字，未导入（可能整段文字被当成了姓名）"
        ))
    } else if name.contains('\u{FFFD}') {
        Some("姓名中有无法识别的字符「\u{FFFD}」，未导入（文件的编码可能没有选对）".to_owned())
    } else {
        None
    }
}

/// A line's role label and the text after it: 「副 主 任：尚 欣 郑 辉」 → (副主任, 「尚 欣 郑 辉」).
/// `Err` carries a label that is no role (请假, 缺席) with the rest.
fn labelled(line: &str) -> Option<(Result<Role, String>, &str)> {
    let colon = line.find(['：', ':'])?;
    let (label, rest) = line.split_at(colon);
    let rest = rest.trim_start_matches(['：', ':']);
    if label.chars().count() > 16 {
        return None;
    }
    if let Some(role) = Role::parse(label) {
        return Some((Ok(role), rest));
    }
    let bare: String = label.chars().filter(|c| !c.is_whitespace()).collect();
    matches!(bare.as_str(), "请假" | "缺席" | "出席" | "列席").then(|| (Err(bare), rest))
}

/// A roster from the text of a published list (or any list of names: without labels every
/// name is a 委员).
pub fn from_list_text(source: &str, text: &str) -> RosterImport {
    let mut rows = Vec::new();
    let mut notes = Vec::new();
    let mut role = Role::Member;
    let mut absent_label: Option<String> = None;
    let mut any_label = false;
    let mut role_label_seen = false;
    for (at, line) in text.lines().enumerate() {
        let number = at + 1;
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        let names_text = match labelled(trimmed) {
            Some((Ok(found), rest)) => {
                any_label = true;
                role_label_seen = true;
                role = found;
                absent_label = None;
                rest
            }
            Some((Err(label), rest)) => {
                any_label = true;
                if label == "列席" {
                    notes.push(format!(
                        "第{number}行起的「列席」人员不是组成人员，未导入。"
                    ));
                    absent_label = Some(label);
                    continue;
                }
                absent_label = Some(label);
                rest
            }
            None if trimmed.ends_with("名单") || trimmed.contains("会议") => {
                notes.push(format!("第{number}行「{trimmed}」是标题，未作姓名读取。"));
                continue;
            }
            // A list of names under the column's name (「姓名」 on the first line).
            None if COLUMNS[0].1.contains(&trimmed) => {
                notes.push(format!("第{number}行「{trimmed}」是列名，未作姓名读取。"));
                continue;
            }
            None => trimmed,
        };
        if absent_label.as_deref() == Some("列席") {
            continue;
        }
        for name in split_names(names_text) {
            let mut problems = Vec::new();
            if let Some(label) = &absent_label {
                problems.push(format!("列在「{label}」中，职务不详，按委员导入，请核对"));
            }
            // Under a role's label the role is given; under 请假/缺席, or in a list without
            // labels, it is not.
            let given = role_label_seen && absent_label.is_none();
            rows.push(person(
                number,
                &name,
                Gender::Unspecified,
                given.then_some(role),
                "",
                "",
                problems,
            ));
        }
    }
    let read_as = if any_label {
        "按名单文字读取（职务标签后为姓名）".to_owned()
    } else {
        "按姓名列表读取（没有职务标签，均按委员）".to_owned()
    };
    RosterImport {
        source: source.to_owned(),
        read_as,
        rows,
        notes,
    }
}

/// Marks the second and later rows of a name as skipped.
fn mark_duplicates(mut import: RosterImport) -> RosterImport {
    let mut seen: HashMap<String, usize> = HashMap::with_capacity(import.rows.len());
    for row in &mut import.rows {
        if row.skipped {
            continue;
        }
        if let Some(line) = seen.get(&row.name) {
            row.problems.push(format!(
                "与第{line}行重名，未导入（确有同名的两人请手工添加）"
            ));
            row.skipped = true;
        } else {
            seen.insert(row.name.clone(), row.line);
        }
    }
    import
}

/// What happens to one row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RowFate {
    /// Added as a new member.
    New,
    /// Matches a member by name; these fields change.
    Update(MemberId, Vec<String>),
    /// Matches a member by name; nothing changes.
    Same(MemberId),
    /// Not taken (see the row's problems).
    Skipped,
}

impl RowFate {
    /// 新增, 更新, 已有, 跳过 (with the changes).
    pub fn label(&self) -> String {
        match self {
            Self::New => "新增".to_owned(),
            Self::Update(_, changes) => format!("更新（{}）", changes.join("，")),
            Self::Same(_) => "已有，不变".to_owned(),
            Self::Skipped => "跳过".to_owned(),
        }
    }
}

/// The preview of a roster import against a session: every row with its fate and problems,
/// and who a replacement removes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RosterPlan {
    /// The import.
    pub import: RosterImport,
    /// Add or replace.
    pub mode: ImportMode,
    /// Each row's fate, in row order.
    pub fates: Vec<RowFate>,
    /// Members a replacement removes (not in the file), by id and name.
    pub removed: Vec<(MemberId, String)>,
}

impl ListImport<RosterRow> {
    /// What importing into `session` in `mode` would do.
    pub fn plan(&self, session: &Session, mode: ImportMode) -> RosterPlan {
        // Members by the normal form of their names: a name in the file matches a member
        // whose stored name differs only in invisible characters or padding. The first of
        // two look-alike members is the one matched, as before.
        let mut by_name: HashMap<String, &Member> = HashMap::with_capacity(session.roster.len());
        for member in session.roster.iter().rev() {
            by_name.insert(normal_name(&member.name), member);
        }
        let fates: Vec<RowFate> = self
            .rows
            .iter()
            .map(|row| {
                if row.skipped {
                    return RowFate::Skipped;
                }
                let Some(member) = by_name.get(row.name.as_str()) else {
                    return RowFate::New;
                };
                let mut changes = Vec::new();
                if row.role_given && member.role != row.role {
                    changes.push(format!("职务{}→{}", member.role.label(), row.role.label()));
                }
                if !row.gender.is_unknown() && member.gender != row.gender {
                    changes.push(format!("性别→{}", row.gender.label()));
                }
                if !row.note.is_empty() && member.note != row.note {
                    changes.push("备注".to_owned());
                }
                if changes.is_empty() {
                    RowFate::Same(member.id)
                } else {
                    RowFate::Update(member.id, changes)
                }
            })
            .collect();
        let removed = match mode {
            ImportMode::Add => Vec::new(),
            ImportMode::Replace => {
                let kept: std::collections::HashSet<MemberId> = fates
                    .iter()
                    .filter_map(|f| match f {
                        RowFate::Update(id, _) | RowFate::Same(id) => Some(*id),
                        RowFate::New | RowFate::Skipped => None,
                    })
                    .collect();
                session
                    .roster
                    .iter()
                    .filter(|m| !kept.contains(&m.id))
                    .map(|m| (m.id, m.name.clone()))
                    .collect()
            }
        };
        RosterPlan {
            import: self.clone(),
            mode,
            fates,
            removed,
        }
    }
}

impl RosterPlan {
    /// How many rows are added, updated, unchanged and skipped.
    pub fn counts(&self) -> [usize; 4] {
        let mut counts = [0; 4];
        for fate in &self.fates {
            counts[match fate {
                RowFate::New => 0,
                RowFate::Update(..) => 1,
                RowFate::Same(_) => 2,
                RowFate::Skipped => 3,
            }] += 1;
        }
        counts
    }

    /// Whether confirming would change anything.
    pub fn changes_anything(&self) -> bool {
        let [new, updated, _, _] = self.counts();
        new + updated > 0 || !self.removed.is_empty()
    }

    /// The lines above the rows: the file, how it was read, the mode, the counts, who is
    /// removed, the notes.
    pub fn summary_lines(&self) -> Vec<String> {
        let [new, updated, same, skipped] = self.counts();
        let mut lines = vec![
            format!(
                "导入组成人员：{}（{}）",
                self.import.source, self.import.read_as
            ),
            format!("方式：{}", self.mode.label()),
            format!(
                "共{}行：新增{}人，更新{}人，已有不变{}人，跳过{}行。",
                self.import.rows.len(),
                new,
                updated,
                same,
                skipped
            ),
        ];
        if self.mode == ImportMode::Replace {
            if self.removed.is_empty() {
                lines.push("替换：现有组成人员都在导入的名单中，无人删除。".to_owned());
            } else {
                let names: Vec<&str> = self.removed.iter().map(|(_, n)| n.as_str()).collect();
                lines.push(format!(
                    "替换：将删除不在名单中的{}人（连同其出缺席和表决记录）：{}",
                    names.len(),
                    names.join("、")
                ));
            }
        }
        lines.extend(self.import.notes.iter().cloned());
        lines
    }

    /// The column heads of the rows.
    pub const HEADINGS: [&'static str; 7] = ["行", "姓名", "性别", "职务", "备注", "结果", "问题"];

    /// Each row's cells under [`Self::HEADINGS`].
    pub fn row_cells(&self) -> Vec<[String; 7]> {
        self.import
            .rows
            .iter()
            .zip(&self.fates)
            .map(|(row, fate)| {
                [
                    row.line.to_string(),
                    if row.name.is_empty() {
                        "（空）".to_owned()
                    } else {
                        row.name.clone()
                    },
                    row.gender.label().to_owned(),
                    row.role.label().to_owned(),
                    row.note.clone(),
                    fate.label(),
                    row.problems.join("；"),
                ]
            })
            .collect()
    }

    /// The whole preview as text: what the command line prints, and what the window shows.
    pub fn text(&self) -> String {
        super::preview_text(&self.summary_lines(), &Self::HEADINGS, &self.row_cells())
    }
}

impl Session {
    /// Carries out a roster import as [`RosterImport::plan`] describes it against this session:
    /// new members added at the end of their role, matched ones updated, and with
    /// [`ImportMode::Replace`] the others deleted (with their attendance and ballots). All or
    /// nothing: refused, unchanged, when a member to delete has a ballot in an announced vote.
    pub fn apply_roster_import(
        &mut self,
        import: &RosterImport,
        mode: ImportMode,
    ) -> Result<(), EditError> {
        let plan = import.plan(self, mode);
        let mut next = self.clone();
        let removed: Vec<MemberId> = plan.removed.iter().map(|(id, _)| *id).collect();
        next.delete_members(&removed)?;
        // Everything below is one pass over the rows and one over the roster, whatever their
        // number: ids and ranks are counted on, members found by an index.
        let mut fresh = crate::model::next_id(next.roster.iter().map(|m| m.id)).0;
        let mut top_rank = [0_u32; 4];
        for member in &next.roster {
            let rank = &mut top_rank[role_index(member.role)];
            *rank = (*rank).max(member.rank);
        }
        let mut take_rank = |role: Role| {
            if role == Role::Member {
                0
            } else {
                let rank = &mut top_rank[role_index(role)];
                *rank += 1;
                *rank
            }
        };
        let position = positions(&next.roster);
        let mut ranked: Vec<MemberId> = Vec::new();
        let mut added = Vec::new();
        for (row, fate) in import.rows.iter().zip(&plan.fates) {
            let id = match fate {
                RowFate::Skipped => continue,
                RowFate::New => {
                    let id = MemberId(fresh);
                    fresh = fresh.saturating_add(1);
                    added.push(Member {
                        person: Person {
                            id,
                            name: row.name.clone(),
                            gender: row.gender,
                            note: row.note.clone(),
                            ..Person::default()
                        },
                        role: row.role,
                        rank: take_rank(row.role),
                    });
                    id
                }
                RowFate::Same(id) => *id,
                RowFate::Update(id, _) => {
                    if let Some(member) = position.get(id).and_then(|at| next.roster.get_mut(*at)) {
                        if row.role_given && member.role != row.role {
                            member.role = row.role;
                            member.rank = take_rank(row.role);
                        }
                        if !row.gender.is_unknown() {
                            member.gender = row.gender;
                        }
                        if !row.note.is_empty() {
                            member.note.clone_from(&row.note);
                        }
                    }
                    *id
                }
            };
            ranked.push(id);
        }
        // New members come at the end of their role's group, in the file's order.
        next.roster.extend(added);
        if mode == ImportMode::Replace {
            // The file's order is the leaders' rank order.
            let position = positions(&next.roster);
            let mut rank = [0_u32; 4];
            for id in &ranked {
                if let Some(member) = position.get(id).and_then(|at| next.roster.get_mut(*at))
                    && member.role != Role::Member
                {
                    let next_rank = &mut rank[role_index(member.role)];
                    *next_rank += 1;
                    member.rank = *next_rank;
                }
            }
        }
        // A member whose role changed moves to that role's group; the order inside stays.
        next.roster.sort_by_key(|m| m.role);
        *self = next;
        Ok(())
    }
}

/// Where each member is in `roster`, by id.
fn positions(roster: &[crate::model::Member]) -> HashMap<MemberId, usize> {
    roster
        .iter()
        .enumerate()
        .map(|(at, m)| (m.id, at))
        .collect()
}

/// A role's place in per-role counters.
fn role_index(role: Role) -> usize {
    match role {
        Role::Chair => 0,
        Role::ViceChair => 1,
        Role::SecretaryGeneral => 2,
        Role::Member => 3,
    }
}
