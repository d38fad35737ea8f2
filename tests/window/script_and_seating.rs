//! The 主持词 follows the session (DOMAIN.md §13): every agenda item and every vote in order,
//! blanks before results are announced and the results once they are; the seating chart places
//! every member once, the 主任 in the centre of the front, and rotates between sessions.

use crate::common;
use huiwu::model::Session;

fn county() -> Session {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("sessions/qixian-17-15.ron");
    huiwu::io::load(&path).unwrap()
}

/// The window on a session, with the navigation on the seating screen (Ctrl+9).
fn seating_window(session: Session) -> egui_kittest::Harness<'static, huiwu::app::HuiwuApp> {
    let app = huiwu::app::HuiwuApp::new(
        Some(huiwu::document::Document::opened(session, None)),
        huiwu::io::config::AppConfig::default(),
        Box::new(huiwu::dialogs::TypedPathOnly),
    );
    let mut harness = common::window(app);
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num9);
    harness.run();
    harness
}

#[test]
fn the_seating_screen_shows_the_hall_and_moves_a_member_by_two_clicks() {
    use egui_kittest::kittest::Queryable;
    let mut harness = seating_window(county());
    harness.get_by_label("座次表");
    // The 主任 in the centre of the front row (7 seats a row: the 4th).
    harness.get_by_label("第1排第4座：王建国");
    let (_, _, seats) = common::session(&harness).seat_plan();
    let first = seats.iter().find(|s| s.row == 1).copied().unwrap();
    let name = |id| common::session(&harness).member(id).unwrap().name.clone();
    let moved = name(first.member);
    // Click a 委员, then an empty seat of the last row: the 委员 moves there.
    harness
        .get_by_label(&format!("第2排第{}座：{moved}", first.seat + 1))
        .click();
    harness.run();
    harness.get_by_label_contains(&format!("已选中{moved}"));
    // The last row's 委员 sit from the left, in stroke order; its last seat is free.
    harness.get_by_label("第4排第7座：空").click();
    harness.run();
    let (_, _, after) = common::session(&harness).seat_plan();
    let seat = after.iter().find(|s| s.member == first.member).unwrap();
    assert_eq!((seat.row, seat.seat), (3, 6));
    // One step of undo puts the member back.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    let (_, _, undone) = common::session(&harness).seat_plan();
    assert_eq!(undone, seats);
}

#[test]
fn showing_the_seating_changes_nothing_however_odd_the_hall() {
    // An empty roster (a hall of no rows), and the example: shown, neither session changes.
    for session in [huiwu::model::Session::default(), common::example()] {
        let before = session.clone();
        let harness = seating_window(session);
        assert_eq!(common::session(&harness), &before);
        assert!(!harness.state().document.as_ref().unwrap().is_dirty());
    }
}
