//! Suggestions from a spreadsheet: the register as the office keeps it in Excel or WPS (read as
//! XLSX, or CSV in UTF-8 or GB18030, by `io::folder::read_suggestions` through `crate::import`),
//! one suggestion a row under a row of column names (a title row or two above it are skipped). The columns are found by their
//! Chinese names (several usual names each, in any order; unknown columns are ignored), so a
//! sheet needs no reshaping; only a title column is required.
//!
//! | field | column names |
//! |---|---|
//! | year | 年度 |
//! | congress session | 提出会议, 会议 |
//! | number | 编号, 建议编号, 序号 |
//! | title | 标题, 建议标题, 案由, 题目 |
//! | lead deputy | 领衔代表, 提出人, 代表 |
//! | co-signers | 联名代表, 附议代表, 联名人 |
//! | category | 分类, 类别 |
//! | handed over | 交办日期, 交办时间 |
//! | lead units | 主办单位, 牵头单位, 承办单位 |
//! | helping units | 协办单位 |
//! | key suggestion | 重点督办, 是否重点督办 (是, √, 重点 …) |
//! | supervisors | 督办领导, 督办人 |
//! | deadline | 办理期限, 答复期限 |
//! | answer date | 答复日期, 答复时间 |
//! | answer class | 答复类别, 办理类别, 答复分类 (A–D) |
//! | answer text | 办理情况, 答复内容 |
//! | satisfaction | 满意度, 代表评价, 代表意见 (满意, 基本满意, 不满意) |
//! | concluded | 办结, 是否办结 |

use chrono::NaiveDate;

use crate::model::ids::SuggestionId;
use crate::model::term::suggestions::{
    Answer, AnswerClass, KeySupervision, Suggestion, parse_grade,
};

/// A row of the sheet that cannot be read: the line (counted from 1, as the editor shows it)
/// and why, in Chinese.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportProblem {
    /// The line of the file where the row starts.
    pub line: usize,
    /// What is wrong, in Chinese.
    pub reason: String,
}

/// The fields a column can hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Field {
    Year,
    RaisedAt,
    Number,
    Title,
    LeadDeputy,
    CoSigners,
    Category,
    HandedOver,
    LeadUnits,
    HelpingUnits,
    Key,
    Supervisors,
    Deadline,
    AnswerDate,
    AnswerClass,
    AnswerText,
    Satisfaction,
    Concluded,
}

/// The column names of each field, as offices write them.
const COLUMNS: [(Field, &[&str]); 18] = [
    (Field::Year, &["年度", "年份"]),
    (Field::RaisedAt, &["提出会议", "会议", "届次"]),
    (Field::Number, &["编号", "建议编号", "序号", "建议号"]),
    (
        Field::Title,
        &["标题", "建议标题", "案由", "题目", "建议名称"],
    ),
    (Field::LeadDeputy, &["领衔代表", "提出人", "代表", "领衔人"]),
    (
        Field::CoSigners,
        &["联名代表", "附议代表", "联名人", "附议人"],
    ),
    (Field::Category, &["分类", "类别", "建议类别"]),
    (Field::HandedOver, &["交办日期", "交办时间"]),
    (Field::LeadUnits, &["主办单位", "牵头单位", "承办单位"]),
    (Field::HelpingUnits, &["协办单位", "会办单位"]),
    (Field::Key, &["重点督办", "是否重点督办", "重点"]),
    (Field::Supervisors, &["督办领导", "督办人", "督办"]),
    (Field::Deadline, &["办理期限", "答复期限"]),
    (Field::AnswerDate, &["答复日期", "答复时间"]),
    (
        Field::AnswerClass,
        &["答复类别", "办理类别", "答复分类", "办理结果类别"],
    ),
    (Field::AnswerText, &["办理情况", "答复内容", "办理结果"]),
    (
        Field::Satisfaction,
        &["满意度", "代表评价", "代表意见", "满意程度"],
    ),
    (Field::Concluded, &["办结", "是否办结"]),
];

/// The field a column name stands for, if any (spaces and a trailing colon ignored).
fn field_of(name: &str) -> Option<Field> {
    let name: String = name
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .trim_end_matches(['：', ':'])
        .to_owned();
    COLUMNS
        .iter()
        .find(|(_, names)| names.contains(&name.as_str()))
        .map(|(field, _)| *field)
}

/// A row of a sheet: the line (or row number) people see, and its cells.
pub type NumberedRow = (usize, Vec<String>);

/// Splits CSV text into rows of cells (RFC 4180: quoted cells may hold commas, quotes written
/// twice and new lines), each row with the line it starts on. Empty rows are dropped.
pub fn csv_rows(text: &str) -> Result<Vec<NumberedRow>, ImportProblem> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut rows = Vec::new();
    let mut row: Vec<String> = Vec::new();
    let mut cell = String::new();
    let mut line = 1;
    let mut row_line = 1;
    let mut quoted = false;
    let mut quote_line = 0;
    let mut chars = text.chars().peekable();
    let finish_row = |row: &mut Vec<String>,
                      cell: &mut String,
                      rows: &mut Vec<(usize, Vec<String>)>,
                      at: usize| {
        row.push(std::mem::take(cell));
        let full = std::mem::take(row);
        if full.iter().any(|c| !c.trim().is_empty()) {
            rows.push((at, full));
        }
    };
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    cell.push('"');
                }
                '"' => quoted = false,
                '\n' => {
                    line += 1;
                    cell.push('\n');
                }
                '\r' => {}
                other => cell.push(other),
            }
            continue;
        }
        match c {
            '"' if cell.trim().is_empty() => {
                cell.clear();
                quoted = true;
                quote_line = line;
            }
            ',' => row.push(std::mem::take(&mut cell)),
            '\r' => {}
            '\n' => {
                finish_row(&mut row, &mut cell, &mut rows, row_line);
                line += 1;
                row_line = line;
            }
            other => cell.push(other),
        }
    }
    if quoted {
        return Err(ImportProblem {
            line: quote_line,
            reason: "引号没有配对（从此行开始的单元格没有结束的引号）".to_owned(),
        });
    }
    finish_row(&mut row, &mut cell, &mut rows, row_line);
    Ok(rows)
}

/// A day as offices write it: 2025-03-15, 2025/3/15, 2025.3.15, 2025年3月15日.
pub fn parse_day(text: &str) -> Option<NaiveDate> {
    let text = text.trim().trim_end_matches('日');
    let parts: Vec<&str> = text
        .split(['-', '/', '.', '年', '月'])
        .map(str::trim)
        .collect();
    let [year, month, day] = parts.as_slice() else {
        return None;
    };
    NaiveDate::from_ymd_opt(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?)
}

/// A yes in a 是/否 column: 是, √, ✓, Y, 1, 重点 …
fn is_yes(text: &str) -> bool {
    matches!(
        text.trim(),
        "是" | "√"
            | "✓"
            | "✔"
            | "Y"
            | "y"
            | "yes"
            | "Yes"
            | "1"
            | "重点"
            | "重点督办"
            | "已办结"
            | "办结"
    )
}

/// Names or units in one cell, separated by 「、」, commas, semicolons or new lines.
fn list(text: &str) -> Vec<String> {
    text.split(['、', '，', ',', '；', ';', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The suggestions of a sheet. `year` is the year of rows without a 年度 column or cell. Ids are
/// given in order from 1 (the register gives new ones on import). Every row is read or the
/// first row that cannot be is reported, with its line; nothing is half-imported.
pub fn suggestions_from_csv(text: &str, year: i32) -> Result<Vec<Suggestion>, ImportProblem> {
    suggestions_from_rows(&csv_rows(text)?, year)
}

/// How many rows above the column names a sheet may have (a title, a line 「填报单位：…」).
const ROWS_ABOVE_HEAD: usize = 5;

/// The suggestions of a sheet's rows (each with the line or row number people see), as
/// [`suggestions_from_csv`] reads them: the row of column names is the first of the first few
/// rows that names a title column, so a title row above it is skipped.
pub fn suggestions_from_rows(
    rows: &[NumberedRow],
    year: i32,
) -> Result<Vec<Suggestion>, ImportProblem> {
    let Some((first_line, _)) = rows.first() else {
        return Err(ImportProblem {
            line: 1,
            reason: "表格是空的".to_owned(),
        });
    };
    let head_at = rows
        .iter()
        .take(ROWS_ABOVE_HEAD)
        .position(|(_, cells)| {
            cells
                .iter()
                .any(|name| field_of(name) == Some(Field::Title))
        })
        .ok_or_else(|| ImportProblem {
            line: *first_line,
            reason: "表格开头几行中须有一行列名，其中须有「标题」（或「案由」「建议标题」）列"
                .to_owned(),
        })?;
    let head = &rows[head_at].1;
    let rows = &rows[head_at + 1..];
    let columns: Vec<Option<Field>> = head.iter().map(|name| field_of(name)).collect();
    let mut suggestions = Vec::with_capacity(rows.len());
    for (line, cells) in rows {
        let line = *line;
        let cell = |field: Field| -> &str {
            columns
                .iter()
                .position(|c| *c == Some(field))
                .and_then(|at| cells.get(at))
                .map_or("", |text| text.trim())
        };
        let problem = |reason: String| ImportProblem { line, reason };
        let day = |field: Field, name: &str| -> Result<Option<NaiveDate>, ImportProblem> {
            let text = cell(field);
            if text.is_empty() {
                return Ok(None);
            }
            parse_day(text).map(Some).ok_or_else(|| {
                problem(format!("「{name}」的「{text}」不是日期（应如 2025-03-15）"))
            })
        };
        let title = cell(Field::Title);
        if title.is_empty() {
            return Err(problem("没有标题".to_owned()));
        }
        let row_year = match cell(Field::Year) {
            "" => year,
            text => text
                .trim_end_matches(['年', '度'])
                .parse()
                .map_err(|_| problem(format!("「年度」的「{text}」不是年份")))?,
        };
        let mut suggestion = Suggestion::new(SuggestionId(0), row_year, title);
        suggestion.raised_at = cell(Field::RaisedAt).to_owned();
        suggestion.number = cell(Field::Number).to_owned();
        // Deputies' names in their normal form, as every import writes names.
        suggestion.lead_deputy = crate::collation::normal_name(cell(Field::LeadDeputy));
        suggestion.co_signers = list(cell(Field::CoSigners))
            .iter()
            .map(|name| crate::collation::normal_name(name))
            .collect();
        suggestion.category = cell(Field::Category).to_owned();
        suggestion.handed_over = day(Field::HandedOver, "交办日期")?;
        suggestion.lead_units = list(cell(Field::LeadUnits));
        suggestion.helping_units = list(cell(Field::HelpingUnits));
        suggestion.deadline = day(Field::Deadline, "办理期限")?;
        let supervisors = list(cell(Field::Supervisors));
        if is_yes(cell(Field::Key)) || !supervisors.is_empty() {
            suggestion.key = Some(KeySupervision { supervisors });
        }
        let class =
            match cell(Field::AnswerClass) {
                "" => None,
                text => Some(AnswerClass::parse(text).ok_or_else(|| {
                    problem(format!("「答复类别」的「{text}」不是 A、B、C、D 之一"))
                })?),
            };
        let satisfaction = match cell(Field::Satisfaction) {
            "" => None,
            text => Some(parse_grade(text).ok_or_else(|| {
                problem(format!("「满意度」的「{text}」不是满意、基本满意或不满意"))
            })?),
        };
        let answer = Answer {
            date: day(Field::AnswerDate, "答复日期")?,
            class,
            text: cell(Field::AnswerText).to_owned(),
            satisfaction,
        };
        if answer != Answer::default() {
            if !suggestion.is_handed_over() {
                return Err(problem(
                    "有答复，但没有主办（牵头）单位或交办日期".to_owned(),
                ));
            }
            suggestion.answers.push(answer);
        }
        suggestion.concluded = is_yes(cell(Field::Concluded));
        suggestions.push(suggestion);
    }
    Ok(suggestions)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Grade;

    #[test]
    fn a_sheet_is_read_by_its_column_names() {
        let text = "\u{feff}序号,案由,领衔代表,联名代表,主办单位,协办单位,交办日期,是否重点督办,督办领导,答复类别,办理情况,满意度,备注\r\n\
                    1,关于加强物业管理的建议,张三,\"李四、王五\",鹤壁市住房和城乡建设局,,2025/3/15,是,史全新,A类,\"一是……\n二是，……\",满意,x\r\n\
                    2,\"关于增设\"\"电动自行车\"\"充电设施的建议\",赵六,,,,,,,,,,\r\n\
                    ,,,,,,,,,,,,\r\n";
        let suggestions = suggestions_from_csv(text, 2025).unwrap();
        assert_eq!(suggestions.len(), 2);
        let first = &suggestions[0];
        assert_eq!(first.number, "1");
        assert_eq!(first.title, "关于加强物业管理的建议");
        assert_eq!(first.co_signers, ["李四", "王五"]);
        assert_eq!(first.lead_units, ["鹤壁市住房和城乡建设局"]);
        assert_eq!(first.handed_over, NaiveDate::from_ymd_opt(2025, 3, 15));
        assert_eq!(first.key.as_ref().unwrap().supervisors, ["史全新"]);
        assert_eq!(first.answers[0].class, Some(AnswerClass::A));
        assert_eq!(first.answers[0].text, "一是……\n二是，……");
        assert_eq!(first.answers[0].satisfaction, Some(Grade::Satisfied));
        assert_eq!(suggestions[1].title, "关于增设\"电动自行车\"充电设施的建议");
        assert!(suggestions[1].answers.is_empty() && !suggestions[1].is_key());
    }

    #[test]
    fn a_bad_row_is_named_by_its_line() {
        let text = "标题,交办日期\n甲,2025-3-1\n乙,三月一日\n";
        let problem = suggestions_from_csv(text, 2025).unwrap_err();
        assert_eq!(problem.line, 3);
        assert!(problem.reason.contains("三月一日"), "{problem:?}");
        let problem = suggestions_from_csv("编号,代表\n1,张三\n", 2025).unwrap_err();
        assert!(problem.reason.contains("标题"), "{problem:?}");
        let problem = suggestions_from_csv("标题\n\"甲\n", 2025).unwrap_err();
        assert_eq!(problem.line, 2);
        let problem =
            suggestions_from_csv("标题,满意度,主办单位\n甲,很好,某局\n", 2025).unwrap_err();
        assert!(problem.reason.contains("很好"), "{problem:?}");
    }

    #[test]
    fn days_are_read_as_offices_write_them() {
        let day = NaiveDate::from_ymd_opt(2025, 3, 5);
        for text in [
            "2025-03-05",
            "2025/3/5",
            "2025.3.5",
            "2025年3月5日",
            " 2025-3-05 ",
        ] {
            assert_eq!(parse_day(text), day, "{text}");
        }
        assert_eq!(parse_day("2025-02-30"), None);
        assert_eq!(parse_day("3月5日"), None);
    }
}
