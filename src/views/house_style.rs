//! 本机关: the body's identity and its house style (DOMAIN.md §7, §15), every setting in which
//! bodies differ in one place with its default beside it, a live preview of what the settings
//! print, and the buttons that export them to a file or import them from one.

use egui::{RichText, Ui};

use super::widgets::{enum_combo, named, screen_heading};
use crate::command::Command;
use crate::export::phrases::{
    SentenceStyle, appointment_sentences_of, percent, personnel_decision,
};
use crate::model::numerals::chinese_number;
use crate::model::{
    Appointee, AppointmentAction, AppointmentEntry, BodySettings, EntryId, NameOrderMode,
    ResolutionKind, SatisfactionBase, Session,
};

/// The house-style screen; its file buttons ask for `commands`, carried out after drawing.
pub fn house_style_ui(ui: &mut Ui, session: &mut Session, commands: &mut Vec<Command>) {
    // Both ways: in a narrow window the defaults' column stays reachable (texts still wrap).
    egui::ScrollArea::both()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                screen_heading(ui, "本机关");
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    // Clear of the scroll bar.
                    ui.add_space(12.0);
                    if ui
                        .button(Command::ImportHouseStyle.text())
                        .on_hover_text("从文件读入常委会名称和全部格式设置，替换当前设置（可撤销）")
                        .clicked()
                    {
                        commands.push(Command::ImportHouseStyle);
                    }
                    if ui
                        .button(Command::ExportHouseStyle.text())
                        .on_hover_text("把常委会名称和全部格式设置写入一个文件，供其他电脑导入")
                        .clicked()
                    {
                        commands.push(Command::ExportHouseStyle);
                    }
                });
            });
            ui.weak(
                "常委会本身的名称和格式设置：随会议文件保存，新建下次会议时自动沿用，不必重新设置。",
            );
            ui.add_space(8.0);
            settings_grid_ui(ui, session);
            ui.add_space(12.0);
            ui.separator();
            // Long texts wrap clear of the scroll bar.
            let width = (ui.available_width() - 20.0).max(200.0);
            ui.vertical(|ui| {
                ui.set_max_width(width);
                preview_ui(ui, session);
            });
        });
}

/// A heading row of the settings grid.
fn group_row(ui: &mut Ui, title: &str) {
    // Room above the group (a grid's cell takes no space of its own).
    ui.vertical(|ui| {
        ui.add_space(8.0);
        ui.label(RichText::new(title).strong().size(16.0));
    });
    ui.end_row();
}

/// The third column of a setting: its default, and 「恢复默认」 where it differs; returns
/// whether that was clicked.
fn default_note(ui: &mut Ui, is_default: bool, default: &str) -> bool {
    ui.horizontal(|ui| {
        ui.weak(format!("默认：{default}"));
        !is_default
            && ui
                .small_button("恢复默认")
                .on_hover_text(format!("改回默认：{default}"))
                .clicked()
    })
    .inner
}

/// 「第三十二条」 beside an article number.
fn article_field(ui: &mut Ui, value: &mut u32, name: &str) {
    ui.horizontal(|ui| {
        named(ui.add(egui::DragValue::new(value).range(1..=999)), name);
        ui.label(format!("第{}条", chinese_number(*value)));
    });
}

fn settings_grid_ui(ui: &mut Ui, session: &mut Session) {
    let defaults = BodySettings::default();
    let body = &mut session.body;
    egui::Grid::new("house_style")
        .num_columns(3)
        .spacing([16.0, 8.0])
        .show(ui, |ui| {
            group_row(ui, "常委会");
            ui.label("地区");
            named(
                ui.add(
                    egui::TextEdit::singleline(&mut body.region)
                        .desired_width(200.0)
                        .hint_text("如：鹤壁市、浚县"),
                ),
                "地区",
            );
            ui.weak("印在「第X届」之前");
            ui.end_row();
            ui.label("全称");
            named(
                ui.add(
                    egui::TextEdit::singleline(&mut body.name)
                        .desired_width(360.0)
                        .hint_text("如：鹤壁市人民代表大会常务委员会"),
                ),
                "常委会全称",
            );
            ui.weak("用于决议、决定的标题和落款");
            ui.end_row();
            ui.label("简称");
            named(
                ui.add(
                    egui::TextEdit::singleline(&mut body.short_name)
                        .desired_width(200.0)
                        .hint_text("如：市人大常委会"),
                ),
                "常委会简称",
            );
            ui.weak("用于新闻稿等行文");
            ui.end_row();
            ui.label("届次");
            ui.horizontal(|ui| {
                ui.label("第");
                named(
                    ui.add(egui::DragValue::new(&mut body.term).range(1..=99)),
                    "届次",
                );
                ui.label(format!("届（第{}届）", chinese_number(body.term)));
            });
            ui.weak("换届后改为新的届次");
            ui.end_row();

            let settings = &mut body.settings;
            group_row(ui, "称呼与名单");
            ui.label("设秘书长");
            ui.checkbox(
                &mut settings.has_secretary_general,
                "本常委会设秘书长（县级常委会通常不设）",
            );
            if default_note(
                ui,
                settings.has_secretary_general == defaults.has_secretary_general,
                "设秘书长",
            ) {
                settings.has_secretary_general = defaults.has_secretary_general;
            }
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
            if default_note(
                ui,
                settings.name_order == defaults.name_order,
                defaults.name_order.label(),
            ) {
                settings.name_order = defaults.name_order;
            }
            ui.end_row();
            ui.label("每行姓名数");
            ui.horizontal(|ui| {
                named(
                    ui.add(egui::DragValue::new(&mut settings.names_per_line).range(1..=10)),
                    "每行姓名数",
                );
                ui.label("个（印发的名单）");
            });
            if default_note(
                ui,
                settings.names_per_line == defaults.names_per_line,
                &format!("{}个", defaults.names_per_line),
            ) {
                settings.names_per_line = defaults.names_per_line;
            }
            ui.end_row();

            group_row(ui, "表决");
            ui.label("未按表决器");
            ui.checkbox(
                &mut settings.show_not_pressed,
                "表决结果中写明「未按表决器」人数",
            );
            if default_note(
                ui,
                settings.show_not_pressed == defaults.show_not_pressed,
                "不写",
            ) {
                settings.show_not_pressed = defaults.show_not_pressed;
            }
            ui.end_row();

            group_row(ui, "人事任免");
            ui.label("同志");
            ui.checkbox(
                &mut settings.comrade_in_sentences,
                "纪要、新闻稿和决定中写「张三同志」（名单中不写）",
            );
            if default_note(
                ui,
                settings.comrade_in_sentences == defaults.comrade_in_sentences,
                "不写",
            ) {
                settings.comrade_in_sentences = defaults.comrade_in_sentences;
            }
            ui.end_row();
            ui.label("批量任免");
            ui.horizontal(|ui| {
                ui.label("同一职务超过");
                named(
                    ui.add(egui::DragValue::new(&mut settings.batch_threshold).range(1..=999)),
                    "批量任免人数门槛",
                );
                ui.label("人时，句中写「张三等N名同志」");
            });
            if default_note(
                ui,
                settings.batch_threshold == defaults.batch_threshold,
                &format!("超过{}人", defaults.batch_threshold),
            ) {
                settings.batch_threshold = defaults.batch_threshold;
            }
            ui.end_row();
            ui.label("跨职务合并");
            ui.checkbox(
                &mut settings.join_across_posts,
                "合并为一句：「免去张三的甲职务、李四的乙职务」",
            );
            if default_note(
                ui,
                settings.join_across_posts == defaults.join_across_posts,
                "不合并",
            ) {
                settings.join_across_posts = defaults.join_across_posts;
            }
            ui.end_row();
            let law = &mut settings.law_articles;
            let default_law = &defaults.law_articles;
            ui.label("组织法名称");
            named(
                ui.add(
                    // As wide as the law's name: it is read whole.
                    egui::TextEdit::singleline(&mut law.law)
                        .desired_width(300.0)
                        .clip_text(false)
                        .hint_text("不加书名号"),
                ),
                "组织法名称",
            );
            if default_note(ui, law.law == default_law.law, "2022年修正的组织法") {
                law.law.clone_from(&default_law.law);
            }
            ui.end_row();
            ui.label("接受辞职依据");
            article_field(ui, &mut law.resignation, "接受辞职所依据的条");
            if default_note(
                ui,
                law.resignation == default_law.resignation,
                &format!("第{}条", chinese_number(default_law.resignation)),
            ) {
                law.resignation = default_law.resignation;
            }
            ui.end_row();
            ui.label("决定代理依据");
            article_field(ui, &mut law.acting, "决定代理所依据的条");
            if default_note(
                ui,
                law.acting == default_law.acting,
                &format!("第{}条", chinese_number(default_law.acting)),
            ) {
                law.acting = default_law.acting;
            }
            ui.end_row();

            group_row(ui, "满意度测评");
            ui.label("测评规则");
            ui.horizontal(|ui| {
                let rule = &mut settings.satisfaction_rule;
                ui.label("满意票").on_hover_text(
                    "满意票超过（或达到）门槛为满意；否则满意票与基本满意票之和超过（或达到）门槛为基本满意；否则为不满意",
                );
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
            if default_note(
                ui,
                settings.satisfaction_rule == defaults.satisfaction_rule,
                "超过全体组成人员的50%",
            ) {
                settings.satisfaction_rule = defaults.satisfaction_rule;
            }
            ui.end_row();
            ui.label("满意率小数位数");
            named(
                ui.add(egui::DragValue::new(&mut settings.rate_decimals).range(0..=4)),
                "满意率小数位数",
            );
            if default_note(
                ui,
                settings.rate_decimals == defaults.rate_decimals,
                &format!("{}位", defaults.rate_decimals),
            ) {
                settings.rate_decimals = defaults.rate_decimals;
            }
            ui.end_row();

            group_row(ui, "新闻稿");
            ui.label("列席领导");
            ui.checkbox(
                &mut settings.observer_leaders_in_news,
                "写出职务和姓名：「市委常委、常务副市长李可」",
            );
            if default_note(
                ui,
                settings.observer_leaders_in_news == defaults.observer_leaders_in_news,
                "写",
            ) {
                settings.observer_leaders_in_news = defaults.observer_leaders_in_news;
            }
            ui.end_row();
            ui.label("列席单位");
            ui.horizontal(|ui| {
                ui.label("列举前");
                named(
                    ui.add(
                        egui::DragValue::new(&mut settings.observer_units_in_news).range(0..=50),
                    ),
                    "新闻稿列举的列席单位数",
                );
                ui.label("个单位，其余写「等有关单位」");
            });
            if default_note(
                ui,
                settings.observer_units_in_news == defaults.observer_units_in_news,
                &format!("{}个", defaults.observer_units_in_news),
            ) {
                settings.observer_units_in_news = defaults.observer_units_in_news;
            }
            ui.end_row();

            group_row(ui, "落款");
            ui.label("印落款的文件");
            ui.horizontal_wrapped(|ui| {
                for kind in ResolutionKind::ALL {
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
            if default_note(ui, settings.signed_kinds == defaults.signed_kinds, "都不印") {
                settings.signed_kinds.clone_from(&defaults.signed_kinds);
            }
            ui.end_row();

            group_row(ui, "表决票和宣誓");
            ui.label("表决票说明");
            named(
                ui.add(
                    egui::TextEdit::singleline(&mut settings.invalid_marks)
                        .desired_width(360.0)
                        .hint_text(crate::model::body::DEFAULT_INVALID_MARKS),
                ),
                "表决票说明",
            )
            .on_hover_text("印在表决票「在选定的栏内划“○”」之后，主持词投票时也照读");
            if default_note(
                ui,
                settings.invalid_marks == defaults.invalid_marks,
                &defaults.invalid_marks,
            ) {
                settings.invalid_marks.clone_from(&defaults.invalid_marks);
            }
            ui.end_row();
            ui.label("宪法宣誓");
            ui.horizontal_wrapped(|ui| {
                for kind in crate::model::organs::PostKind::ALL {
                    let mut sworn = settings.sworn_posts.contains(&kind);
                    if ui
                        .checkbox(&mut sworn, kind.label())
                        .on_hover_text("任命这类职务的人员在常委会会议上进行宪法宣誓")
                        .changed()
                    {
                        if sworn {
                            settings.sworn_posts.push(kind);
                            settings.sworn_posts.sort();
                        } else {
                            settings.sworn_posts.retain(|k| *k != kind);
                        }
                    }
                }
            });
            if default_note(
                ui,
                settings.sworn_posts == defaults.sworn_posts,
                "人民陪审员以外的职务",
            ) {
                settings.sworn_posts.clone_from(&defaults.sworn_posts);
            }
            ui.end_row();
        });
}

/// Placeholder names for the samples (DOMAIN.md §8 uses 张三, 李四 …).
const SAMPLE_NAMES: [&str; 8] = [
    "张三", "李四", "王五", "赵六", "孙七", "周八", "吴九", "郑十",
];

/// A sample entry of `count` people for `post`.
fn sample_entry(action: AppointmentAction, count: usize, post: &str) -> AppointmentEntry {
    AppointmentEntry {
        id: EntryId(0),
        action,
        people: (0..count)
            .map(|i| Appointee::named(SAMPLE_NAMES[i % SAMPLE_NAMES.len()]))
            .collect(),
        posts: vec![post.to_owned()],
    }
}

/// What the settings print, on sample people and on this session's 列席 units.
fn preview_ui(ui: &mut Ui, session: &Session) {
    ui.label(RichText::new("效果预览").strong().size(16.0));
    let line = |ui: &mut Ui, what: &str, text: &str| {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(format!("{what}：")).weak());
            ui.label(text);
        });
    };
    line(ui, "称呼", session.body.salutation());
    line(ui, "本届常委会", &session.body.full_title_of_term());
    let style = SentenceStyle::of(session);
    line(
        ui,
        "任免二人",
        &format!(
            "任命{}为某市人民检察院检察员",
            style.people(&SAMPLE_NAMES[..2])
        ),
    );
    let batch = (session.body.settings.batch_threshold as usize)
        .max(1)
        .saturating_add(1);
    let batch_entry = sample_entry(AppointmentAction::Appoint, batch, "某区人民法院人民陪审员");
    line(
        ui,
        &format!("任免{batch}人"),
        &appointment_sentences_of(session, &[&batch_entry]).join("；"),
    );
    let first = sample_entry(AppointmentAction::Remove, 1, "某市财政局局长");
    let mut second = sample_entry(AppointmentAction::Remove, 2, "某市民政局局长");
    second.people.remove(0);
    line(
        ui,
        "不同职务",
        &appointment_sentences_of(session, &[&first, &second]).join("；"),
    );
    let resignation = sample_entry(
        AppointmentAction::AcceptResignation,
        1,
        "某市人民政府副市长",
    );
    if let Some((title, text)) = personnel_decision(session, &resignation) {
        line(ui, "接受辞职的决定", &title);
        line(ui, "决定正文", &text);
    }
    let acting = sample_entry(AppointmentAction::DecideActing, 1, "某市人民政府代理市长");
    if let Some((_, text)) = personnel_decision(session, &acting) {
        line(ui, "决定代理", &text);
    }
    line(ui, "满意率", &percent(session, 58.620_689_655));
    let observers = crate::export::news::observers_phrase(session).map_or_else(
        || "（本次会议未录入列席人员）".to_owned(),
        |phrase| format!("{phrase}列席会议。"),
    );
    line(ui, "新闻稿列席", &observers);
}
