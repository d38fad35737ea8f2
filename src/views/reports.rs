//! 报告: the reports tabled, with a comfortable editor for their long texts.

use crate::sender::Sender;
use egui::Ui;

use super::EditorState;
use super::agenda::or_untitled;
use super::blocks::{blocks_editor_ui, cached_char_count};
use super::list_screen::{ListScreen, entry_row, rows_in_view};
use super::widgets::{delete_button, enum_combo, named, optional_date_field};
use crate::action::Action;
use crate::model::TextTarget;
use crate::model::edit::today;
use crate::model::{ReportId, ReportKind, Session};

/// The screen, as the navigation lists it ([`super::SCREENS`]).
pub const SCREEN: super::Screen = super::Screen {
    section: super::Section::Reports,
    label: "报告",
    shortcut: Some(egui::Key::Num5),
    count: |s| Some(s.reports.len()),
    ui: |ui, c| reports_ui(ui, c.session, c.derived, c.state, c.sender),
};

/// The reports screen: the list on the left, the selected report on the right.
pub fn reports_ui(
    ui: &mut Ui,
    session: &mut Session,
    derived: &super::Derived,
    state: &mut EditorState,
    sender: &mut Sender,
) {
    let selected = state
        .report
        .and_then(|id| session.reports.iter().position(|r| r.id == id));
    let screen = ListScreen {
        panel: "report_list",
        heading: "报告",
        add: ("＋ 新建报告", Action::AddReport { link_to: None }),
        width: 360.0,
        pick_one: "在左侧选择一份报告",
    };
    screen.show(
        ui,
        &mut (session, state),
        sender,
        selected,
        |ui, (session, state), sender| {
            rows_in_view(ui, ROW_HEIGHT, session.reports.len(), |ui, rows| {
                for report in &session.reports[rows] {
                    let mut parts = vec![report.body.as_slice()];
                    parts.extend(report.attachments.iter().map(|a| a.body.as_slice()));
                    let characters = cached_char_count(
                        ui,
                        egui::Id::unique(("report_characters", report.id)),
                        &parts,
                    );
                    let text = format!(
                        "{}\n{}　{}　{}字",
                        or_untitled(&report.title),
                        report.kind.label(),
                        report.byline(),
                        characters
                    );
                    let menu = || super::widgets::RowMenu {
                        what: "报告",
                        text: report.title.as_str().into(),
                        delete: Some(Action::DeleteReport(report.id)),
                        ..Default::default()
                    };
                    let row_id = egui::Id::unique(("report_row", report.id));
                    let selected = state.report == Some(report.id);
                    if entry_row(ui, ROW_HEIGHT, selected, text, row_id, menu, sender) {
                        state.report = Some(report.id);
                    }
                }
            });
        },
        |ui, (session, state), index, sender| {
            let hints = derived.hints(session);
            report_editor_ui(ui, session, hints, index, state, sender);
        },
    );
}

/// Height of a row of the list (its button's: the second line is cut off by `truncate`); only
/// the rows in view are drawn.
const ROW_HEIGHT: f32 = 40.0;

fn report_editor_ui(
    ui: &mut Ui,
    session: &mut Session,
    hints: &crate::model::hints::Hints,
    index: usize,
    state: &mut EditorState,
    sender: &mut Sender,
) {
    let header_line = report_header_line(session, index);
    let fallback_date = session.first_date().unwrap_or_else(today);
    let report = &mut session.reports[index];
    let id: ReportId = report.id;
    ui.horizontal(|ui| {
        ui.label(egui::RichText::new("报告").strong());
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if delete_button(ui, "报告") {
                sender.act(Action::DeleteReport(id));
            }
        });
    });
    named(
        ui.add(
            egui::TextEdit::multiline(&mut report.title)
                .desired_width(f32::INFINITY)
                .desired_rows(1)
                .font(egui::FontId::proportional(20.0))
                .hint_text("标题"),
        ),
        "报告标题",
    );
    ui.horizontal(|ui| {
        ui.label("类型");
        named(
            enum_combo(
                ui,
                ("report_kind", id),
                &mut report.kind,
                &ReportKind::ALL,
                ReportKind::label,
            ),
            "报告类型",
        );
        ui.label("日期");
        optional_date_field(
            ui,
            ui.scope_id().with(("report_date", id)),
            &mut report.date,
            fallback_date,
        );
    });
    ui.horizontal(|ui| {
        ui.label("报告单位");
        ui.add_sized(
            [220.0, 24.0],
            egui::TextEdit::singleline(&mut report.submitter).hint_text(hints.submitter.as_str()),
        );
        ui.label("报告人");
        ui.add_sized(
            [260.0, 24.0],
            egui::TextEdit::singleline(&mut report.presenter).hint_text("署名为个人时填写"),
        )
        .on_hover_text(hints.presenter.as_str());
        // FORMS.md §3 `report_entrusted`: 「受主任会议委托，秘书长俞宝祥作…。」
        ui.label("委托人");
        let mut entrusted_by = report.entrusted_by.clone();
        if named(
            ui.add_sized(
                [140.0, 24.0],
                egui::TextEdit::singleline(&mut entrusted_by).hint_text("如：主任会议"),
            ),
            "委托人",
        )
        .on_hover_text("报告人受委托作报告时填写；本机关选用「报告的委托句」时，纪要和新闻通稿印作「受主任会议委托，秘书长俞宝祥作……。」")
        .changed()
        {
            sender.act(Action::SetReportEntrustedBy {
                report: id,
                entrusted_by,
            });
        }
    });
    ui.horizontal(|ui| {
        ui.label("称呼");
        named(
            ui.add_sized(
                [300.0, 24.0],
                egui::TextEdit::singleline(&mut report.salutation),
            ),
            "称呼",
        );
        ui.label("结束语");
        named(
            ui.add_sized(
                [220.0, 24.0],
                egui::TextEdit::singleline(&mut report.closing),
            ),
            "结束语",
        );
    });
    ui.weak(format!("{header_line}　署名：{}", report.byline()));
    if !report.attachments.is_empty() {
        ui.horizontal(|ui| {
            ui.label("附件：");
            for attachment in &report.attachments {
                ui.weak(or_untitled(&attachment.title));
            }
        });
    }
    ui.separator();
    let mut attachment_tab = ui
        .data(|d| d.get_temp::<Option<usize>>(ui.scope_id().with(("attachment_tab", id))))
        .flatten();
    if !report.attachments.is_empty() {
        ui.horizontal(|ui| {
            if ui
                .selectable_label(attachment_tab.is_none(), "正文")
                .clicked()
            {
                attachment_tab = None;
            }
            for (position, attachment) in report.attachments.iter().enumerate() {
                let title = format!("附件{}：{}", position + 1, or_untitled(&attachment.title));
                if ui
                    .selectable_label(attachment_tab == Some(position), title)
                    .clicked()
                {
                    attachment_tab = Some(position);
                }
            }
        });
        ui.data_mut(|d| d.insert_temp(ui.scope_id().with(("attachment_tab", id)), attachment_tab));
    }
    match attachment_tab.filter(|p| *p < report.attachments.len()) {
        Some(position) => {
            let attachment = &mut report.attachments[position];
            named(
                ui.add(
                    egui::TextEdit::singleline(&mut attachment.title).desired_width(f32::INFINITY),
                ),
                "附件标题",
            );
            blocks_editor_ui(
                ui,
                TextTarget::Attachment(id, position),
                &mut attachment.body,
                &mut state.blocks,
                sender,
            );
        }
        None => blocks_editor_ui(
            ui,
            TextTarget::Report(id),
            &mut report.body,
            &mut state.blocks,
            sender,
        ),
    }
}

/// 「——2023年12月21日在鹤壁市第十二届人民代表大会常务委员会第九次会议上」 as it will print.
fn report_header_line(session: &Session, index: usize) -> String {
    match session.reports[index].date {
        Some(date) => format!(
            "——{}在{}上",
            crate::wording::dates::chinese_date(date),
            session.full_title()
        ),
        None => "（未填日期）".to_owned(),
    }
}
