//! The body of a Word document (`word/document.xml`) as paragraphs and tables, read with zip and
//! quick-xml. Bold runs inside a paragraph become `**…**`, as the model marks emphasis; a
//! heading style is kept as a hint. Everything else in the body — pictures, text boxes, charts,
//! formulas, embedded objects, footnotes, comments — is not imported but named in
//! [`DocxBody::notes`] with the paragraph it was in, so the preview says what was left out.

use std::io::Read;
use std::path::Path;

use quick_xml::events::{BytesStart, Event};

use super::ImportError;
use crate::model::Table;

/// One item of a document's body, in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DocItem {
    /// A paragraph.
    Paragraph {
        /// Its text, bold runs inside running text as `**…**`.
        text: String,
        /// The outline level its style gives (1 for 标题 1 …), if any.
        heading_hint: Option<u8>,
        /// Centred (a title line).
        centered: bool,
    },
    /// A table.
    Table(Table),
}

impl DocItem {
    /// A plain paragraph.
    pub fn paragraph(text: impl Into<String>) -> Self {
        Self::Paragraph {
            text: text.into(),
            heading_hint: None,
            centered: false,
        }
    }
}

/// A document's body and what could not be read of it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DocxBody {
    /// The paragraphs and tables.
    pub items: Vec<DocItem>,
    /// What was left out, in Chinese: 「第12段：图片1幅」.
    pub notes: Vec<String>,
}

/// A damaged-document error.
fn damaged(path: &Path, reason: String) -> ImportError {
    ImportError::Damaged {
        path: path.to_owned(),
        what: "Word 文档（.docx）".to_owned(),
        reason,
    }
}

/// Reads the body of the DOCX `bytes` (the file `path`, for messages).
pub fn read_docx(path: &Path, bytes: &[u8]) -> Result<DocxBody, ImportError> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|e| damaged(path, super::source::zip_reason(&e)))?;
    let mut xml = Vec::new();
    {
        let entry = archive
            .by_name("word/document.xml")
            .map_err(|e| damaged(path, super::source::zip_reason(&e)))?;
        // A zip bomb stops at four times the import limit.
        entry
            .take(4 * super::MAX_IMPORT_BYTES)
            .read_to_end(&mut xml)
            .map_err(|e| {
                damaged(
                    path,
                    format!("正文无法解压（{}）", crate::io::io_reason(&e)),
                )
            })?;
    }
    parse_document_xml(&xml).map_err(|reason| damaged(path, reason))
}

/// The `w:val` attribute of an element.
fn val(element: &BytesStart<'_>) -> Option<String> {
    element
        .attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == b"val")
        .map(|a| String::from_utf8_lossy(&a.value).into_owned())
}

/// Whether a toggle property (`w:b`) is on: no value, or anything but 0/false/off.
fn toggle_on(element: &BytesStart<'_>) -> bool {
    !matches!(val(element).as_deref(), Some("0" | "false" | "off"))
}

/// The outline level a paragraph style id implies: Heading1 / 1 (Word's Chinese 标题 1) → 1.
fn style_level(style: &str) -> Option<u8> {
    let lower = style.to_ascii_lowercase();
    let digits = lower
        .strip_prefix("heading")
        .or_else(|| lower.strip_prefix("标题"))
        .unwrap_or(&lower);
    digits.parse::<u8>().ok().filter(|l| (1..=9).contains(l))
}

/// What is being skipped, and what it turned out to hold.
#[derive(Default)]
struct Skip {
    depth: usize,
    kind: &'static str,
    text: String,
}

/// A table being read.
#[derive(Default)]
struct TableBuilder {
    rows: Vec<Vec<String>>,
    row: Vec<String>,
    cell: Option<String>,
    span: usize,
    continued: bool,
    header_rows: u32,
    row_is_header: bool,
}

/// The reader's state over `document.xml`.
#[derive(Default)]
struct Walker {
    body: DocxBody,
    runs: Vec<(String, bool)>,
    in_paragraph: bool,
    heading_hint: Option<u8>,
    centered: bool,
    in_ppr: bool,
    bold: bool,
    in_text: bool,
    tables: Vec<TableBuilder>,
    nested_tables: usize,
    skip: Option<Skip>,
    paragraphs: usize,
}

impl Walker {
    fn note(&mut self, what: &str) {
        let at = self.paragraphs + 1;
        let place = if self.tables.is_empty() {
            format!("第{at}段")
        } else {
            format!("第{at}段附近的表格中")
        };
        self.body.notes.push(format!("{place}：{what}，未导入"));
    }

    fn push_text(&mut self, text: &str) {
        if !self.in_paragraph {
            return;
        }
        match self.runs.last_mut() {
            Some((last, bold)) if *bold == self.bold => last.push_str(text),
            _ => self.runs.push((text.to_owned(), self.bold)),
        }
    }

    /// The paragraph's text: bold runs marked unless the whole paragraph is bold.
    fn paragraph_text(&mut self) -> String {
        let runs = std::mem::take(&mut self.runs);
        let all_bold = runs.iter().all(|(t, b)| *b || t.trim().is_empty());
        let mut text = String::new();
        for (run, bold) in runs {
            if bold && !all_bold && !run.trim().is_empty() {
                text.push_str("**");
                text.push_str(run.trim());
                text.push_str("**");
            } else {
                text.push_str(&run);
            }
        }
        text
    }

    fn start(&mut self, element: &BytesStart<'_>, empty: bool) {
        let name = element.local_name();
        let name = name.as_ref();
        if let Some(skip) = &mut self.skip {
            match name {
                b"txbxContent" => skip.kind = "文本框",
                b"chart" if skip.kind != "文本框" => skip.kind = "图表",
                b"pic" | b"blip" | b"imagedata" if skip.kind == "图形" => skip.kind = "图片",
                b"OLEObject" => skip.kind = "嵌入对象",
                b"p" if !skip.text.is_empty() => skip.text.push(' '),
                _ => {}
            }
            if !empty {
                skip.depth += 1;
            }
            return;
        }
        let kind = match name {
            b"drawing" | b"pict" => Some("图形"),
            b"object" => Some("嵌入对象"),
            b"oMath" | b"oMathPara" => Some("公式"),
            b"Fallback" => Some(""),
            _ => None,
        };
        if let Some(kind) = kind {
            if empty {
                if !kind.is_empty() {
                    self.note(kind);
                }
            } else {
                self.skip = Some(Skip {
                    depth: 1,
                    kind,
                    text: String::new(),
                });
            }
            return;
        }
        match name {
            b"p" => {
                self.in_paragraph = true;
                self.runs.clear();
                self.heading_hint = None;
                self.centered = false;
                if empty {
                    self.end_paragraph();
                }
            }
            b"pPr" if !empty => self.in_ppr = true,
            b"pStyle" if self.in_ppr => {
                self.heading_hint = val(element).as_deref().and_then(style_level);
            }
            b"outlineLvl" if self.in_ppr => {
                if let Some(level) = val(element).and_then(|v| v.parse::<u8>().ok())
                    && level < 9
                {
                    self.heading_hint = Some(level + 1);
                }
            }
            b"jc" if self.in_ppr => self.centered = val(element).as_deref() == Some("center"),
            b"r" => self.bold = false,
            b"b" if !self.in_ppr => self.bold = toggle_on(element),
            b"t" if !empty => self.in_text = true,
            b"tab" if !self.in_ppr => self.push_text(" "),
            b"br" | b"cr" if !self.in_ppr => self.push_text("\n"),
            b"footnoteReference" => self.note("脚注（脚注内容）"),
            b"endnoteReference" => self.note("尾注（尾注内容）"),
            b"commentReference" => self.note("批注"),
            b"tbl" => {
                if self.tables.last().is_some_and(|t| t.cell.is_some()) {
                    self.nested_tables += 1;
                    if self.nested_tables == 1 {
                        self.body.notes.push(format!(
                            "第{}段附近：表格中嵌套的表格已并入外层单元格的文字",
                            self.paragraphs + 1
                        ));
                    }
                } else if !empty {
                    self.tables.push(TableBuilder::default());
                }
            }
            _ if self.nested_tables > 0 => {}
            b"tr" => {
                if let Some(table) = self.tables.last_mut() {
                    table.row.clear();
                    table.row_is_header = false;
                }
            }
            b"tblHeader" => {
                if let Some(table) = self.tables.last_mut() {
                    table.row_is_header = toggle_on(element);
                }
            }
            b"tc" => {
                if let Some(table) = self.tables.last_mut() {
                    table.cell = Some(String::new());
                    table.span = 1;
                    table.continued = false;
                }
            }
            b"gridSpan" => {
                if let Some(table) = self.tables.last_mut() {
                    table.span = val(element)
                        .and_then(|v| v.parse::<usize>().ok())
                        .unwrap_or(1)
                        .clamp(1, 64);
                }
            }
            b"vMerge" => {
                if let Some(table) = self.tables.last_mut() {
                    table.continued = val(element).as_deref() != Some("restart");
                }
            }
            _ => {}
        }
    }

    fn end_paragraph(&mut self) {
        self.in_paragraph = false;
        let text = self.paragraph_text();
        if let Some(table) = self.tables.last_mut()
            && let Some(cell) = &mut table.cell
        {
            let text = text.replace("**", "");
            if !text.trim().is_empty() {
                if !cell.is_empty() {
                    cell.push('\n');
                }
                cell.push_str(text.trim());
            }
            return;
        }
        for line in text.split('\n') {
            self.paragraphs += 1;
            self.body.items.push(DocItem::Paragraph {
                text: line.to_owned(),
                heading_hint: self.heading_hint,
                centered: self.centered,
            });
        }
    }

    fn end(&mut self, name: &[u8]) {
        if let Some(skip) = &mut self.skip {
            skip.depth -= 1;
            if skip.depth == 0 {
                let done = std::mem::take(skip);
                self.skip = None;
                if !done.kind.is_empty() {
                    let text: String = done.text.split_whitespace().collect::<Vec<_>>().join(" ");
                    let what = if text.is_empty() {
                        format!("{}1处", done.kind)
                    } else {
                        let shown: String = text.chars().take(40).collect();
                        let more = if text.chars().count() > 40 { "…" } else { "" };
                        format!("{}1处（文字「{shown}{more}」）", done.kind)
                    };
                    self.note(&what);
                }
            }
            return;
        }
        match name {
            b"p" => self.end_paragraph(),
            b"pPr" => self.in_ppr = false,
            b"t" => self.in_text = false,
            b"tbl" if self.nested_tables > 0 => self.nested_tables -= 1,
            _ if self.nested_tables > 0 => {}
            b"tc" => {
                if let Some(table) = self.tables.last_mut()
                    && let Some(cell) = table.cell.take()
                {
                    let cell = if table.continued { String::new() } else { cell };
                    table.row.push(cell);
                    for _ in 1..table.span {
                        table.row.push(String::new());
                    }
                }
            }
            b"tr" => {
                if let Some(table) = self.tables.last_mut() {
                    let row = std::mem::take(&mut table.row);
                    if table.row_is_header && table.rows.len() == table.header_rows as usize {
                        table.header_rows += 1;
                    }
                    table.rows.push(row);
                }
            }
            b"tbl" => {
                if let Some(table) = self.tables.pop() {
                    let header_rows = if table.header_rows > 0 {
                        table.header_rows
                    } else {
                        1
                    };
                    self.body.items.push(DocItem::Table(Table {
                        caption: String::new(),
                        header_rows: header_rows.min(table.rows.len() as u32),
                        rows: table.rows,
                    }));
                }
            }
            _ => {}
        }
    }

    fn text(&mut self, text: &str) {
        if let Some(skip) = &mut self.skip {
            if skip.kind == "文本框" || skip.kind == "图形" {
                skip.text.push_str(text);
            }
            return;
        }
        if self.in_text {
            self.push_text(text);
        }
    }
}

/// A named entity's character.
fn entity(name: &str) -> Option<char> {
    Some(match name {
        "lt" => '<',
        "gt" => '>',
        "amp" => '&',
        "quot" => '"',
        "apos" => '\'',
        _ => return None,
    })
}

/// Parses `word/document.xml`; `Err` says in Chinese where the XML is broken.
pub fn parse_document_xml(xml: &[u8]) -> Result<DocxBody, String> {
    let mut reader = quick_xml::Reader::from_reader(xml);
    reader.config_mut().trim_text(false);
    let mut walker = Walker::default();
    loop {
        let event = reader.read_event().map_err(|error| {
            format!(
                "正文的 XML 在第{}字节处有误（{error}）",
                reader.buffer_position()
            )
        })?;
        match event {
            Event::Start(element) => walker.start(&element, false),
            Event::Empty(element) => walker.start(&element, true),
            Event::End(element) => walker.end(element.local_name().as_ref()),
            Event::Text(text) => {
                let text = text
                    .xml10_content()
                    .map_err(|e| format!("正文中有无法识别的文字编码（{e}）"))?;
                walker.text(&text);
            }
            Event::CData(text) => {
                let text = String::from_utf8_lossy(&text).into_owned();
                walker.text(&text);
            }
            Event::GeneralRef(reference) => {
                let resolved = match reference.resolve_char_ref() {
                    Ok(Some(c)) => Some(c),
                    _ => reference.decode().ok().and_then(|name| entity(&name)),
                };
                if let Some(c) = resolved {
                    walker.text(c.encode_utf8(&mut [0; 4]));
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(walker.body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_tables_and_what_is_left_out() {
        let xml = r#"<?xml version="1.0" encoding="UTF-8"?>
<w:document xmlns:w="w"><w:body>
<w:p><w:pPr><w:jc w:val="center"/><w:rPr><w:b/></w:rPr></w:pPr><w:r><w:t>关于某项工作的报告</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">一是</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>加强养老</w:t></w:r><w:r><w:t>服务&amp;管理</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="2"/></w:pPr><w:r><w:t>（一）主要做法</w:t></w:r><w:r><w:drawing><wp:inline><a:graphic><pic:pic/></a:graphic></wp:inline></w:drawing></w:r></w:p>
<w:tbl><w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>指标</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:p><w:r><w:t>甲</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
<w:p><w:r><w:t>见注</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>
</w:body></w:document>"#;
        let body = parse_document_xml(xml.as_bytes()).unwrap();
        assert_eq!(body.items.len(), 5, "{body:?}");
        assert_eq!(
            body.items[0],
            DocItem::Paragraph {
                text: "关于某项工作的报告".to_owned(),
                heading_hint: None,
                centered: true
            }
        );
        let DocItem::Paragraph { text, .. } = &body.items[1] else {
            panic!()
        };
        assert_eq!(text, "一是**加强养老**服务&管理");
        let DocItem::Paragraph { heading_hint, .. } = &body.items[2] else {
            panic!()
        };
        assert_eq!(*heading_hint, Some(2));
        let DocItem::Table(table) = &body.items[3] else {
            panic!()
        };
        assert_eq!(table.rows, [vec!["指标", ""], vec!["甲", "1"]]);
        assert_eq!(table.header_rows, 1);
        assert_eq!(body.notes.len(), 2, "{:?}", body.notes);
        assert!(body.notes[0].contains("第3段") && body.notes[0].contains("图片"));
        assert!(body.notes[1].contains("脚注"));
        assert!(parse_document_xml(b"<w:document><w:body><w:p></w:body>").is_err());
    }
}
