//! 文件正被他人编辑: 只读打开 / 强制打开 / 取消.

use std::path::Path;

use crate::command::{OpenMode, Request};
use crate::sender::Sender;

/// The dialog for `path`; `message` says who has it open and since when.
pub fn locked_ui(ui: &mut egui::Ui, path: &Path, message: &str, sender: &mut Sender) -> bool {
    ui.heading("文件正被他人编辑");
    ui.add(egui::Label::new(message).wrap());
    let mut close = false;
    ui.horizontal(|ui| {
        if ui.button("只读打开").clicked() {
            sender.send(Request::Open(path.to_owned(), OpenMode::ReadOnly));
            close = true;
        }
        if ui
            .button("强制打开")
            .on_hover_text("确认对方已不在编辑（例如对方程序已崩溃）时使用")
            .clicked()
        {
            sender.send(Request::Open(path.to_owned(), OpenMode::TakeOver));
            close = true;
        }
        if ui.button("取消").clicked() {
            close = true;
        }
    });
    close
}
