//! 关于会务: the version and the licences of what the program bundles.

use super::Answer;

/// The dialog.
pub fn about_ui(ui: &mut egui::Ui) -> Answer {
    ui.heading("会务");
    ui.label(format!("版本 {}", env!("CARGO_PKG_VERSION")));
    ui.label("地方人大常委会会议的准备、记录与发布。");
    ui.label("界面字体：Noto Sans CJK SC（思源黑体，子集），SIL Open Font License 1.1。");
    ui.label("笔画数据：Unihan（Unicode License）与 cnchar-order（MIT）。");
    if ui.button("确定").clicked() {
        Answer::close()
    } else {
        Answer::default()
    }
}
