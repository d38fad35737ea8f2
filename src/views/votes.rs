//! 表决/测评: the operator's console during the session. Every votable subject in agenda order
//! with its state; the selected one recorded as counts, one ballot per member present, or the
//! result only; satisfaction evaluations; a keyboard-only fast entry; and the controls of the
//! hall screen with a small preview of what it shows now.
//!
//! The console only reads the session: every change is an [`Action`] carried out by the model,
//! so the protocol (待表决 → 表决中 → 已宣布, refusals, the recorded unlock) holds here as it
//! does for the command line and the tests.

use crate::sender::Sender;
use egui::{Color32, RichText, Ui};

use super::cells;
use super::hall::{HallContent, hall_ui, hall_view, subject_title};
use super::widgets::{named, screen_heading, sitting_choices, sitting_combo};
use crate::action::Action;
use crate::model::check::{Place, Problem, Severity};
use crate::model::decisions::{
    self, AnnounceGap, EvaluationState, Provisional, VoteState, announce_check,
    evaluation_announce_check, evaluation_state, pending_votes, record_summary, result_sentence,
    state_of_vote, vote_for, vote_state, voting_order,
};
use crate::model::recorded::{ConfirmedRecord, RecordedId};
use crate::model::rules::passing_threshold;
use crate::model::{
    AgendaItem, Choice, EvaluationId, EvaluationMode, EvaluationRecord, EvaluationTally, Grade,
    MemberId, RecordMode, ResultWithoutCounts, Session, SittingId, Tally, Vote, VoteRecord,
    VoteSubject,
};

/// The screen, as the navigation lists it ([`super::SCREENS`]).
pub const SCREEN: super::Screen = super::Screen {
    section: super::Section::Votes,
    label: "表决/测评",
    shortcut: Some(egui::Key::Num8),
    count: |s| Some(s.votes.len() + s.evaluations.len()),
    ui: |ui, c| {
        votes_ui(
            ui,
            c.session,
            &c.derived.problems,
            c.derived.hints(c.session),
            &mut c.state.votes,
            c.sender,
        );
    },
};

/// Green for adopted / satisfied.
pub const GREEN: Color32 = Color32::from_rgb(0x2e, 0x7d, 0x32);
/// Red for rejected / flagged.
pub const RED: Color32 = Color32::from_rgb(0xc6, 0x28, 0x28);
/// Amber for a record not yet complete.
const AMBER: Color32 = Color32::from_rgb(0xb2, 0x6a, 0x00);

/// What the console has selected.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Selection {
    /// A vote subject.
    Vote(VoteSubject),
    /// An evaluation.
    Evaluation(EvaluationId),
}

/// The keyboard-only fast entry: the subject being entered and the four numbers as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FastEntry {
    /// The subject being entered; `None` when nothing is pending.
    pub subject: Option<VoteSubject>,
    /// 赞成, 反对, 弃权, 未按 as typed.
    pub fields: [String; 4],
    /// The problem with what was typed, shown in red.
    pub problem: Option<String>,
    /// Focus the first field on the next frame.
    pub focus_first: bool,
}

/// An announcement waiting for the operator to confirm the members missing from the record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PendingAnnouncement {
    /// What is announced.
    pub target: RecordedId,
    /// Its title, as the dialog names it.
    pub title: String,
    /// The gap to confirm.
    pub gap: AnnounceGap,
    /// The record the question is about: only that record is announced.
    pub record: ConfirmedRecord,
}

/// A change of recording mode that would discard what was entered, waiting for the operator.
#[derive(Clone, Debug, PartialEq)]
pub struct PendingModeSwitch {
    /// What the operator is told is discarded: 「已录入的33票」.
    pub discarded: String,
    /// The change, carried out once confirmed.
    pub action: Action,
}

/// Why the last 宣布结果 was refused, with the record it was refused for: the line goes as soon
/// as the record changes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refusal {
    /// The record refused.
    pub record: Option<ConfirmedRecord>,
    /// 「不能宣布结果：…」.
    pub text: String,
}

/// State of the voting console between frames.
#[derive(Debug, Default)]
pub struct VotingState {
    /// The selected subject or evaluation (what the console shows, not the hall).
    pub selection: Option<Selection>,
    /// Fast entry, when active.
    pub fast_entry: Option<FastEntry>,
    /// Whether the hall screen's window is open.
    pub hall_open: bool,
    /// What the operator has put on the hall screen.
    pub hall: HallContent,
    /// An announcement waiting for confirmation.
    pub confirming: Option<PendingAnnouncement>,
    /// A change of recording mode waiting for confirmation.
    pub mode_switch: Option<PendingModeSwitch>,
    /// Why the last 宣布结果 was refused, shown under the record while it is unchanged.
    pub refusal: Option<Refusal>,
    /// Who records at the console (记录人): kept with every announcement.
    pub operator: String,
    /// Who unlocks an announced record.
    pub unlock_by: String,
    /// Why.
    pub unlock_reason: String,
    /// Subject of a new evaluation being added.
    pub new_evaluation: String,
}

impl VotingState {
    /// Whether a dialog of the console has the keyboard (a confirmation): the window's
    /// shortcuts wait until it closes.
    pub fn has_dialog(&self) -> bool {
        self.confirming.is_some() || self.mode_switch.is_some()
    }

    /// The refusal line for the record of `id` as it stands now, if it still applies.
    fn refusal_for(&self, session: &Session, id: RecordedId) -> Option<&str> {
        self.refusal
            .as_ref()
            .filter(|r| r.record == ConfirmedRecord::of(session, id))
            .map(|r| r.text.as_str())
    }

    /// Asks to announce `id`: at once, through the confirmation of the members missing from
    /// the record, or refused with the reason shown under the record.
    fn ask_to_announce(&mut self, session: &Session, id: RecordedId, sender: &mut Sender) {
        let check = match id {
            RecordedId::Vote(vote) => session
                .votes
                .iter()
                .find(|v| v.id == vote)
                .map(|v| announce_check(session, &v.record, v.sitting)),
            RecordedId::Evaluation(evaluation) => session
                .evaluations
                .iter()
                .find(|e| e.id == evaluation)
                .map(|e| evaluation_announce_check(session, &e.record, e.sitting)),
        };
        let Some(check) = check else {
            return;
        };
        match check {
            Err(reason) => {
                self.refusal = Some(Refusal {
                    record: ConfirmedRecord::of(session, id),
                    text: format!("不能宣布结果：{reason}。"),
                });
            }
            Ok(None) => sender.act(Action::Announce {
                target: id,
                confirmed: None,
                by: self.operator.trim().to_owned(),
            }),
            Ok(Some(gap)) => {
                if let Some(record) = ConfirmedRecord::of(session, id) {
                    self.confirming = Some(PendingAnnouncement {
                        target: id,
                        title: recorded_title(session, id),
                        gap,
                        record,
                    });
                }
            }
        }
    }

    /// Starts fast entry at the first pending vote.
    pub fn start_fast_entry(&mut self, session: &Session) {
        let subject = pending_votes(session).into_iter().next();
        if let Some(subject) = &subject {
            self.select(Selection::Vote(subject.clone()));
        }
        self.fast_entry = Some(FastEntry {
            subject,
            focus_first: true,
            ..FastEntry::default()
        });
    }

    /// Selects a subject in the console (the hall does not follow).
    pub fn select(&mut self, selection: Selection) {
        if self.selection.as_ref() != Some(&selection) {
            self.refusal = None;
        }
        self.selection = Some(selection);
    }
}

/// The voting console.
pub fn votes_ui(
    ui: &mut Ui,
    session: &Session,
    problems: &[Problem],
    hints: &crate::model::hints::Hints,
    state: &mut VotingState,
    sender: &mut Sender,
) {
    // A bundle unticked (合并表决) or an entry deleted: the selection follows to what is put to
    // the vote now, the first vote that holds its first entry.
    if let Some(Selection::Vote(subject)) = &state.selection
        && vote_for(session, subject).is_none()
        && !voting_order(session).contains(subject)
    {
        let replacement = match subject {
            VoteSubject::Entries(ids) => ids.first().and_then(|first| {
                voting_order(session)
                    .into_iter()
                    .find(|s| matches!(s, VoteSubject::Entries(e) if e.contains(first)))
            }),
            _ => None,
        };
        state.selection = replacement.map(Selection::Vote);
    }
    // The attendance the selected vote or evaluation is checked against: its sitting's.
    let sitting = state
        .selection
        .as_ref()
        .and_then(|selection| selection_sitting(session, selection));
    let counts = session.attendance_counts_at(sitting);
    let at = sitting
        .and_then(|id| session.sitting_name(id))
        .map_or_else(String::new, |name| format!("（{name}）"));
    ui.horizontal_wrapped(|ui| {
        screen_heading(ui, "表决与测评");
        ui.label("记录人");
        named(
            ui.add(
                egui::TextEdit::singleline(&mut state.operator)
                    .desired_width(90.0)
                    .hint_text("姓名"),
            ),
            "记录人",
        )
        .on_hover_text("宣布的每项结果都记下由谁记录");
        ui.label(format!(
            "应到{}人　实到{}人{at}　通过需赞成票至少{}票",
            counts.members,
            counts.present,
            passing_threshold(counts.members)
        ))
        .on_hover_text("赞成票须超过全体组成人员的半数；实到人数为所选表决或测评所在会议的");
        if state.fast_entry.is_none()
            && ui
                .button("快速录入（F5）")
                .on_hover_text(
                    "只用键盘依次录入待表决事项：输入票数，回车记录并转到下一项，Esc 退出",
                )
                .clicked()
        {
            state.start_fast_entry(session);
        }
    });
    hall_controls_ui(ui, session, state);
    ui.separator();
    // The list takes about a third of the width: at 1024×768 the recorder keeps room for its
    // result line and the unlock form.
    let list_width = (ui.available_width() * 0.36).clamp(260.0, 400.0);
    egui::Panel::left("vote_subjects")
        .resizable(true)
        .default_size(list_width)
        .size_range(260.0..=640.0)
        .show(ui, |ui| {
            let preview_height = (ui.available_width() * 9.0 / 16.0)
                .min(200.0)
                .min(ui.available_height() * 0.3);
            let list_height = (ui.available_height() - preview_height - 40.0).max(120.0);
            subject_list_ui(ui, session, hints, state, list_height, sender);
            ui.separator();
            ui.label(RichText::new("大屏幕此刻显示").small().strong());
            hall_preview_ui(ui, session, &state.hall, preview_height);
        });
    egui::CentralPanel::default().show(ui, |ui| {
        if state.fast_entry.is_some() {
            fast_entry_ui(ui, session, state, sender);
            return;
        }
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| match state.selection.clone() {
                Some(Selection::Vote(subject)) => {
                    vote_recorder_ui(ui, session, &subject, state, sender);
                    problems_before_announcing_ui(ui, problems, &Place::Vote(subject));
                }
                Some(Selection::Evaluation(id)) => {
                    evaluation_ui(ui, session, id, state, sender);
                    problems_before_announcing_ui(ui, problems, &Place::Evaluation(id));
                }
                None => {
                    ui.add_space(40.0);
                    ui.vertical_centered(|ui| ui.weak("在左侧选择一项表决或测评"));
                }
            });
    });
    confirmation_ui(ui, session, state, sender);
}

/// The problems `check` finds with what is selected (other than that it is not yet announced),
/// under its record: named before the operator announces it.
fn problems_before_announcing_ui(ui: &mut Ui, problems: &[Problem], place: &Place) {
    let relevant: Vec<&Problem> = problems
        .iter()
        .filter(|p| p.place.as_ref() == Some(place) && !p.message.contains("尚未宣布"))
        .collect();
    if relevant.is_empty() {
        return;
    }
    ui.add_space(8.0);
    ui.label(RichText::new("检查发现：").strong());
    for problem in relevant {
        let color = match problem.severity {
            Severity::Error => RED,
            Severity::Warning => AMBER,
        };
        ui.add(
            egui::Label::new(
                RichText::new(format!("{}：{}", problem.severity.label(), problem.message))
                    .color(color),
            )
            .wrap(),
        );
    }
}

/// The sitting a selected vote or evaluation is taken at (`None`: the session as a whole).
fn selection_sitting(session: &Session, selection: &Selection) -> Option<SittingId> {
    match selection {
        Selection::Vote(subject) => decisions::sitting_for(session, subject),
        Selection::Evaluation(id) => session
            .evaluations
            .iter()
            .find(|e| e.id == *id)
            .and_then(|e| e.sitting),
    }
}

/// 「表决所在会议」 with its sitting chosen from the session's, when it has any; `None` for
/// `vote` (no record yet) shows the sitting the subject is voted at, unchangeable until then.
/// Returns the sitting chosen this frame, if one was.
fn record_sitting_ui(
    ui: &mut Ui,
    session: &Session,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    current: Option<SittingId>,
    changeable: Result<(), &str>,
) -> Option<Option<SittingId>> {
    if session.details.sittings.is_empty() {
        return None;
    }
    let sittings = sitting_choices(session);
    ui.horizontal(|ui| {
        ui.label("表决所在会议");
        let inner = ui.add_enabled_ui(changeable.is_ok(), |ui| {
            sitting_combo(ui, id_salt, current, &sittings)
        });
        let (response, chosen) = inner.inner;
        let response = named(response, "表决所在会议")
            .on_hover_text("这次表决（测评）在哪一次会议上进行：出席人数以该次会议的为准");
        if let Err(why) = changeable {
            response.on_disabled_hover_text(why);
        }
        let counts = session.attendance_counts_at(current);
        ui.weak(format!(
            "该次会议{}",
            crate::wording::attendance::counts_line(counts)
        ));
        chosen
    })
    .inner
}

/// 「大屏幕：」 with 上屏, 会标, 出席情况, 黑屏, the window's switch, and what is shown now.
fn hall_controls_ui(ui: &mut Ui, session: &Session, state: &mut VotingState) {
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new("大屏幕：").strong());
        let window = if state.hall_open {
            "关闭大屏幕窗口"
        } else {
            "打开大屏幕窗口"
        };
        if ui
            .button(window)
            .on_hover_text("在第二个窗口（投影）显示；F11 全屏")
            .clicked()
        {
            state.hall_open = !state.hall_open;
        }
        let selected = state.selection.clone();
        let on_hall = selected
            .as_ref()
            .is_some_and(|s| state.hall == HallContent::Subject(s.clone()));
        if ui
            .add_enabled(
                selected.is_some() && !on_hall,
                egui::Button::new(RichText::new("上屏").strong()),
            )
            .on_hover_text("把左侧选中的事项放上大屏幕；结果宣布后才会显示")
            .on_disabled_hover_text("先在左侧选择一项（已在大屏幕上的不必再上屏）")
            .clicked()
            && let Some(selection) = selected
        {
            state.hall = HallContent::Subject(selection);
        }
        // The attendance of the sitting of what is selected: the one the hall is voting at.
        let sitting = state
            .selection
            .as_ref()
            .and_then(|selection| selection_sitting(session, selection));
        let attendance = HallContent::Attendance(sitting, session.attendance_counts_at(sitting));
        for (content, label, hover) in [
            (HallContent::Banner, "会标", "显示会议名称"),
            (
                attendance,
                "出席情况",
                "显示应到、实到、请假、缺席人数和法定人数（左侧选中事项所在会议的）",
            ),
            (HallContent::Blank, "黑屏", "大屏幕不显示任何内容"),
        ] {
            // 出席情况 is lit whichever sitting's attendance is up; a click puts up the one now.
            let showing = match content {
                HallContent::Attendance(..) => matches!(state.hall, HallContent::Attendance(..)),
                _ => state.hall == content,
            };
            if ui
                .selectable_label(showing, label)
                .on_hover_text(hover)
                .clicked()
            {
                state.hall = content;
            }
        }
        ui.weak(format!("当前：{}", state.hall.describe(session)));
    });
}

/// The hall as it is now, small.
fn hall_preview_ui(ui: &mut Ui, session: &Session, content: &HallContent, height: f32) {
    let view = hall_view(session, content);
    let width = ui.available_width().min(height * 16.0 / 9.0);
    let (rect, response) = ui.allocate_exact_size(egui::vec2(width, height), egui::Sense::hover());
    response.on_hover_text("大屏幕此刻显示的内容（与投影一致）");
    // In the hall's own colours, which stay dark whatever the console's (app::hall_ui).
    let dark = ui.ctx().style_of(egui::Theme::Dark);
    let fill = if view.screen == super::hall::HallScreen::Blank {
        egui::Color32::BLACK
    } else {
        dark.visuals.panel_fill
    };
    ui.painter().rect_filled(rect, 4.0, fill);
    ui.painter().rect_stroke(
        rect,
        4.0,
        ui.visuals().widgets.noninteractive.bg_stroke,
        egui::StrokeKind::Inside,
    );
    let mut preview = ui.new_child(egui::UiBuilder::new().max_rect(rect.shrink(2.0)));
    preview.set_style(dark);
    preview.set_clip_rect(rect);
    hall_ui(&mut preview, &view);
}

/// The state of a subject as the list says it, coloured.
fn state_text(state: &VoteState) -> RichText {
    let text = RichText::new(state.label());
    match state {
        VoteState::Pending => text.strong(),
        VoteState::NotVoted => text.weak(),
        VoteState::Recording(Provisional::Complete(_))
        | VoteState::Recording(Provisional::Incomplete { .. }) => text.color(AMBER),
        VoteState::Recording(Provisional::Impossible(_)) => text.color(RED),
        VoteState::Announced(result) => text.color(if result.is_adopted() { GREEN } else { RED }),
    }
}

/// 「议题一」, 「决议」, 「任免」, 「议程」: what kind of subject a row is, before its title.
fn subject_tag(session: &Session, subject: &VoteSubject) -> String {
    let item_number = |id| {
        session
            .agenda
            .iter()
            .position(|i: &AgendaItem| i.id == id)
            .map(|p| crate::model::numerals::chinese_number(p as u32 + 1))
    };
    match subject {
        VoteSubject::Agenda => "议程".to_owned(),
        VoteSubject::AgendaItem(id) => {
            item_number(*id).map_or_else(|| "议题".to_owned(), |n| format!("议题{n}"))
        }
        VoteSubject::Resolution(_) => "决议".to_owned(),
        VoteSubject::Entries(ids) if ids.len() > 1 => format!("任免（{}人）", ids.len()),
        VoteSubject::Entries(_) => "任免".to_owned(),
    }
}

/// Height of a row of the subject list; only the rows in view are drawn.
const SUBJECT_ROW_HEIGHT: f32 = 28.0;
/// Width of a row's kind tag.
const TAG_WIDTH: f32 = 64.0;
/// Width of a row's state.
const STATE_WIDTH: f32 = 110.0;

/// A row of the subject list.
enum SubjectRow {
    /// 「表决事项（按议程顺序）」.
    VotesHeading,
    /// A vote subject.
    Vote(VoteSubject),
    /// 「满意度测评」, after a blank row.
    EvaluationsHeading,
    /// The evaluation at this index.
    Evaluation(usize),
    /// The field and button adding an evaluation.
    AddEvaluation,
    /// A blank row.
    Blank,
}

fn subject_list_ui(
    ui: &mut Ui,
    session: &Session,
    hints: &crate::model::hints::Hints,
    state: &mut VotingState,
    height: f32,
    sender: &mut Sender,
) {
    // Every row of the list, cheaply (the subjects themselves); the rows in view are drawn.
    let rows: Vec<SubjectRow> = std::iter::once(SubjectRow::VotesHeading)
        .chain(voting_order(session).into_iter().map(SubjectRow::Vote))
        .chain([SubjectRow::Blank, SubjectRow::EvaluationsHeading])
        .chain((0..session.evaluations.len()).map(SubjectRow::Evaluation))
        .chain([SubjectRow::AddEvaluation])
        .collect();
    egui::ScrollArea::vertical()
        .id_salt("vote_subject_list")
        .auto_shrink([false, false])
        .max_height(height)
        .show_rows(ui, SUBJECT_ROW_HEIGHT, rows.len(), |ui, range| {
            for row in &rows[range] {
                subject_row_ui(ui, session, hints, row, state, sender);
            }
        });
}

fn subject_row_ui(
    ui: &mut Ui,
    session: &Session,
    hints: &crate::model::hints::Hints,
    row: &SubjectRow,
    state: &mut VotingState,
    sender: &mut Sender,
) {
    let heading = |ui: &mut Ui, text: &str| {
        let (rect, _) = ui.allocate_exact_size(
            egui::vec2(ui.available_width(), SUBJECT_ROW_HEIGHT),
            egui::Sense::hover(),
        );
        cells::plain_text(
            ui,
            rect,
            RichText::new(text).small().weak(),
            egui::Align2::LEFT_BOTTOM,
        );
    };
    match row {
        SubjectRow::VotesHeading => heading(ui, "表决事项（按议程和表决顺序）"),
        SubjectRow::EvaluationsHeading => heading(ui, "满意度测评"),
        SubjectRow::Blank => {
            ui.allocate_exact_size(
                egui::vec2(ui.available_width(), SUBJECT_ROW_HEIGHT),
                egui::Sense::hover(),
            );
        }
        SubjectRow::Vote(subject) => {
            let selection = Selection::Vote(subject.clone());
            let title = subject_title(session, &selection);
            // 「鹤壁市人民代表大会常务委员会关于…的决议」 reads 「关于…的决议」 in the list.
            let title = title
                .strip_prefix(session.body.name.as_str())
                .filter(|rest| !rest.is_empty())
                .map_or_else(|| title.clone(), str::to_owned);
            let status = vote_state(session, subject);
            let on_hall = state.hall == HallContent::Subject(selection.clone());
            let clicked = list_row_ui(
                ui,
                &subject_tag(session, subject),
                &title,
                state.selection.as_ref() == Some(&selection),
                on_hall,
                state_text(&status),
            );
            if clicked {
                state.select(selection);
                state.fast_entry = None;
            }
        }
        SubjectRow::Evaluation(index) => {
            let Some(evaluation) = session.evaluations.get(*index) else {
                return;
            };
            let selection = Selection::Evaluation(evaluation.id);
            let status = evaluation_state(session, evaluation);
            let on_hall = state.hall == HallContent::Subject(selection.clone());
            let clicked = list_row_ui(
                ui,
                "测评",
                &evaluation.subject,
                state.selection.as_ref() == Some(&selection),
                on_hall,
                evaluation_state_text(&status),
            );
            if clicked {
                state.select(selection);
                state.fast_entry = None;
            }
        }
        SubjectRow::AddEvaluation => {
            ui.horizontal(|ui| {
                ui.set_height(SUBJECT_ROW_HEIGHT);
                named(
                    ui.add(
                        egui::TextEdit::singleline(&mut state.new_evaluation)
                            .desired_width((ui.available_width() - 110.0).max(120.0))
                            .hint_text(hints.evaluation_subject.as_str()),
                    ),
                    "新测评对象",
                );
                if ui
                    .add_enabled(
                        !state.new_evaluation.trim().is_empty(),
                        egui::Button::new("＋ 新增测评"),
                    )
                    .clicked()
                {
                    sender.act(Action::AddEvaluation {
                        subject: state.new_evaluation.trim().to_owned(),
                        reports: Vec::new(),
                    });
                    state.new_evaluation.clear();
                }
            });
        }
    }
}

/// One row of the subject list: the kind tag, the title (left-aligned, cut short, whole on
/// hover), a mark when it is on the hall screen, and its state. Returns whether it was clicked.
fn list_row_ui(
    ui: &mut Ui,
    tag: &str,
    title: &str,
    selected: bool,
    on_hall: bool,
    status: RichText,
) -> bool {
    let mut row = cells::Row::new(ui, SUBJECT_ROW_HEIGHT);
    let tag_rect = row.cell(TAG_WIDTH);
    let title_width = (row.remaining() - STATE_WIDTH - cells::GAP).max(60.0);
    let shown = if on_hall {
        format!("［上屏］{title}")
    } else {
        title.to_owned()
    };
    let response =
        cells::selectable_row(ui, &mut row, title_width, selected, &shown).on_hover_text(title);
    cells::weak_text(ui, tag_rect, tag, egui::Align2::LEFT_CENTER);
    cells::plain_text(ui, row.cell(STATE_WIDTH), status, egui::Align2::LEFT_CENTER);
    response.clicked()
}

fn evaluation_state_text(state: &EvaluationState) -> RichText {
    let text = RichText::new(state.label());
    match state {
        EvaluationState::Pending => text.strong(),
        EvaluationState::Recording(Provisional::Impossible(_)) => text.color(RED),
        EvaluationState::Recording(_) => text.color(AMBER),
        EvaluationState::Announced(_) => text.color(GREEN),
    }
}

/// The line under a record: where it stands, in words and colour.
fn provisional_line<R>(
    ui: &mut Ui,
    provisional: &Provisional<R>,
    complete: impl FnOnce(&R) -> (String, bool),
) {
    match provisional {
        Provisional::Incomplete { entered, present } => {
            ui.add(
                egui::Label::new(
                    RichText::new(format!("未完成：已录入{entered}票，实到{present}人"))
                        .color(AMBER)
                        .size(18.0)
                        .strong(),
                )
                .wrap(),
            );
        }
        Provisional::Impossible(problem) => {
            ui.add(
                egui::Label::new(
                    RichText::new(format!("记录有误：{problem}"))
                        .color(RED)
                        .size(18.0)
                        .strong(),
                )
                .wrap(),
            );
        }
        Provisional::Complete(result) => {
            let (text, good) = complete(result);
            ui.add(
                egui::Label::new(
                    RichText::new(format!("{text}（尚未宣布）"))
                        .color(if good { GREEN } else { RED })
                        .size(20.0)
                        .strong(),
                )
                .wrap(),
            );
        }
    }
}

fn vote_recorder_ui(
    ui: &mut Ui,
    session: &Session,
    subject: &VoteSubject,
    state: &mut VotingState,
    sender: &mut Sender,
) {
    let selection = Selection::Vote(subject.clone());
    ui.add(
        egui::Label::new(
            RichText::new(subject_title(session, &selection))
                .size(19.0)
                .strong(),
        )
        .wrap(),
    );
    if let VoteSubject::Entries(ids) = subject
        && let Some((motion, _)) = ids.first().and_then(|id| session.entry(*id))
    {
        let recorded = motion
            .entries
            .iter()
            .any(|e| decisions::vote_for_entry(session, e.id).is_some());
        let mut together = motion.vote_together;
        let response = ui
            .add_enabled(
                !recorded,
                egui::Checkbox::new(&mut together, "本议案合并表决（如法律职务）"),
            )
            .on_disabled_hover_text("已有表决记录，不能再改变表决方式");
        if response.changed() {
            sender.act(Action::SetVoteTogether {
                motion: motion.id,
                together,
            });
        }
    }
    ui.add_space(6.0);
    let Some(vote) = vote_for(session, subject) else {
        record_sitting_ui(
            ui,
            session,
            ("vote_sitting", subject),
            decisions::sitting_of_subject(session, subject),
            Err("开始记录后可更改；此前随议题的「所在会议」"),
        );
        let status = vote_state(session, subject);
        ui.label(state_text(&status));
        ui.weak("尚未记录。选择记录方式开始表决：");
        mode_buttons_ui(ui, None, |mode| {
            sender.act(Action::StartVote {
                subject: subject.clone(),
                mode,
            });
        });
        return;
    };
    let status = state_of_vote(session, vote);
    let locked = vote.is_announced();
    let changeable = if locked {
        Err("结果已宣布，表决所在会议不能再改")
    } else {
        Ok(())
    };
    if let Some(sitting) = record_sitting_ui(
        ui,
        session,
        ("vote_sitting", subject),
        vote.sitting,
        changeable,
    ) {
        sender.act(Action::SetVoteSitting {
            vote: vote.id,
            sitting,
        });
    }
    if locked {
        locked_ui(
            ui,
            state,
            |by, reason| Action::Unlock {
                target: RecordedId::Vote(vote.id),
                by,
                reason,
            },
            sender,
        );
    }
    ui.add_enabled_ui(!locked, |ui| {
        mode_buttons_ui(ui, Some(&vote.record), |mode| {
            let action = Action::StartVote {
                subject: subject.clone(),
                mode,
            };
            // What was entered goes with the old mode: asked first.
            let entered = decisions::tally(&vote.record).map_or(0, |t| t.total());
            if entered > 0 {
                state.mode_switch = Some(PendingModeSwitch {
                    discarded: format!("已录入的{entered}票"),
                    action,
                });
            } else {
                sender.act(action);
            }
        });
        match &vote.record {
            VoteRecord::Counts(tally) => {
                if let Some(tally) = counts_ui(ui, *tally) {
                    sender.act(Action::SetVoteCounts {
                        vote: vote.id,
                        tally,
                    });
                }
            }
            VoteRecord::Ballots(_) => ballots_ui(ui, session, vote, sender),
            VoteRecord::ResultOnly(_) => {
                ui.weak("（只记结果，票数未记录）");
            }
        }
    });
    ui.add_space(8.0);
    match &status {
        VoteState::Announced(result) => {
            ui.label(
                RichText::new(format!("{}（已宣布）", result_sentence(session, vote)))
                    .color(if result.is_adopted() { GREEN } else { RED })
                    .size(20.0)
                    .strong(),
            );
        }
        VoteState::Recording(provisional) => {
            provisional_line(ui, provisional, |result| {
                (result_sentence(session, vote), result.is_adopted())
            });
        }
        VoteState::Pending | VoteState::NotVoted => {}
    }
    if !locked {
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui
                .button(RichText::new("宣布结果").strong())
                .on_hover_text("结果成为正式结果并锁定记录；在大屏幕上屏后显示")
                .clicked()
            {
                state.ask_to_announce(session, RecordedId::Vote(vote.id), sender);
            }
            if ui.button("删除记录").clicked() {
                sender.act(Action::DeleteVote(vote.id));
            }
        });
        if let Some(refusal) = state.refusal_for(session, RecordedId::Vote(vote.id)) {
            ui.add(egui::Label::new(RichText::new(refusal).color(RED).strong()).wrap());
        }
    }
    if !vote.history.is_empty() {
        ui.add_space(8.0);
        ui.label(RichText::new("解锁修改记录").strong());
        for amendment in &vote.history {
            ui.weak(format!(
                "{}　{}　{}　原记录：{}",
                amendment.at.format("%Y-%m-%d %H:%M:%S"),
                amendment.by,
                amendment.reason,
                record_summary(&amendment.previous)
            ));
        }
    }
}

/// The record's mode as buttons: 计票, 逐人记录, 只记结果：通过, 只记结果：未通过.
fn mode_buttons_ui(ui: &mut Ui, record: Option<&VoteRecord>, mut chosen: impl FnMut(RecordMode)) {
    ui.horizontal_wrapped(|ui| {
        ui.label("记录方式：");
        let modes = [
            (RecordMode::Counts, "计票"),
            (RecordMode::Ballots, "逐人记录"),
            (
                RecordMode::ResultOnly(ResultWithoutCounts::Adopted),
                "只记结果：通过",
            ),
            (
                RecordMode::ResultOnly(ResultWithoutCounts::Rejected),
                "只记结果：未通过",
            ),
        ];
        for (mode, label) in modes {
            let current = match (record, mode) {
                (Some(VoteRecord::Counts(_)), RecordMode::Counts)
                | (Some(VoteRecord::Ballots(_)), RecordMode::Ballots) => true,
                (Some(VoteRecord::ResultOnly(r)), RecordMode::ResultOnly(m)) => *r == m,
                _ => false,
            };
            if ui.selectable_label(current, label).clicked() && !current {
                chosen(mode);
            }
        }
    });
}

/// The notice of a locked record and the recorded unlock (who and why).
fn locked_ui(
    ui: &mut Ui,
    state: &mut VotingState,
    unlock: impl FnOnce(String, String) -> Action,
    sender: &mut Sender,
) {
    ui.label(
        RichText::new("结果已宣布，记录已锁定。")
            .color(GREEN)
            .strong(),
    );
    ui.horizontal_wrapped(|ui| {
        ui.label("修改需解锁并留痕：");
        named(
            ui.add(
                egui::TextEdit::singleline(&mut state.unlock_by)
                    .desired_width(100.0)
                    .hint_text("修改人"),
            ),
            "修改人",
        );
        named(
            ui.add(
                egui::TextEdit::singleline(&mut state.unlock_reason)
                    .desired_width(220.0)
                    .hint_text("原因"),
            ),
            "修改原因",
        );
        let ready = !state.unlock_by.trim().is_empty() && !state.unlock_reason.trim().is_empty();
        if ui
            .add_enabled(ready, egui::Button::new("解锁修改"))
            .on_disabled_hover_text("先写明修改人和原因")
            .clicked()
        {
            sender.act(unlock(
                state.unlock_by.trim().to_owned(),
                state.unlock_reason.trim().to_owned(),
            ));
            // Each unlock is signed afresh: nothing carries over to the next one.
            state.unlock_by.clear();
            state.unlock_reason.clear();
        }
    });
}

/// The four counts; returns the new counts when one was changed.
fn counts_ui(ui: &mut Ui, mut tally: Tally) -> Option<Tally> {
    let changed = number_fields_ui(
        ui,
        [
            ("赞成", &mut tally.yes),
            ("反对", &mut tally.no),
            ("弃权", &mut tally.abstain),
            ("未按", &mut tally.not_pressed),
        ],
    );
    changed.then_some(tally)
}

/// Labelled number fields in a row, large enough to read from the operator's chair; returns
/// whether any changed.
fn number_fields_ui(ui: &mut Ui, fields: [(&str, &mut u32); 4]) -> bool {
    let mut changed = false;
    ui.horizontal_wrapped(|ui| {
        for (label, value) in fields {
            ui.label(RichText::new(label).size(18.0));
            changed |= named(
                ui.add(super::widgets::number_field(value, 0..=9999).speed(0.2)),
                label,
            )
            .changed();
            ui.add_space(8.0);
        }
    });
    changed
}

/// The members present at a sitting (`None`: the session), with their names, in roster order.
fn present_members(session: &Session, sitting: Option<SittingId>) -> Vec<(MemberId, &str)> {
    session
        .present_member_ids_at(sitting)
        .into_iter()
        .filter_map(|id| session.member(id).map(|m| (id, m.name.as_str())))
        .collect()
}

/// Height of a row of a ballot list; only the rows in view are drawn.
const BALLOT_ROW_HEIGHT: f32 = 26.0;

/// One row per member present with a choice each, drawn for the rows in view only, using the
/// height left in the window; returns the member clicked, with the choice clicked and the
/// member's choice before, if any.
fn ballot_rows_ui<C: Copy + PartialEq>(
    ui: &mut Ui,
    id_salt: &str,
    present: &[(MemberId, &str)],
    current: impl Fn(MemberId) -> Option<C>,
    options: &[(C, &str)],
) -> Option<(MemberId, C, Option<C>)> {
    let mut clicked = None;
    // Room for the result line and the buttons below the list.
    let height = (ui.available_height() - 120.0).max(6.0 * BALLOT_ROW_HEIGHT);
    egui::ScrollArea::vertical()
        .id_salt(id_salt)
        .max_height(height)
        .show_rows(ui, BALLOT_ROW_HEIGHT, present.len(), |ui, range| {
            egui::Grid::new((id_salt, "grid"))
                .striped(true)
                .min_row_height(BALLOT_ROW_HEIGHT)
                .start_row(range.start)
                .show(ui, |ui| {
                    for (id, name) in &present[range] {
                        ui.label(*name);
                        let now = current(*id);
                        for (option, label) in options {
                            if ui.selectable_label(now == Some(*option), *label).clicked() {
                                clicked = Some((*id, *option, now));
                            }
                        }
                        ui.end_row();
                    }
                });
        });
    clicked
}

fn ballots_ui(ui: &mut Ui, session: &Session, vote: &Vote, sender: &mut Sender) {
    let VoteRecord::Ballots(ballots) = &vote.record else {
        return;
    };
    let present = present_members(session, vote.sitting);
    let choice_of = |member: MemberId| {
        ballots
            .iter()
            .find(|b| b.member == member)
            .map(|b| b.choice)
    };
    ui.horizontal_wrapped(|ui| {
        if ui.button("未投者全部记为赞成").clicked() {
            sender.act(Action::FillBallots {
                vote: vote.id,
                choice: Choice::Yes,
            });
        }
        let tally = decisions::tally(&vote.record).unwrap_or_default();
        let missing = present
            .iter()
            .filter(|(id, _)| choice_of(*id).is_none())
            .count();
        ui.label(format!(
            "已记{}张（赞成{}，反对{}，弃权{}，未按{}），未记{missing}人",
            ballots.len(),
            tally.yes,
            tally.no,
            tally.abstain,
            tally.not_pressed,
        ));
    });
    let options =
        [Choice::Yes, Choice::No, Choice::Abstain, Choice::NotPressed].map(|c| (c, c.label()));
    if let Some((member, choice, before)) =
        ballot_rows_ui(ui, "ballots", &present, choice_of, &options)
    {
        sender.act(Action::SetBallot {
            vote: vote.id,
            member,
            choice: (before != Some(choice)).then_some(choice),
        });
    }
}

fn evaluation_ui(
    ui: &mut Ui,
    session: &Session,
    id: EvaluationId,
    state: &mut VotingState,
    sender: &mut Sender,
) {
    let Some(evaluation) = session.evaluations.iter().find(|e| e.id == id) else {
        return;
    };
    let locked = evaluation.is_announced();
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new("满意度测评：").size(19.0));
        let mut subject = evaluation.subject.clone();
        let response = named(
            ui.add_enabled(
                !locked,
                egui::TextEdit::singleline(&mut subject)
                    .desired_width(320.0)
                    .font(egui::FontId::proportional(19.0)),
            ),
            "测评对象",
        );
        if response.changed() {
            sender.act(Action::RenameEvaluation {
                evaluation: id,
                subject,
            });
        }
        if !locked && ui.button("删除测评").clicked() {
            sender.act(Action::DeleteEvaluation(id));
        }
    });
    // FORMS.md §18: others evaluated too (「常委会组成人员以及列席会议的…分别逐一进行了测评」).
    ui.horizontal(|ui| {
        ui.label("其他测评人");
        let mut others = evaluation.other_evaluators.clone();
        let response = named(
            ui.add_enabled(
                !locked,
                egui::TextEdit::singleline(&mut others)
                    .desired_width(360.0)
                    .hint_text("只有常委会组成人员测评时留空；如：列席会议的市县人大代表、公民代表"),
            ),
            "其他测评人",
        )
        .on_hover_text(
            "填写后，测评结果印「常委会组成人员以及……根据现场提问和答复情况分别逐一进行了测评。」，\n\
             不再印组成人员的法定人数说明",
        );
        if response.changed() {
            sender.act(Action::SetEvaluationOtherEvaluators {
                evaluation: id,
                others,
            });
        }
    });
    let changeable = if locked {
        Err("结果已宣布，测评所在会议不能再改")
    } else {
        Ok(())
    };
    if let Some(sitting) = record_sitting_ui(
        ui,
        session,
        ("evaluation_sitting", id),
        evaluation.sitting,
        changeable,
    ) {
        sender.act(Action::SetEvaluationSitting {
            evaluation: id,
            sitting,
        });
    }
    if locked {
        locked_ui(
            ui,
            state,
            |by, reason| Action::Unlock {
                target: RecordedId::Evaluation(id),
                by,
                reason,
            },
            sender,
        );
    }
    ui.add_enabled_ui(!locked, |ui| {
        ui.horizontal_wrapped(|ui| {
            ui.label("记录方式：");
            let mode = match evaluation.record {
                EvaluationRecord::NotRecorded => None,
                EvaluationRecord::Counts(_) => Some(EvaluationMode::Counts),
                EvaluationRecord::Ballots(_) => Some(EvaluationMode::Ballots),
                EvaluationRecord::VerdictOnly(grade) => Some(EvaluationMode::VerdictOnly(grade)),
            };
            for (choice, label) in [
                (None, "未记录"),
                (Some(EvaluationMode::Counts), "计票"),
                (Some(EvaluationMode::Ballots), "逐人记录"),
                (
                    Some(EvaluationMode::VerdictOnly(Grade::Satisfied)),
                    "只记结论：满意",
                ),
                (
                    Some(EvaluationMode::VerdictOnly(Grade::BasicallySatisfied)),
                    "只记结论：基本满意",
                ),
                (
                    Some(EvaluationMode::VerdictOnly(Grade::Dissatisfied)),
                    "只记结论：不满意",
                ),
            ] {
                if ui.selectable_label(mode == choice, label).clicked() && mode != choice {
                    let action = Action::SetEvaluationMode {
                        evaluation: id,
                        mode: choice,
                    };
                    let entered =
                        decisions::evaluation_tally(&evaluation.record).map_or(0, |t| t.total());
                    if entered > 0 {
                        state.mode_switch = Some(PendingModeSwitch {
                            discarded: format!("已录入的{entered}张测评票"),
                            action,
                        });
                    } else {
                        sender.act(action);
                    }
                }
            }
        });
        match &evaluation.record {
            EvaluationRecord::NotRecorded => {}
            EvaluationRecord::VerdictOnly(_) => {
                ui.weak("（只记结论，票数未记录）");
            }
            EvaluationRecord::Counts(tally) => {
                if let Some(tally) = evaluation_counts_ui(ui, *tally) {
                    sender.act(Action::SetEvaluationCounts {
                        evaluation: id,
                        tally,
                    });
                }
            }
            EvaluationRecord::Ballots(ballots) => {
                let present = present_members(session, evaluation.sitting);
                let grade_of =
                    |member: MemberId| ballots.iter().find(|b| b.member == member).map(|b| b.grade);
                let options = [
                    (Some(Grade::Satisfied), "满意"),
                    (Some(Grade::BasicallySatisfied), "基本满意"),
                    (Some(Grade::Dissatisfied), "不满意"),
                    (None, "无效"),
                ];
                if let Some((member, grade, before)) =
                    ballot_rows_ui(ui, "evaluation_ballots", &present, grade_of, &options)
                {
                    sender.act(Action::SetEvaluationBallot {
                        evaluation: id,
                        member,
                        grade: (before != Some(grade)).then_some(grade),
                    });
                }
            }
        }
    });
    ui.add_space(8.0);
    let verdict_text = |result: &decisions::EvaluationResult| {
        let rates = result.rates.map_or_else(
            || {
                if result.tally.is_some() {
                    "无有效票".to_owned()
                } else {
                    "只记结论".to_owned()
                }
            },
            |(s, b)| {
                format!(
                    "满意率{}，满意及基本满意率{}",
                    crate::wording::phrases::percent(session, s),
                    crate::wording::phrases::percent(session, b)
                )
            },
        );
        (
            format!("测评结果：{}（{rates}）", result.verdict.label()),
            result.verdict != Grade::Dissatisfied,
        )
    };
    match evaluation_state(session, evaluation) {
        EvaluationState::Pending => {
            ui.weak("尚未记录。");
            return;
        }
        EvaluationState::Announced(result) => {
            let (text, good) = verdict_text(&result);
            ui.add(
                egui::Label::new(
                    RichText::new(format!("{text}（已宣布）"))
                        .color(if good { GREEN } else { RED })
                        .size(20.0)
                        .strong(),
                )
                .wrap(),
            );
        }
        EvaluationState::Recording(provisional) => {
            provisional_line(ui, &provisional, verdict_text);
        }
    }
    if !locked {
        ui.add_space(8.0);
        if ui
            .button(RichText::new("宣布结果").strong())
            .on_hover_text("结果成为正式结果并锁定记录；在大屏幕上屏后显示")
            .clicked()
        {
            state.ask_to_announce(session, RecordedId::Evaluation(id), sender);
        }
        if let Some(refusal) = state.refusal_for(session, RecordedId::Evaluation(id)) {
            ui.add(egui::Label::new(RichText::new(refusal).color(RED).strong()).wrap());
        }
    }
    if !evaluation.history.is_empty() {
        ui.add_space(8.0);
        ui.label(RichText::new("解锁修改记录").strong());
        for amendment in &evaluation.history {
            let previous = decisions::evaluation_tally(&amendment.previous).map_or_else(
                || "未记录".to_owned(),
                |t| {
                    format!(
                        "满意{}，基本满意{}，不满意{}，无效{}",
                        t.satisfied, t.basically_satisfied, t.dissatisfied, t.invalid
                    )
                },
            );
            ui.weak(format!(
                "{}　{}　{}　原记录：{previous}",
                amendment.at.format("%Y-%m-%d %H:%M:%S"),
                amendment.by,
                amendment.reason,
            ));
        }
    }
}

/// The four counts of an evaluation; returns the new counts when one was changed.
fn evaluation_counts_ui(ui: &mut Ui, mut tally: EvaluationTally) -> Option<EvaluationTally> {
    let changed = number_fields_ui(
        ui,
        [
            ("满意", &mut tally.satisfied),
            ("基本满意", &mut tally.basically_satisfied),
            ("不满意", &mut tally.dissatisfied),
            ("无效", &mut tally.invalid),
        ],
    );
    changed.then_some(tally)
}

/// The title of a vote or an evaluation, as the console and the hall give it.
fn recorded_title(session: &Session, id: RecordedId) -> String {
    let selection = match id {
        RecordedId::Vote(vote) => match session.votes.iter().find(|v| v.id == vote) {
            Some(vote) => Selection::Vote(vote.subject.clone()),
            None => return String::new(),
        },
        RecordedId::Evaluation(evaluation) => Selection::Evaluation(evaluation),
    };
    subject_title(session, &selection)
}

/// The confirmations of the console, as modal dialogs that take the keyboard (Esc cancels):
/// an announcement whose record misses members present, a change of mode that discards
/// what was entered.
fn confirmation_ui(ui: &mut Ui, session: &Session, state: &mut VotingState, sender: &mut Sender) {
    if let Some(pending) = state.confirming.clone() {
        // The record may have changed under the dialog (an undo, a late entry): then the
        // question no longer describes it, and only 取消 is offered.
        let unchanged =
            ConfirmedRecord::of(session, pending.target).as_ref() == Some(&pending.record);
        let decided = confirm_dialog_ui(
            ui,
            "confirm_announcement",
            "确认宣布结果",
            &pending.title,
            &pending.gap.question(),
            (!unchanged).then_some("记录已有改动，这一问已不适用。请取消后核对记录，再宣布。"),
            "确认宣布",
        );
        match decided {
            Some(true) => {
                sender.act(Action::Announce {
                    target: pending.target,
                    confirmed: Some(pending.record),
                    by: state.operator.trim().to_owned(),
                });
                state.confirming = None;
            }
            Some(false) => state.confirming = None,
            None => {}
        }
        return;
    }
    if let Some(pending) = state.mode_switch.clone() {
        let decided = confirm_dialog_ui(
            ui,
            "confirm_mode_switch",
            "改变记录方式",
            "",
            &format!("改变记录方式将清除{}。", pending.discarded),
            None,
            "清除并改变",
        );
        match decided {
            Some(true) => {
                sender.act(pending.action);
                state.mode_switch = None;
            }
            Some(false) => state.mode_switch = None,
            None => {}
        }
    }
}

/// A modal question: its heading, what it concerns, the question, a warning that makes the
/// answer impossible (then only 取消), and the button that agrees. `Some(true)` agreed,
/// `Some(false)` cancelled (取消, Esc or a click outside), `None` still open.
fn confirm_dialog_ui(
    ui: &mut Ui,
    id: &str,
    heading: &str,
    concerns: &str,
    question: &str,
    blocked: Option<&str>,
    agree: &str,
) -> Option<bool> {
    let mut decided = None;
    let response = egui::Modal::new(egui::Id::unique(id)).show(ui.ctx(), |ui| {
        ui.set_max_width(520.0);
        ui.heading(heading);
        if !concerns.is_empty() {
            ui.add(egui::Label::new(concerns).wrap());
        }
        ui.add_space(6.0);
        ui.add(egui::Label::new(RichText::new(question).color(AMBER).strong()).wrap());
        if let Some(blocked) = blocked {
            ui.add(egui::Label::new(RichText::new(blocked).color(RED).strong()).wrap());
        }
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui
                .add_enabled(blocked.is_none(), egui::Button::new(agree))
                .clicked()
            {
                decided = Some(true);
            }
            if ui.button("取消").clicked() {
                decided = Some(false);
            }
        });
    });
    if response.should_close() && decided.is_none() {
        decided = Some(false);
    }
    decided
}

/// Parses the four typed numbers; a blank field is 0.
fn parse_fields(fields: &[String; 4]) -> Result<Tally, String> {
    let mut numbers = [0u32; 4];
    for (index, (field, label)) in fields
        .iter()
        .zip(["赞成", "反对", "弃权", "未按"])
        .enumerate()
    {
        let text = field.trim();
        numbers[index] = if text.is_empty() {
            0
        } else {
            text.parse()
                .map_err(|_| format!("「{label}」应为非负整数"))?
        };
    }
    Ok(Tally {
        yes: numbers[0],
        no: numbers[1],
        abstain: numbers[2],
        not_pressed: numbers[3],
    })
}

fn fast_entry_ui(ui: &mut Ui, session: &Session, state: &mut VotingState, sender: &mut Sender) {
    let Some(entry) = &mut state.fast_entry else {
        return;
    };
    let escape = ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Escape));
    if escape {
        state.fast_entry = None;
        return;
    }
    ui.label(RichText::new("快速录入").size(22.0).strong());
    ui.weak("输入票数（Tab 切换），回车记录并转到下一项，Esc 退出。记录后仍须逐项「宣布结果」。");
    let Some(subject) = entry.subject.clone() else {
        ui.add_space(20.0);
        ui.label(RichText::new("没有待表决的事项了。").size(18.0));
        return;
    };
    let sitting = decisions::sitting_for(session, &subject);
    let pending = pending_votes(session);
    let position = pending
        .iter()
        .position(|s| *s == subject)
        .map_or(0, |p| p + 1);
    ui.add_space(10.0);
    ui.label(RichText::new(format!("第{position}项，共{}项待表决", pending.len())).weak());
    ui.add(
        egui::Label::new(
            RichText::new(crate::wording::names::subject_name(session, &subject))
                .size(20.0)
                .strong(),
        )
        .wrap(),
    );
    ui.add_space(10.0);
    let mut enter = false;
    ui.horizontal(|ui| {
        for (index, label) in ["赞成", "反对", "弃权", "未按"].iter().enumerate() {
            ui.label(RichText::new(*label).size(20.0));
            let response = named(
                ui.add(
                    egui::TextEdit::singleline(&mut entry.fields[index])
                        .desired_width(70.0)
                        .font(egui::FontId::proportional(22.0))
                        .id(egui::Id::unique(("fast_entry_field", index))),
                ),
                label,
            );
            if index == 0 && entry.focus_first {
                response.request_focus();
                entry.focus_first = false;
            }
            if response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                enter = true;
            }
        }
    });
    let parsed = parse_fields(&entry.fields).and_then(|tally| {
        let record = VoteRecord::Counts(tally);
        decisions::record_problem(session, &record, sitting)
            .map(|()| record)
            .map_err(|p| format!("记录有误：{p}"))
    });
    match &parsed {
        Ok(record) => {
            provisional_line(ui, &decisions::provisional(session, record, sitting), |r| {
                (
                    decisions::record_sentence(session, record, *r),
                    r.is_adopted(),
                )
            });
        }
        Err(problem) => {
            ui.label(RichText::new(problem.as_str()).color(RED).size(18.0));
        }
    }
    if let Some(problem) = &entry.problem {
        ui.label(RichText::new(problem.as_str()).color(RED));
    }
    if enter {
        match parsed {
            Ok(record) => {
                sender.act(Action::RecordVote {
                    subject: subject.clone(),
                    record,
                });
                // Move on to the next pending subject after this one.
                let next = pending
                    .iter()
                    .skip_while(|s| **s != subject)
                    .nth(1)
                    .cloned();
                if let Some(next) = &next {
                    state.select(Selection::Vote(next.clone()));
                }
                state.fast_entry = Some(FastEntry {
                    subject: next,
                    focus_first: true,
                    ..FastEntry::default()
                });
            }
            Err(problem) => {
                entry.problem = Some(format!("未记录：{problem}"));
                entry.focus_first = true;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_numbers_are_parsed_with_blanks_as_zero() {
        let fields = [
            "33".to_owned(),
            "".to_owned(),
            " 2 ".to_owned(),
            "0".to_owned(),
        ];
        assert_eq!(
            parse_fields(&fields),
            Ok(Tally {
                yes: 33,
                no: 0,
                abstain: 2,
                not_pressed: 0
            })
        );
        let bad = ["3a".to_owned(), String::new(), String::new(), String::new()];
        assert!(parse_fields(&bad).is_err());
    }
}
