//! 概况: the body, its settings, and the session's number, dates, venue and presiding officer.

use egui::Ui;

use super::widgets::{date_field, delete_button, enum_combo, named, screen_heading};
use crate::action::Action;
use crate::model::{NameOrderMode, SatisfactionBase, Session, SittingKind};

/// The overview screen.
pub fn overview_ui(ui: &mut Ui, session: &mut Session, actions: &mut Vec<Action>) {
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            screen_heading(ui, &session.full_title());
            session_details_ui(ui, session, actions);
            ui.add_space(12.0);
            ui.collapsing("常委会与设置", |ui| body_ui(ui, session));
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

fn body_ui(ui: &mut Ui, session: &mut Session) {
    let body = &mut session.body;
    egui::Grid::new("body")
        .num_columns(2)
        .spacing([12.0, 8.0])
        .show(ui, |ui| {
            ui.label("地区");
            ui.add(
                egui::TextEdit::singleline(&mut body.region)
                    .desired_width(200.0)
                    .hint_text("如：鹤壁市"),
            );
            ui.end_row();
            ui.label("常委会全称");
            ui.add_sized([360.0, 24.0], egui::TextEdit::singleline(&mut body.name));
            ui.end_row();
            ui.label("简称");
            ui.add(
                egui::TextEdit::singleline(&mut body.short_name)
                    .desired_width(200.0)
                    .hint_text("如：市人大常委会"),
            );
            ui.end_row();
            ui.label("届次");
            ui.horizontal(|ui| {
                ui.label("第");
                named(
                    ui.add(egui::DragValue::new(&mut body.term).range(1..=99)),
                    "届次",
                );
                ui.label(format!(
                    "届（{}）",
                    crate::model::numerals::chinese_number(body.term)
                ));
            });
            ui.end_row();

            let settings = &mut body.settings;
            ui.label("设秘书长");
            ui.checkbox(
                &mut settings.has_secretary_general,
                "本常委会设秘书长（县级常委会通常不设）",
            );
            ui.end_row();
            ui.label("姓名排序");
            named(
                enum_combo(
                    ui,
                    "name_order",
                    &mut settings.name_order,
                    &[NameOrderMode::FullName, NameOrderMode::Surname],
                    NameOrderMode::label,
                ),
                "姓名排序",
            );
            ui.end_row();
            ui.label("每行姓名数");
            named(
                ui.add(egui::DragValue::new(&mut settings.names_per_line).range(1..=10)),
                "每行姓名数",
            );
            ui.end_row();
            ui.label("表决结果");
            ui.checkbox(&mut settings.show_not_pressed, "写明「未按表决器」人数");
            ui.end_row();
            ui.label("人事任免");
            ui.checkbox(
                &mut settings.comrade_in_sentences,
                "纪要和新闻中写「张三同志」（名单中不写）",
            );
            ui.end_row();
            ui.label("落款");
            ui.horizontal_wrapped(|ui| {
                for kind in crate::model::ResolutionKind::ALL {
                    let mut signed = settings.signed_kinds.contains(&kind);
                    if ui
                        .checkbox(&mut signed, kind.label())
                        .on_hover_text("在正文后印常委会名称和日期")
                        .changed()
                    {
                        if signed {
                            settings.signed_kinds.push(kind);
                        } else {
                            settings.signed_kinds.retain(|k| *k != kind);
                        }
                    }
                }
            });
            ui.end_row();
            ui.label("满意率小数位数");
            ui.horizontal(|ui| {
                named(
                    ui.add(egui::DragValue::new(&mut settings.rate_decimals).range(0..=4)),
                    "满意率小数位数",
                );
                ui.weak("如 2 位：58.62%");
            });
            ui.end_row();
            ui.label("满意度测评规则");
            ui.horizontal(|ui| {
                let rule = &mut settings.satisfaction_rule;
                ui.label("满意票（或满意＋基本满意票）");
                ui.selectable_value(&mut rule.strictly_more, true, "超过");
                ui.selectable_value(&mut rule.strictly_more, false, "达到");
                named(
                    enum_combo(
                        ui,
                        "satisfaction_base",
                        &mut rule.base,
                        &[
                            SatisfactionBase::AllMembers,
                            SatisfactionBase::Present,
                            SatisfactionBase::ValidBallots,
                        ],
                        SatisfactionBase::label,
                    ),
                    "测评基数",
                );
                ui.label("的");
                named(
                    ui.add(
                        egui::DragValue::new(&mut rule.threshold_percent)
                            .range(1..=100)
                            .suffix("%"),
                    ),
                    "满意率门槛",
                );
            });
            ui.end_row();
        });
    ui.weak(format!("称呼：{}", session.body.salutation()));
}
