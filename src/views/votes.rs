//! 表决/测评: the operator's console during the session. Every votable subject in agenda order
//! with its status; the selected one recorded as counts, one ballot per member present, or the
//! result only; satisfaction evaluations; and a keyboard-only fast entry mode.

use std::collections::BTreeMap;

use egui::{Color32, RichText, Ui};

use super::widgets::{named, screen_heading};
use crate::action::Action;
use crate::model::check::vote_subject_text;
use crate::model::rules::{
    check_evaluation, check_tally, passing_threshold, satisfaction_rates, satisfaction_verdict,
};
use crate::model::votes::{tally_of_ballots, tally_of_evaluation_ballots};
use crate::model::voting::{
    VoteResult, is_pending, result_of, result_sentence, tally_of, vote_for, voting_order,
};
use crate::model::{
    Absence, AttendanceCounts, Ballot, Choice, EvaluationBallot, EvaluationId, EvaluationRecord,
    EvaluationTally, Grade, Member, MemberId, ResultWithoutCounts, Session, Tally, VoteRecord,
    VoteSubject,
};

/// Green for adopted / satisfied.
pub const GREEN: Color32 = Color32::from_rgb(0x2e, 0x7d, 0x32);
/// Red for rejected / flagged.
pub const RED: Color32 = Color32::from_rgb(0xc6, 0x28, 0x28);

/// What the console (and so the hall screen) has selected.
#[derive(Clone, Debug, PartialEq, Eq)]
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

/// State of the voting console between frames.
#[derive(Debug, Default)]
pub struct VotingState {
    /// The selected subject or evaluation.
    pub selection: Option<Selection>,
    /// Fast entry, when active.
    pub fast_entry: Option<FastEntry>,
    /// Whether the hall screen is open.
    pub hall_open: bool,
    /// Who unlocks an announced vote.
    pub unlock_by: String,
    /// Why.
    pub unlock_reason: String,
    /// Subject of a new evaluation being added.
    pub new_evaluation: String,
}

impl VotingState {
    /// Starts fast entry at the first pending vote.
    pub fn start_fast_entry(&mut self, session: &Session) {
        let subject = crate::model::voting::pending_votes(session)
            .into_iter()
            .next();
        if let Some(subject) = &subject {
            self.selection = Some(Selection::Vote(subject.clone()));
        }
        self.fast_entry = Some(FastEntry {
            subject,
            focus_first: true,
            ..FastEntry::default()
        });
    }
}

/// The voting console.
pub fn votes_ui(
    ui: &mut Ui,
    session: &mut Session,
    state: &mut VotingState,
    actions: &mut Vec<Action>,
) {
    let counts = session.attendance_counts();
    ui.horizontal(|ui| {
        screen_heading(ui, "表决与测评");
        ui.label(format!(
            "应到{}人　实到{}人　通过需赞成票至少{}票（超过全体组成人员的半数）",
            counts.members,
            counts.present,
            passing_threshold(counts.members)
        ));
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let hall = if state.hall_open {
                "关闭大屏幕"
            } else {
                "打开大屏幕"
            };
            if ui
                .button(hall)
                .on_hover_text("在第二个窗口显示会议名称、当前议题、出席情况和表决结果")
                .clicked()
            {
                state.hall_open = !state.hall_open;
            }
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
    });
    if ui.input(|i| i.key_pressed(egui::Key::F5)) && state.fast_entry.is_none() {
        state.start_fast_entry(session);
    }
    ui.separator();
    egui::Panel::left("vote_subjects")
        .resizable(true)
        .default_size(420.0)
        .size_range(280.0..=640.0)
        .show(ui, |ui| {
            subject_list_ui(ui, session, state, actions);
        });
    egui::CentralPanel::default().show(ui, |ui| {
        if state.fast_entry.is_some() {
            fast_entry_ui(ui, session, state, actions);
            return;
        }
        match state.selection.clone() {
            Some(Selection::Vote(subject)) => {
                vote_recorder_ui(ui, session, &subject, state, actions);
            }
            Some(Selection::Evaluation(id)) => evaluation_ui(ui, session, id, actions),
            None => {
                ui.add_space(40.0);
                ui.vertical_centered(|ui| ui.weak("在左侧选择一项表决或测评"));
            }
        }
    });
}

/// 「未表决」, 「通过」 (green) or 「未通过」 (red) for a subject, with a lock mark when announced.
/// `members` is N, counted once per frame by the caller.
fn status_text(session: &Session, subject: &VoteSubject, members: u32) -> RichText {
    match vote_for(session, subject) {
        Some(vote) => {
            let result = result_of(&vote.record, members);
            let lock = if vote.announced {
                "（已宣布）"
            } else {
                ""
            };
            let color = if result == VoteResult::Adopted {
                GREEN
            } else {
                RED
            };
            RichText::new(format!("{}{lock}", result.label())).color(color)
        }
        None if is_pending(session, subject) => RichText::new("待表决").strong(),
        None => RichText::new("不表决").weak(),
    }
}

/// Height of a row of the subject list; only the rows in view are drawn.
const SUBJECT_ROW_HEIGHT: f32 = 26.0;

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
    state: &mut VotingState,
    actions: &mut Vec<Action>,
) {
    // Every row of the list, cheaply (the subjects themselves); the rows in view are drawn.
    let rows: Vec<SubjectRow> = std::iter::once(SubjectRow::VotesHeading)
        .chain(voting_order(session).into_iter().map(SubjectRow::Vote))
        .chain([SubjectRow::Blank, SubjectRow::EvaluationsHeading])
        .chain((0..session.evaluations.len()).map(SubjectRow::Evaluation))
        .chain([SubjectRow::AddEvaluation])
        .collect();
    let counts = session.attendance_counts();
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show_rows(ui, SUBJECT_ROW_HEIGHT, rows.len(), |ui, range| {
            for row in &rows[range] {
                ui.horizontal(|ui| {
                    ui.set_height(SUBJECT_ROW_HEIGHT);
                    subject_row_ui(ui, session, row, counts, state, actions);
                });
            }
        });
}

fn subject_row_ui(
    ui: &mut Ui,
    session: &Session,
    row: &SubjectRow,
    counts: AttendanceCounts,
    state: &mut VotingState,
    actions: &mut Vec<Action>,
) {
    let button_width = (ui.available_width() - 140.0).max(80.0);
    match row {
        SubjectRow::VotesHeading => {
            ui.label(RichText::new("表决事项（按议程顺序）").strong());
        }
        SubjectRow::Vote(subject) => {
            let selected = state
                .selection
                .as_ref()
                .is_some_and(|s| matches!(s, Selection::Vote(selected) if selected == subject));
            let text = vote_subject_text(session, subject);
            let button = egui::Button::selectable(selected, text).truncate();
            if ui.add_sized([button_width, 26.0], button).clicked() {
                state.selection = Some(Selection::Vote(subject.clone()));
                state.fast_entry = None;
            }
            ui.label(status_text(session, subject, counts.members));
        }
        SubjectRow::EvaluationsHeading => {
            ui.label(RichText::new("满意度测评").strong());
        }
        SubjectRow::Evaluation(index) => {
            let Some(evaluation) = session.evaluations.get(*index) else {
                return;
            };
            let selected = state.selection == Some(Selection::Evaluation(evaluation.id));
            let button = egui::Button::selectable(selected, evaluation.subject.as_str()).truncate();
            if ui.add_sized([button_width, 26.0], button).clicked() {
                state.selection = Some(Selection::Evaluation(evaluation.id));
                state.fast_entry = None;
            }
            match &evaluation.record {
                EvaluationRecord::NotRecorded => ui.weak("未记录"),
                EvaluationRecord::Counts(tally) => {
                    ui.label(evaluation_verdict(session, counts, tally).label())
                }
                EvaluationRecord::Ballots(ballots) => ui.label(
                    evaluation_verdict(session, counts, &tally_of_evaluation_ballots(ballots))
                        .label(),
                ),
            };
        }
        SubjectRow::AddEvaluation => {
            ui.add(
                egui::TextEdit::singleline(&mut state.new_evaluation)
                    .desired_width(200.0)
                    .hint_text("测评对象，如：市民政局工作"),
            );
            if ui
                .add_enabled(
                    !state.new_evaluation.trim().is_empty(),
                    egui::Button::new("＋ 新增测评"),
                )
                .clicked()
            {
                actions.push(Action::AddEvaluation {
                    subject: state.new_evaluation.trim().to_owned(),
                    reports: Vec::new(),
                });
                state.new_evaluation.clear();
            }
        }
        SubjectRow::Blank => {}
    }
}

fn evaluation_verdict(
    session: &Session,
    counts: AttendanceCounts,
    tally: &EvaluationTally,
) -> Grade {
    satisfaction_verdict(
        tally,
        &session.body.settings.satisfaction_rule,
        counts.members,
        counts.present,
    )
}

fn vote_recorder_ui(
    ui: &mut Ui,
    session: &mut Session,
    subject: &VoteSubject,
    state: &mut VotingState,
    actions: &mut Vec<Action>,
) {
    let counts = session.attendance_counts();
    ui.label(
        RichText::new(vote_subject_text(session, subject))
            .size(19.0)
            .strong(),
    );
    if let VoteSubject::Entries(ids) = subject
        && let Some((motion, _)) = ids.first().and_then(|id| session.entry(*id))
    {
        let motion_id = motion.id;
        let together = motion.vote_together;
        let mut value = together;
        if ui
            .checkbox(&mut value, "本议案合并表决（如法律职务）")
            .changed()
            && let Some(motion) = session.motions.iter_mut().find(|m| m.id == motion_id)
        {
            motion.vote_together = value;
            state.selection = None;
        }
    }
    ui.add_space(6.0);
    let Some(vote_index) =
        vote_for(session, subject).and_then(|v| session.votes.iter().position(|x| x.id == v.id))
    else {
        ui.weak("尚未记录。选择记录方式：");
        ui.horizontal(|ui| {
            if ui.button("计票（赞成/反对/弃权/未按）").clicked() {
                actions.push(Action::RecordVote {
                    subject: subject.clone(),
                    record: VoteRecord::Counts(Tally::default()),
                });
            }
            if ui.button("逐人记录").clicked() {
                actions.push(Action::RecordVote {
                    subject: subject.clone(),
                    record: VoteRecord::Ballots(Vec::new()),
                });
            }
            if ui.button("只记结果：通过").clicked() {
                actions.push(Action::RecordVote {
                    subject: subject.clone(),
                    record: VoteRecord::ResultOnly(ResultWithoutCounts::Adopted),
                });
            }
            if ui.button("只记结果：未通过").clicked() {
                actions.push(Action::RecordVote {
                    subject: subject.clone(),
                    record: VoteRecord::ResultOnly(ResultWithoutCounts::Rejected),
                });
            }
        });
        return;
    };
    let sentence = result_sentence(session, &session.votes[vote_index].record);
    let present_members = present_members(&session.roster, &session.absences);
    let vote = &mut session.votes[vote_index];
    let vote_id = vote.id;
    let locked = vote.announced;
    if locked {
        ui.label(
            RichText::new("结果已宣布，记录已锁定。")
                .color(GREEN)
                .strong(),
        );
        ui.horizontal(|ui| {
            ui.label("修改需解锁并留痕：");
            ui.add(
                egui::TextEdit::singleline(&mut state.unlock_by)
                    .desired_width(100.0)
                    .hint_text("修改人"),
            );
            ui.add(
                egui::TextEdit::singleline(&mut state.unlock_reason)
                    .desired_width(220.0)
                    .hint_text("原因"),
            );
            if ui
                .add_enabled(
                    !state.unlock_by.trim().is_empty(),
                    egui::Button::new("解锁修改"),
                )
                .clicked()
            {
                actions.push(Action::UnlockVote {
                    vote: vote_id,
                    by: state.unlock_by.trim().to_owned(),
                    reason: state.unlock_reason.trim().to_owned(),
                });
                state.unlock_reason.clear();
            }
        });
    }
    ui.add_enabled_ui(!locked, |ui| {
        ui.horizontal(|ui| {
            ui.label("记录方式：");
            let mode = match vote.record {
                VoteRecord::Counts(_) => 0,
                VoteRecord::Ballots(_) => 1,
                VoteRecord::ResultOnly(_) => 2,
            };
            if ui.selectable_label(mode == 0, "计票").clicked() && mode != 0 {
                vote.record = VoteRecord::Counts(tally_of(&vote.record).unwrap_or_default());
            }
            if ui.selectable_label(mode == 1, "逐人记录").clicked() && mode != 1 {
                vote.record = VoteRecord::Ballots(Vec::new());
            }
            if ui.selectable_label(mode == 2, "只记结果").clicked() && mode != 2 {
                vote.record = VoteRecord::ResultOnly(ResultWithoutCounts::Adopted);
            }
        });
        match &mut vote.record {
            VoteRecord::Counts(tally) => counts_ui(ui, tally),
            VoteRecord::Ballots(ballots) => ballots_ui(ui, ballots, &present_members),
            VoteRecord::ResultOnly(result) => {
                ui.horizontal(|ui| {
                    ui.selectable_value(result, ResultWithoutCounts::Adopted, "通过");
                    ui.selectable_value(result, ResultWithoutCounts::Rejected, "未通过");
                    ui.weak("（票数未记录）");
                });
            }
        }
    });
    ui.add_space(8.0);
    // The result and any impossibility, at once.
    let problem = match &vote.record {
        VoteRecord::Counts(tally) => check_tally(tally, counts.present)
            .err()
            .map(|p| p.to_string()),
        VoteRecord::Ballots(ballots) => {
            let mut present: Vec<MemberId> = present_members.iter().map(|(id, _)| *id).collect();
            present.sort_unstable();
            let strangers = ballots
                .iter()
                .filter(|b| present.binary_search(&b.member).is_err())
                .count();
            (strangers > 0).then(|| format!("有{strangers}张选票来自未出席或不在名单中的人员"))
        }
        VoteRecord::ResultOnly(_) => None,
    };
    match problem {
        Some(problem) => {
            ui.label(
                RichText::new(format!("记录有误：{problem}"))
                    .color(RED)
                    .size(18.0)
                    .strong(),
            );
        }
        None => {
            let adopted = result_of(&vote.record, counts.members) == VoteResult::Adopted;
            ui.label(
                RichText::new(sentence)
                    .color(if adopted { GREEN } else { RED })
                    .size(20.0)
                    .strong(),
            );
        }
    }
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        if !locked
            && ui
                .button(RichText::new("宣布结果").strong())
                .on_hover_text("结果上大屏幕并锁定记录")
                .clicked()
        {
            actions.push(Action::AnnounceVote(vote_id));
        }
        if !locked && ui.button("删除记录").clicked() {
            actions.push(Action::DeleteVote(vote_id));
        }
    });
    if !vote.history.is_empty() {
        ui.add_space(8.0);
        ui.label(RichText::new("修改记录").strong());
        for amendment in &vote.history {
            let previous = result_sentence_plain(&amendment.previous);
            ui.weak(format!(
                "{}　{}　{}　原记录：{previous}",
                amendment.at.format("%Y-%m-%d %H:%M:%S"),
                amendment.by,
                amendment.reason
            ));
        }
    }
}

fn result_sentence_plain(record: &VoteRecord) -> String {
    match tally_of(record) {
        Some(t) => format!(
            "赞成{}，反对{}，弃权{}，未按{}",
            t.yes, t.no, t.abstain, t.not_pressed
        ),
        None => "只记结果".to_owned(),
    }
}

fn counts_ui(ui: &mut Ui, tally: &mut Tally) {
    ui.horizontal(|ui| {
        for (label, value) in [
            ("赞成", &mut tally.yes),
            ("反对", &mut tally.no),
            ("弃权", &mut tally.abstain),
            ("未按", &mut tally.not_pressed),
        ] {
            ui.label(RichText::new(label).size(18.0));
            named(
                ui.add(egui::DragValue::new(value).range(0..=9999).speed(0.2)),
                label,
            );
            ui.add_space(8.0);
        }
    });
}

/// The members present, in roster order, with their names; one pass over the roster.
fn present_members<'s>(roster: &'s [Member], absences: &[Absence]) -> Vec<(MemberId, &'s str)> {
    let mut absent: Vec<MemberId> = absences.iter().map(|a| a.member).collect();
    absent.sort_unstable();
    roster
        .iter()
        .filter(|m| absent.binary_search(&m.id).is_err())
        .map(|m| (m.id, m.name.as_str()))
        .collect()
}

/// Height of a row of a ballot list; only the rows in view are drawn.
const BALLOT_ROW_HEIGHT: f32 = 26.0;

/// One row per member present with a choice each, drawn for the rows in view only; returns
/// the member clicked, with the choice clicked and the member's choice before, if any.
fn ballot_rows_ui<C: Copy + PartialEq>(
    ui: &mut Ui,
    id_salt: &str,
    present: &[(MemberId, &str)],
    current: impl Fn(MemberId) -> Option<C>,
    options: &[(C, &str)],
) -> Option<(MemberId, C, Option<C>)> {
    let mut clicked = None;
    egui::ScrollArea::vertical()
        .id_salt(id_salt)
        .max_height(420.0)
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

fn ballots_ui(ui: &mut Ui, ballots: &mut Vec<Ballot>, present: &[(MemberId, &str)]) {
    // Each member's first ballot, looked up by member for the rows and the counts.
    let first_choices = |ballots: &[Ballot]| -> BTreeMap<MemberId, Choice> {
        ballots.iter().rev().map(|b| (b.member, b.choice)).collect()
    };
    let mut choices = first_choices(ballots);
    ui.horizontal(|ui| {
        if ui.button("未投者全部记为赞成").clicked() {
            for (id, _) in present {
                if !choices.contains_key(id) {
                    ballots.push(Ballot {
                        member: *id,
                        choice: Choice::Yes,
                    });
                }
            }
            choices = first_choices(ballots);
        }
        let tally = tally_of_ballots(ballots);
        ui.label(format!(
            "已记{}张（赞成{}，反对{}，弃权{}，未按{}），未记{}人",
            ballots.len(),
            tally.yes,
            tally.no,
            tally.abstain,
            tally.not_pressed,
            present
                .iter()
                .filter(|(id, _)| !choices.contains_key(id))
                .count()
        ));
    });
    let options =
        [Choice::Yes, Choice::No, Choice::Abstain, Choice::NotPressed].map(|c| (c, c.label()));
    let clicked = ballot_rows_ui(
        ui,
        "ballots",
        present,
        |id| choices.get(&id).copied(),
        &options,
    );
    if let Some((member, choice, before)) = clicked {
        ballots.retain(|b| b.member != member);
        if before != Some(choice) {
            ballots.push(Ballot { member, choice });
        }
    }
}

fn evaluation_ui(ui: &mut Ui, session: &mut Session, id: EvaluationId, actions: &mut Vec<Action>) {
    let counts = session.attendance_counts();
    let rule = session.body.settings.satisfaction_rule;
    let present = present_members(&session.roster, &session.absences);
    let Some(evaluation) = session.evaluations.iter_mut().find(|e| e.id == id) else {
        return;
    };
    ui.horizontal(|ui| {
        ui.label(RichText::new("满意度测评：").size(19.0));
        named(
            ui.add(
                egui::TextEdit::singleline(&mut evaluation.subject)
                    .desired_width(320.0)
                    .font(egui::FontId::proportional(19.0)),
            ),
            "测评对象",
        );
        if ui.button("删除测评").clicked() {
            actions.push(Action::DeleteEvaluation(id));
        }
    });
    ui.horizontal(|ui| {
        ui.label("记录方式：");
        let mode = match evaluation.record {
            EvaluationRecord::NotRecorded => 0,
            EvaluationRecord::Counts(_) => 1,
            EvaluationRecord::Ballots(_) => 2,
        };
        if ui.selectable_label(mode == 0, "未记录").clicked() {
            evaluation.record = EvaluationRecord::NotRecorded;
        }
        if ui.selectable_label(mode == 1, "计票").clicked() && mode != 1 {
            evaluation.record = EvaluationRecord::Counts(EvaluationTally::default());
        }
        if ui.selectable_label(mode == 2, "逐人记录").clicked() && mode != 2 {
            evaluation.record = EvaluationRecord::Ballots(Vec::new());
        }
    });
    let tally = match &mut evaluation.record {
        EvaluationRecord::NotRecorded => return,
        EvaluationRecord::Counts(tally) => {
            ui.horizontal(|ui| {
                for (label, value) in [
                    ("满意", &mut tally.satisfied),
                    ("基本满意", &mut tally.basically_satisfied),
                    ("不满意", &mut tally.dissatisfied),
                    ("无效", &mut tally.invalid),
                ] {
                    ui.label(RichText::new(label).size(18.0));
                    named(
                        ui.add(egui::DragValue::new(value).range(0..=9999).speed(0.2)),
                        label,
                    );
                }
            });
            *tally
        }
        EvaluationRecord::Ballots(ballots) => {
            let grades: BTreeMap<MemberId, Option<Grade>> =
                ballots.iter().rev().map(|b| (b.member, b.grade)).collect();
            let options = [
                (Some(Grade::Satisfied), "满意"),
                (Some(Grade::BasicallySatisfied), "基本满意"),
                (Some(Grade::Dissatisfied), "不满意"),
                (None, "无效"),
            ];
            let clicked = ballot_rows_ui(
                ui,
                "evaluation_ballots",
                &present,
                |member| grades.get(&member).copied(),
                &options,
            );
            if let Some((member, grade, before)) = clicked {
                ballots.retain(|b| b.member != member);
                if before != Some(grade) {
                    ballots.push(EvaluationBallot { member, grade });
                }
            }
            tally_of_evaluation_ballots(ballots)
        }
    };
    ui.add_space(8.0);
    if let Err(problem) = check_evaluation(&tally, counts.present) {
        ui.label(
            RichText::new(format!("记录有误：{problem}"))
                .color(RED)
                .size(18.0)
                .strong(),
        );
        return;
    }
    let verdict = satisfaction_verdict(&tally, &rule, counts.members, counts.present);
    let rates = satisfaction_rates(&tally).map_or_else(
        || "无有效票".to_owned(),
        |(s, b)| format!("满意率{s:.1}%，满意及基本满意率{b:.1}%"),
    );
    let color = if verdict == Grade::Dissatisfied {
        RED
    } else {
        GREEN
    };
    ui.label(
        RichText::new(format!("测评结果：{}", verdict.label()))
            .color(color)
            .size(20.0)
            .strong(),
    );
    ui.label(rates);
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

fn fast_entry_ui(
    ui: &mut Ui,
    session: &Session,
    state: &mut VotingState,
    actions: &mut Vec<Action>,
) {
    let counts = session.attendance_counts();
    let Some(entry) = &mut state.fast_entry else {
        return;
    };
    let escape = ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Escape));
    if escape {
        state.fast_entry = None;
        return;
    }
    ui.label(RichText::new("快速录入").size(22.0).strong());
    ui.weak("输入票数（Tab 切换），回车记录并转到下一项，Esc 退出");
    let Some(subject) = entry.subject.clone() else {
        ui.add_space(20.0);
        ui.label(RichText::new("没有待表决的事项了。").size(18.0));
        return;
    };
    let pending = crate::model::voting::pending_votes(session);
    let position = pending
        .iter()
        .position(|s| *s == subject)
        .map_or(0, |p| p + 1);
    ui.add_space(10.0);
    ui.label(RichText::new(format!("第{position}项，共{}项待表决", pending.len())).weak());
    ui.label(
        RichText::new(vote_subject_text(session, &subject))
            .size(20.0)
            .strong(),
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
    let parsed = parse_fields(&entry.fields);
    match &parsed {
        Ok(tally) => match check_tally(tally, counts.present) {
            Ok(()) => {
                let record = VoteRecord::Counts(*tally);
                let adopted = result_of(&record, counts.members) == VoteResult::Adopted;
                ui.label(
                    RichText::new(result_sentence(session, &record))
                        .color(if adopted { GREEN } else { RED })
                        .size(18.0),
                );
            }
            Err(problem) => {
                ui.label(
                    RichText::new(format!("记录有误：{problem}"))
                        .color(RED)
                        .size(18.0),
                );
            }
        },
        Err(problem) => {
            ui.label(RichText::new(problem.as_str()).color(RED).size(18.0));
        }
    }
    if let Some(problem) = &entry.problem {
        ui.label(RichText::new(problem.as_str()).color(RED));
    }
    if enter {
        match parsed.and_then(|tally| {
            check_tally(&tally, counts.present)
                .map(|()| tally)
                .map_err(|p| p.to_string())
        }) {
            Ok(tally) => {
                actions.push(Action::RecordVote {
                    subject: subject.clone(),
                    record: VoteRecord::Counts(tally),
                });
                // Move on to the next pending subject after this one.
                let next = pending
                    .iter()
                    .skip_while(|s| **s != subject)
                    .nth(1)
                    .cloned();
                state.selection = next.clone().map(Selection::Vote);
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
