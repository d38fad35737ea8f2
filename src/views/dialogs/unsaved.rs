//! 有未保存的修改: 保存 / 不保存 / 取消 before something replaces the session.

use super::{Answer, DialogContext};
use crate::command::{Intent, Request};

/// The dialog; `then` is what the person asked for.
pub fn unsaved_ui(ui: &mut egui::Ui, then: &Intent, context: &DialogContext<'_>) -> Answer {
    ui.heading("有未保存的修改");
    ui.label(format!(
        "「{}」有未保存的修改。是否先保存？",
        context.document_name
    ));
    ui.add_space(8.0);
    let mut answer = Answer::default();
    ui.horizontal(|ui| {
        if ui.button("保存").clicked() {
            answer = Answer::then(Request::Save {
                then: Some(then.clone()),
                overwrite_changed: false,
            });
        }
        if ui.button("不保存").clicked() {
            answer = Answer {
                close: true,
                requests: vec![Request::DiscardOwnRecovery, Request::CarryOut(then.clone())],
            };
        }
        if ui.button("取消").clicked() {
            answer = Answer::close();
        }
    });
    answer
}
