//! The bounds of a legacy Excel workbook (.xls, BIFF in an OLE compound file), checked before
//! calamine reads it: calamine reserves memory for the size a sheet's DIMENSIONS record claims
//! and lays every sheet out as one dense grid from its first to its last cell, so a 2 KB file
//! claiming 4 billion rows, or holding one cell far away, would ask for hundreds of gigabytes.
//! This walks the compound file's allocation table to the workbook stream and its records,
//! reading nothing but offsets; a structure it cannot follow is left for calamine to refuse.

use std::path::Path;

use super::ImportError;
use super::limits::{MAX_MERGED_RANGES, MAX_SHEET_CELLS, count_text, more_than, over_limit};

/// BIFF8's own bounds: 65,536 rows, 256 columns.
const MAX_ROWS: u64 = 65_536;
const MAX_COLUMNS: u64 = 256;

/// Refuses a workbook whose sheets claim or use more than the limits.
pub fn check(path: &Path, bytes: &[u8]) -> Result<(), ImportError> {
    let Some(stream) = workbook_stream(bytes) else {
        return Ok(());
    };
    let mut sheet = SheetBounds::default();
    let mut merged_ranges: u64 = 0;
    let mut at = 0;
    while at + 4 <= stream.len() {
        let kind = u16_at(&stream, at);
        let length = usize::from(u16_at(&stream, at + 2));
        let Some(data) = stream.get(at + 4..at + 4 + length) else {
            break;
        };
        at += 4 + length;
        match kind {
            // BOF: a new substream (a sheet).
            0x0809 => sheet = SheetBounds::default(),
            // DIMENSIONS: what calamine reserves room for.
            0x0200 => {
                let (first_row, last_row, first_col, last_col) = match data.len() {
                    14 => (
                        u64::from(u32_at(data, 0)),
                        u64::from(u32_at(data, 4)),
                        u64::from(u16_at(data, 8)),
                        u64::from(u16_at(data, 10)),
                    ),
                    10 => (
                        u64::from(u16_at(data, 0)),
                        u64::from(u16_at(data, 2)),
                        u64::from(u16_at(data, 4)),
                        u64::from(u16_at(data, 6)),
                    ),
                    _ => continue,
                };
                let rows = last_row.saturating_sub(first_row);
                let columns = last_col.saturating_sub(first_col.min(0xFF));
                if last_row > MAX_ROWS
                    || last_col > MAX_COLUMNS
                    || rows.saturating_mul(columns) > MAX_SHEET_CELLS as u64
                {
                    return Err(claims_too_much(path, rows, columns));
                }
            }
            // Cells: row and column first. MULRK and MULBLANK end with their last column.
            0x0203 | 0x0204 | 0x00FD | 0x027E | 0x0205 | 0x0006 | 0x00D6 | 0x00BD
                if data.len() >= 4 =>
            {
                let row = u64::from(u16_at(data, 0));
                let mut column = u64::from(u16_at(data, 2));
                if kind == 0x00BD && data.len() >= 6 {
                    column = column.max(u64::from(u16_at(data, data.len() - 2)));
                }
                if column >= MAX_COLUMNS {
                    return Err(claims_too_much(path, row + 1, column + 1));
                }
                sheet.take(row, column);
                if sheet.area() > MAX_SHEET_CELLS as u64 {
                    return Err(over_limit(
                        path,
                        format!(
                            "的工作表从第{}行到第{}行都有内容，范围过大",
                            sheet.rows.0 + 1,
                            sheet.rows.1 + 1
                        ),
                        format!("{} 个单元格", count_text(MAX_SHEET_CELLS as u64)),
                    ));
                }
            }
            // MERGEDCELLS: a count, then the ranges.
            0x00E5 if data.len() >= 2 => {
                merged_ranges += u64::from(u16_at(data, 0));
                if merged_ranges > MAX_MERGED_RANGES as u64 {
                    return Err(more_than(
                        path,
                        MAX_MERGED_RANGES,
                        "合并单元格区域",
                        "合并区域",
                    ));
                }
            }
            _ => {}
        }
    }
    Ok(())
}

/// The error for a sheet that claims `rows` × `columns`.
fn claims_too_much(path: &Path, rows: u64, columns: u64) -> ImportError {
    over_limit(
        path,
        format!(
            "的工作表声称有 {} 行 {} 列",
            count_text(rows),
            count_text(columns)
        ),
        format!(
            "旧版 Excel 最多 {} 行 {} 列，共 {} 个单元格",
            count_text(MAX_ROWS),
            MAX_COLUMNS,
            count_text(MAX_SHEET_CELLS as u64)
        ),
    )
}

/// The rows and columns a sheet's cells span.
#[derive(Default)]
struct SheetBounds {
    any: bool,
    rows: (u64, u64),
    columns: (u64, u64),
}

impl SheetBounds {
    fn take(&mut self, row: u64, column: u64) {
        if self.any {
            self.rows = (self.rows.0.min(row), self.rows.1.max(row));
            self.columns = (self.columns.0.min(column), self.columns.1.max(column));
        } else {
            *self = Self {
                any: true,
                rows: (row, row),
                columns: (column, column),
            };
        }
    }

    fn area(&self) -> u64 {
        (self.rows.1 - self.rows.0 + 1) * (self.columns.1 - self.columns.0 + 1)
    }
}

fn u16_at(bytes: &[u8], at: usize) -> u16 {
    match bytes.get(at..at + 2) {
        Some(&[a, b]) => u16::from_le_bytes([a, b]),
        _ => 0,
    }
}

fn u32_at(bytes: &[u8], at: usize) -> u32 {
    match bytes.get(at..at + 4) {
        Some(&[a, b, c, d]) => u32::from_le_bytes([a, b, c, d]),
        _ => 0,
    }
}

const END_OF_CHAIN: u32 = 0xFFFF_FFFE;

/// The `Workbook` (BIFF8) or `Book` (BIFF5) stream of an OLE compound file, if it can be found.
fn workbook_stream(bytes: &[u8]) -> Option<Vec<u8>> {
    let shift = u32::from(u16_at(bytes, 0x1E));
    if !(7..=16).contains(&shift) {
        return None;
    }
    let sector_size = 1_usize << shift;
    let sector = |index: u32| -> Option<&[u8]> {
        let start = (index as usize).checked_add(1)?.checked_mul(sector_size)?;
        bytes.get(start..start.checked_add(sector_size)?)
    };
    let sectors = bytes.len() / sector_size;
    // The allocation table: its sectors are listed in the header, then in a DIFAT chain.
    let mut fat_sectors: Vec<u32> = (0..109).map(|i| u32_at(bytes, 0x4C + i * 4)).collect();
    let mut difat = u32_at(bytes, 0x44);
    let mut guard = 0;
    while difat < END_OF_CHAIN && guard <= sectors {
        let block = sector(difat)?;
        let entries = sector_size / 4 - 1;
        fat_sectors.extend((0..entries).map(|i| u32_at(block, i * 4)));
        difat = u32_at(block, entries * 4);
        guard += 1;
    }
    let mut fat: Vec<u32> = Vec::new();
    for index in fat_sectors.into_iter().filter(|s| *s < END_OF_CHAIN) {
        let block = sector(index)?;
        fat.extend((0..sector_size / 4).map(|i| u32_at(block, i * 4)));
        if fat.len() > sectors.saturating_mul(2) + sector_size {
            break;
        }
    }
    let chain = |first: u32, limit: usize| -> Option<Vec<u8>> {
        let mut data = Vec::new();
        let mut next = first;
        let mut steps = 0;
        while next < END_OF_CHAIN && data.len() < limit {
            data.extend_from_slice(sector(next)?);
            next = *fat.get(next as usize)?;
            steps += 1;
            if steps > sectors {
                return None;
            }
        }
        data.truncate(limit);
        Some(data)
    };
    let directory = chain(u32_at(bytes, 0x30), bytes.len())?;
    let entries: Vec<&[u8]> = directory.chunks_exact(128).collect();
    let root = entries.first()?;
    let cutoff = u64::from(u32_at(bytes, 0x38));
    let entry = entries.iter().find(|entry| {
        let length = usize::from(u16_at(entry, 64)).min(64);
        let name: Vec<u16> = (0..length.saturating_sub(2) / 2)
            .map(|i| u16_at(entry, i * 2))
            .collect();
        let name = String::from_utf16_lossy(&name);
        entry[66] == 2 && (name == "Workbook" || name == "Book")
    })?;
    let start = u32_at(entry, 116);
    let size = u64::from(u32_at(entry, 120));
    let size_limit = usize::try_from(size).ok()?.min(bytes.len());
    if size >= cutoff {
        return chain(start, size_limit);
    }
    // A small stream lives in the mini stream, 64-byte sectors chained by the mini FAT.
    let mini_stream = chain(u32_at(root, 116), bytes.len())?;
    let mini_fat_bytes = chain(u32_at(bytes, 0x3C), bytes.len())?;
    let mini_fat: Vec<u32> = (0..mini_fat_bytes.len() / 4)
        .map(|i| u32_at(&mini_fat_bytes, i * 4))
        .collect();
    let mini_size = 1_usize << u16_at(bytes, 0x20).min(12);
    let mut data = Vec::new();
    let mut next = start;
    let mut steps = 0;
    while next < END_OF_CHAIN && data.len() < size_limit {
        let from = (next as usize).checked_mul(mini_size)?;
        data.extend_from_slice(mini_stream.get(from..from + mini_size)?);
        next = *mini_fat.get(next as usize)?;
        steps += 1;
        if steps > mini_fat.len() {
            return None;
        }
    }
    data.truncate(size_limit);
    Some(data)
}
