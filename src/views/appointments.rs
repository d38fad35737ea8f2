//! 任免: appointment motions and their entries, with the slate shown as it will print.

use crate::sender::Sender;
use std::sync::Arc;

use egui::{RichText, Ui};

use super::EditorState;
use super::agenda::or_untitled;
use super::cells;
use super::list_screen::ListScreen;
use super::widgets::{action_text_field, delete_button, enum_combo, named, optional_date_field};
use crate::action::Action;
use crate::model::edit::today;
use crate::model::guard::Decided;
use crate::model::{
    AppointmentAction, AppointmentMotion, Body, EntryId, Gender, Nominator, ResolutionId, Session,
    SessionDetails,
};

/// The screen, as the navigation lists it ([`super::SCREENS`]).
pub const SCREEN: super::Screen = super::Screen {
    section: super::Section::Appointments,
    label: "任免",
    shortcut: Some(egui::Key::Num7),
    count: |s| Some(s.entries().count()),
    ui: |ui, c| appointments_ui(ui, c.session, c.derived, c.state, c.sender),
};

/// The appointments screen.
pub fn appointments_ui(
    ui: &mut Ui,
    session: &mut Session,
    derived: &super::Derived,
    state: &mut EditorState,
    sender: &mut Sender,
) {
    let generation = derived.generation;
    let selected = state
        .motion
        .and_then(|id| session.motions.iter().position(|m| m.id == id));
    let screen = ListScreen {
        panel: "motion_list",
        heading: "任免议案",
        add: ("＋ 新建议案", Action::AddMotion),
        width: 340.0,
        pick_one: "在左侧选择一件任免议案",
    };
    screen.show(
        ui,
        &mut (session, state),
        sender,
        selected,
        |ui, (session, state), sender| motion_list_ui(ui, session, generation, state, sender),
        |ui, (session, state), index, sender| {
            let mut go_to = None;
            let hints = derived.hints(session);
            motion_editor_ui(ui, session, generation, hints, index, &mut go_to, sender);
            if let Some(resolution) = go_to {
                state.resolution = Some(resolution);
                state.section = super::Section::Resolutions;
            }
        },
    );
}

/// The motions (the rows in view drawn, the others only taking their place), and below them
/// the 人事任免名单 as it will print.
fn motion_list_ui(
    ui: &mut Ui,
    session: &Session,
    generation: super::Generation,
    state: &mut EditorState,
    sender: &mut Sender,
) {
    let len = session.motions.len();
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let row_spacing = ROW_HEIGHT + ui.spacing().item_spacing.y;
            let mut painted = super::painted::CachedRows::start(
                ui,
                egui::Id::unique("motion_rows"),
                generation.0,
            );
            for (index, motion) in session.motions.iter().enumerate() {
                // Rows out of view only take their place.
                let row = egui::Rect::from_min_size(
                    ui.cursor().min,
                    egui::vec2(ui.available_width(), ROW_HEIGHT),
                );
                if !ui.is_rect_visible(row) {
                    ui.add_space(row_spacing);
                    continue;
                }
                let selected = state.motion == Some(motion.id);
                let row_id = egui::Id::unique(("motion_row", motion.id));
                painted.row(ui, row_id, ROW_HEIGHT, &[], u64::from(selected), |ui| {
                    let mut row = cells::Row::new(ui, ROW_HEIGHT);
                    let text = format!(
                        "{}\n{}　{}人",
                        or_untitled(&motion.title),
                        motion.document_number,
                        motion.entries.len()
                    );
                    let width =
                        (row.remaining() - cells::MOVE_BUTTONS_WIDTH - cells::GAP).max(120.0);
                    if cells::selectable_row(ui, &mut row, width, selected, &text).clicked() {
                        state.motion = Some(motion.id);
                    }
                    if cells::row_is_hot(ui, &row, &[])
                        && let Some(to) = cells::move_buttons(ui, &mut row, index, len)
                    {
                        sender.act(Action::MoveMotion { from: index, to });
                    }
                    let menu = || super::widgets::RowMenu {
                        what: "议案",
                        text: motion.title.as_str().into(),
                        moves: super::widgets::RowMenu::moves(index, len, |from, to| {
                            Action::MoveMotion { from, to }
                        }),
                        delete: Some(Action::DeleteMotion(motion.id)),
                        ..Default::default()
                    };
                    sender.extend(super::widgets::row_context_menu(
                        ui,
                        row.rect(),
                        row_id,
                        menu,
                    ));
                });
            }
            painted.finish(ui);
            ui.add_space(12.0);
            ui.label(egui::RichText::new("人事任免名单（印发样式）").strong());
            super::widgets::drawn_in_view(ui, "appointments_printed_list", |ui| {
                ui.label(printed_list(ui, session));
            });
        });
}

/// Widths of the entries' columns: number, action, name, gender, posts (at least).
const ENTRY_COLUMNS: [f32; 5] = [24.0, 110.0, 90.0, 56.0, 300.0];

/// Height of a row of the entries.
const ENTRY_ROW_HEIGHT: f32 = 28.0;

/// Height of a row of the motion list (its button's).
const ROW_HEIGHT: f32 = 40.0;

/// The printed appointment list as last built, and what it was built from.
#[derive(Clone, Default)]
struct PrintedList {
    source: Option<(Body, SessionDetails, Vec<AppointmentMotion>)>,
    text: Arc<RichText>,
}

/// The printed appointment list, built again only when what it is built from has changed.
fn printed_list(ui: &Ui, session: &Session) -> Arc<RichText> {
    ui.data_mut(|data| {
        let cache = data
            .get_temp_mut_or_default::<PrintedList>(egui::Id::unique("appointments_printed_list"));
        let fresh = cache
            .source
            .as_ref()
            .is_some_and(|(body, details, motions)| {
                *body == session.body && *details == session.details && *motions == session.motions
            });
        if !fresh {
            cache.text = Arc::new(RichText::new(crate::export::lists::appointments_list(
                session,
            )));
            cache.source = Some((
                session.body.clone(),
                session.details.clone(),
                session.motions.clone(),
            ));
        }
        Arc::clone(&cache.text)
    })
}

/// The editor of the motion at `index`; a click on a decision's title asks to `go_to` it.
fn motion_editor_ui(
    ui: &mut Ui,
    session: &mut Session,
    generation: super::Generation,
    hints: &crate::model::hints::Hints,
    index: usize,
    go_to: &mut Option<ResolutionId>,
    sender: &mut Sender,
) {
    let fallback_date = session.first_date().unwrap_or_else(today);
    // The 决定 generated from entries (DOMAIN.md §8), by the entry they come from.
    let decisions: Vec<(EntryId, ResolutionId, String)> = session
        .resolutions
        .iter()
        .filter_map(|r| r.entry.map(|entry| (entry, r.id, r.title.clone())))
        .collect();
    // Entries whose vote is announced are shown read-only: they change only after the unlock.
    let decided: Vec<EntryId> = session.motions[index]
        .entries
        .iter()
        .map(|e| e.id)
        .filter(|id| session.is_decided(Decided::Entries(&[*id])))
        .collect();
    let motion = &mut session.motions[index];
    let id = motion.id;
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.label(egui::RichText::new("任免议案").strong());
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if delete_button(ui, "议案及其全部任免事项") {
                        sender.act(Action::DeleteMotion(id));
                    }
                });
            });
            named(
                ui.add(
                    egui::TextEdit::singleline(&mut motion.title)
                        .desired_width(f32::INFINITY)
                        .font(egui::FontId::proportional(19.0)),
                ),
                "议案标题",
            );
            egui::Grid::new(("motion", id))
                .num_columns(4)
                .spacing([10.0, 6.0])
                .show(ui, |ui| {
                    ui.label("文号");
                    ui.add(
                        egui::TextEdit::singleline(&mut motion.document_number)
                            .desired_width(200.0)
                            .hint_text(hints.document_number.as_str()),
                    );
                    ui.label("提请人");
                    named(
                        enum_combo(
                            ui,
                            ("nominator", id),
                            &mut motion.nominator,
                            &Nominator::ALL,
                            Nominator::label,
                        ),
                        "提请人",
                    );
                    ui.end_row();
                    ui.label("主送");
                    named(
                        ui.add_sized(
                            [200.0, 24.0],
                            egui::TextEdit::singleline(&mut motion.addressee),
                        ),
                        "主送",
                    );
                    ui.label("日期");
                    ui.horizontal(|ui| {
                        optional_date_field(
                            ui,
                            ui.scope_id().with(("motion_date", id)),
                            &mut motion.date,
                            fallback_date,
                        )
                    });
                    ui.end_row();
                    ui.label("署名");
                    ui.add(
                        egui::TextEdit::singleline(&mut motion.signatory)
                            .desired_width(200.0)
                            .hint_text(hints.signatory.as_str()),
                    );
                    ui.end_row();
                    ui.label("说明人");
                    named(
                        ui.add(
                            egui::TextEdit::singleline(&mut motion.presenter)
                                .desired_width(200.0)
                                .hint_text("如：市人大常委会秘书长 方在敏"),
                        ),
                        "议案说明人",
                    )
                    .on_hover_text("主持词中请其作议案的说明；不填时为提请机关负责同志");
                    ui.end_row();
                    ui.label("职务类别");
                    let (response, category) = action_text_field(
                        ui,
                        egui::Id::unique(("motion_post_category", id)),
                        &motion.post_category,
                        200.0,
                        "如：审判人员",
                        "议案的职务类别",
                    );
                    response.on_hover_text(
                        "新闻通稿按「部分」格式不列姓名时的称法：「免去部分审判人员职务」",
                    );
                    if let Some(category) = category {
                        sender.act(Action::SetMotionPostCategory {
                            motion: id,
                            category,
                        });
                    }
                    let mut meeting = motion.meeting;
                    if ui
                        .checkbox(&mut meeting, "拟任命人员与组成人员见面")
                        .on_hover_text(
                            "表决前介绍拟任命人员与常委会组成人员见面：新闻通稿写「并介绍拟任命人员与常委会组成人员见面」",
                        )
                        .changed()
                    {
                        sender.act(Action::SetMotionMeeting {
                            motion: id,
                            meeting,
                        });
                    }
                    ui.end_row();
                });
            ui.label("正文（任免事项之前）");
            named(
                ui.add(
                    egui::TextEdit::multiline(&mut motion.basis)
                        .desired_width(f32::INFINITY)
                        .desired_rows(2),
                ),
                "正文（任免事项之前）",
            );
            ui.separator();
            ui.label(egui::RichText::new("任免事项").strong());
            let len = motion.entries.len();
            let mut header = cells::Row::new(ui, 20.0);
            for (title, width) in ["", "动作", "姓名", "性别", "职务（多个用「、」分隔）"]
                .into_iter()
                .zip(ENTRY_COLUMNS)
            {
                cells::plain_text(
                    ui,
                    header.cell(width),
                    RichText::new(title).strong(),
                    egui::Align2::LEFT_CENTER,
                );
            }
            let mut painted =
                super::painted::CachedRows::start(ui, egui::Id::unique("entry_rows"), generation.0);
            for (position, entry) in motion.entries.iter().enumerate() {
                let locked = decided.contains(&entry.id);
                let ids = [
                    egui::Id::unique(("entry_action", entry.id)),
                    egui::Id::unique(("entry_person", entry.id)),
                    egui::Id::unique(("entry_gender", entry.id)),
                    egui::Id::unique(("entry_posts", entry.id)),
                ];
                let row_id = egui::Id::unique(("entry_row", entry.id));
                painted.row(ui, row_id, ENTRY_ROW_HEIGHT, &ids, 0, |ui| {
                    let mut row = cells::Row::new(ui, ENTRY_ROW_HEIGHT);
                    cells::stripe(ui, &row, position);
                    cells::plain_text(
                        ui,
                        row.cell(ENTRY_COLUMNS[0]),
                        format!("{}.", position + 1),
                        egui::Align2::RIGHT_CENTER,
                    );
                    let entry_id = entry.id;
                    let mut action = entry.action;
                    let mut gender = entry.people.first().map(|p| p.gender).unwrap_or_default();
                    let mut posts = entry.posts.clone();
                    // The cells of an announced entry: read-only, with the reason on hover.
                    let locked_hover = "该任免事项的表决结果已宣布，如需修改请先在表决/测评中解锁";
                    // The row's cells in a child covering the row (the row is already allocated),
                    // disabled as a whole while the entry is announced.
                    let mut cell_ui = ui.new_child(egui::UiBuilder::new().max_rect(row.rect()));
                    if locked {
                        cell_ui.disable();
                    }
                    {
                        let ui = &mut cell_ui;
                        let response = cells::choice_cell(
                            ui,
                            row.cell(ENTRY_COLUMNS[1]),
                            ids[0],
                            &mut action,
                            &AppointmentAction::ALL,
                            AppointmentAction::editor_label,
                        );
                        response.on_disabled_hover_text(locked_hover);
                    }
                    if action != entry.action {
                        sender.act(Action::SetEntryAction {
                            entry: entry_id,
                            action,
                        });
                    }
                    // One name, or a batch 「张三、李四（女）、…」 (人民陪审员 dozens at a time).
                    let shown = entry.people_with_gender();
                    {
                        let ui = &mut cell_ui;
                        cells::parsed_cell(
                            ui,
                            row.cell(ENTRY_COLUMNS[2]),
                            ids[1],
                            &shown,
                            "姓名；多人用「、」分隔",
                            |text| {
                                sender.act(Action::SetEntryPeople {
                                    entry: entry_id,
                                    text: text.to_owned(),
                                });
                            },
                        )
                        .on_disabled_hover_text(locked_hover);
                    }
                    match entry.people.as_slice() {
                        [person] => {
                            {
                                let ui = &mut cell_ui;
                                cells::choice_cell(
                                    ui,
                                    row.cell(ENTRY_COLUMNS[3]),
                                    ids[2],
                                    &mut gender,
                                    &[Gender::Unspecified, Gender::Male, Gender::Female],
                                    super::widgets::gender_label,
                                )
                                .on_disabled_hover_text(locked_hover);
                            }
                            if gender != person.gender {
                                sender.act(Action::SetEntryGender {
                                    entry: entry_id,
                                    index: 0,
                                    gender,
                                });
                            }
                        }
                        people => {
                            cells::weak_text(
                                ui,
                                row.cell(ENTRY_COLUMNS[3]),
                                &format!("{}人", people.len()),
                                egui::Align2::CENTER_CENTER,
                            );
                        }
                    }
                    let posts_width = (row.remaining() - cells::ROW_ACTIONS_WIDTH - cells::GAP)
                        .clamp(ENTRY_COLUMNS[4], 640.0);
                    {
                        let ui = &mut cell_ui;
                        cells::list_cell(
                            ui,
                            row.cell(posts_width),
                            ids[3],
                            &mut posts,
                            &hints.post,
                        )
                        .on_disabled_hover_text(locked_hover);
                    }
                    if posts != entry.posts {
                        sender.act(Action::SetEntryPosts {
                            entry: entry_id,
                            posts,
                        });
                    }
                    if !locked && cells::row_is_hot(ui, &row, &ids) {
                        if let Some(to) = cells::move_buttons(ui, &mut row, position, len) {
                            sender.act(Action::MoveEntry {
                                motion: id,
                                from: position,
                                to,
                            });
                        }
                        if cells::delete_button(ui, &mut row, "任免事项") {
                            sender.act(Action::DeleteEntry(entry.id));
                        }
                    }
                    let insert = |at| Action::InsertEntry {
                        motion: id,
                        at,
                        action: entry.action,
                    };
                    let menu = || super::widgets::RowMenu {
                        what: "任免事项",
                        text: {
                            let names: Vec<&str> =
                                entry.people.iter().map(|p| p.name.as_str()).collect();
                            format!(
                                "{}\t{}\t{}",
                                entry.action.label(),
                                names.join("、"),
                                entry.posts.join("、")
                            )
                            .into()
                        },
                        insert: Some((insert(position), insert(position + 1))),
                        moves: super::widgets::RowMenu::moves(position, len, |from, to| {
                            Action::MoveEntry {
                                motion: id,
                                from,
                                to,
                            }
                        }),
                        delete: Some(Action::DeleteEntry(entry.id)),
                        ..Default::default()
                    };
                    sender.extend(super::widgets::row_context_menu(
                        ui,
                        row.rect(),
                        row_id,
                        menu,
                    ));
                });
                if matches!(
                    entry.action,
                    AppointmentAction::AcceptResignation | AppointmentAction::DecideActing
                ) {
                    let decision = decisions.iter().find(|(e, _, _)| *e == entry.id);
                    decision_line_ui(ui, entry.id, decision, go_to, sender);
                }
                entry_facts_ui(ui, entry, locked, sender);
            }
            painted.finish(ui);
            let (appoint, remove) = motion.nominator.usual_actions();
            ui.horizontal(|ui| {
                if ui
                    .button(format!("＋ {}", appoint.editor_label()))
                    .clicked()
                {
                    sender.act(Action::AddEntry {
                        motion: id,
                        action: appoint,
                    });
                }
                if ui.button(format!("＋ {}", remove.editor_label())).clicked() {
                    sender.act(Action::AddEntry {
                        motion: id,
                        action: remove,
                    });
                }
            });
            ui.add_space(8.0);
            ui.label(egui::RichText::new("本议案在名单中的样式").strong());
            for (action, clauses) in crate::export::lists::verb_blocks(motion) {
                ui.label(format!("{}：", action.label()));
                let last = clauses.len().saturating_sub(1);
                for (position, clause) in clauses.iter().enumerate() {
                    ui.label(format!(
                        "{clause}{}",
                        if position == last { "。" } else { "；" }
                    ));
                }
            }
        });
}

/// Under an entry, what the record says of it beyond the motion (FORMS.md §9, §15, §20): a
/// resignation's reason and whether it is a deputy's from the body's own congress (changed only
/// before its vote is announced); the statement the people appointed made after the vote; and
/// whether the news release names the entry.
fn entry_facts_ui(
    ui: &mut Ui,
    entry: &crate::model::AppointmentEntry,
    locked: bool,
    sender: &mut Sender,
) {
    use crate::model::Statement;
    let id = entry.id;
    ui.horizontal(|ui| {
        ui.add_space(ENTRY_COLUMNS[0] + cells::GAP);
        if entry.action == AppointmentAction::AcceptResignation {
            ui.add_enabled_ui(!locked, |ui| {
                ui.label("辞职理由：");
                let (response, reason) = action_text_field(
                    ui,
                    egui::Id::unique(("entry_reason", id)),
                    &entry.reason,
                    140.0,
                    "如：工作变动",
                    "辞职理由",
                );
                cells::hover_text(response, "按本机关格式印在辞职句中（「因工作变动，…提出辞去…职务」）；不填则不印");
                if let Some(reason) = reason {
                    sender.act(Action::SetEntryReason { entry: id, reason });
                }
                let mut deputy = entry.deputy;
                if cells::hover_text(
                    ui.checkbox(&mut deputy, "本级人大代表辞职"),
                    "辞去本级人民代表大会代表职务：职务自动填为本级人大代表；是常委会组成人员的，其常委会职务依法相应终止",
                )
                .changed()
                {
                    sender.act(Action::SetEntryDeputy { entry: id, deputy });
                }
                if entry.deputy {
                    ui.label("审查报告提请人：");
                    let (response, reviewed_by) = action_text_field(
                        ui,
                        egui::Id::unique(("entry_reviewed_by", id)),
                        &entry.reviewed_by,
                        180.0,
                        "如：人大常委会代表资格审查委员会",
                        "审查报告提请人",
                    );
                    cells::hover_text(response, "按本机关格式印在辞职决定中（「…审议了人大常委会代表资格审查委员会关于…的审查报告，决定接受…」）；不填则不印");
                    if let Some(reviewed_by) = reviewed_by {
                        sender.act(Action::SetEntryReviewedBy {
                            entry: id,
                            reviewed_by,
                        });
                    }
                }
            });
        }
        // The people appointed (not an acting head, who is the same person appointed).
        if entry.action.is_counted() {
            ui.label("任职发言：");
            let mut statement = entry.statement;
            let label = |s: Option<Statement>| s.map_or("无", Statement::label);
            let combo = egui::ComboBox::from_id_salt(("entry_statement", id))
                .selected_text(label(statement))
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut statement, None, "无");
                    for word in Statement::ALL {
                        ui.selectable_value(&mut statement, Some(word), word.label());
                    }
                });
            cells::hover_text(
                named(combo.response, "任职发言"),
                "表决后在会上所作的发言：新闻通稿写「…同志在会上作了表态发言」",
            );
            if statement != entry.statement {
                sender.act(Action::SetEntryStatement {
                    entry: id,
                    statement,
                });
            }
        }
        let mut unnamed = entry.unnamed_in_news;
        if cells::hover_text(
            ui.checkbox(&mut unnamed, "新闻稿不列名"),
            "新闻通稿不写本条任免事项，另写「会议还通过了其他人事任免事项」",
        )
        .changed()
        {
            sender.act(Action::SetEntryUnnamedInNews { entry: id, unnamed });
        }
    });
}

/// Under an entry adopted as a 决定 of its own (accepting a resignation, naming an acting head;
/// DOMAIN.md §8): 「生成决定」, or once generated 「重新生成决定」 with the decision's title, a
/// click on which asks to `go_to` it.
fn decision_line_ui(
    ui: &mut Ui,
    entry: EntryId,
    decision: Option<&(EntryId, ResolutionId, String)>,
    go_to: &mut Option<ResolutionId>,
    sender: &mut Sender,
) {
    ui.horizontal(|ui| {
        ui.add_space(ENTRY_COLUMNS[0] + cells::GAP);
        let (label, hover) = match decision {
            None => (
                "生成决定",
                "按本条任免事项生成常委会的「决定」（标题和正文），可在「决议」中修改",
            ),
            Some(_) => (
                "重新生成决定",
                "按本条任免事项重新生成「决定」的标题和正文：在「决议」中所作的修改将被替换",
            ),
        };
        if cells::hover_text(ui.small_button(label), hover).clicked() {
            sender.act(Action::GeneratePersonnelDecision(entry));
        }
        if let Some((_, resolution, title)) = decision {
            let title = if title.trim().is_empty() {
                "（无标题）"
            } else {
                title.as_str()
            };
            if cells::hover_text(
                ui.link(RichText::new(title).small()),
                "在「决议」中打开这份决定",
            )
            .clicked()
            {
                *go_to = Some(*resolution);
            }
        }
    });
}
