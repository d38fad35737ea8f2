//! 有未保存的修改: 保存 / 不保存 / 取消 before something replaces the session.

use super::DialogContext;
use crate::command::{Intent, Request};
use crate::sender::Sender;

/// The dialog; `then` is what the person asked for.
pub fn unsaved_ui(
    ui: &mut egui::Ui,
    then: &Intent,
    context: &DialogContext<'_>,
    sender: &mut Sender,
) -> bool {
    ui.heading("有未保存的修改");
    ui.label(format!(
        "「{}」有未保存的修改。是否先保存？",
        context.document_name
    ));
    ui.add_space(8.0);
    let mut close = false;
    ui.horizontal(|ui| {
        if ui.button("保存").clicked() {
            sender.send(Request::Save {
                then: Some(then.clone()),
                overwrite_changed: false,
            });
            close = true;
        }
        if ui.button("不保存").clicked() {
            sender.send(Request::DiscardOwnRecovery);
            sender.send(Request::CarryOut(then.clone()));
            close = true;
        }
        if ui.button("取消").clicked() {
            close = true;
        }
    });
    close
}
