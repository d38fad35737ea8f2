//! 文件正被他人编辑: 只读打开 / 强制打开 / 取消.

use std::path::Path;

use super::Answer;
use crate::command::{OpenMode, Request};

/// The dialog for `path`; `message` says who has it open and since when.
pub fn locked_ui(ui: &mut egui::Ui, path: &Path, message: &str) -> Answer {
    ui.heading("文件正被他人编辑");
    ui.add(egui::Label::new(message).wrap());
    let mut answer = Answer::default();
    ui.horizontal(|ui| {
        if ui.button("只读打开").clicked() {
            answer = Answer::then(Request::Open(path.to_owned(), OpenMode::ReadOnly));
        }
        if ui
            .button("强制打开")
            .on_hover_text("确认对方已不在编辑（例如对方程序已崩溃）时使用")
            .clicked()
        {
            answer = Answer::then(Request::Open(path.to_owned(), OpenMode::TakeOver));
        }
        if ui.button("取消").clicked() {
            answer = Answer::close();
        }
    });
    answer
}
