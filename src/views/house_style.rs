//! 本机关: the body's identity and its house style (DOMAIN.md §7, §15), every setting in which
//! bodies differ in one place with its default beside it, a live preview of what the settings
//! print, and the buttons that export them to a file or import them from one.

use egui::{RichText, Ui};

use super::widgets::{enum_combo, named, number_field, screen_heading};
use crate::command::Command;
use crate::model::house_style::{SATISFACTION_BASES, SETTINGS, Setting, SettingKind};
use crate::model::numerals::chinese_number;
use crate::model::{
    Appointee, AppointmentAction, AppointmentEntry, BodySettings, EntryId, ResolutionKind,
    SatisfactionBase, Session,
};
use crate::sender::Sender;
use crate::wording::phrases::{
    SentenceStyle, appointment_sentences_of, percent, personnel_decision,
};

/// The screen, as the navigation lists it ([`super::SCREENS`]).
pub const SCREEN: super::Screen = super::Screen {
    section: super::Section::HouseStyle,
    label: "本机关",
    shortcut: Some(egui::Key::Num0),
    count: |_| None,
    ui: |ui, c| house_style_ui(ui, c.session, c.sender),
};

/// The house-style screen; its file buttons send their commands, carried out after drawing.
pub fn house_style_ui(ui: &mut Ui, session: &mut Session, sender: &mut Sender) {
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
                        sender.command(Command::ImportHouseStyle);
                    }
                    if ui
                        .button(Command::ExportHouseStyle.text())
                        .on_hover_text("把常委会名称和全部格式设置写入一个文件，供其他电脑导入")
                        .clicked()
                    {
                        sender.command(Command::ExportHouseStyle);
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
            // The forms and the preview below the settings are drawn only when scrolled to.
            super::widgets::drawn_in_view(ui, "house_style_forms", |ui| {
                super::learn_forms::forms_ui(ui, session, sender);
            });
            ui.add_space(12.0);
            ui.separator();
            // Long texts wrap clear of the scroll bar, at the width in view: the forms' table
            // above may be wider than the window.
            let in_view = ui.clip_rect().right() - ui.cursor().left();
            let width = (in_view.min(ui.available_width()) - 20.0).max(200.0);
            super::widgets::drawn_in_view(ui, "house_style_preview", |ui| {
                ui.vertical(|ui| {
                    ui.set_max_width(width);
                    preview_ui(ui, session);
                });
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

/// The third column of a setting: its default as the table says it, and 「恢复默认」 where the
/// value differs; returns whether that was clicked.
fn default_note(ui: &mut Ui, setting: &Setting, settings: &BodySettings) -> bool {
    let note = setting.default_note();
    ui.horizontal(|ui| {
        ui.weak(note.as_str());
        !setting.is_default(settings)
            && ui
                .small_button("恢复默认")
                .on_hover_text(format!("改回{note}"))
                .clicked()
    })
    .inner
}

fn settings_grid_ui(ui: &mut Ui, session: &mut Session) {
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
                named(ui.add(number_field(&mut body.term, 1..=99)), "届次");
                ui.label(format!("届（第{}届）", chinese_number(body.term)));
            });
            ui.weak("换届后改为新的届次");
            ui.end_row();

            let settings = &mut body.settings;
            let mut group = "";
            for setting in SETTINGS {
                if setting.group != group {
                    group = setting.group;
                    group_row(ui, group);
                }
                ui.label(setting.label);
                setting_field_ui(ui, setting, settings);
                if default_note(ui, setting, settings) {
                    setting.reset(settings);
                }
                ui.end_row();
            }
        });
}

/// The field of one setting, as its kind asks.
fn setting_field_ui(ui: &mut Ui, setting: &Setting, settings: &mut BodySettings) {
    match setting.kind {
        SettingKind::Flag { text, get, set, .. } => {
            let mut value = get(settings);
            if ui.checkbox(&mut value, text).changed() {
                set(settings, value);
            }
        }
        SettingKind::Number {
            before,
            after,
            range,
            get,
            set,
            said,
        } => {
            ui.horizontal(|ui| {
                if !before.is_empty() {
                    ui.label(before);
                }
                let mut value = get(settings);
                if named(
                    ui.add(number_field(&mut value, range.0..=range.1)),
                    setting.label,
                )
                .changed()
                {
                    set(settings, value);
                }
                if after.is_empty() {
                    // An article number reads as the law cites it: 「第三十二条」.
                    ui.label(said(value));
                } else {
                    ui.label(after);
                }
            });
        }
        SettingKind::Choice { options, get, set } => {
            let mut index = get(settings);
            let response = egui::ComboBox::from_id_salt(setting.key)
                .selected_text(options.get(index).copied().unwrap_or(""))
                .show_ui(ui, |ui| {
                    for (i, option) in options.iter().enumerate() {
                        ui.selectable_value(&mut index, i, *option);
                    }
                })
                .response;
            named(response, setting.label);
            if index != get(settings) {
                set(settings, index);
            }
        }
        SettingKind::Text { hint, get, set, .. } => {
            let mut text = get(settings).to_owned();
            // As wide as the text: it is read whole.
            if named(
                ui.add(
                    egui::TextEdit::singleline(&mut text)
                        .desired_width(300.0)
                        .clip_text(false)
                        .hint_text(hint),
                ),
                setting.label,
            )
            .changed()
            {
                set(settings, text);
            }
        }
        SettingKind::Composite { .. } => match setting.key {
            "satisfaction_rule" => satisfaction_rule_ui(ui, settings),
            "signed_kinds" => signed_kinds_ui(ui, settings),
            "sworn_posts" => sworn_posts_ui(ui, settings),
            "short_names" => short_names_ui(ui, settings),
            _ => {
                ui.label(setting.said(settings));
            }
        },
    }
}

/// 「满意票 超过／达到 全体组成人员／出席人员／有效票 的 50%」.
fn satisfaction_rule_ui(ui: &mut Ui, settings: &mut BodySettings) {
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
                &SATISFACTION_BASES,
                SatisfactionBase::label,
            ),
            "测评基数",
        );
        ui.label("的");
        named(
            ui.add(
                number_field(&mut rule.threshold_percent, 1..=100)
                    .suffix("%"),
            ),
            "满意率门槛",
        );
    });
}

/// A box per kind of document: signed with the body's name and the date or not.
fn signed_kinds_ui(ui: &mut Ui, settings: &mut BodySettings) {
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
}

/// The table of short names (FORMS.md §5): a row per name, its full form as the 列席 list has
/// it and the short form the news prints, a button to remove it, and one to add a row.
fn short_names_ui(ui: &mut Ui, settings: &mut BodySettings) {
    ui.vertical(|ui| {
        let mut removed = None;
        if !settings.short_names.is_empty() {
            egui::Grid::new("short_names")
                .num_columns(4)
                .spacing([6.0, 4.0])
                .show(ui, |ui| {
                    ui.weak("全称");
                    ui.label("");
                    ui.weak("简称");
                    ui.end_row();
                    for (index, row) in settings.short_names.iter_mut().enumerate() {
                        let number = index + 1;
                        named(
                            ui.add(
                                egui::TextEdit::singleline(&mut row.full)
                                    .desired_width(180.0)
                                    .hint_text("如：区人民法院、代理检察长"),
                            ),
                            &format!("简称表第{number}行全称"),
                        );
                        ui.label("→");
                        named(
                            ui.add(
                                egui::TextEdit::singleline(&mut row.short)
                                    .desired_width(120.0)
                                    .hint_text("如：区法院、代检察长"),
                            ),
                            &format!("简称表第{number}行简称"),
                        );
                        if named(ui.small_button("×"), &format!("删除简称表第{number}行"))
                            .on_hover_text("删除这一行")
                            .clicked()
                        {
                            removed = Some(index);
                        }
                        ui.end_row();
                    }
                });
        }
        if let Some(index) = removed {
            settings.short_names.remove(index);
        }
        ui.horizontal(|ui| {
            if ui
                .button("＋ 添加简称")
                .on_hover_text(
                    "新闻通稿写列席单位和职务时，把全称换成简称，如「区人民法院」→「区法院」、\
                     「代理检察长」→「代检察长」；名单和纪要仍用全称",
                )
                .clicked()
            {
                settings
                    .short_names
                    .push(crate::model::ShortName::default());
            }
            ui.weak("新闻通稿的列席单位和职务");
        });
    });
}

/// A box per kind of post: its holders take the constitutional oath before the committee or not.
fn sworn_posts_ui(ui: &mut Ui, settings: &mut BodySettings) {
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
}

/// Placeholder names for the samples (DOMAIN.md §8 uses 张三, 李四 …).
const SAMPLE_NAMES: [&str; 8] = [
    "张三", "李四", "王五", "赵六", "孙七", "周八", "吴九", "郑十",
];

/// A sample entry of `count` people for `post`.
fn sample_entry(action: AppointmentAction, count: usize, post: &str) -> AppointmentEntry {
    AppointmentEntry {
        people: (0..count)
            .map(|i| Appointee::named(SAMPLE_NAMES[i % SAMPLE_NAMES.len()]))
            .collect(),
        ..AppointmentEntry::of_one(
            EntryId(0),
            action,
            Appointee::default(),
            vec![post.to_owned()],
        )
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
