//! The list-and-editor screen, written once: 议程, 报告, 决议决定 and 任免 each show their
//! entries in a list on the left (a heading, a button that adds one, the rows in view) and the
//! selected entry's editor on the right, or a hint to pick one.

use std::ops::Range;

use egui::Ui;

use super::widgets::{RowMenu, row_context_menu, screen_heading};
use crate::action::Action;
use crate::sender::Sender;

/// What a list-and-editor screen says and how wide its list is.
pub struct ListScreen {
    /// The list panel's name (kept apart from the other screens' panels: its width is kept).
    pub panel: &'static str,
    /// The list's heading (「议程」).
    pub heading: &'static str,
    /// The button that adds an entry, and the change it asks for.
    pub add: (&'static str, Action),
    /// The list's width when first shown; the person may drag it between 240 and 640 points.
    pub width: f32,
    /// What the editor's side says while no entry is selected (「在左侧选择一份报告」).
    pub pick_one: &'static str,
}

impl ListScreen {
    /// Draws the screen: `list` fills the list below the heading and the add button, `editor`
    /// draws the entry at `selected`. Both get the screen's own state `cx` (the session, what
    /// is selected…) in turn.
    pub fn show<C>(
        self,
        ui: &mut Ui,
        cx: &mut C,
        sender: &mut Sender,
        selected: Option<usize>,
        list: impl FnOnce(&mut Ui, &mut C, &mut Sender),
        editor: impl FnOnce(&mut Ui, &mut C, usize, &mut Sender),
    ) {
        let Self {
            panel,
            heading,
            add: (add_text, add),
            width,
            pick_one,
        } = self;
        egui::Panel::left(panel)
            .resizable(true)
            .default_size(width)
            .size_range(240.0..=640.0)
            .show(ui, |ui| {
                ui.horizontal(|ui| {
                    screen_heading(ui, heading);
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        if ui.button(add_text).clicked() {
                            sender.act(add);
                        }
                    });
                });
                list(ui, cx, sender);
            });
        egui::CentralPanel::default().show(ui, |ui| match selected {
            Some(index) => editor(ui, cx, index, sender),
            None => {
                ui.add_space(40.0);
                ui.vertical_centered(|ui| ui.weak(pick_one));
            }
        });
    }
}

/// The rows of a list in view, each `row_height` high, in a scroll area filling the list.
pub fn rows_in_view(
    ui: &mut Ui,
    row_height: f32,
    len: usize,
    add_rows: impl FnOnce(&mut Ui, Range<usize>),
) {
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show_rows(ui, row_height, len, |ui, rows| add_rows(ui, rows));
}

/// One entry of a list as a selectable button of two lines (its title, then what it is), with
/// the row's context menu; whether it was clicked.
pub fn entry_row<'a>(
    ui: &mut Ui,
    row_height: f32,
    selected: bool,
    text: String,
    row_id: egui::Id,
    menu: impl FnOnce() -> RowMenu<'a>,
    sender: &mut Sender,
) -> bool {
    let button = egui::Button::selectable(selected, text)
        .truncate()
        .min_size(egui::vec2(ui.available_width(), row_height));
    let response = ui.add(button);
    sender.extend(row_context_menu(ui, response.rect, row_id, menu));
    response.clicked()
}
