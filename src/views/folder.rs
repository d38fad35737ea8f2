//! 常委会文件夹 (issue 15): the term's sessions with their date and state, each opened from the
//! list as a session file is; 新建会议 in the folder; and the registers derived from the
//! sessions (出席情况, 人事任免, 审议意见, 代表建议), read-only, each exportable as a document.
//! Shown when a body's folder is open and no session is.
//!
//! 修改登记 turns on the forms of what `body.ron` keeps (a new suggestion, an answer, 重点督办,
//! 办结; 审议意见 on a report deliberated, the reply): the window then holds the lock of
//! `body.ron`, and each form, once confirmed, is one [`BodyEdit`] saved at once, so nothing is
//! ever left unsaved.

use std::path::PathBuf;

use chrono::NaiveDate;
use egui::{RichText, Ui};

use super::widgets::{named, screen_heading};
use crate::export::lists::chinese_date;
use crate::export::registers::FolderDocKind;
use crate::io::folder::OpenedFolder;
use crate::model::Grade;
use crate::model::body_folder::BodyEdit;
use crate::model::ids::{OpinionId, ReportId, SuggestionId};
use crate::model::numerals::chinese_number;
use crate::model::opinions::{OpinionReply, OpinionState};
use crate::model::suggestion_import::parse_day;
use crate::model::suggestions::{Answer, AnswerClass};

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
    /// 文件索引: every report and resolution of the term.
    Index,
}

impl FolderPage {
    /// Every page, in tab order.
    pub const ALL: [FolderPage; 6] = [
        Self::Sessions,
        Self::Attendance,
        Self::Appointments,
        Self::Opinions,
        Self::Suggestions,
        Self::Index,
    ];

    /// The tab's text.
    pub fn label(self) -> &'static str {
        match self {
            Self::Sessions => "会议",
            Self::Attendance => "出席情况",
            Self::Appointments => "人事任免",
            Self::Opinions => "审议意见",
            Self::Suggestions => "代表建议",
            Self::Index => "文件索引",
        }
    }

    /// The document the page exports, if any.
    fn document(self) -> Option<FolderDocKind> {
        match self {
            Self::Sessions | Self::Index => None,
            Self::Attendance => Some(FolderDocKind::AttendanceRecord),
            Self::Appointments => Some(FolderDocKind::AppointmentsRegister),
            Self::Opinions => Some(FolderDocKind::OpinionsOverdue),
            Self::Suggestions => Some(FolderDocKind::SuggestionResults),
        }
    }
}

/// The open folder and what its screen shows.
#[derive(Debug)]
pub struct FolderView {
    /// The folder as read.
    pub opened: OpenedFolder,
    /// The page shown.
    pub page: FolderPage,
    /// The search of the appointments register (a name or a post).
    pub search: String,
    /// The year shown on the attendance and suggestions pages; `None`: the latest.
    pub year: Option<i32>,
    /// The lock of `body.ron` while what it keeps is being changed (修改登记); `None`: the
    /// registers are only shown.
    pub body_lock: Option<crate::io::lock::LockGuard>,
    /// When (egui time, seconds) the lock was last refreshed.
    pub body_lock_refreshed: f64,
    /// The forms of the edit mode.
    pub forms: BodyForms,
}

/// The forms of the edit mode, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BodyForms {
    /// 新增代表建议.
    pub suggestion: SuggestionForm,
    /// Whether the form of a new suggestion is open.
    pub suggestion_open: bool,
    /// 登记答复 of a suggestion, while open.
    pub answer: Option<AnswerForm>,
    /// 登记审议意见 on a report, while open.
    pub opinion: Option<OpinionForm>,
    /// 登记答复 of opinions, while open.
    pub reply: Option<ReplyForm>,
    /// Why the last form was not taken.
    pub error: Option<String>,
}

/// A new suggestion, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SuggestionForm {
    /// 标题.
    pub title: String,
    /// 领衔代表.
    pub lead_deputy: String,
    /// 牵头单位, several separated by 「、」.
    pub lead_units: String,
    /// 交办日期 as typed.
    pub handed_over: String,
    /// 重点督办.
    pub key: bool,
}

/// An answer, as typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnswerForm {
    /// The suggestion answered.
    pub suggestion: SuggestionId,
    /// 答复日期 as typed.
    pub date: String,
    /// 答复类别.
    pub class: Option<AnswerClass>,
    /// 办理情况.
    pub text: String,
    /// 代表评价.
    pub satisfaction: Option<Grade>,
}

/// Opinions on a report, as typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OpinionForm {
    /// The session's number.
    pub session: u32,
    /// The report.
    pub report: ReportId,
    /// 送交单位.
    pub addressee: String,
    /// 送达日期 as typed.
    pub sent: String,
    /// 答复期限 as typed.
    pub deadline: String,
}

/// A reply to opinions, as typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReplyForm {
    /// The opinions answered.
    pub opinion: OpinionId,
    /// 收到日期 as typed.
    pub received: String,
    /// 研究处理情况报告的标题.
    pub title: String,
    /// 听取的会议 (its number) as typed.
    pub heard_at: String,
}

impl FolderView {
    /// Whether what `body.ron` keeps is being changed (修改登记).
    pub fn is_editing(&self) -> bool {
        self.body_lock.is_some()
    }

    /// The screen of a folder just opened: its sessions.
    pub fn new(opened: OpenedFolder) -> Self {
        Self {
            opened,
            page: FolderPage::default(),
            search: String::new(),
            year: None,
            body_lock: None,
            body_lock_refreshed: 0.0,
            forms: BodyForms::default(),
        }
    }
}

/// What the person chose on the folder screen.
#[derive(Clone, Debug, PartialEq)]
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
    /// 修改登记: lock `body.ron` and show the forms.
    StartEditing,
    /// 完成修改: release `body.ron`.
    StopEditing,
    /// Carry out a change to `body.ron` and save it.
    Edit(BodyEdit),
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
        if view.is_editing() {
            if ui.button("完成修改").clicked() {
                choice = Some(FolderChoice::StopEditing);
            }
            ui.weak("正在修改 body.ron（已锁定；每项确定后立即保存）");
        } else if ui
            .button("修改登记")
            .on_hover_text("登记代表建议、答复和审议意见（锁定 body.ron，其他人只能查看）")
            .clicked()
        {
            choice = Some(FolderChoice::StartEditing);
        }
    });
    if let Some(error) = &view.forms.error {
        ui.colored_label(ui.visuals().error_fg_color, error.as_str());
    }
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
                FolderPage::Index => index_ui(ui, view),
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

/// A day typed in a form: empty is none; anything else must be a day.
fn typed_day(text: &str, name: &str) -> Result<Option<NaiveDate>, String> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    parse_day(text)
        .map(Some)
        .ok_or_else(|| format!("「{name}」的「{text}」不是日期（应如 2025-03-15）"))
}

/// A one-line field of a form, named for screen readers.
fn field(ui: &mut Ui, label: &str, text: &mut String, width: f32) {
    ui.label(format!("{label}："));
    named(
        ui.add(egui::TextEdit::singleline(text).desired_width(width)),
        label,
    );
}

/// The opinions with where each stands; the overdue in the error colour. In the edit mode,
/// 登记审议意见 beside each report deliberated without a record, and 登记答复 beside each opinion
/// without a reply.
fn opinions_ui(ui: &mut Ui, view: &mut FolderView, today: NaiveDate) -> Option<FolderChoice> {
    let mut choice = None;
    let editing = view.is_editing();
    let term = view.opened.term();
    let rows = term.opinions(today);
    if rows.is_empty() {
        ui.weak("body.ron 中还没有审议意见记录。");
    }
    let mut open_reply = None;
    egui::Grid::new("folder_opinions")
        .num_columns(6)
        .striped(true)
        .spacing([14.0, 4.0])
        .show(ui, |ui| {
            for head in ["审议意见", "送交单位", "答复期限", "状态", "答复", ""] {
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
                if editing && row.opinion.reply.is_none() {
                    if ui
                        .button("登记答复")
                        .on_hover_text(format!("登记{}的答复", row.title))
                        .clicked()
                    {
                        open_reply = Some(row.opinion.id);
                    }
                } else {
                    ui.label("");
                }
                ui.end_row();
            }
        });
    let without: Vec<(u32, ReportId, String, String)> = term
        .reports_without_opinion()
        .into_iter()
        .map(|(session, report)| {
            (
                session.number,
                report.id,
                format!(
                    "{}　{}（{}）",
                    session.short_name, report.title, report.submitter
                ),
                report.submitter.clone(),
            )
        })
        .collect();
    if let Some(opinion) = open_reply {
        view.forms.reply = Some(ReplyForm {
            opinion,
            received: today.to_string(),
            title: String::new(),
            heard_at: String::new(),
        });
    }
    if let Some(form) = &mut view.forms.reply {
        let mut cancel = false;
        form_window(ui, "登记答复（研究处理情况的报告）", |ui| {
            ui.horizontal(|ui| {
                field(ui, "答复收到日期", &mut form.received, 110.0);
                field(ui, "听取答复的会议（第几次）", &mut form.heard_at, 50.0);
            });
            ui.horizontal(|ui| field(ui, "答复报告标题", &mut form.title, 520.0));
            ui.horizontal(|ui| {
                if ui.button("保存答复").clicked() {
                    let heard_at = form.heard_at.trim();
                    let heard = if heard_at.is_empty() {
                        Ok(None)
                    } else {
                        heard_at.parse::<u32>().map(Some).map_err(|_| {
                            format!("「听取答复的会议」应是会议的次数，如 12，而不是「{heard_at}」")
                        })
                    };
                    match (typed_day(&form.received, "答复收到日期"), heard) {
                        (Ok(received), Ok(heard_at)) => {
                            choice = Some(FolderChoice::Edit(BodyEdit::RecordOpinionReply(
                                form.opinion,
                                OpinionReply {
                                    received,
                                    title: form.title.trim().to_owned(),
                                    heard_at,
                                },
                            )));
                        }
                        (Err(error), _) | (_, Err(error)) => view.forms.error = Some(error),
                    }
                }
                if ui.button("取消").clicked() {
                    cancel = true;
                }
            });
        });
        if cancel {
            view.forms.reply = None;
        }
    }
    if !without.is_empty() {
        ui.add_space(8.0);
        ui.label(
            RichText::new(format!(
                "已审议、尚未登记审议意见的报告（{}份）",
                without.len()
            ))
            .strong(),
        );
        for (session, report, text, submitter) in &without {
            ui.horizontal(|ui| {
                ui.label(text.as_str());
                if editing
                    && ui
                        .button("登记审议意见")
                        .on_hover_text(text.as_str())
                        .clicked()
                {
                    view.forms.opinion = Some(OpinionForm {
                        session: *session,
                        report: *report,
                        addressee: submitter.clone(),
                        sent: today.to_string(),
                        deadline: String::new(),
                    });
                }
            });
        }
    }
    if let Some(form) = &mut view.forms.opinion {
        let mut cancel = false;
        form_window(ui, "登记审议意见", |ui| {
            ui.horizontal(|ui| {
                field(ui, "审议意见送交单位", &mut form.addressee, 200.0);
                field(ui, "审议意见送达日期", &mut form.sent, 110.0);
                field(ui, "审议意见答复期限", &mut form.deadline, 110.0);
            });
            ui.horizontal(|ui| {
                if ui.button("保存审议意见").clicked() {
                    match (
                        typed_day(&form.sent, "审议意见送达日期"),
                        typed_day(&form.deadline, "审议意见答复期限"),
                    ) {
                        (Ok(sent), Ok(deadline)) => {
                            choice = Some(FolderChoice::Edit(BodyEdit::AddOpinion {
                                session: form.session,
                                report: form.report,
                                addressee: form.addressee.clone(),
                                sent,
                                deadline,
                            }));
                        }
                        (Err(error), _) | (_, Err(error)) => view.forms.error = Some(error),
                    }
                }
                if ui.button("取消").clicked() {
                    cancel = true;
                }
            });
        });
        if cancel {
            view.forms.opinion = None;
        }
    }
    choice
}

/// The suggestions of the year chosen, with the year's figures. In the edit mode, a form for a
/// new suggestion, and beside each 登记答复, 重点督办 and 办结.
fn suggestions_ui(ui: &mut Ui, view: &mut FolderView, today: NaiveDate) -> Option<FolderChoice> {
    let mut choice = None;
    if view.is_editing() {
        choice = new_suggestion_ui(ui, view, today);
    }
    let years = view.opened.body.suggestion_years();
    let Some(year) = year_ui(ui, &years, &mut view.year) else {
        ui.weak("body.ron 中还没有代表建议。可在「修改登记」中逐件登记，或用「huiwu folder 文件夹 --import-suggestions 表格.csv」从表格导入。");
        return choice;
    };
    let term = view.opened.term();
    ui.label(term.suggestion_figures(year, today).summary());
    let editing = view.is_editing();
    let mut open_answer = None;
    egui::Grid::new("folder_suggestions")
        .num_columns(if editing { 7 } else { 5 })
        .striped(true)
        .spacing([14.0, 4.0])
        .show(ui, |ui| {
            for head in ["编号", "标题", "牵头单位", "重点督办", "状态"] {
                ui.label(RichText::new(head).strong());
            }
            if editing {
                ui.label("");
                ui.label("");
            }
            ui.end_row();
            for suggestion in view.opened.body.suggestions_of(year) {
                ui.label(&suggestion.number);
                ui.label(&suggestion.title);
                ui.label(suggestion.lead_units.join("、"));
                if editing {
                    let mut key = suggestion.is_key();
                    if named(
                        ui.checkbox(&mut key, ""),
                        &format!("{}重点督办", suggestion.title),
                    )
                    .changed()
                    {
                        choice = Some(FolderChoice::Edit(BodyEdit::SetKey(suggestion.id, key)));
                    }
                } else {
                    ui.label(if suggestion.is_key() { "是" } else { "" });
                }
                ui.label(suggestion.state(today).label());
                if editing {
                    if ui
                        .add_enabled(suggestion.is_handed_over(), egui::Button::new("登记答复"))
                        .on_hover_text(format!("登记「{}」的答复", suggestion.title))
                        .clicked()
                    {
                        open_answer = Some(suggestion.id);
                    }
                    let mut concluded = suggestion.concluded;
                    if named(
                        ui.checkbox(&mut concluded, "办结"),
                        &format!("{}办结", suggestion.title),
                    )
                    .changed()
                    {
                        choice = Some(FolderChoice::Edit(BodyEdit::SetConcluded(
                            suggestion.id,
                            concluded,
                        )));
                    }
                }
                ui.end_row();
            }
        });
    if let Some(id) = open_answer {
        view.forms.answer = Some(AnswerForm {
            suggestion: id,
            date: today.to_string(),
            class: None,
            text: String::new(),
            satisfaction: None,
        });
    }
    if let Some(answer) = answer_form_ui(ui, view) {
        choice = Some(answer);
    }
    choice
}

/// 新增代表建议 of the year shown (or this year).
fn new_suggestion_ui(ui: &mut Ui, view: &mut FolderView, today: NaiveDate) -> Option<FolderChoice> {
    use chrono::Datelike;
    let mut choice = None;
    let year = view.year.unwrap_or_else(|| {
        view.opened
            .body
            .suggestion_years()
            .last()
            .copied()
            .unwrap_or(today.year())
    });
    if !view.forms.suggestion_open {
        if ui.button(format!("新增代表建议（{year}年度）…")).clicked() {
            view.forms.suggestion_open = true;
        }
        return None;
    }
    let mut cancel = false;
    let form = &mut view.forms.suggestion;
    form_window(ui, &format!("新增代表建议（{year}年度）"), |ui| {
        ui.horizontal(|ui| field(ui, "建议标题", &mut form.title, 420.0));
        ui.horizontal(|ui| {
            field(ui, "领衔代表", &mut form.lead_deputy, 100.0);
            field(ui, "牵头（主办）单位", &mut form.lead_units, 220.0);
            field(ui, "交办日期", &mut form.handed_over, 110.0);
            named(ui.checkbox(&mut form.key, "重点督办"), "重点督办");
        });
        ui.horizontal(|ui| {
            if ui.button("添加建议").clicked() {
                match typed_day(&form.handed_over, "交办日期") {
                    Ok(handed_over) => {
                        choice = Some(FolderChoice::Edit(BodyEdit::AddSuggestion {
                            year,
                            title: form.title.clone(),
                            lead_deputy: form.lead_deputy.clone(),
                            lead_units: super::widgets::split_list(&form.lead_units),
                            handed_over,
                            key: form.key,
                        }));
                    }
                    Err(error) => view.forms.error = Some(error),
                }
            }
            if ui.button("取消").clicked() {
                cancel = true;
            }
        });
    });
    if cancel {
        view.forms.suggestion_open = false;
    }
    choice
}

/// A form in a window of its own over the page, where it is seen whatever row opened it.
fn form_window(ui: &Ui, title: &str, add_contents: impl FnOnce(&mut Ui)) {
    egui::Window::new(title)
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, egui::vec2(0.0, 0.0))
        .show(ui.ctx(), add_contents);
}

/// 登记答复 of a suggestion, while open.
fn answer_form_ui(ui: &mut Ui, view: &mut FolderView) -> Option<FolderChoice> {
    let mut choice = None;
    let title = view
        .forms
        .answer
        .as_ref()
        .and_then(|form| view.opened.body.suggestion(form.suggestion))
        .map(|s| s.title.clone())?;
    let form = view.forms.answer.as_mut()?;
    let mut cancel = false;
    form_window(ui, &format!("登记答复：{title}"), |ui| {
        ui.horizontal(|ui| {
            field(ui, "答复日期", &mut form.date, 110.0);
            ui.label("答复类别");
            for class in AnswerClass::ALL {
                if ui
                    .selectable_label(form.class == Some(class), class.label())
                    .on_hover_text(class.meaning())
                    .clicked()
                {
                    form.class = Some(class);
                }
            }
            ui.label("代表评价");
            for grade in [
                Grade::Satisfied,
                Grade::BasicallySatisfied,
                Grade::Dissatisfied,
            ] {
                if ui
                    .selectable_label(form.satisfaction == Some(grade), grade.label())
                    .clicked()
                {
                    form.satisfaction = Some(grade);
                }
            }
        });
        ui.label("办理情况：");
        named(
            ui.add(
                egui::TextEdit::multiline(&mut form.text)
                    .desired_rows(4)
                    .desired_width(640.0),
            ),
            "办理情况",
        );
        ui.horizontal(|ui| {
            if ui.button("保存答复").clicked() {
                match typed_day(&form.date, "答复日期") {
                    Ok(date) => {
                        choice = Some(FolderChoice::Edit(BodyEdit::RecordAnswer(
                            form.suggestion,
                            Answer {
                                date,
                                class: form.class,
                                text: form.text.trim().to_owned(),
                                satisfaction: form.satisfaction,
                            },
                        )));
                    }
                    Err(error) => view.forms.error = Some(error),
                }
            }
            if ui.button("取消").clicked() {
                cancel = true;
            }
        });
    });
    if cancel {
        view.forms.answer = None;
    }
    choice
}

/// Every report and resolution of the term, by session.
fn index_ui(ui: &mut Ui, view: &FolderView) -> Option<FolderChoice> {
    use crate::model::registers::IndexEntry;
    let term = view.opened.term();
    let index = term.document_index();
    if index.is_empty() {
        ui.weak("文件夹中的会议还没有报告或决议。");
        return None;
    }
    egui::Grid::new("folder_index")
        .num_columns(4)
        .striped(true)
        .spacing([14.0, 4.0])
        .show(ui, |ui| {
            for head in ["会议", "类别", "标题", "提请单位／结果"] {
                ui.label(RichText::new(head).strong());
            }
            ui.end_row();
            for entry in index {
                match entry {
                    IndexEntry::Report(session, report) => {
                        ui.label(&session.short_name);
                        ui.label(report.kind.label());
                        ui.label(&report.title);
                        ui.label(&report.submitter);
                    }
                    IndexEntry::Resolution(session, resolution) => {
                        ui.label(&session.short_name);
                        ui.label(resolution.kind.label());
                        ui.label(&resolution.title);
                        ui.label(if resolution.adopted {
                            "通过"
                        } else {
                            "未通过或未表决"
                        });
                    }
                }
                ui.end_row();
            }
        });
    None
}
