//! The 列席 list from a spreadsheet (columns 单位, 姓名, 职务) or from text in the form of the
//! published 列席人员名单: a unit, a tab or a colon, then its people as
//! [`Observer::parse_list`] reads them (「李可（市委常委、常务副市长）、刘军文」), padded names
//! (「韦 乾」) joined again. The preview ([`ObserverPlan`]) says what happens to each person;
//! [`Session::apply_observer_import`] carries it out.

use std::collections::{HashMap, HashSet};

use crate::collation::{normal_name, split_names};
use crate::model::{Observer, ObserverUnit, ObserverUnitId, Session, next_id};

use super::sheet::{Header, ListImport, ListReader, Sheet};
use super::source::Source;
use super::{ImportError, ImportMode};

/// A column of a 列席 sheet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Column {
    Unit,
    Name,
    Title,
}

/// The column names of each field, as offices write them.
const COLUMNS: [(Column, &[&str]); 3] = [
    (
        Column::Unit,
        &["单位", "列席单位", "工作单位", "类别", "分组"],
    ),
    (Column::Name, &["姓名", "名字", "列席人员", "人员姓名"]),
    (Column::Title, &["职务", "职务职称", "备注"]),
];

/// One person (or a unit without names) as read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ObserverRow {
    /// The row or line in the file.
    pub line: usize,
    /// The unit as printed.
    pub unit: String,
    /// The person; an empty name for a unit printed without names (「市直有关部门负责同志」).
    pub person: Observer,
    /// What is wrong with the row, in Chinese.
    pub problems: Vec<String>,
    /// The row cannot be taken.
    pub skipped: bool,
}

/// A 列席 list as read from a file.
pub type ObserverImport = ListImport<ObserverRow>;

/// Reads a 列席 list from a file or pasted text.
pub fn read_observers(source: &Source) -> Result<ObserverImport, ImportError> {
    let reader = ListReader {
        names: &COLUMNS,
        key: Column::Name,
        other_columns: "单位、职务",
        from_sheet: &rows_of_sheet,
        from_text: &from_list_text,
    };
    let import = reader.read(source)?;
    if import.rows.is_empty() {
        return Err(ImportError::NothingFound {
            path: source.path.clone(),
            what: "列席人员".to_owned(),
            hint: "可导入：Excel 表格或 CSV（须有「姓名」列，可有「单位」「职务」列），或列席人员名单的文字（每行「单位」、制表符或冒号、姓名，如「市人民政府　李可、刘军文」）。".to_owned(),
        });
    }
    Ok(mark_duplicates(import))
}

/// The people under a sheet's header; an empty 单位 cell is the unit of the row above.
fn rows_of_sheet(sheet: &Sheet, header: &Header<Column>) -> (Vec<ObserverRow>, Vec<String>) {
    let mut rows = Vec::new();
    let mut notes = Vec::new();
    let mut last_unit = String::new();
    for row in &sheet.rows[header.last_row + 1..] {
        let mut problems = Vec::new();
        let own_unit = header.cell(row, Column::Unit);
        let unit = match own_unit {
            "" if header.has(Column::Unit) && !last_unit.is_empty() => {
                problems.push(format!("单位为空，按上一行的「{last_unit}」"));
                last_unit.clone()
            }
            text => text.to_owned(),
        };
        last_unit.clone_from(&unit);
        let title = header.cell(row, Column::Title).to_owned();
        let names = split_names(header.cell(row, Column::Name));
        if names.is_empty() {
            // A unit of its own without names (「市直有关部门负责同志」), as lists print them,
            // unless the row has no unit of its own either: then there is nothing to take.
            let nothing = own_unit.is_empty();
            rows.push(ObserverRow {
                line: row.line,
                unit,
                person: Observer::default(),
                problems: if nothing {
                    vec!["姓名和单位都为空，未导入".to_owned()]
                } else {
                    Vec::new()
                },
                skipped: nothing,
            });
            continue;
        }
        if names.len() > 1 {
            problems.push(format!(
                "一格中有{}个姓名，已分为{}人",
                names.len(),
                names.len()
            ));
        }
        for name in names {
            rows.push(ObserverRow {
                line: row.line,
                unit: unit.clone(),
                person: Observer {
                    name,
                    title: title.clone(),
                },
                problems: problems.clone(),
                skipped: false,
            });
        }
    }
    if !header.has(Column::Unit) {
        notes.push(
            "表格没有「单位」列：全部列席人员放在一个没有名称的单位中，请导入后填写。".to_owned(),
        );
    }
    (without_unit_headings(rows), notes)
}

/// Whether a piece of text is a list of names only (each two to four characters).
fn is_names_only(text: &str) -> bool {
    let people = Observer::parse_list(text);
    !people.is_empty()
        && people.iter().all(|p| {
            p.title.is_empty()
                && split_names(&p.name)
                    .iter()
                    .all(|n| (2..=4).contains(&n.chars().count()))
        })
}

/// A 列席 list from the text of a published list.
pub fn from_list_text(source: &str, text: &str) -> ObserverImport {
    let mut rows = Vec::new();
    let mut notes = Vec::new();
    let mut unit = String::new();
    for (at, line) in text.lines().enumerate() {
        let number = at + 1;
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        let split = trimmed
            .split_once('\t')
            .or_else(|| trimmed.split_once(['：', ':']));
        let people_text = match split {
            Some((left, right)) if !left.trim().is_empty() => {
                unit = left.trim().to_owned();
                right
            }
            _ if trimmed.ends_with("名单") => {
                notes.push(format!("第{number}行「{trimmed}」是标题，未作姓名读取。"));
                continue;
            }
            // More names of the unit above, on a line of their own.
            _ if !unit.is_empty() && is_names_only(trimmed) => trimmed,
            _ => {
                // A unit printed without names, or the unit of the lines below.
                unit = trimmed.to_owned();
                rows.push(ObserverRow {
                    line: number,
                    unit: unit.clone(),
                    person: Observer::default(),
                    problems: Vec::new(),
                    skipped: false,
                });
                continue;
            }
        };
        for person in Observer::parse_list(people_text) {
            // 「陈 兵 杨军荣」 between two 、: padded names and names separated by spaces.
            let names = split_names(&person.name);
            let count = names.len();
            for (index, name) in names.into_iter().enumerate() {
                let mut problems = Vec::new();
                if name.chars().count() == 1 {
                    problems.push("姓名只有一个字，请核对".to_owned());
                }
                let title = if index + 1 == count {
                    person.title.clone()
                } else {
                    String::new()
                };
                rows.push(ObserverRow {
                    line: number,
                    unit: unit.clone(),
                    person: Observer { name, title },
                    problems,
                    skipped: false,
                });
            }
        }
    }
    ObserverImport {
        source: source.to_owned(),
        read_as: "按名单文字读取（每行：单位、制表符或冒号、姓名）".to_owned(),
        rows: without_unit_headings(rows),
        notes,
    }
}

/// A unit's row followed by its people (the unit on a line of its own, its people below): the
/// unit-only row is not a unit of its own. A unit-only row with nobody after it stays.
fn without_unit_headings(rows: Vec<ObserverRow>) -> Vec<ObserverRow> {
    let mut kept: Vec<ObserverRow> = Vec::new();
    for row in rows {
        if let Some(last) = kept.last()
            && last.person.name.is_empty()
            && !last.skipped
            && last.unit == row.unit
            && !row.person.name.is_empty()
        {
            kept.pop();
        }
        kept.push(row);
    }
    kept
}

/// Marks the second and later rows of a person in the same unit as skipped; the same name in
/// two units is said, and taken.
fn mark_duplicates(mut import: ObserverImport) -> ObserverImport {
    let mut seen: HashMap<(String, String), usize> = HashMap::new();
    let mut units_of: HashMap<String, (String, usize)> = HashMap::new();
    for row in &mut import.rows {
        if row.skipped || row.person.name.is_empty() {
            continue;
        }
        if let Some(problem) = super::roster::unusable_name(&row.person.name) {
            row.problems.push(problem);
            row.person.name = row
                .person
                .name
                .chars()
                .take(crate::collation::MAX_NAME_CHARS)
                .collect();
            row.skipped = true;
            continue;
        }
        let name = row.person.name.clone();
        let key = (row.unit.clone(), name.clone());
        if let Some(line) = seen.get(&key) {
            row.problems.push(format!("与第{line}行重复，未导入"));
            row.skipped = true;
            continue;
        }
        if let Some((unit, line)) = units_of.get(&name) {
            row.problems
                .push(format!("第{line}行的「{unit}」中也有此人，请核对"));
        } else {
            units_of.insert(name, (row.unit.clone(), row.line));
        }
        seen.insert(key, row.line);
    }
    import
}

/// What happens to one row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ObserverFate {
    /// Added (to a unit already there or a new one).
    New,
    /// A unit without names, added.
    NewUnit,
    /// Already in that unit; the title changes.
    Update,
    /// Already there, unchanged.
    Same,
    /// Not taken.
    Skipped,
}

impl ObserverFate {
    /// The fate as the preview says it.
    pub fn label(&self) -> &'static str {
        match self {
            Self::New => "新增",
            Self::NewUnit => "新增单位（无姓名）",
            Self::Update => "更新职务",
            Self::Same => "已有，不变",
            Self::Skipped => "跳过",
        }
    }
}

/// The preview of a 列席 import against a session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ObserverPlan {
    /// The import.
    pub import: ObserverImport,
    /// Add or replace.
    pub mode: ImportMode,
    /// Each row's fate.
    pub fates: Vec<ObserverFate>,
    /// What a replacement removes: 「市财政局：索青春」, or a whole unit.
    pub removed: Vec<String>,
}

/// The people of `units` by unit and the normal form of their name (the first of two
/// look-alikes), and the units by name: what a plan looks rows up in, once per import.
fn people_index(units: &[ObserverUnit]) -> HashMap<(&str, String), &Observer> {
    let mut index = HashMap::new();
    for unit in units.iter().rev() {
        for person in unit.people.iter().rev() {
            index.insert((unit.unit.as_str(), normal_name(&person.name)), person);
        }
    }
    index
}

impl ListImport<ObserverRow> {
    /// What importing into `session` in `mode` would do.
    pub fn plan(&self, session: &Session, mode: ImportMode) -> ObserverPlan {
        let people = people_index(&session.observers);
        let units: HashSet<&str> = session.observers.iter().map(|u| u.unit.as_str()).collect();
        let fates = self
            .rows
            .iter()
            .map(|row| {
                if row.skipped {
                    return ObserverFate::Skipped;
                }
                if row.person.name.is_empty() {
                    return if units.contains(row.unit.as_str()) {
                        ObserverFate::Same
                    } else {
                        ObserverFate::NewUnit
                    };
                }
                match people.get(&(row.unit.as_str(), row.person.name.clone())) {
                    None => ObserverFate::New,
                    Some(p) if !row.person.title.is_empty() && p.title != row.person.title => {
                        ObserverFate::Update
                    }
                    Some(_) => ObserverFate::Same,
                }
            })
            .collect();
        let mut removed = Vec::new();
        if mode == ImportMode::Replace {
            let taken_rows = self.rows.iter().filter(|r| !r.skipped);
            let taken: HashSet<(&str, &str)> = taken_rows
                .clone()
                .map(|r| (r.unit.as_str(), r.person.name.as_str()))
                .collect();
            let taken_units: HashSet<&str> = taken_rows.map(|r| r.unit.as_str()).collect();
            for unit in &session.observers {
                if !taken_units.contains(unit.unit.as_str()) {
                    removed.push(format!("单位「{}」", unit.unit));
                    continue;
                }
                for person in &unit.people {
                    let name = normal_name(&person.name);
                    if !taken.contains(&(unit.unit.as_str(), name.as_str())) {
                        removed.push(format!("{}：{}", unit.unit, person.name));
                    }
                }
            }
        }
        ObserverPlan {
            import: self.clone(),
            mode,
            fates,
            removed,
        }
    }
}

impl ObserverPlan {
    /// The column heads of the rows.
    pub const HEADINGS: [&'static str; 6] = ["行", "单位", "姓名", "职务", "结果", "问题"];

    /// Whether confirming would change anything.
    pub fn changes_anything(&self) -> bool {
        !self.removed.is_empty()
            || self.fates.iter().any(|f| {
                matches!(
                    f,
                    ObserverFate::New | ObserverFate::NewUnit | ObserverFate::Update
                )
            })
    }

    /// The lines above the rows.
    pub fn summary_lines(&self) -> Vec<String> {
        let count = |fate: ObserverFate| self.fates.iter().filter(|f| **f == fate).count();
        let mut units: Vec<&str> = self.import.rows.iter().map(|r| r.unit.as_str()).collect();
        units.dedup();
        let mut lines = vec![
            format!(
                "导入列席人员：{}（{}）",
                self.import.source, self.import.read_as
            ),
            format!("方式：{}", self.mode.label()),
            format!(
                "共{}行、{}个单位：新增{}人，新增无姓名的单位{}个，更新职务{}人，已有不变{}行，跳过{}行。",
                self.import.rows.len(),
                units.len(),
                count(ObserverFate::New),
                count(ObserverFate::NewUnit),
                count(ObserverFate::Update),
                count(ObserverFate::Same),
                count(ObserverFate::Skipped),
            ),
        ];
        if self.mode == ImportMode::Replace {
            if self.removed.is_empty() {
                lines.push("替换：现有列席人员都在导入的名单中，无人删除。".to_owned());
            } else {
                lines.push(format!(
                    "替换：将删除不在名单中的{}项：{}",
                    self.removed.len(),
                    self.removed.join("、")
                ));
            }
        }
        lines.extend(self.import.notes.iter().cloned());
        lines
    }

    /// Each row's cells under [`Self::HEADINGS`].
    pub fn row_cells(&self) -> Vec<[String; 6]> {
        self.import
            .rows
            .iter()
            .zip(&self.fates)
            .map(|(row, fate)| {
                [
                    row.line.to_string(),
                    row.unit.clone(),
                    row.person.name.clone(),
                    row.person.title.clone(),
                    fate.label().to_owned(),
                    row.problems.join("；"),
                ]
            })
            .collect()
    }

    /// The whole preview as text.
    pub fn text(&self) -> String {
        super::preview_text(&self.summary_lines(), &Self::HEADINGS, &self.row_cells())
    }
}

impl Session {
    /// Carries out a 列席 import: with [`ImportMode::Add`] people are added to their unit (made
    /// at the end when new) and titles updated; with [`ImportMode::Replace`] the list becomes the
    /// file's, units of the same name keeping their id.
    pub fn apply_observer_import(&mut self, import: &ObserverImport, mode: ImportMode) {
        let taken = import.rows.iter().filter(|r| !r.skipped);
        let mut units: Vec<ObserverUnit> = match mode {
            ImportMode::Add => self.observers.clone(),
            ImportMode::Replace => Vec::new(),
        };
        // Units and people found by index, not by scanning: one pass over the rows.
        let mut unit_at: HashMap<String, usize> = HashMap::new();
        let mut person_at: HashMap<(usize, String), usize> = HashMap::new();
        for (at, unit) in units.iter().enumerate().rev() {
            unit_at.insert(unit.unit.clone(), at);
            for (index, person) in unit.people.iter().enumerate().rev() {
                person_at.insert((at, normal_name(&person.name)), index);
            }
        }
        let old_ids: HashMap<&str, ObserverUnitId> = self
            .observers
            .iter()
            .rev()
            .map(|u| (u.unit.as_str(), u.id))
            .collect();
        let mut used_ids: HashSet<ObserverUnitId> = units.iter().map(|u| u.id).collect();
        let mut fresh = next_id(self.observers.iter().chain(&units).map(|u| u.id));
        for row in taken {
            let at = match unit_at.get(&row.unit) {
                Some(at) => *at,
                None => {
                    let id = match old_ids.get(row.unit.as_str()) {
                        Some(id) if !used_ids.contains(id) => *id,
                        _ => {
                            let id = fresh;
                            fresh = next_id([fresh]);
                            id
                        }
                    };
                    used_ids.insert(id);
                    units.push(ObserverUnit {
                        id,
                        unit: row.unit.clone(),
                        people: Vec::new(),
                        on_leave: Vec::new(),
                        for_related_items: false,
                    });
                    unit_at.insert(row.unit.clone(), units.len() - 1);
                    units.len() - 1
                }
            };
            if row.person.name.is_empty() {
                continue;
            }
            let people = &mut units[at].people;
            match person_at.get(&(at, row.person.name.clone())) {
                Some(index) => {
                    if !row.person.title.is_empty()
                        && let Some(person) = people.get_mut(*index)
                    {
                        person.title.clone_from(&row.person.title);
                    }
                }
                None => {
                    person_at.insert((at, row.person.name.clone()), people.len());
                    people.push(row.person.clone());
                }
            }
        }
        self.observers = units;
    }
}
