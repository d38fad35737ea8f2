//! 本机关's forms (FORMS.md): each form with its variants, the body's own template with its
//! slots listed, and what it prints; and 「从往期公报学习…」, the dialog that reads a published
//! text of the body (pasted, or a text file in UTF-8 or GBK), shows per form the variant found
//! with its sentence, and sets those the person accepts in one undo step.

use egui::{RichText, Ui};

use super::widgets::named;
use crate::action::Action;
use crate::model::Session;
use crate::sender::Sender;
use crate::wording::forms::{self, FORMS, FormChoice, FormSpec, learn};

/// What the learning dialog holds between frames.
#[derive(Clone, Debug, Default)]
struct LearnState {
    /// Whether it is open.
    open: bool,
    /// The pasted text.
    text: String,
    /// What was found, each with whether it is accepted.
    findings: Vec<(learn::Finding, bool)>,
    /// A message: a file that could not be read, nothing found.
    message: String,
}

fn state_id() -> egui::Id {
    egui::Id::unique("learn_forms_dialog")
}

/// The value every slot is shown with in the preview: the session's own facts where it has
/// them, names and posts of an example otherwise.
fn preview_values(session: &Session) -> Vec<(&'static str, String)> {
    let counts = session.attendance_counts();
    let mut values = forms::session_slots(session);
    let presiding = session
        .presiding_at(None)
        .0
        .and_then(|id| session.member(id));
    values.extend([
        (
            "日期",
            crate::wording::phrases::session_days_in_year(session).unwrap_or_default(),
        ),
        ("地点", session.details.venue.trim().to_owned()),
        (
            "头衔",
            presiding
                .map(|m| format!("{}{}", session.body.short_name, m.role.label()))
                .unwrap_or_default(),
        ),
        (
            "姓名",
            presiding
                .map(|m| m.name.clone())
                .unwrap_or_else(|| "张三".to_owned()),
        ),
        ("并讲话", String::new()),
        ("出席", "副主任张三、李四，秘书长王五".to_owned()),
        ("人数", counts.present.to_string()),
        ("委员人数", counts.present.saturating_sub(3).to_string()),
        (
            "列席",
            crate::export::news::observers_phrase(session).unwrap_or_default(),
        ),
        ("应到", counts.members.to_string()),
        ("实到", counts.present.to_string()),
        ("请假", counts.on_leave.to_string()),
        ("缺席", counts.absent.to_string()),
        (
            "法定人数",
            crate::wording::attendance::quorum_phrase(counts).to_owned(),
        ),
        (
            "测评法定人数",
            crate::wording::attendance::quorum_phrase(counts).replace("法定人数", "测评的法定人数"),
        ),
        ("名单", "张三、李四".to_owned()),
        ("首名", "张三".to_owned()),
        ("前三名", "张三、李四、王五".to_owned()),
        ("职务", "某市人民政府副市长".to_owned()),
        ("所代职务", "某市人民政府市长".to_owned()),
        ("法律", session.body.settings.law_articles.law.clone()),
        ("条", "第三十二条".to_owned()),
        ("备案机关", format!("{}人民代表大会", session.body.region)),
        ("对象", "某市人民政府关于某项工作情况的报告".to_owned()),
        ("结论", "满意".to_owned()),
        (
            "测评结果",
            "测评结果为满意（满意30票，基本满意3票，不满意0票）".to_owned(),
        ),
        ("方式", "无记名投票".to_owned()),
        ("议题", "某市人民政府关于某项工作情况的报告".to_owned()),
        ("提请人", "市政府".to_owned()),
        ("短名列", "关于甲工作情况，关于乙工作情况".to_owned()),
        ("全名", "关于甲工作情况的报告".to_owned()),
        (
            "全名列",
            "关于甲工作情况的报告、关于乙工作情况的报告".to_owned(),
        ),
        (
            "逐项全名",
            "市政府关于甲工作情况的报告、市政府关于乙工作情况的报告".to_owned(),
        ),
        ("项数", "两".to_owned()),
        ("法定动词", "决定任命".to_owned()),
        ("动作", "任命".to_owned()),
        ("决定动词", "决定任命".to_owned()),
        ("条款", "张三为某市人民政府副市长".to_owned()),
        ("动词", "任命".to_owned()),
        ("甲", "张三为某市民政局局长".to_owned()),
        ("乙", "李四为某市财政局局长".to_owned()),
        ("颁发人", format!("{}主任张三", session.body.short_name)),
        ("受任人", "新任命人员".to_owned()),
        ("数字", "3".to_owned()),
        ("汉字", "三".to_owned()),
        ("两", "两".to_owned()),
        ("头衔名单", "主任张三、副主任李四".to_owned()),
        ("时段列", "上午和下午".to_owned()),
        ("时段", "上午".to_owned()),
        ("事由", "因病、因事".to_owned()),
        ("计票", "以赞成33票，反对0票，弃权0票表决通过".to_owned()),
        ("一致", "一致通过".to_owned()),
        ("月数", "1".to_owned()),
        ("元", "元".to_owned()),
        ("起", "12月20日".to_owned()),
        ("止", "21日".to_owned()),
        ("其后各日", "21日".to_owned()),
        ("序", "一".to_owned()),
        (
            "主持",
            crate::export::minutes::presiding_phrase(session, None)
                .unwrap_or_else(|| "会议由主任张三主持".to_owned()),
        ),
        ("合并列", "甲、乙和丙工作情况".to_owned()),
        ("和附报告", "和调研报告".to_owned()),
        ("主要决定", "决定任命张三为某市人民政府副市长".to_owned()),
        (
            "事项列",
            "听取审议了市政府关于甲工作情况的报告，表决通过了人事任免事项".to_owned(),
        ),
        (
            "首项议题",
            session
                .agenda
                .first()
                .map(|item| item.title.trim().to_owned())
                .filter(|title| !title.is_empty())
                .unwrap_or_else(|| "听取和审议市人民政府关于某项工作情况的报告".to_owned()),
        ),
        (
            "列席句",
            format!(
                "{}列席会议",
                crate::export::news::observers_phrase(session)
                    .unwrap_or_else(|| "部分人大代表".to_owned())
            ),
        ),
        ("理由", "工作变动".to_owned()),
        ("职务类", "审判人员".to_owned()),
        ("公民", "4".to_owned()),
        ("发言", "表态发言".to_owned()),
        ("领导", "市委常委、常务副市长张三".to_owned()),
        ("单位", "市法院、市检察院主要负责同志".to_owned()),
        ("相关单位", "市政府有关部门主要负责同志".to_owned()),
        ("代表", "市人大代表".to_owned()),
        ("会议名称", session.list_title()),
        ("出席句", "副主任张三、李四出席会议。".to_owned()),
        (
            "主持句",
            presiding
                .map(|m| format!("{}主持会议。", m.name))
                .unwrap_or_else(|| "张三主持会议。".to_owned()),
        ),
        ("委托人", "主任张三".to_owned()),
        ("动词", "审议并通过了".to_owned()),
        (
            "书名列",
            "《市人大常委会关于甲的决议》；《市人大常委会关于乙的决定》".to_owned(),
        ),
    ]);
    values
}

/// One form's row: its name, its choice (a listed variant or 自定义) and what it prints.
fn form_row(
    ui: &mut Ui,
    session: &mut Session,
    spec: &'static FormSpec,
    values: &[(&str, String)],
) {
    ui.label(spec.label).on_hover_text(format!(
        "FORMS.md 第{}节；用于{}",
        spec.section, spec.printed_in
    ));
    let current = session.body.settings.forms.get(spec.key).cloned();
    let custom_id = egui::Id::unique(("form_custom", spec.key));
    ui.vertical(|ui| {
        let selected = match &current {
            None => spec.default_variant().key.to_owned(),
            Some(FormChoice::Variant(key)) => key.clone(),
            Some(FormChoice::Template(_)) => "自定义".to_owned(),
        };
        let mut picked: Option<FormChoice> = None;
        let combo = egui::ComboBox::from_id_salt(("form", spec.key))
            .width(360.0)
            .selected_text(match &current {
                Some(FormChoice::Template(_)) => "自定义".to_owned(),
                _ => spec
                    .variant(&selected)
                    .map(|v| v.template.to_owned())
                    .unwrap_or_default(),
            })
            .show_ui(ui, |ui| {
                for (index, variant) in spec.variants.iter().enumerate() {
                    let text = if variant.template.is_empty() {
                        "（不写）".to_owned()
                    } else if index == 0 {
                        format!("{}（默认）", variant.template)
                    } else {
                        variant.template.to_owned()
                    };
                    if ui
                        .selectable_label(selected == variant.key, text)
                        .on_hover_text(variant.example)
                        .clicked()
                    {
                        picked = Some(FormChoice::Variant(variant.key.to_owned()));
                    }
                }
                if ui
                    .selectable_label(selected == "自定义", "自定义…")
                    .clicked()
                {
                    picked = Some(FormChoice::Template(
                        spec.default_variant().template.to_owned(),
                    ));
                }
            });
        named(combo.response, spec.label);
        if let Some(choice) = picked {
            if let FormChoice::Template(text) = &choice {
                ui.data_mut(|d| d.insert_temp(custom_id, text.clone()));
            }
            // Listed variants and the default's template are always valid.
            let _ = session.body.settings.forms.set(spec.key, choice);
        }
        if let Some(FormChoice::Template(stored)) =
            session.body.settings.forms.get(spec.key).cloned()
        {
            let mut text: String = ui
                .data_mut(|d| d.get_temp(custom_id))
                .unwrap_or_else(|| stored.clone());
            named(
                ui.add(
                    egui::TextEdit::singleline(&mut text)
                        .desired_width(360.0)
                        .hint_text("在此写本机关的格式，栏目写在 { } 中"),
                ),
                &format!("{}的自定义格式", spec.label),
            );
            let slots: String = spec.slots.iter().map(|s| format!("{{{s}}}")).collect();
            ui.weak(format!("可用栏目：{slots}"));
            match session
                .body
                .settings
                .forms
                .set(spec.key, FormChoice::Template(text.clone()))
            {
                Ok(()) => {}
                Err(message) => {
                    ui.colored_label(ui.visuals().error_fg_color, message);
                }
            }
            ui.data_mut(|d| d.insert_temp(custom_id, text));
        }
    });
    let printed = session
        .body
        .settings
        .forms
        .template(spec.key)
        .or_else(|| forms::Template::parse(spec.default_variant().template).ok())
        .map(|t| forms::fill(&t, values))
        .unwrap_or_default();
    // The sample is cut short at the window's right edge (whole on hover) rather than
    // widening the page.
    let width = (ui.clip_rect().right() - ui.cursor().left() - 24.0).max(240.0);
    ui.scope(|ui| {
        ui.set_max_width(width);
        ui.add(egui::Label::new(RichText::new(printed).weak()).truncate());
    });
    ui.end_row();
}

/// The forms' table, with 「从往期公报学习…」 and its dialog.
pub fn forms_ui(ui: &mut Ui, session: &mut Session, sender: &mut Sender) {
    ui.horizontal(|ui| {
        ui.label(RichText::new("行文格式").strong().size(16.0));
        if ui
            .button("从往期公报学习…")
            .on_hover_text(
                "粘贴或读入本机关往期的公报、新闻通稿、纪要或任免名单，识别其中的行文格式",
            )
            .clicked()
        {
            ui.data_mut(|d| {
                let state: &mut LearnState = d.get_temp_mut_or_default(state_id());
                state.open = true;
            });
        }
    });
    ui.weak("每项格式选一种写法，或写本机关自己的格式；右边是按本次会议的情况印出的样子（姓名、职务为示例）。");
    let values = preview_values(session);
    egui::Grid::new("forms")
        .num_columns(3)
        .spacing([16.0, 8.0])
        .striped(true)
        .show(ui, |ui| {
            for spec in FORMS {
                form_row(ui, session, spec, &values);
            }
        });
    learn_dialog(ui.ctx(), session, sender);
}

/// 「从往期公报学习」: paste or read a text, see what was found, accept all or some.
fn learn_dialog(ctx: &egui::Context, session: &Session, sender: &mut Sender) {
    let mut state: LearnState = ctx.data_mut(|d| d.get_temp(state_id())).unwrap_or_default();
    if !state.open {
        return;
    }
    let mut open = true;
    egui::Window::new("从往期公报学习行文格式")
        .open(&mut open)
        .default_width(720.0)
        .show(ctx, |ui| {
            ui.label("把本机关往期发布的公报、新闻通稿、纪要或任免名单粘贴在下面，或读入文本文件（UTF-8 或 GBK）。文字中没有出现的格式保持原设置。");
            egui::ScrollArea::vertical()
                .id_salt("learn_text")
                .max_height(160.0)
                .show(ui, |ui| {
                    named(
                        ui.add(
                            egui::TextEdit::multiline(&mut state.text)
                                .desired_width(f32::INFINITY)
                                .desired_rows(6),
                        ),
                        "往期公报的文字",
                    );
                });
            ui.horizontal(|ui| {
                if ui.button("读入文件…").clicked()
                    && let Some(path) = rfd::FileDialog::new()
                        .add_filter("文本", &["txt"])
                        .pick_file()
                {
                    match crate::import::read_source(&path) {
                        Ok(source) => match source.content {
                            crate::import::source::Content::Text(text) => state.text = text,
                            _ => {
                                state.message = format!(
                                    "「{}」不是文本文件，请另存为文本（.txt）后再读入。",
                                    path.display()
                                );
                            }
                        },
                        Err(error) => state.message = error.to_string(),
                    }
                }
                if ui.button("识别").clicked() {
                    state.findings = learn::learn(&state.text)
                        .into_iter()
                        .map(|f| (f, true))
                        .collect();
                    state.message = if state.findings.is_empty() {
                        "没有找到可识别的行文格式。".to_owned()
                    } else {
                        format!("识别到{}项行文格式。", state.findings.len())
                    };
                }
            });
            if !state.message.is_empty() {
                ui.label(state.message.as_str());
            }
            egui::ScrollArea::vertical()
                .id_salt("learn_findings")
                .max_height(320.0)
                .show(ui, |ui| {
                    for (finding, accepted) in &mut state.findings {
                        ui.checkbox(
                            accepted,
                            format!(
                                "{}：{}{}",
                                finding.label,
                                finding.template,
                                if finding.is_default { "（默认）" } else { "" }
                            ),
                        );
                        ui.weak(format!("依据：{}", finding.evidence));
                    }
                });
            ui.horizontal(|ui| {
                let any = state.findings.iter().any(|(_, a)| *a);
                if ui
                    .add_enabled(any, egui::Button::new("采用选中的格式"))
                    .clicked()
                {
                    let accepted: Vec<learn::Finding> = state
                        .findings
                        .iter()
                        .filter(|(_, a)| *a)
                        .map(|(f, _)| f.clone())
                        .collect();
                    let choices = learn::apply(&session.body.settings.forms, &accepted);
                    sender.act(Action::SetFormChoices(Box::new(choices)));
                    state.open = false;
                }
                if ui.button("关闭").clicked() {
                    state.open = false;
                }
            });
        });
    if !open {
        state.open = false;
    }
    ctx.data_mut(|d| d.insert_temp(state_id(), state));
}
