//! The published name lists in the seed gazette's form (DOMAIN.md §6): 出缺席人员名单,
//! 列席人员名单 and 人事任免名单, as documents and (through the text writer) as plain text.

use super::doc::{Doc, DocBlock, Labelled, LabelledText};
use crate::collation::padded_name;
use crate::model::attendance::{PublishedAttendance, PublishedLists};
use crate::model::numerals::group_mark;
use crate::model::roster::members_in_list_order;
use crate::model::{
    AppointmentAction, AppointmentEntry, AppointmentMotion, Member, MemberId, NameOrderMode, Role,
    Session,
};

/// Full-width space (U+3000): the padding of printed Chinese lists.
pub const FULL_SPACE: char = '\u{3000}';
/// En space (U+2002): half a full-width space, used to spread three-character labels.
const EN_SPACE: char = '\u{2002}';

/// A role label spread to the width of four characters, as lists align them:
/// 「主　　任」, 「副 主 任」 (with en spaces), 「秘 书 长」, 「委　　员」.
pub fn spread_label(label: &str) -> String {
    let chars: Vec<char> = label.chars().collect();
    match chars.len() {
        2 => format!("{}{FULL_SPACE}{FULL_SPACE}{}", chars[0], chars[1]),
        3 => format!("{}{EN_SPACE}{}{EN_SPACE}{}", chars[0], chars[1], chars[2]),
        _ => label.to_owned(),
    }
}

/// Lays out names `per_line` to a line, padded and separated by full-width spaces; lines after
/// the first start with `indent`.
fn name_lines(names: &[String], per_line: usize, first_prefix: &str, indent: &str) -> Vec<String> {
    let per_line = per_line.max(1);
    names
        .chunks(per_line)
        .enumerate()
        .map(|(index, chunk)| {
            let joined = chunk
                .iter()
                .map(|n| padded_name(n))
                .collect::<Vec<_>>()
                .join(&FULL_SPACE.to_string());
            let prefix = if index == 0 { first_prefix } else { indent };
            format!("{prefix}{joined}")
        })
        .collect()
}

/// The printed width of a spread role label and its colon, in characters: continuation lines
/// of a labelled list line hang this far in.
const LABEL_CHARS: u32 = 5;

/// 出缺席人员名单 as text: present members by role, 委员 「（以姓名笔画为序）」 five a line, then
/// the 「请　　假：」 line (and 「缺　　席：」 when anyone is absent) in the order they were recorded.
pub fn attendance_list(session: &Session) -> String {
    super::text::write(&attendance_doc(session))
}

/// 出缺席人员名单 as a document (see [`attendance_list`]): one list, or where the plenary
/// sittings' attendance differed a list per plenary sitting under its name (DOMAIN.md §16).
pub fn attendance_doc(session: &Session) -> Doc {
    let title = format!("{}出缺席人员名单", session.list_title());
    let mut doc = Doc::new(title.clone());
    doc.push(DocBlock::Title(title));
    doc.push(DocBlock::Blank);
    match session.published_lists() {
        PublishedLists::One(published) => {
            doc.blocks.extend(attendance_blocks(session, &published));
        }
        PublishedLists::PerSitting(lists) => {
            for (index, (sitting, published)) in lists.iter().enumerate() {
                if index > 0 {
                    doc.push(DocBlock::Blank);
                }
                let name = session.sitting_name(sitting.id).unwrap_or_default();
                doc.push(DocBlock::Plain(name));
                doc.blocks.extend(attendance_blocks(session, published));
            }
        }
    }
    doc
}

/// The lines of one published attendance: present members by role, 委员 in stroke order five a
/// line, then 「请　　假：」 and 「缺　　席：」 in the order recorded.
fn attendance_blocks(session: &Session, published: &PublishedAttendance) -> Vec<DocBlock> {
    let settings = &session.body.settings;
    let per_line = settings.names_per_line as usize;
    let mut blocks = Vec::new();
    let present: Vec<&Member> = members_in_list_order(
        published
            .present
            .iter()
            .filter_map(|id| session.member(*id)),
        settings.name_order,
    );
    for role in Role::ALL {
        let names: Vec<String> = present
            .iter()
            .filter(|m| m.role == role)
            .map(|m| m.name.clone())
            .collect();
        if names.is_empty() {
            continue;
        }
        let label = spread_label(role.label());
        let lines = name_lines(&names, per_line, "", "");
        if role == Role::Member {
            blocks.push(DocBlock::Plain(format!(
                "{label}（以{}为序）：",
                name_order_phrase(settings.name_order)
            )));
            blocks.extend(lines.into_iter().map(DocBlock::Plain));
        } else {
            blocks.push(list_line(format!("{label}："), lines));
        }
    }
    let names_of = |ids: &mut dyn Iterator<Item = MemberId>| -> Vec<String> {
        ids.filter_map(|id| session.member(id))
            .map(|m| m.name.clone())
            .collect()
    };
    let on_leave = names_of(&mut published.on_leave.iter().map(|(id, _)| *id));
    let absent = names_of(&mut published.absent.iter().copied());
    for (label, names) in [("请假", on_leave), ("缺席", absent)] {
        if names.is_empty() {
            continue;
        }
        let lines = name_lines(&names, per_line, "", "");
        blocks.push(list_line(format!("{}：", spread_label(label)), lines));
    }
    blocks
}

/// A labelled line of a printed list: the label in the body face, continuation lines hanging
/// under the names.
fn list_line(label: String, lines: Vec<String>) -> DocBlock {
    DocBlock::Labelled(Labelled {
        label,
        text: LabelledText::Lines(lines),
        indent_chars: 0,
        label_chars: LABEL_CHARS,
        strong_label: false,
    })
}

/// 「姓名笔画」 or 「姓氏笔画」 as the 委员 label says it.
fn name_order_phrase(mode: NameOrderMode) -> &'static str {
    match mode {
        NameOrderMode::FullName => "姓名笔画",
        NameOrderMode::Surname => "姓氏笔画",
    }
}

/// 列席人员名单 as text: each unit with its people, names padded and joined by 「、」.
pub fn observers_list(session: &Session) -> String {
    super::text::write(&observers_doc(session))
}

/// 列席人员名单 as a document (see [`observers_list`]); a long line of names wraps under the
/// names, not under the unit.
pub fn observers_doc(session: &Session) -> Doc {
    let title = format!("{}列席人员名单", session.list_title());
    let mut doc = Doc::new(title.clone());
    doc.push(DocBlock::Title(title));
    doc.push(DocBlock::Blank);
    for unit in &session.observers {
        // A unit without names (「市直有关部门负责同志」) prints as it stands (DOMAIN.md §9).
        if unit.people.is_empty() {
            doc.push(DocBlock::Plain(unit.unit.clone()));
            continue;
        }
        // Those excused (请假) did not attend: the published list leaves them out.
        let names: Vec<String> = unit.attending().map(|p| padded_name(&p.name)).collect();
        let label = format!("{}{FULL_SPACE}", unit.unit);
        let label_chars = u32::try_from(label.chars().count()).unwrap_or(u32::MAX);
        doc.push(DocBlock::Labelled(Labelled {
            label,
            text: LabelledText::Items {
                items: names,
                separator: "、".to_owned(),
            },
            indent_chars: 0,
            label_chars,
            strong_label: false,
        }));
    }
    doc
}

/// 「（2023年12月21日鹤壁市第十二届人民代表大会常务委员会第九次会议通过）」, or `None` while the
/// session has no date.
pub fn adoption_line(session: &Session) -> Option<String> {
    let date = session.details.dates.last()?;
    Some(adoption_line_on(session, *date))
}

/// 「（2023年12月21日鹤壁市第十二届人民代表大会常务委员会第九次会议通过）」 for a day of the
/// session (the agenda is adopted on the first).
pub fn adoption_line_on(session: &Session, date: chrono::NaiveDate) -> String {
    format!(
        "（{}{}通过）",
        crate::wording::dates::DateStyle::of_session(session).date(date),
        session.full_title()
    )
}

/// The line under a resolution's title: [`adoption_line`], and for a local regulation approved
/// by the provincial committee the approval after it (DOMAIN.md §12):
/// 「（2024年3月1日某市第十二届人民代表大会常务委员会第十次会议通过　2024年5月30日某省第十四届
/// 人民代表大会常务委员会第九次会议批准）」.
pub fn adoption_line_of(
    session: &Session,
    resolution: &crate::model::Resolution,
) -> Option<String> {
    let line = adoption_line(session)?;
    match &resolution.approval {
        Some(approval) if approval.date.is_some() || !approval.by.trim().is_empty() => {
            let date = approval
                .date
                .map(|d| crate::wording::dates::DateStyle::of_session(session).date(d))
                .unwrap_or_default();
            let adopted = line.trim_end_matches('）');
            Some(format!(
                "{adopted}{FULL_SPACE}{date}{}批准）",
                approval.by.trim()
            ))
        }
        _ => Some(line),
    }
}

/// The verb blocks of one motion in print order, each with its entries' clauses: the motion as
/// submitted (its text in the gazette, the 任免 screen's preview).
pub fn verb_blocks(motion: &AppointmentMotion) -> Vec<(AppointmentAction, Vec<String>)> {
    verb_blocks_of(motion, |_| true)
}

/// The verb blocks of one motion as the 人事任免名单 prints them: only the entries an announced
/// vote adopted (DOMAIN.md §16). An entry voted down or not yet voted is not in the list.
pub fn adopted_verb_blocks(
    session: &Session,
    motion: &AppointmentMotion,
) -> Vec<(AppointmentAction, Vec<String>)> {
    verb_blocks_of(motion, |entry| {
        crate::model::decisions::entry_adopted(session, entry.id)
    })
}

fn verb_blocks_of(
    motion: &AppointmentMotion,
    keep: impl Fn(&AppointmentEntry) -> bool,
) -> Vec<(AppointmentAction, Vec<String>)> {
    motion
        .verbs_in_list_order()
        .into_iter()
        .filter_map(|action| {
            let clauses: Vec<String> = motion
                .entries
                .iter()
                .filter(|e| e.action == action && keep(e))
                .map(|e| e.clause())
                .collect();
            (!clauses.is_empty()).then_some((action, clauses))
        })
        .collect()
}

/// 人事任免名单 as text: one group （一）（二）… per motion with an entry adopted, in motion order;
/// in each, a verb line (任命： / 免去： / 决定任命： …) and its adopted entries, 「；」 between
/// and 「。」 at the end. Entries voted down or not yet voted are not listed.
pub fn appointments_list(session: &Session) -> String {
    super::text::write(&appointments_doc(session))
}

/// 人事任免名单 as a document (see [`appointments_list`]).
pub fn appointments_doc(session: &Session) -> Doc {
    let title = format!("{}人事任免名单", session.list_title());
    let mut doc = Doc::new(title.clone());
    doc.push(DocBlock::Title(title));
    if let Some(line) = adoption_line(session) {
        doc.push(DocBlock::Centered(line));
    }
    doc.push(DocBlock::Blank);
    let mut group = 0u32;
    for motion in &session.motions {
        let blocks = adopted_verb_blocks(session, motion);
        if blocks.is_empty() {
            continue;
        }
        group += 1;
        doc.push(DocBlock::Plain(group_mark(group)));
        for (action, clauses) in blocks {
            doc.push(DocBlock::Plain(format!("{}：", action.label())));
            doc.blocks
                .extend(punctuated(clauses).into_iter().map(DocBlock::Plain));
        }
    }
    doc
}

/// Clauses of one verb as printed: 「；」 after each but the last, 「。」 after the last.
pub fn punctuated(clauses: Vec<String>) -> Vec<String> {
    let last = clauses.len().saturating_sub(1);
    clauses
        .into_iter()
        .enumerate()
        .map(|(index, clause)| {
            let end = if index == last { '。' } else { '；' };
            format!("{clause}{end}")
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_spread_to_four_characters() {
        assert_eq!(spread_label("主任"), "主\u{3000}\u{3000}任");
        assert_eq!(spread_label("副主任"), "副\u{2002}主\u{2002}任");
        assert_eq!(spread_label("副秘书长"), "副秘书长");
    }

    #[test]
    fn names_wrap_with_a_hanging_indent() {
        let names: Vec<String> = ["王海涛", "李杰", "王烁", "秦天苍", "岳朝亚", "郎付山"]
            .iter()
            .map(|s| (*s).to_owned())
            .collect();
        let lines = name_lines(
            &names,
            5,
            "请\u{3000}\u{3000}假：",
            "\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}",
        );
        assert_eq!(lines.len(), 2);
        assert_eq!(
            lines[0],
            "请\u{3000}\u{3000}假：王海涛\u{3000}李\u{3000}杰\u{3000}王\u{3000}烁\u{3000}秦天苍\u{3000}岳朝亚"
        );
        assert_eq!(lines[1], "\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}郎付山");
    }
}
