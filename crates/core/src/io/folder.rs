//! The body's folder (issue 15): `body.ron` (the body, its roster with history, 审议意见,
//! suggestions) and one RON file per session beside it, as a single session is kept today.
//!
//! Opening a folder reads `body.ron` and every session file in it; a session that cannot be
//! read is listed with its Chinese error and never stops the others from loading. The sessions
//! are summed up for the registers ([`SessionSummary`]) and not kept: the window opens a
//! session from the list as it opens any session file, with its own lock, so two people can
//! work on two sessions of one folder at once. `body.ron` is saved atomically with backups by
//! the same writer as sessions, and locked by the same lock files while it is being edited.

use std::fs;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::folder_cache::{FileKey, SummaryCache};
use super::{FileError, io_reason, parse_error, pretty_config, read_text, write_atomically};
use crate::import::suggestions::suggestions_from_rows;
use crate::model::term::body_folder::{BODY_FILE_NAME, BODY_FORMAT_VERSION, BodyFile};
use crate::model::term::registers::{SessionSummary, Term};
use crate::model::term::suggestions::Suggestion;

/// Why a folder could not be opened or started. Every message names the folder and is plain
/// Chinese.
#[derive(Debug, thiserror::Error)]
pub enum FolderError {
    /// The path is not a folder.
    #[error("「{path}」不是文件夹。")]
    NotAFolder {
        /// The path.
        path: PathBuf,
    },
    /// The folder has no `body.ron`.
    #[error(
        "文件夹「{path}」还不是常委会文件夹。可在窗口中打开其中的会议文件，或用「新建常委会文件夹」（命令行：huiwu folder create 文件夹 --from 会议文件.ron）由会议文件新建。"
    )]
    NoBody {
        /// The folder.
        path: PathBuf,
    },
    /// A folder that already has a `body.ron` is not started again.
    #[error("文件夹「{path}」已经是常委会文件夹，未改动。")]
    AlreadyStarted {
        /// The folder.
        path: PathBuf,
    },
    /// The folder's list of files could not be read, or the folder not made.
    #[error("无法读取文件夹「{path}」：{reason}")]
    Read {
        /// The folder.
        path: PathBuf,
        /// What the system said, in Chinese.
        reason: String,
    },
    /// Nothing can be written beside `body.ron` (a read-only folder or disk, a full disk):
    /// nothing was imported or changed.
    #[error("无法写入「{path}」：{reason}。未导入，文件未改动。")]
    NotWritable {
        /// The file.
        path: PathBuf,
        /// What the system said, in Chinese.
        reason: String,
    },
    /// `body.ron` could not be read or written.
    #[error(transparent)]
    Body(#[from] FileError),
    /// A spreadsheet to import could not be read.
    #[error(transparent)]
    Import(#[from] crate::import::ImportError),
    /// Someone else is editing `body.ron` (or no lock can be taken): nothing was written.
    #[error("{0}")]
    Locked(#[from] super::lock::LockError),
}

/// A session file of the folder and what was read of it.
#[derive(Clone, Debug, PartialEq)]
pub struct FolderSession {
    /// The session file.
    pub file: PathBuf,
    /// Its summary, or why it could not be read (in Chinese, naming the file and the line).
    pub loaded: Result<SessionSummary, String>,
}

impl FolderSession {
    /// The file's name, for lists.
    pub fn file_name(&self) -> String {
        self.file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    }
}

/// An opened folder: the body's file and every session file, read.
#[derive(Clone, Debug)]
pub struct OpenedFolder {
    /// The folder, as [`super::canonical_session_path`] names it.
    pub path: PathBuf,
    /// What `body.ron` holds.
    pub body: BodyFile,
    /// The session files: those read by first day (sessions without a day after them), then
    /// by number; those that could not be read last, by file name.
    pub sessions: Vec<FolderSession>,
    /// How many summaries came from the cache rather than from reading the session.
    pub from_cache: usize,
}

impl OpenedFolder {
    /// The sessions that were read.
    pub fn summaries(&self) -> impl Iterator<Item = &SessionSummary> {
        self.sessions.iter().filter_map(|s| s.loaded.as_ref().ok())
    }

    /// The session files that could not be read, with the reason.
    pub fn failures(&self) -> impl Iterator<Item = (&Path, &str)> {
        self.sessions.iter().filter_map(|s| {
            s.loaded
                .as_ref()
                .err()
                .map(|e| (s.file.as_path(), e.as_str()))
        })
    }

    /// The term for the registers.
    pub fn term(&self) -> Term<'_> {
        Term::new(&self.body, self.summaries())
    }

    /// `body.ron` of this folder.
    pub fn body_path(&self) -> PathBuf {
        body_path(&self.path)
    }

    /// The number the next session takes: one after the highest of the folder.
    pub fn next_number(&self) -> u32 {
        self.summaries()
            .map(|s| s.number)
            .max()
            .unwrap_or(0)
            .saturating_add(1)
    }

    /// The file of the latest session read (by first day, then number), if any.
    pub fn latest_session_file(&self) -> Option<&Path> {
        self.sessions
            .iter()
            .rev()
            .find(|s| s.loaded.is_ok())
            .map(|s| s.file.as_path())
    }

    /// Where a new session of number `number` is saved: 「hebi-12-10.ron」 for the folder
    /// 「hebi-12」; a number already taken gets 「-2」, 「-3」 … after it.
    pub fn new_session_path(&self, number: u32) -> PathBuf {
        let stem = self
            .path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "session".to_owned());
        let base = format!("{stem}-{number:02}");
        let mut candidate = self.path.join(format!("{base}.ron"));
        let mut second = 2;
        while candidate.exists() {
            candidate = self.path.join(format!("{base}-{second}.ron"));
            second += 1;
        }
        candidate
    }
}

/// `body.ron` of `folder`.
pub fn body_path(folder: &Path) -> PathBuf {
    folder.join(BODY_FILE_NAME)
}

/// Whether `folder` is a body's folder: a folder with a `body.ron`.
pub fn is_body_folder(folder: &Path) -> bool {
    folder.is_dir() && body_path(folder).is_file()
}

/// Serializes the body's file as the pretty, deterministic RON `body.ron` holds.
pub fn body_to_ron_string(body: &BodyFile) -> Result<String, ron::Error> {
    let mut text = ron::ser::to_string_pretty(body, pretty_config())?;
    text.push('\n');
    Ok(text)
}

/// Saves `body.ron` atomically (the previous version stays as `body.ron.bak`, and the one
/// before as `.bak2`, as for sessions). While the window edits it, it holds
/// [`super::lock::acquire`] on the same path.
pub fn save_body(body: &BodyFile, path: &Path) -> Result<(), FileError> {
    let text = body_to_ron_string(body).map_err(|error| FileError::Write {
        path: path.to_owned(),
        reason: format!("无法生成文件内容（{error}）"),
    })?;
    write_atomically(path, text.as_bytes(), true)
}

/// Only the version, read before the rest so that a newer file is refused rather than half-read.
#[derive(Deserialize)]
struct BodyVersionProbe {
    format_version: u32,
}

/// Parses `body.ron` text; `path` only names the file in messages.
pub fn body_from_ron_str(text: &str, path: &Path) -> Result<BodyFile, FileError> {
    let refuse = |reason: &str| FileError::Parse {
        path: path.to_owned(),
        line: 1,
        column: 1,
        reason: reason.to_owned(),
    };
    if text.trim().is_empty() {
        return Err(refuse("文件是空的，不是常委会文件夹的登记文件"));
    }
    let options = ron::Options::default();
    match options
        .from_str::<BodyVersionProbe>(text)
        .map(|p| p.format_version)
    {
        Ok(found) if found > BODY_FORMAT_VERSION => {
            return Err(FileError::NewerFormat {
                path: path.to_owned(),
                found,
                supported: BODY_FORMAT_VERSION,
            });
        }
        Ok(0) => return Err(refuse("文件格式版本为 0，不是有效的常委会登记文件")),
        _ => {}
    }
    let mut body: BodyFile = options
        .from_str(text)
        .map_err(|error| parse_error(path, &error))?;
    body.format_version = BODY_FORMAT_VERSION;
    Ok(body)
}

/// Reads `body.ron`. Never panics, whatever the file holds.
pub fn load_body(path: &Path) -> Result<BodyFile, FileError> {
    let text = read_text(path)?;
    // A byte-order mark some Windows editors add is not part of the RON text.
    body_from_ron_str(text.strip_prefix('\u{feff}').unwrap_or(&text), path)
}

/// Whether a file of the folder is a session file: `*.ron`, not `body.ron`, not a house-style
/// file (`*.huiwu-body.ron`), not hidden (lock files, temporary files).
fn is_session_file(path: &Path) -> bool {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return false;
    };
    name.ends_with(".ron")
        && name != BODY_FILE_NAME
        && !name.starts_with('.')
        && !name.ends_with(super::HOUSE_STYLE_EXTENSION)
}

/// How a folder's files look on disk now: `body.ron` and each session file, by name, with its
/// [`super::folder_cache::FileKey`] (`None` where it cannot be read). Two equal fingerprints
/// mean nothing was saved, added, removed or edited in place in between; taking one costs a
/// listing and a look at each file, never a reading.
pub fn fingerprint(folder: &Path) -> Vec<(String, Option<super::folder_cache::FileKey>)> {
    let mut files = session_files(folder).unwrap_or_default();
    files.push(body_path(folder));
    files
        .iter()
        .map(|file| {
            let name = file
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            (name, super::folder_cache::FileKey::of(file))
        })
        .collect()
}

/// The session files of `folder`, by name.
pub fn session_files(folder: &Path) -> Result<Vec<PathBuf>, FolderError> {
    let entries = fs::read_dir(folder).map_err(|error| FolderError::Read {
        path: folder.to_owned(),
        reason: io_reason(&error),
    })?;
    let mut files: Vec<PathBuf> = entries
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| is_session_file(path) && !path.is_dir())
        .collect();
    files.sort();
    Ok(files)
}

/// Reads a session file and sums it up for the registers.
fn summarize(file: &Path) -> Result<SessionSummary, String> {
    super::load(file)
        .map(|session| SessionSummary::of(&session))
        .map_err(|error| error.to_string())
}

/// Reads every file, on as many threads as the machine has cores (at most four): each file is
/// read and summed up on its own, in any order; the results come back in the files' order.
fn summarize_all(files: Vec<PathBuf>) -> Vec<FolderSession> {
    let threads = std::thread::available_parallelism()
        .map_or(1, usize::from)
        .clamp(1, 4)
        .min(files.len().max(1));
    if threads <= 1 {
        return files
            .into_iter()
            .map(|file| FolderSession {
                loaded: summarize(&file),
                file,
            })
            .collect();
    }
    let next = std::sync::atomic::AtomicUsize::new(0);
    let mut results: Vec<(usize, Result<SessionSummary, String>)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let at = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(file) = files.get(at) else { break };
                        done.push((at, summarize(file)));
                    }
                    done
                })
            })
            .collect();
        workers
            .into_iter()
            // A worker that panicked (it should never) leaves its files unread; they are
            // read again below, one by one.
            .flat_map(|worker| worker.join().unwrap_or_default())
            .collect()
    });
    results.sort_by_key(|(at, _)| *at);
    let mut read = results.into_iter().peekable();
    files
        .into_iter()
        .enumerate()
        .map(|(at, file)| {
            let loaded = match read.next_if(|(done, _)| *done == at) {
                Some((_, loaded)) => loaded,
                None => summarize(&file),
            };
            FolderSession { file, loaded }
        })
        .collect()
}

/// Opens a body's folder: reads `body.ron` (its errors stop the opening: without the body
/// there are no registers) and every session file (its errors are listed, never stop the rest).
pub fn open_folder(folder: &Path) -> Result<OpenedFolder, FolderError> {
    open_folder_cached(folder, None)
}

/// As [`open_folder`], taking the summaries of session files unchanged since the last opening
/// from `cache` and remembering the new ones there (see [`super::folder_cache`]).
pub fn open_folder_cached(
    folder: &Path,
    cache: Option<&SummaryCache>,
) -> Result<OpenedFolder, FolderError> {
    let path = super::canonical_session_path(folder);
    if !path.is_dir() {
        return Err(FolderError::NotAFolder {
            path: folder.to_owned(),
        });
    }
    let body_file = body_path(&path);
    if !body_file.exists() {
        return Err(FolderError::NoBody { path });
    }
    let mut remembered = cache.map(|cache| cache.recall(&path));
    let body_key = FileKey::of(&body_file);
    let cached_body = remembered
        .as_mut()
        .zip(body_key)
        .and_then(|(remembered, key)| remembered.take_body(key));
    let body_from_cache = cached_body.is_some();
    let body = match cached_body {
        Some(body) => body,
        None => load_body(&body_file)?,
    };
    let files = session_files(&path)?;
    // Each file's key is taken before it is read: a file saved in between is read again next time.
    let keys: Vec<Option<FileKey>> = files.iter().map(|f| FileKey::of(f)).collect();
    let names: Vec<String> = files
        .iter()
        .map(|f| {
            f.file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default()
        })
        .collect();
    let mut known: Vec<Option<SessionSummary>> = names
        .iter()
        .zip(&keys)
        .map(|(name, key)| remembered.as_mut()?.take_summary(name, (*key)?))
        .collect();
    let from_cache = known.iter().filter(|k| k.is_some()).count();
    let to_read: Vec<PathBuf> = files
        .iter()
        .zip(&known)
        .filter(|(_, known)| known.is_none())
        .map(|(file, _)| file.clone())
        .collect();
    let mut read = summarize_all(to_read).into_iter();
    let mut sessions: Vec<FolderSession> = files
        .into_iter()
        .zip(known.iter_mut())
        .filter_map(|(file, known)| match known.take() {
            Some(summary) => Some(FolderSession {
                file,
                loaded: Ok(summary),
            }),
            None => read.next(),
        })
        .collect();
    if let Some(cache) = cache
        && (from_cache < sessions.len() || !body_from_cache)
    {
        let summaries = sessions
            .iter()
            .zip(names.iter().zip(&keys))
            .filter_map(|(session, (name, key))| {
                Some((name.clone(), (*key)?, session.loaded.as_ref().ok()?.clone()))
            })
            .collect();
        cache.remember(&path, body_key.map(|key| (key, body.clone())), summaries);
    }
    sessions.sort_by(|a, b| {
        let key = |s: &FolderSession| match &s.loaded {
            Ok(summary) => (
                false,
                summary.first_date().is_none(),
                summary.first_date(),
                summary.number,
            ),
            Err(_) => (true, true, None, 0),
        };
        key(a).cmp(&key(b)).then_with(|| a.file.cmp(&b.file))
    });
    Ok(OpenedFolder {
        path,
        body,
        sessions,
        from_cache,
    })
}

/// Reads the suggestions of a spreadsheet: an Excel workbook (its first sheet with a title
/// column) or CSV in UTF-8 or GB18030/GBK, see [`crate::import::suggestions`]; `year` for
/// rows without a 年度. Never panics; a row that cannot be read is named by its line (the row
/// number Excel shows).
pub fn read_suggestions(path: &Path, year: i32) -> Result<Vec<Suggestion>, FolderError> {
    use crate::import::ImportError;
    let source = crate::import::source::read_source(path)?;
    // Each sheet as (its name for messages, its rows); text without commas or tabs is a sheet
    // of one column (titles only).
    let sheets: Vec<(String, Vec<crate::import::suggestions::NumberedRow>)> =
        match crate::import::sheet::sheets_of(&source)? {
            Some(sheets) => sheets
                .iter()
                .map(|sheet| {
                    let rows = sheet
                        .rows
                        .iter()
                        .map(|row| (row.line, row.cells.clone()))
                        .collect();
                    (sheet.described(), rows)
                })
                .collect(),
            None => match &source.content {
                crate::import::source::Content::Text(text) => {
                    let rows = crate::import::suggestions::csv_rows(text).map_err(|problem| {
                        ImportError::BadCsv {
                            path: path.to_owned(),
                            line: problem.line,
                            reason: problem.reason,
                        }
                    })?;
                    vec![(String::new(), rows)]
                }
                _ => Vec::new(),
            },
        };
    let mut first_problem = None;
    for (sheet, rows) in &sheets {
        match suggestions_from_rows(rows, year) {
            Ok(suggestions) => return Ok(suggestions),
            Err(problem) => {
                first_problem.get_or_insert((sheet.clone(), problem));
            }
        }
    }
    let (sheet, problem) = first_problem.ok_or_else(|| ImportError::Empty {
        path: path.to_owned(),
    })?;
    Err(ImportError::BadCsv {
        path: PathBuf::from(format!("{}{sheet}", path.display())),
        line: problem.line,
        reason: problem.reason,
    }
    .into())
}

/// Imports the suggestions of a spreadsheet (XLSX or CSV) into the folder's `body.ron`: locked while it is read,
/// changed and saved (refused, saying who, while someone else edits it), saved atomically.
/// Returns how many were imported.
pub fn import_suggestions(folder: &Path, csv: &Path, year: i32) -> Result<usize, FolderError> {
    let path = body_path(folder);
    if !path.is_file() {
        return Err(FolderError::NoBody {
            path: folder.to_owned(),
        });
    }
    let suggestions = read_suggestions(csv, year)?;
    let _guard =
        super::lock::acquire(&path, chrono::Local::now()).map_err(|error| match error {
            super::lock::LockError::Unavailable { reason, .. } => FolderError::NotWritable {
                path: path.clone(),
                reason,
            },
            other => FolderError::Locked(other),
        })?;
    let mut body = load_body(&path)?;
    let count = body.import_suggestions(suggestions).len();
    save_body(&body, &path)?;
    Ok(count)
}

/// Starts a body's folder at `folder` (made if missing) with `body` as its `body.ron`; a folder
/// that already has one is left alone.
pub fn create_folder(folder: &Path, body: &BodyFile) -> Result<PathBuf, FolderError> {
    fs::create_dir_all(folder).map_err(|error| FolderError::Read {
        path: folder.to_owned(),
        reason: io_reason(&error),
    })?;
    let path = body_path(folder);
    if path.exists() {
        return Err(FolderError::AlreadyStarted {
            path: folder.to_owned(),
        });
    }
    save_body(body, &path)?;
    Ok(path)
}

/// What [`start_folder`] did.
#[derive(Clone, Debug, PartialEq)]
pub struct StartedFolder {
    /// The folder's `body.ron`, just written.
    pub body_file: PathBuf,
    /// The session the body, house style and roster came from; `None`: an empty start.
    pub from: Option<PathBuf>,
    /// The session file copied into the folder (the one given lay elsewhere), if any.
    pub copied: Option<PathBuf>,
    /// The session files the folder holds now, by name: they make up the term.
    pub sessions: Vec<PathBuf>,
    /// How many members the roster starts with.
    pub members: usize,
}

impl StartedFolder {
    /// What was done, in a sentence or two for the status bar and the command line.
    pub fn summary(&self, folder: &Path) -> String {
        let mut text = format!("已新建常委会文件夹「{}」", folder.display());
        match &self.from {
            Some(from) => text.push_str(&format!(
                "：常委会名称、格式设置和{}名组成人员取自会议文件「{}」",
                self.members,
                from.file_name().map_or_else(
                    || from.display().to_string(),
                    |n| n.to_string_lossy().into_owned()
                )
            )),
            None => text.push_str("：常委会设置和组成人员名单尚待填写"),
        }
        text.push('。');
        if let Some(copied) = &self.copied {
            text.push_str(&format!(
                "会议文件已复制到文件夹中（原文件未改动），今后请打开「{}」。",
                copied.display()
            ));
        }
        if !self.sessions.is_empty() {
            text.push_str(&format!(
                "文件夹中共有{}次会议的文件。",
                self.sessions.len()
            ));
        }
        text
    }
}

/// Makes `folder` a body's folder, as 新建常委会文件夹 does in the window and
/// `huiwu folder create` on the command line: `body.ron` from the session `from` (its body and
/// house style, and its roster as of that session's day), or — without one — from the latest
/// session the folder already holds, or else from nothing. The session files already in the
/// folder make up the term; a `from` that lies elsewhere is copied in (never moved: the
/// original stays as it was). A folder that already has a `body.ron` is left alone.
pub fn start_folder(folder: &Path, from: Option<&Path>) -> Result<StartedFolder, FolderError> {
    if folder.exists() && !folder.is_dir() {
        return Err(FolderError::NotAFolder {
            path: folder.to_owned(),
        });
    }
    if body_path(folder).exists() {
        return Err(FolderError::AlreadyStarted {
            path: folder.to_owned(),
        });
    }
    // Read the session first: a file that cannot be read starts nothing.
    let source = match from {
        Some(path) => Some((path.to_owned(), super::load(path)?)),
        None if folder.is_dir() => latest_session(folder),
        None => None,
    };
    let body = source.as_ref().map_or_else(
        || BodyFile::new(crate::model::Body::default()),
        |(_, s)| BodyFile::from_session(s),
    );
    let members = body.members.len();
    let body_file = create_folder(folder, &body)?;
    let mut copied = None;
    if let Some(from) = from {
        let inside = from
            .parent()
            .and_then(|p| {
                fs::canonicalize(if p.as_os_str().is_empty() {
                    Path::new(".")
                } else {
                    p
                })
                .ok()
            })
            .zip(fs::canonicalize(folder).ok())
            .is_some_and(|(a, b)| a == b);
        if !inside && let Some(name) = from.file_name() {
            let target = folder.join(name);
            if !target.exists() {
                let bytes = fs::read(from).map_err(|error| FolderError::Read {
                    path: from.to_owned(),
                    reason: io_reason(&error),
                })?;
                write_atomically(&target, &bytes, false)?;
                copied = Some(target);
            }
        }
    }
    Ok(StartedFolder {
        body_file,
        from: source.map(|(path, _)| path),
        copied,
        sessions: session_files(folder)?,
        members,
    })
}

/// The latest session of the files in `folder` that can be read (by first day, then number).
fn latest_session(folder: &Path) -> Option<(PathBuf, crate::model::Session)> {
    session_files(folder)
        .ok()?
        .into_iter()
        .filter_map(|file| super::load(&file).ok().map(|session| (file, session)))
        .max_by_key(|(_, session)| {
            (
                session.details.dates.first().copied(),
                session.details.number,
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Body;

    #[test]
    fn the_body_file_reads_back_equal_and_a_newer_one_is_refused() {
        let mut body = BodyFile::new(Body::default());
        body.add_member("张三", crate::model::Role::Member, 0, None);
        let text = body_to_ron_string(&body).unwrap();
        assert!(
            text.starts_with(&format!("(\n  format_version: {BODY_FORMAT_VERSION},")),
            "{text}"
        );
        assert_eq!(
            body_from_ron_str(&text, Path::new("body.ron")).unwrap(),
            body
        );
        let error =
            body_from_ron_str("(format_version: 7, body: ())", Path::new("body.ron")).unwrap_err();
        assert!(matches!(error, FileError::NewerFormat { found: 7, .. }));
        let error = body_from_ron_str("", Path::new("x/body.ron")).unwrap_err();
        assert!(error.to_string().contains("x/body.ron"), "{error}");
    }

    #[test]
    fn only_session_files_are_read() {
        for (name, wanted) in [
            ("hebi-12-09.ron", true),
            ("body.ron", false),
            (".hebi-12-09.ron.lock", false),
            ("hebi-12-09.ron.bak", false),
            ("鹤壁市人大常委会.huiwu-body.ron", false),
            (".huiwu-x.tmp", false),
        ] {
            assert_eq!(is_session_file(Path::new(name)), wanted, "{name}");
        }
    }
}
