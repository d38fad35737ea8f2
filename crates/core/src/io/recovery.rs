//! Autosave and recovery: unsaved changes are written now and then to a recovery file, never
//! over the session file itself, so that after a crash or a power cut the next start can offer
//! to restore them and say when they were made.
//!
//! Recovery files live in one folder of the program's own ([`RecoveryStore`], normally
//! `recovery/` in the config folder): they are one person's unsaved work on one computer, so
//! they stay out of shared folders, where a colleague's program would find them, and one folder
//! is all a start has to look through. A recovery file is RON: a small [`RecoveryHeader`] (when
//! it was written, the session file it belongs to, which program wrote it), then the session.
//! It is written atomically like a session file, so it is whole or absent, never half-written.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use chrono::{DateTime, Local};
use serde::{Deserialize, Serialize};

use super::lock::{Liveness, ProcessIdentity, display_time};
use super::stamp::fnv1a_64;
use super::{FileError, VersionProbe, io_reason, parse_error, read_text, write_atomically};
use crate::model::{FORMAT_VERSION, Session};

/// The format of the recovery files this build writes.
pub const RECOVERY_VERSION: u32 = 1;

/// How often the window should write the recovery file of a session with unsaved changes.
pub const AUTOSAVE_EVERY_SECONDS: u64 = 30;

/// The ending of every recovery file's name.
const EXTENSION: &str = ".recovery";

/// What a recovery file says about itself, before the session.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecoveryHeader {
    /// The format of the recovery file, [`RECOVERY_VERSION`].
    pub recovery_version: u32,
    /// When the unsaved changes were written.
    pub written_at: DateTime<Local>,
    /// The session file the changes belong to (canonical: absolute, links resolved); `None`
    /// for a session never saved.
    pub original: Option<PathBuf>,
    /// The program that wrote it: while that program still runs, its file is not offered.
    pub writer: ProcessIdentity,
}

/// A recovery file found by [`RecoveryStore::find_recoveries`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecoveryInfo {
    /// The recovery file; give it to [`load_recovery`] or [`discard_recovery`].
    pub file: PathBuf,
    /// What it says about itself.
    pub header: RecoveryHeader,
}

impl RecoveryInfo {
    /// When the unsaved changes were made.
    pub fn written_at(&self) -> DateTime<Local> {
        self.header.written_at
    }

    /// Whether the session file was saved (by anyone) after these changes were written, so that
    /// restoring them would undo that save: the person should be warned.
    pub fn original_changed_since(&self) -> bool {
        let Some(original) = &self.header.original else {
            return false;
        };
        let Ok(modified) = fs::metadata(original).and_then(|m| m.modified()) else {
            return false;
        };
        DateTime::<Local>::from(modified) > self.header.written_at
    }

    /// One line for the person: 「hebi-12-09.ron 中未保存的修改（2024年3月5日 14:30 自动保存）」.
    pub fn description(&self) -> String {
        let what = match &self.header.original {
            Some(original) => format!(
                "「{}」中未保存的修改",
                original.file_name().map_or_else(
                    || original.display().to_string(),
                    |n| n.to_string_lossy().into_owned()
                )
            ),
            None => "未命名会议中未保存的修改".to_owned(),
        };
        format!(
            "{what}（{} 自动保存）",
            display_time(&self.header.written_at)
        )
    }
}

/// A recovery file read back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recovered {
    /// When and for which file it was written.
    pub header: RecoveryHeader,
    /// The session with the unsaved changes.
    pub session: Session,
}

/// The recovery file as written: header first, so it can be read without the session.
#[derive(Serialize)]
struct RecoveryFileOut<'a> {
    recovery: &'a RecoveryHeader,
    session: &'a Session,
}

/// The recovery file as read, its session in the schema `S` of the session's format.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RecoveryFileIn<S> {
    recovery: RecoveryHeader,
    session: S,
}

/// The header and the session's version only, read first: for listing, and so that a file from
/// a newer program is refused rather than half-read.
#[derive(Deserialize)]
struct HeaderProbe {
    recovery: RecoveryHeader,
    session: VersionProbe,
}

/// Tells this run of the program from every other, also across restarts that reuse the process
/// id: the time it first wrote a recovery file, and its id.
fn process_tag() -> &'static str {
    static TAG: OnceLock<String> = OnceLock::new();
    TAG.get_or_init(|| {
        format!(
            "{}-{}",
            Local::now().format("%Y%m%d%H%M%S"),
            std::process::id()
        )
    })
}

/// The one name of a session file (see [`super::canonical_session_path`]): a session opened by
/// a relative path, through `..` or through a link has the same recovery file.
fn absolute(path: &Path) -> PathBuf {
    super::canonical_session_path(path)
}

/// The folder where recovery files are kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecoveryStore {
    /// The folder.
    dir: PathBuf,
}

impl RecoveryStore {
    /// `recovery/` in the config folder (see [`super::config::config_dir`]); `None` where there
    /// is no config folder, and then autosave cannot work (tell the person once).
    pub fn in_config_dir() -> Option<Self> {
        super::config::config_dir().map(|dir| Self::at(dir.join("recovery")))
    }

    /// Recovery files kept in `dir` (tests use a temporary folder).
    pub fn at(dir: impl Into<PathBuf>) -> Self {
        Self { dir: dir.into() }
    }

    /// The folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The recovery file this run of the program writes for `original` (`None`: an untitled
    /// session): `NAME.ron.HASH.TAG.recovery`, where HASH tells apart files of the same name in
    /// different folders and TAG this run from others, so that two windows never share one.
    pub fn file_for(&self, original: Option<&Path>) -> PathBuf {
        let name = match original {
            Some(original) => {
                let original = absolute(original);
                let stem: String = original
                    .file_name()
                    .map(|n| n.to_string_lossy().chars().take(60).collect())
                    .unwrap_or_default();
                let hash = fnv1a_64(original.as_os_str().as_encoded_bytes());
                format!("{stem}.{hash:016x}.{}{EXTENSION}", process_tag())
            }
            None => format!("untitled.{}{EXTENSION}", process_tag()),
        };
        self.dir.join(name)
    }

    /// Writes the unsaved changes of `session` (of `original`, or untitled) to this run's
    /// recovery file, atomically, replacing the previous one; returns that file. The session
    /// file itself is never touched. Call every [`AUTOSAVE_EVERY_SECONDS`] while there are
    /// unsaved changes.
    pub fn write_recovery(
        &self,
        session: &Session,
        original: Option<&Path>,
        now: DateTime<Local>,
    ) -> Result<PathBuf, FileError> {
        let file = self.file_for(original);
        let write_error = |reason: String| FileError::Write {
            path: file.clone(),
            reason,
        };
        fs::create_dir_all(&self.dir).map_err(|error| write_error(io_reason(&error)))?;
        let header = RecoveryHeader {
            recovery_version: RECOVERY_VERSION,
            written_at: now,
            original: original.map(absolute),
            writer: ProcessIdentity::current(),
        };
        let contents = RecoveryFileOut {
            recovery: &header,
            session,
        };
        let mut text = ron::ser::to_string_pretty(&contents, super::pretty_config())
            .map_err(|error| write_error(format!("无法生成文件内容（{error}）")))?;
        text.push('\n');
        write_atomically(&file, text.as_bytes(), false)?;
        Ok(file)
    }

    /// The recovery files left for `original` (`None`: for untitled sessions) by runs of the
    /// program that have ended, newest first. Files of a program still running on this computer
    /// (another window) and files that cannot be read are left out.
    pub fn find_recoveries(&self, original: Option<&Path>) -> Vec<RecoveryInfo> {
        let original = original.map(absolute);
        self.find_all_recoveries()
            .into_iter()
            // Files written before names were canonical may name the session another way.
            .filter(|info| info.header.original.as_deref().map(absolute) == original)
            .collect()
    }

    /// Every recovery file left by runs of the program that have ended, newest first: what a
    /// start offers to restore.
    pub fn find_all_recoveries(&self) -> Vec<RecoveryInfo> {
        let Ok(entries) = fs::read_dir(&self.dir) else {
            return Vec::new();
        };
        let mut found: Vec<RecoveryInfo> = entries
            .filter_map(Result::ok)
            .map(|entry| entry.path())
            .filter(|path| {
                path.file_name()
                    .is_some_and(|n| n.to_string_lossy().ends_with(EXTENSION))
            })
            .filter_map(|file| {
                let header = read_header(&file).ok()?;
                Some(RecoveryInfo { file, header })
            })
            .filter(|info| info.header.writer.liveness() != Liveness::Running)
            .collect();
        found.sort_by(|a, b| {
            b.header
                .written_at
                .cmp(&a.header.written_at)
                .then_with(|| a.file.cmp(&b.file))
        });
        found
    }

    /// Every recovery file left by runs of the program that have ended, as
    /// [`Self::find_all_recoveries`] finds them, but each read whole, and with the files that
    /// cannot be read (cut short, damaged, not a recovery file) reported instead of left out:
    /// each is moved aside (renamed to `….damaged`, in the same folder, so it is kept but not
    /// reported again) and listed with its time. Files written by a newer program are offered
    /// as found (restoring one says to upgrade), never set aside. What a start shows.
    pub fn scan(&self) -> RecoveryScan {
        let mut scan = RecoveryScan::default();
        let Ok(entries) = fs::read_dir(&self.dir) else {
            return scan;
        };
        let mut files: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|entry| entry.path())
            .filter(|path| {
                path.file_name()
                    .is_some_and(|n| n.to_string_lossy().ends_with(EXTENSION))
            })
            .collect();
        files.sort();
        for file in files {
            match load_recovery(&file) {
                Ok(recovered) => {
                    if recovered.header.writer.liveness() != Liveness::Running {
                        scan.found.push(RecoveryInfo {
                            file,
                            header: recovered.header,
                        });
                    }
                }
                // A newer program's file: offered, so that restoring it says to upgrade; never
                // set aside as damaged.
                Err(FileError::NewerFormat { .. }) => {
                    if let Ok(header) = read_header(&file)
                        && header.writer.liveness() != Liveness::Running
                    {
                        scan.found.push(RecoveryInfo { file, header });
                    }
                }
                Err(error) => {
                    let modified = fs::metadata(&file)
                        .and_then(|m| m.modified())
                        .ok()
                        .map(DateTime::<Local>::from);
                    // What the file holds is bad: set it aside. A file the system would not let
                    // us read (no permission) is not damaged: reported, and left where it is.
                    let damaged_content = matches!(
                        error,
                        FileError::Empty { .. }
                            | FileError::NotText { .. }
                            | FileError::Parse { .. }
                            | FileError::TooLarge { .. }
                    );
                    let kept = if damaged_content {
                        Some(set_aside(&file))
                    } else {
                        None
                    };
                    scan.damaged.push(DamagedRecovery {
                        original_file: file,
                        kept_as: kept.as_ref().and_then(|kept| kept.as_ref().ok().cloned()),
                        modified,
                        reason: error.to_string(),
                        set_aside_error: kept.and_then(Result::err).map(|error| error.to_string()),
                    });
                }
            }
        }
        scan.found.sort_by(|a, b| {
            b.header
                .written_at
                .cmp(&a.header.written_at)
                .then_with(|| a.file.cmp(&b.file))
        });
        scan
    }

    /// Removes this run's recovery file for `original`: after a save, after the person chose
    /// not to save, and when the session is closed. Nothing to remove is fine.
    pub fn discard_own(&self, original: Option<&Path>) -> Result<(), FileError> {
        discard_recovery(&self.file_for(original))
    }
}

/// What [`RecoveryStore::scan`] found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RecoveryScan {
    /// Unsaved work that can be restored, newest first.
    pub found: Vec<RecoveryInfo>,
    /// Recovery files that could not be read, now moved aside.
    pub damaged: Vec<DamagedRecovery>,
}

/// A recovery file that could not be read: cut short (a disk that filled up or failed), damaged,
/// or not a recovery file at all. Kept, renamed, so that nothing is deleted unseen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DamagedRecovery {
    /// Where the file was found.
    pub original_file: PathBuf,
    /// Where it is kept now (`….recovery.damaged`); `None` if it was left where it was (the
    /// system would not let it be read, which is no damage) or could not be renamed.
    pub kept_as: Option<PathBuf>,
    /// When it was last written, where the system tells it.
    pub modified: Option<DateTime<Local>>,
    /// Why it could not be read, in Chinese (names the file, and the line where it applies).
    pub reason: String,
    /// Why it could not be renamed, in Chinese; `None` when it was.
    pub set_aside_error: Option<String>,
}

impl DamagedRecovery {
    /// What to tell the person, e.g. 「有一个恢复文件（2024年3月5日 14:30 写入）已损坏，无法恢复：
    /// ……。该文件已保留为「….damaged」。」
    pub fn description(&self) -> String {
        let when = self
            .modified
            .map(|time| format!("（{} 写入）", display_time(&time)))
            .unwrap_or_default();
        let kept = match (&self.kept_as, &self.set_aside_error) {
            (Some(kept), _) => format!("该文件已保留为「{}」。", kept.display()),
            (None, Some(error)) => format!("该文件未能改名保留：{error}"),
            (None, None) => String::new(),
        };
        let reason = self.reason.trim_end_matches('。');
        format!("有一个恢复文件{when}已损坏，无法恢复：{reason}。{kept}")
    }
}

/// The ending of a recovery file moved aside as damaged.
const DAMAGED_EXTENSION: &str = ".damaged";

/// Moves a recovery file that cannot be read aside, in the same folder (`….recovery.damaged`,
/// numbered if that name is taken): kept for whoever wants to look, never offered or reported
/// again. Returns where it is now.
pub fn set_aside(file: &Path) -> Result<PathBuf, FileError> {
    let name = file
        .file_name()
        .map(|n| n.to_os_string())
        .unwrap_or_default();
    for attempt in 0..100 {
        let mut kept_name = name.clone();
        if attempt > 0 {
            kept_name.push(format!(".{attempt}"));
        }
        kept_name.push(DAMAGED_EXTENSION);
        let kept = file.with_file_name(kept_name);
        if kept.exists() {
            continue;
        }
        return fs::rename(file, &kept)
            .map(|()| kept)
            .map_err(|error| FileError::Write {
                path: file.to_owned(),
                reason: format!("无法将损坏的恢复文件改名保留（{}）", io_reason(&error)),
            });
    }
    Err(FileError::Write {
        path: file.to_owned(),
        reason: "已保留的损坏恢复文件太多".to_owned(),
    })
}

/// Reads only the header of a recovery file.
fn read_header(file: &Path) -> Result<RecoveryHeader, FileError> {
    let text = read_text(file)?;
    let probe: HeaderProbe = ron::Options::default()
        .from_str(&text)
        .map_err(|error| parse_error(file, &error))?;
    Ok(probe.recovery)
}

/// Reads a recovery file: its header and the session with the unsaved changes. Never panics,
/// whatever the file holds; a file from a newer program is refused rather than half-read.
pub fn load_recovery(file: &Path) -> Result<Recovered, FileError> {
    let text = read_text(file)?;
    let options = ron::Options::default();
    if let Ok(probe) = options.from_str::<HeaderProbe>(&text) {
        let (found, supported) = if probe.recovery.recovery_version > RECOVERY_VERSION {
            (probe.recovery.recovery_version, RECOVERY_VERSION)
        } else {
            (probe.session.format_version, FORMAT_VERSION)
        };
        if found > supported {
            return Err(FileError::NewerFormat {
                path: file.to_owned(),
                found,
                supported,
            });
        }
    }
    let version = options
        .from_str::<HeaderProbe>(&text)
        .map_or(FORMAT_VERSION, |p| p.session.format_version);
    if version == 0 {
        return Err(FileError::Parse {
            path: file.to_owned(),
            line: 1,
            column: 1,
            reason: "文件格式版本为 0，不是有效的会议文件".to_owned(),
        });
    }
    let (header, session) = if version == 1 {
        let contents: RecoveryFileIn<super::v1::SessionV1> = options
            .from_str(&text)
            .map_err(|error| parse_error(file, &error))?;
        (contents.recovery, contents.session.migrate())
    } else {
        let mut contents: RecoveryFileIn<Session> = options
            .from_str(&text)
            .map_err(|error| parse_error(file, &error))?;
        contents.session.format_version = FORMAT_VERSION;
        (contents.recovery, contents.session)
    };
    Ok(Recovered { header, session })
}

/// Deletes a recovery file once its changes are restored (and autosaved anew) or the person
/// declined them. A file already gone is fine.
pub fn discard_recovery(file: &Path) -> Result<(), FileError> {
    match fs::remove_file(file) {
        Ok(()) => Ok(()),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(error) => Err(FileError::Write {
            path: file.to_owned(),
            reason: format!("无法删除恢复文件（{}）", io_reason(&error)),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeDelta;

    fn session() -> Session {
        let mut session = Session::default();
        session.details.number = 9;
        session.details.venue = "市人大常委会机关\"第一\"会议室\\「新」\n二楼".to_owned();
        session
    }

    #[test]
    fn a_recovery_round_trips_with_its_time_and_file() {
        let dir = tempfile::tempdir().unwrap();
        let store = RecoveryStore::at(dir.path().join("recovery"));
        let original = dir.path().join("会议.ron");
        fs::write(&original, "the session file itself").unwrap();
        let now = Local::now();
        let file = store
            .write_recovery(&session(), Some(&original), now)
            .unwrap();
        assert_eq!(file, store.file_for(Some(&original)));
        assert!(file.starts_with(store.dir()));
        assert_eq!(
            fs::read_to_string(&original).unwrap(),
            "the session file itself",
            "the session file is never written"
        );
        assert!(
            fs::read_to_string(&file)
                .unwrap()
                .starts_with("(\n  recovery: (\n")
        );

        let found = store.find_recoveries(Some(&original));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].file, file);
        assert_eq!(found[0].written_at(), now);
        assert_eq!(
            found[0].header.original.as_deref(),
            Some(original.as_path())
        );
        assert!(found[0].description().contains("会议.ron"));
        assert!(found[0].description().contains(&display_time(&now)));
        assert!(store.find_recoveries(None).is_empty());

        let recovered = load_recovery(&file).unwrap();
        assert_eq!(recovered.session, session());
        assert_eq!(recovered.header, found[0].header);

        discard_recovery(&file).unwrap();
        assert!(store.find_all_recoveries().is_empty());
        discard_recovery(&file).unwrap(); // already gone: fine
    }

    #[test]
    fn autosaving_again_replaces_the_same_file() {
        let dir = tempfile::tempdir().unwrap();
        let store = RecoveryStore::at(dir.path());
        let now = Local::now();
        let first = store.write_recovery(&session(), None, now).unwrap();
        let mut changed = session();
        changed.details.number = 10;
        let later = now + TimeDelta::seconds(30);
        let second = store.write_recovery(&changed, None, later).unwrap();
        assert_eq!(first, second);
        let found = store.find_recoveries(None);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].written_at(), later);
        assert_eq!(load_recovery(&second).unwrap().session, changed);
        assert!(found[0].description().contains("未命名"));
        store.discard_own(None).unwrap();
        assert!(!second.exists());
    }

    #[test]
    fn files_of_the_same_name_in_different_folders_are_kept_apart() {
        let dir = tempfile::tempdir().unwrap();
        let store = RecoveryStore::at(dir.path().join("r"));
        let a = dir.path().join("a/s.ron");
        let b = dir.path().join("b/s.ron");
        assert_ne!(store.file_for(Some(&a)), store.file_for(Some(&b)));
        store
            .write_recovery(&session(), Some(&a), Local::now())
            .unwrap();
        assert_eq!(store.find_recoveries(Some(&a)).len(), 1);
        assert!(store.find_recoveries(Some(&b)).is_empty());
    }

    #[test]
    fn newest_first_and_files_of_running_programs_left_out() {
        let dir = tempfile::tempdir().unwrap();
        let store = RecoveryStore::at(dir.path());
        let original = dir.path().join("s.ron");
        let now = Local::now();
        // Two recovery files left by earlier runs (other tags), written by hand.
        let mut written = Vec::new();
        for (tag, minutes_ago) in [("old", 90), ("new", 5)] {
            let header = RecoveryHeader {
                recovery_version: RECOVERY_VERSION,
                written_at: now - TimeDelta::minutes(minutes_ago),
                original: Some(original.clone()),
                writer: ProcessIdentity {
                    pid: u32::MAX - 1, // no such process
                    started: 0,        // unknown, so that pid 1 below counts as running
                    ..ProcessIdentity::current()
                },
            };
            let text = ron::ser::to_string(&RecoveryFileOut {
                recovery: &header,
                session: &session(),
            })
            .unwrap();
            let file = dir.path().join(format!("s.ron.{tag}.recovery"));
            fs::write(&file, text).unwrap();
            written.push(file);
        }
        // One of a program still running on this computer (pid 1 is always running).
        let running = dir.path().join("s.ron.running.recovery");
        let text = fs::read_to_string(&written[0])
            .unwrap()
            .replace(&format!("pid:{}", u32::MAX - 1), "pid:1");
        assert!(text.contains("pid:1,"), "{text}");
        fs::write(&running, text).unwrap();
        // And junk that is not a recovery file.
        fs::write(dir.path().join("junk.recovery"), "not ron").unwrap();

        let found: Vec<_> = store
            .find_recoveries(Some(&original))
            .into_iter()
            .map(|info| info.file)
            .collect();
        assert_eq!(found, [written[1].clone(), written[0].clone()]);
    }

    #[test]
    fn a_save_after_the_recovery_is_noticed() {
        let dir = tempfile::tempdir().unwrap();
        let store = RecoveryStore::at(dir.path().join("r"));
        let original = dir.path().join("s.ron");
        fs::write(&original, "x").unwrap();
        let an_hour_ago = Local::now() - TimeDelta::hours(1);
        store
            .write_recovery(&session(), Some(&original), an_hour_ago)
            .unwrap();
        let info = &store.find_recoveries(Some(&original))[0];
        assert!(info.original_changed_since());
        store
            .write_recovery(
                &session(),
                Some(&original),
                Local::now() + TimeDelta::minutes(1),
            )
            .unwrap();
        assert!(!store.find_recoveries(Some(&original))[0].original_changed_since());
    }

    #[test]
    fn bad_recovery_files_are_refused_with_the_file_named() {
        let dir = tempfile::tempdir().unwrap();
        let store = RecoveryStore::at(dir.path());
        let file = store
            .write_recovery(&session(), None, Local::now())
            .unwrap();
        let text = fs::read_to_string(&file).unwrap();

        let newer = dir.path().join("newer.recovery");
        fs::write(
            &newer,
            text.replacen("recovery_version: 1", "recovery_version: 7", 1),
        )
        .unwrap();
        let error = load_recovery(&newer).unwrap_err();
        assert!(
            matches!(error, FileError::NewerFormat { found: 7, .. }),
            "{error:?}"
        );

        let newer_session = dir.path().join("newer-session.recovery");
        fs::write(
            &newer_session,
            text.replacen(
                &format!("format_version: {FORMAT_VERSION}"),
                &format!("format_version: {}", FORMAT_VERSION + 1),
                1,
            ),
        )
        .unwrap();
        let error = load_recovery(&newer_session).unwrap_err();
        assert!(
            matches!(error, FileError::NewerFormat { found, .. } if found == FORMAT_VERSION + 1),
            "{error:?}"
        );

        let cut = dir.path().join("cut.recovery");
        fs::write(&cut, &text[..text.floor_char_boundary(text.len() / 2)]).unwrap();
        let error = load_recovery(&cut).unwrap_err();
        assert!(matches!(error, FileError::Parse { .. }), "{error:?}");
        assert!(error.to_string().contains("cut.recovery"), "{error}");

        assert!(load_recovery(&dir.path().join("missing.recovery")).is_err());
    }

    #[test]
    fn a_folder_that_cannot_be_made_is_an_error_not_a_panic() {
        let dir = tempfile::tempdir().unwrap();
        let blocker = dir.path().join("file");
        fs::write(&blocker, "").unwrap();
        let store = RecoveryStore::at(blocker.join("recovery"));
        let error = store
            .write_recovery(&session(), None, Local::now())
            .unwrap_err();
        assert!(error.to_string().contains("无法保存"), "{error}");
    }
}
