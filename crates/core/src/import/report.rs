//! A report from a Word document or plain text: the title, the date line
//! (「——2023年12月21日在…会议上」), the byline (a unit, or a person with title), the salutation
//! (「主任、各位副主任、秘书长、各位委员：」), the body (headings by their marks, see
//! [`crate::model::text::heading_level`], paragraphs, tables), the closing line
//! (「以上报告，请予审议。」) and attachments (附件). Lines of the head that fit none of these go
//! to the top of the body, and the preview says so.

use chrono::NaiveDate;

use crate::model::text::{block_from_line, blocks_from_plain_text, strip_emphasis};
use crate::model::{Attachment, Block, Report, ReportId, ReportKind, Session, next_id};

use super::ImportError;
use super::docx::{DocItem, read_docx};
use super::source::{Content, Source};

/// A report as read, before it meets a session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReportImport {
    /// The file's name.
    pub source: String,
    /// The report (id 0 until imported).
    pub report: Report,
    /// What was not imported or was placed by guess, in Chinese.
    pub notes: Vec<String>,
}

/// Reads a report from a file or pasted text.
pub fn read_report(source: &Source) -> Result<ReportImport, ImportError> {
    let (items, mut file_notes) = match &source.content {
        Content::Docx(bytes) => {
            let body = read_docx(&source.path, bytes)?;
            (body.items, body.notes)
        }
        Content::Text(text) => (items_of_text(text), Vec::new()),
        Content::Xlsx(_) | Content::Xls(_) => {
            return Err(ImportError::WrongKind {
                path: source.path.clone(),
                what: "是 Excel 表格".to_owned(),
                hint: "报告请用 Word 文档（.docx）或纯文本（.txt）导入。".to_owned(),
            });
        }
    };
    let (report, mut placed) = report_from_items(items);
    if report.title.is_empty() && report.body.is_empty() {
        return Err(ImportError::NothingFound {
            path: source.path.clone(),
            what: "报告的文字".to_owned(),
            hint: "Word 文档中的文字须在正文中（文本框、图片中的文字不能导入）。".to_owned(),
        });
    }
    placed.append(&mut file_notes);
    placed.splice(0..0, source.reading_notes());
    Ok(ReportImport {
        source: source.display_name(),
        report,
        notes: placed,
    })
}

/// Plain text as items: the editor's own reading of pasted text (one block a line, tab-separated
/// lines a table).
fn items_of_text(text: &str) -> Vec<DocItem> {
    blocks_from_plain_text(text)
        .into_iter()
        .map(|block| match block {
            Block::Table(table) => DocItem::Table(table),
            Block::Heading(_, text) | Block::Paragraph(text) => DocItem::paragraph(text),
        })
        .collect()
}

/// A paragraph item's text, trimmed; `None` for a table.
fn text_of(item: &DocItem) -> Option<&str> {
    match item {
        DocItem::Paragraph { text, .. } => Some(text.trim()),
        DocItem::Table(_) => None,
    }
}

/// 「主任、各位副主任、秘书长、各位委员：」 and the like.
pub fn is_salutation(text: &str) -> bool {
    let text = strip_emphasis(text);
    let text = text.trim();
    text.chars().count() <= 40
        && (text.ends_with('：') || text.ends_with(':'))
        && !text.contains('。')
        && ["委员", "代表", "主任"].iter().any(|w| text.contains(w))
}

/// 「以上报告，请予审议。」 and the like.
pub fn is_closing(text: &str) -> bool {
    let text = strip_emphasis(text);
    let text = text.trim();
    text.chars().count() <= 40
        && text.contains("审议")
        && (text.starts_with("以上") || text.starts_with("请予"))
}

/// A date line: 「——2023年12月21日在…会议上」, 「（2023年12月21日）」.
fn is_date_line(text: &str) -> bool {
    text.starts_with(['—', '－', '-', '─'])
        || (text.starts_with(['（', '(']) && find_date(text).is_some())
}

/// The first 「YYYY年M月D日」 in a text.
pub fn find_date(text: &str) -> Option<NaiveDate> {
    let chars: Vec<char> = text.chars().collect();
    for start in 0..chars.len() {
        if !chars[start].is_ascii_digit() || (start > 0 && chars[start - 1].is_ascii_digit()) {
            continue;
        }
        let Some(end) = chars[start..].iter().position(|c| *c == '日') else {
            continue;
        };
        let piece: String = chars[start..=start + end].iter().collect();
        if piece.chars().count() <= 12
            && let Some(date) = crate::import::suggestions::parse_day(&piece)
        {
            return Some(date);
        }
    }
    None
}

/// A byline as (submitter, presenter): 「市人大常委会副主任 尚　欣」 names a person (the
/// presenter, name unpadded); 「市人民政府」 is the unit.
fn byline(text: &str) -> (String, String) {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() >= 2 {
        let names = crate::collation::split_names(&words[1..].join(" "));
        if let [name] = names.as_slice()
            && (2..=4).contains(&name.chars().count())
        {
            return (String::new(), format!("{} {name}", words[0]));
        }
    }
    (text.to_owned(), String::new())
}

/// Whether a head line reads as a byline: short, no full stop, a unit or a titled person.
fn looks_like_byline(text: &str) -> bool {
    const UNITS: [&str; 10] = [
        "政府",
        "法院",
        "检察院",
        "委员会",
        "常委会",
        "局",
        "组",
        "办公室",
        "委",
        "厅",
    ];
    text.chars().count() <= 30
        && !text.contains('。')
        && !text.starts_with("关于")
        && (text.split_whitespace().count() >= 2 || UNITS.iter().any(|u| text.ends_with(u)))
}

/// The report's fields from its items, and notes on what was placed by guess.
pub fn report_from_items(items: Vec<DocItem>) -> (Report, Vec<String>) {
    let mut notes = Vec::new();
    let items: Vec<DocItem> = items
        .into_iter()
        .filter(|item| text_of(item).is_none_or(|t| !t.is_empty()))
        .collect();
    let salutation_at = items
        .iter()
        .take(12)
        .position(|item| text_of(item).is_some_and(is_salutation));
    let head_end = match salutation_at {
        Some(at) => at,
        // No salutation: the head is the title and the date and byline lines under it.
        None => {
            let mut end = usize::from(!items.is_empty());
            while let Some(text) = items.get(end).and_then(text_of) {
                let short = text.chars().count() <= 40 && !text.contains('。');
                if short && (is_date_line(text) || looks_like_byline(text)) {
                    end += 1;
                } else {
                    break;
                }
            }
            end
        }
    };
    let mut title = Vec::new();
    let mut date = None;
    let mut submitter = String::new();
    let mut presenter = String::new();
    let mut front = Vec::new();
    let mut past_title = false;
    let mut dash_line = String::new();
    for item in &items[..head_end] {
        let Some(text) = text_of(item) else {
            front.push(item.clone());
            continue;
        };
        let text = strip_emphasis(text);
        let text = text.trim();
        if is_date_line(text) {
            past_title = true;
            text.clone_into(&mut dash_line);
            date = date.or(find_date(text));
            if find_date(text).is_none() {
                notes.push(format!(
                    "标题下的「{text}」中没有日期：导入后日期取会议日期，此行由程序按会议重新生成。"
                ));
            }
        } else if !title.is_empty()
            && submitter.is_empty()
            && presenter.is_empty()
            && looks_like_byline(text)
        {
            past_title = true;
            (submitter, presenter) = byline(text);
        } else if !past_title {
            title.push(text.to_owned());
        } else {
            notes.push(format!(
                "开头的「{text}」不像标题、日期或报告单位，已放在正文开头。"
            ));
            front.push(item.clone());
        }
    }
    let salutation = salutation_at
        .and_then(|at| items.get(at).and_then(text_of))
        .map(|t| strip_emphasis(t).trim().to_owned())
        .unwrap_or_default();
    let body_start = salutation_at.map_or(head_end, |at| at + 1);
    let mut rest: Vec<DocItem> = front;
    rest.extend(items[body_start.min(items.len())..].iter().cloned());
    // The closing line, and the attachments after it.
    let closing_at = rest
        .iter()
        .rposition(|item| text_of(item).is_some_and(is_closing));
    let mut closing = String::new();
    let mut attachments = Vec::new();
    let mut tail = Vec::new();
    if let Some(at) = closing_at {
        closing = text_of(&rest[at])
            .map(|t| strip_emphasis(t).trim().to_owned())
            .unwrap_or_default();
        let after: Vec<DocItem> = rest.split_off(at + 1);
        rest.pop();
        let mut current: Option<Attachment> = None;
        let mut pending_title = false;
        for item in after {
            let text = text_of(&item).map(str::to_owned);
            if let Some(text) = text.as_deref().filter(|t| t.starts_with("附件")) {
                if let Some(done) = current.take() {
                    attachments.push(done);
                }
                let title = text
                    .trim_start_matches("附件")
                    .trim_start_matches(|c: char| {
                        c.is_ascii_digit() || "一二三四五六七八九十".contains(c)
                    })
                    .trim_start_matches(['：', ':', '.', '．', '、', ' '])
                    .trim()
                    .to_owned();
                pending_title = title.is_empty();
                current = Some(Attachment {
                    title,
                    body: Vec::new(),
                });
                continue;
            }
            match &mut current {
                Some(attachment) if pending_title && text.is_some() => {
                    attachment.title = text.unwrap_or_default();
                    pending_title = false;
                }
                Some(attachment) => attachment.body.extend(block_of(&item)),
                None => tail.push(item),
            }
        }
        attachments.extend(current);
        if !tail.is_empty() {
            notes.push(format!(
                "结束语「{closing}」之后的{}段（落款、日期等）已放在正文末尾，请核对。",
                tail.len()
            ));
        }
    }
    let mut body: Vec<Block> = rest.iter().filter_map(block_of).collect();
    body.extend(tail.iter().filter_map(block_of));
    let title = title.concat();
    let report = Report {
        id: ReportId(0),
        // 「——…政府工作报告摘要」: the line under the title may name the kind.
        kind: match ReportKind::from_title(&title) {
            ReportKind::SpecialWorkReport if !title.contains("专项") => {
                ReportKind::from_title(&dash_line)
            }
            kind => kind,
        },
        title,
        submitter,
        presenter,
        entrusted_by: String::new(),
        date,
        salutation,
        body,
        closing,
        attachments,
    };
    (report, notes)
}

/// An item as a block: headings by their marks (or, for a short line, by the style's level).
fn block_of(item: &DocItem) -> Option<Block> {
    match item {
        DocItem::Table(table) => Some(Block::Table(table.clone())),
        DocItem::Paragraph {
            text, heading_hint, ..
        } => match block_from_line(text)? {
            Block::Heading(level, text) => Some(Block::Heading(level, strip_emphasis(&text))),
            Block::Paragraph(text) => match heading_hint {
                Some(level @ 1..=3) if text.chars().count() <= 60 => {
                    Some(Block::Heading(*level, strip_emphasis(&text)))
                }
                _ => Some(Block::Paragraph(text)),
            },
            table @ Block::Table(_) => Some(table),
        },
    }
}

impl ReportImport {
    /// How many half-width marks of Chinese text the report holds.
    pub fn half_width_marks(&self) -> usize {
        self.report.half_width_marks()
    }

    /// Makes the report's half-width punctuation full-width (「2023年,在」 → 「2023年，在」);
    /// returns how many marks changed.
    pub fn use_full_width_punctuation(&mut self) -> usize {
        let (report, changed) = self.report.with_full_width_punctuation();
        self.report = report;
        changed
    }

    /// The column heads of the preview's rows.
    pub const HEADINGS: [&'static str; 3] = ["序号", "类型", "内容"];

    /// The lines above the rows: the fields read and the notes.
    pub fn summary_lines(&self, target: Option<&Report>) -> Vec<String> {
        let report = &self.report;
        let or_none = |text: &str| {
            if text.is_empty() {
                "（未读出）".to_owned()
            } else {
                text.to_owned()
            }
        };
        let count = |f: fn(&Block) -> bool| report.body.iter().filter(|b| f(b)).count();
        let mut lines = vec![
            format!("导入报告：{}", self.source),
            match target {
                Some(old) => format!(
                    "方式：替换报告「{}」的内容（其议题、测评的关联不变）",
                    old.title
                ),
                None => "方式：新建一份报告".to_owned(),
            },
            format!("标题：{}", or_none(&report.title)),
            format!("类别：{}", report.kind.label()),
            format!("报告单位：{}", or_none(&report.submitter)),
            format!("报告人：{}", or_none(&report.presenter)),
            format!(
                "日期：{}",
                report.date.map_or_else(
                    || "（未读出，取会议日期）".to_owned(),
                    crate::wording::dates::chinese_date
                )
            ),
            format!("称呼：{}", or_none(&report.salutation)),
            format!("结束语：{}", or_none(&report.closing)),
            format!(
                "正文{}块：标题{}个，段落{}段，表格{}个；附件{}个。",
                report.body.len(),
                count(|b| matches!(b, Block::Heading(..))),
                count(|b| matches!(b, Block::Paragraph(_))),
                count(|b| matches!(b, Block::Table(_))),
                report.attachments.len()
            ),
        ];
        let marks = report.half_width_marks();
        if marks > 0 {
            lines.push(format!(
                "半角标点：{marks}处（如「2023年,在」），可在导入时改为全角。"
            ));
        }
        if self.notes.is_empty() {
            lines.push("全部内容均已读出。".to_owned());
        } else {
            lines.push(format!("请注意（{}项）：", self.notes.len()));
            lines.extend(self.notes.iter().map(|n| format!("　{n}")));
        }
        lines
    }

    /// Each block as a row: number, kind, the first characters.
    pub fn row_cells(&self) -> Vec<[String; 3]> {
        let shown = |text: &str| {
            let text = strip_emphasis(text);
            let short: String = text.chars().take(60).collect();
            if text.chars().count() > 60 {
                format!("{short}…")
            } else {
                short
            }
        };
        let mut rows: Vec<[String; 3]> = self
            .report
            .body
            .iter()
            .enumerate()
            .map(|(at, block)| {
                let (kind, text) = match block {
                    Block::Heading(level, text) => (format!("{level}级标题"), shown(text)),
                    Block::Paragraph(text) => ("段落".to_owned(), shown(text)),
                    Block::Table(table) => (
                        "表格".to_owned(),
                        format!(
                            "{}行×{}列：{}",
                            table.rows.len(),
                            table.rows.iter().map(Vec::len).max().unwrap_or(0),
                            shown(
                                &table
                                    .rows
                                    .first()
                                    .map(|r| r.join(" | "))
                                    .unwrap_or_default()
                            )
                        ),
                    ),
                };
                [(at + 1).to_string(), kind, text]
            })
            .collect();
        for attachment in &self.report.attachments {
            rows.push([
                String::new(),
                "附件".to_owned(),
                format!("{}（{}块）", attachment.title, attachment.body.len()),
            ]);
        }
        rows
    }

    /// The whole preview as text.
    pub fn text(&self, target: Option<&Report>) -> String {
        super::preview_text(
            &self.summary_lines(target),
            &Self::HEADINGS,
            &self.row_cells(),
        )
    }
}

impl Session {
    /// Carries out a report import: a new report at the end (`target` `None`), or the content of
    /// the report `target` replaced (its id, kind and links kept; fields the file does not give
    /// kept too). A missing date is the session's first day. Returns the report's id.
    pub fn apply_report_import(
        &mut self,
        import: &ReportImport,
        target: Option<ReportId>,
    ) -> ReportId {
        let read = &import.report;
        if let Some(id) = target
            && let Some(report) = self.reports.iter_mut().find(|r| r.id == id)
        {
            let keep = |old: &mut String, new: &str| {
                if !new.is_empty() {
                    new.clone_into(old);
                }
            };
            keep(&mut report.title, &read.title);
            keep(&mut report.submitter, &read.submitter);
            keep(&mut report.presenter, &read.presenter);
            keep(&mut report.salutation, &read.salutation);
            keep(&mut report.closing, &read.closing);
            report.date = read.date.or(report.date);
            report.body.clone_from(&read.body);
            report.attachments.clone_from(&read.attachments);
            return id;
        }
        let id = next_id(self.reports.iter().map(|r| r.id));
        let mut report = read.clone();
        report.id = id;
        report.date = report.date.or(self.first_date());
        self.reports.push(report);
        id
    }
}
