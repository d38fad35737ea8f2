//! 常委会文件夹 (issue 15): the term's sessions with their date and state, each opened from the
//! list as a session file is; 新建会议 in the folder; and the registers derived from the
//! sessions (出席情况, 人事任免, 审议意见, 代表建议), read-only, each exportable as a document.
//! Shown when a body's folder is open and no session is.
//!
//! 修改登记 turns on the forms of what `body.ron` keeps (a new suggestion, an answer, 重点督办,
//! 办结; 审议意见 on a report deliberated, the reply): the window then holds the lock of
//! `body.ron`, and each form, once confirmed, sends one [`BodyEdit`] as an action: the app
//! carries it out after drawing, saves it at once (so nothing is ever left unsaved) and keeps it
//! for 撤销. Drawing the screen reads and writes no file: every button sends a request.

use chrono::NaiveDate;
use egui::{RichText, Ui};

use super::painted;
use super::table::Table;
use super::widgets::{named, screen_heading};
use crate::action::Action;
use crate::command::{FolderRequest, Request};
use crate::export::registers::{FolderDocKind, has_parts_to_fill_in, opinion_draft};
use crate::import::suggestions::parse_day;
use crate::io::folder::OpenedFolder;
use crate::model::Grade;
use crate::model::ids::{MemberId, OpinionId, ReportId, SuggestionId};
use crate::model::numerals::chinese_number;
use crate::model::roster::{Gender, Person, Role};
use crate::model::term::body_folder::{BodyEdit, BodyMember, SuggestionDetails};
use crate::model::term::opinions::{OpinionReply, OpinionState};
use crate::model::term::suggestions::{Answer, AnswerClass};
use crate::model::text::{blocks_from_plain_text, plain_text_from_blocks};
use crate::sender::Sender;
use crate::wording::dates::chinese_date;
use crate::wording::names::session_number;

/// A page of the folder screen.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum FolderPage {
    /// 会议: the sessions of the term.
    #[default]
    Sessions,
    /// 组成人员: the roster with its history.
    Members,
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
    pub const ALL: [FolderPage; 7] = [
        Self::Sessions,
        Self::Members,
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
            Self::Members => "组成人员",
            Self::Attendance => "出席情况",
            Self::Appointments => "人事任免",
            Self::Opinions => "审议意见",
            Self::Suggestions => "代表建议",
            Self::Index => "文件索引",
        }
    }

    /// The documents the page exports.
    fn documents(self) -> &'static [FolderDocKind] {
        match self {
            Self::Sessions | Self::Members | Self::Index => &[],
            Self::Attendance => &[FolderDocKind::AttendanceRecord],
            Self::Appointments => &[FolderDocKind::AppointmentsRegister],
            Self::Opinions => &[FolderDocKind::Opinions, FolderDocKind::OpinionsOverdue],
            Self::Suggestions => &[FolderDocKind::SuggestionResults],
        }
    }
}

/// The open folder and what its screen shows.
#[derive(Debug)]
pub struct FolderView {
    /// The folder as read ([`Self::opened`]; changed through [`Self::opened_mut`], so that what
    /// the pages show of it is derived again).
    opened: OpenedFolder,
    /// A number of its own for each state of `opened`: what the pages show is derived again
    /// when it changes.
    generation: u64,
    /// What the pages show, derived from the folder, not on every frame.
    shown: Shown,
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
    /// The day whose roster the 组成人员 page counts, as typed; empty: today.
    pub roster_day: String,
    /// How the folder's files looked when it was last read ([`crate::io::folder::fingerprint`]):
    /// a difference on disk reads it again, as the session screen notices its file.
    pub on_disk: Vec<(String, Option<crate::io::folder_cache::FileKey>)>,
    /// When (egui time, seconds) the disk was last looked at.
    pub disk_checked: f64,
    /// `body.ron` as it was before each change saved under the present lock, the latest last:
    /// 撤销 saves it back. Emptied when the lock goes (someone else may change it then).
    pub undo: Vec<crate::model::term::body_folder::BodyFile>,
    /// What 撤销 took back, for 重做.
    pub redo: Vec<crate::model::term::body_folder::BodyFile>,
}

/// The forms of the edit mode, as typed.
#[derive(Clone, Debug, Default, PartialEq)]
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
    /// 审议意见正文, while open.
    pub opinion_text: Option<OpinionTextForm>,
    /// 编辑代表建议, while open.
    pub suggestion_edit: Option<SuggestionEditForm>,
    /// 新增组成人员, 职务变动, 离任 or 更正, while open.
    pub member: Option<MemberForm>,
    /// A record to delete, while its deletion is asked to be confirmed.
    pub delete: Option<DeleteForm>,
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

/// The text of opinions, as typed: paragraphs by line, headings 「一、」 「（一）」 as in reports.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OpinionTextForm {
    /// The opinions.
    pub opinion: OpinionId,
    /// The text.
    pub text: String,
}

/// Every plain field of a suggestion, as typed (lists separated by 「、」).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SuggestionEditForm {
    /// The suggestion.
    pub suggestion: SuggestionId,
    /// 建议编号.
    pub number: String,
    /// 标题.
    pub title: String,
    /// 提出的会议.
    pub raised_at: String,
    /// 领衔代表.
    pub lead_deputy: String,
    /// 联名代表.
    pub co_signers: String,
    /// 类别.
    pub category: String,
    /// 交办日期.
    pub handed_over: String,
    /// 牵头（主办）单位.
    pub lead_units: String,
    /// 协办单位.
    pub helping_units: String,
    /// 答复期限 where extended.
    pub deadline: String,
    /// 重点督办.
    pub key: bool,
    /// 督办人.
    pub supervisors: String,
}

impl SuggestionEditForm {
    /// The form of `suggestion` as it stands.
    fn of(suggestion: &crate::model::term::suggestions::Suggestion) -> Self {
        let details = SuggestionDetails::of(suggestion);
        Self {
            suggestion: suggestion.id,
            number: details.number,
            title: details.title,
            raised_at: details.raised_at,
            lead_deputy: details.lead_deputy,
            co_signers: details.co_signers.join("、"),
            category: details.category,
            handed_over: details
                .handed_over
                .map(|d| d.to_string())
                .unwrap_or_default(),
            lead_units: details.lead_units.join("、"),
            helping_units: details.helping_units.join("、"),
            deadline: details.deadline.map(|d| d.to_string()).unwrap_or_default(),
            key: details.supervisors.is_some(),
            supervisors: details.supervisors.unwrap_or_default().join("、"),
        }
    }

    /// The edit the form asks for, or why the dates typed are not dates.
    fn edit(&self) -> Result<BodyEdit, String> {
        use super::widgets::split_list;
        Ok(BodyEdit::EditSuggestion(
            self.suggestion,
            SuggestionDetails {
                number: self.number.clone(),
                title: self.title.clone(),
                raised_at: self.raised_at.clone(),
                lead_deputy: self.lead_deputy.clone(),
                co_signers: split_list(&self.co_signers),
                category: self.category.clone(),
                handed_over: typed_day(&self.handed_over, "交办日期")?,
                lead_units: split_list(&self.lead_units),
                helping_units: split_list(&self.helping_units),
                deadline: typed_day(&self.deadline, "答复期限")?,
                supervisors: self.key.then(|| split_list(&self.supervisors)),
            },
        ))
    }
}

/// A record of `body.ron` about to be deleted: what it is, and the edit that deletes it.
#[derive(Clone, Debug, PartialEq)]
pub struct DeleteForm {
    /// 「代表建议「关于…的建议」」, as the question names it.
    pub what: String,
    /// The deletion.
    pub edit: BodyEdit,
}

/// What a form of the roster does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MemberFormKind {
    /// 新增组成人员.
    Add,
    /// 职务变动 of this member.
    ChangeRole(MemberId),
    /// 离任 of this member.
    Leaves(MemberId),
    /// 更正 what the register keeps of this member.
    Correct(MemberId),
}

/// A form of the roster, as typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MemberForm {
    /// What it does.
    pub kind: MemberFormKind,
    /// The person: 姓名, 性别, 备注 as typed; when correcting, what else the register keeps of
    /// them, unchanged.
    pub person: Person,
    /// 职务.
    pub role: Role,
    /// 排序 (副主任 1, 2 …) as typed.
    pub rank: String,
    /// The day (起始日期, 变动日期, 离任日期) as typed.
    pub day: String,
}

impl MemberForm {
    /// The edit the form asks for, or why what was typed cannot be taken.
    fn edit(&self) -> Result<BodyEdit, String> {
        let rank = match self.rank.trim() {
            "" => 0,
            text => text
                .parse::<u32>()
                .map_err(|_| format!("「排序」应是数字，如 1，而不是「{text}」"))?,
        };
        let day = typed_day(&self.day, "日期")?;
        let needs_day = || day.ok_or_else(|| "请填写日期（如 2025-03-15）".to_owned());
        Ok(match self.kind {
            MemberFormKind::Add => BodyEdit::AddMember {
                name: self.person.name.clone(),
                gender: self.person.gender,
                role: self.role,
                rank,
                from: day,
            },
            MemberFormKind::ChangeRole(member) => BodyEdit::ChangeRole {
                member,
                role: self.role,
                rank,
                on: needs_day()?,
            },
            MemberFormKind::Leaves(member) => BodyEdit::MemberLeaves(member, needs_day()?),
            MemberFormKind::Correct(member) => BodyEdit::CorrectMember(Person {
                id: member,
                ..self.person.clone()
            }),
        })
    }
}

impl FolderView {
    /// Whether what `body.ron` keeps is being changed (修改登记).
    pub fn is_editing(&self) -> bool {
        self.body_lock.is_some()
    }

    /// The screen of a folder just opened: its sessions.
    pub fn new(opened: OpenedFolder) -> Self {
        Self {
            on_disk: crate::io::folder::fingerprint(&opened.path),
            disk_checked: 0.0,
            opened,
            generation: super::Generation::default().0,
            shown: Shown::default(),
            page: FolderPage::default(),
            search: String::new(),
            year: None,
            body_lock: None,
            body_lock_refreshed: 0.0,
            forms: BodyForms::default(),
            roster_day: String::new(),
            undo: Vec::new(),
            redo: Vec::new(),
        }
    }
}

impl FolderView {
    /// The folder as read.
    pub fn opened(&self) -> &OpenedFolder {
        &self.opened
    }

    /// The folder as read, to change (read again, `body.ron` saved or undone): what the pages
    /// show of it is derived again on the next frame.
    pub fn opened_mut(&mut self) -> &mut OpenedFolder {
        self.generation = super::Generation::default().0;
        &mut self.opened
    }
}

/// Asks for a change to `body.ron`, carried out after drawing under its lock.
fn edit_body(sender: &mut Sender, edit: BodyEdit) {
    sender.act(Action::Body(Box::new(edit)));
}

/// Asks the app for something the folder needs (open, refresh, export…), after drawing.
fn ask(sender: &mut Sender, request: FolderRequest) {
    sender.send(Request::Folder(request));
}

/// The folder screen: what the person asks for goes to `sender`.
pub fn folder_ui(ui: &mut Ui, view: &mut FolderView, today: NaiveDate, sender: &mut Sender) {
    folder_screen_ui(ui, view, today, sender);
}

/// The folder screen's drawing; returns what the person chose.
fn folder_screen_ui(ui: &mut Ui, view: &mut FolderView, today: NaiveDate, sender: &mut Sender) {
    view.shown.refresh(view.generation, today);
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
                "沿用常委会文件夹中的常委会设置和当日的组成人员名单，以及上次会议的列席单位",
            )
            .clicked()
        {
            ask(sender, FolderRequest::NewSession);
        }
        if ui.button("刷新").on_hover_text("重新读取文件夹").clicked() {
            ask(sender, FolderRequest::Refresh);
        }
        if ui.button("关闭文件夹").clicked() {
            ask(sender, FolderRequest::Close);
        }
        if view.is_editing() {
            if ui.button("完成修改").clicked() {
                ask(sender, FolderRequest::StopEditing);
            }
            ui.weak("正在修改常委会文件夹的登记（已锁定，他人只能查看；每项确定后立即保存）");
        } else if ui
            .button("修改登记")
            .on_hover_text("登记代表建议、答复和审议意见（修改期间他人只能查看）")
            .clicked()
        {
            ask(sender, FolderRequest::StartEditing);
        }
    });
    if let Some(error) = &view.forms.error {
        ui.colored_label(ui.visuals().error_fg_color, error.as_str());
    }
    if let Some(form) = &view.forms.delete {
        let mut answer = None;
        form_window(ui, "删除记录", |ui| {
            ui.label(format!("从常委会文件夹中删除{}？", form.what));
            ui.weak("删除后立即保存，可以撤销（Ctrl+Z）。");
            ui.horizontal(|ui| {
                if ui.button("删除").clicked() {
                    answer = Some(true);
                }
                if ui.button("取消").clicked() {
                    answer = Some(false);
                }
            });
        });
        match answer {
            Some(true) => edit_body(sender, form.edit.clone()),
            Some(false) => view.forms.delete = None,
            None => {}
        }
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
            match view.page {
                FolderPage::Sessions => sessions_ui(ui, view, sender),
                FolderPage::Members => members_ui(ui, view, today, sender),
                FolderPage::Attendance => attendance_ui(ui, view, today),
                FolderPage::Appointments => appointments_ui(ui, view),
                FolderPage::Opinions => opinions_ui(ui, view, today, sender),
                FolderPage::Suggestions => suggestions_ui(ui, view, today, sender),
                FolderPage::Index => index_ui(ui, view),
            }
            let documents = view.page.documents();
            if !documents.is_empty() {
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    for kind in documents {
                        if ui.button(format!("导出{}…", kind.label())).clicked() {
                            let year = match kind {
                                FolderDocKind::AttendanceRecord
                                | FolderDocKind::SuggestionResults => view.year,
                                _ => None,
                            };
                            ask(sender, FolderRequest::Export(*kind, year));
                        }
                    }
                });
            }
        });
}

/// The sessions, by date, with the files that could not be read.
fn sessions_ui(ui: &mut Ui, view: &mut FolderView, sender: &mut Sender) {
    if view.opened.sessions.is_empty() {
        ui.weak("文件夹中还没有会议文件。");
        return;
    }
    let error_colour = ui.visuals().error_fg_color;
    let opened = &view.opened;
    let (rows, laid_out) = view.shown.sessions.get_or_insert_with(|| {
        (
            opened.sessions.iter().map(SessionRow::of).collect(),
            painted::LaidOut::default(),
        )
    });
    Table::new("sessions", 5).spacing([16.0, 6.0]).show(
        ui,
        laid_out,
        &["会议", "日期", "状态", "文件", ""],
        rows.len(),
        |cells, index| {
            let row = &rows[index];
            match &row.shown {
                Ok(shown) => {
                    cells.text(shown.name.as_str());
                    cells.text(shown.date.as_str());
                    cells.text(shown.state);
                    cells.text(row.file_name.as_str());
                    let open = cells
                        .widget(|ui| ui.button("打开").on_hover_text(shown.open_hover.as_str()));
                    if open.is_some_and(|open| open.clicked()) {
                        ask(sender, FolderRequest::Open(row.file.clone()));
                    }
                }
                Err(error) => {
                    cells.text(RichText::new("无法读取").color(error_colour));
                    cells.text("");
                    cells.text("");
                    cells.text_with_hover(row.file_name.as_str(), error);
                    cells.text("");
                }
            }
        },
    );
    for (_, error) in view.opened.failures() {
        ui.colored_label(ui.visuals().error_fg_color, error);
    }
}

/// What the pages show that takes work to derive from the folder: each row's texts as shown,
/// derived the first time a page is drawn after the folder, the day, the search or the year
/// changed, not on every frame.
#[derive(Debug, Default)]
struct Shown {
    /// The folder's generation and the day these were derived for.
    of: Option<(u64, NaiveDate)>,
    /// 会议, and the galleys of its texts.
    sessions: Option<(Vec<SessionRow>, painted::LaidOut)>,
    /// 人事任免, for the search typed.
    appointments: Option<AppointmentsShown>,
    /// 审议意见.
    opinions: Option<OpinionsShown>,
    /// The years of the suggestions, in order.
    suggestion_years: Option<Vec<i32>>,
    /// 代表建议, for the year chosen.
    suggestions: Option<SuggestionsShown>,
    /// 文件索引, and the galleys of its texts.
    index: Option<(Vec<[String; 4]>, painted::LaidOut)>,
}

impl Shown {
    /// Forgets what was derived of another folder or another day.
    fn refresh(&mut self, generation: u64, today: NaiveDate) {
        if self.of != Some((generation, today)) {
            *self = Self {
                of: Some((generation, today)),
                ..Self::default()
            };
        }
    }
}

/// A session of the list, as shown.
#[derive(Debug)]
struct SessionRow {
    /// Its file, which 打开 opens.
    file: std::path::PathBuf,
    /// The file's name.
    file_name: String,
    /// The session as shown, or why the file could not be read.
    shown: Result<SessionShown, String>,
}

/// A session read, as its row shows it.
#[derive(Debug)]
struct SessionShown {
    /// 「第九次会议」.
    name: String,
    /// Its first day, or 「日期未定」.
    date: String,
    /// 已结束…
    state: &'static str,
    /// 打开's hint.
    open_hover: String,
}

impl SessionRow {
    fn of(session: &crate::io::folder::FolderSession) -> Self {
        Self {
            file: session.file.clone(),
            file_name: session.file_name(),
            shown: match &session.loaded {
                Ok(summary) => Ok(SessionShown {
                    name: summary.short_name.clone(),
                    date: summary
                        .first_date()
                        .map(chinese_date)
                        .unwrap_or_else(|| "日期未定".to_owned()),
                    state: summary.state.label(),
                    open_hover: format!("打开{}", summary.short_name),
                }),
                Err(error) => Err(error.clone()),
            },
        }
    }
}

/// 「委员（届初至2024年6月1日）；副主任（2024年6月1日起）」: a member's periods in order.
fn history_text(member: &BodyMember) -> String {
    member
        .periods
        .iter()
        .map(|period| {
            let rank = if period.rank > 0 && period.role == Role::ViceChair {
                format!("，排序{}", period.rank)
            } else {
                String::new()
            };
            let span = match (period.from, period.until) {
                (None, None) => "届初起".to_owned(),
                (Some(from), None) => format!("{}起", chinese_date(from)),
                (None, Some(until)) => format!("届初至{}", chinese_date(until)),
                (Some(from), Some(until)) => {
                    format!("{}至{}", chinese_date(from), chinese_date(until))
                }
            };
            format!("{}（{span}{rank}）", period.role.label())
        })
        .collect::<Vec<_>>()
        .join("；")
}

/// The roster over the term: every member with the role now and the history of roles, the
/// count on a day typed, and in the edit mode 新增组成人员 and, beside each member still
/// serving, 职务变动, 离任 and 更正.
fn members_ui(ui: &mut Ui, view: &mut FolderView, today: NaiveDate, sender: &mut Sender) {
    let editing = view.is_editing();
    let body = &view.opened.body;
    if body.members.is_empty() {
        ui.weak("常委会文件夹中还没有组成人员。新建会议时将沿用这里的名单。");
    }
    let mut day_error = None;
    ui.horizontal(|ui| {
        ui.label("名单日期：");
        named(
            ui.add(
                egui::TextEdit::singleline(&mut view.roster_day)
                    .hint_text(today.to_string())
                    .desired_width(110.0),
            ),
            "名单日期",
        );
        match typed_day(&view.roster_day, "名单日期") {
            Ok(day) => {
                let day = day.unwrap_or(today);
                let roster = body.roster_on(day);
                let count = |role: Role| roster.iter().filter(|m| m.role == role).count();
                ui.label(format!(
                    "{}组成人员{}人：主任{}人，副主任{}人，秘书长{}人，委员{}人",
                    chinese_date(day),
                    roster.len(),
                    count(Role::Chair),
                    count(Role::ViceChair),
                    count(Role::SecretaryGeneral),
                    count(Role::Member),
                ));
            }
            Err(error) => day_error = Some(error),
        }
        if editing && ui.button("新增组成人员…").clicked() {
            view.forms.member = Some(MemberForm {
                kind: MemberFormKind::Add,
                person: Person::default(),
                role: Role::Member,
                rank: String::new(),
                day: today.to_string(),
            });
        }
    });
    if let Some(error) = day_error {
        ui.colored_label(ui.visuals().error_fg_color, error);
    }
    let mut open = None;
    egui::Grid::new("folder_members")
        .num_columns(if editing { 6 } else { 5 })
        .striped(true)
        .spacing([14.0, 4.0])
        .show(ui, |ui| {
            for head in ["姓名", "性别", "现任", "任职经历", "备注"] {
                ui.label(RichText::new(head).strong());
            }
            if editing {
                ui.label("");
            }
            ui.end_row();
            for member in &body.members {
                let current = member.current_period();
                ui.label(&member.name);
                ui.label(member.gender.label());
                match current {
                    Some(period) => ui.label(period.role.label()),
                    None => ui.weak("已离任"),
                };
                ui.label(history_text(member));
                ui.label(&member.note);
                if editing {
                    ui.horizontal(|ui| {
                        let serving = current.is_some();
                        let who = member.name.as_str();
                        if ui
                            .add_enabled(serving, egui::Button::new("职务变动…"))
                            .on_hover_text(format!("登记{who}的职务变动"))
                            .clicked()
                        {
                            open = Some((MemberFormKind::ChangeRole(member.id), member.id));
                        }
                        if ui
                            .add_enabled(serving, egui::Button::new("离任…"))
                            .on_hover_text(format!("登记{who}不再担任组成人员"))
                            .clicked()
                        {
                            open = Some((MemberFormKind::Leaves(member.id), member.id));
                        }
                        if ui
                            .button("更正…")
                            .on_hover_text(format!("更正{who}的姓名、性别或备注"))
                            .clicked()
                        {
                            open = Some((MemberFormKind::Correct(member.id), member.id));
                        }
                    });
                }
                ui.end_row();
            }
        });
    if let Some((kind, id)) = open
        && let Some(member) = body.member(id)
    {
        let period = member.current_period();
        view.forms.member = Some(MemberForm {
            kind,
            person: member.person.clone(),
            role: period.map_or(Role::Member, |p| p.role),
            rank: period
                .map(|p| p.rank)
                .filter(|rank| *rank > 0)
                .map(|rank| rank.to_string())
                .unwrap_or_default(),
            day: today.to_string(),
        });
    }
    if let Some(form) = &mut view.forms.member {
        let title = match form.kind {
            MemberFormKind::Add => "新增组成人员".to_owned(),
            MemberFormKind::ChangeRole(_) => format!("职务变动：{}", form.person.name),
            MemberFormKind::Leaves(_) => format!("离任：{}", form.person.name),
            MemberFormKind::Correct(_) => format!("更正：{}", form.person.name),
        };
        let mut cancel = false;
        form_window(ui, &title, |ui| {
            let names = matches!(form.kind, MemberFormKind::Add | MemberFormKind::Correct(_));
            let roles = matches!(
                form.kind,
                MemberFormKind::Add | MemberFormKind::ChangeRole(_)
            );
            if names {
                ui.horizontal(|ui| {
                    field(ui, "人员姓名", &mut form.person.name, 120.0);
                    ui.label("性别：");
                    for gender in [Gender::Male, Gender::Female, Gender::Unspecified] {
                        let label = match gender {
                            Gender::Unspecified => "未填",
                            other => other.label(),
                        };
                        if ui
                            .selectable_label(form.person.gender == gender, label)
                            .clicked()
                        {
                            form.person.gender = gender;
                        }
                    }
                });
            }
            if roles {
                ui.horizontal(|ui| {
                    ui.label("职务：");
                    for role in Role::ALL {
                        if ui
                            .selectable_label(form.role == role, role.label())
                            .clicked()
                        {
                            form.role = role;
                        }
                    }
                    field(ui, "排序", &mut form.rank, 40.0);
                });
            }
            if matches!(form.kind, MemberFormKind::Correct(_)) {
                ui.horizontal(|ui| field(ui, "备注", &mut form.person.note, 320.0));
            } else {
                let label = match form.kind {
                    MemberFormKind::Add => "起始日期（留空为届初）",
                    MemberFormKind::Leaves(_) => "离任日期",
                    _ => "变动日期",
                };
                ui.horizontal(|ui| field(ui, label, &mut form.day, 110.0));
            }
            cancel =
                confirm_or_cancel_ui(ui, "确定", || form.edit(), sender, &mut view.forms.error);
        });
        if cancel {
            view.forms.member = None;
        }
    }
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
fn attendance_ui(ui: &mut Ui, view: &mut FolderView, today: NaiveDate) {
    let term = view.opened.term();
    let years = term.held_years(today);
    let Some(year) = year_ui(ui, &years, &mut view.year) else {
        ui.weak("还没有已举行的会议。");
        return;
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
                ui.label(&row.member.name);
                ui.label(row.member.role.label());
                ui.label(row.expected.to_string());
                ui.label(row.present.to_string());
                let leave = ui.label(row.on_leave.to_string());
                if !row.leaves.is_empty() {
                    let reasons: Vec<String> = row
                        .leaves
                        .iter()
                        .map(|(n, r)| format!("{}{r}", session_number(*n)))
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
}

/// Every appointment and removal, searchable, and who holds each post now.
fn appointments_ui(ui: &mut Ui, view: &mut FolderView) {
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
    if view
        .shown
        .appointments
        .as_ref()
        .is_none_or(|shown| shown.search != view.search)
    {
        view.shown.appointments = Some(AppointmentsShown::of(&view.opened, &view.search));
    }
    let Some(shown) = &mut view.shown.appointments else {
        return;
    };
    ui.label(shown.count.as_str());
    let AppointmentsShown {
        rows,
        holders,
        laid_out,
        holders_laid_out,
        ..
    } = shown;
    Table::new("appointments", 6).show(
        ui,
        laid_out,
        &["会议", "姓名", "任免", "职务", "议案", "表决结果"],
        rows.len(),
        |cells, index| {
            let row = &rows[index];
            let (session, person, action, posts, number, result) = &row.cells;
            cells.text(session.as_str());
            cells.text(person.as_str());
            cells.text(*action);
            cells.text(posts.as_str());
            cells.text_with_hover(number.as_str(), &row.motion_title);
            cells.text(*result);
        },
    );
    ui.add_space(8.0);
    ui.label(RichText::new("现任职务").strong());
    Table::new("holders", 3).show(ui, holders_laid_out, &[], holders.len(), |cells, index| {
        for cell in &holders[index] {
            cells.text(cell.as_str());
        }
    });
}

/// The 人事任免 page as shown for a search.
#[derive(Debug)]
struct AppointmentsShown {
    /// The search the rows were found by.
    search: String,
    /// 「共N人次」.
    count: String,
    /// The appointments and removals found.
    rows: Vec<AppointmentShown>,
    /// The posts held now, with their holders, as found: post, person, session.
    holders: Vec<[String; 3]>,
    /// The galleys of the two grids' texts.
    laid_out: painted::LaidOut,
    holders_laid_out: painted::LaidOut,
}

/// An appointment or removal, as its row shows it.
#[derive(Debug)]
struct AppointmentShown {
    /// 会议, 姓名, 任免, 职务, 议案 (the document number), 表决结果.
    cells: (String, String, &'static str, String, String, &'static str),
    /// The motion's title, on hover over its number.
    motion_title: String,
}

impl AppointmentsShown {
    fn of(opened: &OpenedFolder, search: &str) -> Self {
        let term = opened.term();
        let register = term.appointments();
        let rows = register.search(search);
        let query = search.trim();
        let holders = register
            .holders()
            .iter()
            .filter(|post| {
                query.is_empty()
                    || post.post.contains(query)
                    || post
                        .holders
                        .iter()
                        .any(|h| h.record.person.name.contains(query))
            })
            .flat_map(|post| {
                post.holders.iter().map(|holder| {
                    [
                        post.post.clone(),
                        holder.record.person.with_gender(),
                        holder.session.short_name.clone(),
                    ]
                })
            })
            .collect();
        Self {
            search: search.to_owned(),
            count: format!("共{}人次", rows.len()),
            rows: rows
                .iter()
                .map(|row| AppointmentShown {
                    cells: (
                        row.session.short_name.clone(),
                        row.record.person.with_gender(),
                        row.record.action.editor_label(),
                        row.record.posts_written.clone(),
                        row.record.document_number.clone(),
                        row.record.result.label(),
                    ),
                    motion_title: row.record.motion_title.clone(),
                })
                .collect(),
            holders,
            laid_out: painted::LaidOut::default(),
            holders_laid_out: painted::LaidOut::default(),
        }
    }
}

/// The 审议意见 page as shown on a day.
#[derive(Debug)]
struct OpinionsShown {
    /// The opinions, in the order recorded.
    rows: Vec<OpinionShown>,
    /// The reports deliberated without an opinion: the session's number, the report, the
    /// row's text, the report's submitter.
    without: Vec<(u32, ReportId, String, String)>,
    /// The galleys of the two grids' texts.
    laid_out: painted::LaidOut,
    without_laid_out: painted::LaidOut,
}

/// An opinion, as its row shows it.
#[derive(Debug)]
struct OpinionShown {
    /// The record.
    id: OpinionId,
    /// 「关于…报告的审议意见」.
    title: String,
    /// Whether its text is written.
    written: bool,
    /// 未撰写, 初稿待完善 or 已撰写.
    state: &'static str,
    /// 送交单位.
    addressee: String,
    /// 答复期限.
    deadline: String,
    /// Where it stands, with the days overdue.
    status: String,
    /// Whether it is overdue (shown in the error colour).
    overdue: bool,
    /// 「第十次会议听取」, or nothing.
    reply: String,
    /// Whether a reply is recorded.
    has_reply: bool,
    /// The hints of its buttons in the edit mode: 撰写正文, 登记答复, 删除.
    text_hover: String,
    reply_hover: String,
    delete_hover: String,
}

impl OpinionsShown {
    fn of(opened: &OpenedFolder, today: NaiveDate) -> Self {
        let term = opened.term();
        let rows = term
            .opinions(today)
            .iter()
            .map(|row| {
                let written = !row.opinion.text.is_empty();
                let state = match (written, has_parts_to_fill_in(&row.opinion.text)) {
                    (false, _) => "未撰写",
                    (true, true) => "初稿待完善",
                    (true, false) => "已撰写",
                };
                let overdue = row.state == OpinionState::Overdue;
                OpinionShown {
                    id: row.opinion.id,
                    title: row.title.clone(),
                    written,
                    state,
                    addressee: row.opinion.addressee.clone(),
                    deadline: row.opinion.deadline.map(chinese_date).unwrap_or_default(),
                    status: if overdue {
                        format!("{}（{}天）", row.state.label(), row.days_overdue)
                    } else {
                        row.state.label().to_owned()
                    },
                    overdue,
                    reply: row
                        .opinion
                        .reply
                        .as_ref()
                        .and_then(|r| r.heard_at)
                        .map(|n| format!("{}听取", session_number(n)))
                        .unwrap_or_default(),
                    has_reply: row.opinion.reply.is_some(),
                    text_hover: format!("{state}：{}", row.title),
                    reply_hover: format!("登记{}的答复", row.title),
                    delete_hover: format!("删除{}的记录", row.title),
                }
            })
            .collect();
        let without = term
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
        Self {
            rows,
            without,
            laid_out: painted::LaidOut::default(),
            without_laid_out: painted::LaidOut::default(),
        }
    }
}

/// The 代表建议 page as shown for a year on a day.
#[derive(Debug)]
struct SuggestionsShown {
    /// The year.
    year: i32,
    /// The year's figures in a sentence.
    summary: String,
    /// The year's suggestions, in register order.
    rows: Vec<SuggestionShown>,
    /// The galleys of their texts.
    laid_out: painted::LaidOut,
}

/// A suggestion, as its row shows it.
#[derive(Debug)]
struct SuggestionShown {
    /// The record.
    id: SuggestionId,
    /// 编号.
    number: String,
    /// 标题.
    title: String,
    /// 牵头单位, joined by 「、」.
    units: String,
    /// 重点督办.
    key: bool,
    /// Where it stands.
    state: &'static str,
    /// Whether it has been handed over (an answer can be recorded).
    handed_over: bool,
    /// 办结.
    concluded: bool,
    /// What screen readers call its checkboxes, and the hints of its buttons in the edit mode.
    key_name: String,
    concluded_name: String,
    edit_hover: String,
    answer_hover: String,
    delete_hover: String,
}

impl SuggestionsShown {
    fn of(opened: &OpenedFolder, year: i32, today: NaiveDate) -> Self {
        Self {
            year,
            summary: opened.term().suggestion_figures(year, today).summary(),
            rows: opened
                .body
                .suggestions_of(year)
                .map(|suggestion| SuggestionShown {
                    id: suggestion.id,
                    number: suggestion.number.clone(),
                    title: suggestion.title.clone(),
                    units: suggestion.lead_units.join("、"),
                    key: suggestion.is_key(),
                    state: suggestion.state(today).label(),
                    handed_over: suggestion.is_handed_over(),
                    concluded: suggestion.concluded,
                    key_name: format!("{}重点督办", suggestion.title),
                    concluded_name: format!("{}办结", suggestion.title),
                    edit_hover: format!("编辑「{}」的编号、代表、单位和期限", suggestion.title),
                    answer_hover: format!("登记「{}」的答复", suggestion.title),
                    delete_hover: format!("删除「{}」", suggestion.title),
                })
                .collect(),
            laid_out: painted::LaidOut::default(),
        }
    }
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
fn opinions_ui(ui: &mut Ui, view: &mut FolderView, today: NaiveDate, sender: &mut Sender) {
    let editing = view.is_editing();
    let opened = &view.opened;
    let shown = view
        .shown
        .opinions
        .get_or_insert_with(|| OpinionsShown::of(opened, today));
    let OpinionsShown {
        rows,
        without,
        laid_out,
        without_laid_out,
    } = shown;
    if rows.is_empty() {
        ui.weak("常委会文件夹中还没有审议意见记录。");
    }
    let mut open_reply = None;
    let mut open_text = None;
    let late = ui.visuals().error_fg_color;
    if !rows.is_empty() {
        // The buttons of the edit mode are many to a cell: drawn by egui.
        Table::new("opinions", 7).replay(!editing).show(
            ui,
            laid_out,
            &[
                "审议意见",
                "正文",
                "送交单位",
                "答复期限",
                "状态",
                "答复",
                "",
            ],
            rows.len(),
            |cells, index| {
                let row = &rows[index];
                cells.text(row.title.as_str());
                if editing {
                    let label = if row.written {
                        "修改正文…"
                    } else {
                        "撰写正文…"
                    };
                    if cells
                        .widget(|ui| ui.button(label).on_hover_text(row.text_hover.as_str()))
                        .is_some_and(|button| button.clicked())
                    {
                        open_text = Some(row.id);
                    }
                } else {
                    cells.text(row.state);
                }
                cells.text(row.addressee.as_str());
                cells.text(row.deadline.as_str());
                if row.overdue {
                    cells.text(RichText::new(row.status.as_str()).color(late));
                } else {
                    cells.text(row.status.as_str());
                }
                cells.text(row.reply.as_str());
                if !editing {
                    cells.text("");
                    return;
                }
                cells.widget(|ui| {
                    ui.horizontal(|ui| {
                        if !row.has_reply
                            && ui
                                .button("登记答复")
                                .on_hover_text(row.reply_hover.as_str())
                                .clicked()
                        {
                            open_reply = Some(row.id);
                        }
                        if ui
                            .button("删除…")
                            .on_hover_text(row.delete_hover.as_str())
                            .clicked()
                        {
                            view.forms.delete = Some(DeleteForm {
                                what: format!("审议意见「{}」", row.title),
                                edit: BodyEdit::RemoveOpinion(row.id),
                            });
                        }
                    })
                    .response
                });
            },
        );
    }
    let open_text = open_text.and_then(|id| {
        let term = view.opened.term();
        let row = term
            .opinions(today)
            .into_iter()
            .find(|row| row.opinion.id == id)?;
        let text = if row.opinion.text.is_empty() {
            plain_text_from_blocks(&opinion_draft(&term, &row))
        } else {
            plain_text_from_blocks(&row.opinion.text)
        };
        Some(OpinionTextForm { opinion: id, text })
    });
    if let Some(form) = open_text {
        view.forms.opinion_text = Some(form);
    }
    if let Some(form) = &mut view.forms.opinion_text {
        let mut cancel = false;
        let title = rows
            .iter()
            .find(|row| row.id == form.opinion)
            .map(|row| row.title.clone())
            .unwrap_or_default();
        form_window(ui, &format!("审议意见正文：{title}"), |ui| {
            ui.weak("每段一行；「一、」「（一）」开头的行作为标题。初稿中【】处请按审议情况填写。");
            egui::ScrollArea::vertical()
                .max_height(360.0)
                .show(ui, |ui| {
                    named(
                        ui.add(
                            egui::TextEdit::multiline(&mut form.text)
                                .desired_rows(14)
                                .desired_width(680.0),
                        ),
                        "审议意见正文",
                    );
                });
            let blocks = blocks_from_plain_text(&form.text);
            if has_parts_to_fill_in(&blocks) {
                ui.colored_label(
                    ui.visuals().warn_fg_color,
                    "正文中仍有【】标出的待填写内容。",
                );
            }
            ui.horizontal(|ui| {
                if ui.button("保存正文").clicked() {
                    edit_body(sender, BodyEdit::SetOpinionText(form.opinion, blocks));
                }
                if ui.button("取消").clicked() {
                    cancel = true;
                }
            });
        });
        if cancel {
            view.forms.opinion_text = None;
        }
    }
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
            ui.horizontal(|ui| field(ui, "答复收到日期", &mut form.received, 110.0));
            ui.horizontal(|ui| field(ui, "听取答复的会议（第几次）", &mut form.heard_at, 50.0));
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
                            edit_body(
                                sender,
                                BodyEdit::RecordOpinionReply(
                                    form.opinion,
                                    OpinionReply {
                                        received,
                                        title: form.title.trim().to_owned(),
                                        heard_at,
                                    },
                                ),
                            );
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
        Table::new("without_opinion", 2)
            .striped(false)
            .replay(!editing)
            .show(ui, without_laid_out, &[], without.len(), |cells, index| {
                let (session, report, report_text, submitter) = &without[index];
                cells.text(report_text.as_str());
                if editing
                    && cells
                        .widget(|ui| {
                            ui.button("登记审议意见")
                                .on_hover_text(report_text.as_str())
                        })
                        .is_some_and(|button| button.clicked())
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
    if let Some(form) = &mut view.forms.opinion {
        let mut cancel = false;
        form_window(ui, "登记审议意见", |ui| {
            ui.horizontal(|ui| field(ui, "审议意见送交单位", &mut form.addressee, 240.0));
            ui.horizontal(|ui| field(ui, "审议意见送达日期", &mut form.sent, 110.0));
            ui.horizontal(|ui| field(ui, "审议意见答复期限", &mut form.deadline, 110.0));
            ui.horizontal(|ui| {
                if ui.button("保存审议意见").clicked() {
                    match (
                        typed_day(&form.sent, "审议意见送达日期"),
                        typed_day(&form.deadline, "审议意见答复期限"),
                    ) {
                        (Ok(sent), Ok(deadline)) => {
                            edit_body(
                                sender,
                                BodyEdit::AddOpinion {
                                    session: form.session,
                                    report: form.report,
                                    addressee: form.addressee.clone(),
                                    sent,
                                    deadline,
                                },
                            );
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
}

/// The suggestions of the year chosen, with the year's figures. In the edit mode, a form for a
/// new suggestion, and beside each 登记答复, 重点督办 and 办结.
fn suggestions_ui(ui: &mut Ui, view: &mut FolderView, today: NaiveDate, sender: &mut Sender) {
    if view.is_editing() {
        new_suggestion_ui(ui, view, today, sender);
    }
    let opened = &view.opened;
    let years = view
        .shown
        .suggestion_years
        .get_or_insert_with(|| opened.body.suggestion_years());
    let Some(year) = year_ui(ui, years, &mut view.year) else {
        ui.weak("常委会文件夹中还没有代表建议。可在「修改登记」中逐件登记或从 Excel 表格导入，也可用「huiwu folder 文件夹 --import-suggestions 表格.xlsx」。");
        return;
    };
    if view
        .shown
        .suggestions
        .as_ref()
        .is_none_or(|shown| shown.year != year)
    {
        view.shown.suggestions = Some(SuggestionsShown::of(&view.opened, year, today));
    }
    let editing = view.is_editing();
    let Some(shown) = &mut view.shown.suggestions else {
        return;
    };
    ui.label(shown.summary.as_str());
    let SuggestionsShown {
        rows: suggestions,
        laid_out,
        ..
    } = shown;
    let mut open_answer = None;
    let mut open_edit = None;
    let mut open_delete = None;
    let header: &[&str] = if editing {
        &[
            "编号",
            "标题",
            "牵头单位",
            "重点督办",
            "状态",
            "",
            "",
            "",
            "",
        ]
    } else {
        &["编号", "标题", "牵头单位", "重点督办", "状态"]
    };
    // The edit mode's check boxes animate when ticked: drawn by egui.
    Table::new("suggestions", header.len())
        .replay(!editing)
        .show(ui, laid_out, header, suggestions.len(), |cells, index| {
            let suggestion = &suggestions[index];
            cells.text(suggestion.number.as_str());
            cells.text(suggestion.title.as_str());
            cells.text(suggestion.units.as_str());
            if !editing {
                cells.text(if suggestion.key { "是" } else { "" });
                cells.text(suggestion.state);
                return;
            }
            let mut key = suggestion.key;
            if cells
                .widget(|ui| named(ui.checkbox(&mut key, ""), &suggestion.key_name))
                .is_some_and(|check| check.changed())
            {
                edit_body(sender, BodyEdit::SetKey(suggestion.id, key));
            }
            cells.text(suggestion.state);
            if cells
                .widget(|ui| {
                    ui.button("编辑…")
                        .on_hover_text(suggestion.edit_hover.as_str())
                })
                .is_some_and(|button| button.clicked())
            {
                open_edit = Some(suggestion.id);
            }
            if cells
                .widget(|ui| {
                    ui.add_enabled(suggestion.handed_over, egui::Button::new("登记答复"))
                        .on_hover_text(suggestion.answer_hover.as_str())
                })
                .is_some_and(|button| button.clicked())
            {
                open_answer = Some(suggestion.id);
            }
            let mut concluded = suggestion.concluded;
            if cells
                .widget(|ui| {
                    named(
                        ui.checkbox(&mut concluded, "办结"),
                        &suggestion.concluded_name,
                    )
                })
                .is_some_and(|check| check.changed())
            {
                edit_body(sender, BodyEdit::SetConcluded(suggestion.id, concluded));
            }
            if cells
                .widget(|ui| {
                    ui.button("删除…")
                        .on_hover_text(suggestion.delete_hover.as_str())
                })
                .is_some_and(|button| button.clicked())
            {
                open_delete = Some(DeleteForm {
                    what: format!("代表建议「{}」", suggestion.title),
                    edit: BodyEdit::RemoveSuggestion(suggestion.id),
                });
            }
        });
    let open_edit = open_edit
        .and_then(|id| view.opened.body.suggestion(id))
        .map(SuggestionEditForm::of);
    if let Some(id) = open_answer {
        view.forms.answer = Some(AnswerForm {
            suggestion: id,
            date: today.to_string(),
            class: None,
            text: String::new(),
            satisfaction: None,
        });
    }
    if let Some(form) = open_edit {
        view.forms.suggestion_edit = Some(form);
    }
    if let Some(form) = open_delete {
        view.forms.delete = Some(form);
    }
    answer_form_ui(ui, view, sender);
    suggestion_edit_ui(ui, view, sender);
}

/// 编辑代表建议: every plain field of one suggestion, while open.
fn suggestion_edit_ui(ui: &mut Ui, view: &mut FolderView, sender: &mut Sender) {
    let Some(form) = view.forms.suggestion_edit.as_mut() else {
        return;
    };
    let mut cancel = false;
    form_window(ui, "编辑代表建议", |ui| {
        egui::Grid::new("suggestion_edit")
            .num_columns(2)
            .spacing([8.0, 4.0])
            .show(ui, |ui| {
                let row = |ui: &mut Ui, label: &str, text: &mut String, width: f32| {
                    ui.label(format!("{label}："));
                    named(
                        ui.add(egui::TextEdit::singleline(text).desired_width(width)),
                        label,
                    );
                    ui.end_row();
                };
                row(ui, "建议编号", &mut form.number, 120.0);
                row(ui, "标题", &mut form.title, 480.0);
                row(ui, "提出的会议", &mut form.raised_at, 240.0);
                row(ui, "领衔代表", &mut form.lead_deputy, 120.0);
                row(ui, "联名代表（以、分隔）", &mut form.co_signers, 480.0);
                row(ui, "类别", &mut form.category, 160.0);
                row(ui, "交办日期", &mut form.handed_over, 110.0);
                row(ui, "牵头（主办）单位", &mut form.lead_units, 480.0);
                row(ui, "协办单位", &mut form.helping_units, 480.0);
                row(ui, "答复期限（延期时填写）", &mut form.deadline, 110.0);
                ui.label("重点督办：");
                named(ui.checkbox(&mut form.key, "重点督办建议"), "重点督办建议");
                ui.end_row();
                if form.key {
                    row(ui, "督办人（以、分隔）", &mut form.supervisors, 480.0);
                }
            });
        cancel = confirm_or_cancel_ui(ui, "保存", || form.edit(), sender, &mut view.forms.error);
    });
    if cancel {
        view.forms.suggestion_edit = None;
    }
}

/// 新增代表建议 of the year shown (or this year).
fn new_suggestion_ui(ui: &mut Ui, view: &mut FolderView, today: NaiveDate, sender: &mut Sender) {
    use chrono::Datelike;
    let year = view.year.unwrap_or_else(|| {
        view.opened
            .body
            .suggestion_years()
            .last()
            .copied()
            .unwrap_or(today.year())
    });
    if !view.forms.suggestion_open {
        ui.horizontal(|ui| {
            if ui.button(format!("新增代表建议（{year}年度）…")).clicked() {
                view.forms.suggestion_open = true;
            }
            if ui
                .button("从表格导入…")
                .on_hover_text("从 Excel 表格或 CSV 导入代表建议")
                .clicked()
            {
                ask(sender, FolderRequest::ImportSuggestions(year));
            }
        });
        return;
    }
    let mut cancel = false;
    let form = &mut view.forms.suggestion;
    form_window(ui, &format!("新增代表建议（{year}年度）"), |ui| {
        ui.horizontal(|ui| field(ui, "建议标题", &mut form.title, 420.0));
        ui.horizontal(|ui| {
            field(ui, "领衔代表", &mut form.lead_deputy, 100.0);
            field(ui, "牵头（主办）单位", &mut form.lead_units, 220.0);
        });
        ui.horizontal(|ui| {
            field(ui, "交办日期", &mut form.handed_over, 110.0);
            named(ui.checkbox(&mut form.key, "重点督办"), "重点督办");
        });
        ui.horizontal(|ui| {
            if ui.button("添加建议").clicked() {
                match typed_day(&form.handed_over, "交办日期") {
                    Ok(handed_over) => {
                        edit_body(
                            sender,
                            BodyEdit::AddSuggestion {
                                year,
                                title: form.title.clone(),
                                lead_deputy: form.lead_deputy.clone(),
                                lead_units: super::widgets::split_list(&form.lead_units),
                                handed_over,
                                key: form.key,
                            },
                        );
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
}

/// The buttons under a form: `confirm` asks `edit` for the change (or why it cannot be taken,
/// shown beside the forms); 取消 returns `true`.
fn confirm_or_cancel_ui(
    ui: &mut Ui,
    confirm: &str,
    edit: impl FnOnce() -> Result<BodyEdit, String>,
    sender: &mut Sender,
    error: &mut Option<String>,
) -> bool {
    ui.horizontal(|ui| {
        if ui.button(confirm).clicked() {
            match edit() {
                Ok(edit) => edit_body(sender, edit),
                Err(why) => *error = Some(why),
            }
        }
        ui.button("取消").clicked()
    })
    .inner
}

/// A form in a window of its own over the page, where it is seen whatever row opened it.
fn form_window(ui: &Ui, title: &str, add_contents: impl FnOnce(&mut Ui)) {
    egui::Window::new(title)
        .min_width(520.0)
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, egui::vec2(0.0, 0.0))
        .show(ui.ctx(), add_contents);
}

/// 登记答复 of a suggestion, while open.
fn answer_form_ui(ui: &mut Ui, view: &mut FolderView, sender: &mut Sender) {
    let Some(title) = view
        .forms
        .answer
        .as_ref()
        .and_then(|form| view.opened.body.suggestion(form.suggestion))
        .map(|s| s.title.clone())
    else {
        return;
    };
    let Some(form) = view.forms.answer.as_mut() else {
        return;
    };
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
                        edit_body(
                            sender,
                            BodyEdit::RecordAnswer(
                                form.suggestion,
                                Answer {
                                    date,
                                    class: form.class,
                                    text: form.text.trim().to_owned(),
                                    satisfaction: form.satisfaction,
                                },
                            ),
                        );
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
}

/// Every report and resolution of the term, by session.
fn index_ui(ui: &mut Ui, view: &mut FolderView) {
    let opened = &view.opened;
    let (rows, laid_out) = view.shown.index.get_or_insert_with(|| {
        (
            index_rows(&opened.term().document_index()),
            painted::LaidOut::default(),
        )
    });
    if rows.is_empty() {
        ui.weak("文件夹中的会议还没有报告或决议。");
        return;
    }
    Table::new("index", 4).show(
        ui,
        laid_out,
        &["会议", "类别", "标题", "提请单位／结果"],
        rows.len(),
        |cells, index| {
            for cell in &rows[index] {
                cells.text(cell.as_str());
            }
        },
    );
}

/// The rows of 文件索引: session, kind, title, and who submitted a report or what became of a
/// resolution.
fn index_rows(index: &[crate::model::term::registers::IndexEntry]) -> Vec<[String; 4]> {
    use crate::model::term::registers::IndexEntry;
    index
        .iter()
        .map(|entry| match entry {
            IndexEntry::Report(session, report) => [
                session.short_name.clone(),
                report.kind.label().to_owned(),
                report.title.clone(),
                report.submitter.clone(),
            ],
            IndexEntry::Resolution(session, resolution) => [
                session.short_name.clone(),
                resolution.kind.label().to_owned(),
                resolution.title.clone(),
                if resolution.adopted {
                    "通过"
                } else {
                    "未通过或未表决"
                }
                .to_owned(),
            ],
        })
        .collect()
}
