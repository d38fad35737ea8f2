//! The open session: the session, its file, the last-saved copy and the undo history.

use std::path::{Path, PathBuf};

use egui::util::undoer::{Settings, Undoer};

use crate::io::lock::LockGuard;
use crate::io::stamp::FileStamp;
use crate::model::Session;

/// A session open in the window.
pub struct Document {
    /// The session as edited.
    pub session: Session,
    /// Its file, `None` until first saved.
    pub path: Option<PathBuf>,
    /// The session as last saved or loaded: `is_dirty` compares with it, so undoing back to it
    /// clears the unsaved mark.
    saved: Session,
    /// Whole-session snapshots; never written to the file.
    undoer: Undoer<Session>,
    /// Our lock on the file (removed when the document is closed).
    pub lock: Option<LockGuard>,
    /// Opened read-only because someone else is editing the file: saving goes to another file.
    pub read_only: bool,
    /// What the file looked like when loaded or last saved, to notice changes by others.
    pub stamp: Option<FileStamp>,
    /// Why the file could not be locked (or the lock was lost), while that holds: a colleague
    /// may edit the same file, and the window says so until the person has a lock again.
    pub lock_problem: Option<String>,
    /// The file was deleted or moved away while open: the session counts as unsaved, and saving
    /// recreates the file.
    pub file_missing: bool,
    /// Someone else rewrote the file and the person chose to keep the window's version.
    pub changed_elsewhere: bool,
    /// What screens show of the session that takes work to derive (each agenda item's state),
    /// as of the last frame that could have changed anything; refreshed with the status.
    pub derived: crate::views::Derived,
    /// Unsaved / undo / redo and the counts shown around the screens, as of the last frame that
    /// could have changed anything: comparing a whole session (megabytes of text), or counting
    /// its members and entries, every frame would make drawing follow the session's size rather
    /// than what is on screen.
    status: Option<Status>,
}

/// An empty undo history with the window's settings.
fn new_undoer() -> Undoer<Session> {
    Undoer::with_settings(Settings {
        max_undos: 200,
        // Typing is grouped into one undo step once it pauses this long.
        stable_time: 0.6,
        auto_save_interval: 10.0,
    })
}

/// What the menus, status bar and title show of a document.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Status {
    /// Differs from the saved file.
    pub dirty: bool,
    /// Something to undo.
    pub can_undo: bool,
    /// Something to redo.
    pub can_redo: bool,
    /// 应到, 实到, 请假, 缺席, for the status bar.
    pub attendance: crate::model::AttendanceCounts,
    /// What the navigation shows beside each section, in [`Section::ALL`] order.
    ///
    /// [`Section::ALL`]: crate::views::Section::ALL
    pub section_counts: [Option<usize>; 10],
}

impl Document {
    /// A session not yet saved to any file.
    pub fn untitled(session: Session) -> Self {
        let mut document = Self::opened(session, None);
        // A new session counts as unsaved only once something is typed: compare with itself.
        document.saved = document.session.clone();
        document
    }

    /// Restored changes that belong to no file (or to one that cannot be opened): unsaved.
    pub fn untitled_with_changes(session: Session) -> Self {
        let mut document = Self::opened(Session::default(), None);
        document.restore(session);
        document
    }

    /// A session just loaded from (or saved to) `path`.
    pub fn opened(session: Session, path: Option<PathBuf>) -> Self {
        let mut undoer = new_undoer();
        undoer.add_undo(&session);
        Self {
            saved: session.clone(),
            session,
            path,
            undoer,
            lock: None,
            read_only: false,
            stamp: None,
            lock_problem: None,
            file_missing: false,
            changed_elsewhere: false,
            derived: crate::views::Derived::default(),
            status: None,
        }
    }

    /// Unsaved / undo / redo as last refreshed (computed now if never).
    pub fn status(&self) -> Status {
        self.status.unwrap_or_else(|| self.fresh_status())
    }

    /// Whether the status has been computed since the document was opened or last changed.
    pub fn has_status(&self) -> bool {
        self.status.is_some()
    }

    /// Recomputes the status; the window calls it on frames that may have changed the session.
    pub fn refresh_status(&mut self) {
        self.status = Some(self.fresh_status());
        self.derived = crate::views::Derived::of(&self.session);
    }

    fn fresh_status(&self) -> Status {
        Status {
            dirty: self.is_dirty(),
            can_undo: self.can_undo(),
            can_redo: self.can_redo(),
            attendance: self.session.attendance_counts(),
            section_counts: crate::views::Section::ALL.map(|s| s.count(&self.session)),
        }
    }

    /// Whether typed changes are still waiting to become an undo step.
    pub fn undo_settling(&self) -> bool {
        self.undoer.is_in_flux()
    }

    /// Whether the session differs from the saved file, or the file is gone.
    pub fn is_dirty(&self) -> bool {
        self.file_missing || self.session != self.saved
    }

    /// Marks the file as deleted or moved away (or back again).
    pub fn set_file_missing(&mut self, missing: bool) {
        if self.file_missing != missing {
            self.file_missing = missing;
            self.status = None;
        }
    }

    /// The warnings that stay on screen while they hold (no lock, read-only, the file changed
    /// or gone), in plain Chinese.
    pub fn warnings(&self) -> Vec<String> {
        let mut warnings = Vec::new();
        let name = self.display_name();
        if self.file_missing {
            warnings.push(format!(
                "文件「{name}」已被删除或移走。本窗口中的内容没有丢失，保存时将重新创建该文件。"
            ));
        }
        if self.changed_elsewhere {
            warnings.push(format!(
                "磁盘上的「{name}」已被他人修改，本窗口保留的是您的版本：保存时请另存为，或确认覆盖。"
            ));
        } else if self.read_only {
            warnings.push(format!(
                "「{name}」以只读方式打开：修改不会写入原文件，保存时请另存为。"
            ));
        }
        if let Some(problem) = &self.lock_problem
            && !self.read_only
        {
            warnings.push(format!("未能锁定文件，同事可能同时编辑它：{problem}"));
        }
        warnings
    }

    /// Replaces the session with restored unsaved changes: the file's version stays the saved
    /// one, so the document shows as unsaved, and the restoring is one undo step.
    pub fn restore(&mut self, session: Session) {
        self.session = session;
        self.checkpoint();
    }

    /// Records that the session was saved to `path`.
    pub fn mark_saved(&mut self, path: PathBuf) {
        self.status = None;
        self.saved = self.session.clone();
        self.path = Some(path);
        self.file_missing = false;
        self.changed_elsewhere = false;
    }

    /// The file name for titles and the status bar: 「hebi-12-09.ron」 or 「未命名」.
    pub fn display_name(&self) -> String {
        self.path
            .as_deref()
            .and_then(Path::file_name)
            .map_or_else(|| "未命名".to_owned(), |n| n.to_string_lossy().into_owned())
    }

    /// Takes an undo point now: called after every structural action, so each is one step.
    pub fn checkpoint(&mut self) {
        self.status = None;
        self.undoer.add_undo(&self.session);
    }

    /// Takes an undo point that undo never goes back across: after announcing or unlocking a
    /// result, the official record (and the trace of its unlock) stays whatever is undone later.
    pub fn checkpoint_barrier(&mut self) {
        self.status = None;
        self.undoer = new_undoer();
        self.undoer.add_undo(&self.session);
    }

    /// Feeds the undo history once a frame: edits typed into fields become undo steps when they pause.
    pub fn feed_undo(&mut self, time: f64) {
        self.undoer.feed_state(time, &self.session);
    }

    /// Whether there is anything to undo.
    pub fn can_undo(&self) -> bool {
        self.undoer.has_undo(&self.session)
    }

    /// Whether there is anything to redo.
    pub fn can_redo(&self) -> bool {
        self.undoer.has_redo(&self.session)
    }

    /// Undoes the last change; returns whether anything changed.
    pub fn undo(&mut self) -> bool {
        match self.undoer.undo(&self.session) {
            Some(previous) => {
                self.session = previous.clone();
                self.status = None;
                true
            }
            None => false,
        }
    }

    /// Redoes the last undone change; returns whether anything changed.
    pub fn redo(&mut self) -> bool {
        match self.undoer.redo(&self.session) {
            Some(next) => {
                self.session = next.clone();
                self.status = None;
                true
            }
            None => false,
        }
    }
}
