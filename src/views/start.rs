//! The start page, shown when no session is open: recent files, 新建会议, 打开. It draws from a
//! [`StartListing`] the app reads after drawing, and sends what the person asks for.

use std::path::{Path, PathBuf};

use egui::{RichText, Ui};

use crate::command::{Command, Intent, Request};
use crate::sender::Sender;

/// A file the start page lists, as it was on disk when last looked at.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListedFile {
    /// The file or folder.
    pub path: PathBuf,
    /// Whether it is a folder.
    pub is_dir: bool,
    /// Whether it is still there.
    pub exists: bool,
}

impl ListedFile {
    /// `path` as it is on disk now.
    pub fn read(path: &Path) -> Self {
        let is_dir = path.is_dir();
        Self {
            path: path.to_owned(),
            is_dir,
            exists: is_dir || path.is_file(),
        }
    }
}

/// What the start page shows of the disk, read by the app after drawing (never by the page).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StartListing {
    /// The files opened lately, the latest first.
    pub recent: Vec<ListedFile>,
    /// The bundled example session, when it can be found.
    pub example: Option<PathBuf>,
    /// The example body's folder, when it can be found.
    pub example_folder: Option<PathBuf>,
    /// The folder of the session file opened last, and whether it is a body's folder.
    pub last_folder: Option<(PathBuf, bool)>,
}

impl StartListing {
    /// Looks at the disk: `recent` files, the `example` session and `example_folder` (where
    /// they are), and the folder of `last_session`.
    pub fn read(
        recent: &[PathBuf],
        example: &Path,
        example_folder: &Path,
        last_session: Option<&Path>,
    ) -> Self {
        Self {
            recent: recent.iter().map(|path| ListedFile::read(path)).collect(),
            example: example.is_file().then(|| example.to_owned()),
            example_folder: example_folder.is_dir().then(|| example_folder.to_owned()),
            last_folder: last_session
                .and_then(Path::parent)
                .map(|folder| (folder.to_owned(), crate::io::folder::is_body_folder(folder))),
        }
    }
}

/// The start page, from what `listing` found on disk; what the person asks for goes to
/// `sender`.
pub fn start_ui(ui: &mut Ui, listing: &StartListing, sender: &mut Sender) {
    if let Some(choice) = start_page_ui(ui, listing) {
        sender.send(choice);
    }
}

/// The start page's drawing; returns what the person asked for.
fn start_page_ui(ui: &mut Ui, listing: &StartListing) -> Option<Request> {
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
                choice = Some(Request::Intent(Intent::New {
                    follow_current: false,
                }));
            }
            if ui
                .add(
                    egui::Button::new(RichText::new("打开…").size(18.0))
                        .min_size(egui::vec2(120.0, 40.0)),
                )
                .clicked()
            {
                choice = Some(Request::Intent(Intent::AskOpen));
            }
            if ui
                .add(
                    egui::Button::new(RichText::new("打开文件夹…").size(18.0))
                        .min_size(egui::vec2(150.0, 40.0)),
                )
                .on_hover_text("打开常委会文件夹：本届各次会议和登记册")
                .clicked()
            {
                choice = Some(Request::Command(Command::OpenFolder));
            }
            if ui
                .add(
                    egui::Button::new(RichText::new("新建常委会文件夹…").size(18.0))
                        .min_size(egui::vec2(190.0, 40.0)),
                )
                .on_hover_text("把一个文件夹设为常委会文件夹：常委会设置和组成人员名单取自会议文件，文件夹中的会议文件都归入本届")
                .clicked()
            {
                choice = Some(Request::Command(Command::NewFolder));
            }
        });
        // The folder of the last session: open it as the body's folder, or make it one.
        if let Some((folder, is_body_folder)) = &listing.last_folder {
            let folder = folder.as_path();
            ui.add_space(12.0);
            let folder_text = if folder.as_os_str().is_empty() {
                ".".to_owned()
            } else {
                folder.display().to_string()
            };
            if *is_body_folder {
                if ui
                    .link(format!("打开上次会议所在的常委会文件夹（{folder_text}）"))
                    .clicked()
                {
                    choice = Some(Request::Intent(Intent::Open(folder.to_owned())));
                }
            } else if ui
                .link(format!("把上次会议所在的文件夹设为常委会文件夹（{folder_text}）"))
                .on_hover_text("常委会设置和组成人员名单取自上次的会议文件；文件夹中的会议文件都归入本届")
                .clicked()
            {
                choice = Some(Request::Command(Command::NewFolder));
            }
        }
        ui.add_space(30.0);
        ui.label(RichText::new("最近打开").strong());
        if listing.recent.is_empty() {
            ui.weak("（无）");
        }
        for ListedFile {
            path,
            is_dir,
            exists,
        } in &listing.recent
        {
            let text = if *is_dir {
                format!("［文件夹］{}　{}", file_name(path), path.display())
            } else {
                format!("{}　{}", file_name(path), path.display())
            };
            if ui
                .add_enabled(*exists, egui::Button::new(text).frame(false))
                .clicked()
            {
                choice = Some(Request::Intent(Intent::Open(path.clone())));
            }
        }
        if let Some(example) = &listing.example {
            ui.add_space(20.0);
            if ui
                .link(format!("打开示例会议（{}）", example.display()))
                .clicked()
            {
                choice = Some(Request::Intent(Intent::Open(example.to_owned())));
            }
        }
        if let Some(folder) = &listing.example_folder
            && ui
                .link(format!("打开示例常委会文件夹（{}）", folder.display()))
                .clicked()
        {
            choice = Some(Request::Intent(Intent::Open(folder.to_owned())));
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
