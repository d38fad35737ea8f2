//! 列席: units of non-voting attendees with their people, in print order.

use egui::Ui;

use super::widgets::{delete_button, joined_list_field, move_buttons, screen_heading};
use crate::action::Action;
use crate::model::{ObserverUnitId, Session};

/// The observers screen.
pub fn observers_ui(ui: &mut Ui, session: &mut Session, actions: &mut Vec<Action>) {
    ui.horizontal(|ui| {
        screen_heading(ui, "列席人员");
        ui.weak("列席人员不计入应到人数和法定人数，不参加表决");
    });
    ui.horizontal(|ui| {
        if ui.button("＋ 添加列席单位").clicked() {
            actions.push(Action::AddObserverUnit);
        }
        ui.weak("姓名之间用「、」分隔；拖动 ≡ 调整单位顺序");
    });
    ui.separator();
    let ids: Vec<ObserverUnitId> = session.observers.iter().map(|u| u.id).collect();
    let len = ids.len();
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let response = egui_dnd::dnd(ui, egui::Id::unique("observers_dnd")).show(
                ids.iter().copied().enumerate(),
                |ui, (index, id), handle, _| {
                    let Some(unit) = session.observers.get_mut(index) else {
                        return;
                    };
                    ui.horizontal(|ui| {
                        handle.ui(ui, |ui| {
                            ui.label("≡");
                        });
                        ui.add(
                            egui::TextEdit::singleline(&mut unit.unit)
                                .desired_width(200.0)
                                .hint_text("单位，如：市人民政府"),
                        );
                        joined_list_field(
                            ui,
                            &mut unit.names,
                            ui.available_width() - 150.0,
                            "姓名、姓名",
                        );
                        ui.weak(format!("{}人", unit.names.len()));
                        if let Some(to) = move_buttons(ui, index, len) {
                            actions.push(Action::MoveObserverUnit { from: index, to });
                        }
                        if delete_button(ui, "列席单位") {
                            actions.push(Action::DeleteObserverUnit(id));
                        }
                    });
                },
            );
            if let Some(update) = response.final_update() {
                let to = if update.to > update.from {
                    update.to - 1
                } else {
                    update.to
                };
                actions.push(Action::MoveObserverUnit {
                    from: update.from,
                    to,
                });
            }
            ui.add_space(12.0);
            ui.collapsing("列席人员名单预览", |ui| {
                ui.label(crate::export::lists::observers_list(session));
            });
        });
}
