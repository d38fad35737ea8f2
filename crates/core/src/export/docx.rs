//! Word (.docx) writer, laid out after GB/T 9704-2012 《党政机关公文格式》: A4; margins top 37 mm,
//! bottom 35 mm, left 28 mm, right 26 mm (a 156 × 225 mm text block); 22 lines of 28 characters
//! (a line grid, lines exactly 28.95 pt apart, body type set to 28 a line); body 3号仿宋_GB2312, title
//! 2号方正小标宋简体 centred, headings 「一、」 黑体 and 「（一）」 楷体_GB2312, first lines indented two
//! characters; page numbers 「— 1 —」 in 4号宋体 at the foot, odd pages right, even pages left.
//!
//! Fonts are named as Chinese offices have them installed; Word, WPS and LibreOffice substitute
//! a similar face where one is missing.

use std::io::Cursor;

use docx_rs::{
    AlignmentType, BorderType, BreakType, DocGrid, DocGridType, Docx, FieldCharType, Footer,
    HeightRule, InstrPAGE, InstrPAGEREF, InstrText, LineSpacing, LineSpacingType, PageMargin,
    PageNumType, Paragraph, Run, RunFonts, SectionProperty, SpecialIndentType, Style, StyleType,
    Tab, TabLeaderType, TabValueType, Table, TableAlignmentType, TableBorder, TableBorderPosition,
    TableBorders, TableCell, TableCellMargins, TableRow, VAlignType, WidthType,
};

use super::ExportError;
use super::doc::measure::{
    BODY_LINE_CHARS, BODY_SIZE, CHAR, CHAR_SPACING, COVER_SIZE, FORM_SIZE, LINE_PITCH,
    LINES_PER_PAGE, PAGE_NUMBER_SIZE, TABLE_SIZE, TITLE_LINE_CHARS, TITLE_SIZE,
};
use super::doc::{
    ContentsEntry, Cover, Doc, DocBlock, Face, Form, FormText, LINE_PT, Labelled, LabelledText,
    PageNumbering, PageStyle, Signature, Span,
};
use crate::model;

/// Twips (1/20 pt) per millimetre.
const TWIPS_PER_MM: f64 = 1440.0 / 25.4;
/// The footer's distance from the page edge, so that the page number's dash line sits about
/// 7 mm below the text block (GB/T 9704 §7.5).
const FOOTER_MM: f64 = 24.0;
/// The height a form's head row is written with, one twip short of a line, so that the packer
/// can find the head rows and mark them to repeat on every page (docx-rs has no `tblHeader`).
const HEAD_MARK: usize = LINE_PITCH - 2;
/// The rules of a form's box, in eighths of a point: 1.5 pt outside, 0.5 pt inside.
const FORM_OUTER_RULE: usize = 12;
const FORM_INNER_RULE: usize = 4;
/// The space left and right inside a form's cell, in twips (3 pt): 「序号」 and 「赞成」 stand on
/// one line in columns two and a half characters wide.
const FORM_CELL_MARGIN: usize = 60;
/// The styles of a form's cells and of its head.
const FORM_CELL_STYLE: &str = "FormCell";
const FORM_HEAD_STYLE: &str = "FormHead";
// Body text is set flush left (a paragraph's default, so it says nothing of it), not justified:
// every character has the same width, so the lines end evenly all the same, and LibreOffice
// (7.x) drops a punctuation mark that would hang at the end of a full justified line
// (「尚欣、郑辉」 printed 「尚欣郑辉」).
/// The text block's width in twips of A4 portrait with the GB/T 9704 margins (156 mm).
pub(super) const TEXT_WIDTH: usize = 8844;

/// The text block's width in twips on `page`, for table columns.
pub(super) fn text_width(page: super::doc::PageLayout) -> usize {
    if page == super::doc::PageLayout::A4Portrait {
        return TEXT_WIDTH;
    }
    let (width, _) = page.size_mm();
    let (_, _, left, right) = page.margins_mm();
    usize::try_from(mm(width - left - right)).unwrap_or(TEXT_WIDTH)
}

/// Millimetres of a page in whole twips.
fn twips(value: f64) -> u32 {
    u32::try_from(mm(value)).unwrap_or(0)
}

/// How a face is set in Word's runs.
trait RunFace {
    /// The run fonts.
    fn fonts(self) -> RunFonts;
}

impl RunFace for Face {
    /// The run fonts: the Chinese face for East Asian text, Times New Roman for Latin letters
    /// and digits (as official templates set them), and the East Asian hint so that dashes and
    /// quotation marks take the Chinese face.
    fn fonts(self) -> RunFonts {
        let latin = match self {
            Self::Song => self.name(),
            _ => "Times New Roman",
        };
        RunFonts::new()
            .east_asia(self.name())
            .ascii(latin)
            .hi_ansi(latin)
            .cs(latin)
            .hint("eastAsia")
    }
}

/// Writes a document as the bytes of a .docx file.
pub fn write(doc: &Doc) -> Result<Vec<u8>, ExportError> {
    let (top, bottom, left, right) = doc.page.margins_mm();
    let (width, height) = doc.page.size_mm();
    let mut docx = Docx::new()
        .page_size(twips(width), twips(height))
        .page_margin(
            PageMargin::new()
                .top(mm(top))
                .bottom(mm(bottom))
                .left(mm(left))
                .right(mm(right))
                .header(mm(15.0))
                .footer(mm(FOOTER_MM))
                .gutter(0),
        )
        // The body's face, size, tightening and line are the document's defaults, so that the
        // body's runs and paragraphs carry no properties of their own: a third less XML to write
        // and to compress (the example's gazette 1.08 MB → about 0.7 MB).
        .default_fonts(Face::FangSong.fonts())
        .default_size(BODY_SIZE)
        .default_spacing(CHAR_SPACING)
        .default_line_spacing(body_line());
    // How each section's pages are numbered: the first by the document's style (or a section
    // mark at the very start), the others by the section marks.
    let mut numberings = vec![match doc.blocks.first() {
        Some(DocBlock::Section(numbering)) => *numbering,
        _ => match doc.pages {
            PageStyle::Official => PageNumbering::FromOne,
            PageStyle::Form => PageNumbering::None,
        },
    }];
    numberings.extend(doc.blocks.iter().skip(1).filter_map(|b| match b {
        DocBlock::Section(numbering) => Some(*numbering),
        _ => None,
    }));
    if numberings.contains(&PageNumbering::FromOne) {
        docx = docx
            .footer(page_number_footer(true))
            .even_footer(page_number_footer(false));
    }
    if width > height {
        docx = docx.page_orient(docx_rs::PageOrientationType::Landscape);
    }
    if doc.blocks.iter().any(|b| matches!(b, DocBlock::Form(_))) {
        docx = docx.add_style(form_style(
            FORM_HEAD_STYLE,
            "表格标题",
            Face::Hei,
            FORM_SIZE,
        ));
        for text in FormText::ALL {
            let (id, name, size) = form_cell_style(text);
            docx = docx.add_style(form_style(id, name, Face::FangSong, size));
        }
    }
    docx.document = docx.document.doc_grid(
        DocGrid::new()
            .grid_type(DocGridType::Lines)
            .line_pitch(LINE_PITCH),
    );
    // The page settings every section shares; each section's own numbering is set below.
    let shared = docx.document.section_property.clone();
    let section_of = |numbering: PageNumbering| -> SectionProperty {
        let mut property = shared.clone();
        match numbering {
            PageNumbering::FromOne => {
                property.page_num_type = Some(PageNumType::new().start(1));
            }
            // A section without numbers has no footers (the first section of a document, the
            // only place one stands, inherits none).
            PageNumbering::None => {
                property.footer_reference = None;
                property.even_footer_reference = None;
                property.first_footer_reference = None;
                property.footer = None;
                property.even_footer = None;
                property.first_footer = None;
            }
        }
        property
    };
    let sections_restart = numberings.len() > 1;
    let last = numberings.last().copied().unwrap_or(PageNumbering::None);
    let pages = estimated_pages(doc);
    let mut section = 0usize;
    let mut page_break_pending = false;
    let mut anchor_pending: Option<&str> = None;
    let mut bookmark = 0usize;
    for (index, block) in doc.blocks.iter().enumerate() {
        match block {
            DocBlock::PageBreak => {
                page_break_pending = true;
                continue;
            }
            DocBlock::Section(_) if index == 0 => continue,
            DocBlock::Section(_) => {
                // The section ends with a paragraph that holds its properties; the next one
                // starts on a new page.
                let ending = body_paragraph().section_property(section_of(numberings[section]));
                docx = docx.add_paragraph(ending);
                section += 1;
                page_break_pending = false;
                continue;
            }
            DocBlock::Anchor(name) => {
                anchor_pending = Some(name);
                continue;
            }
            DocBlock::Contents(entries) => {
                docx = docx.add_paragraph(
                    body_paragraph()
                        .align(AlignmentType::Center)
                        .page_break_before(std::mem::take(&mut page_break_pending))
                        .add_run(run(&doc.contents_heading, Face::Hei, TITLE_SIZE, false)),
                );
                docx = docx.add_paragraph(body_paragraph());
                for entry in entries {
                    let page = pages
                        .iter()
                        .find(|(anchor, _)| *anchor == entry.anchor)
                        .map_or(1, |(_, page)| *page);
                    docx = docx.add_paragraph(contents_line(entry, page));
                }
                continue;
            }
            DocBlock::Cover(cover) => {
                for paragraph in cover_paragraphs(cover) {
                    docx = docx.add_paragraph(paragraph);
                }
                continue;
            }
            DocBlock::Signature(signature) => {
                for paragraph in signature_paragraphs(signature) {
                    docx = docx.add_paragraph(paragraph);
                }
                continue;
            }
            _ => {}
        }
        if let Some(name) = anchor_pending.take() {
            // A table cannot hold the bookmark: an empty line before it does.
            if matches!(block, DocBlock::Table(_) | DocBlock::Form(_)) {
                bookmark += 1;
                docx = docx.add_paragraph(
                    body_paragraph()
                        .page_break_before(std::mem::take(&mut page_break_pending))
                        .add_bookmark_start(bookmark, name)
                        .add_bookmark_end(bookmark),
                );
            } else {
                bookmark += 1;
                let paragraph = paragraph_of(block)
                    .page_break_before(std::mem::take(&mut page_break_pending))
                    .add_bookmark_start(bookmark, name)
                    .add_bookmark_end(bookmark);
                docx = docx.add_paragraph(paragraph);
                continue;
            }
        }
        if let DocBlock::Table(table) = block {
            if page_break_pending || !table.caption.is_empty() {
                let caption = if table.caption.is_empty() {
                    body_paragraph()
                } else {
                    body_paragraph().align(AlignmentType::Center).add_run(run(
                        &table.caption,
                        Face::Hei,
                        BODY_SIZE,
                        false,
                    ))
                };
                docx = docx.add_paragraph(caption.page_break_before(page_break_pending));
                page_break_pending = false;
            }
            docx = docx.add_table(table_of(table, text_width(doc.page)));
            continue;
        }
        if let DocBlock::Form(form) = block {
            if page_break_pending {
                docx = docx.add_paragraph(body_paragraph().page_break_before(true));
                page_break_pending = false;
            }
            docx = docx.add_table(form_table(form));
            continue;
        }
        let paragraph = paragraph_of(block).page_break_before(page_break_pending);
        page_break_pending = false;
        docx = docx.add_paragraph(paragraph);
    }
    // The last section's properties are the document's own.
    if sections_restart || last == PageNumbering::None {
        let property = section_of(last);
        docx.document.section_property = property;
    }
    // Only a form's head repeats: a document without one (a gazette) is not searched for them.
    let heads = doc
        .blocks
        .iter()
        .any(|b| matches!(b, DocBlock::Form(form) if form.repeat_head));
    // A form is printed in copies, one like the other: worth the slower, longer-reaching
    // compression (the example's 172 pages of ballots: 53 KB at level 3, 45 KB at level 6,
    // LibreOffice 33 KB); an official document is not.
    let level = match doc.pages {
        PageStyle::Form => 6,
        PageStyle::Official => 3,
    };
    pack_deflated(&docx.build(), heads, level).map_err(|error| ExportError::Docx {
        reason: error.to_string(),
    })
}

/// A line of a table of contents: the title, a dotted leader to the right margin and the page
/// the part starts on, as a PAGEREF field to the part's bookmark (a word processor works the
/// page out itself; the number written is the estimate of [`estimated_pages`]).
fn contents_line(entry: &ContentsEntry, page: u32) -> Paragraph {
    let width = i32::try_from(TEXT_WIDTH).unwrap_or(i32::MAX);
    let title = format!("{}\t", entry.title);
    body_paragraph()
        .align(AlignmentType::Left)
        .add_tab(
            Tab::new()
                .val(TabValueType::Right)
                .leader(TabLeaderType::Dot)
                .pos(usize::try_from(width).unwrap_or(TEXT_WIDTH)),
        )
        .add_run(run(&title, Face::FangSong, BODY_SIZE, false))
        .add_run(
            Run::new()
                .fonts(Face::FangSong.fonts())
                .size(BODY_SIZE)
                .add_field_char(FieldCharType::Begin, false)
                .add_instr_text(InstrText::PAGEREF(
                    InstrPAGEREF::new(entry.anchor.as_str()).hyperlink(),
                ))
                .add_field_char(FieldCharType::Separate, false)
                .add_text(page.to_string())
                .add_field_char(FieldCharType::End, false),
        )
}

/// A cover page: the name in 小初 (36 pt) a third of the way down, the lines under it in 楷体,
/// the issuer and the date at the foot.
fn cover_paragraphs(cover: &Cover) -> Vec<Paragraph> {
    let centred = |text: &str, face: Face, size: usize| {
        body_paragraph()
            .align(AlignmentType::Center)
            .snap_to_grid(false)
            .add_run(run(text, face, size, false))
    };
    let mut paragraphs: Vec<Paragraph> = (0..4).map(|_| body_paragraph()).collect();
    if !cover.above.is_empty() {
        paragraphs.push(centred(&cover.above, Face::XiaoBiaoSong, TITLE_SIZE));
        paragraphs.push(body_paragraph());
    }
    paragraphs.push(
        Paragraph::new()
            .line_spacing(
                LineSpacing::new()
                    .line_rule(LineSpacingType::Exact)
                    .line(3 * LINE_PITCH as i32)
                    .before(0)
                    .after(0),
            )
            .align(AlignmentType::Center)
            .snap_to_grid(false)
            .add_run(run(&cover.name, Face::XiaoBiaoSong, COVER_SIZE, false)),
    );
    paragraphs.push(body_paragraph());
    for line in &cover.below {
        paragraphs.push(centred(line, Face::Kai, BODY_SIZE));
    }
    // The foot: as many empty lines as leave the issuer and the date at the bottom.
    let used = 4 + usize::from(!cover.above.is_empty()) * 2 + 3 + 1 + cover.below.len();
    let foot = cover.foot.len();
    for _ in used..LINES_PER_PAGE.saturating_sub(foot + 1) {
        paragraphs.push(body_paragraph());
    }
    for line in &cover.foot {
        paragraphs.push(centred(line, Face::Kai, BODY_SIZE));
    }
    paragraphs
}

/// A signature block laid out as GB/T 9704 §7.3.5.1 does for a sealed document: the date four
/// characters in from the right, every line of the issuer centred over it; an issuer too long
/// for that keeps two characters from the right and the date is centred under it.
fn signature_paragraphs(signature: &Signature) -> Vec<Paragraph> {
    let axis = signature.axis_chars();
    let width = super::doc::width_chars;
    let line = |text: &str| {
        let indent = ((axis - width(text) / 2.0) * f64::from(CHAR)).round() as i32;
        body_paragraph()
            .align(AlignmentType::Right)
            .indent(None, None, Some(indent.max(0)), None)
            .add_run(run(text, Face::FangSong, BODY_SIZE, false))
    };
    let mut paragraphs: Vec<Paragraph> = signature.issuer.iter().map(|l| line(l)).collect();
    if !signature.date.is_empty() {
        paragraphs.push(line(&signature.date));
    }
    paragraphs
}

/// The page each anchor of the document falls on, estimated line by line on the GB/T 9704 grid
/// (22 lines of 28 characters; a table row about half a line a line of its text). A word
/// processor recomputes the pages of a PAGEREF field; the estimate is what shows until it does.
pub fn estimated_pages(doc: &Doc) -> Vec<(String, u32)> {
    let per_page = f64::from(doc.page.lines_per_page());
    // A line holds a little less than 28 characters on average: a mark may not begin a line
    // (避头尾), which pushes a character on. Measured against LibreOffice on the example's gazette
    // (256 pages): the estimate is within two pages of the real start of every part.
    let chars = f64::from(doc.page.chars_per_line()) * 27.6 / 28.0;
    let width = |text: &str| -> f64 {
        text.chars()
            .map(|c| if c.is_ascii() { 0.5 } else { 1.0 })
            .sum()
    };
    let wrapped = |text: &str, indent: f64| -> f64 {
        text.split('\n')
            .map(|line| ((width(line) + indent) / chars).ceil().max(1.0))
            .sum()
    };
    let mut found = Vec::new();
    let mut page = 1u32;
    let mut used = 0.0f64;
    let new_page = |page: &mut u32, used: &mut f64, restart: bool| {
        if restart {
            *page = 1;
        } else if *used > 0.0 {
            *page += 1;
        }
        *used = 0.0;
    };
    for block in &doc.blocks {
        let lines = match block {
            DocBlock::PageBreak => {
                new_page(&mut page, &mut used, false);
                continue;
            }
            DocBlock::Section(numbering) => {
                new_page(&mut page, &mut used, *numbering == PageNumbering::FromOne);
                continue;
            }
            DocBlock::Anchor(name) => {
                found.push((name.clone(), page));
                continue;
            }
            DocBlock::Title(text) => balanced(text, TITLE_LINE_CHARS).lines().count() as f64,
            DocBlock::Centered(text) => balanced(text, BODY_LINE_CHARS).lines().count() as f64,
            DocBlock::Heading(_, text) => wrapped(text, 2.0),
            DocBlock::Paragraph(spans) => wrapped(&super::text::plain_of(spans), 2.0),
            DocBlock::Plain(text)
            | DocBlock::RightAligned(text)
            | DocBlock::AttachmentMark(text) => wrapped(text, 0.0),
            DocBlock::Labelled(labelled) => labelled.text.lines().len().max(1) as f64,
            DocBlock::Table(table) => {
                let columns = table.rows.iter().map(Vec::len).max().unwrap_or(1).max(1) as f64;
                let per_cell = (chars * 1.3 / columns).max(2.0);
                let rows: f64 = table
                    .rows
                    .iter()
                    .map(|row| {
                        row.iter()
                            .map(|cell| (width(cell) / per_cell).ceil().max(1.0))
                            .fold(1.0, f64::max)
                            * 0.8
                    })
                    .sum();
                rows + f64::from(u8::from(!table.caption.is_empty()))
            }
            DocBlock::Form(form) => {
                1.0 + form.rows.len() as f64 * (f64::from(form.row_height_pt) / LINE_PT).max(0.6)
            }
            DocBlock::Blank => 1.0,
            DocBlock::Signature(signature) => {
                (signature.issuer.len() + usize::from(!signature.date.is_empty())) as f64
            }
            DocBlock::Cover(_) => per_page,
            DocBlock::Contents(entries) => 2.0 + entries.len() as f64,
        };
        used += lines;
        while used > per_page {
            page += 1;
            used -= per_page;
        }
    }
    found
}

/// The document's XML with every form head written with [`HEAD_MARK`] marked as a head that
/// repeats on every page the table runs over, at the height of a line.
fn mark_head_rows(document: &[u8]) -> std::borrow::Cow<'_, [u8]> {
    let marked = format!("<w:trHeight w:val=\"{HEAD_MARK}\" w:hRule=\"atLeast\" />");
    let head = format!("<w:tblHeader /><w:trHeight w:val=\"{LINE_PITCH}\" w:hRule=\"atLeast\" />");
    let needle = marked.as_bytes();
    let Some(first) = find(document, needle, 0) else {
        return std::borrow::Cow::Borrowed(document);
    };
    let mut out = Vec::with_capacity(document.len() + 64);
    let mut from = 0;
    let mut at = Some(first);
    while let Some(found) = at {
        out.extend_from_slice(&document[from..found]);
        out.extend_from_slice(head.as_bytes());
        from = found + needle.len();
        at = find(document, needle, from);
    }
    out.extend_from_slice(&document[from..]);
    std::borrow::Cow::Owned(out)
}

/// The first place of `needle` in `haystack` at or after `from`.
fn find(haystack: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    haystack
        .get(from..)?
        .windows(needle.len())
        .position(|window| window == needle)
        .map(|at| at + from)
}

/// The parts of a document as a compressed DOCX (ZIP) archive deflated at `level`, the forms'
/// head rows marked to repeat where `heads` says the document has some. docx-rs stores every part
/// uncompressed (its packer hard-codes `Stored`), which made the gazette 1.0 MB where a word
/// processor writes 0.15 MB for the same text; the zip writer it is built on deflates as well
/// (zlib-rs, already in the tree), so the parts are written here the same way, deflated.
fn pack_deflated(
    xml: &docx_rs::XMLDocx,
    heads: bool,
    level: i64,
) -> zip::result::ZipResult<Vec<u8>> {
    use std::io::Write;
    use zip::write::SimpleFileOptions;
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    // `level` 3 for an official document: measured on the example's gazette (0.74 MB of XML),
    // zlib-rs takes 4.6 ms for 164 KB, against 2.7 ms for 226 KB at level 1 and 7.8 ms for
    // 156 KB at level 6; LibreOffice writes the same document in 171 KB (docs/PERFORMANCE.md).
    let options = SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .compression_level(Some(level))
        .unix_permissions(0o644);
    let part = |zip: &mut zip::ZipWriter<Cursor<Vec<u8>>>, name: &str, bytes: &[u8]| {
        zip.start_file(name, options)?;
        zip.write_all(bytes)?;
        Ok::<(), zip::result::ZipError>(())
    };
    part(&mut zip, "[Content_Types].xml", &xml.content_type)?;
    part(&mut zip, "_rels/.rels", &xml.rels)?;
    part(&mut zip, "docProps/app.xml", &xml.doc_props.app)?;
    part(&mut zip, "docProps/core.xml", &xml.doc_props.core)?;
    part(&mut zip, "docProps/custom.xml", &xml.doc_props.custom)?;
    part(&mut zip, "word/_rels/document.xml.rels", &xml.document_rels)?;
    if heads {
        part(
            &mut zip,
            "word/document.xml",
            &mark_head_rows(&xml.document),
        )?;
    } else {
        part(&mut zip, "word/document.xml", &xml.document)?;
    }
    part(&mut zip, "word/styles.xml", &xml.styles)?;
    part(&mut zip, "word/settings.xml", &xml.settings)?;
    part(&mut zip, "word/fontTable.xml", &xml.font_table)?;
    part(&mut zip, "word/comments.xml", &xml.comments)?;
    part(&mut zip, "word/numbering.xml", &xml.numberings)?;
    part(
        &mut zip,
        "word/commentsExtended.xml",
        &xml.comments_extended,
    )?;
    part(&mut zip, "word/footnotes.xml", &xml.footnotes)?;
    for (index, header) in xml.headers.iter().enumerate() {
        part(&mut zip, &format!("word/header{}.xml", index + 1), header)?;
        if let Some(rels) = xml.header_rels.get(index) {
            let name = format!("word/_rels/header{}.xml.rels", index + 1);
            part(&mut zip, &name, rels)?;
        }
    }
    for (index, footer) in xml.footers.iter().enumerate() {
        part(&mut zip, &format!("word/footer{}.xml", index + 1), footer)?;
        if let Some(rels) = xml.footer_rels.get(index) {
            let name = format!("word/_rels/footer{}.xml.rels", index + 1);
            part(&mut zip, &name, rels)?;
        }
    }
    Ok(zip.finish()?.into_inner())
}

/// Millimetres in twips.
fn mm(value: f64) -> i32 {
    (value * TWIPS_PER_MM).round() as i32
}

/// A single line, off the page grid's exact line, no space before or after: tables, forms,
/// footers.
fn single_line() -> LineSpacing {
    LineSpacing::new()
        .line_rule(LineSpacingType::Auto)
        .line(240)
        .before(0)
        .after(0)
}

/// The body's line: exactly 28.95 pt, no space before or after (the document's default).
fn body_line() -> LineSpacing {
    LineSpacing::new()
        .line_rule(LineSpacingType::Exact)
        .line(LINE_PITCH as i32)
        .before(0)
        .after(0)
}

/// A paragraph on the line grid: lines exactly 28.95 pt apart, no space before or after (the
/// document's default, so the paragraph says nothing of it).
fn body_paragraph() -> Paragraph {
    Paragraph::new()
}

/// A run of text in a face and size; new lines inside the text become line breaks and
/// characters XML cannot hold are dropped.
fn run(text: &str, face: Face, size: usize, bold: bool) -> Run {
    // The body's face, size and tightening are the document's defaults: a body run says only
    // what differs.
    let mut run = Run::new();
    if !matches!(face, Face::FangSong) {
        run = run.fonts(face.fonts());
    }
    if size != BODY_SIZE {
        run = run.size(size).character_spacing(0);
    }
    if bold {
        run = run.bold();
    }
    for (index, line) in text.split('\n').enumerate() {
        if index > 0 {
            run = run.add_break(BreakType::TextWrapping);
        }
        run = run.add_text(xml_safe(line));
    }
    run
}

/// Drops the characters XML 1.0 cannot hold (control characters other than tab), so that a
/// stray character in a name never makes a file Word refuses to open.
fn xml_safe(text: &str) -> String {
    text.chars()
        .filter(|c| *c == '\t' || !c.is_control())
        .filter(|c| !matches!(*c, '\u{FFFE}' | '\u{FFFF}'))
        .collect()
}

/// The paragraph of one block (tables and page breaks are handled by the caller).
fn paragraph_of(block: &DocBlock) -> Paragraph {
    let first_line_indent = |p: Paragraph| {
        p.indent(
            None,
            Some(SpecialIndentType::FirstLine(2 * CHAR)),
            None,
            None,
        )
    };
    match block {
        DocBlock::Title(text) => body_paragraph()
            .align(AlignmentType::Center)
            .snap_to_grid(false)
            .keep_next(true)
            .add_run(run(
                &balanced(text, TITLE_LINE_CHARS),
                Face::XiaoBiaoSong,
                TITLE_SIZE,
                false,
            )),
        DocBlock::Centered(text) => body_paragraph()
            .align(AlignmentType::Center)
            .keep_next(true)
            .add_run(run(
                &balanced(text, BODY_LINE_CHARS),
                Face::Kai,
                BODY_SIZE,
                false,
            )),
        DocBlock::Heading(level, text) => {
            let face = Face::of_heading(*level);
            first_line_indent(body_paragraph())
                .keep_next(true)
                .outline_lvl(usize::from(level.saturating_sub(1)).min(8))
                .add_run(run(text, face, BODY_SIZE, false))
        }
        DocBlock::Paragraph(spans) => spans.iter().fold(
            first_line_indent(body_paragraph()),
            |p, Span { text, bold }| p.add_run(run(text, Face::FangSong, BODY_SIZE, *bold)),
        ),
        DocBlock::Plain(text) => {
            body_paragraph().add_run(run(text, Face::FangSong, BODY_SIZE, false))
        }
        DocBlock::RightAligned(text) => body_paragraph()
            .align(AlignmentType::Right)
            .indent(None, None, Some(4 * CHAR), None)
            .add_run(run(text, Face::FangSong, BODY_SIZE, false)),
        DocBlock::Labelled(labelled) => labelled_paragraph(labelled),
        DocBlock::AttachmentMark(text) => body_paragraph().align(AlignmentType::Left).add_run(run(
            text,
            Face::Hei,
            BODY_SIZE,
            false,
        )),
        // Handled by the caller; an empty line where one reaches here.
        DocBlock::Blank
        | DocBlock::PageBreak
        | DocBlock::Table(_)
        | DocBlock::Form(_)
        | DocBlock::Section(_)
        | DocBlock::Signature(_)
        | DocBlock::Cover(_)
        | DocBlock::Contents(_)
        | DocBlock::Anchor(_) => body_paragraph(),
    }
}

/// A labelled block: indented `indent_chars`, continuation lines hanging under the text after
/// the label (GB/T 9704 §10.3: 「回行时与冒号后的首字对齐」).
fn labelled_paragraph(labelled: &Labelled) -> Paragraph {
    let hang = labelled.label_chars as i32 * CHAR;
    let left = labelled.indent_chars as i32 * CHAR + hang;
    let text = match &labelled.text {
        LabelledText::Lines(lines) => lines.join("\n"),
        LabelledText::Items { items, separator } => {
            let width = BODY_LINE_CHARS
                .saturating_sub((labelled.indent_chars + labelled.label_chars) as usize);
            fill_items(items, separator, width).join("\n")
        }
    };
    let label_face = if labelled.strong_label {
        Face::Hei
    } else {
        Face::FangSong
    };
    body_paragraph()
        .align(AlignmentType::Left)
        .indent(
            Some(left),
            Some(SpecialIndentType::Hanging(hang)),
            None,
            None,
        )
        .add_run(run(&labelled.label, label_face, BODY_SIZE, false))
        .add_run(run(&text, Face::FangSong, BODY_SIZE, false))
}

/// Items set line by line, as many as fit in `width` characters (Latin letters count half),
/// each line ending with its separator; an item longer than a line gets a line of its own,
/// which the word processor wraps.
pub(super) fn fill_items(items: &[String], separator: &str, width: usize) -> Vec<String> {
    let half_widths =
        |text: &str| -> usize { text.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum() };
    // One character spare: a line that exactly fills the measure may not fit once the word
    // processor has set its punctuation.
    let available = width.saturating_sub(1) * 2;
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let mut used = 0;
    for (index, item) in items.iter().enumerate() {
        let piece = if index + 1 < items.len() {
            format!("{item}{separator}")
        } else {
            item.clone()
        };
        let needed = half_widths(&piece);
        if used > 0 && used + needed > available {
            lines.push(std::mem::take(&mut line));
            used = 0;
        }
        line.push_str(&piece);
        used += needed;
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// A table of a report: 仿宋 a size smaller the more columns it has (小四, 五号, 小五),
/// single-spaced, ruled; columns as wide as their longest cell allows; head rows bold and
/// centred, cells that hold figures centred.
fn table_of(table: &model::Table, text_width: usize) -> Table {
    let columns = table.rows.iter().map(Vec::len).max().unwrap_or(0).max(1);
    let wide = text_width > TEXT_WIDTH;
    let size = table_size(columns, text_width);
    let widths = column_widths(table, columns, size, text_width);
    let rows: Vec<TableRow> = table
        .rows
        .iter()
        .enumerate()
        .map(|(index, row)| {
            let head = (index as u64) < u64::from(table.header_rows);
            let cells: Vec<TableCell> = widths
                .iter()
                .enumerate()
                .map(|(column, width)| {
                    let text = row.get(column).map_or("", String::as_str);
                    // A chart (landscape) centres every seat.
                    let centred = head || wide || looks_like_a_figure(text);
                    let paragraph = Paragraph::new()
                        .snap_to_grid(false)
                        .line_spacing(single_line())
                        .align(if centred {
                            AlignmentType::Center
                        } else {
                            AlignmentType::Left
                        })
                        .add_run(run(text, Face::FangSong, size, head));
                    let cell = TableCell::new()
                        .width(*width, WidthType::Dxa)
                        .add_paragraph(paragraph);
                    if wide {
                        cell.vertical_align(docx_rs::VAlignType::Center)
                    } else {
                        cell
                    }
                })
                .collect();
            let row = TableRow::new(cells);
            if wide {
                // Seats tall enough to read across a hall: 9 mm.
                row.row_height(mm(9.0) as f32)
                    .height_rule(docx_rs::HeightRule::AtLeast)
            } else {
                row
            }
        })
        .collect();
    Table::new(rows)
        .set_grid(widths)
        .width(text_width, WidthType::Dxa)
}

/// The type size of a table's cells in half-points: 小四 (12 pt), 五号 or 小五 the more columns
/// it has; a landscape page (a seating chart) has room for a larger face.
pub(super) fn table_size(columns: usize, text_width: usize) -> usize {
    let wide = text_width > TEXT_WIDTH;
    match (columns, wide) {
        (0..=4, _) | (5..=7, true) => TABLE_SIZE,
        (_, true) => 22,
        (5..=7, false) => 21,
        (_, false) => 18,
    }
}

/// Column widths in twips that add up to the text block. Each column needs the width of its
/// longest body cell on one line (head cells may wrap); narrow columns (figures) get what they
/// need first, the wide ones share the rest, and room left over is spread by need.
pub(super) fn column_widths(
    table: &model::Table,
    columns: usize,
    size: usize,
    text_width: usize,
) -> Vec<usize> {
    // A full-width character is `size` half-points = size × 10 twips; Latin letters half that.
    const CELL_PADDING: usize = 230;
    let head_rows = usize::try_from(table.header_rows).unwrap_or(usize::MAX);
    let body: Vec<&Vec<String>> = if table.rows.len() > head_rows {
        table.rows.iter().skip(head_rows).collect()
    } else {
        table.rows.iter().collect()
    };
    let longest_in = |rows: &[&Vec<String>], column: usize| {
        rows.iter()
            .filter_map(|row| row.get(column))
            .map(|cell| {
                cell.chars()
                    .map(|c| if c.is_ascii() { size * 5 } else { size * 10 })
                    .sum::<usize>()
            })
            .max()
            .unwrap_or(0)
    };
    let needed: Vec<usize> = (0..columns)
        .map(|column| longest_in(&body, column).max(size * 20) + CELL_PADDING)
        .collect();
    let head: Vec<&Vec<String>> = table.rows.iter().take(head_rows).collect();
    let head_needed: Vec<usize> = (0..columns)
        .map(|column| longest_in(&head, column) + CELL_PADDING)
        .collect();
    let mut order: Vec<usize> = (0..columns).collect();
    order.sort_by_key(|&column| needed[column]);
    let mut widths = vec![0; columns];
    let mut remaining = text_width;
    for (placed, &column) in order.iter().enumerate() {
        let share = remaining / (columns - placed);
        widths[column] = needed[column].min(share);
        remaining -= widths[column];
    }
    // Room left over first lets head cells stand on one line (「基本满意」 over a column of
    // dashes), narrowest first, then is spread by need.
    for &column in &order {
        let more = head_needed[column]
            .saturating_sub(widths[column])
            .min(remaining);
        widths[column] += more;
        remaining -= more;
    }
    let total: usize = widths.iter().sum();
    if remaining > 0 && total > 0 {
        for width in &mut widths {
            *width += remaining * *width / total;
        }
    }
    widths
}

/// A form: a boxed table (a heavy outer rule, thin inner rules) across the text block, its
/// columns as wide as their shares, the head in 黑体 one line tall, cells in 4号仿宋 centred on
/// their line, rows at least `row_lines` lines of the page grid tall (about 10 mm a line: room
/// to sign or draw a mark), never split over two pages.
fn form_table(form: &Form) -> Table {
    let total = form.total_share() as usize;
    let mut widths: Vec<usize> = form
        .columns
        .iter()
        .map(|c| TEXT_WIDTH * c.width.max(1) as usize / total)
        .collect();
    // Rounding leaves a few twips: the widest column takes them, so the box fills the block.
    let rest = TEXT_WIDTH - widths.iter().sum::<usize>();
    if let Some(widest) = (0..widths.len()).max_by_key(|&i| widths[i]) {
        widths[widest] += rest;
    }
    let height = (form.row_height_pt * 20) as f32;
    let cell = |text: &str, width: usize, centred: bool, face: Face| {
        // A long text is broken into even lines at a word, as titles are, rather than wherever
        // the line is full (「…科学技术局局」 / 「长」).
        let (cell_style, _, size) = form_cell_style(form.text);
        let fits = width.saturating_sub(2 * FORM_CELL_MARGIN) / (size * 10);
        let text = if centred || fits == 0 {
            text.to_owned()
        } else {
            balanced(text, fits)
        };
        let style = match face {
            Face::Hei => FORM_HEAD_STYLE,
            _ => cell_style,
        };
        let mut paragraph = Paragraph::new().style(style).align(if centred {
            AlignmentType::Center
        } else {
            AlignmentType::Left
        });
        // The face and size come from the style; a cell to fill in holds no run at all, so that
        // a ballot printed a few hundred times stays small.
        if !text.is_empty() {
            paragraph = paragraph.add_run(plain_run(&text));
        }
        TableCell::new()
            .width(width, WidthType::Dxa)
            .vertical_align(VAlignType::Center)
            .add_paragraph(paragraph)
    };
    let head_height = if form.repeat_head {
        HEAD_MARK
    } else {
        LINE_PITCH
    };
    let head = TableRow::new(
        form.columns
            .iter()
            .zip(&widths)
            .map(|(column, width)| cell(&column.head, *width, true, Face::Hei))
            .collect(),
    )
    .row_height(head_height as f32)
    .height_rule(HeightRule::AtLeast)
    .cant_split();
    let mut rows = vec![head];
    for row in &form.rows {
        let mut table_row = TableRow::new(
            form.columns
                .iter()
                .zip(&widths)
                .enumerate()
                .map(|(index, (column, width))| {
                    let text = row.get(index).map_or("", String::as_str);
                    cell(text, *width, column.centred, Face::FangSong)
                })
                .collect(),
        )
        .cant_split();
        if height > 0.0 {
            table_row = table_row
                .row_height(height)
                .height_rule(HeightRule::AtLeast);
        }
        rows.push(table_row);
    }
    let rule = |position, size| {
        TableBorder::new(position)
            .border_type(BorderType::Single)
            .size(size)
            .color("000000")
    };
    let borders = TableBorders::new()
        .set(rule(TableBorderPosition::Top, FORM_OUTER_RULE))
        .set(rule(TableBorderPosition::Bottom, FORM_OUTER_RULE))
        .set(rule(TableBorderPosition::Left, FORM_OUTER_RULE))
        .set(rule(TableBorderPosition::Right, FORM_OUTER_RULE))
        .set(rule(TableBorderPosition::InsideH, FORM_INNER_RULE))
        .set(rule(TableBorderPosition::InsideV, FORM_INNER_RULE));
    Table::new(rows)
        .set_grid(widths)
        .width(TEXT_WIDTH, WidthType::Dxa)
        .align(TableAlignmentType::Center)
        .margins(
            TableCellMargins::new()
                .margin_left(FORM_CELL_MARGIN, WidthType::Dxa)
                .margin_right(FORM_CELL_MARGIN, WidthType::Dxa),
        )
        .set_borders(borders)
}

/// The style of a form's cells in `text`'s size: its id, its name, its size in half-points.
fn form_cell_style(text: FormText) -> (&'static str, &'static str, usize) {
    match text {
        FormText::Normal => (FORM_CELL_STYLE, "表格文字", FORM_SIZE),
        FormText::Small => ("FormCellSmall", "表格文字（小四）", 24),
        FormText::Smaller => ("FormCellSmaller", "表格文字（五号）", 21),
    }
}

/// The paragraph style of a form's cells (or head): `size` half-points in `face`, single-spaced
/// off the page grid, no space around. A named style, so that the office can change every cell
/// at once.
fn form_style(id: &str, name: &str, face: Face, size: usize) -> Style {
    let mut style = Style::new(id, StyleType::Paragraph);
    // Untightened: the document's default tightens only the body's 3号.
    style.run_property = style.run_property.clone().spacing(0);
    style
        .name(name)
        .fonts(face.fonts())
        .size(size)
        .snap_to_grid(false)
        .line_spacing(single_line())
}

/// A run with no properties of its own (its paragraph's style sets them); new lines become
/// line breaks.
fn plain_run(text: &str) -> Run {
    let mut run = Run::new();
    for (index, line) in text.split('\n').enumerate() {
        if index > 0 {
            run = run.add_break(BreakType::TextWrapping);
        }
        run = run.add_text(xml_safe(line));
    }
    run
}

/// Whether a cell holds a figure (digits and the signs that go with them), which tables centre.
pub(super) fn looks_like_a_figure(text: &str) -> bool {
    let text = text.trim();
    !text.is_empty()
        && text.chars().any(|c| c.is_ascii_digit())
        && text
            .chars()
            .all(|c| c.is_ascii_digit() || ".%-+~/，,．％—－ 　".contains(c))
}

/// The footer with the page number 「— 1 —」 in 4号宋体, one character in from the right edge
/// of the text block on odd pages and from the left on even pages.
fn page_number_footer(odd: bool) -> Footer {
    let paragraph = Paragraph::new()
        .snap_to_grid(false)
        .line_spacing(single_line())
        .align(if odd {
            AlignmentType::Right
        } else {
            AlignmentType::Left
        })
        .indent(
            (!odd).then_some(PAGE_NUMBER_SIZE as i32 * 10),
            None,
            odd.then_some(PAGE_NUMBER_SIZE as i32 * 10),
            None,
        )
        .add_run(run("— ", Face::Song, PAGE_NUMBER_SIZE, false))
        .add_run(
            Run::new()
                .fonts(Face::Song.fonts())
                .size(PAGE_NUMBER_SIZE)
                .add_field_char(FieldCharType::Begin, false)
                .add_instr_text(InstrText::PAGE(InstrPAGE::new()))
                .add_field_char(FieldCharType::Separate, false)
                .add_text("1")
                .add_field_char(FieldCharType::End, false),
        )
        .add_run(run(" —", Face::Song, PAGE_NUMBER_SIZE, false));
    Footer::new().add_paragraph(paragraph)
}

/// Breaks each line of `text` that is longer than `width` characters into lines of about equal
/// length (GB/T 9704 §7.3.1: titles break 「排列对称，长短适宜」), preferring to break after a
/// word such as 「的」 or 「会」, never inside a number and never before closing punctuation.
pub fn balanced(text: &str, width: usize) -> String {
    text.split('\n')
        .map(|line| balance_line(line, width).join("\n"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// One line broken into balanced lines (see [`balanced`]). A line the writer has divided with
/// a space (「认真践行全过程人民民主　助力新时代…」) breaks at the space, where it says its parts
/// (GB/T 9704 §7.3.1: 「回行时，要做到词意完整」), when every part fits a line.
fn balance_line(line: &str, width: usize) -> Vec<String> {
    let chars: Vec<char> = line.chars().collect();
    let count = chars.len();
    if count <= width || width == 0 {
        return vec![line.to_owned()];
    }
    let parts: Vec<&str> = line
        .split([' ', '\u{3000}'])
        .filter(|part| !part.is_empty())
        .collect();
    if parts.len() > 1 && parts.iter().all(|part| part.chars().count() <= width) {
        return parts.into_iter().map(str::to_owned).collect();
    }
    let lines = count.div_ceil(width);
    let ideal = count as f64 / lines as f64;
    // best[j][i]: the least cost of setting the first i characters as j lines.
    let mut best = vec![vec![f64::INFINITY; count + 1]; lines + 1];
    let mut from = vec![vec![0usize; count + 1]; lines + 1];
    best[0][0] = 0.0;
    for j in 1..=lines {
        for i in 1..=count {
            let break_cost = if i == count {
                0.0
            } else {
                break_cost(&chars, i)
            };
            if break_cost.is_infinite() {
                continue;
            }
            for start in i.saturating_sub(width)..i {
                let before = best[j - 1][start];
                if before.is_infinite() {
                    continue;
                }
                let deviation = (i - start) as f64 - ideal;
                let cost = before + deviation * deviation + break_cost;
                if cost < best[j][i] {
                    best[j][i] = cost;
                    from[j][i] = start;
                }
            }
        }
    }
    if best[lines][count].is_infinite() {
        return vec![line.to_owned()];
    }
    let mut ends = vec![count];
    let mut at = count;
    for j in (1..=lines).rev() {
        at = from[j][at];
        if j > 1 {
            ends.push(at);
        }
    }
    ends.reverse();
    let mut result = Vec::with_capacity(lines);
    let mut start = 0;
    for end in ends {
        result.push(chars[start..end].iter().collect());
        start = end;
    }
    result
}

/// The cost of breaking a line between `chars[at - 1]` and `chars[at]`: negative after a
/// natural break (「的」, 「会」, 「、」 …), infinite before closing or after opening punctuation,
/// high inside a number or a Latin word.
fn break_cost(chars: &[char], at: usize) -> f64 {
    let before = chars[at - 1];
    let after = chars[at];
    if "，。、；：？！）》」』”’〕】—…%".contains(after) || "（《「『“‘〔【".contains(before)
    {
        return f64::INFINITY;
    }
    if before.is_ascii_alphanumeric() && after.is_ascii_alphanumeric() {
        return 1000.0;
    }
    if before.is_ascii_digit() || after.is_ascii_digit() {
        return 20.0;
    }
    // 「…人民代表大会」 and 「常务委员会…」 read best apart, as the gazette breaks them.
    if chars[..at].ends_with(&['人', '民', '代', '表', '大', '会']) {
        return -100.0;
    }
    if "的于会和、，》）".contains(before) || "《（".contains(after) {
        return -30.0;
    }
    0.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_break_at_words_into_even_lines() {
        assert_eq!(
            balanced("鹤壁市第十二届人民代表大会常务委员会第九次会议纪要", 20),
            "鹤壁市第十二届人民代表大会\n常务委员会第九次会议纪要"
        );
        assert_eq!(balanced("短标题", 20), "短标题");
        let long = balanced("关于鹤壁市2023年市级第二次财政预算调整方案的报告", 20);
        assert!(!long.contains("20\n23"), "{long}");
        for line in long.lines() {
            assert!(line.chars().count() <= 20);
        }
    }

    #[test]
    fn a_title_divided_by_a_space_breaks_there() {
        assert_eq!(
            balanced(
                "认真践行全过程人民民主\u{3000}助力新时代高质量发展示范城市建设",
                20
            ),
            "认真践行全过程人民民主\n助力新时代高质量发展示范城市建设"
        );
    }

    #[test]
    fn never_breaks_before_closing_punctuation() {
        let text = "关于《鹤壁市人民代表大会常务委员会关于促进卫河流域生态治理和高质量发展的决议》贯彻落实情况的专项工作报告";
        let broken = balanced(text, 20);
        for line in broken.lines() {
            assert!(line.chars().count() <= 20, "{broken}");
            assert!(!line.starts_with('》'), "{broken}");
        }
        assert_eq!(broken.replace('\n', ""), text);
    }

    #[test]
    fn items_fill_lines_without_splitting_one() {
        let names: Vec<String> = ["宋拥军", "郑远东", "李燕岭", "杨\u{3000}哲", "杨志波"]
            .iter()
            .map(|s| (*s).to_owned())
            .collect();
        assert_eq!(
            fill_items(&names, "、", 17),
            ["宋拥军、郑远东、李燕岭、杨\u{3000}哲、", "杨志波"]
        );
        assert_eq!(fill_items(&names[..1], "、", 3), ["宋拥军"]);
        assert!(fill_items(&[], "、", 10).is_empty());
    }

    #[test]
    fn control_characters_are_dropped() {
        assert_eq!(xml_safe("张\u{1}三\t"), "张三\t");
    }

    #[test]
    fn margins_are_the_standard_ones() {
        assert_eq!(mm(37.0), 2098);
        assert_eq!(mm(35.0), 1984);
        assert_eq!(mm(28.0), 1587);
        assert_eq!(mm(26.0), 1474);
    }
}
