//! Drag to reorder, for the long lists drawn row by row in view (agenda items, 列席 units).
//!
//! Each row has a grip 「≡」; dragging it shows where the row will go (a line between rows, the
//! dragged row shaded), scrolls the list near its edges, and on release asks for the move. Esc
//! or releasing where the row already is changes nothing. A row costs one interaction and
//! three painted lines, so a screen full of rows stays as cheap as a short list (issue 7); a
//! general drag-and-drop crate laid out two child `Ui`s and an animation per row.

use egui::{Id, Rect, Response, Sense, Ui, vec2};

/// What is being dragged, kept in egui's memory under the list's id.
#[derive(Clone, Copy, Debug)]
struct Dragging {
    /// The row's position when the drag began.
    from: usize,
}

/// The grip of row `index` of the list `list` (the row's item has id `item`), filling `rect`.
pub fn grip(
    ui: &Ui,
    list: Id,
    index: usize,
    item: impl std::hash::Hash + std::fmt::Debug,
    rect: Rect,
) -> Response {
    let response = ui.interact(rect, list.with(("grip", item)), Sense::drag());
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::accesskit::Role::Button, true, "拖动以调整顺序")
    });
    if response.drag_started() {
        ui.data_mut(|d| d.insert_temp(list, Dragging { from: index }));
    }
    if response.hovered() {
        ui.ctx().set_cursor_icon(egui::CursorIcon::Grab);
    }
    super::cells::paint_grip(ui, rect);
    response
}

/// The rows' geometry, as `ScrollArea::show_rows` lays them out.
#[derive(Clone, Copy, Debug)]
pub struct Rows {
    /// Where row 0 begins (it may be scrolled out of view).
    pub top: f32,
    /// From the top of one row to the top of the next.
    pub pitch: f32,
    /// How many rows the list has.
    pub len: usize,
}

impl Rows {
    /// The geometry inside a `show_rows` closure, before its first row (`first`) is drawn:
    /// rows `row_height` high, with the `ui`'s item spacing between them.
    pub fn at_cursor(ui: &Ui, first: usize, row_height: f32, len: usize) -> Self {
        let pitch = row_height + ui.spacing().item_spacing.y;
        Self {
            top: ui.cursor().top() - first as f32 * pitch,
            pitch,
            len,
        }
    }

    /// The gap (0 before the first row … `len` after the last) nearest to `y`.
    fn gap_at(&self, y: f32) -> usize {
        let gap = ((y - self.top) / self.pitch).round().max(0.0) as usize;
        gap.min(self.len)
    }
}

/// After the rows in view are drawn: while a row of `list` is dragged, shows where it would go
/// and scrolls near the edges; when it is dropped, the move as (from, final position).
pub fn finish(ui: &Ui, list: Id, rows: Rows) -> Option<(usize, usize)> {
    let dragging = ui.data(|d| d.get_temp::<Dragging>(list))?;
    let (pointer, released, stale, cancelled) = ui.input(|i| {
        (
            i.pointer.latest_pos(),
            i.pointer.primary_released(),
            !i.pointer.primary_down() && !i.pointer.primary_released(),
            i.key_pressed(egui::Key::Escape),
        )
    });
    // A drag left behind (the screen was changed under it) or given up ends without a move.
    if stale || cancelled || dragging.from >= rows.len {
        ui.data_mut(|d| d.remove::<Dragging>(list));
        return None;
    }
    let pointer = pointer?;
    let gap = rows.gap_at(pointer.y);
    let to = if gap > dragging.from { gap - 1 } else { gap };
    if released {
        ui.data_mut(|d| d.remove::<Dragging>(list));
        return (to != dragging.from).then_some((dragging.from, to));
    }
    let clip = ui.clip_rect();
    let visuals = ui.visuals();
    // The dragged row, shaded where it is now.
    let from_top = rows.top + dragging.from as f32 * rows.pitch;
    let shade = Rect::from_x_y_ranges(clip.x_range(), from_top..=from_top + rows.pitch);
    ui.painter()
        .rect_filled(shade, 0.0, visuals.selection.bg_fill.gamma_multiply(0.35));
    // Where it will go: a line between rows.
    if to != dragging.from {
        let y = rows.top + gap as f32 * rows.pitch - ui.spacing().item_spacing.y / 2.0;
        ui.painter().hline(
            clip.x_range(),
            y,
            egui::Stroke::new(2.0, visuals.selection.stroke.color),
        );
    }
    // Near an edge, the list scrolls to bring more rows under the pointer.
    const EDGE: f32 = 28.0;
    let more_above = rows.top < clip.top();
    let more_below = rows.top + rows.len as f32 * rows.pitch > clip.bottom();
    let speed = if pointer.y < clip.top() + EDGE && more_above {
        8.0
    } else if pointer.y > clip.bottom() - EDGE && more_below {
        -8.0
    } else {
        0.0
    };
    if speed != 0.0 {
        ui.scroll_with_delta(vec2(0.0, speed));
        // Keep scrolling while the pointer rests at the edge.
        ui.ctx().request_repaint();
    }
    ui.ctx().set_cursor_icon(egui::CursorIcon::Grabbing);
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_gap_nearest_the_pointer_within_the_list() {
        let rows = Rows {
            top: 100.0,
            pitch: 30.0,
            len: 5,
        };
        assert_eq!(rows.gap_at(0.0), 0);
        assert_eq!(rows.gap_at(110.0), 0);
        assert_eq!(rows.gap_at(120.0), 1);
        assert_eq!(rows.gap_at(160.0), 2);
        assert_eq!(rows.gap_at(1000.0), 5);
    }
}
