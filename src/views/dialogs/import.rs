//! 导入组成人员 / 列席人员 / 报告: first the file (typed, 「浏览…」, or text pasted), then the
//! preview of every row with its problems against the open session, the choice of 补充 or 替换
//! (or, for a report, a new one or the selected one's content), and 确定导入 / 取消. A text
//! file's encoding is said, and can be chosen. A large file is read on a worker thread of this
//! dialog's own ([`ReadJob`]), polled each frame: the window keeps drawing, the rows read so
//! far are shown, and 取消 stops it. The preview is [`crate::import`]'s own text, worked out
//! once per choice of mode and drawn only where in view.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use super::DialogContext;
use crate::command::Request;
use crate::import::encoding::TextEncoding;
use crate::import::progress::Progress;
use crate::import::{ImportError, ImportKind, ImportMode, PendingImport, Source};
use crate::model::ReportId;
use crate::sender::Sender;

/// Files up to this size are read at once (a roster, a report: milliseconds); larger ones on
/// a worker thread, with progress and 取消.
pub const READ_AT_ONCE_BYTES: u64 = 512 * 1024;

/// Previews of up to this many rows are laid out whole; longer ones only where in view.
const ROWS_LAID_OUT_WHOLE: usize = 500;

/// The import dialog's state.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportDialog {
    /// What is imported.
    pub kind: ImportKind,
    /// Choosing the file, or looking at the preview.
    pub stage: ImportStage,
}

/// The steps of the dialog.
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
    /// A large file being read on a worker thread.
    Reading {
        /// The reading.
        job: ReadJob,
        /// The path as typed (to come back to).
        path: String,
    },
    /// What the file holds and what importing would do.
    Preview {
        /// What was read.
        pending: Box<PendingImport>,
        /// The file as read (its encoding, to read it again in another).
        source: Option<Arc<Source>>,
        /// Add or replace (lists).
        mode: ImportMode,
        /// Replace the selected report's content instead of making a new one.
        replace_selected: bool,
        /// The preview worked out for the mode and target chosen last.
        shown: Option<Box<Shown>>,
    },
}

/// A preview worked out once, drawn on every frame: summary, headings, rows.
#[derive(Clone, Debug, PartialEq)]
pub struct Shown {
    /// For which mode and target.
    key: (ImportMode, Option<ReportId>),
    summary: Vec<String>,
    headings: Vec<&'static str>,
    rows: Vec<Vec<String>>,
    changes: bool,
}

/// What a reading gives: the file as read and what it holds.
type ReadOutcome = Result<(Arc<Source>, PendingImport), ImportError>;

/// A reading on a worker thread: its progress (rows so far, 取消) and, once done, its outcome.
/// Clones share the one reading; two jobs are equal when they are the same reading.
#[derive(Clone)]
pub struct ReadJob {
    progress: Arc<Progress>,
    outcome: Arc<Mutex<Option<ReadOutcome>>>,
    /// The file's name, for the progress line.
    name: String,
}

impl std::fmt::Debug for ReadJob {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "ReadJob({}, {} rows)", self.name, self.progress.rows())
    }
}

impl PartialEq for ReadJob {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.progress, &other.progress)
    }
}

impl ReadJob {
    /// Starts reading `what` as `kind` on a new thread.
    fn start(kind: ImportKind, what: Reading, name: String) -> Self {
        let progress = Progress::new();
        let outcome = Arc::new(Mutex::new(None));
        let job = Self {
            progress: Arc::clone(&progress),
            outcome: Arc::clone(&outcome),
            name,
        };
        // Detached: the work is bounded (the import's limits), and a cancelled reading stops at
        // its next step; its outcome then goes nowhere.
        let spawned = std::thread::Builder::new()
            .name("huiwu-import".to_owned())
            .spawn(move || {
                let read = crate::import::progress::watched(progress, || read_now(kind, &what));
                if let Ok(mut slot) = outcome.lock() {
                    *slot = Some(read);
                }
            });
        if let Err(error) = spawned
            && let Ok(mut slot) = job.outcome.lock()
        {
            *slot = Some(Err(ImportError::Read {
                path: PathBuf::from(&job.name),
                reason: crate::io::io_reason(&error),
            }));
        }
        job
    }

    /// The outcome, once the reading has ended (taken: asked once).
    fn finished(&self) -> Option<ReadOutcome> {
        self.outcome.lock().ok().and_then(|mut slot| slot.take())
    }

    /// Rows read so far.
    pub fn rows(&self) -> u64 {
        self.progress.rows()
    }

    /// Stops the reading.
    pub fn cancel(&self) {
        self.progress.cancel();
    }
}

/// What to read.
enum Reading {
    /// A file, in its own encoding or the one given.
    File(PathBuf, Option<TextEncoding>),
    /// A file already read, in another encoding.
    Again(Arc<Source>, TextEncoding),
    /// Pasted text.
    Pasted(String),
}

/// Reads `what` as `kind`, on whatever thread calls it.
fn read_now(kind: ImportKind, what: &Reading) -> ReadOutcome {
    let source = match what {
        Reading::File(path, encoding) => crate::import::read_source_in(path, *encoding)?,
        Reading::Again(source, encoding) => source.in_encoding(*encoding)?,
        Reading::Pasted(text) => Source::pasted(text)?,
    };
    let pending = PendingImport::read(kind, &source)?;
    Ok((Arc::new(source), pending))
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
        Self::previewing(pending, None)
    }

    fn previewing(pending: PendingImport, source: Option<Arc<Source>>) -> Self {
        Self {
            kind: pending.kind(),
            stage: ImportStage::Preview {
                pending: Box::new(pending),
                source,
                mode: ImportMode::default(),
                replace_selected: false,
                shown: None,
            },
        }
    }

    /// Reads `path` (or, without one, the pasted text) as `kind`: a small file at once, the
    /// dialog then showing its preview or, on failure, its first step with the reason; a
    /// large one on a worker thread, the dialog showing its progress.
    pub fn read(kind: ImportKind, path: Option<&Path>, pasted: &str) -> Self {
        let typed = path.map_or_else(String::new, |p| p.display().to_string());
        let what = match path {
            Some(path) => Reading::File(path.to_owned(), None),
            None => Reading::Pasted(pasted.to_owned()),
        };
        let large = path
            .and_then(|p| std::fs::metadata(p).ok())
            .is_some_and(|m| m.is_file() && m.len() > READ_AT_ONCE_BYTES);
        if large {
            let name = path
                .and_then(Path::file_name)
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            return Self {
                kind,
                stage: ImportStage::Reading {
                    job: ReadJob::start(kind, what, name),
                    path: typed,
                },
            };
        }
        Self::after_reading(kind, read_now(kind, &what), typed, pasted.to_owned())
    }

    /// The dialog once a reading has ended.
    fn after_reading(kind: ImportKind, outcome: ReadOutcome, path: String, pasted: String) -> Self {
        match outcome {
            Ok((source, pending)) => {
                let source = source.reading.is_some().then_some(source);
                Self::previewing(pending, source)
            }
            Err(error) => Self {
                kind,
                stage: ImportStage::Choose {
                    path,
                    pasted,
                    error: Some(error.to_string()),
                },
            },
        }
    }
}

/// What each kind accepts, said under the heading.
fn formats(kind: ImportKind) -> &'static str {
    match kind {
        ImportKind::Roster => {
            "Excel 表格（.xlsx）或 CSV（编码自动识别：UTF-8、GBK、Big5、Shift-JIS，可在预览中改选）：按列名找「姓名」「性别」「职务」「备注」，列名行可在标题行之下。也可粘贴出缺席人员名单的文字，如「副 主 任：尚 欣 郑 辉」。"
        }
        ImportKind::Observers => {
            "Excel 表格（.xlsx）或 CSV：按列名找「单位」「姓名」「职务」。也可粘贴列席人员名单的文字：每行单位、制表符或冒号、姓名，如「市人民政府　李可（市委常委、常务副市长）、刘军文」。"
        }
        ImportKind::Report => {
            "Word 文档（.docx）或纯文本（.txt，编码自动识别，可在预览中改选）：识别标题、日期行、报告单位、称呼、各级标题、表格和结束语。旧版 .doc、.wps 请先另存为 .docx。"
        }
    }
}

/// The dialog.
pub fn import_ui(
    ui: &mut egui::Ui,
    dialog: &mut ImportDialog,
    context: &DialogContext<'_>,
    sender: &mut Sender,
) -> bool {
    let kind = dialog.kind;
    let mut next = None;
    let close = match &mut dialog.stage {
        ImportStage::Choose {
            path,
            pasted,
            error,
        } => choose_ui(ui, kind, path, pasted, error, context, sender),
        ImportStage::Reading { job, path } => {
            let (close, done) = reading_ui(ui, kind, job, path);
            next = done;
            close
        }
        ImportStage::Preview {
            pending,
            source,
            mode,
            replace_selected,
            shown,
        } => {
            let (close, again) = preview_ui(
                ui,
                pending,
                source.as_ref(),
                mode,
                replace_selected,
                shown,
                context,
                sender,
            );
            if let (Some(encoding), Some(source)) = (again, source.as_ref()) {
                let name = source.display_name();
                next = Some(ImportDialog {
                    kind,
                    stage: ImportStage::Reading {
                        job: ReadJob::start(
                            kind,
                            Reading::Again(Arc::clone(source), encoding),
                            name,
                        ),
                        path: source.path.display().to_string(),
                    },
                });
            }
            close
        }
    };
    if let Some(next) = next {
        *dialog = next;
    }
    close
}

/// The reading of a large file: the rows read so far and 取消; the preview (or the reason it
/// failed) once it has ended.
fn reading_ui(
    ui: &mut egui::Ui,
    kind: ImportKind,
    job: &ReadJob,
    path: &str,
) -> (bool, Option<ImportDialog>) {
    if let Some(outcome) = job.finished() {
        ui.ctx().request_repaint();
        let dialog = ImportDialog::after_reading(kind, outcome, path.to_owned(), String::new());
        return (false, Some(dialog));
    }
    ui.heading(format!("导入{}", kind.label()));
    ui.horizontal(|ui| {
        ui.spinner();
        let rows = job.rows();
        ui.label(if rows == 0 {
            format!("正在读取「{}」…", job.name)
        } else {
            format!("正在读取「{}」：已读到第 {rows} 行…", job.name)
        });
    });
    ui.weak("文件较大，读取需要一些时间；窗口中的其他内容不受影响。");
    // Looked at again soon, whether or not the pointer moves.
    ui.ctx()
        .request_repaint_after(std::time::Duration::from_millis(100));
    let mut close = false;
    if ui.button("取消").clicked() {
        job.cancel();
        close = true;
    }
    (close, None)
}

fn choose_ui(
    ui: &mut egui::Ui,
    kind: ImportKind,
    path: &mut String,
    pasted: &mut String,
    error: &mut Option<String>,
    context: &DialogContext<'_>,
    sender: &mut Sender,
) -> bool {
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
    let mut close = false;
    ui.horizontal(|ui| {
        if ui.button("预览").clicked() {
            let typed = path.trim();
            let is_file = !typed.is_empty() && !Path::new(typed).is_dir();
            if !is_file && pasted.trim().is_empty() {
                *error = Some("请输入文件路径，或粘贴文字".to_owned());
            } else {
                sender.send(Request::ReadImport {
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
            close = true;
        }
    });
    close
}

/// The preview: mode, encoding, summary, rows in view; returns whether it closes and an encoding to
/// read the file in again, if one was chosen.
#[expect(
    clippy::too_many_arguments,
    reason = "the preview stage's fields, each borrowed apart by the caller, and the sender"
)]
fn preview_ui(
    ui: &mut egui::Ui,
    pending: &mut PendingImport,
    source: Option<&Arc<Source>>,
    mode: &mut ImportMode,
    replace_selected: &mut bool,
    shown: &mut Option<Box<Shown>>,
    context: &DialogContext<'_>,
    sender: &mut Sender,
) -> (bool, Option<TextEncoding>) {
    let mut close = false;
    let mut again = None;
    let Some(session) = context.session else {
        return (true, None);
    };
    // A fixed width: the rows scroll sideways inside it, so the dialog never grows frame by
    // frame with what it shows (and its buttons stay where they were drawn).
    ui.set_width(960.0_f32.min(ui.ctx().content_rect().width() - 80.0));
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
                // The rows shown are the text as it was: worked out again.
                *shown = None;
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
    if let Some(reading) = source.and_then(|s| s.reading.as_ref()) {
        ui.horizontal(|ui| {
            ui.label("文件编码：");
            let mut chosen = reading.encoding;
            let combo = egui::ComboBox::from_id_salt("import_encoding")
                .selected_text(chosen.label())
                .show_ui(ui, |ui| {
                    for encoding in TextEncoding::CHOICES {
                        ui.selectable_value(&mut chosen, encoding, encoding.label());
                    }
                });
            crate::views::widgets::named(combo.response, "文件编码");
            if chosen != reading.encoding {
                again = Some(chosen);
            }
            if reading.needs_a_look() {
                ui.colored_label(
                    ui.visuals().warn_fg_color,
                    "请核对下面的姓名：显示为乱码时，请改选编码。",
                );
            }
        });
    }
    ui.separator();
    let pending: &PendingImport = pending;
    let key = (*mode, target);
    if shown.as_ref().is_none_or(|s| s.key != key) {
        *shown = Some(Box::new(work_out(pending, session, key, selected)));
        // New rows: lay the dialog out again at once, so that it is drawn at its size.
        ui.ctx().request_discard("import preview worked out");
    }
    let Some(shown) = shown.as_deref() else {
        return (close, again);
    };
    for line in &shown.summary {
        ui.label(line.as_str());
    }
    ui.separator();
    rows_ui(ui, shown);
    ui.separator();
    if !shown.changes {
        ui.weak("导入不会改动任何内容。");
    }
    ui.horizontal(|ui| {
        if ui
            .add_enabled(shown.changes, egui::Button::new("确定导入"))
            .on_hover_text("导入后可用「撤销」（Ctrl+Z）恢复")
            .clicked()
        {
            sender.send(Request::ApplyImport {
                pending: Box::new(pending.clone()),
                mode: *mode,
                target,
            });
            close = true;
        }
        if ui.button("取消").clicked() {
            close = true;
        }
    });
    (close, again)
}

/// The preview of `pending` against `session` for a mode and target, as drawn.
fn work_out(
    pending: &PendingImport,
    session: &crate::model::Session,
    key: (ImportMode, Option<ReportId>),
    selected: Option<&crate::model::Report>,
) -> Shown {
    let (mode, target) = key;
    let (summary, headings, rows): (Vec<String>, Vec<&'static str>, Vec<Vec<String>>) =
        match pending {
            PendingImport::Roster(import) => {
                let plan = import.plan(session, mode);
                let rows = plan.row_cells().into_iter().map(Vec::from).collect();
                (
                    plan.summary_lines(),
                    crate::import::roster::RosterPlan::HEADINGS.to_vec(),
                    rows,
                )
            }
            PendingImport::Observers(import) => {
                let plan = import.plan(session, mode);
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
    Shown {
        key,
        summary,
        headings,
        rows,
        changes: pending.changes_anything(session, mode),
    }
}

/// The rows of a preview, only those in view drawn (a list of 100,000 rows costs what a
/// screenful does), under headings that stay; a row with a problem in the warning colour.
/// Columns are as wide as their widest text among the first rows (within bounds), so that the
/// headings and every row line up whatever is scrolled into view.
fn rows_ui(ui: &mut egui::Ui, shown: &Shown) {
    let warn = ui.visuals().warn_fg_color;
    let text_height = ui.text_style_height(&egui::TextStyle::Body);
    let row_height = text_height + 6.0;
    let widths: Vec<f32> = (0..shown.headings.len())
        .map(|column| {
            let longest = shown
                .rows
                .iter()
                .take(200)
                .filter_map(|row| row.get(column))
                .map(|cell| cell.chars().count())
                .chain([shown.headings[column].chars().count()])
                .max()
                .unwrap_or(1);
            // The problems, last, are read whole: the area scrolls sideways for them.
            let widest = if column + 1 == shown.headings.len() {
                80.0
            } else {
                22.0
            };
            (longest as f32 * text_height).clamp(2.0 * text_height, widest * text_height)
        })
        .collect();
    let cell = |ui: &mut egui::Ui, width: f32, text: egui::RichText| {
        ui.add_sized(
            [width, row_height],
            egui::Label::new(text).truncate().halign(egui::Align::LEFT),
        );
    };
    egui::ScrollArea::horizontal()
        .auto_shrink([false, true])
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                for (heading, width) in shown.headings.iter().zip(&widths) {
                    cell(ui, *width, egui::RichText::new(*heading).strong());
                }
            });
            let draw = |ui: &mut egui::Ui, rows: &[Vec<String>]| {
                for row in rows {
                    let troubled = row.last().is_some_and(|p| !p.is_empty());
                    ui.horizontal(|ui| {
                        for (text, width) in row.iter().zip(&widths) {
                            let text = egui::RichText::new(text.as_str());
                            cell(ui, *width, if troubled { text.color(warn) } else { text });
                        }
                    });
                }
            };
            // A height known from the rows' count, not learnt frame by frame: the dialog is
            // laid out at its size at once.
            let spacing = ui.spacing().item_spacing.y;
            let height =
                (shown.rows.len() as f32 * (row_height + spacing)).clamp(row_height, 360.0);
            let area = egui::ScrollArea::vertical()
                .min_scrolled_height(height)
                .max_height(height)
                .auto_shrink([false, false]);
            // A list of the usual size is laid out whole (every row can be found by a screen
            // reader); a long one only where in view.
            if shown.rows.len() <= ROWS_LAID_OUT_WHOLE {
                area.show(ui, |ui| draw(ui, &shown.rows));
            } else {
                area.show_rows(ui, row_height, shown.rows.len(), |ui, visible| {
                    draw(ui, &shown.rows[visible]);
                });
            }
        });
}
