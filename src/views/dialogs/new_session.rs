//! 新建会议: following the open session (same body, roster and units), or empty.

use super::DialogContext;
use crate::command::{Intent, Request};
use crate::sender::Sender;

/// The dialog.
pub fn new_session_ui(ui: &mut egui::Ui, context: &DialogContext<'_>, sender: &mut Sender) -> bool {
    ui.heading("新建会议");
    let mut close = false;
    if let Some(number) = context.session_number {
        let next = number.saturating_add(1);
        if ui
            .button(format!(
                "延续本次会议（{}）",
                crate::wording::names::session_number(next)
            ))
            .on_hover_text("沿用常委会设置、组成人员（出席状态重置）和列席单位")
            .clicked()
        {
            sender.send(Request::Intent(Intent::New {
                follow_current: true,
            }));
            close = true;
        }
    }
    if ui.button("空白会议").clicked() {
        sender.send(Request::Intent(Intent::New {
            follow_current: false,
        }));
        close = true;
    }
    if ui.button("取消").clicked() {
        close = true;
    }
    close
}
