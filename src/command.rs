//! Every command of the window with its text and shortcut; menus and shortcuts are built from it.

use std::path::PathBuf;

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::export::DocKind;
use crate::io::config::{Appearance, TextSize};
use crate::io::recovery::RecoveryInfo;
use crate::views::Section;

/// Something that opens, saves or closes: from a menu, a shortcut, or a dialog's button. Every
/// request is queued while drawing and carried out after it, in one place
/// (`HuiwuApp::run_request`), whatever asked for it.
#[derive(Clone, Debug, PartialEq)]
pub enum Request {
    /// A command of the menus and shortcuts.
    Command(Command),
    /// Something that replaces the session: asks about unsaved changes first.
    Intent(Intent),
    /// The same, carried out now: the person has answered about unsaved changes.
    CarryOut(Intent),
    /// Opens a file in a mode.
    Open(PathBuf, OpenMode),
    /// Saves to the document's file (asks where when it has none), then carries out `then`.
    Save {
        /// What to do once saved.
        then: Option<Intent>,
        /// Overwrite a file someone else changed on disk (the person said so).
        overwrite_changed: bool,
    },
    /// Saves to `path` (另存为), then carries out `then`.
    SaveAs {
        /// The file typed or chosen.
        path: PathBuf,
        /// What to do once saved.
        then: Option<Intent>,
    },
    /// Restores the unsaved changes of an earlier run.
    Restore(RecoveryInfo),
    /// Discards the unsaved changes of an earlier run.
    DiscardRecovery(RecoveryInfo),
    /// Forgets this run's own autosave (the person chose 不保存).
    DiscardOwnRecovery,
    /// Keeps the window's version of a file changed on disk; saving asks again.
    KeepMine,
    /// Writes the open session's body and house style to a file (导出本机关设置).
    ExportHouseStyle(PathBuf),
    /// Reads a house-style file and adopts it in the open session (导入本机关设置), undoably.
    ImportHouseStyle(PathBuf),
    /// Reads a file (or pasted text) to import and shows its preview.
    ReadImport {
        /// What is imported.
        kind: crate::import::ImportKind,
        /// The file typed or chosen; `None`: the pasted text.
        path: Option<PathBuf>,
        /// The pasted text.
        pasted: String,
    },
    /// Carries out a confirmed import (one undo step).
    ApplyImport {
        /// What was read.
        pending: Box<crate::import::PendingImport>,
        /// Add or replace.
        mode: crate::import::ImportMode,
        /// The report a report import replaces.
        target: Option<crate::model::ReportId>,
    },
    /// Adds the suggestions of a spreadsheet to the open folder's register, for the year given
    /// to rows without a 年度.
    ImportSuggestions(i32, PathBuf),
    /// Makes `folder` a body's folder (新建常委会文件夹) from the session file `from` (or the
    /// latest the folder holds), then opens it.
    NewFolder {
        /// The folder.
        folder: PathBuf,
        /// The session the body, house style and roster come from.
        from: Option<PathBuf>,
    },
    /// Writes a register of the open body's folder to a file (the year shown, where it has one).
    ExportFolderDoc(
        crate::export::registers::FolderDocKind,
        Option<i32>,
        PathBuf,
    ),
}

/// Something the person asked for that may first need the unsaved-changes question.
#[derive(Clone, Debug, PartialEq)]
pub enum Intent {
    /// Start a new session (empty, or following the open one).
    New {
        /// Follow the open session (same body, roster and units, next number).
        follow_current: bool,
    },
    /// Open this file.
    Open(PathBuf),
    /// Open this file in a mode (read-only, or taking over someone's lock).
    OpenWith(PathBuf, OpenMode),
    /// Ask which file to open.
    AskOpen,
    /// Close the open session and show the list of the body's folder (会议列表).
    ShowFolder,
    /// Close the window.
    Close,
}

/// How a file is opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpenMode {
    /// With our lock.
    Normal,
    /// Without a lock; saving goes to another file.
    ReadOnly,
    /// Taking over the lock of someone who seems to be editing it.
    TakeOver,
}

/// A command the person can give from a menu or the keyboard.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    /// 新建会议 (from the current one or empty).
    New,
    /// 打开.
    Open,
    /// 保存.
    Save,
    /// 另存为.
    SaveAs,
    /// 重新载入: the open file as it is on disk.
    Reload,
    /// 关闭窗口.
    Quit,
    /// 撤销.
    Undo,
    /// 重做.
    Redo,
    /// 重做 (the other shortcut).
    RedoAlt,
    /// Shows a section of the session.
    Show(Section),
    /// Opens the export dialog, with one document chosen or all of them.
    Export(Option<DocKind>),
    /// 关于.
    About,
    /// 导出本机关设置: asks for the file.
    ExportHouseStyle,
    /// 导入本机关设置: asks for the file.
    ImportHouseStyle,
    /// 打开常委会文件夹: asks for the folder.
    OpenFolder,
    /// 新建常委会文件夹: asks for the folder (the open session's, by default), which becomes a
    /// body's folder started from the open session.
    NewFolder,
    /// 会议列表: back to the list of the open body's folder.
    ShowFolder,
    /// 视图 → 外观: the window's colours (kept in the program's settings).
    Appearance(Appearance),
    /// 视图 → 字号: the size of the type (kept in the program's settings).
    TextSize(TextSize),
    /// 放大字号: the next size up.
    TextLarger,
    /// 放大字号 (the other shortcut: `=` is `+` without Shift on most keyboards).
    TextLargerAlt,
    /// 缩小字号: the next size down, down to 标准.
    TextSmaller,
    /// 导入 a roster, a 列席 list or a report: asks for the file (or pasted text).
    Import(crate::import::ImportKind),
    /// 查找: the find window (Ctrl+F).
    Find,
    /// 帮助 → 使用说明 (F1).
    Guide,
    /// 打印: a document as PDF, opened in the system's viewer with its print dialog; without a
    /// document, the export dialog to choose one (Ctrl+P).
    Print(Option<DocKind>),
}

impl Command {
    /// The commands that have keyboard shortcuts, checked every frame.
    pub const WITH_SHORTCUTS: [Command; 24] = [
        Self::New,
        Self::Open,
        Self::SaveAs, // before Save: Ctrl+Shift+S must not also match Ctrl+S
        Self::Save,
        Self::Quit,
        Self::RedoAlt, // before Undo: Ctrl+Shift+Z must not also match Ctrl+Z
        Self::Undo,
        Self::Redo,
        Self::Show(Section::Overview),
        Self::Show(Section::Agenda),
        Self::Show(Section::Attendance),
        Self::Show(Section::Observers),
        Self::Show(Section::Reports),
        Self::Show(Section::Resolutions),
        Self::Show(Section::Appointments),
        Self::Show(Section::Votes),
        Self::Show(Section::Seating),
        Self::Show(Section::HouseStyle),
        Self::TextLarger,
        Self::TextLargerAlt,
        Self::TextSmaller,
        Self::Print(None),
        Self::Find,
        Self::Guide,
    ];

    /// The menu text.
    pub fn text(self) -> String {
        match self {
            Self::New => "新建会议…".to_owned(),
            Self::Open => "打开…".to_owned(),
            Self::Save => "保存".to_owned(),
            Self::SaveAs => "另存为…".to_owned(),
            Self::Reload => "重新载入".to_owned(),
            Self::Quit => "退出".to_owned(),
            Self::Undo => "撤销".to_owned(),
            Self::Redo | Self::RedoAlt => "重做".to_owned(),
            Self::Show(section) => section.label().to_owned(),
            Self::Export(Some(doc)) => format!("{}…", doc.label()),
            Self::Export(None) => "导出文件…".to_owned(),
            Self::About => "关于会务".to_owned(),
            Self::ExportHouseStyle => "导出本机关设置…".to_owned(),
            Self::ImportHouseStyle => "导入本机关设置…".to_owned(),
            Self::OpenFolder => "打开常委会文件夹…".to_owned(),
            Self::NewFolder => "新建常委会文件夹…".to_owned(),
            Self::ShowFolder => "会议列表".to_owned(),
            Self::Appearance(Appearance::Light) => "浅色".to_owned(),
            Self::Appearance(Appearance::Dark) => "深色".to_owned(),
            Self::Appearance(Appearance::FollowSystem) => "跟随系统".to_owned(),
            Self::TextSize(TextSize::Standard) => "标准".to_owned(),
            Self::TextSize(TextSize::Larger) => "较大".to_owned(),
            Self::TextSize(TextSize::Largest) => "特大".to_owned(),
            Self::TextLarger | Self::TextLargerAlt => "放大字号".to_owned(),
            Self::TextSmaller => "缩小字号".to_owned(),
            Self::Import(kind) => format!("导入{}…", kind.label()),
            Self::Print(Some(doc)) => format!("{}…", doc.label()),
            Self::Print(None) => "选择要打印的文件…".to_owned(),
            Self::Find => "查找…".to_owned(),
            Self::Guide => "使用说明".to_owned(),
        }
    }

    /// The keyboard shortcut, if any.
    pub fn shortcut(self) -> Option<KeyboardShortcut> {
        let ctrl = Modifiers::COMMAND;
        let ctrl_shift = Modifiers::COMMAND | Modifiers::SHIFT;
        let key = match self {
            Self::New => (ctrl, Key::N),
            Self::Open => (ctrl, Key::O),
            Self::Save => (ctrl, Key::S),
            Self::SaveAs => (ctrl_shift, Key::S),
            Self::Quit => (ctrl, Key::Q),
            Self::Undo => (ctrl, Key::Z),
            Self::Redo => (ctrl, Key::Y),
            Self::RedoAlt => (ctrl_shift, Key::Z),
            Self::Show(section) => (ctrl, section.shortcut_key()?),
            // Ctrl+0 is 本机关, so the standard size has no shortcut of its own: from 特大,
            // Ctrl+减号 twice is 标准.
            Self::TextLarger => (ctrl, Key::Plus),
            Self::TextLargerAlt => (ctrl, Key::Equals),
            Self::TextSmaller => (ctrl, Key::Minus),
            Self::Print(None) => (ctrl, Key::P),
            Self::Find => (ctrl, Key::F),
            Self::Guide => (Modifiers::NONE, Key::F1),
            Self::Export(_)
            | Self::Print(Some(_))
            | Self::Appearance(_)
            | Self::TextSize(_)
            | Self::About
            | Self::Reload
            | Self::ExportHouseStyle
            | Self::ImportHouseStyle
            | Self::OpenFolder
            | Self::NewFolder
            | Self::ShowFolder
            | Self::Import(_) => return None,
        };
        Some(KeyboardShortcut::new(key.0, key.1))
    }

    /// A menu entry for the command; returns whether it was clicked.
    pub fn menu_button(self, ui: &mut egui::Ui, enabled: bool) -> bool {
        let mut button = egui::Button::new(self.text());
        if let Some(shortcut) = self.shortcut() {
            button = button.shortcut_text(ui.ctx().format_shortcut(&shortcut));
        }
        ui.add_enabled(enabled, button).clicked()
    }

    /// A menu entry for one of several choices, marked when it is the one in force; returns
    /// whether it was clicked.
    pub fn choice_button(self, ui: &mut egui::Ui, selected: bool) -> bool {
        ui.add(egui::Button::selectable(selected, self.text()))
            .clicked()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_two_commands_share_a_shortcut() {
        let shortcuts: Vec<KeyboardShortcut> = Command::WITH_SHORTCUTS
            .iter()
            .filter_map(|c| c.shortcut())
            .collect();
        for (index, shortcut) in shortcuts.iter().enumerate() {
            assert!(
                !shortcuts[index + 1..].contains(shortcut),
                "{shortcut:?} is given twice"
            );
        }
        // Every section has its Ctrl+number.
        for section in Section::ALL {
            assert!(Command::WITH_SHORTCUTS.contains(&Command::Show(section)));
        }
    }
}
