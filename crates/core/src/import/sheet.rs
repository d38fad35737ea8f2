//! Spreadsheets as rows of cell texts: an XLSX or XLS workbook (merged cells filled with their
//! value, so a merged header or a merged 单位 cell reads in every row it spans), a CSV file, or
//! rows pasted from Excel (tab-separated). The header row is found by its text: it may sit
//! below a title row, span two rows, and name its columns in any order.

use std::io::Cursor;
use std::path::Path;

use std::collections::BTreeMap;

use calamine::{Data, DataRef, Dimensions, Reader};

use super::ImportError;
use super::limits::{
    MAX_CELL_CHARS, MAX_MERGED_CELLS, MAX_MERGED_RANGES, MAX_SHEET_CELLS, MAX_SHEET_COLUMNS,
    count_text, more_than, over_limit,
};
use super::source::{Content, Source};

/// A list (roster, 列席) as read from a file, before it meets a session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListImport<Row> {
    /// The file's name (or 「粘贴的文字」).
    pub source: String,
    /// How the file was read: 「按表格读取的工作表「Sheet1」，第2行为列名」, 「按名单文字读取」.
    pub read_as: String,
    /// The rows, in file order.
    pub rows: Vec<Row>,
    /// Remarks on the file as a whole (sheets or lines not read …).
    pub notes: Vec<String>,
}

/// The rows under a sheet's header, and notes on them.
pub type RowsOfSheet<'a, F, Row> = &'a dyn Fn(&Sheet, &Header<F>) -> (Vec<Row>, Vec<String>);

/// How a list is read: its columns, with the names column the key, and its text form.
pub struct ListReader<'a, F: 'static, Row> {
    /// Each column's names.
    pub names: &'a [(F, &'static [&'static str])],
    /// The names column.
    pub key: F,
    /// The other columns, for the message when the key column is missing.
    pub other_columns: &'a str,
    /// The rows under a header, and the notes on them.
    pub from_sheet: RowsOfSheet<'a, F, Row>,
    /// The list from text in the published form (file name, text).
    pub from_text: &'a dyn Fn(&str, &str) -> ListImport<Row>,
}

impl<F: Copy + PartialEq, Row> ListReader<'_, F, Row> {
    /// Reads `source`: the first sheet with a names column, or text in the published form
    /// (also text with tabs or commas but no header).
    pub fn read(&self, source: &Source) -> Result<ListImport<Row>, ImportError> {
        let mut import = self.read_content(source)?;
        import.notes.splice(0..0, source.reading_notes());
        Ok(import)
    }

    fn read_content(&self, source: &Source) -> Result<ListImport<Row>, ImportError> {
        let text = match &source.content {
            Content::Text(text) => Some(text.as_str()),
            _ => None,
        };
        let name = source.display_name();
        let Some(sheets) = sheets_of(source)? else {
            return Ok((self.from_text)(&name, text.unwrap_or_default()));
        };
        let found = sheets
            .iter()
            .find_map(|sheet| find_header(&sheet.rows, self.names, self.key).map(|h| (sheet, h)));
        let Some((sheet, header)) = found else {
            return match text {
                Some(text) => Ok((self.from_text)(&name, text)),
                None => Err(ImportError::NoNameColumn {
                    path: source.path.clone(),
                    sheet: sheets.first().map(Sheet::described).unwrap_or_default(),
                    columns: self.other_columns.to_owned(),
                }),
            };
        };
        let (rows, mut notes) = (self.from_sheet)(sheet, &header);
        notes.splice(0..0, sheet.notes.iter().cloned());
        if sheets.len() > 1 {
            notes.insert(
                0,
                format!(
                    "工作簿有{}个工作表，只读取了有「姓名」列的第一个{}。",
                    sheets.len(),
                    sheet.described().trim_start_matches('的')
                ),
            );
        }
        Ok(ListImport {
            source: name,
            read_as: format!("按表格读取{}，第{}行为列名", sheet.described(), header.line),
            rows,
            notes,
        })
    }
}

/// A row of a sheet: the row (or line) number people see, and its cells.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SheetRow {
    /// The row number as Excel shows it, or the CSV line.
    pub line: usize,
    /// The cells, trimmed.
    pub cells: Vec<String>,
}

/// The rows of one sheet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sheet {
    /// The worksheet's name (`None` for CSV or pasted rows).
    pub name: Option<String>,
    /// Its rows, empty ones left out.
    pub rows: Vec<SheetRow>,
    /// What was left out of it, for the preview: 「工作表「Sheet1」第300列起的内容…未读取」.
    pub notes: Vec<String>,
}

impl Sheet {
    /// 「的工作表「Sheet1」」 for messages, empty for a CSV.
    pub fn described(&self) -> String {
        self.name
            .as_ref()
            .map_or_else(String::new, |name| format!("的工作表「{name}」"))
    }
}

/// Where a sheet's columns are: the header rows' last index into [`Sheet::rows`] and each
/// column's field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Header<F> {
    /// The index (into the rows) of the last header row; data starts after it.
    pub last_row: usize,
    /// The row number of the header as people see it.
    pub line: usize,
    /// Each column's field, `None` for a column not read.
    pub columns: Vec<Option<F>>,
}

impl<F: Copy + PartialEq> Header<F> {
    /// The cell of `row` in the column of `field`, trimmed; empty when there is none. With
    /// several columns for the field, the first non-empty.
    pub fn cell<'a>(&self, row: &'a SheetRow, field: F) -> &'a str {
        self.columns
            .iter()
            .enumerate()
            .filter(|(_, f)| **f == Some(field))
            .filter_map(|(at, _)| row.cells.get(at))
            .map(|text| text.trim())
            .find(|text| !text.is_empty())
            .unwrap_or("")
    }

    /// Whether a column holds `field`.
    pub fn has(&self, field: F) -> bool {
        self.columns.contains(&Some(field))
    }
}

/// A header cell as compared with column names: no white space, no trailing colon, no `*` of
/// required columns.
fn header_text(cell: &str) -> String {
    cell.chars()
        .filter(|c| !c.is_whitespace() && *c != '*' && *c != '＊')
        .collect::<String>()
        .trim_end_matches(['：', ':'])
        .to_owned()
}

/// The field a header cell names.
fn field_of<F: Copy>(cell: &str, names: &[(F, &[&str])]) -> Option<F> {
    let text = header_text(cell);
    names
        .iter()
        .find(|(_, names)| names.contains(&text.as_str()))
        .map(|(field, _)| *field)
}

/// Finds the header among the first rows: the first row with a cell naming `key`; a row below it
/// with the same text in that column (a cell merged down) is part of the header too, and each
/// column takes the lowest name it has.
pub fn find_header<F: Copy + PartialEq>(
    rows: &[SheetRow],
    names: &[(F, &[&str])],
    key: F,
) -> Option<Header<F>> {
    const SEARCHED_ROWS: usize = 30;
    let (first, key_column) =
        rows.iter()
            .take(SEARCHED_ROWS)
            .enumerate()
            .find_map(|(at, row)| {
                row.cells
                    .iter()
                    .position(|cell| field_of(cell, names) == Some(key))
                    .map(|column| (at, column))
            })?;
    let key_text = rows[first].cells[key_column].clone();
    let mut last = first;
    while rows
        .get(last + 1)
        .is_some_and(|row| row.cells.get(key_column) == Some(&key_text))
    {
        last += 1;
    }
    let width = rows[first..=last]
        .iter()
        .map(|r| r.cells.len())
        .max()
        .unwrap_or(0);
    let columns = (0..width)
        .map(|column| {
            rows[first..=last]
                .iter()
                .rev()
                .find_map(|row| row.cells.get(column).and_then(|c| field_of(c, names)))
        })
        .collect();
    Some(Header {
        last_row: last,
        line: rows[first].line,
        columns,
    })
}

/// The sheets of a workbook, or the one sheet of a CSV text. Text with neither tabs nor commas
/// in its lines is no table (`Ok(None)`): a pasted list.
pub fn sheets_of(source: &Source) -> Result<Option<Vec<Sheet>>, ImportError> {
    match &source.content {
        Content::Xlsx(bytes) => xlsx_sheets(&source.path, bytes).map(Some),
        Content::Xls(bytes) => xls_sheets(&source.path, bytes).map(Some),
        Content::Text(text) => text_sheet(&source.path, text).map(|s| s.map(|s| vec![s])),
        Content::Docx(_) => Err(ImportError::WrongKind {
            path: source.path.clone(),
            what: "是 Word 文档".to_owned(),
            hint: "名单请用 Excel 表格（.xlsx）、CSV，或把名单文字复制后粘贴导入。".to_owned(),
        }),
    }
}

/// Rows of a CSV or tab-separated text; `None` when no line has a comma or a tab.
fn text_sheet(path: &Path, text: &str) -> Result<Option<Sheet>, ImportError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let rows: Vec<SheetRow> = if text.lines().any(|l| l.contains('\t')) {
        text.lines()
            .enumerate()
            .map(|(at, line)| SheetRow {
                line: at + 1,
                cells: line.split('\t').map(|c| c.trim().to_owned()).collect(),
            })
            .filter(|row| row.cells.iter().any(|c| !c.is_empty()))
            .collect()
    } else if text.lines().any(|l| l.contains(',')) {
        crate::import::suggestions::csv_rows(text)
            .map_err(|problem| ImportError::BadCsv {
                path: path.to_owned(),
                line: problem.line,
                reason: problem.reason,
            })?
            .into_iter()
            .map(|(line, cells)| SheetRow {
                line,
                cells: cells.into_iter().map(|c| c.trim().to_owned()).collect(),
            })
            .collect()
    } else {
        return Ok(None);
    };
    check_field_lengths(path, &rows)?;
    super::progress::reached(rows.last().map_or(0, |r| r.line as u64), path)?;
    Ok(Some(Sheet {
        name: None,
        rows,
        notes: Vec::new(),
    }))
}

/// Refuses a text table with a field longer than a cell can be ([`MAX_CELL_CHARS`]).
fn check_field_lengths(path: &Path, rows: &[SheetRow]) -> Result<(), ImportError> {
    for row in rows {
        for cell in &row.cells {
            if cell.len() > MAX_CELL_CHARS && cell.chars().count() > MAX_CELL_CHARS {
                return Err(over_limit(
                    path,
                    format!(
                        "第{}行有一项长达 {} 个字",
                        row.line,
                        count_text(cell.chars().count() as u64)
                    ),
                    format!("每项 {} 个字", count_text(MAX_CELL_CHARS as u64)),
                ));
            }
        }
    }
    Ok(())
}

/// A damaged-workbook error.
fn damaged(path: &Path, reason: impl std::fmt::Display) -> ImportError {
    ImportError::Damaged {
        path: path.to_owned(),
        what: "Excel 工作簿（.xlsx）".to_owned(),
        reason: format!("无法读取表格内容（{}）", sheet_reason(&reason.to_string())),
    }
}

/// A spreadsheet library's message in Chinese: the library speaks English, the person does not.
fn sheet_reason(english: &str) -> String {
    let lower = english.to_lowercase();
    if lower.contains("password") || lower.contains("encrypt") {
        "工作簿设有密码或已加密，请在 Excel 中取消密码后另存".to_owned()
    } else if lower.contains("zip") || lower.contains("archive") {
        "压缩结构有误".to_owned()
    } else if lower.contains("xml") || lower.contains("eof") {
        "表格内容的结构有误或不完整".to_owned()
    } else {
        "表格结构有误".to_owned()
    }
}

/// Runs a spreadsheet library on a file: should it panic on a malformed file, the file is
/// refused as damaged instead of the program ending.
fn guarded<T>(
    path: &Path,
    read: impl FnOnce() -> Result<T, ImportError>,
) -> Result<T, ImportError> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(read))
        .unwrap_or_else(|_| Err(damaged(path, "panic")))
}

fn xlsx_sheets(path: &Path, bytes: &[u8]) -> Result<Vec<Sheet>, ImportError> {
    guarded(path, || {
        let mut workbook =
            calamine::Xlsx::new(Cursor::new(bytes)).map_err(|error| damaged(path, error))?;
        let mut budget = Budget::new(path);
        let mut sheets = Vec::new();
        for name in workbook.sheet_names() {
            let mut cells = Vec::new();
            // Cells one by one, each counted against the limits: the dimension a sheet claims
            // and the place of a far-away cell take no memory.
            match workbook.worksheet_cells_reader(&name) {
                Ok(mut reader) => {
                    while let Some(cell) =
                        reader.next_cell().map_err(|error| damaged(path, error))?
                    {
                        if matches!(cell.get_value(), DataRef::Empty) {
                            continue;
                        }
                        let (row, column) = cell.get_position();
                        let text = cell_text(&Data::from(cell.get_value().clone()));
                        budget.take(&name, row, column, text, &mut cells)?;
                    }
                }
                // A chart sheet holds no cells.
                Err(calamine::XlsxError::NotAWorksheet(_)) => {}
                Err(error) => return Err(damaged(path, error)),
            }
            // A sheet whose merges cannot be read is still read, unmerged.
            let merges = workbook
                .merge_cells_by_sheet_name(&name)
                .unwrap_or_default();
            let sheet = budget.sheet(Some(name), cells, &merges)?;
            sheets.push(sheet);
        }
        Ok(sheets)
    })
}

fn xls_sheets(path: &Path, bytes: &[u8]) -> Result<Vec<Sheet>, ImportError> {
    let legacy = |error: &dyn std::fmt::Display| ImportError::LegacySheet {
        path: path.to_owned(),
        reason: sheet_reason(&error.to_string()),
    };
    super::xls_bounds::check(path, bytes)?;
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let mut workbook = calamine::Xls::new(Cursor::new(bytes)).map_err(|e| legacy(&e))?;
        let mut budget = Budget::new(path);
        let mut sheets = Vec::new();
        for name in workbook.sheet_names() {
            let range = workbook.worksheet_range(&name).map_err(|e| legacy(&e))?;
            let mut cells = Vec::new();
            for (row, column, value) in range.used_cells() {
                let (top, left) = range.start().unwrap_or((0, 0));
                let row = top.saturating_add(u32::try_from(row).unwrap_or(u32::MAX));
                let column = left.saturating_add(u32::try_from(column).unwrap_or(u32::MAX));
                budget.take(&name, row, column, cell_text(value), &mut cells)?;
            }
            let merges = workbook
                .merge_cells_by_sheet_name(&name)
                .unwrap_or_default();
            sheets.push(budget.sheet(Some(name), cells, &merges)?);
        }
        Ok(sheets)
    }))
    .unwrap_or_else(|_| Err(legacy(&"panic")))
}

/// A cell with content: row and column from 0, and the text.
type CellAt = (u32, u32, String);

/// What the reading of one workbook has used of the limits ([`super::limits`]).
struct Budget<'a> {
    path: &'a Path,
    cells: usize,
    merged_ranges: usize,
    merged_cells: usize,
    /// The first cell left out for being too far right: sheet, row and column from 0.
    left_out: Option<(String, u32, u32)>,
}

impl<'a> Budget<'a> {
    fn new(path: &'a Path) -> Self {
        Self {
            path,
            cells: 0,
            merged_ranges: 0,
            merged_cells: 0,
            left_out: None,
        }
    }

    /// Takes one cell of sheet `name`, or refuses the workbook when it is over a limit.
    fn take(
        &mut self,
        name: &str,
        row: u32,
        column: u32,
        text: String,
        cells: &mut Vec<CellAt>,
    ) -> Result<(), ImportError> {
        if text.is_empty() {
            return Ok(());
        }
        if column >= MAX_SHEET_COLUMNS {
            if self.left_out.is_none() {
                self.left_out = Some((name.to_owned(), row, column));
            }
            return Ok(());
        }
        if text.len() > MAX_CELL_CHARS && text.chars().count() > MAX_CELL_CHARS {
            return Err(over_limit(
                self.path,
                format!(
                    "的工作表「{name}」的单元格 {} 有 {} 个字",
                    cell_name(row, column),
                    count_text(text.chars().count() as u64)
                ),
                format!("每格 {} 个字", count_text(MAX_CELL_CHARS as u64)),
            ));
        }
        self.cells += 1;
        if self.cells.is_multiple_of(1024) {
            super::progress::reached(u64::from(row) + 1, self.path)?;
        }
        if self.cells > MAX_SHEET_CELLS {
            return Err(more_than(
                self.path,
                MAX_SHEET_CELLS,
                "有内容的单元格",
                "单元格",
            ));
        }
        cells.push((row, column, text));
        Ok(())
    }

    /// The rows of a sheet from its cells, merged ranges filled with their top-left value over
    /// the rows and columns the sheet uses.
    fn sheet(
        &mut self,
        name: Option<String>,
        mut cells: Vec<CellAt>,
        merges: &[Dimensions],
    ) -> Result<Sheet, ImportError> {
        let mut notes = Vec::new();
        if let Some((sheet, row, column)) = self.left_out.take() {
            notes.push(format!(
                "工作表「{sheet}」第{}列（{}）起的内容超出可读取的 {} 列，未读取。",
                column + 1,
                cell_name(row, column),
                MAX_SHEET_COLUMNS
            ));
        }
        let (Some(top), Some(bottom), Some(left), Some(right)) = (
            cells.iter().map(|c| c.0).min(),
            cells.iter().map(|c| c.0).max(),
            cells.iter().map(|c| c.1).min(),
            cells.iter().map(|c| c.1).max(),
        ) else {
            return Ok(Sheet {
                name,
                rows: Vec::new(),
                notes,
            });
        };
        cells.sort_by_key(|cell| (cell.0, cell.1));
        let mut rows: BTreeMap<u32, Vec<String>> = BTreeMap::new();
        for (row, column, text) in cells {
            put(rows.entry(row).or_default(), (column - left) as usize, text);
        }
        self.merged_ranges += merges.len();
        if self.merged_ranges > MAX_MERGED_RANGES {
            return Err(more_than(
                self.path,
                MAX_MERGED_RANGES,
                "合并单元格区域",
                "合并区域",
            ));
        }
        for merge in merges {
            let (row0, col0) = merge.start;
            let (row1, col1) = (merge.end.0.min(bottom), merge.end.1.min(right));
            if row0 < top || col0 < left || row0 > row1 || col0 > col1 {
                continue;
            }
            let area = (row1 - row0 + 1) as usize * (col1 - col0 + 1) as usize;
            self.merged_cells = self.merged_cells.saturating_add(area);
            if self.merged_cells > MAX_MERGED_CELLS {
                return Err(more_than(
                    self.path,
                    MAX_MERGED_CELLS,
                    "被合并区域覆盖的单元格",
                    "合并覆盖的单元格",
                ));
            }
            let value = rows
                .get(&row0)
                .and_then(|cells| cells.get((col0 - left) as usize))
                .cloned()
                .unwrap_or_default();
            for row in row0..=row1 {
                let cells = if value.is_empty() {
                    match rows.get_mut(&row) {
                        Some(cells) => cells,
                        None => continue,
                    }
                } else {
                    rows.entry(row).or_default()
                };
                for column in col0..=col1 {
                    put(cells, (column - left) as usize, value.clone());
                }
            }
        }
        let rows = rows
            .into_iter()
            .filter(|(_, cells)| cells.iter().any(|c| !c.is_empty()))
            .map(|(row, cells)| SheetRow {
                line: row as usize + 1,
                cells,
            })
            .collect();
        Ok(Sheet { name, rows, notes })
    }
}

/// Puts `text` in `cells` at `at`, widening the row as needed (by at most the column limit).
fn put(cells: &mut Vec<String>, at: usize, text: String) {
    if cells.len() <= at {
        if text.is_empty() {
            return;
        }
        cells.resize(at + 1, String::new());
    }
    cells[at] = text;
}

/// A cell's name as Excel shows it: 「XFD1048576」 for row and column from 0.
fn cell_name(row: u32, column: u32) -> String {
    let mut letters = Vec::new();
    let mut rest = u64::from(column) + 1;
    while rest > 0 {
        let digit = ((rest - 1) % 26) as u8;
        letters.push(char::from(b'A' + digit));
        rest = (rest - 1) / 26;
    }
    letters.iter().rev().collect::<String>() + &(u64::from(row) + 1).to_string()
}

/// A cell's text as the sheet shows it: whole numbers without 「.0」.
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty | Data::Error(_) => String::new(),
        Data::String(text) => text.trim().to_owned(),
        Data::Float(value) if value.fract() == 0.0 && value.abs() < 1e15 => {
            format!("{value:.0}")
        }
        // A date cell: the day as offices type it (2025-03-20), a time of day only if it has one.
        Data::DateTime(when) if when.is_datetime() => {
            let (year, month, day, hour, minute, _, _) = when.to_ymd_hms_milli();
            if (hour, minute) == (0, 0) {
                format!("{year:04}-{month:02}-{day:02}")
            } else {
                format!("{year:04}-{month:02}-{day:02} {hour:02}:{minute:02}")
            }
        }
        Data::DateTimeIso(text) => text.split('T').next().unwrap_or(text).to_owned(),
        other => other.to_string().trim().to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    enum F {
        Name,
        Gender,
        Role,
    }

    const NAMES: [(F, &[&str]); 3] = [
        (F::Name, &["姓名"]),
        (F::Gender, &["性别"]),
        (F::Role, &["职务"]),
    ];

    fn row(line: usize, cells: &[&str]) -> SheetRow {
        SheetRow {
            line,
            cells: cells.iter().map(|c| (*c).to_owned()).collect(),
        }
    }

    #[test]
    fn a_header_below_a_title_and_over_two_rows_is_found() {
        let rows = [
            row(1, &["组成人员名单", "组成人员名单", "组成人员名单"]),
            row(2, &["姓 名", "基本情况", "基本情况"]),
            row(3, &["姓 名", "性别", "职务："]),
            row(4, &["史全新", "男", "主任"]),
        ];
        let header = find_header(&rows, &NAMES, F::Name).unwrap();
        assert_eq!(header.last_row, 2);
        assert_eq!(header.line, 2);
        assert_eq!(
            header.columns,
            [Some(F::Name), Some(F::Gender), Some(F::Role)]
        );
        assert_eq!(header.cell(&rows[3], F::Role), "主任");
        assert!(find_header(&rows[3..], &NAMES, F::Name).is_none());
    }
}
