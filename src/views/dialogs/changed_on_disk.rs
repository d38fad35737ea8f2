//! 文件已在别处被修改: reload the version on disk, or keep the window's.

use super::DialogContext;
use crate::command::{Command, Request};
use crate::sender::Sender;

/// The dialog.
pub fn changed_on_disk_ui(
    ui: &mut egui::Ui,
    context: &DialogContext<'_>,
    sender: &mut Sender,
) -> bool {
    ui.heading("文件已在别处被修改");
    ui.label(format!(
        "「{}」在打开之后已被其他程序或他人修改。",
        context.document_name
    ));
    let mut close = false;
    ui.horizontal(|ui| {
        if ui
            .button("重新载入")
            .on_hover_text("载入磁盘上的新版本，放弃本窗口中的修改")
            .clicked()
        {
            sender.send(Request::Command(Command::Reload));
            close = true;
        }
        if ui
            .button("保留我的版本")
            .on_hover_text("保存时会再次询问")
            .clicked()
        {
            sender.send(Request::KeepMine);
            close = true;
        }
    });
    close
}
