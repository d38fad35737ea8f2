//! The news release (新闻通稿) in the form of the seed gazette's first paragraphs: the date and
//! the session, who presided, the leaders present by name, who attended without a vote, and
//! what was heard and adopted. A draft for the office to complete, built only from the record.

use super::doc::{Doc, DocBlock};
use super::phrases::session_days_in_year;
use crate::model::decisions::{ItemState, decision, item_state, resolution_adopted};
use crate::model::numerals::chinese_number;
use crate::model::roster::members_in_list_order;
use crate::model::{
    AgendaItem, AgendaKind, DocumentRef, Member, ObserverUnit, Report, ReportKind, Resolution,
    Role, Session, VoteSubject,
};

/// The news release.
pub fn news_release(session: &Session) -> Doc {
    let title = format!(
        "{}举行第{}次会议",
        session.body.full_title_of_term(),
        chinese_number(session.details.number)
    );
    let mut doc = Doc::new(title.clone());
    doc.push(DocBlock::Title(title));
    doc.push(DocBlock::Blank);
    doc.paragraph(who_paragraph(session));
    if let Some(text) = business_paragraph(session) {
        doc.paragraph(text);
    }
    if let Some(text) = appointments_paragraph(session) {
        doc.paragraph(text);
    }
    for text in evaluation_paragraphs(session) {
        doc.paragraph(text);
    }
    doc
}

/// The appointments adopted, by name, in the list's order and joined as DOMAIN.md §8 says:
/// 「会议任命刘育为鹤壁市人大常委会副秘书长、办公室主任；免去…。」.
pub fn appointments_paragraph(session: &Session) -> Option<String> {
    let adopted: Vec<&crate::model::AppointmentEntry> = session
        .motions
        .iter()
        .flat_map(|m| m.entries_in_list_order())
        .filter(|e| {
            decision(session, &VoteSubject::Entries(vec![e.id])).is_some_and(|r| r.is_adopted())
        })
        .collect();
    let sentences = super::phrases::appointment_sentences_of(session, &adopted);
    (!sentences.is_empty()).then(|| format!("会议{}。", sentences.join("；")))
}

/// The result of every announced evaluation: 「会议对…进行了满意度测评，测评结果为满意（…）。」.
pub fn evaluation_paragraphs(session: &Session) -> Vec<String> {
    let announced: Vec<&crate::model::Evaluation> = session
        .evaluations
        .iter()
        .filter(|e| crate::model::decisions::evaluation_decision(session, e).is_some())
        .collect();
    super::phrases::evaluation_sentences(session, &announced)
}

/// 「12月21日，市十二届人大常委会第九次会议召开。市人大常委会主任史全新主持会议并讲话。
/// 市人大常委会副主任尚欣、郑辉…，秘书长方在敏出席会议。…列席会议。」
pub fn who_paragraph(session: &Session) -> String {
    let short = &session.body.short_name;
    let mut text = String::new();
    if let Some(days) = session_days_in_year(session) {
        text.push_str(&days);
        text.push('，');
    }
    text.push_str(&format!("{}召开。", session.short_title()));
    let (presiding_id, entrusted_by) = session.presiding_at(None);
    let presiding = presiding_id.and_then(|id| session.member(id));
    if let Some(member) = presiding {
        let speaks = session
            .reports
            .iter()
            .any(|r| r.kind == ReportKind::Speech && r.byline().contains(member.name.as_str()));
        if let Some(by) = entrusted_by.and_then(|id| session.member(id)) {
            text.push_str(&format!("受{short}{}{}委托，", by.role.label(), by.name));
        }
        text.push_str(&format!(
            "{short}{}{}主持会议{}。",
            member.role.label(),
            member.name,
            if speaks { "并讲话" } else { "" }
        ));
    }
    let leaders: Vec<&Member> = members_in_list_order(
        session.roster.iter().filter(|m| {
            m.role != Role::Member
                && session.is_present(m.id)
                && Some(m.id) != presiding.map(|p| p.id)
        }),
        session.body.settings.name_order,
    );
    let mut groups: Vec<String> = Vec::new();
    for role in [Role::Chair, Role::ViceChair, Role::SecretaryGeneral] {
        let names: Vec<&str> = leaders
            .iter()
            .filter(|m| m.role == role)
            .map(|m| m.name.as_str())
            .collect();
        if !names.is_empty() {
            groups.push(format!("{}{}", role.label(), names.join("、")));
        }
    }
    if !groups.is_empty() {
        text.push_str(&format!("{short}{}出席会议。", groups.join("，")));
    }
    if let Some(observers) = observers_phrase(session) {
        text.push_str(&format!("{observers}列席会议。"));
    }
    text
}

/// Who attended without a vote, as the seed's release says it (DOMAIN.md §9): the leaders by
/// title and name, then the other units summarised, then units without names as they stand,
/// then the deputies: 「市委常委、常务副市长李可，市人民检察院代检察长苏康健及市监察委员会、
/// 市中级人民法院等有关单位相关负责同志、部分人大代表」.
pub fn observers_phrase(session: &Session) -> Option<String> {
    let settings = &session.body.settings;
    let is_deputies = |unit: &ObserverUnit| unit.unit.contains("代表");
    let leaders: Vec<String> = if settings.observer_leaders_in_news {
        session
            .observers
            .iter()
            .flat_map(|unit| unit.people.iter())
            .filter(|p| p.is_leader())
            .map(|p| format!("{}{}", p.title.trim(), p.name))
            .collect()
    } else {
        Vec::new()
    };
    let has_leader = |unit: &ObserverUnit| {
        settings.observer_leaders_in_news && unit.people.iter().any(|p| p.is_leader())
    };
    // Units with people, the leaders' units among them: the first few are counted.
    let units: Vec<&ObserverUnit> = session
        .observers
        .iter()
        .filter(|u| !u.people.is_empty() && !is_deputies(u) && !u.unit.trim().is_empty())
        .collect();
    let counted = (settings.observer_units_in_news as usize).min(units.len());
    let named: Vec<&str> = units[..counted]
        .iter()
        .filter(|u| !has_leader(u))
        .map(|u| u.unit.trim())
        .collect();
    let more = units.len() > counted;
    let mut others: Vec<String> = Vec::new();
    match (named.is_empty(), more) {
        (false, true) => others.push(format!("{}等有关单位相关负责同志", named.join("、"))),
        (false, false) => others.push(format!("{}相关负责同志", named.join("、"))),
        (true, true) => others.push("有关单位相关负责同志".to_owned()),
        (true, false) => {}
    }
    others.extend(
        session
            .observers
            .iter()
            .filter(|u| u.people.is_empty() && !u.unit.trim().is_empty())
            .map(|u| u.unit.trim().to_owned()),
    );
    others.extend(
        session
            .observers
            .iter()
            .filter(|u| !u.people.is_empty() && is_deputies(u))
            .map(|u| deputies_phrase(u.unit.trim())),
    );
    others.dedup();
    let others = others.join("、");
    match (leaders.is_empty(), others.is_empty()) {
        (true, true) => None,
        (true, false) => Some(others),
        (false, true) => Some(leaders.join("，")),
        (false, false) => Some(format!("{}及{others}", leaders.join("，"))),
    }
}

/// 「部分人大代表」 for the unit 「市人大代表」: the release names deputies without their region.
fn deputies_phrase(unit: &str) -> String {
    match unit.find("人大代表") {
        Some(at) => format!("部分{}", &unit[at..]),
        None => format!("部分{unit}"),
    }
}

/// Whether an announced vote on an appointment of the item's motions carried.
fn entries_adopted(session: &Session, item: &AgendaItem) -> bool {
    item.documents
        .iter()
        .filter_map(|d| match d {
            DocumentRef::Motion(id) => session.motions.iter().find(|m| m.id == *id),
            _ => None,
        })
        .flat_map(|m| m.entries.iter())
        .any(|e| {
            decision(session, &VoteSubject::Entries(vec![e.id])).is_some_and(|r| r.is_adopted())
        })
}

/// 「会议听取审议并表决通过了…；听取审议了…；审议并表决通过了《…》；表决通过了人事任免事项。」
pub fn business_paragraph(session: &Session) -> Option<String> {
    let mut heard_and_adopted: Vec<&Report> = Vec::new();
    let mut heard: Vec<&Report> = Vec::new();
    // Items only heard (听取), not deliberated.
    let mut heard_only: Vec<&Report> = Vec::new();
    let mut adopted_texts: Vec<String> = Vec::new();
    let mut appointments = false;
    for item in &session.agenda {
        let state = item_state(session, item);
        if !state.is_dealt_with() {
            continue;
        }
        let reports = session.reports_of(item);
        let resolutions: Vec<&Resolution> = item
            .documents
            .iter()
            .filter_map(|d| match d {
                DocumentRef::Resolution(id) => session.resolution(*id),
                _ => None,
            })
            .collect();
        let has_motions = item
            .documents
            .iter()
            .any(|d| matches!(d, DocumentRef::Motion(_)));
        // A decision adopted in the same item as appointments is reported too.
        adopted_texts.extend(
            resolutions
                .iter()
                .filter(|r| resolution_adopted(session, r))
                .map(|r| super::phrases::book_title(&r.title)),
        );
        if item.kind == AgendaKind::Appointments || has_motions {
            appointments |= entries_adopted(session, item);
            // The personnel decisions (a resignation accepted, an acting head) of its motions.
            adopted_texts.extend(
                session
                    .resolutions
                    .iter()
                    .filter(|r| {
                        r.entry.is_some_and(|entry| {
                            session.entry(entry).is_some_and(|(motion, _)| {
                                item.documents.contains(&DocumentRef::Motion(motion.id))
                            })
                        })
                    })
                    .filter(|r| resolution_adopted(session, r))
                    .map(|r| super::phrases::book_title(&r.title)),
            );
            continue;
        }
        if !resolutions.is_empty() {
            continue;
        }
        let reports = reports.filter(|r| r.kind != ReportKind::Speech);
        if state == ItemState::Adopted {
            heard_and_adopted.extend(reports);
        } else if item.kind == AgendaKind::Hear {
            heard_only.extend(reports);
        } else {
            heard.extend(reports);
        }
    }
    let mut parts: Vec<String> = Vec::new();
    if !heard_and_adopted.is_empty() {
        parts.push(format!(
            "听取审议并表决通过了{}",
            news_reports_phrase(&heard_and_adopted)
        ));
    }
    if !heard.is_empty() {
        parts.push(format!("听取审议了{}", news_reports_phrase(&heard)));
    }
    if !heard_only.is_empty() {
        parts.push(format!("听取了{}", news_reports_phrase(&heard_only)));
    }
    if !adopted_texts.is_empty() {
        parts.push(format!("审议并表决通过了{}", adopted_texts.concat()));
    }
    if appointments {
        parts.push("表决通过了人事任免事项".to_owned());
    }
    (!parts.is_empty()).then(|| format!("会议{}。", parts.join("；")))
}

/// Reports as news names them, the way the gazette's release does: by unit, each 「关于…」 without
/// its 「的…报告」, ending 「等报告」: 「市人民政府关于2023年重点民生实事办理情况，关于…，市审计局关于…等报告」.
/// Reports of the same title from several units share it; a single report keeps its full title.
pub fn news_reports_phrase(reports: &[&Report]) -> String {
    if let [report] = reports {
        return format!("{}{}", report.submitter, report.title);
    }
    // (units, title) with reports of the same title together, in first-appearance order.
    let mut by_title: Vec<(Vec<&str>, &str)> = Vec::new();
    for report in reports {
        match by_title
            .iter_mut()
            .find(|(_, title)| *title == report.title)
        {
            Some((units, _)) => units.push(&report.submitter),
            None => by_title.push((vec![&report.submitter], &report.title)),
        }
    }
    let mut clauses: Vec<(String, Vec<&str>)> = Vec::new();
    for (units, title) in by_title {
        let units = units.join("、");
        let stem = title_stem(title);
        match clauses.last_mut() {
            Some((last_units, stems)) if *last_units == units => stems.push(stem),
            _ => clauses.push((units, vec![stem])),
        }
    }
    let text: Vec<String> = clauses
        .into_iter()
        .map(|(units, stems)| format!("{units}{}", stems.join("，")))
        .collect();
    format!("{}等报告", text.join("，"))
}

/// 「关于2023年重点民生实事办理情况」 of 「关于2023年重点民生实事办理情况的专项工作报告」: a report's
/// title without its final 「的…报告」 where that only names the kind of report (专项工作报告,
/// 调研报告 …; the 「的」 must not be inside 《》); else the whole title, as 「…的审计工作报告」
/// would lose what it is about.
fn title_stem(title: &str) -> &str {
    /// The kinds of report a title may end with: 「的」 + kind + 「报告」.
    const KINDS: [&str; 9] = [
        "",
        "专项工作",
        "工作",
        "调研",
        "视察",
        "执法检查",
        "评议",
        "专题调研",
        "检查",
    ];
    let Some(without_report) = title.strip_suffix("报告") else {
        return title;
    };
    match without_report.rfind('的') {
        Some(at)
            if at > 0
                && !without_report[at..].contains('》')
                && KINDS.contains(&&without_report[at + '的'.len_utf8()..]) =>
        {
            &title[..at]
        }
        _ => title,
    }
}
