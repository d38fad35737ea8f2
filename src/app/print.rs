//! 打印: a document as PDF in a temporary file, opened in the system's viewer, whose print
//! dialog prints it as the office will see it (the PDF has the layout of the DOCX).

use std::path::PathBuf;

use super::HuiwuApp;
use crate::export::{self, DocKind, Format};

impl HuiwuApp {
    /// Writes `doc` of the open session as PDF to the temporary folder and opens it in the
    /// system's viewer; the status bar says where it is and what happened.
    pub(super) fn print(&mut self, doc: DocKind) {
        let Some(document) = &self.document else {
            return;
        };
        let written = export::render(&document.session, doc, Format::Pdf).and_then(|bytes| {
            let path = print_path(doc);
            if let Some(folder) = path.parent() {
                // A failure here is reported by the write below, naming the file.
                let _ = std::fs::create_dir_all(folder);
            }
            export::write_file(&path, &bytes).map(|()| path)
        });
        self.notice = Some(match written {
            Ok(path) => match self.dialogs.open_in_viewer(&path) {
                Ok(()) => format!(
                    "已在阅读程序中打开{}（PDF），请在其中打印：{}",
                    doc.label(),
                    path.display()
                ),
                Err(reason) => format!(
                    "已生成{}的 PDF，但无法打开（{reason}），请手动打开后打印：{}",
                    doc.label(),
                    path.display()
                ),
            },
            Err(error) => format!("无法打印{}：{error}", doc.label()),
        });
    }
}

/// A file of its own for each print, in the system's temporary folder: a viewer may still hold
/// the previous one open (on Windows it cannot then be replaced).
fn print_path(doc: DocKind) -> PathBuf {
    let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S");
    std::env::temp_dir()
        .join("huiwu-print")
        .join(format!("{}-{stamp}.pdf", doc.label()))
}
