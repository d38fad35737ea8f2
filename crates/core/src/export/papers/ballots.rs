//! 表决票 and 测评票 (DOMAIN.md §13, §18): one copy per member and the spare ones, each copy a
//! sheet of its own with a boxed table to mark in.
//!
//! A ballot is printed for every vote taken by paper ([`Session::vote_method`], the one owner of
//! how a vote is taken, which the 主持词 and the minutes ask too). The ballots follow the voting
//! order ([`voting_order`]): each motion's personnel votes on one ballot, a row for each vote as
//! [`entry_vote_groups`] gives them (one person, or a bundle voted together, its names listed),
//! worded as the body's sentences word them; any other subject voted by paper gets a one-row
//! ballot. A copy fits one sheet: its rows are made as tall as the sheet allows (two lines to
//! mark in, less for a long motion), and a ballot too long even then continues with its head
//! repeated.
//!
//! The evaluation ballots are one per sitting at which evaluations are held, with a row for each
//! object evaluated there ([`evaluation_papers`]); the 主持词 has one 测评 block for each.
//!
//! [`entry_vote_groups`]: crate::model::decisions::entry_vote_groups

use super::{motion_with_number_joined, push_page, vote_subject_text};
use crate::export::doc::{
    Doc, DocBlock, Form, FormColumn, FormText, LINE_PT, PageLayout, lines_pt,
};
use crate::model::decisions::{is_expected, voting_order};
use crate::model::roster::members_in_list_order;
use crate::model::{
    AppointmentEntry, BallotSecrecy, DocumentRef, Evaluation, MotionId, Session, SittingId,
    VoteMethod, VoteSubject,
};
use crate::wording::phrases::{SentenceStyle, appointment_sentences_of};

/// How a vote ballot is marked (DOMAIN.md §13); the body's words on what a mark left out or
/// made twice counts as follow it.
pub const VOTE_MARKING: &str = "说明：在选定的栏内划“○”。";

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
    /// The row as printed: 「决定任命张建华为鹤壁市科学技术局局长」; a batch with its names:
    /// 「任命李春燕等25名同志为淇县人民法院人民陪审员（李春燕、王晓峰、…）」.
    pub text: String,
}

/// The ballots of the session, in voting order: each motion's personnel votes taken by paper on
/// one ballot, and a one-row ballot for each other subject taken by paper. Only votes that are
/// expected (not of an item heard only, deferred or withdrawn).
pub fn ballot_papers(session: &Session) -> Vec<BallotPaper> {
    let mut papers: Vec<BallotPaper> = Vec::new();
    for subject in voting_order(session) {
        if !is_expected(session, &subject) || session.vote_method(&subject) != VoteMethod::Ballot {
            continue;
        }
        if let VoteSubject::Entries(ids) = &subject {
            let Some((motion, _)) = ids.first().and_then(|id| session.entry(*id)) else {
                continue;
            };
            let row = BallotRow {
                subject: subject.clone(),
                text: personnel_row(session, ids),
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
        } else {
            let text = vote_subject_text(session, &subject, true);
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

/// A personnel row: the appointments as the body's sentences say them, and where a sentence
/// names a batch by its first person (「李春燕等25名同志」) every name after it, so that the
/// members see whom they vote on.
fn personnel_row(session: &Session, ids: &[crate::model::EntryId]) -> String {
    let entries: Vec<&AppointmentEntry> = ids
        .iter()
        .filter_map(|id| session.entry(*id).map(|(_, entry)| entry))
        .collect();
    let mut text = appointment_sentences_of(session, &entries).join("；");
    let threshold = SentenceStyle::of(session).batch_threshold.max(1);
    let people: Vec<&str> = entries
        .iter()
        .flat_map(|e| e.people.iter().map(|p| p.name.as_str()))
        .collect();
    if people.len() > threshold {
        text.push_str(&format!("\n（{}）", people.join("、")));
    }
    text
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

/// The instruction under a ballot: how to mark it, and the body's words on what a mark left out
/// or made twice counts as.
pub fn vote_marking(session: &Session) -> String {
    format!(
        "{VOTE_MARKING}{}",
        session.body.settings.invalid_marks.trim()
    )
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
    let rows: Vec<Vec<String>> = paper
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
    let marking = vote_marking(session);
    let name = match voter {
        Voter::Anyone => None,
        Voter::Member(name) => Some(name.as_str()),
        Voter::Spare => Some("＿＿＿＿＿＿"),
    };
    let mut form = Form {
        columns,
        rows,
        row_height_pt: 0,
        repeat_head: true,
        text: FormText::Normal,
    };
    // What the sheet holds besides the rows, in lines of the page.
    let page = PageLayout::A4Portrait;
    let text_lines = |text: &str| -> u32 {
        text.split('\n')
            .map(|line| {
                (line.chars().count() as u32)
                    .div_ceil(page.chars_per_line())
                    .max(1)
            })
            .sum()
    };
    let mut besides = 2 + 1 + 1 + 1 + 1 + text_lines(&marking);
    if !paper.concerns.is_empty() {
        besides += text_lines(&paper.concerns);
    }
    if name.is_some() {
        besides += 2;
    }
    let room_pt = f64::from(page.lines_per_page().saturating_sub(besides)) * LINE_PT;
    fit_on_one_sheet(&mut form, room_pt);
    blocks.push(DocBlock::Form(form));
    blocks.push(DocBlock::Blank);
    blocks.push(DocBlock::Plain(marking));
    if let Some(name) = name {
        blocks.push(DocBlock::Blank);
        blocks.push(DocBlock::RightAligned(format!("表决人：{name}")));
    }
    blocks
}

/// Sets a form's rows to fit `room_pt` points (a copy is one sheet, DOMAIN.md §18): rows of two
/// lines of the page (room to draw a mark), else a line and a half, a line, or as tall as their
/// text; where even that does not fit, the text smaller (小四, then 五号); where not even that
/// fits, rows as tall as their 4号 text, the form running over to the back of the sheet with its
/// head repeated.
pub fn fit_on_one_sheet(form: &mut Form, room_pt: f64) {
    let rows_room = room_pt - LINE_PT;
    let total = |form: &Form, row_pt: f64| -> f64 {
        form.rows
            .iter()
            .map(|row| {
                let lines = row
                    .iter()
                    .enumerate()
                    .map(|(index, text)| form.text_lines(index, text))
                    .max()
                    .unwrap_or(1);
                (f64::from(lines) * form.text.line_pt() + FORM_ROW_PADDING_PT).max(row_pt)
            })
            .sum()
    };
    form.text = FormText::Normal;
    for candidate in [lines_pt(2), (LINE_PT * 1.5).round() as u32, lines_pt(1), 0] {
        if total(form, f64::from(candidate)) <= rows_room {
            form.row_height_pt = candidate;
            return;
        }
    }
    form.row_height_pt = 0;
    for text in [FormText::Small, FormText::Smaller] {
        form.text = text;
        if total(form, 0.0) <= rows_room {
            return;
        }
    }
    // Too long for one side even in 五号: in 4号 again, running over to the back of the sheet
    // with the head repeated.
    form.text = FormText::Normal;
}

/// What a row of text-high cells adds to its lines, in points (the rules and a little air).
const FORM_ROW_PADDING_PT: f64 = 4.0;

/// The evaluations held at one sitting, on one ballot: the sitting (`None` for a session
/// without sittings) and the evaluations in the session's order.
#[derive(Clone, Debug)]
pub struct EvaluationPaper<'s> {
    /// The plenary sitting the ballot is used at, if the session has sittings.
    pub sitting: Option<SittingId>,
    /// The objects evaluated on it.
    pub evaluations: Vec<&'s Evaluation>,
}

/// The sitting an evaluation is held at: its own, else that of the item whose reports it
/// concerns; `None` where neither is placed.
pub fn evaluation_sitting(session: &Session, evaluation: &Evaluation) -> Option<SittingId> {
    evaluation
        .sitting
        .filter(|id| session.sitting(*id).is_some())
        .or_else(|| {
            session
                .agenda
                .iter()
                .find(|item| {
                    item.documents.iter().any(
                        |d| matches!(d, DocumentRef::Report(id) if evaluation.reports.contains(id)),
                    )
                })
                .and_then(|item| item.sitting)
                .filter(|id| session.sitting(*id).is_some())
        })
}

/// The evaluation ballots of the session: one per plenary sitting at which evaluations are
/// held (an evaluation placed nowhere is held at the last plenary sitting), in the order of the
/// sittings; one for the whole session where it has no plenary sittings.
pub fn evaluation_papers(session: &Session) -> Vec<EvaluationPaper<'_>> {
    let plenaries: Vec<SittingId> = session.plenary_sittings().map(|s| s.id).collect();
    let mut papers: Vec<EvaluationPaper> = if plenaries.is_empty() {
        vec![EvaluationPaper {
            sitting: None,
            evaluations: Vec::new(),
        }]
    } else {
        plenaries
            .iter()
            .map(|id| EvaluationPaper {
                sitting: Some(*id),
                evaluations: Vec::new(),
            })
            .collect()
    };
    let last = papers.len() - 1;
    for evaluation in &session.evaluations {
        let at = evaluation_sitting(session, evaluation)
            .and_then(|id| plenaries.iter().position(|p| *p == id))
            .unwrap_or(last);
        papers[at].evaluations.push(evaluation);
    }
    papers.retain(|paper| !paper.evaluations.is_empty());
    papers
}

/// 测评票: for each sitting with evaluations one ballot with a row for every object evaluated
/// there, in as many copies as [`Session::ballot_copies`], each copy a sheet.
pub fn evaluation_ballots_doc(session: &Session) -> Doc {
    let title = format!("{}\n满意度测评票", session.list_title());
    let mut doc = Doc::form(format!("{}满意度测评票", session.list_title()));
    let papers = evaluation_papers(session);
    if papers.is_empty() {
        doc.push(DocBlock::Title(title));
        doc.push(DocBlock::Blank);
        doc.paragraph("本次会议未安排满意度测评。");
        return doc;
    }
    let several = papers.len() > 1;
    let mut blocks = Vec::new();
    for paper in &papers {
        let rows: Vec<Vec<String>> = paper
            .evaluations
            .iter()
            .enumerate()
            .map(|(index, evaluation)| {
                let mut cells = vec![(index + 1).to_string(), evaluation.subject.clone()];
                cells.extend(std::iter::repeat_n(String::new(), 3));
                cells
            })
            .collect();
        let mut form = Form {
            columns: vec![
                FormColumn::centred("序号", 5),
                FormColumn::left("测评对象", 23),
                FormColumn::centred("满意", 8),
                FormColumn::centred("基本满意", 11),
                FormColumn::centred("不满意", 9),
            ],
            rows,
            row_height_pt: 0,
            repeat_head: true,
            text: FormText::Normal,
        };
        let mut copy = vec![DocBlock::Title(title.clone())];
        let mut besides = 2 + 1 + 1 + 1 + 2;
        if several && let Some(name) = paper.sitting.and_then(|id| session.sitting_name(id)) {
            copy.push(DocBlock::Centered(name));
            besides += 1;
        }
        // The published notice says the evaluation is by secret ballot (DOMAIN.md §11).
        copy.push(DocBlock::Centered(format!(
            "（{}）",
            BallotSecrecy::Secret.label()
        )));
        copy.push(DocBlock::Blank);
        let room_pt = f64::from(
            PageLayout::A4Portrait
                .lines_per_page()
                .saturating_sub(besides),
        ) * LINE_PT;
        fit_on_one_sheet(&mut form, room_pt);
        copy.push(DocBlock::Form(form));
        copy.push(DocBlock::Blank);
        copy.push(DocBlock::Plain(EVALUATION_MARKING.to_owned()));
        for _ in 0..printed_copies(session) {
            push_page(&mut blocks, copy.clone());
        }
    }
    doc.blocks = blocks;
    doc
}
