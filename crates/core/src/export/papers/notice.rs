//! 会议通知 (DOMAIN.md §13, §18): the notice to the members and, sent separately (its pages
//! numbered from 「— 1 —」 again), to the units attending without a vote. Both give the four
//! elements (time: the days and each sitting with its time of day; place; business: the agenda;
//! who attends), then where and when to report (报到), the documents (材料), the leave requests
//! (or changes of the people attending) by a day and the contact where one is set, and are
//! signed by the office as GB/T 9704 §7.3.5 lays out a sealed document, dated about a week
//! before the first day unless a date is set.

use super::sitting_when;
use crate::export::doc::{Doc, DocBlock, Signature};
use crate::export::lists::punctuated;
use crate::export::news::observers_phrase;
use crate::model::Session;
use crate::model::numerals::{chinese_number, group_mark};
use crate::wording::phrases::session_days;

/// Who a part of the notice goes to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Addressees {
    /// The members of the committee.
    Members,
    /// The units attending without a vote (列席).
    Observers,
}

/// 会议通知: the notice to the members, then (on a new page) the notice to the 列席 units when
/// the session has any.
pub fn notice_doc(session: &Session) -> Doc {
    let mut doc = part(session, Addressees::Members);
    if !session.observers.is_empty() {
        doc.append_separately(part(session, Addressees::Observers));
    }
    doc
}

/// One part of the notice.
fn part(session: &Session, to: Addressees) -> Doc {
    let body = &session.body;
    let title = match to {
        Addressees::Members => format!("关于召开{}的通知", session.full_title()),
        Addressees::Observers => format!("关于列席{}的通知", session.full_title()),
    };
    let mut doc = Doc::new(title.clone());
    doc.push(DocBlock::Title(title));
    doc.push(DocBlock::Blank);
    doc.push(DocBlock::Plain(match to {
        Addressees::Members => format!("{}各位组成人员：", body.short_name),
        Addressees::Observers => "各有关单位：".to_owned(),
    }));
    let when = session_days(session).map_or_else(String::new, |days| format!("于{days}"));
    let mut opening = format!(
        "经{}主任会议研究，决定{when}召开{}。",
        body.short_name,
        session.full_title()
    );
    if to == Addressees::Observers {
        opening.push_str("根据有关规定，请你单位有关人员列席会议。");
    }
    opening.push_str("现将有关事项通知如下：");
    doc.paragraph(opening);

    doc.push(DocBlock::Heading(1, "一、会议时间".to_owned()));
    doc.blocks.extend(time_paragraphs(session));

    doc.push(DocBlock::Heading(1, "二、会议地点".to_owned()));
    doc.blocks.extend(place_paragraphs(session));

    doc.push(DocBlock::Heading(1, "三、会议议程".to_owned()));
    if session.agenda.is_empty() {
        doc.paragraph("会议议程另行通知。");
    } else {
        let items: Vec<String> = session
            .agenda
            .iter()
            .enumerate()
            .map(|(index, item)| {
                let mark = group_mark(u32::try_from(index + 1).unwrap_or(u32::MAX));
                format!("{mark}{}", item.title)
            })
            .collect();
        for item in punctuated(items) {
            doc.paragraph(item);
        }
    }

    match to {
        Addressees::Members => {
            doc.push(DocBlock::Heading(1, "四、出席和列席人员".to_owned()));
            let mut text = format!("{}组成人员出席会议。", body.short_name);
            if let Some(observers) = observers_phrase(session) {
                text.push_str(&format!("{observers}列席会议。"));
            }
            doc.paragraph(text);
        }
        Addressees::Observers => {
            doc.push(DocBlock::Heading(1, "四、列席人员".to_owned()));
            // Each unit with its people, in the order of the 列席人员名单; a unit without names
            // as it stands.
            let lines: Vec<String> = session
                .observers
                .iter()
                .filter(|unit| !unit.unit.trim().is_empty() || !unit.people.is_empty())
                .map(|unit| {
                    let names: Vec<&str> = unit.people.iter().map(|p| p.name.as_str()).collect();
                    if names.is_empty() {
                        unit.unit.trim().to_owned()
                    } else {
                        format!("{}：{}", unit.unit.trim(), names.join("、"))
                    }
                })
                .collect();
            for line in punctuated(lines) {
                doc.paragraph(line);
            }
        }
    }

    doc.push(DocBlock::Heading(1, "五、有关事项".to_owned()));
    let by = session.leave_deadline().map_or_else(
        || "会前".to_owned(),
        |day| {
            format!(
                "{}前",
                crate::wording::dates::DateStyle::of_session(session).date(day)
            )
        },
    );
    let office = format!("{}办公室", body.short_name);
    let mut matters = vec![check_in_line(session), materials_line(session)];
    matters.push(match to {
        Addressees::Members => format!(
            "请各位组成人员安排好工作，准时出席会议。因特殊情况不能出席的，请于{by}将请假事由报{office}。"
        ),
        Addressees::Observers => {
            format!("请列席人员准时到会。列席人员如有变动，请于{by}报{office}。")
        }
    });
    matters.extend(contact_line(session));
    for (index, text) in matters.into_iter().enumerate() {
        let mark = group_mark(u32::try_from(index + 1).unwrap_or(u32::MAX));
        doc.paragraph(format!("{mark}{text}"));
    }

    doc.push(DocBlock::Blank);
    doc.push(DocBlock::Blank);
    doc.push(DocBlock::Signature(Signature {
        issuer: vec![format!("{}办公室", body.name)],
        date: session
            .notice_date()
            .map(|d| crate::wording::dates::DateStyle::of_session(session).date(d))
            .unwrap_or_default(),
    }));
    doc
}

/// Where and when to report (报到): the office's words, else half an hour before the first
/// sitting where its clock time is set (「请于12月21日上午8:30前到会议地点报到。」), else before the
/// session opens.
fn check_in_line(session: &Session) -> String {
    let set = session.papers.check_in.trim();
    if !set.is_empty() {
        return with_stop(set);
    }
    let place = match session.details.venue.trim() {
        "" => "会议地点".to_owned(),
        venue => venue.to_owned(),
    };
    let first = session.details.sittings.iter().min_by_key(|s| s.date);
    let before = first.and_then(|sitting| {
        let (hour, minute) = clock(&sitting.starts_at)?;
        let minutes = (hour * 60 + minute).checked_sub(30)?;
        let (hour, minute) = (minutes / 60, minutes % 60);
        let part = if hour < 12 { "上午" } else { "下午" };
        Some(format!(
            "{}{part}{hour}:{minute:02}",
            crate::wording::dates::DateStyle::of_session(session).month_day(sitting.date)
        ))
    });
    match before {
        Some(when) => format!("请于{when}前到{place}报到。"),
        None => format!("请于会议开始前30分钟到{place}报到。"),
    }
}

/// What the notice says of the documents (材料): the office's words, else that they are handed
/// out on reporting.
fn materials_line(session: &Session) -> String {
    let set = session.papers.materials.trim();
    if set.is_empty() {
        "会议材料于报到时发放，请妥善保管，会后交回。".to_owned()
    } else {
        with_stop(set)
    }
}

/// A sentence ending with a full stop.
fn with_stop(text: &str) -> String {
    if text.ends_with(['。', '！', '？', '；']) {
        text.to_owned()
    } else {
        format!("{text}。")
    }
}

/// Hours and minutes of a clock time as offices write it: 「8:30」, 「8：30」, 「15时」.
fn clock(text: &str) -> Option<(u32, u32)> {
    let text = text.trim();
    let mut parts = text.split([':', '：', '时', '点']);
    let hour: u32 = parts.next()?.trim().parse().ok()?;
    let minute: u32 = match parts.next().map(str::trim) {
        None | Some("") => 0,
        Some(rest) => rest.trim_end_matches('分').parse().ok()?,
    };
    (hour < 24 && minute < 60).then_some((hour, minute))
}

/// 「2024年6月27日至28日，会期两天。」 and, where the session has several sittings or their time
/// is known, one line a sitting: 「6月27日（星期四）上午，举行第一次全体会议；」.
fn time_paragraphs(session: &Session) -> Vec<DocBlock> {
    let mut blocks = Vec::new();
    let Some(days) = session_days(session) else {
        return vec![paragraph("会议时间另行通知。")];
    };
    let count = session.details.dates.len();
    let length = match count {
        2 => "两".to_owned(),
        n => chinese_number(u32::try_from(n).unwrap_or(u32::MAX)),
    };
    blocks.push(paragraph(&format!("{days}，会期{length}天。")));
    let sittings = &session.details.sittings;
    let says_more =
        sittings.len() > 1 || sittings.iter().any(|s| !super::time_of_day(s).is_empty());
    if says_more {
        let lines: Vec<String> = sittings
            .iter()
            .map(|sitting| {
                let name = session.sitting_name(sitting.id).unwrap_or_default();
                format!("{}，举行{name}", sitting_when(session, sitting))
            })
            .collect();
        blocks.extend(punctuated(lines).iter().map(|line| paragraph(line)));
    }
    blocks
}

/// 「县人大常委会机关三楼会议室。」, a sitting held elsewhere with its own place, or 「另行通知」.
fn place_paragraphs(session: &Session) -> Vec<DocBlock> {
    let venue = session.details.venue.trim();
    let mut blocks = vec![paragraph(&if venue.is_empty() {
        "会议地点另行通知。".to_owned()
    } else {
        format!("{venue}。")
    })];
    for sitting in &session.details.sittings {
        let own = sitting.venue.trim();
        if !own.is_empty() && own != venue {
            let name = session.sitting_name(sitting.id).unwrap_or_default();
            blocks.push(paragraph(&format!(
                "{}{name}：{own}。",
                crate::wording::dates::DateStyle::of_session(session).month_day(sitting.date)
            )));
        }
    }
    blocks
}

/// 「联系人：张三；联系电话：0392-3312345。」 with what is set, or nothing.
fn contact_line(session: &Session) -> Option<String> {
    let contact = session.papers.contact.trim();
    let phone = session.papers.phone.trim();
    let parts: Vec<String> = [("联系人", contact), ("联系电话", phone)]
        .iter()
        .filter(|(_, value)| !value.is_empty())
        .map(|(label, value)| format!("{label}：{value}"))
        .collect();
    (!parts.is_empty()).then(|| format!("{}。", parts.join("；")))
}

/// A paragraph of plain text.
fn paragraph(text: &str) -> DocBlock {
    DocBlock::Paragraph(vec![crate::export::doc::Span::plain(text)])
}
