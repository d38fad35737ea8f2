//! The hall screen (大屏幕): a second window for the projector with very large type. It shows
//! the session, the item the operator has selected, live attendance with the quorum, and —
//! once announced — the result of a vote or evaluation. It never shows drafts or notes.

use egui::{Color32, RichText, Ui};

use super::votes::{GREEN, RED, Selection};
use crate::model::check::vote_subject_text;
use crate::model::rules::{satisfaction_rates, satisfaction_verdict};
use crate::model::votes::tally_of_evaluation_ballots;
use crate::model::voting::{VoteResult, result_of, tally_of, vote_for};
use crate::model::{AttendanceCounts, EvaluationRecord, EvaluationTally, Grade, Session, Tally};

/// Everything the hall screen shows, computed from the session and the operator's selection.
#[derive(Clone, Debug, PartialEq)]
pub struct HallView {
    /// 「鹤壁市第十二届人民代表大会常务委员会第九次会议」.
    pub session_title: String,
    /// The selected subject, if any.
    pub current: Option<String>,
    /// Live attendance.
    pub attendance: AttendanceCounts,
    /// What the result area shows.
    pub result: HallResult,
}

/// The result area of the hall screen.
#[derive(Clone, Debug, PartialEq)]
pub enum HallResult {
    /// Nothing selected, or nothing to show.
    Nothing,
    /// A vote is selected but its result is not announced.
    VotingInProgress,
    /// An announced vote: counts when recorded, and the result.
    Vote {
        /// The counts, if recorded.
        tally: Option<Tally>,
        /// 通过 / 未通过.
        result: VoteResult,
    },
    /// A recorded evaluation: grade counts, verdict and rates.
    Evaluation {
        /// The counts.
        tally: EvaluationTally,
        /// The verdict.
        verdict: Grade,
        /// 满意率 and (满意+基本满意) rate, percent.
        rates: Option<(f64, f64)>,
    },
}

/// What the hall shows for `selection`.
pub fn hall_view(session: &Session, selection: Option<&Selection>) -> HallView {
    let attendance = session.attendance_counts();
    let (current, result) = match selection {
        None => (None, HallResult::Nothing),
        Some(Selection::Vote(subject)) => {
            let result = match vote_for(session, subject) {
                Some(vote) if vote.announced => HallResult::Vote {
                    tally: tally_of(&vote.record),
                    result: result_of(&vote.record, attendance.members),
                },
                _ => HallResult::VotingInProgress,
            };
            (Some(vote_subject_text(session, subject)), result)
        }
        Some(Selection::Evaluation(id)) => match session.evaluations.iter().find(|e| e.id == *id) {
            None => (None, HallResult::Nothing),
            Some(evaluation) => {
                let tally = match &evaluation.record {
                    EvaluationRecord::NotRecorded => None,
                    EvaluationRecord::Counts(tally) => Some(*tally),
                    EvaluationRecord::Ballots(ballots) => {
                        Some(tally_of_evaluation_ballots(ballots))
                    }
                };
                let result = tally.map_or(HallResult::Nothing, |tally| HallResult::Evaluation {
                    tally,
                    verdict: satisfaction_verdict(
                        &tally,
                        &session.body.settings.satisfaction_rule,
                        attendance.members,
                        attendance.present,
                    ),
                    rates: satisfaction_rates(&tally),
                });
                (Some(format!("满意度测评：{}", evaluation.subject)), result)
            }
        },
    };
    HallView {
        session_title: session.full_title(),
        current,
        attendance,
        result,
    }
}

/// Draws the hall screen, scaled to the window.
pub fn hall_ui(ui: &mut Ui, view: &HallView) {
    let scale = (ui.available_width() / 1280.0).clamp(0.6, 3.0);
    let size = |points: f32| points * scale;
    ui.vertical_centered(|ui| {
        ui.add_space(size(30.0));
        ui.label(RichText::new(&view.session_title).size(size(40.0)).strong());
        ui.add_space(size(18.0));
        let counts = &view.attendance;
        let quorum = if counts.is_quorate() {
            RichText::new("符合法定人数").color(GREEN)
        } else {
            RichText::new("不足法定人数").color(RED)
        };
        ui.horizontal(|ui| {
            let text = format!(
                "应到{}人　实到{}人　请假{}人　缺席{}人　",
                counts.members, counts.present, counts.on_leave, counts.absent
            );
            let width = size(30.0) * (text.chars().count() as f32 + 6.0);
            ui.add_space(((ui.available_width() - width) / 2.0).max(0.0));
            ui.label(RichText::new(text).size(size(30.0)));
            ui.label(quorum.size(size(30.0)).strong());
        });
        ui.add_space(size(30.0));
        if let Some(current) = &view.current {
            ui.label(RichText::new(current).size(size(34.0)));
        }
        ui.add_space(size(30.0));
        match &view.result {
            HallResult::Nothing => {}
            HallResult::VotingInProgress => {
                ui.label(
                    RichText::new("正在表决")
                        .size(size(44.0))
                        .color(Color32::from_rgb(0xb2, 0x6a, 0x00)),
                );
            }
            HallResult::Vote { tally, result } => {
                if let Some(tally) = tally {
                    let bars = [
                        ("赞成", tally.yes, GREEN),
                        ("反对", tally.no, RED),
                        ("弃权", tally.abstain, Color32::from_rgb(0x9e, 0x9e, 0x9e)),
                        (
                            "未按",
                            tally.not_pressed,
                            Color32::from_rgb(0x61, 0x61, 0x61),
                        ),
                    ];
                    bar_chart_ui(ui, &bars, scale);
                }
                let color = if *result == VoteResult::Adopted {
                    GREEN
                } else {
                    RED
                };
                ui.add_space(size(16.0));
                ui.label(
                    RichText::new(result.label())
                        .size(size(72.0))
                        .color(color)
                        .strong(),
                );
            }
            HallResult::Evaluation {
                tally,
                verdict,
                rates,
            } => {
                let bars = [
                    ("满意", tally.satisfied, GREEN),
                    (
                        "基本满意",
                        tally.basically_satisfied,
                        Color32::from_rgb(0x1e, 0x88, 0xe5),
                    ),
                    ("不满意", tally.dissatisfied, RED),
                    ("无效", tally.invalid, Color32::from_rgb(0x9e, 0x9e, 0x9e)),
                ];
                bar_chart_ui(ui, &bars, scale);
                ui.add_space(size(16.0));
                ui.label(
                    RichText::new(format!("测评结果：{}", verdict.label()))
                        .size(size(56.0))
                        .strong(),
                );
                if let Some((satisfied, at_least_basic)) = rates {
                    ui.label(
                        RichText::new(format!(
                            "满意率{satisfied:.1}%　满意及基本满意率{at_least_basic:.1}%"
                        ))
                        .size(size(28.0)),
                    );
                }
            }
        }
    });
}

/// Horizontal bars with their labels and counts.
fn bar_chart_ui(ui: &mut Ui, bars: &[(&str, u32, Color32)], scale: f32) {
    let largest = bars.iter().map(|(_, n, _)| *n).max().unwrap_or(0).max(1) as f32;
    let bar_height = 48.0 * scale;
    let label_width = 170.0 * scale;
    let total_width = (ui.available_width() * 0.7).max(300.0);
    for (label, count, color) in bars {
        let (rect, _) = ui.allocate_exact_size(
            egui::vec2(total_width, bar_height + 10.0 * scale),
            egui::Sense::hover(),
        );
        let painter = ui.painter_at(rect);
        let font = egui::FontId::proportional(32.0 * scale);
        painter.text(
            rect.left_center(),
            egui::Align2::LEFT_CENTER,
            *label,
            font.clone(),
            ui.visuals().text_color(),
        );
        let bar_space = rect.width() - label_width - 120.0 * scale;
        let length = bar_space * (*count as f32) / largest;
        let bar = egui::Rect::from_min_size(
            egui::pos2(
                rect.left() + label_width,
                rect.center().y - bar_height / 2.0,
            ),
            egui::vec2(length.max(2.0), bar_height),
        );
        painter.rect_filled(bar, 4.0, *color);
        painter.text(
            egui::pos2(bar.right() + 16.0 * scale, rect.center().y),
            egui::Align2::LEFT_CENTER,
            count.to_string(),
            font,
            ui.visuals().text_color(),
        );
    }
}
