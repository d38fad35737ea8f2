//! Session → published documents → files.
//!
//! Each document (minutes, lists, resolutions, news release, gazette, and the papers before and
//! during the session in [`papers`]) is built once from the session into a format-neutral
//! [`doc::Doc`]; one writer per format turns it into bytes: [`text`], [`markdown`], [`html`] and
//! [`docx`] and [`pdf`] (GB/T 9704-2012 layout). No egui here.

pub mod doc;
pub mod docx;
pub mod evaluations;
pub mod gazette;
pub mod html;
pub mod lists;
pub mod markdown;
pub mod minutes;
pub mod news;
pub mod papers;
pub mod pdf;
pub mod registers;
pub mod script;
pub mod seating;
pub mod text;

use std::path::{Path, PathBuf};

use crate::model::Session;
use doc::Doc;

/// The documents the program publishes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DocKind {
    /// 会议纪要.
    Minutes,
    /// 出缺席人员名单.
    Attendance,
    /// 列席人员名单.
    Observers,
    /// 人事任免名单.
    Appointments,
    /// 决议、决定 (every adopted one, with its adoption line).
    Resolutions,
    /// 新闻通稿.
    News,
    /// 会刊: everything published, reports included, in agenda order.
    Gazette,
    /// 满意度测评结果: the notice of the session's evaluations (DOMAIN.md §11).
    EvaluationResults,
    /// 主持词: the presiding officer's script (DOMAIN.md §13).
    Script,
    /// 座次表: the seating chart (DOMAIN.md §13).
    Seating,
    /// 会议通知: to the members and, on its own page, to the 列席 units (DOMAIN.md §13).
    Notice,
    /// 议程（草案）: the draft agenda for the 主任会议.
    DraftAgenda,
    /// 议程: the agenda, with its adoption line once the vote on it is announced.
    Agenda,
    /// 日程安排: per sitting the day, time, place, who presides and the items.
    Schedule,
    /// 会议材料目录: the documents handed out, per agenda item.
    Contents,
    /// 签到表: per plenary sitting the members' sheets and the 列席 sheets.
    SignIn,
    /// 表决票: every paper ballot, one copy per member and the spare ones.
    Ballots,
    /// 测评票: the evaluation ballot, one copy per member and the spare ones.
    EvaluationBallots,
    /// 请假缺席情况: what the presiding officer reports at the opening.
    LeaveReport,
    /// 任命书: one page per person appointed.
    Certificates,
    /// 宪法宣誓: the order of the oath ceremony, who leads, who swears, the oath.
    Oath,
}

impl DocKind {
    /// Every document, in menu order: what is published after the session, then the papers
    /// before and during it.
    pub const ALL: [DocKind; 21] = {
        // The published documents, then the papers: each list is written once, below.
        let mut all = [Self::Minutes; 21];
        let mut at = 0;
        while at < Self::PUBLISHED.len() {
            all[at] = Self::PUBLISHED[at];
            at += 1;
        }
        let mut paper = 0;
        while paper < Self::PAPERS.len() {
            all[at + paper] = Self::PAPERS[paper];
            paper += 1;
        }
        all
    };

    /// The documents published after the session (the record).
    pub const PUBLISHED: [DocKind; 8] = [
        Self::Minutes,
        Self::Attendance,
        Self::Observers,
        Self::Appointments,
        Self::Resolutions,
        Self::News,
        Self::Gazette,
        Self::EvaluationResults,
    ];

    /// The papers of the session before and during it (DOMAIN.md §13).
    pub const PAPERS: [DocKind; 13] = [
        Self::Notice,
        Self::DraftAgenda,
        Self::Agenda,
        Self::Schedule,
        Self::Contents,
        Self::SignIn,
        Self::Ballots,
        Self::EvaluationBallots,
        Self::LeaveReport,
        Self::Script,
        Self::Seating,
        Self::Certificates,
        Self::Oath,
    ];

    /// Whether the document is one of the papers before and during the session.
    pub fn is_paper(self) -> bool {
        Self::PAPERS.contains(&self)
    }

    /// The document's name as the office says it.
    pub fn label(self) -> &'static str {
        match self {
            Self::Minutes => "会议纪要",
            Self::Attendance => "出缺席人员名单",
            Self::Observers => "列席人员名单",
            Self::Appointments => "人事任免名单",
            Self::Resolutions => "决议决定",
            Self::News => "新闻通稿",
            Self::Gazette => "会刊",
            Self::EvaluationResults => "满意度测评结果",
            Self::Script => "主持词",
            Self::Seating => "座次表",
            Self::Notice => "会议通知",
            Self::DraftAgenda => "议程（草案）",
            Self::Agenda => "议程",
            Self::Schedule => "日程安排",
            Self::Contents => "会议材料目录",
            Self::SignIn => "签到表",
            Self::Ballots => "表决票",
            Self::EvaluationBallots => "测评票",
            Self::LeaveReport => "请假缺席情况",
            Self::Certificates => "任命书",
            Self::Oath => "宪法宣誓",
        }
    }

    /// The document named `key` on the command line, if any.
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|doc| doc.key() == key)
    }

    /// The name used on the command line (`--doc minutes`) and in file names of tests.
    pub fn key(self) -> &'static str {
        match self {
            Self::Minutes => "minutes",
            Self::Attendance => "attendance",
            Self::Observers => "observers",
            Self::Appointments => "appointments",
            Self::Resolutions => "resolutions",
            Self::News => "news",
            Self::Gazette => "gazette",
            Self::EvaluationResults => "evaluation-results",
            Self::Script => "script",
            Self::Seating => "seating",
            Self::Notice => "notice",
            Self::DraftAgenda => "draft-agenda",
            Self::Agenda => "agenda",
            Self::Schedule => "schedule",
            Self::Contents => "contents",
            Self::SignIn => "sign-in",
            Self::Ballots => "ballots",
            Self::EvaluationBallots => "evaluation-ballots",
            Self::LeaveReport => "leave-report",
            Self::Certificates => "certificates",
            Self::Oath => "oath",
        }
    }
}

/// The file formats documents are written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    /// Word document laid out per GB/T 9704-2012 (`.docx`).
    Docx,
    /// PDF with the same GB/T 9704 layout, fonts embedded: ready to print (`.pdf`).
    Pdf,
    /// One self-contained web page with print styles for A4 (`.html`).
    Html,
    /// Markdown (`.md`).
    Markdown,
    /// Plain UTF-8 text (`.txt`).
    Text,
}

impl Format {
    /// Every format, in the order a chooser offers them.
    pub const ALL: [Format; 5] = [
        Self::Docx,
        Self::Pdf,
        Self::Html,
        Self::Markdown,
        Self::Text,
    ];

    /// The format as a person names it.
    pub fn label(self) -> &'static str {
        match self {
            Self::Docx => "Word 文档（.docx）",
            Self::Pdf => "PDF 文档（.pdf，可直接打印）",
            Self::Html => "网页（.html）",
            Self::Markdown => "Markdown（.md）",
            Self::Text => "纯文本（.txt）",
        }
    }

    /// The file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Docx => "docx",
            Self::Pdf => "pdf",
            Self::Html => "html",
            Self::Markdown => "md",
            Self::Text => "txt",
        }
    }

    /// The format a file name asks for by its extension (case-insensitive), if we write it.
    pub fn from_path(path: &Path) -> Option<Format> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        match extension.as_str() {
            "docx" => Some(Self::Docx),
            "pdf" => Some(Self::Pdf),
            "html" | "htm" => Some(Self::Html),
            "md" | "markdown" => Some(Self::Markdown),
            "txt" | "text" => Some(Self::Text),
            _ => None,
        }
    }
}

/// Why a document could not be exported. Messages are plain Chinese and name the file.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The file name's extension names no format we write.
    #[error("无法确定「{path}」的格式：请以 .docx、.pdf、.html、.md 或 .txt 作为文件扩展名。")]
    UnknownFormat {
        /// The file asked for.
        path: PathBuf,
    },
    /// The Word file could not be put together (a program error, not the user's).
    #[error("无法生成 Word 文件：{reason}")]
    Docx {
        /// What the DOCX writer said.
        reason: String,
    },
    /// The PDF file could not be put together (a program error, not the user's).
    #[error("无法生成 PDF 文件：{reason}")]
    Pdf {
        /// What went wrong.
        reason: String,
    },
    /// The folder to write into does not exist.
    #[error("无法导出到「{path}」：文件夹「{folder}」不存在。")]
    NoFolder {
        /// The file asked for.
        path: PathBuf,
        /// Its folder.
        folder: PathBuf,
    },
    /// The folder cannot be written to.
    #[error(
        "无法导出到「{path}」：没有权限在文件夹「{folder}」中写入文件（文件夹或磁盘是只读的）。请换一个文件夹。"
    )]
    FolderNotWritable {
        /// The file asked for.
        path: PathBuf,
        /// Its folder.
        folder: PathBuf,
    },
    /// The disk (or the person's quota on it) is full.
    #[error(
        "无法导出到「{path}」：磁盘空间已满。原有文件未被改动。请腾出磁盘空间后重试，或导出到其他磁盘。"
    )]
    DiskFull {
        /// The file asked for.
        path: PathBuf,
    },
    /// The path names a folder, a device, a named pipe or a socket: never written into or replaced.
    #[error("无法导出到「{path}」：它不是普通文件（是{what}），未写入。请换一个文件名。")]
    NotAFile {
        /// The path asked for.
        path: PathBuf,
        /// What it is, in Chinese.
        what: &'static str,
    },
    /// The file exists and cannot be replaced, usually because it is open in Word or WPS.
    #[error(
        "无法覆盖「{path}」：文件可能正在 Word、WPS 等程序中打开，或是只读的。请关闭该文件后重试，或换一个文件名。"
    )]
    FileInUse {
        /// The file asked for.
        path: PathBuf,
    },
    /// Any other failure to write.
    #[error("{0}")]
    Write(String),
}

/// What the office should know before exporting `doc`, in plain Chinese: the findings of
/// `check` that concern what it prints, and what it will leave out (DOMAIN.md §16). Empty when
/// there is nothing to say. The window names them in the export dialog; the command line prints
/// them on standard error; neither refuses the export.
pub fn before_export(session: &Session, doc: DocKind) -> Vec<String> {
    use crate::model::check::{Place, check_session};
    let mut notes = Vec::new();
    let votes_matter = matches!(
        doc,
        DocKind::Ballots
            | DocKind::Script
            | DocKind::Appointments
            | DocKind::Certificates
            | DocKind::Oath
            | DocKind::Minutes
            | DocKind::News
            | DocKind::Gazette
            | DocKind::Resolutions
    );
    if doc == DocKind::Ballots && papers::ballots::ballot_papers(session).is_empty() {
        notes.push("本次会议没有以表决票表决的事项：表决票将只有一页说明。".to_owned());
    }
    if doc == DocKind::EvaluationBallots && session.evaluations.is_empty() {
        notes.push("本次会议没有满意度测评：测评票将只有一页说明。".to_owned());
    }
    if matches!(doc, DocKind::Appointments | DocKind::Gazette) {
        let undecided = session
            .entries()
            .filter(|e| crate::model::decisions::entry_decision(session, e.id).is_none())
            .count();
        if undecided > 0 {
            notes.push(format!(
                "有{undecided}项任免事项尚未宣布表决结果，不列入人事任免名单。"
            ));
        }
    }
    if votes_matter {
        notes.extend(
            check_session(session)
                .into_iter()
                .filter(|p| {
                    matches!(
                        p.place,
                        Some(Place::Motion(_) | Place::AgendaItem(_) | Place::Vote(_))
                    )
                })
                .map(|p| format!("{}：{}", p.severity.label(), p.message)),
        );
    }
    notes
}

/// Builds a document of the session in the format-neutral tree, in the body's characters
/// (FORMS.md §22 `characters`: traditional where it chose so, every text, names included).
pub fn build(session: &Session, doc: DocKind) -> Doc {
    let mut tree = build_simplified(session, doc);
    if crate::wording::forms::traditional(session) {
        tree.map_text(&crate::wording::characters::to_traditional);
    }
    tree
}

/// A document of the session as the program words it, in simplified characters.
fn build_simplified(session: &Session, doc: DocKind) -> Doc {
    match doc {
        DocKind::Minutes => minutes::minutes(session),
        DocKind::Attendance => lists::attendance_doc(session),
        DocKind::Observers => lists::observers_doc(session),
        DocKind::Appointments => lists::appointments_doc(session),
        DocKind::Resolutions => gazette::resolutions_doc(session),
        DocKind::News => news::news_release(session),
        DocKind::Gazette => gazette::gazette(session),
        DocKind::EvaluationResults => evaluations::evaluation_results_doc(session),
        DocKind::Script => script::script_doc(session),
        DocKind::Seating => seating::seating_doc(session),
        DocKind::Notice => papers::notice::notice_doc(session),
        DocKind::DraftAgenda => papers::agenda::draft_agenda_doc(session),
        DocKind::Agenda => papers::agenda::agenda_doc(session),
        DocKind::Schedule => papers::agenda::schedule_doc(session),
        DocKind::Contents => papers::agenda::contents_doc(session),
        DocKind::SignIn => papers::attendance::sign_in_doc(session),
        DocKind::Ballots => papers::ballots::ballots_doc(session),
        DocKind::EvaluationBallots => papers::ballots::evaluation_ballots_doc(session),
        DocKind::LeaveReport => papers::attendance::leave_report_doc(session),
        DocKind::Certificates => papers::appointees::certificates_doc(session),
        DocKind::Oath => papers::appointees::oath_doc(session),
    }
}

/// Whether a document of the session has anything to say: the export dialog ticks only these.
/// A 测评票 without an evaluation, a 任命书 without an appointment or a 列席人员名单 without a
/// unit would print a page that only says there is nothing.
pub fn has_content(session: &Session, doc: DocKind) -> bool {
    match doc {
        DocKind::Observers => !session.observers.is_empty(),
        DocKind::Appointments => session.motions.iter().any(|m| !m.entries.is_empty()),
        DocKind::Resolutions => !session.resolutions.is_empty(),
        DocKind::EvaluationResults | DocKind::EvaluationBallots => !session.evaluations.is_empty(),
        DocKind::Ballots => !papers::ballots::ballot_papers(session).is_empty(),
        DocKind::Certificates => !papers::appointments(session).is_empty(),
        DocKind::Oath => papers::appointees::oath_leader(session).is_some(),
        DocKind::Minutes
        | DocKind::Attendance
        | DocKind::News
        | DocKind::Gazette
        | DocKind::Script
        | DocKind::Seating
        | DocKind::Notice
        | DocKind::DraftAgenda
        | DocKind::Agenda
        | DocKind::Schedule
        | DocKind::Contents
        | DocKind::SignIn
        | DocKind::LeaveReport => true,
    }
}

/// The plain text of a document (what the preview shows and `--to -` prints).
pub fn plain_text(session: &Session, doc: DocKind) -> String {
    text::write(&build(session, doc))
}

/// A document of the session as the bytes of a file in `format`.
pub fn render(session: &Session, doc: DocKind, format: Format) -> Result<Vec<u8>, ExportError> {
    let tree = build(session, doc);
    write_doc(&tree, format)
}

/// An already built document as the bytes of a file in `format`.
pub fn write_doc(tree: &Doc, format: Format) -> Result<Vec<u8>, ExportError> {
    Ok(match format {
        Format::Text => text::write(tree).into_bytes(),
        Format::Markdown => markdown::write(tree).into_bytes(),
        Format::Html => html::write(tree).into_bytes(),
        Format::Docx => docx::write(tree)?,
        Format::Pdf => pdf::write(tree)?,
    })
}

/// Writes a document of the session to `path`, in the format its extension names. The write is
/// atomic: the file is either the whole new document or left as it was.
pub fn export_to_file(session: &Session, doc: DocKind, path: &Path) -> Result<(), ExportError> {
    let format = Format::from_path(path).ok_or_else(|| ExportError::UnknownFormat {
        path: path.to_owned(),
    })?;
    let bytes = render(session, doc, format)?;
    write_file(path, &bytes)
}

/// Writes bytes atomically to `path`, explaining a failure in terms a person can act on.
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<(), ExportError> {
    write_file_with(path, bytes, &mut |_| Ok(()))
}

/// [`write_file`] with a fault injected at a step of the write (tests).
pub(crate) fn write_file_with(
    path: &Path,
    bytes: &[u8],
    fault: &mut dyn FnMut(crate::io::SaveStep) -> std::io::Result<()>,
) -> Result<(), ExportError> {
    crate::io::write_atomically_with(path, bytes, false, fault)
        .map_err(|failure| diagnose(path, failure))
}

/// Works out why a write failed: a full disk, a missing folder, a folder we may not write in,
/// or a file that cannot be replaced (open in Word on Windows, or read-only).
fn diagnose(path: &Path, failure: crate::io::WriteFailure) -> ExportError {
    use crate::io::WriteFailure;
    match failure {
        WriteFailure::Folder => {
            return ExportError::NotAFile {
                path: path.to_owned(),
                what: "文件夹",
            };
        }
        WriteFailure::NotAFile(what) => {
            return ExportError::NotAFile {
                path: path.to_owned(),
                what,
            };
        }
        WriteFailure::Io(_) => {}
    }
    if let WriteFailure::Io(error) = &failure
        && crate::io::is_storage_full(error)
    {
        return ExportError::DiskFull {
            path: path.to_owned(),
        };
    }
    let folder = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_owned(),
        _ => PathBuf::from("."),
    };
    if !folder.is_dir() {
        return ExportError::NoFolder {
            path: path.to_owned(),
            folder,
        };
    }
    if let WriteFailure::Io(error) = &failure
        && crate::io::is_denied(error)
    {
        if tempfile::tempfile_in(&folder).is_err() {
            return ExportError::FolderNotWritable {
                path: path.to_owned(),
                folder,
            };
        }
        if path.is_file() {
            return ExportError::FileInUse {
                path: path.to_owned(),
            };
        }
    }
    ExportError::Write(failure.into_file_error(path).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_follow_the_extension() {
        assert_eq!(
            Format::from_path(Path::new("a/纪要.DOCX")),
            Some(Format::Docx)
        );
        assert_eq!(Format::from_path(Path::new("x.htm")), Some(Format::Html));
        assert_eq!(Format::from_path(Path::new("x.md")), Some(Format::Markdown));
        assert_eq!(Format::from_path(Path::new("x.txt")), Some(Format::Text));
        assert_eq!(Format::from_path(Path::new("x.PDF")), Some(Format::Pdf));
        assert_eq!(Format::from_path(Path::new("x.doc")), None);
        assert_eq!(Format::from_path(Path::new("x")), None);
        for format in Format::ALL {
            let name = format!("x.{}", format.extension());
            assert_eq!(Format::from_path(Path::new(&name)), Some(format));
        }
    }

    #[test]
    fn a_full_disk_is_not_blamed_on_word_or_a_read_only_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("纪要.txt");
        std::fs::write(&path, "old").unwrap();
        for (kind, step) in [
            (
                std::io::ErrorKind::StorageFull,
                crate::io::SaveStep::WriteTemporary,
            ),
            (
                std::io::ErrorKind::StorageFull,
                crate::io::SaveStep::SyncTemporary,
            ),
            (
                std::io::ErrorKind::QuotaExceeded,
                crate::io::SaveStep::RenameIntoPlace,
            ),
        ] {
            let error = write_file_with(&path, b"new", &mut |at| {
                if at == step {
                    Err(std::io::Error::from(kind))
                } else {
                    Ok(())
                }
            })
            .unwrap_err();
            assert!(matches!(error, ExportError::DiskFull { .. }), "{error:?}");
            let message = error.to_string();
            assert!(message.contains("磁盘空间已满"), "{message}");
            assert!(message.contains("纪要.txt"), "{message}");
            assert!(
                !message.contains("Word") && !message.contains("只读"),
                "{message}"
            );
            assert_eq!(std::fs::read(&path).unwrap(), b"old");
        }
        // A refusal to replace the file is still explained as before.
        let error = write_file_with(&path, b"new", &mut |at| {
            if at == crate::io::SaveStep::RenameIntoPlace {
                Err(std::io::Error::from(std::io::ErrorKind::PermissionDenied))
            } else {
                Ok(())
            }
        })
        .unwrap_err();
        assert!(matches!(error, ExportError::FileInUse { .. }), "{error:?}");
        // Any other failure says what the system said, not a guess.
        let error = write_file_with(&path, b"new", &mut |at| {
            if at == crate::io::SaveStep::WriteTemporary {
                Err(std::io::Error::other("硬件故障"))
            } else {
                Ok(())
            }
        })
        .unwrap_err();
        assert!(matches!(error, ExportError::Write(_)), "{error:?}");
    }

    #[test]
    fn the_command_line_takes_every_key() {
        for doc in DocKind::ALL {
            assert_eq!(DocKind::from_key(doc.key()), Some(doc), "{}", doc.key());
        }
        let parts: Vec<DocKind> = DocKind::PUBLISHED
            .into_iter()
            .chain(DocKind::PAPERS)
            .collect();
        assert_eq!(parts, DocKind::ALL);
        assert!(DocKind::PAPERS.iter().all(|d| d.is_paper()));
        assert!(!DocKind::PUBLISHED.iter().any(|d| d.is_paper()));
    }

    #[test]
    fn every_document_has_a_distinct_label_and_key() {
        for (i, a) in DocKind::ALL.iter().enumerate() {
            for b in &DocKind::ALL[i + 1..] {
                assert_ne!(a.label(), b.label());
                assert_ne!(a.key(), b.key());
            }
        }
    }
}
