//! The command line: `check`, `export` and `sort-names`, also what tests and scripts use.
//! Without a subcommand the program opens its window (see `main.rs`).

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::collation::{sorted_names, split_names};
use crate::export::{self, DocKind};
use crate::io::{self as files, FileError};
use crate::model::check::{Severity, check_session};
use crate::model::{NameOrderMode, Session};

/// 会务：地方人大常委会会议的准备、记录与发布。
#[derive(Debug, Parser)]
#[command(name = "huiwu", version, about, args_conflicts_with_subcommands = true)]
pub struct Cli {
    /// The session file to open in the window.
    pub file: Option<PathBuf>,
    /// What to do without a window.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// 检查会议文件：打印概况和发现的问题。能读取时退出码为 0，不能读取时为 1。
    Check {
        /// The session file (.ron).
        file: PathBuf,
    },
    /// 导出文件：会议纪要（minutes）、出缺席人员名单（attendance）、列席人员名单（observers）、
    /// 人事任免名单（appointments）、决议决定（resolutions）、新闻通稿（news）、会刊（gazette）。
    /// 格式由文件扩展名决定：.docx、.html、.md、.txt；`--to -` 输出纯文本。
    Export {
        /// The session file (.ron).
        file: PathBuf,
        /// Which document.
        #[arg(long, value_enum)]
        doc: DocKind,
        /// Where to write it (.docx, .html, .md or .txt); `-` prints plain text.
        #[arg(long, default_value = "-")]
        to: PathBuf,
    },
    /// 重新保存为标准格式（原文件保留为 .bak 备份）。
    Format {
        /// The session file (.ron).
        file: PathBuf,
    },
    /// 按笔画排序姓名：从标准输入读取（以换行、空格、顿号或逗号分隔），每行输出一个。
    SortNames {
        /// 姓名笔画 (name, the default) or 姓氏笔画 (surname).
        #[arg(long, value_enum, default_value_t = ModeArg::Name)]
        mode: ModeArg,
    },
    /// Saves two versions of a session into one file by turns until killed (or `--count`
    /// saves): the child process that `tests/crash_safe_save.rs` kills at random moments to
    /// prove that a save never leaves a mixed or empty file. Hidden: not for people.
    #[command(hide = true)]
    SaveLoop {
        /// The file saved into; what it holds at the start is the first version.
        file: PathBuf,
        /// A session file holding the second version (only read).
        other: PathBuf,
        /// Stop after this many saves; 0 saves until killed.
        #[arg(long, default_value_t = 0)]
        count: u64,
    },
}

/// Stroke-order mode on the command line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ModeArg {
    /// 姓名笔画: every character counts.
    Name,
    /// 姓氏笔画: surname first.
    Surname,
}

impl From<ModeArg> for NameOrderMode {
    fn from(mode: ModeArg) -> Self {
        match mode {
            ModeArg::Name => NameOrderMode::FullName,
            ModeArg::Surname => NameOrderMode::Surname,
        }
    }
}

/// Runs a subcommand, writing to `out` and `err`; returns the exit code.
pub fn run(
    command: Command,
    input: &mut dyn Read,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> ExitCode {
    let result = match command {
        Command::Check { file } => check(&file, out),
        Command::Export { file, doc, to } => export_document(&file, doc, &to, out),
        Command::Format { file } => format_file(&file, out),
        Command::SortNames { mode } => sort_names(mode.into(), input, out),
        Command::SaveLoop { file, other, count } => save_loop(&file, &other, count, out),
    };
    match result {
        Ok(code) => code,
        Err(message) => {
            // Nothing more can be done if standard error itself is closed.
            let _ = writeln!(err, "{message}");
            ExitCode::FAILURE
        }
    }
}

fn write_error(error: &std::io::Error) -> String {
    format!("无法输出结果：{}", files::io_reason(error))
}

/// A short summary of a session, as `huiwu check` prints it.
pub fn summary(session: &Session) -> String {
    let counts = session.attendance_counts();
    let dates: Vec<String> = session
        .details
        .dates
        .iter()
        .map(|d| export::lists::chinese_date(*d))
        .collect();
    let quorum = if counts.is_quorate() {
        format!(
            "符合法定人数（实到{}人，超过应到{}人的半数）",
            counts.present, counts.members
        )
    } else {
        format!(
            "不符合法定人数（实到{}人，未超过应到{}人的半数）",
            counts.present, counts.members
        )
    };
    let mut text = String::new();
    text.push_str(&format!("会议：{}\n", session.full_title()));
    if !dates.is_empty() {
        text.push_str(&format!("日期：{}\n", dates.join("、")));
    }
    text.push_str(&format!(
        "组成人员：{}人　出席：{}人　请假：{}人　缺席：{}人\n",
        counts.members, counts.present, counts.on_leave, counts.absent
    ));
    text.push_str(&format!("法定人数：{quorum}\n"));
    text.push_str(&format!(
        "议题：{}项　报告：{}份　决议：{}项　任免议案：{}件　任免事项：{}项　表决：{}次　测评：{}次\n",
        session.agenda.len(),
        session.reports.len(),
        session.resolutions.len(),
        session.motions.len(),
        session.entries().count(),
        session.votes.len(),
        session.evaluations.len(),
    ));
    text
}

fn check(file: &Path, out: &mut dyn Write) -> Result<ExitCode, String> {
    let session = files::load(file).map_err(|e: FileError| e.to_string())?;
    let problems = check_session(&session);
    let mut text = summary(&session);
    if problems.is_empty() {
        text.push_str("问题：未发现问题\n");
    } else {
        let errors = problems
            .iter()
            .filter(|p| p.severity == Severity::Error)
            .count();
        text.push_str(&format!(
            "问题：{}个错误，{}个提示\n",
            errors,
            problems.len() - errors
        ));
        for problem in &problems {
            text.push_str(&format!(
                "　［{}］{}\n",
                problem.severity.label(),
                problem.message
            ));
        }
    }
    out.write_all(text.as_bytes())
        .map_err(|e| write_error(&e))?;
    Ok(ExitCode::SUCCESS)
}

fn export_document(
    file: &Path,
    doc: DocKind,
    to: &Path,
    out: &mut dyn Write,
) -> Result<ExitCode, String> {
    let session = files::load(file).map_err(|e| e.to_string())?;
    if to.as_os_str() == "-" {
        let text = export::plain_text(&session, doc);
        out.write_all(text.as_bytes())
            .map_err(|e| write_error(&e))?;
    } else {
        export::export_to_file(&session, doc, to).map_err(|e| e.to_string())?;
    }
    Ok(ExitCode::SUCCESS)
}

fn format_file(file: &Path, out: &mut dyn Write) -> Result<ExitCode, String> {
    let session = files::load(file).map_err(|e| e.to_string())?;
    files::save(&session, file).map_err(|e| e.to_string())?;
    writeln!(out, "已按标准格式保存「{}」", file.display()).map_err(|e| write_error(&e))?;
    Ok(ExitCode::SUCCESS)
}

fn sort_names(
    mode: NameOrderMode,
    input: &mut dyn Read,
    out: &mut dyn Write,
) -> Result<ExitCode, String> {
    let mut bytes = Vec::new();
    input
        .read_to_end(&mut bytes)
        .map_err(|e| format!("无法读取输入：{}", files::io_reason(&e)))?;
    // Input from other programs may not be clean UTF-8; bad bytes become U+FFFD rather than an error.
    let text = String::from_utf8_lossy(&bytes);
    let names = sorted_names(&split_names(&text), mode);
    let mut text = String::with_capacity(names.len() * 10);
    for name in names {
        text.push_str(&name);
        text.push('\n');
    }
    out.write_all(text.as_bytes())
        .map_err(|e| write_error(&e))?;
    Ok(ExitCode::SUCCESS)
}

/// Saves the other version, then the first, and so on into `file`, `count` times (0: until
/// killed). Prints one line once the first save is done, so that a test knows saving has begun.
fn save_loop(
    file: &Path,
    other: &Path,
    count: u64,
    out: &mut dyn Write,
) -> Result<ExitCode, String> {
    let first = files::load(file).map_err(|e| e.to_string())?;
    let second = files::load(other).map_err(|e| e.to_string())?;
    let mut saves: u64 = 0;
    while count == 0 || saves < count {
        let version = if saves.is_multiple_of(2) {
            &second
        } else {
            &first
        };
        files::save(version, file).map_err(|e| e.to_string())?;
        saves += 1;
        if saves == 1 {
            writeln!(out, "saving").map_err(|e| write_error(&e))?;
            out.flush().map_err(|e| write_error(&e))?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
