//! 发现未保存的修改: the unsaved changes of earlier runs, each to restore or discard.

use super::Answer;
use crate::command::Request;
use crate::io::recovery::RecoveryInfo;

/// The dialog; an entry restored or discarded leaves the list at once.
pub fn recover_ui(ui: &mut egui::Ui, found: &mut Vec<RecoveryInfo>) -> Answer {
    ui.heading("发现未保存的修改");
    ui.label("上次程序意外退出（或断电）时，以下修改尚未保存：");
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
        if info.original_changed_since() {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                "　注意：原文件在此之后已被保存过，恢复将以这些修改为准。",
            );
        }
    }
    let mut answer = Answer::default();
    if let Some((index, restore)) = handled {
        let info = found.remove(index);
        answer.requests.push(if restore {
            Request::Restore(info)
        } else {
            Request::DiscardRecovery(info)
        });
        // Restoring replaces the session: the others wait for the next start.
        answer.close = restore || found.is_empty();
    }
    if ui
        .button("稍后再说")
        .on_hover_text("保留这些文件，下次启动时再问")
        .clicked()
    {
        answer.close = true;
    }
    answer
}
