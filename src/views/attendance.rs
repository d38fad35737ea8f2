//! 出席: the roster (add, edit, delete, role, rank, stroke order) and attendance with one click
//! per member, with the live quorum.

use crate::sender::Sender;
use egui::{Color32, Id, RichText, Ui};

use super::EditorState;
use super::cells;
use super::widgets::screen_heading;
use crate::action::Action;
use crate::model::roster::USUAL_LEAVE_REASONS;
use crate::model::{AttendanceCounts, AttendanceStatus, Gender, Role, Session};

/// The screen, as the navigation lists it ([`super::SCREENS`]).
pub const SCREEN: super::Screen = super::Screen {
    section: super::Section::Attendance,
    label: "出席",
    shortcut: Some(egui::Key::Num3),
    count: |s| Some(s.roster.len()),
    ui: |ui, c| attendance_ui(ui, c.session, c.state, c.sender),
};

/// Row height of the roster table (its fields' height); rows are drawn only when visible.
const ROW_HEIGHT: f32 = 26.0;

/// The colour that marks an attendance status.
pub fn status_color(status: &AttendanceStatus) -> Color32 {
    match status {
        AttendanceStatus::Present => Color32::from_rgb(0x2e, 0x7d, 0x32),
        AttendanceStatus::OnLeave(_) => Color32::from_rgb(0xb2, 0x6a, 0x00),
        AttendanceStatus::Absent => Color32::from_rgb(0xc6, 0x28, 0x28),
    }
}

/// 「√ 符合法定人数」 or 「× 不足法定人数」 in green or red.
pub fn quorum_text(counts: AttendanceCounts) -> RichText {
    let (mark, color) = if counts.is_quorate() {
        ("√", super::votes::GREEN)
    } else {
        ("×", super::votes::RED)
    };
    RichText::new(format!(
        "{mark} {}",
        crate::wording::attendance::quorum_phrase(counts)
    ))
    .color(color)
    .strong()
}

/// The attendance screen.
pub fn attendance_ui(
    ui: &mut Ui,
    session: &mut Session,
    state: &mut EditorState,
    sender: &mut Sender,
) {
    // A sitting deleted meanwhile shows the session again.
    if state
        .attendance_sitting
        .is_some_and(|id| session.sitting(id).is_none())
    {
        state.attendance_sitting = None;
    }
    let at = state.attendance_sitting;
    let counts = session.attendance_counts_at(at);
    ui.horizontal(|ui| {
        screen_heading(ui, "组成人员与出席");
        ui.add_space(16.0);
        ui.label(RichText::new(crate::wording::attendance::counts_line(counts)).size(16.0));
        ui.label(quorum_text(counts).size(16.0));
    });
    ui.horizontal(|ui| {
        if ui
            .button("全部出席")
            .on_hover_text("把所有人标为出席")
            .clicked()
        {
            sender.act(Action::AllPresent(at));
        }
        if ui
            .button("按笔画排序")
            .on_hover_text("按职务排列，委员以姓名笔画为序")
            .clicked()
        {
            sender.act(Action::SortRosterByStrokes);
        }
        ui.menu_button("＋ 添加组成人员", |ui| {
            for role in Role::ALL {
                if ui.button(role.label()).clicked() {
                    sender.act(Action::AddMember(role));
                }
            }
        });
        ui.add_space(12.0);
        ui.label("查找");
        ui.add(
            egui::TextEdit::singleline(&mut state.roster_filter)
                .desired_width(120.0)
                .hint_text("姓名"),
        );
    });
    sitting_choice_ui(ui, session, state, sender);
    ui.weak("点击出席状态切换：出席 → 请假 → 缺席");
    ui.separator();

    let filter = state.roster_filter.trim().to_owned();
    let visible: Vec<usize> = session
        .roster
        .iter()
        .enumerate()
        .filter(|(_, m)| filter.is_empty() || m.name.contains(&filter))
        .map(|(i, _)| i)
        .collect();
    header_row_ui(ui);
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show_rows(ui, ROW_HEIGHT, visible.len(), |ui, rows| {
            for &index in &visible[rows] {
                member_row_ui(ui, session, index, state, sender);
            }
        });
}

const COLUMN_WIDTHS: [f32; 7] = [96.0, 110.0, 90.0, 60.0, 70.0, 230.0, 110.0];

fn header_row_ui(ui: &mut Ui) {
    let mut row = cells::Row::new(ui, 20.0);
    for (title, width) in [
        "出席",
        "姓名",
        "职务",
        "位次",
        "性别",
        "请假事由 / 备注",
        "笔画排序用名",
    ]
    .iter()
    .zip(COLUMN_WIDTHS)
    {
        cells::plain_text(
            ui,
            row.cell(width),
            RichText::new(*title).strong(),
            egui::Align2::CENTER_CENTER,
        );
    }
}

/// Which attendance the screen shows: the session's, or a sitting's where it differs
/// (a member on leave for the second sitting only; DOMAIN.md §10).
fn sitting_choice_ui(ui: &mut Ui, session: &Session, state: &mut EditorState, sender: &mut Sender) {
    if session.details.sittings.is_empty() {
        return;
    }
    ui.horizontal_wrapped(|ui| {
        ui.label("出席情况：");
        ui.selectable_value(&mut state.attendance_sitting, None, "整个会议");
        for sitting in &session.details.sittings {
            let name = session.sitting_name(sitting.id).unwrap_or_default();
            let own = if sitting.absences.is_some() {
                "（单独记录）"
            } else {
                ""
            };
            ui.selectable_value(
                &mut state.attendance_sitting,
                Some(sitting.id),
                format!("{name}{own}"),
            );
        }
    });
    let Some(sitting) = state.attendance_sitting.and_then(|id| session.sitting(id)) else {
        return;
    };
    let mut own = sitting.absences.is_some();
    let response = ui.checkbox(
        &mut own,
        "该次会议的出席情况与整个会议不同（单独记录，该次会议的表决按此核对）",
    );
    if response.changed() {
        sender.act(Action::SetSittingOwnAttendance {
            sitting: sitting.id,
            own,
        });
    }
    if !own {
        ui.weak("该次会议沿用整个会议的出席情况；要单独记录请勾选上面一项。");
    }
}

fn member_row_ui(
    ui: &mut Ui,
    session: &mut Session,
    index: usize,
    state: &mut EditorState,
    sender: &mut Sender,
) {
    let Some(id) = session.roster.get(index).map(|m| m.id) else {
        return;
    };
    let at = state.attendance_sitting;
    // A sitting that follows the session shows the session's attendance, not to be changed here.
    let editable = at.is_none_or(|id| session.sitting(id).is_some_and(|s| s.absences.is_some()));
    let status = session.attendance_at(id, at);
    let mut row = cells::Row::new(ui, ROW_HEIGHT);
    let name = &session.roster[index].name;
    let chip = cells::chip(
        ui,
        &mut row,
        COLUMN_WIDTHS[0],
        status.label(),
        status_color(&status),
    );
    if chip
        .on_hover_ui(|ui| {
            ui.label(format!("{name}：点击切换出席状态"));
        })
        .clicked()
        && editable
    {
        sender.act(Action::CycleAttendance(id, at));
        state.member = Some(id);
    }
    let ids = [
        Id::unique(("name", id)),
        Id::unique(("role", id)),
        Id::unique(("rank", id)),
        Id::unique(("gender", id)),
        Id::unique(("note", id)),
        Id::unique(("sort_as", id)),
    ];
    let member = &mut session.roster[index];
    cells::name_cell(
        ui,
        row.cell(COLUMN_WIDTHS[1]),
        ids[0],
        &mut member.name,
        "姓名",
    );
    cells::choice_cell(
        ui,
        row.cell(COLUMN_WIDTHS[2]),
        ids[1],
        &mut member.role,
        &Role::ALL,
        Role::label,
    );
    let rank = row.cell(COLUMN_WIDTHS[3]);
    if member.role == Role::Member {
        cells::weak_text(ui, rank, "笔画", egui::Align2::CENTER_CENTER);
    } else {
        cells::number_cell(ui, rank, ids[2], &mut member.rank, 1..=99)
            .on_hover_text("位次：1 排在最前");
    }
    cells::choice_cell(
        ui,
        row.cell(COLUMN_WIDTHS[4]),
        ids[3],
        &mut member.gender,
        &[Gender::Unspecified, Gender::Male, Gender::Female],
        super::widgets::gender_label,
    );
    match status {
        AttendanceStatus::OnLeave(mut reason) => {
            let cell = row.cell(COLUMN_WIDTHS[5] - cells::WORD_BUTTON_WIDTH - cells::GAP);
            let response = cells::text_cell(ui, cell, ids[4], &mut reason, "事由（可不填）");
            let usual = cells::small_button(
                ui,
                &mut row,
                cells::WORD_BUTTON_WIDTH,
                "常用",
                None,
                true,
                "常用请假事由",
            );
            let mut chosen = None;
            egui::Popup::menu(&usual).show(|ui| {
                for usual in USUAL_LEAVE_REASONS {
                    if ui.button(usual).clicked() {
                        chosen = Some(usual.to_owned());
                    }
                }
            });
            if let Some(usual) = chosen {
                sender.act(Action::SetAttendance(
                    id,
                    at,
                    AttendanceStatus::OnLeave(usual),
                ));
            } else if response.changed() {
                // Typing a reason is a leaf edit: applied at once, grouped by the undo history.
                session.set_attendance_at(id, at, AttendanceStatus::OnLeave(reason));
            }
        }
        _ => {
            let member = &mut session.roster[index];
            let cell = row.cell(COLUMN_WIDTHS[5]);
            cells::text_cell(ui, cell, ids[4], &mut member.note, "职务、单位等备注");
        }
    }
    let member = &mut session.roster[index];
    let mut sort_as = member.sort_as.clone().unwrap_or_default();
    let cell = row.cell(COLUMN_WIDTHS[6]);
    let response = cells::text_cell(ui, cell, ids[5], &mut sort_as, "（按姓名）")
        .on_hover_text("手工调整笔画排序：按此处填写的名字排序（例如生僻字的人）");
    if response.changed() {
        member.sort_as = (!sort_as.trim().is_empty()).then(|| sort_as.trim().to_owned());
    }
    if cells::row_is_hot(ui, &row, &ids)
        && cells::delete_button(ui, &mut row, &format!("「{}」", member.name))
    {
        sender.act(Action::DeleteMember(id));
    }
    // The roster keeps its order by role and strokes: no 上移 / 下移 here.
    let menu = || super::widgets::RowMenu {
        what: "组成人员",
        text: format!("{}\t{}\t{}", member.name, member.role.label(), member.note).into(),
        insert: Some((
            Action::InsertMember {
                next_to: id,
                below: false,
            },
            Action::InsertMember {
                next_to: id,
                below: true,
            },
        )),
        delete: Some(Action::DeleteMember(id)),
        ..Default::default()
    };
    let row_id = egui::Id::unique(("member_row", id));
    sender.extend(super::widgets::row_context_menu(
        ui,
        row.rect(),
        row_id,
        menu,
    ));
}
