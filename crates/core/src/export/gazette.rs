//! The documents tabled and adopted, in the seed gazette's forms (DOMAIN.md §6), and the session
//! gazette (会刊) that gathers them as a book: a cover and a 目录, then the news release, the
//! speech, every document of every agenda item once, in agenda order (reports with header line,
//! byline, salutation and closing; adopted resolutions with their adoption line; appointment
//! motions with the personnel decisions made on them), then the three lists. What no agenda
//! item lists was not laid before the session and is left out.

use super::doc::{
    ContentsEntry, Cover, Doc, DocBlock, Labelled, LabelledText, PageNumbering, blocks_of,
};
use super::lists::{
    adoption_line_of, appointments_doc, attendance_doc, observers_doc, punctuated, verb_blocks,
};
use super::news::news_release;
use crate::model::decisions::resolution_adopted;
use crate::model::{
    AppointmentAction, AppointmentMotion, DocumentRef, Report, ReportKind, Resolution, Session,
};

/// The words after which the header line 「——…在…会议上」 breaks, as the gazette prints it.
const HEADER_BREAK_AFTER: &str = "人民代表大会";
/// A centred body line holds 28 characters (GB/T 9704: 28 characters a line).
const LINE_CHARS: usize = 28;
/// A title line holds about 20 characters of 2号 type.
const TITLE_CHARS: usize = 20;

/// A report, explanation or speech as the gazette prints it.
pub fn report_doc(session: &Session, report: &Report) -> Doc {
    let mut doc = Doc::new(report.title.clone());
    doc.push(DocBlock::Title(report.title.clone()));
    let byline = report.byline().trim();
    if report.kind == ReportKind::Speech {
        if !byline.is_empty() {
            doc.push(DocBlock::Centered(byline.to_owned()));
        }
        if let Some(date) = report.date {
            doc.push(DocBlock::Centered(format!(
                "（{}）",
                crate::wording::dates::DateStyle::of_session(session).date(date)
            )));
        }
    } else {
        if let Some(date) = report.date {
            doc.push(DocBlock::Centered(header_line(session, date)));
        }
        if !byline.is_empty() {
            doc.push(DocBlock::Centered(byline.to_owned()));
        }
    }
    doc.push(DocBlock::Blank);
    if !report.salutation.trim().is_empty() {
        doc.push(DocBlock::Plain(report.salutation.trim().to_owned()));
    }
    doc.blocks.extend(blocks_of(&report.body));
    if !report.closing.trim().is_empty() {
        doc.paragraph(report.closing.trim());
    }
    if !report.attachments.is_empty() {
        doc.push(DocBlock::Blank);
        let numbered = report.attachments.len() > 1;
        let titles: Vec<String> = report
            .attachments
            .iter()
            .enumerate()
            .map(|(index, a)| {
                if numbered {
                    format!("{}．{}", index + 1, a.title)
                } else {
                    a.title.clone()
                }
            })
            .collect();
        doc.push(DocBlock::Labelled(Labelled {
            label: "附件：".to_owned(),
            text: LabelledText::Lines(titles),
            indent_chars: 2,
            label_chars: 3,
            strong_label: false,
        }));
        for (index, attachment) in report.attachments.iter().enumerate() {
            doc.push(DocBlock::PageBreak);
            let mark = if numbered {
                format!("附件{}", index + 1)
            } else {
                "附件".to_owned()
            };
            doc.push(DocBlock::AttachmentMark(mark));
            doc.push(DocBlock::Title(attachment.title.clone()));
            doc.push(DocBlock::Blank);
            doc.blocks.extend(blocks_of(&attachment.body));
        }
    }
    doc
}

/// 「——2023年12月21日在鹤壁市第十二届人民代表大会\n常务委员会第九次会议上」: broken after
/// 「人民代表大会」 when it is longer than a line, as the gazette prints it.
pub fn header_line(session: &Session, date: chrono::NaiveDate) -> String {
    let line = format!(
        "——{}在{}上",
        crate::wording::dates::DateStyle::of_session(session).date(date),
        session.full_title()
    );
    if line.chars().count() <= LINE_CHARS {
        return line;
    }
    match line.find(HEADER_BREAK_AFTER) {
        Some(at) => {
            let split = at + HEADER_BREAK_AFTER.len();
            format!("{}\n{}", &line[..split], &line[split..])
        }
        None => line,
    }
}

/// A resolution's title broken after the body's name when it is longer than a title line, as
/// the gazette prints it: 「鹤壁市人民代表大会常务委员会\n关于…的决议」.
fn resolution_title(session: &Session, title: &str) -> String {
    let name = session.body.name.trim();
    match title.strip_prefix(name) {
        Some(rest)
            if !name.is_empty() && !rest.is_empty() && title.chars().count() > TITLE_CHARS =>
        {
            format!("{name}\n{}", rest.trim())
        }
        _ => title.to_owned(),
    }
}

/// A resolution or decision as published: the title, the adoption line directly below it when
/// it was adopted, then its text.
pub fn resolution_doc(session: &Session, resolution: &Resolution) -> Doc {
    let mut doc = Doc::new(resolution.title.clone());
    doc.push(DocBlock::Title(resolution_title(
        session,
        &resolution.title,
    )));
    if resolution_adopted(session, resolution)
        && let Some(line) = adoption_line_of(session, resolution)
    {
        doc.push(DocBlock::Centered(line));
    }
    doc.push(DocBlock::Blank);
    doc.blocks.extend(blocks_of(&resolution.body));
    // 落款 where the body signs this kind of document (DOMAIN.md §12).
    if session
        .body
        .settings
        .signed_kinds
        .contains(&resolution.kind)
    {
        doc.push(DocBlock::Blank);
        doc.push(DocBlock::RightAligned(session.body.name.clone()));
        if let Some(day) = session.details.dates.iter().max() {
            doc.push(DocBlock::RightAligned(
                crate::wording::dates::DateStyle::of_session(session).date(*day),
            ));
        }
    }
    doc
}

/// Every adopted resolution and decision of the session, each on its own page.
pub fn resolutions_doc(session: &Session) -> Doc {
    let name = format!("{}通过的决议决定", session.full_title());
    let mut doc = Doc::new(name.clone());
    for resolution in session
        .resolutions
        .iter()
        .filter(|r| resolution_adopted(session, r))
    {
        doc.append_on_new_page(resolution_doc(session, resolution));
    }
    if doc.blocks.is_empty() {
        doc.push(DocBlock::Title(name));
        doc.push(DocBlock::Blank);
        doc.paragraph("本次会议没有表决通过的决议、决定。");
    }
    doc
}

/// The verb a motion itself uses: the nominator proposes 「任命」/「免去」; the committee
/// 「决定任命」 them (the list prints the committee's verb).
fn motion_verb(action: AppointmentAction) -> &'static str {
    match action {
        AppointmentAction::DecideAppoint => AppointmentAction::Appoint.label(),
        AppointmentAction::DecideRemove => AppointmentAction::Remove.label(),
        other => other.label(),
    }
}

/// An appointment motion as the gazette prints it: title, document number, addressee, basis,
/// the entries under their verbs, 「请予审议。」, signatory and date.
pub fn motion_doc(session: &Session, motion: &AppointmentMotion) -> Doc {
    let mut doc = Doc::new(motion.title.clone());
    doc.push(DocBlock::Title(motion.title.clone()));
    if !motion.document_number.trim().is_empty() {
        doc.push(DocBlock::Centered(motion.document_number.trim().to_owned()));
    }
    doc.push(DocBlock::Blank);
    if !motion.addressee.trim().is_empty() {
        doc.push(DocBlock::Plain(format!("{}：", motion.addressee.trim())));
    }
    let basis = motion.basis.trim();
    if !basis.is_empty() {
        doc.paragraph(basis);
    }
    // The basis usually ends 「现提请任命：」 and so introduces the first verb itself.
    let basis_names_first_verb = basis.ends_with('：') || basis.ends_with(':');
    for (index, (action, clauses)) in verb_blocks(motion).into_iter().enumerate() {
        if index > 0 || !basis_names_first_verb {
            doc.paragraph(format!("{}：", motion_verb(action)));
        }
        for clause in punctuated(clauses) {
            doc.paragraph(clause);
        }
    }
    doc.paragraph("请予审议。");
    doc.push(DocBlock::Blank);
    if !motion.signatory.trim().is_empty() {
        doc.push(DocBlock::RightAligned(motion.signatory.trim().to_owned()));
    }
    if let Some(date) = motion.date {
        doc.push(DocBlock::RightAligned(
            crate::wording::dates::DateStyle::of_session(session).date(date),
        ));
    }
    doc
}

/// The parts of the gazette in print order, each a document of its own.
pub fn gazette_parts(session: &Session) -> Vec<Doc> {
    let listed = |document: DocumentRef| {
        session
            .agenda
            .iter()
            .any(|item| item.documents.contains(&document))
    };
    let mut parts = vec![news_release(session)];
    // The speech follows the news release, as in the gazette, unless the agenda places it.
    for speech in session
        .reports
        .iter()
        .filter(|r| r.kind == ReportKind::Speech && !listed(DocumentRef::Report(r.id)))
    {
        parts.push(report_doc(session, speech));
    }
    // Every document once, in agenda order; what no agenda item lists was not laid before the
    // session and is not printed (`check` reports it).
    let mut printed: Vec<DocumentRef> = Vec::new();
    let mut print = |document: DocumentRef, parts: &mut Vec<Doc>| {
        if printed.contains(&document) {
            return;
        }
        printed.push(document);
        match document {
            DocumentRef::Report(id) => {
                if let Some(report) = session.report(id) {
                    parts.push(report_doc(session, report));
                }
            }
            DocumentRef::Resolution(id) => {
                if let Some(resolution) = session.resolution(id)
                    && resolution_adopted(session, resolution)
                {
                    parts.push(resolution_doc(session, resolution));
                }
            }
            DocumentRef::Motion(id) => {
                if let Some(motion) = session.motions.iter().find(|m| m.id == id) {
                    parts.push(motion_doc(session, motion));
                    // The personnel decisions adopted on its entries (DOMAIN.md §8), printed
                    // here and nowhere else.
                    for entry in &motion.entries {
                        for resolution in session
                            .resolutions
                            .iter()
                            .filter(|r| r.entry == Some(entry.id))
                        {
                            let document = DocumentRef::Resolution(resolution.id);
                            if printed.contains(&document) {
                                continue;
                            }
                            printed.push(document);
                            if resolution_adopted(session, resolution) {
                                parts.push(resolution_doc(session, resolution));
                            }
                        }
                    }
                }
            }
        }
    };
    for item in &session.agenda {
        for document in &item.documents {
            print(*document, &mut parts);
        }
    }
    if !session.motions.is_empty() {
        parts.push(appointments_doc(session));
    }
    parts.push(attendance_doc(session));
    if !session.observers.is_empty() {
        parts.push(observers_doc(session));
    }
    parts
}

/// The session gazette as a book: a cover (the body, 「会刊」, the issue, the session and its
/// date) and a 目录 without page numbers, then every part on its own page, numbered from
/// 「— 1 —」, starting with the news release.
pub fn gazette(session: &Session) -> Doc {
    let mut doc = Doc::new(format!("{}会刊", session.full_title()));
    let parts = gazette_parts(session);
    let entries: Vec<ContentsEntry> = parts
        .iter()
        .enumerate()
        .map(|(index, part)| ContentsEntry {
            title: part.name.replace('\n', ""),
            anchor: format!("part{}", index + 1),
        })
        .collect();
    doc.push(DocBlock::Section(PageNumbering::None));
    let day = session
        .details
        .dates
        .iter()
        .max()
        .map(|d| crate::wording::dates::DateStyle::of_session(session).date(*d))
        .unwrap_or_default();
    doc.push(DocBlock::Cover(Cover {
        above: session.body.name.clone(),
        name: "会\u{3000}刊".to_owned(),
        below: vec![
            session.gazette_issue(),
            format!("（{}）", session.full_title()),
        ],
        foot: vec![format!("{}办公室", session.body.name), day],
    }));
    doc.push(DocBlock::PageBreak);
    doc.push(DocBlock::Contents(entries.clone()));
    doc.push(DocBlock::Section(PageNumbering::FromOne));
    for (index, (part, entry)) in parts.into_iter().zip(entries).enumerate() {
        if index > 0 {
            doc.push(DocBlock::PageBreak);
        }
        doc.push(DocBlock::Anchor(entry.anchor));
        doc.blocks.extend(part.blocks);
    }
    doc
}
