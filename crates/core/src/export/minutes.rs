//! 会议纪要 (DOMAIN.md §6): the opening sentence, the attendance sentence with the quorum, each
//! agenda item with what was heard and decided and its vote sentence, evaluations,
//! appointments, and the closing 「出席：」「请假：」「列席：」 lines.

use super::doc::{Doc, DocBlock, Labelled, LabelledText};
use crate::model::attendance::{PublishedAttendance, PublishedLists};
use crate::model::decisions::{ItemState, announced_vote, item_state, vote_for_entry};
use crate::model::numerals::item_mark;
use crate::model::roster::members_in_list_order;
use crate::model::{
    AgendaItem, AgendaKind, AppointmentEntry, AppointmentMotion, DocumentRef, Evaluation, Report,
    ReportKind, Resolution, Session, SittingId, VoteSubject,
};
use crate::wording::attendance::attendance_sentence;
use crate::wording::join_with_and;
use crate::wording::phrases::{
    appointment_sentences_of, book_title, compact, evaluation_sentences, member_with_role,
    reports_phrase, session_days, vote_on,
};

/// The minutes of the session.
pub fn minutes(session: &Session) -> Doc {
    let title = format!("{}纪要", session.full_title());
    let mut doc = Doc::new(title.clone());
    doc.push(DocBlock::Title(title));
    doc.push(DocBlock::Blank);
    let lists = session.published_lists();
    let by_sitting = narrates_by_sitting(session);
    let opening = match &lists {
        PublishedLists::One(published) => format!(
            "{}{}",
            opening_sentence(session),
            crate::wording::forms::quorum_sentence(
                session,
                published.counts(),
                &published
                    .on_leave
                    .iter()
                    .map(|(_, reason)| reason.as_str())
                    .collect::<Vec<_>>()
            )
            .unwrap_or_else(|| format!("本次会议{}", attendance_sentence(published.counts())))
        ),
        // Each plenary sitting's paragraph states its own attendance; without those paragraphs
        // the opening names every sitting's.
        PublishedLists::PerSitting(per) if !by_sitting => {
            let mut text = opening_sentence(session);
            for (sitting, published) in per {
                let name = session.sitting_name(sitting.id).unwrap_or_default();
                text.push_str(&format!(
                    "{name}{}",
                    attendance_sentence(published.counts())
                ));
            }
            text
        }
        PublishedLists::PerSitting(_) => opening_sentence(session),
    };
    doc.paragraph(opening);
    if let Some(vote) = announced_vote(session, &VoteSubject::Agenda) {
        doc.paragraph(vote_on(session, vote, "本次会议议程"));
    }
    let item_blocks = |doc: &mut Doc,
                       index: usize,
                       item: &AgendaItem,
                       here: &dyn Fn(Option<SittingId>) -> bool| {
        let mark = item_mark(u32::try_from(index + 1).unwrap_or(u32::MAX));
        doc.push(DocBlock::Heading(1, format!("{mark}{}", item.title)));
        for text in item_paragraphs(session, item, here) {
            doc.paragraph(text);
        }
    };
    if by_sitting {
        // A result belongs to the sitting it was taken at (DOMAIN.md §16): with its item when
        // taken where the item is placed (or nowhere in particular), else in its own sitting's
        // paragraph.
        let placed = |item: &AgendaItem| item.sitting.filter(|id| session.sitting(*id).is_some());
        for (index, item) in session.agenda.iter().enumerate() {
            if placed(item).is_none() {
                let here = |taken: Option<SittingId>| taken_with_item(session, taken, None);
                item_blocks(&mut doc, index, item, &here);
            }
        }
        for sitting in &session.details.sittings {
            let published = match &lists {
                PublishedLists::PerSitting(per) => {
                    per.iter().find(|(s, _)| s.id == sitting.id).map(|(_, p)| p)
                }
                PublishedLists::One(_) => None,
            };
            doc.paragraph(sitting_sentence(session, sitting, published));
            for (index, item) in session.agenda.iter().enumerate() {
                if placed(item) == Some(sitting.id) {
                    let here = |taken: Option<SittingId>| {
                        taken_with_item(session, taken, Some(sitting.id))
                    };
                    item_blocks(&mut doc, index, item, &here);
                }
            }
            for text in taken_elsewhere_paragraphs(session, sitting.id) {
                doc.paragraph(text);
            }
        }
    } else {
        for (index, item) in session.agenda.iter().enumerate() {
            item_blocks(&mut doc, index, item, &|_| true);
        }
    }
    for text in unlisted_paragraphs(session) {
        doc.paragraph(text);
    }
    doc.push(DocBlock::Blank);
    doc.blocks.extend(attendance_lines(session));
    doc
}

/// Whether a result taken at `taken` is told with its item, placed at `item_at`: taken there,
/// or at no sitting in particular (or one that no longer exists).
fn taken_with_item(
    session: &Session,
    taken: Option<SittingId>,
    item_at: Option<SittingId>,
) -> bool {
    match taken.filter(|id| session.sitting(*id).is_some()) {
        None => true,
        Some(taken) => Some(taken) == item_at,
    }
}

/// The results taken at `sitting` on items placed elsewhere (or nowhere): told in that sitting's
/// paragraph, after its own items.
fn taken_elsewhere_paragraphs(session: &Session, sitting: SittingId) -> Vec<String> {
    let here = |taken: Option<SittingId>| taken == Some(sitting);
    let mut paragraphs = Vec::new();
    for item in &session.agenda {
        if item.sitting == Some(sitting) {
            continue;
        }
        let documents = documents_of(session, item);
        let mut sentences = decision_sentences(session, item, &documents, &here, &item.title);
        sentences.extend(evaluation_sentences(
            session,
            &item_evaluations(session, &documents, &here),
        ));
        if !sentences.is_empty() {
            paragraphs.push(sentences.concat());
        }
        paragraphs.extend(appointment_paragraphs(session, &documents.motions, &here));
    }
    paragraphs
}

/// 「2023年12月21日，鹤壁市第十二届人民代表大会常务委员会第九次会议在…举行，会议由主任史全新主持。」;
/// without a venue 「…第九次会议举行，…」, without a date or presiding officer those parts left out.
pub fn opening_sentence(session: &Session) -> String {
    let mut text = String::new();
    if let Some(days) = session_days(session) {
        text.push_str(&days);
        text.push('，');
    }
    text.push_str(&session.full_title());
    let venue = session.details.venue.trim();
    if venue.is_empty() {
        text.push_str("举行");
    } else {
        text.push_str(&format!("在{venue}举行"));
    }
    if let Some(presiding) = presiding_phrase(session, None) {
        text.push_str(&format!("，{presiding}"));
    }
    text.push('。');
    text
}

/// 「会议由主任史全新主持」, or entrusted 「受主任张三委托，会议由副主任李四主持」 (DOMAIN.md §9),
/// at a sitting (its own presiding officer where set) or the session (`None`).
pub fn presiding_phrase(
    session: &Session,
    sitting: Option<crate::model::SittingId>,
) -> Option<String> {
    let (presiding, entrusted_by) = session.presiding_at(sitting);
    let presiding = presiding.and_then(|id| session.member(id))?;
    // Who entrusted the officer, where the body says it (FORMS.md §3 `presiding_entrusted`).
    let entrusted = crate::wording::phrases::entrusted_clause(
        session,
        presiding,
        entrusted_by.and_then(|id| session.member(id)),
        false,
    );
    Some(format!(
        "{entrusted}会议由{}主持",
        member_with_role(presiding)
    ))
}

/// Whether the minutes narrate by sitting: the session has more than one sitting and items are
/// placed in them.
fn narrates_by_sitting(session: &Session) -> bool {
    session.details.sittings.len() > 1
        && session
            .agenda
            .iter()
            .any(|item| item.sitting.is_some_and(|id| session.sitting(id).is_some()))
}

/// 「12月20日上午，会议举行第一次全体会议，会议由主任张三主持。」, with the sitting's attendance
/// where it has its own (DOMAIN.md §10); 「12月20日下午，举行分组会议。」.
pub fn sitting_sentence(
    session: &Session,
    sitting: &crate::model::Sitting,
    published: Option<&PublishedAttendance>,
) -> String {
    let when = format!(
        "{}{}",
        crate::wording::dates::DateStyle::of_session(session).month_day(sitting.date),
        sitting.time.trim()
    );
    let name = session.sitting_name(sitting.id).unwrap_or_default();
    let venue = sitting.venue.trim();
    let at = if venue.is_empty() {
        String::new()
    } else {
        format!("在{venue}")
    };
    if sitting.kind == crate::model::SittingKind::Group {
        return format!("{when}，{at}举行{name}。");
    }
    let mut text = format!("{when}，会议{at}举行{name}");
    // The presiding officer is said per sitting where it differs from the opening's.
    let own = session.presiding_at(Some(sitting.id));
    if own != session.presiding_at(None)
        && let Some(presiding) = presiding_phrase(session, Some(sitting.id))
    {
        text.push_str(&format!("，{presiding}"));
    }
    text.push('。');
    if let Some(published) = published {
        text.push_str(&attendance_sentence(published.counts()));
    }
    text
}

/// [`sitting_sentence`] with the sitting's published attendance where the plenary sittings'
/// attendance differed (the session's screen shows it as the minutes will say it).
pub fn sitting_sentence_as_published(session: &Session, sitting: &crate::model::Sitting) -> String {
    let lists = session.published_lists();
    let published = match &lists {
        PublishedLists::PerSitting(per) => {
            per.iter().find(|(s, _)| s.id == sitting.id).map(|(_, p)| p)
        }
        PublishedLists::One(_) => None,
    };
    sitting_sentence(session, sitting, published)
}

/// The documents an agenda item refers to, by kind, in the item's order.
struct ItemDocuments<'a> {
    reports: Vec<&'a Report>,
    resolutions: Vec<&'a Resolution>,
    motions: Vec<&'a AppointmentMotion>,
}

impl<'a> ItemDocuments<'a> {
    /// The reports heard: all but a speech.
    fn heard(&self) -> Vec<&'a Report> {
        self.reports
            .iter()
            .copied()
            .filter(|r| r.kind != ReportKind::Speech)
            .collect()
    }
}

fn documents_of<'a>(session: &'a Session, item: &AgendaItem) -> ItemDocuments<'a> {
    let mut found = ItemDocuments {
        reports: Vec::new(),
        resolutions: Vec::new(),
        motions: Vec::new(),
    };
    for document in &item.documents {
        match document {
            DocumentRef::Report(id) => found.reports.extend(session.report(*id)),
            DocumentRef::Resolution(id) => found.resolutions.extend(session.resolution(*id)),
            DocumentRef::Motion(id) => {
                found
                    .motions
                    .extend(session.motions.iter().find(|m| m.id == *id));
            }
        }
    }
    found
}

/// What the minutes say under an agenda item: what was heard, what was decided and how the
/// vote went, the evaluations of its reports, its appointments.
fn item_paragraphs(
    session: &Session,
    item: &AgendaItem,
    here: &dyn Fn(Option<SittingId>) -> bool,
) -> Vec<String> {
    let documents = documents_of(session, item);
    let state = item_state(session, item);
    // The item's own verb (FORMS.md §7, 「a free verb per item」) says what was done with it,
    // instead of the house verb.
    let own = crate::wording::phrases::item_own_words(item, own_name(&documents).as_deref())
        .map(|words| words.sentence());
    match state {
        ItemState::Pending => {
            return vec![own.unwrap_or_else(|| "该议题尚未审议。".to_owned())];
        }
        ItemState::Withdrawn => return vec!["该议题已撤回。".to_owned()],
        ItemState::Deferred if item.kind != AgendaKind::DeliberateDraft => {
            return vec!["会议决定该议题暂缓审议。".to_owned()];
        }
        _ => {}
    }
    let mut sentences: Vec<String> = Vec::new();
    // Who made a report on whose behalf (FORMS.md §3 `report_entrusted`), before what was
    // done with it.
    let entrusted =
        crate::wording::phrases::report_entrusted_sentences(session, &documents.reports);
    if !entrusted.is_empty() {
        sentences.push(entrusted);
    }
    match own {
        Some(own) => sentences.push(own),
        None => sentences.extend(heard_sentence(session, item, &documents)),
    }
    if state == ItemState::Deferred {
        sentences.push("会议决定暂不付表决。".to_owned());
        return vec![sentences.concat()];
    }
    let item_object = match documents.reports.len() {
        0 => "该事项",
        1 => "该报告",
        _ => "上述报告",
    };
    sentences.extend(decision_sentences(
        session,
        item,
        &documents,
        here,
        item_object,
    ));
    // A sentence that named the item's one report lets the evaluation's refer to it (「该报告」).
    let named = !sentences.is_empty() && documents.reports.len() == 1;
    sentences.extend(crate::wording::phrases::evaluation_sentences_after(
        session,
        &item_evaluations(session, &documents, here),
        named.then_some(item_object),
    ));
    let mut paragraphs = Vec::new();
    if !sentences.is_empty() {
        paragraphs.push(sentences.concat());
    }
    paragraphs.extend(appointment_paragraphs(session, &documents.motions, here));
    paragraphs
}

/// What the minutes call an item said with its own verb, from its documents: its reports
/// (「市人民政府关于…的报告」), else its resolutions (「《…的决议》」), else its motions; `None`
/// for an item without documents (its title then names it).
fn own_name(documents: &ItemDocuments) -> Option<String> {
    let reports = documents.heard();
    if !reports.is_empty() {
        return Some(reports_phrase(&reports));
    }
    let titles: Vec<String> = if documents.resolutions.is_empty() {
        documents.motions.iter().map(|m| m.title.clone()).collect()
    } else {
        documents
            .resolutions
            .iter()
            .map(|r| book_title(&r.title))
            .collect()
    };
    (!titles.is_empty()).then(|| join_with_and(&titles))
}

/// The evaluations of an item's reports held where `here` says.
fn item_evaluations<'s>(
    session: &'s Session,
    documents: &ItemDocuments,
    here: &dyn Fn(Option<SittingId>) -> bool,
) -> Vec<&'s Evaluation> {
    session
        .evaluations
        .iter()
        .filter(|e| here(e.sitting))
        .filter(|e| {
            e.reports
                .iter()
                .any(|id| documents.reports.iter().any(|r| r.id == *id))
        })
        .collect()
}

/// 「会议听取和审议了…。」, 「会议听取了…，审议了《…（草案）》。」, 「会议审议了…议案。」
fn heard_sentence(
    session: &Session,
    item: &AgendaItem,
    documents: &ItemDocuments,
) -> Option<String> {
    let reports = documents.heard();
    let drafts: Vec<String> = documents
        .resolutions
        .iter()
        .map(|r| book_title(&draft_title(&item.title, &r.title)))
        .collect();
    let motions: Vec<String> = documents
        .motions
        .iter()
        .map(|m| {
            if m.document_number.trim().is_empty() {
                m.title.clone()
            } else {
                format!("{}（{}）", m.title, m.document_number)
            }
        })
        .collect();
    // What the committee does with the item decides the verb (DOMAIN.md §10): a vote or an
    // evaluation on its own says only its result.
    if matches!(item.kind, AgendaKind::Vote | AgendaKind::Evaluation) {
        return None;
    }
    let mut parts: Vec<String> = Vec::new();
    if !reports.is_empty() {
        // The verb in the body's form (FORMS.md §7 `minutes_item_verb…`); a report heard with a
        // draft keeps 「听取了」, as the draft is deliberated after it.
        let (form, verb) = if drafts.is_empty() && item.kind != AgendaKind::Hear {
            ("minutes_item_verb", "听取和审议了")
        } else if drafts.is_empty() {
            ("minutes_item_verb_heard", "听取了")
        } else {
            ("", "听取了")
        };
        let object = reports_phrase(&reports);
        parts.push(match crate::wording::forms::chosen(session, form) {
            None => format!("{verb}{object}"),
            Some(template) => crate::wording::forms::fill(&template, &[("议题", object)]),
        });
    }
    if !drafts.is_empty() {
        parts.push(format!("审议了{}", drafts.concat()));
    }
    if !motions.is_empty() {
        parts.push(format!("审议了{}", join_with_and(&motions)));
    }
    if parts.is_empty() {
        return None;
    }
    let lead = match item.kind {
        AgendaKind::WorkEvaluation => format!(
            "会议开展了{}，",
            work_evaluation_object(session, item, &reports)
        ),
        _ => "会议".to_owned(),
    };
    let tail = match item.kind {
        AgendaKind::Inquiry => format!("，并{}", inquiry_phrase(item, &reports)),
        _ => String::new(),
    };
    Some(format!("{lead}{}{tail}。", parts.join("，")))
}

/// What a 工作评议 evaluates, as 「开展…工作评议」 says it (DOMAIN.md §10): from the item's title
/// (「开展新时代高质量发展示范城市建设工作评议，…」), else the evaluations of its reports
/// (「市民政局工作评议」), else the units that reported.
pub(crate) fn work_evaluation_object(
    session: &Session,
    item: &AgendaItem,
    reports: &[&Report],
) -> String {
    if let Some(object) = between(&item.title, "开展", "工作评议") {
        return format!("{object}工作评议");
    }
    let subjects: Vec<String> = session
        .evaluations
        .iter()
        .filter(|e| {
            e.reports
                .iter()
                .any(|id| reports.iter().any(|r| r.id == *id))
        })
        .map(|e| e.subject.trim_end_matches("工作").to_owned())
        .collect();
    let object = if subjects.is_empty() {
        let mut units: Vec<&str> = reports.iter().map(|r| r.submitter.as_str()).collect();
        units.dedup();
        units.join("、")
    } else {
        join_with_and(&subjects)
    };
    format!("{object}工作评议")
}

/// 「就全县农村饮水安全工作开展专题询问」 (DOMAIN.md §10): the subject from the item's title
/// (「就…开展专题询问」), else from its first report's (「关于…情况的报告」 → 「…情况」).
fn inquiry_phrase(item: &AgendaItem, reports: &[&Report]) -> String {
    let subject = between(&item.title, "就", "开展专题询问").or_else(|| {
        let title = reports.first()?.title.as_str();
        let title = title.strip_prefix("关于").unwrap_or(title);
        let subject = match title.rfind('的') {
            Some(at) if title.ends_with("报告") => &title[..at],
            _ => title,
        };
        (!subject.is_empty()).then_some(subject)
    });
    match subject {
        Some(subject) => format!("就{subject}开展专题询问"),
        None => "开展了专题询问".to_owned(),
    }
}

/// The text between the first `open` and the following `close`, if both are there and it is
/// not empty.
fn between<'t>(text: &'t str, open: &str, close: &str) -> Option<&'t str> {
    let start = text.find(open)? + open.len();
    let end = start + text[start..].find(close)?;
    (end > start).then(|| &text[start..end])
}

/// A resolution's title as a draft: 「…的决议（草案）」, or as the agenda item names the draft
/// (「…工作规范（修订草案）」), unless the title already says it is one.
pub fn draft_title(item_title: &str, title: &str) -> String {
    if title.contains("草案") {
        return title.to_owned();
    }
    let named = item_title
        .find(title)
        .map(|at| &item_title[at + title.len()..])
        .filter(|rest| rest.starts_with('（'))
        .and_then(|rest| rest.find('）').map(|end| &rest[..end + '）'.len_utf8()]))
        .filter(|bracket| bracket.contains("草案"));
    match named {
        Some(bracket) => format!("{title}{bracket}"),
        None => format!("{title}（草案）"),
    }
}

/// The announced votes on the item itself (named `item_object`) and on its resolutions, taken
/// where `here` says.
fn decision_sentences(
    session: &Session,
    item: &AgendaItem,
    documents: &ItemDocuments,
    here: &dyn Fn(Option<SittingId>) -> bool,
    item_object: &str,
) -> Vec<String> {
    let mut sentences = Vec::new();
    if let Some(vote) = announced_vote(session, &VoteSubject::AgendaItem(item.id))
        && here(vote.sitting)
    {
        sentences.push(vote_on(session, vote, item_object));
    }
    for resolution in &documents.resolutions {
        if let Some(vote) = announced_vote(session, &VoteSubject::Resolution(resolution.id))
            && here(vote.sitting)
        {
            sentences.push(vote_on(session, vote, &book_title(&resolution.title)));
        }
    }
    sentences
}

/// The appointments of some motions with an announced vote, grouped by how their vote went
/// (consecutive entries with the same result share a sentence):
/// 「会议表决通过了下列人事任免事项：任命…；免去…。」.
fn appointment_paragraphs(
    session: &Session,
    motions: &[&AppointmentMotion],
    here: &dyn Fn(Option<SittingId>) -> bool,
) -> Vec<String> {
    // (adopted, the result's phrase, the method's phrase): consecutive entries alike share one.
    type Outcome = (bool, String, String);
    let mut groups: Vec<(Outcome, Vec<&AppointmentEntry>)> = Vec::new();
    for entry in motions.iter().flat_map(|m| m.entries_in_list_order()) {
        let Some(vote) = vote_for_entry(session, entry.id).filter(|v| here(v.sitting)) else {
            continue;
        };
        let Some(result) = vote.announced_result() else {
            continue;
        };
        let outcome = (
            result.is_adopted(),
            crate::wording::phrases::vote_result_phrase(session, vote),
            crate::wording::phrases::vote_method_phrase(session, &vote.subject),
        );
        match groups.last_mut() {
            Some((last, entries)) if *last == outcome => entries.push(entry),
            _ => groups.push((outcome, vec![entry])),
        }
    }
    groups
        .into_iter()
        .map(|((adopted, phrase, method), entries)| {
            let sentences = appointment_sentences_of(session, &entries).join("；");
            // Why people resign, before (FORMS.md §15 `reason_before`); what a deputy's
            // resignation accepted ends, after (§15 `deputy`).
            let reasons = crate::wording::phrases::resignation_reasons(session, &entries);
            if adopted {
                let ends = crate::wording::phrases::deputy_knock_on(session, &entries);
                format!("{reasons}会议{method}，{phrase}了下列人事任免事项：{sentences}。{ends}")
            } else {
                format!("{reasons}下列人事任免事项经会议{method}表决，{phrase}：{sentences}。")
            }
        })
        .collect()
}

/// What happened outside the agenda's items: evaluations of reports no item lists, votes on
/// resolutions and appointments no item lists, and the speech.
fn unlisted_paragraphs(session: &Session) -> Vec<String> {
    let listed = |document: DocumentRef| {
        session
            .agenda
            .iter()
            .any(|item| item.documents.contains(&document))
    };
    let mut paragraphs = Vec::new();
    let evaluations: Vec<&Evaluation> = session
        .evaluations
        .iter()
        .filter(|e| !e.reports.iter().any(|id| listed(DocumentRef::Report(*id))))
        .collect();
    paragraphs.extend(evaluation_sentences(session, &evaluations));
    for resolution in &session.resolutions {
        if listed(DocumentRef::Resolution(resolution.id)) {
            continue;
        }
        if let Some(vote) = announced_vote(session, &VoteSubject::Resolution(resolution.id)) {
            paragraphs.push(vote_on(session, vote, &book_title(&resolution.title)));
        }
    }
    let motions: Vec<&AppointmentMotion> = session
        .motions
        .iter()
        .filter(|m| !listed(DocumentRef::Motion(m.id)))
        .collect();
    paragraphs.extend(appointment_paragraphs(session, &motions, &|_| true));
    for speech in session
        .reports
        .iter()
        .filter(|r| r.kind == ReportKind::Speech && !listed(DocumentRef::Report(r.id)))
    {
        let speaker = compact(speech.byline());
        if !speaker.is_empty() {
            paragraphs.push(format!("{speaker}在会上讲话。"));
        }
    }
    paragraphs
}

/// The closing lines: 「出席：」 (members present, in list order), 「请假：」 (with reasons),
/// 「缺席：」 when anyone was absent, as published (per plenary sitting, under its name, where
/// their attendance differed); then 「列席：」 (unit and names).
pub fn attendance_lines(session: &Session) -> Vec<DocBlock> {
    let mut lines = Vec::new();
    match session.published_lists() {
        PublishedLists::One(published) => lines.extend(presence_lines(session, &published)),
        PublishedLists::PerSitting(per) => {
            for (sitting, published) in per {
                let name = session.sitting_name(sitting.id).unwrap_or_default();
                lines.push(DocBlock::Plain(format!("{name}：")));
                lines.extend(presence_lines(session, &published));
            }
        }
    }
    lines.extend(observer_lines(session));
    lines
}

/// 「出席：」, 「请假：」 and 「缺席：」 of one published attendance.
fn presence_lines(session: &Session, published: &PublishedAttendance) -> Vec<DocBlock> {
    let present: Vec<String> = members_in_list_order(
        published
            .present
            .iter()
            .filter_map(|id| session.member(*id)),
        session.body.settings.name_order,
    )
    .into_iter()
    .map(|m| m.name.clone())
    .collect();
    let on_leave: Vec<String> = published
        .on_leave
        .iter()
        .filter_map(|(id, reason)| {
            let member = session.member(*id)?;
            Some(if reason.is_empty() {
                member.name.clone()
            } else {
                format!("{}（{reason}）", member.name)
            })
        })
        .collect();
    let absent: Vec<String> = published
        .absent
        .iter()
        .filter_map(|id| session.member(*id).map(|m| m.name.clone()))
        .collect();
    [
        ("出席：", present),
        ("请假：", on_leave),
        ("缺席：", absent),
    ]
    .into_iter()
    .filter(|(_, names)| !names.is_empty())
    .map(|(label, names)| labelled_names(label, names, "、"))
    .collect()
}

/// A closing line: the label in bold, the names after it with a hanging indent.
fn labelled_names(label: &str, names: Vec<String>, separator: &str) -> DocBlock {
    DocBlock::Labelled(Labelled {
        label: label.to_owned(),
        text: LabelledText::Items {
            items: names,
            separator: separator.to_owned(),
        },
        indent_chars: 2,
        label_chars: 3,
        strong_label: true,
    })
}

/// The 「列席：」 line.
fn observer_lines(session: &Session) -> Vec<DocBlock> {
    // 列席: 「市人民政府李可、刘军文；市监察委员会…」, set name by name (each name carrying the
    // punctuation after it) so that a line breaks between names, never inside one. A unit
    // without names prints as it stands.
    let units: Vec<(&str, Vec<&str>)> = session
        .observers
        .iter()
        .filter(|u| !u.unit.trim().is_empty() || !u.people.is_empty())
        .map(|u| {
            let names: Vec<&str> = u.attending().map(|p| p.name.as_str()).collect();
            if names.is_empty() {
                ("", vec![u.unit.as_str()])
            } else {
                (u.unit.as_str(), names)
            }
        })
        .collect();
    let mut observers: Vec<String> = Vec::new();
    for (unit_index, (unit, names)) in units.iter().enumerate() {
        for (index, name) in names.iter().enumerate() {
            let lead = if index == 0 { *unit } else { "" };
            let end = if index + 1 < names.len() {
                "、"
            } else if unit_index + 1 < units.len() {
                "；"
            } else {
                ""
            };
            observers.push(format!("{lead}{name}{end}"));
        }
    }
    if observers.is_empty() {
        Vec::new()
    } else {
        vec![labelled_names("列席：", observers, "")]
    }
}
