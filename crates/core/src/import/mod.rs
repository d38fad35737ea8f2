//! Bringing the office's material in: rosters (组成人员) and 列席 lists from spreadsheets (XLSX,
//! CSV in UTF-8 or GB18030) or from pasted text in the form of the published lists, and reports
//! from Word files (DOCX) or plain text. No egui here: the window and the command line show the
//! same preview ([`roster::RosterPlan::text`] …) and apply the same change, a method of
//! [`crate::model::Session`], one undo step in the window.
//!
//! Reading never panics and never changes anything: a file is read whole (up to
//! [`MAX_IMPORT_BYTES`], refused before reading beyond), parsed into rows or blocks with the
//! problems of each, and only the person's confirmation applies it.

pub mod docx;
pub mod encoding;
pub mod limits;
pub mod observers;
pub mod progress;
pub mod report;
pub mod roster;
pub mod sheet;
pub mod source;
pub mod suggestions;
mod xls_bounds;

use std::path::PathBuf;

pub use encoding::TextEncoding;
pub use source::{MAX_IMPORT_BYTES, Source, read_source, read_source_in};

/// Why a file cannot be imported. Every message names the file and is plain Chinese.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    /// The file could not be opened or read.
    #[error("无法读取文件「{path}」：{reason}")]
    Read {
        /// The file.
        path: PathBuf,
        /// What the system said, in Chinese.
        reason: String,
    },
    /// The file (or the pasted text) holds nothing.
    #[error("「{path}」是空的，没有可导入的内容。")]
    Empty {
        /// The file.
        path: PathBuf,
    },
    /// The file is larger than anything the office imports.
    #[error(
        "文件「{path}」有 {size_mb} MB，超过导入文件的上限 {limit_mb} MB，未读取。名单和报告通常不到 1 MB，请确认选对了文件。"
    )]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size in MB, rounded up.
        size_mb: u64,
        /// The limit in MB.
        limit_mb: u64,
    },
    /// A legacy Word (.doc) or WPS (.wps) file: binary formats this program does not read.
    #[error(
        "文件「{path}」是旧版 Word（.doc）或 WPS 文字（.wps）格式，本程序不能直接读取。请在 Word 或 WPS 中打开它，「另存为」Word 文档（.docx）后再导入。"
    )]
    LegacyWord {
        /// The file.
        path: PathBuf,
    },
    /// A legacy Excel (.xls) or WPS spreadsheet (.et) that could not be read.
    #[error(
        "文件「{path}」是旧版 Excel（.xls）或 WPS 表格格式，未能读取（{reason}）。请在 Excel 或 WPS 中「另存为」Excel 工作簿（.xlsx）或 CSV 后再导入。"
    )]
    LegacySheet {
        /// The file.
        path: PathBuf,
        /// What went wrong.
        reason: String,
    },
    /// A zip-based file (DOCX, XLSX) that is damaged or not what its name says.
    #[error(
        "文件「{path}」已损坏或不是有效的{what}文件：{reason}。请在 Word、WPS 或 Excel 中打开检查，另存后再导入。"
    )]
    Damaged {
        /// The file.
        path: PathBuf,
        /// 「Word 文档（.docx）」, 「Excel 工作簿（.xlsx）」.
        what: String,
        /// What is wrong, in Chinese.
        reason: String,
    },
    /// The file is of a kind that holds neither a list nor a report (a PDF, a picture …).
    #[error("文件「{path}」{what}，不能导入。{hint}")]
    WrongKind {
        /// The file.
        path: PathBuf,
        /// What it is: 「是 Word 文档」, 「不是文本文件」.
        what: String,
        /// What to do instead.
        hint: String,
    },
    /// A spreadsheet without a column of names.
    #[error(
        "文件「{path}」{sheet}中找不到「姓名」列：表格的列名行（可在标题行之下）须有一格写着「姓名」（或「名字」「人员姓名」），其他列按列名识别：{columns}。"
    )]
    NoNameColumn {
        /// The file.
        path: PathBuf,
        /// 「的工作表「Sheet1」」 or empty for a CSV.
        sheet: String,
        /// The other columns it can have.
        columns: String,
    },
    /// A CSV file whose quotes do not pair.
    #[error("文件「{path}」第{line}行：{reason}")]
    BadCsv {
        /// The file.
        path: PathBuf,
        /// Where.
        line: usize,
        /// What.
        reason: String,
    },
    /// Something in the file is beyond what an import reads: a sheet's cells, a cell's text,
    /// merged ranges, a zip member unpacked. Refused before the memory is taken.
    #[error("文件「{path}」{what}，超过导入的上限（{limit}），未读取。{hint}")]
    OverLimit {
        /// The file.
        path: PathBuf,
        /// What is too large, and where: 「的工作表「Sheet1」有超过 500 万个有内容的单元格」.
        what: String,
        /// The limit, as people read it: 「500 万个单元格」.
        limit: String,
        /// What to do: check the file, or save it again from Excel.
        hint: String,
    },
    /// The person stopped the reading (取消).
    #[error("已取消读取「{path}」，没有导入任何内容。")]
    Cancelled {
        /// The file.
        path: PathBuf,
    },
    /// Nothing in the file could be taken (no names, no text).
    #[error("文件「{path}」中没有找到{what}。{hint}")]
    NothingFound {
        /// The file.
        path: PathBuf,
        /// 「姓名」, 「报告正文」.
        what: String,
        /// What forms are read.
        hint: String,
    },
}

/// What an import does to what the session already has.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ImportMode {
    /// 补充 (the default, least destructive): names already present are matched and updated,
    /// new ones added, everyone else stays.
    #[default]
    Add,
    /// 替换: the list becomes the file's; matched names keep their attendance and ballots, the
    /// others are removed.
    Replace,
}

impl ImportMode {
    /// Both modes, in the order the dialog offers them.
    pub const ALL: [ImportMode; 2] = [Self::Add, Self::Replace];

    /// The choice as the dialog names it.
    pub fn label(self) -> &'static str {
        match self {
            Self::Add => "补充：已有的按姓名对应并更新，新的加入，其余不变",
            Self::Replace => "替换：以导入的名单为准，不在其中的删除",
        }
    }
}

/// Which kind of material is imported.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportKind {
    /// 组成人员名单.
    Roster,
    /// 列席人员名单.
    Observers,
    /// A report.
    Report,
}

impl ImportKind {
    /// Every kind, in menu order.
    pub const ALL: [ImportKind; 3] = [Self::Roster, Self::Observers, Self::Report];

    /// 组成人员, 列席人员, 报告.
    pub fn label(self) -> &'static str {
        match self {
            Self::Roster => "组成人员",
            Self::Observers => "列席人员",
            Self::Report => "报告",
        }
    }
}

/// What a file dropped on the window (or named on a desktop) is, by its name and, for a list,
/// by its columns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DroppedFile {
    /// A session file or a body's folder (or its `body.ron`): opened.
    Open,
    /// Material to import: its preview is shown.
    Import(ImportKind),
    /// Something the program does not read (an old .doc, a picture …).
    Unknown,
}

/// What `path` is when dropped on the window: a session (.ron) or a folder is opened; a report
/// (.docx, .txt) or a list (.xlsx, .xls, .csv) goes to the import preview — a 列席 list when
/// its name says 列席 or its columns have a 单位, else a roster.
pub fn dropped_file(path: &std::path::Path) -> DroppedFile {
    if path.is_dir() {
        return DroppedFile::Open;
    }
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    match extension.as_str() {
        "ron" => DroppedFile::Open,
        "docx" | "txt" => DroppedFile::Import(ImportKind::Report),
        "xlsx" | "xls" | "csv" => DroppedFile::Import(list_kind(path)),
        _ => DroppedFile::Unknown,
    }
}

/// Whether a list file is a 列席 list (its name, or a unit column in its first rows) or a roster.
fn list_kind(path: &std::path::Path) -> ImportKind {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    if name.contains("列席") {
        return ImportKind::Observers;
    }
    if name.contains("组成人员") || name.contains("常委") {
        return ImportKind::Roster;
    }
    let has_unit_column = read_source(path)
        .ok()
        .and_then(|source| sheet::sheets_of(&source).ok().flatten())
        .is_some_and(|sheets| {
            sheets.iter().any(|sheet| {
                sheet.rows.iter().take(5).any(|row| {
                    row.cells
                        .iter()
                        .any(|cell| matches!(cell.as_str(), "单位" | "列席单位" | "工作单位"))
                })
            })
        });
    if has_unit_column {
        ImportKind::Observers
    } else {
        ImportKind::Roster
    }
}

/// A preview as text: the summary lines, then the rows under their headings, columns separated
/// by 「 | 」 and an empty cell shown as 「—」. The window and the command line both use it.
pub fn preview_text<const N: usize>(
    summary: &[String],
    headings: &[&str; N],
    rows: &[[String; N]],
) -> String {
    let mut text = String::new();
    for line in summary {
        text.push_str(line);
        text.push('\n');
    }
    text.push('\n');
    text.push_str(&headings.join(" | "));
    text.push('\n');
    for row in rows {
        let cells: Vec<&str> = row
            .iter()
            .map(|cell| {
                if cell.is_empty() {
                    "—"
                } else {
                    cell.as_str()
                }
            })
            .collect();
        text.push_str(&cells.join(" | "));
        text.push('\n');
    }
    text
}

/// A file read and parsed, waiting for the person's confirmation: what the window's preview
/// dialog holds and what `huiwu import` prints, applied by the same session methods.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PendingImport {
    /// A roster.
    Roster(roster::RosterImport),
    /// A 列席 list.
    Observers(observers::ObserverImport),
    /// A report.
    Report(report::ReportImport),
}

impl PendingImport {
    /// Reads `source` as `kind`.
    pub fn read(kind: ImportKind, source: &Source) -> Result<Self, ImportError> {
        Ok(match kind {
            ImportKind::Roster => Self::Roster(roster::read_roster(source)?),
            ImportKind::Observers => Self::Observers(observers::read_observers(source)?),
            ImportKind::Report => Self::Report(report::read_report(source)?),
        })
    }

    /// What is imported.
    pub fn kind(&self) -> ImportKind {
        match self {
            Self::Roster(_) => ImportKind::Roster,
            Self::Observers(_) => ImportKind::Observers,
            Self::Report(_) => ImportKind::Report,
        }
    }

    /// The preview against `session`, as text (a report replacing `target` if given).
    pub fn preview_text(
        &self,
        session: &crate::model::Session,
        mode: ImportMode,
        target: Option<crate::model::ReportId>,
    ) -> String {
        match self {
            Self::Roster(import) => import.plan(session, mode).text(),
            Self::Observers(import) => import.plan(session, mode).text(),
            Self::Report(import) => {
                import.text(target.and_then(|id| session.reports.iter().find(|r| r.id == id)))
            }
        }
    }

    /// Whether confirming would change `session`.
    pub fn changes_anything(&self, session: &crate::model::Session, mode: ImportMode) -> bool {
        match self {
            Self::Roster(import) => import.plan(session, mode).changes_anything(),
            Self::Observers(import) => import.plan(session, mode).changes_anything(),
            Self::Report(_) => true,
        }
    }

    /// Carries the import out on `session`; returns the report made or replaced.
    pub fn apply(
        &self,
        session: &mut crate::model::Session,
        mode: ImportMode,
        target: Option<crate::model::ReportId>,
    ) -> Result<Option<crate::model::ReportId>, crate::model::EditError> {
        match self {
            Self::Roster(import) => session.apply_roster_import(import, mode).map(|()| None),
            Self::Observers(import) => {
                session.apply_observer_import(import, mode);
                Ok(None)
            }
            Self::Report(import) => Ok(Some(session.apply_report_import(import, target))),
        }
    }
}
