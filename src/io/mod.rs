//! Session files: RON with `format_version` first, pretty and deterministic; atomic saves that
//! keep the previous version as a backup; loading that never panics and explains itself in Chinese.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::Deserialize;

pub mod config;
pub mod lock;
pub mod recovery;
pub mod stamp;
mod v1;

use crate::model::{FORMAT_VERSION, Session};

/// The largest session file we read. The example session is under 0.5 MB and a stress session
/// of ten times its size about 5 MB; anything far beyond is not a session file.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Why a session file could not be read or written. Every message names the file and is plain Chinese.
#[derive(Debug, thiserror::Error)]
pub enum FileError {
    /// The file could not be opened or read.
    #[error("无法读取文件「{path}」：{reason}")]
    Read {
        /// The file.
        path: PathBuf,
        /// What the system said, in Chinese where we know it.
        reason: String,
    },
    /// The file is empty.
    #[error("文件「{path}」是空的，不是会议文件。")]
    Empty {
        /// The file.
        path: PathBuf,
    },
    /// The file is larger than any session file can be.
    #[error("文件「{path}」太大（{size_mb} MB），会议文件不会超过 {limit_mb} MB，未打开。")]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size in MB.
        size_mb: u64,
        /// The limit in MB.
        limit_mb: u64,
    },
    /// The file is not UTF-8 text.
    #[error(
        "文件「{path}」不是 UTF-8 文本（第{line}行附近有无法识别的字节），可能不是会议文件或已损坏。"
    )]
    NotText {
        /// The file.
        path: PathBuf,
        /// The line of the first bad byte.
        line: usize,
    },
    /// The file is text but not a valid session.
    #[error("文件「{path}」第{line}行第{column}列有误：{reason}")]
    Parse {
        /// The file.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What is wrong there, in Chinese.
        reason: String,
    },
    /// The file was written by a newer version of the program.
    #[error(
        "文件「{path}」由较新版本的会务程序保存（文件格式 {found}，本程序支持到 {supported}），为免丢失内容未打开。请升级程序后再打开。"
    )]
    NewerFormat {
        /// The file.
        path: PathBuf,
        /// The version in the file.
        found: u32,
        /// The newest version this build reads.
        supported: u32,
    },
    /// The session could not be written.
    #[error("无法保存到「{path}」：{reason}。原文件未被改动。")]
    Write {
        /// The file.
        path: PathBuf,
        /// What went wrong, in Chinese.
        reason: String,
    },
}

/// Explains an I/O error in Chinese.
pub fn io_reason(error: &std::io::Error) -> String {
    use std::io::ErrorKind;
    let plain = match error.kind() {
        ErrorKind::NotFound => "文件或文件夹不存在",
        ErrorKind::PermissionDenied => "没有权限（文件可能是只读的，或正被其他程序占用）",
        ErrorKind::AlreadyExists => "文件已存在",
        ErrorKind::StorageFull => "磁盘空间已满",
        ErrorKind::ReadOnlyFilesystem => "磁盘是只读的",
        ErrorKind::IsADirectory => "这是一个文件夹，不是文件",
        ErrorKind::NotADirectory => "路径中有一部分不是文件夹",
        ErrorKind::InvalidData => "数据无效",
        _ => return format!("系统错误：{error}"),
    };
    plain.to_owned()
}

/// The layout of every RON file the program writes: pretty, two-space indents, no type names.
pub(crate) fn pretty_config() -> ron::ser::PrettyConfig {
    ron::ser::PrettyConfig::new()
        .indentor("  ")
        .struct_names(false)
        .separate_tuple_members(false)
        .enumerate_arrays(false)
        .escape_strings(false)
}

/// Serializes a session as the pretty, deterministic RON the files hold.
pub fn to_ron_string(session: &Session) -> Result<String, ron::Error> {
    let mut text = ron::ser::to_string_pretty(session, pretty_config())?;
    text.push('\n');
    Ok(text)
}

/// Only the version, read before the rest so that a newer file is refused rather than half-read.
#[derive(Deserialize)]
pub(crate) struct VersionProbe {
    /// The session's `format_version`.
    pub(crate) format_version: u32,
}

/// Parses session text; `path` only names the file in messages. A file of an earlier format is
/// migrated to the current one (nothing is written).
pub fn from_ron_str(text: &str, path: &Path) -> Result<Session, FileError> {
    from_ron_str_versioned(text, path).map(|(session, _)| session)
}

/// As [`from_ron_str`], also telling the format the file was written in.
pub fn from_ron_str_versioned(text: &str, path: &Path) -> Result<(Session, u32), FileError> {
    if text.trim().is_empty() {
        return Err(FileError::Empty {
            path: path.to_owned(),
        });
    }
    let options = ron::Options::default();
    // A probe that ignores every other field: if it finds a newer version, stop there.
    let probed = options
        .from_str::<VersionProbe>(text)
        .map(|p| p.format_version)
        .ok();
    if let Some(found) = probed
        && found > FORMAT_VERSION
    {
        return Err(FileError::NewerFormat {
            path: path.to_owned(),
            found,
            supported: FORMAT_VERSION,
        });
    }
    if probed == Some(0) {
        return Err(FileError::Parse {
            path: path.to_owned(),
            line: 1,
            column: 1,
            reason: "文件格式版本为 0，不是有效的会议文件".to_owned(),
        });
    }
    let version = probed.unwrap_or(FORMAT_VERSION);
    let session = parse_session_of_version(text, version, &options)
        .map_err(|error| parse_error(path, &error))?;
    Ok((session, version))
}

/// Parses the text as the schema of `version`, migrated to the current format.
pub(crate) fn parse_session_of_version(
    text: &str,
    version: u32,
    options: &ron::Options,
) -> Result<Session, ron::error::SpannedError> {
    if version == 1 {
        options
            .from_str::<v1::SessionV1>(text)
            .map(v1::SessionV1::migrate)
    } else {
        let session: Session = options.from_str(text)?;
        Ok(session)
    }
}

/// A RON error as a [`FileError::Parse`] naming the file, line and column.
pub(crate) fn parse_error(path: &Path, error: &ron::error::SpannedError) -> FileError {
    FileError::Parse {
        path: path.to_owned(),
        line: error.span.start.line,
        column: error.span.start.col,
        reason: parse_reason(&error.code),
    }
}

/// Reads and parses a session file. Never panics, whatever the file holds.
pub fn load(path: &Path) -> Result<Session, FileError> {
    load_versioned(path).map(|(session, _)| session)
}

/// As [`load`], also telling the format the file was written in (an earlier one is migrated).
pub fn load_versioned(path: &Path) -> Result<(Session, u32), FileError> {
    let text = read_text(path)?;
    // A byte-order mark some Windows editors add is not part of the RON text.
    from_ron_str_versioned(text.strip_prefix('\u{feff}').unwrap_or(&text), path)
}

/// Reads a file the program wrote as text: refuses folders, files over [`MAX_FILE_BYTES`], and
/// bytes that are not UTF-8, each with a message naming the file. Never changes the file.
pub(crate) fn read_text(path: &Path) -> Result<String, FileError> {
    let read_error = |error: std::io::Error| FileError::Read {
        path: path.to_owned(),
        reason: io_reason(&error),
    };
    let metadata = fs::metadata(path).map_err(read_error)?;
    if metadata.is_dir() {
        return Err(FileError::Read {
            path: path.to_owned(),
            reason: "这是一个文件夹，不是文件".to_owned(),
        });
    }
    if metadata.len() > MAX_FILE_BYTES {
        return Err(FileError::TooLarge {
            path: path.to_owned(),
            size_mb: metadata.len() / (1024 * 1024),
            limit_mb: MAX_FILE_BYTES / (1024 * 1024),
        });
    }
    // Read at most one byte past the limit: the size can change after the check, and a device
    // such as /dev/zero reports none at all.
    let mut bytes = Vec::new();
    fs::File::open(path)
        .and_then(|file| {
            std::io::Read::read_to_end(
                &mut std::io::Read::take(file, MAX_FILE_BYTES + 1),
                &mut bytes,
            )
        })
        .map_err(read_error)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(FileError::TooLarge {
            path: path.to_owned(),
            size_mb: bytes.len() as u64 / (1024 * 1024),
            limit_mb: MAX_FILE_BYTES / (1024 * 1024),
        });
    }
    String::from_utf8(bytes).map_err(|error| {
        let bytes = error.as_bytes();
        let line = bytes[..error.utf8_error().valid_up_to()]
            .iter()
            .filter(|b| **b == b'\n')
            .count()
            + 1;
        FileError::NotText {
            path: path.to_owned(),
            line,
        }
    })
}

/// The backup kept beside a session file: `name.ron.bak`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path
        .file_name()
        .map(|n| n.to_os_string())
        .unwrap_or_default();
    name.push(".bak");
    path.with_file_name(name)
}

/// Saves a session atomically: the text is written beside the file and flushed to disk, the
/// previous version is kept as `name.ron.bak`, then the new file is renamed into place. At
/// every moment the file on disk is either the whole old version or the whole new one.
pub fn save(session: &Session, path: &Path) -> Result<(), FileError> {
    let text = to_ron_string(session).map_err(|error| FileError::Write {
        path: path.to_owned(),
        reason: format!("无法生成文件内容（{error}）"),
    })?;
    write_atomically(path, text.as_bytes(), true)
}

/// Writes `bytes` to `path` atomically (write beside, flush, rename). With `keep_backup`, an
/// existing file is first copied to its backup path the same way.
pub fn write_atomically(path: &Path, bytes: &[u8], keep_backup: bool) -> Result<(), FileError> {
    let write_error = |error: std::io::Error| FileError::Write {
        path: path.to_owned(),
        reason: io_reason(&error),
    };
    let directory = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_owned(),
        _ => PathBuf::from("."),
    };
    if path.is_dir() {
        return Err(FileError::Write {
            path: path.to_owned(),
            reason: "这是一个文件夹".to_owned(),
        });
    }
    let mut temporary = tempfile::Builder::new()
        .prefix(".huiwu-")
        .suffix(".tmp")
        .tempfile_in(&directory)
        .map_err(write_error)?;
    temporary.write_all(bytes).map_err(write_error)?;
    keep_permissions(path, temporary.as_file());
    temporary.as_file().sync_all().map_err(write_error)?;
    if keep_backup && path.is_file() {
        let previous = fs::read(path).map_err(write_error)?;
        if previous != bytes {
            write_atomically(&backup_path(path), &previous, false)?;
        }
    }
    temporary
        .persist(path)
        .map_err(|error| write_error(error.error))?;
    sync_directory(&directory);
    remove_stale_temporaries(&directory, STALE_TEMPORARY_AGE);
    Ok(())
}

/// How old a temporary file of ours must be before a save removes it as left over.
const STALE_TEMPORARY_AGE: std::time::Duration = std::time::Duration::from_secs(60 * 60);

/// Removes the temporary files (`.huiwu-*.tmp`) that a save cut short by a crash or a power cut
/// left in `directory`, once they are older than `age`: a younger one may belong to a save in
/// progress, by this program or by a colleague's on a shared folder. They never hold anything
/// the session file or its `.bak` does not: the rename into place is the last step of a save.
/// Returns how many were removed; what cannot be read or removed is left alone.
pub fn remove_stale_temporaries(directory: &Path, age: std::time::Duration) -> usize {
    let Ok(entries) = fs::read_dir(directory) else {
        return 0;
    };
    let now = std::time::SystemTime::now();
    let mut removed = 0;
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if !(name.starts_with(".huiwu-") && name.ends_with(".tmp")) {
            continue;
        }
        let old_enough = entry
            .metadata()
            .ok()
            .filter(fs::Metadata::is_file)
            .and_then(|m| m.modified().ok())
            .and_then(|modified| now.duration_since(modified).ok())
            .is_some_and(|elapsed| elapsed >= age);
        if old_enough && fs::remove_file(entry.path()).is_ok() {
            removed += 1;
        }
    }
    removed
}

/// Gives the new file the permissions of the file it replaces, or the usual 0644 for a new
/// file (the temporary file starts private to its owner).
fn keep_permissions(path: &Path, file: &fs::File) {
    let permissions = match fs::metadata(path) {
        Ok(metadata) => metadata.permissions(),
        #[cfg(unix)]
        Err(_) => std::os::unix::fs::PermissionsExt::from_mode(0o644),
        #[cfg(not(unix))]
        Err(_) => return,
    };
    // Failing to set them leaves a private file, which is safe; the save goes on.
    let _ = file.set_permissions(permissions);
}

/// Flushes the directory entry of a rename to disk where the platform allows it.
fn sync_directory(directory: &Path) {
    #[cfg(unix)]
    if let Ok(dir) = fs::File::open(directory) {
        // A failure here only weakens durability after a power cut; the rename itself succeeded.
        let _ = dir.sync_all();
    }
    #[cfg(not(unix))]
    let _ = directory;
}

/// Turns a RON error into Chinese.
fn parse_reason(code: &ron::Error) -> String {
    use ron::Error as E;
    match code {
        E::Eof => "文件意外结束（可能不完整或被截断）".to_owned(),
        E::ExpectedArray => "此处应为列表 [ … ]".to_owned(),
        E::ExpectedArrayEnd => "列表没有以 ] 结束".to_owned(),
        E::ExpectedMap => "此处应为映射 { … }".to_owned(),
        E::ExpectedMapEnd => "映射没有以 } 结束".to_owned(),
        E::ExpectedStructLike => "此处应为结构 ( … )".to_owned(),
        E::ExpectedStructLikeEnd => "结构没有以 ) 结束".to_owned(),
        E::ExpectedString | E::ExpectedStringEnd => "此处应为带引号的文字".to_owned(),
        E::ExpectedInteger => "此处应为整数".to_owned(),
        E::ExpectedBoolean => "此处应为 true 或 false".to_owned(),
        E::ExpectedComma => "缺少逗号".to_owned(),
        E::ExpectedOption => "此处应为 Some(…) 或 None".to_owned(),
        E::ExpectedIdentifier => "此处应为名称".to_owned(),
        E::TrailingCharacters => "内容结束后还有多余的字符".to_owned(),
        E::NoSuchStructField {
            found: field,
            outer,
            ..
        } => match outer {
            Some(outer) => {
                format!("「{outer}」中没有名为「{field}」的项（文件可能来自其他程序或已被改动）")
            }
            None => format!("没有名为「{field}」的项"),
        },
        E::MissingStructField { field, outer } => match outer {
            Some(outer) => format!("「{outer}」缺少必需的项「{field}」"),
            None => format!("缺少必需的项「{field}」"),
        },
        E::DuplicateStructField { field, .. } => format!("项「{field}」重复出现"),
        E::NoSuchEnumVariant {
            found, expected, ..
        } => {
            format!("「{found}」不是有效的取值（可用：{}）", expected.join("、"))
        }
        E::InvalidValueForType { expected, found } => format!("此处应为{expected}，实际为{found}"),
        E::ExceededRecursionLimit => "嵌套层次太深".to_owned(),
        E::UnexpectedChar(c) => format!("意外的字符「{c}」"),
        E::Utf8Error(_) => "不是有效的 UTF-8 文本".to_owned(),
        other => format!("格式错误（{other}）"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_text_is_refused() {
        let error = from_ron_str("  \n", Path::new("x.ron")).unwrap_err();
        assert!(matches!(error, FileError::Empty { .. }));
        assert!(error.to_string().contains("x.ron"));
    }

    #[test]
    fn newer_format_is_refused_not_half_read() {
        let text = "(format_version: 99, something_new: 1)";
        let error = from_ron_str(text, Path::new("new.ron")).unwrap_err();
        assert!(matches!(error, FileError::NewerFormat { found: 99, .. }));
        assert!(error.to_string().contains("较新版本"));
    }

    #[test]
    fn backup_path_is_beside_the_file() {
        assert_eq!(
            backup_path(Path::new("/a/b/s.ron")),
            PathBuf::from("/a/b/s.ron.bak")
        );
    }
}
