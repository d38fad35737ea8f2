//! The window: shortcuts → menus and views → modal dialogs → pending requests → actions →
//! undo point → title and close. File operations are in [`files`], the route of every request
//! that opens, saves or closes in [`commands`], each dialog in `views/dialogs/`.

mod commands;
mod drop;
mod export;
mod files;
mod folder;
mod print;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use egui::{RichText, Ui};

use crate::action::{self, Action};
use crate::command::{Command, Intent, Request};
use crate::dialogs::{FileDialogs, NativeDialogs};
use crate::document::Document;
use crate::export::DocKind;
use crate::io::config::{AppConfig, Appearance, TextSize};
use crate::io::lock;
use crate::io::recovery::{AUTOSAVE_EVERY_SECONDS, DamagedRecovery, RecoveryInfo, RecoveryStore};
use crate::io::stamp::{DiskState, FileStamp};
use crate::sender::Sender;
use crate::views::dialogs::{self, DialogContext, Modal};
use crate::views::start::{StartListing, start_ui};
use crate::views::{self, EditorState, Section};

/// The bundled Chinese font (Noto Sans CJK SC, subset; SIL OFL 1.1, see assets/fonts).
const CJK_FONT: &[u8] = include_bytes!("../../assets/fonts/NotoSansCJKsc-Regular-subset.otf");

/// The example session, offered on the start page when the program runs from its folder.
const EXAMPLE_SESSION: &str = "sessions/hebi-12-09.ron";

/// The example body's folder, offered likewise.
const EXAMPLE_FOLDER: &str = "sessions/hebi-12";

/// Installs the bundled font first for all text, so every machine shows the same glyphs;
/// egui's own fonts stay as fallbacks for symbols.
pub fn install_fonts(ctx: &egui::Context) {
    let mut fonts = egui::FontDefinitions::default();
    fonts.font_data.insert(
        "noto_cjk".to_owned(),
        std::sync::Arc::new(egui::FontData::from_static(CJK_FONT)),
    );
    let fallback = system_cjk_font();
    if let Some(data) = &fallback {
        fonts
            .font_data
            .insert("system_cjk".to_owned(), std::sync::Arc::clone(data));
    }
    for family in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
        let names = fonts.families.entry(family).or_default();
        names.insert(0, "noto_cjk".to_owned());
        // Last: only for the characters the bundled subset lacks (traditional characters of a
        // name imported from Big5, rare characters of a name).
        if fallback.is_some() {
            names.push("system_cjk".to_owned());
        }
    }
    ctx.set_fonts(fonts);
    // Both themes' styles: the sizes must not change with the colours (setting only the style
    // in force left the light theme at egui's smaller defaults).
    ctx.all_styles_mut(|style| {
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

/// Where systems keep a CJK font with traditional and rare characters, with the face to take in
/// a collection: Debian's Noto CJK and WenQuanYi, Windows' 微软雅黑 and 宋体, macOS's 苹方.
const SYSTEM_CJK_FONTS: [(&str, u32); 7] = [
    ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),
    ("/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc", 2),
    ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    ("C:\\Windows\\Fonts\\msyh.ttc", 0),
    ("C:\\Windows\\Fonts\\simsun.ttc", 0),
    ("/System/Library/Fonts/PingFang.ttc", 0),
];

/// The system's CJK font, read once per run; `None` where there is none. The bundled font is a
/// subset of simplified Chinese: without this, a character outside it would show as nothing.
pub fn system_cjk_font() -> Option<std::sync::Arc<egui::FontData>> {
    static FONT: std::sync::OnceLock<Option<std::sync::Arc<egui::FontData>>> =
        std::sync::OnceLock::new();
    FONT.get_or_init(|| {
        SYSTEM_CJK_FONTS.iter().find_map(|(path, index)| {
            let bytes = std::fs::read(path).ok()?;
            let mut data = egui::FontData::from_owned(bytes);
            data.index = *index;
            Some(std::sync::Arc::new(data))
        })
    })
    .clone()
}

/// The notice after a removal: what it removed, when, and the session right after it.
struct UndoNotice {
    /// 「已删除议题「…」」.
    text: String,
    /// When it happened (egui time).
    since: f64,
    /// The session right after the removal: 撤销 is offered while the session is still this.
    after: crate::model::Session,
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
    /// The open body's folder, if any: its screen shows when no session is open.
    pub folder: Option<views::folder::FolderView>,
    /// Where the summaries of folders' sessions are remembered; `None`: every opening reads
    /// every session (tests).
    folder_cache: Option<crate::io::folder_cache::SummaryCache>,
    config: AppConfig,
    dialogs: Box<dyn FileDialogs>,
    modal: Option<Modal>,
    /// The export dialog, while open.
    export_dialog: Option<views::export_dialog::ExportDialog>,
    /// The export the export dialog asked for, while its worker writes it.
    export_job: Option<export::ExportJob>,
    /// The find window (Ctrl+F), while open.
    find: Option<views::dialogs::find::FindDialog>,
    /// The session changed since the find window last searched it.
    find_stale: bool,
    /// 使用说明, while open.
    guide: Option<views::guide::GuideState>,
    /// Where unsaved changes are autosaved; `None` turns autosave off (tests, no config folder).
    recovery: Option<RecoveryStore>,
    /// When (egui time, seconds) the recovery file, the lock and the disk were last seen to.
    last_autosave: f64,
    last_lock_refresh: f64,
    last_disk_check: f64,
    /// What the views, dialogs, menus and shortcuts asked for this frame: carried out after
    /// drawing, in [`commands`], then one undo point.
    sender: Sender,
    notice: Option<String>,
    /// What the last removal removed, with 「撤销」 beside it.
    undo_notice: Option<UndoNotice>,
    allow_close: bool,
    title: String,
    /// The colours and type size last given to egui; `None` before the first frame.
    applied_look: Option<(Appearance, TextSize)>,
    /// Whether the problem list (问题) is open.
    problems_open: bool,
    /// The folder the path dialog lists, read after drawing.
    path_listing: Option<views::dialogs::path::FolderListing>,
    /// What the start page shows of the disk, read after drawing.
    start_listing: StartListing,
    /// When (egui time, seconds) the start page's files were last looked at.
    start_listed: f64,
}

impl HuiwuApp {
    /// The app on `document` (or the start page), with `dialogs` for choosing files.
    pub fn new(
        document: Option<Document>,
        config: AppConfig,
        dialogs: Box<dyn FileDialogs>,
    ) -> Self {
        let mut editor = EditorState::default();
        // Who records at the console: the computer's user until the operator types a name.
        editor.votes.operator = crate::io::lock::user_name();
        Self {
            document,
            editor,
            folder: None,
            folder_cache: None,
            config,
            dialogs,
            modal: None,
            export_dialog: None,
            export_job: None,
            find: None,
            find_stale: false,
            guide: None,
            recovery: None,
            last_autosave: 0.0,
            last_lock_refresh: 0.0,
            last_disk_check: 0.0,
            sender: Sender::default(),
            notice: None,
            undo_notice: None,
            allow_close: false,
            title: String::new(),
            applied_look: None,
            problems_open: false,
            path_listing: None,
            start_listing: StartListing::default(),
            start_listed: f64::NEG_INFINITY,
        }
        .with_start_listing()
    }

    /// The start page's files looked at now.
    fn with_start_listing(mut self) -> Self {
        self.list_start_page();
        self
    }

    /// Reads the folder the path dialog lists when the path typed (or the dialog) changed: after
    /// drawing and after the requests (so that a dialog just opened lists at its first frame),
    /// never while the dialog draws.
    fn list_path_dialog_folder(&mut self, ctx: &egui::Context) {
        match &self.modal {
            Some(Modal::Path { purpose, text, .. }) if purpose.reads() => {
                if !self.path_listing.as_ref().is_some_and(|l| l.is_of(text)) {
                    self.path_listing = Some(views::dialogs::path::FolderListing::read(text));
                    ctx.request_repaint();
                }
            }
            _ => self.path_listing = None,
        }
    }

    /// Looks at the files the start page lists (recent files, the examples, the last
    /// session's folder): after drawing, never while the page draws.
    fn list_start_page(&mut self) {
        let last_session = self.last_session_file();
        self.start_listing = StartListing::read(
            &self.config.recent_files,
            Path::new(EXAMPLE_SESSION),
            Path::new(EXAMPLE_FOLDER),
            last_session.as_deref(),
        );
    }

    /// Remembers the summaries of folders' sessions in `cache` between openings.
    pub fn with_folder_cache(mut self, cache: crate::io::folder_cache::SummaryCache) -> Self {
        self.folder_cache = Some(cache);
        self
    }

    /// Turns on autosave into `store`, and offers the unsaved changes it holds from earlier runs.
    pub fn with_recovery(mut self, store: RecoveryStore) -> Self {
        let scan = store.scan();
        self.recovery = Some(store);
        self.offer_recoveries(scan.found, scan.damaged);
        self
    }

    /// Offers to restore unsaved changes from an earlier run (after a crash or power cut), and
    /// tells of the recovery files that could not be read.
    pub fn offer_recoveries(&mut self, found: Vec<RecoveryInfo>, damaged: Vec<DamagedRecovery>) {
        if !found.is_empty() || !damaged.is_empty() {
            self.modal = Some(Modal::Recover { found, damaged });
        }
    }

    /// Moves the autosave, lock and disk clocks on by `seconds`, as if that much time had
    /// passed (tests use it instead of waiting).
    pub fn pretend_time_passed(&mut self, seconds: f64) {
        self.last_autosave -= seconds;
        self.last_lock_refresh -= seconds;
        self.last_disk_check -= seconds;
        self.start_listed -= seconds;
        if let Some(view) = &mut self.folder {
            view.disk_checked -= seconds;
        }
    }

    /// Queues a command as if chosen from the menu (used by tests too).
    pub fn queue(&mut self, command: Command) {
        self.sender.command(command);
    }

    /// The export dialog, while it is open (tests set its folder).
    pub fn export_dialog_mut(&mut self) -> Option<&mut views::export_dialog::ExportDialog> {
        self.export_dialog.as_mut()
    }

    /// The message shown in the status bar after the last file operation.
    pub fn notice(&self) -> Option<&str> {
        self.notice.as_deref()
    }

    /// The program's settings (recent files, colours, type size) as they stand.
    pub fn config(&self) -> &AppConfig {
        &self.config
    }

    /// A fresh editor for a newly opened session. The operator at the console stays; reopening
    /// the same file (重新载入 after a change on disk) also keeps the hall screen as it is, so
    /// that the projector does not go dark in the middle of a sitting.
    pub(super) fn reset_editor(&mut self, same_file: bool) {
        let votes = std::mem::take(&mut self.editor.votes);
        self.editor = EditorState::default();
        self.editor.votes.operator = votes.operator;
        if same_file {
            self.editor.votes.hall_open = votes.hall_open;
            self.editor.votes.hall = votes.hall;
        }
    }

    /// Gives egui the colours and the type size of the settings, when they changed (and on
    /// the first frame).
    fn apply_look(&mut self, ctx: &egui::Context) {
        let look = (self.config.appearance, self.config.text_size);
        if self.applied_look == Some(look) {
            return;
        }
        ctx.options_mut(|options| {
            // Where the desktop says nothing, 跟随系统 means light, as office programs are.
            options.fallback_theme = egui::Theme::Light;
            // Our own 字号 commands take Ctrl+加号/减号; Ctrl+0 is 本机关.
            options.zoom_with_keyboard = false;
        });
        ctx.set_theme(match look.0 {
            Appearance::Light => egui::ThemePreference::Light,
            Appearance::Dark => egui::ThemePreference::Dark,
            Appearance::FollowSystem => egui::ThemePreference::System,
        });
        ctx.set_zoom_factor(look.1.zoom_factor());
        self.applied_look = Some(look);
    }

    /// Changes the colours or the type size and keeps them for the next run.
    pub(super) fn set_look(&mut self, appearance: Appearance, text_size: TextSize) {
        if (self.config.appearance, self.config.text_size) != (appearance, text_size) {
            self.config.appearance = appearance;
            self.config.text_size = text_size;
            self.config.store();
        }
    }

    /// Draws one frame.
    pub fn frame_ui(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        self.apply_look(&ctx);
        if crate::io::shutdown::termination_requested() {
            self.terminate(&ctx);
        }
        self.handle_close_request(&ctx);
        // A dialog has the keyboard: no shortcut reaches what is behind it (Ctrl+Z behind
        // 「确认宣布结果」 would change the record the question is about).
        let dialog_open =
            self.modal.is_some() || self.export_dialog.is_some() || self.editor.votes.has_dialog();
        if !dialog_open
            && let Some(command) = ctx.input_mut(|i| {
                Command::consume_pressed(
                    i,
                    Command::WITH_SHORTCUTS
                        .into_iter()
                        .filter(|c| c.matched_by_window()),
                )
            })
        {
            self.sender.command(command);
        }
        // The screens draw from what is derived of the session: derived before the first frame
        // of a newly opened one (else a screen would see an empty hall, a roster of none).
        if let Some(document) = &mut self.document
            && !document.has_status()
        {
            document.refresh_status();
        }
        egui::Panel::top("menu").show(ui, |ui| self.menu_bar_ui(ui));
        self.warning_bar_ui(ui);
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
                    views::section_ui(
                        ui,
                        &mut document.session,
                        &document.derived,
                        &mut self.editor,
                        &mut self.sender,
                    );
                });
            }
            None if self.folder.is_some() => {
                egui::CentralPanel::default().show(ui, |ui| self.folder_screen_ui(ui));
            }
            None => {
                let listing = &self.start_listing;
                let sender = &mut self.sender;
                egui::CentralPanel::default().show(ui, |ui| start_ui(ui, listing, sender));
            }
        }
        self.hall_ui(&ctx);
        self.problems_ui(&ctx);
        self.undo_notice_ui(&ctx);
        self.export_dialog_ui(&ctx);
        self.find_ui(&ctx);
        if let Some(guide) = &mut self.guide
            && !views::guide::guide_ui(&ctx, guide)
        {
            self.guide = None;
        }
        self.modal_ui(&ctx);
        self.dropped_files_ui(&ctx);
        // Drawing is done: what was asked for is carried out now, requests first (they may
        // queue actions of their own, applied with the views' in the same undo step).
        let requests = self.sender.take_requests();
        // Only input other than pointer motion, a command or an action can change the session;
        // the whole-session comparisons below run only then (or while typing settles).
        let may_have_changed = !requests.is_empty()
            || !self.sender.actions().is_empty()
            || ctx.input(|i| {
                i.pointer.any_down()
                    || i.events.iter().any(|e| {
                        !matches!(e, egui::Event::PointerMoved(_) | egui::Event::MouseMoved(_))
                    })
            });
        if !requests.is_empty() {
            // A request may open a dialog or change the screen: draw the result at once.
            ctx.request_repaint();
        }
        self.find_stale |= !requests.is_empty() || !self.sender.actions().is_empty();
        let ran_requests = !requests.is_empty();
        for request in requests {
            self.run_request(request, &ctx);
        }
        self.list_path_dialog_folder(&ctx);
        let mut actions = self.sender.take_actions();
        // Changes to the body's folder go to it (one each: each is saved at once, and undone
        // by 撤销 on its screen); the rest to the session.
        let (body_edits, session_actions): (Vec<Action>, Vec<Action>) = actions
            .drain(..)
            .partition(|action| matches!(action, Action::Body(_)));
        for action in body_edits {
            if let Action::Body(edit) = action {
                self.edit_body(*edit);
            }
        }
        let actions = session_actions;
        if let Some(document) = &mut self.document {
            let mut changed = false;
            let mut barrier = false;
            let mut typing = false;
            let mut removal_notice = None;
            for action in actions {
                let notice = action.removal_notice(&document.session);
                let (is_barrier, is_typing) = (action.is_barrier(), action.is_typing());
                match action::apply(&mut document.session, action) {
                    Ok(selected) => {
                        if let Some(selected) = selected {
                            select(&mut self.editor, selected);
                        }
                        if notice.is_some() {
                            removal_notice = notice;
                        }
                        barrier |= is_barrier;
                        typing |= is_typing;
                        changed |= !is_typing;
                    }
                    Err(error) => self.modal = Some(Modal::Error(error.to_string())),
                }
            }
            if let Some(text) = removal_notice {
                // The notice's 撤销 undoes this step, and only while it is the latest one.
                self.undo_notice = Some(UndoNotice {
                    text,
                    since: ctx.input(|i| i.time),
                    after: document.session.clone(),
                });
            }
            if barrier {
                // The official record: undo never goes back across it.
                document.checkpoint_barrier();
            } else if changed {
                document.checkpoint();
            } else if typing || may_have_changed || document.undo_settling() {
                document.feed_undo(ctx.input(|i| i.time));
            }
            if may_have_changed || document.undo_settling() || !document.has_status() {
                document.refresh_status();
            }
        }
        let time = ctx.input(|i| i.time);
        if self.document.is_none() && self.folder.is_some() {
            self.watch_folder(&ctx);
        } else if self.document.is_none()
            && (ran_requests || time - self.start_listed >= DISK_CHECK_EVERY_SECONDS)
        {
            // The start page: what a request did (a file opened, closed, remembered) or did
            // elsewhere shows on it.
            self.start_listed = time;
            let before = self.start_listing.clone();
            self.list_start_page();
            if self.start_listing != before {
                ctx.request_repaint();
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
                // Said in the bar that stays, not in a notice the next one would hide.
                document.lock = None;
                document.lock_problem = Some(error.to_string());
            }
        }
        if time - self.last_disk_check >= DISK_CHECK_EVERY_SECONDS {
            self.last_disk_check = time;
            match document.stamp.as_ref().map(FileStamp::disk_state) {
                Some(DiskState::Changed) => {
                    document.set_file_missing(false);
                    if self.modal.is_none() {
                        self.modal = Some(Modal::ChangedOnDisk);
                    }
                }
                // Gone (deleted, moved, the shared folder unreachable): keep the session,
                // count it unsaved, say so; saving recreates the file.
                Some(DiskState::Missing) => document.set_file_missing(true),
                Some(DiskState::Unchanged) => document.set_file_missing(false),
                None => {}
            }
        }
        ctx.request_repaint_after(std::time::Duration::from_secs(5));
    }

    /// Asked to stop (logging out, shutting down): unsaved changes go to the recovery file, which
    /// is kept for the next start, the lock goes, and the window closes without asking.
    fn terminate(&mut self, ctx: &egui::Context) {
        if self.allow_close {
            return;
        }
        if let Some(document) = &mut self.document {
            if document.is_dirty()
                && let Some(store) = &self.recovery
            {
                let _ = store.write_recovery(
                    &document.session,
                    document.path.as_deref(),
                    chrono::Local::now(),
                );
            }
            document.lock = None;
        }
        self.allow_close = true;
        ctx.send_viewport_cmd(egui::ViewportCommand::Close);
    }

    /// The notice after a removal, with 「撤销」 right there; it goes after 12 seconds.
    fn undo_notice_ui(&mut self, ctx: &egui::Context) {
        let Some(notice) = &self.undo_notice else {
            return;
        };
        let now = ctx.input(|i| i.time);
        // Gone after 12 seconds, and as soon as a later step (or an undo) changed the session:
        // 撤销 would then undo something else than what the notice names.
        let still_latest = self
            .document
            .as_ref()
            .is_some_and(|d| d.session == notice.after);
        if now - notice.since > 12.0 || !still_latest {
            self.undo_notice = None;
            return;
        }
        let text = notice.text.clone();
        ctx.request_repaint_after(std::time::Duration::from_millis(500));
        egui::Area::new(egui::Id::unique("undo_notice"))
            .anchor(egui::Align2::CENTER_BOTTOM, egui::vec2(0.0, -44.0))
            .order(egui::Order::Foreground)
            .show(ctx, |ui| {
                egui::Frame::popup(ui.style()).show(ui, |ui| {
                    ui.horizontal(|ui| {
                        ui.label(text.as_str());
                        if ui.button(RichText::new("撤销").strong()).clicked() {
                            self.sender.send(Request::Command(Command::Undo));
                            self.undo_notice = None;
                        }
                        if ui.small_button("×").on_hover_text("关闭提示").clicked() {
                            self.undo_notice = None;
                        }
                    });
                });
            });
    }

    /// The problem list, in a window of its own beside the editor: a click goes to the place.
    fn problems_ui(&mut self, ctx: &egui::Context) {
        let Some(document) = &self.document else {
            return;
        };
        if !self.problems_open {
            return;
        }
        let mut open = true;
        let mut clicked = None;
        egui::Window::new("问题")
            .open(&mut open)
            .default_width(520.0)
            .anchor(egui::Align2::RIGHT_BOTTOM, egui::vec2(-12.0, -40.0))
            .show(ctx, |ui| {
                clicked = views::problems_ui(ui, &document.derived.problems);
            });
        if let Some(place) = clicked {
            views::go_to(&mut self.editor, &place);
        }
        self.problems_open = open;
    }

    /// The export dialog, as a modal window over the editor.
    fn export_dialog_ui(&mut self, ctx: &egui::Context) {
        self.poll_export();
        let (Some(dialog), Some(document)) = (&mut self.export_dialog, &self.document) else {
            return;
        };
        let sender = &mut self.sender;
        let response = egui::Modal::new(egui::Id::unique("export_dialog"))
            .show(ctx, |ui| dialog.ui(ui, &document.session, sender));
        let escaped = response.should_close() && !dialog.is_running();
        if response.inner || escaped {
            if let Some((_, Ok(path))) = dialog.results.last() {
                self.notice = Some(format!("已导出到 {}", path.display()));
            }
            self.export_dialog = None;
        }
    }

    /// The find window, while open: a hit clicked (or Enter) shows its screen and selects it.
    fn find_ui(&mut self, ctx: &egui::Context) {
        let (Some(find), Some(document)) = (&mut self.find, &self.document) else {
            return;
        };
        let stale = std::mem::take(&mut self.find_stale);
        let (go, close) = find.ui(ctx, &document.session, stale);
        if let Some(place) = go {
            go_to(&mut self.editor, place);
        }
        if close {
            self.find = None;
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
        let view = views::hall::hall_view(&document.session, &self.editor.votes.hall);
        let sender = &mut self.sender;
        let builder = egui::ViewportBuilder::default()
            .with_title("会务 — 大屏幕")
            .with_inner_size([1280.0, 720.0]);
        let closed = ctx.show_viewport_immediate(hall_viewport(), builder, |ui, _class| {
            // The hall screen stays dark whatever the console's colours: light type on a
            // dark ground is what a projector shows best to the back of a hall.
            let dark = ui.ctx().style_of(egui::Theme::Dark);
            let frame = if view.screen == views::hall::HallScreen::Blank {
                egui::Frame::central_panel(&dark).fill(egui::Color32::BLACK)
            } else {
                egui::Frame::central_panel(&dark)
            };
            egui::CentralPanel::default().frame(frame).show(ui, |ui| {
                ui.set_style(dark.clone());
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Min), |ui| {
                    let fullscreen = ui.input(|i| i.viewport().fullscreen.unwrap_or(false));
                    let toggle = ui
                        .small_button(if fullscreen {
                            "退出全屏"
                        } else {
                            "全屏（F11）"
                        })
                        .on_hover_text(Command::HallFullscreen.tooltip(ui.ctx()))
                        .clicked()
                        || ui.input_mut(|i| {
                            Command::consume_pressed(i, [Command::HallFullscreen]).is_some()
                        });
                    if toggle {
                        sender.command(Command::HallFullscreen);
                    }
                });
                views::hall::hall_ui(ui, &view);
            });
            ui.input(|i| i.viewport().close_requested())
        });
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
        let (can_undo, can_redo) = if has_document {
            (status.can_undo, status.can_redo)
        } else {
            self.body_can_undo_redo()
        };
        let mut chosen = None;
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("文件", |ui| {
                let has_folder = self.folder.is_some();
                for (command, enabled) in [
                    (Command::New, true),
                    (Command::Open, true),
                    (Command::OpenFolder, true),
                    (Command::NewFolder, true),
                    (Command::ShowFolder, has_folder && has_document),
                    (Command::Save, has_document),
                    (Command::SaveAs, has_document),
                ] {
                    if command.menu_button(ui, enabled) {
                        chosen = Some(command);
                    }
                }
                ui.separator();
                ui.menu_button("打印", |ui| {
                    for group in [&DocKind::PUBLISHED[..], &DocKind::PAPERS[..]] {
                        for doc in group {
                            if Command::Print(Some(*doc)).menu_button(ui, has_document) {
                                chosen = Some(Command::Print(Some(*doc)));
                            }
                        }
                        ui.separator();
                    }
                    if Command::Print(None).menu_button(ui, has_document) {
                        chosen = Some(Command::Print(None));
                    }
                });
                ui.separator();
                for command in [Command::ExportHouseStyle, Command::ImportHouseStyle] {
                    if command.menu_button(ui, has_document) {
                        chosen = Some(command);
                    }
                }
                ui.menu_button("导入", |ui| {
                    for kind in crate::import::ImportKind::ALL {
                        if Command::Import(kind).menu_button(ui, has_document) {
                            chosen = Some(Command::Import(kind));
                        }
                    }
                });
                ui.menu_button("最近打开", |ui| {
                    if self.config.recent_files.is_empty() {
                        ui.weak("（无）");
                    }
                    for path in self.config.recent_files.clone() {
                        if ui.button(path.display().to_string()).clicked() {
                            self.sender.send(Request::Intent(Intent::Open(path)));
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
                ui.separator();
                if Command::Find.menu_button(ui, has_document) {
                    chosen = Some(Command::Find);
                }
            });
            ui.menu_button("导出", |ui| {
                if Command::Export(None).menu_button(ui, has_document) {
                    chosen = Some(Command::Export(None));
                }
                for group in [&DocKind::PUBLISHED[..], &DocKind::PAPERS[..]] {
                    ui.separator();
                    for doc in group {
                        if Command::Export(Some(*doc)).menu_button(ui, has_document) {
                            chosen = Some(Command::Export(Some(*doc)));
                        }
                    }
                }
            });
            ui.menu_button("视图", |ui| {
                for section in Section::ALL {
                    if Command::Show(section).menu_button(ui, has_document) {
                        chosen = Some(Command::Show(section));
                    }
                }
                ui.separator();
                ui.menu_button("外观", |ui| {
                    for appearance in Appearance::ALL {
                        let command = Command::Appearance(appearance);
                        if command.choice_button(ui, self.config.appearance == appearance) {
                            chosen = Some(command);
                        }
                    }
                });
                ui.menu_button("字号", |ui| {
                    for size in TextSize::ALL {
                        let command = Command::TextSize(size);
                        if command.choice_button(ui, self.config.text_size == size) {
                            chosen = Some(command);
                        }
                    }
                    ui.separator();
                    for command in [Command::TextLarger, Command::TextSmaller] {
                        if command.menu_button(ui, true) {
                            chosen = Some(command);
                        }
                    }
                });
            });
            ui.menu_button("帮助", |ui| {
                if Command::Guide.menu_button(ui, true) {
                    chosen = Some(Command::Guide);
                }
                ui.separator();
                if Command::About.menu_button(ui, true) {
                    chosen = Some(Command::About);
                }
            });
        });
        if let Some(command) = chosen {
            self.sender.command(command);
        }
    }

    /// The warnings that matter, in a bar that stays until they no longer hold.
    fn warning_bar_ui(&mut self, ui: &mut Ui) {
        let warnings = self
            .document
            .as_ref()
            .map(Document::warnings)
            .unwrap_or_default();
        if warnings.is_empty() {
            return;
        }
        let fill = egui::Color32::from_rgb(0xff, 0xf3, 0xcd);
        egui::Panel::top("warnings")
            .frame(egui::Frame::new().fill(fill).inner_margin(6.0))
            .show(ui, |ui| {
                for warning in warnings {
                    ui.label(
                        RichText::new(format!("注意：{warning}"))
                            .color(egui::Color32::from_rgb(0x66, 0x4d, 0x03)),
                    );
                }
            });
    }

    fn status_bar_ui(&mut self, ui: &mut Ui) {
        ui.horizontal(|ui| {
            let Some(document) = &self.document else {
                match (&self.folder, &self.notice) {
                    (Some(_), Some(notice)) => ui.label(notice.as_str()),
                    (Some(view), None) => ui.label(format!(
                        "常委会文件夹：{}（会议{}次）",
                        view.opened().path.display(),
                        view.opened().summaries().count()
                    )),
                    (None, _) => ui.label("未打开会议"),
                };
                return;
            };
            // Say plainly where the work is: a new session has no file yet, whatever it holds.
            match (&document.path, document.status().dirty) {
                (None, _) => {
                    ui.label(
                        RichText::new("新会议，尚未保存为文件（Ctrl+S 保存）")
                            .color(egui::Color32::from_rgb(0xb2, 0x6a, 0x00)),
                    );
                }
                (Some(path), dirty) => {
                    ui.label(format!("文件：{}", path.display()));
                    if dirty {
                        ui.label(
                            RichText::new("● 有改动未保存")
                                .color(egui::Color32::from_rgb(0xb2, 0x6a, 0x00)),
                        );
                    } else {
                        ui.weak("所有改动已保存");
                    }
                }
            }
            ui.separator();
            let counts = document.status().attendance;
            ui.label(crate::wording::attendance::counts_line(counts));
            ui.label(views::attendance::quorum_text(counts));
            ui.separator();
            let problems = &document.derived.problems;
            let errors = problems
                .iter()
                .filter(|p| p.severity == crate::model::check::Severity::Error)
                .count();
            let text = match (errors, problems.len()) {
                (_, 0) => RichText::new("问题：无"),
                (0, n) => RichText::new(format!("提示{n}条")),
                (e, n) => RichText::new(format!("错误{e}条，提示{}条", n - e))
                    .color(views::votes::RED)
                    .strong(),
            };
            if ui
                .selectable_label(self.problems_open, text)
                .on_hover_text("列出检查发现的问题，点击可转到该处")
                .clicked()
            {
                self.problems_open = !self.problems_open;
            }
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

    /// Draws the modal dialog, if any; its answer is carried out after drawing.
    fn modal_ui(&mut self, ctx: &egui::Context) {
        let Some(mut modal) = self.modal.take() else {
            return;
        };
        let context = DialogContext {
            document_name: self
                .document
                .as_ref()
                .map_or_else(String::new, Document::display_name),
            session_number: self.document.as_ref().map(|d| d.session.details.number),
            file_dialogs: self.dialogs.as_ref(),
            session: self.document.as_ref().map(|d| &d.session),
            selected_report: self.editor.report,
            document_path: self.document.as_ref().and_then(|d| d.path.as_deref()),
            listing: self.path_listing.as_ref(),
        };
        let close = dialogs::modal_ui(ctx, &mut modal, &context, &mut self.sender);
        if !close && self.modal.is_none() {
            self.modal = Some(modal);
        }
    }
}

/// The hall screen's window.
fn hall_viewport() -> egui::ViewportId {
    egui::ViewportId::from_hash_of("hall_screen")
}

/// 全屏 of the hall screen's window, or back.
pub(super) fn toggle_hall_fullscreen(ctx: &egui::Context) {
    let fullscreen = ctx.input_for(hall_viewport(), |i| {
        i.viewport().fullscreen.unwrap_or(false)
    });
    ctx.send_viewport_cmd_to(
        hall_viewport(),
        egui::ViewportCommand::Fullscreen(!fullscreen),
    );
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

/// Shows the screen of a place the find window found, with its part selected.
fn go_to(editor: &mut EditorState, place: crate::model::search::Place) {
    use crate::model::search::Place;
    match place {
        Place::Details => editor.section = Section::Overview,
        Place::AgendaItem(id) => {
            editor.section = Section::Agenda;
            editor.agenda_item = Some(id);
        }
        Place::Member(id) => {
            editor.section = Section::Attendance;
            editor.member = Some(id);
        }
        Place::ObserverUnit(_) => editor.section = Section::Observers,
        Place::Report { report, .. } => {
            editor.section = Section::Reports;
            editor.report = Some(report);
        }
        Place::Resolution { resolution, .. } => {
            editor.section = Section::Resolutions;
            editor.resolution = Some(resolution);
        }
        Place::Motion(id) => {
            editor.section = Section::Appointments;
            editor.motion = Some(id);
        }
        Place::Evaluation(id) => {
            editor.section = Section::Votes;
            editor.votes.selection = Some(views::votes::Selection::Evaluation(id));
        }
    }
}

impl eframe::App for HuiwuApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.frame_ui(ui);
    }
}

/// The window's size, title and icon, shared with the start-up probe (`examples/first_frame.rs`).
pub fn native_options() -> eframe::NativeOptions {
    let mut viewport = egui::ViewportBuilder::default()
        .with_inner_size([1360.0, 860.0])
        .with_min_inner_size([900.0, 600.0])
        .with_title("会务")
        // The desktop entry's name (huiwu.desktop): its icon and name in the task bar.
        .with_app_id("huiwu");
    if let Some(icon) = views::icon::window_icon() {
        viewport = viewport.with_icon(icon);
    }
    eframe::NativeOptions {
        viewport,
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
            // Wake an idle window at once when the system asks the program to stop.
            let waker = cc.egui_ctx.clone();
            crate::io::shutdown::on_termination(move || waker.request_repaint());
            let mut app = HuiwuApp::new(None, config, Box::new(NativeDialogs));
            if let Some(cache) = crate::io::folder_cache::SummaryCache::in_cache_dir() {
                app = app.with_folder_cache(cache);
            }
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
