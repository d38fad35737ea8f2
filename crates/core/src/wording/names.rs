//! What a vote is on, in a few words; a session's number.

use crate::model::numerals::chinese_number;
use crate::model::{Session, VoteSubject};

/// 「第九次会议」.
pub fn session_number(number: u32) -> String {
    format!("第{}次会议", chinese_number(number))
}

/// 「第九次会议」, or 「第9次会议」 where the body writes its sessions' numbers in Arabic numerals
/// (FORMS.md §21 `ordinals`): every title and text that names the session says it so.
pub fn session_number_in(settings: &crate::model::BodySettings, number: u32) -> String {
    format!(
        "第{}次会议",
        crate::wording::forms::session_ordinal(&settings.forms, number)
    )
}

/// What a vote is about, in a few words: 「会议议程」, the item's or resolution's title, the
/// people and posts of the entries (「任命张三为…；免去…」). The console, the hall, `check` and
/// every message name a vote so.
pub fn subject_name(session: &Session, subject: &VoteSubject) -> String {
    match subject {
        VoteSubject::Agenda => "会议议程".to_owned(),
        VoteSubject::AgendaItem(id) => session
            .agenda
            .iter()
            .find(|i| i.id == *id)
            .map_or_else(|| format!("议题{id}"), |i| i.title.clone()),
        VoteSubject::Resolution(id) => session
            .resolution(*id)
            .map_or_else(|| format!("决议{id}"), |r| r.title.clone()),
        VoteSubject::Entries(ids) => {
            let people: Vec<String> = ids
                .iter()
                .map(|id| {
                    session
                        .entry(*id)
                        .map_or_else(|| format!("编号{id}"), |(_, e)| e.sentence())
                })
                .collect();
            people.join("；")
        }
    }
}

/// `text` with the body's short names (FORMS.md §5, [`crate::model::ShortName`]): from the
/// left, the longest full form found at each place is replaced by its short form, and what is
/// put in is not looked at again (「区人民检察院代理检察长侯智」 → 「区检察院代检察长侯智」 with
/// 「区人民检察院」 → 「区检察院」 and 「代理检察长」 → 「代检察长」). A row without both forms is
/// skipped; an empty table gives `text` as it is.
pub fn abbreviated(table: &[crate::model::ShortName], text: &str) -> String {
    let rows: Vec<(&str, &str)> = table
        .iter()
        .map(|row| (row.full.trim(), row.short.trim()))
        .filter(|(full, short)| !full.is_empty() && !short.is_empty())
        .collect();
    if rows.is_empty() {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let found = rows
            .iter()
            .filter(|(full, _)| rest.starts_with(full))
            .max_by_key(|(full, _)| full.len());
        match found {
            Some((full, short)) => {
                out.push_str(short);
                rest = &rest[full.len()..];
            }
            None => {
                out.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    out
}
