//! The format-neutral document tree every published document is built into once, and that
//! each writer (text, Markdown, HTML, DOCX) turns into a file.
//!
//! The blocks name what a block *is* in an official document (a title, a centred line under it,
//! a heading, an indented paragraph, a flush-left line, a labelled list with a hanging indent),
//! not how it looks: each writer decides the look for its format (GB/T 9704 for DOCX).

use crate::model::text::emphasis_runs;
use crate::model::{Block, Table};

/// A whole document: its name (for file metadata and the HTML title) and its blocks in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Doc {
    /// The document's name, e.g. 「鹤壁市第十二届人民代表大会常务委员会第九次会议纪要」.
    pub name: String,
    /// The blocks, top to bottom.
    pub blocks: Vec<DocBlock>,
    /// The paper: A4 portrait with the GB/T 9704 margins unless the document is a chart.
    pub page: PageLayout,
    /// How its pages are set: an official document with page numbers, or a form without.
    pub pages: PageStyle,
    /// The heading every writer prints over a table of contents: 「目　　录」, in the document's
    /// characters.
    pub contents_heading: String,
}

impl Default for Doc {
    fn default() -> Self {
        Self::new("")
    }
}

/// The paper a document is printed on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PageLayout {
    /// A4 portrait, GB/T 9704 margins: every official document.
    #[default]
    A4Portrait,
    /// A4 landscape, 20 mm margins: a seating chart.
    A4Landscape,
    /// A3 landscape, 20 mm margins: the seating chart of a large hall.
    A3Landscape,
}

impl PageLayout {
    /// Width and height in millimetres.
    pub fn size_mm(self) -> (f64, f64) {
        match self {
            Self::A4Portrait => (210.0, 297.0),
            Self::A4Landscape => (297.0, 210.0),
            Self::A3Landscape => (420.0, 297.0),
        }
    }

    /// Margins in millimetres: top, bottom, left, right.
    pub fn margins_mm(self) -> (f64, f64, f64, f64) {
        match self {
            Self::A4Portrait => (37.0, 35.0, 28.0, 26.0),
            Self::A4Landscape | Self::A3Landscape => (20.0, 20.0, 20.0, 20.0),
        }
    }
}

/// GB/T 9704's measures of the page, shared by the writers that set pages (DOCX and PDF), in
/// the units of Word's files: twips (1/20 pt) and half-points.
pub mod measure {
    /// 225 mm of text block / 22 lines = 28.95 pt a line, in twips.
    pub const LINE_PITCH: usize = 579;
    /// 28 characters across 156 mm are 15.79 pt apart: 3号 type (16 pt) set 0.25 pt tighter, in
    /// twentieths of a point. (Word's own character grid, `linesAndChars` with a negative
    /// `charSpace`, would do the same in Word and WPS, but LibreOffice spreads every character
    /// over two grid cells with it; tightened runs on a line grid look the same in all three.)
    pub const CHAR_SPACING: i32 = -5;
    /// The pitch of one body character (16 pt − 0.25 pt = 15.75 pt) in twips, the unit of
    /// indents, so that a hanging line starts exactly under the first character after a label.
    pub const CHAR: i32 = 315;
    /// 2号 (22 pt), the title, in half-points.
    pub const TITLE_SIZE: usize = 44;
    /// 3号 (16 pt), body text, in half-points.
    pub const BODY_SIZE: usize = 32;
    /// 4号 (14 pt), page numbers, in half-points.
    pub const PAGE_NUMBER_SIZE: usize = 28;
    /// 小四 (12 pt), tables, in half-points.
    pub const TABLE_SIZE: usize = 24;
    /// Forms are set in 4号 (14 pt): a ballot's subject fits on a line or two, names stand clear.
    pub const FORM_SIZE: usize = 28;
    /// Characters a title line holds (2号 type across 156 mm).
    pub const TITLE_LINE_CHARS: usize = 20;
    /// Characters a body line holds.
    pub const BODY_LINE_CHARS: usize = 28;
    /// 小初 (36 pt), a cover's name, in half-points.
    pub const COVER_SIZE: usize = 72;
    /// Lines of the GB/T 9704 page.
    pub const LINES_PER_PAGE: usize = 22;
}

/// The faces of GB/T 9704, as the writers that set pages use them: the DOCX names them as
/// offices have them installed, the PDF maps them onto the bundled font.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Face {
    /// 仿宋_GB2312: body text.
    FangSong,
    /// 方正小标宋简体: titles.
    XiaoBiaoSong,
    /// 黑体: level-1 headings, labels of the minutes' attendance lines, form heads.
    Hei,
    /// 楷体_GB2312: level-2 headings, the lines under a title.
    Kai,
    /// 宋体: page numbers.
    Song,
}

impl Face {
    /// The face's name as Chinese offices have it installed.
    pub fn name(self) -> &'static str {
        match self {
            Self::FangSong => "仿宋_GB2312",
            Self::XiaoBiaoSong => "方正小标宋简体",
            Self::Hei => "黑体",
            Self::Kai => "楷体_GB2312",
            Self::Song => "宋体",
        }
    }

    /// The face of a heading: 「一、」 黑体, 「（一）」 楷体, deeper levels 仿宋.
    pub fn of_heading(level: u8) -> Self {
        match level {
            0 | 1 => Self::Hei,
            2 => Self::Kai,
            _ => Self::FangSong,
        }
    }
}

impl Form {
    /// The sum of the columns' shares (each at least 1), which divide the text block.
    pub fn total_share(&self) -> u32 {
        self.columns
            .iter()
            .map(|c| c.width.max(1))
            .sum::<u32>()
            .max(1)
    }
}

/// How the pages of a document are set.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PageStyle {
    /// An official document (GB/T 9704): page numbers 「— 1 —」 at the foot.
    #[default]
    Official,
    /// A form handed out to be filled in (ballots, sign-in sheets, certificates): the same
    /// page, no page numbers.
    Form,
}

/// A run of text inside a paragraph, emphasised (bold) or not.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Span {
    /// The text.
    pub text: String,
    /// Whether the run is emphasised (the gazette's bold lead-ins).
    pub bold: bool,
}

/// One block of a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DocBlock {
    /// The title (DOCX: 2号方正小标宋简体, centred).
    Title(String),
    /// A centred line under a title: the header line 「——2023年12月21日在…会议上」, the byline,
    /// the adoption line 「（…会议通过）」, a document number.
    Centered(String),
    /// A heading; level 1 is 「一、」 (黑体), 2 is 「（一）」 (楷体), 3 and deeper 「1.」 (仿宋).
    Heading(u8, String),
    /// A paragraph of running text, first line indented two characters.
    Paragraph(Vec<Span>),
    /// A line flush with the left margin: a salutation, an addressee, a line of a name list.
    Plain(String),
    /// A line flush right: the signatory and date of a motion.
    RightAligned(String),
    /// A label followed by text whose continuation lines align after the label: 「出席：」,
    /// 「请　　假：」. `lines` are pre-broken lines (lists print five names a line) or one long
    /// line the word processor wraps.
    Labelled(Labelled),
    /// The mark above an attachment: 「附件」 (黑体, flush left).
    AttachmentMark(String),
    /// A table, with its caption.
    Table(Table),
    /// A form to fill in by hand: a boxed table with fixed columns and rows tall enough to
    /// sign or mark in (sign-in sheets, ballots).
    Form(Form),
    /// An empty line (GB/T 9704 「空一行」).
    Blank,
    /// Start a new page (between the documents of the gazette).
    PageBreak,
    /// Start a new page that begins a section of the document with its own page numbers: a
    /// separately sent document numbered from 「— 1 —」 again (the notice to the 列席 units after
    /// the one to the members, each 审议意见), or pages without numbers (a gazette's cover and
    /// 目录). At the very start of a document it sets the numbering of its first pages.
    Section(PageNumbering),
    /// The signature (落款) of a document an office issues: who issues it and the date, laid out
    /// as GB/T 9704 §7.3.5 lays out a sealed document (the date four characters in from the
    /// right, the issuer centred over it).
    Signature(Signature),
    /// A cover page: the publication's name large in the middle, what it is under it, the
    /// issuer and the date at the foot.
    Cover(Cover),
    /// A table of contents (目录): the parts that follow, each pointing at its [`DocBlock::Anchor`];
    /// writers that know pages give each its first page.
    Contents(Vec<ContentsEntry>),
    /// Where a contents entry points: the first page of a part.
    Anchor(String),
}

/// How the pages of a section of a document are numbered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PageNumbering {
    /// 「— 1 —」 from the section's first page on.
    FromOne,
    /// No page numbers (a cover, a 目录).
    None,
}

/// A signature block (落款): the issuer on one or more lines, then the date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Signature {
    /// 「鹤壁市人民代表大会常务委员会办公室」, or 「鹤壁市人民代表大会常务委员会」 and 「主任　史全新」.
    pub issuer: Vec<String>,
    /// 「2023年12月14日」; empty for none.
    pub date: String,
}

impl Signature {
    /// Where the lines of the signature are centred, in body characters from the right edge of
    /// the text block (GB/T 9704 §7.3.5.1 for a sealed document): the date four characters in
    /// from the right, every line of the issuer centred over it; an issuer too long for that
    /// keeps two characters from the right and the date is centred under it. One answer for the
    /// DOCX and the PDF.
    pub fn axis_chars(&self) -> f64 {
        let widest = self
            .issuer
            .iter()
            .map(|l| width_chars(l))
            .fold(0.0, f64::max);
        let axis = if self.date.is_empty() {
            2.0 + widest / 2.0
        } else {
            4.0 + width_chars(&self.date) / 2.0
        };
        if axis - widest / 2.0 < 2.0 {
            2.0 + widest / 2.0
        } else {
            axis
        }
    }
}

/// How wide `text` prints in body characters: Latin letters and figures count half.
pub fn width_chars(text: &str) -> f64 {
    text.chars()
        .map(|c| if c.is_ascii() { 0.5 } else { 1.0 })
        .sum()
}

/// A cover page (see [`DocBlock::Cover`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cover {
    /// Above the name: 「鹤壁市人民代表大会常务委员会」.
    pub above: String,
    /// The publication's name: 「会刊」.
    pub name: String,
    /// Under the name: the issue (期号) and what it gathers.
    pub below: Vec<String>,
    /// At the foot: the issuer and the date.
    pub foot: Vec<String>,
}

/// One line of a table of contents.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentsEntry {
    /// The part's title, on one line.
    pub title: String,
    /// The anchor at the part's start.
    pub anchor: String,
}

/// A labelled block with a hanging indent (see [`DocBlock::Labelled`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Labelled {
    /// The label with its colon: 「出席：」, 「副 主 任：」.
    pub label: String,
    /// The text after the label.
    pub text: LabelledText,
    /// Characters of indentation before the label (the minutes indent 「出席：」 two characters).
    pub indent_chars: u32,
    /// How wide the label prints, in characters; continuation lines start this far in.
    pub label_chars: u32,
    /// Whether the label is set in 黑体 (the minutes) rather than the body face (the lists).
    pub strong_label: bool,
}

/// A form to fill in by hand (see [`DocBlock::Form`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Form {
    /// The columns, left to right, with their heads.
    pub columns: Vec<FormColumn>,
    /// The rows under the head, one text per column; an empty text is a cell to fill in.
    pub rows: Vec<Vec<String>>,
    /// How tall a row is at least, in points (a line of the GB/T 9704 page is 28.95 pt, about
    /// 10 mm): room to sign or to draw a mark; 0: as tall as its text. Longer texts make their
    /// row taller.
    pub row_height_pt: u32,
    /// Whether the head is repeated at the top of every page the form runs over.
    pub repeat_head: bool,
    /// The size of the text in the rows: 4号 as a rule, smaller to set a long ballot on one
    /// sheet.
    pub text: FormText,
}

/// The size of a form's text in its rows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub enum FormText {
    /// 4号 (14 pt): a ballot's subject on a line or two, names clear.
    #[default]
    Normal,
    /// 小四 (12 pt).
    Small,
    /// 五号 (10.5 pt): the smallest a ballot is printed in.
    Smaller,
}

impl FormText {
    /// Every size, largest first.
    pub const ALL: [FormText; 3] = [Self::Normal, Self::Small, Self::Smaller];

    /// The size in points.
    pub fn pt(self) -> f64 {
        match self {
            Self::Normal => FORM_TEXT_PT,
            Self::Small => 12.0,
            Self::Smaller => 10.5,
        }
    }

    /// One line of the text, single-spaced, in points.
    pub fn line_pt(self) -> f64 {
        self.pt() * FORM_LINE_PT / FORM_TEXT_PT
    }
}

/// The height of one line of the GB/T 9704 page in points: 225 mm of text block over 22 lines.
pub const LINE_PT: f64 = 28.95;

/// The size of a form's text in points (4号: a ballot's subject fits on a line or two, names
/// stand clear).
pub const FORM_TEXT_PT: f64 = 14.0;

/// One line of a form's text, single-spaced, in points.
pub const FORM_LINE_PT: f64 = 16.8;

/// The space left and right inside a form's cell, in points.
pub const FORM_CELL_MARGIN_PT: f64 = 3.0;

/// The width of the GB/T 9704 text block in points (156 mm).
pub const TEXT_BLOCK_PT: f64 = 442.2;

impl Form {
    /// Characters of the form's text a line of column `index` holds (the columns share the
    /// text block by their widths; Latin letters count half).
    pub fn column_chars(&self, index: usize) -> u32 {
        let total: u32 = self
            .columns
            .iter()
            .map(|c| c.width.max(1))
            .sum::<u32>()
            .max(1);
        let share = self.columns.get(index).map_or(0, |c| c.width.max(1));
        let width = TEXT_BLOCK_PT * f64::from(share) / f64::from(total) - 2.0 * FORM_CELL_MARGIN_PT;
        (width / self.text.pt()).floor().max(1.0) as u32
    }

    /// How many lines `text` takes in column `index`.
    pub fn text_lines(&self, index: usize, text: &str) -> u32 {
        let chars = f64::from(self.column_chars(index));
        text.split('\n')
            .map(|line| {
                let width: f64 = line
                    .chars()
                    .map(|c| if c.is_ascii() { 0.5 } else { 1.0 })
                    .sum();
                (width / chars).ceil().max(1.0) as u32
            })
            .sum()
    }
}

/// How tall a form's row is at least, in whole points, for `lines` lines of the page.
pub fn lines_pt(lines: u32) -> u32 {
    (LINE_PT * f64::from(lines)).round() as u32
}

/// One column of a [`Form`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormColumn {
    /// The head: 「序号」, 「姓名」, 「赞成」.
    pub head: String,
    /// The column's share of the width: the columns divide the text block in proportion to
    /// their shares (a share of 2 for every character of body text, of which a line holds 28,
    /// is a good measure).
    pub width: u32,
    /// Whether the cells are centred (numbers, names, marks) rather than set flush left
    /// (the long text of a ballot's subject).
    pub centred: bool,
}

impl FormColumn {
    /// A column whose cells are centred.
    pub fn centred(head: &str, width: u32) -> Self {
        Self {
            head: head.to_owned(),
            width,
            centred: true,
        }
    }

    /// A column whose cells are set flush left.
    pub fn left(head: &str, width: u32) -> Self {
        Self {
            head: head.to_owned(),
            width,
            centred: false,
        }
    }
}

impl Form {
    /// The head and the rows as rows of text (the head first), for the text and Markdown
    /// writers.
    pub fn text_rows(&self) -> Vec<Vec<String>> {
        let head: Vec<String> = self.columns.iter().map(|c| c.head.clone()).collect();
        std::iter::once(head)
            .chain(self.rows.iter().cloned())
            .collect()
    }
}

/// The text of a labelled block.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LabelledText {
    /// Lines broken by the builder, the same in every format (lists print five names a line).
    Lines(Vec<String>),
    /// Items (names, units) joined by `separator` into one run of text; a word processor
    /// breaks its lines between items, never inside one (a name is not split over two lines).
    Items {
        /// The items, in order.
        items: Vec<String>,
        /// What stands between two items: 「、」, 「；」.
        separator: String,
    },
}

impl LabelledText {
    /// The text as lines: `Lines` as they are, `Items` joined into one line.
    pub fn lines(&self) -> Vec<String> {
        match self {
            Self::Lines(lines) => lines.clone(),
            Self::Items { items, separator } => vec![items.join(separator)],
        }
    }
}

impl Doc {
    /// An empty document called `name`.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            blocks: Vec::new(),
            page: PageLayout::default(),
            pages: PageStyle::Official,
            contents_heading: super::text::CONTENTS_HEADING.to_owned(),
        }
    }

    /// An empty form (no page numbers) called `name`.
    pub fn form(name: impl Into<String>) -> Self {
        Self {
            pages: PageStyle::Form,
            ..Self::new(name)
        }
    }

    /// Appends a block.
    pub fn push(&mut self, block: DocBlock) {
        self.blocks.push(block);
    }

    /// Appends a paragraph of plain text (no emphasis).
    pub fn paragraph(&mut self, text: impl Into<String>) {
        self.blocks
            .push(DocBlock::Paragraph(vec![Span::plain(text)]));
    }

    /// Appends the blocks of another document (for the gazette), starting on a new page when
    /// this one already has content.
    pub fn append_on_new_page(&mut self, other: Doc) {
        if !self.blocks.is_empty() {
            self.blocks.push(DocBlock::PageBreak);
        }
        self.blocks.extend(other.blocks);
    }

    /// Appends another document sent on its own (a second notice, another 审议意见): on a new
    /// page, its pages numbered from 「— 1 —」 again.
    pub fn append_separately(&mut self, other: Doc) {
        if !self.blocks.is_empty() {
            self.blocks.push(DocBlock::Section(PageNumbering::FromOne));
        }
        self.blocks.extend(other.blocks);
    }

    /// The plain text of every block, for searching and size checks in tests.
    pub fn all_text(&self) -> String {
        crate::export::text::write(self)
    }

    /// The document with every text it prints passed through `convert` (its name, titles,
    /// paragraphs, labels, cells, signature, cover, contents): one place for a change of the
    /// whole text, such as traditional characters (FORMS.md §22), the same in every format.
    pub fn map_text(&mut self, convert: &dyn Fn(&str) -> String) {
        let each = |texts: &mut Vec<String>| {
            for text in texts.iter_mut() {
                *text = convert(text);
            }
        };
        self.name = convert(&self.name);
        self.contents_heading = convert(&self.contents_heading);
        for block in &mut self.blocks {
            match block {
                DocBlock::Title(text)
                | DocBlock::Centered(text)
                | DocBlock::Heading(_, text)
                | DocBlock::Plain(text)
                | DocBlock::RightAligned(text)
                | DocBlock::AttachmentMark(text)
                | DocBlock::Anchor(text) => *text = convert(text),
                DocBlock::Paragraph(spans) => {
                    for span in spans {
                        span.text = convert(&span.text);
                    }
                }
                DocBlock::Labelled(labelled) => {
                    labelled.label = convert(&labelled.label);
                    match &mut labelled.text {
                        LabelledText::Lines(lines) => each(lines),
                        LabelledText::Items { items, separator } => {
                            each(items);
                            *separator = convert(separator);
                        }
                    }
                }
                DocBlock::Table(table) => {
                    table.caption = convert(&table.caption);
                    table.rows.iter_mut().for_each(each);
                }
                DocBlock::Form(form) => {
                    for column in &mut form.columns {
                        column.head = convert(&column.head);
                    }
                    form.rows.iter_mut().for_each(each);
                }
                DocBlock::Signature(signature) => {
                    each(&mut signature.issuer);
                    signature.date = convert(&signature.date);
                }
                DocBlock::Cover(cover) => {
                    cover.above = convert(&cover.above);
                    cover.name = convert(&cover.name);
                    each(&mut cover.below);
                    each(&mut cover.foot);
                }
                DocBlock::Contents(entries) => {
                    for entry in entries {
                        entry.title = convert(&entry.title);
                        entry.anchor = convert(&entry.anchor);
                    }
                }
                DocBlock::Blank | DocBlock::PageBreak | DocBlock::Section(_) => {}
            }
        }
    }
}

impl Span {
    /// A run without emphasis.
    pub fn plain(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            bold: false,
        }
    }
}

/// The spans of a paragraph written with `**…**` emphasis marks (model::text).
pub fn spans_of(text: &str) -> Vec<Span> {
    emphasis_runs(text)
        .into_iter()
        .map(|(text, bold)| Span {
            text: text.to_owned(),
            bold,
        })
        .collect()
}

impl PageLayout {
    /// Lines of body text a page holds: 22 on the GB/T 9704 page; a landscape chart is not set
    /// in lines and gets what its height allows.
    pub fn lines_per_page(self) -> u32 {
        match self {
            Self::A4Portrait => 22,
            Self::A4Landscape => 15,
            Self::A3Landscape => 22,
        }
    }

    /// Characters of body text (3号, 16 pt) a line holds: 28 on the GB/T 9704 page.
    pub fn chars_per_line(self) -> u32 {
        match self {
            Self::A4Portrait => 28,
            Self::A4Landscape => 45,
            Self::A3Landscape => 67,
        }
    }
}

/// The model's long-text blocks (a report body) as document blocks.
pub fn blocks_of(body: &[Block]) -> Vec<DocBlock> {
    body.iter()
        .map(|block| match block {
            Block::Heading(level, text) => DocBlock::Heading(*level, strip_marks(text)),
            Block::Paragraph(text) => DocBlock::Paragraph(spans_of(text)),
            Block::Table(table) => DocBlock::Table(table.clone()),
        })
        .collect()
}

/// A heading's text without emphasis marks (headings are set in their own face already).
fn strip_marks(text: &str) -> String {
    crate::model::text::strip_emphasis(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emphasis_becomes_bold_spans() {
        let spans = spans_of("一是**加强养老**服务");
        assert_eq!(spans.len(), 3);
        assert!(spans[1].bold && spans[1].text == "加强养老");
        assert!(!spans[0].bold && !spans[2].bold);
    }
}
