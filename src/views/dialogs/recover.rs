//! 发现未保存的修改: the unsaved changes of earlier runs, each to restore or discard.

use super::DialogContext;
use crate::command::Request;
use crate::io::recovery::{DamagedRecovery, RecoveryInfo};
use crate::sender::Sender;

/// The dialog; an entry restored or discarded leaves the list at once. The damaged files are
/// listed too (they are already kept aside under a new name and will not be offered again).
/// Each entry says where its file is, and an entry of another file than the one open says
/// that restoring it closes the open one.
pub fn recover_ui(
    ui: &mut egui::Ui,
    found: &mut Vec<RecoveryInfo>,
    damaged: &[DamagedRecovery],
    context: &DialogContext<'_>,
    sender: &mut Sender,
) -> bool {
    ui.heading("发现未保存的修改");
    if !found.is_empty() {
        ui.label("上次程序意外退出（或断电）时，以下修改尚未保存：");
    }
    let mut handled = None;
    for (index, info) in found.iter().enumerate() {
        ui.horizontal(|ui| {
            ui.label(info.description());
            if ui.button("恢复").clicked() {
                handled = Some((index, true));
            }
            if ui.button("删除").on_hover_text("放弃这些修改").clicked() {
                handled = Some((index, false));
            }
        });
        let weak = ui.visuals().weak_text_color();
        match (&info.header.original, context.document_path) {
            (Some(original), Some(open)) if crate::io::canonical_session_path(original) != open => {
                ui.colored_label(
                    ui.visuals().warn_fg_color,
                    format!(
                        "　这是文件「{}」的修改，不是当前打开的「{}」；恢复时将关闭「{}」（它有未保存的修改时，请先保存）。",
                        original.display(),
                        context.document_name,
                        context.document_name
                    ),
                );
            }
            (Some(original), _) => {
                ui.colored_label(weak, format!("　文件位置：{}", original.display()));
            }
            (None, _) => {}
        }
        if info.original_changed_since() {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                "　注意：原文件在此之后已被保存过，恢复将以这些修改为准。",
            );
        }
    }
    if !damaged.is_empty() {
        ui.add_space(6.0);
        ui.label(egui::RichText::new("无法恢复的文件").strong());
        for file in damaged {
            ui.add(
                egui::Label::new(
                    egui::RichText::new(file.description()).color(ui.visuals().warn_fg_color),
                )
                .wrap(),
            );
        }
    }
    let mut close = false;
    if let Some((index, restore)) = handled {
        let info = found.remove(index);
        sender.send(if restore {
            Request::Restore(info)
        } else {
            Request::DiscardRecovery(info)
        });
        // Restoring replaces the session: the others wait for the next start.
        close = restore || (found.is_empty() && damaged.is_empty());
    }
    let later = if found.is_empty() {
        "知道了"
    } else {
        "稍后再说"
    };
    if ui
        .button(later)
        .on_hover_text("保留这些文件，下次启动时再问")
        .clicked()
    {
        close = true;
    }
    close
}
