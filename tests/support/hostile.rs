//! Hostile and foreign files, made inside the tests (issue 22): workbooks that claim or hold
//! far more than they are, zip bombs, thousands of merged ranges, legacy workbooks with absurd
//! dimensions, text in the encodings of Taiwan, Hong Kong and Japan.

use std::io::Write;

/// A minimal XLSX workbook of one sheet named `Sheet1`, whose worksheet XML is `sheet_xml`
/// (everything inside `<worksheet>`); strings are inline.
pub fn xlsx(sheet_xml: &str) -> Vec<u8> {
    xlsx_with(sheet_xml, zip::CompressionMethod::Deflated)
}

/// As [`xlsx`], with the worksheet stored with `method`.
pub fn xlsx_with(sheet_xml: &str, method: zip::CompressionMethod) -> Vec<u8> {
    let sheet = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">{sheet_xml}</worksheet>"#
    );
    package(
        &[
            ("[Content_Types].xml", CONTENT_TYPES.as_bytes()),
            ("_rels/.rels", ROOT_RELS.as_bytes()),
            ("xl/workbook.xml", WORKBOOK.as_bytes()),
            ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS.as_bytes()),
            ("xl/worksheets/sheet1.xml", sheet.as_bytes()),
        ],
        method,
    )
}

/// A zip package of `parts`, each stored with `method`.
pub fn package(parts: &[(&str, &[u8])], method: zip::CompressionMethod) -> Vec<u8> {
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(method)
        .large_file(false);
    for (name, bytes) in parts {
        writer.start_file(*name, options).unwrap();
        writer.write_all(bytes).unwrap();
    }
    writer.finish().unwrap().into_inner()
}

/// An inline-string cell: `<c r="A1" t="inlineStr"><is><t>姓名</t></is></c>`.
pub fn cell(at: &str, text: &str) -> String {
    format!(r#"<c r="{at}" t="inlineStr"><is><t>{text}</t></is></c>"#)
}

/// Rows of inline-string cells in columns A, B, C …, from row 1.
pub fn rows(rows: &[&[&str]]) -> String {
    let mut xml = String::from("<sheetData>");
    for (at, cells) in rows.iter().enumerate() {
        xml.push_str(&format!(r#"<row r="{}">"#, at + 1));
        for (column, text) in cells.iter().enumerate() {
            let letter = char::from(b'A' + u8::try_from(column).unwrap());
            xml.push_str(&cell(&format!("{letter}{}", at + 1), text));
        }
        xml.push_str("</row>");
    }
    xml.push_str("</sheetData>");
    xml
}

/// A roster workbook of 1.6 KB that claims the whole sheet (A1:XFD1048576) and has one cell in
/// its far corner: read as a dense grid it needs 512 GB.
pub fn xlsx_with_a_far_away_cell() -> Vec<u8> {
    xlsx(&format!(
        r#"<dimension ref="A1:XFD1048576"/><sheetData><row r="1">{}</row><row r="2">{}</row><row r="1048576">{}</row></sheetData>"#,
        cell("A1", "姓名"),
        cell("A2", "张三"),
        cell("XFD1048576", "远处")
    ))
}

/// A workbook of a few KB with `count` merged ranges, each over the whole sheet.
pub fn xlsx_with_merged_ranges(count: usize) -> Vec<u8> {
    let mut merges = format!(r#"<mergeCells count="{count}">"#);
    for _ in 0..count {
        merges.push_str(r#"<mergeCell ref="A1:XFD1048576"/>"#);
    }
    merges.push_str("</mergeCells>");
    xlsx(&format!(
        "{}{merges}",
        rows(&[&["姓名", "职务"], &["张三", "委员"]])
    ))
}

/// A zip bomb: a workbook whose sheet unpacks to more than `megabytes` MB of blanks (honest
/// sizes in the zip's directory).
pub fn xlsx_bomb(megabytes: usize) -> Vec<u8> {
    let blanks = vec![b' '; megabytes * 1024 * 1024 + 1];
    let mut sheet = rows(&[&["姓名"], &["张三"]]).into_bytes();
    sheet.extend_from_slice(&blanks);
    let sheet = [
        br#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#.as_slice(),
        &sheet,
        b"</worksheet>",
    ]
    .concat();
    package(
        &[
            ("[Content_Types].xml", CONTENT_TYPES.as_bytes()),
            ("_rels/.rels", ROOT_RELS.as_bytes()),
            ("xl/workbook.xml", WORKBOOK.as_bytes()),
            ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS.as_bytes()),
            ("xl/worksheets/sheet1.xml", &sheet),
        ],
        zip::CompressionMethod::Deflated,
    )
}

/// A zip bomb that lies: its sheet declares 1,000 bytes in the zip's directories and unpacks
/// to `megabytes` MB.
pub fn xlsx_lying_bomb(megabytes: usize) -> Vec<u8> {
    let mut bytes = xlsx_bomb(megabytes);
    let real = u32::try_from(megabytes * 1024 * 1024).unwrap();
    let name = b"xl/worksheets/sheet1.xml";
    // The uncompressed size in the local header (offset 22) and the central directory (24).
    for (signature, size_at) in [(b"PK\x03\x04", 22), (b"PK\x01\x02", 24)] {
        let mut at = 0;
        while let Some(found) = find(&bytes[at..], signature) {
            let start = at + found;
            let name_at = if signature == b"PK\x03\x04" { 30 } else { 46 };
            if bytes[start + name_at..].starts_with(name) {
                let size = u32::from_le_bytes(
                    bytes[start + size_at..start + size_at + 4]
                        .try_into()
                        .unwrap(),
                );
                assert!(size > real);
                bytes[start + size_at..start + size_at + 4]
                    .copy_from_slice(&1000_u32.to_le_bytes());
            }
            at = start + 4;
        }
    }
    bytes
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// A legacy Excel workbook (an OLE compound file holding a BIFF8 `Workbook` stream) whose only
/// sheet claims rows `first_row..last_row` in its DIMENSIONS record and has one LABEL cell at
/// (`row`, `column`).
pub fn xls_claiming(last_row: u32, row: u16, column: u16) -> Vec<u8> {
    let mut stream = Vec::new();
    let record = |stream: &mut Vec<u8>, kind: u16, data: &[u8]| {
        stream.extend_from_slice(&kind.to_le_bytes());
        stream.extend_from_slice(&u16::try_from(data.len()).unwrap().to_le_bytes());
        stream.extend_from_slice(data);
    };
    // BOF (BIFF8, worksheet), DIMENSIONS, LABEL, EOF.
    record(
        &mut stream,
        0x0809,
        &[0x00, 0x06, 0x10, 0x00, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    );
    let mut dimensions = Vec::new();
    dimensions.extend_from_slice(&0_u32.to_le_bytes());
    dimensions.extend_from_slice(&last_row.to_le_bytes());
    dimensions.extend_from_slice(&0_u16.to_le_bytes());
    dimensions.extend_from_slice(&1_u16.to_le_bytes());
    dimensions.extend_from_slice(&0_u16.to_le_bytes());
    record(&mut stream, 0x0200, &dimensions);
    let mut label = Vec::new();
    label.extend_from_slice(&row.to_le_bytes());
    label.extend_from_slice(&column.to_le_bytes());
    label.extend_from_slice(&0_u16.to_le_bytes());
    label.extend_from_slice(&1_u16.to_le_bytes());
    label.push(0);
    label.push(b'x');
    record(&mut stream, 0x0204, &label);
    record(&mut stream, 0x000A, &[]);
    // Padded past the mini-stream cutoff, so that the stream lives in ordinary sectors.
    while stream.len() < 4096 {
        record(&mut stream, 0x00FF, &[0; 8]);
    }
    compound_file("Workbook", &stream)
}

/// An OLE compound file (version 3, 512-byte sectors) with one stream.
fn compound_file(name: &str, stream: &[u8]) -> Vec<u8> {
    const END: u32 = 0xFFFF_FFFE;
    const FREE: u32 = 0xFFFF_FFFF;
    let stream_sectors = stream.len().div_ceil(512);
    // Sector 0: the FAT; sector 1: the directory; then the stream.
    let mut fat = vec![0xFFFF_FFFD_u32, END];
    for index in 0..stream_sectors {
        let next = if index + 1 == stream_sectors {
            END
        } else {
            u32::try_from(index + 3).unwrap()
        };
        fat.push(next);
    }
    fat.resize(128, FREE);
    let mut header = vec![0_u8; 512];
    header[..8].copy_from_slice(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);
    header[0x18..0x1A].copy_from_slice(&0x3E_u16.to_le_bytes());
    header[0x1A..0x1C].copy_from_slice(&3_u16.to_le_bytes());
    header[0x1C..0x1E].copy_from_slice(&0xFFFE_u16.to_le_bytes());
    header[0x1E..0x20].copy_from_slice(&9_u16.to_le_bytes());
    header[0x20..0x22].copy_from_slice(&6_u16.to_le_bytes());
    header[0x2C..0x30].copy_from_slice(&1_u32.to_le_bytes());
    header[0x30..0x34].copy_from_slice(&1_u32.to_le_bytes());
    header[0x38..0x3C].copy_from_slice(&4096_u32.to_le_bytes());
    header[0x3C..0x40].copy_from_slice(&END.to_le_bytes());
    header[0x44..0x48].copy_from_slice(&END.to_le_bytes());
    for at in 0..109 {
        let value = if at == 0 { 0 } else { FREE };
        header[0x4C + at * 4..0x50 + at * 4].copy_from_slice(&value.to_le_bytes());
    }
    let mut directory = vec![0_u8; 512];
    let mut entry = |index: usize, name: &str, kind: u8, start: u32, size: u32, child: u32| {
        let at = index * 128;
        let units: Vec<u16> = name.encode_utf16().collect();
        for (i, unit) in units.iter().enumerate() {
            directory[at + i * 2..at + i * 2 + 2].copy_from_slice(&unit.to_le_bytes());
        }
        let length = u16::try_from((units.len() + 1) * 2).unwrap();
        directory[at + 64..at + 66].copy_from_slice(&length.to_le_bytes());
        directory[at + 66] = kind;
        directory[at + 67] = 1;
        directory[at + 68..at + 72].copy_from_slice(&FREE.to_le_bytes());
        directory[at + 72..at + 76].copy_from_slice(&FREE.to_le_bytes());
        directory[at + 76..at + 80].copy_from_slice(&child.to_le_bytes());
        directory[at + 116..at + 120].copy_from_slice(&start.to_le_bytes());
        directory[at + 120..at + 124].copy_from_slice(&size.to_le_bytes());
    };
    entry(0, "Root Entry", 5, END, 0, 1);
    entry(1, name, 2, 2, u32::try_from(stream.len()).unwrap(), FREE);
    for index in 2..4 {
        directory[index * 128 + 68..index * 128 + 80].fill(0xFF);
    }
    let mut file = header;
    file.extend(fat.iter().flat_map(|v| v.to_le_bytes()));
    file.extend_from_slice(&directory);
    let mut data = stream.to_vec();
    data.resize(stream_sectors * 512, 0);
    file.extend_from_slice(&data);
    file
}

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#;

const ROOT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#;

const WORKBOOK: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>"#;

const WORKBOOK_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#;
