//! 表决票 and 测评票 (DOMAIN.md §13): one copy per member and the spare ones, each copy a page
//! of its own with a boxed table to mark in.
//!
//! The ballots follow the voting order ([`voting_order`]): each motion's personnel votes on one
//! ballot, a row for each vote as [`entry_vote_groups`] gives them (one person, or a bundle
//! voted together), worded as the body's sentences word them; the other subjects get one-row
//! ballots only where the body votes on them by paper.
//!
//! [`entry_vote_groups`]: crate::model::decisions::entry_vote_groups

use super::{motion_with_number_joined, push_page};
use crate::export::doc::{Doc, DocBlock, Form, FormColumn};
use crate::export::minutes::draft_title;
use crate::export::phrases::{appointment_sentences_of, book_title};
use crate::model::decisions::{is_expected, voting_order};
use crate::model::roster::members_in_list_order;
use crate::model::{
    AppointmentEntry, BallotSecrecy, DocumentRef, MotionId, PaperVotes, Session, VoteSubject,
};

/// How a vote ballot is marked (DOMAIN.md §13), and what a row left blank counts as.
pub const VOTE_MARKING: &str = "说明：在选定的栏内划“○”，不划的视为弃权。";

/// How an evaluation ballot is marked: one grade for each object; a blank or a second mark
/// makes that object's vote invalid (DOMAIN.md §3).
pub const EVALUATION_MARKING: &str =
    "说明：每个测评对象只能选择一个等次，在选定的栏内划“○”；不划或多划的，该项测评无效。";

/// The heading of a personnel ballot.
const PERSONNEL_HEADING: &str = "人事任免表决票";
/// The heading of any other ballot.
const OTHER_HEADING: &str = "表决票";

/// One ballot as every copy of it prints: the heading, what it concerns, and a row per vote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BallotPaper {
    /// 「人事任免表决票」 or 「表决票」.
    pub heading: &'static str,
    /// The motion whose votes the ballot holds, for a personnel ballot.
    pub motion: Option<MotionId>,
    /// The lines under the heading: the motion, and its number on a line of its own; empty for
    /// none.
    pub concerns: String,
    /// The votes, in voting order.
    pub rows: Vec<BallotRow>,
}

/// One row of a ballot: one vote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BallotRow {
    /// What the row votes on.
    pub subject: VoteSubject,
    /// The row as printed: 「决定任命张建华为鹤壁市科学技术局局长」, 「任命李春燕等25名同志为…」.
    pub text: String,
}

/// The ballots of the session, in voting order: each motion's personnel votes on one ballot,
/// and where every vote is taken by paper a one-row ballot for each other subject. Only votes
/// that are expected (not of an item heard only, deferred or withdrawn).
pub fn ballot_papers(session: &Session) -> Vec<BallotPaper> {
    let every = session.papers.paper_votes == PaperVotes::Every;
    let mut papers: Vec<BallotPaper> = Vec::new();
    for subject in voting_order(session) {
        if !is_expected(session, &subject) {
            continue;
        }
        if let VoteSubject::Entries(ids) = &subject {
            let Some((motion, _)) = ids.first().and_then(|id| session.entry(*id)) else {
                continue;
            };
            let entries: Vec<&AppointmentEntry> = ids
                .iter()
                .filter_map(|id| session.entry(*id).map(|(_, entry)| entry))
                .collect();
            let row = BallotRow {
                subject: subject.clone(),
                text: appointment_sentences_of(session, &entries).join("；"),
            };
            match papers.last_mut() {
                Some(paper) if paper.motion == Some(motion.id) => paper.rows.push(row),
                _ => papers.push(BallotPaper {
                    heading: PERSONNEL_HEADING,
                    motion: Some(motion.id),
                    concerns: motion_with_number_joined(motion, "\n"),
                    rows: vec![row],
                }),
            }
        } else if every {
            let text = subject_text(session, &subject);
            papers.push(BallotPaper {
                heading: OTHER_HEADING,
                motion: None,
                concerns: String::new(),
                rows: vec![BallotRow { subject, text }],
            });
        }
    }
    papers
}

/// What a one-row ballot votes on: the draft agenda, an item by its title, a resolution as
/// its draft 「《…（草案）》」.
fn subject_text(session: &Session, subject: &VoteSubject) -> String {
    match subject {
        VoteSubject::Agenda => format!("{}议程（草案）", session.full_title()),
        VoteSubject::AgendaItem(id) => session
            .agenda
            .iter()
            .find(|item| item.id == *id)
            .map(|item| item.title.clone())
            .unwrap_or_default(),
        VoteSubject::Resolution(id) => {
            let Some(resolution) = session.resolution(*id) else {
                return String::new();
            };
            let item_title = session
                .agenda
                .iter()
                .find(|item| item.documents.contains(&DocumentRef::Resolution(*id)))
                .map_or("", |item| item.title.as_str());
            book_title(&draft_title(item_title, &resolution.title))
        }
        VoteSubject::Entries(ids) => {
            let entries: Vec<&AppointmentEntry> = ids
                .iter()
                .filter_map(|id| session.entry(*id).map(|(_, entry)| entry))
                .collect();
            appointment_sentences_of(session, &entries).join("；")
        }
    }
}

/// Who a copy of a ballot is for.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Voter {
    /// Nobody: a 无记名 ballot.
    Anyone,
    /// A member, named on a 记名 ballot.
    Member(String),
    /// A spare copy of a 记名 ballot: a line to write the name on.
    Spare,
}

/// Who each copy is for: on a 记名 ballot the members in list order, then the spare copies;
/// on a 无记名 ballot anyone.
fn voters(session: &Session) -> Vec<Voter> {
    let copies = printed_copies(session);
    match session.papers.ballot_secrecy {
        BallotSecrecy::Secret => vec![Voter::Anyone; copies],
        BallotSecrecy::Named => {
            let members = members_in_list_order(&session.roster, session.body.settings.name_order);
            (0..copies)
                .map(|copy| {
                    members
                        .get(copy)
                        .map_or(Voter::Spare, |m| Voter::Member(m.name.clone()))
                })
                .collect()
        }
    }
}

/// How many copies are printed: [`Session::ballot_copies`], and one (to look at) while the
/// session has neither members nor spare copies.
fn printed_copies(session: &Session) -> usize {
    (session.ballot_copies() as usize).max(1)
}

/// 表决票: every ballot in as many copies as [`Session::ballot_copies`], each copy a page.
pub fn ballots_doc(session: &Session) -> Doc {
    let name = format!("{}表决票", session.list_title());
    let mut doc = Doc::form(name);
    let papers = ballot_papers(session);
    if papers.is_empty() {
        doc.push(DocBlock::Title(format!(
            "{}\n{OTHER_HEADING}",
            session.list_title()
        )));
        doc.push(DocBlock::Blank);
        doc.paragraph("本次会议没有以表决票表决的事项。");
        return doc;
    }
    let voters = voters(session);
    let mut blocks = Vec::new();
    for paper in &papers {
        for voter in &voters {
            push_page(&mut blocks, ballot_copy(session, paper, voter));
        }
    }
    doc.blocks = blocks;
    doc
}

/// One copy of a ballot, for `voter`.
fn ballot_copy(session: &Session, paper: &BallotPaper, voter: &Voter) -> Vec<DocBlock> {
    let secrecy = session.papers.ballot_secrecy;
    let mut blocks = vec![DocBlock::Title(format!(
        "{}\n{}",
        session.list_title(),
        paper.heading
    ))];
    if !paper.concerns.is_empty() {
        blocks.push(DocBlock::Centered(paper.concerns.clone()));
    }
    blocks.push(DocBlock::Centered(format!("（{}）", secrecy.label())));
    blocks.push(DocBlock::Blank);
    let numbered = paper.rows.len() > 1;
    let mut columns = Vec::new();
    // In halves of a character: the marks get two and a half characters each, the subject
    // what is left of the line.
    if numbered {
        columns.push(FormColumn::centred("序号", 5));
    }
    columns.push(FormColumn::left("表决事项", if numbered { 36 } else { 41 }));
    for choice in ["赞成", "反对", "弃权"] {
        columns.push(FormColumn::centred(choice, 5));
    }
    let rows = paper
        .rows
        .iter()
        .enumerate()
        .map(|(index, row)| {
            let mut cells = Vec::new();
            if numbered {
                cells.push((index + 1).to_string());
            }
            cells.push(row.text.clone());
            cells.extend(std::iter::repeat_n(String::new(), 3));
            cells
        })
        .collect();
    blocks.push(DocBlock::Form(Form {
        columns,
        rows,
        row_height_pt: crate::export::doc::lines_pt(2),
        repeat_head: true,
    }));
    blocks.push(DocBlock::Blank);
    blocks.push(DocBlock::Plain(VOTE_MARKING.to_owned()));
    let name = match voter {
        Voter::Anyone => None,
        Voter::Member(name) => Some(name.as_str()),
        Voter::Spare => Some("＿＿＿＿＿＿"),
    };
    if let Some(name) = name {
        blocks.push(DocBlock::Blank);
        blocks.push(DocBlock::RightAligned(format!("表决人：{name}")));
    }
    blocks
}

/// 测评票: one ballot with a row for every object of the session's evaluations, in as many
/// copies as [`Session::ballot_copies`], each copy a page.
pub fn evaluation_ballots_doc(session: &Session) -> Doc {
    let title = format!("{}\n满意度测评票", session.list_title());
    let mut doc = Doc::form(format!("{}满意度测评票", session.list_title()));
    if session.evaluations.is_empty() {
        doc.push(DocBlock::Title(title));
        doc.push(DocBlock::Blank);
        doc.paragraph("本次会议未安排满意度测评。");
        return doc;
    }
    let rows: Vec<Vec<String>> = session
        .evaluations
        .iter()
        .enumerate()
        .map(|(index, evaluation)| {
            let mut cells = vec![(index + 1).to_string(), evaluation.subject.clone()];
            cells.extend(std::iter::repeat_n(String::new(), 3));
            cells
        })
        .collect();
    let copy = vec![
        DocBlock::Title(title),
        // The published notice says the evaluation is by secret ballot (DOMAIN.md §11).
        DocBlock::Centered(format!("（{}）", BallotSecrecy::Secret.label())),
        DocBlock::Blank,
        DocBlock::Form(Form {
            columns: vec![
                FormColumn::centred("序号", 5),
                FormColumn::left("测评对象", 23),
                FormColumn::centred("满意", 8),
                FormColumn::centred("基本满意", 11),
                FormColumn::centred("不满意", 9),
            ],
            rows,
            row_height_pt: crate::export::doc::lines_pt(2),
            repeat_head: true,
        }),
        DocBlock::Blank,
        DocBlock::Plain(EVALUATION_MARKING.to_owned()),
    ];
    let mut blocks = Vec::new();
    for _ in 0..printed_copies(session) {
        push_page(&mut blocks, copy.clone());
    }
    doc.blocks = blocks;
    doc
}
