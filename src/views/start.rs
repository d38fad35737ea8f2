//! The start page, shown when no session is open: recent files, 新建会议, 打开.

use std::path::{Path, PathBuf};

use egui::{RichText, Ui};

/// What the person chose on the start page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StartChoice {
    /// Open this file.
    Open(PathBuf),
    /// Show the open dialog.
    Browse,
    /// Show the dialog to open a body's folder.
    BrowseFolder,
    /// Start a new empty session.
    New,
    /// 新建常委会文件夹 (the dialog, with the last session's folder filled in).
    NewFolder,
}

/// The start page; `example` is the bundled example session when it can be found,
/// `example_folder` the example body's folder, `last_session` the session file opened last.
pub fn start_ui(
    ui: &mut Ui,
    recent: &[PathBuf],
    example: Option<&Path>,
    example_folder: Option<&Path>,
    last_session: Option<&Path>,
) -> Option<StartChoice> {
    let mut choice = None;
    ui.vertical_centered(|ui| {
        ui.add_space(60.0);
        ui.label(RichText::new("会务").size(40.0).strong());
        ui.label(RichText::new("人大常委会会议的准备、记录与发布").size(18.0));
        ui.add_space(30.0);
        ui.horizontal(|ui| {
            ui.add_space((ui.available_width() - 650.0).max(0.0) / 2.0);
            if ui
                .add(
                    egui::Button::new(RichText::new("新建会议").size(18.0))
                        .min_size(egui::vec2(120.0, 40.0)),
                )
                .clicked()
            {
                choice = Some(StartChoice::New);
            }
            if ui
                .add(
                    egui::Button::new(RichText::new("打开…").size(18.0))
                        .min_size(egui::vec2(120.0, 40.0)),
                )
                .clicked()
            {
                choice = Some(StartChoice::Browse);
            }
            if ui
                .add(
                    egui::Button::new(RichText::new("打开文件夹…").size(18.0))
                        .min_size(egui::vec2(150.0, 40.0)),
                )
                .on_hover_text("打开常委会文件夹：本届各次会议和登记册")
                .clicked()
            {
                choice = Some(StartChoice::BrowseFolder);
            }
            if ui
                .add(
                    egui::Button::new(RichText::new("新建常委会文件夹…").size(18.0))
                        .min_size(egui::vec2(190.0, 40.0)),
                )
                .on_hover_text("把一个文件夹设为常委会文件夹：常委会设置和组成人员名单取自会议文件，文件夹中的会议文件都归入本届")
                .clicked()
            {
                choice = Some(StartChoice::NewFolder);
            }
        });
        // The folder of the last session: open it as the body's folder, or make it one.
        if let Some(folder) = last_session.and_then(Path::parent) {
            ui.add_space(12.0);
            let folder_text = if folder.as_os_str().is_empty() {
                ".".to_owned()
            } else {
                folder.display().to_string()
            };
            if crate::io::folder::is_body_folder(folder) {
                if ui
                    .link(format!("打开上次会议所在的常委会文件夹（{folder_text}）"))
                    .clicked()
                {
                    choice = Some(StartChoice::Open(folder.to_owned()));
                }
            } else if ui
                .link(format!("把上次会议所在的文件夹设为常委会文件夹（{folder_text}）"))
                .on_hover_text("常委会设置和组成人员名单取自上次的会议文件；文件夹中的会议文件都归入本届")
                .clicked()
            {
                choice = Some(StartChoice::NewFolder);
            }
        }
        ui.add_space(30.0);
        ui.label(RichText::new("最近打开").strong());
        if recent.is_empty() {
            ui.weak("（无）");
        }
        for path in recent {
            let exists = path.is_file() || path.is_dir();
            let text = if path.is_dir() {
                format!("［文件夹］{}　{}", file_name(path), path.display())
            } else {
                format!("{}　{}", file_name(path), path.display())
            };
            if ui
                .add_enabled(exists, egui::Button::new(text).frame(false))
                .clicked()
            {
                choice = Some(StartChoice::Open(path.clone()));
            }
        }
        if let Some(example) = example {
            ui.add_space(20.0);
            if ui
                .link(format!("打开示例会议（{}）", example.display()))
                .clicked()
            {
                choice = Some(StartChoice::Open(example.to_owned()));
            }
        }
        if let Some(folder) = example_folder
            && ui
                .link(format!("打开示例常委会文件夹（{}）", folder.display()))
                .clicked()
        {
            choice = Some(StartChoice::Open(folder.to_owned()));
        }
    });
    choice
}

fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}
