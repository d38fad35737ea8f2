//! The editor for long texts (report bodies, attachments, resolutions): block by block with
//! virtual scrolling (only the blocks in view are laid out), or the whole text at once.

use crate::sender::Sender;
use std::collections::HashMap;

use egui::{RichText, Ui};

use super::widgets::named;

use crate::action::Action;
use crate::model::TextTarget;
use crate::model::text::{blocks_from_plain_text, plain_text_from_blocks};
use crate::model::{Block, Table};

/// A block's height before it has been drawn once.
const ESTIMATED_HEIGHT: f32 = 64.0;

/// State of the long-text editor, kept between frames.
#[derive(Debug, Default)]
pub struct BlocksEditorState {
    /// The text being edited whole, with its buffer, when in whole-text mode.
    pub whole_text: Option<(TextTarget, String)>,
    /// Measured block heights per text, for virtual scrolling.
    heights: HashMap<TextTarget, Vec<f32>>,
}

/// What kind of block, for the type menu.
#[derive(Clone, Copy, PartialEq, Eq)]
enum BlockKind {
    Paragraph,
    Heading(u8),
    Table,
}

impl BlockKind {
    fn of(block: &Block) -> Self {
        match block {
            Block::Paragraph(_) => Self::Paragraph,
            Block::Heading(level, _) => Self::Heading(*level),
            Block::Table(_) => Self::Table,
        }
    }

    fn label(self) -> &'static str {
        match self {
            Self::Paragraph => "正文",
            Self::Heading(1) => "一级标题",
            Self::Heading(2) => "二级标题",
            Self::Heading(_) => "三级标题",
            Self::Table => "表格",
        }
    }
}

/// Draws the editor for `blocks` (the text `target`). Leaf edits change `blocks` directly;
/// inserting, deleting, moving and whole-text replacement go through `actions`.
pub fn blocks_editor_ui(
    ui: &mut Ui,
    target: TextTarget,
    blocks: &mut [Block],
    state: &mut BlocksEditorState,
    sender: &mut Sender,
) {
    let whole_text_mode = matches!(&state.whole_text, Some((t, _)) if *t == target);
    ui.horizontal(|ui| {
        if ui.selectable_label(!whole_text_mode, "分段编辑").clicked() && whole_text_mode {
            state.whole_text = None;
        }
        if ui
            .selectable_label(whole_text_mode, "全文编辑")
            .on_hover_text("整篇编辑或粘贴全文：每行一段，以「一、」「（一）」「1.」开头的行成为标题，含制表符的行成为表格")
            .clicked()
            && !whole_text_mode
        {
            state.whole_text = Some((target, plain_text_from_blocks(blocks)));
        }
        if !whole_text_mode && ui.button("＋ 在末尾添加一段").clicked() {
            sender.act(Action::InsertBlock { target, index: blocks.len(), block: Block::Paragraph(String::new()) });
        }
        let characters = cached_char_count(ui, egui::Id::unique(("characters", target)), &[blocks]);
        ui.weak(format!("{}段，{}字", blocks.len(), characters));
    });
    if whole_text_mode {
        whole_text_ui(ui, target, state, sender);
    } else {
        block_list_ui(ui, target, blocks, state, sender);
    }
}

/// The characters of `parts` (say a body and its attachments), counted again only when their
/// number of blocks or of bytes changes: counting every character of long texts each frame
/// would cost more than drawing the part in view. (An edit that keeps both the same, such as
/// 「中」 replaced by 「abc」, shows the old figure until the next edit.)
pub fn cached_char_count(ui: &Ui, id: egui::Id, parts: &[&[Block]]) -> usize {
    let blocks: usize = parts.iter().map(|part| part.len()).sum();
    let bytes: usize = parts
        .iter()
        .flat_map(|part| part.iter())
        .map(block_bytes)
        .sum();
    let key = (blocks, bytes);
    if let Some((cached_key, count)) = ui.data(|d| d.get_temp::<((usize, usize), usize)>(id))
        && cached_key == key
    {
        return count;
    }
    let count = parts
        .iter()
        .flat_map(|part| part.iter())
        .map(Block::char_count)
        .sum();
    ui.data_mut(|d| d.insert_temp(id, (key, count)));
    count
}

/// UTF-8 bytes of a block's text.
fn block_bytes(block: &Block) -> usize {
    match block {
        Block::Heading(_, text) | Block::Paragraph(text) => text.len(),
        Block::Table(table) => table.rows.iter().flatten().map(String::len).sum(),
    }
}

fn whole_text_ui(
    ui: &mut Ui,
    target: TextTarget,
    state: &mut BlocksEditorState,
    sender: &mut Sender,
) {
    let mut apply = false;
    let mut cancel = false;
    ui.horizontal(|ui| {
        apply = ui
            .button("应用")
            .on_hover_text("用此处的全文替换原文（可撤销）")
            .clicked();
        cancel = ui.button("取消").clicked();
    });
    if let Some((_, buffer)) = &mut state.whole_text {
        egui::ScrollArea::vertical()
            .id_salt("whole_text")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                named(
                    ui.add(
                        egui::TextEdit::multiline(buffer)
                            .desired_width(f32::INFINITY)
                            .desired_rows(30),
                    ),
                    "全文",
                );
            });
        if apply {
            sender.act(Action::ReplaceBody {
                target,
                blocks: blocks_from_plain_text(buffer),
            });
        }
    }
    if apply || cancel {
        state.whole_text = None;
        state.heights.remove(&target);
    }
}

fn block_list_ui(
    ui: &mut Ui,
    target: TextTarget,
    blocks: &mut [Block],
    state: &mut BlocksEditorState,
    sender: &mut Sender,
) {
    let heights = state.heights.entry(target).or_default();
    heights.resize(blocks.len(), ESTIMATED_HEIGHT);
    let spacing = ui.spacing().item_spacing.y;
    let total: f32 = heights.iter().map(|h| h + spacing).sum();
    let len = blocks.len();
    egui::ScrollArea::vertical()
        .id_salt(("blocks", target))
        .auto_shrink([false, false])
        .show_viewport(ui, |ui, viewport| {
            ui.set_min_height(total.max(viewport.height()));
            // Find the first block in view from the measured (or estimated) heights.
            let mut top = 0.0;
            let mut first = 0;
            while first < len && top + heights[first] + spacing < viewport.min.y {
                top += heights[first] + spacing;
                first += 1;
            }
            let origin = ui.min_rect().min;
            let mut y = top;
            let mut index = first;
            while index < len && y < viewport.max.y {
                let rect = egui::Rect::from_min_size(
                    origin + egui::vec2(0.0, y),
                    egui::vec2(ui.available_width(), heights[index]),
                );
                let mut child = ui.new_child(
                    egui::UiBuilder::new()
                        .max_rect(rect)
                        .layout(egui::Layout::top_down(egui::Align::Min))
                        .id_salt(("block", index)),
                );
                block_row_ui(&mut child, target, index, len, &mut blocks[index], sender);
                let measured = child.min_rect().height();
                if (measured - heights[index]).abs() > 0.5 {
                    heights[index] = measured;
                    ui.ctx().request_repaint();
                }
                y += heights[index] + spacing;
                index += 1;
            }
        });
}

fn block_row_ui(
    ui: &mut Ui,
    target: TextTarget,
    index: usize,
    len: usize,
    block: &mut Block,
    sender: &mut Sender,
) {
    ui.horizontal_top(|ui| {
        let kind = BlockKind::of(block);
        ui.menu_button(RichText::new(kind.label()).small(), |ui| {
            for new_kind in [
                BlockKind::Paragraph,
                BlockKind::Heading(1),
                BlockKind::Heading(2),
                BlockKind::Heading(3),
            ] {
                if ui
                    .selectable_label(kind == new_kind, new_kind.label())
                    .clicked()
                {
                    let text = block.plain_text();
                    *block = match new_kind {
                        BlockKind::Heading(level) => Block::Heading(level, text),
                        _ => Block::Paragraph(text),
                    };
                }
            }
            ui.separator();
            if ui.button("在下方插入一段").clicked() {
                sender.act(Action::InsertBlock {
                    target,
                    index: index + 1,
                    block: Block::Paragraph(String::new()),
                });
            }
            if ui.button("在下方插入表格").clicked() {
                let table = Table {
                    caption: String::new(),
                    header_rows: 1,
                    rows: vec![vec![String::new(); 3]; 2],
                };
                sender.act(Action::InsertBlock {
                    target,
                    index: index + 1,
                    block: Block::Table(table),
                });
            }
            if ui
                .add_enabled(index > 0, egui::Button::new("上移"))
                .clicked()
            {
                sender.act(Action::MoveBlock {
                    target,
                    from: index,
                    to: index - 1,
                });
            }
            if ui
                .add_enabled(index + 1 < len, egui::Button::new("下移"))
                .clicked()
            {
                sender.act(Action::MoveBlock {
                    target,
                    from: index,
                    to: index + 1,
                });
            }
            if ui.button("删除此段").clicked() {
                sender.act(Action::DeleteBlock { target, index });
            }
        });
        let width = ui.available_width();
        match block {
            Block::Paragraph(text) => {
                named(
                    ui.add(
                        egui::TextEdit::multiline(text)
                            .desired_width(width)
                            .desired_rows(1),
                    ),
                    "段落",
                );
            }
            Block::Heading(level, text) => {
                let size = match level {
                    1 => 18.0,
                    2 => 16.5,
                    _ => 15.0,
                };
                named(
                    ui.add(
                        egui::TextEdit::multiline(text)
                            .desired_width(width)
                            .desired_rows(1)
                            .font(egui::FontId::proportional(size)),
                    ),
                    "标题",
                );
            }
            Block::Table(table) => table_ui(ui, table, target, index, sender),
        }
    });
}

fn table_ui(ui: &mut Ui, table: &mut Table, target: TextTarget, index: usize, sender: &mut Sender) {
    ui.vertical(|ui| {
        ui.horizontal(|ui| {
            ui.label("表题");
            named(
                ui.add_sized(
                    [300.0, 24.0],
                    egui::TextEdit::singleline(&mut table.caption),
                ),
                "表题",
            );
            ui.label("表头行数");
            named(
                ui.add(super::widgets::number_field(&mut table.header_rows, 0..=5)),
                "表头行数",
            );
            if ui.small_button("＋行").clicked() {
                sender.act(Action::AddTableRow {
                    target,
                    block: index,
                });
            }
            if ui.small_button("＋列").clicked() {
                sender.act(Action::AddTableColumn {
                    target,
                    block: index,
                });
            }
        });
        egui::ScrollArea::horizontal()
            .id_salt(("table", index))
            .show(ui, |ui| {
                egui::Grid::new(("table_grid", index))
                    .striped(true)
                    .show(ui, |ui| {
                        for row in &mut table.rows {
                            for cell in row.iter_mut() {
                                named(
                                    ui.add_sized([90.0, 24.0], egui::TextEdit::singleline(cell)),
                                    "表格单元格",
                                );
                            }
                            ui.end_row();
                        }
                    });
            });
    });
}
