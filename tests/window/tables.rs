//! The screens with a row per member, unit, item or entry: their cells are painted text that
//! becomes a field when clicked or reached with Tab, their row actions appear on the row under
//! the pointer, and their rows are reordered by dragging the grip. Driven with egui_kittest.

use crate::common;
use common::session;
use egui::accesskit::Role as A11yRole;
use egui::{Key, Modifiers, Pos2, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use huiwu::app::HuiwuApp;
use huiwu::dialogs::TypedPathOnly;
use huiwu::document::Document;
use huiwu::io::config::AppConfig;
use huiwu::model::Role;
use huiwu::model::numerals::item_mark;

fn harness() -> Harness<'static, HuiwuApp> {
    let app = HuiwuApp::new(
        Some(Document::opened(common::example(), None)),
        AppConfig::default(),
        Box::new(TypedPathOnly),
    );
    let mut harness = common::window(app);
    harness.run();
    harness
}

fn show(harness: &mut Harness<'_, HuiwuApp>, nav_label: &str) {
    harness.get_by_label_contains(nav_label).click();
    harness.run();
}

/// The text field holding `value` that has the keyboard focus.
fn focused_field<'h>(harness: &'h Harness<'_, HuiwuApp>, value: &'h str) -> egui_kittest::Node<'h> {
    harness
        .get_all_by_value(value)
        .find(|n| n.is_focused())
        .unwrap_or_else(|| panic!("no focused field holds {value:?}"))
}

/// The grip of each of `rows`: the part of the list's grip column (one node for the column)
/// beside the row.
fn grips_beside(harness: &Harness<'_, HuiwuApp>, rows: &[egui::Rect]) -> Vec<egui::Rect> {
    let column = harness.get_by_label("拖动以调整顺序").rect();
    rows.iter()
        .map(|row| egui::Rect::from_x_y_ranges(column.x_range(), row.y_range()))
        .collect()
}

/// Drags from `from` to `to` in small steps, as a hand does, then drops.
fn drag(harness: &mut Harness<'_, HuiwuApp>, from: Pos2, to: Pos2) {
    harness.hover_at(from);
    harness.run();
    harness.drag_at(from);
    harness.run();
    // While a row is dragged near the list's edge the list keeps scrolling: frame by frame.
    for step in 1..=6 {
        harness.hover_at(from + (to - from) * (step as f32 / 6.0));
        harness.run_steps(2);
    }
    harness.drop_at(to);
    harness.run();
}

#[test]
fn a_roster_cell_becomes_a_field_when_clicked_and_tab_moves_along_the_row() {
    let mut harness = harness();
    show(&mut harness, "出席　41");
    let name = harness.get_by_value("史全新");
    assert_eq!(name.accesskit_node().role(), A11yRole::TextInput);
    assert!(!name.is_focused());
    name.click();
    harness.run();
    focused_field(&harness, "史全新").type_text("甲");
    harness.run();
    assert_eq!(session(&harness).roster[0].name, "史全新甲");

    // Tab leaves the name for the role, whose menu opens with Enter.
    harness.key_press(Key::Tab);
    harness.run();
    assert_eq!(
        session(&harness).roster[0].name,
        "史全新甲",
        "kept on leaving"
    );
    harness.key_press(Key::Enter);
    harness.run();
    // The menu's entry, not the cell of the member who is 秘书长.
    harness
        .get_all_by_label("秘书长")
        .find(|n| n.accesskit_node().role() != A11yRole::ComboBox)
        .unwrap()
        .click();
    harness.run();
    assert_eq!(session(&harness).roster[0].role, Role::SecretaryGeneral);

    // Each change is an undo step.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(session(&harness).roster[0].role, Role::Chair);
}

#[test]
fn the_cursor_comes_up_where_the_cell_was_clicked() {
    let mut harness = harness();
    show(&mut harness, "出席　41");
    // Just after the first character of 史全新 (the text begins 8 points into the cell).
    let cell = harness.get_by_value("史全新").rect();
    let after_first = egui::pos2(cell.left() + 8.0 + 17.0, cell.center().y);
    harness.hover_at(after_first);
    harness.run();
    harness.drag_at(after_first);
    harness.drop_at(after_first);
    harness.run();
    focused_field(&harness, "史全新").type_text("甲");
    harness.run();
    assert_eq!(session(&harness).roster[0].name, "史甲全新");
}

#[test]
fn a_rank_is_typed_and_only_a_number_in_range_is_taken() {
    let mut harness = harness();
    show(&mut harness, "出席　41");
    // 尚欣, the first 副主任, has rank 1: name, role, then the rank.
    harness.get_by_value("尚欣").click();
    harness.run();
    harness.key_press(Key::Tab);
    harness.run();
    harness.key_press(Key::Tab);
    harness.run();
    focused_field(&harness, "1").type_text("2");
    harness.run();
    assert_eq!(session(&harness).roster[1].rank, 12);
    focused_field(&harness, "12").type_text("0");
    harness.run();
    assert_eq!(session(&harness).roster[1].rank, 12, "120 is out of range");
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(session(&harness).roster[1].rank, 12);
    harness.get_by_value("12");
}

#[test]
fn row_actions_appear_on_the_row_under_the_pointer() {
    let mut harness = harness();
    show(&mut harness, "列席");
    assert!(
        harness.query_all_by_label("删除").next().is_none(),
        "no row is under the pointer yet"
    );
    let second = session(&harness).observers[1].clone();
    let cell = harness.get_by_value(&second.unit).rect();
    harness.hover_at(cell.center());
    harness.run();
    assert_eq!(harness.query_all_by_label("删除").count(), 1);
    harness.get_by_label("删除").click();
    harness.run();
    let observers = &session(&harness).observers;
    assert_eq!(observers.len(), 12);
    assert!(observers.iter().all(|u| u.id != second.id));
}

#[test]
fn an_observer_unit_is_dragged_to_a_new_place_by_its_grip() {
    let mut harness = harness();
    show(&mut harness, "列席");
    let before: Vec<_> = session(&harness).observers.iter().map(|u| u.id).collect();
    let rows: Vec<_> = session(&harness)
        .observers
        .iter()
        .take(4)
        .map(|u| harness.get_by_value(&u.unit).rect())
        .collect();
    let grips = grips_beside(&harness, &rows);
    // From the first row to just below the middle of the third: it lands third.
    let to = grips[2].center() + vec2(0.0, grips[2].height() * 0.6);
    drag(&mut harness, grips[0].center(), to);
    let after: Vec<_> = session(&harness).observers.iter().map(|u| u.id).collect();
    assert_eq!(after[..3], [before[1], before[2], before[0]]);
    assert_eq!(after[3..], before[3..]);

    // Back up: from the third row to above the first.
    let to = grips[0].center() - vec2(0.0, grips[0].height() * 0.6);
    drag(&mut harness, grips[2].center(), to);
    let again: Vec<_> = session(&harness).observers.iter().map(|u| u.id).collect();
    assert_eq!(again, before);
}

#[test]
fn a_drag_dropped_where_it_began_or_given_up_with_esc_moves_nothing() {
    let mut harness = harness();
    show(&mut harness, "议程　14");
    let before: Vec<_> = session(&harness).agenda.iter().map(|i| i.id).collect();
    let rows: Vec<_> = session(&harness)
        .agenda
        .iter()
        .enumerate()
        .take(9)
        .map(|(index, item)| {
            let label = format!("{}{}", item_mark(index as u32 + 1), item.title);
            harness.get_by_label(&label).rect()
        })
        .collect();
    let grips = grips_beside(&harness, &rows);
    drag(
        &mut harness,
        grips[3].center(),
        grips[3].center() + vec2(0.0, 4.0),
    );
    let ids =
        |h: &Harness<'_, HuiwuApp>| -> Vec<_> { session(h).agenda.iter().map(|i| i.id).collect() };
    assert_eq!(ids(&harness), before);

    harness.drag_at(grips[3].center());
    harness.run();
    for step in 1..=4 {
        harness.hover_at(grips[3].center() + vec2(0.0, 30.0 * step as f32));
        harness.run_steps(2);
    }
    harness.key_press(Key::Escape);
    harness.run();
    harness.drop_at(grips[8].center());
    harness.run();
    assert_eq!(ids(&harness), before);

    // A real drag moves the item, and undo puts it back.
    drag(
        &mut harness,
        grips[3].center(),
        grips[0].center() - vec2(0.0, 8.0),
    );
    let moved = ids(&harness);
    assert_eq!(moved[0], before[3]);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(ids(&harness), before);
}

#[test]
fn an_appointment_entry_is_edited_in_its_cells() {
    // The example's entries are announced, and so read-only: the same session before its votes.
    let mut example = common::example();
    example.votes.clear();
    let app = HuiwuApp::new(
        Some(Document::opened(example, None)),
        AppConfig::default(),
        Box::new(TypedPathOnly),
    );
    let mut harness = common::window(app);
    harness.run();
    show(&mut harness, "任免　");
    harness
        .get_by_label_contains("关于提请任免张建华等6名同志职务的议案")
        .click();
    harness.run();
    let motion = session(&harness)
        .motions
        .iter()
        .find(|m| m.title.contains("张建华等6名"))
        .unwrap()
        .clone();
    let first = motion.entries[0].people_with_gender();
    harness.get_by_value(&first).click();
    harness.run();
    // The click put the cursor in the middle of the name; End takes it to the end.
    harness.key_press(Key::End);
    harness.run();
    focused_field(&harness, &first).type_text("乙");
    harness.key_press(Key::Enter);
    harness.run();
    let edited = session(&harness)
        .motions
        .iter()
        .find(|m| m.id == motion.id)
        .unwrap();
    assert_eq!(edited.entries[0].people_with_gender(), format!("{first}乙"));
    // The motion's own preview follows at once; the 人事任免名单 beside it lists only what an
    // announced vote adopted, so not yet this entry.
    assert_eq!(
        harness
            .query_all_by_label_contains(&format!("{first}乙"))
            .count(),
        1
    );
}

#[test]
fn an_announced_appointment_entry_is_read_only_until_unlocked() {
    let mut harness = harness();
    show(&mut harness, "任免　");
    harness
        .get_by_label_contains("关于提请任免张建华等6名同志职务的议案")
        .click();
    harness.run();
    let motion = session(&harness)
        .motions
        .iter()
        .find(|m| m.title.contains("张建华等6名"))
        .unwrap()
        .clone();
    let first = motion.entries[0].people_with_gender();
    let cell = harness
        .get_all_by_value(&first)
        .next()
        .expect("the name's cell");
    assert!(cell.accesskit_node().is_disabled(), "announced: read-only");
    // The model refuses too, naming what was announced.
    let entry = motion.entries[0].id;
    let error = harness
        .state_mut()
        .document
        .as_mut()
        .unwrap()
        .session
        .set_entry_people(entry, "某某")
        .unwrap_err();
    assert!(error.to_string().contains("已宣布"), "{error}");
}

#[test]
fn a_unit_whose_people_are_edited_shows_them_and_their_count_once_the_cell_is_left() {
    let mut harness = harness();
    show(&mut harness, "列席");
    let unit = session(&harness).observers[1].clone();
    let shown = huiwu::model::Observer::list_text(&unit.people);
    assert_eq!(unit.people.len(), 2);
    harness.get_by_value(&shown).click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    focused_field(&harness, &shown).type_text("桑剑新、韩福伟、王明（市发改委主任）");
    harness.run();
    harness.key_press(Key::Tab);
    harness.run();
    assert_eq!(session(&harness).observers[1].people.len(), 3);
    // The row shows the people as derived again from the session after the edit.
    harness.get_by_value("桑剑新、韩福伟、王明（市发改委主任）");
    assert!(harness.query_by_value(&shown).is_none());
    // And their count, which accessibility tools read as a label.
    harness.get_by_label("3人");
}

#[test]
fn the_box_only_for_related_items_is_described_to_screen_readers_on_every_row() {
    let mut harness = harness();
    show(&mut harness, "列席");
    let boxes: Vec<_> = harness
        .get_all_by_role_and_label(A11yRole::CheckBox, "仅相关议题")
        .collect();
    assert_eq!(boxes.len(), session(&harness).observers.len());
    // Its hover text, though no row is under the pointer.
    for check in boxes {
        let description = check.accesskit_node().description();
        assert!(
            description
                .as_deref()
                .is_some_and(|d| d.starts_with("只在审议相关议题时列席")),
            "described as {description:?}"
        );
    }
}
