//! 列席: units of non-voting attendees with their people, in print order.

use egui::Ui;

use super::widgets::{delete_button, joined_list_field, move_buttons, screen_heading};
use crate::action::Action;
use crate::model::Session;

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
    // The printed list's preview stays below the list, which scrolls above it.
    egui::Panel::bottom("observers_preview")
        .show_separator_line(false)
        .show(ui, |ui| {
            ui.collapsing("列席人员名单预览", |ui| {
                egui::ScrollArea::vertical()
                    .id_salt("observers_preview_text")
                    .max_height(320.0)
                    .show(ui, |ui| {
                        ui.label(crate::export::lists::observers_list(session));
                    });
            });
        });
    let len = session.observers.len();
    // The names take what the row's other fields leave, measured once: a width taken from each
    // row's own `available_width` grew from row to row past the window's edge.
    let names_width = (ui.available_width() - ROW_FIXED_WIDTH).max(160.0);
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show_rows(ui, ROW_HEIGHT, len, |ui, rows| {
            let response =
                egui_dnd::dnd(ui, egui::Id::unique("observers_dnd")).show_custom(|ui, iter| {
                    for index in rows {
                        let Some(id) = session.observers.get(index).map(|u| u.id) else {
                            continue;
                        };
                        // The same item id as `Dnd::show` gives the pair (index, id).
                        iter.next(
                            ui,
                            egui::Id::unique((index, id)),
                            index,
                            true,
                            |ui, item| {
                                item.ui(ui, |ui, handle, _| {
                                    unit_row_ui(ui, session, index, names_width, handle, actions);
                                })
                            },
                        );
                    }
                });
            if let Some((from, to)) = super::widgets::dnd_final_move(&response) {
                actions.push(Action::MoveObserverUnit { from, to });
            }
        });
}

/// Height of a row of the list (its fields' height); only the rows in view are drawn.
const ROW_HEIGHT: f32 = 26.0;

/// The width of a row without the names: handle, unit, count, move and delete buttons, spacing.
const ROW_FIXED_WIDTH: f32 = 440.0;

/// One unit: drag handle, name, people, count, move and delete buttons.
fn unit_row_ui(
    ui: &mut Ui,
    session: &mut Session,
    index: usize,
    names_width: f32,
    handle: egui_dnd::Handle,
    actions: &mut Vec<Action>,
) {
    let len = session.observers.len();
    let Some(unit) = session.observers.get_mut(index) else {
        return;
    };
    let id = unit.id;
    ui.horizontal(|ui| {
        ui.set_min_height(ROW_HEIGHT);
        handle.ui(ui, |ui| {
            ui.label("≡");
        });
        ui.add(
            egui::TextEdit::singleline(&mut unit.unit)
                .desired_width(200.0)
                .hint_text("单位，如：市人民政府"),
        );
        joined_list_field(ui, &mut unit.names, names_width, "姓名、姓名");
        ui.weak(format!("{}人", unit.names.len()));
        if let Some(to) = move_buttons(ui, index, len) {
            actions.push(Action::MoveObserverUnit { from: index, to });
        }
        if delete_button(ui, "列席单位") {
            actions.push(Action::DeleteObserverUnit(id));
        }
    });
}
