//! 主持词 (DOMAIN.md §13, §18): the presiding officer's script, in the order the session runs —
//! per plenary sitting the greeting of those present, the opening with the attendance report
//! (「本次会议应到…人，实到…人，符合法定人数。现在开会。」), each agenda item with who reports
//! (「下面进行第一项议程，…。请…作…。」) and who explains each 任免议案, one 测评 block for each
//! evaluation ballot, each vote by the way it is taken (the voting machine, a show of hands, or
//! paper ballots handed out, supervised, cast and counted), the results read out, the 任命书
//! handed over, the 宪法宣誓 with the national anthem, the speech and the closing. Short stage
//! directions (【奏唱国歌】, 【投票】 …) stand where an office writes them.
//!
//! Printed before the session it is complete, with blanks where results will be read out;
//! printed again during the session it carries the attendance and every announced result.

use super::doc::{Doc, DocBlock};
use super::papers::ballots::{BallotPaper, EvaluationPaper, ballot_papers};
use super::papers::{group_note, sitting_plans, vote_subject_text};
use crate::model::decisions::{VoteResult, announced_vote, tally};
use crate::model::numerals::{chinese_count, chinese_number};
use crate::model::{
    AgendaItem, AgendaKind, AppointmentMotion, DocumentRef, Member, Nominator, ReportKind, Role,
    Session, SittingId, VoteMethod, VoteRecord, VoteSubject,
};
use crate::wording::phrases::{SentenceStyle, compact};

/// Where results are read out before they are known: 「＿＿」.
const BLANK: &str = "＿＿";

/// The presiding officer's script.
pub fn script_doc(session: &Session) -> Doc {
    let title = format!("{}主持词", session.full_title());
    let mut doc = Doc::new(title.clone());
    doc.push(DocBlock::Title(title));
    let parts = sitting_plans(session);
    let ballots = ballot_papers(session);
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
            for text in vote_paragraphs(session, &[VoteSubject::Agenda], &ballots) {
                doc.paragraph(text);
            }
        }
        for (number, item) in &part.items {
            for text in item_paragraphs(session, *number, item) {
                doc.paragraph(text);
            }
        }
        for paper in &part.evaluations {
            for text in evaluation_paragraphs(session, paper) {
                doc.paragraph(text);
            }
        }
        let votes: Vec<VoteSubject> = part
            .votes
            .iter()
            .filter(|s| **s != VoteSubject::Agenda)
            .cloned()
            .collect();
        if !votes.is_empty() {
            doc.paragraph("下面进行表决。");
        }
        let mut personnel_said = false;
        let mut at = 0;
        while at < votes.len() {
            let subject = &votes[at];
            if matches!(subject, VoteSubject::Entries(_)) && !personnel_said {
                doc.paragraph("下面对人事任免事项进行表决。");
                personnel_said = true;
            }
            // Paper ballots in a row are handed out, cast and counted in one round.
            let taken_together = if session.vote_method(subject) == VoteMethod::Ballot {
                votes[at..]
                    .iter()
                    .take_while(|s| session.vote_method(s) == VoteMethod::Ballot)
                    .count()
                    .max(1)
            } else {
                1
            };
            for text in vote_paragraphs(session, &votes[at..at + taken_together], &ballots) {
                doc.paragraph(text);
            }
            at += taken_together;
        }
        if last {
            for text in closing_ceremonies(session, part.sitting) {
                doc.paragraph(text);
            }
            doc.paragraph("本次会议的各项议程已经全部完成。现在闭会。");
        } else {
            doc.paragraph(format!("{}到此结束。", part.heading(session)));
            for group in &part.groups_after {
                doc.paragraph(format!("（{}）", group_note(session, group)));
            }
        }
    }
    doc
}

/// 「（主持人：副主任　李明华）」 under a sitting's heading.
fn presiding_line(session: &Session, sitting: Option<SittingId>) -> Option<String> {
    let (presiding, _) = session.presiding_at(sitting);
    let member = presiding.and_then(|id| session.member(id))?;
    Some(format!(
        "（主持人：{}　{}）",
        member.role.label(),
        member.name
    ))
}

/// The greeting the presiding officer opens with, from who is there: 「主任」 when a 主任 other
/// than the presiding officer is present, 「各位副主任」 (「副主任」 for one), 「秘书长」 where the
/// body has one and he or she is present, and always 「各位委员」.
fn salutation(session: &Session, sitting: Option<SittingId>) -> String {
    let (presiding, _) = session.presiding_at(sitting);
    let present = |role: Role| {
        session
            .members_with_role(role)
            .filter(|m| Some(m.id) != presiding && session.is_present_at(m.id, sitting))
            .count()
    };
    let mut parts: Vec<&str> = Vec::new();
    if present(Role::Chair) > 0 {
        parts.push("主任");
    }
    match present(Role::ViceChair) {
        0 => {}
        1 => parts.push("副主任"),
        _ => parts.push("各位副主任"),
    }
    if session.body.settings.has_secretary_general && present(Role::SecretaryGeneral) > 0 {
        parts.push("秘书长");
    }
    parts.push("各位委员");
    format!("{}：", parts.join("、"))
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
        "{name}{}",
        crate::wording::attendance::members_and_present(counts)
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
    attendance.push_str(&format!(
        "，{}。",
        crate::wording::attendance::quorum_phrase(counts)
    ));
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

/// 「下面进行第一项议程，听取和审议…。请…作…。」 and what follows for the item: each report with
/// who presents it, each 任免议案 with who explains it.
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
    let motions: Vec<&AppointmentMotion> = item
        .documents
        .iter()
        .filter_map(|d| match d {
            DocumentRef::Motion(id) => session.motions.iter().find(|m| m.id == *id),
            _ => None,
        })
        .collect();
    for motion in &motions {
        let who = if !motion.presenter.trim().is_empty() {
            compact(&motion.presenter)
        } else if motions.len() == 1 && reports.is_empty() && !item.presenter.trim().is_empty() {
            compact(&item.presenter)
        } else {
            format!("{}负责同志", nominating_unit(session, motion.nominator))
        };
        paragraphs.push(format!("请{who}作{}的说明。", motion.title));
    }
    if item.kind == AgendaKind::Inquiry {
        paragraphs.push("下面开始专题询问。请各位委员提问。".to_owned());
    }
    paragraphs
}

/// The unit that submits a nominator's motions, as the script names it: 「市人民政府」,
/// 「市中级人民法院」, 「县人民法院」, 「市人大常委会」 for the 主任会议.
fn nominating_unit(session: &Session, nominator: Nominator) -> String {
    let level: String = session.body.short_name.chars().take(1).collect();
    match nominator {
        Nominator::CouncilOfChairpersons => session.body.short_name.clone(),
        Nominator::Mayor => format!("{level}人民政府"),
        Nominator::SupervisoryCommission => format!("{level}监察委员会"),
        Nominator::CourtPresident if level == "市" => "市中级人民法院".to_owned(),
        Nominator::CourtPresident => format!("{level}人民法院"),
        Nominator::ChiefProcurator => format!("{level}人民检察院"),
    }
}

/// One 测评 block for an evaluation ballot: the ballots handed out, the objects, how to mark,
/// the ballots cast and counted, the results read out (blanks until announced).
fn evaluation_paragraphs(session: &Session, paper: &EvaluationPaper) -> Vec<String> {
    let subjects: Vec<String> = paper
        .evaluations
        .iter()
        .map(|e| e.subject.clone())
        .collect();
    let mut paragraphs = vec![
        format!(
            "下面，以无记名投票方式对{}进行满意度测评。请工作人员分发测评票。【分发测评票】",
            crate::wording::join_with_and(&subjects)
        ),
        "请各位委员对每个测评对象只选择一个等次，在选定的栏内划“○”。现在投票。【投票】".to_owned(),
        "请工作人员收回测评票并计票。【计票】".to_owned(),
    ];
    let verdict =
        |evaluation: &crate::model::Evaluation| match crate::model::decisions::evaluation_decision(
            session, evaluation,
        ) {
            Some(result) => crate::wording::phrases::evaluation_result(session, &result)
                .trim_start_matches("测评结果为")
                .to_owned(),
            None => BLANK.to_owned(),
        };
    let results = match paper.evaluations.as_slice() {
        [one] => verdict(one),
        several => several
            .iter()
            .map(|evaluation| format!("{}为{}", evaluation.subject, verdict(evaluation)))
            .collect::<Vec<_>>()
            .join("；"),
    };
    paragraphs.push(format!("测评结果：{results}。"));
    paragraphs
}

/// The paper ballot `subject` is printed on, if it is voted by paper.
fn paper_of<'p>(ballots: &'p [BallotPaper], subject: &VoteSubject) -> Option<&'p BallotPaper> {
    ballots
        .iter()
        .find(|paper| paper.rows.iter().any(|row| row.subject == *subject))
}

/// The votes on `subjects` (one, or a round of paper ballots), taken the way
/// [`Session::vote_method`] says: the instruction, then each result read out (blanks until it is
/// announced).
fn vote_paragraphs(
    session: &Session,
    subjects: &[VoteSubject],
    ballots: &[BallotPaper],
) -> Vec<String> {
    let Some(first) = subjects.first() else {
        return Vec::new();
    };
    let object = |subject: &VoteSubject| vote_subject_text(session, subject, false);
    let ask = |subject: &VoteSubject| match subject {
        VoteSubject::Entries(_) => format!("表决：{}。", object(subject)),
        _ => format!("表决{}。", object(subject)),
    };
    match session.vote_method(first) {
        VoteMethod::Machine => vec![
            format!("{}请按表决器。", ask(first)),
            result_read_out(session, first),
        ],
        VoteMethod::Hands => vec![
            format!(
                "{}现在进行举手表决。赞成的请举手……请放下；反对的请举手……请放下；弃权的请举手……请放下。【举手表决、清点】",
                ask(first)
            ),
            result_read_out(session, first),
        ],
        VoteMethod::Ballot => {
            let secrecy = session.papers.ballot_secrecy.label();
            // The ballots of the round, each once, in order.
            let mut papers: Vec<&BallotPaper> = Vec::new();
            for subject in subjects {
                if let Some(paper) = paper_of(ballots, subject)
                    && !papers.iter().any(|p| std::ptr::eq(*p, paper))
                {
                    papers.push(paper);
                }
            }
            let what_of = |paper: &BallotPaper| -> String {
                let motion = paper
                    .motion
                    .and_then(|id| session.motions.iter().find(|m| m.id == id));
                match (motion, paper.rows.as_slice()) {
                    (Some(motion), [_, _, ..]) => format!(
                        "{}所列的{}项人事任免事项",
                        motion.title,
                        chinese_count(u32::try_from(paper.rows.len()).unwrap_or(u32::MAX))
                    ),
                    (Some(motion), _) => format!("{}所列的人事任免事项", motion.title),
                    (None, rows) => rows
                        .first()
                        .map_or_else(|| object(first), |row| object(&row.subject)),
                }
            };
            let what = match papers.as_slice() {
                [one] => what_of(one),
                several if several.iter().all(|p| p.motion.is_some()) => {
                    "本次会议的人事任免事项".to_owned()
                }
                several => several
                    .iter()
                    .map(|p| what_of(p))
                    .collect::<Vec<_>>()
                    .join("，"),
            };
            let mut announce = format!("下面，以{secrecy}投票方式表决{what}");
            if papers.len() > 1 {
                announce.push_str(&format!(
                    "，表决票共{}张",
                    chinese_count(u32::try_from(papers.len()).unwrap_or(u32::MAX))
                ));
            }
            announce.push_str("。请工作人员分发表决票。【分发表决票】");
            let names = |list: &str| {
                let list = list.trim();
                if list.is_empty() {
                    format!("{BLANK}、{BLANK}")
                } else {
                    list.to_owned()
                }
            };
            let mut paragraphs = vec![
                announce,
                format!(
                    "本次表决由{}同志担任监票人，{}同志担任计票人。请监票人、计票人检查票箱。【检查票箱】",
                    names(&session.papers.scrutineers),
                    names(&session.papers.tellers)
                ),
                format!(
                    "请各位委员在表决票上选定的栏内划“○”。{}现在投票。【投票】",
                    session.body.settings.invalid_marks.trim()
                ),
                "投票结束。请监票人、计票人计票。【计票】".to_owned(),
            ];
            if subjects.len() == 1 {
                paragraphs.push(result_read_out(session, first));
            } else {
                paragraphs.push("下面宣布表决结果。".to_owned());
                for subject in subjects {
                    paragraphs.push(format!(
                        "{}：{}",
                        object(subject),
                        result_read_out(session, subject).trim_start_matches("表决结果：")
                    ));
                }
            }
            paragraphs
        }
    }
}

/// 「表决结果：赞成33票，反对0票，弃权2票。通过。」, or with blanks before it is announced.
fn result_read_out(session: &Session, subject: &VoteSubject) -> String {
    let not_pressed = session.body.settings.show_not_pressed
        && session.vote_method(subject) == VoteMethod::Machine;
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

/// After the last votes: the 任命书 handed over, the 宪法宣誓 with the national anthem (one
/// person swears alone, several behind the 领誓人), the speech.
fn closing_ceremonies(session: &Session, sitting: Option<SittingId>) -> Vec<String> {
    let mut paragraphs = Vec::new();
    let style = SentenceStyle {
        comrade: false,
        ..SentenceStyle::of(session)
    };
    // Those who receive a certificate, entry by entry: people named together, a batch by its
    // first name and count (「刘卫东同志、李春燕等25名同志」).
    let mut receivers: Vec<Vec<&str>> = Vec::new();
    let mut batches: Vec<Option<String>> = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    let appointments = super::papers::appointments(session);
    let mut at = 0;
    while at < appointments.len() {
        let entry = appointments[at].entry;
        let names: Vec<&str> = appointments[at..]
            .iter()
            .take_while(|a| std::ptr::eq(a.entry, entry))
            .map(|a| a.person.name.as_str())
            .collect();
        at += names.len();
        let new: Vec<&str> = names.into_iter().filter(|n| !seen.contains(n)).collect();
        seen.extend(&new);
        if new.is_empty() {
            continue;
        }
        let phrase = style.people(&new);
        if phrase.ends_with("同志") {
            receivers.push(Vec::new());
            batches.push(Some(phrase));
        } else {
            match (receivers.last_mut(), batches.last()) {
                (Some(names), Some(None)) => names.extend(new),
                _ => {
                    receivers.push(new);
                    batches.push(None);
                }
            }
        }
    }
    let receivers: Vec<String> = receivers
        .into_iter()
        .zip(batches)
        .map(|(names, batch)| batch.unwrap_or_else(|| format!("{}同志", names.join("、"))))
        .collect();
    if !receivers.is_empty() {
        let giver = session
            .members_with_role(Role::Chair)
            .find(|m| session.is_present_at(m.id, sitting))
            .map(|m| format!("请{}主任颁发任命书。", m.name))
            .unwrap_or_default();
        paragraphs.push(format!(
            "下面，为本次会议任命的人员颁发任命书。请{}上台。{giver}【颁发任命书】",
            receivers.join("、")
        ));
    }
    let swearers = super::papers::appointees::swearers(session);
    if let Some(leader) = super::papers::appointees::oath_leader(session) {
        let names: Vec<&str> = swearers.iter().map(|s| s.name.as_str()).collect();
        paragraphs.push(format!(
            "下面举行宪法宣誓仪式。请宣誓人{}同志到主席台前就位。【宣誓人就位】",
            names.join("、")
        ));
        paragraphs.push("请全体起立，奏唱国歌。【奏唱国歌】请坐。".to_owned());
        if names.len() == 1 {
            paragraphs.push(format!("请{leader}同志宣誓。【宣誓】"));
        } else {
            paragraphs.push(format!("请{leader}同志领誓，其他宣誓人跟诵誓词。【宣誓】"));
        }
        paragraphs.push("宣誓结束。请宣誓人回座。".to_owned());
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
/// receives a 任命书.
pub fn appointees(session: &Session) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for appointment in super::papers::appointments(session) {
        if !names.contains(&appointment.person.name) {
            names.push(appointment.person.name.clone());
        }
    }
    names
}
