//! What opening a body's folder remembers between openings: the summary of each session file
//! ([`SessionSummary`]) and the body's file as read, each with its file's size, modification
//! time and (on Unix) inode, so that a folder of forty sessions opens by reading one compact
//! file instead of parsing every session and `body.ron` again (issue 15: a term opens about as
//! fast as one session). It is JSON, which parses several times faster than RON; people never
//! read it.
//!
//! The cache holds nothing of its own: every summary is derived from its session file, and is
//! used only while the file has the size, times and inode it had (a save replaces the file by a
//! new one, so every save changes the inode; an edit in place changes the status-change time,
//! which no program can set back; on Windows the modification time, kept to 100 ns, tells). It is
//! one person's, on one computer, in the program's cache folder (never in the shared body's
//! folder), written atomically; a cache that is missing, damaged or of another build is simply
//! not used, and deleting it costs one slower opening.

use std::fs;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::stamp::fnv1a_64;
use crate::model::term::body_folder::BodyFile;
use crate::model::term::registers::SessionSummary;

/// The format of the cache files this build writes; a file of another format (or another build
/// of the program, whose summaries may be derived differently) is not read.
pub const CACHE_VERSION: u32 = 4;

/// How a file looked when its summary was taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileKey {
    /// Length in bytes.
    pub size: u64,
    /// Modification time in nanoseconds since 1970 (0 where the system does not tell; u64 lasts
    /// until the year 2554).
    pub modified_ns: u64,
    /// The inode on Unix (0 elsewhere): a new one at every atomic save.
    pub inode: u64,
    /// The status-change time on Unix in nanoseconds (0 elsewhere): set by the system at every
    /// write and every change of the modification time, and never set back by a program, so an
    /// edit in place that keeps the size and puts the old modification time back is seen.
    #[serde(default)]
    pub changed_ns: u64,
}

impl FileKey {
    /// The key of `path` as it is now, if it can be read.
    pub fn of(path: &Path) -> Option<Self> {
        let metadata = fs::metadata(path).ok()?;
        let modified_ns = metadata
            .modified()
            .ok()
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .map_or(0, |d| u64::try_from(d.as_nanos()).unwrap_or(u64::MAX));
        #[cfg(unix)]
        let (inode, changed_ns) = {
            use std::os::unix::fs::MetadataExt;
            let seconds = u64::try_from(metadata.ctime()).unwrap_or(0);
            let nanos = u64::try_from(metadata.ctime_nsec()).unwrap_or(0);
            (
                metadata.ino(),
                seconds.saturating_mul(1_000_000_000).saturating_add(nanos),
            )
        };
        #[cfg(not(unix))]
        let (inode, changed_ns) = (0, 0);
        Some(Self {
            size: metadata.len(),
            modified_ns,
            inode,
            changed_ns,
        })
    }
}

/// One remembered summary.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct CacheEntry {
    /// The session file's name in the folder.
    file: String,
    /// How it looked.
    key: FileKey,
    /// Its summary.
    summary: SessionSummary,
}

/// What a cache file holds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct CacheFile {
    /// [`CACHE_VERSION`].
    cache_version: u32,
    /// The program's version that wrote it.
    program: String,
    /// The folder it is of.
    folder: PathBuf,
    /// `body.ron` as read, and how it looked.
    body: Option<(FileKey, BodyFile)>,
    /// The summaries, by file name.
    entries: Vec<CacheEntry>,
}

/// Where the summaries of folders are remembered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SummaryCache {
    /// The cache folder.
    dir: PathBuf,
}

/// The program's cache folder: `$HUIWU_CACHE_DIR`, else `$XDG_CACHE_HOME/huiwu`, else
/// `%LOCALAPPDATA%\huiwu\cache`, else `~/.cache/huiwu`.
pub fn cache_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("HUIWU_CACHE_DIR").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    if let Some(dir) = std::env::var_os("XDG_CACHE_HOME").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir).join("huiwu"));
    }
    if let Some(dir) = std::env::var_os("LOCALAPPDATA").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir).join("huiwu").join("cache"));
    }
    std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cache").join("huiwu"))
}

/// What the cache remembers of a folder.
#[derive(Default)]
pub(crate) struct Remembered {
    /// `body.ron` as read, and how it looked.
    body: Option<(FileKey, BodyFile)>,
    /// The summaries, by file name.
    entries: Vec<CacheEntry>,
}

impl Remembered {
    /// `body.ron` as read, if the file still looks as it did.
    pub(crate) fn take_body(&mut self, key: FileKey) -> Option<BodyFile> {
        match self.body.take() {
            Some((remembered, body)) if remembered == key => Some(body),
            _ => None,
        }
    }

    /// The remembered summary of `file` (its name in the folder), if the file still looks as
    /// it did; taken out of the cache's memory.
    pub(crate) fn take_summary(&mut self, file: &str, key: FileKey) -> Option<SessionSummary> {
        let at = self
            .entries
            .iter()
            .position(|e| e.file == file && e.key == key)?;
        Some(self.entries.swap_remove(at).summary)
    }
}

impl SummaryCache {
    /// The cache in the program's cache folder, if one can be found.
    pub fn in_cache_dir() -> Option<Self> {
        cache_dir().map(|dir| Self::at(dir.join("folders")))
    }

    /// The cache in `dir` (tests, benchmarks).
    pub fn at(dir: impl Into<PathBuf>) -> Self {
        Self { dir: dir.into() }
    }

    /// The cache file of a folder (by its canonical name).
    fn file_for(&self, folder: &Path) -> PathBuf {
        let name = folder.to_string_lossy();
        self.dir
            .join(format!("{:016x}.json", fnv1a_64(name.as_bytes())))
    }

    /// What is remembered of `folder`; nothing for a missing, damaged or foreign cache file.
    pub(crate) fn recall(&self, folder: &Path) -> Remembered {
        let file = self.file_for(folder);
        // Only an ordinary file is read: opening a named pipe put there would wait for ever.
        if !fs::metadata(&file).is_ok_and(|m| m.is_file()) {
            return Remembered::default();
        }
        fs::read(file)
            .ok()
            .and_then(|bytes| serde_json::from_slice::<CacheFile>(&bytes).ok())
            .filter(|file| {
                file.cache_version == CACHE_VERSION
                    && file.program == env!("CARGO_PKG_VERSION")
                    && file.folder == folder
            })
            .map(|file| Remembered {
                body: file.body,
                entries: file.entries,
            })
            .unwrap_or_default()
    }

    /// Remembers `body.ron` as read and the summaries of `folder`'s files (name, key,
    /// summary). Failures are ignored: the cache is a convenience, the next opening reads the
    /// files.
    pub(crate) fn remember(
        &self,
        folder: &Path,
        body: Option<(FileKey, BodyFile)>,
        summaries: Vec<(String, FileKey, SessionSummary)>,
    ) {
        let file = CacheFile {
            cache_version: CACHE_VERSION,
            program: env!("CARGO_PKG_VERSION").to_owned(),
            folder: folder.to_owned(),
            body,
            entries: summaries
                .into_iter()
                .map(|(file, key, summary)| CacheEntry { file, key, summary })
                .collect(),
        };
        if fs::create_dir_all(&self.dir).is_err() {
            return;
        }
        if let Ok(bytes) = serde_json::to_vec(&file) {
            let _ = super::write_atomically(&self.file_for(folder), &bytes, false);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cache_file_reads_back() {
        let session = crate::io::load(Path::new(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../sessions/hebi-12-09.ron"
        )))
        .unwrap();
        let file = CacheFile {
            cache_version: CACHE_VERSION,
            program: String::new(),
            folder: PathBuf::from("/x"),
            body: None,
            entries: vec![CacheEntry {
                file: "a.ron".to_owned(),
                key: FileKey {
                    size: 1,
                    modified_ns: u64::MAX,
                    inode: 3,
                    changed_ns: 4,
                },
                summary: SessionSummary::of(&session),
            }],
        };
        let bytes = serde_json::to_vec(&file).unwrap();
        assert_eq!(serde_json::from_slice::<CacheFile>(&bytes).unwrap(), file);
    }
}
