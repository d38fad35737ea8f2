//! How much an import reads, at most: every bound on a file brought in, in one place, each
//! checked before the memory for it is taken. A roster or a report is far below all of them; a
//! file that reaches one is damaged or made to harm, and is refused with a message naming the
//! limit (or, for cells far to the right of any list, read without them and said so).

use std::path::Path;

use super::ImportError;

/// Members of a zip package (DOCX, XLSX). A workbook or a document has a few dozen.
pub const MAX_ZIP_MEMBERS: usize = 10_000;

/// One member of a zip package, unpacked. The sheet of a 100,000-row list is about 20 MB.
pub const MAX_UNZIPPED_MEMBER_BYTES: u64 = 256 * 1024 * 1024;

/// All members of a zip package together, unpacked.
pub const MAX_UNZIPPED_BYTES: u64 = 512 * 1024 * 1024;

/// Cells with content in all the sheets of a workbook (a million rows of five columns).
pub const MAX_SHEET_CELLS: usize = 5_000_000;

/// Columns read from a sheet; cells further right are left out, and the preview says so.
/// Excel 2003 had 256 columns; a list uses a dozen.
pub const MAX_SHEET_COLUMNS: u32 = 256;

/// Characters in one cell or CSV field: Excel's own limit for a cell.
pub const MAX_CELL_CHARS: usize = 32_767;

/// Merged ranges in a workbook.
pub const MAX_MERGED_RANGES: usize = 100_000;

/// Cells filled from merged ranges in a workbook (each cell of a merged range takes the
/// range's value), counted over the rows and columns the sheet uses.
pub const MAX_MERGED_CELLS: usize = 5_000_000;

/// What to do about a file over a limit.
pub const CHECK_THE_FILE: &str =
    "名单和报告远小于此。请确认选对了文件；如确是名单，请在 Excel 或 WPS 中打开后另存一份再导入。";

/// A count as people read it: 「500 万」, 「10,000」.
pub fn count_text(count: u64) -> String {
    if count >= 10_000 && count.is_multiple_of(10_000) {
        format!("{} 万", count / 10_000)
    } else {
        let digits = count.to_string();
        let mut text = String::new();
        for (at, digit) in digits.chars().enumerate() {
            if at > 0 && (digits.len() - at).is_multiple_of(3) {
                text.push(',');
            }
            text.push(digit);
        }
        text
    }
}

/// A size in bytes as people read it: 「256 MB」.
pub fn size_text(bytes: u64) -> String {
    format!("{} MB", bytes.div_ceil(1024 * 1024))
}

/// The error for `what` over `limit` in `path`.
pub fn over_limit(path: &Path, what: String, limit: String) -> ImportError {
    ImportError::OverLimit {
        path: path.to_owned(),
        what,
        limit,
        hint: CHECK_THE_FILE.to_owned(),
    }
}

/// The error for more than `limit` of something in `path`: 「有超过 500 万个有内容的单元格」
/// (`what`), the limit said as 「500 万个单元格」 (`unit`).
pub fn more_than(path: &Path, limit: usize, what: &str, unit: &str) -> ImportError {
    let count = count_text(limit as u64);
    over_limit(
        path,
        format!("有超过 {count} 个{what}"),
        format!("{count} 个{unit}"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_and_sizes_read_as_people_write_them() {
        assert_eq!(count_text(5_000_000), "500 万");
        assert_eq!(count_text(32_767), "32,767");
        assert_eq!(count_text(256), "256");
        assert_eq!(count_text(1_234_567), "1,234,567");
        assert_eq!(size_text(MAX_UNZIPPED_MEMBER_BYTES), "256 MB");
    }
}
