//! Markdown writer (CommonMark with GFM tables): the title as `#`, headings one level below,
//! emphasis as `**…**`, lines of lists kept as lines (hard breaks), tables as pipe tables, page
//! breaks as rules. Every character Markdown would read as markup is escaped.

use super::doc::{Doc, DocBlock, Span};
use super::text::labelled_lines;

/// Writes a document as Markdown.
pub fn write(doc: &Doc) -> String {
    let mut out = String::new();
    // Consecutive line-like blocks (list lines, signatures) form one paragraph with hard breaks.
    let mut lines: Vec<String> = Vec::new();
    for block in &doc.blocks {
        match block {
            DocBlock::Plain(text) | DocBlock::RightAligned(text) => {
                lines.push(escape_line(text));
                continue;
            }
            DocBlock::Signature(signature) => {
                lines.extend(signature.issuer.iter().map(|l| escape_line(l)));
                if !signature.date.is_empty() {
                    lines.push(escape_line(&signature.date));
                }
                continue;
            }
            DocBlock::Labelled(labelled) => {
                lines.extend(labelled_lines(labelled).iter().map(|l| escape_line(l)));
                continue;
            }
            _ => flush(&mut out, &mut lines),
        }
        match block {
            DocBlock::Title(text) => {
                out.push_str(&format!("# {}\n\n", escape_line(&text.replace('\n', ""))));
            }
            DocBlock::Centered(text) => {
                let escaped: Vec<String> = text.split('\n').map(escape_line).collect();
                out.push_str(&escaped.join("\\\n"));
                out.push_str("\n\n");
            }
            DocBlock::Heading(level, text) => {
                let hashes = "#".repeat(usize::from(*level).clamp(1, 5) + 1);
                out.push_str(&format!("{hashes} {}\n\n", escape_line(text)));
            }
            DocBlock::Paragraph(spans) => {
                out.push_str(&spans_markdown(spans));
                out.push_str("\n\n");
            }
            DocBlock::AttachmentMark(text) => {
                out.push_str(&format!("**{}**\n\n", escape_line(text)));
            }
            DocBlock::Table(table) => {
                if !table.caption.is_empty() {
                    out.push_str(&format!("**{}**\n\n", escape_line(&table.caption)));
                }
                out.push_str(&table_markdown(&table.rows));
                out.push('\n');
            }
            DocBlock::Form(form) => {
                out.push_str(&table_markdown(&form.text_rows()));
                out.push('\n');
            }
            DocBlock::Section(_) if out.is_empty() => {}
            DocBlock::PageBreak | DocBlock::Section(_) => out.push_str("---\n\n"),
            DocBlock::Cover(cover) => {
                if !cover.above.is_empty() {
                    out.push_str(&format!("{}\n\n", escape_line(&cover.above)));
                }
                out.push_str(&format!("# {}\n\n", escape_line(&cover.name)));
                for text in cover.below.iter().chain(&cover.foot) {
                    out.push_str(&format!("{}\n\n", escape_line(text)));
                }
            }
            DocBlock::Contents(entries) => {
                out.push_str(&format!("## {}\n\n", doc.contents_heading));
                for entry in entries {
                    out.push_str(&format!("- {}\n", escape_inline(&entry.title)));
                }
                out.push('\n');
            }
            DocBlock::Blank
            | DocBlock::Anchor(_)
            | DocBlock::Plain(_)
            | DocBlock::RightAligned(_)
            | DocBlock::Signature(_)
            | DocBlock::Labelled(_) => {}
        }
    }
    flush(&mut out, &mut lines);
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

/// Writes the gathered lines as one paragraph, lines joined by hard breaks.
fn flush(out: &mut String, lines: &mut Vec<String>) {
    if lines.is_empty() {
        return;
    }
    out.push_str(&lines.join("\\\n"));
    out.push_str("\n\n");
    lines.clear();
}

/// A paragraph's spans, emphasised runs between `**`.
fn spans_markdown(spans: &[Span]) -> String {
    let mut text = String::new();
    for (index, span) in spans.iter().enumerate() {
        let escaped = if index == 0 {
            escape_line(&span.text)
        } else {
            escape_inline(&span.text)
        };
        if span.bold && !span.text.trim().is_empty() {
            text.push_str(&format!("**{escaped}**"));
        } else {
            text.push_str(&escaped);
        }
    }
    text.replace('\n', " ")
}

/// A pipe table; the first row is the head (GFM tables need one).
fn table_markdown(rows: &[Vec<String>]) -> String {
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0).max(1);
    let mut out = String::new();
    for (index, row) in rows.iter().enumerate() {
        let cells: Vec<String> = (0..columns)
            .map(|c| {
                let cell = row.get(c).map_or("", String::as_str);
                escape_inline(cell).replace('|', "\\|").replace('\n', " ")
            })
            .collect();
        out.push_str(&format!("| {} |\n", cells.join(" | ")));
        if index == 0 {
            out.push_str(&format!("|{}\n", " --- |".repeat(columns)));
        }
    }
    out
}

/// Escapes text at the start of a line: inline markup, and what would start a heading, a
/// list, a quote or a rule.
pub fn escape_line(text: &str) -> String {
    let escaped = escape_inline(text);
    if escaped.starts_with(['#', '+', '-', '=']) {
        return format!("\\{escaped}");
    }
    // 「1. 」 or 「1) 」 would start an ordered list: escape the mark after the digits.
    let digits = escaped.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && escaped[digits..].starts_with(['.', ')']) {
        return format!("{}\\{}", &escaped[..digits], &escaped[digits..]);
    }
    escaped
}

/// Escapes the characters Markdown reads as inline markup.
pub fn escape_inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '&' | '~' | '!'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_user_text_is_escaped() {
        assert_eq!(escape_inline("<script>*x*"), "\\<script\\>\\*x\\*");
        assert_eq!(escape_line("# 不是标题"), "\\# 不是标题");
        assert_eq!(escape_line("1. 不是列表"), "1\\. 不是列表");
        assert_eq!(escape_line("一、标题"), "一、标题");
    }

    #[test]
    fn tables_get_a_head_row() {
        let rows = vec![
            vec!["类别".to_owned(), "指标".to_owned()],
            vec!["a|b".to_owned()],
        ];
        assert_eq!(
            table_markdown(&rows),
            "| 类别 | 指标 |\n| --- | --- |\n| a\\|b |  |\n"
        );
    }
}
