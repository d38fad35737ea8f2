//! The window: shortcuts → menus and views → modal dialogs → pending commands → actions →
//! undo point → title and close.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use egui::{RichText, Ui};

use crate::action::{self, Action};
use crate::command::Command;
use crate::dialogs::{FileDialogs, NativeDialogs};
use crate::document::Document;
use crate::export::DocKind;
use crate::io::config::AppConfig;
use crate::io::lock::{self, LockError};
use crate::io::recovery::{
    AUTOSAVE_EVERY_SECONDS, RecoveryInfo, RecoveryStore, discard_recovery, load_recovery,
};
use crate::io::stamp::FileStamp;
use crate::io::{self as files};
use crate::model::Session;
use crate::views::start::{StartChoice, start_ui};
use crate::views::{self, EditorState, Section};

/// The bundled Chinese font (Noto Sans CJK SC, subset; SIL OFL 1.1, see assets/fonts).
const CJK_FONT: &[u8] = include_bytes!("../assets/fonts/NotoSansCJKsc-Regular-subset.otf");

/// The example session, offered on the start page when the program runs from its folder.
const EXAMPLE_SESSION: &str = "sessions/hebi-12-09.ron";

/// Installs the bundled font first for all text, so every machine shows the same glyphs;
/// egui's own fonts stay as fallbacks for symbols.
pub fn install_fonts(ctx: &egui::Context) {
    let mut fonts = egui::FontDefinitions::default();
    fonts.font_data.insert(
        "noto_cjk".to_owned(),
        std::sync::Arc::new(egui::FontData::from_static(CJK_FONT)),
    );
    for family in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
        fonts
            .families
            .entry(family)
            .or_default()
            .insert(0, "noto_cjk".to_owned());
    }
    ctx.set_fonts(fonts);
    ctx.global_style_mut(|style| {
        for (text_style, font) in style.text_styles.iter_mut() {
            font.size = match text_style {
                egui::TextStyle::Heading => 22.0,
                egui::TextStyle::Small => 12.0,
                _ => 15.0,
            };
        }
        style.spacing.item_spacing = egui::vec2(8.0, 6.0);
    });
}

/// Something the person asked for that may first need the unsaved-changes question.
#[derive(Clone, Debug, PartialEq)]
enum Intent {
    /// Start a new session (empty, or following the open one).
    New { follow_current: bool },
    /// Open this file.
    Open(PathBuf),
    /// Ask which file to open.
    AskOpen,
    /// Close the window.
    Close,
}

/// What a typed-path dialog is for.
#[derive(Clone, Debug, PartialEq)]
enum PathPurpose {
    Open,
    SaveAs { then: Option<Box<Intent>> },
}

/// The modal dialog shown, if any.
#[derive(Clone, Debug, PartialEq)]
enum Modal {
    Unsaved {
        then: Intent,
    },
    Path {
        purpose: PathPurpose,
        text: String,
        error: Option<String>,
    },
    NewSession,
    Error(String),
    About,
    /// Unsaved changes found from an earlier run.
    Recover(Vec<RecoveryInfo>),
    /// Someone else is editing the file.
    Locked {
        path: PathBuf,
        message: String,
    },
    /// The file changed on disk while open.
    ChangedOnDisk,
    /// Saving would overwrite someone else's version.
    SaveOverChanged {
        then: Option<Intent>,
    },
}

/// How a file is opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum OpenMode {
    /// With our lock.
    Normal,
    /// Without a lock; saving goes to another file.
    ReadOnly,
    /// Taking over the lock of someone who seems to be editing it.
    TakeOver,
}

/// Seconds between checks whether the file changed on disk.
const DISK_CHECK_EVERY_SECONDS: f64 = 5.0;

impl std::fmt::Debug for views::export_dialog::ExportDialog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ExportDialog")
            .field("chosen", &self.chosen)
            .finish()
    }
}

/// The application.
pub struct HuiwuApp {
    /// The open session, `None` on the start page.
    pub document: Option<Document>,
    /// What the editor shows.
    pub editor: EditorState,
    config: AppConfig,
    dialogs: Box<dyn FileDialogs>,
    modal: Option<Modal>,
    /// The export dialog, while open.
    export_dialog: Option<views::export_dialog::ExportDialog>,
    /// Where unsaved changes are autosaved; `None` turns autosave off (tests, no config folder).
    recovery: Option<RecoveryStore>,
    /// When (egui time, seconds) the recovery file, the lock and the disk were last seen to.
    last_autosave: f64,
    last_lock_refresh: f64,
    last_disk_check: f64,
    pending: Vec<Command>,
    notice: Option<String>,
    allow_close: bool,
    title: String,
}

impl HuiwuApp {
    /// The app on `document` (or the start page), with `dialogs` for choosing files.
    pub fn new(
        document: Option<Document>,
        config: AppConfig,
        dialogs: Box<dyn FileDialogs>,
    ) -> Self {
        Self {
            document,
            editor: EditorState::default(),
            config,
            dialogs,
            modal: None,
            export_dialog: None,
            recovery: None,
            last_autosave: 0.0,
            last_lock_refresh: 0.0,
            last_disk_check: 0.0,
            pending: Vec::new(),
            notice: None,
            allow_close: false,
            title: String::new(),
        }
    }

    /// Turns on autosave into `store`, and offers the unsaved changes it holds from earlier runs.
    pub fn with_recovery(mut self, store: RecoveryStore) -> Self {
        let found = store.find_all_recoveries();
        self.recovery = Some(store);
        self.offer_recoveries(found);
        self
    }

    /// Offers to restore unsaved changes from an earlier run (after a crash or power cut).
    pub fn offer_recoveries(&mut self, found: Vec<RecoveryInfo>) {
        if !found.is_empty() {
            self.modal = Some(Modal::Recover(found));
        }
    }

    /// Moves the autosave, lock and disk clocks on by `seconds`, as if that much time had
    /// passed (tests use it instead of waiting).
    pub fn pretend_time_passed(&mut self, seconds: f64) {
        self.last_autosave -= seconds;
        self.last_lock_refresh -= seconds;
        self.last_disk_check -= seconds;
    }

    /// Queues a command as if chosen from the menu (used by tests too).
    pub fn queue(&mut self, command: Command) {
        self.pending.push(command);
    }

    /// The export dialog, while it is open (tests set its folder).
    pub fn export_dialog_mut(&mut self) -> Option<&mut views::export_dialog::ExportDialog> {
        self.export_dialog.as_mut()
    }

    /// The message shown in the status bar after the last file operation.
    pub fn notice(&self) -> Option<&str> {
        self.notice.as_deref()
    }

    /// Draws one frame.
    pub fn frame_ui(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        self.handle_close_request(&ctx);
        for command in Command::WITH_SHORTCUTS {
            if let Some(shortcut) = command.shortcut()
                && ctx.input_mut(|i| i.consume_shortcut(&shortcut))
            {
                self.pending.push(command);
            }
        }
        let mut actions: Vec<Action> = Vec::new();
        egui::Panel::top("menu").show(ui, |ui| self.menu_bar_ui(ui));
        egui::Panel::bottom("status").show(ui, |ui| self.status_bar_ui(ui));
        match &mut self.document {
            Some(document) => {
                egui::Panel::left("navigation")
                    .resizable(false)
                    .exact_size(150.0)
                    .show(ui, |ui| {
                        views::navigation_ui(
                            ui,
                            document.status().section_counts,
                            &mut self.editor,
                        );
                    });
                egui::CentralPanel::default().show(ui, |ui| {
                    views::section_ui(ui, &mut document.session, &mut self.editor, &mut actions);
                });
            }
            None => {
                let example = Path::new(EXAMPLE_SESSION);
                let example = example.is_file().then_some(example);
                let recent = self.config.recent_files.clone();
                egui::CentralPanel::default().show(ui, |ui| match start_ui(ui, &recent, example) {
                    Some(StartChoice::Open(path)) => self.request(Intent::Open(path)),
                    Some(StartChoice::Browse) => self.request(Intent::AskOpen),
                    Some(StartChoice::New) => self.request(Intent::New {
                        follow_current: false,
                    }),
                    None => {}
                });
            }
        }
        self.hall_ui(&ctx);
        self.export_dialog_ui(&ctx);
        self.modal_ui(&ctx);
        let commands = std::mem::take(&mut self.pending);
        // Only input other than pointer motion, a command or an action can change the session;
        // the whole-session comparisons below run only then (or while typing settles).
        let may_have_changed = !commands.is_empty()
            || !actions.is_empty()
            || ctx.input(|i| {
                i.pointer.any_down()
                    || i.events.iter().any(|e| {
                        !matches!(e, egui::Event::PointerMoved(_) | egui::Event::MouseMoved(_))
                    })
            });
        if !commands.is_empty() {
            // A command may open a dialog or change the screen: draw the result at once.
            ctx.request_repaint();
        }
        for command in commands {
            self.run_command(command, &ctx);
        }
        if let Some(document) = &mut self.document {
            let mut changed = false;
            for action in actions {
                if let Some(selected) = action::apply(&mut document.session, action) {
                    select(&mut self.editor, selected);
                }
                changed = true;
            }
            if changed {
                document.checkpoint();
            } else if may_have_changed || document.undo_settling() {
                document.feed_undo(ctx.input(|i| i.time));
            }
            if may_have_changed || document.undo_settling() || !document.has_status() {
                document.refresh_status();
            }
        }
        self.keep_watch(&ctx);
        self.update_title(&ctx);
    }

    /// Autosave, lock refresh and the check for changes on disk, each on its own clock.
    fn keep_watch(&mut self, ctx: &egui::Context) {
        let time = ctx.input(|i| i.time);
        let Some(document) = &mut self.document else {
            return;
        };
        if time - self.last_autosave >= AUTOSAVE_EVERY_SECONDS as f64 {
            self.last_autosave = time;
            if let Some(store) = &self.recovery {
                let result = if document.is_dirty() {
                    store
                        .write_recovery(
                            &document.session,
                            document.path.as_deref(),
                            chrono::Local::now(),
                        )
                        .map(|_| ())
                } else {
                    store.discard_own(document.path.as_deref())
                };
                if let Err(error) = result {
                    self.notice = Some(format!("自动保存失败：{error}"));
                }
            }
        }
        if time - self.last_lock_refresh >= lock::REFRESH_EVERY_SECONDS as f64 {
            self.last_lock_refresh = time;
            if let Some(guard) = &mut document.lock
                && let Err(error) = guard.refresh(chrono::Local::now())
            {
                document.lock = None;
                self.modal = Some(Modal::Error(error.to_string()));
            }
        }
        if time - self.last_disk_check >= DISK_CHECK_EVERY_SECONDS {
            self.last_disk_check = time;
            let changed = document
                .stamp
                .as_ref()
                .is_some_and(FileStamp::changed_on_disk);
            if changed && self.modal.is_none() {
                // Ask once per change: forget the stamp until the person decides.
                self.modal = Some(Modal::ChangedOnDisk);
            }
        }
        ctx.request_repaint_after(std::time::Duration::from_secs(5));
    }

    /// The export dialog, as a modal window over the editor.
    fn export_dialog_ui(&mut self, ctx: &egui::Context) {
        let (Some(dialog), Some(document)) = (&mut self.export_dialog, &self.document) else {
            return;
        };
        let response = egui::Modal::new(egui::Id::unique("export_dialog"))
            .show(ctx, |ui| dialog.ui(ui, &document.session));
        let escaped = response.should_close() && !dialog.is_running();
        if response.inner || escaped {
            if let Some((_, Ok(path))) = dialog.results.last() {
                self.notice = Some(format!("已导出到 {}", path.display()));
            }
            self.export_dialog = None;
        }
    }

    /// The hall screen in its own window (viewport), while the operator has it open.
    fn hall_ui(&mut self, ctx: &egui::Context) {
        let Some(document) = &self.document else {
            return;
        };
        if !self.editor.votes.hall_open {
            return;
        }
        let view = views::hall::hall_view(&document.session, self.editor.votes.selection.as_ref());
        let builder = egui::ViewportBuilder::default()
            .with_title("会务 — 大屏幕")
            .with_inner_size([1280.0, 720.0]);
        let closed = ctx.show_viewport_immediate(
            egui::ViewportId::from_hash_of("hall_screen"),
            builder,
            |ui, _class| {
                egui::CentralPanel::default().show(ui, |ui| {
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Min), |ui| {
                        let fullscreen = ui.input(|i| i.viewport().fullscreen.unwrap_or(false));
                        let toggle = ui
                            .small_button(if fullscreen {
                                "退出全屏"
                            } else {
                                "全屏（F11）"
                            })
                            .clicked()
                            || ui.input(|i| i.key_pressed(egui::Key::F11));
                        if toggle {
                            ui.ctx()
                                .send_viewport_cmd(egui::ViewportCommand::Fullscreen(!fullscreen));
                        }
                    });
                    views::hall::hall_ui(ui, &view);
                });
                ui.input(|i| i.viewport().close_requested())
            },
        );
        if closed {
            self.editor.votes.hall_open = false;
        }
    }

    fn handle_close_request(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested()) && !self.allow_close {
            if self.document.as_ref().is_some_and(Document::is_dirty) {
                ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
                self.modal = Some(Modal::Unsaved {
                    then: Intent::Close,
                });
            } else {
                self.allow_close = true;
            }
        }
    }

    fn menu_bar_ui(&mut self, ui: &mut Ui) {
        let has_document = self.document.is_some();
        let status = self
            .document
            .as_ref()
            .map(Document::status)
            .unwrap_or_default();
        let (can_undo, can_redo) = (status.can_undo, status.can_redo);
        let mut chosen = None;
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("文件", |ui| {
                for (command, enabled) in [
                    (Command::New, true),
                    (Command::Open, true),
                    (Command::Save, has_document),
                    (Command::SaveAs, has_document),
                ] {
                    if command.menu_button(ui, enabled) {
                        chosen = Some(command);
                    }
                }
                ui.menu_button("最近打开", |ui| {
                    if self.config.recent_files.is_empty() {
                        ui.weak("（无）");
                    }
                    for path in self.config.recent_files.clone() {
                        if ui.button(path.display().to_string()).clicked() {
                            self.request(Intent::Open(path));
                        }
                    }
                });
                ui.separator();
                if Command::Quit.menu_button(ui, true) {
                    chosen = Some(Command::Quit);
                }
            });
            ui.menu_button("编辑", |ui| {
                if Command::Undo.menu_button(ui, can_undo) {
                    chosen = Some(Command::Undo);
                }
                if Command::Redo.menu_button(ui, can_redo) {
                    chosen = Some(Command::Redo);
                }
            });
            ui.menu_button("导出", |ui| {
                if Command::Export(None).menu_button(ui, has_document) {
                    chosen = Some(Command::Export(None));
                }
                ui.separator();
                for doc in DocKind::ALL {
                    if Command::Export(Some(doc)).menu_button(ui, has_document) {
                        chosen = Some(Command::Export(Some(doc)));
                    }
                }
            });
            ui.menu_button("视图", |ui| {
                for section in Section::ALL {
                    if Command::Show(section).menu_button(ui, has_document) {
                        chosen = Some(Command::Show(section));
                    }
                }
            });
            ui.menu_button("帮助", |ui| {
                if Command::About.menu_button(ui, true) {
                    chosen = Some(Command::About);
                }
            });
        });
        if let Some(command) = chosen {
            self.pending.push(command);
        }
    }

    fn status_bar_ui(&mut self, ui: &mut Ui) {
        ui.horizontal(|ui| {
            let Some(document) = &self.document else {
                ui.label("未打开会议");
                return;
            };
            let file = document
                .path
                .as_ref()
                .map_or_else(|| "未保存的新会议".to_owned(), |p| p.display().to_string());
            ui.label(format!("文件：{file}"));
            if document.status().dirty {
                ui.label(
                    RichText::new("● 未保存").color(egui::Color32::from_rgb(0xb2, 0x6a, 0x00)),
                );
            } else {
                ui.weak("已保存");
            }
            ui.separator();
            let counts = document.status().attendance;
            ui.label(format!(
                "应到{} 实到{} 请假{} 缺席{}",
                counts.members, counts.present, counts.on_leave, counts.absent
            ));
            ui.label(views::attendance::quorum_text(counts));
            if let Some(notice) = &self.notice {
                ui.separator();
                ui.label(notice);
            }
        });
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let title = match &self.document {
            Some(document) => format!(
                "{}{}{} — 会务",
                if document.status().dirty { "● " } else { "" },
                document.display_name(),
                if document.read_only {
                    "（只读）"
                } else {
                    ""
                }
            ),
            None => "会务".to_owned(),
        };
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }

    /// Carries out an intent, asking first when unsaved changes would be lost.
    fn request(&mut self, intent: Intent) {
        let dirty = self.document.as_ref().is_some_and(Document::is_dirty);
        let loses_work = !matches!(intent, Intent::AskOpen);
        if dirty && loses_work {
            self.modal = Some(Modal::Unsaved { then: intent });
        } else {
            self.carry_out(intent);
        }
    }

    fn carry_out(&mut self, intent: Intent) {
        match intent {
            Intent::New { follow_current } => {
                let session = match (&self.document, follow_current) {
                    (Some(document), true) => action::next_session(&document.session),
                    _ => Session::default(),
                };
                self.document = Some(Document::untitled(session));
                self.editor = EditorState::default();
                self.notice = Some("已新建会议".to_owned());
            }
            Intent::Open(path) => self.open(&path),
            Intent::AskOpen => {
                let text = self
                    .current_folder()
                    .map(|f| f.display().to_string())
                    .unwrap_or_default();
                self.modal = Some(Modal::Path {
                    purpose: PathPurpose::Open,
                    text,
                    error: None,
                });
            }
            Intent::Close => {
                self.allow_close = true;
                self.pending.push(Command::Quit);
            }
        }
    }

    /// Opens a session file; on failure the open session stays and the message is shown.
    pub fn open(&mut self, path: &Path) {
        self.open_with(path, OpenMode::Normal);
    }

    fn open_with(&mut self, path: &Path, mode: OpenMode) {
        let now = chrono::Local::now();
        // Reopening the file we have open: our own lock must not stand in the way.
        if let Some(document) = &mut self.document
            && document.path.as_deref() == Some(path)
        {
            document.lock = None;
        }
        let guard = match mode {
            OpenMode::ReadOnly => None,
            OpenMode::TakeOver => lock::take_over(path, now).ok(),
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
                    // No lock can be taken (read-only folder …): open anyway, and say so.
                    self.notice = Some(error.to_string());
                    None
                }
            },
        };
        match files::load(path) {
            Ok(session) => {
                let mut document = Document::opened(session, Some(path.to_owned()));
                document.lock = guard;
                document.read_only = mode == OpenMode::ReadOnly;
                document.stamp = FileStamp::take(path).ok();
                self.document = Some(document);
                self.editor = EditorState::default();
                self.config.remember(path);
                self.config.store();
                self.notice = Some(if mode == OpenMode::ReadOnly {
                    format!("已以只读方式打开 {}（保存时请另存为）", path.display())
                } else {
                    format!("已打开 {}", path.display())
                });
                if let Some(store) = &self.recovery {
                    let found = store.find_recoveries(Some(path));
                    self.offer_recoveries(found);
                }
            }
            // The lock guard is dropped here: a file that failed to load is never written.
            Err(error) => self.modal = Some(Modal::Error(error.to_string())),
        }
    }

    /// Restores unsaved changes from a recovery file: the file they belong to is opened (with
    /// its lock) and the changes are put on top, unsaved; the recovery is then written anew.
    fn restore(&mut self, info: &RecoveryInfo) {
        let recovered = match load_recovery(&info.file) {
            Ok(recovered) => recovered,
            Err(error) => {
                self.modal = Some(Modal::Error(error.to_string()));
                return;
            }
        };
        match &recovered.header.original {
            Some(original) if original.is_file() => {
                self.open_with(original, OpenMode::Normal);
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
            self.notice = Some(format!("已恢复：{}", info.description()));
        }
    }

    /// Saves to the document's file (or asks where); returns whether it was saved.
    fn save(&mut self, then: Option<Intent>) -> bool {
        self.save_checked(then, false)
    }

    /// Saves; unless `overwrite_changed`, first asks when someone else changed the file on disk.
    fn save_checked(&mut self, then: Option<Intent>, overwrite_changed: bool) -> bool {
        let Some(document) = &mut self.document else {
            return false;
        };
        let path = if document.read_only {
            None
        } else {
            document.path.clone()
        };
        if path.is_some()
            && !overwrite_changed
            && document
                .stamp
                .as_ref()
                .is_some_and(FileStamp::changed_on_disk)
        {
            self.modal = Some(Modal::SaveOverChanged { then });
            return false;
        }
        let Some(path) = path else {
            self.modal = Some(Modal::Path {
                purpose: PathPurpose::SaveAs {
                    then: then.map(Box::new),
                },
                text: default_save_path(&document.session),
                error: None,
            });
            return false;
        };
        match files::save(&document.session, &path) {
            Ok(()) => {
                document.mark_saved(path.clone());
                document.stamp = FileStamp::take(&path).ok();
                if let Some(store) = &self.recovery {
                    let _ = store.discard_own(Some(&path));
                }
                self.config.remember(&path);
                self.config.store();
                self.notice = Some(format!("已保存 {}", path.display()));
                if let Some(intent) = then {
                    self.carry_out(intent);
                }
                true
            }
            Err(error) => {
                self.modal = Some(Modal::Error(error.to_string()));
                false
            }
        }
    }

    fn current_folder(&self) -> Option<PathBuf> {
        let from_document = self
            .document
            .as_ref()
            .and_then(|d| d.path.as_ref())
            .and_then(|p| p.parent())
            .map(Path::to_owned);
        from_document.or_else(|| std::env::current_dir().ok())
    }

    fn run_command(&mut self, command: Command, ctx: &egui::Context) {
        match command {
            Command::New => self.modal = Some(Modal::NewSession),
            Command::Open => self.request(Intent::AskOpen),
            Command::Save => {
                self.save(None);
            }
            Command::SaveAs => {
                if let Some(document) = &self.document {
                    let text = document.path.as_ref().map_or_else(
                        || default_save_path(&document.session),
                        |p| p.display().to_string(),
                    );
                    self.modal = Some(Modal::Path {
                        purpose: PathPurpose::SaveAs { then: None },
                        text,
                        error: None,
                    });
                }
            }
            Command::Quit => {
                if self.allow_close || !self.document.as_ref().is_some_and(Document::is_dirty) {
                    self.allow_close = true;
                    ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                } else {
                    self.modal = Some(Modal::Unsaved {
                        then: Intent::Close,
                    });
                }
            }
            Command::Undo => {
                if let Some(document) = &mut self.document {
                    document.undo();
                }
            }
            Command::Redo | Command::RedoAlt => {
                if let Some(document) = &mut self.document {
                    document.redo();
                }
            }
            Command::Show(section) => self.editor.section = section,
            Command::Export(doc) => {
                if let Some(document) = &self.document {
                    self.export_dialog = Some(views::export_dialog::ExportDialog::new(
                        &document.session,
                        document.path.as_deref(),
                        doc,
                    ));
                }
            }
            Command::About => self.modal = Some(Modal::About),
        }
    }

    fn modal_ui(&mut self, ctx: &egui::Context) {
        let Some(mut modal) = self.modal.take() else {
            return;
        };
        let mut keep_open = true;
        let mut next: Option<Intent> = None;
        let response = egui::Modal::new(egui::Id::unique("huiwu_modal")).show(ctx, |ui| {
            ui.set_max_width(560.0);
            match &mut modal {
                Modal::Unsaved { then } => {
                    let name = self
                        .document
                        .as_ref()
                        .map_or_else(String::new, Document::display_name);
                    ui.heading("有未保存的修改");
                    ui.label(format!("「{name}」有未保存的修改。是否先保存？"));
                    ui.add_space(8.0);
                    ui.horizontal(|ui| {
                        if ui.button("保存").clicked() {
                            keep_open = false;
                            let intent = then.clone();
                            self.modal = None;
                            self.save(Some(intent));
                        }
                        if ui.button("不保存").clicked() {
                            keep_open = false;
                            if let (Some(store), Some(document)) = (&self.recovery, &self.document)
                            {
                                let _ = store.discard_own(document.path.as_deref());
                            }
                            next = Some(then.clone());
                        }
                        if ui.button("取消").clicked() {
                            keep_open = false;
                        }
                    });
                }
                Modal::NewSession => {
                    ui.heading("新建会议");
                    if let Some(document) = &self.document {
                        let number = document.session.details.number.saturating_add(1);
                        if ui
                            .button(format!(
                                "延续本次会议（第{}次会议）",
                                crate::model::numerals::chinese_number(number)
                            ))
                            .on_hover_text("沿用常委会设置、组成人员（出席状态重置）和列席单位")
                            .clicked()
                        {
                            keep_open = false;
                            next = Some(Intent::New {
                                follow_current: true,
                            });
                        }
                    }
                    if ui.button("空白会议").clicked() {
                        keep_open = false;
                        next = Some(Intent::New {
                            follow_current: false,
                        });
                    }
                    if ui.button("取消").clicked() {
                        keep_open = false;
                    }
                }
                Modal::Path {
                    purpose,
                    text,
                    error,
                } => {
                    let (heading, extension) = match purpose {
                        PathPurpose::Open => ("打开会议文件".to_owned(), "ron"),
                        PathPurpose::SaveAs { .. } => ("另存为".to_owned(), "ron"),
                    };
                    ui.heading(heading);
                    ui.label("文件路径：");
                    let edit = views::widgets::named(
                        ui.add(
                            egui::TextEdit::singleline(text)
                                .desired_width(520.0)
                                .id(egui::Id::unique("path_field")),
                        ),
                        "文件路径",
                    );
                    let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                    if let Some(message) = error {
                        ui.colored_label(ui.visuals().error_fg_color, message.as_str());
                    }
                    if matches!(purpose, PathPurpose::Open) {
                        self.session_files_ui(ui, text);
                    }
                    ui.horizontal(|ui| {
                        let confirm = ui.button("确定").clicked() || enter;
                        if ui
                            .button("浏览…")
                            .on_hover_text("使用系统的文件对话框")
                            .clicked()
                        {
                            let folder = Path::new(text.as_str()).parent().map(Path::to_owned);
                            let picked = match purpose {
                                PathPurpose::Open => self.dialogs.pick_open(folder.as_deref()),
                                _ => {
                                    let name = Path::new(text.as_str())
                                        .file_name()
                                        .map_or_else(String::new, |n| {
                                            n.to_string_lossy().into_owned()
                                        });
                                    self.dialogs.pick_save(folder.as_deref(), &name, extension)
                                }
                            };
                            match picked {
                                Some(path) => *text = path.display().to_string(),
                                None => {
                                    *error = Some(
                                        "未选择文件（或系统文件对话框不可用）：可以直接输入路径。"
                                            .to_owned(),
                                    );
                                }
                            }
                        }
                        if ui.button("取消").clicked() {
                            keep_open = false;
                        }
                        if confirm {
                            match self.confirm_path(purpose, text.trim()) {
                                Ok(()) => keep_open = false,
                                Err(message) => *error = Some(message),
                            }
                        }
                    });
                }
                Modal::Error(message) => {
                    ui.heading("出错了");
                    ui.label(message.as_str());
                    if ui.button("确定").clicked() {
                        keep_open = false;
                    }
                }
                Modal::Recover(found) => {
                    ui.heading("发现未保存的修改");
                    ui.label("上次程序意外退出（或断电）时，以下修改尚未保存：");
                    let mut handled = None;
                    for (index, info) in found.iter().enumerate() {
                        ui.horizontal(|ui| {
                            ui.label(info.description());
                            if ui.button("恢复").clicked() {
                                handled = Some((index, true));
                            }
                            if ui.button("删除").on_hover_text("放弃这些修改").clicked() {
                                handled = Some((index, false));
                            }
                        });
                        if info.original_changed_since() {
                            ui.colored_label(
                                ui.visuals().warn_fg_color,
                                "　注意：原文件在此之后已被保存过，恢复将以这些修改为准。",
                            );
                        }
                    }
                    if let Some((index, restore)) = handled {
                        let info = found.remove(index);
                        if restore {
                            self.restore(&info);
                        } else if let Err(error) = discard_recovery(&info.file) {
                            self.notice = Some(error.to_string());
                        }
                        keep_open = !found.is_empty();
                    }
                    if ui
                        .button("稍后再说")
                        .on_hover_text("保留这些文件，下次启动时再问")
                        .clicked()
                    {
                        keep_open = false;
                    }
                }
                Modal::Locked { path, message } => {
                    ui.heading("文件正被他人编辑");
                    ui.label(message.as_str());
                    ui.horizontal(|ui| {
                        if ui.button("只读打开").clicked() {
                            keep_open = false;
                            let path = path.clone();
                            self.open_with(&path, OpenMode::ReadOnly);
                        }
                        if ui
                            .button("强制打开")
                            .on_hover_text("确认对方已不在编辑（例如对方程序已崩溃）时使用")
                            .clicked()
                        {
                            keep_open = false;
                            let path = path.clone();
                            self.open_with(&path, OpenMode::TakeOver);
                        }
                        if ui.button("取消").clicked() {
                            keep_open = false;
                        }
                    });
                }
                Modal::ChangedOnDisk => {
                    let name = self
                        .document
                        .as_ref()
                        .map_or_else(String::new, Document::display_name);
                    ui.heading("文件已在别处被修改");
                    ui.label(format!("「{name}」在打开之后已被其他程序或他人修改。"));
                    ui.horizontal(|ui| {
                        if ui
                            .button("重新载入")
                            .on_hover_text("载入磁盘上的新版本，放弃本窗口中的修改")
                            .clicked()
                        {
                            keep_open = false;
                            if let Some(path) = self.document.as_ref().and_then(|d| d.path.clone())
                            {
                                self.open_with(&path, OpenMode::Normal);
                            }
                        }
                        if ui
                            .button("保留我的版本")
                            .on_hover_text("保存时会再次询问")
                            .clicked()
                        {
                            keep_open = false;
                            if let Some(document) = &mut self.document {
                                // Stop asking until the next save; saving still asks before overwriting.
                                document.stamp = document.stamp.take().filter(|_| false);
                                document.read_only = true;
                                self.notice = Some(
                                    "已保留本窗口的版本：保存时请另存为，或确认覆盖".to_owned(),
                                );
                            }
                        }
                    });
                }
                Modal::SaveOverChanged { then } => {
                    ui.heading("保存将覆盖他人的修改");
                    ui.label(
                        "磁盘上的文件在打开之后已被其他程序或他人修改。直接保存会覆盖对方的版本。",
                    );
                    ui.horizontal(|ui| {
                        if ui.button("覆盖保存").clicked() {
                            keep_open = false;
                            let then = then.clone();
                            self.modal = None;
                            self.save_checked(then, true);
                        }
                        if ui.button("另存为…").clicked() {
                            keep_open = false;
                            self.pending.push(Command::SaveAs);
                        }
                        if ui.button("取消").clicked() {
                            keep_open = false;
                        }
                    });
                }
                Modal::About => {
                    ui.heading("会务");
                    ui.label(format!("版本 {}", env!("CARGO_PKG_VERSION")));
                    ui.label("地方人大常委会会议的准备、记录与发布。");
                    ui.label(
                        "界面字体：Noto Sans CJK SC（思源黑体，子集），SIL Open Font License 1.1。",
                    );
                    ui.label("笔画数据：Unihan（Unicode License）与 cnchar-order（MIT）。");
                    if ui.button("确定").clicked() {
                        keep_open = false;
                    }
                }
            }
        });
        // Escape closes only the dialogs that ask nothing.
        let escaped = response.should_close()
            && matches!(modal, Modal::NewSession | Modal::Error(_) | Modal::About);
        if keep_open && !escaped && self.modal.is_none() {
            self.modal = Some(modal);
        }
        if let Some(intent) = next {
            self.carry_out(intent);
        }
    }

    /// Lists the session files in the typed folder (or beside the typed file) to pick from.
    fn session_files_ui(&self, ui: &mut Ui, text: &mut String) {
        let typed = Path::new(text.as_str());
        let folder = if typed.is_dir() {
            typed.to_owned()
        } else {
            typed.parent().map(Path::to_owned).unwrap_or_default()
        };
        let Ok(entries) = std::fs::read_dir(if folder.as_os_str().is_empty() {
            Path::new(".")
        } else {
            &folder
        }) else {
            return;
        };
        let mut found: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "ron") || p.is_dir())
            .collect();
        found.sort();
        egui::ScrollArea::vertical()
            .max_height(200.0)
            .show(ui, |ui| {
                for path in found.into_iter().take(200) {
                    let name = path
                        .file_name()
                        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
                    let label = if path.is_dir() {
                        format!("［文件夹］{name}")
                    } else {
                        name
                    };
                    if ui.selectable_label(false, label).clicked() {
                        *text = path.display().to_string();
                    }
                }
            });
    }

    /// Acts on a typed path; an error message keeps the dialog open.
    fn confirm_path(&mut self, purpose: &PathPurpose, text: &str) -> Result<(), String> {
        if text.is_empty() {
            return Err("请输入文件路径".to_owned());
        }
        let path = PathBuf::from(text);
        match purpose {
            PathPurpose::Open => {
                if !path.is_file() {
                    return Err(format!("找不到文件「{}」", path.display()));
                }
                // Opening replaces the session: ask about unsaved changes first.
                self.request(Intent::Open(path));
                Ok(())
            }
            PathPurpose::SaveAs { then } => {
                let path = with_extension(path, "ron");
                let Some(document) = &mut self.document else {
                    return Ok(());
                };
                let old_path = document.path.clone();
                // Lock the new file first: never write over a file someone else is editing.
                let same_file = old_path.as_deref() == Some(path.as_path()) && !document.read_only;
                let guard = if same_file {
                    document.lock.take()
                } else {
                    match lock::acquire(&path, chrono::Local::now()) {
                        Ok(guard) => Some(guard),
                        Err(error @ LockError::LockedBy { .. }) => return Err(error.to_string()),
                        Err(_) => None,
                    }
                };
                if let Err(error) = files::save(&document.session, &path) {
                    if same_file {
                        document.lock = guard;
                    }
                    return Err(error.to_string());
                }
                document.mark_saved(path.clone());
                document.lock = guard;
                document.read_only = false;
                document.stamp = FileStamp::take(&path).ok();
                if let Some(store) = &self.recovery {
                    let _ = store.discard_own(old_path.as_deref());
                    let _ = store.discard_own(Some(&path));
                }
                self.config.remember(&path);
                self.config.store();
                self.notice = Some(format!("已保存 {}", path.display()));
                if let Some(intent) = then.clone() {
                    self.carry_out(*intent);
                }
                Ok(())
            }
        }
    }
}

/// Adds `extension` when the path has none.
fn with_extension(path: PathBuf, extension: &str) -> PathBuf {
    if path.extension().is_none() {
        path.with_extension(extension)
    } else {
        path
    }
}

/// 「sessions/鹤壁市十二届人大常委会第十次会议.ron」-like default for a new file.
fn default_save_path(session: &Session) -> String {
    let folder = std::env::current_dir().unwrap_or_default();
    folder
        .join(format!("{}.ron", session.list_title()))
        .display()
        .to_string()
}

fn select(editor: &mut EditorState, selected: action::Selected) {
    match selected {
        action::Selected::AgendaItem(id) => editor.agenda_item = Some(id),
        action::Selected::Member(id) => editor.member = Some(id),
        action::Selected::Report(id) => {
            editor.report = Some(id);
            editor.section = Section::Reports;
        }
        action::Selected::Resolution(id) => editor.resolution = Some(id),
        action::Selected::Motion(id) => editor.motion = Some(id),
        action::Selected::Evaluation(id) => {
            editor.votes.selection = Some(views::votes::Selection::Evaluation(id));
        }
    }
}

impl eframe::App for HuiwuApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.frame_ui(ui);
    }
}

/// The window's size and title, shared with the start-up probe (`examples/first_frame.rs`).
pub fn native_options() -> eframe::NativeOptions {
    eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_inner_size([1360.0, 860.0])
            .with_min_inner_size([900.0, 600.0])
            .with_title("会务"),
        ..Default::default()
    }
}

/// Opens the window on `file`, else on the last file, else on the start page.
pub fn run(file: Option<PathBuf>) -> ExitCode {
    let config = AppConfig::load();
    let path = file.or_else(|| config.last_existing().map(Path::to_owned));
    let result = eframe::run_native(
        "huiwu",
        native_options(),
        Box::new(move |cc| {
            install_fonts(&cc.egui_ctx);
            let mut app = HuiwuApp::new(None, config, Box::new(NativeDialogs));
            match RecoveryStore::in_config_dir() {
                Some(store) => app = app.with_recovery(store),
                None => app.notice = Some("找不到配置文件夹，自动保存已关闭".to_owned()),
            }
            if let Some(path) = path {
                app.open(&path);
            }
            Ok(Box::new(app))
        }),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("无法打开窗口：{error}");
            ExitCode::FAILURE
        }
    }
}
