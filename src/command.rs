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
    /// Something asked for on the body's folder screen.
    Folder(FolderRequest),
    /// Writes documents of the open session (the export dialog's 「导出」) in the background,
    /// reporting each one back to the dialog.
    Export {
        /// Each document with the file it goes to.
        jobs: Vec<(DocKind, PathBuf)>,
        /// The format.
        format: crate::export::Format,
    },
    /// Shows a folder in the system's file manager (「打开所在文件夹」).
    ShowFolderInSystem(PathBuf),
    /// Writes a register of the open body's folder to a file (the year shown, where it has one).
    ExportFolderDoc(
        crate::export::registers::FolderDocKind,
        Option<i32>,
        PathBuf,
    ),
}

/// What the folder screen asks for (its changes to `body.ron` are actions, undoable).
#[derive(Clone, Debug, PartialEq)]
pub enum FolderRequest {
    /// Open this session file of the folder.
    Open(PathBuf),
    /// Start the next session of the folder (written into it at once).
    NewSession,
    /// Read the folder again.
    Refresh,
    /// Ask where to export a register (of the year shown, where it has one).
    Export(crate::export::registers::FolderDocKind, Option<i32>),
    /// Close the folder (back to the start page).
    Close,
    /// 修改登记: lock `body.ron` and show the forms.
    StartEditing,
    /// 完成修改: release `body.ron`.
    StopEditing,
    /// 从表格导入 suggestions: ask for the workbook, for this year where a row has none.
    ImportSuggestions(i32),
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
    /// 快速录入 on the voting console (F5, on the 表决/测评 screen).
    FastEntry,
    /// 全屏 of the hall screen's window, or back (F11, in that window).
    HallFullscreen,
    /// 上移 the selected agenda item (Alt+↑, on the 议程 screen).
    MoveUp,
    /// 下移 the selected agenda item (Alt+↓, on the 议程 screen).
    MoveDown,
}

impl Command {
    /// Every command that has a keyboard shortcut, in the guide's order.
    pub const WITH_SHORTCUTS: [Command; 26] = [
        Self::New,
        Self::Open,
        Self::Save,
        Self::SaveAs,
        Self::Quit,
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
        Self::TextSmaller,
        Self::Print(None),
        Self::Find,
        Self::Guide,
        Self::FastEntry,
        Self::HallFullscreen,
        Self::MoveUp,
        Self::MoveDown,
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
            Self::Redo => "重做".to_owned(),
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
            Self::TextLarger => "放大字号".to_owned(),
            Self::TextSmaller => "缩小字号".to_owned(),
            Self::Import(kind) => format!("导入{}…", kind.label()),
            Self::Print(Some(doc)) => format!("{}…", doc.label()),
            Self::Print(None) => "选择要打印的文件…".to_owned(),
            Self::Find => "查找…".to_owned(),
            Self::Guide => "使用说明".to_owned(),
            Self::FastEntry => "表决/测评：快速录入".to_owned(),
            Self::HallFullscreen => "大屏幕窗口：全屏".to_owned(),
            Self::MoveUp => "上移选中的议题".to_owned(),
            Self::MoveDown => "下移选中的议题".to_owned(),
        }
    }

    /// What the command does, for its tooltip (the shortcuts are added by [`Self::tooltip`]).
    pub fn description(self) -> String {
        match self {
            Self::New => "新建一次会议，沿用当前会议或从空白开始".to_owned(),
            Self::Open => "打开会议文件或常委会文件夹".to_owned(),
            Self::Save => "保存到当前文件".to_owned(),
            Self::SaveAs => "保存到另一个文件".to_owned(),
            Self::Reload => "按磁盘上的文件重新读取，放弃未保存的修改".to_owned(),
            Self::Quit => "关闭窗口，有未保存的修改时先询问".to_owned(),
            Self::Undo => "撤销上一步修改".to_owned(),
            Self::Redo => "重做撤销的修改".to_owned(),
            Self::Show(section) => format!("显示{}", section.label()),
            Self::Export(Some(doc)) => format!("导出{}", doc.label()),
            Self::Export(None) => "选择要导出的文件和格式".to_owned(),
            Self::About => "版本和许可".to_owned(),
            Self::ExportHouseStyle => "把本机关的设置写入文件，供其他会议导入".to_owned(),
            Self::ImportHouseStyle => "从文件读取本机关的设置，可撤销".to_owned(),
            Self::OpenFolder => "打开本届常委会的文件夹".to_owned(),
            Self::NewFolder => "从当前会议新建本届常委会的文件夹".to_owned(),
            Self::ShowFolder => "关闭当前会议，回到常委会文件夹的会议列表".to_owned(),
            Self::Appearance(_) => format!("窗口颜色：{}", self.text()),
            Self::TextSize(_) => format!("字号：{}", self.text()),
            Self::TextLarger => "字号放大一级".to_owned(),
            Self::TextSmaller => "字号缩小一级，最小为标准".to_owned(),
            Self::Import(kind) => format!("从文件或粘贴的文字导入{}", kind.label()),
            Self::Print(Some(doc)) => format!("打印{}", doc.label()),
            Self::Print(None) => "选择要打印的文件".to_owned(),
            Self::Find => "在会议的各部分中查找文字".to_owned(),
            Self::Guide => "按办会顺序说明各项工作和快捷键".to_owned(),
            Self::FastEntry => "只用键盘依次录入待表决事项".to_owned(),
            Self::HallFullscreen => "大屏幕窗口全屏显示，或退出全屏".to_owned(),
            Self::MoveUp => "议程中选中的议题上移一位".to_owned(),
            Self::MoveDown => "议程中选中的议题下移一位".to_owned(),
        }
    }

    /// The keyboard shortcuts, the usual one first; none for most menu-only commands.
    pub fn shortcuts(self) -> Vec<KeyboardShortcut> {
        let ctrl = Modifiers::COMMAND;
        let ctrl_shift = Modifiers::COMMAND | Modifiers::SHIFT;
        let keys: &[(Modifiers, Key)] = match self {
            Self::New => &[(ctrl, Key::N)],
            Self::Open => &[(ctrl, Key::O)],
            Self::Save => &[(ctrl, Key::S)],
            Self::SaveAs => &[(ctrl_shift, Key::S)],
            Self::Quit => &[(ctrl, Key::Q)],
            Self::Undo => &[(ctrl, Key::Z)],
            Self::Redo => &[(ctrl, Key::Y), (ctrl_shift, Key::Z)],
            Self::Show(section) => {
                return section
                    .shortcut_key()
                    .map(|key| vec![KeyboardShortcut::new(ctrl, key)])
                    .unwrap_or_default();
            }
            // Ctrl+0 is 本机关, so the standard size has no shortcut of its own: from 特大,
            // Ctrl+减号 twice is 标准. `=` is `+` without Shift on most keyboards.
            Self::TextLarger => &[(ctrl, Key::Plus), (ctrl, Key::Equals)],
            Self::TextSmaller => &[(ctrl, Key::Minus)],
            Self::Print(None) => &[(ctrl, Key::P)],
            Self::Find => &[(ctrl, Key::F)],
            Self::Guide => &[(Modifiers::NONE, Key::F1)],
            Self::FastEntry => &[(Modifiers::NONE, Key::F5)],
            Self::HallFullscreen => &[(Modifiers::NONE, Key::F11)],
            Self::MoveUp => &[(Modifiers::ALT, Key::ArrowUp)],
            Self::MoveDown => &[(Modifiers::ALT, Key::ArrowDown)],
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
            | Self::Import(_) => &[],
        };
        keys.iter()
            .map(|&(modifiers, key)| KeyboardShortcut::new(modifiers, key))
            .collect()
    }

    /// Whether the window matches the shortcut before drawing; the others are matched where
    /// they act: the hall screen's window (F11) and the agenda's list (Alt+↑/↓), which moves
    /// the item it has selected.
    pub fn matched_by_window(self) -> bool {
        !matches!(self, Self::HallFullscreen | Self::MoveUp | Self::MoveDown)
    }

    /// Every shortcut of `commands` with its command, those with Shift or Alt first: egui
    /// matches Ctrl+S also when Shift is held, so Ctrl+Shift+S must be looked at before it.
    pub fn shortcut_table(
        commands: impl IntoIterator<Item = Command>,
    ) -> Vec<(Command, KeyboardShortcut)> {
        let mut table: Vec<(Command, KeyboardShortcut)> = commands
            .into_iter()
            .flat_map(|command| command.shortcuts().into_iter().map(move |s| (command, s)))
            .collect();
        table.sort_by_key(|(_, shortcut)| {
            std::cmp::Reverse(shortcut.modifiers.shift as u8 + shortcut.modifiers.alt as u8)
        });
        table
    }

    /// The first command of `commands` whose shortcut was pressed, consumed from the input.
    pub fn consume_pressed(
        input: &mut egui::InputState,
        commands: impl IntoIterator<Item = Command>,
    ) -> Option<Command> {
        Self::shortcut_table(commands)
            .into_iter()
            .find(|(_, shortcut)| input.consume_shortcut(shortcut))
            .map(|(command, _)| command)
    }

    /// The shortcuts as the keyboard names them here (「Ctrl+Y / Ctrl+Shift+Z」), empty when
    /// the command has none.
    pub fn shortcut_text(self, ctx: &egui::Context) -> String {
        self.shortcuts()
            .iter()
            .map(|shortcut| ctx.format_shortcut(shortcut))
            .collect::<Vec<_>>()
            .join(" / ")
    }

    /// The tooltip: what the command does, and its shortcuts.
    pub fn tooltip(self, ctx: &egui::Context) -> String {
        let shortcuts = self.shortcut_text(ctx);
        if shortcuts.is_empty() {
            self.description()
        } else {
            format!("{}（{shortcuts}）", self.description())
        }
    }

    /// A menu entry for the command, with its tooltip; returns whether it was clicked.
    pub fn menu_button(self, ui: &mut egui::Ui, enabled: bool) -> bool {
        let mut button = egui::Button::new(self.text());
        if let Some(shortcut) = self.shortcuts().first() {
            button = button.shortcut_text(ui.ctx().format_shortcut(shortcut));
        }
        ui.add_enabled(enabled, button)
            .on_hover_text(self.tooltip(ui.ctx()))
            .clicked()
    }

    /// A menu entry for one of several choices, marked when it is the one in force; returns
    /// whether it was clicked.
    pub fn choice_button(self, ui: &mut egui::Ui, selected: bool) -> bool {
        ui.add(egui::Button::selectable(selected, self.text()))
            .on_hover_text(self.tooltip(ui.ctx()))
            .clicked()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every command, with one of each kind for those that take a value.
    fn every_command() -> Vec<Command> {
        let mut all = Command::WITH_SHORTCUTS.to_vec();
        all.extend([
            Command::Reload,
            Command::About,
            Command::ExportHouseStyle,
            Command::ImportHouseStyle,
            Command::OpenFolder,
            Command::NewFolder,
            Command::ShowFolder,
            Command::Export(None),
            Command::Print(Some(DocKind::Minutes)),
            Command::Export(Some(DocKind::Minutes)),
            Command::Import(crate::import::ImportKind::Roster),
        ]);
        all.extend(
            [
                Appearance::Light,
                Appearance::Dark,
                Appearance::FollowSystem,
            ]
            .map(Command::Appearance),
        );
        all.extend(
            [TextSize::Standard, TextSize::Larger, TextSize::Largest].map(Command::TextSize),
        );
        all
    }

    #[test]
    fn no_two_commands_share_a_shortcut() {
        let table = Command::shortcut_table(every_command());
        for (index, (command, shortcut)) in table.iter().enumerate() {
            for (other, again) in &table[index + 1..] {
                assert!(
                    shortcut != again,
                    "{shortcut:?} is given to {command:?} and {other:?}"
                );
            }
        }
        // Every command with a shortcut is listed, and every section has its Ctrl+number.
        for command in every_command() {
            assert_eq!(
                !command.shortcuts().is_empty(),
                Command::WITH_SHORTCUTS.contains(&command),
                "{command:?}"
            );
        }
        for section in Section::ALL {
            assert!(Command::WITH_SHORTCUTS.contains(&Command::Show(section)));
        }
    }

    #[test]
    fn shift_and_alt_shortcuts_are_matched_before_the_plain_ones() {
        let table = Command::shortcut_table(Command::WITH_SHORTCUTS);
        let position = |command: Command, key: Key, shift: bool| {
            table
                .iter()
                .position(|(c, s)| {
                    *c == command && s.logical_key == key && s.modifiers.shift == shift
                })
                .unwrap()
        };
        assert!(position(Command::SaveAs, Key::S, true) < position(Command::Save, Key::S, false));
        assert!(position(Command::Redo, Key::Z, true) < position(Command::Undo, Key::Z, false));
    }

    #[test]
    fn every_command_has_text_and_a_tooltip_with_its_shortcuts() {
        let ctx = egui::Context::default();
        for command in every_command() {
            assert!(!command.text().is_empty(), "{command:?}");
            assert!(!command.description().is_empty(), "{command:?}");
            let tooltip = command.tooltip(&ctx);
            for shortcut in command.shortcuts() {
                assert!(
                    tooltip.contains(&ctx.format_shortcut(&shortcut)),
                    "{command:?}: {tooltip}"
                );
            }
        }
        assert!(Command::Redo.tooltip(&ctx).contains(" / "));
    }
}
