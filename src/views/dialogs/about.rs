//! 关于会务: the program's name and icon, its version, what it is for, and the licences of what
//! it bundles.

/// The dialog.
pub fn about_ui(ui: &mut egui::Ui) -> bool {
    ui.horizontal(|ui| {
        if let Some(texture) = crate::views::icon::icon_texture(ui.ctx()) {
            ui.add(
                egui::Image::new(&texture)
                    .fit_to_exact_size(egui::vec2(72.0, 72.0))
                    .alt_text("会务图标"),
            );
        }
        ui.vertical(|ui| {
            ui.heading("会务");
            ui.label(format!("版本 {}", env!("CARGO_PKG_VERSION")));
            ui.label("地方人大常委会会议的准备、记录与发布。");
        });
    });
    ui.separator();
    ui.label(format!(
        "本程序：{} 许可。",
        env!("CARGO_PKG_LICENSE").replace(" OR ", " 或 ")
    ));
    ui.label("界面字体：Noto Sans CJK SC（思源黑体，子集），SIL Open Font License 1.1。");
    ui.label("笔画数据：Unihan（Unicode License）与 cnchar-order（MIT）。");
    ui.label("图标：本项目绘制，许可同本程序。");
    ui.add_space(4.0);
    ui.button("确定").clicked()
}
