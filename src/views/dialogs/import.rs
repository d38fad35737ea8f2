//! 导入组成人员 / 列席人员 / 报告: first the file (typed, 「浏览…」, or text pasted), then the
//! preview of every row with its problems against the open session, the choice of 补充 or 替换
//! (or, for a report, a new one or the selected one's content), and 确定导入 / 取消. Reading and
//! applying are requests the app carries out; the preview is [`crate::import`]'s own text.

use std::path::{Path, PathBuf};

use super::{Answer, DialogContext};
use crate::command::Request;
use crate::import::{ImportKind, ImportMode, PendingImport};
use crate::model::ReportId;

/// The import dialog's state.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportDialog {
    /// What is imported.
    pub kind: ImportKind,
    /// Choosing the file, or looking at the preview.
    pub stage: ImportStage,
}

/// The two steps of the dialog.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportStage {
    /// The file (or pasted text) to read.
    Choose {
        /// The path as typed.
        path: String,
        /// Text pasted instead of a file.
        pasted: String,
        /// Why the last reading failed.
        error: Option<String>,
    },
    /// What the file holds and what importing would do.
    Preview {
        /// What was read.
        pending: Box<PendingImport>,
        /// Add or replace (lists).
        mode: ImportMode,
        /// Replace the selected report's content instead of making a new one.
        replace_selected: bool,
    },
}

impl ImportDialog {
    /// The dialog at its first step, the path field starting in `folder`.
    pub fn new(kind: ImportKind, folder: Option<&Path>) -> Self {
        let path = folder.map_or_else(String::new, |f| {
            let mut text = f.display().to_string();
            text.push(std::path::MAIN_SEPARATOR);
            text
        });
        Self {
            kind,
            stage: ImportStage::Choose {
                path,
                pasted: String::new(),
                error: None,
            },
        }
    }

    /// The dialog showing the preview of `pending`, in the least destructive mode.
    pub fn preview(pending: PendingImport) -> Self {
        Self {
            kind: pending.kind(),
            stage: ImportStage::Preview {
                pending: Box::new(pending),
                mode: ImportMode::default(),
                replace_selected: false,
            },
        }
    }
}

/// What each kind accepts, said under the heading.
fn formats(kind: ImportKind) -> &'static str {
    match kind {
        ImportKind::Roster => {
            "Excel 表格（.xlsx）或 CSV（UTF-8 或 GBK）：按列名找「姓名」「性别」「职务」「备注」，列名行可在标题行之下。也可粘贴出缺席人员名单的文字，如「副 主 任：尚 欣 郑 辉」。"
        }
        ImportKind::Observers => {
            "Excel 表格（.xlsx）或 CSV：按列名找「单位」「姓名」「职务」。也可粘贴列席人员名单的文字：每行单位、制表符或冒号、姓名，如「市人民政府　李可（市委常委、常务副市长）、刘军文」。"
        }
        ImportKind::Report => {
            "Word 文档（.docx）或纯文本（.txt，UTF-8 或 GBK）：识别标题、日期行、报告单位、称呼、各级标题、表格和结束语。旧版 .doc、.wps 请先另存为 .docx。"
        }
    }
}

/// The dialog.
pub fn import_ui(
    ui: &mut egui::Ui,
    dialog: &mut ImportDialog,
    context: &DialogContext<'_>,
) -> Answer {
    let kind = dialog.kind;
    match &mut dialog.stage {
        ImportStage::Choose {
            path,
            pasted,
            error,
        } => choose_ui(ui, kind, path, pasted, error, context),
        ImportStage::Preview {
            pending,
            mode,
            replace_selected,
        } => preview_ui(ui, pending, mode, replace_selected, context),
    }
}

fn choose_ui(
    ui: &mut egui::Ui,
    kind: ImportKind,
    path: &mut String,
    pasted: &mut String,
    error: &mut Option<String>,
    context: &DialogContext<'_>,
) -> Answer {
    ui.heading(format!("导入{}", kind.label()));
    ui.weak(formats(kind));
    ui.label("文件路径：");
    crate::views::widgets::named(
        ui.add(
            egui::TextEdit::singleline(path)
                .desired_width(520.0)
                .id(egui::Id::unique("import_path_field")),
        ),
        "导入文件路径",
    );
    ui.label("或粘贴文字：");
    crate::views::widgets::named(
        ui.add(
            egui::TextEdit::multiline(pasted)
                .desired_rows(6)
                .desired_width(520.0)
                .id(egui::Id::unique("import_pasted_field")),
        ),
        "粘贴的文字",
    );
    if let Some(message) = error.as_deref() {
        ui.colored_label(ui.visuals().error_fg_color, message);
    }
    let mut answer = Answer::default();
    ui.horizontal(|ui| {
        if ui.button("预览").clicked() {
            let typed = path.trim();
            let is_file = !typed.is_empty() && !Path::new(typed).is_dir();
            if !is_file && pasted.trim().is_empty() {
                *error = Some("请输入文件路径，或粘贴文字".to_owned());
            } else {
                answer.requests.push(Request::ReadImport {
                    kind,
                    path: is_file.then(|| PathBuf::from(typed)),
                    pasted: pasted.clone(),
                });
            }
        }
        if ui
            .button("浏览…")
            .on_hover_text("使用系统的文件对话框")
            .clicked()
        {
            let folder = Path::new(path.as_str());
            let folder = if folder.is_dir() {
                Some(folder.to_owned())
            } else {
                folder.parent().map(Path::to_owned)
            };
            match context.file_dialogs.pick_open(folder.as_deref()) {
                Some(picked) => *path = picked.display().to_string(),
                None => {
                    *error =
                        Some("未选择文件（或系统文件对话框不可用）：可以直接输入路径。".to_owned());
                }
            }
        }
        if ui.button("取消").clicked() {
            answer.close = true;
        }
    });
    answer
}

fn preview_ui(
    ui: &mut egui::Ui,
    pending: &mut PendingImport,
    mode: &mut ImportMode,
    replace_selected: &mut bool,
    context: &DialogContext<'_>,
) -> Answer {
    let mut answer = Answer::default();
    let Some(session) = context.session else {
        return Answer::close();
    };
    ui.set_max_width(980.0);
    ui.heading(format!("导入预览：{}", pending.kind().label()));
    let selected = context
        .selected_report
        .and_then(|id| session.reports.iter().find(|r| r.id == id));
    let target: Option<ReportId> = selected.filter(|_| *replace_selected).map(|r| r.id);
    match pending {
        PendingImport::Report(import) => {
            // Half-width marks copied into Chinese text: offered to be made full-width.
            let marks = import.half_width_marks();
            if marks > 0
                && ui
                    .button(format!("把{marks}处半角标点改为全角"))
                    .on_hover_text(
                        "如「2023年,在」改为「2023年，在」；数字、时间和英文中的标点不变",
                    )
                    .clicked()
            {
                import.use_full_width_punctuation();
            }
            ui.radio_value(replace_selected, false, "新建一份报告");
            if let Some(report) = selected {
                ui.radio_value(
                    replace_selected,
                    true,
                    format!("替换所选报告「{}」的内容", report.title),
                );
            }
        }
        PendingImport::Roster(_) | PendingImport::Observers(_) => {
            for choice in ImportMode::ALL {
                ui.radio_value(mode, choice, choice.label());
            }
        }
    }
    ui.separator();
    let pending: &PendingImport = pending;
    let (summary, headings, rows): (Vec<String>, Vec<&str>, Vec<Vec<String>>) = match pending {
        PendingImport::Roster(import) => {
            let plan = import.plan(session, *mode);
            let rows = plan.row_cells().into_iter().map(Vec::from).collect();
            (
                plan.summary_lines(),
                crate::import::roster::RosterPlan::HEADINGS.to_vec(),
                rows,
            )
        }
        PendingImport::Observers(import) => {
            let plan = import.plan(session, *mode);
            let rows = plan.row_cells().into_iter().map(Vec::from).collect();
            (
                plan.summary_lines(),
                crate::import::observers::ObserverPlan::HEADINGS.to_vec(),
                rows,
            )
        }
        PendingImport::Report(import) => (
            import.summary_lines(target.and(selected)),
            crate::import::report::ReportImport::HEADINGS.to_vec(),
            import.row_cells().into_iter().map(Vec::from).collect(),
        ),
    };
    for line in &summary {
        ui.label(line.as_str());
    }
    ui.separator();
    let warn = ui.visuals().warn_fg_color;
    egui::ScrollArea::both()
        .max_height(360.0)
        .auto_shrink([false, true])
        .show(ui, |ui| {
            egui::Grid::new("import_preview_rows")
                .striped(true)
                .spacing([12.0, 4.0])
                .show(ui, |ui| {
                    for heading in &headings {
                        ui.strong(*heading);
                    }
                    ui.end_row();
                    for row in &rows {
                        let troubled = row.last().is_some_and(|p| !p.is_empty());
                        for cell in row {
                            if troubled {
                                ui.colored_label(warn, cell.as_str());
                            } else {
                                ui.label(cell.as_str());
                            }
                        }
                        ui.end_row();
                    }
                });
        });
    ui.separator();
    let changes = pending.changes_anything(session, *mode);
    if !changes {
        ui.weak("导入不会改动任何内容。");
    }
    ui.horizontal(|ui| {
        if ui
            .add_enabled(changes, egui::Button::new("确定导入"))
            .on_hover_text("导入后可用「撤销」（Ctrl+Z）恢复")
            .clicked()
        {
            answer = Answer::then(Request::ApplyImport {
                pending: Box::new(pending.clone()),
                mode: *mode,
                target,
            });
        }
        if ui.button("取消").clicked() {
            answer = Answer::close();
        }
    });
    answer
}
