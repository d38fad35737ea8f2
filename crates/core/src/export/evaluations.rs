//! 满意度测评结果 (DOMAIN.md §11): the notice a body publishes after its evaluations — a heading,
//! a paragraph (the date, 无记名投票, what was evaluated, each result), the rule as a note, a table
//! with one row per object (序号, 测评对象, 满意, 基本满意, 不满意, 测评结果), the members present
//! and the quorum, and the office with the date.

use super::doc::{Doc, DocBlock, Signature};
use crate::model::decisions::{EvaluationResult, evaluation_decision};
use crate::model::{Evaluation, SatisfactionBase, SatisfactionRule, Session, SittingId, Table};
use crate::wording::join_with_and;
use crate::wording::phrases::{
    evaluation_notice_is_announcement, evaluation_notice_is_numbered, evaluation_notice_item,
    evaluation_notice_number, evaluation_notice_title, percent, session_days,
};

/// The notice of the session's evaluation results: only those announced; before any is, a line
/// that says so.
pub fn evaluation_results_doc(session: &Session) -> Doc {
    // The body's header (FORMS.md §18): 「…满意度测评结果」, or a 公告 with the office's number.
    let title = evaluation_notice_title(session);
    let mut doc = Doc::new(title.clone());
    doc.push(DocBlock::Title(title));
    if let Some(number) = evaluation_notice_number(session) {
        doc.push(DocBlock::Centered(number));
    }
    doc.push(DocBlock::Blank);
    if session.evaluations.is_empty() {
        doc.paragraph("本次会议未进行满意度测评。");
        return doc;
    }
    // Only what was announced is published (DOMAIN.md §18).
    let results: Vec<(&Evaluation, Option<EvaluationResult>)> = session
        .evaluations
        .iter()
        .filter_map(|e| evaluation_decision(session, e).map(|r| (e, Some(r))))
        .collect();
    if results.is_empty() {
        doc.paragraph("本次会议的满意度测评结果尚未宣布。结果宣布后方可印发测评结果。");
        return doc;
    }
    let sitting = common_sitting(session);
    let counts = session.attendance_counts_at(sitting);
    if evaluation_notice_is_numbered(session) {
        // A numbered 公告 (FORMS.md §18 `counts_rates`): the objects item by item, no table.
        let mut opening = summary_paragraph(session, &[], &results, sitting);
        opening.push_str(ANNOUNCED_BELOW);
        doc.paragraph(opening);
        for (index, (evaluation, result)) in results.iter().enumerate() {
            if let Some(result) = result {
                doc.paragraph(evaluation_notice_item(
                    session,
                    index + 1,
                    &evaluation.subject,
                    result,
                    counts.present,
                ));
            }
        }
    } else if evaluation_notice_is_announcement(session) {
        // A 公告 with the table (FORMS.md §18 `gonggao`): 「现将测评结果公告如下：」, then the table.
        let mut opening = summary_paragraph(session, &[], &results, sitting);
        opening.push_str(ANNOUNCED_BELOW);
        doc.paragraph(opening);
        doc.push(DocBlock::Table(results_table(session, &results)));
    } else {
        let items: Vec<String> = results
            .iter()
            .enumerate()
            .filter_map(|(index, (e, r))| {
                r.as_ref().map(|r| {
                    evaluation_notice_item(session, index + 1, &e.subject, r, counts.present)
                })
            })
            .collect();
        doc.paragraph(summary_paragraph(session, &items, &results, sitting));
        doc.push(DocBlock::Table(results_table(session, &results)));
    }
    let quorum = crate::wording::attendance::quorum_phrase(counts);
    // Others evaluated too (FORMS.md §18): who evaluated is said, and the members' quorum is not.
    let evaluators = crate::wording::phrases::other_evaluators_sentence(
        session,
        results.iter().map(|(e, _)| *e),
    );
    let note = match crate::wording::forms::chosen(session, "evaluation_quorum") {
        _ if evaluators.is_some() => evaluators.unwrap_or_default(),
        None => format!(
            "本次测评{}，{quorum}。",
            crate::wording::attendance::members_and_present(counts)
        ),
        // FORMS.md §6 `evaluation_note`, or none.
        Some(template) => crate::wording::forms::fill(
            &template,
            &[
                ("应到", counts.members.to_string()),
                ("实到", counts.present.to_string()),
                ("法定人数", quorum.to_owned()),
                ("测评法定人数", quorum.replace("法定人数", "测评的法定人数")),
            ],
        ),
    };
    if !note.is_empty() {
        doc.paragraph(note);
    }
    // The rule as a note (FORMS.md §18), or none where the body prints none.
    let rule = rule_note(&session.body.settings.satisfaction_rule);
    let rule = match crate::wording::forms::chosen(session, "evaluation_rule") {
        None => format!("注：{rule}"),
        Some(template) => crate::wording::forms::fill(&template, &[("规则", rule)]),
    };
    if !rule.is_empty() {
        doc.paragraph(rule);
    }
    // What follows from a low result, in the body's words (FORMS.md §18).
    let consequence = session.body.settings.evaluation_consequence.trim();
    if !consequence.is_empty() {
        doc.paragraph(consequence);
    }
    doc.push(DocBlock::Blank);
    doc.push(DocBlock::Signature(Signature {
        issuer: vec![format!("{}办公室", session.body.name)],
        date: session
            .details
            .dates
            .iter()
            .max()
            .map(|day| crate::wording::dates::DateStyle::of_session(session).date(*day))
            .unwrap_or_default(),
    }));
    doc
}

/// The words a 公告 opens its results with (FORMS.md §18).
const ANNOUNCED_BELOW: &str = "现将测评结果公告如下：";

/// The sitting every evaluation was held at, if they were all held at the same one: its day
/// and attendance are the notice's.
fn common_sitting(session: &Session) -> Option<SittingId> {
    let first = session.evaluations.first()?.sitting?;
    session
        .evaluations
        .iter()
        .all(|e| e.sitting == Some(first))
        .then_some(first)
        .filter(|id| session.sitting(*id).is_some())
}

/// 「2023年12月21日，…第九次会议以无记名投票方式，对A、B和C进行了满意度测评。测评结果：A为满意；B为基本满意。」:
/// the results as `items` tell them (none: the sentence alone).
fn summary_paragraph(
    session: &Session,
    items: &[String],
    results: &[(&Evaluation, Option<EvaluationResult>)],
    sitting: Option<SittingId>,
) -> String {
    let subjects: Vec<String> = results.iter().map(|(e, _)| e.subject.clone()).collect();
    let mut text = String::new();
    let days = match sitting.and_then(|id| session.sitting(id)) {
        Some(sitting) => {
            Some(crate::wording::dates::DateStyle::of_session(session).date(sitting.date))
        }
        None => session_days(session),
    };
    if let Some(days) = days {
        text.push_str(&days);
        text.push('，');
    }
    text.push_str(&format!(
        "{}以无记名投票方式，对{}进行了满意度测评。",
        session.full_title(),
        join_with_and(&subjects)
    ));
    if !items.is_empty() {
        text.push_str(&format!("测评结果：{}。", items.join("；")));
    }
    text
}

/// One row per object; counts where recorded, 「—」 where not, 「未宣布」 before the result is.
fn results_table(session: &Session, results: &[(&Evaluation, Option<EvaluationResult>)]) -> Table {
    let mut rows = vec![
        [
            "序号",
            "测评对象",
            "满意",
            "基本满意",
            "不满意",
            "满意率",
            "测评结果",
        ]
        .map(str::to_owned)
        .to_vec(),
    ];
    // A category without a vote (FORMS.md §18): 「0」, an empty cell, or left out with its
    // column where no object has any.
    let zero = session.body.settings.zero_counts;
    for (index, (evaluation, result)) in results.iter().enumerate() {
        let dash = || "—".to_owned();
        let tally = result.and_then(|r| r.tally);
        let count = |n: Option<u32>| match n {
            None => dash(),
            Some(0) if zero != crate::model::ZeroCounts::Zero => String::new(),
            Some(n) => n.to_string(),
        };
        rows.push(vec![
            (index + 1).to_string(),
            evaluation.subject.clone(),
            count(tally.map(|t| t.satisfied)),
            count(tally.map(|t| t.basically_satisfied)),
            count(tally.map(|t| t.dissatisfied)),
            result
                .and_then(|r| r.rates)
                .map_or_else(dash, |(satisfied, _)| percent(session, satisfied)),
            result.map_or_else(|| "未宣布".to_owned(), |r| r.verdict.label().to_owned()),
        ]);
    }
    if zero == crate::model::ZeroCounts::LeftOut {
        // The count columns (满意, 基本满意, 不满意) with no vote in any row.
        let empty: Vec<usize> = (2..=4)
            .filter(|&column| rows.iter().skip(1).all(|row| row[column].is_empty()))
            .collect();
        for row in &mut rows {
            for column in empty.iter().rev() {
                row.remove(*column);
            }
        }
    }
    Table {
        caption: String::new(),
        header_rows: 1,
        rows,
    }
}

/// The rule in words: 「满意票超过全体组成人员的半数为满意；满意票与基本满意票之和超过全体组成人员的半数
/// 为基本满意；其余为不满意。」
pub fn rule_note(rule: &SatisfactionRule) -> String {
    let base = match rule.base {
        SatisfactionBase::AllMembers => "全体组成人员",
        SatisfactionBase::Present => "出席人员",
        SatisfactionBase::ValidBallots => "有效票",
    };
    let share = if rule.threshold_percent == 50 {
        "半数".to_owned()
    } else {
        format!("{}%", rule.threshold_percent)
    };
    let reach = if rule.strictly_more {
        "超过"
    } else {
        "达到"
    };
    format!(
        "满意票{reach}{base}的{share}为满意；满意票与基本满意票之和{reach}{base}的{share}为基本满意；其余为不满意。"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_rule_reads_as_domain_md_says_it() {
        assert_eq!(
            rule_note(&SatisfactionRule::default()),
            "满意票超过全体组成人员的半数为满意；满意票与基本满意票之和超过全体组成人员的半数为基本满意；其余为不满意。"
        );
    }
}
