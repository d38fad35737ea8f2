//! 签到表 and 请假缺席情况 (DOMAIN.md §13): a sign-in sheet per plenary sitting, the members in
//! the order the 出缺席人员名单 prints them and the 列席 on sheets of their own; and what the
//! presiding officer reports at the opening about who is on leave and why, and who is absent,
//! per sitting where a sitting keeps its own attendance.

use super::{balanced_pages, form_name, push_page};
use crate::export::doc::{Doc, DocBlock, Form, FormColumn, FormText, Labelled, LabelledText};
use crate::model::roster::members_in_list_order;
use crate::model::{AbsenceKind, Session, Sitting, SittingId, SittingKind};
use crate::wording::attendance::attendance_sentence_with;

/// Rows on one sign-in sheet at most: rows of [`SIGN_ROW_PT`] under the heading, the date and
/// the head row fill the page, so that a committee of 40 signs on two sheets.
const ROWS_PER_SHEET: usize = 22;

/// The height of a row to sign in, in points (7.8 mm): room for a signature.
const SIGN_ROW_PT: u32 = 22;

/// What the sheets of one sitting are headed with.
struct SheetHeading {
    /// 「第一次全体会议」, or nothing for a session without sittings.
    sitting_name: String,
    /// 「2024年6月27日上午」.
    when: String,
}

/// The plenary sittings the sheets are for: each with its id, or the session as a whole
/// (`None`) where it has no sittings.
fn plenary_sittings(session: &Session) -> Vec<(Option<SittingId>, SheetHeading)> {
    let sittings: Vec<(Option<SittingId>, SheetHeading)> = session
        .plenary_sittings()
        .map(|sitting| {
            (
                Some(sitting.id),
                SheetHeading {
                    sitting_name: session.sitting_name(sitting.id).unwrap_or_default(),
                    when: format!(
                        "{}{}",
                        crate::wording::dates::DateStyle::of_session(session).date(sitting.date),
                        super::time_of_day(sitting)
                    ),
                },
            )
        })
        .collect();
    if !sittings.is_empty() {
        return sittings;
    }
    vec![(
        None,
        SheetHeading {
            sitting_name: String::new(),
            when: session
                .first_date()
                .map(|d| crate::wording::dates::DateStyle::of_session(session).date(d))
                .unwrap_or_default(),
        },
    )]
}

/// 签到表: for each plenary sitting the members' sheets (序号, 姓名, 职务, 签到; a member on
/// approved leave for that sitting marked 「请假」 where he or she would sign), then the 列席
/// sheets (序号, 单位, 姓名, 签到). A sheet holds at most 16 rows; longer lists go on over
/// pages of about equal length, each headed again.
pub fn sign_in_doc(session: &Session) -> Doc {
    let mut doc = Doc::form(format!("{}签到表", session.list_title()));
    let mut blocks = Vec::new();
    let members = members_in_list_order(&session.roster, session.body.settings.name_order);
    for (sitting, heading) in plenary_sittings(session) {
        let rows: Vec<Vec<String>> = members
            .iter()
            .enumerate()
            .map(|(index, member)| {
                let on_leave = session
                    .absences_at(sitting)
                    .iter()
                    .any(|a| a.member == member.id && matches!(a.kind, AbsenceKind::Leave(_)));
                vec![
                    (index + 1).to_string(),
                    form_name(&member.name),
                    member.role.label().to_owned(),
                    if on_leave { "请假" } else { "" }.to_owned(),
                ]
            })
            .collect();
        let columns = vec![
            FormColumn::centred("序号", 5),
            FormColumn::centred("姓名", 12),
            FormColumn::centred("职务", 12),
            FormColumn::centred("签到", 27),
        ];
        for page in balanced_pages(&rows, ROWS_PER_SHEET) {
            push_page(
                &mut blocks,
                sheet(session, &heading, "签到表", columns.clone(), page),
            );
        }
        let observers = observer_rows(session);
        let columns = vec![
            FormColumn::centred("序号", 5),
            FormColumn::centred("单位", 22),
            FormColumn::centred("姓名", 10),
            FormColumn::centred("签到", 19),
        ];
        for page in balanced_pages(&observers, ROWS_PER_SHEET) {
            // The unit is printed on the first row of each unit, and again at the top of a page.
            let mut page = page;
            if let Some(first) = page.first_mut()
                && first.unit.is_empty()
            {
                first.unit = first.unit_on_page.clone();
            }
            let rows = page
                .into_iter()
                .map(|row| {
                    let mark = if row.on_leave { "请假" } else { "" };
                    vec![row.number, row.unit, row.name, mark.to_owned()]
                })
                .collect();
            push_page(
                &mut blocks,
                sheet(session, &heading, "列席人员签到表", columns.clone(), rows),
            );
        }
    }
    if blocks.is_empty() {
        blocks.push(DocBlock::Title(format!("{}\n签到表", session.list_title())));
        blocks.push(DocBlock::Blank);
        blocks.push(DocBlock::Paragraph(vec![crate::export::doc::Span::plain(
            "尚无组成人员名单。",
        )]));
    }
    doc.blocks = blocks;
    doc
}

/// One row of the 列席 sheet.
#[derive(Clone)]
struct ObserverRow {
    number: String,
    /// The unit, on the first row of the unit only.
    unit: String,
    /// The unit, for the top of a page.
    unit_on_page: String,
    name: String,
    /// Excused (请假): marked where he or she would sign.
    on_leave: bool,
}

/// The 列席 people by unit in print order; a unit without names gets one row to write a
/// name in.
fn observer_rows(session: &Session) -> Vec<ObserverRow> {
    let mut rows = Vec::new();
    for unit in &session.observers {
        let names: Vec<(String, bool)> = if unit.people.is_empty() {
            vec![(String::new(), false)]
        } else {
            unit.people
                .iter()
                .map(|p| (form_name(&p.name), unit.leave_of(&p.name).is_some()))
                .collect()
        };
        for (index, (name, on_leave)) in names.into_iter().enumerate() {
            rows.push(ObserverRow {
                number: (rows.len() + 1).to_string(),
                unit: if index == 0 {
                    unit.unit.clone()
                } else {
                    String::new()
                },
                unit_on_page: unit.unit.clone(),
                name,
                on_leave,
            });
        }
    }
    rows
}

/// One sheet: the session and the sitting as the heading, the day under it, the form.
fn sheet(
    session: &Session,
    heading: &SheetHeading,
    what: &str,
    columns: Vec<FormColumn>,
    rows: Vec<Vec<String>>,
) -> Vec<DocBlock> {
    let mut blocks = vec![DocBlock::Title(format!(
        "{}\n{}{what}",
        session.list_title(),
        heading.sitting_name
    ))];
    if !heading.when.is_empty() {
        blocks.push(DocBlock::Centered(heading.when.clone()));
    }
    blocks.push(DocBlock::Form(Form {
        columns,
        rows,
        row_height_pt: SIGN_ROW_PT,
        repeat_head: true,
        text: FormText::Normal,
    }));
    blocks
}

/// The sittings the presiding officer reports attendance at: every plenary sitting, and any
/// other sitting that keeps its own attendance. `None` where no sitting has attendance of its
/// own: the session's is reported once.
fn reported_sittings(session: &Session) -> Option<Vec<&Sitting>> {
    let own = session
        .details
        .sittings
        .iter()
        .any(|sitting| sitting.absences.is_some());
    own.then(|| {
        session
            .details
            .sittings
            .iter()
            .filter(|s| s.kind == SittingKind::Plenary || s.absences.is_some())
            .collect()
    })
}

/// 请假缺席情况: 「本次会议应到常委会组成人员N人，实到M人，请假K人，符合法定人数。」 (a part only
/// when somebody is in it), then who is on leave with the reason recorded, and who is absent;
/// per sitting where a sitting keeps its own attendance (DOMAIN.md §10); then the 列席: how many
/// are asked, and who asked to be excused.
pub fn leave_report_doc(session: &Session) -> Doc {
    let title = format!("{}请假缺席情况", session.list_title());
    let mut doc = Doc::new(title.clone());
    doc.push(DocBlock::Title(title));
    doc.push(DocBlock::Blank);
    let has_observers = session.observers.iter().any(|u| !u.people.is_empty());
    if has_observers {
        doc.push(DocBlock::Heading(1, "一、组成人员".to_owned()));
    }
    match reported_sittings(session) {
        None => {
            doc.paragraph(format!(
                "本次会议{}",
                attendance_sentence_with(session.attendance_counts(), false)
            ));
            doc.blocks.extend(absence_lines(session, None));
        }
        Some(sittings) => {
            for (index, sitting) in sittings.into_iter().enumerate() {
                let name = session.sitting_name(sitting.id).unwrap_or_default();
                let when = format!(
                    "{}{}{name}",
                    crate::wording::dates::DateStyle::of_session(session).month_day(sitting.date),
                    sitting.time.trim()
                );
                if has_observers {
                    doc.push(DocBlock::Heading(
                        2,
                        crate::model::numerals::group_mark(
                            u32::try_from(index + 1).unwrap_or(u32::MAX),
                        ) + &when,
                    ));
                } else {
                    let mark = crate::model::numerals::item_mark(
                        u32::try_from(index + 1).unwrap_or(u32::MAX),
                    );
                    doc.push(DocBlock::Heading(1, format!("{mark}{when}")));
                }
                doc.paragraph(format!(
                    "{name}{}",
                    attendance_sentence_with(session.attendance_counts_at(Some(sitting.id)), false)
                ));
                doc.blocks.extend(absence_lines(session, Some(sitting.id)));
            }
        }
    }
    if has_observers {
        doc.push(DocBlock::Heading(1, "二、列席人员".to_owned()));
        let asked: usize = session.observers.iter().map(|u| u.people.len()).sum();
        let excused: Vec<String> = session
            .observers
            .iter()
            .flat_map(|unit| {
                unit.people.iter().filter_map(move |person| {
                    let leave = unit.leave_of(&person.name)?;
                    let reason = leave.reason.trim();
                    Some(if reason.is_empty() {
                        format!("{}（{}）", person.name, unit.unit.trim())
                    } else {
                        format!("{}（{}，{reason}）", person.name, unit.unit.trim())
                    })
                })
            })
            .collect();
        let mut text = format!("本次会议通知列席人员{asked}人");
        if !excused.is_empty() {
            text.push_str(&format!("，请假{}人", excused.len()));
        }
        text.push('。');
        doc.paragraph(text);
        let excused = if excused.is_empty() {
            vec!["无".to_owned()]
        } else {
            excused
        };
        doc.push(labelled("请假：", excused));
    }
    doc
}

/// 「请假：王建国（公务）、许东升（因病）」 and 「缺席：…」 (when anyone is), in the order the
/// absences were recorded; 「请假：无」 when nobody is on leave.
fn absence_lines(session: &Session, sitting: Option<SittingId>) -> Vec<DocBlock> {
    let mut on_leave: Vec<String> = Vec::new();
    let mut absent: Vec<String> = Vec::new();
    for absence in session.absences_at(sitting) {
        let Some(member) = session.member(absence.member) else {
            continue;
        };
        match &absence.kind {
            AbsenceKind::Leave(reason) if !reason.trim().is_empty() => {
                on_leave.push(format!("{}（{}）", member.name, reason.trim()));
            }
            AbsenceKind::Leave(_) => on_leave.push(member.name.clone()),
            AbsenceKind::Absent => absent.push(member.name.clone()),
        }
    }
    if on_leave.is_empty() {
        on_leave.push("无".to_owned());
    }
    let mut lines = vec![labelled("请假：", on_leave)];
    if !absent.is_empty() {
        lines.push(labelled("缺席：", absent));
    }
    lines
}

/// A line of names after a label, wrapping under the names.
fn labelled(label: &str, items: Vec<String>) -> DocBlock {
    DocBlock::Labelled(Labelled {
        label: label.to_owned(),
        text: LabelledText::Items {
            items,
            separator: "、".to_owned(),
        },
        indent_chars: 2,
        label_chars: 3,
        strong_label: false,
    })
}
