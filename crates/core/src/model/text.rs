//! Long texts (reports, resolutions) as blocks: headings, paragraphs and tables, as the seed has them.
//!
//! Inline emphasis is kept as `**…**` inside a paragraph, the way the gazette marks its bold
//! lead-ins (一是**加强居家社区养老服务体系建设**); exports render or strip it.

use serde::{Deserialize, Serialize};

/// One block of a long text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Block {
    /// A heading; level 1 is 「一、」, 2 is 「（一）」, 3 is 「1.」.
    Heading(u8, String),
    /// A paragraph of running text.
    Paragraph(String),
    /// A table: rows of cells; the first `header_rows` rows are its head.
    Table(Table),
}

/// A table inside a report.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Table {
    /// The caption printed above the table, may be empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    // most tables in the seed have none
    pub caption: String,
    /// How many of the first rows form the head.
    #[serde(default)] // 0: no head row
    pub header_rows: u32,
    /// The rows, each a list of cell texts.
    pub rows: Vec<Vec<String>>,
}

impl Block {
    /// The text of the block for searching and counting (a table's cells joined by tabs).
    pub fn plain_text(&self) -> String {
        match self {
            Self::Heading(_, text) | Self::Paragraph(text) => strip_emphasis(text),
            Self::Table(table) => table
                .rows
                .iter()
                .map(|row| row.join("\t"))
                .collect::<Vec<_>>()
                .join("\n"),
        }
    }

    /// Number of characters, used for the size figures the editor shows.
    pub fn char_count(&self) -> usize {
        match self {
            Self::Heading(_, text) | Self::Paragraph(text) => text.chars().count(),
            Self::Table(table) => table
                .rows
                .iter()
                .flatten()
                .map(|cell| cell.chars().count())
                .sum(),
        }
    }
}

/// Removes the `**` emphasis marks from a paragraph.
pub fn strip_emphasis(text: &str) -> String {
    text.replace("**", "")
}

/// Splits a paragraph into runs of (text, emphasised) at its `**` marks. An unpaired mark
/// leaves the rest of the paragraph emphasised, as a word processor would.
pub fn emphasis_runs(text: &str) -> Vec<(&str, bool)> {
    text.split("**")
        .enumerate()
        .filter(|(_, run)| !run.is_empty())
        .map(|(index, run)| (run, index % 2 == 1))
        .collect()
}

/// Turns a plain text (as typed or pasted in the editor) into blocks: one paragraph per
/// non-empty line; lines that start with a Chinese heading mark become headings; consecutive
/// lines with tabs become a table.
pub fn blocks_from_plain_text(text: &str) -> Vec<Block> {
    let mut blocks: Vec<Block> = Vec::new();
    for line in text.lines() {
        if line.contains('\t') {
            let row: Vec<String> = line
                .split('\t')
                .map(|cell| cell.trim().to_owned())
                .collect();
            if let Some(Block::Table(table)) = blocks.last_mut() {
                table.rows.push(row);
            } else {
                blocks.push(Block::Table(Table {
                    caption: String::new(),
                    header_rows: 1,
                    rows: vec![row],
                }));
            }
            continue;
        }
        blocks.extend(block_from_line(line));
    }
    blocks
}

/// One line of running text as a block: a heading when its leading mark says so
/// ([`heading_level`]), else a paragraph; `None` for a blank line. Trimmed.
pub fn block_from_line(line: &str) -> Option<Block> {
    let line = line.trim();
    if line.is_empty() {
        return None;
    }
    Some(match heading_level(line) {
        Some(level) => Block::Heading(level, line.to_owned()),
        None => Block::Paragraph(line.to_owned()),
    })
}

/// Blocks back to the plain text the editor shows: one block per line, tables as tab-separated rows.
pub fn plain_text_from_blocks(blocks: &[Block]) -> String {
    let mut out = String::new();
    for block in blocks {
        match block {
            Block::Heading(_, text) | Block::Paragraph(text) => out.push_str(text),
            Block::Table(table) => {
                for (index, row) in table.rows.iter().enumerate() {
                    if index > 0 {
                        out.push('\n');
                    }
                    out.push_str(&row.join("\t"));
                }
            }
        }
        out.push('\n');
    }
    out
}

/// The heading level a line's leading mark implies: 「一、」 → 1, 「（一）」 → 2, 「1.」/「1．」 → 3.
/// Only short lines count: a long sentence that starts 「一、」 is still a heading in the seed,
/// but one over 60 characters is running text.
pub fn heading_level(line: &str) -> Option<u8> {
    const CHINESE_DIGITS: &str = "一二三四五六七八九十";
    if line.chars().count() > 60 {
        return None;
    }
    let mut chars = line.chars();
    let first = chars.next()?;
    if CHINESE_DIGITS.contains(first) {
        let rest: String = line
            .chars()
            .skip_while(|c| CHINESE_DIGITS.contains(*c))
            .collect();
        return rest.starts_with('、').then_some(1);
    }
    if first == '（' || first == '(' {
        let rest: String = chars.skip_while(|c| CHINESE_DIGITS.contains(*c)).collect();
        let closed = rest.starts_with('）') || rest.starts_with(')');
        let had_digit = line
            .chars()
            .nth(1)
            .is_some_and(|c| CHINESE_DIGITS.contains(c));
        return (closed && had_digit).then_some(2);
    }
    if first.is_ascii_digit() {
        let rest: String = line.chars().skip_while(char::is_ascii_digit).collect();
        return (rest.starts_with('.') || rest.starts_with('．') || rest.starts_with('、'))
            .then_some(3);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heading_marks_give_levels() {
        assert_eq!(heading_level("一、办理成效"), Some(1));
        assert_eq!(heading_level("十二、其他"), Some(1));
        assert_eq!(heading_level("（一）财政管理审计查出问题整改情况"), Some(2));
        assert_eq!(heading_level("(四) 对法律法规进行修改完善"), Some(2));
        assert_eq!(heading_level("1. 达到或超过预期的指标（17 项）"), Some(3));
        assert_eq!(heading_level("一是重点任务全省领先。"), None);
        assert_eq!(heading_level("（注）"), None);
        assert_eq!(heading_level(""), None);
    }

    #[test]
    fn emphasis_is_split_and_stripped() {
        let text = "一要**加强养老**服务";
        assert_eq!(
            emphasis_runs(text),
            vec![("一要", false), ("加强养老", true), ("服务", false)]
        );
        assert_eq!(strip_emphasis(text), "一要加强养老服务");
    }

    #[test]
    fn plain_text_round_trips_through_blocks() {
        let text = "一、总体情况\n今年以来，工作有序推进。\n（一）主要做法\n坚持问题导向。\n";
        let blocks = blocks_from_plain_text(text);
        assert_eq!(blocks.len(), 4);
        assert_eq!(blocks[0], Block::Heading(1, "一、总体情况".to_owned()));
        assert_eq!(blocks[2], Block::Heading(2, "（一）主要做法".to_owned()));
        assert_eq!(plain_text_from_blocks(&blocks), text);
    }

    #[test]
    fn tab_separated_lines_become_a_table() {
        let blocks = blocks_from_plain_text("说明\n类别\t指标\n民生\t寿命\n结尾");
        assert_eq!(blocks.len(), 3);
        let Block::Table(table) = &blocks[1] else {
            panic!("{blocks:?}")
        };
        assert_eq!(table.rows, [["类别", "指标"], ["民生", "寿命"]]);
        assert_eq!(
            plain_text_from_blocks(&blocks),
            "说明\n类别\t指标\n民生\t寿命\n结尾\n"
        );
    }
}
