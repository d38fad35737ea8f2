//! Small widgets shared by the screens: date fields, list fields, combo boxes for model enums.

use chrono::NaiveDate;
use egui::{Id, Response, Ui};

use crate::action::Action;
use crate::command::Command;

/// A date typed as 2023-12-21 (also 2023年12月21日 or 2023.12.21). The text being typed lives
/// in egui's memory until it is a valid date; an invalid one is shown in red and not applied.
pub fn date_field(ui: &mut Ui, id: Id, date: &mut NaiveDate) -> Response {
    let mut text: String = ui
        .data(|d| d.get_temp::<String>(id))
        .unwrap_or_else(|| date.format("%Y-%m-%d").to_string());
    let parsed = parse_date(&text);
    let mut edit = egui::TextEdit::singleline(&mut text)
        .id(id.with("edit"))
        .desired_width(110.0);
    if parsed.is_none() {
        edit = edit.text_color(ui.visuals().error_fg_color);
    }
    let response = ui
        .add_sized([110.0, 24.0], edit)
        .on_hover_text("日期，如 2023-12-21");
    let response = named(response, "日期");
    if response.changed()
        && let Some(new) = parse_date(&text)
    {
        *date = new;
    }
    if response.has_focus() {
        ui.data_mut(|d| d.insert_temp(id, text));
    } else {
        ui.data_mut(|d| d.remove::<String>(id));
    }
    response
}

/// An optional date: a checkbox 「有日期」 and the date field.
pub fn optional_date_field(
    ui: &mut Ui,
    id: Id,
    date: &mut Option<NaiveDate>,
    fallback: NaiveDate,
) -> bool {
    let mut changed = false;
    let mut has_date = date.is_some();
    if ui
        .checkbox(&mut has_date, "")
        .on_hover_text("有日期")
        .changed()
    {
        *date = has_date.then_some(date.unwrap_or(fallback));
        changed = true;
    }
    if let Some(value) = date {
        changed |= date_field(ui, id, value).changed();
    } else {
        ui.weak("无日期");
    }
    changed
}

/// Parses 2023-12-21, 2023/12/21, 2023.12.21 or 2023年12月21日.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let numbers: Vec<u32> = text
        .split(|c: char| !c.is_ascii_digit())
        .filter(|p| !p.is_empty())
        .filter_map(|p| p.parse().ok())
        .collect();
    match numbers[..] {
        [year, month, day] => NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day),
        _ => None,
    }
}

/// A line of texts joined by 「、」 split back into its items, each trimmed; an empty line is no item.
pub fn split_list(text: &str) -> Vec<String> {
    if text.trim().is_empty() {
        return Vec::new();
    }
    text.split('、').map(|s| s.trim().to_owned()).collect()
}

/// Gives the widget of `response` the accessible name `name`, read by screen readers: a field
/// that sits beside its label in a grid, or in a table row under a column header, has none of
/// its own.
pub fn named(response: Response, name: &str) -> Response {
    response
        .ctx
        .accesskit_node_builder(response.id, |node| node.set_label(name.to_owned()));
    response
}

/// A one-line text field of `width` points for a value the session changes only through an
/// action: it shows `current`, keeps what is typed while it has the focus, and returns the text
/// whenever it changes (the action is a typing one: the changes become one undo step). Named
/// `name` for screen readers and tests.
pub fn action_text_field(
    ui: &mut Ui,
    id: Id,
    current: &str,
    width: f32,
    hint: &str,
    name: &str,
) -> (Response, Option<String>) {
    let draft_id = id.with("draft");
    let mut text = ui
        .data(|d| d.get_temp::<String>(draft_id))
        .unwrap_or_else(|| current.to_owned());
    let response = named(
        ui.add(
            egui::TextEdit::singleline(&mut text)
                .id(id)
                .desired_width(width)
                .hint_text(hint.to_owned()),
        ),
        name,
    );
    let changed = response.changed().then(|| text.clone());
    if response.has_focus() {
        ui.data_mut(|d| d.insert_temp(draft_id, text));
    } else {
        ui.data_mut(|d| d.remove::<String>(draft_id));
    }
    (response, changed)
}

/// A combo box over a fixed list of values, each with its label.
pub fn enum_combo<T: Copy + PartialEq>(
    ui: &mut Ui,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    value: &mut T,
    all: &[T],
    label: impl Fn(T) -> &'static str,
) -> Response {
    let mut changed = false;
    let mut response = egui::ComboBox::from_id_salt(id_salt)
        .selected_text(label(*value))
        .show_ui(ui, |ui| {
            for option in all {
                changed |= ui
                    .selectable_value(value, *option, label(*option))
                    .changed();
            }
        })
        .response;
    if changed {
        response.mark_changed();
    }
    response
}

/// What a sitting field shows when something is placed in no sitting.
pub const NO_SITTING: &str = "（未指定）";

/// The session's sittings as the minutes name them (「第一次全体会议」), to choose from.
pub fn sitting_choices(session: &crate::model::Session) -> Vec<(crate::model::SittingId, String)> {
    session
        .details
        .sittings
        .iter()
        .map(|s| (s.id, session.sitting_name(s.id).unwrap_or_default()))
        .collect()
}

/// A combo box choosing the sitting something is heard or voted at: 「（未指定）」 or one of
/// `sittings`. Returns the response and the sitting chosen this frame, if one was.
pub fn sitting_combo(
    ui: &mut Ui,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    current: Option<crate::model::SittingId>,
    sittings: &[(crate::model::SittingId, String)],
) -> (Response, Option<Option<crate::model::SittingId>>) {
    let shown = match current {
        None => NO_SITTING,
        Some(id) => sittings
            .iter()
            .find(|(s, _)| *s == id)
            .map_or("（已删除的会议）", |(_, name)| name.as_str()),
    };
    let mut chosen = None;
    let response = egui::ComboBox::from_id_salt(id_salt)
        .selected_text(shown)
        .show_ui(ui, |ui| {
            if ui.selectable_label(current.is_none(), NO_SITTING).clicked() && current.is_some() {
                chosen = Some(None);
            }
            for (id, name) in sittings {
                let selected = current == Some(*id);
                if ui.selectable_label(selected, name.as_str()).clicked() && !selected {
                    chosen = Some(Some(*id));
                }
            }
        })
        .response;
    (response, chosen)
}

/// Up and down buttons for an item at `index` of `len`; returns the new final position if pressed.
pub fn move_buttons(ui: &mut Ui, index: usize, len: usize) -> Option<usize> {
    let mut moved = None;
    if ui
        .add_enabled(index > 0, egui::Button::new("↑").small())
        .on_hover_text("上移")
        .clicked()
    {
        moved = Some(index - 1);
    }
    if ui
        .add_enabled(index + 1 < len, egui::Button::new("↓").small())
        .on_hover_text("下移")
        .clicked()
    {
        moved = Some(index + 1);
    }
    moved
}

/// [`Command::MoveUp`] or [`Command::MoveDown`] pressed this frame (Alt+↑ / Alt+↓): −1 or +1,
/// for keyboard reordering of the selected item.
pub fn keyboard_move(ui: &Ui) -> Option<isize> {
    ui.input_mut(|i| Command::consume_pressed(i, [Command::MoveUp, Command::MoveDown]))
        .map(|command| if command == Command::MoveUp { -1 } else { 1 })
}

/// A heading for a screen, with room for buttons on the right.
pub fn screen_heading(ui: &mut Ui, text: &str) {
    ui.add_space(4.0);
    ui.heading(text);
    ui.add_space(4.0);
}

/// A red 「删除」 button; returns whether it was clicked.
pub fn delete_button(ui: &mut Ui, what: &str) -> bool {
    ui.add(
        egui::Button::new(egui::RichText::new("删除").color(ui.visuals().error_fg_color)).small(),
    )
    .on_hover_ui(|ui| {
        ui.label(format!("删除{what}（可撤销）"));
    })
    .clicked()
}

/// 男, 女, or 「—」 when not recorded, as gender menus show it.
pub fn gender_label(gender: crate::model::Gender) -> &'static str {
    if gender == crate::model::Gender::Unspecified {
        "—"
    } else {
        gender.label()
    }
}

/// The result beside what a person decides (「结果：表决通过」), and below it, for a file of an
/// earlier format whose stored result disagrees with the vote, the warning and the button that
/// settles it; two rows of a grid. Returns whether 「以表决记录为准」 was clicked.
pub fn result_rows_ui(
    ui: &mut Ui,
    state: &str,
    legacy: Option<crate::model::LegacyResult>,
) -> bool {
    let mut settle = false;
    if let Some(stored) = legacy {
        ui.label("");
        ui.horizontal_wrapped(|ui| {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                format!(
                    "旧版本文件中记为「{}」，与表决记录（{state}）不符。",
                    stored.label()
                ),
            );
            settle = ui.button("以表决记录为准").clicked();
        });
        ui.end_row();
    }
    settle
}

/// 「结果：表决通过」, with the hint that results come from the announced votes.
pub fn result_label(ui: &mut Ui, state: &str) {
    ui.label(format!("结果：{state}"))
        .on_hover_text("表决结果来自表决/测评中已宣布的表决，不在此处填写");
}

/// A number field limited to `range`, widened to hold the value it shows: drawing a field never
/// changes the session (egui clamps a value out of range, which would change a stored value
/// merely by showing it).
pub fn number_field(value: &mut u32, range: std::ops::RangeInclusive<u32>) -> egui::DragValue<'_> {
    let (low, high) = ((*range.start()).min(*value), (*range.end()).max(*value));
    egui::DragValue::new(value).range(low..=high)
}

/// What a list row's right-click menu offers: each entry with the action it takes, `None`
/// where the list has no such thing (a roster kept in stroke order has no 上移).
#[derive(Clone, Debug, Default)]
pub struct RowMenu<'a> {
    /// What a row holds, for the entries' text: 「议题」, 「组成人员」.
    pub what: &'a str,
    /// The row's text, which 复制文字 puts on the clipboard (as a spreadsheet copies a row).
    pub text: std::borrow::Cow<'a, str>,
    /// 在上方插入 and 在下方插入.
    pub insert: Option<(Action, Action)>,
    /// 上移 and 下移 (each `None` at its end of the list).
    pub moves: Option<(Option<Action>, Option<Action>)>,
    /// 复制为新的…: a copy of the row after it.
    pub duplicate: Option<Action>,
    /// 删除 (undoable, as the row's own button).
    pub delete: Option<Action>,
}

impl RowMenu<'_> {
    /// 上移 and 下移 for the row at `index` of `len`, as `moved(from, to)` says a move.
    pub fn moves(
        index: usize,
        len: usize,
        moved: impl Fn(usize, usize) -> Action,
    ) -> Option<(Option<Action>, Option<Action>)> {
        Some((
            (index > 0).then(|| moved(index, index - 1)),
            (index + 1 < len).then(|| moved(index, index + 1)),
        ))
    }
}

/// The right-click menu of a list row covering `rect` (drawn after the row's cells: a
/// right-click anywhere on the row opens it, whatever cell it lands on), the same in every list:
/// insert above and below, move up and down, copy, delete. Returns the action chosen; 复制文字
/// is done here.
///
/// `menu` says what the menu offers; it is asked only on the frame of the right-click and while
/// the menu is open, and the row takes part in egui's interaction only then: a screenful of rows
/// costs nothing for menus nobody opened.
pub fn row_context_menu<'a>(
    ui: &mut Ui,
    rect: egui::Rect,
    id: Id,
    menu: impl FnOnce() -> RowMenu<'a>,
) -> Option<Action> {
    let menu_id = id.with("row_menu");
    let opening = ui.input(|i| i.pointer.secondary_clicked()) && ui.rect_contains_pointer(rect);
    // The id egui gives the menu of a response with the id `menu_id`.
    if !opening && !egui::Popup::is_id_open(ui.ctx(), menu_id.with("popup")) {
        return None;
    }
    let response = ui.interact(rect, menu_id, egui::Sense::hover());
    debug_assert_eq!(
        egui::Popup::default_response_id(&response),
        menu_id.with("popup")
    );
    let menu = menu();
    let mut chosen = None;
    response.container_context_menu(|ui| {
        let what = menu.what;
        let mut item = |ui: &mut Ui, text: String, action: Option<Action>| {
            if ui
                .add_enabled(action.is_some(), egui::Button::new(text))
                .clicked()
            {
                chosen = action;
                ui.close();
            }
        };
        if let Some((above, below)) = menu.insert {
            item(ui, format!("在上方插入{what}"), Some(above));
            item(ui, format!("在下方插入{what}"), Some(below));
            ui.separator();
        }
        if let Some((up, down)) = menu.moves {
            item(ui, "上移".to_owned(), up);
            item(ui, "下移".to_owned(), down);
            ui.separator();
        }
        if let Some(duplicate) = menu.duplicate {
            item(ui, format!("复制为新的{what}"), Some(duplicate));
        }
        if ui
            .add_enabled(!menu.text.trim().is_empty(), egui::Button::new("复制文字"))
            .on_hover_text("把这一行的文字复制到剪贴板，可粘贴到 Word、WPS 或表格中")
            .clicked()
        {
            ui.ctx().copy_text(menu.text.clone().into_owned());
            ui.close();
        }
        if let Some(delete) = menu.delete {
            ui.separator();
            let text =
                egui::RichText::new(format!("删除{what}")).color(ui.visuals().error_fg_color);
            if ui
                .add(egui::Button::new(text))
                .on_hover_text("可撤销（Ctrl+Z）")
                .clicked()
            {
                chosen = Some(delete);
                ui.close();
            }
        }
    });
    chosen
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_the_usual_forms() {
        let expected = NaiveDate::from_ymd_opt(2023, 12, 21);
        assert_eq!(parse_date("2023-12-21"), expected);
        assert_eq!(parse_date("2023年12月21日"), expected);
        assert_eq!(parse_date("2023.12.21"), expected);
        assert_eq!(parse_date("2023-02-30"), None);
        assert_eq!(parse_date("2023-12"), None);
        assert_eq!(parse_date(""), None);
    }
}

/// A part of a scrolled page drawn only while in view (a long printed preview below a long
/// list): out of view it takes the size it had when last drawn at this width, so the page
/// keeps its height and its scroll bar.
pub fn drawn_in_view(ui: &mut Ui, name: &'static str, add_contents: impl FnOnce(&mut Ui)) {
    let id = Id::unique(("drawn_in_view", name));
    let width = ui.available_width();
    let last = ui
        .data(|d| d.get_temp::<(f32, f32)>(id))
        .filter(|(w, _)| (w - width).abs() < 0.5)
        .map(|(_, height)| height);
    if let Some(height) = last {
        let place = egui::Rect::from_min_size(ui.cursor().min, egui::vec2(width, height));
        if !ui.is_rect_visible(place) {
            ui.allocate_space(egui::vec2(width, height));
            return;
        }
    }
    let top = ui.cursor().top();
    ui.scope(add_contents);
    let height = ui.cursor().top() - top - ui.spacing().item_spacing.y;
    ui.data_mut(|d| d.insert_temp(id, (width, height.max(0.0))));
}

/// The rows of a long `egui::Grid` inside a scroll area that are in view: a term's registers run
/// to hundreds of rows, and laying out all of them each frame made the folder's pages 40 times
/// slower on a full term than on one session. Start it in the grid's closure right after the
/// header row; it stands one empty row in for the rows above the view, [`Self::range`] says which
/// rows to draw, and [`Self::finish`] stands one in for the rows below, so the scroll bar keeps
/// the whole list's height. The rows' height is measured from the rows drawn (rows of buttons are
/// taller than rows of labels), and stripes keep their colour as the list scrolls.
///
/// A grid places each cell by the heights its rows had the frame before, so a frame whose rows
/// stand where the last frame's did not (the list scrolled off its top, a search shortened it)
/// is laid out again before it is shown (`request_discard`, at most once a frame).
pub struct GridRowsInView {
    id: Id,
    first: usize,
    end: usize,
    count: usize,
    pitch: f32,
    drawn_top: f32,
}

/// What a grid's rows looked like last frame: their height, and which grid row held what.
#[derive(Clone, Copy, PartialEq)]
struct GridRowsShape {
    pitch: f32,
    spacer_above: bool,
    drawn: usize,
    spacer_below: bool,
}

impl GridRowsInView {
    /// The rows in view of a grid of `count` rows; `name` tells the grid apart from the others.
    pub fn start(ui: &mut Ui, name: &'static str, count: usize) -> Self {
        let id = Id::unique(("grid_rows_in_view", name));
        let spacing = ui.spacing().item_spacing.y;
        let pitch = ui
            .data(|d| d.get_temp::<GridRowsShape>(id))
            .map(|shape| shape.pitch)
            .filter(|pitch| *pitch > 1.0)
            .unwrap_or(ui.spacing().interact_size.y + spacing);
        let top = ui.cursor().top();
        let clip = ui.clip_rect();
        let mut first = (((clip.top() - top) / pitch).floor().max(0.0) as usize).min(count);
        // The spacer is a row of the grid: an odd number of rows above keeps each row's stripe
        // where drawing every row would put it.
        if first > 0 && first.is_multiple_of(2) {
            first -= 1;
        }
        // As many rows as the view holds and two more, however it is scrolled: each grid row
        // holds a row of the same height frame after frame. None while the grid is below what
        // the view shows (under a long list): it is drawn once scrolled to.
        let in_view = if top > clip.bottom() {
            0
        } else {
            ((clip.height() / pitch).ceil().max(0.0) as usize).saturating_add(2)
        };
        let end = first.saturating_add(in_view).min(count);
        if first > 0 {
            ui.allocate_space(egui::vec2(0.0, first as f32 * pitch - spacing));
            ui.end_row();
        }
        Self {
            id,
            first,
            end,
            count,
            pitch,
            drawn_top: ui.cursor().top(),
        }
    }

    /// The rows to draw, each ending with `end_row`.
    pub fn range(&self) -> std::ops::Range<usize> {
        self.first..self.end
    }

    /// From the top of one row to the top of the next, as measured.
    pub fn pitch(&self) -> f32 {
        self.pitch
    }

    /// The rows' height measured when the grid `name` was last drawn: what the rows in view
    /// are found by, besides where the grid stands.
    pub fn remembered_pitch(ui: &Ui, name: &'static str) -> Option<f32> {
        let id = Id::unique(("grid_rows_in_view", name));
        ui.data(|d| d.get_temp::<GridRowsShape>(id))
            .map(|shape| shape.pitch)
    }

    /// After the rows drawn: the rows below the view, and the rows' height for the next frame.
    pub fn finish(self, ui: &mut Ui) {
        let drawn = self.end - self.first;
        count_grid_rows_drawn(ui, drawn);
        let mut pitch = self.pitch;
        if drawn > 0 {
            let measured = (ui.cursor().top() - self.drawn_top) / drawn as f32;
            if measured > 1.0 && (measured - self.pitch).abs() > 0.5 {
                pitch = measured;
            }
        }
        let below = self.count - self.end;
        if below > 0 {
            let spacing = ui.spacing().item_spacing.y;
            ui.allocate_space(egui::vec2(0.0, below as f32 * self.pitch - spacing));
            ui.end_row();
        }
        let shape = GridRowsShape {
            pitch,
            spacer_above: self.first > 0,
            drawn,
            spacer_below: below > 0,
        };
        let last = ui.data_mut(|d| {
            let last = d.get_temp::<GridRowsShape>(self.id);
            d.insert_temp(self.id, shape);
            last
        });
        if last.is_some_and(|last| last != shape) {
            ui.ctx().request_discard("a long grid's rows moved");
        }
    }
}

/// Counts `drawn` rows of a grid as drawn in this pass, for the benchmarks, which state a page's
/// cost per row in view (a replayed [`super::table::Table`] counts the rows it shows).
pub fn count_grid_rows_drawn(ui: &Ui, drawn: usize) {
    let pass = ui.ctx().cumulative_pass_nr();
    ui.data_mut(|d| {
        let count = d.get_temp_mut_or_default::<(u64, usize)>(Id::unique("grid_rows_drawn"));
        if count.0 != pass {
            *count = (pass, 0);
        }
        count.1 += drawn;
    });
}

/// How many rows the grids of the last pass drew ([`GridRowsInView`]): a page's rows in view.
pub fn grid_rows_drawn(ctx: &egui::Context) -> usize {
    ctx.data(|d| d.get_temp::<(u64, usize)>(Id::unique("grid_rows_drawn")))
        .map_or(0, |(_, drawn)| drawn)
}

#[cfg(test)]
mod grid_rows_tests {
    use super::GridRowsInView;

    /// Draws 1,000 rows in a 400-point scroll area scrolled to `offset`; the rows drawn, and the
    /// height the scroll area was given.
    fn frame(ctx: &egui::Context, offset: f32) -> (Vec<usize>, f32) {
        frame_after(ctx, offset, 0.0)
    }

    /// [`frame`] with the grid under a block 2,000 points high.
    fn frame_below(ctx: &egui::Context, offset: f32) -> Vec<usize> {
        frame_after(ctx, offset, 2000.0).0
    }

    /// [`frame`] with the grid under a block `above` points high (none: `0.0`).
    fn frame_after(ctx: &egui::Context, offset: f32, above: f32) -> (Vec<usize>, f32) {
        let mut drawn = Vec::new();
        let mut content = 0.0;
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                egui::vec2(600.0, 400.0),
            )),
            ..Default::default()
        };
        let mut output = ctx.run_ui(input, |ui| {
            // A pass laid out again draws again: what counts is the pass shown.
            drawn.clear();
            let output = egui::ScrollArea::vertical()
                .vertical_scroll_offset(offset)
                .show(ui, |ui| {
                    if above > 0.0 {
                        ui.allocate_space(egui::vec2(100.0, above));
                    }
                    egui::Grid::new(("long", above.to_bits()))
                        .striped(true)
                        .show(ui, |ui| {
                            ui.label("表头");
                            ui.end_row();
                            let name = if above > 0.0 {
                                "grid_rows_below"
                            } else {
                                "grid_rows_tests"
                            };
                            let rows = GridRowsInView::start(ui, name, 1000);
                            for index in rows.range() {
                                ui.label(format!("第{index}行"));
                                drawn.push(index);
                                ui.end_row();
                            }
                            rows.finish(ui);
                        });
                });
            content = output.content_size.y;
        });
        output.textures_delta.clear();
        (drawn, content)
    }

    #[test]
    fn a_grid_below_the_view_draws_no_rows_until_scrolled_to() {
        let ctx = egui::Context::default();
        frame_below(&ctx, 0.0);
        assert_eq!(frame_below(&ctx, 0.0), Vec::<usize>::new());
        frame_below(&ctx, 1900.0);
        let scrolled = frame_below(&ctx, 1900.0);
        assert_eq!(scrolled.first(), Some(&0));
        assert!(scrolled.len() < 40, "{} rows drawn", scrolled.len());
    }

    #[test]
    fn only_the_rows_in_view_are_drawn_and_the_list_keeps_its_height() {
        let ctx = egui::Context::default();
        // The first frame measures the rows' height; the second uses it.
        frame(&ctx, 0.0);
        let (top, height) = frame(&ctx, 0.0);
        assert_eq!(top.first(), Some(&0));
        assert!(top.len() < 40, "{} rows drawn", top.len());
        let pitch = height / 1001.0;
        assert!(pitch > 10.0, "{height}");
        // Halfway down, the rows at that height are drawn, and the list is as tall as before.
        let (middle, middle_height) = frame(&ctx, 500.0 * pitch);
        assert!(middle.contains(&500), "{middle:?}");
        assert!(middle.len() < 40);
        assert!(
            (middle_height - height).abs() < pitch,
            "{middle_height} {height}"
        );
        // An odd number of rows stands above the view: the stripes stay where they were.
        assert_eq!(middle[0] % 2, 1);
        // At the end, the last row.
        let (end, _) = frame(&ctx, height);
        assert_eq!(end.last(), Some(&999));
    }
}

#[cfg(test)]
mod drawn_in_view_tests {
    use super::drawn_in_view;

    /// A 2,000-point list above a 300-point part in a 400-point scroll area scrolled to
    /// `offset`: whether the part was drawn, and the height the scroll area was given.
    fn frame(ctx: &egui::Context, offset: f32) -> (bool, f32) {
        let mut drawn = false;
        let mut content = 0.0;
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                egui::vec2(600.0, 400.0),
            )),
            ..Default::default()
        };
        let mut output = ctx.run_ui(input, |ui| {
            drawn = false;
            let output = egui::ScrollArea::vertical()
                .vertical_scroll_offset(offset)
                .show(ui, |ui| {
                    ui.allocate_space(egui::vec2(100.0, 2000.0));
                    drawn_in_view(ui, "drawn_in_view_tests", |ui| {
                        drawn = true;
                        ui.allocate_space(egui::vec2(100.0, 300.0));
                    });
                });
            content = output.content_size.y;
        });
        output.textures_delta.clear();
        (drawn, content)
    }

    #[test]
    fn a_part_out_of_view_is_not_drawn_and_keeps_its_height() {
        let ctx = egui::Context::default();
        // Never drawn yet: drawn once to learn its height, though out of view.
        let (first, height) = frame(&ctx, 0.0);
        assert!(first);
        // Out of view: not drawn, and the page as tall as before.
        let (again, same) = frame(&ctx, 0.0);
        assert!(!again);
        assert!((same - height).abs() < 0.5, "{same} against {height}");
        assert!(height > 2250.0, "{height}");
        // Scrolled to: drawn.
        let (scrolled, _) = frame(&ctx, 1900.0);
        assert!(scrolled);
    }
}
