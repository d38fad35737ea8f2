//! 主持词 (DOMAIN.md §13): the presiding officer's script, in the order the session runs — per
//! plenary sitting the opening with the attendance report (「本次会议应到…人，实到…人，符合法定
//! 人数。现在开会。」), each agenda item with who reports (「下面进行第一项议程，请…作…报告。」),
//! each vote (the instruction, then the result read out), the personnel votes in voting order,
//! the 任命书 handed over and the 宪法宣誓, the speech and the closing.
//!
//! Printed before the session it is complete, with blanks where results will be read out;
//! printed again during the session it carries the attendance and every announced result.

use super::doc::{Doc, DocBlock};
use super::phrases::{SentenceStyle, book_title, compact};
use crate::model::decisions::{
    VoteResult, announced_vote, is_expected, sitting_of_subject, tally, voting_order,
};
use crate::model::numerals::chinese_number;
use crate::model::{
    AgendaItem, AgendaKind, DocumentRef, Member, ReportKind, Role, Session, SittingId, SittingKind,
    VoteRecord, VoteSubject,
};

/// Where results are read out before they are known: 「＿＿」.
const BLANK: &str = "＿＿";

/// The presiding officer's script.
pub fn script_doc(session: &Session) -> Doc {
    let title = format!("{}主持词", session.full_title());
    let mut doc = Doc::new(title.clone());
    doc.push(DocBlock::Title(title));
    let parts = parts(session);
    let plenaries = parts.len();
    for (index, part) in parts.iter().enumerate() {
        let first = index == 0;
        let last = index + 1 == plenaries;
        if plenaries > 1 || part.sitting.is_some() {
            doc.push(DocBlock::Blank);
            doc.push(DocBlock::Heading(1, part.heading(session)));
        }
        if let Some(line) = presiding_line(session, part.sitting) {
            doc.push(DocBlock::Centered(line));
        }
        doc.push(DocBlock::Blank);
        doc.push(DocBlock::Plain(salutation(session, part.sitting)));
        for text in opening(session, part.sitting, first) {
            doc.paragraph(text);
        }
        // The agenda is adopted first.
        if first && part.votes.first() == Some(&VoteSubject::Agenda) {
            doc.paragraph("首先，审议本次会议议程（草案）。");
            for text in vote_paragraphs(session, &VoteSubject::Agenda) {
                doc.paragraph(text);
            }
        }
        for (number, item) in &part.items {
            for text in item_paragraphs(session, *number, item) {
                doc.paragraph(text);
            }
        }
        for evaluation in &part.evaluations {
            for text in evaluation_paragraphs(session, evaluation) {
                doc.paragraph(text);
            }
        }
        let votes: Vec<&VoteSubject> = part
            .votes
            .iter()
            .filter(|s| **s != VoteSubject::Agenda)
            .collect();
        let mut personnel_said = false;
        if !votes.is_empty() {
            doc.paragraph("下面进行表决。");
        }
        for subject in votes {
            if matches!(subject, VoteSubject::Entries(_)) && !personnel_said {
                doc.paragraph("下面对人事任免事项进行表决。");
                personnel_said = true;
            }
            for text in vote_paragraphs(session, subject) {
                doc.paragraph(text);
            }
        }
        if last {
            for text in closing_ceremonies(session) {
                doc.paragraph(text);
            }
            doc.paragraph("本次会议的各项议程已经全部完成。现在闭会。");
        } else {
            doc.paragraph(format!("{}到此结束。", part.heading(session)));
            for group in &part.groups_after {
                doc.paragraph(group.clone());
            }
        }
    }
    doc
}

/// One plenary sitting's part of the script (or the whole session without sittings).
struct Part<'s> {
    sitting: Option<SittingId>,
    /// The agenda items heard, with their numbers (1 for 第一项).
    items: Vec<(usize, &'s AgendaItem)>,
    /// The votes taken, in voting order.
    votes: Vec<VoteSubject>,
    /// The evaluations held, after the items.
    evaluations: Vec<&'s crate::model::Evaluation>,
    /// The group sittings between this one and the next, as notes.
    groups_after: Vec<String>,
}

impl Part<'_> {
    /// 「第一次全体会议」, or 「全体会议」 for a session without sittings.
    fn heading(&self, session: &Session) -> String {
        self.sitting
            .and_then(|id| session.sitting_name(id))
            .unwrap_or_else(|| "全体会议".to_owned())
    }
}

/// The script's parts: one per plenary sitting, items and votes placed in them (items placed
/// nowhere go to the first, votes placed nowhere to the last); without plenary sittings one
/// part for the whole session.
fn parts(session: &Session) -> Vec<Part<'_>> {
    let plenaries: Vec<SittingId> = session.plenary_sittings().map(|s| s.id).collect();
    let mut parts: Vec<Part> = if plenaries.is_empty() {
        vec![Part {
            sitting: None,
            items: Vec::new(),
            votes: Vec::new(),
            evaluations: Vec::new(),
            groups_after: Vec::new(),
        }]
    } else {
        plenaries
            .iter()
            .map(|id| Part {
                sitting: Some(*id),
                items: Vec::new(),
                votes: Vec::new(),
                evaluations: Vec::new(),
                groups_after: Vec::new(),
            })
            .collect()
    };
    let part_of = |sitting: Option<SittingId>, default: usize| -> usize {
        sitting
            .and_then(|id| plenaries.iter().position(|p| *p == id))
            .unwrap_or(default)
    };
    let last = parts.len() - 1;
    for (index, item) in session.agenda.iter().enumerate() {
        let at = part_of(item.sitting, 0);
        parts[at].items.push((index + 1, item));
    }
    // An evaluation is held at its sitting, else at its reports' item's, else at the last.
    for evaluation in &session.evaluations {
        let item_sitting = session
            .agenda
            .iter()
            .find(|item| {
                item.documents.iter().any(
                    |d| matches!(d, DocumentRef::Report(id) if evaluation.reports.contains(id)),
                )
            })
            .and_then(|item| item.sitting);
        let at = part_of(evaluation.sitting.or(item_sitting), last);
        parts[at].evaluations.push(evaluation);
    }
    for subject in voting_order(session) {
        if !is_expected(session, &subject) {
            continue;
        }
        let sitting = crate::model::decisions::vote_for(session, &subject)
            .and_then(|v| v.sitting)
            .or_else(|| sitting_of_subject(session, &subject));
        // The agenda is adopted at the opening of the first sitting.
        let default = if subject == VoteSubject::Agenda {
            0
        } else {
            last
        };
        let at = part_of(sitting, default);
        parts[at].votes.push(subject);
    }
    // Group sittings are noted after the plenary sitting before them.
    let mut current: Option<usize> = None;
    for sitting in &session.details.sittings {
        match sitting.kind {
            SittingKind::Plenary => current = plenaries.iter().position(|p| *p == sitting.id),
            SittingKind::Group => {
                use chrono::Datelike;
                let note = format!(
                    "（{}月{}日{}举行分组会议，审议有关议题。）",
                    sitting.date.month(),
                    sitting.date.day(),
                    sitting.time.trim()
                );
                if let Some(part) = current.and_then(|at| parts.get_mut(at)) {
                    part.groups_after.push(note);
                }
            }
        }
    }
    parts
}

/// 「（主持人：副主任 李明华）」 under a sitting's heading.
fn presiding_line(session: &Session, sitting: Option<SittingId>) -> Option<String> {
    let (presiding, _) = session.presiding_at(sitting);
    let member = presiding.and_then(|id| session.member(id))?;
    Some(format!(
        "（主持人：{}　{}）",
        member.role.label(),
        member.name
    ))
}

/// The salutation the presiding officer opens with: the body's, without his or her own office
/// (a 主任 says 「各位副主任、秘书长、各位委员：」).
fn salutation(session: &Session, sitting: Option<SittingId>) -> String {
    let full = session.body.salutation();
    let (presiding, _) = session.presiding_at(sitting);
    match presiding.and_then(|id| session.member(id)).map(|m| m.role) {
        Some(Role::Chair) => full.trim_start_matches("主任、").to_owned(),
        _ => full.to_owned(),
    }
}

/// The opening: entrusted presiding, the attendance report and who is on leave, 「现在开会」.
fn opening(session: &Session, sitting: Option<SittingId>, first: bool) -> Vec<String> {
    let mut paragraphs = Vec::new();
    let (_, entrusted_by) = session.presiding_at(sitting);
    if let Some(by) = entrusted_by.and_then(|id| session.member(id)) {
        paragraphs.push(format!(
            "受{}{}委托，由我主持今天的会议。",
            by.name,
            by.role.label()
        ));
    }
    let counts = session.attendance_counts_at(sitting);
    let name = if first {
        session.short_title()
    } else {
        format!(
            "{}{}",
            session.short_title(),
            sitting
                .and_then(|id| session.sitting_name(id))
                .unwrap_or_default()
        )
    };
    let mut attendance = format!(
        "{name}应到常委会组成人员{}人，实到{}人",
        counts.members, counts.present
    );
    let absent: Vec<String> = session
        .absences_at(sitting)
        .iter()
        .filter_map(|a| {
            let member = session.member(a.member)?;
            Some(match &a.kind {
                crate::model::AbsenceKind::Leave(reason) if !reason.trim().is_empty() => {
                    format!("{}（{}）", member.name, reason.trim())
                }
                crate::model::AbsenceKind::Leave(_) => member.name.clone(),
                crate::model::AbsenceKind::Absent => format!("{}（缺席）", member.name),
            })
        })
        .collect();
    if !absent.is_empty() {
        attendance.push_str(&format!("，{}未出席", absent.join("、")));
    }
    let quorum = if counts.is_quorate() {
        "符合法定人数"
    } else {
        "不符合法定人数"
    };
    attendance.push_str(&format!("，{quorum}。"));
    if counts.is_quorate() {
        attendance.push_str("现在开会。");
    }
    paragraphs.push(attendance);
    if first && session.details.sittings.is_empty() && !session.agenda.is_empty() {
        paragraphs.push(format!(
            "本次会议共有{}项议程。",
            chinese_number(u32::try_from(session.agenda.len()).unwrap_or(u32::MAX))
        ));
    }
    paragraphs
}

/// 「下面进行第一项议程，听取和审议…。请…作…。」 and what follows for the item.
fn item_paragraphs(session: &Session, number: usize, item: &AgendaItem) -> Vec<String> {
    let ordinal = chinese_number(u32::try_from(number).unwrap_or(u32::MAX));
    let mut paragraphs = vec![format!("下面进行第{ordinal}项议程，{}。", item.title)];
    let reports: Vec<&crate::model::Report> = session
        .reports_of(item)
        .filter(|r| r.kind != ReportKind::Speech)
        .collect();
    for report in &reports {
        // The item's presenter presents its one report; without a name, the unit's.
        let who = if !report.presenter.trim().is_empty() {
            compact(&report.presenter)
        } else if reports.len() == 1 && !item.presenter.trim().is_empty() {
            compact(&item.presenter)
        } else {
            format!("{}负责同志", report.submitter)
        };
        paragraphs.push(format!("请{who}作{}。", report.title));
    }
    let motions: Vec<&crate::model::AppointmentMotion> = item
        .documents
        .iter()
        .filter_map(|d| match d {
            DocumentRef::Motion(id) => session.motions.iter().find(|m| m.id == *id),
            _ => None,
        })
        .collect();
    if !motions.is_empty() {
        let titles: Vec<String> = motions.iter().map(|m| m.title.clone()).collect();
        if item.presenter.trim().is_empty() {
            paragraphs.push(format!("会议审议{}。", titles.join("、")));
        } else {
            paragraphs.push(format!(
                "请{}作{}的说明。",
                compact(&item.presenter),
                titles.join("、")
            ));
        }
    }
    match item.kind {
        AgendaKind::Inquiry => paragraphs.push("下面开始专题询问。请各位委员提问。".to_owned()),
        AgendaKind::Evaluation | AgendaKind::WorkEvaluation => {}
        _ => {}
    }
    paragraphs
}

/// 「下面对…进行满意度测评。…」 and the result read out (a blank until announced).
fn evaluation_paragraphs(session: &Session, evaluation: &crate::model::Evaluation) -> Vec<String> {
    vec![
        format!(
            "下面对{}进行满意度测评。请各位委员在测评票上选定的栏内划“○”。",
            evaluation.subject
        ),
        match crate::model::decisions::evaluation_decision(session, evaluation) {
            Some(result) => format!(
                "测评结果：{}。",
                super::phrases::evaluation_result(session, &result)
                    .trim_start_matches("测评结果为")
            ),
            None => format!("测评结果：{BLANK}。"),
        },
    ]
}

/// The instruction to vote on a subject, then the result read out (blanks until announced).
fn vote_paragraphs(session: &Session, subject: &VoteSubject) -> Vec<String> {
    let object = match subject {
        VoteSubject::Agenda => "本次会议议程（草案）".to_owned(),
        VoteSubject::AgendaItem(id) => session
            .agenda
            .iter()
            .find(|i| i.id == *id)
            .map(|item| {
                let reports: Vec<String> = session
                    .reports_of(item)
                    .filter(|r| r.kind != ReportKind::Speech)
                    .map(|r| format!("{}{}", r.submitter, r.title))
                    .collect();
                match reports.len() {
                    0 => item.title.clone(),
                    1 | 2 => reports.join("、"),
                    _ => {
                        let number = session.agenda.iter().position(|i| i.id == item.id);
                        let number = u32::try_from(number.map_or(0, |n| n + 1)).unwrap_or(0);
                        format!(
                            "第{}项议程的{}个报告",
                            chinese_number(number),
                            chinese_number(u32::try_from(reports.len()).unwrap_or(0))
                        )
                    }
                }
            })
            .unwrap_or_default(),
        VoteSubject::Resolution(id) => session
            .resolution(*id)
            .map(|r| {
                let item_title = session
                    .agenda
                    .iter()
                    .find(|i| i.documents.contains(&DocumentRef::Resolution(r.id)))
                    .map_or("", |i| i.title.as_str());
                book_title(&super::minutes::draft_title(item_title, &r.title))
            })
            .unwrap_or_default(),
        VoteSubject::Entries(ids) => {
            let entries: Vec<&crate::model::AppointmentEntry> = ids
                .iter()
                .filter_map(|id| session.entry(*id).map(|(_, e)| e))
                .collect();
            super::phrases::appointment_sentences_styled(
                &entries,
                SentenceStyle {
                    comrade: false,
                    ..SentenceStyle::of(session)
                },
            )
            .join("；")
        }
    };
    let instruction = match subject {
        VoteSubject::Entries(_) => format!("表决：{object}。请按表决器。"),
        _ => format!("表决{object}。请按表决器。"),
    };
    vec![instruction, result_read_out(session, subject)]
}

/// 「表决结果：赞成33票，反对0票，弃权2票。通过。」, or with blanks before it is announced.
fn result_read_out(session: &Session, subject: &VoteSubject) -> String {
    let not_pressed = session.body.settings.show_not_pressed;
    let Some(vote) = announced_vote(session, subject) else {
        let mut text = format!("表决结果：赞成{BLANK}票，反对{BLANK}票，弃权{BLANK}票");
        if not_pressed {
            text.push_str(&format!("，未按表决器{BLANK}人"));
        }
        text.push_str("。（通过／未通过）");
        return text;
    };
    let verdict = if vote.announced_result().is_some_and(VoteResult::is_adopted) {
        "通过"
    } else {
        "未通过"
    };
    match (tally(&vote.record), &vote.record) {
        (Some(t), _) => {
            let mut text = format!(
                "表决结果：赞成{}票，反对{}票，弃权{}票",
                t.yes, t.no, t.abstain
            );
            if not_pressed {
                text.push_str(&format!("，未按表决器{}人", t.not_pressed));
            }
            format!("{text}。{verdict}。")
        }
        (None, VoteRecord::ResultOnly(_)) | (None, _) => format!("表决结果：{verdict}。"),
    }
}

/// After the last votes: the 任命书 handed over, the 宪法宣誓, the speech.
fn closing_ceremonies(session: &Session) -> Vec<String> {
    let mut paragraphs = Vec::new();
    let appointed = appointees(session);
    if !appointed.is_empty() {
        let names = appointed.join("、");
        paragraphs.push(format!(
            "下面，为本次会议任命的人员颁发任命书。请{names}同志上台领取任命书。"
        ));
        let leader =
            super::papers::appointees::oath_leader(session).unwrap_or_else(|| appointed[0].clone());
        paragraphs.push(format!(
            "下面举行宪法宣誓仪式。请{leader}同志领誓，请{names}同志宣誓。请全体起立。"
        ));
        paragraphs.push("宣誓完毕，请坐。".to_owned());
    }
    let speeches: Vec<&crate::model::Report> = session
        .reports
        .iter()
        .filter(|r| r.kind == ReportKind::Speech)
        .collect();
    for speech in speeches {
        let who = speech_giver(session, speech).unwrap_or_else(|| compact(speech.byline()));
        paragraphs.push(format!("下面，请{who}讲话。"));
    }
    paragraphs
}

/// 「史全新主任」 for the speech's byline when it names a member.
fn speech_giver(session: &Session, speech: &crate::model::Report) -> Option<String> {
    let member: &Member = session
        .roster
        .iter()
        .find(|m| speech.byline().contains(m.name.as_str()))?;
    Some(format!("{}{}", member.name, member.role.label()))
}

/// Everyone the committee appoints at this session, once each, in the list's order: who
/// receives a 任命书 and swears (the same people as the certificates and the oath).
pub fn appointees(session: &Session) -> Vec<String> {
    super::papers::appointees::swearers(session)
        .into_iter()
        .map(|s| s.name)
        .collect()
}
