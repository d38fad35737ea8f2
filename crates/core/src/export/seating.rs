//! 座次表 (DOMAIN.md §13): the hall as the members see the front, row by row — the front row at
//! the top with the 主任 in its centre — then the seats of those attending without a vote,
//! apart. Printed landscape on A4 or, for a large hall, A3.

use super::doc::{Doc, DocBlock, PageLayout};
use crate::collation::padded_name;
use crate::model::numerals::chinese_number;
use crate::model::{SeatingPaper, Session, Table};

/// The seating chart.
pub fn seating_doc(session: &Session) -> Doc {
    let title = format!("{}座次表", session.list_title());
    // A chart, like a form, has no page numbers.
    let mut doc = Doc::form(title.clone());
    doc.page = match session.seating.paper {
        SeatingPaper::A4 => PageLayout::A4Landscape,
        SeatingPaper::A3 => PageLayout::A3Landscape,
    };
    doc.push(DocBlock::Title(title));
    doc.push(DocBlock::Centered("（前　方）".to_owned()));
    let (rows, per_row, seats) = session.seat_plan();
    let mut table = Table {
        caption: String::new(),
        header_rows: 0,
        rows: Vec::new(),
    };
    for row in 0..rows {
        let mut cells = vec![row_label(row)];
        cells.extend((0..per_row).map(|seat| {
            seats
                .iter()
                .find(|s| s.row == row && s.seat == seat)
                .and_then(|s| session.member(s.member))
                .map(|m| padded_name(&m.name))
                .unwrap_or_default()
        }));
        table.rows.push(cells);
    }
    doc.push(DocBlock::Table(table));
    let observers: Vec<String> = session
        .observers
        .iter()
        .flat_map(|u| u.people.iter())
        .map(|p| padded_name(&p.name))
        .collect();
    if !observers.is_empty() {
        doc.push(DocBlock::Blank);
        let per_row = per_row.max(1) as usize;
        let mut table = Table {
            caption: "列席人员座位".to_owned(),
            header_rows: 0,
            rows: Vec::new(),
        };
        for (index, chunk) in observers.chunks(per_row).enumerate() {
            let mut cells = vec![format!(
                "列席{}",
                row_label(u32::try_from(index).unwrap_or(u32::MAX))
            )];
            cells.extend(chunk.iter().cloned());
            cells.resize(per_row + 1, String::new());
            table.rows.push(cells);
        }
        doc.push(DocBlock::Table(table));
    }
    let (leaders, members) = session
        .roster
        .iter()
        .partition::<Vec<_>, _>(|m| m.role != crate::model::Role::Member);
    doc.push(DocBlock::Blank);
    doc.push(DocBlock::Plain(format!(
        "说明：主任居前排正中，副主任{}依次在其左右；委员以{}为序，自左至右、由前至后就座{}。",
        if session.body.settings.has_secretary_general {
            "、秘书长"
        } else {
            ""
        },
        match session.body.settings.name_order {
            crate::model::NameOrderMode::FullName => "姓名笔画",
            crate::model::NameOrderMode::Surname => "姓氏笔画",
        },
        if session.seating.rotation > 0 {
            format!(
                "，按会次轮换排序（本次为第{}轮）",
                session.seating.rotation + 1
            )
        } else {
            String::new()
        }
    )));
    doc.push(DocBlock::Plain(format!(
        "共{}排，每排{}座；组成人员{}人（{}{}人，委员{}人）。",
        rows,
        per_row,
        session.roster.len(),
        if session.body.settings.has_secretary_general {
            "主任、副主任、秘书长"
        } else {
            "主任、副主任"
        },
        leaders.len(),
        members.len()
    )));
    doc
}

/// 「第一排」.
fn row_label(row: u32) -> String {
    format!("第{}排", chinese_number(row.saturating_add(1)))
}
