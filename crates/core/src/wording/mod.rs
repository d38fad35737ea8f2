//! The words of the record: one owner for every sentence, phrase and order that more than one
//! place prints (issue 21). The status bar, the console, the hall, the command line, `check`
//! and every document call these; none words them again.
//!
//! - [`attendance`]: the attendance sentence and the quorum phrase, long and short.
//! - [`characters`]: simplified and traditional characters (FORMS.md §22).
//! - [`dates`]: dates as the record writes them (「2023年12月21日」, 「12月21日（星期四）」).
//! - [`forms`]: the forms of every body (FORMS.md): defaults, variants, templates, learning.
//! - [`names`]: what a vote is on, in a few words; a session's number (「第九次会议」).
//! - [`phrases`]: the sentences the minutes, the news and the gazette share: dates, who
//!   presented what, what a vote decided, the personnel decisions' titles and texts.
//!
//! The formula sentences of the record (FORMS.md) are forms the body chooses once; each is
//! built here from the facts (counts, names, announced results), never typed.

pub mod attendance;
pub mod characters;
pub mod dates;
pub mod forms;
pub mod names;
pub mod phrases;

/// Joins phrases the Chinese way: 「A」, 「A和B」, 「A、B和C」.
pub fn join_with_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{}和{last}", init.join("、")),
    }
}

#[cfg(test)]
mod tests {
    use super::join_with_and;

    #[test]
    fn phrases_join_with_and() {
        let items: Vec<String> = ["甲", "乙", "丙"].iter().map(|s| (*s).to_owned()).collect();
        assert_eq!(join_with_and(&items[..0]), "");
        assert_eq!(join_with_and(&items[..1]), "甲");
        assert_eq!(join_with_and(&items[..2]), "甲和乙");
        assert_eq!(join_with_and(&items), "甲、乙和丙");
    }
}
