//! 概况: the session's number, dates, venue, presiding officer and sittings. The body and its
//! house style have their own screen (本机关, [`super::house_style`]).

use crate::sender::Sender;
use egui::Ui;

use super::widgets::{date_field, delete_button, enum_combo, named, screen_heading};
use crate::action::Action;
use crate::model::{Session, SittingKind};

/// The screen, as the navigation lists it ([`super::SCREENS`]).
pub const SCREEN: super::Screen = super::Screen {
    section: super::Section::Overview,
    label: "概况",
    shortcut: Some(egui::Key::Num1),
    count: |_| None,
    ui: |ui, c| overview_ui(ui, c.session, c.derived, &mut c.state.section, c.sender),
};

/// The overview screen; the hint to the house style moves to `section` when clicked.
pub fn overview_ui(
    ui: &mut Ui,
    session: &mut Session,
    derived: &super::Derived,
    section: &mut super::Section,
    sender: &mut Sender,
) {
    // Derived once after each change (the session's own fields are typed into below, and the
    // next frame derives again).
    let texts = derived.overview(session).clone();
    let hints = derived.hints(session);
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            screen_heading(ui, &session.full_title());
            if ui
                .link("常委会名称和格式设置见「本机关」")
                .on_hover_text("转到「本机关」（Ctrl+0）")
                .clicked()
            {
                *section = super::Section::HouseStyle;
            }
            ui.add_space(6.0);
            session_details_ui(ui, session, &texts, hints, sender);
            ui.add_space(12.0);
            egui::CollapsingHeader::new("会前、会中文件")
                .default_open(true)
                .show(ui, |ui| papers_ui(ui, session, &texts, hints, sender));
            egui::CollapsingHeader::new("各项表决的方式")
                .default_open(false)
                .show(ui, |ui| vote_methods_ui(ui, session, sender));
        });
}

/// What the papers of the session need beyond the record (DOMAIN.md §13): the notice's contact,
/// date and leave deadline, the ballots' spare copies, 记名 or 无记名, which votes are on paper,
/// and who leads the oath. Each field shows what is printed when it is left empty.
fn papers_ui(
    ui: &mut Ui,
    session: &mut Session,
    texts: &super::OverviewTexts,
    hints: &crate::model::hints::Hints,
    sender: &mut Sender,
) {
    use crate::model::papers::{BallotSecrecy, MAX_SPARE_BALLOTS, PaperVotes, VoteMethod};
    let fallback = session
        .first_date()
        .unwrap_or_else(crate::model::edit::today);
    let default_notice = session
        .notice_date()
        .filter(|_| session.papers.notice_date.is_none());
    let default_deadline = session
        .leave_deadline()
        .filter(|_| session.papers.leave_deadline.is_none());
    let copies = texts.ballot_copies;
    let leader_hint = texts.oath_leader_hint.as_str();
    let prefix_hint = session.certificate_prefix();
    let issue_hint = session.gazette_issue();
    let check_in_hint = "未填时为会前30分钟到会议地点报到".to_owned();
    let papers = &mut session.papers;
    egui::Grid::new("papers")
        .num_columns(2)
        .spacing([12.0, 8.0])
        .show(ui, |ui| {
            ui.label("联系人");
            ui.horizontal(|ui| {
                named(
                    ui.add(
                        egui::TextEdit::singleline(&mut papers.contact)
                            .desired_width(120.0)
                            .hint_text("姓名"),
                    ),
                    "通知联系人",
                );
                ui.label("电话");
                named(
                    ui.add(
                        egui::TextEdit::singleline(&mut papers.phone)
                            .desired_width(160.0)
                            .hint_text(hints.telephone.as_str()),
                    ),
                    "联系电话",
                );
            });
            ui.end_row();
            ui.label("通知日期");
            ui.horizontal(|ui| {
                super::widgets::optional_date_field(
                    ui,
                    ui.scope_id().with("notice_date"),
                    &mut papers.notice_date,
                    fallback,
                );
                if let Some(day) = default_notice {
                    ui.weak(format!(
                        "未填时为会前7天：{}",
                        crate::wording::dates::chinese_date(day)
                    ));
                }
            });
            ui.end_row();
            ui.label("请假截止");
            ui.horizontal(|ui| {
                super::widgets::optional_date_field(
                    ui,
                    ui.scope_id().with("leave_deadline"),
                    &mut papers.leave_deadline,
                    fallback,
                );
                if let Some(day) = default_deadline {
                    ui.weak(format!(
                        "未填时为会前一天：{}",
                        crate::wording::dates::chinese_date(day)
                    ));
                }
            });
            ui.end_row();
            ui.label("表决票");
            ui.horizontal(|ui| {
                named(
                    enum_combo(
                        ui,
                        "paper_votes",
                        &mut papers.paper_votes,
                        &PaperVotes::ALL,
                        PaperVotes::label,
                    ),
                    "纸质表决票",
                );
                named(
                    enum_combo(
                        ui,
                        "ballot_secrecy",
                        &mut papers.ballot_secrecy,
                        &[BallotSecrecy::Secret, BallotSecrecy::Named],
                        BallotSecrecy::label,
                    ),
                    "记名或无记名",
                );
                ui.label("备用");
                named(
                    ui.add(
                        super::widgets::number_field(
                            &mut papers.spare_ballots,
                            0..=MAX_SPARE_BALLOTS,
                        )
                        .suffix(" 份"),
                    ),
                    "备用票数",
                );
                ui.weak(format!("每种票印{copies}份（组成人员每人一份加备用）"));
            });
            ui.end_row();
            ui.label("表决方式");
            ui.horizontal(|ui| {
                ui.label("不用表决票的事项");
                named(
                    enum_combo(
                        ui,
                        "hall_method",
                        &mut papers.hall_method,
                        &[VoteMethod::Machine, VoteMethod::Hands],
                        VoteMethod::label,
                    ),
                    "不用表决票的事项的表决方式",
                );
                ui.weak("每项表决可在下方「各项表决的方式」中另定");
            });
            ui.end_row();
            ui.label("监票人");
            ui.horizontal(|ui| {
                let hint = "姓名，以「、」分隔";
                text_field(ui, &mut papers.scrutineers, 160.0, hint, "监票人姓名");
                ui.label("计票人");
                text_field(ui, &mut papers.tellers, 160.0, hint, "计票人姓名");
            });
            ui.end_row();
            ui.label("报到");
            text_field(ui, &mut papers.check_in, 360.0, &check_in_hint, "报到");
            ui.end_row();
            ui.label("会议材料");
            let materials_hint = "会议材料于报到时发放，请妥善保管，会后交回。";
            text_field(ui, &mut papers.materials, 360.0, materials_hint, "会议材料");
            ui.end_row();
            ui.label("任命书编号");
            ui.horizontal(|ui| {
                let prefix = &mut papers.certificate_prefix;
                text_field(ui, prefix, 120.0, &prefix_hint, "任命书编号前缀");
                ui.label("〔年份〕起始号");
                let mut first = papers.first_certificate.unwrap_or(1);
                if named(
                    ui.add(egui::DragValue::new(&mut first).range(1..=9999)),
                    "任命书起始编号",
                )
                .changed()
                {
                    papers.first_certificate = (first > 1).then_some(first);
                }
            });
            ui.end_row();
            ui.label("领誓人");
            named(
                ui.add(
                    egui::TextEdit::singleline(&mut papers.oath_leader)
                        .desired_width(160.0)
                        .hint_text(leader_hint),
                ),
                "领誓人",
            );
            ui.end_row();
            ui.label("会刊期号");
            text_field(
                ui,
                &mut papers.gazette_issue,
                160.0,
                &issue_hint,
                "会刊期号",
            );
            ui.end_row();
            // The number of the notice of the evaluation results (FORMS.md §18): 「（第60号）」
            // under its header; empty: not numbered.
            ui.label("测评结果公告编号");
            ui.horizontal(|ui| {
                let (response, typed) = optional_number_field(
                    ui,
                    "evaluation_notice_number",
                    papers.evaluation_notice_number,
                    "不编号",
                    "测评公告编号",
                );
                if let Some(number) = typed {
                    sender.act(Action::SetEvaluationNoticeNumber(number));
                }
                response.on_hover_text("只填数字；满意度测评结果以公告印发时的编号");
                ui.weak(match papers.evaluation_notice_number {
                    Some(n) => format!("满意度测评结果标题下印「（第{n}号）」"),
                    None => "填写后在满意度测评结果标题下印「（第N号）」".to_owned(),
                });
            });
            ui.end_row();
            // The session of the people's congress the decisions are filed with (FORMS.md §17
            // `congress_session`): 「并报…人民代表大会第五次会议备案」.
            ui.label("备案的人代会次数");
            ui.horizontal(|ui| {
                let (response, typed) = optional_number_field(
                    ui,
                    "congress_session",
                    papers.congress_session,
                    "不写次数",
                    "备案的人代会次数",
                );
                if let Some(number) = typed {
                    sender.act(Action::SetCongressSession(number));
                }
                response.on_hover_text(
                    "只填数字；本机关选用「…并报某县第十八届人民代表大会第五次会议备案」的决定正文时使用",
                );
                ui.weak(match papers.congress_session {
                    Some(n) => format!(
                        "决定正文可印「报…人民代表大会第{}次会议备案」",
                        crate::model::numerals::chinese_number(n)
                    ),
                    None => "不填时只写到届".to_owned(),
                });
            });
            ui.end_row();
        });
}

/// A field for an optional number (empty: none), applied when typed: what was typed, `None`
/// until then. A number, or nothing; anything else is not applied (the field shows the number
/// recorded again once left).
fn optional_number_field(
    ui: &mut Ui,
    key: &str,
    value: Option<u32>,
    hint: &str,
    name: &str,
) -> (egui::Response, Option<Option<u32>>) {
    let shown = value.map(|n| n.to_string()).unwrap_or_default();
    let (response, typed) =
        super::widgets::action_text_field(ui, egui::Id::unique(key), &shown, 80.0, hint, name);
    let number = match typed.as_deref().map(str::trim) {
        Some("") => Some(None),
        Some(text) => text.parse::<u32>().ok().map(Some),
        None => None,
    };
    (response, number)
}

/// A one-line text field of `width` points with a hint, named for screen readers.
fn text_field(ui: &mut Ui, value: &mut String, width: f32, hint: &str, name: &str) {
    named(
        ui.add(
            egui::TextEdit::singleline(value)
                .desired_width(width)
                .hint_text(hint),
        ),
        name,
    );
}

/// How each vote is taken (DOMAIN.md §18), in voting order: the session's default, or another
/// method chosen for it. The 主持词, the ballots and the minutes follow.
fn vote_methods_ui(ui: &mut Ui, session: &Session, sender: &mut Sender) {
    use crate::model::VoteMethod;
    use crate::model::decisions::{is_expected, voting_order};
    let subjects: Vec<_> = voting_order(session)
        .into_iter()
        .filter(|s| is_expected(session, s))
        .collect();
    if subjects.is_empty() {
        ui.weak("本次会议还没有需要表决的事项。");
        return;
    }
    egui::Grid::new("vote_methods")
        .num_columns(2)
        .striped(true)
        .spacing([12.0, 4.0])
        .show(ui, |ui| {
            for (index, subject) in subjects.iter().enumerate() {
                let mut text = crate::export::papers::vote_subject_text(session, subject, false);
                if text.chars().count() > 48 {
                    text = text.chars().take(48).collect::<String>() + "…";
                }
                ui.label(text);
                let current = session.vote_method(subject);
                let default = session.default_vote_method(subject);
                let mut chosen = current;
                let combo = egui::ComboBox::from_id_salt(("vote_method", index))
                    .selected_text(current.label())
                    .show_ui(ui, |ui| {
                        for method in VoteMethod::ALL {
                            let label = if method == default {
                                format!("{}（默认）", method.label())
                            } else {
                                method.label().to_owned()
                            };
                            ui.selectable_value(&mut chosen, method, label);
                        }
                    });
                named(combo.response, &format!("第{}项表决的方式", index + 1));
                if chosen != current {
                    sender.act(Action::SetVoteMethod {
                        subject: subject.clone(),
                        method: chosen,
                    });
                }
                ui.end_row();
            }
        });
}

fn session_details_ui(
    ui: &mut Ui,
    session: &mut Session,
    texts: &super::OverviewTexts,
    hints: &crate::model::hints::Hints,
    sender: &mut Sender,
) {
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
                    ui.add(super::widgets::number_field(
                        &mut session.details.number,
                        1..=999,
                    )),
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
                        sender.act(Action::SetSessionDay { index, date });
                    }
                    if ui.small_button("×").on_hover_text("去掉这一天").clicked() {
                        sender.act(Action::RemoveSessionDay(index));
                    }
                }
                if ui.button("＋ 增加一天").clicked() {
                    sender.act(Action::AddSessionDay);
                }
            });
            ui.end_row();

            ui.label("会议地点");
            ui.add(
                egui::TextEdit::singleline(&mut session.details.venue)
                    .desired_width(360.0)
                    .hint_text(hints.venue.as_str()),
            );
            ui.end_row();

            ui.label("主持人");
            ui.horizontal(|ui| {
                named(
                    member_combo(ui, "presiding", session, "（未选）", |s| {
                        &mut s.details.presiding
                    }),
                    "主持人",
                );
                ui.label("受…委托");
                named(
                    member_combo(ui, "entrusted_by", session, PRESIDING_ONESELF, |s| {
                        &mut s.details.entrusted_by
                    }),
                    "委托人",
                )
                .on_hover_text("主任委托副主任主持时选择主任；主持人本人主持时不选");
            });
            ui.end_row();
        });
    // The minutes' opening as the fields above make it (outside the grid: a wrapped text in a
    // grid's column keeps resizing it).
    ui.add(
        egui::Label::new(egui::RichText::new(format!("纪要开头：{}", texts.opening)).weak()).wrap(),
    )
    .on_hover_text("会议纪要的开头一句，随上面的内容变化");

    ui.add_space(8.0);
    ui.label(egui::RichText::new("会次安排").strong());
    let roster = &session.roster;
    if !session.details.sittings.is_empty() {
        egui::Grid::new("sittings")
            .striped(true)
            .spacing([10.0, 6.0])
            .show(ui, |ui| {
                for title in ["类型", "日期", "时间", "地点", "主持人", "受…委托", ""]
                {
                    ui.label(egui::RichText::new(title).weak());
                }
                ui.end_row();
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
                    // Sized: a field's desired width is not kept in a grid's column.
                    ui.horizontal(|ui| {
                        ui.add_sized(
                            [56.0, 24.0],
                            egui::TextEdit::singleline(&mut sitting.time).hint_text("上午"),
                        );
                        named(
                            ui.add_sized(
                                [56.0, 24.0],
                                egui::TextEdit::singleline(&mut sitting.starts_at)
                                    .hint_text("9:00"),
                            ),
                            "开始时间",
                        )
                        .on_hover_text("开始时间，印在会议通知、日程安排和签到表上");
                    });
                    ui.add_sized(
                        [220.0, 24.0],
                        egui::TextEdit::singleline(&mut sitting.venue)
                            .hint_text("地点（同会议地点可不填）"),
                    );
                    let combo = roster_combo(
                        ui,
                        ("sitting_presiding", sitting.id),
                        roster,
                        &mut sitting.presiding,
                        SAME_PRESIDING,
                    );
                    named(combo, "会次主持人").on_hover_text("不选时由会议主持人主持（见上）");
                    // A sitting's own entrusting holds only with its own presiding officer;
                    // without one the session's presiding (and entrusting) holds.
                    if sitting.presiding.is_some() {
                        let combo = roster_combo(
                            ui,
                            ("sitting_entrusted_by", sitting.id),
                            roster,
                            &mut sitting.entrusted_by,
                            PRESIDING_ONESELF,
                        );
                        named(combo, "会次委托人");
                    } else {
                        ui.weak("（同上）").on_hover_text(
                            "本次会议由会议主持人主持，委托情况同上；选择本次会议的主持人后可另选",
                        );
                    }
                    if delete_button(ui, "会次") {
                        sender.act(Action::DeleteSitting(sitting.id));
                    }
                    ui.end_row();
                }
            });
        // How the minutes narrate each sitting, as set above.
        for sentence in &texts.sitting_sentences {
            ui.add(egui::Label::new(egui::RichText::new(sentence.as_str()).weak()).wrap());
        }
    }
    if ui.button("＋ 增加会次").clicked() {
        sender.act(Action::AddSitting);
    }
}

/// What a presiding field shows when nobody entrusted the one presiding.
const PRESIDING_ONESELF: &str = "（本人主持）";

/// What a sitting's presiding field shows when the session's presiding officer presides.
const SAME_PRESIDING: &str = "会议主持人";

/// A combo box choosing a member of `roster` (or nobody, shown as `none`) for `value`.
fn roster_combo(
    ui: &mut Ui,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    roster: &[crate::model::Member],
    value: &mut Option<crate::model::MemberId>,
    none: &str,
) -> egui::Response {
    let selected = value
        .and_then(|id| roster.iter().find(|m| m.id == id))
        .map_or(none, |m| m.name.as_str());
    let mut changed = false;
    let mut response = egui::ComboBox::from_id_salt(id_salt)
        .selected_text(selected)
        .show_ui(ui, |ui| {
            changed |= ui.selectable_value(value, None, none).changed();
            // The leaders first: they are the ones who preside and entrust.
            let leaders = roster
                .iter()
                .filter(|m| m.role != crate::model::Role::Member);
            let members = roster
                .iter()
                .filter(|m| m.role == crate::model::Role::Member);
            for member in leaders.chain(members) {
                changed |= ui
                    .selectable_value(value, Some(member.id), member.name.as_str())
                    .changed();
            }
        })
        .response;
    if changed {
        response.mark_changed();
    }
    response
}

/// A combo box choosing a member (or nobody) for the field `field` returns.
fn member_combo(
    ui: &mut Ui,
    id_salt: &str,
    session: &mut Session,
    none: &str,
    field: impl Fn(&mut Session) -> &mut Option<crate::model::MemberId>,
) -> egui::Response {
    let current = field(session)
        .and_then(|id| session.member(id))
        .map_or_else(|| none.to_owned(), |m| m.name.clone());
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
            ui.selectable_value(value, None, none);
            for (id, label) in choices {
                ui.selectable_value(value, Some(id), label);
            }
        })
        .response
}
