//! Exports asked for by the export dialog: written by a worker thread the app starts after
//! drawing, each document reported back to the dialog as it is done.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};

use super::HuiwuApp;
use crate::export::{self, DocKind, Format};
use crate::views::export_dialog::Progress;

impl HuiwuApp {
    /// Starts writing `jobs` of the open session in a worker thread.
    pub(super) fn start_export(
        &mut self,
        jobs: Vec<(DocKind, PathBuf)>,
        format: Format,
        ctx: &egui::Context,
    ) {
        let Some(document) = &self.document else {
            return;
        };
        let session = document.session.clone();
        let (sender, receiver) = channel();
        let ctx = ctx.clone();
        self.export_job = Some(receiver);
        std::thread::spawn(move || {
            for (doc, path) in jobs {
                // The dialog may have been closed: stop quietly when nobody listens.
                if sender.send(Progress::Started(doc)).is_err() {
                    return;
                }
                ctx.request_repaint();
                let result = export::render(&session, doc, format)
                    .and_then(|bytes| export::write_file(&path, &bytes))
                    .map(|()| path)
                    .map_err(|error| error.to_string());
                if sender.send(Progress::Done((doc, result))).is_err() {
                    return;
                }
                ctx.request_repaint();
            }
        });
    }

    /// Hands what the export under way reported to the dialog; forgets the worker once the
    /// dialog has all it asked for (or is closed).
    pub(super) fn poll_export(&mut self) {
        let Some(receiver) = &self.export_job else {
            return;
        };
        match &mut self.export_dialog {
            Some(dialog) => {
                while let Ok(progress) = receiver.try_recv() {
                    dialog.receive(progress);
                }
                if !dialog.is_running() {
                    self.export_job = None;
                }
            }
            None => self.export_job = None,
        }
    }

    /// 「打开所在文件夹」: the folder in the system's file manager; a failure is said in the
    /// export dialog.
    pub(super) fn show_folder_in_system(&mut self, folder: &Path) {
        let result = opener::open(folder).map_err(|error| {
            let reason = match &error {
                opener::OpenError::Io(io) => crate::io::io_reason(io),
                _ => "没有可用的文件管理器".to_owned(),
            };
            format!("无法打开文件夹「{}」：{reason}", folder.display())
        });
        if let Some(dialog) = &mut self.export_dialog {
            dialog.notice = result.err();
        }
    }
}

/// The worker writing an export, as the app hears from it.
pub(super) type ExportJob = Receiver<Progress>;
