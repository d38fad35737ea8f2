//! Drag to reorder, for the long lists drawn row by row in view (agenda items, 列席 units).
//!
//! Each row has a grip 「≡」; dragging it shows where the row will go (a line between rows, the
//! dragged row shaded), scrolls the list near its edges, and on release asks for the move. Esc
//! or releasing where the row already is changes nothing. The grips are one interaction for
//! the whole column and three painted lines a row, so a screen full of rows stays as cheap as a
//! short list (issue 7); a general drag-and-drop crate laid out two child `Ui`s and an
//! animation per row.

use std::ops::Range;

use egui::{Id, Rect, Response, Sense, Ui, vec2};

/// What is being dragged, kept in egui's memory under the list's id.
#[derive(Clone, Copy, Debug)]
struct Dragging {
    /// The row's position when the drag began.
    from: usize,
}

/// The grips of the rows `visible` (those in view), `width` wide at the left of each row: one
/// interaction for the whole column (the row is told by where the drag begins), and the mark
/// 「≡」 painted on each row.
pub fn grips(ui: &Ui, list: Id, rows: Rows, visible: Range<usize>, width: f32) -> Response {
    let response = grip_column(ui, list, rows, visible.clone(), width);
    let first = visible.start.min(rows.len);
    let end = visible.end.min(rows.len);
    for index in first..end {
        let top = rows.top_of(index);
        let grip =
            Rect::from_x_y_ranges(rows.left..=rows.left + width, top..=top + rows.row_height);
        super::cells::paint_grip(ui, grip);
    }
    response
}

/// [`grips`] without the marks, for rows that paint their own with
/// [`super::cells::paint_grip`] (rows painted from a cached mesh).
pub fn grip_column(ui: &Ui, list: Id, rows: Rows, visible: Range<usize>, width: f32) -> Response {
    let first = visible.start.min(rows.len);
    let end = visible.end.min(rows.len);
    let column = Rect::from_x_y_ranges(
        rows.left..=rows.left + width,
        rows.top_of(first)..=rows.top_of(end).max(rows.top_of(first)),
    );
    let response = ui
        .interact(column, list.with("grips"), Sense::drag())
        .on_hover_text("拖动 ≡ 调整顺序");
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::accesskit::Role::Button, true, "拖动以调整顺序")
    });
    if response.drag_started()
        && let Some(origin) = ui.input(|i| i.pointer.press_origin())
    {
        let from = rows.row_at(origin.y);
        if (first..end).contains(&from) {
            ui.data_mut(|d| d.insert_temp(list, Dragging { from }));
        }
    }
    if response.hovered() {
        ui.ctx().set_cursor_icon(egui::CursorIcon::Grab);
    }
    response
}

/// The rows' geometry, as `ScrollArea::show_rows` lays them out.
#[derive(Clone, Copy, Debug)]
pub struct Rows {
    /// Where row 0 begins (it may be scrolled out of view).
    pub top: f32,
    /// Where the rows begin on the left.
    pub left: f32,
    /// A row's height, without the space below it.
    pub row_height: f32,
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
            left: ui.cursor().left(),
            row_height,
            pitch,
            len,
        }
    }

    /// Where row `index` begins.
    fn top_of(&self, index: usize) -> f32 {
        self.top + index as f32 * self.pitch
    }

    /// The row under `y`.
    fn row_at(&self, y: f32) -> usize {
        ((y - self.top) / self.pitch).floor().max(0.0) as usize
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
            left: 0.0,
            row_height: 26.0,
            pitch: 30.0,
            len: 5,
        };
        assert_eq!(rows.row_at(100.0), 0);
        assert_eq!(rows.row_at(129.0), 0);
        assert_eq!(rows.row_at(131.0), 1);
        assert_eq!(rows.gap_at(0.0), 0);
        assert_eq!(rows.gap_at(110.0), 0);
        assert_eq!(rows.gap_at(120.0), 1);
        assert_eq!(rows.gap_at(160.0), 2);
        assert_eq!(rows.gap_at(1000.0), 5);
    }
}
