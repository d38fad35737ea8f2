//! 常委会文件夹 (issue 15): the term's sessions with their date and state, each opened from the
//! list as a session file is; 新建会议 in the folder; and the registers derived from the
//! sessions (出席情况, 人事任免, 审议意见, 代表建议), read-only, each exportable as a document.
//! Shown when a body's folder is open and no session is.

use std::path::PathBuf;

use chrono::NaiveDate;
use egui::{RichText, Ui};

use super::widgets::{named, screen_heading};
use crate::export::lists::chinese_date;
use crate::export::registers::FolderDocKind;
use crate::io::folder::OpenedFolder;
use crate::model::numerals::chinese_number;
use crate::model::opinions::OpinionState;

/// A page of the folder screen.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum FolderPage {
    /// 会议: the sessions of the term.
    #[default]
    Sessions,
    /// 出席情况.
    Attendance,
    /// 人事任免.
    Appointments,
    /// 审议意见.
    Opinions,
    /// 代表建议.
    Suggestions,
}

impl FolderPage {
    /// Every page, in tab order.
    pub const ALL: [FolderPage; 5] = [
        Self::Sessions,
        Self::Attendance,
        Self::Appointments,
        Self::Opinions,
        Self::Suggestions,
    ];

    /// The tab's text.
    pub fn label(self) -> &'static str {
        match self {
            Self::Sessions => "会议",
            Self::Attendance => "出席情况",
            Self::Appointments => "人事任免",
            Self::Opinions => "审议意见",
            Self::Suggestions => "代表建议",
        }
    }

    /// The document the page exports, if any.
    fn document(self) -> Option<FolderDocKind> {
        match self {
            Self::Sessions => None,
            Self::Attendance => Some(FolderDocKind::AttendanceRecord),
            Self::Appointments => Some(FolderDocKind::AppointmentsRegister),
            Self::Opinions => Some(FolderDocKind::OpinionsOverdue),
            Self::Suggestions => Some(FolderDocKind::SuggestionResults),
        }
    }
}

/// The open folder and what its screen shows.
#[derive(Clone, Debug)]
pub struct FolderView {
    /// The folder as read.
    pub opened: OpenedFolder,
    /// The page shown.
    pub page: FolderPage,
    /// The search of the appointments register (a name or a post).
    pub search: String,
    /// The year shown on the attendance and suggestions pages; `None`: the latest.
    pub year: Option<i32>,
}

impl FolderView {
    /// The screen of a folder just opened: its sessions.
    pub fn new(opened: OpenedFolder) -> Self {
        Self {
            opened,
            page: FolderPage::default(),
            search: String::new(),
            year: None,
        }
    }
}

/// What the person chose on the folder screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FolderChoice {
    /// Open this session file.
    Open(PathBuf),
    /// Start the next session of the folder.
    NewSession,
    /// Read the folder again.
    Refresh,
    /// Export a register (of the year shown, where it has one).
    Export(FolderDocKind, Option<i32>),
    /// Close the folder (back to the start page).
    Close,
}

/// The folder screen, as of `today`.
pub fn folder_ui(ui: &mut Ui, view: &mut FolderView, today: NaiveDate) -> Option<FolderChoice> {
    let mut choice = None;
    let body = &view.opened.body.body;
    screen_heading(
        ui,
        &format!("{}（第{}届）", body.name, chinese_number(body.term)),
    );
    ui.weak(format!("常委会文件夹：{}", view.opened.path.display()));
    ui.horizontal(|ui| {
        if ui
            .button(format!(
                "新建会议（第{}次）",
                chinese_number(view.opened.next_number())
            ))
            .on_hover_text(
                "沿用 body.ron 中的常委会设置和当日的组成人员名单，以及上次会议的列席单位",
            )
            .clicked()
        {
            choice = Some(FolderChoice::NewSession);
        }
        if ui.button("刷新").on_hover_text("重新读取文件夹").clicked() {
            choice = Some(FolderChoice::Refresh);
        }
        if ui.button("关闭文件夹").clicked() {
            choice = Some(FolderChoice::Close);
        }
    });
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        for page in FolderPage::ALL {
            if ui
                .selectable_label(view.page == page, page.label())
                .clicked()
            {
                view.page = page;
            }
        }
    });
    ui.separator();
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let picked = match view.page {
                FolderPage::Sessions => sessions_ui(ui, view),
                FolderPage::Attendance => attendance_ui(ui, view, today),
                FolderPage::Appointments => appointments_ui(ui, view),
                FolderPage::Opinions => opinions_ui(ui, view, today),
                FolderPage::Suggestions => suggestions_ui(ui, view, today),
            };
            if picked.is_some() {
                choice = picked;
            }
            if let Some(kind) = view.page.document() {
                ui.add_space(8.0);
                if ui.button(format!("导出{}…", kind.label())).clicked() {
                    choice = Some(FolderChoice::Export(kind, view.year));
                }
            }
        });
    choice
}

/// The sessions, by date, with the files that could not be read.
fn sessions_ui(ui: &mut Ui, view: &FolderView) -> Option<FolderChoice> {
    let mut choice = None;
    if view.opened.sessions.is_empty() {
        ui.weak("文件夹中还没有会议文件。");
        return None;
    }
    egui::Grid::new("folder_sessions")
        .num_columns(5)
        .striped(true)
        .spacing([16.0, 6.0])
        .show(ui, |ui| {
            for head in ["会议", "日期", "状态", "文件", ""] {
                ui.label(RichText::new(head).strong());
            }
            ui.end_row();
            for session in &view.opened.sessions {
                match &session.loaded {
                    Ok(summary) => {
                        ui.label(&summary.short_name);
                        ui.label(
                            summary
                                .first_date()
                                .map(chinese_date)
                                .unwrap_or_else(|| "日期未定".to_owned()),
                        );
                        ui.label(summary.state.label());
                        ui.label(session.file_name());
                        if ui
                            .button("打开")
                            .on_hover_text(format!("打开{}", summary.short_name))
                            .clicked()
                        {
                            choice = Some(FolderChoice::Open(session.file.clone()));
                        }
                    }
                    Err(error) => {
                        ui.colored_label(ui.visuals().error_fg_color, "无法读取");
                        ui.label("");
                        ui.label("");
                        ui.label(session.file_name()).on_hover_text(error.as_str());
                        ui.label("");
                    }
                }
                ui.end_row();
            }
        });
    for (_, error) in view.opened.failures() {
        ui.colored_label(ui.visuals().error_fg_color, error);
    }
    choice
}

/// The year chooser of a page: the years given, the latest by default.
fn year_ui(ui: &mut Ui, years: &[i32], year: &mut Option<i32>) -> Option<i32> {
    let shown = year
        .filter(|y| years.contains(y))
        .or(years.last().copied())?;
    ui.horizontal(|ui| {
        ui.label("年度：");
        for candidate in years {
            if ui
                .selectable_label(shown == *candidate, format!("{candidate}年"))
                .clicked()
            {
                *year = Some(*candidate);
            }
        }
    });
    Some(year.filter(|y| years.contains(y)).unwrap_or(shown))
}

/// Each member's attendance in the year chosen.
fn attendance_ui(ui: &mut Ui, view: &mut FolderView, today: NaiveDate) -> Option<FolderChoice> {
    let term = view.opened.term();
    let years = term.held_years(today);
    let Some(year) = year_ui(ui, &years, &mut view.year) else {
        ui.weak("还没有已举行的会议。");
        return None;
    };
    let record = term.attendance_record(year, today);
    ui.label(format!("{year}年已举行会议{}次", record.sessions.len()));
    let decimals = view.opened.body.body.settings.rate_decimals.min(6) as usize;
    egui::Grid::new("folder_attendance")
        .num_columns(7)
        .striped(true)
        .spacing([16.0, 4.0])
        .show(ui, |ui| {
            for head in ["姓名", "职务", "应出席", "出席", "请假", "缺席", "出席率"]
            {
                ui.label(RichText::new(head).strong());
            }
            ui.end_row();
            for row in &record.rows {
                ui.label(&row.name);
                ui.label(row.role.label());
                ui.label(row.expected.to_string());
                ui.label(row.present.to_string());
                let leave = ui.label(row.on_leave.to_string());
                if !row.leaves.is_empty() {
                    let reasons: Vec<String> = row
                        .leaves
                        .iter()
                        .map(|(n, r)| format!("第{}次会议{r}", chinese_number(*n)))
                        .collect();
                    leave.on_hover_text(reasons.join("；"));
                }
                ui.label(row.absent.to_string());
                ui.label(
                    row.rate_percent()
                        .map(|r| format!("{r:.decimals$}%"))
                        .unwrap_or_default(),
                );
                ui.end_row();
            }
        });
    None
}

/// Every appointment and removal, searchable, and who holds each post now.
fn appointments_ui(ui: &mut Ui, view: &mut FolderView) -> Option<FolderChoice> {
    ui.horizontal(|ui| {
        ui.label("查找：");
        named(
            ui.add(
                egui::TextEdit::singleline(&mut view.search)
                    .hint_text("姓名或职务")
                    .desired_width(240.0),
            ),
            "查找姓名或职务",
        );
    });
    let term = view.opened.term();
    let register = term.appointments();
    let rows = register.search(&view.search);
    ui.label(format!("共{}人次", rows.len()));
    egui::Grid::new("folder_appointments")
        .num_columns(6)
        .striped(true)
        .spacing([14.0, 4.0])
        .show(ui, |ui| {
            for head in ["会议", "姓名", "任免", "职务", "议案", "表决结果"] {
                ui.label(RichText::new(head).strong());
            }
            ui.end_row();
            for row in &rows {
                ui.label(&row.session.short_name);
                ui.label(row.record.person.with_gender());
                ui.label(row.record.action.editor_label());
                ui.label(&row.record.post);
                ui.label(&row.record.document_number)
                    .on_hover_text(&row.record.motion_title);
                ui.label(row.record.result.label());
                ui.end_row();
            }
        });
    ui.add_space(8.0);
    ui.label(RichText::new("现任职务").strong());
    egui::Grid::new("folder_holders")
        .num_columns(3)
        .striped(true)
        .spacing([14.0, 4.0])
        .show(ui, |ui| {
            for post in register.holders() {
                if !view.search.trim().is_empty()
                    && !post.post.contains(view.search.trim())
                    && !post
                        .holders
                        .iter()
                        .any(|h| h.record.person.name.contains(view.search.trim()))
                {
                    continue;
                }
                for holder in &post.holders {
                    ui.label(&post.post);
                    ui.label(holder.record.person.with_gender());
                    ui.label(&holder.session.short_name);
                    ui.end_row();
                }
            }
        });
    None
}

/// The opinions with where each stands; the overdue in the error colour.
fn opinions_ui(ui: &mut Ui, view: &FolderView, today: NaiveDate) -> Option<FolderChoice> {
    let term = view.opened.term();
    let rows = term.opinions(today);
    if rows.is_empty() {
        ui.weak("body.ron 中还没有审议意见记录。");
    }
    egui::Grid::new("folder_opinions")
        .num_columns(5)
        .striped(true)
        .spacing([14.0, 4.0])
        .show(ui, |ui| {
            for head in ["审议意见", "送交单位", "答复期限", "状态", "答复"] {
                ui.label(RichText::new(head).strong());
            }
            ui.end_row();
            for row in &rows {
                ui.label(&row.title);
                ui.label(&row.opinion.addressee);
                ui.label(row.opinion.deadline.map(chinese_date).unwrap_or_default());
                let state = if row.state == OpinionState::Overdue {
                    format!("{}（{}天）", row.state.label(), row.days_overdue)
                } else {
                    row.state.label().to_owned()
                };
                if row.state == OpinionState::Overdue {
                    ui.colored_label(ui.visuals().error_fg_color, state);
                } else {
                    ui.label(state);
                }
                ui.label(
                    row.opinion
                        .reply
                        .as_ref()
                        .and_then(|r| r.heard_at)
                        .map(|n| format!("第{}次会议听取", chinese_number(n)))
                        .unwrap_or_default(),
                );
                ui.end_row();
            }
        });
    let without = term.reports_without_opinion();
    if !without.is_empty() {
        ui.add_space(8.0);
        ui.label(
            RichText::new(format!(
                "已审议、尚未登记审议意见的报告（{}份）",
                without.len()
            ))
            .strong(),
        );
        for (session, report) in without {
            ui.label(format!(
                "{}　{}（{}）",
                session.short_name, report.title, report.submitter
            ));
        }
    }
    None
}

/// The suggestions of the year chosen, with the year's figures.
fn suggestions_ui(ui: &mut Ui, view: &mut FolderView, today: NaiveDate) -> Option<FolderChoice> {
    let years = view.opened.body.suggestion_years();
    let Some(year) = year_ui(ui, &years, &mut view.year) else {
        ui.weak("body.ron 中还没有代表建议。可用「huiwu folder 文件夹 --import-suggestions 表格.csv」从表格导入。");
        return None;
    };
    let term = view.opened.term();
    ui.label(term.suggestion_figures(year, today).summary());
    egui::Grid::new("folder_suggestions")
        .num_columns(5)
        .striped(true)
        .spacing([14.0, 4.0])
        .show(ui, |ui| {
            for head in ["编号", "标题", "牵头单位", "重点督办", "状态"] {
                ui.label(RichText::new(head).strong());
            }
            ui.end_row();
            for suggestion in view.opened.body.suggestions_of(year) {
                ui.label(&suggestion.number);
                ui.label(&suggestion.title);
                ui.label(suggestion.lead_units.join("、"));
                ui.label(if suggestion.is_key() { "是" } else { "" });
                ui.label(suggestion.state(today).label());
                ui.end_row();
            }
        });
    None
}
