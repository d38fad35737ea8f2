//! Session files: RON with `format_version` first, pretty and deterministic; atomic saves that
//! keep the previous version as a backup; loading that never panics and explains itself in Chinese.
//!
//! # Which version a change bumps
//!
//! Every file the program writes carries a version of its own; this is the one place that says
//! which. A change bumps a version when a build without it would misread a file written with it
//! (refuse a value, drop a field on saving, or read a field in another sense). A new field with
//! `#[serde(default, skip_serializing_if = …)]` that keeps files without it byte-identical still
//! bumps, because an older build would drop it; the bump is made once per release, and the
//! release's fields all belong to it.
//!
//! | file | version | bumped by |
//! |---|---|---|
//! | a session (`*.ron`) and a house-style file (`*.huiwu-body.ron`) | [`FORMAT_VERSION`] | any change to `Session` or anything in it, the body and its house style included; migrate older files in `io::v1`/`io::v4` (or a new `io::vN`) and commit an example of the old format under `tests/fixtures/vN/` |
//! | a body's folder (`body.ron`) | [`BODY_FORMAT_VERSION`](crate::model::term::body_folder::BODY_FORMAT_VERSION) | any change to `BodyFile`: the body and its house style, the roster over time, opinions, suggestions; keep a file of the old format under `tests/fixtures/body-vN/` |
//! | a lock (`*.lock`) | [`lock::LOCK_VERSION`] | a change to what a lock says (another build must still recognise a live lock) |
//! | a recovery copy | [`recovery::RECOVERY_VERSION`] | a change to the recovery file's fields |
//! | the folder's cache | [`folder_cache::CACHE_VERSION`] | any change to what is cached or to how it is derived (a cache of another version is rebuilt, never migrated) |
//!
//! The house style is in both a session and `body.ron`: a change to `BodySettings` bumps both.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::Deserialize;

pub mod config;
pub mod folder;
pub mod folder_cache;
pub mod house_style;
pub mod lock;
mod paths;
pub mod recovery;
pub mod shutdown;
pub mod stamp;
mod v1;
mod v4;

pub use house_style::{HOUSE_STYLE_EXTENSION, load_house_style, save_house_style};
pub use paths::canonical_session_path;

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
    #[error("{}", too_large_message(path, *size, *limit))]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size in bytes, where the system tells it (a file growing while it was read:
        /// `None`, only known to be over the limit).
        size: Option<u64>,
        /// The limit in bytes, [`MAX_FILE_BYTES`].
        limit: u64,
    },
    /// The path names something other than an ordinary file: a device, a named pipe, a socket.
    /// Refused before it is opened, as opening or reading one can wait for ever.
    #[error("「{path}」不是普通文件（是{what}），未打开。会议文件是磁盘上的普通文件。")]
    NotAFile {
        /// The path.
        path: PathBuf,
        /// What it is instead, in Chinese (「命名管道」, 「字符设备」 …).
        what: &'static str,
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
    /// The disk (or the person's quota on it) is full.
    #[error(
        "无法保存到「{path}」：磁盘空间已满。原文件未被改动。请腾出磁盘空间后再保存，或另存到其他磁盘。"
    )]
    DiskFull {
        /// The file.
        path: PathBuf,
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
    if is_storage_full(error) {
        return "磁盘空间已满".to_owned();
    }
    if is_sharing_violation(error) {
        return "文件正被其他程序占用（可能在 Word、WPS 等程序中打开）".to_owned();
    }
    let plain = match error.kind() {
        ErrorKind::NotFound => "文件或文件夹不存在",
        ErrorKind::PermissionDenied => "没有权限（文件可能是只读的，或正被其他程序占用）",
        ErrorKind::AlreadyExists => "文件已存在",
        ErrorKind::ReadOnlyFilesystem => "磁盘是只读的",
        ErrorKind::IsADirectory => "这是一个文件夹，不是文件",
        ErrorKind::NotADirectory => "路径中有一部分不是文件夹",
        ErrorKind::InvalidData => "数据无效",
        ErrorKind::FileTooLarge => "文件太大，超过了磁盘允许的大小",
        ErrorKind::TimedOut => "等待磁盘或网络共享超时",
        ErrorKind::BrokenPipe => "输出已被关闭（接收输出的程序已退出）",
        ErrorKind::UnexpectedEof => "文件意外结束（可能不完整）",
        ErrorKind::OutOfMemory => "内存不足",
        ErrorKind::ResourceBusy | ErrorKind::ExecutableFileBusy => "文件或设备正忙",
        ErrorKind::InvalidFilename => "文件名无效或过长",
        ErrorKind::DirectoryNotEmpty => "文件夹不是空的",
        ErrorKind::CrossesDevices => "不能跨磁盘移动文件",
        ErrorKind::TooManyLinks => "路径中的链接太多",
        ErrorKind::StaleNetworkFileHandle => "网络共享上的文件已失效，请重新打开",
        ErrorKind::NotConnected
        | ErrorKind::ConnectionReset
        | ErrorKind::ConnectionAborted
        | ErrorKind::NetworkDown
        | ErrorKind::NetworkUnreachable
        | ErrorKind::HostUnreachable => "网络共享连接中断",
        ErrorKind::Interrupted => "操作被中断，请重试",
        ErrorKind::WouldBlock => "文件暂时不可用，请重试",
        ErrorKind::Unsupported => "此操作不受系统或磁盘支持",
        // The system's own words are in English: its number is what a technician needs.
        _ => {
            return match error.raw_os_error() {
                Some(code) => format!("系统错误（错误代码 {code}）"),
                None => "系统错误".to_owned(),
            };
        }
    };
    plain.to_owned()
}

/// Whether an error says the disk is full, or the person's quota on it: `ErrorKind::StorageFull`
/// or `QuotaExceeded`, and the raw codes behind them (`ENOSPC`, `EDQUOT`; Windows'
/// `ERROR_DISK_FULL`, `ERROR_HANDLE_DISK_FULL`), in case a layer passed on only the number.
pub fn is_storage_full(error: &std::io::Error) -> bool {
    use std::io::ErrorKind;
    if matches!(
        error.kind(),
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded
    ) {
        return true;
    }
    let Some(code) = error.raw_os_error() else {
        return false;
    };
    #[cfg(target_os = "linux")]
    const FULL: &[i32] = &[28, 122]; // ENOSPC, EDQUOT
    #[cfg(all(unix, not(target_os = "linux")))]
    const FULL: &[i32] = &[28, 69]; // ENOSPC, EDQUOT on the BSDs and macOS
    #[cfg(windows)]
    const FULL: &[i32] = &[112, 39]; // ERROR_DISK_FULL, ERROR_HANDLE_DISK_FULL
    #[cfg(not(any(unix, windows)))]
    const FULL: &[i32] = &[];
    FULL.contains(&code)
}

/// Whether an error says another program holds the file open (Windows' sharing and lock
/// violations: a document open in Word). Unix has no such error.
fn is_sharing_violation(error: &std::io::Error) -> bool {
    #[cfg(windows)]
    {
        matches!(error.raw_os_error(), Some(32 | 33)) // ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION
    }
    #[cfg(not(windows))]
    {
        let _ = error;
        false
    }
}

/// Whether a write failed for want of permission (or because another program holds the file).
pub(crate) fn is_denied(error: &std::io::Error) -> bool {
    use std::io::ErrorKind;
    is_sharing_violation(error)
        || matches!(
            error.kind(),
            ErrorKind::PermissionDenied | ErrorKind::ReadOnlyFilesystem
        )
}

/// 「文件「x」有 80.3 MB，超过会议文件的上限 64 MB，未打开。」
fn too_large_message(path: &Path, size: Option<u64>, limit: u64) -> String {
    match size {
        Some(size) => format!(
            "文件「{}」有 {} MB，超过会议文件的上限 {} MB，未打开。",
            path.display(),
            megabytes(size),
            megabytes(limit)
        ),
        None => format!(
            "文件「{}」超过会议文件的上限 {} MB（读取时仍在变大），未打开。",
            path.display(),
            megabytes(limit)
        ),
    }
}

/// A size in MB (2^20 bytes) as people read it: whole where it is whole, else one decimal
/// rounded up, so that a file just over a limit never reads as the limit itself.
fn megabytes(bytes: u64) -> String {
    const MB: u64 = 1024 * 1024;
    if bytes.is_multiple_of(MB) {
        return (bytes / MB).to_string();
    }
    let tenths = (u128::from(bytes) * 10).div_ceil(u128::from(MB));
    format!("{}.{}", tenths / 10, tenths % 10)
}

/// What a path that is not an ordinary file or folder is, in Chinese; `None` for a file or a folder.
fn special_file_kind(metadata: &fs::Metadata) -> Option<&'static str> {
    if metadata.is_file() || metadata.is_dir() {
        return None;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let kind = metadata.file_type();
        if kind.is_fifo() {
            return Some("命名管道");
        }
        if kind.is_socket() {
            return Some("套接字");
        }
        if kind.is_char_device() {
            return Some("字符设备");
        }
        if kind.is_block_device() {
            return Some("块设备");
        }
    }
    Some("特殊文件")
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
    let mut session = if version == 1 {
        options
            .from_str::<v1::SessionV1>(text)
            .map(v1::SessionV1::migrate)?
    } else {
        // Formats 2 to 5 read with today's types (each added parts with defaults); once read,
        // the session is of the current format and is saved so.
        options.from_str::<Session>(text)?
    };
    // Format 5 kept what was decided as facts: older files get their basis (`io::v4`). Format 6
    // only added facts a file of format 5 lacks, each with its default: nothing to migrate.
    if version < 5 {
        v4::migrate(&mut session);
    }
    session.format_version = FORMAT_VERSION;
    Ok(session)
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

/// Reads a file the program wrote as text: refuses folders, devices, named pipes and sockets
/// (unopened: reading one can wait for ever), files over [`MAX_FILE_BYTES`], and bytes that are
/// not UTF-8, each with a message naming the file. Never changes the file.
pub(crate) fn read_text(path: &Path) -> Result<String, FileError> {
    let read_error = |error: std::io::Error| FileError::Read {
        path: path.to_owned(),
        reason: io_reason(&error),
    };
    let refuse_special = |metadata: &fs::Metadata| -> Result<(), FileError> {
        if metadata.is_dir() {
            return Err(FileError::Read {
                path: path.to_owned(),
                reason: "这是一个文件夹，不是文件".to_owned(),
            });
        }
        match special_file_kind(metadata) {
            Some(what) => Err(FileError::NotAFile {
                path: path.to_owned(),
                what,
            }),
            None => Ok(()),
        }
    };
    let too_large = |size: Option<u64>| FileError::TooLarge {
        path: path.to_owned(),
        size,
        limit: MAX_FILE_BYTES,
    };
    // Looked at before opening: opening a named pipe waits for a writer that may never come.
    let metadata = fs::metadata(path).map_err(read_error)?;
    refuse_special(&metadata)?;
    if metadata.len() > MAX_FILE_BYTES {
        return Err(too_large(Some(metadata.len())));
    }
    let file = fs::File::open(path).map_err(read_error)?;
    // The path may have been replaced between the look and the opening: look at what was opened.
    let opened = file.metadata().map_err(read_error)?;
    refuse_special(&opened)?;
    // Read at most one byte past the limit: the file can grow after the check.
    let mut bytes = Vec::new();
    std::io::Read::read_to_end(
        &mut std::io::Read::take(file, MAX_FILE_BYTES + 1),
        &mut bytes,
    )
    .map_err(read_error)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large(None));
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

/// The backup kept beside a session file: `name.ron.bak`, the version before the last save.
pub fn backup_path(path: &Path) -> PathBuf {
    with_suffix(path, ".bak")
}

/// The older backup: `name.ron.bak2`, the version before that, so that one bad save can never
/// cost the last good copy.
pub fn older_backup_path(path: &Path) -> PathBuf {
    with_suffix(path, ".bak2")
}

/// `path` with `suffix` added to its file name.
fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path
        .file_name()
        .map(|n| n.to_os_string())
        .unwrap_or_default();
    name.push(suffix);
    path.with_file_name(name)
}

/// Saves a session atomically through [`write_atomically`] with backups: at every moment the
/// file on disk is either the whole old version or the whole new one, and once the new one is
/// in place the old one is `name.ron.bak` and the one before it `name.ron.bak2`. Saving through
/// a symbolic link writes the file it points to (the link stays).
pub fn save(session: &Session, path: &Path) -> Result<(), FileError> {
    let text = to_ron_string(session).map_err(|error| FileError::Write {
        path: path.to_owned(),
        reason: format!("无法生成文件内容（{error}）"),
    })?;
    keep_older_format(path)?;
    write_atomically(path, text.as_bytes(), true)
}

/// Where the original of a file written in an older format is kept when a save first writes
/// it in the current one: `NAME.ron.v1.bak`. The backups' rotation never touches it; it stays
/// until the person removes it.
pub fn older_format_path(path: &Path, version: u32) -> PathBuf {
    with_suffix(path, &format!(".v{version}.bak"))
}

/// The format a session file on disk says it was written in, read from its first lines without
/// parsing it; `None` when there is no such ordinary file or it does not say.
pub fn format_on_disk(path: &Path) -> Option<u32> {
    if !fs::metadata(path).ok()?.is_file() {
        return None;
    }
    let mut head = Vec::with_capacity(4096);
    std::io::Read::read_to_end(
        &mut std::io::Read::take(fs::File::open(path).ok()?, 4096),
        &mut head,
    )
    .ok()?;
    let head = String::from_utf8_lossy(&head);
    let after = head.split_once("format_version")?.1.trim_start();
    let digits: String = after
        .strip_prefix(':')?
        .trim_start()
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse().ok()
}

/// Before a file of an older format is first written in the current one, keeps it whole as
/// [`older_format_path`] (once: a copy already there is the original and stays).
fn keep_older_format(path: &Path) -> Result<(), FileError> {
    let target = canonical_session_path(path);
    let Some(version) = format_on_disk(&target).filter(|v| *v < FORMAT_VERSION) else {
        return Ok(());
    };
    let kept = older_format_path(&target, version);
    if kept.exists() {
        return Ok(());
    }
    let bytes = fs::read(&target).map_err(|error| FileError::Read {
        path: target.clone(),
        reason: io_reason(&error),
    })?;
    write_atomically(&kept, &bytes, false)
}

/// Writes `bytes` to `path` atomically: into a temporary file beside it, flushed to disk, then
/// renamed into place. `path` is first resolved with [`canonical_session_path`], so a symbolic
/// link is kept and the file it points to is written. With `keep_backup`, and only if the bytes
/// differ from the file's, the previous version is kept too: it is copied beside (flushed)
/// before anything is replaced, and only once the new file is in place do the backups rotate
/// (`.bak` → `.bak2`, the previous version → `.bak`). A save that fails leaves the file and both
/// backups exactly as they were.
pub fn write_atomically(path: &Path, bytes: &[u8], keep_backup: bool) -> Result<(), FileError> {
    write_atomically_with(path, bytes, keep_backup, &mut |_| Ok(()))
        .map_err(|failure| failure.into_file_error(path))
}

/// A step of [`write_atomically`], where tests inject the failure a real disk would give.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum SaveStep {
    /// Creating the temporary file beside the target.
    CreateTemporary,
    /// Writing the new bytes into it.
    WriteTemporary,
    /// Flushing it to disk.
    SyncTemporary,
    /// Copying the previous version beside, for the backup.
    KeepPrevious,
    /// Renaming the new file into place.
    RenameIntoPlace,
    /// Rotating the backups once the new file is in place.
    RotateBackups,
}

/// Why an atomic write failed, before it is explained for a session file or an export.
#[derive(Debug)]
pub(crate) enum WriteFailure {
    /// The system refused a step.
    Io(std::io::Error),
    /// The path names a folder.
    Folder,
    /// The path names something other than an ordinary file; what, in Chinese.
    NotAFile(&'static str),
}

impl WriteFailure {
    /// The failure as a [`FileError`] naming `path`.
    pub(crate) fn into_file_error(self, path: &Path) -> FileError {
        let path = path.to_owned();
        match self {
            Self::Io(error) if is_storage_full(&error) => FileError::DiskFull { path },
            Self::Io(error) => FileError::Write {
                path,
                reason: io_reason(&error),
            },
            Self::Folder => FileError::Write {
                path,
                reason: "这是一个文件夹".to_owned(),
            },
            Self::NotAFile(what) => FileError::Write {
                path,
                reason: format!("这不是普通文件（是{what}）"),
            },
        }
    }
}

/// [`write_atomically`] with `fault` asked before every step: an error from it stands for the
/// step failing (tests inject full disks and failing writers this way).
pub(crate) fn write_atomically_with(
    path: &Path,
    bytes: &[u8],
    keep_backup: bool,
    fault: &mut dyn FnMut(SaveStep) -> std::io::Result<()>,
) -> Result<(), WriteFailure> {
    let target = canonical_session_path(path);
    let directory = match target.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_owned(),
        _ => PathBuf::from("."),
    };
    let existing = fs::metadata(&target).ok();
    if let Some(metadata) = &existing {
        if metadata.is_dir() {
            return Err(WriteFailure::Folder);
        }
        // A device or a pipe is never replaced by a file (nor written into, which may block).
        if let Some(what) = special_file_kind(metadata) {
            return Err(WriteFailure::NotAFile(what));
        }
    }
    let mut step = |which: SaveStep| fault(which).map_err(WriteFailure::Io);
    step(SaveStep::CreateTemporary)?;
    let mut temporary = new_temporary(&directory).map_err(WriteFailure::Io)?;
    step(SaveStep::WriteTemporary)?;
    temporary.write_all(bytes).map_err(WriteFailure::Io)?;
    keep_permissions(&target, temporary.as_file());
    step(SaveStep::SyncTemporary)?;
    temporary.as_file().sync_all().map_err(WriteFailure::Io)?;
    // The previous version, copied beside before the file is replaced: it becomes the backup
    // only once the new file is in place, so a save that fails never touches the backups.
    let previous = match existing {
        Some(_) if keep_backup => {
            let previous_bytes = fs::read(&target).map_err(WriteFailure::Io)?;
            if previous_bytes == bytes {
                None
            } else {
                step(SaveStep::KeepPrevious)?;
                let mut copy = new_temporary(&directory).map_err(WriteFailure::Io)?;
                copy.write_all(&previous_bytes).map_err(WriteFailure::Io)?;
                keep_permissions(&target, copy.as_file());
                copy.as_file().sync_all().map_err(WriteFailure::Io)?;
                Some(copy)
            }
        }
        _ => None,
    };
    step(SaveStep::RenameIntoPlace)?;
    temporary
        .persist(&target)
        .map_err(|error| WriteFailure::Io(error.error))?;
    if let Some(previous) = previous {
        // The save has succeeded: a failure from here on costs at most the older backup, and is
        // not reported as a failed save (the new file is in place).
        let _ = rotate_backups(&target, &directory, previous, &mut step);
    }
    sync_directory(&directory);
    remove_stale_temporaries(&directory, STALE_TEMPORARY_AGE);
    Ok(())
}

/// A temporary file of ours (`.huiwu-*.tmp`) in `directory`.
fn new_temporary(directory: &Path) -> std::io::Result<tempfile::NamedTempFile> {
    tempfile::Builder::new()
        .prefix(".huiwu-")
        .suffix(".tmp")
        .tempfile_in(directory)
}

/// `.bak` → `.bak2`, then the copy of the previous version → `.bak`. Each step replaces one
/// file by a whole one in a single rename, and `.bak` is copied rather than renamed, so that a
/// crash at any moment leaves every backup there and whole (at worst one generation behind).
fn rotate_backups(
    target: &Path,
    directory: &Path,
    previous: tempfile::NamedTempFile,
    step: &mut dyn FnMut(SaveStep) -> Result<(), WriteFailure>,
) -> Result<(), WriteFailure> {
    step(SaveStep::RotateBackups)?;
    let backup = backup_path(target);
    if let Ok(older) = fs::read(&backup) {
        // Should this fail, the older backup is lost but the newer one is still written.
        let _ = new_temporary(directory).and_then(|mut copy| {
            copy.write_all(&older)?;
            keep_permissions(&backup, copy.as_file());
            copy.as_file().sync_all()?;
            copy.persist(older_backup_path(target))
                .map(|_| ())
                .map_err(|error| error.error)
        });
    }
    previous
        .persist(&backup)
        .map_err(|error| WriteFailure::Io(error.error))?;
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

/// The part of a file a RON error is in, as the office calls it (「组成人员」), from the name of the
/// structure the reader was filling; `None` for a structure the office has no word for, so
/// that a message never shows the program's own type names.
fn part_of_the_file(structure: &str) -> Option<&'static str> {
    Some(match structure {
        "Session" | "SessionV1" => "会议文件",
        "SessionDetails" => "会议概况",
        "Body" | "BodySettings" | "BodyFile" => "本机关信息",
        "HouseStyleFile" | "FormChoices" | "PaperSettings" => "本机关格式",
        "Member" | "MemberOnDisk" | "MemberAtSession" => "组成人员",
        "BodyMember" | "BodyMemberOnDisk" => "本届组成人员",
        "MemberPeriod" => "组成人员的任职期间",
        "Absence" => "请假记录",
        "Observer" | "ObserverUnit" => "列席人员",
        "ObserverLeave" => "列席人员的请假记录",
        "AgendaItem" | "AgendaItemV1" => "议程项",
        "Sitting" => "全体会议",
        "Report" | "ReportRecord" => "报告",
        "Resolution" | "ResolutionV1" | "ResolutionRecord" => "决议决定",
        "Attachment" => "附件",
        "Approval" => "批准事项",
        "AppointmentMotion" => "任免议案",
        "AppointmentEntry" | "EntryRepr" | "Appointee" => "任免事项",
        "AppointmentRecord" => "任免记录",
        "Vote" | "VoteOutcome" | "Tally" | "Ballot" | "Amendment" => "表决记录",
        "VoteMethodChoice" => "表决方式",
        "Evaluation" | "EvaluationBallot" | "EvaluationOutcome" | "EvaluationTally" => {
            "满意度测评记录"
        }
        "SatisfactionRule" => "测评规则",
        "Announcement" | "ResultsPublication" => "宣布结果",
        "Seating" | "Seat" => "座次",
        "Opinion" | "OpinionReply" => "审议意见",
        "Suggestion" | "KeySupervision" | "Answer" => "代表建议",
        "LawArticles" => "法律条款",
        "Table" => "表格",
        "AppConfig" => "程序设置",
        _ => return None,
    })
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
        } => match outer.as_deref().and_then(part_of_the_file) {
            Some(part) => {
                format!("{part}中没有名为「{field}」的项（文件可能来自其他程序或已被改动）")
            }
            None => format!("没有名为「{field}」的项（文件可能来自其他程序或已被改动）"),
        },
        E::MissingStructField { field, outer } => match outer.as_deref().and_then(part_of_the_file)
        {
            Some(part) => format!("{part}缺少必需的项「{field}」"),
            None => format!("缺少必需的项「{field}」"),
        },
        E::DuplicateStructField { field, .. } => format!("项「{field}」重复出现"),
        E::NoSuchEnumVariant {
            found, expected, ..
        } => {
            format!("「{found}」不是有效的取值（可用：{}）", expected.join("、"))
        }
        // serde's words for the types (「a u32」, 「the string "x"」) are English: said plainly.
        E::InvalidValueForType { .. } => "此处的取值类型不对".to_owned(),
        E::ExceededRecursionLimit => "嵌套层次太深".to_owned(),
        E::UnexpectedChar(c) => format!("意外的字符「{}」", c.escape_default()),
        E::Utf8Error(_) => "不是有效的 UTF-8 文本".to_owned(),
        E::IntegerOutOfBounds => "整数超出了允许的范围".to_owned(),
        E::InvalidIntegerDigit { .. } => "整数中有无效的数字".to_owned(),
        E::UnderscoreAtBeginning => "数字不能以下划线开头".to_owned(),
        E::ExpectedFloat | E::FloatUnderscore => "此处应为数字".to_owned(),
        E::ExpectedChar => "此处应为单个字符".to_owned(),
        E::ExpectedByteLiteral | E::ExpectedByteString => "此处应为字节文字".to_owned(),
        E::ExpectedOptionEnd => "Some(…) 没有以 ) 结束".to_owned(),
        E::ExpectedMapColon => "映射中缺少冒号".to_owned(),
        E::ExpectedUnit => "此处应为 ()".to_owned(),
        E::ExpectedAttribute | E::ExpectedAttributeEnd | E::NoSuchExtension(_) => {
            "文件开头的 #![…] 设置无效".to_owned()
        }
        E::InvalidEscape(_) => "文字中有无效的转义符（\\）".to_owned(),
        E::UnclosedBlockComment | E::UnclosedLineComment => "注释没有结束".to_owned(),
        E::ExpectedDifferentLength { .. } => "列表的项数不对".to_owned(),
        E::ExpectedDifferentStructName { .. }
        | E::ExpectedNamedStructLike(_)
        | E::ExpectedStructName(_) => "此处的结构名称不对".to_owned(),
        E::InvalidIdentifier(_) | E::SuggestRawIdentifier(_) => "名称无效".to_owned(),
        E::Message(_) => "取值无效或超出了允许的范围".to_owned(),
        E::Io(_) | E::Fmt => "读取时出错".to_owned(),
        _ => "格式错误".to_owned(),
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

    /// The file, its `.bak` and its `.bak2` as bytes (`None` where absent).
    fn generations(path: &Path) -> [Option<Vec<u8>>; 3] {
        [
            fs::read(path).ok(),
            fs::read(backup_path(path)).ok(),
            fs::read(older_backup_path(path)).ok(),
        ]
    }

    /// The names in `dir` that are temporary files of ours.
    fn temporaries(dir: &Path) -> Vec<String> {
        fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".tmp"))
            .collect()
    }

    #[test]
    fn backups_rotate_after_each_save_that_changes_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.ron");
        write_atomically(&path, b"A", true).unwrap();
        assert_eq!(generations(&path), [Some(b"A".to_vec()), None, None]);
        write_atomically(&path, b"B", true).unwrap();
        assert_eq!(
            generations(&path),
            [Some(b"B".to_vec()), Some(b"A".to_vec()), None]
        );
        write_atomically(&path, b"C", true).unwrap();
        let rotated = [
            Some(b"C".to_vec()),
            Some(b"B".to_vec()),
            Some(b"A".to_vec()),
        ];
        assert_eq!(generations(&path), rotated);
        // An unchanged save rotates nothing: the two older versions stay.
        write_atomically(&path, b"C", true).unwrap();
        assert_eq!(generations(&path), rotated);
        write_atomically(&path, b"D", true).unwrap();
        assert_eq!(
            generations(&path),
            [
                Some(b"D".to_vec()),
                Some(b"C".to_vec()),
                Some(b"B".to_vec())
            ]
        );
        assert!(temporaries(dir.path()).is_empty());
    }

    #[test]
    fn a_save_that_fails_at_any_step_leaves_the_file_and_both_backups_as_they_were() {
        let steps = [
            SaveStep::CreateTemporary,
            SaveStep::WriteTemporary,
            SaveStep::SyncTemporary,
            SaveStep::KeepPrevious,
            SaveStep::RenameIntoPlace,
        ];
        for failing in steps {
            for kind in [
                std::io::ErrorKind::StorageFull,
                std::io::ErrorKind::PermissionDenied,
                std::io::ErrorKind::Other,
            ] {
                let dir = tempfile::tempdir().unwrap();
                let path = dir.path().join("s.ron");
                for version in [b"A", b"B", b"C"] {
                    write_atomically(&path, version, true).unwrap();
                }
                let before = generations(&path);
                let mut asked = Vec::new();
                let failure = write_atomically_with(&path, b"D", true, &mut |step| {
                    asked.push(step);
                    if step == failing {
                        Err(std::io::Error::from(kind))
                    } else {
                        Ok(())
                    }
                })
                .unwrap_err();
                assert!(asked.contains(&failing), "{failing:?} never reached");
                assert_eq!(generations(&path), before, "{failing:?}, {kind:?}");
                assert!(temporaries(dir.path()).is_empty(), "{failing:?}");
                let message = failure.into_file_error(&path).to_string();
                assert!(message.contains("s.ron") && message.contains("原文件未被改动"));
                assert_eq!(
                    message.contains("磁盘空间已满"),
                    kind == std::io::ErrorKind::StorageFull,
                    "{message}"
                );
            }
        }
    }

    #[test]
    fn a_failed_rotation_still_saves() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.ron");
        write_atomically(&path, b"A", true).unwrap();
        write_atomically_with(&path, b"B", true, &mut |step| {
            if step == SaveStep::RotateBackups {
                Err(std::io::Error::other("injected"))
            } else {
                Ok(())
            }
        })
        .unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"B");
    }

    #[test]
    fn full_disks_are_told_apart_from_missing_permission() {
        for code in if cfg!(windows) { [112, 39] } else { [28, 28] } {
            let error = std::io::Error::from_raw_os_error(code);
            assert!(is_storage_full(&error), "{code}");
            assert_eq!(io_reason(&error), "磁盘空间已满");
        }
        let denied = std::io::Error::from(std::io::ErrorKind::PermissionDenied);
        assert!(!is_storage_full(&denied));
        assert!(!io_reason(&denied).contains("磁盘空间已满"));
        assert!(is_storage_full(&std::io::Error::from(
            std::io::ErrorKind::StorageFull
        )));
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_real_full_disk_says_so() {
        // /dev/full answers every write with ENOSPC, as a full disk does.
        let mut full = fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let error = full.write_all(&[0; 4096]).unwrap_err();
        assert!(is_storage_full(&error), "{error:?}");
        assert_eq!(io_reason(&error), "磁盘空间已满");
        // And a device is never replaced by a save.
        let error = write_atomically(Path::new("/dev/full"), b"x", false).unwrap_err();
        assert!(error.to_string().contains("字符设备"), "{error}");
    }

    #[test]
    fn sizes_are_said_as_people_read_them() {
        const MB: u64 = 1024 * 1024;
        assert_eq!(megabytes(64 * MB), "64");
        assert_eq!(megabytes(64 * MB + 1), "64.1");
        assert_eq!(megabytes(80 * MB + 3 * MB / 10), "80.3");
        let message = too_large_message(Path::new("x.ron"), Some(80 * MB + MB / 4), 64 * MB);
        assert_eq!(
            message,
            "文件「x.ron」有 80.3 MB，超过会议文件的上限 64 MB，未打开。"
        );
    }

    #[test]
    fn backup_path_is_beside_the_file() {
        assert_eq!(
            backup_path(Path::new("/a/b/s.ron")),
            PathBuf::from("/a/b/s.ron.bak")
        );
    }
}
