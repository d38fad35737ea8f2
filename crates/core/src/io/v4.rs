//! Files of formats 2 to 4, read with today's types and migrated on load to format 5.
//!
//! Format 5 keeps what was decided as facts (DOMAIN.md §16):
//! - an announced vote or evaluation keeps its basis (N, who was present, the rule, the result,
//!   the time, who recorded it). Earlier formats kept only a flag: the basis is taken from what
//!   the file holds (the roster, the attendance of the sitting, the rule as set), which is what
//!   those versions printed; the time and the operator stay unknown;
//! - an acting decision (决定代理) keeps the post it fills and prints 「代理」 from its kind.
//!   Earlier files wrote 「代理」 into the post (「某市人民政府代理市长」): it is taken out;
//! - a member is absent from a sitting at most once: a repeated absence (which earlier versions
//!   counted once but printed twice) is dropped, the first one kept.
//!
//! Format 5 also marks the papers' settings and the seating chart, which entered format 4 files
//! without a version of their own. The file is rewritten only when the person saves; the file as
//! it was is kept beside it as its backup.

use crate::model::{AppointmentAction, Session};

/// Brings a session read from a file of format 2, 3 or 4 (or migrated from format 1) to format 5.
pub(crate) fn migrate(session: &mut Session) {
    session.freeze_legacy_announcements();
    for entry in session
        .motions
        .iter_mut()
        .flat_map(|m| m.entries.iter_mut())
    {
        if entry.action == AppointmentAction::DecideActing {
            for post in &mut entry.posts {
                if post.contains("代理") {
                    *post = post.replacen("代理", "", 1);
                }
            }
        }
    }
    session.drop_repeated_absences();
}
