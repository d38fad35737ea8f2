//! 列席: units of non-voting attendees with their people, in print order.

use crate::sender::Sender;
use egui::Ui;

use super::widgets::screen_heading;
use super::{cells, reorder};
use crate::action::Action;
use crate::model::Session;

/// The screen, as the navigation lists it ([`super::SCREENS`]).
pub const SCREEN: super::Screen = super::Screen {
    section: super::Section::Observers,
    label: "列席",
    shortcut: Some(egui::Key::Num4),
    count: |s| Some(s.observers.iter().map(|u| u.people.len()).sum()),
    ui: |ui, c| observers_ui(ui, c.session, c.derived, c.sender),
};

/// The observers screen.
pub fn observers_ui(
    ui: &mut Ui,
    session: &mut Session,
    derived: &super::Derived,
    sender: &mut Sender,
) {
    ui.horizontal(|ui| {
        screen_heading(ui, "列席人员");
        ui.weak("列席人员不计入应到人数和法定人数，不参加表决");
    });
    ui.horizontal(|ui| {
        if ui.button("＋ 添加列席单位").clicked() {
            sender.act(Action::AddObserverUnit);
        }
        ui.weak("姓名之间用「、」分隔；拖动 ≡ 调整单位顺序");
    });
    guests_ui(ui, session, sender);
    ui.separator();
    // The printed list's preview stays below the list, which scrolls above it.
    egui::Panel::bottom("observers_preview")
        .show_separator_line(false)
        .show(ui, |ui| {
            ui.collapsing("列席人员请假", |ui| {
                egui::ScrollArea::vertical()
                    .id_salt("observers_leave")
                    .max_height(240.0)
                    .show(ui, |ui| leave_ui(ui, session, sender));
            });
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
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show_rows(ui, ROW_HEIGHT, len, |ui, rows| {
            let list = egui::Id::unique("observers_reorder");
            let geometry = reorder::Rows::at_cursor(ui, rows.start, ROW_HEIGHT, len);
            reorder::grip_column(ui, list, geometry, rows.clone(), HANDLE_WIDTH);
            let hints = derived.hints(session);
            let texts = derived.observer_rows(session);
            let mut painted = super::painted::CachedRows::start(
                ui,
                egui::Id::unique("observers_rows"),
                derived.generation.0,
            );
            for index in rows {
                let (Some(id), Some(texts)) =
                    (session.observers.get(index).map(|u| u.id), texts.get(index))
                else {
                    continue;
                };
                let row = egui::Id::unique(("observer_row", id));
                painted.row(ui, row, ROW_HEIGHT, &cell_ids(id), 0, |ui| {
                    unit_row_ui(ui, session, hints, texts, index, sender);
                });
            }
            painted.finish(ui);
            if let Some((from, to)) = reorder::finish(ui, list, geometry) {
                sender.act(Action::MoveObserverUnit { from, to });
            }
        });
}

/// Those at the session who are neither members nor 列席 (FORMS.md §4, §5): the guests invited
/// (「市政协副主席张鸿建应邀参加会议。」) and how many citizens observed (「4位公民旁听」).
fn guests_ui(ui: &mut Ui, session: &Session, sender: &mut Sender) {
    ui.horizontal(|ui| {
        ui.label("应邀参加会议：");
        let shown = crate::model::Observer::list_text(&session.guests.invited);
        let (response, text) = super::widgets::action_text_field(
            ui,
            egui::Id::unique("invited_guests"),
            &shown,
            320.0,
            "姓名（职务），如：张鸿建（市政协副主席）",
            "应邀参加会议的来宾",
        );
        response.on_hover_text("新闻通稿写「市政协副主席张鸿建应邀参加会议。」；来宾不是列席人员");
        if let Some(text) = text {
            sender.act(Action::SetInvitedGuests(text));
        }
        ui.label("旁听公民：");
        let mut citizens = session.guests.citizens;
        let response = super::widgets::named(
            ui.add(super::widgets::number_field(&mut citizens, 0..=9999).suffix(" 人")),
            "旁听公民人数",
        )
        .on_hover_text("新闻通稿按本机关格式写「…，4位公民旁听。」；0 为不写");
        if response.changed() && citizens != session.guests.citizens {
            sender.act(Action::SetCitizensObserving(citizens));
        }
    });
}

/// Who of the 列席 asked to be excused (请假), with the reason: the presiding officer reports
/// them, the sign-in sheet marks them, the published lists leave them out.
fn leave_ui(ui: &mut Ui, session: &Session, sender: &mut Sender) {
    ui.weak("勾选请假的列席人员，可填写事由（如：因公）");
    egui::Grid::new("observers_leave_grid")
        .num_columns(3)
        .spacing([12.0, 4.0])
        .show(ui, |ui| {
            for unit in &session.observers {
                for person in &unit.people {
                    let leave = unit.leave_of(&person.name);
                    ui.label(format!("{}　{}", unit.unit, person.name));
                    let mut excused = leave.is_some();
                    if ui.checkbox(&mut excused, "请假").changed() {
                        sender.act(Action::SetObserverLeave {
                            unit: unit.id,
                            name: person.name.clone(),
                            leave: excused.then(String::new),
                        });
                    }
                    if let Some(leave) = leave {
                        // The reason as typed, applied when the field is left.
                        let id = egui::Id::unique(("observer_leave_reason", unit.id, &person.name));
                        let mut reason = ui
                            .data_mut(|d| d.get_temp::<String>(id))
                            .unwrap_or_else(|| leave.reason.clone());
                        let response = super::widgets::named(
                            ui.add(
                                egui::TextEdit::singleline(&mut reason)
                                    .desired_width(120.0)
                                    .hint_text("事由"),
                            ),
                            "请假事由",
                        );
                        if response.lost_focus() && reason.trim() != leave.reason {
                            sender.act(Action::SetObserverLeave {
                                unit: unit.id,
                                name: person.name.clone(),
                                leave: Some(reason.clone()),
                            });
                            ui.data_mut(|d| d.remove::<String>(id));
                        } else if response.has_focus() {
                            ui.data_mut(|d| d.insert_temp(id, reason));
                        }
                    } else {
                        ui.label("");
                    }
                    ui.end_row();
                }
            }
        });
}

/// Height of a row of the list (its fields' height); only the rows in view are drawn.
const ROW_HEIGHT: f32 = 26.0;

/// Width of the drag handle.
const HANDLE_WIDTH: f32 = 16.0;

/// Width of the count of people.
const COUNT_WIDTH: f32 = 40.0;

/// Width of the unit's name.
const UNIT_WIDTH: f32 = 200.0;

/// Width of the box 「仅相关议题」.
const RELATED_WIDTH: f32 = 96.0;

/// The ids of a unit's cells: its name, its people (its box 「仅相关议题」 keeps the row live
/// by where it stands).
fn cell_ids(unit: crate::model::ObserverUnitId) -> [egui::Id; 2] {
    [
        egui::Id::unique(("observer_unit", unit)),
        egui::Id::unique(("observer_names", unit)),
    ]
}

/// The id of a unit's box 「仅相关议题」.
fn related_id(unit: crate::model::ObserverUnitId) -> egui::Id {
    egui::Id::unique(("observer_related", unit))
}

/// What a unit's row shows besides its name, derived when the session changes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnitTexts {
    /// Its people as one line: 「李可（市委常委、常务副市长）、王明」.
    people: String,
    /// 「3人」.
    count: String,
}

impl UnitTexts {
    /// The texts of `unit`'s row.
    pub fn of(unit: &crate::model::ObserverUnit) -> Self {
        Self {
            people: crate::model::Observer::list_text(&unit.people),
            count: format!("{}人", unit.people.len()),
        }
    }
}

/// One unit: drag handle, name, people (`texts`), count, move and delete buttons.
fn unit_row_ui(
    ui: &mut Ui,
    session: &mut Session,
    hints: &crate::model::hints::Hints,
    texts: &UnitTexts,
    index: usize,
    sender: &mut Sender,
) {
    let len = session.observers.len();
    let Some(unit) = session.observers.get_mut(index) else {
        return;
    };
    let id = unit.id;
    let mut row = cells::Row::new(ui, ROW_HEIGHT);
    // The grip's mark; `reorder::grip_column` takes the drag.
    cells::paint_grip(ui, row.cell(HANDLE_WIDTH));
    // The names take what the row's other cells leave.
    let names_width = (row.remaining()
        - UNIT_WIDTH
        - COUNT_WIDTH
        - RELATED_WIDTH
        - cells::ROW_ACTIONS_WIDTH
        - 5.0 * cells::GAP)
        .max(160.0);
    let [unit_id, names_id] = cell_ids(id);
    cells::text_cell(
        ui,
        row.cell(UNIT_WIDTH),
        unit_id,
        &mut unit.unit,
        &hints.observer_unit,
    );
    let shown = texts.people.as_str();
    cells::parsed_cell(
        ui,
        row.cell(names_width),
        names_id,
        shown,
        "姓名、姓名；领导在姓名后括注职务：李可（市委常委、常务副市长）",
        |text| {
            // Each name typed in its normal form (invisible characters, padding).
            let mut people = crate::model::Observer::parse_list(text);
            for person in &mut people {
                person.name = crate::collation::normal_name(&person.name);
            }
            unit.people = people;
        },
    );
    cells::weak_text(
        ui,
        row.cell(COUNT_WIDTH),
        &texts.count,
        egui::Align2::CENTER_CENTER,
    );
    // Present only while the items that concern the unit are deliberated (FORMS.md §5 `by_rank`).
    let mut related = unit.for_related_items;
    let response = cells::check_cell(
        ui,
        row.cell(RELATED_WIDTH),
        related_id(id),
        &mut related,
        "仅相关议题",
    );
    let response = cells::hover_text(
        response,
        "只在审议相关议题时列席：新闻通稿分句时写「……在审议相关议题时列席会议。」",
    );
    if response.changed() {
        sender.act(Action::SetObserverUnitForRelatedItems { unit: id, related });
    }
    if cells::row_is_hot(ui, &row, &[unit_id, names_id]) {
        if let Some(to) = cells::move_buttons(ui, &mut row, index, len) {
            sender.act(Action::MoveObserverUnit { from: index, to });
        }
        if cells::delete_button(ui, &mut row, "列席单位") {
            sender.act(Action::DeleteObserverUnit(id));
        }
    }
    let menu = || super::widgets::RowMenu {
        what: "列席单位",
        text: format!("{}\t{}", unit.unit, shown).into(),
        insert: Some((
            Action::InsertObserverUnit { at: index },
            Action::InsertObserverUnit { at: index + 1 },
        )),
        moves: super::widgets::RowMenu::moves(index, len, |from, to| Action::MoveObserverUnit {
            from,
            to,
        }),
        delete: Some(Action::DeleteObserverUnit(id)),
        ..Default::default()
    };
    let row_id = egui::Id::unique(("observer_row", id));
    sender.extend(super::widgets::row_context_menu(
        ui,
        row.rect(),
        row_id,
        menu,
    ));
}
