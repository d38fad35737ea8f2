//! Table cells for screens with a row per member, unit or entry.
//!
//! A cell paints its value as text inside a plain field outline, and becomes the real editing
//! widget only while it has the keyboard focus: clicked, or reached with Tab. To the person the
//! table reads and works like a form; to the computer a row costs a few painted strings instead
//! of a handful of full widgets, so a screen full of rows draws as fast as a short one
//! (issue 7: frame time follows what is visible, not the size of the session).
//!
//! Every cell keeps its [`Id`] in both states, so the focus (and Tab order) passes between the
//! painted cell and the field seamlessly, and it reports itself to accessibility tools as the
//! widget it stands for (a text input, a combo box, a button).

use std::ops::RangeInclusive;

use egui::accesskit::Role;
use egui::{
    Align2, Color32, CornerRadius, Id, Rect, Response, Sense, Shape, Stroke, StrokeKind, TextStyle,
    TextWrapMode, Ui, WidgetInfo, WidgetText, vec2,
};

/// Space between a cell's outline and its text, as a text field has.
const PADDING: f32 = 4.0;

/// Where a cell's text begins, from its left edge: where a text field's text begins, so that
/// nothing moves when the cell becomes a field.
const TEXT_INSET: f32 = 8.0;

/// Height of a cell within its row.
pub const CELL_HEIGHT: f32 = 24.0;

/// Width of an ↑ or ↓ [`small_button`].
pub const ARROW_WIDTH: f32 = 22.0;

/// Width of a 「删除」 or 「常用」 [`small_button`].
pub const WORD_BUTTON_WIDTH: f32 = 40.0;

/// Width of the [`move_buttons`].
pub const MOVE_BUTTONS_WIDTH: f32 = 2.0 * ARROW_WIDTH + GAP;

/// Width of the row actions of [`move_buttons`] and [`delete_button`] together.
pub const ROW_ACTIONS_WIDTH: f32 = MOVE_BUTTONS_WIDTH + GAP + WORD_BUTTON_WIDTH;

/// Space between the cells of a row.
pub const GAP: f32 = 6.0;

/// A row of cells laid out left to right by hand: one allocation for the whole row and a
/// rectangle for each cell, instead of a horizontal layout with a child `Ui` per row.
pub struct Row {
    rect: Rect,
    next_x: f32,
    id: Id,
    next_id: u64,
}

impl Row {
    /// A row `height` high across the width available, allocated from `ui`.
    pub fn new(ui: &mut Ui, height: f32) -> Self {
        let (id, rect) = ui.allocate_space(vec2(ui.available_width(), height));
        Self {
            rect,
            next_x: rect.left(),
            id,
            next_id: 0,
        }
    }

    /// An id for the next widget of the row that needs no id of its own (a button).
    fn next_id(&mut self) -> Id {
        self.next_id += 1;
        self.id.with(self.next_id)
    }

    /// The whole row.
    pub fn rect(&self) -> Rect {
        self.rect
    }

    /// The width left on the right of the cells taken so far.
    pub fn remaining(&self) -> f32 {
        (self.rect.right() - self.next_x).max(0.0)
    }

    /// The next cell, `width` wide and [`CELL_HEIGHT`] high, centred in the row's height.
    pub fn cell(&mut self, width: f32) -> Rect {
        let height = CELL_HEIGHT.min(self.rect.height());
        self.cell_of_height(width, height)
    }

    /// The next cell, `width` wide and as high as the row.
    pub fn full_cell(&mut self, width: f32) -> Rect {
        self.cell_of_height(width, self.rect.height())
    }

    fn cell_of_height(&mut self, width: f32, height: f32) -> Rect {
        let rect = Rect::from_min_size(
            egui::pos2(self.next_x, self.rect.center().y - height / 2.0),
            vec2(width, height),
        );
        self.next_x += width + GAP;
        rect
    }
}

/// A text cell: the text (or `hint`, faint, when empty) until focused, then a text field.
pub fn text_cell(ui: &mut Ui, rect: Rect, id: Id, text: &mut String, hint: &str) -> Response {
    if has_focus(ui, id) {
        return ui.place(
            rect,
            egui::TextEdit::singleline(text)
                .id(id)
                .hint_text(hint.to_owned()),
        );
    }
    let response = idle_cell(ui, rect, id, text, hint, false);
    response.widget_info(|| WidgetInfo::text_edit(ui.is_enabled(), &*text, &*text, hint));
    response
}

/// A cell showing `shown` and, while focused, a draft the person types freely; every change
/// of the draft is handed to `apply` (which parses it into the model), and the draft goes when
/// the field loses focus, the cell showing the model again.
pub fn parsed_cell(
    ui: &mut Ui,
    rect: Rect,
    id: Id,
    shown: &str,
    hint: &str,
    apply: impl FnOnce(&str),
) -> Response {
    let draft_id = id.with("draft");
    if has_focus(ui, id) {
        let mut draft = ui
            .data(|d| d.get_temp::<String>(draft_id))
            .unwrap_or_else(|| shown.to_owned());
        let response = ui.place(
            rect,
            egui::TextEdit::singleline(&mut draft)
                .id(id)
                .hint_text(hint.to_owned()),
        );
        if response.changed() {
            apply(&draft);
        }
        if response.lost_focus() {
            ui.data_mut(|d| d.remove::<String>(draft_id));
        } else {
            ui.data_mut(|d| d.insert_temp(draft_id, draft));
        }
        return response;
    }
    ui.data_mut(|d| d.remove::<String>(draft_id));
    let response = idle_cell(ui, rect, id, shown, hint, false);
    response.widget_info(|| WidgetInfo::text_edit(ui.is_enabled(), shown, shown, hint));
    response
}

/// A list of short texts (names, posts) shown and edited as one line joined by 「、」.
pub fn list_cell(ui: &mut Ui, rect: Rect, id: Id, items: &mut Vec<String>, hint: &str) -> Response {
    let mut text = items.join("、");
    let response = text_cell(ui, rect, id, &mut text, hint);
    if response.changed() {
        *items = super::widgets::split_list(&text);
    }
    response
}

/// A person's name: as [`text_cell`], the name kept in its normal form
/// ([`crate::collation::normal_name`]): an invisible character pasted in never enters it, and
/// padding and full-width letters are put right when the cell is left. A name loaded as it is
/// stays as it is until typed in (`check` reports it).
pub fn name_cell(ui: &mut Ui, rect: Rect, id: Id, name: &mut String, hint: &str) -> Response {
    let response = text_cell(ui, rect, id, name, hint);
    if response.changed() && name.chars().any(crate::collation::is_invisible) {
        name.retain(|c| !crate::collation::is_invisible(c));
    }
    if response.lost_focus() {
        let normal = crate::collation::normal_name(name);
        if normal != *name {
            *name = normal;
        }
    }
    response
}

/// A whole number in `range`: shown as digits, typed as digits; what is not a number in range
/// is shown in red while typed and not applied.
pub fn number_cell(
    ui: &mut Ui,
    rect: Rect,
    id: Id,
    value: &mut u32,
    range: RangeInclusive<u32>,
) -> Response {
    if has_focus(ui, id) {
        let draft_id = id.with("draft");
        let mut draft = ui
            .data(|d| d.get_temp::<String>(draft_id))
            .unwrap_or_else(|| value.to_string());
        let valid = |draft: &str| {
            draft
                .trim()
                .parse::<u32>()
                .ok()
                .filter(|n| range.contains(n))
        };
        let draft_is_valid = valid(&draft).is_some();
        let mut edit = egui::TextEdit::singleline(&mut draft).id(id);
        if !draft_is_valid {
            edit = edit.text_color(ui.visuals().error_fg_color);
        }
        let response = ui.place(rect, edit);
        if response.changed()
            && let Some(new) = valid(&draft)
        {
            *value = new;
        }
        if response.lost_focus() {
            ui.data_mut(|d| d.remove::<String>(draft_id));
        } else {
            ui.data_mut(|d| d.insert_temp(draft_id, draft));
        }
        return response;
    }
    // A draft left by a field that went out of view while focused is not taken up again.
    ui.data_mut(|d| d.remove::<String>(id.with("draft")));
    let text = value.to_string();
    let response = idle_cell(ui, rect, id, &text, "", false);
    response.widget_info(|| WidgetInfo::text_edit(ui.is_enabled(), &text, &text, ""));
    response
}

/// One of `all`, chosen from a menu that opens on a click (or Enter / Space when focused).
pub fn choice_cell<T: Copy + PartialEq>(
    ui: &mut Ui,
    rect: Rect,
    id: Id,
    value: &mut T,
    all: &[T],
    label: impl Fn(T) -> &'static str,
) -> Response {
    let current = label(*value);
    let mut response = idle_cell(ui, rect, id, current, "", true);
    response.widget_info(|| WidgetInfo::labeled(Role::ComboBox, ui.is_enabled(), current));
    let popup_id = egui::Popup::default_response_id(&response);
    if response.clicked() || egui::Popup::is_id_open(ui.ctx(), popup_id) {
        let mut chosen = None;
        egui::Popup::menu(&response).width(rect.width()).show(|ui| {
            for option in all {
                if ui
                    .selectable_label(*option == *value, label(*option))
                    .clicked()
                {
                    chosen = Some(*option);
                }
            }
        });
        if let Some(option) = chosen
            && option != *value
        {
            *value = option;
            response.mark_changed();
        }
    }
    response
}

/// A small frameless button (↑, ↓, 删除, 常用…), the next `width` of `row`: its text, with a frame only
/// under the pointer or with the focus. Disabled, it is drawn faint and does nothing.
pub fn small_button(
    ui: &mut Ui,
    row: &mut Row,
    width: f32,
    text: &str,
    color: Option<Color32>,
    enabled: bool,
    hover: &str,
) -> Response {
    let sense = if enabled {
        Sense::click()
    } else {
        Sense::hover()
    };
    small_button_sensing(ui, row, width, (text, color), sense, hover)
}

/// A row's own action (↑, ↓, 删除): a [`small_button`] that Tab passes over, so that the
/// keyboard goes from field to field and never lands on 删除 (the row's right-click menu and
/// the pointer reach it).
fn row_action_button(
    ui: &mut Ui,
    row: &mut Row,
    width: f32,
    (text, color): (&str, Option<Color32>),
    enabled: bool,
    hover: &str,
) -> Response {
    let sense = if enabled {
        Sense::CLICK
    } else {
        Sense::hover()
    };
    small_button_sensing(ui, row, width, (text, color), sense, hover)
}

/// A [`small_button`] with the given sense.
fn small_button_sensing(
    ui: &mut Ui,
    row: &mut Row,
    width: f32,
    (text, color): (&str, Option<Color32>),
    sense: Sense,
    hover: &str,
) -> Response {
    let enabled = sense.senses_click();
    let rect = row.cell(width);
    let response = ui.interact(rect, row.next_id(), sense);
    response.widget_info(|| WidgetInfo::labeled(Role::Button, enabled, text));
    if paints(ui, rect) {
        let visuals = ui.style().interact(&response);
        if enabled && (response.hovered() || response.has_focus()) {
            paint_frame(ui, rect, visuals);
        }
        let color = if enabled {
            color.unwrap_or(visuals.text_color())
        } else {
            ui.visuals().weak_text_color()
        };
        paint_text(
            ui,
            rect,
            text,
            TextStyle::Button,
            Align2::CENTER_CENTER,
            color,
        );
    }
    if hover.is_empty() {
        response
    } else {
        response.on_hover_text(hover)
    }
}

/// A row of a list to choose from (agenda items, motions), the next `width` of `row`: its text,
/// highlighted when `selected`; each line of `text` is cut short with 「…」 where it does not fit.
pub fn selectable_row(
    ui: &mut Ui,
    row: &mut Row,
    width: f32,
    selected: bool,
    text: &str,
) -> Response {
    let rect = row.full_cell(width);
    let response = ui.interact(rect, row.next_id(), Sense::click());
    response.widget_info(|| WidgetInfo::selected(Role::Button, true, selected, text));
    if paints(ui, rect) {
        let visuals = ui.style().interact_selectable(&response, selected);
        if selected || response.hovered() || response.has_focus() {
            paint_frame(ui, rect, &visuals);
        }
        // Each line of the text on a line of its own, the block centred in the row.
        let lines = text.lines().count().max(1) as f32;
        let line_height = (rect.height() - 2.0 * PADDING) / lines;
        for (n, line) in text.lines().enumerate() {
            let top = rect.top() + PADDING + n as f32 * line_height;
            let line_rect = Rect::from_x_y_ranges(
                rect.left() + PADDING..=rect.right() - PADDING,
                top..=top + line_height,
            );
            paint_text(
                ui,
                line_rect,
                line,
                TextStyle::Button,
                Align2::LEFT_CENTER,
                visuals.text_color(),
            );
        }
    }
    response
}

/// A coloured button, the next `width` of `row`, with white text (the attendance status).
pub fn chip(ui: &mut Ui, row: &mut Row, width: f32, text: &str, fill: Color32) -> Response {
    let rect = row.cell(width);
    let response = ui.interact(rect, row.next_id(), Sense::click());
    response.widget_info(|| WidgetInfo::labeled(Role::Button, true, text));
    if paints(ui, rect) {
        let stroke = if response.hovered() || response.has_focus() {
            ui.visuals().widgets.hovered.fg_stroke
        } else {
            Stroke::NONE
        };
        ui.painter().rect(
            rect,
            CornerRadius::same(3),
            fill,
            stroke,
            StrokeKind::Inside,
        );
        paint_text(
            ui,
            rect,
            egui::RichText::new(text).strong(),
            TextStyle::Button,
            Align2::CENTER_CENTER,
            Color32::WHITE,
        );
    }
    response
}

/// Text that is only read (a count, a note) in `rect`, aligned by `align`, without the
/// interaction of a label: nothing to select, hover or copy. Accessibility tools still read it
/// as a label.
pub fn plain_text(ui: &Ui, rect: Rect, text: impl Into<WidgetText>, align: Align2) {
    let text = text.into();
    known_as_label(ui, rect, text.text());
    if paints(ui, rect) {
        let color = ui.visuals().text_color();
        paint_text(ui, rect, text, TextStyle::Body, align, color);
    }
}

/// A text painted by hand at `rect`, made known to accessibility tools (while they are served)
/// as the label `ui.label` would have made it, whether or not its row is painted from a mesh.
fn known_as_label(ui: &Ui, rect: Rect, text: &str) {
    // Every `Ui` has its node while AccessKit is on, so this adds none.
    if ui
        .ctx()
        .accesskit_node_builder(ui.unique_id(), |_| ())
        .is_none()
    {
        return;
    }
    let id = ui
        .unique_id()
        .with(("painted_text", rect.min.x.to_bits(), rect.min.y.to_bits()));
    ui.interact(rect, id, Sense::hover())
        .widget_info(|| WidgetInfo::labeled(Role::Label, ui.is_enabled(), text));
}

/// A check box with its label in `rect`, known by `id` like every cell (stable whether or not
/// the rows before it come from their cached meshes): it takes clicks and reports itself as a
/// check box always, and paints as egui's own check box does (egui 0.37's default
/// `CheckboxStyle`) only where the row is not drawn from its mesh. Whether it was changed is
/// the response's `changed()`.
pub fn check_cell(ui: &mut Ui, rect: Rect, id: Id, checked: &mut bool, label: &str) -> Response {
    let mut response = ui.interact(rect, id, Sense::click());
    if response.clicked() {
        *checked = !*checked;
        response.mark_changed();
    }
    let value = *checked;
    response.widget_info(|| WidgetInfo::selected(Role::CheckBox, ui.is_enabled(), value, label));
    if paints(ui, rect) {
        let spacing = ui.spacing();
        let visuals = ui.style().interact(&response);
        let size = spacing.icon_width;
        let center = egui::pos2(rect.left() + size * 0.5, rect.center().y);
        let frame = Rect::from_center_size(center, vec2(size, size));
        let check = Rect::from_center_size(
            center,
            vec2(spacing.icon_width_inner, spacing.icon_width_inner),
        );
        // The box is small: egui caps its rounding so that it does not look like a radio button.
        let corner = visuals.corner_radius.at_most((0.3 * size).round() as u8);
        let text_rect = Rect::from_min_max(
            egui::pos2(frame.right() + spacing.icon_spacing, rect.top()),
            rect.max,
        );
        let painter = ui.painter();
        painter.rect(
            frame,
            corner,
            visuals.bg_fill,
            visuals.bg_stroke,
            StrokeKind::Inside,
        );
        if value {
            painter.add(Shape::line(
                vec![
                    egui::pos2(check.left(), check.center().y),
                    egui::pos2(check.center().x, check.bottom()),
                    egui::pos2(check.right(), check.top()),
                ],
                visuals.fg_stroke,
            ));
        }
        paint_plain(
            ui,
            text_rect,
            label,
            Align2::LEFT_CENTER,
            visuals.text_color(),
        );
    }
    response
}

/// Faint text that is only read (a count, an outcome) in `rect`, aligned by `align`; read as a
/// label by accessibility tools, as [`plain_text`].
pub fn weak_text(ui: &Ui, rect: Rect, text: &str, align: Align2) {
    known_as_label(ui, rect, text);
    if paints(ui, rect) {
        paint_plain(ui, rect, text, align, ui.visuals().weak_text_color());
    }
}

/// A drag handle's mark 「≡」 in `rect`: three short lines, no text to lay out.
pub fn paint_grip(ui: &Ui, rect: Rect) {
    if !paints(ui, rect) {
        return;
    }
    let stroke = ui.visuals().widgets.inactive.fg_stroke;
    let center = rect.center();
    let half = (rect.width() * 0.3).min(6.0);
    for dy in [-4.0, 0.0, 4.0] {
        let y = (center.y + dy).round() + 0.5;
        ui.painter()
            .hline(center.x - half..=center.x + half, y, stroke);
    }
}

/// Up and down [`small_button`]s for the row at `index` of `len`; the new position if pressed.
pub fn move_buttons(ui: &mut Ui, row: &mut Row, index: usize, len: usize) -> Option<usize> {
    let mut moved = None;
    if row_action_button(ui, row, ARROW_WIDTH, ("↑", None), index > 0, "上移").clicked() {
        moved = Some(index - 1);
    }
    if row_action_button(ui, row, ARROW_WIDTH, ("↓", None), index + 1 < len, "下移").clicked() {
        moved = Some(index + 1);
    }
    moved
}

/// A red 「删除」 [`small_button`] for a row holding `what`; whether it was clicked.
pub fn delete_button(ui: &mut Ui, row: &mut Row, what: &str) -> bool {
    let color = ui.visuals().error_fg_color;
    let hover = format!("删除{what}（可撤销）");
    row_action_button(
        ui,
        row,
        WORD_BUTTON_WIDTH,
        ("删除", Some(color)),
        true,
        &hover,
    )
    .clicked()
}

/// Whether a row's own actions (move, delete) are drawn: while the pointer is over the row or
/// one of its `cells` has the keyboard focus, as mail and file lists show them. They come last
/// in a row, so nothing moves when they appear; and a screen of rows costs a screen of cells,
/// not of buttons as well.
pub fn row_is_hot(ui: &Ui, row: &Row, cells: &[Id]) -> bool {
    ui.rect_contains_pointer(row.rect())
        || ui.memory(|m| m.focused().is_some_and(|focused| cells.contains(&focused)))
}

/// `hover` shown while the pointer is over `response`'s widget, and given to accessibility
/// tools as its description. A widget that is neither under the pointer, showing its tooltip,
/// nor served to those tools skips egui's tooltip bookkeeping, which every row of a screen
/// would otherwise pay on every frame.
pub fn hover_text(response: Response, hover: &str) -> Response {
    if response.hovered()
        || response.is_tooltip_open()
        || response.ctx.has_accesskit_node(response.id)
    {
        response.on_hover_text(hover)
    } else {
        response
    }
}

/// Shades every other row, from the row's `index`, as a striped table does.
pub fn stripe(ui: &Ui, row: &Row, index: usize) {
    if index % 2 == 1 && paints(ui, row.rect()) {
        ui.painter()
            .rect_filled(row.rect(), 0.0, ui.visuals().faint_bg_color);
    }
}

/// A button's frame as egui draws it in the state `visuals` describe.
fn paint_frame(ui: &Ui, rect: Rect, visuals: &egui::style::WidgetVisuals) {
    ui.painter().rect(
        rect,
        visuals.corner_radius,
        visuals.weak_bg_fill,
        visuals.bg_stroke,
        StrokeKind::Inside,
    );
}

/// Whether something at `rect` is painted: in view, and not in a row painted from its cached
/// mesh ([`super::painted::CachedRows`]).
fn paints(ui: &Ui, rect: Rect) -> bool {
    super::painted::painting() && ui.is_rect_visible(rect)
}

/// Whether the cell `id` has the keyboard focus, and so is drawn as its editing widget.
fn has_focus(ui: &Ui, id: Id) -> bool {
    ui.memory(|m| m.has_focus(id))
}

/// Lays out `text` on one line cut short to fit `rect` and paints it there, aligned by `align`;
/// whether it had to be cut short.
fn paint_text(
    ui: &Ui,
    rect: Rect,
    text: impl Into<WidgetText>,
    style: TextStyle,
    align: Align2,
    color: Color32,
) -> bool {
    let galley = text
        .into()
        .into_galley(ui, Some(TextWrapMode::Truncate), rect.width(), style);
    let elided = galley.elided;
    let pos = align.align_size_within_rect(galley.size(), rect).min;
    ui.painter().galley(pos, galley, color);
    elided
}

/// [`paint_text`] for plain text in the body font: the layout job is built directly, without
/// the rich-text conversion, as every cell of a table does it every frame.
fn paint_plain(
    ui: &Ui,
    rect: Rect,
    text: &str,
    align: Align2,
    color: Color32,
) -> (std::sync::Arc<egui::Galley>, egui::Pos2) {
    let (galley, pos) = layout_plain(ui, rect, text, align, color);
    ui.painter()
        .galley(pos, std::sync::Arc::clone(&galley), color);
    (galley, pos)
}

/// Plain text laid out as [`paint_plain`] paints it, and where it goes.
fn layout_plain(
    ui: &Ui,
    rect: Rect,
    text: &str,
    align: Align2,
    color: Color32,
) -> (std::sync::Arc<egui::Galley>, egui::Pos2) {
    let font = TextStyle::Body.resolve(ui.style());
    let mut job = egui::text::LayoutJob::single_section(
        text.to_owned(),
        egui::TextFormat::simple(font, color),
    );
    job.wrap = egui::text::TextWrapping::truncate_at_width(rect.width());
    let galley = ui.fonts_mut(|f| f.layout_job(job));
    let pos = align.align_size_within_rect(galley.size(), rect).min;
    (galley, pos)
}

/// A cell not being edited, filling `rect`: its outline, `text` (or `hint`, faint) cut short
/// where it does not fit (the whole of it on hover), and a menu arrow for a `choice`. A click,
/// or Tab reaching it, gives it the focus: the next frame draws the editing widget.
fn idle_cell(ui: &mut Ui, rect: Rect, id: Id, text: &str, hint: &str, choice: bool) -> Response {
    let mut response = ui.interact(rect, id, Sense::click());
    let paint = paints(ui, rect);
    let clicked = response.clicked() && !choice;
    let laid_out = paint || (clicked && ui.is_rect_visible(rect));
    if !laid_out {
        return response;
    }
    let hot = response.hovered() || response.has_focus();
    let visuals = ui.visuals();
    let arrow = if choice { rect.height() * 0.5 } else { 0.0 };
    let (shown, color) = if text.is_empty() {
        (hint, visuals.weak_text_color())
    } else {
        (text, visuals.text_color())
    };
    let text_rect = Rect::from_min_max(
        rect.min + vec2(TEXT_INSET, 0.0),
        egui::pos2(rect.right() - PADDING - arrow, rect.bottom()),
    );
    let (galley, text_pos) = if paint {
        let stroke = if hot {
            visuals.widgets.hovered.bg_stroke
        } else {
            visuals.widgets.noninteractive.bg_stroke
        };
        // A square outline is four line segments; rounded corners would cost a path each.
        ui.painter()
            .add(Shape::rect_stroke(rect, 0, stroke, StrokeKind::Inside));
        paint_plain(ui, text_rect, shown, Align2::LEFT_CENTER, color)
    } else {
        // Clicked in a row painted from its cached mesh (a click from a screen reader): the
        // text is laid out to place the cursor, not painted.
        layout_plain(ui, text_rect, shown, Align2::LEFT_CENTER, color)
    };
    if clicked {
        // The field comes up on the next frame with the cursor where the click was.
        let clicked_at = response
            .interact_pointer_pos()
            .filter(|_| !text.is_empty())
            .map_or(0, |pos| galley.cursor_from_pos(pos - text_pos).index.0);
        let mut state = egui::text_edit::TextEditState::load(ui.ctx(), id).unwrap_or_default();
        let cursor = egui::text::CCursor::new(clicked_at.min(text.chars().count()));
        state
            .cursor
            .set_char_range(Some(egui::text::CCursorRange::one(cursor)));
        state.store(ui.ctx(), id);
        response.request_focus();
        ui.ctx().request_repaint();
    }
    if !paint {
        return response;
    }
    if choice {
        let icon = Rect::from_center_size(
            egui::pos2(rect.right() - PADDING - arrow * 0.5, rect.center().y),
            vec2(arrow * 0.7, arrow * 0.45),
        );
        ui.painter().add(Shape::rotated_triangle(
            icon,
            0.0,
            ui.visuals().widgets.inactive.fg_stroke.color,
        ));
    } else if response.hovered() {
        ui.ctx().set_cursor_icon(egui::CursorIcon::Text);
    }
    if galley.elided {
        response = response.on_hover_text(text.to_owned());
    }
    response
}

/// Text in the cells of an `egui::Grid`, laid out, placed and painted as `ui.label` does it, but
/// without a label's interaction (the text cannot be selected with the pointer): a screenful of
/// rows of text costs its layout and painting, and a [`super::table::Table`] is replayed from
/// what it painted. Screen readers still find each as a label; with a screen reader on, it is a
/// real label (focusable, as egui makes them).
pub struct GridText {
    accessible: bool,
    screen_reader: bool,
    /// Where the pointer is, and how far from a widget egui still takes it as over it.
    pointer: Option<(egui::Pos2, f32)>,
}

impl GridText {
    /// Found out once a grid: whether accessibility is on, and a screen reader.
    pub fn new(ui: &Ui) -> Self {
        Self {
            // Every `Ui` has its node while AccessKit is on, so this adds none.
            accessible: ui
                .ctx()
                .accesskit_node_builder(ui.unique_id(), |_| ())
                .is_some(),
            screen_reader: ui.memory(|m| m.options.screen_reader),
            pointer: ui
                .input(|i| i.pointer.interact_pos())
                .map(|pos| (pos, ui.style().interaction.interact_radius)),
        }
    }

    /// `text` in the grid's next cell; where it went.
    pub fn label(&self, ui: &mut Ui, text: impl Into<WidgetText>) -> Rect {
        match self.painted_label(ui, text) {
            Ok((_, rect)) => rect,
            Err(response) => response.rect,
        }
    }

    /// [`Self::label`] showing `hover` while the pointer is over it.
    pub fn label_with_hover(&self, ui: &mut Ui, text: impl Into<WidgetText>, hover: &str) {
        match self.painted_label(ui, text) {
            Ok((id, rect)) => self.hover(ui, id, rect, hover),
            Err(response) => {
                response.on_hover_text(hover);
            }
        }
    }

    /// The text laid out and painted by hand (its id and place), or as a label where that is
    /// not done.
    fn painted_label(
        &self,
        ui: &mut Ui,
        text: impl Into<WidgetText>,
    ) -> Result<(Id, Rect), Response> {
        if !Self::done_by_hand(ui, self.screen_reader) {
            return Err(ui.label(text));
        }
        let galley = Self::lay_out(ui, text);
        Ok(self.place(ui, galley))
    }

    /// [`Self::label`] for text that stays the same frame after frame: laid out once, into
    /// `laid_out` at `place` (row and column).
    pub fn kept_label(
        &self,
        ui: &mut Ui,
        laid_out: &mut super::painted::LaidOut,
        place: (usize, usize),
        text: impl Into<WidgetText>,
    ) -> Rect {
        if !Self::done_by_hand(ui, self.screen_reader) {
            return ui.label(text).rect;
        }
        let galley = laid_out.galley(place, || Self::lay_out(ui, text));
        self.place(ui, galley).1
    }

    /// [`Self::kept_label`] showing `hover` while the pointer is over it.
    pub fn kept_label_with_hover(
        &self,
        ui: &mut Ui,
        laid_out: &mut super::painted::LaidOut,
        place: (usize, usize),
        text: impl Into<WidgetText>,
        hover: &str,
    ) {
        if !Self::done_by_hand(ui, self.screen_reader) {
            ui.label(text).on_hover_text(hover);
            return;
        }
        let galley = laid_out.galley(place, || Self::lay_out(ui, text));
        let (id, rect) = self.place(ui, galley);
        self.hover(ui, id, rect, hover);
    }

    /// Whether accessibility tools are served: texts are then labels as egui makes them.
    pub fn accessible(&self) -> bool {
        self.accessible || self.screen_reader
    }

    /// `hover` shown while the pointer is over the text at `rect`: only a text under the
    /// pointer (as far as egui reaches) takes part in the interaction.
    pub fn hover(&self, ui: &Ui, id: Id, rect: Rect, hover: &str) {
        let Some((pointer, reach)) = self.pointer else {
            return;
        };
        let near = rect.expand(reach);
        if near.contains(pointer) && ui.rect_contains_pointer(near) {
            ui.interact(rect, id, Sense::hover()).on_hover_text(hover);
        }
    }

    /// Whether the text is laid out and painted here: text that extends as far as it goes from
    /// the left, a grid's (which a label lays out so), or a horizontal layout's of the same
    /// alignment; not for a screen reader.
    fn done_by_hand(ui: &Ui, screen_reader: bool) -> bool {
        let layout = ui.layout();
        !screen_reader
            && ui.wrap_mode() == TextWrapMode::Extend
            && layout.horizontal_placement() == egui::Align::LEFT
            && !layout.horizontal_justify()
    }

    /// The text laid out as `Label` lays it out in a grid.
    fn lay_out(ui: &Ui, text: impl Into<WidgetText>) -> std::sync::Arc<egui::Galley> {
        let mut job = std::sync::Arc::unwrap_or_clone(text.into().into_layout_job(
            ui.style(),
            egui::FontSelection::Default,
            ui.text_valign(),
        ));
        job.wrap.max_width = f32::INFINITY;
        job.halign = egui::Align::LEFT;
        job.justify = false;
        ui.fonts_mut(|f| f.layout_job(job))
    }

    /// The galley placed in the next cell, painted and named for accessibility as a label.
    fn place(&self, ui: &mut Ui, galley: std::sync::Arc<egui::Galley>) -> (Id, Rect) {
        let (id, rect) = ui.allocate_space(galley.size());
        if self.accessible {
            // For accessibility tools, what a label is: a widget reporting its text.
            ui.interact(rect, id, Sense::hover())
                .widget_info(|| WidgetInfo::labeled(Role::Label, ui.is_enabled(), galley.text()));
        }
        if paints(ui, rect) {
            ui.painter().add(egui::epaint::TextShape::new(
                rect.left_top(),
                galley,
                ui.visuals().text_color(),
            ));
        }
        (id, rect)
    }
}
