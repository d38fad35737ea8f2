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
}

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
            pending: Vec::new(),
            notice: None,
            allow_close: false,
            title: String::new(),
        }
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
                        views::navigation_ui(ui, &document.session, &mut self.editor);
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
            } else {
                document.feed_undo(ctx.input(|i| i.time));
            }
        }
        self.update_title(&ctx);
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
        let can_undo = self.document.as_ref().is_some_and(Document::can_undo);
        let can_redo = self.document.as_ref().is_some_and(Document::can_redo);
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
            if document.is_dirty() {
                ui.label(
                    RichText::new("● 未保存").color(egui::Color32::from_rgb(0xb2, 0x6a, 0x00)),
                );
            } else {
                ui.weak("已保存");
            }
            ui.separator();
            let counts = document.session.attendance_counts();
            ui.label(format!(
                "应到{} 实到{} 请假{} 缺席{}",
                counts.members, counts.present, counts.on_leave, counts.absent
            ));
            ui.label(views::attendance::quorum_text(&document.session));
            if let Some(notice) = &self.notice {
                ui.separator();
                ui.label(notice);
            }
        });
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let title = match &self.document {
            Some(document) => format!(
                "{}{} — 会务",
                if document.is_dirty() { "● " } else { "" },
                document.display_name()
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
        match files::load(path) {
            Ok(session) => {
                self.document = Some(Document::opened(session, Some(path.to_owned())));
                self.editor = EditorState::default();
                self.config.remember(path);
                self.config.store();
                self.notice = Some(format!("已打开 {}", path.display()));
            }
            Err(error) => self.modal = Some(Modal::Error(error.to_string())),
        }
    }

    /// Saves to the document's file (or asks where); returns whether it was saved.
    fn save(&mut self, then: Option<Intent>) -> bool {
        let Some(document) = &mut self.document else {
            return false;
        };
        let Some(path) = document.path.clone() else {
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
                    let edit = ui.add(
                        egui::TextEdit::singleline(text)
                            .desired_width(520.0)
                            .id(egui::Id::unique("path_field")),
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
        let escaped =
            response.should_close() && !matches!(modal, Modal::Unsaved { .. } | Modal::Path { .. });
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
                files::save(&document.session, &path).map_err(|e| e.to_string())?;
                document.mark_saved(path.clone());
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

/// Opens the window on `file`, else on the last file, else on the start page.
pub fn run(file: Option<PathBuf>) -> ExitCode {
    let config = AppConfig::load();
    let path = file.or_else(|| config.last_existing().map(Path::to_owned));
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_inner_size([1360.0, 860.0])
            .with_min_inner_size([900.0, 600.0])
            .with_title("会务"),
        ..Default::default()
    };
    let result = eframe::run_native(
        "huiwu",
        options,
        Box::new(move |cc| {
            install_fonts(&cc.egui_ctx);
            let mut app = HuiwuApp::new(None, config, Box::new(NativeDialogs));
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
