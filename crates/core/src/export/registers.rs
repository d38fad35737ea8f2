//! The documents of the term (issue 15), built from the registers of a body's folder
//! (`model::term::registers`) into the same document tree as a session's documents, and written by the
//! same writers (DOCX, HTML, Markdown, text):
//!
//! - 出席情况: each member's attendance in a year, the year-end report to the 主任会议;
//! - 人事任免登记: every appointment and removal of the term, and who holds each post now;
//! - 重点督办建议办理结果: the published results of a year's key suggestions, in the form of
//!   seeds 001 and 004 (headline, introduction, then each suggestion's title, 牵头单位 and
//!   办理情况);
//! - 逾期未答复的审议意见: the opinions whose reply is overdue;
//! - 审议意见: the texts of the opinions, as sent, each on its own page.

use std::path::Path;

use chrono::{Datelike, NaiveDate};

use super::doc::{Doc, DocBlock, Span};
use super::{ExportError, Format, write_doc, write_file};
use crate::model::Table;
use crate::model::numerals::chinese_number;
use crate::model::term::registers::{AttendanceRecord, OpinionRow, Term};

/// The documents of a body's folder.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FolderDocKind {
    /// 组成人员出席会议情况: the year's attendance record.
    AttendanceRecord,
    /// 人事任免登记: the appointments register.
    AppointmentsRegister,
    /// 重点督办建议办理结果: the published results of a year's key suggestions.
    SuggestionResults,
    /// 逾期未答复的审议意见.
    OpinionsOverdue,
    /// 审议意见: the texts of the opinions written, each on its own page.
    Opinions,
}

impl FolderDocKind {
    /// Every document, in menu order.
    pub const ALL: [FolderDocKind; 5] = [
        Self::AttendanceRecord,
        Self::AppointmentsRegister,
        Self::SuggestionResults,
        Self::OpinionsOverdue,
        Self::Opinions,
    ];

    /// The document's name as the office says it.
    pub fn label(self) -> &'static str {
        match self {
            Self::AttendanceRecord => "组成人员出席会议情况",
            Self::AppointmentsRegister => "人事任免登记",
            Self::SuggestionResults => "重点督办建议办理结果",
            Self::OpinionsOverdue => "逾期未答复的审议意见",
            Self::Opinions => "审议意见",
        }
    }

    /// The name used on the command line (`--doc attendance-record`).
    pub fn key(self) -> &'static str {
        match self {
            Self::AttendanceRecord => "attendance-record",
            Self::AppointmentsRegister => "appointments-register",
            Self::SuggestionResults => "suggestion-results",
            Self::OpinionsOverdue => "opinions-overdue",
            Self::Opinions => "opinions",
        }
    }

    /// The document of a command-line key.
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|doc| doc.key() == key)
    }
}

/// What a document of the folder is asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FolderDocOptions {
    /// The year of the attendance record or of the suggestions; `None`: the latest there is.
    pub year: Option<i32>,
    /// The day the document speaks of: sessions held by then, opinions overdue then.
    pub today: NaiveDate,
}

/// Why a document of the folder could not be made.
#[derive(Debug, thiserror::Error)]
pub enum FolderDocError {
    /// The folder has nothing for the document (no session held in the year, no key
    /// suggestion …); the message says what, in Chinese.
    #[error("{0}")]
    Nothing(String),
    /// Writing the file failed.
    #[error(transparent)]
    Export(#[from] ExportError),
}

/// Builds a document of the term, in the body's characters (FORMS.md §22 `characters`).
pub fn build(
    term: &Term<'_>,
    kind: FolderDocKind,
    options: FolderDocOptions,
) -> Result<Doc, FolderDocError> {
    let mut doc = build_simplified(term, kind, options)?;
    if crate::wording::forms::writes_traditional(&term.body.body.settings.forms) {
        doc.map_text(&crate::wording::characters::to_traditional);
    }
    Ok(doc)
}

/// A document of the term as the program words it, in simplified characters.
fn build_simplified(
    term: &Term<'_>,
    kind: FolderDocKind,
    options: FolderDocOptions,
) -> Result<Doc, FolderDocError> {
    match kind {
        FolderDocKind::AttendanceRecord => {
            let year = match options.year {
                Some(year) => year,
                None => term
                    .held_years(options.today)
                    .last()
                    .copied()
                    .ok_or_else(|| {
                        FolderDocError::Nothing(
                            "文件夹中还没有已举行的会议，没有出席情况可导出。".to_owned(),
                        )
                    })?,
            };
            attendance_record_doc(term, year, options.today)
        }
        FolderDocKind::AppointmentsRegister => Ok(appointments_register_doc(term)),
        FolderDocKind::SuggestionResults => {
            let year = match options.year {
                Some(year) => year,
                None => latest_results_year(term).ok_or_else(|| {
                    FolderDocError::Nothing("常委会文件夹中没有重点督办建议。".to_owned())
                })?,
            };
            suggestion_results_doc(term, year)
        }
        FolderDocKind::OpinionsOverdue => Ok(opinions_overdue_doc(term, options.today)),
        FolderDocKind::Opinions => opinions_doc(term, options.year, options.today),
    }
}

/// The plain text of a document of the term (what `--to -` prints).
pub fn plain_text(
    term: &Term<'_>,
    kind: FolderDocKind,
    options: FolderDocOptions,
) -> Result<String, FolderDocError> {
    Ok(super::text::write(&build(term, kind, options)?))
}

/// Writes a document of the term to `path`, in the format its extension names, atomically.
pub fn export_to_file(
    term: &Term<'_>,
    kind: FolderDocKind,
    options: FolderDocOptions,
    path: &Path,
) -> Result<(), FolderDocError> {
    let format = Format::from_path(path).ok_or_else(|| ExportError::UnknownFormat {
        path: path.to_owned(),
    })?;
    let bytes = write_doc(&build(term, kind, options)?, format)?;
    Ok(write_file(path, &bytes)?)
}

/// 「市十二届人大常委会」: the body of the term as running text names it.
fn short_body(term: &Term<'_>) -> String {
    let body = &term.body.body;
    let region = body
        .short_name
        .chars()
        .next()
        .map(String::from)
        .unwrap_or_default();
    format!("{region}{}届人大常委会", chinese_number(body.term))
}

/// 「85.37%」 with the body's decimals.
fn percent(term: &Term<'_>, value: f64) -> String {
    crate::wording::phrases::percent_in(&term.body.body.settings, value)
}

/// 「第九次」: a session's number as tables and lists of sessions write it, in the body's
/// numerals (FORMS.md §21 `ordinals`).
fn session_number(term: &Term<'_>, number: u32) -> String {
    format!(
        "第{}次",
        crate::wording::forms::session_ordinal(&term.body.body.settings.forms, number)
    )
}

/// A table with a head row.
fn table(head: &[&str], rows: Vec<Vec<String>>) -> Table {
    let mut all = vec![head.iter().map(|h| (*h).to_owned()).collect::<Vec<_>>()];
    all.extend(rows);
    Table {
        caption: String::new(),
        header_rows: 1,
        rows: all,
    }
}

/// The office and the day, flush right, under a report of the office.
fn office_and_day(doc: &mut Doc, term: &Term<'_>, today: NaiveDate) {
    doc.push(DocBlock::Blank);
    doc.push(DocBlock::RightAligned(format!(
        "{}办公室",
        term.body.body.name
    )));
    doc.push(DocBlock::RightAligned(
        crate::wording::dates::DateStyle::of(&term.body.body.settings).date(today),
    ));
}

/// 组成人员出席会议情况 of `year`, as of `today`: a paragraph naming the sessions held, a table
/// (序号, 姓名, 职务, 应出席, 出席, 请假, 缺席, 出席率), each leave and absence by session, and the
/// office with the day.
pub fn attendance_record_doc(
    term: &Term<'_>,
    year: i32,
    today: NaiveDate,
) -> Result<Doc, FolderDocError> {
    let record: AttendanceRecord = term.attendance_record(year, today);
    if record.sessions.is_empty() {
        return Err(FolderDocError::Nothing(format!(
            "{year}年（截至{}）没有已举行的会议，没有出席情况可导出。",
            crate::wording::dates::DateStyle::of(&term.body.body.settings).date(today)
        )));
    }
    let title = format!(
        "{}组成人员{year}年度出席会议情况",
        term.body.body.full_title_of_term()
    );
    let mut doc = Doc::new(title.clone());
    doc.push(DocBlock::Title(title));
    doc.push(DocBlock::Blank);
    let sessions: Vec<String> = record
        .sessions
        .iter()
        .map(|(number, day)| {
            format!(
                "{}会议（{}）",
                session_number(term, *number),
                crate::wording::dates::DateStyle::of(&term.body.body.settings).month_day(*day)
            )
        })
        .collect();
    let until = if today.year() == year {
        format!(
            "截至{}，",
            crate::wording::dates::DateStyle::of(&term.body.body.settings).date(today)
        )
    } else {
        String::new()
    };
    doc.paragraph(format!(
        "{until}{year}年{}共举行会议{}次：{}。组成人员出席会议情况如下。",
        short_body(term),
        record.sessions.len(),
        sessions.join("、")
    ));
    let rows = record
        .rows
        .iter()
        .enumerate()
        .map(|(index, row)| {
            vec![
                (index + 1).to_string(),
                row.member.name.clone(),
                row.member.role.label().to_owned(),
                row.expected.to_string(),
                row.present.to_string(),
                row.on_leave.to_string(),
                row.absent.to_string(),
                row.rate_percent()
                    .map(|rate| percent(term, rate))
                    .unwrap_or_default(),
            ]
        })
        .collect();
    doc.push(DocBlock::Table(table(
        &[
            "序号",
            "姓名",
            "职务",
            "应出席",
            "出席",
            "请假",
            "缺席",
            "出席率",
        ],
        rows,
    )));
    let expected: u32 = record.rows.iter().map(|r| r.expected).sum();
    let present: u32 = record.rows.iter().map(|r| r.present).sum();
    if expected > 0 {
        doc.paragraph(format!(
            "合计应出席{expected}人次，出席{present}人次，请假{}人次，缺席{}人次，出席率{}。",
            record.rows.iter().map(|r| r.on_leave).sum::<u32>(),
            record.rows.iter().map(|r| r.absent).sum::<u32>(),
            percent(term, f64::from(present) * 100.0 / f64::from(expected))
        ));
    }
    let missed: Vec<String> = record
        .rows
        .iter()
        .filter(|row| row.on_leave + row.absent > 0)
        .map(|row| {
            let mut parts: Vec<(u32, String)> = row
                .leaves
                .iter()
                .map(|(number, reason)| {
                    let reason = if reason.is_empty() {
                        String::new()
                    } else {
                        format!("（{reason}）")
                    };
                    (
                        *number,
                        format!("{}会议请假{reason}", session_number(term, *number)),
                    )
                })
                .chain(row.absences.iter().map(|number| {
                    (
                        *number,
                        format!("{}会议缺席", session_number(term, *number)),
                    )
                }))
                .collect();
            parts.sort_by_key(|(number, _)| *number);
            let parts: Vec<String> = parts.into_iter().map(|(_, text)| text).collect();
            format!("{}：{}。", row.member.name, parts.join("；"))
        })
        .collect();
    if !missed.is_empty() {
        doc.push(DocBlock::Heading(1, "请假和缺席情况".to_owned()));
        for line in missed {
            doc.paragraph(line);
        }
    }
    office_and_day(&mut doc, term, today);
    Ok(doc)
}

/// 人事任免登记: every appointment and removal of the term by session (序号, 姓名, 任免, 职务,
/// 议案, 表决结果), then who holds each post now.
pub fn appointments_register_doc(term: &Term<'_>) -> Doc {
    let title = format!("{}人事任免登记", term.body.body.list_title_of_term());
    let mut doc = Doc::new(title.clone());
    doc.push(DocBlock::Title(title));
    doc.push(DocBlock::Blank);
    let register = term.appointments();
    if register.rows.is_empty() {
        doc.paragraph("文件夹中的会议没有人事任免事项。");
        return doc;
    }
    let sessions = term
        .sessions
        .iter()
        .filter(|s| !s.appointments.is_empty())
        .count();
    doc.paragraph(format!(
        "{}共有{sessions}次会议审议人事任免事项{}人次。",
        short_body(term),
        register.rows.len()
    ));
    doc.push(DocBlock::Heading(1, "一、任免事项".to_owned()));
    let mut group = 0;
    for session in &term.sessions {
        if session.appointments.is_empty() {
            continue;
        }
        group += 1;
        let day = session
            .first_date()
            .map(|d| {
                format!(
                    "（{}）",
                    crate::wording::dates::DateStyle::of(&term.body.body.settings).date(d)
                )
            })
            .unwrap_or_default();
        doc.push(DocBlock::Heading(
            2,
            format!(
                "{}{}{day}",
                crate::model::numerals::group_mark(group),
                session.short_name
            ),
        ));
        let rows = session
            .appointments
            .iter()
            .enumerate()
            .map(|(index, record)| {
                let motion = if record.document_number.trim().is_empty() {
                    record.motion_title.clone()
                } else {
                    record.document_number.clone()
                };
                vec![
                    (index + 1).to_string(),
                    record.person.with_gender(),
                    record.action.editor_label().to_owned(),
                    record.posts_written.clone(),
                    motion,
                    record.result.label().to_owned(),
                ]
            })
            .collect();
        doc.push(DocBlock::Table(table(
            &["序号", "姓名", "任免", "职务", "议案", "表决结果"],
            rows,
        )));
    }
    doc.push(DocBlock::Heading(1, "二、现任职务".to_owned()));
    doc.paragraph("以下为文件夹中各次会议通过的任命，其后未经本常委会免去、接受辞职或撤销的。");
    let holders = register.holders();
    let mut rows = Vec::new();
    for post in &holders {
        for holder in &post.holders {
            rows.push(vec![
                (rows.len() + 1).to_string(),
                post.post.clone(),
                holder.record.person.with_gender(),
                holder.session.short_name.clone(),
                holder
                    .session
                    .first_date()
                    .map(|d| crate::wording::dates::DateStyle::of(&term.body.body.settings).date(d))
                    .unwrap_or_default(),
            ]);
        }
    }
    doc.push(DocBlock::Table(table(
        &["序号", "职务", "姓名", "任命会议", "任命日期"],
        rows,
    )));
    doc
}

/// The latest year with key suggestions.
fn latest_results_year(term: &Term<'_>) -> Option<i32> {
    term.body
        .suggestion_years()
        .into_iter()
        .rev()
        .find(|year| term.body.key_suggestions(*year).next().is_some())
}

/// 重点督办建议办理结果 of `year`, in the form of seeds 001 and 004: the headline and the line
/// under it, the introduction, then for each key suggestion its title with 「办理情况」, the line
/// 「牵头单位：…」 and the text of its last answer (led by 「办理情况：」 where the publication
/// says so), and the closing line.
pub fn suggestion_results_doc(term: &Term<'_>, year: i32) -> Result<Doc, FolderDocError> {
    let suggestions: Vec<_> = term.body.key_suggestions(year).collect();
    if suggestions.is_empty() {
        return Err(FolderDocError::Nothing(format!(
            "{year}年度没有重点督办建议。"
        )));
    }
    let default = crate::model::term::suggestions::ResultsPublication {
        year,
        title: format!(
            "{year}年度{}重点督办建议办理结果",
            term.body.body.short_name
        ),
        ..Default::default()
    };
    let publication = term.body.publication(year).unwrap_or(&default);
    let mut doc = Doc::new(publication.title.clone());
    doc.push(DocBlock::Title(publication.title.clone()));
    if !publication.subtitle.trim().is_empty() {
        doc.push(DocBlock::Centered(publication.subtitle.clone()));
    }
    doc.push(DocBlock::Blank);
    for paragraph in &publication.introduction {
        doc.paragraph(paragraph.clone());
    }
    for suggestion in suggestions {
        doc.push(DocBlock::Blank);
        doc.push(DocBlock::Heading(2, suggestion.results_heading()));
        doc.paragraph(format!("牵头单位：{}", suggestion.lead_units.join("、")));
        let text = suggestion
            .last_answer()
            .map(|a| a.text.as_str())
            .unwrap_or_default();
        let mut paragraphs = text.lines().map(str::trim).filter(|line| !line.is_empty());
        let first = paragraphs.next().unwrap_or_default();
        let lead = if publication.handling_label {
            Span::plain(format!("办理情况：{first}"))
        } else {
            Span::plain(first)
        };
        doc.push(DocBlock::Paragraph(vec![lead]));
        for paragraph in paragraphs {
            doc.paragraph(paragraph);
        }
    }
    if !publication.closing.trim().is_empty() {
        doc.push(DocBlock::Blank);
        doc.push(DocBlock::RightAligned(publication.closing.clone()));
    }
    Ok(doc)
}

/// 逾期未答复的审议意见 as of `today`: a table (序号, 审议意见, 会议, 送交单位, 送达日期, 答复期限,
/// 逾期天数), most overdue first, or a line saying there are none.
pub fn opinions_overdue_doc(term: &Term<'_>, today: NaiveDate) -> Doc {
    let title = format!("{}逾期未答复的审议意见", short_body(term));
    let mut doc = Doc::new(title.clone());
    doc.push(DocBlock::Title(title));
    doc.push(DocBlock::Centered(format!(
        "（截至{}）",
        crate::wording::dates::DateStyle::of(&term.body.body.settings).date(today)
    )));
    doc.push(DocBlock::Blank);
    let overdue = term.overdue_opinions(today);
    if overdue.is_empty() {
        doc.paragraph(format!(
            "截至{}，没有逾期未答复的审议意见。",
            crate::wording::dates::DateStyle::of(&term.body.body.settings).date(today)
        ));
        return doc;
    }
    doc.paragraph(format!(
        "截至{}，共有{}件审议意见超过答复期限尚未收到研究处理情况的报告。",
        crate::wording::dates::DateStyle::of(&term.body.body.settings).date(today),
        overdue.len()
    ));
    let rows = overdue
        .iter()
        .enumerate()
        .map(|(index, row)| {
            vec![
                (index + 1).to_string(),
                row.title.clone(),
                row.session.map_or_else(
                    || session_number(term, row.opinion.session) + "会议",
                    |s| s.short_name.clone(),
                ),
                row.opinion.addressee.clone(),
                row.opinion
                    .sent
                    .map(|d| crate::wording::dates::DateStyle::of(&term.body.body.settings).date(d))
                    .unwrap_or_default(),
                row.opinion
                    .deadline
                    .map(|d| crate::wording::dates::DateStyle::of(&term.body.body.settings).date(d))
                    .unwrap_or_default(),
                row.days_overdue.to_string(),
            ]
        })
        .collect();
    doc.push(DocBlock::Table(table(
        &[
            "序号",
            "审议意见",
            "会议",
            "送交单位",
            "送达日期",
            "答复期限",
            "逾期天数",
        ],
        rows,
    )));
    office_and_day(&mut doc, term, today);
    doc
}

/// Where a draft of opinions leaves the committee's own judgement to be written: the text
/// between these marks. A document still holding one is a draft.
pub const TO_FILL_IN: (char, char) = ('【', '】');

/// Whether a text of opinions still has a part of its draft to fill in.
pub fn has_parts_to_fill_in(text: &[crate::model::Block]) -> bool {
    text.iter()
        .any(|block| block.plain_text().contains(TO_FILL_IN.0))
}

/// A first draft of the opinions on a report (审议意见): the sentence of the deliberation
/// (「2023年12月21日，市十二届人大常委会第九次会议听取和审议了市人民政府关于…的报告。」), the
/// parts the committee's judgement fills in, marked 【…】, and the request for a reply by the
/// deadline (「请市人民政府认真研究处理，并于2024年3月21日前将研究处理情况书面报告市人大常委会。」).
pub fn opinion_draft(term: &Term<'_>, row: &OpinionRow<'_>) -> Vec<crate::model::Block> {
    use crate::model::Block;
    let (open, close) = TO_FILL_IN;
    let report = row
        .session
        .and_then(|session| session.report(row.opinion.report));
    let report_words = match report {
        Some(report) if !report.title.starts_with(&report.submitter) => {
            format!("{}{}", report.submitter, report.title)
        }
        Some(report) => report.title.clone(),
        None => row.report_title.clone(),
    };
    let sitting = row.session.map_or_else(
        || session_number(term, row.opinion.session) + "会议",
        |s| s.short_name.clone(),
    );
    let day = row
        .session
        .and_then(|s| s.first_date())
        .map(|day| {
            format!(
                "{}，",
                crate::wording::dates::DateStyle::of(&term.body.body.settings).date(day)
            )
        })
        .unwrap_or_default();
    let reply_by = match row.opinion.deadline {
        Some(deadline) => format!(
            "并于{}前",
            crate::wording::dates::DateStyle::of(&term.body.body.settings).date(deadline)
        ),
        None => "并在规定期限内".to_owned(),
    };
    vec![
        Block::Paragraph(format!(
            "{day}{}{sitting}听取和审议了{report_words}。现将审议意见综述如下：",
            short_body(term)
        )),
        Block::Paragraph(format!("会议认为，{open}对工作的总体评价{close}。")),
        Block::Paragraph(format!(
            "会议指出，{open}工作中存在的主要问题和不足{close}。"
        )),
        Block::Paragraph("为此，会议提出如下意见和建议：".to_owned()),
        Block::Heading(1, format!("一、{open}意见和建议{close}")),
        Block::Paragraph(format!("{open}具体内容{close}")),
        Block::Paragraph(format!(
            "请{}认真研究处理，{reply_by}将研究处理情况书面报告{}。",
            row.opinion.addressee, term.body.body.short_name
        )),
    ]
}

/// 审议意见 of the sessions of `year` (`None`: of every session): each opinion whose text is
/// written, on its own page, as it is sent: the title, the addressee, the text, the body and the
/// day sent (「（待送达）」 before then).
pub fn opinions_doc(
    term: &Term<'_>,
    year: Option<i32>,
    today: NaiveDate,
) -> Result<Doc, FolderDocError> {
    let rows: Vec<_> = term
        .opinions(today)
        .into_iter()
        .filter(|row| !row.opinion.text.is_empty())
        .filter(|row| {
            year.is_none_or(|year| {
                row.session
                    .and_then(|s| s.first_date())
                    .is_some_and(|day| day.year() == year)
            })
        })
        .collect();
    if rows.is_empty() {
        return Err(FolderDocError::Nothing(match year {
            Some(year) => format!("{year}年的会议还没有写好的审议意见。"),
            None => "常委会文件夹中还没有写好的审议意见。".to_owned(),
        }));
    }
    let title = match year {
        Some(year) => format!("{}{year}年审议意见", short_body(term)),
        None => format!("{}审议意见", short_body(term)),
    };
    let mut doc = Doc::new(title);
    for (index, row) in rows.iter().enumerate() {
        // Each opinion goes to its own addressee: its pages are numbered on their own.
        if index > 0 {
            doc.push(DocBlock::Section(super::doc::PageNumbering::FromOne));
        }
        doc.push(DocBlock::Title(row.title.clone()));
        doc.push(DocBlock::Blank);
        doc.push(DocBlock::Plain(format!("{}：", row.opinion.addressee)));
        for block in super::doc::blocks_of(&row.opinion.text) {
            doc.push(block);
        }
        doc.push(DocBlock::Blank);
        doc.push(DocBlock::Signature(super::doc::Signature {
            issuer: vec![term.body.body.name.clone()],
            date: row.opinion.sent.map_or_else(
                || "（待送达）".to_owned(),
                |d| crate::wording::dates::DateStyle::of(&term.body.body.settings).date(d),
            ),
        }));
    }
    Ok(doc)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_folder_document_has_a_distinct_key_that_reads_back() {
        for (i, a) in FolderDocKind::ALL.iter().enumerate() {
            assert_eq!(FolderDocKind::from_key(a.key()), Some(*a));
            for b in &FolderDocKind::ALL[i + 1..] {
                assert_ne!(a.key(), b.key());
                assert_ne!(a.label(), b.label());
            }
            for session_doc in super::super::DocKind::ALL {
                assert_ne!(a.key(), session_doc.key(), "one --doc for both");
            }
        }
    }
}
