//! 任命书 and 宪法宣誓 (DOMAIN.md §13): a certificate for every person the committee appoints
//! (each of a batch on a page of his or her own), signed with the 主任's name; and the order of
//! the constitutional oath, who leads it, who swears, and the oath of 2018.

use super::{Appointment, appointments, push_page};
use crate::export::doc::{Doc, DocBlock};
use crate::export::lists::chinese_date;
use crate::model::numerals::item_mark;
use crate::model::{Role, Session};

/// The oath of the constitutional oath (宪法宣誓), as the 2018 decision of the NPC Standing
/// Committee words it (DOMAIN.md §13).
pub const OATH: &str = "我宣誓：忠于中华人民共和国宪法，维护宪法权威，履行法定职责，忠于祖国、忠于人民，恪尽职守、廉洁奉公，接受人民监督，为建设富强民主文明和谐美丽的社会主义现代化强国努力奋斗！";

/// The line after the oath: each person then says his or her name.
pub const OATH_NAMES: &str = "宣誓人：（各自报姓名）";

/// 任命书: a page for every person appointed at the session: 「任　命　书」, the appointment as
/// its sentence says it (「决定任命张建华为鹤壁市科学技术局局长。」), the body, 「主任　王建国」
/// and the session's last day.
pub fn certificates_doc(session: &Session) -> Doc {
    let mut doc = Doc::form(format!("{}任命书", session.list_title()));
    let chair = session
        .members_with_role(Role::Chair)
        .next()
        .map_or_else(String::new, |m| m.name.clone());
    let day = session.details.dates.iter().max().map_or_else(
        || "\u{3000}\u{3000}年\u{3000}\u{3000}月\u{3000}\u{3000}日".to_owned(),
        |d| chinese_date(*d),
    );
    let mut blocks = Vec::new();
    for appointment in appointments(session) {
        // Set in the middle of the page, as on the printed certificate.
        let mut page = vec![DocBlock::Blank; 4];
        page.push(DocBlock::Title("任\u{3000}命\u{3000}书".to_owned()));
        page.extend(vec![DocBlock::Blank; 3]);
        page.push(DocBlock::Paragraph(vec![crate::export::doc::Span::plain(
            format!("{}。", appointment.sentence(session)),
        )]));
        page.extend(vec![DocBlock::Blank; 4]);
        page.push(DocBlock::RightAligned(session.body.name.clone()));
        page.push(DocBlock::RightAligned(format!(
            "{}\u{3000}{chair}",
            Role::Chair.label()
        )));
        page.push(DocBlock::RightAligned(day.clone()));
        push_page(&mut blocks, page);
    }
    if blocks.is_empty() {
        blocks.push(DocBlock::Title("任\u{3000}命\u{3000}书".to_owned()));
        blocks.push(DocBlock::Blank);
        blocks.push(DocBlock::Paragraph(vec![crate::export::doc::Span::plain(
            "本次会议没有任命人员。",
        )]));
    }
    doc.blocks = blocks;
    doc
}

/// One person who swears, with every post the session appoints him or her to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Swearer {
    /// The name.
    pub name: String,
    /// The posts, in the order of the appointments: 「淇县人民政府副县长、淇县人民政府代理县长」.
    pub posts: Vec<String>,
}

/// Everyone the committee appoints at this session, once each (a person appointed by two
/// entries, as a deputy and then as the acting head, swears once), in the order of the list.
pub fn swearers(session: &Session) -> Vec<Swearer> {
    let mut swearers: Vec<Swearer> = Vec::new();
    for Appointment { entry, person } in appointments(session) {
        let index = match swearers.iter().position(|s| s.name == person.name) {
            Some(index) => index,
            None => {
                swearers.push(Swearer {
                    name: person.name.clone(),
                    posts: Vec::new(),
                });
                swearers.len() - 1
            }
        };
        for post in &entry.printed_posts() {
            if !swearers[index].posts.contains(post) {
                swearers[index].posts.push(post.clone());
            }
        }
    }
    swearers
}

/// Who leads the oath (领誓人): the one set, else the first person appointed.
pub fn oath_leader(session: &Session) -> Option<String> {
    let set = session.papers.oath_leader.trim();
    if !set.is_empty() {
        return Some(set.to_owned());
    }
    swearers(session).into_iter().next().map(|s| s.name)
}

/// 宪法宣誓: the order of the ceremony, who leads, who swears (by name and post), the oath and
/// 「宣誓人：（各自报姓名）」.
pub fn oath_doc(session: &Session) -> Doc {
    let title = format!("{}宪法宣誓仪式", session.list_title());
    let mut doc = Doc::new(title.clone());
    doc.push(DocBlock::Title(title));
    doc.push(DocBlock::Blank);
    let swearers = swearers(session);
    let Some(leader) = oath_leader(session) else {
        doc.paragraph("本次会议没有任命人员，不举行宪法宣誓仪式。");
        return doc;
    };
    let heading = |doc: &mut Doc, number: u32, text: &str| {
        doc.push(DocBlock::Heading(1, format!("{}{text}", item_mark(number))));
    };
    heading(&mut doc, 1, "仪式程序");
    for step in [
        "1.主持人宣布宪法宣誓仪式开始。",
        "2.全体起立，奏唱中华人民共和国国歌。",
        "3.宣誓人面向国旗、国徽列队站立。领誓人左手抚按《中华人民共和国宪法》，右手举拳，领诵誓词；其他宣誓人右手举拳，跟诵誓词。",
        "4.誓词诵读完毕，宣誓人各自报姓名。",
        "5.主持人宣布宪法宣誓仪式结束。",
    ] {
        doc.paragraph(step);
    }
    heading(&mut doc, 2, "领誓人");
    let leader_post = swearers
        .iter()
        .find(|s| s.name == leader)
        .map(|s| s.posts.join("、"))
        .filter(|posts| !posts.is_empty());
    doc.paragraph(match leader_post {
        Some(posts) => format!("{leader}（{posts}）"),
        None => leader.clone(),
    });
    heading(&mut doc, 3, "宣誓人");
    for (index, swearer) in swearers.iter().enumerate() {
        // Names padded to three characters, so that the posts line up.
        doc.paragraph(format!(
            "{}.{}\u{3000}{}",
            index + 1,
            super::form_name(&swearer.name),
            swearer.posts.join("、")
        ));
    }
    heading(&mut doc, 4, "誓词");
    doc.paragraph(OATH);
    doc.paragraph(OATH_NAMES);
    doc
}
