//! The window's file operations: open (with the lock), restore after a crash, and save — one
//! way of writing a session, for 保存 and 另存为 alike.

use std::path::{Path, PathBuf};

use super::HuiwuApp;
use crate::command::{Intent, OpenMode};
use crate::document::Document;
use crate::io::lock::{self, LockError};
use crate::io::recovery::{RecoveryInfo, discard_recovery, load_recovery, set_aside};
use crate::io::stamp::{DiskState, FileStamp};
use crate::io::{self as files};
use crate::model::Session;
use crate::views::EditorState;
use crate::views::dialogs::{Modal, PathPurpose};

impl HuiwuApp {
    /// Opens a session file, or a body's folder (its list of sessions), also when given the
    /// folder's `body.ron` (a double-click on it in the file manager); on failure the open
    /// session stays and the message is shown.
    pub fn open(&mut self, path: &Path) {
        if path.is_dir() {
            self.open_folder(path);
            return;
        }
        if let Some(folder) = body_file_folder(path) {
            self.open_folder(&folder);
            return;
        }
        self.open_with(path, OpenMode::Normal);
    }

    pub(super) fn open_with(&mut self, path: &Path, mode: OpenMode) {
        self.open_file(path, mode, true);
    }

    /// Opens `path` (by its canonical name: links, relative paths and `..` are one file) in
    /// `mode`; offers the file's unsaved changes from an earlier run when `offer_recoveries`.
    fn open_file(&mut self, path: &Path, mode: OpenMode, offer_recoveries: bool) {
        let path = &files::canonical_session_path(path);
        let now = chrono::Local::now();
        // Reopening the file we have open: our own lock must not stand in the way.
        let reopening = self
            .document
            .as_ref()
            .is_some_and(|d| d.path.as_deref() == Some(path));
        if reopening && let Some(document) = &mut self.document {
            document.lock = None;
        }
        let mut lock_problem = None;
        let guard = match mode {
            OpenMode::ReadOnly => None,
            OpenMode::TakeOver => match lock::take_over(path, now) {
                Ok(guard) => Some(guard),
                Err(error) => {
                    lock_problem = Some(error.to_string());
                    None
                }
            },
            OpenMode::Normal => match lock::acquire(path, now) {
                Ok(guard) => Some(guard),
                Err(error @ LockError::LockedBy { .. }) => {
                    self.modal = Some(Modal::Locked {
                        path: path.to_owned(),
                        message: error.to_string(),
                    });
                    return;
                }
                Err(error) => {
                    // No lock can be taken (read-only folder …): open anyway, and say so in
                    // the bar that stays.
                    lock_problem = Some(error.to_string());
                    None
                }
            },
        };
        match files::load_versioned(path) {
            Ok((session, version)) => {
                let mut document = Document::opened(session, Some(path.to_owned()));
                document.lock = guard;
                document.lock_problem = lock_problem;
                document.read_only = mode == OpenMode::ReadOnly;
                document.stamp = FileStamp::take(path).ok();
                self.document = Some(document);
                self.reset_editor(reopening);
                self.config.remember(path);
                self.config.store();
                self.adopt_folder_of(path);
                self.notice = Some(if mode == OpenMode::ReadOnly {
                    format!("已以只读方式打开 {}（保存时请另存为）", path.display())
                } else if version < crate::model::FORMAT_VERSION {
                    let kept = files::older_format_path(path, version);
                    format!(
                        "已打开 {}（旧版本格式，保存时升级为新格式；原文件另存为「{}」，一直保留，直到你删除它）",
                        path.display(),
                        kept.file_name().unwrap_or_default().to_string_lossy()
                    )
                } else {
                    format!("已打开 {}", path.display())
                });
                if let Some(store) = &self.recovery
                    && offer_recoveries
                {
                    let found = store.find_recoveries(Some(path));
                    self.offer_recoveries(found, Vec::new());
                }
            }
            // The lock guard is dropped here: a file that failed to load is never written.
            Err(error) => self.modal = Some(Modal::Error(error.to_string())),
        }
    }

    /// Restores unsaved changes from a recovery file: the file they belong to is opened (with
    /// its lock) and the changes are put on top, unsaved; the recovery is then written anew.
    pub(super) fn restore(&mut self, info: &RecoveryInfo) {
        // Another file's changes replace the open document: never over unsaved work, and
        // never without a word.
        let target = info
            .header
            .original
            .as_deref()
            .map(files::canonical_session_path);
        let replaced = self.document.as_ref().and_then(|document| {
            let same = document.path.is_some() && document.path == target;
            (!same).then(|| (document.display_name(), document.is_dirty()))
        });
        if let Some((name, true)) = &replaced {
            self.modal = Some(Modal::Error(format!(
                "当前打开的「{name}」有未保存的修改，未恢复{}。请先保存或关闭「{name}」，恢复文件仍保留，下次启动时会再次提供。",
                info.description()
            )));
            return;
        }
        let recovered = match load_recovery(&info.file) {
            Ok(recovered) => recovered,
            Err(error) => {
                // Kept aside under a new name, never offered again, and said.
                let kept = set_aside(&info.file).map_or_else(
                    |e| format!("（未能改名保留：{e}）"),
                    |kept| format!("该文件已保留为「{}」。", kept.display()),
                );
                self.modal = Some(Modal::Error(format!("{error}\n{kept}")));
                return;
            }
        };
        match &recovered.header.original {
            Some(original) if original.is_file() => {
                let original = files::canonical_session_path(original);
                // The changes being restored are not offered again while they are restored.
                self.open_file(&original, OpenMode::Normal, false);
                match &mut self.document {
                    Some(document) if document.path.as_deref() == Some(original.as_path()) => {
                        document.restore(recovered.session);
                    }
                    // Locked by someone else or unreadable: keep the changes as a new session.
                    _ => self.document = Some(Document::untitled_with_changes(recovered.session)),
                }
            }
            _ => self.document = Some(Document::untitled_with_changes(recovered.session)),
        }
        self.editor = EditorState::default();
        if let (Some(store), Some(document)) = (&self.recovery, &self.document) {
            let _ = store.write_recovery(
                &document.session,
                document.path.as_deref(),
                chrono::Local::now(),
            );
        }
        if let Err(error) = discard_recovery(&info.file) {
            self.notice = Some(error.to_string());
        } else {
            let closed = replaced.map_or_else(String::new, |(name, _)| {
                format!("（已关闭原先打开的「{name}」）")
            });
            self.notice = Some(format!("已恢复：{}{closed}", info.description()));
        }
    }

    /// 保存: to the document's file, asking where when it has none (or is read-only), and
    /// first asking when someone else changed the file on disk unless `overwrite_changed`.
    pub(super) fn save(&mut self, then: Option<Intent>, overwrite_changed: bool) {
        let Some(document) = &self.document else {
            return;
        };
        let path = if document.read_only {
            None
        } else {
            document.path.clone()
        };
        let Some(path) = path else {
            self.modal = Some(Modal::Path {
                purpose: PathPurpose::SaveAs {
                    then: then.map(Box::new),
                },
                text: default_save_path(&document.session),
                error: None,
            });
            return;
        };
        // A file gone from the disk is simply written again; one rewritten by someone else asks.
        let changed = document
            .stamp
            .as_ref()
            .is_some_and(|stamp| stamp.disk_state() == DiskState::Changed);
        if changed && !overwrite_changed {
            self.modal = Some(Modal::SaveOverChanged { then });
            return;
        }
        // A failed save offers 另存为 at once (another folder, another disk), the reason shown
        // above the path; 取消 keeps the work in the window, unsaved.
        if let Err(message) = self.write_to(&path, then.clone()) {
            self.modal = Some(Modal::Path {
                purpose: PathPurpose::SaveAs {
                    then: then.map(Box::new),
                },
                text: path.display().to_string(),
                error: Some(format!("{message}\n可以另存到其他文件夹或磁盘：")),
            });
        }
    }

    /// 另存为 `path`; a failure keeps the dialog open with the reason.
    pub(super) fn save_as(&mut self, path: &Path, then: Option<Intent>) {
        let path = &files::canonical_session_path(path);
        if let Err(message) = self.write_to(path, then.clone()) {
            self.modal = Some(Modal::Path {
                purpose: PathPurpose::SaveAs {
                    then: then.map(Box::new),
                },
                text: path.display().to_string(),
                error: Some(message),
            });
        }
    }

    /// Writes the session to `path`: takes the lock of a new file first (never writing over a
    /// file someone else is editing), saves atomically, and records what was saved where.
    fn write_to(&mut self, path: &Path, then: Option<Intent>) -> Result<(), String> {
        let Some(document) = &mut self.document else {
            return Ok(());
        };
        let old_path = document.path.clone();
        let same_file = old_path.as_deref() == Some(path) && !document.read_only;
        let guard = if same_file {
            document.lock.take()
        } else {
            match lock::acquire(path, chrono::Local::now()) {
                Ok(guard) => Some(guard),
                Err(error @ LockError::LockedBy { .. }) => return Err(error.to_string()),
                Err(_) => None,
            }
        };
        if let Err(error) = files::save(&document.session, path) {
            if same_file {
                document.lock = guard;
            }
            return Err(error.to_string());
        }
        document.mark_saved(path.to_owned());
        if guard.is_some() {
            document.lock_problem = None;
        }
        document.lock = guard;
        document.read_only = false;
        document.stamp = FileStamp::take(path).ok();
        if let Some(store) = &self.recovery {
            if old_path.as_deref() != Some(path) {
                let _ = store.discard_own(old_path.as_deref());
            }
            let _ = store.discard_own(Some(path));
        }
        self.config.remember(path);
        self.config.store();
        self.notice = Some(format!("已保存 {}", path.display()));
        if let Some(intent) = then {
            self.carry_out(intent);
        }
        Ok(())
    }

    /// 导出本机关设置 to `path`; a failure keeps the dialog open with the reason.
    pub(super) fn export_house_style(&mut self, path: &Path) {
        let Some(document) = &self.document else {
            return;
        };
        match files::save_house_style(&document.session.body, path) {
            Ok(()) => self.notice = Some(format!("已导出本机关设置到 {}", path.display())),
            Err(error) => {
                self.modal = Some(Modal::Path {
                    purpose: PathPurpose::ExportHouseStyle,
                    text: path.display().to_string(),
                    error: Some(error.to_string()),
                });
            }
        }
    }

    /// 导入本机关设置 from `path`: the body read is adopted by an action, after drawing, so that
    /// it is one undo step like any other change; a failure keeps the dialog open with the reason.
    pub(super) fn import_house_style(&mut self, path: &Path) {
        let Some(document) = &self.document else {
            return;
        };
        match files::load_house_style(path) {
            Ok(body) if body == document.session.body => {
                self.notice = Some(format!(
                    "「{}」中的设置与当前设置相同，未作改动",
                    path.display()
                ));
            }
            Ok(body) => {
                self.sender
                    .act(crate::action::Action::AdoptHouseStyle(Box::new(body)));
                self.notice = Some(format!("已导入本机关设置：{}", path.display()));
                self.remember_import_folder(Some(path));
            }
            Err(error) => {
                self.modal = Some(Modal::Path {
                    purpose: PathPurpose::ImportHouseStyle,
                    text: path.display().to_string(),
                    error: Some(error.to_string()),
                });
            }
        }
    }

    /// Reads a file (or the pasted text) to import and shows its preview; a failure keeps the
    /// dialog's first step open with the reason.
    pub(super) fn read_import(
        &mut self,
        kind: crate::import::ImportKind,
        path: Option<&Path>,
        pasted: &str,
    ) {
        use crate::views::dialogs::import::ImportDialog;
        self.remember_import_folder(path);
        self.modal = Some(Modal::Import(Box::new(ImportDialog::read(
            kind, path, pasted,
        ))));
    }

    /// Where an import dialog starts: the folder last imported from, else the open file's.
    pub(super) fn import_folder(&self) -> Option<PathBuf> {
        self.config
            .last_import_folder
            .clone()
            .filter(|folder| folder.is_dir())
            .or_else(|| self.current_folder())
    }

    /// Remembers the folder of a file just imported, for the next import dialog.
    pub(super) fn remember_import_folder(&mut self, path: Option<&Path>) {
        let folder = path
            .and_then(Path::parent)
            .filter(|f| !f.as_os_str().is_empty())
            .map(Path::to_owned);
        if folder.is_some() && folder != self.config.last_import_folder {
            self.config.last_import_folder = folder;
            self.config.store();
        }
    }

    /// The folder of the open file, else the working folder.
    pub(super) fn current_folder(&self) -> Option<PathBuf> {
        let from_document = self
            .document
            .as_ref()
            .and_then(|d| d.path.as_ref())
            .and_then(|p| p.parent())
            .map(Path::to_owned);
        from_document.or_else(|| std::env::current_dir().ok())
    }
}

/// 「sessions/鹤壁市十二届人大常委会第十次会议.ron」-like default for a new file.
pub(super) fn default_save_path(session: &Session) -> String {
    let folder = std::env::current_dir().unwrap_or_default();
    folder
        .join(format!("{}.ron", session.list_title()))
        .display()
        .to_string()
}

/// 「…/鹤壁市人民代表大会常务委员会.huiwu-body.ron」: where the house style is exported by default.
pub(super) fn default_house_style_path(folder: &Path, body: &crate::model::Body) -> String {
    let name = if body.name.trim().is_empty() {
        "本机关设置"
    } else {
        body.name.trim()
    };
    folder
        .join(format!("{name}.{}", files::HOUSE_STYLE_EXTENSION))
        .display()
        .to_string()
}

/// The folder whose `body.ron` `path` is, if it is one.
pub(super) fn body_file_folder(path: &Path) -> Option<PathBuf> {
    let is_body_file = path
        .file_name()
        .is_some_and(|name| name == crate::model::term::body_folder::BODY_FILE_NAME);
    if !is_body_file || !path.is_file() {
        return None;
    }
    let folder = files::canonical_session_path(path).parent()?.to_owned();
    Some(folder)
}
