//! A file dropped on the window, as office programs take them: a session or a body's folder
//! opens (asking first about unsaved changes), a report (.docx, .txt) or a list (.xlsx, .xls,
//! .csv) starts the import preview; while files are dragged over, the window says what will
//! happen.

use std::path::PathBuf;

use super::HuiwuApp;
use crate::command::{Intent, Request};
use crate::import::{DroppedFile, dropped_file};

impl HuiwuApp {
    /// Takes the files dropped on the window this frame (the first of several), and marks the
    /// window while files are dragged over it.
    pub(super) fn dropped_files_ui(&mut self, ctx: &egui::Context) {
        let (hovering, dropped): (bool, Vec<PathBuf>) = ctx.input(|i| {
            (
                !i.raw.hovered_files.is_empty(),
                i.raw
                    .dropped_files
                    .iter()
                    .map(|file| file.path().to_owned())
                    .collect(),
            )
        });
        if hovering {
            let screen = ctx.content_rect();
            let painter = ctx.layer_painter(egui::LayerId::new(
                egui::Order::Foreground,
                egui::Id::unique("drop_overlay"),
            ));
            painter.rect_filled(screen, 0.0, egui::Color32::from_black_alpha(120));
            painter.text(
                screen.center(),
                egui::Align2::CENTER_CENTER,
                "松开鼠标：打开会议文件或常委会文件夹，导入报告或名单",
                egui::FontId::proportional(24.0),
                egui::Color32::WHITE,
            );
        }
        let Some(path) = dropped.first() else {
            return;
        };
        let more = if dropped.len() > 1 {
            format!("（一次处理一个文件，其余{}个未处理）", dropped.len() - 1)
        } else {
            String::new()
        };
        match dropped_file(path) {
            DroppedFile::Open => {
                self.sender
                    .send(Request::Intent(Intent::Open(path.clone())));
                if !more.is_empty() {
                    self.notice = Some(format!("正在打开「{}」{more}", path.display()));
                }
            }
            DroppedFile::Import(kind) if self.document.is_some() => {
                self.sender.send(Request::ReadImport {
                    kind,
                    path: Some(path.clone()),
                    pasted: String::new(),
                });
                self.notice = Some(format!(
                    "正在读取「{}」，作为{}导入；不对时可取消，从「文件 → 导入」选择{more}",
                    path.display(),
                    kind.label()
                ));
            }
            DroppedFile::Import(kind) => {
                self.notice = Some(format!(
                    "请先打开或新建会议，再拖入{}文件「{}」",
                    kind.label(),
                    path.display()
                ));
            }
            DroppedFile::Unknown => {
                let old_word = path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
                    matches!(e.to_ascii_lowercase().as_str(), "doc" | "wps" | "et")
                });
                self.notice = Some(if old_word {
                    format!(
                        "无法读取「{}」：请在 Word 或 WPS 中另存为 .docx（表格另存为 .xlsx）后再拖入",
                        path.display()
                    )
                } else {
                    format!(
                        "会务不读取「{}」这类文件：可拖入会议文件（.ron）、常委会文件夹、报告（.docx、.txt）或名单（.xlsx、.csv）",
                        path.display()
                    )
                });
            }
        }
    }
}
