//! 决议: resolutions, decisions and working rules, with the adoption line as it will print.

use crate::sender::Sender;
use egui::Ui;

use super::EditorState;
use super::agenda::or_untitled;
use super::blocks::blocks_editor_ui;
use super::list_screen::{ListScreen, entry_row, rows_in_view};
use super::widgets::{delete_button, enum_combo, named, result_label, result_rows_ui};
use crate::action::Action;
use crate::model::decisions::{ResolutionState, resolution_state};
use crate::model::{ResolutionKind, ResolutionStatus, Session, TextTarget};

/// The screen, as the navigation lists it ([`super::SCREENS`]).
pub const SCREEN: super::Screen = super::Screen {
    section: super::Section::Resolutions,
    label: "决议",
    shortcut: Some(egui::Key::Num6),
    count: |s| Some(s.resolutions.len()),
    ui: |ui, c| resolutions_ui(ui, c.session, c.derived, c.state, c.sender),
};

/// The resolutions screen.
pub fn resolutions_ui(
    ui: &mut Ui,
    session: &mut Session,
    derived: &super::Derived,
    state: &mut EditorState,
    sender: &mut Sender,
) {
    let selected = state
        .resolution
        .and_then(|id| session.resolutions.iter().position(|r| r.id == id));
    let screen = ListScreen {
        panel: "resolution_list",
        heading: "决议决定",
        add: ("＋ 新建", Action::AddResolution),
        width: 360.0,
        pick_one: "在左侧选择一项决议或决定",
    };
    screen.show(
        ui,
        &mut (session, state),
        sender,
        selected,
        |ui, (session, state), sender| {
            rows_in_view(ui, ROW_HEIGHT, session.resolutions.len(), |ui, rows| {
                for resolution in &session.resolutions[rows] {
                    let text = format!(
                        "{}\n{}　{}",
                        or_untitled(&resolution.title),
                        resolution.kind.label(),
                        resolution_state(session, resolution).label()
                    );
                    let menu = || super::widgets::RowMenu {
                        what: "决议决定",
                        text: resolution.title.as_str().into(),
                        delete: Some(Action::DeleteResolution(resolution.id)),
                        ..Default::default()
                    };
                    let row_id = egui::Id::unique(("resolution_row", resolution.id));
                    let selected = state.resolution == Some(resolution.id);
                    if entry_row(ui, ROW_HEIGHT, selected, text, row_id, menu, sender) {
                        state.resolution = Some(resolution.id);
                    }
                }
            });
        },
        |ui, (session, state), index, sender| {
            let hints = derived.hints(session);
            resolution_editor_ui(ui, session, hints, index, state, sender);
        },
    );
}

/// Height of a row of the list (its button's); only the rows in view are drawn.
const ROW_HEIGHT: f32 = 40.0;

fn resolution_editor_ui(
    ui: &mut Ui,
    session: &mut Session,
    hints: &crate::model::hints::Hints,
    index: usize,
    state: &mut EditorState,
    sender: &mut Sender,
) {
    let adoption_line =
        crate::export::lists::adoption_line_of(session, &session.resolutions[index]);
    let from_entry = session.resolutions[index]
        .entry
        .and_then(|id| session.entry(id))
        .map(|(_, e)| e.sentence());
    let result_state = resolution_state(session, &session.resolutions[index]);
    let decided = session.is_decided(crate::model::guard::Decided::Resolution(
        session.resolutions[index].id,
    ));
    let reports = &session.reports;
    let explanation_label =
        |r: &crate::model::Report| format!("{}：{}", r.kind.label(), or_untitled(&r.title));
    let resolution = &mut session.resolutions[index];
    let id = resolution.id;
    ui.horizontal(|ui| {
        ui.label(egui::RichText::new(resolution.kind.label()).strong());
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if delete_button(ui, "决议") {
                sender.act(Action::DeleteResolution(id));
            }
        });
    });
    named(
        ui.add(
            egui::TextEdit::multiline(&mut resolution.title)
                .desired_width(f32::INFINITY)
                .desired_rows(1)
                .font(egui::FontId::proportional(20.0)),
        ),
        "决议标题",
    );
    // The adoption line, as it prints once the resolution is adopted.
    let line = adoption_line.unwrap_or_else(|| "（会议日期未填，通过日期待定）".to_owned());
    if result_state == ResolutionState::Adopted {
        ui.label(egui::RichText::new(line).size(15.0));
    } else {
        ui.weak(format!("通过后将印为：{line}"));
    }
    egui::Grid::new(("resolution", id))
        .num_columns(2)
        .spacing([10.0, 6.0])
        .show(ui, |ui| {
            ui.label("类型");
            named(
                enum_combo(
                    ui,
                    ("resolution_kind", id),
                    &mut resolution.kind,
                    &ResolutionKind::ALL,
                    ResolutionKind::label,
                ),
                "决议类型",
            );
            ui.end_row();
            ui.label("状态");
            ui.horizontal(|ui| {
                let mut status = resolution.status;
                ui.add_enabled_ui(!decided, |ui| {
                    named(
                        enum_combo(
                            ui,
                            ("resolution_status", id),
                            &mut status,
                            &ResolutionStatus::ALL,
                            ResolutionStatus::label,
                        ),
                        "状态",
                    )
                    .on_disabled_hover_text(super::agenda::DECIDED_HOVER);
                });
                if status != resolution.status {
                    sender.act(Action::SetResolutionStatus {
                        resolution: id,
                        status,
                    });
                }
                result_label(ui, result_state.label());
            });
            ui.end_row();
            if let Some(sentence) = &from_entry {
                ui.label("任免事项");
                ui.horizontal_wrapped(|ui| {
                    ui.label(sentence.as_str());
                    ui.weak("（由该任免事项生成，随其表决结果通过）");
                });
                ui.end_row();
            }
            if resolution.kind == ResolutionKind::LocalRegulation {
                ui.label("批准");
                ui.horizontal(|ui| {
                    let mut approved = resolution.approval.is_some();
                    if ui.checkbox(&mut approved, "已经省人大常委会批准").changed() {
                        resolution.approval = approved.then(|| crate::model::Approval {
                            date: None,
                            by: String::new(),
                        });
                    }
                    if let Some(approval) = &mut resolution.approval {
                        super::widgets::optional_date_field(
                            ui,
                            ui.scope_id().with(("approval_date", id)),
                            &mut approval.date,
                            crate::model::edit::today(),
                        );
                        named(
                            ui.add(
                                egui::TextEdit::singleline(&mut approval.by)
                                    .desired_width(360.0)
                                    .hint_text(hints.approval.as_str()),
                            ),
                            "批准机关和会议",
                        );
                    }
                });
                ui.end_row();
            }
            if result_rows_ui(ui, result_state.label(), resolution.legacy_result) {
                sender.act(Action::SettleLegacyResolutionResult(id));
            }
            ui.label("说明");
            let current = resolution
                .explanation
                .and_then(|r| reports.iter().find(|report| report.id == r))
                .map_or_else(|| "（无）".to_owned(), explanation_label);
            named(
                egui::ComboBox::from_id_salt(("explanation", id))
                    .selected_text(current)
                    .width(420.0)
                    .show_ui(ui, |ui| {
                        // Listed only while the menu is open.
                        ui.selectable_value(&mut resolution.explanation, None, "（无）");
                        for report in reports {
                            ui.selectable_value(
                                &mut resolution.explanation,
                                Some(report.id),
                                explanation_label(report),
                            );
                        }
                    })
                    .response,
                "起草说明",
            );
            ui.end_row();
        });
    ui.separator();
    blocks_editor_ui(
        ui,
        TextTarget::Resolution(id),
        &mut resolution.body,
        &mut state.blocks,
        sender,
    );
}
