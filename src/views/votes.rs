//! 表决/测评: the votes and satisfaction evaluations recorded, each with its result as the
//! minutes will say it.

use egui::{RichText, Ui};

use super::widgets::screen_heading;
use crate::action::Action;
use crate::model::check::vote_subject_text;
use crate::model::rules::{
    check_evaluation, check_tally, passes, satisfaction_rates, satisfaction_verdict, vote_sentence,
};
use crate::model::votes::{tally_of_ballots, tally_of_evaluation_ballots};
use crate::model::{
    EvaluationRecord, EvaluationTally, ResultWithoutCounts, Session, Tally, VoteRecord,
};

/// The votes and evaluations screen.
pub fn votes_ui(ui: &mut Ui, session: &mut Session, _actions: &mut Vec<Action>) {
    let counts = session.attendance_counts();
    let show_not_pressed = session.body.settings.show_not_pressed;
    let rule = session.body.settings.satisfaction_rule;
    let subjects: Vec<String> = session
        .votes
        .iter()
        .map(|v| vote_subject_text(session, &v.subject))
        .collect();
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                screen_heading(ui, "表决");
                ui.weak(format!(
                    "通过需赞成票超过全体组成人员{}人的半数，即至少{}票",
                    counts.members,
                    crate::model::rules::passing_threshold(counts.members)
                ));
            });
            if session.votes.is_empty() {
                ui.weak("尚无表决记录");
            }
            egui::Grid::new("votes")
                .striped(true)
                .spacing([10.0, 6.0])
                .show(ui, |ui| {
                    for (vote, subject) in session.votes.iter_mut().zip(&subjects) {
                        ui.add(egui::Label::new(subject.as_str()).truncate())
                            .on_hover_text(subject.as_str());
                        match &mut vote.record {
                            VoteRecord::Counts(tally) => {
                                tally_fields_ui(ui, tally);
                                let sentence =
                                    vote_sentence(tally, counts.members, show_not_pressed);
                                match check_tally(tally, counts.present) {
                                    Ok(()) => result_label(
                                        ui,
                                        passes(tally.yes, counts.members),
                                        &sentence,
                                    ),
                                    Err(problem) => {
                                        ui.colored_label(
                                            ui.visuals().error_fg_color,
                                            format!("记录有误：{problem}"),
                                        );
                                    }
                                }
                            }
                            VoteRecord::Ballots(ballots) => {
                                let tally = tally_of_ballots(ballots);
                                ui.label(format!("逐人记录{}张", ballots.len()));
                                result_label(
                                    ui,
                                    passes(tally.yes, counts.members),
                                    &vote_sentence(&tally, counts.members, show_not_pressed),
                                );
                            }
                            VoteRecord::ResultOnly(result) => {
                                ui.horizontal(|ui| {
                                    ui.selectable_value(
                                        result,
                                        ResultWithoutCounts::Adopted,
                                        "通过",
                                    );
                                    ui.selectable_value(
                                        result,
                                        ResultWithoutCounts::Rejected,
                                        "未通过",
                                    );
                                });
                                let adopted = *result == ResultWithoutCounts::Adopted;
                                result_label(
                                    ui,
                                    adopted,
                                    if adopted {
                                        "表决通过（票数未记录）"
                                    } else {
                                        "未获通过（票数未记录）"
                                    },
                                );
                            }
                        }
                        ui.horizontal(|ui| {
                            if !matches!(vote.record, VoteRecord::Counts(_))
                                && ui.small_button("改为计票").clicked()
                            {
                                vote.record = VoteRecord::Counts(match &vote.record {
                                    VoteRecord::Ballots(ballots) => tally_of_ballots(ballots),
                                    _ => Tally::default(),
                                });
                            }
                        });
                        ui.end_row();
                    }
                });

            ui.add_space(16.0);
            screen_heading(ui, "满意度测评");
            ui.weak(format!(
                "规则：满意票{}{}的{}%为满意，满意与基本满意票合计{}该比例为基本满意，否则为不满意",
                if rule.strictly_more {
                    "超过"
                } else {
                    "达到"
                },
                rule.base.label(),
                rule.threshold_percent,
                if rule.strictly_more {
                    "超过"
                } else {
                    "达到"
                },
            ));
            egui::Grid::new("evaluations")
                .striped(true)
                .spacing([10.0, 6.0])
                .show(ui, |ui| {
                    for evaluation in &mut session.evaluations {
                        ui.add(
                            egui::TextEdit::singleline(&mut evaluation.subject)
                                .desired_width(220.0),
                        );
                        match &mut evaluation.record {
                            EvaluationRecord::NotRecorded => {
                                ui.weak("结果未记录");
                                if ui.small_button("录入结果").clicked() {
                                    evaluation.record =
                                        EvaluationRecord::Counts(EvaluationTally::default());
                                }
                            }
                            EvaluationRecord::Counts(tally) => {
                                evaluation_fields_ui(ui, tally);
                                evaluation_result_ui(
                                    ui,
                                    tally,
                                    &rule,
                                    counts.members,
                                    counts.present,
                                );
                            }
                            EvaluationRecord::Ballots(ballots) => {
                                let tally = tally_of_evaluation_ballots(ballots);
                                ui.label(format!("逐人记录{}张", ballots.len()));
                                evaluation_result_ui(
                                    ui,
                                    &tally,
                                    &rule,
                                    counts.members,
                                    counts.present,
                                );
                            }
                        }
                        ui.end_row();
                    }
                });
        });
}

fn tally_fields_ui(ui: &mut Ui, tally: &mut Tally) {
    ui.horizontal(|ui| {
        for (label, value) in [
            ("赞成", &mut tally.yes),
            ("反对", &mut tally.no),
            ("弃权", &mut tally.abstain),
            ("未按", &mut tally.not_pressed),
        ] {
            ui.label(label);
            ui.add(egui::DragValue::new(value).range(0..=9999));
        }
    });
}

fn evaluation_fields_ui(ui: &mut Ui, tally: &mut EvaluationTally) {
    ui.horizontal(|ui| {
        for (label, value) in [
            ("满意", &mut tally.satisfied),
            ("基本满意", &mut tally.basically_satisfied),
            ("不满意", &mut tally.dissatisfied),
            ("无效", &mut tally.invalid),
        ] {
            ui.label(label);
            ui.add(egui::DragValue::new(value).range(0..=9999));
        }
    });
}

fn evaluation_result_ui(
    ui: &mut Ui,
    tally: &EvaluationTally,
    rule: &crate::model::SatisfactionRule,
    members: u32,
    present: u32,
) {
    if let Err(problem) = check_evaluation(tally, present) {
        ui.colored_label(ui.visuals().error_fg_color, format!("记录有误：{problem}"));
        return;
    }
    let verdict = satisfaction_verdict(tally, rule, members, present);
    let rates = satisfaction_rates(tally).map_or_else(
        || "无有效票".to_owned(),
        |(s, b)| format!("满意率{s:.1}%，满意及基本满意率{b:.1}%"),
    );
    ui.label(RichText::new(format!("测评结果：{}　{rates}", verdict.label())).strong());
}

fn result_label(ui: &mut Ui, adopted: bool, sentence: &str) {
    let color = if adopted {
        egui::Color32::from_rgb(0x2e, 0x7d, 0x32)
    } else {
        egui::Color32::from_rgb(0xc6, 0x28, 0x28)
    };
    ui.label(RichText::new(sentence).color(color));
}
