//! The window's side of a body's folder (issue 15): open it (from the start page, 文件 →
//! 打开文件夹…, a folder typed or given on the command line), show its screen when no session is
//! open, open a session from its list (as any session file, with its own lock), start the next
//! session from `body.ron`, export a register, and go back to the list from a session.

use std::path::Path;

use super::HuiwuApp;
use crate::command::{FolderRequest, Intent, OpenMode};
use crate::export::registers::{self, FolderDocKind, FolderDocOptions};
use crate::io::folder::{self as folders, open_folder_cached};
use crate::io::lock;
use crate::model::term::body_folder::BodyEdit;
use crate::views::EditorState;
use crate::views::dialogs::{Modal, PathPurpose};
use crate::views::folder::{BodyForms, FolderView};

/// How often (seconds) the folder's files are looked at for changes made elsewhere.
const DISK_CHECK_SECONDS: f64 = 5.0;

impl HuiwuApp {
    /// Opens a body's folder: its screen shows once no session is open (an open session stays
    /// open). A failure is shown and the folder open before, if any, stays.
    pub fn open_folder(&mut self, path: &Path) {
        match open_folder_cached(path, self.folder_cache.as_ref()) {
            Ok(opened) => {
                let failed = opened.failures().count();
                self.notice = Some(if failed > 0 {
                    format!(
                        "已打开常委会文件夹 {}（{}个会议文件无法读取，见会议列表）",
                        opened.path.display(),
                        failed
                    )
                } else {
                    format!("已打开常委会文件夹 {}", opened.path.display())
                });
                self.config.remember(&opened.path);
                self.config.store();
                self.folder = Some(FolderView::new(opened));
            }
            Err(error) => self.modal = Some(Modal::Error(error.to_string())),
        }
    }

    /// 新建常委会文件夹: makes `folder` a body's folder from the session file `from` (or the
    /// latest the folder holds, or nothing) through the same core function as
    /// `huiwu folder create`, then opens it (asking first about unsaved changes).
    pub(super) fn new_folder(&mut self, folder: &Path, from: Option<&Path>) {
        match folders::start_folder(folder, from) {
            Ok(started) => {
                let summary = started.summary(folder);
                self.request(Intent::Open(folder.to_owned()));
                self.notice = Some(summary);
            }
            Err(error) => self.modal = Some(Modal::Error(error.to_string())),
        }
    }

    /// The session file opened last that is still there, for 新建常委会文件夹 and the start page.
    pub(super) fn last_session_file(&self) -> Option<std::path::PathBuf> {
        self.config
            .recent_files
            .iter()
            .find(|p| p.is_file() && super::files::body_file_folder(p).is_none())
            .cloned()
    }

    /// Reads the open folder again (after a session was saved, or another person's change),
    /// keeping the page shown.
    pub(super) fn refresh_folder(&mut self) {
        let Some(view) = &self.folder else {
            return;
        };
        let on_disk = folders::fingerprint(&view.opened().path);
        match open_folder_cached(&view.opened().path, self.folder_cache.as_ref()) {
            Ok(opened) => {
                if let Some(view) = &mut self.folder {
                    *view.opened_mut() = opened;
                    view.on_disk = on_disk;
                }
            }
            Err(error) => self.modal = Some(Modal::Error(error.to_string())),
        }
    }

    /// The folder's screen, when a folder is open and no session: it only draws, and sends
    /// what the person asks for.
    pub(super) fn folder_screen_ui(&mut self, ui: &mut egui::Ui) {
        let today = crate::model::edit::today();
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_secs_f64(DISK_CHECK_SECONDS));
        if let Some(view) = &mut self.folder {
            crate::views::folder::folder_ui(ui, view, today, &mut self.sender);
        }
    }

    /// The lock of `body.ron` kept fresh and the folder's files looked at, after drawing the
    /// folder's screen; what changed is drawn at once.
    pub(super) fn watch_folder(&mut self, ctx: &egui::Context) {
        let time = ctx.input(|i| i.time);
        let lost_lock = self.refresh_body_lock(time);
        if self.notice_folder_changes(time) || lost_lock {
            ctx.request_repaint();
        }
    }

    /// Carries out what the folder screen asked for.
    pub(super) fn run_folder_request(&mut self, request: FolderRequest) {
        let Some(view) = &mut self.folder else {
            return;
        };
        match request {
            FolderRequest::Open(path) => {
                // Working on a session, nobody is changing body.ron: its lock goes.
                view.body_lock = None;
                view.undo.clear();
                view.redo.clear();
                self.request(Intent::Open(path));
            }
            FolderRequest::NewSession => self.new_session_in_folder(),
            FolderRequest::Refresh => self.refresh_folder(),
            FolderRequest::Export(kind, year) => {
                let name = match (kind, year) {
                    (
                        FolderDocKind::AttendanceRecord
                        | FolderDocKind::SuggestionResults
                        | FolderDocKind::Opinions,
                        Some(year),
                    ) => {
                        format!("{}{year}.docx", kind.label())
                    }
                    _ => format!("{}.docx", kind.label()),
                };
                self.modal = Some(Modal::Path {
                    purpose: PathPurpose::ExportFolderDoc(kind, year),
                    text: view.opened().path.join(name).display().to_string(),
                    error: None,
                });
            }
            FolderRequest::Close => {
                self.folder = None;
                self.notice = Some("已关闭常委会文件夹".to_owned());
            }
            FolderRequest::StartEditing => self.start_editing_body(),
            FolderRequest::StopEditing => {
                view.body_lock = None;
                view.undo.clear();
                view.redo.clear();
                view.forms = BodyForms::default();
                self.notice = Some("已完成修改，常委会文件夹已解除锁定".to_owned());
            }
            FolderRequest::ImportSuggestions(year) => {
                self.modal = Some(Modal::Path {
                    purpose: PathPurpose::ImportSuggestions(year),
                    text: view.opened().path.display().to_string(),
                    error: None,
                });
            }
        }
    }

    /// Whether 撤销 and 重做 have a change of `body.ron` to take back or make again.
    pub(super) fn body_can_undo_redo(&self) -> (bool, bool) {
        self.folder
            .as_ref()
            .filter(|view| view.is_editing())
            .map_or((false, false), |view| {
                (!view.undo.is_empty(), !view.redo.is_empty())
            })
    }

    /// 撤销 (or, with `redo`, 重做) on the folder's screen: `body.ron` as it was before the last
    /// change (after the last undone one), saved at once under the lock.
    pub(super) fn undo_body(&mut self, redo: bool) {
        let Some(view) = &mut self.folder else {
            return;
        };
        if view.body_lock.is_none() {
            return;
        }
        let path = view.opened().body_path();
        let from = if redo { &mut view.redo } else { &mut view.undo };
        let Some(body) = from.pop() else {
            return;
        };
        if let Err(error) = folders::save_body(&body, &path) {
            from.push(body);
            self.modal = Some(Modal::Error(error.to_string()));
            return;
        }
        let previous = std::mem::replace(&mut view.opened_mut().body, body);
        let to = if redo { &mut view.undo } else { &mut view.redo };
        to.push(previous);
        // Our own save is no change made elsewhere.
        view.on_disk = folders::fingerprint(&view.opened().path);
        view.forms = BodyForms::default();
        self.notice = Some(format!(
            "已{}，已保存 {}",
            if redo { "重做" } else { "撤销" },
            path.display()
        ));
    }

    /// Reads the folder again when its files changed on disk (a session saved by a colleague,
    /// a file added, removed or edited in place), as the session screen notices its file.
    fn notice_folder_changes(&mut self, time: f64) -> bool {
        let Some(view) = &mut self.folder else {
            return false;
        };
        if time - view.disk_checked < DISK_CHECK_SECONDS {
            return false;
        }
        view.disk_checked = time;
        if folders::fingerprint(&view.opened().path) == view.on_disk {
            return false;
        }
        self.refresh_folder();
        self.notice = Some("文件夹中的文件已在别处修改，列表和登记已按磁盘上的文件更新".to_owned());
        true
    }

    /// Keeps the lock of `body.ron` fresh while its registers are being changed; returns
    /// whether it was lost.
    fn refresh_body_lock(&mut self, time: f64) -> bool {
        let Some(view) = &mut self.folder else {
            return false;
        };
        if view.body_lock.is_none()
            || time - view.body_lock_refreshed < lock::REFRESH_EVERY_SECONDS as f64
        {
            return false;
        }
        view.body_lock_refreshed = time;
        if let Some(guard) = &mut view.body_lock
            && let Err(error) = guard.refresh(chrono::Local::now())
        {
            view.body_lock = None;
            view.undo.clear();
            view.redo.clear();
            view.forms.error = Some(format!("{error}（已停止修改）"));
            return true;
        }
        false
    }

    /// 修改登记: takes the lock of `body.ron` (refused, saying who, while someone else has it)
    /// and reads it again, so that the forms start from what is on disk.
    fn start_editing_body(&mut self) {
        let Some(view) = &mut self.folder else {
            return;
        };
        let path = view.opened().body_path();
        match lock::acquire(&path, chrono::Local::now()) {
            Ok(guard) => match folders::load_body(&path) {
                Ok(body) => {
                    view.opened_mut().body = body;
                    view.body_lock = Some(guard);
                    view.undo.clear();
                    view.redo.clear();
                    view.forms = BodyForms::default();
                }
                Err(error) => self.modal = Some(Modal::Error(error.to_string())),
            },
            Err(error) => self.modal = Some(Modal::Error(error.to_string())),
        }
    }

    /// Carries out a change to `body.ron` under its lock: read again, changed by the model's
    /// method, saved atomically (with backups). A refusal is said beside the form.
    pub(super) fn edit_body(&mut self, edit: BodyEdit) {
        let Some(view) = &mut self.folder else {
            return;
        };
        if view.body_lock.is_none() {
            view.forms.error = Some("请先点「修改登记」".to_owned());
            return;
        }
        let path = view.opened().body_path();
        let mut body = match folders::load_body(&path) {
            Ok(body) => body,
            Err(error) => {
                self.modal = Some(Modal::Error(error.to_string()));
                return;
            }
        };
        let added = matches!(edit, BodyEdit::AddSuggestion { .. });
        let before = body.clone();
        if let Err(error) = body.apply(edit) {
            view.forms.error = Some(error.to_string());
            return;
        }
        if let Err(error) = folders::save_body(&body, &path) {
            self.modal = Some(Modal::Error(error.to_string()));
            return;
        }
        view.opened_mut().body = body;
        view.undo.push(before);
        view.redo.clear();
        // Our own save is no change made elsewhere.
        view.on_disk = folders::fingerprint(&view.opened().path);
        view.forms.error = None;
        view.forms.answer = None;
        view.forms.opinion = None;
        view.forms.reply = None;
        view.forms.opinion_text = None;
        view.forms.suggestion_edit = None;
        view.forms.member = None;
        view.forms.delete = None;
        if added {
            view.forms.suggestion = Default::default();
            view.forms.suggestion_open = false;
        }
        self.notice = Some(format!("已保存 {}", path.display()));
    }

    /// 从表格导入代表建议: the spreadsheet read, then added to `body.ron` as one edit and saved;
    /// a sheet that cannot be read comes back to the path dialog with its message.
    pub(super) fn import_suggestions(&mut self, year: i32, path: &Path) {
        match folders::read_suggestions(path, year) {
            Ok(suggestions) => {
                let count = suggestions.len();
                self.edit_body(BodyEdit::ImportSuggestions(suggestions));
                if let Some(view) = &self.folder
                    && view.forms.error.is_none()
                {
                    self.notice = Some(format!("已从{}导入{count}件代表建议", path.display()));
                }
            }
            Err(error) => {
                self.modal = Some(Modal::Path {
                    purpose: PathPurpose::ImportSuggestions(year),
                    text: path.display().to_string(),
                    error: Some(error.to_string()),
                });
            }
        }
    }

    /// 新建会议 in the folder: the next number, the house style and today's roster from
    /// `body.ron`, the 列席 units and the hall from the latest session; written into the folder
    /// at once (so that it is listed and locked) and opened.
    pub(super) fn new_session_in_folder(&mut self) {
        let Some(view) = &self.folder else {
            return;
        };
        let opened = view.opened();
        let previous = opened
            .latest_session_file()
            .and_then(|file| crate::io::load(file).ok());
        let number = opened.next_number();
        let session = opened.body.new_session(
            number,
            Vec::new(),
            previous.as_ref(),
            crate::model::edit::today(),
        );
        let path = opened.new_session_path(number);
        if let Err(error) = crate::io::save(&session, &path) {
            self.modal = Some(Modal::Error(error.to_string()));
            return;
        }
        self.open_with(&path, OpenMode::Normal);
        self.editor = EditorState::default();
        self.refresh_folder();
        self.notice = Some(format!(
            "已在常委会文件夹中新建{}（{}）",
            session.short_title(),
            path.display()
        ));
    }

    /// Writes a register of the open folder to `path` (its format from the extension).
    pub(super) fn export_folder_doc(
        &mut self,
        kind: FolderDocKind,
        year: Option<i32>,
        path: &Path,
    ) {
        let Some(view) = &self.folder else {
            return;
        };
        let options = FolderDocOptions {
            year,
            today: crate::model::edit::today(),
        };
        match registers::export_to_file(&view.opened().term(), kind, options, path) {
            Ok(()) => self.notice = Some(format!("已导出到 {}", path.display())),
            Err(error) => {
                self.modal = Some(Modal::Path {
                    purpose: PathPurpose::ExportFolderDoc(kind, year),
                    text: path.display().to_string(),
                    error: Some(error.to_string()),
                });
            }
        }
    }

    /// 会议列表: closes the open session (its lock goes) and shows the folder's screen, read
    /// again. The unsaved-changes question has been asked before.
    pub(super) fn show_folder(&mut self) {
        if let (Some(store), Some(document)) = (&self.recovery, &self.document)
            && !document.is_dirty()
        {
            let _ = store.discard_own(document.path.as_deref());
        }
        self.document = None;
        self.editor = EditorState::default();
        self.refresh_folder();
    }

    /// A session opened from a body's folder brings the folder along (for 会议列表), unless it
    /// is open already; a folder that cannot be read is simply not brought.
    pub(super) fn adopt_folder_of(&mut self, session: &Path) {
        let Some(folder) = session.parent().filter(|f| folders::is_body_folder(f)) else {
            return;
        };
        if self
            .folder
            .as_ref()
            .is_some_and(|view| view.opened().path == folder)
        {
            return;
        }
        if let Ok(opened) = open_folder_cached(folder, self.folder_cache.as_ref()) {
            self.folder = Some(FolderView::new(opened));
        }
    }
}
