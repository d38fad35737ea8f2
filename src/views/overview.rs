//! 概况: the session's number, dates, venue, presiding officer and sittings. The body and its
//! house style have their own screen (本机关, [`super::house_style`]).

use egui::Ui;

use super::widgets::{date_field, delete_button, enum_combo, named, screen_heading};
use crate::action::Action;
use crate::model::{Session, SittingKind};

/// The overview screen; the hint to the house style moves to `section` when clicked.
pub fn overview_ui(
    ui: &mut Ui,
    session: &mut Session,
    section: &mut super::Section,
    actions: &mut Vec<Action>,
) {
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            screen_heading(ui, &session.full_title());
            if ui
                .link("常委会名称和格式设置见「本机关」")
                .on_hover_text("转到「本机关」（Ctrl+9）")
                .clicked()
            {
                *section = super::Section::HouseStyle;
            }
            ui.add_space(6.0);
            session_details_ui(ui, session, actions);
        });
}

fn session_details_ui(ui: &mut Ui, session: &mut Session, actions: &mut Vec<Action>) {
    egui::Grid::new("session_details")
        .num_columns(2)
        .spacing([12.0, 8.0])
        .show(ui, |ui| {
            ui.label("会议次数");
            ui.horizontal(|ui| {
                ui.label(format!(
                    "第{}届常委会第",
                    crate::model::numerals::chinese_number(session.body.term)
                ));
                named(
                    ui.add(egui::DragValue::new(&mut session.details.number).range(1..=999)),
                    "会议次数",
                );
                ui.label("次会议");
            });
            ui.end_row();

            ui.label("会议日期");
            ui.horizontal_wrapped(|ui| {
                for (index, day) in session.details.dates.iter().enumerate() {
                    let mut date = *day;
                    date_field(ui, ui.scope_id().with(("date", index)), &mut date);
                    if date != *day {
                        actions.push(Action::SetSessionDay { index, date });
                    }
                    if ui.small_button("×").on_hover_text("去掉这一天").clicked() {
                        actions.push(Action::RemoveSessionDay(index));
                    }
                }
                if ui.button("＋ 增加一天").clicked() {
                    actions.push(Action::AddSessionDay);
                }
            });
            ui.end_row();

            ui.label("会议地点");
            ui.add(
                egui::TextEdit::singleline(&mut session.details.venue)
                    .desired_width(360.0)
                    .hint_text("如：市人大常委会机关会议室"),
            );
            ui.end_row();

            ui.label("主持人");
            named(
                member_combo(ui, "presiding", session, |s| &mut s.details.presiding),
                "主持人",
            );
            ui.end_row();
        });

    ui.add_space(8.0);
    ui.label(egui::RichText::new("会次安排").strong());
    let roster = &session.roster;
    egui::Grid::new("sittings")
        .striped(true)
        .spacing([10.0, 6.0])
        .show(ui, |ui| {
            for sitting in &mut session.details.sittings {
                named(
                    enum_combo(
                        ui,
                        ("sitting_kind", sitting.id),
                        &mut sitting.kind,
                        &[SittingKind::Plenary, SittingKind::Group],
                        SittingKind::label,
                    ),
                    "会次类型",
                );
                date_field(
                    ui,
                    ui.scope_id().with(("sitting_date", sitting.id)),
                    &mut sitting.date,
                );
                ui.add(
                    egui::TextEdit::singleline(&mut sitting.time)
                        .desired_width(80.0)
                        .hint_text("时间"),
                );
                ui.add(
                    egui::TextEdit::singleline(&mut sitting.venue)
                        .desired_width(200.0)
                        .hint_text("地点（同会议地点可不填）"),
                );
                let presiding = sitting
                    .presiding
                    .and_then(|id| roster.iter().find(|m| m.id == id))
                    .map_or("会议主持人", |m| m.name.as_str());
                let combo = egui::ComboBox::from_id_salt(("sitting_presiding", sitting.id))
                    .selected_text(presiding)
                    .show_ui(ui, |ui| {
                        ui.selectable_value(&mut sitting.presiding, None, "会议主持人");
                        for member in roster {
                            ui.selectable_value(
                                &mut sitting.presiding,
                                Some(member.id),
                                member.name.as_str(),
                            );
                        }
                    });
                named(combo.response, "会次主持人");
                if delete_button(ui, "会次") {
                    actions.push(Action::DeleteSitting(sitting.id));
                }
                ui.end_row();
            }
        });
    if ui.button("＋ 增加会次").clicked() {
        actions.push(Action::AddSitting);
    }
}

/// A combo box choosing a member (or nobody) for the field `field` returns.
fn member_combo(
    ui: &mut Ui,
    id_salt: &str,
    session: &mut Session,
    field: impl Fn(&mut Session) -> &mut Option<crate::model::MemberId>,
) -> egui::Response {
    let current = field(session)
        .and_then(|id| session.member(id))
        .map_or("（未选）".to_owned(), |m| m.name.clone());
    egui::ComboBox::from_id_salt(id_salt)
        .selected_text(current)
        .width(200.0)
        .show_ui(ui, |ui| {
            // Listed only while the menu is open.
            let choices: Vec<(crate::model::MemberId, String)> = session
                .roster
                .iter()
                .filter(|m| m.role != crate::model::Role::Member)
                .chain(
                    session
                        .roster
                        .iter()
                        .filter(|m| m.role == crate::model::Role::Member),
                )
                .map(|m| (m.id, format!("{}（{}）", m.name, m.role.label())))
                .collect();
            let value = field(session);
            ui.selectable_value(value, None, "（未选）");
            for (id, label) in choices {
                ui.selectable_value(value, Some(id), label);
            }
        })
        .response
}
