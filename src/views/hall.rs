//! The hall screen (大屏幕): a second window for the projector with very large type. It shows
//! only what the operator has put there (上屏): the session's title (会标), the attendance with
//! the quorum, a subject with its result once announced, or nothing at all (黑屏). Browsing the
//! console never changes it, and it never shows a record being entered.

use egui::{Color32, RichText, Ui};

use super::votes::{GREEN, RED, Selection};
use crate::model::decisions::{
    EvaluationResult, EvaluationState, VoteResult, VoteState, evaluation_state, tally, vote_for,
    vote_state,
};
use crate::model::{AttendanceCounts, Session, SittingId, Tally};
use crate::wording::names::subject_name;
use crate::wording::phrases::percent;

/// What the operator has put on the hall screen.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum HallContent {
    /// 黑屏: nothing.
    Blank,
    /// 会标: the session's title.
    #[default]
    Banner,
    /// 出席情况: 应到, 实到, 请假, 缺席 and the quorum at a sitting (`None`: the session), as
    /// they were when the operator put them up: the hall does not follow later edits until
    /// they are put up again.
    Attendance(Option<SittingId>, AttendanceCounts),
    /// A vote subject or an evaluation: its title, and its result once announced.
    Subject(Selection),
}

impl HallContent {
    /// What the console says the hall shows: 「会标」, 「黑屏」, 「出席情况」, or the subject.
    pub fn describe(&self, session: &Session) -> String {
        match self {
            Self::Blank => "黑屏".to_owned(),
            Self::Banner => "会标（会议名称）".to_owned(),
            Self::Attendance(None, _) => "出席情况".to_owned(),
            Self::Attendance(Some(id), _) => format!(
                "出席情况（{}）",
                session.sitting_name(*id).unwrap_or_default()
            ),
            Self::Subject(selection) => subject_title(session, selection),
        }
    }
}

/// Everything the hall screen shows, computed from the session and what the operator put up.
#[derive(Clone, Debug, PartialEq)]
pub struct HallView {
    /// 「鹤壁市第十二届人民代表大会常务委员会第九次会议」.
    pub session_title: String,
    /// What the screen shows.
    pub screen: HallScreen,
}

/// The screen's content.
#[derive(Clone, Debug, PartialEq)]
pub enum HallScreen {
    /// 黑屏.
    Blank,
    /// The session's title, large.
    Banner,
    /// Attendance and the quorum.
    Attendance(AttendanceCounts),
    /// A subject and where it stands.
    Subject {
        /// 「会议议程」, the item's or resolution's title, 「满意度测评：…」.
        title: String,
        /// What shows under the title.
        status: HallStatus,
    },
}

/// What the hall shows under a subject's title.
#[derive(Clone, Debug, PartialEq)]
pub enum HallStatus {
    /// Nothing recorded yet: the title alone.
    Waiting,
    /// A vote is being recorded: 「正在表决」, never the counts so far.
    Voting,
    /// An evaluation is being recorded: 「正在测评」.
    Evaluating,
    /// An announced vote: counts when recorded, and the result.
    VoteResult {
        /// The counts, if recorded.
        tally: Option<Tally>,
        /// 通过 / 未通过.
        result: VoteResult,
    },
    /// An announced evaluation: counts (if recorded), verdict, and the rates as printed.
    EvaluationResult {
        /// The result.
        result: EvaluationResult,
        /// 「满意率90.91%　满意及基本满意率100.00%」, with the body's decimals.
        rates: Option<String>,
    },
}

/// The title the hall and the console give a vote subject or an evaluation.
pub fn subject_title(session: &Session, selection: &Selection) -> String {
    match selection {
        Selection::Vote(subject) => subject_name(session, subject),
        Selection::Evaluation(id) => session
            .evaluations
            .iter()
            .find(|e| e.id == *id)
            .map_or_else(String::new, |e| format!("满意度测评：{}", e.subject)),
    }
}

/// What the hall shows for `content`.
pub fn hall_view(session: &Session, content: &HallContent) -> HallView {
    let screen = match content {
        HallContent::Blank => HallScreen::Blank,
        HallContent::Banner => HallScreen::Banner,
        HallContent::Attendance(_, counts) => HallScreen::Attendance(*counts),
        HallContent::Subject(selection) => subject_screen(session, selection),
    };
    // The attendance of a sitting is titled with it: 「…第九次会议第二次全体会议」.
    let sitting = match content {
        HallContent::Attendance(Some(id), _) => session.sitting_name(*id),
        _ => None,
    };
    HallView {
        session_title: format!("{}{}", session.full_title(), sitting.unwrap_or_default()),
        screen,
    }
}

fn subject_screen(session: &Session, selection: &Selection) -> HallScreen {
    let title = subject_title(session, selection);
    let status = match selection {
        Selection::Vote(subject) => match vote_state(session, subject) {
            VoteState::Announced(result) => HallStatus::VoteResult {
                tally: vote_for(session, subject).and_then(|v| tally(&v.record)),
                result,
            },
            VoteState::Recording(_) => HallStatus::Voting,
            VoteState::Pending | VoteState::NotVoted => HallStatus::Waiting,
        },
        Selection::Evaluation(id) => match session.evaluations.iter().find(|e| e.id == *id) {
            None => return HallScreen::Banner,
            Some(evaluation) => match evaluation_state(session, evaluation) {
                EvaluationState::Announced(result) => HallStatus::EvaluationResult {
                    result,
                    rates: result.rates.map(|(satisfied, at_least_basic)| {
                        format!(
                            "满意率{}　满意及基本满意率{}",
                            percent(session, satisfied),
                            percent(session, at_least_basic)
                        )
                    }),
                },
                EvaluationState::Recording(_) => HallStatus::Evaluating,
                EvaluationState::Pending => HallStatus::Waiting,
            },
        },
    };
    HallScreen::Subject { title, status }
}

/// The colour of 「正在表决」.
const AMBER: Color32 = Color32::from_rgb(0xb2, 0x6a, 0x00);

/// Draws the hall screen, scaled to the space given (the projector window, or the console's
/// small preview of it).
pub fn hall_ui(ui: &mut Ui, view: &HallView) {
    let rect = ui.max_rect();
    let scale = (rect.width() / 1280.0)
        .min(rect.height() / 720.0)
        .clamp(0.1, 3.0);
    let size = |points: f32| points * scale;
    if view.screen == HallScreen::Blank {
        ui.painter().rect_filled(rect, 0.0, Color32::BLACK);
        return;
    }
    ui.vertical_centered(|ui| {
        ui.spacing_mut().item_spacing.y = size(8.0);
        match &view.screen {
            HallScreen::Blank => {}
            HallScreen::Banner => {
                ui.add_space((rect.height() * 0.38 - size(40.0)).max(0.0));
                ui.label(RichText::new(&view.session_title).size(size(52.0)).strong());
            }
            HallScreen::Attendance(counts) => {
                ui.add_space(size(40.0));
                ui.label(RichText::new(&view.session_title).size(size(34.0)).strong());
                ui.add_space(size(50.0));
                for line in [
                    format!("应到　{}人", counts.members),
                    format!("实到　{}人", counts.present),
                    format!("请假　{}人", counts.on_leave),
                    format!("缺席　{}人", counts.absent),
                ] {
                    ui.label(RichText::new(line).size(size(44.0)));
                }
                ui.add_space(size(24.0));
                let quorum = RichText::new(crate::wording::attendance::quorum_phrase(*counts))
                    .color(if counts.is_quorate() { GREEN } else { RED });
                ui.label(quorum.size(size(52.0)).strong());
            }
            HallScreen::Subject { title, status } => {
                ui.add_space(size(24.0));
                ui.label(RichText::new(&view.session_title).size(size(28.0)));
                ui.add_space(size(30.0));
                ui.label(RichText::new(title).size(size(38.0)).strong());
                ui.add_space(size(30.0));
                status_ui(ui, status, scale);
            }
        }
    });
}

fn status_ui(ui: &mut Ui, status: &HallStatus, scale: f32) {
    let size = |points: f32| points * scale;
    match status {
        HallStatus::Waiting => {}
        HallStatus::Voting => {
            ui.label(RichText::new("正在表决").size(size(48.0)).color(AMBER));
        }
        HallStatus::Evaluating => {
            ui.label(RichText::new("正在测评").size(size(48.0)).color(AMBER));
        }
        HallStatus::VoteResult { tally, result } => {
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
            let color = if result.is_adopted() { GREEN } else { RED };
            ui.add_space(size(16.0));
            ui.label(
                RichText::new(result.label())
                    .size(size(72.0))
                    .color(color)
                    .strong(),
            );
        }
        HallStatus::EvaluationResult { result, rates } => {
            if let Some(tally) = &result.tally {
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
            }
            ui.add_space(size(16.0));
            ui.label(
                RichText::new(format!("测评结果：{}", result.verdict.label()))
                    .size(size(56.0))
                    .strong(),
            );
            if let Some(rates) = rates {
                ui.label(RichText::new(rates.as_str()).size(size(28.0)));
            }
        }
    }
}

/// Horizontal bars with their labels and counts.
fn bar_chart_ui(ui: &mut Ui, bars: &[(&str, u32, Color32)], scale: f32) {
    let largest = bars.iter().map(|(_, n, _)| *n).max().unwrap_or(0).max(1) as f32;
    let bar_height = 48.0 * scale;
    let label_width = 170.0 * scale;
    let total_width = ui.available_width() * 0.7;
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
        painter.rect_filled(bar, 4.0 * scale, *color);
        painter.text(
            egui::pos2(bar.right() + 16.0 * scale, rect.center().y),
            egui::Align2::LEFT_CENTER,
            count.to_string(),
            font,
            ui.visuals().text_color(),
        );
    }
}
