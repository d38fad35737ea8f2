//! The export dialog: choose documents and a format, preview the text, ask for the export (the
//! app writes the files in the background and reports the progress back), then say where the
//! files went (with a button to open the folder). The dialog itself writes nothing.

use std::path::{Path, PathBuf};

use egui::{RichText, Ui};

use super::widgets::named;
use crate::command::{Command, Request};
use crate::export::{self, DocKind, Format};
use crate::model::Session;
use crate::sender::Sender;

/// One finished document: where it went, or why it did not.
pub type Outcome = (DocKind, Result<PathBuf, String>);

/// What the export under way reports back to the dialog.
#[derive(Clone, Debug, PartialEq)]
pub enum Progress {
    /// Working on a document.
    Started(DocKind),
    /// A document is done.
    Done(Outcome),
}

/// State of the export dialog.
pub struct ExportDialog {
    /// Documents chosen, in [`DocKind::ALL`] order.
    pub chosen: Vec<DocKind>,
    /// The format.
    pub format: Format,
    /// The folder to write into.
    pub folder: String,
    /// The file name stem (e.g. the session file's name).
    stem: String,
    /// The document previewed, with its text (built once per choice).
    preview: Option<(DocKind, String)>,
    /// The running export, if any.
    running: Option<Running>,
    /// What the last export did.
    pub results: Vec<Outcome>,
    /// A message from opening the folder.
    pub notice: Option<String>,
}

/// The export asked for, while the app writes it.
struct Running {
    total: usize,
    current: Option<DocKind>,
}

impl ExportDialog {
    /// A dialog for `session` saved at `path` (or not yet saved), with `doc` chosen.
    pub fn new(session: &Session, path: Option<&Path>, doc: Option<DocKind>) -> Self {
        let folder = path
            .and_then(Path::parent)
            .map(Path::to_owned)
            .or_else(|| std::env::current_dir().ok())
            .unwrap_or_default();
        let stem = path.and_then(Path::file_stem).map_or_else(
            || session.list_title(),
            |s| s.to_string_lossy().into_owned(),
        );
        // Every document that has something to say: no 测评票 without an evaluation.
        let chosen = doc.map_or_else(
            || {
                DocKind::ALL
                    .into_iter()
                    .filter(|d| export::has_content(session, *d))
                    .collect()
            },
            |d| vec![d],
        );
        Self {
            chosen,
            format: Format::Docx,
            folder: folder.display().to_string(),
            stem,
            preview: None,
            running: None,
            results: Vec::new(),
            notice: None,
        }
    }

    /// The document 「打印…」 prints: the one previewed, else the only one chosen.
    fn to_print(&self) -> Option<DocKind> {
        match (&self.preview, self.chosen.as_slice()) {
            (Some((doc, _)), _) | (None, [doc]) => Some(*doc),
            _ => None,
        }
    }

    /// The file a document goes to.
    pub fn target(&self, doc: DocKind) -> PathBuf {
        Path::new(self.folder.trim()).join(format!(
            "{}-{}.{}",
            self.stem,
            doc.label(),
            self.format.extension()
        ))
    }

    /// Whether an export is under way.
    pub fn is_running(&self) -> bool {
        self.running.is_some()
    }

    /// Asks for the chosen documents to be written: the request the app carries out after
    /// drawing, reporting each document back through [`Self::receive`].
    fn request_export(&mut self) -> Request {
        let jobs: Vec<(DocKind, PathBuf)> = self
            .chosen
            .iter()
            .map(|doc| (*doc, self.target(*doc)))
            .collect();
        self.results.clear();
        self.running = Some(Running {
            total: jobs.len(),
            current: None,
        });
        Request::Export {
            jobs,
            format: self.format,
        }
    }

    /// Takes what the export under way reports.
    pub fn receive(&mut self, progress: Progress) {
        let Some(running) = &mut self.running else {
            return;
        };
        match progress {
            Progress::Started(doc) => running.current = Some(doc),
            Progress::Done(outcome) => self.results.push(outcome),
        }
        if self.results.len() >= running.total {
            self.running = None;
        }
    }

    /// One document of the list: its check box and its 「预览」 button.
    fn document_row_ui(&mut self, ui: &mut Ui, session: &Session, doc: DocKind) {
        let mut checked = self.chosen.contains(&doc);
        ui.horizontal(|ui| {
            if ui.checkbox(&mut checked, doc.label()).changed() {
                if checked {
                    self.chosen.push(doc);
                    self.chosen
                        .sort_by_key(|d| DocKind::ALL.iter().position(|x| x == d));
                } else {
                    self.chosen.retain(|d| *d != doc);
                }
            }
            let previewed = self.preview.as_ref().is_some_and(|(d, _)| *d == doc);
            if ui.selectable_label(previewed, "预览").clicked() {
                self.preview = Some((doc, export::plain_text(session, doc)));
            }
        });
    }

    /// Draws the dialog's contents; returns `true` when the person closes it. It fits a
    /// 1024×768 screen whatever it lists: the preview narrows with the screen and the results of
    /// an export scroll in a box of their own.
    pub fn ui(&mut self, ui: &mut Ui, session: &Session, sender: &mut Sender) -> bool {
        let screen = ui.ctx().content_rect();
        // The modal's frame and margins take about 60 points each way.
        // Three columns of documents take about 640 points of the width.
        let preview_width = (screen.width() - 700.0).clamp(240.0, 480.0);
        let preview_height = (screen.height() - 440.0).clamp(160.0, 380.0);
        let mut close = false;
        ui.heading("导出和打印");
        ui.horizontal(|ui| {
            ui.vertical(|ui| {
                ui.label(RichText::new("文件").strong());
                // What is published after the session beside the papers before and during it,
                // the papers in two columns: the lists stay short enough for a 1024×768 screen.
                let (before, during) = DocKind::PAPERS.split_at(DocKind::PAPERS.len().div_ceil(2));
                ui.horizontal_top(|ui| {
                    for (group, kinds) in [
                        ("会后发布", &DocKind::PUBLISHED[..]),
                        ("会前、会中用", before),
                        ("", during),
                    ] {
                        ui.vertical(|ui| {
                            ui.weak(group);
                            for doc in kinds {
                                self.document_row_ui(ui, session, *doc);
                            }
                        });
                    }
                });
                ui.add_space(6.0);
                ui.label(RichText::new("格式").strong());
                ui.horizontal_wrapped(|ui| {
                    ui.set_max_width(400.0);
                    for format in Format::ALL {
                        ui.radio_value(&mut self.format, format, format.label());
                    }
                });
            });
            ui.separator();
            ui.vertical(|ui| {
                let title = self.preview.as_ref().map_or(
                    "预览（点「预览」查看文字）".to_owned(),
                    |(d, _)| format!("预览：{}", d.label()),
                );
                ui.label(RichText::new(title).strong());
                egui::ScrollArea::vertical()
                    .id_salt("export_preview")
                    .max_height(preview_height)
                    .min_scrolled_width(preview_width)
                    .show(ui, |ui| {
                        ui.set_width(preview_width);
                        if let Some((_, text)) = &self.preview {
                            ui.label(text.as_str());
                        }
                    });
            });
        });
        ui.separator();
        ui.horizontal(|ui| {
            ui.label("导出到文件夹");
            named(
                ui.add_sized([420.0, 24.0], egui::TextEdit::singleline(&mut self.folder)),
                "导出到文件夹",
            );
        });
        if let Some(doc) = self.chosen.first() {
            ui.weak(format!("例如：{}", self.target(*doc).display()));
        }
        if let Some(running) = &self.running {
            let done = self.results.len();
            let current = running.current.map_or("", DocKind::label);
            ui.add(
                egui::ProgressBar::new(done as f32 / running.total.max(1) as f32)
                    .text(format!("正在导出{current}（{done}/{}）", running.total)),
            );
        }
        self.results_ui(ui);
        if let Some(notice) = &self.notice {
            ui.label(notice.as_str());
        }
        ui.horizontal(|ui| {
            let can_start =
                !self.chosen.is_empty() && !self.is_running() && !self.folder.trim().is_empty();
            if ui
                .add_enabled(can_start, egui::Button::new(RichText::new("导出").strong()))
                .clicked()
            {
                sender.send(self.request_export());
            }
            let to_print = self.to_print();
            let print = ui
                .add_enabled(to_print.is_some(), egui::Button::new("打印…"))
                .on_hover_text("生成 PDF，在系统的阅读程序中打开，从那里打印（所预览的文件，或唯一选中的文件）")
                .on_disabled_hover_text("请先「预览」要打印的文件，或只选中一个文件");
            if print.clicked()
                && let Some(doc) = to_print
            {
                sender.command(Command::Print(Some(doc)));
            }
            let exported_any = self.results.iter().any(|(_, r)| r.is_ok());
            if ui
                .add_enabled(exported_any, egui::Button::new("打开所在文件夹"))
                .clicked()
            {
                self.notice = None;
                sender.send(Request::ShowFolderInSystem(PathBuf::from(self.folder.trim())));
            }
            if ui
                .add_enabled(!self.is_running(), egui::Button::new("关闭"))
                .clicked()
            {
                close = true;
            }
        });
        close
    }

    /// What the last export did: a line of totals, then each file in a box that scrolls, so
    /// that twenty-one documents never push the buttons off the screen.
    fn results_ui(&self, ui: &mut Ui) {
        if self.results.is_empty() {
            return;
        }
        let done = self.results.iter().filter(|(_, r)| r.is_ok()).count();
        let failed = self.results.len() - done;
        let summary = if failed == 0 {
            format!("已导出 {done} 个文件。")
        } else {
            format!("已导出 {done} 个文件，{failed} 个未导出（见下）。")
        };
        ui.label(RichText::new(summary).strong());
        egui::ScrollArea::vertical()
            .id_salt("export_results")
            .max_height(72.0)
            .show(ui, |ui| {
                for (doc, result) in &self.results {
                    match result {
                        Ok(path) => ui.label(
                            RichText::new(format!("已导出{}：{}", doc.label(), path.display()))
                                .color(super::votes::GREEN),
                        ),
                        Err(message) => ui.label(
                            RichText::new(format!("{}未导出：{message}", doc.label()))
                                .color(super::votes::RED),
                        ),
                    };
                }
            });
    }
}
