//! 出错了: a message in plain Chinese, and 确定.

/// The dialog.
pub fn error_ui(ui: &mut egui::Ui, message: &str) -> bool {
    ui.heading("出错了");
    ui.add(egui::Label::new(message).wrap());
    ui.button("确定").clicked()
}
