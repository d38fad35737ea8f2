//! The three published lists of the example session equal the gazette's.

use crate::common;
use huiwu_core::export::{DocKind, plain_text};

fn assert_matches_gazette(doc: DocKind, golden: &str) {
    let session = common::example();
    let exported = plain_text(&session, doc);
    let expected = common::golden(golden);
    assert_eq!(
        common::fold(&exported),
        common::fold(&expected),
        "{}:\n{exported}",
        doc.label()
    );
}

#[test]
fn attendance_list_equals_the_gazette() {
    assert_matches_gazette(DocKind::Attendance, "seed-attendance.txt");
}

#[test]
fn observers_list_equals_the_gazette() {
    assert_matches_gazette(DocKind::Observers, "seed-observers.txt");
}

#[test]
fn appointments_list_equals_the_gazette() {
    assert_matches_gazette(DocKind::Appointments, "seed-appointments.txt");
}

#[test]
fn lists_pad_two_character_names_and_print_five_a_line() {
    let text = plain_text(&common::example(), DocKind::Attendance);
    assert!(text.contains(
        "副\u{2002}主\u{2002}任：尚\u{3000}欣\u{3000}郑\u{3000}辉\u{3000}蔺其军\u{3000}郑志学"
    ));
    let first_members_line = text
        .lines()
        .skip_while(|l| !l.contains("以姓名笔画为序"))
        .nth(1)
        .unwrap();
    assert_eq!(
        first_members_line.split('\u{3000}').count(),
        5,
        "{first_members_line}"
    );
    assert!(text.contains("请\u{3000}\u{3000}假：王海涛\u{3000}李\u{3000}杰"));
}

#[test]
fn fold_really_compares_text() {
    // The comparison must notice a changed name or a missing line.
    let expected = common::golden("seed-attendance.txt");
    let changed = expected.replace("蔺其军", "蔺其君");
    assert_ne!(common::fold(&changed), common::fold(&expected));
    let shorter: String = expected
        .lines()
        .filter(|l| !l.contains("郎付山"))
        .collect::<Vec<_>>()
        .join("\n");
    assert_ne!(common::fold(&shorter), common::fold(&expected));
}
