//! 座次: the seating chart as the hall — rows of seats with the front at the top — filled by the
//! rule of DOMAIN.md §13; a person is moved by dragging him or her to another seat (whoever sat
//! there takes the old seat), or by clicking one seat and then another.

use std::hash::{Hash, Hasher};

use crate::sender::Sender;
use egui::{Align2, Color32, FontId, Rect, RichText, Sense, Shape, Stroke, StrokeKind, Ui, vec2};

use super::widgets::{enum_combo, named, number_field, screen_heading};
use crate::action::Action;
use crate::model::{MemberId, Role, SeatingPaper, Session};

/// The screen, as the navigation lists it ([`super::SCREENS`]).
pub const SCREEN: super::Screen = super::Screen {
    section: super::Section::Seating,
    label: "座次",
    shortcut: Some(egui::Key::Num9),
    count: |_| None,
    ui: |ui, c| seating_ui(ui, c.session, c.derived, &mut c.state.seating, c.sender),
};

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

/// Who sits on each seat of the hall, row by row, with the names as printed: derived once
/// after each change, so that a frame only paints what is in view.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SeatGrid {
    /// Rows in the hall.
    pub rows: u32,
    /// Seats a row.
    pub per_row: u32,
    /// The occupant of each seat, row after row.
    seats: Vec<Option<Occupant>>,
    /// A hash of all of the above: the painted hall is painted again when it changes.
    fingerprint: u64,
}

impl SeatGrid {
    /// The grid of `session` with its seat plan ([`Session::seat_plan`]).
    pub fn of(session: &Session, plan: &(u32, u32, Vec<crate::model::Seat>)) -> Self {
        let (rows, per_row) = (plan.0, plan.1);
        let mut seats: Vec<Option<Occupant>> = vec![None; (rows as usize) * (per_row as usize)];
        let by_id: std::collections::HashMap<MemberId, &crate::model::Member> =
            session.roster.iter().map(|m| (m.id, m)).collect();
        for seat in &plan.2 {
            if seat.row < rows
                && seat.seat < per_row
                && let Some(member) = by_id.get(&seat.member)
            {
                seats[(seat.row * per_row + seat.seat) as usize] = Some(Occupant {
                    id: member.id,
                    name: crate::collation::padded_name(&member.name),
                    leader: member.role != Role::Member,
                });
            }
        }
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        (rows, per_row, &seats).hash(&mut hasher);
        Self {
            rows,
            per_row,
            seats,
            fingerprint: hasher.finish(),
        }
    }

    /// Where `member` sits, if in the hall.
    fn seat_of(&self, member: MemberId) -> Option<&Occupant> {
        self.seats.iter().flatten().find(|o| o.id == member)
    }

    /// Who sits on a seat.
    fn occupant(&self, row: u32, seat: u32) -> Option<&Occupant> {
        if row >= self.rows || seat >= self.per_row {
            return None;
        }
        self.seats
            .get((row * self.per_row + seat) as usize)
            .and_then(Option::as_ref)
    }
}

/// The seating screen.
pub fn seating_ui(
    ui: &mut Ui,
    session: &mut Session,
    derived: &super::Derived,
    state: &mut SeatingState,
    sender: &mut Sender,
) {
    let grid = derived.seat_grid(session);
    let (rows, per_row) = (grid.rows, grid.per_row);
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
        // The ranges hold the hall as it is: a field never changes the session by clamping a
        // value it merely shows.
        let a = named(
            ui.add(number_field(
                &mut new_rows,
                1..=crate::model::seating::MAX_HALL_ROWS,
            )),
            "排数",
        );
        ui.label("每排座位");
        let b = named(
            ui.add(number_field(
                &mut new_per_row,
                1..=crate::model::seating::MAX_SEATS_PER_ROW,
            )),
            "每排座位",
        );
        // Changed by the person: dragged or typed, not clamped into range.
        let by_hand = |r: &egui::Response| {
            r.changed() && (r.dragged() || r.drag_stopped() || r.has_focus() || r.lost_focus())
        };
        let (a, b) = (by_hand(&a), by_hand(&b));
        if (a || b) && (new_rows, new_per_row) != (rows, per_row) {
            sender.act(Action::SetHall {
                rows: new_rows,
                seats_per_row: new_per_row,
            });
        }
        if ui
            .button("按规则重新排座")
            .on_hover_text("主任居前排正中，副主任、秘书长依次在其左右，委员按笔画顺序并按会次轮换")
            .clicked()
        {
            sender.act(Action::FillSeating);
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
    let width = LABEL_WIDTH + GAP + per_row as f32 * (SEAT.x + GAP);
    let (front, _) = ui.allocate_exact_size(vec2(width, 24.0), Sense::hover());
    ui.painter().text(
        front.center(),
        Align2::CENTER_CENTER,
        "（前　方）",
        FontId::proportional(16.0),
        ui.visuals().text_color(),
    );
    // Only the rows in view are drawn, as one region that knows its seats by position and is
    // painted as one mesh: a hall of 300 costs about what a screenful of a small hall does.
    egui::ScrollArea::both()
        .auto_shrink([false, false])
        .show_rows(ui, SEAT.y + GAP, rows as usize, |ui, visible| {
            hall_ui(ui, grid, state, sender, visible, width);
        });
}

/// Where the hall's rows in view are: the first row's top left, and from one row to the next.
#[derive(Clone, Copy)]
struct HallGeometry {
    origin: egui::Pos2,
    pitch: f32,
    first_row: u32,
    end_row: u32,
}

impl HallGeometry {
    /// The seat at `(row, seat)` on screen.
    fn seat_rect(&self, row: u32, seat: u32) -> Rect {
        Rect::from_min_size(
            egui::pos2(
                self.origin.x + LABEL_WIDTH + GAP + seat as f32 * (SEAT.x + GAP),
                self.row_top(row) + GAP / 2.0,
            ),
            SEAT,
        )
    }

    /// The top of the row `row` (which is in view).
    fn row_top(&self, row: u32) -> f32 {
        self.origin.y + (row - self.first_row) as f32 * self.pitch
    }

    /// The seat under `pos`, if any: `(row, seat)`.
    fn seat_at(&self, grid: &SeatGrid, pos: egui::Pos2) -> Option<(u32, u32)> {
        let row_offset = ((pos.y - self.origin.y) / self.pitch).floor();
        if row_offset < 0.0 {
            return None;
        }
        let row = self.first_row.checked_add(row_offset as u32)?;
        if row >= self.end_row {
            return None;
        }
        let seat_offset = ((pos.x - self.origin.x - LABEL_WIDTH - GAP) / (SEAT.x + GAP)).floor();
        if seat_offset < 0.0 || seat_offset >= grid.per_row as f32 {
            return None;
        }
        let seat = seat_offset as u32;
        self.seat_rect(row, seat)
            .contains(pos)
            .then_some((row, seat))
    }

    /// The seats of a row that the clip rectangle `clip` shows.
    fn seats_in(&self, clip: Rect, per_row: u32) -> std::ops::Range<u32> {
        let seats_left = self.origin.x + LABEL_WIDTH + GAP;
        let first = ((clip.left() - seats_left) / (SEAT.x + GAP))
            .floor()
            .max(0.0) as u32;
        let last = (((clip.right() - seats_left) / (SEAT.x + GAP))
            .ceil()
            .max(0.0) as u32)
            .saturating_add(1)
            .min(per_row);
        first.min(last)..last
    }
}

/// What the painted hall shows besides the seats' occupants: its place on screen, which seat
/// is under the pointer, the person picked up, whether someone is being dragged, the colours.
#[derive(Clone, Copy, PartialEq)]
struct HallLook {
    grid: u64,
    origin: egui::Pos2,
    rows: (u32, u32),
    hovered: Option<(u32, u32)>,
    picked: Option<MemberId>,
    dragging: bool,
    colors: [Color32; 9],
}

/// The hall's rows `visible` as one region: the rows' labels and the seats, painted as one
/// mesh. A seat is found by where the pointer is; each still reports itself to accessibility
/// tools as a button named by its place and occupant.
fn hall_ui(
    ui: &mut Ui,
    grid: &SeatGrid,
    state: &mut SeatingState,
    sender: &mut Sender,
    visible: std::ops::Range<usize>,
    width: f32,
) {
    let first_row = u32::try_from(visible.start).unwrap_or(u32::MAX);
    let end_row = u32::try_from(visible.end)
        .unwrap_or(u32::MAX)
        .min(grid.rows);
    let spacing = ui.spacing().item_spacing.y;
    let pitch = SEAT.y + GAP + spacing;
    let height = ((end_row.saturating_sub(first_row)) as f32 * pitch - spacing).max(0.0);
    let (_, rect) = ui.allocate_space(vec2(width, height));
    // One id whatever is scrolled into view, so that a drag survives scrolling.
    let response = ui.interact(
        rect,
        egui::Id::unique("seating_hall"),
        Sense::click_and_drag(),
    );
    let hall = HallGeometry {
        origin: rect.min,
        pitch,
        first_row,
        end_row,
    };
    // Where the pointer is over the hall, and what a drag carries.
    let hovered = response
        .hover_pos()
        .or_else(|| response.interact_pointer_pos())
        .and_then(|pos| hall.seat_at(grid, pos));
    if response.drag_started()
        && let Some((row, seat)) = response
            .interact_pointer_pos()
            .and_then(|pos| hall.seat_at(grid, pos))
        && let Some(occupant) = grid.occupant(row, seat)
    {
        response.dnd_set_drag_payload(occupant.id);
    }
    let dragging = egui::DragAndDrop::has_payload_of_type::<MemberId>(ui.ctx());
    if let Some(dragged) = response.dnd_release_payload::<MemberId>() {
        if let Some((row, seat)) = ui
            .ctx()
            .pointer_interact_pos()
            .and_then(|pos| hall.seat_at(grid, pos))
            && grid.occupant(row, seat).map(|o| o.id) != Some(*dragged)
        {
            sender.act(Action::MoveToSeat {
                member: *dragged,
                row,
                seat,
            });
        }
        state.picked = None;
    } else if response.clicked()
        && let Some((row, seat)) = response
            .interact_pointer_pos()
            .and_then(|pos| hall.seat_at(grid, pos))
    {
        let id = grid.occupant(row, seat).map(|o| o.id);
        match state.picked {
            Some(picked) if Some(picked) != id => {
                sender.act(Action::MoveToSeat {
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
    let colors = [
        picked_fill,
        drop_fill,
        leader_fill,
        visuals.extreme_bg_color,
        visuals.faint_bg_color,
        visuals.selection.stroke.color,
        visuals.widgets.noninteractive.bg_stroke.color,
        visuals.text_color(),
        visuals.weak_text_color(),
    ];
    // Only the seats in view, as only the rows in view: a wide hall scrolled sideways costs what
    // a screenful does.
    let clip = ui.clip_rect();
    let seats = hall.seats_in(clip, grid.per_row);
    let look = HallLook {
        grid: grid.fingerprint,
        origin: hall.origin,
        rows: (first_row, end_row),
        hovered,
        picked: state.picked,
        dragging,
        colors,
    };
    super::painted::cached_mesh(ui, egui::Id::unique("seating_hall_mesh"), look, || {
        let mut shapes = Vec::new();
        ui.fonts_mut(|fonts| {
            for row in first_row..end_row {
                let top = hall.row_top(row);
                let label = fonts.layout_no_wrap(
                    format!("第{}排", crate::model::numerals::chinese_number(row + 1)),
                    FontId::proportional(14.0),
                    colors[8],
                );
                let at = egui::pos2(rect.left() + LABEL_WIDTH / 2.0, top + (SEAT.y + GAP) / 2.0);
                shapes.push(Shape::galley(
                    Align2::CENTER_CENTER.anchor_size(at, label.size()).min,
                    label,
                    colors[8],
                ));
                for seat in seats.clone() {
                    let occupant = grid.occupant(row, seat);
                    let id = occupant.map(|o| o.id);
                    let seat_rect = hall.seat_rect(row, seat);
                    let is_hovered = hovered == Some((row, seat));
                    let fill = if state.picked.is_some() && state.picked == id {
                        picked_fill
                    } else if is_hovered && dragging {
                        drop_fill
                    } else if occupant.is_some_and(|o| o.leader) {
                        leader_fill
                    } else if occupant.is_some() {
                        colors[3]
                    } else {
                        colors[4]
                    };
                    let stroke = if is_hovered {
                        Stroke::new(1.5, colors[5])
                    } else {
                        Stroke::new(1.0, colors[6])
                    };
                    shapes.push(Shape::Rect(egui::epaint::RectShape::new(
                        seat_rect,
                        0.0,
                        fill,
                        stroke,
                        StrokeKind::Inside,
                    )));
                    if let Some(occupant) = occupant {
                        let name = fonts.layout_no_wrap(
                            occupant.name.clone(),
                            FontId::proportional(16.0),
                            colors[7],
                        );
                        shapes.push(Shape::galley(
                            Align2::CENTER_CENTER
                                .anchor_size(seat_rect.center(), name.size())
                                .min,
                            name,
                            colors[7],
                        ));
                    }
                }
            }
        });
        shapes
    });
    // The seats as a screen reader (and the tests) know them: buttons with their place.
    if ui
        .ctx()
        .accesskit_node_builder(response.id, |_| ())
        .is_some()
    {
        for row in first_row..end_row {
            for seat in seats.clone() {
                let occupant = grid.occupant(row, seat);
                let seat_rect = hall.seat_rect(row, seat);
                let node_id = response.id.with((row, seat));
                ui.ctx().accesskit_node_builder(node_id, |node| {
                    node.set_role(egui::accesskit::Role::Button);
                    node.set_label(match occupant {
                        Some(o) => format!(
                            "第{}排第{}座：{}",
                            row + 1,
                            seat + 1,
                            o.name.replace('\u{3000}', "")
                        ),
                        None => format!("第{}排第{}座：空", row + 1, seat + 1),
                    });
                    node.set_bounds(egui::accesskit::Rect {
                        x0: f64::from(seat_rect.left()),
                        y0: f64::from(seat_rect.top()),
                        x1: f64::from(seat_rect.right()),
                        y1: f64::from(seat_rect.bottom()),
                    });
                    node.add_action(egui::accesskit::Action::Click);
                });
            }
        }
    }
    if response.dragged()
        && let Some(name) = egui::DragAndDrop::payload::<MemberId>(ui.ctx())
            .and_then(|dragged| grid.seat_of(*dragged))
            .map(|o| o.name.clone())
        && let Some(pointer) = ui.ctx().pointer_interact_pos()
    {
        // The name follows the pointer while dragged.
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

/// Who sits on a seat, as the seat shows it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct Occupant {
    id: MemberId,
    /// The name padded as printed (「石　磊」).
    name: String,
    /// 主任, 副主任 or 秘书长: shown in the leaders' tint.
    leader: bool,
}
