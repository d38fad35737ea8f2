//! 任命书 and 宪法宣誓 (DOMAIN.md §13, §18): a certificate for every person the committee
//! appoints (each of a batch on a page of his or her own) with its number, the person, the post,
//! the session that decided it, the body, the date and the 主任's name; and the order of the
//! constitutional oath: the national anthem, who leads, who swears (those appointed to a post
//! whose holders swear before the committee: not the 人民陪审员), and the oath of 2018.

use super::{Appointment, appointments, push_page};
use crate::export::doc::{Doc, DocBlock, Signature, Span};
use crate::model::appointments::acting_post;
use crate::model::numerals::item_mark;
use crate::model::organs::{PostKind, qualified_posts};
use crate::model::{AppointmentAction, Role, Session};

/// The oath of the constitutional oath (宪法宣誓), as the 2018 decision of the NPC Standing
/// Committee words it (DOMAIN.md §13).
pub const OATH: &str = "我宣誓：忠于中华人民共和国宪法，维护宪法权威，履行法定职责，忠于祖国、忠于人民，恪尽职守、廉洁奉公，接受人民监督，为建设富强民主文明和谐美丽的社会主义现代化强国努力奋斗！";

/// The line after the oath: each person then says his or her name.
pub const OATH_NAMES: &str = "宣誓人：（各自报姓名）";

/// The line after the oath sworn alone: the person says his or her name.
pub const OATH_NAME: &str = "宣誓人：（报姓名）";

/// 「鹤人常任字〔2023〕1号」: the number of the session's `index`-th certificate (from 0).
pub fn certificate_number(session: &Session, index: usize) -> String {
    use chrono::Datelike;
    let first = session.papers.first_certificate.unwrap_or(1);
    let number = first.saturating_add(u32::try_from(index).unwrap_or(u32::MAX));
    let year = session
        .details
        .dates
        .iter()
        .max()
        .map_or_else(String::new, |d| d.year().to_string());
    format!("{}〔{year}〕{number}号", session.certificate_prefix())
}

/// 任命书: a page for every person appointed at the session: 「任　命　书」 and its number, the
/// person, the decision (「鹤壁市第十二届人民代表大会常务委员会第九次会议决定任命你为鹤壁市科学
/// 技术局局长。」), and under it the body, 「主任　史全新」 and the day of the decision.
pub fn certificates_doc(session: &Session) -> Doc {
    let mut doc = Doc::form(format!("{}任命书", session.list_title()));
    let chair = session
        .members_with_role(Role::Chair)
        .next()
        .map_or_else(String::new, |m| m.name.clone());
    let day = session.details.dates.iter().max().map_or_else(
        || "\u{3000}\u{3000}年\u{3000}\u{3000}月\u{3000}\u{3000}日".to_owned(),
        |d| crate::wording::dates::DateStyle::of_session(session).date(*d),
    );
    let mut blocks = Vec::new();
    for (index, appointment) in appointments(session).iter().enumerate() {
        // Set in the middle of the page, as on the printed certificate.
        let mut page = vec![DocBlock::Blank; 3];
        page.push(DocBlock::Title("任\u{3000}命\u{3000}书".to_owned()));
        page.push(DocBlock::Blank);
        page.push(DocBlock::RightAligned(certificate_number(session, index)));
        page.push(DocBlock::Blank);
        page.push(DocBlock::Plain(format!(
            "{}同志：",
            appointment.person.name
        )));
        page.push(DocBlock::Paragraph(vec![Span::plain(format!(
            "{}决定{}。",
            session.full_title(),
            certificate_clause(appointment)
        ))]));
        page.extend(vec![DocBlock::Blank; 3]);
        page.push(DocBlock::Signature(Signature {
            issuer: vec![
                session.body.name.clone(),
                format!("{}\u{3000}{chair}", Role::Chair.label()),
            ],
            date: day.clone(),
        }));
        push_page(&mut blocks, page);
    }
    if blocks.is_empty() {
        blocks.push(DocBlock::Title("任\u{3000}命\u{3000}书".to_owned()));
        blocks.push(DocBlock::Blank);
        blocks.push(DocBlock::Paragraph(vec![Span::plain(
            "本次会议没有任命人员。",
        )]));
    }
    doc.blocks = blocks;
    doc
}

/// What a certificate says the session decided for its holder: 「任命你为…」, 「批准任命你为…」,
/// or for an acting head 「你为…」 (the session's name and 「决定」 go before it).
fn certificate_clause(appointment: &Appointment) -> String {
    use crate::model::AppointmentAction;
    let entry = appointment.entry;
    let verb = match entry.action {
        AppointmentAction::ApproveAppoint => "批准任命",
        AppointmentAction::DecideActing => "",
        _ => "任命",
    };
    format!("{verb}{}", entry.action.clause("你", &entry.posts_joined()))
}

/// One person who swears, with every post the session appoints him or her to whose holders
/// swear before the committee.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Swearer {
    /// The name.
    pub name: String,
    /// The posts, in the order of the appointments: 「淇县人民政府副县长、淇县人民政府代理县长」.
    pub posts: Vec<String>,
}

/// Everyone the committee appoints at this session to a post whose holders take the
/// constitutional oath before it (the body's [`sworn_posts`], by default every post but the
/// 人民陪审员, DOMAIN.md §18), once each (a person appointed by two entries, as a deputy and then
/// as the acting head, swears once), in the order of the list.
///
/// [`sworn_posts`]: crate::model::BodySettings::sworn_posts
pub fn swearers(session: &Session) -> Vec<Swearer> {
    let settings = &session.body.settings;
    let mut swearers: Vec<Swearer> = Vec::new();
    for Appointment { entry, person } in appointments(session) {
        let sworn: Vec<String> = entry
            .posts
            .iter()
            .zip(qualified_posts(&entry.posts))
            .filter(|(_, whole)| settings.swears(PostKind::of(whole)))
            .map(|(post, _)| match entry.action {
                AppointmentAction::DecideActing => acting_post(post.trim()),
                _ => post.trim().to_owned(),
            })
            .collect();
        if sworn.is_empty() {
            continue;
        }
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
        for post in sworn {
            if !swearers[index].posts.contains(&post) {
                swearers[index].posts.push(post);
            }
        }
    }
    swearers
}

/// Who leads the oath (领誓人): the one set, else the first person who swears; `None` when
/// nobody swears.
pub fn oath_leader(session: &Session) -> Option<String> {
    let swearers = swearers(session);
    swearers.first()?;
    let set = session.papers.oath_leader.trim();
    if !set.is_empty() {
        return Some(set.to_owned());
    }
    swearers.into_iter().next().map(|s| s.name)
}

/// 宪法宣誓: the order of the ceremony (the national anthem first; one person swears alone,
/// several behind the 领誓人), who leads, who swears (by name and post), the oath and the names.
pub fn oath_doc(session: &Session) -> Doc {
    let title = format!("{}宪法宣誓仪式", session.list_title());
    let mut doc = Doc::new(title.clone());
    doc.push(DocBlock::Title(title));
    doc.push(DocBlock::Blank);
    let swearers = swearers(session);
    let Some(leader) = oath_leader(session) else {
        doc.paragraph("本次会议没有须进行宪法宣誓的任命人员，不举行宪法宣誓仪式。");
        return doc;
    };
    let alone = swearers.len() == 1;
    let heading = |doc: &mut Doc, number: u32, text: &str| {
        doc.push(DocBlock::Heading(1, format!("{}{text}", item_mark(number))));
    };
    heading(&mut doc, 1, "仪式程序");
    let swearing = if alone {
        "3.宣誓人面向国旗、国徽站立，左手抚按《中华人民共和国宪法》，右手举拳，诵读誓词。"
    } else {
        "3.宣誓人面向国旗、国徽列队站立。领誓人左手抚按《中华人民共和国宪法》，右手举拳，领诵誓词；其他宣誓人右手举拳，跟诵誓词。"
    };
    let names = if alone {
        "4.誓词诵读完毕，宣誓人报姓名。"
    } else {
        "4.誓词诵读完毕，宣誓人各自报姓名。"
    };
    for step in [
        "1.主持人宣布宪法宣誓仪式开始。",
        "2.全体起立，奏唱中华人民共和国国歌。",
        swearing,
        names,
        "5.主持人宣布宪法宣誓仪式结束。",
    ] {
        doc.paragraph(step);
    }
    let post_of = |name: &str| {
        swearers
            .iter()
            .find(|s| s.name == name)
            .map(|s| s.posts.join("、"))
            .filter(|posts| !posts.is_empty())
    };
    let with_post = |name: &str| match post_of(name) {
        Some(posts) => format!("{name}（{posts}）"),
        None => name.to_owned(),
    };
    if alone {
        heading(&mut doc, 2, "宣誓人");
        doc.paragraph(with_post(&leader));
        heading(&mut doc, 3, "誓词");
        doc.paragraph(OATH);
        doc.paragraph(OATH_NAME);
        return doc;
    }
    heading(&mut doc, 2, "领誓人");
    doc.paragraph(with_post(&leader));
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
