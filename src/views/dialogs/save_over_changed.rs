//! 保存将覆盖他人的修改: 覆盖保存 / 另存为… / 取消.

use crate::command::{Command, Intent, Request};
use crate::sender::Sender;

/// The dialog; `then` is what to do once saved.
pub fn save_over_changed_ui(ui: &mut egui::Ui, then: &Option<Intent>, sender: &mut Sender) -> bool {
    ui.heading("保存将覆盖他人的修改");
    ui.label("磁盘上的文件在打开之后已被其他程序或他人修改。直接保存会覆盖对方的版本。");
    let mut close = false;
    ui.horizontal(|ui| {
        if ui.button("覆盖保存").clicked() {
            sender.send(Request::Save {
                then: then.clone(),
                overwrite_changed: true,
            });
            close = true;
        }
        if ui.button("另存为…").clicked() {
            sender.send(Request::Command(Command::SaveAs));
            close = true;
        }
        if ui.button("取消").clicked() {
            close = true;
        }
    });
    close
}
