//! PDF writer: the same GB/T 9704-2012 page as the DOCX writer ([`super::docx`]), set here
//! rather than by a word processor, so that what is printed is what the office sees: A4;
//! margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm; 22 lines of 28 characters (lines
//! 28.95 pt apart, 3号 type set 0.25 pt tight); body 3号仿宋, title 2号小标宋 centred in balanced
//! lines, headings 「一、」 黑体 and 「（一）」 楷体, first lines indented two characters; labelled
//! lines with a hanging indent; tables ruled, forms boxed; page numbers 「— 1 —」 in 4号宋体, odd
//! pages right, even pages left; forms and charts without page numbers.
//!
//! The faces are all the bundled font (see [`font`]); 小标宋 and 黑体, and the gazette's bold
//! lead-ins, are set with a thin outline stroke so that they print heavier, as those faces do.
//! The glyphs used are embedded as a subset with a ToUnicode map: the text copies out as Chinese.

pub mod font;

use pdf_writer::types::TextRenderingMode;
use pdf_writer::{Content, Filter, Finish, Name, Pdf, Rect, Ref, Str, TextStr};

use super::ExportError;
use super::doc::measure::{self, BODY_LINE_CHARS, TITLE_LINE_CHARS};
use super::doc::{
    ContentsEntry, Cover, Doc, DocBlock, Face, Form, Labelled, LabelledText, PageNumbering,
    PageStyle, Signature, Span,
};
use super::docx::{balanced, column_widths, fill_items, looks_like_a_figure, table_size};
use crate::model;
use font::Glyphs;

/// Points per millimetre.
const MM: f32 = 72.0 / 25.4;
/// The line grid: GB/T 9704's 22 lines to the page, as the DOCX sets them.
const LINE_PITCH: f32 = measure::LINE_PITCH as f32 / 20.0;
/// 3号: body text.
const BODY_SIZE: f32 = measure::BODY_SIZE as f32 / 2.0;
/// 3号 set 0.25 pt tight, so that 28 characters fill the 156 mm line.
const BODY_SPACING: f32 = measure::CHAR_SPACING as f32 / 20.0;
/// One body character (16 pt − 0.25 pt), the unit of indents.
const CHAR: f32 = measure::CHAR as f32 / 20.0;
/// 2号: the title.
const TITLE_SIZE: f32 = measure::TITLE_SIZE as f32 / 2.0;
/// 4号: page numbers.
const PAGE_NUMBER_SIZE: f32 = measure::PAGE_NUMBER_SIZE as f32 / 2.0;
/// 4号: a form's head.
const FORM_SIZE: f32 = measure::FORM_SIZE as f32 / 2.0;
/// 小初: a cover's name.
const COVER_SIZE: f32 = measure::COVER_SIZE as f32 / 2.0;
/// The baseline of the page number above the page's bottom edge: its dashes sit about 7 mm
/// below the text block (GB/T 9704 §7.5).
const PAGE_NUMBER_BASELINE_MM: f32 = 26.0;
/// The space left and right inside a table's cell (Word's default, 108 twips) and a form's (3 pt).
const TABLE_CELL_MARGIN: f32 = 5.4;
const FORM_CELL_MARGIN: f32 = 3.0;
/// Space above and below the text in a table's cell.
const TABLE_CELL_PADDING: f32 = 2.0;
/// A table's line height as a multiple of its type size (single spacing).
const TABLE_LEADING: f32 = 1.3;
/// The rules: tables 0.5 pt; forms 1.5 pt outside and 0.5 pt inside.
const TABLE_RULE: f32 = 0.5;
const FORM_OUTER_RULE: f32 = 1.5;
const FORM_INNER_RULE: f32 = 0.5;
/// How far the glyphs' em box sits above the baseline, as a share of the size: a line's text
/// is centred in its line by its em box (0.88 em above the baseline, 0.12 below).
const EM_CENTRE: f32 = 0.38;
/// Slack for comparing lengths in points.
const EPSILON: f32 = 0.01;

/// How a run of text is set: face, size, spacing between characters, and emphasis.
#[derive(Clone, Copy)]
struct Style {
    /// The type size in points.
    size: f32,
    /// Extra space after each character, in points (negative: tighter).
    spacing: f32,
    /// The width of the outline stroke that makes a face heavier; 0 for none.
    stroke: f32,
}

impl Style {
    /// `face` at `size`, body text set tight as the DOCX sets it.
    fn of(face: Face, size: f32) -> Self {
        let spacing = if (size - BODY_SIZE).abs() < EPSILON {
            BODY_SPACING
        } else {
            0.0
        };
        let stroke = match face {
            Face::XiaoBiaoSong => size * 0.025,
            Face::Hei => size * 0.03,
            Face::FangSong | Face::Kai | Face::Song => 0.0,
        };
        Self {
            size,
            spacing,
            stroke,
        }
    }

    /// The same, emphasised (bold): stroked like 黑体.
    fn bold(self) -> Self {
        Self {
            stroke: self.stroke.max(self.size * 0.03),
            ..self
        }
    }
}

/// A cell set in lines: its characters, where its lines break, and whether it is centred.
type LaidCell = (Vec<(char, bool)>, Vec<std::ops::Range<usize>>, bool);

/// Horizontal placement of a line.
#[derive(Clone, Copy, PartialEq)]
enum Align {
    Left,
    Centre,
    Right,
}

/// Writes a document as the bytes of a PDF file.
pub fn write(doc: &Doc) -> Result<Vec<u8>, ExportError> {
    // A table of contents names the pages its parts start on, known once the parts are set:
    // a document with one is set twice, the second time with the pages of the first.
    let pages = if doc
        .blocks
        .iter()
        .any(|b| matches!(b, DocBlock::Contents(_)))
    {
        lay_out(doc, Vec::new()).anchors
    } else {
        Vec::new()
    };
    lay_out(doc, pages).finish(&doc.name)
}

/// Sets every block of `doc`, with `pages` the contents' page of each anchor.
fn lay_out(doc: &Doc, pages: Vec<(String, usize)>) -> Layout {
    let mut layout = Layout::new(doc);
    layout.contents_pages = pages;
    for (index, block) in doc.blocks.iter().enumerate() {
        if index == 0 && matches!(block, DocBlock::Section(_)) {
            continue;
        }
        layout.block(block, doc.blocks.get(index + 1));
    }
    layout
}

/// The pages being set: geometry, the page under way, and the glyphs used so far.
struct Layout {
    /// The glyphs of the document, embedded at the end.
    glyphs: Glyphs,
    /// How the pages of the section under way are numbered.
    numbering: PageNumbering,
    /// The index of the section's first page among all pages.
    section_start: usize,
    /// Anchors met whose part has not put anything on a page yet.
    pending_anchors: Vec<String>,
    /// The page number each anchor's part starts on, as printed.
    anchors: Vec<(String, usize)>,
    /// The pages a table of contents prints (from an earlier setting of the document).
    contents_pages: Vec<(String, usize)>,
    /// The heading over a table of contents, in the document's characters.
    contents_heading: String,
    /// Page size in points.
    page_width: f32,
    page_height: f32,
    /// Margins in points.
    top: f32,
    left: f32,
    /// The text block in points.
    block_width: f32,
    block_height: f32,
    /// The text block's width in twips, for the DOCX writer's table measures.
    block_twips: usize,
    /// The content streams of finished pages.
    pages: Vec<Vec<u8>>,
    /// The page under way.
    content: Content,
    /// How far down the text block the next line goes, in points.
    y: f32,
    /// Whether the page under way holds nothing yet.
    empty: bool,
    /// The text state set on the page under way (size, spacing, stroke): set again only when
    /// it changes, which keeps the content streams small.
    text_state: Option<(f32, f32, f32)>,
}

impl Layout {
    fn new(doc: &Doc) -> Self {
        let (width, height) = doc.page.size_mm();
        let (top, bottom, left, right) = doc.page.margins_mm();
        let pt = |mm: f64| mm as f32 * MM;
        Self {
            glyphs: Glyphs::new(),
            numbering: match doc.blocks.first() {
                Some(DocBlock::Section(numbering)) => *numbering,
                _ => match doc.pages {
                    PageStyle::Official => PageNumbering::FromOne,
                    PageStyle::Form => PageNumbering::None,
                },
            },
            section_start: 0,
            contents_heading: doc.contents_heading.clone(),
            pending_anchors: Vec::new(),
            anchors: Vec::new(),
            contents_pages: Vec::new(),
            page_width: pt(width),
            page_height: pt(height),
            top: pt(top),
            left: pt(left),
            block_width: pt(width - left - right),
            block_height: pt(height - top - bottom),
            block_twips: super::docx::text_width(doc.page),
            pages: Vec::new(),
            content: Content::new(),
            y: 0.0,
            empty: true,
            text_state: None,
        }
    }

    /// Sets one block; `next` is the block after it (a heading keeps with it).
    fn block(&mut self, block: &DocBlock, next: Option<&DocBlock>) {
        let body = Style::of(Face::FangSong, BODY_SIZE);
        match block {
            DocBlock::Title(text) => {
                let style = Style::of(Face::XiaoBiaoSong, TITLE_SIZE);
                let text = balanced(text, TITLE_LINE_CHARS);
                self.lines_block(&plain(&text), style, 0.0, 0.0, Align::Centre, next);
            }
            DocBlock::Centered(text) => {
                let style = Style::of(Face::Kai, BODY_SIZE);
                let text = balanced(text, BODY_LINE_CHARS);
                self.lines_block(&plain(&text), style, 0.0, 0.0, Align::Centre, next);
            }
            DocBlock::Heading(level, text) => {
                let style = Style::of(Face::of_heading(*level), BODY_SIZE);
                self.lines_block(&plain(text), style, 2.0 * CHAR, 0.0, Align::Left, next);
            }
            DocBlock::Paragraph(spans) => {
                self.lines_block(&styled(spans), body, 2.0 * CHAR, 0.0, Align::Left, None);
            }
            DocBlock::Plain(text) => {
                self.lines_block(&plain(text), body, 0.0, 0.0, Align::Left, None);
            }
            DocBlock::RightAligned(text) => {
                self.lines_block(&plain(text), body, 0.0, 4.0 * CHAR, Align::Right, None);
            }
            DocBlock::AttachmentMark(text) => {
                let style = Style::of(Face::Hei, BODY_SIZE);
                self.lines_block(&plain(text), style, 0.0, 0.0, Align::Left, next);
            }
            DocBlock::Labelled(labelled) => self.labelled(labelled),
            DocBlock::Table(table) => {
                if !table.caption.is_empty() {
                    let style = Style::of(Face::Hei, BODY_SIZE);
                    let caption = plain(&table.caption);
                    self.lines_block(&caption, style, 0.0, 0.0, Align::Centre, Some(block));
                }
                self.table(table);
            }
            DocBlock::Form(form) => self.form(form),
            DocBlock::Blank => {
                self.line_top();
            }
            DocBlock::PageBreak => {
                if !self.empty {
                    self.new_page();
                }
            }
            DocBlock::Section(numbering) => {
                if !self.empty {
                    self.new_page();
                }
                self.numbering = *numbering;
                self.section_start = self.pages.len();
            }
            DocBlock::Anchor(name) => self.pending_anchors.push(name.clone()),
            DocBlock::Contents(entries) => self.contents(entries),
            DocBlock::Cover(cover) => self.cover(cover),
            DocBlock::Signature(signature) => self.signature(signature),
        }
    }

    /// The number the page under way prints (within its section).
    fn page_number(&self) -> usize {
        self.pages.len() - self.section_start + 1
    }

    /// Gives the anchors met so far the page under way: their part starts here.
    fn place_anchors(&mut self) {
        if self.pending_anchors.is_empty() {
            return;
        }
        let page = self.page_number();
        for name in std::mem::take(&mut self.pending_anchors) {
            self.anchors.push((name, page));
        }
    }

    /// A table of contents: 「目　　录」 in 黑体, an empty line, then each part's title with a
    /// dotted leader to its page at the right margin.
    fn contents(&mut self, entries: &[ContentsEntry]) {
        let heading = Style::of(Face::Hei, TITLE_SIZE);
        let heading_text = plain(&self.contents_heading);
        self.lines_block(&heading_text, heading, 0.0, 0.0, Align::Centre, None);
        self.line_top();
        let body = Style::of(Face::FangSong, BODY_SIZE);
        let dot = plain("·");
        let dot_width = self.measure(&dot, body);
        for entry in entries {
            let page = self
                .contents_pages
                .iter()
                .find(|(anchor, _)| *anchor == entry.anchor)
                .map_or(1, |(_, page)| *page);
            let number = plain(&page.to_string());
            let number_width = self.measure(&number, body);
            let title = plain(&entry.title);
            // Room for at least a few leader dots after the last line of the title.
            let room = self.block_width - number_width - 3.0 * CHAR;
            let lines = self.break_lines(&title, body, room, room);
            let last = lines.len().saturating_sub(1);
            for (index, range) in lines.iter().enumerate() {
                let top = self.line_top();
                let line = &title[range.clone()];
                self.draw_line(self.left, top, LINE_PITCH, line, body);
                if index == last {
                    let end = self.measure(line, body) + CHAR / 2.0;
                    let leader_end = self.block_width - number_width - CHAR / 2.0;
                    let count = ((leader_end - end) / dot_width).floor().max(0.0) as usize;
                    let leader = plain(&"·".repeat(count));
                    let x = leader_end - count as f32 * dot_width;
                    self.draw_line(self.left + x, top, LINE_PITCH, &leader, body);
                    let x = self.block_width - number_width;
                    self.draw_line(self.left + x, top, LINE_PITCH, &number, body);
                }
            }
        }
    }

    /// A cover page: the body's name in 小标宋 four lines down, the publication's name in 小初
    /// three lines tall, the lines under it in 楷体, the issuer and the date at the foot.
    fn cover(&mut self, cover: &Cover) {
        if !self.empty {
            self.new_page();
        }
        let lines = (self.block_height / LINE_PITCH).floor() as usize;
        self.y = 4.0 * LINE_PITCH;
        if !cover.above.is_empty() {
            let style = Style::of(Face::XiaoBiaoSong, TITLE_SIZE);
            self.lines_block(&plain(&cover.above), style, 0.0, 0.0, Align::Centre, None);
            self.line_top();
        }
        let style = Style::of(Face::XiaoBiaoSong, COVER_SIZE);
        let name = plain(&cover.name);
        let width = self.measure(&name, style);
        let top = self.y;
        self.draw_line(
            self.left + (self.block_width - width) / 2.0,
            top,
            3.0 * LINE_PITCH,
            &name,
            style,
        );
        self.y += 4.0 * LINE_PITCH;
        let kai = Style::of(Face::Kai, BODY_SIZE);
        for line in &cover.below {
            self.lines_block(&plain(line), kai, 0.0, 0.0, Align::Centre, None);
        }
        let foot_top = lines.saturating_sub(cover.foot.len() + 1) as f32 * LINE_PITCH;
        self.y = self.y.max(foot_top);
        for line in &cover.foot {
            self.lines_block(&plain(line), kai, 0.0, 0.0, Align::Centre, None);
        }
    }

    /// A signature (落款) as GB/T 9704 §7.3.5.1 lays out a sealed document: every line centred
    /// on an axis [`Signature::axis_chars`] characters in from the right; the lines keep together.
    fn signature(&mut self, signature: &Signature) {
        let body = Style::of(Face::FangSong, BODY_SIZE);
        let mut lines: Vec<&str> = signature.issuer.iter().map(String::as_str).collect();
        if !signature.date.is_empty() {
            lines.push(&signature.date);
        }
        let needed = lines.len() as f32 * LINE_PITCH;
        if !self.empty && self.y + needed > self.block_height + EPSILON {
            self.new_page();
        }
        let axis = self.block_width - signature.axis_chars() as f32 * CHAR;
        for line in lines {
            let chars = plain(line);
            let width = self.measure(&chars, body);
            let top = self.line_top();
            self.draw_line(
                self.left + (axis - width / 2.0).max(0.0),
                top,
                LINE_PITCH,
                &chars,
                body,
            );
        }
    }

    /// The top of the next body line, on a new page if this one is full.
    fn line_top(&mut self) -> f32 {
        if self.y + LINE_PITCH > self.block_height + EPSILON {
            self.new_page();
        }
        self.place_anchors();
        let top = self.y;
        self.y += LINE_PITCH;
        self.empty = false;
        top
    }

    /// A block of body lines: `first_indent` before the first line, `right_indent` kept free at
    /// the right; headings and titles start a new page rather than end one (keep with next).
    fn lines_block(
        &mut self,
        chars: &[(char, bool)],
        style: Style,
        first_indent: f32,
        right_indent: f32,
        align: Align,
        keep_with: Option<&DocBlock>,
    ) {
        let width = self.block_width - right_indent;
        let lines = self.break_lines(chars, style, width - first_indent, width);
        if keep_with.is_some() && !self.empty {
            let needed = (lines.len() + 1) as f32 * LINE_PITCH;
            if self.y + needed > self.block_height + EPSILON {
                self.new_page();
            }
        }
        for (index, range) in lines.iter().enumerate() {
            let indent = if index == 0 { first_indent } else { 0.0 };
            let line = &chars[range.clone()];
            let top = self.line_top();
            let line_width = self.measure(line, style);
            let x = match align {
                Align::Left => indent,
                Align::Centre => (self.block_width - line_width) / 2.0,
                Align::Right => width - line_width,
            };
            self.draw_line(self.left + x, top, LINE_PITCH, line, style);
        }
    }

    /// A labelled block: the label, then the text; continuation lines hang under the text after
    /// the label (GB/T 9704 §10.3).
    fn labelled(&mut self, labelled: &Labelled) {
        let body = Style::of(Face::FangSong, BODY_SIZE);
        let label_style = if labelled.strong_label {
            Style::of(Face::Hei, BODY_SIZE)
        } else {
            body
        };
        let indent = labelled.indent_chars as f32 * CHAR;
        let hang = indent + labelled.label_chars as f32 * CHAR;
        let label = plain(&labelled.label);
        let label_width = self.measure(&label, label_style);
        let text = match &labelled.text {
            LabelledText::Lines(lines) => lines.join("\n"),
            LabelledText::Items { items, separator } => {
                let width = BODY_LINE_CHARS
                    .saturating_sub((labelled.indent_chars + labelled.label_chars) as usize);
                fill_items(items, separator, width).join("\n")
            }
        };
        let chars = plain(&text);
        let first_width = self.block_width - indent - label_width;
        let lines = self.break_lines(&chars, body, first_width, self.block_width - hang);
        let top = self.line_top();
        self.draw_line(self.left + indent, top, LINE_PITCH, &label, label_style);
        for (index, range) in lines.iter().enumerate() {
            let (top, x) = if index == 0 {
                (top, indent + label_width)
            } else {
                (self.line_top(), hang)
            };
            self.draw_line(self.left + x, top, LINE_PITCH, &chars[range.clone()], body);
        }
    }

    /// A table of a report: ruled, columns as the DOCX measures them, head rows bold and
    /// centred, figures centred; a chart (landscape) centres every seat in rows 9 mm tall. A
    /// row never splits; one that does not fit goes to the next page.
    fn table(&mut self, table: &model::Table) {
        let columns = table.rows.iter().map(Vec::len).max().unwrap_or(0).max(1);
        let size_half = table_size(columns, self.block_twips);
        let wide = self.block_twips > super::docx::TEXT_WIDTH;
        let size = size_half as f32 / 2.0;
        let widths: Vec<f32> = column_widths(table, columns, size_half, self.block_twips)
            .into_iter()
            .map(|twips| twips as f32 / 20.0)
            .collect();
        let leading = size * TABLE_LEADING;
        let min_height = if wide { 9.0 * MM } else { 0.0 };
        for (index, row) in table.rows.iter().enumerate() {
            let head = (index as u64) < u64::from(table.header_rows);
            let base = Style::of(Face::FangSong, size);
            let style = if head { base.bold() } else { base };
            let cells: Vec<LaidCell> = widths
                .iter()
                .enumerate()
                .map(|(column, width)| {
                    let text = row.get(column).map_or("", String::as_str);
                    let centred = head || wide || looks_like_a_figure(text);
                    let chars = plain(text);
                    let inner = width - 2.0 * TABLE_CELL_MARGIN;
                    let lines = self.break_lines(&chars, style, inner, inner);
                    (chars, lines, centred)
                })
                .collect();
            let line_count = cells.iter().map(|c| c.1.len()).max().unwrap_or(0).max(1);
            let height = (line_count as f32 * leading + 2.0 * TABLE_CELL_PADDING).max(min_height);
            let first_on_page = self.fit_row(height, &widths, TABLE_RULE) || index == 0;
            self.place_anchors();
            let top = self.y;
            let mut x = self.left;
            for ((chars, lines, centred), width) in cells.iter().zip(&widths) {
                let text_height = lines.len() as f32 * leading;
                let mut line_top = if wide {
                    top + (height - text_height) / 2.0
                } else {
                    top + TABLE_CELL_PADDING
                };
                for range in lines {
                    let line = &chars[range.clone()];
                    let line_x = if *centred {
                        x + (width - self.measure(line, style)) / 2.0
                    } else {
                        x + TABLE_CELL_MARGIN
                    };
                    self.draw_line(line_x, line_top, leading, line, style);
                    line_top += leading;
                }
                x += width;
            }
            self.row_rules(top, height, &widths, TABLE_RULE, TABLE_RULE, first_on_page);
            self.y += height;
            self.empty = false;
        }
        self.close_box(&widths, TABLE_RULE);
    }

    /// A form: a boxed table across the text block, columns by their shares, the head in 黑体
    /// one line tall and kept with the first row (and repeated on every page the form runs over
    /// where it says so), rows at least `row_height_pt` tall in the form's size of text, never
    /// split.
    fn form(&mut self, form: &Form) {
        let total = form.total_share();
        let widths: Vec<f32> = form
            .columns
            .iter()
            .map(|c| self.block_width * c.width.max(1) as f32 / total as f32)
            .collect();
        let head_style = Style::of(Face::Hei, FORM_SIZE);
        let head_leading = FORM_SIZE * TABLE_LEADING;
        let cell_style = Style::of(Face::FangSong, form.text.pt() as f32);
        let leading = form.text.line_pt() as f32;
        let head: Vec<(String, bool)> = form
            .columns
            .iter()
            .map(|c| (c.head.clone(), true))
            .collect();
        let head = self.lay_form_row(&head, &widths, LINE_PITCH, head_style, head_leading);
        let row_height = form.row_height_pt as f32;
        let rows: Vec<(Vec<LaidCell>, f32)> = form
            .rows
            .iter()
            .map(|row| {
                let cells: Vec<(String, bool)> = form
                    .columns
                    .iter()
                    .enumerate()
                    .map(|(index, column)| {
                        let text = row.get(index).map_or("", String::as_str);
                        (text.to_owned(), column.centred)
                    })
                    .collect();
                self.lay_form_row(&cells, &widths, row_height, cell_style, leading)
            })
            .collect();
        let first_height = rows.first().map_or(0.0, |r| r.1);
        if !self.empty && self.y + head.1 + first_height > self.block_height + EPSILON {
            self.new_page();
        }
        self.place_anchors();
        self.draw_form_row(&head.0, &widths, head.1, head_style, head_leading, true);
        for (cells, height) in &rows {
            let mut first_on_page = false;
            if !self.empty && self.y + height > self.block_height + EPSILON {
                self.close_box(&widths, FORM_OUTER_RULE);
                self.new_page();
                if form.repeat_head {
                    self.draw_form_row(&head.0, &widths, head.1, head_style, head_leading, true);
                } else {
                    first_on_page = true;
                }
            }
            self.draw_form_row(cells, &widths, *height, cell_style, leading, first_on_page);
        }
        self.close_box(&widths, FORM_OUTER_RULE);
    }

    /// One row of a form set in lines: each cell's text broken into even lines at a word when
    /// it is set flush left; the row's height, at least `min_height`.
    fn lay_form_row(
        &mut self,
        cells: &[(String, bool)],
        widths: &[f32],
        min_height: f32,
        style: Style,
        leading: f32,
    ) -> (Vec<LaidCell>, f32) {
        let laid: Vec<LaidCell> = cells
            .iter()
            .zip(widths)
            .map(|((text, centred), width)| {
                let inner = width - 2.0 * FORM_CELL_MARGIN;
                let fits = (inner / style.size).floor().max(0.0) as usize;
                let text = if *centred || fits == 0 {
                    text.clone()
                } else {
                    balanced(text, fits)
                };
                let chars = plain(&text);
                let lines = self.break_lines(&chars, style, inner, inner);
                (chars, lines, *centred)
            })
            .collect();
        let line_count = laid.iter().map(|c| c.1.len()).max().unwrap_or(0);
        let height = (line_count as f32 * leading + 2.0 * TABLE_CELL_PADDING).max(min_height);
        (laid, height)
    }

    /// Draws one laid row of a form at the current line, each cell's text centred on its
    /// height.
    fn draw_form_row(
        &mut self,
        laid: &[LaidCell],
        widths: &[f32],
        height: f32,
        style: Style,
        leading: f32,
        first_on_page: bool,
    ) {
        let top = self.y;
        let mut x = self.left;
        for ((chars, lines, centred), width) in laid.iter().zip(widths) {
            let mut line_top = top + (height - lines.len() as f32 * leading) / 2.0;
            for range in lines {
                let line = &chars[range.clone()];
                let line_x = if *centred {
                    x + (width - self.measure(line, style)) / 2.0
                } else {
                    x + FORM_CELL_MARGIN
                };
                self.draw_line(line_x, line_top, leading, line, style);
                line_top += leading;
            }
            x += width;
        }
        self.row_rules(
            top,
            height,
            widths,
            FORM_INNER_RULE,
            FORM_OUTER_RULE,
            first_on_page,
        );
        self.y += height;
        self.empty = false;
    }

    /// Starts a new page unless a row `height` tall fits below what the page holds, closing
    /// the box of the rows above with a rule `outer` wide; whether it started a page. An empty
    /// page takes the row anyway (it runs over the margin rather than be lost).
    fn fit_row(&mut self, height: f32, widths: &[f32], outer: f32) -> bool {
        if self.empty || self.y + height <= self.block_height + EPSILON {
            return false;
        }
        self.close_box(widths, outer);
        self.new_page();
        true
    }

    /// The rule under the last row drawn, `width` wide.
    fn close_box(&mut self, widths: &[f32], width: f32) {
        let y = self.pdf_y(self.y);
        let right = self.left + widths.iter().sum::<f32>();
        let content = &mut self.content;
        content.save_state();
        content.set_line_width(width);
        content.move_to(self.left, y);
        content.line_to(right, y);
        content.stroke();
        content.restore_state();
    }

    /// The rules of one row of cells: its top (`outer` wide where a box opens, `inner` between
    /// rows), the sides `outer` and the rules between cells `inner`.
    fn row_rules(
        &mut self,
        top: f32,
        height: f32,
        widths: &[f32],
        inner: f32,
        outer: f32,
        first_on_page: bool,
    ) {
        let y_top = self.pdf_y(top);
        let y_bottom = self.pdf_y(top + height);
        let right = self.left + widths.iter().sum::<f32>();
        let content = &mut self.content;
        content.save_state();
        content.set_line_width(if first_on_page { outer } else { inner });
        content.move_to(self.left, y_top);
        content.line_to(right, y_top);
        content.stroke();
        content.set_line_width(outer);
        content.move_to(self.left, y_top);
        content.line_to(self.left, y_bottom);
        content.move_to(right, y_top);
        content.line_to(right, y_bottom);
        content.stroke();
        content.set_line_width(inner);
        let mut x = self.left;
        for width in &widths[..widths.len().saturating_sub(1)] {
            x += width;
            content.move_to(x, y_top);
            content.line_to(x, y_bottom);
        }
        content.stroke();
        content.restore_state();
    }

    /// The PDF's y coordinate (from the page's foot) of a point `y` below the block's top.
    fn pdf_y(&self, y: f32) -> f32 {
        self.page_height - self.top - y
    }

    /// The width of a run of characters in `style`.
    fn measure(&mut self, chars: &[(char, bool)], style: Style) -> f32 {
        chars
            .iter()
            .map(|(ch, _)| self.glyphs.advance(*ch) * style.size + style.spacing)
            .sum()
    }

    /// Breaks a run into lines: the first `first_width` wide, the others `width`; a new line in
    /// the text always breaks. Chinese breaks between any two characters, except before closing
    /// and after opening punctuation (禁则) and inside a Latin word or a number.
    fn break_lines(
        &mut self,
        chars: &[(char, bool)],
        style: Style,
        first_width: f32,
        width: f32,
    ) -> Vec<std::ops::Range<usize>> {
        let mut lines = Vec::new();
        let mut start = 0;
        let mut used = 0.0;
        let mut last_break: Option<usize> = None;
        let mut index = 0;
        while index < chars.len() {
            let ch = chars[index].0;
            if ch == '\n' {
                lines.push(start..index);
                index += 1;
                start = index;
                used = 0.0;
                last_break = None;
                continue;
            }
            let limit = if lines.is_empty() { first_width } else { width };
            let advance = self.glyphs.advance(ch) * style.size + style.spacing;
            if index > start && may_break(chars[index - 1].0, ch) {
                last_break = Some(index);
            }
            if index > start && used + advance > limit + EPSILON {
                // Break before this character where the rules allow, else at the last place
                // they do, else (one long word) right here.
                let at = match last_break {
                    Some(at) if at > start => at,
                    _ => index,
                };
                lines.push(start..at);
                start = at;
                used = self.measure(&chars[start..index], style);
                last_break = None;
            }
            used += advance;
            index += 1;
        }
        if start < chars.len() || lines.is_empty() || chars.last().is_some_and(|c| c.0 == '\n') {
            lines.push(start..chars.len());
        }
        lines
    }

    /// Draws one line of text at `x` (points from the page's left edge), centred on a line
    /// `height` tall whose top is `top` below the block's top; runs of emphasis are stroked.
    fn draw_line(&mut self, x: f32, top: f32, height: f32, line: &[(char, bool)], style: Style) {
        let baseline = top + height / 2.0 + EM_CENTRE * style.size;
        let y = self.pdf_y(baseline);
        let mut x = x;
        let mut start = 0;
        while start < line.len() {
            let bold = line[start].1;
            let end = line[start..]
                .iter()
                .position(|c| c.1 != bold)
                .map_or(line.len(), |offset| start + offset);
            let run_style = if bold { style.bold() } else { style };
            let mut codes = Vec::with_capacity((end - start) * 2);
            let mut run_width = 0.0;
            let mut missing = false;
            for (ch, _) in &line[start..end] {
                let (cid, advance) = self.glyphs.glyph(*ch);
                missing |= cid == 0;
                codes.extend(cid.to_be_bytes());
                run_width += advance * style.size + style.spacing;
            }
            if !codes.is_empty() {
                let content = &mut self.content;
                // A character the font lacks prints as an empty box; the run says what it
                // stands for, so that it still copies out and is found by a search.
                if missing {
                    let text: String = line[start..end].iter().map(|c| c.0).collect();
                    content
                        .begin_marked_content_with_properties(Name(b"Span"))
                        .properties()
                        .actual_text(TextStr(&text));
                }
                content.begin_text();
                // The text state outlives BT … ET: set only what differs from the last run.
                let last = self.text_state.unwrap_or((0.0, f32::NAN, f32::NAN));
                if last.0 != run_style.size {
                    content.set_font(Name(b"F1"), run_style.size);
                }
                if last.1 != run_style.spacing {
                    content.set_char_spacing(run_style.spacing);
                }
                if last.2 != run_style.stroke {
                    if run_style.stroke > 0.0 {
                        content.set_text_rendering_mode(TextRenderingMode::FillStroke);
                        content.set_line_width(run_style.stroke);
                    } else {
                        content.set_text_rendering_mode(TextRenderingMode::Fill);
                    }
                }
                self.text_state = Some((run_style.size, run_style.spacing, run_style.stroke));
                content.set_text_matrix([1.0, 0.0, 0.0, 1.0, x, y]);
                content.show(Str(&codes));
                content.end_text();
                if missing {
                    content.end_marked_content();
                }
            }
            x += run_width;
            start = end;
        }
        self.empty = false;
    }

    /// Ends the page under way (with its number) and starts the next.
    fn new_page(&mut self) {
        self.finish_page();
        self.y = 0.0;
        self.empty = true;
    }

    /// Adds the page number to the page under way and keeps its content.
    fn finish_page(&mut self) {
        if self.numbering == PageNumbering::FromOne {
            let number = self.page_number();
            let text = plain(&format!("— {number} —"));
            let style = Style::of(Face::Song, PAGE_NUMBER_SIZE);
            let width = self.measure(&text, style);
            let x = if number % 2 == 1 {
                self.left + self.block_width - PAGE_NUMBER_SIZE - width
            } else {
                self.left + PAGE_NUMBER_SIZE
            };
            // draw_line centres on a line; place the baseline directly instead.
            let baseline_from_top = self.page_height - self.top - PAGE_NUMBER_BASELINE_MM * MM;
            let top = baseline_from_top - EM_CENTRE * style.size;
            self.draw_line(x, top, 0.0, &text, style);
        }
        let content = std::mem::replace(&mut self.content, Content::new());
        self.text_state = None;
        self.pages.push(font::deflate(&content.finish()));
    }

    /// The whole file: catalog, pages, the font, the document's name as its title.
    fn finish(mut self, name: &str) -> Result<Vec<u8>, ExportError> {
        self.finish_page();
        let catalog = Ref::new(1);
        let tree = Ref::new(2);
        let info = Ref::new(3);
        let font_ref = Ref::new(4);
        let mut next = Ref::new(5);
        let mut pdf = Pdf::new();
        pdf.set_version(1, 7);
        pdf.catalog(catalog).pages(tree).lang(TextStr("zh-CN"));
        pdf.document_info(info)
            .title(TextStr(name))
            .creator(TextStr("会务"))
            .producer(TextStr("会务"));
        let page_refs: Vec<(Ref, Ref)> = self
            .pages
            .iter()
            .map(|_| (next.bump(), next.bump()))
            .collect();
        pdf.pages(tree)
            .kids(page_refs.iter().map(|(page, _)| *page))
            .count(i32::try_from(page_refs.len()).unwrap_or(i32::MAX));
        let media = Rect::new(0.0, 0.0, self.page_width, self.page_height);
        for ((page_ref, content_ref), content) in page_refs.iter().zip(&self.pages) {
            let mut page = pdf.page(*page_ref);
            page.parent(tree).media_box(media).contents(*content_ref);
            page.resources().fonts().pair(Name(b"F1"), font_ref);
            page.finish();
            pdf.stream(*content_ref, content)
                .filter(Filter::FlateDecode);
        }
        let mut chunk = pdf_writer::Chunk::new();
        self.glyphs
            .write(&mut chunk, font_ref, &mut next)
            .ok_or_else(|| ExportError::Pdf {
                reason: "内置字体无法嵌入".to_owned(),
            })?;
        pdf.extend(&chunk);
        Ok(pdf.finish())
    }
}

/// Text as characters without emphasis.
fn plain(text: &str) -> Vec<(char, bool)> {
    text.chars().map(|c| (c, false)).collect()
}

/// Spans as characters with their emphasis.
fn styled(spans: &[Span]) -> Vec<(char, bool)> {
    spans
        .iter()
        .flat_map(|span| span.text.chars().map(move |c| (c, span.bold)))
        .collect()
}

/// Whether a line may break between `before` and `after`.
fn may_break(before: char, after: char) -> bool {
    let closing = matches!(
        after,
        '，' | '。'
            | '、'
            | '；'
            | '：'
            | '？'
            | '！'
            | '）'
            | '》'
            | '」'
            | '』'
            | '”'
            | '’'
            | '〕'
            | '】'
            | '…'
            | '%'
            | '·'
            | ','
            | '.'
            | ';'
            | ':'
            | '?'
            | '!'
            | ')'
            | ']'
            | '}'
            | '>'
            | '％'
            | '—'
    );
    let opening = matches!(
        before,
        '（' | '《' | '「' | '『' | '“' | '‘' | '〔' | '【' | '(' | '[' | '{' | '<'
    );
    if closing || opening {
        return false;
    }
    !(before.is_ascii_graphic() && after.is_ascii_graphic())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn punctuation_and_numbers_stay_with_their_neighbours() {
        assert!(!may_break('会', '，'));
        assert!(!may_break('《', '鹤'));
        assert!(!may_break('2', '0'));
        assert!(may_break('3', '年'));
        assert!(may_break('会', '议'));
    }

    #[test]
    fn a_body_line_holds_twenty_eight_characters() {
        let doc = Doc::new("x");
        let mut layout = Layout::new(&doc);
        let text = plain(&"会".repeat(60));
        let style = Style::of(Face::FangSong, BODY_SIZE);
        let lines = layout.break_lines(&text, style, layout.block_width, layout.block_width);
        let lengths: Vec<usize> = lines.iter().map(|r| r.len()).collect();
        assert_eq!(lengths, [28, 28, 4]);
        // A comma never starts a line: the character before it goes down with it.
        let text = plain(&("会".repeat(28) + "，会"));
        let lines = layout.break_lines(&text, style, layout.block_width, layout.block_width);
        let lengths: Vec<usize> = lines.iter().map(|r| r.len()).collect();
        assert_eq!(lengths, [27, 3]);
    }
}
