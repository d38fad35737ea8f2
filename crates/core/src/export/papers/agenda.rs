//! 议程（草案）, 议程, 日程安排 and 会议材料目录 (DOMAIN.md §13): the numbered items, the draft for
//! the 主任会议 and the adopted agenda with its adoption line once the vote on it is announced;
//! the schedule sitting by sitting; the documents handed out, item by item.

use super::{motion_with_number, sitting_when};
use crate::export::doc::{Doc, DocBlock, Span};
use crate::export::lists::adoption_line_on;
use crate::export::minutes::{draft_title, presiding_phrase};
use crate::export::phrases::{compact, session_days};
use crate::model::decisions::{VoteResult, announced_vote};
use crate::model::numerals::item_mark;
use crate::model::{AgendaItem, DocumentRef, ReportKind, Session, SittingKind, VoteSubject};

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

/// Whether an item is placed in no sitting (or in one that no longer exists).
fn unplaced(session: &Session, item: &AgendaItem) -> bool {
    item.sitting.is_none_or(|id| session.sitting(id).is_none())
}

/// 日程安排: for each sitting the day, 上午/下午, the place, who presides (entrusted included),
/// and the items heard at it in agenda order with who reports; items placed in no sitting are
/// heard at the first plenary sitting.
pub fn schedule_doc(session: &Session) -> Doc {
    let title = format!("{}日程安排", session.full_title());
    let mut doc = Doc::new(title.clone());
    doc.push(DocBlock::Title(title));
    doc.push(DocBlock::Blank);
    let first_plenary = session.plenary_sittings().next().map(|s| s.id);
    if session.details.sittings.is_empty() {
        if let Some(days) = session_days(session) {
            doc.push(DocBlock::Heading(1, days));
        }
        doc.blocks.extend(venue_line(session.details.venue.trim()));
        if let Some(presiding) = presiding_phrase(session, None) {
            doc.paragraph(format!("{presiding}。"));
        }
        for (index, item) in session.agenda.iter().enumerate() {
            doc.push(scheduled_item(index, item));
        }
        return doc;
    }
    for sitting in &session.details.sittings {
        let name = session.sitting_name(sitting.id).unwrap_or_default();
        doc.push(DocBlock::Heading(
            1,
            format!("{}\u{3000}{name}", sitting_when(sitting)),
        ));
        let venue = match sitting.venue.trim() {
            "" => session.details.venue.trim(),
            own => own,
        };
        doc.blocks.extend(venue_line(venue));
        // A group sitting is led by its conveners, not by the session's presiding officer.
        if sitting.kind == SittingKind::Plenary
            && let Some(presiding) = presiding_phrase(session, Some(sitting.id))
        {
            doc.paragraph(format!("{presiding}。"));
        }
        for (index, item) in session.agenda.iter().enumerate() {
            let here = item.sitting == Some(sitting.id)
                || (Some(sitting.id) == first_plenary && unplaced(session, item));
            if here {
                doc.push(scheduled_item(index, item));
            }
        }
    }
    doc
}

/// 「会议地点：…」, or nothing while the place is not known.
fn venue_line(venue: &str) -> Option<DocBlock> {
    (!venue.is_empty()).then(|| paragraph(format!("会议地点：{venue}。")))
}

/// An item of the schedule: its number and title, and who reports where the item names one:
/// 「一、听取和审议…（报告人：县审计局局长周国平）」.
fn scheduled_item(index: usize, item: &AgendaItem) -> DocBlock {
    let presenter = compact(&item.presenter);
    let text = if presenter.is_empty() {
        numbered(index, item)
    } else {
        format!("{}（报告人：{presenter}）", numbered(index, item))
    };
    paragraph(text)
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

/// 会议材料目录: the documents handed out, numbered 1. 2. … through the list, under the agenda
/// item they belong to.
pub fn contents_doc(session: &Session) -> Doc {
    let title = format!("{}材料目录", session.full_title());
    let mut doc = Doc::new(title.clone());
    doc.push(DocBlock::Title(title));
    doc.push(DocBlock::Blank);
    let mut number = 0usize;
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
