//! Importing the office's material: rosters and 列席 lists from XLSX, GBK CSV and pasted list
//! text, reports from DOCX (our own export, python-docx, LibreOffice) and GBK text; every
//! malformed input refused with a Chinese message naming the file, the session unchanged; the
//! command line; and the preview dialog in the window (cancel, confirm, undo).

use crate::common;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use huiwu::app::HuiwuApp;
use huiwu::dialogs::TypedPathOnly;
use huiwu::document::Document;
use huiwu::import::ImportKind;
use huiwu::io::config::AppConfig;
use huiwu::model::Session;
use std::path::{Path, PathBuf};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/import")
        .join(name)
}

fn harness_on(session: Session) -> egui_kittest::Harness<'static, HuiwuApp> {
    let app = HuiwuApp::new(
        Some(Document::opened(session, None)),
        AppConfig::default(),
        Box::new(TypedPathOnly),
    );
    let mut harness = common::window(app);
    harness.run();
    harness
}

#[test]
fn the_preview_dialog_cancel_confirm_and_undo() {
    let mut harness = harness_on(common::example());
    let before = common::session(&harness).clone();
    common::ask_import_preview(
        &mut harness,
        ImportKind::Roster,
        &fixture("roster-merged.xlsx"),
    );
    // Rows and their problems are shown.
    harness.get_by_label_contains("导入预览");
    harness.get_by_label("方在敏");
    harness.get_by_label_contains("姓名为空");
    harness.get_by_label_contains("性别「不详」");
    harness.get_by_label_contains("新增");
    harness.get_by_label("取消").click();
    harness.run();
    assert_eq!(common::session(&harness), &before);
    assert!(!harness.state().document.as_ref().unwrap().is_dirty());

    common::ask_import_preview(
        &mut harness,
        ImportKind::Roster,
        &fixture("roster-merged.xlsx"),
    );
    harness.get_by_label("确定导入").click();
    harness.run();
    let after = common::session(&harness).clone();
    assert_ne!(after, before);
    // Everyone is on the example's roster already: matched by name, not added twice.
    assert_eq!(after.roster.len(), before.roster.len());
    let updated = after.roster.iter().find(|m| m.name == "刘砚娟").unwrap();
    assert_eq!(updated.note, "常委");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(common::session(&harness), &before, "one step of undo");

    // A .doc in the same dialog: the message stays in the dialog, nothing changes.
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("名单.doc");
    let mut bytes = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    bytes.resize(2048, 0);
    std::fs::write(&doc, bytes).unwrap();
    common::ask_import_preview(&mut harness, ImportKind::Roster, &doc);
    harness.get_by_label_contains("另存为」Word 文档");
    assert_eq!(common::session(&harness), &before);
}

/// A name imported from a Big5 list keeps its traditional characters, and the window has a face
/// for them whatever the system has: the bundled font holds the traditional forms of its
/// characters (issue 23), and the system's CJK font, where there is one, comes after it.
#[test]
fn traditional_characters_of_an_imported_name_have_a_face_in_the_window() {
    let ctx = egui::Context::default();
    huiwu::app::install_fonts(&ctx);
    let mut output = ctx.run_ui(egui::RawInput::default(), |_| {});
    output.textures_delta.clear();
    let font = egui::FontId::proportional(15.0);
    let simplified = ctx.fonts_mut(|f| f.has_glyphs(&font, "陈庆龄"));
    assert!(simplified, "the bundled font holds simplified names");
    let traditional = ctx.fonts_mut(|f| f.has_glyphs(&font, "陳慶齡"));
    assert!(
        traditional,
        "the bundled font holds their traditional forms"
    );
}
