//! A register's rows as a striped table: an `egui::Grid` of the rows in view
//! ([`GridRowsInView`]), drawn by egui whenever what it shows or where it stands changes, and
//! otherwise replayed from what it painted.
//!
//! A frame of a long register used to cost each row in view its grid cells' placing, its
//! widgets and its painting: a term's 37 rows in view against one session's single row made a
//! folder page three times dearer. A [`Table`] draws the grid as egui would, twice with the same
//! rows in the same place (the grid places each cell by the sizes of the frame before, so the
//! second drawing is the settled one), keeps what the second painted as one mesh with the
//! places of the cells that interact, and from then on paints that mesh, where the grid was
//! placed, for as long as nothing it depends on changes:
//! - what the rows show ([`LaidOut::serial`]: the rows' texts are laid out into it, and each
//!   row's look depends only on what they were derived from), how many there are, the header;
//! - where the table stands, the part of it in view, the scale, the theme, the tessellation
//!   options and the font atlas ([`painted::Kept`]);
//! - the rows' height as measured.
//!
//! What interacts stays live: the widgets of the row under the pointer are drawn by egui at
//! their places (with the ids they had, so a click begun on one frame ends on the next), as are
//! the hover texts of its cells; a row that was under the pointer when the mesh was made (its
//! widgets were left out of it) is drawn live until the mesh is made again. The widgets of the
//! first and last rows in view stay in egui's list of what the keyboard can reach, and while
//! one of the table's widgets holds the focus the table is drawn by egui. With a screen reader
//! or accessibility tools on, and for rows whose widgets change by themselves (a check box
//! animates), the table is always drawn by egui.

use std::ops::Range;
use std::sync::Arc;

use egui::epaint::{Mesh, Shape};
use egui::{Align, Id, Layout, Pos2, Rect, Response, RichText, Sense, Ui, UiBuilder, WidgetText};

use super::cells::GridText;
use super::painted::{self, Kept, LaidOut};
use super::widgets::GridRowsInView;

/// A striped grid of rows of text and widgets, of which only the rows in view are drawn, and
/// which is replayed while nothing it shows changes.
pub struct Table {
    name: &'static str,
    columns: usize,
    spacing: egui::Vec2,
    striped: bool,
    replay: bool,
}

/// What a table's drawing depends on besides its surroundings.
#[derive(Clone, PartialEq)]
struct Key {
    serial: u64,
    count: usize,
    header: usize,
    max_rect: Rect,
    pitch: Option<f32>,
    enabled: bool,
}

/// A cell that interacts: a widget, or a text with a hover text.
#[derive(Clone)]
struct Interacting {
    row: usize,
    column: usize,
    rect: Rect,
    /// The widget's id (`None` for a text).
    widget: Option<(Id, Sense)>,
    /// What it painted on the table's layer, while drawn by egui.
    shapes: Range<usize>,
    /// Its triangles in the table's mesh, by their indices.
    indices: Range<usize>,
}

/// A table as drawn by egui: where it went, and the mesh of what it painted once settled.
#[derive(Clone)]
struct Recording {
    key: Key,
    /// `None` while drawn only once with this key.
    mesh: Option<Arc<Mesh>>,
    /// The grid's place, as the parent allocated it.
    rect: Rect,
    /// The rows drawn, the top of each and, last, where the row after them would start.
    rows: Range<usize>,
    tops: Vec<f32>,
    cells: Vec<Interacting>,
    /// Rows whose widgets are not in the mesh (they were under the pointer).
    missing: Vec<usize>,
    /// The mesh without the widgets of more rows (those under the pointer), and which.
    without: Option<(Vec<usize>, Arc<Mesh>)>,
    /// The rows whose widgets were drawn in the last pass.
    live: Vec<usize>,
}

impl Recording {
    /// The place of the `n`th row drawn, across the whole table.
    fn row_rect(&self, n: usize, spacing: f32) -> Rect {
        Rect::from_x_y_ranges(
            self.rect.x_range(),
            self.tops[n]..=(self.tops[n + 1] - spacing).max(self.tops[n]),
        )
    }
}

/// How the cells of a row are drawn.
enum Mode<'r> {
    /// By egui, in the grid; the cells that interact are noted, with ids that stay the same
    /// when the table is replayed if `stable`.
    Drawing {
        stable: bool,
        noted: &'r mut Vec<Interacting>,
    },
    /// Replayed: only the cells that interact act, at their places; their widgets are drawn if
    /// `live`, and otherwise only kept within the keyboard's reach.
    Replaying {
        cells: &'r [Interacting],
        live: bool,
    },
}

/// The cells of one row, in order: each call is the next column.
pub struct Cells<'a, 'r> {
    ui: &'a mut Ui,
    text: &'a GridText,
    laid_out: &'a mut LaidOut,
    table: Id,
    row: usize,
    column: usize,
    mode: Mode<'r>,
}

impl Cells<'_, '_> {
    /// The next column, and its cell's id.
    fn next(&mut self) -> (usize, Id) {
        let column = self.column;
        self.column += 1;
        (column, self.table.with((self.row, column)))
    }

    /// The place noted for this row's cell `column` when replayed, and whether the row is live.
    fn replayed(&self, column: usize) -> Option<(&Interacting, bool)> {
        match &self.mode {
            Mode::Replaying { cells, live } => cells
                .iter()
                .find(|cell| cell.row == self.row && cell.column == column)
                .map(|cell| (cell, *live)),
            Mode::Drawing { .. } => None,
        }
    }

    /// A text that stays the same frame after frame (laid out once, see [`LaidOut`]).
    pub fn text(&mut self, text: impl Into<WidgetText>) {
        let (column, _) = self.next();
        if let Mode::Drawing { .. } = self.mode {
            self.text
                .kept_label(self.ui, self.laid_out, (self.row, column), text);
        }
    }

    /// [`Self::text`] showing `hover` while the pointer is over it.
    pub fn text_with_hover(&mut self, text: impl Into<WidgetText>, hover: &str) {
        let (column, id) = self.next();
        let row = self.row;
        if let Some((cell, live)) = self.replayed(column) {
            if live {
                let rect = cell.rect;
                self.text.hover(self.ui, id, rect, hover);
            }
            return;
        }
        if matches!(self.mode, Mode::Replaying { .. }) {
            return;
        }
        let rect = self
            .text
            .kept_label(self.ui, self.laid_out, (row, column), text);
        self.text.hover(self.ui, id, rect, hover);
        if let Mode::Drawing { noted, .. } = &mut self.mode {
            noted.push(Interacting {
                row,
                column,
                rect,
                widget: None,
                shapes: 0..0,
                indices: 0..0,
            });
        }
    }

    /// A widget, which `add` draws and whose response it returns; `None` on a frame it is not
    /// drawn (the table is replayed and the row is not under the pointer).
    pub fn widget(&mut self, add: impl FnOnce(&mut Ui) -> Response) -> Option<Response> {
        let (column, id) = self.next();
        let row = self.row;
        if let Some((cell, live)) = self.replayed(column) {
            let (rect, widget) = (cell.rect, cell.widget);
            if live {
                return Some(add(&mut own_ui(self.ui, id, rect)));
            }
            // Not drawn, but reachable by Tab: taking the focus draws the table.
            if let Some((widget, sense)) = widget {
                self.ui.interact(rect, widget, sense);
            }
            return None;
        }
        let Mode::Drawing {
            stable: true,
            noted,
        } = &mut self.mode
        else {
            // Replayed without this cell noted, or never replayed: drawn as it is.
            return match self.mode {
                Mode::Drawing { .. } => Some(add(self.ui)),
                Mode::Replaying { .. } => None,
            };
        };
        // Drawn in a `Ui` of its own with a fixed id, in the place the grid gives a widget of
        // its size (as measured the last time), so that replayed it is the same widget in the
        // same place.
        let size_id = id.with("size");
        let size = self
            .ui
            .data(|d| d.get_temp(size_id))
            .unwrap_or(self.ui.spacing().interact_size);
        let (_, rect) = self.ui.allocate_space(size);
        let before = self.ui.painter().add(Shape::Noop).0;
        let response = add(&mut own_ui(self.ui, id, rect));
        let after = self.ui.painter().add(Shape::Noop).0;
        if response.rect.size() != size {
            self.ui
                .data_mut(|d| d.insert_temp(size_id, response.rect.size()));
            self.ui
                .ctx()
                .request_discard("a table's widget changed its size");
        }
        noted.push(Interacting {
            row,
            column,
            rect,
            widget: Some((response.id, response.sense)),
            shapes: before + 1..after,
            indices: 0..0,
        });
        Some(response)
    }
}

/// A `Ui` of its own at `rect`, with the fixed id `id`, for a table's widget.
fn own_ui(ui: &mut Ui, id: Id, rect: Rect) -> Ui {
    ui.new_child(
        UiBuilder::new()
            .scope_id(id)
            .max_rect(rect)
            .layout(Layout::left_to_right(Align::Center)),
    )
}

impl Table {
    /// The table `name` (which tells it apart from the others) of `columns` columns.
    pub fn new(name: &'static str, columns: usize) -> Self {
        Self {
            name,
            columns,
            spacing: egui::vec2(14.0, 4.0),
            striped: true,
            replay: true,
        }
    }

    /// The space between columns and between rows.
    pub fn spacing(mut self, spacing: [f32; 2]) -> Self {
        self.spacing = spacing.into();
        self
    }

    /// Whether every other row has a background.
    pub fn striped(mut self, striped: bool) -> Self {
        self.striped = striped;
        self
    }

    /// Whether the table may be replayed: not while its rows hold widgets that change by
    /// themselves (a check box animates when ticked) or that are many to a cell.
    pub fn replay(mut self, replay: bool) -> Self {
        self.replay = replay;
        self
    }

    /// Draws the table: `header` (bold, none if empty) above `count` rows, each drawn by `row`
    /// with its index. The rows' texts are laid out into `laid_out`, which must be kept with
    /// what the rows are derived from: a row's look may depend on nothing else.
    pub fn show(
        self,
        ui: &mut Ui,
        laid_out: &mut LaidOut,
        header: &[&str],
        count: usize,
        mut row: impl FnMut(&mut Cells<'_, '_>, usize),
    ) {
        laid_out.refresh(ui);
        let id = Id::unique(("table", self.name));
        let text = GridText::new(ui);
        let key = Key {
            serial: laid_out.serial(),
            count,
            header: header.len(),
            max_rect: ui.cursor().intersect(ui.max_rect()),
            pitch: GridRowsInView::remembered_pitch(ui, self.name),
            enabled: ui.is_enabled(),
        };
        let replayable =
            self.replay && !text.accessible() && ui.is_visible() && ui.opacity() >= 1.0;
        let (kept, surroundings) = Kept::<Option<Recording>>::take(ui, id);
        let mut kept = kept.filter(|kept| replayable && kept.key == key);
        let focused = ui.memory(|m| m.focused());
        let focus_inside = focused.is_some_and(|focused| {
            kept.iter()
                .flat_map(|kept| &kept.cells)
                .any(|cell| cell.widget.is_some_and(|(widget, _)| widget == focused))
        });
        if let Some(recording) = kept.as_mut().filter(|_| !focus_inside)
            && recording.mesh.is_some()
        {
            let live = self.live_rows(ui, recording);
            if live.iter().any(|row| !recording.live.contains(row)) {
                // egui finds what the pointer is over among the widgets of the last pass: a
                // row's widgets drawn for the first time are laid out again, so that they show
                // that they are under the pointer at once.
                ui.ctx()
                    .request_discard("a table's row came under the pointer");
            }
            recording.live.clone_from(&live);
            if let Some(mesh) = recording.mesh_without(&live) {
                ui.painter().add(Shape::Mesh(mesh));
            }
            self.replay_rows(ui, id, recording, &live, &text, laid_out, &mut row);
            super::widgets::count_grid_rows_drawn(ui, recording.rows.len());
            ui.advance_cursor_after_rect(recording.rect);
            Kept::keep(ui, id, surroundings, kept);
            return;
        }
        let start = ui.painter().add(Shape::Noop);
        let mut drawn = Recording {
            key,
            mesh: None,
            rect: Rect::NOTHING,
            rows: 0..0,
            tops: Vec::new(),
            cells: Vec::new(),
            missing: Vec::new(),
            without: None,
            live: Vec::new(),
        };
        drawn.rect = egui::Grid::new(self.name)
            .num_columns(self.columns)
            .striped(self.striped)
            .spacing(self.spacing)
            .show(ui, |ui| {
                if !header.is_empty() {
                    for head in header {
                        text.label(ui, RichText::new(*head).strong());
                    }
                    ui.end_row();
                }
                let in_view = GridRowsInView::start(ui, self.name, count);
                drawn.rows = in_view.range();
                for index in in_view.range() {
                    drawn.tops.push(ui.cursor().top());
                    let mut cells = Cells {
                        ui,
                        text: &text,
                        laid_out,
                        table: id,
                        row: index,
                        column: 0,
                        mode: Mode::Drawing {
                            stable: replayable,
                            noted: &mut drawn.cells,
                        },
                    };
                    row(&mut cells, index);
                    ui.end_row();
                }
                drawn.tops.push(ui.cursor().top());
                in_view.finish(ui);
            })
            .response
            .rect;
        if !replayable {
            Kept::keep(ui, id, surroundings, None::<Recording>);
            return;
        }
        if focus_inside {
            // Drawn by egui while a widget of it has the focus; the mesh serves again after.
            Kept::keep(ui, id, surroundings, kept);
            return;
        }
        // Drawn the second time with the same key, the grid is settled: what it painted is
        // kept as one mesh, but for the widgets of the rows under the pointer.
        if kept.is_some() && !ui.ctx().will_discard() {
            let pointer = pointer(ui);
            drawn.missing = drawn
                .rows
                .clone()
                .enumerate()
                .filter(|(n, _)| under(ui, &drawn.row_rect(*n, self.spacing.y), pointer))
                .map(|(_, index)| index)
                .collect();
            let left_out: Vec<Range<usize>> = drawn
                .cells
                .iter()
                .filter(|cell| drawn.missing.contains(&cell.row))
                .map(|cell| cell.shapes.clone())
                .collect();
            drawn.mesh = tessellate(ui, &surroundings, start, &left_out, &mut drawn.cells);
        }
        Kept::keep(ui, id, surroundings, Some(drawn));
    }

    /// The rows of a replayed table whose widgets are drawn: those under the pointer and those
    /// left out of the mesh.
    fn live_rows(&self, ui: &Ui, recording: &Recording) -> Vec<usize> {
        let pointer = pointer(ui);
        let mut live = recording.missing.clone();
        if pointer.is_some_and(|(pos, reach)| recording.rect.expand(reach).contains(pos)) {
            for (n, index) in recording.rows.clone().enumerate() {
                if !live.contains(&index)
                    && under(ui, &recording.row_rect(n, self.spacing.y), pointer)
                {
                    live.push(index);
                }
            }
        }
        live
    }

    /// The live parts of a replayed table: the widgets and hover texts of the `live` rows, and
    /// the widgets of the first and last rows within the keyboard's reach.
    #[expect(clippy::too_many_arguments, reason = "one call, splitting `show`")]
    fn replay_rows(
        &self,
        ui: &mut Ui,
        id: Id,
        recording: &Recording,
        live: &[usize],
        text: &GridText,
        laid_out: &mut LaidOut,
        row: &mut impl FnMut(&mut Cells<'_, '_>, usize),
    ) {
        if recording.cells.is_empty() {
            return;
        }
        let last = recording.rows.len().saturating_sub(1);
        for (n, index) in recording.rows.clone().enumerate() {
            let is_live = live.contains(&index);
            let reached = n == 0 || n == last;
            if !(is_live || reached) || !recording.cells.iter().any(|cell| cell.row == index) {
                continue;
            }
            let mut cells = Cells {
                ui,
                text,
                laid_out,
                table: id,
                row: index,
                column: 0,
                mode: Mode::Replaying {
                    cells: &recording.cells,
                    live: is_live,
                },
            };
            row(&mut cells, index);
        }
    }
}

impl Recording {
    /// The mesh, without the widgets of the `live` rows, which egui draws: made again only
    /// when the pointer goes to another row.
    fn mesh_without(&mut self, live: &[usize]) -> Option<Arc<Mesh>> {
        let mesh = self.mesh.as_ref()?;
        let more: Vec<usize> = live
            .iter()
            .copied()
            .filter(|row| !self.missing.contains(row))
            .collect();
        if more.is_empty() {
            return Some(Arc::clone(mesh));
        }
        if let Some((rows, without)) = &self.without
            && *rows == more
        {
            return Some(Arc::clone(without));
        }
        let mut left_out: Vec<Range<usize>> = self
            .cells
            .iter()
            .filter(|cell| more.contains(&cell.row))
            .map(|cell| cell.indices.clone())
            .collect();
        left_out.sort_by_key(|range| range.start);
        let mut without = Mesh {
            vertices: mesh.vertices.clone(),
            indices: Vec::with_capacity(mesh.indices.len()),
            texture_id: mesh.texture_id,
        };
        let mut from = 0;
        for range in left_out {
            without
                .indices
                .extend_from_slice(&mesh.indices[from..range.start]);
            from = range.end;
        }
        without.indices.extend_from_slice(&mesh.indices[from..]);
        let without = Arc::new(without);
        self.without = Some((more, Arc::clone(&without)));
        Some(without)
    }
}

/// Where the pointer is, and how far from a widget egui still takes it as over it.
fn pointer(ui: &Ui) -> Option<(Pos2, f32)> {
    ui.input(|i| i.pointer.interact_pos())
        .map(|pos| (pos, ui.style().interaction.interact_radius))
}

/// Whether the pointer is over `rect` (as far as egui reaches), with nothing above it.
fn under(ui: &Ui, rect: &Rect, pointer: Option<(Pos2, f32)>) -> bool {
    pointer.is_some_and(|(pos, reach)| {
        let near = rect.expand(reach);
        near.contains(pos) && ui.rect_contains_pointer(near)
    })
}

/// What was painted on `ui`'s layer after `start`, but for the shapes `left_out`, as one mesh,
/// noting in `cells` where each one's triangles are; `None` if the shapes were not all clipped
/// alike.
fn tessellate(
    ui: &Ui,
    surroundings: &painted::Surroundings,
    start: egui::layers::ShapeIdx,
    left_out: &[Range<usize>],
    cells: &mut [Interacting],
) -> Option<Arc<Mesh>> {
    let clip = ui.clip_rect();
    ui.ctx().graphics_mut(|g| {
        let list = g.entry(ui.layer_id());
        let mut tessellator = surroundings.tessellator(clip);
        let mut mesh = Mesh::default();
        let mut alike = true;
        for index in start.0 + 1..list.next_idx().0 {
            if left_out.iter().any(|range| range.contains(&index)) {
                continue;
            }
            let before = mesh.indices.len();
            list.mutate_shape(egui::layers::ShapeIdx(index), |clipped| {
                alike &= clipped.clip_rect == clip
                    && clipped.transform_after_tessellation == egui::emath::TSTransform::IDENTITY;
                if alike {
                    tessellator.tessellate_shape(clipped.shape.clone(), &mut mesh);
                }
            });
            if let Some(cell) = cells.iter_mut().find(|cell| cell.shapes.contains(&index)) {
                if cell.indices.is_empty() {
                    cell.indices = before..before;
                }
                cell.indices.end = mesh.indices.len();
            }
        }
        alike.then(|| Arc::new(mesh))
    })
}

#[cfg(test)]
mod tests {
    use egui::epaint::ClippedPrimitive;
    use egui::{Context, Event, Pos2, RawInput, Rect, vec2};

    use super::Table;
    use crate::views::painted::LaidOut;
    use crate::views::painted::tests::triangles;

    /// How the test's grid is drawn.
    #[derive(Clone, Copy, Debug, PartialEq)]
    enum Way {
        /// `egui::Grid` of `ui.label`s and `ui.button`s, as egui does it.
        Egui,
        /// A [`Table`], replayed when it can be.
        Table,
    }

    /// What a frame of the test's grid did.
    struct Frame {
        primitives: Vec<ClippedPrimitive>,
        /// The rows whose button was clicked.
        clicked: Vec<usize>,
        /// Whether the table was replayed (drew fewer buttons than rows in view).
        buttons: usize,
    }

    /// A striped grid of 60 rows (three texts, one in the error colour, and a button) under a
    /// header, in a scroll area scrolled to `offset`, drawn the `way` given with `events`.
    fn frame(
        ctx: &Context,
        way: Way,
        events: Vec<Event>,
        offset: f32,
        laid_out: &mut LaidOut,
    ) -> Frame {
        let input = RawInput {
            screen_rect: Some(Rect::from_min_size(Pos2::ZERO, vec2(800.0, 600.0))),
            events,
            ..RawInput::default()
        };
        let mut clicked = Vec::new();
        let mut buttons = 0;
        let mut output = ctx.run_ui(input, |ui| {
            clicked.clear();
            buttons = 0;
            let late = ui.visuals().error_fg_color;
            let texts = |index: usize| {
                [
                    egui::RichText::new(format!("第{index}行")),
                    egui::RichText::new("长".repeat(index % 7)),
                    egui::RichText::new("逾期").color(late),
                ]
            };
            // As wide as the window: a button under the pointer is a little wider in egui's
            // grid (its frame's stroke), which would move a shrunk scroll area's bar. And a
            // solid bar: a floating one widens in steps as the pointer comes near, pass by pass,
            // and the table lays a frame out twice when a row comes under the pointer.
            ui.spacing_mut().scroll = egui::style::ScrollStyle::solid();
            egui::ScrollArea::vertical()
                .auto_shrink([false, true])
                .vertical_scroll_offset(offset)
                .show(ui, |ui| match way {
                    Way::Egui => {
                        egui::Grid::new("test_table")
                            .num_columns(4)
                            .striped(true)
                            .spacing([14.0, 4.0])
                            .show(ui, |ui| {
                                let text = crate::views::cells::GridText::new(ui);
                                for head in ["甲", "乙", "丙", ""] {
                                    text.label(ui, egui::RichText::new(head).strong());
                                }
                                ui.end_row();
                                let in_view = crate::views::widgets::GridRowsInView::start(
                                    ui,
                                    "test_table",
                                    60,
                                );
                                for index in in_view.range() {
                                    for cell in texts(index) {
                                        ui.label(cell);
                                    }
                                    buttons += 1;
                                    if ui.button("打开").clicked() {
                                        clicked.push(index);
                                    }
                                    ui.end_row();
                                }
                                in_view.finish(ui);
                            });
                    }
                    Way::Table => {
                        Table::new("test_table", 4).show(
                            ui,
                            laid_out,
                            &["甲", "乙", "丙", ""],
                            60,
                            |cells, index| {
                                for cell in texts(index) {
                                    cells.text(cell);
                                }
                                if let Some(button) = cells.widget(|ui| ui.button("打开")) {
                                    buttons += 1;
                                    if button.clicked() {
                                        clicked.push(index);
                                    }
                                }
                            },
                        );
                    }
                });
        });
        output.textures_delta.clear();
        Frame {
            primitives: ctx.tessellate(std::mem::take(&mut output.shapes), output.pixels_per_point),
            clicked,
            buttons,
        }
    }

    fn moved(x: f32, y: f32) -> Vec<Event> {
        vec![Event::PointerMoved(Pos2::new(x, y))]
    }

    fn click(x: f32, y: f32, pressed: bool) -> Vec<Event> {
        vec![
            Event::PointerMoved(Pos2::new(x, y)),
            Event::PointerButton {
                pos: Pos2::new(x, y),
                button: egui::PointerButton::Primary,
                pressed,
                modifiers: egui::Modifiers::NONE,
            },
        ]
    }

    /// Runs the same frames on egui's grid and on a table, and compares what they painted:
    /// triangle for triangle, but for the widgets of a row under the pointer, which egui draws
    /// after the table's mesh instead of among its triangles (they overlap nothing else, so
    /// the pixels are the same): then the same triangles.
    fn same_as_egui(steps: &[(Vec<Event>, f32)]) -> Vec<Frame> {
        let egui = Context::default();
        let table = Context::default();
        let mut laid_out = LaidOut::default();
        let mut unused = LaidOut::default();
        let mut frames = Vec::new();
        for (step, (events, offset)) in steps.iter().enumerate() {
            let expected = frame(&egui, Way::Egui, events.clone(), *offset, &mut unused);
            let got = frame(&table, Way::Table, events.clone(), *offset, &mut laid_out);
            let (mut expected_triangles, mut got_triangles) =
                (triangles(&expected.primitives), triangles(&got.primitives));
            assert!(!expected_triangles.is_empty());
            let over_a_row = got.buttons > 0 && got.buttons < expected.buttons;
            if over_a_row {
                expected_triangles.sort_unstable();
                got_triangles.sort_unstable();
            }
            let first_difference = expected_triangles
                .iter()
                .zip(&got_triangles)
                .position(|(a, b)| a != b);
            assert!(
                expected_triangles.len() == got_triangles.len() && first_difference.is_none(),
                "step {step}: {} against {} triangles, first difference at {first_difference:?}",
                expected_triangles.len(),
                got_triangles.len()
            );
            assert_eq!(expected.clicked, got.clicked, "step {step}");
            frames.push(got);
        }
        frames
    }

    #[test]
    fn a_replayed_table_looks_as_egui_draws_it() {
        let frames = same_as_egui(&vec![(moved(780.0, 590.0), 0.0); 30]);
        // Drawn by egui until the scroll bar has come in and twice with the rows where they
        // stay, then replayed: no button drawn.
        assert!(frames[1].buttons > 20);
        assert_eq!(frames[29].buttons, 0);
    }

    #[test]
    fn a_replayed_table_scrolls_hovers_and_clicks_as_egui_draws_it() {
        // The button of the fourth row (the header, then rows 24 points apart).
        let (x, y) = (175.0, 100.0);
        let away = |offset| (moved(780.0, 590.0), offset);
        // Until the scroll bar has come in.
        let mut steps = vec![away(0.0); 30];
        let hovered = steps.len();
        steps.extend([
            // Under the pointer: the row is drawn live over the mesh, and clicked.
            (moved(x, y), 0.0),
            (moved(x, y), 0.0),
            (moved(x + 1.0, y), 0.0),
            (click(x, y, true), 0.0),
            (click(x, y, false), 0.0),
            (moved(x, y), 0.0),
        ]);
        let left = steps.len();
        steps.extend([away(0.0), away(0.0)]);
        // Scrolled with the pointer over a row: drawn by egui again, the mesh made without
        // the row's button, which stays live once the pointer has left.
        let scrolled = steps.len();
        steps.extend([
            (moved(x, y), 333.0),
            (moved(x, y), 333.0),
            (moved(x, y), 333.0),
            (moved(x, y + 1.0), 333.0),
            (click(x, y, true), 333.0),
            (click(x, y, false), 333.0),
            away(333.0),
            away(333.0),
        ]);
        let frames = same_as_egui(&steps);
        assert_eq!(frames[hovered - 1].buttons, 0, "replayed");
        // The rows near the pointer, as far as egui reaches: the one under it, and the next
        // one if the pointer is near it.
        let live = 1..=2;
        assert!(
            live.contains(&frames[hovered + 2].buttons),
            "replayed but for the rows hovered"
        );
        assert_eq!(frames[hovered + 4].clicked, [3]);
        assert_eq!(frames[left + 1].buttons, 0, "replayed");
        assert!(frames[scrolled].buttons > 20, "drawn by egui");
        assert!(
            live.contains(&frames[scrolled + 3].buttons),
            "replayed but for the rows hovered"
        );
        assert_eq!(frames[scrolled + 5].clicked.len(), 1);
        assert_ne!(frames[scrolled + 5].clicked, [3]);
        assert_eq!(
            frames[scrolled + 7].buttons,
            frames[scrolled + 3].buttons,
            "the rows left out of the mesh stay live"
        );
    }

    #[test]
    fn tab_reaches_a_replayed_table_and_draws_it_by_egui() {
        let ctx = Context::default();
        let mut laid_out = LaidOut::default();
        for _ in 0..30 {
            frame(&ctx, Way::Table, moved(780.0, 590.0), 0.0, &mut laid_out);
        }
        let tab = vec![Event::Key {
            key: egui::Key::Tab,
            physical_key: None,
            pressed: true,
            repeat: false,
            modifiers: egui::Modifiers::NONE,
        }];
        frame(&ctx, Way::Table, tab, 0.0, &mut laid_out);
        let focused = frame(&ctx, Way::Table, moved(780.0, 590.0), 0.0, &mut laid_out);
        assert!(ctx.memory(|m| m.focused()).is_some(), "Tab found a button");
        assert!(focused.buttons > 20, "drawn by egui while focused");
    }

    #[test]
    fn a_table_whose_rows_change_is_drawn_again() {
        let ctx = Context::default();
        let mut laid_out = LaidOut::default();
        for _ in 0..30 {
            frame(&ctx, Way::Table, moved(780.0, 590.0), 0.0, &mut laid_out);
        }
        // New rows are a new `LaidOut`.
        let mut new = LaidOut::default();
        let drawn = frame(&ctx, Way::Table, moved(780.0, 590.0), 0.0, &mut new);
        assert!(drawn.buttons > 20);
    }
}
