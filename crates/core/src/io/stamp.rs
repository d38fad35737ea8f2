//! Noticing that someone else rewrote a session file while it is open: a [`FileStamp`] taken
//! at load and after every save remembers the file's length, modification time and a hash of
//! its bytes; [`FileStamp::disk_state`] compares the file with it again and tells a file someone
//! rewrote ([`DiskState::Changed`]: offer to reload) from one that was deleted or moved away
//! ([`DiskState::Missing`]: nothing to reload; the session stays open, unsaved, and saving
//! recreates the file).

use std::fs;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use super::{FileError, io_reason};

/// 64-bit FNV-1a: a small, stable hash (the same in every build and on every machine), enough to
/// tell two versions of a file apart. Not for anything an attacker chooses.
pub fn fnv1a_64(bytes: &[u8]) -> u64 {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    bytes.iter().fold(OFFSET, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(PRIME)
    })
}

/// What a session file looked like when it was loaded or last saved by this program.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileStamp {
    /// The file.
    path: PathBuf,
    /// Its length in bytes.
    len: u64,
    /// Its modification time, where the system tells it.
    modified: Option<SystemTime>,
    /// [`fnv1a_64`] of its bytes.
    hash: u64,
}

/// How the file on disk compares with a [`FileStamp`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DiskState {
    /// The same bytes as when the stamp was taken.
    Unchanged,
    /// Someone (another program, another person) wrote different bytes.
    Changed,
    /// The file is gone (deleted, renamed, or the shared folder is unreachable).
    Missing,
}

impl FileStamp {
    /// Stamps the file as it is now. Take it right after loading and right after each save.
    /// The stamp watches the file by its canonical name (see [`super::canonical_session_path`]):
    /// through a symbolic link, the file it points to.
    pub fn take(path: &Path) -> Result<Self, FileError> {
        let read_error = |error: std::io::Error| FileError::Read {
            path: path.to_owned(),
            reason: io_reason(&error),
        };
        // The time first: should a write slip in between, the stamp holds the older time and the
        // newer bytes, and the next comparison reads and hashes the file rather than miss it.
        let modified = fs::metadata(path).map_err(read_error)?.modified().ok();
        let bytes = fs::read(path).map_err(read_error)?;
        Ok(Self {
            path: super::canonical_session_path(path),
            len: bytes.len() as u64,
            modified,
            hash: fnv1a_64(&bytes),
        })
    }

    /// The file stamped.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Compares the file on disk with the stamp. Cheap when nothing happened: the same length and
    /// modification time count as unchanged without reading the file; otherwise the bytes are
    /// read and hashed, so a file merely touched, or rewritten with the same bytes, is unchanged.
    pub fn disk_state(&self) -> DiskState {
        let Ok(metadata) = fs::metadata(&self.path) else {
            return DiskState::Missing;
        };
        if !metadata.is_file() {
            return DiskState::Missing;
        }
        let modified = metadata.modified().ok();
        if metadata.len() == self.len && modified.is_some() && modified == self.modified {
            return DiskState::Unchanged;
        }
        match fs::read(&self.path) {
            Ok(bytes) if bytes.len() as u64 == self.len && fnv1a_64(&bytes) == self.hash => {
                DiskState::Unchanged
            }
            Ok(_) => DiskState::Changed,
            Err(_) => DiskState::Missing,
        }
    }

    /// Whether the file is no longer what this program loaded or saved: someone else rewrote,
    /// replaced or removed it. Check before every save. To tell the person what happened, use
    /// [`Self::disk_state`]: a vanished file is not a changed one.
    pub fn changed_on_disk(&self) -> bool {
        self.disk_state() != DiskState::Unchanged
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a_has_the_published_values() {
        assert_eq!(fnv1a_64(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a_64(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a_64(b"foobar"), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn a_rewrite_is_noticed_and_a_touch_is_not() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.ron");
        fs::write(&path, "(format_version: 1)").unwrap();
        let stamp = FileStamp::take(&path).unwrap();
        assert_eq!(stamp.disk_state(), DiskState::Unchanged);
        assert!(!stamp.changed_on_disk());

        // The same bytes written again (a new modification time): unchanged.
        fs::write(&path, "(format_version: 1)").unwrap();
        assert_eq!(stamp.disk_state(), DiskState::Unchanged);

        // Same length, other bytes, written a little later (set explicitly: file times can be
        // coarser than this test is fast).
        fs::write(&path, "(format_version: 2)").unwrap();
        let later = stamp.modified.unwrap() + std::time::Duration::from_secs(2);
        fs::File::options()
            .write(true)
            .open(&path)
            .unwrap()
            .set_modified(later)
            .unwrap();
        assert_eq!(stamp.disk_state(), DiskState::Changed);
        assert!(stamp.changed_on_disk());

        fs::remove_file(&path).unwrap();
        assert_eq!(stamp.disk_state(), DiskState::Missing);
        assert!(stamp.changed_on_disk());
    }

    #[test]
    fn a_missing_file_cannot_be_stamped() {
        let dir = tempfile::tempdir().unwrap();
        let error = FileStamp::take(&dir.path().join("gone.ron")).unwrap_err();
        assert!(error.to_string().contains("gone.ron"), "{error}");
    }
}
