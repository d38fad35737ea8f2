//! A typed path, to open a session or to save it under a new name (另存为), or to export or
//! import the body's house style, with the files of the folder to pick from and 「浏览…」 for
//! the desktop's own dialog.

use std::path::{Path, PathBuf};

use super::DialogContext;
use crate::command::{Intent, Request};
use crate::sender::Sender;

/// What a typed-path dialog is for.
#[derive(Clone, Debug, PartialEq)]
pub enum PathPurpose {
    /// 打开.
    Open,
    /// 另存为, then carry out `then`.
    SaveAs {
        /// What to do once saved.
        then: Option<Box<Intent>>,
    },
    /// 导出本机关设置: the file to write the house style to.
    ExportHouseStyle,
    /// 导入本机关设置: the house-style file (or a session file) to read.
    ImportHouseStyle,
    /// 打开常委会文件夹: a folder with a `body.ron`.
    OpenFolder,
    /// 新建常委会文件夹: the folder to start, from the session file `from` (or the latest the
    /// folder holds, or nothing).
    NewFolder {
        /// The session the body, house style and roster come from.
        from: Option<PathBuf>,
    },
    /// 导出 a register of the open body's folder (the year shown, where it has one).
    ExportFolderDoc(crate::export::registers::FolderDocKind, Option<i32>),
    /// 从表格导入代表建议 into the open folder, for this year where a row has no 年度.
    ImportSuggestions(i32),
}

impl PathPurpose {
    /// Whether the path names a file to read (and the folder's files are offered).
    pub fn reads(&self) -> bool {
        matches!(
            self,
            Self::Open | Self::ImportHouseStyle | Self::OpenFolder | Self::NewFolder { .. }
        )
    }
}

/// Adds `extension` when the path has none.
pub fn with_extension(path: PathBuf, extension: &str) -> PathBuf {
    if path.extension().is_none() {
        path.with_extension(extension)
    } else {
        path
    }
}

/// The dialog.
pub fn path_ui(
    ui: &mut egui::Ui,
    purpose: &PathPurpose,
    text: &mut String,
    error: &mut Option<String>,
    context: &DialogContext<'_>,
    sender: &mut Sender,
) -> bool {
    let heading = match purpose {
        PathPurpose::Open => "打开会议文件",
        PathPurpose::SaveAs { .. } => "另存为",
        PathPurpose::ExportHouseStyle => "导出本机关设置",
        PathPurpose::ImportHouseStyle => "导入本机关设置",
        PathPurpose::OpenFolder => "打开常委会文件夹",
        PathPurpose::NewFolder { .. } => "新建常委会文件夹",
        PathPurpose::ExportFolderDoc(kind, _) => kind.label(),
        PathPurpose::ImportSuggestions(_) => "从表格导入代表建议",
    };
    ui.heading(heading);
    match purpose {
        PathPurpose::ExportHouseStyle => {
            ui.weak("常委会名称、届次和全部格式设置写入一个文件，可在其他电脑或新会议中导入。");
        }
        PathPurpose::ImportHouseStyle => {
            ui.weak("选择本机关设置文件（.huiwu-body.ron），也可以选择本机关以前的会议文件。导入后替换当前会议的常委会名称和全部格式设置，可撤销。");
        }
        PathPurpose::OpenFolder => {
            ui.weak("常委会文件夹中有常委会的登记（常委会设置、组成人员名单、审议意见、代表建议）和本届各次会议的文件。");
        }
        PathPurpose::NewFolder { from } => {
            ui.weak("常委会文件夹保存本届的常委会设置、组成人员名单、审议意见和代表建议，并汇总其中各次会议的文件。文件夹中已有的会议文件都归入本届；文件夹不存在时新建。");
            match from {
                Some(from) => ui.weak(format!(
                    "常委会名称、格式设置和组成人员名单取自会议文件「{}」（已保存的内容）；它在别处时复制一份到文件夹中，原文件不动。",
                    from.display()
                )),
                None => ui.weak("常委会名称、格式设置和组成人员名单取自文件夹中最近一次会议的文件；没有会议文件时从空白开始，之后在「组成人员」中填写。"),
            };
        }
        PathPurpose::ExportFolderDoc(..) => {
            ui.weak("格式由扩展名决定：.docx、.html、.md、.txt。");
        }
        PathPurpose::ImportSuggestions(year) => {
            ui.weak(format!("Excel 表格（.xlsx）或 CSV（UTF-8 或 GBK）。标题行下为列名，须有「标题」（或「案由」）列；没有「年度」的行记入{year}年度。导入后立即保存到常委会文件夹。"));
        }
        PathPurpose::Open | PathPurpose::SaveAs { .. } => {}
    }
    ui.label(match purpose {
        PathPurpose::OpenFolder | PathPurpose::NewFolder { .. } => "文件夹路径：",
        _ => "文件路径：",
    });
    let edit = crate::views::widgets::named(
        ui.add(
            egui::TextEdit::singleline(text)
                .desired_width(520.0)
                .id(egui::Id::unique("path_field")),
        ),
        "文件路径",
    );
    let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
    if let Some(message) = error.as_deref() {
        ui.colored_label(ui.visuals().error_fg_color, message);
    }
    if purpose.reads() {
        session_files_ui(ui, text, context.listing);
    }
    let mut close = false;
    ui.horizontal(|ui| {
        let confirm = ui.button("确定").clicked() || enter;
        if ui
            .button("浏览…")
            .on_hover_text("使用系统的文件对话框")
            .clicked()
        {
            let folder = Path::new(text.as_str()).parent().map(Path::to_owned);
            let picked = match purpose {
                PathPurpose::Open
                | PathPurpose::ImportHouseStyle
                | PathPurpose::ImportSuggestions(_) => {
                    context.file_dialogs.pick_open(folder.as_deref())
                }
                PathPurpose::OpenFolder => context.file_dialogs.pick_folder(folder.as_deref()),
                PathPurpose::NewFolder { .. } => context
                    .file_dialogs
                    .pick_folder(Some(Path::new(text.as_str()))),
                PathPurpose::SaveAs { .. }
                | PathPurpose::ExportHouseStyle
                | PathPurpose::ExportFolderDoc(..) => {
                    let name = Path::new(text.as_str())
                        .file_name()
                        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
                    let extension = if matches!(purpose, PathPurpose::ExportFolderDoc(..)) {
                        "docx"
                    } else {
                        "ron"
                    };
                    context
                        .file_dialogs
                        .pick_save(folder.as_deref(), &name, extension)
                }
            };
            match picked {
                Some(path) => *text = path.display().to_string(),
                None => {
                    *error =
                        Some("未选择文件（或系统文件对话框不可用）：可以直接输入路径。".to_owned());
                }
            }
        }
        if ui.button("取消").clicked() {
            close = true;
        }
        if confirm {
            match confirmed(purpose, text.trim()) {
                Ok(request) => {
                    sender.send(request);
                    close = true;
                }
                Err(message) => *error = Some(message),
            }
        }
    });
    close
}

/// What a typed path asks for, or why it cannot be taken.
fn confirmed(purpose: &PathPurpose, text: &str) -> Result<Request, String> {
    if text.is_empty() {
        return Err("请输入文件路径".to_owned());
    }
    let path = PathBuf::from(text);
    match purpose {
        PathPurpose::Open | PathPurpose::OpenFolder if crate::io::folder::is_body_folder(&path) => {
            // Opening a folder replaces the session by the folder's list: it asks too.
            Ok(Request::Intent(Intent::Open(path)))
        }
        PathPurpose::OpenFolder => Err(format!(
            "「{}」还不是常委会文件夹：可用「文件 → 新建常委会文件夹…」把它设为常委会文件夹",
            path.display()
        )),
        PathPurpose::NewFolder { .. } if crate::io::folder::is_body_folder(&path) => Err(format!(
            "「{}」已经是常委会文件夹：请用「打开常委会文件夹…」打开它",
            path.display()
        )),
        PathPurpose::NewFolder { .. } if path.exists() && !path.is_dir() => {
            Err(format!("「{}」是文件，不是文件夹", path.display()))
        }
        PathPurpose::NewFolder { from } => Ok(Request::NewFolder {
            folder: path,
            from: from.clone(),
        }),
        PathPurpose::ExportFolderDoc(kind, year) => Ok(Request::ExportFolderDoc(
            *kind,
            *year,
            with_extension(path, "docx"),
        )),
        PathPurpose::ImportSuggestions(year) => {
            if !path.is_file() {
                return Err(format!("找不到文件「{}」", path.display()));
            }
            Ok(Request::ImportSuggestions(*year, path))
        }
        PathPurpose::Open => {
            if !path.is_file() {
                return Err(format!("找不到文件「{}」", path.display()));
            }
            // Opening replaces the session: it asks about unsaved changes first.
            Ok(Request::Intent(Intent::Open(path)))
        }
        PathPurpose::SaveAs { then } => Ok(Request::SaveAs {
            path: with_extension(path, "ron"),
            then: then.as_deref().cloned(),
        }),
        PathPurpose::ExportHouseStyle => Ok(Request::ExportHouseStyle(with_extension(
            path,
            crate::io::HOUSE_STYLE_EXTENSION,
        ))),
        PathPurpose::ImportHouseStyle => {
            if !path.is_file() {
                return Err(format!("找不到文件「{}」", path.display()));
            }
            Ok(Request::ImportHouseStyle(path))
        }
    }
}

/// The session files and folders in the typed folder (or beside the typed file), read by the
/// app after drawing for the path dialog to pick from.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FolderListing {
    /// The path as typed when the folder was read.
    pub typed: String,
    /// Each `.ron` file and folder, sorted, with whether it is a folder.
    pub entries: Vec<(PathBuf, bool)>,
}

impl FolderListing {
    /// Whether the listing is of the path as typed now.
    pub fn is_of(&self, typed: &str) -> bool {
        self.typed == typed
    }

    /// Reads the folder `typed` names (or the one holding the file it names).
    pub fn read(typed: &str) -> Self {
        let path = Path::new(typed);
        let folder = if path.is_dir() {
            path.to_owned()
        } else {
            path.parent().map(Path::to_owned).unwrap_or_default()
        };
        let entries = std::fs::read_dir(if folder.as_os_str().is_empty() {
            Path::new(".")
        } else {
            &folder
        })
        .map(|entries| {
            let mut found: Vec<(PathBuf, bool)> = entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter_map(|p| {
                    let is_dir = p.is_dir();
                    (is_dir || p.extension().is_some_and(|e| e == "ron")).then_some((p, is_dir))
                })
                .collect();
            found.sort();
            found.truncate(200);
            found
        })
        .unwrap_or_default();
        Self {
            typed: typed.to_owned(),
            entries,
        }
    }
}

/// Lists the session files of `listing` (read by the app after drawing, for the path as typed)
/// to pick from.
fn session_files_ui(ui: &mut egui::Ui, text: &mut String, listing: Option<&FolderListing>) {
    let Some(listing) = listing else {
        return;
    };
    if listing.entries.is_empty() {
        return;
    }
    egui::ScrollArea::vertical()
        .max_height(200.0)
        .show(ui, |ui| {
            for (path, is_dir) in &listing.entries {
                let name = path
                    .file_name()
                    .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
                let label = if *is_dir {
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
