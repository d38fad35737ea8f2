//! 议程: the ordered items, reordered by drag or keyboard, each linked to its documents.

use crate::sender::Sender;
use std::ops::Range;

use egui::Ui;

use super::list_screen::{ListScreen, rows_in_view};
use super::widgets::{
    delete_button, enum_combo, keyboard_move, move_buttons, named, result_label, result_rows_ui,
    screen_heading, sitting_choices, sitting_combo,
};
use super::{Derived, EditorState, cells, reorder};
use crate::action::Action;
use crate::model::decisions::item_state;
use crate::model::guard::Decided;
use crate::model::numerals::item_mark;
use crate::model::{AgendaKind, DocumentRef, Outcome, Session};

/// The screen, as the navigation lists it ([`super::SCREENS`]).
pub const SCREEN: super::Screen = super::Screen {
    section: super::Section::Agenda,
    label: "议程",
    shortcut: Some(egui::Key::Num2),
    count: |s| Some(s.agenda.len()),
    ui: |ui, c| agenda_ui(ui, c.session, c.derived, c.state, c.sender),
};

/// What a document reference is, in a few words: 「报告：关于…」.
pub fn document_label(session: &Session, document: DocumentRef) -> String {
    match document {
        DocumentRef::Report(id) => session.report(id).map_or_else(
            || format!("（已删除的报告{id}）"),
            |r| format!("{}：{}", r.kind.label(), or_untitled(&r.title)),
        ),
        DocumentRef::Resolution(id) => session.resolution(id).map_or_else(
            || format!("（已删除的决议{id}）"),
            |r| format!("{}：{}", r.kind.label(), or_untitled(&r.title)),
        ),
        DocumentRef::Motion(id) => session.motions.iter().find(|m| m.id == id).map_or_else(
            || format!("（已删除的议案{id}）"),
            |m| format!("任免议案：{}", or_untitled(&m.title)),
        ),
    }
}

/// The title, or 「（无标题）」.
pub fn or_untitled(title: &str) -> &str {
    if title.trim().is_empty() {
        "（无标题）"
    } else {
        title
    }
}

/// The agenda screen: the list on the left, the selected item on the right.
pub fn agenda_ui(
    ui: &mut Ui,
    session: &mut Session,
    derived: &Derived,
    state: &mut EditorState,
    sender: &mut Sender,
) {
    let selected_index = state
        .agenda_item
        .and_then(|id| session.agenda.iter().position(|i| i.id == id));
    // Keyboard: Alt+↑/↓ moves the selected item.
    if let (Some(index), Some(delta)) = (selected_index, keyboard_move(ui)) {
        let to = index.saturating_add_signed(delta);
        if to < session.agenda.len() {
            sender.act(Action::MoveAgendaItem { from: index, to });
        }
    }
    let screen = ListScreen {
        panel: "agenda_list",
        heading: "议程",
        add: (
            "＋ 添加议题",
            Action::AddAgendaItem {
                after: selected_index,
            },
        ),
        width: 480.0,
        pick_one: "在左侧选择一个议题进行编辑",
    };
    screen.show(
        ui,
        &mut (session, state),
        sender,
        selected_index,
        |ui, (session, state), sender| {
            ui.weak("拖动 ≡ 或按 Alt+↑/↓ 调整顺序");
            rows_in_view(ui, ROW_HEIGHT, session.agenda.len(), |ui, rows| {
                agenda_list_ui(ui, session, derived, rows, state, sender);
            });
        },
        |ui, (session, _), index, sender| {
            item_editor_ui(ui, session, derived.hints(session), index, sender);
        },
    );
}

/// Height of a row of the agenda list; only the rows in view are drawn.
const ROW_HEIGHT: f32 = 26.0;

/// The agenda items `rows` (those in view), each draggable to a new place by its grip.
fn agenda_list_ui(
    ui: &mut Ui,
    session: &Session,
    derived: &Derived,
    rows: Range<usize>,
    state: &mut EditorState,
    sender: &mut Sender,
) {
    let list = egui::Id::unique("agenda_reorder");
    let len = session.agenda.len();
    let begun = session.has_begun(crate::model::edit::today());
    let geometry = reorder::Rows::at_cursor(ui, rows.start, ROW_HEIGHT, len);
    reorder::grips(ui, list, geometry, rows.clone(), GRIP_WIDTH);
    for index in rows {
        let Some(item) = session.agenda.get(index) else {
            continue;
        };
        let id = item.id;
        let mut row = cells::Row::new(ui, ROW_HEIGHT);
        // The grip's place; `reorder::grips` draws the column.
        row.cell(GRIP_WIDTH);
        let text = format!(
            "{}{}",
            item_mark(index as u32 + 1),
            or_untitled(&item.title)
        );
        let width = (row.remaining() - OUTCOME_WIDTH - cells::GAP).max(80.0);
        let selected = state.agenda_item == Some(id);
        if cells::selectable_row(ui, &mut row, width, selected, &text).clicked() {
            state.agenda_item = Some(id);
        }
        cells::weak_text(
            ui,
            row.cell(OUTCOME_WIDTH),
            // Derived when the session may have changed; computed here only before that.
            derived
                .item_states
                .get(index)
                .copied()
                .unwrap_or_else(|| item_state(session, item))
                .label_when(begun),
            egui::Align2::LEFT_CENTER,
        );
        let menu = || super::widgets::RowMenu {
            what: "议题",
            text: text.as_str().into(),
            insert: Some((
                Action::InsertAgendaItem { at: index },
                Action::InsertAgendaItem { at: index + 1 },
            )),
            moves: super::widgets::RowMenu::moves(index, len, |from, to| Action::MoveAgendaItem {
                from,
                to,
            }),
            duplicate: Some(Action::DuplicateAgendaItem(id)),
            delete: Some(Action::DeleteAgendaItem(id)),
        };
        let row_id = egui::Id::unique(("agenda_row", id));
        sender.extend(super::widgets::row_context_menu(
            ui,
            row.rect(),
            row_id,
            menu,
        ));
    }
    if let Some((from, to)) = reorder::finish(ui, list, geometry) {
        sender.act(Action::MoveAgendaItem { from, to });
    }
}

/// Why a field that carries a decision is read-only.
pub const DECIDED_HOVER: &str = "表决结果已宣布，如需修改请先在表决/测评中解锁";

/// Width of an item's grip.
const GRIP_WIDTH: f32 = 16.0;

/// Width of an item's state (「表决通过」).
const OUTCOME_WIDTH: f32 = 72.0;

/// How the news release names the item (FORMS.md §8): from its documents, in the office's own
/// words after its submitter, or not at all.
fn news_mention_ui(
    ui: &mut Ui,
    id: crate::model::AgendaItemId,
    news: &mut crate::model::NewsMention,
) {
    use crate::model::NewsMention;
    ui.horizontal(|ui| {
        let mut choice = match news {
            NewsMention::Derived => 0,
            NewsMention::Phrase(_) => 1,
            NewsMention::Omitted => 2,
        };
        let labels = ["按文件标题", "自定表述", "不写入"];
        let before = choice;
        named(
            egui::ComboBox::from_id_salt(("news_mention", id))
                .selected_text(labels[choice])
                .show_ui(ui, |ui| {
                    for (index, label) in labels.iter().enumerate() {
                        ui.selectable_value(&mut choice, index, *label);
                    }
                })
                .response,
            "新闻通稿表述",
        )
        .on_hover_text("新闻通稿按提请机关归并议题，如「市政府关于…，关于…等报告」");
        if choice != before {
            *news = match choice {
                1 => NewsMention::Phrase(String::new()),
                2 => NewsMention::Omitted,
                _ => NewsMention::Derived,
            };
        }
        if let NewsMention::Phrase(phrase) = news {
            named(
                ui.add(
                    egui::TextEdit::singleline(phrase)
                        .desired_width(300.0)
                        .hint_text("如：关于国民经济和社会发展“十四五”规划中期评估"),
                ),
                "新闻通稿中的表述",
            );
        }
    });
}

/// The item's own verb (FORMS.md §7, 「a free verb per item」): typed by the office, used by
/// the news and the minutes instead of the house verb; why it cannot be used, or what the news
/// says with it.
fn own_verb_ui(ui: &mut Ui, verb: &mut String, sentence: Option<&str>) {
    ui.vertical(|ui| {
        named(
            ui.add(
                egui::TextEdit::singleline(verb)
                    .desired_width(360.0)
                    .hint_text("留空用通常的动词；如：原则通过了"),
            ),
            "本议题动词",
        )
        .on_hover_text(
            "新闻通稿和纪要对本议题使用这里的动词，代替通常的动词：\n\
             「原则通过了」印作「会议原则通过了……。」（议题名称用新闻通稿的自定表述，\
             否则按文件标题）；\n\
             含「{议题}」的整句按原样印出，如「经分组审议，会议表决通过了{议题}」。",
        );
        if let Some(problem) = crate::wording::phrases::item_verb_problem(verb) {
            ui.colored_label(ui.visuals().error_fg_color, problem);
        } else if let Some(sentence) = sentence.filter(|_| !verb.trim().is_empty()) {
            ui.weak(format!("新闻通稿：{sentence}"));
        }
    });
}

fn item_editor_ui(
    ui: &mut Ui,
    session: &mut Session,
    hints: &crate::model::hints::Hints,
    index: usize,
    sender: &mut Sender,
) {
    let len = session.agenda.len();
    let labels: Vec<String> = session.agenda[index]
        .documents
        .iter()
        .map(|d| document_label(session, *d))
        .collect();
    let Some(state) = session
        .agenda
        .get(index)
        .map(|item| item_state(session, item))
    else {
        return;
    };
    let state_label = state.label_when(session.has_begun(crate::model::edit::today()));
    // What the news release says of the item where it has its own verb (FORMS.md §7).
    let own_sentence = session
        .agenda
        .get(index)
        .and_then(|item| crate::export::news::own_sentence(session, item));
    // The sittings an item can be placed in, as the minutes name them.
    let sittings = sitting_choices(session);
    let decided = session.is_decided(Decided::Item(session.agenda[index].id));
    let Some(item) = session.agenda.get_mut(index) else {
        return;
    };
    let id = item.id;
    ui.horizontal(|ui| {
        screen_heading(
            ui,
            &format!(
                "议题{}",
                crate::model::numerals::chinese_number(index as u32 + 1)
            ),
        );
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if delete_button(ui, "议题") {
                sender.act(Action::DeleteAgendaItem(id));
            }
            if ui
                .button("复制")
                .on_hover_text("在下方插入一份副本")
                .clicked()
            {
                sender.act(Action::DuplicateAgendaItem(id));
            }
            if let Some(to) = move_buttons(ui, index, len) {
                sender.act(Action::MoveAgendaItem { from: index, to });
            }
        });
    });
    egui::Grid::new(("item", id))
        .num_columns(2)
        .spacing([12.0, 8.0])
        .show(ui, |ui| {
            ui.label("标题");
            named(
                ui.add(
                    egui::TextEdit::multiline(&mut item.title)
                        .desired_rows(2)
                        .desired_width(f32::INFINITY)
                        .hint_text(hints.agenda_title.as_str()),
                ),
                "议题标题",
            );
            ui.end_row();
            ui.label("类型");
            let mut kind = item.kind;
            ui.horizontal(|ui| {
                if decided {
                    ui.disable();
                }
                named(
                    enum_combo(
                        ui,
                        ("kind", id),
                        &mut kind,
                        &AgendaKind::ALL,
                        AgendaKind::label,
                    ),
                    "议题类型",
                )
                .on_disabled_hover_text(DECIDED_HOVER);
            });
            if kind != item.kind {
                sender.act(Action::SetItemKind { item: id, kind });
            }
            ui.end_row();
            ui.label("提请单位");
            ui.add(
                egui::TextEdit::singleline(&mut item.submitter)
                    .desired_width(360.0)
                    .hint_text(hints.submitter.as_str()),
            );
            ui.end_row();
            ui.label("报告人");
            ui.add(
                egui::TextEdit::singleline(&mut item.presenter)
                    .desired_width(360.0)
                    .hint_text(hints.presenter.as_str()),
            );
            ui.end_row();
            ui.label("新闻通稿");
            news_mention_ui(ui, id, &mut item.news);
            ui.end_row();
            ui.label("议题动词");
            own_verb_ui(ui, &mut item.verb, own_sentence.as_deref());
            ui.end_row();
            ui.label("审议方式");
            ui.horizontal(|ui| {
                let mut outcome = item.outcome;
                ui.add_enabled_ui(!decided, |ui| {
                    named(
                        enum_combo(
                            ui,
                            ("outcome", id),
                            &mut outcome,
                            &Outcome::ALL,
                            Outcome::label,
                        ),
                        "审议方式",
                    )
                    .on_disabled_hover_text(DECIDED_HOVER);
                });
                if outcome != item.outcome {
                    sender.act(Action::SetItemOutcome { item: id, outcome });
                }
                result_label(ui, state_label);
            });
            ui.end_row();
            if result_rows_ui(ui, state_label, item.legacy_result) {
                sender.act(Action::SettleLegacyResult(id));
            }
            if !sittings.is_empty() {
                ui.label("所在会议");
                let (response, chosen) =
                    sitting_combo(ui, ("item_sitting", id), item.sitting, &sittings);
                named(response, "所在会议")
                    .on_hover_text("本议题在哪一次会议上听取、审议或表决；尚未宣布的表决随之移动");
                if let Some(sitting) = chosen {
                    sender.act(Action::SetItemSitting { item: id, sitting });
                }
                ui.end_row();
            }
        });
    ui.add_space(10.0);
    ui.label(egui::RichText::new("相关文件").strong());
    for (document, label) in item.documents.iter().zip(labels) {
        ui.horizontal(|ui| {
            if ui
                .small_button("×")
                .on_hover_text("取消关联（文件本身保留）")
                .clicked()
            {
                sender.act(Action::UnlinkDocument {
                    item: id,
                    document: *document,
                });
            }
            ui.label(label);
        });
    }
    // The item is done with: the candidates are listed (from the whole session) only while
    // the menu is open.
    let session: &Session = session;
    ui.horizontal(|ui| {
        named(
            egui::ComboBox::from_id_salt(("link", id))
                .selected_text("关联已有文件…")
                .width(320.0)
                .show_ui(ui, |ui| {
                    for (document, label) in link_candidates(session, index) {
                        if ui.selectable_label(false, label).clicked() {
                            sender.act(Action::LinkDocument { item: id, document });
                        }
                    }
                })
                .response,
            "关联已有文件",
        );
        if ui
            .button("＋ 新建报告")
            .on_hover_text("新建一份报告并关联到本议题")
            .clicked()
        {
            sender.act(Action::AddReport { link_to: Some(id) });
        }
    });
}

/// Documents not yet linked to item `index`, with their labels.
fn link_candidates(session: &Session, index: usize) -> Vec<(DocumentRef, String)> {
    let linked = &session.agenda[index].documents;
    let all = session
        .reports
        .iter()
        .map(|r| DocumentRef::Report(r.id))
        .chain(
            session
                .resolutions
                .iter()
                .map(|r| DocumentRef::Resolution(r.id)),
        )
        .chain(session.motions.iter().map(|m| DocumentRef::Motion(m.id)));
    all.filter(|d| !linked.contains(d))
        .map(|d| (d, document_label(session, d)))
        .collect()
}
