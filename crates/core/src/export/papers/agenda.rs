//! 议程（草案）, 议程, 日程安排 and 会议材料目录 (DOMAIN.md §13): the numbered items, the draft for
//! the 主任会议 and the adopted agenda with its adoption line once the vote on it is announced;
//! the schedule sitting by sitting; the documents handed out, item by item.

use super::{group_business, motion_with_number, sitting_plans, sitting_when};
use crate::export::doc::{Doc, DocBlock, Span};
use crate::export::lists::adoption_line_on;
use crate::export::minutes::{draft_title, presiding_phrase};
use crate::model::decisions::{VoteResult, announced_vote};
use crate::model::numerals::item_mark;
use crate::model::{AgendaItem, DocumentRef, ReportKind, Session, VoteSubject};
use crate::wording::phrases::{compact, session_days};

/// 「一、听取和审议…」: an item with its number in the agenda.
fn numbered(index: usize, item: &AgendaItem) -> String {
    format!(
        "{}{}",
        item_mark(u32::try_from(index + 1).unwrap_or(u32::MAX)),
        item.title
    )
}

/// A paragraph of plain text.
fn paragraph(text: String) -> DocBlock {
    DocBlock::Paragraph(vec![Span::plain(text)])
}

/// The agenda's items, one paragraph each.
fn item_paragraphs(session: &Session) -> Vec<DocBlock> {
    if session.agenda.is_empty() {
        return vec![paragraph("尚未列入议题。".to_owned())];
    }
    session
        .agenda
        .iter()
        .enumerate()
        .map(|(index, item)| paragraph(numbered(index, item)))
        .collect()
}

/// 议程（草案）: what the 主任会议 fixes and the session is asked to adopt.
pub fn draft_agenda_doc(session: &Session) -> Doc {
    let title = format!("{}议程（草案）", session.full_title());
    let mut doc = Doc::new(title.clone());
    doc.push(DocBlock::Title(title));
    doc.push(DocBlock::Blank);
    doc.blocks.extend(item_paragraphs(session));
    doc
}

/// 议程: the agenda for everybody, with 「（…年…月…日…第…次会议通过）」 under the title once the
/// vote on it is announced and carried (on the day of the sitting it was taken at, else the
/// first day).
pub fn agenda_doc(session: &Session) -> Doc {
    let title = format!("{}议程", session.full_title());
    let mut doc = Doc::new(title.clone());
    doc.push(DocBlock::Title(title));
    if let Some(line) = agenda_adoption_line(session) {
        doc.push(DocBlock::Centered(line));
    }
    doc.push(DocBlock::Blank);
    doc.blocks.extend(item_paragraphs(session));
    doc
}

/// The adoption line of the agenda, once its vote is announced and carried.
pub fn agenda_adoption_line(session: &Session) -> Option<String> {
    let vote = announced_vote(session, &VoteSubject::Agenda)?;
    if !vote.announced_result().is_some_and(VoteResult::is_adopted) {
        return None;
    }
    let day = vote
        .sitting
        .and_then(|id| session.sitting(id))
        .map(|s| s.date)
        .or_else(|| session.first_date())?;
    Some(adoption_line_on(session, day))
}

/// 日程安排: for each sitting the day, 上午/下午 and the clock time, the place, who presides
/// (entrusted included) and its business in order: the agenda adopted, the items heard with who
/// reports, the evaluations, the votes, the 任命书 and the 宪法宣誓, the speech; for a group
/// sitting the items it deliberates. Items placed in no sitting are heard at the first plenary
/// sitting, votes and evaluations placed nowhere taken at the last ([`sitting_plans`]).
pub fn schedule_doc(session: &Session) -> Doc {
    let title = format!("{}日程安排", session.full_title());
    let mut doc = Doc::new(title.clone());
    doc.push(DocBlock::Title(title));
    doc.push(DocBlock::Blank);
    let plans = sitting_plans(session);
    let last = plans.len().saturating_sub(1);
    for (index, plan) in plans.iter().enumerate() {
        let sitting = plan.sitting.and_then(|id| session.sitting(id));
        match sitting {
            Some(sitting) => doc.blocks.extend(sitting_heading(session, sitting)),
            None => {
                if let Some(days) = session_days(session) {
                    doc.push(DocBlock::Heading(1, days));
                }
                doc.blocks.extend(venue_line(session.details.venue.trim()));
            }
        }
        if let Some(presiding) = presiding_phrase(session, plan.sitting) {
            doc.paragraph(format!("{presiding}。"));
        }
        for line in plan_business(session, plan, index == 0, index == last) {
            doc.paragraph(line);
        }
        // A group sitting is led by its conveners, not by the session's presiding officer.
        for group in &plan.groups_after {
            doc.blocks.extend(sitting_heading(session, group));
            let business = group_business(session, group);
            if business.is_empty() {
                doc.paragraph("分组审议有关议题。");
            } else {
                doc.paragraph("分组审议：");
                for (number, item) in business {
                    doc.paragraph(numbered(number - 1, item));
                }
            }
        }
    }
    doc
}

/// A sitting's heading in the schedule (「6月27日（星期四）上午8:30　第一次全体会议」) and where it
/// sits (its own place, else the session's).
fn sitting_heading(session: &Session, sitting: &crate::model::Sitting) -> Vec<DocBlock> {
    let name = session.sitting_name(sitting.id).unwrap_or_default();
    let mut blocks = vec![DocBlock::Heading(
        1,
        format!("{}\u{3000}{name}", sitting_when(session, sitting)),
    )];
    let venue = match sitting.venue.trim() {
        "" => session.details.venue.trim(),
        own => own,
    };
    blocks.extend(venue_line(venue));
    blocks
}

/// What a plenary sitting does, line by line: the agenda adopted (at the first), the items with
/// who reports, the evaluations, the votes, and at the last the 任命书, the 宪法宣誓 and the
/// speech.
fn plan_business(
    session: &Session,
    plan: &super::SittingPlan,
    first: bool,
    last: bool,
) -> Vec<String> {
    let mut lines = Vec::new();
    if first && plan.votes.first() == Some(&VoteSubject::Agenda) {
        lines.push("表决通过本次会议议程。".to_owned());
    }
    for (number, item) in &plan.items {
        lines.push(scheduled_item(number - 1, item));
    }
    for paper in &plan.evaluations {
        let objects: Vec<String> = paper
            .evaluations
            .iter()
            .map(|e| e.subject.clone())
            .collect();
        lines.push(format!("满意度测评：{}。", objects.join("、")));
    }
    // The votes: items by their numbers, resolutions by their drafts, personnel as one line.
    let mut items: Vec<usize> = Vec::new();
    let mut others: Vec<String> = Vec::new();
    let mut personnel = false;
    for subject in &plan.votes {
        match subject {
            VoteSubject::Agenda => {}
            VoteSubject::AgendaItem(id) => {
                if let Some(at) = session.agenda.iter().position(|i| i.id == *id) {
                    items.push(at + 1);
                }
            }
            VoteSubject::Resolution(_) => {
                others.push(super::vote_subject_text(session, subject, false));
            }
            VoteSubject::Entries(_) => personnel = true,
        }
    }
    let mut voted: Vec<String> = Vec::new();
    if !items.is_empty() {
        voted.push(format!("{}的报告", super::item_numbers(&items)));
    }
    voted.extend(others);
    if personnel {
        voted.push("人事任免事项".to_owned());
    }
    if !voted.is_empty() {
        lines.push(format!("表决：{}。", voted.join("；")));
    }
    if last {
        if !super::appointments(session).is_empty() {
            lines.push("颁发任命书。".to_owned());
        }
        if super::appointees::oath_leader(session).is_some() {
            lines.push("举行宪法宣誓仪式。".to_owned());
        }
        for speech in session
            .reports
            .iter()
            .filter(|r| r.kind == ReportKind::Speech)
        {
            let speaker = compact(speech.byline());
            if !speaker.is_empty() {
                lines.push(format!("{speaker}讲话。"));
            }
        }
    }
    lines
}

/// 「会议地点：…」, or nothing while the place is not known.
fn venue_line(venue: &str) -> Option<DocBlock> {
    (!venue.is_empty()).then(|| paragraph(format!("会议地点：{venue}。")))
}

/// An item of the schedule: its number and title, and who reports where the item names one:
/// 「一、听取和审议…（报告人：县审计局局长周国平）」.
fn scheduled_item(index: usize, item: &AgendaItem) -> String {
    let presenter = compact(&item.presenter);
    if presenter.is_empty() {
        numbered(index, item)
    } else {
        format!("{}（报告人：{presenter}）", numbered(index, item))
    }
}

/// The documents handed out for an item, as the list names them: reports with their
/// submitters (「市人民政府关于…的专项工作报告」), draft resolutions as 「…（草案）」, motions with
/// their numbers followed by the draft decisions made from their entries. Speeches are not
/// handed out.
pub fn handed_out(session: &Session, item: &AgendaItem) -> Vec<String> {
    let mut documents: Vec<String> = Vec::new();
    let mut seen: Vec<DocumentRef> = Vec::new();
    // 「市人民政府关于…的报告」, as the documents are named when handed out; a title that does
    // not begin with 「关于」 keeps its submitter after it.
    let with_submitter = |title: &str, submitter: &str| {
        let submitter = submitter.trim();
        if submitter.is_empty() {
            title.to_owned()
        } else if title.starts_with("关于") {
            format!("{submitter}{title}")
        } else {
            format!("{title}（{submitter}）")
        }
    };
    for document in &item.documents {
        if seen.contains(document) {
            continue;
        }
        seen.push(*document);
        match document {
            DocumentRef::Report(id) => {
                if let Some(report) = session.report(*id)
                    && report.kind != ReportKind::Speech
                {
                    documents.push(with_submitter(&report.title, &report.submitter));
                }
            }
            DocumentRef::Resolution(id) => {
                // A draft names the committee as its author in its title.
                if let Some(resolution) = session.resolution(*id) {
                    documents.push(draft_title(&item.title, &resolution.title));
                }
            }
            DocumentRef::Motion(id) => {
                let Some(motion) = session.motions.iter().find(|m| m.id == *id) else {
                    continue;
                };
                documents.push(motion_with_number(motion));
                // The candidates' particulars go with every motion (拟任免人员情况).
                let number = motion.document_number.trim();
                documents.push(if number.is_empty() {
                    "拟任免人员情况".to_owned()
                } else {
                    format!("拟任免人员情况（{number}）")
                });
                // The decisions a resignation or an acting head is adopted as (DOMAIN.md §8).
                documents.extend(
                    session
                        .resolutions
                        .iter()
                        .filter(|r| {
                            r.entry
                                .is_some_and(|entry| motion.entries.iter().any(|e| e.id == entry))
                        })
                        .map(|r| draft_title("", &r.title)),
                );
            }
        }
    }
    documents
}

/// 会议材料目录: the documents handed out, numbered 1. 2. … through the list: first the agenda
/// and the schedule, then under each agenda item its documents (reports, drafts, motions with
/// the candidates' particulars).
pub fn contents_doc(session: &Session) -> Doc {
    let title = format!("{}材料目录", session.full_title());
    let mut doc = Doc::new(title.clone());
    doc.push(DocBlock::Title(title));
    doc.push(DocBlock::Blank);
    let mut number = 0usize;
    if !session.agenda.is_empty() {
        doc.push(DocBlock::Heading(1, "会议议程和日程".to_owned()));
        for paper in [
            format!("{}议程（草案）", session.full_title()),
            format!("{}日程安排", session.full_title()),
        ] {
            number += 1;
            doc.paragraph(format!("{number}.{paper}"));
        }
    }
    for (index, item) in session.agenda.iter().enumerate() {
        let documents = handed_out(session, item);
        if documents.is_empty() {
            continue;
        }
        doc.push(DocBlock::Heading(1, numbered(index, item)));
        for document in documents {
            number += 1;
            doc.paragraph(format!("{number}.{document}"));
        }
    }
    if number == 0 {
        doc.paragraph("本次会议尚无会议材料。");
    }
    doc
}
