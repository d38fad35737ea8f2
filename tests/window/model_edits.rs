//! The model owns every change: the cleanup each change implies, as the window, the command line
//! and the benchmarks see it through the same methods.

use crate::common;
use huiwu::action::{Action, Selected, apply};
use huiwu::model::Role;

#[test]
fn actions_are_the_model_methods_and_refusals_change_nothing() {
    let mut session = common::example();
    let before = session.clone();
    let entry = session.motions[0].entries[0].id;
    let error = apply(&mut session, Action::DeleteEntry(entry));
    assert!(error.is_err());
    assert_eq!(session, before);
    let added = apply(&mut session, Action::AddMember(Role::Member)).unwrap();
    assert!(matches!(added, Some(Selected::Member(_))));
    // The session's days go through the model too.
    apply(&mut session, Action::AddSessionDay).unwrap();
    assert_eq!(session.details.dates.len(), before.details.dates.len() + 1);
    apply(&mut session, Action::RemoveSessionDay(1)).unwrap();
    assert_eq!(session.details.dates, before.details.dates);
}
