//! Painting that costs the same whatever a screen holds: shapes that stay the same frame after
//! frame tessellated once into a mesh and painted as that mesh until what they show changes.
//!
//! egui tessellates every shape of every frame; for a screenful of seats or table rows that is
//! most of the frame. [`cached_mesh`] (a hall of seats) and [`CachedRows`] (the rows of a list
//! drawn with `cells`) do egui's own tessellation ([`egui::epaint::Tessellator`], with the
//! context's options, the same clip rectangle and pixels per point), so the triangles are the
//! ones egui would have made (a test compares them), but only when what the caller shows, the
//! clip rectangle, the scale, the theme, the tessellation options or the font atlas change. A
//! frame that changes none of these hands egui one mesh to copy.
//!
//! Text in a mesh points into the font atlas, which egui empties when it fills up (its galleys
//! are then laid out again) and which grows during a frame when new glyphs do not fit. The first
//! is noticed by a *canary*: an empty galley laid out every frame, which comes back as the same
//! galley from egui's cache only as long as the cache (and so the atlas) was not emptied. The
//! second is checked at the end of the pass ([`AtlasCheck`]): a pass whose atlas grew after a
//! cached mesh was painted is laid out again (or the next frame is asked for), and the mesh is
//! tessellated again with the new size.

use std::sync::Arc;

use egui::epaint::{Mesh, Shape, TessellationOptions, Tessellator};
use egui::{Galley, Id, Rect, Ui};

/// The font atlas's size when a cached mesh was last painted this pass, for [`AtlasCheck`].
fn atlas_painted_id() -> Id {
    Id::unique("painted_mesh_atlas_size")
}

/// Paints the shapes `shapes` makes (only rectangles, lines and text: circles would need the
/// atlas's prepared discs) as one mesh, tessellated again only when `key` or anything else the
/// triangles depend on changes. `id` tells the caches apart.
pub fn cached_mesh<K>(ui: &Ui, id: Id, key: K, shapes: impl FnOnce() -> Vec<Shape>)
where
    K: Clone + PartialEq + Send + Sync + 'static,
{
    let (kept, surroundings) = Kept::<Option<(K, Arc<Mesh>)>>::take(ui, id);
    let mesh = match kept.filter(|(kept, _)| *kept == key) {
        Some((_, mesh)) => mesh,
        None => {
            let mut tessellator = surroundings.tessellator(ui.clip_rect());
            let mut mesh = Mesh::default();
            for shape in shapes() {
                tessellator.tessellate_shape(shape, &mut mesh);
            }
            Arc::new(mesh)
        }
    };
    ui.painter().add(Shape::Mesh(Arc::clone(&mesh)));
    Kept::keep(ui, id, surroundings, Some((key, mesh)));
}

/// At the end of each pass: if the font atlas grew after a cached mesh was painted (its text's
/// texture coordinates are relative to the atlas's size), the pass is laid out again, or if it
/// cannot be, the next frame is asked for; either way the mesh is then tessellated again.
struct AtlasCheck;

impl egui::plugin::Plugin for AtlasCheck {
    fn debug_name(&self) -> &'static str {
        "huiwu::views::painted::AtlasCheck"
    }

    fn on_end_pass(&mut self, ui: &mut Ui) {
        let painted = ui.data_mut(|d| d.remove_temp::<Option<[usize; 2]>>(atlas_painted_id()));
        let Some(Some(painted)) = painted else {
            return;
        };
        let ctx = ui.ctx();
        if ctx.fonts(|f| f.font_image_size()) != painted {
            ctx.request_discard("the font atlas grew after a cached mesh was painted");
            if !ctx.will_discard() {
                ctx.request_repaint();
            }
        }
    }
}

thread_local! {
    /// Whether the rows being drawn leave their painting to a cached mesh ([`CachedRows`]):
    /// the cells then only interact.
    static SKIPPING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether the cells drawn now should paint: `false` while a row is drawn whose look comes from
/// its cached mesh. Only `cells` asks; whatever else a cached row draws would be painted twice.
pub fn painting() -> bool {
    !SKIPPING.with(std::cell::Cell::get)
}

/// A galley laid out every frame from egui's cache: the same `Arc` comes back for as long as the
/// cache was not emptied, which egui does whenever it empties the font atlas. It is empty, so
/// that it takes no room in the atlas.
pub(crate) fn canary(ui: &Ui) -> Arc<Galley> {
    ui.fonts_mut(|f| {
        f.layout_no_wrap(
            String::new(),
            egui::FontId::proportional(8.0),
            egui::Color32::WHITE,
        )
    })
}

/// What every row's mesh of a list depends on besides the row itself.
#[derive(Clone)]
pub(crate) struct Surroundings {
    clip: Rect,
    pixels_per_point: f32,
    options: TessellationOptions,
    atlas_size: [usize; 2],
    canary: Arc<Galley>,
    /// Kept, so that a new style is never at the address of this one.
    style: Arc<egui::Style>,
}

impl Surroundings {
    fn of(ui: &Ui) -> Self {
        let ctx = ui.ctx();
        Self {
            clip: ui.clip_rect(),
            pixels_per_point: ctx.pixels_per_point(),
            options: ctx.tessellation_options(|o| *o),
            atlas_size: ctx.fonts(|f| f.font_image_size()),
            canary: canary(ui),
            // A new style (another theme, another text size) is a new `Arc`.
            style: ctx.global_style(),
        }
    }

    fn same_as(&self, other: &Self) -> bool {
        self.clip == other.clip
            && self.pixels_per_point == other.pixels_per_point
            && self.options == other.options
            && self.atlas_size == other.atlas_size
            && Arc::ptr_eq(&self.canary, &other.canary)
            && Arc::ptr_eq(&self.style, &other.style)
    }
}

/// Meshes kept in egui's memory between frames under an id, with what they all depend on.
#[derive(Clone, Default)]
pub(crate) struct Kept<T> {
    surroundings: Option<Surroundings>,
    meshes: T,
}

impl<T: Clone + Default + Send + Sync + 'static> Kept<T> {
    /// The meshes kept under `id` (none if what they depend on changed), taken out of egui's
    /// memory until [`Self::keep`]; and what they depend on now.
    pub(crate) fn take(ui: &Ui, id: Id) -> (T, Surroundings) {
        let surroundings = Surroundings::of(ui);
        let kept = ui
            .data_mut(|d| d.remove_temp::<Self>(id))
            .unwrap_or_default();
        ui.data_mut(|d| {
            let painted = d.get_temp_mut_or_insert_with(atlas_painted_id(), || None::<[usize; 2]>);
            painted.get_or_insert(surroundings.atlas_size);
        });
        let meshes = if kept
            .surroundings
            .as_ref()
            .is_some_and(|s| s.same_as(&surroundings))
        {
            kept.meshes
        } else {
            T::default()
        };
        (meshes, surroundings)
    }

    /// Keeps `meshes` under `id` for the next frame.
    pub(crate) fn keep(ui: &Ui, id: Id, surroundings: Surroundings, meshes: T) {
        ui.data_mut(|d| {
            d.insert_temp(
                id,
                Self {
                    surroundings: Some(surroundings),
                    meshes,
                },
            );
        });
        if ui.ctx().plugin_opt::<AtlasCheck>().is_none() {
            // Plugins added during a pass take part from the next one on: this pass's atlas
            // is looked at again on the next frame, which is asked for.
            ui.ctx().add_plugin(AtlasCheck);
            ui.ctx().request_repaint();
        }
    }
}

impl Surroundings {
    /// A tessellator as egui's, for shapes clipped to `clip`.
    pub(crate) fn tessellator(&self, clip: Rect) -> Tessellator {
        let mut tessellator = Tessellator::new(
            self.pixels_per_point,
            self.options,
            self.atlas_size,
            Vec::new(),
        );
        tessellator.set_clip_rect(clip);
        tessellator
    }
}

/// A row's mesh, and what it was painted from.
#[derive(Clone)]
struct CachedRow {
    top_left: egui::Pos2,
    width: f32,
    generation: u64,
    look: u64,
    mesh: Arc<Mesh>,
}

/// The meshes of a list's rows, by row.
type RowMeshes = std::collections::HashMap<Id, CachedRow>;

/// The rows of a list drawn with [`crate::views::cells`], each painted as a mesh while nothing it
/// shows changes: a screenful of rows costs their interaction and one mesh each to copy, not
/// their layout and tessellation.
///
/// A row's look is that of the session (`generation`, [`crate::views::Derived::generation`],
/// changes with it), of where it is, and of what the caller adds (`look`: whether it is
/// selected…). A row under the pointer or with the keyboard focus in one of its cells is drawn
/// live, as are the rows of a frame whose clip rectangle, theme, scale or font atlas changed.
pub struct CachedRows {
    id: Id,
    generation: u64,
    surroundings: Surroundings,
    last: RowMeshes,
    next: RowMeshes,
}

impl CachedRows {
    /// The cached rows of the list `id`, for the session as of `generation`.
    pub fn start(ui: &Ui, id: Id, generation: u64) -> Self {
        let (last, surroundings) = Kept::<RowMeshes>::take(ui, id);
        Self {
            id,
            generation,
            next: RowMeshes::with_capacity(last.len()),
            surroundings,
            last,
        }
    }

    /// Draws one row `height` high at the cursor with `draw`, which must paint only through
    /// `cells`. `row` is the row's id, `cells` the ids of its cells (the row is live while one
    /// has the focus), `look` what else its look depends on.
    pub fn row<R>(
        &mut self,
        ui: &mut Ui,
        row: Id,
        height: f32,
        cells: &[Id],
        look: u64,
        draw: impl FnOnce(&mut Ui) -> R,
    ) -> R {
        let top_left = ui.cursor().min;
        let width = ui.available_width();
        let rect = Rect::from_min_size(top_left, egui::vec2(width, height));
        // egui takes a widget as hovered up to its interaction radius away from the pointer.
        let reach = ui.style().interaction.interact_radius;
        // Live too while any widget inside it has the keyboard focus (a check box reached by
        // Tab), found by where it stood last frame.
        let focused = ui.memory(|m| m.focused());
        let live = ui.rect_contains_pointer(rect.expand(reach))
            || focused.is_some_and(|focused| {
                cells.contains(&focused)
                    || ui
                        .ctx()
                        .read_response(focused)
                        .is_some_and(|r| rect.contains_rect(r.rect))
            });
        // A pass egui is going to discard paints nothing (`Ui::is_visible`): nothing to keep.
        if live || !ui.is_visible() {
            // Drawn as it is now; its mesh may serve again once the pointer has left.
            if let Some(cached) = self.last.remove(&row) {
                self.next.insert(row, cached);
            }
            return draw(ui);
        }
        let cached = self.last.remove(&row).filter(|c| {
            c.top_left == top_left
                && c.width == width
                && c.generation == self.generation
                && c.look == look
        });
        let start = ui.painter().add(Shape::Noop);
        if let Some(cached) = cached {
            SKIPPING.with(|s| s.set(true));
            let result = draw(ui);
            SKIPPING.with(|s| s.set(false));
            let clip = ui.clip_rect();
            let painted = ui.ctx().graphics_mut(|g| {
                let list = g.entry(ui.layer_id());
                let painted = list.next_idx().0 - start.0 - 1;
                if painted == 0 {
                    list.set(start, clip, Shape::Mesh(Arc::clone(&cached.mesh)));
                }
                painted
            });
            // Anything else painted would be in the mesh as well.
            debug_assert_eq!(painted, 0, "a cached row painted outside `cells`");
            if painted == 0 {
                self.next.insert(row, cached);
            }
            return result;
        }
        let result = draw(ui);
        if let Some(mesh) = self.tessellate_since(ui, start) {
            self.next.insert(
                row,
                CachedRow {
                    top_left,
                    width,
                    generation: self.generation,
                    look,
                    mesh,
                },
            );
        }
        result
    }

    /// The shapes painted on `ui`'s layer after `start` as one mesh, which takes their place;
    /// `None` (the shapes left as they are) if they were not all clipped alike.
    fn tessellate_since(&self, ui: &Ui, start: egui::layers::ShapeIdx) -> Option<Arc<Mesh>> {
        let clip = ui.clip_rect();
        let surroundings = &self.surroundings;
        ui.ctx().graphics_mut(|g| {
            let list = g.entry(ui.layer_id());
            let end = list.next_idx().0;
            let mut shapes = Vec::with_capacity(end - start.0 - 1);
            let mut alike = true;
            for index in start.0 + 1..end {
                list.mutate_shape(egui::layers::ShapeIdx(index), |clipped| {
                    alike &= clipped.clip_rect == clip
                        && clipped.transform_after_tessellation
                            == egui::emath::TSTransform::IDENTITY;
                    shapes.push(clipped.shape.clone());
                });
            }
            if !alike {
                return None;
            }
            let mut tessellator = surroundings.tessellator(clip);
            let mut mesh = Mesh::default();
            for shape in shapes {
                tessellator.tessellate_shape(shape, &mut mesh);
            }
            let mesh = Arc::new(mesh);
            for index in start.0 + 1..end {
                list.reset_shape(egui::layers::ShapeIdx(index));
            }
            list.set(start, clip, Shape::Mesh(Arc::clone(&mesh)));
            Some(mesh)
        })
    }

    /// Keeps the meshes of the rows drawn this frame for the next.
    pub fn finish(self, ui: &Ui) {
        let Self {
            id,
            next,
            surroundings,
            ..
        } = self;
        Kept::keep(ui, id, surroundings, next);
    }
}

/// Galleys of texts that stay the same (a register's rows, derived when the folder changes),
/// laid out once each and kept until the scale, the style or the font atlas change: a row's
/// texts then cost a lookup, not a layout, on every frame it is in view. Kept with what they
/// are the texts of, and dropped with it.
pub struct LaidOut {
    /// Changes whenever the galleys may: a new `LaidOut` (new texts), or the old ones dropped.
    serial: u64,
    /// The scale, the style and the canary they were laid out with.
    laid_out_for: Option<(f32, Arc<egui::Style>, Arc<Galley>)>,
    /// By row, then by column.
    galleys: Vec<Vec<Option<Arc<Galley>>>>,
}

impl std::fmt::Debug for LaidOut {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "LaidOut({} rows)", self.galleys.len())
    }
}

impl Default for LaidOut {
    fn default() -> Self {
        Self {
            serial: next_serial(),
            laid_out_for: None,
            galleys: Vec::new(),
        }
    }
}

/// A number no `LaidOut` has had.
fn next_serial() -> u64 {
    static SERIAL: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    SERIAL.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

impl LaidOut {
    /// A number that changes whenever the texts laid out here may change: each `LaidOut` has
    /// its own (it is made with what it is the texts of), and a new one once its galleys are
    /// dropped.
    pub fn serial(&self) -> u64 {
        self.serial
    }

    /// Forgets the galleys laid out at another scale, in another style or into an atlas egui
    /// has emptied since. Once a frame, before [`Self::galley`].
    pub fn refresh(&mut self, ui: &Ui) {
        let canary = canary(ui);
        let scale = ui.ctx().pixels_per_point();
        let style = ui.ctx().global_style();
        let same =
            self.laid_out_for
                .as_ref()
                .is_some_and(|(kept_scale, kept_style, kept_canary)| {
                    *kept_scale == scale
                        && Arc::ptr_eq(kept_style, &style)
                        && Arc::ptr_eq(kept_canary, &canary)
                });
        if !same {
            self.galleys.clear();
            self.serial = next_serial();
            self.laid_out_for = Some((scale, style, canary));
        }
    }

    /// The galley of the text at `place` (row and column), laid out by `lay_out` the first
    /// time.
    pub fn galley(
        &mut self,
        (row, column): (usize, usize),
        lay_out: impl FnOnce() -> Arc<Galley>,
    ) -> Arc<Galley> {
        if self.galleys.len() <= row {
            self.galleys.resize_with(row + 1, Vec::new);
        }
        let columns = &mut self.galleys[row];
        if columns.len() <= column {
            columns.resize(column + 1, None);
        }
        Arc::clone(columns[column].get_or_insert_with(lay_out))
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use egui::epaint::{ClippedPrimitive, Primitive};
    use egui::{Context, Id, Pos2, RawInput, Rect, vec2};

    use super::CachedRows;
    use crate::views::cells;

    /// Draws ten rows of two text cells, through [`CachedRows`] or not, with the pointer at
    /// `pointer`, and returns what egui would hand the renderer.
    fn frame(ctx: &Context, cached: bool, pointer: Pos2) -> Vec<ClippedPrimitive> {
        frame_discarding(ctx, cached, pointer, false)
    }

    /// [`frame`], whose first pass asks egui to lay it out again (as a grid whose rows moved
    /// does) if `discard`.
    fn frame_discarding(
        ctx: &Context,
        cached: bool,
        pointer: Pos2,
        discard: bool,
    ) -> Vec<ClippedPrimitive> {
        let time = ctx.input(|i| i.time) + 0.25;
        let input = RawInput {
            screen_rect: Some(Rect::from_min_size(Pos2::ZERO, vec2(800.0, 600.0))),
            events: vec![egui::Event::PointerMoved(pointer)],
            time: Some(time),
            ..RawInput::default()
        };
        // Texts cut short in their cells show the whole on hover.
        let mut texts: Vec<String> = (0..10)
            .map(|n| format!("row {n} {}", "and more ".repeat(n % 3 * 10)))
            .collect();
        let mut output = ctx.run_ui(input, |ui| {
            if discard && ui.ctx().current_pass_index() == 0 {
                ui.ctx().request_discard("test");
            }
            let mut rows = cached.then(|| CachedRows::start(ui, Id::unique("test_rows"), 7));
            for (n, text) in texts.iter_mut().enumerate() {
                let cell = Id::unique(("test_cell", n));
                let mut draw = |ui: &mut egui::Ui| {
                    let mut row = cells::Row::new(ui, 26.0);
                    cells::stripe(ui, &row, n);
                    cells::text_cell(ui, row.cell(200.0), cell, text, "hint");
                    cells::weak_text(ui, row.cell(60.0), "note", egui::Align2::CENTER_CENTER);
                };
                match &mut rows {
                    Some(rows) => rows.row(ui, Id::unique(("test_row", n)), 26.0, &[cell], 0, draw),
                    None => draw(ui),
                }
            }
            if let Some(rows) = rows {
                rows.finish(ui);
            }
        });
        output.textures_delta.clear();
        ctx.tessellate(std::mem::take(&mut output.shapes), output.pixels_per_point)
    }

    /// The triangles of the primitives: each vertex as its bits, each triangle by its vertices.
    pub(crate) fn triangles(primitives: &[ClippedPrimitive]) -> Vec<[[u32; 8]; 3]> {
        let mut all = Vec::new();
        for primitive in primitives {
            if let Primitive::Mesh(mesh) = &primitive.primitive {
                for triangle in mesh.indices.chunks(3) {
                    all.push(std::array::from_fn(|k| {
                        let v = mesh.vertices[triangle[k] as usize];
                        let [r, g, b, a] = v.color.to_array();
                        [
                            v.pos.x.to_bits(),
                            v.pos.y.to_bits(),
                            v.uv.x.to_bits(),
                            v.uv.y.to_bits(),
                            u32::from(r),
                            u32::from(g),
                            u32::from(b),
                            u32::from(a),
                        ]
                    }));
                }
            }
        }
        all
    }

    #[test]
    fn rows_painted_from_their_meshes_look_as_rows_painted_each_frame() {
        for pointer in [Pos2::new(700.0, 500.0), Pos2::new(50.0, 40.0)] {
            let plain = Context::default();
            let cached = Context::default();
            for pass in 0..4 {
                let expected = triangles(&frame(&plain, false, pointer));
                let got = triangles(&frame(&cached, true, pointer));
                assert!(!expected.is_empty());
                let first_difference = expected.iter().zip(&got).position(|(a, b)| a != b);
                assert!(
                    expected.len() == got.len() && first_difference.is_none(),
                    "pass {pass}, pointer at {pointer:?}: {} against {} triangles, first \
                     difference at {first_difference:?}",
                    expected.len(),
                    got.len()
                );
            }
        }
    }

    /// Paints rectangles and text, as one cached mesh or each shape by itself.
    fn shapes_frame(ctx: &Context, cached: bool) -> Vec<ClippedPrimitive> {
        let input = RawInput {
            screen_rect: Some(Rect::from_min_size(Pos2::ZERO, vec2(800.0, 600.0))),
            ..RawInput::default()
        };
        let mut output = ctx.run_ui(input, |ui| {
            let shapes = || {
                let mut shapes = Vec::new();
                for n in 0..12_u8 {
                    let rect = Rect::from_min_size(
                        Pos2::new(
                            10.5 + 90.0 * f32::from(n % 6),
                            20.25 + 46.0 * f32::from(n / 6),
                        ),
                        vec2(84.0, 40.0),
                    );
                    shapes.push(egui::Shape::Rect(egui::epaint::RectShape::new(
                        rect,
                        0.0,
                        egui::Color32::from_gray(230 + n),
                        egui::Stroke::new(1.0 + f32::from(n % 2) / 2.0, egui::Color32::GRAY),
                        egui::StrokeKind::Inside,
                    )));
                    let galley = ui.painter().layout_no_wrap(
                        format!("seat {n}"),
                        egui::FontId::proportional(16.0),
                        egui::Color32::BLACK,
                    );
                    shapes.push(egui::Shape::galley(rect.min, galley, egui::Color32::BLACK));
                }
                shapes
            };
            if cached {
                super::cached_mesh(ui, Id::unique("test_mesh"), 1_u8, shapes);
            } else {
                ui.painter().extend(shapes());
            }
        });
        output.textures_delta.clear();
        ctx.tessellate(std::mem::take(&mut output.shapes), output.pixels_per_point)
    }

    #[test]
    fn rows_drawn_in_a_discarded_pass_are_painted_in_the_next() {
        let plain = Context::default();
        let cached = Context::default();
        let pointer = Pos2::new(700.0, 500.0);
        for pass in 0..3 {
            let expected = triangles(&frame_discarding(&plain, false, pointer, true));
            let got = triangles(&frame_discarding(&cached, true, pointer, true));
            assert!(!expected.is_empty());
            assert!(expected == got, "pass {pass}");
        }
    }

    #[test]
    fn a_row_left_by_the_pointer_looks_as_if_painted_each_frame() {
        let plain = Context::default();
        let cached = Context::default();
        // Over the second row's cell, then away, then back, then away.
        let path = [
            // Just above the second row: egui still takes its cell as hovered.
            Pos2::new(100.0, 27.5),
            Pos2::new(100.0, 27.5),
            Pos2::new(100.0, 27.5),
            Pos2::new(700.0, 500.0),
            Pos2::new(100.0, 40.0),
            Pos2::new(100.0, 41.0),
            Pos2::new(100.0, 40.0),
            Pos2::new(100.0, 41.0),
            Pos2::new(100.0, 40.0),
            Pos2::new(100.0, 41.0),
            Pos2::new(700.0, 500.0),
            Pos2::new(701.0, 500.0),
            Pos2::new(100.0, 40.0),
            Pos2::new(700.0, 500.0),
            Pos2::new(700.0, 501.0),
        ];
        for (step, pointer) in path.into_iter().enumerate() {
            let expected = triangles(&frame(&plain, false, pointer));
            let got = triangles(&frame(&cached, true, pointer));
            let first_difference = expected.iter().zip(&got).position(|(a, b)| a != b);
            assert!(
                expected.len() == got.len() && first_difference.is_none(),
                "step {step}, pointer at {pointer:?}: {} against {} triangles, first \
                 difference at {first_difference:?}",
                expected.len(),
                got.len()
            );
        }
    }

    /// How a grid's texts are drawn in [`grid_frame`].
    #[derive(Clone, Copy, Debug)]
    enum GridWay {
        /// `ui.label`, as egui does it.
        Labels,
        /// `GridText::label`, painted each frame.
        Texts,
    }

    /// A striped grid of 40 rows of three texts (one in the error colour) in a scroll area, its
    /// rows in view drawn the `way` given, with the pointer at `pointer`.
    fn grid_frame(
        ctx: &Context,
        way: GridWay,
        pointer: Pos2,
        laid_out: &mut super::LaidOut,
    ) -> Vec<ClippedPrimitive> {
        let input = RawInput {
            screen_rect: Some(Rect::from_min_size(Pos2::ZERO, vec2(800.0, 600.0))),
            events: vec![egui::Event::PointerMoved(pointer)],
            ..RawInput::default()
        };
        let mut output = ctx.run_ui(input, |ui| {
            laid_out.refresh(ui);
            let text = cells::GridText::new(ui);
            egui::ScrollArea::vertical().show(ui, |ui| {
                egui::Grid::new("test_grid")
                    .num_columns(3)
                    .striped(true)
                    .spacing([14.0, 4.0])
                    .show(ui, |ui| {
                        ui.label(egui::RichText::new("head").strong());
                        ui.label("second");
                        ui.label("third");
                        ui.end_row();
                        let in_view =
                            crate::views::widgets::GridRowsInView::start(ui, "test_grid", 40);
                        for index in in_view.range() {
                            let cells = [
                                egui::RichText::new(format!("row {index}")),
                                egui::RichText::new("x".repeat(index % 7)),
                                egui::RichText::new("late").color(ui.visuals().error_fg_color),
                            ];
                            match way {
                                GridWay::Labels => {
                                    for cell in cells {
                                        ui.label(cell);
                                    }
                                    ui.end_row();
                                }
                                GridWay::Texts => {
                                    for cell in cells {
                                        text.label(ui, cell);
                                    }
                                    ui.end_row();
                                }
                            }
                        }
                        in_view.finish(ui);
                    });
            });
        });
        output.textures_delta.clear();
        ctx.tessellate(std::mem::take(&mut output.shapes), output.pixels_per_point)
    }

    #[test]
    fn grid_texts_and_rows_painted_from_meshes_look_as_labels() {
        for way in [GridWay::Texts] {
            let labels = Context::default();
            let other = Context::default();
            let (mut laid_out, mut unused) = (super::LaidOut::default(), super::LaidOut::default());
            let path = [
                Pos2::new(700.0, 500.0),
                Pos2::new(20.0, 60.0),
                Pos2::new(21.0, 60.0),
                Pos2::new(700.0, 500.0),
                Pos2::new(701.0, 500.0),
                Pos2::new(700.0, 500.0),
            ];
            for (step, pointer) in path.into_iter().enumerate() {
                let expected =
                    triangles(&grid_frame(&labels, GridWay::Labels, pointer, &mut unused));
                let got = triangles(&grid_frame(&other, way, pointer, &mut laid_out));
                assert!(!expected.is_empty());
                let first_difference = expected.iter().zip(&got).position(|(a, b)| a != b);
                assert!(
                    expected.len() == got.len() && first_difference.is_none(),
                    "{way:?}, step {step}: {} against {} triangles, first difference at \
                     {first_difference:?}",
                    expected.len(),
                    got.len()
                );
            }
        }
    }

    #[test]
    fn shapes_painted_as_a_cached_mesh_look_as_the_shapes() {
        let plain = Context::default();
        let cached = Context::default();
        for pass in 0..3 {
            let expected = triangles(&shapes_frame(&plain, false));
            let got = triangles(&shapes_frame(&cached, true));
            assert!(!expected.is_empty());
            assert!(expected == got, "pass {pass}");
        }
    }

    #[test]
    fn a_row_painted_from_its_mesh_skips_the_cells_painting() {
        let ctx = Context::default();
        let pointer = Pos2::new(700.0, 500.0);
        frame(&ctx, true, pointer);
        // From the second frame on, every row comes from its mesh: one shape a row.
        let input = RawInput {
            screen_rect: Some(Rect::from_min_size(Pos2::ZERO, vec2(800.0, 600.0))),
            ..RawInput::default()
        };
        let mut shapes = 0;
        let mut text = "row".to_owned();
        let mut output = ctx.run_ui(input.clone(), |_| {});
        output.textures_delta.clear();
        for _ in 0..2 {
            let mut output = ctx.run_ui(input.clone(), |ui| {
                let mut rows = CachedRows::start(ui, Id::unique("single_row"), 1);
                let cell = Id::unique("single_cell");
                rows.row(ui, Id::unique("single"), 26.0, &[cell], 0, |ui| {
                    let mut row = cells::Row::new(ui, 26.0);
                    cells::text_cell(ui, row.cell(200.0), cell, &mut text, "");
                });
                rows.finish(ui);
            });
            output.textures_delta.clear();
            shapes = output
                .shapes
                .iter()
                .filter(|s| !matches!(s.shape, egui::Shape::Noop))
                .count();
        }
        assert_eq!(shapes, 1);
    }
}
