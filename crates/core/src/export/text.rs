//! Plain text writer: one line a block (paragraphs indented with two full-width spaces, as a
//! Chinese text file sets them), tables as tab-separated rows. The published lists come out
//! exactly in the gazette's form.

use super::doc::{Doc, DocBlock, Labelled, Span};
use super::lists::FULL_SPACE;

/// The heading of a table of contents, as every writer prints it.
pub const CONTENTS_HEADING: &str = "目\u{3000}\u{3000}录";

/// The first-line indent of a paragraph in plain text: two full-width spaces.
const PARAGRAPH_INDENT: &str = "\u{3000}\u{3000}";

/// Writes a document as plain text (UTF-8, `\n` line ends, a final new line).
pub fn write(doc: &Doc) -> String {
    let mut out = String::new();
    for block in &doc.blocks {
        match block {
            DocBlock::Title(text)
            | DocBlock::Centered(text)
            | DocBlock::Plain(text)
            | DocBlock::RightAligned(text)
            | DocBlock::AttachmentMark(text) => line(&mut out, text),
            DocBlock::Heading(_, text) => line(&mut out, &format!("{PARAGRAPH_INDENT}{text}")),
            DocBlock::Paragraph(spans) => {
                line(&mut out, &format!("{PARAGRAPH_INDENT}{}", plain_of(spans)));
            }
            DocBlock::Labelled(labelled) => {
                for text in labelled_lines(labelled) {
                    line(&mut out, &text);
                }
            }
            DocBlock::Table(table) => {
                if !table.caption.is_empty() {
                    line(&mut out, &table.caption);
                }
                for row in &table.rows {
                    line(&mut out, &row.join("\t"));
                }
            }
            DocBlock::Form(form) => {
                for row in form.text_rows() {
                    line(&mut out, &row.join("\t"));
                }
            }
            DocBlock::Blank | DocBlock::PageBreak => out.push('\n'),
            // A section at the very start sets the first pages' numbering: no empty line.
            DocBlock::Section(_) if out.is_empty() => {}
            DocBlock::Section(_) => out.push('\n'),
            DocBlock::Signature(signature) => {
                for issuer in &signature.issuer {
                    line(&mut out, issuer);
                }
                if !signature.date.is_empty() {
                    line(&mut out, &signature.date);
                }
            }
            DocBlock::Cover(cover) => {
                if !cover.above.is_empty() {
                    line(&mut out, &cover.above);
                }
                line(&mut out, &cover.name);
                for text in &cover.below {
                    line(&mut out, text);
                }
                out.push('\n');
                for text in &cover.foot {
                    line(&mut out, text);
                }
            }
            DocBlock::Contents(entries) => {
                line(&mut out, &doc.contents_heading);
                for entry in entries {
                    line(&mut out, &entry.title);
                }
            }
            DocBlock::Anchor(_) => {}
        }
    }
    out
}

/// The text of spans without their emphasis.
pub fn plain_of(spans: &[Span]) -> String {
    spans.iter().map(|s| s.text.as_str()).collect()
}

/// A labelled block as text lines: the label before the first line, continuation lines
/// indented by the label's width in full-width spaces.
pub fn labelled_lines(labelled: &Labelled) -> Vec<String> {
    let indent = spaces(labelled.indent_chars);
    let hang = spaces(labelled.label_chars);
    let lines = labelled.text.lines();
    if lines.is_empty() {
        return vec![format!("{indent}{}", labelled.label)];
    }
    lines
        .iter()
        .enumerate()
        .map(|(index, text)| {
            if index == 0 {
                format!("{indent}{}{text}", labelled.label)
            } else {
                format!("{indent}{hang}{text}")
            }
        })
        .collect()
}

/// `count` full-width spaces.
fn spaces(count: u32) -> String {
    std::iter::repeat_n(FULL_SPACE, count as usize).collect()
}

fn line(out: &mut String, text: &str) {
    out.push_str(text);
    out.push('\n');
}
