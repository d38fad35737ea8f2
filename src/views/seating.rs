//! 座次: the seating chart as the hall — rows of seats with the front at the top — filled by the
//! rule of DOMAIN.md §13; a person is moved by dragging him or her to another seat (whoever sat
//! there takes the old seat), or by clicking one seat and then another.

use egui::{Align2, Color32, FontId, Rect, RichText, Sense, Stroke, StrokeKind, Ui, vec2};

use super::widgets::{enum_combo, named, screen_heading};
use crate::action::Action;
use crate::model::{MemberId, Role, SeatingPaper, Session};

/// A seat's size on screen.
const SEAT: egui::Vec2 = vec2(84.0, 40.0);
/// The gap between seats.
const GAP: f32 = 6.0;
/// The width of the row labels (第一排).
const LABEL_WIDTH: f32 = 56.0;

/// What the screen remembers between frames: the seat clicked first, to move on the next click.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SeatingState {
    /// The member picked up by a click, waiting for the seat to go to.
    pub picked: Option<MemberId>,
}

/// The seating screen.
pub fn seating_ui(
    ui: &mut Ui,
    session: &mut Session,
    plan: &(u32, u32, Vec<crate::model::Seat>),
    state: &mut SeatingState,
    actions: &mut Vec<Action>,
) {
    let (rows, per_row) = (plan.0, plan.1);
    // Who sits where, by place, with the printed name: looked up once per seat drawn.
    let mut grid: Vec<Option<Occupant>> = vec![None; (rows as usize) * (per_row as usize)];
    let by_id: std::collections::HashMap<MemberId, &crate::model::Member> =
        session.roster.iter().map(|m| (m.id, m)).collect();
    for seat in &plan.2 {
        if seat.row < rows
            && seat.seat < per_row
            && let Some(member) = by_id.get(&seat.member)
        {
            grid[(seat.row * per_row + seat.seat) as usize] = Some(Occupant {
                id: member.id,
                name: crate::collation::padded_name(&member.name),
                leader: member.role != Role::Member,
            });
        }
    }
    drop(by_id);
    ui.horizontal(|ui| {
        screen_heading(ui, "座次表");
        ui.weak(format!(
            "共{rows}排，每排{per_row}座；拖动姓名到另一座位即可调整（原座位上的人换到其原位置）"
        ));
    });
    ui.horizontal(|ui| {
        let mut new_rows = rows;
        let mut new_per_row = per_row;
        ui.label("排数");
        let a = named(
            ui.add(
                egui::DragValue::new(&mut new_rows).range(1..=crate::model::seating::MAX_HALL_ROWS),
            ),
            "排数",
        );
        ui.label("每排座位");
        let b = named(
            ui.add(
                egui::DragValue::new(&mut new_per_row)
                    .range(1..=crate::model::seating::MAX_SEATS_PER_ROW),
            ),
            "每排座位",
        );
        if (a.changed() || b.changed()) && (new_rows, new_per_row) != (rows, per_row) {
            actions.push(Action::SetHall {
                rows: new_rows,
                seats_per_row: new_per_row,
            });
        }
        if ui
            .button("按规则重新排座")
            .on_hover_text("主任居前排正中，副主任、秘书长依次在其左右，委员按笔画顺序并按会次轮换")
            .clicked()
        {
            actions.push(Action::FillSeating);
        }
        ui.label("纸张");
        named(
            enum_combo(
                ui,
                "seating_paper",
                &mut session.seating.paper,
                &[SeatingPaper::A4, SeatingPaper::A3],
                SeatingPaper::label,
            ),
            "纸张",
        );
        ui.weak(format!(
            "本次为第{}轮座次（新建下次会议时委员自动后移一排）",
            session.seating.rotation + 1
        ));
    });
    if let Some(picked) = state.picked.and_then(|id| session.member(id)) {
        ui.label(
            RichText::new(format!("已选中{}：点击要换到的座位", picked.name))
                .color(Color32::from_rgb(0x15, 0x65, 0xc0)),
        );
    }
    ui.separator();
    let width = LABEL_WIDTH
        + ui.spacing().item_spacing.x
        + per_row as f32 * SEAT.x
        + per_row.saturating_sub(1) as f32 * GAP;
    let (front, _) = ui.allocate_exact_size(vec2(width, 24.0), Sense::hover());
    ui.painter().text(
        front.center(),
        Align2::CENTER_CENTER,
        "（前　方）",
        FontId::proportional(16.0),
        ui.visuals().text_color(),
    );
    // Only the rows in view are drawn: a hall of 300 costs what a screenful does.
    let row_height = SEAT.y;
    egui::ScrollArea::both()
        .auto_shrink([false, false])
        .show_rows(ui, row_height, rows as usize, |ui, visible| {
            for row in visible {
                let row = u32::try_from(row).unwrap_or(u32::MAX);
                ui.horizontal(|ui| {
                    let (label, _) =
                        ui.allocate_exact_size(vec2(LABEL_WIDTH, SEAT.y), Sense::hover());
                    ui.painter().text(
                        label.center(),
                        Align2::CENTER_CENTER,
                        format!("第{}排", crate::model::numerals::chinese_number(row + 1)),
                        FontId::proportional(14.0),
                        ui.visuals().weak_text_color(),
                    );
                    for seat in 0..per_row {
                        let occupant = grid
                            .get((row * per_row + seat) as usize)
                            .and_then(Option::as_ref);
                        seat_ui(ui, state, actions, row, seat, occupant);
                        ui.add_space(GAP - ui.spacing().item_spacing.x);
                    }
                });
            }
        });
}

/// Who sits on a seat, as the seat shows it.
#[derive(Clone, Debug)]
struct Occupant {
    id: MemberId,
    /// The name padded as printed (「石　磊」).
    name: String,
    /// 主任, 副主任 or 秘书长: shown in the leaders' tint.
    leader: bool,
}

/// One seat: the occupant's name (leaders in the role's colour), a drag source when occupied,
/// a drop target always.
fn seat_ui(
    ui: &mut Ui,
    state: &mut SeatingState,
    actions: &mut Vec<Action>,
    row: u32,
    seat: u32,
    occupant: Option<&Occupant>,
) {
    let (rect, response) = ui.allocate_exact_size(SEAT, Sense::click_and_drag());
    response.widget_info(|| {
        let label = match occupant {
            Some(o) => format!(
                "第{}排第{}座：{}",
                row + 1,
                seat + 1,
                o.name.replace('\u{3000}', "")
            ),
            None => format!("第{}排第{}座：空", row + 1, seat + 1),
        };
        egui::WidgetInfo::labeled(egui::Role::Button, true, label)
    });
    let id = occupant.map(|o| o.id);
    if let Some(id) = id {
        response.dnd_set_drag_payload(id);
    }
    let hovered_by_drag = response.dnd_hover_payload::<MemberId>().is_some();
    if let Some(dragged) = response.dnd_release_payload::<MemberId>() {
        if Some(*dragged) != id {
            actions.push(Action::MoveToSeat {
                member: *dragged,
                row,
                seat,
            });
        }
        state.picked = None;
    } else if response.clicked() {
        match state.picked {
            Some(picked) if Some(picked) != id => {
                actions.push(Action::MoveToSeat {
                    member: picked,
                    row,
                    seat,
                });
                state.picked = None;
            }
            Some(_) => state.picked = None,
            None => state.picked = id,
        }
    }
    let visuals = ui.visuals();
    let leader = occupant.is_some_and(|o| o.leader);
    // Tints that keep the name readable in the light and the dark theme alike.
    let (picked_fill, drop_fill, leader_fill) = if visuals.dark_mode {
        (
            Color32::from_rgb(0x1e, 0x4e, 0x7a),
            Color32::from_rgb(0x17, 0x3a, 0x5a),
            Color32::from_rgb(0x5a, 0x42, 0x16),
        )
    } else {
        (
            Color32::from_rgb(0xbb, 0xde, 0xfb),
            Color32::from_rgb(0xe3, 0xf2, 0xfd),
            Color32::from_rgb(0xff, 0xf3, 0xe0),
        )
    };
    let fill = if state.picked.is_some() && state.picked == id {
        picked_fill
    } else if hovered_by_drag {
        drop_fill
    } else if leader {
        leader_fill
    } else if occupant.is_some() {
        visuals.extreme_bg_color
    } else {
        visuals.faint_bg_color
    };
    let stroke = if response.hovered() || hovered_by_drag {
        Stroke::new(1.5, visuals.selection.stroke.color)
    } else {
        Stroke::new(1.0, visuals.widgets.noninteractive.bg_stroke.color)
    };
    let painter = ui.painter();
    painter.rect(rect, 4.0, fill, stroke, StrokeKind::Inside);
    let name = occupant.map_or("", |o| o.name.as_str());
    if !name.is_empty() {
        painter.text(
            rect.center(),
            Align2::CENTER_CENTER,
            name,
            FontId::proportional(16.0),
            visuals.text_color(),
        );
    }
    if response.dragged() && !name.is_empty() {
        // The name follows the pointer while dragged.
        if let Some(pointer) = ui.ctx().pointer_interact_pos() {
            let ghost = Rect::from_center_size(pointer, SEAT);
            let layer = egui::LayerId::new(egui::Order::Tooltip, response.id.with("ghost"));
            let painter = ui.ctx().layer_painter(layer);
            painter.rect(
                ghost,
                4.0,
                Color32::from_rgba_unmultiplied(0xbb, 0xde, 0xfb, 220),
                Stroke::new(1.0, Color32::from_rgb(0x15, 0x65, 0xc0)),
                StrokeKind::Inside,
            );
            painter.text(
                ghost.center(),
                Align2::CENTER_CENTER,
                name,
                FontId::proportional(16.0),
                Color32::BLACK,
            );
        }
    }
}
