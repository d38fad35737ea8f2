//! The command line of a body's folder (issue 15): `huiwu folder FOLDER` sums up the term, and
//! `huiwu export FOLDER --doc KEY` writes its registers; `huiwu format FOLDER/body.ron` rewrites
//! the body's file in the standard layout.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;
use std::sync::LazyLock;

use chrono::NaiveDate;
use clap::builder::PossibleValue;

use crate::export::DocKind;
use crate::export::registers::{self, FolderDocKind, FolderDocOptions};
use crate::io::folder::{OpenedFolder, load_body, open_folder_cached, save_body};
use crate::io::folder_cache::SummaryCache;
use crate::model::numerals::chinese_number;
use crate::model::term::body_folder::BODY_FILE_NAME;
use crate::wording::dates::chinese_date;

/// A document `huiwu export` writes: one of a session, or one of a body's folder.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportDoc {
    /// A document of a session file.
    Session(DocKind),
    /// A register of a body's folder.
    Folder(FolderDocKind),
}

/// Every document, those of a session first, in menu order.
static ALL_DOCS: LazyLock<Vec<ExportDoc>> = LazyLock::new(|| {
    DocKind::ALL
        .into_iter()
        .map(ExportDoc::Session)
        .chain(FolderDocKind::ALL.into_iter().map(ExportDoc::Folder))
        .collect()
});

impl ExportDoc {
    /// The command-line key.
    pub fn key(self) -> &'static str {
        match self {
            Self::Session(doc) => doc.key(),
            Self::Folder(doc) => doc.key(),
        }
    }

    /// The document's name as the office says it.
    pub fn label(self) -> &'static str {
        match self {
            Self::Session(doc) => doc.label(),
            Self::Folder(doc) => doc.label(),
        }
    }

    /// Every document, those of a session first.
    pub fn all() -> &'static [ExportDoc] {
        &ALL_DOCS
    }
}

impl clap::ValueEnum for ExportDoc {
    fn value_variants<'a>() -> &'a [Self] {
        &ALL_DOCS
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(PossibleValue::new(self.key()))
    }
}

/// The `--doc` help: both kinds, each with its Chinese name.
pub fn doc_help() -> String {
    let list = |folder: bool| -> String {
        ExportDoc::all()
            .iter()
            .filter(|doc| matches!(doc, ExportDoc::Folder(_)) == folder)
            .map(|doc| format!("{}（{}）", doc.key(), doc.label()))
            .collect::<Vec<_>>()
            .join("、")
    };
    format!(
        "要导出的文档。会议文件：{}。常委会文件夹：{}",
        list(false),
        list(true)
    )
}

/// Opens a folder with the summaries remembered in the program's cache folder.
fn open(folder: &Path) -> Result<OpenedFolder, String> {
    open_folder_cached(folder, SummaryCache::in_cache_dir().as_ref()).map_err(|e| e.to_string())
}

/// Exports a register of the folder `folder`, or refuses a document of a session.
pub fn export_folder(
    folder: &Path,
    doc: ExportDoc,
    to: &Path,
    year: Option<i32>,
    date: Option<NaiveDate>,
    out: &mut dyn Write,
) -> Result<ExitCode, String> {
    let ExportDoc::Folder(kind) = doc else {
        return Err(format!(
            "「{}」是文件夹：「{}」要从会议文件导出。常委会文件夹可导出：{}。",
            folder.display(),
            doc.key(),
            FolderDocKind::ALL.map(FolderDocKind::key).join("、")
        ));
    };
    let opened = open(folder)?;
    let term = opened.term();
    let options = FolderDocOptions {
        year,
        today: date.unwrap_or_else(crate::model::edit::today),
    };
    if to.as_os_str() == "-" {
        let text = registers::plain_text(&term, kind, options).map_err(|e| e.to_string())?;
        out.write_all(text.as_bytes())
            .map_err(|e| super::write_error(&e))?;
    } else {
        registers::export_to_file(&term, kind, options, to).map_err(|e| e.to_string())?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Refuses a register asked of a session file, and the folder's options with one.
pub fn refuse_for_session(
    file: &Path,
    doc: ExportDoc,
    year: Option<i32>,
    date: Option<NaiveDate>,
) -> Result<DocKind, String> {
    match doc {
        ExportDoc::Folder(kind) => Err(format!(
            "「{}」不是文件夹：「{}」（{}）要从常委会文件夹导出，如「huiwu export sessions/hebi-12 --doc {}」。",
            file.display(),
            kind.key(),
            kind.label(),
            kind.key()
        )),
        ExportDoc::Session(_) if year.is_some() || date.is_some() => {
            Err("选项 --year 和 --date 只用于从常委会文件夹导出的登记册。".to_owned())
        }
        ExportDoc::Session(kind) => Ok(kind),
    }
}

/// `huiwu folder FOLDER`: the summary of the term; exit 0 when `body.ron` loads, whatever the
/// session files.
pub fn folder_command(
    folder: &Path,
    date: Option<NaiveDate>,
    import: Option<&Path>,
    year: Option<i32>,
    out: &mut dyn Write,
) -> Result<ExitCode, String> {
    if let Some(csv) = import {
        let year = year.unwrap_or_else(|| chrono::Datelike::year(&crate::model::edit::today()));
        let count =
            crate::io::folder::import_suggestions(folder, csv, year).map_err(|e| e.to_string())?;
        writeln!(
            out,
            "已从「{}」导入{count}件代表建议到「{}」",
            csv.display(),
            crate::io::folder::body_path(folder).display()
        )
        .map_err(|e| super::write_error(&e))?;
    } else if year.is_some() {
        return Err("选项 --year 只和 --import-suggestions 一起使用。".to_owned());
    }
    let opened = open(folder)?;
    let today = date.unwrap_or_else(crate::model::edit::today);
    out.write_all(folder_summary(&opened, today).as_bytes())
        .map_err(|e| super::write_error(&e))?;
    Ok(ExitCode::SUCCESS)
}

/// `huiwu folder create FOLDER [--from SESSION.ron]`: the window's 新建常委会文件夹.
pub fn create_command(
    folder: &Path,
    from: Option<&Path>,
    out: &mut dyn Write,
) -> Result<ExitCode, String> {
    let started = crate::io::folder::start_folder(folder, from).map_err(|e| e.to_string())?;
    writeln!(out, "{}", started.summary(folder)).map_err(|e| super::write_error(&e))?;
    Ok(ExitCode::SUCCESS)
}

/// `huiwu format FOLDER/body.ron`: read and written again in the standard layout.
pub fn format_body(file: &Path, out: &mut dyn Write) -> Result<ExitCode, String> {
    let file = &crate::io::canonical_session_path(file);
    let _guard = super::lock_to_rewrite(file)?;
    let body = load_body(file).map_err(|e| e.to_string())?;
    save_body(&body, file).map_err(|e| e.to_string())?;
    writeln!(out, "已按标准格式保存「{}」", file.display()).map_err(|e| super::write_error(&e))?;
    Ok(ExitCode::SUCCESS)
}

/// Whether `file` is a body's file (by its name).
pub fn is_body_file(file: &Path) -> bool {
    file.file_name().is_some_and(|name| name == BODY_FILE_NAME)
}

/// The summary `huiwu folder` prints: the body, the sessions with their state (and the files
/// that could not be read, with why), and the figures of every register on `today`.
pub fn folder_summary(opened: &OpenedFolder, today: NaiveDate) -> String {
    let body = &opened.body.body;
    let term = opened.term();
    let mut text = String::new();
    text.push_str(&format!(
        "常委会：{}（第{}届）\n",
        body.name,
        chinese_number(body.term)
    ));
    text.push_str(&format!("文件夹：{}\n", opened.path.display()));
    let roster = opened.body.roster_on(today);
    text.push_str(&format!(
        "组成人员：{}人（{}，名单共{}人）\n",
        roster.len(),
        chinese_date(today),
        opened.body.members.len()
    ));
    let read = opened.summaries().count();
    let failed = opened.failures().count();
    text.push_str(&format!("会议：{read}次"));
    if failed > 0 {
        text.push_str(&format!("，另有{failed}个文件无法读取"));
    }
    text.push('\n');
    for session in &opened.sessions {
        match &session.loaded {
            Ok(summary) => {
                let days = summary
                    .first_date()
                    .map(chinese_date)
                    .unwrap_or_else(|| "日期未定".to_owned());
                text.push_str(&format!(
                    "　{}　{}　{}　{}\n",
                    summary.short_name,
                    days,
                    summary.state.label(),
                    session.file_name()
                ));
            }
            Err(error) => text.push_str(&format!("　无法读取：{error}\n")),
        }
    }
    for year in term.held_years(today) {
        let record = term.attendance_record(year, today);
        let expected: u32 = record.rows.iter().map(|r| r.expected).sum();
        let present: u32 = record.rows.iter().map(|r| r.present).sum();
        let rate = if expected > 0 {
            let decimals = body.settings.rate_decimals.min(6) as usize;
            format!(
                "，出席率{:.decimals$}%",
                f64::from(present) * 100.0 / f64::from(expected)
            )
        } else {
            String::new()
        };
        text.push_str(&format!(
            "出席情况：{year}年举行会议{}次，应出席{expected}人次，出席{present}人次{rate}\n",
            record.sessions.len()
        ));
    }
    let register = term.appointments();
    let adopted = register
        .rows
        .iter()
        .filter(|row| row.record.result == crate::model::term::registers::EntryResult::Adopted)
        .count();
    text.push_str(&format!(
        "人事任免：{}人次（通过{adopted}人次），现任职务{}个\n",
        register.rows.len(),
        register.holders().len()
    ));
    let opinions = term.opinions(today);
    let overdue = opinions
        .iter()
        .filter(|row| row.state == crate::model::term::opinions::OpinionState::Overdue)
        .count();
    text.push_str(&format!(
        "审议意见：{}件，逾期未答复{overdue}件；已审议尚未登记审议意见的报告{}份\n",
        opinions.len(),
        term.reports_without_opinion().len()
    ));
    let index = term.document_index();
    let reports = index
        .iter()
        .filter(|entry| matches!(entry, crate::model::term::registers::IndexEntry::Report(..)))
        .count();
    text.push_str(&format!(
        "文件索引：报告{reports}份，决议决定{}项\n",
        index.len() - reports
    ));
    let years = opened.body.suggestion_years();
    if years.is_empty() {
        text.push_str("代表建议：无\n");
    } else {
        text.push_str("代表建议：\n");
        for year in years {
            text.push_str(&format!(
                "　{year}年度：{}\n",
                term.suggestion_figures(year, today).summary()
            ));
        }
    }
    text
}
