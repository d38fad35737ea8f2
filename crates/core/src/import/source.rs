//! A file to import, read whole and told apart by its first bytes (not only its name): a zip
//! package (DOCX or XLSX by the parts it holds), a legacy OLE file (.doc, .wps, .xls), or text
//! (UTF-8 with or without BOM, UTF-16 with BOM, GB18030, Big5 or Shift-JIS: [`super::encoding`]).

use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::ImportError;
use super::encoding::{TextEncoding, TextReading, read_text};

/// The largest file imported. A roster or a report is well under 1 MB; a Word file with photos
/// may reach a few MB; anything near this is not what the office means to import, and is refused
/// before it is read.
pub const MAX_IMPORT_BYTES: u64 = 40 * 1024 * 1024;

/// What a file turned out to be.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Content {
    /// A Word document (zip with `word/document.xml`).
    Docx(Vec<u8>),
    /// An Excel workbook (zip with `xl/workbook.xml`).
    Xlsx(Vec<u8>),
    /// A legacy Excel or WPS workbook (OLE).
    Xls(Vec<u8>),
    /// Text, decoded.
    Text(String),
}

/// A file (or pasted text) to import: where it came from, for messages, and what it holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    /// The file, or 「粘贴的文字」 for pasted text.
    pub path: PathBuf,
    /// Its content.
    pub content: Content,
    /// How a text file was decoded (`None` for pasted text and for workbooks and documents).
    pub reading: Option<TextReading>,
}

/// The name pasted text goes by in messages.
pub const PASTED: &str = "粘贴的文字";

impl Source {
    /// Pasted text; an error when it is blank.
    pub fn pasted(text: &str) -> Result<Self, ImportError> {
        if text.trim().is_empty() {
            return Err(ImportError::Empty {
                path: PathBuf::from(PASTED),
            });
        }
        Ok(Self {
            path: PathBuf::from(PASTED),
            content: Content::Text(text.to_owned()),
            reading: None,
        })
    }

    /// The same text file read again in `encoding` (the person's choice); anything else as
    /// it is.
    pub fn in_encoding(&self, encoding: TextEncoding) -> Result<Self, ImportError> {
        match &self.reading {
            Some(reading) => {
                source_from_bytes_in(&self.path, reading.bytes.to_vec(), Some(encoding))
            }
            None => Ok(self.clone()),
        }
    }

    /// What the preview says about the encoding, and the first line that did not decode.
    pub fn reading_notes(&self) -> Vec<String> {
        self.reading
            .as_ref()
            .map(TextReading::notes)
            .unwrap_or_default()
    }

    /// The file name for previews: 「名单.xlsx」.
    pub fn display_name(&self) -> String {
        self.path.file_name().map_or_else(
            || self.path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        )
    }
}

/// The file's extension in lower case, or empty.
fn extension(path: &Path) -> String {
    path.extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default()
}

/// The size in MB, rounded up.
fn megabytes(bytes: u64) -> u64 {
    bytes.div_ceil(1024 * 1024)
}

/// Reads `path` whole and tells what it is. Refuses folders, special files and files over
/// [`MAX_IMPORT_BYTES`] before reading them; never changes the file.
pub fn read_source(path: &Path) -> Result<Source, ImportError> {
    read_source_in(path, None)
}

/// As [`read_source`], a text file read in `encoding` when given (the person's choice).
pub fn read_source_in(path: &Path, encoding: Option<TextEncoding>) -> Result<Source, ImportError> {
    let read_error = |error: &std::io::Error| ImportError::Read {
        path: path.to_owned(),
        reason: crate::io::io_reason(error),
    };
    let metadata = std::fs::metadata(path).map_err(|e| read_error(&e))?;
    if metadata.is_dir() {
        return Err(ImportError::Read {
            path: path.to_owned(),
            reason: "这是一个文件夹，不是文件".to_owned(),
        });
    }
    if !metadata.is_file() {
        return Err(ImportError::Read {
            path: path.to_owned(),
            reason: "不是普通文件（可能是设备或管道）".to_owned(),
        });
    }
    let too_large = |size: u64| ImportError::TooLarge {
        path: path.to_owned(),
        size_mb: megabytes(size),
        limit_mb: megabytes(MAX_IMPORT_BYTES),
    };
    if metadata.len() > MAX_IMPORT_BYTES {
        return Err(too_large(metadata.len()));
    }
    let file = std::fs::File::open(path).map_err(|e| read_error(&e))?;
    let mut bytes = Vec::new();
    file.take(MAX_IMPORT_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| read_error(&e))?;
    if bytes.len() as u64 > MAX_IMPORT_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    source_from_bytes_in(path, bytes, encoding)
}

/// Tells what `bytes` (the content of `path`) are.
pub fn source_from_bytes(path: &Path, bytes: Vec<u8>) -> Result<Source, ImportError> {
    source_from_bytes_in(path, bytes, None)
}

/// As [`source_from_bytes`], text read in `encoding` when given.
pub fn source_from_bytes_in(
    path: &Path,
    bytes: Vec<u8>,
    encoding: Option<TextEncoding>,
) -> Result<Source, ImportError> {
    let path_buf = path.to_owned();
    let ext = extension(path);
    let wrong_kind = |what: &str, hint: &str| ImportError::WrongKind {
        path: path_buf.clone(),
        what: what.to_owned(),
        hint: hint.to_owned(),
    };
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ImportError::Empty { path: path_buf });
    }
    let mut reading = None;
    let content = if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        zip_content(path, bytes, &ext)?
    } else if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        if matches!(ext.as_str(), "xls" | "et") {
            Content::Xls(bytes)
        } else {
            return Err(ImportError::LegacyWord { path: path_buf });
        }
    } else if bytes.starts_with(b"%PDF") {
        return Err(wrong_kind(
            "是 PDF 文件",
            "请用原始的 Word 文档（.docx）或表格导入，或从 PDF 中复制文字后粘贴导入。",
        ));
    } else if bytes.starts_with(&[0x89, b'P', b'N', b'G']) || bytes.starts_with(&[0xFF, 0xD8, 0xFF])
    {
        return Err(wrong_kind(
            "是图片",
            "图片中的文字无法导入，请使用文字或表格文件。",
        ));
    } else if bytes.starts_with(b"{\\rtf") {
        return Err(wrong_kind(
            "是 RTF 格式",
            "请在 Word 或 WPS 中「另存为」Word 文档（.docx）后再导入。",
        ));
    } else {
        match read_text(Arc::from(bytes), encoding) {
            Some((text, read)) => {
                reading = Some(read);
                Content::Text(text)
            }
            None => {
                return Err(wrong_kind(
                    "不是文本文件，也不是 Word 文档或 Excel 表格",
                    "可导入的格式：.xlsx、.csv、.txt（名单），.docx、.txt（报告）。",
                ));
            }
        }
    };
    if let Content::Text(text) = &content
        && text.trim().is_empty()
    {
        return Err(ImportError::Empty { path: path_buf });
    }
    Ok(Source {
        path: path_buf,
        content,
        reading,
    })
}

/// A zip package as a Word document or an Excel workbook, by the parts it holds.
fn zip_content(path: &Path, bytes: Vec<u8>, ext: &str) -> Result<Content, ImportError> {
    let what = match ext {
        "xlsx" | "xlsm" => "Excel 工作簿（.xlsx）",
        _ => "Word 文档（.docx）",
    };
    let damaged = |reason: String| ImportError::Damaged {
        path: path.to_owned(),
        what: what.to_owned(),
        reason,
    };
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes.as_slice()))
        .map_err(|error| damaged(zip_reason(&error)))?;
    check_unpacked_sizes(path, &mut archive, &damaged)?;
    let has = |name: &str| archive.index_for_name(name).is_some();
    if has("word/document.xml") {
        Ok(Content::Docx(bytes))
    } else if has("xl/workbook.xml") {
        Ok(Content::Xlsx(bytes))
    } else if has("content.xml") && has("mimetype") {
        Err(ImportError::WrongKind {
            path: path.to_owned(),
            what: "是 OpenDocument（.odt/.ods）文件".to_owned(),
            hint: "请在 WPS 或 LibreOffice 中「另存为」.docx 或 .xlsx 后再导入。".to_owned(),
        })
    } else {
        Err(damaged(
            "压缩包中没有 Word 正文（word/document.xml）或 Excel 工作簿（xl/workbook.xml）"
                .to_owned(),
        ))
    }
}

/// Unpacks every member once, counting and discarding its bytes, so that nothing read later
/// (calamine's sheets and shared strings, the document's XML) can grow past
/// [`limits::MAX_UNZIPPED_MEMBER_BYTES`] a member or [`limits::MAX_UNZIPPED_BYTES`] in all:
/// the sizes a zip declares are checked first, and then what the data really unpacks to, since
/// a zip bomb may declare anything. A member unpacking to more than it declares is damaged.
fn check_unpacked_sizes(
    path: &Path,
    archive: &mut zip::ZipArchive<std::io::Cursor<&[u8]>>,
    damaged: &dyn Fn(String) -> ImportError,
) -> Result<(), ImportError> {
    use super::limits::{
        MAX_UNZIPPED_BYTES, MAX_UNZIPPED_MEMBER_BYTES, MAX_ZIP_MEMBERS, count_text, over_limit,
        size_text,
    };
    if archive.len() > MAX_ZIP_MEMBERS {
        return Err(over_limit(
            path,
            format!("的压缩包中有 {} 个部件", count_text(archive.len() as u64)),
            format!("{} 个部件", count_text(MAX_ZIP_MEMBERS as u64)),
        ));
    }
    let too_large = |name: &str| {
        over_limit(
            path,
            format!(
                "的部件「{name}」解压后超过 {}",
                size_text(MAX_UNZIPPED_MEMBER_BYTES)
            ),
            format!("每个部件 {}", size_text(MAX_UNZIPPED_MEMBER_BYTES)),
        )
    };
    let too_large_in_all = || {
        over_limit(
            path,
            format!("解压后超过 {}", size_text(MAX_UNZIPPED_BYTES)),
            format!("解压后共 {}", size_text(MAX_UNZIPPED_BYTES)),
        )
    };
    // Unknown when members carry their sizes after their data: then only unpacking tells.
    if archive
        .decompressed_size()
        .is_some_and(|declared| declared > u128::from(MAX_UNZIPPED_BYTES))
    {
        return Err(too_large_in_all());
    }
    let mut buffer = vec![0_u8; 64 * 1024];
    let mut total: u64 = 0;
    for index in 0..archive.len() {
        super::progress::reached(0, path)?;
        let mut member = archive
            .by_index(index)
            .map_err(|error| damaged(zip_reason(&error)))?;
        let name = member.name().to_owned();
        let declared = member.size();
        if declared > MAX_UNZIPPED_MEMBER_BYTES {
            return Err(too_large(&name));
        }
        let mut unpacked: u64 = 0;
        loop {
            let read = member
                .read(&mut buffer)
                .map_err(|error| damaged(unpack_reason(&name, &error)))?;
            if read == 0 {
                break;
            }
            unpacked += read as u64;
            if unpacked > MAX_UNZIPPED_MEMBER_BYTES {
                return Err(too_large(&name));
            }
            if unpacked > declared {
                return Err(damaged(format!(
                    "部件「{name}」解压后比它声明的大小（{declared} 字节）更大"
                )));
            }
        }
        total += unpacked;
        if total > MAX_UNZIPPED_BYTES {
            return Err(too_large_in_all());
        }
    }
    Ok(())
}

/// Why a member could not be unpacked, in Chinese.
fn unpack_reason(name: &str, error: &std::io::Error) -> String {
    if error.kind() == std::io::ErrorKind::InvalidData {
        format!("部件「{name}」的压缩数据有误（校验不符，文件可能不完整）")
    } else {
        format!("部件「{name}」无法解压（{}）", crate::io::io_reason(error))
    }
}

/// A zip error in Chinese.
pub(crate) fn zip_reason(error: &zip::result::ZipError) -> String {
    use zip::result::ZipError;
    match error {
        ZipError::Io(error) => format!("读取压缩内容出错（{}）", crate::io::io_reason(error)),
        ZipError::InvalidArchive(_) => "压缩结构不完整（文件可能没有下载或复制完整）".to_owned(),
        ZipError::UnsupportedArchive(_) => "使用了不支持的压缩方式或加密".to_owned(),
        ZipError::FileNotFound => "压缩包中缺少必需的部分".to_owned(),
        _ => "压缩结构无法识别".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn legacy_word_and_pdf_are_refused_by_their_bytes() {
        let ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0];
        let error = source_from_bytes(Path::new("报告.docx"), ole.to_vec()).unwrap_err();
        assert!(matches!(error, ImportError::LegacyWord { .. }), "{error}");
        let error = source_from_bytes(Path::new("a.txt"), b"%PDF-1.4".to_vec()).unwrap_err();
        assert!(error.to_string().contains("PDF"), "{error}");
        let error = source_from_bytes(Path::new("a.txt"), b"  \n".to_vec()).unwrap_err();
        assert!(matches!(error, ImportError::Empty { .. }), "{error}");
    }
}
