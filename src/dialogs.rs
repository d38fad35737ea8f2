//! Native file dialogs behind one small interface, so that tests never open them and the window
//! always has a way on (a typed path) when no native dialog is available.

use std::path::{Path, PathBuf};

/// Chooses files for opening and saving.
pub trait FileDialogs {
    /// A file to open, starting in `folder`; `None` when cancelled or unavailable.
    fn pick_open(&self, folder: Option<&Path>) -> Option<PathBuf>;
    /// A file to save to, starting in `folder` with `name`; `None` when cancelled or unavailable.
    fn pick_save(&self, folder: Option<&Path>, name: &str, extension: &str) -> Option<PathBuf>;
    /// A folder to open (a body's folder), starting in `folder`; `None` when cancelled or
    /// unavailable (the default: only the typed path).
    fn pick_folder(&self, folder: Option<&Path>) -> Option<PathBuf> {
        let _ = folder;
        None
    }
    /// Opens a file in the program the desktop has for it (a PDF to print: the system's viewer
    /// with its print dialog). The default opens nothing and says so (tests, no desktop).
    fn open_in_viewer(&self, path: &Path) -> Result<(), String> {
        let _ = path;
        Err("没有可用的阅读程序".to_owned())
    }
}

/// The desktop's own dialogs (through rfd; on Linux the desktop portal).
pub struct NativeDialogs;

impl FileDialogs for NativeDialogs {
    fn pick_open(&self, folder: Option<&Path>) -> Option<PathBuf> {
        let mut dialog = rfd::FileDialog::new()
            .add_filter("会议文件", &["ron"])
            .set_title("打开会议文件");
        if let Some(folder) = folder {
            dialog = dialog.set_directory(folder);
        }
        dialog.pick_file()
    }

    fn pick_save(&self, folder: Option<&Path>, name: &str, extension: &str) -> Option<PathBuf> {
        let mut dialog = rfd::FileDialog::new()
            .set_file_name(name)
            .add_filter(extension, &[extension])
            .set_title("保存");
        if let Some(folder) = folder {
            dialog = dialog.set_directory(folder);
        }
        dialog.save_file()
    }

    fn pick_folder(&self, folder: Option<&Path>) -> Option<PathBuf> {
        let mut dialog = rfd::FileDialog::new().set_title("打开常委会文件夹");
        if let Some(folder) = folder {
            dialog = dialog.set_directory(folder);
        }
        dialog.pick_folder()
    }

    fn open_in_viewer(&self, path: &Path) -> Result<(), String> {
        // xdg-open (or the copy opener bundles) on Linux, the shell's own on Windows and macOS.
        opener::open(path).map_err(|error| match &error {
            opener::OpenError::Io(io) => crate::io::io_reason(io),
            _ => "系统中没有可以打开 PDF 的程序".to_owned(),
        })
    }
}

/// No dialogs at all: the typed path is the only way (tests, and machines without a portal).
pub struct TypedPathOnly;

impl FileDialogs for TypedPathOnly {
    fn pick_open(&self, _folder: Option<&Path>) -> Option<PathBuf> {
        None
    }

    fn pick_save(&self, _folder: Option<&Path>, _name: &str, _extension: &str) -> Option<PathBuf> {
        None
    }
}
