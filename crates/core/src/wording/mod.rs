//! The words of the record: one owner for every sentence, phrase and order that more than one
//! place prints (issue 21). The status bar, the console, the hall, the command line, `check`
//! and every document call these; none words them again.
//!
//! - [`attendance`]: the attendance sentence and the quorum phrase, long and short.
//! - [`dates`]: dates as the record writes them (「2023年12月21日」, 「12月21日（星期四）」).
//! - [`forms`]: the forms of every body (FORMS.md): defaults, variants, templates, learning.
//! - [`names`]: what a vote is on, in a few words; a session's number (「第九次会议」).
//!
//! The formula sentences of the record (FORMS.md) are forms the body chooses once; each is
//! built here from the facts (counts, names, announced results), never typed.

pub mod attendance;
pub mod dates;
pub mod forms;
pub mod names;
