//! The window's modal dialogs, one file each. A dialog only draws and answers: its buttons send
//! [`crate::command::Request`]s through the one [`Sender`], which the app carries out after
//! drawing, as it does menu commands; each dialog returns whether it closes.

pub mod about;
pub mod changed_on_disk;
pub mod error;
pub mod find;
pub mod import;
pub mod locked;
pub mod new_session;
pub mod path;
pub mod recover;
pub mod save_over_changed;
pub mod unsaved;

use crate::command::Intent;
use crate::dialogs::FileDialogs;
use crate::io::recovery::{DamagedRecovery, RecoveryInfo};
use crate::sender::Sender;

pub use path::PathPurpose;

/// The modal dialog shown, if any.
#[derive(Clone, Debug, PartialEq)]
pub enum Modal {
    /// Unsaved changes would be lost: 保存 / 不保存 / 取消.
    Unsaved {
        /// What the person asked for.
        then: Intent,
    },
    /// A typed path, to open or to save as.
    Path {
        /// What the path is for.
        purpose: PathPurpose,
        /// The path as typed.
        text: String,
        /// Why the last try failed.
        error: Option<String>,
    },
    /// 新建会议: following the open session, or empty.
    NewSession,
    /// Something went wrong.
    Error(String),
    /// 关于.
    About,
    /// Unsaved changes found from an earlier run, and recovery files that could not be read.
    Recover {
        /// What can be restored.
        found: Vec<RecoveryInfo>,
        /// What could not be read (already moved aside); told once.
        damaged: Vec<DamagedRecovery>,
    },
    /// Someone else is editing the file.
    Locked {
        /// The file.
        path: std::path::PathBuf,
        /// Who and since when.
        message: String,
    },
    /// The file changed on disk while open.
    ChangedOnDisk,
    /// Saving would overwrite someone else's version.
    SaveOverChanged {
        /// What to do once saved.
        then: Option<Intent>,
    },
    /// 导入: the file to read, then the preview.
    Import(Box<import::ImportDialog>),
}

/// What a dialog needs to know of the window.
pub struct DialogContext<'a> {
    /// The open document's file name, 「未命名」 for a new one.
    pub document_name: String,
    /// The open session's number, to offer the next one.
    pub session_number: Option<u32>,
    /// The file dialogs behind 「浏览…」.
    pub file_dialogs: &'a dyn FileDialogs,
    /// The open session, for previews against it.
    pub session: Option<&'a crate::model::Session>,
    /// The report selected in the editor, which a report import may replace.
    pub selected_report: Option<crate::model::ReportId>,
    /// The open document's file, if it has one: a recovery offer says whether it is of it.
    pub document_path: Option<&'a std::path::Path>,
    /// The folder the path dialog lists, as last read.
    pub listing: Option<&'a path::FolderListing>,
}

/// Draws `modal` over the window and sends what it answered to `sender`; returns whether it
/// closes. Escape closes only the dialogs that ask nothing.
pub fn modal_ui(
    ctx: &egui::Context,
    modal: &mut Modal,
    context: &DialogContext<'_>,
    sender: &mut Sender,
) -> bool {
    let mut close = false;
    let response = egui::Modal::new(egui::Id::unique("huiwu_modal")).show(ctx, |ui| {
        ui.set_max_width(560.0);
        close = match modal {
            Modal::Unsaved { then } => unsaved::unsaved_ui(ui, then, context, sender),
            Modal::Path {
                purpose,
                text,
                error,
            } => path::path_ui(ui, purpose, text, error, context, sender),
            Modal::NewSession => new_session::new_session_ui(ui, context, sender),
            Modal::Error(message) => error::error_ui(ui, message),
            Modal::About => about::about_ui(ui),
            Modal::Recover { found, damaged } => {
                recover::recover_ui(ui, found, damaged, context, sender)
            }
            Modal::Locked { path, message } => locked::locked_ui(ui, path, message, sender),
            Modal::ChangedOnDisk => changed_on_disk::changed_on_disk_ui(ui, context, sender),
            Modal::SaveOverChanged { then } => {
                save_over_changed::save_over_changed_ui(ui, then, sender)
            }
            Modal::Import(dialog) => import::import_ui(ui, dialog, context, sender),
        };
    });
    let asks_nothing = matches!(modal, Modal::NewSession | Modal::Error(_) | Modal::About);
    close || (response.should_close() && asks_nothing)
}
