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

/// Whether a character is Chinese text or Chinese punctuation: what a half-width mark next to it
/// betrays as a copy's slip.
fn is_chinese(c: char) -> bool {
    matches!(c,
        '\u{3000}'..='\u{303F}'   // CJK punctuation
        | '\u{3400}'..='\u{9FFF}' // CJK ideographs
        | '\u{FF00}'..='\u{FFEF}' // full-width forms
        | '\u{2018}'..='\u{201D}' // quotation marks
        | '\u{2014}' | '\u{2026}' // dash, ellipsis
    )
}

/// The full-width form of a half-width mark Chinese text takes (FORMS.md §22).
fn full_width_of(c: char) -> Option<char> {
    Some(match c {
        ',' => '，',
        ';' => '；',
        ':' => '：',
        '?' => '？',
        '!' => '！',
        '(' => '（',
        ')' => '）',
        _ => return None,
    })
}

/// `text` with the half-width punctuation of Chinese text made full-width (「2023年,在」 →
/// 「2023年，在」, 「办法(试行)」 → 「办法（试行）」), and how many marks were changed. A mark is
/// Chinese text's when a Chinese character or mark stands before or after it (spaces after it
/// skipped, and dropped with it); marks between digits (「1,000」, 「8:30」) and in Latin text stay.
pub fn full_width_punctuation(text: &str) -> (String, usize) {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut changed = 0;
    let mut open_changed = 0usize;
    let mut at = 0;
    while at < chars.len() {
        let c = chars[at];
        let Some(full) = full_width_of(c) else {
            out.push(c);
            at += 1;
            continue;
        };
        let before = at.checked_sub(1).map(|i| chars[i]);
        let mut after_at = at + 1;
        while chars.get(after_at) == Some(&' ') {
            after_at += 1;
        }
        let after = chars.get(after_at).copied();
        let between_digits = before.is_some_and(|b| b.is_ascii_digit())
            && chars.get(at + 1).is_some_and(|a| a.is_ascii_digit());
        let chinese = before.is_some_and(is_chinese) || after.is_some_and(is_chinese);
        let closes_a_changed = c == ')' && open_changed > 0;
        if (chinese && !between_digits) || closes_a_changed {
            out.push(full);
            changed += 1;
            match c {
                '(' => open_changed += 1,
                ')' => open_changed = open_changed.saturating_sub(1),
                _ => {}
            }
            // The spaces after a mark made full-width go with it (a full-width mark has its own).
            at = if c == '(' { at + 1 } else { after_at };
        } else {
            out.push(c);
            at += 1;
        }
    }
    (out, changed)
}

/// How many half-width marks of Chinese text `text` holds (see [`full_width_punctuation`]).
pub fn half_width_marks(text: &str) -> usize {
    full_width_punctuation(text).1
}

impl Block {
    /// The block with its half-width punctuation made full-width, and how many marks changed.
    pub fn full_width_punctuation(&self) -> (Block, usize) {
        match self {
            Self::Heading(level, text) => {
                let (text, n) = full_width_punctuation(text);
                (Self::Heading(*level, text), n)
            }
            Self::Paragraph(text) => {
                let (text, n) = full_width_punctuation(text);
                (Self::Paragraph(text), n)
            }
            Self::Table(table) => {
                let mut count = 0;
                let mut table = table.clone();
                for cell in table.rows.iter_mut().flatten() {
                    let (text, n) = full_width_punctuation(cell);
                    *cell = text;
                    count += n;
                }
                (Self::Table(table), count)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn half_width_marks_of_chinese_text_become_full_width() {
        use super::{full_width_punctuation, half_width_marks};
        assert_eq!(
            full_width_punctuation("2023年,在市委正确领导下, 全市代表建议办理工作"),
            (
                "2023年，在市委正确领导下，全市代表建议办理工作".to_owned(),
                2
            )
        );
        assert_eq!(
            full_width_punctuation("《办法(试行)》;具体为:一是"),
            ("《办法（试行）》；具体为：一是".to_owned(), 4)
        );
        // Numbers, times and Latin text keep their marks.
        assert_eq!(
            half_width_marks("共1,000人，8:30开会，GB/T 9704-2012 (A4)"),
            0
        );
        assert_eq!(half_width_marks("“重结果、轻过程”,"), 1);
    }

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
